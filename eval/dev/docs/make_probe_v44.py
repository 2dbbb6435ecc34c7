"""Build eval/dev/probe_v44.jsonl: 70 blind probe questions over the `four_new` store
(馆陶县司法局, 馆陶县医疗保障局, 成安县商务局, 成安县林业局; 2025).

Every expectation is computed from the documents: the three .docx files are read with python-docx,
the 林业局 data comes from make_linye.PROJECTS. Money in 万元 unless 元 is asked; percentages as numbers.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v44.py
"""
import json
import math
import re
import sys
from pathlib import Path

import docx
from docx.table import Table

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "probe_v44.jsonl"
STORE = "four_new"
sys.path.insert(0, str(HERE))
from make_linye import PROJECTS as LINYE  # noqa: E402

SIFA, YIBAO, SHANGWU, LINYE_D = "馆陶县司法局", "馆陶县医疗保障局", "成安县商务局", "成安县林业局"
DEPTS = [SIFA, YIBAO, SHANGWU, LINYE_D]


def num(s):
    m = re.search(r"\d+(?:\.\d+)?", s or "")
    return float(m.group()) if m else None


def rows(tb):
    out = []
    for r in tb.rows:
        cells, prev = [], None
        for c in r.cells:
            if c._tc is prev:
                continue
            prev = c._tc
            cells.append(c.text.strip())
        out.append(cells)
    return out


def tables(path):
    d = docx.Document(str(HERE / path))
    return [rows(Table(el, d)) for el in d.element.body.iterchildren() if el.tag.endswith("}tbl")]


PLAN_RE = re.compile(r"(\d+)%")


def new(dept):
    return {"dept": dept, "code": None, "name": None, "budget": None, "fiscal": None, "other": 0.0,
            "unit": None, "category": None, "plan": None, "ind": []}


def read_sifa():
    projs, cur = [], None
    for t in tables("sifa-2025.docx"):
        if t[0][0] == "项目名称":
            cur = new(SIFA)
            projs.append(cur)
            scale = 1.0
            for r in t:
                k, v = r[0], r[-1]
                if k == "项目名称": cur["name"] = v
                elif k == "项目编码": cur["code"] = v
                elif k == "实施单位": cur["unit"] = v
                elif k == "项目类别": cur["category"] = v
                elif k.startswith("资金总额"):
                    scale = 1e-4 if "（元）" in k else 1.0
                    cur["budget"] = float(v) * scale
                elif k == "其中：财政拨款": cur["fiscal"] = float(v) * scale
                elif k == "其中：其他资金": cur["other"] = float(v) * scale
                elif k == "资金支出计划": cur["plan"] = tuple(int(x) for x in PLAN_RE.findall(v))
        else:
            for r in t[1:]:
                cur["ind"].append({"l1": r[0], "l2": r[1], "l3": r[2], "score": float(r[3]),
                                   "value": r[4], "basis": r[5]})
    return projs


def read_yibao():
    projs = []
    for t in tables("yibao-2025.docx"):
        cur = new(YIBAO)
        projs.append(cur)
        in_ind = False
        for r in t:
            k = r[0]
            if in_ind:
                cur["ind"].append({"l1": r[0], "l2": r[1], "l3": r[2], "value": r[3], "basis": r[4]})
            elif k == "项目名称": cur["name"] = r[1]
            elif k == "项目编码": cur["code"] = r[1]
            elif k == "主管部门": cur["unit"] = r[3]
            elif k.startswith("资金总额"):
                cur["budget"], cur["fiscal"], cur["other"] = float(r[1]), float(r[3]), float(r[5])
            elif k.startswith("支出计划") and "%" in r[1]:
                cur["plan"] = tuple(int(num(x)) for x in r[1:])
            elif k == "一级指标": in_ind = True
    return projs


