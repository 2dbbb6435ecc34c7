"""Quantities as the tables write them and officials ask about them: comparators, numerals
(Arabic and Chinese, fractions, 成, 万/亿), units and base units, money in 分, dates.

One module for the cell reader (ingest), the question readers (assistant) and the checks, so that
«不低于» or «九成» mean the same thing everywhere.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

# -- comparators ---------------------------------------------------------------------------

GE, LE, GT, LT, EQ, NE = ">=", "<=", ">", "<", "=", "!="
NEGATION = {GE: LT, LE: GT, GT: LE, LT: GE, EQ: NE, NE: EQ}
INCLUSIVE = {GT: GE, LT: LE}
SYMBOL = {GE: "≥", LE: "≤", GT: ">", LT: "<", EQ: "=", NE: "≠"}

SIGNS = {"≥": GE, ">=": GE, "=>": GE, "≧": GE, "⩾": GE, "≤": LE, "<=": LE, "=<": LE, "≦": LE,
         "⩽": LE, ">": GT, "<": LT, "=": EQ, "≠": NE, "!=": NE}

# Words written before a number. True: the word can be negated (不/未/没… + word), and the
# negation flips the comparator (不低于 = not < = ≥). "only-negated" words are comparators only
# with a negation in front (不到, 不足, 不满, 不及): «到», «足» alone are too common.
_BEFORE: dict[str, tuple[str, bool]] = {
    "大于": (GT, True), "高于": (GT, True), "多于": (GT, True), "超过": (GT, True),
    "超出": (GT, True), "超": (GT, True), "逾": (GT, False), "多过": (GT, False), "过": (GT, False),
    "不止": (GT, False), "不只": (GT, False), "高出": (GT, False), "多出": (GT, False), "达不到": (LT, False),
    "过了": (GT, False), "超过了": (GT, False), "超了": (GT, False), "达到了": (GE, False),
    "小于": (LT, True), "低于": (LT, True), "少于": (LT, True),
    "达到": (GE, True), "达": (GE, True), "至少": (GE, False), "最少": (GE, False),
    "最低": (GE, False), "起码": (GE, False), "不下于": (GE, False), "至少要到": (GE, False),
    "至少到": (GE, False), "最少到": (GE, False), "最多到": (LE, False), "至多到": (LE, False),
    "至多": (LE, False), "最多": (LE, False), "最高": (LE, False), "控制在": (LE, False),
    "顶多": (LE, False), "充其量": (LE, False), "撑死": (LE, False),
    "等于": (EQ, True), "恰好": (EQ, False), "正好": (EQ, False), "刚好": (EQ, False),
    "恰为": (EQ, False), "为": (EQ, True), "是": (EQ, True),
}
# «最多只定到85%», «至少也要达到90%»: a bound with the words people put between it and the number
for _head, _op in (("最多", LE), ("最高", LE), ("至多", LE), ("顶多", LE), ("至少", GE), ("最少", GE), ("最低", GE)):
    for _mid in ("", "只", "也就", "才", "也", "也要", "要"):
        for _verb in ("到", "定到", "定在", "定为", "设到", "设为", "达到", "为", "是"):
            _BEFORE.setdefault(_head + _mid + _verb, (_op, False))
_ONLY_NEGATED = {"到": GE, "足": GE, "满": GE, "及": GE, "够": GE}
NEGATIONS = ("还没有", "尚未", "并未", "并非", "并不", "不是", "还没", "还不", "没有", "不", "未", "没")
# 大于等于, 低于或等于: a strict word made inclusive.
_INCLUDING = ("等于", "或等于", "或者等于", "及等于")

# Words written after a number: «90%及以上», «10万元以内».
_AFTER: dict[str, str] = {
    "及以上": GE, "或以上": GE, "以上": GE, "之上": GE, "及更高": GE, "或更高": GE,
    "甚至更高": GE, "或更多": GE, "及更多": GE, "起": GE,
    "及以下": LE, "或以下": LE, "以下": LE, "之下": LE, "以内": LE, "之内": LE, "或更低": LE,
    "甚至更低": LE, "或更少": LE, "封顶": LE, "为限": LE,
}
# «90%以上（不含）» excludes the number; «（含）» keeps it.
_EXCLUDING_NOTE = re.compile(r"^[（(]\s*(不含|不包括)[^）)]{0,6}[）)]")
_INCLUDING_NOTE = re.compile(r"^[（(]\s*(含|包括)[^）)]{0,6}[）)]")


def _before_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for word, (op, negatable) in _BEFORE.items():
        table[word] = op
        if op in INCLUSIVE:
            for tail in _INCLUDING:
                table[word + tail] = INCLUSIVE[op]
            # «达到或超过一半», «等于或低于»: the equal case said first
            for head in ("等于或", "等于或者", "达到或", "达到或者") if op == GT else ("等于或", "等于或者"):
                table[head + word] = INCLUSIVE[op]
        if negatable:
            for neg in NEGATIONS:
                table[neg + word] = NEGATION[op]
    for word, op in _ONLY_NEGATED.items():
        for neg in NEGATIONS:
            table[neg + word] = NEGATION[op]
    table.update(SIGNS)
    return table


BEFORE_WORDS: dict[str, str] = _before_table()
AFTER_WORDS: dict[str, str] = dict(_AFTER)
# Longest first, so 不低于 wins over 低于 and 大于或等于 over 大于 by construction.
_BEFORE_ORDER = sorted(BEFORE_WORDS, key=len, reverse=True)
_AFTER_ORDER = sorted(AFTER_WORDS, key=len, reverse=True)


def comparator_before(text: str) -> tuple[str, str] | None:
    """The comparator word `text` ends with (the words before a number): (op, word)."""
    for word in _BEFORE_ORDER:
        if text.endswith(word):
            return BEFORE_WORDS[word], word
    return None


def comparator_after(text: str) -> tuple[str, str] | None:
    """The comparator word `text` starts with (the words after a number), with «（不含）»
    turning an inclusive word strict: (op, words consumed)."""
    for word in _AFTER_ORDER:
        if text.startswith(word):
            op, rest = AFTER_WORDS[word], text[len(word):]
            note = _EXCLUDING_NOTE.match(rest) or _INCLUDING_NOTE.match(rest)
            if note:
                strict = note.re is _EXCLUDING_NOTE
                op = {GE: GT, LE: LT}.get(op, op) if strict else op
                word += note.group(0)
            return op, word
    return None


def comparator_pattern() -> str:
    """A regex alternation of every before-word, longest first (for the cell scanner)."""
    return "|".join(_GUARDED.get(w, re.escape(w)) for w in _BEFORE_ORDER)


# Words that also end or start other words: 下达/到达, 作为/成为/因为, 三分之一/5分钟.
_GUARDED = {"达": "(?<![下到通表送传抵])达", "为": "(?<![作成认因以行称])为", "分": "分(?![之钟])",
            "过": "(?<![通经超度难错不越跨路])过"}


def holds(value: Decimal, op: str, target: Decimal, upper: Decimal | None = None) -> bool:
    """Does `value op target` hold («between» when `upper` is given, both ends included)?"""
    if upper is not None:
        return target <= value <= upper
    return {GE: value >= target, LE: value <= target, GT: value > target, LT: value < target,
            EQ: value == target, NE: value != target}[op]


# -- numerals ------------------------------------------------------------------------------

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_NUMBER = ("[一二两三四五六七八九十〇零](?:[零〇一二两三四五六七八九十百千万亿]*"
             "[零〇一二两三四五六七八九十百千])?(?:点[零〇一二两三四五六七八九]+)?")
_YEAR = r"(?:19|20)\d{2}\s*年"  # 2025年 is a date, never 2025 years
# Digits with thousands separators or a fraction; the fraction must not be a year (in the heading
# «2.2025年创业贷款…» 2. is an item number). At most 15 digits: a longer run is not an amount.
ARABIC = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,6}})?|\d{{1,15}}(?:\.(?!{_YEAR})\d{{1,6}})?"


def cjk_number(text: str) -> Decimal:
    """九十 → 90, 一万五千 → 15000, 十六 → 16, 二〇二五 → 2025, 九十五点五 → 95.5."""
    whole, _, fraction = text.partition("点")
    if whole and all(ch in CN_DIGITS for ch in whole):
        value = int("".join(str(CN_DIGITS[ch]) for ch in whole))
    else:
        yi = wan = section = digit = 0
        for ch in whole:
            if ch in CN_DIGITS:
                digit = CN_DIGITS[ch]
            elif ch in _CN_SMALL:
                section += (digit or 1) * _CN_SMALL[ch]
                digit = 0
            elif ch == "万":
                wan, section, digit = (section + digit) * 10**4, 0, 0
            elif ch == "亿":
                yi, wan, section, digit = (wan + section + digit) * 10**8, 0, 0, 0
        value = yi + wan + section + digit
    if fraction:
        return Decimal(f"{value}.{''.join(str(CN_DIGITS[ch]) for ch in fraction)}")
    return Decimal(value)


def number(text: str) -> Decimal:
    """An Arabic («1,468.8», «-100») or Chinese («九十», «百») numeral as a Decimal."""
    text = text.strip().replace("−", "-")
    if text in ("百", "十"):
        return Decimal(100 if text == "百" else 10)
    if text[0] in CN_DIGITS or text[0] in _CN_SMALL:
        return cjk_number(text)
    return Decimal(text.replace(",", ""))


def tidy(value: Decimal) -> Decimal:
    """Drop a zero fraction an operation left (25000.0 → 25000); keep exact otherwise."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


