"""Pure renderers for tables: one project's 绩效目标表, the browse lists, 依据文件 and 体检."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from assistant.checks.thresholds import SEVERITY_LABELS
from assistant.service import PolicyUse
from ingest.records import Indicator, Project
from ui.names import Key, distinct_names, key_of
from ui.views import amount, choice_value, esc

# Inline styles as well as classes: the table reads the same wherever the HTML is shown.
CITED_STYLE = "background:#fff3b0"
FOCUS_STYLE = "background:#ffd34d;font-weight:600"
INDICATOR_COLUMNS = ("行", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据")
PROJECT_COLUMNS = ("项目编码", "项目名称", "单位", "预算数", "财政资金", "其他资金", "指标数", "来源文件")
MATCH_COLUMNS = ("项目", "行", "一级指标", "二级指标", "三级指标", "指标值", "依据文件")
MAX_TABLE_ROWS = 500  # more rows than this are counted and cut, with a note to filter
# Shown for a 体检 rule until the finding carries its own Chinese title (assistant/checks).
RULE_TITLES = {
    "cost-vs-budget": "成本指标与预算不符",
    "count-mismatch": "描述与指标值的数量不一致",
    "direction": "指标方向设反",
    "ratio-inverted": "比率的分子分母颠倒",
    "missing-kind": "缺少必设的指标类别",
    "non-measurable": "指标值无法量化",
    "spending-plan": "资金支出计划不合理",
    "money-split": "预算数与资金来源不符",
    "duplicate-name": "项目名称重复",
    "duplicate-code": "项目编码重复",
    "missing-basis": "缺少指标值确定依据",
}
# Where in a table a policy document is cited (ref_links.field), as the table names it.
FIELD_NAMES = {"name": "项目名称", "goal": "绩效目标", "use": "资金用途", "basis": "指标值确定依据"}
EVIDENCE_HINT = "选择一条来源，这里显示它所在的绩效目标表，引用的行会标出。"


def find_project(projects: Iterable[Project], source: str, table: int | None) -> Project | None:
    return next((p for p in projects
                 if p.locator.source == source and p.locator.table == table), None)


def html_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], css: str = "") -> str:
    """An HTML table that wraps long text instead of scrolling sideways; every cell escaped."""
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return (f"<table class='jx-table {css}'><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>")


def counted_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], noun: str,
                  css: str = "") -> str:
    """A table under a line that says how many rows it has (and when it shows only the first)."""
    shown = rows[:MAX_TABLE_ROWS]
    note = (f"共{len(rows)}{noun}" if len(shown) == len(rows)
            else f"共{len(rows)}{noun}，只显示前{len(shown)}个，请用筛选缩小范围")
    return f"<p class='jx-count'>{note}</p>" + html_table(columns, shown, css)


# -- one project's 绩效目标表 -----------------------------------------------------------------

def project_html(project: Project | None, highlight: Iterable[int | None] = (),
                 focus: int | None = None, hint: str = EVIDENCE_HINT) -> str:
    """The project's header and indicator table; cited rows marked, the selected one strongest.

    A None in `highlight` marks the header fields (name, budget, goal) as cited."""
    if project is None:
        return f"<div class='jx-empty'>{esc(hint)}</div>"
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


def _indicator_row(ind: Indicator, marked: set[int | None], focus: int | None) -> str:
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
    first = first.replace("<td>", "<td class='jx-nowrap'>", 1)
    return f"<tr data-row='{row}'{attrs}>{first}{''.join(rest)}</tr>"


def rows_html(rows: Sequence[dict]) -> str:
    """A list answer's rows as a table (columns as the answer names them)."""
    columns = list(dict.fromkeys(k for row in rows for k in row))
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    return counted_table(columns, cells, "行", "jx-result")


def _cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "；".join(str(v) for v in value)
    return "" if value is None else str(value)


# -- 项目浏览 ------------------------------------------------------------------------------

def projects_html(projects: Sequence[Project]) -> str:
    """One line per project: code, name, budget split as written, rows, file."""
    rows = [(p.code, p.name, p.unit, amount(p.budget), amount(p.fiscal), amount(p.other),
             len(p.indicators), p.locator.source) for p in projects]
    if not rows:
        return "<div class='jx-empty'>还没有入库的项目。</div>"
    return counted_table(PROJECT_COLUMNS, rows, "个项目", "jx-projects")


def project_choices(projects: Sequence[Project],
                    names: Mapping[Key, str] | None = None) -> list[tuple[str, str]]:
    names = names if names is not None else distinct_names(projects)
    return [(f"{n}. {names[key_of(p)]}", choice_value(n, p.locator.source, p.locator.table, None))
            for n, p in enumerate(projects, 1)]


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


def matches_html(matches: Sequence[tuple[Project, Indicator]], filtered: bool,
                 names: Mapping[Key, str]) -> str:
    if not filtered:
        return ("<div class='jx-empty'>选择上面的一级指标、二级指标或依据文件，"
                "这里列出符合条件的指标行。</div>")
    if not matches:
        return "<div class='jx-empty'>没有符合条件的指标行，请换一个条件。</div>"
    rows = [(names.get(key_of(p), p.name), f"第{i.locator.row}行", i.level1, i.level2, i.level3,
             i.value.raw, "、".join(r.canonical for r in i.policy_refs)) for p, i in matches]
    return counted_table(MATCH_COLUMNS, rows, "行", "jx-matches")


