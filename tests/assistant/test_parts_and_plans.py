"""A part of a project's money the tables do not break out is declined, not answered with the whole
budget; spending-plan amounts are summed over the projects that have a plan, and cite only them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from store.library import Library
from tests.conftest import ROOT, make_settings

OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"


@pytest.fixture(scope="module")
def other(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("other") / "store"))
    assert all(r.ok for r in library.ingest_paths([OTHER_DOCX]))
    return Assistant(library)


@pytest.mark.parametrize("question, part", [
    ("公共实训基地项目采购实训设备的钱是多少", "采购实训设备"),
    ("社会保障工作经费里政府采购预算是多少？", "政府采购"),
])
def test_a_part_the_table_does_not_break_out(assistant, question, part):
    answer = assistant.ask(question)
    assert not answer.found and part in answer.text and answer.value is None


@pytest.mark.parametrize("question", ["公共实训基地的预算是多少", "公共实训基地县级配套这个项目的资金是多少？"])
def test_the_whole_project_is_still_answered(assistant, question):
    (project,) = [p for p in assistant.projects() if p.name == "公共实训基地县级配套"]
    answer = assistant.ask(question)
    assert answer.found and answer.value == project.budget


def planned(project, month: int) -> Decimal | None:
    """Budget × the cumulative percentage by that month (a blank keeps the last one reached)."""
    reached = None
    for point in sorted(project.spending_plan, key=lambda s: s.month):
        if point.month <= month and point.percent is not None:
            reached = point.percent
    if reached is None:
        return None
    budget = project.budget / 10000 if project.unit == "元" else project.budget
    return budget * reached / 100


def test_a_planned_sum_cites_only_projects_with_a_plan(other):
    having = {p.code: planned(p, 3) for p in other.projects() if planned(p, 3) is not None}
    answer = other.ask("一季度末计划支出的金额合计是多少万元？")
    assert answer.value == sum(having.values()) and set(answer.projects) == set(having)


def test_their_planned_amount_is_a_total(other):
    conversation = Conversation()
    listed = other.ask("临漳县农业农村局哪些项目有资金支出计划？", conversation)
    by_code = {p.code: p for p in other.projects()}
    expected = sum(planned(by_code[c], 6) for c in listed.projects)
    answer = other.ask("它们到6月底累计要支出多少万元？", conversation)
    assert len(listed.projects) > 1 and answer.value == expected


@pytest.mark.parametrize("question, factor", [
    ("如果所有项目的预算统一压减5%，压减后合计是多少万元？", Decimal("0.95")),
    ("假如所有项目预算统一压减5%，合计要压减多少万元？", Decimal("0.05")),
    ("预算都增加10%的话，一共要增加多少钱", Decimal("0.1")),
    ("预算都增加10%的话，合计变成多少", Decimal("1.1")),
])
def test_a_rate_of_change_on_the_total(assistant, question, factor):
    total = sum(p.budget for p in assistant.projects())
    answer = assistant.ask(question)
    assert answer.value == total * factor, answer.text


def test_a_share_of_the_top_n(assistant):
    budgets = sorted((p.budget for p in assistant.projects()), reverse=True)
    answer = assistant.ask("预算最高的三个项目合计占全部项目预算的百分之多少？")
    assert abs(answer.value - sum(budgets[:3]) * 100 / sum(budgets)) < Decimal("0.001")


def test_a_share_of_a_whole_not_understood_is_declined(assistant):
    answer = assistant.ask("预算最少的两个项目占养老项目预算的百分之几")
    assert not answer.found and answer.value is None
