"""Rules that compare projects: within one document (names, codes), across documents of one year
(the same 项目编码 told differently) and across years (a target lowered from the year before)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache

from assistant.checks import thresholds as t
from assistant.checks.findings import (
    Batch,
    Finding,
    at_header,
    at_row,
    money_text,
    name_of,
    quote,
)
from ingest.records import Indicator, Project, Value
from ingest.values import base_unit_of

_YEARS = re.compile(r"(?:19|20)\d{2}\s*年度?")


def _name_key(name: str) -> str:
    return "".join(name.split())


def check_duplicate_name(project: Project, batch: Batch) -> Iterator[Finding]:
    """One 项目名称 under several 项目编码 in one document: budget lines a reader cannot tell apart."""
    key = _name_key(project.name)
    if not key:
        return
    others = sorted({p.code for p in batch.same_document(project)
                     if _name_key(p.name) == key and p.code != project.code})
    if others:
        message = f"项目名称与项目编码为{'、'.join(others)}的项目相同，编码不同而同名，难以区分"
        yield at_header("duplicate-name", "warning", project, message,
                        f"项目名称：{project.name}；项目编码：{project.code}",
                        "在项目名称中写明区别（如资金来源、文号或用途），或合并为一个项目")


def check_duplicate_code(project: Project, batch: Batch) -> Iterator[Finding]:
    """One 项目编码 used by several tables of one document."""
    if not project.code.strip():
        return
    count = sum(1 for p in batch.same_document(project) if p.code == project.code)
    if count > 1:
        yield at_header("duplicate-code", "error", project, f"项目编码{project.code}在本文件中出现{count}次",
                        f"项目编码：{project.code}；项目名称：{project.name}",
                        "核对项目编码，一个项目编码只对应一张绩效目标表")


def _in_yuan(amount: Decimal | None, unit: str) -> Decimal | None:
    if amount is None:
        return None
    base, factor = base_unit_of(unit or t.DEFAULT_MONEY_UNIT)
    return amount * factor if base == t.MONEY_BASE_UNIT else None


@lru_cache(maxsize=8192)
def _told(name: str, budget: Decimal | None, unit: str) -> tuple[str, Decimal | None]:
    """What two documents must agree on for one 项目编码: the name and the 预算数 in 元."""
    return _name_key(name), _in_yuan(budget, unit)


def check_code_conflict(project: Project, batch: Batch) -> Iterator[Finding]:
    """The same 项目编码 in another document of the same year with another name or other money."""
    origin = batch.origin(project)
    if origin is None or origin.year is None or not project.code.strip():
        return
    name, money = _told(project.name, project.budget, project.unit)
    reported: set[str] = set()
    for other in batch.same_code(project):
        if other.locator.source == project.locator.source or other.locator.source in reported:
            continue
        their_name, their_money = _told(other.name, other.budget, other.unit)
        if their_name == name and their_money in (None, money) or money is None and their_name == name:
            continue  # told alike: nothing to compare further
        theirs = batch.origin(other)
        if theirs is None or theirs.year != origin.year:
            continue
        differences = []
        if their_name != name:
            differences.append(f"项目名称为“{quote(other.name)}”")
        if money is not None and their_money not in (None, money):
            differences.append(f"预算数为{other.budget}{other.unit or t.DEFAULT_MONEY_UNIT}")
        reported.add(other.locator.source)
        message = (f"项目编码{project.code}在《{other.locator.source}》中{'、'.join(differences)}，"
                   f"与本表不一致")
        yield at_header("code-conflict", "error", project, message,
                        f"项目名称：{project.name}；{money_text(project)}",
                        "核对两份文件中该项目的名称和金额，以批复数为准统一")


def _indicator_key(indicator: Indicator) -> str:
    return _YEARS.sub("", "".join((indicator.level3 or indicator.description).split()))


def _previous(project: Project, batch: Batch) -> Project | None:
    """The same department's project of the year before: same 项目编码, else the same name with
    its years taken out («2025年耕地地力保护补贴资金» is «2024年耕地地力保护补贴资金» again). A code
    used twice in one year's document names no single project, so the name must agree too."""
    origin = batch.origin(project)
    if origin is None or origin.year is None:
        return None
    earlier = batch.published(origin.department, origin.year - 1)
    key = _YEARS.sub("", _name_key(project.name))
    same_doc = batch.same_document(project)
    by_name = [p for p in earlier if _YEARS.sub("", _name_key(p.name)) == key]
    if sum(1 for p in same_doc if _YEARS.sub("", _name_key(p.name)) == key) > 1:
        by_name = []  # two projects of this year share the name: it tells nothing
    by_code = [p for p in earlier if project.code.strip() and p.code == project.code]
    twice = sum(1 for p in same_doc if p.code == project.code) > 1
    if len(by_code) == 1 and not twice:
        return by_code[0]
    if by_code:  # the code is ambiguous in one of the two years: the name decides
        by_name = [p for p in by_code if p in by_name]
    return by_name[0] if len(by_name) == 1 else None


def _measure(value: Value) -> Decimal | None:
    return value.normalized if value.normalized is not None else value.number


def _comparable(old: Value, new: Value) -> bool:
    if old.deadline or new.deadline or _measure(old) is None or _measure(new) is None:
        return False
    unit = new.base_unit or new.unit
    if unit != (old.base_unit or old.unit) or (unit or "").startswith(t.MONEY_BASE_UNIT):
        return False  # money targets follow the budget, which may change for good reasons
    floors = t.FLOOR_COMPARATORS | {None, "="}
    return (old.comparator in floors) == (new.comparator in floors)


def _lowered(indicator: Indicator, old: Value) -> bool:
    new = indicator.value
    name = indicator.level3 or indicator.description
    # The name decides when it can (投诉率 is better low, 满意度 better high, whatever comparator the
    # table put on it); otherwise a ceiling (≤5个工作日) is better low.
    if any(word in name for word in t.LOW_RATE_WORDS):
        lower_is_better = True
    elif any(word in name for word in t.HIGH_RATE_WORDS):
        lower_is_better = False
    else:
        lower_is_better = new.comparator in t.CEILING_COMPARATORS
    return _measure(new) > _measure(old) if lower_is_better else _measure(new) < _measure(old)


def check_target_lowered(project: Project, batch: Batch) -> Iterator[Finding]:
    """An indicator of the same department's project whose target is lower than the year before."""
    before = _previous(project, batch)
    if before is None:
        return
    year = batch.origin(before).year
    old_rows = {_indicator_key(i): i for i in before.indicators}
    for indicator in project.indicators:
        if t.COST_LEVEL2 in indicator.level2 or t.COST_LEVEL2 in indicator.level1:
            continue
        old = old_rows.get(_indicator_key(indicator))
        if old is None or not _comparable(old.value, indicator.value) or not _lowered(indicator, old.value):
            continue
        message = (f"“{name_of(indicator)}”的指标值为{quote(indicator.value.raw)}，比上年"
                   f"（{year}年《{before.locator.source}》第{old.locator.row}行：{quote(old.value.raw)}）降低")
        yield at_row("target-lowered", "warning", project, indicator, message,
                     f"说明目标比上年降低的原因，或将指标值调整为不低于上年的{quote(old.value.raw)}")

