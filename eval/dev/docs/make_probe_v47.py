"""Write eval/dev/probe_v47.jsonl: 70 probe questions over 肥乡区教育体育局 2025 (an old .xls workbook).

Stores:
  * "jiaoyu":        eval/dev/docs/jiaoyu-2025.xls alone                                   (50 questions)
  * "jiaoyu_sample": jiaoyu-2025.xls + data/samples/weixian-rsj-2025-jixiao-mubiao.docx    (20 questions)

Every expected value is computed here from the documents as read back: the workbook with xlrd (merged 一级/二级
cells filled down from their merge ranges, plan shares read as the numeric cells they are), the sample with
python-docx. Wording is by hand.

Conventions: money in 万元 unless 元 is asked (project 9 is printed in 元 and is divided by 10000);
percentages as numbers (20.87 for 20.87%); per-unit = printed 项目总额 ÷ printed target number;
the workbook's 资金使用计划 is per quarter (按季度分配比例), so an amount by a quarter end = running sum of the
quarter shares × 项目总额, while the sample's plan is already cumulative (3月底/6月底/10月底/12月底);
以上/以下/不少于/不低于/没超过/及以上 include the bound, 高于/低于/超过/不足/不到 exclude it, 介于…之间 includes both;
a count over a filtered set also expects the set as "projects"; 项目总额 = 资金总额 = 预算数,
财政拨款 = 财政资金, 单位自筹 = 其他资金; codes as printed.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v47.py
"""
import json
import re
from pathlib import Path

import xlrd
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
XLS = HERE / "jiaoyu-2025.xls"
SAMPLE = ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.docx"
OUT = HERE.parent / "probe_v47.jsonl"


# ------------------------------------------------------------------ read the workbook back
def read_xls(path):
    book = xlrd.open_workbook(str(path), formatting_info=True)
    over = book.sheet_by_name("部门概况")
    overview = {}
    for r in range(over.nrows):
        vals = [over.cell_value(r, c) for c in range(over.ncols)]
        for c in range(0, len(vals) - 1, 2):
            if isinstance(vals[c], str) and vals[c]:
                overview[vals[c]] = vals[c + 1]
    sh = book.sheet_by_name("项目支出绩效目标表")
    top = {}  # (r, c) -> top-left of its merge range
    for r0, r1, c0, c1 in sh.merged_cells:
        for r in range(r0, r1):
            for c in range(c0, c1):
                top[(r, c)] = (r0, c0)

    def val(r, c):
        rr, cc = top.get((r, c), (r, c))
        return sh.cell_value(rr, cc)

    def row(r):
        return [sh.cell_value(r, c) for c in range(sh.ncols)]

    projects, cur, mode = [], None, None
    for r in range(sh.nrows):
        cells = row(r)
        a = cells[0] if isinstance(cells[0], str) else cells[0]
        m = re.match(r"项目(\d+)：(.+)", a) if isinstance(a, str) else None
        if m:
            cur = dict(dept="jiaoyu", n=int(m.group(1)), name=m.group(2), rows=[])
            projects.append(cur)
            mode = None
            continue
        if cur is None:
            continue
        if all(v == "" for v in cells):
            mode = None
            continue
        if a == "项目编码":
            cur["code"], cur["kind"] = cells[1], cells[3]
        elif a == "主管部门":
            cur["dept_name"], cur["org"] = cells[1], cells[3]
        elif isinstance(a, str) and a.startswith("项目总额"):
            cur["unit"] = re.search(r"（(.+)）", a).group(1)
            k = 1e4 if cur["unit"] == "元" else 1.0
            cur["total_raw"] = cells[1]
            cur["total"], cur["fiscal"], cur["other"] = cells[1] / k, cells[3] / k, (cells[5] or 0) / k
            assert cells[2] == "其中：财政拨款" and cells[4] == "单位自筹"
        elif a == "资金使用计划":
            mode = "plan_head"
        elif mode == "plan_head" and a == "第一季度":
            mode = "plan_vals"
        elif mode == "plan_vals":
            cur["plan"] = [float(v) for v in cells[:4]]
            mode = None
        elif a == "项目内容及用途":
            cur["use"] = cells[1]
        elif a == "年度目标":
            cur["goal"] = cells[1]
        elif a == "一级指标":
            mode = "ind"
        elif mode == "ind":
            cur["rows"].append(dict(l1=val(r, 0), l2=val(r, 1), l3=cells[2], target=cells[3],
                                    rule=cells[4], src=cells[5]))
    return overview, projects


