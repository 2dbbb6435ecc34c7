"""Write eval/dev/probe_v53.jsonl (55 questions, ids v53-001 …) and validate it.

Stores:
  shichang         only eval/dev/docs/shichang-2025.pdf (广平县市场监督管理局 2025, built by make_shichang.py)   40
  shichang_sample  shichang-2025.pdf + data/samples/weixian-rsj-2025-jixiao-mubiao.docx (魏县人社局 2025)       8
  sample           only the sample docx                                                                         7

Every expected value, project set and count is computed here from the tables of the .docx files (python-docx;
shichang-2025.docx is the source of the PDF); the question wording is written by hand.  Conventions follow
eval/heldout/README_v6.md: money in 万元 (the 知识产权 project printed in 元 counts as 25.46 万元), shares as a
percentage number, per-unit in the unit the question asks for, spending plans cumulative, 以上/达到/及以上 include the
bound, 不到/低于/超过 exclude it, projects without a 满意度指标 are left out of satisfaction filters and means.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v53.py
"""
import json
import math
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.oxml.ns import qn

HERE = Path(__file__).parent
ROOT = HERE.parent.parent.parent
SHICHANG_DOCX = HERE / "shichang-2025.docx"
SHICHANG_PDF = HERE / "shichang-2025.pdf"
SAMPLE_DOCX = ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.docx"
OUT = HERE.parent / "probe_v53.jsonl"


# ---------------------------------------------------------------- reading the documents

def uniq_cells(row):
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        out.append(c.text.strip())
    return out


def tables(path):
    d = Document(path)
    return [Table(t, d) for t in d.element.body.iter(qn("w:tbl"))]


def doc_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in tables(path):
        for r in t.rows:
            parts.extend(uniq_cells(r))
    return "\n".join(parts)


def num(s):
    return Decimal(re.sub(r"[^\d.]", "", s))


def pct(s):
    m = re.search(r"(\d+(?:\.\d+)?)\s*%", s or "")
    return Decimal(m.group(1)) if m else None


def read_shichang(path=SHICHANG_DOCX):
    recs = []
    for t in tables(path):
        first = uniq_cells(t.rows[0])
        if first[0] == "项目名称":
            f, plan, goal = {}, None, None
            for r in t.rows:
                cells = uniq_cells(r)
                if len(cells) == 1:
                    txt = cells[0]
                    if txt.startswith("资金使用计划"):
                        plan = {q: Decimal(v) for q, v in re.findall(r"([一二三四])季度(\d+)%", txt)}
                    elif txt.startswith("年度绩效目标"):
                        goal = txt.split("：", 1)[1]
                    continue
                for k in range(0, len(cells) - 1, 2):
                    f[cells[k]] = cells[k + 1]
            yuan = "资金总额（元）" in f
            k = Decimal(10000) if yuan else Decimal(1)
            tot_label = "资金总额（元）" if yuan else "资金总额（万元）"
            recs.append(dict(
                code=f["项目编码"], name=f["项目名称"], dept=f["主管部门"], unit=f["实施单位"], attr=f["项目属性"],
                total=Decimal(f[tot_label]) / k, fin=Decimal(f["财政拨款"]) / k, other=Decimal(f["其他资金"]) / k,
                sup=Decimal(f["其中：上级补助"]) / k, local=Decimal(f["本级安排"]) / k, yuan=yuan,
                total_printed=Decimal(f[tot_label]), use=f["资金用途"], goal=goal, plan=plan, rows=[]))
        elif first[0] == "一级指标":
            assert first == ["一级指标", "二级指标", "三级指标", "指标值", "备注"], first
            for r in t.rows[1:]:
                c = [x.text.strip() for x in r.cells]
                recs[-1]["rows"].append(dict(l1=c[0], l2=c[1], l3=c[2], value=c[3], basis=c[4]))
    return recs


def read_sample(path=SAMPLE_DOCX):
    """The sample prints each project as three tables: a unit line, the header block, the indicator block."""
    recs = []
    for t in tables(path):
        rows = [uniq_cells(r) for r in t.rows]
        ind = False
        for i, cells in enumerate(rows):
            if cells[0] == "项目编码":
                recs.append(dict(code=cells[1], name=cells[3], rows=[], plan=None))
            elif cells[0] == "预算规模及资金用途" and len(cells) > 2 and cells[1] == "预算数":
                recs[-1]["total"] = Decimal(cells[2])
            elif cells[0] == "资金支出计划（%）" and cells[1] == "3月底":
                recs[-1]["plan"] = dict(zip(cells[1:], rows[i + 1][1:] + [""] * 4))
            elif cells[0] == "一级指标":
                assert cells[4] == "指标值" and cells[5] == "指标值确定依据", cells
                ind = True
            elif ind:
                recs[-1]["rows"].append(dict(l1=cells[0], l2=cells[1], l3=cells[2], value=cells[4], basis=cells[5]))
    for r in recs:
        assert r["rows"] and "total" in r, r["name"]
    return recs


