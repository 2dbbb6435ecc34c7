"""Conditions a question states: an amount with its comparison («90%及以上», «没超过100万元»,
«介于0.85和0.95之间», «过千万»), attached to the field it is about; deadlines; spending plans."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from assistant import lexicon as lx
from assistant.readers.fields import Field
from assistant.reading import Reading, clause_bounds
from ingest import quantity as q
from ingest.quantity import Amount
from store.filters import (
    AllOf,
    Compare,
    Filter,
    Money,
    MoneyShare,
    RowAgainstMoney,
    RowCount,
    RowDeadline,
    RowValue,
    RowWritten,
    Spending,
)

# Words between a comparator and its number that do not change it: «在», «要求», «定在».
_FILLER_BEFORE = re.compile(r"(在|定在|控制|要求|目标|都|均|还|也|就|已|已经|只|仅|是否|能否|都在|落在|"
                            r"定了|定的是|写的是|写着|为止|达到了|设为|设定为|设定|定为|要|需要|需|应该|应当|"
                            r"应|必须|得|能|可以|\s|\u3000)+$")
_RANGE_JOIN = re.compile(r"^\s*(到|至|～|~|—|－|-|和|与|及)\s*$")
_BETWEEN = ("之间", "区间", "范围内", "范围")
_BETWEEN_BEFORE = ("介于", "在", "处于", "落在")
# «2025年10月底前», «十月份», «年底（12月底）前», «10月底及以前»
_DATE = re.compile(r"(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?"
                   r"(?:(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九](?=月份))\s*月"
                   r"(?:\s*(?P<day>\d{1,2})\s*[日号])?(?P<end>底|末|份)?"
                   r"|(?P<yearend>(?<=年)[底末]|年[底末]))"
                   r"(?:\s*[（(][^（()）]{0,12}[）)])?\s*(?P<before>(?:[及或含]\s*)?(?:之前|以前|前))?")
# «一条成本指标都没有»: a count of one said of none at all
_NONE_AFTER = re.compile(r"\s*(?:都|也)(?:没有|没设置|没设|没)")
_RESTATED = re.compile(r"^\s*(个|家)\s*(项目|部门|单位|文件)")
_ROW_COUNT = re.compile(r"^\s*(个|条|项)\s*(?P<kind>[^\W\d_的地得之和与及或]{0,6}?)(指标|绩效指标)")  # (not «两项补贴的成本指标»)


@dataclass(frozen=True)
class Condition:
    """One condition read from the question, with the words it came from."""

    start: int
    end: int
    words: str
    project: Filter | None = None  # on the project (money, spending plan, row counts)
    rows: Filter | None = None  # on indicator rows (the project has such a row)
    field: Field | None = None
    assumption: str = ""
    share_of_total: tuple[str, Compare] | None = None  # (money field, % of the scope's total)


def read_conditions(r: Reading, fields: list[Field], amounts: list[Amount],
                    money_unit: str, year: int | None) -> list[Condition]:
    """Conditions from the amounts no other reader took, and the deadlines."""
    out = _plan_shape(r, amounts) + _deadlines(r, fields, year) + _spent_in_full(r, fields) + \
        _field_against_field(r, fields)
    i = 0
    while i < len(amounts):
        a = amounts[i]
        if not r.is_free(a.start, a.end):
            i += 1
            continue
        upper = amounts[i + 1] if i + 1 < len(amounts) else None
        ranged = _range(r, a, upper)
        end = ranged.end if ranged else a.end
        before, before_at = _before(r, _past_total(r, a) if a.fraction else a.start)
        after = q.comparator_after(r.free[end:].lstrip())
        op, explicit = q.EQ, False
        if a.implied:
            op, explicit = a.implied, True
        if before:
            op, explicit = before[0], True
        if after and not ranged:
            op, explicit = after[0], True
        start = before_at if before else a.start
        if after and not ranged:
            end = r.free.index(after[1], end) + len(after[1])
        lead = re.search(r"(不)?比\s*$", r.free[:a.start]) if not (before or after or ranged) else None
        tail = re.match(r"\s*(?:还|要)?(多|高|大|少|低|小)(?!多少|几|出|了多少)", r.free[end:]) if lead else None
        if lead and tail:  # «不比312万元少»: ≥ 312万元; «比50万元多»: > 50万元
            more = tail.group(1) in "多高大"
            op = (q.LE if more else q.GE) if lead.group(1) else (q.GT if more else q.LT)
            explicit, start, end = True, lead.start(), end + tail.end()
        if ranged:
            tail = re.match(r"^\s*(?:的)?(之间|区间内|区间|范围内|范围)?\s*"
                            r"(?:[（(]\s*(?:含|包含|包括|包括了)[^）)]{0,16}[)）])?", r.free[end:])
            end += tail.end() if tail else 0
            lead = re.search(r"(介于|处于|落在)\s*$", r.free[:start])
            start = lead.start() if lead else start
        if not explicit and (re.search(r"(?:接近|靠近|贴近|离|差不多|大约|大概|约)\s*$", r.text[max(0, a.start - 4):a.start])
                             or re.match(r"\s*(?:左右|上下|附近|出头|开外)", r.text[end:])):
            i += 1  # «最接近300万元», «100万左右»: near the number, not equal to it (left unread)
            continue
        if not explicit and a.value == 1 and r.text[max(0, a.start - 1):a.start] == "哪":
            i += 1  # «哪一条指标引用了»: which one, not a count of one
            continue
        if not explicit and a.value == 12 and a.unit in ("月", "个月") and re.search(r"每个?月|月均", r.text):
            r.take(a.start, a.end, "operation")  # «每年按12个月算，每人每月多少»: the months of a year
            i += 1
            continue
        if not explicit and a.value == 1 and a.unit in ("人", "户", "亩", "个", "名") and \
                re.match(r"\s*(?:合|平均|均|分|能|摊|可以|多少)", r.text[a.end:]):
            r.take(a.start, a.end, "operation")  # «一人合多少», «一户能分多少»: per one, no condition
            i += 1
            continue
        if not explicit and _RESTATED.match(r.text[a.end - len(a.unit or ""):]):
            r.take(a.start, a.end, "restated")  # «这14个项目», «两个部门»: the count restated
            i += 1
            continue
        ratio = _money_ratio(r, fields, a, op)
        if ratio is not None:  # «财政拨款占资金总额不到八成»
            r.take(ratio.start, a.end, "condition")
            out.append(_with_span(ratio, ratio.start, a.end, r.text))
            i += 1
            continue
        count = _ROW_COUNT.match(r.text[a.end - len(a.unit or ""):]) \
            if a.unit is None or a.unit in ("个", "条", "项") else None
        if not explicit and not count and _counted_name(a):
            i += 1  # «两件大事», «四个机制»: a count in a name, not a condition
            continue
        field = _field_for(r.text, start, fields, a)
        if count is None and field is not None and field.kind == "indicator" and field.rows is not None \
                and not ranged and (a.unit in ("条", "项") or a.unit == "个" and field.words.endswith("指标") and
                                    re.fullmatch(r"[的有共总一只仅\s]*", r.text[field.end:start])):
            # «质量指标不止一条», «满意度指标超过1项»: how many rows of that kind a project has
            r.take(start, end, "condition")
            compare = Compare(op, a.value)
            if none := _NONE_AFTER.match(r.text, end):
                compare = Compare(q.EQ, Decimal(0))  # «一条成本指标都没有»: none at all
                r.take(end, none.end(), "condition")
            out.append(_with_span(Condition(0, 0, "", project=RowCount(field.rows, compare),
                                            rows=field.rows, field=field), start, end, r.text))
            i += 1
            continue
        if count is None and a.unit in ("条", "项") and not ranged and (field is None or field.rows is None) \
                and re.search(r"指标\s*(?:的)?\s*(?:条数|数量|个数|数)?\s*(?:有|共|一共|总共|只有)?\s*$", r.text[:start]):
            # «绩效指标不少于8条的项目», «指标至多7条»: how many rows a project has
            r.take(start, end, "condition")
            out.append(_with_span(Condition(0, 0, "", project=RowCount(None, Compare(op, a.value))),
                                  start, end, r.text))
            i += 1
            continue
        condition = _condition(a, ranged, op, explicit, field, money_unit, r.text, start, count)
        if condition is not None:
            taken_end = a.end - len(a.unit or "") + count.end() if count else end
            none = _NONE_AFTER.match(r.text, taken_end) if count else None
            if none and isinstance(condition.project, RowCount):  # «一条成本指标都没有»: none at all
                condition = replace(condition, project=RowCount(condition.project.rows, Compare(q.EQ, Decimal(0))))
                taken_end = none.end()
            r.take(start, taken_end, "condition")
            out.append(_with_span(condition, start, taken_end, r.text))
        i += 2 if ranged else 1
    return out


_TOTAL = re.compile(r"全局|全部|所有|总预算|总额|合计|全县|全部门|整个|总盘子")


def _money_ratio(r: Reading, fields: list[Field], a: Amount, op: str) -> Condition | None:
    """«A占B不到八成» with A and B money fields of one project: a per-project ratio; «A占全局…
    一半以上» is a share of the scope's total (read by the money condition)."""
    if not (a.fraction or a.unit == "%"):
        return None
    start, _ = clause_bounds(r.text, a.start)
    at = r.text.rfind("占", start, a.start)
    money = [f for f in fields if f.kind == "money" and start <= f.start < a.start]
    if at < 0:
        # «财政拨款不到资金总额八成», «其他资金超过总额的20%»: A, a comparison, B's fraction
        if len(money) < 2:
            return None
        part, whole = money[-2], money[-1]
        if not part.money or not whole.money or part.money == whole.money or \
                not re.fullmatch(r"\s*的?\s*", r.text[whole.end:a.start]) or \
                len(r.text[part.end:whole.start].strip()) > 6 or _TOTAL.search(r.text[part.end:whole.start]):
            return None
        said = q.comparator_before(r.text[part.end:whole.start].strip())  # «超过资金总额的20%»
        return Condition(part.start, a.end, "", field=part,
                         project=MoneyShare(part.money, whole.money, Compare(said[0] if said else op, a.value, None)))
    part = [f for f in money if f.end <= at]
    whole = [f for f in money if f.start > at]
    if part and not whole and part[-1].money not in (None, "budget") and r.text.startswith("占比", at) \
            and not _TOTAL.search(r.text[start:a.start]):
        # «财政资金占比不足九成»: a source's share names no whole; it is of the project's own budget
        r.take(at, at + 2, "condition")
        return Condition(part[-1].start, a.end, "", field=part[-1],
                         project=MoneyShare(part[-1].money, "budget", Compare(op, a.value, None)))
    r.take(at, at + 1, "condition")
    between = r.text[at + 1:whole[0].start] + r.text[whole[0].end:a.start] if whole else ""
    if not part or not whole or _TOTAL.search(between) or part[-1].money == whole[0].money:
        return None
    upper = None
    return Condition(part[-1].start, a.end, "", field=part[-1],
                     project=MoneyShare(part[-1].money or "fiscal", whole[0].money or "budget",
                                        Compare(op, a.value, upper)))


