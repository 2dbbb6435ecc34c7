"""Print every sheet of an .xlsx file (non-empty rows)."""
import sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
for ws in wb.worksheets:
    print('=== sheet', ws.title, 'merged:', [str(m) for m in ws.merged_cells.ranges][:60])
    for row in ws.iter_rows():
        vals = [(c.coordinate, c.value) for c in row if c.value is not None]
        if vals:
            print(' | '.join(f'{k}={v}' for k, v in vals))
