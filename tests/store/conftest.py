"""Store fixtures: the facts on SQLite and on PostgreSQL, vectors embedded and on a Chroma server.

The servers come from tests/services.py: started by `make test` around the whole run (their
URLs in JIXIAO_TEST_PG / JIXIAO_TEST_CHROMA), or here on first use when pytest runs alone.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from store.settings import Settings
from tests.conftest import make_settings


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


