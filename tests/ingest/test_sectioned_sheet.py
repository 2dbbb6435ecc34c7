"""A workbook whose project sheets are split into numbered parts: «一、项目基本信息» over a vertical
list of labels (项目负责单位, 预算单位 «217001XXX», 项目年度绩效目标), «二、资金支出计划（累计）» over
rows «截至3月末累计支出 | 25%», «三、绩效指标» over the indicators, and a sign-off line under them.
Each mechanism is tested alone on a small sheet built here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from ingest import read_document
from ingest.spending_plan import read_spending_plan

HEADER = (("项目名称", "农村公路养护资金"), ("项目编码", "13040725P00NCGL10001A"),
          ("预算单位", "217001某区交通运输局"), ("项目负责单位", "某区农村公路养护中心"),
          ("项目类别", "特定目标类"), ("资金总额（元）", 3860000), ("其中：一般公共预算", 2860000),
          ("其中：政府性基金", 1000000), ("其他资金", 0),
          ("资金用途", "用于全区420公里农村公路日常养护及水毁路段修复。"),
          ("项目年度绩效目标", "完成农村公路日常养护里程420公里以上，保障群众安全便捷出行。"))
PLAN = (("截至3月末累计支出", 0.25), ("截至6月末累计支出", 0.5), ("截至9月末累计支出", 0.75),
        ("截至12月末累计支出", 1.0))
INDICATORS = (("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "权重（%）", "指标值设定依据"),
              ("产出指标", "数量指标", "日常养护里程", "≥", 420, "公里", 50, "2025年度工作计划"),
              ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%", 50, "问卷调查"))
SIGN_OFF = "填报人：王立新    联系电话：0310-8523316    填报日期：2025年1月15日"


def _sheet(ws, *, captions=True, plan=PLAN, header=HEADER, sign_off=SIGN_OFF) -> None:
    """One project sheet laid out the way the export does."""
    ws.cell(1, 1, "某区交通运输局2025年度项目支出绩效目标表").font = Font(bold=True)
    ws.merge_cells("A1:H1")
    ws.cell(2, 1, "预算单位：217001某区交通运输局")
    ws.cell(2, 8, "金额单位：元")
    r = 3
    parts = (("一、项目基本信息", header), ("二、资金支出计划（累计）", plan), ("三、绩效指标", None))
    for caption, lines in parts:
        if captions:
            ws.cell(r, 1, caption).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
        for line in lines if lines is not None else INDICATORS:
            if lines is None:
                for c, value in enumerate(line, start=1):
                    ws.cell(r, c, value)
            else:
                ws.cell(r, 1, line[0])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
                cell = ws.cell(r, 3, line[1])
                if isinstance(line[1], float):
                    cell.number_format = "0%"
                elif isinstance(line[1], int):
                    cell.number_format = "#,##0.00"
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            r += 1
    if sign_off:
        ws.cell(r + 1, 1, sign_off)


def _read(tmp_path: Path, **layout):
    book = Workbook()
    _sheet(book.active, **layout)
    book.active.title = "1-农村公路养护"
    path = tmp_path / "sectioned.xlsx"
    book.save(path)
    return read_document(path)


def test_plan_table_under_its_caption_continues_the_project(tmp_path):
    document = _read(tmp_path)
    assert len(document.projects) == 1
    project = document.projects[0]
    assert project.code == "13040725P00NCGL10001A"
    assert len(project.indicators) == 2
    assert not any("跳过" in w or "没有项目" in w for w in document.warnings), document.warnings


def test_vertical_plan_rows_are_cumulative_percents(tmp_path):
    plan = _read(tmp_path).projects[0].spending_plan
    assert [(p.month, p.percent) for p in plan] == [(3, 25), (6, 50), (9, 75), (12, 100)]


def test_plan_down_a_column_read_alone():
    grid = [["截至3月末累计支出", "", "30%"], ["截至6月末累计支出", "", "60%"], ["资金用途", "", "修路"]]
    points, cells, problems = read_spending_plan(grid)
    assert [(p.month, p.percent) for p in points] == [(3, Decimal(30)), (6, Decimal(60))]
    assert cells == {(0, 0), (0, 2), (1, 0), (1, 2)} and not problems


def test_one_period_row_is_not_a_plan():
    points, cells, _ = read_spending_plan([["截至3月末累计支出", "30%"], ["资金用途", "修路"]])
    assert points == () and not cells


def test_label_forms_implementer_goal_and_coded_department(tmp_path):
    document = _read(tmp_path)
    project = document.projects[0]
    assert project.implementer == "某区农村公路养护中心"
    assert project.department == "某区交通运输局"
    assert document.source.department == "某区交通运输局"
    assert project.goal.startswith("完成农村公路日常养护里程420公里")
    assert project.attributes == (("项目类别", "特定目标类"),)


def test_money_in_yuan_with_parts(tmp_path):
    project = _read(tmp_path).projects[0]
    assert project.unit == "元"
    assert (project.budget, project.fiscal, project.other) == (Decimal("3860000.00"), Decimal("3860000.00"),
                                                              Decimal("0.00"))
    assert [(p.label, p.amount) for p in project.parts] == [("一般公共预算", Decimal("2860000.00")),
                                                            ("政府性基金", Decimal("1000000.00"))]


def test_direction_column_is_the_comparator_and_weight_not_a_target(tmp_path):
    first = _read(tmp_path).projects[0].indicators[0]
    assert (first.value.comparator, first.value.number, first.value.unit) == (">=", Decimal(420), "公里")


def test_sign_off_line_is_not_a_stray_passage(tmp_path):
    warnings = _read(tmp_path).warnings
    assert not any("未收录" in w for w in warnings), warnings
