"""Parse 指标值 cells, header money cells and spending-plan percents into exact Decimal values."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from ingest.records import Value

# Full-width and look-alike characters seen in exported tables, mapped one-to-one so that
# match positions in the normalised text are positions in the raw text too.
_WIDTH = str.maketrans(
    "０１２３４５６７８９．％＞＜＝／，≧≦⩾⩽\u3000\xa0",
    "0123456789.%><=/,≥≤≥≤  ",
)

_CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
               "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CJK_SMALL = {"十": 10, "百": 100, "千": 1000}

_COMPARATOR_WORDS = {
    ">=": ("大于或等于", "大于等于", "不低于", "不少于", "不小于", "不下于", "至少", "最少",
           "最低", "达到", "达"),
    "<=": ("小于或等于", "小于等于", "不超过", "不高于", "不多于", "不大于", "不超出", "最多",
           "至多", "最高", "控制在"),
    "<": ("低于", "小于", "少于", "不足", "未满", "不到"),
    ">": ("高于", "大于", "超过", "多于", "超出"),
    "=": ("等于", "为", "是"),
}
_COMPARATOR_SIGNS = {">=": ">=", "=>": ">=", "≥": ">=", "<=": "<=", "=<": "<=", "≤": "<=",
                     ">": ">", "<": "<", "=": "="}
_COMPARATORS = {word: op for op, words in _COMPARATOR_WORDS.items() for word in words}
_COMPARATORS.update(_COMPARATOR_SIGNS)

# Units a count can carry after 万/亿 (2.5万人, 3万户); 万 or 亿 alone is a bare multiplier.
_SCALABLE = ("人次", "人", "名", "户", "家", "个", "件", "平方米", "亩", "吨", "册", "辆")
# Units that may follow a Chinese numeral. Left out on purpose: 起 (一起 "together"),
# 分 (十分 "very"), 日, 米, 条/种/类 (一条龙, 一种…), bare 万/亿 (十万学子).
_CJK_UNITS = ("人次", "人", "名", "户", "家", "个", "次", "件", "所", "项", "场", "期", "批",
              "套", "台", "座", "份", "辆", "册", "天", "个工作日", "工作日", "小时", "个月",
              "周", "年", "周岁", "岁", "平方米", "亩", "吨", "个百分点", "百分点")
_UNITS = _CJK_UNITS + ("%", "‰", "起", "条", "篇", "处", "类", "种", "间", "张", "日",
                       "分钟", "分", "米", "公里", "千米", "万", "亿")
_PER = ("人次", "人", "户", "月", "年", "次", "天", "日", "亩", "个", "平方米", "吨", "小时",
        "件", "项", "家", "季度", "周")

_BASE = {"名": "人", "日": "天", "个月": "月", "周岁": "岁", "个百分点": "百分点",
         "个工作日": "工作日", "公里": "米", "千米": "米"}
_FACTOR = {"公里": Decimal(1000), "千米": Decimal(1000)}
_PREFIXES = (("百万", Decimal(10) ** 6), ("千万", Decimal(10) ** 7), ("亿", Decimal(10) ** 8),
             ("万", Decimal(10) ** 4), ("千", Decimal(1000)))
_TIME_UNITS = {"天", "日", "个工作日", "工作日", "小时", "分钟", "个月", "周", "年"}


# Words that also end or start other words: 下达/到达, 作为/成为/因为, 三分之一/5分钟.
_GUARDS = {"达": "(?<![下到通表送传抵])达", "为": "(?<![作成认因以行称])为", "分": "分(?![之钟])"}


def _alternation(items) -> str:
    """Regex alternation, longest first, so 个百分点 wins over 个 and 不低于 over 低于."""
    ordered = sorted(set(items), key=lambda item: (-len(item), item))
    return "|".join(_GUARDS.get(item, re.escape(item)) for item in ordered)


def _unit_pattern(simple) -> str:
    """Units as written: 元 with an optional 万/亿/千 prefix, counts, and /人/月 denominators."""
    scaled = [p + u for p in ("万", "亿") for u in _SCALABLE]
    return (rf"(?:(?:(?:百万|千万|亿|万|千)?元|{_alternation(list(simple) + scaled)})"
            rf"(?:/(?:{_alternation(_PER)}))*)(?![性级])")


_CJK_NUM = ("[一二两三四五六七八九十〇零](?:[零〇一二两三四五六七八九十百千万亿]*"
            "[零〇一二两三四五六七八九十百千])?(?:点[零〇一二两三四五六七八九]+)?")
_YEAR = r"(?:19|20)\d{2}\s*年"  # 2025年 is a date, never a duration of 2025 years
# The fraction must not be a year: in the heading «2.2025年创业贷款…» 2. is an item number.
_ARABIC = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.(?!{_YEAR})\d+)?"

_DATE = r"""
    (?P<dpre>截至|截止到?|不晚于|不迟于|最迟于?|<=|≤)?\s*
    (?:
        (?<!\d)(?P<year>(?:19|20)\d{2})\s*年度?\s*
        (?:(?P<month>\d{1,2})\s*月份?\s*(?:(?P<day>\d{1,2})\s*[日号])?(?P<mend>底|末)?
           |(?P<yend>底|末))?
      | (?<![\d.])(?P<month2>\d{1,2})\s*月份?\s*(?:(?P<day2>\d{1,2})\s*[日号])?(?P<mend2>底|末)?
      | (?P<yend2>年底|年末)(?=之前|以前|前)
    )
    (?P<before>之前|以前|前)?
