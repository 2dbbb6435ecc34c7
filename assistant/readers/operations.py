"""What a question asks to be done: list, count, sum, mean, extremes and top-N, ranks, shares,
differences, ratios, division and multiplication by a number, a yes/no check, the table's
structure. Each reader takes the words it used, numbers included («前三», «按35人», «增长8%»)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant import lexicon as lx
from assistant.reading import Reading, per_units
from ingest import quantity as q

_N = r"[一二两三四五六七八九十\d]{1,3}"
_TOP = re.compile(
    rf"(?:(?P<w1>最高|最多|最大|最贵|最低|最少|最小)的?\s*(?:是)?(?:哪)?(?P<n1>{_N})\s*(?:个|项|名|位|家)"
    rf"|(?:排名|排在|排)?前[ \t]*(?P<n2>{_N})(?![\d.])(?!\s*个?\s*(?:月|季|年|半年))\s*(?:个|项|名|位)?(?:的)?(?:项目)?"
    rf"|(?:哪|这)(?P<n3>{_N})\s*(?:个|项)(?:项目)?的?[\u3000]*(?P<w3>最高|最多|最大|最低|最少|最小)"
    rf"|(?:后|倒数)\s*(?P<n4>{_N})\s*(?:个|项|名|位)(?!月))")
_PLACE = re.compile(r"(?:排名|排在|排位|排)?(?:从(?:高到低|大到小|低到高|小到大))?(?:排)?(?:倒数)?第几(?:位|名|个)?|排名(?:怎么样|如何|多少)|排在哪")
_RANK = re.compile(rf"(?P<bottom>倒数)?第\s*(?P<n>{_N})\s*(?P<w>高|多|大|名|位|低|少|小)?")
_COUNT = re.compile(r"(?:多少|(?<![那这哪])几)\s*(?P<unit>个|条|项|家)?\s*(?:[\u4e00-\u9fff\u3000]{0,6}?)(?P<noun>项目|指标)"
                    r"|(?P<noun2>项目|指标)(?:[\u4e00-\u9fff\u3000]{0,4}?)(?<!哪)(?:多少|几)\s*(?P<unit2>个|条|项|家)"
                    r"(?!\s*[\u4e00-\u9fff]{0,8}?(?:的人|人员|人|户|村|学员|对象|乡镇|单位|场|次))"  # not «…用多少个购买服务的人»
                    r"|(?P<noun3>项目数|指标数|条数|(?<![这那])个数)")  # «这个数» is a number, not a count
_DIVIDE_BY = re.compile(r"按 *(?P<what>[^，,。？?]{1,40}?)(?:来)?(?:平均|平摊|分摊|均摊|摊)"
                        # «摊到每个培育对象头上»: the heads the project's own row counts
                        r"|(?:平均|平摊|分摊|均摊|摊)(?:到|给)每(?:个|位|名|一个)?(?P<what6>[\u4e00-\u9fff]{1,8}?)"
                        r"(?:头上|身上|手里|(?=平均|大概|大约|约|合|是|能|可|有|的|[，,。？?]|$))"
                        r"|按 *(?P<what4>(?![\d一二两三四五六七八九十百])[^，,。？?]{2,20}?)(?:来)?(?:算|计算|计)[，,]?\s*(?=户均|人均|亩均|每)"
                        r"|除以 *(?P<what3>[^，,。？?]{1,40})"
                        r"|按 *(?P<what2>[\d一二两三四五六七八九十百千万]+\s*(?:个)?(?:[\u4e00-\u9fff]{0,4}?(?:人员|人|户|名|位|亩)|\u3000{2,8}))(?:的)?(?:[\u4e00-\u9fff]{0,4}?)(?:来)?(?:算|计算|计)"
                        # «要是培育500人的话，人均多少»: a head count supposed
                        r"|(?:要是|如果|假如|假设|若是|若)[^，,。？?\d]{0,6}?(?P<what5>[\d一二两三四五六七八九十百千万]+\s*(?:个)?(?:人|户|名|位))(?:的话)?(?=[，,]?\s*(?:人均|户均|每人|每户|平均))")
# «那35个人，平均一人多少»: a head count restated, then a share per head asked
_HEADS = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十百]+)\s*(?:个)?(?P<per>人|户|名|位)[^，,。？?]{0,4}[，,]?\s*"
                    r"(?:平均|人均)\s*(?:一|每)(?:人|户|名|位)")
# «平均每培训一人次», «每接入一家企业»: a verb before «一» and the unit counted
_PER_HEAD = re.compile(r"(?:平均)?(?:每(?P<verb>[\u4e00-\u9fff]{1,3}?(?=一))?(?:一)?(?P<per>"
                       + per_units("个", "名", "位", "次", "人次", "户次", "家次", "台件", "台套") + r")|(?P<per2>人|户|亩)均)"
                       r"(?:平均)?(?:合|能分到|分到|可以分到|大约|约)?")
_GROWTH = re.compile(r"(?P<verb>增长|增加|提高|上浮|上涨|上调|涨|下降|减少|降低|下浮|下调|压缩|压减|削减|"
                     r"核减|扣减|减去|扣除|追加|加上|砍掉|砍) *了? *(?P<amount>[^，,。？?\u3000]{1,12})")  # (not over words taken)
# «…要压减多少», «一共能省下多少钱»: the change asked, after a rate of change
_CHANGE_ASKED = re.compile(r"(?:压减|削减|减少|下调|压缩|核减|扣减|砍掉|砍|下降|降低|增加|增长|上浮|上调|提高|追加|"
                           r"节省|节约|省下|省)\s*(?:了|掉|下来|下)?\s*(?:的)?\s*(?:金额|钱|资金|数额|预算)?\s*"
                           r"(?:是|为|有)?\s*(?:多少|几)")
_DOWN = ("下降", "减少", "降低", "下浮", "下调", "压缩", "压减", "削减", "核减", "扣减", "减去", "扣除",
         "砍掉", "砍")
# «人均3000元，500人算下来多少»: a rate from the question times a count from the question.
_RATE_TIMES = re.compile(r"(?:人均|每人|每户|户均|每亩|亩均)\s*(?P<rate>[^，,。？?]{1,10}?元)[^。？?]{0,10}?[，,、]?\s*"
                         r"(?P<count>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(?P<wan>万)?(?:个)?(?P<unit>人|户|亩|名)"
                         r"(?P<tail>[^。？?]{0,8}?(?:算下来|一共|总共|合计|需要|要|共)?[^。？?]{0,6}?(?:多少|几))")
# «平均每辆公交车补贴多少元», «平均下来每个行政村投入多少万元»: money per a thing the table counts
_PER_THING = re.compile(r"(?:平均(?:下来|算下来|摊下来)?|摊到|分到)\s*每\s*(?:一)?\s*(?P<per>个|辆|座|家|所|处|台|套|条|艘|架)"
                        r"(?P<what>(?:(?!的)[\u4e00-\u9fff]){0,6}?)(?:能|可以|可|要|需要)?(?:分到|补贴|补助|投入|花|拿到?|得到|合|大约|约)?"
                        r"(?:了)?\s*(?:是|为|有)?\s*(?:多少|几)\s*(?:钱|元|万元|万|块)")
_ENOUGH = re.compile(r"(?:够|能|可以|可)\s*(?:发放给?|发给?|给|补贴给?|补助给?|覆盖|保障|支持|用|救助|资助|惠及)?"
                     r"(?:多少|几)\s*(?P<unit>人次|户次|人|户|个|次|名|年|月)")
# «折成一年多少», «一年下来是多少»: a monthly figure converted to a year (the question must say
# it converts, or speak of a month: «每年代缴多少元» asks for a yearly figure as written).
_YEARLY = re.compile(r"(?:折成|折合|换算成?|算成|按)\s*(?:一年|全年|每年|一整年)[^，,。？?]{0,6}?(?:多少|几)"
                     r"|(?<!每)(?:一年|全年|一整年)(?:下来|合计|累计|总共|一共)?[^，,。？?]{0,6}?(?:多少|几)")


@dataclass(frozen=True)
class OperationWords:
    """The operation a question asks for, with the numbers it carries."""

    kind: str | None = None  # list count sum mean max min rank share difference ratio divide multiply
    n: int | None = None
    count_of: str | None = None  # count: "projects" | "rows"
    share_whole: str = ""  # the words after «占»: what the share is of
    divisor: str = ""  # divide: «按…平均» words naming the divisor
    per: str = ""  # divide: «每人» → 人
    factor: Decimal | None = None  # multiply
    numbers: tuple[q.Amount, ...] = ()  # amounts the operation itself uses («177万元…67元»)
    yes_no: bool = False
    structure: str | None = None  # "level1" | "level2"
    yearly: bool = False
    signed: bool = False  # difference «A比B多多少»: A − B
    at: int = -1  # where the operation word stands (share: «占»)
    span: tuple[int, int] = (-1, -1)  # divide: where «按…平均» names the divisor
    percent: bool = False  # share written «A是B的百分之几»
    bare: bool = False  # count: «…有几个» with no noun
    change: str = ""  # multiply: «压减5%，要压减多少» asks the change itself ("down" | "up")


def read_yes_no(r: Reading) -> bool:
    """«有没有», «是否», «…吗»: a yes/no question (the words are taken)."""
    yes_no = any(w in r.free for w in lx.YES_NO) or r.free.rstrip("？? 。").endswith("吗")
    r.take_all(lx.YES_NO, "yes-no")
    return yes_no


def read_operation(r: Reading, yes_no: bool = False) -> OperationWords:
    """The operation words, taken from the reading."""
    structure = _structure(r)
    if structure:
        return OperationWords("structure", structure=structure, yes_no=yes_no)
    few = re.search(r"(?<=最高|最低|最大|最小|最多|最少)\s*(?:的)?\s*(?:那)?\s*几\s*(?:个|项|家)", r.free)
    if few:  # «满意度目标定得最高的几个项目»: those at the top (however many tie), not how many
        r.take(few.start(), few.end(), "operation")
    monthly = _MONTHLY_AMOUNT.search(r.free)
    enough = _ENOUGH.search(r.free[monthly.end():]) if monthly else None
    a_year = _A_YEAR_OF_IT.search(r.free[monthly.end():]) if monthly else None
    if enough and a_year and _PER_HEAD.search(monthly.group(0)):
        # «按每人每月300元，一年能覆盖多少人»: the money over one head's year (the monthly figure × 12)
        a = next((x for x in q.find_amounts(monthly.group(0)) if x.unit in q.MONEY_UNITS), None)
        if a is not None:
            for m in (monthly, a_year, enough):
                at = monthly.end() if m is not monthly else 0
                r.take(at + m.start(), at + m.end(), "operation")
            return OperationWords("divide", yes_no=yes_no, per=enough.group("unit"), numbers=(
                q.Amount(a.value * 12, a.unit, 0, 0, f"{a.written}×12个月"),))
    heads = [x for x in q.find_amounts(r.free) if x.unit in ("人", "户", "名", "人次", "户次")
             and r.is_free(x.start, x.end) and monthly and not monthly.start() <= x.start < monthly.end()]
    if monthly and a_year and len(heads) == 1:
        # «每人每月1120元，2150人一年需要多少万元»: the monthly standard × 12 × the heads
        a = next((x for x in q.find_amounts(monthly.group(0)) if x.unit in q.MONEY_UNITS), None)
        if a is not None:
            r.take(monthly.start(), monthly.end(), "operation")
            r.take(heads[0].start, heads[0].end, "operation")
            year = _A_YEAR_OF_IT.search(r.free)
            if year:
                r.take(year.start(), year.end(), "operation")
            return OperationWords("product", yes_no=yes_no, numbers=(
                q.Amount(a.value * 12, a.unit, 0, 0, f"{a.written}×12个月"), heads[0]))
    if monthly and a_year:
        # «每人每月增加123元，一年下来每人多增加多少元»: the monthly figure of the question × 12
        a = next((x for x in q.find_amounts(monthly.group(0)) if x.unit in q.MONEY_UNITS), None)
        if a is not None:
            r.take(monthly.start(), monthly.end(), "operation")
            year = _A_YEAR_OF_IT.search(r.free)
            r.take(year.start(), year.end(), "operation")
            return OperationWords("product", yes_no=yes_no, numbers=(
                q.Amount(a.value, a.unit, 0, 0, a.written), q.Amount(Decimal(12), "个月", 0, 0, "12个月")))
    growth = _growth(r)
    if growth is not None:
        return replace(growth, yes_no=yes_no)
    enough = _ENOUGH.search(r.free)
    if enough:
        amounts = [a for a in q.find_amounts(r.free) if a.unit and r.is_free(a.start, a.end)]
        money = [a for a in amounts if a.unit in q.MONEY_UNITS or a.unit in ("万", "亿")]
        if len(money) >= 2 or (len(money) == 1 and _PER_HEAD.search(r.free)):
            for a in money:
                r.take(a.start, a.end, "operation")
            r.take(enough.start(), enough.end(), "operation")
            per = _PER_HEAD.search(r.free)
            if per:
                r.take(per.start(), per.end(), "operation")
            return OperationWords("divide", numbers=tuple(money), per=enough.group("unit"))
    product = _product(r)
    if product is not None:
        return replace(product, yes_no=yes_no)
    heads = _HEADS.search(r.free)
    if heads:  # «劳务派遣那35个人，平均一人一年多少万»
        r.take(heads.start(), heads.end(), "operation")
        r.take_all(("人均", "平均"), "operation")
        return OperationWords("divide", divisor=heads.group("n") + heads.group("per"),
                              per="人" if heads.group("per") in "人名位" else heads.group("per"),
                              yes_no=yes_no, span=(heads.start(), heads.end()))
    per_thing = _PER_THING.search(r.free)
    what = per_thing.group("what") if per_thing else ""
    if per_thing and not re.match(r"项目|部门|单位|局|月|年|季|预算|资金|经费|金额|钱|对应|合|折|约|大约|平均", what) \
            and (what or per_thing.group("per") != "个"):
        # «平均每辆公交车补贴多少元», «平均下来每个行政村投入多少万元», «每座要花多少»: the money
        # over the project's own row counted in that unit
        r.take(per_thing.start(), per_thing.start("what"), "operation")
        r.take(per_thing.end("what"), per_thing.end(), "operation")
        r.take_all(("平均下来", "平均", "人均"), "operation")
        return OperationWords("divide", divisor=what, per=per_thing.group("per"), yes_no=yes_no,
                              span=(per_thing.start("what"), per_thing.end("what")))
    by_projects = re.search(r"按\s*(?:项目)?(?:个数|项目数|数量)\s*(?:来)?(?:平均|平摊|均摊|分摊)", r.free)
    if by_projects:  # «按项目个数平均，每个项目多少钱»: the mean
        r.take(by_projects.start(), by_projects.end(), "operation")
        r.take_all(("每个项目", "每个", "平均"), "operation")
        return OperationWords("mean", yes_no=yes_no)
    # «平均到每个家庭医生团队头上»: the heads may be an indicator a reader has already named
    divide = _DIVIDE_BY.search(r.free) or next((m for m in _DIVIDE_BY.finditer(r.text) if m.group("what6")
                                                and r.is_free(m.start(), m.start("what6"))), None)
    per_head = _PER_HEAD.search(r.free)
    if per_head and not divide and per_head.group("per") == "个" and _asks_amount(r.free[per_head.end():]):
        r.take(per_head.start(), per_head.end(), "operation")  # «平均每个项目预算多少»: the mean
        r.take_all(("平均",), "operation")
        return OperationWords("mean", yes_no=yes_no)
    loose = bool(per_head) and (per_head.group("per") in _MEASURE_UNITS or bool(per_head.group("verb"))
                                or len(per_head.group("per") or "") == 2)
    if divide or (per_head and (_asks_amount(r.free[per_head.end():], loose=loose) or (
            loose and _asks_amount(r.text[per_head.end():], loose=True)))):
        group = next(g for g in ("what", "what2", "what3", "what4", "what5", "what6") if divide.group(g)) \
            if divide else None
        # «按表里写的派遣人员数量»: where the figure is printed is not part of its name
        words = re.sub(r"^(?:表|表格|表上|表中|表里|文件|文件里|里面)(?:写|填|列|定)?的", "", divide.group(group)) if divide else ""
        if group != "what2":  # words another reader took (a project's name) are not the divisor's
            words = re.sub(r"\u3000+", "", words)
        span = (divide.start(group), divide.end(group)) if divide else (-1, -1)
        if divide:
            r.take(divide.start(), divide.start(group), "operation")
            r.take(divide.end(group), divide.end(), "operation")
            if group in ("what2", "what5") or group == "what" and re.search(r"\d", words):  # «按35个人算»: the count is the divisor, not a condition
                r.take(divide.start(group), divide.end(group), "operation")
            r.take_all(("人均", "每人", "平均"), "operation")
        if per_head:
            r.take(per_head.start(), per_head.end(), "operation")
            r.take_all(("平均到", "平摊到", "分摊到", "平均下来", "平均"), "operation")  # «平均到每接待一人次»
        per = (per_head.group("per") or per_head.group("per2")) if per_head else "人"
        return OperationWords("divide", divisor=words, per=per, yes_no=yes_no, span=span)
    rows_extreme = next((m for m in _ROWS_EXTREME.finditer(r.text) if r.is_free(m.start("w"), m.end("w"))), None)
    if rows_extreme:  # «哪个项目的指标条数最多，有几条»: each project's rows counted, the extreme
        r.take(rows_extreme.start("w"), rows_extreme.end("w"), "operation")
        r.take_all(("条数", "有几条", "几条", "多少条", "有多少条", "数量", "个数"), "operation")
        low = rows_extreme.group("w")[-1] in "少"
        return OperationWords("min" if low else "max", count_of="rows", yes_no=yes_no)
    top = _TOP.search(r.free)
    if top:
        raw = top.group("n1") or top.group("n2") or top.group("n3") or top.group("n4")
        word = top.group("w1") or top.group("w3") or ""
        before = re.search(r"(最高|最多|最大|最贵|最低|最少|最小)的?\s*$", r.free[:top.start()]) \
            if top.group("n2") else None
        if before:  # «钱最少的前三个»: the extreme word before «前N» says which end
            word = before.group(1)
            r.take(before.start(), before.end(), "operation")
        low = word in lx.MIN_WORDS or bool(top.group("n4"))
        r.take(top.start(), top.end(), "operation")
        return OperationWords("min" if low else "max", n=int(q.number(raw)), yes_no=yes_no,
                              at=top.start())
    place = _PLACE.search(r.free)
    if place:  # «劳务派遣人员工资在所有项目里预算排第几»: where one named project stands
        r.take(place.start(), place.end(), "operation")
        r.take_all(("在所有项目里", "在所有项目中", "在全部项目里", "在全部项目中", "所有项目里",
                    "全部项目里", "所有项目中", "全部项目中", "（从大到小）", "（从高到低）",
                    "(从大到小)", "(从高到低)", "从大到小", "从高到低", "从小到大", "从低到高"), "operation")
        low = bool(re.search(r"低到高|小到大|倒数|倒着", r.text))
        return OperationWords("place", n=-1 if low else 1, yes_no=yes_no)
    rank = _RANK.search(r.free)
    if rank and (rank.group("w") or "排" in r.free):
        n = int(q.number(rank.group("n")))
        bottom = bool(rank.group("bottom")) or (rank.group("w") or "") in ("低", "少", "小")
        r.take(rank.start(), rank.end(), "operation")
        r.take_all(("排名", "排在", "排"), "operation")
        return OperationWords("rank", n=-n if bottom else n, yes_no=yes_no)
    share = _share(r)
    if share is not None:
        return share
    counted = [m for m in re.finditer("|".join(lx.COUNT_DIFF_WORDS), r.free)
               if not re.match(r"[人户次家所亩名位天元万]", r.free[m.end():m.end() + 1])]
    for m in counted:
        r.take(m.start(), m.end(), "operation")
    if counted:
        r.take_all(("比",), "operation")
        rows = counted[0].group(0).endswith("条")  # «质量指标比…多几条»: rows counted
        return OperationWords("difference", yes_no=yes_no, signed=True,
                              count_of="rows" if rows else "projects")
    for words, kind in ((lx.DIFF_WORDS, "difference"), (lx.RATIO_WORDS, "ratio")):
        found = r.take_all(words, "operation")
        if found:
            # «A比B多多少» is A − B; «A和B比…相差多少» is how far apart (多少 is no direction)
            signed = bool(re.search(r"比.{1,40}(多(?!少)|(?<!多)少|高|低)", r.text))
            if signed:
                r.take_all(("比",), "operation")
                # «两笔…加起来，比…多多少»: each side is a total
                r.take_all(lx.SUM_WORDS, "operation")
            return OperationWords(kind, yes_no=yes_no, signed=signed)
    yearly = _YEARLY.search(r.free)
    if yearly:
        r.take(yearly.start(), yearly.end(), "operation")
        return OperationWords("multiply", factor=Decimal(12), yearly=True, yes_no=yes_no)
    if r.take_all(lx.MEAN_WORDS, "operation"):
        return OperationWords("mean", yes_no=yes_no)
    count = _count(r)
    if count == "projects?":
        return OperationWords("count", count_of="projects", bare=True, yes_no=yes_no)
    if count:
        # «…有几个？加起来多少？», «其他资金加起来多少？涉及几个项目？»: a total in a clause of its
        # own, before or after the count (not «一共多少个», which counts again)
        total = re.search(
            r"(?:^|[，,；;？?])\s*(?:它们的|这些项目的|其|各项目的)?[^，,；;？?]{0,16}?(?:预算|资金|金额|经费|钱)?\s*(?:数)?\s*"
            r"(?P<sum>合计|总计|一共|总共|共计|加起来|加一块|加在一起)[^，,。？?]{0,3}(?:多少|是多少)(?!\s*(?:个|项|条))"
            r"(?:\s*(?:万元|万|元|钱))?\s*(?:[？?，,；;。]|$)", r.text)
        if count == "projects" and total and r.is_free(total.start("sum"), total.end("sum")):
            # «…有几个？预算合计多少？»: the total says how many it adds up too
            r.take_all(lx.SUM_WORDS + ("有几个", "几个", "多少个"), "operation")
            return OperationWords("sum", yes_no=yes_no)
        r.take_all(("一共", "总共", "共有", "合计", "总计", "共计", "加起来", "加在一起", "加一块",
                    "合起来"), "operation")
        return OperationWords("count", count_of=count, yes_no=yes_no)
    if r.take_all(lx.SUM_WORDS, "operation"):
        return OperationWords("sum", yes_no=yes_no)
    if _BOUND.search(r.free):  # «最多只定到85%»: a bound on the values, no extreme asked
        return OperationWords(None, yes_no=yes_no)
    if (pace := re.search(r"(?:进度|支出|用款|花钱|花得)\s*(?:的)?\s*(?P<w>最快|最慢)", r.text)) and \
            r.is_free(pace.start("w"), pace.end("w")):  # «上半年支出进度最快»: the largest planned share
        r.take(pace.start("w"), pace.end("w"), "operation")
        return OperationWords("max" if pace.group("w") == "最快" else "min", yes_no=yes_no)
    if r.take_all(lx.MAX_WORDS, "operation"):
        return OperationWords("max", yes_no=yes_no)
    if r.take_all(lx.MIN_WORDS, "operation"):
        return OperationWords("min", yes_no=yes_no)
    return OperationWords(None, yes_no=yes_no)


_BOUND = re.compile(r"(?:最多|最高|最少|最低|至多)(?:只|也就|也|才)?(?:定到|定在|设到|设为|定为|定了|到|为|是|达到|达)?"
                    r"\s*(?:\d|[一二两三四五六七八九十百]|百分之)")


_ASKS_KINDS = re.compile(r"(哪些|哪几种|哪几类|哪几个|哪几|几种|几类|什么|分别|分为|包括|有哪|都有)\s*(?P<level>一级|二级)指标"
                         r"|(?P<level2>一级|二级)指标\s*(?:都|分别|共|一共)?\s*(?:有哪些|有什么|有几种|有几类|有哪几类|"
                         r"有哪几种|有哪几个|分为|包括|是哪些|是什么|都有哪些|(?:分了|分成|分|有)(?:几个|几种|几类|几大类)|"
                         r"都是啥|是啥|有啥|都有啥|(?:都)?分(?:了|为|成)?(?:哪些|哪几)(?:个)?(?:类别|类|种)|有哪些类别)")


def _structure(r: Reading) -> str | None:
    """«有哪些二级指标», «一级指标“效益指标”下面用到了哪几种二级指标»: the table's categories."""
    if re.search(r"(没有|未设|没设|缺|的项目)", r.free):
        return None  # «没有设置二级指标的项目» asks for projects
    m = _ASKS_KINDS.search(r.free)
    if not m:
        return None
    level = m.group("level") or m.group("level2")
    r.take(m.start(), m.end(), "structure")
    r.take_all(("下面", "之下", "下设", "用到了", "用到", "用了", "都是啥", "都是什么", "是啥", "分别是什么"),
               "structure")
    return "level1" if level == "一级" else "level2"


