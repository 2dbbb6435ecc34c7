"""The `jixiao` command: ingest, projects, show, ask, chat, eval, check, serve."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
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
from ui.terminal import printable, use_chinese_argparse  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    settings = load_settings(store=args.store, db=args.db)
    from store.facts import StoreError

    try:
        return args.handler(args, settings)
    except StoreError as err:
        print(printable(err), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    use_chinese_argparse()
    parser = argparse.ArgumentParser(
        prog="jixiao", description="绩效问答：对部门预算绩效目标表提问、浏览和体检，每个回答注明出处。",
        epilog="每个子命令都可加 -h 查看用法，例如：jixiao ask -h")
    _store_option(parser, default=None)
    sub = parser.add_subparsers(dest="command", title="子命令", metavar="子命令", help="下列之一")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: `jixiao --store X ingest F` keeps X; a default here would overwrite it.
        _store_option(p, default=argparse.SUPPRESS)
        return p

    p = command("ingest", "把绩效目标表文件（.docx/.doc/.wps/.xlsx/.xls/.pdf/文本导出，"
                          "文件或文件夹）读入数据库")
    p.add_argument("paths", nargs="+", type=Path, metavar="路径", help="文件或文件夹")
    p.add_argument("--no-index", action="store_true",
                   help="暂不建立向量索引（第一次检索时再建）")
    _reading_options(p)
    p.set_defaults(handler=_ingest)

    p = command("projects", "列出库中的项目")
    p.add_argument("--json", action="store_true", help="以 JSON 输出全部字段")
    p.set_defaults(handler=_projects)

    p = command("show", "以表格显示一个项目")
    p.add_argument("code", metavar="项目编码")
    p.set_defaults(handler=_show)

    p = command("ask", "回答一个问题，并注明出自哪张表的哪一行")
    p.add_argument("question", nargs="?", metavar="问题")
    p.add_argument("--batch", type=Path, metavar="文件",
                   help="每行一个 JSON：{\"id\", \"question\", \"history\"?}")
    p.add_argument("--json", action="store_true", help="输出回答记录（JSON）")
    p.set_defaults(handler=_ask)

    p = command("chat", "在终端里连续问答（可以追问）")
    p.set_defaults(handler=_chat)

    p = command("eval", "用标准答案文件评分，并与简单检索基线对比")
    p.add_argument("gold", type=Path, metavar="标准答案文件")
    p.add_argument("--no-baseline", action="store_true", help="不运行基线")
    p.add_argument("--json", action="store_true", help="以 JSON 输出报告")
    p.set_defaults(handler=_eval)

    p = command("check", "体检：找出绩效目标表中前后不一致的地方")
    p.add_argument("paths", nargs="*", type=Path, metavar="路径",
                   help="要检查的文件（默认检查数据库）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出发现")
    p.add_argument("--fail-on", choices=("error", "warning"), default=None,
                   help="有此级别（error=错误，warning=警告及以上）的发现时退出码为 1")
    p.add_argument("--report", type=Path, default=None, metavar="文件",
                   help="另外写出体检报告（.docx 备忘录或 .xlsx 工作簿，按扩展名）")
    _reading_options(p)
    p.set_defaults(handler=_check)

    p = command("serve", "启动网页版")
    p.add_argument("--host", default="127.0.0.1", metavar="地址",
                   help="监听地址（默认 127.0.0.1，只有本机能访问；其他地址需要登录口令）")
    p.add_argument("--port", type=int, default=7860, metavar="端口", help="端口（默认 7860）")
    p.add_argument("--auth-file", type=Path, default=None, metavar="文件",
                   help="登录口令文件，每行「用户名:密码」（也可用环境变量 JIXIAO_AUTH=用户名:密码）")
    p.set_defaults(handler=_serve)
    return parser


def _store_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--store", type=Path, default=default, metavar="目录",
                        help="数据库目录（默认 $JIXIAO_STORE，否则 ~/.local/share/jixiao）")
    parser.add_argument("--db", default=default, metavar="地址",
                        help="共用的 PostgreSQL 数据库，如 postgresql://用户@主机/库名"
                             "（默认 $JIXIAO_DB，否则数据库目录里的 SQLite 文件）")


def _reading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ocr", action="store_true",
                        help="扫描版 PDF 用文字识别（Tesseract，中文）读取；需要较长时间")
    parser.add_argument("--encoding", default=None, metavar="编码",
                        help="文本导出的编码（如 gb18030、utf-8；默认自动识别）")


EMPTY_STORE = ("数据库 {store} 里还没有项目 — 先入库：jixiao ingest 文件或文件夹"
               "（或用 --store 指定已有的数据库目录）")


def _assistant(settings):
    from assistant.service import Assistant

    return Assistant.open(settings)


# -- ingest / browse ----------------------------------------------------------------------

def _ingest(args, settings) -> int:
    from ingest import SUFFIXES
    from store.library import expand_paths
    from ui.views import STATUS_LABELS

    if settings.embed_threads is None:  # a batch ingest has the machine to itself: every core embeds
        settings = settings.model_copy(update={"embed_threads": min(os.cpu_count() or 1, 8)})
    assistant = _assistant(settings)
    files = expand_paths(args.paths)
    missing = [p for p in args.paths if not p.exists()]
    bar = None
    if len(files) > 3 and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="file", desc="ingest")
    reports = assistant.ingest(args.paths, progress=(lambda _p: bar.update(1)) if bar else None,
                               ocr=args.ocr, encoding=args.encoding)
    if bar:
        bar.close()
    for r in reports:
        if r.ok:
            line = (f"{r.path}: {STATUS_LABELS[r.status]} — {r.projects} 个项目，{r.indicators} 条指标，"
                    f"{r.references} 个依据文件，{r.sections} 段文字")
            print(printable(line + (f"（{r.message}）" if r.message else "")))
            for w in r.warnings:
                print(printable(f"  警告：{w}"))
        else:
            print(printable(r.message), file=sys.stderr)
    if not files and not missing:
        kinds = "、".join(SUFFIXES)
        print(printable(f"没有找到可读取的文件（支持 {kinds}）：{' '.join(map(str, args.paths))}"),
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
        print(EMPTY_STORE.format(store=settings.store))
        return 0
    for p in projects:
        print(printable(f"{p.locator.table:>3}  {p.code}  {p.budget or '—':>10} {p.unit}  {p.name}"
                        f"  ({len(p.indicators)} 条指标, {p.locator.source})"))
    from ingest.quantity import from_fen, to_fen

    # Tables may be in 元 or 万元: add in 分, show in 万元.
    total = from_fen(sum(to_fen(p.budget, p.unit) or 0 for p in projects), "万元")
    print(f"共 {len(projects)} 个项目，预算合计 {total:f} 万元")
    return 0


def _show(args, settings) -> int:
    from ui.text_tables import render_project

    project = _assistant(settings).project(args.code)
    if project is None:
        print(printable(f"没有找到项目编码 {args.code}。用 jixiao projects 查看全部项目。"),
              file=sys.stderr)
        return 1
    print(printable(render_project(project), keep_newlines=True))
    return 0


# -- ask / chat / eval --------------------------------------------------------------------

def _ask(args, settings) -> int:
    from assistant.conversation import Conversation

    assistant = _assistant(settings)
    if args.batch:
        if not assistant.projects():
            print(EMPTY_STORE.format(store=settings.store), file=sys.stderr)
            return 2
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
    if not (args.question or "").strip():
        print("请给出一个问题，例如：jixiao ask \"预算合计多少？\"（或 jixiao ask --batch 文件 --json）",
              file=sys.stderr)
        return 2
    if not assistant.projects():
        print(EMPTY_STORE.format(store=settings.store), file=sys.stderr)
        return 2
    answer = assistant.ask(args.question)
    if args.json:
        print(json.dumps(answer.to_record(), ensure_ascii=False, indent=1))
    else:
        if answer.understood:
            print(printable(answer.understood))
        print(printable(answer.text, keep_newlines=True))
    return 0 if answer.found else 1


def _chat(args, settings) -> int:
    from assistant.conversation import Conversation

    assistant = _assistant(settings)
    if not assistant.projects():
        print(EMPTY_STORE.format(store=settings.store), file=sys.stderr)
        return 2
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
        if answer.understood:
            print(printable(answer.understood))
        print(printable(answer.text, keep_newlines=True))
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

        projects, sources, failed = [], [], False
        for path in expand_paths(args.paths):
            try:
                document = read_document(path, ocr=args.ocr, encoding=args.encoding)
            except IngestError as err:
                print(printable(err), file=sys.stderr)
                failed = True
                continue
            projects.extend(document.projects)
            sources.append(document.source)
        if failed and not projects:
            return 2
    else:
        assistant = _assistant(settings)
        projects = assistant.projects()
        sources = assistant.library.facts.sources()
        if not projects:
            print(EMPTY_STORE.format(store=settings.store), file=sys.stderr)
            return 2
    findings = run_checks(projects, sources)
    if args.report is not None:
        from assistant.checks.report import write_report

        try:
            written = write_report(findings, projects, args.report)
        except ValueError as err:
            print(printable(err), file=sys.stderr)
            return 2
        except OSError as err:
            print(printable(f"{args.report}：无法写出报告（{err.strerror}）— 请检查目录和权限"),
                  file=sys.stderr)
            return 2
        print(printable(f"已写出体检报告：{written}"), file=sys.stderr)
    if args.json:
        print(json.dumps([f.to_record() for f in findings], ensure_ascii=False, indent=1))
    else:
        print(printable(format_report(findings, projects), keep_newlines=True))
    levels = {"error": ("error",), "warning": ("error", "warning")}.get(args.fail_on or "", ())
    return 1 if any(f.severity in levels for f in findings) else 0


def _serve(args, settings) -> int:
    from ui.startup import AUTH_ENV, StartupError, prepare, resolve_auth

    try:  # before anything is loaded: an open address without a password never starts
        auth = resolve_auth(args.host, args.port, os.environ.get(AUTH_ENV), args.auth_file)
    except StartupError as err:
        print(printable(err), file=sys.stderr)
        return 2

    def log(line: str) -> None:
        print(printable(line), flush=True)

    assistant = _assistant(settings)
    try:
        prepare(assistant, log)
    except (OSError, RuntimeError, ValueError) as err:  # model folder, cache or index unusable
        print(printable(f"检索模型或索引无法加载（{type(err).__name__}: {err}）— 请检查 "
                        "JIXIAO_EMBED_MODEL、JIXIAO_CACHE 和数据库目录后重试"), file=sys.stderr)
        return 2
    from ui.app import launch

    try:
        app = launch(assistant, settings, host=args.host, port=args.port, auth=auth)
    except OSError as err:
        print(printable(f"无法在 {args.host}:{args.port} 上启动（{err.strerror or '端口已被占用'}）"
                        " — 换一个端口（--port），或先关掉占用它的程序"), file=sys.stderr)
        return 2
    access = f"需要登录（{len(auth)} 个账号）" if auth else "只有本机能访问"
    log(f"绩效问答已启动：http://{args.host}:{args.port}（{access}；Ctrl+C 退出）")
    # SIGTERM (systemd, docker stop, kill) ends like Ctrl+C, so the CSV folder and Gradio's
    # cached files are removed.
    signal.signal(signal.SIGTERM, _stop)
    try:
        while True:
            time.sleep(0.5)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        app.close(verbose=False)
        app.jixiao_handlers.close()
        log("绩效问答已退出。")
    return 0


def _stop(*_: object) -> None:
    """SIGTERM: leave the serve loop as Ctrl+C does; a second signal cannot cut the clean-up."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    sys.exit(0)


if __name__ == "__main__":
    sys.exit(main())
