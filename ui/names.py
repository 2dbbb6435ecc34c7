"""Project names that tell projects apart wherever they are listed or picked."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.records import Project

MAX_NAME = 24  # characters of a name shown before «…» in pickers and charts
MIN_TAIL = 4   # the shortest 项目编码 ending shown to tell two same-named projects apart

Key = tuple[str, int | None]  # (source file, table number): one 绩效目标表


def key_of(project: Project) -> Key:
    return (project.locator.source, project.locator.table)


def short_name(name: str, size: int = MAX_NAME) -> str:
    return name if len(name) <= size else name[: size - 1] + "…"


def distinct_names(projects: Sequence[Project], size: int = MAX_NAME) -> dict[Key, str]:
    """A short label per table; labels that would repeat get the shortest telling 编码 ending.

    Two tables named «冀财社【2024】182号河北省财政厅关于…» become «…（编码尾号0048）» and
    «…（编码尾号002N）»; the same project in two files (same code) gets its file name."""
    groups: dict[str, list[Project]] = {}
    for p in projects:
        groups.setdefault(short_name(p.name, size), []).append(p)
    labels: dict[Key, str] = {}
    for short, group in groups.items():
        if len(group) == 1:
            labels[key_of(group[0])] = short
            continue
        codes = [p.code for p in group]
        for p in group:
            if codes.count(p.code) > 1:
                labels[key_of(p)] = f"{short}（{p.code} · {p.locator.source}）"
                continue
            others = [c for c in codes if c != p.code]
            tail = MIN_TAIL
            while tail < len(p.code) and any(c.endswith(p.code[-tail:]) for c in others):
                tail += 1
            labels[key_of(p)] = f"{short}（编码尾号{p.code[-tail:]}）"
    return labels
