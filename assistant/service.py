"""The assistant as the UI and CLI see it: ask, ingest, browse, check."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from assistant.answer import Answer
from assistant.conversation import Conversation
from assistant.templates import EMPTY_QUESTION
from ingest.quantity import from_fen
from ingest.records import Project
from store.library import IngestReport, Library
from store.queries import Queries
from store.settings import Settings


@dataclass(frozen=True)
class DepartmentSummary:
    """The first screen for one department and year."""

    department: str
    year: int | None
    sources: tuple[str, ...]
    projects: int
    indicators: int
    total_budget: Decimal
    unit: str
    headlines: tuple[str, ...]  # the 总体目标 paragraph(s)


@dataclass(frozen=True)
class PolicyUse:
    """One place a policy document is cited."""

    canonical: str
    project_code: str
    project_name: str
    source: str
    table: int
    row: int | None  # None: cited in the project header (name, goal, use)
    field: str
    text: str


class Assistant:
    """Answers questions over a Library; one instance serves many conversations."""

    def __init__(self, library: Library, rewriter: object | None = None):
        self.library = library
        self.rewriter = rewriter
        self._engine = None
        self._engine_generation: int | None = None

    @classmethod
    def open(cls, settings: Settings) -> Assistant:
        from assistant.llm import make_rewriter

        return cls(Library(settings), make_rewriter(settings.llm))

    @property
    def engine(self):
        """The engine over the store as it is now: rebuilt (catalog of names and rows) when
        this process or another one (a shared database) has written since it was built."""
        generation = self.library.facts.generation()
        if self._engine is None or generation != self._engine_generation:
            from assistant.engine import Engine

            self._engine = Engine(self.library, self.rewriter)
            self._engine_generation = generation
        return self._engine

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer one question (in a conversation, if given) and time it."""
        started = time.perf_counter()
        if not question or not question.strip():
            return Answer(question=question or "", text=EMPTY_QUESTION, found=False)
        answer = self.engine.answer(question.strip(), conversation or Conversation())
        answer = replace(answer, latency_ms=(time.perf_counter() - started) * 1000)
        if conversation is not None:
            conversation.remember(answer)
        return answer

    def ingest(self, paths: Sequence[Path], progress: Callable[[Path], None] | None = None,
               *, ocr: bool = False, encoding: str | None = None) -> list[IngestReport]:
        """Read and store files; the engine follows the store's generation on the next question."""
        return self.library.ingest_paths(paths, progress, ocr=ocr, encoding=encoding)

    def projects(self) -> list[Project]:
        return self.library.facts.projects()

    def project(self, code: str) -> Project | None:
        return next((p for p in self.projects() if p.code == code), None)

    def overview(self) -> list[DepartmentSummary]:
        """Per department and year: projects, total budget, headline goals."""
        queries = Queries(self.library.facts)
        out = []
        for d in queries.totals_by_department():
            unit = d.units[0] if len(d.units) == 1 else "万元"
            out.append(DepartmentSummary(
                department=d.department, year=d.year, sources=d.sources, projects=d.projects,
                indicators=d.indicators, total_budget=from_fen(d.budget_fen, unit) or Decimal(0),
                unit=unit, headlines=tuple(queries.headline_sections(d.department, d.year))))
        return out

    def policy_index(self) -> list[PolicyUse]:
        """Every cited policy document with the projects and rows that rely on it."""
        uses = Queries(self.library.facts).uses()
        return [PolicyUse(u.canonical, u.code, u.name, u.source, u.seq, u.row_no, u.field,
                          f"{u.level3}：{u.value_raw}（依据：{u.basis}）" if u.row_no is not None
                          else u.name) for u in uses]

    def findings(self, projects: Sequence[Project] | None = None):
        """The 体检 findings over every stored project (`projects`: the same, already read)."""
        from assistant.checks import run_checks

        return run_checks(self.projects() if projects is None else projects,
                          self.library.facts.sources())
