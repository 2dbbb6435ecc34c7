"""Read a .docx 绩效目标 document with python-docx: paragraphs and tables in document order.

python-docx repeats a merged cell's text in every grid position it covers. A repeat is the same
<w:tc> element as its neighbour (horizontal) or as the cell above (vertical merge); both become
empty strings, so nothing is doubled, columns stay on the grid and rows never shift.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from .errors import IngestError
from .limits import MAX_COLUMNS, bounded
from .records import Document
from .sections import Block, Paragraph, Table, assemble_document

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_REMEDY = "请用 Word/WPS 打开后另存为 .docx 再重试"


def read_docx(path: Path, source: str, data: bytes | None = None) -> Document:
    """Read a .docx (from `data`, the bytes already read, else the path) into a Document;
    IngestError when it is not a readable Word file."""
    try:
        document = docx.Document(io.BytesIO(data) if data is not None else str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, etree.LxmlError) as error:
        raise IngestError(path, "文件已损坏或不完整，不是有效的 .docx", _REMEDY) from error
    except ValueError as error:  # python-docx: the package's main part is not a Word document
        raise IngestError(path, "不是 Word 文档（可能是其他 Office 文件改了扩展名）", _REMEDY) from error
    _check_spans(path, document)
    blocks = list(bounded(_blocks(document), path))
    if not any(block.text if isinstance(block, Paragraph) else any(map(any, block.rows))
               for block in blocks):
        raise IngestError(path, "文档里没有文字", "请确认选对了文件；空白文档无需导入")
    return assemble_document(blocks, source)


def _check_spans(path: Path, document: DocxDocument) -> None:
    """Refuse a cell spanning absurdly many grid columns: python-docx would build every one."""
    for span in document.element.body.iter(qn("w:gridSpan")):
        value = span.get(qn("w:val"), "1")
        if value.isdigit() and int(value) > MAX_COLUMNS:
            raise IngestError(path, f"表格中有单元格横跨 {value} 列，文件可能已损坏",
                              "请用 Word/WPS 打开检查表格后另存为 .docx 再重试")


def _blocks(document: DocxDocument) -> Iterator[Block]:
    """Body paragraphs and tables interleaved as they appear."""
    # python-docx finds a paragraph's style by scanning every style in styles.xml; a document
    # with 200,000 paragraphs and a few hundred styles spent minutes there. One lookup per style.
    levels: dict[str | None, int | None] = {}
    for element in _body_elements(document.element.body):
        if element.tag == qn("w:p"):
            paragraph = DocxParagraph(element, document)
            style_id = element.style
            if style_id not in levels:
                levels[style_id] = _style_level(paragraph)
            level = levels[style_id]
            yield Paragraph(paragraph.text.strip(), heading=level is not None, style_level=level)
        elif element.tag == qn("w:tbl"):
            yield Table(_rows(DocxTable(element, document)))


def _body_elements(parent) -> Iterator:
    """Children of the body, looking inside content controls (w:sdt) that wrap some of them."""
    for child in parent.iterchildren():
        if child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _body_elements(content)
        else:
            yield child


def _style_level(paragraph: DocxParagraph) -> int | None:
    """Heading level of the paragraph's style or the style it is based on; None for body text."""
    style = paragraph.style
    while style is not None:
        name = (style.name or "").strip()
        if match := _HEADING_STYLE.match(name):
            return int(match.group(1))
        if name.lower() in {"title", "标题"}:
            return 1
        style = style.base_style
    return None


def _rows(table: DocxTable) -> tuple[tuple[str, ...], ...]:
    """Cell text per grid position, merge repeats blanked."""
    rows: list[tuple[str, ...]] = []
    above: list = []
    for row in table.rows:
        cells = row.cells
        texts = []
        for j, cell in enumerate(cells):
            repeat = (j > 0 and cell._tc is cells[j - 1]._tc) or (
                j < len(above) and cell._tc is above[j]._tc)
            texts.append("" if repeat else cell.text)
        rows.append(tuple(texts))
        above = cells
    return tuple(rows)
