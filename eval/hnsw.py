"""Chroma HNSW parameters measured on our own e5 vectors: recall@10 against exact search.

    python -m eval.growth hnsw --departments 100 --years 3   (a store the growth run built)

Exact top-10 comes from a brute-force dot product over every stored vector (they are unit
length: cosine = dot). Each
setting (ef_search, and the graph degree max_neighbors = M) gets a scratch collection in the
same Chroma, filled with the same vectors and dropped afterwards.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any

EF_SEARCH = (10, 20, 40, 100, 200)
MAX_NEIGHBORS = (8, 16, 32)
QUERIES = 100


def _all_vectors(collection: Any) -> tuple[list[str], Any]:
    import numpy as np

    ids, vectors = [], []
    total = collection.count()
    for offset in range(0, total, 5000):
        got = collection.get(include=["embeddings"], limit=5000, offset=offset)
        ids += got["ids"]
        vectors.append(np.asarray(got["embeddings"], dtype=np.float32))
    return ids, np.vstack(vectors)


def _recall(collection: Any, queries: Any, exact: list[float], scores: Any,
            row: dict[str, int]) -> tuple[float, float]:
    """Share of the returned top-10 whose exact similarity reaches the exact 10th best
    (generated documents repeat some texts: equal vectors make any of them right)."""
    hits, times = 0, []
    for n, (vector, tenth) in enumerate(zip(queries, exact)):
        started = time.perf_counter()
        found = collection.query(query_embeddings=[vector.tolist()], n_results=10,
                                 include=[])["ids"][0]
        times.append((time.perf_counter() - started) * 1000)
        hits += sum(scores[n, row[i]] >= tenth - 1e-5 for i in found)
    return round(hits / (10 * len(exact)), 4), round(statistics.median(times), 1)


def tune(store: Path) -> dict[str, Any]:
    """recall@10 and median latency for each ef_search, then for each max_neighbors."""
    import numpy as np

    from eval.growth import questions
    from store.library import Library
    from store.settings import load_settings
    from store.vectors import (
        HNSW_EF_CONSTRUCTION,
        HNSW_EF_SEARCH,
        HNSW_MAX_NEIGHBORS,
        hnsw_threads,
    )

    library = Library(load_settings(store=store))
    collection = library.vectors.collection
    ids, matrix = _all_vectors(collection)
    corpus = store.parent / store.name.replace("store-", "corpus-")
    truth = [json.loads(line) for line in (corpus / "truth.jsonl").read_text().splitlines()]
    asked = [q for q, _ in questions(truth, QUERIES, seed=11)]
    queries = np.asarray(library.embedder.embed_queries(asked), dtype=np.float32)
    scores = queries @ matrix.T
    exact = [float(np.sort(s)[-10]) for s in scores]
    row = {cid: i for i, cid in enumerate(ids)}
    out: dict[str, Any] = {"vectors": len(ids), "queries": len(asked), "ef_search": {},
                           "max_neighbors": {}}
    client = library.vectors.client
    # ef_search set by modify() on an open collection did not change a single result here,
    # so every setting gets a collection built with it.
    settings = [("ef_search", ef, HNSW_MAX_NEIGHBORS, ef) for ef in EF_SEARCH] + [
        ("max_neighbors", m, m, HNSW_EF_SEARCH) for m in MAX_NEIGHBORS]
    for table, key, m, ef in settings:
        name = f"hnsw-scratch-{m}-{ef}"
        scratch = client.get_or_create_collection(name, embedding_function=None, configuration={
            "hnsw": {"space": "cosine", "max_neighbors": m, "ef_construction": HNSW_EF_CONSTRUCTION,
                     "ef_search": ef, "num_threads": hnsw_threads()}})
        started = time.perf_counter()
        for start in range(0, len(ids), 1000):
            scratch.add(ids=ids[start:start + 1000],
                        embeddings=matrix[start:start + 1000].tolist())
        build_s = round(time.perf_counter() - started, 1)
        recall, p50 = _recall(scratch, queries, exact, scores, row)
        out[table][key] = {"recall@10": recall, "p50_ms": p50, "build_s": build_s}
        client.delete_collection(name)
    return out
