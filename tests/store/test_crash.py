"""kill -9 during ingest and during indexing, then a restart: the store is whole, nothing is
orphaned, and a question never pays for re-embedding (issue 13)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingest import read_document
from store.chunks import make_chunks
from store.library import Library
from tests.conftest import ROOT, SAMPLE_TXT, model_cache

ORPHANS = {
    "projects": "SELECT COUNT(*) AS n FROM projects p LEFT JOIN sources s ON s.id = p.source_id"
                " WHERE s.id IS NULL",
    "indicators": "SELECT COUNT(*) AS n FROM indicators i LEFT JOIN projects p"
                  " ON p.id = i.project_id WHERE p.id IS NULL",
    "spending_plan": "SELECT COUNT(*) AS n FROM spending_plan x LEFT JOIN projects p"
                     " ON p.id = x.project_id WHERE p.id IS NULL",
    "ref_links": "SELECT COUNT(*) AS n FROM ref_links l LEFT JOIN projects p"
                 " ON p.id = l.project_id WHERE p.id IS NULL",
    "sections": "SELECT COUNT(*) AS n FROM sections x LEFT JOIN sources s ON s.id = x.source_id"
                " WHERE s.id IS NULL",
    "chunks": "SELECT COUNT(*) AS n FROM chunks c LEFT JOIN sources s ON s.id = c.source_id"
              " WHERE s.id IS NULL",
}


@pytest.fixture
def settings(backend_settings):
    return backend_settings


def variants(folder: Path, count: int) -> list[Path]:
    """The sample as `count` departments of other counties (distinct facts, same shape)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    paths = []
    for n in range(count):
        path = folder / f"dept-{n:03d}.txt"
        path.write_text(text.replace("魏县", f"第{n}县").replace("13043425P", f"{130000 + n}P"),
                        encoding="utf-8")
        paths.append(path)
    return paths


def child(settings, script: str) -> subprocess.Popen:
    env = {**os.environ, "JIXIAO_STORE": str(settings.store), "JIXIAO_CACHE": str(model_cache()),
           "PYTHONUNBUFFERED": "1"}
    if settings.db:
        env["JIXIAO_DB"] = settings.db
    return subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)


def kill_after(process: subprocess.Popen, lines: int) -> None:
    """kill -9 once the child has printed `lines` progress lines."""
    for _ in range(lines):
        assert process.stdout is not None
        if not process.stdout.readline():
            pytest.fail("the child ended before it could be killed")
    process.send_signal(signal.SIGKILL)
    process.wait(30)


def assert_whole(library: Library) -> None:
    """No orphan row; every stored source holds all of its document."""
    facts = library.facts
    assert {t: facts.query(sql)[0]["n"] for t, sql in ORPHANS.items()} == dict.fromkeys(ORPHANS, 0)
    for stored in facts.sources():
        document = read_document(Path(stored.source.path))
        assert (stored.projects, stored.indicators) == (
            len(document.projects), sum(len(p.indicators) for p in document.projects))
        (row,) = facts.query("SELECT COUNT(*) AS n FROM chunks WHERE source_id = ?", (stored.id,))
        assert row["n"] == len(make_chunks(document))


def test_kill_during_ingest_leaves_whole_documents_and_a_rerun_finishes(settings, tmp_path):
    paths = variants(tmp_path / "in", 12)
    process = child(settings, (
        "from pathlib import Path; from store.library import Library;"
        "from store.settings import load_settings; lib = Library(load_settings());"
        f"lib.ingest_paths([Path({str(tmp_path / 'in')!r})], progress=print)"))
    kill_after(process, 6)  # the sixth file is being read or written
    library = Library(settings)
    stored = len(library.facts.sources())
    assert 4 <= stored < len(paths)
    assert_whole(library)
    reports = library.ingest_paths([tmp_path / "in"])
    assert sorted(r.status for r in reports) == sorted(
        ["unchanged"] * stored + ["ingested"] * (len(paths) - stored))
    assert_whole(library)


@pytest.mark.slow
def test_kill_during_indexing_then_restart_indexes_in_the_background(e5, tmp_path):
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "store")
    variants(tmp_path / "in", 1)
    revised = tmp_path / "in" / "revised.txt"
    revised.write_text(SAMPLE_TXT.read_text(encoding="utf-8").replace("≥85%", "≥86%"),
                       encoding="utf-8")
    process = child(settings, (
        "from pathlib import Path; import store.library as s;"
        "from store.settings import load_settings; s.EMBED_STEP = 16;"
        "lib = s.Library(load_settings());"
        f"print([r.status for r in lib.ingest_paths([Path({str(tmp_path / 'in')!r})])]);"
        "lib.sync_vectors(progress=lambda done, total: print(done, total))"))
    kill_after(process, 3)  # ingested, then killed after the first embedded step

    e5.embed_queries(["预热"])  # the model is loaded: what is timed below is the question alone
    library = Library(settings, embedder=e5)
    assert_whole(library)
    assert [s.source.name for s in library.facts.sources()] == ["dept-000.txt", "revised.txt"]
    present, stored = library.vectors.ids(), library.facts.chunk_ids()
    assert 0 < len(present & stored) < len(stored)  # the kill left the index half built

    question_thread = threading.get_ident()
    embedded_by: set[int] = set()
    embed = e5.embed_passages

    def watched(texts):
        embedded_by.add(threading.get_ident())
        time.sleep(0.5)  # keep the sync running while the question is asked
        return embed(texts)

    e5.embed_passages = watched  # type: ignore[method-assign]
    try:
        sync = library.start_vector_sync()
        started = time.perf_counter()
        hits = library.search_vectors("公共实训基地完工时间", 5)
        asked_ms = (time.perf_counter() - started) * 1000
        assert sync.is_alive() and not library.vectors_ready()
        sync.join(600)
    finally:
        del e5.embed_passages
    assert question_thread not in embedded_by and embedded_by
    assert len(hits) == 5 and asked_ms < 5000
    assert library.sync_status.done == library.sync_status.total > 0
    assert library.vectors_ready()
    assert library.vectors.ids() == library.facts.chunk_ids()  # complete, no orphan vector
