"""The SQL facts database: sources, projects, indicators, policy references, sections, chunks."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from ingest.quantity import to_fen
from ingest.records import (
    Document,
    Indicator,
    PolicyRef,
    Project,
    Section,
    Source,
)
from store.chunks import Chunk
from store.database import Database, SqliteDatabase, Tx, chunks, marks, open_database
from store.fingerprint import (
    REVISION_OVERLAP,
    facts_hash,
    project_keys,
    project_overlap,
)
from store.migrations import SCHEMA_VERSION, StoreError, prepare
from store.readback import read_projects, read_sections

__all__ = ["SCHEMA_VERSION", "ChunkEntry", "FactStore", "SqlFactStore", "SqliteFactStore",
           "StoreError", "StoredSource", "facts_hash", "open_facts"]


@dataclass(frozen=True)
class StoredSource:
    """A source row with its id and what it holds."""

    id: int
    source: Source
    projects: int
    indicators: int
    ingested_at: str


@dataclass(frozen=True)
class ChunkEntry:
    """A stored chunk with what the search indexes file it under."""

    id: str
    text: str
    source_id: int
    kind: str
    department: str
    year: int | None


class FactStore(Protocol):
    """What the rest of jixiao needs from a facts database (SQLite or PostgreSQL)."""

    store_id: str

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...
    def generation(self) -> int: ...
    def find_source(self, sha256: str) -> StoredSource | None: ...
    def find_same_facts(self, document: Document) -> StoredSource | None: ...
    def find_revised(self, document: Document) -> StoredSource | None: ...
    def scope_sources(self, department: str, year: int | None) -> list[StoredSource]: ...
    def sources(self) -> list[StoredSource]: ...
    def projects(self, source_id: int | None = None,
                 sources: Sequence[int] | None = None) -> list[Project]: ...
    def review_sources(self, project_ids: Sequence[int]) -> list[StoredSource]: ...
    def sections(self) -> list[Section]: ...
    def chunks(self) -> list[tuple[str, str]]: ...
    def chunk_ids(self) -> set[str]: ...
    def chunk_entries(self, ids: Sequence[str] | None = None,
                      sources: Sequence[int] | None = None) -> list[ChunkEntry]: ...
    def replace_document(self, document: Document, chunks: Sequence[Chunk],
                         supersedes: int | None = None) -> int: ...
    def remove_source(self, source_id: int) -> None: ...
    def close(self) -> None: ...


class SqlFactStore:
    """The facts on any Database; every document write is one transaction."""

    def __init__(self, db: Database):
        self.db = db
        try:
            prepare(db)
        except BaseException:
            db.close()
            raise
        self.store_id: str = db.query("SELECT store_id FROM store_meta WHERE id = 1")[0]["store_id"]

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """A write transaction that bumps the store generation first (and so queues writers)."""
        with self.db.transaction() as tx:
            tx.execute("UPDATE store_meta SET generation = generation + 1 WHERE id = 1")
            yield tx

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self.db.query(sql, params)

    def generation(self) -> int:
        """A number that changes with every committed write, by this process or another."""
        return int(self.db.query("SELECT generation FROM store_meta WHERE id = 1")[0]["generation"])

    # -- sources -------------------------------------------------------------------------

    def find_source(self, sha256: str) -> StoredSource | None:
        """The stored source of these bytes, unless a schema upgrade marked it for a re-read
        (its facts hash blanked: it was read before the store kept every field it keeps now)."""
        found = self._stored_sources("WHERE s.sha256 = ? AND s.facts_hash <> ''", (sha256,))
        return found[0] if found else None

    def find_same_facts(self, document: Document) -> StoredSource | None:
        """A stored source saying exactly the same under another file (e.g. the .txt of a .docx)."""
        found = self._stored_sources("WHERE s.facts_hash = ? AND s.name <> ?",
                                     (facts_hash(document), document.source.name))
        return found[0] if found else None

    def find_revised(self, document: Document) -> StoredSource | None:
        """The stored document this one revises: same file name, department and year, or
        another name with most of the same projects (the best match)."""
        src = document.source
        same = self.scope_sources(src.department, src.year)
        named = [s for s in same if s.source.name == src.name]
        if named:
            return named[0]
        if not same:
            return None
        mine = project_keys((p.code, p.name) for p in document.projects)
        rows = self.query(
            "SELECT source_id, code, name FROM projects WHERE source_id IN ({})".format(
                ",".join("?" * len(same))), [s.id for s in same])
        best, best_overlap = None, 0.0
        for stored in same:
            theirs = project_keys((r["code"], r["name"]) for r in rows
                                  if r["source_id"] == stored.id)
            overlap = project_overlap(mine, theirs)
            if overlap >= REVISION_OVERLAP and overlap > best_overlap:
                best, best_overlap = stored, overlap
        return best

    def sources(self) -> list[StoredSource]:
        return self._stored_sources("", ())

    def scope_sources(self, department: str, year: int | None) -> list[StoredSource]:
        """The stored files of one department and year."""
        if year is None:
            return self._stored_sources("WHERE s.department = ? AND s.year IS NULL", (department,))
        return self._stored_sources("WHERE s.department = ? AND s.year = ?", (department, year))

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

    def replace_document(self, document: Document, chunks: Sequence[Chunk],
                         supersedes: int | None = None) -> int:
        """Insert a document, replacing an earlier version of the same file (and the stored
        source it `supersedes`, a revision under another name); returns the new source id."""
        src = document.source
        with self.transaction() as tx:
            year_sql = "year IS NULL" if src.year is None else "year = ?"
            tx.execute(f"DELETE FROM sources WHERE sha256 = ? OR id = ?"
                       f" OR (name = ? AND department = ? AND {year_sql})",
                       (src.sha256, supersedes or -1, src.name, src.department,
                        *(() if src.year is None else (src.year,))))
            source_id = tx.insert(
                "INSERT INTO sources (name, label, path, sha256, facts_hash, department, year,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (src.name, src.name, src.path, src.sha256, facts_hash(document), src.department,
                 src.year, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            _relabel(tx, src.name)
            project_ids: dict[int, int] = {}
            indicator_ids: dict[tuple[int, int], int] = {}
            for project in document.projects:
                pid = self._insert_project(tx, source_id, src, project)
                project_ids[project.locator.table or 0] = pid
                for ind in project.indicators:
                    indicator_ids[(project.locator.table or 0, ind.locator.row or 0)] = (
                        self._insert_indicator(tx, pid, ind)
                    )
            section_ids = {
                seq: tx.insert(
                    "INSERT INTO sections (source_id, seq, path, text) VALUES (?, ?, ?, ?)",
                    (source_id, seq, json.dumps(list(s.path), ensure_ascii=False), s.text))
                for seq, s in enumerate(document.sections, start=1)
            }
            tx.executemany(
                "INSERT INTO chunks (id, source_id, kind, project_id, indicator_id, section_id,"
                " seq, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.id, source_id, c.kind, project_ids.get(c.project_seq or -1),
                     indicator_ids.get((c.project_seq or 0, c.indicator_row or 0)),
                     section_ids.get(c.section_seq or -1), n, c.text)
                    for n, c in enumerate(chunks)
                ],
            )
        return source_id

    def _insert_project(self, tx: Tx, source_id: int, src: Source, p: Project) -> int:
        pid = tx.insert(
            """INSERT INTO projects (source_id, seq, code, name, department, implementer, year,
                   unit, budget, fiscal, other, budget_fen, fiscal_fen, other_fen, use_text, goal,
                   page, sheet, sheet_row, ocr)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (source_id, p.locator.table, p.code, p.name, p.department or src.department,
             p.implementer, src.year, p.unit, _text(p.budget), _text(p.fiscal), _text(p.other),
             to_fen(p.budget, p.unit), to_fen(p.fiscal, p.unit), to_fen(p.other, p.unit),
             p.use, p.goal, p.locator.page, p.locator.sheet, p.locator.sheet_row, int(p.ocr)),
        )
        tx.executemany(
            "INSERT INTO spending_plan (project_id, period, month, percent, percent_text)"
            " VALUES (?, ?, ?, ?, ?)",
            [(pid, s.period, s.month, _float(s.percent), _text(s.percent))
             for s in p.spending_plan],
        )
        tx.executemany(
            "INSERT INTO project_attributes (project_id, seq, label, value) VALUES (?, ?, ?, ?)",
            [(pid, seq, label, value) for seq, (label, value) in enumerate(p.attributes, start=1)],
        )
        tx.executemany(
            "INSERT INTO project_money_parts (project_id, seq, label, fen) VALUES (?, ?, ?, ?)",
            [(pid, seq, part.label, to_fen(part.amount, p.unit))
             for seq, part in enumerate(p.parts, start=1)],
        )
        for field, text in (("name", p.name), ("goal", p.goal), ("use", p.use)):
            for ref in _refs_in(p.policy_refs, text):
                self._link(tx, ref, pid, None, field)
        return pid

    def _insert_indicator(self, tx: Tx, pid: int, ind: Indicator) -> int:
        v = ind.value
        iid = tx.insert(
            """INSERT INTO indicators (project_id, row_no, level1, level2, level3, description,
                   value_raw, comparator, number, num, unit, norm, norm_text, base_unit, deadline,
                   basis, page, sheet, sheet_row, ocr, nature, weight)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (pid, ind.locator.row, ind.level1, ind.level2, ind.level3, ind.description, v.raw,
             v.comparator, _text(v.number), _float(v.number), v.unit, _float(v.normalized),
             _text(v.normalized), v.base_unit, v.deadline.isoformat() if v.deadline else None,
             ind.basis, ind.locator.page, ind.locator.sheet, ind.locator.sheet_row, int(ind.ocr),
             getattr(ind, "nature", ""), _text(getattr(ind, "weight", None))),
        )
        for ref in ind.policy_refs:
            self._link(tx, ref, pid, iid, "basis")
        return iid

    def _link(self, tx: Tx, ref: PolicyRef, pid: int, iid: int | None, field: str) -> None:
        tx.execute(
            "INSERT INTO policy_refs (canonical, issuer, year, number) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (canonical) DO NOTHING",
            # year 0: an order numbered without a year («水利部令第50号»; the column is NOT NULL)
            (ref.canonical, ref.issuer, ref.year or 0, ref.number),
        )
        (row,) = tx.execute("SELECT id FROM policy_refs WHERE canonical = ?", (ref.canonical,))
        tx.execute(
            "INSERT INTO ref_links (ref_id, project_id, indicator_id, field, raw)"
            " VALUES (?, ?, ?, ?, ?)",
            (row["id"], pid, iid, field, ref.raw or ref.canonical),
        )

    def remove_source(self, source_id: int) -> None:
        with self.transaction() as tx:
            names = tx.execute("SELECT name FROM sources WHERE id = ?", (source_id,))
            tx.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            for row in names:
                _relabel(tx, row["name"])

    # -- reading records back ------------------------------------------------------------

    def chunks(self) -> list[tuple[str, str]]:
        """(id, text) of every chunk, in source then document order."""
        return [(r["id"], r["text"])
                for r in self.query("SELECT id, text FROM chunks ORDER BY source_id, seq")]

    def chunk_ids(self) -> set[str]:
        return {r["id"] for r in self.query("SELECT id FROM chunks")}

    def chunk_entries(self, ids: Sequence[str] | None = None,
                      sources: Sequence[int] | None = None) -> list[ChunkEntry]:
        """Chunks with their source, kind, department and year (all, these ids, or the
        chunks of these sources in document order)."""
        sql = ("SELECT c.id, c.text, c.source_id, c.kind, s.department, s.year FROM chunks c"
               " JOIN sources s ON s.id = c.source_id")
        column, keys = ("c.id", ids) if ids is not None else ("c.source_id", sources)
        if keys is None:
            rows = self.query(sql + " ORDER BY c.source_id, c.seq")
        else:
            rows = [r for part in chunks(keys)
                    for r in self.query(f"{sql} WHERE {column} IN ({marks(part)}) ORDER BY c.source_id, c.seq",
                                        part)]
        return [ChunkEntry(r["id"], r["text"], r["source_id"], r["kind"], r["department"],
                           r["year"]) for r in rows]

    def projects(self, source_id: int | None = None,
                 sources: Sequence[int] | None = None) -> list[Project]:
        """Projects rebuilt as records, in source then table order (one source, several, or all)."""
        return read_projects(self.query, source_id, sources)

    def review_sources(self, project_ids: Sequence[int]) -> list[StoredSource]:
        """The documents a 体检 of these projects reads: their own, every year of their
        departments (a target lowered since last year), and any reusing their 项目编码."""
        ids: set[int] = set()
        for part in chunks(project_ids):
            ids |= {r["id"] for r in self.query(
                f"""SELECT DISTINCT s2.id FROM projects p JOIN sources s ON s.id = p.source_id
                    JOIN sources s2 ON s2.department = s.department WHERE p.id IN ({marks(part)})
                    UNION SELECT p.source_id FROM projects p WHERE p.id IN ({marks(part)})
                    UNION SELECT DISTINCT p2.source_id FROM projects p
                    JOIN projects p2 ON p2.code = p.code
                    WHERE p.id IN ({marks(part)}) AND p.code <> ''""", part * 3)}
        return [s for part in chunks(sorted(ids))
                for s in self._stored_sources(f"WHERE s.id IN ({marks(part)})", tuple(part))]

    def sections(self) -> list[Section]:
        return read_sections(self.query)


def _relabel(tx: Tx, name: str) -> None:
    """Citations name a file by its name, qualified by year and department when two stored
    files share it (2024/绩效目标.docx and 2025/绩效目标.docx)."""
    rows = tx.execute("SELECT id, department, year FROM sources WHERE name = ?", (name,))
    for r in rows:
        label = name if len(rows) == 1 else (
            f"{name}（{str(r['year']) + '年 ' if r['year'] is not None else ''}{r['department']}）")
        tx.execute("UPDATE sources SET label = ? WHERE id = ?", (label, r["id"]))


def _refs_in(refs: tuple[PolicyRef, ...], text: str) -> list[PolicyRef]:
    from ingest.policy_refs import find_policy_refs

    found = set(find_policy_refs(text))
    return [r for r in refs if r in found]


def _text(d: Decimal | None) -> str | None:
    return None if d is None else str(d)


def _float(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


class SqliteFactStore(SqlFactStore):
    """The embedded default: one SQLite file."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(SqliteDatabase(path))


def open_facts(target: str | Path) -> SqlFactStore:
    """The facts store at a PostgreSQL URL or a SQLite file path."""
    if isinstance(target, Path) or not str(target).startswith(("postgresql://", "postgres://")):
        return SqliteFactStore(Path(target))
    return SqlFactStore(open_database(target))
