"""Text geometry of a PDF page: characters into lines, lines into cell text and paragraphs.

Works on pdfplumber's char dicts (x0, x1, top, bottom, size, fontname, text) and on the same
dicts made from OCR words, so a scanned page goes through the same layout as a printed one.
A line that reaches the right edge of its box was wrapped by the printer and continues without a
break; a line that stops short ended where the writer pressed Enter.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class Line:
    """One printed line: its text, box, font size and whether it is bold."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    # Runs of text separated by wide gaps: the cells of a table drawn without rules.
    runs: tuple[str, ...] = ()
    # Width of what the printer could not have split from the line's start (a word, a number
    # with its brackets, a character with the punctuation bound to it).
    lead: float = 0.0


_ITEM = re.compile(r"^(?:\d{1,2}\s*[.、．](?!\d)|[（(]\d{1,2}[）)]|[一二三四五六七八九十]+、)")
# No line break inside: opening brackets with what follows, Latin words and numbers with their
# brackets, a character with the closing punctuation after it; quotes bind on both sides.
_UNBREAKABLE = re.compile(r"[（(〔【\[「『《“‘\"]*(?:[A-Za-z0-9.,:%‰/+\-〕】）)\]]+|.)"
                          r"(?:[“”‘’\"]+.)?[〕】）)\]」』”’》、，。；：！？%]*")


def make_lines(chars: Sequence[dict]) -> list[Line]:
    """Group chars into lines top to bottom, each left to right."""
    ordered = sorted((c for c in chars if c["text"].strip() or c["text"] == " "),
                     key=lambda c: (round(c["bottom"]), c["x0"]))
    groups: list[list[dict]] = []
    for char in ordered:
        if groups and abs(char["bottom"] - _bottom(groups[-1])) <= 0.4 * char["size"]:
            groups[-1].append(char)
        else:
            groups.append([char])
    lines = [_line(sorted(group, key=lambda c: c["x0"])) for group in groups]
    return [line for line in lines if line.text]


def _bottom(group: list[dict]) -> float:
    return max(c["bottom"] for c in group)


def _line(chars: list[dict]) -> Line:
    runs: list[str] = []
    text = ""
    previous = None
    for char in chars:
        if char["text"] == " ":
            text += " "
            continue
        if previous is not None:
            gap = char["x0"] - previous["x1"]
            if gap > 2.5 * char["size"]:
                runs.append(text.strip())
                text = ""
            elif not text.endswith(" ") and (
                    (gap > 0.9 * char["size"] and char.get("fontname") != "OCR")
                    or (gap > 0.45 * char["size"] and previous["text"][-1:].isascii()
                        and char["text"][:1].isascii())):
                # a gap between Latin words; Chinese takes no spaces, but in printed text a blank an
                # em wide is one the writer typed («327001临西县民政局　　单位：元»), which the PDF
                # drops (OCR places its words by what it recognised: their gaps say nothing)
                text += " "
        text += char["text"]
        previous = char
    runs.append(text.strip())
    runs = [run for run in runs if run]
    visible = [c for c in chars if c["text"].strip()]
    size = Counter(round(c["size"], 1) for c in visible).most_common(1)[0][0] if visible else 0
    bold = sum("bold" in c.get("fontname", "").lower() for c in visible) > len(visible) / 2
    lead = 0.0
    if visible and (match := _UNBREAKABLE.match("".join(c["text"] for c in visible))):
        end = len(match.group())  # chars may carry several letters (OCR words): count them
        for char in visible:
            lead = char["x1"] - visible[0]["x0"]
            end -= len(char["text"])
            if end <= 0:
                break
    return Line(text=" ".join(runs), x0=visible[0]["x0"] if visible else 0,
                top=min((c["top"] for c in visible), default=0),
                x1=visible[-1]["x1"] if visible else 0,
                bottom=max((c["bottom"] for c in visible), default=0),
                size=size, bold=bold, runs=tuple(runs), lead=lead)


