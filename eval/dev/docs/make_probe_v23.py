"""Build eval/dev/probe_v23.jsonl: 100 probe questions over the 临漳县水利局 document (store "shuili")
and the 临漳县农业农村局 + 水利局 documents together (store "other_shuili").

Every expected value, project set and count is computed here from the .docx tables read back with
python-docx; the question wording and the selection rules are the only hand-written parts.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v23.py
"""
import json
import re
import sys
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHUILI = HERE / "shuili-2025.docx"
OTHER = ROOT / "tests" / "data" / "other-department.docx"
OUT = HERE.parent / "probe_v23.jsonl"

MONTHS = ("3月底", "6月底", "10月底", "12月底")


# ---------------------------------------------------------------- reading the documents
def uniq_cells(row):
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        out.append(c.text.strip())
    return out


def money(s, unit):
    s = s.strip().replace(",", "")
    v = float(s) if s else 0.0
    return v / 10000.0 if unit == "元" else v


def read_doc(path):
    doc = Document(path)
    prose, projects, cur, dept = [], [], None, None
    for el in doc.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[1]
        if tag == "p":
            p = Paragraph(el, doc)
            t = p.text.strip()
            if not t:
                continue
            m = re.match(r"^(\d+)\.(.+)绩效目标表$", t)
            if p.style.name == "Heading 2" and m:
                cur = dict(heading=m.group(2), tables=[])
                projects.append(cur)
            elif cur is None:
                prose.append((p.style.name, t))
        elif tag == "tbl" and cur is not None:
            cur["tables"].append(Table(el, doc))
    out = []
    for pj in projects:
        unit_t, head_t, ind_t = pj["tables"]
        ul = uniq_cells(unit_t.rows[0])
        d = re.match(r"单位名称：(.+)", ul[0]).group(1)
        dept = dept or d
        assert d == dept
        unit = re.match(r"单位：(.+)", ul[1]).group(1)
        rec = dict(dept=d, unit=unit, plan=None)
        rows = [uniq_cells(r) for r in head_t.rows]
        i = 0
        while i < len(rows):
            r = rows[i]
            if r[0] == "项目编码":
                rec["code"], rec["name"] = r[1], r[3]
            elif r[0] == "资金总额":
                lab = dict(zip(r[0::2], r[1::2]))
                rec["raw"] = lab
                rec["total"] = money(lab["资金总额"], unit)
                rec["fiscal"] = money(lab["财政拨款"], unit)
                rec["other"] = money(lab["其他资金"], unit)
            elif r[0] in ("资金用途", "主要内容"):
                rec["use_label"], rec["use"] = r[0], r[1]
            elif r[0].startswith("资金支出计划"):
                nxt = rows[i + 1]
                rec["plan"] = {m: float(v.rstrip("%")) for m, v in zip(r[1:], nxt[1:])}
                assert tuple(rec["plan"]) == MONTHS
                i += 1
            elif r[0] == "年度绩效目标":
                rec["goal"] = r[1]
            i += 1
        hdr = [c.text.strip() for c in ind_t.rows[0].cells]
        assert hdr == ["一级指标", "二级指标", "指标内容", "指标值", "备注"], hdr
        rec["inds"] = []
        for r in ind_t.rows[1:]:
            c = [x.text.strip() for x in r.cells]
            rec["inds"].append(dict(l1=c[0], l2=c[1], content=c[2], value=c[3], remark=c[4]))
        assert rec["name"] == pj["heading"]
        assert len(rec["code"]) == 21
        out.append(rec)
    return dict(dept=dept, prose=prose, projects=out)


SD = read_doc(SHUILI)
OD = read_doc(OTHER)
S = SD["projects"]
O = OD["projects"]
B = O + S
STORES = {"shuili": {p["code"] for p in S}, "other_shuili": {p["code"] for p in B}}


# ---------------------------------------------------------------- helpers
def pj(sub, pool=B):
    hits = [p for p in pool if sub in p["name"]]
    assert len(hits) == 1, (sub, [p["name"] for p in hits])
    return hits[0]


def num(s):
    m = re.search(r"\d+(?:\.\d+)?", s)
    assert m, s
    return float(m.group(0))


def ind(p, sub):
    hits = [i for i in p["inds"] if sub in i["content"]]
    assert len(hits) == 1, (p["name"], sub)
    return hits[0]


