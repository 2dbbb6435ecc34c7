"""The Gradio app, a thin shell over Assistant: an evidence desk (chat beside the cited table),
browse, 依据文件, 体检 and upload."""

from __future__ import annotations

import os
import time

# Before gradio is imported: no telemetry and no version check, so nothing leaves the machine.
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

from importlib import resources  # noqa: E402

import gradio as gr  # noqa: E402

from assistant.service import Assistant  # noqa: E402
from store.settings import Settings  # noqa: E402
from ui import chat, tables, views  # noqa: E402
from ui.handlers import EXAMPLE_GROUPS, EXAMPLES_PER_GROUP, Handlers  # noqa: E402

# System fonts only: a Google font would make every page load reach out to the internet.
SYSTEM_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
                "WenQuanYi Micro Hei", "system-ui", "sans-serif"]
MONO_FONTS = ["Noto Sans Mono CJK SC", "DejaVu Sans Mono", "monospace"]
# Starts of the server tried when Gradio's own first probe of its page times out
LAUNCH_ATTEMPTS = 3
QUESTION_CONCURRENCY = 16  # questions answered side by side (threads); they take no lock
# Gradio deletes the files it cached for this app (downloads, uploads) this often, and all of
# them when the server shuts down.
CACHE_CLEANUP = (3600, 3600)

# Runs in the browser the moment a question is sent: the question and a Chinese progress line
# appear at once, before the server has even received it.
PENDING_JS = """
(question) => {
  const text = (question || '').trim();
  const log = document.querySelector('#jx-chat .jx-log');
  if (!text || !log) return question;
  log.querySelector('.jx-placeholder')?.remove();
  const turn = document.createElement('div');
  turn.className = 'jx-turn jx-pending';
  const user = document.createElement('div');
  user.className = 'jx-user';
  user.textContent = text;
  const bot = document.createElement('div');
  bot.className = 'jx-bot jx-wait';
  bot.setAttribute('role', 'status');
  bot.innerHTML = "<span class='jx-spinner' aria-hidden='true'></span>正在查找答案…";
  turn.append(user, bot);
  log.append(turn);
  log.scrollTop = turn.offsetTop;
  return question;
}
"""
# After an answer: the newest question at the top of the log, its answer below it.
SCROLL_JS = """
() => {
  const log = document.querySelector('#jx-chat .jx-log');
  const turns = log ? log.querySelectorAll('.jx-turn') : [];
  if (turns.length) log.scrollTop = turns[turns.length - 1].offsetTop;
}
"""
# Gradio's own words that can reach a user (upload size, lost connection, the upload area's
# screen-reader label) are English; they are put into Chinese as they appear.
TRANSLATE_JS = """
() => {
  const texts = [
    [/File\\(s\\) exceed the maximum allowed size of ([^:]+): (.*)/, '文件超过大小上限 $1：$2'],
    [/Invalid file type.*/, '不支持的文件类型'],
    [/Connection errored out\\.?/, '与服务器的连接中断，请刷新页面后重试。'],
    [/^\\s*Error\\s*$/, '错误'], [/^\\s*Warning\\s*$/, '注意'], [/^\\s*Info\\s*$/, '提示'],
  ];
  const labels = {
    'Click to upload or drop files': '点击选择或拖入文件',
    'Gradio footer navigation': '页脚导航',
    'Close': '关闭', 'Clear': '清除', 'Remove': '移除', 'Download': '下载',
  };
  const fix = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      for (const [pattern, zh] of texts) {
        if (pattern.test(t.data)) t.data = t.data.replace(pattern, zh);
      }
    }
    const named = [root, ...root.querySelectorAll('[aria-label]')];
    for (const el of named) {
      const zh = labels[el.getAttribute?.('aria-label')];
      if (zh) el.setAttribute('aria-label', zh);
    }
  };
  fix(document.body);
  new MutationObserver((changes) => changes.forEach((c) => {
    if (c.type === 'characterData' && c.target.parentElement) fix(c.target.parentElement);
    c.addedNodes.forEach((n) => {
      if (n.nodeType === 1) fix(n);
      else if (n.nodeType === 3 && n.parentElement) fix(n.parentElement);
    });
  })).observe(document.body, {childList: true, subtree: true, characterData: true});
}
"""


def theme() -> gr.themes.Base:
    return gr.themes.Default(font=SYSTEM_FONTS, font_mono=MONO_FONTS)


def css() -> str:
    return resources.files("ui").joinpath("style.css").read_text(encoding="utf-8")


