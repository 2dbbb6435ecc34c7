"""Lay out a document read by either reader: prose into Sections under their heading path, and the
tables under each «N.XXX绩效目标表» heading into Projects.

Both readers reduce their format to the same stream of blocks (Paragraph, Table) and call
`assemble_document`, so the two give the same sections and projects by construction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from .continued_tables import continues_project, is_continuation, names_project
from .fact_paragraphs import is_fact
from .records import Document, Locator, Project, Section, Source
from .labels import GOAL_LABELS, find_indicator_header, label_of
from .project_list import Group, read_listed
from .tables import read_project


@dataclass(frozen=True)
class Place:
    """Where a row or paragraph sits in its file: PDF page, Excel sheet and row, read by OCR."""

    page: int | None = None
    sheet: str | None = None
    sheet_row: int | None = None
    ocr: bool = False


NOWHERE = Place()


@dataclass(frozen=True)
class Paragraph:
    """A paragraph outside tables; `heading` when its style or an export marker says it is one."""

    text: str
    heading: bool = False
    style_level: int | None = None
    place: Place = NOWHERE


@dataclass(frozen=True)
class Table:
    """A table as rows of cell text, merge repeats already blanked; `places` one per row when the
    format has pages or sheets (empty for .docx and the text export)."""

    rows: tuple[tuple[str, ...], ...]
    places: tuple[Place, ...] = ()


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
# «3.XXX绩效目标表», or a caption numbering it as an appendix or a table: «附表3  XXX绩效目标表»,
# «附表3-2 …», «表3-2 XXX项目绩效目标表»
_TABLE_NUMBER = r"附?表\s*\d+(?:\s*[-－—.．]\s*\d+)*"
_NUMBERED_PROJECT = re.compile(rf"^(?:\d+\s*[.．、]|{_TABLE_NUMBER})")
_SENTENCE_END = tuple("。；;！!？?：:，,")
# A title row naming the block under it where a sheet holds several projects and prints no 项目名称:
# «项目3：XXX», «项目名称：XXX», or numbered «3、XXX» (the last only when short like a heading)
_TITLE_ROW = re.compile(r"^(?:项目\s*[\d０-９一二三四五六七八九十]+\s*[:：、.．]|项目名称\s*[:：])\s*"
                        r"(?P<name>[^。；;]+?)\s*$")
# «3、XXX», and a heading numbering it in Chinese: «（三）XXX», «三、XXX»
_NUMBERED_TITLE = re.compile(r"^(?:[\d０-９]+\s*[、.．](?![\d０-９])|[（(][一二三四五六七八九十]+[）)]"
                             r"|[一二三四五六七八九十]+[、.．])\s*(?P<name>\S.*?)\s*$")
# What a numbered caption says of its table, not a project's name
_NOT_A_NAME = re.compile(r"^(?:项目|年度)?(?:基本(?:情况|信息)|绩效指标表?|绩效目标表?|指标表|表头|资金情况"
                         r"|资金(?:支出|使用)计划|支出计划)[:：]?$")
# «绩效指标：» over the indicator table: a caption saying what the table is
_TABLE_CAPTION = re.compile(r"(?:年度)?(?:绩效指标|指标表|绩效指标表|项目基本情况|基本情况|表头)[:：]?")
# «注：…», «备注：…» printed under a table: what the table's figures mean, read with the prose
_TABLE_NOTE = re.compile(r"(?:注|备注|说明)\s*[:：]")
# «填报人：王立新  联系电话：0310-…  填报日期：2025年1月15日»: who filled the form in, and when
_SIGN_OFF = re.compile(r"(?:(?:填报人|填表人|审核人|经办人|负责人|联系人|联系电话|电话|填报日期|填表日期|日期)"
                       r"[:：]\s*[^\s:：]*\s*)+")
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


def title_row_name(text: str) -> str:
    """The project a title row names: «项目3：XXX», «项目名称：XXX», «3、XXX绩效目标表» → XXX;
    "" for any other line."""
    text = " ".join(text.split())
    match = _TITLE_ROW.match(text) or (_NUMBERED_TITLE.match(text) if is_title_like(text) else None)
    if not match:
        return ""
    name = re.sub(r"(?:项目支出)?绩效目标表$", "", match["name"]).strip()
    return "" if name in ("", "项目") or _NOT_A_NAME.match(name) else name


def read_sections(paragraphs: Sequence[Paragraph], source: str) -> tuple[Section, ...]:
    """One Section per body paragraph, its path the headings above it."""
    items = _join_part_titles([(heading_level(p), p.text, p.place.page)
                               for p in paragraphs if p.text])
    stack: list[tuple[int, str]] = []
    sections: list[Section] = []
    for level, text, page in items:
        if level is not None:
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, text))
        elif not stack and not sections and is_title_like(text, limit=60):
            continue  # the document's title line, read for department and year only
        elif _is_unit_line(text):
            continue  # «金额单位：万元» says how the tables are printed, not a passage
        else:
            path = tuple(heading for _, heading in stack)
            sections.append(Section(path=path, text=text,
                                    locator=Locator(source, section=path, page=page)))
    return tuple(sections)


def _join_part_titles(items: list[tuple]) -> list[tuple]:
    """«第一部分» then a short «部门整体绩效目标» line are one heading: «第一部分 部门整体绩效目标»."""
    out: list[tuple] = []
    for level, text, page in items:
        if level is None and out and out[-1][0] == 1 and _PART.match(out[-1][1]) \
                and is_title_like(text):
            out[-1] = (1, f"{out[-1][1]} {text}", out[-1][2])
        else:
            out.append((level, text, page))
    return out


@dataclass
class _Group:
    """The tables under one project heading, gathered while walking the blocks."""

    title: str
    caption: str = ""
    prose_before: int = 0  # how many prose paragraphs came before it
    unit_line: str = ""  # «填报单位：…　金额单位：元» printed between its title and the table
    notes: tuple[str, ...] = ()  # «说明：各季度填列当季计划支出金额，非累计数» printed right over it
    facts: list[str] = field(default_factory=list)  # «项目资金：总额…» paragraphs under its tables
    rows: list[tuple[str, ...]] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    def add(self, table: Table) -> None:
        self.rows.extend(table.rows)
        self.places.extend(table.places or [NOWHERE] * len(table.rows))


def _is_project_heading(paragraph: Paragraph) -> bool:
    text = paragraph.text
    return len(text) <= 200 and bool(_PROJECT_HEADING.match(text)) and (
        paragraph.heading or bool(_NUMBERED_PROJECT.match(text)))


def _split(blocks: Iterable[Block], source: str, warnings: list[str]) -> tuple[list, list]:
    """Prose paragraphs (before the tables, and under headings after them), and the tables grouped
    under their headings; a short line just before a table is kept as that table's caption."""
    prose: list[Paragraph] = []
    groups: list[_Group] = []
    pending: Paragraph | None = None
    unit_line = ""
    caption = ""
    in_prose = True  # before the first table, or after a heading that is not a project's
    between = True  # only captions and headings since the last table: a project may go on
    continued = False  # «（续表）» since the last table: the next table goes on with it
    notes: list[str] = []  # «说明：…», «注：…» paragraphs just read, nothing else after them
    for block in blocks:
        if isinstance(block, Table) and _is_unit_table(block):
            # «填报单位：… | 金额单位：万元» in cells of their own under a sheet's title
            unit_line = " ".join(cell for row in block.rows for cell in row if cell.strip())
            continue
        if isinstance(block, Table):
            if not (continued and groups and pending is None) and _starts_group(
                    groups, block, pending, unit_line, caption, in_prose, between):
                groups.append(_Group(pending.text if pending else "", caption=caption,
                                     prose_before=len(prose), unit_line=unit_line,
                                     notes=tuple(notes)))
                pending, unit_line = None, ""
            groups[-1].add(block)
            in_prose, caption, between, continued, notes = False, "", True, False, []
            continue
        if not block.text:
            continue
        # a note says how the table right under it is filled in; any other line between them ends it
        notes = [*notes, block.text] if _TABLE_NOTE.match(block.text.strip()) else []
        # «资金用途：…» under a project's table: a header fact printed as a paragraph
        fact = bool(groups) and not in_prose and is_fact(block.text)
        between = between and (fact or _may_stand_between(block))
        if groups and not in_prose and is_continuation(block.text):
            continued = True  # «（续表）»: the table above goes on in the next one
        elif _is_project_heading(block):
            if pending is not None and _numbered(pending.text):
                warnings.append(f"{source}：标题 «{pending.text}» 下没有表格")
            pending, caption = block, ""  # the project's own title, not the part's heading, names it
        elif (_is_unit_line(block.text) or _CODED_UNIT_LINE.fullmatch(block.text.strip())) \
                and not (in_prose and not groups and pending is None and not caption):
            # «填报单位：… 金额单位：元» between a project's title (or heading) and its table: the
            # unit of that table (a unit line at the very top of the prose is the document's)
            unit_line = block.text
        elif _SIGN_OFF.fullmatch(block.text.strip()) and groups:
            pass  # «填报人：… 填报日期：…» under a form: says who signed it, not what it sets
        elif block.place.sheet is not None and len(block.text) <= 200 \
                and _TITLE_ROW.match(" ".join(block.text.split())):
            caption = block.text  # «项目3：XXX» over its block on a sheet of several projects
        elif fact and heading_level(block) is None:
            groups[-1].facts.append(block.text)
        elif in_prose or heading_level(block) is not None:
            # A heading after the tables (第三部分 名词解释 in a budget disclosure) starts prose again.
            if pending is not None:  # a «…绩效目标表» title with prose under it belongs to the prose
                prose.append(pending)
                pending = None
            prose.append(block)
            in_prose = True
            caption = block.text if is_title_like(block.text) else ""
        elif is_title_like(block.text):
            caption = block.text  # «表3 一般公共预算财政拨款支出表»: names the table below it
        elif _TABLE_CAPTION.fullmatch(block.text.strip()):
            pass  # «绩效指标：» over the indicator table: a caption saying what the table is
        elif _TABLE_NOTE.match(block.text.strip()):
            prose.append(block)  # «注：…» under a table: a passage of the part the table stands in
        else:
            warnings.append(f"{source}：表格之间的文字未收录：«{block.text[:30]}»")
    if pending is not None and _numbered(pending.text):
        warnings.append(f"{source}：标题 «{pending.text}» 下没有表格")
    return prose, groups


