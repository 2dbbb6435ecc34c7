"""Write eval/dev/probe_v45.jsonl: 70 probe questions over the 曲周县卫生健康局 document (weijian-2025.docx)
and over a store combining it with the 魏县人社局 sample.

Stores:
  weijian         eval/dev/docs/weijian-2025.docx
  weijian_sample  eval/dev/docs/weijian-2025.docx + data/samples/weixian-rsj-2025-jixiao-mubiao.docx

Every expected value, project set and count is computed here from the documents' tables (read with
python-docx, fields located by header words); only the wording is written by hand.
Conventions: money in 万元 unless 元 is asked (the 元 project is divided by 10000); percentages as numbers;
per-unit values divide the printed amount by the printed target number; spending-plan percentages are
cumulative; count questions over a filtered set also expect the set in "projects".

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v45.py
"""
import json
import re
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.table import Table

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
WJ_DOC = HERE / "weijian-2025.docx"
SAMPLE_DOC = ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.docx"
OUT = ROOT / "eval" / "dev" / "probe_v45.jsonl"


# ---------------------------------------------------------------- reading the documents

def unique_cells(row):
    seen, out = [], []
    for c in row.cells:
        if any(c._tc is s for s in seen):
            continue
        seen.append(c._tc)
        out.append(c.text.strip())
    return out


def num(text):
    m = re.search(r"-?\d+(?:\.\d+)?", text.replace(",", ""))
    return Decimal(m.group()) if m else None


def plan_month(label):
    m = re.search(r"(\d+)月", label)
    return int(m.group(1)) if m else None


def parse_indicators(table):
    # python-docx repeats a merged cell's text in every grid position, so header positions hold for every row
    head = [c.text.strip() for c in table.rows[0].cells]
    assert "一级指标" in head and "指标值" in head, head
    rows = []
    for r in table.rows[1:]:
        full = dict(zip(head, (c.text.strip() for c in r.cells)))
        rows.append(dict(
            l1=full["一级指标"], l2=full["二级指标"], l3=full["三级指标"], value=full["指标值"],
            basis=full.get("确定依据") or full.get("指标值确定依据", ""),
            note=full.get("指标解释") or full.get("绩效指标描述", ""),
        ))
    return rows


def parse_header_weijian(table, unit):
    pj = dict(unit=unit, plan={})
    rows = [unique_cells(r) for r in table.rows]
    for i, cells in enumerate(rows):
        if cells[0] == "项目名称":
            pj["name"] = cells[1]
        elif cells[0] == "项目编码":
            pj["code"] = cells[1]
            pj["attr"] = cells[3]
        elif cells[0].startswith("预算金额"):
            key = {"合计": "total", "其中：本级财政": "own", "上级补助": "upper", "其他": "other"}[cells[1]]
            pj[key] = Decimal(cells[2])
        elif cells[0].startswith("资金支出计划"):
            if len(cells) == 2:  # the plan as one sentence of cumulative quarters
                pcts = [int(x) for x in re.findall(r"(\d+)%", cells[1])]
                pj["plan"] = dict(zip((3, 6, 9, 12), pcts))
            elif plan_month(cells[1]) is not None:
                vals = rows[i + 1]
                for lab, v in zip(cells[1:], vals[1:]):
                    pj["plan"][plan_month(lab.split("-")[-1])] = int(num(v))
        elif cells[0] == "项目概况及资金用途":
            pj["use"] = cells[1]
    return pj


def read_weijian(path=WJ_DOC):
    doc = Document(str(path))
    body = doc.element.body
    projects, unit = [], None
    for el in body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in el.iter() if t.tag.endswith("}t"))
            m = re.search(r"金额单位：(万元|元)", text)
            if m:
                unit = m.group(1)
        elif tag == "tbl":
            t = Table(el, doc)
            first = unique_cells(t.rows[0])
            if first[0] == "项目名称":
                projects.append(parse_header_weijian(t, unit))
            elif first[0] == "一级指标":
                projects[-1]["rows"] = parse_indicators(t)
    for pj in projects:
        f = Decimal(10000) if pj["unit"] == "元" else Decimal(1)
        for k in ("total", "own", "upper", "other"):
            pj[k + "_w"] = pj[k] / f
        pj["dept"] = "weijian"
    return projects