# ------------------------------------------------------------------ read the sample back
def read_sample(path):
    d = Document(str(path))

    def rows(t):
        out = []
        for rw in t.rows:
            cells, prev = [], None
            for c in rw.cells:
                if prev is not None and c._tc is prev:
                    continue
                prev = c._tc
                cells.append(c.text.strip())
            out.append(cells)
        return out

    projects, cur = [], None
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            p = Paragraph(el, d)
            m = re.match(r"(\d+)\.(.+)绩效目标表$", p.text.strip())
            if p.style.name.startswith("Heading 2") and m:
                cur = dict(dept="sample", n=int(m.group(1)), rows=[], unit="万元")
                projects.append(cur)
        elif tag == "tbl" and cur is not None:
            rs = rows(Table(el, d))
            for i, r in enumerate(rs):
                if r[0] == "项目编码":
                    cur["code"], cur["name"] = r[1], r[3]
                elif "预算数" in r:
                    g = lambda lab: float(r[r.index(lab) + 1] or 0)
                    cur["total"], cur["fiscal"], cur["other"] = g("预算数"), g("其中：财政资金"), g("其他资金")
                elif r[0].startswith("资金支出计划") and r[1] == "3月底":
                    cur["plan_labels"] = r[1:5]
                    cur["plan_cum"] = [float(x.rstrip("%")) / 100 if x else None for x in rs[i + 1][1:5]]
                elif r[0] in ("产出指标", "效益指标", "满意度指标"):
                    cur["rows"].append(dict(l1=r[0], l2=r[1], l3=r[2], desc=r[3], target=r[4], src=r[5]))
    return projects


OVERVIEW, J = read_xls(XLS)
S = read_sample(SAMPLE)
assert len(J) == 9 and sum(len(p["rows"]) for p in J) == 74, (len(J), sum(len(p["rows"]) for p in J))
assert len(S) == 14 and sum(len(p["rows"]) for p in S) == 101
assert abs(sum(p["total"] for p in S) - 37106.9) < 1e-6
ALL = J + S
JP = {p["n"]: p for p in J}
SP = {p["n"]: p for p in S}


def codes(ps):
    return sorted(p["code"] for p in ps)


def r2(x):
    return round(x + 0.0, 4)


def pct(t):
    m = re.search(r"([\d.]+)%", t)
    return float(m.group(1)) if m else None


def sat(p):
    for r in p["rows"]:
        if r["l1"] == "满意度指标":
            return pct(r["target"])
    return None


def cites(p, doc):
    return any(doc in r["src"] for r in p["rows"])


def has_l2(p, l2):
    return any(r["l2"] == l2 for r in p["rows"])


def cum(p, k):
    """Share spent by the end of quarter k (1..4): running sum for the workbook."""
    return sum(p["plan"][:k])


def first_num(t):
    return float(re.search(r"[\d.]+", t).group(0))


def row_by(p, l3):
    rs = [r for r in p["rows"] if r["l3"] == l3]
    assert len(rs) == 1, (p["name"], l3)
    return rs[0]


def by_name(part, ps=J):
    hit = [p for p in ps if part in p["name"]]
    assert len(hit) == 1, (part, [p["name"] for p in hit])
    return hit[0]


# workbook projects by content (checked against their names so a reordering fails loudly)
GY, XQ, ZZ, YY, PX, AQ, WX, XX, TY = (JP[i] for i in range(1, 10))
assert "公用经费" in GY["name"] and "学前教育" in XQ["name"] and "学生资助" in ZZ["name"]
assert "营养改善" in YY["name"] and "教师培训" in PX["name"] and "校园安全" in AQ["name"]
assert "校舍维修" in WX["name"] and "智慧校园" in XX["name"] and "体育赛事" in TY["name"] and TY["unit"] == "元"

Q = []


def q(store, kind, question, expect, history=None):
    rec = {"id": None, "question": question, "expect": expect, "store": store, "kind": kind}
    if history:
        rec["history"] = history
    Q.append(rec)


def proj(ps, **extra):
    e = {"projects": codes(ps)}
    e.update(extra)
    return e


NF = {"found": False}

