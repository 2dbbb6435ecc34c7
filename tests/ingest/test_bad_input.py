"""Files ingestion cannot read raise IngestError naming the file and the remedy; none vanish."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import docx
import pytest

from ingest import IngestError, read_document

SAMPLE = Path(__file__).parents[2] / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refused(path: Path) -> str:
    with pytest.raises(IngestError) as caught:
        read_document(path)
    message = str(caught.value)
    assert caught.value.path == path
    assert message.startswith(f"{path.name}: ") and "\n" not in message
    return message


def test_missing_path(tmp_path: Path) -> None:
    assert "文件不存在" in refused(tmp_path / "nowhere.docx")


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    assert "«.pptx»" in refused(path)


def test_old_binary_doc(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(OLE_MAGIC + bytes(504))
    message = refused(path)
    assert ".doc" in message and "另存为 .docx" in message


def test_empty_docx(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    assert "空" in refused(path)


def test_truncated_docx(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    path = tmp_path / "half.docx"
    path.write_bytes(data[: len(data) // 2])
    assert "损坏" in refused(path)


def test_random_bytes_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "noise.docx"
    path.write_bytes(random.Random(7).randbytes(4096))
    assert "损坏" in refused(path)


def test_zip_without_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a word file")
    assert "损坏" in refused(path)


def test_docx_with_broken_xml(tmp_path: Path) -> None:
    path = tmp_path / "cut.docx"
    with zipfile.ZipFile(SAMPLE) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data[: len(data) // 2] if name == "word/document.xml" else data)
    assert "损坏" in refused(path)


def test_password_protected_docx(tmp_path: Path) -> None:
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    encrypted = io.BytesIO()
    with SAMPLE.open("rb") as plain:
        ooxml.OOXMLFile(plain).encrypt("secret", encrypted)
    path = tmp_path / "locked.docx"
    path.write_bytes(encrypted.getvalue())
    assert encrypted.getvalue().startswith(OLE_MAGIC)  # the same container as an old .doc
    message = refused(path)
    assert "密码" in message and ".doc 文件" not in message


def test_text_export_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "garbled.txt"
    path.write_bytes("第一部分".encode() + b"\xff\xff\x80" * 10)
    assert "UTF-8" in refused(path)


def test_text_export_in_gb18030_reads_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("第一部分\n部门整体绩效目标\n一、总体绩效目标\n2025年，做好工作。\n".encode("gb18030"))
    document = read_document(path)
    assert [s.text for s in document.sections] == ["2025年，做好工作。"]
    assert any("GB18030" in w for w in document.warnings)


def test_docx_without_tables_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "prose.docx"
    word = docx.Document()
    word.add_heading("一、总体绩效目标", level=2)
    word.add_paragraph("2024年，全面完成各项工作任务。")
    word.save(path)
    document = read_document(path)
    assert document.projects == ()
    assert document.warnings == ("prose.docx：未找到绩效目标表",)
    assert [(s.path, s.text) for s in document.sections] == [
        (("一、总体绩效目标",), "2024年，全面完成各项工作任务。")]
    assert document.source.year == 2024
