"""The one error ingestion raises: a file it cannot read, named, with what to do about it."""

from __future__ import annotations

import unicodedata
from pathlib import Path


def safe_name(name: str) -> str:
    """A file name fit for a one-line message: control and format characters (newline, ESC,
    bidi overrides) shown escaped, so a name can neither break the line nor drive the terminal."""
    out = []
    for ch in name:
        if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"}:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


class IngestError(Exception):
    """A file that cannot be read; str() is one line: «name: problem — remedy»."""

    def __init__(self, path: Path | str, problem: str, remedy: str) -> None:
        self.path = Path(path)
        self.problem = problem
        self.remedy = remedy
        super().__init__(f"{safe_name(self.path.name)}: {problem} — {remedy}")
