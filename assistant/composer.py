"""Compose the answer from a result: one composer per operation. The short answer comes first;
every number in it comes from a cell or from SQL over cells, and every row used is cited."""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import replace
from decimal import Decimal

from assistant import templates as t
from assistant.answer import Answer
from assistant.checks.thresholds import SEVERITY_LABELS
from assistant.citations import (
    citations_of,
    project_codes,
    project_ids_of,
    sources_line,
    table_of,
)
from assistant.describe import MONEY_NAMES, TEXT_NAMES, part_name
from assistant.executor import Item, Result, kept_conditions, plan_month
from assistant.matching import BASIS_WORDS
from assistant.phrases import (
    amount,
    common_value,
    group_rows,
    plain,
    row_fields,
    row_line,
)
from ingest import quantity as q
from store.filters import InScope, Spending

Composed = tuple[str, bool, Decimal | None, str | None]


def compose(question: str, result: Result, understood: str) -> Answer:
    """The answer for a result, with its citations and the plan that produced it."""
    plan = result.plan
    if plan.reason:
        text, found, value, unit = t.NOT_FOUND.format(reason=plan.reason), False, None, None
    elif plan.unread:
        words = "”“".join(plan.unread)
        text = t.DECLINE.format(words=words, understood=f"{understood}，但没有用上这些词。" if understood else "")
        found, value, unit = False, None, None
    elif result.problem:
        text, found, value, unit = t.CANNOT.format(problem=result.problem), False, None, None
    else:
        composer = _COMPOSERS.get(plan.operation.kind, _list)
        text, found, value, unit = composer(result)
        head, per, rest = (unit or "").partition("/")
        if found and value is not None and plan.money_unit and per and head in q.MONEY_UNITS \
                and head != plan.money_unit:  # «每户最多补助多少万元» of «20000元/户»: in the unit asked
            value = q.from_fen(q.to_fen(value, head), plan.money_unit)
            unit = f"{plan.money_unit}/{rest}"
            text += "\n" + t.CONVERTED_RATE.format(value=plain(value), unit=unit)
        elif found and value is not None and plan.money_unit and not per and head in q.MONEY_UNITS \
                and head != plan.money_unit and result.rows and plan.subject == "rows":
            # «每站的建设补助标准是多少元» of a row «≤0.4万元»: in the unit asked
            value = q.from_fen(q.to_fen(value, head), plan.money_unit)
            unit = plan.money_unit
            text += "\n" + t.CONVERTED_RATE.format(value=plain(value), unit=unit)
        if found and value is None and plan.operation.kind == "lookup" and plan.measure.kind == "text" \
                and plan.measure.text in ("use", "goal") and len(result.projects) == 1:
            # «准备采购几架无人机»: the one count the project's own sentence gives for it
            only = result.projects[0]
            value, unit = counted_in_text(question, f"{only.use}。{only.goal}")
        if found and result.left_out:  # rates found beside the amounts added
            text += "\n" + t.LEFT_OUT.format(items="、".join(dict.fromkeys(result.left_out)))
        if found and result.also:  # a second thing asked of the same projects
            text += "\n" + "\n".join(t.LOOKUP_ROW_LINE.format(i=i, name=r.name, code=r.code,
                                                              **row_fields(r))
                                      for i, r in enumerate(result.also, start=1))
    citations = citations_of(result) if found else []
    if found and citations:
        text += sources_line(citations)
    return Answer(
        question=question, text=text, found=found and bool(citations),
        projects=project_codes(result) if found else (), value=value, unit=unit,
        citations=tuple(citations), plan=_record(result), understood=understood,
        table=tuple(table_of(result)) if found else (),
        project_ids=project_ids_of(result) if found else (),
        row_ids=tuple(r.id for r in result.rows) if found else (), typed_plan=plan,
    )


_COUNTERS = ("台套", "架", "台", "辆", "套", "个", "名", "人", "户", "家", "次", "场", "期", "所", "处", "座",
             "块", "条", "本", "册", "项", "批", "株", "棵", "盏", "间", "张", "艘", "部", "支", "队", "门")
_ASKED_COUNT = re.compile(rf"(?:几|多少)\s*({q.alternation(_COUNTERS)})([\u4e00-\u9fff]{{0,8}})")
_ENDINGS = re.compile(r"(?:呢|吗|啊|呀|了|的|用|来|去|进行|开展|参加|参与|购置|采购|购买)+$")


def counted_in_text(question: str, text: str) -> tuple[Decimal | None, str | None]:
    """«几架无人机» against «购置执法无人机2架、便携式快速检测设备4台»: (2, 架) when the text gives
    exactly one count in that counter for the thing asked (or, with no thing named, one count in
    that counter at all); else nothing."""
    asked = _ASKED_COUNT.search(question)
    if not asked:
        return None, None
    counter, thing = asked.group(1), _ENDINGS.sub("", asked.group(2))
    numeral = rf"({q.ARABIC}|{q.CN_NUMBER})"
    found = set()
    for clause in re.split(r"[，。；、,;：:（）()]", text or ""):
        for m in re.finditer(rf"{numeral}\s*{counter}", clause):
            near = clause[max(0, m.start() - 12):m.end() + 8]
            if thing and thing not in near:
                continue
            try:
                found.add(q.number(m.group(1)))
            except ArithmeticError:
                continue
    if len(found) != 1:
        return None, None
    return q.tidy(found.pop()), counter


def _record(result: Result) -> dict:
    plan = result.plan
    return {"operation": plan.operation.kind, "subject": plan.subject,
            "measure": plan.measure.kind, "filter": repr(plan.filter) if plan.filter else None,
            "rows": repr(plan.rows) if plan.rows else None, "unread": list(plan.unread),
            "reason": plan.reason, "sql": result.sql}


# -- per operation --------------------------------------------------------------------------

def _departments(result: Result) -> int:
    return len({p.department for p in result.projects} | {r.department for r in result.rows})


def _scope_words(result: Result) -> str:
    """«（2个部门：A、B）» when an answer spans departments; the department a question named."""
    departments = list(dict.fromkeys([p.department for p in result.projects]
                                     + [r.department for r in result.rows]
                                     + [i.project.department for i in result.items if i.project]))
    if len(departments) > 1:
        return f"（{len(departments)}个部门：{'、'.join(departments)}）"
    if result.plan.scope.departments and departments:
        return f"（{departments[0]}）"
    return ""