def inside(char: dict, box: Box) -> bool:
    """The char's centre lies in the box."""
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def wraps(room: float, lead: float, size: float) -> bool:
    """The printer broke the line: the next line's first unbreakable piece did not fit in the
    room left at the end of this one."""
    return room < lead + 0.25 * max(size, 1)


@dataclass(frozen=True)
class CellText:
    """A cell's text; `room` left after its last line and the `lead` width of its first line
    tell whether the part of a cell cut off by a page break starts a new item."""

    text: str
    room: float = 0.0
    lead: float = 0.0
    size: float = 0.0

    def then(self, more: CellText) -> CellText:
        """This cell's text continued by the same cell's part on the next page."""
        if not self.text or not more.text:
            return self if self.text else more
        glue = "\n" if _new_item(self.room, more, self.size) else ""
        return CellText(self.text + glue + more.text, more.room, self.lead, self.size)


def cell_text(chars: Sequence[dict], box: Box) -> CellText:
    """The text inside one table cell, wrapped lines joined, hard breaks kept as newlines."""
    lines = make_lines([c for c in chars if inside(c, box)])
    if not lines:
        return CellText("")
    padding = max(min(line.x0 for line in lines) - box[0], 0)
    right = box[2] - padding
    text = lines[0].text
    for before, line in zip(lines, lines[1:]):
        text += ("\n" if _new_item(right - before.x1, line, before.size) else "") + line.text
    lead = lines[0].lead
    piece = _UNBREAKABLE.match("".join(line.text for line in lines))
    if len(lines) > 1 and piece and len(piece.group()) > len(lines[0].text):
        # the opening piece («〔2024〕12») was broken by force, over lines of a narrow cell: wider
        # than a line, it fits in no room left at the end of the cell above
        lead = right - box[0] - padding
    return CellText(text, right - lines[-1].x1, lead, lines[0].size)


def _new_item(room: float, line, size: float) -> bool:
    """A line in a cell starts a new paragraph only as a numbered item («2.…», «（2）…») after
    a line that stopped short. Budget tables put no other breaks in cells (none of the ~500 cells
    of the two reference documents has one), and the printer's own line breaking around brackets
    and units is too irregular to tell a break from a wrap by width alone."""
    return _ITEM.match(line.text) is not None and not wraps(room, line.lead, size)


def body_size(lines: Sequence[Line]) -> float:
    """The most common font size: body text; larger or bold lines are headings."""
    sizes = Counter(line.size for line in lines for _ in range(max(len(line.text), 1)))
    return sizes.most_common(1)[0][0] if sizes else 0


# «资金用途：…» opening a line: a label and its colon, as a paragraph of header facts starts
_LABEL_OPENING = re.compile(r"^[^:：，。；,;、\s]{2,14}[:：]")


def _starts_labelled(previous: Line, line: Line) -> bool:
    """A sentence ended at the right edge and the next line opens with «标签：»: a new paragraph
    (one of a run of «标签：值» paragraphs), not the sentence wrapping on."""
    return previous.text.endswith(("。", "；", ";")) and bool(_LABEL_OPENING.match(line.text))


def paragraphs(lines: Sequence[Line], left: float, right: float, body: float,
               pages: Sequence[int]) -> list[tuple[str, bool, int]]:
    """Join printed lines into paragraphs: (text, is_heading, index of its first line). A line
    continues the one before when that one was full, it is not indented, and nothing but the
    line spacing (or a page break) lies between them."""
    out: list[tuple[str, bool, int]] = []
    for i, line in enumerate(lines):
        previous = lines[i - 1] if i else None
        heading = line.bold or line.size > body * 1.15
        continues = (previous is not None and wraps(right - previous.x1, line.lead, line.size)
                     and line.x0 - left < 1.0 * line.size
                     and (pages[i] != pages[i - 1] or line.top - previous.bottom < 1.2 * line.size)
                     and (previous.size, previous.bold) == (line.size, line.bold)
                     and not _starts_labelled(previous, line))
        if continues:
            text, was_heading, first = out[-1]
            out[-1] = (text + line.text, was_heading, first)
        else:
            out.append((line.text, heading, i))
    return out
