"""Shared fixtures: the bundled sample, settings in a temporary store, a sample store."""

from __future__ import annotations

import os
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
