"""Build eval/dev/probe_v51.jsonl (80 development probe questions, ids v51-001 … v51-080).

Reads the source documents only (python-docx for .docx, openpyxl for .xlsx), extracts one record per
project with a small parser per layout (fields and columns found by label / header words, merged cells
de-duplicated), and computes every expected value, project set and count from those records. The question
wording is written by hand below.

Run: .venv/bin/python eval/dev/docs/make_probe_v51.py
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import docx
import openpyxl
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "dev" / "probe_v51.jsonl"

DOCS = {
    "sample": ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx",
    "other": ROOT / "tests/data/other-department.docx",
    "weijian": ROOT / "eval/dev/docs/weijian-2025.docx",
    "tuiyi": ROOT / "eval/heldout/docs/tuiyi-2025.docx",
    "jize": ROOT / "eval/heldout/docs/jize-2025.docx",
    "guantao": ROOT / "eval/heldout/docs/guantao-2025.xlsx",
    "shijian": ROOT / "eval/heldout/docs/shijian-2025.docx",
    "nongye": ROOT / "eval/dev/docs/nongye-2025.docx",
}
STORES = {k: [k] for k in DOCS}
STORES["both"] = ["sample", "other"]


# ----------------------------------------------------------------------------------------------
# generic helpers
# ----------------------------------------------------------------------------------------------

def num(text):
    """First number in a text (commas removed), or None."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    m = re.search(r"-?\d+(?:\.\d+)?", str(text).replace(",", ""))
    return float(m.group()) if m else None


def pct(text):
    """A percentage cell such as '25%' or '25'; '' / None -> None."""
    t = (str(text) if text is not None else "").strip()
    if not t:
        return None
    return num(t)


def row_cells(row):
    """Cell texts of a python-docx row, horizontal merge repeats removed."""
    out, prev = [], None
    for c in row.cells:
        if prev is not None and c._tc is prev:
            continue
        prev = c._tc
        out.append(c.text.strip())
    return out


def body_items(path):
    """('p', text) and ('t', [row cells …]) in document order."""
    d = docx.Document(str(path))
    items = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            t = Paragraph(el, d).text.strip()
            if t:
                items.append(("p", t))
        elif tag == "tbl":
            items.append(("t", [row_cells(r) for r in Table(el, d).rows]))
    return items


def after(cells, label_pred):
    """The cell right after the first cell satisfying label_pred."""
    for i, c in enumerate(cells):
        if label_pred(c) and i + 1 < len(cells):
            return cells[i + 1]
    return None


def find_row(rows, pred):
    for i, r in enumerate(rows):
        if any(pred(c) for c in r):
            return i
    return None


def fill_plan(vals):
    """Cumulative plan: a blank after a reached percentage keeps that percentage."""
    out, last = [], None
    for v in vals:
        if v is None:
            v = last
        out.append(v)
        last = v
    return out


def indicator_rows(rows, start):
    """Rows after the header row `start`; columns located by header words."""
    head = rows[start]

    def col(pred):
        for i, h in enumerate(head):
            if pred(h):
                return i
        return None

    c1 = col(lambda h: h == "一级指标")
    c2 = col(lambda h: h == "二级指标")
    c3 = col(lambda h: h in ("三级指标", "指标内容"))
    cv = col(lambda h: h == "指标值")
    cb = col(lambda h: h in ("指标值确定依据", "指标值设定依据", "确定依据", "备注"))
    cq = col(lambda h: h == "指标性质")
    cu = col(lambda h: h == "度量单位")
    inds = []
    for r in rows[start + 1:]:
        if len(r) <= max(c1, c2, c3, cv):
            continue
        value = r[cv]
        nature = r[cq] if cq is not None else None
        if cq is not None:  # 涉县: 指标性质 | 指标值 | 度量单位
            unit = r[cu] if cu is not None else ""
            value = r[cv] if nature == "定性" else f"{nature}{r[cv]}{unit}"
        inds.append({
            "l1": r[c1], "l2": r[c2], "l3": r[c3], "value": value,
            "basis": r[cb] if cb is not None and cb < len(r) else "",
            "nature": nature,
        })
    return inds


def project(name, code, total, fiscal, other, unit, plan, impl, attr, inds, use, goal, **extra):
    """One record; money normalised to 万元 (unit is the printed unit)."""
    k = 10000.0 if unit == "元" else 1.0
    rec = {
        "name": name, "code": code, "unit": unit,
        "total": round(total / k, 6), "fiscal": round((fiscal or 0) / k, 6),
        "other": round((other or 0) / k, 6),
        "plan": plan, "impl": impl, "attr": attr, "inds": inds, "use": use, "goal": goal,
    }
    sat = [i for i in inds if "满意度" in i["l1"]]
    rec["sat"] = num(sat[0]["value"]) if sat else None
    rec.update(extra)
    return rec


# ----------------------------------------------------------------------------------------------
# per-layout parsers
# ----------------------------------------------------------------------------------------------

