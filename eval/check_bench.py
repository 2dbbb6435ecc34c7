"""Precision and recall of every 体检 rule on the planted-defect corpus (eval/defects.py).

    python -m eval.check_bench [--seed 11] [--departments 10] [--projects 16] [--per-rule 12]
                               [--keep DIR] [--misses]

Writes the corpus as .docx files, reads them back through ingest like any upload, runs the
checks with each document's department and year, and compares the findings with the planted
defects: a finding is right when its rule, file, table and row (the header for header rules; every
listed row for a grouped info line) match a planted defect. Exit status 1 when an error or warning
rule falls below 95% precision or recall.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.checks import RULES, Finding, run_checks
from eval.defects import Corpus, generate, write_corpus
from ingest import read_document

TARGET = 0.95


@dataclass(frozen=True)
class Score:
    rule: str
    planted: int
    reported: int
    right: int     # reported findings that match a planted defect
    found: int     # planted defects matched by a finding
    false_alarms: tuple[Finding, ...]
    misses: tuple[tuple[str, int, int | None], ...]

    @property
    def precision(self) -> float:
        return self.right / self.reported if self.reported else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0


def score(corpus: Corpus, findings: Sequence[Finding]) -> dict[str, Score]:
    """Per rule: how many findings were right and how many planted defects were found."""
    planted: dict[tuple[str, str, int], set[int | None]] = {}
    for p in corpus.planted:
        planted.setdefault((p.rule, p.source, p.table), set()).add(p.row)
    detected: set[tuple[str, str, int, int | None]] = set()
    scores = {}
    for rule in RULES:
        mine = [f for f in findings if f.rule == rule]
        right, wrong = 0, []
        for f in mine:
            rows = planted.get((rule, f.locator.source, f.locator.table or 0), set())
            covered = set(f.rows) if f.rows else {f.locator.row}
            if covered <= rows:
                right += 1
                detected.update((rule, f.locator.source, f.locator.table or 0, row) for row in covered)
            else:
                wrong.append(f)
        expected = [p for p in corpus.planted if p.rule == rule]
        missed = tuple((p.source, p.table, p.row) for p in expected
                       if (rule, p.source, p.table, p.row) not in detected)
        scores[rule] = Score(rule, len(expected), len(mine), right, len(expected) - len(missed),
                             tuple(wrong), missed)
    return scores


def run(corpus: Corpus, folder: Path) -> tuple[dict[str, Score], dict[str, float]]:
    """Write, read and check the corpus; the scores and the seconds each stage took."""
    timings = {}
    start = time.perf_counter()
    paths = write_corpus(corpus, folder)
    timings["write"] = time.perf_counter() - start
    start = time.perf_counter()
    documents = [read_document(path) for path in paths]
    timings["read"] = time.perf_counter() - start
    projects = [p for d in documents for p in d.projects]
    start = time.perf_counter()
    findings = run_checks(projects, [d.source for d in documents])
    timings["check"] = time.perf_counter() - start
    return score(corpus, findings), timings


def table(scores: dict[str, Score]) -> str:
    """The README table: one line per rule."""
    lines = ["| 规则 | 代码 | 级别 | 埋入 | 报出 | 命中 | 精确率 | 召回率 |",
             "|---|---|---|---|---|---|---|---|"]
    for rule_id, s in scores.items():
        rule = RULES[rule_id]
        lines.append(f"| {rule.title} | `{rule_id}` | {rule.severity} | {s.planted} | {s.reported} | "
                     f"{s.right} | {s.precision:.1%} | {s.recall:.1%} |")
    return "\n".join(lines)


def below_target(scores: dict[str, Score]) -> list[str]:
    """Error and warning rules under 95% precision or recall."""
    return [rule for rule, s in scores.items() if RULES[rule].severity in ("error", "warning")
            and (s.precision < TARGET or s.recall < TARGET)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.check_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--departments", type=int, default=10)
    parser.add_argument("--projects", type=int, default=16, help="projects per document (≤20)")
    parser.add_argument("--per-rule", type=int, default=12, help="defects planted per rule")
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--misses", action="store_true", help="list false alarms and misses")
    args = parser.parse_args(argv)
    corpus = generate(args.seed, args.departments, args.projects, args.per_rule)
    with tempfile.TemporaryDirectory() as tmp:
        scores, timings = run(corpus, args.keep or Path(tmp))
    print(f"语料：{len(corpus.documents)}份文件，{corpus.project_count}个项目，埋入{len(corpus.planted)}处问题"
          f"（种子{args.seed}）；写出{timings['write']:.1f}秒，读入{timings['read']:.1f}秒，"
          f"体检{timings['check']:.2f}秒")
    print(table(scores))
    if args.misses:
        for s in scores.values():
            for f in s.false_alarms:
                print(f"误报 {s.rule} {f.locator.source} 表{f.locator.table} {f.where}：{f.message}")
            for source, number, row in s.misses:
                print(f"漏报 {s.rule} {source} 表{number} {'表头' if row is None else f'第{row}行'}")
    failing = below_target(scores)
    if failing:
        print("未达到95%：" + "、".join(failing))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
