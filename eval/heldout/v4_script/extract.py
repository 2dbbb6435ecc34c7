"""Read the held-out v4 source documents (.docx, python-docx) into project records.

Fields and columns are found by their header words, never by position:
  项目编码 / 项目名称 / 实施单位 / 主管部门;
  money: 预算数 | 资金总额 | 年度资金总额, 财政资金 | 财政拨款, 其他资金 — either label|value pairs in one row
  (魏县 / 临漳 layouts) or a label row with the values in the row below (成安 layout);
  unit: 单位：元 / 单位：万元 in a one-row unit table, or 项目资金（元）/（万元） in the money label;
  use: 资金用途 | 主要内容 | 项目概况 | the text row of 预算规模及资金用途;
  spending plan: the row holding 3月底 … and the row below it (cumulative %);
  goal: 绩效目标 | 年度绩效目标;
  indicators: the row holding 一级指标 and the rows after it (in the same table or the next one):
  二级指标, 三级指标 | 指标内容, 绩效指标描述, 指标值, 指标值确定依据 | 指标值设定依据 | 备注.
"""
import re
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[3]

DOCS = {
    "jiaotong-2025": dict(path=ROOT / "eval/heldout/docs/jiaotong-2025.docx", dept="成安县交通运输局", year=2025),
    "sample": dict(path=ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx", dept="魏县人力资源和社会保障局", year=2025),
    "other": dict(path=ROOT / "tests/data/other-department.docx", dept="临漳县农业农村局", year=2025),
    "jiaoyu-2023": dict(path=ROOT / "tests/data/county/jiaoyu-2023.docx", dept="魏县教育局", year=2023),
    "jiaoyu-2024": dict(path=ROOT / "tests/data/county/jiaoyu-2024.docx", dept="魏县教育局", year=2024),
    "weijian-2023": dict(path=ROOT / "tests/data/county/weijian-2023.docx", dept="魏县卫生健康局", year=2023),
    "weijian-2024": dict(path=ROOT / "tests/data/county/weijian-2024.docx", dept="魏县卫生健康局", year=2024),
}

STORES = {
    "jiaotong": ["jiaotong-2025"],
    "sample": ["sample"],
    "other": ["other"],
    "county": ["jiaoyu-2023", "jiaoyu-2024", "weijian-2023", "weijian-2024"],
    "jiaotong_sample": ["jiaotong-2025", "sample"],
}

MONTHS = ["3月底", "6月底", "9月底", "10月底", "12月底"]


def norm(s):
    return re.sub(r"\s+", "", s or "")


def row_cells(row):
    """Grid cells of a row (python-docx repeats merged cells): list of (text, tc)."""
    return [(norm(c.text), c._tc) for c in row.cells]


def uniq(cells):
    out, prev = [], None
    for text, tc in cells:
        if tc is prev:
            continue
        prev = tc
        out.append(text)
    return out


def num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s or "")
    return float(m.group()) if m else None


def is_money(s):
    return bool(re.fullmatch(r"-?\d+(?:\.\d+)?", s or ""))


def parse_value(v):
    """Target text -> (op, number, unit) or None. op in {'>=','<=','=','<','>'}."""
    t = norm(v)
    op = "="
    for pre, o in [("≥", ">="), (">=", ">="), ("不低于", ">="), ("不少于", ">="), ("≤", "<="), ("<=", "<="),
                   ("不高于", "<="), ("不超过", "<="), ("=", "=")]:
        if t.startswith(pre):
            op, t = o, t[len(pre):]
            break
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", t)
    if not m:
        return None
    return op, float(m.group(1)), m.group(2)


def pct_target(v):
    """Number of a target written as a percentage, else None."""
    p = parse_value(v)
    if p and p[2] == "%":
        return p[1]
    return None


