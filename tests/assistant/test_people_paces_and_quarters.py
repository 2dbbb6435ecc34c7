"""Wordings met on probe v59: the person a table prints as 项目负责人 asked «由谁负责», a short name
that fits two projects answered for both, the project spending most within one quarter, the
fastest planned pace, a unit left out with its own words before it («除了局机关本级实施的»).
Every expected value is computed here from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from store.queries import Queries
from tests.conftest import ROOT, assistant_over

DOCS = ROOT / "eval" / "dev" / "docs"


@pytest.fixture(scope="module")
def cixian():
    return assistant_over([DOCS / "cixian-2025.pdf"], prefix="pace-cx-")


@pytest.fixture(scope="module")
def ningjin():
    return assistant_over([DOCS / "ningjin-2025.xlsx"], prefix="pace-nj-")


@pytest.fixture(scope="module")
def yingji():
    return assistant_over([DOCS / "yingji-2025.docx"], prefix="pace-yj-")


def _projects(assistant):
    return Queries(assistant.library.facts).projects()


@pytest.mark.parametrize("asked", ["的负责人是谁？", "由谁负责？"])
def test_the_person_printed_as_project_lead(cixian, asked):
    project = next(p for p in _projects(cixian) if p.name == "业余体校运动员训练及伙食补助")
    lead = next(v for pid, label, v in Queries(cixian.library.facts).attribute_values()
                if pid == project.id and "负责人" in label)
    answer = cixian.ask(f"{project.name}{asked}")
    assert answer.found and "负责人" in answer.understood and lead in answer.text


def test_a_short_name_fitting_two_projects_answers_both(ningjin):
    both = [p for p in _projects(ningjin) if "救助经费" in p.name]
    assert len(both) == 2
    answer = ningjin.ask("救助经费那个项目的年度预算是多少？")
    assert answer.found and set(answer.project_ids) == {p.id for p in both}


def _quarter_amount(assistant, project, start: int, end: int) -> Decimal | None:
    points = {p.month: p.percent for p in Queries(assistant.library.facts).spending([project.id]).get(project.id, ())}
    if start not in points or end not in points or points[start] is None or points[end] is None:
        return None
    return Decimal(project.fen("budget")) * (points[end] - points[start]) / 100 / 1000000


def test_the_project_spending_most_within_one_quarter(cixian):
    amounts = {p.id: a for p in _projects(cixian) if (a := _quarter_amount(cixian, p, 3, 6)) is not None}
    top = max(amounts.values())
    answer = cixian.ask("哪个项目第二季度当季计划支出最多？")
    assert answer.found and answer.value == top
    assert set(answer.project_ids) == {pid for pid, a in amounts.items() if a == top}
    assert "之间" in answer.text


def test_the_fastest_planned_pace(cixian):
    plans = Queries(cixian.library.facts).spending([p.id for p in _projects(cixian)])
    by_june = {pid: next((pt.percent for pt in pts if pt.month == 6), None) for pid, pts in plans.items()}
    by_june = {pid: v for pid, v in by_june.items() if v is not None}
    top = max(by_june.values())
    answer = cixian.ask("哪个项目上半年支出进度最快？")
    assert answer.found and set(answer.project_ids) == {pid for pid, v in by_june.items() if v == top}


def test_a_unit_left_out_with_its_own_words_before_it(yingji):
    kept = [p for p in _projects(yingji) if not p.implementer.endswith("（本级）")]
    assert 0 < len(kept) < len(_projects(yingji))
    answer = yingji.ask("除了局机关本级实施的项目，其余项目资金总额合计是多少？")
    assert answer.found and answer.value == Decimal(sum(p.fen("budget") for p in kept)) / 1000000


@pytest.mark.parametrize(("question", "test"), [
    ("哪些项目的资金总额不比312万元少？", lambda fen: fen >= 312 * 1000000),
    ("哪些项目预算比100万元多", lambda fen: fen > 100 * 1000000),
    ("哪些项目的预算不比100万元多？", lambda fen: fen <= 100 * 1000000),
    ("年度预算顶多86.5万元的项目有哪些？", lambda fen: fen <= 865000 * 100),
])
def test_comparisons_said_around_the_number(yingji, question, test):
    expected = {p.id for p in _projects(yingji) if test(p.fen("budget"))}
    answer = yingji.ask(question)
    assert answer.found and set(answer.project_ids) == expected and expected
