"""The store as the rest of jixiao sees it: facts, keyword and vector indexes, and ingestion."""

from __future__ import annotations

import stat
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest import SUFFIXES
from ingest.records import Document
from store.chunks import make_chunks
from store.facts import FactStore, StoredSource, open_facts
from store.keywords import KeywordIndex
from store.settings import Settings
from store.vectors import ChromaIndex, VectorHit, VectorIndex, VectorMeta

# Chunks embedded per step of a vector sync: big enough to batch well, small enough that a
# crash or a new upload loses little work and progress moves.
EMBED_STEP = 256


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
    # the stored file whose records this one replaced (a revision under another name included)
    replaced: str = ""

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass(frozen=True)
class SyncStatus:
    """Progress of the vector index catching up with the facts."""

    done: int = 0
    total: int = 0
    running: bool = False
    error: str = ""


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, and the supported files inside named folders (sorted).

    Inside a folder, anything with a supported suffix that is not a folder is taken, a named
    pipe included, so that it gets its own message instead of vanishing.
    """
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*")
                              if not p.is_dir() and p.suffix.lower() in SUFFIXES))
        else:
            out.append(path)
    return out


def not_a_regular_file(path: Path) -> str | None:
    """What a path is when it exists but is neither a folder nor a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "命名管道（FIFO）"
    if stat.S_ISSOCK(mode):
        return "套接字"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "设备文件"
    return "特殊文件"


def is_database_error(err: BaseException) -> bool:
    """An error raised by the SQL engine (SQLite or, when loaded, psycopg)."""
    import sqlite3

    if isinstance(err, sqlite3.Error):
        return True
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(err, psycopg.Error)


