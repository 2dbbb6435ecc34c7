"""Read a workbook (.xlsx with openpyxl, .xls with xlrd) into the same blocks as the .docx reader.

Budget systems export 绩效目标表 one project per sheet or all projects on one sheet. Each sheet
becomes a grid of cell text with merged ranges resolved (only the top-left cell keeps its text,
as with merged .docx cells); a row holding a single text in the first column is a title or a
line of prose (bold: a heading), an empty row ends a table, every other row is a table row that
remembers its sheet and Excel row number.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .errors import IngestError
from .limits import MAX_COLUMNS, MAX_ROWS, bounded, check_count
from .records import Document
from .sections import Block, Paragraph, Place, Table, assemble_document
from .labels import is_label

_REMEDY = "请用 Excel/WPS 打开后另存为 .xlsx 再重试"


@dataclass(frozen=True)
class Sheet:
    """One worksheet as text: `cells[r][c]` ('' where empty or covered by a merge); `bold` holds
    the positions of bold cells."""

    name: str
    cells: tuple[tuple[str, ...], ...]
    bold: frozenset[tuple[int, int]]


def read_xlsx(path: Path, source: str, data: bytes) -> Document:
    """Read an .xlsx workbook from its bytes; IngestError when it is not a readable workbook."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(io.BytesIO(data), read_only=False, data_only=True)
        # the cells as written: «=476个» is stored as a formula that has no value
        written = load_workbook(io.BytesIO(data), read_only=False, data_only=False)
    except (InvalidFileException, KeyError, ValueError, OSError) as error:
        raise IngestError(path, "文件已损坏或不完整，不是有效的 .xlsx", _REMEDY) from error
    try:
        sheets = [_openpyxl_sheet(path, sheet, own) for sheet, own in zip(book.worksheets, written.worksheets)]
    finally:
        book.close()
        written.close()
    return assemble_document(bounded(_blocks(sheets), path), source)


