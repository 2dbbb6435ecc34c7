import sys
from docx import Document
from docx.oxml.ns import qn
def iter_block(doc):
    body=doc.element.body
    for ch in body.iterchildren():
        if ch.tag==qn('w:p'):
            yield 'p', ch
        elif ch.tag==qn('w:tbl'):
            yield 't', ch
from docx.text.paragraph import Paragraph
from docx.table import Table
for f in sys.argv[1:]:
    d=Document(f)
    print('=====',f)
    for k,el in iter_block(d):
        if k=='p':
            p=Paragraph(el,d)
            if p.text.strip(): print('P[%s]'%p.style.name, p.text)
        else:
            t=Table(el,d)
            for r in t.rows:
                cells=[]; prev=None
                for c in r.cells:
                    if prev is not None and c._tc is prev: continue
                    prev=c._tc
                    cells.append(c.text.replace('\n','\\n'))
                print('  | '+' | '.join(cells))
            print('  ---')
