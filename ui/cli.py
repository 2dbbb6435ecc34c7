"""The `jixiao` command: ingest, projects, show, ask, chat, eval, check, serve."""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

# Before gradio or sentence-transformers import huggingface_hub: models come from local folders.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

from ingest.records import Project  # noqa: E402
from store.settings import load_settings  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    settings = load_settings(store=args.store)
    from store.facts import StoreError

    try:
        return args.handler(args, settings)
    except StoreError as err:
        print(str(err), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", type=Path, default=None,
                        help="store folder (default: $JIXIAO_STORE or ~/.local/share/jixiao)")
    parser = argparse.ArgumentParser(prog="jixiao", description="绩效问答：绩效目标表问答与体检",
                                     parents=[common])
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("ingest", parents=[common], help="read .docx / text exports into the store")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--no-index", action="store_true",
                   help="skip building the vector index now (it is built on first retrieval)")
    p.set_defaults(handler=_ingest)

    p = sub.add_parser("projects", parents=[common], help="list the projects in the store")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_projects)

    p = sub.add_parser("show", parents=[common], help="one project as a readable table")
    p.add_argument("code")
    p.set_defaults(handler=_show)

    p = sub.add_parser("ask", parents=[common], help="answer a question with cited rows")
    p.add_argument("question", nargs="?")
    p.add_argument("--batch", type=Path, help="JSON lines {id, question, history?}")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_ask)

    p = sub.add_parser("chat", parents=[common], help="an interactive conversation")
    p.set_defaults(handler=_chat)

    p = sub.add_parser("eval", parents=[common], help="score a gold file, with a naive RAG baseline")
    p.add_argument("gold", type=Path)
    p.add_argument("--no-baseline", action="store_true")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=_eval)

    p = sub.add_parser("check", parents=[common], help="体检: find inconsistencies in the tables")
    p.add_argument("paths", nargs="*", type=Path, help="files to check (default: the store)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--fail-on", choices=("error", "warning"), default=None)
    p.set_defaults(handler=_check)

    p = sub.add_parser("serve", parents=[common], help="start the web app")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.set_defaults(handler=_serve)
    return parser


def _assistant(settings):
    from assistant.service import Assistant

    return Assistant.open(settings)


# -- ingest / browse ----------------------------------------------------------------------

def _ingest(args, settings) -> int:
    from store.library import expand_paths
    from ui.views import STATUS_LABELS

    assistant = _assistant(settings)
    files = expand_paths(args.paths)
    missing = [p for p in args.paths if not p.exists()]
    bar = None
    if len(files) > 3 and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", desc="ingest")
    reports = assistant.ingest(args.paths, progress=(lambda _p: bar.update(1)) if bar else None)
    if bar:
        bar.close()
    for r in reports:
        if r.ok:
            line = (f"{r.path}: {STATUS_LABELS[r.status]} — {r.projects} 个项目，{r.indicators} 条指标，"
                    f"{r.references} 个依据文件，{r.sections} 段文字")
            print(line + (f"（{r.message}）" if r.message else ""))
            for w in r.warnings:
                print(f"  警告：{w}")
        else:
            print(r.message, file=sys.stderr)
    if not files and not missing:
        print(f"没有找到可读取的文件（支持 .docx 和 .txt）：{' '.join(map(str, args.paths))}",
              file=sys.stderr)
        return 2
    if any(r.status in ("ingested", "replaced") for r in reports) and not args.no_index:
        added = assistant.library.sync_vectors()
        print(f"向量索引：新增 {added} 段")
    failed = [r for r in reports if not r.ok]
    if not reports or len(failed) == len(reports):
        return 2
    return 1 if failed else 0




def project_record(p: Project) -> dict[str, Any]:
    """A project as the JSON of `jixiao projects --json`."""
    return {
        "code": p.code, "name": p.name, "source": p.locator.source, "budget": _num(p.budget),
        "fiscal": _num(p.fiscal), "other": _num(p.other), "unit": p.unit,
        "spending_plan": [{"period": s.period, "month": s.month, "percent": _num(s.percent)}
                          for s in p.spending_plan],
        "goal": p.goal, "use": p.use,
        "indicators": [
            {"level1": i.level1, "level2": i.level2, "level3": i.level3,
             "description": i.description, "value_raw": i.value.raw,
             "comparator": i.value.comparator, "number": _num(i.value.number),
             "unit": i.value.unit, "normalized": _num(i.value.normalized),
             "base_unit": i.value.base_unit,
             "deadline": i.value.deadline.isoformat() if i.value.deadline else None,
             "basis": i.basis, "policy_refs": [r.canonical for r in i.policy_refs],
             "locator": {"source": i.locator.source, "table": i.locator.table, "row": i.locator.row}}
            for i in p.indicators],
    }