def _list(result: Result) -> Composed:
    plan = result.plan
    if plan.subject == "rows":
        return _rows(result)
    if not result.projects:
        return t.NOT_FOUND_MATCH.format(what="项目"), False, None, None
    by_project = group_rows(result.rows) if plan.rows is not None else {}
    lines = []
    field = plan.measure.text if plan.measure.kind == "text" and plan.measure.text in ("use", "goal") else None
    months = sorted({f.month for f in kept_conditions(plan.filter) if isinstance(f, Spending)})
    money = plan.measure.money if plan.measure.kind == "money" else None  # «…的项目，预算多少»
    for i, p in enumerate(result.projects, start=1):
        rows = by_project.get(p.id, [])
        detail = f"：{MONEY_NAMES[money]} {amount(p, money)}" if money else "" if rows else f"：预算数 {amount(p)}"
        if field:  # «…分别是做什么的»: the field asked, for each
            detail += f"；{TEXT_NAMES[field]}：{p.use if field == 'use' else p.goal}"
        for month in months:  # «6月底累计支出计划不足50%的»: the percentage that matched
            pct = _plan_percent(result, p.id, month)
            if pct is not None:
                detail += f"；{month}月底累计支出计划 {plain(pct)}%"
        lines.append(t.PROJECT_LINE.format(i=i, name=p.name, code=p.code, detail=detail))
        lines.extend(row_line(r) for r in rows)
        lines.extend(_use_line(u) for u in result.refs if u.project_id == p.id
                     and (u.indicator_id is None or u.indicator_id not in {r.id for r in rows}))
    text = t.LIST_PROJECTS.format(n=len(result.projects), scope=_scope_words(result),
                                  lines="\n".join(lines))
    value, unit = common_value(result.rows) if result.rows else (None, None)
    if len(result.projects) == 1 and (money or not result.rows):
        only = result.projects[0]
        fen = only.fen(money or "budget")
        asked = plan.money_unit or only.unit
        value, unit = (q.from_fen(fen, asked), asked) if fen is not None else (None, None)
    elif money:  # the money of several projects, each on its line: no one number
        value, unit = None, None
    elif value is None:  # a list of projects: how many
        value, unit = Decimal(len(result.projects)), "个"
    return text, True, value, unit


_HEADER_FIELDS = {"name": "项目名称", "goal": "绩效目标", "use": "资金用途"}


def _use_line(u) -> str:
    """Where a listed project cites a document asked about: a row's basis or a header field."""
    where = f"第{u.row_no}行“{u.level3}”的依据" if u.row_no is not None else \
        f"表头{_HEADER_FIELDS.get(u.field, u.field)}"
    written = "" if u.raw.replace("【", "〔").replace("】", "〕") == u.canonical else f"（原文：{u.raw}）"
    return f"   - {where}引用 {u.canonical}{written}"


def _rows(result: Result) -> Composed:
    if not result.rows:
        return t.NOT_FOUND_MATCH.format(what="指标"), False, None, None
    groups = group_rows(result.rows)
    if len(groups) == 1:
        rows = next(iter(groups.values()))
        text = t.ROWS_OF_PROJECT.format(name=rows[0].name, code=rows[0].code,
                                        lines="\n".join(row_line(r) for r in rows))
    else:
        lines = [t.LOOKUP_ROW_LINE.format(i=i, name=r.name, code=r.code, **row_fields(r))
                 for i, r in enumerate(result.rows, start=1)]
        text = t.LIST_ROWS.format(n=len(result.rows), m=len(groups), lines="\n".join(lines))
    value, unit = common_value(result.rows)
    return text, True, value, unit


def _count(result: Result) -> Composed:
    n = int(result.value or 0)
    if result.per_department:  # «两个部门各设了多少条»: the split first
        noun = "条" if result.plan.subject == "rows" else "个"
        split = "；".join(f"{d} {k} {noun}" for d, k in result.per_department.items())
        return (t.PER_DEPARTMENT.format(lines=split, n=n, noun=noun), True, Decimal(n),
                result.unit)
    if result.plan.subject == "rows":
        text = t.COUNT_ROWS.format(n=n, scope=_scope_words(result),
                                   m=len({r.project_id for r in result.rows}))
        if result.rows:
            few = len(result.rows) <= 12  # a few rows: each is shown, as «分别是什么» wants
            lines = []
            for i, rows in enumerate(group_rows(result.rows).values(), start=1):
                lines.append(t.PROJECT_LINE.format(i=i, name=rows[0].name, code=rows[0].code,
                                                   detail=f"：{len(rows)} 条"))
                lines.extend(row_line(r) for r in rows if few)
            text += "\n" + "\n".join(lines)
        return text, bool(result.rows) or n == 0, Decimal(n), "条"
    text = t.COUNT_PROJECTS.format(n=n, scope=_scope_words(result))
    if result.projects:
        text += "\n" + "\n".join(t.PROJECT_LINE.format(i=i, name=p.name, code=p.code, detail="")
                                 for i, p in enumerate(result.projects, start=1))
    return text, bool(result.projects), Decimal(n), "个"


def _field(result: Result) -> str:
    m = result.plan.measure
    if m.kind == "money":
        return "加".join(MONEY_NAMES.get(part, "预算数") for part in m.money.split("+"))
    if m.kind == "planned":
        return f"{m.month_from}月底到{m.month}月底之间计划支出" if m.month_from else f"{m.month}月底累计计划支出"
    if m.kind == "plan_percent":
        return f"{m.month_from}月底到{m.month}月底之间支出比例" if m.month_from else f"{m.month}月底累计支出比例"
    if m.kind == "value":
        return "指标目标值"
    if m.kind == "count":
        return "指标条数" if m.rows is not None else "项目个数"
    if m.kind == "row_count":
        return "指标条数"
    if m.kind == "part":
        return part_name(m)
    return "预算数"