def has_l2(p, sub):
    return any(sub in i["l2"] for i in p["inds"])


def sat(p):
    hits = [i for i in p["inds"] if i["l1"] == "满意度指标"]
    return num(hits[0]["value"]) if hits else None


def must(text, *subs):
    for s in subs:
        assert s in text, (s, text)
    return list(subs)


def codes(ps):
    return sorted(p["code"] for p in ps)


def cost_wan(p):
    """Money value of the 成本指标 when written as ≤N万元 / ≤N元, else None."""
    for i in p["inds"]:
        if "成本" in i["l2"]:
            m = re.fullmatch(r"≤(\d+(?:\.\d+)?)(万元|元)", i["value"])
            if m:
                v = float(m.group(1))
                return v / 10000 if m.group(2) == "元" else v
    return None


def rnd(x):
    return round(x, 4)


def nonempty(ps):
    assert ps, "empty project set"
    return codes(ps)


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs)


Q = []


def q(store, kind, question, expect, history=None):
    rec = {"store": store, "kind": kind, "question": question}
    if history:
        rec["history"] = history
    rec["expect"] = expect
    Q.append(rec)


SH, OS = "shuili", "other_shuili"

# named projects (found by name, codes read from the document)
p_ys = pj("农村饮水安全", S)
p_hd = pj("河道清淤", S)
p_zj = pj("小型水闸", S)
p_hz = pj("河长制", S)
p_st = pj("水土保持", S)
p_dx = pj("地下水超采", S)
p_fx = pj("防汛抗旱", S)
p_gq = pj("漳南灌区", S)
p_sz = pj("水资源税", S)
p_jg = pj("机关运转", S)
p_nt = pj("小型农田水利", S)
o_gbz = pj("高标准农田", O)
o_nj = pj("农机购置", O)

tot_S = sum(p["total"] for p in S)
tot_O = sum(p["total"] for p in O)

# ================================================================ store: shuili
# ---- lookups
q(SH, "lookup", "农村饮水安全工程维修养护资金这个项目，资金总额是多少万元？",
  {"projects": [p_ys["code"]], "value": rnd(p_ys["total"])})
q(SH, "lookup", "支漳河那个河道清淤项目，财政拨款安排了多少？",
  {"projects": [p_hd["code"]], "value": rnd(p_hd["fiscal"])})
assert p_hz["unit"] == "元"
q(SH, "lookup_yuan", "河长制工作经费一共多少万元？",
  {"projects": [p_hz["code"]], "value": rnd(p_hz["total"])})
assert p_fx["unit"] == "元"
q(SH, "lookup_yuan", "防汛抗旱物资储备经费的资金总额是多少元？",
  {"projects": [p_fx["code"]], "value": rnd(p_fx["total"] * 10000)})
q(SH, "lookup_yuan", "防汛物资储备经费里其他资金是多少万元？",
  {"projects": [p_fx["code"]], "value": rnd(p_fx["other"])})
q(SH, "lookup", "地下水超采综合治理项目的钱主要用在哪些方面？",
  {"projects": [p_dx["code"]], "contains": must(p_dx["use"], "机井关停封填", "高效节水灌溉补助")})
q(SH, "lookup", "机关运转保障经费的年度绩效目标是怎么表述的？",
  {"projects": [p_jg["code"]], "contains": must(p_jg["goal"], "42名在职人员", "3辆公务用车")})
q(SH, "plan", "漳南灌区续建配套与节水改造项目，到6月底累计计划支出多少万元？",
  {"projects": [p_gq["code"]], "value": rnd(p_gq["total"] * p_gq["plan"]["6月底"] / 100)})
q(SH, "plan", "农村饮水维修养护资金10月底的累计支出计划是多少？",
  {"projects": [p_ys["code"]], "contains": [f'{p_ys["plan"]["10月底"]:g}%']})
q(SH, "lookup", "地下水超采治理里节水灌溉补助标准是怎么定的？",
  {"projects": [p_dx["code"]], "contains": [ind(p_dx, "补助标准")["value"]]})
q(SH, "lookup", "编码13042325P00NTSL10005G对应的是哪个项目？资金总额多少？",
  {"projects": [pj("小型农田水利", [p for p in S if p["code"] == "13042325P00NTSL10005G"])["code"]],
   "value": rnd(p_nt["total"])})