def read_sample(path=SAMPLE_DOC):
    doc = Document(str(path))
    projects = []
    for t in doc.tables:
        first = unique_cells(t.rows[0])
        if first[0] == "项目编码":
            pj = dict(code=first[1], name=first[3], unit="万元", plan={}, dept="sample")
            rows = [unique_cells(r) for r in t.rows]
            for i, cells in enumerate(rows):
                if "预算数" in cells:
                    pj["total"] = Decimal(cells[cells.index("预算数") + 1])
                if cells[0].startswith("资金支出计划") and plan_month(cells[1] or "") is not None:
                    vals = rows[i + 1]
                    last = 0
                    for lab, v in zip(cells[1:], vals[1:]):
                        v = int(num(v)) if num(v) is not None else last  # cumulative: blank keeps the level
                        pj["plan"][plan_month(lab)] = v
                        last = v
            pj["total_w"] = pj["total"]
            projects.append(pj)
        elif first[0] == "一级指标":
            projects[-1]["rows"] = parse_indicators(t)
    return projects


WJ = read_weijian()
SA = read_sample()
ALL = WJ + SA

assert len(WJ) == 8 and sum(len(p["rows"]) for p in WJ) == 64, (len(WJ), sum(len(p["rows"]) for p in WJ))
assert len(SA) == 14 and sum(len(p["rows"]) for p in SA) == 101
assert sum(p["total"] for p in SA) == Decimal("37106.9")


def P(key, docs=WJ):
    """The project whose name contains key."""
    hits = [p for p in docs if key in p["name"]]
    assert len(hits) == 1, (key, [p["name"] for p in hits])
    return hits[0]


def codes(ps):
    return sorted(p["code"] for p in ps)


def r2(x, nd=2):
    return float(round(Decimal(x), nd))


def sat(p):
    """The satisfaction target of a project (first 满意度 row), or None."""
    for r in p["rows"]:
        if r["l1"] == "满意度指标":
            return num(r["value"])
    return None


def pct_rows(p, l2):
    return [num(r["value"]) for r in p["rows"] if r["l2"] == l2 and "%" in r["value"]]


def cites(p, s):
    return any(s in r["basis"] for r in p["rows"])


def plan_at(p, month):
    """Cumulative plan percentage at the end of month (the last printed column not after month)."""
    ks = [k for k in sorted(p["plan"]) if k <= month]
    return p["plan"][ks[-1]] if ks else None


# ---------------------------------------------------------------- questions

Q = []


def add(store, kind, question, expect, history=None):
    item = {"id": f"p45-{len(Q) + 1:03d}", "question": question, "expect": expect, "store": store, "kind": kind}
    if history:
        item["history"] = history
    Q.append(item)


W, C = "weijian", "weijian_sample"
p1, p2, p3 = P("基本公共卫生"), P("家庭医生"), P("村卫生室")
p4, p5, p6 = P("重大传染病"), P("妇幼健康"), P("急诊急救")
p7, p8 = P("严重精神障碍"), P("监督执法")

tot_w = sum(p["total_w"] for p in WJ)
own_w = sum(p["own_w"] for p in WJ)
upper_w = sum(p["upper_w"] for p in WJ)
tot_s = sum(p["total_w"] for p in SA)

# --- weijian store: 45 questions -------------------------------------------------------------
add(W, "money_split", "曲周县卫健局基本公共卫生服务项目补助资金里，上级补助有多少万元？",
    {"projects": [p1["code"]], "value": r2(p1["upper_w"])})
add(W, "money_split_yuan", "严重精神障碍患者管理治疗经费中本级财政安排了多少万元？",
    {"projects": [p7["code"]], "value": r2(p7["own_w"], 4)})
add(W, "sum_split", "卫健局8个项目的上级补助加起来一共多少万元？", {"value": r2(upper_w)})
add(W, "share", "本级财政资金占卫健局全部项目预算的百分之多少？", {"value": r2(own_w / tot_w * 100)})
oth = [p for p in WJ if p["other_w"] > 0]
add(W, "set_sum", "哪些项目的预算里有“其他”资金？这部分资金合计多少万元？",
    {"projects": codes(oth), "value": r2(sum(p["other_w"] for p in oth))})
s60 = [p for p in WJ if p["upper_w"] / p["total_w"] >= Decimal("0.6")]
add(W, "threshold_share_count", "上级补助占本项目预算比重不低于六成的项目有几个？",
    {"projects": codes(s60), "value": len(s60)})
s70 = [p for p in WJ if p["upper_w"] / p["total_w"] > Decimal("0.7")]
add(W, "threshold_share", "上级补助占项目预算超过七成的是哪个项目？", {"projects": codes(s70)})
top3 = sorted(WJ, key=lambda p: p["total_w"], reverse=True)[:3]
add(W, "topn_yuan_trap", "预算金额最高的三个项目是哪些？", {"projects": codes(top3)})
add(W, "mean", "卫健局项目的平均预算是多少万元？", {"value": r2(tot_w / len(WJ))})
add(W, "plan_sentence", "急诊急救能力提升项目前三季度计划累计支出多少万元？",
    {"projects": [p6["code"]], "value": r2(p6["total_w"] * plan_at(p6, 9) / 100)})
