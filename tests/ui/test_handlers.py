"""The app's handlers and start-up without a browser: credentials, uploads kept in the store,
empty questions, terminal-safe names."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.ui.conftest import SAMPLE, hashed_assistant, make_settings
from ui import chat
from ui.startup import StartupError, is_loopback, resolve_auth
from ui.terminal import printable
from ui.uploads import UPLOADS, Uploads, keep_upload, prune_uploads


def test_loopback_addresses():
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.0.2", "localhost", "::1", "[::1]"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.5", "myhost.example"))


def test_an_open_address_needs_credentials(tmp_path):
    assert resolve_auth("127.0.0.1", 7860, None, None) is None
    with pytest.raises(StartupError) as refused:
        resolve_auth("0.0.0.0", 7860, None, None)
    assert "0.0.0.0:7860" in str(refused.value) and "JIXIAO_AUTH" in str(refused.value)
    assert resolve_auth("0.0.0.0", 80, "甲:口令:含冒号", None) == [("甲", "口令:含冒号")]
    auth_file = tmp_path / "users"
    auth_file.write_text("# 办公室\nwang:one\n\nli:two\n", encoding="utf-8")
    assert resolve_auth("192.168.1.5", 7860, None, auth_file) == [("wang", "one"), ("li", "two")]
    auth_file.write_text("wang\n", encoding="utf-8")
    with pytest.raises(StartupError, match="第1行"):
        resolve_auth("0.0.0.0", 7860, None, auth_file)
    with pytest.raises(StartupError, match="无法读取口令文件"):
        resolve_auth("0.0.0.0", 7860, None, tmp_path / "missing")


def test_printable_escapes_control_characters():
    assert printable("a\nb\x1b[31m.docx") == "a\\nb\\x1b[31m.docx"
    assert printable("第1行\n第2行\t", keep_newlines=True) == "第1行\n第2行\\t"
    assert printable("冀财社【2024】182号") == "冀财社【2024】182号"


def test_uploads_are_kept_by_content_and_the_temp_copy_removed(tmp_path):
    temp = tmp_path / "gradio" / "abc" / SAMPLE.name
    temp.parent.mkdir(parents=True)
    shutil.copy(SAMPLE, temp)
    store = tmp_path / "store"
    kept = keep_upload(temp, store)
    digest = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert kept == store / UPLOADS / digest[:16] / SAMPLE.name
    assert kept.read_bytes() == SAMPLE.read_bytes()
    assert not temp.exists() and not temp.parent.exists()
    stray = store / UPLOADS / "0000" / "failed.docx"
    stray.parent.mkdir()
    stray.write_bytes(b"x")
    prune_uploads(store, {str(kept)})
    assert kept.exists() and not stray.parent.exists()


def test_an_upload_is_ingested_in_the_background_while_questions_are_answered(tmp_path):
    assistant = hashed_assistant(make_settings(tmp_path / "store"))
    temp = tmp_path / "gradio" / "1" / SAMPLE.name
    temp.parent.mkdir(parents=True)
    shutil.copy(SAMPLE, temp)
    bad = tmp_path / "gradio" / "2" / "notes.png"
    bad.parent.mkdir()
    bad.write_bytes(b"%PDF-1.4")
    warmed = []  # the pages' data, rebuilt by the job rather than by the next page open
    uploads = Uploads(assistant, max_mb=20, warm=lambda: warmed.append(job.finished.is_set()))
    started = time.perf_counter()
    job = uploads.start([temp, bad])
    returned = time.perf_counter() - started
    assert job.names == [SAMPLE.name, "notes.png"] and "（" in job.progress_html()
    started = time.perf_counter()
    asked = assistant.ask("一共有多少个项目？")  # not blocked by the job
    waited = time.perf_counter() - started
    assert job.finished.wait(300)
    assert returned < 2.0, returned  # start() hands the work to a thread
    assert waited < 5.0, waited  # reading and embedding the sample take far longer
    assert asked.text  # answered (before or after the document landed)
    assert warmed == [False]  # once, before the job said it was done
    statuses = {Path(r.path).name: r.status for r in job.reports}
    assert statuses == {SAMPLE.name: "ingested", "notes.png": "failed"}
    assert "不支持的文件类型" in job.reports[0].message
    (source,) = assistant.library.facts.sources()
    assert Path(source.source.path).parent.parent == (tmp_path / "store" / UPLOADS).resolve()
    assert source.source.name == SAMPLE.name  # the original name, not a temp name
    assert not temp.exists() and not bad.exists()
    assert len(list((tmp_path / "store" / UPLOADS).iterdir())) == 1  # the refused file is not kept
    assert assistant.library.vectors_ready()  # embedded by the job, not by the next question
    assistant.library.close()


def test_an_empty_question_is_answered_at_once_without_the_model(sample_settings):
    from ui.handlers import Handlers

    assistant = Assistant.open(sample_settings)
    handlers = Handlers(assistant, 20)
    record = handlers.api_ask("   \n ")
    assert record["found"] is False and record["answer"] == chat.EMPTY_QUESTION
    page, cleared, session, *_ = handlers.reply("  ", None)
    assert chat.EMPTY_QUESTION in page and cleared == ""
    assert assistant.library._embedder is None  # no model was loaded for it
    handlers.close()
    assistant.library.close()
