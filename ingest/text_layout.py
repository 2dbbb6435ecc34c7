"""Read a budget system's print view saved as plain text into the blocks ingest.sections lays out.

The shape: prose lines and headings; each project's form as «标签：值» lines, several fields to a
line («项目编码：…        项目属性：…»), a label alone with its text on the lines under it
(«年度绩效目标：» then the goal, indented); rows of cells separated by tabs (a spending plan:
时间节点 | 一季度末 … over 累计支出 | 20% …); tables drawn with box-drawing characters or an ASCII
grid (ingest.ruled_tables); a title between two rules over each form; page footers and running
headers anywhere (ingest.page_furniture).

Everything a form prints, from its first field line to its last table line, becomes one Table whose
rows are the lines' cells — label | value | label | value … for a field line — so ingest.header and
ingest.tables read it by its labels as they read a Word form. A label counts when it is one a form
prints (ingest.labels), so «说明：…» or «填报人：…» lines stay prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labels import column_of, field_of, is_label
from .page_furniture import BodyLine, body_lines, is_rule
from .ruled_tables import RuledTable, is_row_line, is_ruled
from .sections import Block, Paragraph, Place, Table, heading_level
from .spending_plan import is_plan_label

# Fields on one line are set apart by runs of spaces (or a tab, or an ideographic space)
_FIELD_GAP = re.compile(r"\s{2,}|\t|\u3000+")
# «金额单位：万元», «单位：元»: how the form's money is printed, kept whole as one cell
_UNIT_FIELD = re.compile(r"(?:金额|资金)?单位[:：]\s*(?:万元|千元|元)")
_COLON = re.compile(r"[:：]")


def layout_blocks(text: str) -> Iterator[Block]:
    """The paragraphs and tables of a print view's text, in document order."""
    lines = body_lines(text.splitlines())
    titles, borders = _ruled_titles(lines), _plain_borders(lines)
    form = _Form()
    drawn: RuledTable | None = None
    for at, line in enumerate(lines):
        place = Place(page=line.page) if line.page is not None else Place()
        if is_ruled(line.text) or at in borders:
            drawn = drawn or RuledTable()
            drawn.add(line.text, place)
            continue
        if not line.text.strip():
            form.open = False  # a blank line ends the text under a lone label
            continue
        if drawn is not None:
            form.extend(*drawn.read())
            drawn = None
        if is_rule(line.text):
            yield from form.flush()
            continue
        if "\t" in line.text.strip():
            form.add(_tab_cells(line.text), place, tabbed=True)
        elif fields := field_cells(line.text):
            form.add(fields, place, open_label=_takes_more(fields))
        elif form.open and not heading_level(Paragraph(line.text.strip())):
            form.rows[-1][-1] += line.text.strip()  # a passage under its label, or wrapped onto here
        else:
            yield from form.flush()
            yield Paragraph(" ".join(line.text.split()), heading=at in titles, place=place)
    if drawn is not None:
        form.extend(*drawn.read())
    yield from form.flush()


class _Form:
    """The rows of the form being read, until a prose line or a rule ends it."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.places: list[Place] = []
        self.open = False  # the last row is a lone label whose text comes on the lines under it
        self._tabbed_from: int | None = None  # where the current run of tab rows started

    def add(self, cells: list[str], place: Place, *, tabbed: bool = False,
            open_label: bool = False) -> None:
        if not tabbed:
            self._tabbed_from = None
        elif self._tabbed_from is None:
            self._tabbed_from = len(self.rows)
        self.rows.append(cells)
        self.places.append(place)
        self.open = open_label
        if tabbed:
            _pad(self.rows[self._tabbed_from:])

    def extend(self, rows: list[list[str]], places: list) -> None:
        self.rows.extend(rows)
        self.places.extend(places)
        self.open, self._tabbed_from = False, None

    def flush(self) -> Iterator[Table]:
        """The form read so far as one Table, and a fresh start."""
        if self.rows:
            yield Table(tuple(tuple(row) for row in self.rows), tuple(self.places))
        self.rows, self.places, self.open, self._tabbed_from = [], [], False, None


def _pad(rows: list[list[str]]) -> None:
    """Rows of tab-separated cells line up from the left: a row cut short left its last cells blank."""
    width = max(len(row) for row in rows)
    for row in rows:
        row.extend([""] * (width - len(row)))


def _tab_cells(line: str) -> list[str]:
    """The cells of a tab-separated row, an indent before it dropped and a trailing blank cell kept."""
    return [cell.strip() for cell in line.strip(" \u3000\r").split("\t")]


def field_cells(line: str) -> list[str]:
    """«项目编码：P1        项目属性：延续项目» → [项目编码, P1, 项目属性, 延续项目]; [] for a line whose
    first label is not one a form prints. A lone label («年度绩效目标：») has an empty value, its text
    on the lines under it; a unit field («金额单位：万元») stays one cell, as a form's unit cell is read."""
    pieces = [piece for piece in _FIELD_GAP.split(line.strip()) if piece]
    cells: list[str] = []
    for piece in pieces:
        if _UNIT_FIELD.fullmatch(piece):
            cells.append(piece)
        elif (split := _label_split(piece)) is not None:
            label, value = split
            cells += [label, value]
        elif not cells:
            return []
        elif _UNIT_FIELD.fullmatch(cells[-1]):
            cells.append(piece)
        else:
            cells[-1] = f"{cells[-1]} {piece}".strip()  # a value with a run of spaces inside it
    return cells


def _takes_more(cells: list[str]) -> bool:
    """Whether the lines right under a field line may carry on its last value: a lone label's text
    («年度绩效目标：» then the goal), or a passage (资金用途, 绩效目标) wrapped onto the next line."""
    return len(cells) >= 2 and not _UNIT_FIELD.fullmatch(cells[-1]) and (
        cells[-1] == "" or field_of(cells[-2]) in ("use", "goal"))


def _label_split(piece: str) -> tuple[str, str] | None:
    """(label, value) when the piece starts with a label a form prints and a colon; the label may
    take in «其中：» before it («其中：财政拨款：70.00»)."""
    for match in _COLON.finditer(piece):
        label = piece[:match.start()].strip()
        if _is_form_label(label):
            return label, piece[match.end():].strip()
        if len(label) > 20:
            break
    return None


def _is_form_label(label: str) -> bool:
    """A header field's label, a plan's, or a table's caption («绩效指标»); not an indicator column's
    word alone («备注：…» under a table is a note)."""
    return bool(label) and (is_plan_label(label) or (
        is_label(label) and column_of(label) in (None, "level3")))


def _plain_borders(lines: list[BodyLine]) -> set[int]:
    """Rules (────) drawn right over or under a row of cells: a table's borders drawn without
    corners, not rules that end a form."""
    filled = [k for k, line in enumerate(lines) if line.text.strip()]
    out = set()
    for before, k, after in zip([None, *filled], filled, [*filled[1:], None]):
        if is_rule(lines[k].text) and any(
                n is not None and is_row_line(lines[n].text) for n in (before, after)):
            out.add(k)
    return out


def _ruled_titles(lines: list[BodyLine]) -> set[int]:
    """Lines printed between two rules (━━━ / 表4-1 项目支出绩效目标申报表 / ━━━): a form's title."""
    filled = [k for k, line in enumerate(lines) if line.text.strip()]
    return {k for before, k, after in zip(filled, filled[1:], filled[2:])
            if is_rule(lines[before].text) and is_rule(lines[after].text)
            and not is_rule(lines[k].text) and not is_ruled(lines[k].text)}
