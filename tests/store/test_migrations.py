"""Stores made by earlier releases open after a forward migration, with every fact intact.

The old stores are built with the schema files of those releases (tests/store/data, taken
from git history: v1 82c6879, v2 5efe5b0, v3 8a45831, v4 c97d73c) and filled with the sample's
rows. A store read before the schema kept 实施单位 has its sources re-read on the next ingest.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ingest import read_document
from store.facts import SqliteFactStore, StoreError
from store.library import Library
from store.migrations import SCHEMA_VERSION
from tests.conftest import ROOT, SAMPLE_DOCX, make_settings
from tests.store.conftest import pg_store_url

DATA = Path(__file__).parent / "data"
NONGYE = ROOT / "eval" / "dev" / "docs" / "nongye-2025.docx"
TABLES = ("sources", "projects", "spending_plan", "indicators", "policy_refs", "ref_links",
          "sections", "chunks")


def old_store(path: Path, version: int, current: Path) -> None:
    """A store as release `version` wrote it, holding the rows of the current store."""
    old = sqlite3.connect(path)
    old.execute("PRAGMA journal_mode = WAL")  # as every release opened its store
    old.executescript((DATA / f"schema_v{version}.sql").read_text(encoding="utf-8"))
    new = sqlite3.connect(current)
    for table in TABLES:
        columns = [r[1] for r in old.execute(f"PRAGMA table_info({table})")]
        order = "source_id, seq" if table == "chunks" else "rowid"
        rows = new.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall()
        old.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
                        f" ({', '.join('?' * len(columns))})", rows)
    if version > 1:  # release 1 kept no version number
        old.execute(f"PRAGMA user_version = {version}")
    if version > 3:  # release 4 keeps its identity and version in store_meta
        (store_id,) = new.execute("SELECT store_id FROM store_meta").fetchone()
        old.execute("INSERT INTO store_meta (id, store_id, schema_version, generation)"
                    " VALUES (1, ?, ?, 1)", (store_id, version))
    old.commit()
    old.close()
    new.close()


@pytest.fixture(scope="module")
def current_store(tmp_path_factory) -> Path:
    settings = make_settings(tmp_path_factory.mktemp("current") / "store")
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    library.close()
    return settings.database_path


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_an_old_store_is_migrated_with_every_fact(tmp_path, current_store, version):
    settings = make_settings(tmp_path / "store")
    settings.store.mkdir(parents=True)
    old_store(settings.database_path, version, current_store)
    expected_chunks = SqliteFactStore(current_store).chunks()

    library = Library(settings)
    facts = library.facts
    assert facts.query("SELECT schema_version FROM store_meta")[0]["schema_version"] == SCHEMA_VERSION
    assert facts.query("PRAGMA user_version")[0]["user_version"] == SCHEMA_VERSION
    assert len(facts.store_id) == 32
    assert facts.projects() == list(read_document(SAMPLE_DOCX).projects)
    assert facts.chunks() == expected_chunks  # same ids, same order
    indexes = {r["name"] for r in facts.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"chunks_project", "chunks_indicator", "chunks_section", "sections_source",
            "ref_links_indicator"} <= indexes
    assert library.keywords.search("公共实训基地", 1)
    # Read before the store kept 实施单位: the same file once more is re-read, then skipped.
    assert library.ingest_paths([SAMPLE_DOCX])[0].status == "replaced"
    assert library.ingest_paths([SAMPLE_DOCX])[0].status == "unchanged"
    assert facts.projects() == list(read_document(SAMPLE_DOCX).projects)
    assert facts.chunks() == expected_chunks
    library.close()
    # Once migrated, opening again writes nothing.
    before = settings.database_path.read_bytes()
    SqliteFactStore(settings.database_path).close()
    assert settings.database_path.read_bytes() == before


def implementers(facts) -> list[str]:
    return [r["implementer"] for r in facts.query(
        "SELECT p.implementer FROM projects p ORDER BY p.source_id, p.seq")]


def check_reread(library: Library) -> None:
    """A store upgraded from version 4: 实施单位 and the header attributes empty until the same
    file is ingested again."""
    from store.queries import Queries

    facts = library.facts
    assert facts.query("SELECT schema_version FROM store_meta")[0]["schema_version"] == SCHEMA_VERSION
    assert Queries(facts).attribute_values() == []  # the table is there, empty
    printed = [p.implementer for p in read_document(NONGYE).projects]
    assert "大名县农业技术推广中心" in printed
    assert implementers(facts) == [""] * len(printed)
    assert facts.query("SELECT facts_hash FROM sources") == [{"facts_hash": ""}]
    (report,) = library.ingest_paths([NONGYE])
    assert (report.status, report.replaced) == ("replaced", NONGYE.name)
    assert implementers(facts) == printed
    assert len(Queries(facts).attribute_values()) == sum(len(p.attributes) for p in read_document(NONGYE).projects) > 0
    assert facts.projects() == list(read_document(NONGYE).projects)
    assert library.ingest_paths([NONGYE])[0].status == "unchanged"
    assert len(facts.sources()) == 1


def test_a_v4_store_rereads_a_file_to_keep_its_implementers(tmp_path):
    current = make_settings(tmp_path / "current")
    library = Library(current)
    library.ingest_paths([NONGYE])
    library.close()
    settings = make_settings(tmp_path / "store")
    settings.store.mkdir(parents=True)
    old_store(settings.database_path, 4, current.database_path)

    library = Library(settings)
    assert library.facts.query("PRAGMA user_version")[0]["user_version"] == SCHEMA_VERSION
    check_reread(library)
    library.close()


def test_a_v4_store_on_postgresql_is_upgraded(tmp_path, pg_server):
    import psycopg

    settings = make_settings(tmp_path / "store").model_copy(
        update={"db": pg_store_url(pg_server)})
    library = Library(settings)
    library.ingest_paths([NONGYE])
    library.close()
    # Version 4 is version 5 without the column and the attributes table (and the version it records).
    with psycopg.connect(settings.db, autocommit=True) as db:
        db.execute("DROP TABLE project_attributes")
        db.execute("ALTER TABLE projects DROP COLUMN implementer")
        db.execute("ALTER TABLE indicators DROP COLUMN nature")  # and without version 7's columns
        db.execute("ALTER TABLE indicators DROP COLUMN weight")
        db.execute("UPDATE store_meta SET schema_version = 4")

    library = Library(settings)
    columns = library.facts.query(
        "SELECT column_default, is_nullable FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = 'projects'"
        " AND column_name = 'implementer'")
    assert [(c["column_default"].split("::")[0], c["is_nullable"]) for c in columns] == [
        ("''", "NO")]
    check_reread(library)
    library.close()


def test_a_store_from_a_newer_release_is_refused(tmp_path):
    path = tmp_path / "facts.sqlite3"
    SqliteFactStore(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE store_meta SET schema_version = ?", (SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="升级 jixiao"):
        SqliteFactStore(path)


def test_a_damaged_store_is_refused_unchanged_with_a_remedy(tmp_path):
    old = tmp_path / "facts.sqlite3"
    con = sqlite3.connect(old)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY)")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    before = old.read_bytes()
    with pytest.raises(StoreError, match="新的 --store"):
        SqliteFactStore(old)
    assert old.read_bytes() == before
