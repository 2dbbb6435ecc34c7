"""Bounds on what one file may make ingestion do: a hostile or broken file is refused with a clear
message before it can take minutes or gigabytes.

Zip-based files (.docx, .xlsx) are checked entry by entry before any XML is parsed: the sizes in
the zip directory are what the decompressor is held to, so checking them is enough.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import IngestError

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ENTRY_BYTES = 32 * 1024 * 1024  # one XML part uncompressed; the sample's largest is 0.6 MB
MAX_TOTAL_BYTES = 128 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed; Word's XML compresses about 10:1
MAX_PARAGRAPHS = 20_000
MAX_ROWS = 20_000  # table rows in one file; the sample has 308
MAX_CELL_CHARS = 20_000  # one cell or paragraph; the sample's longest paragraph has 2,300
MAX_PAGES = 500
MAX_COLUMNS = 200  # grid columns one table cell may span

_SPLIT_REMEDY = "请确认文件是绩效目标表；过大的文件请拆分后分别导入"


def check_zip(path: Path, data: bytes, kind: str) -> None:
    """Refuse a zip whose entries would inflate past the limits (a zip bomb) before parsing it."""
    try:
        entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise IngestError(path, f"文件已损坏或不完整，不是有效的 {kind}",
                          f"请用 Office/WPS 打开后另存为 {kind} 再重试") from error
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES or (
                entry.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise IngestError(path, f"文件解压后过大（{entry.filename} 解压为 "
                                    f"{entry.file_size // (1024 * 1024)} MB，压缩比 {ratio:.0f}:1），"
                                    "可能是恶意构造的文件", _SPLIT_REMEDY)


def bounded(blocks: Iterable, path: Path) -> Iterator:
    """Pass a reader's blocks through, refusing the file once it has too many paragraphs or
    table rows, or a cell or paragraph too long to be a table entry."""
    from .sections import Paragraph

    paragraphs = rows = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS:
                raise IngestError(path, f"段落超过 {MAX_PARAGRAPHS} 个，不像一份绩效目标文件",
                                  _SPLIT_REMEDY)
            check_text(block.text, path, "段落")
        else:
            rows += len(block.rows)
            if rows > MAX_ROWS:
                raise IngestError(path, f"表格行数超过 {MAX_ROWS} 行，不像一份绩效目标文件",
                                  _SPLIT_REMEDY)
            for row in block.rows:
                for cell in row:
                    check_text(cell, path, "单元格")
        yield block


def check_text(text: str, path: Path, what: str) -> None:
    if len(text) > MAX_CELL_CHARS:
        preview = " ".join(text[:12].split())
        raise IngestError(path, f"有一个{what}超过 {MAX_CELL_CHARS} 字（«{preview}…»），"
                                "不像绩效目标表的内容", "请检查该处内容，删去多余文字后重试")


def check_count(count: int, limit: int, path: Path, what: str) -> None:
    """Refuse early when a container says it holds more than a limit (sheet rows, PDF pages)."""
    if count > limit:
        raise IngestError(path, f"{what}超过 {limit}（共 {count}），不像一份绩效目标文件",
                          _SPLIT_REMEDY)
