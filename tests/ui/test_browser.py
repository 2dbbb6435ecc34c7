"""The app in a real headless Chromium: chat with sources, follow-ups, tabs, uploads, no egress."""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

import pytest

from assistant.conversation import Conversation
from store.settings import SAMPLE_DIR
from ui import views

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LIST_QUESTION = "哪些项目的满意度目标在90%及以上？"
FOLLOW_UP = "其中预算最高的是哪个？"
AFTER_UPLOAD = "预算合计多少？"
EXAMPLE = "预算最高的项目是哪个？"  # always among the example buttons
SAMPLE = SAMPLE_DIR / "weixian-rsj-2025-jixiao-mubiao.docx"
TIMEOUT = 90_000  # the first question loads the embedding model


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _open(browser, url: str):
    """A page on the app that records every request it makes."""
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN",
                            accept_downloads=True)
    page.set_default_timeout(TIMEOUT)
    page.requests = []  # type: ignore[attr-defined]
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(url)
    page.locator("#jx-overview").wait_for()
    return page


def _assert_local_only(page, url: str) -> None:
    origin = urlsplit(url).netloc
    hosts = {urlsplit(u).netloc for u in page.requests
             if urlsplit(u).scheme in ("http", "https", "ws", "wss")}
    assert hosts == {origin}, f"requests left {origin}: {sorted(hosts)}"


