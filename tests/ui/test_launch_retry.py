"""Gradio probes its own page once after starting, with a 3 s timeout and no retry on a timeout;
`ui.app.launch` starts the server again when that probe fails, and still gives up after its tries."""

from __future__ import annotations

import httpx
import pytest

from tests.ui.conftest import free_port, hashed_assistant, make_settings


@pytest.fixture
def probes(monkeypatch):
    """Gradio's page probe, failing as many times as a test says, then answering as it would."""
    import gradio.networking

    real = gradio.networking.url_ok
    state = {"fail": 0, "calls": 0}

    def probe(url: str) -> bool:
        state["calls"] += 1
        if state["fail"]:
            state["fail"] -= 1
            return False
        return real(url)

    monkeypatch.setattr(gradio.networking, "url_ok", probe)
    return state


def test_a_failed_first_probe_starts_the_server_again(tmp_path, probes):
    from ui.app import launch

    probes["fail"] = 1
    settings = make_settings(tmp_path / "store")
    assistant = hashed_assistant(settings)
    port = free_port()
    app = launch(assistant, settings, port=port)
    try:
        assert probes["calls"] >= 2
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=10).status_code == 200
    finally:
        app.close(verbose=False)
        app.jixiao_handlers.close()
        assistant.library.close()


def test_it_gives_up_after_its_tries(tmp_path, probes):
    from ui.app import LAUNCH_ATTEMPTS, launch

    probes["fail"] = LAUNCH_ATTEMPTS
    settings = make_settings(tmp_path / "store")
    assistant = hashed_assistant(settings)
    with pytest.raises(ValueError, match="localhost"):
        launch(assistant, settings, port=free_port())
    assert probes["calls"] == LAUNCH_ATTEMPTS
    assistant.library.close()
