"""Build eval/dev/probe_v52.jsonl (80 development probe questions, ids v52-001 ... v52-080).

Written blind: the author read only the source documents (through python-docx / openpyxl / xlrd), the
scoring format (/work/shared/eval/README.md, eval/dev/GOLD_FORMAT.md) and the answer conventions in
eval/heldout/README_v6.md.  Every expected value, project set and count below is computed from records
extracted here from the documents, one extractor per layout, finding fields by their label words.

Run:  .venv/bin/python eval/dev/docs/make_probe_v52.py
"""
import json
import math
import os
import re
import sys
from pathlib import Path

import docx
import openpyxl
import xlrd
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "dev" / "probe_v52.jsonl"

DOCS = {
    "chengan": ["eval/heldout/docs/chengan-2025.xlsx"],
    "yingji": ["eval/dev/docs/yingji-2025.docx"],
    "jiaoyu": ["eval/dev/docs/jiaoyu-2025.xls"],
    "county": ["tests/data/county/jiaoyu-2023.docx", "tests/data/county/jiaoyu-2024.docx",
               "tests/data/county/weijian-2023.docx", "tests/data/county/weijian-2024.docx"],
    "sample": ["data/samples/weixian-rsj-2025-jixiao-mubiao.docx"],
    "other": ["tests/data/other-department.docx"],
}
DOCS["chengan_sample"] = DOCS["chengan"] + DOCS["sample"]

QUARTER_KEYS = {"3": 3, "6": 6, "9": 9, "10": 9, "12": 12}  # 10月底 is the third checkpoint


def pct(s):
    """'25%' -> 0.25, 0.3 -> 0.3, '' -> None."""
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return float(s)
    s = str(s).strip()
    if not s:
        return None
    m = re.fullmatch(r"([\d.]+)\s*%", s)
    if not m:
        raise ValueError(f"not a percentage: {s!r}")
    return float(m.group(1)) / 100


def num(s):
    if s is None or s == "":
        return 0.0
    if isinstance(s, (int, float)):
        return float(s)
    s = str(s).strip().replace(",", "")
    return float(s) if s else 0.0


def new_record(store_doc, **kw):
    r = dict(doc=store_doc, code=None, name=None, dept=None, unit=None, attr=None, ptype=None,
             year=None, money_unit="万元", total=None, fiscal=None, other=0.0,
             plan=None, quarter_shares=None, plan_amounts=None, use=None, goal=None, inds=[])
    r.update(kw)
    return r


def wan(r, v):
    """money figure of record r in 万元"""
    return v / 10000.0 if r["money_unit"] == "元" else v


# ---------------------------------------------------------------- chengan (xlsx, one long sheet)
def read_chengan(path):
    wb = openpyxl.load_workbook(ROOT / path)
    ws = wb["项目绩效目标"]
    recs, cur, mode, l1 = [], None, None, None
    rows = list(ws.iter_rows(values_only=True))
    i = 0
    while i < len(rows):
        row = [c if c is not None else "" for c in rows[i]]
        a = str(row[0]).strip()
        if a == "项目名称":
            cur = new_record(path, name=str(row[1]).strip(), code=str(row[4]).strip(), year=2025,
                             dept="成安县数据和政务服务局")
            recs.append(cur)
            mode = None
        elif cur is None:
            pass
        elif a == "主管部门":
            cur["unit"] = str(row[4]).strip()
        elif a == "项目类型":
            cur["ptype"] = str(row[1]).strip()
            cur["attr"] = str(row[4]).strip()
        elif a.startswith("资金规模"):
            cur["money_unit"] = "元" if "（元）" in a else "万元"
            cur["total"] = num(row[1])
            assert row[2] == "财政资金" and row[4] == "自有资金", row
            cur["fiscal"] = num(row[3])
            cur["other"] = num(row[5])
        elif a.startswith("资金支出进度计划"):
            heads = [str(x) for x in row[2:6]]
            assert heads == ["第一季度末", "第二季度末", "第三季度末", "第四季度末"], heads
            vals = [pct(x) for x in rows[i + 1][2:6]]
            cur["plan"] = dict(zip([3, 6, 9, 12], vals))
            i += 1
        elif a == "资金用途":
            cur["use"] = str(row[1]).strip()
        elif a == "年度目标":
            cur["goal"] = str(row[1]).strip()
        elif a == "一级指标":
            assert [str(x) for x in row[:6]] == ["一级指标", "二级指标", "三级指标", "目标值", "计量单位", "设定依据"]
            mode, l1 = "ind", None
        elif a.startswith("填报日期"):
            mode = None
        elif mode == "ind" and (row[1] or row[2]):
            if a:
                l1 = a
            val = str(row[3]).strip()
            unit = str(row[4]).strip()
            cur["inds"].append(dict(l1=l1, l2=str(row[1]).strip(), l3=str(row[2]).strip(),
                                    value=val + unit, basis=str(row[5]).strip()))
        i += 1
    return recs


