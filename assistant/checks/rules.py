"""The reviewer's rules: each one reads parsed projects and reports findings that cite a row."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, NamedTuple

from assistant.checks import thresholds as t
from ingest.records import Indicator, Locator, Project, Value
from ingest.values import base_unit_of, find_quantities


@dataclass(frozen=True)
class Finding:
    """One inconsistency in one project, at one row (or the project header: row None)."""

    rule: str
    severity: str
    project_code: str
    project_name: str
    locator: Locator
    message: str

    def to_record(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "project_code": self.project_code,
            "locator": {"source": self.locator.source, "table": self.locator.table, "row": self.locator.row},
            "message": self.message,
        }


# A check reads one project; it also sees the whole batch, which duplicate-name/-code compare across.
Check = Callable[[Project, Sequence[Project]], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    """A registered check: its id, the most serious severity it reports, and why it exists."""

    id: str
    severity: str
    summary: str
    check: Check


def _at_row(rule: str, severity: str, project: Project, indicator: Indicator, message: str) -> Finding:
    return Finding(rule, severity, project.code, project.name, indicator.locator, message)


def _at_header(rule: str, severity: str, project: Project, message: str) -> Finding:
    locator = replace(project.locator, row=None, section=())
    return Finding(rule, severity, project.code, project.name, locator, message)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= t.QUOTE_LIMIT else text[: t.QUOTE_LIMIT] + "…"


def _title(indicator: Indicator) -> str:
    return _quote(indicator.level3 or indicator.description)


def _plain(number: Decimal) -> str:
    """Print a Decimal without exponent or trailing zeros: 800, 1468.8, 75."""
    return f"{number.normalize():f}"


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


def _differs(left: Decimal, right: Decimal) -> bool:
    return abs(left - right) > t.MONEY_TOLERANCE


def _exceeds(amount: Decimal, budget: Decimal) -> bool:
    return amount - budget > t.MONEY_TOLERANCE


_BOUNDS = {**{c: "上限" for c in t.CEILING_COMPARATORS}, **{c: "下限" for c in t.FLOOR_COMPARATORS}}


def check_cost_vs_budget(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """成本指标 amounts in money against the project's 预算数."""
    if project.budget is None:
        return
    unit = project.unit or t.DEFAULT_MONEY_UNIT
    budget = f"{project.budget}{unit}"
    costs = [
        (indicator, amount)
        for indicator in project.indicators
        if t.COST_LEVEL2 in indicator.level2
        and (amount := _amount_in(indicator.value, unit)) is not None
    ]
    for indicator, amount in costs:
        name, raw = _title(indicator), _quote(indicator.value.raw)
        bound = _BOUNDS.get(indicator.value.comparator or "")
        if bound is None and len(costs) == 1 and _differs(amount, project.budget):
            message = f"成本指标“{name}”为{raw}，与预算数{budget}不一致"
        elif _exceeds(amount, project.budget):
            message = f"成本指标“{name}”{bound or ''}为{raw}，超出预算数{budget}"
        else:
            continue
        yield _at_row("cost-vs-budget", "error", project, indicator, message)
    # Several cost rows usually split the budget (设备 + 施工): then their sum must match it.
    exact = [amount for indicator, amount in costs if indicator.value.comparator in (None, "=")]
    if len(costs) > 1 and len(exact) == len(costs) and _differs(sum(exact), project.budget):
        first = costs[0][0]
        message = f"{len(costs)}项成本指标合计{_plain(sum(exact))}{unit}，与预算数{budget}不一致"
        yield _at_row("cost-vs-budget", "warning", project, first, message)


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


