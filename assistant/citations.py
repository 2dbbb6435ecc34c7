"""What an answer rests on: the projects it is about, the rows it cites, the table it shows."""

from __future__ import annotations

from typing import Any

from assistant import templates as t
from assistant.answer import Citation, plain_number
from assistant.executor import Result
from assistant.planner import Plan

SOURCES_SHOWN = 12  # the answer text lists this many sources; the record carries all of them


def project_ids_of(result: Result) -> tuple[int, ...]:
    """The store ids of the projects an answer is about, in answer order."""
    ids = [p["id"] for p in result.projects] + [r["project_id"] for r in result.rows]
    return tuple(dict.fromkeys(ids))


def project_codes(result: Result) -> tuple[str, ...]:
    codes: list[str] = []
    for p in result.projects:
        codes.append(p["code"])
    for r in result.rows:
        codes.append(r["code"])
    for f in result.findings:
        codes.append(f.project_code)
    return tuple(dict.fromkeys(codes))


def citations_of(result: Result) -> list[Citation]:
    cites: list[Citation] = []
    plan = result.plan
    for r in result.rows:
        cites.append(Citation(r["source"], r["code"], r["name"], r["seq"], r["row_no"],
                              f"{r['level1']}/{r['level2']}/{r['level3']}｜{r['description']}｜"
                              f"{r['value_raw']}｜{r['basis']}"))
    ref_rows = [r for r in result.refs if r.get("row_no") is not None and plan.kind != "ref_index"]
    for r in ref_rows:
        cites.append(Citation(r["source"], r["code"], r["name"], r["seq"], r["row_no"],
                              f"{r['level3']}｜依据：{r['raw']}"))
    cited_projects = {c.project_code for c in cites}
    for p in result.projects:
        if p["code"] in cited_projects:
            continue
        cites.append(Citation(p["source"], p["code"], p["name"], p["seq"], None,
                              _header_text(plan, p)))
    for f in result.findings:
        cites.append(Citation(f.locator.source, f.project_code, f.project_name, f.locator.table,
                              f.locator.row, f.message))
    for s in result.passages:
        cites.append(Citation(s["source"], None, None, None, None, s["text"], tuple(s["path"])))
    return cites


def _header_text(plan: Plan, p: dict[str, Any]) -> str:
    if plan.field in ("use",):
        return f"资金用途：{p['use_text']}"
    if plan.field in ("goal",):
        return f"绩效目标：{p['goal']}"
    if plan.field == "spending_plan":
        return "资金支出计划：" + "，".join(
            f"{s['period']} {s['percent_text'] or '—'}" for s in p.get("plan", []))
    parts = [f"项目编码 {p['code']}", f"项目名称 {p['name']}", f"预算数 {p['budget']}"]
    if plan.field == "fiscal" or plan.kind == "share":
        parts.append(f"财政资金 {p['fiscal']}")
    if plan.field == "other" or plan.kind == "share":
        parts.append(f"其他资金 {p['other'] or '—'}")
    return "｜".join(parts) + f"（{p['unit']}）"


def sources_line(citations: list[Citation]) -> str:
    items = []
    for c in citations[:SOURCES_SHOWN]:
        if c.section:
            items.append(f"{c.source} {' › '.join(c.section)}")
        else:
            where = f" 第{c.row}行" if c.row is not None else " 表头"
            items.append(t.SOURCE_ITEM.format(source=c.source, title=f"表{c.table}", where=where))
    more = f" 等 {len(citations)} 处" if len(citations) > SOURCES_SHOWN else ""
    return t.SOURCES.format(items="；".join(items) + more)


def table_of(result: Result) -> list[dict[str, Any]]:
    if result.rows:
        return [{"项目编码": r["code"], "项目名称": r["name"], "行": r["row_no"], "一级指标": r["level1"],
                 "二级指标": r["level2"], "三级指标": r["level3"], "指标值": r["value_raw"],
                 "依据": r["basis"]} for r in result.rows]
    if len(result.projects) > 1:
        return [{"项目编码": p["code"], "项目名称": p["name"], "预算数": plain_number(p["budget"]),
                 "财政资金": plain_number(p["fiscal"]), "其他资金": plain_number(p["other"]), "单位": p["unit"]}
                for p in result.projects]
    return []
