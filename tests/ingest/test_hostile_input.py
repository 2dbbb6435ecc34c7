"""Hostile or broken input is refused quickly with a clear Chinese line (issue 13, items 4 and 12).

Each test here failed on the readers before this branch: zip bombs were inflated, caps did not
exist, paragraph styles were looked up once per paragraph, Big5 and UTF-16 exports were stored as
mojibake or refused as binary, a whitespace-only export was stored, malformed .docx files showed
Python's error text, and control characters in a file name broke the one-line message.
"""

from __future__ import annotations

import os
import re
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from ingest import IngestError, read_document
from ingest.limits import MAX_CELL_CHARS, MAX_PARAGRAPHS, MAX_ROWS

SAMPLE = Path(__file__).parents[2] / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx"
DATA = Path(__file__).parents[1] / "data"
# Words a Chinese message may carry in Latin letters: format and program names.
_ALLOWED = {"Word", "WPS", "Office", "Excel", "PDF", "LibreOffice", "docx", "xlsx", "UTF", "GB",
            "Big", "MB", "ocr"}


def refused(path: Path, **options) -> str:
    with pytest.raises(IngestError) as caught:
        read_document(path, **options)
    message = str(caught.value)
    assert "\n" not in message and " — " in message
    return message


def chinese_only(message: str, name: str) -> bool:
    """No Python error text: Latin words only from the allowed list (the file name aside)."""
    text = message.replace(name, "")
    return all(word in _ALLOWED for word in re.findall(r"[A-Za-z]{2,}", text))


# -- resource limits ---------------------------------------------------------------------------

def _rezip(target: Path, replace: dict[str, bytes], source: Path = SAMPLE) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, replace.get(item.filename, old.read(item.filename)))
        for name, data in replace.items():
            if name not in old.namelist():
                new.writestr(name, data)


def test_docx_whose_xml_inflates_far_is_refused_before_parsing(tmp_path: Path) -> None:
    xml = SAMPLE.read_bytes()  # placeholder replaced below
    with zipfile.ZipFile(SAMPLE) as old:
        xml = old.read("word/document.xml")
    # 40 MB of one repeated paragraph compress about 1000:1.
    head, tail = xml.split(b"<w:body>", 1)
    bomb = head + b"<w:body>" + b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 1_200_000 + tail
    path = tmp_path / "bomb.docx"
    _rezip(path, {"word/document.xml": bomb})
    assert path.stat().st_size < 1_000_000
    message = refused(path)
    assert "解压后过大" in message and "word/document.xml" in message


def test_xlsx_whose_sheet_inflates_far_is_refused(tmp_path: Path) -> None:
    sheet = b"<worksheet>" + b"<row><c><v>1</v></c></row>" * 2_000_000 + b"</worksheet>"
    path = tmp_path / "bomb.xlsx"
    _rezip(path, {"xl/worksheets/sheet1.xml": sheet}, DATA / "sample-onesheet.xlsx")
    assert "解压后过大" in refused(path)


def _export(lines: list[str], path: Path) -> Path:
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_too_many_table_rows(tmp_path: Path) -> None:
    lines = ["1.培训补贴绩效目标表"] + ["\t一级指标\n\t三级指标\n\t指标值\n"] * (MAX_ROWS + 1)
    assert f"表格行数超过 {MAX_ROWS} 行" in refused(_export(lines, tmp_path / "rows.txt"))


def test_too_many_paragraphs(tmp_path: Path) -> None:
    lines = [f"第{k}段。" for k in range(MAX_PARAGRAPHS + 1)]
    assert f"段落超过 {MAX_PARAGRAPHS} 个" in refused(_export(lines, tmp_path / "paras.txt"))


