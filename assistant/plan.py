"""The typed plan a question becomes: scope × filter × measure × operation.

Readers fill the pieces independently; `assistant.planner` composes them, `assistant.describe`
turns a plan into words («理解为：…»), `assistant.executor` runs it through `store.queries`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from store.filters import Filter


@dataclass(frozen=True)
class Scope:
    """Which documents a question is about: departments, years, or the previous answer."""

    departments: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    previous: tuple[int, ...] | None = None  # the project ids of the previous answer
    words: str = ""  # how the question named the scope («魏县人社局», «上述项目»)
    # No year named while a department holds several: each department's latest year (None: a
    # document without a year). Empty when a year is named or one year is all there is.
    latest: tuple[tuple[str, int | None], ...] = ()


@dataclass(frozen=True)
class Measure:
    """What number is read from each item.

    kind: "money" (a header money field), "planned" (budget × cumulative plan % by a month),
    "plan_percent" (the plan % by a month), "value" (the target number of indicator rows),
    "count" (one per item), "text" (a header field read as text), "part" (one money field as a
    percentage of another, per item), or "none".
    """

    kind: str = "none"  # also "rate": a standard per 户/亩/人, from rows or the header text
    money: str = "budget"  # budget | fiscal | other
    month: int | None = None
    month_from: int | None = None  # planned between two month ends («10月底到年底之间»)
    rows: Filter | None = None  # which rows carry the value (kind "value")
    text: str | None = None  # use | goal | refs | code | plan | summary (kind "text")
    soft: bool = False  # guessed from «多少人», «什么时候»: fall back to a search by words
    per: str | None = None  # rate: per what («户», «亩», «人»)
    whole: str | None = None  # kind "part": `money` as a percentage of this money field, per item
    quarter: bool = False  # planned: asked by a quarter's end («三季度末»), the plan's own column for it


@dataclass(frozen=True)
class Operand:
    """A number an operation uses: stated in the question, or read from the facts."""

    number: Decimal | None = None  # stated («按35人», «增长8%»)
    unit: str | None = None
    measure: Measure | None = None  # read from the same items (their 代缴人数 row …)
    written: str = ""


@dataclass(frozen=True)
class Operation:
    """What is done with the measured items.

    kind: list | count | sum | mean | max | min | rank | share | difference | ratio | divide |
    multiply | lookup | structure | check | rows | prose | refs | ref_index | issues | change
    """

    kind: str = "list"
    n: int | None = None  # max/min: the top N; rank: the place
    operand: Operand | None = None  # divide by, multiply by, share of, check against
    whole: Filter | None = None  # share: the items the total is taken over (None: the scope)
    whole_measure: Measure | None = None  # share: another measure of the same items (财政资金/预算)
    rule: str | None = None  # issues: one check rule
    consistent: bool = False  # issues: the items a rule does NOT flag
    query: str = ""  # rows / prose: the words to search by; divide: what one share is («人»)
    level: str | None = None  # structure: "level1" | "level2"
    sides: tuple[Filter, ...] = ()  # difference / ratio between named groups, in question order
    signed: bool = False  # «A比B多多少»: A − B, not the absolute gap
    measures: tuple[Measure, ...] = ()  # difference / ratio between two measures of the same items
    numbers: tuple[Operand, ...] = ()  # divide: both numbers stated in the question («177万元÷67元»)
    each: str = "sum"  # difference / ratio between sides: each side's sum, or its mean per item
    percent: bool = False  # ratio given as a percentage («是…的百分之几»)
    # change: one year against another, per department. years = (subject, reference); None: the
    # latest year the department holds, and the year before it.
    years: tuple[int | None, int | None] = (None, None)
    change: str = "amount"  # amount | items | count | new | ended | kept
    direction: str = "any"  # up | down | any
    tally: bool = False  # change: how many of them is asked («新增了几个»)
    yes_no: bool = False  # change: «…调低了吗», answered with what was compared when nothing moved
    total: bool = False  # change new / ended: the money of those projects added up too
    beyond: tuple[str, Decimal] | None = None  # change items: the rate of change compared («增长超过10%»)


@dataclass(frozen=True)
class Plan:
    """A question as the assistant understood it."""

    scope: Scope = field(default_factory=Scope)
    filter: Filter | None = None  # which projects
    rows: Filter | None = None  # which indicator rows, when the answer is about rows
    also: Filter | None = None  # rows asked of the same projects besides the measure
    also_money: tuple[str, ...] = ()  # more money fields asked of the same projects («财政拨款和其他资金又各是多少»)
    measure: Measure = field(default_factory=Measure)
    operation: Operation = field(default_factory=Operation)
    subject: str = "projects"  # projects | rows
    money_unit: str | None = None  # the unit the question asks money in (万元, 元, 亿元)
    by_department: bool = False  # the answer is split per department
    assumptions: tuple[str, ...] = ()  # readings the answer rests on («按万元计»)
    unread: tuple[str, ...] = ()  # meaningful words no reader used
    rest: str = ""  # the words no reader took (what a row or passage search goes by)
    reason: str = ""  # why nothing can be found (out of scope, absent field)
    understood: str = ""
    # «第一个项目…»: the projects of the answer the place was counted in, so that «那第二个呢» can
    # take the next of the same list
    picked_from: tuple[int, ...] = ()

    def but(self, **changes) -> Plan:
        return replace(self, **changes)