def _counted_name(a: Amount) -> bool:
    """A Chinese numeral with a counter and no comparison names things («两件大事», «四个机制»);
    it states no amount. Money («一百万») and percentages are amounts."""
    return not a.written[:1].isdigit() and not a.fraction and a.unit not in ("%",) and \
        not a.written.startswith("百分之") and a.unit not in q.MONEY_UNITS and \
        a.unit not in ("万", "亿", "人", "万人", "户")


def _with_span(c: Condition, start: int, end: int, text: str) -> Condition:
    return Condition(start, end, text[start:end], c.project, c.rows, c.field, c.assumption,
                     c.share_of_total)


def _before(r: Reading, at: int) -> tuple[tuple[str, str] | None, int]:
    """The comparator written before an amount, skipping filler («在», «要求»): (op, word), start."""
    text = r.free[max(0, at - 12):at]
    stripped = _FILLER_BEFORE.sub("", text)
    found = q.comparator_before(stripped)
    if not found:
        found = q.comparator_before(text.rstrip())
        if not found:
            return None, at
        stripped = text.rstrip()
    word_start = at - (len(text) - len(stripped)) - len(found[1])
    if not r.is_free(word_start, word_start + len(found[1])):
        return None, at
    # «至少达到», «最多不超过»: two words saying one comparison
    head = _FILLER_BEFORE.sub("", r.free[max(0, word_start - 6):word_start])
    again = q.comparator_before(head)
    if again and q.INCLUSIVE.get(again[0], again[0]) == q.INCLUSIVE.get(found[0], found[0]):
        word_start -= len(r.free[max(0, word_start - 6):word_start]) - len(head) + len(again[1])
    return found, word_start


