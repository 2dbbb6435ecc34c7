"""Exclusions of header facts and of indicator kinds: «除了全额财政拨款的项目，其余…», «除了有支出计划的
项目», «除了成本指标以外，还有几条产出指标». Expected values are computed from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.service import Assistant
from store.library import Library
from tests.conftest import ROOT, make_settings

OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"


@pytest.fixture(scope="module")
def other(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("other") / "store"))
    assert all(r.ok for r in library.ingest_paths([OTHER_DOCX]))
    return Assistant(library)


def wan(p) -> Decimal:
    return p.budget / 10000 if p.unit == "元" else p.budget


def fiscal_only(p) -> bool:
    other = p.other if p.other is not None else p.budget - p.fiscal
    return not other


@pytest.mark.parametrize("question", ["全额财政拨款的项目有哪些？", "哪些项目全部是财政资金？",
                                      "只有财政拨款、没有别的钱的项目是哪些"])
def test_fiscal_only_projects(other, question):
    expected = {p.code for p in other.projects() if fiscal_only(p)}
    answer = other.ask(question)
    assert expected and set(answer.projects) == expected, answer.text


def test_the_sum_without_fiscal_only_projects(other):
    kept = [p for p in other.projects() if not fiscal_only(p)]
    answer = other.ask("除了全额财政拨款的项目，其余项目的资金总额合计多少万元？")
    assert answer.value == sum(wan(p) for p in kept) and set(answer.projects) == {p.code for p in kept}


@pytest.mark.parametrize("question, having", [("除了有支出计划的项目，其他项目有哪些", False),
                                              ("除了没有支出计划的项目，其他项目有哪些", True)])
def test_excluding_projects_with_or_without_a_plan(other, question, having):
    expected = {p.code for p in other.projects() if bool(p.spending_plan) == having}
    answer = other.ask(question)
    assert expected and set(answer.projects) == expected, answer.text


def test_a_kind_left_out_of_a_count(assistant):
    (project,) = [p for p in assistant.projects() if p.name == "2025年创业贷款贴息资金"]
    expected = sum(1 for i in project.indicators if "产出" in i.level1 and "成本" not in i.level2)
    answer = assistant.ask("创业贷款贴息资金除了成本指标以外，还有几条产出指标？")
    assert answer.value == expected and expected < sum(1 for i in project.indicators if "产出" in i.level1)


@pytest.mark.parametrize("question", ["同时有财政资金和其他资金的项目有哪些", "既有财政拨款又有其他资金的项目有几个"])
def test_both_parts_of_the_money(other, question):
    def other_part(p):
        return p.other if p.other is not None else p.budget - p.fiscal

    expected = {p.code for p in other.projects() if p.fiscal and other_part(p)}
    answer = other.ask(question)
    assert expected and set(answer.projects) == expected and "有财政资金" in answer.understood