# ---------------------------------------------------------------- docx helpers
def iter_body(path):
    d = docx.Document(ROOT / path)
    for child in d.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            yield "p", Paragraph(child, d).text.strip()
        elif tag == "tbl":
            yield "t", Table(child, d)


def table_rows(t):
    out = []
    for r in t.rows:
        cells, prev = [], None
        for c in r.cells:
            if c._tc is prev:
                continue
            prev = c._tc
            cells.append(c.text.strip())
        out.append(cells)
    return out


def parse_ind_table(rows, fill_l1=True):
    head = rows[0]
    c_l1 = head.index("一级指标")
    c_l2 = head.index("二级指标")
    c_l3 = next(i for i, h in enumerate(head) if h in ("三级指标", "指标内容"))
    c_v = head.index("指标值")
    c_b = next((i for i, h in enumerate(head) if "依据" in h or h == "备注"), None)
    inds, l1 = [], None
    for r in rows[1:]:
        if r[0].startswith("分值合计"):
            continue
        if r[c_l1]:
            l1 = r[c_l1]
        inds.append(dict(l1=l1, l2=r[c_l2], l3=r[c_l3], value=r[c_v],
                         basis=r[c_b] if c_b is not None and c_b < len(r) else ""))
    return inds


# ---------------------------------------------------------------- yingji (docx, separate tables)
def read_yingji(path):
    recs, cur, last_p = [], None, ""
    for kind, x in iter_body(path):
        if kind == "p":
            if x:
                last_p = x
            continue
        rows = table_rows(x)
        first = rows[0][0]
        if first == "项目名称":
            cur = new_record(path, name=rows[0][1], year=2025, dept="曲周县应急管理局")
            cur["money_unit"] = "元" if last_p.endswith("单位：元") else "万元"
            recs.append(cur)
            for i, r in enumerate(rows):
                lab = r[0]
                if lab == "项目编码":
                    cur["code"], cur["ptype"] = r[1], r[3]
                elif lab == "主管部门":
                    cur["unit"] = r[3]
                elif lab == "项目属性":
                    cur["attr"] = r[1]
                elif lab == "资金情况" and r[1] == "资金总额":
                    v = rows[i + 1]
                    assert r[2].endswith("财政拨款") and r[3] == "其他资金", r
                    cur["total"], cur["fiscal"], cur["other"] = num(v[1]), num(v[2]), num(v[3])
                elif lab == "年度资金":
                    if r[1] == "年度资金总额":
                        cur["total"] = num(r[2])
                    elif "财政拨款" in r[1]:
                        cur["fiscal"] = num(r[2])
                    elif "结转" in r[1]:
                        cur["other"] = num(r[2])
                elif lab.startswith("项目主要内容"):
                    cur["use"] = r[1]
                elif lab == "年度绩效目标":
                    cur["goal"] = r[1]
        elif first == "时间节点":
            heads = rows[0][1:]
            keys = [QUARTER_KEYS[re.search(r"(\d+)月", h).group(1)] for h in heads]
            lab, vals = rows[1][0], rows[1][1:]
            if "比例" in lab:
                cur["plan"] = dict(zip(keys, [pct(v) for v in vals]))
            else:
                amounts = [num(v) for v in vals]
                cur["plan_amounts"] = dict(zip(keys, amounts))
                cur["plan"] = {k: a / cur["total"] for k, a in zip(keys, amounts)}
                # plan amounts are in the project's own money unit
                assert ("单位：元" in last_p) == (cur["money_unit"] == "元"), last_p
        elif first == "一级指标":
            cur["inds"] = parse_ind_table(rows)
    return recs