# ================================================================== store "jiaoyu" (50)
s = "jiaoyu"
# ---- lookups
q(s, "lookup", "营养改善计划那个项目的项目编码是多少？", proj([YY], contains=[YY["code"]]))
q(s, "lookup", "学前教育发展资金一共安排了多少万元？", proj([XQ], value=r2(XQ["total"])))
q(s, "lookup_unit", "青少年体育赛事那个项目的预算是多少元？", proj([TY], value=r2(TY["total_raw"])))
q(s, "lookup_unit", "青少年体育赛事及校园足球活动经费折合多少万元？", proj([TY], value=r2(TY["total"])))
q(s, "lookup", "教师培训经费里单位自己筹的钱有多少？", proj([PX], value=r2(PX["other"])))
q(s, "lookup", "学生资助那块的满意度目标定的多少？", proj([ZZ], contains=[row_by(ZZ, "受助学生及家长满意度")["target"].lstrip("≥")]))
q(s, "lookup", "智慧校园那个项目的设备最晚什么时候要装好调试完？",
  proj([XX], contains=[re.sub(r"前$", "", row_by(XX, "设备安装调试完成时间")["target"])]))
q(s, "lookup", "校园周边治安案件发生数那条指标，考核时怎么扣分？",
  proj([AQ], contains=[row_by(AQ, "校园周边治安案件发生数")["rule"].split("，")[0]]))

# ---- thresholds
q(s, "threshold", "满意度目标达到0.93及以上的项目有哪些？", proj([p for p in J if (sat(p) or 0) >= 93]))
q(s, "threshold", "项目总额过千万的有哪几个？", proj([p for p in J if p["total"] > 1000]))
q(s, "threshold", "资金总额介于300万到800万之间的项目有哪些？", proj([p for p in J if 300 <= p["total"] <= 800]))
sel = [p for p in J if (sat(p) or 0) >= 90]
q(s, "count_filtered", "满意度目标不低于百分之九十的项目有几个？", proj(sel, value=len(sel)))
q(s, "threshold_plan", "哪些项目第一季度的资金分配比例超过三分之一？", proj([p for p in J if p["plan"][0] > 1 / 3]))
q(s, "threshold_plan", "按资金使用计划，上半年累计支出比例不足一半的项目有哪些？",
  proj([p for p in J if cum(p, 2) < 0.5 - 1e-9]))
q(s, "top_n", "预算最少的两个项目是哪两个？", proj(sorted(J, key=lambda p: p["total"])[:2]))
q(s, "threshold", "财政拨款占项目总额的比例没达到百分之八十五的项目有哪些？",
  proj([p for p in J if p["fiscal"] / p["total"] < 0.85 - 1e-9]))

# ---- counts
q(s, "count", "全部项目加起来一共有多少条绩效指标？", {"value": sum(len(p["rows"]) for p in J)})
sel = [p for p in J if has_l2(p, "成本指标")]
q(s, "count_filtered", "有几个项目设置了成本指标？", proj(sel, value=len(sel)))
sel = [p for p in J if p["other"] > 0]
q(s, "count_filtered", "有几个项目用到了单位自筹资金？", proj(sel, value=len(sel)))

# ---- sums, means, shares, differences
TOT = sum(p["total"] for p in J)
q(s, "sum", "所有项目的预算总共是多少万元？", {"value": r2(TOT)})
q(s, "sum", "全局的其他资金合计是多少？", {"value": r2(sum(p["other"] for p in J))})
sel = [p for p in J if p["kind"] == "一次性项目"]
q(s, "sum_filtered", "一次性项目的资金加起来是多少？", proj(sel, value=r2(sum(p["total"] for p in sel))))
sats = [sat(p) for p in J if sat(p) is not None]
q(s, "mean", "各项目满意度指标的目标值平均是多少？", {"value": r2(sum(sats) / len(sats))})
q(s, "share", "营养改善计划占全部项目预算的百分之几？", proj([YY], value=r2(YY["total"] / TOT * 100)))
q(s, "share", "校舍维修改造工程里自筹资金占项目总额的比例是多少？", proj([WX], value=r2(WX["other"] / WX["total"] * 100)))
q(s, "difference", "义务教育公用经费比营养改善计划多多少万元？", proj([GY, YY], value=r2(GY["total"] - YY["total"])))

# ---- per-unit
q(s, "per_unit", "营养改善计划的钱平均到每个受益学生是多少元？",
  proj([YY], value=r2(YY["total"] * 1e4 / first_num(row_by(YY, "受益学生人数")["target"]))))
q(s, "per_unit", "学生资助资金平均每人次能分到多少元？",
  proj([ZZ], value=r2(ZZ["total"] * 1e4 / first_num(row_by(ZZ, "资助家庭经济困难学生人次")["target"]))))

