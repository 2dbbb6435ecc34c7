"""Read the header of one 绩效目标表: 项目编码, 项目名称, departments, money, 资金用途, 资金支出计划,
绩效目标 and the attributes, each found by the label beside or above it, or by a money label merged
down the first column over it («预算金额（万元）» over 合计 / 其中：本级财政 / 其他).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from .labels import (CARRYOVER_PART, Rows, block_word_field, clean_cell, field_of, heads_money_block,
                     is_carryover, is_label, is_money_label, label_of, names_owner, part_name)
from .records import MoneyPart, SpendingPoint
from .spending_plan import period_month, read_spending_plan
from .values import parse_money

Cell = tuple[int, int]

_INLINE = re.compile(r"^([^:：]{2,8})[:：](.+)$")
_UNIT = re.compile(r"单位[:：]\s*(万元|千元|元)")
_LABEL_UNIT = re.compile(r"[（(](万元|千元|元)[）)]")
# The value of a «金额单位» label: the unit alone
_UNIT_VALUE = re.compile(r"(万元|千元|元)")
# «316001魏县人力资源和社会保障局本级»: a budget-unit code, then the unit's name.
_UNIT_LINE = re.compile(r"^\d{6,}\s*(?P<name>[\u4e00-\u9fff][^，。；,;\s]{1,40}?)(?:本级)?$")
# Words of money in a label: a unit in its brackets is the money's, and such a word merged down the
# first column heads a money block
_MONEY_WORD = re.compile(r"资金|预算|金额|经费|拨款")


@dataclass(frozen=True)
class Header:
    """The fields above the indicator rows, cells as written except money and percents."""

    code: str = ""
    name: str = ""
    department: str = ""
    implementer: str = ""
    unit: str = ""
    budget: Decimal | None = None
    fiscal: Decimal | None = None
    other: Decimal | None = None
    use: str = ""
    goal: str = ""
    spending_plan: tuple[SpendingPoint, ...] = ()
    attributes: tuple[tuple[str, str], ...] = ()  # (项目属性, 新增项目) …, in the order printed
    parts: tuple[MoneyPart, ...] = ()  # 本级财政, 上级补助 … under the budget, in the order printed
    problems: tuple[str, ...] = ()


def _value_beside(rows: list[list[str]], r: int, c: int,
                  block_labels: Collection[Cell] = ()) -> Cell | None:
    """Where the value of the label at (r, c) sits: the next filled cell right, else the cell below.
    `block_labels` are cells that are labels where they stand («合计» in a money block)."""
    def label(i: int, j: int) -> bool:
        return is_label(rows[i][j]) or (i, j) in block_labels
    row = rows[r]
    for j in range(c + 1, len(row)):
        if row[j] and label(r, j):
            break
        if row[j]:
            return (r, j)
    # A row made only of labels keeps its values in the row underneath, column for column.
    # (not when the row underneath starts with a label of its own: «其他资金» left blank above
    # «资金用途»; a block label merged down both rows is the same cell)
    below_row = rows[r + 1] if r + 1 < len(rows) else []
    own_label = bool(below_row) and label(r + 1, 0) and below_row[0] != row[0]
    if all(label(r, j) for j, cell in enumerate(row) if cell) and not own_label and c < len(below_row):
        below = rows[r + 1][c]
        if below and not label(r + 1, c):
            return (r + 1, c)
    return None


def _money_block_labels(grid: list[list[str]]) -> dict[Cell, str]:
    """The field of each «合计», «小计», «其他» … that stands in a money block: rows headed by a money
    label, continued by the rows under it whose first cell the merge left empty, or a row holding
    money labels of its own. Elsewhere these words are not labels."""
    out: dict[Cell, str] = {}
    for block in _money_blocks(grid):
        for r in block:
            for c, cell in enumerate(grid[r]):
                if field := block_word_field(cell):
                    out[(r, c)] = field
    return out


def _money_blocks(grid: list[list[str]]):
    """Row ranges of the blocks holding a money label: a first cell and the rows under it the
    merge left empty in the first column."""
    start = 0
    while start < len(grid):
        end = start + 1
        while end < len(grid) and grid[end] and not grid[end][0]:
            end += 1  # the first column merged down: the same block
        if any(is_money_label(cell) for r in range(start, end) for cell in grid[r]):
            yield range(start, end)
        start = end


def _block_headings(grid: list[list[str]]) -> set[Cell]:
    """A money word merged down the first column over the money labels («年度资金» over 年度资金总额 /
    其中：当年财政拨款 / 上年结转资金) heads its block: a label, whatever the form calls it."""
    out: set[Cell] = set()
    for block in _money_blocks(grid):
        cell = grid[block.start][0] if grid[block.start] else ""
        if len(block) > 1 and not is_label(cell) and _MONEY_WORD.search(cell) and len(cell) <= 12:
            out.add((block.start, 0))
    return out


@dataclass
class _Labels:
    """What the label cells of a header say, gathered while walking its grid."""

    found: dict[str, str] = dataclasses.field(default_factory=dict)
    attributes: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    parts: dict[str, str] = dataclasses.field(default_factory=dict)  # 本级财政 → «372.10», as printed
    used: set[Cell] = dataclasses.field(default_factory=set)
    unit: str = ""

    def take(self, field: str, label: str, value: str) -> None:
        """Keep a value read beside its label: attributes and parts each under their label."""
        if field == "attribute" and value and (label_of(label), value) not in self.attributes:
            self.attributes.append((label_of(label), value))
        elif field == "part" and value:
            self.parts.setdefault(part_name(label), value)
        elif field not in ("attribute", "part"):
            self.found.setdefault(_slot(field, label), value)
            if field == "other" and value and is_carryover(label):
                # «上年结转资金 | 30.00»: other funds, and a part saying what they were
                self.parts.setdefault(CARRYOVER_PART, value)

    def wants(self, field: str, label: str) -> bool:
        """Whether a value read beside this label is still to be kept."""
        return field in ("attribute", "part") or _slot(field, label) not in self.found


def _slot(field: str, label: str) -> str:
    """Where a field's value is kept while reading: the carried-over funds apart from 其他资金 and a
    budget unit («预算单位») apart from the department owning it («主管部门»), as forms print both."""
    if field == "other" and is_carryover(label):
        return "carryover"
    if field == "department" and not names_owner(label):
        return "budget_unit"
    return field


def read_header(rows: Rows, unit_line: str = "") -> Header:
    """Read 项目编码, 项目名称, 主管部门, 实施单位, money, 资金用途, 资金支出计划, 绩效目标 and the
    attributes (项目属性, 项目类型, 项目期限 …) from the header rows; `unit_line` is a line printed
    over the table («填报单位：…　金额单位：元»), read when the table itself states no unit."""
    grid = [[clean_cell(cell) for cell in row] for row in rows]
    labels = _read_labels(grid)
    found, used = labels.found, labels.used
    if "use" not in found and (spot := _use_beneath_block(grid)):
        found["use"] = grid[spot[0]][spot[1]]
        used.add(spot)
    unit = labels.unit
    if not unit and (match := _UNIT.search(unit_line)):
        unit = match.group(1)  # «金额单位：元» over this one table
    coded = unit_line.split()[0] if unit_line.split() else ""
    if "department" not in found and (match := _UNIT_LINE.match(coded)):
        found["department"] = match.group("name")  # «327001临西县民政局　单位：元» over the table
    money_problems: list[str] = []
    money, printed = _read_money(labels, unit or "万元", money_problems)
    # a plan printed as amounts is a share of the budget, so the money is read first
    plan, plan_cells, problems = read_spending_plan(grid, money["budget"], unit or "万元")
    used |= plan_cells
    problems += money_problems
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell and (r, c) not in used:
                problems.append(f"表头中的 «{_short(cell)}» 无法归入任何字段")
    if not unit:  # most tables are in 万元; the answers say the unit they use
        problems.append("未找到金额单位（«单位：万元»），金额按万元保存")
        unit = "万元"
    owner = _without_unit_code(found.get("department", ""))
    budget_unit = _without_unit_code(found.get("budget_unit", ""))
    implementer = _without_unit_code(found.get("implementer", ""))
    if owner and budget_unit and not implementer and _bare(budget_unit) != _bare(owner):
        implementer = budget_unit  # «预算单位 | …气象台» beside «主管部门 | …气象局»: who carries it out
    # A table that prints only «实施单位» names no other department: it stands for the department.
    department = _bare(owner or budget_unit or implementer)
    return Header(code=found.get("code", ""), name=found.get("name", ""), department=department,
                  implementer=implementer, attributes=tuple(labels.attributes),
                  unit=unit, use=found.get("use", ""), goal=found.get("goal", ""),
                  spending_plan=plan, parts=printed, problems=tuple(problems), **money)


def _read_labels(grid: list[list[str]]) -> _Labels:
    """Each label cell of the header and the value beside or under it; the unit where one is said."""
    out = _Labels()
    block_labels = _money_block_labels(grid)
    headings = _block_headings(grid)
    label_cells = set(block_labels) | headings
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if match := _UNIT.search(cell):
                out.unit = out.unit or match.group(1)
                out.used.add((r, c))
            elif match := _UNIT_LINE.match(cell):
                out.found.setdefault("department", match.group("name"))
                out.used.add((r, c))
            elif (inline := _INLINE.match("".join(cell.split()))) and field_of(inline.group(1)):
                # «单位名称：临漳县农业农村局»: label and value in one cell
                out.take(field_of(inline.group(1)), inline.group(1), inline.group(2))
                out.used.add((r, c))
            elif field_of(cell) == "money_unit":
                out.used.add((r, c))  # «金额单位 | 万元»: the unit, as a label and its value
                spot = _value_beside(grid, r, c, label_cells)
                if spot and (match := _UNIT_VALUE.fullmatch(grid[spot[0]][spot[1]])):
                    out.unit = out.unit or match.group(1)
                    out.used.add(spot)
            elif field := field_of(cell) or block_labels.get((r, c)):
                out.used.add((r, c))
                if match := _LABEL_UNIT.search(cell):
                    out.unit = out.unit or match.group(1)
                # «预算金额（万元）» beside «合计»: a block label, its values on the rows it spans
                spot = _value_beside(grid, r, c, label_cells)
                if spot and out.wants(field, cell):
                    out.take(field, cell, grid[spot[0]][spot[1]])
                    out.used.add(spot)
                elif spot and field in ("department", "implementer"):
                    out.used.add(spot)  # a second «主管部门»: read, not used
            elif is_label(cell) or (r, c) in headings:
                out.used.add((r, c))
                if heads_money_block(cell) and "budget" not in out.found and (
                        spot := _amount_beside(grid, r, c, label_cells)):
                    out.take("budget", cell, grid[spot[0]][spot[1]])  # «项目资金 | 150.00»
                    out.used.add(spot)
                if (match := _LABEL_UNIT.search(cell)) and _MONEY_WORD.search(cell):
                    out.unit = out.unit or match.group(1)  # «年度预算资金（万元）» over the money rows
    return out


def _amount_beside(grid: list[list[str]], r: int, c: int,
                   block_labels: Collection[Cell]) -> Cell | None:
    """The value beside or under the label at (r, c) when it is an amount of money."""
    spot = _value_beside(grid, r, c, block_labels)
    if spot is None:
        return None
    try:
        return spot if parse_money(grid[spot[0]][spot[1]], unit="元") is not None else None
    except ValueError:
        return None


def _read_money(labels: _Labels, unit: str,
                problems: list[str]) -> tuple[dict[str, Decimal | None], tuple[MoneyPart, ...]]:
    """Budget, fiscal and other funds, and the parts printed under the budget; with no 财政拨款
    printed, the parts (一般公共预算 + 政府性基金, 本级财政 + 上级补助 …) add up to it, all but the
    上年结转 part: last year's money carried over is other funds, not this year's treasury money."""
    money = {name: _money(labels.found.get(name, ""), unit, problems)
             for name in ("budget", "fiscal", "other")}
    amounts = ((label, _money(value, unit, problems)) for label, value in labels.parts.items())
    printed = tuple(MoneyPart(label, amount) for label, amount in amounts if amount is not None)
    if money["fiscal"] is None and printed:
        treasury = [part.amount for part in printed if part.label != CARRYOVER_PART]
        if treasury:
            money["fiscal"] = sum(treasury, Decimal(0))
    carried = next((part.amount for part in printed if part.label == CARRYOVER_PART), None)
    budget, fiscal, other = money["budget"], money["fiscal"], money["other"]
    if carried is not None and other is None:
        money["other"] = carried
    elif carried and None not in (budget, fiscal, other) and fiscal + other + carried == budget:
        # «资金总额 | 财政拨款 | 上年结转 | 其他资金» each apart: the carried-over funds are other
        # funds too (where 其他资金 already holds them, the three add up to the budget without it)
        money["other"] = other + carried
    return money, printed


def _use_beneath_block(grid: list[list[str]]) -> tuple[int, int] | None:
    """资金用途 written in the merged row under «预算规模及资金用途», its first cell left empty."""
    for r, row in enumerate(grid):
        if not any(label_of(cell).startswith("预算规模") for cell in row):
            continue
        for below in range(r + 1, len(grid)):
            cells = grid[below]
            if cells and cells[0]:
                break  # the block has ended: a new label starts this row
            filled = [c for c, cell in enumerate(cells) if cell]
            if filled and not any(is_label(cells[c]) or period_month(cells[c]) for c in filled):
                return (below, filled[0])
    return None


def _bare(name: str) -> str:
    """A department's name without the «本级» («（本级）») that marks its own budget unit."""
    return re.sub(r"[（(]?本级[）)]?$", "", name)


def _without_unit_code(name: str) -> str:
    """«217001肥乡区交通运输局» → 肥乡区交通运输局: budget systems print a unit's code before its
    name; the code names no department a question would ask about."""
    match = _UNIT_LINE.match(name)
    return match.group("name") if match else name


def _money(cell: str, unit: str, problems: list[str]) -> Decimal | None:
    try:
        return parse_money(cell, unit=unit)
    except ValueError:
        problems.append(f"金额 «{_short(cell)}» 不是数字")
        return None


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
