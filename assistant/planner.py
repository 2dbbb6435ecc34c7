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
from assistant.mentions import Mentions, find_mentions
from assistant.question import Threshold, find_level1, find_level2, find_period, has_any, quantities
from ingest.records import PolicyRef

MONEY_UNITS = ("元", "万元", "亿元", "千元")
_RANK = re.compile(r"(倒数)?第\s*([一二三四五六七八九十\d]+)\s*(?:高|多|大|名|位|低|少|小)?")
# Counting asks for a number of projects or indicators; «多少个孵化基地» asks for a target value.
_COUNT_BEFORE = re.compile(r"(?:多少|(?<![那这])几)\s*(?:个|条|项|家)?\s*(?:[\u4e00-\u9fff]{0,4}?)(项目|指标)")
_COUNT_AFTER = re.compile(r"(项目|指标)[\u4e00-\u9fff]{0,4}?(?:多少|几)\s*(?:个|条|项|家)")
_TOP_N = re.compile(r"(?:(最高|最多|最大|最贵|最低|最少|最小)的?\s*([一二两三四五六七八九十\d]+)\s*(?:个|项|名|位)"
                    r"|前\s*([一二两三四五六七八九十\d]+)\s*(?:个|项|名|位)?(?!月|季))")
_HOW_MANY_UNIT = re.compile(r"(?:多少|几)\s*(人次|人|名|万元|元|个|次|起|户|家|天|所|件)")
_BASIS_IS = re.compile(r"依据(?:是|为)\s*([\u4e00-\u9fff（）()【】〔〕\d]{2,30}?)(?:的|吗|呢|？|\?|$)")
_PER_PROJECT_COUNT = re.compile(r"([一二两三四五六七八九十\d]+)\s*(?:个|条|项)([\u4e00-\u9fff]{0,6})指标")


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
                  if t.unit not in ("个", "条", "项") or not _PER_PROJECT_COUNT.search(m.masked)]
    money_ts = [t for t in thresholds if _is_money(t, m.masked)]
    other_ts = [t for t in thresholds if t not in money_ts]
    threshold = (other_ts or money_ts or [None])[0]
    period = find_period(rest)
    aggregate = _aggregate(rest)
    base = Plan("list", project_ids=m.project_ids, anchor=m.anchor, level1=level1, level2=level2,
                indicator_topic="满意度" if satisfaction else None, threshold=threshold,
                period=period, ref=m.ref, money_unit=_asked_money_unit(m.masked))

    if has_any(rest, lx.ISSUE_WORDS) or _asks_consistency(rest):
        return replace(base, kind="issues", rule=_issue_rule(rest), threshold=None,
                       consistent=_asks_consistency(rest), level2=None, level1=None,
                       indicator_topic=None)

    top = _TOP_N.search(rest)
    if top:
        from assistant.question import cn_to_int

        raw = top.group(2) or top.group(3)
        n = int(raw) if raw.isdigit() else cn_to_int(raw)
        low = (top.group(1) or "") in lx.MIN_WORDS
        kind = "min" if low else "max"
        subject = "indicators" if (level1 or level2 or satisfaction) else "projects"
        return replace(base, kind=kind, limit=n, subject=subject, threshold=None,
                       field=None if subject == "indicators" else (_money_field(rest) or "budget"))

    if m.ref and not m.project_ids and not aggregate and not level2 and not level1 and (
            has_any(rest, lx.REF_WORDS) or has_any(rest, lx.LIST_WORDS)):
        fields = ("basis",) if "确定依据" in rest or "指标" in rest else ()
        return replace(base, kind="list", ref_fields=fields, threshold=None, anchor="ref")

    if (m.project_ids or m.ref) and has_any(rest, ("依据", "引用", "文件")) and not (
            level1 or level2 or satisfaction):
        return replace(base, kind="field", field="refs", threshold=None)
    if not m.project_ids and has_any(rest, ("依据文件", "政策文件", "引用的文件", "哪些文件")):
        return replace(base, kind="ref_index", threshold=None)

    project_facts = _project_facts(rest)
    if project_facts and not (level1 or level2 or satisfaction) and period is None:
        return replace(base, kind="count" if aggregate == "count" else "list", threshold=None,
                       **project_facts)

    deadline = _deadline(m.masked)
    if deadline and not has_any(rest, lx.SPENDING_WORDS):
        plan = replace(base, subject="indicators", deadline=deadline, threshold=None,
                       value_kind="date")
        return replace(plan, kind="count" if aggregate == "count" else "list")

    spending = _spending_plan(base, rest, threshold, aggregate, level1 or level2 or satisfaction)
    if spending is not None:
        return spending

    named_money = _money_field(rest)
    money_field = named_money or ("budget" if base.money_unit else None)
    value_kind, value_unit = _value_kind(rest, m.quotes)
    kind_negated = bool(value_kind) and bool(re.search(r"(不是|不用|没有用|非)[^，。？]{0,4}(用|以)?"
                                                        r"(百分比|百分数|人数|金额|日期|时间)", rest))
    per_project = _per_project(m.masked)
    negate = _negated(rest) and bool(level1 or level2 or satisfaction) and not kind_negated
    basis_quote = m.quotes[0] if m.quotes and "依据" in rest else None
    basis_words = _BASIS_IS.search(rest) if not m.quotes else None
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
        if _yes_no(rest) and m.project_ids and plan.threshold is not None:
            return replace(plan, kind="check", threshold=plan.threshold)
        if m.row_ids and not (plan.threshold or negate or per_project or value_kind):
            return replace(plan, kind="rows")
        return replace(plan, kind="list")

    hint_kind, hint_unit = _unit_hint(rest)
    if aggregate in ("max", "min", "difference") and not named_money and not (
            m.anchor == "name" and len(m.project_ids or ()) >= 2) and (
            hint_kind or _informative(m.query)):
        # «其中哪个的人数目标最高», «中央和县级的养老金补贴…差多少»: over indicator values
        return replace(base, kind=aggregate, subject="indicators", threshold=None,
                       value_kind=hint_kind, value_unit=hint_unit,
                       row_query=None if hint_kind == "people" and not m.row_ids else m.query,
                       row_ids=m.row_ids)

    rank = _rank(rest)
    if rank and rank not in (1, -1):
        return replace(base, kind="rank", rank=rank, field=money_field or "budget", threshold=None)
    if aggregate == "count" and _counts_indicators(rest):
        return replace(base, kind="count", subject="indicators", threshold=None)
    if aggregate in ("sum", "count", "max", "min", "difference", "share"):
        return replace(base, kind=aggregate, field=money_field or "budget", threshold=None)

    text_field = _text_field(rest)
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
        return replace(base, kind="prose", project_ids=None, threshold=None)

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
    if m.project_ids and (hint_kind or hint_unit) and not _informative(query):
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


