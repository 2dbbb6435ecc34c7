"""Growth benchmark: how the store's costs move with the number of departments.

    python -m eval.growth --departments 10,100,1000 --years 3,3,1 [--vectors-up-to 100]
    python -m eval.growth hnsw --departments 100 --years 3

For each N a child process builds a fresh store from generated documents (eval/generator.py,
cached under .jixiao/growth/) and measures: ingest documents/s without and with vectors, store
size, process start, the first dense question after start, replacing and removing one document,
keyword and dense retrieval p50/p95 (whole store and one department), and its peak RSS. The
table goes to eval/growth/table.md (and the README), one PNG per figure to eval/growth/.

Figures of the question engine (structured questions per plan kind, 体检, page open) come from
ENGINE_HOOKS: functions (settings, truth) -> {figure: value} registered by assistant code.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / ".jixiao" / "growth"
OUT = ROOT / "eval" / "growth"
# Engine figures, filled in by the question engine: name -> f(settings, truth) -> figures.
ENGINE_HOOKS: dict[str, Callable[[Any, list[dict]], dict[str, float]]] = {}

FIGURES = {  # key: (table heading, unit)
    "documents": ("documents", ""),
    "chunks": ("chunks", ""),
    "ingest_docs_per_s": ("ingest, facts + keywords", "docs/s"),
    "vector_chunks_per_s": ("embedding", "chunks/s"),
    "ingest_with_vectors_docs_per_s": ("ingest with vectors", "docs/s"),
    "store_mb": ("store size", "MB"),
    "start_s": ("process start (open store, first keyword search)", "s"),
    "first_dense_s": ("first dense question after start", "s"),
    "replace_ms": ("replace one document (stored, indexed)", "ms"),
    "remove_ms": ("remove one document", "ms"),
    "keyword_p50_ms": ("keyword search p50", "ms"),
    "keyword_p95_ms": ("keyword search p95", "ms"),
    "keyword_scoped_p50_ms": ("keyword search in one department p50", "ms"),
    "keyword_scoped_p95_ms": ("keyword search in one department p95", "ms"),
    "dense_p50_ms": ("dense search p50", "ms"),
    "dense_p95_ms": ("dense search p95", "ms"),
    "dense_scoped_p50_ms": ("dense search in one department p50", "ms"),
    "dense_scoped_p95_ms": ("dense search in one department p95", "ms"),
    "read_during_write_p95_ms": ("20 readers during ingest, p95 of one scoped SUM", "ms"),
    "peak_rss_mb": ("peak RSS", "MB"),
}
READERS, READS, WRITES = 20, 10, 20


def corpus(departments: int, years: int) -> Path:
    """The generated documents for N departments × Y years (written once, then reused)."""
    from eval.generator import write_corpus

    folder = WORK / f"corpus-{departments}x{years}"
    if not (folder / "truth.jsonl").exists() or len(list(folder.rglob("*.docx"))) < departments * years:
        write_corpus(folder, departments, years)
    return folder


def questions(truth: list[dict], count: int = 40, seed: int = 3) -> list[tuple[str, str]]:
    """(question, department) pairs about generated indicators and goals."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        doc = rng.choice(truth)
        project = rng.choice(doc["projects"])
        indicator = rng.choice(project["indicators"])
        out.append((rng.choice([f"{project['name']}的{indicator['level3']}目标是多少",
                                f"{indicator['level3']}要求达到多少",
                                f"{project['name']}的绩效目标是什么"]), doc["department"]))
    return out


def _ms(samples: list[float], q: int) -> float:
    from eval.runner import percentile

    return round(percentile(samples, q) or 0.0, 2)


