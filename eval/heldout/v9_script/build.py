"""Hand-written questions; every expected value / project set / count computed from the extracted records."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from extract import all_projects

A = all_projects()
OUT = os.path.join(os.path.dirname(__file__), "..", "heldout_v9.jsonl")
CA = A["chengan"]; SA = A["sample"]; OT = A["other"]; CO = A["county"]


def one(ps, frag, year=None, dept=None):
    m = [p for p in ps if frag in p["name"] and (year is None or p["year"] == year) and (dept is None or dept in p["dept"])]
    assert len(m) == 1, (frag, [p["name"] for p in m])
    return m[0]


def codes(ps):
    return sorted({p["code"] for p in ps})


def sat(p):
    for i in p["inds"]:
        if i["l1"].startswith("满意度"):
            m = re.search(r"[\d.]+", i["val"])
            return float(m.group(0))
    return None


def ind(p, frag):
    m = [i for i in p["inds"] if frag in i["l3"]]
    assert len(m) == 1, frag
    return m[0]


def target(i):
    return float(re.search(r"[\d.]+", i["val"]).group(0))


def cites(p, ref):
    text = p["name"] + " " + " ".join(i["basis"] for i in p["inds"])
    return ref in text


def r2(x):
    return round(x, 4)


Q = []


def add(store, kind, question, expect, history=None):
    q = {"id": f"q{len(Q) + 1:03d}", "question": question, "expect": expect, "store": store, "kind": kind}
    if history:
        q["history"] = history
    Q.append(q)


NF = {"found": False}
# ---------------- chengan (40) ----------------
hot = one(CA, "12345"); cloud = one(CA, "政务云"); plat = one(CA, "数据共享平台"); bbd = one(CA, "帮办代办")
arch = one(CA, "档案数字化"); open_ = one(CA, "公共数据开放"); zwzx = one(CA, "政务服务中心运行"); bmz = one(CA, "便民服务站点")

add("chengan", "lookup", "12345热线运维经费今年一共安排了多少钱？", {"projects": [hot["code"]], "value": hot["total"]})
add("chengan", "lookup", "政务云租赁那个项目里自有资金有多少？", {"projects": [cloud["code"]], "value": cloud["own"]})
add("chengan", "lookup-unit", "帮办代办服务购买经费是多少元？", {"projects": [bbd["code"]], "value": bbd["total_raw"]})
add("chengan", "lookup", "一体化政务数据共享平台计划什么时候上线？", {"projects": [plat["code"]], "contains": [ind(plat, "上线时间")["val"]]})
add("chengan", "comparator", "政务云平台可用率的目标定的是多少？", {"projects": [cloud["code"]], "contains": [str(target(ind(cloud, "可用率")))]})
s = [p for p in CA if p["total"] > 400]
add("chengan", "threshold", "资金规模超过400万元的项目有哪些？", {"projects": codes(s)})
s = [p for p in CA if p["total"] < 100]
add("chengan", "count", "资金不到一百万的项目有几个？", {"projects": codes(s), "value": len(s)})
s = [p for p in CA if sat(p) is not None and sat(p) < 90]
add("chengan", "threshold", "满意度目标没达到九成的是哪个项目？", {"projects": codes(s)})
s = [p for p in CA if sat(p) is not None and sat(p) >= 92]
add("chengan", "threshold", "满意度指标不低于百分之九十二的项目有哪些？", {"projects": codes(s)})
s = [p for p in CA if 100 <= p["total"] <= 300]
add("chengan", "range", "资金在100万到300万元之间的项目都有哪些？", {"projects": codes(s)})
add("chengan", "count-rows", "政务云租赁服务费这个项目设了多少条绩效指标？", {"projects": [cloud["code"]], "value": len(cloud["inds"])})
add("chengan", "sum", "所有项目的资金规模加起来是多少万元？", {"value": r2(sum(p["total"] for p in CA))})
vals = [sat(p) for p in CA if sat(p) is not None]
add("chengan", "mean", "各项目满意度目标平均是多少？", {"value": r2(sum(vals) / len(vals))})
tot = sum(p["total"] for p in CA)
add("chengan", "share", "数据共享平台建设项目占全局项目总资金的百分之多少？", {"projects": [plat["code"]], "value": r2(plat["total"] / tot * 100)})
add("chengan", "difference", "政务云租赁服务费比12345热线运维经费多多少万元？", {"projects": codes([cloud, hot]), "value": r2(cloud["total"] - hot["total"])})
add("chengan", "per-unit", "帮办代办服务平均每人次花多少元？", {"projects": [bbd["code"]], "value": r2(bbd["total_raw"] / target(ind(bbd, "服务人次")))})
i = ind(arch, "扫描页数")
add("chengan", "per-unit", "档案数字化那个项目，按扫描页数算每页大概多少钱（元）？", {"projects": [arch["code"]], "value": r2(arch["total"] * 10000 / (target(i) * 10000))})
add("chengan", "spending-plan", "数据共享平台到上半年末计划累计支出多少万元？", {"projects": [plat["code"]], "value": r2(plat["plan"][1] / 100 * plat["total"])})
add("chengan", "spending-plan", "便民服务站点建设补助资金三季度末累计要支出多少？", {"projects": [bmz["code"]], "value": r2(bmz["plan"][2] / 100 * bmz["total"])})
s = [p for p in CA if p["plan"] and p["plan"][0] < 20]
add("chengan", "spending-plan-condition", "有支出进度计划的项目里，一季度末进度低于20%的有哪些？", {"projects": codes(s)})
s = [p for p in CA if p["plan"]]
add("chengan", "spending-plan", "有支出计划的项目到6月底累计计划支出合计多少万元？", {"projects": codes(s), "value": r2(sum(p["plan"][1] / 100 * p["total"] for p in s))})
s = [p for p in CA if sat(p) is None]
add("chengan", "lacking", "哪个项目没有设置满意度指标？", {"projects": codes(s)})
s = [p for p in CA if not p["plan"]]
add("chengan", "lacking", "哪些项目没填资金支出进度计划？", {"projects": codes(s)})
s = [p for p in CA if cites(p, "冀数政〔2024〕9号")]
add("chengan", "policy-ref", "哪些项目的指标依据引用了冀数政〔2024〕9号？", {"projects": codes(s)})
s = [p for p in CA if cites(p, "邯政数")]
add("chengan", "partial-ref", "设定依据里提到邯政数文件的项目有几个？", {"projects": codes(s), "value": len(s)})
s = [p for p in CA if cites(p, "数据安全法")]
add("chengan", "law", "哪些项目的指标是按《数据安全法》设定的？", {"projects": codes(s)})
s = [p for p in CA if cites(p, "86号")]
assert len(s) == 1
add("chengan", "partial-ref", "那个86号文下达的补助资金有多少？", {"projects": codes(s), "value": s[0]["total"]})
s = [p for p in CA if p["impl"] == "成安县大数据中心"]
add("chengan", "lookup-unit", "大数据中心负责实施的项目资金合计多少万元？", {"projects": codes(s), "value": r2(sum(p["total"] for p in s))})
s = [p for p in CA if p["impl"] != "成安县大数据中心"]
add("chengan", "exclusion", "除了大数据中心实施的项目，其余项目资金一共多少？", {"projects": codes(s), "value": r2(sum(p["total"] for p in s))})
s = sorted(CA, key=lambda p: -p["total"])[:2]
add("chengan", "top-n", "资金最多的两个项目是哪两个？", {"projects": codes(s)})
s = sorted(CA, key=lambda p: p["total"])[:1]
add("chengan", "bottom-n", "哪个项目的钱最少？", {"projects": codes(s)})
add("chengan", "follow-up", "它的满意度目标是多少？", {"projects": [hot["code"]], "contains": [f"{sat(hot):g}%"]},
    history=["12345热线那个项目预算是多少？"])
add("chengan", "follow-up", "其中财政资金占多大比例？", {"projects": [cloud["code"]], "value": r2(cloud["fiscal"] / cloud["total"] * 100)},
    history=["电子政务外网和政务云租赁服务费有多少钱？"])
s = [p for p in CA if cites(p, "档案法") or cites(p, "邯政数〔2025〕2号")]
add("chengan", "or", "引用了《档案法》或者邯政数〔2025〕2号的项目有哪些？", {"projects": codes(s)})
add("chengan", "ratio", "数据共享平台的资金是帮办代办经费的几倍？", {"projects": codes([plat, bbd]), "value": r2(plat["total"] / bbd["total"])})
add("chengan", "not-found", "成安县数据和政务服务局2024年的项目资金总额是多少？", NF)
add("chengan", "not-found", "哪些项目引用了冀数政〔2023〕9号？", NF)
add("chengan", "not-found", "政务服务大厅空调改造项目的预算是多少？", NF)
add("chengan", "not-found", "成安县审计局今年有哪些项目？", NF)
add("chengan", "not-found", "数据和政务服务局的三公经费预算是多少？", NF)
assert len(Q) == 40, len(Q)

# ---------------- sample (5) ----------------
s = [p for p in SA if p["total"] >= 300]
add("sample", "threshold", "魏县人社局预算数在300万元以上的项目有哪些？", {"projects": codes(s)})
p = one(SA, "劳务派遣人员工资")
add("sample", "spending-plan", "劳务派遣人员工资到10月底计划累计支出多少万元？", {"projects": [p["code"]], "value": r2(p["plan"][2] / 100 * p["total"])})
p = one(SA, "春节慰问")
add("sample", "per-head", "离退休老干部春节慰问资金按慰问人数算，每人合多少元？", {"projects": [p["code"]], "value": r2(p["total"] * 10000 / target(ind(p, "慰问县级离退休老干部及遗孀人数")))})
s = [x for x in SA if cites(x, "冀财社【2024】136号")]
add("sample", "policy-ref", "冀财社〔2024〕136号涉及哪些项目？", {"projects": codes(s)})
add("sample", "not-found", "魏县人社局2023年的创业扶持资金是多少？", NF)
# ---------------- other (5) ----------------
p = one(OT, "农产品质量安全检测")
add("other", "lookup-unit", "农产品质量安全检测经费里其他资金是多少元？", {"projects": [p["code"]], "value": r2(p["own"] * 10000)})
add("other", "sum", "临漳县农业农村局所有项目的财政拨款合计多少万元？", {"value": r2(sum(x["fiscal"] for x in OT))})
s = [x for x in OT if sat(x) is not None and sat(x) >= 95]
add("other", "threshold", "满意度目标达到95%及以上的项目有哪些？", {"projects": codes(s)})
p = one(OT, "动物疫病")
add("other", "count-rows", "动物疫病强制免疫及监测经费一共有几条指标？", {"projects": [p["code"]], "value": len(p["inds"])})
add("other", "not-found", "临漳县农业农村局秸秆综合利用项目的绩效目标是什么？", NF)
# ---------------- county (5) ----------------
a = one(CO, "教育信息化", 2023); b = one(CO, "教育信息化", 2024)
assert a["code"] == b["code"]
add("county", "difference", "魏县教育局教育信息化县级配套资金2024年比2023年增加了多少万元？", {"projects": [a["code"]], "value": r2(b["total"] - a["total"])})
p = one(CO, "急救体系", 2024)
add("county", "lookup", "2024年卫健局急救体系建设县级配套资金的满意度目标是多少？", {"projects": [p["code"]], "contains": [f"{sat(p):g}%"]})
s = [x for x in CO if x["year"] == 2023 and x["dept"] == "魏县教育局"]
add("county", "sum", "2023年魏县教育局全部项目预算数合计是多少？", {"value": r2(sum(x["total"] for x in s))})
p = one(CO, "计划生育家庭扶助", 2024)
add("county", "spending-plan", "2024年计划生育家庭扶助县级配套资金到二季度末计划累计支出多少？", {"projects": [p["code"]], "value": r2(p["plan"][1] / 100 * p["total"])})
s = [x for x in CO if x["year"] == 2024 and x["dept"] == "魏县卫生健康局"]
add("county", "count", "魏县卫生健康局2024年有几个项目？", {"value": len(s)})
# ---------------- chengan_sample (5) ----------------
B = CA + SA
p = max(B, key=lambda x: x["total"])
add("chengan_sample", "cross-department", "两个部门所有项目里，资金最多的是哪个项目？", {"projects": [p["code"]]})
add("chengan_sample", "scoping", "成安县数据和政务服务局的项目资金合计比魏县人社局少多少万元？", {"value": r2(sum(x["total"] for x in SA) - sum(x["total"] for x in CA))})
s = [x for x in B if sat(x) is not None and sat(x) >= 95]
add("chengan_sample", "filter", "两个部门中满意度目标在95%及以上的项目有哪些？", {"projects": codes(s)})
add("chengan_sample", "scoping", "成安数据局的帮办代办经费折合多少万元？", {"projects": [bbd["code"]], "value": bbd["total"]})
add("chengan_sample", "not-found", "魏县数据和政务服务局有哪些项目？", NF)

assert len(Q) == 60
with open(OUT, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(q["store"] for q in Q)); print(Counter(q["kind"] for q in Q)); print(sum(1 for q in Q if q["expect"] == NF), "not-found")
