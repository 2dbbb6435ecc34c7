"""Read a 资金支出计划 from a table's header rows: cumulative percents under a row of period ends
(3月底 … 12月底, 1-3月 … 1-12月, 一季度 …), or written as one sentence in a cell.

The store keeps cumulative percents by period end. A plan printed as each period's own share
(«资金使用计划（按季度分配比例）» 30% | 25% | 25% | 20%) is summed into running totals here:
when a note beside it says so, or when its cells add up to 100% without rising period by period.

A plan printed as cumulative AMOUNTS in the project's money unit («计划累计支出 | 40.00 | 95.00 …»,
no % anywhere) is stored as the share of the budget those amounts are.

The rows come as ingest.header hands them over: cell text cleaned, merge repeats blanked, so a
label merged down the first column leaves that column empty in the percent row.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from .records import SpendingPoint
from .labels import label_of
from .values import parse_money, parse_percent

Grid = list[list[str]]
Cell = tuple[int, int]

# A period end as forms print it: «3月底», «3月份», «1-3月», «1—6月», «1至9月», «截至3月», «第一季度»,
# «一季度末», and in sentences «上半年», «前三季度», «年底前». The end month is what counts: the
# percents are cumulative (or per-period shares, summed into running totals by _cumulative).
_PERIOD = (r"(?:截至|截止)?(?:(?P<start>\d{1,2})月?[-—–－~～至到])?(?P<month>\d{1,2})月份?(?:底|末)?前?"
           r"|(?:截至|截止)?第?(?P<quarter>[一二三四1-4])季度(?:末|底)?"
           r"|(?P<word>前三季度|上半年|年底前?|年末|全年)")
_PERIOD_CELL = re.compile(_PERIOD)
_QUARTER_MONTH = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}
# «第一季度（1-3月）»: a quarter followed by the months it spans, in brackets
_QUARTER_SPAN = re.compile(r"(?P<quarter>第?[一二三四1-4]季度)[（(]\d{1,2}月?[-—–－~～至到](?P<end>\d{1,2})月[）)]")
_WORD_MONTH = {"前三季度": 9, "上半年": 6, "年底": 12, "年底前": 12, "年末": 12, "全年": 12}
# «3月底30%», «一季度末：25%», «1-6月累计支出50%»: a period and its cumulative percent, in running text
_PLAN_IN_TEXT = re.compile(rf"(?P<label>{_PERIOD})(?:累计)?(?:支出)?[:：]?(?P<pct>\d{{1,3}}(?:\.\d+)?%)")
# A note saying the cells are each period's own share, not running totals: «（按季度分配比例）»,
# «分季度支出», «当季支出», «各季度支出比例». A note saying «累计» is a cumulative plan whatever else.
_SHARES_NOTE = re.compile(r"按季度分配|分季度|当季|当期|各季度(?:支出)?(?:比例|占比)")
# «不是累计数», «非累计»: a note that names 累计 only to deny it
_NOT_CUMULATIVE = re.compile(r"(?:不是|并非|非|不)累计")
_FULL = Decimal(100)
# The words a plan's own rows are named by, left of the periods: «时间节点» over them, «计划累计支出»,
# «累计支出金额», «计划累计支出比例» beside the figures. Read with the plan, not left as stray cells.
_ROW_LABEL = re.compile(r"(?:(?:计划)?(?:时间节点|时间|节点|期间)|(?:当季|当期|本季|各季度?|分季度?)?(?:计划)?"
                        r"(?:累计)?(?:支出|用款)(?:计划)?(?:金额|额|数|比例|进度)?)")
# A plan's last column adding its own figures up («全年合计 | 260.00»): read with the plan
_TOTAL_COLUMN = re.compile(r"(?:全年|年度)?(?:合计|总计|小计)")
# The label of a note row printed under a plan («说明 | 各季度金额为该季度当季计划支出数，不是累计数。»)
_NOTE_LABEL = re.compile(r"说明|备注|注")
# A row label saying its figures are shares of the budget, or that they are money
_SHARE_WORDS = re.compile(r"比例|百分|进度|%|％")
_AMOUNT_WORDS = re.compile(r"金额|支出|用款|元")
# A label's note in brackets says what its figures are before the label's own words do:
# «实施进度计划（累计支出金额）» names a 进度计划 (a schedule), but its figures are money; a note of
# spending alone («（累计支出）») says neither
_NOTE = re.compile(r"[（(]([^）)]*)[）)]")
_AMOUNT_NOTE = re.compile(r"金额|数额|元")


def period_month(cell: str) -> int | None:
    """The month a period label ends in («1-6月» → 6, «三季度末» → 9, «上半年» → 6, «第一季度（1-3月）»
    → 3); None for any other text."""
    text = "".join(cell.split())
    if spanned := _QUARTER_SPAN.fullmatch(text):
        # a quarter with its months in brackets: they must end where the quarter does
        month = period_month(spanned["quarter"])
        return month if month == int(spanned["end"]) else None
    match = _PERIOD_CELL.fullmatch(text)
    if not match:
        return None
    if match["quarter"]:
        return _QUARTER_MONTH[match["quarter"]]
    if match["word"]:
        return _WORD_MONTH[match["word"]]
    month, start = int(match["month"]), int(match["start"] or 1)
    return month if 1 <= start <= month <= 12 else None


# What a plan column's header says after its period in a table listing projects one a row
# («一季度计划支出», «1-6月累计支出比例», «第二季度支出金额（万元）»): what its figures count
_COLUMN_WORDS = re.compile(r"(?:当季|当期|本季|累计)?(?:计划)?(?:累计)?(?:支出|用款)?(?:计划)?(?:金额|额|数|比例|进度)?")


def period_column(cell: str) -> tuple[int, str, str] | None:
    """(month, period, the words after it) of a plan column's header: «一季度计划支出（万元）» →
    (3, «一季度», «计划支出（万元）»); None for a year's total («全年计划») or any other text."""
    text = "".join(cell.split())
    if month := period_month(text):
        return month, text, ""
    bare = re.sub(r"[（(][^）)]*[）)]$", "", text)
    for end in range(len(bare) - 1, 0, -1):
        words = bare[end:]
        if _COLUMN_WORDS.fullmatch(words) and (month := period_month(bare[:end])):
            if bare[:end] == "全年":
                return None  # «全年计划», «全年计划支出»: the year's total beside the periods
            return month, bare[:end], text[end:]
    return None


