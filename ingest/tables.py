"""Interpret one 绩效目标表 given as rows of cell strings, finding every field by its header words.

Both readers hand over the same shape: rows of cell text with merge repeats blanked, the text
export's rows compressed (one line per cell), the .docx rows one cell per grid column. Nothing
here depends on a cell's position, only on the label beside or above it, or on a money label
merged down the first column over it («预算金额（万元）» over 合计 / 其中：本级财政 / 其他).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from .consistency import money_split_problem
from .policy_refs import find_policy_refs
from .records import Indicator, Locator, MoneyPart, PolicyRef, Project, SpendingPoint
from .spending_plan import period_month, read_spending_plan
from .values import parse_money, parse_value, with_context_unit

Rows = Sequence[Sequence[str]]
Cell = tuple[int, int]

_CODE = {"项目编码", "项目代码", "项目编号"}
_NAME = {"项目名称"}
_BUDGET = {"预算数", "资金总额", "年度资金总额", "项目资金总额", "预算资金", "预算金额", "预算总额",
           "项目总额"}
# The other ways forms name a project's whole money: a money word and a word of size or total
_BUDGET_FORM = re.compile(r"(?:项目|年度|本年度?|全年|当年)?(?:预算|资金|投资|经费)(?:总额|总规模|规模|总金额|金额|总计|总数)"
                          r"|(?:项目|年度)?总(?:投资|预算|金额|经费)(?:额|数)?")
_FISCAL = {"财政资金", "财政拨款", "财政性资金", "财政拨款资金"}
# Money not from the treasury: the unit's own, raised or other funds
_OTHER = {"其他资金", "自筹资金", "单位自筹资金", "单位自筹", "自有资金", "单位自有资金", "其他来源资金"}
_USE = {"资金用途", "主要内容", "项目内容", "资金用途及主要内容", "项目概况", "项目简介", "项目概况及资金用途",
        "项目内容及用途", "项目主要内容"}
# 财政拨款 given as its parts, by budget (一般公共预算, 政府性基金) or by the level of government
# that pays (本级财政, 上级补助, 中央资金 …): each part's stored name and the spellings seen for it.
# All are treasury money, so with no 财政拨款/财政资金 total printed the fiscal share is their sum.
_PARTS = {
    "一般公共预算": {"一般公共预算", "一般公共预算拨款", "一般公共预算资金", "公共预算拨款"},
    "政府性基金": {"政府性基金", "政府性基金预算", "政府性基金拨款", "政府性基金预算拨款"},
    "国有资本经营预算": {"国有资本经营预算", "国有资本经营预算拨款", "国有资本经营预算资金"},
    "本级财政": {"本级财政", "本级财政资金", "本级财政拨款", "本级资金", "县本级财政", "县本级资金"},
    "上级补助": {"上级补助", "上级补助资金", "上级财政补助", "上级补助收入"},
    "上级转移支付": {"上级转移支付", "上级转移支付资金", "上级专项转移支付", "转移支付资金"},
    "中央资金": {"中央资金", "中央补助", "中央补助资金", "中央财政资金", "中央财政补助", "中央专项资金"},
    "省级资金": {"省级资金", "省级补助", "省级补助资金", "省级财政资金", "省级财政补助", "省级专项资金"},
    "市级资金": {"市级资金", "市级补助", "市级补助资金", "市级财政资金", "市级财政补助"},
    "县级资金": {"县级资金", "县级补助", "县级补助资金", "县级财政资金", "县级财政补助", "县级财政", "县级配套资金"},
}
MONEY_PART_LABELS = frozenset(_PARTS)
# The labels each money field is read under, for readers of questions to know the same words
MONEY_LABELS = {"budget": frozenset(_BUDGET), "fiscal": frozenset(_FISCAL), "other": frozenset(_OTHER)}
_PART_OF = {spelling: name for name, spellings in _PARTS.items() for spelling in spellings}
# Words that name money only in a money block («预算金额（万元）» merged down over «合计», «其中：
# 本级财政», «其他»), or in a row with other money labels: its total, and its money from outside.
_BLOCK_TOTAL = {"合计", "小计", "总计"}
_BLOCK_OTHER = {"其他", "自筹", "单位自筹", "其他来源"}
# Header fields kept as printed, label and value, for what no other field says: whether the
# project is new or continued (项目属性), its budget class (项目类型/类别: 特定目标类 …) and its
# term (项目期限: «2025年1月1日—2025年12月31日»). Forms name them differently; these are the names seen.
ATTRIBUTE_LABELS = _ATTRIBUTES = frozenset({"项目属性", "项目类型", "项目类别", "项目性质", "项目期限",
                                            "实施期限", "项目周期"})
GOAL_LABELS = _GOAL = frozenset({"绩效目标", "年度绩效目标", "年度目标", "项目绩效目标"})
_DEPARTMENT = {"主管部门", "预算部门", "部门名称", "单位名称", "预算单位", "填报单位", "申报单位"}
# The unit that carries the project out, printed beside 主管部门 (a 所/中心 under the 局)
_IMPLEMENTER = {"实施单位"}
_FIELDS = {"code": _CODE, "name": _NAME, "budget": _BUDGET, "fiscal": _FISCAL, "other": _OTHER,
           "use": _USE, "goal": _GOAL, "department": _DEPARTMENT, "implementer": _IMPLEMENTER,
           "part": frozenset(_PART_OF), "attribute": _ATTRIBUTES}
_MONEY_FIELDS = ("budget", "fiscal", "other", "part")
_INLINE = re.compile(r"^([^:：]{2,8})[:：](.+)$")
# Labels that head a block of rows rather than a single value.
_MONEY_BLOCK = ("预算规模", "年度预算资金", "项目资金", "资金情况", "资金来源")
_BLOCK = (*_MONEY_BLOCK, "资金支出计划", "支出计划", "资金支出进度计划", "支出进度计划", "资金使用计划",
          "用款计划", "分季度用款计划", "资金用款计划",
          "年度绩效指标")

_LEVEL1 = {"一级指标"}
_LEVEL2 = {"二级指标"}
_LEVEL3 = {"三级指标", "指标内容", "指标名称", "绩效指标"}
_DESCRIPTION = {"绩效指标描述", "指标描述", "指标解释", "指标说明"}
_VALUE = {"指标值", "目标值", "年度指标值", "指标目标值", "绩效指标值", "年度目标值"}
_BASIS = {"指标值确定依据", "指标值设定依据", "确定依据", "依据", "备注", "指标值设定依据及说明",
          "指标值确定依据及说明", "设定依据", "依据及说明", "指标来源"}
# The national form splits the target into 指标性质 (≥, ≤, =, 定性) | 指标值 | 度量单位
_COMPARATOR = {"指标性质", "指标方向", "运算符号", "运算符", "比较符", "符号"}
_VALUE_UNIT = {"度量单位", "计量单位", "指标单位", "指标值单位"}
_COLUMNS = {"level1": _LEVEL1, "level2": _LEVEL2, "level3": _LEVEL3,
            "description": _DESCRIPTION, "value": _VALUE, "basis": _BASIS,
            "comparator": _COMPARATOR, "unit": _VALUE_UNIT}
# Columns a form prints beside the targets that say nothing of them: weights and rules for scoring,
# numbering
_NOT_TARGETS = {"分值", "权重", "指标权重", "分值权重", "序号", "评分标准"}
# What a 指标性质 cell may hold besides a comparator sign: a target without a number
_QUALITATIVE = {"定性", "定性指标"}

LABELS = _LABELS = frozenset().union(*_FIELDS.values(), *_COLUMNS.values())
_UNIT = re.compile(r"单位[:：]\s*(万元|千元|元)")
_LABEL_UNIT = re.compile(r"[（(](万元|千元|元)[）)]")
# «316001魏县人力资源和社会保障局本级»: a budget-unit code, then the unit's name.
_UNIT_LINE = re.compile(r"^\d{6,}\s*(?P<name>[\u4e00-\u9fff][^，。；,;\s]{1,40}?)(?:本级)?$")


def clean_cell(text: str) -> str:
    """One cell's text with tabs and runs of blanks made single spaces and empty lines dropped."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def label_of(cell: str) -> str:
    """A cell reduced to its label words: «其中：财政    资金» → 财政资金, «单位（%）» → 单位."""
    text = "".join(cell.split())
    text = re.sub(r"^其中[:：]?", "", text)
    text = re.sub(r"[（(][^）)]*[）)]", "", text)
    return text.rstrip(":：")


