"""Build eval/dev/probe_v28.jsonl: blind probe questions over the dev stores, expectations computed here.

Stores and their documents:
  wenlv     eval/dev/docs/wenlv-2025.xlsx (built by make_wenlv.py; one sheet per project, Excel export)
  sample    data/samples/weixian-rsj-2025-jixiao-mubiao.docx
  other     tests/data/other-department.docx
  county    tests/data/county/{jiaoyu,weijian}-{2023,2024}.docx
  minzheng  eval/dev/docs/minzheng-2025.docx
  shuili    eval/dev/docs/shuili-2025.docx
  ziran     eval/dev/docs/ziran-2024.docx + ziran-2025.docx

Every expected project set and value is computed from the documents by the parser below (python-docx /
openpyxl, merged cells resolved); money is normalised to 万元 (a project whose unit table or unit row says
单位：元 is divided by 10000).  Conventions: 以上/以下/不少于/不低于/没超过 include the bound; 高于/低于/超过/
不到/未达到 exclude it; spending-plan percentages are cumulative.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v28.py
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from docx import Document
from docx.table import Table
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE.parent / "probe_v28.jsonl"

STORES = {
    "wenlv": [HERE / "wenlv-2025.xlsx"],
    "sample": [ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx"],
    "other": [ROOT / "tests/data/other-department.docx"],
    "county": [ROOT / f"tests/data/county/{d}-{y}.docx" for d in ("jiaoyu", "weijian") for y in (2023, 2024)],
    "minzheng": [HERE / "minzheng-2025.docx"],
    "shuili": [HERE / "shuili-2025.docx"],
    "ziran": [HERE / "ziran-2024.docx", HERE / "ziran-2025.docx"],
}


# ------------------------------------------------------------------------------------------ parsing
def _num(s) -> float:
    if s is None:
        return 0.0
    if isinstance(s, (int, float)):
        return float(s)
    s = s.strip().replace(",", "")
    return float(s) if s else 0.0


def _pct(s):
    if s is None or (isinstance(s, str) and not s.strip()):
        return None
    return float(str(s).strip().rstrip("%"))


def _rows(t):
    out = []
    for r in t.rows:
        cells, prev = [], None
        for c in r.cells:
            if prev is not None and c._tc is prev:
                continue
            prev = c._tc
            cells.append(c.text.strip())
        out.append(cells)
    return out


def _finish(p):
    f = 1e-4 if p["unit"] == "元" else 1.0
    p["wan"] = p["budget"] * f
    p["fiscal_wan"] = p["fiscal"] * f
    p["other_wan"] = p["other"] * f
    return p


def parse_docx(path):
    d = Document(path)
    projects, cur, unit = [], None, "万元"
    for el in d.element.body.iterchildren():
        if el.tag.split("}")[1] != "tbl":
            continue
        rows = _rows(Table(el, d))
        if len(rows) == 1 and rows[0][0] != "项目编码" and any("单位：" in c for c in rows[0]):
            unit = [c for c in rows[0] if "单位：" in c][0].split("单位：")[1]
        elif rows[0][0] == "项目编码":
            cur = dict(code=rows[0][1], name=rows[0][3], file=path.name, plan=None, rows=[], other=0.0,
                       unit=unit, use="", goal="")
            for r in rows:
                k = r[0]
                if k == "预算规模及资金用途" and len(r) > 2:
                    cur["budget"], cur["fiscal"] = _num(r[2]), _num(r[4])
                    cur["other"] = _num(r[6]) if len(r) > 6 else 0.0
                elif k == "资金总额":
                    cur["budget"], cur["fiscal"] = _num(r[1]), _num(r[3])
                    cur["other"] = _num(r[5]) if len(r) > 5 else 0.0
                elif k in ("预算规模及资金用途", "资金用途", "主要内容", "项目概况"):
                    cur["use"] = r[1]
                elif k.startswith("资金支出计划") and r[1] != "3月底":
                    cur["plan"] = [_pct(x) for x in r[1:5]]
                elif k in ("绩效目标", "年度绩效目标"):
                    cur["goal"] = r[1]
            projects.append(_finish(cur))
        elif rows[0][0] == "一级指标" and cur is not None:
            hdr = rows[0]
            for r in rows[1:]:
                rec = dict(zip(hdr, r))
                cur["rows"].append(dict(l1=rec["一级指标"], l2=rec["二级指标"],
                                        l3=rec.get("三级指标", rec.get("指标内容")),
                                        value=rec["指标值"], basis=rec.get("指标值确定依据", rec.get("备注", ""))))
    return projects


def parse_xlsx(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        grid = [[c.value for c in row] for row in ws.iter_rows()]
        for rng in ws.merged_cells.ranges:
            v = grid[rng.min_row - 1][rng.min_col - 1]
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    grid[r - 1][c - 1] = v
        unit = "万元"
        for row in grid:
            for v in row:
                if isinstance(v, str) and v.startswith("单位："):
                    unit = v[3:]
        p = dict(file=path.name, sheet=ws.title, unit=unit, plan=None, rows=[], other=0.0, use="", goal="")
        inds = False
        for row in grid:
            k = row[0]
            if inds:
                p["rows"].append(dict(l1=row[0], l2=row[1], l3=row[2], value=row[3], basis=row[4] or ""))
            elif k == "项目名称":
                p["name"] = row[1]
            elif k == "项目编码":
                p["code"] = row[1]
            elif isinstance(k, str) and k.startswith("资金情况"):
                lab, v = row[1], _num(row[2])
                if lab == "资金总额":
                    p["budget"] = v
                elif "财政" in lab:
                    p["fiscal"] = v
                elif "其他" in lab:
                    p["other"] = v
            elif k == "项目概况":
                p["use"] = row[1]
            elif isinstance(k, str) and k.startswith("资金支出计划") and row[1] != "3月底":
                p["plan"] = [_pct(x) for x in row[1:5]]
            elif k == "年度绩效目标":
                p["goal"] = row[1]
            elif k == "一级指标":
                inds = True
        out.append(_finish(p))
    return out


def load(store):
    out = []
    for f in STORES[store]:
        ps = parse_xlsx(f) if f.suffix == ".xlsx" else parse_docx(f)
        year = re.search(r"(20\d\d)", f.name)
        for p in ps:
            p["year"] = int(year.group(1)) if year else None
            p["dept"] = f.name.split("-")[0]
        out.extend(ps)
    return out


DB = {s: load(s) for s in STORES}


# ------------------------------------------------------------------------------------------ helpers
def P(store, name, year=None, dept=None):
    hits = [p for p in DB[store] if name in p["name"] and (year is None or p["year"] == year)
            and (dept is None or p["dept"] == dept)]
    assert len(hits) == 1, (store, name, year, [h["name"] for h in hits])
    return hits[0]


def ps(store, year=None, dept=None):
    return [p for p in DB[store] if (year is None or p["year"] == year) and (dept is None or p["dept"] == dept)]


def codes(items):
    return sorted({p["code"] for p in items})


def lead_num(v):
    m = re.search(r"\d+(?:\.\d+)?", str(v))
    return float(m.group()) if m else None


def rows_of(p, l1=None, l2=None):
    return [r for r in p["rows"] if (l1 is None or r["l1"].startswith(l1)) and (l2 is None or r["l2"].startswith(l2))]


def sat(p):
    rs = rows_of(p, l1="满意度")
    return lead_num(rs[0]["value"]) if rs else None


def has_l2(p, word):
    return any(word in r["l2"] for r in p["rows"])


def cost_money_wan(p):
    """Largest 成本指标 value stated as a total in 万元 (per-unit standards like 元/场 are ignored)."""
    best = None
    for r in rows_of(p, l2="成本"):
        v = str(r["value"])
        if re.fullmatch(r"[≤<=]?\s*\d+(\.\d+)?万元", v):
            n = lead_num(v)
        elif re.fullmatch(r"[≤<=]?\s*\d+(\.\d+)?元", v):
            n = lead_num(v) / 10000
        else:
            continue
        best = n if best is None else max(best, n)
    return best


def cum(p, month_idx):
    """Cumulative plan percentage at 3月底/6月底/10月底/12月底 (0..3); a blank after a filled month keeps it."""
    if not p["plan"]:
        return None
    v = None
    for x in p["plan"][:month_idx + 1]:
        if x is not None:
            v = x
    return v


def spent(p, month_idx):
    return cum(p, month_idx) / 100 * p["wan"]


def r2(x):
    return round(x, 4)


Qs = []


def Q(store, kind, question, history=None, **expect):
    if "projects" in expect:
        expect["projects"] = codes(expect["projects"]) if expect["projects"] and isinstance(expect["projects"][0], dict) \
            else sorted(set(expect["projects"]))
        assert expect["projects"], question
    if "value" in expect:
        expect["value"] = r2(expect["value"])
    q = dict(id=f"w{len(Qs) + 1:03d}", question=question, store=store, kind=kind)
    if history:
        q["history"] = history
    q["expect"] = expect
    Qs.append(q)


def absent(store, *words, year=None):
    for p in ps(store, year=year):
        blob = p["name"] + p["use"] + p["goal"] + "".join(r["l3"] + str(r["value"]) + r["basis"] for r in p["rows"])
        for w in words:
            assert w not in blob, (store, w, p["name"])


# ================================================================================== wenlv (Excel export)
S = "wenlv"
W = ps(S)
wl = lambda n: P(S, n)
gw, mf, sx, dy, ww, ly, nj, fy, zf, cs = (wl("文化旅游工作经费"), wl("免费开放"), wl("送戏下乡"), wl("公益电影"),
                                          wl("文物保护单位"), wl("全域旅游"), wl("农家书屋"), wl("非物质文化遗产"),
                                          wl("综合执法"), wl("旅游厕所"))
assert len(W) == 10

Q(S, "lookup", "文物保护修缮那个项目，资金总额是多少万？", projects=[ww], value=ww["wan"])
Q(S, "lookup-unit", "农村公益电影放映补助资金一共多少钱？折成万元是多少？", projects=[dy], value=dy["wan"])
Q(S, "sum", "文旅局这些项目资金总额加起来一共多少万元？", projects=W, value=sum(p["wan"] for p in W))
Q(S, "threshold", "资金总额在100万元以上的项目有哪些？", projects=[p for p in W if p["wan"] >= 100])
Q(S, "threshold-unit", "资金总额不到100万元的项目都有哪些？", projects=[p for p in W if p["wan"] < 100])
Q(S, "count", "有几个项目用了财政拨款以外的钱（有其他资金）？",
  projects=[p for p in W if p["other_wan"] > 0], value=len([p for p in W if p["other_wan"] > 0]))
Q(S, "share", "文物保护修缮项目里财政拨款占资金总额的百分之多少？", projects=[ww], value=ww["fiscal_wan"] / ww["wan"] * 100)
Q(S, "mean", "文旅局的项目平均一个多少万元？", projects=W, value=sum(p["wan"] for p in W) / len(W))
Q(S, "difference", "旅游厕所建设那个项目比文物修缮项目多多少钱？", projects=[cs, ww], value=cs["wan"] - ww["wan"])
Q(S, "ratio", "旅游厕所及A级景区提升项目的资金是非遗保护传承经费的几倍？", projects=[cs, fy], value=cs["wan"] / fy["wan"])
n_nj = lead_num(rows_of(nj)[0]["value"])
assert rows_of(nj)[0]["l3"] == "补充更新农家书屋数量"
Q(S, "per-unit", "农家书屋补充更新资金，摊到每个书屋平均是多少元？", projects=[nj], value=nj["wan"] * 10000 / n_nj)
n_sx = lead_num([r for r in sx["rows"] if r["l3"] == "送戏下乡演出场次"][0]["value"])
u_sx = lead_num([r for r in sx["rows"] if r["l3"] == "每场演出补助标准"][0]["value"])
Q(S, "arithmetic", "送戏下乡要是按最低演出场次、每场都按补助标准上限给，一共得花多少万元？", projects=[sx],
  value=n_sx * u_sx / 10000)
u_dy = lead_num([r for r in dy["rows"] if r["l3"] == "每场放映补助标准"][0]["value"])
Q(S, "arithmetic-question-number", "公益电影放映如果增加到6000场，按现在每场的补助标准，需要多少元？", projects=[dy],
  value=6000 * u_dy)
Q(S, "plan-amount", "旅游厕所项目到6月底计划累计支出多少万元？", projects=[cs], value=spent(cs, 1))
Q(S, "plan-amount", "旅游厕所建设项目7月到10月这段时间计划花多少万元？", projects=[cs], value=spent(cs, 2) - spent(cs, 1))
Q(S, "plan-condition", "到6月底计划支出进度不低于一半的项目有哪些？",
  projects=[p for p in W if (cum(p, 1) or 0) >= 50])
Q(S, "plan-condition", "在填了支出计划的项目里，3月底计划支出比例低于10%的是哪几个？",
  projects=[p for p in W if cum(p, 0) is not None and cum(p, 0) < 10])
Q(S, "lacking", "哪个项目没有填资金支出计划？", projects=[p for p in W if not p["plan"]])
Q(S, "lacking", "有没有项目没设满意度指标？是哪个？", projects=[p for p in W if sat(p) is None])
Q(S, "count-rows", "非遗保护传承经费一共设了几个三级指标？", projects=[fy], value=len(fy["rows"]))
Q(S, "policy-partial", "哪些项目的指标依据用了冀文旅发2024年3号文？",
  projects=[p for p in W if any("冀文旅发〔2024〕3号" in r["basis"] for r in p["rows"])])
n_wwf = [(p, r) for p in W for r in p["rows"] if "文物保护法" in r["basis"]]
Q(S, "policy-count", "依据里写了《文物保护法》的指标有几条？", projects=[p for p, _ in n_wwf], value=len(n_wwf))
Q(S, "policy-partial", "哪些项目拿公共文化服务保障法当指标依据？",
  projects=[p for p in W if any("公共文化服务保障法" in r["basis"] for r in p["rows"])])
Q(S, "policy-partial", "省财政那个冀财教140号文，哪些项目引用了？",
  projects=[p for p in W if any("冀财教【2024】140号" in r["basis"] for r in p["rows"])])
Q(S, "threshold-indicator", "满意度目标在95%及以上的项目有哪些？", projects=[p for p in W if (sat(p) or 0) >= 95])
Q(S, "negation", "满意度目标没达到90%的项目有哪些？", projects=[p for p in W if sat(p) is not None and sat(p) < 90])
Q(S, "threshold-words", "满意度目标不低于九成的项目有几个？",
  projects=[p for p in W if (sat(p) or 0) >= 90], value=len([p for p in W if (sat(p) or 0) >= 90]))
Q(S, "or", "资金总额超过500万元的，或者满意度目标不到90%的，都有哪些项目？",
  projects=[p for p in W if p["wan"] > 500 or (sat(p) is not None and sat(p) < 90)])
Q(S, "structure", "文旅局这份绩效目标表里一共报了几个项目？", projects=W, value=len(W))
rest = [p for p in W if p not in (cs, ww)]
Q(S, "exclusion", "除了旅游厕所和文物修缮这两个大项目，其余项目合计多少万元？", projects=rest,
  value=sum(p["wan"] for p in rest))
top3 = sorted(W, key=lambda p: -p["wan"])[:3]
Q(S, "top-n", "资金最多的三个项目是哪几个？", projects=top3)
bot2 = sorted(W, key=lambda p: p["wan"])[:2]
Q(S, "bottom-n", "预算最少的两个项目是哪两个？", projects=bot2)
Q(S, "time", "时效指标要求2025年10月底前完成的项目有哪些？",
  projects=[p for p in W if any(r["l2"].startswith("时效") and "2025年10月底前" in str(r["value"]) for r in p["rows"])])
assert "乡镇综合文化站" in mf["use"]
Q(S, "descriptive", "图书馆、文化馆免费开放补助资金主要用来干什么？", projects=[mf], contains=["乡镇综合文化站"])
assert "传承人" in fy["goal"]
Q(S, "descriptive", "非遗保护传承经费今年的绩效目标是什么？", projects=[fy], contains=["传承人", "10场"])
l2s = sorted({r["l2"] for r in rows_of(ww, l1="效益")})
Q(S, "structure", "文物保护修缮项目的效益指标下面分了哪几类二级指标？", projects=[ww], contains=l2s)
Q(S, "follow-up", "那它要覆盖多少个行政村？", history=["农村公益电影放映补助资金的放映场次目标是多少？"],
  projects=[dy], contains=["476"])
Q(S, "follow-up", "其中财政拨款是多少万？", history=["县级文物保护单位保护修缮项目资金总额是多少？"],
  projects=[ww], value=ww["fiscal_wan"])
Q(S, "follow-up-plan", "到10月底计划累计花掉多少万元？", history=["送戏下乡及群众文化活动经费有多少？"],
  projects=[sx], value=spent(sx, 2))
over = [p for p in W if cost_money_wan(p) is not None and cost_money_wan(p) > p["wan"] + 1e-9]
Q(S, "reviewer", "有没有哪个项目成本指标写的金额比资金总额还高？", projects=over)
absent(S, "博物馆")
Q(S, "none", "文旅局有没有安排博物馆建设的项目？", found=False)
assert not [p for p in W if (sat(p) or 0) >= 98]
Q(S, "none-threshold", "满意度目标要求98%以上的项目有哪些？", found=False)
assert not [p for p in W if p["wan"] > 1000]
Q(S, "none-unit-trap", "资金总额超过1000万元的项目有哪些？", found=False)
absent(S, "体育")
Q(S, "none", "今年文旅局有体育场馆方面的项目吗？", found=False)

# ================================================================================== sample
S = "sample"
A = ps(S)
Q(S, "lookup", "创业贷款贴息资金那个项目，担保基金代偿率定的多少？", projects=[P(S, "创业贷款贴息")], contains=["3%"])
Q(S, "threshold", "预算数在1000万元以上的项目有哪些？", projects=[p for p in A if p["wan"] >= 1000])
Q(S, "count-negation", "预算不足100万元的项目有几个？", projects=[p for p in A if p["wan"] < 100],
  value=len([p for p in A if p["wan"] < 100]))
Q(S, "policy-partial", "跟冀财社2024年136号文有关的项目是哪几个？",
  projects=[p for p in A if "冀财社【2024】136号" in p["name"] or any("冀财社【2024】136号" in r["basis"] for r in p["rows"])])
over = [p for p in A if cost_money_wan(p) is not None and cost_money_wan(p) > p["wan"] + 1e-9]
Q(S, "reviewer", "哪个项目成本指标里的金额比预算数还高？", projects=over)
sx_ = P(S, "公共实训基地")
Q(S, "plan-amount", "公共实训基地县级配套到3月底计划支出多少万元？", projects=[sx_], value=spent(sx_, 0))
absent(S, "技工学校")
Q(S, "none", "人社局今年有没有技工学校建设的项目？", found=False)
lw = P(S, "劳务派遣")
n_lw = lead_num([r for r in lw["rows"] if r["l2"].startswith("数量")][0]["value"])
Q(S, "follow-up-per-unit", "按派遣人数算，平均每人一年多少万元？", history=["劳务派遣人员工资预算多少？"],
  projects=[lw], value=lw["wan"] / n_lw)
Q(S, "bottom-n", "人社局预算最少的是哪个项目？", projects=[min(A, key=lambda p: p["wan"])])

# ================================================================================== other
S = "other"
B = ps(S)
zf_ = P(S, "农业综合行政执法")
Q(S, "lookup-unit", "农业综合行政执法工作经费有多少万元？", projects=[zf_], value=zf_["wan"])
Q(S, "sum-unit", "临漳县农业农村局所有项目资金总额合计多少万元？", projects=B, value=sum(p["wan"] for p in B))
Q(S, "lacking", "哪些项目没有列资金支出计划？", projects=[p for p in B if not p["plan"]])
mis = [p for p in B if abs(p["fiscal"] + p["other"] - p["budget"]) > 1e-6]
Q(S, "reviewer", "有没有项目财政拨款加其他资金跟资金总额对不上？", projects=mis)
over = [p for p in B if cost_money_wan(p) is not None and cost_money_wan(p) > p["wan"] + 1e-9]
Q(S, "reviewer", "哪些项目成本指标写的钱比资金总额还多？", projects=over)
Q(S, "threshold-indicator", "满意度目标不低于95%的项目有哪些？", projects=[p for p in B if (sat(p) or 0) >= 95])
gs = P(S, "高素质农民")
Q(S, "plan-amount", "高素质农民培育项目到10月底计划累计支出多少万元？", projects=[gs], value=spent(gs, 2))
absent(S, "生猪")
Q(S, "none", "农业农村局有没有生猪调出大县奖励资金的项目？", found=False)
gd = P(S, "耕地地力")
area = lead_num(gd["rows"][0]["value"])   # 万亩
Q(S, "per-unit", "耕地地力保护补贴资金按补贴发放面积算，每亩合多少元？", projects=[gd], value=gd["wan"] / area)

# ================================================================================== county
S = "county"
J23, J24 = ps(S, 2023, "jiaoyu"), ps(S, 2024, "jiaoyu")
H23, H24 = ps(S, 2023, "weijian"), ps(S, 2024, "weijian")
xx23, xx24 = P(S, "教育信息化", 2023), P(S, "教育信息化", 2024)
Q(S, "yoy", "教育信息化县级配套资金2024年比2023年增加了多少万元？", projects=[xx24], value=xx24["wan"] - xx23["wan"])
tj23, tj24 = P(S, "特殊教育", 2023), P(S, "特殊教育", 2024)
Q(S, "yoy-pct", "特殊教育项目的预算比上一年增长了百分之多少？", projects=[tj24],
  value=(tj24["wan"] - tj23["wan"]) / tj23["wan"] * 100)
c23 = {p["code"] for p in H23}
c24 = {p["code"] for p in H24}
Q(S, "yoy-new", "卫健局2024年新增了哪些项目？2023年没有的那种。", projects=sorted(c24 - c23))
Q(S, "yoy-ended", "卫健局哪个项目2023年有、2024年就没有了？", projects=sorted(c23 - c24))
Q(S, "sum", "教育局2024年的项目预算加起来一共多少万元？", projects=J24, value=sum(p["wan"] for p in J24))
j23 = {p["code"]: p for p in J23}
down = [p for p in J24 if p["code"] in j23 and p["wan"] < j23[p["code"]]["wan"]]
Q(S, "yoy-decrease", "教育局有哪些项目2024年预算比2023年少了？", projects=down)
jt24 = P(S, "家庭医生", 2024)
Q(S, "lookup", "2024年家庭医生签约补助资金里其他资金是多少？", projects=[jt24], value=jt24["other_wan"])
assert not [p for p in H23 if "急救" in p["name"]] and [p for p in H24 if "急救" in p["name"]]
Q(S, "none-year", "卫健局2023年有没有急救体系建设方面的项目？", found=False)
cw23, cw24 = P(S, "村卫生室", 2023), P(S, "村卫生室", 2024)
f = lambda p: lead_num([r for r in p["rows"] if r["l3"] == "村卫生室运行覆盖人数"][0]["value"])
Q(S, "yoy-indicator", "村卫生室运行项目的覆盖人数目标，2024年比2023年多了多少人？", projects=[cw24], value=f(cw24) - f(cw23))

# ================================================================================== minzheng
S = "minzheng"
M = ps(S)
gl = P(S, "高龄津贴")
Q(S, "lookup", "高龄津贴打算覆盖多少老年人？", projects=[gl],
  contains=[str(int(lead_num(rows_of(gl, l2="数量")[0]["value"])))])
mis = [p for p in M if abs(p["fiscal"] + p["other"] - p["budget"]) > 1e-6]
Q(S, "reviewer", "哪个项目财政资金加其他资金不等于预算数？", projects=mis)
db = P(S, "城乡最低生活保障")
n_db = lead_num(rows_of(db, l2="数量")[0]["value"])
Q(S, "per-unit", "城乡低保资金按保障人数算，人均一年多少元？", projects=[db], value=db["wan"] * 10000 / n_db)
yl = P(S, "居家和社区养老")
Q(S, "plan-amount", "居家和社区养老服务能力提升项目6月底前计划累计支出多少万元？", projects=[yl], value=spent(yl, 1))
Q(S, "plan-condition", "哪些项目计划在6月底前就把钱全部支出完？",
  projects=[p for p in M if (cum(p, 1) or 0) >= 100])
Q(S, "lacking", "民政局哪个项目没有设成本指标？", projects=[p for p in M if not has_l2(p, "成本")])
Q(S, "threshold-indicator", "满意度目标不低于95%的项目有哪些？", projects=[p for p in M if (sat(p) or 0) >= 95])
cs120 = [p for p in M if any("冀财社【2024】120号" in r["basis"] for r in p["rows"])]
Q(S, "policy-count", "指标依据引用了冀财社【2024】120号的项目有几个？", projects=cs120, value=len(cs120))
absent(S, "优抚")
Q(S, "none", "民政局有没有优抚对象抚恤补助的项目？", found=False)
Q(S, "sum", "民政局所有项目的其他资金加起来多少万元？", projects=[p for p in M if p["other_wan"] > 0],
  value=sum(p["other_wan"] for p in M))
Q(S, "share", "城乡低保资金占民政局全部项目预算的百分之多少？", value=db["wan"] / sum(p["wan"] for p in M) * 100)
Q(S, "mean", "民政局项目平均每个预算多少万元？", projects=M, value=sum(p["wan"] for p in M) / len(M))

# ================================================================================== shuili
S = "shuili"
H = ps(S)
hz = P(S, "河长制")
Q(S, "lookup-unit", "河长制工作经费是多少万元？", projects=[hz], value=hz["wan"])
Q(S, "top-n-unit", "资金总额最大的三个项目是哪些？", projects=sorted(H, key=lambda p: -p["wan"])[:3])
Q(S, "threshold-unit", "资金总额不到100万元的项目有哪些？", projects=[p for p in H if p["wan"] < 100])
Q(S, "reviewer", "哪个项目财政拨款比资金总额还多？", projects=[p for p in H if p["fiscal"] > p["budget"] + 1e-9])
over = [p for p in H if cost_money_wan(p) is not None and cost_money_wan(p) > p["wan"] + 1e-9]
Q(S, "reviewer", "有没有项目的成本指标超过了资金总额？", projects=over)
gq = P(S, "漳南灌区")
Q(S, "plan-amount", "漳南灌区续建配套项目3月底前计划支出多少万元？", projects=[gq], value=spent(gq, 0))
Q(S, "plan-amount", "漳南灌区那个项目下半年（6月底以后到年底）计划支出多少万元？", projects=[gq],
  value=spent(gq, 3) - spent(gq, 1))
Q(S, "lacking", "水利局哪个项目没有满意度指标？", projects=[p for p in H if sat(p) is None])
absent(S, "移民")
Q(S, "none", "水利局有没有水库移民后期扶持的项目？", found=False)
n50 = [(p, r) for p in H for r in p["rows"] if "水利部令第50号" in r["basis"]]
Q(S, "policy-count", "用水利部令第50号作依据的指标一共有几条？", projects=[p for p, _ in n50], value=len(n50))
dx = P(S, "地下水超采")
std = lead_num([r for r in dx["rows"] if r["l2"].startswith("成本")][0]["value"])       # 元/亩
ar = lead_num([r for r in dx["rows"] if r["l3"] == "实施节水灌溉面积"][0]["value"])       # 万亩
Q(S, "arithmetic", "地下水超采综合治理项目，节水灌溉面积按目标下限、每亩按补助上限算，最多要多少万元？",
  projects=[dx], value=std * ar)

# ================================================================================== ziran
S = "ziran"
Z24, Z25 = ps(S, 2024), ps(S, 2025)
gb24, gb25 = P(S, "耕地保护补偿", 2024), P(S, "耕地保护补偿", 2025)
Q(S, "yoy", "耕地保护补偿资金2025年比2024年多了多少万元？", projects=[gb25], value=gb25["wan"] - gb24["wan"])
t24, t25 = sum(p["wan"] for p in Z24), sum(p["wan"] for p in Z25)
Q(S, "yoy-pct", "自然资源局项目预算总额2025年比2024年下降了百分之几？", value=(t24 - t25) / t24 * 100)
z24c, z25c = {p["code"] for p in Z24}, {p["code"] for p in Z25}
Q(S, "yoy-ended", "2024年有、2025年不再安排的项目是哪些？", projects=sorted(z24c - z25c))
Q(S, "yoy-new", "2025年新增加的项目有哪些？", projects=sorted(z25c - z24c))
bd24, bd25 = P(S, "不动产登记", 2024), P(S, "不动产登记", 2025)
v = lambda p: [r for r in p["rows"] if r["l3"] == "一般登记办结时限"][0]["value"]
Q(S, "yoy-indicator", "不动产登记一般登记办结时限，去年和今年分别定的多少？", projects=[bd25],
  contains=[v(bd24).lstrip("≤"), v(bd25).lstrip("≤")])
z24 = {p["code"]: p for p in Z24}
lowered = []
for p in Z25:
    if p["code"] not in z24:
        continue
    old = {r["l3"]: lead_num(r["value"]) for r in rows_of(z24[p["code"]], l2="数量")}
    if any(r["l3"] in old and lead_num(r["value"]) < old[r["l3"]] for r in rows_of(p, l2="数量")):
        lowered.append(p)
Q(S, "yoy-lowered", "跟去年比，哪些项目有数量指标的目标值调低了？", projects=lowered)
lz = P(S, "林长制", 2025)
Q(S, "plan-amount", "2025年林长制及造林绿化资金到6月底计划支出多少万元？", projects=[lz], value=spent(lz, 1))
Q(S, "lacking", "2025年哪些项目的资金支出计划是空着的？",
  projects=[p for p in Z25 if not p["plan"] or all(x is None for x in p["plan"])])
assert not [p for p in Z25 if "矿山" in p["name"]]
Q(S, "none-year", "2025年自然资源局有没有废弃矿山生态修复的项目？", found=False)
up = [p for p in Z25 if p["code"] in z24 and sat(p) is not None and sat(z24[p["code"]]) is not None
      and sat(p) > sat(z24[p["code"]])]
Q(S, "yoy-indicator", "满意度目标2025年比2024年调高了的项目有哪些？", projects=up)
dz24, dz25 = P(S, "地质灾害", 2024), P(S, "地质灾害", 2025)
Q(S, "follow-up-yoy", "比上年多了多少？", history=["2025年地质灾害防治资金预算多少？"], projects=[dz25],
  value=dz25["wan"] - dz24["wan"])


# ================================================================================== checks and output
def main():
    ids = set()
    for q in Qs:
        assert q["id"] not in ids
        ids.add(q["id"])
        e = q["expect"]
        store_codes = {p["code"] for p in DB[q["store"]]}
        for c in e.get("projects", []):
            assert c in store_codes, (q["id"], c)
        if e.get("found") is False:
            assert "projects" not in e and "value" not in e
        for s in e.get("contains", []):
            norm = re.sub(r"\s", "", unicodedata.normalize("NFKC", s))
            assert norm, q["id"]
    with OUT.open("w", encoding="utf-8") as fh:
        for q in Qs:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    from collections import Counter
    print(OUT, len(Qs))
    print(Counter(q["store"] for q in Qs))
    print(Counter(q["kind"] for q in Qs))


if __name__ == "__main__":
    main()
