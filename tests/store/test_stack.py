"""The three-process deployment of the README, on loopback: the CLI with its facts on
PostgreSQL and its vectors on a Chroma server (the URLs from the environment)."""

from __future__ import annotations

import os
import subprocess
import sys

from store.facts import open_facts
from tests.conftest import ROOT, SAMPLE_DOCX, model_cache
from tests.store.conftest import pg_store_url


def test_cli_on_postgresql_and_a_chroma_server(pg_server, chroma_server, tmp_path):
    url = pg_store_url(pg_server)
    env = {**os.environ, "JIXIAO_DB": url, "JIXIAO_CHROMA_URL": chroma_server,
           "JIXIAO_CACHE": str(model_cache())}
    store = tmp_path / "store"

    def jixiao(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "ui.cli", *args, "--store", str(store)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)

    ingest = jixiao("ingest", str(SAMPLE_DOCX), "--no-index")
    assert ingest.returncode == 0, ingest.stderr
    assert "已入库" in ingest.stdout
    asked = jixiao("ask", "一共有多少个预算项目？", "--json")
    assert asked.returncode == 0, asked.stderr
    assert '"value": 14' in asked.stdout
    assert not (store / "facts.sqlite3").exists()  # the facts went to PostgreSQL
    facts = open_facts(url)
    assert facts.query("SELECT COUNT(*) AS n FROM projects")[0]["n"] == 14
    facts.close()
