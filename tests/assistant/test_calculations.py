"""Calculations end to end: each expected value is computed here from the stored records
(`Project`/`Indicator` as ingest read them), not taken from the assistant."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation

D = Decimal


@pytest.fixture(scope="module")
def facts(assistant):
    return {p.code: p for p in assistant.projects()}


def close(value, expected, places=2):
    assert value is not None, "no value"
    assert round(D(value), places) == round(D(expected), places)


def by_name(facts, words):
    (found,) = [p for p in facts.values() if words in p.name]
    return found


def test_share_of_the_department_total(assistant, facts):
    p = by_name(facts, "基础养老金补助和缴费补贴")
    total = sum(x.budget for x in facts.values())
    answer = assistant.ask(f"{p.name}的预算占全局预算总额的百分之几？")
    close(answer.value, p.budget * 100 / total)
    assert answer.projects == (p.code,) and answer.unit == "%"


def test_share_of_a_filtered_set_in_a_follow_up(assistant, facts):
    conversation = Conversation()
    first = assistant.ask("预算超过1000万元的项目有哪些？", conversation)
    chosen = [facts[c] for c in first.projects]
    assert chosen and all(p.budget > 1000 for p in chosen)
    answer = assistant.ask("这些占总预算的百分之几？", conversation)
    expected = sum(p.budget for p in chosen) * 100 / sum(p.budget for p in facts.values())
    close(answer.value, expected)


def test_part_of_the_same_projects(assistant, facts):
    answer = assistant.ask("全部预算里财政资金占多大比例？")
    close(answer.value, sum(p.fiscal for p in facts.values()) * 100 / sum(p.budget for p in facts.values()))


def test_mean_of_indicator_values(assistant, facts):
    rows = [i.value.number for p in facts.values() if "城乡居民" in p.name
            for i in p.indicators if "质量" in i.level2 and i.value.unit == "%"]
    answer = assistant.ask("项目名称中含“城乡居民”的项目，质量指标目标值的平均值是百分之多少？")
    close(answer.value, sum(rows) / len(rows))


def test_difference_between_two_projects(assistant, facts):
    a, b = by_name(facts, "公共实训基地"), by_name(facts, "社会保障工作经费")
    answer = assistant.ask("公共实训基地县级配套的预算比社会保障工作经费多多少万元？")
    close(answer.value, a.budget - b.budget)
    assert set(answer.projects) == {a.code, b.code}


def test_ratio_between_two_projects(assistant, facts):
    a, b = by_name(facts, "公共实训基地"), by_name(facts, "社会保障工作经费")
    answer = assistant.ask("公共实训基地县级配套的预算是社会保障工作经费的几倍？")
    close(answer.value, a.budget / b.budget)


def test_difference_of_two_rows_in_a_follow_up(assistant, facts):
    conversation = Conversation()
    assistant.ask("养老金补贴到位增加收入的目标值分别是多少？", conversation)
    answer = assistant.ask("两者相差多少？", conversation)
    values = [i.value.number for p in facts.values() for i in p.indicators
              if i.level3 == "养老金补贴到位增加收入"]
    close(answer.value, max(values) - min(values))


def test_amount_divided_by_a_count_from_the_question(assistant, facts):
    p = by_name(facts, "老干部春节慰问")
    answer = assistant.ask("老干部慰问资金按35人平均，每人合多少元？")
    close(answer.value, p.budget * 10000 / 35)


def test_amount_divided_by_the_projects_own_row(assistant, facts):
    p = by_name(facts, "贫困及重度残疾人员社会保险代缴")
    (people,) = [i.value.normalized for i in p.indicators if "代缴人数" in i.level3]
    answer = assistant.ask("贫困及重度残疾人员社会保险代缴按代缴人数目标平均，每人合多少元？")
    close(answer.value, p.budget * 10000 / people)


def test_numbers_from_the_question(assistant):
    answer = assistant.ask("每人67元，177万元够多少人？")
    close(answer.value, D(1770000) / 67, places=0)


def test_growth_from_the_question(assistant, facts):
    p = by_name(facts, "社会保障工作经费")
    answer = assistant.ask("如果社会保障工作经费在2025年预算的基础上增长8%，将是多少万元？")
    close(answer.value, p.budget * D("1.08"))


def test_per_month_to_per_year(assistant, facts):
    p = facts["13043425P00435710003L"]
    (monthly,) = [i.value.number for i in p.indicators if i.value.unit == "元/人/月"]
    answer = assistant.ask("冀财社【2024】133号项目的养老金补贴到位增加收入，一年是多少？")
    close(answer.value, monthly * 12)


def test_planned_spending_per_project_and_in_total(assistant, facts):
    p = by_name(facts, "劳务派遣人员工资")
    (march,) = [s.percent for s in p.spending_plan if s.month == 3]
    answer = assistant.ask("劳务派遣人员工资按资金支出计划，截至3月底累计要支出多少万元？")
    close(answer.value, p.budget * march / 100, places=3)

    def by_october(project):
        stated = [s.percent for s in project.spending_plan if s.month <= 10 and s.percent is not None]
        return stated[-1] if stated else D(0)

    total = sum(x.budget * by_october(x) / 100 for x in facts.values())
    answer = assistant.ask("到10月底全局累计计划支出的金额合计是多少万元？")
    close(answer.value, total, places=3)


def test_count_of_rows(assistant, facts):
    rows = [i for p in facts.values() for i in p.indicators if i.value.unit == "%" and i.value.number == 100]
    answer = assistant.ask("指标值为100%的绩效指标一共有多少条？")
    assert answer.value == len(rows)
    answer = assistant.ask("绩效指标一共有多少条？")
    assert answer.value == sum(len(p.indicators) for p in facts.values())


def test_filter_then_rank(assistant, facts):
    chosen = [p for p in facts.values() if any(
        "满意度" in i.level3 + i.level2 and i.value.number == 90 for i in p.indicators)]
    expected = {p.code for p in sorted(chosen, key=lambda p: p.budget)[:2]}
    answer = assistant.ask("满意度目标为90%的项目里，预算最少的两个是哪两个？")
    assert set(answer.projects) == expected


def test_exclusion_and_the_sum_of_what_is_left(assistant, facts):
    left = [p for p in facts.values() if not p.name.startswith("冀财社")]
    answer = assistant.ask("除了名称以“冀财社”开头的项目以外，其余项目的预算合计是多少万元？")
    close(answer.value, sum(p.budget for p in left))
