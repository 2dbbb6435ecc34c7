"""Print a .docx's paragraphs and tables (merged repeats shown as '<' / '^'); for reading only."""
import sys, docx
from docx.table import Table
from docx.text.paragraph import Paragraph
d = docx.Document(sys.argv[1])
for el in d.element.body.iterchildren():
    tag = el.tag.split('}')[1]
    if tag == 'p':
        t = Paragraph(el, d).text.strip()
        if t: print('P:', t)
    elif tag == 'tbl':
        tb = Table(el, d)
        print('TABLE')
        above = None
        for r in tb.rows:
            cells = []; prev = None
            for i, c in enumerate(r.cells):
                if prev is not None and c._tc is prev: cells.append('<'); continue
                if above is not None and i < len(above) and c._tc is above[i]: cells.append('^'); prev = c._tc; continue
                prev = c._tc
                cells.append(c.text.replace('\n', '/'))
            above = [c._tc for c in r.cells]
            print('  |', ' | '.join(cells))