_MONTHLY_AMOUNT = re.compile(r"(?:每人)?(?:每个?月|月均)[^，,。？?\d]{0,8}?\d+(?:\.\d+)?\s*元")
_A_YEAR_OF_IT = re.compile(r"(?:一年|全年|一整年)(?:下来|算下来|累计|合计|总共|一共)?[^，,。？?]{0,10}?(?:多少|几)")


def _product(r: Reading) -> OperationWords | None:
    """«高素质农民人均3000元，500人算下来多少万»: rate × count, both stated in the question."""
    m = _RATE_TIMES.search(r.free)
    if not m:
        return None
    rate = q.find_amounts(m.group("rate"))
    if not rate or rate[-1].unit not in q.MONEY_UNITS:
        return None
    count = q.number(m.group("count")) if m.group("count")[0].isdigit() else q.cjk_number(m.group("count"))
    if m.group("wan"):
        count *= 10000
    r.take(m.start(), m.end("unit"), "operation")
    r.take_all(("算下来", "一共", "总共", "合计", "需要", "测算", "计算", "按"), "operation")
    a = rate[-1]
    return OperationWords("product", numbers=(a, q.Amount(count, m.group("unit"), 0, 0, m.group("count"))))


def _growth(r: Reading) -> OperationWords | None:
    """«增长8%», «增长百分之二十», «上浮一成» (× 1 ± p), «压减一千万元», «追加50万元» (± an amount)."""
    for m in r.finditer(_GROWTH):
        found = q.find_amounts(m.group("amount"))
        if not found or found[0].start > 1:
            continue
        a = found[0]
        sign = -1 if m.group("verb") in _DOWN else 1
        end = m.start("amount") + a.end
        if a.unit == "%" or a.unit == "个百分点":
            r.take(m.start(), end, "operation")
            asked = _CHANGE_ASKED.search(r.free, end)
            if asked:  # «统一压减5%，合计要压减多少»: the amount taken off (or added), not what is left
                r.take(asked.start(), asked.end(), "operation")
                r.take_all(("合计", "总计", "共计", "一共", "总共", "加起来"), "operation")
                return OperationWords("multiply", factor=a.value / 100, change="down" if sign < 0 else "up")
            # «统一压减5%后合计多少»: the items' total changed by that rate
            r.take_all(("合计", "总计", "共计", "一共", "总共", "加起来", "总额", "还剩", "剩下", "剩余",
                        "变成", "将是", "会是"), "operation")
            return OperationWords("multiply", factor=1 + sign * a.value / 100)
        if a.unit in q.MONEY_UNITS or a.unit in ("万", "亿"):
            clause = r.text[max(0, r.text.rfind("，", 0, m.start()) + 1):m.start()]
            if re.search(r"每(?:人|户|亩|月|个|年)|人均|户均", clause) and not re.search(
                    r"预算|资金(?!总额)|经费|拨款|盘子|投入", clause):
                continue  # «每人每月增加123元»: a standard that grows, not the budget
            r.take(m.start(), end, "operation")
            unit = a.unit if a.unit in q.MONEY_UNITS else f"{a.unit}元"
            signed = q.Amount(sign * a.value, unit, a.start, a.end, a.written)
            r.take_all(("合计", "总计", "共计", "一共", "总共", "加起来", "总额", "还剩", "剩下", "剩余",
                        "变成", "将是", "会是"), "operation")
            return OperationWords("add", numbers=(signed,))
    return None


