"""Rules over a project as a whole: which indicator kinds it has, its spending plan, its money."""

from __future__ import annotations

from collections.abc import Iterator

from assistant.checks import thresholds as t
from assistant.checks.findings import Batch, Finding, at_header, money_text, plain
from ingest.consistency import (
    FULL,
    Split,
    check_money_split,
    cumulative_plan,
    plan_is_shares,
)
from ingest.records import Project


def _kinds_text(project: Project) -> str:
    level1 = dict.fromkeys(i.level1 for i in project.indicators if i.level1)
    level2 = dict.fromkeys(i.level2 for i in project.indicators if i.level2)
    return f"一级指标：{'、'.join(level1) or '（无）'}；二级指标：{'、'.join(level2) or '（无）'}"


def check_missing_kind(project: Project, batch: Batch) -> Iterator[Finding]:
    """产出/效益/满意度 among the 一级指标, and 数量/质量/时效/成本 among the 产出 rows."""
    level1 = [indicator.level1 for indicator in project.indicators]
    missing = [kind for kind in t.LEVEL1_KINDS if not any(kind in cell for cell in level1)]
    if missing:
        kinds = "、".join(f"{kind}指标" for kind in missing)
        yield at_header("missing-kind", "warning", project, f"缺少一级指标：{kinds}",
                        _kinds_text(project), f"补充{kinds}及相应的二、三级指标")
        return
    outputs = [i.level2 for i in project.indicators if t.OUTPUT_LEVEL1 in i.level1]
    # Tables after 财预〔2021〕101号 may lift 成本指标 to a 一级指标; older ones keep it under 产出.
    costs = [i.level1 for i in project.indicators if t.COST_LEVEL2 in i.level1]
    absent = [kind for kind in t.OUTPUT_KINDS if not any(kind in cell for cell in outputs + costs)]
    if absent:
        kinds = "、".join(f"{kind}指标" for kind in absent)
        yield at_header("missing-kind", "info", project, f"产出指标下缺少二级指标：{kinds}",
                        _kinds_text(project), f"在产出指标下补充{kinds}")


def _plan_text(project: Project) -> str:
    cells = [f"{p.period} {'（空）' if p.percent is None else plain(p.percent) + '%'}"
             for p in sorted(project.spending_plan, key=lambda point: point.month)]
    return "资金支出计划：" + "，".join(cells)


def check_spending_plan(project: Project, batch: Batch) -> Iterator[Finding]:
    """Cumulative spending shares must not fall, not pass 100%, and reach 100% by the last period."""
    points = cumulative_plan(project.spending_plan)
    filled = [point for point in points if point.percent is not None]
    if not filled:
        return
    quoted = _plan_text(project)
    shares = "（按各期占比累加）" if plan_is_shares(project.spending_plan) else ""
    previous = None
    for point in filled:
        if point.percent > FULL:
            message = f"资金支出计划{point.period}累计{plain(point.percent)}%{shares}，超过100%"
            yield at_header("spending-plan", "error", project, message, quoted,
                            "资金支出计划为累计比例，最后一期应为100%，请核对各期比例")
        if previous is not None and point.percent < previous.percent:
            message = (f"资金支出计划累计比例下降：{previous.period}{plain(previous.percent)}%，"
                       f"{point.period}却为{plain(point.percent)}%")
            yield at_header("spending-plan", "error", project, message, quoted,
                            "资金支出计划应填累计比例，逐期不减，最后一期为100%")
        previous = point
    last, end = filled[-1], points[-1]
    if last.percent >= FULL:
        return
    if last.period == end.period:
        message = f"资金支出计划至{end.period}累计{plain(last.percent)}%，全年未达到100%"
    else:
        message = (f"资金支出计划只填到{last.period}（累计{plain(last.percent)}%），"
                   f"之后各期为空，至{end.period}未达到100%")
    yield at_header("spending-plan", "warning", project, message, quoted,
                    "补全各期累计比例，使最后一期达到100%；确需跨年支出的，说明原因")


def check_money_split_rule(project: Project, batch: Batch) -> Iterator[Finding]:
    """预算数 = 财政资金 + 其他资金, with an unstated 其他资金 told apart from a real mismatch."""
    split = check_money_split(project.budget, project.fiscal, project.other)
    unit = project.unit or t.DEFAULT_MONEY_UNIT
    quoted = money_text(project)
    if split.kind is Split.MISMATCH:
        total = plain(project.fiscal + project.other)
        message = (f"财政资金{project.fiscal}{unit}与其他资金{project.other}{unit}之和为{total}{unit}，"
                   f"与预算数{project.budget}{unit}相差{plain(abs(split.gap))}{unit}")
        yield at_header("money-split", "error", project, message, quoted,
                        "核对预算数、财政资金和其他资金，使预算数等于两者之和")
    elif split.kind is Split.OVER:
        message = f"财政资金{project.fiscal}{unit}超出预算数{project.budget}{unit}{plain(-split.gap)}{unit}"
        yield at_header("money-split", "error", project, message, quoted,
                        "核对预算数和财政资金，财政资金不应超过预算数")
    elif split.kind is Split.UNACCOUNTED:
        message = (f"预算数{project.budget}{unit}中财政资金{project.fiscal}{unit}，表中未列其他资金，"
                   f"尚有{plain(split.gap)}{unit}未说明资金来源")
        yield at_header("money-split", "warning", project, message, quoted,
                        f"在“其他资金”中填写{plain(split.gap)}{unit}并说明来源，或核对预算数")
