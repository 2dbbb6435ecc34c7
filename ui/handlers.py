"""The event handlers: each reads the assistant and returns what the components show.

No lock is taken here: questions from many sessions run side by side, and an upload is read in
a background thread (ui.uploads). The store serialises its own SQLite access where it must."""

from __future__ import annotations

import atexit
import itertools
import shutil
import tempfile
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answer import Answer
from assistant.conversation import Conversation
from assistant.service import Assistant, DepartmentSummary, PolicyUse
from ingest.records import Project, Section
from ui import charts, chat, guide, tables, views
from ui.names import Key, distinct_names
from ui.uploads import Uploads

EXAMPLE_GROUPS = 3
EXAMPLES_PER_GROUP = 3
KEEP_CSV = 200  # CSV downloads kept while the server runs (older ones are removed)


def _any(values: list[str]) -> list[tuple[str, str]]:
    """Filter choices with «全部» (no filter) first."""
    return [("全部", "")] + [(v, v) for v in values]


@dataclass
class ChatSession:
    """One browser session's chat: the assistant's conversation and what the page shows."""

    conversation: Conversation = field(default_factory=Conversation)
    turns: list[chat.Turn] = field(default_factory=list)
    last: Answer | None = None


@dataclass(frozen=True)
class Snapshot:
    """What the pages show of the store, read once per state of the assistant's catalog."""

    projects: list[Project]
    names: dict[Key, str]
    summaries: list[DepartmentSummary]
    uses: list[PolicyUse]
    sections: list[Section]
    findings: list


