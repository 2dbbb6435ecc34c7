"""The app in a real headless Chromium: the evidence desk, answers of each kind, tabs, uploads."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from assistant.conversation import Conversation
from tests.ui.browser import (assert_local_only, ask, box, english, flat, latin_words, open_page,
                              overflow, shot, times)
from tests.ui.conftest import SAMPLE
from ui import chat, views
from ui.names import distinct_names

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LIST_QUESTION = "哪些项目的满意度目标在90%及以上？"
FOLLOW_UP = "其中预算最高的是哪个？"
AFTER_UPLOAD = "预算合计多少？"
EXAMPLE = "预算最高的3个项目是哪些？"  # among the example buttons for a one-department store
# One question of each kind of answer, for the screenshots in docs/.
KINDS = {
    "count": "一共有多少个项目？",
    "sum": "预算合计多少？",
    "extreme": "预算最高的项目是哪个？",
    "field": "劳务派遣人员工资的满意度目标是多少？",
    "prose": "和谐劳动关系怎么做？",
    "refs": "都引用了哪些依据文件？",
    "checks": "体检发现了哪些问题？",
    "not-found": "教育局的项目有哪些？",
}
TWINS = "引用了冀财社〔2024〕182号的项目有哪些？"  # two projects with the very same name
HOSTILE_HOST = "127.0.0.9:9"
HOSTILE = (f"![t](http://{HOSTILE_HOST}/p.png)<img src=http://{HOSTILE_HOST}/x.png>"
           f"[点我](http://{HOSTILE_HOST}/)")


def _options(page, selector: str) -> list[str]:
    """The options one dropdown offers (another dropdown's list, still closing, left out)."""
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.querySelector('[role=option]')", timeout=5000)
    page.locator(f"{selector} input").click()
    options = page.get_by_role("option")
    options.first.wait_for()
    labels = options.all_inner_texts()
    page.keyboard.press("Escape")
    return labels


def test_desk_answers_beside_the_cited_table(sample_app, browser, output_dir, tmp_path):
    conversation = Conversation()
    first = sample_app.assistant.ask(LIST_QUESTION, conversation)
    second = sample_app.assistant.ask(FOLLOW_UP, conversation)
    assert first.table and first.citations and second.found
    names = distinct_names(sample_app.assistant.projects())

    page = open_page(browser, sample_app.url, 1366)
    page.locator(".jx-example", has_text=EXAMPLE).wait_for()
    shot(page, output_dir / "ui-home.png")

    reply = ask(page, LIST_QUESTION, 1)
    took = times(page)
    assert took["pending"] < 300, took  # the question and «正在查找答案…» show at once
    short, rest = chat.split_answer(first.text)
    assert reply.locator(".jx-short").inner_text() == short  # the short answer leads
    if first.understood:
        assert reply.locator(".jx-understood").inner_text() == first.understood
    else:
        assert reply.locator(".jx-understood").count() == 0
    body = reply.text_content()  # folded lines included
    for code in first.projects:
        assert code in body
    assert page.locator("#jx-chat .jx-user").last.inner_text() == LIST_QUESTION

    reply.locator("details.jx-sources summary").click()
    sources = reply.locator("details.jx-sources").inner_text()
    assert sources.count(first.citations[0].source) == 1  # the file is named once
    for c in first.citations:
        assert names[(c.source, c.table)] in sources and f"第{c.row}行" in sources

    chat_box, evidence = box(page, "#jx-chat-col"), box(page, "#jx-evidence")
    assert evidence["x"] >= chat_box["x"] + chat_box["width"] - 1  # side by side at 1366 px
    assert abs(evidence["y"] - chat_box["y"]) < 40
    table = page.locator("#jx-list")
    for row in views.table_rows(first):
        assert str(next(iter(row.values()))) in table.inner_text()
    assert f"共{len(first.table)}行" in table.inner_text()
    assert overflow(page, "#jx-list") <= 1  # every column visible, long text wraps
    with page.expect_download() as download:
        page.locator("#jx-csv").click()
    saved = tmp_path / "answer.csv"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"\xef\xbb\xbf")
    assert saved.read_text(encoding="utf-8-sig").count("\n") == len(first.table) + 1

    cited = page.locator("#jx-source-table tr.jx-focus")
    assert f"第{first.citations[0].row}行" in cited.inner_text()
    shot(page, output_dir / "ui-chat-list-answer.png", full_page=False)

    last = first.citations[-1]
    page.locator("#jx-source-pick input").click()
    page.get_by_role("option", name=chat.citation_choices(first, names)[-1][0]).click()
    page.wait_for_function(
        "name => document.querySelector('#jx-source-table h4')?.textContent.includes(name)",
        arg=last.project_name)
    assert f"第{last.row}行" in page.locator("#jx-source-table tr.jx-focus").inner_text()
    shot(page, output_dir / "ui-source-table.png", full_page=False)

    reply = ask(page, FOLLOW_UP, 2)
    assert flat(chat.split_answer(second.text)[0]) in flat(reply.inner_text())
    # The new question stays in view: at the top of the log once the log scrolls.
    page.wait_for_timeout(500)
    place = page.evaluate("""() => {
      const log = document.querySelector('#jx-chat .jx-log');
      const box = log.getBoundingClientRect();
      const q = document.querySelector('#jx-chat .jx-turn:last-child .jx-user').getBoundingClientRect();
      return {top: q.top - box.top, bottom: box.bottom - q.bottom,
              scrolls: log.scrollHeight > log.clientHeight, scrollTop: log.scrollTop,
              maxScroll: log.scrollHeight - log.clientHeight};
    }""")
    assert place["top"] >= -1 and place["bottom"] >= 0, place
    if place["scrolls"]:  # at the top of the log, or the log scrolled as far as it goes
        assert place["top"] <= 40 or place["scrollTop"] >= place["maxScroll"] - 1, place
    shot(page, output_dir / "ui-follow-up.png", full_page=False)

    third = sample_app.assistant.ask(EXAMPLE)
    page.locator(".jx-example", has_text=EXAMPLE).click()
    reply = page.locator("#jx-chat .jx-turn:not(.jx-pending) .jx-bot").nth(2)
    reply.wait_for()
    assert chat.split_answer(third.text)[0] in reply.inner_text()

    page.set_viewport_size({"width": 800, "height": 900})  # a narrow screen: stacked
    page.wait_for_timeout(300)
    chat_box, evidence = box(page, "#jx-chat-col"), box(page, "#jx-evidence")
    assert evidence["y"] >= chat_box["y"] + chat_box["height"] - 1
    assert evidence["width"] > 600 and chat_box["width"] > 600
    shot(page, output_dir / "ui-narrow.png")
    assert_local_only(page, sample_app.url)
    page.close()


