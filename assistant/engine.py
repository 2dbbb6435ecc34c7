"""Question → plan → result → answer: the planner, the executor, retrieval for open questions,
the 体检 rules for consistency questions, and the composer."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant import lexicon as lx
from assistant.answer import Answer
from assistant.catalog import Catalog, longest_common
from assistant.composer import compose
from assistant.conversation import Conversation
from assistant.describe import Describer
from assistant.executor import Executor, Result, rate_of, scope_filter
from assistant.plan import Measure, Operation, Plan
from assistant.planner import NTH_OF_LAST, NUMBER_ASKED, _scope_ids, nth_place, plan_question
from assistant.readers.logic import RANKED
from assistant.reading import normalize
from assistant.weights import answer_weights, asks_weight
from ingest import quantity as q
from ingest.policy_refs import RefPattern, find_policy_refs
from store.filters import Cites, InScope, Not, ProjectIds, RowIds, all_of, any_of, walk
from store.keywords import bigrams, coverage
from store.library import Library
from store.queries import Passage, Queries

# A row lookup must carry this share of the question's words, else the prose is searched too.
ROW_COVERAGE = 0.5
ROW_KEEP_RATIO = 0.8
ROW_MIN_SCORE = 2.0
# A passage answers what a named project's table does not when it has this share of the rest.
REST_COVERAGE = 0.3
# Below this share of the question's words, no passage answers it: say so.
PASSAGE_MIN_COVERAGE = 0.25
# A second passage is shown when its own words match, or its fused score is close to the first.
PASSAGE_KEEP_RATIO = 0.9
# A part of the department's prose a question points at, and the heading word it goes by.
SECTION_HINTS = ((r"总体目标|总体绩效目标", "总体"), (r"分项目标|分项绩效目标", "分项"),
                 (r"保障措施|工作保障", "保障"))
# «…的那个项目», «那一个»: one project is asked for, though the other words name several
SINGULAR = re.compile(r"(?:的|那|这)(?:一)?(?:个|项)项目|的那个|那一个|这一个|那一项|的那项|的那笔|(?<![年号])那个(?=[\u4e00-\u9fff]{0,2}(?:项目|占|的|[，,？?]|$))")
NARROW_RATIO = 1.5
# «满意度目标最低的那个项目，上年结转是多少», «预算最高的项目的资金用途是什么»: a project picked by a
# superlative, then something asked of it
_CHAIN = re.compile(r"^(?P<a>[^，,。；;？?]*?最(?:高|多|低|少|大|小|长|短|早|晚)的(?:那|这)?(?:一)?(?:个|项|笔)?(?:项目)?)"
                    r"(?:是哪(?:个|一个|项)(?:项目)?\s*[，,]\s*|\s*[，,]\s*|的(?=[\u4e00-\u9fff])|(?=是))"
                    r"(?P<b>[^。；;]{2,40}?)[？?。]?\s*$")
# «…最大的项目，是…最多那个项目的多少倍»: the rest compares it with another; not a thing asked of it
_COMPARED = re.compile(r"最|倍|比(?!例|重|率)|相差|差多少|差距|高多少|低多少|多多少|少多少")
# «…最高的项目是哪个», «…最多的是什么项目»: the pick alone is asked, nothing of it
_NOT_CHAINED = re.compile(r"^\s*(?:是)?\s*(?:哪|什么项目|谁|多少|几)|^\s*是?\s*(?:多少|几)"
                          r"|^\s*(?:是|叫)?\s*(?:什么|啥)\s*(?:名字|名称)?\s*[？?]?\s*$")
# «除了133号这一个项目，其余…»: the one project said in an exclusion is not the one asked
_LEFT_OUT = re.compile(r"(?:除了|除去|除开|不算|不含|不包括|去掉|扣除|刨去|排除)[^，,。；;？?]*")
_PROJECTS_COUNTED = re.compile(r"(?:几|多少)\s*(?:个|项)?\s*项目|项目(?:个)?数|(?:几|多少)\s*项(?![\u4e00-\u9fff]{0,3}指标)")
PLURAL = re.compile(r"哪些|哪几|有哪|都有|分别|各自|那些|这些|那几个|这几个")
# «哪个项目是…的»: a project described by what it pays for
WHICH_PROJECT = re.compile(r"哪(?:个|一个|些|几个)项目|什么项目|哪一项|哪个项目里|是哪个项目")
DESCRIBED_COVERAGE = 0.5
# «分了哪几个方面», «包括哪些部分»: the parts of a section, by their headings
OUTLINE = re.compile(r"(?:分了|分为|分成|包括|包含|有|是)\s*了?\s*(?:哪几|哪些|几)\s*(?:个)?\s*(?:方面|部分|块|板块|类|大块)")


def _outline(passages: list, heading: str) -> list:
    """The first paragraph of each heading directly under the one holding `heading`, in order."""
    firsts: dict[tuple, object] = {}
    for p in passages:
        at = next((i for i, part in enumerate(p.path) if heading in part), None)
        if at is None or len(p.path) <= at + 1:
            continue
        firsts.setdefault((p.source_id,) + tuple(p.path[:at + 2]), p)
    return list(firsts.values())


# A question asking for the items of an enumeration («四项…», «哪几个方面»).
ENUMERATION = re.compile(r"([两三四五六七八九十]|哪[两三四五六七八九十几]?)\s*(项|大|类|种|件|个方面|方面|个)"
                         r"[^，。？?]{0,12}?(是什么|是哪|有哪|有什么|指的是|是指|包括|分别)"
                         r"|(是|有)哪[两三四五六七八九十几]\s*(项|个|类|种|件)")
_FILLER = re.compile(r"请问|请|一下|告诉我|帮我|查询|是多少|是什么|有哪些|是啥|啥|有什么|哪些|哪个|什么|"
                     r"多少|怎样|如何|吗|呢|的|了|吧|[？?。，,！!：:]")


# Words of «(列出)全部项目», «这个单位都有什么项目» that qualify nothing
_GENERIC_LIST = re.compile(r"绩效目标表|绩效目标|目标表|项目支出|项目|列出|列举|列一下|全部|所有|全都|都|有|是|这份|这个|那个|"
                           r"这些|单位|部门|本局|局里|全局|两局|两个|一共|总共|共|清单|名单|目前|现在|一下|给我|我想|"
                           r"知道|了解|想问|想|问|下|各|个|年度|\d{4}年|文件|表|里|中|报了|列了|报|列|安排了?|包含|包括|支出|"
                           r"申报|编报|填报|库|刚接手|接手|刚来|这块|我|我们|咱们|统计|数一数|数一下|算一下|算算|查查|查|"
                           r"看看|看|说说|介绍|说明|告诉|帮|麻烦|请|一览|情况|具体|分别|总计|合计")
# «那另一个的资金用途呢», «另外那笔是多少»: the other one of two just compared
_OTHER_ONE = re.compile(r"^\s*(?:那|那么)?\s*(?:另外|另)\s*(?:一|那)?\s*(?:个|笔|项|家)(?:项目)?\s*(?:的)?")
# «那第二个呢？», «第三名是哪个»: the next place after the highest (or lowest) just answered
_NEXT_PLACE = re.compile(r"(?:那|那么)?\s*(?:排)?第\s*(?P<n>[二三四五六七八九十]|[2-9])\s*(?:个|名|位|高|多|大|低|少|小)?"
                         r"\s*(?:的)?\s*(?:项目)?\s*(?:呢|是哪个|是哪一个|是什么|是谁|是哪个项目)?\s*[？?]?")
# «这两个文件还有哪些项目也引用了»: the documents of the previous answer, asked again
_SAME_DOCUMENTS = re.compile(r"(?:这|那|该|此|上述|上面)(?:个|两个|几个|些|份|两份|几份|[二三四五]个)?\s*(?:文件|文号|文|依据)"
                             r"[^？?。]{0,12}?(?:哪些|什么|哪几个|几个)项目[^？?。]{0,6}?(?:引用|依据|用到|用了|援引)")
# «其他项目», «剩下的»: the projects left after an exclusion, not words describing one
_REMAINDER = re.compile(r"(?:其他|其它|其余|剩下|剩余|别的|另外|余下)(?:的)?(?:那些|这些)?(?:项目)?|[\s\u3000]")
# «还有哪个项目也用到了», «别的项目»: projects other than those of the answer before
_OTHERS_ASKED = r"还(?:有|被)(?:哪些|什么|哪几个|哪个|几个)项目|另外(?:还有)?(?:哪些|几个)项目|别的(?:哪些)?项目"
_OTHER_PROJECTS = re.compile(_OTHERS_ASKED + r"|另外(?:还有)?哪个项目|(?:别的|其他|其它)(?:哪些|哪个)?项目")
# «那到9月底呢？»: a follow-up naming only a spending-plan period
_PERIOD_ONLY = re.compile(r"(?:那|那么)?\s*(?:到|截至|截止到?|至)?\s*(?P<p>"
                          + "|".join(sorted(lx.PERIODS, key=len, reverse=True))
                          + r")\s*(?:的话|时|为止)?\s*(?:呢|的呢|又是多少|是多少)\s*[？?]?")
# A time asked of a row: its target is a duration or a deadline
_TIME_ASK = re.compile(r"(?:多长|多少)时间(?:内|之内|以内)?|多久|什么时(?:间|候)(?:之前|以前|前)?|(?<![\u4e00-\u9fff])时(?:间|候)(?:之前|以前|前)|何时|哪一?天|截止到?什么时")
_MODAL = re.compile(r"必须|需要|要在|要求|应当|应该|须|得|要")

_ASKING_WORDS = {"哪", "几", "什么", "多少", "哪些", "哪几种", "哪几个", "哪几", "哪种", "哪类", "是", "要",
                 "主要", "具体", "一下", "请问", "都", "有", "的", "了", "吗", "呢", "那", "这", "个"}


def content_words(text: str) -> list[str]:
    """The words of a text that carry content (jieba's search words, asking words left out)."""
    import jieba  # a dictionary load, only for the questions that get here

    jieba.setLogLevel(60)
    words = [w for w in jieba.lcut_for_search(text) if len(w) >= 2 and "\u4e00" <= w[0] <= "\u9fff"]
    return [w for w in dict.fromkeys(words) if w not in _ASKING_WORDS and not w.startswith("哪")]


def _headed(p: Passage) -> str:
    """A paragraph with its heading path: the words a passage answers to."""
    return " ".join(p.path) + " " + p.text


_MONEY_AFTER = re.compile(r"(?:的|这块|那块|方面的?|这部分|那部分)?(?:钱|费用|资金|经费|金额|开支|花费|预算)")


def _sub_part(question: str, rest: str, project) -> str:
    """Words no reader took, right before a money word, naming a purpose or part the project's
    name does not («采购实训设备的钱», «装修改造这块的费用»), or ""."""
    rest = _GENERIC_PART.sub(" ", rest)
    for m in _MONEY_AFTER.finditer(question):
        window = question[max(0, m.start() - 12):m.start()]
        part = next((window[i:] for i in range(len(window) - 3)
                     if window[i:] in rest and re.fullmatch(r"[\u4e00-\u9fff]+", window[i:])), "")
        if part and not any(part[i:i + 3] in project.name for i in range(len(part) - 2)):
            return part
    return ""


_GENERIC_PART = re.compile(r"项目|这个|那个|一共|总共|全部|所有|整个|多少|本身")


def _row_text(r) -> str:
    return f"{r.name} {r.level2} {r.level3} {r.description} {r.value_raw}"


def informative(words: str) -> bool:
    """Do the leftover words carry something to search by (beyond «有多少个»)?"""
    return sum(len(t) == 2 for t in bigrams(words)) >= 2


_ASKED_NUMBER = re.compile(r"(?:多少|几)\s*(?P<unit>个工作日|个月|个百分点|万人次|万人|万亩|万户|人次|个|项|条|名|人|户|家|天|"
                           r"亩|次|所|元|万元|亿元|吨|公里|平方米)(?P<noun>[\u4e00-\u9fff]{0,4})")


def _counted_noun(question: str) -> str:
    """«覆盖几个乡镇» → «乡镇»: what a count in 个 counts (up to four characters)."""
    m = re.search(r"(?:几|多少)\s*(?:个|家|所|处)(?P<noun>[\u4e00-\u9fff]{2,4})", question)
    return m.group("noun") if m and m.group("noun")[:2] not in ("项目", "指标") else ""


# «有多少在编人员», «几名工作人员»: a count of a thing, named after the asking word
_COUNT_OF = re.compile(r"(?:多少|(?<!哪)几)\s*(?:个|名|位)?\s*(?P<noun>(?!项目|指标|条|项|钱|万|元|年|月|天|次)[\u4e00-\u9fff]{2,4}?)"
                       r"(?=[？?。，,\s]|$)")


def number_asked(question: str, passages: list[Passage]) -> tuple[Decimal | None, str | None]:
    """«计划完成几项重点任务» answered by a paragraph: the number it gives before «项重点任务»,
    from the best paragraph that gives exactly one."""
    m = _ASKED_NUMBER.search(question)
    if not m:
        return None, None
    unit, noun = m.group("unit"), m.group("noun")
    if noun.startswith(("项目", "指标")):
        return None, None  # counts of projects and rows come from the tables
    sizes = (len(noun), 2, 0) if len(unit) >= 2 or not noun else (len(noun), 2)
    for p in passages:  # best first: the first paragraph that gives exactly one such number
        for size in sizes:  # the noun in full, its first two characters, or (a long unit) none
            pattern = rf"(\d+(?:\.\d+)?)\s*{re.escape(unit)}{re.escape(noun[:size])}"
            hits = set(re.findall(pattern, p.text))
            if hits:
                if len(hits) == 1:
                    return Decimal(hits.pop()), unit
                break
    return None, None


class Engine:
    """Answers questions over one library; holds the catalog snapshot and the retrievers."""

    def __init__(self, library: Library, rewriter: object | None = None):
        self.library = library
        self.rewriter = rewriter
        self.catalog = Catalog(Queries(library.facts))
        rows = {r.id: r.level3 for r in self.catalog.rows}
        self.describer = Describer(lambda i: self.catalog.by_id[i].name if i in self.catalog.by_id
                                   else str(i), lambda i: rows.get(i, str(i)),
                                   self.catalog.money_unit)
        self._retrievers: dict[tuple, object] = {}

    def answer(self, question: str, conversation: Conversation) -> Answer:
        self.library.forget_queries()
        asked = normalize(question)  # «你好，…谢谢», «臺»: what is asked, for every reader of the question
        answer = self._answer(asked, conversation, said=question)
        if asked != question:
            answer = replace(answer, question=question)
        if not answer.understood and answer.plan.get("reason"):
            # declined before any query was formed: what stopped it is what was understood
            answer = replace(answer, understood=f"理解为：没有形成查询（{answer.plan['reason']}）")
        if answer.found or self.rewriter is None or answer.plan.get("reason"):
            return answer
        # The rules could not read it: let the chat model restate it, then plan that as usual.
        restated = self.rewriter.rewrite(question, conversation.last_projects)
        if not restated or restated == question:
            return answer
        second = self._answer(restated, conversation)
        if not second.found:
            return answer
        return replace(second, question=question, plan={**second.plan, "restated_as": restated})

    def _answer(self, question: str, conversation: Conversation, said: str = "") -> Answer:
        """`said`: the question as typed («自筹资金», which normalising reads as 其他资金)."""
        if (swapped := _swapped_condition(question, conversation)) is not None:
            # «满意度目标在90%以上的项目有几个？» «那85%以上的呢？»: the same question, its bound changed
            answer = self._answer(swapped, Conversation(answers=conversation.answers[:-1]))
            return replace(answer, understood=answer.understood and
                           f"{answer.understood}（沿用上一问，条件换成“{_CONDITION.search(question).group(0)}”）")
        if (chained := self._chained(question, conversation)) is not None:
            return chained
        plan = plan_question(question, self.catalog, conversation)
        plan = self._replay(plan, conversation, question)
        if plan.operation.kind == "check" and plan.operation.whole is not None:
            wanted = self.describer.filter(plan.operation.whole)
            plan = replace(plan, operation=replace(plan.operation, query=wanted))
        understood = self.describer.plan(plan)
        queries = Queries(self.library.facts)
        if asks_weight(question) and (not plan.reason or re.search(r"“(?:打分|评分)”", plan.reason)):
            # «…这条指标的分值是几分», «…在打分时占多少分»: its 分值 column
            return answer_weights(question, plan, queries)
        if not plan.reason and not plan.unread and (left := _exclusion_unused(question, plan, len(self.catalog.departments))):
            # «资金100万元以上的项目，但不包括新增项目»: what is left out is in no filter
            plan = replace(plan, unread=(left,))
        if not plan.reason and not plan.unread and plan.operation.kind == "divide" and \
                (period := _PER_PERIOD.search(question)) and not plan.operation.numbers and "月" not in understood:
            # «平均每人每月合多少元»: a year's money over heads, then over months, is not worked out
            plan = replace(plan, unread=(period.group(0),))
        if not plan.reason and not plan.unread and (qualifier := self._unread_qualifier(plan)):
            # «哪些项目是市级的», «搞信息化的是哪些项目»: every project would answer another question
            plan = replace(plan, unread=(qualifier,))
        if plan.reason or plan.unread:
            return compose(question, Result(plan, sql=queries.log), understood)
        if plan.operation.kind == "count" and plan.measure.kind == "value" and plan.measure.soft and \
                plan.subject == "projects" and plan.filter is None and informative(plan.rest) and \
                not _PROJECTS_COUNTED.search(question) and not re.search(r"(?:几|多少)\s*个(?![人户])", question):
            # «定点康复机构安排了几家»: the number a row states, not how many projects there are
            result = Result(plan, sql=queries.log)
            if not self._row_lookup(plan.rest, replace(plan, measure=Measure()), result, queries):
                plan = replace(plan, reason=f"表中没有与“{plan.rest}”相符的指标")
                return compose(question, Result(plan, sql=queries.log), "")
            return compose(question, result, self.describer.plan(result.plan))
        result = Executor(queries).run(plan)
        kind = plan.operation.kind
        if re.search("自[筹籌]", said or question) and kind == "lookup" and plan.measure.kind == "money" and \
                plan.measure.money == "other" and \
                result.projects and all(p.parts and not any("自筹" in label for label, _ in p.parts)
                                        and any(label not in ("本级财政", "财政拨款") for label, _ in p.parts)
                                        for p in result.projects):
            # «…里自筹资金有多少» of a table whose other money is printed as 上年结转 (not 自筹)
            printed = "、".join(dict.fromkeys(label for p in result.projects for label, _ in p.parts))
            plan = replace(plan, reason=f"表中没有单列“自筹资金”（列出的资金来源是：{printed}）")
            return compose(question, Result(plan, sql=queries.log), understood)
        if kind in ("list", "lookup") and plan.measure.kind == "value" and plan.measure.soft and \
                len(result.rows) > 1 and len({r.project_id for r in result.rows}) == 1 and \
                (picked := _row_named(question, result.rows)) is not None:
            # «困难残疾人生活补贴计划发给多少人» of a project paying two kinds: the row so named
            result.rows = [picked]
        if plan.money_unit and plan.measure.kind == "value" and \
                kind in ("lookup", "list", "rows", "mean", "sum", "max", "min") and \
                result.rows and not _states_money(result.rows):
            # «一年的基本生活费至少要多少万元» answered by a head count: money is asked, none is found
            units = "、".join(dict.fromkeys(r.unit or "无单位" for r in result.rows))
            plan = replace(plan, reason=f"问的是金额（{plan.money_unit}），找到的指标以“{units}”计，"
                                        "没有可以直接回答的金额")
            return compose(question, Result(plan, sql=queries.log), understood)
        # («救助经费那个项目的年度预算»: «年度» describes none of them; both are answered)
        described = re.sub(r"项目|里面|里|中|当中|年度|今年|全年|本年|当年", " ",
                           SINGULAR.sub(" ", _REMAINDER.sub(" ", plan.rest)))
        if kind in ("list", "lookup", "sum", "share") and len(result.projects) > 1 and \
                SINGULAR.search(_LEFT_OUT.sub("", RANKED.sub("", question))) and not PLURAL.search(question) and \
                len(re.findall(r"[\u4e00-\u9fff]", described)) >= 2:
            # «182号里用于困难群体代缴保费的那个项目»: one of them, picked by the other words
            narrowed = self._narrow(plan, result, question)
            if narrowed is None:
                plan = replace(plan, unread=(plan.rest.strip(),))
                return compose(question, Result(plan, sql=queries.log), understood)
            plan = narrowed
            understood = self.describer.plan(plan)
            result = Executor(queries).run(plan)
            kind = plan.operation.kind
        if kind == "lookup" and plan.measure.text == "refs":
            ids = [p.id for p in result.projects]
            result.refs = queries.uses(ids)
            result.rows = [r for r in queries.rows(ProjectIds(tuple(ids)), None) if r.basis]
        elif kind == "lookup" and plan.measure.text == "summary" and informative(plan.rest):
            # The question names a project and asks something no header field answers: its rows,
            # or the prose, by the words left over; else say so rather than show its summary.
            if self._row_lookup(plan.rest, plan, result, queries):
                pass
            elif (header := self._header_lookup(plan, result)) is not None:
                plan = header
                result.plan = plan
                understood = self.describer.plan(plan)
            else:
                kept = Result(plan, projects=list(result.projects), sql=result.sql)
                found = self._prose(question, replace(plan, filter=None), kept, queries)
                text = " ".join(p.text for p in kept.passages)
                # (a number asked of the project named, «要发多少个人的», is not in a passage)
                if found and coverage(plan.rest, text) >= REST_COVERAGE and not NUMBER_ASKED.search(question):
                    result.passages, result.projects = kept.passages, []
                    plan = replace(plan, operation=Operation("prose", query=question))
                else:
                    plan = replace(plan, reason=f"表中没有与“{plan.rest}”相符的内容")
                result.plan = plan
                understood = self.describer.plan(plan)
        elif kind == "lookup" and plan.measure.kind == "money" and len(result.projects) == 1 and \
                (part := _sub_part(question, plan.rest, result.projects[0])):
            # «公共实训基地项目采购实训设备的钱是多少»: one purpose among the project's uses of funds;
            # the table states only the whole project's money
            project = result.projects[0]
            plan = replace(plan, reason=f"绩效目标表只列出“{project.name}”整个项目的预算数"
                                        f"（{q.tidy(project.budget)} {project.unit}），没有单列“{part}”的金额")
            result.plan = plan
        elif kind == "prose" and plan.measure.kind == "money" and re.search(r"多少|金额|数额", question):
            # an amount is asked of something no reader named: a row may state it, prose cannot
            # (a money row: «…比赛经费是多少万元» is not answered by «参加比赛次数»)
            if not self._row_lookup(question, plan, result, queries) or not _states_money(result.rows):
                result.rows = []
                plan = replace(plan, reason=f"没有认出问的是哪个项目（“{plan.rest}”）")
                result.plan = plan
                understood = ""
        elif kind == "prose" and WHICH_PROJECT.search(question) and \
                (described := self._described(plan, question)) is not None:
            # «哪个项目是给劳动监察大队辅助人员发工资的»: the project whose use of funds says so
            plan = described
            understood = self.describer.plan(plan)
            result = Executor(queries).run(plan)
        elif kind == "prose":
            if ENUMERATION.search(question) and not re.search(r"指标", question):
                # «四项主推技术是什么», «哪四个机制»: lists live in the prose
                self._prose(question, plan, result, queries) or self._row_lookup(
                    question, plan, result, queries)
            else:
                self._row_lookup(question, plan, result, queries) or self._prose(
                    question, plan, result, queries)
            if result.rows:
                plan = replace(plan, operation=Operation("rows", query=question), subject="rows")
                result.plan = plan
                understood = self.describer.plan(plan)
        elif kind == "lookup" and plan.measure.kind == "rate" and informative(plan.rest):
            # «困难群体每人每年代缴多少元»: of the rates, those the other words point at
            per = plan.measure.per or "人"
            rates = [r for r in result.rows if rate_of(r, per) is not None]  # rows that state one
            kept = [r for r in rates if coverage(plan.rest, _row_text(r)) >= ROW_COVERAGE]
            if not kept and len(rates) == 1 and plan.filter is not None:
                kept = rates  # the named projects state one such standard: that is the one asked
            if not kept and rates:
                best = max(rates, key=lambda r: coverage(plan.rest, _row_text(r)))
                kept = [best] if coverage(plan.rest, _row_text(best)) >= PASSAGE_MIN_COVERAGE else []
            if kept:
                result.rows = kept
                result.projects = queries.projects(ProjectIds(tuple({r.project_id for r in kept})))
                Executor(queries).settle_rate(result)
            elif not result.clauses:
                self._row_lookup(plan.rest, replace(plan, measure=Measure()), result, queries)
        elif kind == "list" and plan.measure.soft and not result.rows and informative(plan.rest):
            self._row_lookup(plan.rest, replace(plan, measure=Measure()), result, queries)
        elif kind == "list" and plan.measure.soft and result.rows and \
                (noun := _counted_noun(question)) and not any(
                    noun[i:i + 2] in _row_text(r) for r in result.rows for i in range(len(noun) - 1)):
            # «健康教育覆盖几个乡镇»: the project's rows counted in 个 do not say 乡镇; the prose may
            kept = Result(plan, sql=result.sql)
            if self._prose(question, replace(plan, filter=None), kept, queries) and \
                    coverage(plan.rest, " ".join(p.text for p in kept.passages)) >= REST_COVERAGE:
                plan = replace(plan, operation=Operation("prose", query=question), filter=None)
                result = kept
                result.plan = plan
            else:
                plan = replace(plan, reason=f"表中没有与“{plan.rest}”相符的内容")
                result = Result(plan, sql=result.sql)
            understood = self.describer.plan(plan)
        elif kind == "issues":
            self._issues(plan, result)
        elif kind == "refs":
            scoped = plan.filter is not None or scope_filter(plan) is not None
            result.refs = queries.uses([p.id for p in result.projects] if scoped else None)
        if result.passages and result.value is None:
            result.value, result.unit = number_asked(question, result.passages)
        counted = _COUNT_OF.search(normalize(question))
        if kind == "prose" and result.value is None and counted and not any(
                counted.group("noun")[:2] in p.text for p in result.passages):
            # «有多少在编人员»: a number of something no paragraph found mentions
            plan = replace(plan, reason=f"文件中没有找到“{counted.group('noun')}”的数字")
            return compose(question, Result(plan, sql=queries.log), understood)
        answer = compose(question, result, understood)
        final = result.plan
        if final.money_unit and answer.found and answer.unit and answer.value is not None and \
                not answer.unit.split("/")[0].endswith("元") and answer.unit not in ("%", "倍"):
            # «…比赛经费是多少万元» answered by «参加比赛次数»: money was asked, none is found
            plan = replace(final, reason=f"问的是金额（{final.money_unit}），找到的是以“{answer.unit}”计的数，"
                                         "没有可以直接回答的金额")
            return compose(question, Result(plan, sql=queries.log), understood)
        return answer

    def _chained(self, question: str, conversation: Conversation) -> Answer | None:
        """«满意度目标最低的那个项目，上年结转是多少», «预算最高的项目的资金用途»: first the project
        the superlative picks (asked on its own), then the rest asked of it as «它的…». None when
        the question has no such two parts; the first part's decline when it picks nothing."""
        m = _CHAIN.match(question)
        if m is None or _NOT_CHAINED.match(m.group("b")) or _COMPARED.search(m.group("b")):
            return None
        first = self._answer(m.group("a") + "是哪个项目？", conversation)
        plan = first.typed_plan
        if not first.found or plan is None or plan.operation.kind not in ("max", "min") or plan.operation.n:
            return first if not first.found else None
        if not 1 <= len(first.project_ids) <= 5:
            return first  # many tied: which one is meant is not known; the tie is the answer
        rest = m.group("b").strip()
        asked = rest if re.match(r"(?:它|其|该项目|这个项目|那个项目)", rest) else (
            "它" + rest if rest.startswith("是") else "它的" + rest.lstrip("的"))
        second = self._answer(asked, Conversation(answers=[*conversation.answers, first]))
        then = second.typed_plan
        if then is None or then.scope.previous is None or set(then.scope.previous) != set(first.project_ids):
            if not second.found:
                return second
            return None
        names = "、".join(self.catalog.by_id[i].name for i in first.project_ids)
        picked = first.understood.removeprefix("理解为：")
        understood = f"理解为：先找{picked}（{names}），再问它的：{second.understood.removeprefix('理解为：')}"
        text = f"{picked}：{names}。\n{second.text}"
        citations = tuple(dict.fromkeys(first.citations + second.citations))
        return replace(second, text=text, understood=understood, citations=citations,
                       plan={**second.plan, "picked_by": first.plan})

    def _described(self, plan: Plan, question: str) -> Plan | None:
        """The one project whose name, use of funds and goal cover most of the question's
        words, when it clearly leads; None otherwise (the prose is searched)."""
        words = WHICH_PROJECT.sub(" ", plan.rest or question)
        allowed = None
        if plan.scope.departments or plan.scope.years or plan.scope.latest:
            allowed = {str(i) for i in _scope_ids(self.catalog, plan.scope)}
        hits = self.catalog.text_index.search(words, 3, allowed)
        if not hits or hits[0].score <= 0 or (len(hits) > 1 and hits[0].score < NARROW_RATIO * hits[1].score):
            return None
        entry = self.catalog.by_id[int(hits[0].id)]
        text = f"{entry.name} {self.catalog.texts[entry.id]}"
        if coverage(words, text) < DESCRIBED_COVERAGE:
            return None
        return replace(plan, filter=ProjectIds((entry.id,)), measure=Measure("text", text="use"),
                       operation=Operation("lookup"), rest="",
                       assumptions=plan.assumptions + ("按资金用途、绩效目标的文字找到",))

    def _narrow(self, plan: Plan, result: Result, question: str) -> Plan | None:
        """The one project of several whose name, use of funds and goal the leftover words
        describe best, clearly (half again the next one's score); None when none stands out."""
        allowed = {str(p.id) for p in result.projects}
        if not _REMAINDER.sub("", plan.rest).strip():
            return None  # «其他项目的预算合计»: the rest of them, not one described
        hits = self.catalog.text_index.search(plan.rest, 3, allowed)
        if not hits or hits[0].score <= 0 or (len(hits) > 1 and hits[0].score < NARROW_RATIO * hits[1].score):
            return None
        chosen = (int(hits[0].id),)
        operation, measure = plan.operation, plan.measure
        if operation.kind == "share":  # «其中见习那个占多少比例»: of the ones it was picked from
            whole = ProjectIds(tuple(p.id for p in result.projects))
            return replace(plan, filter=all_of(plan.filter, ProjectIds(chosen)), rest="",
                           operation=replace(operation, whole=whole),
                           measure=measure if measure.kind != "none" else Measure("money"),
                           assumptions=plan.assumptions + (f"其中按“{' '.join(plan.rest.split())}”选出一个",))
        if measure.kind in ("text", "none") and re.search(r"(预算|资金|经费|金额|钱)\S{0,3}多少", question):
            measure = Measure("money")  # «用于…的那个项目预算是多少»: «用于» described it
        if measure.kind in ("money", "planned", "plan_percent", "text"):
            operation = Operation("lookup")
        words = " ".join(plan.rest.split())
        return replace(plan, filter=all_of(plan.filter, ProjectIds(chosen)), operation=operation,
                       measure=measure, assumptions=plan.assumptions + (f"其中按“{words}”选出一个",),
                       rest="")

    def _replay(self, plan: Plan, conversation: Conversation, question: str) -> Plan:
        """«那冀财社【2024】136号的两个项目呢？»: the previous question, asked of new projects;
        «两者相差多少»: a new operation on the previous answer's measure."""
        last = conversation.last_answer
        previous = getattr(last, "typed_plan", None) if last else None
        if previous is not None and (turned := self._turn(previous, last, question)) is not None:
            return turned
        if previous is not None and (other := _OTHER_ONE.match(normalize(question))) and last.project_ids:
            return self._the_other(plan, previous, last, conversation, normalize(question)[other.end():])
        if previous is None or plan.reason or plan.unread:
            return plan
        if (narrowed := self._others_citing(plan, question)) is not None:
            return narrowed
        text = normalize(question)
        if (nth := NTH_OF_LAST.match(text)) and last.project_ids and \
                not _NEXT_PLACE.fullmatch(text.strip()) and plan.filter is None:
            # «第二个到6月底计划支出多少»: the second project of the answer before, in its order
            n = nth_place(nth, len(last.project_ids))
            if n > len(last.project_ids):
                return Plan(reason=f"上一问答只有 {len(last.project_ids)} 个项目，没有第{nth.group('n')}个")
            if nth.group("end") and len(last.project_ids) != 2:  # «前一个» of three: not known
                return Plan(reason=f"上一问答有 {len(last.project_ids)} 个项目，“{nth.group(0).strip()}”指哪一个不清楚")
            chosen = last.project_ids[n - 1]
            plan = self._as_it(text[nth.end():], conversation) or plan
            return replace(plan, scope=replace(plan.scope, previous=(chosen,)), picked_from=tuple(last.project_ids),
                           assumptions=plan.assumptions + (
                               f"上一问答中的第{n}个项目：{self.catalog.by_id[chosen].name}",))
        if plan.operation.kind in ("list", "count") and plan.filter is not None and last.project_ids and \
                plan.scope.previous is None and re.search(_OTHERS_ASKED, question):
            # «…还有哪些项目引用了»: others than those of the answer before
            previous_ids = tuple(last.project_ids)
            return replace(plan, filter=all_of(plan.filter, Not(ProjectIds(previous_ids))),
                           assumptions=plan.assumptions + ("不含上一问答的项目",))
        per_unit = re.search(r"每(?:一)?(?:个)?(人|户|台|套|辆|亩|家|件|所|个)|(人|户|亩)均", question)
        if plan.operation.kind == "mean" and plan.scope.previous is not None and last.row_ids and \
                previous.subject == "rows" and per_unit:
            # «代缴人数指标定的是多少？» «那平均每人代缴多少元？», «平均每台（套）机具补贴多少»:
            # the budget over that row's target
            from assistant.plan import Operand

            per = per_unit.group(1) or per_unit.group(2)
            return replace(plan, measure=Measure("money"), operation=Operation(
                "divide", query=per, operand=Operand(measure=Measure("value", rows=RowIds(last.row_ids)),
                                                     written="上一问的指标目标")))
        if plan.operation.kind == "change" and plan.operation.change in ("new_rows", "ended_rows") and \
                previous.operation.kind == "list" and previous.subject == "projects" and \
                not re.search(r"指标|目标", question) and last.project_ids:
            # «卫健局2023年有哪些项目？» «那到2024年新增了哪些？»: projects, of that department
            departments = self._departments_of(last.project_ids)
            change = "new" if plan.operation.change == "new_rows" else "ended"
            return replace(plan, filter=None, subject="projects", measure=Measure("money"),
                           scope=replace(plan.scope, previous=None, departments=departments),
                           operation=replace(plan.operation, change=change))
        if plan.operation.kind == "share" and plan.scope.previous is not None and \
                plan.measure.kind == "money" and plan.measure.money == "budget" and \
                previous.measure.kind == "money" and previous.measure.money != "budget" and \
                re.match(r"^\s*(?:那|那么)?\s*(?:它|其|这些|这部分)?\s*占\s*(?:全局|全部门|整个部门|部门|本部门|该部门|全部项目|所有项目)"
                         r"\s*(?:的)?\s*(?:总)?(?:资金总额|总额|预算数|预算|总预算)", question):
            # «卫健局所有项目的上级补助一共多少» «占全局预算的比例是多少»: that field, of the
            # department's whole budget
            departments = self._departments_of(plan.scope.previous)
            return replace(plan, measure=previous.measure, operation=replace(
                plan.operation, whole=InScope(departments), whole_measure=Measure("money")))
        if plan.operation.kind == "share" and plan.scope.previous is not None and \
                plan.operation.whole_measure is None and plan.measure.kind == "money" and \
                previous.measure.kind == "money" and previous.measure.money != plan.measure.money and \
                re.match(r"^\s*(?:那|那么)?\s*(?:它|其)?\s*占\s*(?:这个|该|这|它的?)?\s*(?:项目)?\s*"
                         r"(?:的)?\s*(?:资金总额|总额|预算数|预算|年度资金总额|财政拨款|其他资金)", question):
            # «…的财政拨款是多少？» «占这个项目资金总额的比例呢？»: the part asked before, of the
            # field named after «占» of the same project
            return replace(plan, measure=previous.measure, operation=replace(
                plan.operation, whole_measure=Measure("money", money=plan.measure.money)))
        if plan.scope.previous is not None and plan.measure.kind == "none" and \
                plan.operation.kind in ("difference", "ratio", "sum", "mean", "max", "min", "share"):
            if last.row_ids and previous.subject == "rows":
                measure = Measure("value", rows=RowIds(last.row_ids))
            else:
                # «A和B分别是多少» read as their basics, then «两者相差多少»: the budgets
                basics = previous.measure.kind == "none" or (
                    previous.measure.kind == "text" and previous.measure.text in (None, "summary"))
                measure = Measure("money") if basics else previous.measure
            operation = plan.operation
            if operation.kind == "share" and operation.whole is None and operation.whole_measure is None \
                    and plan.scope.departments and re.match(r"^\s*(?:那|那么)?\s*其中", question):
                # «两个局一共多少» «其中临漳农业农村局占多少比例»: of the total just answered
                operation = replace(operation, whole=ProjectIds(tuple(plan.scope.previous)))
            return replace(plan, measure=measure, operation=operation,
                           subject="rows" if measure.kind == "value" else plan.subject)
        if plan.operation.kind == "lookup" and plan.measure.kind == "money" and plan.filter is None and \
                previous.measure.kind == "money" and previous.measure.money != plan.measure.money and \
                previous.operation.kind in ("sum", "mean", "max", "min", "share", "list") and \
                re.search(r"^(?:那|那么)?\s*(?:换成|换作|改成|改为|改算|看|算)?\s*[\u4e00-\u9fff]{2,6}\s*呢\s*[？?]?\s*$", question):
            # «换成财政拨款呢？» after «…资金总额合计多少»: the same question of the other money field
            return replace(previous, measure=plan.measure, understood="")
        asks_nothing = plan.operation.kind in ("lookup", "prose") and plan.measure.kind in ("none", "text") \
            and plan.measure.text in (None, "summary")
        period = _PERIOD_ONLY.fullmatch(question.strip())
        if period and previous.measure.kind in ("planned", "plan_percent") and asks_nothing:
            # «它6月底计划累计支出多少» «那到9月底呢？»: the same question at another month end
            month = lx.PERIODS[period.group("p")]
            return replace(previous, measure=replace(previous.measure, month=month, month_from=None),
                           understood="")
        new_subject = plan.filter is not None or plan.scope.departments or plan.scope.years
        if asks_nothing and new_subject and re.search(r"呢\s*[？?]?\s*$", question):
            filter_ = plan.filter
            if filter_ is None and plan.scope.departments and not plan.scope.years and \
                    previous.filter is not None and \
                    not any(isinstance(x, ProjectIds) for x in walk(previous.filter)):
                # «医保局哪些项目没有填资金支出计划？» «那林业局呢？»: the same condition there
                filter_ = previous.filter
            if filter_ is None and plan.scope.years and previous.filter is not None:
                # «2024年呢？» after a question about a 2023 project: the same project that year
                filter_, missing = self._same_projects(previous.filter, plan.scope.years)
                if missing:
                    return replace(plan, reason=missing)
            # «2023年呢？» keeps the department asked before; «教育局那边呢？» the year
            departments = plan.scope.departments or previous.scope.departments
            if not departments and previous.scope.previous and plan.scope.years:
                # «卫健局2024年有哪些项目» «预算最多的是哪个» «那2023年呢»: the department of those
                departments = self._departments_of(previous.scope.previous)
            scope = replace(plan.scope, previous=None, years=plan.scope.years or previous.scope.years,
                            departments=departments,
                            latest=() if plan.scope.years else plan.scope.latest or previous.scope.latest)
            return replace(previous, filter=filter_, understood="", scope=scope)
        return plan

    def _departments_of(self, ids) -> tuple[str, ...]:
        """The departments of some projects, in document order (from the catalog, not the store)."""
        wanted = set(ids)
        return tuple(dict.fromkeys(p.department for p in self.catalog.projects if p.id in wanted))

    def _others_citing(self, plan: Plan, question: str) -> Plan | None:
        """«这个项目引用的那份邯卫疾控文件，还有哪个项目也用到了»: the documents the previous
        answer's projects cite that the question names in part, and the other projects citing them."""
        patterns = [f.ref for f in walk(plan.filter) if isinstance(f, Cites)]
        ids = plan.scope.previous
        if not patterns or not ids or plan.operation.kind not in ("list", "count") or not _OTHER_PROJECTS.search(question):
            return None
        uses = Queries(self.library.facts).uses(list(ids))
        refs = list(dict.fromkeys(ref for u in uses for ref in find_policy_refs(u.canonical)
                                  if any(p.matches(ref) for p in patterns)))
        if not refs:
            return Plan(reason="上一问答的项目没有引用问到的文件；请直接说出文件的文号再问")
        cites = any_of(*[Cites(RefPattern(r.issuer, r.year, r.number)) for r in refs])
        named = "、".join(dict.fromkeys(r.canonical for r in refs))
        return replace(plan, scope=replace(plan.scope, previous=None),
                       filter=all_of(cites, Not(ProjectIds(tuple(ids)))),
                       assumptions=plan.assumptions + (f"上一问答的项目引用的{named}，不含上一问答的项目",))

    def _unread_qualifier(self, plan: Plan) -> str:
        """The words of «哪些项目…» (or «几个项目…») no reader took, when they are more than
        generic ones or a stored department's own words: they qualify the projects asked, and
        listing every project would answer another question. "" when there are none."""
        if plan.operation.kind not in ("list", "count") or plan.subject != "projects" or \
                plan.filter is not None or plan.rows is not None or plan.scope.previous is not None or \
                plan.measure.kind not in ("none", "money", "text"):
            return ""
        words = plan.rest
        for word in sorted(lx.FILLER + lx.ALL_PROJECTS, key=len, reverse=True):
            words = words.replace(word, " ")
        runs = re.findall(r"[\u4e00-\u9fff]+", _GENERIC_LIST.sub(" ", words))
        # (a stored department said in short, «残联», is scope however it was read)
        left = [w for w in runs if len(w) >= 2 and not any(
            w in d or w[0] in re.sub(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗)+", "", d)
            for d in self.catalog.departments_named(w))]  # («邯档» is no 邯郸市…档案馆)
        return "、".join(left)

    def _as_it(self, rest: str, conversation: Conversation) -> Plan | None:
        """The rest of «第一个项目的资金用途», «那另一个的…» read as «它的…» would be: a field asked of
        the project pointed at, not a passage searched for; None when that reading fails."""
        again = plan_question("它的" + rest.lstrip("的"), self.catalog, conversation)
        if not again.reason and not again.unread and again.scope.previous is not None:
            return again
        return None

    def _the_other(self, plan: Plan, previous: Plan, last: Answer, conversation: Conversation,
                   rest: str) -> Plan:
        """«哪个预算更多» then «那另一个的资金用途是什么»: the one project of the previous
        question's set that its answer did not give; no such single one, and it declines."""
        if len(previous.picked_from) == 2:  # «前一个的…» then «那另一个的…»: the other of those two
            candidates = list(previous.picked_from)
        else:
            where = all_of(scope_filter(previous), previous.filter)
            candidates = [p.id for p in Queries(self.library.facts).projects(where)] if where is not None else []
        others = [i for i in candidates if i not in last.project_ids]
        if len(others) != 1:
            return Plan(reason="没有认出“另一个”指的是哪个项目（上一问答涉及的项目不是两个），请说出项目名称")
        again = self._as_it(rest, conversation)
        if again is not None:
            plan = again
        elif plan.reason or plan.unread:
            return plan
        return replace(plan, scope=replace(plan.scope, previous=(others[0],)), understood="",
                       assumptions=plan.assumptions + (f"另一个项目：{self.catalog.by_id[others[0]].name}",))

    def _turn(self, previous: Plan, last: Answer, question: str) -> Plan | None:
        """Follow-ups whose whole meaning is a change to the previous question: «那第二个呢» after
        the highest, «这个文件还有哪些项目引用了» after a row's basis. None when it is neither."""
        text = normalize(question).strip()
        if (m := _NEXT_PLACE.fullmatch(text)) and previous.picked_from:
            # «第一个项目到10月底计划支出多少» «那第二个呢»: the same question of the next one of that list
            n = int(q.number(m.group("n")))
            if n > len(previous.picked_from):
                return Plan(reason=f"那一问答只有 {len(previous.picked_from)} 个项目，没有第{m.group('n')}个")
            chosen = previous.picked_from[n - 1]
            said = tuple(a for a in previous.assumptions if not a.startswith("上一问答中的第"))
            return replace(previous, scope=replace(previous.scope, previous=(chosen,)), understood="",
                           assumptions=said + (f"前面列出的第{n}个项目：{self.catalog.by_id[chosen].name}",))
        if (m := _NEXT_PLACE.fullmatch(text)) and previous.operation.kind in ("max", "min") and \
                not previous.operation.n and previous.measure.kind in ("money", "value"):
            n = int(q.number(m.group("n")))
            return replace(previous, operation=Operation("rank", n=n if previous.operation.kind == "max" else -n),
                           understood="")
        if _SAME_DOCUMENTS.search(text) and not find_policy_refs(text):
            queries = Queries(self.library.facts)
            rows = queries.rows(None, RowIds(last.row_ids)) if last.row_ids else []
            refs = list(dict.fromkeys((r.issuer, r.year, r.number) for row in rows
                                      for r in find_policy_refs(row.basis)))
            if not refs and previous.measure.kind == "text" and previous.measure.text == "refs" and last.project_ids:
                uses = queries.uses(list(last.project_ids))
                refs = list(dict.fromkeys((r.issuer, r.year, r.number) for u in uses
                                          for r in find_policy_refs(u.canonical)))
            if not refs:
                return Plan(reason="上一问的答案里没有文号（依据是工作计划、问卷或法律名称时没有文号可查）；"
                                   "请直接说出文件的文号再问")
            cites = any_of(*[Cites(RefPattern(issuer, year, number)) for issuer, year, number in refs])
            others = re.search(r"还有|另外|其他|其它|别的|也", text) and last.project_ids
            return Plan(filter=all_of(cites, Not(ProjectIds(tuple(last.project_ids))) if others else None),
                        measure=Measure(), operation=Operation("list"), subject="projects",
                        assumptions=("上一问答中的文件" + ("，不含上一问的项目" if others else ""),))
        return None

    def _same_projects(self, f, years: tuple[int, ...]):
        """The filter with its named projects replaced by the same projects in other years
        (same code, else the same name without years), or the reason none is there."""
        from assistant.matching import namesakes
        from store.filters import AllOf, AnyOf

        if isinstance(f, ProjectIds):
            out, missing = [], []
            for i in f.ids:
                if i not in self.catalog.by_id:
                    continue
                same = [j for j in namesakes(self.catalog, i) if self.catalog.by_id[j].year in years]
                out += same
                if not same:
                    missing.append(self.catalog.by_id[i].name)
            if missing and not out:
                have = "、".join(f"{y}年" for y in years)
                return f, f"库中{have}没有“{missing[0]}”这个项目（按项目编码和名称对照）"
            return ProjectIds(tuple(dict.fromkeys(out))), ""
        if isinstance(f, (AllOf, AnyOf)):
            parts, missing = [], ""
            for part in f.parts:
                new, why = self._same_projects(part, years)
                parts.append(new)
                missing = missing or why
            return type(f)(tuple(parts)), missing
        return f, ""

    # -- lookups by the question's words -----------------------------------------------------

    def _header_lookup(self, plan: Plan, result: Result) -> Plan | None:
        """«动物疫病…经费主要针对哪几种疫病»: the named project's 资金用途/绩效目标 text holds the
        words left over; answer with that text."""
        words = content_words(plan.rest)
        if not words:
            return None
        scored = [(sum(w in f"{p.use} {p.goal}" for w in words) / len(words), p) for p in result.projects]
        best, project = max(scored, key=lambda s: s[0])
        if best < 0.5:
            return None
        in_use = sum(w in project.use for w in words)
        field = "use" if in_use >= sum(w in project.goal for w in words) else "goal"
        result.projects = [project]
        return replace(plan, measure=Measure("text", text=field))

    def _row_lookup(self, question: str, plan: Plan, result: Result, queries: Queries) -> bool:
        """Indicator rows whose names carry the question's words (BM25), kept when they cover
        enough of the question; within the named projects, if any. A time asked («多长时间内到位»,
        «什么时间前完成») looks among the rows stating a time or a deadline."""
        timed = _TIME_ASK.search(question)
        words = _FILLER.sub(" ", _MODAL.sub(" ", _TIME_ASK.sub(" ", question)) if timed else question)
        where = all_of(scope_filter(plan), plan.filter)
        allowed = {p.id for p in queries.projects(where)} if where is not None else None
        hits = self.catalog.search_rows(words, allowed)
        if not hits or hits[0][1] < ROW_MIN_SCORE:
            return False
        top = hits[0][1]
        keep = tuple(h.id for h, score in hits if score >= ROW_KEEP_RATIO * top)
        if plan.measure.soft and plan.measure.rows is not None:
            # «慰问多少人»: of the close rows, those stated as the question asks
            fitting = {r.id for r in queries.rows(None, all_of(RowIds(keep), plan.measure.rows))}
            keep = tuple(i for i in keep if i in fitting) or keep
        rows = queries.rows(None, RowIds(keep))
        by_id = {r.id: r for r in rows}
        rows = [by_id[i] for i in keep if i in by_id]
        if timed:
            rows = [r for r in rows if r.deadline is not None or (r.base_unit or "") in q.TIME_UNITS
                    or "时效" in r.level2 or "时间" in r.level3 or "时限" in r.level3]
        best = rows[0] if rows else None
        if best is None:
            return False
        if coverage(words, _row_text(best)) < ROW_COVERAGE:
            return False
        result.rows = rows
        result.projects = []
        result.sql.append(f"BM25(indicators.level3 + description) ≈ «{words.strip()}»")
        result.plan = replace(plan, operation=Operation("rows", query=words.strip()),
                              subject="rows", measure=Measure("value"))
        return True

    def retriever(self, kinds: tuple[str, ...] | None, sources: tuple[int, ...] | None = None):
        """A langchain retriever over chunks of these kinds and sources (None: all)."""
        key = (kinds, sources)
        if key not in self._retrievers:
            from assistant.retrieval import HybridSearch, as_langchain_retriever

            self._retrievers[key] = as_langchain_retriever(HybridSearch(self.library), 8, kinds,
                                                           sources)
        return self._retrievers[key]

    def _prose(self, question: str, plan: Plan, result: Result, queries: Queries) -> bool:
        """Passages by hybrid retrieval; a top hit on a table row answers with that row. An
        enumeration asked («做实四个业务板块，是哪四个») also shows a paragraph that lists that
        many of the thing in brackets («做实四业务板块（就业创业、人事人才、…）»)."""
        found = self._prose_search(question, plan, result, queries)
        if found and (n := _items_asked(question)) >= 2:
            # from the documents asked about, else those the passages found come from
            scope = scope_filter(plan)
            sources = set(queries.source_ids(tuple(p.id for p in queries.projects(scope)))) if scope \
                else {p.source_id for p in result.passages}
            listing = next((p for p in _bracket_lists(question, n, queries) if p.source_id in sources), None)
            if listing is not None:  # first, the paragraph shown already or not
                result.passages = [listing] + [p for p in result.passages if p.section_id != listing.section_id]
        return found

    def _prose_search(self, question: str, plan: Plan, result: Result, queries: Queries) -> bool:
        scope = scope_filter(plan)
        sources = queries.source_ids(tuple(p.id for p in queries.projects(scope))) if scope else None
        # the department named only chooses the documents searched; a passage must match the rest
        asked = question.replace(plan.scope.words, " ") if sources and plan.scope.words else question
        words = _FILLER.sub(" ", asked)
        hinted = None
        heading = next((h for pattern, h in SECTION_HINTS if re.search(pattern, question)), None)
        if heading and OUTLINE.search(question):
            # «分项绩效目标分了哪几个方面»: the headings under that part, one paragraph each
            parts = _outline(queries.sections_under(heading, sources), heading)
            if len(parts) >= 2:
                result.passages = parts
                result.sql.append(f"headings under «{heading}»")
                return True
        if heading:  # «总体目标里说的…», «保障措施里说…»: that part of the prose, if it answers
            under = queries.sections_under(heading, sources)
            if under:
                hinted = max(under, key=lambda p: coverage(words, _headed(p)))
        docs = self.retriever(("section",), sources).invoke(question)
        if hinted is not None and coverage(words, _headed(hinted)) >= PASSAGE_MIN_COVERAGE:
            # the part of the prose the question names answers it: its best paragraph, or every
            # paragraph under its heading when a list is asked for («保障措施有哪几条»)
            enumerates = ENUMERATION.search(question) or re.search(r"哪几条|哪些条|几条|几项", question) \
                or re.search(r"(?:措施|目标)(?:主要|具体|都|一共)?(?:有|包括|是)(?:哪些|什么|啥)", question)
            result.passages = queries.siblings(hinted.section_id) if enumerates else [hinted]
            result.sql.append(f"paragraphs under «{heading}»")
            return True
        if not docs:
            return False
        result.sql.append("hybrid retrieval (BM25 + Chroma, RRF) over chunks")
        chunks = queries.passages([d.metadata["chunk_id"] for d in docs])
        scores = {d.metadata["chunk_id"]: d.metadata["score"] for d in docs}
        if not chunks:
            return False
        # The hit that carries most of the question's words (its headings included) wins; fused
        # rank breaks ties.
        listed = _items_asked(question)  # «是哪四个»: a passage that lists four things answers it
        top = max(chunks, key=lambda c: (round(coverage(words, _headed(c)), 2),
                                          listed > 0 and _listed(c.text) >= listed, scores[c.chunk_id]))
        if coverage(words, _headed(top)) < PASSAGE_MIN_COVERAGE or (
                coverage(words, _headed(top)) < ROW_COVERAGE
                and len(longest_common(re.sub(r"\s+", "", words), _headed(top))) < 3):
            # a few scattered characters in common («人数» of «在编人数» in «死亡人数») is no match
            return False
        cost = _COST_ASKED.search(question)
        if cost and cost.group("what")[-2:] not in _headed(top):
            # «人工增雨作业飞机租赁费是多少»: a passage about the work is no figure for that cost
            return False
        result.passages = self._passages(words, top, chunks, scores, queries)
        return True

    def _passages(self, words: str, top: Passage, chunks: list[Passage],
                  scores: dict[str, float], queries: Queries) -> list[Passage]:
        """The best paragraph — or, when its heading is what matched, every paragraph under
        that heading — plus a close runner-up whose own words match."""
        path_text = " ".join(top.path[-1:])
        if top.section_id is not None and coverage(words, path_text) >= max(
                ROW_COVERAGE, coverage(words, top.text)):
            shown = queries.siblings(top.section_id)
        else:
            shown = [top]
        seen = {c.section_id for c in shown}
        if len(shown) > 1:
            # the heading names a thing («四个业务板块»); a paragraph elsewhere may spell it out
            key = re.sub(r"^[一二两三四五六七八九十几]+[个项大类种]?", "", longest_common(words, path_text))
            # the thing counted («业务板块» of «做实四个业务板块»), which a paragraph may list in
            # brackets («做实四业务板块（就业创业、人事人才、…）»)
            noun = re.split(r"[一二两三四五六七八九十几]+[个项大类种]?", key)[-1].strip()
            candidates = [o for o in queries.sections_containing(noun) if o.section_id not in seen] \
                if len(noun) >= 3 else []
            listing = [o for o in candidates if re.search(re.escape(noun) + r"[（(][^）)]*[、，,][^）)]*[）)]", o.text)]
            if listing:
                shown.append(listing[0])
                seen.add(listing[0].section_id)
            elif len(key) >= 3:
                for other in queries.sections_containing(key.strip()):
                    if other.section_id not in seen:
                        shown.append(other)
                        seen.add(other.section_id)
                        break
        rest = [c for c in chunks if c.kind == "section" and c.section_id not in seen]
        if rest:
            runner = max(rest, key=lambda c: (round(coverage(words, c.text), 2), scores[c.chunk_id]))
            if coverage(words, runner.text) >= ROW_COVERAGE or (
                    scores[runner.chunk_id] >= PASSAGE_KEEP_RATIO * scores[top.chunk_id]):
                shown.append(runner)
        return shown

    def _issues(self, plan: Plan, result: Result) -> None:
        from assistant.checks import run_checks
        from assistant.executor import scope_filter

        facts = self.library.facts
        narrowed = plan.filter is not None or scope_filter(plan) is not None
        ids = sorted({p.id for p in result.projects}) if narrowed else None
        if ids is None:  # the whole store
            keys = None
            findings = run_checks(facts.projects(), facts.sources())
        else:  # the asked projects, with the documents their cross-document rules compare
            keys = {(p.source, p.code) for p in result.projects}
            sources = facts.review_sources(ids)
            findings = run_checks(facts.projects(sources=[s.id for s in sources]), sources)
        rule = plan.operation.rule
        result.findings = [f for f in findings if (rule is None or f.rule == rule)
                           and (keys is None or (f.locator.source, f.project_code) in keys)
                           and (rule is not None or f.severity in ("error", "warning"))]
        if plan.operation.consistent:
            flagged = {f.project_code for f in result.findings}
            result.findings = []
            result.projects = [p for p in result.projects if p.code not in flagged]
            result.rows = [r for r in result.rows if r.code not in flagged]
            if result.rows:  # only projects that state such a row can agree with it
                having = {r.project_id for r in result.rows}
                result.projects = [p for p in result.projects if p.id in having]
        elif plan.operation.query == "row" and len({r.project_id for r in result.rows}) == 1:
            # the one project's row asked beside the check: its figure, and the findings
            from assistant.phrases import common_value

            result.value, result.unit = common_value(result.rows)
            if result.findings:
                result.projects = []
        elif result.findings or ids is None or plan.filter is None:
            # the findings cite their own rows; none in a department is «没有发现», not a list of
            # its projects (a project named keeps its figures: «…一致吗» is answered with them)
            result.projects, result.rows = [], []
        if rule == "money-split" and plan.operation.query in ("sum", "gap"):
            self._split_figure(plan.operation.query, result)
        result.sql.append(f"run_checks({'all projects' if ids is None else f'{len(ids)} projects'})"
                          + (f" WHERE rule = {rule}" if rule else ""))


    def _split_figure(self, query: str, result: Result) -> None:
        """The figure asked beside a money-split check, from the one project's three cells:
        «财政拨款和其他资金加起来是多少？对得上吗» their sum, «…对不上？差多少» the gap."""
        from ingest import quantity as q

        if query == "gap":
            if len(result.findings) != 1:
                return
            code = result.findings[0].project_code
        else:
            if len(result.projects or result.findings) != 1:
                return
            code = result.findings[0].project_code if result.findings else result.projects[0].code
        entry = next(p for p in self.catalog.projects if p.code == code)
        money, unit = self.catalog.money_fen[entry.id], self.catalog.money_unit
        if query == "gap" and None not in (money["budget"], money["fiscal"]):
            gap = abs(money["budget"] - money["fiscal"] - (money["other"] or 0))
            result.value, result.unit = q.from_fen(gap, unit), unit
        elif query == "sum" and money["fiscal"] is not None:
            result.value, result.unit = q.tidy(q.from_fen(money["fiscal"] + (money["other"] or 0), unit)), unit


_CJK_COUNTS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ORDINALS = re.compile(r"(?:^|[。；;：:，,\s])(?:[一二三四五六七八九十]是|\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[①-⑩])")


def _items_asked(question: str) -> int:
    """How many things an enumeration question asks for («是哪四个»: 4; «哪几个»: 2); 0 if none."""
    m = ENUMERATION.search(question)
    if not m:
        return 0
    said = re.search(r"[两三四五六七八九十几]", m.group(0))
    return _CJK_COUNTS.get(said.group(0), 2) if said else 2


_COUNTED = re.compile(r"[两三四五六七八九十]\s*[个项大类种条件]?\s*(?P<noun>[\u4e00-\u9fff]{2,6}?)(?=[，,。？?：:]|是|有|包括|分别|指)")


def _bracket_lists(question: str, n: int, queries: Queries) -> list[Passage]:
    """Paragraphs naming the counted thing with n items in brackets after it."""
    out = []
    for m in _COUNTED.finditer(question):
        noun = m.group("noun")
        for p in queries.sections_containing(noun, limit=10):
            for listed in re.finditer(re.escape(noun) + r"[（(]([^（()）]{2,80})[）)]", p.text):
                if len(re.split(r"[、，,；;]", listed.group(1))) == n:
                    out.append(p)
                    break
    return out


def _listed(text: str) -> int:
    """How many numbered items a passage lists («一是…二是…», «1.…2.…»)."""
    return len(_ORDINALS.findall(text))


def _row_named(question: str, rows) -> object | None:
    """Of one project's rows, the one whose name shares a clearly longer run of words with the
    question than any other (at least 4 characters, 2 more than the next)."""
    runs = sorted(((len(longest_common(question, r.level3)), i) for i, r in enumerate(rows)), reverse=True)
    (best, at), (second, _) = runs[0], runs[1]
    return rows[at] if best >= 4 and best >= second + 2 else None


def _states_money(rows) -> bool:
    """Does any of these rows state an amount of money (in 元 once normalised)?"""
    return any((r.base_unit or "").startswith("元") for r in rows)


# «…租赁费是多少», «…的培训经费有多少»: the amount of a cost item asked (its last words must be found)
_COST_ASKED = re.compile(r"(?P<what>[\u4e00-\u9fff]{2,8}?)(?:费用|费|经费|资金)\s*(?:是|有|为|共|一共|总共)?\s*多少")
_PER_PERIOD = re.compile(r"每(?:人|户|个|家|次)?每(?:个)?(?:月|季度|天|日)|每(?:个)?(?:月|季度|天|日)每(?:人|户|个|家)")
# («除了财政拨款还有其他资金»: «除了…还/也» adds, it leaves nothing out)
_EXCLUSION = re.compile(r"(?:除了|除去|除开|除(?=[^，,。；;？?]{1,20}(?:以外|之外))|不包括|不包含|排除|刨去|剔除)"
                        # («除了财政拨款，其他资金有多少»: one part of the money against the other)
                        r"(?!\s*(?:财政拨款|财政资金|本级财政|上级补助|其他资金)[，,\s]*(?:以外|之外)?[，,\s]*(?:其他|其余|另外))"
                        r"(?![^，,。；;？?]{0,20}?(?:还|也|另外|另有))"
                        r"[^，,。；;？?]{0,20}")


def _exclusion_unused(question: str, plan: Plan, departments: int) -> str:
    """The words of a «除了…», «不包括…» when no part of the plan leaves anything out (nor is
    the scope narrowed to some of the store's departments: «除了医保局，其余三个部门»)."""
    said = _EXCLUSION.search(question)
    if said is None or plan.operation.kind in ("prose", "structure") or \
            0 < len(plan.scope.departments) < departments:
        return ""
    trees = [plan.filter, plan.rows, plan.also, plan.measure.rows, plan.operation.whole,
             *plan.operation.sides]
    if any(isinstance(f, Not) for tree in trees for f in walk(tree)):
        return ""
    return said.group(0)


# A bound as a question states it: «85%以上», «超过500万元», «不到九成», «百分之八十以上»
_NUMBER = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+(?:点[零〇一二三四五六七八九]+)?)"
_CONDITION = re.compile(r"(?:(?:(?P<lead>超过|高于|低于|大于|小于|少于|多于|不到|不足|不低于|不高于|不超过|不少于|至少|达到|过)|在)\s*)?"
                        rf"(?P<figure>{_NUMBER}\s*(?:%|％|万元|万|元|亿元|亿|成)|百分之{_NUMBER})"
                        r"\s*(?P<tail>以上|以下|及以上|及以下|以内|之内|或以上|或以下)?")
