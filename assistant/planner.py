"""Turn a question into a typed plan: the readers fill scope, filter, measure and operation;
this module composes them. No LLM needed, and no whole-question patterns."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from assistant import lexicon as lx
from assistant.catalog import Catalog, in_order, longest_common, nfkc
from assistant.conversation import Conversation
from assistant.describe import MONEY_NAMES, TEXT_NAMES, is_budget_part
from assistant.plan import Measure, Operand, Operation, Plan, Scope
from assistant.readers.attributes import read_attributes
from assistant.readers.conditions import Condition, read_conditions
from assistant.readers.fields import Field, part_words, read_fields
from assistant.readers.logic import RANKED, Logic, read_logic
from assistant.readers.names import (
    Mention,
    Names,
    conflicting_name,
    other_kind_after,
    other_kind_before,
    pointed_unknown,
    read_names,
)
from assistant.readers.operations import (
    OperationWords,
    read_operation,
    read_share,
    read_yes_no,
)
from assistant.readers.scope import AGAINST, read_scope
from assistant.readers.units import read_units
from assistant.readers.years import YearChange, read_year_change
from assistant.reading import (
    MAX_QUESTION_CHARS,
    PER_ANY,
    PER_ASK,
    PREAMBLE,
    SELF_INTRO,
    Reading,
    normalize,
    per_units,
    quoted,
)
from ingest import quantity as q
from store.filters import (
    AllOf,
    AnyOf,
    Attribute,
    Cites,
    Compare,
    Filter,
    HasOther,
    HasRow,
    Implementer,
    InScope,
    Money,
    NameHas,
    Not,
    ProjectIds,
    RowAgainstMoney,
    RowBasis,
    RowIds,
    RowKind,
    RowPer,
    RowUnit,
    RowWritten,
    SameMoney,
    all_of,
    any_of,
    walk,
)

# a figure asked beside a check («…写的是多少？对得上吗»)
_VALUE_ASKED = re.compile(r"(?:是|写了?|定了?|为|填了?)\s*多少|多少(?:钱|万元|元)?[？?，,]")
_PER_MONTH = re.compile(r"(?:平均)?(?:一个月|每个月|每月|月均|一月|(?P<q>一个季度|每个季度|每季度?|季均))")
# «政治效益指标», «文化效益指标»: a kind of benefit no table has (经济/社会/生态效益 are)
_UNKNOWN_BENEFIT = re.compile(r"((?:(?![的和与及或、有了设置类项个条些哪其他种])[\u4e00-\u9fff]){2})效益(?:类)?指标")
_CARRIED_OUT_BY = re.compile(r"(?:哪个|哪家|同一个?|同一家|什么|几个|多少个)\s*(?:单位|机构)\s*(?:负责|具体|来)?\s*(?:实施|承担|执行)"
                             r"|由\s*(?:哪个|哪家|什么)?\s*(?:单位|机构)\s*(?:负责|具体|来)?\s*(?:实施|承担|执行)|谁(?:来|负责|具体)?实施"
                             r"|本级(?:负责|具体)?实施")
_RELATED = re.compile(r"(?:和|与|跟|同)\s*(?P<x>[\u4e00-\u9fff]{2,10}?)\s*(?:有关|相关|有关系|挂钩|沾边)"
                      r"|(?:涉及|关于|有关)\s*(?P<y>[\u4e00-\u9fff]{2,10}?)\s*的\s*项目")
_THAT_DEPARTMENT = re.compile(r"(?:这个|该|此|这一|这家|它的|它所在的|它所属的|其所属|所属)\s*(?:部门|局|单位)")
_BOTH = re.compile(r"这两个|这俩|两者|二者|这两项|这两笔|两个加起来|俩加起来|它们俩")
_ROWS_ASKED = re.compile(r"哪(?:条|几条|一条|些|个)指标|哪一行|哪行|几条指标|多少条指标")
_CITE_BASIS = ("指标值确定依据", "确定依据", "指标依据", "指标的依据", "依据", "指标")


_NAME_THEN_THIS = re.compile(r"\s*(?:这个项目|这一项目|该项目|这个|这笔|这项|这一项)(?!\s*(?:和|与|跟|比))")
_WHICH_MORE = re.compile(r"哪(?:个|一个|项|笔|家)[^，,。？?]{0,8}?(更|比较|较)(?=多|少|大|小|高|低)")
_OF_TWO = re.compile(r"(?:较|更|相对|比较)(少|多|大|小|高|低)(?=\s*(?:一些|一点|些)?\s*的\s*(?:那|这)\s*(?:一)?\s*(?:个|项|笔))")


def plan_question(question: str, catalog: Catalog, conversation: Conversation) -> Plan:
    """The plan for one question, in the context of a conversation."""
    text = normalize(question)
    if len(text) > MAX_QUESTION_CHARS:
        return Plan(reason=f"问题太长（{len(text)} 字，上限 {MAX_QUESTION_CHARS} 字），请拆成几个短问题")
    if not catalog.projects:
        return Plan(reason="库中还没有任何文件，请先导入（jixiao ingest 文件）")
    text = _years_of_the_last_two(text, catalog, conversation)
    if len(conversation.last_project_ids) == 2:
        # «其中预算较少的那个» of two projects just named: the smaller of the two
        text = _OF_TWO.sub(r"最\1", text)
    # «两个项目，哪个预算更多»: which of them is the most
    if not re.search(r"部门|局|单位|两家|县|区", text):
        text = _WHICH_MORE.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + "最" + m.group(0)[m.end(1) - m.start():],
                               text)
    if (compared := _extremes_compared(text, catalog)) is not None:
        return compared
    r = Reading(text)
    preamble = PREAMBLE.match(text) or SELF_INTRO.match(text)
    if preamble:  # «财政局复核：…», «我是财政局审核预算的，…»: who asks and why, not what
        r.take(0, preamble.end(), "filler")
    for m in _CONVERT_ONLY.finditer(text):
        if len(re.sub(r"^(?:那么|那|请|帮我|麻烦)+|[^\u4e00-\u9fff]", "", text[:m.start()])) >= 2:
            r.take(m.start(), m.end(), "filler")  # «预算总额折合成元是多少»: the unit (money_unit), no more
    nth = NTH_OF_LAST.match(text) if conversation.last_project_ids else None
    if nth:  # «第二个到6月底计划支出多少»: a place in the last answer (the engine picks the project)
        r.take(nth.start(), nth.end(), "follow-up")
    units = read_units(r, catalog)  # before names and departments: «城市管理服务中心», «…局本级»
    attributes = read_attributes(r, catalog, several_years=len(catalog.years) > 1)  # «经常性项目»
    names = read_names(r, catalog)
    for m in names.mentions:  # «经济责任审计专项经费这个项目…»: the demonstrative is the name's, no follow-up
        if m.kind == "name" and (this := _NAME_THEN_THIS.match(r.text, m.end)):
            r.take(m.end, this.end(), "name")
    named_ids = {i for m in names.mentions if m.kind == "name" for i in m.projects}
    for m in list(r.finditer(re.compile(r"(?<![\d.])\d{3,}(?![\d.])"))):
        # «12315投诉举报处置那个项目»: figures from the name of the project the words found
        if named_ids and all(m.group(0) in catalog.by_id[i].name for i in named_ids):
            r.take(m.start(), m.end(), "name")
    previous = conversation.last_project_ids
    if len(previous) != 2 and _BOTH.search(text):
        # «这两个加起来多少» after «A多少钱？» and «B呢？» (or «魏县人社局…？» and «临漳县农业农村局呢？»):
        # the projects of the last two answers
        recent = conversation.recent_project_ids(2)
        last_question = conversation.answers[-1].question if conversation.answers else ""
        if len(recent) == 2 and recent[1] != recent[0] and (
                len(previous) == 1 and len(recent[1]) == 1
                or len(previous) > 2 and not set(recent[0]) & set(recent[1]) and re.search(r"呢\s*[？?]?\s*$", last_question)):
            previous = recent[1] + recent[0]
    scope_words = read_scope(r, catalog, has_previous=bool(previous))
    if scope_words.departments and not any(m.kind in ("name", "code") for m in names.mentions) and \
            not names.missing and not names.unknown_project:
        # «永年区供销社农资储备补贴…»: the department's words («供销社») hid the name after them
        again = read_names(r, catalog)
        if any(m.kind in ("name", "code") for m in again.mentions):
            names = replace(again, mentions=names.mentions + again.mentions)
    that_department = _THAT_DEPARTMENT.search(text)
    if that_department and previous and not scope_words.departments:
        # «这个部门的项目资金一共多少» after a project: its department, not the project
        departments = tuple(sorted({catalog.by_id[i].department for i in previous if i in catalog.by_id}))
        scope_words = replace(scope_words, departments=departments, follow_up=False)
        r.take(that_department.start(), that_department.end(), "scope")
        previous = ()
    reason = names.missing or scope_words.missing or _absent_field(r, catalog.part_labels)
    if reason:
        return Plan(reason=reason)
    # (an indicator named beside it does not name the project: «发中央基础养老金的那个项目，养老金
    # 补贴到位增加收入…»)
    row_projects = {catalog.row_project.get(i) for m in names.mentions if m.kind == "row" for i in m.rows}
    stranger = "" if any(m.kind != "row" for m in names.mentions) or len(row_projects) == 1 \
        else pointed_unknown(r.free, catalog)
    that_one = None if names.mentions or stranger else _THAT_PROJECT.search(text)
    # (also when the last answer found nothing: «它们» is not an older answer's projects)
    dangling = _DANGLING.match(r.free) if conversation.answers and (
        not previous or not conversation.answers[-1].found) \
        and not any(m.projects for m in names.mentions) else None
    if dangling:  # «它的准确率目标是多少» when nothing was found before: no project to refer to
        return Plan(reason=f"“{dangling.group(1)}”指的是哪个项目？上一问没有找到项目，"
                           "请带上项目名称（或文号、项目编码）再问")
    unsure = next((m for m in names.mentions if m.ambiguous), None)
    if unsure is not None:  # «中央下达的城乡居民基础养老金补助»: two projects fit, neither clearly
        which = "；".join(f"“{catalog.by_id[i].name}”" for i in unsure.projects)
        return Plan(reason=f"“{text[unsure.start:unsure.end]}”可能指：{which}。请说明是哪一个"
                           "（例如带上文号、预算数或项目编码）")
    yes_no = read_yes_no(r)
    named_any = any(m.projects for m in names.mentions)
    last = conversation.last_answer
    before = last.typed_plan if last is not None else None
    picked = _pick_by_money(r, catalog, previous if (scope_words.follow_up or not named_any) else None,
                            names, money_before=before is not None and before.measure.kind == "money")
    if before is not None and not named_any and _GAP_ASKED.search(text) and (gap := _gap_plan(before)):
        # «各高出多少，加起来一共多少» after «成本指标比预算还高的有哪些»: how far each goes over
        return gap
    if before is not None and before.measure.kind in ("money", "planned") and not named_any and \
            not scope_words.departments and not scope_words.years and \
            _CONVERT_ONLY.search(text) and not re.search(r"\d", text):
        # «帮我换算成元», «折合成万元是多少»: the previous answer again, in the unit asked
        return replace(before, money_unit=_asked_money_unit(text))
    if before is not None and before.measure.kind == "plan_percent" and not named_any and \
            _PERCENT_AS_MONEY.search(text) and not re.search(r"\d", text):
        # «折算成金额是多少万元» after «3月底计划支出到百分之多少»: that share of the budget
        return replace(before, measure=replace(before.measure, kind="planned"), money_unit=_asked_money_unit(text))
    bounds = _bound_notes(r)  # «低于88%的项目（正好88%的不算）»: the bound said again, not a condition
    for m in list(r.finditer(_LACKING_NOTE)):
        # «满意度低于90%的是哪些项目？没设满意度的不算»: projects without such a row have no value
        # to compare; the note says what the condition already does
        if m.group("k") in r.text[:m.start()]:
            r.take(m.start(), m.end(), "filler")
    logic = read_logic(r)
    after_change = bool(scope_words.follow_up and before is not None and before.operation.kind == "change")
    years_named = scope_words.years
    if previous and len(years_named) == 1 and re.search(r"(?:比|较)\s*(?:于)?\s*\d{4}\s*年", text):
        # «比2023年涨了多少» after a 2024 project: that project's year is compared
        own_years = {catalog.by_id[i].year for i in previous if i in catalog.by_id} - set(years_named)
        if len(own_years) == 1:
            years_named = tuple(sorted(set(years_named) | own_years))
    change = read_year_change(r, years_named, after_change)
    if change is not None and change.reference is not None and \
            change.reference == (change.subject or max(catalog.years, default=None)) and len(catalog.years) < 2:
        # a year compared with itself in a store of one year: no comparison of years was meant
        return Plan(reason=f"问题里比较的两个年份相同（{change.reference}年），库中只有这一年的文件")
    fields = read_fields(r, catalog.part_labels)  # before the operations: «资金总额» is a field, not a sum
    fields = _parts_had(r, fields, logic)  # «有上级补助的项目当中…»: a condition, not the measure
    op = read_operation(r, yes_no) if change is None else OperationWords()
    year = scope_words.years[0] if len(scope_words.years) == 1 else (
        catalog.years[0] if len(catalog.years) == 1 else None)
    # «“十万学子进邯郸”»: a number inside quoted words is part of a name, not a condition (a
    # quoted value alone, «“0起”», still is one)
    quotes = quoted(r.text)
    amounts = [a for a in q.find_amounts(r.free) if not any(
        s <= a.start < e and len(re.findall(r"[\u4e00-\u9fff]", text.replace(a.written, ""))) >= 2
        for s, e, text in quotes)]
    named_rows = [Field("indicator", m.start, m.end, r.text[m.start:m.end], rows=RowIds(m.rows))
                  for m in names.mentions if m.kind == "row"]
    conditions = read_conditions(r, sorted(fields + named_rows, key=lambda f: f.start), amounts,
                                 catalog.money_unit, year)
    for number, strict in bounds:  # «88%以上、但88%本身不算»
        conditions = [replace(c, project=_bound_changed(c.project, number, strict),
                              rows=_bound_changed(c.rows, number, strict)) for c in conditions]
    follow_up = scope_words.follow_up or _elliptical(text, previous, names, scope_words, fields,
                                                     conditions, logic, change, op)
    last_plan = getattr(conversation.last_answer, "typed_plan", None) if conversation.answers else None
    if not follow_up and op.kind in ("max", "min") and len(previous) >= 2 and last_plan is not None and \
            last_plan.operation.kind == "list" and not names.mentions and not scope_words.departments and \
            not scope_words.years and not conditions and not logic.project and not logic.rows and \
            not re.search(r"全部|所有|全局|整个|库中|各部门|哪个部门|哪个局", text):
        # «卫健局2024年有哪些项目？» «预算最多的是哪个？»: the highest of those just listed
        follow_up = True
    own = [m for m in names.mentions if m.projects and m.kind in ("name", "code", "amount")]
    if len(own) >= 2:
        follow_up = False  # «A和B，两者差多少»: «两者» are the two named here
    else:
        joined = _with_previous(text, own, previous, catalog)
        if joined:  # the projects of the previous answer and the one named here, together
            picked = joined
            names = replace(names, mentions=[m for m in names.mentions if all(m is not o for o in own)])
            scope_words = replace(scope_words, departments=())
    carried = picked or (previous if follow_up else None)
    if carried and scope_words.years and any(
            catalog.by_id[i].year not in scope_words.years for i in carried if i in catalog.by_id):
        # «那2023年它的预算是多少» after a 2024 project: the same project in the year asked
        carried = tuple(i for i in _across_years(catalog, carried)
                        if catalog.by_id[i].year in scope_words.years) or carried
    if carried and re.search(r"两年|两个年度|这两年|各年|每年都", text) and not scope_words.years:
        # «两年合计呢» after one year's figure: the same projects in every year stored
        carried = _across_years(catalog, carried)
    scope = Scope(scope_words.departments, scope_words.years, carried, scope_words.words)
    if change is None and not scope.years and scope.previous is None and not re.search(r"两年|两个年度|这两年|各年度?|每年都", text):
        # («教育信息化县级配套资金两年一共安排了多少»: every year stored, not the latest)
        scope = replace(scope, latest=_latest_years(r, catalog, scope.departments, names))
    which = _WHICH_DEPARTMENT.search(text)
    if which and not names.mentions and not conditions and scope.previous is None and not logic.project \
            and not logic.rows and change is None and not units.named and not attributes.named \
            and not attributes.left_out and all(f.kind == "money" or f.kind == "text" and f.text == "department" for f in fields):
        ranked = _department_extreme(which, text, catalog, scope, fields)
        if ranked is not None:
            return ranked
    plan = _compose(r, catalog, conversation, names, scope, logic, op, fields, conditions)
    if units.named:  # «道路运输服务中心实施的项目»
        unit = any_of(*[Implementer(u) for u in units.named])
        said = [r.text.find(w) for w in units.words.split("、") if w and r.text.find(w) >= 0]
        # «由综合执法大队执行的，或者用到了其他资金的»: the unit is one side of an «或» clause
        either = plan.filter is not None and said and any(max(said) < p for p in logic.strong_ors)
        plan = replace(plan, filter=any_of(unit, plan.filter) if either else all_of(plan.filter, unit))
    if units.left_out:  # «除了执法大队的项目，其余…»
        plan = replace(plan, filter=all_of(plan.filter, *[Not(Implementer(u)) for u in units.left_out]))
    if attributes.named:  # «一次性项目里…», «项目属性是新增项目的»
        plan = replace(plan, filter=all_of(plan.filter, any_of(*[Attribute(v, label) for label, v in attributes.named])))
    if attributes.left_out:  # «…但不包括新增项目»
        plan = replace(plan, filter=all_of(plan.filter, *[Not(Attribute(v, label)) for label, v in attributes.left_out]))
    if attributes.asked and not attributes.named and not plan.reason and (
            plan.filter is not None or plan.scope.previous is not None):
        # «村级医保服务站标准化建设经费的项目期限是怎么定的»: the field of the projects named
        # («谁负责的？联系电话也告诉我»: each field asked, in the order asked)
        plan = replace(plan, measure=Measure("text", text="attribute:" + "、".join(dict.fromkeys(attributes.asked))),
                       operation=Operation("lookup"), rows=None, subject="projects", also=None)
    if (units.named or units.left_out or attributes.named or attributes.left_out) and plan.operation.kind == "prose":
        # «服务中心负责实施的项目都有哪些»: the projects of the unit, not a passage; «来访接待中心
        # 今年计划接待多少人次»: the figure their rows state
        figure = plan.measure.kind == "value" and plan.measure.rows is not None and \
            re.search(r"多少|几", text) and not re.search(r"哪|列出|列举|有没有|是否|有无|几个项目|多少个项目", text)
        plan = replace(plan, operation=Operation("list"), subject="rows" if figure else "projects")
    if units.asked and not units.named and not units.left_out and not plan.reason:
        if plan.operation.kind in ("lookup", "list", "rows"):
            # «公路超限超载治理经费具体是哪个单位在实施»: the 实施单位 of the projects named
            plan = replace(plan, measure=Measure("text", text="implementer"), operation=Operation("lookup"),
                           rows=None)
        else:
            return Plan(reason="还不能按实施单位做这样的计算，请先问某个项目由哪个单位实施")
    if previous and not own and plan.filter is not None and plan.scope.previous is None and not picked and \
            re.match(r"^\s*(?:那)?(?:再)?(?:加上|算上|连同|再加|外加)", text):
        # «再加上满意度是85%的，一共几个项目» after a list: those projects or these
        plan = replace(plan, filter=AnyOf((ProjectIds(tuple(previous)), plan.filter)))
    at_rate = _at_project_rate(text, amounts, names, catalog)
    if at_rate is not None:  # «增加到6000场，按现在每场的补助标准，需要多少元»
        rate, count, ids = at_rate
        plan = Plan(scope=scope, filter=ProjectIds(ids), measure=Measure("money"),
                    operation=Operation("product", numbers=(rate, count)), money_unit=_asked_money_unit(text))
        for a in amounts:
            r.take(a.start, a.end, "operation")
        for m in r.finditer(_AT_RATE):  # «按每户补助上限测算», «每吨服务费按上限算»
            tail = re.match(r"\s*(?:来)?(?:测算|计算|核算|算)?", r.text[m.end():])
            r.take(m.start(), m.end() + tail.end(), "operation")
        r.take_all(("标准", "补助", "补贴", "按", "现在", "目前", "表里", "表中", "需要", "一共", "总共", "要", "最多",
                    "全年"), "operation")
    plan = _extreme_again(plan, before)
    guessed = change is not None and plan.measure.kind in ("none", "text") and not plan.reason
    if change is not None and not plan.reason:
        if before is not None and before.measure.kind == "value" and before.measure.rows is not None \
                and previous and plan.filter is None and not names.mentions and not plan.rows \
                and (plan.measure.kind != "value" or plan.measure.rows is None or plan.measure.soft):
            # «比2024年的目标多了多少亩» after one row's target: that row, in both years
            plan = replace(plan, measure=before.measure)
        plan = _year_change(plan, change, r, yes_no)
        if previous and plan.filter is None and plan.scope.previous is None and not names.mentions \
                and not scope_words.departments and len(previous) <= 5 and (
                    scope_words.follow_up or re.search(r"呢|那", text)
                    or not re.search(r"全部|所有|全局|总|合计|一共|部门|局|单位|项目", text)):
            # «2024年呢？比上一年多多少» after one project's 2023 budget: that project, both years
            plan = replace(plan, filter=ProjectIds(_across_years(catalog, previous)))
    r.take_all(_filler_words(), "filler")
    for m in list(r.finditer(_CHECK_REQUEST)):
        r.take(m.start(), m.end(), "filler")
    unread = tuple(r.unread_signals(quotes=plan.operation.kind not in ("prose", "rows")))
    if plan.operation.kind == "mean" and plan.scope.previous is not None and last is not None and last.row_ids:
        # «那平均每人代缴多少元» after a row's target: the budget over it (Engine._replay)
        unread = tuple(u for u in unread if not PER_ASK.fullmatch(u))
    if plan.operation.kind == "mean" and plan.measure.kind == "money" and not (
            plan.scope.previous is not None and last is not None and last.row_ids):
        # «平均每培训一人次要花多少», read as a mean: an amount per unit that no reader divided by
        unread += tuple(m.group(0) for m in PER_ANY.finditer(r.text)
                        if r.is_free(m.start(), m.start() + 1) and m.group(0) not in unread)
    unread += _unnamed_list_items(r, names.mentions, catalog)
    swap = _SWAPPED.fullmatch(r.text.strip())
    if swap and conversation.answers and r.is_free(swap.start("x"), swap.end("x")) and not any(
            len(longest_common(swap.group("x"), nfkc(row.level3))) >= min(4, len(swap.group("x")))
            for pid in (previous or ()) for row in catalog.rows_of.get(pid, ())):
        # («那群体免疫密度呢»: an indicator of the same project is read as such)
        # «那残疾人两项补贴呢？» after a question about one project: the new subject is unknown
        return Plan(reason=f"没有认出“{swap.group('x')}”指的是哪个项目，请说出项目名称中的几个字（或文号、项目编码）")
    facts = [f for _, _, f in logic.project]
    if any(type(f) is type(g) and f != g and hasattr(f, "present") for f in facts for g in facts):
        # «2024年有其他资金，2025年没有»: opposite facts of one kind, meant for different years
        return Plan(reason="问题对同一项给出了相反的条件（例如一年有、另一年没有），还不能分年度分别筛选；"
                           "请分开问每一年")
    pieces = sorted((m for m in names.mentions if m.kind == "name" and m.projects), key=lambda m: m.start)
    for a, b in zip(pieces, pieces[1:]):
        gap = re.sub(r"那一?个|这一?个|那|这|的|之|项目", "", r.text[a.end:b.start])
        if set(a.projects) == set(b.projects) and r.is_free(a.end, b.start) and \
                re.fullmatch(r"[\u4e00-\u9fff]{2,6}", gap) and \
                sum(ch not in "".join(catalog.by_id[i].name for i in a.projects) for ch in gap) >= 2:
            # «城乡居民基本养老保险补助资金» around «养老»: the store's is «…基本医疗保险…», another project
            return Plan(reason=f"库中没有名为“{r.text[a.start:b.end]}”的项目：名称相近的项目是"
                               + "、".join(dict.fromkeys(f"“{catalog.by_id[i].name}”" for i in a.projects)))
    for m in names.mentions:
        if other := conflicting_name(r, catalog, m):  # «消防安全宣传…» is not «安全生产宣传…»
            return Plan(reason=f"库中没有名为“{other}”的项目：名称相近的项目是"
                               + "、".join(dict.fromkeys(f"“{catalog.by_id[i].name}”" for i in m.projects)))
        if other := other_kind_before(r, catalog, m):  # «城乡医疗救助资金» is not «临时救助资金»
            return Plan(reason=f"库中没有名为“{other}{r.text[m.start:m.end]}”的项目：名称相近的项目是"
                               + "、".join(dict.fromkeys(f"“{catalog.by_id[i].name}”" for i in m.projects)))
        if other := other_kind_after(r, catalog, m):  # «特种设备定期检验补助经费» is not «特种设备安全监察经费»
            return Plan(reason=f"库中没有名为“{other}”的项目：名称相近的项目是"
                               + "、".join(dict.fromkeys(f"“{catalog.by_id[i].name}”" for i in m.projects)))
    for start, end in logic.exclusions:  # «扣除养老类项目后»: what to leave out was not understood
        owners = {o for o in r.owner[start:end] if o}
        # («除去两项补贴配套资金», «除去其他资金»: a money word inside names no projects to leave out)
        # (but «除了财政拨款，其他资金有多少» names the part asked beside the one left out)
        unnamed = owners == {"money"} and plan.measure.kind in ("money", "none") and plan.measure.money == "budget"
        if unnamed or not owners - {"filler", "logic", "text", "period", "operation", "follow-up", "ranked"}:
            unread += (r.text[start:end].strip(),)
    if guessed and plan.subject == "projects" and change.what not in ("new", "ended", "kept") \
            and informative_rest(r):
        # «重点任务比2023年多几项»: what is compared is not money nor a row the readers know
        unread += (" ".join(r.free.replace("\u3000", " ").split()),)
    rest = " ".join(r.free.replace("\u3000", " ").split())
    sides = plan.operation.sides
    if plan.operation.kind in ("difference", "ratio") and len(sides) == 2 and sides[0] == sides[1]:
        # «A是B的多少倍» where both names found the same project: no comparison to make
        return Plan(reason="问题里比较的两边认成了同一个项目，请把其中一个说得更具体些（例如带上文号、预算数或项目编码）")
    if that_one and plan.filter is None and plan.scope.previous is None and not plan.reason and \
            plan.operation.kind not in ("prose", "rows", "max", "min", "rank", "place", "issues") and \
            not plan.operation.n \
            and plan.measure.kind != "value":
        # «每人每年代缴67元的那个项目，预算够给多少人»: one project meant, none recognised
        return _not_recognised(that_one.group(0))
    related = _RELATED.search(r.free)
    if related and plan.filter is None and plan.rows is None and not plan.reason:
        # «哪些项目和医疗保险有关»: a topic no name holds is no licence to list every project
        topic = related.group("x") or related.group("y")
        found = catalog.with_topic(topic) or catalog.described_in(topic)
        if not found:
            return Plan(reason=f"没有找到与“{topic}”有关的项目（项目名称、资金用途和绩效目标中都没有）")
        r.take(related.start(), related.end(), "topic")
        plan = replace(plan, filter=ProjectIds(tuple(p.id for p in found)))
    if plan.operation.kind in ("max", "min") and plan.measure.kind == "text":
        # «其中资金总额最大的那个，资金用途是什么»: an extreme of words means nothing; not answered
        unread += (TEXT_NAMES.get(plan.measure.text or "", "文字"),)
    asked_number = NUMBER_ASKED.search(text)
    if plan.operation.kind == "prose" and asked_number:
        # «给社保经办…发工资的那个项目，要发多少个人的»: a number of one project; a passage of the
        # text is no answer to it, whether the project was recognised or not
        if any(m.projects for m in names.mentions):
            unread += (asked_number.group(0),)
        elif that_one and plan.scope.previous is None:
            return _not_recognised(that_one.group(0))
    pointed = that_one or _THAT_PROJECT.search(text)
    if pointed and plan.scope.previous is not None and not names.mentions and \
            r.is_free(pointed.start(), pointed.start() + 2) and not re.search(r"它|这个|这些|该|其|上述|刚才|前面|上面", text):
        # «给农民发种粮补贴的那个项目预算多少» after another project: a new one described, not
        # recognised; the previous answer's project is not it
        return _not_recognised(pointed.group(0))
    pair = _TWO_POINTED.search(text)
    if pair and len({i for m in names.mentions if m.kind in ("name", "described", "code") for i in m.projects}) < 2:
        # «发创业贷款贴息的那个和补贴农民买农机的那个，加起来…»: one of the two not recognised
        side = next((g for g in ("a", "b") if not any(
            pair.start(g) <= m.start < pair.end(g) for m in names.mentions if m.projects)), "b")
        return _not_recognised(pair.group(side))
    if stranger and plan.filter is None and plan.scope.previous is None and \
            not plan.reason and \
            plan.operation.kind not in ("prose", "rows", "multiply", "product", "add") and \
            not plan.operation.numbers and \
            r.is_free(*_span_of(r.text, stranger)):
        # «厕所那个…» naming no stored project (or several): not the whole store instead
        return _not_recognised(stranger)
    if plan.operation.kind == "spread" and len(plan.scope.departments) >= 2 and \
            len(re.findall(r"最(?:大|高|多|小|低|少)", text)) == 2 and re.search(r"比", text):
        # «交通局预算最多的项目比人社局预算最少的项目多多少»: each extreme of its own department;
        # the largest and smallest of both together would answer another question
        return Plan(reason="两个部门各取一个最大或最小的项目再相减，还不能这样计算；"
                           "请分别问每个部门预算最多（或最少）的项目，再比较")
    if not plan.reason and plan.measure.kind == "text" and plan.operation.kind == "lookup" and \
            plan.measure.text not in ("department", "implementer") and \
            (money_ask := re.search(r"(?:折合|合计|共|是)?\s*(?:多少|几)\s*(?:万元|元|钱|万|块)", r.text)):
        # «由哪个单位实施？折合多少万元？»: the amount asked beside the words is not answered
        unread += (money_ask.group(0).strip(),)
    per_ask = re.search(r"每(?:一)?(?:个|位|名)?(?:" + per_units() + r")[\u4e00-\u9fff]{0,4}?(?:多少|几)", r.text)
    if per_ask and r.is_free(per_ask.start(), per_ask.start() + 2) and not plan.reason and \
            plan.measure.kind != "rate" and plan.operation.kind not in ("divide", "product", "mean", "prose", "rows"):
        # «每亩补多少、总共多少万元»: the rate asked beside the total is not answered
        unread += (per_ask.group(0),)
    cited = re.search(r"(?:引用|援引|用到)(?:了|的是)?\s*(?P<x>[\u4e00-\u9fff《》]{2,16}?)\s*的(?:项目|指标)", r.text)
    if cited and plan.operation.kind == "refs" and plan.filter is None and not plan.reason and \
            r.is_free(cited.start("x"), cited.end("x")):
        # «指标依据引用了档案法的项目有哪些»: a title no row cites; every document cited is no answer
        return Plan(reason=f"表中没有哪条指标的依据引用了“{cited.group('x')}”")
    if plan.operation.kind == "share" and plan.filter is None and plan.scope.previous is None and \
            plan.operation.whole is None and plan.operation.whole_measure is None and not plan.reason and \
            plan.measure.kind == "money" and not unread:
        # «医疗保障局在四个部门项目预算总盘子里占比多少» with the department lost: the part would be
        # the whole, 100%
        return Plan(reason="没能分清占比的部分和整体（部分与整体都成了全部项目），请说明哪一部分占哪个总数")
    which = re.search(r"哪些项目|哪几个项目|哪些是", text)
    if which and plan.operation.kind == "lookup" and plan.filter is None and plan.scope.previous is None \
            and not plan.reason and plan.measure.kind in ("rate", "value"):
        # «哪些项目的成本指标是按单价标准设的»: projects asked, one figure's lookup is no list of them
        unread += (which.group(0),)
    times = re.search(r"乘以|乘上|相乘|除以", r.free)
    if times and not plan.reason and plan.operation.kind not in ("product", "multiply", "divide", "ratio", "prose"):
        # «按每亩标准乘以补贴面积» with no rate to multiply: not the budget instead
        unread += (times.group(0),)
    if not plan.reason and not unread and plan.operation.kind not in ("prose", "rows") and \
            (source := _unread_money(r)):
        # «政府性基金占百分之多少»: a source of money the tables do not keep apart
        unread += (source,)
    if plan.filter is None and plan.scope.previous is None and not plan.reason and not unread and \
            plan.operation.kind in _OVER_ALL and not names.mentions and (which := _unread_kind(r)):
        # «道路运输服务中心实施的项目合计», «大中修项目到6月底…»: words that would narrow the
        # projects were not read; the whole scope instead would be another question's answer
        unread += (which,)
    return replace(plan, unread=unread, rest=rest)


# «名称或依据里», not «不看项目名称»: the name as a place a reference is looked for
_NAME_PLACE = re.compile(r"(不看|不算|不含|不管|除了|不包括|不考虑)?(?:项目)?(?:名称|名字|项目名)")
# Operations that, with no filter, run over every project of the scope.
_OVER_ALL = ("sum", "share", "count", "list", "mean", "max", "min", "rank", "top", "bottom")
# Words before «项目» that say how many or where, not which kind
_QUANTIFIER = re.compile(r"全部|所有|全体|各个|各|每个|每一个|每|单个|哪些|哪个|哪几个|几个|这些|那些|这个|那个|该|本|"
                         r"其他|其余|剩下|剩余|整个|一共|总共|共|有")
_ASKING = re.compile(r"哪|多少|几|什么|啥|吗|是否|怎么|如何|请|列出|列一下|查一下|查询|统计|计算|算一下")
_PLACE = re.compile(r"(?:文件|表|局|部门|单位|年|里|中|内|上)$")


_MONEY_SOURCE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:基金|拨款|资金|收入|债券?)")
_NOT_A_SOURCE = re.compile(r"^(?:项目|全部|所有|总|这些|那些|其中|各|每|该|本|这|那|它|其|的|里|中|年|用|花|补|配套)")


def _unread_money(r: Reading) -> str:
    """Free words naming a source of money («政府性基金», «上级专项资金») that no reader took."""
    free = r.free
    for m in _MONEY_SOURCE.finditer(free):
        words = m.group(0)
        if not _NOT_A_SOURCE.search(words) and r.is_free(m.start(), m.end()):
            return words
    return ""


def _unread_kind(r: Reading) -> str:
    """Free words right before «项目» (or «…的项目») that no reader took: a kind of project
    («大中修项目», «执法大队负责的项目») the filter does not hold."""
    text = r.text
    asking = [s for s in re.finditer(r"[^。！？!?]+", text) if _ASKING.search(s.group(0))]
    for m in re.finditer("项目", text):
        if not r.is_free(m.start(), m.end()) or \
                asking and not any(s.start() <= m.start() < s.end() for s in asking):
            continue  # («…哪几个？我们准备先从小项目开始抽查»: a remark, not the question)
        end = m.start() - 1 if m.start() and text[m.start() - 1] == "的" else m.start()
        start = end
        while start and r.is_free(start - 1, start) and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        words = text[start:end]
        last = None
        for last in _QUANTIFIER.finditer(words):
            pass
        words = words[last.end():] if last else words
        if len(words) >= 2 and not _PLACE.search(words):
            return text[end - len(words):m.end()]
    return ""


def _with_previous(text: str, own: list[Mention], previous: tuple[int, ...],
                   catalog: Catalog) -> tuple[int, ...] | None:
    """One project named beside the previous answer's, which the question takes together:
    «那人社局的公共实训基地呢？两个加起来多少», «和X比，少多少», «大约是X的几倍» (after one project),
    «再加上农业局的检测经费，一共多少» (after any answer)."""
    if not own or not previous:
        return None
    if len(own) == 1 and len(previous) == 1 and previous[0] not in own[0].projects:
        if _BOTH.search(text):
            return tuple(previous) + tuple(own[0].projects)
        if re.match(r"^\s*(?:那)?(?:它|这个项目|这个|这笔|该项目|前者)?\s*(?:和|跟|与|同|比起|相比|较|比)", text) and \
                re.search(r"多少|几倍|倍|差", text) or \
                re.match(r"^\s*(?:那)?(?:它|这个|这笔)?(?:大约|大概|约)?(?:是|为|相当于)", text) and \
                re.search(r"几倍|百分之几|百分之多少", text):
            # compared with the project just answered (of the other project's years, that one's)
            year = catalog.by_id[previous[0]].year if previous[0] in catalog.by_id else None
            other = tuple(i for i in own[0].projects if catalog.by_id[i].year == year) or tuple(own[0].projects)
            return tuple(previous) + other
    if re.match(r"^\s*(?:那)?(?:再)?(?:加上|算上|连同|再加)", text):
        return tuple(dict.fromkeys(tuple(previous) + tuple(i for m in own for i in m.projects)))
    return None


# «…的预算低于X», «资金超过X的»: a money field compared with one named project's (scope.AGAINST)
_AGAINST_TAIL = re.compile(r"\s*(?:这个项目|项目)?\s*(?:的)?\s*(?:预算数?|资金总额|资金|经费|金额|财政资金|财政拨款|其他资金)?")


_THAN = re.compile(r"(?P<no>不)?比\s*$")
_THAN_AFTER = re.compile(r"\s*(?:还|更|要|都)?\s*(?P<w>多|高|大|少|低|小)(?!多少|少|几)")


def _against_project(r: Reading, catalog: Catalog, groups, fields: list[Field]):
    """A money field compared with the same field of one named project: the mention and the
    conditions (the field within the bound, the project itself left out)."""
    for m in groups:
        if len(m.projects) != 1 or m.kind not in ("name", "code"):
            continue
        before = r.text[:m.start]
        scope_cut = len(before)  # «低于魏县人社局社会保障工作经费»: the department named first
        while scope_cut and (r.owner[scope_cut - 1] == "scope" or r.text[scope_cut - 1] == "的"
                             and scope_cut >= 2 and r.owner[scope_cut - 2] == "scope"):
            scope_cut -= 1  # («比魏县人社局的社会保障工作经费»: the department and its «的»)
        cmp = AGAINST.search(before[:scope_cut])
        op, end = (q.BEFORE_WORDS[cmp.group("w")], None) if cmp else (None, None)
        if cmp is None and (than := _THAN.search(before[:scope_cut])) and \
                (after := _THAN_AFTER.match(r.text, _AGAINST_TAIL.match(r.text, m.end).end())) and \
                re.search(r"哪|有没有|有无|是否有|几个|多少个", r.text):
            # «哪些项目的资金比魏县人社局的社会保障工作经费还多»: the field above (below) that project's
            more = after.group("w") in "多高大"
            op = {(True, False): q.GT, (False, False): q.LT, (True, True): q.LE, (False, True): q.GE}[
                (more, bool(than.group("no")))]
            cmp, end = than, after.end()
        money = [f for f in fields if f.kind == "money" and cmp and f.end <= cmp.start()
                 and not re.search(r"[，,。；;？?]", r.text[f.end:cmp.start()])]
        if cmp is None or not money:
            continue
        field = money[-1].money or "budget"
        fen = catalog.money_fen.get(m.projects[0], {}).get(field)
        if fen is None:
            continue
        tail = _AGAINST_TAIL.match(r.text, m.end)
        r.take(cmp.start(), cmp.end(), "condition")
        r.take(m.end, end or tail.end(), "condition")
        bound = Condition(cmp.start(), end or tail.end(), r.text[cmp.start():end or tail.end()],
                          project=Money(field, Compare(op, Decimal(fen))),
                          field=money[-1])
        itself = Condition(m.start, m.end, "", project=Not(ProjectIds(m.projects)))
        return m, [bound, itself]
    return None


def _not_recognised(words: str) -> Plan:
    return Plan(reason=f"没有认出“{words}”指的是哪个项目，请说出项目名称中的几个字（或文号、项目编码）")


def _span_of(text: str, words: str) -> tuple[int, int]:
    at = text.find(words)
    return (at, at + len(words)) if at >= 0 else (0, 0)


def _compose(r: Reading, catalog: Catalog, conversation: Conversation, names: Names, scope: Scope,
             logic: Logic, op: OperationWords, fields: list[Field],
             conditions: list[Condition]) -> Plan:
    conditions, fields = _kinds_or(conditions, fields, logic)
    same_row = _same_indicator(r, catalog, conversation)
    if same_row is not None:  # «哪些项目都设了这个指标»: rows named as the previous answer's
        scope = replace(scope, previous=None)
        conditions = conditions + [Condition(0, 0, "这个指标", rows=same_row)]
    groups = [m for m in names.mentions if m.projects and m.kind != "row"]
    it = None
    if not groups and scope.previous is not None and len(scope.previous) == 1 and \
            (said := re.search(r"(?:比|不比)\s*(?:它|该项目|这个项目)", r.text)):
        # «永年区供销社有哪些项目的资金比它少»: the project of the answer before is the bound
        it = Mention("name", said.end() - 1, said.end(), projects=tuple(scope.previous))
    if (against := _against_project(r, catalog, groups or ([it] if it else []), fields)) is not None:
        # «哪些项目的预算低于社会保障工作经费»: that project's money is the bound, not the project asked
        groups = [g for g in groups if g is not against[0]]
        conditions = conditions + against[1]
        if against[0] is it:
            scope = replace(scope, previous=None)  # (the projects asked are the store's, not «它»)
    named_rows = [m for m in names.mentions if m.kind == "row"]
    used = {id(c.field) for c in conditions if c.field is not None}
    free_fields = [f for f in fields if id(f) not in used and not any(
        c.field is not None and c.field.start == f.start for c in conditions)]
    kinds = [f for f in free_fields if f.kind == "indicator"]
    money = [f for f in free_fields if f.kind == "money"]
    if not money and op.kind in ("max", "min"):
        # «其他资金最少但不为零的»: the field a condition reads is the one ranked, right before «最»
        money = [f for f in fields if f.kind == "money" and id(f) in used
                 and re.match(r"\s*(?:的)?\s*(?:最|排名|排)", r.text[f.end:])]
    if any(not _excluded(f.start, logic) for f in money):
        # «除财政资金以外的其他资金»: the money left out is not the money asked
        money = [f for f in money if not _excluded(f.start, logic)]
    periods = [f for f in free_fields if f.kind == "spending"]
    texts = [f for f in free_fields if f.kind == "text"]
    assumptions = tuple(c.assumption for c in conditions if c.assumption)

    # -- which projects --------------------------------------------------------------------
    project_parts: list[tuple[int, Filter]] = []
    if op.kind not in ("difference", "ratio") or len(groups) < 2:
        ids = tuple(dict.fromkeys(i for g in groups for i in g.projects))
        if groups:
            project_parts.append((groups[0].start, ProjectIds(ids)))
    for m in names.mentions:
        if m.kind == "name-has":
            project_parts.append((m.start, NameHas(m.text, start=m.at_start)))
        elif m.kind == "name-lacks":
            project_parts.append((m.start, Not(NameHas(m.text, start=m.at_start))))
    refs = [m for m in names.mentions if m.kind in ("ref", "title")]
    if refs:
        basis_only = any(w in r.text for w in _CITE_BASIS[:4]) or "指标" in r.text
        # a title (《文物保护法》) is cited in the 指标值确定依据 only
        # «名称或指标依据里出现冀财社文号的»: the name is a place to look too
        places = (("name", "basis") if any(not m.group(1) for m in _NAME_PLACE.finditer(r.text)) else ("basis",)) if basis_only else ()
        if "name" in places:
            for m in list(_NAME_PLACE.finditer(r.text)):
                r.take(m.start(), m.end(), "ref")  # «项目名称或…»: where to look, now read
        # «引用了《审计法》的项目…《审计法实施条例》不算在内»: a reference said not to count is no
        # alternative (the law is matched by its whole title already)
        dropped = []
        for m in refs:
            if after := _NOT_COUNTED.match(r.text, m.end):
                r.take(m.end, after.end(), "ref")
                dropped.append(m)
        if dropped and len(dropped) < len(refs):
            refs = [m for m in refs if m not in dropped]
        cites = [HasRow(_title_basis(m.text, catalog.titles)) if m.kind == "title" else Cites(m.ref, places)
                 for m in refs]
        # «136号和159号下达的那几个» is either; «同时引用A和B» both
        both = re.search(r"同时|都引用|既.{0,20}又", r.text)
        joined = all_of(*cites) if both and len(refs) > 1 else any_of(*cites)
        denied = _NOT_CITING.search(r.text[:refs[0].start])
        if denied and r.is_free(denied.start(), denied.start() + 1):
            # «哪些项目没有引用《信访工作条例》»: those that cite none of them
            r.take(denied.start(), denied.end(), "ref")
            joined = Not(joined)
        project_parts.append((refs[0].start, joined))
        if _ROWS_ASKED.search(r.text) or op.count_of == "rows":
            # «冀办发16号对应的是哪条指标», «依据写136号文的指标一共几条»: the citing rows
            from store.filters import RowCites

            cited_rows = any_of(*[_title_basis(m.text, catalog.titles) if m.kind == "title" else RowCites(m.ref) for m in refs])
    shown: dict[int, Filter] = {}  # the rows shown for a quantified condition («并非全部…»)
    for c in conditions:
        if c.share_of_total:
            field_name, compare = c.share_of_total
            total = catalog.total_fen(field_name, _scope_ids(catalog, scope))
            amount = Decimal(total) * compare.number / 100
            project_parts.append((c.start, Money(field_name, Compare(compare.op, amount.to_integral_value()))))
        elif c.project is not None:
            project_parts.append((c.start, c.project))
        elif c.rows is not None and (every := _every_row(r.text, c)) is not None:
            project_parts.append((c.start, every[0]))
            shown[id(c)] = every[1]
        elif c.rows is not None:
            project_parts.append((c.start, HasRow(c.rows)))
    for start, end in logic.lacking:  # «没有定性指标的项目»: no row written so (not a row that is)
        written = next((x for x in logic.rows if isinstance(x[2], RowWritten) and 0 <= x[0] - end <= 2), None)
        if written is not None and not any(f.rows is not None and end <= f.start < written[0] for f in kinds):
            logic.rows.remove(written)
            project_parts.append((start, Not(HasRow(written[2]))))
    if logic.rows:  # «时效指标写的是具体完成日期（而不是百分比）»: one row of the kind named, written so
        kind_rows = [f.rows for f in kinds if f.rows is not None and not _excluded(f.start, logic)]
        project_parts.append((logic.rows[0][0], HasRow(all_of(any_of(*kind_rows) if kind_rows else None,
                                                              *[c for _, _, c in logic.rows]))))
    for start, end, condition in logic.all_only:
        # «（满意度指标除外）全部只写了工作计划»: every row but those of the kind left out
        left_out = [f for f in kinds if f.rows is not None and _excluded(f.start, logic)]
        if left_out:
            kinds = [f for f in kinds if f not in left_out]
            others = Not(any_of(*[f.rows for f in left_out]))
            project_parts.append((start, AllOf((HasRow(AllOf((condition, others))),
                                                Not(HasRow(AllOf((Not(condition), others))))))))
            logic.exclusions[:] = [x for x in logic.exclusions
                                   if not any(x[0] <= f.start < x[1] for f in left_out)]
            continue
        project_parts.append((start, AllOf((HasRow(condition), Not(HasRow(Not(condition)))))))
    for start, end, condition in logic.project:
        project_parts.append((start, condition))
    for f in list(kinds):  # «既有经济效益指标», «设了可持续影响指标的»: projects having such rows
        lead = r.text[max(0, f.start - 4):f.start]
        if f.rows is not None and re.search(r"(有|设了|设置了|设有|含有|包含|带)\s*$", lead) and \
                not re.search(r"(没有|没|未|缺)\s*(有|设了|设置了|设有)?\s*$", lead):
            project_parts.append((f.start, HasRow(f.rows)))
    absent_parts = []
    for f in money:  # «哪些项目有上年结转资金»: a printed part present (more than nothing)
        if not (f.money or "").startswith("part:") or op.kind not in ("list", "count", None):
            continue
        lead = r.text[max(0, f.start - 6):f.start]
        absent = re.search(r"(?:没有|没|未|无|不含)\s*(?:有|含有?|用|用了|用到了?|安排了?|使用了?|列)?\s*$", lead)
        if absent:  # «没有政府性基金的项目»: none of that part printed (or nothing in it)
            project_parts.append((f.start, Not(Money(f.money, Compare(q.GT, Decimal(0))))))
            r.take(f.start - len(absent.group(0)), f.start, "condition")
            absent_parts.append(f)  # (a part a project lacks is no figure to show)
        elif re.search(r"(?<![没未无])(?:有|含有?|用了|用到了?|安排了?|带有?|带着|带了|列有|包含|涉及)\s*$", lead[-4:]):
            project_parts.append((f.start, Money(f.money, Compare(q.GT, Decimal(0)))))
    money = [f for f in money if f not in absent_parts]
    same = re.search(r"(一样多|一样的|相同|相等|同样多|一模一样)", r.text)
    if same and money:
        project_parts.append((same.start(), SameMoney(money[0].money or "budget")))
        r.take(same.start(), same.end(), "condition")
    for start, end in logic.lacking:
        kind = next((f for f in kinds if f.start >= end), None)
        named = next((f for f in named_rows if end <= f.start <= end + 2 and (kind is None or f.start < kind.start)),
                     None)
        if named is not None:
            # «没有设置“项目总成本”这条成本指标»: no row of that name (of that kind, when one is said)
            words = re.sub(r"^[“\"「『]|[”\"」』]$", "", r.text[named.start:named.end])
            lacking = all_of(RowKind(words=words), kind.rows if kind is not None else None)
            project_parts.append((start, Not(HasRow(lacking))))
            kinds = [f for f in kinds if f is not kind]
            continue
        if kind is not None and kind.rows is not None:
            project_parts.append((start, Not(HasRow(kind.rows))))
            kinds = [f for f in kinds if f is not kind]
    for only in list(_ONLY_KIND.finditer(r.free)):
        # «只设了产出指标», «效益指标只设了社会效益这一类»: rows of that kind, none of another (of the
        # kind named before, when one is)
        kind = next((f for f in kinds if f.rows is not None and 0 <= f.start - only.end() <= 1), None)
        if kind is None or re.search(r"都没|也没|都不|均无", r.text[only.end():]):
            continue  # («只设了产出指标，效益和满意度指标都没有»: which others are meant is said after)
        parent = next((f for f in reversed(kinds) if f.rows is not None and 0 <= only.start() - f.end <= 1
                       and f is not kind), None)
        others = AllOf((parent.rows, Not(kind.rows))) if parent else Not(kind.rows)
        project_parts.append((only.start(), AllOf((HasRow(kind.rows), Not(HasRow(others))))))
        kinds = [f for f in kinds if f is not kind and f is not parent]
        r.take(only.start(), only.end(), "condition")
        r.take_all(("这一类", "这一种", "这类", "一类"), "condition")
    project_parts += _ranked_left_out(r, catalog, scope, logic)
    project_parts = [(s, Not(f) if _excluded(s, logic) else f) for s, f in project_parts]
    project_filter = _join(project_parts, logic)

    # -- which rows ------------------------------------------------------------------------
    kind_rows = [f.rows for f in kinds if f.rows is not None and not _excluded(f.start, logic)]
    # «除了成本指标以外，还有几条产出指标»: the kinds left out are no rows of the answer
    left_out_rows = [Not(f.rows) for f in kinds if f.rows is not None and _excluded(f.start, logic)]
    cond_rows = [shown.get(id(c), c.rows) for c in conditions if c.rows is not None]
    if len(cond_rows) > 1 and isinstance(project_filter, AnyOf):
        # «满意度目标定成80%或者85%»: a row meeting either shows; each carries its kind already
        row_parts: list[Filter] = [any_of(*cond_rows)]
    else:
        # «质量指标或时效指标»: kinds of one sort are either; «数量指标人数»: a kind and how its value
        # is written are both
        sorts: dict[type, list] = {}
        for rows in kind_rows:
            sorts.setdefault(type(rows), []).append(rows)
        row_parts = [any_of(*same) for same in sorts.values()]
        row_parts += cond_rows
    row_parts += left_out_rows
    # «成本指标超过预算的项目»: the rows compared are shown with their projects
    row_parts += [c.project.rows for c in conditions if isinstance(c.project, RowAgainstMoney)
                  and c.project.rows is not None]
    row_parts += [f for _, _, f in logic.rows]
    if named_rows:
        row_parts.append(RowIds(tuple(i for m in named_rows for i in m.rows)))
    if refs and (_ROWS_ASKED.search(r.text) or op.count_of == "rows"):
        row_parts.append(cited_rows)
    row_filter = all_of(*row_parts)

    plan = Plan(scope=scope, filter=project_filter, rows=row_filter,
                money_unit=_asked_money_unit(r.text), assumptions=assumptions)
    mismatch = re.search(r"对不上|不一致|不相等|不相符|不符|不吻合|不等于", r.text)
    issues = _issues(r.free, r.text, op) if op.kind != "difference" or mismatch else None
    if issues is not None and op.kind == "difference":
        issues = replace(issues, query="gap")  # «…对不上？差多少»: the findings and the gap
    elif issues is not None and op.kind == "sum" and issues.rule == "money-split":
        issues = replace(issues, query="sum")  # «财政拨款和其他资金加起来多少？对得上吗»: that sum too
    elif issues is not None and op.kind is None and kind_rows and _VALUE_ASKED.search(r.text):
        issues = replace(issues, query="row")  # «成本指标写的是多少？跟预算对得上吗»: that row too
    if issues is not None:
        unknown_project = _unscoped(r, names.unknown_project, names.unknown_span)
        if unknown_project and unknown_project + "项目" in r.text and not groups and not conditions \
                and not refs and "years" not in r.owner:  # «某某项目跟预算对得上吗» of a project not stored: not the store's findings
            return replace(plan, reason=f"库中没有名为“{unknown_project}”的项目")
        keep_rows = issues.consistent or issues.query == "row"
        return replace(plan, operation=issues, rows=row_filter if keep_rows else None)
    measure = _measure(r, kinds, money, periods, texts, named_rows, op)
    if op.kind in ("max", "min") and op.count_of == "rows":  # «质量指标最多的项目»: rows per project
        measure = Measure("row_count", rows=all_of(*[f.rows for f in kinds if f.rows is not None]))
    if measure.soft and measure.kind == "value" and re.search(r"每个项目", r.text) and \
            _asked_money_unit(r.text):
        measure = Measure("money")  # «平均每个项目…多多少万元»: the projects' money, per project
    if (measure.kind in ("none", "text") or measure.soft) and informative_rest(r) and \
            op.kind in ("difference", "ratio", "max", "min", "mean") and not (
                measure.kind == "none" and _asked_money_unit(r.text)):  # «多多少万元»: money
        rows = _rows_by_words(r, catalog, groups, scope)
        if rows:
            measure = Measure("value", rows=RowIds(rows))
    if measure.soft and measure.kind == "value" and op.kind == "sum" and informative_rest(r):
        # «宫颈癌和乳腺癌筛查目标一共是多少人»: the rows those words name, each of them; not every
        # row counted in people
        rows, unmatched = _rows_named_by_parts(r, catalog, groups, scope)
        if unmatched:
            return Plan(reason=f"表中没有名称里带“{unmatched}”的指标，请用表中三级指标的名称再问")
        if rows:
            measure = Measure("value", rows=RowIds(rows))
            chosen = set(rows)
            owners = tuple(dict.fromkeys(x.project_id for x in catalog.rows if x.id in chosen))
            plan = replace(plan, filter=all_of(plan.filter, ProjectIds(owners)))
    named_set = len(groups) == 1 and len(groups[0].projects) > 1 and not groups[0].ambiguous
    if op.kind == "count" and op.bare and groups and not conditions and not refs and not named_set:
        op = replace(op, kind=None)  # «劳务派遣人员有多少个»: a count the named project states
        measure = _measure(r, kinds, money, periods, texts, named_rows, op)
        if measure.kind == "none":
            measure = Measure("value", rows=RowUnit("个"), soft=True)
    said_unit = re.search(r"(?:多少|几)\s*(?P<u>[条个项件次家人户])", r.text)
    if op.kind == "count" and named_rows and not conditions and said_unit and not groups_counted(r.text) and \
            all(x.unit == said_unit.group("u") for m in named_rows for x in catalog.rows if x.id in set(m.rows)):
        # «“双公示”数据归集目标是多少条» of a row counted in 条: the row's target, not a count of rows
        op = replace(op, kind=None, count_of=None)
        measure = _measure(r, kinds, money, periods, texts, named_rows, op)
    if op.yearly and measure.kind in ("money", "planned", "none"):
        op = replace(op, kind=None, yearly=False)  # «全年预算多少»: a budget is yearly already
    if op.kind in ("sum", "max", "min", "mean") and measure.kind in ("none", "text") and not \
            re.search(r"(项目|预算|钱|资金|金额|经费)", r.text) and scope.previous is None:
        op = replace(op, kind=None)  # «汇总哪些方面的线索» sums nothing
    unknown_project = _unscoped(r, names.unknown_project, names.unknown_span)
    if unknown_project and not groups and \
            not conditions and not refs and "years" not in r.owner and (
                op.kind is None or op.kind in ("count", "sum", "mean", "max", "min")
                and unknown_project + "项目" in r.text
                or op.kind == "list" and re.search(r"多少|几", r.text) and not re.search(r"哪|有没有|有无|是否", r.text)):
        # «矿产资源储量调查项目有几条绩效指标»: the project named is not stored; not the whole store
        return replace(plan, reason=f"库中没有名为“{unknown_project}”的项目")
    if unknown_project and not groups and not conditions and not refs and scope.previous is None and \
            re.search(re.escape(unknown_project) + r"的?(?:那个|这个|那笔|这笔|那项|这项)项目", r.text):
        # «发中央基础养老金的那个项目，…按每月算…»: one project pointed at and not recognised;
        # the rows of every project would answer another question
        return _not_recognised(unknown_project)
    if op.kind in ("sum", "mean", "max", "min") and measure.kind == "money" and not money and \
            any(isinstance(f, HasOther) and f.present for _, _, f in logic.project):
        measure = Measure("money", money="other")  # «哪些项目有其他资金？合计多少»: of those funds
    if op.kind == "divide" and measure.kind == "value":
        # «每人合多少元»: the money is divided; the rows named in «按…» are the divisor
        measure = Measure("money", money=money[0].money if money else "budget")
    operation = _operation(r, op, measure, groups, scope, catalog, plan,
                           [f for f in fields if f.kind == "indicator"], named_rows)
    if operation is not None and len(operation.sides) == 2 and \
            {type(s) for s in operation.sides} == {InScope, ProjectIds} and isinstance(plan.filter, ProjectIds):
        plan = replace(plan, filter=None)  # a department against a project: each side says its projects
    if operation is not None and operation.kind == "share" and operation.whole_measure is None and \
            re.search(r"(?:项目)?(?:个数|总数(?!额)|数量)|几个项目|多少个项目", op.share_whole) and \
            measure.kind in ("none", "money") and not money:
        measure = Measure("count")  # «有其他资金的项目占全部项目个数的百分之几»: projects counted
    if operation is not None and operation.kind == "share" and measure.kind == "planned" and \
            operation.whole_measure is None and re.search(r"预算|资金|总额|经费|盘子", op.share_whole) and \
            not re.search(r"计划|支出|花", op.share_whole):
        # «上半年计划支出占预算的百分之几»: the planned money over the budget the whole names
        if operation.whole is not None or re.search(r"全局|全部|所有|部门|局|全县|全市|合计|总预算|两个|各", op.share_whole):
            # (of a department's budget: not a sum this can take yet)
            return Plan(reason="计划支出金额占部门（或全部）预算的比例还不能这样计算；"
                               "可以问该项目计划支出占自身预算的比例，或分别问两个金额")
        operation = replace(operation, whole_measure=Measure("money", money="budget"))
    gap = _GAP_ASKED.search(r.text)
    if gap and (operation is None or operation.kind in ("list", "sum", "difference")) and \
            (gap_plan := _gap_plan(plan)):
        # «成本指标比预算还高的有哪些？各高出多少，加起来一共多少»: each row over the money, and in all
        r.take(gap.start(), gap.end(), "operation")
        r.take_all(("加起来一共多少", "一共多少", "加起来多少", "合计多少", "加起来", "一共", "合计"), "operation")
        return gap_plan
    month = _PER_MONTH.search(r.free)
    if operation is not None and operation.kind == "divide" and month and operation.operand \
            and operation.operand.number is not None:
        # «平均一人一个月合多少»: a year's budget over the heads and the 12 months
        r.take(month.start(), month.end(), "operation")
        a = operation.operand
        period, count = ("季度", 4) if month.group("q") else ("月", 12)
        operation = replace(operation, query=f"{operation.query or '人'}每{period}", operand=replace(
            a, number=a.number * count, unit=f"{a.unit or '人'}·{period}", written=f"{a.written}×{count}个{period}"))
    elif operation is not None and operation.kind == "mean" and month and measure.kind == "money" and \
            (groups or scope.previous):
        # «那个项目平均每个月要拨付多少»: a year's money over its 12 months (4 quarters)
        r.take(month.start(), month.end(), "operation")
        period, count = ("季度", Decimal(4)) if month.group("q") else ("月", Decimal(12))
        operation = Operation("divide", query=period, operand=Operand(number=count, unit=period,
                                                                      written=f"{count}个{period}"))
    if operation is not None and operation.kind in ("difference", "ratio") and op.count_of:
        # «A的项目比B多几个»: each side's number of projects; «…多几条»: of rows of a kind
        rows = plan.rows if op.count_of == "rows" else None
        measure = Measure("count", rows=rows if rows is not None else (RowKind() if op.count_of == "rows" else None))
    elif operation is not None and operation.sides and isinstance(operation.sides[0], InScope) \
            and measure.kind in ("text", "none"):
        measure = Measure("money")  # «哪个部门的项目预算更多»: the departments' money
    named_groups = [g for g in groups if g.kind in ("name", "code", "amount")]
    if scope.departments and len(named_groups) >= 2 and len(
            {catalog.by_id[i].department for g in named_groups for i in g.projects if i in catalog.by_id}) > 1:
        # «人社局的…和临漳的…，两者差多少»: the departments say which projects; both are named
        scope = replace(scope, departments=(), words="")
        plan = replace(plan, scope=scope)
    if operation is not None and operation.kind == "share" and operation.sides:
        # «卫健局占两个部门合计的百分之几»: the part is the department named first
        plan = replace(plan, filter=all_of(plan.filter, operation.sides[0]))
        operation = replace(operation, sides=())
    rank_share = _SHARE_RANKED.search(r.text)
    if operation is not None and operation.kind == "share" and measure.kind == "money" and rank_share \
            and not operation.sides:
        # «其他资金占资金总额比重最高的是哪个项目»: each project's share, ranked
        at = r.text.rfind("占", 0, rank_share.start())
        every = [f for f in fields if f.kind == "money" and f.money]
        before = [f for f in every if f.end <= at]
        after = [f for f in every if at >= 0 and f.start > at]
        said = _money_before(r.text[:at]) if at >= 0 else None  # taken by a filter too:
        part = said or (before[-1].money if at >= 0 and before else measure.money)  # «有其他资金的项目中，其他资金占…»
        others = [f for f in after or money if f.money != part]
        whole = others[0].money if others else "budget"
        if part == whole:
            return Plan(reason=f"没能理解比例的分子和分母（“{r.text[rank_share.start():rank_share.end()]}”）")
        measure = replace(measure, money=part)
        r.take(rank_share.start(), rank_share.end(), "operation")
        r.take_all(("占多少", "占百分之多少", "占百分之几", "占比多少", "比重是多少", "比重多少", "比例是多少",
                    "比例多少", "占"), "operation")
        low = rank_share.group("w") in ("低", "小", "少")
        return replace(plan, measure=Measure("part", money=measure.money, whole=whole),
                       operation=Operation("min" if low else "max"), subject="projects")
    if operation is not None and operation.kind == "share" and measure.kind == "money":
        others = [f for f in money if f.money != measure.money]
        if others and operation.whole_measure is None and not re.search(r"(全局|全部|所有|总预算|总额)",
                                                                        op.share_whole):
            operation = replace(operation, whole_measure=Measure("money", money=others[0].money))
        elif others and others[0].money == "budget" and measure.money != "budget":
            operation = replace(operation, whole_measure=Measure("money", money="budget"))
        elif not others and operation.whole_measure is None and not op.share_whole.strip("了 的") and \
                is_budget_part(measure.money):
            # «（高素质农民培育项目）其中财政拨款占了百分之几»: a part of the named projects' own total
            operation = replace(operation, whole_measure=Measure("money", money="budget"))
    if operation is not None and operation.kind in ("difference", "ratio") and not operation.sides:
        pair = _two_measures([f for f in fields if f.kind == "indicator"],
                             [f for f in fields if f.kind == "money"], named_rows, r.text)
        if pair and operation.signed and _LESS_BY.search(r.text):
            pair = (pair[1], pair[0])  # «财政拨款加其他资金比资金总额少多少»: how much less the first is
        if pair:
            operation = replace(operation, measures=pair)
    elif operation is not None and len(operation.sides) == 2 and \
            {type(s) for s in operation.sides} == {InScope, ProjectIds}:
        # «卫健局上级补助合计比人社局的公共实训基地县级配套预算多多少»: each side its own money
        said = sorted((f for f in fields if f.kind == "money" and f.money), key=lambda f: f.start)
        if len(said) == 2 and said[0].money != said[1].money:
            pair = tuple(Measure("money", money=f.money) for f in said)
            if operation.signed and _LESS_BY.search(r.text):
                pair = (pair[1], pair[0])
            operation = replace(operation, measures=pair)
    if operation is not None and operation.kind in ("max", "min") and operation.n and \
            plan.filter is None and measure.kind == "money" and (
                r.take_all(lx.SUM_WORDS + ("三个合计", "几个合计"), "operation") or "占" in r.free):
        # «预算最少的4个项目加起来», «除了预算最高的两个以外，其他的合计»: a total over the top N
        ids = _scope_ids(catalog, scope)
        ranked = sorted((i for i in ids if catalog.money_fen[i].get(measure.money) is not None),
                        key=lambda i: catalog.money_fen[i][measure.money],
                        reverse=operation.kind == "max")
        top: Filter = ProjectIds(tuple(ranked[:operation.n]))
        if _excluded(op.at, logic):
            top = Not(top)
        plan = replace(plan, filter=top, assumptions=plan.assumptions + (
            f"{'不含' if isinstance(top, Not) else ''}{MONEY_NAMES.get(measure.money, '预算数')}"
            f"{'最高' if operation.kind == 'max' else '最低'}的{operation.n}个",))
        operation = Operation("sum")
        share = read_share(r)
        if share is not None:  # «最高的三个项目合计占全部项目预算的百分之几»: of the scope's total
            whole = re.sub(r"全部|所有|全局|整个|项目|预算数?|总额|总|合计|的|了|\s", "", share.share_whole)
            if whole and not (scope.departments and any(
                    whole in w or w in whole for w in (scope.words, *scope.departments) if w)):
                return Plan(reason=f"没能理解“占{share.share_whole}”说的是哪个总数")
            operation = Operation("share")
    if operation is None:
        return _without_operation(r, plan, op, measure, groups, named_rows, kinds, money, texts,
                                  conditions, refs, logic, conversation, catalog)
    if operation.kind in ("max", "min", "sum", "count") and len(catalog.departments) > 1 and \
            len(scope.departments) != 1 and _EACH_DEPARTMENT.search(r.text) and not _TOGETHER.search(r.text):
        plan = replace(plan, by_department=True)  # «两个局各自最小的项目»
        r.take_all(("各自", "分别"), "operation")
    subject = "rows" if (operation.kind == "count" and op.count_of == "rows") else "projects"
    if operation.kind in ("max", "min", "mean", "difference", "ratio") and measure.kind == "value":
        subject = "rows"
    return replace(plan, measure=measure, operation=operation, subject=subject)


_ALL_YEARS = re.compile(r"历年|各年|每年度|逐年|这两年|近两年|近几年|两个年度|各个年度|所有年度|全部年度|"
                        r"两年(?:的|里|中|间|来|合计|加起来|一共|共)|各年度")


_GROWTH_ASKED = re.compile(r"^\s*(?:那)?(?:它|这个项目)?(?:一共|总共)?(?:增长|增加|减少|下降|涨|降|变化|多|少)了?\s*"
                           r"(?:百分之多少|百分之几|多少|几成|几个百分点)")


def _years_of_the_last_two(text: str, catalog: Catalog, conversation: Conversation) -> str:
    """«特殊教育项目2023年的预算是多少？» «2024年呢？» «增长了百分之多少？»: the same project in the
    two years just asked about, compared; the years are said for the readers."""
    if not _GROWTH_ASKED.match(text) or re.search(r"\d{4}\s*年|上年|去年|上一年", text):
        return text
    recent = conversation.recent_project_ids(2)
    if len(recent) != 2 or len(recent[0]) != 1 or len(recent[1]) != 1:
        return text
    a, b = (catalog.by_id.get(i) for i in (recent[0][0], recent[1][0]))
    if a is None or b is None or a.year is None or b.year is None or a.year == b.year or \
            b.id not in _across_years(catalog, (a.id,)):
        return text
    later, earlier = max(a.year, b.year), min(a.year, b.year)
    return f"{later}年比{earlier}年{text}"


def _ranks(plan: Plan) -> bool:
    return plan.operation.kind in ("max", "min", "rank", "place") or bool(plan.operation.n)


def _extreme_again(plan: Plan, before: Plan | None) -> Plan:
    """«哪个项目预算最大？» then «第二大的呢», «那最小的呢»: the same projects ranked again, not the
    one the previous answer (planned as `before`) picked."""
    if plan.reason or not _ranks(plan) or plan.scope.previous is None or before is None or not _ranks(before):
        return plan
    measure = before.measure if plan.measure.kind in ("none", "text") or plan.measure.soft else plan.measure
    scope = before.scope
    if plan.scope.departments and set(plan.scope.departments) != set(before.scope.departments):
        # «教育局那年预算最少的呢» after 卫健局's: the department named now, the year kept
        scope = replace(before.scope, departments=plan.scope.departments, words=plan.scope.words,
                        latest=() if before.scope.years else plan.scope.latest)
    return replace(plan, scope=scope, filter=all_of(before.filter, plan.filter), measure=measure,
                   subject=before.subject if measure is before.measure else plan.subject)


def _latest_years(r: Reading, catalog: Catalog, departments: tuple[str, ...],
                  names: Names) -> tuple[tuple[str, int | None], ...]:
    """A question that names no year, over departments holding several: each department's latest
    year (of the projects it names, when it names some). Empty when there is nothing to choose."""
    years: dict[str, set[int | None]] = {}
    for p in catalog.projects:
        if not departments or p.department in departments:
            years.setdefault(p.department, set()).add(p.year)
    if all(len(ys) <= 1 for ys in years.values()):
        return ()
    if any(m.kind == "ref" and m.ref is not None and m.ref.number is not None for m in names.mentions):
        return ()  # «冀财社〔2022〕56号是哪个项目的依据»: a document is cited in whichever year cites it
    m = _ALL_YEARS.search(r.free)
    if m:
        r.take(m.start(), m.end(), "scope")
        return ()
    named: dict[str, set[int | None]] = {}
    for g in names.mentions:
        if g.projects and g.kind != "row":
            for i in g.projects:
                p = catalog.by_id[i]
                named.setdefault(p.department, set()).add(p.year)
    out = []
    for department, ys in sorted(years.items()):
        pool = named.get(department, ys) if named else ys
        if named and department not in named:
            continue
        known = [y for y in pool if y is not None]
        out.append((department, max(known) if known else None))
    return tuple(out)


_WHOLE = re.compile(r"合计|总共|一共|全部|所有|总额|总计|各个|各项|哪些|哪个|几个|多少个|全局|全县|部门|单位")


def _elliptical(text: str, previous: tuple[int, ...], names: Names, scope_words, fields,
                conditions, logic: Logic, change, op: OperationWords | None = None) -> bool:
    """A follow-up that names nothing: «两个加起来多少钱» after two projects, «财政拨款占多大比例»
    or «到10月底计划累计花出去多少» after one. A question about the whole («预算合计多少») is not."""
    if not previous or names.mentions or scope_words.departments or scope_words.years or \
            conditions or change is not None or logic.rows or logic.project or logic.all_only \
            or names.unknown_project:  # «执法经费多少»: it names another project, one not stored
        return False
    if len(previous) == 2 and re.search(r"两个|两项|两笔|俩|二者|两者", text):
        return True
    for f in fields:  # «执法经费多少»: words naming something before «经费/资金» (no project stored)
        if f.kind == "money" and f.words in ("经费", "资金", "钱") and re.search(
                r"(?<![那这的])[\u4e00-\u9fff]{2}$", text[:f.start]) and not re.search(
                r"(那笔|这笔|那个|这个|财政|其他|预算|它的|他的|的)$", text[:f.start]):
            return False
    asks_field = any(f.kind in ("money", "spending") for f in fields)
    # «要是培育500人的话，人均多少元»: a share per head of the one project just answered
    divides = op is not None and op.kind == "divide" and bool(op.divisor or op.numbers)
    # a longer one too when it asks about no set of projects («财政拨款加上其他资金，和资金总额对得上吗？差多少»)
    short = len(text) <= 24 or (len(text) <= 40 and not re.search(r"哪|各|全部|所有|每个|项目", text))
    said = text
    for f in fields:  # «资金总额» names a field, not the whole store
        said = said.replace(f.words or "", " ")
    return len(previous) == 1 and (asks_field or divides) and not _WHOLE.search(said) and short


def _year_change(plan: Plan, change: YearChange, r: Reading, yes_no: bool = False) -> Plan:
    """«比上年增加了多少», «哪些项目是新增的», «哪些指标目标下调了»: the items the readers chose, in
    two years. Indicator rows are compared when the question speaks of targets or names a kind."""
    measure = plan.measure
    if change.what in ("new_rows", "ended_rows"):  # «新增了哪项指标»: rows with no match the other year
        operation = Operation("change", years=(change.subject, change.reference), change=change.what,
                              direction="any", tally=change.tally, yes_no=change.yes_no or yes_no)
        return replace(plan, scope=replace(plan.scope, years=()), rows=None, subject="rows",
                       measure=Measure("value", rows=plan.rows), operation=operation, also=None)
    rows_asked = change.what not in ("new", "ended", "kept") and not change.counted and (
        measure.kind == "value" and (not measure.soft or isinstance(measure.rows, RowWritten))
        or measure.kind != "money" and re.search(r"指标|目标值|目标|指标值", r.text) is not None)
    if rows_asked:
        rows = measure.rows if measure.kind == "value" and (
            not measure.soft or isinstance(measure.rows, RowWritten)) else plan.rows
        measure, subject = Measure("value", rows=rows), "rows"
        r.take_all(("指标值", "目标值", "目标", "指标"), "years")
    elif change.counted:  # «项目比上年多几个»: the number of projects (or rows) each year
        measure, subject = Measure("count", rows=RowKind() if change.counted == "rows" else None), "projects"
    else:
        if measure.kind != "money":
            measure = Measure("money")
        subject = "projects"
    filter_ = plan.filter
    if rows_asked and isinstance(filter_, HasRow):
        filter_ = None  # «设了满意度指标的»: the rows compared are those already
    operation = Operation("change", years=(change.subject, change.reference), change=change.what,
                          direction=change.direction, percent=change.percent, tally=change.tally,
                          total=change.total, beyond=change.beyond,
                          n=change.top or None, yes_no=change.yes_no or yes_no)
    scope = replace(plan.scope, years=())  # the years compared are the operation's
    return replace(plan, scope=scope, filter=filter_, rows=None, measure=measure, subject=subject,
                   operation=operation, also=None)


# «占资金总额比重最高的是哪个项目», «占比最低的项目»: a share of each project, ranked
def _money_before(text: str) -> str | None:
    """The money field whose name ends a text («…其他资金» → other), if one does."""
    words = text.rstrip()
    for word in sorted(lx.MONEY_FIELDS, key=len, reverse=True):
        if words.endswith(word):
            return lx.MONEY_FIELDS[word]
    return None


_SHARE_RANKED = re.compile(r"(?:比重|比例|占比|份额)\s*(?:是)?\s*(?:最|更|比较)(?P<w>高|大|多|低|小|少)")
# «要发多少个人», «多少元»: a number asked
NUMBER_ASKED = re.compile(r"(?:多少|几)\s*(?:个人|个|人|户|元|万元|万|亿|次|头|只|亩|公里|项|条|处|%|钱|块)")
# «A的那个和B的那个»: two projects pointed at by what they do
_TWO_POINTED = re.compile(r"(?P<a>[^，,。？?]{2,24}?)的?那(?:个|笔|项)\s*(?:和|与|跟|以及|、|加上?|还有)\s*"
                          r"(?P<b>[^，,。？?]{2,24}?)的?那(?:个|笔|项)")
# «每人每年代缴67元的那个项目»: one project described (not «预算最大的那个项目», a rank)
_THAT_PROJECT = re.compile(r"[^，,。？?\s]{2,24}?的?那(?:个|一个)项目(?<!最[大小高低多少]的那个项目)")
# «A比B少多少»: B − A, how much less A is
_LESS_BY = re.compile(r"比[^，。？?]{1,40}?(?:少|低)(?:花|用|安排|投入?)?了?\s*(?:多少|几)")
# Words that point back at projects named before (not «其它», not «该» alone).
_DANGLING = re.compile(r"^\s*(?:那么?|那)?\s*((?<!其)它们?|其中|(?:该|这个|此|这些|上述|以上)项目|"
                       r"这(?:几|两|三)个(?=[\u4e00-\u9fff]{0,4}项目|的|里|中|[？?，,]))")
_CHECK_REQUEST = re.compile(r"(?:请|帮我|麻烦)?(?:核对|核实|核算|核)一下[：:，,。]?|(?:请|帮我)(?:核对|核实|核算)[：:，,]")


def _issues(free: str, text: str, op: OperationWords) -> Operation | None:
    """体检 questions: «…不一致的», «…对得上吗», «哪些项目的成本指标和预算数是一致的». The words
    are looked for where no condition took them («不等于90%» is a comparison)."""
    if op.kind is not None:  # «…一共多少？核对一下»: a request to check the figure, not a 体检
        free = _CHECK_REQUEST.sub(" ", free)
    # «…一致的项目» lists those a rule does not flag; «是不是一致», «一致吗» ask about them
    consistent = bool(re.search(r"(?<![不没未])(一致|相符|吻合)", free)) and not \
        re.search(r"吗|是不是|是否|一致不|相符不|与否|对不对", text)
    asks = any(w in free for w in lx.ISSUE_WORDS) or consistent or (
        op.yes_no and re.search(r"(等于|相等|一致|加起来|之和)", free) and _rule(text) in (
            "money-split", "cost-vs-budget"))
    if not asks:
        return None
    if op.kind == "difference" and re.search(r"差额|差多少|相差|差了多少|多出|超出多少|高出多少|差距", text) \
            and not re.search(r"哪|有没有|是否有|有无", text):
        # «X的成本指标与预算数对不上，差额是多少万元»: the gap of the project named, worked out
        # («哪个项目…对不上？差了多少» stays a 体检, which finds them and says each gap)
        return None
    return Operation("issues", rule=_rule(text), consistent=consistent)


def _rule(text: str) -> str | None:
    for words, rule in lx.ISSUE_RULES:
        if all(w in text for w in words):
            return rule
    return None


_RATE = re.compile(r"(?:每|一|单)(?P<per>户|亩|人|名|位|个|次|平方米|吨)(?:地|的)?[^，。？?]{0,6}?(?:多少|几)"
                   r"|(?P<per2>人|户|亩)均(?P<what>[\u4e00-\u9fff]{0,8}?)(?:标准|金额|补贴|补助)?(?:是|为)?(?:多少|几|是什么)")


def _rate(r: Reading) -> Measure | None:
    """«每户奖补多少钱», «一亩地补多少», «人均培训标准是多少»: a standard per unit."""
    # (words another reader took are not a standard: «第三季度这一个季度» is the quarter)
    m = next((m for m in _RATE.finditer(r.text) if r.is_free(m.start(), m.start() + 2)), None)
    if not m:
        return None
    per = m.group("per") or m.group("per2")
    per = "人" if per in ("名", "位") else per
    for word in ("每" + (m.group("per") or ""), (m.group("per2") or "") + "均"):
        if len(word) > 1:
            r.take_all((word,), "rate")
    return Measure("rate", per=per)


_THIS_INDICATOR = re.compile(r"这个指标|该指标|这项指标|这条指标|同样的指标|同一个指标|这一指标")


def _same_indicator(r: Reading, catalog: Catalog, conversation: Conversation) -> Filter | None:
    last = conversation.last_answer
    m = _THIS_INDICATOR.search(r.free)
    if not m or last is None or not last.row_ids:
        return None
    names = sorted({row.level3 for row in catalog.rows if row.id in set(last.row_ids)})
    if not names:
        return None
    r.take(m.start(), m.end(), "follow-up")
    from store.filters import RowKind

    return any_of(*[RowKind(words=n) for n in names])


_PICK = re.compile(r"(预算|资金|钱|金额)(最)?(大|小|多|少|高|低)的(那个|那一个|那项|那笔|一个)")
_PICK_BARE = re.compile(r"()(最)(大|小|多|少)的(那个|那一个|那项|那笔)")  # «其中最大的那个»


def _pick_by_money(r: Reading, catalog: Catalog, previous: tuple[int, ...] | None,
                   names: Names, money_before: bool = False) -> tuple[int, ...] | None:
    """«其中预算小的那个…»: of the projects in view, the one with the smallest (largest) budget;
    «其中最大的那个» too when the previous answer gave their money."""
    m = _PICK.search(r.free) or (_PICK_BARE.search(r.free) if money_before and previous else None)
    if not m:
        return None
    groups = [i for g in names.mentions if g.projects and g.kind != "row" for i in g.projects]
    ids = list(previous or ()) or groups
    money = [i for i in ids if catalog.money_fen.get(i, {}).get("budget") is not None]
    if len(money) < 2:
        return None
    pick = (min if m.group(3) in "小少低" else max)(money, key=lambda i: catalog.money_fen[i]["budget"])
    r.take(m.start(), m.end(), "scope")
    return (pick,)


def _kinds_or(conditions: list[Condition], fields: list[Field],
              logic: Logic) -> tuple[list[Condition], list[Field]]:
    """«质量指标或者时效指标里有一项是100%»: one condition on either kind."""
    out, dropped = [], set()
    for c in conditions:
        f = c.field
        if c.rows is not None and f is not None and f.kind == "indicator" and f.rows is not None:
            before = [k for k in fields if k.kind == "indicator" and k.rows is not None
                      and k.end <= f.start and any(k.end <= p <= f.start for p in logic.ors)
                      and k is not f]
            if before:
                k = before[-1]
                dropped.add(id(k))
                rest = c.rows.parts[1:] if isinstance(c.rows, AllOf) else (c.rows,)
                rows = AllOf((AnyOf((k.rows, f.rows)), *[p for p in rest if p != f.rows]))
                c = replace(c, rows=rows)
        out.append(c)
    return out, [f for f in fields if id(f) not in dropped]


def _measure(r: Reading, kinds, money, periods, texts, named_rows, op: OperationWords) -> Measure:
    measure = _measure_of(r, kinds, money, periods, texts, named_rows, op)
    if measure.kind in ("none", "text") and op.kind in ("add", "multiply", "divide") and \
            not op.yearly and not op.numbers:
        return Measure("money")  # «压减20%，还剩多少»: the budget
    if measure.kind == "none" and op.kind in ("sum", "max", "min", "mean", "share", "difference",
                                              "ratio", "rank") and not kinds and \
            re.search(r"项目|资金|经费|钱|预算|盘子|总额|金额", r.text):
        return Measure("money")  # «最小的项目», «资金总额»: money, by the budget
    return measure


def _measure_of(r: Reading, kinds, money, periods, texts, named_rows, op: OperationWords) -> Measure:
    rate = _rate(r) if op.kind in (None, "max", "min", "list", "difference", "ratio") else None
    if rate is not None:
        if op.kind in ("difference", "ratio", "max", "min"):  # compared as row values
            return Measure("value", rows=RowPer(rate.per or "人"), soft=True)
        return rate
    if periods and re.search(r"(支出|花|用|拨付|执行|进度|计划)", r.text):
        asks_money = bool(re.search(r"(多少钱|多少万|多少元|金额|资金量|钱)", r.text)) or bool(money) or (
            bool(re.search(r"(支出|花出去|花掉|花了|花|用掉|拨付)了?\s*多少", r.text) or op.kind in ("sum", "max", "min"))
            and not re.search(r"比例|百分|进度|%|几成|多大", r.text))  # «累计支出多少»: an amount;
        # a sum of percentages means nothing: «这几个到6月底累计计划支出一共多少» adds the amounts
        months = sorted({p.month for p in periods if p.month})
        span = next((p for p in periods if p.month_from), None)  # «7月到10月», «三季度»
        between = len(months) == 2 and re.search(r"(之间|到|至|期间|这段)", r.text)
        if between or span:
            r.take_all(("之间", "期间", "这段时间", "这段"), "period")
        if not asks_money:  # «到6月底计划支出多少比例»: the percentage is what is asked
            r.take_all(("多少比例", "比例是多少", "比例", "百分之多少", "百分之几"), "period")
        if span and len(months) == 1:
            return Measure("planned" if asks_money else "plan_percent", month=span.month, month_from=span.month_from)
        return Measure("planned" if asks_money else "plan_percent", month=months[-1],
                       month_from=months[0] if between else None,
                       quarter=not between and any(p.quarter for p in periods if p.month == months[-1]))
    if texts and texts[0].text in ("use", "goal", "code", "plan", "department") and not kinds:
        return Measure("text", text=texts[0].text)
    if money:
        if op.kind == "share" and op.at >= 0:  # the part is the field before «占»
            before = [f for f in money if f.start < op.at]
            chosen = before[-1] if before else money[0]
            return Measure("money", money=chosen.money or "budget")
        joined = _joined_money(money, r.text)
        if joined:  # «财政资金加上其他资金一共多少»: the two cells added, per project
            return Measure("money", money=joined)
        # «那笔钱里面财政资金多少»: the named part of the money, not the money in general
        specific = [f for f in money if f.money not in (None, "budget")]
        chosen = specific[0] if specific and len({f.money for f in specific}) == 1 else money[0]
        return Measure("money", money=chosen.money or "budget")
    if kinds or named_rows:
        rows = [f.rows for f in kinds if f.rows is not None]
        if named_rows:
            rows.append(RowIds(tuple(i for m in named_rows for i in m.rows)))
        return Measure("value", rows=all_of(*rows))
    if texts:
        return Measure("text", text=texts[0].text)
    hint = _unit_hint(r.text)
    if hint is not None:
        return Measure("value", rows=hint, soft=True)
    if _asked_money_unit(r.text) or re.search(r"多少钱", r.text):
        return Measure("money", money="budget")  # «…折合多少万元»
    return Measure()


def _unit_hint(text: str) -> Filter | None:
    """«多少人» asks for a row stated in people; «什么时候» for one with a date."""
    if re.search(r"(什么时候|何时|哪天|哪一天|几月|截止|期限|完成时间|完工时间|日期)", text):
        return RowWritten("date")
    if re.search(r"(多少|(?<![这那哪])几)\s*(?:万|千)?\s*(人次|人|名)|人数", text):
        return RowWritten("people")
    for m in re.finditer(r"(多少|(?<![这那哪])几)\s*(?:(?:万|千)\s*(?=个|次|户|家|件|页|册|卷|吨|亩|平方米))?"
                         r"(个|次|户|家|所|件|起|页|册|卷|吨|辆|台|套|张|份|本|场|期|批|座|处|株|棵|亩|平方米|公里|千米)", text):
        if m.group(2) == "个" and (re.match(r"\s*(?:项目|亿|万|[\u4e00-\u9fff]{0,6}?指标)", text[m.end():])
                                  or re.search(r"项目[^。？?]{0,5}$", text[:m.start()])):
            continue  # «项目有几个», «几个项目»: projects are counted, no row is asked
        return RowUnit(m.group(2))
    return None


def _rows_by_words(r: Reading, catalog: Catalog, groups, scope: Scope) -> tuple[int, ...]:
    """Indicator rows named by the words no reader took (BM25 over their names), the close ones."""
    allowed = _allowed(catalog, groups, scope)
    rest = r.free
    for word in lx.FILLER:
        rest = rest.replace(word, " ")
    hits = catalog.search_rows(rest, allowed)
    if not hits or hits[0][1] < 2.0:
        return ()
    top = hits[0][1]
    return tuple(h.id for h, score in hits if score >= 0.8 * top)


def _allowed(catalog: Catalog, groups, scope: Scope) -> set[int]:
    """The projects words may name rows of: those in scope, and of the projects named, if any."""
    allowed = set(_scope_ids(catalog, scope))
    named = {i for g in groups for i in g.projects}
    return allowed & named if named else allowed


def _title_basis(title: str, titles: list[str] = ()) -> Filter:
    """Rows whose basis cites a title. A law's short title is matched only where it starts the
    title («《教育法》», «中华人民共和国教育法»): «义务教育法» is another law. Another title cited in
    the store that holds this one («《河北省气象灾害防御条例》» for «气象灾害防御条例») is another
    document: the rows citing only that one are not matched."""
    if title.endswith("法"):  # (its title ends there, or an edition follows: «《审计法（2021修正）》»;
        # written without marks, «中华人民共和国节约能源法», not followed by «实施…»)
        marked = [RowBasis(lead + title + end) for lead in ("《", "国") for end in ("》", "（", "(")]
        # written bare after a word that cannot be part of a title: «按政府采购法规定…», «依据…»
        bare = [AllOf((RowBasis(lead + title), Not(RowBasis(lead + title + "实施"))))
                for lead in ("国", "按", "依", "据", "照", "、", "，", "；", "和", "及")]
        return any_of(*marked, *bare)
    longer = [t for t in titles if title in t and t.removeprefix("中华人民共和国") != title]
    if not longer:
        return RowBasis(title)
    marked = [RowBasis(lead + title + end) for lead in ("《", "《中华人民共和国") for end in ("》", "（", "(")]
    return any_of(*marked, AllOf((RowBasis(title), Not(any_of(*[RowBasis(t) for t in longer])))))


def _rows_named_by_parts(r: Reading, catalog: Catalog, groups,
                         scope: Scope) -> tuple[tuple[int, ...], str]:
    """Rows named by the leftover words, one part at a time («宫颈癌和乳腺癌筛查»: 宫颈癌…, 乳腺癌筛查):
    each part must be in some row's name (the shared tail «筛查» may be said once). Returns the
    rows, and the first part no row's name holds ("" when every part is found)."""
    allowed = _allowed(catalog, groups, scope)
    rest = r.free
    for word in (*lx.FILLER, "目标值", "指标值", "目标", "指标", "人数", "人次", "数量", "合计", "总共", "一共"):
        rest = rest.replace(word, " ")
    if re.search(r"几|多少", rest):
        return (), ""  # «一共改造几个小区»: what is counted is asked, not rows named
    parts = [p for p in re.split(r"和|与|及|以及|、|加上|加|\s+", rest) if len(re.findall(r"[\u4e00-\u9fff]", p)) >= 2]
    if not parts:
        return (), ""
    rows = [x for x in catalog.rows if x.project_id in allowed]
    chosen: list[int] = []
    for part in parts:
        # «宫颈癌» alone, or with the part after it («乳腺癌筛查»): the tail said once for both
        hits = [x.id for x in rows if part in nfkc(x.level3)]
        if not hits:
            return (), part
        chosen += hits
    return tuple(dict.fromkeys(chosen)), ""


