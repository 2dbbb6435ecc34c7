"""Build eval/dev/probe_v54.jsonl (60 precision-trap questions) from the source documents.

Run: .venv/bin/python eval/dev/docs/make_probe_v54.py
Reads the documents only (python-docx, openpyxl); the question wording is hand-written, every expected
value, project set and count is computed here from the extracted records. Money in 万元 unless a question
asks for 元; tables printed in 元 are converted (÷10000).
"""
import json
import os
import re

import docx
import openpyxl
from docx.oxml.ns import qn
from docx.table import Table

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "eval", "dev", "probe_v54.jsonl")

DOCS = {
    "shichang": ["eval/dev/docs/shichang-2025.docx"],
    "yingji": ["eval/dev/docs/yingji-2025.docx"],
    "chengan": ["eval/heldout/docs/chengan-2025.xlsx"],
    "weijian": ["eval/dev/docs/weijian-2025.docx"],
    "sample": ["data/samples/weixian-rsj-2025-jixiao-mubiao.docx"],
    "both": ["data/samples/weixian-rsj-2025-jixiao-mubiao.docx", "tests/data/other-department.docx"],
}

CODE_RE = re.compile(r"^1304\d{2}25P[0-9A-Z]{12}$")
PCT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def num(s):
    s = str(s).replace(",", "").strip()
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    return float(m.group()) if m else None


def row_cells(row):
    out, prev = [], None
    for c in row.cells:
        if c._tc is prev:
            continue
        prev = c._tc
        out.append(c.text.strip())
    return out


def docx_blocks(path):
    d = docx.Document(os.path.join(ROOT, path))
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            t = "".join(x.text or "" for x in el.iter(qn("w:t"))).strip()
            if t:
                yield ("p", t)
        elif el.tag == qn("w:tbl"):
            yield ("t", [row_cells(r) for r in Table(el, d).rows])


def label_value(rows, pattern):
    """Value in the cell right after the first cell matching pattern (same row)."""
    rx = re.compile(pattern)
    for r in rows:
        for i, c in enumerate(r):
            if rx.search(c) and i + 1 < len(r):
                return r[i + 1]
    return None


def header_value(rows, pattern):
    """Header row / value row pair (yingji 资金情况 layout): value under the matching header."""
    rx = re.compile(pattern)
    for k, r in enumerate(rows[:-1]):
        for i, c in enumerate(r):
            if rx.search(c) and k + 1 < len(rows) and rows[k + 1][0] == r[0] and i < len(rows[k + 1]):
                v = rows[k + 1][i]
                if num(v) is not None:
                    return v
    return None


def parse_plan_text(t):
    """'一季度20%，二季度50%…' / '一季度末累计支出15%，上半年累计支出45%…' -> [q1..q4] fractions."""
    pcts = [float(x) / 100 for x in PCT_RE.findall(t)]
    return pcts[:4] if len(pcts) >= 4 else None


def fill_blanks(vals):
    out, last = [], None
    for v in vals:
        if v is None:
            v = last
        out.append(v)
        last = v
    return out


