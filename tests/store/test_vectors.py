"""The Chroma vector index: real persistent store, our embeddings only, synced with the facts."""

from __future__ import annotations

import pytest

from store.library import Library
from store.vectors import ChromaIndex
from tests.conftest import SAMPLE_DOCX, SAMPLE_TXT

pytestmark = pytest.mark.slow


def test_sync_embeds_every_chunk_once_and_survives_reopening(settings):
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    n_chunks = len(library.facts.chunks())
    assert library.sync_vectors() == n_chunks
    assert library.sync_vectors() == 0
    reopened = Library(settings)
    assert reopened.vectors.ids() == {cid for cid, _ in reopened.facts.chunks()}


def test_replaced_document_drops_stale_vectors(settings, tmp_path):
    path = tmp_path / "dept.txt"
    path.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    library = Library(settings)
    library.ingest_paths([path])
    library.sync_vectors()
    path.write_text(path.read_text(encoding="utf-8").replace("≥85%", "≥86%"), encoding="utf-8")
    assert library.ingest_paths([path])[0].status == "replaced"
    library.sync_vectors()
    assert library.vectors.ids() == {cid for cid, _ in library.facts.chunks()}


def test_chroma_has_no_embedding_function_of_its_own(settings):
    """Chroma's default embedding function downloads a model: it must never be used."""
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    library.sync_vectors()
    index = library.vectors
    assert isinstance(index, ChromaIndex)
    assert index.collection._embedding_function is None
    # Reopened from disk by name, the collection still carries no embedding function.
    reopened = index.client.get_collection(index.name, embedding_function=None)
    assert reopened._embedding_function is None


def test_search_returns_cosine_scores(settings):
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    hits = library.search_vectors("公共实训基地完工时间", 3)
    assert len(hits) == 3 and 0 < hits[-1].score <= hits[0].score <= 1.0001
    texts = dict(library.facts.chunks())
    assert any("完工" in texts[h.id] for h in hits)


def test_langchain_vector_store_holds_no_chroma_embedding_function(settings):
    from assistant.retrieval import as_langchain_vectorstore

    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    store = as_langchain_vectorstore(library)
    assert store._chroma_collection._embedding_function is None
    docs = store.similarity_search("公共实训基地完工时间", k=2)
    assert len(docs) == 2
