"""The SQL facts database: sources, projects, indicators, policy references, sections, chunks."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from ingest.records import (
    Document,
    Indicator,
    Locator,
    PolicyRef,
    Project,
    Section,
    Source,
    SpendingPoint,
    Value,
)
from ingest.quantity import to_fen
from store.chunks import Chunk

# Bumped whenever schema.sql changes in a way an old store cannot be read with.
SCHEMA_VERSION = 3


class StoreError(Exception):
    """The store cannot be used as it is; the message names the folder and what to do."""


@dataclass(frozen=True)
class StoredSource:
    """A source row with its id and what it holds."""

    id: int
    source: Source
    projects: int
    indicators: int
    ingested_at: str


class FactStore(Protocol):
    """What the rest of jixiao needs from a facts database (SQLite now, PostgreSQL later)."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...
    def find_source(self, sha256: str) -> StoredSource | None: ...
    def find_same_facts(self, document: Document) -> StoredSource | None: ...
    def sources(self) -> list[StoredSource]: ...
    def projects(self, source_id: int | None = None) -> list[Project]: ...
    def chunks(self) -> list[tuple[str, str]]: ...
    def replace_document(self, document: Document, chunks: Sequence[Chunk]) -> int: ...
    def close(self) -> None: ...


class SqliteFactStore:
    """The embedded default: one SQLite file; every document write is one transaction."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA journal_mode = WAL")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        has_tables = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sources'").fetchone()
        if has_tables and version != SCHEMA_VERSION:
            self._db.close()
            raise StoreError(f"{path}: 这个库由旧版 jixiao 建立（结构版本 {version}，现为 "
                             f"{SCHEMA_VERSION}）— 请换一个新的 --store 目录重新入库")
        schema = resources.files("store").joinpath("schema.sql").read_text(encoding="utf-8")
        self._db.executescript(schema)
        if version != SCHEMA_VERSION:  # a new store; an existing one is not written on open
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        # One connection serves the web app's worker threads: one statement or transaction at a time.
        self._lock = threading.RLock()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN … COMMIT, or ROLLBACK on any error so the store stays as it was."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(r) for r in self._db.execute(sql, tuple(params)).fetchall()]

    # -- sources -------------------------------------------------------------------------

    def find_source(self, sha256: str) -> StoredSource | None:
        found = self._stored_sources("WHERE s.sha256 = ?", (sha256,))
        return found[0] if found else None

    def find_same_facts(self, document: Document) -> StoredSource | None:
        """A stored source with the same facts under another file (e.g. the .txt of a .docx)."""
        found = self._stored_sources("WHERE s.facts_hash = ? AND s.name <> ?",
                                     (facts_hash(document), document.source.name))
        return found[0] if found else None

    def sources(self) -> list[StoredSource]:
        return self._stored_sources("", ())

    def _stored_sources(self, where: str, params: tuple) -> list[StoredSource]:
        rows = self.query(
            f"""SELECT s.*, (SELECT COUNT(*) FROM projects p WHERE p.source_id = s.id) AS n_projects,
                   (SELECT COUNT(*) FROM indicators i JOIN projects p ON i.project_id = p.id
                     WHERE p.source_id = s.id) AS n_indicators
                FROM sources s {where} ORDER BY s.id""",
            params,
        )
        return [
            StoredSource(
                id=r["id"],
                source=Source(r["path"], r["name"], r["sha256"], r["department"], r["year"]),
                projects=r["n_projects"],
                indicators=r["n_indicators"],
                ingested_at=r["ingested_at"],
            )
            for r in rows
        ]

    # -- writing -------------------------------------------------------------------------

    def replace_document(self, document: Document, chunks: Sequence[Chunk]) -> int:
        """Insert a document, replacing an earlier version of the same file; returns source id."""
        src = document.source
        with self.transaction() as db:
            db.execute(
                "DELETE FROM sources WHERE sha256 = ? OR (name = ? AND department = ? AND year IS ?)",
                (src.sha256, src.name, src.department, src.year),
            )
            cur = db.execute(
                "INSERT INTO sources (name, label, path, sha256, facts_hash, department, year,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (src.name, src.name, src.path, src.sha256, facts_hash(document), src.department,
                 src.year, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            source_id = int(cur.lastrowid)
            db.execute(
                """UPDATE sources SET label = CASE
                       WHEN (SELECT COUNT(*) FROM sources t WHERE t.name = sources.name) > 1
                       THEN name || '（' || COALESCE(year || '年 ', '') || department || '）'
                       ELSE name END
                   WHERE name = ?""", (src.name,))
            project_ids: dict[int, int] = {}
            indicator_ids: dict[tuple[int, int], int] = {}
            for project in document.projects:
                pid = self._insert_project(db, source_id, src, project)
                project_ids[project.locator.table or 0] = pid
                for ind in project.indicators:
                    indicator_ids[(project.locator.table or 0, ind.locator.row or 0)] = (
                        self._insert_indicator(db, pid, ind)
                    )
            section_ids = {
                seq: int(db.execute(
                    "INSERT INTO sections (source_id, seq, path, text) VALUES (?, ?, ?, ?)",
                    (source_id, seq, json.dumps(list(s.path), ensure_ascii=False), s.text),
                ).lastrowid)
                for seq, s in enumerate(document.sections, start=1)
            }
            db.executemany(
                "INSERT INTO chunks (id, source_id, kind, project_id, indicator_id, section_id, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.id, source_id, c.kind, project_ids.get(c.project_seq or -1),
                     indicator_ids.get((c.project_seq or 0, c.indicator_row or 0)),
                     section_ids.get(c.section_seq or -1), c.text)
                    for c in chunks
                ],
            )
        return source_id

    def _insert_project(self, db: sqlite3.Connection, source_id: int, src: Source,
                        p: Project) -> int:
        pid = int(db.execute(
            """INSERT INTO projects (source_id, seq, code, name, department, year, unit, budget,
                   fiscal, other, budget_fen, fiscal_fen, other_fen, use_text, goal, page, sheet,
                   sheet_row, ocr)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (source_id, p.locator.table, p.code, p.name, p.department or src.department,
             src.year, p.unit, _text(p.budget), _text(p.fiscal), _text(p.other),
             to_fen(p.budget, p.unit), to_fen(p.fiscal, p.unit), to_fen(p.other, p.unit),
             p.use, p.goal, p.locator.page, p.locator.sheet, p.locator.sheet_row, int(p.ocr)),
        ).lastrowid)
        db.executemany(
            "INSERT INTO spending_plan (project_id, period, month, percent, percent_text)"
            " VALUES (?, ?, ?, ?, ?)",
            [(pid, s.period, s.month, _float(s.percent), _text(s.percent))
             for s in p.spending_plan],
        )
        for field, text in (("name", p.name), ("goal", p.goal), ("use", p.use)):
            for ref in _refs_in(p.policy_refs, text):
                self._link(db, ref, pid, None, field)
        return pid

    def _insert_indicator(self, db: sqlite3.Connection, pid: int, ind: Indicator) -> int:
        v = ind.value
        iid = int(db.execute(
            """INSERT INTO indicators (project_id, row_no, level1, level2, level3, description,
                   value_raw, comparator, number, num, unit, norm, norm_text, base_unit, deadline,
                   basis, page, sheet, sheet_row, ocr)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (pid, ind.locator.row, ind.level1, ind.level2, ind.level3, ind.description, v.raw,
             v.comparator, _text(v.number), _float(v.number), v.unit, _float(v.normalized),
             _text(v.normalized), v.base_unit, v.deadline.isoformat() if v.deadline else None,
             ind.basis, ind.locator.page, ind.locator.sheet, ind.locator.sheet_row, int(ind.ocr)),
        ).lastrowid)
        for ref in ind.policy_refs:
            self._link(db, ref, pid, iid, "basis")
        return iid

    def _link(self, db: sqlite3.Connection, ref: PolicyRef, pid: int, iid: int | None,
              field: str) -> None:
        db.execute(
            "INSERT INTO policy_refs (canonical, issuer, year, number) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (canonical) DO NOTHING",
            (ref.canonical, ref.issuer, ref.year, ref.number),
        )
        (ref_id,) = db.execute(
            "SELECT id FROM policy_refs WHERE canonical = ?", (ref.canonical,)).fetchone()
        db.execute(
            "INSERT INTO ref_links (ref_id, project_id, indicator_id, field, raw)"
            " VALUES (?, ?, ?, ?, ?)",
            (ref_id, pid, iid, field, ref.raw or ref.canonical),
        )

    def remove_source(self, source_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    # -- reading records back ------------------------------------------------------------

    def chunks(self) -> list[tuple[str, str]]:
        return [(r["id"], r["text"]) for r in self.query("SELECT id, text FROM chunks ORDER BY rowid")]

    def projects(self, source_id: int | None = None) -> list[Project]:
        """Projects rebuilt as records, in source then table order."""
        where, params = ("WHERE p.source_id = ?", (source_id,)) if source_id else ("", ())
        rows = self.query(
            f"""SELECT p.*, s.label AS source_name FROM projects p JOIN sources s
                ON s.id = p.source_id {where} ORDER BY p.source_id, p.seq""", params)
        ids = [r["id"] for r in rows]
        plans = self._grouped("SELECT * FROM spending_plan WHERE project_id IN ({}) ORDER BY month", ids)
        inds = self._grouped("SELECT * FROM indicators WHERE project_id IN ({}) ORDER BY row_no", ids)
        links = self._grouped(
            """SELECT l.*, r.issuer, r.year, r.number FROM ref_links l
               JOIN policy_refs r ON r.id = l.ref_id WHERE l.project_id IN ({})""", ids)
        out = []
        for r in rows:
            loc = Locator(r["source_name"], table=r["seq"], page=r["page"], sheet=r["sheet"],
                          sheet_row=r["sheet_row"])
            refs_by_ind: dict[int | None, list[PolicyRef]] = {}
            for link in links.get(r["id"], []):
                ref = PolicyRef(link["issuer"], link["year"], link["number"], link["raw"])
                bucket = refs_by_ind.setdefault(link["indicator_id"], [])
                if ref not in bucket:
                    bucket.append(ref)
            out.append(Project(
                code=r["code"], name=r["name"], department=r["department"], unit=r["unit"],
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
            ))
        return out

    def sections(self) -> list[Section]:
        rows = self.query(
            "SELECT x.*, s.label AS source_name FROM sections x JOIN sources s ON s.id = x.source_id"
            " ORDER BY x.source_id, x.seq")
        return [
            Section(tuple(json.loads(r["path"])), r["text"],
                    Locator(r["source_name"], section=tuple(json.loads(r["path"]))))
            for r in rows
        ]

    def _grouped(self, sql: str, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        grouped: dict[int, list[dict[str, Any]]] = {}
        for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
            part = ids[start:start + 500]
            for row in self.query(sql.format(",".join("?" * len(part))), part):
                grouped.setdefault(row["project_id"], []).append(row)
        return grouped


def facts_hash(document: Document) -> str:
    """A fingerprint of what a document says, independent of its file format."""
    import hashlib

    parts = [document.source.department, str(document.source.year)]
    for p in document.projects:
        parts += [str(p.code), str(p.name), str(p.budget), str(len(p.indicators))]
        parts += [f"{i.level3}|{i.value.raw}" for i in p.indicators]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


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
    )


def _refs_in(refs: tuple[PolicyRef, ...], text: str) -> list[PolicyRef]:
    from ingest.policy_refs import find_policy_refs

    found = set(find_policy_refs(text))
    return [r for r in refs if r in found]


def _text(d: Decimal | None) -> str | None:
    return None if d is None else str(d)


def _float(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def _dec(s: str | None) -> Decimal | None:
    return None if s in (None, "") else Decimal(s)
