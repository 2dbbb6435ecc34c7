"""Departments compared by a money total: «哪个部门的预算最多» answers with the top department's
total and says the totals compared; «哪个局…更大？大多少» with the gap between two; a question
that is not about money («哪个局的项目最多») is not answered as one. Expected values come from the
stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.service import Assistant
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over

OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"
WAN = Decimal(1000000)


@pytest.fixture(scope="module")
def both() -> Assistant:
    return assistant_over([SAMPLE_DOCX, OTHER_DOCX], prefix="departments-")


def totals(assistant, money):
    out: dict[str, int] = {}
    for p in Queries(assistant.library.facts).projects():
        out[p.department] = out.get(p.department, 0) + (p.fen(money) or 0)
    return out


@pytest.mark.parametrize(("question", "money", "low"), [
    ("哪个部门的预算最多", "budget", False), ("哪个局的财政资金最少", "fiscal", True), ("哪家单位盘子最大", "budget", False),
    ("哪个局的其他资金最多", "other", False)])
def test_the_department_with_the_largest_total(both, question, money, low):
    by_department = totals(both, money)
    top = (min if low else max)(by_department, key=by_department.get)
    answer = both.ask(question)
    assert answer.found and answer.value == Decimal(by_department[top]) / WAN, answer.understood
    assert top in answer.understood and all(d in answer.understood for d in by_department)


def test_the_gap_between_two_departments(both):
    by_department = totals(both, "budget")
    answer = both.ask("哪个局的预算总额更大？大多少？")
    high, low = sorted(by_department.values(), reverse=True)
    assert answer.found and answer.value == Decimal(high - low) / WAN, answer.understood


def test_a_department_question_not_about_money(both):
    answer = both.ask("哪个局的项目最多")
    assert not answer.found or "预算数合计" not in answer.understood


def test_a_department_of_a_stored_place_that_is_not_stored():
    """«鸡泽县人力资源和社会保障局»: the place is stored (鸡泽县退役军人事务局) and the words
    «社会保障» name a project of another department, but this department is not in the store."""
    tuiyi = ROOT / "eval" / "heldout" / "docs" / "tuiyi-2025.docx"
    assistant = assistant_over([tuiyi, SAMPLE_DOCX], prefix="departments-place-")
    assert not assistant.ask("鸡泽县人力资源和社会保障局有哪些项目？").found
    stored = assistant.ask("鸡泽县退役军人事务局有哪些项目")
    assert stored.found and len(stored.projects) == len(
        [p for p in Queries(assistant.library.facts).projects() if p.department == "鸡泽县退役军人事务局"])
