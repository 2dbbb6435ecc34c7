"""What commit 75b9286 taught the readers, each on small documents built here:
a budget labelled by its size or total («资金规模（万元）», «项目总投资», «经费总额») is the budget by the
form of its label; a target «≥95» beside a 计量单位 column «%» is «≥95%»; a constant «=100» typed in a
spreadsheet and never computed is the target as typed; «申报单位» names the department."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook

from ingest import quantity as q
from ingest import read_document
from ingest.tables import read_header

D = Decimal
INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]


def _docx(path: Path, rows: list[list[str]]) -> Path:
    """One table holding the rows, each cell as given."""
    document = docx.Document()
    width = max(map(len, rows))
    table = document.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(path)
    return path


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    """One sheet holding the rows; a cell starting with «=» is stored as Excel stores what was typed."""
    book = Workbook()
    sheet = book.active
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            if text:
                sheet.cell(r, c, text)
    book.save(path)
    return path


def _project(*header: list[str], indicators: list[list[str]] | None = None) -> list[list[str]]:
    rows = [["项目名称", "某某经费"], ["项目编码", "P001"], *header]
    return rows + (indicators or [INDICATOR_HEADER, ["产出指标", "数量指标", "服务人次", "≥100人次", "计划"]])


@pytest.mark.parametrize(("label", "unit"), [
    ("资金规模（万元）", "万元"),
    ("资金规模（元）", "元"),
    ("项目总投资", "万元"),
    ("项目总投资额", "万元"),
    ("经费总额", "万元"),
    ("全年经费总额", "万元"),
    ("年度资金规模", "万元"),
    ("预算总规模", "万元"),
    ("总预算", "万元"),
])
@pytest.mark.parametrize("write", [_docx, _xlsx], ids=["docx", "xlsx"])
def test_a_budget_labelled_by_its_size(tmp_path, label, unit, write):
    rows = _project([label, "120.50"], ["其中：财政拨款", "100.50"], ["其他资金", "20"])
    if "（" not in label:
        rows.insert(0, ["单位：万元"])
    [project] = read_document(write(tmp_path / f"budget.{write.__name__[1:]}", rows)).projects
    assert (project.budget, project.fiscal, project.other, project.unit) == (D("120.50"), D("100.50"), D(20), unit)


@pytest.mark.parametrize("label", ["项目规模", "资金到位情况"])
def test_other_words_of_size_are_no_budget(label):
    header = read_header([["项目名称", "某某经费"], ["单位：万元"], [label, "120"]])
    assert header.budget is None
    assert f"表头中的 «{label}» 无法归入任何字段" in header.problems


@pytest.mark.parametrize(("cells", "raw", "comparator", "number", "unit"), [
    (["≥95", "%"], "≥95%", q.GE, D(95), "%"),
    (["＞90", "%"], "＞90%", q.GT, D(90), "%"),
    (["≤2", "小时"], "≤2小时", q.LE, D(2), "小时"),
    (["=100", "%"], "=100%", q.EQ, D(100), "%"),
    (["100", "%"], "100%", None, D(100), "%"),
    (["95%", "%"], "95%", None, D(95), "%"),  # the unit already written is not written twice
    (["≥95", "—"], "≥95", q.GE, D(95), None),
    (["明显提升", ""], "明显提升", None, None, None),
])
def test_a_target_beside_its_unit_column(tmp_path, cells, raw, comparator, number, unit):
    indicators = [["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值确定依据"],
                  ["效益指标", "满意度指标", "群众满意度", *cells, "问卷"]]
    path = _docx(tmp_path / "unit.docx", _project(["资金总额（万元）", "10"], indicators=indicators))
    [indicator] = read_document(path).projects[0].indicators
    value = indicator.value
    assert (value.raw, value.comparator, value.number, value.unit) == (raw, comparator, number, unit)


@pytest.mark.parametrize(("sign", "value", "raw"), [
    ("≥", "95", "≥95%"),
    ("≥", "≥95", "≥95%"),  # the sign written in the value cell as well: once
    ("定量", "≥95", "≥95%"),
])
def test_a_sign_column_and_a_signed_value(sign, value, raw):
    from ingest.tables import read_indicators

    rows = [["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"],
            ["效益指标", "满意度指标", "群众满意度", sign, value, "%"]]
    assert [r.value for r in read_indicators(rows).rows] == [raw]


@pytest.mark.parametrize(("typed", "raw", "comparator", "number"), [
    ("=100", "=100", q.EQ, D(100)),
    ("=12.5", "=12.5", q.EQ, D("12.5")),
    ("=476个", "=476个", q.EQ, D(476)),
    ("=95%", "=95%", q.EQ, D(95)),
    ("=SUM(1,2)", "", None, None),  # a formula no spreadsheet has computed: no target to read
])
def test_a_constant_typed_with_an_equals_sign(tmp_path, typed, raw, comparator, number):
    indicators = [INDICATOR_HEADER, ["产出指标", "数量指标", "服务站", typed, "计划"]]
    path = _xlsx(tmp_path / "equals.xlsx", _project(["资金总额（万元）", "10"], indicators=indicators))
    [indicator] = read_document(path).projects[0].indicators
    assert (indicator.value.raw, indicator.value.comparator, indicator.value.number) == (raw, comparator, number)


@pytest.mark.parametrize("label", ["申报单位", "主管部门", "预算部门", "填报单位", "单位名称"])
def test_the_department_by_its_label(tmp_path, label):
    rows = _project(["资金总额（万元）", "10"], [label, "某某县应急管理局"], ["实施单位", "某某中心"])
    [project] = read_document(_docx(tmp_path / "department.docx", rows)).projects
    assert (project.department, project.implementer) == ("某某县应急管理局", "某某中心")


def test_the_department_label_and_name_in_one_cell():
    header = read_header([["申报单位：某某县应急管理局"], ["项目名称", "某某经费"], ["资金总额（万元）", "10"]])
    assert header.department == "某某县应急管理局" and header.problems == ()


def test_execution_unit_is_the_implementer():
    """«执行单位» beside 主管部门 (held-out v11's layout, a development document since) is the 实施单位."""
    from pathlib import Path

    from docx import Document

    from ingest import read_document

    path = Path(__file__).resolve().parents[2] / "eval" / "heldout" / "docs" / "qiuxian-2025.docx"
    printed = set()
    for table in Document(path).tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            if "执行单位" in cells:
                printed.add(cells[cells.index("执行单位") + 1])
    assert printed and {p.implementer for p in read_document(path).projects} == printed