def is_indicator_header(cells: Sequence[str]) -> bool:
    """True for the row that names the indicator columns (一级指标 … 指标值 …)."""
    labels = {label_of(cell) for cell in cells}
    return bool(labels & _VALUE) and bool(labels & (_LEVEL1 | _LEVEL3))


def find_indicator_header(rows: Rows) -> int | None:
    """Index of the indicator header row among `rows`, or None when there is none."""
    return next((i for i, row in enumerate(rows) if is_indicator_header(row)), None)


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


@dataclass(frozen=True)
class IndicatorRow:
    """One data row of an indicator table, 一级/二级 forward-filled, cells as written."""

    row: int
    at: int  # index of the row in the rows given to read_indicators
    level1: str
    level2: str
    level3: str
    description: str
    value: str
    basis: str


@dataclass(frozen=True)
class IndicatorRows:
    """The data rows of one indicator table and what could not be mapped."""

    rows: tuple[IndicatorRow, ...]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProjectReading:
    """One Project read from its tables, with warnings that name the file and table."""

    project: Project
    warnings: tuple[str, ...]


def is_label(cell: str) -> bool:
    """True for a cell that names a field or column (项目名称, 预算数, 指标值 …)."""
    label = label_of(cell)
    return label in _LABELS or label.startswith(_BLOCK) or bool(_BUDGET_FORM.fullmatch(label))


