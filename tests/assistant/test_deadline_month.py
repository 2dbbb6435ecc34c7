"""A deadline asked as a month («十月份», «2025年6月份») is any day of that month, not every
date up to its end; a note in brackets after it restating how it is written adds nothing."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from store.library import Library
from tests.conftest import ROOT, SAMPLE_DOCX, make_settings

OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("both") / "store"))
    assert all(r.ok for r in library.ingest_paths([SAMPLE_DOCX, OTHER_DOCX]))
    return Assistant(library)


def due_in(assistant, month: int, kind: str = "") -> set[str]:
    return {p.code for p in assistant.projects() for i in p.indicators
            if i.value.deadline and i.value.deadline.month == month and kind in i.level2}


@pytest.mark.parametrize("question, month, kind", [
    ("时效指标的完成时限写的是十月份（10月前或10月底前）的项目有哪些？", 10, "时效"),
    ("哪些项目要求在十月份完成？", 10, ""),
    ("有没有时效指标定在2025年6月份的项目", 6, "时效"),
])
def test_a_month_is_that_month(both, question, month, kind):
    expected = due_in(both, month, kind)
    answer = both.ask(question)
    assert expected and set(answer.projects) == expected, answer.text


def test_before_a_month_end_is_still_up_to_it(both):
    expected = {p.code for p in both.projects() for i in p.indicators
                if i.value.deadline and (i.value.deadline.year, i.value.deadline.month) <= (2025, 10)}
    answer = both.ask("10月底前完成的项目有哪些")
    assert set(answer.projects) == expected and len(expected) > len(due_in(both, 10))


@pytest.mark.parametrize("question, op", [
    ("时效要求在2025年10月底及以前完成的项目有哪些？", "le"),
    ("哪些项目的时效要求是年底（12月底）前完成？", "eq"),  # the target as written: «12月底前»
])
def test_a_deadline_with_its_bound_or_a_note(both, question, op):
    from datetime import date

    bound = date(2025, 10, 31) if op == "le" else date(2025, 12, 31)
    expected = {p.code for p in both.projects() for i in p.indicators if "时效" in i.level2
                and i.value.deadline and (i.value.deadline <= bound if op == "le" else i.value.deadline == bound)}
    answer = both.ask(question)
    assert expected and set(answer.projects) == expected, answer.text


@pytest.mark.parametrize("question, op, n", [
    ("哪些项目的质量指标不止一条？", ">", 1), ("质量指标多于1条的项目有哪些", ">", 1),
    ("哪些项目的数量指标超过3个", ">", 3), ("哪些项目只有一条质量指标", "=", 1),
    ("哪些项目的满意度指标不止一个？", ">", 1),
])
def test_how_many_rows_of_a_kind_said_after_the_kind(both, question, op, n):
    kind = next(k for k in ("质量", "数量", "满意度") if k in question)
    counts = {p.code: sum(1 for i in p.indicators if kind in i.level2) for p in both.projects()}
    expected = {c for c, k in counts.items() if (k > n if op == ">" else k == n)}
    answer = both.ask(question)
    assert set(answer.projects) == expected, answer.text