# -- units ---------------------------------------------------------------------------------

# Units a count can carry after 万/亿 (2.5万人, 3万户); 万 or 亿 alone is a bare multiplier.
SCALABLE = ("人次", "人", "名", "户", "家", "个", "件", "平方米", "亩", "吨", "册", "辆", "头", "只", "页", "株", "棵")
# Units that may follow a Chinese numeral. Left out on purpose: 起 (一起 "together"),
# 分 (十分 "very"), 日, 米, 条/种/类 (一条龙, 一种…), bare 万/亿 (十万学子).
CJK_UNITS = ("人次", "人", "名", "户次", "户", "家次", "家", "个", "次", "件", "所", "项", "场", "期", "批",
             "台件", "台套", "台次", "套", "台", "座", "份", "辆", "册", "天", "个工作日", "工作日", "小时", "个月",
             "周", "年", "周岁", "岁", "平方米", "亩", "吨", "个百分点", "百分点", "头", "只")
UNITS = CJK_UNITS + ("%", "‰", "起", "条", "篇", "处", "类", "种", "间", "张", "日", "页", "卷", "株", "棵", "盏",
                     "宗", "栋", "幢",
                     "分钟", "分", "米", "公里", "千米", "平方公里", "平方千米", "立方米", "万", "亿")