def _field_of(cell: str) -> str | None:
    label = label_of(cell)
    field = next((field for field, words in _FIELDS.items() if label in words), None)
    if field is None and _BUDGET_FORM.fullmatch(label) and not label.startswith(_MONEY_BLOCK):
        return "budget"  # «资金规模（万元）», «项目总投资», «经费总额»: the project's whole money
    return field


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
    start = 0
    while start < len(grid):
        end = start + 1
        while end < len(grid) and grid[end] and not grid[end][0]:
            end += 1  # the first column merged down: the same block
        block = range(start, end)
        if any(_is_money_label(cell) for r in block for cell in grid[r]):
            for r in block:
                for c, cell in enumerate(grid[r]):
                    label = label_of(cell)
                    if label in _BLOCK_TOTAL:
                        out[(r, c)] = "budget"
                    elif label in _BLOCK_OTHER:
                        out[(r, c)] = "other"
        start = end
    return out


def _is_money_label(cell: str) -> bool:
    return _field_of(cell) in _MONEY_FIELDS or label_of(cell).startswith(_MONEY_BLOCK)


def read_header(rows: Rows, unit_line: str = "") -> Header:
    """Read 项目编码, 项目名称, 主管部门, 实施单位, money, 资金用途, 资金支出计划, 绩效目标 and the
    attributes (项目属性, 项目类型, 项目期限 …) from the header rows; `unit_line` is a line printed
    over the table («填报单位：…　金额单位：元»), read when the table itself states no unit."""
    grid = [[clean_cell(cell) for cell in row] for row in rows]
    found: dict[str, str] = {}
    attributes: list[tuple[str, str]] = []
    parts: dict[str, str] = {}  # 本级财政 → «372.10», in the order printed
    used: set[tuple[int, int]] = set()
    block_labels = _money_block_labels(grid)

    def take(field: str, label: str, value: str) -> None:
        """Keep a value read beside its label: attributes and parts each under their label."""
        if field == "attribute" and value and (label_of(label), value) not in attributes:
            attributes.append((label_of(label), value))
        elif field == "part" and value:
            parts.setdefault(_PART_OF[label_of(label)], value)
        elif field not in ("attribute", "part"):
            found.setdefault(field, value)
    unit = ""
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if match := _UNIT.search(cell):
                unit = unit or match.group(1)
                used.add((r, c))
            elif match := _UNIT_LINE.match(cell):
                found.setdefault("department", match.group("name"))
                used.add((r, c))
            elif (inline := _INLINE.match("".join(cell.split()))) and _field_of(inline.group(1)):
                # «单位名称：临漳县农业农村局»: label and value in one cell
                take(_field_of(inline.group(1)), inline.group(1), inline.group(2))
                used.add((r, c))
            elif field := _field_of(cell) or block_labels.get((r, c)):
                used.add((r, c))
                if match := _LABEL_UNIT.search(cell):
                    unit = unit or match.group(1)
                # «预算金额（万元）» beside «合计»: a block label, its values on the rows it spans
                spot = _value_beside(grid, r, c, block_labels)
                if spot and (field in ("attribute", "part") or field not in found):
                    take(field, cell, grid[spot[0]][spot[1]])
                    used.add(spot)
                elif spot and field in ("department", "implementer"):
                    used.add(spot)  # a second «主管部门»: read, not used
            elif is_label(cell):
                used.add((r, c))
                if (match := _LABEL_UNIT.search(cell)) and re.search(r"资金|预算|金额|经费|拨款", cell):
                    unit = unit or match.group(1)  # «年度预算资金（万元）» over the money rows
    problems: list[str] = []
    if "use" not in found and (spot := _use_beneath_block(grid)):
        found["use"] = grid[spot[0]][spot[1]]
        used.add(spot)
    plan, plan_cells, plan_problems = read_spending_plan(grid)
    used |= plan_cells
    problems += plan_problems
    if not unit and (match := _UNIT.search(unit_line)):
        unit = match.group(1)  # «金额单位：元» over this one table
    money = {field: _money(found.get(field, ""), unit or "万元", problems) for field in
             ("budget", "fiscal", "other")}
    amounts = ((label, _money(value, unit or "万元", problems)) for label, value in parts.items())
    printed = tuple(MoneyPart(label, amount) for label, amount in amounts if amount is not None)
    if money["fiscal"] is None and printed:  # 一般公共预算 + 政府性基金, 本级财政 + 上级补助 …
        money["fiscal"] = sum((part.amount for part in printed), Decimal(0))
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell and (r, c) not in used:
                problems.append(f"表头中的 «{_short(cell)}» 无法归入任何字段")
    if not unit:  # most tables are in 万元; the answers say the unit they use
        problems.append("未找到金额单位（«单位：万元»），金额按万元保存")
        unit = "万元"
    implementer = found.get("implementer", "")
    # A table that prints only «实施单位» names no other department: it stands for the department.
    department = re.sub(r"本级$", "", found.get("department", implementer))
    return Header(code=found.get("code", ""), name=found.get("name", ""), department=department,
                  implementer=implementer, attributes=tuple(attributes),
                  unit=unit, use=found.get("use", ""), goal=found.get("goal", ""),
                  spending_plan=plan, parts=printed, problems=tuple(problems), **money)


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


