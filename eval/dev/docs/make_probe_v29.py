"""Build eval/dev/probe_v29.jsonl: 90 blind probe questions, expectations computed from the .docx tables.

Run: /work/main/.venv/bin/python eval/dev/docs/make_probe_v29.py
"""
import json
import re
from pathlib import Path

from docx import Document

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx"
OTHER = ROOT / "tests/data/other-department.docx"
OUT = ROOT / "eval/dev/probe_v29.jsonl"


def uniq_cells(row):
    seen, out = [], []
    for c in row.cells:
        if any(c._tc is s for s in seen):
            continue
        seen.append(c._tc)
        out.append(c.text.strip())
    return out


def parse(path, dept):
    d = Document(path)
    projects, unit, cur, months = [], None, None, None
    for t in d.tables:
        rows = [uniq_cells(r) for r in t.rows]
        first = rows[0]
        if len(rows) == 1 and any(x.startswith("单位：") for x in first):
            unit = [x for x in first if x.startswith("单位：")][0][3:]
            continue
        if first[0] == "项目编码":
            cur = dict(code=first[1], name=first[3], unit=unit, plan=None, rows=[], dept=dept,
                       total="", fiscal="", other="", use="", goal="")
            for r in rows[1:]:
                lab = r[0]
                for i, x in enumerate(r):
                    for key, names in (("total", ("预算数", "资金总额")),
                                       ("fiscal", ("其中：财政资金", "财政拨款")),
                                       ("other", ("其他资金",))):
                        if x in names and i + 1 < len(r):
                            cur[key] = r[i + 1]
                if lab.startswith("资金支出计划"):
                    if "3月底" in r:
                        months = r[1:]
                    else:
                        cur["plan"] = dict(zip(months, r[1:]))
                elif lab in ("绩效目标", "年度绩效目标"):
                    cur["goal"] = r[1]
                elif lab in ("资金用途", "主要内容") or (lab == "预算规模及资金用途" and len(r) == 2):
                    cur["use"] = r[1]
            projects.append(cur)
            continue
        if first[0] == "一级指标":
            hdr = [c.text.strip() for c in t.rows[0].cells]
            for r in t.rows[1:]:
                dct = dict(zip(hdr, [c.text.strip() for c in r.cells]))
                dct["name"] = dct.get("三级指标") or dct.get("指标内容")
                dct["basis"] = dct.get("指标值确定依据", dct.get("备注", ""))
                cur["rows"].append(dct)
            continue
        raise SystemExit(f"unknown table {rows[:1]}")
    return projects


S = parse(SAMPLE, "魏县")
O = parse(OTHER, "临漳")
B = S + O
assert len(S) == 14 and sum(len(p["rows"]) for p in S) == 101
assert len(O) == 10


def wan(p, key="total"):
    v = float(p[key] or 0)
    return v / 10000 if p["unit"] == "元" else v


def by(ps, frag):
    hits = [p for p in ps if frag in p["name"]]
    assert len(hits) == 1, (frag, [h["name"] for h in hits])
    return hits[0]


def codes(ps):
    return sorted(p["code"] for p in ps)


def pct(s):
    m = re.search(r"([\d.]+)%", s)
    return float(m.group(1)) if m else None


def rows_of(p, lvl2):
    return [r for r in p["rows"] if r["二级指标"].startswith(lvl2)]


def sat(p):
    vals = [pct(r["指标值"]) for r in rows_of(p, "服务对象满意度")]
    vals = [v for v in vals if v is not None]
    assert len(vals) == 1, p["name"]
    return vals[0]


def money_val(s):
    m = re.search(r"([\d.]+)\s*(万元|元)", s)
    if not m:
        return None
    v = float(m.group(1))
    return v / 10000 if m.group(2) == "元" else v


def cost(p):
    rs = rows_of(p, "成本指标")
    assert len(rs) == 1
    return money_val(rs[0]["指标值"])


def plan_at(p, month):
    """cumulative % at month (blank after a 100% means already complete)."""
    if not p["plan"]:
        return None
    order = ["3月底", "6月底", "10月底", "12月底"]
    best = 0.0
    for m in order[: order.index(month) + 1]:
        v = pct(p["plan"].get(m, ""))
        if v is not None:
            best = max(best, v)
    return best


