"""Read the source documents into project records, finding fields and columns by their header words.

    .xlsx (馆陶县应急管理局 export)          -> openpyxl
    .docx (魏县 sample / county, 临漳, 涉县) -> python-docx

A record is a dict:
    code, name, doc (file stem), dept, year, unit (实施单位 or None), cat, attr, term,
    total / fiscal / other (万元, as Decimal), money_unit ('万元' or '元' as printed), raw_total (as printed),
    plan: {'3月底': Decimal percent, ...} cumulative with blanks filled from the last reached value (or None),
    use (资金用途 / 主要内容 / first prose row), goal (年度绩效目标 / 绩效目标),
    rows: list of dict(l1, l2, l3, value, basis) where value is the 指标值 as a form prints it
          (涉县: 指标性质 + 指标值 + 度量单位 joined, 定性 dropped), sat: Decimal or None.
Run directly to print a summary of every document.
"""
import re
import sys
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl

ROOT = Path(__file__).resolve().parents[3]
DOCS = {
    "guantao": ROOT / "eval/heldout/docs/guantao-2025.xlsx",
    "shijian": ROOT / "eval/heldout/docs/shijian-2025.docx",
    "sample": ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx",
    "other": ROOT / "tests/data/other-department.docx",
    "jiaoyu-2023": ROOT / "tests/data/county/jiaoyu-2023.docx",
    "jiaoyu-2024": ROOT / "tests/data/county/jiaoyu-2024.docx",
    "weijian-2023": ROOT / "tests/data/county/weijian-2023.docx",
    "weijian-2024": ROOT / "tests/data/county/weijian-2024.docx",
}

PLAN_KEYS = {"3月底": "q1", "1季度": "q1", "6月底": "q2", "2季度": "q2",
             "9月底": "q3", "10月底": "q3", "3季度": "q3", "12月底": "q4", "4季度": "q4"}
BASIS_WORDS = ("指标值确定依据", "指标值设定依据", "备注")
NUM = re.compile(r"\d+(?:\.\d+)?")


def dec(s):
    s = str(s).replace(",", "").strip()
    return Decimal(s) if s else Decimal(0)


def pct(s):
    s = str(s).strip()
    if not s:
        return None
    m = NUM.search(s)
    return Decimal(m.group()) if m else None


def sat_of(rows):
    for r in rows:
        if "满意度" in r["l1"]:
            m = NUM.search(r["value"])
            if m:
                return Decimal(m.group())
    return None


def fill_plan(raw):
    """raw: {'q1': Decimal|None, ...}; a blank after a reached value keeps that value."""
    if not raw or all(v is None for v in raw.values()):
        return None
    out, last = {}, None
    for k in ("q1", "q2", "q3", "q4"):
        v = raw.get(k)
        if v is None:
            v = last
        out[k] = v
        last = v
    return out


# ---------------------------------------------------------------- xlsx
def _merged_value(ws):
    """Map (row, col) -> value, repeating a merged range's value over its area."""
    grid = {}
    for row in ws.iter_rows():
        for c in row:
            grid[(c.row, c.column)] = c.value
    for rng in ws.merged_cells.ranges:
        v = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                grid[(r, c)] = v
    return grid


def _txt(v):
    if v is None:
        return ""
    return str(v).strip()


