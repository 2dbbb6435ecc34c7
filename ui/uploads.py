"""Uploads: kept in the store by content, ingested by a background job while questions go on."""

from __future__ import annotations

import hashlib
import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.service import Assistant
from ingest import SUFFIXES
from store.library import IngestReport
from ui.views import accepted_types, esc

UPLOADS = "uploads"
DIGEST_CHARS = 16


def keep_upload(temp: Path, store: Path) -> Path:
    """Move an uploaded file to $STORE/uploads/<sha256 prefix>/<its name>; Gradio's copy goes.

    The stored source keeps the original file name, and the same bytes uploaded twice share
    one folder."""
    digest = hashlib.sha256()
    with temp.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    folder = store / UPLOADS / digest.hexdigest()[:DIGEST_CHARS]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / temp.name
    if not target.exists():
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(temp, partial)
        partial.replace(target)
    remove_temp(temp)
    return target


def remove_temp(temp: Path) -> None:
    """Remove Gradio's upload copy and its per-file folder when that is left empty."""
    temp.unlink(missing_ok=True)
    try:
        temp.parent.rmdir()
    except OSError:
        pass  # not empty or already gone: Gradio's own cache clean-up handles the rest


def prune_uploads(store: Path, referenced: set[str]) -> None:
    """Remove kept uploads no stored source points at (failed, duplicate or replaced files)."""
    root = store / UPLOADS
    if not root.is_dir():
        return
    for path in root.glob("*/*"):
        if str(path) not in referenced:
            path.unlink(missing_ok=True)
    for folder in root.iterdir():
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


@dataclass
class IngestJob:
    """One upload's files, read in a background thread; the page polls its progress."""

    names: list[str]
    reports: list[IngestReport] = field(default_factory=list)
    stage: str = "排队等候前一个上传完成…"
    done: int = 0
    finished: threading.Event = field(default_factory=threading.Event)

    def progress_html(self) -> str:
        total = max(len(self.names), 1)
        percent = int(self.done / total * 100)
        return ("<div class='jx-progress' role='status'>"
                f"<div class='jx-progress-text'>{esc(self.stage)}（{self.done}/{len(self.names)}）</div>"
                f"<div class='jx-progress-track'><div class='jx-progress-bar' "
                f"style='width:{percent}%'></div></div>"
                "<div class='jx-meta'>入库在后台进行，期间可以照常提问。</div></div>")


class Uploads:
    """Runs ingest jobs one at a time in background threads; questions never wait for them."""

    def __init__(self, assistant: Assistant, max_mb: int,
                 on_done: Callable[[], None] = lambda: None,
                 warm: Callable[[], object] = lambda: None):
        self.assistant = assistant
        self.max_mb = max_mb
        self.on_done = on_done
        self.warm = warm  # builds what the pages show, so no page open pays for the new files
        self._one_at_a_time = threading.Lock()

    def start(self, temps: Sequence[Path]) -> IngestJob:
        """Check and keep the files, then ingest them in a thread; returns the job to poll."""
        store = self.assistant.library.settings.store.resolve()
        refused: list[IngestReport] = []
        kept: list[Path] = []
        for temp in temps:
            problem = self._refusal(temp)
            if problem:
                refused.append(IngestReport(str(temp), "failed", message=problem))
                remove_temp(temp)
            else:
                kept.append(keep_upload(temp, store))
        job = IngestJob([p.name for p in temps], reports=refused, done=len(refused))
        threading.Thread(target=self._run, args=(job, kept), daemon=True,
                         name="jixiao-ingest").start()
        return job

    def _refusal(self, temp: Path) -> str:
        if temp.suffix.lower() not in SUFFIXES:
            return (f"{temp.name}: 不支持的文件类型 «{temp.suffix or '无扩展名'}» — "
                    f"请上传 {accepted_types()}")
        size = temp.stat().st_size
        if size > self.max_mb * 1024 * 1024:
            return (f"{temp.name}: 文件有 {size / 1024 / 1024:.1f} MB，超过上限 {self.max_mb} MB — "
                    "请拆分文件，或让管理员调大 JIXIAO_MAX_UPLOAD_MB")
        return ""

    def _run(self, job: IngestJob, paths: list[Path]) -> None:
        library = self.assistant.library
        with self._one_at_a_time:
            try:
                def step(path: Path) -> None:
                    job.stage = f"正在读取 {path.name}"

                for path in paths:
                    job.reports.extend(self.assistant.ingest([path], step))
                    job.done += 1
                if any(r.status in ("ingested", "replaced") for r in job.reports):
                    # The new text is embedded here, so no question pays for it later.
                    job.stage = "正在更新检索索引"
                    library.sync_vectors()
                    _ = self.assistant.engine
                    job.stage = "正在更新页面"
                    self.warm()
                job.stage = "完成"
            except Exception as err:  # the job thread must report, never die silently
                job.reports.append(IngestReport(
                    "后台入库", "failed", message=f"入库中断（{type(err).__name__}: {err}）— "
                    "已入库的文件保留；请重试其余文件，或把日志发给维护人员"))
            finally:
                referenced = {s.source.path for s in library.facts.sources()}
                prune_uploads(library.settings.store.resolve(), referenced)
                job.finished.set()
                self.on_done()
