"""«做实四个业务板块，是哪四个»: a paragraph that names the thing counted with that many items in
brackets answers first, whichever part of the prose the question points to."""

from __future__ import annotations

import re

import pytest

from tests.conftest import SAMPLE_TXT


def bracketed(noun: str, n: int) -> list[str]:
    """The items the sample lists in brackets after `noun`, if it lists n of them."""
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    m = re.search(re.escape(noun) + r"（([^（）]+)）", text)
    items = re.split(r"、", m.group(1)) if m else []
    return items if len(items) == n else []


@pytest.mark.parametrize("question, noun, n", [
    ("分项目标里说要做实四个业务板块，是哪四个？", "业务板块", 4),
    ("部门整体目标里说的做实四个业务板块，具体是哪四个？", "业务板块", 4),
    ("两件大事是哪两件", "大事", 2),
    ("重点抓好的两件大事是什么", "大事", 2),
])
def test_the_bracketed_list_answers(assistant, question, noun, n):
    items = bracketed(noun, n)
    answer = assistant.ask(question)
    first = answer.text.split("\n\n")[0]
    assert items and all(item in first for item in items), answer.text


def test_a_level_said_only_in_the_use_of_funds(assistant):
    # no name says 县级; one project's 资金用途 says «发放县级基础养老金»
    (county,) = [p for p in assistant.projects() if "县级" in p.use and "城乡居民" in p.name]
    answer = assistant.ask("县级城乡居民养老那个项目预算多少")
    assert answer.found and list(answer.projects) == [county.code] and answer.value == county.budget


def test_a_whole_name_written_is_not_ambiguous(tmp_path):
    from assistant.service import Assistant
    from store.library import Library
    from tests.conftest import ROOT, SAMPLE_DOCX, make_settings

    library = Library(make_settings(tmp_path / "store"))
    library.ingest_paths([SAMPLE_DOCX, ROOT / "tests" / "data" / "other-department.docx"])
    both = Assistant(library)
    budgets = {p.name: p.budget for p in both.projects()}
    answer = both.ask("高标准农田县级配套资金是公共实训基地县级配套的几倍？")
    assert answer.value == budgets["高标准农田建设县级配套资金"] / budgets["公共实训基地县级配套"]