def parse_sample(path):
    """魏县人社局: unit table | info table (项目编码 … 预算数 …) | indicator table."""
    items = body_items(path)
    recs, unit = [], "万元"
    tables = [x for k, x in items if k == "t"]
    i = 0
    while i < len(tables):
        rows = tables[i]
        flat = [c for r in rows for c in r]
        if any(c.startswith("单位：") for c in flat) and len(rows) == 1:
            unit = "元" if "单位：元" in flat else "万元"
            i += 1
            continue
        if "项目编码" in flat:
            code = after(rows[0], lambda c: c == "项目编码")
            name = after(rows[0], lambda c: c == "项目名称")
            br = rows[find_row(rows, lambda c: c == "预算数")]
            total = num(after(br, lambda c: c == "预算数"))
            fiscal = num(after(br, lambda c: "财政资金" in c))
            other = num(after(br, lambda c: c == "其他资金"))
            use = [r for r in rows if r[0].startswith("预算规模") and len(r) == 2][0][1]
            pi = find_row(rows, lambda c: c == "3月底")
            plan = None
            if pi is not None:
                plan = fill_plan([pct(v) for v in rows[pi + 1][1:5]])
            goal = [r[1] for r in rows if r[0] == "绩效目标"][0]
            ind_rows = tables[i + 1]
            inds = indicator_rows(ind_rows, 0)
            recs.append(project(name, code, total, fiscal, other, unit, plan, None, None, inds, use, goal))
            i += 2
            continue
        i += 1
    return recs


def parse_other(path):
    """临漳县农业农村局: unit table | info table (资金总额 | 财政拨款 | 其他资金) | indicator table."""
    items = body_items(path)
    tables = [x for k, x in items if k == "t"]
    recs, unit = [], "万元"
    i = 0
    while i < len(tables):
        rows = tables[i]
        flat = [c for r in rows for c in r]
        if len(rows) == 1 and any(c.startswith("单位：") for c in flat):
            unit = "元" if "单位：元" in flat else "万元"
            i += 1
            continue
        if "项目编码" in flat:
            code = after(rows[0], lambda c: c == "项目编码")
            name = after(rows[0], lambda c: c == "项目名称")
            br = rows[find_row(rows, lambda c: c == "资金总额")]
            total = num(after(br, lambda c: c == "资金总额"))
            fiscal = num(after(br, lambda c: c == "财政拨款"))
            other = num(after(br, lambda c: c == "其他资金"))
            use = [r[1] for r in rows if r[0] in ("资金用途", "主要内容")][0]
            pi = find_row(rows, lambda c: c == "3月底")
            plan = fill_plan([pct(v) for v in rows[pi + 1][1:5]]) if pi is not None else None
            goal = [r[1] for r in rows if r[0] == "年度绩效目标"][0]
            inds = indicator_rows(tables[i + 1], 0)
            recs.append(project(name, code, total, fiscal, other, unit, plan, None, None, inds, use, goal))
            i += 2
            continue
        i += 1
    return recs


def plan_from_prose(text):
    """'一季度末累计支出15%，上半年累计支出45%，前三季度累计支出75%，年底前支出100%' -> 4 numbers."""
    vals = [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)%", text)]
    return vals[:4] if len(vals) >= 4 else None


def parse_weijian(path):
    """曲周县卫健局: heading paragraph with 金额单位, info table, '绩效指标：', indicator table."""
    items = body_items(path)
    recs, unit = [], "万元"
    pending = None
    for kind, x in items:
        if kind == "p" and "金额单位" in x:
            unit = "元" if "金额单位：元" in x else "万元"
        if kind != "t":
            continue
        rows = x
        flat = [c for r in rows for c in r]
        if "项目编码" in flat:
            name = after(rows[0], lambda c: c == "项目名称")
            code = after(rows[find_row(rows, lambda c: c == "项目编码")], lambda c: c == "项目编码")
            attr = after(rows[find_row(rows, lambda c: c == "项目属性")], lambda c: c == "项目属性")
            impl = after(rows[find_row(rows, lambda c: c == "实施单位")], lambda c: c == "实施单位")

            def money(label):
                r = rows[find_row(rows, lambda c: c == label)]
                return num(after(r, lambda c: c == label))
            total = money("合计")
            own = money("其中：本级财政")
            upper = money("上级补助")
            other = money("其他")
            pi = find_row(rows, lambda c: c == "1-3月")
            if pi is not None:
                plan = fill_plan([pct(v) for v in rows[pi + 1][1:5]])
            else:
                pr = [r for r in rows if r[0] == "资金支出计划"]
                plan = plan_from_prose(pr[0][1]) if pr else None
            use = [r[1] for r in rows if r[0] == "项目概况及资金用途"][0]
            goal = [r[1] for r in rows if r[0] == "年度绩效目标"][0]
            pending = dict(name=name, code=code, total=total, fiscal=own + upper, other=other, unit=unit,
                           plan=plan, impl=impl, attr=attr, use=use, goal=goal, own=own, upper=upper)
        elif rows and "一级指标" in rows[0] and pending:
            inds = indicator_rows(rows, 0)
            p = pending
            k = 10000.0 if p["unit"] == "元" else 1.0
            recs.append(project(p["name"], p["code"], p["total"], p["fiscal"], p["other"], p["unit"],
                                p["plan"], p["impl"], p["attr"], inds, p["use"], p["goal"],
                                own=p["own"] / k, upper=p["upper"] / k))
            pending = None
    return recs


