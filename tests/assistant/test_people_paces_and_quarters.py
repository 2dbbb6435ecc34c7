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


@pytest.fixture(scope="module")
def qiuxian():
    """Held-out v11's department (scored once at 0c84d22, a development set since)."""
    return assistant_over([ROOT / "eval" / "heldout" / "docs" / "qiuxian-2025.docx"], prefix="pace-qx-")


def test_a_unit_or_other_funds(qiuxian):
    expected = {p.id for p in _projects(qiuxian) if p.implementer.endswith("综合执法大队") or (p.fen("other") or 0) > 0}
    answer = qiuxian.ask("由综合执法大队执行的，或者用到了其他资金的项目，列一下。")
    assert answer.found and set(answer.project_ids) == expected
    assert any(p.implementer.endswith("综合执法大队") and not p.fen("other") for p in _projects(qiuxian))


def test_besides_one_money_field_the_other(qiuxian):
    project = next(p for p in _projects(qiuxian) if p.fen("other") and p.fen("fiscal"))
    answer = qiuxian.ask(f"{project.name}，除了财政拨款还有多少其他资金？")
    assert answer.found and answer.value == Decimal(project.fen("other")) / 1000000
    assert str(Decimal(project.fen("fiscal")) / 1000000) not in answer.text.split("来源")[0]


def test_a_project_left_out_without_a_comma(qiuxian):
    first = _projects(qiuxian)[0]
    expected = {p.id for p in _projects(qiuxian) if p.id != first.id and p.fen("budget") > 200 * 1000000}
    answer = qiuxian.ask(f"除了{first.name}还有哪些项目预算超过200万元")
    assert answer.found and set(answer.project_ids) == expected


def test_a_rows_weight_asked_through_scoring(qiuxian):
    row = next(r for r in Queries(qiuxian.library.facts).rows() if r.level3 == "网格员巡查次数")
    answer = qiuxian.ask("网格员巡查次数这项指标在打分时占多少分？")
    assert answer.found and answer.value == row.weight and answer.row_ids == (row.id,)


def test_a_share_of_the_department_said_as_its_office_word(qiuxian):
    project = max(_projects(qiuxian), key=lambda p: p.fen("budget"))
    total = sum(p.fen("budget") for p in _projects(qiuxian))
    answer = qiuxian.ask(f"{project.name}的资金占分局全部项目资金的百分之几？")
    assert answer.found and abs(answer.value - Decimal(project.fen("budget")) * 100 / total) < Decimal("0.001")