def read_xlsx(path):
    wb = openpyxl.load_workbook(path)
    recs, dept_info = [], {}
    for ws in wb.worksheets:
        grid = _merged_value(ws)
        maxr, maxc = ws.max_row, ws.max_column
        cells = lambda r: [_txt(grid.get((r, c))) for c in range(1, maxc + 1)]
        labels = {}
        money_unit = "万元"
        for r in range(1, maxr + 1):
            row = cells(r)
            for i, t in enumerate(row):
                if t.startswith("金额单位："):
                    money_unit = t.split("：")[1]
        # label -> value: the next cell to the right with different content
        for r in range(1, maxr + 1):
            row = cells(r)
            for i, t in enumerate(row):
                if not t or t in labels:
                    continue
                j = i + 1
                while j < len(row) and row[j] == t:
                    j += 1
                if j < len(row):
                    labels.setdefault(t, (row[j], r, j))
        if "项目编码" not in labels:
            dept_info = {k: v[0] for k, v in labels.items()}
            continue
        rec = dict(doc=path.stem, dept=labels["主管部门"][0], year=2025,
                   code=labels["项目编码"][0], name=labels["项目名称"][0], unit=labels["实施单位"][0],
                   cat=labels["项目类别"][0], attr=labels["项目属性"][0], term=labels["项目期限"][0],
                   use=labels["资金用途"][0], goal=labels["年度绩效目标"][0], sheet=ws.title)
        tl = [k for k in labels if k.startswith("资金总额")][0]
        mu = "元" if "（元）" in tl else "万元"
        assert mu == money_unit, (ws.title, mu, money_unit)
        scale = Decimal(10000) if mu == "元" else Decimal(1)
        rec["money_unit"] = mu
        rec["raw_total"] = dec(labels[tl][0])
        rec["total"] = dec(labels[tl][0]) / scale
        rec["fiscal"] = dec(labels["财政拨款"][0]) / scale
        rec["other"] = dec(labels["其他资金"][0]) / scale
        # plan
        plan = None
        for r in range(1, maxr + 1):
            row = cells(r)
            if row[0].startswith("资金支出计划"):
                raw, seen = {}, set()
                for c in range(1, maxc):
                    lab = row[c]
                    if lab in PLAN_KEYS and lab not in seen:
                        seen.add(lab)
                        raw[PLAN_KEYS[lab]] = pct(_txt(grid.get((r + 1, c + 1))))
                plan = fill_plan(raw)
                break
        rec["plan"] = plan
        # indicators
        hdr = None
        for r in range(1, maxr + 1):
            if cells(r)[0] == "一级指标":
                hdr = r
                break
        hrow = cells(hdr)
        col = {}
        for i, t in enumerate(hrow):
            if t and t not in col:
                col[t] = i
        bcol = [col[w] for w in BASIS_WORDS if w in col][0]
        rows = []
        r = hdr + 1
        while r <= maxr:
            row = cells(r)
            if not row[col["三级指标"]]:
                break
            rows.append(dict(l1=row[col["一级指标"]], l2=row[col["二级指标"]], l3=row[col["三级指标"]],
                             value=row[col["指标值"]], basis=row[bcol]))
            r += 1
        rec["rows"] = rows
        rec["sat"] = sat_of(rows)
        recs.append(rec)
    return recs, dept_info


# ---------------------------------------------------------------- docx
def _unique_row(row):
    out, prev = [], None
    for c in row.cells:
        if prev is not None and c._tc is prev:
            prev = c._tc
            continue
        out.append(c.text.strip())
        prev = c._tc
    return out


def _grid_row(row):
    return [c.text.strip() for c in row.cells]