PER_UNITS = ("人次", "人", "户", "月", "年", "次", "天", "日", "亩", "个", "平方米", "吨", "小时",
             "件", "项", "家", "季度", "周", "场", "处", "所", "座", "套", "台", "辆", "名", "批", "期",
             "公里", "千米", "米", "平方公里", "立方米", "村", "间", "张", "份", "册", "本", "头", "只", "篇")
MONEY_UNITS = ("元", "千元", "万元", "百万元", "千万元", "亿元")
TIME_UNITS = frozenset({"天", "日", "个工作日", "工作日", "小时", "分钟", "个月", "周", "年"})

_BASE = {"名": "人", "日": "天", "个月": "月", "周岁": "岁", "个百分点": "百分点",
         "个工作日": "工作日", "公里": "米", "千米": "米"}
_FACTOR = {"公里": Decimal(1000), "千米": Decimal(1000)}
_PREFIXES = (("百万", Decimal(10) ** 6), ("千万", Decimal(10) ** 7), ("亿", Decimal(10) ** 8),
             ("万", Decimal(10) ** 4), ("千", Decimal(1000)))


def base_unit_of(unit: str | None) -> tuple[str | None, Decimal]:
    """Base unit and factor for a unit as written: 万人 → (人, 10000), 万 → (None, 10000)."""
    if unit is None:
        return None, Decimal(1)
    if "/" in unit:
        head, tail = unit.split("/", 1)
        base, factor = base_unit_of(head)
        return (f"{base}/{tail}" if base else None), factor
    for prefix, factor in _PREFIXES:
        if not unit.startswith(prefix):
            continue
        rest = unit[len(prefix):]
        if rest == "" and prefix in ("万", "亿"):
            return None, factor
        # 万/亿 scale any count a cell writes (5万条, 36万立方米); 千/百万/千万 only money
        if rest == "元" or prefix in ("万", "亿"):
            base, inner = base_unit_of(rest)
            return base, factor * inner
    return _BASE.get(unit, unit), _FACTOR.get(unit, Decimal(1))