def docx_projects(path):
    recs = []
    cur = None
    unit_hint = "万元"
    for kind, b in docx_blocks(path):
        if kind == "p":
            if re.search(r"单位：元", b) or re.search(r"金额单位：元", b):
                unit_hint = "元"
            elif re.search(r"单位：万元", b):
                unit_hint = "万元"
            if cur is not None and b.startswith("分季度资金支出计划"):
                cur["_plan_unit"] = "%" if "比例" in b else ("元" if "元）" in b and "万元" not in b else "万元")
            continue
        rows = b
        flat = [c for r in rows for c in r]
        if len(rows) == 1 and any(re.search(r"单位：", c) for c in rows[0]):
            unit_hint = "元" if any(re.search(r"单位：元", c) for c in rows[0]) else "万元"
            continue
        code = next((c for c in flat if CODE_RE.match(c)), None)
        if code and any("项目名称" in c for c in flat):
            cur = {"code": code, "file": path, "unit": unit_hint, "rows": rows, "ind": [], "plan": None}
            cur["name"] = label_value(rows, r"^项目名称$")
            if any(re.search(r"（元）", c) for c in flat):
                cur["unit"] = "元"
            total = (label_value(rows, r"^资金总额|^预算数$|^年度资金总额$|^合计$")
                     or header_value(rows, r"^资金总额$"))
            if total is not None and num(total) is None:
                total = header_value(rows, r"^资金总额$")
            fiscal = (header_value(rows, r"财政拨款") or label_value(rows, r"财政拨款$|财政资金$"))
            other = (header_value(rows, r"^其他资金$") or label_value(rows, r"^其他资金$|^上年结转资金$|^其他$"))
            f = 1 / 10000 if cur["unit"] == "元" else 1
            cur["total"] = round(num(total) * f, 4)
            cur["fiscal"] = round((num(fiscal) or 0) * f, 4)
            cur["other"] = round((num(other) or 0) * f, 4) if other not in (None, "") else 0.0
            cur["attr"] = label_value(rows, r"^项目属性$")
            cur["impl"] = label_value(rows, r"^实施单位$")
            cur["upper"] = label_value(rows, r"上级补助$")
            # spending plan inside the project table
            for r in rows:
                joined = " ".join(r)
                if ("资金使用计划" in joined or "资金支出计划" in joined) and len(PCT_RE.findall(joined)) >= 4:
                    cur["plan"] = parse_plan_text(joined)
            for k, r in enumerate(rows):
                if r[0].startswith("资金支出计划") and k + 1 < len(rows) and rows[k + 1][0] == r[0]:
                    vals = rows[k + 1][1:]
                    p = [float(PCT_RE.search(v).group(1)) / 100 if PCT_RE.search(v) else None for v in vals]
                    if any(x is not None for x in p):
                        cur["plan"] = fill_blanks(p)[:4]
            recs.append(cur)
            continue
        if cur is None:
            continue
        if rows and rows[0] and rows[0][0] == "时间节点":
            vals = rows[1][1:5]
            pu = cur.get("_plan_unit", "万元")
            if pu == "%":
                cur["plan"] = [num(v) / 100 for v in vals]
            else:
                f = 1 / 10000 if pu == "元" else 1
                cur["plan"] = [num(v) * f / cur["total"] for v in vals]
            continue
        if rows and rows[0] and rows[0][0] == "一级指标":
            hdr = rows[0]
            iv = next(i for i, h in enumerate(hdr) if h == "指标值")
            bi = [i for i, h in enumerate(hdr) if re.search(r"依据|备注", h)]
            bi = bi[-1] if bi else None
            l3i = 2
            for r in rows[1:]:
                if len(r) <= iv or r[0].startswith("分值合计"):
                    continue
                cur["ind"].append({"l1": r[0], "l2": r[1], "l3": r[l3i], "value": r[iv],
                                   "basis": r[bi] if bi is not None and bi < len(r) else ""})
    return recs


def xlsx_projects(path):
    wb = openpyxl.load_workbook(os.path.join(ROOT, path))
    ws = wb["项目绩效目标"]
    rows = [[("" if c.value is None else str(c.value)).strip() for c in r] for r in ws.iter_rows()]
    recs, cur, unit, last_l1 = [], None, "万元", ""
    for k, r in enumerate(rows):
        if any("金额单位：" in c for c in r):
            unit = "元" if any("金额单位：元" in c for c in r) else "万元"
        if r[0] == "项目名称":
            cur = {"name": r[1], "code": r[4], "unit": unit, "ind": [], "plan": None, "file": path}
            recs.append(cur)
            in_ind = False
            continue
        if cur is None:
            continue
        if r[0] == "实施单位" or r[3] == "实施单位":
            cur["impl"] = r[4]
        if r[3] == "项目属性":
            cur["attr"] = r[4]
        if r[0].startswith("资金规模"):
            f = 1 / 10000 if cur["unit"] == "元" else 1
            cur["total"] = num(r[1]) * f
            cur["fiscal"] = num(r[3]) * f
            cur["other"] = (num(r[5]) or 0) * f if r[5] else 0.0
        if r[0].startswith("资金支出进度计划"):
            cur["plan"] = [num(v) / 100 for v in rows[k + 1][2:6]]
        if r[0] == "一级指标":
            in_ind = True
            continue
        if in_ind and r[2] and r[1]:
            if r[0]:
                last_l1 = r[0]
            cur["ind"].append({"l1": last_l1, "l2": r[1], "l3": r[2], "value": r[3] + r[4], "basis": r[5]})
        if r[0].startswith("填报日期"):
            in_ind = False
    return recs


