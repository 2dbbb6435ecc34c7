"""The records the 体检 passes around: a finding, a rule, and the batch of projects a rule reads."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property
from typing import Any

from assistant.checks import thresholds as t
from assistant.checks.basis import Citation
from ingest.records import Indicator, Locator, Project


@dataclass(frozen=True)
class Finding:
    """One problem in one project, at one row (or the project header: row None).

    `title` names the rule in Chinese for people; `rule` is its code, kept for JSON and filters.
    A grouped finding (info rules: one line per project) lists every row it covers in `rows`.
    """

    rule: str
    severity: str
    title: str
    project_code: str
    project_name: str
    locator: Locator
    message: str
    quote: str = ""       # the cells the finding rests on, as written
    suggestion: str = ""  # what the department should change
    rows: tuple[int, ...] = ()

    def to_record(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "title": self.title,
            "severity": self.severity,
            "project_code": self.project_code,
            "project_name": self.project_name,
            "locator": {"source": self.locator.source, "table": self.locator.table,
                        "row": self.locator.row, "rows": list(self.rows)},
            "message": self.message,
            "quote": self.quote,
            "suggestion": self.suggestion,
        }

    @property
    def where(self) -> str:
        """«第4行», «第5、6行» or «表头»."""
        if self.rows:
            return "第" + "、".join(str(row) for row in self.rows) + "行"
        return "表头" if self.locator.row is None else f"第{self.locator.row}行"


@dataclass(frozen=True)
class Origin:
    """Who published a document and for which year: what cross-document rules compare by."""

    department: str
    year: int | None


@dataclass(frozen=True)
class Batch:
    """The projects under review, with each source label's department and year when known."""

    projects: tuple[Project, ...]
    origins: Mapping[str, Origin] = field(default_factory=dict)

    @cached_property
    def _by_source(self) -> dict[str, list[Project]]:
        groups: dict[str, list[Project]] = {}
        for project in self.projects:
            groups.setdefault(project.locator.source, []).append(project)
        return groups

    @cached_property
    def _by_code(self) -> dict[str, list[Project]]:
        groups: dict[str, list[Project]] = {}
        for project in self.projects:
            groups.setdefault(project.code, []).append(project)
        return groups

    @cached_property
    def _by_origin(self) -> dict[tuple[str, int | None], list[Project]]:
        groups: dict[tuple[str, int | None], list[Project]] = {}
        for project in self.projects:
            if (origin := self.origin(project)) is not None:
                key = ("".join(origin.department.split()), origin.year)
                groups.setdefault(key, []).append(project)
        return groups

    def same_document(self, project: Project) -> list[Project]:
        return self._by_source.get(project.locator.source, [])

    def same_code(self, project: Project) -> list[Project]:
        """Every project in the batch with this project's 项目编码 (itself included)."""
        return self._by_code.get(project.code, [])

    def published(self, department: str, year: int | None) -> list[Project]:
        """The projects of one department's documents for one year."""
        return self._by_origin.get(("".join(department.split()), year), [])

    def origin(self, project: Project) -> Origin | None:
        """Department and year of the project's document; None when the caller gave no sources."""
        found = self.origins.get(project.locator.source)
        if found is None:
            return None
        return found if found.department else replace(found, department=project.department)


Check = Callable[[Project, Batch], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    """A registered check: its code, Chinese title, the most serious severity it reports, what it
    checks, why, and the published passages it rests on (only ones whose wording was checked)."""

    id: str
    severity: str
    title: str
    checks: str
    reason: str
    basis: tuple[Citation, ...]
    check: Check

    @property
    def summary(self) -> str:
        """One line: what the rule checks and why, with its basis when there is one."""
        cited = "；".join(citation.cite() for citation in self.basis)
        return f"{self.checks}。{self.reason}" + (f"（依据：{cited}）" if cited else "")


# Builders the rules share: a finding knows its rule's title from the registry at run time.

def quote(text: str) -> str:
    """A cell as one line, cut at QUOTE_LIMIT characters."""
    text = " ".join(text.split())
    return text if len(text) <= t.QUOTE_LIMIT else text[: t.QUOTE_LIMIT] + "…"


def name_of(indicator: Indicator) -> str:
    return quote(indicator.level3 or indicator.description)


def row_text(indicator: Indicator) -> str:
    """The row as a reviewer quotes it: «第4行 产出指标/成本指标/建设成本：800万元（依据：…）»."""
    kinds = "/".join(part for part in (indicator.level1, indicator.level2) if part)
    said = indicator.level3
    if indicator.description and indicator.description != indicator.level3:
        said = f"{said}（{indicator.description}）" if said else indicator.description
    basis = f"；确定依据：{indicator.basis}" if indicator.basis.strip() else "；确定依据：（空）"
    value = indicator.value.raw or "（空）"
    return f"第{indicator.locator.row}行 {kinds}｜{' '.join(said.split())}｜指标值：{value}{basis}"


def plain(number: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 800, 1468.8, 75."""
    return f"{number.normalize():f}"


def money_text(project: Project) -> str:
    """The header's money cells as written."""
    unit = project.unit or t.DEFAULT_MONEY_UNIT

    def cell(amount: Decimal | None) -> str:
        return "（空）" if amount is None else f"{amount}{unit}"

    return f"预算数{cell(project.budget)}；财政资金{cell(project.fiscal)}；其他资金{cell(project.other)}"


def at_row(rule: str, severity: str, project: Project, indicator: Indicator, message: str,
           suggestion: str) -> Finding:
    return Finding(rule, severity, "", project.code, project.name, indicator.locator, message,
                   row_text(indicator), suggestion)


def at_header(rule: str, severity: str, project: Project, message: str, quoted: str,
              suggestion: str) -> Finding:
    locator = replace(project.locator, row=None, section=())
    return Finding(rule, severity, "", project.code, project.name, locator, message, quoted,
                   suggestion)


def grouped(rule: str, severity: str, project: Project, indicators: Sequence[Indicator],
            message: str, suggestion: str) -> Finding:
    """One finding for several rows of one project (info rules report one line per project)."""
    first = indicators[0]
    return Finding(rule, severity, "", project.code, project.name, first.locator, message,
                   "\n".join(row_text(indicator) for indicator in indicators), suggestion,
                   tuple(indicator.locator.row or 0 for indicator in indicators))


def titled(findings: Iterator[Finding], titles: Mapping[str, str]) -> Iterator[Finding]:
    """Fill each finding's Chinese title from the registry."""
    for finding in findings:
        yield replace(finding, title=titles.get(finding.rule, finding.rule))