def parse_nongye(path):
    """大名县农业农村局: one table per project holding header block and indicators."""
    items = body_items(path)
    recs = []
    for kind, rows in items:
        if kind != "t":
            continue
        flat = [c for r in rows for c in r]
        if "项目编码" not in flat:
            continue
        name = after(rows[0], lambda c: c == "项目名称")
        r = rows[find_row(rows, lambda c: c == "实施单位")]
        impl = after(r, lambda c: c == "实施单位")
        r = rows[find_row(rows, lambda c: c == "项目编码")]
        code = after(r, lambda c: c == "项目编码")
        attr = after(r, lambda c: c == "项目属性")
        hi = find_row(rows, lambda c: c == "年度资金总额")
        unit = "元" if "（元）" in rows[hi][0] else "万元"
        head, vals = rows[hi], rows[hi + 1]
        money = {h: num(v) for h, v in zip(head, vals)}
        total = money["年度资金总额"]
        fiscal = money["其中：财政拨款"]
        other = money.get("其他资金")
        pi = find_row(rows, lambda c: c == "3月底")
        plan = fill_plan([pct(v) for v in rows[pi + 1][1:5]]) if pi is not None else None
        use = [x[1] for x in rows if x[0] == "项目概况"][0]
        goal = [x[1] for x in rows if x[0] == "年度绩效目标"][0]
        inds = indicator_rows(rows, find_row(rows, lambda c: c == "一级指标"))
        recs.append(project(name, code, total, fiscal, other, unit, plan, impl, attr, inds, use, goal))
    return recs


def parse_tuiyi(path):
    """鸡泽县退役军人事务局: '金额单位' paragraph, info table, '绩效指标：', indicator table."""
    items = body_items(path)
    recs, unit, pending = [], "万元", None
    for kind, x in items:
        if kind == "p" and "金额单位" in x:
            unit = "元" if "金额单位：元" in x else "万元"
        if kind != "t":
            continue
        rows = x
        flat = [c for r in rows for c in r]
        if "项目编码" in flat:
            name = after(rows[0], lambda c: c == "项目名称")
            r = rows[find_row(rows, lambda c: c == "项目编码")]
            code, impl = after(r, lambda c: c == "项目编码"), after(r, lambda c: c == "实施单位")
            total = num(after(rows[find_row(rows, lambda c: c == "资金总额")], lambda c: c == "资金总额"))
            r = rows[find_row(rows, lambda c: c == "其中：财政拨款")]
            fiscal, other = num(after(r, lambda c: c == "其中：财政拨款")), num(after(r, lambda c: c == "其他资金"))
            pi = find_row(rows, lambda c: c == "一季度")
            plan = fill_plan([pct(v) for v in rows[pi + 1][1:5]]) if pi is not None else None
            use = [r[1] for r in rows if r[0] == "项目主要内容"][0]
            goal = [r[1] for r in rows if r[0] == "年度绩效目标"][0]
            pending = dict(name=name, code=code, total=total, fiscal=fiscal, other=other, unit=unit,
                           plan=plan, impl=impl, use=use, goal=goal)
        elif rows and "一级指标" in rows[0] and pending:
            p = pending
            recs.append(project(p["name"], p["code"], p["total"], p["fiscal"], p["other"], p["unit"],
                                p["plan"], p["impl"], None, indicator_rows(rows, 0), p["use"], p["goal"]))
            pending = None
    return recs


def parse_jize(path):
    """鸡泽县城管局: '金额单位' paragraph; one table with header block, prose spending plan, indicators."""
    items = body_items(path)
    recs, unit = [], "万元"
    for kind, x in items:
        if kind == "p" and "金额单位" in x:
            unit = "元" if "金额单位：元" in x else "万元"
        if kind != "t":
            continue
        rows = x
        flat = [c for r in rows for c in r]
        if "项目编码" not in flat:
            continue
        name = after(rows[0], lambda c: c == "项目名称")
        r = rows[find_row(rows, lambda c: c == "项目编码")]
        code, attr = after(r, lambda c: c == "项目编码"), after(r, lambda c: c == "项目属性")
        r = rows[find_row(rows, lambda c: c == "项目单位")]
        impl, leader = after(r, lambda c: c == "项目单位"), after(r, lambda c: c == "项目负责人")
        r = rows[find_row(rows, lambda c: c.startswith("年度资金总额"))]
        total = num(after(r, lambda c: c.startswith("年度资金总额")))
        fiscal = num(after(r, lambda c: c == "其中：财政资金"))
        other = num(after(r, lambda c: c == "其中：其他资金"))
        pr = [c for c in flat if c.startswith("资金支出进度")]
        plan = plan_from_prose(pr[0]) if pr else None
        use = [r[1] for r in rows if r[0] == "资金用途"][0]
        goal = [r[1] for r in rows if r[0] == "年度绩效目标"][0]
        inds = indicator_rows(rows, find_row(rows, lambda c: c == "一级指标"))
        recs.append(project(name, code, total, fiscal, other, unit, plan, impl, attr, inds, use, goal,
                            leader=leader))
    return recs


def parse_shijian(path):
    """涉县市场监管局: info table (资金情况（万元|元）), indicator table with 指标性质 / 度量单位."""
    items = body_items(path)
    recs, pending = [], None
    for kind, rows in items:
        if kind != "t":
            continue
        flat = [c for r in rows for c in r]
        if "项目编码" in flat:
            name = after(rows[0], lambda c: c == "项目名称")
            impl = after(rows[find_row(rows, lambda c: c == "实施单位")], lambda c: c == "实施单位")
            code = after(rows[find_row(rows, lambda c: c == "项目编码")], lambda c: c == "项目编码")
            r = rows[find_row(rows, lambda c: c == "年度资金总额")]
            unit = "元" if "（元）" in r[0] else "万元"
            total = num(after(r, lambda c: c == "年度资金总额"))
            fiscal = num(after(rows[find_row(rows, lambda c: c == "其中：财政拨款")], lambda c: c == "其中：财政拨款"))
            other = num(after(rows[find_row(rows, lambda c: c == "其他资金")], lambda c: c == "其他资金"))
            pi = find_row(rows, lambda c: c == "1季度")
            plan = fill_plan([pct(v) for v in rows[pi + 1][1:5]]) if pi is not None else None
            goal = [r[1] for r in rows if r[0] == "年度绩效目标"][0]
            pending = dict(name=name, code=code, total=total, fiscal=fiscal, other=other, unit=unit,
                           plan=plan, impl=impl, goal=goal)
        elif pending and any(c == "一级指标" for c in flat):
            p = pending
            recs.append(project(p["name"], p["code"], p["total"], p["fiscal"], p["other"], p["unit"],
                                p["plan"], p["impl"], None,
                                indicator_rows(rows, find_row(rows, lambda c: c == "一级指标")),
                                None, p["goal"]))
            pending = None
    return recs