# ---- thresholds / filters
q(SH, "filter", "资金总额1000万元以上的项目有哪些？",
  {"projects": nonempty([p for p in S if p["total"] >= 1000])})
q(SH, "filter", "哪些项目预算不到100万？",
  {"projects": nonempty([p for p in S if p["total"] < 100])})
q(SH, "count", "预算过千万的项目有几个？",
  {"value": len([p for p in S if p["total"] > 1000])})
q(SH, "filter", "财政拨款不低于600万元的项目有哪些？",
  {"projects": nonempty([p for p in S if p["fiscal"] >= 600])})
q(SH, "filter", "资金总额介于100万元和500万元之间的项目有哪几个？",
  {"projects": nonempty([p for p in S if 100 <= p["total"] <= 500])})
q(SH, "filter", "满意度目标高于90%的项目有哪些？",
  {"projects": nonempty([p for p in S if sat(p) is not None and sat(p) > 90])})
q(SH, "filter", "满意度指标值低于百分之九十的是哪几个项目？",
  {"projects": nonempty([p for p in S if sat(p) is not None and sat(p) < 90])})
q(SH, "filter", "请列出财政拨款占资金总额比例不到八成的项目。",
  {"projects": nonempty([p for p in S if p["fiscal"] / p["total"] < 0.8])})
q(SH, "filter", "绩效指标不少于8条的项目有哪些？",
  {"projects": nonempty([p for p in S if len(p["inds"]) >= 8])})
q(SH, "count", "指标至多7条的项目有几个？",
  {"value": len([p for p in S if len(p["inds"]) <= 7])})
q(SH, "plan", "6月底累计支出进度计划达到40%及以上的项目有哪些？",
  {"projects": nonempty([p for p in S if p["plan"] and p["plan"]["6月底"] >= 40])})
q(SH, "plan", "在编了资金支出计划的项目里，3月底计划支出为零的是哪个？",
  {"projects": nonempty([p for p in S if p["plan"] and p["plan"]["3月底"] == 0])})
q(SH, "filter", "资金总额没超过50万元的项目有哪些？",
  {"projects": nonempty([p for p in S if p["total"] <= 50])})

# ---- sums / counts / means
q(SH, "sum", "水利局全部项目的资金总额合计是多少万元？", {"value": rnd(tot_S)})
q(SH, "count", "水利局这份绩效目标表一共列了几个项目？", {"value": len(S)})
q(SH, "count", "全部项目的绩效指标一共有多少条？", {"value": sum(len(p["inds"]) for p in S)})
q(SH, "mean", "资金总额在1000万元以内的项目，平均每个项目多少万元？",
  {"value": rnd(mean(p["total"] for p in S if p["total"] <= 1000))})
q(SH, "sum", "编制了资金支出计划的那些项目，资金总额合计多少？",
  {"projects": nonempty([p for p in S if p["plan"]]),
   "value": rnd(sum(p["total"] for p in S if p["plan"]))})
q(SH, "sum", "表格单位是“元”的项目，资金合计多少万元？",
  {"projects": nonempty([p for p in S if p["unit"] == "元"]),
   "value": rnd(sum(p["total"] for p in S if p["unit"] == "元"))})

# ---- projects lacking an indicator kind
q(SH, "missing_indicator", "哪个项目没有设置时效指标？",
  {"projects": nonempty([p for p in S if not has_l2(p, "时效")])})
q(SH, "missing_indicator", "没有满意度指标的项目是哪个？",
  {"projects": nonempty([p for p in S if not any(i["l1"] == "满意度指标" for i in p["inds"])])})
q(SH, "missing_indicator", "没设置生态效益指标的项目有哪些？",
  {"projects": nonempty([p for p in S if not has_l2(p, "生态效益")])})

# ---- shares
q(SH, "share", "地下水超采综合治理项目占全局项目资金总额的比重是多少（百分比）？",
  {"projects": [p_dx["code"]], "value": rnd(p_dx["total"] / tot_S * 100)})
q(SH, "share", "财政拨款合计占资金总额合计的百分之几？",
  {"value": rnd(sum(p["fiscal"] for p in S) / tot_S * 100)})

# ---- differences / ratios
q(SH, "diff", "灌区节水改造比河道清淤治理多多少万元？",
  {"projects": codes([p_gq, p_hd]), "value": rnd(p_gq["total"] - p_hd["total"])})
