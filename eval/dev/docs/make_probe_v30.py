"""Build eval/dev/probe_v30.jsonl: 90 blind probe questions, expectations computed from the .docx tables."""
import json, re, os
from pathlib import Path
import docx

ROOT = Path("/work/main") if not Path(__file__).is_file() else Path(__file__).resolve().parents[3]
DOCS = {
    "sample": ["data/samples/weixian-rsj-2025-jixiao-mubiao.docx"],
    "other": ["tests/data/other-department.docx"],
    "county": ["tests/data/county/jiaoyu-2023.docx", "tests/data/county/jiaoyu-2024.docx",
               "tests/data/county/weijian-2023.docx", "tests/data/county/weijian-2024.docx"],
    "minzheng": ["eval/dev/docs/minzheng-2025.docx"],
    "shuili": ["eval/dev/docs/shuili-2025.docx"],
    "ziran": ["eval/dev/docs/ziran-2024.docx", "eval/dev/docs/ziran-2025.docx"],
}
DOCS["both"] = DOCS["sample"] + DOCS["other"]


def num(s):
    s = (s or "").strip().replace(",", "")
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    return float(m.group()) if m else None


def uniq(row):
    out, prev = [], None
    for c in row.cells:
        if prev is not None and c._tc is prev:
            continue
        prev = c._tc
        out.append(c.text.strip())
    return out


def parse(path):
    d = docx.Document(ROOT / path)
    year = int(re.search(r"(20\d\d)", Path(path).stem).group(1)) if re.search(r"20\d\d", Path(path).stem) else 2025
    dept = Path(path).stem.split("-")[0]
    projs = []
    scale = 1.0
    p = None
    for t in d.tables:
        rows = t.rows
        hdr = None
        for i, r in enumerate(rows):
            u = uniq(r)
            joined = "|".join(u)
            if hdr is not None:
                g = [c.text.strip() for c in r.cells]
                p["ind"].append({k: g[j] for k, j in hdr.items()})
                continue
            if "单位：元" in joined:
                scale = 1 / 10000
            elif "单位：万元" in joined:
                scale = 1.0
            if "项目编码" in u:
                p = {"doc": path, "year": year, "dept": dept, "plan": {}, "ind": [], "other": 0.0, "scale": scale}
                projs.append(p)
                k = u.index("项目编码"); p["code"] = u[k + 1]
                k = u.index("项目名称"); p["name"] = u[k + 1]
            elif any(("预算数" == x or "资金总额" == x) for x in u):
                for j, x in enumerate(u[:-1]):
                    if x in ("预算数", "资金总额"):
                        p["budget"] = num(u[j + 1]) * p["scale"]
                    elif "财政" in x:
                        p["fiscal"] = (num(u[j + 1]) or 0) * p["scale"]
                    elif x == "其他资金":
                        p["other"] = (num(u[j + 1]) or 0) * p["scale"]
            elif "3月底" in u:
                plan_hdr = [x for x in u if x.endswith("月底")]
                g = [c.text.strip() for c in rows[i + 1].cells]
                h = [c.text.strip() for c in r.cells]
                for j, x in enumerate(h):
                    if x.endswith("月底") and x not in p["plan"]:
                        p["plan"][x] = num(g[j])
            elif "一级指标" in u:
                g = [c.text.strip() for c in r.cells]
                hdr = {}
                for j, x in enumerate(g):
                    if x == "一级指标": hdr["l1"] = j
                    elif x == "二级指标": hdr["l2"] = j
                    elif x in ("三级指标", "指标内容"): hdr["name"] = j
                    elif x == "指标值": hdr["val"] = j
                    elif x in ("指标值确定依据", "备注"): hdr["basis"] = j
    return projs


STORE = {s: [p for f in fs for p in parse(f)] for s, fs in DOCS.items()}


def pct(v):
    m = re.search(r"(\d+(?:\.\d+)?)\s*%", v or "")
    return float(m.group(1)) if m else None


def sat(p):
    xs = [pct(i["val"]) for i in p["ind"] if i["l1"].startswith("满意度")]
    xs = [x for x in xs if x is not None]
    return xs[0] if xs else None


def plan_cum(p, month):
    """Cumulative spending-plan percentage at a month ('3月底'...); None when no plan."""
    order = ["3月底", "6月底", "10月底", "12月底"]
    vals = [p["plan"].get(m) for m in order]
    if all(v is None for v in vals):
        return None
    best = None
    for m, v in zip(order, vals):
        if v is not None:
            best = v if best is None else max(best, v)
        if m == month:
            return best if best is not None else 0.0
    return best