def parse_guantao(path):
    """馆陶县应急管理局 workbook: one sheet per project; merged cells filled from their top-left cell."""
    wb = openpyxl.load_workbook(str(path))
    recs = []
    for ws in wb.worksheets[1:]:
        grid = {}
        for row in ws.iter_rows():
            for c in row:
                grid[(c.row, c.column)] = c.value
        for rng in ws.merged_cells.ranges:
            v = ws.cell(rng.min_row, rng.min_col).value
            for r in range(rng.min_row, rng.max_row + 1):
                for cc in range(rng.min_col, rng.max_col + 1):
                    grid[(r, cc)] = v
        rows = []
        for r in range(1, ws.max_row + 1):
            cells, prev = [], object()
            for cc in range(1, ws.max_column + 1):
                v = grid.get((r, cc))
                s = "" if v is None else (str(v) if not isinstance(v, float) else repr(v))
                cells.append(s)
            rows.append(cells)
        flat = [c for r in rows for c in r]
        unit = "元" if "金额单位：元" in flat else "万元"

        def lab(label):
            for r in rows:
                for i, c in enumerate(r):
                    if c == label:
                        for j in range(i + 1, len(r)):
                            if r[j] != c and r[j] != "":
                                return r[j]
            return None
        name, code = lab("项目名称"), lab("项目编码")
        total = num(next(lab(x) for x in ("资金总额（万元）", "资金总额（元）") if lab(x) is not None))
        fiscal, other = num(lab("财政拨款")), num(lab("其他资金"))
        pi = find_row(rows, lambda c: c == "3月底")
        plan = fill_plan([pct(v) for v in rows[pi + 1][1:5]]) if pi is not None else None
        hi = find_row(rows, lambda c: c == "一级指标")
        head = rows[hi]
        inds = []
        for r in rows[hi + 1:]:
            if not r[0] or r[0].startswith("填报日期"):
                continue
            inds.append({"l1": r[0], "l2": r[1], "l3": r[2], "value": r[4], "basis": r[5], "nature": None})
        assert head[0] == "一级指标" and head[4] == "指标值"
        recs.append(project(name, code, total, fiscal, other, unit, plan, lab("实施单位"), lab("项目属性"),
                            inds, lab("资金用途"), lab("年度绩效目标"), category=lab("项目类别"),
                            sheet=ws.title))
    return recs


PARSERS = {
    "sample": parse_sample, "other": parse_other, "weijian": parse_weijian, "tuiyi": parse_tuiyi,
    "jize": parse_jize, "guantao": parse_guantao, "shijian": parse_shijian, "nongye": parse_nongye,
}

RECS = {k: PARSERS[k](p) for k, p in DOCS.items()}
for k, rs in RECS.items():
    for r in rs:
        r["doc"] = k


def doc_text(key):
    p = DOCS[key]
    if p.suffix == ".xlsx":
        wb = openpyxl.load_workbook(str(p))
        return "\n".join(str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                         if c.value is not None)
    out = []
    for kind, x in body_items(p):
        out.append(x if kind == "p" else "\n".join("|".join(r) for r in x))
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# selection helpers
# ----------------------------------------------------------------------------------------------

def recs(store):
    return [r for d in STORES[store] for r in RECS[d]]


def one(store, needle, doc=None):
    """The single project of the store whose name contains needle."""
    c = [r for r in recs(store) if needle in r["name"] and (doc is None or r["doc"] == doc)]
    assert len(c) == 1, (store, needle, [r["name"] for r in c])
    return c[0]


def where(store, pred):
    return [r for r in recs(store) if pred(r)]


def codes(rs):
    return [r["code"] for r in rs]


def norm_ref(s):
    return re.sub(r"[〔【\[（(]", "[", re.sub(r"[〕】\]）)]", "]", s))


def cites(r, ref):
    """ref (any bracket) in an indicator basis or in the project name."""
    ref = norm_ref(ref)
    return ref in norm_ref(r["name"]) or any(ref in norm_ref(i["basis"] or "") for i in r["inds"])


def cites_issuer(r, issuer):
    pat = re.compile(re.escape(issuer) + r"[〔【\[（(]\d{4}[〕】\]）)]\d+号")
    return bool(pat.search(r["name"])) or any(pat.search(i["basis"] or "") for i in r["inds"])


def cites_law(r, *titles):
    return any(f"《{t}》" in (i["basis"] or "") for i in r["inds"] for t in titles)


def plan_at(r, q):
    """Cumulative plan percentage at quarter q (1..4), or None without a plan."""
    return r["plan"][q - 1] if r["plan"] else None


def sat_ok(r, pred):
    return r["sat"] is not None and pred(r["sat"])


def has_l2(r, word):
    return any(word in i["l2"] for i in r["inds"])


# ----------------------------------------------------------------------------------------------
# questions
# ----------------------------------------------------------------------------------------------

Q = []


