"""Question-engine figures as the store grows: structured questions by plan kind, a 体检 question
and the web page's refresh, at N generated departments (facts and keywords only: none of these
embeds anything).

    python -m eval.engine_growth --departments 10,100,1000 --years 1,1,1

Each N runs in a child process on a fresh store built from eval/generator.py documents (cached
with eval.growth's under .jixiao/growth/). The questions name a department and year as a county
reviewer would; the table goes to eval/growth/engine.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from eval.growth import OUT, ROOT, WORK, corpus

FIGURES = {
    "catalog_s": ("catalog built (names, rows) on first question", "s"),
    "structured_p50_ms": ("structured questions p50", "ms"),
    "structured_p95_ms": ("structured questions p95", "ms"),
    "checks_s": ("体检 question, one department", "s"),
    "pages_built_s": ("pages' data built at server start, whole store", "s"),
    "page_cold_s": ("page open, first after start", "s"),
    "page_warm_s": ("page open, later", "s"),
    "peak_rss_mb": ("peak RSS", "MB"),
}
REF = re.compile(r"[\u4e00-\u9fff]{2,6}〔\d{4}〕\d+号")


def questions(truth: list[dict], count: int = 12, seed: int = 5) -> list[tuple[str, str]]:
    """(kind, question) pairs over generated departments, as a reviewer would ask them."""
    rng = random.Random(seed)
    out = []
    years_of: dict[str, set[int]] = {}
    for doc in truth:
        years_of.setdefault(doc["department"], set()).add(doc["year"])
    for doc in rng.sample(truth, min(count, len(truth))):
        d, y = doc["department"], doc["year"]
        project = rng.choice(doc["projects"])
        out += [
            ("lookup", f"{d}{y}年{project['name']}的预算是多少？"),
            ("filter", f"{d}{y}年满意度目标不低于90%的项目有哪些？"),
            ("sum", f"{d}{y}年预算合计多少？"),
            ("count", f"{d}{y}年有几个项目？"),
            ("top", f"{d}{y}年预算最高的三个项目是哪些？"),
        ]
        refs = [m.group(0) for i in project["indicators"] for m in REF.finditer(i["basis"])]
        if refs:
            out.append(("ref", f"{d}{y}年引用{refs[0]}的项目有哪些？"))
        if len(years_of[d]) > 1:
            out.append(("change", f"{d}预算比上年增加了多少？"))
    return out


def _ms(samples: list[float], q: int) -> float:
    from eval.runner import percentile

    return round(percentile(samples, q) or 0.0, 2)


def measure(departments: int, years: int, store: Path) -> dict[str, Any]:
    from assistant.service import Assistant
    from store.library import Library
    from store.settings import load_settings

    folder = corpus(departments, years)
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]
    library = Library(load_settings(store=store))
    reports = library.ingest_paths([folder])
    assert all(r.ok for r in reports), [r.message for r in reports if not r.ok][:3]
    assistant = Assistant(library)
    out: dict[str, Any] = {"departments": departments, "years": years, "documents": len(reports)}
    started = time.perf_counter()
    _ = assistant.engine
    out["catalog_s"] = round(time.perf_counter() - started, 2)
    asked = questions(truth)
    for _, question in asked[:3]:
        assistant.ask(question)  # warm: regexes compiled, dictionaries loaded
    timings: dict[str, list[float]] = {}
    for kind, question in asked:
        answer = assistant.ask(question)
        assert answer.understood or not answer.found, (question, answer.text[:200])
        timings.setdefault(kind, []).append(answer.latency_ms)
    everything = [t for samples in timings.values() for t in samples]
    out["structured_p50_ms"] = _ms(everything, 50)
    out["structured_p95_ms"] = _ms(everything, 95)
    for kind, samples in sorted(timings.items()):
        out[f"{kind}_p95_ms"] = _ms(samples, 95)
    doc = truth[0]
    started = time.perf_counter()
    assistant.ask(f"{doc['department']}{doc['year']}年有哪些项目的资金来源与预算数不符？")
    out["checks_s"] = round(time.perf_counter() - started, 2)
    from ui.handlers import Handlers

    started = time.perf_counter()
    handlers = Handlers(assistant, 20)
    handlers.snapshot()  # as `jixiao serve` does before it reports its address (ui.app.build_app)
    out["pages_built_s"] = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    handlers.refresh()
    out["page_cold_s"] = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    handlers.refresh()
    out["page_warm_s"] = round(time.perf_counter() - started, 2)
    handlers.close()
    library.close()
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def write_table(results: list[dict]) -> str:
    heads = [f"N={r['departments']}×{r['years']}y" for r in results]
    lines = ["| figure | " + " | ".join(heads) + " |", "|---" * (len(heads) + 1) + "|",
             "| documents | " + " | ".join(str(r["documents"]) for r in results) + " |"]
    keys = list(FIGURES) + sorted({k for r in results for k in r} - set(FIGURES)
                                  - {"departments", "years", "documents"})
    for key in keys:
        name, unit = FIGURES.get(key, (key.replace("_p95_ms", " questions p95"), "ms"))
        lines.append(f"| {name}{f' ({unit})' if unit else ''} | "
                     + " | ".join(str(r.get(key, "—")) for r in results) + " |")
    table = "\n".join(lines) + "\n"
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "engine.md").write_text(table, encoding="utf-8")
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.engine_growth")
    parser.add_argument("mode", nargs="?", default="all", choices=("all", "one"))
    parser.add_argument("--departments", default="10,100")
    parser.add_argument("--years", default="1,1")
    args = parser.parse_args(argv)
    ns = [int(x) for x in args.departments.split(",")]
    ys = [int(x) for x in args.years.split(",")]
    if args.mode == "one":
        print(json.dumps(measure(ns[0], ys[0], WORK / f"engine-{ns[0]}x{ys[0]}"), ensure_ascii=False))
        return 0
    results = []
    for n, y in zip(ns, ys):
        corpus(n, y)  # generated outside the measured child
        store = WORK / f"engine-{n}x{y}"
        subprocess.run(["rm", "-rf", str(store)], check=True)
        child = subprocess.run([sys.executable, "-m", "eval.engine_growth", "one", "--departments",
                                str(n), "--years", str(y)], cwd=ROOT, capture_output=True, text=True)
        if child.returncode != 0:
            raise SystemExit(child.stderr[-3000:])
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        print(json.dumps(figures, ensure_ascii=False), flush=True)
        results.append(figures)
    print(write_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