def _aggregate(text: str) -> str | None:
    for label in lx.FIELD_LABELS:  # «资金总额» names a field; it asks for no total
        text = text.replace(label, "预算")
    if has_any(text, lx.DIFF_WORDS):
        return "difference"
    if has_any(text, lx.SHARE_WORDS):
        return "share"
    if _counted(text):
        return "count"
    if has_any(text, lx.SUM_WORDS) and has_any(text, lx.MONEY_WORDS):
        return "sum"
    if has_any(text, lx.MAX_WORDS):
        return "max"
    if has_any(text, lx.MIN_WORDS):
        return "min"
    return None


def _counted(text: str) -> str | None:
    """What a question counts: "indicators", "projects", or None when it counts nothing."""
    before = [m.group(1) for m in _COUNT_BEFORE.finditer(text)]
    after = [m.group(1) for m in _COUNT_AFTER.finditer(text)]
    if "指标" in before or (not before and "指标" in after) or has_any(text, ("指标数", "条数")):
        return "indicators"
    if before or after or "项目数" in text:
        return "projects"
    return None


def _counts_indicators(text: str) -> bool:
    return _counted(text) == "indicators"


def _asked_money_unit(text: str) -> str | None:
    """«多少万元», «合计多少元»: answer money in the unit the question names."""
    m = re.search(r"(?:多少|几|合计|总计|共计|相差|差)\s*(亿元|万元|千元|元)", text)
    return m.group(1) if m else None


def _unit_hint(text: str) -> tuple[str | None, str | None]:
    """«多少人» asks for a row stated in people; «多少个» in 个."""
    if "人数" in text or "人次" in text:
        return "people", None
    m = _HOW_MANY_UNIT.search(text)
    if not m:
        return None, None
    unit = m.group(1)
    if unit in ("人", "名", "人次"):
        return "people", None
    if unit in ("元", "万元"):
        return "money", None
    return None, unit


def _informative(query: str) -> bool:
    """Does the query keep words worth ranking rows by (beyond «有多少个»)?"""
    from store.keywords import bigrams

    return any(len(t) == 2 for t in bigrams(query))


