"""What eval.layout_fuzz taught the readers, each on the smallest rows that show it: a budget
labelled «年度预算», «申请金额» or «项目资金 | 150.00»; a target «不低于1200» or «1200以上» beside a
计量单位 column; a plan's shares said in its own label, or printed one period a row beside its label,
in amounts; «指标值» merged over «符号 | 数值 | 单位»; a unit line «327001临西县民政局　单位：元»."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest

from ingest import read_document
from ingest.labels import field_of
from ingest.spending_plan import read_spending_plan
from ingest.tables import read_header, read_indicators
from ingest.values import parse_value

D = Decimal


@pytest.mark.parametrize("label", ["年度预算", "申请金额（万元）", "申报资金", "本年预算数"])
def test_a_money_word_the_year_or_request_qualifies_is_the_budget(label: str) -> None:
    assert field_of(label) == "budget"


def test_a_money_block_word_stays_a_block() -> None:
    assert field_of("年度预算资金（万元）") is None


@pytest.mark.parametrize("rows", [
    [["项目资金（万元）", "150.00", "其中：财政资金", "120.00", "其他资金", "30.00"]],
    [["项目资金（万元）", "其中：财政资金", "其他资金"], ["150.00", "120.00", "30.00"]],
])
def test_a_money_block_word_beside_one_amount_is_the_budget(rows) -> None:
    header = read_header(rows)
    assert (header.budget, header.fiscal, header.other, header.unit) == (D(150), D(120), D(30), "万元")


def test_a_money_block_word_over_its_rows_is_not_read_as_an_amount() -> None:
    header = read_header([["项目资金（万元）", "合计", "150.00"], ["", "其中：财政资金", "120.00"],
                          ["", "其他资金", "30.00"]])
    assert (header.budget, header.fiscal, header.other) == (D(150), D(120), D(30))


@pytest.mark.parametrize(("value", "unit", "raw", "comparator"), [
    ("不低于1200", "人", "不低于1200人", ">="),
    ("1200以上", "人", "1200人以上", ">="),
    ("控制在10", "天", "控制在10天", "<="),
    ("≥95", "%", "≥95%", ">="),
])
def test_a_worded_target_takes_the_unit_of_its_column(value, unit, raw, comparator) -> None:
    rows = read_indicators([["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"],
                            ["产出指标", "数量指标", "救助人数", value, unit, ""]]).rows
    assert rows[0].value == raw
    parsed = parse_value(rows[0].value)
    assert (parsed.comparator, parsed.unit) == (comparator, unit)


def test_a_second_header_row_names_the_parts_of_a_merged_target() -> None:
    table = [["一级指标", "二级指标", "三级指标", "年度指标值", "", "", "指标值确定依据"],
             ["", "", "", "符号", "数值", "计量单位", ""],
             ["产出指标", "数量指标", "培训次数", "≥", "3", "次", "冀财社〔2024〕12号"]]
    rows = read_indicators(table).rows
    assert [(r.level3, r.value, r.basis) for r in rows] == [("培训次数", "≥3次", "冀财社〔2024〕12号")]


def test_a_data_row_under_the_header_is_not_a_second_header() -> None:
    table = [["一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位", "备注"],
             ["产出指标", "数量指标", "培训次数", "≥", "3", "次", ""]]
    assert [r.value for r in read_indicators(table).rows] == ["≥3次"]


def test_shares_said_in_the_plans_own_label_are_summed() -> None:
    grid = [["分季度用款计划（%）", "一季度", "二季度", "三季度", "四季度"],
            ["", "25%", "25%", "30%", "20%"]]
    points, _, _ = read_spending_plan(grid)
    assert [p.percent for p in points] == [D(25), D(50), D(80), D(100)]


def test_a_plan_one_period_a_row_beside_its_label() -> None:
    grid = [["资金支出计划（%）", "3月底", "25%"], ["", "6月底", "50%"], ["", "9月底", "75%"],
            ["", "12月底", "100%"]]
    points, _, problems = read_spending_plan(grid)
    assert [(p.month, p.percent) for p in points] == [(3, D(25)), (6, D(50)), (9, D(75)), (12, D(100))]
    assert problems == []


def test_a_plan_of_amounts_one_period_a_row() -> None:
    grid = [["资金支出计划（累计金额，元）", "一季度", "375000.00"], ["", "二季度", "750000.00"],
            ["", "三季度", "1125000.00"], ["", "四季度", "1500000.00"]]
    points, _, _ = read_spending_plan(grid, D(1500000), "元")
    assert [p.percent for p in points] == [D(25), D(50), D(75), D(100)]


def test_a_unit_line_after_the_budget_units_code_and_name(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("1.临时救助工作经费绩效目标表")
    document.add_paragraph("327001临西县民政局　　单位：元")
    rows = [["项目名称", "临时救助工作经费", "预算数", "455000.00"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "救助人次", "≥100人次"]]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(tmp_path / "unit.docx")
    project = read_document(tmp_path / "unit.docx").projects[0]
    assert (project.unit, project.budget, project.department) == ("元", D("455000.00"), "临西县民政局")
