"""The budget's parts as printed (本级财政, 上级补助, 一般公共预算 …) stored per project in 分, read
back in ProjectRow.parts and as records, summed in SQL (SQLite and PostgreSQL); a version 5 store
gains their table when upgraded and re-reads its files."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import docx
import pytest

from ingest import read_document
from ingest.quantity import to_fen
from store.library import Library
from store.migrations import SCHEMA_VERSION
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX, make_settings
from tests.store.conftest import pg_store_url
from tests.store.test_migrations import old_store

WEIJIAN = ROOT / "eval" / "dev" / "docs" / "weijian-2025.docx"
ZHUJIAN = ROOT / "eval" / "dev" / "docs" / "zhujian-2025.docx"
PATHS = (WEIJIAN, ZHUJIAN, SAMPLE_DOCX)


@pytest.fixture
def library(backend_settings):
    library = Library(backend_settings)
    reports = library.ingest_paths(list(PATHS))
    assert [r.status for r in reports] == ["ingested"] * len(PATHS)
    yield library
    library.close()


def records(*paths):
    return [p for path in (paths or PATHS) for p in read_document(path).projects]


def printed_fen(label: str) -> int:
    """The sum of one part over weijian-2025's projects in 分, from the document's cells."""
    total = 0
    for table in docx.Document(str(WEIJIAN)).tables:
        rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
        block = [row for row in rows if row[0].startswith("预算金额")]
        if block:
            unit = block[0][0][5:-1]
            total += sum(to_fen(Decimal(row[2]), unit) for row in block if row[1].endswith(label))
    return total


def test_every_project_row_carries_its_parts(library):
    rows = Queries(library.facts).projects()
    expected = [(p.name, tuple((m.label, to_fen(m.amount, p.unit)) for m in p.parts)) for p in records()]
    assert [(r.name, r.parts) for r in rows] == expected
    assert sum(1 for r in rows if r.parts) == 8 + 1
    assert rows[0].parts == (("本级财政", 372_100_000), ("上级补助", 1488_400_000))  # 万元
    assert rows[6].parts == (("本级财政", 32_800_000), ("上级补助", 24_000_000))  # printed in 元
    assert library.facts.projects() == records()  # read back as the records ingest made


def test_the_parts_add_up_to_the_fiscal_share(library):
    for row in Queries(library.facts).projects():
        if row.parts and row.source == WEIJIAN.name:
            assert sum(fen for _, fen in row.parts) == row.fiscal_fen
            assert row.fen("fiscal") + row.fen("other") == row.budget_fen


def test_the_sum_of_a_part_in_sql(library):
    for label in ("本级财政", "上级补助"):
        (row,) = library.facts.query(
            "SELECT SUM(m.fen) AS fen FROM project_money_parts m JOIN projects p ON p.id = m.project_id"
            " JOIN sources s ON s.id = p.source_id WHERE m.label = ? AND s.name = ?", (label, WEIJIAN.name))
        assert row["fen"] == printed_fen(label) > 0
    # 1488.40 + 147 + 200 + 60.40 + 103 + 200 + 0 万元, and 240000.00 元
    assert printed_fen("上级补助") == 2198_800_000 + 24_000_000


def test_part_labels_by_frequency_then_name(library):
    queries = Queries(library.facts)
    assert queries.part_labels() == ["上级补助", "本级财政", "一般公共预算", "政府性基金"]
    assert "FROM project_money_parts" in queries.log[-1]


def stored_parts(library: Library) -> list[tuple[str, str, int]]:
    return [(r["code"], r["label"], r["fen"]) for r in library.facts.query(
        "SELECT p.code, m.label, m.fen FROM project_money_parts m JOIN projects p ON p.id = m.project_id"
        " ORDER BY p.code, m.seq")]


def test_ingesting_again_changes_nothing(library):
    before = stored_parts(library)
    assert len(before) == 8 * 2 + 2
    assert [r.status for r in library.ingest_paths(list(PATHS))] == ["unchanged"] * len(PATHS)
    assert stored_parts(library) == before
    # The same facts from other bytes (a revision saved again): replaced, not added beside
    document = read_document(WEIJIAN)
    again = replace(document, source=replace(document.source, sha256="0" * 64))
    assert library.add_document(again).status == "replaced"
    assert stored_parts(library) == before


def test_removing_a_source_removes_its_parts(library):
    (source,) = [s for s in library.facts.sources() if s.source.name == WEIJIAN.name]
    library.facts.remove_source(source.id)
    assert Queries(library.facts).part_labels() == ["一般公共预算", "政府性基金"]
    assert library.facts.query("SELECT COUNT(*) AS n FROM project_money_parts") == [{"n": 2}]


def part_columns(facts) -> list[tuple[str, str]]:
    """(column, type) of project_money_parts, on either engine."""
    if facts.dialect == "sqlite":
        return [(r["name"], r["type"]) for r in facts.query("PRAGMA table_info(project_money_parts)")]
    return [(r["column_name"], r["data_type"]) for r in facts.query(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema ="
        " current_schema() AND table_name = 'project_money_parts' ORDER BY ordinal_position")]


def test_the_table_on_either_engine(library):
    columns = part_columns(library.facts)
    if library.facts.dialect == "sqlite":
        assert columns == [("project_id", "INTEGER"), ("seq", "INTEGER"), ("label", "TEXT"), ("fen", "INTEGER")]
    else:  # 分 sums pass 2^31
        assert columns == [("project_id", "bigint"), ("seq", "bigint"), ("label", "text"), ("fen", "bigint")]


def check_reread(library: Library) -> None:
    """A store upgraded from version 5: the parts empty and the source marked for a re-read, then
    the same file read again fills them, and once more changes nothing."""
    facts = library.facts
    assert SCHEMA_VERSION >= 6
    assert facts.query("SELECT schema_version FROM store_meta")[0]["schema_version"] == SCHEMA_VERSION
    assert Queries(facts).part_labels() == []  # the table is there, empty
    assert facts.query("SELECT facts_hash FROM sources") == [{"facts_hash": ""}]
    (report,) = library.ingest_paths([WEIJIAN])
    assert (report.status, report.replaced) == ("replaced", WEIJIAN.name)
    assert facts.projects() == list(read_document(WEIJIAN).projects)
    assert Queries(facts).part_labels() == ["上级补助", "本级财政"]
    assert library.ingest_paths([WEIJIAN])[0].status == "unchanged"
    assert len(facts.sources()) == 1


def test_a_v5_store_is_upgraded_and_rereads_its_files(tmp_path):
    current = make_settings(tmp_path / "current")
    library = Library(current)
    library.ingest_paths([WEIJIAN])
    library.close()
    settings = make_settings(tmp_path / "store")
    settings.store.mkdir(parents=True)
    old_store(settings.database_path, 5, current.database_path)

    library = Library(settings)
    assert library.facts.query("PRAGMA user_version")[0]["user_version"] == SCHEMA_VERSION
    assert [name for name, _ in part_columns(library.facts)] == ["project_id", "seq", "label", "fen"]
    indexes = {r["name"] for r in library.facts.query(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'project_money_parts'")}
    assert indexes == {"project_money_parts_project"}
    check_reread(library)
    library.close()


def test_a_v5_store_on_postgresql_is_upgraded(tmp_path, pg_server):
    import psycopg

    settings = make_settings(tmp_path / "store").model_copy(update={"db": pg_store_url(pg_server)})
    library = Library(settings)
    library.ingest_paths([WEIJIAN])
    library.close()
    # Version 5 is version 6 without the parts table (and the version it records), and version 6
    # is version 7 without the indicators' nature and weight.
    with psycopg.connect(settings.db, autocommit=True) as db:
        db.execute("DROP TABLE project_money_parts")
        db.execute("ALTER TABLE indicators DROP COLUMN nature")
        db.execute("ALTER TABLE indicators DROP COLUMN weight")
        db.execute("UPDATE store_meta SET schema_version = 5")

    library = Library(settings)
    assert part_columns(library.facts) == [
        ("project_id", "bigint"), ("seq", "bigint"), ("label", "text"), ("fen", "bigint")]
    check_reread(library)
    library.close()
