"""Write eval/dev/probe_v55.jsonl (50 questions, ids v55-001 … v55-050) from the source documents.

Stores:
  jiaotongfx         only eval/dev/docs/jiaotongfx-2025.xlsx (肥乡区交通运输局 2025, built by make_jiaotongfx.py)
  jiaotongfx_sample  that workbook plus data/samples/weixian-rsj-2025-jixiao-mubiao.docx
  sample             only the 魏县人社局 2025 sample

Every expected value, project set and count is computed here from the workbook (openpyxl) and the sample docx
(python-docx), records found by label and header words; the question wording is hand-written.  Conventions follow
eval/heldout/README_v6.md (money in 万元 unless 元 is asked, bounds, cumulative spending plans, references in the
basis column or the project name, 《公路法》 = 《中华人民共和国公路法》).

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v55.py
"""
import json
import math
import re
from pathlib import Path

import docx
import openpyxl

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
XLSX = HERE / "jiaotongfx-2025.xlsx"
SAMPLE = ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.docx"
OUT = HERE.parent / "probe_v55.jsonl"

BR = str.maketrans({"【": "〔", "】": "〕", "[": "〔", "]": "〕", "（": "〔", "）": "〕", "(": "〔", ")": "〕"})


# ---------------------------------------------------------------- extraction
def read_xlsx(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    projects, summary = [], None
    for ws in wb.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        labels = {str(r[0]).strip(): r for r in rows if r and r[0] is not None}
        if "项目名称" not in labels:
            # list sheet: header row with 项目编码 / 预算金额
            for i, r in enumerate(rows):
                if r and "项目编码" in [str(v) for v in r if v is not None]:
                    hdr = [str(v) if v is not None else "" for v in r]
                    ci, ca = hdr.index("项目编码"), next(k for k, h in enumerate(hdr) if h.startswith("预算金额"))
                    summary = {x[ci]: float(x[ca]) for x in rows[i + 1:] if x[ci] and str(x[ci]).startswith("1304")}
                    total_row = next(x for x in rows[i + 1:] if x[0] == "合计")
                    summary["合计"] = float(total_row[ca])
            continue
        val = lambda lab: labels[lab][2]
        p = dict(sheet=ws.title, name=val("项目名称"), code=val("项目编码"), impl=val("项目负责单位"),
                 kind=val("项目类别"), total=float(val("资金总额（元）")), general=float(val("其中：一般公共预算")),
                 fund=float(val("其中：政府性基金")), other=float(val("其他资金")), use=val("资金用途"),
                 goal=val("项目年度绩效目标"), plan={}, inds=[])
        hdr_i = None
        for i, r in enumerate(rows):
            m = re.fullmatch(r"截至(\d+)月末累计支出", str(r[0] or ""))
            if m:
                p["plan"][int(m.group(1))] = float(str(r[2]).rstrip("%")) / 100
            if r[0] == "一级指标":
                hdr_i = i
        hdr = rows[hdr_i]
        col = {h: k for k, h in enumerate(hdr)}
        l1 = l2 = None
        for r in rows[hdr_i + 1:]:
            if r[col["三级指标"]] is None:
                break
            l1 = r[col["一级指标"]] or l1
            l2 = r[col["二级指标"]] or l2
            p["inds"].append(dict(l1=l1, l2=l2, l3=r[col["三级指标"]], op=r[col["指标方向"]],
                                  value=r[col["指标值"]], unit=r[col["计量单位"]] or "",
                                  weight=r[col["权重（%）"]], basis=r[col["指标值设定依据"]]))
        assert abs(p["total"] - (p["general"] + p["fund"] + p["other"])) < 0.005, p["name"]
        cost = [i for i in p["inds"] if i["l2"] == "成本指标"]
        assert len(cost) == 1 and abs(cost[0]["value"] - p["total"]) < 0.005, p["name"]
        projects.append(p)
    assert summary is not None
    for p in projects:
        assert abs(summary[p["code"]] - p["total"]) < 0.005, p["code"]
    assert abs(summary["合计"] - sum(p["total"] for p in projects)) < 0.005
    return projects


def read_sample(path):
    d = docx.Document(str(path))
    tables = d.tables
    projects = []
    for k, t in enumerate(tables):
        first = [c.text.strip() for c in t.rows[0].cells]
        if first[0] != "项目编码":
            continue
        p = dict(code=first[1], name=first[first.index("项目名称") + 1], plan={}, inds=[])
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        for i, r in enumerate(rows):
            if "预算数" in r:
                p["total"] = float(next(v for v in r[r.index("预算数") + 1:] if v != "预算数")) * 10000  # 元
            if "3月底" in r:
                # merged cells repeat across their grid columns: take each month's first column
                last = 0.0
                for c in range(1, len(r)):
                    mm = int(re.match(r"(\d+)", r[c]).group(1))
                    if mm in p["plan"]:
                        continue
                    v = rows[i + 1][c]
                    if v:
                        last = float(v.rstrip("%")) / 100
                    p["plan"][mm] = last  # a blank after a reached percentage keeps it
        it = tables[k + 1]
        hdr = [c.text.strip() for c in it.rows[0].cells]
        cv, cb = hdr.index("指标值"), hdr.index("指标值确定依据")
        for r in it.rows[1:]:
            cells = [c.text.strip() for c in r.cells]
            p["inds"].append(dict(l1=cells[0], l2=cells[1], l3=cells[2], text=cells[cv], basis=cells[cb]))
        projects.append(p)
    return projects


X = read_xlsx(XLSX)
S = read_sample(SAMPLE)
XS = X + S
BY = {p["name"]: p for p in XS}


def P(frag, pool=X):
    hits = [p for p in pool if frag in p["name"]]
    assert len(hits) == 1, (frag, [h["name"] for h in hits])
    return hits[0]


def wan(p):
    return p["total"] / 10000


def sat(p):
    """satisfaction target as a number, or None when the project has no 满意度指标 row"""
    for i in p["inds"]:
        if i["l1"] == "满意度指标":
            if "value" in i:
                return float(i["value"])
            return float(re.search(r"(\d+(?:\.\d+)?)\s*%", i["text"]).group(1))
    return None


def cites(p, ref):
    texts = [p["name"]] + [i["basis"] or "" for i in p["inds"]]
    texts = [t.translate(BR) for t in texts]
    return any(ref.translate(BR) in t for t in texts)


def cites_law(p, short):
    full = "《中华人民共和国" + short[1:]
    return cites(p, short) or cites(p, full)


def codes(ps):
    return sorted(p["code"] for p in ps)


def ind(p, frag):
    hits = [i for i in p["inds"] if frag in i["l3"]]
    assert len(hits) == 1, (p["name"], frag)
    return hits[0]


def r2(x):
    return round(x, 4)


# ---------------------------------------------------------------- questions
Q = []


def q(store, kind, question, history=None, **expect):
    d = {"id": None, "store": store, "kind": kind, "question": question}
    if history:
        d["history"] = history
    if "projects" in expect:
        expect["projects"] = codes(expect["projects"])
    if "value" in expect:
        expect["value"] = r2(expect["value"])
    d["expect"] = expect
    Q.append(d)


J, JS, SM = "jiaotongfx", "jiaotongfx_sample", "sample"
yh, gj, ql, zf, kz, aq = (P("农村公路养护资金"), P("公交运营补贴"), P("桥梁安全隐患"), P("治超"), P("站亭"), P("生命防护"))
total_all = sum(p["total"] for p in X)
with_sat = [p for p in X if sat(p) is not None]
with_plan = [p for p in X if p["plan"]]

# -- lookups
q(J, "lookup", "农村公路养护资金的资金总额是多少万元？", projects=[yh], value=wan(yh))
q(J, "lookup", "农村公路安全生命防护工程里，政府性基金安排了多少钱？", projects=[aq], value=aq["fund"] / 10000)
q(J, "descriptive", "公路桥梁安全隐患排查整治项目的钱主要用来干什么？", projects=[ql],
  contains=["危旧桥梁"] if "危旧桥梁" in ql["use"] else [])
q(J, "descriptive", "城乡公交运营补贴资金的年度绩效目标是怎么写的？", projects=[gj],
  contains=["建制村通客车率"] if "建制村通客车率" in gj["goal"] else [])
q(J, "lookup-unit", "执法治超经费由哪个单位负责实施？", projects=[zf],
  contains=["综合行政执法大队"] if "综合行政执法大队" in zf["impl"] else [])
q(J, "lookup-unit", "肥乡区农村公路养护中心负责哪些项目？",
  projects=[p for p in X if p["impl"] == "肥乡区农村公路养护中心"])
i8 = ind(yh, "优良中等路率")
q(J, "lookup", "农村公路优良中等路率定的目标是多少？依据的是哪个文件？", projects=[yh],
  contains=[f"{i8['value']}%", i8["basis"]])
q(J, "lookup", "农村公路养护资金里，日常养护里程这个指标的权重是多少？", projects=[yh],
  value=ind(yh, "日常养护里程")["weight"])
# -- thresholds
q(J, "threshold", "资金总额超过200万元的项目有哪些？", projects=[p for p in X if wan(p) > 200])
q(J, "threshold", "满意度目标不低于百分之九十的项目有哪些？", projects=[p for p in with_sat if sat(p) >= 90])
q(J, "threshold", "满意度指标值定得不到九成的是哪些项目？", projects=[p for p in with_sat if sat(p) < 90])
# -- sums, counts, means, shares, differences, per-unit
q(J, "sum", "交通运输局所有项目的资金总额加起来是多少万元？", value=total_all / 10000)
q(J, "sum", "各项目的政府性基金合计有多少万元？", value=sum(p["fund"] for p in X) / 10000)
q(J, "count", "有几个项目用到了其他资金？", projects=[p for p in X if p["other"] > 0],
  value=sum(p["other"] > 0 for p in X))
q(J, "count-rows", "农村公路安全生命防护工程一共设置了几个绩效指标？", projects=[aq], value=len(aq["inds"]))
q(J, "mean", "设了满意度指标的项目，满意度目标平均是多少？", value=sum(sat(p) for p in with_sat) / len(with_sat))
q(J, "share", "农村公路养护资金占全局项目资金总额的百分之多少？", projects=[yh], value=100 * yh["total"] / total_all)
q(J, "difference", "安全生命防护工程比农村公路养护资金多多少万元？", projects=[aq, yh], value=wan(aq) - wan(yh))
q(J, "per-unit", "农村公路养护资金按日常养护里程算，每公里合多少元？", projects=[yh],
  value=yh["total"] / ind(yh, "日常养护里程")["value"])
# -- spending plans
q(J, "spending-plan", "到6月底，农村公路养护资金计划累计支出多少万元？", projects=[yh], value=yh["plan"][6] * wan(yh))
q(J, "spending-plan", "桥梁隐患排查整治项目三季度末计划累计支出多少元？", projects=[ql], value=ql["plan"][9] * ql["total"])
q(J, "spending-plan", "有支出计划的项目，一季度末计划累计支出合计是多少万元？",
  value=sum(p["plan"][3] * wan(p) for p in with_plan))
q(J, "spending-plan-condition", "截至3月末累计支出比例低于10%的项目有哪些？",
  projects=[p for p in with_plan if p["plan"][3] < 0.10])
q(J, "spending-plan-condition", "上半年末计划支出进度达到一半及以上的项目是哪些？",
  projects=[p for p in with_plan if p["plan"][6] >= 0.5])
# -- lacking, exclusion, OR, ranking
q(J, "lacking", "哪个项目没有设置满意度指标？", projects=[p for p in X if sat(p) is None])
q(J, "lacking", "哪个项目没有填资金支出计划？", projects=[p for p in X if not p["plan"]])
q(J, "exclusion", "除了公交运营补贴，还有哪些项目预算在100万元以上？",
  projects=[p for p in X if p is not gj and wan(p) >= 100])
q(J, "or", "哪些项目引用了《公路法》或者邯交运〔2025〕4号？",
  projects=[p for p in X if cites_law(p, "《公路法》") or cites(p, "邯交运〔2025〕4号")])
top2 = sorted(X, key=lambda p: -p["total"])[:2]
q(J, "top-n", "资金总额最高的两个项目是哪两个？", projects=top2)
low = min(X, key=lambda p: p["total"])
q(J, "bottom-n", "预算最少的是哪个项目？多少万元？", projects=[low], value=wan(low))
# -- references and laws
q(J, "policy-ref", "哪些项目的指标设定依据引用了冀交公〔2024〕15号？", projects=[p for p in X if cites(p, "冀交公〔2024〕15号")])
q(J, "partial-ref", "引用了邯交运文件的项目有哪些？", projects=[p for p in X if cites(p, "邯交运")])
q(J, "law", "哪些项目以《农村公路养护管理办法》作为依据？", projects=[p for p in X if cites_law(p, "《农村公路养护管理办法》")])
# -- follow-ups
q(J, "follow-up", "其中政府性基金是多少万元？", history=["公路桥梁安全隐患排查整治项目的资金总额是多少？"],
  projects=[ql], value=ql["fund"] / 10000)
q(J, "follow-up", "它的乘客满意度目标是多少？", history=["城乡公交运营补贴资金有哪些绩效指标？"],
  projects=[gj], contains=[f"{ind(gj, '乘客满意度')['value']}%"])
# -- nothing to find
q(J, "not-found", "肥乡区交通运输局2024年有哪些项目？", found=False)
q(J, "not-found", "哪些项目引用了冀交公〔2023〕15号？", found=False)
q(J, "not-found", "港口航道疏浚经费的预算是多少？", found=False)

# -- xlsx + sample
q(JS, "cross-department", "肥乡区交通运输局和魏县人社局两个部门的项目资金一共多少万元？",
  value=sum(p["total"] for p in XS) / 10000)
q(JS, "scoping", "肥乡区交通运输局的农村公路安全生命防护工程预算多少万元？", projects=[aq], value=wan(aq))
sb = P("社会保障工作经费", S)
q(JS, "scoping", "魏县人社局的社会保障工作经费预算是多少？", projects=[sb], value=wan(sb))
q(JS, "threshold", "两个部门里，满意度目标在92%以上的项目有哪些？",
  projects=[p for p in XS if sat(p) is not None and sat(p) >= 92])
q(JS, "range", "资金总额介于200万元和300万元之间的项目有哪些？", projects=[p for p in XS if 200 <= wan(p) <= 300])
q(JS, "not-found", "大名县水务局有哪些项目？", found=False)

# -- sample only
q(SM, "lookup", "社会保障工作经费的满意度目标是多少？", projects=[sb], contains=[f"{sat(sb):g}%"])
q(SM, "threshold", "预算超过1000万元的项目有哪些？", projects=[p for p in S if wan(p) > 1000])
lw = P("劳务派遣人员工资", S)
n_people = float(re.match(r"(\d+)", ind(lw, "政府购买服务人员数量")["text"]).group(1))
q(SM, "per-head", "劳务派遣人员工资平均每人多少元？", projects=[lw], value=lw["total"] / n_people)
q(SM, "policy-ref", "哪些项目引用了冀财社〔2024〕136号？", projects=[p for p in S if cites(p, "冀财社〔2024〕136号")])
ww = P("离退休老干部", S)
q(SM, "spending-plan", "县级离退休老干部慰问资金到6月底计划累计支出多少万元？", projects=[ww], value=ww["plan"][6] * wan(ww))
q(SM, "not-found", "魏县人社局2023年的创业扶持资金预算是多少？", found=False)


# ---------------------------------------------------------------- write and validate
def main():
    for k, d in enumerate(Q, start=1):
        d["id"] = f"v55-{k:03d}"
    store_codes = {J: {p["code"] for p in X}, SM: {p["code"] for p in S}}
    store_codes[JS] = store_codes[J] | store_codes[SM]
    for d in Q:
        e = d["expect"]
        assert set(e) <= {"projects", "value", "contains", "found"}, d
        if "found" in e:
            assert e == {"found": False}, d
        else:
            assert e.get("projects") or "value" in e, d
            assert "projects" not in e or set(e["projects"]) <= store_codes[d["store"]], d
            assert "projects" not in e or len(e["projects"]) > 0, d
            assert "value" not in e or math.isfinite(e["value"]), d
            assert "contains" not in e or all(e["contains"]), d
    with OUT.open("w", encoding="utf-8") as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    # re-read and check
    lines = [json.loads(l) for l in OUT.read_text(encoding="utf-8").splitlines()]
    ids = [d["id"] for d in lines]
    assert len(ids) == len(set(ids)) == 50, len(ids)
    from collections import Counter
    print(OUT, len(lines), "questions")
    print("stores:", dict(Counter(d["store"] for d in lines)))
    print("kinds:", dict(Counter(d["kind"] for d in lines)))


if __name__ == "__main__":
    main()