STORES = {}
for s, files in DOCS.items():
    recs = []
    for f in files:
        recs += xlsx_projects(f) if f.endswith(".xlsx") else docx_projects(f)
    STORES[s] = recs


def P(store, frag):
    """The one project of store whose name contains frag (exactly one, or fail)."""
    hits = [r for r in STORES[store] if frag in r["name"]]
    assert len(hits) == 1, (store, frag, [h["name"] for h in hits])
    return hits[0]


def sat(r):
    for i in r["ind"]:
        if i["l1"].startswith("满意度"):
            return num(i["value"])
    return None


def cites(r, ref_re):
    rx = re.compile(ref_re)
    return bool(rx.search(r["name"])) or any(rx.search(i["basis"]) for i in r["ind"])


def ind(r, frag):
    hits = [i for i in r["ind"] if frag in i["l3"]]
    assert len(hits) == 1, (r["name"], frag)
    return hits[0]


def codes(rs):
    return sorted(r["code"] for r in rs)


Q = []


def add(store, kind, question, expect, history=None):
    d = {"id": None, "store": store, "kind": kind, "question": question}
    if history:
        d["history"] = history
    d["expect"] = expect
    Q.append(d)


def rnd(x, n=4):
    return round(x, n)


# ---------------------------------------------------------------- shichang (广平县市场监督管理局)
S = STORES["shichang"]
assert len(S) == 7 and abs(sum(r["total"] for r in S) - 476.36) < 1e-6
low = [r for r in S if sat(r) is not None and sat(r) < 90]
add("shichang", "threshold-strict", "满意度目标低于90%的项目有哪些？", {"projects": codes(low)})

ss = [r for r in S if r["other"] > 0 and r["attr"] == "新增项目"]
add("shichang", "two-conditions", "既是新增项目、又安排了其他资金的是哪个项目？", {"projects": codes(ss)})

r = P("shichang", "产品质量安全监管")
add("shichang", "number-in-name", "中央产品质量安全监管补助资金一共安排了多少万元？",
    {"projects": [r["code"]], "value": r["total"]})

add("shichang", "not-found", "广平县市场监督管理局的药品医疗器械监管经费预算是多少？", {"found": False})

jc = [r for r in S if r["impl"] == "广平县检验检测中心"]
share = sum(r["total"] for r in jc) / sum(r["total"] for r in S) * 100
add("shichang", "share", "由检验检测中心实施的项目，资金合计占全局项目资金总额的百分之几？",
    {"projects": codes(jc), "value": rnd(share)})

pl = [r for r in S if r["plan"] and r["plan"][2] <= 0.75 + 1e-9]
add("shichang", "spending-plan-condition", "有支出计划的项目里，三季度末累计支出比例没超过75%的有哪些？",
    {"projects": codes(pl)})

add("shichang", "not-found-field", "计量器具强制检定经费的绩效自评得分是多少？", {"found": False})

zf = [r for r in S if r["impl"] == "广平县市场监管综合行政执法队"]
add("shichang", "follow-up", "它们的其他资金加起来有多少万元？",
    {"projects": codes(zf), "value": rnd(sum(r["other"] for r in zf))},
    history=["哪些项目是由广平县市场监管综合行政执法队实施的？"])

lt = [r for r in S if r["total"] < 50]
add("shichang", "threshold-units", "资金总额不足50万元的项目有几个？", {"projects": codes(lt), "value": len(lt)})

r = P("shichang", "食品安全监督抽检")
add("shichang", "per-unit", "食品安全监督抽检经费按监督抽检批次算，每批次平均多少元？",
    {"projects": [r["code"]], "value": rnd(r["total"] * 10000 / num(ind(r, "食品安全监督抽检批次")["value"]))})

# ---------------------------------------------------------------- yingji (曲周县应急管理局)
Y = STORES["yingji"]
assert len(Y) == 8 and abs(sum(r["total"] for r in Y) - 1914.60) < 1e-6
r = P("yingji", "应急管理服务站")
add("yingji", "spending-plan", "乡镇（街道）应急管理服务站规范化建设项目到上半年末计划累计支出多少万元？",
    {"projects": [r["code"]], "value": rnd(r["plan"][1] * r["total"])})

