"""Compose the answer text from result rows; every number in it comes from a cell or from SQL."""

from __future__ import annotations

from collections import OrderedDict
from decimal import Decimal
from typing import Any

from assistant import templates as t
from assistant.answer import Answer
from assistant.answer import plain_number
from assistant.phrases import (
    common_value, criterion, detail, group_rows, refs_by_project, row_fields, row_line, scope_words,
)
from assistant.checks.thresholds import SEVERITY_LABELS
from assistant.citations import (
    citations_of, project_codes, project_ids_of, sources_line, table_of,
)
from assistant.executor import Result
from store.facts import FEN_PER_UNIT, from_fen



def compose(question: str, result: Result) -> Answer:
    """The answer for a result, with its citations and the plan that produced it."""
    plan = result.plan
    composer = _COMPOSERS.get(plan.kind, _compose_list)
    text, found, value, unit = composer(result)
    citations = citations_of(result)
    if found and citations:
        text += sources_line(citations)
    details = plan.describe()
    details.pop("notes", None)
    details["sql"] = result.sql
    return Answer(
        question=question, text=text, found=found,
        projects=project_codes(result) if found else (), value=value, unit=unit,
        citations=tuple(citations) if found else (), plan=details,
        table=tuple(table_of(result)) if found else (),
        project_ids=project_ids_of(result) if found else (),
    )


# -- per kind -----------------------------------------------------------------------------

def _compose_not_found(result: Result):
    return t.NOT_FOUND.format(reason=result.plan.reason or "库中没有相关内容"), False, None, None


def _compose_list(result: Result):
    plan = result.plan
    if plan.subject == "indicators" and not plan.negate:
        return _compose_rows_by_project(result)
    if not result.projects:
        return t.NOT_FOUND_MATCH.format(criterion=criterion(plan)), False, None, None
    refs = refs_by_project(result)
    lines = [t.PROJECT_LINE.format(i=i, name=p["name"], code=p["code"], detail=detail(plan, p, refs))
             for i, p in enumerate(result.projects, start=1)]
    text = t.LIST_PROJECTS.format(n=len(result.projects), criterion=criterion(plan),
                                  lines="\n".join(lines))
    value = unit = None
    if len(result.projects) == 1 and plan.target in ("budget", "fiscal", "other"):
        amount = result.projects[0][plan.target]
        value = Decimal(amount).normalize() if amount is not None else None
        unit = result.projects[0]["unit"]
    return text, True, value, unit


def _compose_rows_by_project(result: Result):
    plan = result.plan
    if not result.rows:
        return t.NOT_FOUND_MATCH.format(criterion=criterion(plan)), False, None, None
    groups = group_rows(result.rows)
    if len(groups) == 1 and plan.project_ids and len(plan.project_ids) == 1:
        rows = next(iter(groups.values()))
        lines = "\n".join(row_line(r) for r in rows)
        text = t.ROWS_OF_PROJECT.format(name=rows[0]["name"], code=rows[0]["code"],
                                        what=criterion(plan, bare=True) or "指标", lines=lines)
    else:
        lines = []
        for i, rows in enumerate(groups.values(), start=1):
            lines.append(t.PROJECT_LINE.format(i=i, name=rows[0]["name"], code=rows[0]["code"], detail=""))
            lines.extend(row_line(r) for r in rows)
        text = t.LIST_PROJECTS.format(n=len(groups), criterion=criterion(plan), lines="\n".join(lines))
    value, unit = common_value(result.rows)
    return text, True, value, unit


def _compose_count(result: Result):
    plan = result.plan
    scope = scope_words(plan)
    n = int(result.value or 0)
    if plan.subject == "indicators":
        text = t.COUNT_ROWS.format(scope=scope, n=n, criterion=criterion(plan, bare=True))
        if result.rows:
            groups = group_rows(result.rows)
            text += "\n" + "\n".join(
                t.PROJECT_LINE.format(i=i, name=rows[0]["name"], code=rows[0]["code"],
                                      detail=f"：{len(rows)} 条")
                for i, rows in enumerate(groups.values(), start=1))
    else:
        text = t.COUNT_PROJECTS.format(scope=scope, n=n, criterion=criterion(plan, prefix="，"))
        if result.projects:
            text += "\n" + "\n".join(
                t.PROJECT_LINE.format(i=i, name=p["name"], code=p["code"], detail="")
                for i, p in enumerate(result.projects, start=1))
    return text, True, Decimal(n), result.unit


