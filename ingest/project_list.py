"""Read projects listed one a row in a table, with their indicators listed in another table keyed by
项目名称 or 项目编码, instead of one 绩效目标表 per project.

Some departments fill in two flat tables: a project list (序号 | 项目编码 | 项目名称 | 实施单位 |
金额单位 | 年度预算金额 | 资金来源: 一般公共预算 … | 分季度支出计划: 第一季度 … | 资金用途 | 年度绩效目标,
a 合计 row under it) and an indicator list (项目名称 | 一级指标 | … | 指标值 | …, the project named on
every row). Both are found by their header words, in any order, on any sheet or in a .docx. Each
listed row is turned into the label | value rows one project's form would print and read by
ingest.tables.read_project, so the money, parts, plan, targets and their checks are read one way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .labels import (clean_cell, column_of, field_of, find_indicator_header, heads_money_block,
                     is_indicator_header, is_label, label_of)
from .records import Project
from .spending_plan import is_shares_note, period_column
from .tables import read_project

Rows = Sequence[Sequence[str]]

_KEYS = {"项目名称": "name", "项目编码": "code", "项目代码": "code", "项目编号": "code"}
_UNIT_COLUMN = {"金额单位", "单位", "资金单位", "计量单位"}
_UNITS = {"万元", "元", "千元"}
_NUMBERING = {"序号", "编号"}
_TOTAL = {"合计", "小计", "总计", "总合计"}
# «填报单位：宁晋县残疾人联合会», «部门名称：…» over the table, label and value in one cell
_INLINE = re.compile(r"^(?P<label>[^:：]{2,8})[:：]\s*(?P<value>\S.*)$")
_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


@dataclass(frozen=True)
class Group:
    """One table as sections hands it over: rows, a place per row, the unit line printed over it."""

    rows: tuple[tuple[str, ...], ...]
    places: tuple = ()
    unit_line: str = ""
    notes: tuple[str, ...] = ()  # «说明：…» lines printed right over the table


@dataclass(frozen=True)
class Listed:
    """The projects read from list tables, the groups they used, and the warnings."""

    projects: tuple[Project, ...]
    used: frozenset[int]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Table:
    """A list table: its header rows (`top` … `start`), each column's label and the label of the
    header merged over it, and the key columns."""

    group: int
    top: int
    start: int  # first row under the header
    labels: tuple[str, ...]
    over: tuple[str, ...]
    keys: dict[str, int]


def read_listed(groups: Sequence[Group], *, source: str, year: int | None, first: int,
                department: str = "", unit_line: str = "") -> Listed:
    """Projects from a project list table and an indicator list table among `groups`, numbered from
    `first`; `department` is the document's, used when the list names none, and `unit_line` its
    «单位：万元» line, used when neither the rows nor the lines over the table say the unit."""
    projects = [t for i, g in enumerate(groups) if (t := _project_list(i, g.rows))]
    indicators = [t for i, g in enumerate(groups) if (t := _indicator_list(i, g.rows))]
    plans = [t for i, g in enumerate(groups) if (t := _plan_list(i, g.rows))]
    if any(t.group not in {p.group for p in plans} for t in projects):
        # a plan table with a 全年预算 column beside its quarters is no second list of projects
        projects = [t for t in projects if t.group not in {p.group for p in plans}]
    plans = [t for t in plans if t.group not in {x.group for x in (*projects, *indicators)}]
    if not indicators and not any("goal" in {field_of(x) for x in t.labels} for t in projects):
        return Listed((), frozenset(), ())  # a list of projects and money only: not a 绩效目标表
    if not projects and not indicators:
        return Listed((), frozenset(), ())
    department = department_in(groups) or department
    # «金额单位：元» printed once under the title lands over whichever list comes first: over the
    # indicator list it still says the unit of the project list's money
    unit_line = unit_line or next(
        (line for t in indicators if (line := _unit_line(groups[t.group].unit_line))), "")
    rows_of, aliases = _indicator_rows(groups, indicators)
    plan_of = _plans(groups, plans)
    planned: set[int] = set()  # the plan rows a project took
    out: list[Project] = []
    warnings: list[str] = []
    joined: set[str] = set()
    for table in projects:
        group = groups[table.group]
        own = _department_over(group, table) or department
        for r in range(table.start, len(group.rows)):
            row = [clean_cell(cell) for cell in group.rows[r]]
            name, code = (_cell(row, table.keys.get(k)) for k in ("name", "code"))
            if not (name or code) or label_of(next((c for c in row if c), "")) in _TOTAL:
                continue  # the 合计 row, a blank or a signature line
            key = next((k for k in (code, aliases.get(_plain(name)), _plain(name)) if k in rows_of), "")
            joined.add(key)
            indicator_rows, places = rows_of.get(key, ([], []))
            header = _header_rows(table, row, own, group.notes)
            head_places = [_place(group, r)] * len(header)
            plan = next((plan_of[k] for k in (code, _plain(name)) if k and k in plan_of), None)
            if plan is not None and not _has_plan(table, row):
                planned.add(id(plan))
                header += plan.rows
                head_places += [plan.place] * len(plan.rows)
            over = " ".join(cell for row in group.rows[:table.top] for cell in row if cell.strip())
            reading = read_project([*header, *indicator_rows], source=source,
                                   number=first + len(out), year=year,
                                   places=head_places + places,
                                   unit_line=_unit_line(over) or _unit_line(group.unit_line) or unit_line)
            out.append(reading.project)
            warnings.extend(reading.warnings)
    for plan in {id(plan): plan for plan in plan_of.values()}.values():
        if id(plan) not in planned and projects:
            warnings.append(f"{source}：支出计划表中项目 «{plan.key}» 不在项目表中")
    for key, (indicator_rows, places) in rows_of.items():
        if key in joined:
            continue
        if projects:
            warnings.append(f"{source}：指标表中项目 «{key}» 的 {len(indicator_rows) - 1} 行指标不在项目表中")
            continue
        # indicators listed with no project table: each named project holds its rows
        field = "项目编码" if _is_code(key) else "项目名称"
        reading = read_project([[field, key], *indicator_rows], source=source,
                               number=first + len(out), year=year,
                               places=places[:1] + places)
        project = reading.project
        out.append(replace(project, department=department if department else project.department))
        warnings.extend(w for w in reading.warnings if "预算数" not in w and "金额单位" not in w)
    used = frozenset(t.group for t in (*projects, *indicators, *plans))
    return Listed(tuple(out), used, tuple(warnings))


def department_in(groups: Sequence[Group]) -> str:
    """The department a 部门名称 / 填报单位 label names in any table («部门名称 | 宁晋县残疾人联合会
    （预算单位编码：528031）»: the note in brackets is no part of the name)."""
    for group in groups:
        for row in group.rows:
            if found := _department_in_row([clean_cell(cell) for cell in row]):
                return found
    return ""


def _department_in_row(cells: list[str]) -> str:
    filled = [cell for cell in cells if cell]
    for at, cell in enumerate(filled):
        if (inline := _INLINE.match(cell)) and field_of(inline["label"]) == "department":
            return _name(inline["value"].split()[0])
        if field_of(cell) == "department" and at + 1 < len(filled) and not is_label(filled[at + 1]):
            return _name(filled[at + 1])
    return ""


def _unit_line(text: str) -> str:
    """«单位：万元» out of the lines over a table; "" when they say no unit («单位：见金额单位列»)."""
    match = re.search(r"单位[:：]\s*(万元|千元|元)", text)
    return match.group(0) if match else ""


def _name(text: str) -> str:
    return _NOTE.sub("", text.strip()).strip()


def _department_over(group: Group, table: _Table) -> str:
    """«填报单位：…» in the rows over the list's header or in the line printed over the table."""
    for row in [*group.rows[:table.top], [group.unit_line]]:
        if found := _department_in_row([clean_cell(cell) for cell in row]):
            return found
    return ""


