"""The /ask endpoint returns the same record as Assistant.ask and `jixiao ask --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
QUESTION = "哪些项目的满意度目标在90%及以上？"


def _without_latency(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "latency_ms"}


@pytest.fixture(scope="module")
def client(sample_app):
    from gradio_client import Client

    return Client(sample_app.url, verbose=False, analytics_enabled=False, download_files=False)


@pytest.mark.slow
def test_ask_endpoint_matches_assistant_and_cli(sample_app, client):
    expected = _without_latency(sample_app.assistant.ask(QUESTION).to_record())
    assert expected["found"] and expected["table"], expected  # a list answer, with rows

    got = client.predict(QUESTION, api_name="/ask")
    assert isinstance(got, dict)
    assert "latency_ms" in got
    assert _without_latency(got) == expected

    env = dict(os.environ, JIXIAO_CACHE=str(sample_app.settings.cache))
    cli = subprocess.run(
        [sys.executable, "-m", "ui.cli", "ask", QUESTION, "--json",
         "--store", str(sample_app.settings.store)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=True)
    assert _without_latency(json.loads(cli.stdout)) == expected


def test_only_ask_is_public(client):
    endpoints = client.view_api(print_info=False, return_format="dict")
    assert set(endpoints["named_endpoints"]) == {"/ask"}
    assert not endpoints["unnamed_endpoints"]
