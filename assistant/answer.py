"""The answer record: text, the rows it rests on, and how it was computed."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Citation:
    """One table row (or prose paragraph) an answer used."""

    source: str
    project_code: str | None
    project_name: str | None
    table: int | None
    row: int | None
    text: str
    section: tuple[str, ...] = ()

    def label(self) -> str:
        """A short human label: «社会保障工作经费 第3行» or the section path."""
        if self.section:
            return " › ".join(self.section)
        where = f"第{self.row}行" if self.row is not None else "表头"
        return f"{self.project_name or ''} {where}".strip()

    def to_record(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "project_code": self.project_code,
            "project_name": self.project_name,
            "table": self.table,
            "row": self.row,
            "text": self.text,
            "section": list(self.section),
        }


@dataclass(frozen=True)
class Answer:
    """What the assistant says, with every row it used and, for computed answers, the query."""

    question: str
    text: str
    found: bool
    projects: tuple[str, ...] = ()
    value: Decimal | None = None
    unit: str | None = None
    citations: tuple[Citation, ...] = ()
    plan: dict[str, Any] = field(default_factory=dict)
    table: tuple[dict[str, Any], ...] = ()  # rows for a list answer (shown as a table / CSV)
    latency_ms: float = 0.0
    # How the question was understood, restated from the plan («理解为：…»); shown under the answer.
    understood: str = ""
    # The store's ids of those projects: a 项目编码 can recur in another year's document, so a
    # follow-up question goes back to exactly these rows (not part of the JSON record).
    project_ids: tuple[int, ...] = ()
    row_ids: tuple[int, ...] = ()  # the indicator rows it cited (for «两者相差多少»)
    typed_plan: Any = field(default=None, compare=False)  # the Plan, for follow-up questions

    def to_record(self, id_: str | None = None) -> dict[str, Any]:
        """The JSON record of `jixiao ask --json`."""
        record: dict[str, Any] = {}
        if id_ is not None:
            record["id"] = id_
        record.update(
            question=self.question,
            answer=self.text,
            understood=self.understood,
            found=self.found,
            projects=list(self.projects),
            value=float(self.value) if self.value is not None else None,
            unit=self.unit,
            citations=[c.to_record() for c in self.citations],
            plan=_jsonable(self.plan),
            table=[_jsonable(r) for r in self.table],
            latency_ms=round(self.latency_ms, 2),
        )
        return record


def plain_number(value: Any) -> str:
    """A number as a person writes it: 131.90 → 131.9, 2.0E+4 → 20000; None → —."""
    if value is None:
        return "—"
    return format(Decimal(str(value)).normalize(), "f")


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return float(obj)
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if hasattr(obj, "__dataclass_fields__"):
        return _jsonable(asdict(obj))
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    return obj
