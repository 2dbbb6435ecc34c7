import json, math, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from extract import all_projects
A = all_projects()
stores = {"chengan": A["chengan"], "sample": A["sample"], "other": A["other"], "county": A["county"], "chengan_sample": A["chengan"] + A["sample"]}
Q = [json.loads(l) for l in open(os.path.join(os.path.dirname(__file__), "..", "heldout_v9.jsonl"), encoding="utf-8")]
assert len(Q) == 60
for n, q in enumerate(Q, 1):
    assert q["id"] == f"q{n:03d}", q["id"]
    assert set(q) <= {"id", "question", "expect", "store", "kind", "history"}
    assert q["store"] in stores
    e = q["expect"]
    assert set(e) <= {"projects", "value", "contains", "found"} and e
    if "found" in e:
        assert e == {"found": False}
    codes = {p["code"] for p in stores[q["store"]]}
    for c in e.get("projects", []):
        assert c in codes, (q["id"], c)
    if "value" in e:
        assert math.isfinite(e["value"])
# document money facts
ca = A["chengan"]
assert len(ca) == 8 and 50 <= sum(len(p["inds"]) for p in ca) <= 65
for p in ca:
    assert abs(p["total"] - p["fiscal"] - p["own"]) < 1e-6, p["name"]
    cost = [i for i in p["inds"] if i["l2"] == "成本指标"]
    assert len(cost) == 1
    v = float(re.search(r"[\d.]+", cost[0]["val"]).group(0))
    assert abs(v - p["total_raw"]) < 1e-6, p["name"]
from openpyxl import load_workbook
ws = load_workbook(os.path.join(os.path.dirname(__file__), "..", "docs", "chengan-2025.xlsx"))["部门整体绩效目标"]
row = [r for r in ws.iter_rows(values_only=True) if r[0] == "项目支出合计"][0]
assert abs(row[1] - sum(p["total"] for p in ca)) < 1e-6 and abs(row[3] - sum(p["fiscal"] for p in ca)) < 1e-6 and abs(row[5] - sum(p["own"] for p in ca)) < 1e-6
print("ok", len(Q))
