"""Build eval/dev/probe_v33.jsonl: blind probe questions, expectations computed from the .docx tables.

Run: /work/main/.venv/bin/python eval/dev/docs/make_probe_v33.py
"""
import json
import re
from pathlib import Path

from docx import Document

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx"
OTHER = ROOT / "tests/data/other-department.docx"
OUT = ROOT / "eval/dev/probe_v33.jsonl"


def row_cells(row):
    out, prev = [], None
    for c in row.cells:
        if prev is not None and c._tc is prev:
            continue
        prev = c._tc
        out.append(c.text.strip())
    return out


def num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s or "")
    return float(m.group()) if m else None


def parse(path, doc_tag):
    d = Document(path)
    projects, unit, cur = [], "万元", None
    for t in d.tables:
        rows = [row_cells(r) for r in t.rows]
        flat = " ".join(" ".join(r) for r in rows)
        if len(rows) == 1 and "单位：" in flat:
            unit = "元" if re.search(r"单位：元", flat) else "万元"
            continue
        if rows[0][0] == "项目编码":
            cur = dict(doc=doc_tag, unit=unit, code=rows[0][1], name=rows[0][3], plan=None,
                       other=0.0, rows=[], use="", goal="")
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    nxt = r[j + 1] if j + 1 < len(r) else ""
                    if c in ("预算数", "资金总额"):
                        cur["total"] = num(nxt)
                    elif c in ("其中：财政资金", "财政资金", "财政拨款"):
                        cur["fiscal"] = num(nxt)
                    elif c == "其他资金":
                        cur["other"] = num(nxt) or 0.0
                if r[0].startswith("资金支出计划") and r[1] == "3月底":
                    vals = rows[i + 1][1:5]
                    cum, plan = 0.0, []
                    for v in vals:
                        if num(v) is not None:
                            cum = num(v)
                        plan.append(cum)
                    cur["plan"] = dict(zip(("3月底", "6月底", "10月底", "12月底"), plan))
                if r[0] in ("资金用途", "主要内容") or (r[0] == "预算规模及资金用途" and len(r) == 2):
                    cur["use"] = r[-1]
                if r[0] in ("年度绩效目标", "绩效目标"):
                    cur["goal"] = r[-1]
            k = 1e4 if unit == "元" else 1.0
            for f in ("total", "fiscal", "other"):
                cur[f] = round(cur[f] / k, 6)
            projects.append(cur)
            continue
        if rows[0][0] == "一级指标":
            h = rows[0]
            ci = {name: h.index(name) for name in h}
            name_col = ci.get("三级指标", ci.get("指标内容"))
            for r in rows[1:]:
                cur["rows"].append(dict(l1=r[ci["一级指标"]], l2=r[ci["二级指标"]], name=r[name_col],
                                        value=r[ci["指标值"]], basis=r[-1]))
    return projects


S = parse(SAMPLE, "sample")
O = parse(OTHER, "other")
assert len(S) == 14 and sum(len(p["rows"]) for p in S) == 101, len(S)
assert abs(sum(p["total"] for p in S) - 37106.9) < 1e-6
assert len(O) == 10
B = S + O
STORES = {"sample": S, "other": O, "both": B}


def by(store, name_part, nth=0):
    hits = [p for p in STORES[store] if name_part in p["name"]]
    assert hits, name_part
    return hits[nth]


def codes(ps):
    return sorted(p["code"] for p in ps)


def sat(p):
    r = [x for x in p["rows"] if x["l1"].startswith("满意度")]
    assert len(r) == 1, p["name"]
    return num(r[0]["value"])


def has_l2(p, word):
    return any(word in x["l2"] for x in p["rows"])


def ind(p, name_part):
    r = [x for x in p["rows"] if name_part in x["name"]]
    assert r, (p["name"], name_part)
    return r[0]


def topn(ps, n, key, rev=True):
    s = sorted(ps, key=key, reverse=rev)
    cut = key(s[n - 1])
    assert n == len(s) or key(s[n]) != cut, "tie at cut"
    return s[:n]


Q = []


def q(store, kind, question, history=None, **expect):
    if "projects" in expect:
        expect["projects"] = sorted(expect["projects"])
    rec = {"id": f"v33-{len(Q) + 1:03d}", "question": question, "store": store, "kind": kind}
    if history:
        rec["history"] = history
    if "value" in expect:
        expect["value"] = round(expect["value"], 4)
    rec["expect"] = expect
    Q.append(rec)


