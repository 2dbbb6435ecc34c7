"""Generate eval/dev/probe_v34.jsonl: blind probe questions, expectations computed from the .docx tables."""
import json, os, re
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "eval", "dev", "probe_v34.jsonl")
STORES = {
    "county": [os.path.join(ROOT, "tests/data/county", f) for f in
               ("jiaoyu-2023.docx", "jiaoyu-2024.docx", "weijian-2023.docx", "weijian-2024.docx")],
    "ziran": [os.path.join(HERE, f) for f in ("ziran-2024.docx", "ziran-2025.docx")],
    "minzheng": [os.path.join(HERE, "minzheng-2025.docx")],
    "shuili": [os.path.join(HERE, "shuili-2025.docx")],
}


def rows(t):
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


def num(s):
    s = s.replace(",", "").strip()
    return float(s) if s else 0.0


def parse(f):
    d = docx.Document(f)
    year = int(re.search(r"(\d{4})", os.path.basename(f)).group(1))
    projs, unit, money, cur = [], None, None, None
    for t in d.tables:
        R = rows(t)
        if R[0][0] == "项目编码":
            cur = {"code": R[0][1], "name": R[0][3], "unit": unit, "year": year, "ind": [], "plan": None}
            for r in R[1:]:
                if "预算数" in r:
                    i = r.index("预算数")
                    cur["budget"] = num(r[i + 1])
                    cur["fin"] = num(r[r.index("其中：财政资金") + 1])
                    cur["other"] = num(r[r.index("其他资金") + 1])
                elif r[0] == "资金总额":
                    cur["budget"], cur["fin"], cur["other"] = num(r[1]), num(r[3]), num(r[5])
                elif r[0].startswith("资金支出计划") and r[1].endswith("%"):
                    cur["plan"] = [float(x.rstrip("%")) if x else None for x in r[1:5]]
            if money.endswith("：元"):
                for k in ("budget", "fin", "other"):
                    cur[k] = cur[k] / 10000
            projs.append(cur)
        elif R[0][0] == "一级指标":
            for r in R[1:]:
                if len(r) == 6:
                    cur["ind"].append(dict(l1=r[0], l2=r[1], name=r[2], val=r[4], basis=r[5]))
                else:
                    cur["ind"].append(dict(l1=r[0], l2=r[1], name=r[2], val=r[3], basis=r[4]))
        else:
            unit, money = R[0][0], R[0][-1]
    return projs


DATA = {s: [p for f in fs for p in parse(f)] for s, fs in STORES.items()}


def sel(store, year=None, dept=None, name=None):
    out = []
    for p in DATA[store]:
        if year is not None and p["year"] != year:
            continue
        if dept and dept not in p["unit"]:
            continue
        if name and name not in p["name"]:
            continue
        out.append(p)
    return out


def one(store, name, year=None):
    r = sel(store, year=year, name=name)
    assert len(r) == 1, (store, name, year, [p["name"] for p in r])
    return r[0]


def codes(ps):
    return sorted({p["code"] for p in ps})


def ind(p, key):
    r = [i for i in p["ind"] if key in i["name"]]
    assert len(r) == 1, (p["name"], key, [i["name"] for i in r])
    return r[0]


def pct(v):
    m = re.search(r"([\d.]+)%", v)
    return float(m.group(1)) if m else None


def sat(p):
    r = [i for i in p["ind"] if i["l1"].startswith("满意度")]
    return pct(r[0]["val"]) if len(r) == 1 else None


def pair(store, dept=None):
    ys = sorted({p["year"] for p in DATA[store]})
    a = {p["code"]: p for p in sel(store, ys[0], dept)}
    b = {p["code"]: p for p in sel(store, ys[1], dept)}
    return a, b


def r2(x):
    return round(x, 4)


Q = []


def q(store, kind, question, history=None, **expect):
    if "projects" in expect:
        expect["projects"] = sorted(set(expect["projects"]))
        assert expect["projects"], question
    if "value" in expect:
        expect["value"] = r2(expect["value"])
    d = {"id": None, "question": question, "store": store, "kind": kind, "expect": expect}
    if history:
        d["history"] = history
    Q.append(d)


# ---------------------------------------------------------------- county (25)
JY, WJ = "教育局", "卫生健康局"
jy23, jy24 = pair("county", JY)
wj23, wj24 = pair("county", WJ)

q("county", "yoy-increase", "教育局哪些项目2024年预算比2023年多了？",
  projects=[c for c in jy24 if c in jy23 and jy24[c]["budget"] > jy23[c]["budget"]])
q("county", "yoy-new", "卫健局2024年新上了哪些项目？",
  projects=[c for c in wj24 if c not in wj23])