def _item_line(i: int, item: Item) -> str:
    if item.row is not None:
        r = item.row
        return t.LOOKUP_ROW_LINE.format(i=i, name=r.name, code=r.code, **row_fields(r))
    p = item.project
    return t.PROJECT_LINE.format(i=i, name=p.name, code=p.code,
                                 detail=f"：{plain(item.value)} {item.unit or ''}")


def _sum(result: Result) -> Composed:
    if result.value is None:
        return t.NOT_FOUND_MATCH.format(what="项目"), False, None, None
    noun = "指标" if result.items and result.items[0].row is not None else "项目"
    scope = _scope_words(result)
    text = t.SUM.format(scope=scope.strip("（）") + "，" if scope else "", field=_field(result),
                        value=plain(result.value), unit=result.unit or "", n=len(result.items),
                        noun=noun)
    text += _by_department(result)
    text += "\n" + "\n".join(_item_line(i, item) for i, item in enumerate(result.items, start=1))
    return text, True, result.value, result.unit


def _by_department(result: Result) -> str:
    """«其中：A 12 万元；B 3 万元»: a total split by department, and by year where it spans years."""
    projects = [i.project for i in result.items if i.project is not None]
    years = {p.year for p in projects}
    if _departments(result) < 2 and len(years) < 2:
        return ""
    totals: OrderedDict[str, int] = OrderedDict()
    for item in sorted((i for i in result.items if i.project is not None and i.fen is not None),
                       key=lambda i: (i.project.department, i.project.year or 0)):
        key = item.project.department
        if len(years) > 1:
            key += f" {item.project.year}年" if item.project.year else " 未注明年度"
        totals[key] = totals.get(key, 0) + item.fen
    unit = result.unit or "万元"
    if not totals or unit not in q.FEN_PER_UNIT:
        return ""
    lines = "；".join(f"{d} {plain(q.from_fen(f, unit))} {unit}" for d, f in totals.items())
    return "\n" + t.BY_DEPARTMENT.format(lines=lines)


def _mean(result: Result) -> Composed:
    if result.value is None:
        return t.NOT_FOUND_MATCH.format(what="数值"), False, None, None
    unit = result.unit or ""
    text = t.MEAN.format(field=_field(result), value=plain(result.value), unit=unit,
                         n=len(result.items), total=plain(result.total))
    text += "\n" + "\n".join(_item_line(i, item) for i, item in enumerate(result.items, start=1))
    return text, True, result.value, result.unit


def _extreme(result: Result) -> Composed:
    plan = result.plan
    if not result.items:
        return t.NOT_FOUND_MATCH.format(what="项目"), False, None, None
    which = "最高" if plan.operation.kind == "max" else "最低"
    if plan.measure.kind == "row_count":
        which = "最多" if plan.operation.kind == "max" else "最少"
    field = _field(result)
    if plan.measure.kind == "money" and len(result.items) > 1 and all(i.value == 0 for i in result.items):
        # «其他资金最多的项目» where every project has none: no project is picked
        return t.ALL_ZERO.format(field=field, n=len(result.items)), False, None, None
    if plan.operation.n and len(result.items) > 1:
        lines = "\n".join(_item_line(i, item) for i, item in enumerate(result.items, start=1))
        return t.TOP_N.format(field=field, which=which, n=len(result.items), lines=lines), True, None, None
    lines = []
    for item in result.items:
        who = item.row or item.project
        lines.append(t.EXTREME.format(field=field, which=which, name=who.name, code=who.code,
                                      value=plain(item.value), unit=item.unit or ""))
        if item.row is not None:
            lines.append(row_line(item.row))
    return "\n".join(lines), True, result.value, result.unit


def _rank(result: Result) -> Composed:
    if not result.items:
        return t.NOT_FOUND_MATCH.format(what="项目"), False, None, None
    n = result.plan.operation.n or 1
    place = f"第{n}" if n > 0 else f"倒数第{-n}"
    lines = [t.RANK.format(field=_field(result), place=place, name=i.project.name,
                           code=i.project.code, value=plain(i.value), unit=i.unit or "")
             for i in result.items if i.project]
    return "\n".join(lines), True, result.value, result.unit


def _place(result: Result) -> Composed:
    if result.value is None:
        return t.NOT_FOUND_MATCH.format(what="项目"), False, None, None
    order = "从低到高" if (result.plan.operation.n or 1) < 0 else "从高到低"
    lines = [t.PLACE.format(name=i.project.name, code=i.project.code, field=_field(result),
                            value=plain(i.value), unit=i.unit or "", n=int(result.total), order=order,
                            place=int(result.value) if k == 0 else "")
             for k, i in enumerate(result.items)]
    return "\n".join(lines), True, result.value, result.unit


def _share(result: Result) -> Composed:
    if result.value is None:
        return t.NOT_FOUND_MATCH.format(what="项目"), False, None, None
    if result.plan.measure.kind == "count":  # «占全部项目个数的百分之几»
        text = t.SHARE_COUNT.format(value=plain(result.value), part=len(result.items), whole=plain(result.total))
        text += "\n" + "\n".join(f"{i}. {item.project.name}（{item.project.code}）"
                                  for i, item in enumerate(result.items, start=1) if item.project)
        return text, True, result.value, "%"
    part = sum((i.fen or 0) for i in result.items)
    unit = result.plan.money_unit or (result.items[0].unit if result.items else "万元") or "万元"
    whole_words = "全部项目合计" if result.plan.operation.whole_measure is None or result.plan.operation.whole is not None \
        else "同一批项目"
    text = t.SHARE.format(value=plain(result.value), part=plain(q.from_fen(part, unit)),
                          whole=plain(result.total), unit=unit, whole_words=whole_words)
    text += "\n" + "\n".join(_item_line(i, item) for i, item in enumerate(result.items, start=1))
    return text, True, result.value, "%"