def _money(cell: str, unit: str, problems: list[str]) -> Decimal | None:
    try:
        return parse_money(cell, unit=unit)
    except ValueError:
        problems.append(f"金额 «{_short(cell)}» 不是数字")
        return None


def indicator_columns(header: Sequence[str]) -> dict[str, int]:
    """The column of each indicator field (level1 … basis) in the indicator header row."""
    columns: dict[str, int] = {}
    for c, cell in enumerate(header):
        label = label_of(cell)
        field = next((f for f, words in _COLUMNS.items() if label in words), None)
        if field == "level3" and "level3" in columns:
            field = "description"  # 三级指标 and 指标内容 side by side: the second one describes
        if field is not None and field not in columns:
            columns[field] = c
    return columns


def read_indicators(rows: Rows) -> IndicatorRows:
    """Read the rows under the indicator header row (rows[0]), columns found by their header words."""
    columns = indicator_columns(rows[0])
    problems = [f"指标表的列 «{_short(cell)}» 无法对应" for c, cell in enumerate(rows[0])
                if label_of(cell) and c not in columns.values() and label_of(cell) not in _NOT_TARGETS]
    missing = [words for field, words in (("level3", "三级指标/指标内容"), ("value", "指标值"))
               if field not in columns]
    if missing:
        return IndicatorRows((), (f"指标表缺少 {'、'.join(missing)} 列，未读取指标",))
    out: list[IndicatorRow] = []
    level1 = level2 = ""
    for at, cells in enumerate(rows[1:], start=1):
        cells = [clean_cell(cell) for cell in cells]
        if is_indicator_header(cells):
            continue  # a header repeated where the table crosses a page
        get = {field: (cells[c] if c < len(cells) else "") for field, c in columns.items()}
        get = {field: get.get(field, "") for field in _COLUMNS}
        if not (get["level3"] or get["description"] or get["value"]):
            if get["basis"]:
                problems.append(f"指标表中只有依据的一行 «{_short(get['basis'])}» 未读取")
            continue
        # Merged 一级/二级 cells reach us empty below their first row.
        level1 = get["level1"] or level1
        level2 = get["level2"] or level2
        out.append(IndicatorRow(row=len(out) + 1, at=at, level1=level1, level2=level2,
                                level3=get["level3"], description=get["description"],
                                value=_joined_value(get["comparator"], get["value"], get["unit"]),
                                basis=get["basis"]))
    return IndicatorRows(tuple(out), tuple(problems))


