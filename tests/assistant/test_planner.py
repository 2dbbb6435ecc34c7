"""The planner: many wordings of a question give the same typed plan."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from assistant.planner import plan_question
from assistant.question import cn_to_int, quantities


@pytest.fixture(scope="module")
def catalog(assistant):
    return assistant.engine.catalog


def plan(catalog, question, conversation=None):
    return plan_question(question, catalog, conversation or Conversation())


@pytest.mark.parametrize("question, comparator, number, unit", [
    ("满意度目标在90%及以上", ">=", 90, "%"),
    ("满意度不低于90%的", ">=", 90, "%"),
    ("满意度至少百分之九十", ">=", 90, "%"),
    ("满意度≥90%", ">=", 90, "%"),
    ("满意度高于85%", ">", 85, "%"),
    ("满意度超过85%", ">", 85, "%"),
    ("满意度低于85%", "<", 85, "%"),
    ("满意度不超过85%", "<=", 85, "%"),
    ("满意度在85%以下", "<=", 85, "%"),
    ("满意度等于100%", "=", 100, "%"),
    ("满意度为100%", "=", 100, "%"),
    ("参保人数不少于500人", ">=", 500, "人"),
    ("预算超过1000万元", ">", 1000, "万元"),
    ("预算在10万元及以下", "<=", 10, "万元"),
])
def test_threshold_wordings(question, comparator, number, unit):
    (t,) = quantities(question, question)
    assert (t.comparator, t.number, t.unit) == (comparator, Decimal(number), unit)


def test_range_and_chinese_numerals():
    (t,) = quantities("预算在100到500万元之间", "预算在100到500万元之间")
    assert (t.comparator, t.number, t.upper, t.unit) == ("between", 100, 500, "万元")
    assert cn_to_int("九十") == 90 and cn_to_int("十六") == 16 and cn_to_int("三百五十") == 350
    assert quantities("3月底前支出", "3月底前支出") == []  # a period, not a threshold


@pytest.mark.parametrize("question", [
    "哪些项目的满意度目标在90%及以上？",
    "满意度指标值不低于90%的项目有哪些",
    "列出满意度至少百分之九十的项目",
    "满意度≥90%的项目",
])
def test_satisfaction_filter(catalog, question):
    p = plan(catalog, question)
    assert p.kind == "list" and p.subject == "indicators"
    assert (p.level1 == "满意度") or (p.indicator_topic == "满意度")
    assert p.threshold.comparator == ">=" and p.threshold.number == 90


@pytest.mark.parametrize("question, level2", [
    ("哪些项目设置了经济效益指标？", "经济效益"),
    ("有社会效益指标的项目", "社会效益"),
    ("可持续影响指标有哪些", "可持续影响"),
    ("时效指标要求达到100%的项目", "时效"),
    ("质量指标目标值为100%的项目有哪些？", "质量"),
])
def test_level2_filters(catalog, question, level2):
    p = plan(catalog, question)
    assert p.subject == "indicators" and p.level2 == level2


@pytest.mark.parametrize("question, kind, target", [
    ("预算超过1000万元的项目有哪些？", "list", "budget"),
    ("预算在10万元及以下的项目有哪些？", "list", "budget"),
    ("预算不到100万元的项目有几个", "count", "budget"),
    ("财政资金超过5000万元的项目", "list", "fiscal"),
])
def test_money_filters(catalog, question, kind, target):
    p = plan(catalog, question)
    assert (p.kind, p.target) == (kind, target)


@pytest.mark.parametrize("question, kind", [
    ("人社局全部项目预算合计多少万元？", "sum"),
    ("所有项目的预算加起来是多少", "sum"),
    ("预算总额是多少", "sum"),
    ("一共有多少个预算项目？", "count"),
    ("共有几个项目", "count"),
    ("预算最高的项目是哪个？", "max"),
    ("哪个项目的预算最少", "min"),
    ("财政资金占比多少", "share"),
])
def test_aggregates(catalog, question, kind):
    assert plan(catalog, question).kind == kind


@pytest.mark.parametrize("question, month", [
    ("哪些项目要求3月底前资金支出达到100%？", 3),
    ("一季度全部支出的项目", 3),
    ("6月底资金支出进度达到50%的项目有哪些", 6),
    ("上半年支出进度达到100%的项目", 6),
])
def test_spending_plan(catalog, question, month):
    p = plan(catalog, question)
    assert (p.kind, p.target, p.period) == ("list", "spending", month)


@pytest.mark.parametrize("question", [
    "哪些项目引用了冀人社规〔2018〕8号",
    "哪些项目引用了冀人社规[2018]8号",
    "冀人社规【2018】8号文是哪些项目的依据？",
    "依据冀人社规(2018)8号的项目",
])
def test_policy_reference_spellings(catalog, question):
    p = plan(catalog, question)
    assert p.kind == "list" and p.ref.canonical == "冀人社规〔2018〕8号"


def test_lookup_by_code_and_name(catalog):
    assert plan(catalog, "项目编码13043425P00F4DC10002B对应哪个项目？").anchor == "code"
    p = plan(catalog, "劳务派遣人员工资项目的预算是多少？")
    assert (p.kind, p.field, p.anchor) == ("field", "budget", "name")


def test_topic_category(catalog):
    p = plan(catalog, "创业类的项目有哪些？")
    assert p.anchor == "topic" and len(p.project_ids) == 2


def test_follow_up_uses_previous_projects(assistant, catalog):
    conversation = Conversation()
    assistant.ask("劳务派遣人员工资项目的预算是多少？", conversation)
    p = plan(catalog, "它的满意度目标呢？", conversation)
    assert p.anchor == "follow-up" and len(p.project_ids) == 1


@pytest.mark.parametrize("question", [
    "教育局2025年的项目预算是多少？",
    "卫健委有哪些项目",
    "2019年的预算合计多少",
    "项目编码13043425P99999999999X的预算",
])
def test_out_of_scope(catalog, question):
    assert plan(catalog, question).kind == "not_found"


@pytest.mark.parametrize("question", [
    "魏县人社局2025年要抓好的两件大事是什么？",
    "欠薪治理的“四个机制”是哪四个？",
    "人社局预算合计多少",
])
def test_known_department_and_year_stay_in_scope(catalog, question):
    assert plan(catalog, question).kind != "not_found"


def test_consistency_question(catalog):
    p = plan(catalog, "哪些项目的成本指标与预算数不一致？")
    assert (p.kind, p.rule) == ("issues", "cost-vs-budget")
    assert plan(catalog, "因就业问题发生重大群体性事件数量的目标是多少？").kind == "rows"
