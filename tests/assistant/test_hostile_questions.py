"""Questions an adversary would send: no freeze, no traceback, no wrong answer to odd input."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.conversation import Conversation
from assistant.planner import plan_question
from assistant.reading import MAX_QUESTION_CHARS

# The characters questions are made of, comparator and operation words among them.
PIECES = list("0123456789.%万亿元人个的了吗呢，。？、“”【】〔〕()（）第号年月底前后及以上下内") + [
    "预算", "满意度", "超过", "不低于", "未达到", "之间", "除了", "以外", "或", "平均", "占", "相差",
    "冀人社规", "项目", "指标", "合计", "前三", "每人", "按", "增长", "其中", "它的"]


@pytest.fixture(scope="module")
def catalog(assistant):
    return assistant.engine.catalog


def planned_in(catalog, text: str) -> float:
    started = time.process_time()
    plan = plan_question(text, catalog, Conversation())
    assert plan is not None
    return time.process_time() - started


@pytest.mark.parametrize("digits", [4_000, 8_000, 50_000])
def test_long_digit_runs_are_refused_at_once(assistant, digits):
    started = time.process_time()
    answer = assistant.ask("预算" + "9" * digits + "万元的项目")
    assert time.process_time() - started < 1.0
    assert not answer.found and "太长" in answer.text


def test_question_length_cap_is_a_clear_message(assistant):
    answer = assistant.ask("满意度" * 200)
    assert not answer.found and str(MAX_QUESTION_CHARS) in answer.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=120))
def test_any_text_within_the_cap_is_planned_quickly(catalog, pieces):
    text = "".join(pieces)[:MAX_QUESTION_CHARS]
    assert planned_in(catalog, text) < 1.0


@pytest.mark.parametrize("unit", ["预算9", "的", "“”", "【2024】", "满意度90%以上"])
def test_time_grows_no_faster_than_the_text(catalog, unit):
    """Doubling an adversarial question twice costs at most a generous multiple, not a power."""
    short = (unit * 300)[: MAX_QUESTION_CHARS // 4]
    long = (unit * 300)[:MAX_QUESTION_CHARS]
    t_short = min(planned_in(catalog, short) for _ in range(3))
    t_long = min(planned_in(catalog, long) for _ in range(3))
    assert t_long < max(0.05, 12 * t_short)


@pytest.mark.parametrize("question", [
    "名称里有“%”的项目有哪些？", "名称里有“_”的项目", "预算超过1e999999万元的项目",
    "低于-100万元的项目有哪些？", "9999年的预算合计是多少？",
])
def test_odd_input_finds_nothing_rather_than_everything(assistant, question):
    answer = assistant.ask(question)
    assert not answer.found and answer.projects == ()


def test_whitespace_question_is_answered_without_work(assistant):
    answer = assistant.ask("   \n ")
    assert not answer.found and "请输入" in answer.text