def build_app(assistant: Assistant, settings: Settings) -> gr.Blocks:
    """The whole UI as one Blocks; launch it with `launch` (theme, CSS, limits, privacy)."""
    h = Handlers(assistant, settings.max_upload_mb)
    h.snapshot()  # overview, browse, policies and 体检 of the whole store: built before any visitor
    private = {"api_visibility": "private"}
    quiet = {"api_visibility": "private", "show_progress": "hidden"}
    no_filter = {"choices": [("全部", "")], "value": ""}
    with gr.Blocks(title="绩效问答", analytics_enabled=False, delete_cache=CACHE_CLEANUP) as app:
        app.jixiao_handlers = h  # type: ignore[attr-defined]  (tests and shutdown reach it)
        session = gr.State(None)
        gr.HTML("<h1 class='jx-title'>绩效问答 · 预算绩效目标表</h1><p class='jx-meta'>"
                "问部门预算绩效目标表里的项目、预算和指标；每个回答都注明出自哪张表的哪一行，"
                "并在「出处」一栏显示那张表。</p>")
        with gr.Tabs():
            with gr.Tab("首页 / 问答", id="chat"):
                with gr.Row(elem_id="jx-desk", equal_height=False):
                    with gr.Column(scale=5, min_width=440, elem_id="jx-chat-col"):
                        overview = gr.HTML(elem_id="jx-overview")
                        titles, examples = [], []
                        with gr.Row(elem_id="jx-examples"):
                            for _ in range(EXAMPLE_GROUPS):
                                with gr.Column(min_width=140):
                                    titles.append(gr.HTML(visible=False))
                                    examples += [gr.Button("", visible=False, size="sm",
                                                           elem_classes="jx-example")
                                                 for _ in range(EXAMPLES_PER_GROUP)]
                        chat_log = gr.HTML(chat.chat_html([], {}), elem_id="jx-chat")
                        with gr.Row():
                            question = gr.Textbox(label="问题", show_label=False, scale=8, elem_id="jx-question",
                                                  lines=1, max_lines=4,
                                                  placeholder="输入问题，回车提问；可以追问「它的呢？」")
                            send = gr.Button("提问", variant="primary", scale=0, min_width=80,
                                             elem_id="jx-send")
                            clear = gr.Button("新对话", scale=0, min_width=90, elem_id="jx-clear")
                    with gr.Column(scale=6, min_width=440, elem_id="jx-evidence"):
                        gr.HTML("<h3 class='jx-evidence-title'>出处</h3>")
                        source_pick = gr.Dropdown(label="查看来源所在的绩效目标表", visible=False,
                                                  elem_id="jx-source-pick")
                        source_table = gr.HTML(tables.project_html(None), elem_id="jx-source-table")
                        list_table = gr.HTML(visible=False, elem_id="jx-list")
                        csv = gr.DownloadButton("下载列表结果（CSV）", visible=False, size="sm",
                                                elem_id="jx-csv")
            with gr.Tab("项目浏览", id="browse"):
                projects_table = gr.HTML(elem_id="jx-projects")
                budget_chart = gr.HTML(elem_id="jx-budget")
                with gr.Row():
                    level1 = gr.Dropdown(label="一级指标", elem_id="jx-level1", **no_filter)
                    level2 = gr.Dropdown(label="二级指标", elem_id="jx-level2", **no_filter)
                    policy = gr.Dropdown(label="依据文件", elem_id="jx-policy", **no_filter)
                matches = gr.HTML(elem_id="jx-matches")
                with gr.Row(equal_height=False):
                    with gr.Column(scale=2, min_width=300):
                        browse_pick = gr.Dropdown(label="查看项目的绩效目标表",
                                                  elem_id="jx-browse-pick")
                    with gr.Column(scale=3, min_width=300):
                        spending_plot = gr.HTML(elem_id="jx-spending")
                browse_table = gr.HTML(elem_id="jx-browse-table")
            with gr.Tab("依据文件", id="policies"):
                gr.HTML("<p>各项目和指标引用的政策文件（文号统一写法），以及引用它们的项目和指标行。</p>")
                policies = gr.HTML(elem_id="jx-policies")
            with gr.Tab("体检", id="checks"):
                gr.HTML("<p>对各项目的一致性检查：预算、指标值、依据等对不上的地方，按项目列出。"
                        "把鼠标停在规则名上可以看到规则的依据。</p>")
                with gr.Row():
                    report_docx = gr.Button("生成体检报告（Word）", elem_id="jx-report-docx")
                    report_xlsx = gr.Button("生成体检报告（Excel）", elem_id="jx-report-xlsx")
                report_file = gr.File(label="体检报告", elem_id="jx-report-file", interactive=False,
                                      visible=False)
                findings = gr.HTML(elem_id="jx-findings")
                finding_pick = gr.Dropdown(label="查看发现所在的行", elem_id="jx-finding-pick")
                finding_table = gr.HTML(elem_id="jx-finding-table")
            with gr.Tab("上传", id="upload"):
                gr.HTML(f"<p>上传绩效目标表：{views.accepted_types()}，单个文件不超过 "
                        f"{settings.max_upload_mb} MB。读不了的文件会说明原因，数据库保持不变；"
                        "入库在后台进行，期间可以照常提问。</p>")
                files = gr.File(label="选择文件", file_count="multiple", elem_id="jx-files")
                ingest = gr.Button("入库", variant="primary", elem_id="jx-ingest")
                report = gr.HTML(elem_id="jx-report")
        with gr.Row(visible=False):  # the public API: /ask, question in, answer record out
            api_question = gr.Textbox(label="问题")
            api_answer = gr.JSON(label="回答")

        chat_out = [chat_log, question, session, list_table, csv, source_pick, source_table]
        refreshed = [overview, *titles, *examples, projects_table, budget_chart, level1, level2,
                     policy, matches, browse_pick, browse_table, spending_plot, policies, findings,
                     finding_pick, finding_table]
        h.refreshed_count = len(refreshed)
        asking = {**quiet, "concurrency_limit": QUESTION_CONCURRENCY}
        for trigger, source in ((question.submit, question), (send.click, question),
                                *((b.click, b) for b in examples)):
            trigger(None, [source], None, js=PENDING_JS, **private).then(
                h.reply, [source, session], chat_out, **asking).then(
                None, None, None, js=SCROLL_JS, **private)
        clear.click(h.clear, None, chat_out, **quiet)
        report_docx.click(lambda: h.report(".docx"), None, report_file, **quiet)
        report_xlsx.click(lambda: h.report(".xlsx"), None, report_file, **quiet)
        source_pick.input(h.pick_source, [source_pick, session], source_table, **quiet)
        level1.input(h.pick_level1, [level1, policy],
                     [level2, matches, browse_pick, browse_table, spending_plot], **quiet)
        for dropdown in (level2, policy):
            dropdown.input(h.filter_rows, [level1, level2, policy],
                           [matches, browse_pick, browse_table, spending_plot], **quiet)
        browse_pick.input(h.browse_view, [browse_pick, level1, level2, policy],
                          [browse_table, spending_plot], **quiet)
        finding_pick.input(h.pick_finding, finding_pick, finding_table, **quiet)
        ingest.click(h.upload, files, [report, files, *refreshed], concurrency_limit=4, **quiet)
        app.load(h.refresh, None, refreshed, **quiet)
        app.load(h.about, None, source_table, **quiet)
        api_question.submit(h.api_ask, api_question, api_answer, api_name="ask",
                            concurrency_limit=QUESTION_CONCURRENCY)
    return app