# ---------------------------------------------------------------- jiaoyu (xls)
def read_jiaoyu(path):
    wb = xlrd.open_workbook(str(ROOT / path))
    sh = wb.sheet_by_name("项目支出绩效目标表")
    recs, cur, mode, l1, l2 = [], None, None, None, None
    for r in range(sh.nrows):
        row = [sh.cell_value(r, c) for c in range(sh.ncols)]
        a = str(row[0]).strip()
        m = re.match(r"项目(\d+)：(.+)", a)
        if m:
            cur = new_record(path, name=m.group(2).strip(), year=2025, dept="肥乡区教育体育局")
            recs.append(cur)
            mode = None
            continue
        if cur is None:
            continue
        if a == "项目编码":
            cur["code"], cur["ptype"] = str(row[1]).strip(), str(row[3]).strip()
        elif a == "主管部门":
            assert row[2] == "实施单位"
            cur["unit"] = str(row[3]).strip()
        elif a.startswith("项目总额"):
            cur["money_unit"] = "元" if "（元）" in a else "万元"
            assert "财政拨款" in row[2] and row[4] == "单位自筹", row
            cur["total"], cur["fiscal"], cur["other"] = num(row[1]), num(row[3]), num(row[5])
        elif a == "第一季度":
            shares = [float(sh.cell_value(r + 1, c)) for c in range(4)]
            assert abs(sum(shares) - 1) < 1e-9, shares
            cur["quarter_shares"] = dict(zip([1, 2, 3, 4], shares))
            # the sheet says 按季度分配比例 (per-quarter shares): cumulative plan is the running sum
            run, plan = 0.0, {}
            for k, q in zip([3, 6, 9, 12], shares):
                run += q
                plan[k] = run
            cur["plan"] = plan
        elif a == "项目内容及用途":
            cur["use"] = str(row[1]).strip()
        elif a == "年度目标":
            cur["goal"] = str(row[1]).strip()
        elif a == "一级指标":
            assert [str(x) for x in row] == ["一级指标", "二级指标", "三级指标", "目标值", "评分标准", "指标来源"]
            mode, l1, l2 = "ind", None, None
        elif mode == "ind" and row[2]:
            if a:
                l1 = a
            if row[1]:
                l2 = str(row[1]).strip()
            cur["inds"].append(dict(l1=l1, l2=l2, l3=str(row[2]).strip(), value=str(row[3]).strip(),
                                    basis=str(row[5]).strip()))
    return recs


# ---------------------------------------------------------------- county / sample / other (docx, header table + indicator table)
def read_form_docx(path, dept=None, year=None):
    recs, cur, unit_hint = [], None, "万元"
    for kind, x in iter_body(path):
        if kind == "p":
            continue
        rows = table_rows(x)
        if len(rows) == 1:  # unit caption table
            cap = " ".join(rows[0])
            unit_hint = "元" if cap.endswith("单位：元") else "万元"
            if dept is None:
                pass
            continue
        if rows[0][0] == "项目编码":
            cur = new_record(path, code=rows[0][1], name=rows[0][3], year=year, dept=dept)
            cur["money_unit"] = unit_hint
            recs.append(cur)
            for i, r in enumerate(rows):
                cells = r
                for j, c in enumerate(cells[:-1]):
                    if c in ("预算数", "资金总额"):
                        cur["total"] = num(cells[j + 1])
                    elif c in ("其中：财政资金", "财政拨款"):
                        cur["fiscal"] = num(cells[j + 1])
                    elif c == "其他资金":
                        cur["other"] = num(cells[j + 1])
                if r[0] in ("资金用途", "主要内容") or (r[0] == "预算规模及资金用途" and len(r) == 2):
                    cur["use"] = r[1]
                elif r[0] in ("绩效目标", "年度绩效目标"):
                    cur["goal"] = r[1]
                elif r[0].startswith("资金支出计划") and r[1] == "3月底":
                    keys = [QUARTER_KEYS[re.search(r"(\d+)月", h).group(1)] for h in r[1:5]]
                    vals = [pct(v) for v in rows[i + 1][1:5]]
                    # a blank after a reached percentage keeps that percentage
                    plan, last = {}, None
                    for k, v in zip(keys, vals):
                        last = v if v is not None else last
                        plan[k] = last
                    cur["plan"] = plan
        elif rows[0][0] == "一级指标":
            cur["inds"] = parse_ind_table(rows)
    return recs


def load(store):
    recs = []
    for p in DOCS[store]:
        if p.endswith("chengan-2025.xlsx"):
            recs += read_chengan(p)
        elif p.endswith("yingji-2025.docx"):
            recs += read_yingji(p)
        elif p.endswith("jiaoyu-2025.xls"):
            recs += read_jiaoyu(p)
        elif "/county/" in p:
            dept = "魏县教育局" if "jiaoyu" in p else "魏县卫生健康局"
            year = int(re.search(r"(\d{4})", p).group(1))
            recs += read_form_docx(p, dept, year)
        elif "weixian-rsj" in p:
            recs += read_form_docx(p, "魏县人力资源和社会保障局", 2025)
        elif "other-department" in p:
            recs += read_form_docx(p, "临漳县农业农村局", 2025)
    for r in recs:
        assert r["code"] and r["name"] and r["total"] is not None, r
        r["total_w"] = wan(r, r["total"])
        r["fiscal_w"] = wan(r, r["fiscal"] or 0.0)
        r["other_w"] = wan(r, r["other"] or 0.0)
    return recs


STORES = {s: load(s) for s in DOCS}


# ---------------------------------------------------------------- query helpers
def find(store, name=None, code=None, year=None):
    hits = [r for r in STORES[store]
            if (name is None or r["name"] == name or (name.startswith("~") and name[1:] in r["name"]))
            and (code is None or r["code"] == code)
            and (year is None or r["year"] == year)]
    assert len(hits) == 1, (store, name, code, year, [h["name"] for h in hits])
    return hits[0]


