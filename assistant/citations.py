"""What an answer rests on: the projects it is about, the rows it cites, the table it shows."""

from __future__ import annotations

from typing import Any

from assistant import templates as t
from assistant.answer import Citation
from assistant.describe import is_budget_part
from assistant.executor import Result
from assistant.phrases import plain
from ingest import quantity as q
from store.queries import ProjectRow

SOURCES_SHOWN = 12  # the answer text lists this many sources; the record carries all of them


def project_ids_of(result: Result) -> tuple[int, ...]:
    """The store ids of the projects an answer is about, in answer order."""
    ids = [p.id for p in result.projects] + [r.project_id for r in result.rows]
    ids += [i.project.id for i in result.items if i.project is not None]
    return tuple(dict.fromkeys(ids))


def project_codes(result: Result) -> tuple[str, ...]:
    codes = [p.code for p in result.projects] + [r.code for r in result.rows]
    codes += [f.project_code for f in result.findings]
    return tuple(dict.fromkeys(codes))


def citations_of(result: Result) -> list[Citation]:
    cites: list[Citation] = []
    seen_rows = set()
    for r in list(result.rows) + [a for a in result.also if a.id not in {x.id for x in result.rows}]:
        seen_rows.add(r.id)
        cites.append(Citation(r.source, r.code, r.name, r.seq, r.row_no,
                              f"{r.level1}/{r.level2}/{r.level3}｜{r.description}｜{r.value_raw}｜{r.basis}"))
    for u in result.refs:
        if u.row_no is not None and u.indicator_id not in seen_rows and result.plan.operation.kind != "refs":
            seen_rows.add(u.indicator_id)
            cites.append(Citation(u.source, u.code, u.name, u.seq, u.row_no, f"{u.level3}｜依据：{u.raw}"))
    cited = {c.project_code for c in cites}
    for p in result.projects:
        if p.code in cited:
            continue
        cites.append(Citation(p.source, p.code, p.name, p.seq, None, _header_text(result, p)))
    for f in result.findings:
        cites.append(Citation(f.locator.source, f.project_code, f.project_name, f.locator.table,
                              f.locator.row, f.message))
    for s in result.passages:
        cites.append(Citation(s.source, None, None, None, None, s.text, s.path))
    return cites


def _header_text(result: Result, p: ProjectRow) -> str:
    m = result.plan.measure
    clauses = [c for q, _, c in result.clauses if q.id == p.id]
    if clauses:
        return "；".join(clauses)
    if m.kind == "text" and m.text == "use":
        return f"资金用途：{p.use}"
    if m.kind == "text" and m.text == "goal":
        return f"绩效目标：{p.goal}"
    if m.kind in ("planned", "plan_percent") or m.text == "plan":
        return "资金支出计划：" + "，".join(
            f"{s.period} {plain(s.percent) if s.percent is not None else '—'}"
            for s in result.plans.get(p.id, ()))
    parts = [f"项目编码 {p.code}", f"项目名称 {p.name}", f"预算数 {plain(p.budget)}"]
    if m.kind == "money" and is_budget_part(m.money) or result.plan.operation.kind == "share":
        parts.append(f"财政资金 {plain(p.fiscal)}")
        parts.append(f"其他资金 {plain(p.other)}")
        parts += [f"{label} {plain(q.from_fen(fen, p.unit))}" for label, fen in p.parts]
    return "｜".join(parts) + f"（{p.unit}）"


def sources_line(citations: list[Citation]) -> str:
    """Sources grouped by file: the file name once, then its tables and rows."""
    by_file: dict[str, list[str]] = {}
    for c in citations[:SOURCES_SHOWN]:
        where = " › ".join(c.section) if c.section else (
            f"表{c.table}" + (f"第{c.row}行" if c.row is not None else "表头"))
        by_file.setdefault(c.source, [])
        if where not in by_file[c.source]:
            by_file[c.source].append(where)
    items = "；".join(f"{source} {'、'.join(wheres)}" for source, wheres in by_file.items())
    more = f" 等 {len(citations)} 处" if len(citations) > SOURCES_SHOWN else ""
    return t.SOURCES.format(items=items + more)


def table_of(result: Result) -> list[dict[str, Any]]:
    if result.rows:
        return [{"项目编码": r.code, "项目名称": r.name, "行": r.row_no, "一级指标": r.level1,
                 "二级指标": r.level2, "三级指标": r.level3, "指标值": r.value_raw,
                 "依据": r.basis} for r in result.rows]
    if len(result.projects) > 1:
        return [{"项目编码": p.code, "项目名称": p.name, "预算数": plain(p.budget),
                 "财政资金": plain(p.fiscal), "其他资金": plain(p.other), "单位": p.unit}
                for p in result.projects]
    return []
