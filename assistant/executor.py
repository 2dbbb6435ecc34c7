"""Run a plan: select the items through `store.queries`, read the measure from each, apply the
operation. Arithmetic is exact (Decimal, money in integer 分); every number comes from a cell."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from assistant.catalog import longest_common
from assistant.matching import match_projects, match_rows, plain_name
from assistant.plan import Measure, Plan
from ingest import quantity as q
from ingest.consistency import cumulative_percent
from store.filters import (
    AllOf,
    AnyOf,
    Cites,
    Compare,
    Filter,
    HasRow,
    InScope,
    Money,
    Not,
    ProjectIds,
    RowPer,
    RowWritten,
    Spending,
    all_of,
    any_of,
    walk,
)
from store.queries import IndicatorRow, Passage, PlanPoint, ProjectRow, Queries, RefUse


@dataclass
class Item:
    """One measured thing: a project (its money, plan) or an indicator row (its target)."""

    project: ProjectRow | None
    row: IndicatorRow | None
    value: Decimal | None  # in `unit`
    unit: str | None
    fen: int | None = None  # money in 分, when the measure is money


@dataclass
class Change:
    """One project (or one of its rows) in two years: the values and the change between them."""

    department: str
    earlier: ProjectRow | None
    later: ProjectRow | None
    basis: str  # how the two were matched (code | name | similar), "" when one side is missing
    before: Decimal | None = None
    after: Decimal | None = None
    unit: str | None = None
    delta: Decimal | None = None  # after − before
    row_before: IndicatorRow | None = None
    row_after: IndicatorRow | None = None

    @property
    def percent(self) -> Decimal | None:
        """The change in percent of the year before; None without both figures."""
        if self.delta is None or not self.before:
            return None
        return self.delta * 100 / abs(self.before)


@dataclass
class YearTotal:
    """One department's money total in two years."""

    department: str
    year: int  # the year asked about
    reference: int  # the year it is compared with
    after: Decimal
    before: Decimal
    unit: str
    n_after: int
    n_before: int


@dataclass
class Result:
    """What a plan found and computed."""

    plan: Plan
    projects: list[ProjectRow] = field(default_factory=list)
    rows: list[IndicatorRow] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    value: Decimal | None = None
    unit: str | None = None
    total: Decimal | None = None  # share: the whole
    sides: list[list[Item]] = field(default_factory=list)  # difference/ratio operands
    plans: dict[int, tuple[PlanPoint, ...]] = field(default_factory=dict)
    passages: list[Passage] = field(default_factory=list)
    refs: list[RefUse] = field(default_factory=list)
    findings: list[Any] = field(default_factory=list)
    structure: list[tuple[str, str, int]] = field(default_factory=list)  # (level1, level2, rows)
    divisor: Item | None = None
    problem: str = ""  # why the operation could not be done on what was found
    meeting: set[int] = field(default_factory=set)  # check: the rows / projects that meet it
    clauses: list[tuple[ProjectRow, str, str]] = field(default_factory=list)  # rate: header text
    also: list[IndicatorRow] = field(default_factory=list)  # rows asked besides the measure
    per_department: dict[str, int] = field(default_factory=dict)  # counts split by department
    changes: list[Change] = field(default_factory=list)  # change: the items compared
    totals: list[YearTotal] = field(default_factory=list)  # change: department totals
    notes: list[str] = field(default_factory=list)  # change: departments that could not be compared
    left_out: list[str] = field(default_factory=list)  # values found but not added (rates beside amounts)
    compared: list[tuple[str, int, int]] = field(default_factory=list)  # change: (department, year, reference)
    unchanged: list[Change] = field(default_factory=list)  # change, yes/no: compared, not moved
    sql: list[str] = field(default_factory=list)


def scope_filter(plan: Plan) -> Filter | None:
    s = plan.scope
    parts: list[Filter] = []
    if s.departments or s.years:
        parts.append(InScope(s.departments, s.years))
    if s.latest:
        parts.append(any_of(*[InScope((d,), (y,) if y is not None else ()) for d, y in s.latest]))
    if s.previous is not None:
        parts.append(ProjectIds(s.previous))
    return all_of(*parts)


