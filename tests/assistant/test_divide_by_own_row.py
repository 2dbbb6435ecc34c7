"""Money divided by a count the question names in words («按改厕户数平均每户多少», «摊到每个培育
对象头上»): the project's one row counted in that unit. Expected values come from the facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.service import Assistant
from ingest import quantity as q
from store.library import Library
from tests.conftest import ROOT, make_settings

OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"


@pytest.fixture(scope="module")
def other(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("other") / "store"))
    assert all(r.ok for r in library.ingest_paths([OTHER_DOCX]))
    return Assistant(library)


def per_unit(assistant, name: str, row_words: str) -> Decimal:
    """The budget in 元 over the target of the one row whose name holds `row_words`."""
    (project,) = [p for p in assistant.projects() if name in p.name]
    (row,) = [i for i in project.indicators if row_words in i.level3]
    return Decimal(q.to_fen(project.budget, project.unit)) / 100 / row.value.normalized


@pytest.mark.parametrize("question, name, row_words", [
    ("厕所革命奖补资金按改厕户数平均下来每户多少元", "厕所革命", "户厕改造数量"),
    ("厕所革命那个项目，按户厕改造的户数摊，一户合多少元？", "厕所革命", "户厕改造数量"),
    ("耕地地力保护补贴按补贴面积算每亩合多少元", "耕地地力", "面积"),
    ("耕地地力保护补贴按受益农户平均每户多少元", "耕地地力", "受益农户"),
    ("高素质农民培育，摊到每个培育对象头上是多少元", "高素质农民", "人数"),
])
def test_money_over_the_row_named_in_words(other, question, name, row_words):
    answer = other.ask(question)
    assert answer.found and abs(answer.value - per_unit(other, name, row_words)) < Decimal("0.01"), \
        answer.text
    assert any(c.row for c in answer.citations)  # the divisor's row is cited


def test_a_count_no_row_of_the_project_states_is_declined(other):
    # the project's only row in 户 counts 示范主体, not the 农户 it serves
    answer = other.ask("农技推广项目按服务农户数平均每户多少钱")
    assert not answer.found and "服务农户数" in answer.text
