"""The vector index: Chroma, embedded (persistent folder) or a `chroma run` server.

Chroma never embeds anything itself here: its default embedding function downloads a model,
so collections are opened with `embedding_function=None` and every call passes vectors.
Each store has its own collection, named by the store id its facts database records, so
stores sharing one Chroma server never touch each other's vectors.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

COLLECTION_PREFIX = "jixiao"
# HNSW graph degree and search breadth, chosen by recall@10 against exact search on our own
# e5 vectors (python -m eval.growth hnsw; 19,013 vectors, 100 generated questions): ef_search
# 10/20/40/100/200 → 0.90/0.96/0.96/0.98/0.99 at 0.8–1.5 ms a query, so 200 (the question's
# embedding costs 30–60 ms anyway); max_neighbors 8/16/32 → 0.99/0.99/0.99 at ef 100, so
# Chroma's default 16.
HNSW_MAX_NEIGHBORS = 16
HNSW_EF_CONSTRUCTION = 100
HNSW_EF_SEARCH = 200
# Vectors per upsert call: Chroma's server limits a request's size.
WRITE_BATCH = 1000


@dataclass(frozen=True)
class VectorHit:
    """A chunk id with its cosine similarity to the query."""

    id: str
    score: float


@dataclass(frozen=True)
class VectorMeta:
    """What a vector is filed under, so a scoped question is filtered inside the index."""

    source_id: int
    kind: str
    department: str
    year: int | None


class VectorIndex(Protocol):
    """What retrieval needs from a vector store."""

    def ids(self) -> set[str]: ...
    def add(self, ids: Sequence[str], vectors: Sequence[Sequence[float]],
            texts: Sequence[str], metas: Sequence[VectorMeta] | None = None) -> None: ...
    def delete(self, ids: Sequence[str]) -> None: ...
    def search(self, vector: Sequence[float], k: int, sources: Sequence[int] | None = None,
               kinds: Sequence[str] | None = None) -> list[VectorHit]: ...


def hnsw_threads() -> int:
    """Half the cores (at least one): the embedder's torch threads take the other half."""
    return max(1, (os.cpu_count() or 2) // 2)


class ChromaIndex:
    """One Chroma collection per store and embedding model."""

    def __init__(self, path: Path | None, url: str | None, model_name: str, store_id: str = ""):
        self._path, self._url, self._model_name = path, url, model_name
        self._collection: Any = None
        self.client: Any = None
        self.store_id = store_id
        self.name = collection_name(store_id, model_name)

    @property
    def collection(self) -> Any:
        if self._collection is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            settings = ChromaSettings(anonymized_telemetry=False)
            if self._url:
                parsed = urlparse(self._url)
                client = chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1", port=parsed.port or 8000,
                    ssl=parsed.scheme == "https", settings=settings)
            else:
                assert self._path is not None
                self._path.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(self._path), settings=settings)
                # Before stores had ids, an embedded store's one collection was named by the
                # model only: it is this store's and is rebuilt under the new name.
                legacy = legacy_collection_name(self._model_name)
                if legacy != self.name and legacy in {c.name for c in client.list_collections()}:
                    client.delete_collection(legacy)
            self.client = client
            self._collection = client.get_or_create_collection(
                name=self.name,
                embedding_function=None,
                configuration={"hnsw": {
                    "space": "cosine", "max_neighbors": HNSW_MAX_NEIGHBORS,
                    "ef_construction": HNSW_EF_CONSTRUCTION, "ef_search": HNSW_EF_SEARCH,
                    "num_threads": hnsw_threads()}},
                metadata={"embedding_model": self._model_name, "store_id": self.store_id},
            )
        return self._collection

    def ids(self) -> set[str]:
        total = self.collection.count()
        out: set[str] = set()
        for offset in range(0, total, 5000):
            out.update(self.collection.get(include=[], limit=5000, offset=offset)["ids"])
        return out

    def add(self, ids: Sequence[str], vectors: Sequence[Sequence[float]],
            texts: Sequence[str], metas: Sequence[VectorMeta] | None = None) -> None:
        for start in range(0, len(ids), WRITE_BATCH):
            end = start + WRITE_BATCH
            extra = {}
            if metas is not None:
                extra["metadatas"] = [_metadata(m) for m in metas[start:end]]
            self.collection.upsert(ids=list(ids[start:end]),
                                   embeddings=[list(v) for v in vectors[start:end]],
                                   documents=list(texts[start:end]), **extra)

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), WRITE_BATCH):
            self.collection.delete(ids=list(ids[start:start + WRITE_BATCH]))

    def search(self, vector: Sequence[float], k: int, sources: Sequence[int] | None = None,
               kinds: Sequence[str] | None = None) -> list[VectorHit]:
        """The k nearest chunks, among these sources and kinds when given (filtered in Chroma)."""
        count = self.collection.count()
        if count == 0:
            return []
        clauses: list[dict[str, Any]] = []
        if sources is not None:
            clauses.append({"source_id": {"$in": [int(s) for s in sources]}})
        if kinds is not None:
            clauses.append({"kind": {"$in": list(kinds)}})
        if (sources is not None and not sources) or (kinds is not None and not kinds):
            return []
        where = clauses[0] if len(clauses) == 1 else ({"$and": clauses} if clauses else None)
        result = self.collection.query(query_embeddings=[list(vector)], n_results=min(k, count),
                                       where=where, include=["distances"])
        return [VectorHit(i, 1.0 - float(d))
                for i, d in zip(result["ids"][0], result["distances"][0])]

    def drop(self) -> None:
        """Delete this store's collection (the store is being removed)."""
        self.collection  # noqa: B018 — opens the client
        self.client.delete_collection(self.name)
        self._collection = None


def _metadata(meta: VectorMeta) -> dict[str, Any]:
    # Chroma metadata values cannot be None; year -1 stands for «no year».
    return {"source_id": meta.source_id, "kind": meta.kind, "department": meta.department,
            "year": meta.year if meta.year is not None else -1}


def collection_name(store_id: str, model_name: str) -> str:
    """jixiao-<store id>-<model hash>: unique per store, and per model within a store."""
    if not store_id:
        return legacy_collection_name(model_name)
    model = hashlib.sha1(model_name.encode()).hexdigest()[:8]
    return f"{COLLECTION_PREFIX}-{store_id[:32]}-{model}"


def legacy_collection_name(model_name: str) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in model_name.lower()).strip("-")
    return f"{COLLECTION_PREFIX}-{safe}"[:60].rstrip("-")