# Units of length, area, weight and works a per-unit amount may be asked in («每公里»)
_MEASURE_UNITS = ("平方公里", "公里", "千米", "平方米", "立方米", "米", "处", "座", "吨")


def _asks_amount(after: str, loose: bool = False) -> bool:
    if loose:  # «每公里渠道合多少万元», «平均每公里投入多少»: a few words may name what is counted
        return bool(re.match(r"\s*(?:的(?:(?!至少|最少|最多|至多|每|增|减|多|少|上限|下限|标准)[\u4e00-\u9fff]){0,6}?"
                             r"|(?:(?!至少|最少|最多|至多|每|增|减|多|少)[\u4e00-\u9fff]){0,4}?)"
                             r"(?:合|平均|大约|约|大概|投入|花|需要|要)?\s*(?:是|为|有)?\s*(?:多少|几)\s*(钱|元|万元|万|块)", after))
    return bool(re.match(r"\s*(?:合|能分到|分到|平均|大约|约|要花|得花|需要花|花|需要|要)?\s*(?:是|为)?\s*(?:多少|几)\s*(钱|元|万元|万|块)", after))


# A bound set on a share: «不到80%», «超过一半», «在九成以上»
_BOUND_SET = re.compile(r"\s*(?:的)?\s*(?:都|均|要|在)?\s*(?:" + "|".join(sorted((w for w in q.BEFORE_WORDS if w), key=len, reverse=True))
                        + r")\s*(?:\d|百分之|[一二三四五六七八九十]成|一半|半数|三分之|四分之)")