def _starts_group(groups: list[_Group], table: Table, pending: Paragraph | None, unit_line: str,
                  caption: str, in_prose: bool, between: bool) -> bool:
    """Whether a table starts a group of its own rather than going on with the one before it."""
    if groups and pending is None and not unit_line and between \
            and continues_project(groups[-1].rows, table.rows):
        return False  # its plan or indicators, a caption or heading between them
    # Without a heading between them, a second header table still starts a new project.
    return pending is not None or not groups or in_prose or bool(caption) or (
        names_project(groups[-1].rows) and names_project(table.rows))


def _may_stand_between(paragraph: Paragraph) -> bool:
    """A caption or a heading below a part's: what may sit between one project's tables."""
    text = paragraph.text.strip()
    caption = is_title_like(text) or bool(_TABLE_CAPTION.fullmatch(text))
    return caption and heading_level(paragraph) != 1 and not _is_project_heading(paragraph)


def _is_performance_table(rows: Sequence[Sequence[str]]) -> bool:
    """An indicator table, or a project header with its 绩效目标: a budget disclosure's 项目支出表
    names projects too, but has neither."""
    if find_indicator_header(rows) is not None:
        return True
    labels = {label_of(cell) for row in rows for cell in row}
    return bool(labels & {"项目名称", "项目编码"}) and bool(labels & GOAL_LABELS)


