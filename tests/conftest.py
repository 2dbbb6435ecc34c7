"""Shared fixtures: the bundled sample, settings in a temporary store, a sample store."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from store.settings import SAMPLE_DIR, Settings, load_settings

SAMPLE_DOCX = SAMPLE_DIR / "weixian-rsj-2025-jixiao-mubiao.docx"
SAMPLE_TXT = SAMPLE_DIR / "weixian-rsj-2025-jixiao-mubiao.txt"
ROOT = Path(__file__).resolve().parents[1]


def model_cache() -> Path:
    """Where the converted embedding model lives between test runs (converted once)."""
    return Path(os.environ.get("JIXIAO_CACHE", Path.home() / ".cache" / "jixiao"))


def make_settings(store: Path) -> Settings:
    return load_settings(store=store, cache=model_cache())


def assistant_over(paths, prefix: str = "store-"):
    """An assistant over a new temporary store holding these documents (each must ingest)."""
    import tempfile

    from assistant.service import Assistant
    from store.library import Library

    library = Library(make_settings(Path(tempfile.mkdtemp(prefix=prefix)) / "store"))
    assert all(r.ok for r in library.ingest_paths(list(paths)))
    return Assistant(library)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path / "store")


@pytest.fixture(scope="session")
def sample_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A store holding the sample .docx (facts only; vectors are built on first retrieval)."""
    from store.library import Library

    settings = make_settings(tmp_path_factory.mktemp("sample") / "store")
    library = Library(settings)
    (report,) = library.ingest_paths([SAMPLE_DOCX])
    assert report.status == "ingested", report
    library.close()
    return settings


@pytest.fixture(scope="session")
def assistant(sample_settings: Settings):
    from assistant.service import Assistant

    return Assistant.open(sample_settings)


# -- servers and the embedder, shared by the store and the retrieval tests ------------------

def _server(env: str, start: Callable[[], AbstractContextManager[str]]) -> Iterator[str]:
    url = os.environ.get(env)
    if url:
        yield url
        return
    try:
        context = start()
        url = context.__enter__()
    except services_module().ServiceUnavailable as err:
        pytest.skip(str(err))
    try:
        yield url
    finally:
        context.__exit__(None, None, None)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    yield from _server(services_module().PG_ENV, services_module().postgres)


@pytest.fixture(scope="session")
def chroma_server() -> Iterator[str]:
    yield from _server(services_module().CHROMA_ENV, services_module().chroma)


class MemoEmbedder:
    """The real e5 embedder, loaded once per session; each text is embedded once.

    The same sample is indexed by many tests: re-embedding it would cost minutes, not coverage.
    """

    def __init__(self, inner):
        self._inner = inner
        self.name = inner.name
        self._passages: dict[str, list[float]] = {}
        self.passages_embedded = 0

    @property
    def dimension(self) -> int:
        return self._inner.dimension

    def embed_queries(self, texts):
        return self._inner.embed_queries(texts)

    def embed_passages(self, texts):
        new = [t for t in dict.fromkeys(texts) if t not in self._passages]
        self.passages_embedded += len(new)
        self._passages.update(zip(new, self._inner.embed_passages(new)))
        return [self._passages[t] for t in texts]


@pytest.fixture(scope="session")
def e5() -> MemoEmbedder:
    from store.embedder import make_embedder

    return MemoEmbedder(make_embedder(None, model_cache()))


def services_module():
    from tests import services

    return services
