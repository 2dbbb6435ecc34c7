"""The Chroma vector index: our embeddings only, synced with the facts, one collection per store.

Every test here runs twice: on embedded Chroma and on a `chroma run` server (conftest.py).
"""

from __future__ import annotations

import pytest

from store.library import Library
from store.vectors import ChromaIndex
from tests.conftest import SAMPLE_DOCX, SAMPLE_TXT

pytestmark = pytest.mark.slow


@pytest.fixture
def settings(vector_settings):
    return vector_settings


def test_sync_embeds_every_chunk_once_and_survives_reopening(e5, settings):
    library = Library(settings, embedder=e5)
    library.ingest_paths([SAMPLE_DOCX])
    n_chunks = len(library.facts.chunks())
    assert library.sync_vectors() == n_chunks
    assert library.sync_vectors() == 0
    reopened = Library(settings, embedder=e5)
    assert reopened.vectors.ids() == {cid for cid, _ in reopened.facts.chunks()}


def test_replaced_document_drops_stale_vectors(e5, settings, tmp_path):
    path = tmp_path / "dept.txt"
    path.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    library = Library(settings, embedder=e5)
    library.ingest_paths([path])
    library.sync_vectors()
    path.write_text(path.read_text(encoding="utf-8").replace("≥85%", "≥86%"), encoding="utf-8")
    assert library.ingest_paths([path])[0].status == "replaced"
    library.sync_vectors()
    assert library.vectors.ids() == {cid for cid, _ in library.facts.chunks()}


def test_chroma_has_no_embedding_function_of_its_own(e5, settings):
    """Chroma's default embedding function downloads a model: it must never be used."""
    library = Library(settings, embedder=e5)
    library.ingest_paths([SAMPLE_DOCX])
    library.sync_vectors()
    index = library.vectors
    assert isinstance(index, ChromaIndex)
    assert index.collection._embedding_function is None
    # Reopened by name, the collection still carries no embedding function.
    reopened = index.client.get_collection(index.name, embedding_function=None)
    assert reopened._embedding_function is None


def test_search_returns_cosine_scores(e5, settings):
    library = Library(settings, embedder=e5)
    library.ingest_paths([SAMPLE_DOCX])
    hits = library.search_vectors("公共实训基地完工时间", 3)
    assert len(hits) == 3 and 0 < hits[-1].score <= hits[0].score <= 1.0001
    texts = dict(library.facts.chunks())
    assert any("完工" in texts[h.id] for h in hits)


def test_langchain_vector_store_holds_no_chroma_embedding_function(e5, settings):
    from assistant.retrieval import as_langchain_vectorstore

    library = Library(settings, embedder=e5)
    library.ingest_paths([SAMPLE_DOCX])
    store = as_langchain_vectorstore(library)
    assert store._chroma_collection._embedding_function is None
    docs = store.similarity_search("公共实训基地完工时间", k=2)
    assert len(docs) == 2


def test_two_stores_on_one_server_never_touch_each_others_vectors(e5, chroma_server, tmp_path):
    from tests.conftest import make_settings

    first, second = (Library(make_settings(tmp_path / name).model_copy(
        update={"chroma_url": chroma_server}), embedder=e5) for name in ("one", "two"))
    first.ingest_paths([SAMPLE_DOCX])
    first.sync_vectors()
    mine = first.vectors.ids()
    assert mine == first.facts.chunk_ids()
    second.ingest_paths([SAMPLE_TXT])
    second.sync_vectors()
    assert first.vectors.ids() == mine  # the second store's sync deleted nothing of the first
    assert second.vectors.ids() == second.facts.chunk_ids()
    assert first.vectors.name != second.vectors.name
    assert first.facts.store_id in first.vectors.name


def test_scope_is_filtered_inside_the_vector_index(e5, settings, tmp_path):
    library = Library(settings, embedder=e5)
    library.ingest_paths([SAMPLE_DOCX])
    other = tmp_path / "other.txt"
    other.write_text(SAMPLE_TXT.read_text(encoding="utf-8").replace("魏县", "某县"),
                     encoding="utf-8")
    library.ingest_paths([other])
    sources = {s.source.name: s.id for s in library.facts.sources()}
    assert len(sources) == 2
    hits = library.search_vectors("公共实训基地完工时间", 10, sources=[sources["other.txt"]],
                                  kinds=["indicator"])
    kinds = {r["id"]: (r["source_id"], r["kind"]) for r in library.facts.query(
        "SELECT id, source_id, kind FROM chunks")}
    assert len(hits) == 10
    assert {kinds[h.id] for h in hits} == {(sources["other.txt"], "indicator")}