def _two(result: Result) -> Composed:
    if result.value is None:
        return t.NOT_FOUND_MATCH.format(what="可比较的两个值"), False, None, None
    sides = result.sides or [[i] for i in result.items]
    described = []
    filters = result.plan.operation.sides
    by_department = len(filters) >= 2 and all(isinstance(f, InScope) and f.departments for f in filters)
    for n, side in enumerate(sides[:2]):
        names = "、".join(dict.fromkeys((i.row or i.project).name for i in side))
        if by_department or (n < len(filters) and isinstance(filters[n], InScope) and filters[n].departments):
            # «教育局比卫健局多多少», «体育局全部项目比社会保障工作经费多多少»: a side is a department
            rows = all(i.project is None for i in side)  # «质量指标多几条»: rows were counted
            names = "、".join(filters[n].departments) + ("" if rows else f"（{len(side)} 个项目）")
        unit = side[0].unit or ""
        if all(i.fen is not None for i in side) and (len(side) > 1 or unit != result.unit):
            # money in mixed units (or in another than the answer's): in 分, shown in the answer's unit
            unit = result.unit if result.unit in q.FEN_PER_UNIT else (result.plan.money_unit or "万元")
            total = q.from_fen(sum(i.fen for i in side), unit)
        else:
            total = sum((i.value for i in side), Decimal(0))
        if result.plan.operation.each == "mean" and side:  # each side's mean, as compared
            total = q.tidy((total / len(side)).quantize(Decimal("0.0001")))
            names += "平均每个项目"
        described.append((t.SIDE.format(names=names, value=plain(total), unit=unit),
                          q.to_fen(total, unit) if unit in q.FEN_PER_UNIT else total))
    (a, first), (b, second) = described
    op = result.plan.operation
    if op.kind == "difference" and not op.signed and first < second:
        a, b = b, a  # «哪个大，大多少»: the larger first, as the difference is taken
    # «最大的项目比最小的多多少» (spread) is a difference too
    template = t.RATIO if op.kind == "ratio" else t.DIFFERENCE
    text = template.format(value=plain(result.value), unit=result.unit or "", a=a, b=b)
    items = [i for side in sides for i in side]
    text += "\n" + "\n".join(_item_line(n, item) for n, item in enumerate(items, start=1))
    return text, True, result.value, result.unit


def _gap(result: Result) -> Composed:
    """«各高出多少，加起来一共多少»: each project's row over its money, then the total."""
    if not result.items:
        return t.NOT_FOUND_MATCH.format(what="高出的项目"), False, None, None
    field = MONEY_NAMES.get(result.plan.operation.query or "budget", "预算数")
    lines = [f"共 {len(result.items)} 个项目的指标金额高于{field}，合计高出 {plain(result.value)} {result.unit}："]
    for n, item in enumerate(result.items, start=1):
        p, row = item.project, item.row
        lines.append(f"{n}. {p.name}（{p.code}）：“{row.level3}”{row.value_raw}，{field} "
                     f"{amount(p, result.plan.operation.query or 'budget')}，高出 {plain(item.value)} {item.unit}")
    return "\n".join(lines), True, result.value, result.unit


def _divide(result: Result) -> Composed:
    operand = result.plan.operation.operand
    numbers = result.plan.operation.numbers
    if numbers and result.value is not None:
        a, b = numbers
        text = t.DIVIDE_NUMBERS.format(value=plain(result.value), per=result.unit,
                                       a=f"{plain(a.number)} {a.unit}", b=f"{plain(b.number)} {b.unit}")
        return text, True, result.value, result.unit
    if result.value is None or operand is None:
        return t.NOT_FOUND_MATCH.format(what="可计算的数值"), False, None, None
    per = result.plan.operation.query or "人"
    if operand.number and operand.unit in q.FEN_PER_UNIT:  # «每人67元，够多少人»
        money = result.items[0].unit if result.items else ""
        text = t.DIVIDE_COUNT.format(value=plain(result.value), per=per,
                                     total=f"{plain(result.total)} {money or ''}",
                                     cost=f"{plain(operand.number)} {operand.unit}")
        text += "\n" + "\n".join(_item_line(i, item) for i, item in enumerate(result.items, start=1))
        return text, True, result.value, per
    if result.divisor is not None:
        if per in ("个", "项", "份") and result.divisor.unit:  # «每个培育对象»: per 人, the row's unit
            per = result.divisor.unit
        divisor = f"{plain(result.divisor.value)} {result.divisor.unit or per}"
    else:
        divisor = f"{plain(operand.number)} {operand.unit or per}"
    text = t.DIVIDE.format(per=per, value=plain(result.value), unit=f"{result.unit or ''}/{per}",
                           total=f"{plain(result.total)} {result.unit or ''}", divisor=divisor)
    text += "\n" + "\n".join(_item_line(i, item) for i, item in enumerate(result.items, start=1))
    if result.divisor is not None and result.divisor.row is not None:
        text += "\n" + row_line(result.divisor.row)
    return text, True, result.value, result.unit


def _multiply(result: Result) -> Composed:
    operand = result.plan.operation.operand
    if result.value is None or operand is None:
        return t.NOT_FOUND_MATCH.format(what="可计算的数值"), False, None, None
    text = t.MULTIPLY.format(value=plain(result.value), unit=result.unit or "",
                             total=plain(result.total), factor=plain(operand.number))
    text += "\n" + "\n".join(_item_line(i, item) for i, item in enumerate(result.items, start=1))
    return text, True, result.value, result.unit


def _product(result: Result) -> Composed:
    rate, count = result.plan.operation.numbers
    if result.value is None:
        return t.NOT_FOUND_MATCH.format(what="可计算的数值"), False, None, None
    text = t.PRODUCT.format(value=plain(result.value), unit=result.unit, rate=f"{plain(rate.number)} {rate.unit}",
                            count=f"{plain(count.number)} {count.unit}")
    if result.rows:
        text += "\n" + "\n".join(t.LOOKUP_ROW_LINE.format(i=i, name=r.name, code=r.code, **row_fields(r))
                                  for i, r in enumerate(result.rows, start=1))
    return text, True, result.value, result.unit


def _add(result: Result) -> Composed:
    operand = result.plan.operation.operand
    if result.value is None or operand is None:
        return t.NOT_FOUND_MATCH.format(what="可计算的金额"), False, None, None
    sign = "+" if operand.number >= 0 else "−"
    text = t.ADD.format(value=plain(result.value), unit=result.unit or "", total=plain(result.total),
                        sign=sign, amount=f"{plain(abs(operand.number))} {operand.unit}")
    text += "\n" + "\n".join(_item_line(i, item) for i, item in enumerate(result.items, start=1))
    return text, True, result.value, result.unit