_SUM_AFTER = re.compile(r"\s*(?:的|两项|两者|二者|两个)?\s*(?:一共|合计|总共|共计|总计|加起来|合起来|之和|加在一起|相加)")


def _joined_money(money, text: str) -> str | None:
    """«财政资金加上其他资金», «财政拨款和其他资金合计»: two money cells added («fiscal+other»);
    «和» joins them only when a word of adding follows («各是多少» asks each)."""
    money = sorted(money, key=lambda f: f.start)
    for a, b in pairwise(money):
        if not a.money or not b.money or a.money == b.money or "budget" in (a.money, b.money):
            continue
        glue = text[a.end:b.start]
        if re.fullmatch(r"\s*(?:加|加上)\s*", glue) or (
                re.fullmatch(r"\s*(?:和|与|及|跟|同)\s*", glue) and _SUM_AFTER.match(text[b.end:])):
            return f"{a.money}+{b.money}"
    return None


def _two_measures(kinds, money, named_rows, text: str = "") -> tuple[Measure, Measure] | None:
    """«成本指标比预算多出多少»: two measures of the same items, in question order; «财政拨款加其他
    资金，跟资金总额差多少»: a sum of two money fields against a third."""
    money = sorted(money, key=lambda f: f.start)
    # «资金总额和财政拨款加其他资金»: «加» joins a sum; «和» joins one only when no «加» does
    strong = any(re.fullmatch(r"\s*(加|加上)\s*", text[a.end:b.start]) for a, b in pairwise(money))
    glue = r"\s*(加|加上)\s*" if strong else r"\s*(加|加上|与|和|及)\s*"
    joined = []
    i = 0
    while i < len(money):
        f = money[i]
        if i + 1 < len(money) and re.fullmatch(glue, text[f.end:money[i + 1].start]) \
                and f.money != money[i + 1].money:
            joined.append((f.start, Measure("money", money=f"{f.money}+{money[i + 1].money}")))
            i += 2
            continue
        joined.append((f.start, Measure("money", money=f.money or "budget")))
        i += 1
    mentions = sorted([(f.start, Measure("value", rows=f.rows)) for f in kinds if f.rows is not None]
                      + joined, key=lambda m: m[0])
    kinds_seen = {(m.kind, m.money if m.kind == "money" else repr(m.rows)) for _, m in mentions}
    if len(mentions) >= 2 and len(kinds_seen) >= 2:
        return mentions[0][1], mentions[1][1]
    return None