def _joined_value(comparator: str, value: str, unit: str) -> str:
    """«≥» | «2600» | «批次» → «≥2600批次»: a target split over three columns, as one cell would
    write it; «定性» | «明显增强» stays the words. A value that already carries them is kept."""
    comparator, value, unit = comparator.strip(), value.strip(), unit.strip()
    if not value or comparator in _QUALITATIVE or not re.match(r"^[≥≤><=＞＜≧≦]?\s*[\d.]", value):
        return value
    # «≥95» | «%»: the comparator written in the value cell itself
    sign = "" if comparator in ("定量", "—", "-", "/") or not value[0].isdigit() else comparator
    tail = "" if not unit or unit in ("—", "-", "/") or value.endswith(unit) else unit
    return f"{sign}{value}{tail}"


def read_project(rows: Rows, *, source: str, number: int, title: str = "", named: str = "",
                 year: int | None = None, places: Sequence | None = None,
                 unit_line: str = "") -> ProjectReading:
    """Build the Project for one 绩效目标表 from all its rows (header rows, then indicator rows);
    `named` is the name a title row over the table gives it («项目3：XXX»), used when no 项目名称 is
    printed; `places` (one per row: page, sheet, sheet_row, ocr) say where each row sits in its file."""
    at = find_indicator_header(rows)
    places = list(places or ())

    def place(i: int):
        return places[i] if i < len(places) else None
    header = read_header(rows if at is None else rows[:at], unit_line)
    indicators = read_indicators(rows[at:]) if at is not None else IndicatorRows(
        (), ("未找到指标表（缺少 一级指标/指标值 表头）",))
    name = header.name or named or _name_from_title(title)
    problems = list(header.problems) + list(indicators.problems)
    if not (header.name or named):
        problems.append("没有项目名称" + (f"，用标题 «{name}» 代替" if name else ""))
    if not header.code:
        problems.append("没有项目编码")
    if header.budget is None:
        problems.append("没有预算数")
    elif problem := money_split_problem(header.budget, header.fiscal, header.other,
                                        header.unit or "万元"):
        problems.append(problem)  # the one money-split check the 体检 rules use too
    located = [
        Indicator(level1=row.level1, level2=row.level2, level3=row.level3,
                  description=row.description,
                  value=with_context_unit(parse_value(row.value, year=year),
                                          f"{row.level3} {row.description}"),
                  basis=row.basis, policy_refs=find_policy_refs(row.basis),
                  locator=_locate(Locator(source, table=number, row=row.row), place(at + row.at)),
                  ocr=bool(getattr(place(at + row.at), "ocr", False)))
        for row in indicators.rows
    ]
    unit = header.unit
    guessed = next((x for x in problems if x.startswith("未找到金额单位")), None)
    if guessed and header.budget is not None:
        # No unit printed: a money row stating the budget's own figure says it («≤425000元» beside
        # 资金总额 425000.00 is a table in 元, not one of 42.5 亿元)
        said = {i.value.unit for i in located if i.value.unit in ("元", "万元")
                and i.value.number is not None and i.value.number == header.budget}
        if len(said) == 1:
            unit = said.pop()
            problems[problems.index(guessed)] = f"未找到金额单位，按成本指标写的«{header.budget}{unit}»以{unit}为单位"
    refs = _unique(find_policy_refs(text) for text in (name, header.goal, header.use))
    project = Project(code=header.code, name=name, department=header.department,
                      unit=unit, budget=header.budget, fiscal=header.fiscal,
                      other=header.other, use=header.use, goal=header.goal,
                      spending_plan=header.spending_plan, indicators=tuple(located),
                      policy_refs=refs, locator=_locate(Locator(source, table=number), place(0)),
                      ocr=any(getattr(place(i), "ocr", False) for i in range(at or len(rows))),
                      implementer=header.implementer, attributes=header.attributes,
                      parts=header.parts)
    where = f"{source} 表{number}«{_short(name or title)}»"
    return ProjectReading(project, tuple(f"{where}：{problem}" for problem in problems))


def _locate(locator: Locator, place) -> Locator:
    """The locator with the page or sheet and row the format knows for it."""
    if place is None:
        return locator
    return replace(locator, page=place.page, sheet=place.sheet, sheet_row=place.sheet_row)


def _name_from_title(title: str) -> str:
    """«1.社会保障工作经费绩效目标表», «附表1  社会保障工作经费绩效目标表» → 社会保障工作经费."""
    title = re.sub(r"^(?:\d+\s*[.．、]|附表\s*\d+|项目\s*\d+\s*[:：])\s*", "", title.strip())
    return re.sub(r"(?:项目支出)?绩效目标表$", "", title)


def _unique(groups) -> tuple[PolicyRef, ...]:
    return tuple(dict.fromkeys(ref for refs in groups for ref in refs))


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
