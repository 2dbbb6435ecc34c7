"""Pure renderers for one project's 绩效目标表 and the browse, policy and 体检 views."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from assistant.checks.thresholds import SEVERITY_LABELS
from assistant.service import PolicyUse
from ingest.records import Indicator, Project
from store.facts import from_fen, to_fen
from ui.views import amount, choice_value, esc

# Inline styles as well as classes: the table reads the same wherever the HTML is shown.
CITED_STYLE = "background:#fff3b0"
FOCUS_STYLE = "background:#ffd34d;font-weight:600"
INDICATOR_COLUMNS = ("行", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")


def find_project(projects: Iterable[Project], source: str, table: int | None) -> Project | None:
    return next((p for p in projects
                 if p.locator.source == source and p.locator.table == table), None)


def project_label(project: Project) -> str:
    return f"{project.name}（{project.code}）"


def project_choices(projects: Sequence[Project]) -> list[tuple[str, str]]:
    return [(project_label(p), choice_value(n, p.locator.source, p.locator.table, None))
            for n, p in enumerate(projects, 1)]


def project_html(project: Project | None, highlight: Iterable[int | None] = (),
                 focus: int | None = None) -> str:
    """The project's header and indicator table; cited rows marked, the selected one strongest.

    A None in `highlight` marks the header fields (name, budget, goal) as cited."""
    if project is None:
        return "<div class='jx-empty'>选择一条来源，这里显示它所在的绩效目标表。</div>"
    marked = set(highlight)
    plan = "，".join(f"{s.period} " + ("—" if s.percent is None else f"{s.percent:f}%")
                    for s in project.spending_plan)
    head_attrs = f" class='jx-head jx-cited' style='{CITED_STYLE}'" if None in marked else ""
    header = (
        f"<div{head_attrs}><h4>{esc(project.name)}（{esc(project.code)}）</h4>"
        f"<p class='jx-meta'>{esc(project.locator.source)} · 表{project.locator.table} · "
        f"预算数 {amount(project.budget)} {esc(project.unit)}"
        f"（财政资金 {amount(project.fiscal)}，其他资金 {amount(project.other)}）</p>"
        + (f"<p class='jx-meta'>资金使用计划（累计）：{esc(plan)}</p>" if plan else "")
        + (f"<p class='jx-meta'>项目资金用途：{esc(project.use)}</p>" if project.use else "")
        + (f"<p class='jx-meta'>绩效目标：{esc(project.goal)}</p>" if project.goal else "")
        + "</div>")
    head = "".join(f"<th>{c}</th>" for c in INDICATOR_COLUMNS)
    body = "".join(_indicator_row(i, marked, focus) for i in project.indicators)
    return (f"<div class='jx-project'>{header}<table class='jx-table'><thead><tr>{head}</tr>"
            f"</thead><tbody>{body}</tbody></table></div>")


def _indicator_row(ind: Indicator, marked: set[int], focus: int | None) -> str:
    row = ind.locator.row
    if row is not None and row == focus:
        attrs = f" class='jx-cited jx-focus' style='{FOCUS_STYLE}'"
    elif row in marked:
        attrs = f" class='jx-cited' style='{CITED_STYLE}'"
    else:
        attrs = ""
    cells = (f"第{row}行" if row is not None else "", ind.level1, ind.level2, ind.level3,
             ind.description, ind.value.raw, ind.basis)
    first, *rest = (f"<td>{esc(c)}</td>" for c in cells)
    first = first.replace("<td>", "<td style='white-space:nowrap'>", 1)
    return f"<tr data-row='{row}'{attrs}>{first}{''.join(rest)}</tr>"


def rows_frame(rows: Sequence[dict]) -> pd.DataFrame:
    """A list answer's rows as a table (columns as the answer names them)."""
    return pd.DataFrame(list(rows))


# -- 项目浏览 ------------------------------------------------------------------------------

def projects_frame(projects: Sequence[Project]) -> pd.DataFrame:
    """One line per project: code, name, budget split as written."""
    return pd.DataFrame([{
        "项目编码": p.code, "项目名称": p.name, "单位": p.unit,
        "预算数": amount(p.budget), "财政资金": amount(p.fiscal), "其他资金": amount(p.other),
        "指标数": len(p.indicators), "来源文件": p.locator.source,
    } for p in projects], columns=["项目编码", "项目名称", "单位", "预算数", "财政资金",
                                   "其他资金", "指标数", "来源文件"])


def chart_label(n: int, project: Project) -> str:
    """A short, unique axis label: «3. 2025年创业扶持资金»; names repeat and run long."""
    name = project.name if len(project.name) <= 16 else project.name[:15] + "…"
    return f"{n}. {name}"


def budget_frame(projects: Sequence[Project]) -> pd.DataFrame:
    """Budgets in 万元 whatever unit each table was written in (some are in 元)."""
    return pd.DataFrame([{"项目": chart_label(n, p),
                          "预算数": float(from_fen(to_fen(p.budget, p.unit), "万元"))}
                         for n, p in enumerate(projects, 1) if p.budget is not None],
                        columns=["项目", "预算数"])


def spending_frame(projects: Sequence[Project]) -> pd.DataFrame:
    """Cumulative spending plan: one point per project and period end (3月底 …)."""
    return pd.DataFrame([{"项目": chart_label(n, p), "时间": s.period, "月": s.month,
                          "累计支出比例（%）": float(s.percent)}
                         for n, p in enumerate(projects, 1) for s in p.spending_plan
                         if s.percent is not None],
                        columns=["项目", "时间", "月", "累计支出比例（%）"])