def _shot(page, path) -> None:
    """A full-page screenshot once no event is pending and fades have finished."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=status-tracker]')]"
        ".every(e => e.classList.contains('hide'))")
    page.wait_for_timeout(400)
    page.screenshot(path=path, full_page=True)


def _ask(page, question: str, turn: int):
    """Type a question, send it, and return the bot message of that turn."""
    page.locator("#jx-question textarea").fill(question)
    page.locator("#jx-send").click()
    bots = page.locator("#jx-chat [data-testid='bot']")
    bots.nth(turn - 1).wait_for()
    return bots.nth(turn - 1)


def _store_counts(assistant) -> dict:
    return assistant.library.facts.query(
        "SELECT (SELECT COUNT(*) FROM sources) AS sources, (SELECT COUNT(*) FROM projects) AS "
        "projects, (SELECT COUNT(*) FROM indicators) AS indicators")[0]


def test_chat_answers_with_sources_and_follow_up(sample_app, browser, output_dir, tmp_path):
    conversation = Conversation()
    first = sample_app.assistant.ask(LIST_QUESTION, conversation)
    second = sample_app.assistant.ask(FOLLOW_UP, conversation)
    assert first.table and first.citations and second.found

    page = _open(browser, sample_app.url)
    page.get_by_text(f"{first.question}", exact=True).first.wait_for()  # an example button
    _shot(page, output_dir / "ui-home.png")

    reply = _ask(page, LIST_QUESTION, 1)
    assert _flat(first.text) in _flat(reply.inner_text())
    for code in first.projects:
        name = next(c.project_name for c in first.citations if c.project_code == code)
        assert name in reply.inner_text()

    reply.locator("details.jx-sources summary").click()
    items = reply.locator("details.jx-sources li")
    assert items.count() == len(first.citations)
    for n, citation in enumerate(first.citations):
        assert views.citation_line(citation) in items.nth(n).inner_text()
        assert f"第{citation.row}行" in items.nth(n).inner_text()

    table = page.locator("#jx-list")
    table.wait_for()
    for row in views.table_rows(first):
        assert str(next(iter(row.values()))) in table.inner_text()
    with page.expect_download() as download:
        page.locator("#jx-csv").click()
    saved = tmp_path / "answer.csv"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"\xef\xbb\xbf")
    assert saved.read_text(encoding="utf-8-sig").count("\n") == len(first.table) + 1

    cited = page.locator("#jx-source-table tr.jx-focus")
    assert f"第{first.citations[0].row}行" in cited.inner_text()
    _shot(page, output_dir / "ui-chat-list-answer.png")

    last = first.citations[-1]
    page.locator("#jx-source-pick input").click()
    page.get_by_role("option", name=views.citation_choices(first)[-1][0]).click()
    page.wait_for_function(
        "name => document.querySelector('#jx-source-table h4')?.textContent.includes(name)",
        arg=last.project_name)
    focus = page.locator("#jx-source-table tr.jx-focus")
    assert f"第{last.row}行" in focus.inner_text()
    focus.scroll_into_view_if_needed()
    _shot(page, output_dir / "ui-source-table.png")

    reply = _ask(page, FOLLOW_UP, 2)
    assert _flat(second.text) in _flat(reply.inner_text())
    _shot(page, output_dir / "ui-follow-up.png")

    third = sample_app.assistant.ask(EXAMPLE)
    page.locator(".jx-example", has_text=EXAMPLE).click()
    reply = page.locator("#jx-chat [data-testid='bot']").nth(2)
    reply.wait_for()
    assert _flat(third.text) in _flat(reply.inner_text())
    _assert_local_only(page, sample_app.url)
    page.close()


def test_browse_policies_and_checks(sample_app, browser, output_dir):
    projects = sample_app.assistant.projects()
    satisfaction = [(p, i) for p in projects for i in p.indicators if i.level1 == "满意度指标"]
    finding = sample_app.assistant.findings()[0]

    page = _open(browser, sample_app.url)
    page.get_by_role("tab", name="项目浏览").click()
    page.locator("#jx-level1 input").click()
    page.get_by_role("option", name="满意度指标", exact=True).click()
    matches = page.locator("#jx-matches")
    matches.get_by_text(satisfaction[-1][1].level3).first.wait_for()
    assert all(i.level3 in matches.inner_text() for _, i in satisfaction)
    marked = page.locator("#jx-browse-table tr.jx-cited")
    assert marked.count() == 1 and satisfaction[0][1].level3 in marked.inner_text()
    _shot(page, output_dir / "ui-tab-browse.png")

    page.get_by_role("tab", name="依据文件").click()
    page.locator("#jx-policies details").first.locator("summary").click()
    _shot(page, output_dir / "ui-tab-policies.png")

    page.get_by_role("tab", name="体检").click()
    findings = page.locator("#jx-findings").inner_text()
    assert f"共{len(sample_app.assistant.findings())}条发现" in findings
    page.locator("#jx-finding-pick input").click()
    page.get_by_role("option").first.click()
    focus = page.locator("#jx-finding-table tr.jx-focus")
    focus.wait_for()
    assert f"第{finding.locator.row}行" in focus.inner_text()
    assert finding.project_name in page.locator("#jx-finding-table h4").inner_text()
    _shot(page, output_dir / "ui-tab-checks.png")
    _assert_local_only(page, sample_app.url)
    page.close()


def test_upload_then_ask_and_reject_a_bad_file(empty_app, browser, output_dir, tmp_path):
    page = _open(browser, empty_app.url)
    page.locator("#jx-overview").get_by_text("还没有入库的文件").wait_for()
    _shot(page, output_dir / "ui-empty.png")

    page.get_by_role("tab", name="上传").click()
    page.locator("#jx-files input[type=file]").set_input_files(str(SAMPLE))
    page.locator("#jx-ingest").click()
    report = page.locator("#jx-report")
    report.get_by_text("已入库").wait_for()
    assert SAMPLE.name in report.inner_text() and "14个项目，101条指标" in report.inner_text()
    _shot(page, output_dir / "ui-upload-ok.png")
    before = _store_counts(empty_app.assistant)
    assert before == {"sources": 1, "projects": 14, "indicators": 101}

    expected = empty_app.assistant.ask(AFTER_UPLOAD)
    page.get_by_role("tab", name="首页 / 问答").click()
    page.locator("#jx-overview").get_by_text("14 个项目").wait_for()
    reply = _ask(page, AFTER_UPLOAD, 1)
    assert _flat(expected.text) in _flat(reply.inner_text())

    bad = tmp_path / "bad.docx"
    bad.write_bytes(os.urandom(4096))
    page.get_by_role("tab", name="上传").click()
    page.locator("#jx-files input[type=file]").set_input_files(str(bad))
    page.locator("#jx-ingest").click()
    report.get_by_text("bad.docx").wait_for()
    text = report.inner_text()
    assert "失败" in text and "数据库未改动" in text
    assert SAMPLE.name not in text  # only the new file is reported
    _shot(page, output_dir / "ui-upload-bad.png")
    assert _store_counts(empty_app.assistant) == before
    _assert_local_only(page, empty_app.url)
    page.close()
