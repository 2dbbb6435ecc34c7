"""A reviewer's consistency check (体检) over parsed projects: findings that cite their rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from assistant.checks.rules import RULES, Finding, Rule
from assistant.checks.thresholds import SEVERITIES, SEVERITY_LABELS
from ingest.records import Project

__all__ = ["RULES", "Finding", "Rule", "format_report", "run_checks"]


def _row_order(finding: Finding) -> tuple[bool, int]:
    # Header findings (row None) come before the rows of the same project.
    return (finding.locator.row is not None, finding.locator.row or 0)


def run_checks(projects: Sequence[Project]) -> list[Finding]:
    """Run every rule over the projects; findings in project order, then row, then rule order."""
    findings: list[Finding] = []
    # Rules that compare projects (same name, same code) compare within one document: the same
    # 项目编码 in another year's file is the same project again, not a duplicate.
    peers: dict[str, list[Project]] = {}
    for project in projects:
        peers.setdefault(project.locator.source, []).append(project)
    for project in projects:
        same_document = peers[project.locator.source]
        found = [finding for rule in RULES.values()
                 for finding in rule.check(project, same_document)]
        findings.extend(sorted(found, key=_row_order))
    return findings


def _counts(findings: Sequence[Finding]) -> str:
    counts = Counter(finding.severity for finding in findings)
    parts = [f"{SEVERITY_LABELS[s]}{counts[s]}条" for s in SEVERITIES if counts[s]]
    return "、".join(parts) if parts else "无"


def _where(finding: Finding) -> str:
    row = finding.locator.row
    return "表头" if row is None else f"第{row}行"


def format_report(findings: Sequence[Finding], projects: Sequence[Project]) -> str:
    """A readable report grouped by project, with counts per severity and «第N行» locators."""
    sources = sorted({project.locator.source for project in projects})
    counts = f"（{_counts(findings)}）" if findings else ""
    lines = [f"体检报告：共{len(projects)}个项目，发现{len(findings)}条问题{counts}"]
    if sources:
        lines.append(f"来源：{'；'.join(sources)}")
    by_rule = Counter(finding.rule for finding in findings)
    if by_rule:
        ordered = [rule for rule in RULES if by_rule[rule]]
        ordered += sorted(rule for rule in by_rule if rule not in RULES)
        lines.append("按规则：" + "，".join(f"{rule} {by_rule[rule]}条" for rule in ordered))
    unmeasurable = [finding for finding in findings if finding.rule == "non-measurable"]
    if unmeasurable:
        lines.append(f"指标值无法量化：{len(unmeasurable)}项（{_counts(unmeasurable)}），见各项目下")

    position = {}
    for index, project in enumerate(projects):
        position.setdefault((project.code, project.name), index)
    groups: dict[int, list[Finding]] = {}
    for finding in findings:
        index = position.get((finding.project_code, finding.project_name), len(projects))
        groups.setdefault(index, []).append(finding)

    for index in sorted(groups):
        group = groups[index]
        first = group[0]
        lines.append("")
        number = f"{index + 1}. " if index < len(projects) else ""
        lines.append(f"{number}{first.project_name}（{first.project_code}）：{_counts(group)}")
        for finding in group:
            label = SEVERITY_LABELS.get(finding.severity, finding.severity)
            lines.append(f"  [{label}] {_where(finding)} {finding.message}（{finding.rule}）")

    clean = [
        f"{index + 1}. {project.name}"
        for index, project in enumerate(projects)
        if index not in groups and position[(project.code, project.name)] == index
    ]
    if clean:
        lines.append("")
        lines.append(f"未发现问题的项目（{len(clean)}个）：" + "；".join(clean))
    return "\n".join(lines)
