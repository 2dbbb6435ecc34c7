"""A budget printed in three parts (本级财政 / 上级补助 / 其他, eval/dev/docs/weijian-2025.docx):
each printed part is a money field of its own, in lookups, sums, conditions, shares and
follow-ups; and wordings met on the same document (a period asked again, the divisor's row
named among several, a number only approached). Expected values come from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over

DOCX = ROOT / "eval" / "dev" / "docs" / "weijian-2025.docx"
WAN = Decimal(1000000)


@pytest.fixture(scope="module")
def weijian() -> Assistant:
    return assistant_over([DOCX], prefix="weijian-")


@pytest.fixture(scope="module")
def with_sample() -> Assistant:
    return assistant_over([DOCX, SAMPLE_DOCX], prefix="weijian-sample-")


def projects(assistant):
    return Queries(assistant.library.facts).projects()


def part(p, label):
    printed = [fen for name, fen in p.parts if name == label]
    return sum(printed) if printed else None


def named(assistant, words):
    (p,) = [p for p in projects(assistant) if words in p.name]
    return p


@pytest.mark.parametrize(("question", "label"), [
    ("基本公共卫生服务项目补助资金里，上级补助有多少万元？", "上级补助"),
    ("基本公共卫生服务项目补助资金的上级补助资金是多少", "上级补助"),
    ("基本公共卫生服务项目补助资金中本级财政安排了多少万元？", "本级财政"),
])
def test_a_part_of_one_project(weijian, question, label):
    p = named(weijian, "基本公共卫生服务")
    answer = weijian.ask(question)
    assert answer.found and answer.value == Decimal(part(p, label)) / WAN, answer.understood
    assert label in answer.understood


def test_a_part_summed_over_the_department(weijian):
    expected = sum(part(p, "上级补助") or 0 for p in projects(weijian)) / WAN
    answer = weijian.ask("卫健局8个项目的上级补助加起来一共多少万元？")
    assert answer.found and answer.value == expected, answer.understood


@pytest.mark.parametrize(("question", "keep"), [
    ("上级补助不少于200万元的项目有哪些？", lambda fen, budget: fen >= 200 * WAN),
    ("上级补助超过200万元的项目", lambda fen, budget: fen > 200 * WAN),
    ("上级补助占项目预算超过七成的是哪些项目？", lambda fen, budget: fen * 10 > budget * 7),
])
def test_a_condition_on_a_part(weijian, question, keep):
    expected = {p.code for p in projects(weijian)
                if part(p, "上级补助") is not None and keep(part(p, "上级补助"), p.budget_fen)}
    answer = weijian.ask(question)
    assert expected and answer.found and set(answer.projects) == expected, answer.understood


def test_a_part_as_a_share_of_the_budget_in_a_follow_up(weijian):
    p = named(weijian, "妇幼健康")
    conversation = Conversation()
    weijian.ask("妇幼健康服务项目预算是多少？", conversation)
    answer = weijian.ask("其中上级补助占多大比例？", conversation)
    expected = Decimal(part(p, "上级补助")) * 100 / p.budget_fen
    assert answer.found and abs(answer.value - expected) < Decimal("0.01"), answer.understood


def test_a_part_of_the_whole_department(weijian):
    ps = projects(weijian)
    expected = Decimal(sum(part(p, "本级财政") or 0 for p in ps)) * 100 / sum(p.budget_fen for p in ps)
    answer = weijian.ask("本级财政资金占卫健局全部项目预算的百分之多少？")
    assert answer.found and abs(answer.value - expected) < Decimal("0.01"), answer.understood


def test_a_store_without_parts_does_not_read_the_words_as_fields(with_sample):
    """The sample prints no parts: «上级补助» is a part only where a table prints it."""
    sample_only = assistant_over([SAMPLE_DOCX], prefix="weijian-plain-")
    answer = sample_only.ask("上级补助合计多少万元")
    assert not answer.found or "上级补助" not in answer.understood


def test_a_period_asked_again(weijian):
    p = named(weijian, "家庭医生")
    points = {s.month: s.percent for s in Queries(weijian.library.facts).spending([p.id])[p.id]}
    conversation = Conversation()
    weijian.ask("家庭医生签约服务经费的预算是多少？", conversation)
    first = weijian.ask("它6月底计划累计支出多少万元？", conversation)
    again = weijian.ask("那到9月底呢？", conversation)
    assert first.found and first.value == Decimal(p.budget_fen) * points[6] / 100 / WAN
    assert again.found and again.value == Decimal(p.budget_fen) * points[9] / 100 / WAN, again.understood


def test_the_divisor_row_named_among_several(weijian):
    """Two rows count people; «在册管理人数» names one of them, «目标人数» neither."""
    p = named(weijian, "精神障碍")
    (row,) = [r for r in Queries(weijian.library.facts).rows() if r.project_id == p.id and "在册" in r.level3
              and r.base_unit == "人"]
    answer = weijian.ask("严重精神障碍患者管理治疗经费按在册管理人数算，人均多少元？")
    expected = Decimal(p.budget_fen) / 100 / Decimal(str(row.norm))
    assert answer.found and abs(answer.value - expected) < Decimal("0.01"), answer.text
    assert not weijian.ask("严重精神障碍患者管理治疗经费按目标人数算，人均多少元？").found


@pytest.mark.parametrize("question", ["两个部门中预算最接近300万元的项目是哪个？", "预算100万元左右的项目有哪些",
                                      "预算大约150万元的项目"])
def test_a_number_only_approached_is_no_equality(with_sample, question):
    answer = with_sample.ask(question)
    assert not answer.found, answer.understood


def test_a_field_quoted_then_referred_to(weijian):
    """«有“其他”资金？这部分资金合计多少»: the quotes add nothing, «这部分» is the field named."""
    having = [p for p in projects(weijian) if (p.fen("other") or 0) > 0]
    answer = weijian.ask("哪些项目的预算里有“其他”资金？这部分资金合计多少万元？")
    assert answer.found and set(answer.projects) == {p.code for p in having}
    assert answer.value == Decimal(sum(p.fen("other") for p in having)) / WAN, answer.understood
    either = weijian.ask("有“其他”资金来源或者预算超过600万元的项目有哪些？")
    expected = {p.code for p in projects(weijian) if (p.fen("other") or 0) > 0 or p.budget_fen > 600 * WAN}
    assert either.found and set(either.projects) == expected


def test_a_sum_of_the_rows_the_words_name(weijian):
    """«宫颈癌和乳腺癌筛查目标一共是多少人»: those two rows, not every row counted in people; a
    part that names no row («肺癌筛查») declines."""
    rows = [r for r in Queries(weijian.library.facts).rows() if "宫颈癌筛查" in r.level3 or "乳腺癌筛查" in r.level3]
    assert len(rows) == 2
    answer = weijian.ask("宫颈癌和乳腺癌筛查目标一共是多少人？")
    assert answer.found and answer.value == sum(Decimal(str(r.norm)) for r in rows), answer.understood
    assert len(answer.projects) == 1
    assert not weijian.ask("宫颈癌和肺癌筛查目标一共是多少人？").found
