"""Print a .docx file's paragraphs and tables (merged repeats shown as ^)."""
import sys
import docx
from docx.oxml.ns import qn


def dump(path):
    d = docx.Document(path)
    body = d.element.body
    ti = 0
    for el in body.iterchildren():
        if el.tag == qn('w:p'):
            t = ''.join(x.text or '' for x in el.iter(qn('w:t')))
            if t.strip():
                print('P:', t)
        elif el.tag == qn('w:tbl'):
            tbl = docx.table.Table(el, d)
            print(f'--- table {ti} ---')
            ti += 1
            prev_row = None
            for r in tbl.rows:
                cells = r.cells
                out = []
                for j, c in enumerate(cells):
                    if j > 0 and c._tc is cells[j - 1]._tc:
                        out.append('<')
                    elif prev_row is not None and j < len(prev_row) and prev_row[j]._tc is c._tc:
                        out.append('^')
                    else:
                        out.append(c.text.replace('\n', '/'))
                print(' | '.join(out))
                prev_row = cells


if __name__ == '__main__':
    for p in sys.argv[1:]:
        print('=====', p)
        dump(p)
