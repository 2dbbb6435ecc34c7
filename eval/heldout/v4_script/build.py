"""Build eval/heldout/heldout_v4.jsonl: hand-written questions, expectations computed from the docx records.

Run:  /work/main/.venv/bin/python eval/heldout/v4_script/build.py
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import load, store_projects, parse_value, pct_target, STORES  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "heldout_v4.jsonl"
R = load()


def P(store):
    return store_projects(R, store)


def doc(key):
    return R[key]


def one(ps, sub):
    m = [p for p in ps if sub in p["name"]]
    assert len(m) == 1, (sub, [p["name"] for p in m])
    return m[0]


def codes(ps):
    out = []
    for p in ps:
        if p["code"] not in out:
            out.append(p["code"])
    return sorted(out)


def sat_rows(p):
    return [r for r in p["inds"] if "满意度" in r["l2"] or r["l1"].startswith("满意度")]


def sat(p):
    """The project's satisfaction target (percent number) or None."""
    rows = sat_rows(p)
    if not rows:
        return None
    assert len(rows) == 1, p["name"]
    return pct_target(rows[0]["value"])


def has_l2(p, word):
    return any(word in r["l2"] for r in p["inds"])


def basis_has(p, *subs):
    text = p["name"] + "".join(r["basis"] for r in p["inds"])
    return any(s in text for s in subs)


def plan(p, month):
    if not p["plan"]:
        return None
    d = dict(p["plan"])
    return d.get(month)


def ind_value(p, sub):
    m = [r for r in p["inds"] if sub in r["l3"]]
    assert len(m) == 1, (p["name"], sub, m)
    return parse_value(m[0]["value"])[1]


def r2(x):
    return round(x, 4)


Q = []


def q(store, kind, question, expect, history=None):
    d = {"id": None, "question": question, "store": store, "kind": kind, "expect": expect}
    if history:
        d["history"] = history
    Q.append(d)


# ---------------------------------------------------------------- jiaotong (成安县交通运输局 2025)
J = P("jiaotong")
jy = one(J, "日常养护")
dzx = one(J, "大中修")
kyb = one(J, "农村客运补贴")
zc = one(J, "超限超载")
aq = one(J, "安全生产监管")
wq = one(J, "危桥改造")
gj = one(J, "城乡公交")
zb = one(J, "执法装备")
af = one(J, "安全生命防护")
yj = one(J, "应急抢险")
TOT_J = sum(p["budget"] for p in J)

q("jiaotong", "lookup", "农村公路日常养护经费今年一共安排了多少钱？", {"value": jy["budget"], "projects": [jy["code"]]})
q("jiaotong", "lookup", "危桥改造那个项目，除了财政拨款，其他资金有多少？", {"value": wq["other"], "projects": [wq["code"]]})
q("jiaotong", "lookup-unit", "交通运输安全生产监管经费是多少元？", {"value": r2(aq["budget"] * 10000), "projects": [aq["code"]]})
q("jiaotong", "lookup-unit", "安全生产监管经费换算成万元是多少？", {"value": aq["budget"], "projects": [aq["code"]]})
q("jiaotong", "lookup", "公路超限超载治理经费具体是哪个单位在实施？",
  {"projects": [zc["code"]], "contains": ["交通运输综合行政执法大队"]})
q("jiaotong", "lookup", "国省干线大中修要求什么时候完工？", {"projects": [dzx["code"]], "contains": ["2025年10月底"]})

