"""The `jixiao` command end to end, as a person runs it: real processes, a real store folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_DOCX, SAMPLE_TXT, model_cache
from tests.store.test_facts import snapshot


def jixiao(*args: str, store: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, JIXIAO_STORE=str(store), JIXIAO_CACHE=str(model_cache()))
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], cwd=ROOT, env=env, text=True,
                          capture_output=True, input=stdin, timeout=600)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "store"
    result = jixiao("ingest", str(SAMPLE_DOCX), "--no-index", store=store)
    assert result.returncode == 0, result.stderr
    assert "14 个项目，101 条指标" in result.stdout
    return store


def test_projects_json_has_every_field(store):
    result = jixiao("projects", "--json", store=store)
    projects = json.loads(result.stdout)
    assert len(projects) == 14
    p12 = next(p for p in projects if p["code"] == "13043425P00450110043D")
    assert set(p12) == {"code", "name", "source", "budget", "fiscal", "other", "unit",
                        "spending_plan", "goal", "use", "indicators"}
    assert (p12["budget"], p12["unit"], len(p12["indicators"])) == (131.9, "万元", 8)
    row2 = p12["indicators"][1]
    assert {k: row2[k] for k in ("level1", "level2", "level3", "description", "value_raw")} == {
        "level1": "产出指标", "level2": "质量指标", "level3": "工资足额发放率",
        "description": "工资应发放额/工资实际发放额", "value_raw": "100%"}
    assert row2["policy_refs"] == ["县长办公会议纪要十六届〔2020〕62号"]
    assert row2["locator"] == {"source": SAMPLE_DOCX.name, "table": 12, "row": 2}
    assert round(sum(p["budget"] for p in projects), 2) == 37106.9


def test_show_renders_a_table(store):
    result = jixiao("show", "13043425P006YGL10001W", store=store)
    assert result.returncode == 0
    assert "公共实训基地县级配套" in result.stdout and "2025年10月前完工" in result.stdout
    missing = jixiao("show", "NOPE", store=store)
    assert missing.returncode == 1 and "没有找到项目编码 NOPE" in missing.stderr


def test_ask_json_record(store):
    result = jixiao("ask", "预算超过1000万元的项目有哪些？", "--json", store=store)
    record = json.loads(result.stdout)
    assert set(record) >= {"question", "answer", "found", "projects", "value", "unit",
                           "citations", "plan", "latency_ms"}
    assert set(record["projects"]) == {"13043425P00435710001D", "13043425P00435710003L",
                                       "13043425P004357100048", "13043425P00F4DC10001P"}
    assert {c["project_code"] for c in record["citations"]} == set(record["projects"])
    assert record["plan"]["operation"] == "list" and record["plan"]["sql"]


def test_ask_batch_keeps_order_and_history(store, tmp_path):
    batch = tmp_path / "q.jsonl"
    lines = [
        {"id": "a", "question": "一共有多少个预算项目？"},
        {"id": "b", "question": "它的满意度目标是多少？",
         "history": ["劳务派遣人员工资项目的预算是多少？"]},
        {"id": "c", "question": "教育局的项目有哪些？"},
    ]
    batch.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    result = jixiao("ask", "--batch", str(batch), "--json", store=store)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[0]["value"] == 14
    assert records[1]["projects"] == ["13043425P00450110043D"] and "≥80%" in records[1]["answer"]
    assert records[2]["found"] is False and records[2]["projects"] == []


def test_chat_follow_up(store):
    result = jixiao("chat", store=store, stdin="劳务派遣人员工资项目的预算是多少？\n它的满意度目标呢？\n\n")
    assert "131.9" in result.stdout and "≥80%" in result.stdout


def test_check_reports_and_fails_on_error(store):
    result = jixiao("check", "--json", "--fail-on", "error", store=store)
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert {"rule": "cost-vs-budget", "project_code": "13043425P006YGL10001W"}.items() <= findings[
        [f["rule"] for f in findings].index("cost-vs-budget")].items()
    from_file = jixiao("check", str(SAMPLE_TXT), store=store)
    assert "800万元" in from_file.stdout


def test_check_writes_the_report_to_send_back(store, tmp_path):
    from docx import Document
    from openpyxl import load_workbook

    memo, book = tmp_path / "体检报告.docx", tmp_path / "体检报告.xlsx"
    assert jixiao("check", "--report", str(memo), store=store).returncode == 0
    assert jixiao("check", "--report", str(book), store=store).returncode == 0
    text = "\n".join(c.text for t in Document(str(memo)).tables for r in t.rows for c in r.cells)
    assert "公共实训基地县级配套" in text and "800" in text
    cells = [str(c.value) for ws in load_workbook(book).worksheets for r in ws.iter_rows() for c in r]
    assert any("公共实训基地县级配套" in c for c in cells)
    wrong = jixiao("check", "--report", str(tmp_path / "体检报告.pdf"), store=store)
    assert wrong.returncode == 2 and ".docx" in wrong.stderr and not (tmp_path / "体检报告.pdf").exists()


BAD_INPUTS = {
    "missing.docx": None,
    "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
    "empty.docx": b"",
    "notes.pdf": b"%PDF-1.4",
    "random.docx": os.urandom(2048),
    "half.docx": SAMPLE_DOCX.read_bytes()[: SAMPLE_DOCX.stat().st_size // 2],
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_names_the_file_and_leaves_store_unchanged(store, tmp_path, name):
    path = tmp_path / name
    if BAD_INPUTS[name] is not None:
        path.write_bytes(BAD_INPUTS[name])
    before = snapshot(store / "facts.sqlite3")
    before_bytes = (store / "facts.sqlite3").read_bytes()
    result = jixiao("ingest", str(path), "--no-index", store=store)
    assert result.returncode != 0
    assert name in result.stderr and "—" in result.stderr  # file, problem — remedy
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(store / "facts.sqlite3") == before
    assert (store / "facts.sqlite3").read_bytes() == before_bytes  # not even a header write


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE_TXT, folder / "a.txt")
    (folder / "b.docx").write_bytes(b"not a zip")
    result = jixiao("ingest", str(folder), "--no-index", store=tmp_path / "store")
    assert result.returncode == 1
    assert "a.txt: 已入库" in result.stdout and "b.docx" in result.stderr


@pytest.mark.slow
def test_eval_on_dev_gold_scores_all_and_beats_baseline(store):
    result = jixiao("eval", str(ROOT / "eval" / "dev" / "gold_dev.jsonl"), store=store)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "== jixiao: 36/36" in result.stdout
    baseline = next(line for line in result.stdout.splitlines() if line.startswith("== dense"))
    assert int(baseline.split(": ")[1].split("/")[0]) < 36
    assert "latency structured" in result.stdout and "latency retrieval" in result.stdout


def _encrypted_sample() -> bytes:
    import io

    from msoffcrypto.format import ooxml

    encrypted = io.BytesIO()
    with open(SAMPLE_DOCX, "rb") as plain:
        ooxml.OOXMLFile(plain).encrypt("secret", encrypted)
    return encrypted.getvalue()


def test_password_protected_docx_is_refused_and_store_unchanged(store, tmp_path):
    path = tmp_path / "locked.docx"
    path.write_bytes(_encrypted_sample())
    before = (store / "facts.sqlite3").read_bytes()
    result = jixiao("ingest", str(path), "--no-index", store=store)
    assert result.returncode != 0 and "locked.docx" in result.stderr and "密码" in result.stderr
    assert (store / "facts.sqlite3").read_bytes() == before


def test_docx_without_tables_warns_and_adds_no_project(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("某局2025年部门整体绩效目标")
    document.add_paragraph("一、总体绩效目标")
    path = tmp_path / "prose-only.docx"
    document.save(path)
    store = tmp_path / "store"
    result = jixiao("ingest", str(path), "--no-index", store=store)
    assert "0 个项目" in result.stdout and "未找到绩效目标表" in result.stdout
    assert json.loads(jixiao("projects", "--json", store=store).stdout) == []


# -- the --store flag, messages, names and refusals (issues 9 and 13) ------------------------

SUBCOMMANDS = {
    "ingest": ["ingest", "a.docx"], "projects": ["projects"], "show": ["show", "C1"],
    "ask": ["ask", "问题"], "chat": ["chat"], "eval": ["eval", "gold.jsonl"],
    "check": ["check"], "serve": ["serve"],
}


@pytest.mark.parametrize("command", sorted(SUBCOMMANDS))
def test_store_flag_works_before_and_after_the_subcommand(command):
    from ui.cli import _parser

    words = SUBCOMMANDS[command]
    before = _parser().parse_args(["--store", "/x/before", *words])
    after = _parser().parse_args([*words, "--store", "/x/after"])
    assert (before.command, before.store) == (command, Path("/x/before"))
    assert (after.command, after.store) == (command, Path("/x/after"))
    assert _parser().parse_args(words).store is None  # then $JIXIAO_STORE or the default


@pytest.mark.parametrize("where", ["before", "after"])
def test_ingest_and_projects_use_the_given_store(tmp_path, where):
    default, chosen = tmp_path / "default", tmp_path / "chosen"

    def run(*words):
        flag = ["--store", str(chosen)]
        args = [*flag, *words] if where == "before" else [*words, *flag]
        return jixiao(*args, store=default)

    result = run("ingest", str(SAMPLE_TXT), "--no-index")
    assert result.returncode == 0, result.stderr
    assert (chosen / "facts.sqlite3").exists() and not default.exists()
    assert "共 14 个项目" in run("projects").stdout


def test_help_and_argument_errors_are_in_chinese(tmp_path):
    import re

    shown = jixiao("-h", store=tmp_path).stdout + jixiao("ingest", "-h", store=tmp_path).stdout
    assert "用法：jixiao" in shown and "显示本帮助并退出" in shown
    allowed = {"jixiao", "ingest", "projects", "show", "ask", "chat", "eval", "check", "serve",
               "store", "no", "index", "help", "JIXIAO", "STORE", "local", "share", "docx",
               # option names, file kinds, encodings and the products they name
               "db", "DB", "ocr", "encoding", "doc", "wps", "xls", "xlsx", "pdf", "PDF", "gb",
               "utf", "postgresql", "PostgreSQL", "SQLite", "Tesseract"}
    words = set(re.findall(r"[A-Za-z]{2,}", shown)) - allowed
    assert not words, words
    missing = jixiao("ingest", store=tmp_path)
    assert missing.returncode == 2 and "缺少必需的参数：路径" in missing.stderr
    wrong = jixiao("check", "--fail-on", "x", store=tmp_path)
    assert "无效的选择：'x'" in wrong.stderr and "error" not in wrong.stderr.split("：")[0]


def test_empty_store_says_to_ingest_first(tmp_path):
    for words in (["check"], ["ask", "预算合计多少？"]):
        result = jixiao(*words, store=tmp_path / "empty")
        assert result.returncode == 2, words
        assert "还没有项目" in result.stderr and "jixiao ingest" in result.stderr


def test_blank_question_asks_for_a_question(store):
    result = jixiao("ask", "   ", store=store)
    assert result.returncode == 2 and "请给出一个问题" in result.stderr


def test_control_characters_in_a_file_name_are_escaped(tmp_path):
    path = tmp_path / "bad\n\x1b[31mname.docx"
    path.write_bytes(os.urandom(512))
    result = jixiao("ingest", str(path), "--no-index", store=tmp_path / "store")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "\x1b" not in result.stderr
    # escaped, whichever reader named it first: no raw newline or escape reaches the terminal
    line = result.stderr.strip()
    assert "\n" not in line and "\x1b" not in line and "name.docx" in line
    assert "bad\\n\\x1b[31mname.docx" in line or "bad\\x0a\\x1b[31mname.docx" in line


def test_serve_on_an_open_address_needs_credentials(tmp_path):
    result = jixiao("serve", "--host", "0.0.0.0", store=tmp_path / "store")
    assert result.returncode == 2
    assert "0.0.0.0:7860" in result.stderr and "JIXIAO_AUTH" in result.stderr
    assert not (tmp_path / "store").exists()  # refused before anything was opened