class Executor:
    """Runs plans against the facts, through one `Queries` per question."""

    def __init__(self, queries: Queries):
        self.queries = queries

    def run(self, plan: Plan) -> Result:
        result = Result(plan, sql=self.queries.log)
        kind = plan.operation.kind
        if kind == "prose":
            return result  # the engine does retrieval
        where = all_of(scope_filter(plan), plan.filter)
        if kind == "issues":  # the engine runs the checks over these
            result.projects = self.queries.projects(where)
            if plan.rows is not None:
                result.rows = self.queries.rows(where, plan.rows)
            return result
        if kind in ("difference", "ratio") and plan.operation.sides:
            self._sides(plan, result, where)
            return result
        if kind == "change":
            YearComparison(self.queries, plan, result).run()
            return result
        if kind == "place":
            self._place(plan, result)
            return result
        result.projects = self.queries.projects(where)
        if kind == "lookup" and isinstance(plan.filter, ProjectIds):
            # «A和B分别多少钱»: in the order asked, so that «前一个», «第二个» mean what was said
            order = {i: k for k, i in enumerate(plan.filter.ids)}
            result.projects.sort(key=lambda p: order.get(p.id, len(order)))
        if plan.measure.kind == "rate":
            self._rate(plan, result, where)
            if plan.also is not None:
                result.also = self.queries.rows(where, plan.also)
            return result
        if plan.rows is not None or plan.subject == "rows" or plan.measure.kind in ("value", "row_count"):
            rows_filter = plan.rows if plan.rows is not None else plan.measure.rows
            if rows_filter is not None or plan.subject == "rows" or plan.measure.kind == "row_count":
                result.rows = self.queries.rows(where, rows_filter)
        if plan.measure.kind in ("planned", "plan_percent") or kind == "lookup":
            result.plans = self.queries.spending([p.id for p in result.projects])
        if plan.also is not None:
            result.also = self.queries.rows(where, plan.also)
        result.items = self.measure(plan.measure, result)
        getattr(self, f"_{kind}", self._list)(plan, result)
        return result

    # -- measuring -----------------------------------------------------------------------

    def measure(self, m: Measure, result: Result) -> list[Item]:
        if m.kind == "count" and m.rows is not None:  # «质量指标多几条»: one per row
            return [Item(None, r, Decimal(1), "条") for r in result.rows]
        if m.kind == "value":
            rows = result.rows if result.rows else []
            # money rows carry 分 too, so a cost row and a budget compare in one unit
            return [Item(None, r, r.norm if r.base_unit else r.number, r.base_unit or r.unit,
                         q.to_fen(r.norm, "元") if r.base_unit == "元" and r.norm is not None else None)
                    for r in rows]
        out = []
        for p in result.projects:
            if m.kind == "money":
                fen = p.fen(m.money)
                out.append(Item(p, None, q.from_fen(fen, p.unit), p.unit, fen))
            elif m.kind in ("planned", "plan_percent"):
                pct = cumulative_percent(result.plans.get(p.id, ()),
                                         plan_month(result.plans.get(p.id, ()), m.month or 12, m.quarter))
                if pct is not None and m.month_from:
                    before = cumulative_percent(result.plans.get(p.id, ()), m.month_from) or 0
                    pct -= before  # «10月底到年底之间»: what the plan adds between the two
                if m.kind == "plan_percent":
                    out.append(Item(p, None, pct, "%"))
                else:
                    fen = None if pct is None or p.budget_fen is None else _planned_fen(p.budget_fen, pct)
                    out.append(Item(p, None, q.from_fen(fen, p.unit), p.unit, fen))
            elif m.kind == "part":  # «其他资金占资金总额比重» of each project
                part, whole = p.fen(m.money), p.fen(m.whole or "budget")
                value = None if part is None or not whole else q.tidy(
                    (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.0001")))
                out.append(Item(p, None, value, "%"))
            elif m.kind == "count":
                out.append(Item(p, None, Decimal(1), "个"))
            elif m.kind == "row_count":  # «指标条数最多»: the project's rows (of the kind asked)
                out.append(Item(p, None, Decimal(sum(1 for r in result.rows if r.project_id == p.id)), "条"))
            else:
                out.append(Item(p, None, None, None))
        return out

    # -- operations ----------------------------------------------------------------------

    def _list(self, plan: Plan, result: Result) -> None:
        if plan.subject == "rows":
            having = {r.project_id for r in result.rows}
            result.projects = [p for p in result.projects if p.id in having]
            return
        if plan.rows is not None and (plan.filter is None or _requires_rows(plan.filter)):
            having = {r.project_id for r in result.rows}
            result.projects = [p for p in result.projects if p.id in having]
        self._evidence(plan, result)

    def _evidence(self, plan: Plan, result: Result) -> None:
        """What made each listed project match: where it cites the documents asked for, its
        spending plan by the month asked about."""
        kept = list(kept_conditions(plan.filter))
        ids = [p.id for p in result.projects]
        cites = [f for f in kept if isinstance(f, Cites)]
        if cites and ids and not result.refs:
            refs = list({r.canonical: r for c in cites for r in self.queries.refs_matching(c.ref)}.values())
            uses = self.queries.uses(ids, refs) if refs else []
            if all(c.fields == ("basis",) for c in cites):
                uses = [u for u in uses if u.indicator_id is not None]
            result.refs = uses
        if ids and any(isinstance(f, Spending) for f in kept) and not result.plans:
            result.plans = self.queries.spending(ids)

    _lookup = _list

    def _check(self, plan: Plan, result: Result) -> None:
        """Which of the found rows (or projects) meet the tested condition."""
        self._list(plan, result)
        where = all_of(scope_filter(plan), plan.filter, plan.operation.whole)
        result.meeting = {p.id for p in self.queries.projects(where)}
        if plan.subject == "rows":
            tested = plan.operation.whole
            rows = tested.rows if isinstance(tested, HasRow) else None
            if rows is not None:
                result.meeting = {r.id for r in self.queries.rows(
                    all_of(scope_filter(plan), plan.filter), rows)}

    def _count(self, plan: Plan, result: Result) -> None:
        self._list(plan, result)
        counted = result.rows if plan.subject == "rows" else result.projects
        result.value, result.unit = Decimal(len(counted)), ("条" if plan.subject == "rows" else "个")
        if plan.by_department:  # «两个部门各设了多少条»
            for thing in counted:
                result.per_department[thing.department] = result.per_department.get(
                    thing.department, 0) + 1

    def _sum(self, plan: Plan, result: Result) -> None:
        self._list(plan, result)
        result.items = [i for i in self.measure(plan.measure, result) if i.value is not None]
        if self._budget_unread(plan, result):
            return
        self._total(plan, result, result.items)
        named = plan.scope.previous is not None or plan.filter is not None
        if plan.measure.kind == "money" and plan.measure.money != "budget" and not named:
            # «其他资金一共多少，涉及哪些项目»: projects without any are not part of the answer
            # (the projects a question names or picks out, or «它们», are all added, a zero with the rest)
            result.items = [i for i in result.items if i.fen]
            kept = {i.project.id for i in result.items if i.project}
            result.projects = [p for p in result.projects if p.id in kept]
        elif plan.measure.kind == "planned":  # projects without a spending plan add nothing
            kept = {i.project.id for i in result.items if i.project}
            result.projects = [p for p in result.projects if p.id in kept]

    def _total(self, plan: Plan, result: Result, items: list[Item]) -> None:
        if not items:
            return
        rates = [i for i in items if i.fen is None and i.unit and "/" in i.unit]
        if rates and len(rates) < len(items) and all(i.fen is not None for i in items if i not in rates):
            # «成本指标» of 6850万元 and «每人每月不低于700元»: a rate is no amount to add
            result.left_out += [f"{i.row.level3}（{i.row.value_raw}）" if i.row else f"{i.value}{i.unit}"
                                for i in rates]
            items[:] = [i for i in items if i not in rates]
        if all(i.fen is not None for i in items):
            unit = plan.money_unit or _common([i.unit for i in items]) or "万元"
            result.value, result.unit = q.from_fen(sum(i.fen for i in items), unit), unit
            return
        units = {i.unit for i in items}
        if len(units) == 1:
            result.value, result.unit = q.tidy(sum(i.value for i in items)), units.pop()
            if result.unit == "元" and plan.money_unit:
                result.value = q.from_fen(q.to_fen(result.value, "元"), plan.money_unit)
                result.unit = plan.money_unit
        else:
            result.problem = "单位不同，不能相加：" + "、".join(sorted(u or "无单位" for u in units))

    def _mean(self, plan: Plan, result: Result) -> None:
        self._list(plan, result)
        items = [i for i in self.measure(plan.measure, result) if i.value is not None]
        result.items = items
        if self._budget_unread(plan, result):
            return
        self._total(plan, result, items)
        if result.value is not None:
            result.total = result.value
            result.value = q.tidy((result.value / len(items)).quantize(Decimal("0.0001")))

    def _budget_unread(self, plan: Plan, result: Result) -> bool:
        """Every project has a budget: where some were read without one, a total or a mean over
        them would leave them out unsaid, so none is given."""
        if plan.measure.kind != "money" or plan.measure.money != "budget":
            return False
        unread = [p for p in result.projects if p.fen("budget") is None]
        if unread and len(result.projects) > 1:
            names = "、".join(f"“{p.name or p.code or p.source}”" for p in unread[:3])
            result.problem = (f"{names}{f'等 {len(unread)} 个' if len(unread) > 3 else ''}项目的表中没有读到预算数，"
                              "合计不完整")
            return True
        return False

    def _max(self, plan: Plan, result: Result) -> None:
        self._extreme(plan, result, largest=True)

    def _min(self, plan: Plan, result: Result) -> None:
        self._extreme(plan, result, largest=False)

    def _extreme(self, plan: Plan, result: Result, largest: bool) -> None:
        self._list(plan, result)
        items = [i for i in result.items if i.value is not None]
        if not items:  # no value to rank by: none is the highest (not every project listed)
            if result.items:
                result.problem = "所选项目都没有可以比较的数值（表中未填）"
            result.items = []
            return
        if plan.by_department:  # «两个局各自最小的项目»: the extreme within each department
            kept: list[Item] = []
            for department in dict.fromkeys((i.project or i.row).department for i in items):
                part = Result(plan, projects=result.projects, rows=result.rows,
                              items=[i for i in items if (i.project or i.row).department == department])
                self._extreme(replace(plan, by_department=False), part, largest)
                kept += part.items
            result.items = kept
            self._keep_measured(result)
            return
        key = (lambda i: i.fen) if all(i.fen is not None for i in items) else (lambda i: i.value)
        if len({i.unit for i in items}) > 1 and not all(i.fen is not None for i in items):
            result.problem = "单位不同，不能比较：" + "、".join(sorted({i.unit or "无单位" for i in items}))
            return
        ordered = sorted(items, key=key, reverse=largest)
        n = plan.operation.n
        if n:
            result.items = ordered[:n]
        else:
            best = key(ordered[0])
            result.items = [i for i in ordered if key(i) == best]
        self._keep_measured(result)
        if len(result.items) == 1 or not n:
            result.value, result.unit = self._shown(plan, result.items[0], _usual([i.unit for i in items]))

    def _place(self, plan: Plan, result: Result) -> None:
        """«X在所有项目里预算排第几»: X's place among every project in scope, by the measure."""
        named = {i for f in walk(plan.filter) if isinstance(f, ProjectIds) for i in f.ids}
        others = [f for f in walk(plan.filter) if not isinstance(f, (ProjectIds, AllOf, AnyOf))]
        everyone = Result(plan, projects=self.queries.projects(all_of(scope_filter(plan), *others)))
        measure = plan.measure if plan.measure.kind == "money" else Measure("money")
        items = [i for i in self.measure(measure, everyone) if i.fen is not None]
        items.sort(key=lambda i: i.fen, reverse=(plan.operation.n or 1) > 0)
        placed = [(n, i) for n, i in enumerate(items, start=1) if i.project.id in named]
        if not placed:
            result.problem = "所问的项目不在比较范围内"
            return
        result.items = [i for _, i in placed]
        result.projects = [i.project for i in result.items]
        result.total = Decimal(len(items))
        result.value, result.unit = Decimal(placed[0][0]), "位"

    def _rank(self, plan: Plan, result: Result) -> None:
        """«第三高»: ranked by distinct amounts, so two projects of 10.00 share a place."""
        items = [i for i in result.items if i.value is not None]
        place = plan.operation.n or 1
        key = (lambda i: i.fen) if all(i.fen is not None for i in items) else (lambda i: i.value)
        amounts = sorted({key(i) for i in items}, reverse=place > 0)
        if abs(place) > len(amounts):
            result.items = []
            return
        wanted = amounts[abs(place) - 1]
        result.items = [i for i in items if key(i) == wanted]
        self._keep_measured(result)
        result.value, result.unit = self._shown(plan, result.items[0])

    def _share(self, plan: Plan, result: Result) -> None:
        self._list(plan, result)
        items = [i for i in self.measure(plan.measure, result) if i.value is not None]
        result.items = items
        counted = plan.measure.kind == "count"  # «占全部项目个数的百分之几»: projects counted

        def weight(i: Item) -> int:
            return int(i.value or 0) if counted else (i.fen or 0)

        part = sum(weight(i) for i in items)
        if plan.operation.whole_measure is not None and plan.operation.whole is not None:
            # «上级补助…占全局预算»: another field, over other projects
            everything = Result(plan, projects=self.queries.projects(plan.operation.whole))
            whole_items = self.measure(plan.operation.whole_measure, everything)
        elif plan.operation.whole_measure is not None:
            whole_items = self.measure(plan.operation.whole_measure, result)
        elif plan.operation.whole is not None:  # «占这几个项目合计», «占两个部门合计»
            everything = Result(plan, projects=self.queries.projects(plan.operation.whole))
            whole_items = self.measure(plan.measure if plan.measure.kind != "none"
                                       else Measure("money"), everything)
        else:
            # «占总预算»: the total of the documents the items belong to, not of the items
            s = plan.scope
            departments = s.departments or tuple({i.project.department for i in items if i.project})
            years = s.years or tuple({i.project.year for i in items if i.project and i.project.year})
            everything = Result(plan, projects=self.queries.projects(InScope(departments, years)))
            if plan.measure.kind in ("planned", "plan_percent"):
                everything.plans = self.queries.spending([p.id for p in everything.projects])
            whole_items = self.measure(plan.measure if plan.measure.kind != "none"
                                       else Measure("money"), everything)
        whole = sum(weight(i) for i in whole_items)
        if not items or not whole:
            return
        unit = plan.money_unit or _common([i.unit for i in items]) or "万元"
        result.total = Decimal(whole) if counted else q.from_fen(whole, unit)
        result.value, result.unit = (Decimal(part) * 100 / whole).quantize(Decimal("0.0001")), "%"
        result.value = q.tidy(result.value)

    def _difference(self, plan: Plan, result: Result) -> None:
        self._two(plan, result, lambda a, b: a - b)

    def _gap(self, plan: Plan, result: Result) -> None:
        """«各高出多少»: each project's money row less the money it is compared with, and the sum."""
        money = plan.operation.query or "budget"
        by_project: dict[int, list[IndicatorRow]] = {}
        for r in result.rows:
            if (r.base_unit or "").startswith("元") and r.norm is not None:
                by_project.setdefault(r.project_id, []).append(r)
        items = []
        for p in result.projects:
            fen = p.fen(money)
            rows = by_project.get(p.id, [])
            if fen is None or not rows:
                continue
            row = max(rows, key=lambda r: r.norm)
            gap = q.to_fen(row.norm, "元") - fen
            if gap > 0:
                items.append(Item(p, row, q.from_fen(gap, p.unit), p.unit, gap))
        result.items = items
        result.rows = [i.row for i in items]
        result.projects = [i.project for i in items]
        if items:
            unit = plan.money_unit or _common([i.unit for i in items]) or "万元"
            result.value, result.unit = q.from_fen(sum(i.fen for i in items), unit), unit

    def _spread(self, plan: Plan, result: Result) -> None:
        """«最大的项目比最小的多多少»: the largest value less the smallest."""
        self._list(plan, result)
        items = [i for i in result.items if i.value is not None]
        if len(items) < 2:
            result.problem = f"需要至少两个值，找到 {len(items)} 个"
            return
        key = (lambda i: i.fen) if all(i.fen is not None for i in items) else (lambda i: i.value)
        ordered = sorted(items, key=key, reverse=True)
        result.sides = [[ordered[0]], [ordered[-1]]]
        result.items = [ordered[0], ordered[-1]]
        self._keep_measured(result)
        self._two(replace(plan, operation=replace(plan.operation, kind="difference")), result,
                  lambda a, b: a - b)

    def _ratio(self, plan: Plan, result: Result) -> None:
        self._two(plan, result, lambda a, b: (a / b).quantize(Decimal("0.0001")) if b else None)

    def _two(self, plan: Plan, result: Result, op) -> None:
        self._list(plan, result)
        items = [i for i in result.items if i.value is not None]
        if not result.sides and plan.operation.measures:
            for m in plan.operation.measures:
                part = Result(plan, projects=result.projects, plans=result.plans)
                if m.kind == "value":
                    part.rows = self.queries.rows(ProjectIds(tuple(p.id for p in result.projects)),
                                                  m.rows)
                    result.rows += part.rows
                result.sides.append([i for i in self.measure(m, part) if i.value is not None])
            result.items = [i for side in result.sides for i in side]
        if not result.sides:
            result.items = items
            if len(items) != 2:
                result.problem = f"需要两个值，找到 {len(items)} 个"
                return
            result.sides = [[items[0]], [items[1]]]
        if plan.operation.each in ("max", "min") and all(result.sides):
            # «农业农村局预算最大的项目比人社局预算最大的项目少多少»: each side's extreme project
            pick = max if plan.operation.each == "max" else min
            result.sides = [[pick(side, key=lambda i: i.fen if i.fen is not None else i.value)]
                            for side in result.sides]
            result.items = [i for side in result.sides for i in side]
            chosen = {i.project.id for i in result.items if i.project is not None}
            result.projects = [p for p in result.projects if p.id in chosen]
        values = []
        for side in result.sides:
            fake = Result(plan)
            self._total(plan, fake, side)
            result.left_out += fake.left_out
            if fake.value is None:
                result.problem = fake.problem or "有一方没有数值"
                return
            if plan.operation.each == "mean":  # «平均每个项目的预算»: each side's mean
                fake.value = q.tidy((fake.value / len(side)).quantize(Decimal("0.0001")))
            values.append((fake.value, fake.unit))
        (a, ua), (b, ub) = values
        if ua != ub and ua in q.FEN_PER_UNIT and ub in q.FEN_PER_UNIT:
            unit = plan.money_unit or ub  # «成本800万元跟预算差多少»: money in one unit
            a, b, ua = q.from_fen(q.to_fen(a, ua), unit), q.from_fen(q.to_fen(b, ub), unit), unit
            ub = unit
        if ua != ub:
            result.problem = f"单位不同（{ua}、{ub}），不能比较"
            return
        if plan.operation.kind == "difference" and not plan.operation.signed and a < b:
            a, b = b, a
        value = op(a, b)
        if value is not None:
            result.value = q.tidy(value)
            result.unit = ua if plan.operation.kind == "difference" else "倍"
            if plan.operation.percent:
                result.value, result.unit = q.tidy((a * 100 / b).quantize(Decimal("0.0001"))), "%"

    def _sides(self, plan: Plan, result: Result, where: Filter | None) -> None:
        each = plan.operation.measures if len(plan.operation.measures) == len(plan.operation.sides) else ()
        for n, side in enumerate(plan.operation.sides):
            # «A局上级补助合计比B项目的预算多多少»: each side its own measure
            measure = each[n] if each else plan.measure
            # a project named (or the one before) is taken as it is, whatever department the
            # question scoped to («卫健局全部项目比(人社局的)公共实训基地县级配套多多少»)
            within = all_of(where, side)
            projects = self.queries.projects(within)
            if not projects and isinstance(side, ProjectIds):  # (the department scope is the other side's)
                within = side
                projects = self.queries.projects(within)
            part = Result(replace(plan, measure=measure), projects=projects)
            if measure.kind == "value" or (measure.kind == "count" and measure.rows is not None):
                part.rows = self.queries.rows(within, measure.rows)
            if measure.kind in ("planned", "plan_percent"):
                part.plans = self.queries.spending([p.id for p in projects])
            items = [i for i in self.measure(measure if measure.kind != "none" else Measure("money"), part)
                     if i.value is not None]
            result.sides.append(items)
            result.projects += projects
            result.rows += part.rows
        result.items = [i for side in result.sides for i in side]
        getattr(self, f"_{plan.operation.kind}")(plan, result)

    def _product(self, plan: Plan, result: Result) -> None:
        """«人均3000元，500人算下来多少»: both numbers from the question; the cells stating them
        are cited where they exist."""
        rate, count = plan.operation.numbers
        fen = q.to_fen(rate.number, rate.unit) * count.number
        unit = plan.money_unit or "万元"
        result.value, result.unit = q.tidy(q.from_fen(int(fen), unit)), unit
        result.total = rate.number
        where = all_of(scope_filter(plan), plan.filter)
        stated = {q.to_fen(rate.number, rate.unit)}
        base, factor = q.base_unit_of(count.unit)
        base = base or count.unit
        result.rows = [r for r in self.queries.rows(where, None)
                       if r.norm is not None and ((r.base_unit or "").startswith("元") and
                                                  q.to_fen(r.norm, "元") in stated
                                                  or r.base_unit == base and r.norm == count.number * factor)]
        having = {r.project_id for r in result.rows}
        named = plan.filter is not None  # the projects the question named are cited too
        result.projects = [p for p in result.projects if p.id in having or named]
        result.items = []

    def _add(self, plan: Plan, result: Result) -> None:
        """«压减一千万元，还剩多少»: the items' money plus (or minus) an amount from the question."""
        self._sum(plan, result)
        operand = plan.operation.operand
        if result.value is None or operand is None or not result.items or \
                any(i.fen is None for i in result.items):
            result.problem = result.problem or "只能在金额上加减"
            return
        total = sum(i.fen for i in result.items)
        unit = plan.money_unit or result.unit
        result.total = q.from_fen(total, unit)
        result.value = q.from_fen(total + q.to_fen(operand.number, operand.unit), unit)
        result.unit = unit

    def _divide_numbers(self, plan: Plan, result: Result) -> None:
        """Both numbers from the question; the cells stating them are cited where they exist."""
        a, b = plan.operation.numbers
        fa, fb = q.to_fen(a.number, a.unit), q.to_fen(b.number, b.unit)
        if not fb:
            result.problem = "除数为零"
            return
        result.value = q.tidy((Decimal(fa) / fb).quantize(Decimal("0.01")))
        result.unit = plan.operation.query or "人"
        result.total = a.number
        cited = self.queries.projects(all_of(scope_filter(plan), AnyOf((
            Money("budget", Compare("=", Decimal(fa))), Money("budget", Compare("=", Decimal(fb)))))))
        result.projects = cited
        result.rows = [r for r in self.queries.rows(all_of(scope_filter(plan), plan.filter),
                                                    RowWritten("money"))
                       if r.norm is not None and q.to_fen(r.norm, "元") in (fa, fb)]
        result.items = []

    def _multiply(self, plan: Plan, result: Result) -> None:
        self._sum(plan, result)
        factor = plan.operation.operand.number if plan.operation.operand else None
        if result.value is None or factor is None:
            return
        if plan.operation.operand.written == "yearly" and not (result.unit or "").endswith("/月"):
            result.problem = f"“{result.unit}”不是按月计的数，不能折算成全年"
            return
        result.total = result.value
        result.value = q.tidy(result.value * factor)
        if plan.measure.kind == "value" and result.unit and result.unit.endswith("/月") and factor == 12:
            result.unit = result.unit[:-2] + "/年"

    def _divide(self, plan: Plan, result: Result) -> None:
        operand = plan.operation.operand
        if plan.operation.numbers:
            self._divide_numbers(plan, result)
            return
        if operand is None:
            return
        self._sum(plan, result)
        if operand.measure is not None:  # divided by the items' own row («按目标人数平均»)
            part = Result(plan, projects=result.projects)
            part.rows = self.queries.rows(ProjectIds(tuple(p.id for p in result.projects)),
                                          operand.measure.rows)
            values = _one_per_project([i for i in self.measure(operand.measure, part) if i.value is not None],
                                      operand.written)
            if values and all(i.unit == "%" for i in values) and operand.written:
                # «按重点人群签约人数平均» named the 覆盖率 row by its description: a share is no
                # head count; the row counted in the unit asked is
                self._divide_by_own_count(plan, result)
                return
            if values is None:
                result.problem = f"“{operand.written}”在所问项目中对应不止一个指标，请说出指标名称"
                return
            if len({i.unit for i in values}) != 1 or not values:
                result.problem = f"“{operand.written}”没有找到唯一的数值"
                return
            total, unit = _per_unit(plan.operation.query, sum(i.value for i in values), values[0].unit)
            result.divisor = Item(None, values[0].row, total, unit)
            used = {i.row.id for i in values if i.row}
            result.rows += [r for r in part.rows if r.id in used] if used else part.rows
            if result.value is None or not result.divisor.value:
                return
            self._money_over_divisor(plan, result)
            return
        if not operand.number:
            per = plan.operation.query
            if operand.written != "question" and result.projects and (
                    operand.written or per not in (None, "个")):
                # «按改厕户数平均每户», «每公里渠道合多少万元»: the project's row counted in that unit
                self._divide_by_own_count(plan, result)
                return
            result.problem = f"不知道按什么来平均（“{operand.written or '？'}”没有对应的数）"
            return
        if result.value is None:
            return
        if operand.unit in q.FEN_PER_UNIT:  # the money over one head's cost: how many heads
            if not result.items or any(i.fen is None for i in result.items):
                result.problem = "没有可用的金额"
                return
            fen = sum(i.fen for i in result.items)
            result.total, result.divisor = result.value, None
            result.value = q.tidy((Decimal(fen) / q.to_fen(operand.number, operand.unit))
                                  .quantize(Decimal("0.0001")))
            result.unit = plan.operation.query or "人"
            return
        result.total = result.value
        result.value = q.tidy((result.value / operand.number).quantize(Decimal("0.0001")))

    def _divide_by_own_count(self, plan: Plan, result: Result) -> None:
        """«按改厕户数平均每户多少», «摊到每个培育对象»: each project's one row counted in the unit
        the question divides by (户, 亩, 人…); more than one such row, or none, and it declines."""
        operand = plan.operation.operand
        per = plan.operation.query
        units = divisor_units(operand.written or "", per)
        per_base = q.base_unit_of(per)[0] if per else None
        units |= {per_base} if per_base and per_base != per else set()
        rows = [r for r in self.queries.rows(ProjectIds(tuple(p.id for p in result.projects)), None)
                if r.norm is not None and r.unit != "%" and (r.base_unit in units or (
                    # «政府购买服务人员数量 35个»: people counted in 个
                    "人" in units and r.base_unit == "个" and re.search(r"人员|人数", r.level3 or "")))]
        per_project: dict[int, list[IndicatorRow]] = {}
        for r in rows:
            per_project.setdefault(r.project_id, []).append(r)
        # Words besides the unit («改厕» in «改厕户数») must be found in the row's name; a bare
        # «人数», «面积» takes the project's one row in that unit.
        named = set(re.sub(r"[数的按总目标量\s]|面积", "", operand.written or "")) - units
        chosen = []
        for p in result.projects:
            candidates = per_project.get(p.id, [])
            if named:
                candidates = _sharing_most(candidates, named, min(2, len(named)), lambda r: r.level3)
            if len(candidates) > 1:  # «抽检每批次的经费» of «食品安全监督抽检经费»: the row named as the project is
                runs = sorted(((len(longest_common(r.level3 or "", p.name)), r) for r in candidates),
                              key=lambda x: x[0], reverse=True)
                if runs[0][0] >= 4 and runs[0][0] > runs[1][0]:
                    candidates = [runs[0][1]]
            if len(candidates) != 1:
                result.problem = (f"“{operand.written}”在“{p.name}”中" +
                                  ("没有对应的数量指标" if not candidates else
                                   "对应不止一个指标：" + "、".join(r.level3 for r in candidates)))
                return
            chosen.append(candidates[0])
        if len({r.base_unit for r in chosen}) != 1 or result.value is None:
            result.problem = result.problem or f"“{operand.written}”没有找到唯一的数值"
            return
        divisor, unit = _per_unit(per, sum(Decimal(str(r.norm)) for r in chosen), chosen[0].base_unit)
        if not divisor:
            result.problem = "除数为零"
            return
        result.divisor = Item(None, chosen[0], divisor, unit)
        result.rows += chosen
        self._money_over_divisor(plan, result)

    @staticmethod
    def _money_over_divisor(plan: Plan, result: Result) -> None:
        """The items' money (in the unit asked, from 分 when every item has it) ÷ the divisor."""
        result.total = result.value
        if result.items and all(i.fen is not None for i in result.items):
            unit = plan.money_unit or result.unit
            fen = sum(i.fen for i in result.items)
            if not plan.money_unit and unit != "元" and abs(fen / result.divisor.value) < 10000:
                unit = "元"  # 72.4万元 ÷ 1800000页 is 0.40 元 a page, not «0 万元»
            result.total = q.from_fen(fen, unit)
            result.unit = unit
        result.value = q.tidy((result.total / result.divisor.value).quantize(Decimal("0.0001")))

    def _rate(self, plan: Plan, result: Result, where: Filter | None) -> None:
        """A standard per 户/亩/人: rows written per that unit, else the header sentence saying
        «每亩…元» (资金用途, 绩效目标)."""
        per = plan.measure.per or "人"
        result.rows = self.queries.rows(where, RowPer(per))
        if result.rows:
            self.settle_rate(result)
            return
        for p in result.projects:
            for name, text in (("use", p.use), ("goal", p.goal)):
                for clause in re.split(r"[，。；,;]", text or ""):
                    if (f"每{per}" in clause or f"{per}均" in clause) and re.search(r"\d", clause):
                        result.clauses.append((p, name, clause.strip()))
        having = {p.id for p, _, _ in result.clauses}
        result.projects = [p for p in result.projects if p.id in having]
        amounts = [a for _, _, c in result.clauses for a in q.find_amounts(c)
                   if a.unit in q.MONEY_UNITS]
        if len(amounts) == 1:
            result.value, result.unit = amounts[0].value, amounts[0].unit

    def settle_rate(self, result: Result) -> None:
        """The projects of the rate rows, and the rate itself when every row gives the same."""
        having = {r.project_id for r in result.rows}
        result.projects = [p for p in result.projects if p.id in having]
        per = result.plan.measure.per or "人"
        rates = {rate_of(r, per) for r in result.rows}
        if len(rates) == 1 and None not in rates:
            result.value, result.unit = next(iter(rates))

    def _structure(self, plan: Plan, result: Result) -> None:
        rows = self.queries.rows(all_of(scope_filter(plan), plan.filter), plan.rows)
        counts: dict[tuple[str, str], int] = {}
        for r in rows:
            key = (r.level1, r.level2 if plan.operation.level == "level2" else "")
            counts[key] = counts.get(key, 0) + 1
        result.structure = [(a, b, n) for (a, b), n in counts.items()]
        result.rows = rows

    # -- helpers -------------------------------------------------------------------------

    def _keep_measured(self, result: Result) -> None:
        keep_p = {i.project.id for i in result.items if i.project}
        keep_r = {i.row.id for i in result.items if i.row}
        keep_p |= {i.row.project_id for i in result.items if i.row}
        if keep_p:
            order = list(dict.fromkeys([i.project.id for i in result.items if i.project]
                                       + [i.row.project_id for i in result.items if i.row]))
            by_id = {p.id: p for p in result.projects}
            result.projects = [by_id[i] for i in order if i in by_id]
        if keep_r:
            result.rows = [r for r in result.rows if r.id in keep_r]
        elif keep_p:
            result.rows = [r for r in result.rows if r.project_id in keep_p]

    def _shown(self, plan: Plan, item: Item, usual: str | None = None) -> tuple[Decimal | None, str | None]:
        """An item's amount in the unit asked, else in the unit most of the compared items
        use (a 元 table among 万元 ones is shown in 万元)."""
        unit = plan.money_unit or (usual if usual in q.FEN_PER_UNIT else None)
        if item.fen is not None and unit:
            return q.from_fen(item.fen, unit), unit
        return item.value, item.unit


_PER_ALIASES = {"人": "人位名", "户": "户", "亩": "亩", "批次": "批"}
# Who a per-head question divides among: people, whatever noun names them («每个培育对象»).
_PEOPLE = re.compile(r"人|对象|农民|学员|职工|群众|老干部|遗孀|学生|儿童|老人|患者|居民|残疾|困难|劳动力")
_AREA = re.compile(r"面积|亩|公顷")


def plan_month(points, month: int, quarter: bool) -> int:
    """The plan column a month end asked reads: a quarter's end («三季度末») is the plan's third
    column, 10月底 in the forms that print 3月底, 6月底, 10月底 and 12月底 (no 9月底)."""
    filled = {s.month for s in points if s.percent is not None}
    if quarter and month == 9 and 9 not in filled and 10 in filled:
        return 10
    return month


def _sharing_most(items: list, named: set[str], least: int, name_of) -> list:
    """The items whose name (`name_of`) shares the most characters with `named`, at least `least`."""
    scores = [len(named & set(name_of(i) or "")) for i in items]
    best = max(scores, default=0)
    return [i for i, n in zip(items, scores) if n == best and n >= least]


def _one_per_project(items: list[Item], written: str) -> list[Item] | None:
    """Each project's one row a divisor names («按在册管理人数»): where a project has several
    rows of the kind, the one whose name shares most of the words; None when that is not one."""
    if re.search(r"总|合计|加起来|一共|全部|[和及与]", written or ""):
        return items  # «按孤儿和事实无人抚养儿童总人数»: every such row, added up
    named = set(re.sub(r"[数的按目标量人次]|人数|面积|来算|算", "", written or ""))
    by_project: dict[int, list[Item]] = {}
    for i in items:
        by_project.setdefault(i.row.project_id if i.row else id(i), []).append(i)
    chosen = []
    for group in by_project.values():
        if len(group) > 1:
            group = _sharing_most(group, named, 2, lambda i: i.row.level3 if i.row else "")
            if len(group) != 1:
                return None
        chosen += group
    return chosen


def _per_unit(per: str | None, total: Decimal, unit: str | None) -> tuple[Decimal, str | None]:
    """A count in the unit divided by: 28000 米 is 28 per «每公里» (公里's base is 米)."""
    per_base, per_factor = q.base_unit_of(per) if per else (None, Decimal(1))
    if per_base and per_base == unit and per_factor != 1:
        return q.tidy(total / per_factor), per
    return total, unit


def divisor_units(written: str, per: str | None) -> set[str]:
    """The base units a divisor named in words is counted in: the measure word after «每»
    («每户»), the one before «数» («户数»), 人 for people, 亩 for an area."""
    units = {per} if per and per not in ("个", "项", "份") else set()
    if m := re.search(r"([户人亩次台个件所座处家头只吨])数", written):
        units.add(m.group(1))
    if _PEOPLE.search(written):
        units.add("人")
    if _AREA.search(written):
        units.add("亩")
    units |= {alias for p in list(units) for alias in _PER_ALIASES.get(p, "")}
    return units or ({per} if per else set())


def rate_of(row: IndicatorRow, per: str) -> tuple[Decimal, str] | None:
    """The amount per one 户/亩/人 a row states: its target when written per unit («3500元/户»),
    else the amount after «每位…» in its name or description («每位…代缴67元»)."""
    if row.unit and "/" in row.unit and row.number is not None:
        return q.tidy(row.number), row.unit
    pers = _PER_ALIASES.get(per, per)
    for text in (row.level3, row.description):
        m = re.search(rf"每[{pers}][^，。；,;]{{0,16}}?(\d+(?:\.\d+)?)\s*(万元|元)", text or "")
        if m:
            return q.tidy(Decimal(m.group(1))), f"{m.group(2)}/{per}"
    return None


def _common(units: list[str | None]) -> str | None:
    kinds = {u for u in units if u}
    return kinds.pop() if len(kinds) == 1 else None


class YearComparison:
    """A plan of kind "change": per department, the year asked about against the one before (or
    the two years named), projects matched by code, then name (`assistant.matching`)."""

    def __init__(self, queries: Queries, plan: Plan, result: Result):
        self.queries = queries
        self.plan = plan
        self.result = result
        self.op = plan.operation
        self.money = plan.measure.money if plan.measure.kind == "money" else "budget"
        self.filtered = plan.filter is not None or plan.scope.previous is not None

    def run(self) -> None:
        departments = self.plan.scope.departments or tuple(self.queries.departments())
        for department in departments:
            self._department(department, named=bool(self.plan.scope.departments))
        if not self.result.compared and not self.result.notes:
            self.result.notes.append("库中没有同一部门的两个年度可以比较")
        if len(self.result.notes) > 3:  # thousands of departments: the first few, then a count
            self.result.notes[3:] = [f"另有 {len(self.result.notes) - 3} 个部门同样不能比较"]
        self._value()

    def _department(self, department: str, named: bool) -> None:
        projects = self.queries.projects(InScope((department,), ()))
        years = sorted({p.year for p in projects if p.year is not None})
        later = self.op.years[0] or (years[-1] if years else None)
        earlier = self.op.years[1] or (later - 1 if later else None)
        if later not in years or earlier not in years:
            have = "、".join(f"{y}年" for y in years) or "没有年度"
            missing = "、".join(f"{y}年" for y in (earlier, later) if y is not None and y not in years)
            self.result.notes.append(f"库中没有{department}{missing or '上一年'}的文件（现有：{have}），不能比较")
            return
        after = [p for p in projects if p.year == later]
        before = [p for p in projects if p.year == earlier]
        self.result.compared.append((department, later, earlier))
        chosen = None
        if self.filtered:
            where = all_of(InScope((department,), (earlier, later)), scope_filter(self.plan),
                           self.plan.filter)
            chosen = {p.id for p in self.queries.projects(where)}
            if not chosen:  # none of the projects asked about is this department's
                self.result.compared.pop()
                return
        pairs = match_projects(before, after)
        if chosen is not None:
            pairs = [p for p in pairs if (p.later and p.later.id in chosen)
                     or (p.earlier and p.earlier.id in chosen)]
        unit = self.plan.money_unit or (after or before)[0].unit
        if self.plan.subject == "rows":
            self._rows(department, pairs)
        elif self.op.change == "kept":
            for p in pairs:
                if p.later is not None and p.earlier is not None:
                    self.result.changes.append(Change(department, p.earlier, p.later, p.basis, unit=unit))
                    self.result.projects += [p.later, p.earlier]
        elif self.op.change in ("new", "ended", "new+ended"):
            for p in pairs:
                gone = p.later is None
                wanted = self.op.change == "new+ended" or (self.op.change == "ended") == gone
                if wanted and (p.later is None or p.earlier is None):
                    item = p.earlier if gone else p.later
                    value = q.from_fen(item.fen(self.money), unit)
                    self.result.changes.append(Change(department, p.earlier, p.later, "",
                                                      before=value if gone else None,
                                                      after=None if gone else value, unit=unit))
                    self.result.projects.append(item)
        elif self.op.change == "amount" and not self.filtered and self.plan.measure.kind == "count":
            # «项目比上年多几个», «指标多几条»: how many there are in each year
            n_after, n_before = len(after), len(before)
            unit = "个"
            if self.plan.measure.rows is not None:
                rows = self.queries.rows(ProjectIds(tuple(p.id for p in after + before)), None)
                ids_after = {p.id for p in after}
                n_after = sum(1 for r in rows if r.project_id in ids_after)
                n_before, unit = len(rows) - n_after, "条"
            self.result.totals.append(YearTotal(department, later, earlier, Decimal(n_after),
                                                Decimal(n_before), unit, len(after), len(before)))
            self.result.projects += after + before
        elif self.op.change == "amount" and not self.filtered:
            fen_after = sum(p.fen(self.money) or 0 for p in after)
            fen_before = sum(p.fen(self.money) or 0 for p in before)
            self.result.totals.append(YearTotal(department, later, earlier,
                                                q.from_fen(fen_after, unit), q.from_fen(fen_before, unit),
                                                unit, len(after), len(before)))
            self.result.projects += after + before
        else:
            for p in pairs:
                fen_a = p.later.fen(self.money) if p.later else None
                fen_b = p.earlier.fen(self.money) if p.earlier else None
                if self.op.change != "amount" and (fen_a is None or fen_b is None):
                    continue  # which projects went up: only those in both years
                change = Change(department, p.earlier, p.later, p.basis,
                                q.from_fen(fen_b or 0, unit), q.from_fen(fen_a or 0, unit), unit)
                change.delta = change.after - change.before
                if self.op.beyond and not _beyond(change, self.op.beyond, self.op.direction):
                    continue  # «增长超过10%»: the rate of change is compared too
                if self.op.change == "amount" or _goes(change.delta, self.op.direction):
                    self.result.changes.append(change)
                    self.result.projects += [x for x in (p.later, p.earlier) if x is not None]
                elif self.op.yes_no:
                    self.result.unchanged.append(change)

    def _rows(self, department: str, pairs) -> None:
        both = [p for p in pairs if p.earlier is not None and p.later is not None]
        ids = tuple(i for p in both for i in (p.earlier.id, p.later.id))
        rows_filter = self.plan.measure.rows if self.plan.measure.rows is not None else self.plan.rows
        by_project: dict[int, list[IndicatorRow]] = {}
        for r in self.queries.rows(ProjectIds(ids), rows_filter) if ids else []:
            by_project.setdefault(r.project_id, []).append(r)
        for p in both:
            for rp in match_rows(by_project.get(p.earlier.id, []), by_project.get(p.later.id, [])):
                a, b = rp.later, rp.earlier
                if self.op.change in ("new_rows", "ended_rows"):  # a row the other year lacks
                    if not (a is not None and b is None if self.op.change == "new_rows"
                            else a is None and b is not None):
                        continue
                    self.result.changes.append(Change(department, p.earlier, p.later, p.basis,
                                                      row_before=b, row_after=a))
                    self.result.rows.append(a or b)
                    continue
                if a is None or b is None:
                    continue
                before, after, unit = _comparable(b, a)
                if before is None:  # text: changed when more than the year differs
                    differs = plain_name(a.value_raw) != plain_name(b.value_raw)
                    if self.op.direction == "any" and differs or self.op.direction == "same" and not differs:
                        change = Change(department, p.earlier, p.later, p.basis, row_before=b, row_after=a)
                        self.result.changes.append(change)
                        self.result.rows += [a, b]
                    continue
                change = Change(department, p.earlier, p.later, p.basis, before, after, unit,
                                after - before, row_before=b, row_after=a)
                if _goes(change.delta, self.op.direction) or self.op.change == "amount":
                    self.result.changes.append(change)
                    self.result.rows += [a, b]
                elif self.op.yes_no:  # «…提前了吗»: no, and here is what was compared
                    self.result.unchanged.append(change)

    def _top(self) -> None:
        """«增长最多的项目», «降幅最大的»: the one change that goes furthest (by percentage when
        asked so); projects new or ended have no change to rank."""
        r = self.result
        ranked = [c for c in r.changes if c.delta is not None and (not self.op.percent or c.before)]
        if not ranked:
            return
        sign = -1 if self.op.direction == "down" else 1

        def size(c: Change) -> Decimal:
            return sign * (c.percent if self.op.percent else c.delta)

        ranked.sort(key=size, reverse=self.op.n > 0)
        keep = ranked[0]
        r.changes = [keep]
        r.projects = [p for p in (keep.later, keep.earlier) if p is not None]
        r.rows = [x for x in (keep.row_after, keep.row_before) if x is not None]

    def _top_total(self) -> None:
        """«哪个部门增幅大»: the department total that changed furthest."""
        r = self.result
        sign = -1 if self.op.direction == "down" else 1

        def size(t: YearTotal) -> Decimal:
            change = t.after - t.before
            return sign * (change * 100 / t.before if self.op.percent and t.before else change)

        best = sorted(r.totals, key=size, reverse=self.op.n > 0)[0]
        r.totals = [best]  # the projects of every department compared stay cited
        change = best.after - best.before
        if self.op.percent and best.before:
            r.value, r.unit = q.tidy((sign * change * 100 / best.before).quantize(Decimal("0.01"))), "%"
        else:
            r.value, r.unit = q.tidy(sign * change), best.unit

    def _value(self) -> None:
        """The number the answer gives: a total's change, one item's change, or a count."""
        r = self.result
        if self.op.n and r.totals and not r.changes:
            self._top_total()
            return
        if self.op.n:
            self._top()
            c = r.changes[0] if len(r.changes) == 1 else None
            if c is not None and c.delta is not None:
                sign = -1 if self.op.direction == "down" else 1
                if self.op.percent and c.before:
                    r.value, r.unit = q.tidy((sign * c.percent).quantize(Decimal("0.01"))), "%"
                else:
                    r.value, r.unit = q.tidy(sign * c.delta), c.unit
            return
        sign = -1 if self.op.direction == "down" else 1
        if self.op.total and self.op.change in ("new", "ended"):  # «新增了哪些？预算合计多少»
            amounts = [c.after if c.after is not None else c.before for c in r.changes]
            units = {c.unit for c in r.changes}
            if amounts and len(units) == 1 and None not in amounts:
                r.value, r.unit = q.tidy(sum(amounts, Decimal(0))), units.pop()
            return
        if self.op.change == "items" and self.op.percent and len(r.changes) == 1 and r.changes[0].before:
            # «两年的预算分别多少？增长了百分之几»: that one change, in percent
            r.value, r.unit = q.tidy(r.changes[0].percent.quantize(Decimal("0.01"))), "%"
            return
        if self.op.change == "count" or self.op.change in ("new", "ended", "new+ended", "items", "kept",
                                                           "new_rows", "ended_rows"):
            r.value, r.unit = Decimal(len(r.changes)), ("条" if self.plan.subject == "rows" else "个")
            return
        if self.plan.subject == "rows":  # one row's change is a number; several are a list
            if len(r.changes) == 1 and r.changes[0].delta is not None:
                c = r.changes[0]
                r.value, r.unit = q.tidy(sign * c.delta), c.unit
            return
        if r.totals and not r.changes:
            after = sum((t.after for t in r.totals), Decimal(0))
            before = sum((t.before for t in r.totals), Decimal(0))
            units = {t.unit for t in r.totals}
        elif r.changes and all(c.delta is not None for c in r.changes):
            after = sum((c.after for c in r.changes), Decimal(0))
            before = sum((c.before for c in r.changes), Decimal(0))
            units = {c.unit for c in r.changes}
        else:
            return
        if len(units) != 1:
            r.problem = f"单位不同（{'、'.join(sorted(u or '' for u in units))}），不能相加比较"
            return
        r.total = before
        if self.op.percent:
            if not before:
                r.problem = "上一年为0，不能算百分比"
                return
            r.value, r.unit = q.tidy((sign * (after - before) * 100 / before).quantize(Decimal("0.01"))), "%"
        else:
            r.value, r.unit = q.tidy(sign * (after - before)), units.pop()


def _day_in_year(when) -> Decimal:
    """The day's place in a common year, so 10月31日 is the same day in 2023 and 2024."""
    from datetime import date

    day = min(when.day, 28) if when.month == 2 else when.day
    return Decimal(date(2001, when.month, day).timetuple().tm_yday)


def _usual(units: list[str | None]) -> str | None:
    known = [u for u in units if u]
    return max(set(known), key=known.count) if known else None


def kept_conditions(f: Filter | None):
    """The conditions a listed project meets (not those under a negation)."""
    if f is None or isinstance(f, Not):
        return
    yield f
    if isinstance(f, (AllOf, AnyOf)):  # of an «或», the uses shown are the project's own
        for part in f.parts:
            yield from kept_conditions(part)


def _requires_rows(f: Filter) -> bool:
    """Does every project the filter keeps have a row it asks for? Not so for «满意度≥90%，或者
    预算超过5000万元»: a project may match by its money alone."""
    if isinstance(f, HasRow):
        return True
    if isinstance(f, AnyOf):
        return all(_requires_rows(p) for p in f.parts)
    if isinstance(f, AllOf):
        return any(_requires_rows(p) for p in f.parts)
    return False


def _beyond(change, bound: tuple[str, Decimal], direction: str) -> bool:
    """Is the change, in percent of the year before (a fall counted positive when a fall is
    asked), beyond the bound?"""
    rate = change.percent
    if rate is None:
        return False
    return q.holds(-rate if direction == "down" else rate, bound[0], bound[1])


def _goes(delta: Decimal | None, direction: str) -> bool:
    if delta is None:
        return False
    if direction == "same":  # «与上年持平»
        return delta == 0
    return delta > 0 if direction == "up" else delta < 0 if direction == "down" else delta != 0


def _comparable(before: IndicatorRow, after: IndicatorRow) -> tuple[Decimal | None, Decimal | None, str | None]:
    """Two years' targets of one row as numbers in one unit, or Nones when they are not.
    Deadlines compare by their day in the year («2023年10月底前» → «2024年9月底前»: 30 days
    earlier), as each year's document sets its own year's deadline."""
    if before.deadline is not None and after.deadline is not None:
        return _day_in_year(before.deadline), _day_in_year(after.deadline), "天"
    if before.number is not None and after.number is not None and before.unit == after.unit:
        return before.number, after.number, after.unit
    if before.norm is not None and after.norm is not None and before.base_unit == after.base_unit:
        return before.norm, after.norm, after.base_unit
    return None, None, None


def _planned_fen(budget_fen: int, percent: Decimal) -> int:
    """The budget's planned share in 分, to the precision a percentage stored to two places
    carries: «64.06%» of 128万 is 90万 (the amount the table planned), not 89.9968万."""
    exact = Decimal(budget_fen) * percent / 100
    if -Decimal(percent).normalize().as_tuple().exponent < 2:
        return int(exact.to_integral_value())  # «25%», «37.5%»: exact as printed
    slack = budget_fen // 10000  # what 0.01% of the budget can move it
    step = 10 ** (len(str(slack)) - 1) if slack >= 10 else 1
    return int((exact / step).to_integral_value() * step)