def scope_filter_of(scope: Scope) -> Filter | None:
    from assistant.executor import scope_filter

    return scope_filter(Plan(scope=scope))


def _first_at(text: str, department: str, catalog: Catalog) -> int:
    """Where the question first names a department (by any abbreviation the catalog knows)."""
    positions = [i for i in range(len(text)) for j in range(i + 2, min(len(text), i + 14) + 1)
                 if text[j - 1] in "局委厅办" and department in catalog.departments_named(text[i:j])]
    return min(positions, default=len(text))


def _money_of(a: q.Amount) -> str:
    return a.unit if a.unit in q.MONEY_UNITS else f"{a.unit}元"


def _rows_within(span: tuple[int, int], kinds: list[Field], named_rows) -> Filter | None:
    """The rows a «按…平均» span names: a row by name, or a kind («代缴人数目标»)."""
    start, end = span
    parts = [RowIds(m.rows) for m in named_rows if start <= m.start < end]
    parts += [f.rows for f in kinds if f.rows is not None and start <= f.start < end]
    return all_of(*parts)


def _operation(r: Reading, op: OperationWords, measure: Measure, groups: list[Mention],
               scope: Scope, catalog: Catalog, plan: Plan, kinds_all: list[Field],
               named_rows: list[Mention]) -> Operation | None:
    kind = op.kind
    if kind is None:
        return None
    if kind == "count":
        return Operation("count")
    if kind in ("max", "min"):
        return Operation(kind, n=op.n)
    if kind == "rank":
        return Operation("rank", n=op.n)
    if kind == "place":  # the named projects' place among all in scope
        return Operation("place", n=op.n) if groups else None
    if kind in ("sum", "mean"):
        return Operation(kind)
    if kind == "share":
        whole = op.share_whole
        if re.search(r"(预算|总额|资金总额)$", whole) and measure.kind == "money" and \
                is_budget_part(measure.money) and (
                    not re.search(r"(全局|全部|所有|总预算|总额)", whole)
                    # «占项目总额», «占该项目资金总额»: the project's own total
                    or re.fullmatch(r"\s*(?:该|本|这个|此|它的?|其)?\s*项目(?:的)?(?:资金)?(?:总额|预算|预算数|总预算)\s*", whole)):
            return Operation("share", whole_measure=Measure("money", money="budget"))
        whole = op.share_whole
        if not groups and len(scope.departments) == 2:
            order = sorted(scope.departments, key=lambda d: _first_at(r.text, d, catalog))
            if re.search(r"合计|总计|总额|总和|之和|加起来|一共|两个|两家|两局|全部|所有", whole):
                # «卫健局占教育局和卫健局两个部门合计的百分之几»: of both together
                return Operation("share", whole=InScope(tuple(order), scope.years),
                                 sides=(InScope((order[0],), scope.years),))
            # «农业局的总盘子是人社局的百分之几»: one department's total over the other's;
            # «A平均每个项目的资金是B平均每个项目的百分之几»: their means
            each = "mean" if re.search(r"平均|每个项目", r.text) else "sum"
            if each == "mean":
                r.take_all(("平均每个项目", "平均每个", "平均下来", "平均"), "operation")
            return Operation("ratio", sides=tuple(InScope((d,), scope.years) for d in order),
                             percent=True, each=each)
        core = re.sub(r"(?:的)?(?:全部|所有|全体)?(?:的)?(?:项目)?(?:的)?(?:资金总额|预算数|总预算|预算|资金|经费|总额|合计|总计)*$",
                      "", whole.strip())
        owner = catalog.departments_named(core) if len(core) >= 2 and re.search(r"[局办委馆会社]$", core) else []
        if len(owner) == 1 and len(catalog.departments) > 1:
            # «这些结转资金合计占信访局项目资金的百分之几»: of that department's whole budget
            whole_measure = Measure("money", money="budget") if measure.kind == "money" and \
                measure.money != "budget" else None
            return Operation("share", whole=InScope((owner[0],), scope.years), whole_measure=whole_measure)
        if measure.kind == "planned" and re.fullmatch(
                r"\s*(?:该|本|这个|此|它的?|其)?\s*(?:项目)?(?:的)?(?:全部|总)?(?:预算数?|资金总额|资金|经费|总额|总预算)\s*", whole):
            # «上半年计划花掉的钱占全年资金的百分之几»: of the same project's budget (the plan's share)
            return Operation("share", whole_measure=Measure("money", money="budget"))
        if measure.kind == "money" and is_budget_part(measure.money) and not whole.strip(" \u3000"):
            # «其中财政拨款占百分之几»: of the same projects' budget
            return Operation("share", whole_measure=Measure("money", money="budget"))
        if groups and re.search(r"所在|所属|本部门|该部门|本局|该局|自己", whole):
            # «占它所在部门全部项目预算的比重»: the named projects' own departments
            own = tuple(sorted({catalog.by_id[i].department for g in groups for i in g.projects if i in catalog.by_id}))
            return Operation("share", whole=InScope(own, scope.years))
        if re.search(r"部门|全市|全县|全省|所有单位|两个单位|两家单位|各单位|两个局|两局|两边|两家|全部单位|库里", whole):
            # «占两个部门合计»: everything stored, of the years asked (no year asked: the latest)
            named = tuple(scope.departments) if len(scope.departments) >= 2 else ()
            years = scope.years or tuple(sorted({y for _, y in scope.latest if y}))[-1:]
            return Operation("share", whole=InScope(named, years))
        if re.search(r"这几个|这些|上述|这\d*个|其中", whole) and isinstance(plan.filter, AllOf):
            rest = [f for f in plan.filter.parts if not isinstance(f, ProjectIds)]
            if rest and len(rest) < len(plan.filter.parts):  # «占这几个项目合计»
                return Operation("share", whole=all_of(scope_filter_of(scope), *rest))
        return Operation("share")
    if kind == "difference" and re.search(r"最(大|高|多)", r.text) and re.search(r"最(小|低|少)", r.text):
        r.take_all(("最大", "最高", "最多", "最小", "最低", "最少"), "operation")
        return Operation("spread")  # «最大的项目比最小的多多少»
    if kind in ("difference", "ratio"):
        sides: tuple[Filter, ...] = ()
        if len(groups) >= 2:
            sides = tuple(ProjectIds(g.projects) for g in groups[:2])
        elif not groups and scope.previous is not None and len(scope.previous) == 2 and \
                len({catalog.by_id[i].department for i in scope.previous if i in catalog.by_id}) <= 2:
            # «它比X多多少», «两者差多少»: the two taken from the conversation, in the order given
            sides = tuple(ProjectIds((i,)) for i in scope.previous)
        elif len(groups) == 1 and scope.previous is not None and len(scope.previous) == 1 and \
                (it := re.search(r"它|该项目|这个项目|前者|上一个", r.text)) and \
                not set(groups[0].projects) & set(scope.previous):
            # «那魏县人社局的社会保障工作经费比它多多少»: the project named against the one before
            named, before = ProjectIds(groups[0].projects), ProjectIds(tuple(scope.previous))
            sides = (named, before) if groups[0].start < it.start() else (before, named)
        elif len(groups) == 1 and scope.departments and re.search(
                r"全部项目|所有项目|全局|合计|总额|总预算|一共|加起来|总共", r.text) and len(
                others := [d for d in scope.departments if d not in
                           {catalog.by_id[i].department for i in groups[0].projects if i in catalog.by_id}]) == 1:
            # «磁县体育局全部项目的资金合计，比人社局的社会保障工作经费多多少»: a department's total
            # against a project of another, in question order
            whole = InScope((others[0],), scope.years)
            named = ProjectIds(groups[0].projects)
            sides = (whole, named) if _first_at(r.text, others[0], catalog) < groups[0].start else (named, whole)
        elif not groups and len(scope.departments) == 2:
            # «人社局比农业农村局多多少»: one department against the other, in question order
            order = sorted(scope.departments, key=lambda d: _first_at(r.text, d, catalog))
            sides = tuple(InScope((d,), scope.years) for d in order)
        elif not groups and not scope.departments and len(catalog.departments) == 2 and \
                re.search(r"两个部门|两部门|两个局|两局|两家单位|两个单位|两家", r.text):
            # «两个部门的项目平均预算相差多少»: the two stored departments
            sides = tuple(InScope((d,), scope.years) for d in catalog.departments)
        if op.signed and len(sides) == 2 and _LESS_BY.search(r.text):
            sides = (sides[1], sides[0])  # «A比B少多少»: B − A, how much less A is
        each = "mean" if re.search(r"平均|每个项目", r.text) else "sum"
        extreme = re.findall(r"最(大|高|多|小|低|少)的(?:一个|那个)?(?:项目|一个|那个)", r.text)
        if each == "sum" and len(sides) == 2 and isinstance(sides[0], InScope) and len(extreme) >= 1 \
                and len({w in "大高多" for w in extreme}) == 1:
            # «A局预算最大的项目比B局(预算最大的项目)少多少»: each department's extreme project
            each = "max" if extreme[0] in "大高多" else "min"
            r.take_all(tuple(f"最{w}的{t}" for w in "大高多小低少" for t in ("项目", "一个项目", "那个项目",
                                                                              "一个", "那个")), "operation")
        if len(sides) == 2 and isinstance(sides[0], InScope):
            r.take_all(("合计", "总额", "总计", "加起来"), "operation")  # «两个局的预算合计相差多少»: each side's sum
        if kind == "ratio" and op.percent:
            kind = "ratio"
        if each == "mean":
            r.take_all(("平均每个项目", "平均每个", "平均下来", "平均"), "operation")
        return Operation(kind, sides=sides, signed=op.signed, each=each)
    if kind == "product":  # «人均3000元，500人算下来多少»
        rate, count = op.numbers
        return Operation("product", numbers=(
            Operand(number=rate.value, unit=rate.unit, written=rate.written),
            Operand(number=count.value, unit=count.unit, written=count.written)))
    if kind == "add":
        a = op.numbers[0]
        return Operation("add", operand=Operand(number=a.value, unit=a.unit, written=a.written))
    if kind == "multiply":
        return Operation("multiply", operand=Operand(number=op.factor, written="yearly" if op.yearly else
                                                     f"change-{op.change}" if op.change else "×"))
    if kind == "divide":
        if len(op.numbers) >= 2:  # «每人67元，177万元够多少人»: the larger over the smaller
            a, b = sorted(op.numbers, key=lambda x: q.to_fen(x.value, _money_of(x)), reverse=True)[:2]
            numbers = tuple(Operand(number=x.value, unit=_money_of(x), written=x.written) for x in (a, b))
            return Operation("divide", numbers=numbers, query=op.per,
                             operand=Operand(number=None, written="question"))
        if len(op.numbers) == 1 and _money_of(op.numbers[0]) in q.FEN_PER_UNIT:
            # «每人67元，这个项目的钱够多少人»: the budget over one head's cost, a count
            a = op.numbers[0]
            return Operation("divide", query=op.per, operand=Operand(
                number=a.value, unit=_money_of(a), written=a.written))
        divisor = op.divisor
        if re.fullmatch(r"(?:每|一)?个?(?:月|季度)", divisor or "") or (not divisor and op.per in ("月", "季度")):
            # «平摊到每个月», «每季度合多少»: a year's money over its 12 months (4 quarters)
            period = "季度" if "季" in (divisor or op.per) else "月"
            count = Decimal(4 if period == "季度" else 12)
            return Operation("divide", query=period, operand=Operand(number=count, unit=period,
                                                                     written=f"{count}个{period}"))
        found = q.find_amounts(divisor)
        if found and found[0].value == 1 and (found[0].written or "").startswith("一"):
            # «每接待一人次»: one of a unit is «per», not a count of 1 to divide by
            divisor, found = found[0].unit or "", []
        if found and found[0].unit not in q.MONEY_UNITS:
            a = found[0]
            value = a.value * a.base()[1]
            r.take(op.span[0] + a.start, op.span[0] + a.end, "operation")
            unit = a.base()[0] or (None if a.unit in ("万", "亿") else a.unit)  # «50万参保人»: 500000
            return Operation("divide", operand=Operand(number=value, unit=unit, written=a.written),
                             query=op.per)
        rows = _rows_within(op.span, kinds_all, named_rows)
        if isinstance(rows, AllOf) and any(isinstance(x, RowIds) for x in rows.parts):
            # the row named («政府购买服务人员数量», stated in 个) is meant, whatever «人数» hints
            rows = next(x for x in rows.parts if isinstance(x, RowIds))
        ids = {i for g in groups for i in g.projects} or set(scope.previous or ())
        if rows is None and ids and divisor:
            # «按政府购买服务的人数算»: the named project's row, named loosely
            found, _ = catalog.row_of_named(divisor, ids, min_chars=4)
            rows = RowIds(tuple(x.id for x in found)) if found else None
        if rows is not None:  # «按它的代缴人数目标平均»: the items' own row
            return Operation("divide", operand=Operand(measure=Measure("value", rows=rows),
                                                       written=r.text[op.span[0]:op.span[1]]),
                             query=op.per)
        return Operation("divide", operand=Operand(measure=None, written=divisor), query=op.per)
    if kind == "structure":
        return Operation("structure", level=op.structure)
    return None


