"""Typed conditions on projects and indicator rows, combined with AND/OR/NOT.

The assistant builds these from a question; `store.queries` turns them into SQL. Nothing here
knows SQL or Chinese: a condition says what must hold of a stored row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ingest.policy_refs import RefPattern


@dataclass(frozen=True)
class Compare:
    """`value op number` («≥ 90»), or a range when `upper` is set (both ends included)."""

    op: str  # >= <= > < = !=
    number: Decimal
    upper: Decimal | None = None


# -- conditions on an indicator row ------------------------------------------------------------

@dataclass(frozen=True)
class RowKind:
    """Rows of a kind: an 一级/二级 category, and/or words in the row's own names."""

    level1: str | None = None
    level2: str | None = None
    words: str | None = None  # in 一级, 二级 or 三级指标 («满意度»)


@dataclass(frozen=True)
class RowValue:
    """The row's target number compared, in base units (万人 and 人 compare; % compares as %)."""

    compare: Compare
    base_unit: str | None  # '%', '元', '人' …; None: any row with a number
    sign: str | None = None  # the comparator as written in the cell («≥»), when asked for


@dataclass(frozen=True)
class RowWritten:
    """How the target is written: percent, people, money, date, qualitative, ceiling, floor."""

    kind: str


@dataclass(frozen=True)
class RowUnit:
    """The target is written in this unit («以“个”为单位»)."""

    unit: str


@dataclass(frozen=True)
class RowPer:
    """A rate per one unit: the target is written per 户/亩/人 («3500元/户», «每亩…», «亩均…»)."""

    per: str


@dataclass(frozen=True)
class RowValueText:
    """The 指标值 cell holds this text as written («明显改善», «显著提升»)."""

    text: str


@dataclass(frozen=True)
class RowBasis:
    """The 指标值确定依据 contains (or is exactly) a text; `sole`: it names nothing else (one
    item: no list separator, no document number beside it)."""

    text: str
    exact: bool = False
    sole: bool = False


@dataclass(frozen=True)
class RowCites:
    """The row's basis cites a policy document."""

    ref: RefPattern


@dataclass(frozen=True)
class RowDeadline:
    """The row's deadline compared with a date."""

    op: str
    when: date


@dataclass(frozen=True)
class RowIds:
    """Exactly these rows (named in the question or found by a lookup)."""

    ids: tuple[int, ...]


# -- conditions on a project -------------------------------------------------------------------

@dataclass(frozen=True)
class ProjectIds:
    """Exactly these projects (named, by code, or the previous answer)."""

    ids: tuple[int, ...]


@dataclass(frozen=True)
class Money:
    """A money field compared, in 分: budget (预算数/资金总额), fiscal (财政资金), other (其他资金;
    derived as budget − fiscal where a layout leaves it out)."""

    field: str
    compare: Compare


@dataclass(frozen=True)
class MoneyShare:
    """One money field as a percentage of another of the same project («财政拨款占资金总额不到八成»)."""

    part: str
    whole: str
    compare: Compare  # in percent


@dataclass(frozen=True)
class RowAgainstMoney:
    """The project has a money row (of a kind) compared with one of its money fields
    («成本指标的数额大于预算»)."""

    rows: Filter | None
    op: str
    money: str


@dataclass(frozen=True)
class SameMoney:
    """Projects whose money field equals another project's (in the same filter's scope)."""

    field: str


@dataclass(frozen=True)
class NameHas:
    """The project name contains a text (at its start, when `start`)."""

    text: str
    start: bool = False


@dataclass(frozen=True)
class Implementer:
    """The project's 实施单位 contains the words («农业技术推广中心»)."""

    words: str


@dataclass(frozen=True)
class Attribute:
    """The project prints a header field whose value contains the words («新增», «2027»), under
    this label when one is given («项目属性»; ingest.tables.ATTRIBUTE_LABELS)."""

    words: str
    label: str = ""


@dataclass(frozen=True)
class Cites:
    """The project cites a policy document (in its name, goal, use or any row's basis)."""

    ref: RefPattern
    fields: tuple[str, ...] = ()  # () any; ("basis",) only in 指标值确定依据


@dataclass(frozen=True)
class HasRow:
    """The project has at least one indicator row meeting a row filter."""

    rows: Filter


@dataclass(frozen=True)
class RowCount:
    """The project has a number of indicator rows (of a kind, when `rows` is set)."""

    rows: Filter | None
    compare: Compare


@dataclass(frozen=True)
class Spending:
    """The cumulative spending plan by a month end compared with a percentage; with `month_from`,
    what it adds after that month end («三季度当季»); with `amount`, that share of the budget in 分
    («当季计划支出超过30万元»)."""

    month: int
    compare: Compare
    month_from: int | None = None
    amount: bool = False


@dataclass(frozen=True)
class SpendingBlank:
    """The spending plan leaves a month end's column empty, as written (a plan that has some
    column filled; a project without any plan is HasPlan(False))."""

    month: int


@dataclass(frozen=True)
class HasOther:
    """The project has (or has no) 其他资金."""

    present: bool


@dataclass(frozen=True)
class HasPlan:
    """The project has (or has no) spending plan."""

    present: bool


@dataclass(frozen=True)
class MoneyUnit:
    """The project's table states its money in this unit («以元为单位的表»)."""

    unit: str


@dataclass(frozen=True)
class InScope:
    """The project belongs to one of these departments and/or years (empty: any)."""

    departments: tuple[str, ...] = ()
    years: tuple[int, ...] = ()


# -- combinations --------------------------------------------------------------------------

@dataclass(frozen=True)
class AllOf:
    parts: tuple[Filter, ...]


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Filter, ...]


@dataclass(frozen=True)
class Not:
    part: Filter


RowCondition = (RowKind | RowValue | RowWritten | RowUnit | RowPer | RowValueText | RowBasis | RowCites
                | RowDeadline | RowIds)
ProjectCondition = (ProjectIds | Money | MoneyShare | RowAgainstMoney | SameMoney | NameHas | Implementer
                    | Attribute | Cites | HasRow | RowCount | Spending | HasOther | HasPlan | MoneyUnit
                    | InScope)
Filter = RowCondition | ProjectCondition | AllOf | AnyOf | Not


def all_of(*parts: Filter | None) -> Filter | None:
    """AND of the parts given (None parts dropped; one part stays itself)."""
    kept: list[Filter] = []
    for part in parts:
        if part is None:
            continue
        kept.extend(p for p in (part.parts if isinstance(part, AllOf) else (part,)) if p not in kept)
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else AllOf(tuple(kept))


def any_of(*parts: Filter | None) -> Filter | None:
    kept = [p for p in parts if p is not None]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else AnyOf(tuple(kept))


def walk(f: Filter | None):
    """Every condition in a filter tree, depth first (HasRow's row filter included)."""
    if f is None:
        return
    yield f
    if isinstance(f, (AllOf, AnyOf)):
        for part in f.parts:
            yield from walk(part)
    elif isinstance(f, Not):
        yield from walk(f.part)
    elif isinstance(f, HasRow):
        yield from walk(f.rows)