def add(store, kind, question, expect, history=None):
    q = {"id": f"v51-{len(Q) + 1:03d}", "question": question, "store": store, "kind": kind}
    if history:
        q["history"] = history
    q["expect"] = expect
    Q.append(q)


def E(projects=None, value=None, contains=None, ndigits=4):
    e = {}
    if projects is not None:
        e["projects"] = sorted(set(codes(projects)))
    if value is not None:
        e["value"] = round(value, ndigits)
    if contains:
        e["contains"] = contains
    return e


NF = {"found": False}

# ---------------- sample: 魏县人社局 (9) ----------------
s = "sample"
rs = where(s, lambda r: sat_ok(r, lambda v: v >= 90) and r["total"] > 100)
add(s, "compound-threshold",
    "人社局这边，满意度目标在九成及以上、同时预算又超过100万元的项目是哪几个？", E(rs))

r = one(s, "劳务派遣人员工资")
n = num([i for i in r["inds"] if i["l3"] == "政府购买服务人员数量"][0]["value"])
add(s, "per-head",
    "劳务派遣人员工资这个项目，按表里写的派遣人员数量平均下来，每人一年大概多少钱？按元算。",
    E([r], r["total"] * 10000 / n, ndigits=2))

r = one(s, "中央财政城乡居民基本养老保险补助经费")
m = num([i for i in r["inds"] if i["l3"] == "养老金补贴到位增加收入"][0]["value"])
add(s, "monthly-yearly",
    "发中央基础养老金的那个项目，养老金补贴到位增加收入是按每人每月算的，换成一年每人能增加多少元？",
    E([r], m * 12, ndigits=2))

rs = where(s, lambda r: cites(r, "冀人社规〔2018〕8号"))
add(s, "follow-up", "这些项目的预算加起来一共多少万元？",
    E(rs, sum(x["total"] for x in rs)),
    history=["人社局哪些项目的指标依据里用到了冀人社规〔2018〕8号文？"])

rs = where(s, lambda r: cites(r, "冀财社〔2024〕136号"))
add(s, "partial-ref", "2024年136号文对应的是哪几个项目？钱一共多少？",
    E(rs, sum(x["total"] for x in rs)))

top2 = sorted(recs(s), key=lambda x: -x["total"])[:2]
rest = [x for x in recs(s) if x not in top2]
add(s, "exclusion",
    "不算预算最大的那两个项目，剩下的项目平均每个预算多少万？",
    E(value=sum(x["total"] for x in rest) / len(rest)))

add(s, "not-found", "魏县人社局2024年的创业贷款贴息资金预算是多少？", NF)

r = one(s, "2025年创业扶持资金")
add(s, "descriptive", "创业扶持那笔钱主要是拿来干什么的？", E([r], contains=["创业孵化基地"]))

r = one(s, "劳务派遣人员工资")
add(s, "count-rows", "劳务派遣人员工资一共设了几条质量指标？",
    E([r], sum(1 for i in r["inds"] if i["l2"] == "质量指标")))

# ---------------- other: 临漳县农业农村局 (9) ----------------
s = "other"
r = one(s, "高素质农民培育项目")
n = num([i for i in r["inds"] if i["l3"] == "培育高素质农民人数"][0]["value"])
add(s, "per-head", "高素质农民培育，按计划培育人数摊下来，一个人要花多少元？", E([r], r["total"] * 10000 / n, ndigits=2))

r = one(s, "耕地地力保护补贴资金")
tot = sum(x["total"] for x in recs(s))
add(s, "share", "耕地地力保护补贴资金占农业农村局全部项目资金的百分之多少？", E([r], r["total"] / tot * 100, ndigits=3))

rs = where(s, lambda r: 100 <= r["total"] <= 500)
add(s, "range", "资金总额介于100万元和500万元之间的项目有哪些？", E(rs))

rs = where(s, lambda r: cites(r, "邯财农〔2024〕18号"))
add(s, "policy-ref", "哪些项目的指标是按邯财农〔2024〕18号定的？", E(rs))

r = one(s, "农机购置与应用补贴资金")
add(s, "spending-plan", "农机购置与应用补贴那个项目，截至三季度末按计划应累计支出多少万元？",
    E([r], plan_at(r, 3) / 100 * r["total"]))

rs = where(s, lambda r: sat_ok(r, lambda v: v >= 95) and r["total"] > 50)
add(s, "compound-threshold", "满意度要求在百分之九十五以上、资金又高于50万元的项目有哪些？", E(rs))

add(s, "not-found", "临漳县农业农村局今年的农机报废更新补贴安排了多少钱？", NF)

r = one(s, "农村人居环境整治厕所革命奖补资金")
add(s, "descriptive", "厕所革命那个奖补资金，年度绩效目标是怎么写的？", E([r], contains=["1200户"]))

rs = where(s, lambda r: not r["plan"])
add(s, "lacking", "我是刚调到财务股的，想核一下：哪些项目表里压根没有填资金支出计划？一共几个？",
    E(rs, len(rs)))

# ---------------- both: 魏县人社局 + 临漳县农业农村局 (10) ----------------
s = "both"
top3 = sorted(recs(s), key=lambda x: -x["total"])[:3]
assert top3[2]["total"] > sorted(recs(s), key=lambda x: -x["total"])[3]["total"]
add(s, "top-n", "两个单位放一起看，钱最多的前三个项目分别是哪些？", E(top3))

ts = sum(x["total"] for x in RECS["sample"])
to = sum(x["total"] for x in RECS["other"])
add(s, "difference", "临漳农业农村局的项目资金总数比魏县人社局的预算总数少多少万元？", E(value=ts - to))

