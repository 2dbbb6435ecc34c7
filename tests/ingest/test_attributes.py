"""Other header fields (项目属性, 项目类型/类别, 项目期限 …) kept per project as printed.

The expected values are read here from the documents themselves (python-docx, openpyxl), cell
by cell, not copied from what jixiao reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import docx
import openpyxl
import pytest

from ingest import read_document
from ingest.tables import read_header
from tests.conftest import ROOT, SAMPLE_DOCX

DEV = ROOT / "eval" / "dev" / "docs"
HELDOUT = ROOT / "eval" / "heldout" / "docs"
LABELS = ("项目属性", "项目类型", "项目类别", "项目性质", "项目期限", "实施期限", "项目周期")
DOCX = {"jiaotong": HELDOUT / "jiaotong-2025.docx", "nongye": DEV / "nongye-2025.docx",
        "zhujian": DEV / "zhujian-2025.docx", "sifa": DEV / "sifa-2025.docx",
        "shijian": HELDOUT / "shijian-2025.docx"}
XLSX = {"guantao": HELDOUT / "guantao-2025.xlsx", "wenlv": DEV / "wenlv-2025.xlsx"}


def _text(cell: object) -> str:
    return "" if cell is None else " ".join(str(cell).split())


def _attributes_of_rows(rows: Iterable[list[str]]) -> list[tuple[str, str]]:
    """(label, the next filled cell) for each known label in the rows, merged repeats skipped."""
    found: list[tuple[str, str]] = []
    for cells in rows:
        for at, cell in enumerate(cells):
            label = cell.replace(" ", "")
            if label not in LABELS:
                continue
            value = next((c for c in cells[at + 1:] if c and c != cell), "")
            if value and value.replace(" ", "") not in LABELS and (label, value) not in found:
                found.append((label, value))
    return found


def printed_in_docx(path: Path) -> list[list[tuple[str, str]]]:
    """Per project (a table holding 项目名称), its attributes in row order."""
    out = []
    for table in docx.Document(str(path)).tables:
        rows = [[_text(cell.text) for cell in row.cells] for row in table.rows]
        if any("项目名称" in cells for cells in rows):
            out.append(_attributes_of_rows(rows))
    return out


def printed_in_xlsx(path: Path) -> list[list[tuple[str, str]]]:
    """Per project sheet (one holding 项目名称), its attributes in row order."""
    out = []
    for sheet in openpyxl.load_workbook(path).worksheets:
        rows = [[_text(c) for c in row] for row in sheet.iter_rows(values_only=True)]
        if any("项目名称" in cells for cells in rows):
            out.append(_attributes_of_rows(rows))
    return out


@pytest.mark.parametrize("path", DOCX.values(), ids=DOCX.keys())
def test_each_project_keeps_its_printed_attributes(path):
    printed = printed_in_docx(path)
    projects = read_document(path).projects
    assert len(printed) == len(projects)
    assert [list(p.attributes) for p in projects] == printed
    assert all(printed)  # every project of these documents prints one


def test_the_values_are_as_printed():
    attributes = {name: {a for p in read_document(path).projects for a in p.attributes}
                  for name, path in DOCX.items()}
    assert attributes["jiaotong"] == {("项目属性", "经常性项目"), ("项目属性", "一次性项目")}
    assert attributes["nongye"] == {("项目属性", "新增项目"), ("项目属性", "延续性项目")}
    assert attributes["zhujian"] == {("项目类型", "特定目标类"), ("项目类型", "其他运转类")}
    assert attributes["sifa"] == {("项目类别", "特定目标类"), ("项目类别", "其他运转类")}
    assert ("项目期限", "2025年—2027年") in attributes["shijian"]
    assert ("项目期限", "2025年1月1日—2025年12月31日") in attributes["shijian"]


def test_the_pdf_print_gives_the_same_attributes():
    pdf = read_document(DEV / "zhujian-2025.pdf").projects
    assert [list(p.attributes) for p in pdf] == printed_in_docx(DOCX["zhujian"])


@pytest.mark.parametrize("path", XLSX.values(), ids=XLSX.keys())
def test_the_excel_export_gives_each_sheets_attributes(path):
    projects = read_document(path).projects
    assert [list(p.attributes) for p in projects] == printed_in_xlsx(path)


def test_a_sheet_may_print_three():
    first = read_document(XLSX["guantao"]).projects[0]
    assert [label for label, _ in first.attributes] == ["项目类别", "项目属性", "项目期限"]


@pytest.mark.parametrize("path", [SAMPLE_DOCX, XLSX["wenlv"], ROOT / "tests" / "data" / "other-department.docx"],
                         ids=lambda p: p.name)
def test_a_layout_without_them_has_none(path):
    assert {p.attributes for p in read_document(path).projects} == {()}


@pytest.mark.parametrize("path", [*DOCX.values(), DEV / "zhujian-2025.pdf", XLSX["guantao"]],
                         ids=lambda p: p.name)
def test_the_labels_are_not_reported_as_stray(path):
    warnings = read_document(path).warnings
    assert not [w for w in warnings if any(label in w for label in LABELS)]


@pytest.mark.parametrize("path", DOCX.values(), ids=DOCX.keys())
def test_the_labels_are_not_read_as_another_field(path):
    values = {value for p in read_document(path).projects for _, value in p.attributes}
    for p in read_document(path).projects:
        assert not values & {p.code, p.name, p.department, p.implementer, p.use, p.goal}


@pytest.mark.parametrize("label", LABELS)
def test_every_known_label_beside_its_value(label):
    header = read_header([["项目名称", "某某经费", label, "某值"], ["单位：万元"]])
    assert header.attributes == ((label, "某值"),)
    assert header.name == "某某经费" and header.problems == ()


def test_labels_written_inline_or_with_a_note():
    header = read_header([["项目属性：新增项目", "项目期限（年度）", "2025年—2027年"], ["单位：万元"]])
    assert header.attributes == (("项目属性", "新增项目"), ("项目期限", "2025年—2027年"))
    assert header.problems == ()


def test_a_label_left_empty_gives_nothing():
    header = read_header([["单位：万元"], ["项目名称", "某某经费"], ["项目类型", ""], ["资金总额", "85"]])
    assert header.attributes == () and header.problems == ()
    assert header.budget == 85


def test_values_underneath_a_row_of_labels():
    header = read_header([["项目名称", "项目性质", "项目周期"], ["某某经费", "延续", "3年"], ["单位：万元"]])
    assert header.name == "某某经费"
    assert header.attributes == (("项目性质", "延续"), ("项目周期", "3年"))
