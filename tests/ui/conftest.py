"""Fixtures for the UI tests: a store holding the bundled sample, and apps served on free ports."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.service import Assistant
from store.settings import SAMPLE_DIR, Settings, load_settings

REPO = Path(__file__).resolve().parents[2]
SAMPLE = SAMPLE_DIR / "weixian-rsj-2025-jixiao-mubiao.docx"
OUTPUT = REPO / "test-output"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


LOOPBACK = ("127.", "localhost", "::1")
EGRESS: list[str] = []  # hosts this process looked up or connected to, other than loopback


def _record_egress(event: str, args: tuple) -> None:
    if event == "socket.getaddrinfo":
        host = args[0]
    elif event == "socket.connect" and isinstance(args[1], tuple):
        host = args[1][0]
    else:
        return
    host = host.decode() if isinstance(host, bytes) else str(host)
    if host and not host.startswith(LOOPBACK):
        EGRESS.append(host)


sys.addaudithook(_record_egress)  # audit hooks stay for the process; this one only records


class HashEmbedder:
    """A deterministic embedder for tests that need vectors but not their quality (outer edge).

    Character bigrams hashed into a small unit vector: loads in no time, so an app over an empty
    store can sync its index after an upload without loading the e5 model."""

    name = "test-hash"
    dimension = 64

    def _embed(self, texts):
        import hashlib
        import math

        out = []
        for text in texts:
            vector = [0.0] * self.dimension
            for a, b in zip(text, text[1:]):
                digest = hashlib.blake2s((a + b).encode(), digest_size=2).digest()
                vector[int.from_bytes(digest, "big") % self.dimension] += 1.0
            norm = math.sqrt(sum(v * v for v in vector)) or 1.0
            out.append([v / norm for v in vector])
        return out

    def embed_queries(self, texts):
        return self._embed(texts)

    def embed_passages(self, texts):
        return self._embed(texts)


def hashed_assistant(settings: Settings) -> Assistant:
    """An assistant whose vectors come from HashEmbedder (the e5 model is never loaded)."""
    from store.library import Library

    return Assistant(Library(settings, embedder=HashEmbedder()))


@dataclass
class Served:
    """An app running in this process: its URL, the assistant behind it and its settings."""

    url: str
    assistant: Assistant
    settings: Settings
    app: object


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_settings(store: Path) -> Settings:
    cache = Path(os.environ.get("JIXIAO_CACHE") or Path.home() / ".cache" / "jixiao")
    return load_settings(store=store, cache=cache)


def serve(assistant: Assistant, settings: Settings, warm: bool = True,
          auth: list[tuple[str, str]] | None = None) -> Served:
    """Launch the app as `jixiao serve` does (warmed first unless the store must stay empty)."""
    from ui.app import launch
    from ui.startup import prepare

    if warm:
        prepare(assistant)
    port = free_port()
    app = launch(assistant, settings, port=port, auth=auth)
    return Served(f"http://127.0.0.1:{port}", assistant, settings, app)


def stop(served: Served) -> None:
    served.app.close(verbose=False)
    served.app.jixiao_handlers.close()


@pytest.fixture(scope="session")
def sample_assistant(tmp_path_factory) -> Iterator[Assistant]:
    """An assistant over a fresh store that holds the bundled sample document.

    Its vectors come from HashEmbedder: the pages are tested against the same assistant, and the
    real model's first question is measured on a real `jixiao serve` (test_serve.py)."""
    settings = make_settings(tmp_path_factory.mktemp("sample-store"))
    assistant = hashed_assistant(settings)
    reports = assistant.ingest([SAMPLE])
    assert [r.status for r in reports] == ["ingested"], reports
    yield assistant
    assistant.library.close()


@pytest.fixture(scope="session")
def sample_app(sample_assistant) -> Iterator[Served]:
    served = serve(sample_assistant, sample_assistant.library.settings)
    yield served
    stop(served)


@pytest.fixture(scope="session")
def empty_app(tmp_path_factory) -> Iterator[Served]:
    """A second app over an empty store, for uploads (limit 1 MB, so a bigger file is refused)."""
    settings = make_settings(tmp_path_factory.mktemp("empty-store")).model_copy(
        update={"max_upload_mb": 1})
    assistant = hashed_assistant(settings)
    served = serve(assistant, settings, warm=False)  # warming would ingest the sample
    yield served
    stop(served)
    assistant.library.close()


@pytest.fixture
def egress() -> list[str]:
    """Non-loopback hosts this test process has looked up or connected to so far."""
    return EGRESS


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium (apt-get install chromium fonts-noto-cjk)."""
    if not CHROMIUM.exists():
        message = "Chromium is missing: apt-get install -y chromium fonts-noto-cjk"
        if os.environ.get("CI"):  # CI installs it (make browser-deps): a skip there hides a gap
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
