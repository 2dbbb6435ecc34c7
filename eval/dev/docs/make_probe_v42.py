"""Write eval/dev/probe_v42.jsonl: 60 blind probe questions on the 成安县商务局 document (shangwu-2025).

Every expectation is computed here from the .docx tables (shangwu-2025.docx, and the 魏县人社局 sample .docx
for the mixed store), never typed in by hand.

Stores:
  shangwu         eval/dev/docs/shangwu-2025.doc only                                   (50 questions)
  shangwu_sample  eval/dev/docs/shangwu-2025.doc + data/samples/weixian-rsj-2025-jixiao-mubiao.docx  (10)

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v42.py
"""
import json
import math
import re
from collections import Counter
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DOC = HERE / "shangwu-2025.docx"
SAMPLE = ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.docx"
OUT = HERE.parent / "probe_v42.jsonl"
S, SS = "shangwu", "shangwu_sample"


# ---------------------------------------------------------------- parsing
def uniq(row):
    seen, out = [], []
    for c in row.cells:
        if any(c._tc is s for s in seen):
            continue
        seen.append(c._tc)
        out.append(c.text.strip())
    return out


def grid(row):
    return [c.text.strip() for c in row.cells]


def num(s):
    m = re.search(r"\d+(?:\.\d+)?", s or "")
    return float(m.group()) if m else None


def indicator_rows(t):
    head = grid(t.rows[0])
    col = {h: head.index(h) for h in head}
    val_col = col["指标值"]
    basis = next(i for i, h in enumerate(head) if h.startswith("指标值") and h != "指标值")
    rows = []
    for r in t.rows[1:]:
        g = grid(r)
        rows.append(dict(l1=g[col["一级指标"]], l2=g[col["二级指标"]], l3=g[col["三级指标"]],
                         value=g[val_col], basis=g[basis]))
    return rows


def parse_shangwu():
    d = Document(DOC)
    projects, cur = [], None
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            p = Paragraph(el, d)
            if p.style.name == "Heading 2" and p.text.endswith("绩效目标表"):
                cur = dict(heading=p.text)
                projects.append(cur)
        elif tag == "tbl" and cur is not None:
            t = Table(el, d)
            first = grid(t.rows[0])
            if first[0] == "一级指标":
                cur["rows"] = indicator_rows(t)
                continue
            rows = [grid(r) for r in t.rows]
            for i, g in enumerate(rows):
                u = uniq(t.rows[i])
                if u[0] == "项目名称":
                    cur["name"], cur["code"] = u[1], u[3]
                elif u[0] == "主管部门":
                    cur["dept"], cur["org"] = u[1], u[3]
                elif u[0].startswith("项目资金") and "年度资金总额" in g:
                    cur["unit"] = "元" if "（元）" in u[0] else "万元"
                    vals = rows[i + 1]
                    f = 1e-4 if cur["unit"] == "元" else 1.0
                    for key, lab in (("total", "年度资金总额"), ("fiscal", "财政拨款"), ("other", "其他资金")):
                        v = vals[g.index(lab)]
                        cur[key + "_raw"] = v
                        cur[key] = (num(v) or 0.0) * f
                elif u[0] == "资金用途":
                    cur["use"] = u[1]
                elif u[0] == "年度绩效目标":
                    cur["goal"] = u[1]
                elif u[0] == "资金支出计划" and "一季度" in g:
                    vals = rows[i + 1]
                    cur["plan"] = [num(vals[g.index(q)]) for q in ("一季度", "二季度", "三季度", "四季度")]
    for p in projects:
        p.setdefault("plan", None)
        p["doc"] = "shangwu"
    return projects


def parse_sample():
    d = Document(SAMPLE)
    projects = []
    tables = d.tables
    for i, t in enumerate(tables):
        g0 = grid(t.rows[0])
        if g0[0] != "项目编码":
            continue
        u0 = uniq(t.rows[0])
        p = dict(code=u0[1], name=u0[3], doc="sample", unit="万元")
        u1 = uniq(t.rows[1])
        p["total"] = num(u1[u1.index("预算数") + 1])
        p["other"] = num(u1[u1.index("其他资金") + 1]) or 0.0
        p["fiscal"] = num(u1[3 + 1]) if "财政" in u1[3] else None
        p["rows"] = indicator_rows(tables[i + 1])
        projects.append(p)
    return projects


SW = parse_shangwu()
SA = parse_sample()
ALL = SW + SA
CODES = {p["code"] for p in ALL}


def target(v):
    """Numeric target of a written 指标值 (不低于95% → 95, ≥12次 → 12, 不超过86500元 → 86500)."""
    return num(v)


def satisf(p):
    vals = [target(r["value"]) for r in p["rows"] if r["l1"] == "满意度指标"]
    return vals[0] if vals else None