add(W, "plan_quarter", "家庭医生签约服务经费第三季度当季计划支出多少万元？",
    {"projects": [p2["code"]], "value": r2(p2["total_w"] * (plan_at(p2, 9) - plan_at(p2, 6)) / 100)})
q25 = [p for p in WJ if p["plan"] and plan_at(p, 3) >= 25]
add(W, "plan_threshold", "一季度末支出进度计划不低于25%的项目有哪些？", {"projects": codes(q25)})
assert not p8["plan"]
add(W, "not_found_plan", "卫生健康综合监督执法经费6月底计划支出多少？", {"found": False})
add(W, "plan_sum", "截至6月底，各项目计划累计支出合计多少万元？",
    {"value": r2(sum(p["total_w"] * plan_at(p, 6) / 100 for p in WJ if p["plan"]))})
lt90 = [p for p in WJ if sat(p) is not None and sat(p) < 90]
add(W, "threshold_neg", "满意度目标不足九成的项目有哪些？", {"projects": codes(lt90)})
ge90 = [p for p in WJ if sat(p) is not None and sat(p) >= 90]
add(W, "threshold_count", "满意度指标要求至少百分之九十的项目有几个？", {"projects": codes(ge90), "value": len(ge90)})
lt88 = [p for p in WJ if sat(p) is not None and sat(p) < 88]
add(W, "threshold_neg", "满意度目标未达到88%的项目有哪些？", {"projects": codes(lt88)})
nosat = [p for p in WJ if sat(p) is None]
add(W, "set_missing", "哪个项目没有设置满意度指标？", {"projects": codes(nosat)})
add(W, "not_found_missing", "重大传染病防控经费的满意度目标是多少？", {"found": False})
q95 = [p for p in WJ if any(v >= 95 for v in pct_rows(p, "质量指标"))]
add(W, "threshold_words", "质量指标中有要求达到九成五及以上的项目有哪些？", {"projects": codes(q95)})
q09 = [p for p in WJ if any(v < 90 for v in pct_rows(p, "质量指标"))]
add(W, "threshold_decimal", "质量指标目标值低于0.9的指标分别属于哪些项目？", {"projects": codes(q09)})
screen = [r for r in p5["rows"] if "癌筛查人数" in r["l3"]]
assert len(screen) == 2 and all("万人" in r["value"] for r in screen)
add(W, "sum_targets", "宫颈癌和乳腺癌筛查目标一共是多少人？",
    {"projects": [p5["code"]], "value": r2(sum(num(r["value"]) * 10000 for r in screen))})
sign = [r for r in p2["rows"] if r["l3"] == "重点人群家庭医生签约人数"][0]
add(W, "per_unit_yuan", "家庭医生签约服务经费按签约人数平均，每人合多少元？",
    {"projects": [p2["code"]], "value": r2(p2["total_w"] * 10000 / (num(sign["value"]) * 10000))})
mgmt = [r for r in p7["rows"] if r["l3"] == "在册严重精神障碍患者管理人数"][0]
add(W, "per_unit_yuan", "严重精神障碍患者管理治疗经费按在册管理人数算，人均多少元？",
    {"projects": [p7["code"]], "value": r2(p7["total"] / num(mgmt["value"]))})
c6 = [p for p in WJ if cites(p, "冀卫财〔2024〕6号")]
add(W, "policy_partial", "哪些项目的指标依据引用了卫财6号文？", {"projects": codes(c6)})
crows = [r for r in p4["rows"] if "传染病防治法" in r["basis"]]
assert all(not cites(p, "传染病防治法") for p in WJ if p is not p4)
add(W, "law_count", "以《传染病防治法》作为确定依据的指标有几条？", {"projects": [p4["code"]], "value": len(crows)})
c158 = [p for p in WJ if cites(p, "158号")]
add(W, "policy_sum", "依据158号文的项目预算合计多少万元？",
    {"projects": codes(c158), "value": r2(sum(p["total_w"] for p in c158))})
