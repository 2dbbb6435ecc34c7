"""Set logic in a question: exclusion («除了…以外»), alternatives («A或B»), projects lacking an
indicator kind («没有设置…指标»), «all rows are only X», conditions on the 指标值确定依据, and how a
target is written («用百分比表示», «以“个”为单位»)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant import lexicon as lx
from assistant.reading import Reading, quoted
from ingest import quantity as q
from ingest.policy_refs import RefPattern
from store.filters import (
    Compare,
    Filter,
    HasOther,
    HasPlan,
    Money,
    MoneyUnit,
    RowBasis,
    RowUnit,
    RowValueText,
    RowWritten,
    any_of,
)

_EXCLUDE = re.compile(r"把(?P<u>[^，,。？?]{1,30}?)(?:刨掉|去掉|扣掉|拿掉|除掉|排除|剔除|扣除|刨除|去除)(?:后|以后|之后)?"
                      r"|除了?(?P<x>[^，,。？?]{1,40}?)(?:以外|之外|外)(?:的)?"
                      r"|除了(?P<w>[^，,。？?]{1,40})(?=[，,])"
                      # «除了财政拨款还有多少其他资金»: what is left out, then «还» and the rest
                      r"|除了(?P<t>[^，,。？?还]{2,40}?)(?=还有|还)"
                      r"|(?P<y>[^，,。？?（()]{1,30}?)(?:除外|不算在内|不计在内|排除在外|不算|不计)(?=[，,。？?）)]|$)"
                      r"|(?:不含|不包括|不算|扣除|去掉|排除|剔除|刨除|刨去|除去|去除|抛开|撇开)"
                      r"(?P<v>[^，,。？?]{1,40}?)(?:以后|之后|后)(?=[，,])"
                      # (not «去掉了哪条指标»: a question about what was removed)
                      r"|(?:不含|不包括|不算|扣除|去掉|排除|剔除|刨除|刨去|除去|去除|抛开|撇开)(?!了?\s*(?:哪|几|什么))"
                      r"(?P<z>[^，,。？?]{1,30}?)(?=[，,。？?]|的|后|以后|之后|$)")
# «不算预算最大的那两个项目»: projects left out by their rank in a money field (the planner finds
# them; no operation reads this «最大»)
RANKED = re.compile(r"(?P<m>预算数?|资金总额|资金|钱|经费|金额|财政资金|财政拨款|其他资金)\s*最(?P<d>大|多|高|小|少|低)的?"
                    r"\s*(?:那|这)?\s*(?P<n>[一两二三四五六七八九十\d]{1,3})?\s*(?:个|项)?\s*(?:项目)?")
_LACKING = re.compile(rf"(?:{'|'.join(sorted(lx.LACKING, key=len, reverse=True))})")
# «或» joining alternatives; not the «或» of «大于或等于», «90%或以上».
# Comparator words with an «或» inside («达到或超过», «等于或低于», «大于或等于»): no «或» of logic
_OR_COMPARATORS = tuple(w for w in q.BEFORE_WORDS if "或" in w)


def _in_comparator(text: str, at: int) -> bool:
    """Is the «或» at `at` part of a comparator word written around it?"""
    return any(text[at - w.index("或"):at - w.index("或") + len(w)] == w
               for w in _OR_COMPARATORS if at >= w.index("或"))


_OR = re.compile(r"(?<![大小高低多少]于)(?:或者|或是|还是|要么|或)(?!者?等于|以上|以下|更[高低多少]|以内)")
_IS = r"(?:是|为|写着|写的是|用的是|采用的是|参照的是|依照的是|按的是|全都只是|全部都是|都是|全部是|全是|只是|全部只是|都只是|全都是|均为|就是|只有|都为|仅为|仅是|全部只写了|都只写了|全都只写了|只写了|全部为)"
_BASIS = re.compile(rf"(?:确定)?依据(?:里|中|栏)?\s*(?P<aside>[（(][^）)]{{1,14}}[）)])?\s*(?P<is>{_IS})\s*(?P<a>[\u4e00-\u9fff]{{2,14}}?)"
                    rf"(?:\s*(?:或者|或|和|、|及)\s*(?P<b>(?!没有|不|未)[\u4e00-\u9fff]{{2,14}}?))?(?=的|吗|呢|？|\?|$|，|,|、|；|（|\()"
                    rf"|依据(?P<c>[\u4e00-\u9fff]{{2,14}}?)(?:定的|来定|制定的|确定的)"
                    # «拿县长办公会议纪要当依据的», «以工作计划作为依据»
                    rf"|(?:拿|把|以|用)(?P<d>[\u4e00-\u9fff]{{2,14}}?)(?:当|作为|做|当作|作)(?:确定)?依据")
_ALL_ONLY = ("全都只是", "全部都是", "全部只是", "都只是", "全都是", "全部是", "全是", "都是", "只是", "只有", "均为", "仅为",
             "仅是", "全部为", "都为", "全部只写了", "都只写了", "全都只写了", "只写了")
_ASKING = ("哪", "什么", "啥", "多少", "几")
# «指标值写的是“明显改善”», «目标值填的“显著提升”»: a 指标值 cell's words as written
_VALUE_TEXT = re.compile(r"(?:指标值|目标值)\s*(?:写的是|写着|写成|写为|填的是|填的|填写为|是|为)?\s*"
                         r"[“\"「『](?P<t>[^”\"」』\d]{1,12})[”\"」』]")
# «以元为单位填的», «表格单位是“元”», «按“元”编的»: the money unit of a project's table
_MONEY_UNIT = re.compile(r"(?:以|用|按)\s*[“\"「『]?(?P<u>元|万元)[”\"」』]?\s*(?:为|作为)?\s*(?:计量|金额)?单位(?:填报?|编制?|填写)?的?"
                         r"|(?:金额|表格|表)?单位(?:是|为)\s*[“\"「『]?(?P<u2>元|万元)[”\"」』]?(?![/／])的?"
                         r"|按\s*[“\"「『]?(?P<u3>元|万元)[”\"」』]?\s*(?:编|填|列)(?:制|报|写)?的?")
_UNIT_QUOTE = re.compile(r"(?:以|用|按)\s*[“\"「『]([^”\"」』]{1,6})[”\"」』]\s*(?:为|作为|做)?\s*(?:计量)?单位")


@dataclass
class Logic:
    exclusions: list[tuple[int, int]] = field(default_factory=list)  # spans whose conditions flip
    lacking: list[tuple[int, int]] = field(default_factory=list)  # «没有设置» … the kind after it
    ors: list[int] = field(default_factory=list)  # positions of «或»
    # «或者», «或»: these join conditions of any kind («满意度≥90%，或者预算超过5000万元»)
    strong_ors: list[int] = field(default_factory=list)
    rows: list[tuple[int, int, Filter]] = field(default_factory=list)  # basis / how written
    all_only: list[tuple[int, int, Filter]] = field(default_factory=list)  # every row meets it
    project: list[tuple[int, int, Filter]] = field(default_factory=list)  # 其他资金, 支出计划


def read_logic(r: Reading) -> Logic:
    out = Logic()
    for m in list(r.finditer(_EXCLUDE)):
        inner = next(g for g in ("u", "x", "w", "t", "y", "v", "z") if m.group(g))
        out.exclusions.append((m.start(inner), m.end(inner)))
        r.take(m.start(), m.start(inner), "logic")
        r.take(m.end(inner), m.end(), "logic")
        if ranked := RANKED.match(r.text, m.start(inner)):
            r.take(ranked.start(), ranked.end(), "ranked")
    _basis(r, out)
    for m in list(r.finditer(_MONEY_UNIT)):  # «以元为单位填的表»: the table's money unit
        out.project.append((m.start(), m.end(), MoneyUnit(m.group("u") or m.group("u2") or m.group("u3"))))
        r.take(m.start(), m.end(), "fact")
    for m in list(r.finditer(_UNIT_QUOTE)):
        out.rows.append((m.start(), m.end(), RowUnit(m.group(1))))
        r.take(m.start(), m.end(), "fact")
    for m in list(r.finditer(_VALUE_TEXT)):  # «指标值写的是“明显改善”»: the cell as written
        out.rows.append((m.start(), m.end(), RowValueText(m.group("t"))))
        r.take(m.start(), m.end(), "fact")
    _written(r, out)
    _project_facts(r, out)
    for m in list(r.finditer(_LACKING)):
        if re.match(r"[^，,。？?]{0,12}?指标", r.text[m.end():]):
            out.lacking.append((m.start(), m.end()))
            r.take(m.start(), m.end(), "logic")
    for m in list(r.finditer(_OR)):
        if _in_comparator(r.text, m.start()):
            continue  # «达到或超过一半», «等于或低于»: one comparison of the comparator table
        out.ors.append(m.start())
        if m.group(0) != "还是" and (re.search(r"[，,；;、]\s*$", r.text[:m.start()]) or re.match(
                r"\s*(?:有|没有|没|未|无|不|是|设了|设置了|引用了?|属于|预算|资金总额|财政|其他资金|满意度|编|列|填|做|制定|安排)", r.text[m.end():])):
            # «…≥90%，或者预算超过…», «超过1000万元或者有其他资金»: a clause of its own
            out.strong_ors.append(m.start())
        r.take(m.start(), m.end(), "logic")
    return out


_EMPTY_BASIS = re.compile(r"(?:指标值确定依据|确定依据|依据|备注)(?:\s*[（(](?:指标值确定依据|确定依据|依据|备注)[）)])?"
                          r"(?:栏|一栏)?(?:是|为|都是)?\s*"
                          r"(?:空着没填|空着|空白|空的|为空|是空|空|没填|没有填|未填|缺失|没写|未写)"
                          r"|(?:没写|没有写|未写|没填|没有填|未填|漏填|漏写|缺少?)\s*(?:了)?\s*(?:指标值确定依据|确定依据|依据|备注)"
                          r"(?:\s*[（(](?:指标值确定依据|确定依据|依据|备注)[）)])?")


_ANY_DOCUMENT = RefPattern(None, None, None)
# «没有引用任何正式文件», «依据里不引用文件»: no row cites a document
_NO_DOCUMENT = re.compile(r"(?:没有|没|未|不)(?:引用|援引|依据|用到?)(?:任何|一个)?(?:正式|政策)?(?:文件|文号)"
                          r"|(?:一个|任何|一份)(?:正式|政策)?(?:文件|文号)(?:都|也)(?:没有?|未)(?:引用|援引|用到?)")
# «全是文件», «依据都引用了政策文件»: every row cites a document
_ONLY_DOCUMENTS = re.compile(r"(?:全是|全部是|都是|全都是|只有|全为)(?:正式|政策)?(?:文件|文号)"
                             r"|(?:都|全部|全都|均)(?:引用|援引|依据)(?:了)?(?:正式|政策)?(?:文件|文号)")


def _documents(r: Reading, out: Logic) -> None:
    from store.filters import HasRow, Not, RowCites

    cites = RowCites(_ANY_DOCUMENT)
    for m in list(r.finditer(_NO_DOCUMENT)):
        out.project.append((m.start(), m.end(), Not(HasRow(cites))))
        r.take(m.start(), m.end(), "basis")
    for m in list(r.finditer(_ONLY_DOCUMENTS)):
        out.all_only.append((m.start(), m.end(), cites))
        r.take(m.start(), m.end(), "basis")


# «按“…”定的», «以“…”作为依据»: the words after a quote that make it a basis
_SET_BY = re.compile(r"\s*(?:来|而)?(?:定的|确定的|制定的|设定的|来定|为依据|作为依据)")


def _basis(r: Reading, out: Logic) -> None:
    """«依据是“问卷调查结果”», «依据全部只是工作计划或问卷调查», «依据县长办公会议纪要定的»."""
    _documents(r, out)
    empty = _EMPTY_BASIS.search(r.free)
    if empty:  # «备注是空着没填的»
        out.rows.append((empty.start(), empty.end(), RowBasis("", exact=True)))
        r.take(empty.start(), empty.end(), "basis")
        return
    quotes = []
    for start, end, text in quoted(r.free):
        op = q.BEFORE_WORDS.get(text) or q.AFTER_WORDS.get(text)
        if op in (q.LE, q.LT, q.GE, q.GT):  # «写的是“不超过”»: how the target is written
            kind = "ceiling" if op in (q.LE, q.LT) else "floor"
            out.rows.append((start - 1, end + 1, RowWritten(kind)))
            r.take(start - 1, end + 1, "written")
        else:
            quotes.append((start, end, text))
    # «按“上年度实际完成数”定的»: a target set by what is quoted is a basis, said without the word
    set_by = bool(quotes) and _SET_BY.match(r.free[quotes[-1][1] + 1:]) is not None
    if quotes and ("依据" in r.free or set_by):
        exact = bool(re.search(r"依据\s*(?:是|为)\s*[“\"「『]", r.free))
        parts = [RowBasis(text, exact=exact) for _, _, text in quotes]
        start, end = quotes[0][0] - 1, quotes[-1][1] + 1
        negated = re.match(r"\s*(?:都|也)\s*(?:没有|没|不含|不是|未)", r.text[end:])
        if negated:  # «一条“工作计划”都没有»: no row's basis says so
            from store.filters import HasRow, Not

            out.project.append((start, end, Not(HasRow(any_of(*parts)))))
            lead = re.search(r"一\s*(?:条|个|项|处)\s*$", r.text[:start])
            r.take(lead.start() if lead else start, end + negated.end(), "basis")
            r.take_all(("指标值确定依据", "确定依据", "依据"), "basis")
            return
        only = any(w in r.free[max(0, start - 8):start] for w in _ALL_ONLY[:6])
        target = out.all_only if only else out.rows
        target.append((start, end, any_of(*parts)))
        r.take(start, end, "basis")
        r.take_all(("指标值确定依据", "确定依据", "依据"), "basis")
        if set_by:
            after = _SET_BY.match(r.free[end:])
            r.take(end, end + after.end(), "basis")
            if re.search(r"按\s*$", r.free[:start]):
                r.take(r.free[:start].rstrip().rfind("按"), start, "basis")
        return
    m = _BASIS.search(r.free)
    if not m or (m.group("is") or "") in _ALL_ONLY and r.free[m.end():m.end() + 1] in ("（", "("):
        return  # «全部只是工作计划（满意度那条用问卷调查）»: an exception in brackets, read elsewhere
    words = [re.sub(r"(?:这类|之类|这些|那类|一类|等)$", "", part)
             for w in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if w
             for part in re.split(r"或者|或是|或|及", w) if part]
    # «年度工作计划» is written «2025年工作计划» as often as «2025年度工作计划»: the kind of plan is asked
    words = [re.sub(r"^(?:本|当)?年度(?=[\u4e00-\u9fff]{4})", "", w) for w in words]
    words = [w for w in words if len(w) >= 2]
    if any(a in w for w in words for a in _ASKING) or any(
            w.startswith(("引用", "根据", "参照", "文件")) for w in words):
        return
    sole = bool(re.search(r"只|仅", m.group("is") or ""))  # «只写了工作计划»: nothing else beside it
    parts = [RowBasis(w, sole=sole) for w in words]
    only = (m.group("is") or "") in _ALL_ONLY
    (out.all_only if only else out.rows).append((m.start(), m.end(), any_of(*parts)))
    if m.group("aside"):  # «依据（满意度指标除外）全部只写了…»: the words in brackets are read apart
        r.take(m.start(), m.start("aside"), "basis")
        r.take(m.end("aside"), m.end(), "basis")
    else:
        r.take(m.start(), m.end(), "basis")
    r.take_all(("指标值确定依据", "确定依据"), "basis")


def _written(r: Reading, out: Logic) -> None:
    """«用百分比表示», «以人数作为目标», «给出具体截止日期», «不是用百分比表示的»."""
    for words, kind in lx.VALUE_KINDS:
        for word in words:
            at = r.free.find(word)
            if at < 0:
                continue
            if kind == "percent" and not re.search(
                    r"(用|以|按|是|为|采用|写成|写的是|设了|设置了|定了)\s*$", r.text[max(0, at - 3):at]) and \
                    not re.match(r"\s*(表示|形式|作为|为目标|的目标|的指标|目标|指标)", r.text[at + len(word):]):
                continue  # «…占合计的百分比» asks for a share, not how a target is written
            if kind == "percent" and r.text[max(0, at - 1):at] == "按" and not re.match(
                    r"\s*(表示|形式|作为|为目标|的目标|的指标|目标|指标|填|写)", r.text[at + len(word):]):
                continue  # «涨幅最大，按百分比»: how the answer is given, not how a target is written
            before = r.text[max(0, at - 6):at]
            negated = bool(re.search(r"(不是|不用|没有用|没用|非|不以|未用)[^，。？]{0,3}$", before))
            start = at - len(re.search(r"(不是|不用|没有用|没用|非|不以|未用)?[^，。？]{0,3}$", before).group(0)) \
                if negated else at
            condition: Filter = RowWritten(kind)
            if negated:
                from store.filters import Not

                condition = Not(condition)
            out.rows.append((start, at + len(word), condition))
            r.take(start, at + len(word), "written")
            break  # one word per kind; «写的是完成日期（而不是百分比）» names two kinds, both kept


_BLANK_COLUMN = re.compile(r"(?:(?P<m>3|6|10|12|三|六|十|十二)\s*月(?:底|末)?|(?P<end>年底|年末))"
                           r"(?:那一栏|那栏|一栏|这一栏|这栏|栏|那一列|一列|列)?\s*(?:是|都|还)?\s*"
                           r"(?:没填|没有填|未填|空着|空白|为空|是空的|空的|没写|没有写|未写)")
_MONTHS = {"三": 3, "六": 6, "十": 10, "十二": 12}


def _project_facts(r: Reading, out: Logic) -> None:
    """«还有其他资金的项目», «列了资金支出计划的项目», «12月底那一栏没填»: facts of the header."""
    from store.filters import SpendingBlank

    for m in list(r.finditer(_BLANK_COLUMN)):
        month = 12 if m.group("end") else int(_MONTHS.get(m.group("m"), m.group("m") or 12))
        out.project.append((m.start(), m.end(), SpendingBlank(month)))
        r.take(m.start(), m.end(), "fact")
    m = re.search(r"(没有|无|不含|没用|未用|没有用|没有使用|未使用)?(?:安排|使用|列|设|含)?了?(?:非财政的?)?[“\"「『]?其他资金[”\"」』]?(?:的|来源)?", r.free)
    plain = re.sub(r"[“”\"「」『』]|非财政的?", "", r.text)
    if m and re.search(r"(有其他资金|还有其他|含其他资金|其他资金不为|没有其他资金|无其他资金|不含其他资金|"
                       r"有(?:财政资金|财政拨款)(?:和|与|及|、|又有|也有)其他资金|"
                       r"用了其他资金|用到了?其他资金|使用了?其他资金|安排了?其他资金|带有其他资金|带了其他资金|涉及其他资金|"
                       r"包含其他资金|含有其他资金|动用了?其他资金|"
                       r"没用其他资金|未用其他资金|没有用其他资金|没有使用其他资金|未使用其他资金|"
                       r"(?:没有|没|未|无)(?:安排|使用|列|设)了?其他资金)", plain):
        out.project.append((m.start(), m.end(), HasOther(not m.group(1))))
        lead = re.search(r"(?:同时|既)?(还有|有|含|用了|用到了?|使用了?|安排了?|带有|带了|涉及|包含|含有|动用了?)(?:财政资金|财政拨款)?"
                         r"(?:和|与|及|、|又有|也有)?$", r.free[:m.start()])
        r.take(lead.start() if lead else m.start(), m.end(), "fact")
        # (a bare «其他资金» after it is a field asked: «…有其他资金？其他资金合计多少»)
        again = re.search(r"(?P<no>没有|无|不含|没用|未用|没有用|没有使用|未使用)\s*(?:有|还有|含|用了|使用了?)?\s*其他资金"
                          r"|(?:有|还有|含|用了|使用了?)\s*其他资金", r.free)
        if again:  # «2024年有其他资金，2025年没有其他资金»: said twice, kept both (the plan sees it)
            out.project.append((again.start(), again.end(), HasOther(not again.group("no"))))
            r.take(again.start(), again.end(), "fact")
        if lead and re.search(r"财政资金|财政拨款", lead.group(0)) and not m.group(1):
            # «同时有财政资金和其他资金»: both parts, the fiscal one too
            out.project.append((lead.start(), m.end(), Money("fiscal", Compare(">", Decimal(0)))))
    # «全额财政拨款的项目», «全部是财政资金的»: no money besides the fiscal share
    m = re.search(r"(?:全额|财政全额)(?:财政)?(?:资金|拨款|保障|安排)|(?:全部|完全|都)(?:是|为|由|来自)财政(?:资金|拨款)?"
                  r"|(?:纯|只有|仅有|只用|仅用|只用了)财政(?:资金|拨款)", r.free)
    if m:
        out.project.append((m.start(), m.end(), HasOther(False)))
        r.take(m.start(), m.end(), "fact")
    blank = re.search(r"(?:资金)?支出(?:进度)?计划(?:一栏|那栏|栏)?\s*(?:是|都|全|为|还)?\s*(?:空着没填|空着|空白|为空|空的|没填|没有填|未填|没写|没有写|未写)(?:的)?", r.free)
    if blank:  # «资金支出计划是空着没填的»: no plan at all
        out.project.append((blank.start(), blank.end(), HasPlan(False)))
        r.take(blank.start(), blank.end(), "fact")
    m = re.search(r"(没有|没|未|不)?\s*((?:写明|注明|标明|列明|载明|明确|编列|编报|编制|列出|列|设置|安排|带有|带|含|附|有|填报|报送|报|填写|填|写|做|制定|提供|编)了?)"
                  r"(?:按(?:季度|季|月|月份)(?:的|来)?|分(?:季度|月)(?:的)?)?(资金)?(?:支出|使用|用款)(?:进度计划|计划|进度)", r.free)
    if m:
        negated = bool(m.group(1)) or bool(re.search(r"(没有|没|未|不)\s*$", r.free[:m.start()]))
        out.project.append((m.start(2) if not m.group(1) else m.start(1), m.end(), HasPlan(not negated)))
        r.take(m.start(), m.end(), "fact")
