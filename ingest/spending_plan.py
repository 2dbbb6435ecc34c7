"""Read a 资金支出计划 from a table's header rows: cumulative percents under a row of period ends
(3月底 … 12月底, 1-3月 … 1-12月, 一季度 …), or written as one sentence in a cell.

The rows come as ingest.tables hands them over: cell text cleaned, merge repeats blanked, so a
label merged down the first column leaves that column empty in the percent row.
"""

from __future__ import annotations

import re

from .records import SpendingPoint
from .values import parse_percent

Grid = list[list[str]]
Cell = tuple[int, int]

# A period end as forms print it: «3月底», «3月份», «1-3月», «1—6月», «1至9月», «截至3月», «第一季度»,
# «一季度末», and in sentences «上半年», «前三季度», «年底前». The end month is what counts: the
# percents are cumulative (or per-period shares, which ingest.consistency tells apart).
_PERIOD = (r"(?:截至|截止)?(?:(?P<start>\d{1,2})月?[-—–－~～至到])?(?P<month>\d{1,2})月份?(?:底|末)?前?"
           r"|(?:截至|截止)?第?(?P<quarter>[一二三四1-4])季度(?:末|底)?"
           r"|(?P<word>前三季度|上半年|年底前?|年末|全年)")
_PERIOD_CELL = re.compile(_PERIOD)
_QUARTER_MONTH = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}
_WORD_MONTH = {"前三季度": 9, "上半年": 6, "年底": 12, "年底前": 12, "年末": 12, "全年": 12}
# «3月底30%», «一季度末：25%», «1-6月累计支出50%»: a period and its cumulative percent, in running text
_PLAN_IN_TEXT = re.compile(rf"(?P<label>{_PERIOD})(?:累计)?(?:支出)?[:：]?(?P<pct>\d{{1,3}}(?:\.\d+)?%)")


def period_month(cell: str) -> int | None:
    """The month a period label ends in («1-6月» → 6, «三季度末» → 9, «上半年» → 6); None for
    any other text."""
    match = _PERIOD_CELL.fullmatch("".join(cell.split()))
    if not match:
        return None
    if match["quarter"]:
        return _QUARTER_MONTH[match["quarter"]]
    if match["word"]:
        return _WORD_MONTH[match["word"]]
    month, start = int(match["month"]), int(match["start"] or 1)
    return month if 1 <= start <= month <= 12 else None


def read_spending_plan(grid: Grid) -> tuple[tuple[SpendingPoint, ...], set[Cell], list[str]]:
    """The plan's points, the cells they were read from, and what could not be read."""
    found = _plan_grid(grid)
    return found if found is not None else _plan_sentence(grid)


def _plan_grid(grid: Grid) -> tuple[tuple[SpendingPoint, ...], set[Cell], list[str]] | None:
    """Cumulative percents under a row of at least two period labels."""
    for r, row in enumerate(grid):
        periods, months = [], set()
        for c, cell in enumerate(row):
            month = period_month(cell)
            if month and month not in months:  # «四季度 | 全年»: the first one says it
                periods.append((c, cell, month))
                months.add(month)
        if len(periods) < 2:
            continue
        values = grid[r + 1] if r + 1 < len(grid) else []
        # The text export drops merged cells, so unequal rows line up from the right.
        shift = 0 if len(values) == len(row) else len(values) - len(row)
        points, used, problems = [], {(r, c) for c, _, _ in periods}, []
        for c, label, month in periods:
            j = c + shift
            cell = values[j] if 0 <= j < len(values) else ""
            try:
                percent = parse_percent(cell)
            except ValueError:
                problems.append(f"资金支出计划 {label} 的 «{_short(cell)}» 不是百分数")
                percent = None
            used.add((r + 1, j))
            points.append(SpendingPoint(period=label, month=month, percent=percent))
        return tuple(points), used, problems
    return None


def _plan_sentence(grid: Grid) -> tuple[tuple[SpendingPoint, ...], set[Cell], list[str]]:
    """«3月底30%，6月底60%，9月底85%，12月底100%» or «一季度末累计支出15%，上半年累计支出45%…» in one cell."""
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            points, months = [], set()
            for m in _PLAN_IN_TEXT.finditer("".join(cell.split())):
                month = period_month(m["label"])
                if month is not None and month not in months:
                    points.append(SpendingPoint(period=m["label"], month=month,
                                                percent=parse_percent(m["pct"])))
                    months.add(month)
            if len(points) >= 2:
                return tuple(points), {(r, c)}, []
    return (), set(), []


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
