"""Parse 指标值 cells, header money cells and spending-plan percents into exact Decimal values."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ingest import quantity as q
from ingest.quantity import base_unit_of, tidy as _tidy
from ingest.records import Value

__all__ = ["base_unit_of", "find_quantities", "parse_money", "parse_percent", "parse_quantity",
           "parse_value", "with_context_unit"]

# Full-width and look-alike characters seen in exported tables, mapped one-to-one so that
# match positions in the normalised text are positions in the raw text too.
_WIDTH = str.maketrans(
    "０１２３４５６７８９．％＞＜＝／，≧≦⩾⩽\u3000\xa0",
    "0123456789.%><=/,≥≤≥≤  ",
)

_CJK_NUM = q.CN_NUMBER
_YEAR = r"(?:19|20)\d{2}\s*年"  # 2025年 is a date, never a duration of 2025 years
_ARABIC = q.ARABIC
_CMP = q.comparator_pattern()
# Words after a number (以上, 以内 …), and «内» for time limits (3天内).
_SUFFIX = q.alternation(list(q.AFTER_WORDS) + ["内"])

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
    (?P<cmp>{_CMP})?\s*
    (?:
        (?P<pct>百分之|百分)(?P<pctnum>{_ARABIC}|{_CJK_NUM}|百)
      | (?<![\dA-Za-z.第])(?!{_YEAR})(?P<num>{_ARABIC})(?!\d)\s*(?P<unit>{q.unit_pattern(q.UNITS)})?
      | (?<![第零〇一二两三四五六七八九十百千万亿])(?P<cjk>{_CJK_NUM})
        (?P<cjkunit>{q.unit_pattern(q.CJK_UNITS)})
    )
    (?P<suffix>{_SUFFIX})?
"""
_SCAN = re.compile(rf"(?P<date>{_DATE})|(?P<qty>{_QUANTITY})", re.X)
_BARE_NUMBER = re.compile(rf"(?P<cmp>{_CMP})?\s*(?P<num>{_ARABIC})")
_MONEY = re.compile(rf"(?P<num>{_ARABIC})\s*(?P<unit>(?:亿|万|千)?元)?")
_PERCENT = re.compile(rf"(?P<num>{_ARABIC})\s*%?")
_PLACEHOLDERS = {"", "-", "--", "—", "——", "/", "无", "空"}


def parse_value(raw: str, *, year: int | None = None) -> Value:
    """Parse one 指标值 cell (qualitative cells keep only raw); `year` fills dates without one."""
    text = raw.translate(_WIDTH).strip()
    bare = _BARE_NUMBER.fullmatch(text)
    if bare:  # a cell that is only a number: its unit is in the indicator name
        number = _decimal(bare["num"])
        return Value(raw=raw, comparator=q.BEFORE_WORDS.get(bare["cmp"] or ""), number=number,
                     normalized=_tidy(number))
    for match in _SCAN.finditer(text):
        found = _to_value(match, text, year, in_cell=True)
        if found is not None:
            return _per_written_before(replace(found, raw=raw), text[:match.start()])
    return Value(raw=raw)


# «每人每月不低于700元»: the amount is per person and month, said before it (as «≥123元/人/月»
# says it after)
_PER_BEFORE = re.compile(r"每(人|户|亩|月|年|次|场|天|日|公里|平方公里|平方米|立方米|吨|处|所|村|名|位|页|张|件|套|台|辆|座|间|株|棵)")


def _per_written_before(value: Value, before: str) -> Value:
    pers = _PER_BEFORE.findall(before)
    if not pers or not value.unit or "/" in value.unit or value.deadline is not None or value.unit == "%":
        return value
    unit = "/".join([value.unit, *pers])
    base, factor = base_unit_of(unit)
    return replace(value, unit=unit, base_unit=base, normalized=_tidy(value.number * factor))


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
    comparator = q.BEFORE_WORDS.get(match["cmp"] or "")
    end = match.end()
    if match["pct"]:
        number, unit = _number(match["pctnum"]), "%"
    elif match["num"]:
        number, unit = _decimal(match["num"]), match["unit"]
    else:
        number, unit = q.cjk_number(match["cjk"]), match["cjkunit"]
    suffix = match["suffix"]
    written = _written_unit(source[match.end("num"):], unit) if in_cell and match["num"] else None
    if written is not None:
        unit, after = written
        comparator = comparator or after
        end = len(source)
    if suffix == "内" and unit not in q.TIME_UNITS:
        suffix, end = None, end - 1  # 3天内 is a limit, 33人内容 is not
    if comparator is None and suffix:
        comparator = q.AFTER_WORDS.get(suffix, q.LE)
    if unit is None and comparator is None:
        return None  # a bare number in prose: a code, an item number, the 5 of 5+N
    base, factor = base_unit_of(unit)
    return Value(raw=source[match.start():end].strip(), comparator=comparator, number=number,
                 unit=unit, normalized=_tidy(number * factor), base_unit=base)