def _project_list(group: int, rows: Rows) -> _Table | None:
    """A table listing projects one a row: a header row naming 项目名称 (or 项目编码) over a column
    beside other field names, money among them, and rows of projects under it."""
    for r, row in enumerate(rows[:10]):
        labels = [label_of(cell) for cell in row]
        keys = _keys(labels)
        if not keys or is_indicator_header(row):
            continue
        named = [c for c, cell in enumerate(row) if cell.strip() and (is_label(cell) or label_of(cell)
                                                                     in _UNIT_COLUMN | _NUMBERING)]
        after = [cell for cell in row[min(keys.values()) + 1:] if cell.strip()]
        if len(named) < 3 or (after and not (is_label(after[0]) or label_of(after[0]) in _UNIT_COLUMN)):
            continue  # a project's own header: 项目名称 with its value beside it
        table = _header(group, rows, r, keys)
        fields = {field_of(label) for label in table.labels} | {
            "budget" for over in table.over if heads_money_block(over)}
        if fields & {"budget", "fiscal", "part"} and len(rows) > table.start:
            return table
    return None


def _indicator_list(group: int, rows: Rows) -> _Table | None:
    """An indicator table whose rows each name their project in a 项目名称/项目编码 column."""
    at = find_indicator_header(rows)
    if at is None:
        return None
    keys = _keys([label_of(cell) for cell in rows[at]])
    return _header(group, rows, at, keys) if keys else None