def period_order(frame: pd.DataFrame) -> list[str]:
    """Period names in month order, for the line chart's x axis."""
    return list(frame.sort_values("月")["时间"].drop_duplicates())


def level_choices(projects: Sequence[Project],
                  level1: str | None = None) -> tuple[list[str], list[str]]:
    """Distinct 一级 and (under the chosen 一级) 二级 indicator names, in table order."""
    ones = list(dict.fromkeys(i.level1 for p in projects for i in p.indicators if i.level1))
    twos = list(dict.fromkeys(i.level2 for p in projects for i in p.indicators
                              if i.level2 and (not level1 or i.level1 == level1)))
    return ones, twos


def matching_rows(projects: Sequence[Project], level1: str | None, level2: str | None,
                  policy: str | None) -> list[tuple[Project, Indicator]]:
    """Indicator rows under the chosen 一级/二级 names that cite the chosen policy document."""
    out = []
    for p in projects:
        for i in p.indicators:
            if level1 and i.level1 != level1:
                continue
            if level2 and i.level2 != level2:
                continue
            if policy and policy not in {r.canonical for r in i.policy_refs}:
                continue
            out.append((p, i))
    return out


def matches_frame(matches: Sequence[tuple[Project, Indicator]]) -> pd.DataFrame:
    return pd.DataFrame([{
        "项目编码": p.code, "项目名称": p.name, "行": i.locator.row, "一级指标": i.level1,
        "二级指标": i.level2, "三级指标": i.level3, "指标值": i.value.raw,
        "依据文件": "、".join(r.canonical for r in i.policy_refs),
    } for p, i in matches], columns=["项目编码", "项目名称", "行", "一级指标", "二级指标",
                                     "三级指标", "指标值", "依据文件"])


# -- 依据文件 ------------------------------------------------------------------------------

def policy_html(uses: Sequence[PolicyUse]) -> str:
    """Every cited policy document (most cited first) with the projects and rows relying on it."""
    if not uses:
        return "<div class='jx-empty'>还没有识别到引用的依据文件。</div>"
    grouped: dict[str, list[PolicyUse]] = {}
    for use in uses:
        grouped.setdefault(use.canonical, []).append(use)
    order = sorted(grouped, key=lambda c: (-len({(u.source, u.table) for u in grouped[c]}), c))
    blocks = []
    for canonical in order:
        group = grouped[canonical]
        n = len({(u.source, u.table) for u in group})
        body = "".join(
            f"<tr><td>{esc(u.project_name)}<br><small>{esc(u.project_code)}</small></td>"
            f"<td>表{u.table} " + (f"第{u.row}行" if u.row is not None else f"表头（{esc(u.field)}）")
            + f"</td><td>{esc(u.text)}</td></tr>" for u in group)
        blocks.append(
            f"<details class='jx-policy'><summary><b>{esc(canonical)}</b>"
            f" —— {n}个项目引用，共{len(group)}处</summary>"
            "<table class='jx-table'><thead><tr><th>项目</th><th>位置</th><th>指标（依据）</th>"
            f"</tr></thead><tbody>{body}</tbody></table></details>")
    return (f"<p>共{len(grouped)}份依据文件。点开一份，看引用它的项目和指标行。</p>"
            + "".join(blocks))


def policy_choices(uses: Sequence[PolicyUse]) -> list[str]:
    return sorted({u.canonical for u in uses})


# -- 体检 ----------------------------------------------------------------------------------

def _severity(finding) -> str:
    return SEVERITY_LABELS.get(finding.severity, finding.severity)


def _finding_where(finding) -> str:
    return f"第{finding.locator.row}行" if finding.locator.row is not None else "表头"


def findings_html(findings: Sequence) -> str:
    """The 体检 findings grouped by project, each naming its row."""
    if not findings:
        return "<div class='jx-empty'>体检没有发现问题。</div>"
    grouped: dict[tuple[str, str, int | None], list] = {}
    for f in findings:
        grouped.setdefault((f.locator.source, f.project_name, f.locator.table), []).append(f)
    blocks = []
    for (source, name, table), group in grouped.items():
        items = "".join(
            f"<li class='jx-sev-{esc(f.severity)}'>[{esc(_severity(f))}] {_finding_where(f)}：{esc(f.message)} <small>（{esc(f.rule)}）</small></li>"
            for f in group)
        blocks.append(f"<details class='jx-findings' open><summary><b>{esc(name)}</b>"
                      f"（{esc(group[0].project_code)}）· 表{table} · {len(group)}条</summary>"
                      f"<ul>{items}</ul></details>")
    return f"<p>共{len(findings)}条发现，涉及{len(grouped)}个项目。</p>" + "".join(blocks)


def finding_choices(findings: Sequence) -> list[tuple[str, str]]:
    """Dropdown choices: «n. 项目 第N行 [级别] 说明» → a choice_value."""
    out = []
    for n, f in enumerate(findings, 1):
        label = (f"{n}. {f.project_name} {_finding_where(f)} "
                 f"[{_severity(f)}] {f.message}")
        where = f.locator
        out.append((label[:120], choice_value(n, where.source, where.table, where.row)))
    return out
