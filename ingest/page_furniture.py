"""Take the page furniture out of a text export of a printed document: the footer that numbers each
page («第 3 页 共 7 页», «- 3 -», «3/7»), the running header printed at the top of every later page
and the rule under it, and the «（续表）» that says a table goes on; the body lines that are left
keep the page they were printed on.

A print view saved as text breaks pages wherever its line count falls, inside a project's form and
inside a table; with the furniture gone the form and the table read on as if unbroken.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .ruled_tables import is_ruled

# A line holding only a page number: «第 3 页 共 7 页», «第3页/共7页», «共7页 第3页», «- 3 -», «3 / 7»;
# the first two may stand beside the document's name, set apart by a run of spaces
_NUMBERS = (r"第\s*\d+\s*页\s*[,，/、]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页")
_FOOTER = re.compile(rf"(?:.*\S\s{{2,}})?(?:{_NUMBERS})(?:\s{{2,}}\S.*)?|第\s*\d+\s*页"
                     r"|[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}\s*/\s*\d{1,4}|(?i:page)\s*\d+(?:\s*(?i:of)\s*\d+)?")
# A line drawn across the page and nothing else: ───, ━━━, ===, ---
_RULE = re.compile(r"([─━═\-=_~—])\1{4,}")
# «（续表）», «续表», «续上表»: the table above goes on here
_CONTINUED = re.compile(r"[（(]?续(?:上)?表[）)]?")


@dataclass(frozen=True)
class BodyLine:
    """A line of the document's body and the page it was printed on (None with no page marks)."""

    text: str
    page: int | None


def is_rule(line: str) -> bool:
    """A line drawn across the page (───, ━━━, ===): it separates, it says nothing."""
    return bool(_RULE.fullmatch(line.strip()))


def is_footer(line: str) -> bool:
    """A line that only numbers the page."""
    return bool(_FOOTER.fullmatch(line.strip()))


def body_lines(lines: Sequence[str]) -> list[BodyLine]:
    """The lines that are not page furniture, each with its page; a form feed breaks a page too."""
    pages = _pages(lines)
    if len(pages) == 1:
        return [BodyLine(line, None) for line in pages[0]]
    running = _running_headers(pages)
    out: list[BodyLine] = []
    for number, page in enumerate(pages, start=1):
        for line in _without_furniture(page, running, first=number == 1):
            out.append(BodyLine(line, number))
    return out


def _pages(lines: Sequence[str]) -> list[list[str]]:
    """The lines of each page, footers dropped (a page ends at its footer or at a form feed)."""
    pages: list[list[str]] = [[]]
    for raw in lines:
        parts = raw.split("\f")
        for k, line in enumerate(parts):
            if k:
                pages.append([])
            if is_footer(line):
                pages.append([])
            else:
                pages[-1].append(line)
    pages = [page for page in pages if any(line.strip() for line in page)]
    return pages or [[]]


def _first_filled(page: Sequence[str]) -> int | None:
    return next((k for k, line in enumerate(page) if line.strip()), None)


def _running_headers(pages: list[list[str]]) -> set[str]:
    """Lines printed at the top of the later pages: the same text on two of them or more, or, with
    only two pages, a line with a rule drawn under it. A table's border or row is never one: a
    table may begin at the top of every page."""
    tops: Counter[str] = Counter()
    ruled: set[str] = set()
    for page in pages[1:]:
        at = _first_filled(page)
        if at is None or is_ruled(page[at]) or "\t" in page[at].strip():
            continue  # a table's own line at the top of a page is not furniture
        text = page[at].strip()
        tops[text] += 1
        after = _first_filled(page[at + 1:])
        if after is not None and is_rule(page[at + 1 + after]):
            ruled.add(text)
    running = {text for text, count in tops.items() if count >= 2}
    if len(pages) == 2:
        running |= ruled
    return {text for text in running if not is_rule(text)}


def _without_furniture(page: list[str], running: set[str], first: bool) -> list[str]:
    """One page's lines without the blank lines over its footer and, on a later page, without its
    running header, the rule under it, a «续表» line and the blank lines between them."""
    lines = list(page)
    while lines and not lines[-1].strip():
        lines.pop()
    if first:
        return lines
    at = _first_filled(lines)
    if at is not None and lines[at].strip() in running:
        lines = lines[at + 1:]
        at = _first_filled(lines)
        if at is not None and is_rule(lines[at]):
            lines = lines[at + 1:]
    at = _first_filled(lines)
    if at is not None and _CONTINUED.fullmatch(lines[at].strip()):
        lines = lines[at + 1:]
    at = _first_filled(lines)
    return lines[at:] if at is not None else []
