"""Read the plain-text export of a 绩效目标 document into a Document, in either of two shapes.

A print view saved as text (tables drawn with │ or +---+, «标签：值» lines, page footers) is read by
ingest.text_layout. The other shape, a Word document's text export, is read here: every table
cell is a line starting with a tab; a blank line ends a table row; a cell continued by a vertical
merge is an empty «\\t» line; a line without a tab is prose or a heading, and headings carry
«[bookmark: …]» markers. A cell holding an inner blank line splits its row in two; the indicator
header's column count tells a fragment from a row.
"""

from __future__ import annotations

import re
from pathlib import Path

from .limits import bounded
from .records import Document
from .sections import Block, Paragraph, Table, assemble_document
from .labels import find_indicator_header
from .page_furniture import is_footer
from .ruled_tables import is_ruled
from .text_layout import layout_blocks

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")


def read_text_export(text: str, source: str, path: Path | None = None) -> Document:
    """Read the text export's lines into a Document; pure, the caller reads and decodes the file
    (`path` names it in the error when a limit is passed)."""
    blocks = layout_blocks(text) if _is_print_view(text) else _blocks(text)
    return assemble_document(bounded(blocks, path or Path(source)), source)


def _is_print_view(text: str) -> bool:
    """More lines of drawn tables, tab-separated rows inside a line and page footers than tab-led
    cell lines."""
    lines = text.splitlines()
    cells = sum(line.startswith("\t") for line in lines)
    printed = sum(is_ruled(line) or is_footer(line) or "\t" in line.strip()
                  for line in lines if not line.startswith("\t"))
    return printed > cells


def _blocks(text: str) -> list[Block]:
    """Paragraphs and tables in document order."""
    blocks: list[Block] = []
    rows: list[list[str]] = []
    cells: list[str] = []
    for line in text.splitlines():
        if line.startswith("\t"):
            cells.append(line[1:])
            continue
        if cells:
            rows.append(cells)
            cells = []
        if line == "":
            continue  # a blank line only ends the row
        # Any other line, even one holding just a space, ends the table.
        if rows:
            blocks.append(Table(_rejoin_split_rows(rows)))
            rows = []
        body = _BOOKMARK.sub("", line).strip()
        if body:
            blocks.append(Paragraph(body, heading=bool(_BOOKMARK.search(line))))
    if cells:
        rows.append(cells)
    if rows:
        blocks.append(Table(_rejoin_split_rows(rows)))
    return blocks


def _rejoin_split_rows(rows: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    """Put back together indicator rows that a cell's inner blank line cut in two."""
    at = find_indicator_header(rows)
    if at is None:
        return tuple(tuple(row) for row in rows)
    width = len(rows[at])
    out = [list(row) for row in rows[:at + 1]]
    for row in rows[at + 1:]:
        last = out[-1] if len(out) > at + 1 else None
        if last is not None and len(last) < width and len(last) + len(row) <= width:
            last.extend(row)  # the blank line fell between two cells
        elif last is not None and len(last) < width and len(last) + len(row) == width + 1:
            last[-1] = f"{last[-1]}\n{row[0]}"  # the blank line fell inside one cell
            last.extend(row[1:])
        else:
            out.append(list(row))
    return tuple(tuple(row) for row in out)
