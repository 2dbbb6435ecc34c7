"""An optional chat model (through langchain) that restates questions the rules could not read.

Never required: without a configured model the assistant answers from its rules alone. The model
never answers; it only rewrites the question, which is then planned and run as SQL like any other.
"""

from __future__ import annotations

from typing import Any

from assistant import prompts


class QuestionRewriter:
    """Restate a question with a langchain chat model (any `BaseChatModel`)."""

    def __init__(self, chat_model: Any):
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate

        prompt = ChatPromptTemplate.from_messages(
            [("system", prompts.REWRITE_SYSTEM), ("human", prompts.REWRITE_HUMAN)])
        self._chain = prompt | chat_model | StrOutputParser()

    def rewrite(self, question: str, projects: tuple[str, ...] = ()) -> str:
        context = prompts.REWRITE_CONTEXT.format(projects="、".join(projects)) if projects else ""
        text = self._chain.invoke({"question": question, "context": context})
        return text.strip().splitlines()[0].strip() if text.strip() else question


def make_rewriter(spec: str | None) -> QuestionRewriter | None:
    """A rewriter from a langchain model spec such as "openai:gpt-4o-mini" (None: no model)."""
    if not spec:
        return None
    from langchain.chat_models import init_chat_model

    return QuestionRewriter(init_chat_model(spec))
