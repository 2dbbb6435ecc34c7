"""Plain-text rendering of a project for the terminal (`jixiao show`)."""

from __future__ import annotations

import unicodedata

from ingest.records import Project


def width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, size: int) -> str:
    return text + " " * max(0, size - width(text))


def clip(text: str, size: int) -> str:
    out, used = "", 0
    for c in text:
        w = width(c)
        if used + w > size - 1 and used + w > size:
            return out + "…"
        out, used = out + c, used + w
    return out


def render_project(p: Project) -> str:
    """One project: header fields, spending plan and the indicator table."""
    money = lambda d: "—" if d is None else f"{d}"  # noqa: E731
    lines = [
        f"{p.name}",
        f"项目编码 {p.code}    单位 {p.unit}    来源 {p.locator.source} 表{p.locator.table}",
        f"预算数 {money(p.budget)}    财政资金 {money(p.fiscal)}    其他资金 {money(p.other)}",
        f"资金用途：{p.use}",
        "资金支出计划（累计）：" + ("，".join(
            f"{s.period} {s.percent}%" if s.percent is not None else f"{s.period} —"
            for s in p.spending_plan) or "表中未填"),
        f"绩效目标：{p.goal}",
        "",
    ]
    columns = [("行", 4), ("一级指标", 10), ("二级指标", 16), ("三级指标", 30), ("指标值", 18),
               ("指标值确定依据", 30)]
    lines.append(" ".join(pad(name, size) for name, size in columns))
    lines.append(" ".join("-" * size for _, size in columns))
    for ind in p.indicators:
        cells = [str(ind.locator.row), ind.level1, ind.level2, ind.level3, ind.value.raw, ind.basis]
        lines.append(" ".join(pad(clip(c, size), size) for c, (_, size) in zip(cells, columns)))
    return "\n".join(lines)
