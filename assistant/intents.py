"""What the words of a question ask for, once its named things are taken out: aggregates,
fields, units, ranks, yes/no, negation, deadlines. Small readers used by the planner."""

from __future__ import annotations

import re

from assistant import lexicon as lx
from assistant.question import Threshold, has_any

MONEY_UNITS = ("元", "万元", "亿元", "千元")
_RANK = re.compile(r"(倒数)?第\s*([一二三四五六七八九十\d]+)\s*(?:高|多|大|名|位|低|少|小)?")
# Counting asks for a number of projects or indicators; «多少个孵化基地» asks for a target value.
_COUNT_BEFORE = re.compile(r"(?:多少|(?<![那这])几)\s*(?:个|条|项|家)?\s*(?:[\u4e00-\u9fff]{0,4}?)(项目|指标)")
_COUNT_AFTER = re.compile(r"(项目|指标)[\u4e00-\u9fff]{0,4}?(?:多少|几)\s*(?:个|条|项|家)")
TOP_N = re.compile(r"(?:(最高|最多|最大|最贵|最低|最少|最小)的?\s*([一二两三四五六七八九十\d]+)\s*(?:个|项|名|位)"
                    r"|前\s*([一二两三四五六七八九十\d]+)\s*(?:个|项|名|位)?(?!月|季))")
_HOW_MANY_UNIT = re.compile(r"(?:多少|几)\s*(人次|人|名|万元|元|个|次|起|户|家|天|所|件)")
BASIS_IS = re.compile(r"依据(?:是|为)\s*([\u4e00-\u9fff（）()【】〔〕\d]{2,30}?)(?:的|吗|呢|？|\?|$)")
PER_PROJECT_COUNT = re.compile(r"([一二两三四五六七八九十\d]+)\s*(?:个|条|项)([\u4e00-\u9fff]{0,6})指标")


def aggregate_of(text: str) -> str | None:
    for label in lx.FIELD_LABELS:  # «资金总额» names a field; it asks for no total
        text = text.replace(label, "预算")
    if has_any(text, lx.DIFF_WORDS):
        return "difference"
    if has_any(text, lx.SHARE_WORDS):
        return "share"
    if counted(text):
        return "count"
    if has_any(text, lx.SUM_WORDS) and has_any(text, lx.MONEY_WORDS):
        return "sum"
    if has_any(text, lx.MAX_WORDS):
        return "max"
    if has_any(text, lx.MIN_WORDS):
        return "min"
    return None


def counted(text: str) -> str | None:
    """What a question counts: "indicators", "projects", or None when it counts nothing."""
    before = [m.group(1) for m in _COUNT_BEFORE.finditer(text)]
    after = [m.group(1) for m in _COUNT_AFTER.finditer(text)]
    if "指标" in before or (not before and "指标" in after) or has_any(text, ("指标数", "条数")):
        return "indicators"
    if before or after or "项目数" in text:
        return "projects"
    return None


def counts_indicators(text: str) -> bool:
    return counted(text) == "indicators"


def asked_money_unit(text: str) -> str | None:
    """«多少万元», «合计多少元»: answer money in the unit the question names."""
    m = re.search(r"(?:多少|几|合计|总计|共计|相差|差)\s*(亿元|万元|千元|元)", text)
    return m.group(1) if m else None


def unit_hint(text: str) -> tuple[str | None, str | None]:
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


def informative(query: str) -> bool:
    """Does the query keep words worth ranking rows by (beyond «有多少个»)?"""
    from store.keywords import bigrams

    return any(len(t) == 2 for t in bigrams(query))


def rank_of(text: str) -> int | None:
    """«第三高» → 3, «倒数第二» / «第二低» → -2 (counted from the bottom)."""
    from assistant.question import cn_to_int

    m = _RANK.search(text)
    if not m or not has_any(text, ("高", "多", "大", "低", "少", "小", "排")):
        return None
    raw = m.group(2)
    n = int(raw) if raw.isdigit() else (cn_to_int(raw) or 0)
    bottom = bool(m.group(1)) or has_any(text[m.end() - 1:m.end() + 1], ("低", "少", "小"))
    return -n if bottom else n


def money_field_of(text: str) -> str | None:
    for word in sorted(lx.MONEY_FIELDS, key=len, reverse=True):
        if word in text:
            return lx.MONEY_FIELDS[word]
    return None


def text_field_of(text: str) -> str | None:
    for word in sorted(lx.TEXT_FIELDS, key=len, reverse=True):
        if word in text:
            return lx.TEXT_FIELDS[word]
    return None


def value_kind_of(text: str, quotes: list[str]) -> tuple[str | None, str | None]:
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


def per_project_of(masked: str) -> int | None:
    from assistant.question import cn_to_int

    m = PER_PROJECT_COUNT.search(masked)
    if not m or not has_any(masked, ("设置了", "设了", "有")):
        return None
    raw = m.group(1)
    return int(raw) if raw.isdigit() else cn_to_int(raw)


def project_facts(text: str) -> dict:
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


def deadline_of(masked: str) -> tuple[str, str] | None:
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
    # «要求2025年10月底前完成» names the deadline as written: the same date; «…之前的都算» or
    # «不晚于» asks for any earlier one too.
    earlier = has_any(masked, ("不晚于", "或更早", "早于", "之前的都", "以前的都"))
    comparator = "<=" if earlier else "="
    return comparator, f"{year:04d}-{month:02d}-{day:02d}"


def is_yes_no(text: str) -> bool:
    return has_any(text, lx.YES_NO) or text.rstrip("？? 。").endswith("吗")


def is_negated(text: str) -> bool:
    for word in lx.YES_NO:  # «有没有…» asks whether, it does not negate
        text = text.replace(word, " ")
    return has_any(text, lx.NEGATIONS)


def is_money(t: Threshold, masked: str) -> bool:
    """A threshold on money: a money unit, or a bare number/«万» right after a money word."""
    if t.unit in MONEY_UNITS:
        return True
    if t.unit not in (None, "万", "亿"):
        return False
    before = masked[max(0, t.start - 8):t.start]
    return has_any(before, ("预算", "资金", "经费", "金额", "总额", "拨款", "钱"))


def asks_consistency(text: str) -> bool:
    """«成本指标和预算数是一致的» asks for the projects a check does NOT flag."""
    return bool(re.search(r"(?<![不没未])(一致|相符|吻合)", text)) and "吗" not in text


def issue_rule_of(text: str) -> str | None:
    for words, rule in lx.ISSUE_RULES:
        if all(w in text for w in words):
            return rule
    return None

