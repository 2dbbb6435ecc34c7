"""Print a .docx file's body (paragraphs and tables in order) for reading."""
import sys
import docx
from docx.table import Table
from docx.text.paragraph import Paragraph


def iter_block(doc):
    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.split('}')[1]
        if tag == 'p':
            yield Paragraph(child, doc)
        elif tag == 'tbl':
            yield Table(child, doc)


def main(path):
    doc = docx.Document(path)
    ti = 0
    for b in iter_block(doc):
        if isinstance(b, Paragraph):
            t = b.text.strip()
            if t:
                print('P|', t[:200])
        else:
            print(f'--- TABLE {ti}')
            ti += 1
            for r in b.rows:
                cells = []
                prev = None
                for c in r.cells:
                    if prev is not None and c._tc is prev:
                        cells.append('<')
                    else:
                        cells.append(c.text.replace('\n', '/').strip())
                    prev = c._tc
                print('  R|', ' | '.join(cells))


if __name__ == '__main__':
    main(sys.argv[1])