# ---- spending plan by a quarter end
q(s, "plan", "校舍维修改造到三季度末计划累计支出多少万元？", proj([WX], value=r2(cum(WX, 3) * WX["total"])))
q(s, "plan", "体育赛事经费上半年计划花出去多少元？", proj([TY], value=r2(cum(TY, 2) * TY["total_raw"])))
q(s, "plan", "智慧校园项目光第三季度这一个季度计划支出多少万元？", proj([XX], value=r2(XX["plan"][2] * XX["total"])))

# ---- set logic
q(s, "set", "哪个项目没有设满意度指标？", proj([p for p in J if not has_l2(p, "服务对象满意度指标")]))
q(s, "set", "指标来源里引用了冀教财〔2024〕21号的是哪些项目？", proj([p for p in J if cites(p, "冀教财〔2024〕21号")]))
q(s, "set", "用了单位自筹的项目里，去掉引用21号文的，还剩哪些？",
  proj([p for p in J if p["other"] > 0 and not cites(p, "冀教财〔2024〕21号")]))
q(s, "set", "指标来源引用了《中华人民共和国教育法》或者《中华人民共和国体育法》的项目有哪些？",
  proj([p for p in J if cites(p, "《中华人民共和国教育法》") or cites(p, "《中华人民共和国体育法》")]))

# ---- partial references
q(s, "partial_ref", "148号文那个项目打算资助多少名家庭困难幼儿？",
  proj([XQ], contains=[str(int(first_num(row_by(XQ, "资助家庭经济困难幼儿人数")["target"])))]))
q(s, "partial_ref", "邯教发9号文件涉及哪几个项目？", proj([p for p in J if cites(p, "邯教发〔2024〕9号")]))

# ---- structure and descriptions
q(s, "structure", "营养改善计划的产出指标下面分了哪几类二级指标？",
  proj([YY], contains=sorted({r["l2"] for r in YY["rows"] if r["l1"] == "产出指标"})))
q(s, "describe", "教育体育局的部门职责主要有哪些？", {"contains": ["学前教育", "学生资助"]})
q(s, "describe", "校园安全防控体系建设这笔钱主要用来干什么？", proj([AQ], contains=["一键报警"]))
assert "一键报警" in AQ["use"] and "学前教育" in OVERVIEW["部门职责"] and "学生资助" in OVERVIEW["部门职责"]

# ---- follow-ups
q(s, "followup", "按资金使用计划，到二季度末累计要支出多少？", proj([ZZ], value=r2(cum(ZZ, 2) * ZZ["total"])),
  history=["学生资助补助资金的预算是多少？"])
q(s, "followup", "那它的培训考核合格率要求是多少？",
  proj([PX], contains=[row_by(PX, "培训考核合格率")["target"].lstrip("≥")]),
  history=["教师培训经费是哪个单位实施的？"])
top_other = max(J, key=lambda p: p["other"])
q(s, "followup", "那个项目的财政拨款是多少？", proj([top_other], value=r2(top_other["fiscal"])),
  history=["哪些项目有单位自筹？", "其中自筹最多的是哪个？"])

# ---- nothing to find
q(s, "not_found", "教育局今年有没有安排课后服务补助的项目？", NF)
q(s, "not_found", "校车购置项目的预算是多少？", NF)
assert not [p for p in J if (sat(p) or 0) > 96]
q(s, "not_found", "满意度目标超过96%的项目有哪些？", NF)
assert not [p for p in J if p["other"] > 200]
q(s, "not_found", "单位自筹超过200万元的项目有哪些？", NF)
assert not [p for p in J if cites(p, "教师法")]
q(s, "not_found", "哪个项目的指标来源引用了《中华人民共和国教师法》？", NF)
assert not [p for p in J if p["total"] > 5000]
q(s, "not_found", "有没有哪个项目预算超过5000万？", NF)
assert not [p for p in J if cites(p, "〔2023〕")]
q(s, "not_found", "冀教财〔2023〕15号涉及哪些项目？", NF)

# ================================================================== store "jiaoyu_sample" (20)
s = "jiaoyu_sample"
q(s, "mean", "两个部门所有项目放在一起，平均每个项目预算多少万元？", {"value": r2(sum(p["total"] for p in ALL) / len(ALL))})
big = max(ALL, key=lambda p: p["total"])
q(s, "top_n", "所有项目里预算最高的是哪个？", proj([big], contains=[f"{big['total']:g}"]))
sel = [p for p in ALL if p["other"] > 0]
q(s, "count_filtered", "有几个项目有其他资金？", proj(sel, value=len(sel)))
q(s, "difference", "魏县人社局的项目预算总额比肥乡区教育体育局多多少万元？",
  {"value": r2(sum(p["total"] for p in S) - TOT)})