def _without_operation(r, plan: Plan, op: OperationWords, measure: Measure, groups, named_rows,
                       kinds, money, texts, conditions, refs, logic, conversation,
                       catalog: Catalog) -> Plan:
    """No operation word: a lookup, a list, a yes/no check, the structure, or prose."""
    has_conditions = bool(conditions or refs or logic.rows or logic.all_only or logic.project
                          or logic.lacking or any(not isinstance(f, (ProjectIds, AllOf, AnyOf))
                                                  for f in walk(plan.filter)))
    named = bool(groups) or plan.scope.previous is not None
    if any(w in r.text for w in lx.PROSE_SECTIONS) and not has_conditions:
        # «保障措施里说…», «总体目标里…»: the department's prose, the project words included
        return replace(plan, filter=None, measure=measure, operation=Operation("prose", query=r.text))
    project_logic = [f for _, _, f in logic.project] + [HasRow(f) for _, _, f in logic.rows]
    if op.yes_no and (conditions or project_logic) and named:
        # «…有没有达到85%»: the named projects' rows of that kind, each said to meet it or not
        tested = all_of(*[c.project or HasRow(c.rows) for c in conditions if c.project or c.rows],
                        *project_logic)
        kinds_of = all_of(*[c.field.rows for c in conditions if c.field and c.field.rows is not None])
        named_only = all_of(*[ProjectIds(g.projects) for g in groups])
        subject = "rows" if kinds_of is not None else "projects"
        return replace(plan, filter=named_only, rows=kinds_of, measure=measure, subject=subject,
                       operation=Operation("check", whole=tested))
    asked = _ROWS_OF_PROJECT.search(r.text)
    if named and not has_conditions and asked and measure.kind in ("none", "text") and not kinds:
        # «…主要考核哪些方面», «设了哪些绩效指标»: the named project's indicator rows
        r.take(asked.start(), asked.end(), "operation")
        return replace(plan, measure=Measure("value", rows=RowKind()), operation=Operation("list"),
                       subject="rows")
    if named and not has_conditions and measure.kind == "none" and \
            sum(len(g.projects) for g in groups) > 1 and re.search(r"哪几|哪些|有哪|是哪|列出", r.text):
        return replace(plan, measure=measure, operation=Operation("list"))  # «…的项目有哪几个»
    if named and not has_conditions:
        # «老干部慰问要在哪天之前完成，预算多少万»: a second thing asked of the same project
        also = [f.rows for f in kinds if f.rows is not None and measure.kind != "value"]
        if named_rows and measure.kind in ("money", "text") and len(
                [c for c in re.split(r"[？?。；;]", r.text) if re.search(r"多少|几|什么|哪", c)]) >= 2:
            # «…预算多少？政府购买服务人员数量定的是多少个？»: a row asked as a second question
            also.append(RowIds(tuple(i for m in named_rows for i in m.rows)))
        hint = _unit_hint(r.text) if measure.kind in ("money", "rate") else None
        if hint is not None and measure.kind == "money" and not isinstance(hint, RowUnit):
            also.append(hint)
        plan = replace(plan, also=all_of(*also) if len(also) <= 1 else any_of(*also))
        if texts and measure.kind == "text":
            return replace(plan, measure=measure, operation=Operation("lookup"))
        if measure.kind == "planned" and (sum(len(g.projects) for g in groups) or
                                          len(plan.scope.previous or ())) > 1 and \
                not re.search(r"分别|各自|各是|各个|每个|每笔|各", r.text):
            return replace(plan, measure=measure, operation=Operation("sum"))  # «那三笔…累计要支出多少»
        if measure.kind == "money":
            said = list(dict.fromkeys(f.money for f in sorted(money, key=lambda f: f.start) if f.money
                                      and f.words not in ("钱", "资金", "经费", "金额", "投入", "拨款")))
            if len(said) >= 2 and measure.money in said:
                # «资金总额是多少？其中财政拨款多少？»: the fields in the order asked, the first the value
                measure = replace(measure, money=said[0])
            more = tuple(m for m in said if m != measure.money)
            return replace(plan, measure=measure, operation=Operation("lookup"), also_money=more)
        if measure.kind in ("planned", "plan_percent"):
            return replace(plan, measure=measure, operation=Operation("lookup"))
        if measure.kind == "value":
            return replace(plan, measure=measure, operation=Operation("list"), subject="rows")
        if measure.kind == "rate":
            return replace(plan, measure=measure, operation=Operation("lookup"))
        return replace(plan, measure=Measure("text", text="summary"), operation=Operation("lookup"))
    if named_rows and not has_conditions:
        return replace(plan, measure=measure, operation=Operation("list"), subject="rows")
    if texts and measure.kind == "text" and measure.text == "refs" and not has_conditions:
        return replace(plan, measure=measure, operation=Operation("refs"))
    if measure.kind == "rate":
        return replace(plan, measure=measure, operation=Operation("lookup"))
    if not named and (measure.kind == "planned" or measure.kind == "money" and
                      _asked_money_unit(r.text) and any(w in r.text for w in lx.ALL_PROJECTS)):
        return replace(plan, measure=measure, operation=Operation("sum"))  # «所有项目…花出去多少万»
    if named and measure.kind in ("planned", "plan_percent") and sum(len(g.projects) for g in groups) == 1:
        # «182号文里给困难群体代缴保费的那个项目，到10月底应该累计支出多少»: the one project's plan
        return replace(plan, measure=measure, operation=Operation("lookup"))
    if has_conditions or any(w in r.text for w in lx.ALL_PROJECTS):
        subject = "projects"
        return replace(plan, measure=measure, operation=Operation("list"), subject=subject)
    if measure.kind == "money" and not named and not informative_rest(r) or \
            measure.kind == "planned" and not named:
        return replace(plan, measure=measure, operation=Operation("sum"))  # «预算总额是多少»
    topic = _TOPIC_PROJECTS.search(r.text)
    if topic and not named and not has_conditions:
        # «农业局有没有秸秆综合利用的项目»: projects whose name or use of funds carries the topic
        words = topic.group("t")
        ids = [i for i in _scope_ids(catalog, plan.scope) if words in nfkc(catalog.texts.get(i, ""))]
        if not ids:
            return replace(plan, reason=f"没有名称或资金用途、绩效目标中提到“{words}”的项目")
        r.take(topic.start("t"), topic.end("t"), "name")
        return replace(plan, filter=all_of(plan.filter, ProjectIds(tuple(ids))), measure=measure,
                       operation=Operation("list"))
    return replace(plan, measure=measure, operation=Operation("prose", query=r.text))


