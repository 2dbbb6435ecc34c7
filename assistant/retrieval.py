"""Hybrid retrieval through langchain: BM25 keywords and Chroma vectors, fused by reciprocal rank.

langchain lives only here (and imports lazily): the retrievers are langchain `BaseRetriever`s so
an optional LLM chain can use them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from store.library import Library

RRF_K = 60  # the usual constant of reciprocal-rank fusion (Cormack et al. 2009)


@dataclass(frozen=True)
class Hit:
    """A fused hit: chunk id, fused score and the ranks it had in each list."""

    id: str
    score: float
    keyword_rank: int | None
    vector_rank: int | None


def fuse(keyword_ids: list[str], vector_ids: list[str], k: int = RRF_K) -> list[Hit]:
    """Reciprocal-rank fusion of two ranked id lists."""
    scores: dict[str, float] = {}
    kw = {cid: rank for rank, cid in enumerate(keyword_ids, start=1)}
    vec = {cid: rank for rank, cid in enumerate(vector_ids, start=1)}
    for ranks in (kw, vec):
        for cid, rank in ranks.items():
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (k + rank)
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [Hit(cid, s, kw.get(cid), vec.get(cid)) for cid, s in ordered]


class HybridSearch:
    """Keyword and vector search over the library's chunks, fused."""

    def __init__(self, library: Library, depth: int = 20):
        self.library = library
        self.depth = depth

    def search(self, query: str, k: int = 8, kinds: tuple[str, ...] | None = None,
               sources: tuple[int, ...] | None = None) -> list[Hit]:
        """Fused hits among chunks of these kinds and from these sources (None: all); both
        indexes filter inside the search, so a scoped question costs what its scope costs."""
        keyword = [h.id for h in self.library.keywords.search(query, self.depth, sources=sources,
                                                               kinds=kinds)]
        vector = [h.id for h in self.library.search_vectors(query, self.depth, sources=sources,
                                                            kinds=kinds)]
        return fuse(keyword, vector)[:k]


def as_langchain_retriever(search: HybridSearch, k: int = 8,
                           kinds: tuple[str, ...] | None = None,
                           sources: tuple[int, ...] | None = None) -> Any:
    """The hybrid search as a langchain retriever returning Documents with chunk metadata."""
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

    facts = search.library.facts

    class JixiaoHybridRetriever(BaseRetriever):
        """BM25 + Chroma, fused by reciprocal rank."""

        def _get_relevant_documents(
            self, query: str, *, run_manager: CallbackManagerForRetrieverRun
        ) -> list[Document]:
            hits = search.search(query, k, kinds, sources)
            texts = {e.id: e.text for e in facts.chunk_entries(ids=[h.id for h in hits])}
            return [
                Document(page_content=texts.get(h.id, ""), id=h.id,
                         metadata={"chunk_id": h.id, "score": h.score,
                                   "keyword_rank": h.keyword_rank, "vector_rank": h.vector_rank})
                for h in hits
            ]

    return JixiaoHybridRetriever()


def as_langchain_vectorstore(library: Library) -> Any:
    """The library's Chroma collection as a langchain vector store (our embeddings passed in)."""
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings

    embedder = library.embedder

    class JixiaoEmbeddings(Embeddings):
        """e5 prompts: «passage: » for indexed text, «query: » for questions."""

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return [list(v) for v in embedder.embed_passages(texts)]

        def embed_query(self, text: str) -> list[float]:
            return list(embedder.embed_queries([text])[0])

    library.sync_vectors()
    index = library.vectors
    index.collection  # noqa: B018 — opens the client
    return Chroma(client=index.client, collection_name=index.name,  # type: ignore[attr-defined]
                  embedding_function=JixiaoEmbeddings(), create_collection_if_not_exists=True)