def cost_cap_wan(p):
    for r in p["rows"]:
        if r["l2"] == "成本指标":
            v = target(r["value"])
            if "万元" in r["value"]:
                return v
            if r["value"].endswith("元"):
                return v / 1e4
    return None


def cites(p, s):
    return any(s in r["basis"] for r in p["rows"])


def by_name(part, ps=None):
    hits = [p for p in (ps or SW) if part in p["name"]]
    assert len(hits) == 1, (part, [h["name"] for h in hits])
    return hits[0]


def row_value(p, l3):
    hits = [r["value"] for r in p["rows"] if r["l3"] == l3]
    assert len(hits) == 1, (p["name"], l3)
    return hits[0]


def codes(ps):
    return sorted(p["code"] for p in ps)


def r2(x):
    return round(x, 4)


# ---------------------------------------------------------------- questions
Qs = []


def add(kind, question, expect, store=S, history=None):
    q = dict(question=question)
    if history:
        q["history"] = history
    q.update(expect=expect, store=store, kind=kind)
    Qs.append(q)


def proj(ps, **extra):
    e = dict(projects=codes(ps if isinstance(ps, list) else [ps]))
    e.update(extra)
    return e


NOT_FOUND = {"found": False}

ds = by_name("电子商务进农村")
cpy = by_name("成品油")
wm = by_name("外贸企业")
jz = by_name("家政服务")
cx = by_name("促消费")
fwy = by_name("县域商业体系建设")
ll = by_name("冷链")
zs = by_name("招商引资")
zh = by_name("商务发展综合")

# lookups
add("lookup", "电子商务进农村综合示范项目今年的年度资金总额是多少万元？", proj(ds, value=r2(ds["total"])))
add("lookup", "成品油市场专项整治经费一共安排了多少元？", proj(cpy, value=r2(cpy["total"] * 1e4)))
add("lookup", "外贸企业稳增长奖补资金的项目编码是多少？", proj(wm, contains=[wm["code"]]))
add("lookup", "家政服务提质扩容工作经费是哪个单位具体实施的？", proj(jz, contains=[jz["org"]]))
add("lookup", "县域商业体系建设那个项目要求什么时候完成建设？",
    proj(fwy, contains=[row_value(fwy, "项目建设完成时间").removesuffix("完成")]))
add("lookup", "冷链物流设施补助项目计划新增多少冷库库容？",
    proj(ll, contains=[re.sub(r"^达到|以上$", "", row_value(ll, "新增冷库库容"))]))

# thresholds against word-written targets
sat = {p["code"]: satisf(p) for p in SW}
add("threshold", "满意度目标不低于九成的项目有哪些？", proj([p for p in SW if sat[p["code"]] is not None and sat[p["code"]] >= 90]))
add("threshold", "哪些项目的满意度指标值未达到90%？", proj([p for p in SW if sat[p["code"]] is not None and sat[p["code"]] < 90]))
add("threshold", "资金总额在150万元（含）到300万元（含）之间的项目有哪些？",
    proj([p for p in SW if 150 <= p["total"] <= 300]))
add("threshold", "成本指标的金额上限超过150万元的项目有哪些？",
    proj([p for p in SW if cost_cap_wan(p) is not None and cost_cap_wan(p) > 150]))

# counts
oth = [p for p in SW if p["other"] > 0]
add("count", "商务局有几个项目安排了其他资金？", proj(oth, value=len(oth)))
add("count", "电子商务进农村综合示范项目一共设了多少条三级指标？", proj(ds, value=len(ds["rows"])))
add("count", "这份文件里所有项目的绩效指标加起来一共多少条？", proj(SW, value=sum(len(p["rows"]) for p in SW)))

# sums
add("sum", "商务局全部项目的年度资金总额合计是多少万元？", proj(SW, value=r2(sum(p["total"] for p in SW))))
add("sum", "各项目的其他资金加在一起有多少万元？", proj(oth, value=r2(sum(p["other"] for p in oth))))
c15 = [p for p in SW if cites(p, "冀商发〔2024〕15号")]
add("sum", "以冀商发〔2024〕15号作为指标依据的项目，资金总额合计多少万元？", proj(c15, value=r2(sum(p["total"] for p in c15))))

# means
add("mean", "9个项目平均每个项目的资金总额是多少万元？", proj(SW, value=r2(sum(p["total"] for p in SW) / len(SW))))
withsat = [p for p in SW if sat[p["code"]] is not None]
add("mean", "设了满意度指标的项目，满意度目标值平均是百分之多少？",
    proj(withsat, value=r2(sum(sat[p["code"]] for p in withsat) / len(withsat))))