def read_shangwu():
    projs, cur = [], None
    for t in tables("shangwu-2025.docx"):
        if t[0][0] == "项目名称":
            cur = new(SHANGWU)
            projs.append(cur)
            cur["name"], cur["code"] = t[0][1], t[0][3]
            scale = 1.0
            for r in t[1:]:
                k = r[0]
                if k == "主管部门": cur["unit"] = r[3]
                elif k.startswith("项目资金"):
                    scale = 1e-4 if "（元）" in k else 1.0
                    if r[1] != "年度资金总额":
                        cur["budget"] = float(r[1]) * scale
                        cur["fiscal"] = float(r[2]) * scale
                        cur["other"] = float(r[3]) * scale if r[3] else 0.0
                elif k == "资金支出计划" and "%" in r[1]:
                    cur["plan"] = tuple(int(num(x)) for x in r[1:])
        else:
            for r in t[1:]:
                cur["ind"].append({"l1": r[0], "l2": r[1], "l3": r[2], "value": r[3], "basis": r[4]})
    return projs


def read_linye():
    out = []
    for p in LINYE:
        q = new(LINYE_D)
        q.update(code=p["code"], name=p["name"], budget=p["budget"], fiscal=p["fiscal"], other=p["other"],
                 unit="405001成安县林业局本级", plan=p["plan"])
        q["ind"] = [{"l1": a, "l2": b, "l3": c, "desc": d, "value": e, "basis": f}
                    for a, b, c, d, e, f in p["indicators"]]
        out.append(q)
    return out


P = read_sifa() + read_yibao() + read_shangwu() + read_linye()
BY = {p["code"]: p for p in P}
D = {d: [p for p in P if p["dept"] == d] for d in DEPTS}


def check_data():
    assert [len(D[d]) for d in DEPTS] == [10, 8, 9, 8], [len(D[d]) for d in DEPTS]
    assert len(BY) == len(P)
    for p in P:
        assert p["code"] and p["name"] and p["budget"] is not None, p
        assert abs(p["fiscal"] + p["other"] - p["budget"]) < 1e-6, p["name"]
        assert p["ind"], p["name"]
    # document-stated totals
    assert abs(tot(D[SIFA]) - 495.50) < 1e-6
    assert abs(tot(D[SHANGWU]) - 1593.65) < 1e-6
    assert abs(sum(p["fiscal"] for p in D[SHANGWU]) - 1363.65) < 1e-6


def tot(ps, key="budget"):
    return round(sum(p[key] for p in ps), 6)


def codes(ps):
    return sorted(p["code"] for p in ps)


def sat(p):
    r = [i for i in p["ind"] if i["l1"] == "满意度指标"]
    return num(r[0]["value"]) if r else None


def by_name(part, dept=None):
    m = [p for p in P if part in p["name"] and (dept is None or p["dept"] == dept)]
    assert len(m) == 1, (part, [p["name"] for p in m])
    return m[0]


def cites(doc):
    return [p for p in P if any(doc in i["basis"] for i in p["ind"])]


def by_unit(unit, dept):
    return [p for p in D[dept] if p["unit"] == unit]


def topn(ps, n, reverse=True, key="budget"):
    s = sorted(ps, key=lambda p: p[key], reverse=reverse)
    assert n == len(s) or s[n - 1][key] != s[n][key], "tie at cut"
    return s[:n]


def pct(a, b):
    return round(a / b * 100, 2)


ALL = P
TOTAL = tot(ALL)
Q = []


def q(kind, question, history=None, **expect):
    for k, v in list(expect.items()):
        if k == "projects":
            expect[k] = codes(v) if v and isinstance(v[0], dict) else sorted(v)
        if k == "value":
            expect[k] = round(float(v), 4)
    if expect.get("found") is False:
        expect = {"found": False}
    rec = {"id": f"v44-{len(Q) + 1:03d}", "question": question}
    if history:
        rec["history"] = history
    rec.update(expect=expect, store=STORE, kind=kind)
    Q.append(rec)


