"""The vector index: Chroma, embedded (persistent folder) or a `chroma run` server.

Chroma never embeds anything itself here: its default embedding function downloads a model,
so collections are opened with `embedding_function=None` and every call passes vectors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

COLLECTION_PREFIX = "jixiao"


@dataclass(frozen=True)
class VectorHit:
    """A chunk id with its cosine similarity to the query."""

    id: str
    score: float


class VectorIndex(Protocol):
    """What retrieval needs from a vector store."""

    def ids(self) -> set[str]: ...
    def add(self, ids: Sequence[str], vectors: Sequence[Sequence[float]],
            texts: Sequence[str]) -> None: ...
    def delete(self, ids: Sequence[str]) -> None: ...
    def search(self, vector: Sequence[float], k: int) -> list[VectorHit]: ...


class ChromaIndex:
    """A Chroma collection per embedding model, so switching models never mixes vectors."""

    def __init__(self, path: Path | None, url: str | None, model_name: str):
        self._path, self._url, self._model_name = path, url, model_name
        self._collection: Any = None
        self.client: Any = None
        self.name = _collection_name(model_name)

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
            self.client = client
            self._collection = client.get_or_create_collection(
                name=self.name,
                embedding_function=None,
                metadata={"hnsw:space": "cosine", "embedding_model": self._model_name},
            )
        return self._collection

    def ids(self) -> set[str]:
        total = self.collection.count()
        out: set[str] = set()
        for offset in range(0, total, 5000):
            out.update(self.collection.get(include=[], limit=5000, offset=offset)["ids"])
        return out

    def add(self, ids: Sequence[str], vectors: Sequence[Sequence[float]],
            texts: Sequence[str]) -> None:
        for start in range(0, len(ids), 1000):
            end = start + 1000
            self.collection.upsert(ids=list(ids[start:end]),
                                   embeddings=[list(v) for v in vectors[start:end]],
                                   documents=list(texts[start:end]))

    def delete(self, ids: Sequence[str]) -> None:
        if ids:
            self.collection.delete(ids=list(ids))

    def search(self, vector: Sequence[float], k: int) -> list[VectorHit]:
        count = self.collection.count()
        if count == 0:
            return []
        result = self.collection.query(query_embeddings=[list(vector)], n_results=min(k, count),
                                       include=["distances"])
        return [VectorHit(i, 1.0 - float(d))
                for i, d in zip(result["ids"][0], result["distances"][0])]


def _collection_name(model_name: str) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in model_name.lower()).strip("-")
    return f"{COLLECTION_PREFIX}-{safe}"[:60].rstrip("-")