q(SH, "ratio", "地下水超采治理的资金是水土保持项目的多少倍？",
  {"projects": codes([p_dx, p_st]), "value": rnd(p_dx["total"] / p_st["total"])})
q(SH, "diff", "防汛抗旱物资储备经费比河长制工作经费多多少元？",
  {"projects": codes([p_fx, p_hz]), "value": rnd((p_fx["total"] - p_hz["total"]) * 10000)})

# ---- per-unit amounts
q(SH, "per_unit", "河道清淤治理平均每公里投入多少万元？",
  {"projects": [p_hd["code"]], "value": rnd(p_hd["total"] / num(ind(p_hd, "清淤疏浚长度")["value"]))})
q(SH, "per_unit", "按改造渠道长度算，漳南灌区项目每公里渠道合多少万元？",
  {"projects": [p_gq["code"]], "value": rnd(p_gq["total"] / num(ind(p_gq, "改造渠道长度")["value"]))})
q(SH, "per_unit", "机关运转保障经费按保障的在职人员数算，人均多少万元？",
  {"projects": [p_jg["code"]], "value": rnd(p_jg["total"] / num(ind(p_jg, "在职人员")["value"]))})

# ---- top / bottom N
top = sorted(S, key=lambda p: -p["total"])
assert top[2]["total"] > top[3]["total"]
q(SH, "topn", "资金总额排前三的项目是哪几个？", {"projects": codes(top[:3])})
bot = sorted(S, key=lambda p: p["total"])
assert bot[1]["total"] < bot[2]["total"]
q(SH, "topn", "预算最少的两个项目是哪两个？", {"projects": codes(bot[:2])})
nmin = min(len(p["inds"]) for p in S)
q(SH, "topn", "哪些项目的绩效指标条数最少？",
  {"projects": nonempty([p for p in S if len(p["inds"]) == nmin])})

# ---- exclusions / OR
q(SH, "exclusion", "除了地下水超采和灌区节水改造，其余项目资金总额合计多少？",
  {"value": rnd(sum(p["total"] for p in S if p not in (p_dx, p_gq)))})
ex = [p for p in S if p is not p_jg and p["total"] >= 100]
q(SH, "exclusion", "机关运转经费不算，资金总额在100万元以上的项目有几个？分别是哪些？",
  {"projects": nonempty(ex), "value": len(ex)})
q(SH, "or", "有其他资金或者编了资金支出计划的项目有哪些？",
  {"projects": nonempty([p for p in S if p["other"] > 0 or p["plan"]])})
q(SH, "or", "资金总额超过2000万元或者不到50万元的项目都有哪些？",
  {"projects": nonempty([p for p in S if p["total"] > 2000 or p["total"] < 50])})

# ---- policy references
def cites(ps, *parts):
    return [p for p in ps if any(all(x in i["remark"] for x in parts) for i in p["inds"])]


q(SH, "policy", "引用了冀水农〔2024〕12号的项目有哪些？", {"projects": nonempty(cites(S, "冀水农〔2024〕12号"))})
q(SH, "policy", "邯财农33号文涉及哪几个项目？", {"projects": nonempty(cites(S, "邯财农", "33号"))})
q(SH, "policy", "以冀水资15号文件为依据的指标一共有几条？",
  {"value": sum(1 for p in S for i in p["inds"] if "冀水资" in i["remark"] and "15号" in i["remark"])})

# ---- structural
l1s = sorted({i["l1"] for p in S for i in p["inds"]})
q(SH, "structural", "水利局的绩效指标一级指标分为哪几类？", {"contains": l1s})
q(SH, "structural", "哪些项目的绩效目标表是以元为单位填的？",
  {"projects": nonempty([p for p in S if p["unit"] == "元"])})

# ---- descriptive (department-level prose)
prose_S = "\n".join(t for _, t in SD["prose"])
para = [t for _, t in SD["prose"] if "农村自来水普及率" in t][0]
q(SH, "descriptive", "部门整体绩效目标里，农村自来水普及率要求达到多少？",
  {"contains": [re.search(r"农村自来水普及率稳定在(\d+%)", para).group(1)]})
subs = [re.sub(r"^（[一二三四五六七八九十]+）", "", t) for s, t in SD["prose"] if s == "Heading 2"]
assert len(subs) == 4
q(SH, "descriptive", "水利局的分项绩效目标分成了哪几个方面？", {"contains": subs})

