"""Conditions with a quantifier or a negation over the rows of a kind, and other traps of probe
v49: «没有一个低于98%» (no row), «并非全部达到95%» (some row misses), «并非九成及以上» (the bound
read, its negation too), while «并非低于85%» and «不是85%» keep their comparator; a name with a
word of another project inside it («城乡居民基本养老保险…» where the store has «…基本医疗保险…»);
another department's extreme in a follow-up; the least of a field that is not zero; a row's
money in the unit asked. Expected values come from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over

DEV = ROOT / "eval" / "dev" / "docs"
GUANTAO = ROOT / "eval" / "heldout" / "docs" / "guantao-2025.xlsx"
SHIJIAN = ROOT / "eval" / "heldout" / "docs" / "shijian-2025.docx"
COUNTY = sorted((ROOT / "tests" / "data" / "county").glob("*.docx"))
YIBAO = DEV / "yibao-2025.pdf"


@pytest.fixture(scope="module")
def sample() -> Assistant:
    return assistant_over([SAMPLE_DOCX], prefix="quantified-sample-")


@pytest.fixture(scope="module")
def guantao() -> Assistant:
    return assistant_over([GUANTAO], prefix="quantified-guantao-")


def by_project(assistant, words, level3=False):
    out: dict[int, list] = {}
    for r in Queries(assistant.library.facts).rows():
        if words in r.level2 or level3 and words in r.level3:
            out.setdefault(r.project_id, []).append(r)
    return out


def codes(assistant, ids):
    return {p.code for p in Queries(assistant.library.facts).projects() if p.id in ids}


def pct(r):
    return r.norm if r.unit == "%" and r.norm is not None else None


def test_no_row_of_the_kind_below(sample):
    rows = by_project(sample, "质量")
    ids = {pid for pid, rs in rows.items() if not any(pct(r) is not None and pct(r) < 98 for r in rs)}
    answer = sample.ask("质量指标目标没有一个低于98%的项目有几个？")
    assert answer.found and answer.value == len(ids) and set(answer.projects) == codes(sample, ids)


def test_some_row_of_the_kind_misses(sample):
    rows = by_project(sample, "质量")
    ids = {pid for pid, rs in rows.items() if any(not (pct(r) is not None and pct(r) >= 95) for r in rs)}
    answer = sample.ask("哪些项目的质量指标并非全部达到95%及以上？")
    assert answer.found and set(answer.projects) == codes(sample, ids), answer.understood


@pytest.mark.parametrize(("question", "keep"), [
    ("满意度目标并非九成及以上的项目有哪些？", lambda v: not (v is not None and v >= 90)),
    ("满意度目标并非低于85%的项目有哪些？", lambda v: v is not None and v >= 85),
    ("满意度目标不是85%的项目有哪些？", lambda v: v is not None and v != 85),
])
def test_a_negation_read_once(guantao, question, keep):
    rows = by_project(guantao, "满意度", level3=True)
    ids = {pid for pid, rs in rows.items() if any(keep(pct(r)) for r in rs)}
    answer = guantao.ask(question)
    assert answer.found and set(answer.projects) == codes(guantao, ids), answer.understood


def test_a_word_of_another_project_inside_a_name():
    yibao = assistant_over([YIBAO], prefix="quantified-yibao-")
    answer = yibao.ask("医疗保障局的城乡居民基本养老保险补助资金预算是多少？")
    assert not answer.found and "基本医疗保险" in answer.text
    kept = yibao.ask("城乡居民基本医疗保险那个县级财政补助资金预算是多少")
    assert kept.found


def test_another_department_extreme_in_a_follow_up():
    county = assistant_over(COUNTY, prefix="quantified-county-")
    ps = Queries(county.library.facts).projects()
    lowest = min((p for p in ps if "教育" in p.department and p.year == 2023), key=lambda p: p.budget_fen)
    conversation = Conversation()
    county.ask("2023年卫健局预算最少的是哪个项目？", conversation)
    answer = county.ask("教育局那年预算最少的呢？", conversation)
    assert answer.found and list(answer.projects) == [lowest.code], answer.understood


def test_the_least_of_a_field_not_zero():
    shijian = assistant_over([SHIJIAN], prefix="quantified-shijian-")
    ps = [p for p in Queries(shijian.library.facts).projects() if (p.fen("other") or 0) > 0]
    least = min(ps, key=lambda p: p.fen("other"))
    answer = shijian.ask("其他资金最少但不为零的项目是哪个")
    assert answer.found and list(answer.projects) == [least.code]
    assert answer.value == Decimal(least.fen("other")) / 1000000


def test_a_row_of_money_in_the_unit_asked():
    yibao = assistant_over([YIBAO], prefix="quantified-yibao2-")
    (row,) = [r for r in Queries(yibao.library.facts).rows() if r.level3 == "每站建设补助标准"]
    answer = yibao.ask("村级医保服务站每站的建设补助标准是多少元？")
    assert answer.found and answer.value == Decimal(str(row.norm)) and answer.unit == "元"