def check_count_mismatch(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """A count stated in the description against the 指标值 of the same row, in the same unit."""
    for indicator in project.indicators:
        value, unit = indicator.value, _unit_key(indicator.value)
        target = _measure(value)
        countable = target is not None and value.deadline is None and _is_count_unit(unit)
        # A formula's «*100%» is part of a definition, not a stated count.
        if not countable or _has_formula(indicator.description):
            continue
        stated = [
            quantity
            for quantity in find_quantities(indicator.description)
            if _unit_key(quantity) == unit and _measure(quantity) is not None and not _is_year(quantity)
        ]
        amounts = [_measure(quantity) for quantity in stated]
        if not stated or target in amounts or sum(amounts) == target:
            continue
        said = "、".join(_quote(quantity.raw) for quantity in stated)
        message = f"“{_title(indicator)}”的描述写{said}，指标值为{_quote(value.raw)}，两者不一致"
        yield _at_row("count-mismatch", "warning", project, indicator, message)


def _rate_direction(name: str) -> tuple[str, str] | None:
    """('low' | 'high', the word) for a rate that should be kept low or high, else None."""
    for word in t.LOW_RATE_WORDS:
        if word in name:
            return "low", word
    for word in t.HIGH_RATE_WORDS:
        if word in name:
            return "high", word
    return None


def check_direction(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """A should-be-low rate set as a floor, or a should-be-high rate set as a ceiling."""
    for indicator in project.indicators:
        comparator = indicator.value.comparator
        found = _rate_direction(indicator.level3 or indicator.description)
        if found is None or comparator is None:
            continue
        way, word = found
        raw = _quote(indicator.value.raw)
        if way == "low" and comparator in t.FLOOR_COMPARATORS:
            message = f"“{_title(indicator)}”属{word}，应越低越好，指标值却设为下限{raw}"
        elif way == "high" and comparator in t.CEILING_COMPARATORS:
            message = f"“{_title(indicator)}”属{word}，应越高越好，指标值却设为上限{raw}"
        else:
            continue
        yield _at_row("direction", "error", project, indicator, message)


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


def check_ratio_inverted(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """An achievement-rate formula written «应…/实际…» instead of «实际…/应…»."""
    for indicator in project.indicators:
        if not _is_achievement_rate(indicator):
            continue
        for ratio in _ratios(indicator.description):
            if _says_should(ratio.numerator) and not _says_should(ratio.denominator):
                message = (
                    f"“{_title(indicator)}”的计算公式“{ratio.numerator}/{ratio.denominator}”"
                    f"分子分母颠倒，应为“{ratio.denominator}/{ratio.numerator}”"
                )
                yield _at_row("ratio-inverted", "warning", project, indicator, message)


def check_missing_kind(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """产出/效益/满意度 among the 一级指标, and 数量/质量/时效/成本 among the 产出 rows."""
    level1 = [indicator.level1 for indicator in project.indicators]
    missing = [kind for kind in t.LEVEL1_KINDS if not any(kind in cell for cell in level1)]
    if missing:
        kinds = "、".join(f"{kind}指标" for kind in missing)
        yield _at_header("missing-kind", "error", project, f"缺少一级指标：{kinds}")
    outputs = [i.level2 for i in project.indicators if t.OUTPUT_LEVEL1 in i.level1]
    if not outputs:
        return
    # 财预〔2021〕101号 lifts 成本指标 to a 一级指标; older tables keep it under 产出. Either will do.
    costs = [i.level1 for i in project.indicators if t.COST_LEVEL2 in i.level1]
    absent = [kind for kind in t.OUTPUT_KINDS if not any(kind in cell for cell in outputs + costs)]
    if absent:
        kinds = "、".join(f"{kind}指标" for kind in absent)
        yield _at_header("missing-kind", "warning", project, f"产出指标下缺少二级指标：{kinds}")


def check_non_measurable(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """指标值 with neither a number nor a date: it cannot be checked at year end."""
    for indicator in project.indicators:
        if indicator.value.is_measurable:
            continue
        # 效益指标 may be qualitative under the standard; 产出 and 满意度 should be numbers.
        severity = "info" if t.BENEFIT_LEVEL1 in indicator.level1 else "warning"
        raw = _quote(indicator.value.raw)
        said = f"“{raw}”" if raw else "为空"
        message = f"“{_title(indicator)}”的指标值{said}，无数值或日期，难以考核"
        yield _at_row("non-measurable", severity, project, indicator, message)


def check_spending_plan(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """Cumulative spending shares must not fall and must reach 100% by the last period."""
    points = sorted(project.spending_plan, key=lambda point: point.month)
    if not any(point.percent is not None for point in points):
        return
    last_period, last_percent = "", None
    reached = False
    for point in points:
        # Tables stop filling periods once 100% is reached; an empty later period means 100%.
        percent = t.FULL_PERCENT if point.percent is None and reached else point.percent
        if percent is None:
            continue
        if percent > t.FULL_PERCENT:
            message = f"资金支出计划{point.period}累计{_plain(percent)}%，超过100%"
            yield _at_header("spending-plan", "error", project, message)
        if last_percent is not None and percent < last_percent:
            message = (
                f"资金支出计划累计比例下降：{last_period}{_plain(last_percent)}%，"
                f"{point.period}{_plain(percent)}%"
            )
            yield _at_header("spending-plan", "error", project, message)
        last_period, last_percent = point.period, percent
        reached = percent >= t.FULL_PERCENT
    if last_percent is not None and not reached:
        end = points[-1].period
        message = f"资金支出计划累计至{last_period}为{_plain(last_percent)}%，至{end}未达到100%"
        yield _at_header("spending-plan", "warning", project, message)


def check_money_split(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """财政资金 + 其他资金 must equal 预算数."""
    if project.budget is None or project.fiscal is None:
        return
    other = project.other if project.other is not None else Decimal(0)
    total = project.fiscal + other
    if _differs(total, project.budget):
        unit = project.unit or t.DEFAULT_MONEY_UNIT
        message = (
            f"财政资金{project.fiscal}{unit}与其他资金{other}{unit}之和{total}{unit}，"
            f"与预算数{project.budget}{unit}不一致"
        )
        yield _at_header("money-split", "error", project, message)


def _name_key(name: str) -> str:
    return "".join(name.split())


def check_duplicate_name(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """One 项目名称 under several 项目编码: two budget lines a reader cannot tell apart."""
    key = _name_key(project.name)
    if not key:
        return
    others = sorted({p.code for p in projects if _name_key(p.name) == key and p.code != project.code})
    if others:
        message = f"项目名称与项目编码为{'、'.join(others)}的项目相同，编码不同而同名，难以区分"
        yield _at_header("duplicate-name", "warning", project, message)


def check_duplicate_code(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """One 项目编码 used by several tables."""
    if not project.code.strip():
        return
    count = sum(1 for p in projects if p.code == project.code)
    if count > 1:
        message = f"项目编码{project.code}出现{count}次"
        yield _at_header("duplicate-code", "error", project, message)


def check_missing_basis(project: Project, projects: Sequence[Project]) -> Iterator[Finding]:
    """Every 指标值 needs its 指标值确定依据."""
    for indicator in project.indicators:
        if not indicator.basis.strip():
            message = f"“{_title(indicator)}”的指标值确定依据为空"
            yield _at_row("missing-basis", "warning", project, indicator, message)


_GUIDE = t.FRAMEWORK_DOC

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("cost-vs-budget", "error",
             f"成本指标金额应与预算数一致、上限不超出预算数（绩效目标与资金量相匹配：{t.TARGETS_DOC}、{_GUIDE}）",
             check_cost_vs_budget),
        Rule("count-mismatch", "warning",
             "绩效指标描述中写明的数量应与同行指标值一致（同一指标前后表述须一致）",
             check_count_mismatch),
        Rule("direction", "error",
             "代偿率、投诉率等越低越好的比率不得设下限，完成率、满意度等越高越好的不得设上限（指标值取向）",
             check_direction),
        Rule("ratio-inverted", "warning",
             "足额、完成、到位、发放等比率应为“实际数/应有数”，分子分母不得颠倒（比率指标计算口径）",
             check_ratio_inverted),
        Rule("missing-kind", "error",
             f"项目应设产出、效益、满意度一级指标，产出下应有数量、质量、时效、成本指标（{t.FRAMEWORK_STANDARD}）",
             check_missing_kind),
        Rule("non-measurable", "warning",
             f"指标值应量化可考核，难以量化的定性指标也须可衡量（{_GUIDE}：量化易评）",
             check_non_measurable),
        Rule("spending-plan", "error",
             "资金支出计划为累计比例，应逐期不减并于最后一期（12月底）达到100%（预算执行进度）",
             check_spending_plan),
        Rule("money-split", "error",
             "预算数应等于财政资金与其他资金之和（预算规模及资金来源口径）",
             check_money_split),
        Rule("duplicate-name", "warning",
             "不同项目编码不应使用同一项目名称，否则无法区分（项目库管理：一项目一名称）",
             check_duplicate_name),
        Rule("duplicate-code", "error",
             "项目编码应唯一，同一编码不得对应多张绩效目标表（项目库管理：一项目一编码）",
             check_duplicate_code),
        Rule("missing-basis", "warning",
             f"每个指标值都应写明确定依据：计划标准、行业标准、历史标准等（{_GUIDE}：指标值设定依据）",
             check_missing_basis),
    )
}