_TOTAL_WORDS = re.compile(r"(全局|全部|所有|总|各|项目|的|\s|\u3000|预算|资金|合计)+$")


def _past_total(r: Reading, a: Amount) -> int:
    """Where the words before «…预算总额的三分之一» start: the comparator stands before them."""
    m = _TOTAL_WORDS.search(r.free[:a.start])
    return m.start() if m else a.start


def _range(r: Reading, a: Amount, b: Amount | None) -> Amount | None:
    """The second amount of «100到500万元(之间)», «介于0.85和0.95之间», or None."""
    if b is None or not r.is_free(b.start, b.end):
        return None
    gap = r.text[a.end:b.start]
    if not _RANGE_JOIN.match(gap):
        return None
    around = r.text[max(0, a.start - 4):a.start] + r.text[b.end:b.end + 4]
    if gap.strip() in ("和", "与", "及") and not any(w in around for w in _BETWEEN + ("介于",)):
        return None
    if a.unit and b.unit and q.base_unit_of(a.unit)[0] != q.base_unit_of(b.unit)[0] and \
            a.unit not in ("万", "亿"):
        return None
    return b


def _field_for(text: str, at: int, fields: list[Field], a: Amount) -> Field | None:
    """The field an amount is about: the nearest one before it in its clause, else after it."""
    start, end = clause_bounds(text, at)
    candidates = [f for f in fields if f.kind in ("indicator", "money", "spending")]
    # (a field whose words run over the clause's start is in it: «二、三季度…超过30万元»)
    before = [f for f in candidates if start <= f.start < at or f.start < start < f.end]
    if before:
        spending = [f for f in before if f.kind == "spending"]
        if spending and (a.unit in ("%", None) or a.fraction):
            return spending[-1]  # «一季度末…超过四分之一»: the period, not a money word
        return before[-1]
    after = [f for f in candidates if at < f.start <= end]
    if after:
        return after[0]
    earlier = [f for f in candidates if f.start < at]
    if earlier and earlier[-1].kind == "spending" and (a.unit in ("%", None) or a.fraction):
        return earlier[-1]
    if earlier and re.match(r"\s*(?:但是|但|且|而且|并且|同时|又)", text[start:at]):
        return earlier[-1]  # «其他资金最少、但不为零的»: the clause goes on about the field before
    return None


