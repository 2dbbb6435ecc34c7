"""The Gradio app, a thin shell over Assistant: chat with sources, browse, policies, 体检, upload."""

from __future__ import annotations

import os

# Before gradio is imported: no telemetry and no version check, so nothing leaves the machine.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import atexit
import itertools
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answer import Answer
from assistant.conversation import Conversation
from assistant.service import Assistant
from store.library import IngestReport
from store.settings import SAMPLE_DIR, Settings
from ui import tables, views

N_EXAMPLES = 6
# System fonts only: a Google font would make every page load reach out to the internet.
SYSTEM_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
                "WenQuanYi Micro Hei", "system-ui", "sans-serif"]
MONO_FONTS = ["Noto Sans Mono CJK SC", "DejaVu Sans Mono", "monospace"]
CSS = """
.jx-card {border:1px solid #d8dee8; border-radius:8px; padding:10px 14px; margin-bottom:8px}
.jx-card h3 {margin:0 0 6px 0}
.jx-stats span {margin-right:18px}
.jx-headline {margin:6px 0; color:#333}
.jx-files, .jx-meta {color:#666; font-size:0.9em; margin:2px 0}
.jx-empty {color:#666; padding:8px}
.jx-table {border-collapse:collapse; width:100%; font-size:0.9em}
.jx-table th, .jx-table td {border:1px solid #d0d7de; padding:4px 6px; vertical-align:top}
.jx-table th {background:#f3f5f8}
.jx-table tr.jx-cited td {background:#fff3b0}
.jx-table tr.jx-focus td {background:#ffd34d; font-weight:600}
.jx-sources summary, .jx-policy summary, .jx-findings summary {cursor:pointer}
.jx-cell {color:#555}
.jx-sev-error {color:#b42318}
.jx-sev-warning {color:#9a6700}
"""


@dataclass
class ChatSession:
    """One browser session's chat: the assistant's conversation and what the chatbot shows."""

    conversation: Conversation = field(default_factory=Conversation)
    messages: list[dict[str, str]] = field(default_factory=list)
    last: Answer | None = None


def _any(values: list[str]) -> list[tuple[str, str]]:
    """Filter choices with «全部» (no filter) first."""
    return [("全部", "")] + [(v, v) for v in values]


def theme() -> gr.themes.Base:
    return gr.themes.Default(font=SYSTEM_FONTS, font_mono=MONO_FONTS)


def ensure_sample(assistant: Assistant) -> list[IngestReport]:
    """Ingest the bundled sample documents when the store holds no project yet."""
    if assistant.projects():
        return []
    return assistant.ingest(sorted(SAMPLE_DIR.glob("*.docx")))