def _compose_sum(result: Result):
    plan = result.plan
    if result.value is None:
        return t.NOT_FOUND_MATCH.format(criterion=criterion(plan)), False, None, None
    field = t.FIELD_NAMES.get(plan.field or "budget", "预算数")
    text = t.SUM.format(scope=scope_words(plan), field=field, value=plain_number(result.value),
                        unit=result.unit, n=len(result.projects))
    text += "\n" + "\n".join(
        t.PROJECT_LINE.format(i=i, name=p["name"], code=p["code"],
                              detail=f"：{plain_number(p[plan.field or 'budget'])} {p['unit']}")
        for i, p in enumerate(result.projects, start=1))
    return text, True, result.value, result.unit


def _compose_extreme(result: Result):
    plan = result.plan
    if plan.subject == "indicators":
        return _compose_rows_by_project(result)
    if not result.projects:
        return t.NOT_FOUND_MATCH.format(criterion=criterion(plan)), False, None, None
    field = t.FIELD_NAMES.get(plan.field or "budget", "预算数")
    which = "最高" if plan.kind == "max" else "最低"
    if plan.limit:
        lines = [t.PROJECT_LINE.format(i=i, name=p["name"], code=p["code"],
                                       detail=f"：{field} {plain_number(p[plan.field or 'budget'])} {p['unit']}")
                 for i, p in enumerate(result.projects, start=1)]
        text = t.TOP_N.format(scope=scope_words(plan), field=field, which=which,
                              n=len(result.projects), lines="\n".join(lines))
        return text, True, None, None
    return _amount_lines(t.EXTREME, result, which=which), True, result.value, result.unit


def _compose_rank(result: Result):
    plan = result.plan
    if not result.projects:
        return t.NOT_FOUND_MATCH.format(criterion=f"排名第{plan.rank}"), False, None, None
    place = f"第{plan.rank}" if (plan.rank or 1) > 0 else f"倒数第{-(plan.rank or 1)}"
    return _amount_lines(t.RANK, result, place=place), True, result.value, result.unit


def _amount_lines(template: str, result: Result, **words: str) -> str:
    """One line per project stating its amount of the plan's money field (extremes, ranks)."""
    plan = result.plan
    key = plan.field or "budget"
    return "\n".join(
        template.format(scope=scope_words(plan), field=t.FIELD_NAMES.get(key, "预算数"),
                        name=p["name"], code=p["code"], value=plain_number(p[key]),
                        unit=p["unit"], **words)
        for p in result.projects)


def _compose_difference(result: Result):
    plan = result.plan
    if plan.subject == "indicators" and not plan.level2:
        if not result.rows:
            return t.NOT_FOUND_MATCH.format(criterion=criterion(plan)), False, None, None
        lines = [t.LOOKUP_ROW_LINE.format(i=i, name=r["name"], code=r["code"], **row_fields(r))
                 for i, r in enumerate(result.rows, start=1)]
        if result.value is None:
            return "\n".join(lines), True, None, None
        text = "\n".join(lines) + "\n" + t.ROWS_DIFFERENCE.format(value=plain_number(result.value),
                                                                   unit=result.unit or "")
        return text, True, result.value, result.unit
    if plan.subject == "indicators":
        if result.value is None or not result.projects:
            return t.NOT_FOUND_MATCH.format(criterion=criterion(plan)), False, None, None
        p = result.projects[0]
        lines = "\n".join(row_line(r) for r in result.rows)
        text = t.COST_VS_BUDGET.format(name=p["name"], code=p["code"], lines=lines,
                                       budget=plain_number(p["budget"]), unit=result.unit,
                                       value=plain_number(result.value))
        return text, True, result.value, result.unit
    field_key = plan.field or "budget"
    field = t.FIELD_NAMES.get(field_key, "预算数")
    if len(result.projects) != 2 or result.value is None:
        names = "、".join(p["name"] for p in result.projects) or "无"
        return t.DIFFERENCE_NEEDS_TWO.format(n=len(result.projects), names=names), False, None, None
    a, b = result.projects
    text = t.DIFFERENCE.format(a_name=a["name"], a_code=a["code"], a_value=plain_number(a[field_key]),
                               b_name=b["name"], b_code=b["code"], b_value=plain_number(b[field_key]),
                               field=field, unit=result.unit, value=plain_number(result.value))
    return text, True, result.value, result.unit


