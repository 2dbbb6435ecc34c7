"""Check heldout_v3.jsonl: every line parses, ids run m001…, fields are well formed, and every
project code in `projects` exists in the documents of that line's store. Prints store and kind counts."""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extract import STORES, load  # noqa: E402

PATH = Path(__file__).resolve().parent.parent / "heldout_v3.jsonl"
data = load()
codes = {st: {r["code"] for r in data if r["doc"] in keys} for st, keys in STORES.items()}
stores, kinds = Counter(), Counter()
for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), start=1):
    x = json.loads(line)
    assert x["id"] == f"m{n:03d}", x["id"]
    assert set(x) <= {"id", "store", "kind", "question", "history", "expect"}, x["id"]
    assert x["store"] in STORES, x["id"]
    e = x["expect"]
    assert e and set(e) <= {"projects", "value", "contains", "found"}, x["id"]
    if "found" in e:
        assert e == {"found": False}, x["id"]
    for c in e.get("projects", []):
        assert c in codes[x["store"]], (x["id"], c)
    if "value" in e:
        assert isinstance(e["value"], (int, float)), x["id"]
    if "contains" in e:
        assert all(isinstance(c, str) and c for c in e["contains"]), x["id"]
    if "history" in x:
        assert isinstance(x["history"], list) and all(isinstance(h, str) for h in x["history"]), x["id"]
    stores[x["store"]] += 1
    kinds[x["kind"]] += 1
print("lines", n)
print("stores", dict(stores))
print("kinds", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