def codes(recs):
    out = []
    for r in recs:
        if r["code"] not in out:
            out.append(r["code"])
    return out


def sat_value(r):
    """number of the project's 满意度指标 row, or None"""
    rows = [i for i in r["inds"] if i["l1"] and i["l1"].startswith("满意度")]
    if not rows:
        return None
    assert len(rows) == 1, r["name"]
    m = re.search(r"([\d.]+)\s*%", rows[0]["value"])
    return float(m.group(1))


def norm_ref(s):
    s = re.sub(r"[〔【\[（(]", "〔", s)
    s = re.sub(r"[〕】\]）)]", "〕", s)
    return s


def cites(r, ref):
    """ref appears in a basis column or in the project name (brackets normalised)"""
    ref = norm_ref(ref)
    texts = [i["basis"] for i in r["inds"]] + [r["name"]]
    return any(ref in norm_ref(t) for t in texts)


def cites_law(r, *titles):
    texts = [i["basis"] for i in r["inds"]]
    return any(t in x for x in texts for t in titles)


def ind(r, l3):
    hits = [i for i in r["inds"] if i["l3"] == l3]
    assert len(hits) == 1, (r["name"], l3)
    return hits[0]


def first_number(s):
    return float(re.search(r"[\d.]+", s).group(0))


def rnd(x, nd=4):
    return round(x + 0.0, nd)


# ---------------------------------------------------------------- questions
Q = []


def add(store, kind, question, expect, history=None):
    item = {"id": None, "store": store, "kind": kind, "question": question}
    if history:
        item["history"] = history
    item["expect"] = expect
    Q.append(item)


def E(projects=None, value=None, contains=None):
    e = {}
    if projects is not None:
        e["projects"] = codes(projects) if projects and isinstance(projects[0], dict) else list(projects)
    if value is not None:
        e["value"] = rnd(value)
    if contains is not None:
        e["contains"] = contains
    return e


NF = {"found": False}

# ===================== chengan (15)
S = "chengan"
A = STORES[S]
sjg = find(S, "一体化政务数据共享平台建设项目")
add(S, "share", "一体化政务数据共享平台建设项目的资金里，自有资金占比是多少？",
    E([sjg], 100 * sjg["other_w"] / sjg["total_w"]))

bbd = find(S, "~帮办代办服务购买经费")
assert bbd["money_unit"] == "元"
add(S, "unit-conversion", "帮办代办服务购买经费换算成万元是多少？", E([bbd], bbd["total_w"]))

n_people = first_number(ind(bbd, "帮办代办服务人次")["value"])
add(S, "per-unit", "按帮办代办服务人次的目标算，帮办代办平均每人次花多少元？",
    E([bbd], bbd["total"] / n_people))

hits = [r for r in A if any(i["l3"] == "政务服务事项网办率" for i in r["inds"])]
assert len(hits) == 1
add(S, "indicator-basis", "“政务服务事项网办率”这个指标是依据什么定的？",
    E(hits, contains=[ind(hits[0], "政务服务事项网办率")["basis"]]))
assert ind(hits[0], "政务服务事项网办率")["basis"] == "冀数政〔2024〕9号"

sel = [r for r in A if cites(r, "冀数政〔2024〕9号") and r["total_w"] >= 200]
add(S, "threshold-ref", "引用了冀数政〔2024〕9号、资金规模又在200万元以上的项目有哪些？", E(sel))

sel = [r for r in A if re.search(r"〔\d{4}〕\d+号", norm_ref(r["name"]))]
assert len(sel) == 1
ref = re.search(r"\S+?〔\d{4}〕\d+号", sel[0]["name"]).group(0)
add(S, "name-ref", "有没有项目直接把文件号写进了项目名称里？是哪个文件？", E(sel, contains=[ref]))

dzw = find(S, "电子政务外网及政务云租赁服务费")
add(S, "spending-plan", "政务云租赁服务费这个项目，到三季度末计划累计要支出多少万元？",
    E([dzw], dzw["plan"][9] * dzw["total_w"]))

sel = [r for r in A if r["plan"] and r["plan"][3] == 0]
add(S, "spending-plan-condition", "哪个项目一季度末计划一分钱都不花？", E(sel))

sel = [r for r in A if r["other_w"] > 0 and "大数据中心" not in r["unit"]]
add(S, "exclusion", "除了大数据中心实施的项目，还有哪些项目用到了自有资金？", E(sel))

sel = [r for r in A if sat_value(r) is not None and sat_value(r) >= 95]
add(S, "count", "满意度目标定在95%及以上的项目有几个？", E(sel, len(sel)))

bmz = find(S, "~乡村便民服务站点建设补助资金")
t = ind(bmz, "站点投入使用时间")
add(S, "indicator-lookup", "站点投入使用时间这个指标，目标值和设定依据分别是什么？",
    E([bmz], contains=[t["value"], t["basis"]]))

