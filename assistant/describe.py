"""Say what was understood: a plan rendered in Chinese («理解为：…»), from the plan itself, never
copied from the question, so a reader can see which conditions and operation were applied."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from assistant.plan import Measure, Plan
from ingest import quantity as q
from store.filters import (
    AllOf,
    AnyOf,
    Attribute,
    Cites,
    Compare,
    Filter,
    HasOther,
    HasPlan,
    HasRow,
    Implementer,
    InScope,
    Money,
    MoneyShare,
    MoneyUnit,
    NameHas,
    Not,
    ProjectIds,
    RowAgainstMoney,
    RowBasis,
    RowCites,
    RowCount,
    RowDeadline,
    RowIds,
    RowKind,
    RowPer,
    RowUnit,
    RowValue,
    RowValueText,
    RowWritten,
    SameMoney,
    Spending,
    SpendingBlank,
)

class _MoneyNames(dict):
    """Money fields in words; a printed part of the budget («part:上级补助») by its own label."""

    def __missing__(self, key: str) -> str:
        if isinstance(key, str) and key.startswith("part:"):
            return key.removeprefix("part:")
        if isinstance(key, str) and "+" in key:  # «fiscal+other»: two fields added
            return "加".join(self[part] for part in key.split("+"))
        raise KeyError(key)

    def get(self, key, default=None):
        known = key in self or (isinstance(key, str) and (key.startswith("part:") or "+" in key))
        return self[key] if known else default


def is_budget_part(money: str | None) -> bool:
    """A money field that is a part of the budget: 财政资金, 其他资金, or a part printed under its own
    name (本级财政, 上级补助 …)."""
    return money in ("fiscal", "other") or bool(money and money.startswith("part:"))


MONEY_NAMES = _MoneyNames({"budget": "预算数", "fiscal": "财政资金", "other": "其他资金"})
TEXT_NAMES = {"use": "资金用途", "goal": "绩效目标", "refs": "依据文件", "code": "项目编码",
              "plan": "资金支出计划", "summary": "基本情况", "department": "所属部门",
              "implementer": "实施单位"}
_WRITTEN = {"percent": "以百分比表示", "people": "以人数表示", "money": "以金额表示",
            "date": "给出截止日期", "qualitative": "没有数值（定性）", "ceiling": "写的是上限（≤）",
            "floor": "写的是下限（≥）"}
_SIGN = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "=", "!=": "≠"}



def part_name(m: Measure) -> str:
    """A «part» measure in words: «其他资金占预算数的比例»."""
    return f"{MONEY_NAMES.get(m.money, '预算数')}占{MONEY_NAMES.get(m.whole or 'budget', '预算数')}的比例"

class Describer:
    """Renders plans; `project_name(id)` names a project, `row_name(id)` an indicator row."""

    def __init__(self, project_name: Callable[[int], str], row_name: Callable[[int], str],
                 money_unit: str):
        self.project_name = project_name
        self.row_name = row_name
        self.money_unit = money_unit

    def plan(self, plan: Plan) -> str:
        if plan.reason:
            return ""
        op = plan.operation
        scope = self.scope(plan)
        items = self.items(plan)
        measure = self.measure(plan.measure)
        what = {
            "list": (f"{items}有哪些" + (f"，及各自的{measure}" if plan.measure.kind == "money" and measure else ""))
            if plan.subject == "projects" else self.listed_rows(plan),
            "count": f"统计{items}的{'指标条数' if plan.subject == 'rows' else '项目个数'}",
            "sum": f"{items}的{measure or '预算数'}合计",
            "mean": f"{items}的{measure}的平均值",
            "max": f"{items}中{measure or '预算数'}{'最多' if plan.measure.kind == 'row_count' else '最高'}的{_n(op.n)}",
            "min": f"{items}中{measure or '预算数'}{'最少' if plan.measure.kind == 'row_count' else '最低'}的{_n(op.n)}",
            "rank": f"{items}按{measure or '预算数'}排{'倒数' if (op.n or 1) < 0 else ''}第{abs(op.n or 1)}的项目",
            "share": self.share(plan, items, measure),
            "place": f"{items}的{measure or '预算数'}在范围内全部项目中{'从低到高' if (op.n or 1) < 0 else '从高到低'}排第几",
            "difference": self.two(plan, items, measure, "之差" if not op.signed else "相差（前者减后者）"),
            "spread": f"{items}中{measure or '预算数'}最高与最低之差",
            "gap": f"{items}，各项目的指标金额比{measure or '预算数'}高出多少，及其合计",
            "ratio": self.two(plan, items, measure, "的百分比（前者 ÷ 后者 × 100%）"
                              if op.percent else "的倍数（前者 ÷ 后者）"),
            "divide": self.divide(plan, items, measure),
            "multiply": self.multiply(plan, items, measure),
            "add": self.add(plan, items, measure),
            "product": self.product(plan),
            "lookup": f"{items}的{measure or '基本情况'}"
                      + "".join(f"、{MONEY_NAMES[x]}" for x in plan.also_money),
            "check": f"{items}的{measure or '指标'}是否满足条件",
            "structure": f"{items}的{'二级' if op.level == 'level2' else '一级'}指标类别",
            "rows": f"与“{op.query}”最相近的指标行",
            "prose": "在文件正文中查找相关段落",
            "issues": "体检：表内不一致或需要核对之处" + (f"，并给出{items}中{self.rows(plan.rows)}的值" if op.query == "row" and plan.rows is not None else ""),
            "refs": f"{items}引用的依据文件",
            "change": self.change(plan, items, measure),
        }.get(op.kind, items)
        notes = "；".join(plan.assumptions)
        return f"理解为：{what}{scope}" + (f"（{notes}）" if notes else "")

    # -- pieces --------------------------------------------------------------------------

    def scope(self, plan: Plan) -> str:
        s = plan.scope
        parts = []
        if s.departments:
            parts.append("、".join(s.departments))
        if s.years:
            parts.append("、".join(f"{y}年" for y in s.years))
        elif s.latest:
            latest = [f"{d} {y}年" for d, y in s.latest if y is not None]
            shown = "、".join(latest) if len(latest) <= 3 else f"{len(latest)}个部门各自的最新年度"
            parts.append(f"未指明年度，按最新年度：{shown}")
        if s.previous is not None:
            parts.append(f"上一问答的{len(s.previous)}个项目")
        return f"（范围：{'，'.join(parts)}）" if parts else ""

    def items(self, plan: Plan) -> str:
        subject = "指标" if plan.subject == "rows" else "项目"
        parts = []
        if plan.filter is not None:
            parts.append(self.filter(plan.filter))
        if plan.subject == "rows" and plan.rows is not None:
            parts.append(self.rows(plan.rows))
        text = "，且".join(p for p in parts if p)
        return f"{text}的{subject}" if text else f"全部{subject}"

    def measure(self, m: Measure) -> str:
        if m.kind == "money":
            return "加".join(MONEY_NAMES.get(part, "预算数") for part in m.money.split("+"))
        if m.kind == "planned" and m.month_from:
            return (f"按资金支出计划{m.month_from}月底到{m.month}月底之间计划支出金额"
                    f"（预算数 × 两个累计比例之差）")
        at = "三季度末（9月底，表中没有9月底一栏时按第三个节点10月底）" if m.quarter and m.month == 9 \
            else f"{m.month}月底"
        if m.kind == "planned":
            return f"按资金支出计划{at}累计计划支出金额（预算数 × 累计比例）"
        if m.kind == "plan_percent" and m.month_from:
            return f"资金支出计划{m.month_from}月底到{m.month}月底之间的支出比例（两个累计比例之差）"
        if m.kind == "plan_percent":
            return f"资金支出计划{at}累计支出比例"
        if m.kind == "value":
            return (self.rows(m.rows) if m.rows is not None else "指标") + "的目标值"
        if m.kind == "text":
            if (m.text or "").startswith("attribute:"):  # «项目期限», «项目属性» as printed
                return m.text.split(":", 1)[1]
            return TEXT_NAMES.get(m.text or "", "基本情况")
        if m.kind == "part":
            return part_name(m)
        if m.kind == "count":
            if m.rows is None:
                return "项目个数"
            return f"{self.rows(m.rows)}的条数"
        if m.kind == "row_count":  # «指标条数最多的项目»: each project's rows counted
            return f"{self.rows(m.rows)}条数" if m.rows is not None else "指标条数"
        return ""

    def listed_rows(self, plan: Plan) -> str:
        which = self.rows(plan.rows) if plan.rows is not None else (
            self.rows(plan.measure.rows) if plan.measure.rows is not None else "全部指标")
        owners = self.filter(plan.filter) if plan.filter is not None else ""
        return f"{owners}的{which}" if owners else which

    def share(self, plan: Plan, items: str, measure: str) -> str:
        if plan.measure.kind == "count":  # «占全部项目个数的百分之几»
            return self._share(plan, items, measure).replace("项目项目个数合计", "项目个数")
        return self._share(plan, items, measure)

    def _share(self, plan: Plan, items: str, measure: str) -> str:
        whole = plan.operation.whole_measure
        if whole is not None and isinstance(plan.operation.whole, InScope) and plan.operation.whole.departments:
            return f"{items}的{measure}占{'、'.join(plan.operation.whole.departments)}全部项目{self.measure(whole)}合计的比例"
        if whole is not None:
            return f"{items}的{measure}占{self.measure(whole)}的比例"
        whole_filter = plan.operation.whole
        if isinstance(whole_filter, InScope) and not whole_filter.departments and not whole_filter.years:
            return f"{items}的{measure or '预算数'}占库中全部项目{measure or '预算数'}合计的比例"
        if isinstance(whole_filter, ProjectIds):  # «其中…占多少»: of the projects just answered
            return f"{items}的{measure or '预算数'}占上一问答{len(whole_filter.ids)}个项目{measure or '预算数'}合计的比例"
        # the whole is every project of the departments (and years) the items belong to
        if plan.scope.departments:
            whole_words = "、".join(plan.scope.departments) + "全部项目"
        elif plan.filter is not None or plan.scope.previous is not None:
            whole_words = "所在部门全部项目"
        else:
            whole_words = "全部项目"
        return f"{items}的{measure or '预算数'}占{whole_words}{measure or '预算数'}合计的比例"

    def two(self, plan: Plan, items: str, measure: str, how: str) -> str:
        sides = plan.operation.sides
        each = {"mean": "平均每个项目的", "max": "最大项目的", "min": "最小项目的"}.get(plan.operation.each, "")
        if plan.operation.measures and len(sides) == 2:  # each side its own measure
            (a, b), (x, y) = plan.operation.measures, sides
            return f"{self.filter(x)}的{self.measure(a)}合计与{self.filter(y)}的{self.measure(b)}{how}"
        if plan.operation.measures:
            a, b = plan.operation.measures
            return f"{items}的{self.measure(a)}与{self.measure(b)}{how}"
        if sides:
            names = "与".join(self.filter(s) for s in sides)
            return f"{names}{each}{measure or '预算数'}{how}"
        return f"{items}的{measure or '预算数'}两者{how}"

    def change(self, plan: Plan, items: str, measure: str) -> str:
        op = plan.operation
        later, earlier = op.years
        latest = "最新年度" if len(plan.scope.departments) == 1 else "各部门最新年度"
        years = (f"{later}年与{earlier}年相比" if later and earlier else
                 f"{later}年与上一年相比" if later else
                 f"{latest}与{earlier}年相比" if earlier else f"{latest}与上一年相比")
        matched = "（项目按编码、名称对应）"
        total = "，及其预算数合计" if op.total else ""
        if op.change == "new":
            return f"{years}，新增的项目（上一年没有对应的项目）{total}{matched}"
        if op.change == "new+ended":
            return f"{years}，新增的项目和不再列出的项目{matched}"
        if op.change == "ended":
            return f"{years}，不再列出的项目（上一年有、当年没有对应的项目）{total}{matched}"
        if op.change in ("new_rows", "ended_rows"):
            said = "新增的指标（上一年同一项目没有对应的指标）" if op.change == "new_rows" else \
                "取消的指标（上一年有、当年同一项目没有对应的指标）"
            owners = f"{self.filter(plan.filter)}的项目中，" if plan.filter is not None else ""
            return f"{years}，{owners}{said}{matched}"
        if plan.subject == "rows":
            way = {"up": "上调", "down": "下调", "same": "没有变化"}.get(op.direction, "有变化")
            owners = f"{self.filter(plan.filter)}的项目中，" if plan.filter is not None else ""
            kind = self.rows(plan.measure.rows) if plan.measure.rows is not None else "指标"
            return f"{years}，{owners}{kind}的目标值{way}的指标{matched}"
        way = {"up": "增加", "down": "减少", "same": "持平（没有变化）"}.get(op.direction, "变化")
        if op.beyond:  # «增长超过10%»
            way += f"幅度{_SIGN[op.beyond[0]]}{q.tidy(op.beyond[1])}%"
        if op.change == "amount":
            how = "变化幅度（%）" if op.percent else f"{way}多少"
            return f"{years}，{items}的{measure or '预算数'}合计{how}{matched if plan.filter else ''}"
        count = "个数" if op.change == "count" else ""
        return f"{years}，{items}中{measure or '预算数'}{way}的项目{count}{matched}"

    def divide(self, plan: Plan, items: str, measure: str) -> str:
        operand = plan.operation.operand
        per = plan.operation.query or "人"
        if operand and operand.number is not None and operand.unit in q.FEN_PER_UNIT:
            worked = f"（{operand.written}）" if "×" in (operand.written or "") else ""  # «123元×12个月»
            return f"{items}的{measure or '预算数'} ÷ 每{per}{q.tidy(operand.number)}{operand.unit}{worked}，即够多少{per}"
        if operand and operand.number is not None:
            return f"{items}的{measure or '预算数'} ÷ {q.tidy(operand.number)}{operand.unit or per}，即每{per}金额"
        if operand and operand.written == "question":
            return f"问题中的金额相除，即能覆盖多少{per}"
        written = operand.written if operand else ""
        divisor = f"项目中以“{per}”计的“{written}”指标值" if written and written != per and operand.measure is None \
            and not re.search(r"\d", written) else f"项目中以“{per}”计的指标值" if written == per or not written else written
        return f"{items}的{measure or '预算数'} ÷ {divisor}，即每{per}金额"

    def product(self, plan: Plan) -> str:
        if len(plan.operation.numbers) != 2:
            return "问题中的两个数相乘"
        rate, count = plan.operation.numbers
        if "/" in (rate.written or ""):  # the project's own standard per unit, from its table
            where = "表中的" if "“" in (count.written or "") else "问题中的"  # the project's own count row
            return (f"{self.filter(plan.filter)}表中的标准 {rate.written} × {where} "
                    f"{_plain(count.number)}{count.unit}")
        worked = f"（{rate.written}）" if "×" in (rate.written or "") else ""  # «1120元×12个月»
        return f"问题中的标准 {_plain(rate.number)}{rate.unit}{worked} × {_plain(count.number)}{count.unit}"

    def add(self, plan: Plan, items: str, measure: str) -> str:
        operand = plan.operation.operand
        if operand is None or operand.number is None:
            return f"{items}的{measure or '预算数'}"
        word = "加上" if operand.number >= 0 else "减去"
        return f"{items}的{measure or '预算数'}{word}{_plain(abs(operand.number))}{operand.unit}后的金额"

    def multiply(self, plan: Plan, items: str, measure: str) -> str:
        operand = plan.operation.operand
        factor = operand.number if operand else None
        if factor == 12:
            return f"{items}的{measure}按每月 × 12 折算全年"
        if factor is not None and operand.written.startswith("change-"):  # «压减5%，要压减多少»
            word = "压减" if operand.written == "change-down" else "增加"
            return f"{items}的{measure or '预算数'}合计的{q.tidy(factor * 100)}%，即{word}的金额"
        if factor is not None:
            change = (factor - 1) * 100
            word = "增长" if change >= 0 else "下降"
            return f"{items}的{measure or '预算数'}{word}{q.tidy(abs(change))}%后的金额"
        return f"{items}的{measure}"

    def filter(self, f: Filter) -> str:
        if isinstance(f, AllOf):
            return "，且".join(self.filter(p) for p in f.parts)
        if isinstance(f, AnyOf):
            return "（" + "，或".join(self.filter(p) for p in f.parts) + "）"
        if isinstance(f, Not):
            inner = f.part
            if isinstance(inner, HasRow):
                return f"没有{self.rows(inner.rows)}的指标"
            if isinstance(inner, Money) and inner.compare.op == ">" and not inner.compare.number \
                    and inner.compare.upper is None:
                return f"没有{MONEY_NAMES[inner.field]}"  # «没有政府性基金的项目»
            if isinstance(inner, Cites) or isinstance(inner, AnyOf) and all(isinstance(p, Cites) for p in inner.parts):
                return "没有" + self.filter(inner).strip("（）")  # «没有引用冀人社规〔2018〕8号»
            return f"不属于（{self.filter(inner)}）"
        if isinstance(f, ProjectIds):
            names = list(dict.fromkeys(self.project_name(i) for i in f.ids))
            shown = "、".join(f"“{n}”" for n in names[:4]) + ("等" if len(names) > 4 else "")
            return f"{shown}" if len(f.ids) == len(names) else f"{shown}（{len(f.ids)}个项目）"
        if isinstance(f, Money):
            if f.compare.op == ">" and not f.compare.number and f.compare.upper is None:
                return f"有{MONEY_NAMES[f.field]}"  # «同时有财政资金和其他资金»
            return f"{MONEY_NAMES[f.field]}{self.money(f.compare)}"
        if isinstance(f, MoneyShare):
            return f"{MONEY_NAMES[f.part]}占{MONEY_NAMES[f.whole]}的比例{self.number(f.compare, '%')}"
        if isinstance(f, RowAgainstMoney):
            kind = self.rows(f.rows) if f.rows is not None else "金额指标"
            return f"{kind}的金额{_SIGN[f.op]}{MONEY_NAMES[f.money]}"
        if isinstance(f, SameMoney):
            return f"{MONEY_NAMES[f.field]}与别的项目相同"
        if isinstance(f, NameHas):
            return f"项目名称{'以' if f.start else '含'}“{f.text}”{'开头' if f.start else ''}"
        if isinstance(f, Implementer):
            return f"实施单位为“{f.words}”"
        if isinstance(f, Attribute):
            return f"{f.label or '表头'}为“{f.words}”"
        if isinstance(f, Cites):
            where = {("basis",): "指标值确定依据", ("name", "basis"): "项目名称或指标值确定依据"}.get(f.fields, "")
            return f"{where}引用{f.ref.label}"
        if isinstance(f, HasRow):
            return f"有{self.rows(f.rows)}的指标"
        if isinstance(f, RowCount):
            kind = self.rows(f.rows) if f.rows is not None else ""
            return f"{kind}指标条数{self.number(f.compare, '条')}"
        if isinstance(f, Spending):
            what = self.money(f.compare) if f.amount else self.number(f.compare, "%")
            if f.month_from:
                share = "计划支出金额" if f.amount else "计划支出比例"
                return f"资金支出计划{f.month_from}月底到{f.month}月底之间{share}{what}"
            return f"资金支出计划{f.month}月底累计{'计划支出金额' if f.amount else ''}{what}"
        if isinstance(f, SpendingBlank):
            return f"资金支出计划{f.month}月底一栏未填"
        if isinstance(f, HasOther):
            return "有其他资金" if f.present else "没有其他资金"
        if isinstance(f, HasPlan):
            return "列了资金支出计划" if f.present else "没有列资金支出计划"
        if isinstance(f, MoneyUnit):
            return f"表中金额以“{f.unit}”为单位"
        if isinstance(f, InScope):
            return "、".join(list(f.departments) + [f"{y}年" for y in f.years]) or "库中全部部门"
        if _is_row(f):
            return self.rows(f)
        return type(f).__name__

    def rows(self, f: Filter) -> str:
        if isinstance(f, AllOf):
            return "、".join(self.rows(p) for p in f.parts)
        if isinstance(f, AnyOf):
            texts = [p.text for p in f.parts if isinstance(p, RowBasis)]
            if texts and texts[0].startswith("《") and texts[0].endswith("》") and \
                    all(texts[0][1:-1] in t for t in texts) and \
                    all(isinstance(p, (RowBasis, AllOf)) for p in f.parts):
                return f"依据引用{texts[0]}"  # a law by its short title (planner._title_basis)
            return "（" + "或".join(self.rows(p) for p in f.parts) + "）"
        if isinstance(f, Not):
            return f"非（{self.rows(f.part)}）"
        if isinstance(f, RowKind):
            if f.level2:
                return f"{f.level2}指标"
            if f.level1:
                return f"{f.level1}指标"
            return f"{f.words}指标" if f.words else "全部指标"
        if isinstance(f, RowValue):
            unit = f.base_unit or ""
            sign = f"（写作“{_SIGN[f.sign]}”）" if f.sign else ""
            return f"目标值{self.number(f.compare, unit)}{sign}"
        if isinstance(f, RowWritten):
            return _WRITTEN[f.kind]
        if isinstance(f, RowUnit):
            return f"以“{f.unit}”为单位"
        if isinstance(f, RowBasis):
            return f"依据{'为' if f.exact else '只写' if f.sole else '含'}“{f.text}”"
        if isinstance(f, RowValueText):
            return f"指标值写作“{f.text}”"
        if isinstance(f, RowCites):
            return f"依据引用{f.ref.label}"
        if isinstance(f, RowDeadline):
            return f"完成时限{_SIGN[f.op]}{f.when.isoformat()}"
        if isinstance(f, RowIds):
            names = list(dict.fromkeys(self.row_name(i) for i in f.ids))
            return "、".join(f"“{n}”" for n in names[:3]) + ("等" if len(names) > 3 else "")
        if isinstance(f, RowPer):
            return f"按每{f.per}计的标准"
        return self.filter(f) if not _is_row(f) else type(f).__name__

    def money(self, c: Compare) -> str:
        unit = self.money_unit
        if c.upper is not None:
            return (f"在{_plain(q.from_fen(int(c.number), unit))}～{_plain(q.from_fen(int(c.upper), unit))}"
                    f"{unit}之间（含两端）")
        return f"{_SIGN[c.op]}{_plain(q.from_fen(int(c.number), unit))}{unit}"

    def number(self, c: Compare, unit: str) -> str:
        if c.upper is not None:
            return f"在{_plain(c.number)}～{_plain(c.upper)}{unit}之间（含两端）"
        return f"{_SIGN[c.op]}{_plain(c.number)}{unit}"


def _is_row(f: Filter) -> bool:
    return isinstance(f, (RowKind, RowValue, RowWritten, RowUnit, RowPer, RowValueText, RowBasis, RowCites,
                          RowDeadline, RowIds))


def _plain(d: Decimal) -> str:
    return format(q.tidy(Decimal(d)), "f")


def _n(n: int | None) -> str:
    return f"{n}个" if n else "项目"