q("county", "yoy-dropped", "卫健局去年有、今年（2024年）没再安排的项目是哪个？",
  projects=[c for c in wj23 if c not in wj24])
q("county", "total", "魏县教育局2024年项目预算加起来是多少万元？",
  value=sum(p["budget"] for p in jy24.values()))
q("county", "count", "卫健局2023年一共报了几个项目？", value=len(wj23))
p = one("county", "特殊教育项目", 2023); p2 = one("county", "特殊教育项目", 2024)
q("county", "yoy-growth", "特殊教育项目2024年预算增幅是多少？",
  value=(p2["budget"] - p["budget"]) / p["budget"] * 100, projects=[p["code"]])
p = one("county", "教育信息化", 2023); p2 = one("county", "教育信息化", 2024)
q("county", "sum-years", "教育信息化县级配套资金两年一共安排了多少钱？",
  value=p["budget"] + p2["budget"], projects=[p["code"]])
p = one("county", "职业教育实训", 2024)
q("county", "lookup-indicator", "2024年职业教育实训项目的企业满意度目标定的多少？",
  contains=[ind(p, "企业满意度")["val"].lstrip("≥")], projects=[p["code"]])
p = one("county", "村卫生室", 2024)
q("county", "lookup-plan", "村卫生室运行项目2024年到6月底计划支出多少比例？",
  value=p["plan"][1], projects=[p["code"]])
q("county", "notfound-year", "教育局2022年的学生资助县级配套资金是多少？", found=False)
p = one("county", "家庭医生", 2024)
q("county", "trap-yuan", "2024年家庭医生签约补助资金预算是多少元？",
  value=p["budget"] * 10000, projects=[p["code"]])
q("county", "threshold-gt", "2024年卫健局预算超过500万元的项目有哪些？",
  projects=[c for c, p in wj24.items() if p["budget"] > 500])
q("county", "threshold-neg", "2023年教育局预算不到200万元的项目有哪些？",
  projects=[c for c, p in jy23.items() if p["budget"] < 200])
q("county", "exclusion", "除了计划生育家庭扶助，卫健局2024年预算在500万元以上的项目还有哪些？",
  projects=[c for c, p in wj24.items() if p["budget"] >= 500 and "计划生育" not in p["name"]])
p = one("county", "特殊教育项目", 2024)
q("county", "share", "2024年特殊教育项目预算占教育局当年项目预算总额的百分之多少？",
  value=p["budget"] / sum(x["budget"] for x in jy24.values()) * 100, projects=[p["code"]])
q("county", "topn", "2024年卫健局预算最高的三个项目是哪些？",
  projects=[c for c, _ in sorted(wj24.items(), key=lambda kv: -kv[1]["budget"])[:3]])
q("county", "notfound", "卫健局的中医药服务专项资金预算是多少？", found=False)
q("county", "lacking", "2024年卫健局哪些项目没有设满意度指标？",
  projects=[c for c, p in wj24.items() if not any(i["l1"].startswith("满意度") for i in p["ind"])])
p = one("county", "计划生育", 2023)
q("county", "followup-year", "那2023年呢？", history=["2024年计划生育家庭扶助县级配套资金预算是多少？"],
  value=p["budget"], projects=[p["code"]])
p = one("county", "课后服务", 2023); p2 = one("county", "课后服务", 2024)
q("county", "followup-sum", "两年合计呢？", history=["课后服务补助资金2024年预算多少？"],
  value=p["budget"] + p2["budget"], projects=[p["code"]])
q("county", "ratio-threshold", "2024年卫健局财政资金占预算比例低于75%的项目是哪个？",
  projects=[c for c, p in wj24.items() if p["fin"] / p["budget"] * 100 < 75])
ps = [p for p in sel("county", 2024) for i in p["ind"] if i["name"].endswith("验收合格率") and pct(i["val"]) >= 92]
q("county", "indicator-threshold", "2024年两个局里验收合格率目标不低于92%的项目有哪些？", projects=codes(ps))
q("county", "yoy-indicator-down", "教育局哪些项目2024年满意度目标比2023年调低了？",
  projects=[c for c in jy24 if c in jy23 and sat(jy24[c]) is not None and sat(jy23[c]) is not None
            and sat(jy24[c]) < sat(jy23[c])])
q("county", "trap-one-year", "疾病预防控制项目2024年预算是多少？", found=False)
p = one("county", "课后服务", 2024)
q("county", "per-unit", "2024年课后服务补助资金按覆盖人数目标算，每人合多少元？",
  value=p["budget"] * 10000 / float(re.search(r"\d+", ind(p, "覆盖人数")["val"]).group()), projects=[p["code"]])