# «主要考核哪些方面», «设了哪些绩效指标», «有哪些指标»: a named project's rows
_ROWS_OF_PROJECT = re.compile(r"(?:主要)?(?:考核|设了?|设置了?|定了|有)\s*(?:哪些|什么|哪几个|哪几项|几项)\s*"
                              r"(?:方面|绩效指标|考核指标|指标|内容|目标)|(?:哪些|什么)(?:绩效|考核|三级)?指标"
                              # «…的指标有哪些», «绩效指标都包括什么», «列出…的全部绩效指标», «所有三级指标»
                              r"|(?:绩效|考核|三级)?指标(?:都|具体|分别)?(?:有|是|包括|包含)(?:哪些|什么|啥)"
                              r"|(?:所有|全部|全套|完整)的?(?:绩效|考核|三级)?指标")
# «有没有秸秆综合利用的项目», «是否有住房保障方面的项目»
_TOPIC_PROJECTS = re.compile(r"(?:有没有|是否有|有无|有没)(?:关于|涉及)?(?P<t>[\u4e00-\u9fff]{2,12}?)"
                             r"(?:方面|相关|有关|这类|类|之类)?(?:的)?(?:项目|资金|经费)")


def informative_rest(r: Reading) -> bool:
    """Do words no reader took still say something (two or more content bigrams)?"""
    from store.keywords import bigrams

    rest = r.free
    for word in lx.FILLER:
        rest = rest.replace(word, " ")
    return sum(len(t) == 2 for t in bigrams(rest)) >= 2


