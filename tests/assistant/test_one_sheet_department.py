"""Wordings met on probe v47's department (eval/dev/docs/jiaoyu-2025.xls, every project on one
sheet): money the unit raises itself («单位自筹», «自己筹的钱») is 其他资金; «占项目总额» is the
project's own budget; a law's short title is not part of a longer one («教育法» is not
«义务教育法»); a scoring rule (评分标准, not kept) is said to be missing. Expected values come from
the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.service import Assistant
from store.filters import AnyOf, HasRow, RowBasis
from store.queries import Queries
from tests.conftest import ROOT, assistant_over

XLS = ROOT / "eval" / "dev" / "docs" / "jiaoyu-2025.xls"
WAN = Decimal(1000000)


@pytest.fixture(scope="module")
def jiaoyu() -> Assistant:
    return assistant_over([XLS], prefix="jiaoyu-")


def projects(assistant):
    return Queries(assistant.library.facts).projects()


def test_money_the_unit_raises_itself(jiaoyu):
    (p,) = [p for p in projects(jiaoyu) if "教师培训" in p.name]
    answer = jiaoyu.ask("教师培训经费里单位自己筹的钱有多少？")
    assert answer.found and answer.value == Decimal(p.fen("other")) / WAN, answer.understood
    having = {p.code for p in projects(jiaoyu) if (p.fen("other") or 0) > 0}
    count = jiaoyu.ask("有几个项目用到了单位自筹资金？")
    assert count.found and count.value == len(having) and set(count.projects) == having


def test_a_share_of_the_project_own_total(jiaoyu):
    (p,) = [p for p in projects(jiaoyu) if "校舍维修" in p.name]
    answer = jiaoyu.ask("校舍维修改造工程里自筹资金占项目总额的比例是多少？")
    assert answer.found and answer.value == Decimal(p.fen("other")) * 100 / p.fen("budget")
    below = jiaoyu.ask("财政拨款占项目总额的比例没达到百分之八十五的项目有哪些？")
    expected = {x.code for x in projects(jiaoyu) if x.fen("fiscal") * 100 < 85 * x.fen("budget")}
    assert below.found and set(below.projects) == expected


def test_a_law_by_its_short_title_is_not_a_longer_one(jiaoyu):
    rows = Queries(jiaoyu.library.facts).rows()
    cites = {r.project_id for r in rows if "《中华人民共和国教育法》" in r.basis or "《教育法》" in r.basis}
    longer = {r.project_id for r in rows if "义务教育法" in r.basis} - cites
    assert longer  # the document cites 义务教育法 in projects that do not cite 教育法
    answer = jiaoyu.ask("指标来源引用了《中华人民共和国教育法》的项目有哪些？")
    assert answer.found and {p.id for p in projects(jiaoyu) if p.code in answer.projects} == cites


def test_rows_of_either_kind_stay_in_their_project(jiaoyu):
    """HasRow(AnyOf(…)) once compiled to «i.project_id = p.id AND (a) OR (b)»: every project."""
    queries = Queries(jiaoyu.library.facts)
    found = queries.projects(HasRow(AnyOf((RowBasis("《中华人民共和国体育法"), RowBasis("不会出现的文字")))))
    expected = {r.project_id for r in queries.rows() if "《中华人民共和国体育法" in r.basis}
    assert {p.id for p in found} == expected and len(expected) < len(projects(jiaoyu))


def test_a_scoring_rule_is_not_kept(jiaoyu):
    assert not jiaoyu.ask("校园周边治安案件发生数那条指标，考核时怎么扣分？").found