def test_answers_of_each_kind_counts_and_same_named_projects(sample_app, browser, output_dir):
    page = open_page(browser, sample_app.url, 1366)
    for turn, (kind, question) in enumerate(KINDS.items(), 1):
        expected = sample_app.assistant.ask(question)
        reply = ask(page, question, turn)
        assert chat.split_answer(expected.text)[0] in reply.locator(".jx-short").inner_text()
        assert (kind == "not-found") != expected.found, kind
        shot(page, output_dir / f"ui-answer-{kind}.png", full_page=False)
        if kind == "refs":  # the chat's count per document, as the page shows it
            lines = "\n".join(reply.locator(".jx-line").all_text_contents())  # folded too
            said = {m[0]: (int(m[1]), int(m[2])) for m in re.findall(
                r"\d+\. (\S+)：(\d+) 个项目，(\d+) 条指标", lines)}
    assert said

    reply = ask(page, TWINS, len(KINDS) + 1)
    labels = [label for label in _options(page, "#jx-source-pick") if "182号" in label]
    assert len(labels) == 2 and labels[0] != labels[1], labels
    twins = [p for p in sample_app.assistant.projects() if p.name.startswith("冀财社【2024】182号")]
    for p in twins:
        assert sum(p.code.endswith(label.split("编码尾号")[1].split("）")[0]) for label in labels) == 1

    page.get_by_role("tab", name="依据文件").click()
    page.locator("#jx-policies details").first.wait_for()
    shown = {d.get_attribute("data-canonical"): (int(d.get_attribute("data-projects")),
                                                 int(d.get_attribute("data-rows")))
             for d in page.locator("#jx-policies details.jx-policy").all()}
    assert shown == said  # 依据文件 counts as the chat does, for every document
    assert "计数口径" in page.locator("#jx-policies").inner_text()
    assert_local_only(page, sample_app.url)
    page.close()