rs = where(s, lambda r: r["total"] < 50)
add(s, "count", "两个局里预算不足50万元的项目一共有几个？", E(rs, len(rs)))

rs = where(s, lambda r: cites(r, "冀财社〔2024〕182号"))
add(s, "policy-ref", "冀财社[2024]182号文件下的是哪几个项目？", E(rs))

add(s, "not-found", "魏县农业农村局的耕地地力保护补贴资金是多少？", NF)

rs = where(s, lambda r: r["sat"] is not None)
add(s, "mean", "两个部门所有项目的满意度目标，平均下来是多少？", E(value=sum(x["sat"] for x in rs) / len(rs), ndigits=3))

rs = where(s, lambda r: "补贴" in r["name"] or "补助" in r["name"])
add(s, "or", "名称里带“补贴”或者“补助”字样的项目都有哪些？", E(rs))

a = max(RECS["sample"], key=lambda x: x["total"])
b = max(RECS["other"], key=lambda x: x["total"])
add(s, "ratio", "人社局预算最大的项目，是农业农村局资金最多那个项目的多少倍？", E([a, b], a["total"] / b["total"]))

rs = where(s, lambda r: r["sat"] == 90)
top = max(rs, key=lambda x: x["total"])
add(s, "follow-up", "那其中预算最多的是哪个？", E([top]),
    history=["两个局里满意度目标定为90%的项目有几个？"])

rs = where(s, lambda r: r["plan"])
add(s, "spending-plan", "有支出计划的项目里，按计划到上半年末两个单位合计应该支出多少万元？",
    E(value=sum(plan_at(x, 2) / 100 * x["total"] for x in rs)))

# ---------------- weijian: 曲周县卫生健康局 (9) ----------------
s = "weijian"
r = one(s, "家庭医生签约服务经费")
n = num([i for i in r["inds"] if i["l3"] == "家庭医生团队数量"][0]["value"])
add(s, "per-unit", "领导让我算个数：家庭医生签约服务经费，平均到每个家庭医生团队头上是多少元？", E([r], r["total"] * 10000 / n, ndigits=2))

r = one(s, "县医院急诊急救能力提升项目")
add(s, "spending-plan", "急诊急救能力提升那个项目，二季度末累计要支出多少万？", E([r], plan_at(r, 2) / 100 * r["total"]))

rs = where(s, lambda r: r["total"] <= 100)
add(s, "comparator", "卫健局预算在100万元以下的项目有哪几个？", E(rs))

rs = where(s, lambda r: cites_law(r, "中华人民共和国基本医疗卫生与健康促进法", "基本医疗卫生与健康促进法"))
add(s, "law", "依据《基本医疗卫生与健康促进法》设定指标的有哪些项目？", E(rs))

r = one(s, "妇幼健康服务项目")
add(s, "lookup-unit", "两癌筛查那个项目是哪个单位具体实施？", E([r], contains=["妇幼保健院"]))

rs = where(s, lambda r: sat_ok(r, lambda v: v <= 85) and r["plan"])
add(s, "compound-threshold", "满意度目标没超过百分之八十五、而且做了资金支出计划的项目是哪些？", E(rs))

r4 = one(s, "重大传染病防控经费")
rs = [x for x in where(s, lambda r: cites_issuer(r, "邯卫疾控")) if x is not r4]
add(s, "follow-up", "这个项目引用的那份邯卫疾控文件，还有哪个项目也用到了？", E(rs),
    history=["疾控中心负责哪些项目？", "它的预算是多少？"])

add(s, "not-found", "曲周县卫生健康局2024年基本公共卫生服务项目补助资金是多少？", NF)

rs = sorted(recs(s), key=lambda x: x["own"])[:2]
assert sorted(recs(s), key=lambda x: x["own"])[2]["own"] > rs[1]["own"]
add(s, "bottom-n", "本级财政出钱最少的两个项目是哪两个？", E(rs))

# ---------------- tuiyi: 鸡泽县退役军人事务局 (9) ----------------
s = "tuiyi"
r = one(s, "光荣院集中供养及运行经费")
n = num([i for i in r["inds"] if i["l3"] == "集中供养优抚对象人数"][0]["value"])
add(s, "per-head", "光荣院的经费按集中供养的人数算，一个人一年合多少元？", E([r], r["total"] * 10000 / n, ndigits=2))

rs = where(s, lambda r: sat_ok(r, lambda v: v >= 95))
add(s, "threshold", "满意度目标起码95%的项目有哪些？", E(rs))

rs = where(s, lambda r: cites(r, "邯财预〔2024〕15号"))
low = min(rs, key=lambda x: x["total"])
add(s, "follow-up", "这些项目里哪个钱最少？", E([low]),
    history=["退役军人事务局有哪些项目引用了邯财预〔2024〕15号？"])

add(s, "not-found", "冀财社〔2023〕172号文件下达的优抚对象补助经费是多少？", NF)

a, b = one(s, "重点优抚对象抚恤补助县级配套资金"), one(s, "中央优抚对象补助经费")
add(s, "difference", "抚恤补助县级配套资金比中央优抚对象补助经费少多少万元？", E([a, b], b["total"] - a["total"]))

rs = where(s, lambda r: cites_law(r, "军人抚恤优待条例"))
add(s, "at-least-one", "至少有一条指标是按《军人抚恤优待条例》定的项目，有哪些？", E(rs))

rs = where(s, lambda r: cites(r, "冀退役军人发〔2024〕6号"))
add(s, "partial-ref", "冀退役发2024年6号那个文，哪些项目用到了？", E(rs))

