"""Mechanisms met on a third department's document (eval/dev/docs/minzheng-2025.docx): a listed name
that names no project, another kind of project named by a generic tail, «那X呢» with an unknown X,
«或者» between conditions of different fields, words quoted as written. Expected values come from
the stored facts."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from store.library import Library
from tests.conftest import ROOT, make_settings

MINZHENG = ROOT / "eval" / "dev" / "docs" / "minzheng-2025.docx"


@pytest.fixture(scope="module")
def minzheng(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("minzheng") / "store"))
    assert all(r.ok for r in library.ingest_paths([MINZHENG]))
    return Assistant(library)


@pytest.mark.parametrize("question, unknown", [
    ("低保、特困供养、临时救助这三个社会救助项目预算一共多少？", "低保"),
    ("除了低保和特困供养以外，其余项目的预算合计是多少？", "低保"),
])
def test_a_listed_name_that_names_no_project(minzheng, question, unknown):
    answer = minzheng.ask(question)
    assert not answer.found and unknown in answer.text and answer.value is None


def test_names_listed_that_all_name_projects(minzheng):
    budgets = {p.name: p.budget for p in minzheng.projects()}
    answer = minzheng.ask("高龄津贴和临时救助资金的预算合计多少")
    assert answer.value == budgets["高龄津贴"] + budgets["临时救助资金"]


def test_another_kind_named_by_a_generic_tail(minzheng):
    answer = minzheng.ask("城乡医疗救助资金安排了多少预算？")
    assert not answer.found and "城乡医疗救助资金" in answer.text and answer.value is None


def test_that_one_asked_again_of_an_unknown_project(minzheng):
    conversation = Conversation()
    minzheng.ask("高龄津贴的预算是多少？", conversation)
    answer = minzheng.ask("那残疾人两项补贴呢？", conversation)
    assert not answer.found and "残疾人两项补贴" in answer.text and not answer.projects


def test_that_one_asked_again_of_a_known_project(minzheng):
    (project,) = [p for p in minzheng.projects() if p.name.startswith("婚姻登记")]
    conversation = Conversation()
    minzheng.ask("高龄津贴的预算是多少？", conversation)
    answer = minzheng.ask("那婚姻登记呢？", conversation)
    assert answer.value == project.budget


@pytest.mark.parametrize("question", ["有其他资金或者预算超过2000万元的项目有哪些？",
                                      "预算超过2000万元或者有其他资金的项目有哪些"])
def test_or_between_conditions_of_different_fields(minzheng, question):
    def other(p):
        return p.other if p.other is not None else p.budget - p.fiscal

    expected = {p.code for p in minzheng.projects() if other(p) or p.budget > 2000}
    answer = minzheng.ask(question)
    assert set(answer.projects) == expected and len(expected) > 1


def test_words_quoted_as_written_are_not_an_absent_field(minzheng):
    expected = {p.code for p in minzheng.projects() if any("上年度完成情况" in i.basis for i in p.indicators)}
    answer = minzheng.ask("依据“上年度完成情况”确定指标值的项目有哪些？")
    assert expected and set(answer.projects) == expected


@pytest.mark.parametrize("question, kind, largest", [
    ("哪个项目的指标条数最多，有几条？", "", True), ("哪个项目设的指标最少", "", False),
    ("质量指标最多的项目是哪个", "质量", True),
])
def test_rows_counted_per_project(minzheng, question, kind, largest):
    counts = {p.code: sum(1 for i in p.indicators if kind in i.level2) for p in minzheng.projects()}
    best = max(counts.values()) if largest else min(counts.values())
    answer = minzheng.ask(question)
    assert set(answer.projects) == {c for c, n in counts.items() if n == best} and answer.found


def test_no_row_of_a_kind_at_all(minzheng):
    expected = {p.code for p in minzheng.projects() if not any("成本" in i.level2 for i in p.indicators)}
    answer = minzheng.ask("哪个项目一条成本指标都没有？")
    assert expected and set(answer.projects) == expected


def test_an_outcome_said_with_shiji(minzheng):
    answer = minzheng.ask("民政局今年临时救助实际救助了多少人次？")
    assert not answer.found and answer.value is None


def test_money_asked_but_only_a_head_count_found(minzheng):
    answer = minzheng.ask("特困人员按基本生活标准下限、供养人数目标算，一年的基本生活费至少要多少万元？")
    assert not answer.found and answer.value is None


def test_a_standard_per_person_and_month_written_before_the_amount(minzheng):
    """«每人每月不低于1120元»: a standard per person and month, compared as «元/人/月»."""
    expected = {p.code for p in minzheng.projects() for i in p.indicators
                if i.value.unit == "元/人/月" and i.value.number >= 1000}
    answer = minzheng.ask("保障标准每人每月不低于1000元的是哪些项目")
    assert expected and set(answer.projects) == expected


def test_a_rate_is_not_added_to_the_amounts(minzheng):
    """The 成本指标 of a project with an amount and a per-person standard: only the amount
    is compared with the budget; the standard is said to be left out."""
    for p in minzheng.projects():
        costs = [i for i in p.indicators if i.level2.startswith("成本")]
        amounts = [i for i in costs if i.value.base_unit == "元"]
        rates = [i for i in costs if i.value.unit and "/" in i.value.unit]
        if len(amounts) == 1 and rates:
            conversation = Conversation()
            minzheng.ask(f"{p.name}的预算是多少？", conversation)
            answer = minzheng.ask("它的成本指标和预算差多少万元？", conversation)
            assert answer.found and abs(answer.value) == abs(amounts[0].value.normalized / 10000 - p.budget)
            assert rates[0].level3 in answer.text
            return
    pytest.fail("no project with a cost amount and a rate")


def test_a_count_inside_a_name_is_no_count_of_rows(minzheng):
    """«残疾人两项补贴的成本指标»: «两项» belongs to the name, not «有两项成本指标»."""
    answer = minzheng.ask("残疾人两项补贴的成本指标写的资金总额是多少万？")
    assert "条数" not in answer.understood
    two = {p.code for p in minzheng.projects() if sum(i.level2.startswith("成本") for i in p.indicators) == 2}
    assert set(minzheng.ask("有两条成本指标的项目有哪些？").projects) == two
