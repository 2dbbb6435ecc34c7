"""分值/权重 asked of indicator rows: «“补贴对象满意度”这条指标的分值是几分», «这个项目各指标分值
加起来多少», «分值最高的是哪条指标». A weight is the number a table's 分值/权重 column prints for a
row; where no such column was read, the question is answered with that, not with another number.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant import lexicon as lx
from assistant.answer import Answer
from assistant.citations import citations_of, project_codes, project_ids_of, sources_line, table_of
from assistant.executor import Result, scope_filter
from assistant.plan import Plan
from assistant.reading import quoted
from ingest import quantity as q
from store.filters import all_of
from store.queries import IndicatorRow, Queries

# «分值», «权重», «占几分», «多少分» (not «得分/评分/打分», a result; not «几分之一», a fraction)
WEIGHT_ASK = re.compile(r"分值|权重|(?:占|是|有|为|给了?|定了?)\s*(?:几|多少)\s*分(?![钱之])")
_NOT_WEIGHT = re.compile(r"得分|评分|打分|自评|几分之|分之|百分")
_SUM = re.compile(r"合计|加起来|加在一起|总共|一共|总分|之和|总和|共计")
_MOST = re.compile(r"最(?:高|大|多)")
_LEAST = re.compile(r"最(?:低|小|少)")


# «这项指标在打分时占多少分»: the weight, said through the scoring it is for
_SCORED_AS = re.compile(r"(?:打分|评分|考核)(?:时|中|里|的时候)?\s*(?:占|算|给)\s*(?:几|多少)\s*分")


def asks_weight(question: str) -> bool:
    return bool(_SCORED_AS.search(question)) or (
        bool(WEIGHT_ASK.search(question)) and not _NOT_WEIGHT.search(question))


def answer_weights(question: str, plan: Plan, queries: Queries) -> Answer:
    """The weights of the rows the question names, within the projects and scope it names."""
    where = all_of(scope_filter(plan), plan.filter)
    rows = queries.rows(where, plan.measure.rows if plan.measure.kind == "value" else None)
    named = _named_rows(question, rows)
    if named is None:
        return _none(question, plan, "问题里的指标名称在所查项目中没有找到")
    weighted = [r for r in named if r.weight is not None]
    if not weighted:
        return _none(question, plan, "所查项目的指标表没有分值（权重）列，表中没有各指标的分值")
    scope = _scope_words(weighted)
    if _SUM.search(question):
        value = sum((r.weight for r in weighted), Decimal(0))
        lines = [f"{scope}分值合计 {q.tidy(value)} 分（{len(weighted)} 条指标相加）"]
        understood = f"{scope}各指标的分值合计"
    elif (most := _MOST.search(question)) or _LEAST.search(question):
        best = (max if most else min)(r.weight for r in weighted)
        weighted = [r for r in weighted if r.weight == best]
        value = best
        lines = [f"{scope}分值{'最高' if most else '最低'}为 {q.tidy(best)} 分，共 {len(weighted)} 条指标："]
        understood = f"{scope}分值{'最高' if most else '最低'}的指标"
    else:
        value = weighted[0].weight if len({r.weight for r in weighted}) == 1 else None
        lines = [] if len(weighted) == 1 else [f"共 {len(weighted)} 条指标："]
        understood = f"{scope}指标的分值"
    lines += [f"{r.name}：{r.level2}“{r.level3}”（指标值 {r.value_raw}）分值 {q.tidy(r.weight)} 分"
              for r in weighted]
    result = Result(replace(plan, subject="rows"), sql=queries.log)
    result.rows = weighted
    citations = citations_of(result)
    return Answer(question=question, text="\n".join(lines) + sources_line(citations), found=bool(citations),
                  projects=project_codes(result), value=value, unit="分" if value is not None else None,
                  citations=tuple(citations), plan={"operation": "weight", "sql": result.sql},
                  understood=f"理解为：{understood}", table=tuple(table_of(result)),
                  project_ids=project_ids_of(result), row_ids=tuple(r.id for r in weighted),
                  typed_plan=plan)


def _named_rows(question: str, rows: list[IndicatorRow]) -> list[IndicatorRow] | None:
    """The rows a quoted name or a kind of row («满意度指标») picks; all of them when none is
    named; None when a quoted name matches no row."""
    for _, _, text in quoted(question):
        picked = [r for r in rows if text in r.level3 or text in r.description]
        if picked:
            return picked
        if not any(text in r.name for r in rows):  # a quoted project name is not a row's
            return None
    # (not a row named like its project, «社区矫正工作经费»'s cost row: the project was named)
    written = [r for r in rows if len(r.level3) >= 4 and r.level3 in question and r.level3 not in r.name]
    if written:  # «网格员巡查次数这项指标…»: a row named as printed
        return written
    kinds = [w for w in (*lx.LEVEL2, "满意度", "产出", "效益") if f"{w}指标" in question or f"{w}类" in question]
    if kinds:
        return [r for r in rows if any(k in r.level2 or k in r.level1 for k in kinds)]
    return rows


def _scope_words(rows: list[IndicatorRow]) -> str:
    names = list(dict.fromkeys(r.name for r in rows))
    return f"“{names[0]}”" if len(names) == 1 else f"{len(names)} 个项目"


def _none(question: str, plan: Plan, reason: str) -> Answer:
    return Answer(question=question, text=f"没有找到：{reason}。", found=False,
                  plan={"operation": "weight", "reason": reason}, understood="理解为：指标的分值（权重）",
                  typed_plan=plan)
