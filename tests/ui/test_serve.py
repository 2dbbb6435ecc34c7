"""`jixiao serve` as a person starts it: ready when it says so (the first open question is fast),
logs what it loaded, keeps the --store given before the subcommand, and cleans up on SIGTERM."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, model_cache
from tests.ui.browser import ask, open_page, times
from tests.ui.conftest import free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPEN_QUESTION = "和谐劳动关系怎么做？"  # answered from the prose: needs the model and the index
LIST_QUESTION = "哪些项目的满意度目标在90%及以上？"  # a list answer: writes a CSV download
FIRST_ANSWER_MS = 5000


def _read_until(process: subprocess.Popen, marker: str, timeout: float) -> list[str]:
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            if process.poll() is not None:
                break
            continue
        lines.append(line.rstrip("\n"))
        if marker in line:
            return lines
    raise AssertionError(f"no «{marker}» within {timeout}s: {lines} {process.stderr.read()}")


@pytest.fixture
def indexed_store(assistant, tmp_path):
    """A copy of the session's sample store with its e5 vectors (built once per test session;
    the retrieval tests have usually built them already)."""
    assistant.library.sync_vectors()
    store = tmp_path / "store"
    shutil.copytree(assistant.library.settings.store, store)
    return store


def test_serve_is_ready_when_it_says_so_and_cleans_up(indexed_store, browser, output_dir,
                                                       tmp_path):
    store, elsewhere = indexed_store, tmp_path / "default-store"
    temp, gradio_temp = tmp_path / "tmp", tmp_path / "gradio"
    temp.mkdir()
    port = free_port()
    env = dict(os.environ, JIXIAO_STORE=str(elsewhere), JIXIAO_CACHE=str(model_cache()),
               TMPDIR=str(temp), GRADIO_TEMP_DIR=str(gradio_temp), PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "--store", str(store), "serve", "--port", str(port)],
        cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        log = _read_until(process, "已启动", timeout=600)
        assert log[0] == f"数据库：{store}"  # --store before the subcommand is kept
        assert any(line.startswith("已载入：1 个部门/年度") and "14 个项目，101 条指标" in line
                   for line in log)
        assert any("检索模型" in line and "已就绪" in line for line in log)
        assert log[-1].startswith(f"绩效问答已启动：http://127.0.0.1:{port}（只有本机能访问")
        assert not elsewhere.exists()

        page = open_page(browser, f"http://127.0.0.1:{port}", 1366)
        reply = ask(page, OPEN_QUESTION, 1)
        took = times(page)
        assert "和谐劳动关系" in reply.inner_text()
        (output_dir / "first-open-question.txt").write_text(
            f"first open question after start: {took['answer']:.0f} ms "
            f"(pending shown after {took['pending']:.0f} ms)\n", encoding="utf-8")
        assert took["pending"] < 300, took
        assert took["answer"] < FIRST_ANSWER_MS, took
        ask(page, LIST_QUESTION, 2)
        page.locator("#jx-csv").wait_for()
        assert list(temp.glob("jixiao-csv-*/*/问答结果.csv"))
        page.close()
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert process.returncode == 0, process.stderr.read()
    assert "绩效问答已退出。" in process.stdout.read()
    assert not list(temp.glob("jixiao-csv-*"))  # the CSV folder went with the server
    assert not [p for p in gradio_temp.rglob("*") if p.is_file()]  # and Gradio's copies
