"""A workbook holding every project on one sheet, one block under another: a title row
«项目N：XXX» names each block (no 项目名称 label is printed), 项目总额（万元）/单位自筹/项目内容及用途
head the fields, the spending plan may be printed as each quarter's own share, and the indicator
table carries 评分标准 and 指标来源 columns."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
import xlrd
from openpyxl import Workbook
from openpyxl.styles import Font

from ingest import read_document
from tests.conftest import ROOT

JIAOYU = ROOT / "eval" / "dev" / "docs" / "jiaoyu-2025.xls"
QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")
SHARES_NOTE = "（按季度分配比例）"
ROWS = (("产出指标", "数量指标", "培训人次", "≥300人次", "完成得满分", "冀教财〔2024〕21号"),
        ("", "质量指标", "合格率", "≥95%", "达到得满分", "2025年度工作计划"))


def _block(ws, r: int, title: str, code: str, *, total_label: str = "项目总额（万元）",
           money=(100, 80, 20), note: str = SHARES_NOTE, periods=QUARTERS,
           plan=(0.3, 0.25, 0.25, 0.2), rows=ROWS) -> int:
    """Write one project block from row r the way the export does; the row after it."""
    ws.cell(r, 1, title).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    lines = [("项目编码", code, "项目类型", "经常性项目"),
             ("主管部门", "某县教育局", "实施单位", "某县教师发展中心"),
             (total_label, money[0], "其中：财政拨款", money[1], "单位自筹", money[2]),
             ("资金使用计划", note), periods, plan,
             ("项目内容及用途", "用于教师全员培训及骨干教师专项培训，单位自筹部分为培训服务收入。"),
             ("年度目标", "全年完成教师培训300人次，培训考核合格率不低于95%。"),
             ("一级指标", "二级指标", "三级指标", "目标值", "评分标准", "指标来源"), *rows]
    for line in lines:
        r += 1
        for c, value in enumerate(line, start=1):
            cell = ws.cell(r, c, value)
            if isinstance(value, float):
                cell.number_format = "0%"
    return r + 2  # one blank row before the next block


def _workbook(tmp_path: Path, *blocks: dict) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "项目支出绩效目标表"
    ws.cell(1, 1, "某县教育局2025年度项目支出绩效目标表").font = Font(bold=True)
    ws.cell(2, 1, "填报单位：某县教育局")
    ws.cell(2, 6, "金额单位：万元（另有注明的除外）")
    r = 4
    for block in blocks:
        r = _block(ws, r, **block)
    path = tmp_path / "onesheet.xlsx"
    book.save(path)
    return path


def test_title_rows_name_the_projects_of_one_sheet(tmp_path):
    path = _workbook(tmp_path, {"title": "项目1：中小学教师培训经费", "code": "130428P001"},
                     {"title": "项目2：校园安全防控体系建设", "code": "130428P002"})
    document = read_document(path)
    assert [(p.code, p.name) for p in document.projects] == [
        ("130428P001", "中小学教师培训经费"), ("130428P002", "校园安全防控体系建设")]
    assert document.warnings == ()
    first = document.projects[0]
    assert (first.budget, first.fiscal, first.other, first.unit) == (
        Decimal(100), Decimal(80), Decimal(20), "万元")
    assert first.use.startswith("用于教师全员培训") and first.goal.startswith("全年完成教师培训")
    assert first.department == "某县教育局" and first.implementer == "某县教师发展中心"
    assert [i.level3 for i in document.projects[1].indicators] == ["培训人次", "合格率"]


@pytest.mark.parametrize("title", ["项目名称：中小学教师培训经费", "1、中小学教师培训经费",
                                   "项目一：中小学教师培训经费"])
def test_other_title_rows_name_the_project(tmp_path, title):
    document = read_document(_workbook(tmp_path, {"title": title, "code": "130428P001"}))
    assert [p.name for p in document.projects] == ["中小学教师培训经费"]
    assert not any("项目名称" in w for w in document.warnings)


def test_a_title_row_without_a_blank_row_still_starts_a_project(tmp_path):
    book = Workbook()
    ws = book.active
    r = _block(ws, 1, "项目1：甲项目", "P1") - 1  # no blank row: the next title follows at once
    _block(ws, r, "项目2：乙项目", "P2")
    path = tmp_path / "tight.xlsx"
    book.save(path)
    assert [(p.code, p.name) for p in read_document(path).projects] == [("P1", "甲项目"), ("P2", "乙项目")]


def _plan(tmp_path, **block) -> list[tuple[int, Decimal | None]]:
    document = read_document(_workbook(tmp_path, {"title": "项目1：甲项目", "code": "P1", **block}))
    assert not any("无法归入" in w for w in document.warnings), document.warnings
    return [(point.month, point.percent) for point in document.projects[0].spending_plan]


def test_quarter_shares_are_stored_as_running_totals(tmp_path):
    assert _plan(tmp_path) == [(3, 30), (6, 55), (9, 80), (12, 100)]


def test_marked_shares_that_rise_are_still_shares(tmp_path):
    assert _plan(tmp_path, plan=(0.1, 0.2, 0.3, 0.4)) == [(3, 10), (6, 30), (9, 60), (12, 100)]


def test_unmarked_shares_that_do_not_rise_are_running_totals(tmp_path):
    assert _plan(tmp_path, note="", plan=(0.4, 0.3, 0.2, 0.1)) == [(3, 40), (6, 70), (9, 90), (12, 100)]


@pytest.mark.parametrize("plan, expected", [
    ((0.3, 0.55, 0.8, 1.0), [(3, 30), (6, 55), (9, 80), (12, 100)]),  # cumulative, as printed
    ((0.1, 0.2, 0.3, 0.4), [(3, 10), (6, 20), (9, 30), (12, 40)]),    # rising, no note: as printed
    ((0.5, 0.4, 0.75, 1.0), [(3, 50), (6, 40), (9, 75), (12, 100)]),  # a defect, kept for 体检
])
def test_an_unmarked_plan_is_kept_as_printed(tmp_path, plan, expected):
    periods = ("3月底", "6月底", "9月底", "12月底")
    assert _plan(tmp_path, note="累计支出比例", periods=periods, plan=plan) == expected


def test_a_marked_plan_that_already_reaches_100_is_cumulative(tmp_path):
    assert _plan(tmp_path, plan=(0.25, 0.5, 0.75, 1.0)) == [(3, 25), (6, 50), (9, 75), (12, 100)]


def test_scoring_and_source_columns(tmp_path):
    document = read_document(_workbook(tmp_path, {"title": "项目1：甲项目", "code": "P1"}))
    rows = document.projects[0].indicators
    assert [(i.level1, i.level2, i.value.raw, i.basis) for i in rows] == [
        ("产出指标", "数量指标", "≥300人次", "冀教财〔2024〕21号"),
        ("产出指标", "质量指标", "≥95%", "2025年度工作计划")]
    assert [ref.canonical for ref in rows[0].policy_refs] == ["冀教财〔2024〕21号"]
    assert not any("评分标准" in w or "指标来源" in w for w in document.warnings)


def test_a_project_printed_in_yuan(tmp_path):
    document = read_document(_workbook(
        tmp_path, {"title": "项目1：甲项目", "code": "P1"},
        {"title": "项目2：乙项目", "code": "P2", "total_label": "项目总额（元）",
         "money": (486000, 486000, 0)}))
    first, second = document.projects
    assert (first.unit, first.budget) == ("万元", Decimal(100))
    assert (second.unit, second.budget, second.fiscal, second.other) == (
        "元", Decimal(486000), Decimal(486000), Decimal(0))


# The workbook itself, read cell by cell with xlrd as a person would read it.

@dataclass(frozen=True)
class Reading:
    """What one project block says: as its cells print it, and as the reader read it."""

    name: str
    code: str
    unit: str
    money: tuple  # 项目总额, 财政拨款, 单位自筹
    plan: tuple  # (month, cumulative percent)
    values: tuple
    basis: tuple
    use: str
    goal: str


def _expected_projects() -> list[Reading]:
    sheet = xlrd.open_workbook(str(JIAOYU)).sheet_by_name("项目支出绩效目标表")
    out = []
    for r in range(sheet.nrows):
        title = str(sheet.cell_value(r, 0))
        if not (title.startswith("项目") and "：" in title and sheet.cell_value(r + 1, 0) == "项目编码"):
            continue
        money_label = sheet.cell_value(r + 3, 0)
        shares = [Decimal(repr(sheet.cell_value(r + 6, c))) * 100 for c in range(4)]
        assert sheet.cell_value(r + 4, 1) == SHARES_NOTE and sum(shares) == 100
        running = [sum(shares[:i + 1]) for i in range(4)]
        header = next(i for i in range(r, sheet.nrows) if sheet.cell_value(i, 0) == "一级指标")
        end = next((i for i in range(header + 1, sheet.nrows)
                    if not any(str(v).strip() for v in sheet.row_values(i))), sheet.nrows)
        out.append(Reading(
            name=title.split("：", 1)[1], code=sheet.cell_value(r + 1, 1),
            unit="元" if money_label.endswith("（元）") else "万元",
            money=tuple(Decimal(repr(sheet.cell_value(r + 3, c))) for c in (1, 3, 5)),
            plan=((3, running[0]), (6, running[1]), (9, running[2]), (12, running[3])),
            values=tuple(sheet.cell_value(i, 3) for i in range(header + 1, end)),
            basis=tuple(sheet.cell_value(i, 5) for i in range(header + 1, end)),
            use=sheet.cell_value(r + 7, 1), goal=sheet.cell_value(r + 8, 1)))
    return out


def test_the_one_sheet_workbook_reads_as_its_cells_say():
    expected = _expected_projects()
    document = read_document(JIAOYU)
    assert len(expected) == 9 and document.warnings == ()
    assert document.source.department == "肥乡区教育体育局" and document.source.year == 2025
    got = [Reading(name=p.name, code=p.code, unit=p.unit, money=(p.budget, p.fiscal, p.other),
                   plan=tuple((s.month, s.percent) for s in p.spending_plan),
                   values=tuple(i.value.raw for i in p.indicators),
                   basis=tuple(i.basis for i in p.indicators), use=p.use, goal=p.goal)
           for p in document.projects]
    assert got == expected
    assert [p.unit for p in document.projects].count("元") == 1


def test_the_one_sheet_workbooks_department_prose():
    sheet = xlrd.open_workbook(str(JIAOYU)).sheet_by_name("部门概况")
    labelled = {sheet.cell_value(r, 0): sheet.cell_value(r, 1) for r in range(sheet.nrows)}
    document = read_document(JIAOYU)
    assert [(s.path, s.text) for s in document.sections] == [
        ((sheet.cell_value(0, 0), label), labelled[label]) for label in ("部门职责", "年度总体目标")]
    assert all(s.locator.sheet == "部门概况" for s in document.sections)