def _condition(a: Amount, ranged: Amount | None, op: str, explicit: bool, field: Field | None,
               money_unit: str, text: str, start: int, count) -> Condition | None:
    if count is not None:
        kind = count.group("kind")
        rows = None if not kind else field.rows if field and field.kind == "indicator" else None
        return Condition(0, 0, "", project=RowCount(rows, Compare(op, a.value)), rows=rows,
                         field=field)
    money_word = a.unit in q.MONEY_UNITS or a.unit in ("万", "亿")
    if field is None:
        if money_word and not _per_units(text, a.start):  # «每人每月不低于100元» is no budget
            field = Field("money", start, start, "预算", money="budget")
        elif money_word:
            field = Field("indicator", start, start, "指标值", rows=None)
        elif a.unit == "%" or a.unit is None:
            field = Field("indicator", start, start, "指标值", rows=None, percent=a.unit == "%")
        else:
            field = Field("indicator", start, start, "指标值", rows=None)
    if field.kind == "money":
        if a.unit == "%" and a.fraction:
            return Condition(0, 0, "", field=field,
                             share_of_total=(field.money or "budget", Compare(op, a.value)))
        unit, note = _money_unit(a.unit, money_unit)
        if unit is None:
            return None
        upper = _money(ranged, unit) if ranged else None
        number = _money(a, unit)
        if upper is not None and upper < number:
            number, upper = upper, number
        compare = Compare(op, Decimal(number), Decimal(upper) if upper is not None else None)
        return Condition(0, 0, "", project=Money(field.money or "budget", compare), field=field,
                         assumption=note)
    if field.kind == "spending":
        if a.unit not in ("%", None):
            # «三季度当季计划支出超过30万元», «6月底前计划花出去超过100万»: the planned amount
            unit, note = _money_unit(a.unit, money_unit)
            if unit is None:
                return None
            upper = _money(ranged, unit) if ranged else None
            compare = Compare(op, Decimal(_money(a, unit)), Decimal(upper) if upper is not None else None)
            return Condition(0, 0, "", project=Spending(field.month or 12, compare, field.month_from, amount=True),
                             field=field, assumption=note)
        compare = _compare(op, a.value, ranged.value if ranged else None)
        return Condition(0, 0, "", project=Spending(field.month or 12, compare, field.month_from), field=field)
    # an indicator value
    unit = a.unit or (ranged.unit if ranged else None)
    note = ""
    percent = field.percent or unit == "%" or bool(re.search(r"率", field.words))
    if unit is None and percent:
        if a.value <= 1 and (ranged is None or ranged.value <= 1):
            a = Amount(a.value * 100, "%", a.start, a.end, a.written)
            ranged = Amount(ranged.value * 100, "%", ranged.start, ranged.end,
                            ranged.written) if ranged else None
            note = f"{a.written if a.written else ''}按百分比理解"
        unit = "%"
    base, factor = q.base_unit_of(unit) if unit else (None, Decimal(1))
    per = _per_units(text, a.start) if unit in ("元", "万元") else ""
    if per:  # «每人每月123元以上»: a standard per head and month, written 元/人/月 in the tables
        base, factor = unit + per, Decimal(1)
    if unit in ("万", "亿"):
        base = None
    if a.unit in ("万", "亿") and field.rows == RowWritten("people"):
        base = "人"
    lower = a.value * factor
    upper = ranged.value * q.base_unit_of(ranged.unit or unit)[1] if ranged else None
    if upper is not None and upper < lower:
        lower, upper = upper, lower
    sign = op if _literal(text, start) and explicit else None
    value = RowValue(_compare(op, lower, upper), base, sign=sign)
    rows = AllOf((field.rows, value)) if field.rows is not None else value
    return Condition(0, 0, "", rows=rows, field=field, assumption=note)


