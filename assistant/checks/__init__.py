"""A reviewer's consistency check (体检) over parsed projects: findings that cite their rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.checks.findings import Batch, Finding, Origin, Rule, titled
from assistant.checks.rules import RULES, TITLES
from assistant.checks.thresholds import SEVERITIES, SEVERITY_LABELS
from ingest.records import Project, Source

if TYPE_CHECKING:
    from store.facts import StoredSource

__all__ = ["RULES", "Finding", "Origin", "Rule", "format_report", "group_by_project", "origins_of",
           "run_checks"]


def _label(source: Source, sources: Sequence[Source]) -> str:
    """The label citations carry for a source: its file name, qualified by year and department when
    two sources share a name (the store labels them the same way)."""
    if sum(1 for other in sources if other.name == source.name) < 2:
        return source.name
    year = f"{source.year}年 " if source.year is not None else ""
    return f"{source.name}（{year}{source.department}）"


def origins_of(sources: Sequence[Source | StoredSource]) -> dict[str, Origin]:
    """Department and year by source label, from Document.source records or FactStore.sources()."""
    plain = [getattr(source, "source", source) for source in sources]
    return {_label(source, plain): Origin(source.department, source.year) for source in plain}


def _order(finding: Finding) -> tuple[bool, int, int]:
    # Header findings (row None) come before the rows of the same project, then rule order.
    rules = list(RULES)
    rank = rules.index(finding.rule) if finding.rule in RULES else len(rules)
    return (finding.locator.row is not None, finding.locator.row or 0, rank)


def run_checks(projects: Sequence[Project],
               sources: Sequence[Source | StoredSource] | None = None) -> list[Finding]:
    """Run every rule over the projects; findings in project order, then row, then rule order.

    `sources` (the documents' Source records, or FactStore.sources()) gives each document's
    department and year; without it the cross-document and cross-year rules stay silent.
    """
    batch = Batch(tuple(projects), origins_of(sources) if sources else {})
    findings: list[Finding] = []
    for project in batch.projects:
        found = [finding for rule in RULES.values() for finding in rule.check(project, batch)]
        findings.extend(sorted(titled(iter(found), TITLES), key=_order))
    return findings


def _counts(findings: Sequence[Finding]) -> str:
    counts = Counter(finding.severity for finding in findings)
    parts = [f"{SEVERITY_LABELS[s]}{counts[s]}条" for s in SEVERITIES if counts[s]]
    return "、".join(parts) if parts else "无"


def group_by_project(findings: Sequence[Finding],
                     projects: Sequence[Project]) -> dict[int, list[Finding]]:
    """Findings by the index of their project in `projects` (unknown projects after the last)."""
    position: dict[tuple[str, str, int | None], int] = {}
    for index, project in enumerate(projects):
        position.setdefault((project.locator.source, project.code, project.locator.table), index)
    groups: dict[int, list[Finding]] = {}
    for finding in findings:
        key = (finding.locator.source, finding.project_code, finding.locator.table)
        groups.setdefault(position.get(key, len(projects)), []).append(finding)
    return dict(sorted(groups.items()))


def format_report(findings: Sequence[Finding], projects: Sequence[Project]) -> str:
    """A readable report grouped by project, with counts per severity and «第N行» locators."""
    sources = list(dict.fromkeys(project.locator.source for project in projects))
    counts = f"（{_counts(findings)}）" if findings else ""
    lines = [f"体检报告：共{len(projects)}个项目，发现{len(findings)}条问题{counts}"]
    if sources:
        lines.append(f"来源：{'；'.join(sources)}")
    by_rule = Counter(finding.rule for finding in findings)
    if by_rule:
        ordered = [rule for rule in RULES if by_rule[rule]]
        lines.append("按规则：" + "，".join(f"{TITLES[rule]} {by_rule[rule]}条" for rule in ordered))
    groups = group_by_project(findings, projects)
    for index, group in groups.items():
        first = group[0]
        lines.append("")
        number = f"{index + 1}. " if index < len(projects) else ""
        lines.append(f"{number}{first.project_name}（{first.project_code}）：{_counts(group)}")
        for finding in group:
            label = SEVERITY_LABELS.get(finding.severity, finding.severity)
            lines.append(f"  [{label}] {finding.where} {finding.title}：{finding.message}")
    clean = [f"{index + 1}. {project.name}" for index, project in enumerate(projects)
             if index not in groups]
    if clean:
        lines.append("")
        lines.append(f"未发现问题的项目（{len(clean)}个）：" + "；".join(clean))
    return "\n".join(lines)