SC = read_shichang()
SA = read_sample()
assert len(SC) == 7 and len(SA) == 14, (len(SC), len(SA))
BY = {r["name"]: r for r in SC}


def P(fragment, recs=SC):
    hits = [r for r in recs if fragment in r["name"]]
    assert len(hits) == 1, (fragment, [h["name"] for h in hits])
    return hits[0]


def codes(recs):
    return sorted(r["code"] for r in recs)


def sat(r):
    v = [x for x in r["rows"] if x["l1"] == "满意度指标"]
    return pct(v[0]["value"]) if v else None


def row(r, l3):
    hits = [x for x in r["rows"] if x["l3"] == l3]
    assert len(hits) == 1, (r["name"], l3)
    return hits[0]


def cites(r, ref):
    return ref in r["name"] or any(ref in x["basis"] for x in r["rows"])


def plan_q(r, q):
    return r["plan"][q] if r["plan"] else None


def f2(x):
    return float(round(Decimal(x), 4))


# ---------------------------------------------------------------- questions

Q = []


def add(store, kind, question, expect, history=None):
    q = {"id": f"v53-{len(Q) + 1:03d}", "store": store, "kind": kind, "question": question}
    if history:
        q["history"] = history
    q["expect"] = expect
    Q.append(q)


def E(projects=None, value=None, contains=None):
    e = {}
    if projects is not None:
        e["projects"] = codes(projects)
    if value is not None:
        e["value"] = f2(value)
    if contains is not None:
        e["contains"] = contains
    return e


NF = {"found": False}

sp = P("食品安全监督抽检")
tz = P("特种设备安全监察")
cp = P("产品质量安全监管补助")
zs = P("知识产权保护")
jl = P("计量器具强制检定")
xf = P("消费者权益保护")
zf = P("综合执法办案")

# --- store shichang (40)
S = "shichang"
add(S, "lookup", "食品安全监督抽检经费今年安排了多少钱？", E([sp], sp["total"]))
assert "电梯" in tz["use"]
add(S, "lookup", "特种设备安全监察经费主要花在哪些方面？", E([tz], contains=["电梯"]))
assert "20件" in zs["goal"]
add(S, "descriptive", "知识产权保护和商标品牌培育那个项目，年度绩效目标是怎么定的？", E([zs], contains=["20件"]))
add(S, "lookup-unit", "计量器具强制检定经费是哪个单位具体实施的？", E([jl], contains=[jl["unit"].replace("广平县", "")]))
r = row(xf, "投诉按时办结率")
add(S, "lookup", "消费者权益保护那个项目里，投诉按时办结率定的目标是多少？依据是什么？",
    E([xf], contains=[str(pct(r["value"])) + "%", "消费者权益保护法"]))
add(S, "lookup", "食品安全抽检经费里面上级补助资金有多少？", E([sp], sp["sup"]))
add(S, "lookup", "市场监管综合执法办案经费中，县本级安排了多少万元？", E([zf], zf["local"]))
add(S, "sum", "全局项目支出里，上级补助一共是多少万元？", E(value=sum(r["sup"] for r in SC)))
add(S, "sum", "市场监管局2025年这几个项目的资金总额加起来是多少？", E(value=sum(r["total"] for r in SC)))
sel = [r for r in SC if r["total"] >= 80]
add(S, "threshold", "资金总额在80万元以上的项目有哪几个？", E(sel))
sel = [r for r in SC if r["total"] < 50]
assert zs in sel
add(S, "threshold", "哪些项目的预算不到50万元？", E(sel))
sel = [r for r in SC if sat(r) is not None and sat(r) >= 90]
add(S, "threshold", "满意度目标达到九成的项目有哪些？", E(sel))
sel = [r for r in SC if 40 <= r["total"] <= 70]
add(S, "range", "资金总额介于40万到70万元之间的是哪些项目？", E(sel))
ss = [sat(r) for r in SC if sat(r) is not None]
add(S, "mean", "设了满意度指标的项目，满意度目标平均是多少？", E(value=sum(ss) / len(ss)))
add(S, "share", "中央产品质量安全监管补助资金占全局项目资金总额的百分之几？",
    E(value=cp["total"] / sum(r["total"] for r in SC) * 100))