# thresholds / comparators / ranges
sel = [p for p in J if p["budget"] > 1000]
q("jiaotong", "threshold", "资金总额过千万的项目有哪几个？", {"projects": codes(sel)})
sel = [p for p in J if 100 <= p["budget"] <= 600]
q("jiaotong", "range", "年度资金总额在100万到600万之间的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in J if p["budget"] < 100]
q("jiaotong", "count", "不到100万元的项目有几个？", {"value": len(sel), "projects": codes(sel)})
sel = [p for p in J if p["budget"] > 156]
q("jiaotong", "threshold", "预算超过156万元的项目都列一下", {"projects": codes(sel)})
sel = [p for p in J if sat(p) is not None and sat(p) >= 90]
q("jiaotong", "threshold", "满意度目标在九成及以上的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in J if sat(p) is not None and sat(p) < 90]
q("jiaotong", "comparator", "满意度目标未达到90%的项目有几个？", {"value": len(sel), "projects": codes(sel)})
sel = [p for p in J if sat(p) is not None and sat(p) <= 85]
q("jiaotong", "comparator", "满意度要求没超过0.85的有哪些项目", {"projects": codes(sel)})
sel = [p for p in J if p["fiscal"] / p["budget"] < 0.8]
q("jiaotong", "threshold", "财政拨款不到资金总额八成的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in J if any(r["l2"] == "质量指标" and pct_target(r["value"]) == 100 and r["value"].strip() == "100%"
                           for r in p["inds"])]
q("jiaotong", "filter", "哪些项目有质量指标的目标值定的是100%？", {"projects": codes(sel)})

# lacking
sel = [p for p in J if not sat_rows(p)]
q("jiaotong", "lacking", "有没有哪个项目没设满意度指标？", {"projects": codes(sel)})
sel = [p for p in J if not has_l2(p, "可持续影响")]
q("jiaotong", "lacking", "哪些项目没有可持续影响指标？", {"projects": codes(sel)})

# sums / means / shares
q("jiaotong", "sum", "交通运输局今年所有项目资金加起来一共多少万元？", {"value": r2(TOT_J)})
sel = [p for p in J if "道路运输服务中心" in p["impl"]]
q("jiaotong", "sum", "道路运输服务中心实施的项目合计多少钱？", {"value": r2(sum(p["budget"] for p in sel)), "projects": codes(sel)})
sel = [p for p in J if "执法大队" in p["impl"]]
q("jiaotong", "sum", "执法大队的项目总共多少钱？", {"value": r2(sum(p["budget"] for p in sel)), "projects": codes(sel)})
q("jiaotong", "sum", "安全生产监管经费和治超经费加起来多少万元？", {"value": r2(aq["budget"] + zc["budget"]),
                                                               "projects": codes([aq, zc])})
q("jiaotong", "share", "危桥改造占全部项目资金的百分之多少？", {"value": r2(wq["budget"] / TOT_J * 100)})
sel = [p for p in J if "公路建设养护中心" in p["impl"]]
q("jiaotong", "share", "公路建设养护中心负责的项目，资金占全局项目总额的比例是多少？",
  {"value": r2(sum(p["budget"] for p in sel) / TOT_J * 100)})
vals = [sat(p) for p in J if sat(p) is not None]
q("jiaotong", "mean", "设了满意度指标的项目，满意度目标平均是多少？", {"value": r2(sum(vals) / len(vals))})

# difference / ratio / per-unit / arithmetic
q("jiaotong", "difference", "大中修配套资金比农村公路日常养护多多少？", {"value": r2(dzx["budget"] - jy["budget"])})
q("jiaotong", "ratio", "城乡公交补贴是应急物资储备经费的几倍？", {"value": r2(gj["budget"] / yj["budget"])})
q("jiaotong", "per-unit", "日常养护经费按养护里程算，平均每公里多少万元？",
  {"value": r2(jy["budget"] / ind_value(jy, "养护里程"))})
q("jiaotong", "arithmetic", "如果日常养护经费明年增加15%，会是多少万元？", {"value": r2(jy["budget"] * 1.15)})

# spending plan
q("jiaotong", "spending-plan", "大中修项目到6月底计划支出多少万元？", {"value": r2(dzx["budget"] * plan(dzx, "6月底") / 100)})
q("jiaotong", "spending-plan", "农村客运补贴资金一季度末计划支出多少？", {"value": r2(kyb["budget"] * plan(kyb, "3月底") / 100),
                                                                  "projects": [kyb["code"]]})
sel = [p for p in J if p["plan"]]
q("jiaotong", "spending-plan", "到9月底，所有有支出计划的项目累计计划支出合计多少万元？",
  {"value": r2(sum(p["budget"] * plan(p, "9月底") / 100 for p in sel))})
sel = [p for p in J if p["plan"] and plan(p, "3月底") < 20]
q("jiaotong", "spending-plan-condition", "3月底支出比例不足20%的项目", {"projects": codes(sel)})

# top / bottom / exclusion / or
sel = sorted(J, key=lambda p: -p["budget"])[:3]
q("jiaotong", "top-n", "资金最多的三个项目是哪些？", {"projects": codes(sel)})
sel = sorted(J, key=lambda p: p["budget"])[:2]
q("jiaotong", "bottom-n", "金额最小的两个项目是哪两个？", {"projects": codes(sel)})
sel = sorted(J, key=lambda p: p["fiscal"] / p["budget"])[:1]
q("jiaotong", "bottom-n", "财政拨款占资金总额比例最低的是哪个项目？", {"projects": codes(sel)})
sel = [p for p in J if "执法大队" not in p["impl"]]
q("jiaotong", "exclusion", "除了执法大队的项目，其余项目资金合计多少？", {"value": r2(sum(p["budget"] for p in sel))})
sel = [p for p in J if basis_has(p, "交公路规〔2023〕1号", "《公路法》")]
q("jiaotong", "or", "指标依据里用了交公路规〔2023〕1号或者《公路法》的项目是哪些？", {"projects": codes(sel)})

# partial references
sel = [p for p in J if basis_has(p, "冀交规")]
q("jiaotong", "partial-ref", "哪些项目的指标依据用到了冀交规的文件？", {"projects": codes(sel)})
sel = [p for p in J if basis_has(p, "〔2023〕4号")]
q("jiaotong", "partial-ref", "2023年4号文是哪些项目的设定依据？", {"projects": codes(sel)})
sel = [p for p in J if basis_has(p, "118号")]
q("jiaotong", "partial-ref", "118号文件涉及哪几个项目？", {"projects": codes(sel)})

# structure / descriptive / count rows
q("jiaotong", "count-rows", "这份文件里一共有多少条三级指标？", {"value": sum(len(p["inds"]) for p in J)})
l2s = []
for r in gj["inds"]:
    if r["l2"] not in l2s:
        l2s.append(r["l2"])
q("jiaotong", "structure", "城乡公交补贴下面都有哪些二级指标？", {"projects": [gj["code"]], "contains": l2s})
q("jiaotong", "descriptive", "应急抢险物资储备这笔钱主要用来干什么？", {"projects": [yj["code"]], "contains": ["融雪剂"]})

# follow-ups
q("jiaotong", "follow-up", "它3月底的支出计划是多少？", {"projects": [wq["code"]], "contains": [f"{plan(wq, '3月底'):g}%"]},
  history=["危桥改造工程安排了多少资金？"])
sel = [p for p in J if p["other"]]
q("jiaotong", "follow-up", "这些项目的其他资金加起来是多少？", {"value": r2(sum(p["other"] for p in sel))},
  history=["哪些项目有其他资金？"])
q("jiaotong", "follow-up", "两者合计多少？", {"value": r2(gj["budget"] + kyb["budget"])},
  history=["城乡公交一体化运营补贴多少钱？", "那农村客运补贴资金呢？"])
sel = [p for p in J if sat(p) is not None and sat(p) < 90]
q("jiaotong", "follow-up", "它们的资金总额加起来是多少？", {"value": r2(sum(p["budget"] for p in sel))},
  history=["满意度目标低于90%的项目有哪些？"])

# not found
q("jiaotong", "not-found", "交通运输局2024年的农村公路日常养护经费是多少？", {"found": False})
q("jiaotong", "not-found", "航道维护项目的资金总额是多少？", {"found": False})
q("jiaotong", "not-found", "魏县交通运输局有哪些项目？", {"found": False})
q("jiaotong", "not-found", "治超项目的三公经费是多少？", {"found": False})
q("jiaotong", "not-found", "冀交规〔2021〕3号涉及哪些项目？", {"found": False})

# ---------------------------------------------------------------- sample (魏县人社局 2025)
S = P("sample")
TOT_S = sum(p["budget"] for p in S)
sb = one(S, "社会保障工作经费")
jc = one(S, "基础养老金补助和缴费补贴")
sx = one(S, "公共实训基地")
lw = one(S, "劳务派遣")
lgb = one(S, "离退休老干部")
jx = one(S, "136号提前下达2025年中央就业")
sel = [p for p in S if p["budget"] > 10000]
q("sample", "threshold", "预算数过亿的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in S if p["budget"] < 100]
q("sample", "threshold", "预算不足100万的项目都有哪些？", {"projects": codes(sel)})
sel = [p for p in S if sat(p) >= 90]
q("sample", "count", "满意度目标不低于百分之九十的项目有几个？", {"value": len(sel), "projects": codes(sel)})
sel = [p for p in S if sat(p) < 85]
q("sample", "comparator", "满意度要求不到85%的是哪些项目？", {"projects": codes(sel)})
sel = [p for p in S if basis_has(p, "136号")]
q("sample", "partial-ref", "冀财社2024年136号文件相关的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in S if basis_has(p, "610号")]
q("sample", "partial-ref", "2024年610号文涉及哪个项目？", {"projects": codes(sel)})
sel = [p for p in S if basis_has(p, "冀人社规")]
q("sample", "count", "指标依据里引用了冀人社规的项目有多少个？", {"value": len(sel), "projects": codes(sel)})
q("sample", "spending-plan", "公共实训基地县级配套到10月底累计计划支出多少万元？",
  {"value": r2(sx["budget"] * plan(sx, "10月底") / 100), "projects": [sx["code"]]})
sel = [p for p in S if plan(p, "3月底") > 25]
q("sample", "spending-plan-condition", "3月底支出计划超过25%的项目有哪些？", {"projects": codes(sel)})
q("sample", "share", "城乡居民基本养老保险（基础养老金补助和缴费补贴）占全部预算的比例是多少？",
  {"value": r2(jc["budget"] / TOT_S * 100)})
q("sample", "per-head", "2025年中央就业补助资金那个1468.8万的项目，按享受见习和公益岗位的人数算，人均多少万元？",
  {"value": r2(jx["budget"] / ind_value(jx, "享受就业见习、公益性岗位人员的数量"))})
q("sample", "per-head", "劳务派遣人员工资按政府购买服务人员数量算，一个人一年多少万元？",
  {"value": r2(lw["budget"] / ind_value(lw, "政府购买服务人员数量"))})
sel = [p for p in S if "冀财社" not in p["name"]]
q("sample", "exclusion", "除了名字里带冀财社文号的那些项目，剩下的预算加起来多少？", {"value": r2(sum(p["budget"] for p in sel))})
sel = [p for p in S if 100 < p["budget"] < 1000]
q("sample", "range", "预算过百万、但不到一千万的项目有几个？", {"value": len(sel), "projects": codes(sel)})
sel = [p for p in S if sum(1 for r in p["inds"] if r["l2"] == "质量指标") >= 2]
q("sample", "structure", "哪个项目设了两条以上的质量指标？", {"projects": codes(sel)})
q("sample", "consistency", "公共实训基地的成本指标写的金额比预算数多出多少万元？",
  {"value": r2(ind_value(sx, "建设成本") - sx["budget"]), "projects": [sx["code"]]})
cy = [p for p in S if p["name"] in ("2025年创业贷款贴息资金", "2025年创业扶持资金")]
q("sample", "sum", "2025年创业贷款贴息资金和2025年创业扶持资金一共多少钱？", {"value": r2(sum(p["budget"] for p in cy)),
                                                                     "projects": codes(cy)})
q("sample", "follow-up", "它的满意度目标呢？", {"projects": [lw["code"]], "contains": [f"{sat(lw):g}%"]},
  history=["劳务派遣人员工资的预算是多少？"])
q("sample", "descriptive", "老干部慰问资金主要干什么用？", {"projects": [lgb["code"]], "contains": ["35人"]})
q("sample", "not-found", "魏县人社局2024年的创业扶持资金预算是多少？", {"found": False})
q("sample", "not-found", "人社局住房公积金补贴项目的绩效目标是什么？", {"found": False})

# ---------------------------------------------------------------- other (临漳县农业农村局 2025)
O = P("other")
jc7 = one(O, "农产品质量安全检测")
zf6 = one(O, "农业综合行政执法")
gsz = one(O, "高素质农民")
gd = one(O, "耕地地力")
dy = one(O, "动物疫病")
nj = one(O, "农机购置")
cs = one(O, "厕所革命")
q("other", "lookup-unit", "农产品质量安全检测经费总共多少元？", {"value": r2(jc7["budget"] * 10000), "projects": [jc7["code"]]})
sel = [p for p in O if 200 <= p["budget"] <= 1500]
q("other", "range", "资金总额介于200万和1500万之间的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in O if sat(p) is not None and sat(p) >= 95]
q("other", "threshold", "满意度目标在百分之九十五及以上的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in O if not has_l2(p, "生态效益")]
q("other", "lacking", "哪些项目没有生态效益方面的指标？", {"projects": codes(sel)})
sel = [p for p in O if basis_has(p, "邯财农[2024]18号", "邯财农〔2024〕18号")]
q("other", "partial-ref", "邯财农18号文涉及哪些项目？", {"projects": codes(sel)})
sel = [p for p in O if basis_has(p, "2024）12号", "〔2024〕12号", "(2024)12号")]
q("other", "partial-ref", "2024年12号文是哪些项目的依据？", {"projects": codes(sel)})
q("other", "spending-plan", "高素质农民培育项目到6月底累计计划支出多少万元？",
  {"value": r2(gsz["budget"] * plan(gsz, "6月底") / 100), "projects": [gsz["code"]]})
sel = sorted([p for p in O if p["plan"]], key=lambda p: plan(p, "10月底"))[:1]
q("other", "spending-plan-condition", "有支出计划的项目里，10月底累计支出比例最低的是哪个？", {"projects": codes(sel)})
q("other", "per-head", "高素质农民培育按培育人数算，人均多少万元？",
  {"value": r2(gsz["budget"] / ind_value(gsz, "培育高素质农民人数"))})
q("other", "ratio", "耕地地力保护补贴是动物疫病强制免疫经费的多少倍？", {"value": r2(gd["budget"] / dy["budget"])})
sel = [p for p in O if p["fiscal"] / p["budget"] < 0.8]
q("other", "threshold", "财政拨款不足资金总额80%的项目有哪些？", {"projects": codes(sel)})
q("other", "follow-up", "它要补贴多少台机具？", {"projects": [nj["code"]], "contains": ["1500"]},
  history=["农机购置与应用补贴资金是多少？"])
q("other", "descriptive", "厕所革命奖补资金每户补多少钱？", {"projects": [cs["code"]], "contains": ["3500元"]})
q("other", "not-found", "临漳县农业农村局2024年高标准农田建设预算多少？", {"found": False})
q("other", "not-found", "临漳县水利局有哪些项目？", {"found": False})

# ---------------------------------------------------------------- county (魏县教育局 / 卫健局 2023, 2024)
J23, J24 = doc("jiaoyu-2023"), doc("jiaoyu-2024")
W23, W24 = doc("weijian-2023"), doc("weijian-2024")


def bycode(ps):
    return {p["code"]: p for p in ps}


q("county", "year-over-year", "教育局2024年项目预算总额比2023年增加了多少？",
  {"value": r2(sum(p["budget"] for p in J24) - sum(p["budget"] for p in J23))})
new = [p for p in W24 if p["code"] not in bycode(W23)]
q("county", "year-over-year", "卫健局2024年比2023年新增了哪些项目？", {"projects": codes(new)})
gone = [p for p in W23 if p["code"] not in bycode(W24)]
a, b = one(J23, "特殊教育"), one(J24, "特殊教育")
q("county", "year-over-year", "特殊教育项目2024年预算比2023年增长了百分之几？",
  {"value": r2((b["budget"] - a["budget"]) / a["budget"] * 100), "projects": [a["code"]]})
b23 = bycode(J23)
sel = [p for p in J24 if p["code"] in b23 and p["budget"] < b23[p["code"]]["budget"]]
q("county", "year-over-year", "教育局哪些项目2024年预算比2023年少了？", {"projects": codes(sel)})
sel = [p for p in W24 if sat(p) is not None and sat(p) >= 90]
q("county", "threshold", "2024年卫健局满意度目标不低于90%的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in J23 if not sat_rows(p)]
q("county", "lacking", "2023年教育局哪些项目没有设满意度指标？", {"projects": codes(sel)})
q("county", "spending-plan", "2023年教育局所有项目3月底计划支出加起来是多少万元？",
  {"value": r2(sum(p["budget"] * plan(p, "3月底") / 100 for p in J23))})
sel = [p for p in W24 if plan(p, "6月底") >= 60]
q("county", "spending-plan-condition", "2024年卫健局6月底计划支出比例达到60%的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in W23 + W24 if basis_has(p, "冀交规")]
q("county", "partial-ref", "卫健局哪些项目的依据里出现过冀交规的文件？", {"projects": codes(sel)})
q("county", "mean", "2023年教育局平均每个项目预算多少万元？", {"value": r2(sum(p["budget"] for p in J23) / len(J23))})
sel = sorted(J24, key=lambda p: -p["budget"])[:2]
q("county", "top-n", "2024年教育局预算最大的两个项目是哪两个？", {"projects": codes(sel)})
a, b = one(W23, "计划生育"), one(W24, "计划生育")
q("county", "follow-up", "比2023年多多少？", {"value": r2(b["budget"] - a["budget"]), "projects": [b["code"]]},
  history=["2024年卫健局的计划生育家庭扶助县级配套资金是多少？"])
a, b = one(J23, "校园安全"), one(J24, "校园安全")
q("county", "sum", "校园安全项目2023和2024两年的预算合计多少？", {"value": r2(a["budget"] + b["budget"]), "projects": [a["code"]]})
q("county", "not-found", "魏县教育局2025年的课后服务补助资金是多少？", {"found": False})
q("county", "not-found", "魏县民政局2024年有哪些项目？", {"found": False})

# ---------------------------------------------------------------- jiaotong + sample
JS = P("jiaotong_sample")
q("jiaotong_sample", "cross-department", "交通运输局和人社局两个部门的项目资金合计多少万元？", {"value": r2(TOT_J + TOT_S)})
sel = [p for p in J if sat(p) is not None and sat(p) >= 95]
q("jiaotong_sample", "scoping", "交通运输局的项目里，满意度目标达到95%的有哪些？", {"projects": codes(sel)})
q("jiaotong_sample", "count", "人社局和交通局加起来一共有多少个项目？", {"value": len(JS)})
q("jiaotong_sample", "cross-department", "交通局预算最多的项目比人社局预算最少的项目多多少钱？",
  {"value": r2(max(p["budget"] for p in J) - min(p["budget"] for p in S))})
sel = [p for p in JS if not sat_rows(p)]
q("jiaotong_sample", "lacking", "两个部门的项目里，哪些没有设置满意度指标？", {"projects": codes(sel)})
sel = [p for p in JS if basis_has(p, "冀财社", "冀财建")]
q("jiaotong_sample", "or", "名称或指标依据里出现冀财社或者冀财建文号的项目有哪些？", {"projects": codes(sel)})
q("jiaotong_sample", "share", "交通运输局的项目资金占两个部门总额的百分之几？", {"value": r2(TOT_J / (TOT_J + TOT_S) * 100)})
sel = [p for p in S if p["budget"] < 10]
q("jiaotong_sample", "scoping", "人社局不足10万元的项目有哪些？", {"projects": codes(sel)})
sel = [p for p in JS if sat(p) == 80]
q("jiaotong_sample", "filter", "满意度目标只定了80%的项目有哪些？", {"projects": codes(sel)})
q("jiaotong_sample", "not-found", "这两个部门里民政局的项目有哪些？", {"found": False})

# ---------------------------------------------------------------- write
for i, d in enumerate(Q, 1):
    d["id"] = f"q{i:03d}"
with OUT.open("w", encoding="utf-8") as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(OUT, len(Q))