def _lookup(result: Result) -> Composed:
    plan = result.plan
    if plan.measure.kind == "rate":
        return _rate(result)
    if not result.projects:
        return t.NOT_FOUND_MATCH.format(what="项目"), False, None, None
    m = plan.measure
    lines, value, unit = [], None, None
    for p in result.projects:
        if m.kind == "money":
            shown = amount(p, m.money)
            # no unit asked: 万元, as every total is given (a table in 元 shows its cell beside it)
            asked = plan.money_unit or ("万元" if p.unit == "元" else p.unit)
            fen = p.fen(m.money)
            converted = _converted(p, fen, asked)
            lines.append(t.FIELD_MONEY.format(name=p.name, code=p.code, field=MONEY_NAMES[m.money],
                                              value=_bare(shown, p.unit), unit=p.unit,
                                              converted=converted)
                         + (t.DERIVED if p.derived(m.money) else ""))
            if len(result.projects) == 1 and fen is not None:
                value, unit = q.from_fen(fen, asked), asked
            for other in plan.also_money:  # «财政拨款和其他资金又各是多少»: each, from its cell
                lines.append(t.FIELD_MONEY.format(name=p.name, code=p.code, field=MONEY_NAMES[other],
                                                  value=_bare(amount(p, other), p.unit),
                                                  unit=p.unit, converted="")
                             + (t.DERIVED if p.derived(other) else ""))
        elif m.kind in ("planned", "plan_percent"):
            item = next(i for i in result.items if i.project and i.project.id == p.id)
            month = plan_month(result.plans.get(p.id, ()), m.month or 12, m.quarter)
            if month != (m.month or 12):  # «三季度末» of a plan whose third column is 10月底
                m = replace(m, month=month)
                quarter_note = t.PLAN_QUARTER_COLUMN.format(month=month)
            else:
                quarter_note = ""
            percent = _plan_percent(result, p.id, m.month or 12)
            if percent is None:  # «耕地地力补贴3月底要支出到多少»: no plan in the table
                lines.append(t.NO_PLAN.format(name=p.name, code=p.code))
                continue
            extra = ""
            notes = _column_note(result, p.id, m.month) + (_column_note(result, p.id, m.month_from)
                                                            if m.month_from else "")
            if m.month_from and notes:  # «三季度» of a plan without a 9月底 column: not known
                missing = next(x for x in (m.month_from, m.month) if _column_note(result, p.id, x))
                lines.append(t.PLAN_SPAN_UNKNOWN.format(name=p.name, code=p.code, month=missing))
                continue
            # «7月到10月»: what the plan adds between two month ends
            before = (_plan_percent(result, p.id, m.month_from) or 0) if m.month_from else None
            share = percent - (before or 0)
            if m.kind == "planned" and item.value is not None:
                extra = t.PLAN_AMOUNT.format(value=plain(item.value), unit=p.unit,
                                             budget=plain(p.budget), percent=plain(share))
            if before is not None:
                lines.append(t.PLAN_BETWEEN.format(name=p.name, code=p.code, month_from=m.month_from,
                                                   month=m.month, before=plain(before), after=plain(percent),
                                                   percent=plain(share), amount=extra) + notes)
            else:
                lines.append(t.PLAN_AT.format(name=p.name, code=p.code, month=m.month,
                                              percent=plain(percent), amount=extra) + notes + quarter_note)
            percent = share
            if len(result.projects) == 1:
                value, unit = (item.value, p.unit) if m.kind == "planned" else (percent, "%")
                if m.kind == "planned" and plan.money_unit and item.fen is not None:
                    value, unit = q.from_fen(item.fen, plan.money_unit), plan.money_unit
        elif m.text == "plan":
            points = "，".join(f"{s.period} {plain(s.percent)}%" if s.percent is not None
                              else f"{s.period} —" for s in result.plans.get(p.id, ()))
            lines.append(t.FIELD_PLAN.format(name=p.name, code=p.code, value=points or "表中未填"))
        elif m.text == "refs":
            refs = sorted({u.canonical for u in result.refs if u.project_id == p.id})
            lines.append(t.FIELD_TEXT.format(name=p.name, code=p.code, field="依据文件",
                                             value="、".join(refs) or "表中未引用文件"))
            bases = list(dict.fromkeys(r.basis for r in result.rows if r.project_id == p.id and r.basis))
            if bases:
                lines.append(t.BASES.format(value="；".join(bases)))
        elif m.text == "department":
            lines.append(t.DEPARTMENT_OF.format(name=p.name, code=p.code, department=p.department,
                                                budget=amount(p)))
            if len(result.projects) == 1:
                value, unit = p.budget, p.unit
        elif (m.text or "").startswith("attribute:"):  # «项目期限», «项目属性»: as the header prints it
            for label in m.text.split(":", 1)[1].split("、"):
                printed = "；".join(v for key, v in p.attributes if key == label)
                lines.append(t.FIELD_TEXT.format(name=p.name, code=p.code, field=label, value=printed or t.UNWRITTEN))
        elif m.text == "implementer" and not p.implementer:  # the table prints none
            lines.append(t.FIELD_TEXT.format(name=p.name, code=p.code, field="实施单位", value=t.UNWRITTEN))
        elif m.text == "implementer":  # with the amount, as the department's line has it
            asked = plan.money_unit or p.unit
            lines.append(t.FIELD_TEXT.format(name=p.name, code=p.code, field="实施单位", value=(
                f"{p.implementer or '表中未写'}；预算数 {amount(p)}{_converted(p, p.budget_fen, asked)}")))
            if len(result.projects) == 1 and p.budget_fen is not None:
                value, unit = q.from_fen(p.budget_fen, asked), asked
        elif m.text in ("use", "goal", "code"):
            text = {"use": p.use, "goal": p.goal, "code": p.code}[m.text]
            lines.append(t.FIELD_TEXT.format(name=p.name, code=p.code, field=TEXT_NAMES[m.text],
                                             value=text))
            if m.text == "use" and p.goal:
                lines.append(t.FIELD_TEXT.format(name=p.name, code=p.code, field="绩效目标", value=p.goal))
        else:
            lines.append(t.SUMMARY.format(code=p.code, name=p.name, budget=plain(p.budget),
                                          unit=p.unit, use=p.use))
            if len(result.projects) == 1:
                value, unit = p.budget, p.unit
    if all(line.endswith((t.NO_PLAN_TAIL, t.SPAN_UNKNOWN_TAIL, t.UNWRITTEN)) for line in lines):
        # «…的项目负责人是谁» of a table that prints none: nothing found, said so
        return t.NOT_FOUND.format(reason="；".join(lines).rstrip("。")), False, None, None
    return "\n".join(lines), True, value, unit


