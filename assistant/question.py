"""Read the pieces of a question: thresholds, periods, categories, fields, references, scope."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from assistant import lexicon as lx
from assistant.answer import plain_number

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUM = "[零〇一二两三四五六七八九十百千]+"
# Units a question may put after a number, longest first.
_UNITS = ["元/人/月", "元/人/年", "元/人", "万元", "亿元", "千元", "万人", "万户", "万亩", "人次",
          "个百分点", "%", "元", "人", "万", "亿", "个", "次", "起", "户", "亩", "家", "名", "项", "所",
          "天", "日", "小时", "件", "岁"]
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS)
_QUANTITY = re.compile(
    rf"(?P<pct>百分之(?P<pctnum>{_CN_NUM}|\d+(?:\.\d+)?))"
    rf"|(?P<num>\d+(?:\.\d+)?|{_CN_NUM})\s*(?P<unit>{_UNIT_RE})?"
)
# Digits that belong to dates, years, periods or document numbers, not to thresholds.
_NOT_QUANTITY_AFTER = re.compile(r"^\s*(年|月|日|号|季度|届|〕|】|\]|）|\))")
_QUOTED = re.compile(r"[“\"「『‘']([^”\"」』’']{1,60})[”\"」』’']")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def cn_to_int(text: str) -> int | None:
    """Chinese numerals up to 千: 九十 → 90, 三百五 → 350, 十六 → 16."""
    if not text or any(c not in _CN_DIGITS and c not in _CN_UNITS for c in text):
        return None
    total, digit = 0, None
    for c in text:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[c]
            digit = None
    if digit is not None:
        total += digit
    return total


@dataclass(frozen=True)
class Threshold:
    """A comparison the question asks for, e.g. «90%及以上» → >= 90 %."""

    comparator: str  # >= <= > < = between
    number: Decimal
    unit: str | None
    upper: Decimal | None = None  # for between
    explicit: bool = True  # a comparison word was present
    start: int = 0
    literal: bool = False  # «定的是≥98%»: the target as written, sign and number
    chinese: bool = False  # written in Chinese numerals («两件大事»): a count in prose, mostly

    def describe(self) -> str:
        unit = self.unit or ""
        if self.comparator == "between":
            return f"{self.number}～{self.upper}{unit}"
        word = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}[self.comparator]
        return f"{word}{plain_number(self.number)}{unit}"


def quantities(text: str, masked: str) -> list[Threshold]:
    """Every number-with-comparison in the question; `masked` hides codes and document numbers."""
    out: list[Threshold] = []
    big = re.search(r"(上|过)(亿|千万|百万)", masked)
    if big:  # «预算上亿的项目»
        amount = {"亿": (1, "亿元"), "千万": (1000, "万元"), "百万": (100, "万元")}[big.group(2)]
        out.append(Threshold(">=", Decimal(amount[0]), amount[1], start=big.start()))
    half = re.search(r"(?:一半|过半|半数)", masked)
    if half:  # «花掉一半以上» is 50 %
        before = masked[max(0, half.start() - 6):half.start()]
        after = masked[half.end():half.end() + 4]
        comparator, explicit = _comparator(before, after)
        out.append(Threshold(comparator if explicit else ">=", Decimal(50), "%", start=half.start()))
    for m in _QUANTITY.finditer(masked):
        if m.group("pct"):
            raw = m.group("pctnum")
            number = Decimal(raw) if raw[0].isdigit() else Decimal(cn_to_int(raw) or 0)
            unit = "%"
        else:
            raw, unit = m.group("num"), m.group("unit")
            if _NOT_QUANTITY_AFTER.match(masked[m.end("num"):]) and unit is None:
                continue
            if not raw[0].isdigit():
                value = cn_to_int(raw)
                # a lone 一 or 十 in running text («一县一特») is not a threshold
                if value is None or (unit is None and len(raw) < 2):
                    continue
                number = Decimal(value)
            else:
                number = Decimal(raw)
            if unit == "个百分点":
                unit = "%"
        before = masked[max(0, m.start() - 6):m.start()]
        after = masked[m.end():m.end() + 4]
        comparator, explicit = _comparator(before, after)
        literal = bool(re.search(r"(是|为|定为|设为|写的是|写成)\s*[≥≤><]=?$", before))
        chinese = not raw[0].isdigit() and not m.group("pct")
        if chinese and not explicit:
            continue  # «两件大事», «四个机制», «四项工作机制»: names, not thresholds
        out.append(Threshold(comparator, number, unit, explicit=explicit, start=m.start(),
                             chinese=chinese, literal=literal))
    return _ranges(out, masked)


def _comparator(before: str, after: str) -> tuple[str, bool]:
    for word, comp in lx.COMPARATORS_AFTER:
        if after.startswith(word):
            return comp, True
    for word, comp in lx.COMPARATORS_BEFORE:
        if before.endswith(word) or before.rstrip("前后的 ").endswith(word):
            return comp, comp != "=" or word not in ("为", "是", "在")
    return "=", False


def _ranges(found: list[Threshold], masked: str) -> list[Threshold]:
    """Join «100到500万元(之间)» into one between-threshold."""
    out: list[Threshold] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            gap = masked[a.start:b.start]
            joined = any(w in gap[-3:] for w in lx.RANGE_WORDS[:6]) or (
                any(w in gap[-3:] for w in lx.RANGE_WORDS[6:])
                and ("介于" in masked or "之间" in masked))
            # «90%以上、预算又不到100万» is two conditions, not a range
            units_differ = (a.unit and b.unit and a.unit not in ("万", "亿") and b.unit not in ("万", "亿")
                            and base_of(a.unit) != base_of(b.unit))
            if b.explicit or units_differ:
                joined = False
            if joined and len(gap) <= 12:
                unit = b.unit or a.unit
                out.append(Threshold("between", min(a.number, b.number), unit,
                                     upper=max(a.number, b.number), start=a.start))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def base_of(unit: str) -> str:
    """万元 and 元 are one kind of unit, % another, 人 and 万人 a third."""
    for money in ("元",):
        if unit.endswith(money):
            return money
    return unit.removeprefix("万").removeprefix("亿") or unit


def quoted(text: str) -> list[str]:
    return [q.strip() for q in _QUOTED.findall(text) if q.strip()]


def find_period(text: str) -> int | None:
    """The spending-plan month a question names (3, 6, 10, 12), if any."""
    for word, month in lx.PERIODS:
        if word in text:
            return month
    return None


def find_level1(text: str) -> str | None:
    for word, level1 in lx.LEVEL1.items():
        if f"{word}指标" in text:
            return level1
    return None


def find_level2(text: str) -> str | None:
    """«经济效益指标», «生态效益方面的指标», «时效类指标», «质量目标»."""
    for word in sorted(lx.LEVEL2, key=len, reverse=True):
        if re.search(rf"{word}(类|方面|方面的|类的)?指标|{word}目标", text):
            return lx.LEVEL2[word]
    return None


def has_any(text: str, words: tuple[str, ...] | list[str]) -> bool:
    return any(w in text for w in words)


def strip_filler(text: str) -> str:
    for word in sorted(lx.FILLER, key=len, reverse=True):
        text = text.replace(word, " ")
    return re.sub(r"\s+", " ", text).strip()
