"""Turn a question into a typed plan. Rules over the question's pieces; no LLM needed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field as dc_field, replace

from assistant import lexicon as lx
from assistant.catalog import Catalog
from assistant.conversation import Conversation
from assistant.question import (
    Threshold, find_level1, find_level2, find_period, has_any, nfkc, quantities, quoted,
    strip_filler,
)
from ingest.policy_refs import find_policy_refs
from ingest.records import PolicyRef

MONEY_UNITS = ("元", "万元", "亿元", "千元")
_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{1,12}?(?:委员会|局|厅|委))")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_CODE_LIKE = re.compile(r"(?<![0-9A-Za-z])(?:\d{6,}[A-Z][0-9A-Z]{5,}|\d{15,})(?![0-9A-Za-z])")
_TOPIC = re.compile(r"(?:涉及|关于|属于)?([\u4e00-\u9fff]{2,12}?)(?:类的?|相关的?|方面的?|有关的?|领域的?)(?:项目|预算|资金)")


@dataclass(frozen=True)
class Plan:
    """What to compute. Structured kinds run as SQL over all rows; `prose`/`rows` use retrieval."""

    kind: str  # list | count | sum | max | min | difference | share | field | rows | refs |
    #            ref_index | issues | prose | not_found
    subject: str = "projects"  # projects | indicators
    project_ids: tuple[int, ...] | None = None  # None: every project in scope
    anchor: str = ""  # how the projects were chosen: code, name, topic, ref, follow-up
    level1: str | None = None
    level2: str | None = None
    indicator_topic: str | None = None  # text the indicator's name must contain (满意度 …)
    row_query: str | None = None  # text to rank indicator rows by (lookups)
    threshold: Threshold | None = None
    target: str = "indicator"  # what the threshold applies to: indicator | budget | fiscal | other | spending
    period: int | None = None
    field: str | None = None  # budget | fiscal | other | use | goal | spending_plan | code | refs | summary
    basis_equals: str | None = None
    basis_contains: str | None = None
    ref: PolicyRef | None = None
    ref_fields: tuple[str, ...] = ()  # restrict to links from these fields (basis, name …)
    rule: str | None = None  # for issues: one check rule id, or None for all
    reason: str = ""  # for not_found: what is missing
    notes: tuple[str, ...] = dc_field(default_factory=tuple)

    def describe(self) -> dict:
        """The plan as JSON-friendly data, for the answer record."""
        out = {k: v for k, v in self.__dict__.items() if v not in (None, (), "", [])}
        if self.threshold:
            out["threshold"] = self.threshold.describe()
        if self.ref:
            out["ref"] = self.ref.canonical
        return out


def plan_question(question: str, catalog: Catalog, conversation: Conversation) -> Plan:
    """The plan for one question, in the context of a conversation."""
    text = nfkc(question).strip()
    refs = find_policy_refs(text)
    masked = _mask(text, refs)

    missing = _out_of_scope(masked, catalog)
    if missing:
        return Plan("not_found", reason=missing)

    codes = catalog.codes_in(text)
    if not codes and _CODE_LIKE.search(masked):
        return Plan("not_found", reason=f"库中没有项目编码 {_CODE_LIKE.search(masked).group(0)}")

    level1, level2 = find_level1(masked), find_level2(masked)
    topic_word = "满意度" if "满意" in masked and not level2 and not level1 else None
    thresholds = quantities(text, masked)
    threshold = thresholds[0] if thresholds else None
    period = find_period(masked)
    quotes = quoted(text)

    # Which projects the question is about.
    project_ids, anchor = _anchor_projects(text, masked, catalog, conversation, codes)
    ref = refs[0] if refs else None
    base = Plan("list", project_ids=project_ids, anchor=anchor, level1=level1, level2=level2,
                indicator_topic=topic_word, threshold=threshold, period=period, ref=ref)

    if has_any(masked, lx.ISSUE_WORDS) and not quotes:
        return replace(base, kind="issues", rule=_issue_rule(masked))

    if ref and has_any(masked, lx.REF_WORDS) and not _aggregate(masked) and not level2:
        fields = ("basis",) if "确定依据" in masked or "指标" in masked else ()
        return replace(base, kind="list", ref_fields=fields, threshold=None)

    if project_ids and has_any(masked, ("依据", "引用", "文件")) and has_any(masked, ("哪些", "什么", "哪")):
        if not level1 and not level2 and not topic_word:
            return replace(base, kind="refs")
    if not project_ids and has_any(masked, ("依据文件", "政策文件", "引用的文件", "哪些文件")):
        return replace(base, kind="ref_index")

    spending = period is not None and (has_any(masked, lx.SPENDING_WORDS) or (
        threshold is not None and threshold.unit == "%" and not level1 and not level2
        and not topic_word))
    if spending:
        target_pct = threshold if threshold and threshold.unit in ("%", None) else None
        if target_pct is None and has_any(masked, lx.FULL_WORDS):
            target_pct = Threshold(">=", __import__("decimal").Decimal(100), "%", explicit=False)
        if target_pct is not None:
            if not target_pct.explicit:
                target_pct = replace(target_pct, comparator=">=")
            return replace(base, kind=_aggregate(masked) or "list", target="spending",
                           threshold=target_pct)
        return replace(base, kind="field", field="spending_plan", threshold=None)

    money_field = _money_field(masked)
    aggregate = _aggregate(masked)
    basis_quote = bool(quotes) and "依据" in masked
    indicator_filter = bool(level1 or level2 or topic_word or basis_quote)
    money_threshold = threshold is not None and (threshold.unit in MONEY_UNITS or (
        threshold.unit is None and money_field and not indicator_filter))

    if money_threshold and not level2:
        return replace(base, kind=aggregate if aggregate in ("count", "sum") else "list",
                       target=money_field or "budget", level1=None, indicator_topic=None)

    if indicator_filter:
        plan = replace(base, kind="count" if aggregate == "count" else "list", subject="indicators")
        if basis_quote:
            exact = "是" in masked or "为" in masked
            plan = replace(plan, basis_equals=quotes[0] if exact else None,
                           basis_contains=None if exact else quotes[0])
        if threshold and threshold.unit is None and (topic_word or "率" in masked):
            plan = replace(plan, threshold=replace(threshold, unit="%"))
        if aggregate in ("max", "min") and not threshold:
            plan = replace(plan, kind=aggregate)
        return plan

    if aggregate in ("sum", "count", "max", "min", "difference", "share"):
        if aggregate == "count" and "指标" in masked:
            return replace(base, kind="count", subject="indicators", threshold=None)
        return replace(base, kind=aggregate, field=money_field or "budget", threshold=None)

    text_field = _text_field(masked)
    if project_ids and (money_field or text_field):
        return replace(base, kind="field", field=money_field or text_field, threshold=None)

    if project_ids and anchor in ("code",) and not has_any(masked, lx.TARGET_WORDS[:3]):
        return replace(base, kind="field", field="summary", threshold=None)

    if has_any(masked, lx.PROSE_WORDS) and not has_any(masked, ("指标", "目标值", "预算")):
        return replace(base, kind="prose", project_ids=None, threshold=None)

    if project_ids and anchor in ("topic",) and has_any(masked, lx.LIST_WORDS):
        return replace(base, kind="list", threshold=None)

    query = strip_filler(_strip_anchor(masked, anchor, catalog, project_ids))
    if query:
        return replace(base, kind="rows", subject="indicators", row_query=query, threshold=None)
    if project_ids:
        return replace(base, kind="field", field="summary", threshold=None)
    return replace(base, kind="prose", threshold=None)


def _mask(text: str, refs: tuple[PolicyRef, ...]) -> str:
    """Hide document numbers so their digits are not read as thresholds or years."""
    masked = text
    for ref in refs:
        for raw in {ref.raw, ref.canonical}:
            if raw:
                masked = masked.replace(raw, "※" * len(raw))
    return re.sub(r"[〔【\[［(（]\s*\d{4}\s*[〕】\]］)）]\s*\d+\s*号", lambda m: "※" * len(m.group(0)),
                  masked)


def _out_of_scope(masked: str, catalog: Catalog) -> str:
    """A department or year the store does not hold («教育局», «2019年»), or ''."""
    if not catalog.projects:
        return "库中还没有任何文件"
    for m in _DEPARTMENT.finditer(masked):
        mention = m.group(1)
        if any(catalog.knows_department(mention[i:]) for i in range(0, len(mention) - 2)):
            continue
        if _mentioned_in_store(mention, catalog):
            continue
        return f"库中没有{_shortest_unknown(mention, catalog)}的文件"
    if catalog.years:
        for m in _YEAR.finditer(masked):
            year = int(m.group(1))
            if year not in catalog.years:
                have = "、".join(f"{y}年" for y in catalog.years)
                return f"库中没有{year}年的文件（现有：{have}）"
    return ""


def _mentioned_in_store(mention: str, catalog: Catalog) -> bool:
    """Text like «财政厅» that occurs inside stored names is not another department."""
    for i in range(0, len(mention) - 2):
        tail = mention[i:]
        if any(tail in p.name for p in catalog.projects):
            return True
    return False


def _shortest_unknown(mention: str, catalog: Catalog) -> str:
    for word in ("请问", "查询", "查看", "关于"):
        mention = mention.replace(word, "")
    return mention


def _anchor_projects(text: str, masked: str, catalog: Catalog, conversation: Conversation,
                     codes: list) -> tuple[tuple[int, ...] | None, str]:
    if codes:
        return tuple(p.id for p in codes), "code"
    if _is_follow_up(masked) and conversation.last_projects:
        wanted = set(conversation.last_projects)
        ids = tuple(p.id for p in catalog.projects if p.code in wanted)
        if ids:
            return ids, "follow-up"
    named, match = catalog.named_in(masked)
    topic = _topic(masked)
    if topic:
        ids = tuple(p.id for p in catalog.with_topic(topic))
        if ids and (not named or len(topic) >= len(match)):
            return ids, "topic"
    if named:
        return tuple(p.id for p in named), "name"
    return None, ""


def _is_follow_up(masked: str) -> bool:
    if has_any(masked, lx.WITHIN_WORDS):
        return True
    if any(p in masked for p in lx.PRONOUNS[:10]):
        return True
    return masked.rstrip("？?。 ").endswith("呢") and len(masked) <= 16


def _topic(masked: str) -> str:
    m = _TOPIC.search(masked)
    if not m:
        return ""
    topic = m.group(1)
    for prefix in ("哪些", "全部", "所有", "列出", "有关", "涉及", "关于", "属于"):
        topic = topic.removeprefix(prefix)
    return topic


def _aggregate(masked: str) -> str | None:
    if has_any(masked, lx.DIFF_WORDS):
        return "difference"
    if has_any(masked, lx.SHARE_WORDS):
        return "share"
    if has_any(masked, lx.COUNT_WORDS) or re.search(r"多少个?(预算)?项目", masked):
        return "count"
    if has_any(masked, lx.SUM_WORDS):
        return "sum"
    if has_any(masked, lx.MAX_WORDS):
        return "max"
    if has_any(masked, lx.MIN_WORDS):
        return "min"
    return None


def _money_field(masked: str) -> str | None:
    for word in sorted(lx.MONEY_FIELDS, key=len, reverse=True):
        if word in masked:
            return lx.MONEY_FIELDS[word]
    return None


def _text_field(masked: str) -> str | None:
    for word in sorted(lx.TEXT_FIELDS, key=len, reverse=True):
        if word in masked:
            return lx.TEXT_FIELDS[word]
    return None


def _issue_rule(masked: str) -> str | None:
    if "成本" in masked:
        return "cost-vs-budget"
    if "代偿率" in masked or "方向" in masked:
        return "direction"
    if "财政资金" in masked and "其他资金" in masked:
        return "money-split"
    if "重名" in masked or "名称相同" in masked or "同名" in masked:
        return "duplicate-name"
    if "依据" in masked and has_any(masked, ("空", "缺", "没有")):
        return "missing-basis"
    if "支出计划" in masked or "支出进度" in masked:
        return "spending-plan"
    return None


def _strip_anchor(masked: str, anchor: str, catalog: Catalog,
                  project_ids: tuple[int, ...] | None) -> str:
    """The question without the project name that anchored it, for ranking that project's rows."""
    if anchor != "name" or not project_ids:
        return masked
    _, match = catalog.named_in(masked)
    return masked.replace(match, " ") if match else masked
