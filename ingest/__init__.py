"""Read a 绩效目标 document in any form it arrives into typed records: .docx and its text export,
PDF (printed or scanned), Excel (.xlsx, .xls), and old Word/WPS files (.doc, .wps, .et, through
LibreOffice).

`read_document` is the only function in ingest that touches the disk; the readers under it are
pure over the bytes it read (LibreOffice and Tesseract work on a temporary copy). Every way a file
can fail ends in one IngestError: a Chinese line naming the file, the problem and what to do.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from pathlib import Path

from .errors import IngestError, safe_name
from .records import Document

__all__ = ["IngestError", "SUFFIXES", "read_document"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK"
_WORD = (".docx", ".doc", ".wps")
_SHEET = (".xlsx", ".xls", ".et")
# The file types a reader exists for; a folder walk and the upload take exactly these.
SUFFIXES = (".docx", ".doc", ".wps", ".txt", ".pdf", ".xlsx", ".xls", ".et")
_REMEDY = {
    ".docx": "请用 Word/WPS 打开后另存为 .docx 再重试",
    ".doc": "请用 Word/WPS 打开后另存为 .docx 再重试",
    ".wps": "请用 WPS 打开后另存为 .docx 再重试",
    ".xlsx": "请用 Excel/WPS 打开后另存为 .xlsx 再重试",
    ".xls": "请用 Excel/WPS 打开后另存为 .xlsx 再重试",
    ".et": "请用 WPS 表格打开后另存为 .xlsx 再重试",
    ".pdf": "请用 PDF 阅读器打开后重新另存为 PDF 再重试",
    ".txt": "请重新导出为 UTF-8 编码的 .txt 再重试",
}
_TABLE_FORMATS = (".pdf", *_SHEET)  # files that hold nothing but tables we could miss


def read_document(path: Path, *, ocr: bool = False, encoding: str | None = None) -> Document:
    """Read one file into a Document; IngestError with a one-line remedy when it cannot be read.
    `ocr` reads scanned PDF pages with Tesseract; `encoding` overrides text-export detection."""
    from .limits import MAX_FILE_BYTES

    path = Path(path)
    if not path.exists():
        raise IngestError(path, "文件不存在", f"请检查路径 {safe_name(str(path))}")
    if path.is_dir():
        raise IngestError(path, "这是文件夹，不是文件", "请选择一个文件，或把文件夹交给 jixiao ingest")
    if not path.is_file():
        raise IngestError(path, "不是普通文件（可能是管道、设备或套接字）", "请选择一个保存在磁盘上的文件")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise IngestError(path, f"不支持的文件类型 «{safe_name(suffix) or '无扩展名'}»",
                          f"请提供 {' '.join(SUFFIXES)} 文件")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise IngestError(path, f"文件过大（{size // (1024 * 1024)} MB，上限 "
                                    f"{MAX_FILE_BYTES // (1024 * 1024)} MB）", "请拆分后分别导入")
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(path, f"无法读取文件（{error.strerror}）", "请检查文件权限后重试") from error
    if not data:
        raise IngestError(path, "文件是空的（0 字节）", "请重新导出或复制原文件后重试")
    name = safe_name(path.name)
    try:
        document = _read(path, name, suffix, data, ocr=ocr, encoding=encoding)
    except IngestError:
        raise
    except (MemoryError, RecursionError) as error:
        raise IngestError(path, "文件结构过于庞大或嵌套过深，无法读取", _REMEDY[suffix]) from error
    except Exception as error:  # any other reader failure is a file we cannot read: say so
        # The Python error stays in __cause__ for a maintainer; the person sees what to do.
        raise IngestError(path, "文件内容有误，无法读取",
                          _REMEDY[suffix] + "；如仍不行，请把文件发给维护人员") from error
    if not document.projects and suffix in _TABLE_FORMATS:
        skipped = "".join(f"（{w.split('：', 1)[1]}）" for w in document.warnings if "跳过" in w)
        raise IngestError(path, f"没有找到绩效目标表{skipped}",
                          "请确认文件中有带 项目名称、一级指标、指标值 表头的绩效目标表")
    source = replace(document.source, path=str(path), sha256=hashlib.sha256(data).hexdigest())
    return replace(document, source=source)


def _read(path: Path, name: str, suffix: str, data: bytes, *, ocr: bool,
          encoding: str | None) -> Document:
    """Choose the reader by extension and by what the bytes are (a renamed file still reads)."""
    kind = _kind(data)
    if suffix == ".txt":
        return _read_text(path, name, data, encoding)
    if suffix == ".pdf":
        if kind != "pdf":
            raise IngestError(path, "文件已损坏或不是 PDF", _REMEDY[suffix])
        from .pdf_reader import read_pdf

        return read_pdf(path, name, data, ocr=ocr)
    if kind == "ole":
        if _is_encrypted(data):
            raise IngestError(path, "文件受密码保护，无法读取", "请先在 Office/WPS 中取消密码，另存后重试")
        _check_ole(path, suffix, data)
    if suffix in _WORD:
        return _read_word(path, name, suffix, data, kind)
    return _read_sheet(path, name, suffix, data, kind)


def _read_word(path: Path, name: str, suffix: str, data: bytes, kind: str) -> Document:
    from .docx_reader import read_docx
    from .limits import check_zip

    if kind == "zip":
        check_zip(path, data, ".docx")
        return read_docx(path, name, data)
    if kind == "ole" or suffix != ".docx":  # .doc, .wps, or RTF/HTML saved under those names
        from .convert import convert_office

        return read_docx(path, name, convert_office(path, data, "docx"))
    raise IngestError(path, "文件已损坏或不完整，不是有效的 .docx", _REMEDY[suffix])


def _read_sheet(path: Path, name: str, suffix: str, data: bytes, kind: str) -> Document:
    from .excel_reader import read_xls, read_xlsx
    from .limits import check_zip

    if kind == "zip":
        check_zip(path, data, ".xlsx")
        return read_xlsx(path, name, data)
    if suffix == ".et" or kind != "ole":  # WPS 表格, or a sheet saved as HTML/CSV under .xls
        if kind != "ole" and suffix == ".xlsx":
            raise IngestError(path, "文件已损坏或不完整，不是有效的 .xlsx", _REMEDY[suffix])
        from .convert import convert_office

        return read_xlsx(path, name, convert_office(path, data, "xlsx"))
    return read_xls(path, name, data)


def _read_text(path: Path, name: str, data: bytes, encoding: str | None) -> Document:
    from .encoding import UnknownEncoding, decode_text
    from .text_reader import read_text_export

    try:
        decoded = decode_text(data, encoding)
    except UnknownEncoding as error:
        raise IngestError(path, f"文本编码无法确定（{error}）",
                          "请用记事本或 WPS 另存为 UTF-8 编码后重试，或指定文件的编码") from error
    text = decoded.text.lstrip("\ufeff")
    if "\x00" in text:
        raise IngestError(path, "内容是二进制数据，不是文本导出", "请提供 .docx 文件或 UTF-8 编码的 .txt 导出")
    if not text.strip():
        raise IngestError(path, "文件里只有空白，没有内容", "请重新导出后重试")
    document = read_text_export(text, name, path)
    if decoded.encoding in ("UTF-8", "UTF-16") or encoding:
        return document
    note = f"{name}：不是 UTF-8 编码，已按 {decoded.encoding} 读取"
    return replace(document, warnings=(note, *document.warnings))


# The stream an OLE file of this type must hold; checked before LibreOffice spends seconds on it.
_OLE_STREAM = {".doc": "WordDocument", ".xls": "Workbook"}


def _check_ole(path: Path, suffix: str, data: bytes) -> None:
    """A truncated or foreign OLE file is refused by name; .wps and .et vary by WPS version."""
    import olefile  # msoffcrypto's own dependency

    try:
        streams = {"/".join(entry) for entry in olefile.OleFileIO(io.BytesIO(data)).listdir()}
    except Exception as error:  # noqa: BLE001 - olefile raises many kinds on damaged files
        raise IngestError(path, f"文件已损坏或不完整，不是有效的 {suffix} 文件",
                          _REMEDY[suffix]) from error
    wanted = _OLE_STREAM.get(suffix)
    if wanted and wanted not in streams and not (suffix == ".xls" and "Book" in streams):
        raise IngestError(path, f"不是 {suffix} 文件（可能是其他 Office 文件改了扩展名）", _REMEDY[suffix])


def _kind(data: bytes) -> str:
    if data.startswith(_OLE_MAGIC):
        return "ole"
    if data.startswith(_ZIP_MAGIC):
        return "zip"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    return "other"


def _is_encrypted(data: bytes) -> bool:
    """A password-protected Office file: OOXML in an OLE container with an EncryptionInfo
    stream, or a .doc/.xls with its encryption flag set."""
    import msoffcrypto  # lazy: only OLE files need it

    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # noqa: BLE001 - msoffcrypto raises many kinds on damaged files
        # Too damaged for msoffcrypto: look for the stream's name in the OLE directory.
        return "EncryptionInfo".encode("utf-16-le") in data