class Handlers:
    """The event handlers: each reads the assistant and returns what the components show."""

    def __init__(self, assistant: Assistant):
        self.assistant = assistant
        # One SQLite connection serves every session; Gradio runs handlers in threads.
        self.lock = threading.Lock()
        # CSV downloads: one folder for this app, removed when the process ends.
        self.csv_dir = Path(tempfile.mkdtemp(prefix="jixiao-csv-"))
        atexit.register(shutil.rmtree, self.csv_dir, True)
        self._csv_count = itertools.count(1)

    # -- chat ------------------------------------------------------------------------------

    def reply(self, question: str, session: ChatSession | None):
        session = session or ChatSession()
        question = (question or "").strip()
        if not question:
            return (session.messages, "", session, *self._answer_extras(session.last))
        with self.lock:
            answer = self.assistant.ask(question, session.conversation)
        session.last = answer
        session.messages = session.messages + [
            {"role": "user", "content": views.esc(question)},
            {"role": "assistant", "content": views.answer_html(answer)},
        ]
        return (session.messages, "", session, *self._answer_extras(answer))

    def _answer_extras(self, answer: Answer | None):
        """The list table, its CSV, the source picker and the first cited table."""
        rows = views.table_rows(answer) if answer else []
        if rows:
            folder = self.csv_dir / str(next(self._csv_count))
            folder.mkdir()
            path = folder / "问答结果.csv"
            views.write_csv(rows, path)
            table = gr.update(value=tables.rows_frame(rows), visible=True)
            csv = gr.update(value=str(path), visible=True)
        else:
            table, csv = gr.update(value=None, visible=False), gr.update(value=None, visible=False)
        choices = views.citation_choices(answer) if answer else []
        first = choices[0][1] if choices else None
        picker = gr.update(choices=choices, value=first, visible=bool(choices))
        return table, csv, picker, self.source_table(first, answer)

    def pick_source(self, value: str | None, session: ChatSession | None) -> str:
        return self.source_table(value, session.last if session else None)

    def source_table(self, value: str | None, answer: Answer | None) -> str:
        if not value:
            return tables.project_html(None)
        source, table, row = views.parse_choice(value)
        with self.lock:
            project = tables.find_project(self.assistant.projects(), source, table)
        rows = views.cited_rows(answer, source, table) if answer else set()
        return tables.project_html(project, rows, row)

    def clear(self):
        session = ChatSession()
        return (session.messages, "", session, *self._answer_extras(None))

    def api_ask(self, question: str) -> dict[str, Any]:
        """The /ask endpoint: one question, no conversation; the `jixiao ask --json` record."""
        with self.lock:
            return self.assistant.ask(question or "").to_record()

    # -- browse ----------------------------------------------------------------------------

    def filter_rows(self, level1: str | None, level2: str | None, policy: str | None):
        with self.lock:
            projects = self.assistant.projects()
        matches = tables.matching_rows(projects, level1, level2, policy)
        filtered = bool(level1 or level2 or policy)
        hit = list(dict.fromkeys(p for p, _ in matches)) if filtered else projects
        choices = tables.project_choices(hit)
        first = choices[0][1] if choices else None
        return (tables.matches_frame(matches), gr.update(choices=choices, value=first),
                *self.browse_view(first, level1, level2, policy))

    def pick_level1(self, level1: str | None, policy: str | None):
        """A new 一级 resets the 二级 choices to those under it, then filters."""
        with self.lock:
            _, twos = tables.level_choices(self.assistant.projects(), level1)
        return (gr.update(choices=_any(twos), value=""), *self.filter_rows(level1, "", policy))

    def browse_view(self, value: str | None, level1: str | None, level2: str | None,
                    policy: str | None):
        """The chosen project's table (filter matches marked) and its spending plan line."""
        project = None
        if value:
            source, table, _ = views.parse_choice(value)
            with self.lock:
                project = tables.find_project(self.assistant.projects(), source, table)
        spending = tables.spending_frame([project] if project else [])
        plot = gr.update(value=spending, sort=tables.period_order(spending))
        if project is None:
            return tables.project_html(None), plot
        rows = ({i.locator.row for _, i in tables.matching_rows([project], level1, level2, policy)}
                if (level1 or level2 or policy) else set())
        return tables.project_html(project, rows), plot

    def pick_finding(self, value: str | None) -> str:
        if not value:
            return tables.project_html(None)
        source, table, row = views.parse_choice(value)
        with self.lock:
            project = tables.find_project(self.assistant.projects(), source, table)
        return tables.project_html(project, {row}, row)

    # -- refresh and upload ----------------------------------------------------------------

    def refresh(self) -> tuple:
        """Everything that shows the store: first screen, examples, browse, policies, 体检."""
        with self.lock:
            summaries = self.assistant.overview()
            projects = self.assistant.projects()
            uses = self.assistant.policy_index()
            findings = self.assistant.findings() if projects else []
        examples = views.example_questions(projects, uses)[:N_EXAMPLES]
        buttons = [gr.update(value=examples[n], visible=True) if n < len(examples)
                   else gr.update(value="", visible=False) for n in range(N_EXAMPLES)]
        ones, twos = tables.level_choices(projects)
        choices = tables.project_choices(projects)
        first = choices[0][1] if choices else None
        return (
            views.overview_html(summaries), *buttons,
            tables.projects_frame(projects), tables.budget_frame(projects),
            gr.update(choices=_any(ones), value=""), gr.update(choices=_any(twos), value=""),
            gr.update(choices=_any(tables.policy_choices(uses)), value=""),
            tables.matches_frame([]), gr.update(choices=choices, value=first),
            *self.browse_view(first, None, None, None),
            tables.policy_html(uses), tables.findings_html(findings),
            gr.update(choices=tables.finding_choices(findings), value=None),
            tables.project_html(None),
        )

    # A gr.Progress default is how Gradio hands a handler its progress bar.
    def upload(self, files: list[str] | None, progress=gr.Progress()):  # noqa: B008
        paths = [Path(f) for f in (files or [])]
        total = max(len(paths), 1)
        done = []

        def step(path: Path) -> None:
            progress((len(done), total), desc=f"正在读取 {path.name}")
            done.append(path)

        with self.lock:
            reports = self.assistant.ingest(paths, step)
        progress((total, total), desc="完成")
        return (views.report_markdown(reports), gr.update(value=None), *self.refresh())