def codes(ps):
    return sorted({p["code"] for p in ps})


def by(store, **kw):
    out = STORE[store]
    for k, v in kw.items():
        out = [p for p in out if (v(p[k]) if callable(v) else p[k] == v)]
    return out


def one(store, pred):
    xs = [p for p in STORE[store] if pred(p)]
    assert len({p["code"] for p in xs}) == 1, [p["name"] for p in xs]
    return xs[0]


def named(store, sub, year=None, dept=None):
    return one(store, lambda p: sub in p["name"] and (year is None or p["year"] == year) and (dept is None or p["dept"] == dept))


def cost_money(p):
    for i in p["ind"]:
        if i["l2"].startswith("成本"):
            m = re.search(r"(\d+(?:\.\d+)?)\s*(万元|元)(?!/)", i["val"])
            if m and "每" not in i["val"]:
                v = float(m.group(1)) / (10000 if m.group(2) == "元" else 1)
                # only the line that is the total cost (same order of magnitude as a budget)
                if v >= 0.5:
                    return v
    return None


def has_l2(p, word):
    return any(i["l2"].startswith(word) for i in p["ind"])


def ind(p, sub):
    xs = [i for i in p["ind"] if sub in i["name"]]
    assert len(xs) == 1, (p["name"], sub, xs)
    return xs[0]


Q = []


def add(store, kind, question, expect, history=None):
    q = {"id": f"v30-{len(Q) + 1:03d}", "question": question, "store": store, "kind": kind, "expect": expect}
    if history:
        q["history"] = history
    Q.append(q)


def P(ps):
    c = codes(ps)
    assert c, "empty project set"
    return c


R = lambda x: round(x, 4)

# ---------------------------------------------------------------- sample (20)
S = "sample"
s_low = [p for p in STORE[S] if sat(p) is not None and sat(p) < 85]
add(S, "comparator", "满意度目标不到百分之八十五的项目有哪些？", {"projects": P(s_low)})
add(S, "conversation", "这些项目预算加起来一共多少万？", {"value": R(sum(p["budget"] for p in s_low))},
    history=["满意度目标不到百分之八十五的项目有哪些？"])
s_big = [p for p in STORE[S] if p["budget"] > 100]
add(S, "comparator", "哪些项目预算过百万了", {"projects": P(s_big)})
s_big_doc = [p for p in s_big if any("冀人社规〔2018〕8号" in i["basis"] for i in p["ind"])]
add(S, "conversation", "其中指标依据引用了冀人社规〔2018〕8号的是哪几个？", {"projects": P(s_big_doc)},
    history=["哪些项目预算过百万了"])
s_q = [p for p in STORE[S] if any(i["l2"].startswith("质量") and pct(i["val"]) is not None and pct(i["val"]) < 90 for i in p["ind"])]
add(S, "comparator", "质量指标目标值没到九成的是哪些项目", {"projects": P(s_q)})
p = named(S, "创业扶持资金")
add(S, "conversation", "它的孵化基地补贴发放率定的多少？", {"projects": [p["code"]], "contains": [ind(p, "孵化基地补贴发放率")["val"].lstrip("≥")]},
    history=["2025年创业扶持资金预算多少钱"])
p = named(S, "离退休老干部")
add(S, "conversation", "折算成金额是多少万元？", {"value": R(p["budget"] * plan_cum(p, "3月底") / 100)},
    history=["老干部春节慰问那个项目预算多少？", "它3月底计划支出到百分之多少？"])
a = named(S, "133号"); bs = [x for x in STORE[S] if "182号" in x["name"]]
assert len(bs) == 2
add(S, "compare", "133号文那个中央城乡居民养老保险补助，比182号文的两个项目加起来多多少万元？",
    {"value": R(a["budget"] - sum(x["budget"] for x in bs))})
a = named(S, "基础养老金补助和缴费补贴"); b = named(S, "公共实训基地")
add(S, "compare", "城乡居民基本养老保险（基础养老金补助和缴费补贴）的预算是公共实训基地县级配套的几倍？",
    {"value": R(a["budget"] / b["budget"])})
js = [x for x in STORE[S] if "136号" in x["name"]]
assert len(js) == 2
add(S, "compare", "136号文的两笔中央就业补助资金合起来占全部项目预算的百分之多少？",
    {"value": R(sum(x["budget"] for x in js) / sum(x["budget"] for x in STORE[S]) * 100)})
