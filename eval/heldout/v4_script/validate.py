"""Check eval/heldout/heldout_v4.jsonl: ids unique and ordered, stores valid, every project code exists in its
store, values finite, expect keys known, history well-formed, found:false lines carry nothing else.

Run:  /work/main/.venv/bin/python eval/heldout/v4_script/validate.py
"""
import json
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import load, store_projects, STORES  # noqa: E402

PATH = Path(__file__).resolve().parents[1] / "heldout_v4.jsonl"


def main():
    recs = load()
    codes = {s: {p["code"] for p in store_projects(recs, s)} for s in STORES}
    errors = []
    rows = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if ids != [f"q{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("ids not q001.. in order")
    for r in rows:
        rid = r.get("id")
        if set(r) - {"id", "question", "store", "kind", "expect", "history"}:
            errors.append(f"{rid}: unknown keys {set(r)}")
        if r.get("store") not in STORES:
            errors.append(f"{rid}: bad store {r.get('store')}")
            continue
        if not r.get("question") or not r.get("kind"):
            errors.append(f"{rid}: missing question/kind")
        h = r.get("history")
        if h is not None and (not isinstance(h, list) or not all(isinstance(x, str) and x for x in h)):
            errors.append(f"{rid}: bad history")
        e = r.get("expect") or {}
        if not e or set(e) - {"projects", "value", "contains", "found"}:
            errors.append(f"{rid}: bad expect keys {set(e)}")
        if "found" in e:
            if e["found"] is not False or len(e) != 1:
                errors.append(f"{rid}: found must be false and alone")
        if "projects" in e:
            ps = e["projects"]
            if not ps or len(set(ps)) != len(ps):
                errors.append(f"{rid}: empty or duplicate projects")
            for c in ps:
                if c not in codes[r["store"]]:
                    errors.append(f"{rid}: code {c} not in store {r['store']}")
        if "value" in e:
            v = e["value"]
            if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
                errors.append(f"{rid}: bad value {v!r}")
        if "contains" in e:
            if not e["contains"] or not all(isinstance(x, str) and x for x in e["contains"]):
                errors.append(f"{rid}: bad contains")
    qs = Counter(r["question"] + "|" + r["store"] + "|" + json.dumps(r.get("history")) for r in rows)
    for k, n in qs.items():
        if n > 1:
            errors.append(f"duplicate question {k}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} questions;", dict(Counter(r["store"] for r in rows)))
    print(dict(sorted(Counter(r["kind"] for r in rows).items(), key=lambda x: (-x[1], x[0]))))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
