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