sel = [r for r in A if 100 <= r["total_w"] <= 300]
add(S, "range", "资金规模介于100万元和300万元之间的项目有哪些？", E(sel))

sel = [r for r in A if r["unit"] == "成安县政务服务中心"]
add(S, "follow-up", "这几个项目的财政资金一共多少万元？",
    E(sel, sum(r["fiscal_w"] for r in sel)), history=["成安县政务服务中心负责实施哪些项目？"])

sjy = find(S, "公共数据开放与数据要素市场培育专项")
assert "数据应用创新大赛" in sjy["use"]
add(S, "descriptive", "公共数据开放与数据要素市场培育专项的钱主要干什么用？",
    E([sjy], contains=["数据应用创新大赛"]))

assert not any(cites(r, "邯政数〔2024〕2号") for r in A) and any(cites(r, "邯政数〔2025〕2号") for r in A)
add(S, "not-found", "哪些指标的依据是邯政数〔2024〕2号？", NF)

# ===================== yingji (15)
S = "yingji"
A = STORES[S]
aqpx = find(S, "安全生产宣传教育培训经费")
assert aqpx["money_unit"] == "元"
add(S, "per-unit", "安全生产宣传教育培训经费按年度培训人次算，每人次合多少元？",
    E([aqpx], aqpx["total"] / first_number(ind(aqpx, "安全生产培训")["value"])))

sel = [r for r in A if r["unit"] == "曲周县应急管理局（本级）"]
add(S, "sum", "局本级自己实施的项目，资金总额加起来是多少万元？", E(sel, sum(r["total_w"] for r in sel)))

fx = find(S, "防汛抗旱应急物资储备经费")
add(S, "spending-plan", "防汛抗旱物资储备经费截至6月底计划累计支出多少万元？", E([fx], fx["plan_amounts"][6]))

xz = find(S, "乡镇（街道）应急管理服务站规范化建设项目")
add(S, "spending-plan", "乡镇应急管理服务站规范化建设，到第三季度末计划支出多少万元？",
    E([xz], xz["plan"][9] * xz["total_w"]))

jy = find(S, "综合应急救援队伍建设及装备购置")
add(S, "ratio", "综合应急救援队伍建设及装备购置上半年计划花掉的钱占全年资金的百分之几？",
    E([jy], 100 * jy["plan"][6]))

sel = [r for r in A if cites(r, "冀应急〔2024〕17号")]
assert len(sel) == 3
add(S, "policy-ref", "冀应急〔2024〕17号被哪些项目拿来当指标依据？", E(sel))

sel = [r for r in A if cites_law(r, "《安全生产法》", "《中华人民共和国安全生产法》")]
add(S, "law", "哪些项目的指标依据引用了《安全生产法》？", E(sel))

sel = [r for r in A if sat_value(r) is None]
assert len(sel) == 1
add(S, "lacking", "指标里没有满意度指标的是哪个项目？", E(sel))

sel = [r for r in A if r["plan"] is None]
add(S, "follow-up", "这几个项目的资金总额合计多少？", E(sel, sum(r["total_w"] for r in sel)),
    history=["哪几个项目没有填分季度资金支出计划？"])

sel = sorted(A, key=lambda r: r["total_w"])[:2]
add(S, "bottom-n", "资金总额最少的两个项目是哪两个？", E(sel))

add(S, "follow-up", "其中上年结转资金占百分之几？", E([xz], 100 * xz["other_w"] / xz["total_w"]),
    history=["乡镇（街道）应急管理服务站规范化建设项目的资金总额是多少？"])

t = ind(fx, "汛期物资调拨响应时间")
add(S, "indicator-lookup", "“汛期物资调拨响应时间”定的目标是多少，依据的是哪个文件？",
    E([fx], contains=["2小时", t["basis"]]))

assert not any(cites(r, "冀应急〔2023〕36号") for r in A)
add(S, "not-found", "哪些项目引用了冀应急〔2023〕36号？", NF)

sel = [r for r in A if cites(r, "邯应急字〔2024〕21号") or cites(r, "冀财建〔2024〕112号")]
add(S, "or", "引用了邯应急字〔2024〕21号或者冀财建〔2024〕112号的项目有哪些？", E(sel))

zr = find(S, "自然灾害综合风险普查成果应用及灾害信息员补贴")
assert "356名灾害信息员" in zr["goal"]
add(S, "descriptive", "灾害信息员补贴那个项目今年的绩效目标是什么？", E([zr], contains=["356名灾害信息员"]))

# ===================== jiaoyu (10)
S = "jiaoyu"
A = STORES[S]
yw = find(S, "城乡义务教育学校公用经费")
add(S, "spending-plan", "城乡义务教育学校公用经费上半年计划安排多少资金？",
    E([yw], yw["total_w"] * (yw["quarter_shares"][1] + yw["quarter_shares"][2])))