def launch(assistant: Assistant, settings: Settings, host: str = "127.0.0.1", port: int = 7860,
           auth: list[tuple[str, str]] | None = None) -> gr.Blocks:
    """Serve the app on host:port, private and offline (no share link, no telemetry, no CDN).

    Returns at once; `jixiao serve` then blocks (ui.cli). `auth` turns on Gradio's login."""
    app = build_app(assistant, settings)
    app.queue(default_concurrency_limit=4)
    for attempt in range(LAUNCH_ATTEMPTS):
        try:
            app.launch(server_name=host, server_port=port, share=False, inbrowser=False,
                       prevent_thread_lock=True, max_file_size=f"{settings.max_upload_mb}mb",
                       theme=theme(), css=css(), js=TRANSLATE_JS, footer_links=["api"], ssr_mode=False,
                       mcp_server=False, pwa=False, enable_monitoring=False, show_error=True, quiet=True,
                       auth=auth, auth_message="绩效问答：请输入用户名和密码。" if auth else None)
            return app
        except ValueError as err:
            # Gradio probes its own page once it has started, with a 3 s timeout and no retry on
            # a timeout; on two busy cores the first page can take longer. Close and start again.
            if "localhost is not accessible" not in str(err):
                raise
            app.close(verbose=False)
            if attempt == LAUNCH_ATTEMPTS - 1:
                raise
            time.sleep(1 + attempt)
    return app