def read_spending_plan(grid: Grid, budget: Decimal | None = None, unit: str = "万元"
                       ) -> tuple[tuple[SpendingPoint, ...], set[Cell], list[str]]:
    """The plan's points, the cells they were read from, and what could not be read; `budget`
    (in `unit`) turns a plan printed as amounts into the percents the store keeps."""
    found = _plan_grid(grid, budget, unit) or _plan_column(grid, budget, unit)
    points, cells, problems, amounts = found if found is not None else (*_plan_sentence(grid), False)
    if not points:
        return points, cells, problems
    notes = _notes(grid, cells)
    shares = any(is_shares_note(grid[r][c]) for r, c in notes | cells
                 if r < len(grid) and c < len(grid[r]))
    # amounts come as exact shares of the budget, rounded once summed: 60 | 90 | 90 | 72 of 312
    # reach 100, not 100.01
    points = _cumulative(points, marked=shares, blanks=not problems)
    if amounts:
        points = tuple(replace(p, percent=_rounded(p.percent)) for p in points)
    return points, cells | notes, problems


def is_plan_row(cells) -> bool:
    """True for a row naming at least two period ends (3月底 | 6月底 …): the head of a plan."""
    return len({period_month(cell) for cell in cells} - {None}) >= 2


def is_plan_table(rows) -> bool:
    """True for a table holding a plan: a row of period ends, or period rows down a column."""
    return any(is_plan_row(row) for row in rows) or _plan_column([list(row) for row in rows]) is not None


# «截至3月末累计支出», «1-6月累计支出比例»: a period end and what is counted by it, labelling one row
_PERIOD_ROW = re.compile(rf"(?:{_PERIOD})(?:累计)?(?:支出|用款)?(?:比例|进度)?")


