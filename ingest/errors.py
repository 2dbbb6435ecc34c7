"""The one error ingestion raises: a file it cannot read, named, with what to do about it."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A file that cannot be read; str() is one line: «name: problem — remedy»."""

    def __init__(self, path: Path | str, problem: str, remedy: str) -> None:
        self.path = Path(path)
        self.problem = problem
        self.remedy = remedy
        super().__init__(f"{self.path.name}: {problem} — {remedy}")