def _converted(p, fen: int | None, asked: str) -> str:
    """«（即 45.8 万元）»: an amount of a project in the unit asked, when its table uses another."""
    if fen is None or asked == p.unit:
        return ""
    return t.CONVERTED.format(value=plain(q.from_fen(fen, asked)), unit=asked)


def _rate(result: Result) -> Composed:
    if result.rows:
        return _rows(result)
    if not result.clauses:
        return t.NOT_FOUND_MATCH.format(what="标准"), False, None, None
    # the whole sentence the standard stands in («…每亩60元，通过“一卡通”直接发放到户»)
    lines = [t.FIELD_TEXT.format(name=p.name, code=p.code, field=TEXT_NAMES[name],
                                 value=_sentence_of(getattr(p, "use" if name == "use" else "goal") or clause, clause))
             for p, name, clause in result.clauses]
    return "\n".join(lines), True, result.value, result.unit


def _bare(shown: str, unit: str) -> str:
    """«0 万元（表中未列…）» → «0»: the figure of `phrases.amount`, its unit and notes left off
    (the sentence says them)."""
    return shown.split(f" {unit}")[0]


def _sentence_of(text: str, clause: str) -> str:
    """The sentence of `text` that holds `clause` (the clause itself when it is not found)."""
    for sentence in re.split(r"(?<=[。；;！!？?])", text):
        if clause in sentence:
            return sentence.strip()
    return clause


def _column_note(result: Result, project_id: int, month: int) -> str:
    """«表中支出计划没有9月底一栏…» when the month asked is not one of the plan's columns."""
    points = [s for s in result.plans.get(project_id, ()) if s.percent is not None]
    if not points or any(s.month == month for s in points):
        return ""
    used = [s for s in points if s.month < month]
    if used and used[-1].percent >= 100:
        return ""  # all spent by then: a later column left blank stays at 100%
    return t.PLAN_NO_COLUMN.format(month=month, used=used[-1].month) if used else ""


def _plan_percent(result: Result, project_id: int, month: int):
    from ingest.consistency import cumulative_percent

    return cumulative_percent(result.plans.get(project_id, ()), month)


def _check(result: Result) -> Composed:
    """Yes or no first, then each row (or project) with whether it meets the condition."""
    wanted = result.plan.operation.query
    if result.plan.subject == "rows":
        if not result.rows:
            return t.NOT_FOUND_MATCH.format(what="指标"), False, None, None
        met = [r for r in result.rows if r.id in result.meeting]
        lines = [t.CHECK_LINE.format(name=r.name, code=r.code,
                                     verdict=t.MEETS if r.id in result.meeting else t.MISSES,
                                     wanted=wanted, **row_fields(r)) for r in result.rows]
        value, unit = common_value(result.rows)
    else:
        if not result.projects:
            return t.NOT_FOUND_MATCH.format(what="项目"), False, None, None
        met = [p for p in result.projects if p.id in result.meeting]
        lines = [t.CHECK_PROJECT.format(name=p.name, code=p.code, budget=amount(p),
                                        verdict=t.MEETS if p.id in result.meeting else t.MISSES,
                                        wanted=wanted) for p in result.projects]
        value, unit = (result.projects[0].budget, result.projects[0].unit) \
            if len(result.projects) == 1 else (None, None)
    verdict = t.YES if len(met) == len(lines) else (t.NO if not met else t.PARTLY)
    return verdict + "\n" + "\n".join(lines), True, value, unit


def _structure(result: Result) -> Composed:
    if not result.structure:
        return t.NOT_FOUND_MATCH.format(what="指标"), False, None, None
    lines = [t.STRUCTURE_LINE.format(i=i, name=b or a, rows=n)
             for i, (a, b, n) in enumerate(result.structure, start=1)]
    return t.STRUCTURE.format(n=len(lines), lines="\n".join(lines)), True, Decimal(len(lines)), "类"


def _prose(result: Result) -> Composed:
    if result.rows:
        return _rows(result)
    if not result.passages:
        return t.NOT_FOUND_PASSAGE, False, None, None
    groups: OrderedDict[tuple[str, ...], list[str]] = OrderedDict()
    for p in result.passages:  # paragraphs under one heading are shown under it once
        groups.setdefault(p.path, []).append(p.text)
    text = "\n\n".join(t.PASSAGE.format(path=" › ".join(path), text="\n".join(texts))
                       for path, texts in groups.items())
    return text, True, result.value, result.unit  # a number the paragraph gives, when asked


def _issues(result: Result) -> Composed:
    if not result.findings:
        if result.rows or result.projects:
            text, found, value, unit = _list(result)
            if not result.plan.operation.consistent:  # «…对得上吗» of named projects: yes, and their figures
                text = t.NO_ISSUES.format(rule="需要核对的") + "\n" + text
            if result.plan.operation.query == "row":
                value, unit = result.value, result.unit
            return text, found, value, unit
        return t.NO_ISSUES.format(rule=""), False, None, None
    lines = []
    for i, f in enumerate(result.findings, start=1):
        lines.append(t.ISSUE_LINE.format(i=i, severity=SEVERITY_LABELS.get(f.severity, f.severity),
                                         name=f.project_name, code=f.project_code, where=f.where,
                                         title=f.title, message=f.message))
    return t.ISSUES.format(n=len(result.findings), lines="\n".join(lines)), True, result.value, result.unit