add(S, "comparator", "3月底支出计划超过50%的项目有哪个", {"projects": P([x for x in STORE[S] if (plan_cum(x, "3月底") or 0) > 50])})
assert not [x for x in STORE[S] if x["budget"] > 30000]
add(S, "found_false", "人社局有没有预算超过3亿元的项目？", {"found": False})
p = named(S, "公共实训基地")
add(S, "trap", "公共实训基地县级配套的成本指标写的是多少？", {"projects": [p["code"]], "contains": [ind(p, "建设成本")["val"]]})
add(S, "set", "没有设置经济效益指标的项目有几个？", {"value": len([x for x in STORE[S] if not has_l2(x, "经济效益")])})
s_both = [x for x in STORE[S] if x["budget"] > 5000 and any("参保人数" in i["name"] and "50万" in i["val"] for i in x["ind"])]
add(S, "set", "既有参保人数不少于50万人的指标、预算又超过5000万的项目是哪些", {"projects": P(s_both)})
rest = [x for x in STORE[S] if not x["name"].startswith("冀财社")]
add(S, "set", "除了冀财社文件下达的那些，剩下的项目里预算最高的是哪个？", {"projects": [max(rest, key=lambda x: x["budget"])["code"]]})
s_t = [x for x in STORE[S] if any(i["l2"].startswith("时效") and pct(i["val"]) is not None and pct(i["val"]) >= 98 for i in x["ind"])]
add(S, "comparator", "时效指标不低于98%的都有哪些项目", {"projects": P(s_t)})
p = named(S, "劳务派遣")
add(S, "trap", "劳务派遣人员工资这个项目一共设了几条绩效指标？", {"value": len(p["ind"])})
assert all(x["year"] == 2025 for x in STORE[S])
add(S, "found_false", "23年创业扶持资金预算是多少", {"found": False})
assert not [x for x in STORE[S] if sat(x) == 100]
add(S, "found_false", "哪个项目的满意度目标定到了100%？", {"found": False})

# ---------------------------------------------------------------- other (15)
O = "other"
p = named(O, "农业综合行政执法")
add(O, "trap", "农业综合行政执法工作经费资金总额是多少元？", {"projects": [p["code"]], "value": R(p["budget"] * 10000)})
p = named(O, "农产品质量安全检测")
add(O, "trap", "农产品质量安全检测经费里其他资金有多少万元", {"projects": [p["code"]], "value": R(p["other"])})
add(O, "set", "哪些项目有财政拨款以外的其他资金？", {"projects": P([x for x in STORE[O] if x["other"] > 0])})
add(O, "comparator", "财政拨款占资金总额不到80%的项目", {"projects": P([x for x in STORE[O] if x["fiscal"] / x["budget"] * 100 < 80])})
o90 = [x for x in STORE[O] if sat(x) is not None and sat(x) >= 90]
add(O, "comparator", "满意度目标不低于0.9的有哪些项目？", {"projects": P(o90)})
add(O, "conversation", "再加上满意度是85%的，一共几个项目？", {"value": len([x for x in STORE[O] if sat(x) is not None and sat(x) >= 85])},
    history=["满意度目标不低于0.9的有哪些项目？"])
add(O, "set", "没有设置时效指标的项目是哪个", {"projects": P([x for x in STORE[O] if not has_l2(x, "时效")])})
add(O, "trap", "成本指标金额超过资金总额的项目有吗？是哪个", {"projects": P([x for x in STORE[O] if cost_money(x) and cost_money(x) > x["budget"] + 1e-9])})
add(O, "trap", "农业农村局所有项目资金总额合计多少万元？", {"value": R(sum(x["budget"] for x in STORE[O]))})
add(O, "conversation", "换成财政拨款呢？", {"value": R(sum(x["fiscal"] for x in STORE[O]))},
    history=["农业农村局所有项目资金总额合计多少万元？"])
p = named(O, "农机购置")
add(O, "conversation", "那农机购置补贴那个呢？", {"projects": [p["code"]], "value": plan_cum(p, "10月底")},
    history=["高素质农民培育项目的钱主要用在哪？", "它到10月底累计计划支出多少？"])
