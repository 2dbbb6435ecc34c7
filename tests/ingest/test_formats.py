"""Every form a document arrives in reads into the same records as its .docx.

The fixtures in tests/data come from real converters (tests/data/make_formats.py): LibreOffice
printed the .docx to PDF and saved .doc and .xls; openpyxl wrote the workbooks from the .docx
tables. Only `source` and the locators' page/sheet fields may differ between formats.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from dataclasses import replace
from pathlib import Path

import pytest

from ingest import read_document
from ingest.records import Document, Project

DATA = Path(__file__).parents[1] / "data"
SAMPLES = Path(__file__).parents[2] / "data/samples"
DOCX = {"sample": SAMPLES / "weixian-rsj-2025-jixiao-mubiao.docx",
        "other-department": DATA / "other-department.docx"}
FORMATS = {
    "sample": ["weixian-rsj-2025-jixiao-mubiao.txt", "sample.pdf", "sample-sheets.xlsx",
               "sample-onesheet.xlsx", "sample.doc", "sample.xls"],
    "other-department": ["other-department.pdf", "other-department-sheets.xlsx",
                         "other-department-onesheet.xlsx", "other-department.doc",
                         "other-department.xls"],
}
CASES = [(doc, name) for doc, names in FORMATS.items() for name in names]
needs_office = pytest.mark.skipif(shutil.which("soffice") is None,
                                  reason="LibreOffice not installed (make test installs it)")


def _path(name: str) -> Path:
    return SAMPLES / name if name.startswith("weixian") else DATA / name


_read: dict[str, Document] = {}


def read(path: Path) -> Document:
    """Each fixture read once per session: .doc and .xls go through LibreOffice."""
    if str(path) not in _read:
        _read[str(path)] = read_document(path)
    return _read[str(path)]


def facts(project: Project) -> Project:
    """The project without where it came from: source and locators."""
    return replace(project, locator=None, indicators=tuple(
        replace(i, locator=replace(i.locator, source="", page=None, sheet=None, sheet_row=None))
        for i in project.indicators))


@pytest.mark.parametrize(("doc", "name"), CASES)
def test_same_records_as_the_docx(doc: str, name: str) -> None:
    if name.endswith(".doc") and not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    expected, got = read(DOCX[doc]), read(_path(name))
    assert len(got.projects) == len(expected.projects)
    for want, have in zip(expected.projects, got.projects, strict=True):
        assert facts(have) == facts(want), want.name  # every field, every indicator, refs
    assert (got.source.department, got.source.year) == (expected.source.department,
                                                        expected.source.year)
    assert [(s.path, " ".join(s.text.split())) for s in got.sections] == [
        (s.path, " ".join(s.text.split())) for s in expected.sections]


@pytest.mark.parametrize("doc", sorted(DOCX))
def test_pdf_locators_carry_the_page(doc: str) -> None:
    pdf = read(DATA / ("sample.pdf" if doc == "sample" else f"{doc}.pdf"))
    rows = [i.locator for p in pdf.projects for i in p.indicators]
    assert all(loc.page and loc.sheet is None for loc in rows)
    assert [loc.row for loc in rows] == [
        i.locator.row for p in read(DOCX[doc]).projects for i in p.indicators]
    pages = [loc.page for loc in rows]
    assert pages == sorted(pages) and pages[0] >= 3  # the tables follow the prose part


def test_sample_pdf_page_of_a_known_row() -> None:
    pdf = read(DATA / "sample.pdf")
    first = pdf.projects[0].indicators[0]
    assert (first.level3, first.locator.table, first.locator.row, first.locator.page) == (
        "大楼维修次数", 1, 1, 3)
    assert "（第3页）" in first.locator.cite()


def test_excel_locators_name_sheet_and_row() -> None:
    sheets = read(DATA / "sample-sheets.xlsx")
    one = read(DATA / "sample-onesheet.xlsx")
    first = sheets.projects[0].indicators[0]
    assert (first.locator.sheet, first.locator.sheet_row, first.locator.row) == (
        "1.社会保障工作经费", 12, 1)
    assert '工作表“1.社会保障工作经费”第12行' in first.locator.cite()
    assert {i.locator.sheet for p in one.projects for i in p.indicators} == {"绩效目标"}
    rows = [i.locator.sheet_row for p in one.projects for i in p.indicators]
    assert rows == sorted(rows) and len(set(rows)) == 101
    assert sheets.projects[13].indicators[-1].locator.sheet == "14.县级离退休老干部春节慰问及实职副科以上干部去世慰问"


@needs_office
def test_wps_and_et_read_through_libreoffice(tmp_path: Path) -> None:
    wps, et = tmp_path / "sample.wps", tmp_path / "sample.et"
    shutil.copy(DATA / "sample.doc", wps)  # WPS Writer and Spreadsheets keep these formats
    shutil.copy(DATA / "sample.xls", et)
    expected = [facts(p) for p in read(DOCX["sample"]).projects]
    assert [facts(p) for p in read_document(wps).projects] == expected
    assert [facts(p) for p in read_document(et).projects] == expected


def test_a_docx_and_its_pdf_have_one_facts_fingerprint() -> None:
    from store.facts import facts_hash

    assert facts_hash(read(DATA / "sample.pdf")) == facts_hash(read(DOCX["sample"]))
    assert facts_hash(read(DATA / "sample-onesheet.xlsx")) == facts_hash(read(DOCX["sample"]))
    assert facts_hash(read(DATA / "other-department.pdf")) == facts_hash(
        read(DOCX["other-department"]))


def test_disclosure_pdf_yields_exactly_its_performance_table() -> None:
    document = read(DATA / "disclosure.pdf")
    [project] = document.projects
    assert (project.code, project.name, project.budget) == (
        "13043425P00000110011H", "社会保障工作经费", 150)
    assert (document.source.department, document.source.year) == ("魏县人力资源和社会保障局", 2025)
    rows = project.indicators
    # 30 rows cross from page 2 to page 3; the header repeated on page 3 is not a row.
    assert [i.level3 for i in rows] == [f"培训班次{k}" for k in range(1, 31)] + ["群众满意度"]
    assert [i.locator.row for i in rows] == list(range(1, 32))
    assert {i.locator.page for i in rows} == {2, 3}
    assert all(i.level1 == "产出指标" for i in rows[:30])  # merged down across the page
    # Row 24's 依据 was cut by the page break: put back together.
    assert {i.basis for i in rows[:30]} == {"冀人社规〔2018〕8号"}
    assert all([r.canonical for r in i.policy_refs] == ["冀人社规〔2018〕8号"] for i in rows[:30])
    assert project.goal == "保障人社日常工作正常运转。"  # the header table crosses a page too
    skipped = [w for w in document.warnings if "跳过" in w]
    assert skipped == ["disclosure.pdf：跳过 4 个不是绩效目标表的表格（«表1 部门收支总表»、"
                       "«表2 一般公共预算财政拨款支出表»、«表3 项目支出表»、«表4 政府采购预算表»）"]
    texts = [s.text for s in document.sections]
    assert "一、财政拨款收入：指县级财政当年拨付的资金。" in texts  # prose after the tables
    assert not any("部门预算公开" in t for t in texts)  # the running footer is dropped
    assert [s.path for s in document.sections if s.text.startswith("贯彻")] == [
        ("第一部分 部门概况", "一、部门职责")]


def test_a_target_typed_with_an_equals_sign_is_kept(tmp_path: Path) -> None:
    """«=476个» in a workbook is stored as a formula without a value; it is the target as written.
    A real formula with no saved value («=SUM(…)») is not text to show."""
    from openpyxl import load_workbook

    book = load_workbook(DATA / "sample-sheets.xlsx")
    first = read(DATA / "sample-sheets.xlsx").projects[0].indicators[0]
    sheet = book[first.locator.sheet]
    column = next(c for c in range(1, sheet.max_column + 1)
                  if sheet.cell(first.locator.sheet_row, c).value == first.value.raw)
    sheet.cell(first.locator.sheet_row, column).value = "=476个"
    second = first.locator.sheet_row + 1
    sheet.cell(second, column).value = "=SUM(A1:A2)"
    path = tmp_path / "equals.xlsx"
    book.save(path)
    rows = read_document(path).projects[0].indicators
    assert (rows[0].value.raw, rows[0].value.comparator, rows[0].value.number, rows[0].value.unit) == (
        "=476个", "=", 476, "个")
    assert rows[1].value.raw == ""


ZHUJIAN = Path(__file__).parents[2] / "eval" / "dev" / "docs" / "zhujian-2025.docx"


def _cells(table) -> list[list[str]]:
    return [[cell.text.strip() for cell in row.cells] for row in table.rows]


def test_another_regions_header_layout_is_read_whole() -> None:
    """«年度预算资金（万元）» over 资金总额 / 一般公共预算 / 政府性基金, «项目概况», «资金支出进度计划（累计%）»,
    «实施单位» beside «主管部门», «项目类型», a blank 其他资金 above 资金用途 and the column
    «指标值设定依据及说明»: every cell is read, nothing is left over (python-docx gives the truth)."""
    import docx

    document = read_document(ZHUJIAN)
    assert document.warnings == ()
    tables = docx.Document(str(ZHUJIAN)).tables
    for project, table in zip(document.projects, tables):
        grid = _cells(table)
        label = {row[1].removeprefix("其中："): row[2] for row in grid if row[0].startswith("年度预算资金")}
        assert project.unit == "万元" and project.budget == Decimal(label["资金总额"])
        parts = [Decimal(label[k]) for k in ("一般公共预算", "政府性基金") if label.get(k)]
        fiscal = Decimal(label["财政拨款"]) if label.get("财政拨款") else sum(parts)
        assert project.fiscal == fiscal, project.name
        use = next(row[1] for row in grid if row[0] in ("项目概况", "资金用途"))
        assert project.use == use
        assert all(i.basis for i in project.indicators)
        assert bool(project.spending_plan) == any(row[0].startswith("资金支出进度计划") for row in grid)