class Library:
    """Facts database plus search indexes; heavy parts (model, Chroma) open on first use."""

    def __init__(self, settings: Settings, facts: FactStore | None = None,
                 vectors: VectorIndex | None = None, embedder: object | None = None):
        self.settings = settings
        self.facts = facts or open_facts(settings.database)
        self._vectors = vectors
        self._embedder = embedder
        self._keywords: KeywordIndex | None = None
        # The facts generation the vector index last matched (None: not checked yet).
        self._vectors_generation: int | None = None
        self._sync_lock = threading.Lock()  # one vector sync at a time
        self._sync_thread: threading.Thread | None = None
        # Set once a server starts the background sync: from then on a question never embeds
        # passages itself; it searches what is indexed while the sync catches up.
        self._background = False
        self.sync_status = SyncStatus()
        # One question may be searched more than once while it is answered; the engine clears
        # this per question so timings stay honest.
        self._query_vectors: dict[str, list[float]] = {}

    # -- ingestion -----------------------------------------------------------------------

    def ingest_file(self, path: Path, *, ocr: bool = False,
                    encoding: str | None = None) -> IngestReport:
        """Read one file and store it in one transaction; a failure leaves the store as it was.
        `ocr` reads scanned PDF pages with Tesseract; `encoding` overrides text detection."""
        from ingest import read_document
        from ingest.errors import IngestError

        what = not_a_regular_file(path)
        if what:
            return IngestReport(str(path), "failed", message=str(IngestError(
                path, f"这是{what}，不是普通文件", "请提供 .docx 或 .txt 文件本身")))
        try:
            document = read_document(path, ocr=ocr, encoding=encoding)
        except IngestError as err:
            return IngestReport(str(path), "failed", message=str(err))
        except Exception as err:  # a reader bug must not stop the other files; say so plainly
            return IngestReport(str(path), "failed", message=(
                f"{path.name}: 读取时出错（{type(err).__name__}: {err}）— 请把该文件发给维护人员"))
        try:
            return self.add_document(document)
        except Exception as err:  # noqa: BLE001 - rolled back: nothing of the file is stored
            where = "写入数据库时" if is_database_error(err) else "存入时"
            return IngestReport(str(path), "failed", message=(
                f"{path.name}: {where}出错（{type(err).__name__}: {str(err)[:200]}），"
                "数据库未改动 — 请把该文件发给维护人员"))

    def add_document(self, document: Document) -> IngestReport:
        """Store a read document: skipped when stored already (same bytes or exactly the same
        facts), else stored, replacing its earlier version or a revision's predecessor."""
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
        previous = self.facts.find_revised(document)
        self.facts.replace_document(document, make_chunks(document),
                                    supersedes=previous.id if previous else None)
        self._changed()
        if previous is None:
            return IngestReport(src.path, "ingested", message=self._beside(document), **counts)
        message = "" if previous.source.name == src.name else (
            f"视为已入库的 {previous.source.name} 的修订版（同部门、同年度，项目大体相同），"
            "已替换旧版本")
        return IngestReport(src.path, "replaced", message=message,
                            replaced=previous.source.name, **counts)

    def _beside(self, document: Document) -> str:
        """Say so when another file of the same department and year stays stored beside it."""
        src = document.source
        others = [s for s in self._same_scope(document) if s.source.sha256 != src.sha256]
        if not others:
            return ""
        names = "、".join(s.source.name for s in others[:3])
        return f"与已入库的 {names} 同部门、同年度，但项目不同，两份并存"

    def _same_scope(self, document: Document) -> list[StoredSource]:
        return self.facts.scope_sources(document.source.department, document.source.year)

    def ingest_paths(self, paths: Sequence[Path],
                     progress: Callable[[Path], None] | None = None, *, ocr: bool = False,
                     encoding: str | None = None) -> list[IngestReport]:
        """Ingest files and folders; one bad file does not stop the others."""
        reports = []
        for path in expand_paths(paths):
            if progress:
                progress(path)
            reports.append(self.ingest_file(path, ocr=ocr, encoding=encoding))
        return reports

    def remove_source(self, source_id: int) -> None:
        self.facts.remove_source(source_id)
        self._changed()

    def _changed(self) -> None:
        """This process wrote: the indexes follow at once (other processes see the generation)."""
        if self._keywords is not None:
            self._keywords.sync(self.facts)

    # -- search --------------------------------------------------------------------------

    @property
    def keywords(self) -> KeywordIndex:
        """The keyword index, persisted beside the facts and caught up with them."""
        if self._keywords is None:
            self._keywords = KeywordIndex(self.settings.keyword_path, self.facts.store_id)
        self._keywords.sync(self.facts)
        return self._keywords

    @property
    def embedder(self):
        if self._embedder is None:
            from store.embedder import make_embedder

            self._embedder = make_embedder(self.settings.embed_model, self.settings.cache,
                                           self.settings.embed_threads, self.settings.embed_int8)
        return self._embedder

    @property
    def vectors(self) -> VectorIndex:
        if self._vectors is None:
            self._vectors = ChromaIndex(self.settings.chroma_path, self.settings.chroma_url,
                                        self.embedder.name, self.facts.store_id)
        return self._vectors

    def vectors_ready(self) -> bool:
        """Whether the vector index matched the facts at their current generation."""
        return self._vectors_generation == self.facts.generation()

    def sync_vectors(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Embed chunks the vector index lacks and drop ones no longer stored; returns added."""
        with self._sync_lock:
            generation = self.facts.generation()
            added = self._sync_vectors(progress)
            # A document stored meanwhile (an upload during start-up) leaves the index behind.
            self._vectors_generation = generation
            return added

    def _sync_vectors(self, progress: Callable[[int, int], None] | None) -> int:
        stored = self.facts.chunk_ids()
        present = self.vectors.ids()
        self.vectors.delete(sorted(present - stored))
        missing = sorted(stored - present)
        self._report(0, len(missing), progress)
        for start in range(0, len(missing), EMBED_STEP):
            entries = self.facts.chunk_entries(missing[start:start + EMBED_STEP])
            texts = [e.text for e in entries]
            distinct = list(dict.fromkeys(texts))  # a row repeated across years: embed it once
            embedded = dict(zip(distinct, self.embedder.embed_passages(distinct)))
            self.vectors.add([e.id for e in entries], [embedded[t] for t in texts],
                             texts, [VectorMeta(e.source_id, e.kind, e.department, e.year)
                                     for e in entries])
            self._report(min(start + EMBED_STEP, len(missing)), len(missing), progress)
        return len(missing)

    def _report(self, done: int, total: int, progress: Callable[[int, int], None] | None) -> None:
        self.sync_status = SyncStatus(done, total, running=done < total)
        if progress:
            progress(done, total)

    def start_vector_sync(self, progress: Callable[[int, int], None] | None = None
                          ) -> threading.Thread:
        """Catch the vector index up in a background thread (at server start, after a crash
        or another process's ingest), then warm the model with one question, so the first
        user does not pay for loading it; questions meanwhile search what is indexed."""
        self._background = True
        thread = self._sync_thread
        if thread is not None and thread.is_alive():
            return thread

        def run() -> None:
            try:
                self.sync_vectors(progress)
                self.embedder.embed_queries(["预热"])
                self.keywords  # noqa: B018 — caught up too
            except Exception as err:  # the server goes on with keyword search; say why
                self.sync_status = SyncStatus(error=f"{type(err).__name__}: {err}")

        thread = threading.Thread(target=run, name="jixiao-vector-sync", daemon=True)
        self._sync_thread = thread
        thread.start()
        return thread

    def forget_queries(self) -> None:
        self._query_vectors.clear()

    def search_vectors(self, query: str, k: int = 20, sources: Sequence[int] | None = None,
                       kinds: Sequence[str] | None = None) -> list[VectorHit]:
        """Nearest chunks to a question, among these sources and kinds when given."""
        if not self.vectors_ready():
            if self._background:
                self.start_vector_sync()  # never embed passages inside a question
            else:
                self.sync_vectors()  # a one-shot process indexes on first use
        vector = self._query_vectors.get(query)
        if vector is None:
            (vector,) = self.embedder.embed_queries([query])
            self._query_vectors[query] = vector
        return self.vectors.search(vector, k, sources, kinds)

    def close(self) -> None:
        if self._keywords is not None:
            self._keywords.close()
        self.facts.close()
