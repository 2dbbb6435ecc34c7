"""Phrases an answer is built from: a row as a line, the criterion of a filter, the scope."""

from __future__ import annotations

from collections import OrderedDict
from decimal import Decimal
from typing import Any

from assistant import templates as t
from assistant.answer import plain_number
from assistant.executor import Result
from assistant.planner import Plan


def row_fields(r: dict[str, Any]) -> dict[str, Any]:
    extra = []
    if r["description"] and r["description"] != r["level3"]:
        extra.append(f"描述：{r['description']}")
    if r["basis"]:
        extra.append(f"依据：{r['basis']}")
    return dict(row=r["row_no"], level2=r["level2"], level3=r["level3"], value=r["value_raw"],
                extra=f"（{'；'.join(extra)}）" if extra else "")


def row_line(r: dict[str, Any]) -> str:
    return t.ROW_LINE.format(**row_fields(r))


def group_rows(rows: list[dict[str, Any]]) -> OrderedDict[int, list[dict[str, Any]]]:
    groups: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
    for r in rows:
        groups.setdefault(r["project_id"], []).append(r)
    return groups


def common_value(rows: list[dict[str, Any]]) -> tuple[Decimal | None, str | None]:
    """The single number a lookup asks for, when every row states the same one."""
    values = {(r["num"], r["value_unit"]) for r in rows}
    if len(values) == 1:
        num, unit = next(iter(values))
        if num is not None:
            return Decimal(str(num)).normalize(), unit
    return None, None


def detail(plan: Plan, p: dict[str, Any], refs: dict[int, list[dict[str, Any]]]) -> str:
    if plan.negate:
        return f"：未设置{criterion(plan, bare=True)}"
    if plan.target == "spending":
        return f"：资金支出计划 {plan.period or 12}月底前累计达到{plan.threshold.describe() if plan.threshold else ''}"
    if plan.ref is not None:
        rows = refs.get(p["id"], [])
        where = "、".join(dict.fromkeys(
            f"第{r['row_no']}行“{r['level3']}”" if r["row_no"] else "项目名称" for r in rows))
        return f"：{where}" if where else ""
    return f"：预算数 {plain_number(p['budget'])} {p['unit']}"


def refs_by_project(result: Result) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = {}
    for r in result.refs:
        grouped.setdefault(r["project_id"], []).append(r)
    return grouped


def criterion(plan: Plan, bare: bool = False, prefix: str = "") -> str:
    parts = []
    if plan.level1:
        parts.append(f"{plan.level1}指标")
    if plan.level2:
        parts.append(f"{plan.level2}指标")
    if plan.indicator_topic:
        parts.append(f"{plan.indicator_topic}指标")
    if plan.basis_equals:
        parts.append(f"依据为“{plan.basis_equals}”")
    if plan.basis_contains:
        parts.append(f"依据含“{plan.basis_contains}”")
    if plan.threshold is not None:
        target = {"budget": "预算数", "fiscal": "财政资金", "other": "其他资金",
                  "spending": f"{plan.period or 12}月底累计支出"}.get(plan.target, "指标值")
        parts.append(f"{target}{plan.threshold.describe()}")
    if plan.ref is not None:
        parts.append(f"引用{plan.ref.canonical}")
    if bare:
        return "，".join(parts)
    return f"{prefix or '（'}{'，'.join(parts)}{'' if prefix else '）'}" if parts else ""


def scope_words(plan: Plan) -> str:
    if plan.anchor == "topic" or plan.anchor == "name" or plan.ref is not None:
        return "所选项目"
    if plan.anchor == "follow-up":
        return "上述项目"
    if plan.anchor == "scope":
        return "所问部门/年度的项目"
    return "全部项目"

