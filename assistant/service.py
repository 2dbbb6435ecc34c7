"""The assistant as the UI and CLI see it: ask, ingest, browse, check."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from assistant.answer import Answer
from assistant.conversation import Conversation
from ingest.records import Project
from store.library import IngestReport, Library
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

    @classmethod
    def open(cls, settings: Settings) -> "Assistant":
        from assistant.llm import make_rewriter

        return cls(Library(settings), make_rewriter(settings.llm))

    @property
    def engine(self):
        if self._engine is None:
            from assistant.engine import Engine

            self._engine = Engine(self.library, self.rewriter)
        return self._engine

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer one question (in a conversation, if given) and time it."""
        started = time.perf_counter()
        answer = self.engine.answer(question.strip(), conversation or Conversation())
        answer = replace(answer, latency_ms=(time.perf_counter() - started) * 1000)
        if conversation is not None:
            conversation.remember(answer)
        return answer

    def ingest(self, paths: Sequence[Path],
               progress: Callable[[Path], None] | None = None) -> list[IngestReport]:
        reports = self.library.ingest_paths(paths, progress)
        if any(r.status in ("ingested", "replaced") for r in reports):
            self._engine = None  # the catalog of names and rows changed
        return reports

    def projects(self) -> list[Project]:
        return self.library.facts.projects()

    def project(self, code: str) -> Project | None:
        return next((p for p in self.projects() if p.code == code), None)

    def overview(self) -> list[DepartmentSummary]:
        """Per department and year: projects, total budget, headline goals."""
        facts = self.library.facts
        rows = facts.query(
            """SELECT s.department, s.year, GROUP_CONCAT(DISTINCT s.name) AS names,
                      COUNT(DISTINCT p.id) AS n_projects, SUM(p.budget_fen) AS fen,
                      MIN(p.unit) AS unit,
                      (SELECT COUNT(*) FROM indicators i JOIN projects q ON q.id = i.project_id
                        JOIN sources t ON t.id = q.source_id
                        WHERE t.department = s.department AND t.year IS s.year) AS n_ind
               FROM sources s LEFT JOIN projects p ON p.source_id = s.id
               GROUP BY s.department, s.year ORDER BY s.year DESC, s.department""")
        out = []
        for r in rows:
            heads = facts.query(
                """SELECT x.text FROM sections x JOIN sources s ON s.id = x.source_id
                   WHERE s.department = ? AND s.year IS ? AND x.path LIKE '%总体%'
                   ORDER BY x.seq LIMIT 2""", (r["department"], r["year"]))
            unit = r["unit"] or "万元"
            from store.facts import from_fen

            total = from_fen(r["fen"] or 0, unit)
            out.append(DepartmentSummary(
                department=r["department"], year=r["year"],
                sources=tuple((r["names"] or "").split(",")), projects=r["n_projects"],
                indicators=r["n_ind"], total_budget=total.normalize() if total else Decimal(0),
                unit=unit, headlines=tuple(h["text"] for h in heads)))
        return out

    def policy_index(self) -> list[PolicyUse]:
        """Every cited policy document with the projects and rows that rely on it."""
        rows = self.library.facts.query(
            """SELECT r.canonical, p.code, p.name, s.label AS source, p.seq, i.row_no, l.field,
                      COALESCE(i.level3 || '：' || i.value_raw || '（依据：' || i.basis || '）',
                               p.name) AS text
               FROM ref_links l JOIN policy_refs r ON r.id = l.ref_id
               JOIN projects p ON p.id = l.project_id JOIN sources s ON s.id = p.source_id
               LEFT JOIN indicators i ON i.id = l.indicator_id
               ORDER BY r.canonical, s.id, p.seq, i.row_no""")
        return [PolicyUse(r["canonical"], r["code"], r["name"], r["source"], r["seq"],
                          r["row_no"], r["field"], r["text"]) for r in rows]

    def findings(self):
        """The 体检 findings over every stored project."""
        from assistant.checks import run_checks

        return run_checks(self.projects())
