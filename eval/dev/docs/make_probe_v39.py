"""Build eval/dev/probe_v39.jsonl: a blind precision probe (80 questions, seven stores).

Questions are hand-written; every expectation is computed here from the documents themselves
(python-docx / openpyxl, no project code). The probe targets half-read questions: two asks in one,
trailing remarks with distractor numbers, easily dropped conditions (unit, indicator kind, month,
year, department, 除了/或/没有, 以上/以下 vs 高于/低于 at the bound), inverted comparisons,
near-miss names and document numbers, numbers given in the question, fields the tables lack,
and follow-ups.

Run:  .venv/bin/python eval/dev/docs/make_probe_v39.py
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import docx
import openpyxl
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "dev" / "probe_v39.jsonl"

STORES = {
    "sample": ["data/samples/weixian-rsj-2025-jixiao-mubiao.docx"],
    "other": ["tests/data/other-department.docx"],
    "county": ["tests/data/county/jiaoyu-2023.docx", "tests/data/county/jiaoyu-2024.docx",
               "tests/data/county/weijian-2023.docx", "tests/data/county/weijian-2024.docx"],
    "shijian": ["eval/heldout/docs/shijian-2025.docx"],
    "jiaotong": ["eval/heldout/docs/jiaotong-2025.docx"],
    "nongye": ["eval/dev/docs/nongye-2025.docx"],
    "wenlv": ["eval/dev/docs/wenlv-2025.xlsx"],
}

LEVEL1 = ("产出指标", "效益指标", "满意度指标")


# ---------------------------------------------------------------- reading

def _num(s):
    s = str(s).strip().replace(",", "")
    if s in ("", "None"):
        return None
    try:
        return float(s)
    except ValueError:
        return None


def _docx_rows(path):
    """Yield ('p', text) and ('row', [cells]) in body order, merged cells collapsed."""
    d = docx.Document(path)
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            t = Paragraph(el, d).text.strip()
            if t:
                yield "p", t
        elif tag == "tbl":
            yield "table", None
            for r in Table(el, d).rows:
                cells, prev = [], None
                for c in r.cells:
                    if c._tc is prev:
                        continue
                    prev = c._tc
                    cells.append(c.text.strip())
                yield "row", cells


def _xlsx_rows(path):
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        yield "table", None
        for row in ws.iter_rows(values_only=True):
            if any(v is not None for v in row):
                yield "row", ["" if v is None else str(v).strip() for v in row]


def parse(path: str, year_hint: str | None = None) -> list[dict]:
    p = ROOT / path
    rows = _xlsx_rows(p) if p.suffix == ".xlsx" else _docx_rows(p)
    m = re.search(r"(20\d\d)", p.name)
    year = m.group(1) if m else None
    projects: list[dict] = []
    cur = None
    unit = "万元"
    dept = None
    pending_money_header = None  # jiaotong / nongye: header row then value row
    pending_plan = None
    ind_cols = None
    last_l1 = last_l2 = None
    for kind, cells in rows:
        if kind == "p":
            continue
        if kind == "table":
            continue
        joined = "|".join(cells)
        if "单位：元" in joined:
            unit = "元"
        elif "单位：万元" in joined:
            unit = "万元"
        m = re.search(r"(魏县|临漳县|涉县|成安县|大名县)[^|：]*?局", joined)
        if m and ("单位" in joined or "主管部门" in joined or re.match(r"^\d{6}", joined)):
            dept = m.group(0)
        if cells[0] == "项目名称" and len(cells) >= 2 and "项目编码" not in joined:
            # national / xlsx: name first, code later
            cur = {"name": cells[1], "code": None, "unit": unit, "dept": dept, "year": year,
                   "file": path, "plan": {}, "ind": [], "attrs": {}}
            projects.append(cur)
            ind_cols = None
            continue
        if cells[0] == "项目编码":
            if len(cells) >= 4 and cells[2] == "项目名称":
                cur = {"name": cells[3], "code": cells[1], "unit": unit, "dept": dept, "year": year,
                       "file": path, "plan": {}, "ind": [], "attrs": {}}
                projects.append(cur)
                ind_cols = None
            else:
                cur["code"] = cells[1]
                if len(cells) >= 4 and cells[2]:
                    cur["attrs"][cells[2]] = cells[3]
            continue
        if cur is None:
            continue
        if cells[0] == "主管部门":
            cur["attrs"]["主管部门"] = cells[1]
            if len(cells) >= 4:
                cur["attrs"][cells[2]] = cells[3]
            continue
        # money
        if cells[0].startswith("预算规模") and len(cells) >= 7 and cells[1] == "预算数":
            cur["total"], cur["fiscal"], cur["other"] = _num(cells[2]), _num(cells[4]), _num(cells[6])
            continue
        if cells[0] == "资金总额" and len(cells) >= 6:
            cur["total"], cur["fiscal"], cur["other"] = _num(cells[1]), _num(cells[3]), _num(cells[5])
            continue
        if cells[0].startswith("资金情况") or (cells[0] == "" and len(cells) > 2 and cells[1] in ("其中：财政拨款", "其他资金")):
            if "（元）" in cells[0]:
                cur["unit"] = "元"
            label = cells[1]
            if label in ("年度资金总额", "资金总额"):
                cur["total"] = _num(cells[2])
            elif label == "其中：财政拨款":
                cur["fiscal"] = _num(cells[2])
            elif label == "其他资金":
                cur["other"] = _num(cells[2])
            continue
        if cells[0].startswith("项目资金"):
            if "（元）" in cells[0]:
                cur["unit"] = "元"
            if cells[1] == "年度资金总额":
                pending_money_header = True
            elif pending_money_header:
                cur["total"], cur["fiscal"], cur["other"] = _num(cells[1]), _num(cells[2]), _num(cells[3])
                pending_money_header = None
            continue
        # spending plan: a label row (3月底… / 1季度…) then a value row
        if any(x.endswith("月底") or x.endswith("季度") for x in cells[1:]) and (
                "计划" in cells[0] or cells[0] == ""):
            pending_plan = [x for x in cells[1:] if x]
            continue
        if isinstance(pending_plan, list) and ("计划" in cells[0] or cells[0] == ""):
            for lab, v in zip(pending_plan, cells[1:1 + len(pending_plan)]):
                cur["plan"][lab] = _num(v.rstrip("%")) if v else None
            pending_plan = None
            continue
        if cells[0] in ("项目概况", "主要内容", "资金用途") or cells[0].startswith("预算规模"):
            cur["use"] = cells[1]
            continue
        if cells[0] in ("年度绩效目标", "绩效目标"):
            cur["goal"] = cells[1]
            continue
        if cells[0] == "项目期限":
            cur["attrs"]["项目期限"] = cells[1]
            continue
        # indicator header
        if cells[0] == "一级指标":
            name_col = cells.index("三级指标") if "三级指标" in cells else cells.index("指标内容")
            ind_cols = {"name": name_col, "value": cells.index("指标值"),
                        "nature": cells.index("指标性质") if "指标性质" in cells else None,
                        "unit": cells.index("度量单位") if "度量单位" in cells else None}
            last_l1 = last_l2 = None
            continue
        if ind_cols and (cells[0] in LEVEL1 or (cells[0] == "" and last_l1)):
            l1 = cells[0] or last_l1
            l2 = cells[1] or last_l2
            last_l1, last_l2 = l1, l2
            val = cells[ind_cols["value"]]
            nature = cells[ind_cols["nature"]] if ind_cols["nature"] is not None else None
            u = cells[ind_cols["unit"]] if ind_cols["unit"] is not None else ""
            cur["ind"].append({"l1": l1, "l2": l2, "name": cells[ind_cols["name"]],
                               "value": val, "nature": nature, "unit": u})
    for pr in projects:
        assert pr["code"], pr["name"]
        pr["dept"] = pr["attrs"].get("主管部门") or pr["dept"]
        assert pr.get("total") is not None, (path, pr["name"])
        f = 1e-4 if pr["unit"] == "元" else 1.0  # to 万元
        pr["total_w"] = pr["total"] * f
        pr["fiscal_w"] = (pr.get("fiscal") or 0.0) * f
        pr["other_w"] = (pr.get("other") or 0.0) * f
    return projects


DATA = {s: [p for f in fs for p in parse(f)] for s, fs in STORES.items()}


# ---------------------------------------------------------------- helpers

def P(store, name=None, *, code=None, year=None, dept=None):
    """Exactly one project by (part of) its name, optionally year/department."""
    hits = [p for p in DATA[store]
            if (name is None or name in p["name"]) and (code is None or p["code"] == code)
            and (year is None or p["year"] == year) and (dept is None or dept in (p["dept"] or ""))]
    assert len(hits) == 1, (store, name, code, year, dept, [h["name"] for h in hits])
    return hits[0]


def sel(store, pred, *, year=None, dept=None):
    return [p for p in DATA[store] if (year is None or p["year"] == year)
            and (dept is None or dept in (p["dept"] or "")) and pred(p)]


def codes(ps):
    return sorted({p["code"] for p in ps})


def ind(p, name=None, *, l2=None):
    hits = [i for i in p["ind"] if (name is None or name in i["name"]) and (l2 is None or i["l2"] == l2)]
    return hits


def pct(s):
    m = re.search(r"(\d+(?:\.\d+)?)\s*%", s)
    return float(m.group(1)) if m else None


def plan(p, label):
    """Cumulative plan at a label; a blank after an earlier 100% counts as 100."""
    labs = list(p["plan"])
    if label not in labs:
        return None
    best = None
    for lab in labs[: labs.index(label) + 1]:
        v = p["plan"][lab]
        if v is not None:
            best = v
    return best


def r2(x):
    return round(x + 0.0, 2)


Q: list[dict] = []


def add(store, kind, question, expect, history=None):
    q = {"id": f"v39-{len(Q) + 1:03d}", "question": question}
    if history:
        q["history"] = history
    q["expect"] = expect
    q["store"] = store
    q["kind"] = kind
    Q.append(q)


def E(projects=None, value=None, contains=None):
    e = {}
    if projects is not None:
        e["projects"] = codes(projects) if projects and isinstance(projects[0], dict) else sorted(projects)
    if value is not None:
        e["value"] = r2(value)
    if contains:
        e["contains"] = contains
    return e


NF = {"found": False}


def fmt(x):
    """A figure as the documents print it, without trailing zeros (for `contains`)."""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


# ================================================================ sample (魏县人社局 2025)
S = "sample"
p = P(S, "劳务派遣人员工资")
n = ind(p, "政府购买服务人员数量")[0]["value"]
add(S, "compound", "劳务派遣人员工资这个项目预算多少？政府购买服务人员数量定的是多少个？",
    E([p], p["total_w"], [re.sub(r"\D", "", n)]))

ps = sel(S, lambda p: p["total_w"] <= 10)
add(S, "condition", "预算在10万元以下的项目有哪些？", E(ps))

add(S, "followup", "这几个项目的预算加起来是多少？", E(ps, sum(p["total_w"] for p in ps)),
    history=["预算在10万元以下的项目有哪些？"])

ps = sel(S, lambda p: p["total_w"] > 500)
add(S, "condition", "预算超过500万元的项目一共有几个？", E(ps, len(ps)))

a, b = P(S, "创业贷款贴息"), P(S, "公共实训基地县级配套")
add(S, "comparison", "2025年创业贷款贴息资金比公共实训基地县级配套少多少万元？",
    E([a, b], b["total_w"] - a["total_w"]))

add(S, "near_miss", "冀财社【2024】138号文件下达的是什么资金？预算多少？", NF)

add(S, "absent_field", "社会保障工作经费今年的执行率是多少？", NF)

p = P(S, "离退休老干部")
add(S, "arithmetic", "县级离退休老干部春节慰问那个项目，如果按35人平均分，每人能摊到多少元？",
    E([p], p["total_w"] * 10000 / 35))

ps = sel(S, lambda p: (plan(p, "6月底") or 0) >= 100)
add(S, "condition", "按资金支出计划，到6月底累计就达到100%的项目有哪些？", E(ps))

ps = sel(S, lambda p: any(pct(i["value"]) is not None and pct(i["value"]) < 90 for i in ind(p, l2="时效指标")))
add(S, "condition", "哪些项目的时效指标目标值低于90%？", E(ps))

ps = sel(S, lambda p: p["total_w"] > 1000 and "养老保险" not in p["name"])
add(S, "condition", "除了养老保险类的项目，预算超过1000万元的还有哪些？", E(ps))

p = P(S, "社会保障工作经费")
add(S, "remark", "社会保障工作经费的预算是多少？我记得去年是120万，要核对一下今年的数。",
    E([p], p["total_w"]))

# ================================================================ other (临漳县农业农村局 2025)
O = "other"
p = P(O, "高素质农民培育")
add(O, "compound", "高素质农民培育项目的资金总额是多少？其中财政拨款多少？我要填报表。",
    E([p], p["total_w"], [fmt(p["fiscal_w"])]))

p = P(O, "农产品质量安全检测经费")
add(O, "unit", "农产品质量安全检测经费总共多少万元？", E([p], p["total_w"]))

ps = sel(O, lambda p: p["fiscal_w"] >= 200)
add(O, "condition", "财政拨款在200万元以上的项目有哪些？", E(ps))

add(O, "near_miss", "魏县农业农村局的耕地地力保护补贴资金是多少？", NF)

a, b = P(O, "农作物重大病虫害统防统治"), P(O, "动物疫病强制免疫")
lo = min((a, b), key=lambda p: p["fiscal_w"])
add(O, "comparison", "农作物重大病虫害统防统治项目和动物疫病强制免疫及监测经费，哪个财政拨款更低？低多少万元？",
    E([a, b], abs(a["fiscal_w"] - b["fiscal_w"]), ["动物疫病强制免疫"]))
assert lo is b

p = P(O, "耕地地力保护补贴")
add(O, "arithmetic", "如果耕地地力保护补贴资金在今年基础上增加20%，会是多少万元？",
    E([p], p["total_w"] * 1.2))

add(O, "absent_field", "农业综合行政执法工作经费的项目负责人是谁？", NF)

ps = sel(O, lambda p: any(i["l2"].startswith("生态效益") for i in p["ind"]))
add(O, "condition", "哪些项目设置了生态效益方面的指标？", E(ps))

ps = sel(O, lambda p: not p["plan"])
add(O, "condition", "哪些项目没有填资金支出计划？", E(ps))

p = P(O, "基层农技推广")
cost = float(re.search(r"[\d.]+", ind(p, l2="成本指标")[0]["value"]).group())
add(O, "followup", "它的成本指标值比资金总额高出多少万元？", E([p], cost - p["total_w"]),
    history=["基层农技推广体系改革与建设补助项目的资金总额是多少？"])

ps = sel(O, lambda p: (plan(p, "10月底") or 0) >= 85)
add(O, "condition", "资金支出计划里10月底累计达到85%及以上的项目有哪些？", E(ps))

# ================================================================ county (魏县教育局、卫健局 2023/2024)
C = "county"
ps = sel(C, lambda p: p["total_w"] > 500, year="2024", dept="卫生健康局")
add(C, "condition", "卫健局2024年资金总额超过500万元的项目有哪些？", E(ps))

a = P(C, "特殊教育", year="2023")
b = P(C, "特殊教育", year="2024")
d = b["total_w"] - a["total_w"]
add(C, "compound", "教育局的特殊教育项目，2024年预算比2023年增加了多少万元？增长了百分之几？",
    E([a], d, [f"{d / a['total_w'] * 100:.2f}%"]))

a = P(C, "村卫生室运行", year="2024")
b = P(C, "老年健康服务", year="2024")
add(C, "comparison", "2024年村卫生室运行项目的资金总额是老年健康服务专项资金的几倍？",
    E([a, b], a["total_w"] / b["total_w"]))

add(C, "near_miss", "大名县卫生健康局2024年的家庭医生签约补助资金是多少？", NF)

add(C, "near_miss", "卫健局2024年疾病预防控制项目的资金总额是多少？", NF)
assert not sel(C, lambda p: "疾病预防控制" in p["name"], year="2024")

add(C, "absent_field", "2024年卫健局的在编人数是多少？", NF)

ps = sel(C, lambda p: not any(i["l1"] == "满意度指标" for i in p["ind"]), year="2023", dept="教育局")
add(C, "condition", "2023年教育局哪些项目没有设置满意度指标？", E(ps))

p = P(C, "校园安全", year="2023")
add(C, "arithmetic", "2023年教育局校园安全项目的预算如果增加20%，是多少万元？", E([p], p["total_w"] * 1.2))

w23 = {p["code"] for p in sel(C, lambda p: True, year="2023", dept="卫生健康局")}
new = sel(C, lambda p: p["code"] not in w23, year="2024", dept="卫生健康局")
add(C, "followup", "这几个新项目的财政拨款合计多少？", E(new, sum(p["fiscal_w"] for p in new)),
    history=["2024年卫健局有哪些项目是2023年没有的？"])

ps = sel(C, lambda p: (plan(p, "6月底") or 0) >= 60, year="2024", dept="教育局")
add(C, "condition", "2024年教育局哪些项目6月底累计支出计划达到60%？", E(ps))

a = P(C, "健康教育专项资金", year="2023")
b = P(C, "健康教育专项资金", year="2024")
add(C, "compound", "卫健局健康教育专项资金2023年的患者满意度目标是多少？2024年呢？",
    E([a], None, [f"{pct(ind(a, '患者满意度')[0]['value']):g}%", f"{pct(ind(b, '患者满意度')[0]['value']):g}%"]))

# ================================================================ shijian (涉县市场监管局 2025, national form)
SJ = "shijian"
p = P(SJ, "12315")
add(SJ, "compound", "12315消费投诉举报处置及消费维权经费的年度资金总额是多少？其中财政拨款多少？",
    E([p], p["total_w"], [fmt(p["fiscal_w"])]))

p = P(SJ, "药品医疗器械化妆品")
add(SJ, "unit", "药品医疗器械化妆品监督抽检经费是多少万元？", E([p], p["total_w"]))

ps = sel(SJ, lambda p: (plan(p, "2季度") or 0) > 50)
add(SJ, "condition", "按资金支出进度计划，2季度末累计超过50%的项目有哪些？", E(ps))

a, b = P(SJ, "质量强县"), P(SJ, "综合执法装备")
add(SJ, "comparison", "质量强县建设及品牌培育奖补资金的其他资金是市场监管综合执法装备购置其他资金的几倍？",
    E([a, b], a["other_w"] / b["other_w"]))

add(SJ, "near_miss", "特种设备定期检验补助经费有多少？", NF)

add(SJ, "absent_field", "特种设备安全监察经费目前的实际支出是多少？", NF)

ps = sel(SJ, lambda p: any(i["nature"] == "定性" for i in p["ind"]))
add(SJ, "condition", "哪些项目里有指标性质为定性的指标？", E(ps))

p = P(SJ, "食品安全监督抽检")
n = float(ind(p, "食品安全监督抽检批次")[0]["value"])
add(SJ, "arithmetic", "食品安全监督抽检及风险监测经费，如果监督抽检刚好完成目标批次、经费全部用于监督抽检，平均每批次多少元？",
    E([p], p["total_w"] * 10000 / n))

ps = sel(SJ, lambda p: p["attrs"].get("实施单位") == "涉县检验检测中心")
add(SJ, "condition", "实施单位是涉县检验检测中心的项目，资金总额合计多少万元？",
    E(ps, sum(p["total_w"] for p in ps)))

assert not sel(SJ, lambda p: "消费者协会" in p["attrs"].get("实施单位", ""))
p = P(SJ, "计量器具")
assert p["attrs"]["实施单位"] == "涉县计量测试所"
add(SJ, "followup", "那涉县计量测试所实施的项目呢？资金总额多少？", E([p], p["total_w"]),
    history=["有没有实施单位是涉县消费者协会的项目？"])

ps = sel(SJ, lambda p: "本级" not in p["attrs"].get("实施单位", "") and p["total_w"] >= 100)
add(SJ, "condition", "除了局本级实施的，资金总额在100万元以上的项目有哪些？", E(ps))

p = P(SJ, "特种设备安全监察")
v = ind(p, "特种设备监督检查台次")[0]["value"]
add(SJ, "remark", "特种设备安全监察经费里，特种设备监督检查台次的目标是多少？我们这边统计全县有1800台设备，想对一下。",
    E([p], float(v), [v]))

# ================================================================ jiaotong (成安县交通运输局 2025)
JT = "jiaotong"
p = P(JT, "国省干线")
add(JT, "compound", "国省干线公路大中修工程县级配套资金总额多少？其中其他资金是多少？我在对账。",
    E([p], p["total_w"], [fmt(p["other_w"])]))

p = P(JT, "安全生产监管")
add(JT, "unit", "交通运输安全生产监管经费有多少万元？", E([p], p["total_w"]))

p = P(JT, "城乡公交一体化")
vol = float(re.search(r"[\d.]+", ind(p, "年客运量")[0]["value"]).group())
add(JT, "arithmetic", "城乡公交如果全年客运量刚好达到目标下限，每人次都按2元票价算，票款收入是多少万元？",
    E([p], vol * 2))

ps = sel(JT, lambda p: p["fiscal_w"] < 135)
add(JT, "condition", "财政拨款不足135万元的项目有哪些？", E(ps))

a, b = P(JT, "危桥改造"), P(JT, "安全生命防护")
add(JT, "comparison", "农村公路危桥改造工程比农村公路安全生命防护工程的财政拨款多多少万元？",
    E([a, b], a["fiscal_w"] - b["fiscal_w"]))

ps = sel(JT, lambda p: (plan(p, "9月底") or 0) >= 80)
add(JT, "condition", "资金支出进度计划里，9月底累计达到80%及以上的项目有哪些？", E(ps))

add(JT, "near_miss", "冀财建〔2024〕165号下达的资金有多少？", NF)

add(JT, "absent_field", "成安县交通运输局今年的三公经费预算是多少？", NF)

ps = sel(JT, lambda p: p["attrs"].get("项目属性") == "经常性项目")
add(JT, "condition", "经常性项目的资金总额合计是多少万元？", E(ps, sum(p["total_w"] for p in ps)))

p = P(JT, "农村客运补贴")
v = re.search(r"\d+", ind(p, "出租汽车")[0]["value"]).group()
add(JT, "followup", "它补贴的巡游出租汽车至少多少辆？", E([p], float(v)),
    history=["冀财建〔2024〕156号的农村客运补贴资金有多少？"])

ps = sel(JT, lambda p: p["attrs"].get("实施单位") in ("成安县公路建设养护中心", "成安县农村公路管理所"))
add(JT, "condition", "实施单位是成安县公路建设养护中心或成安县农村公路管理所的项目一共几个？", E(ps, len(ps)))

once = sel(JT, lambda p: p["attrs"].get("项目属性") == "一次性项目")
big = max(once, key=lambda p: p["total_w"])
add(JT, "followup", "它的其他资金占资金总额的百分之多少？", E([big], big["other_w"] / big["total_w"] * 100),
    history=["一次性项目有哪些？", "其中资金总额最大的是哪个？"])

# ================================================================ nongye (大名县农业农村局 2025)
N = "nongye"
p = P(N, "农业生产托管")
add(N, "compound", "农业生产托管服务项目的资金总额是多少？其中财政拨款多少？",
    E([p], p["total_w"], [fmt(p["fiscal_w"])]))

p = P(N, "动物疫病防控")
add(N, "unit", "动物疫病防控经费有多少万元？", E([p], p["total_w"]))

p = P(N, "耕地地力保护")
area = float(re.search(r"[\d.]+", ind(p, "补贴发放面积")[0]["value"]).group())
add(N, "arithmetic", "耕地地力保护补贴如果标准提高到每亩25元，按表里的补贴面积算需要多少万元？",
    E([p], area * 25))

add(N, "near_miss", "大名县农业农村局的高素质农民培育项目预算多少？", NF)
assert not sel(N, lambda p: "高素质农民" in p["name"])

ps = sel(N, lambda p: p["fiscal_w"] >= 300)
add(N, "condition", "财政拨款在300万元以上的项目有哪些？", E(ps))

a, b = P(N, "高标准农田"), P(N, "农业生产托管")
add(N, "comparison", "高标准农田建设项目的其他资金是农业生产托管服务项目其他资金的几倍？",
    E([a, b], a["other_w"] / b["other_w"]))

ps = sel(N, lambda p: any(i["l2"] == "经济效益指标" for i in p["ind"]))
add(N, "condition", "哪些项目设置了经济效益指标？", E(ps))

ps = sel(N, lambda p: (plan(p, "9月底") or 0) >= 100)
add(N, "condition", "到9月底累计支出计划就达到100%的项目有哪些？", E(ps))

add(N, "absent_field", "农机购置与应用补贴到现在实际支出了多少？", NF)

ps = sel(N, lambda p: p["attrs"].get("项目属性") == "新增项目")
add(N, "followup", "它们的财政拨款一共多少万元？", E(ps, sum(p["fiscal_w"] for p in ps)),
    history=["项目属性是新增项目的有哪些？"])

p = P(N, "耕地地力保护")
add(N, "remark", "耕地地力保护补贴的补贴发放面积是多少万亩？领导说大概120万亩，我确认一下。",
    E([p], area, [fmt(area)]))

# ================================================================ wenlv (魏县文旅局 2025, xlsx)
W = "wenlv"
p = P(W, "免费开放补助")
add(W, "compound", "公共图书馆、文化馆（站）免费开放补助资金总额多少？其他资金是多少？",
    E([p], p["total_w"], [fmt(p["other_w"])]))

p = P(W, "农村公益电影")
add(W, "unit", "农村公益电影放映补助资金有多少万元？", E([p], p["total_w"]))

p = P(W, "非物质文化遗产")
people = float(re.search(r"\d+", ind(p, "代表性传承人")[0]["value"]).group())
add(W, "arithmetic", "非遗代表性传承人补助如果改成按每人每月300元发，按表里的补助人数算，全年需要多少万元？",
    E([p], 300 * 12 * people / 10000))

a, b = P(W, "文物保护"), P(W, "旅游厕所")
add(W, "comparison", "县级文物保护单位保护修缮项目的财政拨款比旅游厕所建设及A级景区提升项目少多少万元？",
    E([a, b], b["fiscal_w"] - a["fiscal_w"]))

ps = sel(W, lambda p: p["total_w"] < 90)
add(W, "condition", "资金总额低于90万元的项目有哪些？", E(ps))

add(W, "near_miss", "冀财教【2024】145号安排的是哪个项目？多少钱？", NF)

add(W, "absent_field", "文化市场综合执法经费的执行率是多少？", NF)

ps = sel(W, lambda p: (plan(p, "6月底") if p["plan"] else 100) < 50)
add(W, "condition", "6月底累计支出计划还不到一半的项目有哪些？", E(ps))

ps = sel(W, lambda p: any(("/场" in i["value"] or "每人" in i["value"]) for i in ind(p, l2="成本指标")))
add(W, "condition", "哪些项目的成本指标是按单价标准（比如每场、每人多少钱）设的，而不是总金额？", E(ps))

assert not sel(W, lambda p: "博物馆" in p["attrs"].get("实施单位", ""))
p = P(W, "文物保护")
assert p["attrs"]["实施单位"] == "魏县文物保护所"
add(W, "followup", "那魏县文物保护所实施的项目资金总额是多少？", E([p], p["total_w"]),
    history=["有没有魏县博物馆实施的项目？"])

p = P(W, "旅游厕所")
add(W, "remark", "旅游厕所建设及A级景区提升项目的资金总额是多少？表里成本指标写的数好像不一样，我要以资金总额为准。",
    E([p], p["total_w"]))


# ---------------------------------------------------------------- validate and write

def validate():
    ids = [q["id"] for q in Q]
    assert len(ids) == len(set(ids)) == 80, len(ids)
    allcodes = {s: {p["code"] for p in ps} for s, ps in DATA.items()}
    per = {}
    for q in Q:
        e = q["expect"]
        assert e, q
        if e.get("found") is False:
            assert list(e) == ["found"], q
        for c in e.get("projects", []):
            assert c in allcodes[q["store"]], (q["id"], c)
        if "projects" in e:
            assert e["projects"], q
        if "value" in e:
            assert isinstance(e["value"], float) and math.isfinite(e["value"]), q
        for s in e.get("contains", []):
            assert isinstance(s, str) and s, q
        per[q["store"]] = per.get(q["store"], 0) + 1
    assert all(n >= 9 for n in per.values()) and set(per) == set(STORES), per


validate()
with OUT.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(f"wrote {OUT.relative_to(ROOT)}: {len(Q)} questions")