def measure(departments: int, years: int, with_vectors: bool, store: Path) -> dict[str, Any]:
    """All store figures at one N, in this process (run it in a child for a clean RSS)."""
    from ingest import read_document
    from store.library import Library
    from store.settings import load_settings

    folder = corpus(departments, years)
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]
    settings = load_settings(store=store)
    library = Library(settings)
    library.keywords  # noqa: B018 — created first, so ingest keeps it current as it goes
    started = time.perf_counter()
    reports = library.ingest_paths([folder])
    ingest_s = time.perf_counter() - started
    assert all(r.status in ("ingested", "replaced") for r in reports), [
        r.message for r in reports if not r.ok][:3]
    out: dict[str, Any] = {"departments": departments, "years": years,
                           "documents": len(reports), "chunks": len(library.facts.chunk_ids()),
                           "ingest_docs_per_s": round(len(reports) / ingest_s, 2)}
    if with_vectors:
        started = time.perf_counter()
        added = library.sync_vectors()
        vector_s = time.perf_counter() - started
        out["vector_chunks_per_s"] = round(added / vector_s, 1)
        out["ingest_with_vectors_docs_per_s"] = round(len(reports) / (ingest_s + vector_s), 3)
    out["store_mb"] = round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20, 1)

    # replace one document by a revised copy (read apart from storing), then remove it
    path = folder / truth[0]["path"]
    document = read_document(path)
    first = document.projects[0]
    revised = replace(document, source=replace(document.source, sha256="f" * 64),
                      projects=(replace(first, goal=first.goal + "（修订）"),)
                      + document.projects[1:])
    started = time.perf_counter()
    report = library.add_document(revised)
    library.keywords  # noqa: B018 — caught up, as the next question would need
    out["replace_ms"] = round((time.perf_counter() - started) * 1000, 1)
    assert report.status == "replaced", report
    (stored,) = [s for s in library.facts.sources() if s.source.sha256 == "f" * 64]
    started = time.perf_counter()
    library.remove_source(stored.id)
    library.keywords  # noqa: B018
    out["remove_ms"] = round((time.perf_counter() - started) * 1000, 1)
    library.add_document(document)

    asked = questions(truth)
    sources_of = {}
    for s in library.facts.sources():
        sources_of.setdefault(s.source.department, []).append(s.id)
    timings: dict[str, list[float]] = {"keyword": [], "keyword_scoped": [], "dense": [],
                                       "dense_scoped": []}
    for question, department in asked:
        for kind, scope in (("keyword", None), ("keyword_scoped", sources_of[department])):
            started = time.perf_counter()
            library.keywords.search(question, 20, sources=scope)
            timings[kind].append((time.perf_counter() - started) * 1000)
        if with_vectors:
            for kind, scope in (("dense", None), ("dense_scoped", sources_of[department])):
                library.forget_queries()
                started = time.perf_counter()
                library.search_vectors(question, 60, sources=scope)
                timings[kind].append((time.perf_counter() - started) * 1000)
    for kind, samples in timings.items():
        if samples:
            out[f"{kind}_p50_ms"] = _ms(samples, 50)
            out[f"{kind}_p95_ms"] = _ms(samples, 95)
    out["read_during_write_p95_ms"] = _reads_during_writes(library, truth, folder)
    for name, hook in ENGINE_HOOKS.items():
        out.update({f"{name}_{k}": v for k, v in hook(settings, truth).items()})
    library.close()
    out["start_s"] = _fresh(store, "lib.keywords.search('就业创业服务', 20)")
    if with_vectors:
        out["first_dense_s"] = _fresh(store, "lib.search_vectors('就业创业服务的目标', 20)")
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def _reads_during_writes(library: Any, truth: list[dict], folder: Path) -> float:
    """p95 of READERS threads' scoped sums, asked every few ms while a writer replaces
    documents one after another (WRITES of them)."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from ingest import read_document

    sql = ("SELECT COUNT(*) AS n, SUM(p.budget_fen) AS fen FROM projects p"
           " JOIN sources s ON s.id = p.source_id WHERE s.department = ?")
    documents = [read_document(folder / t["path"]) for t in truth[:5]]
    written = threading.Semaphore(0)
    done = threading.Event()

    def write() -> None:
        for n in range(WRITES):
            doc = documents[n % len(documents)]
            library.add_document(replace(doc, source=replace(doc.source, sha256=f"{n:064x}")))
            written.release()
        done.set()

    def read(department: str) -> list[float]:
        times = []
        while not done.is_set() or len(times) < READS:
            started = time.perf_counter()
            library.facts.query(sql, (department,))
            times.append((time.perf_counter() - started) * 1000)
            time.sleep(0.002)
        return times

    writer = threading.Thread(target=write)
    with ThreadPoolExecutor(READERS) as pool:
        futures = [pool.submit(read, t["department"]) for t in truth[:READERS]]
        writer.start()
        samples = [t for f in futures for t in f.result()]
    writer.join()
    for doc in documents:  # the corpus as it was
        library.add_document(doc)
    return _ms(samples, 95)


def _fresh(store: Path, action: str) -> float:
    """Wall time of a new process that opens the store and does one thing (best of 3)."""
    code = ("from store.library import Library; from store.settings import load_settings;"
            f"lib = Library(load_settings(store={str(store)!r})); {action}")
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return round(best, 2)


def run(departments: list[int], years: list[int], vectors_up_to: int) -> list[dict]:
    """One child per N; results appended to eval/growth/results.json as they come."""
    OUT.mkdir(parents=True, exist_ok=True)
    results_path = OUT / "results.json"
    results = json.loads(results_path.read_text()) if results_path.exists() else []
    for n, y in zip(departments, years):
        corpus(n, y)  # generated outside the measured child
        store = WORK / f"store-{n}x{y}"
        subprocess.run(["rm", "-rf", str(store)], check=True)
        child = subprocess.run(
            [sys.executable, "-m", "eval.growth", "one", "--departments", str(n), "--years", str(y),
             "--vectors-up-to", str(vectors_up_to)], cwd=ROOT, capture_output=True, text=True)
        if child.returncode != 0:
            raise SystemExit(child.stderr[-3000:])
        figures = json.loads(child.stdout.strip().splitlines()[-1])
        results = [r for r in results if (r["departments"], r["years"]) != (n, y)] + [figures]
        results.sort(key=lambda r: (r["departments"], r["years"]))
        results_path.write_text(json.dumps(results, ensure_ascii=False, indent=1))
        print(json.dumps(figures, ensure_ascii=False), flush=True)
    write_table(results)
    plot(results)
    return results


def write_table(results: list[dict]) -> str:
    """The markdown table of every figure (rows) by N (columns)."""
    heads = [f"N={r['departments']}×{r['years']}y" for r in results]
    lines = ["| figure | " + " | ".join(heads) + " |", "|---" * (len(heads) + 1) + "|"]
    keys = list(FIGURES) + sorted({k for r in results for k in r} - set(FIGURES)
                                  - {"departments", "years"})
    for key in keys:
        name, unit = FIGURES.get(key, (key, ""))
        cells = [str(r.get(key, "—")) for r in results]
        lines.append(f"| {name}{f' ({unit})' if unit else ''} | " + " | ".join(cells) + " |")
    table = "\n".join(lines) + "\n"
    (OUT / "table.md").write_text(table, encoding="utf-8")
    return table


def plot(results: list[dict]) -> None:
    """One PNG per figure against N (log-log), for the README."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib missing: pip install -e '.[growth]' for the plots", file=sys.stderr)
        return
    for key, (name, unit) in FIGURES.items():
        points = [(r["documents"], r[key]) for r in results if r.get(key) is not None]
        if len(points) < 2 or key == "documents":
            continue
        fig, ax = plt.subplots(figsize=(4.5, 3))
        ax.plot(*zip(*points), marker="o")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("documents")
        ax.set_ylabel(unit or key)
        ax.set_title(name, fontsize=9)
        ax.grid(True, which="both", alpha=0.3)
        fig.tight_layout()
        fig.savefig(OUT / f"{key}.png", dpi=90)
        plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.growth")
    parser.add_argument("what", nargs="?", default="run",
                        choices=("run", "one", "hnsw", "readers", "table"))
    parser.add_argument("--departments", default="10,100")
    parser.add_argument("--years", default="3", help="one number, or one per --departments")
    parser.add_argument("--vectors-up-to", type=int, default=100,
                        help="embed vectors only up to this many departments (time)")
    args = parser.parse_args(argv)
    departments = [int(x) for x in args.departments.split(",")]
    years = [int(x) for x in args.years.split(",")]
    years = years * len(departments) if len(years) == 1 else years
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.what == "one":
        n, y = departments[0], years[0]
        print(json.dumps(measure(n, y, n <= args.vectors_up_to, WORK / f"store-{n}x{y}")))
    elif args.what == "hnsw":
        from eval.hnsw import tune

        print(json.dumps(tune(WORK / f"store-{departments[0]}x{years[0]}"), ensure_ascii=False))
    elif args.what == "readers":  # the concurrency figure alone, on a store built before
        from store.library import Library
        from store.settings import load_settings

        folder = corpus(departments[0], years[0])
        truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]
        library = Library(load_settings(store=WORK / f"store-{departments[0]}x{years[0]}"))
        print(json.dumps({"read_during_write_p95_ms": _reads_during_writes(library, truth, folder)}))
    elif args.what == "table":
        results = json.loads((OUT / "results.json").read_text())
        print(write_table(results))
        plot(results)
    else:
        run(departments, years, args.vectors_up_to)
    return 0


if __name__ == "__main__":
    sys.exit(main())