# shares
add("share", "电子商务进农村综合示范项目的资金占全局项目资金总额的百分之几？",
    proj(ds, value=r2(100 * ds["total"] / sum(p["total"] for p in SW))))
add("share", "电商进农村示范项目里其他资金占该项目资金总额的比例是多少？",
    proj(ds, value=r2(100 * ds["other"] / ds["total"])))

# differences
add("difference", "县域商业体系建设资金比农产品冷链物流设施建设补助多多少万元？",
    proj([fwy, ll], value=r2(fwy["total"] - ll["total"])))

# per unit
add("per_unit", "家政服务提质扩容工作经费按培训人次平均，每人次合多少元？",
    proj(jz, value=r2(jz["total"] * 1e4 / target(row_value(jz, "家政从业人员培训人次")))))

# spending plan (cumulative percentages)
add("plan", "招商引资专项工作经费上半年计划支出多少万元？", proj(zs, value=r2(zs["total"] * zs["plan"][1] / 100)))
planned = [p for p in SW if p["plan"]]
add("plan", "一季度末累计支出进度不低于25%的项目有哪些？", proj([p for p in planned if p["plan"][0] >= 25]))
add("plan", "到三季度末累计支出计划达到80%及以上的项目是哪些？", proj([p for p in planned if p["plan"][2] >= 80]))
add("plan", "县域商业体系建设项目第四季度当季计划支出多少万元？",
    proj(fwy, value=r2(fwy["total"] * (fwy["plan"][3] - fwy["plan"][2]) / 100)))
add("plan", "成品油市场专项整治经费截至三季度末累计计划支出多少元？",
    proj(cpy, value=r2(cpy["total"] * 1e4 * cpy["plan"][2] / 100)))

# lacking
add("lacking", "哪些项目没有编制资金支出计划？", proj([p for p in SW if not p["plan"]]))
add("lacking", "有没有项目没设满意度指标？是哪个？", proj([p for p in SW if sat[p["code"]] is None]))

# top / bottom N
add("topn", "资金总额排前三的项目是哪三个？", proj(sorted(SW, key=lambda p: -p["total"])[:3]))
add("topn", "财政拨款最少的两个项目是哪两个？", proj(sorted(SW, key=lambda p: p["fiscal"])[:2]))

# exclusion
add("exclusion", "除了电子商务进农村综合示范项目，还有哪些项目有其他资金？", proj([p for p in oth if p is not ds]))
add("exclusion", "不算招商引资专项工作经费，其余项目资金总额合计多少万元？",
    proj([p for p in SW if p is not zs], value=r2(sum(p["total"] for p in SW if p is not zs))))

# OR
add("or", "哪些项目的指标依据引用了《中华人民共和国安全生产法》或《中华人民共和国对外贸易法》？",
    proj([p for p in SW if cites(p, "《中华人民共和国安全生产法》") or cites(p, "《中华人民共和国对外贸易法》")]))
add("or", "资金总额超过400万元或者满意度目标低于88%的项目有哪些？",
    proj([p for p in SW if p["total"] > 400 or (sat[p["code"]] is not None and sat[p["code"]] < 88)]))

# partial references
c186 = [p for p in SW if "186号" in p["name"]]
assert len(c186) == 1
add("partial", "186号文下达的那笔资金，财政拨款是多少万元？", proj(c186, value=r2(c186[0]["fiscal"])))
add("partial", "冀商发15号文涉及哪几个项目？", proj(c15))

# implementing unit
add("org", "成安县投资促进中心负责实施的是哪个项目？", proj([p for p in SW if p["org"] == "成安县投资促进中心"]))

# follow-ups
add("followup", "那它的消费券核销率目标是多少？", proj(cx, contains=[f"{target(row_value(cx, '消费券核销率')):g}%"]),
    history=["促消费活动及消费券发放经费的预算是多少？"])
add("followup", "其中财政拨款占多大比例？", proj(ll, value=r2(100 * ll["fiscal"] / ll["total"])),
    history=["农产品冷链物流设施建设补助的资金总额是多少？"])
top_sat = max(c15, key=lambda p: sat[p["code"]])
assert sum(1 for p in c15 if sat[p["code"]] == sat[top_sat["code"]]) == 1
add("followup", "这几个项目里满意度目标最高的是哪一个？", proj(top_sat),
    history=["哪些项目引用了冀商发〔2024〕15号？"])

# descriptive
assert "村级电商服务站点建设" in ds["use"]
add("descriptive", "电子商务进农村综合示范项目的钱主要用在哪些方面？", proj(ds, contains=["村级电商服务站点", "物流配送中心"]))
assert "加油站点检查120次" in cpy["goal"]
add("descriptive", "成品油市场专项整治经费今年的绩效目标是怎么定的？", proj(cpy, contains=["120次", "100%"]))

