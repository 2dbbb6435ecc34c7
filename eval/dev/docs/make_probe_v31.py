"""Build eval/dev/probe_v31.jsonl from the tables of zhujian-2025.docx (and the sample .docx for the
zhujian_sample store).  Every expectation is computed from the parsed .docx tables.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v31.py
"""
import json
import re
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ZJ = HERE / "zhujian-2025.docx"
SAMPLE = ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.docx"
OUT = HERE.parent / "probe_v31.jsonl"


def uniq_cells(row):
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        out.append(c.text.strip())
    return out


def num(s):
    m = re.search(r"\d+(?:\.\d+)?", s or "")
    return float(m.group()) if m else None


def fnum(s):
    s = (s or "").strip()
    return float(s) if s else 0.0


# ---------------------------------------------------------------- zhujian (one table per project)
def parse_zhujian(path):
    projects = []
    for t in Document(str(path)).tables:
        rows = [uniq_cells(r) for r in t.rows]
        full = [[c.text.strip() for c in r.cells] for r in t.rows]
        if not rows or rows[0][0] != "项目名称":
            continue
        p = dict(money={}, plan={}, rows=[])
        i = 0
        while i < len(rows):
            r, f = rows[i], full[i]
            lab = f[0]
            if lab == "项目名称":
                p["name"] = r[1]
            elif lab == "项目编码":
                p["code"], p["type"] = r[1], r[3]
            elif lab == "主管部门":
                p["dept"], p["unit"] = r[1], r[3]
            elif lab.startswith("年度预算资金"):
                k, v = f[1], f[2]
                p["money"][k.replace("其中：", "")] = fnum(v)
            elif lab in ("项目概况", "资金用途"):
                p["use"] = r[1]
            elif lab.startswith("资金支出进度计划") and f[1].endswith("月底"):
                vals = full[i + 1]
                for j in range(1, 5):
                    p["plan"][f[j]] = num(vals[j])
                i += 1
            elif lab == "年度绩效目标":
                p["goal"] = r[1]
            elif lab == "一级指标":
                p["remark_col"] = f[4]
                for f2 in full[i + 1:]:
                    p["rows"].append(dict(l1=f2[0], l2=f2[1], l3=f2[2], val=f2[3], basis=f2[4]))
                break
            i += 1
        p["total"] = p["money"]["资金总额"]
        projects.append(p)
    return projects


# ---------------------------------------------------------------- sample (header table + indicator table)
def parse_sample(path):
    projects = []
    cur = None
    for t in Document(str(path)).tables:
        full = [[c.text.strip() for c in r.cells] for r in t.rows]
        if full[0][0] == "项目编码":
            cur = dict(code=full[0][1], name=full[0][4], plan={}, rows=[], total=None)
            for k, f in enumerate(full):
                if "预算数" in f:
                    cur["total"] = fnum(f[f.index("预算数") + 1])
                if f[0].startswith("资金支出计划") and f[1].endswith("月底"):
                    vals = full[k + 1]
                    for j in range(1, len(f)):
                        if f[j].endswith("月底") and f[j] not in cur["plan"]:
                            cur["plan"][f[j]] = num(vals[j])
            projects.append(cur)
        elif full[0][0] == "一级指标" and cur is not None:
            hdr = full[0]
            ci = {h: j for j, h in enumerate(hdr)}
            for f in full[1:]:
                cur["rows"].append(dict(l1=f[0], l2=f[1], l3=f[ci["三级指标"]], val=f[ci["指标值"]],
                                        basis=f[ci["指标值确定依据"]]))
    return projects


Z = parse_zhujian(ZJ)
S = parse_sample(SAMPLE)
assert len(Z) == 9, len(Z)
assert len(S) == 14 and round(sum(p["total"] for p in S), 2) == 37106.9
assert sum(len(p["rows"]) for p in S) == 101
ZC = {p["code"] for p in Z}
SC = {p["code"] for p in S}
BOTH = Z + S


