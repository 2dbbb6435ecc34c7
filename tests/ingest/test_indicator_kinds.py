"""指标方向 in words gives a bare number its comparator; 指标性质/指标类型 says 定量 or 定性 and the
分值/权重 column the row's weight (Indicator.nature, Indicator.weight), in tables and documents."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest import read_document
from ingest.tables import read_indicators, weight_of

DOCS = Path(__file__).parents[2] / "eval"
HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "度量单位", "分值", "指标值确定依据"]


@pytest.mark.parametrize(("direction", "value", "joined"), [
    ("正向", "5200", "≥5200人"), ("反向", "30", "≤30人"), ("等于", "100", "=100人"),
    ("越大越好", "12", "≥12人"), ("越小越好", "3", "≤3人"), ("≥", "7", "≥7人"),
    ("正向", "≥95", "≥95人"),  # a comparator in the value cell stays the value's own
])
def test_a_direction_gives_a_bare_number_its_comparator(direction, value, joined):
    (row,) = read_indicators([HEADER, ["产出指标", "数量指标", "人数", "定量", direction, value, "人", "10",
                                       "计划"]]).rows
    assert row.value == joined


def test_nature_and_weight_as_printed():
    reading = read_indicators([HEADER,
                               ["产出指标", "数量指标", "人数", "定量", "正向", "5200", "人", "15", "计划"],
                               ["效益指标", "社会效益指标", "保障水平", "定性", "", "有效提升", "", "30", "计划"]])
    assert [(r.nature, weight_of(r.weight), r.value) for r in reading.rows] == [
        ("定量", Decimal("15"), "≥5200人"), ("定性", Decimal("30"), "有效提升")]
    assert reading.problems == ()


def test_a_nature_column_holding_signs_is_the_comparator_too():
    """The national form: 指标性质 holds ≥ ≤ = 定性; a sign there marks a 定量 row."""
    header = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值设定依据"]
    rows = read_indicators([header, ["产出指标", "数量指标", "户数", "≥", "150", "户", "计划"],
                            ["效益指标", "社会效益指标", "便利程度", "定性", "明显提升", "", "计划"]]).rows
    assert [(r.value, r.nature) for r in rows] == [("≥150户", "定量"), ("明显提升", "定性")]


def test_no_nature_where_the_table_does_not_sort_its_rows():
    rows = read_indicators([["一级指标", "三级指标", "符号", "指标值"], ["产出指标", "户数", "≥", "150户"]]).rows
    assert [(r.value, r.nature, r.weight) for r in rows] == [("≥150户", "", "")]


@pytest.mark.parametrize(("cell", "weight"), [("10", Decimal(10)), ("15%", Decimal(15)), ("5分", Decimal(5)),
                                              ("2.5", Decimal("2.5")), ("", None), ("—", None)])
def test_weight_of(cell, weight):
    assert weight_of(cell) == weight


def test_documents_that_print_weights_and_natures():
    """sifa prints 分值, jiaotongfx 权重（%） and 定性 in its 指标方向 column, shijian 指标性质."""
    sifa = read_document(DOCS / "dev/docs/sifa-2025.docx").projects
    assert all(i.weight is not None and i.nature == "" for p in sifa for i in p.indicators)
    # the 分值 cells of each project add up to 90 (the form keeps 10 for budget execution)
    assert {sum(i.weight for i in p.indicators) for p in sifa} == {90}
    roads_projects = read_document(DOCS / "dev/docs/jiaotongfx-2025.xlsx").projects
    assert {sum(i.weight for i in p.indicators) for p in roads_projects} == {100}
    roads = roads_projects[0].indicators
    assert {i.nature for i in roads} == {"定量", "定性"}
    assert all(i.value.comparator for i in roads if i.nature == "定量")
    shijian = [i for p in read_document(DOCS / "heldout/docs/shijian-2025.docx").projects
               for i in p.indicators]
    assert {i.nature for i in shijian} == {"定量", "定性"} and all(i.weight is None for i in shijian)