r = P("yingji", "宣传教育培训")
add("yingji", "spending-plan-units", "安全生产宣传教育培训经费截至三季度末计划累计花出去多少万元？",
    {"projects": [r["code"]], "value": rnd(r["plan"][2] * r["total"])})

c17 = [r for r in Y if cites(r, r"冀应急[〔【\[（(]2024[〕】\]）)]17号")]
add("yingji", "policy-ref", "哪些项目的指标依据引用了冀应急〔2024〕17号文件？", {"projects": codes(c17)})

o52 = [r for r in Y if r["other"] > 52]
add("yingji", "threshold-strict", "其他资金（含上年结转）超过52万元的项目有哪些？", {"projects": codes(o52)})

s95 = [r for r in Y if sat(r) is not None and sat(r) >= 95]
add("yingji", "threshold-equal", "满意度目标达到95%及以上的项目是哪些？", {"projects": codes(s95)})

add("yingji", "not-found", "邱县应急管理局安全生产监管执法专项经费的资金总额是多少？", {"found": False})

add("yingji", "not-found-field", "自然灾害综合风险普查成果应用及灾害信息员补贴项目的绩效评价最终得分是多少？",
    {"found": False})

r = P("yingji", "灾害信息员")
add("yingji", "per-head", "按灾害信息员人数平均，自然灾害综合风险普查成果应用及灾害信息员补贴项目每人合多少元？",
    {"projects": [r["code"]], "value": rnd(r["total"] * 10000 / num(ind(r, "灾害信息员人数")["value"]))})

nos = [r for r in Y if sat(r) is None]
assert len(nos) == 1
add("yingji", "follow-up", "那它的其他资金是多少万元？",
    {"projects": codes(nos), "value": nos[0]["other"]},
    history=["哪个项目的绩效指标里没有满意度指标？"])

bj = [r for r in Y if r["impl"] == "曲周县应急管理局（本级）"]
add("yingji", "mean-units", "由局本级实施的项目，平均每个项目资金总额是多少万元？",
    {"projects": codes(bj), "value": rnd(sum(r["total"] for r in bj) / len(bj))})

# ---------------------------------------------------------------- chengan (成安县数据和政务服务局)
C = STORES["chengan"]
assert len(C) == 8 and abs(sum(r["total"] for r in C) - 1854.5) < 1e-6
o100 = [r for r in C if r["other"] > 100]
add("chengan", "threshold-synonym", "自有资金超过100万元的项目是哪个？", {"projects": codes(o100)})

r = P("chengan", "一体化政务数据共享平台")
add("chengan", "spending-plan", "一体化政务数据共享平台建设项目第二季度末计划累计支出多少万元？",
    {"projects": [r["code"]], "value": rnd(r["plan"][1] * r["total"])})

r = P("chengan", "便民服务站点")
add("chengan", "number-in-name", "乡村便民服务站点建设补助资金计划新建多少个标准化村级便民服务站？",
    {"projects": [r["code"]], "contains": [str(int(num(ind(r, "新建标准化村级便民服务站")["value"])))]})

r = P("chengan", "帮办代办")
add("chengan", "per-unit-units", "“一网通办”帮办代办服务购买经费平均每服务一人次花多少元？",
    {"projects": [r["code"]], "value": rnd(r["total"] * 10000 / num(ind(r, "帮办代办服务人次")["value"]))})

s95 = [r for r in C if sat(r) is not None and sat(r) >= 95]
add("chengan", "threshold-equal", "满意度目标不低于95%的项目有哪些？", {"projects": codes(s95)})

add("chengan", "lacking", "哪个项目没有设置满意度指标？", {"projects": codes([r for r in C if sat(r) is None])})

add("chengan", "not-found", "成安县大数据中心机房改造项目的资金规模是多少？", {"found": False})

c9 = [r for r in C if cites(r, r"冀数政[〔【\[（(]2024[〕】\]）)]9号")]
add("chengan", "policy-count", "有几个项目把冀数政〔2024〕9号作为指标设定依据？", {"projects": codes(c9), "value": len(c9)})

le100 = [r for r in C if r["total"] <= 100]
add("chengan", "threshold-atmost-units", "资金规模至多100万元的项目有哪些？", {"projects": codes(le100)})