def _every_row(text: str, c) -> tuple[Filter, Filter] | None:
    """Conditions on the rows of a kind with a quantifier: «质量指标都是100%» (every row meets it),
    «质量指标并非全部达到95%» (some row does not), «没有一个低于98%» (no row meets it), «满意度目标
    并非九成及以上» (the row does not meet it). None when the question says none of these."""
    if c.field is None or c.field.kind != "indicator" or not isinstance(c.rows, AllOf):
        return None
    between = text[c.field.end:c.end]
    kinds = [x for x in c.rows.parts if isinstance(x, RowKind)]
    values = [x for x in c.rows.parts if not isinstance(x, RowKind)]
    if not kinds or not values:
        return None
    kind, value = all_of(*kinds), all_of(*values)
    if re.search(r"并非全部|并非都|不是全部|不是都|并不都|并不全|不全|不都|没有全部|没能全部|未全部", between):
        return HasRow(AllOf((kind, Not(value)))), AllOf((kind, Not(value)))  # some row misses it
    if re.search(r"没有一(?:个|条|项)|无一(?!例外)|一(?:个|条|项)(?:也|都)没有|没有任何一?(?:个|条|项)?", between):
        return AllOf((HasRow(kind), Not(HasRow(AllOf((kind, value)))))), kind  # no row meets it
    if re.search(r"(?:并非|并不是|不是|并不)\s*(?:[\d一二两三四五六七八九十]|百分之)", between) and \
            re.search(r"(?:及|或)?(?:以上|以下)|之间", between):
        # «满意度目标并非九成及以上»: the bound after the number was read, the «并非» before it not
        # («并非低于85%», «不是85%» are read with their comparator)
        return HasRow(AllOf((kind, Not(value)))), AllOf((kind, Not(value)))
    if re.search(r"都|全|均|一律|无一例外", between):
        return AllOf((HasRow(c.rows), Not(HasRow(AllOf((kind, Not(value))))))), c.rows  # every row meets it
    return None