add(S, "difference", "食品安全抽检经费比特种设备安全监察经费多出多少万元？", E([sp, tz], sp["total"] - tz["total"]))
add(S, "ratio", "综合执法办案经费是消费者权益保护经费的几倍？", E([zf, xf], zf["total"] / xf["total"]))
n = num(row(sp, "食品安全监督抽检批次")["value"])
add(S, "per-unit", "食品安全监督抽检平均每批次的经费是多少元？", E([sp], sp["total"] * 10000 / n))
n = num(row(zs, "培育地理标志及商标品牌数量")["value"])
add(S, "per-unit", "知识产权那个项目，按计划培育的商标品牌数量算，每件合多少元？", E([zs], zs["total_printed"] / n))
add(S, "spending-plan", "到二季度末，食品安全监督抽检经费按计划应累计支出多少万元？",
    E([sp], sp["total"] * plan_q(sp, "二") / 100))
add(S, "spending-plan", "有资金使用计划的项目，一季度末合计计划支出多少万元？",
    E(value=sum(r["total"] * r["plan"]["一"] / 100 for r in SC if r["plan"])))
sel = [r for r in SC if r["plan"] and r["plan"]["二"] >= 50]
add(S, "spending-plan-condition", "哪些项目上半年累计支出进度计划达到50%及以上？", E(sel))
sel = [r for r in SC if r["plan"] and r["plan"]["一"] == 0]
add(S, "spending-plan-condition", "一季度计划一分钱都不支出的是哪个项目？", E(sel))
sel = [r for r in SC if cites(r, "冀市监〔2024〕8号")]
add(S, "policy-ref", "哪些项目的指标依据引用了冀市监〔2024〕8号？", E(sel))
sel = [r for r in SC if cites(r, "邯市监字")]
add(S, "partial-ref", "有没有引用邯市监字文件的项目？都是哪些？", E(sel))
sel = [r for r in SC if cites(r, "〔2025〕3号")]
add(S, "partial-ref", "2025年3号文涉及哪几个项目？", E(sel))
sel = [r for r in SC if cites(r, "食品安全法")]
add(S, "law", "哪些项目把《中华人民共和国食品安全法》作为指标值的依据？", E(sel))
sel = [r for r in SC if sat(r) is None]
add(S, "lacking", "哪个项目没有设置满意度指标？", E(sel))
top = sorted(SC, key=lambda r: r["total"], reverse=True)
add(S, "top-n", "资金规模最大的两个项目是哪两个？", E(top[:2]))
add(S, "bottom-n", "资金最少的三个项目分别是什么？", E(top[-3:]))
sel = [r for r in SC if r["plan"] and r is not sp]
add(S, "exclusion", "除了食品安全监督抽检经费，还有哪些项目列了资金使用计划？", E(sel))
sel = [r for r in SC if "综合行政执法队" in r["unit"] or "检验检测中心" in r["unit"]]
add(S, "or", "由综合行政执法队或者检验检测中心实施的项目有哪些？", E(sel))
add(S, "count-rows", "市场监管综合执法办案经费一共设了多少条三级指标？", E([zf], len(zf["rows"])))
sel = [r for r in SC if r["other"] > 0]
add(S, "count", "有几个项目安排了财政拨款以外的其他资金？", E(sel, len(sel)))
r = row(jl, "计量器具不合格率")
add(S, "follow-up", "那它的计量器具不合格率要控制在多少？", E([jl], contains=[str(pct(r["value"])) + "%"]),
    history=["计量器具强制检定经费的检定证书多久能出具？"])
add(S, "follow-up", "这个项目由哪个单位实施？", E([top[0]], contains=[top[0]["unit"].replace("广平县", "")]),
    history=["市场监管局资金最多的是哪个项目？"])
add(S, "not-found", "广平县市场监督管理局2024年的食品安全监督抽检经费是多少？", NF)
add(S, "not-found", "哪些项目依据了冀市监〔2023〕8号？", NF)
add(S, "not-found", "药品安全监管专项经费的资金总额是多少？", NF)
add(S, "not-found", "广平县农业农村局2025年有哪些项目？", NF)

# --- store shichang_sample (8)
S = "shichang_sample"
ALL = SC + SA
add(S, "cross-department", "两个部门所有项目里，资金总额最大的是哪一个？",
    E([max(ALL, key=lambda r: r["total"])]))