add(O, "comparator", "6月底累计支出计划至少60%的项目有哪些", {"projects": P([x for x in STORE[O] if (plan_cum(x, "6月底") or 0) >= 60])})
assert not [x for x in STORE[O] if (plan_cum(x, "3月底") or 0) >= 50]
add(O, "found_false", "有没有项目3月底支出计划就到50%的", {"found": False})
add(O, "set", "指标依据里用了邯财农[2024]18号的是哪些项目", {"projects": P([x for x in STORE[O] if any("邯财农[2024]18号" in i["basis"] for i in x["ind"])])})
add(O, "set", "既有生态效益指标又有经济效益指标的项目", {"projects": P([x for x in STORE[O] if has_l2(x, "生态效益") and has_l2(x, "经济效益")])})

# ---------------------------------------------------------------- both (15)
B = "both"
mx = max(sat(x) for x in STORE[B] if sat(x) is not None)
add(B, "compare", "两个局所有项目里满意度目标最高的是哪些？", {"projects": P([x for x in STORE[B] if sat(x) == mx])})
b4k = [x for x in STORE[B] if x["budget"] > 4000]
add(B, "comparator", "预算或资金总额超过4000万元的项目有哪些", {"projects": P(b4k)})
add(B, "conversation", "它们合计多少万元", {"value": R(sum(x["budget"] for x in b4k))}, history=["预算或资金总额超过4000万元的项目有哪些"])
add(B, "compare", "人社局和农业农村局的项目一共设了多少条绩效指标？", {"value": sum(len(x["ind"]) for x in STORE[B])})
rs = [x for x in STORE[B] if x["dept"] == "weixian"]; ny = [x for x in STORE[B] if x["dept"] == "other"]
assert len(rs) == 14 and len(ny) == 10
add(B, "compare", "临漳农业农村局项目资金总额是魏县人社局项目预算总数的百分之几？",
    {"value": R(sum(x["budget"] for x in ny) / sum(x["budget"] for x in rs) * 100)})
add(B, "comparator", "满意度目标正好是85%的项目有哪些", {"projects": P([x for x in STORE[B] if sat(x) == 85])})
add(B, "set", "指标值写的是“0起”的都在哪些项目里", {"projects": P([x for x in STORE[B] if any(i["val"] == "0起" for i in x["ind"])])})
add(B, "conversation", "两者预算加起来是多少？", {"value": R(sum(x["budget"] for x in STORE[B]))},
    history=["魏县人社局一共有几个项目？", "临漳县农业农村局呢？"])
add(B, "trap", "临漳县那边哪个项目钱最少？", {"projects": [min(ny, key=lambda x: x["budget"])["code"]]})
add(B, "comparator", "有质量指标目标低于95%的项目都列一下",
    {"projects": P([x for x in STORE[B] if any(i["l2"].startswith("质量") and pct(i["val"]) is not None and pct(i["val"]) < 95 for i in x["ind"])])})
assert not [x for x in STORE[B] if sat(x) is not None and sat(x) < 80]
add(B, "found_false", "有没有哪个项目满意度目标低于80%？", {"found": False})
assert not [x for x in STORE[B] if abs(x["budget"] - 1000) < 1e-6]
add(B, "found_false", "预算正好1000万的项目是哪个", {"found": False})
add(B, "comparator", "10月底累计支出计划达到90%及以上的项目", {"projects": P([x for x in STORE[B] if (plan_cum(x, "10月底") or 0) >= 90])})
add(B, "trap", "成本指标写的金额跟预算数（资金总额）不一致的项目有哪些？",
    {"projects": P([x for x in STORE[B] if cost_money(x) is not None and abs(cost_money(x) - x["budget"]) > 1e-6])})
add(B, "set", "有其他资金、而且满意度目标至少90%的项目", {"projects": P([x for x in STORE[B] if x["other"] > 0 and sat(x) is not None and sat(x) >= 90])})

# ---------------------------------------------------------------- county (15)
C = "county"
def yr(dept, y):
    return {x["code"]: x for x in STORE[C] if x["dept"] == dept and x["year"] == y}
w23, w24, j23, j24 = yr("weijian", 2023), yr("weijian", 2024), yr("jiaoyu", 2023), yr("jiaoyu", 2024)
new = [w24[c] for c in w24 if c not in w23]
add(C, "yoy", "卫健局24年新增了哪些项目？", {"projects": P(new)})
add(C, "conversation", "这些新项目资金总额一共多少", {"value": R(sum(x["budget"] for x in new))}, history=["卫健局24年新增了哪些项目？"])
add(C, "yoy", "卫生健康局2024年跟2023年比取消了哪个项目", {"projects": P([w23[c] for c in w23 if c not in w24])})
dec = [c for c in j24 if c in j23 and j24[c]["budget"] < j23[c]["budget"]]
add(C, "yoy", "教育局哪些项目2024年预算比2023年少了？", {"projects": sorted(dec)})
add(C, "conversation", "减得最多的是哪个？", {"projects": [max(dec, key=lambda c: j23[c]["budget"] - j24[c]["budget"])]},
    history=["教育局哪些项目2024年预算比2023年少了？"])
