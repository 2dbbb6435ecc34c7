"""The first screen: what each stored document is about, and questions to start with, by reader."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.service import DepartmentSummary, PolicyUse
from ingest.records import Project, Section
from ui.names import Key, key_of
from ui.views import amount, esc

# Kinds of project, read from the name in this order (the first match wins). A name that begins
# with a document number (冀财社【2024】133号…) is money passed down from a higher level.
TRANSFER = re.compile(r"^[\u4e00-\u9fff]{1,8}[〔【\[（(]\d{4}[〕】\]）)]\d+号")
KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("人员和日常工作经费", ("工资", "经费", "慰问")),
    ("社会保险和养老", ("养老", "保险", "代缴", "社保")),
    ("就业、创业和培训", ("就业", "创业", "实训", "培训", "人才")),
    ("补助、补贴和奖补", ("补助", "补贴", "奖补", "贴息")),
    ("建设和设施", ("建设", "工程", "改造", "配套")),
)
TRANSFER_KIND = "上级下达的资金（名称以文号开头）"
OTHER_KIND = "其他项目"
GOAL_HEADING = "分项"  # the heading «二、分项绩效目标» whose sub-headings are the department's goals
CLIP = 60


@dataclass(frozen=True)
class ExampleGroup:
    """Questions for one kind of reader."""

    reader: str
    purpose: str
    questions: tuple[str, ...]


def project_kind(project: Project) -> str:
    if TRANSFER.match(project.name):
        return TRANSFER_KIND
    return next((kind for kind, words in KINDS if any(w in project.name for w in words)),
                OTHER_KIND)


def goals(sections: Sequence[Section], sources: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The department's 分项目标: each sub-heading with its items (sub-headings or first words)."""
    out: dict[str, list[str]] = {}
    for s in sections:
        if s.locator.source not in sources:
            continue
        at = next((n for n, part in enumerate(s.path) if GOAL_HEADING in part), None)
        if at is None or at + 1 >= len(s.path):
            continue
        heading, below = s.path[at + 1], s.path[at + 2:]
        items = out.setdefault(heading, [])
        item = below[0] if below else _clip(s.text)
        if item not in items:
            items.append(item)
    return list(out.items())


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CLIP else text[: CLIP - 1] + "…"


def overview_html(summaries: Sequence[DepartmentSummary]) -> str:
    """Per department and year: projects, total budget, indicators and the files they come from."""
    if not summaries:
        return ("<div class='jx-empty'>还没有入库的文件。请到「上传」页上传绩效目标表，"
                "上传后这里会显示部门概况和示例问题。</div>")
    cards = []
    for s in summaries:
        year = f"{s.year}年" if s.year else "年度未知"
        files = "、".join(esc(n) for n in s.sources if n)
        cards.append(
            "<div class='jx-card'>"
            f"<h3>{esc(s.department)} · {year}</h3>"
            "<div class='jx-stats'>"
            f"<span><b>{s.projects}</b> 个项目</span>"
            f"<span>预算合计 <b>{amount(s.total_budget)}</b> {esc(s.unit)}</span>"
            f"<span><b>{s.indicators}</b> 条绩效指标</span>"
            "</div>"
            f"<p class='jx-files'>来源文件：{files}</p>"
            "</div>")
    return "".join(cards)


def about_html(summaries: Sequence[DepartmentSummary], projects: Sequence[Project],
               sections: Sequence[Section], names: Mapping[Key, str]) -> str:
    """«这份文件讲了什么»: per department the overall goal, the 分项目标 and the projects by kind.

    Shown where the cited table will be, until the first answer."""
    if not summaries:
        return "<div class='jx-empty'>上传文件后，这里会介绍文件的内容。</div>"
    blocks = []
    for s in summaries:
        mine = [p for p in projects if p.locator.source in s.sources]
        year = f" · {s.year}年" if s.year else ""
        blocks.append(
            f"<div class='jx-about'><h3>这份文件讲了什么：{esc(s.department)}{year}</h3>"
            + "".join(f"<p class='jx-headline'>{esc(h)}</p>" for h in s.headlines[:1])
            + _goals_html(goals(sections, s.sources))
            + _kinds_html(mine, names)
            + "</div>")
    return ("".join(blocks) + "<p class='jx-meta'>提问后，这里显示回答引用的绩效目标表，"
            "引用的行会标出。</p>")


def _goals_html(found: list[tuple[str, list[str]]]) -> str:
    if not found:
        return ""
    items = "".join(f"<li><b>{esc(heading)}</b>" + (
        "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>" if items else "") + "</li>"
                    for heading, items in found)
    return f"<h4>分项目标</h4><ul class='jx-goals'>{items}</ul>"


def _kinds_html(projects: Sequence[Project], names: Mapping[Key, str]) -> str:
    if not projects:
        return ""
    kinds: dict[str, list[Project]] = {}
    for p in projects:
        kinds.setdefault(project_kind(p), []).append(p)
    order = [k for k, _ in KINDS] + [TRANSFER_KIND, OTHER_KIND]
    items = "".join(
        f"<li><b>{esc(kind)}</b>（{len(kinds[kind])}个）："
        + "、".join(esc(names.get(key_of(p), p.name)) for p in kinds[kind]) + "</li>"
        for kind in sorted(kinds, key=order.index))
    return f"<h4>项目按类别（按名称归类）</h4><ul class='jx-kinds'>{items}</ul>"


def example_groups(summaries: Sequence[DepartmentSummary], projects: Sequence[Project],
                   uses: Sequence[PolicyUse]) -> list[ExampleGroup]:
    """Questions a newcomer can click, derived from what is stored (never from fixed names).

    With several departments stored, questions over totals name the first department, so the
    answer is not a silent sum over departments."""
    if not projects:
        return []
    scope = summaries[0].department if len(summaries) > 1 else ""
    first = projects[0] if not scope else next(
        (p for p in projects if p.locator.source in summaries[0].sources), projects[0])
    leaders = (f"{scope}预算合计多少？", f"{scope}预算最高的3个项目是哪些？",
               f"{scope}财政资金和其他资金各占多少？")
    staff = (f"{scope}一共有多少个项目？", f"{first.name}的绩效目标是什么？",
             f"{first.name}的资金用途是什么？")
    checks = []
    cited = Counter(u.canonical for u in uses)
    if cited:
        ref = min(cited.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        checks.append(f"引用了{ref}的项目有哪些？")
    if any("满意" in (i.level2 + i.level3) for p in projects for i in p.indicators):
        checks.append(f"{scope}哪些项目的满意度目标在90%及以上？")
    checks.append(f"{scope}体检发现了哪些问题？")
    return [ExampleGroup("领导", "看全局：总数、最大头、钱从哪来", leaders),
            ExampleGroup("新同事", "了解业务：有哪些项目、各做什么", staff),
            ExampleGroup("政策核查", "看依据和指标：引用、达标线、问题", tuple(checks))]
