"""Stored rows rebuilt as the typed records ingest made (projects with their rows, sections)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from ingest.quantity import from_fen
from ingest.records import (
    Indicator,
    Locator,
    MoneyPart,
    PolicyRef,
    Project,
    Section,
    SpendingPoint,
    Value,
)
from store.database import chunks, marks

Query = Callable[[str, Sequence[Any]], list[dict[str, Any]]]


def read_projects(query: Query, source_id: int | None = None,
                  sources: Sequence[int] | None = None) -> list[Project]:
    """Projects rebuilt as records, in source then table order (of one source, of several, or all)."""
    sql = """SELECT p.*, s.label AS source_name FROM projects p JOIN sources s
             ON s.id = p.source_id {} ORDER BY p.source_id, p.seq"""
    if sources is not None:  # in source order, part by part
        rows = [r for part in chunks(sorted(set(sources)))
                for r in query(sql.format(f"WHERE p.source_id IN ({marks(part)})"), part)]
    elif source_id:
        rows = query(sql.format("WHERE p.source_id = ?"), (source_id,))
    else:
        rows = query(sql.format(""), ())
    ids = [r["id"] for r in rows]
    plans = _grouped(query, "SELECT * FROM spending_plan WHERE project_id IN ({}) ORDER BY month", ids)
    attributes = _grouped(
        query, "SELECT * FROM project_attributes WHERE project_id IN ({}) ORDER BY project_id, seq", ids)
    parts = _grouped(
        query, "SELECT * FROM project_money_parts WHERE project_id IN ({}) ORDER BY project_id, seq", ids)
    inds = _grouped(query, "SELECT * FROM indicators WHERE project_id IN ({}) ORDER BY row_no", ids)
    links = _grouped(
        query, """SELECT l.*, r.issuer, r.year, r.number FROM ref_links l
                  JOIN policy_refs r ON r.id = l.ref_id WHERE l.project_id IN ({})""", ids)
    out = []
    for r in rows:
        loc = Locator(r["source_name"], table=r["seq"], page=r["page"], sheet=r["sheet"],
                      sheet_row=r["sheet_row"])
        refs_by_ind: dict[int | None, list[PolicyRef]] = {}
        for link in links.get(r["id"], []):
            ref = PolicyRef(link["issuer"], link["year"] or None, link["number"], link["raw"])
            bucket = refs_by_ind.setdefault(link["indicator_id"], [])
            if ref not in bucket:
                bucket.append(ref)
        out.append(Project(
            code=r["code"], name=r["name"], department=r["department"],
            implementer=r["implementer"], unit=r["unit"],
            budget=_dec(r["budget"]), fiscal=_dec(r["fiscal"]), other=_dec(r["other"]),
            use=r["use_text"], goal=r["goal"],
            spending_plan=tuple(
                SpendingPoint(s["period"], s["month"], _dec(s["percent_text"]))
                for s in plans.get(r["id"], [])),
            indicators=tuple(
                _indicator(i, loc, tuple(refs_by_ind.get(i["id"], [])))
                for i in inds.get(r["id"], [])),
            policy_refs=tuple(refs_by_ind.get(None, [])),
            locator=loc, ocr=bool(r["ocr"]),
            attributes=tuple((a["label"], a["value"]) for a in attributes.get(r["id"], [])),
            parts=tuple(MoneyPart(m["label"], from_fen(m["fen"], r["unit"]))
                        for m in parts.get(r["id"], [])),
        ))
    return out

def read_sections(query: Query) -> list[Section]:
    rows = query(
        "SELECT x.*, s.label AS source_name FROM sections x JOIN sources s ON s.id = x.source_id"
        " ORDER BY x.source_id, x.seq")
    return [
        Section(tuple(json.loads(r["path"])), r["text"],
                Locator(r["source_name"], section=tuple(json.loads(r["path"]))))
        for r in rows
    ]

def _grouped(query: Query, sql: str, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = {}
    for part in chunks(ids):
        for row in query(sql.format(marks(part)), part):
            grouped.setdefault(row["project_id"], []).append(row)
    return grouped


def _indicator(r: dict[str, Any], project_loc: Locator, refs: tuple[PolicyRef, ...]) -> Indicator:
    value = Value(
        raw=r["value_raw"], comparator=r["comparator"], number=_dec(r["number"]), unit=r["unit"],
        normalized=_dec(r["norm_text"]), base_unit=r["base_unit"],
        deadline=date.fromisoformat(r["deadline"]) if r["deadline"] else None,
    )
    return Indicator(
        level1=r["level1"], level2=r["level2"], level3=r["level3"], description=r["description"],
        value=value, basis=r["basis"], policy_refs=refs,
        locator=Locator(project_loc.source, table=project_loc.table, row=r["row_no"],
                        page=r["page"], sheet=r["sheet"], sheet_row=r["sheet_row"]),
        ocr=bool(r["ocr"]),
        **_nature_and_weight(r),
    )


def _nature_and_weight(r: dict[str, Any]) -> dict[str, Any]:
    """指标性质 and 分值 as stored, for records that keep them."""
    fields = {f.name for f in dataclasses.fields(Indicator)}
    out: dict[str, Any] = {}
    if "nature" in fields:
        out["nature"] = r.get("nature") or ""
    if "weight" in fields:
        out["weight"] = _dec(r.get("weight"))
    return out




def _dec(s: str | None) -> Decimal | None:
    return None if s in (None, "") else Decimal(s)