def cites(p, frag):
    return any(frag in r["basis"] for r in p["rows"])


def has_lvl2(p, lvl2):
    return any(r["二级指标"].startswith(lvl2) for r in p["rows"])


Q = []


def add(store, kind, question, history=None, **expect):
    if "projects" in expect:
        expect["projects"] = codes(expect["projects"]) if expect["projects"] and isinstance(expect["projects"][0], dict) else sorted(expect["projects"])
    if "value" in expect:
        expect["value"] = round(expect["value"], 4)
    q = {"id": f"v29-{len(Q) + 1:03d}", "question": question, "store": store, "kind": kind, "expect": expect}
    if history:
        q["history"] = history
    Q.append(q)


NF = dict(found=False)

# ----------------------------------------------------------------- sample store (40)
s = "sample"
lw = by(S, "劳务派遣")
add(s, "lookup", "劳务派遣人员工资今年预算多少", projects=[lw], value=wan(lw))
gx = by(S, "公共实训基地")
add(s, "lookup", "公共实训基地县级配套那个项目 满意度目标定的多少", projects=[gx], contains=["80%"])
add(s, "threshold", "我是预算股的，满意度目标在九成及以上的项目帮我列一下",
    projects=[p for p in S if sat(p) >= 90])
small = [p for p in S if wan(p) < 100]
add(s, "threshold", "预算不足100万元的项目有几个？", projects=small, value=len(small))
add(s, "threshold", "预算在100万到300万之间的是哪几个项目",
    projects=[p for p in S if 100 <= wan(p) <= 300])
ts = [p for p in S if any((pct(r["指标值"]) is not None and pct(r["指标值"]) < 95) for r in rows_of(p, "时效指标"))]
add(s, "threshold", "时效指标目标值未达到95%的项目", projects=ts)
add(s, "threshold", "满意度目标没超过85%的有哪些项目", projects=[p for p in S if sat(p) <= 85])
q95 = [p for p in S if any((pct(r["指标值"]) or 0) >= 95 for r in rows_of(p, "质量指标"))]
add(s, "threshold", "质量指标目标大于等于百分之九十五的项目有哪些", projects=q95)
big = [p for p in S if wan(p) > 100]
add(s, "threshold", "预算过百万的项目一共几个", projects=big, value=len(big))
add(s, "sum", "领导让我查一下：人社局所有项目预算合计多少万元", value=sum(wan(p) for p in S), projects=S)
add(s, "mean", "平均每个项目预算是多少万", value=sum(wan(p) for p in S) / len(S))
yl = by(S, "城乡居民基本养老保险（基础养老金补助和缴费补贴）")
add(s, "share", "城乡居民基本养老保险（基础养老金补助和缴费补贴）占全局项目预算的百分之几",
    projects=[yl], value=wan(yl) / sum(wan(p) for p in S) * 100)
j159 = by(S, "159号")
j136a = by(S, "136号提前下达2025年中央就业补助资金")
add(s, "diff", "136号提前下达2025年中央就业补助资金比159号省级就业补助资金多多少钱",
    projects=[j136a, j159], value=wan(j136a) - wan(j159))
j133 = by(S, "133号")
add(s, "ratio", "133号中央城乡居民养老保险补助经费是县级基础养老金补助和缴费补贴那个项目的几倍",
    projects=[j133, yl], value=wan(j133) / wan(yl))
