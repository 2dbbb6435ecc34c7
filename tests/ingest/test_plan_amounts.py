"""A spending plan printed as cumulative amounts in the project's money unit («时间节点 | 截至3月底 …»
over «计划累计支出 | 40.00 | 95.00 …») is kept as the cumulative percent of the budget those amounts
are; a plan of percents stays as printed, whatever its row labels say."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.tables import read_header

D = Decimal
PERIODS = ["时间节点", "截至3月底", "截至6月底", "截至9月底", "截至12月底"]


def _plan(budget: str, unit: str, label: str, figures: list[str], periods=PERIODS):
    header = read_header([["项目名称", "某某经费", "", "", ""], [f"单位：{unit}", "", "", "", ""],
                          ["资金总额", budget, "", "", ""], periods, [label, *figures]])
    return [(s.month, s.percent) for s in header.spending_plan], header.problems


@pytest.mark.parametrize(("budget", "unit", "label", "figures", "expected"), [
    ("186.00", "万元", "计划累计支出", ["40.00", "95.00", "140.00", "186.00"],
     [D("21.51"), D("51.08"), D("75.27"), D(100)]),
    ("380.00", "万元", "计划累计支出", ["0.00", "152.00", "304.00", "380.00"], [D(0), D(40), D(80), D(100)]),
    ("458000.00", "元", "计划累计支出", ["100000.00", "230000.00", "340000.00", "458000.00"],
     [D("21.83"), D("50.22"), D("74.24"), D(100)]),
    ("2,000", "万元", "累计支出金额（万元）", ["500", "1,000", "1,500", "2,000"], [D(25), D(50), D(75), D(100)]),
    # no label at all: figures above 100 cannot be percents
    ("400", "万元", "", ["100", "200", "300", "400"], [D(25), D(50), D(75), D(100)]),
    # percents, labelled as such or carrying the sign
    ("312.00", "万元", "计划累计支出比例", ["10%", "45%", "80%", "100%"], [D(10), D(45), D(80), D(100)]),
    ("312.00", "万元", "计划累计支出比例", ["10", "45", "80", "100"], [D(10), D(45), D(80), D(100)]),
    ("312.00", "万元", "计划累计支出", ["10%", "45%", "80%", "100%"], [D(10), D(45), D(80), D(100)]),
    ("312.00", "万元", "", ["10", "45", "80", "100"], [D(10), D(45), D(80), D(100)]),
])
def test_a_plan_of_amounts_is_kept_as_percents(budget, unit, label, figures, expected):
    points, problems = _plan(budget, unit, label, figures)
    assert points == list(zip((3, 6, 9, 12), expected))
    assert problems == ()


def test_amounts_without_a_budget_are_not_guessed():
    header = read_header([["项目名称", "某某经费", "", "", ""], PERIODS,
                          ["计划累计支出", "40", "95", "140", "186"]])
    assert [s.percent for s in header.spending_plan] == [None] * 4
    assert "资金支出计划按金额填写，但没有预算数，无法折算为百分比" in header.problems


def test_the_plans_own_labels_are_read_with_it():
    """«时间节点» and «计划累计支出» name the plan's rows; any other word there is still reported."""
    _, problems = _plan("186", "万元", "计划累计支出", ["40", "95", "140", "186"])
    assert problems == ()
    _, problems = _plan("186", "万元", "负责人签字", ["40", "95", "140", "186"],
                        periods=["填表说明", *PERIODS[1:]])
    assert problems == ("表头中的 «填表说明» 无法归入任何字段", "表头中的 «负责人签字» 无法归入任何字段")