def by(name, ps=Z):
    hits = [p for p in ps if name in p["name"]]
    assert len(hits) == 1, (name, [p["name"] for p in hits])
    return hits[0]


def row(p, l3part):
    hits = [r for r in p["rows"] if l3part in r["l3"]]
    assert len(hits) == 1, (p["name"], l3part, hits)
    return hits[0]


def sat(p):
    v = [num(r["val"]) for r in p["rows"] if "满意度" in r["l1"]]
    assert len(v) <= 1, p["name"]
    return v[0] if v else None


def codes(ps):
    return sorted(p["code"] for p in ps)


def topn(ps, n, rev=True):
    s = sorted(ps, key=lambda p: p["total"], reverse=rev)
    assert s[n - 1]["total"] != s[n]["total"], "tie at cut"
    return codes(s[:n])


def r2(x):
    return round(x, 4)


def zsum(ps):
    return round(sum(p["total"] for p in ps), 2)


Q = []


def add(store, kind, question, expect, history=None):
    rec = {"id": f"v31-{len(Q) + 1:03d}", "question": question, "store": store, "kind": kind}
    if history:
        rec["history"] = history
    rec["expect"] = expect
    Q.append(rec)


def zq(kind, q, expect, history=None):
    add("zhujian", kind, q, expect, history)


def sq(kind, q, expect, history=None):
    add("zhujian_sample", kind, q, expect, history)


LJ = by("老旧小区")
WF = by("危房")
RQ = by("燃气")
SZ = by("市政设施")
YC = by("扬尘")
ZL = by("租赁补贴")
WS = by("污水")
HW = by("环卫")
DA = by("档案")

# ------------------------------------------------------------------ lookups
zq("lookup", "老旧小区改造项目今年的资金总额是多少万元？", {"projects": [LJ["code"]], "value": LJ["total"]})
zq("lookup", "农村危房改造补助资金的项目编码是多少", {"projects": [WF["code"]], "contains": [WF["code"]]})
zq("trap", "燃气管道老化更新改造项目里政府性基金安排了多少？",
   {"projects": [RQ["code"]], "value": RQ["money"]["政府性基金"]})
r = row(LJ, "惠及居民户数")
zq("trap", "老旧小区改造惠及多少户居民？", {"projects": [LJ["code"]], "contains": [str(int(num(r["val"])))]})
r = row(WF, "户均补助")
zq("lookup", "危房改造每户最多补助多少万元？", {"projects": [WF["code"]], "value": num(r["val"])})
r = row(WS, "出水水质达标率")
zq("lookup", "污水处理厂出水水质达标率的设定依据是哪个标准？", {"projects": [WS["code"]], "contains": ["GB18918"]})
assert "GB18918" in r["basis"]
r = row(LJ, "改造老旧小区数量")
zq("trap", "今年老旧小区一共改造几个小区？", {"projects": [LJ["code"]], "value": num(r["val"])})
r = row(WS, "吨水处理服务费")
zq("trap", "污水处理每吨服务费上限是多少元？", {"projects": [WS["code"]], "value": num(r["val"])})

# ------------------------------------------------------------------ thresholds
zq("threshold", "资金总额在1000万元以上的项目有哪些？", {"projects": codes([p for p in Z if p["total"] >= 1000])})
zq("trap", "资金总额超过1550万元的是哪几个项目", {"projects": codes([p for p in Z if p["total"] > 1550])})
zq("threshold", "预算不到一百万的项目有哪些", {"projects": codes([p for p in Z if p["total"] < 100])})
zq("threshold", "资金总额介于300万元和1500万元之间的项目",
   {"projects": codes([p for p in Z if 300 <= p["total"] <= 1500])})
zq("trap", "满意度目标高于90%的项目有哪些？",
   {"projects": codes([p for p in Z if sat(p) is not None and sat(p) > 90])})
