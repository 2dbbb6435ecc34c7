"""The two conventions every reader of a 绩效目标表 must share: how a spending plan accumulates and
how the budget splits into 财政资金 and 其他资金. Pure functions; the 体检 rules, the question engine
and the ingest warnings all call these, so the three never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum

from .records import SpendingPoint

FULL = Decimal(100)


def plan_is_shares(points: Sequence[SpendingPoint]) -> bool:
    """True when the cells are per-period shares, not running totals: 25/25/25/25 or 10/20/30/40.

    The form asks for cumulative percents, but some departments fill in each period's own share.
    Read as running totals such a plan never reaches 100%; read as shares it adds up to exactly
    100%. A plan already at 100% by its last filled period is cumulative whatever its sum.
    """
    filled = [point.percent for point in sorted(points, key=_month) if point.percent is not None]
    return len(filled) >= 2 and filled[-1] < FULL and sum(filled) == FULL


def cumulative_plan(points: Sequence[SpendingPoint]) -> tuple[SpendingPoint, ...]:
    """The plan as cumulative percents in month order, under the one convention of this project.

    A spending plan is cumulative; a period left empty after 100% counts as 100%; per-period shares
    that add up to 100% (see plan_is_shares) are summed into running totals. Periods left empty
    before 100% stay None. Nothing else is repaired: a plan that falls or overshoots stays as written.
    """
    ordered = sorted(points, key=_month)
    shares = plan_is_shares(ordered)
    out: list[SpendingPoint] = []
    running = Decimal(0)
    reached = False
    for point in ordered:
        percent = point.percent
        if percent is not None and shares:
            running += percent
            percent = running
        elif percent is None and reached:
            percent = FULL
        out.append(replace(point, percent=percent))
        reached = reached or (percent is not None and percent >= FULL)
    return tuple(out)


def cumulative_percent(points: Sequence[SpendingPoint], month: int) -> Decimal | None:
    """Cumulative share of the budget planned to be spent by the end of `month` (1–12).

    The value of the last filled period ending in or before `month` (by 9月底 a plan with 6月底 and
    10月底 columns has spent what it planned by 6月底); None when no filled period ends that early.
    """
    known = [point.percent for point in cumulative_plan(points)
             if point.month <= month and point.percent is not None]
    return known[-1] if known else None


class Split(Enum):
    """How 预算数 relates to 财政资金 and 其他资金."""

    BALANCED = "balanced"        # budget = fiscal + other (other empty counts as 0 when fiscal = budget)
    UNACCOUNTED = "unaccounted"  # no 其他资金 stated and 财政资金 falls short: part of the budget has no source
    MISMATCH = "mismatch"        # 其他资金 stated, and fiscal + other ≠ budget
    OVER = "over"                # no 其他资金 stated and 财政资金 alone exceeds the budget
    UNKNOWN = "unknown"          # 预算数 or 财政资金 missing: nothing to compare


@dataclass(frozen=True)
class MoneySplit:
    """The money-split verdict with the amounts it rests on (in the project's unit)."""

    kind: Split
    budget: Decimal | None
    fiscal: Decimal | None
    other: Decimal | None
    gap: Decimal = Decimal(0)  # budget − (fiscal + other): positive when money is missing

    @property
    def adds_up(self) -> bool:
        return self.kind in (Split.BALANCED, Split.UNKNOWN)


def check_money_split(budget: Decimal | None, fiscal: Decimal | None,
                      other: Decimal | None) -> MoneySplit:
    """Compare 预算数 with 财政资金 + 其他资金, telling an unstated 其他资金 from a real mismatch.

    Amounts are exact Decimals as written (1468.8 equals 1468.80). An empty or absent 其他资金 is
    "not stated", not zero: when 财政资金 is short of the budget the remainder is unaccounted for,
    which is a different finding from a stated 其他资金 that does not add up.
    """
    if budget is None or fiscal is None:
        return MoneySplit(Split.UNKNOWN, budget, fiscal, other)
    gap = budget - fiscal - (other or Decimal(0))
    if gap == 0:
        kind = Split.BALANCED
    elif other is not None:
        kind = Split.MISMATCH
    else:
        kind = Split.UNACCOUNTED if gap > 0 else Split.OVER
    return MoneySplit(kind, budget, fiscal, other, gap)


def _plain(number: Decimal) -> str:
    return f"{number.normalize():f}"


def money_split_problem(budget: Decimal | None, fiscal: Decimal | None, other: Decimal | None,
                        unit: str = "万元") -> str | None:
    """One Chinese sentence describing a money split that does not add up, or None when it does."""
    split = check_money_split(budget, fiscal, other)
    if split.kind is Split.UNACCOUNTED:
        return (f"预算数{budget}{unit}中财政资金为{fiscal}{unit}，表中未列其他资金，"
                f"{_plain(split.gap)}{unit}未说明资金来源")
    if split.kind is Split.OVER:
        return f"财政资金{fiscal}{unit}超出预算数{budget}{unit}{_plain(-split.gap)}{unit}"
    if split.kind is Split.MISMATCH:
        total = fiscal + other
        return (f"财政资金{fiscal}{unit}与其他资金{other}{unit}之和为{_plain(total)}{unit}，"
                f"与预算数{budget}{unit}相差{_plain(abs(split.gap))}{unit}")
    return None


def _month(point: SpendingPoint) -> int:
    return point.month