cjb = [p for p in WJ if cites(p, "基本医疗卫生与健康促进法")]
add(W, "law", "哪些项目引用了基本医疗卫生与健康促进法？", {"projects": codes(cjb)})
assert not any(cites(p, "〔2023〕6号") for p in WJ)
add(W, "not_found_policy", "有没有项目引用冀卫财〔2023〕6号？", {"found": False})
add(W, "set_except", "除了基本公共卫生服务项目，其余项目预算合计是多少万元？", {"value": r2(tot_w - p1["total_w"])})
either = [p for p in WJ if p["other_w"] > 0 or p["total_w"] > 600]
add(W, "set_or", "有“其他”资金来源或者预算超过600万元的项目有哪些？", {"projects": codes(either)})
nokc = [p for p in WJ if not any(r["l2"] == "可持续影响指标" for r in p["rows"])]
add(W, "set_missing_count", "有几个项目没有设置可持续影响指标？", {"projects": codes(nokc), "value": len(nokc)})
add(W, "count_rows", "卫健局的绩效指标一共有多少条？", {"value": sum(len(p["rows"]) for p in WJ)})
assert "随访管理" in p7["use"] and "服药补助" in p7["use"]
add(W, "describe", "严重精神障碍患者管理治疗经费主要用于哪些方面？",
    {"projects": [p7["code"]], "contains": ["随访管理", "服药补助"]})
add(W, "prose", "部门整体目标里婴儿死亡率要控制在多少以内？", {"contains": ["5‰"]})
add(W, "followup_share", "其中上级补助占多大比例？",
    {"projects": [p5["code"]], "value": r2(p5["upper_w"] / p5["total_w"] * 100)},
    history=["妇幼健康服务项目预算是多少？"])
add(W, "followup_plan", "那到9月底呢？",
    {"projects": [p2["code"]], "value": r2(p2["total_w"] * plan_at(p2, 9) / 100)},
    history=["家庭医生签约服务经费的预算是多少？", "它6月底计划累计支出多少万元？"])
add(W, "followup_sum", "这些项目的预算加起来是多少万元？",
    {"projects": codes(lt90), "value": r2(sum(p["total_w"] for p in lt90))},
    history=["满意度目标不足90%的项目有哪些？"])
amb = [r for r in p6["rows"] if r["l3"] == "购置负压救护车数量"][0]
add(W, "followup_per_unit", "平均每辆对应多少万元预算？",
    {"projects": [p6["code"]], "value": r2(p6["total_w"] / num(amb["value"]))},
    history=["急诊急救能力提升项目要购置几辆负压救护车？"])
assert not any("冷链" in p["name"] for p in WJ)
add(W, "not_found_project", "卫健局有没有疫苗冷链设备购置项目？", {"found": False})
add(W, "not_found_year", "卫健局2024年基本公共卫生服务项目预算是多少？", {"found": False})
assert not any(p["total_w"] > 2000 for p in WJ)
add(W, "not_found_threshold", "预算超过2000万元的卫健项目有哪些？", {"found": False})
cost4 = [r for r in p4["rows"] if r["l2"] == "成本指标"][0]
add(W, "followup_lookup", "它的成本指标定的是多少？",
    {"projects": [p4["code"]], "contains": [str(num(cost4["value"]))]},
    history=["哪个项目没有设置满意度指标？"])
u200 = [p for p in WJ if p["upper_w"] >= 200]
add(W, "threshold_inclusive", "上级补助不少于200万元的项目有哪些？", {"projects": codes(u200)})
hyp = [r for r in p1["rows"] if r["l3"] == "高血压患者规范管理率"][0]
add(W, "explain", "高血压患者规范管理率这个指标是怎么计算的？",
    {"projects": [p1["code"]], "contains": ["年内已管理的高血压患者人数"]})
assert "年内已管理的高血压患者人数" in hyp["note"]
n_w = len(Q)
assert n_w == 45, n_w

# --- combined store: 25 questions ------------------------------------------------------------
add(C, "cross_sum", "魏县人社局和曲周县卫健局两个部门的项目预算合计多少万元？", {"value": r2(tot_s + tot_w)})
add(C, "cross_share", "卫健局项目预算总额占两个部门合计的百分之多少？", {"value": r2(tot_w / (tot_s + tot_w) * 100, 3)})
g90 = [p for p in ALL if sat(p) is not None and sat(p) >= 90]
add(C, "cross_threshold_count", "两个部门中满意度目标不低于90%的项目一共有几个？", {"projects": codes(g90), "value": len(g90)})
lt50 = [p for p in ALL if p["total_w"] < 50]
add(C, "cross_threshold_yuan", "两个部门中预算不足50万元的项目有哪些？", {"projects": codes(lt50)})
add(C, "cross_count", "两个部门一共有多少个项目？", {"value": len(ALL)})
add(C, "cross_set_other", "两个部门里，预算中“其他资金”（或“其他”）不为零的项目有几个？",
    {"projects": codes(oth), "value": len(oth)})
