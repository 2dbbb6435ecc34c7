"""Interpret one 绩效目标表 given as rows of cell strings: its header (ingest.header), then its
indicator rows, every column found by its header words (ingest.labels), into one Project.

Both readers hand over the same shape: rows of cell text with merge repeats blanked, the text
export's rows compressed (one line per cell), the .docx rows one cell per grid column. Nothing
here depends on a cell's position, only on the label beside or above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from .consistency import money_split_problem
from .fact_paragraphs import read_facts
from .header import Header, read_header
from .labels import (ATTRIBUTE_LABELS, COLUMN_FIELDS, MONEY_LABELS, MONEY_PART_LABELS, Rows,
                     clean_cell, column_of, find_indicator_header, is_header_part, is_indicator_header,
                     is_note_column,
                     joined_header, label_of)
from . import quantity as q
from .policy_refs import find_policy_refs
from .records import Indicator, Locator, PolicyRef, Project
from .values import parse_value, with_context_unit

# The label words live in ingest.labels; these names are still read from here (assistant.lexicon)
__all__ = ["ATTRIBUTE_LABELS", "MONEY_LABELS", "MONEY_PART_LABELS", "Header", "IndicatorRow",
           "IndicatorRows", "ProjectReading", "indicator_columns", "read_header", "read_indicators",
           "read_project"]

# Columns a form prints beside the targets that say nothing of them: rules for scoring, numbering
_NOT_TARGETS = {"序号", "评分标准", "评分规则", "计分规则", "评分方法", "计分方法", "评分办法"}
# The row under the indicators adding up their weights: «分值合计 | 100», «合计», «总分»
_TOTAL_ROW = re.compile(r"(?:分值|权重|得分)?(?:合计|总计)|总分(?:值)?")
# What a 指标性质 cell may hold besides a comparator sign: a target without a number
_QUALITATIVE = {"定性", "定性指标"}
_NATURES = {"定性": "定性", "定性指标": "定性", "定量": "定量", "定量指标": "定量"}
# A 指标方向 cell in words: the comparator a bare number takes (正向 = at least, 反向 = at most)
_DIRECTIONS = {"正向": "≥", "正向指标": "≥", "越大越好": "≥", "越高越好": "≥", "越多越好": "≥",
               "大于等于": "≥", "不低于": "≥", "反向": "≤", "反向指标": "≤", "越小越好": "≤",
               "越低越好": "≤", "越少越好": "≤", "小于等于": "≤", "不高于": "≤", "等于": "=",
               "大于": ">", "小于": "<"}
_SIGNS = re.compile(r"[≥≤><=＞＜≧≦]=?")
_WEIGHT_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(?:分|%|％)?")


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
    nature: str = ""  # 定量 / 定性, "" when the table does not say
    weight: str = ""  # the 分值/权重 cell as written


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


def indicator_columns(header: Sequence[str], body: Rows = ()) -> dict[str, int]:
    """The column of each indicator field (level1 … basis) in the indicator header row; `body`,
    the rows under it, tells whether a notes column («指标解释/备注») holds the rows' basis."""
    columns: dict[str, int] = {}
    level1 = next((c for c, cell in enumerate(header) if column_of(cell) == "level1"), None)
    for c, cell in enumerate(header):
        field = column_of(cell)
        if field == "level3" and _section_label(c, level1, body):
            continue  # «绩效指标» as a section label merged down left of 一级指标: no column of its own
        if field == "level3" and "level3" in columns:
            field = "description"  # 三级指标 and 指标内容 side by side: the second one describes
        if field is not None and field not in columns:
            columns[field] = c
    if "basis" not in columns and (notes := _basis_notes(header, body)) is not None:
        columns["basis"] = notes
    if "description" not in columns:
        # a notes column that is not the basis («指标值说明», «指标解释/备注»): it explains the row,
        # as 指标解释 does
        notes = next((c for c, cell in enumerate(header)
                      if is_note_column(cell) and c not in columns.values()), None)
        if notes is not None:
            columns["description"] = notes
    return columns


def _section_label(c: int, level1: int | None, body: Rows) -> bool:
    """Whether a 三级指标 word left of 一级指标 is a section label merged down the rows («绩效指标»),
    its cells under it empty, rather than a column of names printed first («指标名称 | 指标性质 |
    目标值 | … | 一级指标 | 二级指标»)."""
    if level1 is None or c >= level1:
        return False
    filled = sum(1 for row in body if c < len(row) and row[c].strip())
    return filled * 2 < len(body) or not body


# A law or rule cited by its title in a notes cell: «《中华人民共和国安全生产法》», «《农药管理条例》»
_TITLE = re.compile(r"《[^》]{2,40}(?:法|条例|规定|办法|意见|通知|规划|方案|细则|标准|规范|决定|纲要)》")


def _basis_notes(header: Sequence[str], body: Rows) -> int | None:
    """The first notes column («指标解释/备注», «说明») whose cells cite a document number or a
    《title》: what the rows rest on, kept as their basis; None when no such column cites any."""
    for c, cell in enumerate(header):
        if not is_note_column(cell):
            continue
        texts = [row[c] for row in body if c < len(row) and row[c]]
        if any(find_policy_refs(text) or _TITLE.search(text) for text in texts):
            return c
    return None