def test_browse_policies_and_checks(sample_app, browser, output_dir):
    projects = sample_app.assistant.projects()
    satisfaction = [(p, i) for p in projects for i in p.indicators if i.level1 == "满意度指标"]
    findings = sample_app.assistant.findings()

    page = open_page(browser, sample_app.url, 1366)
    page.get_by_role("tab", name="项目浏览").click()
    listing = page.locator("#jx-projects")
    listing.get_by_text("共14个项目").wait_for()
    assert listing.locator("tbody tr").count() == 14  # every row shown, none clipped
    assert overflow(page, "#jx-projects") <= 1
    bars = page.locator("#jx-chart-all .jx-bar-row")
    assert bars.count() == 14 and "20114 万元" in bars.first.inner_text()
    assert page.locator("#jx-chart-small .jx-bar-row").count() >= 1
    page.locator("#jx-level1 input").click()
    page.get_by_role("option", name="满意度指标", exact=True).click()
    matches = page.locator("#jx-matches")
    matches.get_by_text(satisfaction[-1][1].level3).first.wait_for()
    assert all(i.level3 in matches.inner_text() for _, i in satisfaction)
    assert overflow(page, "#jx-matches") <= 1
    marked = page.locator("#jx-browse-table tr.jx-cited")
    assert marked.count() == 1 and satisfaction[0][1].level3 in marked.inner_text()
    browse_labels = _options(page, "#jx-browse-pick")
    assert len(set(browse_labels)) == len(browse_labels) == 14
    shot(page, output_dir / "ui-tab-browse.png")

    page.get_by_role("tab", name="依据文件").click()
    page.locator("#jx-policies details").first.locator("summary").click()
    shot(page, output_dir / "ui-tab-policies.png")

    page.get_by_role("tab", name="体检").click()
    text = page.locator("#jx-findings").inner_text()
    assert f"共{len(findings)}条发现" in text
    assert not any(f.rule in text for f in findings)  # rule names in Chinese, codes not shown
    page.locator("#jx-finding-pick input").click()
    page.get_by_role("option").first.click()
    focus = page.locator("#jx-finding-table tr.jx-focus, #jx-finding-table .jx-head.jx-cited")
    focus.first.wait_for()
    if findings[0].locator.row is not None:
        assert f"第{findings[0].locator.row}行" in focus.first.inner_text()
    assert findings[0].project_name in page.locator("#jx-finding-table h4").inner_text()
    shot(page, output_dir / "ui-tab-checks.png")
    page.get_by_role("tab", name="上传").click()
    shot(page, output_dir / "ui-tab-upload.png")
    assert_local_only(page, sample_app.url)
    page.close()