def _compose_share(result: Result):
    agg: dict[str, Any] = result.value  # type: ignore[assignment]
    if not agg or not agg.get("budget"):
        return t.NOT_FOUND_MATCH.format(criterion=criterion(result.plan)), False, None, None
    unit = agg["unit"] or "万元"
    per = Decimal(FEN_PER_UNIT.get(unit, 1_000_000))
    budget, fiscal, other = (Decimal(agg[k] or 0) for k in ("budget", "fiscal", "other"))
    pct = lambda x: plain_number((x * 100 / budget).quantize(Decimal("0.01")))  # noqa: E731
    text = t.SHARE.format(scope=scope_words(result.plan), budget=plain_number(budget / per),
                          fiscal=plain_number(fiscal / per), other=plain_number(other / per), unit=unit,
                          fiscal_pct=pct(fiscal), other_pct=pct(other))
    result.value = None
    return text, True, (fiscal * 100 / budget).quantize(Decimal("0.01")), "%"


def _compose_field(result: Result):
    plan = result.plan
    if not result.projects:
        return t.NOT_FOUND_MATCH.format(criterion=criterion(plan)), False, None, None
    lines, value, unit = [], None, None
    for p in result.projects:
        key = plan.field or "summary"
        if key in ("budget", "fiscal", "other"):
            amount = p[key]
            shown = f"{plain_number(amount)}" if amount is not None else "（表中未填）"
            asked = plan.money_unit or p["unit"]
            converted, note = None, ""
            if amount is not None:
                converted = from_fen(p[f"{key}_fen"], asked)
                if asked != p["unit"]:
                    note = t.CONVERTED.format(value=plain_number(converted), unit=asked)
            lines.append(t.FIELD_MONEY.format(name=p["name"], code=p["code"], field=t.FIELD_NAMES[key],
                                              value=shown, unit=p["unit"], converted=note))
            if len(result.projects) == 1 and converted is not None:
                value, unit = converted, asked
        elif key == "spending_plan":
            points = "，".join(f"{s['period']} {s['percent_text'] or '—'}%" if s["percent_text"]
                              else f"{s['period']} —" for s in p.get("plan", []))
            lines.append(t.FIELD_PLAN.format(name=p["name"], code=p["code"], value=points or "表中未填"))
        elif key == "refs":
            refs = sorted({r["canonical"] for r in result.refs if r["project_id"] == p["id"]})
            lines.append(t.FIELD_TEXT.format(name=p["name"], code=p["code"], field="依据文件",
                                             value="、".join(refs) or "表中未引用文件"))
            bases = result.bases.get(p["id"], [])
            if bases:
                lines.append(t.BASES.format(value="；".join(bases)))
        elif key in ("use", "goal"):
            column = "use_text" if key == "use" else "goal"
            lines.append(t.FIELD_TEXT.format(name=p["name"], code=p["code"],
                                             field=t.FIELD_NAMES[key], value=p[column]))
        else:
            lines.append(t.SUMMARY.format(code=p["code"], name=p["name"], budget=plain_number(p["budget"]),
                                          unit=p["unit"], use=p["use_text"]))
    return "\n".join(lines), True, value, unit


def _compose_rows(result: Result):
    if not result.rows:
        query = result.plan.row_query or ""
        return t.NOT_FOUND_ROWS.format(query=query), False, None, None
    lines = [t.LOOKUP_ROW_LINE.format(i=i, name=r["name"], code=r["code"], **row_fields(r))
             for i, r in enumerate(result.rows, start=1)]
    value, unit = common_value(result.rows)
    return t.LOOKUP_ROWS.format(lines="\n".join(lines)), True, value, unit