def _period_row(row: list[str]) -> tuple[int, str, int, int] | None:
    """(label column, label, month, value column) of a row «截至3月末累计支出 | 25%»: a period end,
    the next filled cell its figure; the plan's own label may stand before it, merged down beside
    the rows («资金支出计划（%） | 3月底 | 25%»)."""
    filled = [c for c, cell in enumerate(row) if cell.strip()]
    if len(filled) >= 3 and (is_plan_label(row[filled[0]]) or (
            not _PERIOD_ROW.fullmatch("".join(row[filled[0]].split()))
            and _PERIOD_ROW.fullmatch("".join(row[filled[1]].split())))):
        # the plan's label merged down beside its period rows: «资金支出计划（%）», «支出进度»
        filled = filled[1:]
    if len(filled) < 2:
        return None
    label = "".join(row[filled[0]].split())
    match = _PERIOD_ROW.fullmatch(label)
    if not match or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?\s*[%％]?", row[filled[1]].strip()):
        return None
    month = period_month(re.sub(r"(?:累计)?(?:支出|用款)?(?:比例|进度)?$", "", label))
    return (filled[0], row[filled[0]], month, filled[1]) if month else None


# The label a plan is printed under: «资金支出计划（%）», «分季度用款计划», «资金使用计划（累计金额，元）»,
# «实施进度计划（累计支出比例）»
_PLAN_LABEL = re.compile(r"\S{0,6}(?:支出|用款|使用|进度)\S{0,4}计划")


def is_plan_label(cell: str) -> bool:
    """True for the label a plan is printed under («资金支出计划（%）», «分季度用款计划»)."""
    return bool(_PLAN_LABEL.fullmatch(re.sub(r"[（(][^）)]*[）)]", "", "".join(cell.split()))))


def _plan_column(grid: Grid, budget: Decimal | None = None, unit: str = "万元"
                 ) -> tuple[tuple[SpendingPoint, ...], set[Cell], list[str], bool] | None:
    """Cumulative percents (or amounts) down a column, one period end per row («截至3月末累计支出 |
    25%» … «截至12月末累计支出 | 100%»): at least two such rows with different months."""
    rows = [(r, found) for r, row in enumerate(grid) if (found := _period_row(row))]
    if len({found[2] for _, found in rows}) < 2:
        return None
    points, used, months = [], set(), set()
    kept = []
    for r, (c, label, month, v) in rows:
        if month not in months:
            months.add(month)
            kept.append((r, c, label, month, v))
    texts = [grid[r][v] for r, _, _, _, v in kept]
    # the labels that say what the figures are: the plan's own, left of the first period
    labels = [grid[r][j] for r, c, _, _, _ in kept[:1] for j in range(c) if grid[r][j]]
    periods = [(c, label, month) for _, c, label, month, _ in kept]
    percents, problems, amounts = _figures(texts, periods, [_label_text(text) for text in labels], budget, unit)
    for (r, c, label, month, v), percent in zip(kept, percents):
        points.append(SpendingPoint(period=label, month=month, percent=percent))
        used |= {(r, c), (r, v)}
    # the plan's own label merged down beside the periods («支出进度»): read with the plan
    used |= {(r, j) for r, c, _, _, _ in kept[:1] for j in range(c)
             if grid[r][j] and (_ROW_LABEL.fullmatch(_label(grid, (r, j))) or is_plan_label(grid[r][j]))}
    return tuple(points), used, problems, amounts


def _figures(texts: list[str], periods, labels: list[str], budget: Decimal | None, unit: str):
    """The plan's figures as percents, the problems met, and whether they were printed as amounts
    (then each is its share of the budget)."""
    amounts = _are_amounts(texts, labels)
    percents, problems = _shares_of(texts, periods, budget, unit) if amounts else _percents(texts, periods)
    return percents, problems, amounts


def _label_text(cell: str) -> str:
    """A plan label with its brackets kept as words: «（累计金额，元）» says the figures are money."""
    return "".join(cell.split())


def _notes(grid: Grid, cells: set[Cell]) -> set[Cell]:
    """Short notes on how the plan is printed, in the two rows above its first row
    («资金使用计划 | （按季度分配比例）» over the period labels), or in its label left of the
    periods («分季度用款计划（%）» | 一季度 | 二季度 …)."""
    top = min(r for r, _ in cells)
    above = {(r, c) for r in range(max(0, top - 2), top) for c in range(len(grid[r]))}
    beside = {(r, c) for r in {r for r, _ in cells}
              for c in range(min(c for row, c in cells if row == r))}
    notes = {(r, c) for r, c in above | beside
             if len(cell := grid[r][c]) <= 30 and (is_shares_note(cell) or "累计" in cell)}
    return notes | _note_row(grid, max(r for r, _ in cells) + 1)