_PER = re.compile(r"每个?(人|户|亩|次)(?:每个?(月|年))?|(?:人|户)均(?:每个?(月|年))?")


def _per_units(text: str, at: int) -> str:
    """«每人每月…123元»: the per-units said in the clause before an amount ("/人/月"), or ""."""
    start, _ = clause_bounds(text, at)
    said = list(_PER.finditer(text, start, at))
    if not said:
        return ""
    m = said[-1]  # the nearest before the amount
    units = [u for u in m.groups() if u]
    if m.group(0).startswith(("人均", "户均")):
        units = [m.group(0)[0]] + units
    return "".join("/" + u for u in units)


def _literal(text: str, at: int) -> bool:
    """«定的是≥98%»: the target as written, sign and number."""
    return bool(re.search(r"(定的是|写的是|写成|写着|设为|定为)\s*$", text[max(0, at - 6):at]))


def _compare(op: str, number: Decimal, upper: Decimal | None) -> Compare:
    if upper is not None:
        return Compare("between", min(number, upper), max(number, upper))
    return Compare(op, number)


def _money_unit(unit: str | None, default: str) -> tuple[str | None, str]:
    if unit in q.MONEY_UNITS:
        return unit, ""
    if unit in ("万", "亿"):
        return f"{unit}元", ""
    if unit is None:
        return default, f"金额按{default}理解"
    return None, ""


def _money(a: Amount, unit: str) -> int:
    written = a.unit if a.unit in q.MONEY_UNITS else (
        f"{a.unit}元" if a.unit in ("万", "亿") else unit)
    return q.to_fen(a.value, written)


_SHAPE_CONTEXT = re.compile(r"(支出进度|支出计划|资金支出|按季度|逐季|季度|进度)")
_PLAN_MONTHS = (3, 6, 10, 12)  # the columns of a 绩效目标表's cumulative spending plan