r = P("chengan", "电子政务外网")
add("chengan", "follow-up", "其中财政资金占多大比例？",
    {"projects": [r["code"]], "value": rnd(r["fiscal"] / r["total"] * 100)},
    history=["电子政务外网及政务云租赁服务费的资金规模是多少？"])

# ---------------------------------------------------------------- weijian (曲周县卫生健康局)
W = STORES["weijian"]
assert len(W) == 8 and abs(sum(r["total"] for r in W) - 3382.35) < 1e-6
wo = [r for r in W if r["other"] > 0 and "急诊急救" not in r["name"]]
add("weijian", "exclusion", "除了县医院急诊急救能力提升项目，还有哪些项目的预算里安排了“其他”资金？",
    {"projects": codes(wo)})

r = P("weijian", "严重精神障碍")
add("weijian", "units", "严重精神障碍患者管理治疗经费折合多少万元？", {"projects": [r["code"]], "value": r["total"]})

r = P("weijian", "急诊急救")
add("weijian", "spending-plan", "县医院急诊急救能力提升项目三季度末计划累计支出多少万元？",
    {"projects": [r["code"]], "value": rnd(r["plan"][2] * r["total"])})

r = P("weijian", "家庭医生")
add("weijian", "per-head-units", "家庭医生签约服务经费按重点人群签约人数平均，每人多少元？",
    {"projects": [r["code"]],
     "value": rnd(r["total"] * 10000 / (num(ind(r, "重点人群家庭医生签约人数")["value"]) * 10000))})

s90 = [r for r in W if sat(r) is not None and sat(r) < 90]
add("weijian", "count-strict", "满意度目标不足90%的项目有几个？", {"projects": codes(s90), "value": len(s90)})

add("weijian", "not-found", "曲周县卫生健康局国家免疫规划疫苗采购专项经费安排了多少？", {"found": False})

c6 = [r for r in W if cites(r, r"冀卫财[〔【\[（(]2024[〕】\]）)]6号")]
add("weijian", "policy-count", "以冀卫财〔2024〕6号为确定依据的项目有几个？", {"projects": codes(c6), "value": len(c6)})

r = [x for x in W if x["impl"] == "曲周县疾病预防控制中心"]
assert len(r) == 1
add("weijian", "follow-up", "它一季度末计划累计支出多少万元？",
    {"projects": codes(r), "value": rnd(r[0]["plan"][0] * r[0]["total"])},
    history=["疾病预防控制中心负责实施的是哪个项目？"])

r = P("weijian", "基本公共卫生服务")
add("weijian", "number-in-indicator", "基本公共卫生服务项目要为多少名65岁及以上老年人提供健康管理？",
    {"projects": [r["code"]], "contains": ["4.6万"]})
assert "4.6 万人" in ind(r, "65岁及以上老年人健康管理人数")["value"]

add("weijian", "not-found-field", "重大传染病防控经费上一年度实际支出了多少万元？", {"found": False})

# ---------------------------------------------------------------- sample (魏县人社局)
M = STORES["sample"]
assert len(M) == 14
c136 = [r for r in M if cites(r, r"冀财社[〔【\[（(]2024[〕】\]）)]136号")]
assert len(c136) == 2
add("sample", "policy-sum", "冀财社【2024】136号涉及的项目预算合计多少万元？",
    {"projects": codes(c136), "value": rnd(sum(r["total"] for r in c136))})

c182 = [r for r in M if "182号" in r["name"] and "代缴" in next(i for i in r["rows"] if "预算规模" in i[0] and len(i) == 2)[1]]
assert len(c182) == 1
add("sample", "two-conditions", "冀财社【2024】182号下达的资金里，用于困难群体代缴保费的那个项目预算是多少？",
    {"projects": codes(c182), "value": c182[0]["total"]})

p50 = [r for r in M if r["plan"] and r["plan"][0] >= 0.5]
add("sample", "spending-plan-condition", "3月底计划累计支出比例不低于50%的项目有哪些？", {"projects": codes(p50)})

s80 = [r for r in M if sat(r) is not None and sat(r) <= 80]
add("sample", "threshold-equal", "满意度目标没超过80%的项目有哪几个？", {"projects": codes(s80)})