def build_app(assistant: Assistant, settings: Settings) -> gr.Blocks:
    """The whole UI as one Blocks; launch it with `launch` (theme, CSS, limits, privacy)."""
    h = Handlers(assistant)
    private = {"api_visibility": "private"}
    no_filter = {"choices": _any([]), "value": ""}
    with gr.Blocks(title="绩效问答", analytics_enabled=False) as app:
        session = gr.State(None)
        gr.Markdown("# 绩效问答 · 预算绩效目标表\n问部门预算绩效目标表里的项目、预算和指标；"
                    "每个回答都注明出自哪张表的哪一行。")
        with gr.Tabs():
            with gr.Tab("首页 / 问答", id="chat"):
                overview = gr.HTML(elem_id="jx-overview")
                gr.Markdown("**试试这些问题：**")
                with gr.Row():
                    examples = [gr.Button("", visible=False, size="sm", elem_classes="jx-example")
                                for _ in range(N_EXAMPLES)]
                chatbot = gr.Chatbot(label="对话", height=460, elem_id="jx-chat",
                                     feedback_options=None, buttons=["copy"],
                                     placeholder="在下方输入问题，例如：预算最高的项目是哪个？")
                with gr.Row():
                    question = gr.Textbox(show_label=False, scale=8, elem_id="jx-question",
                                          placeholder="输入问题，回车提问；追问可直接说「它的满意度目标呢？」")
                    send = gr.Button("提问", variant="primary", scale=1, elem_id="jx-send")
                    clear = gr.Button("新对话", scale=1)
                list_table = gr.Dataframe(label="列表结果", visible=False, interactive=False,
                                          wrap=True, elem_id="jx-list")
                csv = gr.DownloadButton("下载 CSV", visible=False, size="sm", elem_id="jx-csv")
                source_pick = gr.Dropdown(label="查看来源所在的绩效目标表", visible=False,
                                          elem_id="jx-source-pick")
                source_table = gr.HTML(elem_id="jx-source-table")
            with gr.Tab("项目浏览", id="browse"):
                projects_df = gr.Dataframe(label="项目", interactive=False, wrap=True)
                budget_plot = gr.BarPlot(x="项目", y="预算数", title="各项目预算数（万元）",
                                         x_label_angle=-40, sort="-y", height=340)
                with gr.Row():
                    level1 = gr.Dropdown(label="一级指标", elem_id="jx-level1", **no_filter)
                    level2 = gr.Dropdown(label="二级指标", elem_id="jx-level2", **no_filter)
                    policy = gr.Dropdown(label="依据文件", elem_id="jx-policy", **no_filter)
                matches_df = gr.Dataframe(label="符合条件的指标行", interactive=False, wrap=True,
                                          elem_id="jx-matches")
                with gr.Row(equal_height=True):
                    browse_pick = gr.Dropdown(label="查看项目的绩效目标表", scale=2,
                                              elem_id="jx-browse-pick")
                    spending_plot = gr.LinePlot(x="时间", y="累计支出比例（%）", color="项目",
                                                title="资金使用计划（累计%）", height=240, y_lim=[0, 100],
                                                scale=3)
                browse_table = gr.HTML(elem_id="jx-browse-table")
            with gr.Tab("依据文件", id="policies"):
                gr.Markdown("各项目和指标引用的政策文件（文号统一写法），以及引用它们的项目和指标行。")
                policies = gr.HTML(elem_id="jx-policies")
            with gr.Tab("体检", id="checks"):
                gr.Markdown("对各项目的一致性检查：预算、指标值、依据等对不上的地方，按项目列出。")
                findings = gr.HTML(elem_id="jx-findings")
                finding_pick = gr.Dropdown(label="查看发现所在的行", elem_id="jx-finding-pick")
                finding_table = gr.HTML(elem_id="jx-finding-table")
            with gr.Tab("上传", id="upload"):
                gr.Markdown(f"上传绩效目标表：Word 文件（.docx）或纯文本导出（.txt），"
                            f"单个文件不超过 {settings.max_upload_mb} MB。读不了的文件会说明原因，数据库保持不变。")
                files = gr.File(label="选择文件", file_count="multiple",
                                file_types=[".docx", ".txt"], elem_id="jx-files")
                ingest = gr.Button("入库", variant="primary", elem_id="jx-ingest")
                report = gr.Markdown(elem_id="jx-report")
        with gr.Row(visible=False):  # the public API: /ask, question in, answer record out
            api_question = gr.Textbox(label="问题")
            api_answer = gr.JSON(label="回答")

        chat_out = [chatbot, question, session, list_table, csv, source_pick, source_table]
        refreshed = [overview, *examples, projects_df, budget_plot, level1, level2, policy,
                     matches_df, browse_pick, browse_table, spending_plot, policies, findings,
                     finding_pick, finding_table]
        for trigger in (question.submit, send.click):
            trigger(h.reply, [question, session], chat_out, **private)
        for button in examples:
            button.click(h.reply, [button, session], chat_out, **private)
        clear.click(h.clear, None, chat_out, **private)
        source_pick.input(h.pick_source, [source_pick, session], source_table, **private)
        level1.input(h.pick_level1, [level1, policy],
                     [level2, matches_df, browse_pick, browse_table, spending_plot], **private)
        for dropdown in (level2, policy):
            dropdown.input(h.filter_rows, [level1, level2, policy],
                           [matches_df, browse_pick, browse_table, spending_plot], **private)
        browse_pick.input(h.browse_view, [browse_pick, level1, level2, policy],
                          [browse_table, spending_plot],
                          **private)
        finding_pick.input(h.pick_finding, finding_pick, finding_table, **private)
        ingest.click(h.upload, files, [report, files, *refreshed], **private)
        app.load(h.refresh, None, refreshed, **private)
        api_question.submit(h.api_ask, api_question, api_answer, api_name="ask")
    return app


def launch(assistant: Assistant, settings: Settings, host: str = "127.0.0.1", port: int = 7860,
           block: bool = True) -> gr.Blocks:
    """Serve the app on host:port, private and offline (no share link, no telemetry, no CDN)."""
    app = build_app(assistant, settings)
    app.queue(default_concurrency_limit=4)
    app.launch(server_name=host, server_port=port, share=False, inbrowser=False,
               prevent_thread_lock=True, max_file_size=f"{settings.max_upload_mb}mb",
               theme=theme(), css=CSS, footer_links=["api"], ssr_mode=False, mcp_server=False,
               pwa=False, enable_monitoring=False, show_error=True, quiet=True)
    if block:
        print(f"绩效问答已启动：{app.local_url}（Ctrl+C 退出）", flush=True)
        app.block_thread()
    return app