n_lw = float(re.search(r"[\d.]+", rows_of(lw, "数量指标")[0]["指标值"]).group())
add(s, "per_unit", "劳务派遣人员工资按派遣人数算 人均多少万元", projects=[lw], value=wan(lw) / n_lw)
wq = by(S, "慰问")
n_wq = float(re.search(r"[\d.]+", rows_of(wq, "数量指标")[0]["指标值"]).group())
sb = by(S, "社会保障工作经费")
add(s, "plan", "劳务派遣人员工资到6月底按计划应该支出多少万元", projects=[lw], value=wan(lw) * plan_at(lw, "6月底") / 100)
add(s, "plan", "哪些项目6月底前资金就要全部支出完", projects=[p for p in S if plan_at(p, "6月底") >= 100])
srt = sorted(S, key=wan, reverse=True)
add(s, "topn", "预算最高的三个项目", projects=srt[:3])
assert wan(srt[-3]) < wan(srt[-4])
add(s, "topn", "预算最少的3个项目是哪些", projects=srt[-3:])
nj = [p for p in S if not p["name"].startswith("冀财社")]
add(s, "exclusion", "不算冀财社文件下达的那些，剩下项目预算一共多少", projects=nj, value=sum(wan(p) for p in nj))
add(s, "or", "依据里有邯银发【2017】58号或者冀办发【2014】16号的项目",
    projects=[p for p in S if cites(p, "邯银发【2017】58号") or cites(p, "冀办发【2014】16号")])
add(s, "lacking", "没有设置经济效益指标的项目有哪些", projects=[p for p in S if not has_lvl2(p, "经济效益")])
add(s, "policy", "依据2020年62号会议纪要的项目 预算多少", projects=[p for p in S if cites(p, "【2020】62号")],
    value=sum(wan(p) for p in S if cites(p, "【2020】62号")))
add(s, "policy", "58号文涉及哪个项目", projects=[p for p in S if cites(p, "58号")])
cy = by(S, "创业扶持资金")
add(s, "descriptive", "创业扶持资金主要用来干嘛", projects=[cy], contains=["孵化基地"])
add(s, "descriptive", "争创全国和谐劳动关系试点县这块 保障措施具体是怎么写的", contains=["四个机制"])
add(s, "structure", "社会保障工作经费的一级指标有哪几类",
    projects=[sb], contains=sorted({r["一级指标"] for r in sb["rows"]}))
dj = by(S, "贫困及重度残疾")
add(s, "followup", "它的代缴人数目标是多少", history=["贫困及重度残疾人员社会保险代缴预算多少"],
    projects=[dj], contains=[rows_of(dj, "数量指标")[0]["指标值"].lstrip("≥")])
add(s, "followup", "这些加起来多少钱", history=["预算最少的3个项目是哪些"],
    projects=srt[-3:], value=sum(wan(p) for p in srt[-3:]))
add(s, "followup", "两者相差多少", history=["劳务派遣人员工资和老干部慰问资金分别是多少"],
    projects=[lw, wq], value=wan(lw) - wan(wq))
add(s, "notfound", "魏县人社局2024年的项目预算是多少", **NF)
add(s, "notfound", "失业保险稳岗返还资金今年安排了多少", **NF)
add(s, "notfound", "社会保障工作经费的政府采购预算金额填的多少", **NF)
# traps
add(s, "trap", "公共实训基地县级配套预算数到底是多少", projects=[gx], value=wan(gx))
add(s, "trap", "劳务派遣人员工资折合多少元", projects=[lw], value=wan(lw) * 10000)
add(s, "trap", "有哪些项目设了生态效益指标", **NF)
add(s, "trap", "公共实训基地县级配套 平均每个培训学员多少钱", **NF)
add(s, "trap", "满意度目标不是85%的项目都有哪些", projects=[p for p in S if sat(p) != 85])
add(s, "trap", "成本指标金额跟预算数对不上的项目", projects=[p for p in S if abs(cost(p) - wan(p)) > 1e-6])
add(s, "trap", "魏县就业服务中心的项目预算是多少", **NF)
n_s = len(Q)

# ----------------------------------------------------------------- other store (26)
o = "other"
gb = by(O, "高标准农田")
add(o, "lookup", "高标准农田建设县级配套资金的资金总额", projects=[gb], value=wan(gb))
zf = by(O, "行政执法")
add(o, "trap", "农业综合行政执法工作经费是多少万元", projects=[zf], value=wan(zf))
jc = by(O, "质量安全检测")
cs = by(O, "厕所")
oth = [p for p in O if wan(p, "other") > 0]
add(o, "sum", "各项目的其他资金合计多少万元", projects=oth, value=sum(wan(p, "other") for p in oth))
add(o, "trap", "财政拨款加其他资金不等于资金总额的项目有没有",
    projects=[p for p in O if abs(wan(p, "fiscal") + wan(p, "other") - wan(p)) > 1e-6])
