"""The stored keyword index: persisted beside the facts, scoped inside, never stale."""

from __future__ import annotations

import shutil

import pytest

from store.keywords import BIGRAM_WEIGHT, query_terms
from store.library import Library
from tests.conftest import SAMPLE_DOCX, SAMPLE_TXT


@pytest.fixture
def settings(backend_settings):
    return backend_settings


def test_reopened_store_uses_the_saved_index_without_rebuilding(settings, monkeypatch):
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    expected = [h.id for h in library.keywords.search("公共实训基地完工时间", 5)]
    library.close()
    reopened = Library(settings)
    monkeypatch.setattr(reopened.facts, "chunk_entries",
                        lambda *a, **k: pytest.fail("the index was rebuilt"))
    assert [h.id for h in reopened.keywords.search("公共实训基地完工时间", 5)] == expected


def test_scope_and_kind_are_filtered_inside_the_index(settings, tmp_path):
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    other = tmp_path / "other.txt"
    other.write_text(SAMPLE_TXT.read_text(encoding="utf-8").replace("魏县", "某县"), encoding="utf-8")
    library.ingest_paths([other])
    ids = {s.source.name: s.id for s in library.facts.sources()}
    owner = {r["id"]: (r["source_id"], r["kind"])
             for r in library.facts.query("SELECT id, source_id, kind FROM chunks")}
    hits = library.keywords.search("公共实训基地", 10, sources=[ids["other.txt"]],
                                   kinds=["indicator"])
    assert len(hits) >= 3
    assert {owner[h.id] for h in hits} == {(ids["other.txt"], "indicator")}
    assert library.keywords.search("公共实训基地", 10, sources=[]) == []
    allowed = {h.id for h in hits[:2]}
    assert {h.id for h in library.keywords.search("公共实训基地", 10, allowed)} == allowed


def test_an_index_left_by_another_store_is_rebuilt(settings, tmp_path):
    from tests.conftest import make_settings

    first = Library(make_settings(tmp_path / "first"))
    first.ingest_paths([SAMPLE_TXT])
    first.keywords  # noqa: B018
    first.close()
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    settings.keyword_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(tmp_path / "first" / "keywords.sqlite3", settings.keyword_path)
    hits = library.keywords.search("公共实训基地", 5)
    assert hits and {h.id for h in hits} <= library.facts.chunk_ids()


def test_query_terms_weigh_bigrams_and_keep_only_rare_characters():
    terms = query_terms("一亩地补多少", rare=lambda chars: [c for c in chars if c == "亩"])
    assert terms.count("一亩") == BIGRAM_WEIGHT and "亩" in terms and "地" not in terms
    assert query_terms("亩") == ["亩"]  # a one-character question keeps its character