c = named(C, "特殊教育", 2024)["code"]
add(C, "yoy", "特殊教育项目预算24年比23年增长了百分之多少？", {"value": R((j24[c]["budget"] - j23[c]["budget"]) / j23[c]["budget"] * 100)})
c = named(C, "教育信息化", 2024)["code"]
add(C, "conversation", "增加了多少？", {"value": R(j24[c]["budget"] - j23[c]["budget"])},
    history=["教育局2024年教育信息化县级配套资金预算多少？", "那2023年呢？"])
down = [c for d23, d24 in ((j23, j24), (w23, w24)) for c in d24 if c in d23 and sat(d24[c]) is not None and sat(d23[c]) is not None and sat(d24[c]) < sat(d23[c])]
add(C, "yoy", "两个局里2024年满意度目标比上年调低了的项目有哪些", {"projects": sorted(set(down))})
nosat = [x for x in STORE[C] if x["year"] == 2023 and sat(x) is None]
add(C, "set", "2023年两个局都算上，没设满意度指标的项目有哪些？", {"projects": P(nosat)})
add(C, "trap", "卫健局2024年财政拨款不到100万的项目", {"projects": P([x for x in w24.values() if x["fiscal"] < 100])})
assert not [x for x in j24.values() if x["budget"] > 5000]
add(C, "found_false", "教育局2024年有没有预算超过5000万的项目", {"found": False})
assert not [x for x in STORE[C] if x["year"] == 2022]
add(C, "found_false", "妇幼健康专项资金2022年安排了多少？", {"found": False})
assert not [c for c in w24 if c in w23 and abs(w24[c]["budget"] - w23[c]["budget"]) < 1e-6]
add(C, "found_false", "卫健局有哪些项目两年资金总额持平没变？", {"found": False})
p = named(C, "学前教育普惠", 2023)
add(C, "conversation", "那2023年呢", {"projects": [p["code"]], "value": pct(ind(p, "验收合格率")["val"])},
    history=["学前教育普惠专项资金2024年验收合格率目标是多少？"])
def acc(x):
    xs = [pct(i["val"]) for i in x["ind"] if "验收合格率" in i["name"]]
    return xs[0] if xs else None
up = [c for c in j24 if c in j23 and acc(j24[c]) is not None and acc(j23[c]) is not None and acc(j24[c]) > acc(j23[c])]
add(C, "yoy", "教育局验收合格率指标24年调高了的是哪几个项目", {"projects": sorted(up)})

# ---------------------------------------------------------------- minzheng (8)
M = "minzheng"
add(M, "compare", "其他资金占预算比例最高的是哪个项目？", {"projects": [max(STORE[M], key=lambda x: x["other"] / x["budget"])["code"]]})
p = named(M, "临时救助")
add(M, "trap", "临时救助资金里其他资金是多少？", {"projects": [p["code"]], "value": R(p["other"])})
p = named(M, "残疾人")
add(M, "trap", "残疾人两项补贴的成本指标写的资金总额是多少万？", {"projects": [p["code"]], "value": cost_money(p)})
def std(x):
    for i in x["ind"]:
        m = re.search(r"每人每月不低于(\d+(?:\.\d+)?)元", i["val"])
        if m:
            return float(m.group(1))
    return None
k = [x for x in STORE[M] if std(x) is not None and std(x) >= 1000]
assert len(k) == 2
add(M, "comparator", "保障标准每人每月不低于1000元的是哪些项目", {"projects": P(k)})
add(M, "conversation", "两者预算差多少万元？", {"value": R(abs(k[0]["budget"] - k[1]["budget"]))},
    history=["保障标准每人每月不低于1000元的是哪些项目"])
add(M, "comparator", "满意度至少95%的项目有哪些", {"projects": P([x for x in STORE[M] if sat(x) is not None and sat(x) >= 95])})
p = named(M, "高龄津贴")
add(M, "conversation", "它6月底前计划花掉多少万？", {"projects": [p["code"]], "value": R(p["budget"] * plan_cum(p, "6月底") / 100)},
    history=["高龄津贴预算多少"])
