"""Each indicator row's 指标性质 (定量/定性) and 分值/权重, stored where a column prints them (schema
version 7), read back into the same records, and a version 6 store upgraded and re-read."""

from __future__ import annotations

from collections import Counter

from ingest import read_document
from store.library import Library
from store.migrations import SCHEMA_VERSION
from store.queries import Queries
from tests.conftest import ROOT, make_settings
from tests.store.test_migrations import old_store

SHIJIAN = ROOT / "eval" / "heldout" / "docs" / "shijian-2025.docx"  # a 指标性质 column
SIFA = ROOT / "eval" / "dev" / "docs" / "sifa-2025.docx"  # a 分值 column


def _printed(path):
    return [(i.nature, i.weight) for p in read_document(path).projects for i in p.indicators]


def test_nature_and_weight_are_stored_and_read_back(tmp_path):
    library = Library(make_settings(tmp_path / "store"))
    assert all(r.ok for r in library.ingest_paths([SHIJIAN, SIFA]))
    rows = Queries(library.facts).rows()
    printed = _printed(SHIJIAN) + _printed(SIFA)
    assert Counter((r.nature, r.weight) for r in rows) == Counter(printed)
    assert any(n == "定性" for n, _ in printed) and any(w is not None for _, w in printed)
    assert library.facts.projects() == list(read_document(SHIJIAN).projects) + list(read_document(SIFA).projects)
    library.close()


def test_a_row_is_qualitative_as_its_column_says(tmp_path):
    library = Library(make_settings(tmp_path / "store"))
    library.ingest_paths([SHIJIAN])
    rows = Queries(library.facts).rows()
    marked = [r for r in rows if r.nature == "定性"]
    assert marked and all(r.qualitative for r in marked)
    # a 定性 row may still carry a date or a number; the column decides
    assert {r.id for r in rows if r.qualitative} == {r.id for r in rows if r.nature == "定性" or (
        not r.nature and r.number is None and r.deadline is None)}
    library.close()


def test_a_v6_store_is_upgraded_and_its_rows_get_their_nature_on_a_reread(tmp_path):
    current = make_settings(tmp_path / "current")
    library = Library(current)
    library.ingest_paths([SHIJIAN])
    library.close()
    settings = make_settings(tmp_path / "store")
    settings.store.mkdir(parents=True)
    old_store(settings.database_path, 6, current.database_path)

    library = Library(settings)
    assert SCHEMA_VERSION == 7
    assert library.facts.query("PRAGMA user_version")[0]["user_version"] == SCHEMA_VERSION
    assert {r.nature for r in Queries(library.facts).rows()} == {""}  # the columns are there, empty
    assert library.facts.query("SELECT facts_hash FROM sources") == [{"facts_hash": ""}]
    (report,) = library.ingest_paths([SHIJIAN])
    assert report.status == "replaced"
    assert "定性" in {r.nature for r in Queries(library.facts).rows()}
    assert library.ingest_paths([SHIJIAN])[0].status == "unchanged"
    library.close()