# -- 依据文件 ------------------------------------------------------------------------------

POLICY_COUNTING = ("计数口径（与问答中的计数相同）：项目 = 引用它的绩效目标表；指标行 = 在指标行里"
                   "（多为「指标值确定依据」）引用它的行，同一行只计一次；表头字段 = 在项目名称、"
                   "绩效目标、资金用途等表头字段里引用它的地方。")


def policy_counts(group: Sequence[PolicyUse]) -> tuple[int, int, int]:
    """Projects, indicator rows and header fields citing one document (each counted once)."""
    return (len({(u.source, u.table) for u in group}),
            len({(u.source, u.table, u.row) for u in group if u.row is not None}),
            len({(u.source, u.table, u.field) for u in group if u.row is None}))


def policy_html(uses: Sequence[PolicyUse], names: Mapping[Key, str]) -> str:
    """Every cited policy document (most cited first) with the projects and rows relying on it."""
    if not uses:
        return "<div class='jx-empty'>还没有识别到引用的依据文件。</div>"
    grouped: dict[str, list[PolicyUse]] = {}
    for use in uses:
        grouped.setdefault(use.canonical, []).append(use)
    order = sorted(grouped, key=lambda c: (-policy_counts(grouped[c])[0], c))
    blocks = []
    for canonical in order:
        group = grouped[canonical]
        projects, rows, headers = policy_counts(group)
        body = "".join(
            f"<tr><td>{esc(names.get((u.source, u.table), u.project_name))}"
            f"<br><small>{esc(u.project_code)}</small></td>"
            f"<td class='jx-nowrap'>表{u.table} "
            + (f"第{u.row}行" if u.row is not None else f"表头（{esc(FIELD_NAMES.get(u.field, u.field))}）")
            + f"</td><td>{esc(u.text)}</td></tr>" for u in group)
        header_note = f"、{headers}处表头字段" if headers else ""
        blocks.append(
            f"<details class='jx-policy' data-canonical='{esc(canonical)}' "
            f"data-projects='{projects}' data-rows='{rows}' data-headers='{headers}'>"
            f"<summary><b>{esc(canonical)}</b> —— {projects}个项目引用：{rows}条指标行"
            f"{header_note}</summary>"
            "<table class='jx-table'><thead><tr><th>项目</th><th>位置</th><th>指标（依据）</th>"
            f"</tr></thead><tbody>{body}</tbody></table></details>")
    return (f"<p>共{len(grouped)}份依据文件。点开一份，看引用它的项目和指标行。</p>"
            f"<p class='jx-meta'>{POLICY_COUNTING}</p>" + "".join(blocks))


def policy_choices(uses: Sequence[PolicyUse]) -> list[str]:
    return sorted({u.canonical for u in uses})


# -- 体检 ----------------------------------------------------------------------------------

def rule_title(finding: Any) -> str:
    """The finding's Chinese rule name; the rule's code never shows on the page."""
    return getattr(finding, "title", None) or RULE_TITLES.get(finding.rule, "其他检查")


def _severity(finding: Any) -> str:
    return SEVERITY_LABELS.get(finding.severity, finding.severity)


def _finding_where(finding: Any) -> str:
    return f"第{finding.locator.row}行" if finding.locator.row is not None else "表头"


def findings_html(findings: Sequence, names: Mapping[Key, str]) -> str:
    """The 体检 findings grouped by project, each naming its row and its rule in Chinese."""
    from assistant.checks import RULES

    if not findings:
        return "<div class='jx-empty'>体检没有发现问题。</div>"
    grouped: dict[tuple[str, int | None], list] = {}
    for f in findings:
        grouped.setdefault((f.locator.source, f.locator.table), []).append(f)
    blocks = []
    for (source, table), group in grouped.items():
        items = "".join(
            f"<li class='jx-sev-{esc(f.severity)}' data-rule='{esc(f.rule)}'>"
            f"[{esc(_severity(f))}] {_finding_where(f)}："
            f"<span class='jx-rule' title='{esc(getattr(RULES.get(f.rule), 'summary', ''))}'>"
            f"{esc(rule_title(f))}</span> —— {esc(f.message)}</li>" for f in group)
        name = names.get((source, table), group[0].project_name)
        blocks.append(f"<details class='jx-findings' open><summary><b>{esc(name)}</b>"
                      f"（{esc(group[0].project_code)}）· 表{table} · {len(group)}条</summary>"
                      f"<ul>{items}</ul></details>")
    return f"<p>共{len(findings)}条发现，涉及{len(grouped)}个项目。</p>" + "".join(blocks)


def finding_choices(findings: Sequence, names: Mapping[Key, str]) -> list[tuple[str, str]]:
    """Dropdown choices: «n. 项目 第N行 [级别] 规则» → a choice value."""
    out = []
    for n, f in enumerate(findings, 1):
        where = f.locator
        name = names.get((where.source, where.table), f.project_name)
        label = f"{n}. {name} {_finding_where(f)} [{_severity(f)}] {rule_title(f)}"
        out.append((label[:120], choice_value(n, where.source, where.table, where.row)))
    return out
