"""One department's projects and indicator rows matched across two years.

A project recurs under the same 项目编码, or under its name with the year changed («2023年职业教育
实训项目» → «2024年…»), or, failing both, under a name close enough (difflib ratio ≥ 0.8 on the
names without years). Each pair says which of the three matched it, so an answer can say so.
Rows of a matched pair are matched by their 三级指标 without years, in table order."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Generic, TypeVar

from store.queries import IndicatorRow, ProjectRow

NAME_RATIO = 0.8  # names this close (without years) are the same project renamed
_YEARS = re.compile(r"(?:19|20)\d{2}\s*(?:年度?|-|—|至|到)?")
_SPACE = re.compile(r"[\s\u3000]+")

T = TypeVar("T")

BASIS_WORDS = {"code": "项目编码相同", "name": "名称相同（不计年份）", "similar": "名称相近"}


@dataclass(frozen=True)
class Pair(Generic[T]):
    """An item of the earlier year and its successor; either may be None (ended, new)."""

    earlier: T | None
    later: T | None
    basis: str = ""  # code | name | similar | level3


def plain_name(name: str) -> str:
    """A name without years and spaces, for matching («2024年课后服务…» → «课后服务…»)."""
    text = unicodedata.normalize("NFKC", name)
    return _SPACE.sub("", _YEARS.sub("", text))


def namesakes(catalog, project_id: int) -> list[int]:
    """The project and the same project in the department's other years (same 项目编码, else
    the same name without its years), in catalog order; empty for an unknown id."""
    entry = catalog.by_id.get(project_id)
    if entry is None:
        return []
    name = plain_name(entry.name)
    return [p.id for p in catalog.projects if p.department == entry.department
            and (p.code == entry.code or plain_name(p.name) == name)]


def match_projects(earlier: list[ProjectRow], later: list[ProjectRow]) -> list[Pair[ProjectRow]]:
    """Pairs in the later year's order, then the earlier year's projects that ended."""
    left = {p.id: p for p in earlier}
    pairs: dict[int, Pair[ProjectRow]] = {}

    def pair(p: ProjectRow, q: ProjectRow, basis: str) -> None:
        pairs[q.id] = Pair(p, q, basis)
        del left[p.id]

    codes = _unique([p.code for p in earlier]) & _unique([p.code for p in later])
    for q in later:
        if q.code in codes:
            p = next(p for p in left.values() if p.code == q.code)
            pair(p, q, "code")
    for q in later:
        if q.id in pairs:
            continue
        same = [p for p in left.values() if plain_name(p.name) == plain_name(q.name)]
        if len(same) == 1:
            pair(same[0], q, "name")
    scored = sorted(((SequenceMatcher(None, plain_name(p.name), plain_name(q.name)).ratio(), p.id, q.id)
                     for q in later if q.id not in pairs for p in left.values()), reverse=True)
    by_id = {q.id: q for q in later}
    for ratio, pid, qid in scored:
        if ratio < NAME_RATIO:
            break
        if qid in pairs or pid not in left:
            continue
        pair(left[pid], by_id[qid], "similar")
    out = [pairs.get(q.id) or Pair(None, q) for q in later]
    return out + [Pair(p, None) for p in earlier if p.id in left]


def match_rows(earlier: list[IndicatorRow], later: list[IndicatorRow]) -> list[Pair[IndicatorRow]]:
    """Rows of one project in two years, matched by 三级指标 (without years) in table order."""
    waiting: dict[str, list[IndicatorRow]] = {}
    for r in earlier:
        waiting.setdefault(plain_name(r.level3), []).append(r)
    out = []
    for r in later:
        same = waiting.get(plain_name(r.level3))
        out.append(Pair(same.pop(0), r, "level3") if same else Pair(None, r))
    out += [Pair(r, None) for rows in waiting.values() for r in rows]
    return out


def _unique(codes: list[str]) -> set[str]:
    return {c for c in codes if c and codes.count(c) == 1}
