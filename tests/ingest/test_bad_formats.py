"""Bad input in every new format gets one clear Chinese line naming the file and what to do,
and the store stays as it was; a missing converter names the package to install."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from ingest import IngestError, read_document

DATA = Path(__file__).parents[1] / "data"
SAMPLE_DOCX = Path(__file__).parents[2] / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx"
needs_office = pytest.mark.skipif(shutil.which("soffice") is None,
                                  reason="LibreOffice not installed (make test installs it)")


def refused(path: Path, **options) -> str:
    with pytest.raises(IngestError) as caught:
        read_document(path, **options)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: ") and "\n" not in message and " — " in message
    return message


def _half(name: str, tmp_path: Path, suffix: str) -> Path:
    data = (DATA / name).read_bytes()
    path = tmp_path / f"half{suffix}"
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize(("name", "suffix"), [
    ("sample.pdf", ".pdf"), ("sample-sheets.xlsx", ".xlsx"), ("sample.xls", ".xls")])
def test_truncated_file(tmp_path: Path, name: str, suffix: str) -> None:
    assert "损坏" in refused(_half(name, tmp_path, suffix))


@pytest.mark.parametrize(("name", "suffix"), [("sample.doc", ".doc"), ("sample.doc", ".wps"),
                                              ("sample.xls", ".et")])
def test_corrupt_old_office_file(tmp_path: Path, name: str, suffix: str) -> None:
    """Refused before LibreOffice is started: its directory is cut off."""
    message = refused(_half(name, tmp_path, suffix))
    assert f"不是有效的 {suffix} 文件" in message and "另存为" in message


@needs_office
def test_a_file_libreoffice_cannot_convert(tmp_path: Path) -> None:
    path = tmp_path / "notes.doc"  # not OLE: RTF or HTML saved as .doc go to LibreOffice too
    path.write_bytes(b"\x00\x01\x02 not a document" * 20)
    assert "LibreOffice 无法转换" in refused(path)


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx", ".xls", ".doc", ".wps", ".et"])
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert "空" in refused(path)


def test_password_protected_pdf() -> None:
    assert "密码" in refused(DATA / "locked.pdf")


def test_password_protected_xlsx(tmp_path: Path) -> None:
    from msoffcrypto.format import ooxml

    encrypted = io.BytesIO()
    with (DATA / "sample-sheets.xlsx").open("rb") as plain:
        ooxml.OOXMLFile(plain).encrypt("secret", encrypted)
    path = tmp_path / "locked.xlsx"
    path.write_bytes(encrypted.getvalue())
    assert "密码" in refused(path)


def test_pdf_without_performance_tables() -> None:
    message = refused(DATA / "no-tables.pdf")
    assert "没有找到绩效目标表" in message and "部门收支总表" in message


def test_workbook_without_performance_tables(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["收入项目", "预算数"])
    book.active.append(["一般公共预算拨款", 3710.69])
    path = tmp_path / "budget.xlsx"
    book.save(path)
    assert "没有找到绩效目标表" in refused(path)


def test_scan_without_ocr_is_reported_by_page() -> None:
    message = refused(DATA / "scan.pdf")
    assert "第1页、第2页是扫描图像，没有文字层" in message and "--ocr" in message


def test_missing_libreoffice_names_the_packages(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without soffice on PATH
    message = refused(DATA / "sample.doc")
    assert "需要 LibreOffice" in message
    assert "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui" in message


def test_missing_tesseract_names_the_packages(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    message = refused(DATA / "scan.pdf", ocr=True)
    assert "apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils" in message


def test_renamed_files_are_read_by_what_they_are(tmp_path: Path) -> None:
    """A workbook saved under .xls and a .docx under .doc still read."""
    xls = tmp_path / "really-xlsx.xls"
    shutil.copy(DATA / "sample-sheets.xlsx", xls)
    doc = tmp_path / "really-docx.doc"
    shutil.copy(SAMPLE_DOCX, doc)
    assert len(read_document(xls).projects) == 14
    assert len(read_document(doc).projects) == 14


# -- the same through the command, with a real store ------------------------------------------

@pytest.fixture(scope="module")
def cli():
    from tests.test_cli import jixiao

    return jixiao


@needs_office
def test_cli_refuses_each_bad_file_and_leaves_the_store(cli, tmp_path: Path) -> None:
    from tests.store.test_facts import snapshot

    store = tmp_path / "store"
    assert cli("ingest", str(SAMPLE_DOCX), "--no-index", store=store).returncode == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(DATA / "locked.pdf", bad / "locked.pdf")
    shutil.copy(DATA / "no-tables.pdf", bad / "no-tables.pdf")
    shutil.copy(DATA / "scan.pdf", bad / "scan.pdf")
    (bad / "empty.xlsx").write_bytes(b"")
    _half("sample.xls", bad, ".xls")
    _half("sample.doc", bad, ".doc")
    before = snapshot(store / "facts.sqlite3")
    before_bytes = (store / "facts.sqlite3").read_bytes()
    result = cli("ingest", str(bad), "--no-index", store=store)  # one process for all six
    assert result.returncode == 2  # every file failed
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 6 and all(" — " in line for line in lines)
    assert {line.split(": ")[0].rsplit("/", 1)[-1] for line in lines} == {
        "locked.pdf", "no-tables.pdf", "scan.pdf", "empty.xlsx", "half.xls", "half.doc"}
    assert snapshot(store / "facts.sqlite3") == before
    assert (store / "facts.sqlite3").read_bytes() == before_bytes


def test_cli_projects_json_from_pdf_equals_the_docx(cli, tmp_path: Path) -> None:
    """`jixiao projects --json` of the printed PDF is the .docx's, but for source and locators;
    the PDF ingested beside the .docx is recognised as the same document."""
    from_docx, from_pdf = tmp_path / "a", tmp_path / "b"
    both = cli("ingest", str(SAMPLE_DOCX), str(DATA / "sample.pdf"), "--no-index", store=from_docx)
    assert both.returncode == 0 and "sample.pdf" in both.stdout and "内容相同" in both.stdout
    assert cli("ingest", str(DATA / "sample.pdf"), "--no-index", store=from_pdf).returncode == 0

    def records(store: Path) -> list[dict]:
        projects = json.loads(cli("projects", "--json", store=store).stdout)
        for p in projects:
            p.pop("source")
            for i in p["indicators"]:
                i.pop("locator")
        return projects

    assert records(from_pdf) == records(from_docx)
