"""Read a PDF (printed from Word or Excel, or scanned) into the same blocks as the .docx reader.

pdfplumber finds the ruled tables and their cells (merged cells are one cell, so the grid gets
one text and blanks, as in a .docx). Text outside tables becomes paragraphs; a line of text runs
far apart is a table drawn without rules (the «316001魏县…本级  单位：万元» line). Running headers
and footers are dropped. A table that ends one page and starts the next at the same width is one
table: a header row repeated on the new page is dropped, and a row the page break cut in two is
put back together. A page without a text layer is a scan: reported, or read by OCR when asked.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import IngestError
from .limits import MAX_PAGES, bounded, check_count
from .pdf_layout import (Box, CellText, Line, body_size, cell_text, inside, make_lines,
                         paragraphs, wraps)
from .records import Document
from .sections import Block, Paragraph, Place, Table, assemble_document
from .labels import column_of, is_indicator_header, is_label, label_of

_REMEDY = "请用 PDF 阅读器打开后重新打印（另存）为 PDF 再重试"
_PAGE_NUMBER = re.compile(r"^[-—–\s第]*\d+[\s页]*(?:[/共]\s*\d+\s*页?)?[-—–\s]*$")
_MARGIN = 0.08  # share of a page's long side, at its top and bottom, where running headers and
# footers sit (measured on the long side so a landscape page's footer is not missed)


@dataclass
class Grid:
    """A ruled table (or the part of one) on one page: cell text per grid position, blanks
    where a merged cell continues; `spans` the x-extent of each cell, for matching a row that
    a page break split."""

    page: int
    box: Box
    rows: list[list[CellText]]
    spans: list[tuple]
    ocr: bool = False
    parts: list[tuple[int, int]] = field(default_factory=list)  # (page, row count) per page


@dataclass
class Text:
    page: int
    line: Line
    ocr: bool = False


Item = Grid | Text


@dataclass(frozen=True)
class PageLayout:
    """What a page holds before layout: chars and the ruled tables' cell boxes, row by row."""

    number: int
    height: float
    chars: list[dict]
    tables: list[tuple[Box, list[list[Box | None]]]]
    ocr: bool = False
    width: float = 0.0


def read_pdf(path: Path, source: str, data: bytes, *, ocr: bool = False) -> Document:
    """Read a PDF's pages into a Document; scans are read by OCR only when `ocr` is set."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except PdfminerException as error:
        if isinstance(error.args[0] if error.args else None,
                      (PDFPasswordIncorrect, PDFEncryptionError)):
            raise IngestError(path, "PDF 受密码保护，无法读取",
                              "请先用 PDF 阅读器去除密码，另存后重试") from error
        raise IngestError(path, "文件已损坏或不完整，不是有效的 PDF", _REMEDY) from error
    with pdf:
        check_count(len(pages), MAX_PAGES, path, "PDF 页数")
        layouts: list[PageLayout] = []
        scans: list[int] = []
        for number, page in enumerate(pages, start=1):
            if any(char["text"].strip() for char in page.chars):
                layouts.append(_page_layout(page, number))
                page.close()
                continue
            if not page.images:
                continue  # a blank page
            scans.append(number)
            if ocr:
                from .ocr import ocr_page

                layouts.append(ocr_page(path, data, number, page.width, page.height))
    if not layouts and scans and not ocr:
        pages_named = "、".join(f"第{n}页" for n in scans[:5])
        raise IngestError(path, f"{pages_named}是扫描图像，没有文字层",
                          "请加 --ocr 用文字识别读取，或提供带文字层的 PDF")
    document = assemble_document(bounded(blocks_of(layouts), path), source)
    done = "，已用 OCR 识别，数字请核对" if ocr else "，未读取（可加 --ocr 识别）"
    notes = tuple(f"{source}：第{n}页是扫描图像，没有文字层{done}" for n in scans)
    return replace(document, warnings=notes + document.warnings)


def _page_layout(page, number: int) -> PageLayout:
    tables = []
    for table in page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}):
        rows = [[tuple(cell) if cell is not None else None for cell in row.cells]
                for row in table.rows]
        tables.append((tuple(table.bbox), rows))
    return PageLayout(number, float(page.height), list(page.chars), tables, width=float(page.width))


def blocks_of(layouts: Sequence[PageLayout]) -> Iterator[Block]:
    """Paragraphs and tables of all pages in reading order, tables joined across pages."""
    items = _drop_running_lines([item for layout in layouts for item in _items(layout)], layouts)
    body = [item.line for item in items if isinstance(item, Text) and len(item.line.runs) == 1]
    left = Counter(round(line.x0) for line in body).most_common(1)[0][0] if body else 0
    right = max((line.x1 for line in body), default=0)
    size = body_size(body)
    pending: list[Text] = []
    stream_rows: list[Text] = []
    for item in _stitch(items):
        if isinstance(item, Text) and len(item.line.runs) > 1:
            yield from _paragraphs(pending, left, right, size)
            pending = []
            stream_rows.append(item)
            continue
        if stream_rows:
            yield Table(tuple(tuple(t.line.runs) for t in stream_rows),
                        tuple(Place(page=t.page, ocr=t.ocr) for t in stream_rows))
            stream_rows = []
        if isinstance(item, Text):
            pending.append(item)
        else:
            yield from _paragraphs(pending, left, right, size)
            pending = []
            yield _table(item)
    if stream_rows:
        yield Table(tuple(tuple(t.line.runs) for t in stream_rows),
                    tuple(Place(page=t.page, ocr=t.ocr) for t in stream_rows))
    yield from _paragraphs(pending, left, right, size)


def _items(layout: PageLayout) -> list[Item]:
    """A page's tables and the text lines outside them, top to bottom."""
    grids: list[Grid] = []
    for box, rows in layout.tables:
        cells = [[cell_text(layout.chars, cell) if cell else CellText("") for cell in row]
                 for row in rows]
        spans = [tuple((round(c[0]), round(c[2])) if c else None for c in row) for row in rows]
        grids.append(Grid(layout.number, box, cells, spans, layout.ocr,
                          [(layout.number, len(rows))]))
    outside = [c for c in layout.chars if not any(inside(c, box) for box, _ in layout.tables)]
    texts = [Text(layout.number, line, layout.ocr) for line in make_lines(outside)]
    items: list[Item] = [*grids, *texts]
    return sorted(items, key=lambda item: item.box[1] if isinstance(item, Grid) else item.line.top)