def _keys(labels: Sequence[str]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for c, label in enumerate(labels):
        if label in _KEYS:
            keys.setdefault(_KEYS[label], c)
    return keys


def _header(group: int, rows: Rows, r: int, keys: dict[str, int]) -> _Table:
    """The header from row r: a second row under it when it holds only names of columns (资金来源
    merged over 一般公共预算 | 政府性基金, 分季度支出计划 over 第一季度 …)."""
    top = [clean_cell(cell) for cell in rows[r]]
    over, last = [], ""
    for cell in top:
        last = cell or last
        over.append(last)
    under = [clean_cell(cell) for cell in rows[r + 1]] if r + 1 < len(rows) else []
    sub = bool(under) and not any(_cell(under, c) for c in keys.values()) and all(
        is_label(cell) or period_column(cell) or column_of(cell) or label_of(cell) in _SUB_WORDS
        for cell in under if cell)
    labels = tuple((under[c] if sub and c < len(under) and under[c] else cell)
                   for c, cell in enumerate(top))
    return _Table(group, r, r + (2 if sub else 1), labels, tuple(over), keys)


# What a second header row names under a merged 指标值: its parts
_SUB_WORDS = {"数值", "值", "单位", "方向", "性质", "符号"}


def _header_rows(table: _Table, row: list[str], department: str,
                 notes: Sequence[str] = ()) -> list[list[str]]:
    """The listed row as the label | value rows of one project's form: the unit first (the row's
    金额单位 goes before any unit in the labels), the department, each field, then the plan."""
    out: list[list[str]] = []
    unit = _row_unit(table, row)
    if unit:
        out.append([f"单位：{unit}"])
    if department:
        out.append(["主管部门", department])
    periods = {c for c, _, _, _ in _period_columns(table.labels)}
    for c, label in enumerate(table.labels):
        value = _cell(row, c)
        if c not in periods and value and label_of(label) not in _UNIT_COLUMN | _NUMBERING:
            out.append([label, value])
    return out + _plan_rows(table, row, notes)


def _row_unit(table: _Table, row: Sequence[str]) -> str:
    """The money unit a listed row prints in its 金额单位 column; "" when it has none."""
    return next((row[c] for c, label in enumerate(table.labels) if c < len(row)
                 and label_of(label) in _UNIT_COLUMN and row[c] in _UNITS), "")


def _plan_list(group: int, rows: Rows) -> _Table | None:
    """A table of spending plans one project a row: a header naming 项目编码 or 项目名称 over a
    column and at least two period ends («一季度计划支出 | 二季度计划支出 …»)."""
    for r, row in enumerate(rows[:10]):
        keys = _keys([label_of(cell) for cell in row])
        if not keys or is_indicator_header(row):
            continue
        table = _header(group, rows, r, keys)
        if len(_period_columns(table.labels)) >= 2 and len(rows) > table.start:
            return table
    return None


def _period_columns(labels: Sequence[str]) -> list[tuple[int, int, str, str]]:
    """(column, month, period, the words after it) of each plan column, the first of each month
    («四季度 | 全年»: the first one says it)."""
    out, months = [], set()
    for c, label in enumerate(labels):
        found = period_column(label)
        if found and found[0] not in months:
            months.add(found[0])
            out.append((c, *found))
    return out


def _has_plan(table: _Table, row: Sequence[str]) -> bool:
    return any(_cell(row, c) for c, _, _, _ in _period_columns(table.labels))


# A plan's figures named as shares of the budget, not money
_SHARE_WORDS = re.compile(r"比例|百分|进度|%|％")
_BARE_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _plan_rows(table: _Table, row: Sequence[str], notes: Sequence[str] = (),
               unit: str = "") -> list[list[str]]:
    """A listed plan as the two rows one project's form prints, its label and periods over its
    figures ([] when the row leaves every period blank). The label keeps what the headers say the
    figures are («分季度支出计划», «计划支出（万元）»), and what a note over the table says of them:
    «（当季）» when they are each period's own, not running totals («非累计数»); `unit` is the
    money unit the plan's own row or table prints, written after bare amounts."""
    periods = _period_columns(table.labels)
    figures = [_cell(row, c) for c, _, _, _ in periods]
    if not any(figures):
        return []
    first, _, _, words = periods[0]
    over = table.over[first] if table.over[first] != table.labels[first] else ""
    label = f"{over}（{words}）" if over and words else over or words or "资金支出计划"
    if any(is_shares_note(note) for note in notes) and not is_shares_note(label):
        label += "（当季）"
    elif any("累计" in note and not is_shares_note(note) for note in notes) and "累计" not in label:
        label += "（累计）"
    if unit and not _SHARE_WORDS.search(label):
        figures = [f"{x}{unit}" if _BARE_FIGURE.fullmatch(x) else x for x in figures]
    return [[label, *(period for _, _, period, _ in periods)], ["", *figures]]


@dataclass(frozen=True)
class _Plan:
    """One project's row in a plan table, as the rows its own form would print."""

    key: str
    rows: list
    place: object


def _plans(groups: Sequence[Group], tables: list[_Table]) -> dict[str, _Plan]:
    """Each row of the plan tables by its project's code and by its name without blanks; the money
    unit its row or the lines over its table print goes with its figures."""
    out: dict[str, _Plan] = {}
    for table in tables:
        group = groups[table.group]
        over = " ".join(cell for row in group.rows[:table.top] for cell in row if cell.strip())
        said = _unit_line(over) or _unit_line(group.unit_line)
        for r in range(table.start, len(group.rows)):
            row = [clean_cell(cell) for cell in group.rows[r]]
            name, code = (_cell(row, table.keys.get(k)) for k in ("name", "code"))
            if not (name or code) or label_of(next((c for c in row if c), "")) in _TOTAL:
                continue
            unit = _row_unit(table, row) or said.split("：")[-1].split(":")[-1]
            plan = _Plan(code or name, _plan_rows(table, row, group.notes, unit), _place(group, r))
            for key in (code, _plain(name)):
                if key:
                    out.setdefault(key, plan)
    return out


def _indicator_rows(groups: Sequence[Group], tables: list[_Table]
                    ) -> tuple[dict[str, tuple[list, list]], dict[str, str]]:
    """Each project's indicator rows under the list's header rows (key columns blanked), keyed by
    code, else by name without blanks; 一级/二级 and the key filled down where cells are merged.
    Also the code each name printed beside one stands for."""
    out: dict[str, tuple[list, list]] = {}
    aliases: dict[str, str] = {}
    for table in tables:
        group = groups[table.group]
        keys = set(table.keys.values())
        blank = lambda cells: ["" if c in keys else cell for c, cell in enumerate(cells)]
        head = [blank(group.rows[r]) for r in range(table.top, table.start)]
        head_places = [_place(group, r) for r in range(table.top, table.start)]
        levels = [c for c, label in enumerate(table.labels) if column_of(label) in ("level1", "level2")]
        filled: dict[int, str] = {}
        data_start = table.start
        # a second header row under a merged 指标值 («符号 | 数值 | 单位»): kept with the header
        while data_start < len(group.rows) and not any(
                _cell(group.rows[data_start], c) for c in keys) and _is_sub_row(group.rows[data_start]):
            head.append(blank(group.rows[data_start]))
            head_places.append(_place(group, data_start))
            data_start += 1
        for r in range(data_start, len(group.rows)):
            cells = list(group.rows[r])
            for c in [*keys, *levels]:
                if c < len(cells):
                    if cells[c].strip():
                        filled[c] = cells[c]
                    else:
                        cells[c] = filled.get(c, "")
            code = clean_cell(_cell(cells, table.keys.get("code")))
            name = _plain(_cell(cells, table.keys.get("name")))
            key = code or name
            if not key:
                continue
            rows, places = out.setdefault(key, ([*head], [*head_places]))
            rows.append(blank(cells))
            places.append(_place(group, r))
            if code and name:
                aliases.setdefault(name, code)  # a project list keyed by name finds it too
    return out, aliases


def _is_sub_row(row: Sequence[str]) -> bool:
    filled = [cell for cell in row if cell.strip()]
    return bool(filled) and all(label_of(cell) in _SUB_WORDS or column_of(cell) for cell in filled)


def _cell(row: Sequence[str], c: int | None) -> str:
    return row[c].strip() if c is not None and c < len(row) else ""


def _plain(name: str) -> str:
    return "".join(name.split())


def _is_code(key: str) -> bool:
    return bool(re.fullmatch(r"[0-9A-Za-z-]{8,}", key))


def _place(group: Group, r: int):
    return group.places[r] if r < len(group.places) else None
