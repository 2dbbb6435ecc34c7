"""Questions that compare years: «比上年增加了多少», «2024年比2023年…», «哪些项目是新增的»,
«哪些指标的目标比上年下调了». The reader takes the comparison and the direction; which years a
department holds is settled when the plan runs, per department."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.reading import Reading

# The year before the one asked about, said without a number.
_PREVIOUS = r"(?:上一?年度?|去年|前一年|上一个?年度|往年)"
# The year asked about, said without a number: the latest the department holds.
_THIS = r"(?:今年|本年度?|当年|这一?年)"
_YEAR = r"(?:\d{4}\s*年度?)"

# «比上年», «较去年», «同比», «与上年相比», «跟去年比»
_RELATIVE = re.compile(rf"(?:比|较|相比|对比|比较)\s*(?:于)?\s*{_PREVIOUS}|同比|环比上年"
                       rf"|(?:与|和|跟|同)\s*{_PREVIOUS}\s*(?:相比|比|比较|对比)"
                       rf"|{_PREVIOUS}\s*(?:到|至|→)\s*{_THIS}")
# «2024年比2023年», «2024年预算较2023年»: the first year is the subject
_EXPLICIT = re.compile(rf"(?P<s>{_YEAR})[^，。？?；;]{{0,24}}?(?:比|较|相比|相较)\s*(?:于)?\s*(?P<r>{_YEAR})")
# «与2023年相比», «和2023年比»: the year named is the reference
_AGAINST = re.compile(rf"(?:与|和|跟|同|对比)\s*(?P<r>{_YEAR})\s*(?:相比|比|比较|对比)")
# «从2023年到2024年», «2023年至2024年», «2023到2024年»
_SPAN = re.compile(r"(?:从)?\s*(?P<r>\d{4})\s*(?:年度?)?\s*(?:到|至|→|-|～|~)\s*(?P<s>\d{4})\s*年度?")
_YEAR_NUMBER = re.compile(r"\d{4}")

_UP = ("增加", "增长", "提高", "上升", "上调", "调增", "调高", "增多", "上涨", "加大", "提升", "多了",
       "变多", "扩大", "增幅", "涨")
_DOWN = ("减少", "下降", "降低", "下调", "调减", "调低", "减了", "少了", "变少", "压减", "缩减", "削减",
         "回落", "收紧", "降幅", "降了")
_ANY = ("变化", "变动", "调整", "增减", "不同", "改变", "变了", "有变", "升降", "差别", "区别", "差异",
        "幅度", "相差", "差多少", "差了")
_MORE_LESS = re.compile(r"(?P<w>多|少)(?:了|出)?\s*(?:多少|几)")

# «新增了哪些项目», «哪些项目是新增的», «新设的项目», «今年新上了几个项目»
_NEW = re.compile(r"新(?:增|设|上|安排|列入|加|开设)(?:了|加)?\s*(?:哪些|哪几个|几个|多少个|什么)?\s*(?:的)?\s*项目"
                  r"|项目[^，。？?]{0,6}?(?:是|属于)?\s*新(?:增|设|上|安排|列入|加)(?:的|了)?"
                  r"|首次(?:安排|列入|设立)(?:的)?\s*(?:哪些)?\s*项目")
# «取消了哪些项目», «哪些项目今年不再安排», «上年有、今年没有的项目»
_ENDED = re.compile(r"(?:取消|撤销|砍掉|停止|去掉|退出|不再(?:安排|保留|列入|设置|实施)|没有再(?:安排|列)|未再安排)"
                    r"(?:了)?\s*(?:哪些|哪几个|几个|多少个|什么)?\s*(?:的)?\s*项目"
                    r"|项目[^，。？?]{0,8}?(?:被)?(?:取消|撤销|砍掉|停止|不再(?:安排|保留|列入|设置|实施)|没有了|没了)"
                    rf"|{_PREVIOUS}有[^，。？?]{{0,6}}?{_THIS}?(?:没有|没了|不再有)")

_ITEMS = re.compile(r"哪些|哪几|哪个|哪一|什么项目|列出|分别|有没有|是否|各是|都有谁|名单|清单"
                    r"|(?:有)?(?:什么|哪些)(?:样的)?(?:变化|调整|不同|变动)|变化在哪|变在哪|吗")
_COUNT = re.compile(r"(?:有)?(?:几|多少)\s*(?:个|项|条)")
_AMOUNT = re.compile(r"多少|几|多大|百分之几|多少个百分点|幅度|增幅|降幅|增长率|变化率|增速")
_PERCENT = re.compile(r"百分之几|百分比|增幅|降幅|增长率|变化率|增速|幅度|几成|多少个百分点|百分之多少|%")


@dataclass(frozen=True)
class YearChange:
    """A comparison of years as the question put it.

    subject / reference: the years compared, subject first («2024年比2023年»); None for a year said
    without a number (the subject: the latest the department holds; the reference: the year before).
    what: "amount" (how much it changed), "items" (which changed), "count" (how many changed),
    "new" (projects with no predecessor), "ended" (projects with no successor).
    direction: "up", "down" or "any".
    """

    subject: int | None
    reference: int | None
    what: str
    direction: str
    percent: bool = False  # the change asked as a percentage («增长了百分之几»)
    words: str = ""


def read_year_change(r: Reading, years: tuple[int, ...]) -> YearChange | None:
    """The comparison of years a question asks, taking its words; None when it asks none.
    `years` are the years the scope reader found in the question (those the store holds)."""
    text = r.text
    subject = reference = None
    spans: list[tuple[int, int]] = []
    m = _EXPLICIT.search(text)
    if m:
        subject, reference = _number(m.group("s")), _number(m.group("r"))
        between = re.search(r"(?:比|较|相比|相较)\s*(?:于)?\s*$", text[m.end("s"):m.start("r")])
        spans.append((m.end("s") + between.start(), m.start("r")))  # the word, not «预算»
    elif (m := _AGAINST.search(text)) is not None:
        reference = _number(m.group("r"))
        others = [y for y in years if y != reference]
        subject = others[0] if len(others) == 1 else None
        spans.append(m.span())
    elif (m := _SPAN.search(text)) is not None and m.group("r") != m.group("s"):
        subject, reference = _number(m.group("s")), _number(m.group("r"))
        spans.append(m.span())
    elif (m := _RELATIVE.search(r.free)) is not None:
        subject = years[-1] if len(years) == 1 else None
        spans.append(m.span())
    new = _NEW.search(r.free)
    ended = _ENDED.search(r.free)
    if not spans and not new and not ended:
        return None
    if subject is not None and reference is not None and subject == reference:
        return None
    for start, end in spans:
        r.take(start, end, "years")
    this = re.search(_THIS, r.free)
    if this:
        r.take(this.start(), this.end(), "years")
    if new or ended:
        found = new or ended
        r.take(found.start(), found.end(), "years")
        what = "new" if new else "ended"
        if _COUNT.search(r.free):
            r.take_all(("有几个", "有多少个", "几个", "多少个", "几项", "多少项"), "years")
        return YearChange(subject, reference, what, "any", words=found.group(0))
    items = _ITEMS.search(r.free)  # before the direction words: «有什么变化» asks which
    direction = _direction(r)
    percent = bool(_PERCENT.search(r.free))
    if items:
        what = "items"
        r.take_all(("哪些", "哪几个", "哪几", "哪个", "列出", "分别", "有没有", "是否", "各是", "什么",
                    "在哪"), "years")
    elif _COUNT.search(r.free) and re.search(r"项目|指标", r.free):
        what = "count"
        r.take_all(("有几个", "有多少个", "几个", "多少个", "几项", "多少项", "几条", "多少条"), "years")
    else:
        what = "amount"
        r.take_all(("百分之几", "多少个百分点", "百分比", "增幅", "降幅", "增长率", "变化率", "增速",
                    "幅度", "百分之多少", "多少", "多大", "几成"), "years")
    if direction is None:
        direction = "any"
    return YearChange(subject, reference, what, direction, percent,
                      words=text[spans[0][0]:spans[0][1]] if spans else "")


def _direction(r: Reading) -> str | None:
    """The direction asked («增加», «下调», «变化», «多多少»), taking its word."""
    free = r.free
    found: list[tuple[int, str, str]] = []
    for words, way in ((_UP, "up"), (_DOWN, "down"), (_ANY, "any")):
        for w in words:
            at = free.find(w)
            if at >= 0:
                found.append((at, way, w))
    m = _MORE_LESS.search(free)
    if m:
        found.append((m.start(), "up" if m.group("w") == "多" else "down", m.group(0)))
    if not found:
        return None
    found.sort()
    at, way, word = found[0]
    r.take(at, at + len(word), "years")
    for _, other, w in found[1:]:  # «增加还是减少», «增减变化»: either way
        if other != way:
            way = "any"
        r.take_word(w, "years")
    return way


def _number(text: str) -> int:
    return int(_YEAR_NUMBER.search(text).group(0))