def read_share(r: Reading) -> OperationWords | None:
    """A share asked after another operation took the question («最高的三个项目占全部预算的百分之几»)."""
    return _share(r)


def _share(r: Reading) -> OperationWords | None:
    """«占全局预算总额的百分之几», «财政资金占多大比例», «各占»."""
    m = re.search(r"占(?P<whole>[^，,。？?]{0,30}?)(?:的)?(?:多大|多少|几成)?(?:的)?(?:百分之几|百分之多少|比例|比重|百分比|%)"
                  r"|占(?P<whole2>[^，,。？?]{0,30}?)(?:的)?(?:多少|多大|几成)(?!\s*(?:万|亿|元|块|钱|千|百))"
                  r"|(?P<share>占比|(?:比例|比重)(?=\s*(?:是|为)?\s*(?:多少|几|多大)))"
                  r"|(?:是|相当于|等于)(?P<whole3>[^，,。？?]{1,20}?)的(?:百分之几|百分之多少|几成)", r.free)
    if not m:
        filler = re.search(r"占(?:了|用)?(?=\s*(?:多少|几)\s*(?:万|亿|元|块|钱|千|百))", r.free)
        if filler:  # «财政资金占了多少万»: an amount, not a share
            r.take(filler.start(), filler.end(), "operation")
        return None
    group = next((g for g in ("whole", "whole2", "whole3") if m.group(g) is not None), None)
    if _BOUND_SET.search((m.group(group) or "") if group else "") or _BOUND_SET.match(r.free[m.end():]):
        return None  # «财政拨款占资金总额不到80%的项目»: a condition on each project, not a share asked
    r.take(m.start(), m.end(), "operation")
    r.take_all(lx.SUM_WORDS, "operation")  # «预算加起来占…»: the part is a total
    group = next((g for g in ("whole", "whole2", "whole3") if m.group(g) is not None), None)
    whole = r.text[m.start(group):m.end(group)] if group else ""  # as written, read or not
    within = re.search(r"在(?P<w>[^，,。？?在]{2,20}?)(?:中|里|当中|之中|里面)\s*$", r.text[:m.start()])
    if not whole.strip() and within:
        # «其他资金在全部项目资金中占多大比重»: the whole is said before «占»
        whole = within.group("w")
        r.take(within.start(), within.end(), "operation")
    if re.fullmatch(r"比\s*(?:是|为|有|大概|大约|约)?", whole.strip()):  # «占比(是)多少»: «占比», not a whole
        whole = ""
    return OperationWords("share", share_whole=whole.strip(), at=m.start(),
                          percent=bool(m.group("whole3")))


