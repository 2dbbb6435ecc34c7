"""Small pure renderers shared by the pages: escaping, money, choice values, CSV, upload reports."""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from assistant.answer import Answer
from ingest import SUFFIXES
from store.library import IngestReport

STATUS_LABELS = {
    "ingested": "已入库",
    "replaced": "已更新（替换旧版本）",
    "unchanged": "内容未变，已跳过",
    "duplicate": "重复文件，已跳过",
    "failed": "失败",
}
# What a person calls each file type a reader exists for; a type without a name shows its suffix.
SUFFIX_NAMES = {".docx": "文字文档", ".doc": "旧版文字文档", ".wps": "金山文字文档", ".txt": "纯文本导出",
                ".pdf": "公开文件（便携文档）", ".xlsx": "电子表格", ".xls": "旧版电子表格",
                ".et": "金山表格"}
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); a plain
# negative number («-3.5», how a difference is printed) stays a number.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"-\d+(\.\d+)?")


def esc(text: Any) -> str:
    """Text as inert HTML (document text is shown through gr.HTML only, never Markdown)."""
    return html.escape("" if text is None else str(text))


def amount(value: Decimal | None) -> str:
    """Money as written in the table: 500.00 stays 500.00; missing shows as «—»."""
    return "—" if value is None else f"{value:f}"


def accepted_types() -> str:
    """The upload types as a sentence: «Word 文件（.docx）、…», from ingest.SUFFIXES."""
    return "、".join(f"{SUFFIX_NAMES.get(s, s)}（{s}）" for s in SUFFIXES)


# -- dropdown values -------------------------------------------------------------------------

def project_key(source: str, table: int | None) -> str:
    """The key of one 绩效目标表: its file and table number (codes may repeat across files)."""
    return f"{source}#{table}"


def choice_value(n: int, source: str, table: int | None, row: int | None) -> str:
    """A unique dropdown value that names a table row: «n|source#table#row»."""
    return f"{n}|{project_key(source, table)}#{'' if row is None else row}"


def parse_choice(value: str) -> tuple[str, int | None, int | None]:
    """Split a choice value back into source, table and row."""
    source, table, row = value.split("|", 1)[1].rsplit("#", 2)
    return source, int(table) if table else None, int(row) if row else None


# -- list answers as a table and CSV --------------------------------------------------------

def table_rows(answer: Answer) -> list[dict[str, Any]]:
    """A list answer's rows, with Decimals printed as written (no float noise)."""
    return [{str(k): (f"{v:f}" if isinstance(v, Decimal) else v) for k, v in row.items()}
            for row in answer.table]


def write_csv(rows: Sequence[dict[str, Any]], path: Path) -> Path:
    """Write rows as CSV in UTF-8 with a BOM, so Excel opens the Chinese text correctly."""
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[csv_cell(c) for c in columns])
        writer.writeheader()
        for row in rows:
            writer.writerow({csv_cell(k): csv_cell(row.get(k)) for k in columns})
    return path


def csv_cell(value: Any) -> Any:
    """A cell as text a spreadsheet shows and never runs: «=…», «+…», «-…», «@…» get a «'» first."""
    if isinstance(value, (list, tuple)):
        value = "；".join(str(v) for v in value)
    if value is None:
        return ""
    if (isinstance(value, str) and value.startswith(FORMULA_STARTS)
            and not PLAIN_NUMBER.fullmatch(value)):
        return "'" + value
    return value


# -- uploads ---------------------------------------------------------------------------------

def report_html(reports: Sequence[IngestReport]) -> str:
    """One line per file: status, counts, warnings; a failure shows the reader's message.

    Every name and message is escaped: a cell holding «![x](http://…)» stays text, so the
    reviewer's browser fetches nothing and no link is live."""
    if not reports:
        return "<div class='jx-empty'>没有选择文件。</div>"
    items = []
    for r in reports:
        name = esc(Path(r.path).name)
        status = STATUS_LABELS.get(r.status, r.status)
        if r.status == "failed":
            items.append(f"<li class='jx-failed'><b>{name}</b>：{status}。{esc(r.message)}"
                         "（数据库未改动）</li>")
            continue
        counts = f"{r.projects}个项目，{r.indicators}条指标，{r.references}个依据文件"
        note = f"（{esc(r.message)}）" if r.message else ""
        warnings = "".join(f"<li>注意：{esc(w)}</li>" for w in r.warnings)
        items.append(f"<li class='jx-ok'><b>{name}</b>：{status}{note}，{counts}"
                     + (f"<ul>{warnings}</ul>" if warnings else "") + "</li>")
    return f"<ul class='jx-report'>{''.join(items)}</ul>"