add(o, "trap", "哪个项目成本指标写的钱跟资金总额不一致", projects=[p for p in O if abs(cost(p) - wan(p)) > 1e-6])
add(o, "sum", "农业农村局全部项目资金总额加起来多少万元", projects=O, value=sum(wan(p) for p in O))
add(o, "threshold", "满意度目标不低于百分之九十五的", projects=[p for p in O if sat(p) >= 95])
gd = by(O, "耕地地力")
mu = float(re.search(r"[\d.]+", rows_of(gd, "数量指标")[0]["指标值"]).group())  # 万亩
add(o, "per_unit", "耕地地力保护补贴按补贴面积算每亩合多少元", projects=[gd], value=wan(gd) / mu)
gs = by(O, "高素质农民")
ren = float(re.search(r"[\d.]+", rows_of(gs, "数量指标")[0]["指标值"]).group())
add(o, "per_unit", "高素质农民培育项目人均多少元", projects=[gs], value=wan(gs) * 10000 / ren)
hu = float(re.search(r"[\d.]+", rows_of(cs, "数量指标")[0]["指标值"]).group())
dy = by(O, "动物疫病")
add(o, "trap", "动物疫病强制免疫及监测经费平均每个乡镇多少钱", **NF)
add(o, "plan", "6月底累计支出计划达到60%及以上的项目", projects=[p for p in O if p["plan"] and plan_at(p, "6月底") >= 60])
add(o, "lacking", "没填资金支出计划的项目有几个", projects=[p for p in O if not p["plan"]],
    value=len([p for p in O if not p["plan"]]))
add(o, "policy", "邯财农18号文是哪些项目的依据", projects=[p for p in O if cites(p, "邯财农[2024]18号")])
add(o, "policy", "临农字的文件用在了哪些项目上", projects=[p for p in O if cites(p, "临农字")])
so = sorted(O, key=wan)
add(o, "topn", "资金总额最少的是哪个项目", projects=so[:1])
add(o, "threshold", "成本指标金额不到50万元的项目", projects=[p for p in O if cost(p) < 50])
add(o, "threshold", "数量指标里户数目标1200户及以上的项目",
    projects=[p for p in O if any(r["指标值"].endswith("户") and (float(re.search(r"[\d.]+", r["指标值"]).group()) * (10000 if "万户" in r["指标值"] else 1)) >= 1200 for r in rows_of(p, "数量指标"))])
add(o, "descriptive", "厕所革命奖补资金的资金用途", projects=[cs], contains=["3500"])
add(o, "descriptive", "工作保障措施里资金监管是怎么要求的", contains=["三级审核"])
add(o, "structure", "动物疫病强制免疫及监测经费有哪些二级指标", projects=[dy],
    contains=sorted({r["二级指标"] for r in dy["rows"]}))
add(o, "trap", "备注里没写依据的是哪条指标", projects=[p for p in O if any(not r["basis"] for r in p["rows"])],
    contains=[r["name"] for p in O for r in p["rows"] if not r["basis"]])
add(o, "trap", "耕地地力保护补贴3月底的支出进度计划是多少", **NF)
add(o, "notfound", "临漳县农业农村局2024年的高标准农田预算", **NF)
add(o, "followup", "那财政拨款呢", history=["高素质农民培育项目资金总额多少"], projects=[gs], value=wan(gs, "fiscal"))
nj98 = by(O, "98号")
add(o, "followup", "到10月底累计要花出去多少万", history=["农机购置补贴的资金支出计划是怎样的"],
    projects=[nj98], value=wan(nj98) * plan_at(nj98, "10月底") / 100)
n_o = len(Q) - n_s

# ----------------------------------------------------------------- both store (24)
b = "both"
add(b, "count", "库里两个单位一共多少个项目", value=len(B))
add(b, "sum", "两个单位项目资金全部加起来多少万元", projects=B, value=sum(wan(p) for p in B))
add(b, "count", "两家合计多少条绩效指标", value=sum(len(p["rows"]) for p in B))
add(b, "threshold", "两个单位里满意度目标0.9以上的项目", projects=[p for p in B if sat(p) >= 90])
add(b, "trap", "临漳县农业农村局预算不到100万元的项目", projects=[p for p in O if wan(p) < 100])
add(b, "threshold", "魏县人社局资金在1000万以内的项目有几个", projects=[p for p in S if wan(p) <= 1000],
    value=len([p for p in S if wan(p) <= 1000]))