rs = where(s, lambda r: cites_law(r, "中华人民共和国退役军人保障法", "退役军人保障法"))
add(s, "law", "中华人民共和国退役军人保障法是哪几个项目的依据？", E(rs))

r = one(s, "双拥共建")
add(s, "descriptive", "双拥和八一走访慰问那块，今年的绩效目标是什么？", E([r], contains=["600户"]))

# ---------------- jize: 鸡泽县城市管理综合行政执法局 (9) ----------------
s = "jize"
r = one(s, "城市照明设施运行维护及电费")
fee = num([i for i in r["inds"] if i["l3"] == "年度电费支出"][0]["value"])
n = num([i for i in r["inds"] if i["l3"] == "路灯维护数量"][0]["value"])
add(s, "per-unit", "路灯那个项目里的年度电费，平摊到每盏路灯一年是多少元？", E([r], fee * 10000 / n, ndigits=2))

rs = where(s, lambda r: r["leader"] == "李向东")
add(s, "sum", "李向东负责的那几个项目，资金合计多少万元？", E(rs, sum(x["total"] for x in rs)))

rs = where(s, lambda r: sum(1 for i in r["inds"] if i["l2"] == "经济成本指标" or i["l1"] == "成本指标") > 1)
add(s, "count-rows", "哪些项目的成本指标不止一条？", E(rs))

rs = where(s, lambda r: sat_ok(r, lambda v: v >= 88) and r["total"] >= 300)
add(s, "compound-threshold", "请列出满意度目标高于等于88%，并且年度资金不少于300万元的项目。", E(rs))

add(s, "not-found", "鸡泽县城管局2024年度园林绿化养护经费安排了多少？", NF)

rs = where(s, lambda r: not has_l2(r, "时效指标"))
add(s, "lacking", "有没有哪个项目一条时效指标都没设？", E(rs))

rs = where(s, lambda r: r["attr"] == "新增项目")
add(s, "follow-up", "这两个加起来多少钱？", E(rs, sum(x["total"] for x in rs)),
    history=["城管局今年哪些是新增项目？"])

rs = where(s, lambda r: cites_law(r, "中华人民共和国行政处罚法", "行政处罚法"))
add(s, "law", "哪些项目的指标依据了《行政处罚法》？", E(rs))

rs = where(s, lambda r: r["plan"] and plan_at(r, 3) < 75)
add(s, "spending-plan-condition", "到9月底计划支出比例还没达到四分之三的项目是哪个？", E(rs))

# ---------------- guantao: 馆陶县应急管理局 (8) ----------------
s = "guantao"
r = one(s, "灾害信息员补助")
n = num([i for i in r["inds"] if i["l3"] == "灾害信息员补助人数"][0]["value"])
add(s, "per-head", "你好，我是应急局新来的，灾害信息员那个项目按补助的人数平均下来一人是多少元啊？", E([r], r["total"] * 10000 / n, ndigits=2))

rs = where(s, lambda r: r["category"] == "其他运转类")
add(s, "sum", "项目类别属于其他运转类的，资金一共多少万元？", E(rs, sum(x["total"] for x in rs)))

rs = where(s, lambda r: r["category"] == "特定目标类" and sat_ok(r, lambda v: v < 90))
add(s, "compound-threshold", "特定目标类项目中，满意度目标未达到九成的有哪些？", E(rs))

add(s, "not-found", "冀应急〔2025〕12号文件涉及哪些项目？", NF)

rs = where(s, lambda r: r["total"] <= 60)
add(s, "comparator", "资金至多60万元的项目有哪些？", E(rs))

top3 = sorted(recs(s), key=lambda x: -x["total"])[:3]
add(s, "top-n", "应急管理局资金排前三的项目", E(top3))

r = one(s, "危险化学品企业安全风险监测预警系统")
add(s, "descriptive", "危化品监测预警系统那个钱是用来干啥的？", E([r], contains=["重大危险源"]))

rs = where(s, lambda r: cites(r, "冀应急〔2024〕12号"))
top = max(rs, key=lambda x: x["total"])
add(s, "follow-up", "那其中最多的呢？", E([top]),
    history=["应急管理局有哪些项目引用了冀应急〔2024〕12号？"])

# ---------------- shijian: 涉县市场监督管理局 (9) ----------------
s = "shijian"
r = one(s, "食品安全监督抽检及风险监测经费")
n = num([i for i in r["inds"] if i["l3"] == "食品安全监督抽检批次"][0]["value"])
add(s, "per-unit", "食品安全监督抽检经费按监督抽检批次算，一批次平均多少元？", E([r], r["total"] * 10000 / n, ndigits=2))

rs = where(s, lambda r: sat_ok(r, lambda v: v >= 90))
add(s, "threshold", "满意度目标不低于0.9的项目有几个？", E(rs, len(rs)))

add(s, "not-found", "冀市监〔2023〕30号是哪些项目的依据？", NF)

rs = where(s, lambda r: cites_issuer(r, "冀市监"))
add(s, "partial-ref", "凡是依据冀市监文件的项目都列一下", E(rs))

r = one(s, "质量强县建设及品牌培育奖补资金")
add(s, "spending-plan", "质量强县那个奖补资金，到年中按计划应该花掉多少？", E([r], plan_at(r, 2) / 100 * r["total"]))

rs = where(s, lambda r: r["impl"] != "涉县市场监督管理局（本级）")
add(s, "exclusion", "除了局本级实施的以外，其他单位实施的项目资金合计多少万元？", E(rs, sum(x["total"] for x in rs)))