assert not [x for x in STORE[M] if x["budget"] > 10000]
add(M, "found_false", "民政局预算上亿的项目有哪些？", {"found": False})

# ---------------------------------------------------------------- shuili (8)
W = "shuili"
p = named(W, "小型水闸")
add(W, "trap", "小型水闸除险加固工程的财政拨款是多少万元", {"projects": [p["code"]], "value": R(p["fiscal"])})
p = named(W, "河长制")
add(W, "trap", "河长制工作经费有多少万元？", {"projects": [p["code"]], "value": R(p["budget"])})
add(W, "trap", "水利局11个项目资金总额加起来多少万元", {"value": R(sum(x["budget"] for x in STORE[W]))})
w40 = [x for x in STORE[W] if plan_cum(x, "6月底") is not None and plan_cum(x, "6月底") < 40]
add(W, "comparator", "到6月底累计支出计划不足40%的项目", {"projects": P(w40)})
add(W, "conversation", "这两个项目的其他资金合计多少？", {"value": R(sum(x["other"] for x in w40))},
    history=["到6月底累计支出计划不足40%的项目"])
add(W, "comparator", "3月底支出计划是0的项目是哪个", {"projects": P([x for x in STORE[W] if plan_cum(x, "3月底") == 0])})
assert not [x for x in STORE[W] if sat(x) is not None and sat(x) < 85]
add(W, "found_false", "满意度目标低于85%的项目有哪些", {"found": False})
p = named(W, "地下水超采")
add(W, "conversation", "它要关停封填多少眼机井？", {"projects": [p["code"]], "value": num(ind(p, "关停封填")["val"])},
    history=["地下水超采综合治理项目的压采量目标是多少？"])

# ---------------------------------------------------------------- ziran (9)
Z = "ziran"
z24 = {x["code"]: x for x in STORE[Z] if x["year"] == 2024}
z25 = {x["code"]: x for x in STORE[Z] if x["year"] == 2025}
znew = [z25[c] for c in z25 if c not in z24]
add(Z, "yoy", "自然资源局25年新增了哪些项目", {"projects": P(znew)})
add(Z, "conversation", "它们的预算合计是多少？", {"value": R(sum(x["budget"] for x in znew))}, history=["自然资源局25年新增了哪些项目"])
add(Z, "yoy", "2025年跟2024年比，哪些项目没有了？", {"projects": P([z24[c] for c in z24 if c not in z25])})
add(Z, "yoy", "2025年预算比上一年增加的项目", {"projects": sorted(c for c in z25 if c in z24 and z25[c]["budget"] > z24[c]["budget"])})
flat = sorted(c for c in z25 if c in z24 and abs(z25[c]["budget"] - z24[c]["budget"]) < 1e-6)
add(Z, "yoy", "两年预算持平的是哪个项目", {"projects": flat})
c = named(Z, "耕地保护补偿", 2025)["code"]
add(Z, "conversation", "比24年多多少", {"value": R(z25[c]["budget"] - z24[c]["budget"])},
    history=["耕地保护补偿资金2025年预算多少"])
p = named(Z, "不动产登记", 2024)
add(Z, "conversation", "那2024年呢？", {"projects": [p["code"]], "value": num(ind(p, "办结时限")["val"])},
    history=["不动产登记一般登记办结时限25年定的是几个工作日？"])
add(Z, "yoy", "25年满意度目标调低了的项目有吗", {"projects": sorted(c for c in z25 if c in z24 and sat(z25[c]) < sat(z24[c]))})
assert not [c for c in z24 if "实景三维" in z24[c]["name"]]
add(Z, "found_false", "2024年实景三维魏县建设项目预算多少", {"found": False})

# ---------------------------------------------------------------- checks and output
want = {"sample": 20, "other": 15, "both": 15, "county": 15, "minzheng": 8, "shuili": 8, "ziran": 9}
from collections import Counter
cnt = Counter(q["store"] for q in Q)
assert cnt == Counter(want), cnt
assert len(Q) == 90
for q in Q:
    allc = {x["code"] for x in STORE[q["store"]]}
    for c in q["expect"].get("projects", []):
        assert c in allc, (q["id"], c)
    if q["expect"].get("found") is False:
        assert set(q["expect"]) == {"found"}
    assert q["expect"], q
out = ROOT / "eval/dev/probe_v30.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(out, len(Q), dict(cnt), dict(Counter(q["kind"] for q in Q)), sum(1 for q in Q if "history" in q))