def _compose_refs(result: Result):
    if not result.projects:
        return t.NOT_FOUND_MATCH.format(criterion=criterion(result.plan)), False, None, None
    blocks = []
    for p in result.projects:
        refs: OrderedDict[str, list[str]] = OrderedDict()
        for r in result.refs:
            if r["project_id"] == p["id"]:
                where = f"第{r['row_no']}行“{r['level3']}”" if r["row_no"] else "项目名称"
                refs.setdefault(r["canonical"], []).append(where)
        lines = "\n".join(f"   - {c}（{'、'.join(dict.fromkeys(w))}）" for c, w in refs.items())
        blocks.append(t.REFS_OF_PROJECT.format(name=p["name"], code=p["code"],
                                               lines=lines or "   - 表中未引用文件"))
    return "\n".join(blocks), True, None, None


def _compose_ref_index(result: Result):
    if not result.refs:
        return t.NOT_FOUND.format(reason="库中的表格没有引用文件"), False, None, None
    lines = [t.REF_INDEX_LINE.format(i=i, **r) for i, r in enumerate(result.refs, start=1)]
    return t.REF_INDEX.format(n=len(result.refs), lines="\n".join(lines)), True, None, None


def _compose_issues(result: Result):
    plan = result.plan
    if not result.findings and (result.projects or result.rows) and not plan.consistent:
        lines = [t.NO_ISSUE_FOR.format(name=p["name"], code=p["code"], budget=plain_number(p["budget"]),
                                       unit=p["unit"], rule=plan.rule or "体检")
                 for p in result.projects]
        lines += [row_line(r) for r in result.rows]
        return "\n".join(lines), True, None, None
    if plan.consistent:
        if result.rows:
            return _compose_rows_by_project(result)
        return _compose_list(result)
    if not result.findings:
        return t.NO_ISSUES.format(rule=f"“{plan.rule}”" if plan.rule else ""), False, None, None
    lines = []
    for i, f in enumerate(result.findings, start=1):
        where = f"第{f.locator.row}行" if f.locator.row else "表头"
        lines.append(t.ISSUE_LINE.format(i=i, severity=SEVERITY_LABELS.get(f.severity, f.severity),
                                         name=f.project_name, code=f.project_code, where=where,
                                         message=f.message))
    rules = "、".join(dict.fromkeys(f.rule for f in result.findings))
    return t.ISSUES.format(n=len(result.findings), rules=rules, lines="\n".join(lines)), True, None, None


def _compose_check(result: Result):
    plan = result.plan
    if not result.rows:
        return t.NOT_FOUND_MATCH.format(criterion=criterion(plan)), False, None, None
    wanted = plan.threshold.describe() if plan.threshold else ""
    lines = []
    for r in result.rows:
        verdict = t.MEETS if r.get("meets") else t.MISSES
        lines.append(t.CHECK_LINE.format(name=r["name"], code=r["code"], verdict=verdict,
                                         wanted=wanted, **row_fields(r)))
    value, unit = common_value(result.rows)
    return "\n".join(lines), True, value, unit


def _compose_prose(result: Result):
    if result.rows:
        return _compose_rows(result)
    if result.projects:
        return _compose_field(result)
    if not result.passages:
        return t.NOT_FOUND_PASSAGE, False, None, None
    groups: OrderedDict[tuple[str, ...], list[str]] = OrderedDict()
    for p in result.passages:  # paragraphs under one heading are shown under it once
        groups.setdefault(tuple(p["path"]), []).append(p["text"])
    text = "\n\n".join(t.PASSAGE.format(path=" › ".join(path), text="\n".join(texts))
                       for path, texts in groups.items())
    return text, True, None, None


_COMPOSERS = {
    "not_found": _compose_not_found, "list": _compose_list, "count": _compose_count,
    "sum": _compose_sum, "max": _compose_extreme, "min": _compose_extreme,
    "difference": _compose_difference, "rank": _compose_rank, "share": _compose_share, "field": _compose_field,
    "rows": _compose_rows, "refs": _compose_refs, "ref_index": _compose_ref_index,
    "issues": _compose_issues, "prose": _compose_prose, "check": _compose_check,
}
