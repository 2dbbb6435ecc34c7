"""Score answer records against gold expectations (format: shared eval README)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Expect(BaseModel):
    """What a gold line expects of the answer record."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    projects: list[str] | None = None
    value: float | None = None
    contains: list[str] | None = None
    found: bool | None = None


class GoldItem(BaseModel):
    """One gold question."""

    model_config = ConfigDict(extra="ignore")

    id: str
    question: str
    history: list[str] = Field(default_factory=list)
    expect: Expect
    kind: str | None = None  # optional tag: structured | retrieval
    store: str | None = None  # which documents the store holds: sample | other | both


@dataclass(frozen=True)
class Verdict:
    id: str
    passed: bool
    reasons: tuple[str, ...]


def load_gold(path: Path) -> list[GoldItem]:
    """Gold items from a JSON-lines file; a bad line names the file and line."""
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                items.append(GoldItem.model_validate_json(line))
            except ValueError as err:
                raise ValueError(f"{path}:{n}: not a gold line ({err.__class__.__name__})") from err
    return items


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def score(item: GoldItem, record: dict[str, Any]) -> Verdict:
    """Does the answer record meet every key of the expectation?"""
    e, reasons = item.expect, []
    if e.projects is not None:
        got = set(record.get("projects") or [])
        want = set(e.projects)
        if got != want:
            missing, extra = sorted(want - got), sorted(got - want)
            reasons.append(f"projects: missing {missing} extra {extra}")
        if not record.get("citations"):
            reasons.append("no citation")
    if e.value is not None:
        value = record.get("value")
        tolerance = max(abs(e.value) * 0.005, 0.01)
        if value is None or abs(float(value) - e.value) > tolerance:
            reasons.append(f"value: want {e.value} got {value}")
    if e.contains:
        text = _squash(record.get("answer", ""))
        for s in e.contains:
            if _squash(s) not in text:
                reasons.append(f"answer lacks «{s}»")
    if e.found is not None:
        if bool(record.get("found")) != e.found:
            reasons.append(f"found: want {e.found} got {record.get('found')}")
        if e.found is False and record.get("projects"):
            reasons.append("found=false but projects listed")
    return Verdict(item.id, not reasons, tuple(reasons))

