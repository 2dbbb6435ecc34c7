"""实施单位: read beside 主管部门 in every format, kept apart from the department.

The expected values are read here from the documents themselves (python-docx, openpyxl), cell
by cell, not copied from what jixiao reads.
"""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from ingest import read_document
from ingest.tables import read_header
from tests.conftest import ROOT, SAMPLE_DOCX

DEV = ROOT / "eval" / "dev" / "docs"
JIAOTONG = ROOT / "eval" / "heldout" / "docs" / "jiaotong-2025.docx"
NONGYE = DEV / "nongye-2025.docx"
ZHUJIAN = DEV / "zhujian-2025.docx"
WENLV = DEV / "wenlv-2025.xlsx"
OTHER = ROOT / "tests" / "data" / "other-department.docx"


def _beside(cells: list[str], label: str) -> str | None:
    """The text of the first cell after the one reading `label` (merged repeats skipped)."""
    words = ["".join(c.split()) for c in cells]
    if label not in words:
        return None
    at = words.index(label)
    return next((c.strip() for c, w in zip(cells[at + 1:], words[at + 1:]) if w and w != label),
                None)


def printed_in_docx(path: Path, label: str) -> list[str]:
    """Per table of a .docx, the cell beside `label`."""
    found = []
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            value = _beside([cell.text for cell in row.cells], label)
            if value is not None:
                found.append(value)
                break
    return found


def printed_in_xlsx(path: Path, label: str) -> list[str]:
    """Per sheet of a workbook, the cell beside `label`."""
    found = []
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows(values_only=True):
            value = _beside(["" if c is None else str(c) for c in row], label)
            if value is not None:
                found.append(value)
                break
    return found


@pytest.mark.parametrize("path", [JIAOTONG, NONGYE, ZHUJIAN], ids=lambda p: p.name)
def test_each_project_keeps_its_printed_implementer(path):
    printed = printed_in_docx(path, "实施单位")
    projects = read_document(path).projects
    assert len(printed) == len(projects)
    assert [p.implementer for p in projects] == printed
    assert len(set(printed)) > 1  # units under the department, not its name repeated


def test_the_values_are_the_units_under_the_department():
    implementers = {p.implementer for p in read_document(JIAOTONG).projects}
    assert "成安县道路运输服务中心" in implementers
    assert "大名县农业技术推广中心" in {p.implementer for p in read_document(NONGYE).projects}
    assert "魏县城建档案馆" in {p.implementer for p in read_document(ZHUJIAN).projects}


def test_the_pdf_print_gives_the_same_implementers():
    pdf = read_document(DEV / "zhujian-2025.pdf").projects
    assert [p.implementer for p in pdf] == printed_in_docx(ZHUJIAN, "实施单位")


def test_the_excel_export_gives_each_sheets_implementer():
    projects = read_document(WENLV).projects
    assert [p.implementer for p in projects] == printed_in_xlsx(WENLV, "实施单位")
    assert "魏县文物保护所" in {p.implementer for p in projects}


@pytest.mark.parametrize("path", [SAMPLE_DOCX, OTHER], ids=lambda p: p.name)
def test_a_layout_without_the_field_has_none(path):
    document = read_document(path)
    assert printed_in_docx(path, "实施单位") == []
    assert {p.implementer for p in document.projects} == {""}


@pytest.mark.parametrize("path, department", [
    (JIAOTONG, "成安县交通运输局"), (NONGYE, "大名县农业农村局"), (ZHUJIAN, "魏县住房和城乡建设局"),
    (DEV / "zhujian-2025.pdf", "魏县住房和城乡建设局"), (WENLV, "魏县文化广电和旅游局"),
    (SAMPLE_DOCX, "魏县人力资源和社会保障局"), (OTHER, "临漳县农业农村局"),
], ids=lambda v: getattr(v, "name", v))
def test_the_department_stays_the_主管部门(path, department):
    document = read_document(path)
    assert document.source.department == department
    assert {p.department for p in document.projects} == {department}


@pytest.mark.parametrize("path", [JIAOTONG, NONGYE, ZHUJIAN], ids=lambda p: p.name)
def test_the_department_is_the_printed_主管部门(path):
    printed = printed_in_docx(path, "主管部门")
    assert [p.department for p in read_document(path).projects] == printed


def test_an_implementer_printed_first_does_not_become_the_department():
    header = read_header([["实施单位", "魏县城建档案馆", "主管部门", "魏县住房和城乡建设局"]])
    assert (header.department, header.implementer) == ("魏县住房和城乡建设局", "魏县城建档案馆")


def test_an_implementer_alone_still_names_the_department():
    # As before: a table that prints no 主管部门 has its 实施单位 stand for the department.
    header = read_header([["实施单位", "魏县住房和城乡建设局本级"]])
    assert (header.department, header.implementer) == ("魏县住房和城乡建设局", "魏县住房和城乡建设局本级")


def test_an_implementer_written_inline():
    header = read_header([["单位名称：临漳县农业农村局", "实施单位：临漳县农业技术推广中心"]])
    assert (header.department, header.implementer) == ("临漳县农业农村局", "临漳县农业技术推广中心")
    assert not [p for p in header.problems if "实施单位" in p]
