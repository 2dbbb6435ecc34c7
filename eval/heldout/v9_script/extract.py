"""Read the source documents into project records (label/header driven)."""
import os, re
import docx
from openpyxl import load_workbook

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
XLSX = os.path.join(ROOT, "eval/heldout/docs/chengan-2025.xlsx")
SAMPLE = os.path.join(ROOT, "data/samples/weixian-rsj-2025-jixiao-mubiao.docx")
OTHER = os.path.join(ROOT, "tests/data/other-department.docx")
COUNTY = [os.path.join(ROOT, "tests/data/county", f) for f in ("jiaoyu-2023.docx", "jiaoyu-2024.docx", "weijian-2023.docx", "weijian-2024.docx")]


def num(s):
    if s is None or s == "":
        return 0.0
    if isinstance(s, (int, float)):
        return float(s)
    return float(str(s).replace(",", ""))


def pct(s):
    m = re.search(r"([\d.]+)\s*%", str(s or ""))
    return float(m.group(1)) if m else None


def xlsx_projects(path=XLSX):
    wb = load_workbook(path)
    ws = wb["项目绩效目标"]
    grid = {}
    for row in ws.iter_rows():
        for c in row:
            grid[(c.row, c.column)] = c.value
    for rng in ws.merged_cells.ranges:
        v = grid.get((rng.min_row, rng.min_col))
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid[(r, c)] = v
    projs, cur, mu, inind = [], None, "万元", False
    for r in range(1, ws.max_row + 1):
        row = [grid.get((r, c)) for c in range(1, 7)]
        a = str(row[0] or "")
        if any(str(v or "").startswith("金额单位") for v in row):
            mu = [str(v) for v in row if str(v or "").startswith("金额单位")][0].split("：")[1]
            continue
        if a == "项目名称":
            inind = False
            cur = {"name": row[1], "code": row[4], "unit_money": mu, "plan": None, "inds": [], "store": "chengan",
                   "dept": "成安县数据和政务服务局", "year": 2025}
            projs.append(cur)
        elif a == "实施单位" or row[3] == "实施单位":
            cur["impl"] = row[4]
        elif row[3] == "项目属性":
            cur["attr"] = row[4]; cur["type"] = row[1]
        elif a.startswith("资金规模"):
            assert mu in a
            k = 10000.0 if mu == "元" else 1.0
            cur["total_raw"] = num(row[1]); cur["total"] = num(row[1]) / k
            assert row[2] == "财政资金" and row[4] == "自有资金"
            cur["fiscal"] = num(row[3]) / k; cur["own"] = num(row[5]) / k
        elif a.startswith("资金支出进度计划"):
            if row[2] and "季度" in str(row[2]):
                nxt = [grid.get((r + 1, c)) for c in range(3, 7)]
                cur["plan"] = [pct(v) for v in nxt]
        elif a == "资金用途":
            cur["use"] = row[1]
        elif a == "年度目标":
            cur["goal"] = row[1]
        elif a == "一级指标":
            inind = True
        elif a.startswith("填报日期") or not any(row):
            inind = False
        elif inind:
            cur["inds"].append({"l1": row[0], "l2": row[1], "l3": row[2], "val": str(row[3]), "unit": row[4] or "", "basis": row[5] or ""})
    return projs


def cells(r):
    out, prev = [], None
    for c in r.cells:
        if c._tc is prev:
            continue
        prev = c._tc
        out.append(c.text.strip())
    return out


def docx_projects(path, store):
    d = docx.Document(path)
    text = "\n".join(p.text for p in d.paragraphs)
    m = re.search(r"(20\d\d)年", text)
    year = int(m.group(1))
    dept = None
    for name in ("魏县人力资源和社会保障局", "魏县人社局", "临漳县农业农村局", "魏县教育局", "魏县卫生健康局"):
        if name in text:
            dept = name; break
    projs, cur, mu = [], None, "万元"
    for t in d.tables:
        rows = [cells(r) for r in t.rows]
        flat = " ".join(" ".join(r) for r in rows)
        if len(rows) == 1 and "单位：" in flat:
            mu = flat.split("单位：")[1].strip()
            if dept is None:
                dept = rows[0][0]
            continue
        if rows and rows[0][0] == "项目编码":
            cur = {"code": rows[0][1], "name": rows[0][3], "unit_money": mu, "plan": None, "inds": [], "store": store,
                   "dept": dept, "year": year, "file": os.path.basename(path)}
            k = 10000.0 if mu == "元" else 1.0
            projs.append(cur)
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v in ("预算数", "资金总额") and j + 1 < len(r):
                        cur["total_raw"] = num(r[j + 1]); cur["total"] = num(r[j + 1]) / k
                    if v in ("其中：财政资金", "财政拨款", "财政资金"):
                        cur["fiscal"] = num(r[j + 1]) / k
                    if v == "其他资金":
                        cur["own"] = num(r[j + 1] if j + 1 < len(r) else "") / k
                if r[0].startswith("资金支出计划") and "3月底" in r:
                    vals = rows[i + 1][1:5]
                    plan, last = [], None
                    for v in vals:
                        p = pct(v)
                        if p is None:
                            p = last
                        plan.append(p); last = p
                    cur["plan"] = plan
            continue
        if rows and rows[0][0] == "一级指标":
            h = rows[0]
            il3 = next(i for i, x in enumerate(h) if x in ("三级指标", "指标内容"))
            iv = h.index("指标值")
            ib = next(i for i, x in enumerate(h) if x in ("指标值确定依据", "备注", "指标值设定依据"))
            for r in rows[1:]:
                cur["inds"].append({"l1": r[0], "l2": r[1], "l3": r[il3], "val": r[iv], "unit": "", "basis": r[ib]})
    return projs


def all_projects():
    return {
        "chengan": xlsx_projects(),
        "sample": docx_projects(SAMPLE, "sample"),
        "other": docx_projects(OTHER, "other"),
        "county": [p for f in COUNTY for p in docx_projects(f, "county")],
    }


if __name__ == "__main__":
    A = all_projects()
    for s, ps in A.items():
        print(s, len(ps), sum(len(p["inds"]) for p in ps))
        for p in ps:
            print("  ", p["year"], p["dept"], p["code"], p["name"][:24], p["unit_money"], p["total"], p.get("fiscal"), p.get("own"), p["plan"], len(p["inds"]))