"""
_QUANTITY = rf"""
    (?P<cmp>{_alternation(_COMPARATORS)})?\s*
    (?:
        (?P<pct>百分之|百分)(?P<pctnum>{_ARABIC}|{_CJK_NUM}|百)
      | (?<![\dA-Za-z.第])(?!{_YEAR})(?P<num>{_ARABIC})(?!\d)\s*(?P<unit>{_unit_pattern(_UNITS)})?
      | (?<![第零〇一二两三四五六七八九十百千万亿])(?P<cjk>{_CJK_NUM})
        (?P<cjkunit>{_unit_pattern(_CJK_UNITS)})
    )
    (?P<suffix>[及或]?以上|[及或]?以下|以内|之内|内)?
"""
_SCAN = re.compile(rf"(?P<date>{_DATE})|(?P<qty>{_QUANTITY})", re.X)
_BARE_NUMBER = re.compile(rf"(?P<cmp>{_alternation(_COMPARATORS)})?\s*(?P<num>{_ARABIC})")
_MONEY = re.compile(rf"(?P<num>{_ARABIC})\s*(?P<unit>(?:亿|万|千)?元)?")
_PERCENT = re.compile(rf"(?P<num>{_ARABIC})\s*%?")
_PLACEHOLDERS = {"", "-", "--", "—", "——", "/", "无", "空"}


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
        if rest == "元" or (rest in _SCALABLE and prefix in ("万", "亿")):
            base, inner = base_unit_of(rest)
            return base, factor * inner
    return _BASE.get(unit, unit), _FACTOR.get(unit, Decimal(1))


def parse_value(raw: str, *, year: int | None = None) -> Value:
    """Parse one 指标值 cell (qualitative cells keep only raw); `year` fills dates without one."""
    text = raw.translate(_WIDTH).strip()
    bare = _BARE_NUMBER.fullmatch(text)
    if bare:  # a cell that is only a number: its unit is in the indicator name
        number = _decimal(bare["num"])
        return Value(raw=raw, comparator=_COMPARATORS.get(bare["cmp"] or ""), number=number,
                     normalized=_tidy(number))
    for match in _SCAN.finditer(text):
        found = _to_value(match, text, year, in_cell=True)
        if found is not None:
            return replace(found, raw=raw)
    return Value(raw=raw)


def parse_quantity(text: str, *, year: int | None = None) -> Value | None:
    """The first comparator + number + unit (or deadline) in running text; raw is that span."""
    found = find_quantities(text, year=year)
    return found[0] if found else None


def find_quantities(text: str, *, year: int | None = None) -> list[Value]:
    """Every number with a unit (or a comparator) and every resolvable deadline in a text."""
    values = []
    for match in _SCAN.finditer(text.translate(_WIDTH)):
        found = _to_value(match, text, year, in_cell=False)
        if found is not None:
            values.append(found)
    return values


def parse_money(cell: str, *, unit: str = "万元") -> Decimal | None:
    """A header amount ("150.00", "1,468.80", "500万元") in `unit`; None for a blank cell."""
    text = cell.translate(_WIDTH).strip().replace(" ", "")
    if text in _PLACEHOLDERS:
        return None
    match = _MONEY.fullmatch(text)
    if not match:
        raise ValueError(f"not an amount of money: {cell!r} (expected e.g. 150.00 or 500万元)")
    number = _decimal(match["num"])
    if match["unit"] is None or match["unit"] == unit:
        return number
    _, written = base_unit_of(match["unit"])
    _, wanted = base_unit_of(unit)
    return _tidy(number * written / wanted)


def parse_percent(cell: str) -> Decimal | None:
    """A spending-plan cell ("25%", "100％", "25") in percent points, as written; None if blank."""
    text = cell.translate(_WIDTH).strip().replace(" ", "")
    if text in _PLACEHOLDERS:
        return None
    match = _PERCENT.fullmatch(text)
    if not match:
        raise ValueError(f"not a percentage: {cell!r} (expected e.g. 25% or 100)")
    return _decimal(match["num"])


def _to_value(match: re.Match, source: str, year: int | None, in_cell: bool) -> Value | None:
    """One scanner match as a Value whose raw is the span of `source` it covers; None skips it."""
    if match["date"] is not None:
        return _deadline(match, source, year, in_cell)
    comparator = _COMPARATORS.get(match["cmp"] or "")
    end = match.end()
    if match["pct"]:
        number, unit = _number(match["pctnum"]), "%"
    elif match["num"]:
        number, unit = _decimal(match["num"]), match["unit"]
    else:
        number, unit = _cjk_number(match["cjk"]), match["cjkunit"]
    suffix = match["suffix"]
    if suffix == "内" and unit not in _TIME_UNITS:
        suffix, end = None, end - 1  # 3天内 is a limit, 33人内容 is not
    if comparator is None and suffix:
        comparator = ">=" if suffix.endswith("以上") else "<="
    if unit is None and comparator is None:
        return None  # a bare number in prose: a code, an item number, the 5 of 5+N
    base, factor = base_unit_of(unit)
    return Value(raw=source[match.start():end].strip(), comparator=comparator, number=number,
                 unit=unit, normalized=_tidy(number * factor), base_unit=base)


def _deadline(match: re.Match, source: str, year: int | None, in_cell: bool) -> Value | None:
    """A date; 前/底 mean "by the end of" the month, day or year stated (10月前 → 10月31日)."""
    marked = any(match[g] for g in ("dpre", "before", "mend", "mend2", "yend", "yend2"))
    month = match["month"] or match["month2"]
    when = _calendar_date(int(match["year"]) if match["year"] else year, month,
                          match["day"] or match["day2"])
    raw = source[match.start():match.end()].strip()
    if when is False:
        return None
    if marked and (when or in_cell):
        return Value(raw=raw, comparator="<=", deadline=when)
    # Unmarked dates count only as a whole cell's value: 2025年工作计划 is a label.
    if in_cell and when and (month or raw == source.strip()):
        return Value(raw=raw, deadline=when)
    return None


def _calendar_date(year: int | None, month: str | None, day: str | None):
    """The last day covered by year/month/day; None without a year, False when impossible."""
    m = int(month) if month else 12
    if not 1 <= m <= 12:
        return False
    longest = calendar.monthrange(2000, m)[1]  # a leap year: 2月29日 may be valid
    if day and not 1 <= int(day) <= longest:
        return False
    if year is None:
        return None
    last = calendar.monthrange(year, m)[1]
    d = int(day) if day else last
    return date(year, m, d) if d <= last else False


def _number(text: str) -> Decimal:
    if text == "百":
        return Decimal(100)
    return _cjk_number(text) if text[0] in _CJK_DIGITS or text[0] == "十" else _decimal(text)


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _cjk_number(text: str) -> Decimal:
    """九十 → 90, 一万五千 → 15000, 十六 → 16, 二〇二五 → 2025, 九十五点五 → 95.5."""
    whole, _, fraction = text.partition("点")
    if all(ch in _CJK_DIGITS for ch in whole):
        value = int("".join(str(_CJK_DIGITS[ch]) for ch in whole))
    else:
        yi = wan = section = digit = 0
        for ch in whole:
            if ch in _CJK_DIGITS:
                digit = _CJK_DIGITS[ch]
            elif ch in _CJK_SMALL:
                section += (digit or 1) * _CJK_SMALL[ch]
                digit = 0
            elif ch == "万":
                wan, section, digit = (section + digit) * 10**4, 0, 0
            elif ch == "亿":
                yi, wan, section, digit = (wan + section + digit) * 10**8, 0, 0, 0
        value = yi + wan + section + digit
    if fraction:
        return Decimal(f"{value}.{''.join(str(_CJK_DIGITS[ch]) for ch in fraction)}")
    return Decimal(value)


def _tidy(number: Decimal) -> Decimal:
    """Drop a zero fraction the multiplication left (25000.0 → 25000); keep exact otherwise."""
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


# Words in an indicator's name that tell what a bare «万» counts («≥2.5万» 代缴人数 → 人).
_CONTEXT_UNITS = (("人次", "人次"), ("人数", "人"), ("人员", "人"), ("户数", "户"), ("户", "户"),
                  ("金额", "元"), ("资金", "元"), ("元", "元"))


def with_context_unit(value: Value, context: str) -> Value:
    """Give a bare «万»/«亿» value the base unit its indicator name implies, else keep it."""
    if value.base_unit is not None or value.unit not in ("万", "亿") or value.normalized is None:
        return value
    for word, base in _CONTEXT_UNITS:
        if word in context:
            return replace(value, base_unit=base)
    return value