# «哪个局的预算总额更大», «哪个部门盘子最小»: departments compared by a money total
_WHICH_DEPARTMENT = re.compile(r"哪(?:个|一个|家)(?:局|部门|单位)(?:的)?(?P<what>[\u4e00-\u9fff]{0,8}?)(?:要|会)?"
                               r"(?P<cmp>更|最|比较|较)?(?P<dir>大|多|高|少|小|低)")


def _department_extreme(which: re.Match, text: str, catalog: Catalog, scope: Scope, fields) -> Plan | None:
    """The department with the larger (or smaller) money total, among those in scope: its total
    (or, with «大多少», the gap between two), the totals compared said in the answer."""
    money = next((f.money for f in fields if f.kind == "money" and f.money), None)
    if money is None and not re.search(r"盘子|钱|规模", which.group("what")):
        return None  # «哪个局的项目最多»: not money
    money = money or "budget"
    groups: dict[tuple[str, int | None], list[int]] = {}
    for i in _scope_ids(catalog, scope):
        # a department whose tables print no such field is not compared (其他资金 is derived)
        if money == "other" or catalog.money_fen.get(i, {}).get(money) is not None:
            groups.setdefault((catalog.by_id[i].department, catalog.by_id[i].year), []).append(i)
    # summed as the answer's own sum is (catalog.total_fen: 其他资金 = 预算数 − 财政资金 where not printed)
    totals = {key: catalog.total_fen(money, tuple(ids)) for key, ids in groups.items()}
    if len({d for d, _ in totals}) != len(totals) or len(totals) < 2:
        return None  # one department in two years, or one department only: not this question
    low = which.group("dir") in "少小低"
    order = sorted(totals, key=lambda k: totals[k], reverse=not low)
    if totals[order[0]] == totals[order[1]]:
        return None
    name = MONEY_NAMES[money]
    unit = catalog.money_unit
    said = "；".join(f"{d} {q.tidy(q.from_fen(totals[(d, y)], unit))} {unit}" for d, y in order)
    assumption = f"按各部门{name}合计比较：{said}"
    measure = Measure("money", money=money)
    if re.search(r"(?:大|多|高|少|低|小)\s*(?:出|了|出了)?\s*多少|多出|高出|少了|相差|差距|差多少|差额|差了", text[which.end():]):
        if len(order) != 2:
            return None
        sides = tuple(InScope((d,), (y,) if y is not None else ()) for d, y in order)
        if low:
            sides = sides[::-1]
        return Plan(scope=scope, measure=measure, operation=Operation("difference", sides=sides),
                    subject="projects", assumptions=(assumption,))
    top, year = order[0]
    return Plan(scope=replace(scope, departments=(top,), years=(year,) if year is not None else (), latest=()),
                measure=measure, operation=Operation("sum"), subject="projects",
                assumptions=(f"{name}合计{'最少' if low else '最多'}的部门是{top}；{assumption}",))


# «人社局预算最大的项目，是农业农村局资金最多那个项目的多少倍», «农业局预算最多的项目比人社局预算最少的
# 项目多多少»: one extreme of each department, compared
_EXTREME_OF = (r"(?P<d{n}>[\u4e00-\u9fff]{{2,14}}?(?:局|委|办|院|中心))(?:的)?(?:项目)?(?:中|里)?(?:的)?"
               r"(?:预算数?|资金总额|资金|钱|经费)?(?:最(?P<x{n}>大|多|高|小|少|低))的?(?:那个|那一个|一个)?项目")
_EXTREMES_COMPARED = re.compile(_EXTREME_OF.format(n=1) + r"[，,]?\s*(?:是|比)\s*" + _EXTREME_OF.format(n=2)
                                + r"(?:的)?\s*(?P<ask>多少倍|几倍|多多少|少多少|相差多少|差多少)")


def _extremes_compared(text: str, catalog: Catalog) -> Plan | None:
    """Two departments' largest (or smallest) projects by budget, found in the facts, then the
    difference or ratio of their budgets; None when the question is not that."""
    m = _EXTREMES_COMPARED.search(text)
    if not m:
        return None
    chosen, said = [], []
    for n in (1, 2):
        departments = catalog.departments_named(m.group(f"d{n}"))
        if len(departments) != 1:
            return None
        latest = max((p.year or 0) for p in catalog.projects if p.department == departments[0])
        largest = m.group(f"x{n}") in "大多高"
        ranked = _ranked_by(catalog, [p.id for p in catalog.projects
                                      if p.department == departments[0] and (p.year or 0) == latest], "budget", largest)
        if not ranked:
            return None
        if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            return Plan(reason=f"{departments[0]}预算数{'最高' if largest else '最低'}的项目不止一个，请说出项目名称再比较")
        chosen.append(ranked[0][1])
        said.append(f"{departments[0]}预算数{'最高' if largest else '最低'}的项目是“{catalog.by_id[ranked[0][1]].name}”")
    ratio = "倍" in m.group("ask")
    if m.group("ask") == "少多少":  # «A比B少多少»: B − A
        chosen.reverse()
    return Plan(measure=Measure("money", money="budget"),
                operation=Operation("ratio" if ratio else "difference",
                                    sides=(ProjectIds((chosen[0],)), ProjectIds((chosen[1],))),
                                    signed=not ratio and "差" not in m.group("ask")),
                subject="projects", assumptions=tuple(said))


# «第二个到6月底计划支出多少», «那第三个项目的依据呢»: one project of the last answer, by its place
NTH_OF_LAST = re.compile(r"\s*(?:那|那么)?\s*(?:第\s*(?P<n>[一二三四五六七八九十]|[1-9])\s*(?:个|项)(?:项目)?"
                         r"|(?P<end>前|后)(?:一个|一项|一笔)(?:项目)?)\s*(?:的)?")  # (not 前者/后者: «前者比后者»)


def nth_place(m: re.Match, count: int) -> int:
    """The place an NTH_OF_LAST match says, 1-based: «第二个» 2, «前一个» 1, «后一个» the last."""
    if m.group("end"):
        return 1 if m.group("end") == "前" else count
    return int(q.number(m.group("n")))


def _ranked_by(catalog: Catalog, ids, money: str, largest: bool) -> list[tuple[int, int]]:
    """(分, id) of the projects that print that money field, the largest (or smallest) first."""
    money_of = ((catalog.money_fen.get(i, {}).get(money), i) for i in ids)
    return sorted(((f, i) for f, i in money_of if f is not None), reverse=largest)


def _ranked_left_out(r: Reading, catalog: Catalog, scope: Scope, logic: Logic) -> list[tuple[int, Filter]]:
    """The projects an exclusion names by their rank («除了钱最多的三个项目», «不算预算最小的那个»):
    the first N of the scope by that money field, found in the facts, to be left out."""
    out = []
    for start, end in logic.exclusions:
        m = RANKED.match(r.text, start)
        if not m or r.owner[m.start()] != "ranked":
            continue
        field = lx.MONEY_FIELDS.get(re.sub(r"数$", "", m.group("m")), "budget")
        n = int(q.number(m.group("n"))) if m.group("n") else 1
        ranked = _ranked_by(catalog, _scope_ids(catalog, scope), field, m.group("d") in "大多高")
        if len(ranked) <= n:
            continue
        r.owner[m.start():m.end()] = ["condition"] * (m.end() - m.start())  # read: no longer only «ranked»
        out.append((start, ProjectIds(tuple(i for _, i in ranked[:n]))))
    return out


def _scope_ids(catalog: Catalog, scope: Scope) -> tuple[int, ...]:
    latest = set(scope.latest)
    ids = [p.id for p in catalog.projects
           if (not scope.departments or p.department in scope.departments)
           and (not scope.years or p.year in scope.years)
           and (not latest or (p.department, p.year) in latest)]
    if scope.previous is not None:
        ids = [i for i in ids if i in set(scope.previous)]
    return tuple(ids)


def _across_years(catalog: Catalog, ids: tuple[int, ...]) -> tuple[int, ...]:
    """The projects and the same projects in their departments' other years."""
    from assistant.matching import namesakes

    return tuple(dict.fromkeys(j for i in ids for j in namesakes(catalog, i)))


_NOT_COUNTED = re.compile(r"\s*(?:的)?\s*(?:不算在内|不算|除外|不计在内|不计|不包括在内|不包括|不含在内)")
_NOT_CITING = re.compile(r"(?:没有|没|未|不曾|并未|从未|并没有)\s*(?:引用|依据|援引|用到|提到|提及|参照|引)(?:过|了)?\s*(?:的)?\s*$")


def _excluded(at: int, logic: Logic) -> bool:
    return any(s <= at < e for s, e in logic.exclusions)


def _joined_by_or(mentions: list[Mention], logic: Logic) -> bool:
    return any(mentions[0].end <= p <= mentions[-1].start for p in logic.ors)


def _join(parts: list[tuple[int, Filter]], logic: Logic) -> Filter | None:
    """AND of the parts, except parts of one kind joined by «或», which are an OR."""
    if not parts:
        return None
    parts = sorted(parts, key=lambda p: p[0])
    out: list[Filter] = []
    i = 0
    while i < len(parts):
        start, f = parts[i]
        group = [f]
        while i + 1 < len(parts) and (type(parts[i + 1][1]) is type(f) and any(
                start < p < parts[i + 1][0] for p in logic.ors) or any(
                start < p < parts[i + 1][0] for p in logic.strong_ors)
                and not isinstance(f, ProjectIds) and not isinstance(parts[i + 1][1], ProjectIds)):
            i += 1
            start, f = parts[i]
            group.append(f)
        out.append(any_of(*group))
        i += 1
    return all_of(*out)