# After a number a cell writes its unit, known or not: «≥30枚», «≥50公斤», «=30元/人·天».
# An unknown unit word is one or two characters (30枚奖牌 counts 奖牌 in 枚, and says no unit)
# holding no numeral and none of the characters that start a word saying how near or when
# (以上, 左右, 前, 号 …) or what kind (性, 级): so «20年一遇», «10号前» write no unit.
_NOT_IN_UNIT = "零〇一二两三四五六七八九十号第余多来约近前后内外左右上下至或等性级" + "".join(
    {word[0] for word in q.AFTER_WORDS})
_WORD = rf"(?:(?:(?![{_NOT_IN_UNIT}])[\u4e00-\u9fff]){{1,2}})"
_HEAD = rf"(?:万|亿)?(?:{q.alternation(q.UNITS + q.MONEY_UNITS)}|{_WORD})"
_DENOMINATOR = rf"(?:{q.alternation(q.PER_UNITS)}|{_WORD})"
# The unit, then to the end of the cell only «以上», «左右», a note «（含）» or a full stop.
_WRITTEN = re.compile(rf"""\s*(?P<unit>{_HEAD}(?:/{_DENOMINATOR}(?:[·/]{_DENOMINATOR})*)?)\s*
    (?P<after>(?:{_SUFFIX})\s*(?:[（(][^）)]{{0,8}}[）)])?)?\s*(?:左右|上下)?\s*
    (?:[（(][^）)]{{0,12}}[）)])?\s*[。.；;，,]?\s*""", re.X)


def _written_unit(rest: str, known: str | None) -> tuple[str, str | None] | None:
    """The unit the rest of a cell writes after its number, with the comparator its tail says,
    when it tells more than the `known` unit the scanner matched; None keeps the scanner's."""
    found = _WRITTEN.fullmatch(rest)
    if found is None or found["unit"] == known:
        return None
    unit = found["unit"]
    said = q.comparator_after(found["after"]) if found["after"] else None
    after = said[0] if said else None
    if known is None:
        return unit, after
    extra = unit[len(known):] if unit.startswith(known) else ""
    if not extra:
        return None
    # 5万条 (a count in 万), 元/人·天 and 元/亩次 (the whole denominator), 30人天 (person-days);
    # any other word after a known unit is what is counted (3个县), and 300批次 stays 批.
    if known in ("万", "亿") or extra[0] in "/·" or "/" in known or \
            (extra in ("天", "日") and known not in q.TIME_UNITS and known not in ("%", "‰")):
        return unit, after
    return None


def _deadline(match: re.Match, source: str, year: int | None, in_cell: bool) -> Value | None:
    """A date; 前/底 mean "by the end of" the month, day or year stated (10月前 → 10月31日)."""
    marked = any(match[g] for g in ("dpre", "before", "mend", "mend2", "yend", "yend2"))
    month = match["month"] or match["month2"]
    day = match["day"] or match["day2"]
    when = q.calendar_date(int(match["year"]) if match["year"] else year,
                           int(month) if month else None, int(day) if day else None)
    raw = source[match.start():match.end()].strip()
    if when is False:
        return None
    if marked and (when or in_cell):
        return Value(raw=raw, comparator="<=", deadline=when)
    # Unmarked dates count only as a whole cell's value: 2025年工作计划 is a label.
    if in_cell and when and (month or raw == source.strip()):
        return Value(raw=raw, deadline=when)
    return None


def _number(text: str) -> Decimal:
    return q.number(text)


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


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