zq("threshold", "满意度指标不低于百分之九十的项目",
   {"projects": codes([p for p in Z if sat(p) is not None and sat(p) >= 90])})
zq("threshold", "满意度目标没达到九成的项目是哪个？",
   {"projects": codes([p for p in Z if sat(p) is not None and sat(p) < 90])})

# ------------------------------------------------------------------ counts
zq("count", "住建局今年一共报了多少个项目支出绩效目标？", {"value": len(Z)})
zq("count", "所有项目加起来一共有多少条三级指标？", {"value": sum(len(p["rows"]) for p in Z)})
zq("count", "实施单位是县城市管理服务中心的项目有几个", {"value": len([p for p in Z if p["unit"] == "魏县城市管理服务中心"])})

# ------------------------------------------------------------------ sums / means / shares / ratios
zq("sum", "住建局全部项目资金总额合计多少万元？", {"value": zsum(Z)})
zq("mean", "这些项目平均每个预算多少万元", {"value": r2(zsum(Z) / len(Z))})
zq("share", "老旧小区改造占全部项目预算的百分之多少？", {"projects": [LJ["code"]], "value": r2(LJ["total"] / zsum(Z) * 100)})
zq("share", "老旧小区改造资金中财政拨款占比是多少",
   {"projects": [LJ["code"]], "value": r2(LJ["money"]["财政拨款"] / LJ["total"] * 100)})
zq("difference", "燃气管道改造项目中一般公共预算比政府性基金多多少万元？",
   {"projects": [RQ["code"]], "value": RQ["money"]["一般公共预算"] - RQ["money"]["政府性基金"]})

# ------------------------------------------------------------------ money per unit
zq("per_unit", "老旧小区改造按惠及户数算，平均每户投入多少万元？",
   {"projects": [LJ["code"]], "value": r2(LJ["total"] / num(row(LJ, "惠及居民户数")["val"]))})
zq("per_unit", "城建档案数字化经费折合每页多少元？",
   {"projects": [DA["code"]], "value": r2(DA["total"] * 10000 / (num(row(DA, "扫描页数")["val"]) * 10000))})

# ------------------------------------------------------------------ arithmetic with a number from the question
cap = num(row(WF, "户均补助")["val"])
zq("arith", "如果危房改造增加到220户，按每户补助上限测算需要多少万元？", {"projects": [WF["code"]], "value": 220 * cap})
zq("arith", "污水处理量按730万吨、每吨服务费按上限算，全年服务费最多多少万元？",
   {"projects": [WS["code"]], "value": r2(730 * num(row(WS, "吨水处理服务费")["val"]))})

# ------------------------------------------------------------------ spending plan
zq("plan", "老旧小区改造到6月底累计应支出多少万元？", {"projects": [LJ["code"]], "value": r2(LJ["total"] * LJ["plan"]["6月底"] / 100)})
zq("plan", "燃气管道改造项目第三季度（7到9月）计划支出多少万元？",
   {"projects": [RQ["code"]], "value": r2(RQ["total"] * (RQ["plan"]["9月底"] - RQ["plan"]["6月底"]) / 100)})
zq("plan", "6月底累计支出进度达到50%及以上的项目有哪些",
   {"projects": codes([p for p in Z if p["plan"] and p["plan"]["6月底"] >= 50])})
zq("trap", "9月底累计支出计划低于75%的项目", {"projects": codes([p for p in Z if p["plan"] and p["plan"]["9月底"] < 75])})

# ------------------------------------------------------------------ top / bottom, exclusion, OR
zq("topn", "预算最多的三个项目是哪些？", {"projects": topn(Z, 3)})
ex = [p for p in Z if p not in (LJ, RQ)]
zq("exclusion", "除了老旧小区改造和燃气管道改造，其余项目预算合计多少？", {"value": zsum(ex)})
zq("or", "满意度目标在95%及以上或者资金总额超过2000万元的项目",
   {"projects": codes([p for p in Z if (sat(p) or 0) >= 95 or p["total"] > 2000])})

