"""Rules that read one indicator row at a time: money in cost rows, counts, directions, formulas,
unmeasurable values and missing bases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from assistant.checks import thresholds as t
from assistant.checks.findings import (
    Batch,
    Finding,
    at_row,
    grouped,
    name_of,
    plain,
    quote,
)
from ingest.records import Indicator, Project, Value
from ingest.values import base_unit_of, find_quantities


def _money_factor(unit: str) -> Decimal | None:
    """How many 元 one of `unit` is, or None when the unit is not money."""
    base, factor = base_unit_of(unit)
    return Decimal(factor) if base == t.MONEY_BASE_UNIT else None


def _amount_in(value: Value, unit: str) -> Decimal | None:
    """The value as an amount of money in `unit` (the project's), or None when it is no plain sum."""
    target = _money_factor(unit or t.DEFAULT_MONEY_UNIT)
    if value.number is None or target is None:
        return None
    if value.normalized is not None and value.base_unit == t.MONEY_BASE_UNIT:
        return value.normalized / target
    factor = _money_factor(value.unit) if value.unit else None
    return None if factor is None else value.number * factor / target


def _exceeds(amount: Decimal, budget: Decimal) -> bool:
    return amount - budget > t.MONEY_TOLERANCE


def _is_unit_cost(indicator: Indicator) -> bool:
    name = indicator.level3 or indicator.description
    return any(word in name for word in t.UNIT_COST_WORDS)


def _is_cost(indicator: Indicator) -> bool:
    return t.COST_LEVEL2 in indicator.level2 or t.COST_LEVEL2 in indicator.level1


def check_cost_vs_budget(project: Project, batch: Batch) -> Iterator[Finding]:
    """成本指标 amounts in money against the project's 预算数."""
    if project.budget is None:
        return
    unit = project.unit or t.DEFAULT_MONEY_UNIT
    budget = f"预算数{project.budget}{unit}"
    costs = [(indicator, amount) for indicator in project.indicators
             if _is_cost(indicator) and (amount := _amount_in(indicator.value, unit)) is not None]
    over = False
    for indicator, amount in costs:
        if not _exceeds(amount, project.budget):
            continue
        over = True
        if _is_unit_cost(indicator):
            message = f"单位成本“{name_of(indicator)}”为{quote(indicator.value.raw)}，超过了整个项目的{budget}"
            fix = "核对单位成本的金额和单位（元/万元），单位成本不应超过项目预算数"
        else:
            message = f"成本指标“{name_of(indicator)}”为{quote(indicator.value.raw)}，超出{budget}"
            fix = f"将成本指标改为不超过预算数（如“≤{project.budget}{unit}”），或核对预算数"
        yield at_row("cost-vs-budget", "error", project, indicator, message, fix)
    # Cost rows stated as exact totals split the budget (设备 + 施工): together they must match it.
    exact = [(indicator, amount) for indicator, amount in costs
             if indicator.value.comparator in (None, "=") and not _is_unit_cost(indicator)]
    total = sum((amount for _, amount in exact), Decimal(0))
    if over or not exact or total == project.budget:
        return
    first = exact[0][0]
    said = f"{len(exact)}项成本指标合计{plain(total)}{unit}" if len(exact) > 1 else (
        f"成本指标“{name_of(first)}”为{quote(first.value.raw)}")
    if _exceeds(total, project.budget):
        message = f"{said}，超出{budget}"
        yield at_row("cost-vs-budget", "error", project, first, message,
                     "核对各项成本金额，使其合计不超过预算数")
    else:
        message = f"{said}，少于{budget}{plain(project.budget - total)}{unit}，成本未覆盖全部预算"
        yield at_row("cost-vs-budget", "warning", project, first, message,
                     "补充其余成本，或改为“≤预算数”的总成本指标")


def _measure(value: Value) -> Decimal | None:
    return value.normalized if value.normalized is not None else value.number


def _unit_key(value: Value) -> str | None:
    return value.base_unit or value.unit


def _is_year(value: Value) -> bool:
    low, high = t.YEAR_RANGE
    return value.number is not None and low <= value.number <= high and (value.unit or "").startswith("年")


def _is_count_unit(unit: str | None) -> bool:
    return bool(unit) and unit not in t.NON_COUNT_BASE_UNITS and not unit.startswith(t.MONEY_BASE_UNIT)


def _has_formula(text: str) -> bool:
    return any(sign in text for sign in t.RATIO_SIGNS)


_CLAUSE = re.compile("[" + re.escape(t.CLAUSE_BREAKS) + "]")


def _stated_totals(description: str, unit: str) -> list[Value]:
    """Counts in `unit` the description states as the row's own total, clause by clause; from a
    word that starts a part, a history or a rate (其中…, 已…, 上年…, 每…) to the clause's end is left out."""
    stated = []
    for clause in _CLAUSE.split(description):
        cut = min((at for marker in t.SUBCOUNT_MARKERS if (at := clause.find(marker)) >= 0),
                  default=len(clause))
        stated += [q for q in find_quantities(clause[:cut])
                   if _unit_key(q) == unit and _measure(q) is not None and not _is_year(q)]
    return stated


def check_count_mismatch(project: Project, batch: Batch) -> Iterator[Finding]:
    """A count stated in the description against the 指标值 of the same row, in the same unit."""
    for indicator in project.indicators:
        value, unit = indicator.value, _unit_key(indicator.value)
        target = _measure(value)
        countable = target is not None and value.deadline is None and _is_count_unit(unit)
        # A formula's «*100%» is part of a definition, not a stated count.
        if not countable or _has_formula(indicator.description):
            continue
        stated = _stated_totals(indicator.description, unit)
        amounts = [_measure(quantity) for quantity in stated]
        if not stated or target in amounts or sum(amounts) == target:
            continue
        said = "、".join(quote(quantity.raw) for quantity in stated)
        message = f"“{name_of(indicator)}”的描述写{said}，指标值却为{quote(value.raw)}，两处数量不一致"
        yield at_row("count-mismatch", "error", project, indicator, message,
                     "核对实际数量，使绩效指标描述与指标值一致")


def _rate_direction(name: str) -> tuple[str, str] | None:
    """('low' | 'high', the word) for a rate that should be kept low or high, else None."""
    for word in t.LOW_RATE_WORDS:
        if word in name:
            return "low", word
    for word in t.HIGH_RATE_WORDS:
        if word in name:
            return "high", word
    return None


def check_direction(project: Project, batch: Batch) -> Iterator[Finding]:
    """A should-be-low rate set as a floor, or a should-be-high rate set as a ceiling."""
    for indicator in project.indicators:
        value = indicator.value
        found = _rate_direction(indicator.level3 or indicator.description)
        if found is None or value.comparator is None or value.number is None:
            continue
        way, word = found
        amount = f"{plain(value.number)}{value.unit or ''}"
        if way == "low" and value.comparator in t.FLOOR_COMPARATORS:
            message = f"“{name_of(indicator)}”属{word}，应越低越好，指标值却设为下限{quote(value.raw)}"
            fix = f"改为上限，如“≤{amount}”"
        elif way == "high" and value.comparator in t.CEILING_COMPARATORS:
            message = f"“{name_of(indicator)}”属{word}，应越高越好，指标值却设为上限{quote(value.raw)}"
            fix = f"改为下限，如“≥{amount}”"
        else:
            continue
        yield at_row("direction", "warning", project, indicator, message, fix)


class Ratio(NamedTuple):
    numerator: str
    denominator: str


def _ratios(text: str) -> Iterator[Ratio]:
    """Each «A/B» in a description, operands cut at the nearest operator or punctuation."""
    for position, char in enumerate(text):
        if char not in t.RATIO_SIGNS:
            continue
        start = position
        while start > 0 and text[start - 1] not in t.OPERAND_STOPS and text[start - 1] not in t.RATIO_SIGNS:
            start -= 1
        end = position + 1
        while end < len(text) and text[end] not in t.OPERAND_STOPS and text[end] not in t.RATIO_SIGNS:
            end += 1
        numerator, denominator = text[start:position], text[position + 1 : end]
        if numerator and denominator:
            yield Ratio(numerator, denominator)


def _says_should(operand: str) -> bool:
    for word in t.SHOULD_FALSE_FRIENDS:
        operand = operand.replace(word, "")
    return t.SHOULD_MARK in operand and t.ACTUAL_MARK not in operand


def _is_achievement_rate(indicator: Indicator) -> bool:
    name = indicator.level3 or indicator.description
    is_rate = t.RATE_MARK in name or indicator.value.unit == t.PERCENT_UNIT
    found = _rate_direction(name)
    return is_rate and (found is None or found[0] == "high")


def check_ratio_inverted(project: Project, batch: Batch) -> Iterator[Finding]:
    """An achievement-rate formula written «应…/实际…» instead of «实际…/应…»."""
    for indicator in project.indicators:
        if not _is_achievement_rate(indicator):
            continue
        for ratio in _ratios(indicator.description):
            if _says_should(ratio.numerator) and not _says_should(ratio.denominator):
                message = (f"“{name_of(indicator)}”的计算公式“{ratio.numerator}/{ratio.denominator}”"
                           "把应完成数放在分子、实际数放在分母，分子分母颠倒")
                yield at_row("ratio-inverted", "warning", project, indicator, message,
                             f"将计算公式改为“{ratio.denominator}/{ratio.numerator}”")


_DIGIT = re.compile(r"\d")


def _measurable(value: Value) -> bool:
    # A number in a unit the value parser does not know («812551头») is still a number.
    return value.is_measurable or bool(_DIGIT.search(value.raw))


def check_non_measurable(project: Project, batch: Batch) -> Iterator[Finding]:
    """指标值 with neither a number nor a date: one line per project listing the rows."""
    rows = [indicator for indicator in project.indicators if not _measurable(indicator.value)]
    if not rows:
        return
    said = "、".join(f"“{quote(i.value.raw)}”" if i.value.raw.strip() else "（空）" for i in rows)
    message = f"{len(rows)}项指标值为文字描述（{said}），没有数值或日期，年终难以考核"
    yield grouped("non-measurable", "info", project, rows, message,
                  "改为可量化的目标值（如“≥90%”“≥100人”“2025年6月底前”）；确实无法量化的，写明评判标准")


def check_missing_basis(project: Project, batch: Batch) -> Iterator[Finding]:
    """Every 指标值 needs its 指标值确定依据: one line per project listing the rows."""
    rows = [indicator for indicator in project.indicators if not indicator.basis.strip()]
    if not rows:
        return
    names = "、".join(f"“{name_of(i)}”" for i in rows)
    message = f"{len(rows)}项指标的指标值确定依据为空：{names}"
    yield grouped("missing-basis", "info", project, rows, message,
                  "补充指标值的确定依据，如工作计划、政策文件或上年实际完成数")