# nothing to find
add("not_found", "汽车以旧换新补贴资金安排了多少钱？", NOT_FOUND)
assert not [p for p in SW if p["total"] > 600]
add("not_found", "哪些项目的资金总额超过600万元？", NOT_FOUND)
assert not [p for p in SW if cites(p, "冀商发〔2023〕9号")]
add("not_found", "引用冀商发〔2023〕9号文件的项目有哪些？", NOT_FOUND)
assert not [p for p in SW if sat[p["code"]] is not None and sat[p["code"]] < 80]
add("not_found", "满意度目标低于八成的项目有哪些？", NOT_FOUND)
assert not [p for p in planned if p["plan"][0] > 40]
add("not_found", "一季度末计划支出比例超过40%的项目有哪些？", NOT_FOUND)
assert not [p for p in SW if cites(p, "反垄断法")]
add("not_found", "有哪些项目的指标依据是《中华人民共和国反垄断法》？", NOT_FOUND)
assert not [p for p in SW if "粮" in p["name"] or "储备" in p["name"]]
add("not_found", "商务局今年有没有安排粮食储备方面的项目？预算多少？", NOT_FOUND)

# ---- mixed store: shangwu + sample
sx = by_name("公共实训基地县级配套", SA)
cd = by_name("创业贷款贴息", SA)
add("scope", "成安县商务局电子商务进农村综合示范项目的资金总额是多少万元？", proj(ds, value=r2(ds["total"])), store=SS)
add("scope", "魏县人社局公共实训基地县级配套项目的预算是多少万元？", proj(sx, value=r2(sx["total"])), store=SS)
add("scope", "魏县人社局的创业贷款贴息资金满意度目标定的多少？", proj(cd, contains=[f"{satisf(cd):g}%"]), store=SS)
add("scope", "成安县商务局所有项目的资金合计是多少万元？", proj(SW, value=r2(sum(p["total"] for p in SW))), store=SS)
add("threshold", "两个部门的项目里，满意度目标不低于95%的有哪些？",
    proj([p for p in ALL if satisf(p) is not None and satisf(p) >= 95]), store=SS)
add("filter", "两个部门中安排了其他资金的项目有哪些？", proj([p for p in ALL if p["other"] > 0]), store=SS)
add("topn", "成安县商务局资金最少的是哪个项目？", proj(min(SW, key=lambda p: p["total"])), store=SS)
add("lacking", "两个局的项目中，哪个没有设置满意度指标？", proj([p for p in ALL if satisf(p) is None]), store=SS)
add("partial", "哪些项目引用了冀商发〔2024〕15号？", proj([p for p in ALL if cites(p, "冀商发〔2024〕15号")]), store=SS)
assert not [p for p in ALL if p["total"] > 30000]
add("not_found", "两个部门里有没有预算超过3亿元的项目？", NOT_FOUND, store=SS)


# ---------------------------------------------------------------- validate and write
def validate():
    assert len(Qs) == 60, len(Qs)
    for i, q in enumerate(Qs, start=1):
        q["id"] = f"v42-{i:03d}"
    ids = [q["id"] for q in Qs]
    assert len(set(ids)) == len(ids)
    assert len({q["question"] for q in Qs}) == len(Qs)
    assert Counter(q["store"] for q in Qs) == {S: 50, SS: 10}
    assert sum(1 for q in Qs if q["expect"].get("found") is False) == 8
    for q in Qs:
        e = q["expect"]
        assert e, q
        if e.get("found") is False:
            assert set(e) == {"found"}
            continue
        if "projects" in e:
            assert e["projects"], q
            pool = {p["code"] for p in (SW if q["store"] == S else ALL)}
            assert set(e["projects"]) <= pool, q
        if "value" in e:
            assert isinstance(e["value"], (int, float)) and math.isfinite(e["value"]), q
        for c in e.get("contains", []):
            assert c and isinstance(c, str), q
    # sanity on the parse
    assert len(SW) == 9 and len(SA) == 14
    assert sum(len(p["rows"]) for p in SA) == 101
    assert abs(sum(p["total"] for p in SA) - 37106.9) < 1e-6
    for p in SW:
        assert abs(p["total"] - p["fiscal"] - p["other"]) < 1e-9, p["name"]


def main():
    validate()
    keyorder = ("id", "question", "history", "expect", "store", "kind")
    with OUT.open("w", encoding="utf-8") as f:
        for q in Qs:
            f.write(json.dumps({k: q[k] for k in keyorder if k in q}, ensure_ascii=False) + "\n")
    print(OUT, len(Qs))
    print(Counter(q["store"] for q in Qs))
    print(Counter((q["store"], q["kind"]) for q in Qs))


if __name__ == "__main__":
    main()