def _drop_running_lines(items: list[Item], layouts: Sequence[PageLayout]) -> list[Item]:
    """Remove page numbers and the header or footer line repeated on every page."""
    heights = {layout.number: layout.height for layout in layouts}
    bands = {layout.number: _MARGIN * max(layout.height, layout.width) for layout in layouts}

    def in_margin(item: Text) -> bool:
        band = bands[item.page]
        return item.line.bottom < band or item.line.top > heights[item.page] - band

    margin = [item for item in items if isinstance(item, Text) and in_margin(item)]
    repeats = Counter(re.sub(r"\d+", "#", item.line.text) for item in margin)
    drop = {id(item) for item in margin if _PAGE_NUMBER.match(item.line.text)
            or (len(heights) > 1 and repeats[re.sub(r"\d+", "#", item.line.text)] > 1)}
    return [item for item in items if id(item) not in drop]


def _stitch(items: list[Item]) -> list[Item]:
    """Join a table continued at the top of the next page to its part on the page before."""
    out: list[Item] = []
    for item in items:
        before = out[-1] if out else None
        if (isinstance(item, Grid) and isinstance(before, Grid) and item.page == before.parts[-1][0] + 1
                and abs(item.box[0] - before.box[0]) < 3 and abs(item.box[2] - before.box[2]) < 3
                and _first_on_page(item, items)):
            _join(before, item)
        else:
            out.append(item)
    return out


def _first_on_page(grid: Grid, items: list[Item]) -> bool:
    return next(i for i in items if i.page == grid.page) is grid


