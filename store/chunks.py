"""Retrieval units made from a document's rows and paragraphs."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ingest.records import Document, Indicator, Project

# e5-small reads 512 tokens; Chinese runs about one token a character, so long paragraphs are
# indexed as overlapping windows while answers still quote the whole paragraph.
WINDOW_CHARS = 220
WINDOW_OVERLAP = 60
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
    levels = "/".join(x for x in (indicator.level1, indicator.level2, indicator.level3) if x)
    return (
        f"{project.name}｜{levels}｜{indicator.description}｜指标值 {indicator.value.raw}"
        f"｜依据 {indicator.basis}"
    )


def project_text(project: Project) -> str:
    """The searchable text of a project header."""
    return f"{project.name}｜项目编码 {project.code}｜资金用途 {project.use}｜绩效目标 {project.goal}"


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
    """All chunks of a document; ids are stable for the same content."""
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
        head = " › ".join(section.path)
        for part in windows(section.text):
            chunks.append(_chunk(salt, "section", f"{head}\n{part}", section_seq=seq))
    return chunks


def _chunk(salt: str, kind: str, text: str, **where: int | None) -> Chunk:
    key = f"{salt}|{kind}|{where}|{text}".encode()
    return Chunk(id=hashlib.sha1(key).hexdigest(), kind=kind, text=text, **where)
