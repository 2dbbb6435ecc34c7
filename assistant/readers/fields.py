"""The fields a question talks about, with their positions: indicator kinds («满意度», «质量
指标»), money fields («预算», «财政资金»), spending-plan periods, header text fields."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import lexicon as lx
from assistant.reading import Reading
from ingest import quantity as q
from ingest.labels import MONEY_PART_SPELLINGS
from store.filters import Filter, RowKind, RowWritten


@dataclass(frozen=True)
class Field:
    """A field mention. kind: indicator | money | spending | text | people."""

    kind: str
    start: int
    end: int
    words: str
    rows: Filter | None = None  # indicator: which rows
    money: str | None = None  # money: budget | fiscal | other
    month: int | None = None  # spending: the period's month
    month_from: int | None = None  # spending: a span of months («7月到10月», «三季度») begins after it
    text: str | None = None  # text: use | goal | refs | code | plan
    quarter: bool = False  # spending: named as a quarter's end («三季度末», «前三季度»)
    percent: bool = False  # indicator targets of this kind are percentages

    @property
    def label(self) -> str:
        return self.words


_LEVEL2 = sorted(lx.LEVEL2, key=len, reverse=True)
_KIND = re.compile(
    rf"(?P<l2>{'|'.join(_LEVEL2)})(?P<tail>{'|'.join(lx.KIND_TAILS)})"
    rf"|(?P<l1>{'|'.join(lx.LEVEL1)})(?:类)?指标"
    rf"|(?P<sat>满意度|满意率)(?:目标值|指标值|目标|指标|要求)?")
_KIND_MONEY = re.compile(rf"(?:{'|'.join(_LEVEL2)})(?:{'|'.join(lx.KIND_TAILS)})?(?P<money>金额|资金数|资金|数额)")
_PEOPLE = re.compile(r"(?:目标|指标)?人数(?:目标|指标)?")
_PERIOD = re.compile("|".join(sorted(lx.PERIODS, key=len, reverse=True)))
_TEXT = sorted(lx.TEXT_FIELDS, key=len, reverse=True)
_MONEY = sorted(lx.MONEY_FIELDS, key=len, reverse=True)


# A span of months of the spending plan: «7月到10月», «7—9月份», «三季度» (the quarter itself, not
# «前三季度», «三季度末»), «下半年»
_MONTHS = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_SPAN = re.compile(r"第?(?P<qa>[一二三四1-4])\s*(?:季度)?\s*(?:、|和|与|及|至|到|-|—)?\s*第?(?P<qb>[二三四2-4])\s*(?:两个|这两个|二个|俩)?\s*季度"
                   r"(?:\s*(?:这)?(?:两个|二个|俩)季度)?"
                   # «4月1日至9月30日»: from a month's first day to another's end
                   rf"|(?P<da>{_MONTHS})\s*月\s*1\s*日\s*(?:到|至|~|～|-|—|－)\s*(?P<db>{_MONTHS})\s*月\s*(?:3[01]|2[89])\s*日"
                   rf"|(?P<a>{_MONTHS})\s*月?(?:份|初)?\s*(?:到|至|~|～|-|—|－)\s*(?P<b>{_MONTHS})\s*月(?:底|末|份)?"
                   r"|(?<![前至到止])(?P<q>第?[二三四]季度)(?!\s*(?:末|底|结束|之前|以前|前))|(?P<h>下半年)")
_QUARTER_END = {"二": 6, "三": 9, "四": 12}


def _month_number(written: str) -> int:
    return int(written) if written.isdigit() else int(q.cjk_number(written))


def _spans(r: Reading) -> list[Field]:
    found = []
    if not re.search(r"支出|花|用|拨付|执行|进度|计划", r.text):
        return found
    for m in list(r.finditer(_SPAN)):
        if m.group("qa"):  # «二、三季度», «第二、第三季度两个季度»: both quarters
            start, end = 3 * (_month_number(m.group("qa")) - 1), 3 * _month_number(m.group("qb"))
        elif m.group("da"):
            start, end = _month_number(m.group("da")) - 1, _month_number(m.group("db"))
        elif m.group("a"):
            start, end = _month_number(m.group("a")) - 1, _month_number(m.group("b"))
        elif m.group("q"):
            end = _QUARTER_END[m.group("q")[-3]]
            start = end - 3
        else:
            start, end = 6, 12
        if not 0 <= start < end <= 12:
            continue
        found.append(Field("spending", m.start(), m.end(), m.group(0), month=end, month_from=start or None))
        r.take(m.start(), m.end(), "period")
        if m.group("q") and (own := re.match(r"\s*(?:这一?个?季度|该季度|本季度|当季|单季)(?:内|里|当中)?", r.text[m.end():])):
            r.take(m.end(), m.end() + own.end(), "period")  # «第三季度这一个季度»: that quarter alone
    return found


def part_words(label: str) -> tuple[str, ...]:
    """How a question may name a printed part of the budget: «上级补助» as «上级补助资金», «本级财政»
    as «本级财政资金», «中央资金» as «中央补助资金»; longest first."""
    core = re.sub(r"(?:补助资金|转移支付资金|资金|拨款|补助)$", "", label)
    words = {label, label + "资金", core + "资金", core + "补助资金", core + "补助", core + "财政资金",
             *MONEY_PART_SPELLINGS.get(label, ())}
    if label.endswith("结转"):  # «上年结转» said as «结转», «结转资金»
        words |= {"结转资金", "结转"}
    return tuple(sorted((w for w in words if len(w) >= 4 or w in (label, "结转")), key=len, reverse=True))


def read_parts(r: Reading, labels: list[str]) -> list[Field]:
    """The printed parts of the budget a question names (本级财政, 上级补助, 中央资金 …: the labels the
    store holds), read before the money fields so «本级财政资金» is not «财政资金»."""
    found = []
    spelled = sorted(((w, label) for label in labels for w in part_words(label)),
                     key=lambda x: len(x[0]), reverse=True)
    for word, label in spelled:
        at = r.free.find(word)
        while at >= 0:
            found.append(Field("money", at, at + len(word), word, money=f"part:{label}"))
            r.take(at, at + len(word), "money")
            at = r.free.find(word, at + len(word))
    return found


_SORT_OF = re.compile(r"(?P<w>(?:(?![的和与及或、有了设置这那哪其各些])[\u4e00-\u9fff]){2,4})类(?:的)?指标"
                      r"(?:\s*[（(][^（()）]{1,30}[）)])?")


def read_fields(r: Reading, part_labels: list[str] | None = None) -> list[Field]:
    """Every field mention the question makes, in order; each is taken from the reading."""
    found: list[Field] = _spans(r) + read_parts(r, part_labels or [])
    for m in list(r.finditer(_PERIOD)):
        if re.search(r"\d{4}\s*年\s*$", r.text[:m.start()]):
            continue  # «2025年10月底» is a date, not a spending-plan column
        if m.start() > 0 and r.text[m.start() - 1] in "“\"「『‘'":
            continue  # «写到“10月”的»: words quoted as written, not a column
        if re.match(r"\s*(?:[（(][^（()）]{0,12}[）)])?[)）]?\s*(?:[及或含]\s*)?(?:前|之前|以前)", r.text[m.end():]) and \
                not re.search(r"支出|花|拨付|用款|执行|进度|资金计划|支付", r.text):
            continue  # «时效指标定在10月底前完成»: a deadline
        found.append(Field("spending", m.start(), m.end(), m.group(0), month=lx.PERIODS[m.group(0)],
                           quarter="季" in m.group(0)))
        r.take(m.start(), m.end(), "period")
    r.take_all(("累计支出比例", "支出比例", "支出进度比例", "进度比例", "累计支出计划比例", "支出计划比例",
                "计划支出比例", "累计计划比例", "累计比例"), "period")
    for at, word in r.take_all(("资金支出计划", "支出计划", "支出进度", "用款计划", "进度安排", "资金支出进度计划",
                                "支出进度计划", "资金使用计划"), "text"):
        found.append(Field("text", at, at + len(word), word, text="plan"))
    for m in list(r.finditer(_KIND_MONEY)):
        # «成本指标金额»: the money word describes the kind's values; it is no money field
        r.take(m.start("money"), m.end("money"), "kind")
    for m in list(r.finditer(_KIND)):
        if m.group("l2"):
            level2 = lx.LEVEL2[m.group("l2")]
            rows = RowKind(words="满意度") if level2 == "服务对象满意度" else RowKind(level2=level2)
            percent = level2 in ("质量", "时效", "服务对象满意度")
        elif m.group("l1"):
            level1 = lx.LEVEL1[m.group("l1")]
            rows = RowKind(words="满意度") if level1 == "满意度" else RowKind(level1=level1)
            percent = level1 == "满意度"
        else:
            rows, percent = RowKind(words="满意度"), True
        found.append(Field("indicator", m.start(), m.end(), m.group(0), rows=rows, percent=percent))
        r.take(m.start(), m.end(), "kind")
    for m in list(r.finditer(_SORT_OF)):
        if re.search(r"数$|^(?:金额|时间|日期|比例|比率|百分比|数量|定性|定量|文字)$", m.group("w")):
            continue  # «户数类指标»: how the value is written, read elsewhere
        # «整改类指标（整改率、整改完成率）»: the rows whose names carry that word (the
        # bracket lists examples of them)
        found.append(Field("indicator", m.start(), m.end(), m.group(0), rows=RowKind(words=m.group("w")),
                           percent=False))
        r.take(m.start(), m.end(), "kind")
    for m in list(r.finditer(_PEOPLE)):
        found.append(Field("indicator", m.start(), m.end(), m.group(0), rows=RowWritten("people")))
        r.take(m.start(), m.end(), "kind")
    for word in _TEXT:
        at = r.free.find(word)
        while at >= 0:
            if lx.TEXT_FIELDS[word] == "goal" and (
                    re.search(r"(这份|那份|本|整份|整个)\s*$", r.text[max(0, at - 3):at])
                    or re.match(r"\s*(表|文件|材料)?\s*(里|中|内|上)(?!的目标)", r.text[at + len(word):])):
                # «这份绩效目标里全部项目的预算»: the document, not the 绩效目标 field
                r.take(at, at + len(word), "scope")
                at = r.free.find(word, at + len(word))
                continue
            found.append(Field("text", at, at + len(word), word, text=lx.TEXT_FIELDS[word]))
            r.take(at, at + len(word), "text")
            at = r.free.find(word, at + len(word))
    for word in _MONEY:
        at = r.free.find(word)
        while at >= 0:
            found.append(Field("money", at, at + len(word), word, money=lx.MONEY_FIELDS[word]))
            r.take(at, at + len(word), "money")
            at = r.free.find(word, at + len(word))
    return sorted(found, key=lambda f: f.start)