def test_no_english_in_any_tab(sample_app, browser):
    page = open_page(browser, sample_app.url, 1366)
    ask(page, LIST_QUESTION, 1)
    page.locator("details.jx-sources summary").first.click()
    found = {}
    for tab in ("首页 / 问答", "项目浏览", "依据文件", "体检", "上传"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(400)
        for details in page.locator("details:visible").all():
            details.evaluate("d => d.open = true")
        found[tab] = english(page)
    assert found == {tab: [] for tab in found}
    page.close()


def _store_counts(assistant) -> dict:
    return assistant.library.facts.query(
        "SELECT (SELECT COUNT(*) FROM sources) AS sources, (SELECT COUNT(*) FROM projects) AS "
        "projects, (SELECT COUNT(*) FROM indicators) AS indicators")[0]


def test_upload_then_ask_reject_and_escape(empty_app, browser, output_dir, tmp_path):
    page = open_page(browser, empty_app.url, 1366)
    page.locator("#jx-overview").get_by_text("还没有入库的文件").wait_for()
    shot(page, output_dir / "ui-empty.png")

    page.get_by_role("tab", name="上传").click()
    page.locator("#jx-files input[type=file]").set_input_files(str(SAMPLE))
    page.locator("#jx-ingest").click()
    report = page.locator("#jx-report")
    report.get_by_text("已入库").wait_for()
    assert SAMPLE.name in report.inner_text() and "14个项目，101条指标" in report.inner_text()
    shot(page, output_dir / "ui-upload-ok.png")
    before = _store_counts(empty_app.assistant)
    assert before == {"sources": 1, "projects": 14, "indicators": 101}
    (stored,) = empty_app.assistant.library.facts.sources()
    kept = Path(stored.source.path)
    assert kept.parent.parent == (empty_app.settings.store / "uploads").resolve()
    assert kept.name == SAMPLE.name and kept.read_bytes() == SAMPLE.read_bytes()

    expected = empty_app.assistant.ask(AFTER_UPLOAD)
    page.get_by_role("tab", name="首页 / 问答").click()
    page.locator("#jx-overview").get_by_text("14 个项目").wait_for()
    reply = ask(page, AFTER_UPLOAD, 1)
    assert chat.split_answer(expected.text)[0] in reply.inner_text()

    bad = tmp_path / "bad.docx"
    bad.write_bytes(os.urandom(4096))
    hostile = tmp_path / "hostile.txt"
    text = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8")
    hostile.write_text(text.replace("社会保障工作经费", "社会保障工作经费" + HOSTILE), encoding="utf-8")
    page.get_by_role("tab", name="上传").click()
    page.locator("#jx-files input[type=file]").set_input_files([str(bad), str(hostile)])
    page.locator("#jx-ingest").click()
    report.get_by_text("hostile.txt").wait_for()
    report.get_by_text("bad.docx").wait_for()
    text = report.inner_text()
    assert "失败" in text and "数据库未改动" in text
    # only the new files are reported (the hostile copy may name the upload it revises)
    assert not any(line.startswith(SAMPLE.name) for line in text.splitlines())
    shot(page, output_dir / "ui-upload-bad.png")
    names = {s.source.name for s in empty_app.assistant.library.facts.sources()}
    assert "hostile.txt" in names and "bad.docx" not in names  # the bad file left no trace

    big = tmp_path / "big.docx"  # refused in the page by Gradio, its message put into Chinese
    big.write_bytes(os.urandom(1_200_000))
    page.locator("#jx-files input[type=file]").set_input_files(str(big))
    page.get_by_text("文件超过大小上限").first.wait_for()
    assert english(page) == []
    for tab in ("首页 / 问答", "项目浏览", "依据文件", "体检"):  # document text stays text
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(300)
        assert page.locator(f"img[src*='{HOSTILE_HOST}'], a[href*='{HOSTILE_HOST}']").count() == 0
    assert page.locator("#jx-projects").get_by_text("<img src=", exact=False).count() >= 1
    assert_local_only(page, empty_app.url)
    page.close()


def test_no_english_in_a_checks_answer(sample_app, browser):
    page = open_page(browser, sample_app.url, 1366)
    reply = ask(page, KINDS["checks"], 1)
    words = latin_words(reply.inner_text())
    page.close()
    assert words == []