class Handlers:
    def __init__(self, assistant: Assistant, max_upload_mb: int):
        self.assistant = assistant
        self.uploads = Uploads(assistant, max_upload_mb, warm=self.snapshot)
        self._snapshot: tuple[object, Snapshot] | None = None
        self._snapshot_lock = threading.Lock()  # one reader rebuilds it; the rest reuse it
        # CSV downloads: one folder for this app, removed when the process ends (SIGTERM too:
        # `jixiao serve` turns it into a normal exit).
        self.csv_dir = Path(tempfile.mkdtemp(prefix="jixiao-csv-"))
        atexit.register(self.close)
        self._csv_count = itertools.count(1)
        self.refreshed_count = 0  # how many components refresh() fills (set by build_app)

    def close(self) -> None:
        shutil.rmtree(self.csv_dir, ignore_errors=True)

    def snapshot(self) -> Snapshot:
        """The store as the pages show it; rebuilt when the assistant rebuilt its catalog."""
        engine = self.assistant.engine  # replaced by the assistant after every stored change
        cached = self._snapshot
        if cached and cached[0] is engine:
            return cached[1]
        with self._snapshot_lock:
            cached = self._snapshot
            if cached and cached[0] is engine:
                return cached[1]
            projects = self.assistant.projects()
            snap = Snapshot(projects, distinct_names(projects), self.assistant.overview(),
                            self.assistant.policy_index(), self.assistant.library.facts.sections(),
                            self.assistant.findings(projects) if projects else [])
            self._snapshot = (engine, snap)
            return snap

    # -- chat ------------------------------------------------------------------------------

    def reply(self, question: str, session: ChatSession | None):
        session = session or ChatSession()
        question = (question or "").strip()
        if not question:  # answered at once: no model, no search
            session.turns = session.turns + [chat.Turn("", None, chat.EMPTY_QUESTION)]
            names = self.snapshot().names if self._snapshot else {}
            return (chat.chat_html(session.turns, names), "", session,
                    *(gr.update() for _ in range(4)))
        try:
            answer = self.assistant.ask(question, session.conversation)
        except Exception as err:  # the page must not spin forever: say so, log the details
            traceback.print_exc()
            notice = f"这个问题没能回答（{type(err).__name__}）。请换个问法再试，或把问题告诉维护人员。"
            session.turns = session.turns + [chat.Turn(question, None, notice)]
            names = self.snapshot().names
            return (chat.chat_html(session.turns, names), "", session,
                    *(gr.update() for _ in range(4)))
        session.last = answer
        session.turns = session.turns + [chat.Turn(question, answer)]
        names = self.snapshot().names
        return (chat.chat_html(session.turns, names), "", session,
                *self._evidence(answer, names))

    def _evidence(self, answer: Answer | None, names: dict[Key, str]):
        """The list table with its CSV, the source picker and the first cited table."""
        rows = views.table_rows(answer) if answer else []
        if rows:
            n = next(self._csv_count)
            folder = self.csv_dir / str(n)
            folder.mkdir()
            shutil.rmtree(self.csv_dir / str(n - KEEP_CSV), ignore_errors=True)
            path = views.write_csv(rows, folder / "问答结果.csv")
            table = gr.update(value=tables.rows_html(rows), visible=True)
            csv = gr.update(value=str(path), visible=True)
        else:
            table, csv = gr.update(value="", visible=False), gr.update(value=None, visible=False)
        choices = chat.citation_choices(answer, names) if answer else []
        first = choices[0][1] if choices else None
        picker = gr.update(choices=choices, value=first, visible=bool(choices))
        if answer is not None and not choices:
            hint = ("这个回答没有引用表格行。" if not answer.citations
                    else "这个回答引用的是正文段落，见左侧回答下的「来源」。")
            return table, csv, picker, tables.project_html(None, hint=hint)
        return table, csv, picker, self.source_table(first, answer)

    def pick_source(self, value: str | None, session: ChatSession | None) -> str:
        return self.source_table(value, session.last if session else None)

    def source_table(self, value: str | None, answer: Answer | None) -> str:
        if not value:
            return tables.project_html(None)
        source, table, row = views.parse_choice(value)
        project = tables.find_project(self.snapshot().projects, source, table)
        rows = chat.cited_rows(answer, source, table) if answer else set()
        return tables.project_html(project, rows, row)

    def clear(self):
        session = ChatSession()
        table, csv, picker, _ = self._evidence(None, {})
        return (chat.chat_html([], {}), "", session, table, csv, picker, self.about())

    def about(self) -> str:
        """The first screen's evidence column: what the stored documents are about."""
        snap = self.snapshot()
        return guide.about_html(snap.summaries, snap.projects, snap.sections, snap.names)

    def api_ask(self, question: str) -> dict[str, Any]:
        """The /ask endpoint: one question, no conversation; the `jixiao ask --json` record."""
        question = (question or "").strip()
        if not question:
            return Answer("", chat.EMPTY_QUESTION, False).to_record()
        return self.assistant.ask(question).to_record()

    # -- browse ----------------------------------------------------------------------------

    def filter_rows(self, level1: str | None, level2: str | None, policy: str | None):
        snap = self.snapshot()
        matches = tables.matching_rows(snap.projects, level1, level2, policy)
        filtered = bool(level1 or level2 or policy)
        hit = list({id(p): p for p, _ in matches}.values()) if filtered else snap.projects
        choices = tables.project_choices(hit, snap.names)
        first = choices[0][1] if choices else None
        return (tables.matches_html(matches, filtered, snap.names),
                gr.update(choices=choices, value=first),
                *self.browse_view(first, level1, level2, policy))

    def pick_level1(self, level1: str | None, policy: str | None):
        """A new 一级 resets the 二级 choices to those under it, then filters."""
        _, twos = tables.level_choices(self.snapshot().projects, level1)
        return (gr.update(choices=_any(twos), value=""), *self.filter_rows(level1, "", policy))

    def browse_view(self, value: str | None, level1: str | None, level2: str | None,
                    policy: str | None):
        """The chosen project's table (filter matches marked) and its spending plan bars."""
        snap = self.snapshot()
        project = None
        if value:
            source, table, _ = views.parse_choice(value)
            project = tables.find_project(snap.projects, source, table)
        if project is None:
            return tables.project_html(None, hint="选择一个项目，这里显示它的绩效目标表。"), ""
        rows = ({i.locator.row for _, i in tables.matching_rows([project], level1, level2, policy)}
                if (level1 or level2 or policy) else set())
        return tables.project_html(project, rows), charts.spending_html(project)

    def report(self, suffix: str):
        """The 体检 report a reviewer sends back, as a file to download (.docx or .xlsx)."""
        return gr.update(value=self.report_path(suffix), visible=True)

    def report_path(self, suffix: str) -> str | None:
        from assistant.checks.report import write_report

        snap = self.snapshot()
        if not snap.projects:
            return None
        path = self.csv_dir / f"体检报告-{next(self._csv_count)}{suffix}"
        return str(write_report(snap.findings, snap.projects, path))

    def pick_finding(self, value: str | None) -> str:
        if not value:
            return tables.project_html(None, hint="选择一条发现，这里显示它所在的行。")
        source, table, row = views.parse_choice(value)
        project = tables.find_project(self.snapshot().projects, source, table)
        return tables.project_html(project, {row}, row)

    # -- refresh and upload ----------------------------------------------------------------

    def refresh(self) -> tuple:
        """Everything that shows the store: first screen, examples, browse, policies, 体检."""
        snap = self.snapshot()
        groups = guide.example_groups(snap.summaries, snap.projects, snap.uses)
        titles, buttons = [], []
        for g in range(EXAMPLE_GROUPS):
            group = groups[g] if g < len(groups) else None
            titles.append(gr.update(value=(f"<div class='jx-reader'><b>{group.reader}</b>"
                                           f"<span>{group.purpose}</span></div>") if group else "",
                                    visible=group is not None))
            for n in range(EXAMPLES_PER_GROUP):
                question = group.questions[n] if group and n < len(group.questions) else ""
                buttons.append(gr.update(value=question, visible=bool(question)))
        ones, twos = tables.level_choices(snap.projects)
        choices = tables.project_choices(snap.projects, snap.names)
        first = choices[0][1] if choices else None
        return (
            guide.overview_html(snap.summaries), *titles, *buttons,
            tables.projects_html(snap.projects), charts.budget_chart_html(snap.projects, snap.names),
            gr.update(choices=_any(ones), value=""), gr.update(choices=_any(twos), value=""),
            gr.update(choices=_any(tables.policy_choices(snap.uses)), value=""),
            tables.matches_html([], False, snap.names), gr.update(choices=choices, value=first),
            *self.browse_view(first, None, None, None),
            tables.policy_html(snap.uses, snap.names), tables.findings_html(snap.findings, snap.names),
            gr.update(choices=tables.finding_choices(snap.findings, snap.names), value=None),
            tables.project_html(None, hint="选择一条发现，这里显示它所在的行。"),
        )

    def upload(self, files: list[str] | None):
        """Keep the files, ingest them in the background, and show progress until done."""
        untouched = [gr.update() for _ in range(self.refreshed_count)]
        if not files:
            yield views.report_html([]), gr.update(), *untouched
            return
        job = self.uploads.start([Path(f) for f in files])
        yield job.progress_html(), gr.update(value=None), *untouched
        while not job.finished.wait(0.3):
            yield job.progress_html(), gr.update(), *untouched
        yield views.report_html(job.reports), gr.update(value=None), *self.refresh()
