"""Check eval/heldout/heldout_v6.jsonl.

- every line is a JSON object with keys among id, question, history, expect, store, kind (all but history required);
- ids are q001, q002, … unique and in order;
- store is one of the stores in extract.STORES; kind is a non-empty string;
- history, when present, is a non-empty list of non-empty strings;
- expect keys are among projects / value / contains / found; `found` is false and alone;
- projects is a non-empty list of distinct 项目编码, each present in a document of the line's store;
- value is a finite number; contains is a non-empty list of non-empty strings;
- every line expects something.
Also re-reads the documents and checks the money facts the README states.

Run:  /work/main/.venv/bin/python eval/heldout/v6_script/validate.py
"""
import json
import math
import sys
from collections import Counter
from pathlib import Path

import extract

PATH = Path(__file__).resolve().parents[1] / "heldout_v6.jsonl"
KEYS = {"id", "question", "history", "expect", "store", "kind"}
EXPECT = {"projects", "value", "contains", "found"}


def main():
    errors = []
    store_codes = {s: {r["code"] for r in extract.store_records(s)} for s in extract.STORES}
    lines = PATH.read_text(encoding="utf-8").splitlines()
    seen = set()
    for n, raw in enumerate(lines, 1):
        where = f"line {n}"
        try:
            d = json.loads(raw)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}")
            continue
        if not isinstance(d, dict):
            errors.append(f"{where}: not an object")
            continue
        extra = set(d) - KEYS
        missing = {"id", "question", "expect", "store", "kind"} - set(d)
        if extra or missing:
            errors.append(f"{where}: extra keys {extra} missing {missing}")
            continue
        want = f"q{n:03d}"
        if d["id"] != want:
            errors.append(f"{where}: id {d['id']} != {want}")
        if d["id"] in seen:
            errors.append(f"{where}: duplicate id {d['id']}")
        seen.add(d["id"])
        if not isinstance(d["question"], str) or not d["question"].strip():
            errors.append(f"{where}: empty question")
        if d["store"] not in extract.STORES:
            errors.append(f"{where}: unknown store {d['store']}")
            continue
        if not isinstance(d["kind"], str) or not d["kind"]:
            errors.append(f"{where}: bad kind")
        if "history" in d:
            h = d["history"]
            if not isinstance(h, list) or not h or not all(isinstance(x, str) and x.strip() for x in h):
                errors.append(f"{where}: bad history")
        e = d["expect"]
        if not isinstance(e, dict) or not e:
            errors.append(f"{where}: empty expect")
            continue
        if set(e) - EXPECT:
            errors.append(f"{where}: unknown expect keys {set(e) - EXPECT}")
        if "found" in e:
            if e["found"] is not False or len(e) != 1:
                errors.append(f"{where}: found must be false and alone")
        if "projects" in e:
            p = e["projects"]
            if not isinstance(p, list) or not p or len(set(p)) != len(p):
                errors.append(f"{where}: bad projects {p}")
            else:
                for code in p:
                    if code not in store_codes[d["store"]]:
                        errors.append(f"{where}: code {code} not in store {d['store']}")
        if "value" in e:
            v = e["value"]
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                errors.append(f"{where}: bad value {v}")
        if "contains" in e:
            c = e["contains"]
            if not isinstance(c, list) or not c or not all(isinstance(x, str) and x.strip() for x in c):
                errors.append(f"{where}: bad contains {c}")
    # document facts
    g = extract.load("guantao")
    tot = sum(r["total"] for r in g)
    for r in g:
        if r["total"] != r["fiscal"] + r["other"]:
            errors.append(f"guantao {r['code']}: total != fiscal + other")
        cost = [x for x in r["rows"] if x["l2"] == "成本指标"]
        if len(cost) != 1:
            errors.append(f"guantao {r['code']}: {len(cost)} 成本指标 rows")
    if str(tot) not in ("1863.7", "1863.70"):
        errors.append(f"guantao total {tot}")
    if len(g) != 10 or sum(len(r["rows"]) for r in g) != 75:
        errors.append("guantao project/row count changed")
    for e in errors:
        print("ERROR", e)
    stores = Counter(json.loads(l)["store"] for l in lines)
    print(f"{len(lines)} lines, {len(errors)} errors; stores {dict(stores)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
