"""A conversation: what the previous answers were about, for follow-up questions."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.answer import Answer


@dataclass
class Conversation:
    """Mutable per-user state: the answers so far (most recent last)."""

    answers: list[Answer] = field(default_factory=list)

    def remember(self, answer: Answer) -> None:
        self.answers.append(answer)
        del self.answers[:-20]  # follow-ups refer back a few turns, not the whole history

    @property
    def last_projects(self) -> tuple[str, ...]:
        """Projects (项目编码) of the most recent answer that was about projects."""
        for answer in reversed(self.answers):
            if answer.projects:
                return answer.projects
        return ()

    @property
    def last_project_ids(self) -> tuple[int, ...]:
        """The store ids of those projects, when the answer knew them."""
        for answer in reversed(self.answers):
            if answer.projects:
                return answer.project_ids
        return ()

    def recent_project_ids(self, answers: int) -> list[tuple[int, ...]]:
        """The project ids of the last few answers about projects, most recent first."""
        out = []
        for answer in reversed(self.answers):
            if answer.projects and answer.project_ids:
                out.append(answer.project_ids)
                if len(out) == answers:
                    break
        return out

    @property
    def last_answer(self) -> Answer | None:
        """The most recent answer that found something."""
        for answer in reversed(self.answers):
            if answer.found:
                return answer
        return None