def _numbered(title: str) -> bool:
    """«3.…绩效目标表», «附表3 …» or «表3-2 …» titles one project; «项目支出绩效目标表» titles the whole part."""
    return bool(re.match(rf"^\s*(?:[\d０-９]+\s*[.、．]|{_TABLE_NUMBER})", title))


def assemble_document(blocks: Iterable[Block], source: str) -> Document:
    """Turn a reader's blocks into a Document; Source.path and sha256 are left for the caller."""
    warnings: list[str] = []
    prose, groups = _split(blocks, source, warnings)
    prose_lines = [p.text for p in prose]
    year = _year([*prose_lines, *(g.title for g in groups)])
    # projects listed one a row, their indicators in a table keyed by project (no per-project forms)
    listed = read_listed([Group(tuple(g.rows), tuple(g.places), g.unit_line, g.notes) for g in groups],
                         source=source, year=year, first=1,
                         department=_department_from_titles(prose_lines),
                         unit_line=next((line for line in prose_lines if _is_unit_line(line)
                                         and not _FILLED_BY.fullmatch(line.strip())), ""))
    projects: list[Project] = list(listed.projects)
    warnings.extend(listed.warnings)
    skipped: list[str] = []
    table_sections: list[Section] = []
    for at, group in enumerate(groups):
        if at in listed.used:
            continue
        if _is_performance_table(group.rows):
            reading = read_project(group.rows, source=source, number=len(projects) + 1,
                                   title=group.title, named=title_row_name(group.caption),
                                   year=year, places=group.places, unit_line=group.unit_line,
                                   facts=group.facts)
            projects.append(reading.project)
            warnings.extend(reading.warnings)
        elif labelled := _labelled_prose(group, source, prose_lines):
            table_sections.extend(labelled)
        else:
            first = next((cell for row in group.rows for cell in row if cell.strip()), "")
            skipped.append(group.caption or group.title or first)
    if skipped:
        names = "、".join(f"«{' '.join(name.split())[:20]}»" for name in skipped[:5])
        more = "等" if len(skipped) > 5 else ""
        warnings.append(f"{source}：跳过 {len(skipped)} 个不是绩效目标表的表格（{names}{more}）")
    if not projects:
        warnings.append(f"{source}：未找到绩效目标表")
    department = next((p.department for p in projects if p.department), "") \
        or _department_from_titles(prose_lines)
    projects = [p if p.department else replace(p, department=department) for p in projects]
    return Document(
        source=Source(path="", name=source, sha256="", department=department, year=year),
        projects=tuple(projects), sections=read_sections(prose, source) + tuple(table_sections),
        warnings=tuple(warnings))