def build():
    sifa, yb, sw, ly = D[SIFA], D[YIBAO], D[SHANGWU], D[LINYE_D]
    guantao, cheng_an = sifa + yb, sw + ly

    # ---- totals per department and overall
    q("dept_total", "馆陶县司法局2025年项目支出预算一共多少万元？", projects=sifa, value=tot(sifa))
    q("dept_total", "医保局今年的项目预算合计是多少？", projects=yb, value=tot(yb))
    q("dept_total", "成安县商务局全部项目加起来预算有多少万？", projects=sw, value=tot(sw))
    q("dept_total", "林业局的项目资金总盘子多大？", projects=ly, value=tot(ly))
    q("overall_total", "这四个部门的项目预算合计是多少万元？", projects=ALL, value=TOTAL)
    q("overall_total", "四个部门项目支出总额折合成元是多少？", value=TOTAL * 10000)
    q("overall_total", "四个部门项目里的其他资金一共有多少？", value=tot(ALL, "other"))

    # ---- department ranking / comparison / share
    dt = {d: tot(D[d]) for d in DEPTS}
    top_d = max(dt, key=dt.get)
    low_d = min(dt, key=dt.get)
    q("dept_rank", "四个部门里哪个部门的项目预算最多？", contains=[top_d[3:]], value=dt[top_d])
    q("dept_rank", "从项目预算规模看，哪个部门最少？是多少？", contains=[low_d[3:]], value=dt[low_d])
    q("dept_rank", "四个部门里项目个数最多的是哪个部门？",
      contains=[max(DEPTS, key=lambda d: len(D[d]))[3:]], value=max(len(D[d]) for d in DEPTS))
    q("dept_compare", "医保局的项目预算比司法局多多少万元？", value=dt[YIBAO] - dt[SIFA])
    q("dept_compare", "成安县林业局和商务局相比，项目预算相差多少？", value=dt[LINYE_D] - dt[SHANGWU])
    q("dept_compare", "医保局的项目预算大概是司法局的几倍？", value=dt[YIBAO] / dt[SIFA])
    q("dept_share", "林业局的项目预算占四个部门总额的百分之多少？", value=pct(dt[LINYE_D], TOTAL))
    q("dept_share", "医疗保障局在四个部门项目预算总盘子里占比多少？", value=pct(dt[YIBAO], TOTAL))
    q("dept_share", "司法局的其他资金占司法局项目预算的比例是多少？", value=pct(tot(sifa, "other"), dt[SIFA]))
    q("dept_share", "城乡居民基本医疗保险县级财政补助资金占医保局项目预算的百分之几？",
      projects=[by_name("城乡居民基本医疗保险县级财政补助资金")],
      value=pct(by_name("城乡居民基本医疗保险县级财政补助资金")["budget"], dt[YIBAO]))

    # ---- counts
    q("dept_count", "司法局一共安排了几个项目？", projects=sifa, value=len(sifa))
    q("overall_count", "四个部门合计报了多少个项目？", projects=ALL, value=len(ALL))
    yb_sat = [p for p in yb if sat(p) is not None]
    q("dept_count", "医保局有几个项目设了满意度指标？", projects=yb_sat, value=len(yb_sat))
    q("calc", "四个部门平均每个项目预算多少万元？", value=TOTAL / len(ALL))
    hly = by_name("生态护林员补助资金")
    persons = num([i for i in hly["ind"] if i["l3"] == "选聘生态护林员人数"][0]["value"])
    q("calc", "林业局生态护林员补助资金按选聘人数算，每人每年多少元？", projects=[hly],
      value=hly["budget"] * 10000 / persons)

    # ---- conditions within one department
    q("dept_filter", "林业局里满意度目标不低于90%的项目有哪些？",
      projects=[p for p in ly if sat(p) is not None and sat(p) >= 90])
    q("dept_filter", "司法局预算在50万元以上的项目有哪几个？", projects=[p for p in sifa if p["budget"] >= 50])
    q("dept_filter", "医保局哪些项目安排了其他资金？", projects=[p for p in yb if p["other"] > 0])
    q("dept_filter", "商务局哪些项目到二季度末累计支出计划不低于50%？",
      projects=[p for p in sw if p["plan"] and p["plan"][1] >= 50])
    q("dept_filter", "医保局哪些项目没有填资金支出计划？", projects=[p for p in yb if not p["plan"]])
    yz = [p for p in sifa if p["category"] == "其他运转类"]
    q("dept_filter", "司法局项目类别属于其他运转类的有哪些，合计多少钱？", projects=yz, value=tot(yz))

    # ---- conditions across all four
    q("cross_filter", "四个部门里其他资金超过50万的项目有哪些？", projects=[p for p in ALL if p["other"] > 50])
    q("cross_filter", "四个部门中预算不足30万元的项目有哪些？", projects=[p for p in ALL if p["budget"] < 30])
    q("cross_filter", "所有项目里满意度目标在95%及以上的有哪些？",
      projects=[p for p in ALL if sat(p) is not None and sat(p) >= 95])
    q("cross_filter", "四个部门哪些项目没有设置满意度指标？", projects=[p for p in ALL if sat(p) is None])
    q("cross_filter", "四个部门中预算介于100万和300万之间的项目有哪些？",
      projects=[p for p in ALL if 100 <= p["budget"] <= 300])
    early = [p for p in ALL if "提前下达" in p["name"]]
    q("cross_filter", "四个部门里属于提前下达2025年中央资金的项目有哪些？一共多少钱？",
      projects=early, value=tot(early))

    # ---- top / bottom N
    q("topn_all", "四个部门里预算最高的三个项目是哪些？", projects=topn(ALL, 3))
    q("topn_all", "全部项目里预算最少的五个是哪几个？", projects=topn(ALL, 5, reverse=False))
    q("topn_dept", "林业局预算最多的两个项目是什么？", projects=topn(ly, 2))
    low_s = topn(sifa, 1, reverse=False)[0]
    q("topn_dept", "司法局预算最少的是哪个项目，多少钱？", projects=[low_s], value=low_s["budget"])
    t3 = topn(sw, 3)
    q("topn_dept", "商务局预算排前三的项目合计多少万元？", projects=t3, value=tot(t3))
    nyb = topn([p for p in ALL if p["dept"] != YIBAO], 1)[0]
    q("topn_all", "除了医保局，其余三个部门里预算最高的项目是哪个？", projects=[nyb], value=nyb["budget"])

    # ---- departments named by place
    q("place", "馆陶那两个局的项目预算加起来多少？", projects=guantao, value=tot(guantao))
    q("place", "成安县的两个部门一共有多少个项目？", projects=cheng_an, value=len(cheng_an))
    mo = topn(cheng_an, 1, key="other")[0]
    q("place", "成安县的项目里，其他资金最多的是哪个项目？", projects=[mo], value=mo["other"])
    q("place", "馆陶县两个部门中满意度目标低于88%的项目有哪些？",
      projects=[p for p in guantao if sat(p) is not None and sat(p) < 88])

    # ---- 实施单位 within a department
    fwzx = by_unit("馆陶县医疗保障服务中心", YIBAO)
    q("impl_unit", "医保局里由医疗保障服务中心实施的项目有哪些？", projects=fwzx)
    q("impl_unit", "商务局市场建设股负责实施哪些项目？", projects=by_unit("成安县商务局市场建设股", SHANGWU))
    jc = by_unit("馆陶县司法局基层工作股", SIFA)
    q("impl_unit", "司法局基层工作股实施的项目预算一共多少？", projects=jc, value=tot(jc))
    zf = by_unit("成安县商务综合行政执法大队", SHANGWU)
    q("impl_unit", "成安县商务综合行政执法大队负责的项目预算是多少元？", projects=zf, value=tot(zf) * 10000)

    # ---- policy references (shared across departments)
    q("policy", "哪些项目的指标依据引用了冀林草字〔2024〕27号？", projects=cites("冀林草字〔2024〕27号"))
    c21 = [p for p in ALL if any(re.search(r"〔2024〕21号", i["basis"]) for i in p["ind"])]
    assert {p["dept"] for p in c21} == {SIFA, YIBAO}
    q("policy", "指标依据里引用了〔2024〕21号文件的项目有哪些？分别是哪个部门的？",
      projects=c21, contains=["邯司", "冀医保办"])
    c8 = [p for p in ALL if any(re.search(r"〔2024〕8号", i["basis"]) for i in p["ind"])]
    assert {p["dept"] for p in c8} == {YIBAO, SHANGWU}
    q("policy", "四个部门里，哪些项目依据了文号为〔2024〕8号的文件？", projects=c8)
    c15 = cites("冀商发〔2024〕15号")
    q("policy", "引用冀商发〔2024〕15号的项目预算合计多少？", projects=c15, value=tot(c15))
    q("policy", "《中华人民共和国森林法》被哪些项目作为指标依据？", projects=cites("《中华人民共和国森林法》"))
    q("policy", "依据《医疗保障基金使用监督管理条例》设定指标的项目有哪些？",
      projects=cites("《医疗保障基金使用监督管理条例》"))

    # ---- follow-ups
    q("followup", "那商务局呢？", history=["司法局一共有几个项目？"], projects=sw, value=len(sw))
    gh = topn(ly, 1)[0]
    q("followup", "林业局呢？", history=["医保局预算最高的项目是哪个？"], projects=[gh], value=gh["budget"])
    q("followup", "其中预算超过200万元的有哪些？", history=["成安县商务局有哪些项目？"],
      projects=[p for p in sw if p["budget"] > 200])
    ly90 = [p for p in ly if sat(p) is not None and sat(p) >= 90]
    m90 = topn(ly90, 1, reverse=False)[0]
    q("followup", "其中预算最少的是哪个？", history=["林业局里满意度目标不低于90%的项目有哪些？"],
      projects=[m90], value=m90["budget"])
    o50 = [p for p in ALL if p["other"] > 50]
    q("followup", "这些项目的其他资金合计多少？", history=["四个部门里其他资金超过50万的项目有哪些？"],
      projects=o50, value=tot(o50, "other"))
    q("followup", "那林业局呢？", history=["医保局哪些项目没有填资金支出计划？"],
      projects=[p for p in ly if not p["plan"]])
    fy = by_unit("馆陶县法律援助中心", SIFA)
    q("followup", "这几个项目预算一共多少？", history=["司法局里法律援助中心实施的项目有哪些？"],
      projects=fy, value=tot(fy))

    # ---- single-project look-ups with unit conversion / dept-specific field
    sq = by_name("社区矫正工作经费")
    best = max(sq["ind"], key=lambda i: i["score"])
    assert sum(1 for i in sq["ind"] if i["score"] == best["score"]) == 1
    q("lookup", "司法局社区矫正工作经费里分值最高的是哪项指标，多少分？",
      projects=[sq], contains=[best["l3"]], value=best["score"])

    # ---- nothing to find (8)
    q("not_found", "馆陶县教育局2025年的项目预算是多少？", found=False)
    q("not_found", "成安县水利局有哪些项目？", found=False)
    q("not_found", "林业局2024年的项目预算合计是多少？", found=False)
    q("not_found", "医保局2023年安排了哪些项目？", found=False)
    q("not_found", "司法局各项目的负责人和联系电话是什么？", found=False)
    q("not_found", "商务局各项目上一年度的预算执行率是多少？", found=False)
    q("not_found", "哪些项目引用了《中华人民共和国药品管理法》？", found=False)
    q("not_found", "四个部门里有没有项目依据冀财农〔2024〕56号？", found=False)