def unit_pattern(simple) -> str:
    """Units as written: 元 with an optional 万/亿/千 prefix, counts, and /人/月 denominators."""
    scaled = [p + u for p in ("万", "亿") for u in SCALABLE]
    return (rf"(?:(?:(?:百万|千万|亿|万|千)?元|{alternation(list(simple) + scaled)})"
            rf"(?:/(?:{alternation(PER_UNITS)}))*)(?![性级])")


def alternation(items) -> str:
    """Regex alternation, longest first, so 个百分点 wins over 个."""
    ordered = sorted(set(items), key=lambda item: (-len(item), item))
    return "|".join(_GUARDED.get(item, re.escape(item)) for item in ordered)


# -- money ---------------------------------------------------------------------------------

# Factor from a money unit to 分, so sums over integers stay exact.
FEN_PER_UNIT = {"元": 100, "千元": 100_000, "万元": 1_000_000, "百万元": 100_000_000,
                "千万元": 1_000_000_000, "亿元": 10_000_000_000}


def to_fen(amount: Decimal | None, unit: str) -> int | None:
    """An amount in a money unit as integer 分 (None stays None); an unknown unit is an error."""
    if amount is None:
        return None
    if unit not in FEN_PER_UNIT:
        raise ValueError(f"not a money unit: {unit!r}")
    return int((amount * FEN_PER_UNIT[unit]).to_integral_value())


def from_fen(fen: int | None, unit: str) -> Decimal | None:
    """Integer 分 as an amount in a money unit."""
    if fen is None:
        return None
    if unit not in FEN_PER_UNIT:
        raise ValueError(f"not a money unit: {unit!r}")
    return (Decimal(fen) / FEN_PER_UNIT[unit]).normalize()


# -- dates ---------------------------------------------------------------------------------

def calendar_date(year: int | None, month: int | None, day: int | None) -> date | None | bool:
    """The last day covered by year/month/day (10月 → 10月31日, 2025年 → 12月31日); None
    without a year, False when no such day exists."""
    m = month or 12
    if not 1 <= m <= 12:
        return False
    longest = calendar.monthrange(2000, m)[1]  # a leap year: 2月29日 may be valid
    if day and not 1 <= day <= longest:
        return False
    if year is None:
        return None
    last = calendar.monthrange(year, m)[1]
    d = day or last
    return date(year, m, d) if d <= last else False


# -- amounts in questions ------------------------------------------------------------------

@dataclass(frozen=True)
class Amount:
    """A number as a question writes it, with its unit (None: bare) and where it stands."""

    value: Decimal
    unit: str | None
    start: int
    end: int
    written: str
    fraction: bool = False  # 三分之一, 九成, 一半: a share of something, as a percent
    implied: str | None = None  # the comparison the words themselves make: 过亿 >, 上亿 ≥, 过半 >

    def base(self) -> tuple[str | None, Decimal]:
        return base_unit_of(self.unit)


_Q_UNITS = ("元/人/月", "元/人/年", "元/人", "元/户", "万元", "亿元", "千元", "百万元", "千万元",
            "万人次", "万人", "万户", "万亩", "人次", "个百分点", "百分点", "%", "‰", "元", "人",
            "万", "亿", "个", "次", "起", "户", "亩", "家", "名", "项", "所", "天", "日", "小时",
            "件", "岁", "条", "场", "期", "批", "份", "年", "个月", "月",
            "元/亩", "元/场", "元/吨", "元/次", "元/平方米", "万元/公里", "元/户/月",
            "万吨", "吨", "万页", "页", "公里", "千米", "平方公里", "平方米", "立方米", "座", "处", "村",
            "台件", "台套", "台次", "台",
            "套", "辆", "张", "册", "株", "棵", "间", "栋")