sel = [r for r in A if r["other_w"] > 0]
add(S, "sum", "哪些项目有单位自筹资金？自筹加起来一共多少万元？", E(sel, sum(r["other_w"] for r in sel)))

yy = find(S, "农村义务教育学生营养改善计划")
add(S, "per-head", "营养改善计划按受益学生人数算，每个学生一年摊到多少元？",
    E([yy], yy["total_w"] * 10000 / first_number(ind(yy, "受益学生人数")["value"])))

sel = [r for r in A if sat_value(r) is None]
assert len(sel) == 1
add(S, "lacking", "哪个项目没有满意度方面的指标？", E(sel))

sel = [r for r in A if cites(r, "冀教财〔2024〕21号")]
add(S, "count", "有几个项目引用了冀教财〔2024〕21号？", E(sel, len(sel)))

sel = [r for r in A if re.search(r"〔\d{4}〕\d+号", r["name"])]
assert len(sel) == 1
add(S, "name-ref", "名称里带文号的那个项目预算是多少？", E(sel, sel[0]["total_w"]))

sel = [r for r in A if r["fiscal_w"] > 1000]
add(S, "threshold", "财政拨款超过1000万元的项目有哪些？", E(sel))

px = find(S, "中小学教师培训经费")
assert ind(px, "人均培训成本")["value"] == "≤300元/人次"
add(S, "follow-up", "它的人均培训成本上限是多少？", E([px], contains=["300元"]),
    history=["中小学教师培训经费由哪个单位实施？"])

add(S, "not-found", "肥乡区教育体育局今年的校车购置补助项目安排了多少钱？", NF)

aq = find(S, "校园安全防控体系建设")
l2s = []
for i in aq["inds"]:
    if i["l2"] not in l2s:
        l2s.append(i["l2"])
assert l2s == ["数量指标", "质量指标", "时效指标", "社会效益指标", "服务对象满意度指标"], l2s
add(S, "structure", "校园安全防控体系建设下面设了哪些二级指标？", E([aq], contains=l2s[:4]))

# ===================== county (12)
S = "county"
A = STORES[S]
wj23 = [r for r in A if r["dept"] == "魏县卫生健康局" and r["year"] == 2023]
wj24 = [r for r in A if r["dept"] == "魏县卫生健康局" and r["year"] == 2024]
jy23 = [r for r in A if r["dept"] == "魏县教育局" and r["year"] == 2023]
jy24 = [r for r in A if r["dept"] == "魏县教育局" and r["year"] == 2024]
assert len(jy23) == len(jy24) == 10 and len(wj23) == 8 and len(wj24) == 9
c23 = {r["code"] for r in wj23}
c24 = {r["code"] for r in wj24}
add(S, "yoy-new", "魏县卫生健康局2024年跟2023年比，新增了哪些项目？", E([r for r in wj24 if r["code"] not in c23]))
add(S, "yoy-dropped", "卫健局2023年有、2024年却没再安排的项目是哪个？", E([r for r in wj23 if r["code"] not in c24]))

x23 = find(S, "教育信息化县级配套资金", year=2023)
x24 = find(S, "教育信息化县级配套资金", year=2024)
assert x23["code"] == x24["code"]
add(S, "yoy-diff", "教育信息化县级配套资金2024年比2023年预算增加了多少万元？", E([x24], x24["total_w"] - x23["total_w"]))

s23 = find(S, "学生资助县级配套资金", year=2023)
s24 = find(S, "学生资助县级配套资金", year=2024)
add(S, "yoy-change", "学生资助县级配套资金2023年和2024年的满意度目标有没有变化？",
    E([s24], contains=[f"{sat_value(s23):g}%", f"{sat_value(s24):g}%"]))
assert sat_value(s23) != sat_value(s24)

add(S, "yoy-diff", "魏县教育局2024年项目预算总额比2023年多了多少万元？",
    E(value=sum(r["total_w"] for r in jy24) - sum(r["total_w"] for r in jy23)))

t23 = find(S, "特殊教育项目", year=2023)
add(S, "follow-up", "那2023年呢？", E([t23], t23["total_w"]), history=["2024年特殊教育项目的预算数是多少？"])

jt24 = find(S, "家庭医生签约补助资金", year=2024)
add(S, "follow-up", "其中财政拨款占多少？", E([jt24], contains=[f"{jt24['fiscal_w']:.2f}"]),
    history=["2024年家庭医生签约补助资金的资金总额是多少？"])

sel = [r for r in wj24 if r["total_w"] > 500]
add(S, "threshold", "2024年卫健局资金总额超过500万元的项目有哪些？", E(sel))

sel = [r for r in jy23 if any("冀人社规" in i["basis"] for i in r["inds"])]
add(S, "partial-ref", "2023年魏县教育局哪些项目的指标依据用了冀人社规的文件？", E(sel))

