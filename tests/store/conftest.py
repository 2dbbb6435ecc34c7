"""Store fixtures: the facts on SQLite and on PostgreSQL, vectors embedded and on a Chroma server.

The servers come from tests/services.py: started by `make test` around the whole run (their
URLs in JIXIAO_TEST_PG / JIXIAO_TEST_CHROMA), or here on first use when pytest runs alone.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Callable

import pytest

from store.settings import Settings
from tests import services
from tests.conftest import make_settings


def _server(env: str, start: Callable[[], AbstractContextManager[str]]) -> Iterator[str]:
    url = os.environ.get(env)
    if url:
        yield url
        return
    try:
        context = start()
        url = context.__enter__()
    except services.ServiceUnavailable as err:
        pytest.skip(str(err))
    try:
        yield url
    finally:
        context.__exit__(None, None, None)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    yield from _server(services.PG_ENV, services.postgres)


@pytest.fixture(scope="session")
def chroma_server() -> Iterator[str]:
    yield from _server(services.CHROMA_ENV, services.chroma)


def pg_store_url(server: str) -> str:
    """A new, empty schema on the test server: one store, as a URL."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as db:
        db.execute(f"CREATE SCHEMA {schema}")
    return f"{server}?options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for a new store whose facts live on SQLite, then on PostgreSQL."""
    settings = make_settings(tmp_path / "store")
    if request.param == "postgresql":
        settings = settings.model_copy(
            update={"db": pg_store_url(request.getfixturevalue("pg_server"))})
    return settings


@pytest.fixture(params=["embedded", "server"])
def vector_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for a new store whose vectors live in embedded Chroma, then a Chroma server."""
    settings = make_settings(tmp_path / "store")
    if request.param == "server":
        settings = settings.model_copy(
            update={"chroma_url": request.getfixturevalue("chroma_server")})
    return settings


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
    from tests.conftest import model_cache

    return MemoEmbedder(make_embedder(None, model_cache()))