add(b, "trap", "哪些项目有生态效益方面的指标", projects=[p for p in B if has_lvl2(p, "生态效益")])
add(b, "diff", "公共实训基地县级配套和高素质农民培育项目预算差多少", projects=[gx, gs], value=wan(gx) - wan(gs))
add(b, "ratio", "城乡居民基本养老保险（基础养老金补助和缴费补贴）是耕地地力保护补贴资金的多少倍",
    projects=[yl, gd], value=wan(yl) / wan(gd))
add(b, "policy", "98号文件对应哪个项目", projects=[p for p in B if "98号" in p["name"] or cites(p, "98号")])
add(b, "policy", "136号文下达的项目资金一共多少", projects=[p for p in B if "136号" in p["name"]],
    value=sum(wan(p) for p in B if "136号" in p["name"]))
add(b, "or", "引用了冀农规或者冀厕革办文件的项目有哪些", projects=[p for p in B if cites(p, "冀农规") or cites(p, "冀厕革办")])
add(b, "lacking", "两个单位里没有时效指标的项目", projects=[p for p in B if not has_lvl2(p, "时效指标")])
sb_all = sorted(B, key=wan, reverse=True)
add(b, "topn", "两个单位合起来资金最多的前三个项目", projects=sb_all[:3])
assert wan(sb_all[-1]) < wan(sb_all[-2])
add(b, "topn", "所有项目里钱最少的是哪个", projects=sb_all[-1:])
add(b, "mean", "所有项目的满意度目标平均是多少", value=sum(sat(p) for p in B) / len(B))
add(b, "share", "临漳县农业农村局的项目资金占两家总额的比例",
    projects=O, value=sum(wan(p) for p in O) / sum(wan(p) for p in B) * 100)
add(b, "exclusion", "除了魏县人社局，其他单位资金总额最高的项目", projects=[max(O, key=wan)])
add(b, "arithmetic", "耕地地力保护补贴要是标准从每亩60元提到70元 按81万亩算要多少万元",
    projects=[gd], value=mu * 70)
add(b, "followup", "那魏县的城乡居民基本养老保险（基础养老金补助和缴费补贴）呢", history=["耕地地力保护补贴资金有多少"],
    projects=[yl], value=wan(yl))
s95 = [p for p in B if sat(p) >= 95]
add(b, "followup", "这些项目资金一共多少", history=["两个单位满意度目标是95%以上的项目有哪些"],
    projects=s95, value=sum(wan(p) for p in s95))
add(b, "descriptive", "临漳县农业农村局总体目标里粮食播种面积要稳定在多少", contains=["118万亩"])
add(b, "notfound", "魏县农业农村局有哪些项目", **NF)
add(b, "notfound", "临漳县人社局的就业补助资金是多少", **NF)
add(b, "notfound", "邯郸市教育局的绩效目标表里有什么", **NF)
n_b = len(Q) - n_s - n_o

# ----------------------------------------------------------------- checks
store_codes = {"sample": {p["code"] for p in S}, "other": {p["code"] for p in O}, "both": {p["code"] for p in B}}
for q in Q:
    e = q["expect"]
    assert e, q
    if e.get("found") is False:
        assert set(e) == {"found"}, q
    for c in e.get("projects", []):
        assert c in store_codes[q["store"]], (q["id"], c)
    if "projects" in e:
        assert e["projects"], q["id"]
ids = [q["id"] for q in Q]
assert len(set(ids)) == len(ids) == 90, len(Q)
assert len({q["question"] for q in Q}) == 90

with OUT.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
from collections import Counter
print(OUT, len(Q), "sample", n_s, "other", n_o, "both", n_b)
print(Counter(q["kind"] for q in Q))
print(Counter((q["store"], q["kind"]) for q in Q))