def _rank(text: str) -> int | None:
    """«第三高» → 3, «倒数第二» / «第二低» → -2 (counted from the bottom)."""
    from assistant.question import cn_to_int

    m = _RANK.search(text)
    if not m or not has_any(text, ("高", "多", "大", "低", "少", "小", "排")):
        return None
    raw = m.group(2)
    n = int(raw) if raw.isdigit() else (cn_to_int(raw) or 0)
    bottom = bool(m.group(1)) or has_any(text[m.end() - 1:m.end() + 1], ("低", "少", "小"))
    return -n if bottom else n


def _money_field(text: str) -> str | None:
    for word in sorted(lx.MONEY_FIELDS, key=len, reverse=True):
        if word in text:
            return lx.MONEY_FIELDS[word]
    return None


def _text_field(text: str) -> str | None:
    for word in sorted(lx.TEXT_FIELDS, key=len, reverse=True):
        if word in text:
            return lx.TEXT_FIELDS[word]
    return None


def _value_kind(text: str, quotes: list[str]) -> tuple[str | None, str | None]:
    """Questions about how a target is written: «用百分比», «以人数», «截止日期», «“个”为单位»."""
    if quotes and "单位" in text:
        return None, quotes[0]
    for quote in quotes:
        for word, comparator in lx.COMPARATORS_BEFORE + lx.COMPARATORS_AFTER:
            if quote == word and comparator in (">=", "<="):
                return ("floor" if comparator == ">=" else "ceiling"), None
    for words, kind in lx.VALUE_KINDS:
        if has_any(text, words):
            return kind, None
    return None, None


def _per_project(masked: str) -> int | None:
    from assistant.question import cn_to_int

    m = _PER_PROJECT_COUNT.search(masked)
    if not m or not has_any(masked, ("设置了", "设了", "有")):
        return None
    raw = m.group(1)
    return int(raw) if raw.isdigit() else cn_to_int(raw)


def _project_facts(text: str) -> dict:
    """«还有其他资金的项目», «列了资金支出计划的项目»: facts of the project header."""
    facts: dict = {}
    other = re.search(r"(没有|无|不含)?其他资金", text)
    if other and has_any(text, ("有其他资金", "还有其他", "含其他资金", "其他资金不为", "没有其他资金",
                                "无其他资金", "不含其他资金")):
        facts["other_money"] = not other.group(1)
    plan = re.search(r"(没有|没|未|不)?(列了?|有|设置了?|编制了?|安排了?)(资金)?支出计划", text)
    if plan:
        facts["has_plan"] = not plan.group(1)
    return facts


def _deadline(masked: str) -> tuple[str, str] | None:
    """«截止时间定在2025年10月底» → ("=", "2025-10-31"); «…前» → ("<=", …)."""
    import calendar

    m = re.search(r"(20\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(底|末)?(之前|以前|前)?",
                  masked)
    if not m or not has_any(masked, ("截止", "完成", "完工", "时间", "期限", "日期", "时效", "前")):
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        return None
    day = int(m.group(3)) if m.group(3) else calendar.monthrange(year, month)[1]
    comparator = "<=" if m.group(5) or "之前" in masked[m.end():m.end() + 3] else "="
    return comparator, f"{year:04d}-{month:02d}-{day:02d}"


def _yes_no(text: str) -> bool:
    return has_any(text, lx.YES_NO) or text.rstrip("？? 。").endswith("吗")


def _negated(text: str) -> bool:
    for word in lx.YES_NO:  # «有没有…» asks whether, it does not negate
        text = text.replace(word, " ")
    return has_any(text, lx.NEGATIONS)


def _is_money(t: Threshold, masked: str) -> bool:
    """A threshold on money: a money unit, or a bare number/«万» right after a money word."""
    if t.unit in MONEY_UNITS:
        return True
    if t.unit not in (None, "万", "亿"):
        return False
    before = masked[max(0, t.start - 8):t.start]
    return has_any(before, ("预算", "资金", "经费", "金额", "总额", "拨款", "钱"))


def _asks_consistency(text: str) -> bool:
    """«成本指标和预算数是一致的» asks for the projects a check does NOT flag."""
    return bool(re.search(r"(?<![不没未])(一致|相符|吻合)", text)) and "吗" not in text


def _issue_rule(text: str) -> str | None:
    for words, rule in lx.ISSUE_RULES:
        if all(w in text for w in words):
            return rule
    return None


__all__ = ["Plan", "plan_question", "Mentions"]