NF = dict(found=False)

# ---------------- other (35) ----------------
st = "other"
p = by(st, "高标准农田"); q(st, "lookup_header", "高标准农田建设县级配套资金的资金总额是多少？", projects=[p["code"]], value=p["total"])
p = by(st, "病虫害"); q(st, "lookup_header", "病虫害统防统治那个项目，财政拨款有多少？", projects=[p["code"]], value=p["fiscal"])
p = by(st, "厕所"); q(st, "lookup_header", "厕所革命奖补资金里其他资金有多少？", projects=[p["code"]], value=p["other"])
p = by(st, "行政执法"); q(st, "trap_unit", "农业综合行政执法工作经费一共多少万元？", projects=[p["code"]], value=p["total"])
p = by(st, "质量安全检测"); q(st, "trap_unit", "农产品质量安全检测经费是多少元？", projects=[p["code"]], value=p["total"] * 1e4)
p = by(st, "动物疫病"); assert "疫苗" in p["use"]
q(st, "lookup_use", "动物疫病强制免疫的钱主要花在哪？", projects=[p["code"]], contains=["疫苗"])
p = by(st, "高素质农民"); assert "500人" in p["goal"]
q(st, "lookup_goal", "高素质农民培育项目今年的绩效目标是啥？", projects=[p["code"]], contains=["500人"])
p = by(st, "农机购置"); q(st, "lookup_plan", "农机购置补贴到10月底累计要支出百分之多少？", projects=[p["code"]], value=p["plan"]["10月底"])
p = by(st, "耕地地力"); r = ind(p, "受益农户"); q(st, "lookup_indicator", "耕地地力保护补贴要让多少农户受益？", projects=[p["code"]], contains=[r["value"].lstrip("≥")])
p = by(st, "高标准农田"); r = ind(p, "灌溉水有效利用系数"); q(st, "lookup_indicator_paraphrase", "农田灌溉用水的有效利用系数定的目标是多少？", projects=[p["code"]], contains=["0.68"])
ps = [p for p in O if sat(p) < 90]; q(st, "threshold", "满意度目标不到九成的项目有哪些？", projects=codes(ps))
ps = [p for p in O if sat(p) >= 95]; q(st, "threshold", "哪些项目的满意度目标大于或等于百分之九十五？", projects=codes(ps))
ps = [p for p in O if 100 <= p["total"] <= 500]; q(st, "threshold", "资金总额介于100万元和500万元之间的项目有哪些？", projects=codes(ps))
ps = [p for p in O if p["other"] > 0]; q(st, "count", "有几个项目用到了其他资金？", projects=codes(ps), value=len(ps))
q(st, "sum", "这个局所有项目的资金总额加起来是多少万元？", value=sum(p["total"] for p in O))
q(st, "mean", "平均每个项目的财政拨款是多少万元？", value=sum(p["fiscal"] for p in O) / len(O))
p = by(st, "耕地地力"); q(st, "share", "耕地地力保护补贴占全部项目资金总额的百分之几？", projects=[p["code"]], value=p["total"] / sum(x["total"] for x in O) * 100)
a, b = by(st, "高标准农田"), by(st, "病虫害"); q(st, "difference", "高标准农田配套比病虫害统防统治多出多少钱？", projects=[a["code"], b["code"]], value=a["total"] - b["total"])
a, b = by(st, "农机购置"), by(st, "高素质农民"); q(st, "ratio", "农机购置补贴资金是高素质农民培育的几倍？", projects=[a["code"], b["code"]], value=a["total"] / b["total"])
p = by(st, "耕地地力"); r = ind(p, "补贴发放面积"); q(st, "per_unit", "耕地地力保护补贴平均每亩多少元？", projects=[p["code"]], value=p["total"] / num(r["value"]))
ps = topn(O, 3, lambda p: p["total"]); q(st, "topn", "资金总额排前三的项目是哪几个？", projects=codes(ps))
ps = topn(O, 2, lambda p: p["total"], rev=False); q(st, "bottomn_trap_unit", "哪两个项目的资金总额最少？", projects=codes(ps))
ex = [by(st, "耕地地力"), by(st, "农机购置")]
q(st, "exclusion", "除了耕地地力补贴和农机补贴，其余项目资金总额合计多少？", value=sum(p["total"] for p in O if p not in ex))
ps = [p for p in O if not has_l2(p, "时效")]; q(st, "missing_kind", "哪个项目没有设时效指标？", projects=codes(ps))
ps = [p for p in O if has_l2(p, "生态效益")]; q(st, "indicator_kind", "设置了生态效益指标的项目有哪些？", projects=codes(ps))
ps = [p for p in O if sat(p) in (80, 85)]; q(st, "or_values", "满意度目标是80%或者85%的项目有哪些？", projects=codes(ps))
ps = [p for p in O if any("邯财农[2024]18号" in x["basis"] for x in p["rows"])]
q(st, "partial_ref", "哪些项目的指标依据引用了邯财农18号文？", projects=codes(ps))
p = by(st, "农机购置"); q(st, "trap_docname_number", "冀财农98号那笔农机补贴资金总额多少？", projects=[p["code"]], value=p["total"])
p = by(st, "厕所"); r = ind(p, "改厕农户满意度"); assert "90%" in r["value"]
q(st, "followup", "它的改厕农户满意度目标是多少？", history=["厕所革命奖补资金的资金总额是多少？"], projects=[p["code"]], contains=["90%"])
ps = [p for p in O if p["plan"]]; q(st, "followup", "这些项目的资金总额一共多少？", history=["哪些项目列了资金支出计划？"], projects=codes(ps), value=sum(p["total"] for p in ps))
ps = [p for p in O if p["plan"] and p["plan"]["6月底"] < 60]
q(st, "threshold_plan", "6月底累计支出计划未达到60%的项目是哪个？", projects=codes(ps))
p = by(st, "行政执法"); assert p["plan"] is None
q(st, "not_found_field", "农业综合行政执法工作经费的资金支出计划3月底是多少？", **NF)
q(st, "not_found_project", "乡村振兴衔接资金项目的资金总额是多少？", **NF)
q(st, "not_found_year", "2023年的高标准农田建设配套资金是多少？", **NF)
assert not any(has_l2(p, "政治效益") for p in O)
q(st, "trap_kind_absent", "哪些项目设置了政治效益指标？", **NF)
# ---------------- sample (15) ----------------
st = "sample"
p = by(st, "社会保障工作经费"); q(st, "lookup_header", "社会保障工作经费预算多少？", projects=[p["code"]], value=p["total"])
p = by(st, "公共实训基地"); assert "实训基地" in p["use"]
q(st, "lookup_use", "公共实训基地县级配套这笔钱是干嘛用的？", projects=[p["code"]], contains=["实训基地"])
p = by(st, "劳务派遣"); r = ind(p, "政府购买服务人员数量"); q(st, "lookup_indicator_paraphrase", "劳务派遣工资项目打算用多少个购买服务的人？", projects=[p["code"]], contains=[r["value"]])
ps = [p for p in S if p["total"] <= 100]; q(st, "threshold", "预算在100万元以下的项目有哪些？", projects=codes(ps))
ps = [p for p in S if sat(p) < 85]; q(st, "threshold", "满意度目标低于85%的项目是哪些？", projects=codes(ps))
q(st, "mean", "这个局的项目平均预算是多少万元？", value=sum(p["total"] for p in S) / len(S))
p = by(st, "133号"); q(st, "partial_ref", "133号文那个养老保险补助，预算数多少？", projects=[p["code"]], value=p["total"])
ps = [p for p in S if "182号" in p["name"]]; assert len(ps) == 2
q(st, "sum_partial_ref", "182号文下达的两个项目加起来预算多少？", projects=codes(ps), value=sum(p["total"] for p in ps))
ps = [p for p in S if p["plan"]["3月底"] >= 50]; q(st, "threshold_plan", "3月底累计支出计划不少于50%的有哪些项目？", projects=codes(ps))
ps = [p for p in S if any(x["name"] == "城乡居民基本养老保险参保人数" for x in p["rows"])]
q(st, "indicator_by_name", "哪些项目有“城乡居民基本养老保险参保人数”这个指标？", projects=codes(ps))
p = by(st, "贫困及重度残疾"); r = ind(p, "代缴人数")
q(st, "per_unit", "贫困及重度残疾人员社保代缴，按代缴人数算每人多少元？", projects=[p["code"]], value=p["total"] * 1e4 / (num(r["value"]) * 1e4))
p = by(st, "慰问"); q(st, "trap_unit", "老干部春节慰问资金是多少元？", projects=[p["code"]], value=p["total"] * 1e4)
p = by(st, "创业扶持"); q(st, "followup", "那创业扶持资金呢？", history=["创业贷款贴息资金的预算是多少？"], projects=[p["code"]], value=p["total"])
assert not any(has_l2(p, "生态效益") for p in S)
q(st, "trap_kind_absent", "有生态效益指标的项目是哪几个？", **NF)
q(st, "not_found_year", "魏县人社局2024年社会保障工作经费预算是多少？", **NF)
# ---------------- both (20) ----------------
st = "both"
q(st, "count", "两个部门一共有多少个项目？", value=len(B))
q(st, "sum", "两份文件里所有项目的资金加在一起是多少万元？", value=sum(p["total"] for p in B))
q(st, "sum_department", "临漳县农业农村局的项目资金总额合计多少？", value=sum(p["total"] for p in O))
ps = topn(S, 1, lambda p: p["total"]); q(st, "topn_department", "魏县人社局预算最大的是哪个项目？", projects=codes(ps))
ps = [p for p in B if p["total"] > 5000]; q(st, "threshold", "资金超过5000万元的项目有哪些？", projects=codes(ps))
ps = [p for p in B if 1000 <= p["total"] <= 3000]; q(st, "threshold", "资金规模在1000万到3000万之间的项目？", projects=codes(ps))
ps = [p for p in B if sat(p) == 80]; q(st, "or_documents", "魏县人社局或者临漳农业农村局，满意度目标定为80%的项目有哪些？", projects=codes(ps))
ps = [p for p in B if p["plan"]]; q(st, "count", "有资金支出计划的项目一共几个？", value=len(ps))
ps = [p for p in B if not has_l2(p, "时效")]; q(st, "missing_kind", "两个文件里没有时效指标的项目是哪个？", projects=codes(ps))
ps = [p for p in B if has_l2(p, "经济效益")]; q(st, "indicator_kind", "哪些项目设了经济效益指标？", projects=codes(ps))
ps = topn(B, 3, lambda p: p["total"], rev=False); q(st, "bottomn_trap_unit", "所有项目里资金最少的三个是哪些？", projects=codes(ps))
a, b = by(st, "农机购置"), by(st, "城乡居民基本养老保险（基础养老金补助和缴费补贴）")
q(st, "followup", "它比城乡居民基本养老保险（基础养老金补助和缴费补贴）少多少？", history=["农机购置与应用补贴资金的资金总额是多少？"], projects=[a["code"], b["code"]], value=b["total"] - a["total"])
low = [p for p in B if sat(p) < 85]; ps = topn(low, 1, lambda p: p["total"])
q(st, "followup", "其中资金最多的是哪个？", history=["满意度目标低于85%的项目有哪些？"], projects=codes(ps))
a, b = by(st, "耕地地力"), by(st, "社会保障工作经费"); q(st, "ratio", "耕地地力保护补贴是社会保障工作经费的多少倍？", projects=[a["code"], b["code"]], value=a["total"] / b["total"])
a, b = by(st, "质量安全检测"), by(st, "劳务派遣"); q(st, "trap_unit_sum", "农产品质量安全检测经费和劳务派遣人员工资合计多少万元？", projects=[a["code"], b["code"]], value=a["total"] + b["total"])
ps = [p for p in B if p["total"] > 1000]; q(st, "threshold", "过千万的项目两个部门加起来有几个？", projects=codes(ps), value=len(ps))
q(st, "count_rows", "两份文件总共有多少条绩效指标？", value=sum(len(p["rows"]) for p in B))
q(st, "not_found_department", "魏县住房和城乡建设局的项目预算是多少？", **NF)
q(st, "not_found_field", "耕地地力保护补贴的绩效评价得分是多少？", **NF)
q(st, "trap_department_word", "魏县人社局的项目有几个？", value=len(S))

counts = {}
for rec in Q:
    counts[rec["store"]] = counts.get(rec["store"], 0) + 1
    codeset = {p["code"] for p in STORES[rec["store"]]}
    for c in rec["expect"].get("projects", []):
        assert c in codeset, (rec["id"], c)
    if rec["expect"].get("found") is False:
        assert set(rec["expect"]) == {"found"}
assert counts == {"other": 35, "sample": 15, "both": 20}, counts
assert len({r["question"] for r in Q}) == len(Q)
with OUT.open("w", encoding="utf-8") as f:
    for rec in Q:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(OUT, len(Q), counts)