def _plan_shape(r: Reading, amounts: list[Amount]) -> list[Condition]:
    """«按25%、50%、75%、100%逐季推进»: the whole spending plan, column by column."""
    run: list[Amount] = []
    for a in amounts:
        if a.unit != "%" or not r.is_free(a.start, a.end):
            run = []
            continue
        if run and not re.fullmatch(r"[\s\u3000]*[、,，/→\-—～~]?[\s\u3000]*", r.free[run[-1].end:a.start]):
            run = []
        run.append(a)
        if len(run) == len(_PLAN_MONTHS):
            break
    if len(run) != len(_PLAN_MONTHS):
        return []
    start, end = clause_bounds(r.text, run[0].start)
    if not _SHAPE_CONTEXT.search(r.text[start:end]):
        return []
    shape: Filter = AllOf(tuple(Spending(m, Compare(q.EQ, a.value)) for m, a in zip(_PLAN_MONTHS, run)))
    lead = re.search(r"(不是|并非|没有|没|不)\s*(按|按照|照)?\s*(每个?)?\s*(季度)?\s*$",
                     r.free[max(0, run[0].start - 12):run[0].start])
    first = run[0].start - (len(lead.group(0)) if lead else 0)
    if lead:
        from store.filters import Not

        shape = Not(shape)
    r.take(first, run[-1].end, "condition")
    r.take_all(("逐季推进", "逐季", "推进", "来排", "排", "走"), "condition")
    return [Condition(first, run[-1].end, r.text[first:run[-1].end], project=shape)]


_FULL = re.compile(r"(?:资金)?(?:全部|全额|全都)(?:支出|花完|用完|拨付|支付)(?:完毕|完)?|(?:支出|拨付|支付)(?:完毕|完)|花完|用完|花光")


def _spent_in_full(r: Reading, fields: list[Field]) -> list[Condition]:
    """«一季度资金全部支出», «年中前花完»: the cumulative plan reaches 100% by then."""
    periods = [f for f in fields if f.kind == "spending"]
    m = _FULL.search(r.free)
    if not periods or not m:
        return []
    period = min(periods, key=lambda f: abs(f.start - m.start()))
    r.take(m.start(), m.end(), "condition")
    return [Condition(m.start(), m.end(), m.group(0), field=period,
                      project=Spending(period.month or 12, Compare(q.GE, Decimal(100))))]


def _field_against_field(r: Reading, fields: list[Field]) -> list[Condition]:
    """«成本指标的数额大于项目预算»: a money row compared with the project's money, no number."""
    out = []
    kinds = [f for f in fields if f.kind == "indicator" and f.rows is not None]
    money = [f for f in fields if f.kind == "money"]
    for k in kinds:
        for m in money:
            first, second = (k, m) if k.start < m.start else (m, k)
            between = r.free[first.end:second.start]
            if len(between) > 10 or re.search(r"[，,。？?、；;\d]|[零一二两三四五六七八九十百千万亿]\s*(?:万|元|亿|%)", between):
                continue  # «预算不到三十万元、同时满意度…»: a number is compared, not the two fields
            found = next(((op, w, between.find(w)) for w in sorted(q.BEFORE_WORDS, key=len, reverse=True)
                          if (op := q.BEFORE_WORDS[w]) not in (q.EQ,) and w in between
                          and len(w) >= 2), None)
            after = re.match(r"\s*(?:还|更)?(?P<w>高|大|多|低|小|少)", r.free[second.end:])
            written = r.text[first.end:second.start]  # «比» may be taken by the operation reader
            if not found and "比" in written and after:  # «成本指标比预算数还高»
                op = q.GT if after.group("w") in "高大多" else q.LT
                r.take(first.end + written.find("比"), first.end + written.find("比") + 1, "condition")
                r.take(second.end, second.end + after.end(), "condition")
                found = (op, "", -1)
            if not found:
                continue
            op, word, at = found
            if first is m:  # «预算小于成本指标»: the same comparison seen from the row
                op = {q.GT: q.LT, q.LT: q.GT, q.GE: q.LE, q.LE: q.GE}.get(op, op)
            if word:
                start = first.end + at
                r.take(start, start + len(word), "condition")
            out.append(Condition(k.start, m.end, r.text[first.start:second.end], field=k,
                                 project=RowAgainstMoney(k.rows, op, m.money or "budget")))
    for first, second in zip(money, money[1:]):  # «财政拨款比资金总额还多»: two money fields
        if not first.money or not second.money or first.money == second.money:
            continue
        written = r.text[first.end:second.start]
        after = re.match(r"\s*(?:还|更|都)?(?:要)?(?P<w>高|大|多|低|小|少)", r.free[second.end:])
        if re.fullmatch(r"\s*比\s*", written) and after:
            op = q.GT if after.group("w") in "高大多" else q.LT
            r.take(first.end, second.start, "condition")
            r.take(second.end, second.end + after.end(), "condition")
            out.append(Condition(first.start, second.end + after.end(), r.text[first.start:second.end],
                                 field=first, project=MoneyShare(first.money, second.money,
                                                                 Compare(op, Decimal(100)))))
    return out