sel = [r for r in ALL if sat(r) is not None and sat(r) >= 90]
add(S, "cross-department", "魏县人社局和广平县市场监管局的项目中，满意度目标不低于90%的有哪些？", E(sel))
add(S, "scoping", "广平县市场监督管理局预算最多的项目是哪个？", E([top[0]]))
sel = [r for r in SC if r["total"] > 50]
add(S, "count", "广平县市场监管局资金超过50万元的项目有几个？", E(sel, len(sel)))
add(S, "sum", "魏县人社局所有项目的预算数合计是多少万元？", E(value=sum(r["total"] for r in SA)))
sel = [r for r in ALL if sat(r) is None]
add(S, "lacking", "这两个部门里，哪些项目没有满意度指标？", E(sel))
add(S, "follow-up", "魏县人社局呢？", E([min(SA, key=lambda r: r["total"])]),
    history=["广平县市场监管局资金最少的项目是哪个？"])
add(S, "not-found", "魏县市场监督管理局的食品安全监督抽检经费是多少？", NF)

# --- store sample (7)
S = "sample"
gx = P("公共实训基地县级配套", SA)
r = row(gx, "公共实训基地完工时间")
add(S, "lookup", "公共实训基地县级配套项目要求什么时候完工？", E([gx], contains=[r["value"][:8]]))
sel = [r for r in SA if r["total"] > 1000]
add(S, "threshold", "预算数过千万的项目有哪些？", E(sel))
wl = P("离退休老干部", SA)
p6 = next((pct(wl["plan"][m]) for m in ("6月底", "3月底") if pct(wl["plan"][m]) is not None))
add(S, "spending-plan", "老干部春节慰问那个项目，到6月底计划支出多少万元？", E([wl], wl["total"] * p6 / 100))
sel = [r for r in SA if cites(r, "冀财社【2024】136号")]
add(S, "partial-ref", "用到冀财社【2024】136号的是哪些项目？", E(sel))
lw = P("劳务派遣", SA)
n = num(row(lw, "政府购买服务人员数量")["value"])
add(S, "per-head", "劳务派遣人员工资人均多少万元？", E([lw], lw["total"] / n))
ss = [sat(r) for r in SA if sat(r) is not None]
add(S, "mean", "魏县人社局各项目的满意度目标平均是多少？", E(value=sum(ss) / len(ss)))
add(S, "not-found", "魏县人社局的稳岗返还资金预算是多少？", NF)


# ---------------------------------------------------------------- validation

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def validate(lines):
    import pdfplumber
    with pdfplumber.open(SHICHANG_PDF) as pdf:
        pdf_text = norm("\n".join(pg.extract_text() or "" for pg in pdf.pages))
    texts = {"shichang": pdf_text, "sample": norm(doc_text(SAMPLE_DOCX))}
    texts["shichang_sample"] = texts["shichang"] + texts["sample"]
    store_codes = {"shichang": set(codes(SC)), "sample": set(codes(SA))}
    store_codes["shichang_sample"] = store_codes["shichang"] | store_codes["sample"]
    for r in SC:
        assert r["code"] in pdf_text and norm(r["name"]) in pdf_text, r["name"]
        assert norm(r["unit"]) in pdf_text, r["unit"]
    for r in SA:
        assert r["code"] in texts["sample"] and norm(r["name"]) in texts["sample"], r["name"]
    ids = []
    for ln in lines:
        q = json.loads(ln)
        ids.append(q["id"])
        assert set(q) <= {"id", "store", "kind", "question", "history", "expect"}, q
        e = q["expect"]
        assert set(e) <= {"projects", "value", "contains", "found"}, q["id"]
        if "found" in e:
            assert e == {"found": False}, q["id"]
            continue
        assert e, q["id"]
        for c in e.get("projects", []):
            assert c in store_codes[q["store"]], (q["id"], c)
        assert len(set(e.get("projects", []))) == len(e.get("projects", []))
        if "value" in e:
            assert math.isfinite(e["value"]), q["id"]
        for s in e.get("contains", []):
            assert norm(s) in texts[q["store"]], (q["id"], s)
    assert len(ids) == len(set(ids)) == 55
    assert ids == [f"v53-{i:03d}" for i in range(1, 56)]


if __name__ == "__main__":
    lines = [json.dumps(q, ensure_ascii=False) for q in Q]
    validate(lines)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from collections import Counter
    print(OUT, len(lines))
    print(Counter(q["store"] for q in Q))
    print(Counter(q["kind"] for q in Q))
