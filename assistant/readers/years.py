"""Questions that compare years: «比上年增加了多少», «2024年比2023年…», «哪些项目是新增的»,
«哪些指标的目标比上年下调了». The reader takes the comparison and the direction; which years a
department holds is settled when the plan runs, per department."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.reading import FREE, Reading
from ingest import quantity as q

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
_AGAINST = re.compile(rf"(?:与|和|跟|同|对比)\s*(?P<r>{_YEAR})\s*(?:的)?\s*(?:相比|比|比较|对比|(?=持平|一样|相同|一致|不变|没变|不一样|不同|不相同|不一致|有(?:什么)?变化|有变动|有调整|变了))")
# «从2023年到2024年», «2023年至2024年», «2023到2024年»
_SPAN = re.compile(r"(?:从)?\s*(?P<r>\d{4})\s*(?:年度?)?\s*(?:到|至|→|-|～|~)\s*(?P<s>\d{4})\s*年度?")
# «2024年跟2023年不一样», «2023年和2024年相比有变化»: two years side by side, either order
_SAME_OR_NOT = r"(?:不一样|不相同|不同|有(?:什么)?(?:变化|变动|区别|差别|差异|调整)|变了|有变|相比|比较|对比)"
_PAIR = re.compile(rf"(?P<a>{_YEAR})\s*(?:跟|和|与|同|对比)\s*(?P<b>{_YEAR})(?=[^，。？?；;]{{0,8}}?{_SAME_OR_NOT})")
_PAIR_ASKED = re.compile(rf"(?P<a>{_YEAR})\s*(?:跟|和|与|同|、|及)\s*(?P<b>{_YEAR})"
                         rf"(?=[^。]{{0,24}}?(?:增长|增加|减少|下降|变化|变动|涨了|降了)(?:了)?\s*(?:多少|百分之|几))")
_YEAR_NUMBER = re.compile(r"\d{4}")
_RATE_BOUND = re.compile(r"(?:增长|增加|上涨|提高|增幅|下降|减少|降低|降幅)(?:了)?(?:幅度)?\s*"
                         r"(?P<w>超过|高于|多于|不低于|不少于|达到|低于|不到|不足|少于)\s*(?P<n>\d+(?:\.\d+)?)\s*%")
_TWO_YEARS = re.compile(r"(?:这|前后|近)?两(?:个)?年度?(?:之间|间|里)?")
_THAN_YEAR = re.compile(rf"(?:比|较)\s*(?:于)?\s*(?P<r>{_YEAR})")

_UP = ("增加", "增长", "提高", "上升", "上调", "调增", "调高", "增多", "上涨", "加大", "提升", "多了",
       "变多", "扩大", "增幅", "涨", "更高", "高了", "更多", "推迟", "延后", "延迟", "放宽", "得高", "得更高")
_DOWN = ("减少", "下降", "降低", "下调", "调减", "调低", "减了", "少了", "变少", "压减", "缩减", "削减", "缩水", "压缩",
         "回落", "收紧", "降幅", "降了", "更低", "低了", "更少", "提前", "缩短", "得低", "得更低")
_ANY = ("变化", "变动", "调整", "增减", "不一样", "不相同", "不同", "改变", "变了", "有变", "升降", "差别", "区别", "差异",
        "幅度", "相差", "差多少", "差了")
# «与2024年持平», «两年没有变化»: the figure stayed the same
_SAME = ("持平", "没有变化", "没变化", "无变化", "未变化", "没有变", "没变", "不变", "未变", "没有调整", "未调整",
         "一样", "相同", "一致")
_MORE_LESS = re.compile(r"(?P<w>多|少)(?:了|出)?\s*(?:多少|几)")
_COUNT_MORE = re.compile(_MORE_LESS.pattern + r"\s*(?P<u>个|条|项)")  # «多几个», «少几条»: a count
_THAN = re.compile(r"比[^，,。？?]{0,12}?(?:还|更)?(?<![多几])(?P<w>多|少|高|低|大|小)(?=的|了|[？?，,。]|$)")
# «满意度目标调低了», «哪些指标下调了»: a change from the year before, said by the verb alone
# (not «下调10%», which asks for an amount after a cut).
_IMPLIED = re.compile(r"(?:调低|调高|上调|下调|调增|调减|调整)(?:了|过)(?!\s*(?:\d|[一二两三四五六七八九十百]|百分之))"
                      # «满意度目标没有变化的项目», «哪些指标有变化»: against the year before
                      r"|(?:没有|没|有|未|无)(?:发生)?(?:变化|变动|调整)(?=的(?:项目|指标)|[？?]|吗|$)"
                      r"|(?:调低|调高|上调|下调|调增|调减)(?=的(?:项目|指标)|[？?]|吗|$)"
                      r"|(?:涨幅|增幅|降幅|增长率|增速)(?=\s*(?:最大|最小|最高|最低|最多|最少|是多少|多少|多大))")

# «新增了哪些项目», «哪些项目是新增的», «新设的项目», «今年新上了几个项目»
_NEW = re.compile(r"新(?:增|设|上|安排|列入|加|开设)(?:了|加)?\s*(?:哪些|哪几个|哪个|哪一个|几个|多少个|什么)?\s*(?:的)?\s*项目"
                  r"|新(?:增|设|上|安排|列入|开设)(?:了)?\s*(?:哪些|哪几个|几个|多少个)[^，。？?]{0,12}?项目"  # «新上了哪些2023年没有的项目»
                  r"|项目[^，。？?]{0,6}?(?:是|属于)?\s*新(?:增|设|上|安排|列入|加)(?:的|了)?"
                  r"|首次(?:安排|列入|设立)(?:的)?\s*(?:哪些)?\s*项目"
                  r"|(?:哪些|哪几个|几个|什么|多少个)\s*新项目|新项目(?:有|是)(?:哪些|哪几个|几个|什么)")
# «2023年有、2024年没了» (ended) or «2024年才有、2023年还没有» (new): by the order of the years
_HAD = re.compile(r"(?P<a>\d{4})\s*年[^，。？?\d]{0,6}?(?:才|新)?(?:有|出现|安排)[^，。？?\d]{0,8}?(?P<b>\d{4})\s*年"
                  r"[^，。？?\d有]{0,8}?(?:就|却|已|还|已经)?(?:没有|没了|没|不再有|不再安排)")
# «取消了哪些项目», «哪些项目今年不再安排», «2023年有、2024年没有的项目»
_STOP = r"(?:取消|撤销|砍掉|停止|去掉|退出|不再(?:安排|保留|列入|设置|实施|有)|没有?再(?:安排|列入|列|设置|有)|未再(?:安排|列入)|没有了|没了)"
_ENDED = re.compile(rf"{_STOP}(?:了)?\s*(?:哪些|哪几个|哪个|哪一个|几个|多少个|什么)?\s*(?:的)?\s*项目"
                    rf"|项目[^，。？?]{{0,14}}?(?:被)?{_STOP}"
                    rf"|{_PREVIOUS}有[^，。？?]{{0,8}}?{_THIS}?(?:就|却|已)?(?:没有|没了|不再有|没)"
                    # «哪个项目2023年还有，到2024年就没再安排了»
                    rf"|{_YEAR}(?:还|仍|都)?有[^。？?]{{0,4}}?(?:到)?\s*{_YEAR}?\s*(?:就|却|已)?{_STOP}")
# «两年都安排了的项目», «2023年和2024年都有的项目»: projects in both years
# «新增了绩效指标», «取消了一项指标», «删掉了哪条指标»: rows of a project, not projects
_ROWS_CHANGED = re.compile(r"(?:新增|新设|增加|取消|删除|删掉|去掉|撤销|不再设置)(?:了)?[^，,。？?]{0,10}?"
                           r"(?:一项|一条|哪些|哪一项|哪项|哪一条|哪条|哪个|几项|几条)?\s*(?:绩效)?指标")
_ROWS_NEW = re.compile(r"(?:新增|新设|增加|多加|加了|多了|添加|补充)(?:了)?[^，,。？?]{0,6}?"
                       r"(?:一项|一条|哪些|哪一项|哪项|哪一条|哪条|几项|几条)\s*(?:绩效)?(?:指标)?")
_ROWS_GONE = re.compile(r"(?:取消|删除|删掉|去掉|撤销|不再设置|少了|拿掉|砍掉)(?:了)?[^，,。？?]{0,6}?"
                        r"(?:一项|一条|哪些|哪一项|哪项|哪个|哪一条|哪条|几项|几条)\s*(?:绩效)?指标")
_KEPT = re.compile(r"(?:两年|两个年度|连续两年|这两年|\d{4}\s*年(?:和|与|、|及)\s*\d{4}\s*年)[^，。？?]{0,4}?"
                   r"(?:都|均|一直)(?:有|安排|列入|列|设置|保留|实施)(?:了)?(?:的)?"
                   # «2024年的项目里，有多少个在2023年也安排过»
                   r"|在?\s*\d{4}\s*年(?:也|同样|就已经|就|已经)(?:有|安排|列入|列|设置|实施)(?:过|了)?(?:的)?")

# («比上一年增加的项目»: the projects that went up, said without «哪些»)
_ITEMS = re.compile(r"哪些|哪几|哪个|哪一|什么项目|列出|列示|列明|列举|罗列|分别|有没有|是否|各是|都有谁|名单|清单"
                    r"|(?:增加|增长|减少|下降|降低|提高|压减|调增|调减|上调|下调|变化|变动|涨|降)了?的(?:是)?(?:项目|指标)"
                    r"|(?:有)?(?:什么|哪些)(?:样的)?(?:变化|调整|不同|变动)|变化在哪|变在哪|吗")
_YES_NO = re.compile(r"吗|有没有|是否|是不是")
_COUNT = re.compile(r"(?:有)?(?:几|多少)\s*(?:个|项|条)")
_PERCENT = re.compile(r"百分之几|百分比|增幅|降幅|增长率|变化率|增速|幅度|几成|多少个百分点|百分之多少|%")
_TOP = re.compile(r"最(?P<w>大|多|高|快|小|少|低|慢)")
_WHICH_LARGER = re.compile(r"哪(?:个|一个|家)(?:部门|局|单位)?(?:的)?(?:更|最)?(?P<w>大|多|高|快|小|少|低|慢)")


@dataclass(frozen=True)
class YearChange:
    """A comparison of years as the question put it.

    subject / reference: the years compared, subject first («2024年比2023年»); None for a year said
    without a number (the subject: the latest the department holds; the reference: the year before).
    what: "amount" (how much it changed), "items" (which changed), "count" (how many changed),
    "new" (projects with no predecessor), "ended" (projects with no successor), "kept" (projects
    in both years).
    direction: "up", "down" or "any".
    """

    subject: int | None
    reference: int | None
    what: str
    direction: str
    percent: bool = False  # the change asked as a percentage («增长了百分之几»)
    tally: bool = False  # «几个»: the number of them is asked
    top: int = 0  # 1: the largest change only («增长最多的»), −1: the smallest
    yes_no: bool = False  # «…了吗»: answered yes or no, with what was compared
    words: str = ""
    counted: str = ""  # «项目比上年多几个», «指标多几条»: the number of "projects" / "rows" compared
    total: bool = False  # new / ended: their money added up as well («预算合计多少»)
    beyond: tuple[str, Decimal] | None = None  # «增长超过10%»: the rate compared with a bound


def read_year_change(r: Reading, years: tuple[int, ...], after_change: bool = False) -> YearChange | None:
    """The comparison of years a question asks, taking its words; None when it asks none.
    `years` are the years the scope reader found in the question (those the store holds);
    `after_change`: the previous answer compared years, so «它们一共增加了多少» continues it."""
    text = r.text
    subject = reference = None
    spans: list[tuple[int, int]] = []
    m = _EXPLICIT.search(text)
    if m:
        subject, reference = _number(m.group("s")), _number(m.group("r"))
        between = re.search(r"(?:比|较|相比|相较)\s*(?:于)?\s*$", text[m.end("s"):m.start("r")])
        spans.append((m.end("s") + between.start(), m.start("r")))  # the word, not «预算»
    elif (m := _PAIR.search(text)) is not None and m.group("a") != m.group("b"):
        a, b = _number(m.group("a")), _number(m.group("b"))
        subject, reference = max(a, b), min(a, b)  # two years side by side: the later is compared with the earlier
        spans.append((m.end("a"), m.start("b")))
    elif (m := _PAIR_ASKED.search(text)) is not None and m.group("a") != m.group("b"):
        # «2024年和2025年的预算分别是多少？增长了百分之几»: both years, then the change asked
        a, b = _number(m.group("a")), _number(m.group("b"))
        subject, reference = max(a, b), min(a, b)
        spans.append((m.end("a"), m.start("b")))
    elif (m := _AGAINST.search(text)) is not None:
        reference = _number(m.group("r"))
        others = [y for y in years if y != reference]
        subject = others[0] if len(others) == 1 else None
        spans.append(m.span())
    elif (m := _SPAN.search(text)) is not None and m.group("r") != m.group("s"):
        subject, reference = _number(m.group("s")), _number(m.group("r"))
        spans.append(m.span())
    elif (m := _THAN_YEAR.search(text)) is not None and len([y for y in years if y != _number(m.group("r"))]) == 1:
        # «2024年的覆盖人数目标是多少？比2023年多几个人»: the other year named is the subject
        reference = _number(m.group("r"))
        subject = next(y for y in years if y != reference)
        spans.append((m.start(), m.start("r")))
    elif (m := _THAN_YEAR.search(text)) is not None and all(y == _number(m.group("r")) for y in years):
        # «有哪些指标的目标值比2023年调低了»: that year is the reference, the later one the subject
        reference = _number(m.group("r"))
        spans.append((m.start(), m.start("r")))
    elif (m := _RELATIVE.search(r.free)) is not None:
        subject = years[-1] if len(years) == 1 else None
        spans.append(m.span())
    elif (m := _TWO_YEARS.search(r.free)) is not None and any(
            w in r.free[m.end():] for w in _SAME + _ANY + _UP + _DOWN):
        spans.append(m.span())  # «两年有没有变化»: the latest year against the one before
    seen = _with_years(r)  # the free text with the years the scope reader took put back
    new = _NEW.search(seen)
    ended = _ENDED.search(seen)
    had = _HAD.search(seen)
    if had and not new and not ended:
        if int(had.group("a")) < int(had.group("b")):
            ended = had
        else:
            new = had
    kept = _KEPT.search(seen)
    # (on the text as written: «指标» may have been read as a field already)
    rows_new, rows_gone = (next((m for m in rx.finditer(r.text) if _open(r, m.start())), None)
                           for rx in (_ROWS_NEW, _ROWS_GONE))
    if (rows_new or rows_gone) and not (new or ended or kept) and (spans or years):
        # «2025年删掉了哪个指标», «比2024年多加了哪一条»: rows of a project one year lacks
        found = rows_new or rows_gone
        if not spans and len(years) == 1:
            subject = years[0]
        for start, end in spans:
            r.take(start, end, "years")
        r.take(found.start(), found.end(), "years")
        return YearChange(subject, reference, "new_rows" if rows_new else "ended_rows", "any",
                          tally=bool(_COUNT.search(r.free)), words=found.group(0))
    implied = _IMPLIED.search(r.free)
    continued = after_change and re.search(r"(?:增加|减少|增长|下降|变化|多|少)了?\s*(?:多少|几)", r.free)
    if not spans and not (new or ended or kept or implied or continued):
        return None
    if subject is not None and reference is not None and subject == reference:
        return None
    if not spans and (kept or new or ended) and len(years) == 2:
        subject, reference = years[-1], years[0]  # «2023年有、2024年没有», «2023年和2024年都有»
    elif not spans and len(years) == 1 and kept and re.search(r"\d{4}\s*年(?:也|同样|就已经|就|已经)", kept.group(0)):
        reference = years[0]  # «其中哪些项目2023年也有»: the year said is the one compared with
    elif not spans and len(years) == 1:
        subject = years[0]  # «2024年调低了», «2024年新增的»
    for start, end in spans:
        r.take(start, end, "years")
    this = re.search(_THIS, r.free)
    if this:
        r.take(this.start(), this.end(), "years")
    yes_no = bool(_YES_NO.search(r.free))
    tally = bool(_COUNT.search(r.free))
    if new or ended or kept:
        found = new or ended or kept
        r.take(found.start(), found.end(), "years")
        what = "new" if new else "ended" if ended else "kept"
        row_words = next((m for m in _ROWS_CHANGED.finditer(r.text) if _open(r, m.start())), None)
        if row_words and what in ("new", "ended"):  # «哪个项目新增了绩效指标», «取消了哪一项指标»
            r.take(row_words.start(), row_words.end(), "years")
            r.take_all(("哪一项", "哪些", "哪个", "哪项", "什么指标", "是什么", "新增的是", "取消的是"), "years")
            return YearChange(subject, reference, f"{what}_rows", "any", tally=tally, yes_no=yes_no,
                              words=found.group(0))
        if new and ended:  # «新增了哪些项目，又有哪个项目没了»: both
            r.take(ended.start(), ended.end(), "years")
            what = "new+ended"
        r.take_all(("有几个", "有多少个", "几个", "多少个", "几项", "多少项", "有没有", "哪些", "哪几个",
                    "哪个"), "years")
        # «两年都安排了的项目里，2024年比2023年少的»: those kept, that went one way
        percent = what == "kept" and bool(_PERCENT.search(r.free))
        if percent:
            r.take_all(("（百分比）", "(百分比)", "百分之几", "百分比", "增长率", "增幅", "降幅", "幅度",
                        "百分之多少"), "years")
        top = _TOP.search(r.free) if what == "kept" else None
        if top:  # «两年都有的项目中，哪个减少的金额最多»: the one that went furthest
            r.take(top.start(), top.end(), "years")
        direction = (_direction(r) or "any") if what == "kept" else "any"
        if direction != "any" or top:
            what = "items"  # the projects in both years whose figure went that way
            if top:
                r.take_all(("减少了多少", "增加了多少", "增长了多少", "多少万元", "多少", "的金额", "金额"), "years")
                return YearChange(subject, reference, what, direction, percent, tally=tally,
                                  top=1 if top.group("w") in "大多高快" else -1, words=found.group(0))
        total = what in ("new", "ended") and bool(r.take_all(
            ("预算合计多少", "合计多少", "一共多少钱", "一共多少", "总共多少", "加起来多少", "共计多少", "预算总额",
             "合计"), "years"))  # «新增了哪些项目？预算合计多少»: their money added up too
        return YearChange(subject, reference, what, direction, tally=tally, yes_no=yes_no,
                          words=found.group(0), total=total)
    larger = _WHICH_LARGER.search(r.free)
    if larger:  # «增幅哪个大», «哪个部门增长更多»: the one that went furthest
        r.take(larger.start(), larger.end(), "years")
    # before the direction words: «有什么变化» asks which; «预算总额分别是多少» asks the totals
    items = None if larger else _ITEMS.search(r.free)
    if items and not re.search(r"哪|列出|列示|列明|列举|罗列|名单|清单", r.free) and \
            re.search(r"总额|合计|总计|总盘子|一共|总共", r.free):
        items = None  # «两年的预算总额分别是多少»: the totals, not which projects
    percent = bool(_PERCENT.search(r.free))  # before them too: «增长率» is a percentage
    amount_first = re.search(r"(?:多少|几)\s*(?:万元|万|元|钱)", r.free)
    if percent and amount_first and amount_first.start() < _PERCENT.search(r.free).start():
        # «增加了多少万元？增长了百分之几？»: the amount asked first is the answer's figure (the
        # percentage is said beside it)
        percent = False
        r.take_all(("百分之几", "百分比", "增长率", "增幅", "降幅", "幅度", "百分之多少"), "years")
    if percent:
        r.take_all(("（按百分比）", "(按百分比)", "按百分比", "百分之几", "多少个百分点", "百分比", "增长率",
                    "变化率", "增幅", "降幅", "增速", "幅度", "百分之多少", "几成"), "years")
    beyond = None
    bound = _RATE_BOUND.search(r.free)
    if bound and (op := q.BEFORE_WORDS.get(bound.group("w"))):  # «增长超过10%的项目»
        beyond = (op, Decimal(bound.group("n")))
        r.take(bound.start("w"), bound.end(), "years")
    top = _TOP.search(r.free)
    if top:
        r.take(top.start(), top.end(), "years")
    elif larger:
        top = larger
    direction = _direction(r)
    if larger:
        what = "amount"
        r.take_all(("多少", "百分之多少", "百分之几", "大的那个", "大的", "那个", "哪个"), "years")
    elif items or top:
        what = "items"
        r.take_all(("哪些", "哪几个", "哪几", "哪个", "列出", "列示", "列明", "列举", "罗列", "分别",
                    "有没有", "是否", "各是", "什么", "在哪", "是不是", "各自降幅", "各自增幅", "各自"), "years")
    elif tally and re.search(r"项目|指标", r.free):
        what = "count"
        r.take_all(("有几个", "有多少个", "几个", "多少个", "几项", "多少项", "几条", "多少条"), "years")
    else:
        what = "amount"
        r.take_all(("多少个百分点", "百分之多少", "多少", "多大", "几成", "合计", "总计", "总额", "总共",
                    "一共", "加起来", "共计"), "years")
    if direction is None:
        direction = "any"
    counted = ""
    more = _COUNT_MORE.search(text)
    if more and not top and not larger and not re.search(r"预算|资金|金额|经费|钱|万元|目标|指标值|哪", text):
        # «卫健局2024年的项目比2023年多几个»: how many there are, each year
        counted = "rows" if more.group("u") == "条" or "指标" in text else "projects"
        r.take(more.start(), more.end(), "years")
        r.take_all(("项目", "指标", "绩效指标", "有几个", "几个", "几条"), "years")
        what = "amount"
    if beyond and what == "amount":
        what = "items"  # «哪些项目增长超过10%»: the projects that went that far
    return YearChange(subject, reference, what, direction, percent, tally=what == "count", counted=counted,
                      beyond=beyond,
                      top=(1 if top.group("w") in "大多高快" else -1) if top else 0,
                      yes_no=yes_no and what == "items",
                      words=text[spans[0][0]:spans[0][1]] if spans else "")


def _direction(r: Reading) -> str | None:
    """The direction asked («增加», «下调», «变化», «多多少»), taking its word."""
    free = r.free
    found: list[tuple[int, str, str]] = []
    for words, way in ((_UP, "up"), (_DOWN, "down"), (_ANY, "any"), (_SAME, "same")):
        for w in words:
            at = free.find(w)
            if at >= 0:
                found.append((at, way, w))
    m = _MORE_LESS.search(free)
    if m:
        found.append((m.start(), "up" if m.group("w") == "多" else "down", m.group(0)))
    for m in _THAN.finditer(r.text):  # «2024年预算比2023年少的»: a comparative after the year
        if r.is_free(m.start("w"), m.end("w")):  # compared with (its «比» taken with the years)
            found.append((m.start("w"), "up" if m.group("w") in "多高大" else "down", m.group("w")))
            break
    if not found:
        return None
    found.sort(key=lambda f: (f[0], -len(f[2])))
    at, way, word = found[0]
    r.take(at, at + len(word), "years")
    for at2, other, w in found[1:]:  # «增加还是减少», «增减变化»: either way
        if not r.is_free(at2, at2 + len(w)):
            continue
        if other == "any" and re.search(r"[？?。！!]", r.text[at:at2]):
            continue  # «…少了的项目都有哪些？我要写个预算变动情况说明»: another sentence
        if other != way:
            way = "any"
        r.take(at2, at2 + len(w), "years")
    return way


def _open(r: Reading, at: int) -> bool:
    """Is the verb at `at` free, or read by this reader (or as logic) only?"""
    return all(o in (None, "years", "logic") for o in r.owner[at:at + 2])


def _with_years(r: Reading) -> str:
    return "".join(c if o is None or o == "scope" else FREE for c, o in zip(r.text, r.owner))


def _number(text: str) -> int:
    return int(_YEAR_NUMBER.search(text).group(0))
