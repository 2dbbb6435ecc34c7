"""`jixiao eval`: run a gold file, print failures, score and latency, beside a naive baseline."""

from __future__ import annotations

import json
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval.scoring import GoldItem, Verdict, load_gold, score
from store.settings import Settings

RETRIEVAL_KINDS = ("rows", "prose")


def percentile(values: list[float], q: int) -> float | None:
    """The q-th percentile (inclusive method) of some timings; None when there are none."""
    ordered = sorted(values)
    if not ordered:
        return None
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[q - 1]


@dataclass
class RunSummary:
    """Scores and latencies of one system over a gold file."""

    name: str
    verdicts: list[Verdict] = field(default_factory=list)
    latencies: dict[str, list[float]] = field(default_factory=dict)

    @property
    def passed(self) -> int:
        return sum(v.passed for v in self.verdicts)

    def percentile(self, kind: str, q: int) -> float | None:
        return percentile(self.latencies.get(kind, []), q)

    def to_dict(self) -> dict[str, Any]:
        return {
            "system": self.name, "passed": self.passed, "total": len(self.verdicts),
            "failures": [{"id": v.id, "reasons": list(v.reasons)} for v in self.verdicts if not v.passed],
            "latency_ms": {k: {"n": len(v), "p50": self.percentile(k, 50), "p95": self.percentile(k, 95)}
                           for k, v in self.latencies.items()},
        }


def run_assistant(items: list[GoldItem], assistant) -> tuple[RunSummary, list[dict[str, Any]]]:
    """Ask every gold question twice (the first pass warms caches); time the second pass."""
    from assistant.conversation import Conversation

    summary, records = RunSummary("jixiao"), []
    for warm in (True, False):
        for item in items:
            conversation = Conversation()
            for earlier in item.history:
                assistant.ask(earlier, conversation)
            answer = assistant.ask(item.question, conversation)
            if warm:
                continue
            record = answer.to_record(item.id)
            records.append(record)
            summary.verdicts.append(score(item, record))
            kind = item.kind or ("retrieval" if answer.plan.get("operation") in RETRIEVAL_KINDS
                                 else "structured")
            summary.latencies.setdefault(kind, []).append(answer.latency_ms)
    return summary, records


def run_baseline(items: list[GoldItem], library) -> RunSummary:
    from eval.baseline import DenseBaseline

    baseline, summary = DenseBaseline(library), RunSummary("dense top-5 baseline")
    for warm in (True, False):
        for item in items:
            record = baseline.ask(item.question)
            if not warm:
                summary.verdicts.append(score(item, record))
                summary.latencies.setdefault("all", []).append(record["latency_ms"])
    return summary


def run_eval(gold: Path, settings: Settings, baseline: bool = True, as_json: bool = False) -> int:
    from assistant.service import Assistant

    try:
        items = load_gold(gold)
    except (OSError, ValueError) as err:
        print(f"{gold}: {err}", file=sys.stderr)
        return 2
    assistant = Assistant.open(settings)
    if not assistant.projects():
        print(f"库 {settings.store} 是空的：先运行 jixiao ingest", file=sys.stderr)
        return 2
    ours, records = run_assistant(items, assistant)
    summaries = [ours]
    if baseline:
        summaries.append(run_baseline(items, assistant.library))
    if as_json:
        print(json.dumps([s.to_dict() for s in summaries], ensure_ascii=False, indent=1))
    else:
        print(report(summaries, items))
    return 0 if ours.passed == len(items) else 1


def report(summaries: list[RunSummary], items: list[GoldItem]) -> str:
    questions = {i.id: i.question for i in items}
    lines = []
    for s in summaries:
        lines.append(f"== {s.name}: {s.passed}/{len(s.verdicts)}")
        for v in s.verdicts:
            if not v.passed and s is summaries[0]:
                lines.append(f"  FAIL {v.id} {questions[v.id]}: {'; '.join(v.reasons)}")
        for kind in sorted(s.latencies):
            lines.append(f"  latency {kind}: n={len(s.latencies[kind])} "
                         f"p50={s.percentile(kind, 50):.1f} ms p95={s.percentile(kind, 95):.1f} ms")
    lines.append("")
    lines.append("| system | score | p50 (ms) | p95 (ms) |")
    lines.append("|---|---|---|---|")
    for s in summaries:
        every = [x for v in s.latencies.values() for x in v]
        p50, p95 = percentile(every, 50) or 0.0, percentile(every, 95) or 0.0
        lines.append(f"| {s.name} | {s.passed}/{len(s.verdicts)} | {p50:.1f} | {p95:.1f} |")
    return "\n".join(lines)