# ---- follow-ups
q(SH, "followup", "其中财政拨款是多少？",
  {"projects": [p_gq["code"]], "value": rnd(p_gq["fiscal"])},
  history=["漳南灌区续建配套与节水改造项目的资金总额是多少？"])
q(SH, "followup", "它的满意度目标呢？",
  {"projects": [p_hd["code"]], "contains": [f"{sat(p_hd):g}%"]},
  history=["支漳河及民有渠河道清淤治理工程的预算是多少？"])
q(SH, "followup", "它到10月底累计计划支出多少万元？",
  {"projects": [top[0]["code"]], "value": rnd(top[0]["total"] * top[0]["plan"]["10月底"] / 100)},
  history=["资金总额最多的是哪个项目？"])
ps50 = cites(S, "水利部令第50号")
q(SH, "followup", "这几个项目资金总额合计多少？",
  {"projects": nonempty(ps50), "value": rnd(sum(p["total"] for p in ps50))},
  history=["哪些项目引用了水利部令第50号？"])
q(SH, "followup", "其他资金占比多少？",
  {"projects": [p_fx["code"]], "value": rnd(p_fx["other"] / p_fx["total"] * 100)},
  history=["防汛抗旱物资储备经费有多少？"])

# ---- planted inconsistencies
over = [p for p in S if cost_wan(p) is not None and cost_wan(p) > p["total"] + 1e-9]
q(SH, "inconsistency", "有没有成本指标金额比资金总额还高的项目？", {"projects": nonempty(over)})
q(SH, "inconsistency", "哪个项目的财政拨款比资金总额还多？",
  {"projects": nonempty([p for p in S if p["fiscal"] > p["total"]])})
q(SH, "inconsistency", "财政拨款加其他资金跟资金总额对不上的项目有哪些？",
  {"projects": nonempty([p for p in S if abs(p["fiscal"] + p["other"] - p["total"]) > 0.005])})
assert over == [p_st]
q(SH, "inconsistency", "水土保持项目的成本指标比资金总额高出多少万元？",
  {"projects": [p_st["code"]], "value": rnd(cost_wan(p_st) - p_st["total"])})

# ---- nothing to find
for text in ["临漳县水利局2024年河道清淤项目的资金总额是多少？",
             "南水北调配套工程项目预算多少？",
             "魏县水利局的防汛物资储备经费是多少？",
             "灌区节水改造项目的政府采购预算是多少？",
             "水库移民后期扶持项目的绩效目标是什么？",
             "农村饮水维修养护资金2026年的支出计划是怎么安排的？"]:
    q(SH, "notfound", text, {"found": False})

# ================================================================ store: other_shuili
q(OS, "count", "两个局一共有多少个项目？", {"value": len(B)})
q(OS, "sum", "农业农村局和水利局所有项目资金总额合计多少万元？", {"value": rnd(tot_O + tot_S)})
q(OS, "cross_dept", "农业农村局的项目资金总额比水利局多多少万元？", {"value": rnd(tot_O - tot_S)})
q(OS, "cross_dept", "两个部门各自资金总额最大的项目分别是哪个？",
  {"projects": codes([max(O, key=lambda p: p["total"]), max(S, key=lambda p: p["total"])])})
q(OS, "filter", "两个部门中资金总额超过2000万元的项目有哪些？",
  {"projects": nonempty([p for p in B if p["total"] > 2000])})
q(OS, "policy", "邯财农18号文在哪些项目中被引用？", {"projects": nonempty(cites(B, "邯财农", "18号"))})
q(OS, "structural", "两个部门的绩效目标表里，哪些项目是以元为单位的？",
  {"projects": nonempty([p for p in B if p["unit"] == "元"])})
q(OS, "sum", "以元为单位的那几个项目，合计是多少万元？",
  {"projects": nonempty([p for p in B if p["unit"] == "元"]),
   "value": rnd(sum(p["total"] for p in B if p["unit"] == "元"))})
q(OS, "inconsistency", "财政拨款加其他资金不等于资金总额的项目有哪些？",
  {"projects": nonempty([p for p in B if abs(p["fiscal"] + p["other"] - p["total"]) > 0.005])})
q(OS, "inconsistency", "两个部门里成本指标金额高于资金总额的项目有哪些？",
  {"projects": nonempty([p for p in B if cost_wan(p) is not None and cost_wan(p) > p["total"] + 1e-9])})
