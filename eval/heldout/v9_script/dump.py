import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    if p.text.strip(): print("P:", p.text)
for i, t in enumerate(d.tables):
    print("=== TABLE", i)
    for r in t.rows:
        cells = []
        prev = None
        for c in r.cells:
            if c._tc is prev: continue
            prev = c._tc
            cells.append(c.text.replace("\n", " "))
        print(" | ".join(cells))
