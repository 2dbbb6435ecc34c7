"""What makes two documents the same, and what makes one a revision of another.

A duplicate must say exactly the same thing: every stored field of every project, indicator,
spending point and policy reference, and every paragraph of prose. Only where things sit in
the file (table, page, sheet) and the file itself are left out, so the .txt export of a .docx
is still recognised. A revision is a different document for the same department and year that
keeps most of the projects: it supersedes the stored one instead of being skipped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from ingest.records import Document, Indicator, Project

# Share of projects two documents must have in common (by code, else by name) to be versions of
# one document rather than two documents of one department.
REVISION_OVERLAP = 0.5


def facts_hash(document: Document) -> str:
    """A fingerprint of everything a document says, independent of its file format."""
    body = {
        "department": document.source.department,
        "year": document.source.year,
        "projects": [_project(p) for p in document.projects],
        "sections": [[list(s.path), s.text] for s in document.sections],
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _project(p: Project) -> dict[str, Any]:
    return {
        "code": p.code, "name": p.name, "department": p.department,
        "implementer": p.implementer, "attributes": [list(a) for a in p.attributes],
        "parts": [[m.label, m.amount] for m in p.parts],
        "unit": p.unit,
        "budget": p.budget, "fiscal": p.fiscal, "other": p.other, "use": p.use, "goal": p.goal,
        "plan": [[s.period, s.month, s.percent] for s in p.spending_plan],
        "refs": sorted(r.canonical for r in p.policy_refs),
        "indicators": [_indicator(i) for i in p.indicators],
        "ocr": p.ocr,
    }


def _indicator(i: Indicator) -> list[Any]:
    v = i.value
    return [i.level1, i.level2, i.level3, i.description, v.raw, v.comparator, v.number, v.unit,
            v.normalized, v.base_unit, v.deadline, i.basis,
            sorted(r.canonical for r in i.policy_refs), i.ocr]


def project_keys(projects: Iterable[tuple[str | None, str]]) -> set[str]:
    """One key per project: its code, or its name when the table gives no code."""
    return {f"code:{code}" if code else f"name:{name}" for code, name in projects}


def project_overlap(a: set[str], b: set[str]) -> float:
    """Shared projects as a share of the larger document (0 when either has none)."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))