def _note_row(grid: Grid, r: int) -> set[Cell]:
    """The row under a plan when it is a labelled note on it («说明 | 各季度金额为该季度当季计划支出数，
    不是累计数。»): its label and its note."""
    if r >= len(grid):
        return set()
    filled = [c for c, cell in enumerate(grid[r]) if cell.strip()]
    if len(filled) != 2 or not _NOTE_LABEL.fullmatch(label_of(grid[r][filled[0]])):
        return set()
    note = grid[r][filled[1]]
    return set() if len(note) > 60 or not (is_shares_note(note) or "累计" in note) else {(r, c) for c in filled}


def is_shares_note(cell: str) -> bool:
    """True for a note saying a plan's figures are each period's own («当季», «非累计数»), not
    running totals."""
    text = "".join(cell.split())
    if _NOT_CUMULATIVE.search(text):
        return True
    return bool(_SHARES_NOTE.search(text)) and "累计" not in text


def _cumulative(points: tuple[SpendingPoint, ...], *, marked: bool,
                blanks: bool = True) -> tuple[SpendingPoint, ...]:
    """The plan as running totals when it is per-period shares: marked so by a note, or unmarked
    with cells adding up to 100% that do not rise period by period (30/25/25/20). A plan that rises
    to 100% is cumulative as printed, and so is one that rises short of it (10/20/30/40): the form
    asks for cumulative percents, and ingest.consistency weighs that case where it is checked.
    Summed, a period left blank plans nothing of its own and holds the running total (`blanks`
    False, when some cell could not be read, leaves it None)."""
    order = sorted(range(len(points)), key=lambda i: points[i].month)
    filled = [points[i].percent for i in order if points[i].percent is not None]
    if len(filled) < 2:
        return points
    rising = all(a <= b for a, b in pairwise(filled))
    if rising and filled[-1] == _FULL:
        return points
    if not marked and (rising or sum(filled) != _FULL):
        return points
    out = list(points)
    running = Decimal(0)
    for i in order:
        if points[i].percent is not None or blanks:
            running += points[i].percent or 0
            out[i] = replace(points[i], percent=running)
    return tuple(out)


def _plan_grid(grid: Grid, budget: Decimal | None,
               unit: str) -> tuple[tuple[SpendingPoint, ...], set[Cell], list[str], bool] | None:
    """Cumulative percents (or amounts) under a row of at least two period labels."""
    for r, row in enumerate(grid):
        periods = _periods(row)
        if len(periods) < 2:
            continue
        if beside := _figures_beside(row, periods):
            # «3月底 | 20% | 6月底 | 45% …»: each period's figure in the cell after it, one row
            spots = [(r, j) for j in beside]
            labels = [(r, c) for c in range(periods[0][0]) if row[c]]
            total: set[Cell] = set()
        else:
            values = grid[r + 1] if r + 1 < len(grid) else []
            # The text export drops merged cells, so unequal rows line up from the right.
            shift = 0 if len(values) == len(row) else len(values) - len(row)
            spots = [(r + 1, c + shift) for c, _, _ in periods]
            labels = _row_labels(grid, r, periods[0][0], shift)
            total = _total_column(grid, r, periods[-1][0], shift)
        texts = [grid[i][j] if i < len(grid) and 0 <= j < len(grid[i]) else "" for i, j in spots]
        percents, problems, amounts = _figures(texts, periods, [grid[i][j] for i, j in labels], budget, unit)
        points = tuple(SpendingPoint(period=label, month=month, percent=percent)
                       for (_, label, month), percent in zip(periods, percents))
        used = {(r, c) for c, _, _ in periods} | {spot for spot in spots if spot[0] < len(grid)} | total
        used |= {spot for spot in labels if _ROW_LABEL.fullmatch(_label(grid, spot))
                 or (beside and is_plan_label(grid[spot[0]][spot[1]]))}
        return points, used, problems, amounts
    return None


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*[%％]?")


def _figures_beside(row: list[str], periods: list[tuple[int, str, int]]) -> list[int] | None:
    """The column of each period's figure when every period is followed, before the next one, by
    a filled cell holding a figure and nothing else is filled; None otherwise."""
    out = []
    ends = [c for c, _, _ in periods[1:]] + [len(row)]
    for (c, _, _), end in zip(periods, ends):
        filled = [j for j in range(c + 1, end) if row[j].strip()]
        if len(filled) != 1 or not _FIGURE.fullmatch(row[filled[0]].strip()):
            return None
        out.append(filled[0])
    return out