add(C, "cross_mean_diff", "人社局的项目平均预算比卫健局高多少万元？",
    {"value": r2(tot_s / len(SA) - tot_w / len(WJ))})
full6 = [p for p in ALL if p["plan"] and plan_at(p, 6) is not None and plan_at(p, 6) >= 100]
add(C, "cross_plan", "两个部门中，哪些项目计划到6月底累计支出就达到100%？", {"projects": codes(full6)})
k158 = [p for p in ALL if cites(p, "〔2024〕158号") or "158号" in p["name"]]
add(C, "cross_policy_near", "两个部门中引用了冀财社〔2024〕158号的项目有哪些？", {"projects": codes(k158)})
k159 = [p for p in ALL if "159号" in p["name"]]
assert len(k159) == 1
add(C, "cross_policy_lookup", "冀财社〔2024〕159号对应的项目预算是多少万元？",
    {"projects": codes(k159), "value": r2(k159[0]["total_w"])})
smax = max((p for p in ALL if sat(p) is not None), key=sat)
assert sum(1 for p in ALL if sat(p) == sat(smax)) == 1
add(C, "cross_max", "两个部门所有项目中满意度目标最高的是哪个项目？",
    {"projects": [smax["code"]], "contains": [f"{sat(smax)}%"]})
r100 = [p for p in ALL if 100 <= p["total_w"] <= 300]
add(C, "cross_range_count", "两个部门中预算在100万元到300万元之间的项目有几个？", {"projects": codes(r100), "value": len(r100)})
smax_b = max(SA, key=lambda p: p["total_w"])
add(C, "cross_followup_diff", "人社局预算最大的项目比它多多少万元？",
    {"value": r2(smax_b["total_w"] - p1["total_w"])},
    history=["卫健局的基本公共卫生服务项目补助资金预算多少？"])
nosat_all = [p for p in ALL if sat(p) is None]
add(C, "cross_set_missing", "两个部门中没有满意度指标的项目是哪个？", {"projects": codes(nosat_all)})
sx = P("公共实训基地县级配套", SA)
add(C, "cross_mixed_diff", "卫健局上级补助合计比人社局的公共实训基地县级配套预算多多少万元？",
    {"value": r2(upper_w - sx["total_w"])})
smin = min(ALL, key=lambda p: p["total_w"])
add(C, "cross_min", "两个部门所有项目里预算最少的是哪个？", {"projects": [smin["code"]]})
sats = [sat(p) for p in ALL if sat(p) is not None]
add(C, "cross_mean", "两个部门所有满意度指标目标值的平均数是多少？", {"value": r2(sum(sats) / len(sats))})
u200x = [p for p in WJ if p["upper_w"] > 200]
add(C, "cross_threshold_exclusive", "卫健局上级补助超过200万元的项目有哪些？", {"projects": codes(u200x)})
laws = [p for p in ALL if any("《中华人民共和国" in r["basis"] for r in p["rows"])]
add(C, "cross_law_count", "两个部门中以法律（《中华人民共和国……法》）作为指标确定依据的项目有几个？",
    {"projects": codes(laws), "value": len(laws)})
lw = P("劳务派遣", SA)
below = [p for p in WJ if p["total_w"] < lw["total_w"]]
add(C, "cross_followup_compare", "卫健局哪些项目的预算比它少？", {"projects": codes(below)},
    history=["魏县人社局劳务派遣人员工资的预算是多少？"])
near = min(ALL, key=lambda p: abs(p["total_w"] - 300))
add(C, "cross_nearest", "两个部门中预算最接近300万元的项目是哪个？", {"projects": [near["code"]]})
assert not any(cites(p, "社会保险法") for p in ALL)
add(C, "not_found_law", "两个部门中有没有引用《中华人民共和国社会保险法》的项目？", {"found": False})
assert not any(any("救护车" in r["l3"] for r in p["rows"]) for p in SA)
add(C, "not_found_dept", "人社局的项目里有负压救护车购置吗？有几辆？", {"found": False})
assert not any(sat(p) is not None and sat(p) >= 95 for p in ALL)
add(C, "not_found_threshold", "两个部门中满意度目标达到95%及以上的项目有哪些？", {"found": False})
assert not any(cites(p, "136号") or "136号" in p["name"] for p in WJ)
add(C, "not_found_cross_policy", "卫健局有哪些项目以冀财社【2024】136号为依据？", {"found": False})

assert len(Q) == 70 and len(Q) - n_w == 25
assert sum(1 for q in Q if q["expect"].get("found") is False) == 10


def main():
    with OUT.open("w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(OUT, len(Q))


if __name__ == "__main__":
    main()