_UNIT_LINE = re.compile(r"^(?:金额|资金)?单位[:：]")
# «单位：万元», «金额单位：元», «填报单位：曲周县卫生健康局    金额单位：万元»: each part a «…单位：» field
_UNIT_FIELDS = re.compile(r"(?:[^\s:：]{0,4}单位[:：]\s*[^\s:：]+\s*)+")
# The same printed as one line after the budget unit's code and name: «327001临西县民政局　单位：元»
_CODED_UNIT_LINE = re.compile(r"\d{6,}\s*[\u4e00-\u9fff][^\s:：]{1,40}\s+(?:[^\s:：]{0,4}单位[:：]\s*"
                              r"(?:万元|千元|元)\s*)")


# «填报单位：涉县市场监督管理局» alone over a form (its money unit said in the table's labels)
_FILLED_BY = re.compile(r"(?:填报|填表|申报|编制)单位[:：]\s*[^\s:：]+")


def _is_unit_line(text: str) -> bool:
    """A line saying how the tables are printed (who fills them in, the money unit), not a passage."""
    line = text.strip()
    return (bool(_UNIT_LINE.match(text)) and len(text) <= 12) or bool(_FILLED_BY.fullmatch(line)) or (
        bool(_UNIT_FIELDS.fullmatch(line)) and bool(re.search(r"(?:万元|千元|元)\s*$", text)))


def _is_unit_table(table: Table) -> bool:
    """A table whose rows only say who fills the form in and the money unit; a note in brackets
    after the unit («万元（另有注明的除外）») says no more."""
    lines = [" ".join(cell.strip() for cell in row if cell.strip()) for row in table.rows]
    return bool(lines) and all(_is_unit_line(re.sub(r"\s*[（(][^（()）]*[）)]$", "", line))
                               for line in lines)


def _labelled_prose(group: _Group, source: str, prose_lines: Sequence[str]) -> list[Section]:
    """A 部门整体绩效目标 laid out as a table — a label cell (保障措施, 年度总体绩效目标) beside its
    text — is prose: one Section per line of text, its path the table's title and the label.
    Rows of short values (部门名称, 项目支出合计 and its amounts) say nothing a passage would."""
    sections: list[Section] = []
    titles = [t for t in (group.caption, group.title,
                          *reversed(prose_lines[:group.prose_before]))
              if t and is_title_like(t, limit=60) and not _UNIT_LINE.match(t)]
    title = titles[0] if titles else ""
    places = group.places or [NOWHERE] * len(group.rows)
    for row, place in zip(group.rows, places):
        cells = [cell.strip() for cell in row if cell.strip()]
        if len(cells) != 2 or not is_title_like(cells[0], limit=20) or len(cells[1]) < 20:
            continue
        path = (title, cells[0]) if title else (cells[0],)
        for line in (line.strip() for line in cells[1].splitlines()):
            if line:
                sections.append(Section(path=path, text=line, locator=Locator(
                    source, section=path, page=place.page, sheet=place.sheet,
                    sheet_row=place.sheet_row)))
    return sections


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
