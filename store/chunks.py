"""Retrieval units made from a document's rows and paragraphs."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from ingest.records import Document, Indicator, Project

# e5-small reads 512 tokens; Chinese runs about one token a character, so long paragraphs are
# indexed as overlapping windows while answers still quote the whole paragraph.
WINDOW_CHARS = 220
WINDOW_OVERLAP = 60
# A cell's text as indexed: a project name repeats in every row's chunk, so a 1 MB name would
# otherwise cost its megabyte per row in the tables, the keyword index and the embedder.
FIELD_CHARS = 300
_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])")


@dataclass(frozen=True)
class Chunk:
    """A piece of text to index, pointing back at the row or paragraph it came from."""

    id: str
    kind: str  # "indicator" | "project" | "section"
    text: str
    project_seq: int | None = None  # table number of the project in its document
    indicator_row: int | None = None
    section_seq: int | None = None


def indicator_text(project: Project, indicator: Indicator) -> str:
    """The searchable text of one indicator row."""
    levels = "/".join(_cut(x) for x in (indicator.level1, indicator.level2, indicator.level3)
                      if x)
    return (
        f"{_cut(project.name)}｜{levels}｜{_cut(indicator.description)}"
        f"｜指标值 {_cut(indicator.value.raw)}｜依据 {_cut(indicator.basis)}"
    )


def project_text(project: Project) -> str:
    """The searchable text of a project header."""
    return (f"{_cut(project.name)}｜项目编码 {_cut(project.code)}｜资金用途 {_cut(project.use)}"
            f"｜绩效目标 {_cut(project.goal, 3 * FIELD_CHARS)}")


def _cut(text: str | None, limit: int = FIELD_CHARS) -> str:
    text = text or ""
    return text if len(text) <= limit else text[:limit] + "…"


def windows(text: str) -> list[str]:
    """Split a long paragraph into overlapping windows on sentence ends where possible."""
    if len(text) <= WINDOW_CHARS:
        return [text]
    sentences = [s for s in _SENTENCE_END.split(text) if s]
    out: list[str] = []
    current = ""
    for sentence in sentences:
        while len(sentence) > WINDOW_CHARS:  # a run-on sentence: cut it hard
            head, sentence = sentence[:WINDOW_CHARS], sentence[WINDOW_CHARS - WINDOW_OVERLAP :]
            if current:
                out.append(current)
                current = ""
            out.append(head)
        if len(current) + len(sentence) > WINDOW_CHARS and current:
            out.append(current)
            current = current[-WINDOW_OVERLAP:]
        current += sentence
    if current:
        out.append(current)
    return out


def make_chunks(document: Document) -> list[Chunk]:
    """All chunks of a document; ids are stable for the same content and unique within it
    (a paragraph repeating itself gives equal windows, told apart by their place)."""
    salt = document.source.sha256
    chunks: list[Chunk] = []
    for project in document.projects:
        seq = project.locator.table
        chunks.append(_chunk(salt, "project", project_text(project), project_seq=seq))
        for ind in project.indicators:
            chunks.append(
                _chunk(salt, "indicator", indicator_text(project, ind), project_seq=seq,
                       indicator_row=ind.locator.row)
            )
    for seq, section in enumerate(document.sections, start=1):
        head = " › ".join(_cut(p) for p in section.path)
        for part in windows(section.text):
            chunks.append(_chunk(salt, "section", f"{head}\n{part}", section_seq=seq))
    seen: set[str] = set()
    unique = []
    for n, chunk in enumerate(chunks):
        if chunk.id in seen:  # same text at the same place: number it
            chunk = replace(chunk, id=hashlib.sha1(f"{chunk.id}|{n}".encode()).hexdigest())
        seen.add(chunk.id)
        unique.append(chunk)
    return unique


def _chunk(salt: str, kind: str, text: str, **where: int | None) -> Chunk:
    key = f"{salt}|{kind}|{where}|{text}".encode()
    return Chunk(id=hashlib.sha1(key).hexdigest(), kind=kind, text=text, **where)