def _month(written: str) -> int:
    """«10», «十», «六» (月份)."""
    return int(written) if written.isdigit() else int(q.cjk_number(written))


def _deadlines(r: Reading, fields: list[Field], year: int | None) -> list[Condition]:
    """«截止时间定在2025年10月底», «10月底前完工的»: a condition on the rows' deadlines."""
    out = []
    restated_until = -1
    for m in list(r.finditer(_DATE)):
        month_only = m.group("end") == "份" and not m.group("day") and not m.group("before")
        if not m.group("year") and not m.group("before") and not month_only:
            continue
        if not m.group("year") and year is None:
            continue
        when = q.calendar_date(int(m.group("year") or year), _month(m.group("month") or "12"),
                               int(m.group("day")) if m.group("day") else None)
        if not isinstance(when, date):
            continue
        around = r.text[m.end():m.end() + 8] + r.text[max(0, m.start() - 6):m.start()]
        if any(w in around for w in lx.SPENDING_WORDS[:6]):
            continue  # a spending-plan date, read with the periods
        if m.start() < restated_until:  # «十月份（10月前或10月底前）»: how that month is written
            r.take(m.start(), m.end(), "condition")
            continue
        if month_only:  # «十月份», «2025年10月份»: any day of that month
            kind = next((f for f in fields if f.kind == "indicator"), None)
            rows = AllOf((RowDeadline(q.GE, when.replace(day=1)), RowDeadline(q.LE, when)))
            rows = AllOf((kind.rows, rows)) if kind and kind.rows is not None else rows
            r.take(m.start(), m.end(), "condition")
            out.append(Condition(m.start(), m.end(), m.group(0), rows=rows, field=kind))
            if note := re.match(r"\s*[（(][^）)]{0,30}[）)]", r.text[m.end():]):
                restated_until = m.end() + note.end()
            continue
        # «定在2025年10月底» is that date; «10月底前完成», «不晚于…» any date up to it; «晚于…»,
        # «…以后» after it.
        before_text = r.text[max(0, m.start() - 6):m.start()]
        after_text = r.text[m.end():m.end() + 6]
        if m.start() > 0 and r.text[m.start() - 1] in "“\"「『‘'":  # «写的是“2024年10月底前”»: as written
            op = q.EQ
        elif m.group("before") and re.search(r"(定在|定为|写的是|写着|写成|设为|设在|要求是|时限是|期限是|时间是)\s*$", before_text) \
                and not m.group(0).endswith(("以前", "之前")) and "含" not in after_text:
            op = q.EQ  # «定在10月底前完成»: the target as set, «10月底前»
        elif re.search(r"(不晚于|不迟于|早于或等于)\s*$", before_text):
            op = q.LE
        elif re.search(r"(晚于|迟于)\s*$", before_text) or re.match(r"^\s*(以后|之后|后)", after_text):
            op = q.GT
        elif re.search(r"(早于)\s*$", before_text):
            op = q.LT
        elif m.group("before") or re.match(r"^\s*(以前|之前|前)", after_text):
            op = q.LE
        else:
            op = q.EQ
        kind = next((f for f in fields if f.kind == "indicator"), None)
        rows = RowDeadline(op, when)
        rows = AllOf((kind.rows, rows)) if kind and kind.rows is not None else rows
        r.take(m.start(), m.end(), "condition")
        out.append(Condition(m.start(), m.end(), m.group(0), rows=rows, field=kind))
    return out