# «那85%以上的呢», «换成超过500万元的呢», «如果是九成呢»: nothing but a new bound
_SWAP = re.compile(r"^\s*(?:那|那么|要是|如果|假如)?\s*(?:换成|改成|改为|是)?\s*(?P<c>[^，,。？?]{2,16}?)\s*(?:的)?\s*(?:项目)?"
                   r"\s*(?:呢|的话呢|的呢)\s*[？?]?\s*$")


def _unit_class(words: str) -> str:
    return "%" if re.search(r"%|％|成|百分之", words) else "money" if re.search(r"元|万|亿", words) else ""


def _swapped_condition(question: str, conversation: Conversation) -> str | None:
    """The previous question with its one bound of the same kind (a percent, an amount) replaced
    by the bound a «那…呢» follow-up says; None when the follow-up says more than a bound, or the
    previous question has no single such bound."""
    swap = _SWAP.match(normalize(question))
    last = conversation.answers[-1] if conversation.answers else None
    if swap is None or last is None or not last.found:
        return None
    said = _CONDITION.fullmatch(swap.group("c").strip())
    if said is None:
        return None
    kind = _unit_class(said.group(0))
    before = [m for m in _CONDITION.finditer(last.question) if _unit_class(m.group(0)) == kind]
    if len(before) != 1:
        return None
    old = before[0]
    new = said.group(0)
    if not said.group("lead") and not said.group("tail"):
        # «那九成呢»: the bound's words as before, the number replaced
        new = old.group(0)[:old.start("figure") - old.start()] + new + old.group(0)[old.end("figure") - old.start():]
    return last.question[:old.start()] + new + last.question[old.end():]