jh24 = find(S, "2024年计划生育家庭扶助县级配套资金", year=2024)
add(S, "spending-plan", "2024年计划生育家庭扶助县级配套资金到10月底计划支出多少万元？",
    E([jh24], jh24["plan"][9] * jh24["total_w"]))

sel = [r for r in wj23 if sat_value(r) is None]
add(S, "lacking", "2023年卫健局哪些项目没有设满意度指标？", E(sel))

add(S, "not-found", "魏县卫生健康局2022年村卫生室运行项目的预算是多少？", NF)

# ===================== sample (10)
S = "sample"
A = STORES[S]
sel = [r for r in A if cites(r, "冀人社规〔2019〕2号")]
add(S, "count", "有几个项目的指标依据提到了冀人社规〔2019〕2号？", E(sel, len(sel)))

dj = [r for r in A if any("代缴67元" in i["l3"] for i in r["inds"])]
assert len(dj) == 1
add(S, "arithmetic", "困难群体代缴养老保险那个项目，按每人每年代缴67元算，这笔钱大约能覆盖多少人？",
    E(dj, dj[0]["total_w"] * 10000 / 67))

wg = find(S, "~县级离退休老干部春节慰问")
add(S, "spending-plan", "老干部春节慰问资金到10月底累计计划支出多少万元？", E([wg], wg["plan"][9] * wg["total_w"]))

sel = sorted(A, key=lambda r: -r["total_w"])[:3]
add(S, "top-n", "预算数排前三的是哪几个项目？", E(sel))

sel = [r for r in A if cites(r, "冀财社【2024】136号") and "136号" in r["name"]]
assert len(sel) == 2
add(S, "share", "冀财社【2024】136号下达的两笔就业补助资金，合计占全局项目预算的比重是多少？",
    E(sel, 100 * sum(r["total_w"] for r in sel) / sum(r["total_w"] for r in A)))

sel = [r for r in A if sat_value(r) == 80]
add(S, "threshold", "满意度目标定为80%的项目有哪些？", E(sel))

lw = find(S, "劳务派遣人员工资")
assert "社保经办机构" in lw["use"]
add(S, "descriptive", "劳务派遣人员工资这个项目是干什么用的？", E([lw], contains=["社保经办机构"]))

add(S, "not-found", "魏县人社局今年的工伤保险基金补助项目预算是多少？", NF)

sx = find(S, "公共实训基地县级配套")
cost = first_number(ind(sx, "公共实训基地建设成本")["value"])
add(S, "difference", "公共实训基地县级配套的成本指标和预算数差了多少万元？", E([sx], cost - sx["total_w"]))

cd = find(S, "2025年创业贷款贴息资金")
assert ind(cd, "创业担保基金代偿率")["basis"] == "邯银发【2017】58号"
add(S, "indicator-basis", "创业担保基金代偿率这个指标依据的是哪个文件？", E([cd], contains=["邯银发", "2017", "58号"]))

# ===================== other (8)
S = "other"
A = STORES[S]
sel = [(r, i) for r in A for i in r["inds"] if not i["basis"].strip()]
assert len(sel) == 1
add(S, "lacking-basis", "有没有哪个指标没写依据？是哪个项目的？", E([sel[0][0]], contains=[sel[0][1]["l3"]]))

nj = find(S, "基层农技推广体系改革与建设补助项目")
add(S, "difference", "基层农技推广体系改革与建设补助项目的成本指标比资金总额多出多少万元？",
    E([nj], first_number(ind(nj, "农技推广补助资金")["value"]) - nj["total_w"]))

bc = find(S, "农作物重大病虫害统防统治项目")
add(S, "difference", "农作物重大病虫害统防统治项目，财政拨款加其他资金跟资金总额差了多少？",
    E([bc], bc["total_w"] - bc["fiscal_w"] - bc["other_w"]))

sel = [r for r in A if cites(r, "邯财农〔2024〕18号")]
add(S, "policy-ref", "邯财农〔2024〕18号被哪些项目引用？", E(sel))

sel = [r for r in A if r["total_w"] < 50]
assert all(r["money_unit"] == "元" for r in sel)
add(S, "threshold", "资金总额不到50万元的项目有哪些？", E(sel))

top2 = sorted(A, key=lambda r: -r["total_w"])[:2]
add(S, "follow-up", "第二个到6月底计划支出多少万元？", E([top2[1]], top2[1]["plan"][6] * top2[1]["total_w"]),
    history=["资金总额最大的两个项目是哪两个？"])

gs = find(S, "高素质农民培育项目")
add(S, "per-head", "高素质农民培育项目按培育人数算，人均多少元？",
    E([gs], gs["total_w"] * 10000 / first_number(ind(gs, "培育高素质农民人数")["value"])))