def _join(chain: Grid, part: Grid) -> None:
    rows, spans = list(part.rows), list(part.spans)
    # the header rows repeated on the new page (compared by text: the page's columns may differ)
    while rows and len(rows) < len(part.rows) + len(chain.rows) and _words(rows[0]) and \
            _words(rows[0]) == _words(chain.rows[len(part.rows) - len(rows)]):
        rows, spans = rows[1:], spans[1:]
    if rows:
        first = [(span, cell) for span, cell in zip(spans[0], rows[0]) if span and cell.text]
        above = {span: _above(chain, span) for span, _ in first}
        def runs_on(span: tuple, cell: CellText) -> bool:
            """The upper cell's last line ran to its edge: its text goes on in this cell."""
            upper = above[span]
            if upper is None or not upper[1].text or (
                    is_label(upper[1].text) and not is_label(upper[1].text + cell.text)):
                return False  # a whole label («一级指标») heads the cells below it
            if _word_end(upper[1].text[-1:]) and _word_end(cell.text[:1]):
                # a number or word is cut only when it fills the line («13053425P000» «0001201A»);
                # «26» over «27» in a 序号 column are two rows
                return upper[1].room < 0.6 * upper[1].size
            return wraps(upper[1].room, cell.lead, upper[1].size)

        # A row cut by the page break: every cell of it goes on from a full line above. A cell
        # in a new row rarely does, and a short value («≥90%») never.
        split = bool(first) and all(runs_on(span, cell) for span, cell in first)
        for span, cell in first:
            # Or a label cell whose last words ran onto the new page («预算规模及资金用» «途»,
            # «指标设定» «依据»): the two make a label, and not both are labels alone.
            upper = above[span][1].text if above[span] else ""
            head = above[span] is not None and is_indicator_header(
                [c.text for c in chain.rows[above[span][0][0]]])
            # (a figure or a code, «150.00» under «项目资金（万元）», is a value, never a label's end)
            if split or (runs_on(span, cell) and not _word_end(cell.text[:1])
                         and _names_field(upper + cell.text, head)
                         and not (_names_field(upper, head) and _names_field(cell.text, head))):
                (r, j), upper = above[span]
                chain.rows[r][j] = upper.then(cell)
                rows[0][spans[0].index(span)] = CellText("")
        if not any(cell.text for cell in rows[0]):
            rows, spans = rows[1:], spans[1:]
    # pdfplumber makes each page's columns from that page's cells only: a part whose rows draw a
    # column edge the other part lacks (a plan's periods, an indicator table's columns under a
    # header part) is put, with the chain, on the columns of both, a wide cell blank beyond its start
    chain_starts = _starts(chain.spans)
    starts = _starts([*chain.spans, *spans])
    if len(starts) != len(chain_starts):
        placed = [_on_columns(starts, row, row_spans) for row, row_spans in zip(chain.rows, chain.spans)]
        chain.rows[:], chain.spans[:] = [row for row, _ in placed], [row_spans for _, row_spans in placed]
    placed = [_on_columns(starts, row, row_spans) for row, row_spans in zip(rows, spans)]
    rows, spans = [row for row, _ in placed], [row_spans for _, row_spans in placed]
    chain.rows.extend(rows)
    chain.spans.extend(spans)
    chain.parts.append((part.page, len(rows)))
    chain.ocr = chain.ocr or part.ocr


def _word_end(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _names_field(text: str, head: bool) -> bool:
    """A header field's name, or in the indicator header a column's («指标设定依据» is the basis)."""
    return is_label(text) or (head and column_of(text) is not None)


def _words(row: list[CellText]) -> list[str]:
    return [label_of(cell.text) for cell in row if cell.text]


def _starts(spans: list) -> list[float]:
    """The left edges of the cells in these rows, edges within 2 points taken as one."""
    out: list[float] = []
    for x in sorted(span[0] for row_spans in spans for span in row_spans if span):
        if not out or x - out[-1] > 2:
            out.append(x)
    return out


def _on_columns(starts: list, row: list[CellText], spans: tuple) -> tuple[list, tuple]:
    """Put a continued row on the columns of the part above, so that cells line up by position
    (pdfplumber makes each page's columns from that page's cells only)."""
    placed: list[CellText] = [CellText("")] * len(starts)
    placed_spans: list = [None] * len(starts)
    for span, cell in zip(spans, row):
        if span is not None:
            at = next(i for i, x in enumerate(starts) if abs(x - span[0]) <= 2)
            placed[at], placed_spans[at] = cell, span
    return placed, tuple(placed_spans)


def _above(chain: Grid, span: tuple) -> tuple[tuple[int, int], CellText] | None:
    """The cell of the chain's bottom edge at this x-span (a merged cell may start rows above)."""
    # edges within 2 points are one (each page's cells are measured on their own)
    for r in range(len(chain.rows) - 1, -1, -1):
        j = next((j for j, s in enumerate(chain.spans[r])
                  if s and abs(s[0] - span[0]) <= 2 and abs(s[1] - span[1]) <= 2), None)
        if j is not None:
            return (r, j), chain.rows[r][j]
        if any(s and s[0] < span[1] - 2 and span[0] < s[1] - 2 for s in chain.spans[r]):
            return None  # another cell sits above: this one does not continue
    return None


def _table(grid: Grid) -> Table:
    places: list[Place] = []
    for page, count in grid.parts:
        places += [Place(page=page, ocr=grid.ocr)] * count
    if grid.ocr:
        from .ocr import correct_cell

        return Table(tuple(tuple(correct_cell(cell.text) for cell in row) for row in grid.rows),
                     tuple(places))
    return Table(tuple(tuple(cell.text for cell in row) for row in grid.rows), tuple(places))


def _paragraphs(texts: list[Text], left: float, right: float, size: float) -> Iterator[Paragraph]:
    """Consecutive text lines as paragraphs; a paragraph keeps the page it starts on."""
    if not texts:
        return
    joined = paragraphs([t.line for t in texts], left, right, size,
                        pages=[t.page for t in texts])
    for text, heading, first in joined:
        yield Paragraph(text.strip(), heading=heading,
                        place=Place(page=texts[first].page, ocr=texts[first].ocr))
