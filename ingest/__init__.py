"""Read a 绩效目标 document (.docx or its plain-text export) into typed records.

`read_document` is the only function in ingest that touches the disk; every reader under it is
pure over bytes or text, except python-docx opening the .docx it is given.
"""

from __future__ import annotations

import codecs
import hashlib
import io
from dataclasses import replace
from pathlib import Path

from .errors import IngestError
from .records import Document

__all__ = ["IngestError", "SUFFIXES", "read_document"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK"
# The file types a reader exists for (or that get a message of their own, such as .doc); a folder
# walk takes exactly these.
SUFFIXES = (".docx", ".doc", ".txt")
_DOC_REMEDY = "请用 Word/WPS 另存为 .docx 后重试"
_DOCX_REMEDY = "请用 Word/WPS 打开后另存为 .docx 再重试"


def read_document(path: Path) -> Document:
    """Read one .docx or .txt export; IngestError with a one-line remedy when it cannot be read."""
    path = Path(path)
    if not path.exists():
        raise IngestError(path, "文件不存在", f"请检查路径 {path}")
    if not path.is_file():
        raise IngestError(path, "这是文件夹，不是文件", "请选择一个 .docx 或 .txt 文件")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise IngestError(path, f"不支持的文件类型 «{suffix or '无扩展名'}»",
                          "请提供 .docx 文件或 .txt 文本导出")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise IngestError(path, f"无法读取文件（{error.strerror}）", "请检查文件权限后重试") from error
    if not data:
        raise IngestError(path, "文件是空的（0 字节）", "请重新导出或复制原文件后重试")
    # Readers load lazily: answering a question imports ingest.records, not python-docx.
    if suffix == ".txt":
        from .text_reader import read_text_export

        text, warnings = _decode(path, data)
        document = read_text_export(text, path.name)
    else:
        from .docx_reader import read_docx

        _check_word_bytes(path, data)
        document = read_docx(path, path.name, data)  # the bytes that were hashed
        warnings = ()
    source = replace(document.source, path=str(path), sha256=hashlib.sha256(data).hexdigest())
    return replace(document, source=source, warnings=warnings + document.warnings)


def _check_word_bytes(path: Path, data: bytes) -> None:
    """Refuse old binary .doc files and password-protected .docx (both OLE containers) by name."""
    if data.startswith(_OLE_MAGIC):
        if _is_encrypted(data):
            raise IngestError(path, "文件受密码保护，无法读取", "请先在 Word/WPS 中取消密码，另存后重试")
        raise IngestError(path, "旧版 Word 二进制 .doc 文件无法读取", _DOC_REMEDY)
    if not data.startswith(_ZIP_MAGIC):
        if path.suffix.lower() == ".doc":  # RTF or HTML saved as .doc
            raise IngestError(path, "不是 .docx 格式的 Word 文件", _DOC_REMEDY)
        raise IngestError(path, "文件已损坏或不完整，不是有效的 .docx", _DOCX_REMEDY)


def _is_encrypted(data: bytes) -> bool:
    """A password-protected .docx is an OLE file with an EncryptionInfo stream; a .doc has none."""
    import msoffcrypto  # lazy: only OLE files need it
    from msoffcrypto.exceptions import FileFormatError

    try:
        return msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted()
    except (FileFormatError, OSError, ValueError, AssertionError):
        # Too damaged for msoffcrypto: look for the stream's name in the OLE directory.
        return "EncryptionInfo".encode("utf-16-le") in data


def _decode(path: Path, data: bytes) -> tuple[str, tuple[str, ...]]:
    """Text of an export: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 with a warning."""
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    for encoding in ("utf-16",) if utf16 else ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            raise IngestError(path, "内容是二进制数据，不是文本导出",
                              "请提供 .docx 文件或 UTF-8 编码的 .txt 导出")
        if encoding == "gb18030":
            return text, (f"{path.name}：不是 UTF-8 编码，已按 GB18030 读取",)
        return text, ()
    raise IngestError(path, "文本编码无法识别（既不是 UTF-8 也不是 GB18030）",
                      "请用记事本或 WPS 另存为 UTF-8 编码后重试")
