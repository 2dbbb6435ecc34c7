"""The chat as HTML: the short answer first, then «理解为», the list (folded when long), the sources."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant import templates
from assistant.answer import Answer, Citation
from ui.names import Key
from ui.views import choice_value, esc

# The composer ends an answer with «\n\n来源：…» naming the file once per row; the page shows
# the sources grouped by file and project instead.
SOURCES_MARK = templates.SOURCES.split("{", 1)[0]
SHOWN_LINES = 6    # list lines shown before the rest folds
FOLD_AFTER = 9     # fold only lists longer than this
EMPTY_QUESTION = "请先输入一个问题，例如：「预算合计多少？」或「哪些项目的满意度目标在90%及以上？」"
CHAT_PLACEHOLDER = "在下方输入问题，回车提问。回答会注明出自哪张绩效目标表的哪一行，「出处」一栏显示那张表。"


@dataclass(frozen=True)
class Turn:
    """One exchange as the page shows it; `answer` is None for a prompt such as an empty question."""

    question: str
    answer: Answer | None
    notice: str = ""


def split_answer(text: str) -> tuple[str, list[str]]:
    """The answer's first line (the short answer) and the lines after it, without «来源：…»."""
    body = text.rsplit(SOURCES_MARK, 1)[0] if SOURCES_MARK in text else text
    first, *rest = body.strip("\n").split("\n")
    while rest and not rest[-1].strip():
        rest.pop()
    return first, rest


def where(citation: Citation) -> str:
    """«表3 第7行», «表3 表头» or a prose paragraph's heading path."""
    if citation.table is None:
        return " › ".join(citation.section) or "正文"
    return f"表{citation.table} " + (f"第{citation.row}行" if citation.row is not None else "表头")


@dataclass(frozen=True)
class CitationCounts:
    """What an answer cites: projects (tables), indicator rows, header fields, prose paragraphs."""

    files: int
    projects: int
    rows: int
    headers: int
    passages: int

    def phrase(self) -> str:
        parts = []
        if self.projects:
            parts.append(f"{self.projects}个项目")
        if self.rows:
            parts.append(f"{self.rows}行指标")
        if self.headers:
            parts.append(f"{self.headers}处表头字段")
        if self.passages:
            parts.append(f"{self.passages}段正文")
        return "、".join(parts)


def count_citations(citations: Sequence[Citation]) -> CitationCounts:
    tables = {(c.source, c.table) for c in citations if c.table is not None}
    return CitationCounts(
        files=len({c.source for c in citations}),
        projects=len(tables),
        rows=len({(c.source, c.table, c.row) for c in citations
                  if c.table is not None and c.row is not None}),
        headers=len({(c.source, c.table) for c in citations
                     if c.table is not None and c.row is None}),
        passages=len({(c.source, c.section) for c in citations if c.table is None}))


def sources_html(citations: Sequence[Citation], names: Mapping[Key, str]) -> str:
    """Sources grouped by file, then by project: the file named once, each project's rows listed."""
    files: dict[str, dict[tuple, list[Citation]]] = {}
    for c in citations:
        group = (c.table, c.project_code, c.project_name) if c.table is not None else (None, c.section)
        files.setdefault(c.source, {}).setdefault(group, []).append(c)
    blocks = []
    for source, groups in files.items():
        items = []
        for group, cites in groups.items():
            if group[0] is None:  # a prose paragraph
                items.append(f"<li>{esc(where(cites[0]))}<div class='jx-cell'>"
                             f"{esc(cites[0].text)}</div></li>")
                continue
            table, code, name = group
            label = names.get((source, table)) or name or ""
            rows = "".join(
                f"<li><span class='jx-where'>{esc(where(c).split(' ', 1)[1])}</span>"
                f"<span class='jx-cell'>{esc(c.text)}</span></li>" for c in cites)
            items.append(f"<li><b>{esc(label)}</b> <small>{esc(code or '')} · 表{table}</small>"
                         f"<ul class='jx-rows'>{rows}</ul></li>")
        blocks.append(f"<li class='jx-file'><span class='jx-file-name'>{esc(source)}</span>"
                      f"<ul>{''.join(items)}</ul></li>")
    counts = count_citations(citations)
    return (f"<details class='jx-sources'><summary>来源：{counts.phrase()}"
            f"（{counts.files}个文件）</summary><ul class='jx-files'>{''.join(blocks)}</ul></details>")


def answer_html(answer: Answer, names: Mapping[Key, str]) -> str:
    """The bot message: short answer, «理解为», the rest (folded when long), grouped sources."""
    first, rest = split_answer(answer.text)
    css = "jx-short" if answer.found else "jx-short jx-not-found"
    parts = [f"<div class='{css}'>{esc(first)}</div>"]
    if answer.understood:
        parts.append(f"<div class='jx-understood'>{esc(answer.understood)}</div>")
    if rest:
        shown, folded = (rest, []) if len(rest) <= FOLD_AFTER else (rest[:SHOWN_LINES],
                                                                     rest[SHOWN_LINES:])
        parts.append(f"<div class='jx-body'>{_lines(shown)}</div>")
        if folded:
            parts.append(f"<details class='jx-more'><summary>展开其余 {len(folded)} 行</summary>"
                         f"<div class='jx-body'>{_lines(folded)}</div></details>")
    if answer.citations:
        parts.append(sources_html(answer.citations, names))
    return "".join(parts)


def _lines(lines: Sequence[str]) -> str:
    return "".join(f"<div class='jx-line'>{esc(line) or '&nbsp;'}</div>" for line in lines)


def chat_html(turns: Sequence[Turn], names: Mapping[Key, str]) -> str:
    """The whole conversation; the page scrolls the newest question to the top of the log."""
    if not turns:
        return f"<div class='jx-log'><div class='jx-placeholder'>{esc(CHAT_PLACEHOLDER)}</div></div>"
    out = []
    for turn in turns:
        user = f"<div class='jx-user'>{esc(turn.question)}</div>" if turn.question else ""
        bot = answer_html(turn.answer, names) if turn.answer else esc(turn.notice)
        out.append(f"<div class='jx-turn'>{user}<div class='jx-bot'>{bot}</div></div>")
    return f"<div class='jx-log'>{''.join(out)}</div>"


# -- the evidence picker ---------------------------------------------------------------------

def citation_choices(answer: Answer, names: Mapping[Key, str]) -> list[tuple[str, str]]:
    """Dropdown choices for the cited tables: «n. 项目（编码尾号…） 第M行» → a choice value."""
    choices = []
    for n, c in enumerate(answer.citations, 1):
        if c.table is None:
            continue
        label = names.get((c.source, c.table)) or c.project_name or c.source
        row = f"第{c.row}行" if c.row is not None else "表头"
        choices.append((f"{n}. {label} {row}", choice_value(n, c.source, c.table, c.row)))
    return choices


def cited_rows(answer: Answer, source: str, table: int | None) -> set[int | None]:
    """Every row of one table the answer cites (None: the table's header fields)."""
    return {c.row for c in answer.citations if c.source == source and c.table == table}
