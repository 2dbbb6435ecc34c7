"""Benchmarks: retrieval quality by tokenizer, answer latency, fresh-process start, scale, memory.

    python -m eval.bench [retrieval|latency|startup|scale|all] [--docs N]

Speed and memory targets are checked here, not in unit tests; figures go in the README.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eval.scoring import load_gold
from store.settings import SAMPLE_DIR, load_settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DOCX = SAMPLE_DIR / "weixian-rsj-2025-jixiao-mubiao.docx"
SAMPLE_TXT = SAMPLE_DIR / "weixian-rsj-2025-jixiao-mubiao.txt"
GOLDS = (ROOT / "eval" / "dev" / "gold_dev.jsonl", ROOT / "eval" / "dev" / "gold_more.jsonl")


def _sample_library(store: Path):
    from store.library import Library

    library = Library(load_settings(store=store))
    library.ingest_paths([SAMPLE_DOCX])
    return library


def retrieval_cases(library) -> list[tuple[str, set[str]]]:
    """Gold questions whose expected strings pin down a few chunks: (question, relevant ids)."""
    chunks = library.facts.chunks()
    cases = []
    for path in GOLDS:
        for item in load_gold(path):
            words = [w for w in (item.expect.contains or []) if len(w) >= 3]
            if not words:
                continue
            relevant = {cid for cid, text in chunks if any(w in text for w in words)}
            if 0 < len(relevant) <= 6:
                cases.append((item.question, relevant))
    return cases


def bench_retrieval(store: Path) -> dict:
    """MRR@10 and recall@5 of keyword (in-memory bigram and jieba BM25, the stored FTS5 bigram
    index), dense and hybrid rankings."""
    from assistant.retrieval import fuse
    from store.keywords import BM25Index

    library = _sample_library(store)
    library.sync_vectors()
    chunks = library.facts.chunks()
    indexes = {name: BM25Index(chunks, tokenizer=name) for name in ("bigram", "jieba")}
    cases = retrieval_cases(library)
    rankings: dict[str, list[list[str]]] = {k: [] for k in (
        "bm25-bigram", "bm25-jieba", "fts5-bigram", "dense-e5", "hybrid-bigram+e5",
        "hybrid-jieba+e5", "hybrid-fts5+e5")}
    for question, _ in cases:
        dense = [h.id for h in library.search_vectors(question, 20)]
        for name, index in indexes.items():
            kw = [h.id for h in index.search(question, 20)]
            rankings[f"bm25-{name}"].append(kw)
            rankings[f"hybrid-{name}+e5"].append([h.id for h in fuse(kw, dense)])
        stored = [h.id for h in library.keywords.search(question, 20)]
        rankings["fts5-bigram"].append(stored)
        rankings["hybrid-fts5+e5"].append([h.id for h in fuse(stored, dense)])
        rankings["dense-e5"].append(dense)
    out = {"cases": len(cases)}
    for name, ranked in rankings.items():
        mrr = recall = 0.0
        for ids, (_, relevant) in zip(ranked, cases):
            first = next((i for i, cid in enumerate(ids[:10], 1) if cid in relevant), None)
            mrr += 1 / first if first else 0
            recall += any(cid in relevant for cid in ids[:5])
        out[name] = {"mrr@10": round(mrr / len(cases), 3), "recall@5": round(recall / len(cases), 3)}
    return out


def bench_latency(store: Path) -> dict:
    """Warm per-question latency of the assistant over both gold files, by plan kind."""
    from assistant.service import Assistant
    from eval.runner import run_assistant

    _sample_library(store).close()
    assistant = Assistant.open(load_settings(store=store))
    summary, _ = run_assistant([i for path in GOLDS for i in load_gold(path)], assistant)
    return {kind: _percentiles(values) for kind, values in summary.latencies.items()}


def bench_startup(store: Path) -> dict:
    """`jixiao ask` of a structured question as a fresh process, wall time over 5 runs."""
    _sample_library(store).close()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ui.cli", "ask", "预算合计多少？", "--store",
                        str(store)], cwd=ROOT, check=True, capture_output=True)
        times.append((time.perf_counter() - started) * 1000)
    return _percentiles(times)


def bench_scale(store: Path, docs: int) -> dict:
    """Ingest `docs` departments (the sample under other names and codes), then ask."""
    from assistant.service import Assistant
    from store.library import Library

    text = SAMPLE_TXT.read_text(encoding="utf-8")
    library = Library(load_settings(store=store))
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(docs):
            variant = (text.replace("魏县", f"第{n}县").replace("13043425P", f"{130000 + n}P")
                       .replace("\t150.00\n", f"\t{150 + n}.00\n"))
            (Path(tmp) / f"dept-{n:04d}.txt").write_text(variant, encoding="utf-8")
        started = time.perf_counter()
        reports = library.ingest_paths([Path(tmp)])
        ingest_s = time.perf_counter() - started
    assistant = Assistant(library)
    questions = ["预算合计多少？", "哪些项目的满意度目标在90%及以上？", "一共有多少个预算项目？",
                 "冀人社规〔2018〕8号被哪些项目引用？"]
    timings = []
    for q in questions * 3:
        timings.append(assistant.ask(q).latency_ms)
    return {
        "documents": docs, "ingested": sum(r.status == "ingested" for r in reports),
        "ingest_seconds": round(ingest_s, 1), "docs_per_second": round(docs / ingest_s, 1),
        "store_mb": round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20, 1),
        "structured_latency_ms": _percentiles(timings[len(questions):]),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _percentiles(values: list[float]) -> dict:
    from eval.runner import percentile

    return {"n": len(values), "p50_ms": round(percentile(values, 50), 1),
            "p95_ms": round(percentile(values, 95), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench")
    parser.add_argument("what", nargs="?", default="all",
                        choices=("retrieval", "latency", "startup", "scale", "all"))
    parser.add_argument("--docs", type=int, default=200, help="departments for the scale run")
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for what in ("retrieval", "latency", "startup", "scale"):
            if args.what not in (what, "all"):
                continue
            store = Path(tmp) / what
            if what == "scale":
                results[what] = bench_scale(store, args.docs)
            else:
                results[what] = globals()[f"bench_{what}"](store)
            print(json.dumps({what: results[what]}, ensure_ascii=False), flush=True)
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps({"peak_rss_mb": results["peak_rss_mb"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
