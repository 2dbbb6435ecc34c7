"""Lay out a document read by either reader: prose into Sections under their heading path, and the
tables under each «N.XXX绩效目标表» heading into Projects.

Both readers reduce their format to the same stream of blocks (Paragraph, Table) and call
`assemble_document`, so the two give the same sections and projects by construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .records import Document, Locator, Project, Section, Source
from .tables import find_indicator_header, label_of, read_project


@dataclass(frozen=True)
class Paragraph:
    """A paragraph outside tables; `heading` when its style or an export marker says it is one."""

    text: str
    heading: bool = False
    style_level: int | None = None


@dataclass(frozen=True)
class Table:
    """A table as rows of cell text, merge repeats already blanked."""

    rows: tuple[tuple[str, ...], ...]


Block = Paragraph | Table

# Numbering decides the level, so a styled heading and a bare exported line agree.
_NUMBERED = (
    (1, re.compile(r"^第[一二三四五六七八九十]+部分")),
    (2, re.compile(r"^[一二三四五六七八九十]+[、.．]")),
    (3, re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    (4, re.compile(r"^\d+\s*[.．、](?!\d)")),
    (5, re.compile(r"^[（(]\d+[）)]")),
)
_PART = re.compile(r"^第[一二三四五六七八九十]+部分$")
_PROJECT_HEADING = re.compile(r"^(?:\d+\s*[.．、]\s*)?\S.*绩效目标表$")
_NUMBERED_PROJECT = re.compile(r"^\d+\s*[.．、]")
_SENTENCE_END = tuple("。；;！!？?：:，,")
_YEAR = re.compile(r"(20\d{2})\s*年")
_TITLE_DEPARTMENT = re.compile(r"^(?P<name>\S+?)(?:20\d{2}年度?)(?:部门整体|部门|单位|项目)?")


def is_title_like(text: str, limit: int = 40) -> bool:
    """Short and not ending like a sentence: the shape of a heading written as a body line."""
    return 0 < len(text) <= limit and not text.endswith(_SENTENCE_END)


def heading_level(paragraph: Paragraph) -> int | None:
    """Heading level from numbering (第一部分 1, 一、 2, （一） 3, 1. 4, （1） 5) or style; None for body."""
    text = paragraph.text
    numbered = next((level for level, pattern in _NUMBERED if pattern.match(text)), None)
    if paragraph.heading:
        return numbered or paragraph.style_level or 2
    # «1.聚力引人才，助推经济高质量发展。» is a numbered item of content, not a heading.
    if numbered is not None and is_title_like(text):
        return numbered
    return None


def read_sections(paragraphs: Sequence[Paragraph], source: str) -> tuple[Section, ...]:
    """One Section per body paragraph, its path the headings above it."""
    items = _join_part_titles([(heading_level(p), p.text) for p in paragraphs if p.text])
    stack: list[tuple[int, str]] = []
    sections: list[Section] = []
    for level, text in items:
        if level is not None:
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
        elif not stack and not sections and is_title_like(text, limit=60):
            continue  # the document's title line, read for department and year only
        else:
            path = tuple(heading for _, heading in stack)
            sections.append(Section(path=path, text=text, locator=Locator(source, section=path)))
    return tuple(sections)


def _join_part_titles(items: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    """«第一部分» then a short «部门整体绩效目标» line are one heading: «第一部分 部门整体绩效目标»."""
    out: list[tuple[int | None, str]] = []
    for level, text in items:
        if level is None and out and out[-1][0] == 1 and _PART.match(out[-1][1]) \
                and is_title_like(text):
            out[-1] = (1, f"{out[-1][1]} {text}")
        else:
            out.append((level, text))
    return out


@dataclass
class _Group:
    """The tables under one project heading, gathered while walking the blocks."""

    title: str
    rows: list[tuple[str, ...]] = field(default_factory=list)


def _has_project_header(rows: Sequence[Sequence[str]]) -> bool:
    return any(label_of(cell) in {"项目名称", "项目编码"} for row in rows for cell in row)


def _is_project_heading(paragraph: Paragraph) -> bool:
    text = paragraph.text
    return len(text) <= 200 and bool(_PROJECT_HEADING.match(text)) and (
        paragraph.heading or bool(_NUMBERED_PROJECT.match(text)))


def _split(blocks: Iterable[Block], source: str, warnings: list[str]) -> tuple[list, list]:
    """Prose paragraphs before the first table, and the tables grouped under their headings."""
    prose: list[Paragraph] = []
    groups: list[_Group] = []
    pending: Paragraph | None = None
    for block in blocks:
        if isinstance(block, Table):
            # Without a heading between them, a second header table still starts a new project.
            if pending is not None or not groups or (
                    _has_project_header(groups[-1].rows) and _has_project_header(block.rows)):
                groups.append(_Group(pending.text if pending else ""))
                pending = None
            groups[-1].rows.extend(block.rows)
        elif not block.text:
            continue
        elif _is_project_heading(block):
            if pending is not None and _numbered(pending.text):
                warnings.append(f"{source}：标题 «{pending.text}» 下没有表格")
            pending = block
        elif not groups:
            if pending is not None:  # a «…绩效目标表» title with prose under it belongs to the prose
                prose.append(pending)
                pending = None
            prose.append(block)
        elif heading_level(block) is None:
            warnings.append(f"{source}：表格之间的文字未收录：«{block.text[:30]}»")
    if pending is not None and _numbered(pending.text):
        warnings.append(f"{source}：标题 «{pending.text}» 下没有表格")
    return prose, groups


def _numbered(title: str) -> bool:
    """«3.…绩效目标表» titles one project; «项目支出绩效目标表» titles the whole part."""
    return bool(re.match(r"^\s*[\d０-９]+\s*[.、．]", title))


def assemble_document(blocks: Iterable[Block], source: str) -> Document:
    """Turn a reader's blocks into a Document; Source.path and sha256 are left for the caller."""
    warnings: list[str] = []
    prose, groups = _split(blocks, source, warnings)
    prose_lines = [p.text for p in prose]
    year = _year([*prose_lines, *(g.title for g in groups)])
    projects: list[Project] = []
    for group in groups:
        if _has_project_header(group.rows) or find_indicator_header(group.rows) is not None:
            reading = read_project(group.rows, source=source, number=len(projects) + 1,
                                   title=group.title, year=year)
            projects.append(reading.project)
            warnings.extend(reading.warnings)
        else:
            first = next((cell for row in group.rows for cell in row if cell.strip()), "")
            warnings.append(f"{source}：表格 «{first[:20]}» 不是绩效目标表，未读取")
    if not projects:
        warnings.append(f"{source}：未找到绩效目标表")
    department = next((p.department for p in projects if p.department), "") \
        or _department_from_titles(prose_lines)
    projects = [p if p.department else replace(p, department=department) for p in projects]
    return Document(
        source=Source(path="", name=source, sha256="", department=department, year=year),
        projects=tuple(projects), sections=read_sections(prose, source), warnings=tuple(warnings))


def _year(texts: Iterable[str]) -> int | None:
    """The first «2025年» in the prose (title, headings, 总体目标), then in the project headings."""
    for text in texts:
        if match := _YEAR.search(text):
            return int(match.group(1))
    return None


def _department_from_titles(lines: Sequence[str]) -> str:
    """«魏县人力资源和社会保障局2025年部门整体绩效目标» → 魏县人力资源和社会保障局."""
    for line in lines:
        if is_title_like(line, limit=60) and (match := _TITLE_DEPARTMENT.match("".join(line.split()))):
            return match.group("name")
    return ""