assert len(Q) == 25, len(Q)

# ---------------------------------------------------------------- ziran (20)
z24, z25 = pair("ziran")
q("ziran", "yoy-new", "自然资源和规划局2025年新增了哪些项目？", projects=[c for c in z25 if c not in z24])
q("ziran", "yoy-dropped", "2025年哪些项目取消了，没再列？", projects=[c for c in z24 if c not in z25])
q("ziran", "yoy-decrease", "两年都有的项目里，2025年预算比2024年压减的有哪些？",
  projects=[c for c in z25 if c in z24 and z25[c]["budget"] < z24[c]["budget"]])
q("ziran", "yoy-flat", "哪个项目两年预算持平？",
  projects=[c for c in z25 if c in z24 and z25[c]["budget"] == z24[c]["budget"]])
p, p2 = z24["13043425P004391100023"], z25["13043425P004391100023"]
q("ziran", "yoy-growth", "耕地保护补偿资金2025年比2024年增长了百分之几？",
  value=(p2["budget"] - p["budget"]) / p["budget"] * 100, projects=[p["code"]])
q("ziran", "total-deptword", "2025年自然资源和规划局本级的项目预算总额是多少？",
  value=sum(p["budget"] for p in z25.values()))
q("ziran", "count", "2024年自然资源局一共有多少个项目？", value=len(z24))
p = z25["13043425P004391100023"]
q("ziran", "lookup-indicator", "今年（2025年）耕地保护补偿的亩均补偿标准是多少？",
  contains=[ind(p, "亩均补偿标准")["val"].lstrip("≤")], projects=[p["code"]])
q("ziran", "notfound-year", "2023年不动产登记工作经费预算多少？", found=False)
q("ziran", "yoy-indicator-up", "2025年哪些项目的满意度目标比上年调高了？",
  projects=[c for c in z25 if c in z24 and sat(z25[c]) > sat(z24[c])])
q("ziran", "trap-yuan-threshold", "2025年预算超过2000000元的项目有哪些？",
  projects=[c for c, p in z25.items() if p["budget"] * 10000 > 2000000])
q("ziran", "lacking-plan", "2025年哪些项目没有填资金支出计划？",
  projects=[c for c, p in z25.items() if not p["plan"] or all(x is None for x in p["plan"])])
q("ziran", "or", "2025年预算不到100万元或者没填资金支出计划的项目有哪些？",
  projects=[c for c, p in z25.items() if p["budget"] < 100 or not p["plan"] or all(x is None for x in p["plan"])])
p = z24["13043425P00LZZ1100045"]
q("ziran", "followup-year", "那2024年呢？", history=["2025年林长制及造林绿化资金的新增造林面积目标是多少？"],
  contains=[ind(p, "新增造林面积")["val"].lstrip("≥")], projects=[p["code"]])
q("ziran", "followup-it", "它的造林成活率要求是多少？", history=["2024年林长制及造林绿化资金预算多少？"],
  contains=[ind(p, "造林成活率")["val"].lstrip("≥")], projects=[p["code"]])
p = z25["13043425P004391100023"]
q("ziran", "share", "2025年耕地保护补偿资金里其他资金占比是多少？",
  value=p["other"] / p["budget"] * 100, projects=[p["code"]])
both = [c for c in z25 if c in z24]
q("ziran", "diff-max", "两年都有的项目中，财政资金2025年比2024年减少最多的是哪个？",
  projects=[min(both, key=lambda c: z25[c]["fin"] - z24[c]["fin"])])
q("ziran", "trap-one-year", "2025年历史遗留废弃矿山生态修复项目安排了多少钱？", found=False)
ps = [p for p in DATA["ziran"] for i in p["ind"] if "冀财资环【2023】88号" in i["basis"]]
q("ziran", "partial-ref", "哪些项目的指标依据引用了冀财资环88号文？", projects=codes(ps))
q("ziran", "bottomn", "2025年预算最少的三个项目是哪几个？",
  projects=[c for c, _ in sorted(z25.items(), key=lambda kv: kv[1]["budget"])[:3]])
assert len(Q) == 45, len(Q)

# ---------------------------------------------------------------- minzheng (13)
mz = {p["code"]: p for p in DATA["minzheng"]}
mtot = sum(p["budget"] for p in mz.values())
q("minzheng", "total", "民政局2025年项目预算合计多少万元？", value=mtot)
q("minzheng", "count", "民政局今年报了几个项目的绩效目标？", value=len(mz))
p = one("minzheng", "高龄津贴")
q("minzheng", "lookup-budget", "高龄津贴安排了多少预算？", value=p["budget"], projects=[p["code"]])
q("minzheng", "threshold-ge", "民政局预算在1000万元以上的项目有哪些？",
  projects=[c for c, p in mz.items() if p["budget"] >= 1000])
