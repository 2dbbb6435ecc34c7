"""Turn a question into a typed plan. Rules over the question's pieces; no LLM needed.

First find what the question names (projects, rows, documents, scope), then read what it asks
of them from the rest of the words (filters, aggregates, fields).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field as dc_field, replace
from decimal import Decimal

from assistant import lexicon as lx
from assistant.catalog import Catalog
from assistant.conversation import Conversation
from assistant.mentions import find_mentions
from assistant.intents import (
    MONEY_UNITS, PER_PROJECT_COUNT, BASIS_IS, TOP_N, aggregate_of, asked_money_unit, asks_consistency,
    counts_indicators, deadline_of, informative, is_money, is_negated, is_yes_no, issue_rule_of,
    money_field_of, per_project_of, project_facts, rank_of, text_field_of, unit_hint, value_kind_of,
)
from assistant.question import Threshold, find_level1, find_level2, find_period, has_any, quantities
from ingest.records import PolicyRef

@dataclass(frozen=True)
class Plan:
    """What to compute. Structured kinds run as SQL over all rows; `prose`/`rows` use retrieval."""

    kind: str  # list | count | sum | max | min | rank | difference | share | field | rows |
    #            refs | ref_index | issues | prose | not_found
    subject: str = "projects"  # projects | indicators
    project_ids: tuple[int, ...] | None = None  # None: every project in scope
    anchor: str = ""  # how the projects were chosen: code, name, topic, ref, follow-up …
    row_ids: tuple[int, ...] | None = None  # indicator rows the question names
    level1: str | None = None
    level2: str | None = None
    indicator_topic: str | None = None  # text the indicator's name must contain (满意度 …)
    row_query: str | None = None  # text to rank indicator rows by (lookups)
    threshold: Threshold | None = None
    target: str = "indicator"  # indicator | budget | fiscal | other | spending
    period: int | None = None
    field: str | None = None  # budget | fiscal | other | use | goal | spending_plan | code | refs | summary
    value_kind: str | None = None  # percent | people | money | date | ceiling | floor
    value_unit: str | None = None  # a unit the 指标值 must be written in
    basis_equals: str | None = None
    basis_contains: str | None = None
    name_contains: str | None = None
    negate: bool = False  # projects WITHOUT matching indicators
    per_project: int | None = None  # projects with exactly this many matching indicators
    rank: int | None = None
    limit: int | None = None  # «预算最多的三个项目»: the top N
    money_unit: str | None = None  # the unit the question asks money in («多少万元»)
    budget_threshold: Threshold | None = None  # a money filter beside an indicator filter
    budget_target: str = "budget"
    having_rows: bool = False  # projects that have indicator rows meeting the filters
    other_money: bool | None = None  # projects with (True) / without (False) 其他资金
    has_plan: bool | None = None  # projects with (True) / without (False) a spending plan
    deadline: tuple[str, str] | None = None  # (comparator, ISO date) on a 时效 target
    value_kind_negated: bool = False  # «不是用百分比表示的»
    ref: PolicyRef | None = None
    ref_fields: tuple[str, ...] = ()
    rule: str | None = None  # for issues: one check rule id, or None for all
    consistent: bool = False  # for issues: the projects a rule does NOT flag
    reason: str = ""  # for not_found: what is missing
    notes: tuple[str, ...] = dc_field(default_factory=tuple)

    def describe(self) -> dict:
        """The plan as JSON-friendly data, for the answer record."""
        out = {k: v for k, v in self.__dict__.items() if v not in (None, (), "", [], False)}
        if self.threshold:
            out["threshold"] = self.threshold.describe()
        if self.budget_threshold:
            out["budget_threshold"] = self.budget_threshold.describe()
        if self.ref:
            out["ref"] = self.ref.canonical
        return out


def plan_question(question: str, catalog: Catalog, conversation: Conversation) -> Plan:
    """The plan for one question, in the context of a conversation."""
    m = find_mentions(question, catalog, conversation)
    if m.missing:
        return Plan("not_found", reason=m.missing)
    rest = m.rest
    level1, level2 = find_level1(rest), find_level2(rest)
    satisfaction = "满意" in rest and not level1 and not level2
    thresholds = [t for t in quantities(m.text, m.masked)
                  if t.unit not in ("个", "条", "项") or not PER_PROJECT_COUNT.search(m.masked)]
    money_ts = [t for t in thresholds if is_money(t, m.masked)]
    other_ts = [t for t in thresholds if t not in money_ts]
    threshold = (other_ts or money_ts or [None])[0]
    period = find_period(rest)
    aggregate = aggregate_of(rest)
    base = Plan("list", project_ids=m.project_ids, anchor=m.anchor, level1=level1, level2=level2,
                indicator_topic="满意度" if satisfaction else None, threshold=threshold,
                period=period, ref=m.ref, money_unit=asked_money_unit(m.masked))

    if has_any(rest, lx.ISSUE_WORDS) or asks_consistency(rest) or (
            is_yes_no(rest) and issue_rule_of(rest) in ("money-split", "cost-vs-budget")
            and has_any(rest, ("等于", "相等", "一致", "加起来", "之和"))):
        return replace(base, kind="issues", rule=issue_rule_of(rest), threshold=None,
                       consistent=asks_consistency(rest), level2=None, level1=None,
                       indicator_topic=None)

    top = TOP_N.search(rest)
    if top:
        from assistant.question import cn_to_int

        raw = top.group(2) or top.group(3)
        n = int(raw) if raw.isdigit() else cn_to_int(raw)
        low = (top.group(1) or "") in lx.MIN_WORDS
        kind = "min" if low else "max"
        subject = "indicators" if (level1 or level2 or satisfaction) else "projects"
        return replace(base, kind=kind, limit=n, subject=subject, threshold=None,
                       field=None if subject == "indicators" else (money_field_of(rest) or "budget"))

    if m.ref and not m.project_ids and not aggregate and not level2 and not level1 and (
            has_any(rest, lx.REF_WORDS) or has_any(rest, lx.LIST_WORDS)):
        fields = ("basis",) if "确定依据" in rest or "指标" in rest else ()
        return replace(base, kind="list", ref_fields=fields, threshold=None, anchor="ref")

    if (m.project_ids or m.ref) and has_any(rest, ("依据", "引用", "文件")) and not (
            level1 or level2 or satisfaction):
        return replace(base, kind="field", field="refs", threshold=None)
    if not m.project_ids and has_any(rest, ("依据文件", "政策文件", "引用的文件", "哪些文件")):
        return replace(base, kind="ref_index", threshold=None)

    header_facts = project_facts(rest)
    if header_facts and not (level1 or level2 or satisfaction) and period is None:
        money = next((t for t in money_ts if t.unit in MONEY_UNITS or t.unit in ("万", "亿")), None)
        if money is not None and money.unit in ("万", "亿"):
            money = replace(money, unit=f"{money.unit}元")
        return replace(base, kind="count" if aggregate == "count" else "list", threshold=None,
                       budget_threshold=money, **header_facts)

    deadline = deadline_of(m.masked)
    if deadline and not has_any(rest, lx.SPENDING_WORDS):
        plan = replace(base, subject="indicators", deadline=deadline, threshold=None,
                       value_kind="date")
        return replace(plan, kind="count" if aggregate == "count" else "list")

    spending = _spending_plan(base, rest, threshold, aggregate, level1 or level2 or satisfaction)
    if spending is not None:
        return spending

    named_money = None if has_any(rest, lx.PER_UNIT) else money_field_of(rest)
    money_field = named_money or ("budget" if base.money_unit else None)
    value_kind, value_unit = value_kind_of(rest, m.quotes)
    kind_negated = bool(value_kind) and bool(re.search(r"(不是|不用|没有用|非)[^，。？]{0,4}(用|以)?"
                                                        r"(百分比|百分数|人数|金额|日期|时间)", rest))
    per_project = per_project_of(m.masked)
    negate = is_negated(rest) and bool(level1 or level2 or satisfaction) and not kind_negated
    basis_quote = m.quotes[0] if m.quotes and "依据" in rest else None
    basis_words = BASIS_IS.search(rest) if not m.quotes else None
    name_quote = m.quotes[0] if m.quotes and has_any(rest, ("名称", "名字", "项目名", "字样")) else None
    indicator_filter = bool(level1 or level2 or satisfaction or basis_quote or basis_words
                            or value_kind or value_unit or m.row_ids)
    if name_quote:
        base = replace(base, name_contains=name_quote, anchor=base.anchor or "name")
    money = money_ts[0] if money_ts else None
    if money is not None:
        unit = money.unit if money.unit in MONEY_UNITS else (
            f"{money.unit}元" if money.unit in ("万", "亿") else None)
        money = replace(money, unit=unit)

    if money is not None and not other_ts and not level2 and not m.row_ids and not (
            indicator_filter and (level1 or satisfaction or basis_quote or basis_words)):
        kind = aggregate if aggregate in ("count", "sum") else "list"
        return replace(base, kind=kind, target=money_field or "budget", level1=None,
                       indicator_topic=None, threshold=money)

    other = other_ts[0] if other_ts else None
    if other is not None and not indicator_filter and (
            other.explicit or other.unit not in (None, "个")):
        indicator_filter = True  # «人数目标在1万人以上»: a threshold on some indicator's value

    if indicator_filter or per_project:
        plan = replace(base, subject="indicators", value_kind=value_kind, value_unit=value_unit,
                       value_kind_negated=kind_negated, negate=negate, per_project=per_project,
                       threshold=other, budget_threshold=money,
                       budget_target=money_field if money_field in ("fiscal", "other") else "budget",
                       row_ids=m.row_ids if not (level1 or level2) or m.row_ids else None)
        if basis_quote:
            exact = "是" in rest or "为" in rest
            plan = replace(plan, basis_equals=basis_quote if exact else None,
                           basis_contains=None if exact else basis_quote)
        elif basis_words:
            plan = replace(plan, basis_contains=basis_words.group(1))
        if other and other.unit is None and (satisfaction or "率" in rest):
            plan = replace(plan, threshold=replace(other, unit="%"))
        if plan.row_ids and plan.indicator_topic and not plan.threshold:
            plan = replace(plan, indicator_topic=None)
        about_budget = money_field in ("budget", "fiscal", "other") and level2 != "成本"
        if about_budget and aggregate in ("sum", "max", "min", "count") and not per_project:
            # «满意度90%的那些项目，预算加起来多少»: money of the projects having such rows
            return replace(plan, kind=aggregate, subject="projects", having_rows=True,
                           field=money_field)
        if aggregate == "count":
            return replace(plan, kind="count")
        if aggregate == "sum":
            return replace(plan, kind="sum", threshold=None)
        if aggregate == "difference" and level2 == "成本":
            return replace(plan, kind="difference", threshold=None)
        if aggregate in ("max", "min") and not plan.threshold:
            return replace(plan, kind=aggregate)
        if is_yes_no(rest) and m.project_ids and plan.threshold is not None:
            return replace(plan, kind="check", threshold=plan.threshold)
        if m.row_ids and not (plan.threshold or negate or per_project or value_kind):
            return replace(plan, kind="rows")
        return replace(plan, kind="list")

    hint_kind, hint_unit = unit_hint(rest)
    if aggregate in ("max", "min", "difference") and not named_money and not (
            m.anchor == "name" and len(m.project_ids or ()) >= 2) and (
            hint_kind or informative(m.query)):
        # «其中哪个的人数目标最高», «中央和县级的养老金补贴…差多少»: over indicator values
        return replace(base, kind=aggregate, subject="indicators", threshold=None,
                       value_kind=hint_kind, value_unit=hint_unit,
                       row_query=None if hint_kind == "people" and not m.row_ids else m.query,
                       row_ids=m.row_ids)

    rank = rank_of(rest)
    if rank and rank not in (1, -1):
        return replace(base, kind="rank", rank=rank, field=money_field or "budget", threshold=None)
    if aggregate == "count" and counts_indicators(rest):
        return replace(base, kind="count", subject="indicators", threshold=None)
    if aggregate in ("sum", "count", "max", "min", "difference", "share"):
        return replace(base, kind=aggregate, field=money_field or "budget", threshold=None)

    text_field = text_field_of(rest)
    if m.anchor == "scope" and money_field and not text_field:
        return replace(base, kind="sum", field=money_field, threshold=None)  # «教育局的预算»
    if m.project_ids or m.ref:
        if text_field or money_field:
            return replace(base, kind="field", field=text_field or money_field, threshold=None)
        if m.anchor == "code" and not has_any(rest, lx.TARGET_WORDS[:3]):
            return replace(base, kind="field", field="summary", threshold=None)

    if has_any(rest, lx.ALL_PROJECTS) and not (level1 or level2 or threshold):
        return replace(base, kind="list", threshold=None)

    asks_items = bool(re.search(r"([一二两三四五六七八九十几]|哪[一二两三四五六七八九十几]?)\s*(项|大|类|种|个方面|方面)",
                                rest)) and has_any(rest, ("什么", "哪", "是指", "指的是", "包括"))
    if (has_any(rest, lx.PROSE_WORDS) or asks_items) and not has_any(
            rest, ("指标", "目标值", "预算", "多少")):
        scope = m.project_ids if m.anchor == "scope" else None  # prose of the department named
        return replace(base, kind="prose", project_ids=scope, threshold=None)

    if m.project_ids and m.anchor in ("topic", "described", "ref") and has_any(rest, lx.LIST_WORDS):
        return replace(base, kind="list", threshold=None)

    if m.unknown_project:
        return Plan("not_found", reason=f"库中没有名为“{m.unknown_project}”的项目")
    if not m.project_ids and has_any(rest, lx.FIELD_LABELS):
        return replace(base, kind="sum", field=money_field or "budget", threshold=None)  # «预算总额是多少»

    if m.row_ids:
        return replace(base, kind="rows", subject="indicators", row_ids=m.row_ids, threshold=None)
    if has_any(rest, lx.WHEN_WORDS):
        hint_kind = "date"
    query = m.query
    if m.project_ids and (hint_kind or hint_unit) and not informative(query):
        # «劳务派遣人员有多少个？»: that project's rows stated in that unit
        return replace(base, kind="list", subject="indicators", value_kind=hint_kind,
                       value_unit=hint_unit, threshold=None)
    if query:
        return replace(base, kind="rows", subject="indicators", row_query=query, threshold=None,
                       value_kind=hint_kind, value_unit=hint_unit)
    if has_any(rest, lx.ALL_PROJECTS):
        return replace(base, kind="list", threshold=None)
    if m.project_ids:
        return replace(base, kind="field", field="summary", threshold=None)
    return replace(base, kind="prose", threshold=None)


# -- pieces -------------------------------------------------------------------------------

def _spending_plan(base: Plan, rest: str, threshold: Threshold | None, aggregate: str | None,
                   indicator_words: bool) -> Plan | None:
    if base.period is None or indicator_words:
        return None
    if not (has_any(rest, lx.SPENDING_WORDS) or (threshold is not None and threshold.unit == "%")):
        return None
    target = threshold if threshold and threshold.unit in ("%", None) else None
    if target is None and has_any(rest, lx.FULL_WORDS):
        target = Threshold(">=", Decimal(100), "%", explicit=False)
    if target is None or (base.project_ids and not has_any(rest, lx.LIST_WORDS)):
        return replace(base, kind="field", field="spending_plan", threshold=None)
    if not target.explicit:
        target = replace(target, comparator=">=")
    kind = aggregate if aggregate in ("count",) else "list"
    return replace(base, kind=kind, target="spending", threshold=target)
