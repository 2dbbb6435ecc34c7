"""Pure renderers for the chat and the first screen: assistant records in, HTML and text out."""

from __future__ import annotations

import csv
import html
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from assistant.answer import Answer, Citation
from assistant.service import DepartmentSummary, PolicyUse
from ingest.records import Project
from store.library import IngestReport

STATUS_LABELS = {
    "ingested": "已入库",
    "replaced": "已更新（替换旧版本）",
    "unchanged": "内容未变，已跳过",
    "duplicate": "重复文件，已跳过",
    "failed": "失败",
}


def esc(text: Any) -> str:
    return html.escape("" if text is None else str(text))


def amount(value: Decimal | None) -> str:
    """Money as written in the table: 500.00 stays 500.00; missing shows as «—»."""
    return "—" if value is None else f"{value:f}"


# -- the first screen ------------------------------------------------------------------------

def overview_html(summaries: Sequence[DepartmentSummary]) -> str:
    """Per department and year: projects, total budget, indicators and the headline goals."""
    if not summaries:
        return ("<div class='jx-empty'>还没有入库的文件。请到「上传」页上传绩效目标表"
                "（.docx 或 .txt 导出文件），上传后这里会显示部门概况和示例问题。</div>")
    cards = []
    for s in summaries:
        year = f"{s.year}年" if s.year else "年度未知"
        heads = "".join(f"<p class='jx-headline'>{esc(h)}</p>" for h in s.headlines)
        files = "、".join(esc(n) for n in s.sources if n)
        cards.append(
            "<div class='jx-card'>"
            f"<h3>{esc(s.department)} · {year}</h3>"
            "<div class='jx-stats'>"
            f"<span><b>{s.projects}</b> 个项目</span>"
            f"<span>预算合计 <b>{amount(s.total_budget)}</b> {esc(s.unit)}</span>"
            f"<span><b>{s.indicators}</b> 条绩效指标</span>"
            "</div>"
            f"{heads}"
            f"<p class='jx-files'>来源文件：{files}</p>"
            "</div>")
    return "".join(cards)


def example_questions(projects: Sequence[Project], uses: Sequence[PolicyUse]) -> list[str]:
    """Questions a newcomer can click, derived from what is stored (never from fixed names)."""
    if not projects:
        return []
    questions = ["预算最高的项目是哪个？"]
    if any("满意" in (i.level2 + i.level3) for p in projects for i in p.indicators):
        questions.append("哪些项目的满意度目标在90%及以上？")
    questions.append("预算合计多少？")
    cited = Counter()
    for use in uses:
        cited[use.canonical] += 1
    if cited:
        ref = min(cited.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        questions.append(f"引用了{ref}的项目有哪些？")
    questions.append(f"{projects[0].name}的绩效目标是什么？")
    return questions


# -- chat answers ----------------------------------------------------------------------------

def citation_line(citation: Citation) -> str:
    """One source as a person checks it: file · project (code) · 表N · 第M行 — cell text."""
    parts = [citation.source]
    if citation.project_name:
        code = f"（{citation.project_code}）" if citation.project_code else ""
        parts.append(f"{citation.project_name}{code}")
    if citation.section:
        parts.append(" › ".join(citation.section))
    if citation.table is not None:
        parts.append(f"表{citation.table}")
    parts.append(f"第{citation.row}行" if citation.row is not None else "表头")
    return " · ".join(parts)


def answer_html(answer: Answer) -> str:
    """The bot message: the answer text as the CLI prints it, and a collapsible «来源» list."""
    # One line of HTML, no markdown: cell text such as «1.» or «*» must not turn into lists.
    text = esc(answer.text).replace("\n", "<br>")
    body = f"<div class='jx-answer' style='white-space:pre-wrap'>{text}</div>"
    if not answer.citations:
        return body
    items = "".join(
        f"<li><span class='jx-where'>{esc(citation_line(c))}</span>"
        f"<br><span class='jx-cell'>{esc(c.text)}</span></li>"
        for c in answer.citations)
    return (f"{body}<details class='jx-sources'><summary>来源（{len(answer.citations)}条）"
            f"</summary><ol>{items}</ol></details>")


def project_key(source: str, table: int | None) -> str:
    """The key of one 绩效目标表: its file and table number (codes may repeat across files)."""
    return f"{source}#{table}"


def citation_choices(answer: Answer) -> list[tuple[str, str]]:
    """Dropdown choices for the cited tables: «n. 项目 第M行» → a choice_value."""
    choices = []
    for n, c in enumerate(answer.citations, 1):
        if c.table is None:
            continue
        label = f"{n}. {c.project_name or c.source} " + (
            f"第{c.row}行" if c.row is not None else "表头")
        choices.append((label, choice_value(n, c.source, c.table, c.row)))
    return choices


def choice_value(n: int, source: str, table: int | None, row: int | None) -> str:
    """A unique dropdown value that names a table row: «n|source#table#row»."""
    return f"{n}|{project_key(source, table)}#{'' if row is None else row}"


def parse_choice(value: str) -> tuple[str, int | None, int | None]:
    """Split a choice value back into source, table and row."""
    source, table, row = value.split("|", 1)[1].rsplit("#", 2)
    return source, int(table) if table else None, int(row) if row else None


def cited_rows(answer: Answer, source: str, table: int | None) -> set[int | None]:
    """Every row of one table the answer cites (None: the table's header fields)."""
    return {c.row for c in answer.citations if c.source == source and c.table == table}


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
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) for k in columns})
    return path


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "；".join(str(v) for v in value)
    return "" if value is None else value


# -- uploads ---------------------------------------------------------------------------------

def report_markdown(reports: Sequence[IngestReport]) -> str:
    """One line per file: status, counts, warnings; a failure shows the reader's message."""
    if not reports:
        return "没有选择文件。"
    lines = []
    for r in reports:
        name = Path(r.path).name
        status = STATUS_LABELS.get(r.status, r.status)
        if r.status == "failed":
            lines.append(f"- **{name}**：{status}。{r.message}（数据库未改动）")
            continue
        counts = f"{r.projects}个项目，{r.indicators}条指标，{r.references}个依据文件"
        note = f"（{r.message}）" if r.message else ""
        lines.append(f"- **{name}**：{status}{note}，{counts}")
        lines.extend(f"  - 注意：{w}" for w in r.warnings)
    return "\n".join(lines)
