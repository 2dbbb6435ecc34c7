import sys, docx, openpyxl
p = sys.argv[1]
if p.endswith('.docx'):
    d = docx.Document(p)
    body = d.element.body
    ti = 0
    for el in body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            t = ''.join(x.text or '' for x in el.iter() if x.tag.endswith('}t'))
            if t.strip(): print('P:', t[:200])
        elif tag == 'tbl':
            t = d.tables[ti]; ti += 1
            print('TABLE', ti)
            for r in t.rows:
                cells = []; prev = None
                for c in r.cells:
                    cells.append('<' if prev is not None and c._tc is prev else c.text.strip().replace('\n','/')[:60]); prev = c._tc
                print('  |', ' | '.join(cells))
else:
    wb = openpyxl.load_workbook(p)
    for ws in wb.worksheets:
        print('SHEET', ws.title)
        for r in ws.iter_rows(values_only=True):
            if any(v is not None for v in r): print('  |', ' | '.join('' if v is None else str(v)[:60] for v in r))