q(OS, "missing_indicator", "两个部门中没有设置时效指标的项目是哪些？",
  {"projects": nonempty([p for p in B if not has_l2(p, "时效")])})
q(OS, "filter", "满意度目标不低于95%的项目有哪些？",
  {"projects": nonempty([p for p in B if sat(p) is not None and sat(p) >= 95])})
q(OS, "count", "两个局一共有几个项目编制了资金支出计划？", {"value": len([p for p in B if p["plan"]])})
q(OS, "count", "两家单位加起来一共有多少条绩效指标？", {"value": sum(len(p["inds"]) for p in B)})
q(OS, "filter", "两个部门资金总额在100万元以下的项目有哪些？",
  {"projects": nonempty([p for p in B if p["total"] <= 100])})
q(OS, "cross_dept", "农业农村局的高标准农田县级配套资金和水利局的漳南灌区节水改造，哪个钱多？多多少万元？",
  {"projects": codes([o_gbz, p_gq]), "value": rnd(abs(p_gq["total"] - o_gbz["total"]))})
omax = max(p["other"] for p in B)
q(OS, "topn", "两个部门里其他资金最多的是哪个项目？",
  {"projects": nonempty([p for p in B if p["other"] == omax])})
q(OS, "mean", "两个部门平均每个项目资金总额是多少万元？", {"value": rnd(mean(p["total"] for p in B))})
q(OS, "share", "水利局项目资金占两个部门资金总额合计的比重是多少？",
  {"value": rnd(tot_S / (tot_O + tot_S) * 100)})
q(OS, "structural", "哪些项目有指标的备注没写依据？",
  {"projects": nonempty([p for p in B if any(not i["remark"] for i in p["inds"])])})
q(OS, "followup", "水利局呢？",
  {"projects": [max(S, key=lambda p: p["total"])["code"]]},
  history=["农业农村局资金最多的项目是哪个？"])
q(OS, "followup", "它比农机购置与应用补贴资金多多少万元？",
  {"projects": codes([p_dx, o_nj]), "value": rnd(p_dx["total"] - o_nj["total"])},
  history=["地下水超采综合治理项目的资金总额是多少？"])
smin = min(sat(p) for p in B if sat(p) is not None)
q(OS, "topn", "两个部门里满意度目标定得最低的是哪个项目？",
  {"projects": nonempty([p for p in B if sat(p) == smin])})
q(OS, "cross_dept", "两个部门中，时效指标要求在2025年6月底前完成的项目有哪些？",
  {"projects": nonempty([p for p in B if any("时效" in i["l2"] and i["value"] == "2025年6月底前" for i in p["inds"])])})
q(OS, "cross_dept", "指标值写的是“明显改善”的项目有哪些？",
  {"projects": nonempty([p for p in B if any(i["value"] == "明显改善" for i in p["inds"])])})
q(OS, "count", "农业农村局一共有几个项目？", {"value": len([p for p in B if p["dept"] == "临漳县农业农村局"])})
top5 = sorted(B, key=lambda p: -p["total"])
assert top5[4]["total"] > top5[5]["total"]
q(OS, "topn", "两个部门资金总额前五名的项目是哪些？", {"projects": codes(top5[:5])})
for text in ["两个部门中有没有南水北调配套工程的项目？",
             "临漳县农业农村局2024年耕地地力保护补贴资金是多少？",
             "临漳县林业局造林绿化项目的预算是多少？"]:
    q(OS, "notfound", text, {"found": False})


# ---------------------------------------------------------------- checks and output
def main():
    assert len(Q) == 100, len(Q)
    n_sh = sum(1 for r in Q if r["store"] == SH)
    assert 65 <= n_sh <= 75, n_sh
    texts = set()
    with OUT.open("w", encoding="utf-8") as f:
        for k, r in enumerate(Q, start=1):
            r = {"id": f"p23-{k:03d}", **r}
            assert r["question"] not in texts or r.get("history"), r["question"]
            texts.add(r["question"])
            for c in r["expect"].get("projects", []):
                assert c in STORES[r["store"]], (r["id"], c)
            if "projects" in r["expect"]:
                assert r["expect"]["projects"], r["id"]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(OUT, len(Q), "lines;", n_sh, "shuili")


if __name__ == "__main__":
    main()
