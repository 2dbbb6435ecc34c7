"""The budget chart as HTML bars: sorted, horizontal, each with its value, small projects apart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from ingest.records import Project
from ingest.quantity import from_fen, to_fen
from ui.names import Key, key_of
from ui.views import esc

# A project under this share of the largest budget would be a sliver on the shared scale: it is
# drawn again in a second chart with its own scale.
SMALL_SHARE = Decimal("0.05")


def budget_wan(project: Project) -> Decimal | None:
    """The budget in 万元 whatever unit the table was written in (some are in 元)."""
    return from_fen(to_fen(project.budget, project.unit), "万元")


def _bars(items: Sequence[tuple[str, Decimal]], scale: Decimal) -> str:
    rows = []
    for label, value in items:
        width = float(value / scale * 100) if scale else 0.0
        rows.append(
            "<div class='jx-bar-row'>"
            f"<span class='jx-bar-label' title='{esc(label)}'>{esc(label)}</span>"
            f"<span class='jx-bar-track'><span class='jx-bar' style='width:{width:.2f}%'></span></span>"
            f"<span class='jx-bar-value'>{value:f} 万元</span></div>")
    return "".join(rows)


def budget_chart_html(projects: Sequence[Project], names: Mapping[Key, str]) -> str:
    """All budgets, largest first, on one scale; the small ones again on a scale of their own."""
    items = sorted(((names.get(key_of(p), p.name), budget_wan(p)) for p in projects
                    if p.budget is not None), key=lambda item: -item[1])
    if not items:
        return "<div class='jx-empty'>还没有可画的预算数。</div>"
    largest = items[0][1]
    small = [item for item in items if item[1] < largest * SMALL_SHARE]
    out = [f"<div class='jx-chart' id='jx-chart-all'><h4>各项目预算数（万元，从高到低，共{len(items)}个）</h4>",
           _bars(items, largest), "</div>"]
    if small:
        out += [f"<div class='jx-chart' id='jx-chart-small'><h4>其中预算较小的{len(small)}个项目"
                f"（不到最高预算的{SMALL_SHARE * 100:.0f}%，单独比例尺）</h4>",
                _bars(small, small[0][1]), "</div>"]
    return "".join(out)


def spending_html(project: Project | None) -> str:
    """A project's cumulative spending plan as one bar per period (3月底 … 12月底)."""
    if project is None or not project.spending_plan:
        return ""
    rows = "".join(
        "<div class='jx-bar-row'>"
        f"<span class='jx-bar-label'>{esc(s.period)}</span>"
        "<span class='jx-bar-track'><span class='jx-bar' style='width:"
        f"{0 if s.percent is None else min(float(s.percent), 100):.1f}%'></span></span>"
        f"<span class='jx-bar-value'>{'未填' if s.percent is None else f'累计 {s.percent:f}%'}</span>"
        "</div>" for s in project.spending_plan)
    return f"<div class='jx-chart jx-spending'><h4>资金使用计划（累计支出比例）</h4>{rows}</div>"