def _refs(result: Result) -> Composed:
    if not result.refs:
        return t.NOT_FOUND.format(reason="库中的表格没有引用文件"), False, None, None
    # Counted as the 依据文件 page counts: projects, distinct indicator rows, header fields.
    counts: OrderedDict[str, tuple[set, set, set]] = OrderedDict()
    for u in result.refs:
        projects, rows, fields = counts.setdefault(u.canonical, (set(), set(), set()))
        projects.add(u.project_id)
        if u.indicator_id is not None:
            rows.add(u.indicator_id)
        else:
            fields.add((u.project_id, u.field))
    lines = [t.REF_INDEX_LINE.format(i=i, canonical=c, n_projects=len(p), n_rows=len(rows),
                                     fields=t.REF_FIELDS.format(n=len(f)) if f else "")
             for i, (c, (p, rows, f)) in enumerate(counts.items(), start=1)]
    return t.REF_INDEX.format(n=len(lines), lines="\n".join(lines)), True, None, None


def _moved(delta: Decimal, unit: str | None, before: Decimal | None = None) -> str:
    if delta == 0:
        return "持平"
    word = "增加" if delta > 0 else "减少"
    percent = ""
    if before:
        share = (abs(delta) * 100 / abs(before)).quantize(Decimal("0.01"))
        percent = f"（{'+' if delta > 0 else '−'}{plain(share)}%）"
    return f"{word} {plain(abs(delta))} {unit or ''}{percent}".replace("  ", " ")


def _change(result: Result) -> Composed:
    """One year against the other: totals, the items that went up or down, new and ended ones."""
    plan = result.plan
    op = plan.operation
    notes = "；".join(dict.fromkeys(result.notes))
    if not result.totals and not result.changes:
        if notes:
            return t.NOT_FOUND.format(reason=notes), False, None, None
        if result.unchanged:  # «…调低了吗»: no; what was compared, as it stands
            dates = all(c.unit == "天" for c in result.unchanged)
            way = {"up": "推迟" if dates else "上调" if plan.subject == "rows" else "增加",
                   "down": "提前" if dates else "下调" if plan.subject == "rows" else "减少"
                   }.get(op.direction, "变化")
            lines = [_change_line(i, c, plan.subject == "rows", _field(result))
                     for i, c in enumerate(result.unchanged, start=1)]
            text = t.YEAR_NO.format(scope=_change_scope(result), way=way, n=len(lines),
                                    noun="条指标" if plan.subject == "rows" else "个项目",
                                    lines="\n".join(lines))
            result.rows = [x for c in result.unchanged for x in (c.row_after, c.row_before) if x]
            result.projects = [x for c in result.unchanged for x in (c.later, c.earlier) if x]
            return text, True, Decimal(0), None
        what = {"new": "新增的项目", "ended": "不再列出的项目", "new_rows": "新增的指标",
                "ended_rows": "取消的指标"}.get(op.change) or (
            "目标值" + {"up": "上调", "down": "下调", "same": "没有变化"}.get(op.direction, "有变化") + "的指标"
            if plan.subject == "rows" else
            _field(result) + {"up": "增加", "down": "减少", "same": "与上年持平"}.get(op.direction, "有变化") + "的项目")
        value = Decimal(0) if op.tally else None  # «新增了几个»: none is a count too
        return t.YEAR_NONE.format(what=what, scope=_change_scope(result)), False, value, \
            ("个" if op.tally else None)
    lines: list[str] = []
    if result.totals and op.n and len(result.totals) == 1:  # «哪个部门增幅大»
        best = result.totals[0]
        way = "增幅" if op.percent else "增加"
        lines.append(f"{way}较{'大' if op.n > 0 else '小'}的是{best.department}。")
    if result.totals:
        field = _field(result)
        for total in result.totals:
            if plan.measure.kind == "count":  # «项目比上年多几个»: counts, not money
                lines.append(t.YEAR_COUNT.format(
                    department=total.department, year=total.year, reference=total.reference, field=field,
                    after=plain(total.after), before=plain(total.before), unit=total.unit,
                    moved=_moved(total.after - total.before, total.unit)))
                continue
            lines.append(t.YEAR_TOTAL.format(
                department=total.department, year=total.year, reference=total.reference,
                field=field, after=plain(total.after), before=plain(total.before), unit=total.unit,
                n_after=total.n_after, n_before=total.n_before,
                moved=_moved(total.after - total.before, total.unit, total.before)))
        if len(result.totals) > 1 and len({t_.unit for t_ in result.totals}) == 1:
            after = sum((t_.after for t_ in result.totals), Decimal(0))
            before = sum((t_.before for t_ in result.totals), Decimal(0))
            years = "、".join(dict.fromkeys(f"{t_.year}年" for t_ in result.totals))
            lines.append(t.YEAR_TOTALS.format(n=len(result.totals), year_words=years + " ",
                                              after=plain(after), before=plain(before),
                                              unit=result.totals[0].unit,
                                              moved=_moved(after - before, result.totals[0].unit, before)))
    scope = _change_scope(result)
    way = {"up": "增加", "down": "减少", "same": "持平"}.get(op.direction, "有变化")
    if result.changes:
        items = [_change_line(i, c, plan.subject == "rows", _field(result))
                 for i, c in enumerate(result.changes, start=1)]
        n = len(result.changes)
        if op.n and len(result.changes) == 1:  # «增长最多的»
            c = result.changes[0]
            lead = "增加" if (c.delta or 0) >= 0 else "减少"  # the way the one change went
            which = "最多" if op.n > 0 else "最少"
            lines.append(f"{scope}{_field(result) if plan.subject != 'rows' else '目标值'}{lead}{which}的是："
                         + items[0][3:])
        elif op.change == "new+ended":
            new = [c for c in result.changes if c.earlier is None]
            gone = [c for c in result.changes if c.later is None]
            field = _field(result)
            lines.append(t.YEAR_NEW.format(scope=scope, n=len(new), lines="\n".join(
                _change_line(i, c, False, field) for i, c in enumerate(new, start=1)) or "（无）"))
            lines.append(t.YEAR_ENDED.format(scope=scope, n=len(gone), lines="\n".join(
                _change_line(i, c, False, field) for i, c in enumerate(gone, start=1)) or "（无）"))
        elif op.change == "new":
            lines.append(t.YEAR_NEW.format(scope=scope, n=n, lines="\n".join(items)))
        elif op.change == "kept":
            lines.append(t.YEAR_KEPT.format(scope=scope, n=n, lines="\n".join(items)))
        elif op.change == "ended":
            lines.append(t.YEAR_ENDED.format(scope=scope, n=n, lines="\n".join(items)))
        elif plan.subject == "rows":
            dates = all(c.unit == "天" for c in result.changes)
            rows_way = {"up": "推迟" if dates else "上调", "down": "提前" if dates else "下调",
                        "same": "没有变化"}.get(op.direction, "有变化")
            if op.change in ("new_rows", "ended_rows"):
                said = "新增" if op.change == "new_rows" else "取消（上一年有、当年没有）"
                lines.append(t.YEAR_ROWS_SET.format(scope=scope, way=said, n=n, lines="\n".join(items)))
            else:
                lines.append(t.YEAR_ROWS.format(scope=scope, way=rows_way, n=n, lines="\n".join(items)))
        elif op.change == "amount":
            c = result.changes[0]
            if len(result.changes) == 1 and c.delta is not None and c.later and c.earlier:
                lines.append(f"{c.later.name}：{c.later.year}年比{c.earlier.year}年"
                             f"{_moved(c.delta, c.unit, c.before)}。")
            if len(result.changes) > 1 and result.value is not None:
                before = sum((c.before or 0 for c in result.changes), Decimal(0))
                after = sum((c.after or 0 for c in result.changes), Decimal(0))
                lines.append(f"{scope}{len(result.changes)} 个项目合计：上一年 {plain(before)} → "
                             f"{plain(after)} {result.changes[0].unit}，{_moved(after - before, result.changes[0].unit, before)}。")
            lines.extend(items)
        else:
            lines.append(t.YEAR_ITEMS.format(scope=scope, field=_field(result), way=way, n=n,
                                             lines="\n".join(items)))
        if op.total and op.change in ("new", "ended") and result.value is not None:
            lines.append(f"合计 {plain(result.value)} {result.unit}。")  # «新增了哪些？预算合计多少»
    if notes:
        lines.append(notes + "。")
    if op.yes_no and result.changes:  # «…提前了吗»: yes, these
        lines.insert(0, "是。")
    return "\n".join(lines), True, result.value, result.unit