# «指标条数最多», «设的指标最少», «哪个项目指标最多»: rows counted per project
_ROWS_EXTREME = re.compile(r"指标\s*(?:的)?\s*(?:条数|数量|个数|数)?\s*(?P<w>最多|最少)")
_DURATION = re.compile(r"^\s*(?:个)?(?:工作日|天|日|月|小时|年|周|次)")
_COUNT_ROWS = re.compile(r"(?:一共|总共|共)?有?(?:多少|(?<!哪)几)\s*[条行](?!政)")
# «满意度没到九成的有几个»: a count of the projects a filter keeps, the noun left out.
_COUNT_BARE = re.compile(r"(?:的|里|中)?(?:一共|总共|共)?(?:有|是)?(?:多少|(?<!哪)几)\s*(?:个|家|项)\s*[？?]?\s*$")


def _count(r: Reading) -> str | None:
    """What a question counts: "projects", "rows", or None; «多少个孵化基地» is no count, nor
    «几个工作日»."""
    matches = list(r.finditer(_COUNT))
    # «项目设了几个质量指标»: the noun after the count word is what is counted
    matches.sort(key=lambda m: m.group("noun") is None)
    for m in matches:
        if _DURATION.match(r.text[m.end():]) or _DURATION.match(r.text[m.start() + 1:]):
            continue
        if re.match(r"\s*(?:亿|万)", r.text[m.end():]):
            continue  # «是几个亿»: an amount of money, not a count
        if m.group("noun") == "项目" and re.match(r"(?:资金|经费|预算|金额|钱|拨款)", r.text[m.end():]):
            continue  # «安排了多少项目资金»: money, not a count of projects
        if m.start() <= 1 and re.search(r"(?:多少|几)\s*(?:万元|万|元|亿|钱)", r.text[m.end():]):
            continue  # «几个就业项目…合计多少万元»: «几个» picks the projects; money is asked
        if m.group("noun2") and re.match(r"\s*[\u4e00-\u9fff]{0,6}?指标", r.text[m.end():]):
            continue  # «项目设了几个质量指标»: the rows after the count word are counted
        noun = m.group("noun") or m.group("noun2") or m.group("noun3")
        r.take(m.start(), m.end(), "operation")
        return "rows" if noun in ("指标", "指标数", "条数") or (m.group("unit") or m.group("unit2")) == "条" \
            else "projects"
    for m in re.finditer(r"(?:多少|(?<![那这哪])几)\s*(?:个|条|项)(?=\s*[\u4e00-\u9fff]{0,6}?指标)", r.text):
        if r.is_free(m.start(), m.end()):  # «设了几个质量指标»: the kind was read as a field
            r.take(m.start(), m.end(), "operation")
            return "rows"
    m = _COUNT_ROWS.search(r.free)
    if m:  # «质量指标一共有几条»: the kind words were read as a field
        r.take(m.start(), m.end(), "operation")
        return "rows"
    other = re.search(r"(?:多少|(?<![那这哪])几)\s*(?:个|项|条|件|次)\s*(?P<n>[\u4e00-\u9fff]{2,6})", r.free)
    if other and not re.match(r"项目|指标|部门|单位|局|文件|工作日|小时|月|年|天", other.group("n")):
        return None  # «完成多少项重点任务？2023年是多少项»: something else is counted, not projects
    m = _COUNT_BARE.search(r.free)
    if m:
        r.take(m.start(), m.end(), "operation")
        return "projects?"  # the noun left out: a count of projects, unless one is named
    return None