# «只设了», «只有»: of the indicator kinds, that one alone
_ONLY_KIND = re.compile(r"只(?:设|设置|有|列)了?")
# «各高出多少», «超了多少», «多出多少»: how far each row goes over the money it is compared with
_GAP_ASKED = re.compile(r"(?:各|分别|各自)?(?:高出|超出|多出|超了|超过了|多了|高了)(?:了)?\s*(?:多少|几)")
# «帮我换算成元», «折合成万元是多少», «用元表示»: only a unit asked
# «折算成金额», «合多少钱», «是多少万元»: a percentage asked again as money
_PERCENT_AS_MONEY = re.compile(r"^(?:那|那么)?\s*(?:(?:换算|折算|折合|算|换|转)\s*(?:成|为)?\s*(?:金额|钱)|合(?:多少钱|多少万元?|多少元)"
                               r"|(?:金额|钱)\s*(?:是|有)?\s*多少|(?:是|有)?多少(?:万元|万|元|钱))")
_CONVERT_ONLY = re.compile(r"(?:换算|折算|折合|转换|换|转)\s*(?:成|为)\s*(?:亿元|万元|千元|元)"
                           r"|(?:用|以|按)\s*(?:亿元|万元|千元|元)\s*(?:表示|来说|计算|计|算)")


def _gap_plan(plan: Plan) -> Plan | None:
    """The plan's projects whose row goes over their money (a «>» RowAgainstMoney condition), asked
    how far each goes over; None when the plan compares no row with money."""
    against = next((f for f in walk(plan.filter) if isinstance(f, RowAgainstMoney) and f.op in (">", ">=")),
                   None)
    if against is None:
        return None
    return replace(plan, operation=Operation("gap", query=against.money), subject="projects",
                   rows=against.rows, measure=Measure("money", money=against.money))


# «按现在每场的补助标准», «按表里的标准», «按每户补助标准算»: the project's own rate per unit
_AT_RATE = re.compile(r"按\s*(?:照)?\s*(?:现在|目前|现行|表里|表中|项目里|原来|现有)?\s*(?:的)?\s*(?:每(?P<per>[\u4e00-\u9fff]{1,2}?))?"
                      r"\s*(?:的)?\s*[\u4e00-\u9fff]{0,8}?(?:标准|上限|下限|单价)"
                      r"|每(?P<per2>[\u4e00-\u9fff]{1,2}?)[\u4e00-\u9fff]{0,5}?按\s*(?:照)?\s*(?:标准|上限|下限|最高|最低|单价)")
_MONEY_ASKED = re.compile(r"(?:需要|要|得|共|一共|总共|合计|花)?\s*(?:多少|几)\s*(?:万元|元|钱|万|块)")


def _at_project_rate(text: str, amounts, names: Names, catalog: Catalog):
    """«公益电影放映如果增加到6000场，按现在每场的补助标准，需要多少元»: a count from the question
    times the named project's one money row per that unit («150元/场»); None when any part is missing."""
    m = _AT_RATE.search(text)
    if not m or not _MONEY_ASKED.search(text[m.end():]):
        return None
    ids = tuple(dict.fromkeys(i for x in names.mentions if x.kind in ("name", "code") for i in x.projects))
    if not ids:  # «污水处理量按730万吨»: the project of the row named
        ids = tuple(dict.fromkeys(catalog.row_project[i] for x in names.mentions if x.kind == "row" for i in x.rows))
    counts = [a for a in amounts if a.unit and a.unit not in q.MONEY_UNITS and a.unit not in ("%", "万", "亿")]
    group = "per" if m.group("per") else "per2"
    if m.group(group) and len(ids) == 1 and len(m.group(group)) == 1 and \
            catalog.rates_of(ids[0], longer := m.group(group) + text[m.end(group):m.end(group) + 1]):
        per_said = longer  # «每公里…»: the unit is two characters
    else:
        per_said = m.group(group)
    if len(ids) == 1 and not counts and per_said:
        # «按每场补助标准乘以全年放映场次»: the project's own count in that unit
        per = per_said
        own = [r for r in catalog.rows_of.get(ids[0], ()) if r.number is not None and r.unit
               and "/" not in r.unit and q.base_unit_of(r.unit)[0] == q.base_unit_of(per)[0]]
        if len(own) == 1:
            base, factor = q.base_unit_of(own[0].unit)
            counts = [q.Amount(own[0].number, own[0].unit, 0, 0, f"{q.tidy(own[0].number)}{own[0].unit}"
                                                                  f"（“{own[0].level3}”）")]
    if len(ids) != 1 or len(counts) != 1:
        return None
    count = counts[0]
    base, factor = q.base_unit_of(count.unit)  # «730万吨»: 7300000 吨
    per = per_said or base
    per_base, per_factor = q.base_unit_of(per)  # «每公里» of «1268公里»: both in 米
    rated = catalog.rates_of(ids[0], per)
    if per_base != base or len(rated) != 1:
        return None
    number, unit = rated[0]
    return (Operand(number=number, unit=unit, written=f"{q.tidy(number)}{unit}/{per}"),
            Operand(number=q.tidy(count.value * factor / per_factor), unit=per, written=count.written), ids)


# «两个局各自最小的项目», «两个部门分别设了多少条»: each department on its own («分别是哪些» lists
# the projects one by one: only after the departments are said)
_EACH_DEPARTMENT = re.compile(r"各自|(?:局|部门|单位|两家|两边)[\u4e00-\u9fff]{0,10}?分别|各部门|各单位|每个局|每个部门|每个单位|"
                              r"每家|各局|各个局|各设|各有|各占|各是")
# «两个单位放一起看»: the departments together
_TOGETHER = re.compile(r"放(?:在)?一起|合(?:在)?一起|一起看|合起来看|混在一起|不分(?:部门|单位|局)")


def _unscoped(r: Reading, unknown: str, span: tuple[int, int]) -> str:
    """The words of a project name no stored project has, when no reader took them; a department
    read as scope in front of them is left out («临漳县农业农村局秸秆综合利用项目»: 秸秆综合利用)."""
    start, end = span
    if not unknown or r.is_free(start, end):
        return unknown
    owners = r.owner[start:end]
    cut = next((k for k, o in enumerate(owners) if o is None), len(owners))
    if cut and all(o == "scope" for o in owners[:cut]) and end - (start + cut) >= 4 \
            and r.is_free(start + cut, end):
        return r.text[start + cut:end]
    return ""


_COUNT_UNIT = q.alternation(u for u in set(q.UNITS + q.PER_UNITS) if re.fullmatch(r"[\u4e00-\u9fff]+", u)
                            and u not in ("万", "亿", "年", "月", "日", "天", "周"))


def _asked_money_unit(text: str) -> str | None:
    """«多少万元», «合计多少元»: answer money in the unit the question names."""
    m = re.search(r"(?:多少|几|合计|总计|共计|相差|差|是|为|换成|折合|折成|换算成|换算为|折算成|折算为|折合成|折合为|"
                  r"转换成|转成|(?:用|以|按)(?=\s*(?:亿元|万元|千元|元)\s*(?:表示|来说|计算|计|算|说|给|回答)))"
                  r"\s*(?:个)?\s*(亿元|万元|千元|元|万|亿)(?!" + _COUNT_UNIT + ")",
                  text)  # «几个亿»: in 亿元 («多少万页», «几万人»: a count, not money)
    # «每页多少钱（元）», «合计多少（单位：万元）»: the unit written in brackets
    m = m or re.search(r"[（(]\s*(?:单位[:：]?\s*)?(亿元|万元|千元|元)\s*[)）]", text)
    if not m:
        return None
    return m.group(1) if m.group(1).endswith("元") else m.group(1) + "元"


_ACTUAL = re.compile(r"实际(?:兑付|支出|拨付|使用|到位|发放|完成|执行|花|用|支付|下达|落实|开支)"
                     r"|实际(?:上)?[\u4e00-\u9fff]{1,4}?了")  # «实际救助了多少人次»: what happened
# «最后验收合格了没有», «资金到位了吗», «完工了没»: an outcome asked, not a target
_DONE = re.compile(r"(?:最后|最终|已经|现在|目前|到底)?(?:验收合格|合格|验收|完成|完工|建成|达标|达到|兑付|兑现|"
                   r"发放|到位|落实|实现|支付|拨付|花完|用完)(?:了)(?:没有|没|吗|么|没有呢)")
_TARGET_WORDS = re.compile(r"目标|指标值|要求|计划|定(?:的|了|为|在)|设(?:的|了|为)")


# «那X呢»: the previous question asked again of X
_SWAPPED = re.compile(r"(?:那|那么|那换成|换成)\s*(?P<x>[\u4e00-\u9fff]{2,20}?)(?:那个|这个|项目)?\s*呢\s*[？?]?")
_LIST_JOIN = re.compile(r"[、和及与]")
_PIECE_STOP = re.compile(r"除了|除去|扣除|不算|以外|之外|这|那|的|[^\u4e00-\u9fff]")


def _unnamed_list_items(r: Reading, mentions, catalog: Catalog) -> tuple[str, ...]:
    """«低保、特困供养、临时救助这三个项目»: a name listed right beside the name of a project that
    names none itself, and that no reader took, is not silently left out of the answer."""
    named_ids = [(m.start, m.end, m.projects) for m in mentions
                 if m.kind in ("name", "code", "amount") and m.projects]
    if not named_ids:
        return ()

    def named(start: int, end: int) -> tuple[int, ...] | None:
        return next((ids for s, e, ids in named_ids if s < end and start < e), None)

    out = []
    for join in _LIST_JOIN.finditer(r.text):
        at = join.start()
        if named(at, at + 1):
            continue  # «…生活补贴和重度残疾人护理补贴»: inside one name
        if (ids := named(at + 1, at + 2)) is not None:  # «低保、特困供养…»: the piece before
            b, a = at, at
            while a > 0 and r.owner[a - 1] is None and not _PIECE_STOP.match(r.text, a - 1):
                a -= 1
        elif (ids := named(at - 1, at)) is not None:  # «…临时救助和孤儿保障»: the piece after
            a, b = at + 1, at + 1
            while b < len(r.text) and r.owner[b] is None and not _PIECE_STOP.match(r.text, b):
                b += 1
        else:
            continue
        piece = r.text[a:b]
        if len(piece) < 2 or not r.is_free(a, b) or _GENERIC_PIECE.fullmatch(piece) or piece in out:
            continue
        if any(set(piece) <= set(catalog.by_id[i].name) for i in ids if i in catalog.by_id):
            continue  # «贫困和重残人员社保代缴»: words of the same name («贫困及重度…»)
        if any(in_order(piece, d) for d in catalog.departments):
            continue  # «魏县的…», «临漳那边»: a place or department
        out.append(piece)
    return tuple(out)


_GENERIC_PIECE = re.compile(r"(?:项目|那个|这个|那笔|这笔|那块|这块|部分|方面|资金|经费|预算|钱)+")


def _without_quotes(r: Reading, text: str) -> str:
    """`text` (the question or its free part, of the same length) with the quoted words blanked."""
    for start, end, _ in quoted(r.text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_BOUND_NOTE = re.compile(r"[（(]?\s*(?:但是|但)?\s*(?:正好|恰好|刚好|等于)?\s*"
                         r"(?P<n>\d+(?:\.\d+)?\s*(?:%|％|万元|万|元)?|百分之[零〇一二两三四五六七八九十百点]+|[一二三四五六七八九]成)\s*"
                         r"(?:本身|这个数|这一档)?\s*(?:的)?\s*"
                         r"(?:(?P<out>不算在内|不算|不计在内|不计|除外|不包括在内|不含)|(?P<in>也算|算在内|也包括在内|包括在内|也包括|也计入))"
                         r"\s*[）)]?")
_LACKING_NOTE = re.compile(r"[（(]?\s*(?:没有?设置?|未设置?|没有?|不设)\s*(?P<k>[\u4e00-\u9fff]{2,8}?)(?:指标)?\s*(?:的)?\s*(?:项目)?\s*"
                           r"(?:不算在内|不算|不计|除外|不考虑|不用管)\s*[）)]?")


def _bound_notes(r: Reading) -> list[tuple[Decimal, bool]]:
    """«满意度低于88%的项目（正好88%的不算）», «不低于90%（90%也算）»: a note on a bound the
    question states says whether the bound itself counts; taken, so it is not read as a
    condition. Returns the bounds the notes make strict (True) or inclusive (False) against
    the words before them («88%以上、但88%本身不算»: more than 88%)."""
    changed = []
    for m in list(r.finditer(_BOUND_NOTE)):
        noted = q.find_amounts(m.group("n"))
        if not noted:
            continue
        for said in q.find_amounts(r.text[:m.start()]):  # «90%», «百分之九十», «九成»
            if said.value != noted[0].value:
                continue
            # the comparator of that bound, from the one comparator table (before it, else after it)
            said_so = q.comparator_before(r.text[:said.start].rstrip()) or \
                q.comparator_after(re.sub(r"^\s*(?:%|％|万元|万|元)?\s*", "", r.text[said.end:m.start()]))
            if said_so is None or said_so[0] not in (q.GE, q.LE, q.GT, q.LT):
                continue
            inclusive, strict = said_so[0] in (q.GE, q.LE), said_so[0] in (q.GT, q.LT)
            r.take(m.start(), m.end(), "filler")
            if m.group("out") and inclusive or m.group("in") and strict:
                changed.append((said.value, bool(m.group("out"))))
            break
    return changed


def _bound_changed(f, number: Decimal, strict: bool):
    """A filter with its comparisons against `number` made strict (≥ → >) or inclusive (> → ≥)."""
    from dataclasses import fields as _fields, is_dataclass

    if isinstance(f, Compare):
        if f.number != number or f.upper is not None:
            return f
        ops = {">=": ">", "<=": "<"} if strict else {">": ">=", "<": "<="}
        return replace(f, op=ops.get(f.op, f.op))
    if isinstance(f, tuple):
        return tuple(_bound_changed(x, number, strict) for x in f)
    if is_dataclass(f) and not isinstance(f, type):
        return replace(f, **{x.name: _bound_changed(getattr(f, x.name), number, strict) for x in _fields(f)
                             if is_dataclass(getattr(f, x.name)) or isinstance(getattr(f, x.name), tuple)})
    return f


def groups_counted(text: str) -> bool:
    """«有几个项目», «多少条指标»: projects or rows are what is counted, not a row's own figure."""
    return bool(re.search(r"(?:多少|几)\s*[个条项]?\s*(?:项目|指标|部门|单位)", text))


_HAD_BEFORE = re.compile(r"(?P<no>没有|没|无|未|不含)?\s*(?:还有|有|含|含有|用了|用到了?|使用了?|安排了?|带有|带了|涉及|包含|动用了?)?\s*$")


def _parts_had(r: Reading, fields: list[Field], logic) -> list[Field]:
    """«有上级补助的项目当中», «没有上年结转的项目»: a part of the budget said to be there (or not)
    before «的项目» is a condition on the projects (more than 0), not the money asked."""
    kept: list[Field] = []
    money = [f for f in fields if f.kind == "money" and ((f.money or "").startswith("part:") or f.money == "other")]
    for i, f in enumerate(money):
        # «有上年结转或者其他资金的项目»: parts joined by «或/和» share the «有» and the «的项目»
        last = i
        while last + 1 < len(money) and re.fullmatch(r"\s*(?:或者|或是|或|以及|和|及|、)\s*",
                                                     r.text[money[last].end:money[last + 1].start]):
            last += 1
        lead = _HAD_BEFORE.search(r.text[:f.start])
        first = i == 0 or not re.fullmatch(r"\s*(?:或者|或是|或|以及|和|及|、)\s*", r.text[money[i - 1].end:f.start])
        if not first or not (f.money or "").startswith("part:") and last == i:
            continue
        if lead and lead.group(0).strip() and re.match(r"\s*(?:的)?\s*(?:项目|那些|那几个|这些)", r.text[money[last].end:]):
            for g in money[i:last + 1]:
                had = Money(g.money, Compare(">", Decimal(0)))
                logic.project.append((g.start, g.end, Not(had) if lead.group("no") else had))
                kept.append(g)
            r.take(lead.start(), f.start, "fact")
    return [f for f in fields if f not in kept]


def _absent_field(r: Reading, part_labels: list[str] | None = None) -> str:
    # words the user quotes are cited as written («依据“上年度完成情况”»), not asked for
    free = _without_quotes(r, r.free)
    for word in (w for label in part_labels or () for w in part_words(label)):
        free = free.replace(word, " " * len(word))  # «上年结转» where a table prints it as a part
    for word in lx.ABSENT_FIELDS:
        if word in free:
            return f"绩效目标表中没有“{word}”这一项"
    kind = _UNKNOWN_BENEFIT.search(free)
    if kind and kind.group(1) + "效益" not in lx.LEVEL2:  # «政治效益指标»: no such kind of row
        known = "、".join(w for w in lx.LEVEL2 if w.endswith("效益"))
        return f"绩效目标表中没有“{kind.group(1)}效益指标”这一类指标（效益指标分{known}等）"
    for word in lx.UNSTORED_FIELDS:
        if word in free:
            return f"所查文件的表头没有写“{word}”，不能按它回答"
    if _CARRIED_OUT_BY.search(free):  # «同一个单位实施的项目», «由哪个单位实施»: the 实施单位
        return "所查文件的表头没有写“实施单位”（或还不能按实施单位分组），不能按它回答"
    actual = _ACTUAL.search(free)
    if actual:  # «实际兑付了多少»: the tables hold targets and budgets, not what was done
        return f"绩效目标表只有目标和预算，没有“{actual.group(0)}”的数"
    done = _DONE.search(_without_quotes(r, r.text))
    if done and not _TARGET_WORDS.search(r.text):  # «验收合格了没有»: whether it happened
        return f"绩效目标表只有年初定的目标和预算，没有记录“{done.group(0)}”这样的执行结果"
    return ""


def _filler_words() -> tuple[str, ...]:
    return lx.FILLER
