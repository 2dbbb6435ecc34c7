"""The optional chat model: a fake at the outer edge; answers still come from SQL."""

from __future__ import annotations

from decimal import Decimal

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant import prompts
from assistant.llm import QuestionRewriter, make_rewriter
from assistant.service import Assistant


def test_no_model_configured_means_no_rewriter():
    assert make_rewriter(None) is None


def test_prompts_format():
    assert "{" not in prompts.REWRITE_HUMAN.format(context="", question="q")
    assert prompts.REWRITE_CONTEXT.format(projects="A、B").startswith("上一轮")


def test_rewritten_question_is_answered_from_the_table(assistant):
    fake = FakeListChatModel(responses=["预算最高的项目是哪个？"])
    with_model = Assistant(assistant.library, QuestionRewriter(fake))
    answer = with_model.ask("哪块的钱给得最足？")
    assert answer.found and answer.projects == ("13043425P00435710003L",)
    assert answer.value == Decimal(20114)
    assert answer.plan["restated_as"] == "预算最高的项目是哪个？"
    assert answer.question == "哪块的钱给得最足？"


def test_model_is_not_asked_when_rules_answer(assistant):
    fake = FakeListChatModel(responses=["这句不该被用到"])
    with_model = Assistant(assistant.library, QuestionRewriter(fake))
    answer = with_model.ask("预算合计多少？")
    assert answer.value == Decimal("37106.9") and "restated_as" not in answer.plan
    assert fake.i == 0


def test_out_of_scope_is_not_rewritten_into_an_answer(assistant):
    fake = FakeListChatModel(responses=["预算合计多少？"])
    with_model = Assistant(assistant.library, QuestionRewriter(fake))
    assert not with_model.ask("教育局的预算合计多少？").found
