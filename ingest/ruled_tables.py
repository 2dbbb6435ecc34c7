"""Read a table drawn in plain text — box-drawing characters (┌─┬─┐ │ ├─┼─┤) or an ASCII grid
(+---+ |) — into rows of cell text.

A print view wraps a cell too long for its column onto the lines under it, the other cells of those
lines left blank, and prints a merged cell once, blank below. A line goes on the row above when every
cell it fills is one the line above filled, and each of those cells above had no room left for the
piece that follows (its first character, or its first word and a space) — or when it fills just one
such cell; a column's room is its width less the padding the table keeps right of every text. The
header (its lines over the first border under it) printed again where the table goes on after a page
break is dropped, so a row cut by the break is joined up again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_VERTICAL = "│┃║|"
_SPLIT = re.compile(f"[{_VERTICAL}]")
# The characters a border line is drawn with: lines, corners and junctions
_BORDER = set("─━═-=+:┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫" + _VERTICAL)
_JOINTS = _BORDER - set("─━═-=:" + _VERTICAL)


def is_border(line: str) -> bool:
    """A line drawing the top, bottom or a row boundary of a table (┌──┬──┐, ├──┼──┤, +----+)."""
    text = line.strip().replace(" ", "")
    return len(text) >= 3 and set(text) <= _BORDER and bool(set(text) & _JOINTS)


def is_row_line(line: str) -> bool:
    """A line of cells framed by vertical bars (│a│b│, | a | b |)."""
    text = line.strip()
    return len(text) >= 2 and text[0] in _VERTICAL and text[-1] in _VERTICAL and not is_border(text)


def is_ruled(line: str) -> bool:
    """A line of a table drawn in text: a border or a row of cells."""
    return is_border(line) or is_row_line(line)


def display_width(text: str) -> int:
    """Columns the text takes in a monospaced print: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@dataclass
class RuledTable:
    """One drawn table, gathered line by line; `read` gives its rows. A place (its page) may be
    passed with each line: a row keeps the place of its first line."""

    _lines: list[tuple[str, object]] = field(default_factory=list)

    def add(self, line: str, place=None) -> None:
        """Take one line of the table: a row line, or a border (any other line: a plain rule
        drawn as one)."""
        self._lines.append((line, place))

    def read(self) -> tuple[list[list[str]], list]:
        """The table's rows of cell text, and the place of each row."""
        lines = [(_SPLIT.split(line.strip())[1:-1] if is_row_line(line) else None, place)
                 for line, place in self._lines]
        room = _capacities([raw for raw, _ in lines if raw is not None])
        header = _header(lines)
        rows: list[list[str]] = []
        places: list = []
        above: list[str] = []
        boundary, skip_border, at = True, False, 0
        while at < len(lines):
            raw, place = lines[at]
            at += 1
            if raw is None:  # a border: the next line starts a row
                boundary, skip_border = boundary or not skip_border, False
                continue
            if rows and header and _stripped(lines[at - 1:at - 1 + len(header)]) == header:
                # the header printed again where the table goes on over a page break
                at += len(header) - 1
                boundary, skip_border = False, True
                continue
            cells = [cell.strip() for cell in raw]
            if not boundary and rows and _goes_on(above, raw, room.get(len(raw), ())):
                for k, piece in enumerate(cells):
                    rows[-1][k] += piece
            else:
                rows.append(cells)
                places.append(place)
            above, boundary, skip_border = raw, False, False
        return rows, places


def _stripped(lines: list) -> list[list[str] | None]:
    return [None if raw is None else [cell.strip() for cell in raw] for raw, _ in lines]


def _header(lines: list) -> list[list[str]]:
    """The header's lines, cells stripped: the row lines before the first border under them."""
    first = next((k for k, (raw, _) in enumerate(lines) if raw is not None), None)
    if first is None:
        return []
    end = next((k for k in range(first, len(lines)) if lines[k][0] is None), None)
    return _stripped(lines[first:end]) if end is not None else _stripped(lines[first:first + 1])


def _capacities(lines: list[list[str]]) -> dict[int, list[int]]:
    """How wide a column's text may run, for the lines of each cell count: the column's width less
    the padding the table keeps right of every text (| text | grids keep one space, box tables
    drawn tight none)."""
    pads = [display_width(cell) - display_width(cell.rstrip()) for raw in lines for cell in raw
            if cell.strip()]
    pad = min(pads, default=0)
    return {len(raw): [display_width(cell) - pad for cell in raw] for raw in lines}


def _goes_on(above: list[str], line: list[str], room: list[int] | tuple) -> bool:
    """Whether a row line carries on the cells of the line above (see the module's docstring)."""
    if len(above) != len(line):
        return False
    filled = [k for k, cell in enumerate(line) if cell.strip()]
    if not filled or any(not above[k].strip() for k in filled):
        return False
    return len(filled) == 1 or not any(_had_room(above[k], line[k], room[k]) for k in filled)


def _had_room(above: str, below: str, capacity: int) -> bool:
    """Whether the cell above had room for the first piece of the text below it: a wrapped cell
    was cut because it had none."""
    text = below.strip()
    word = ""
    for ch in text:
        if ch.isspace() or display_width(ch) == 2:
            break
        word += ch
    # a word is carried over whole, and a wrapper breaks at the space after it, not before it
    need = display_width(word) + (len(word) < len(text) and text[len(word)].isspace()) \
        if word else display_width(text[0])
    return display_width(above.rstrip()) + need <= capacity
