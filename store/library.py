"""The store as the rest of jixiao sees it: facts, keyword and vector indexes, and ingestion."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest import SUFFIXES
from ingest.records import Document
from store.chunks import make_chunks
from store.facts import FactStore, SqliteFactStore
from store.keywords import BM25Index
from store.settings import Settings
from store.vectors import ChromaIndex, VectorHit, VectorIndex


@dataclass(frozen=True)
class IngestReport:
    """What happened to one file."""

    path: str
    status: str  # "ingested" | "replaced" | "unchanged" | "duplicate" | "failed"
    projects: int = 0
    indicators: int = 0
    references: int = 0
    sections: int = 0
    warnings: tuple[str, ...] = ()
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status != "failed"


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, and the supported files inside named folders (sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


class Library:
    """Facts database plus search indexes; heavy parts (model, Chroma) open on first use."""

    def __init__(self, settings: Settings, facts: FactStore | None = None,
                 vectors: VectorIndex | None = None, embedder: object | None = None):
        self.settings = settings
        self.facts = facts or SqliteFactStore(settings.database_path)
        self._vectors = vectors
        self._embedder = embedder
        self._keywords: BM25Index | None = None
        self._synced = False
        # Bumped by every write; an index built from an older snapshot is not kept as current.
        self._generation = 0
        # The web app warms the index in a thread while requests may arrive: one sync at a time.
        self._sync_lock = threading.Lock()
        # One question may be searched more than once while it is answered; the engine clears
        # this per question so timings stay honest.
        self._query_vectors: dict[str, list[float]] = {}

    # -- ingestion -----------------------------------------------------------------------

    def ingest_file(self, path: Path) -> IngestReport:
        """Read one file and store it in one transaction; a failure leaves the store as it was."""
        from ingest import read_document
        from ingest.errors import IngestError

        try:
            document = read_document(path)
        except IngestError as err:
            return IngestReport(str(path), "failed", message=str(err))
        except Exception as err:  # a reader bug must not stop the other files; say so plainly
            return IngestReport(str(path), "failed", message=(
                f"{path.name}: 读取时出错（{type(err).__name__}: {err}）— 请把该文件发给维护人员"))
        return self.add_document(document)

    def add_document(self, document: Document) -> IngestReport:
        src = document.source
        counts = dict(
            projects=len(document.projects),
            indicators=sum(len(p.indicators) for p in document.projects),
            references=len({r.canonical for p in document.projects for r in p.policy_refs}
                           | {r.canonical for p in document.projects for i in p.indicators
                              for r in i.policy_refs}),
            sections=len(document.sections),
            warnings=document.warnings,
        )
        if self.facts.find_source(src.sha256):
            return IngestReport(src.path, "unchanged", message="内容未变，已跳过", **counts)
        twin = self.facts.find_same_facts(document)
        if twin:
            return IngestReport(src.path, "duplicate",
                                message=f"与已入库的 {twin.source.name} 内容相同，已跳过", **counts)
        replaced = any(s.source.name == src.name and s.source.department == src.department
                       and s.source.year == src.year for s in self.facts.sources())
        self.facts.replace_document(document, make_chunks(document))
        self._changed()
        return IngestReport(src.path, "replaced" if replaced else "ingested", **counts)

    def ingest_paths(self, paths: Sequence[Path],
                     progress: Callable[[Path], None] | None = None) -> list[IngestReport]:
        """Ingest files and folders; one bad file does not stop the others."""
        reports = []
        for path in expand_paths(paths):
            if progress:
                progress(path)
            reports.append(self.ingest_file(path))
        return reports

    def remove_source(self, source_id: int) -> None:
        self.facts.remove_source(source_id)  # type: ignore[attr-defined]
        self._changed()

    def _changed(self) -> None:
        self._generation += 1
        self._keywords = None
        self._synced = False

    # -- search --------------------------------------------------------------------------

    @property
    def keywords(self) -> BM25Index:
        index = self._keywords
        if index is None:
            generation = self._generation
            index = BM25Index(self.facts.chunks())
            if generation == self._generation:
                self._keywords = index
        return index

    @property
    def embedder(self):
        if self._embedder is None:
            from store.embedder import make_embedder

            self._embedder = make_embedder(self.settings.embed_model, self.settings.cache)
        return self._embedder

    @property
    def vectors(self) -> VectorIndex:
        if self._vectors is None:
            self._vectors = ChromaIndex(self.settings.chroma_path, self.settings.chroma_url,
                                        self.embedder.name)
        return self._vectors

    def sync_vectors(self) -> int:
        """Embed chunks the vector index lacks and drop ones no longer stored; returns added."""
        with self._sync_lock:
            generation = self._generation
            added = self._sync_vectors()
            # A document stored meanwhile (an upload during start-up) keeps the index unsynced.
            self._synced = generation == self._generation
            return added

    def _sync_vectors(self) -> int:
        stored = dict(self.facts.chunks())
        present = self.vectors.ids()
        self.vectors.delete(sorted(present - stored.keys()))
        missing = [cid for cid in stored if cid not in present]
        for start in range(0, len(missing), 256):
            ids = missing[start:start + 256]
            texts = [stored[i] for i in ids]
            self.vectors.add(ids, self.embedder.embed_passages(texts), texts)
        return len(missing)

    def forget_queries(self) -> None:
        self._query_vectors.clear()

    def search_vectors(self, query: str, k: int = 20) -> list[VectorHit]:
        if not self._synced:
            self.sync_vectors()
        vector = self._query_vectors.get(query)
        if vector is None:
            (vector,) = self.embedder.embed_queries([query])
            self._query_vectors[query] = vector
        return self.vectors.search(vector, k)

    def close(self) -> None:
        self.facts.close()