def _total_column(grid: Grid, r: int, last: int, shift: int) -> set[Cell]:
    """The plan's total («全年合计» and the figure under it), the first filled cell right of its
    last period: read with the plan, the periods' own figures are what it keeps."""
    after = [c for c in range(last + 1, len(grid[r])) if grid[r][c].strip()]
    if not after or not _TOTAL_COLUMN.fullmatch(_label(grid, (r, after[0]))):
        return set()
    spots = {(r, after[0])}
    j = after[0] + shift
    if r + 1 < len(grid) and 0 <= j < len(grid[r + 1]) and _number(grid[r + 1][j]) is not None:
        spots.add((r + 1, j))
    return spots


def _periods(row: list[str]) -> list[tuple[int, str, int]]:
    """(column, label, month) of each period end in the row; «四季度 | 全年»: the first one says it."""
    periods, months = [], set()
    for c, cell in enumerate(row):
        month = period_month(cell)
        if month and month not in months:
            periods.append((c, cell, month))
            months.add(month)
    return periods


def _row_labels(grid: Grid, r: int, first: int, shift: int) -> list[Cell]:
    """The filled cells left of the first period, in the period row and the figures' row."""
    spots = [(r, c) for c in range(first) if grid[r][c]]
    if r + 1 < len(grid):
        spots += [(r + 1, c) for c in range(max(0, first + shift)) if grid[r + 1][c]]
    return spots


def _label(grid: Grid, spot: Cell) -> str:
    return re.sub(r"[（(][^）)]*[）)]", "", "".join(grid[spot[0]][spot[1]].split()))


def _are_amounts(texts: list[str], labels: list[str]) -> bool:
    """Figures with no % sign beside a label naming money spent («计划累计支出»), or above 100: money,
    not percents. A label saying «比例», «进度» or «%» keeps them percents, unless its note in
    brackets names money («实施进度计划（累计支出金额）»)."""
    if any(_SHARE_WORDS.search(text) for text in texts):
        return False
    notes = [note for label in labels for note in _NOTE.findall(label)]
    if any(_SHARE_WORDS.search(note) for note in notes):
        return False
    if any(_AMOUNT_NOTE.search(note) for note in notes):
        return True
    if any(_SHARE_WORDS.search(label) for label in labels):
        return False
    if any(_AMOUNT_WORDS.search(label) for label in labels):
        return True
    return any((number := _number(text)) is not None and number > _FULL for text in texts)


def _number(text: str) -> Decimal | None:
    try:
        return parse_money(text)
    except ValueError:
        return None


def _percents(texts: list[str], periods) -> tuple[list[Decimal | None], list[str]]:
    percents, problems = [], []
    for text, (_, label, _) in zip(texts, periods):
        try:
            percents.append(parse_percent(text))
        except ValueError:
            problems.append(f"资金支出计划 {label} 的 «{_short(text)}» 不是百分数")
            percents.append(None)
    return percents, problems


def _shares_of(texts: list[str], periods, budget: Decimal | None,
               unit: str) -> tuple[list[Decimal | None], list[str]]:
    """Amounts in the project's unit as percents of its budget (40 of 186 万元 → 21.51)."""
    if not budget:
        return [None] * len(texts), ["资金支出计划按金额填写，但没有预算数，无法折算为百分比"]
    percents, problems = [], []
    for text, (_, label, _) in zip(texts, periods):
        try:
            amount = parse_money(text, unit=unit)
        except ValueError:
            problems.append(f"资金支出计划 {label} 的 «{_short(text)}» 不是金额")
            amount = None
        percents.append(None if amount is None else _percent(amount, budget))
    return percents, problems


def _percent(amount: Decimal, budget: Decimal) -> Decimal:
    """amount ÷ budget × 100, exact to the context's precision; read_spending_plan rounds it."""
    return amount / budget * _FULL


def _rounded(percent: Decimal | None) -> Decimal | None:
    """A share of the budget computed from amounts to two places, a whole number written whole
    (100, not 100.00)."""
    if percent is None:
        return percent
    share = percent.quantize(Decimal("0.01"))
    return share.quantize(Decimal(1)) if share == share.to_integral_value() else share


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