r = one(s, "明厨亮灶")
add(s, "lookup-unit", "明厨亮灶那个项目是谁负责实施的？", E([r], contains=["本级"]))

rs = where(s, lambda r: r["impl"] == "涉县检验检测中心" and not r["plan"])
assert len(rs) == 1
cost = [i for i in rs[0]["inds"] if i["l2"] == "成本指标"][0]
add(s, "follow-up", "其中没有做支出计划的那个，成本指标定的是多少？", E(rs, contains=[str(int(num(cost["value"])))]),
    history=["涉县检验检测中心负责哪几个项目？", "这些加起来多少钱？"])

rs = where(s, lambda r: all(i["nature"] != "定性" for i in r["inds"]))
add(s, "all-indicators", "哪些项目的全部指标都是定量的，一条定性指标也没有？", E(rs))

# ---------------- nongye: 大名县农业农村局 (8) ----------------
s = "nongye"
r = one(s, "农村人居环境整治（厕所革命）奖补资金")
n = num([i for i in r["inds"] if i["l3"] == "改造农村户厕"][0]["value"])
add(s, "per-unit", "厕所革命奖补资金按改造户厕数平均，每户合多少元？", E([r], r["total"] * 10000 / n, ndigits=2))

rs = where(s, lambda r: r["plan"] and plan_at(r, 1) == 0)
add(s, "spending-plan-condition", "一季度末计划支出还是零的项目有哪些？", E(rs))

rs = where(s, lambda r: r["attr"] == "新增项目")
add(s, "sum", "大名农业农村局的新增项目一共安排了多少资金？", E(rs, sum(x["total"] for x in rs)))

rs = where(s, lambda r: cites(r, "冀农发〔2023〕8号"))
add(s, "partial-ref", "冀农发2023年8号文被哪些项目引用了？", E(rs))

r = one(s, "耕地地力保护补贴资金")
area = num([i for i in r["inds"] if i["l3"] == "补贴发放面积"][0]["value"])
add(s, "arithmetic",
    "假如耕地地力保护补贴的亩均标准提到25元，按表里的补贴发放面积算，全年需要多少万元？",
    E([r], area * 25))

add(s, "not-found", "大名县农业农村局的高素质农民培育项目资金是多少？", NF)

r = one(s, "农业生产托管服务项目")
l2 = []
for i in r["inds"]:
    if i["l2"] not in l2:
        l2.append(i["l2"])
add(s, "structure", "托管服务那个项目都设了哪些二级指标？", E([r], contains=l2))

rs = where(s, lambda r: cites_law(r, "农产品质量安全法", "中华人民共和国农产品质量安全法")
           or cites_law(r, "动物防疫法", "中华人民共和国动物防疫法"))
add(s, "or", "引用了《农产品质量安全法》或者《动物防疫法》的项目是哪些？", E(rs))


# ----------------------------------------------------------------------------------------------
# validation and output
# ----------------------------------------------------------------------------------------------

def validate():
    assert len(Q) == 80, len(Q)
    ids = [q["id"] for q in Q]
    assert len(set(ids)) == len(ids)
    texts = {k: doc_text(k) for k in DOCS}
    nfkc = lambda t: re.sub(r"\s", "", unicodedata.normalize("NFKC", t))
    for q in Q:
        assert q["store"] in STORES
        e = q["expect"]
        assert set(e) <= {"projects", "value", "contains", "found"}
        if "found" in e:
            assert e == {"found": False}
            continue
        assert e, q
        store_codes = {r["code"]: r for r in recs(q["store"])}
        for c in e.get("projects", []):
            assert c in store_codes, (q["id"], c)
            rec = store_codes[c]
            assert rec["name"] in texts[rec["doc"]], (q["id"], rec["name"])
            assert c in texts[rec["doc"]]
        if "value" in e:
            assert e["value"] == e["value"] and abs(e["value"]) < 1e9
        for s_ in e.get("contains", []):
            assert any(nfkc(s_) in nfkc(texts[d]) for d in STORES[q["store"]]), (q["id"], s_)
    # fixed facts cross-checked against the documents' own totals
    assert abs(sum(r["total"] for r in RECS["sample"]) - 37106.9) < 1e-6
    assert abs(sum(r["total"] for r in RECS["weijian"]) - 3382.35) < 1e-6
    assert abs(sum(r["total"] for r in RECS["tuiyi"]) - 5097.5) < 1e-6
    assert abs(sum(r["total"] for r in RECS["jize"]) - 3097.7) < 1e-6
    assert abs(sum(r["total"] for r in RECS["guantao"]) - 1863.7) < 1e-6
    assert abs(sum(r["total"] for r in RECS["shijian"]) - 1671.5) < 1e-6
    counts = {k: len(v) for k, v in RECS.items()}
    assert counts == {"sample": 14, "other": 10, "weijian": 8, "tuiyi": 10, "jize": 8, "guantao": 10,
                      "shijian": 10, "nongye": 9}, counts
    assert sum(len(r["inds"]) for r in RECS["sample"]) == 101
    assert sum(len(r["inds"]) for r in RECS["guantao"]) == 75


if __name__ == "__main__":
    validate()
    with OUT.open("w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        for q in Q:
            print(q["id"], q["store"], q["kind"], q["question"], q.get("history", ""))
            e = q["expect"]
            names = {r["code"]: r["name"] for r in recs(q["store"])}
            print("   ", {k: v for k, v in e.items() if k != "projects"},
                  [names[c] for c in e.get("projects", [])])
    print(f"wrote {OUT} ({len(Q)} questions)")
