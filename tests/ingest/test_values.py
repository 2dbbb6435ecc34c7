"""指标值 cells, header money and spending-plan percents, checked against the sample document."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ingest.records import Value
from ingest.values import (
    base_unit_of,
    find_quantities,
    parse_money,
    parse_percent,
    parse_quantity,
    parse_value,
)

SAMPLE = Path(__file__).parents[2] / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.txt"
D = Decimal


def v(raw, comparator=None, number=None, unit=None, normalized=None, base_unit=None,
      deadline=None):
    return Value(raw=raw, comparator=comparator, number=None if number is None else D(number),
                 unit=unit, normalized=None if normalized is None else D(normalized),
                 base_unit=base_unit, deadline=deadline)


# Every distinct measurable 指标值 in the sample, as it is written there.
SAMPLE_VALUES = {
    "≥1次": v("≥1次", ">=", "1", "次", "1", "次"),
    "≥2次": v("≥2次", ">=", "2", "次", "2", "次"),
    "≥2个": v("≥2个", ">=", "2", "个", "2", "个"),
    "≥3%": v("≥3%", ">=", "3", "%", "3", "%"),
    "≥80%": v("≥80%", ">=", "80", "%", "80", "%"),
    "≥85%": v("≥85%", ">=", "85", "%", "85", "%"),
    "≥90%": v("≥90%", ">=", "90", "%", "90", "%"),
    "≥98%": v("≥98%", ">=", "98", "%", "98", "%"),
    "100%": v("100%", None, "100", "%", "100", "%"),
    "≤150万元": v("≤150万元", "<=", "150", "万元", "1500000", "元"),
    "≤6万元": v("≤6万元", "<=", "6", "万元", "60000", "元"),
    "≥100万元": v("≥100万元", ">=", "100", "万元", "1000000", "元"),
    "10万元": v("10万元", None, "10", "万元", "100000", "元"),
    "99万元": v("99万元", None, "99", "万元", "990000", "元"),
    "131.9万元": v("131.9万元", None, "131.9", "万元", "1319000", "元"),
    "177万元": v("177万元", None, "177", "万元", "1770000", "元"),
    "285.2万元": v("285.2万元", None, "285.2", "万元", "2852000", "元"),
    "296万元": v("296万元", None, "296", "万元", "2960000", "元"),
    "800万元": v("800万元", None, "800", "万元", "8000000", "元"),
    "1468.8万元": v("1468.8万元", None, "1468.8", "万元", "14688000", "元"),
    "5859万元": v("5859万元", None, "5859", "万元", "58590000", "元"),
    "8000万元": v("8000万元", None, "8000", "万元", "80000000", "元"),
    "20114万元": v("20114万元", None, "20114", "万元", "201140000", "元"),
    "≥50万人": v("≥50万人", ">=", "50", "万人", "500000", "人"),
    "≥500人": v("≥500人", ">=", "500", "人", "500", "人"),
    "≥680人": v("≥680人", ">=", "680", "人", "680", "人"),
    "35人": v("35人", None, "35", "人", "35", "人"),
    "35个": v("35个", None, "35", "个", "35", "个"),
    "1个": v("1个", None, "1", "个", "1", "个"),
    "0起": v("0起", None, "0", "起", "0", "起"),
    "≥2.5万": v("≥2.5万", ">=", "2.5", "万", "25000", None),
    "≥36.5元/人/月": v("≥36.5元/人/月", ">=", "36.5", "元/人/月", "36.5", "元/人/月"),
    "≥123元/人/月": v("≥123元/人/月", ">=", "123", "元/人/月", "123", "元/人/月"),
    "2025年10月前完工": v("2025年10月前完工", "<=", deadline=date(2025, 10, 31)),
    "2025年1月28日前": v("2025年1月28日前", "<=", deadline=date(2025, 1, 28)),
}

SAMPLE_QUALITATIVE = [
    "有效保障", "公平可持续", "有利促进创业工作", "有利促进社会稳定", "帮扶劳动者自主创业",
    "有效保障了就业形势的稳定", "对符合要求的基地及时发放补贴", "提升当地公共职业技能培训基础能力",
    "培训人员就业能力和收入有所提升", "保障离退休老干部生活质量", "提升人社服务水平和质量",
    "促进就业发展、提升社保经办水平。", "制度落实，促进城乡居民基本养老保险制度长期运行",
    "通过落实城乡居民基本养老保险政策促进社会稳定，提高社会效益。",
    "通过发放养老金到达维护社会稳定 ，城乡居民基本养老保险制度长期可持续",
    "按计划每月月底完成发放",
]


def sample_cells() -> set[str]:
    return {line[1:] for line in SAMPLE.read_text(encoding="utf-8").splitlines()
            if line.startswith("\t")}


@pytest.mark.parametrize("cell", list(SAMPLE_VALUES))
def test_sample_value_parses_exactly(cell):
    assert parse_value(cell) == SAMPLE_VALUES[cell]


@pytest.mark.parametrize("cell", SAMPLE_QUALITATIVE)
def test_sample_qualitative_value_keeps_only_raw(cell):
    assert parse_value(cell) == Value(raw=cell)
    assert not parse_value(cell).is_measurable


def test_the_tables_above_are_cells_of_the_sample():
    cells = sample_cells()
    assert set(SAMPLE_VALUES) <= cells
    assert set(SAMPLE_QUALITATIVE) <= cells


def test_every_sample_cell_with_a_sign_parses_to_a_comparison():
    signed = [cell for cell in sample_cells() if cell.startswith(("≥", "≤"))]
    assert len(signed) == 17
    for cell in signed:
        value = parse_value(cell)
        assert value.comparator in (">=", "<="), cell
        assert value.number is not None, cell


def test_decimals_stay_exact():
    assert parse_value("1468.8万元").normalized == D("14688000")
    assert str(parse_value("≥36.5元/人/月").number) == "36.5"
    assert str(parse_value("≥2.5万").normalized) == "25000"
    assert parse_value("0.1万元").normalized == D("1000")


@pytest.mark.parametrize("cell, comparator, number, unit", [
    ("不低于90%", ">=", "90", "%"),
    ("不少于500人", ">=", "500", "人"),
    ("至少2次", ">=", "2", "次"),
    ("90%以上", ">=", "90", "%"),
    ("500人及以上", ">=", "500", "人"),
    ("达到100%", ">=", "100", "%"),
    ("大于等于85%", ">=", "85", "%"),
    ("不超过150万元", "<=", "150", "万元"),
    ("不高于5%", "<=", "5", "%"),
    ("6万元以下", "<=", "6", "万元"),
    ("6万元及以下", "<=", "6", "万元"),
    ("控制在150万元以内", "<=", "150", "万元"),
    ("3个工作日内", "<=", "3", "个工作日"),
    ("低于3%", "<", "3", "%"),
    ("小于5%", "<", "5", "%"),
    ("高于80%", ">", "80", "%"),
    ("超过2次", ">", "2", "次"),
    ("大于1个", ">", "1", "个"),
    ("为67元", "=", "67", "元"),
    ("等于100%", "=", "100", "%"),
    ("＞80％", ">", "80", "%"),
    ("＜5％", "<", "5", "%"),
    ("＝100％", "=", "100", "%"),
    (">=85%", ">=", "85", "%"),
    ("<=6万元", "<=", "6", "万元"),
    ("≧85%", ">=", "85", "%"),
    ("≦6万元", "<=", "6", "万元"),
    ("> 2 次", ">", "2", "次"),
])
def test_comparator_forms(cell, comparator, number, unit):
    value = parse_value(cell)
    assert (value.comparator, value.number, value.unit) == (comparator, D(number), unit)


@pytest.mark.parametrize("cell, number, unit, normalized, base_unit", [
    ("百分之九十", "90", "%", "90", "%"),
    ("百分之百", "100", "%", "100", "%"),
    ("百分之九十五点五", "95.5", "%", "95.5", "%"),
    ("九十人", "90", "人", "90", "人"),
    ("两次", "2", "次", "2", "次"),
    ("十六人", "16", "人", "16", "人"),
    ("一万五千人", "15000", "人", "15000", "人"),
    ("两万人", "2", "万人", "20000", "人"),
    ("八千万元", "8000", "万元", "80000000", "元"),
    ("1,000人", "1000", "人", "1000", "人"),
    ("1,468.80万元", "1468.80", "万元", "14688000", "元"),
    ("１００％", "100", "%", "100", "%"),
    ("1.5亿元", "1.5", "亿元", "150000000", "元"),
    ("5千元", "5", "千元", "5000", "元"),
    ("30名", "30", "名", "30", "人"),
    ("3万人次", "3", "万人次", "30000", "人次"),
    ("10天", "10", "天", "10", "天"),
    ("5日", "5", "日", "5", "天"),
    ("24小时", "24", "小时", "24", "小时"),
    ("12个月", "12", "个月", "12", "月"),
    ("3件", "3", "件", "3", "件"),
    ("2所", "2", "所", "2", "所"),
    ("100户", "100", "户", "100", "户"),
    ("20家", "20", "家", "20", "家"),
    ("1200人次", "1200", "人次", "1200", "人次"),
    ("90分", "90", "分", "90", "分"),
    ("5000平方米", "5000", "平方米", "5000", "平方米"),
    ("3年", "3", "年", "3", "年"),
    ("2万元/人", "2", "万元/人", "20000", "元/人"),
    ("600元/人/年", "600", "元/人/年", "600", "元/人/年"),
])
def test_numbers_and_units(cell, number, unit, normalized, base_unit):
    value = parse_value(cell)
    assert value.comparator is None
    assert (value.number, value.unit, value.normalized, value.base_unit) == (
        D(number), unit, D(normalized), base_unit)


def test_a_cell_that_is_only_a_number_has_no_unit():
    assert parse_value("85") == v("85", None, "85", None, "85", None)
    assert parse_value("≥ 85") == v("≥ 85", ">=", "85", None, "85", None)
    assert parse_value("150.00") == v("150.00", None, "150.00", None, "150", None)


@pytest.mark.parametrize("cell, year, comparator, deadline", [
    ("2025年10月前完工", None, "<=", date(2025, 10, 31)),
    ("2025年1月28日前", None, "<=", date(2025, 1, 28)),
    ("2025年2月底前", None, "<=", date(2025, 2, 28)),
    ("2024年2月底", None, "<=", date(2024, 2, 29)),
    ("2025年底前", None, "<=", date(2025, 12, 31)),
    ("2025年10月份前", None, "<=", date(2025, 10, 31)),
    ("截至2025年6月30日", None, "<=", date(2025, 6, 30)),
    ("2025年6月30日", None, None, date(2025, 6, 30)),
    ("2025年", None, None, date(2025, 12, 31)),
    ("年底前", None, "<=", None),
    ("年底前", 2025, "<=", date(2025, 12, 31)),
    ("12月底前", None, "<=", None),
    ("12月底前", 2025, "<=", date(2025, 12, 31)),
    ("6月底前完成", 2025, "<=", date(2025, 6, 30)),
    ("2024年12月底前", 2025, "<=", date(2024, 12, 31)),
])
def test_deadlines(cell, year, comparator, deadline):
    value = parse_value(cell, year=year)
    assert (value.comparator, value.deadline, value.number) == (comparator, deadline, None)
    assert value.raw == cell


@pytest.mark.parametrize("cell", [
    "2025年度工作计划", "完成2025年度工作任务", "2月30日前", "", "  "])
def test_not_a_deadline(cell):
    assert parse_value(cell) == Value(raw=cell)


def test_find_quantities_in_descriptions():
    assert find_quantities("慰问县级离退休老干部及遗孀33人") == [
        v("33人", None, "33", "人", "33", "人")]
    assert find_quantities("每年为每位符合条件的困难人员代缴67元，全年代缴金额。") == [
        v("67元", None, "67", "元", "67", "元")]
    assert find_quantities("每年至少一次大楼维修维护") == [
        v("至少一次", ">=", "1", "次", "1", "次")]
    assert find_quantities("年发放100万元以上的创业担保贷款，促进创业就业") == [
        v("100万元以上", ">=", "100", "万元", "1000000", "元")]
    assert find_quantities("给予符合条件的缴费困难群体百分百代缴养老保险费") == [
        v("百分百", None, "100", "%", "100", "%")]
    assert find_quantities("创业担保基金代偿率=代偿金额/担保责任余额*100%") == [
        v("100%", None, "100", "%", "100", "%")]


def test_find_quantities_lists_every_one_in_order():
    found = find_quantities("参保≥50万人，发放8000万元，每人≥36.5元/人/月，2025年10月前完工")
    assert [value.raw for value in found] == [
        "≥50万人", "8000万元", "≥36.5元/人/月", "2025年10月前"]
    assert found[-1].deadline == date(2025, 10, 31)


@pytest.mark.parametrize("text", [
    "2025年工作计划", "2025年度工作计划", "13043425P00000110011H",
    "316001魏县人力资源和社会保障局本级",
    "冀人社规〔2018〕8号、冀人社规【2019】2号文", "县长办公会议纪要十六届【2020】62号",
    "2.2025年创业贷款贴息资金绩效目标表", "1.聚力引人才，助推经济高质量发展。",
    "以“5+N”劳动争议调解机制", "12345热线", "一次性补贴", "三分之一", "十分重要",
    "提前下达2025年中央就业补助资金", "确保10月份前建成投入使用", "按计划每月月底完成发放",
])
def test_no_quantities_in_labels_codes_and_refs(text):
    assert find_quantities(text) == []


def test_deadline_in_running_text_needs_a_year():
    assert find_quantities("确保10月份前建成投入使用", year=2025) == [
        v("10月份前", "<=", deadline=date(2025, 10, 31))]


@pytest.mark.parametrize("question, expected", [
    ("参保人数不少于50万人的项目有哪些？", v("不少于50万人", ">=", "50", "万人", "500000", "人")),
    ("预算超过1,000万元的项目", v("超过1,000万元", ">", "1000", "万元", "10000000", "元")),
    ("满意度低于90%的指标", v("低于90%", "<", "90", "%", "90", "%")),
    ("哪些项目的成本在100万元以下", v("100万元以下", "<=", "100", "万元", "1000000", "元")),
    ("预算大于100的项目", v("大于100", ">", "100", None, "100", None)),
    ("2025年的项目里覆盖率达90%的有几个", v("达90%", ">=", "90", "%", "90", "%")),
])
def test_parse_quantity_in_questions(question, expected):
    assert parse_quantity(question) == expected


def test_parse_quantity_none_without_quantity():
    assert parse_quantity("社会保障工作经费的绩效目标是什么") is None


@pytest.mark.parametrize("unit, base, factor", [
    ("万人", "人", "10000"), ("万元", "元", "10000"), ("亿元", "元", "100000000"),
    ("千元", "元", "1000"), ("元", "元", "1"), ("万", None, "10000"), ("亿", None, "100000000"),
    ("名", "人", "1"), ("%", "%", "1"), ("元/人/月", "元/人/月", "1"),
    ("万元/人", "元/人", "10000"), ("人", "人", "1"), ("起", "起", "1"), (None, None, "1"),
])
def test_base_unit_of(unit, base, factor):
    assert base_unit_of(unit) == (base, D(factor))


@pytest.mark.parametrize("cell, expected", [
    ("150.00", D("150.00")), ("8000.00", D("8000.00")), (" ", None), ("", None), ("—", None),
    ("1,468.80", D("1468.80")), ("500万元", D("500")), ("5000000元", D("500")),
    ("1亿元", D("10000")), ("１５０.００", D("150.00")),
])
def test_parse_money(cell, expected):
    assert parse_money(cell) == expected


def test_parse_money_in_yuan():
    assert parse_money("150万元", unit="元") == D("1500000")
    assert parse_money("150.00", unit="元") == D("150.00")


def test_parse_money_rejects_text():
    with pytest.raises(ValueError, match="待定"):
        parse_money("待定")


@pytest.mark.parametrize("cell, expected", [
    ("25%", D("25")), ("100％", D("100")), (" ", None), ("50", D("50")), ("0.5", D("0.5")),
    ("12.5 %", D("12.5")),
])
def test_parse_percent(cell, expected):
    assert parse_percent(cell) == expected


def test_parse_percent_rejects_text():
    with pytest.raises(ValueError, match="三月"):
        parse_percent("三月")


def test_sample_header_cells():
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    budgets = [parse_money(lines[i + 1]) for i, line in enumerate(lines) if line == "\t预算数"]
    assert len(budgets) == 14
    assert sum(budgets) == D("37106.90")
    plan = [parse_percent(line) for line in lines[53:80] if line.endswith("%")]
    assert plan == [D(25), D(50), D(75), D(100)]


def test_bare_wan_takes_its_unit_from_the_indicator_name():
    from ingest.values import with_context_unit

    v = with_context_unit(parse_value("≥2.5万"), "城乡居民基本养老保险代缴人数")
    assert (v.normalized, v.base_unit) == (Decimal("25000"), "人")
    assert with_context_unit(parse_value("≥2.5万"), "完成率").base_unit is None
    assert with_context_unit(parse_value("≥85%"), "人数") == parse_value("≥85%")


@pytest.mark.parametrize("cell, comparator, number, unit, base_unit", [
    ("每人每月不低于700元", ">=", "700", "元/人/月", "元/人/月"),
    ("每人不超过600元", "<=", "600", "元/人", "元/人"),
    ("每亩60元", None, "60", "元/亩", "元/亩"),
    ("每人每年1.2万元", None, "1.2", "万元/人/年", "元/人/年"),
    ("≥123元/人/月", ">=", "123", "元/人/月", "元/人/月"),  # said after: unchanged
    ("每万人口3人", None, "3", "人", "人"),  # «每万» is no unit of the amount
])
def test_a_rate_said_before_the_amount(cell, comparator, number, unit, base_unit):
    """«每人每月不低于700元» is a standard per person and month, as «≥700元/人/月» is."""
    value = parse_value(cell)
    assert (value.comparator, value.number, value.unit, value.base_unit) == (comparator, D(number), unit, base_unit)