def read_indicators(rows: Rows) -> IndicatorRows:
    """Read the rows under the indicator header row (rows[0], or rows[0:2] when it is printed on two
    rows), columns found by their header words."""
    given = len(rows)
    rows = joined_header(rows)
    columns = indicator_columns(rows[0], rows[1:])
    if len(rows) > 1 and (under := _sub_header(rows[0], rows[1])):
        # «指标值» merged over «符号 | 数值 | 单位»: the second header row names the value's parts
        columns = {field: c for field, c in columns.items() if c not in under.values()} | under
        rows = [rows[0], *rows[2:]]
    dropped = given - len(rows)  # a second header row read into the first: rows' places move on
    # a column left empty under its header («备注» beside 指标值确定依据) loses nothing
    problems = [f"指标表的列 «{_short(cell)}» 无法对应" for c, cell in enumerate(rows[0])
                if label_of(cell) and c not in columns.values() and label_of(cell) not in _NOT_TARGETS
                and any(c < len(row) and row[c].strip() and not is_header_part(row) for row in rows[1:])
                and not (column_of(cell) == "level3" and _section_label(c, columns.get("level1"), rows[1:]))]
    missing = [words for field, words in (("level3", "三级指标/指标内容"), ("value", "指标值"))
               if field not in columns]
    if missing:
        return IndicatorRows((), (f"指标表缺少 {'、'.join(missing)} 列，未读取指标",))
    out: list[IndicatorRow] = []
    level1 = level2 = ""
    classifies = _classifies(rows, columns)
    for at, cells in enumerate(rows[1:], start=1 + dropped):
        cells = [clean_cell(cell) for cell in cells]
        if is_header_part(cells):
            # a header (or its lower row) repeated where the table crosses a page; a table split in
            # two and joined again (a .doc merges tables that touch) may print it on another grid
            if is_indicator_header(cells) or not is_header_part(rows[at - dropped - 1]):
                columns = _moved(columns, rows[0], joined_header(rows[at - dropped:])[0])
            continue
        get = {field: (cells[c] if c < len(cells) else "") for field, c in columns.items()}
        get = {field: get.get(field, "") for field in COLUMN_FIELDS}
        if _TOTAL_ROW.fullmatch(label_of(get["level1"])):
            continue  # «分值合计 | 100»: the weights' sum under the indicators, not one of them
        if not (get["level3"] or get["description"] or get["value"]):
            if get["basis"]:
                problems.append(f"指标表中只有依据的一行 «{_short(get['basis'])}» 未读取")
            continue
        # Merged 一级/二级 cells reach us empty below their first row.
        level1 = get["level1"] or level1
        level2 = get["level2"] or level2
        # the national form writes ≥ ≤ = 定性 in its 指标性质 column: the comparator's column too
        sign = get["comparator"] or get["nature"]
        out.append(IndicatorRow(row=len(out) + 1, at=at, level1=level1, level2=level2,
                                level3=get["level3"], description=get["description"],
                                value=_joined_value(_DIRECTIONS.get(label_of(sign), sign),
                                                    get["value"], get["unit"]),
                                basis=get["basis"],
                                nature=_nature(get["nature"], get["comparator"], classifies),
                                weight=get["weight"]))
    return IndicatorRows(tuple(out), tuple(problems))


def _moved(columns: dict[str, int], header: Sequence[str], again: Sequence[str]) -> dict[str, int]:
    """The columns under a header printed again: each field where its header word now stands,
    when the same words stand in the same order; the columns as they were otherwise."""
    def words(cells: Sequence[str]) -> list[tuple[int, str]]:
        return [(c, label_of(cell)) for c, cell in enumerate(cells) if cell.strip()]
    old, new = words(header), words(again)
    if [w for _, w in old] != [w for _, w in new]:
        return columns
    where = {c: n for (c, _), (n, _) in zip(old, new)}
    if not all(c in where for c in columns.values()):
        return columns
    return {field: where[c] for field, c in columns.items()}


def _classifies(rows: Rows, columns: dict[str, int]) -> bool:
    """Whether the table sorts its rows into 定量 and 定性: a 指标性质/指标类型 column, or a
    comparator column that marks some rows «定性»."""
    if "nature" in columns:
        return True
    at = columns.get("comparator")
    return at is not None and any(at < len(cells) and label_of(cells[at]) in _NATURES
                                  for cells in rows[1:])


def _nature(nature: str, comparator: str, classifies: bool) -> str:
    """定量 or 定性 as the row's cells say: the word itself, or, in a table that sorts its rows,
    a comparator (≥, 正向 …) for a 定量 row; "" when the table does not say."""
    if not classifies:
        return ""
    for cell in (label_of(nature), label_of(comparator)):
        if cell in _NATURES:
            return _NATURES[cell]
        if cell in _DIRECTIONS or _SIGNS.fullmatch(cell):
            return "定量"
    return ""