r = P("sample", "劳务派遣")
add("sample", "per-head", "劳务派遣人员工资项目人均多少万元？",
    {"projects": [r["code"]], "value": rnd(r["total"] / num(ind(r, "政府购买服务人员数量")["value"]))})

add("sample", "not-found", "大名县人社局2025年创业贷款贴息资金预算是多少？", {"found": False})

r = P("sample", "创业扶持资金")
add("sample", "follow-up", "它的满意度目标呢？", {"projects": [r["code"]], "contains": [str(int(sat(r))) + "%"]},
    history=["2025年创业扶持资金的预算是多少？"])

r = P("sample", "公共实训基地")
add("sample", "spending-plan-blank", "公共实训基地县级配套到10月底计划累计支出多少万元？",
    {"projects": [r["code"]], "value": rnd(r["plan"][2] * r["total"])})

lt10 = [r for r in M if r["total"] < 10]
add("sample", "threshold-strict", "预算数不到10万元的项目有哪些？", {"projects": codes(lt10)})

add("sample", "not-found-field", "魏县人社局社会保障工作经费2025年实际完成了几次人才招聘会？", {"found": False})

# ---------------------------------------------------------------- both (魏县人社局 + 临漳县农业农村局)
B = STORES["both"]
LZ = [r for r in B if r["file"].startswith("tests/")]
WX = [r for r in B if r["file"].startswith("data/")]
assert len(LZ) == 10 and len(WX) == 14
add("both", "scoped-sum", "临漳县农业农村局各项目的其他资金一共多少万元？",
    {"projects": codes([r for r in LZ if r["other"] > 0]), "value": rnd(sum(r["other"] for r in LZ))})

top2 = sorted(B, key=lambda r: -r["total"])[:2]
add("both", "top-n-cross", "两个部门所有项目里，资金最多的两个是哪两个？", {"projects": codes(top2)})

g1200 = [r for r in LZ if r["total"] >= 1200]
add("both", "threshold-equal", "临漳县农业农村局资金总额在1200万元及以上的项目有几个？",
    {"projects": codes(g1200), "value": len(g1200)})

add("both", "not-found-mix", "魏县农业农村局的耕地地力保护补贴资金是多少？", {"found": False})

add("both", "not-found-mix", "临漳县人力资源和社会保障局的创业扶持资金有多少？", {"found": False})

r = P("both", "高素质农民")
add("both", "per-head", "高素质农民培育项目按培育人数算，人均多少元？",
    {"projects": [r["code"]], "value": rnd(r["total"] * 10000 / num(ind(r, "培育高素质农民人数")["value"]))})

r = P("both", "农机购置")
add("both", "spending-plan", "农机购置与应用补贴资金到三季度末计划累计支出多少万元？",
    {"projects": [r["code"]], "value": rnd(r["plan"][2] * r["total"])})

c18 = [r for r in B if cites(r, r"邯财农[〔【\[（(]2024[〕】\]）)]18号")]
add("both", "policy-ref", "哪些项目引用了邯财农〔2024〕18号？", {"projects": codes(c18)})

s95 = [r for r in B if sat(r) is not None and sat(r) >= 95]
add("both", "threshold-cross", "两个部门中满意度目标达到95%的项目有哪些？", {"projects": codes(s95)})

wmin = min(WX, key=lambda r: r["total"])
lmin = min(LZ, key=lambda r: r["total"])
add("both", "follow-up-difference", "临漳县农业农村局资金最少的项目比它多多少万元？",
    {"value": rnd(lmin["total"] - wmin["total"])},
    history=["魏县人社局预算最少的项目是哪个？"])

# ---------------------------------------------------------------- write + validate
assert len(Q) == 60, len(Q)
for k, q in enumerate(Q, 1):
    q["id"] = "v54-%03d" % k
allcodes = {s: {r["code"] for r in STORES[s]} for s in STORES}
for q in Q:
    e = q["expect"]
    assert set(e) <= {"projects", "value", "contains", "found"}, q
    if "found" in e:
        assert e == {"found": False}, q
    for c in e.get("projects", []):
        assert c in allcodes[q["store"]], (q["id"], c)
    if "projects" in e:
        assert e["projects"], q
assert len({q["id"] for q in Q}) == len(Q)
with open(OUT, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q))