def validate():
    ids = [r["id"] for r in Q]
    assert len(ids) == len(set(ids)) == 70, len(ids)
    nf = 0
    for r in Q:
        e = r["expect"]
        assert r["store"] == STORE and r["kind"] and r["question"]
        assert e, r
        if e.get("found") is False:
            nf += 1
            assert set(e) == {"found"}
            continue
        for c in e.get("projects", []):
            assert c in BY, (r["id"], c)
        assert len(set(e.get("projects", []))) == len(e.get("projects", []))
        if "projects" in e:
            assert e["projects"], r["id"]
        if "value" in e:
            assert math.isfinite(e["value"]), r["id"]
        for s in e.get("contains", []):
            assert s.strip(), r["id"]
    assert nf == 8, nf
    # none of the not-found strings occur in the data
    blob = json.dumps(P, ensure_ascii=False)
    for s in ("教育局", "水利局", "药品管理法", "冀财农", "联系电话", "执行率"):
        assert s not in blob, s
    qs = [r["question"] for r in Q]
    assert len(set(zip(qs, [tuple(r.get("history", [])) for r in Q]))) == len(Q)


def main():
    check_data()
    build()
    validate()
    with OUT.open("w", encoding="utf-8") as f:
        for r in Q:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(OUT, len(Q))
    for k, n in sorted(Counter(r["kind"] for r in Q).items()):
        print(f"  {k}: {n}")


if __name__ == "__main__":
    main()