q(s, "threshold", "满意度目标低于85%的项目有哪些？", proj([p for p in ALL if (sat(p) or 100) < 85]))
q(s, "threshold", "满意度目标在95%以上的项目是哪些？", proj([p for p in ALL if (sat(p) or 0) >= 95]))
SX5 = SP[5]
assert "公共实训基地" in SX5["name"] and SX5["plan_labels"][1] == "6月底"
q(s, "plan", "魏县人社局的公共实训基地县级配套到6月底计划支出多少万元？",
  proj([SX5], value=r2(max(x for x in SX5["plan_cum"][:2] if x is not None) * SX5["total"])))
q(s, "count", "两个部门合计有多少条满意度指标？", {"value": sum(1 for p in ALL for r in p["rows"] if r["l1"] == "满意度指标")})
q(s, "set", "哪些项目的指标依据引用了冀财社【2024】136号？", proj([p for p in ALL if cites(p, "冀财社【2024】136号")]))
sel = [p for p in ALL if any("21号" in r["src"] for r in p["rows"])]
q(s, "partial_ref", "引用了21号文的项目有几个？", proj(sel, value=len(sel)))


def cost_wan(t):
    m = re.fullmatch(r"[≤≥]?([\d.]+)(万元|元)", t)
    if not m:
        return None
    v = float(m.group(1))
    return v / 1e4 if m.group(2) == "元" else v


sel = [p for p in ALL if any(r["l2"] == "成本指标" and (cost_wan(r["target"]) or 0) > p["total"] + 1e-9
                             for r in p["rows"])]
q(s, "review", "有没有项目的成本指标写的金额比它的预算数还大？", proj(sel))
SX3 = by_name("创业扶持资金", S)
q(s, "difference", "体育赛事那个按元编的项目，折成万元后比人社局的创业扶持资金多多少万元？",
  proj([TY, SX3], value=r2(TY["total"] - SX3["total"])))
q(s, "not_found", "教育局那边有没有类似的劳务派遣人员工资项目？", NF,
  history=["人社局的劳务派遣人员工资预算多少？"])


def all_spent_by_q1(p):
    if p["dept"] == "jiaoyu":
        return cum(p, 1) >= 1 - 1e-9
    return (p["plan_cum"][0] or 0) >= 1 - 1e-9


q(s, "plan", "有没有项目计划在一季度末、也就是3月底前就把钱全部支出？", proj([p for p in ALL if all_spent_by_q1(p)]))
assert all(sat(p) is not None for p in S)
q(s, "not_found", "魏县人社局有哪些项目没有设满意度指标？", NF)
q(s, "set", "哪些项目把城乡居民基本养老保险参保人数列为了指标？",
  proj([p for p in ALL if any(r["l3"] == "城乡居民基本养老保险参保人数" for r in p["rows"])]))
sel = [p for p in J if p["fiscal"] > 1000]
q(s, "count_filtered", "教育局的项目里，财政拨款超过1000万的有几个？", proj(sel, value=len(sel)))
sel = [p for p in J if p["kind"] == "一次性项目"]
q(s, "followup", "这几个项目一共多少钱？", proj(sel, value=r2(sum(p["total"] for p in sel))),
  history=["肥乡区教育体育局有几个一次性项目？"])
sel = [p for p in ALL if sat(p) == 90]
q(s, "count_filtered", "满意度目标定为90%的项目，两个部门一共有几个？", proj(sel, value=len(sel)))
assert not [p for p in ALL if cites(p, "劳动法")]
q(s, "not_found", "两个部门有没有哪个项目引用了《中华人民共和国劳动法》？", NF)


# ================================================================== write
def main():
    n_j = sum(1 for x in Q if x["store"] == "jiaoyu")
    n_s = sum(1 for x in Q if x["store"] == "jiaoyu_sample")
    n_nf = sum(1 for x in Q if x["expect"] == NF)
    assert (n_j, n_s, n_nf) == (50, 20, 10), (n_j, n_s, n_nf)
    for x in Q:
        e = x["expect"]
        if "projects" in e:
            assert e["projects"], x["question"]
    with OUT.open("w", encoding="utf-8") as f:
        for i, x in enumerate(Q, start=1):
            x["id"] = f"p47-{i:03d}"
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(OUT, len(Q), "questions", f"({n_j} jiaoyu, {n_s} jiaoyu_sample, {n_nf} not found)")


if __name__ == "__main__":
    main()