def test_a_cell_too_long(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("1.培训补贴绩效目标表", level=2)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目名称", "名" * (MAX_CELL_CHARS + 1)
    table.cell(1, 0).text, table.cell(1, 1).text = "预算数", "20"
    path = tmp_path / "long.docx"
    document.save(path)
    assert f"有一个单元格超过 {MAX_CELL_CHARS} 字" in refused(path)


def test_paragraph_styles_are_looked_up_once_per_style(tmp_path: Path, monkeypatch) -> None:
    """python-docx scans all styles for every paragraph's style; a reader must not ask per
    paragraph (200,000 paragraphs took 289 s)."""
    from docx.parts.document import DocumentPart

    document = docx.Document()
    for k in range(1000):
        document.add_paragraph(f"第{k}段。", style="List Bullet" if k % 2 else None)
    path = tmp_path / "many.docx"
    document.save(path)
    calls = []
    original = DocumentPart.get_style

    def counted(self, style_id, style_type):
        calls.append(style_id)
        return original(self, style_id, style_type)

    monkeypatch.setattr(DocumentPart, "get_style", counted)
    assert len(read_document(path).sections) == 1000
    assert len(calls) <= 10


# -- encodings ---------------------------------------------------------------------------------

TRADITIONAL = ("第一部分\n部門整體績效目標\n一、總體績效目標\n"
               "2025年，魏縣人社局將堅持以人民為中心的發展思想，做好就業和社會保障工作。\n")


def test_big5_export_is_read_not_stored_as_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    document = read_document(path)
    assert [s.text for s in document.sections] == [TRADITIONAL.splitlines()[-1]]
    assert any("已按 Big5 读取" in w for w in document.warnings)


def test_shift_jis_export_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "sjis.txt"
    path.write_bytes("第一部分 業績目標の一覧。2025年、各部署の予算と成果指標を示す。".encode("shift_jis"))
    message = refused(path)
    assert "编码无法确定" in message and "UTF-8" in message


def test_utf16_export_without_bom_is_read(tmp_path: Path) -> None:
    text = "第一部分\n部门整体绩效目标\n一、总体绩效目标\n2025年，做好就业工作。\n"
    path = tmp_path / "utf16.txt"
    path.write_bytes(text.encode("utf-16-le"))
    assert [s.text for s in read_document(path).sections] == ["2025年，做好就业工作。"]


def test_an_encoding_can_be_given(tmp_path: Path) -> None:
    path = tmp_path / "given.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    assert not any("Big5" in w for w in read_document(path, encoding="big5").warnings)


def test_whitespace_only_export_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n\u3000\n", encoding="utf-8")
    assert "只有空白" in refused(path)


# -- malformed .docx: always a Chinese line ----------------------------------------------------

def _document_xml() -> bytes:
    with zipfile.ZipFile(SAMPLE) as old:
        return old.read("word/document.xml")


def _xml_with(old: bytes, new: bytes) -> dict[str, bytes]:
    xml = _document_xml()
    assert old in xml
    return {"word/document.xml": xml.replace(old, new, 1)}


def _malformed() -> dict[str, dict[str, bytes | None]]:
    """Ways a .docx can be broken; None deletes the part. Eight of them showed Python's error
    text (or froze) before: document-no-body, document-wrong-root, entity-bomb, grid-span-huge,
    grid-span-text, vmerge-first-row, deflate-damaged, compression-unknown."""
    body = b"<w:body>"
    return {
        "vmerge-first-row": _xml_with(b"<w:tcPr>", b"<w:tcPr><w:vMerge/>"),
        "deflate-damaged": {},  # see _damage
        "compression-unknown": {},
        "document-not-xml": {"word/document.xml": b"\x00\x01garbage"},
        "document-wrong-root": {"word/document.xml": b"<?xml version='1.0'?><foo/>"},
        "document-no-body": {"word/document.xml": _document_xml().split(body)[0] + b"</w:document>"},
        "document-missing": {"word/document.xml": None},
        "content-types-missing": {"[Content_Types].xml": None},
        "content-types-garbage": {"[Content_Types].xml": b"<Types"},
        "package-rels-missing": {"_rels/.rels": None},
        "package-rels-garbage": {"_rels/.rels": b"not xml at all"},
        "document-rels-garbage": {"word/_rels/document.xml.rels": b"<Relationships"},
        "styles-garbage": {"word/styles.xml": b"<w:styles"},
        "styles-missing": {"word/styles.xml": None},
        "numbering-garbage": {"word/numbering.xml": b"\xff\xfe<"},
        "grid-span-text": _xml_with(b"<w:tcPr>", b"<w:tcPr><w:gridSpan w:val=\"abc\"/>"),
        "grid-span-huge": _xml_with(b"<w:tcPr>", b"<w:tcPr><w:gridSpan w:val=\"99999999\"/>"),
        "vmerge-bad-value": _xml_with(b"<w:tcPr>", b"<w:tcPr><w:vMerge w:val=\"nonsense\"/>"),
        "entity-bomb": {"word/document.xml": b"<?xml version='1.0'?><!DOCTYPE d [<!ENTITY a "
                        b"'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]><d>&b;</d>"},
        "utf16-declared-utf8": {"word/document.xml": _document_xml().decode().encode("utf-16")},
        "style-id-loop": {"word/styles.xml": b"<?xml version='1.0'?><w:styles xmlns:w="
                          b"'http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
                          b"<w:style w:type='paragraph' w:styleId='A'><w:name w:val='A'/>"
                          b"<w:basedOn w:val='B'/></w:style><w:style w:type='paragraph' "
                          b"w:styleId='B'><w:name w:val='B'/><w:basedOn w:val='A'/></w:style>"
                          b"</w:styles>"},
    }


def _damage(path: Path, kind: str) -> None:
    """Flip bytes inside document.xml's compressed data, or name a compression method no zip
    reader knows, in the local and central headers."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    if kind == "deflate-damaged":
        for k in range(start + 100, start + 400):
            raw[k] ^= 0x5A
    else:
        struct.pack_into("<H", raw, info.header_offset + 8, 99)
        central = raw.find(b"PK\x01\x02")
        while central != -1:
            length = struct.unpack_from("<H", raw, central + 28)[0]
            if raw[central + 46:central + 46 + length] == b"word/document.xml":
                struct.pack_into("<H", raw, central + 10, 99)
            central = raw.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("kind", sorted(_malformed()))
def test_malformed_docx_gets_a_chinese_line(tmp_path: Path, kind: str) -> None:
    changes = _malformed()[kind]
    path = tmp_path / f"{kind}.docx"
    with zipfile.ZipFile(SAMPLE) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename in changes:
                if changes[item.filename] is not None:
                    new.writestr(item.filename, changes[item.filename])
            else:
                new.writestr(item.filename, old.read(item.filename))
    if kind in ("deflate-damaged", "compression-unknown"):
        _damage(path, kind)
    try:
        document = read_document(path)
    except IngestError as error:
        assert str(error).startswith(f"{path.name}: ")
        assert chinese_only(str(error), path.name), str(error)
    else:  # some damage python-docx tolerates: then the tables still read
        assert len(document.projects) == 14, kind


# -- names and odd files -----------------------------------------------------------------------

def test_control_characters_in_a_file_name_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "bad\nname\x1b[31m.docx"
    path.write_bytes(b"not a zip file")
    message = refused(path)
    assert "\x1b" not in message
    assert message.startswith("bad\\x0aname\\x1b[31m.docx: ")


def test_a_fifo_is_not_called_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "pipe.docx"
    os.mkfifo(path)
    message = refused(path)
    assert "不是普通文件" in message and "文件夹" not in message
