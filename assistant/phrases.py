"""Phrases answers are built from: a row as a line, a project's amount, a number as written."""

from __future__ import annotations

from collections import OrderedDict
from decimal import Decimal
from typing import Any

from assistant import templates as t
from ingest import quantity as q
from store.queries import IndicatorRow, ProjectRow


def plain(value: Any) -> str:
    """A number as a person writes it: 131.90 → 131.9, 2.0E+4 → 20000; None → —."""
    if value is None:
        return "—"
    return format(q.tidy(Decimal(str(value))), "f")


def row_fields(r: IndicatorRow) -> dict[str, Any]:
    extra = []
    if r.description and r.description != r.level3:
        extra.append(f"描述：{r.description}")
    if r.basis:
        extra.append(f"依据：{r.basis}")
    value = r.value_raw + (t.OCR if r.ocr else "")
    return dict(row=r.row_no, level2=r.level2, level3=r.level3, value=value,
                extra=f"（{'；'.join(extra)}）" if extra else "")


def row_line(r: IndicatorRow) -> str:
    return t.ROW_LINE.format(**row_fields(r))


def group_rows(rows: list[IndicatorRow]) -> OrderedDict[int, list[IndicatorRow]]:
    groups: OrderedDict[int, list[IndicatorRow]] = OrderedDict()
    for r in rows:
        groups.setdefault(r.project_id, []).append(r)
    return groups


def common_value(rows: list[IndicatorRow]) -> tuple[Decimal | None, str | None]:
    """The single number a lookup asks for, when every row states the same one."""
    values = {(r.number, r.unit) for r in rows}
    if len(values) == 1:
        number, unit = next(iter(values))
        if number is not None:
            return q.tidy(number), unit
    return None, None


def amount(p: ProjectRow, money: str = "budget") -> str:
    """«预算数 150 万元»; 其他资金 derived from the budget is marked so."""
    fen = p.fen(money)
    if fen is None:
        return "（表中未填）"
    text = f"{plain(q.from_fen(fen, p.unit))} {p.unit}"
    return text + (t.DERIVED if p.derived(money) else "") + (t.OCR if p.ocr else "")


def project_label(p: ProjectRow | IndicatorRow, departments: int = 1) -> str:
    """A project's name as an answer shows it; with several departments stored, its department."""
    return p.name if departments <= 1 else f"{p.name}［{p.department}］"