def weight_of(cell: str) -> Decimal | None:
    """A 分值/权重 cell as a number: «10» → 10, «15%» → 15, «5分» → 5; None when it holds none."""
    match = _WEIGHT_NUMBER.fullmatch("".join(cell.split()))
    return Decimal(match.group(1)) if match else None


# A target written with a comparator word before its number or after it, and no unit of its own
_WORDED_TARGET = re.compile(rf"(?P<before>(?:{q.comparator_pattern()})?)\s*(?P<number>\d[\d,]*(?:\.\d+)?)"
                            rf"(?P<after>{q.alternation(q.AFTER_WORDS)})?")


# The parts of a target named in a second header row under a merged «指标值»
_SUB_COLUMNS = {"数值": "value", "值": "value", "单位": "unit", "方向": "comparator", "性质": "nature"}


def _sub_header(header: Sequence[str], below: Sequence[str]) -> dict[str, int] | None:
    """The columns a second header row names («符号 | 数值 | 单位» under a merged «指标值»): every
    filled cell of it names a part of the target and stands under a merge or the value header;
    None when the row under the header is a data row."""
    filled = [c for c, cell in enumerate(below) if cell.strip()]
    out: dict[str, int] = {}
    for c in filled:
        label = label_of(below[c])
        field = _SUB_COLUMNS.get(label) or column_of(below[c])
        over = column_of(header[c]) if c < len(header) else None
        if field not in ("value", "unit", "comparator", "nature") or over not in (None, "value") \
                or (over is None and c < len(header) and header[c].strip()):
            return None
        out.setdefault(field, c)
    return out if "value" in out and len(out) >= 2 else None


def _joined_value(comparator: str, value: str, unit: str) -> str:
    """«≥» | «2600» | «批次» → «≥2600批次»: a target split over three columns, as one cell would
    write it; «定性» | «明显增强» stays the words. A value that already carries them is kept."""
    comparator, value, unit = comparator.strip(), value.strip(), unit.strip()
    if not value or comparator in _QUALITATIVE:
        return value
    worded = _WORDED_TARGET.fullmatch(value)
    if worded and (worded["after"] or re.match(r"[^\d≥≤><=＞＜≧≦!]", worded["before"])):
        # «不低于1200» | «人», «1200以上» | «人»: the unit goes after the number, before 以上
        if not unit or unit in ("—", "-", "/"):
            return value
        return f"{worded['before']}{worded['number']}{unit}{worded['after'] or ''}"
    if not re.match(r"^[≥≤><=＞＜≧≦]?\s*[\d.]", value):
        return value
    # «≥95» | «%»: the comparator written in the value cell itself
    sign = "" if comparator in ("定量", "—", "-", "/") or not value[0].isdigit() else comparator
    tail = "" if not unit or unit in ("—", "-", "/") or value.endswith(unit) else unit
    return f"{sign}{value}{tail}"


def read_project(rows: Rows, *, source: str, number: int, title: str = "", named: str = "",
                 year: int | None = None, places: Sequence | None = None,
                 unit_line: str = "", facts: Sequence[str] = ()) -> ProjectReading:
    """Build the Project for one 绩效目标表 from all its rows (header rows, then indicator rows);
    `named` is the name a title row over the table gives it («项目3：XXX»), used when no 项目名称 is
    printed; `places` (one per row: page, sheet, sheet_row, ocr) say where each row sits in its file;
    `facts` are «标签：值» paragraphs printed with the tables (ingest.fact_paragraphs)."""
    at = find_indicator_header(rows)
    places = list(places or ())

    def place(i: int):
        return places[i] if i < len(places) else None
    stated = read_facts(facts)
    header_rows = list(rows if at is None else rows[:at])
    header = read_header(header_rows + [list(row) for row in stated.rows], unit_line)
    # a basis paragraph is what every row rests on where the table prints no basis column
    table = joined_header(rows[at:]) if at is not None else []
    own_basis = bool(table) and "basis" in indicator_columns(table[0], table[1:])
    shared = "" if own_basis else stated.basis
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
                  basis=row.basis or shared, policy_refs=find_policy_refs(row.basis or shared),
                  locator=_locate(Locator(source, table=number, row=row.row), place(at + row.at)),
                  ocr=bool(getattr(place(at + row.at), "ocr", False)),
                  nature=row.nature, weight=weight_of(row.weight))
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
    """«1.社会保障工作经费绩效目标表», «附表1  社会保障工作经费绩效目标表», «表3-2 社会保障工作经费
    项目绩效目标表» → 社会保障工作经费."""
    title = re.sub(r"^(?:\d+\s*[.．、]|附?表\s*\d+(?:\s*[-－—.．]\s*\d+)*|项目\s*\d+\s*[:：])\s*", "",
                   title.strip())
    return re.sub(r"(?:项目支出|项目)?绩效目标表$", "", title)


def _unique(groups) -> tuple[PolicyRef, ...]:
    return tuple(dict.fromkeys(ref for refs in groups for ref in refs))


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
