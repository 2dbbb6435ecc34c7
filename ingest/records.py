"""Typed records that flow from ingest to store to assistant; each keeps where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Locator:
    """Where a record came from: file, table number and row (or section path for prose).

    `row` is the row within its indicator table, the same whatever the file format; `page`
    (PDF), `sheet` and `sheet_row` (Excel) say where that row sits in the file itself.
    """

    source: str
    table: int | None = None
    row: int | None = None
    section: tuple[str, ...] = ()
    page: int | None = None
    sheet: str | None = None
    sheet_row: int | None = None

    def cite(self, title: str = "") -> str:
        """Render as a citation a person can check: «社会保障工作经费 绩效目标表 第3行»."""
        if self.section:
            return f"{self.source} · {' › '.join(self.section)}"
        parts = [self.source]
        if title:
            parts.append(f"{title} 绩效目标表")
        elif self.table is not None:
            parts.append(f"表{self.table}")
        if self.row is not None:
            parts.append(f"第{self.row}行")
        if self.page is not None:
            parts.append(f"（第{self.page}页）")
        if self.sheet is not None:
            where = f"工作表“{self.sheet}”" + (f"第{self.sheet_row}行" if self.sheet_row else "")
            parts.append(f"（{where}）")
        return " ".join(parts)


@dataclass(frozen=True)
class PolicyRef:
    """A policy document number such as 冀人社规〔2018〕8号, in one canonical spelling; an order
    numbered without a year («水利部令第50号») has year None."""

    issuer: str
    year: int | None
    number: int
    raw: str = field(default="", compare=False)

    @property
    def canonical(self) -> str:
        if self.year is None:
            return f"{self.issuer}第{self.number}号"
        return f"{self.issuer}〔{self.year}〕{self.number}号"


@dataclass(frozen=True)
class Value:
    """A parsed 指标值: comparator, number and unit, normalised where the unit allows; raw kept."""

    raw: str
    comparator: str | None = None  # one of >= <= > < = ; None when the cell states no comparison
    number: Decimal | None = None
    unit: str | None = None
    normalized: Decimal | None = None  # number in base_unit (万人 → 人, 万元 → 元, …)
    base_unit: str | None = None
    deadline: date | None = None

    @property
    def is_measurable(self) -> bool:
        return self.number is not None or self.deadline is not None


@dataclass(frozen=True)
class Indicator:
    """One row of an indicator table."""

    level1: str
    level2: str
    level3: str
    description: str
    value: Value
    basis: str
    policy_refs: tuple[PolicyRef, ...]
    locator: Locator
    ocr: bool = False  # read by OCR from a scan: a reader must double-check its numbers
    # «定量» or «定性» as the row's 指标性质/指标类型 column marks it (a sign ≥ ≤ = in that column
    # marks a 定量 row, as the national form's 指标性质 does); "" when the table prints no such column
    nature: str = ""
    weight: Decimal | None = None  # the row's 分值/权重 as printed; None when none is printed


@dataclass(frozen=True)
class SpendingPoint:
    """Cumulative share of the budget to be spent by a period end (3月底 …)."""

    period: str
    month: int
    percent: Decimal | None


@dataclass(frozen=True)
class MoneyPart:
    """One part of the budget as printed under it (本级财政, 上级补助, 一般公共预算 …), in the
    project's unit; the totals (预算数, 财政拨款, 其他资金) are the Project's own fields."""

    label: str
    amount: Decimal


@dataclass(frozen=True)
class Project:
    """One 绩效目标表: header fields and its indicator rows. Money in `unit` (万元 in the sample)."""

    code: str
    name: str
    department: str
    unit: str
    budget: Decimal | None
    fiscal: Decimal | None
    other: Decimal | None
    use: str
    goal: str
    spending_plan: tuple[SpendingPoint, ...]
    indicators: tuple[Indicator, ...]
    policy_refs: tuple[PolicyRef, ...]
    locator: Locator
    ocr: bool = False  # header read by OCR from a scan
    implementer: str = ""  # 实施单位 as printed beside 主管部门 («成安县农村公路管理所»); "" when none
    # Other header fields as printed, (label, value) in table order: (项目属性, 新增项目),
    # (项目期限, 2025年1月1日—2025年12月31日) … (ingest.labels.ATTRIBUTE_LABELS); () when none
    attributes: tuple[tuple[str, str], ...] = ()
    # The treasury money's parts as printed, in table order (ingest.labels.MONEY_PART_LABELS):
    # 本级财政 372.10, 上级补助 1488.40 …; () when the table prints only the totals
    parts: tuple[MoneyPart, ...] = ()


@dataclass(frozen=True)
class Section:
    """A prose paragraph from the first part of the document, with its heading path."""

    path: tuple[str, ...]
    text: str
    locator: Locator


@dataclass(frozen=True)
class Source:
    """A file that was read."""

    path: str
    name: str
    sha256: str
    department: str
    year: int | None


@dataclass(frozen=True)
class Document:
    """Everything read from one file, with the warnings a person should see."""

    source: Source
    projects: tuple[Project, ...]
    sections: tuple[Section, ...]
    warnings: tuple[str, ...] = ()