def read_docx(path, key):
    d = docx.Document(str(path))
    recs = []
    cur = None
    unit_hint = "万元"
    dept = None
    year = int(re.search(r"20\d\d", key).group()) if re.search(r"20\d\d", key) else 2025
    for p in d.paragraphs:
        t = p.text.strip()
        m = re.search(r"(\S+?(?:局|委员会))20\d\d年", t)
        if m and dept is None:
            dept = m.group(1)
        if t.startswith("填报单位：") and dept is None:
            dept = t.split("：")[1]
    for tbl in d.tables:
        rows = tbl.rows
        first = _unique_row(rows[0])
        flat = " ".join(first)
        if len(rows) == 1 and "单位：" in flat:
            unit_hint = "元" if re.search(r"单位：元", flat) else "万元"
            if dept is None:
                m = re.search(r"(?:单位名称：|\d{6})(\S+局)", flat)
                if m:
                    dept = m.group(1)
            continue
        if any("项目编码" in " ".join(_unique_row(r)) for r in rows) or first[0] == "项目名称":
            cur = dict(doc=path.stem, dept=dept, year=year, unit=None, cat=None, attr=None, term=None,
                       use=None, goal=None, plan=None, money_unit=unit_hint)
            labels = {}
            for ri, r in enumerate(rows):
                u = _unique_row(r)
                for i, t in enumerate(u[:-1]):
                    labels.setdefault(t, u[i + 1])
                if u[0].startswith("资金情况"):
                    cur["money_unit"] = "元" if "（元）" in u[0] else "万元"
                # plan header
                g = _grid_row(r)
                if any(x in PLAN_KEYS for x in g) and ri + 1 < len(rows):
                    vals = _grid_row(rows[ri + 1])
                    raw, seen = {}, set()
                    for ci, lab in enumerate(g):
                        if lab in PLAN_KEYS and lab not in seen:
                            seen.add(lab)
                            raw[PLAN_KEYS[lab]] = pct(vals[ci])
                    cur["plan"] = fill_plan(raw)
                if u[0] in ("预算规模及资金用途",) and len(u) == 2:
                    cur["use"] = u[1]
            cur["code"] = labels["项目编码"]
            cur["name"] = labels["项目名称"]
            cur["unit"] = labels.get("实施单位")
            cur["term"] = labels.get("项目期限")
            tot = labels.get("预算数") or labels.get("资金总额") or labels.get("年度资金总额")
            fis = labels.get("其中：财政资金") or labels.get("财政拨款") or labels.get("其中：财政拨款")
            oth = labels.get("其他资金", "")
            scale = Decimal(10000) if cur["money_unit"] == "元" else Decimal(1)
            cur["raw_total"] = dec(tot)
            cur["total"] = dec(tot) / scale
            cur["fiscal"] = dec(fis) / scale
            cur["other"] = dec(oth) / scale if NUM.fullmatch(oth.replace(",", "")) else Decimal(0)
            if cur["use"] is None:
                cur["use"] = labels.get("资金用途") or labels.get("主要内容")
            cur["goal"] = labels.get("年度绩效目标") or labels.get("绩效目标")
            recs.append(cur)
            continue
        # indicator table
        hi = None
        for ri, r in enumerate(rows[:3]):
            if "一级指标" in _grid_row(r):
                hi = ri
                break
        if hi is None:
            continue
        hdr = _grid_row(rows[hi])
        col = {}
        for i, t in enumerate(hdr):
            col.setdefault(t, i)
        c3 = col.get("三级指标", col.get("指标内容"))
        bcol = [col[w] for w in BASIS_WORDS if w in col][0]
        out = []
        for r in rows[hi + 1:]:
            g = _grid_row(r)
            if "指标性质" in col:
                nature, v, unit = g[col["指标性质"]], g[col["指标值"]], g[col.get("度量单位")]
                value = (v if nature == "定性" else nature + v) + (unit if nature != "定性" else "")
            else:
                value = g[col["指标值"]]
            out.append(dict(l1=g[col["一级指标"]], l2=g[col["二级指标"]], l3=g[c3], value=value, basis=g[bcol]))
        cur["rows"] = out
        cur["sat"] = sat_of(out)
    return recs


def load(key):
    path = DOCS[key]
    if path.suffix == ".xlsx":
        return read_xlsx(path)[0]
    return read_docx(path, key)


STORES = {
    "guantao": ["guantao"],
    "shijian": ["shijian"],
    "sample": ["sample"],
    "other": ["other"],
    "county": ["jiaoyu-2023", "jiaoyu-2024", "weijian-2023", "weijian-2024"],
    "guantao_sample": ["guantao", "sample"],
}


def store_records(store):
    out = []
    for k in STORES[store]:
        out.extend(load(k))
    return out


if __name__ == "__main__":
    keys = sys.argv[1:] or list(DOCS)
    for k in keys:
        recs = load(k)
        tot = sum(r["total"] for r in recs)
        print(f"== {k}: {len(recs)} projects, {sum(len(r['rows']) for r in recs)} rows, total {tot} 万元")
        for r in recs:
            print(f"  {r['code']} {r['name'][:30]} | {r['dept']} {r['year']} | unit={r['unit']} | "
                  f"{r['total']}={r['fiscal']}+{r['other']} ({r['money_unit']}) | plan={r['plan'] and {k2: str(v) for k2, v in r['plan'].items()}} "
                  f"| sat={r['sat']} | rows={len(r['rows'])}")