# ------------------------------------------------------------------ lacking an indicator kind / indicator kinds
zq("lacking", "哪个项目没有设置满意度指标？", {"projects": codes([p for p in Z if sat(p) is None])})
zq("lacking", "哪些项目没有社会效益指标", {"projects": codes([p for p in Z if not any("社会效益" in r["l2"] for r in p["rows"])])})

# ------------------------------------------------------------------ policy references / standards
def cites(ps, s):
    return codes([p for p in ps if any(s in r["basis"] for r in p["rows"])])


zq("policy", "哪些项目的指标依据引用了冀财建〔2024〕88号？", {"projects": cites(Z, "冀财建〔2024〕88号")})
jc = [p for p in Z if any(r["basis"].startswith("建村〔2023〕12号") for r in p["rows"])]
zq("trap", "依据建村2023年12号文件设定指标的是哪个项目", {"projects": codes(jc)})
zq("policy", "冀建城的文件被哪些项目用作指标依据？", {"projects": cites(Z, "冀建城")})
zq("standard", "老旧小区改造的质量指标依据的是哪个技术导则？", {"projects": [LJ["code"]], "contains": ["城镇老旧小区改造技术导则"]})

# ------------------------------------------------------------------ descriptive / structure
assert "一卡通" in WF["use"]
zq("descriptive", "危房改造补助资金通过什么方式发放到户？", {"projects": [WF["code"]], "contains": ["一卡通"]})
zq("descriptive", "住建局的保障措施里对过程监控是怎么安排的？", {"contains": ["双监控"]})
zq("descriptive", "部门年度总体绩效目标对城市污水处理率有什么要求", {"contains": ["97%"]})
zq("structure", "燃气管道改造项目的资金来源分成哪几块？", {"projects": [RQ["code"]], "contains": ["一般公共预算", "政府性基金"]})

# ------------------------------------------------------------------ follow-ups
zq("followup", "它的满意度目标是多少？", {"projects": [RQ["code"]], "contains": ["95%"]},
   history=["城市燃气管道老化更新改造项目预算多少？"])
zq("followup", "这几个项目预算加起来是多少？", {"value": zsum([p for p in Z if p["plan"]])},
   history=["哪些项目编了资金支出进度计划？"])
zq("followup", "同一个单位实施的项目一共有几个？", {"value": len([p for p in Z if p["unit"] == HW["unit"]])},
   history=["城乡环卫一体化保洁经费的资金总额是多少？", "它的实施单位是哪个？"])
zq("followup", "那到6月底累计应该支出多少万元？", {"projects": [WF["code"]], "value": r2(WF["total"] * WF["plan"]["6月底"] / 100)},
   history=["农村危房改造补助资金有多少？"])

# ------------------------------------------------------------------ nothing to find
zq("notfound", "棚户区改造项目的预算是多少？", {"found": False})
zq("notfound", "海绵城市建设项目的绩效目标是什么", {"found": False})
assert not [p for p in Z if p["total"] > 5000]
zq("notfound", "资金总额超过5000万元的项目有哪些？", {"found": False})
assert not [p for p in Z if sat(p) is not None and sat(p) < 80]
zq("notfound", "满意度目标低于80%的项目有吗", {"found": False})
assert all(p["plan"]["12月底"] >= 100 for p in Z if p["plan"])
zq("notfound", "12月底累计支出计划不到100%的项目有哪些？", {"found": False})
assert not cites(Z, "冀建房〔2023〕")
zq("notfound", "哪些项目引用了冀建房〔2023〕号文件？", {"found": False})
zq("notfound", "供热管网改造的资金总额多少", {"found": False})