q("minzheng", "threshold-neg", "民政局哪些项目预算没超过100万元？",
  projects=[c for c, p in mz.items() if p["budget"] <= 100])
q("minzheng", "has-other", "哪些民政项目含有财政以外的其他资金？",
  projects=[c for c, p in mz.items() if p["other"] > 0])
q("minzheng", "lacking", "民政局哪个项目没有设成本指标？",
  projects=[c for c, p in mz.items() if not any(i["l2"] == "成本指标" for i in p["ind"])])
q("minzheng", "plan", "哪些项目计划上半年就把钱全部支出完？",
  projects=[c for c, p in mz.items() if p["plan"] and 100 in p["plan"][:2]])
p = one("minzheng", "城乡最低生活保障")
q("minzheng", "share", "城乡低保资金占民政局项目预算总额的比重是多少？",
  value=p["budget"] / mtot * 100, projects=[p["code"]])
q("minzheng", "notfound-year", "民政局2024年高龄津贴预算是多少？", found=False)
p = one("minzheng", "孤儿")
q("minzheng", "followup-qizhong", "其中保障孤儿人数的目标是多少？",
  history=["孤儿及事实无人抚养儿童基本生活保障资金预算多少？"],
  contains=[ind(p, "保障孤儿人数")["val"].lstrip("≥")], projects=[p["code"]])
q("minzheng", "sat-threshold", "满意度目标不低于95%的民政项目有哪些？",
  projects=[c for c, p in mz.items() if sat(p) is not None and sat(p) >= 95])
q("minzheng", "notfound", "民政局退役军人优抚补助资金预算多少？", found=False)
assert len(Q) == 58, len(Q)

# ---------------------------------------------------------------- shuili (12)
sl = {p["code"]: p for p in DATA["shuili"]}
q("shuili", "total-mixed-units", "临漳县水利局2025年项目预算总额是多少万元？",
  value=sum(p["budget"] for p in sl.values()))
p = one("shuili", "河长制")
q("shuili", "trap-wanyuan", "河长制工作经费是多少万元？", value=p["budget"], projects=[p["code"]])
p = one("shuili", "防汛抗旱")
q("shuili", "trap-yuan", "防汛抗旱物资储备经费里其他资金是多少元？", value=p["other"] * 10000, projects=[p["code"]])
q("shuili", "threshold-neg-units", "水利局预算不足100万元的项目有哪些？",
  projects=[c for c, p in sl.items() if p["budget"] < 100])
q("shuili", "lacking-plan", "哪些水利项目没有填报资金支出计划？",
  projects=[c for c, p in sl.items() if not p["plan"]])
q("shuili", "lacking", "水利局哪个项目没设满意度指标？",
  projects=[c for c, p in sl.items() if not any(i["l1"].startswith("满意度") for i in p["ind"])])
p = one("shuili", "漳南灌区")
q("shuili", "lookup-paraphrase", "灌区节水改造项目要求灌溉水有效利用系数达到多少？",
  contains=[ind(p, "灌溉水有效利用系数")["val"].lstrip("≥")], projects=[p["code"]])
q("shuili", "plan-zero", "哪个项目一季度（3月底）计划支出为0？",
  projects=[c for c, p in sl.items() if p["plan"] and p["plan"][0] == 0])
q("shuili", "notfound-year", "水利局2024年河长制工作经费是多少？", found=False)
p = one("shuili", "地下水超采")
q("shuili", "followup-it", "它的节水灌溉补助标准是多少？", history=["地下水超采综合治理项目预算多少？"],
  contains=["300元"], projects=[p["code"]])
assert "300元" in ind(p, "节水灌溉补助标准")["val"]
ps = [p for p in sl.values() for i in p["ind"] if "冀水农〔2024〕12号" in i["basis"]]
q("shuili", "partial-ref", "依据冀水农2024年12号文设定指标的项目有哪些？", projects=codes(ps))
q("shuili", "max-share", "其他资金占资金总额比例最高的是哪个项目？",
  projects=[max(sl, key=lambda c: sl[c]["other"] / sl[c]["budget"])])
assert len(Q) == 70, len(Q)

# ---------------------------------------------------------------- checks and output
for n, d in enumerate(Q, 1):
    d["id"] = "v34-%03d" % n
    allc = {p["code"] for p in DATA[d["store"]]}
    for c in d["expect"].get("projects", []):
        assert c in allc, (d["id"], c)
    assert len(set(x["question"] for x in Q)) == len(Q)
with open(OUT, "w", encoding="utf-8") as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", OUT, len(Q))
