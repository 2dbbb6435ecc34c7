"""The one spending-plan convention and the one money-split check (ingest/consistency.py) that
the 体检 rules, the question engine and the ingest warnings share."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.consistency import (
    Split,
    check_money_split,
    cumulative_percent,
    cumulative_plan,
    money_split_problem,
    plan_is_shares,
)
from ingest.records import SpendingPoint

MONTH_END = (("3月底", 3), ("6月底", 6), ("10月底", 10), ("12月底", 12))
QUARTERS = (("一季度", 3), ("二季度", 6), ("三季度", 9), ("四季度", 12))


def plan(*cells, periods=MONTH_END):
    return tuple(SpendingPoint(label, month, None if cell is None else Decimal(cell))
                 for (label, month), cell in zip(periods, cells, strict=True))


def percents(points):
    return [None if p.percent is None else int(p.percent) for p in cumulative_plan(points)]


@pytest.mark.parametrize("cells, expected", [
    ((25, 50, 75, 100), [25, 50, 75, 100]),
    ((100, None, None, None), [100, 100, 100, 100]),       # empty after 100% counts as 100%
    ((50, 100, None, None), [50, 100, 100, 100]),
    ((25, 25, 25, 25), [25, 50, 75, 100]),                 # per-quarter shares add up to 100%
    ((10, 20, 30, 40), [10, 30, 60, 100]),
    ((40, 30, 20, 10), [40, 70, 90, 100]),
    ((25, 50, None, None), [25, 50, None, None]),          # stops short: left as written
    ((50, 40, 75, 100), [50, 40, 75, 100]),                # falls: left as written
    ((25, 50, 75, 120), [25, 50, 75, 120]),
    ((None, None, None, None), [None, None, None, None]),
])
def test_cumulative_plan(cells, expected):
    assert percents(plan(*cells)) == expected


def test_shares_are_recognised_only_when_they_add_up_to_exactly_100():
    assert plan_is_shares(plan(25, 25, 25, 25, periods=QUARTERS))
    assert not plan_is_shares(plan(25, 50, 75, 100))
    assert not plan_is_shares(plan(25, 25, 25, 20))
    assert not plan_is_shares(plan(100, None, None, None))


@pytest.mark.parametrize("cells, month, expected", [
    ((25, 50, 75, 100), 6, 50),
    ((25, 50, 75, 100), 9, 50),     # by 9月底: what was planned by 6月底
    ((25, 50, 75, 100), 12, 100),
    ((25, 50, 75, 100), 2, None),   # no period ends that early
    ((100, None, None, None), 10, 100),
    ((25, 25, 25, 25), 6, 50),
    ((10, 20, 30, 40), 12, 100),
])
def test_cumulative_percent(cells, month, expected):
    found = cumulative_percent(plan(*cells), month)
    assert (None if found is None else int(found)) == expected


def test_quarter_periods_read_the_same_way():
    assert cumulative_percent(plan(25, 25, 25, 25, periods=QUARTERS), 9) == 75


def d(text):
    return None if text is None else Decimal(text)


@pytest.mark.parametrize("budget, fiscal, other, kind, gap", [
    ("100.00", "100.00", None, Split.BALANCED, "0"),
    ("100.00", "80.00", "20.00", Split.BALANCED, "0"),
    ("1468.8", "1468.80", None, Split.BALANCED, "0"),
    ("100.00", "85.00", None, Split.UNACCOUNTED, "15"),
    ("100.00", "80.00", "10.00", Split.MISMATCH, "10"),
    ("100.00", "85.00", "0", Split.MISMATCH, "15"),   # a stated zero is a statement
    ("100.00", "120.00", None, Split.OVER, "-20"),
    (None, "80.00", None, Split.UNKNOWN, "0"),
    ("100.00", None, "10.00", Split.UNKNOWN, "0"),
])
def test_money_split(budget, fiscal, other, kind, gap):
    split = check_money_split(d(budget), d(fiscal), d(other))
    assert split.kind is kind and split.gap == Decimal(gap)
    assert split.adds_up == (kind in (Split.BALANCED, Split.UNKNOWN))


def test_money_split_problem_wording():
    assert money_split_problem(d("100.00"), d("100.00"), None) is None
    assert money_split_problem(d("100.00"), d("85.00"), None) == (
        "预算数100.00万元中财政资金为85.00万元，表中未列其他资金，15万元未说明资金来源")
    assert money_split_problem(d("260.00"), d("200.00"), d("50.00")) == (
        "财政资金200.00万元与其他资金50.00万元之和为250万元，与预算数260.00万元相差10万元")
    assert money_split_problem(d("380000"), d("400000"), None, "元") == (
        "财政资金400000元超出预算数380000元20000元")