def read_xls(path: Path, source: str, data: bytes) -> Document:
    """Read an old .xls workbook (BIFF) from its bytes with xlrd, merged ranges included."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as error:  # noqa: BLE001 - xlrd fails on damaged BIFF in many ways
        if "encrypt" in str(error).lower():
            raise IngestError(path, "文件受密码保护，无法读取",
                              "请先在 Excel/WPS 中取消密码，另存后重试") from error
        raise IngestError(path, "文件已损坏或不完整，不是有效的 .xls", _REMEDY) from error
    try:
        sheets = [_xlrd_sheet(path, book, book.sheet_by_index(i)) for i in range(book.nsheets)]
    finally:
        book.release_resources()
    return assemble_document(bounded(_blocks(sheets), path), source)


# A cell typed as «=476个», «=3处», «=100»: an equals sign before a target, not a formula (a formula
# names a function or a cell: letters; a constant «=100» that no spreadsheet has computed is kept
# as typed, the target «equal to 100»)
_WRITTEN_EQUALS = re.compile(r"=[^A-Za-z]*[\u4e00-\u9fff%][^A-Za-z]*|=\s*\d+(?:\.\d+)?")


def _openpyxl_sheet(path: Path, sheet, written) -> Sheet:
    check_count(sheet.max_row, MAX_ROWS, path, f"工作表“{sheet.title}”的行数")
    check_count(sheet.max_column, MAX_COLUMNS, path, f"工作表“{sheet.title}”的列数")
    cells = [[_openpyxl_text(cell) for cell in row] for row in sheet.iter_rows()]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            if not text:
                formula = written.cell(row=r + 1, column=c + 1).value
                if isinstance(formula, str) and _WRITTEN_EQUALS.fullmatch(formula.strip()):
                    row[c] = formula.strip()
    for merged in sheet.merged_cells.ranges:  # clipped to the cells that exist
        for r in range(merged.min_row - 1, min(merged.max_row, len(cells))):
            for c in range(merged.min_col - 1, min(merged.max_col, len(cells[r]))):
                if (r, c) != (merged.min_row - 1, merged.min_col - 1):
                    cells[r][c] = ""
    bold = frozenset((cell.row - 1, cell.column - 1) for row in sheet.iter_rows() for cell in row
                     if cell.value is not None and cell.font is not None and cell.font.b)
    return Sheet(sheet.title, tuple(tuple(row) for row in cells), bold)


def _openpyxl_text(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        return format_number(value, cell.number_format or "General")
    if isinstance(value, (datetime, date)):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value)


def _xlrd_sheet(path: Path, book, sheet) -> Sheet:
    import xlrd

    check_count(sheet.nrows, MAX_ROWS, path, f"工作表“{sheet.name}”的行数")
    check_count(sheet.ncols, MAX_COLUMNS, path, f"工作表“{sheet.name}”的列数")
    cells: list[list[str]] = []
    bold: set[tuple[int, int]] = set()
    for r in range(sheet.nrows):
        row = []
        for c in range(sheet.ncols):
            cell = sheet.cell(r, c)
            xf = book.xf_list[cell.xf_index] if cell.xf_index is not None else None
            if cell.ctype == xlrd.XL_CELL_NUMBER:
                fmt = book.format_map[xf.format_key].format_str if xf else "General"
                row.append(format_number(cell.value, fmt))
            elif cell.ctype == xlrd.XL_CELL_DATE:
                moment = xlrd.xldate_as_datetime(cell.value, book.datemode)
                row.append(f"{moment.year}年{moment.month}月{moment.day}日")
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                row.append("是" if cell.value else "否")
            elif cell.ctype == xlrd.XL_CELL_TEXT:
                row.append(cell.value)
            else:
                row.append("")
            font = book.font_list[xf.font_index] if xf is not None else None
            if row[-1] and font is not None and (font.bold or font.weight >= 700):
                bold.add((r, c))
        cells.append(row)
    for r0, r1, c0, c1 in sheet.merged_cells:  # half-open ranges, clipped to the cells
        for r in range(r0, min(r1, len(cells))):
            for c in range(c0, min(c1, len(cells[r]))):
                if (r, c) != (r0, c0):
                    cells[r][c] = ""
    return Sheet(sheet.name, tuple(tuple(row) for row in cells), frozenset(bold))


def format_number(value: float, number_format: str) -> str:
    """A numeric cell as the sheet shows it: «150.00» for 0.00, «25%» for 0%, else plainly."""
    fmt = number_format.split(";")[0]
    percent = "%" in fmt
    decimals = len(fmt.split(".")[1].rstrip("%").rstrip("_)").rstrip()) if "." in fmt else 0
    try:
        number = Decimal(repr(value)) * (100 if percent else 1)
    except InvalidOperation:
        return str(value)
    if fmt.lower() == "general" or not any(ch in fmt for ch in "0#"):
        text = format(number.normalize(), "f") if number == number.to_integral() else str(number)
        return text + ("%" if percent else "")
    return f"{number:.{decimals}f}" + ("%" if percent else "")


def _blocks(sheets: list[Sheet]) -> Iterator[Block]:
    for sheet in sheets:
        yield from _sheet_blocks(sheet)


def _sheet_blocks(sheet: Sheet) -> Iterator[Block]:
    """Paragraphs and tables of one sheet, top to bottom."""
    first = min((c for row in sheet.cells for c, text in enumerate(row) if text.strip()),
                default=0)
    rows: list[tuple[str, ...]] = []
    places: list[Place] = []
    for r, row in enumerate(sheet.cells):
        filled = [c for c, text in enumerate(row) if text.strip()]
        line = len(filled) == 1 and filled[0] == first and not is_label(row[first])
        if (not filled or line) and rows:
            yield Table(tuple(rows), tuple(places))
            rows, places = [], []
        if line:
            yield Paragraph(row[first].strip(), heading=(r, first) in sheet.bold,
                            place=Place(sheet=sheet.name, sheet_row=r + 1))
        elif filled:
            rows.append(tuple(row))
            places.append(Place(sheet=sheet.name, sheet_row=r + 1))
    if rows:
        yield Table(tuple(rows), tuple(places))