def _adjusted(delta: Decimal, unit: str | None) -> str:
    """A target's change: «下调 1 个百分点», «上调 11 次»."""
    if delta == 0:
        return "未变"
    if unit == "天":  # a deadline
        return f"{'推迟' if delta > 0 else '提前'} {plain(abs(delta))} 天"
    unit = "个百分点" if unit == "%" else (unit or "")
    return f"{'上调' if delta > 0 else '下调'} {plain(abs(delta))} {unit}".rstrip()


def _change_scope(result: Result) -> str:
    """«魏县教育局 2024年与2023年相比，»: the departments and years compared."""
    pairs = list(dict.fromkeys((year, reference) for _, year, reference in result.compared))
    departments = list(dict.fromkeys(d for d, _, _ in result.compared))
    years = f"{pairs[0][0]}年与{pairs[0][1]}年相比" if len(pairs) == 1 else "各自最新年度与上一年相比"
    return f"{'、'.join(departments)} {years}，"


def _change_line(i: int, c, rows: bool, field: str) -> str:
    basis = t.YEAR_MATCHED.format(basis=BASIS_WORDS[c.basis]) if c.basis in BASIS_WORDS else ""
    later, earlier = c.later, c.earlier
    if rows and (c.row_after is None) != (c.row_before is None):  # a row one year has, the other not
        if c.row_after is not None:
            detail = f"：{later.year}年新增指标“{c.row_after.level3}”（{c.row_after.value_raw}）"
        else:
            detail = (f"：{earlier.year}年的指标“{c.row_before.level3}”（{c.row_before.value_raw}），"
                      f"{later.year}年没有对应的指标")
        p = later or earlier
        return t.PROJECT_LINE.format(i=i, name=p.name, code=p.code, detail=detail)
    if rows and c.row_after is not None:
        a, b = c.row_after, c.row_before
        moved = "" if c.delta is None else "，" + _adjusted(c.delta, c.unit)
        return t.YEAR_ROW_LINE.format(i=i, name=later.name, code=later.code, level3=a.level3,
                                      reference=earlier.year, before=b.value_raw, year=later.year,
                                      after=a.value_raw, moved=moved, basis=basis)
    if c.delta is None and c.before is None and later is not None and earlier is not None:  # kept
        return t.YEAR_CHANGE_LINE.format(
            i=i, name=later.name, code=later.code, reference=earlier.year,
            before=plain(q.from_fen(earlier.fen("budget"), c.unit or earlier.unit)), year=later.year,
            after=plain(q.from_fen(later.fen("budget"), c.unit or later.unit)), unit=c.unit or later.unit,
            moved=_moved(q.from_fen(later.fen("budget") or 0, later.unit)
                         - q.from_fen(earlier.fen("budget") or 0, earlier.unit), later.unit), basis=basis)
    if later is None or earlier is None:  # new or ended
        p = later or earlier
        value = c.after if later is not None else c.before
        return t.PROJECT_LINE.format(i=i, name=p.name, code=p.code,
                                     detail=f"：{p.year}年{field} {plain(value)} {c.unit}")
    return t.YEAR_CHANGE_LINE.format(i=i, name=later.name, code=later.code, reference=earlier.year,
                                     before=plain(c.before), year=later.year, after=plain(c.after),
                                     unit=c.unit, moved=_moved(c.delta, c.unit, c.before), basis=basis)


_COMPOSERS = {
    "list": _list, "count": _count, "sum": _sum, "mean": _mean, "max": _extreme, "min": _extreme,
    "rank": _rank, "place": _place, "share": _share, "difference": _two, "ratio": _two, "spread": _two, "gap": _gap, "divide": _divide,
    "multiply": _multiply, "add": _add, "product": _product, "lookup": _lookup, "check": _check, "structure": _structure,
    "prose": _prose, "rows": _rows, "issues": _issues, "refs": _refs, "change": _change,
}