def _num(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def _projects(args, settings) -> int:
    projects = _assistant(settings).projects()
    if args.json:
        print(json.dumps([project_record(p) for p in projects], ensure_ascii=False, indent=1))
        return 0
    if not projects:
        print("库中还没有项目。先运行：jixiao ingest 文件或文件夹")
        return 0
    for p in projects:
        print(f"{p.locator.table:>3}  {p.code}  {p.budget or '—':>10} {p.unit}  {p.name}"
              f"  ({len(p.indicators)} 条指标, {p.locator.source})")
    from store.facts import from_fen, to_fen

    # Tables may be in 元 or 万元: add in 分, show in 万元.
    total = from_fen(sum(to_fen(p.budget, p.unit) or 0 for p in projects), "万元")
    print(f"共 {len(projects)} 个项目，预算合计 {total:f} 万元")
    return 0


def _show(args, settings) -> int:
    from ui.text_tables import render_project

    project = _assistant(settings).project(args.code)
    if project is None:
        print(f"没有找到项目编码 {args.code}。用 jixiao projects 查看全部项目。", file=sys.stderr)
        return 1
    print(render_project(project))
    return 0


# -- ask / chat / eval --------------------------------------------------------------------

def _ask(args, settings) -> int:
    from assistant.conversation import Conversation

    assistant = _assistant(settings)
    if args.batch:
        try:
            lines = args.batch.read_text(encoding="utf-8").splitlines()
        except OSError as err:
            print(f"{args.batch}: 无法读取（{err.strerror}）", file=sys.stderr)
            return 2
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                question = item["question"]
            except (json.JSONDecodeError, KeyError, TypeError):
                print(f"{args.batch}:{n}: 不是 {{\"id\", \"question\"}} 形式的 JSON 行", file=sys.stderr)
                return 2
            conversation = Conversation()
            for earlier in item.get("history") or []:
                assistant.ask(earlier, conversation)
            answer = assistant.ask(question, conversation)
            print(json.dumps(answer.to_record(item.get("id")), ensure_ascii=False), flush=True)
        return 0
    if not args.question:
        print("用法：jixiao ask \"问题\" [--json]  或  jixiao ask --batch FILE --json", file=sys.stderr)
        return 2
    answer = assistant.ask(args.question)
    if args.json:
        print(json.dumps(answer.to_record(), ensure_ascii=False, indent=1))
    else:
        print(answer.text)
    return 0 if answer.found else 1


def _chat(args, settings) -> int:
    from assistant.conversation import Conversation

    assistant = _assistant(settings)
    conversation = Conversation()
    print("绩效问答 — 输入问题，回车提问；空行或 Ctrl-D 退出。")
    while True:
        try:
            question = input("问> ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            return 0
        answer = assistant.ask(question, conversation)
        print(answer.text)
        print()


def _eval(args, settings) -> int:
    from eval.runner import run_eval

    return run_eval(args.gold, settings, baseline=not args.no_baseline, as_json=args.json)


# -- check / serve ------------------------------------------------------------------------

def _check(args, settings) -> int:
    from assistant.checks import format_report, run_checks

    if args.paths:
        from ingest import read_document
        from ingest.errors import IngestError
        from store.library import expand_paths

        projects, failed = [], False
        for path in expand_paths(args.paths):
            try:
                projects.extend(read_document(path).projects)
            except IngestError as err:
                print(str(err), file=sys.stderr)
                failed = True
        if failed and not projects:
            return 2
    else:
        projects = _assistant(settings).projects()
    findings = run_checks(projects)
    if args.json:
        print(json.dumps([f.to_record() for f in findings], ensure_ascii=False, indent=1))
    else:
        print(format_report(findings, projects))
    levels = {"error": ("error",), "warning": ("error", "warning")}.get(args.fail_on or "", ())
    return 1 if any(f.severity in levels for f in findings) else 0


def _serve(args, settings) -> int:
    from ui.app import ensure_sample, launch

    assistant = _assistant(settings)
    ensure_sample(assistant)
    # Build the vector index and load the model while the first page loads, not on the first
    # open question.
    threading.Thread(target=assistant.library.sync_vectors, daemon=True).start()
    launch(assistant, settings, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
