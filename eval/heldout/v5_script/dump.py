"""Print a .docx file's paragraphs and tables in body order (merged repeats shown as ^)."""
import sys
import docx
from docx.table import Table
from docx.text.paragraph import Paragraph


def dump(path):
    d = docx.Document(path)
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            p = Paragraph(el, d)
            if p.text.strip():
                print(f"[{p.style.name}] {p.text}")
        elif tag == 'tbl':
            t = Table(el, d)
            print("<table>")
            prev_row = None
            for r in t.rows:
                cells = r.cells
                out = []
                prev = None
                for j, c in enumerate(cells):
                    if prev is not None and c._tc is prev:
                        out.append("<")
                    elif prev_row is not None and j < len(prev_row) and c._tc is prev_row[j]._tc:
                        out.append("^")
                    else:
                        out.append(c.text.replace("\n", "/"))
                    prev = c._tc
                prev_row = cells
                print("  | " + " | ".join(out))
            print("</table>")


if __name__ == "__main__":
    dump(sys.argv[1])
