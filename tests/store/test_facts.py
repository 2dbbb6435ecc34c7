"""The facts store: exact values in SQL, one transaction per file, idempotent re-ingest.

Every test here runs twice: on SQLite and on PostgreSQL (tests/store/conftest.py).
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ingest import read_document
from store.database import SqliteDatabase
from store.facts import facts_hash, open_facts
from store.library import Library, is_database_error
from tests.conftest import SAMPLE_DOCX, SAMPLE_TXT

TABLES = ("sources", "projects", "spending_plan", "indicators", "policy_refs", "ref_links",
          "sections", "chunks")


@pytest.fixture
def settings(backend_settings):
    return backend_settings


def snapshot(facts) -> dict[str, list[tuple]]:
    """Every row of every table, to prove a failed write changed nothing (of a facts store,
    or of a SQLite file given by its path)."""
    if isinstance(facts, Path):
        database = SqliteDatabase(facts)
        try:
            return snapshot(database)
        finally:
            database.close()
    return {t: sorted((tuple(r.values()) for r in facts.query(f"SELECT * FROM {t}")), key=repr)
            for t in TABLES}


def test_sample_facts_in_sql(settings):
    library = Library(settings)
    (report,) = library.ingest_paths([SAMPLE_DOCX])
    assert (report.status, report.projects, report.indicators) == ("ingested", 14, 101)
    facts = library.facts
    (row,) = facts.query("SELECT COUNT(*) AS n, SUM(budget_fen) AS fen FROM projects")
    assert row["n"] == 14
    assert Decimal(row["fen"]) / 1_000_000 == Decimal("37106.9")
    per_project = [r["n"] for r in facts.query(
        "SELECT COUNT(i.id) AS n FROM projects p JOIN indicators i ON i.project_id = p.id"
        " GROUP BY p.id ORDER BY p.seq")]
    assert per_project == [9] + [7] * 10 + [8, 7, 7]
    (p12,) = facts.query("SELECT * FROM projects WHERE code = '13043425P00450110043D'")
    assert (p12["name"], p12["budget"], p12["unit"]) == ("劳务派遣人员工资", "131.90", "万元")
    cited = facts.query(
        """SELECT DISTINCT p.code FROM ref_links l JOIN policy_refs r ON r.id = l.ref_id
           JOIN projects p ON p.id = l.project_id WHERE r.canonical = '冀人社规〔2018〕8号'""")
    assert sorted(r["code"] for r in cited) == [
        "13043425P00435710001D", "13043425P00435710003L", "13043425P004357100048",
        "13043425P004358100013", "13043425P00435810002N"]
    (people,) = facts.query(
        "SELECT norm, base_unit FROM indicators i JOIN projects p ON p.id = i.project_id"
        " WHERE p.code = '13043425P00435710001D' AND i.level3 = '城乡居民基本养老保险参保人数'")
    assert (people["norm"], people["base_unit"]) == (500000.0, "人")


def test_projects_read_back_equal_what_was_read(settings):
    document = read_document(SAMPLE_DOCX)
    library = Library(settings)
    library.add_document(document)
    assert library.facts.projects() == list(document.projects)


def test_reingest_same_content_is_a_noop(settings):
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    before = snapshot(library.facts)
    generation = library.facts.generation()
    (again,) = library.ingest_paths([SAMPLE_DOCX])
    assert again.status == "unchanged"
    assert snapshot(library.facts) == before
    assert library.facts.generation() == generation


def test_same_document_in_another_format_is_not_doubled(settings):
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    (txt,) = library.ingest_paths([SAMPLE_TXT])
    assert txt.status == "duplicate" and SAMPLE_DOCX.name in txt.message
    assert library.facts.query("SELECT COUNT(*) AS n FROM projects")[0]["n"] == 14


def test_changed_file_replaces_its_old_records(settings, tmp_path):
    path = tmp_path / "dept.txt"
    shutil.copy(SAMPLE_TXT, path)
    library = Library(settings)
    assert library.ingest_paths([path])[0].status == "ingested"
    text = path.read_text(encoding="utf-8").replace("\t131.90\n", "\t141.90\n", 1)
    path.write_text(text, encoding="utf-8")
    (report,) = library.ingest_paths([path])
    assert report.status == "replaced"
    rows = library.facts.query("SELECT budget FROM projects WHERE code = '13043425P00450110043D'")
    assert [r["budget"] for r in rows] == ["141.90"]
    assert library.facts.query("SELECT COUNT(*) AS n FROM sources")[0]["n"] == 1


def test_failed_write_leaves_store_exactly_as_before(settings):
    library = Library(settings)
    library.ingest_paths([SAMPLE_TXT])
    before = snapshot(library.facts)
    document = read_document(SAMPLE_DOCX)
    broken = replace(document, projects=document.projects[:3] + (
        replace(document.projects[3], code=None),) + document.projects[4:])  # NOT NULL fails
    broken = replace(broken, source=replace(broken.source, name="other.docx"))
    with pytest.raises(Exception) as raised:
        library.add_document(broken)
    assert is_database_error(raised.value) and "null" in str(raised.value).lower()
    assert snapshot(library.facts) == before


def test_facts_hash_ignores_file_format():
    assert facts_hash(read_document(SAMPLE_DOCX)) == facts_hash(read_document(SAMPLE_TXT))


def test_store_reopens_from_disk(settings):
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    library.close()
    reopened = open_facts(settings.database)
    assert [s.projects for s in reopened.sources()] == [14]
    assert len(reopened.sections()) == 13
    assert reopened.store_id == library.facts.store_id


def test_concurrent_queries_from_threads(settings):
    """The web app answers from several threads over one connection."""
    from concurrent.futures import ThreadPoolExecutor

    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    sql = "SELECT COUNT(*) AS n FROM indicators i JOIN projects p ON p.id = i.project_id"
    with ThreadPoolExecutor(8) as pool:
        counts = list(pool.map(lambda _: library.facts.query(sql)[0]["n"], range(200)))
    assert counts == [101] * 200


def test_a_value_the_store_cannot_write_fails_that_file_only(settings, monkeypatch, tmp_path):
    """A read document the store cannot take (here a money unit it does not know) gives a failed
    report naming the file, not a traceback; the store is as it was."""
    import ingest

    library = Library(settings)
    library.ingest_paths([SAMPLE_TXT])
    before = snapshot(library.facts)
    document = read_document(SAMPLE_DOCX)
    odd = replace(document, projects=(replace(document.projects[0], unit="两"),) + document.projects[1:])
    odd = replace(odd, source=replace(odd.source, name="odd.docx", sha256="0" * 64))
    monkeypatch.setattr(ingest, "read_document", lambda *a, **k: odd)
    path = tmp_path / "odd.docx"
    path.write_bytes(SAMPLE_DOCX.read_bytes())
    (report,) = library.ingest_paths([path])
    assert report.status == "failed" and "odd.docx" in report.message and "数据库未改动" in report.message
    assert snapshot(library.facts) == before
