"""The /ask endpoint returns the same record as Assistant.ask and `jixiao ask --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
QUESTION = "哪些项目的满意度目标在90%及以上？"


def _without_latency(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "latency_ms"}


@pytest.fixture(scope="module")
def client(sample_app):
    from gradio_client import Client
    from huggingface_hub import constants

    # The client's request headers would otherwise fetch an agent list from the Hub.
    offline, constants.HF_HUB_OFFLINE = constants.HF_HUB_OFFLINE, True
    # (a loaded CI machine can take more than httpx's default 5 s to serve the first config)
    yield Client(sample_app.url, verbose=False, analytics_enabled=False, download_files=False,
                 httpx_kwargs={"timeout": 60})
    constants.HF_HUB_OFFLINE = offline


@pytest.mark.slow
def test_ask_endpoint_matches_assistant_and_cli(sample_app, client):
    expected = _without_latency(sample_app.assistant.ask(QUESTION).to_record())
    assert expected["found"] and expected["table"], expected  # a list answer, with rows

    got = client.predict(QUESTION, api_name="/ask")
    assert isinstance(got, dict)
    assert "latency_ms" in got and got["understood"] == expected["understood"]
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


def test_serves_privately(sample_app):
    app = sample_app.app
    assert sample_app.url.startswith("http://127.0.0.1:")
    assert app.share is False and app.share_url is None
    assert app.analytics_enabled is False
    assert app.max_file_size == sample_app.settings.max_upload_mb * 1024 * 1024
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"
    pages = {}
    for path in ("/", "/theme.css"):
        with urllib.request.urlopen(sample_app.url + path, timeout=10) as response:
            pages[path] = response.read().decode()
    assert not any("fonts.googleapis" in page for page in pages.values())
    assert "Noto Sans CJK SC" in pages["/theme.css"]  # system fonts, nothing to download


def test_nothing_left_the_machine(client, egress):
    """Launching, answering over the API and the client itself reached only loopback."""
    client.predict("预算合计多少？", api_name="/ask")
    assert egress == []


def test_credentials_are_required_when_set(sample_assistant):
    """With credentials the page, its config and /ask need a login (Gradio's auth)."""
    import urllib.error

    from gradio_client import Client

    from tests.ui.conftest import serve, stop

    served = serve(sample_assistant, sample_assistant.library.settings, warm=False,
                   auth=[("wang", "口令-1")])
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(served.url + "/config", timeout=10)
        assert refused.value.code == 401
        with pytest.raises(Exception):
            Client(served.url, verbose=False, analytics_enabled=False)
        client = Client(served.url, auth=("wang", "口令-1"), verbose=False,
                        analytics_enabled=False, download_files=False, httpx_kwargs={"timeout": 60})
        assert client.predict("预算合计多少？", api_name="/ask")["found"] is True
    finally:
        stop(served)
