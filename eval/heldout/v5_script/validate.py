"""Check eval/heldout/heldout_v5.jsonl.

ids unique and in order (q001, q002, …), keys known, stores valid, every project code present in its store
(read from the .docx files), values finite numbers, contains a list of non-empty strings, found: false alone,
history a list of non-empty strings.

Run:  /work/main/.venv/bin/python eval/heldout/v5_script/validate.py
"""
import collections
import json
import math
import sys
from pathlib import Path

from extract import load_all

PATH = Path(__file__).resolve().parents[1] / "heldout_v5.jsonl"
D = load_all()
STORES = {
    "shijian": ["shijian"],
    "sample": ["sample"],
    "other": ["other"],
    "jiaotong": ["jiaotong"],
    "shijian_sample": ["shijian", "sample"],
}
CODES = {s: {p["code"] for d in docs for p in D[d]} for s, docs in STORES.items()}
TOP_KEYS = {"id", "question", "history", "expect", "store", "kind"}
EXPECT_KEYS = {"projects", "value", "contains", "found"}


def main():
    errors = []
    lines = PATH.read_text(encoding="utf-8").splitlines()
    seen = set()
    for n, line in enumerate(lines, start=1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad json {e}")
            continue
        rid = rec.get("id")
        if rid != f"q{n:03d}":
            errors.append(f"line {n}: id {rid!r} out of order")
        if rid in seen:
            errors.append(f"line {n}: duplicate id {rid}")
        seen.add(rid)
        if set(rec) - TOP_KEYS:
            errors.append(f"{rid}: unknown keys {set(rec) - TOP_KEYS}")
        for k in ("id", "question", "expect", "store", "kind"):
            if k not in rec:
                errors.append(f"{rid}: missing {k}")
        if not isinstance(rec.get("question"), str) or not rec["question"].strip():
            errors.append(f"{rid}: empty question")
        if "history" in rec and (not isinstance(rec["history"], list) or not rec["history"]
                                 or not all(isinstance(h, str) and h.strip() for h in rec["history"])):
            errors.append(f"{rid}: bad history")
        store = rec.get("store")
        if store not in STORES:
            errors.append(f"{rid}: unknown store {store!r}")
            continue
        if not isinstance(rec.get("kind"), str) or not rec["kind"]:
            errors.append(f"{rid}: bad kind")
        ex = rec.get("expect")
        if not isinstance(ex, dict) or not ex:
            errors.append(f"{rid}: empty expect")
            continue
        if set(ex) - EXPECT_KEYS:
            errors.append(f"{rid}: unknown expect keys {set(ex) - EXPECT_KEYS}")
        if "found" in ex:
            if ex != {"found": False}:
                errors.append(f"{rid}: found must be false and alone")
        if "projects" in ex:
            ps = ex["projects"]
            if not isinstance(ps, list) or not ps or len(set(ps)) != len(ps):
                errors.append(f"{rid}: bad projects")
            else:
                missing = [c for c in ps if c not in CODES[store]]
                if missing:
                    errors.append(f"{rid}: codes not in store {store}: {missing}")
        if "value" in ex:
            v = ex["value"]
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                errors.append(f"{rid}: bad value {v!r}")
        if "contains" in ex:
            c = ex["contains"]
            if not isinstance(c, list) or not c or not all(isinstance(s, str) and s.strip() for s in c):
                errors.append(f"{rid}: bad contains")
    for e in errors:
        print(e)
    recs = [json.loads(x) for x in lines]
    print(f"{len(recs)} questions;", dict(collections.Counter(r["store"] for r in recs)))
    print("kinds:", dict(collections.Counter(r["kind"] for r in recs).most_common()))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
