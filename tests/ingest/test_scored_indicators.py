"""An indicator table printed for scoring: 分值 before 指标值, 评分标准 beside it, and a last row
«分值合计 | 100» adding up the weights. The weights and rules are no targets, the total row is no
indicator, and a column naming a 依据 («指标值设定依据及数据来源») is the basis column."""

from __future__ import annotations

import pytest

from ingest.tables import indicator_columns, read_indicators

HEADER = ["一级指标", "二级指标", "三级指标", "分值", "指标值", "评分标准", "指标值设定依据"]
ROWS = [["产出指标", "数量指标", "应急演练场次", "10", "≥12场", "每少1场扣1分", "冀应急〔2024〕17号"],
        ["", "", "基层应急救援培训", "10", "≥1500人次", "完成目标值得满分", "2025年度工作计划"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "80", "≥85%", "完成目标值得满分", "满意度问卷调查"]]


@pytest.mark.parametrize("total", [
    ["分值合计", "", "", "100", "", "", ""],  # merged over the first three columns
    ["分值合计", "分值合计", "分值合计", "100", "", "", ""],  # printed in each of them
    ["合计", "", "", "100", "", "", ""],
    ["总分", "", "总分", "100", "", "", ""],
])
def test_the_weights_are_no_targets_and_their_total_no_indicator(total):
    reading = read_indicators([HEADER, *ROWS, total])
    assert [(r.level1, r.level2, r.level3, r.value, r.basis) for r in reading.rows] == [
        ("产出指标", "数量指标", "应急演练场次", "≥12场", "冀应急〔2024〕17号"),
        ("产出指标", "数量指标", "基层应急救援培训", "≥1500人次", "2025年度工作计划"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%", "满意度问卷调查")]
    assert reading.problems == ()


def test_an_indicator_named_like_a_total_is_kept():
    """Only the 一级指标 cell says a row is the total: «合计» as a 三级指标 is an indicator."""
    reading = read_indicators([HEADER, ["产出指标", "成本指标", "合计", "10", "≤50万元", "", "预算"]])
    assert [r.level3 for r in reading.rows] == ["合计"]


@pytest.mark.parametrize(("label", "column"), [
    ("指标值设定依据及数据来源", "basis"),
    ("指标值确定依据", "basis"),
    ("测算依据", "basis"),
    ("评分标准", None),
    ("分值", "weight"),  # the row's weight (Indicator.weight), not its basis
    ("指标值说明", "description"),  # what the target means: no basis, the row's description
])
def test_the_basis_column_by_its_words(label, column):
    columns = indicator_columns(["一级指标", "三级指标", "指标值", label])
    assert {c: f for f, c in columns.items()}.get(3) == column