# ================================================================== zhujian_sample store
sq("which_dept", "农村危房改造补助资金是哪个部门的项目？", {"projects": [WF["code"]], "contains": ["住房和城乡建设局"]})
sp1 = by("社会保障工作经费", S)
sq("which_dept", "社会保障工作经费是哪个部门报的？", {"projects": [sp1["code"]], "contains": ["人力资源和社会保障局"]})
sq("which_dept", "城市建设档案数字化经费归哪个局？", {"projects": [DA["code"]], "contains": ["住房和城乡建设局"]})
sq("count", "两个部门一共有多少个项目？", {"value": len(BOTH)})
sq("trap", "住建局报了几个项目？", {"value": len(Z)})
sq("difference", "人社局项目预算总额比住建局多多少万元？", {"value": r2(zsum(S) - zsum(Z))})
sq("sum", "两个部门全部项目预算合计是多少万元", {"value": zsum(BOTH)})
sq("mean", "人社局的项目平均预算是多少", {"value": r2(zsum(S) / len(S))})
sq("topn", "两个部门里预算最大的项目是哪个？", {"projects": topn(BOTH, 1)})
sq("trap", "住建局预算最大的项目是哪个", {"projects": topn(Z, 1)})
sq("topn", "两个部门中预算最少的三个项目", {"projects": topn(BOTH, 3, rev=False)})
sq("threshold", "两个部门中预算在100万元到500万元之间的项目有哪些？",
   {"projects": codes([p for p in BOTH if 100 <= p["total"] <= 500])})
sq("threshold", "两个部门中预算超过1000万元的项目", {"projects": codes([p for p in BOTH if p["total"] > 1000])})
sq("trap", "两个部门中满意度目标低于85%的项目有哪些？",
   {"projects": codes([p for p in BOTH if sat(p) is not None and sat(p) < 85])})
sq("scoped", "住建局的项目里满意度要求不低于95%的有哪些", {"projects": codes([p for p in Z if (sat(p) or 0) >= 95])})
sq("scoped", "人社局预算不足50万元的项目", {"projects": codes([p for p in S if p["total"] < 50])})
sq("lacking", "两个部门中哪些项目没有设置满意度指标？", {"projects": codes([p for p in BOTH if sat(p) is None])})
sq("plan", "两个部门中3月底累计支出计划达到50%及以上的项目",
   {"projects": codes([p for p in BOTH if p["plan"] and p["plan"].get("3月底") is not None and p["plan"]["3月底"] >= 50])})
sq("policy", "哪些项目引用了冀财建〔2024〕88号", {"projects": cites(BOTH, "冀财建〔2024〕88号")})
sq("share", "老旧小区改造预算占两个部门预算总额的百分比是多少？", {"projects": [LJ["code"]], "value": r2(LJ["total"] / zsum(BOTH) * 100)})
sq("notfound", "人社局有没有燃气管道改造项目？", {"found": False})
sq("notfound", "两个部门里有没有海绵城市建设项目", {"found": False})
assert not [p for p in BOTH if p["total"] > 30000]
sq("notfound", "两个部门中预算超过3亿元的项目有哪些？", {"found": False})
sq("followup", "人社局呢？", {"projects": codes([p for p in S if p["plan"]])},
   history=["住建局有哪些项目设置了资金支出计划？"])
sq("followup", "这个部门的项目资金一共多少万元？", {"value": zsum(Z)},
   history=["城市燃气管道老化更新改造项目是哪个部门的？"])

# ------------------------------------------------------------------ checks and output
for q in Q:
    e = q["expect"]
    store_codes = ZC if q["store"] == "zhujian" else ZC | SC
    for c in e.get("projects", []):
        assert c in store_codes, (q["id"], c)
    if "projects" in e:
        assert e["projects"], q["id"]
    if "value" in e:
        e["value"] = round(float(e["value"]), 4)
    if e.get("found") is False:
        assert set(e) == {"found"}, q["id"]
with OUT.open("w", encoding="utf-8") as fh:
    for q in Q:
        fh.write(json.dumps(q, ensure_ascii=False) + "\n")
print(OUT, len(Q))
