"""How exactly OCR reads a scanned 绩效目标表: cells read exactly, against the .docx they were
printed from.

    python -m eval.ocr_bench [--json]

`tests/data/scan.pdf` is pages 3–4 of the sample printed to PDF by LibreOffice, rendered at
150 dpi and put back as images. The projects complete on those pages (1 and 2) are compared field
by field with the same projects read from the .docx: every header field, spending-plan percent
and indicator cell is one cell, exact when equal up to blanks. Numeric cells are those holding a number (money, percents,
indicator values with a number, the project code).
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCAN = ROOT / "tests/data/scan.pdf"
SAMPLE = ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx"
PROJECTS = 2  # the projects wholly on the scanned pages


@dataclass(frozen=True)
class Cell:
    where: str
    truth: str
    read: str
    numeric: bool

    @property
    def exact(self) -> bool:
        # Spaces typed between Chinese characters print as a gap no reader can tell from
        # spacing; everything else must match character for character.
        return "".join(self.truth.split()) == "".join(self.read.split())


def cells_of(project) -> list[tuple[str, str, bool]]:
    """(field name, text, numeric) for every cell of one project, in a fixed order."""
    def num(value) -> str:
        return "" if value is None else f"{value}"

    out = [("code", project.code, True), ("name", project.name, False),
           ("budget", num(project.budget), True), ("fiscal", num(project.fiscal), True),
           ("other", num(project.other), True), ("use", project.use, False),
           ("goal", project.goal, False)]
    out += [(f"plan {point.period}", num(point.percent), True) for point in project.spending_plan]
    for k, ind in enumerate(project.indicators, start=1):
        out += [(f"row {k} {name}", text, numeric) for name, text, numeric in (
            ("一级指标", ind.level1, False), ("二级指标", ind.level2, False),
            ("三级指标", ind.level3, False), ("描述", ind.description, False),
            ("指标值", ind.value.raw, ind.value.number is not None), ("依据", ind.basis, False))]
    return out


def read_scan():
    """The scan read with OCR, and the seconds it took."""
    from ingest import read_document

    started = time.perf_counter()
    scanned = read_document(SCAN, ocr=True)
    return scanned, time.perf_counter() - started


def measure(scanned=None, seconds: float = 0.0) -> dict:
    """Cells of the scan read exactly; reads the scan unless given its Document."""
    from ingest import read_document

    truth = read_document(SAMPLE).projects[:PROJECTS]
    if scanned is None:
        scanned, seconds = read_scan()
    read = {p.name: p for p in scanned.projects}
    cells: list[Cell] = []
    for project in truth:
        got = read.get(project.name) or next(
            (p for p in scanned.projects if p.code == project.code), None)
        got_cells = {where: text for where, text, _ in cells_of(got)} if got else {}
        for where, text, numeric in cells_of(project):
            cells.append(Cell(f"{project.name} {where}", text, got_cells.get(where, ""), numeric))
    numeric = [c for c in cells if c.numeric]
    return {
        "cells": len(cells), "exact": sum(c.exact for c in cells),
        "numeric_cells": len(numeric), "numeric_exact": sum(c.exact for c in numeric),
        "exact_share": round(sum(c.exact for c in cells) / len(cells), 3),
        "numeric_exact_share": round(sum(c.exact for c in numeric) / len(numeric), 3),
        "seconds": round(seconds, 1), "pages": 2,
        "misread": [(c.where, c.truth, c.read) for c in cells if not c.exact],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    print(f"cells read exactly: {result['exact']}/{result['cells']} ({result['exact_share']:.1%})")
    print(f"numeric cells exactly: {result['numeric_exact']}/{result['numeric_cells']} "
          f"({result['numeric_exact_share']:.1%})")
    print(f"time: {result['seconds']} s for {result['pages']} pages")
    for where, truth, read in result["misread"]:
        print(f"  {where}: {truth!r} → {read!r}")


if __name__ == "__main__":
    main()