def read_doc(key):
    meta = DOCS[key]
    d = docx.Document(str(meta["path"]))
    projects = []
    cur = None
    unit = "万元"
    ind_cols = None  # column map of the current indicator block
    for t in d.tables:
        rows = t.rows
        texts0 = uniq(row_cells(rows[0]))
        # one-row unit table (魏县 / 临漳 layouts)
        if len(rows) == 1 and any(x.startswith("单位：") for x in texts0):
            for x in texts0:
                if x.startswith("单位："):
                    unit = x[len("单位："):]
            continue
        has_code = any("项目编码" in uniq(row_cells(r)) for r in rows)
        if has_code:
            cur = dict(doc=key, dept=meta["dept"], year=meta["year"], unit=unit, inds=[], plan=None,
                       budget=None, fiscal=None, other=None, use="", goal="", impl="", name="", code="")
            projects.append(cur)
            ind_cols = None
        i = 0
        while i < len(rows):
            cells = row_cells(rows[i])
            u = uniq(cells)
            if ind_cols is not None:
                g = [c[0] for c in cells]
                rec = {k: (g[j] if j is not None else "") for k, j in ind_cols.items()}
                if rec["l1"]:
                    cur["inds"].append(rec)
                i += 1
                continue
            if "一级指标" in u:
                g = [c[0] for c in cells]

                def col(*names):
                    for j, x in enumerate(g):
                        if x in names:
                            return j
                    return None
                ind_cols = dict(l1=col("一级指标"), l2=col("二级指标"), l3=col("三级指标", "指标内容"),
                                desc=col("绩效指标描述"), value=col("指标值"),
                                basis=col("指标值确定依据", "指标值设定依据", "备注"))
                i += 1
                continue
            if any(m in u for m in ("3月底", "6月底", "12月底")):
                g = [c[0] for c in cells]
                nxt = [c[0] for c in row_cells(rows[i + 1])]
                plan, seen = [], set()
                for j, x in enumerate(g):
                    if x in MONTHS and x not in seen:
                        seen.add(x)
                        plan.append([x, num(nxt[j]) if nxt[j] else None])
                last = None
                for p in plan:  # cumulative: a blank after a reached percentage keeps it
                    if p[1] is None:
                        p[1] = last
                    else:
                        last = p[1]
                cur["plan"] = plan
                i += 2
                continue
            # label row with values below (成安 layout)
            if "年度资金总额" in u and not any(is_money(x) for x in u):
                g = [c[0] for c in cells]
                nxt = [c[0] for c in row_cells(rows[i + 1])]
                for j, x in enumerate(g):
                    if x.startswith("项目资金（"):
                        cur["unit"] = x[len("项目资金（"):-1]
                    if x == "年度资金总额":
                        cur["budget"] = num(nxt[j])
                    elif "财政" in x:
                        cur["fiscal"] = num(nxt[j])
                    elif x == "其他资金":
                        cur["other"] = num(nxt[j])
                i += 2
                continue
            for j, x in enumerate(u):
                nx = u[j + 1] if j + 1 < len(u) else ""
                if x == "项目编码":
                    cur["code"] = nx
                elif x == "项目名称":
                    cur["name"] = nx
                elif x == "实施单位":
                    cur["impl"] = nx
                elif x in ("预算数", "资金总额"):
                    cur["budget"] = num(nx)
                elif x in ("其中：财政资金", "财政拨款", "其中：财政拨款"):
                    cur["fiscal"] = num(nx) if is_money(nx) else None
                elif x == "其他资金":
                    cur["other"] = num(nx) if is_money(nx) else None
                elif x in ("资金用途", "主要内容", "项目概况"):
                    cur["use"] = nx
                elif x in ("绩效目标", "年度绩效目标"):
                    cur["goal"] = nx
            if u and u[0] == "预算规模及资金用途" and len(u) == 2:
                cur["use"] = u[1]
            i += 1
    for p in projects:
        f = 1 / 10000 if p["unit"] == "元" else 1
        for k in ("budget", "fiscal", "other"):
            if p[k] is not None:
                p[k] = round(p[k] * f, 6)
    return projects


def load():
    return {k: read_doc(k) for k in DOCS}


def store_projects(recs, store):
    out = []
    for k in STORES[store]:
        out.extend(recs[k])
    return out


if __name__ == "__main__":
    recs = load()
    for k, ps in recs.items():
        tot = sum(p["budget"] for p in ps)
        print(k, len(ps), "projects", sum(len(p["inds"]) for p in ps), "rows", round(tot, 4), "万元")
        for p in ps:
            print("  ", p["code"], p["name"][:24], p["unit"], p["budget"], p["fiscal"], p["other"],
                  p["impl"], p["plan"], len(p["inds"]))