assert not any(cites(r, "农办计财（2023）12号") for r in A) and any(cites(r, "农办计财（2024）12号") for r in A)
add(S, "not-found", "有没有项目引用农办计财（2023）12号文？", NF)

# ===================== chengan_sample (10)
S = "chengan_sample"
A = STORES[S]
CH = [r for r in A if r["dept"] == "成安县数据和政务服务局"]
SA = [r for r in A if r["dept"] == "魏县人力资源和社会保障局"]
assert len(CH) == 8 and len(SA) == 14

sel = [r for r in A if r["total_w"] > 5000]
add(S, "cross-department", "两个部门里资金超过5000万元的项目有哪些？", E(sel))

add(S, "scoping", "成安县数据和政务服务局一共报了几个项目？", E(CH, len(CH)))

add(S, "mean", "两个单位全部项目平均每个多少万元？", E(value=sum(r["total_w"] for r in A) / len(A)))

add(S, "not-found", "成安县人社局的社会保障工作经费是多少？", NF)

sel = [r for r in A if sat_value(r) is not None and sat_value(r) >= 95]
add(S, "threshold", "满意度目标不低于95%的项目有哪些？", E(sel))

sel = [r for r in A if re.search(r"〔\d{4}〕\d+号", norm_ref(r["name"]))]
add(S, "name-ref", "项目名称里带有文号的项目一共有几个？", E(sel, len(sel)))

sel = [r for r in CH if r["total_w"] > 100 and cites_law(r, "《中华人民共和国数据安全法》")]
add(S, "threshold-dept-ref", "成安数据局资金规模超过100万元、又引用了《中华人民共和国数据安全法》的项目是哪些？", E(sel))

add(S, "follow-up", "它的满意度目标是多少？", E([find(S, code=bbd["code"])], contains=[f"{sat_value(bbd):g}%"]),
    history=["成安县“一网通办”帮办代办服务购买经费是多少？"])

yl = find(S, "城乡居民基本养老保险（基础养老金补助和缴费补贴）")
sj = find(S, "一体化政务数据共享平台建设项目")
add(S, "difference", "城乡居民基本养老保险（基础养老金补助和缴费补贴）比一体化政务数据共享平台建设项目多多少万元？",
    E([yl, sj], yl["total_w"] - sj["total_w"]))

add(S, "not-found", "魏县数据和政务服务局2025年报了哪些项目？", NF)


# ---------------------------------------------------------------- write + validate
def raw_text(path):
    p = ROOT / path
    if p.suffix == ".docx":
        d = docx.Document(p)
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if p.suffix == ".xlsx":
        wb = openpyxl.load_workbook(p)
        return "\n".join(str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row if c is not None)
    wb = xlrd.open_workbook(str(p))
    return "\n".join(str(sh.cell_value(r, c)) for sh in wb.sheets() for r in range(sh.nrows) for c in range(sh.ncols))


def main():
    want = {"chengan": 15, "yingji": 15, "jiaoyu": 10, "county": 12, "sample": 10, "other": 8, "chengan_sample": 10}
    got = {}
    for q in Q:
        got[q["store"]] = got.get(q["store"], 0) + 1
    assert got == want, got
    assert len(Q) == 80
    order = list(want)
    Q.sort(key=lambda q: order.index(q["store"]))  # stable: keeps the written order inside a store
    texts = {s: "\n".join(raw_text(p) for p in DOCS[s]) for s in DOCS}
    nf = 0
    for n, q in enumerate(Q, 1):
        q["id"] = f"v52-{n:03d}"
        e = q["expect"]
        assert set(e) <= {"projects", "value", "contains", "found"}, e
        if "found" in e:
            assert e == {"found": False}
            nf += 1
            continue
        assert e, q
        for c in e.get("projects", []):
            assert c in texts[q["store"]], (q["id"], c)
            assert sum(1 for r in STORES[q["store"]] if r["code"] == c) >= 1
        if "value" in e:
            assert math.isfinite(e["value"]), q
        for c in e.get("contains", []):
            assert c, q
        assert len(set(e.get("projects", []))) == len(e.get("projects", [])), q
    assert 7 <= nf <= 9, nf
    ids = [q["id"] for q in Q]
    assert len(set(ids)) == len(ids)
    with open(OUT, "w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    # re-read
    with open(OUT, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f]
    assert len(lines) == 80
    kinds = {}
    for q in lines:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    print("wrote", OUT, len(lines), "questions; not-found", nf)
    print("stores", got)
    print("kinds", dict(sorted(kinds.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    if "--dump" in sys.argv:
        for s in ["chengan", "yingji", "jiaoyu", "county", "sample", "other"]:
            for r in STORES[s]:
                print(s, r["year"], r["code"], r["name"][:24], r["unit"], r["money_unit"], r["total"], r["fiscal"],
                      r["other"], r["total_w"], r["plan"], "sat", sat_value(r), "inds", len(r["inds"]))
    else:
        main()
