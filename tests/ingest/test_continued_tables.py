"""One project printed as consecutive Word tables — a header table (项目名称, 项目编码, money …), a
small spending-plan table, then the indicator table naming no project — is one project, whatever
caption or heading sits between them; the next header table starts the next project, and a summary
listing every project under a 项目名称 column starts none.

The documents are built here with python-docx, in the layout of eval/dev/docs/yingji-2025.docx.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest

from ingest import read_document
from ingest.continued_tables import continues_project, is_project_header

D = Decimal
HEADER = [["项目名称", "某某经费"], ["项目编码", "P001"], ["资金总额", "100"], ["年度绩效目标", "完成任务"]]
PLAN = [["时间节点", "截至3月底", "截至6月底", "截至9月底", "截至12月底"],
        ["计划累计支出", "20", "50", "80", "100"]]
INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "≥100人次"]]
SUMMARY = [["序号", "项目名称", "实施单位", "资金总额", "财政拨款", "其他资金（含上年结转）"],
           ["1", "某某经费", "某某中心", "100.00", "80.00", "20.00"]]


@pytest.mark.parametrize(("before", "table", "expected"), [
    (HEADER, INDICATORS, True),
    (HEADER, PLAN, True),
    (HEADER + PLAN, INDICATORS, True),
    (HEADER + INDICATORS, INDICATORS, False),  # its indicators came already
    (HEADER, HEADER, False),  # the next project's header
    (HEADER, [["项目名称", "另一经费"], *INDICATORS], False),  # an indicator table naming its project
    (SUMMARY, INDICATORS, False),  # a list of projects is no one project's header
    (HEADER, [["说明", "本表为示例"]], False),  # neither a plan nor indicators
])
def test_which_tables_go_on_with_the_project(before, table, expected):
    assert continues_project(before, table) is expected


@pytest.mark.parametrize(("rows", "expected"), [
    (HEADER, True),
    ([["项目编码", "P001", "项目类型", "特定目标类"]], True),
    (SUMMARY, False),
    ([["项目名称"], ["某某经费"]], False),  # a column of names
])
def test_a_project_header_has_its_name_beside_the_label(rows, expected):
    assert is_project_header(rows) is expected


def _table(document, rows: list[list[str]]):
    table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def _header(document, name: str, code: str, total: str, fiscal: str, other: str) -> None:
    """The header table with money layout A: labels in one row, the values in the row below."""
    table = document.add_table(rows=5, cols=4)
    for c, text in enumerate(["项目名称", name]):
        table.cell(0, c).text = text
    table.cell(0, 1).merge(table.cell(0, 3))
    for c, text in enumerate(["项目编码", code, "实施期", "2025年1月至12月"]):
        table.cell(1, c).text = text
    table.cell(2, 0).merge(table.cell(3, 0)).text = "资金情况"
    for c, (label, value) in enumerate([("资金总额", total), ("其中：财政拨款", fiscal),
                                        ("其他资金", other)], start=1):
        table.cell(2, c).text, table.cell(3, c).text = label, value
    table.cell(4, 0).text = "年度绩效目标"
    table.cell(4, 1).merge(table.cell(4, 3)).text = "完成某某任务"


def _project(document, n: int, unit: str, money: tuple[str, str, str], plan: list[str] | None,
             between: str) -> None:
    document.add_heading(f"（{n}）项目{n}经费", level=2)
    document.add_paragraph(f"编制单位：某某县应急管理局　　　　单位：{unit}")
    _header(document, f"项目{n}经费", f"P00{n}", *money)
    if plan is not None:
        document.add_paragraph(f"分季度资金支出计划（单位：{unit}）")
        _table(document, [PLAN[0], ["计划累计支出", *plan]])
    if between == "heading":
        document.add_heading("绩效指标", level=3)
    elif between:
        document.add_paragraph(between)
    _table(document, INDICATORS)
    document.add_paragraph("填报日期：2025年1月18日")


def _document(path: Path, between: str, summary: bool = True) -> Path:
    document = docx.Document()
    document.add_paragraph("某某县应急管理局2025年部门项目支出绩效目标")
    document.add_heading("第一部分 部门整体绩效目标", level=1)
    document.add_heading("一、项目支出预算汇总", level=2)
    if summary:
        document.add_paragraph("单位：万元")
        _table(document, [SUMMARY[0], ["1", "项目1经费", "某某中心", "186.00", "186.00", "0.00"],
                          ["2", "项目2经费", "某某中心", "45.80", "45.80", "0.00"],
                          ["合计", "", "", "231.80", "231.80", "0.00"]])
    document.add_heading("第二部分 项目支出绩效目标表", level=1)
    _project(document, 1, "万元", ("186.00", "186.00", "0.00"), ["0.00", "40.00", "140.00", "186.00"], between)
    _project(document, 2, "元", ("458000.00", "400000.00", "58000.00"),
             ["100000.00", "229000.00", "343500.00", "458000.00"], between)
    _project(document, 3, "万元", ("50", "50", "0"), None, between)
    document.save(path)
    return path


@pytest.mark.parametrize("between", ["绩效指标", "绩效指标：", "heading", ""])
def test_consecutive_tables_are_one_project(tmp_path, between):
    document = read_document(_document(tmp_path / "tables.docx", between))
    assert [(p.code, p.name, p.unit, p.budget, p.fiscal, p.other) for p in document.projects] == [
        ("P001", "项目1经费", "万元", D("186.00"), D("186.00"), D("0.00")),
        ("P002", "项目2经费", "元", D("458000.00"), D("400000.00"), D("58000.00")),
        ("P003", "项目3经费", "万元", D(50), D(50), D(0))]
    assert [[i.level3 for i in p.indicators] for p in document.projects] == [["培训人次"]] * 3
    assert [[(s.month, s.percent) for s in p.spending_plan] for p in document.projects] == [
        [(3, D(0)), (6, D("21.51")), (9, D("75.27")), (12, D(100))],
        [(3, D("21.83")), (6, D(50)), (9, D(75)), (12, D(100))],
        []]
    assert [p.attributes for p in document.projects] == [(("实施期", "2025年1月至12月"),)] * 3
    # the summary table is skipped, nothing else is said
    assert document.warnings == ("tables.docx：跳过 1 个不是绩效目标表的表格（«一、项目支出预算汇总»）",)


def test_without_a_summary_nothing_is_skipped(tmp_path):
    document = read_document(_document(tmp_path / "tables.docx", "绩效指标", summary=False))
    assert len(document.projects) == 3 and document.warnings == ()


def test_a_new_part_ends_the_project(tmp_path):
    """Indicators under a heading of a new part («第三部分») belong to no project above them."""
    document = docx.Document()
    _header(document, "某某经费", "P001", "100", "100", "0")
    document.add_heading("第三部分 部门整体绩效指标", level=1)
    _table(document, INDICATORS)
    path = tmp_path / "part.docx"
    document.save(path)
    first = read_document(path).projects[0]
    assert (first.code, first.indicators) == ("P001", ())


def test_the_summary_of_projects_makes_no_project(tmp_path):
    """A summary table then a caption and indicator table: the summary's first row is no project."""
    document = docx.Document()
    document.add_paragraph("单位：万元")
    _table(document, SUMMARY)
    document.add_paragraph("绩效指标")
    _table(document, INDICATORS)
    path = tmp_path / "summary.docx"
    document.save(path)
    assert [p.name for p in read_document(path).projects] == [""]