_Q_UNIT = alternation(_Q_UNITS)
# The special forms first: 百分之九十, 三分之一, 九成(五), 一半, then numerals with a unit.
_AMOUNT = re.compile(
    rf"(?P<pct>百分之(?P<pctnum>{CN_NUMBER}|{ARABIC}|百))"
    rf"|(?P<frac>(?P<den>{CN_NUMBER}|\d{{1,3}})分之(?P<num>{CN_NUMBER}|\d{{1,3}}))"
    rf"|(?P<cheng>(?P<tenths>[一二两三四五六七八九十]|\d)成(?P<half>半|[一二三四五六七八九])?)"
    rf"|(?P<half2>一半|半数|过半|多半)"
    rf"|(?P<big>(?P<bigverb>过|上|超|破|逾)(?P<bigunit>亿|千万|百万))"
    rf"|(?P<digits>(?<![\d.A-Za-z])(?:[-−](?=\d))?(?:{ARABIC}))(?![\d.]|[eE][-+]?\d)\s*(?P<unit>{_Q_UNIT})?"
    rf"|(?P<cjk>(?<![零〇一二两三四五六七八九十百千万亿]){CN_NUMBER})(?P<cjkunit>{_Q_UNIT})?"
)
_BIG = {"亿": (Decimal(1), "亿元"), "千万": (Decimal(1000), "万元"), "百万": (Decimal(100), "万元")}
# Digits that belong to dates, periods or ordinals: 2025年, 6月底, 第3, 3季度.
_DATE_AFTER = re.compile(r"^\s*(年|月|日|号|季度|届|周年|〕|】|\]|）|\))")


def find_amounts(text: str) -> list[Amount]:
    """Every amount a question states, in order. Dates, ordinals and document numbers are not
    amounts (mask document numbers before calling)."""
    out: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        start, end = m.start(), m.end()
        if m["pct"]:
            out.append(Amount(number(m["pctnum"]), "%", start, end, m[0]))
        elif m["frac"]:
            den, num = number(m["den"]), number(m["num"])
            if den:
                out.append(Amount(num * 100 / den, "%", start, end, m[0], fraction=True))
        elif m["cheng"]:
            tenths = number(m["tenths"])
            extra = Decimal(5) if m["half"] == "半" else (number(m["half"]) if m["half"] else 0)
            out.append(Amount(tenths * 10 + extra, "%", start, end, m[0], fraction=True))
        elif m["half2"]:
            implied = GT if m[0] in ("过半", "多半") else None
            out.append(Amount(Decimal(50), "%", start, end, m[0], fraction=True, implied=implied))
        elif m["big"]:
            value, unit = _BIG[m["bigunit"]]
            implied = GE if m["bigverb"] == "上" else GT
            out.append(Amount(value, unit, start, end, m[0], implied=implied))
        elif m["digits"]:
            if m["unit"] is None and _DATE_AFTER.match(text[m.end("digits"):]):
                continue
            if text[max(0, start - 1):start] == "第":
                continue
            value = number(m["digits"])
            if m["unit"] == "年" and value == value.to_integral_value() and 1900 <= value <= 2099:
                continue  # 2025年 is a date, not 2025 years
            out.append(Amount(value, m["unit"], start, end, m[0].strip()))
        elif m["cjk"]:
            if m["cjkunit"] is None and (len(m["cjk"]) < 2 or _DATE_AFTER.match(text[m.end():])):
                continue  # a lone 一 in running text («一县一特») is not an amount
            if text[max(0, start - 1):start] == "第" or (m["cjkunit"] or "").startswith(("年", "月")):
                continue
            out.append(Amount(cjk_number(m["cjk"]), m["cjkunit"], start, end, m[0]))
    return out
