"""Build eval/dev/probe_v37.jsonl: 80 blind development questions over seven stores.

Questions are hand-written; every expectation is computed here from the documents themselves
(python-docx for the Word files, openpyxl for the Excel export), never typed in by hand.

Emphasis: answers a careless system would give confidently but wrongly — filtered aggregates,
实施单位 scope, comparisons between two money fields of one project, cross-year / cross-department
differences, amounts printed in 元, spending plans that are cumulative or missing, per-unit
standards multiplied out, loose descriptions, follow-ups, and questions with nothing to find.

Run:  .venv/bin/python eval/dev/docs/make_probe_v37.py
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "dev" / "probe_v37.jsonl"

STORES = {
    "sample": ["data/samples/weixian-rsj-2025-jixiao-mubiao.docx"],
    "other": ["tests/data/other-department.docx"],
    "county": [
        "tests/data/county/jiaoyu-2023.docx",
        "tests/data/county/jiaoyu-2024.docx",
        "tests/data/county/weijian-2023.docx",
        "tests/data/county/weijian-2024.docx",
    ],
    "wenlv": ["eval/dev/docs/wenlv-2025.xlsx"],
    "zhujian": ["eval/dev/docs/zhujian-2025.docx"],
    "nongye": ["eval/dev/docs/nongye-2025.docx"],
    "jiaotong": ["eval/heldout/docs/jiaotong-2025.docx"],
}


# --------------------------------------------------------------------------- data model

@dataclass
class Indicator:
    level1: str
    level2: str
    name: str
    value: str
    basis: str


@dataclass
class Project:
    store: str
    doc: str
    year: int
    dept: str
    code: str
    name: str
    unit_money: str = "万元"          # unit the amounts are printed in
    total: float | None = None       # 万元
    fiscal: float | None = None      # 万元 (财政拨款 / 财政资金)
    other: float | None = None       # 万元 (其他资金), None when blank
    extra: dict = field(default_factory=dict)   # other printed money rows (万元)
    executor: str = ""               # 实施单位
    kind: str = ""                   # 项目类型 / 项目属性
    use: str = ""                    # 资金用途 / 项目概况 / 主要内容
    plan: dict = field(default_factory=dict)    # {'3月底': 25.0, ...}
    indicators: list = field(default_factory=list)

    def sat(self) -> float | None:
        vals = [num(i.value) for i in self.indicators if i.level1.startswith("满意度")]
        vals = [v for v in vals if v is not None]
        return min(vals) if vals else None

    def has_level2(self, word: str) -> bool:
        return any(word in i.level2 for i in self.indicators)

    def cites(self, docno: str) -> bool:
        return any(docno in i.basis for i in self.indicators)

    def cost_indicator(self) -> Indicator | None:
        for i in self.indicators:
            if "成本" in i.level2:
                return i
        return None


def num(text: str) -> float | None:
    m = re.search(r"-?\d+(?:\.\d+)?", text or "")
    return float(m.group()) if m else None


def money(text: str, unit: str) -> float | None:
    t = (text or "").strip().replace(",", "")
    if not t:
        return None
    v = float(t)
    return v / 10000.0 if unit == "元" else v


# --------------------------------------------------------------------------- docx parsing

def blocks(document):
    for el in document.element.body.iterchildren():
        if el.tag == qn("w:p"):
            yield Paragraph(el, document)
        elif el.tag == qn("w:tbl"):
            yield Table(el, document)


def grid(table: Table) -> list[list[str]]:
    """Rows as lists of cell texts by grid position (merged cells repeated)."""
    return [[c.text.strip() for c in row.cells] for row in table.rows]


def first_after(row: list[str], label_pred) -> str | None:
    for i, t in enumerate(row):
        if label_pred(t):
            for u in row[i + 1:]:
                if u != t:
                    return u
            return ""
    return None


def parse_docx(store: str, rel: str) -> list[Project]:
    d = docx.Document(ROOT / rel)
    stem = Path(rel).stem
    m = re.search(r"20\d\d", stem) or next(
        (re.search(r"(20\d\d)年", p.text) for p in d.paragraphs if re.search(r"20\d\d年", p.text)), None)
    year = int(m.group(1) if m.groups() else m.group())
    dept = ""
    unit = "万元"
    projects: list[Project] = []
    cur: Project | None = None
    for b in blocks(d):
        if isinstance(b, Paragraph):
            t = b.text.strip()
            if not dept:
                m = re.search(r"(\S+?(?:局))", t)
                if m and ("绩效目标" in t or "部门" in t):
                    dept = re.sub(r"^20\d\d年?", "", m.group(1))
            m = re.search(r"单位：(万元|元)", t)
            if m:
                unit = m.group(1)
            continue
        rows = grid(b)
        flat = [c for r in rows for c in r]
        if len(rows) == 1 and any(re.search(r"单位：(万元|元)", c) for c in flat):
            unit = re.search(r"单位：(万元|元)", " ".join(flat)).group(1)
            if not dept:
                for c in flat:
                    m = re.search(r"([\u4e00-\u9fff]+局)", c)
                    if m:
                        dept = m.group(1)
            continue
        if any(c == "项目编码" for c in flat):
            cur = Project(store, rel, year, dept, "", "")
            cur.unit_money = unit
            header_done = False
            ind_cols = None
            plan_labels = None
            money_labels = None
            for r in rows:
                lab = r[0]
                if ind_cols is not None:
                    add_indicator(cur, r, ind_cols)
                    continue
                if "一级指标" in r:
                    ind_cols = indicator_columns(r)
                    continue
                if "项目编码" in r:
                    cur.code = first_after(r, lambda t: t == "项目编码")
                if "项目名称" in r:
                    cur.name = first_after(r, lambda t: t == "项目名称")
                if "实施单位" in r:
                    cur.executor = first_after(r, lambda t: t == "实施单位")
                for k in ("项目类型", "项目属性"):
                    if k in r:
                        cur.kind = first_after(r, lambda t, k=k: t == k)
                m = re.search(r"项目资金（(万元|元)）", lab)
                if m:
                    u = m.group(1)
                    cur.unit_money = u
                    if money_labels is None:
                        money_labels = r
                    else:
                        for i, t in enumerate(money_labels):
                            if i == 0 or (i > 0 and money_labels[i - 1] == t):
                                continue
                            v = money(r[i], u)
                            if "总额" in t:
                                cur.total = v
                            elif "财政" in t:
                                cur.fiscal = v
                            elif "其他" in t:
                                cur.other = v
                    continue
                # zhujian layout: 年度预算资金（万元） | 资金总额 | 2860.00
                if lab.startswith("年度预算资金"):
                    key, val = r[1], r[2]
                    u = "元" if "（元）" in lab else "万元"
                    cur.unit_money = u
                    v = money(val, u)
                    if "总额" in key:
                        cur.total = v
                    elif "财政拨款" in key:
                        cur.fiscal = v
                    elif key == "其他资金":
                        cur.other = v
                    else:
                        cur.extra[key.replace("其中：", "")] = v
                    continue
                # one-row layouts: 预算数 | x | 其中：财政资金 | y | 其他资金 | z
                if any(t in ("预算数", "资金总额") for t in r[1:]) or lab == "资金总额":
                    u = cur.unit_money
                    cur.total = money(first_after(r, lambda t: t in ("预算数", "资金总额")), u)
                    f = first_after(r, lambda t: "财政资金" in t or t == "财政拨款")
                    cur.fiscal = money(f, u) if f is not None else cur.fiscal
                    o = first_after(r, lambda t: t == "其他资金")
                    cur.other = money(o, u) if o is not None else cur.other
                    continue
                if lab in ("资金用途", "项目概况", "主要内容") or (
                        lab == "预算规模及资金用途" and r[1] != "预算数"):
                    cur.use = r[1]
                    continue
                if "3月底" in r:
                    plan_labels = r
                    continue
                if plan_labels is not None and lab == plan_labels[0]:
                    seen = set()
                    for i, t in enumerate(plan_labels):
                        if t.endswith("月底") and t not in seen:
                            seen.add(t)
                            v = num(r[i])
                            if v is not None and r[i].strip():
                                cur.plan[t] = v
                    plan_labels = None
                    continue
            projects.append(cur)
            continue
        if rows and "一级指标" in rows[0] and projects:
            cols = indicator_columns(rows[0])
            for r in rows[1:]:
                add_indicator(projects[-1], r, cols)
    return projects


def indicator_columns(header: list[str]) -> dict:
    cols = {}
    for i, t in enumerate(header):
        if t == "一级指标":
            cols.setdefault("l1", i)
        elif t == "二级指标":
            cols.setdefault("l2", i)
        elif t in ("三级指标", "指标内容"):
            cols.setdefault("name", i)
        elif t == "指标值":
            cols.setdefault("value", i)
        elif "依据" in t or t == "备注":
            cols.setdefault("basis", i)
    return cols


def add_indicator(p: Project, r: list[str], cols: dict) -> None:
    if not any(r):
        return
    ind = Indicator(
        r[cols["l1"]], r[cols["l2"]], r[cols["name"]], r[cols["value"]],
        r[cols["basis"]] if "basis" in cols else "",
    )
    if ind.name:
        p.indicators.append(ind)


# --------------------------------------------------------------------------- xlsx parsing

def parse_xlsx(store: str, rel: str) -> list[Project]:
    wb = openpyxl.load_workbook(ROOT / rel)
    out = []
    year = int(re.search(r"20\d\d", rel).group())
    for ws in wb.worksheets:
        rows = [[("" if c.value is None else str(c.value).strip()) for c in row] for row in ws.iter_rows()]
        dept = ""
        p = Project(store, rel + "#" + ws.title, year, "", "", "")
        ind_mode = False
        last_l1 = last_l2 = ""
        plan_labels = None
        money_unit = "万元"
        for r in rows:
            r = r + [""] * (6 - len(r))
            lab = r[0]
            if ind_mode:
                l1 = r[0] or last_l1
                l2 = r[1] or last_l2
                last_l1, last_l2 = l1, l2
                if r[2]:
                    p.indicators.append(Indicator(l1, l2, r[2], r[3], r[4]))
                continue
            if lab.startswith("填报单位"):
                m = re.search(r"：(.+)", lab)
                dept = m.group(1) if m else ""
                p.dept = dept
                continue
            if lab == "项目名称":
                p.name = r[1]
            elif lab == "项目编码":
                p.code = r[1]
            elif lab == "主管部门":
                p.executor = r[3]
            elif lab.startswith("资金情况"):
                money_unit = "元" if "（元）" in lab else "万元"
                p.unit_money = money_unit
                p.total = money(r[2], money_unit)
            elif lab == "" and r[1].startswith("其中") and "财政拨款" in r[1]:
                p.fiscal = money(r[2], money_unit)
            elif lab == "" and r[1] == "其他资金":
                p.other = money(r[2], money_unit)
            elif lab.startswith("资金支出计划"):
                plan_labels = r
            elif plan_labels is not None and lab == "":
                for i, t in enumerate(plan_labels):
                    if t.endswith("月底") and r[i]:
                        p.plan[t] = num(r[i])
                plan_labels = None
            elif lab == "项目概况":
                p.use = r[1]
            elif lab == "一级指标":
                ind_mode = True
        out.append(p)
    return out


# --------------------------------------------------------------------------- load

def load() -> dict[str, list[Project]]:
    data = {}
    for store, files in STORES.items():
        ps = []
        for rel in files:
            ps += parse_xlsx(store, rel) if rel.endswith(".xlsx") else parse_docx(store, rel)
        data[store] = ps
    return data


D = load()


def store_text(store: str) -> str:
    parts = []
    for rel in STORES[store]:
        if rel.endswith(".xlsx"):
            wb = openpyxl.load_workbook(ROOT / rel)
            parts += [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value]
        else:
            d = docx.Document(ROOT / rel)
            parts += [p.text for p in d.paragraphs]
            parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def absent(store: str, *phrases: str) -> None:
    text = store_text(store)
    for ph in phrases:
        assert ph not in text, (store, ph)


def P(store, **kw) -> list[Project]:
    """Projects of a store, filtered by doc stem fragment / year."""
    ps = D[store]
    if "doc" in kw:
        ps = [p for p in ps if kw["doc"] in p.doc]
    if "year" in kw:
        ps = [p for p in ps if p.year == kw["year"]]
    return ps


def one(store, frag, **kw) -> Project:
    hits = [p for p in P(store, **kw) if frag in p.name]
    assert len(hits) == 1, (store, frag, [h.name for h in hits])
    return hits[0]


def codes(ps) -> list[str]:
    return sorted({p.code for p in ps})


def tot(ps) -> float:
    return round(sum(p.total for p in ps), 4)


def pct(a, b) -> float:
    return round(100.0 * a / b, 2)


def argmin(ps, key):
    vals = [(key(p), p) for p in ps if key(p) is not None]
    best = min(v for v, _ in vals)
    hits = [p for v, p in vals if v == best]
    assert len(hits) == 1, [h.name for h in hits]
    return hits[0]


def argmax(ps, key):
    vals = [(key(p), p) for p in ps if key(p) is not None]
    best = max(v for v, _ in vals)
    hits = [p for v, p in vals if v == best]
    assert len(hits) == 1, [h.name for h in hits]
    return hits[0]


def fmt_pct(v: float) -> str:
    return f"{v:g}%"


# --------------------------------------------------------------------------- questions

Q: list[dict] = []


def q(store, kind, question, expect, history=None):
    item = {"id": f"v37-{len(Q) + 1:03d}", "question": question}
    if history:
        item["history"] = history
    item["expect"] = expect
    item["store"] = store
    item["kind"] = kind
    Q.append(item)


NF = {"found": False}

# ---- sample: 魏县人社局 2025 --------------------------------------------------------------
S = P("sample")
assert len(S) == 14 and math.isclose(tot(S), 37106.9)

ps = [p for p in S if "养老保险" in p.name]
q("sample", "filter_aggregate", "项目名称里带“养老保险”这几个字的项目，预算加起来是多少万元？",
  {"projects": codes(ps), "value": tot(ps)})

ps = [p for p in S if "182号" in p.name]
q("sample", "lookup_aggregate", "冀财社【2024】182号那笔省级城乡居民养老保险补助，表里拆成了几个项目？合计多少万元？",
  {"projects": codes(ps), "value": tot(ps)})

ps = [p for p in S if 100 <= p.total <= 300]
low = argmin(ps, Project.sat)
q("sample", "filter_argmin", "预算在100万到300万元之间的那些项目里，哪个满意度目标定得最低？",
  {"projects": [low.code], "contains": [fmt_pct(low.sat())]})

std = {"3月底": 25.0, "6月底": 50.0, "10月底": 75.0, "12月底": 100.0}
ps = [p for p in S if p.plan != std]
q("sample", "filter", "有没有哪些项目的资金支出进度不是按3月25%、6月50%、10月75%、年底100%这样排的？都列出来。",
  {"projects": codes(ps)})

ps = []
for p in S:
    ci = p.cost_indicator()
    if ci and "万元" in ci.value and not math.isclose(num(ci.value), p.total):
        ps.append((p, ci))
assert len(ps) == 1
q("sample", "consistency", "帮我核一下：哪个项目成本指标里写的金额跟它的预算数对不上？",
  {"projects": [ps[0][0].code], "contains": [f"{num(ps[0][1].value):g}"]})

ps = [p for p in S if p.cites("冀人社规〔2018〕8号")]
q("sample", "policy_aggregate", "拿冀人社规〔2018〕8号当指标依据的项目，预算合计是多少？",
  {"projects": codes(ps), "value": tot(ps)})

p = one("sample", "慰问")
q("sample", "loose_ref", "过年给县里离退休老干部送慰问的那笔钱，满意度要求是多少？",
  {"projects": [p.code], "contains": [fmt_pct(p.sat())]})

ps = [p for p in S if "136号" in p.name]
assert len(ps) == 2
q("sample", "share", "两个冀财社【2024】136号的就业补助项目加起来，占人社局全部项目预算的百分之多少？",
  {"projects": codes(ps), "value": pct(tot(ps), tot(S))})

absent("sample", "三公")
q("sample", "not_found", "人社局2025年的三公经费预算是多少？", NF)
q("sample", "not_found", "魏县人社局2024年度城乡居民养老保险补助的预算安排是多少？", NF)

ps = [p for p in S if "创业" in p.name]
assert len(ps) == 2
diff = abs(ps[0].sat() - ps[1].sat())
q("sample", "followup", "两者的满意度目标差几个百分点？",
  {"projects": codes(ps), "value": diff},
  history=["名字里带“创业”的那两个项目各是多少钱？"])

big = argmax(S, lambda p: p.total)
q("sample", "followup", "它占全部14个项目预算总额的比例是多少？",
  {"projects": [big.code], "value": pct(big.total, tot(S))},
  history=["人社局哪个项目的预算最大？"])

# ---- other: 临漳县农业农村局 2025 ----------------------------------------------------------
O = P("other")
assert len(O) == 10

q("other", "aggregate", "临漳农业农村局这10个项目的资金总额一共多少万元？",
  {"projects": codes(O), "value": tot(O)})

ps = [p for p in O if p.fiscal < 0.8 * p.total - 1e-9]
q("other", "field_compare", "财政拨款不到资金总额八成的项目有哪些？",
  {"projects": codes(ps)})

ps = [p for p in O if not math.isclose((p.fiscal or 0) + (p.other or 0), p.total)]
assert len(ps) == 1
q("other", "consistency", "有没有哪个项目财政拨款加其他资金跟资金总额对不上？差了多少万元？",
  {"projects": codes(ps), "value": round(abs(ps[0].total - ps[0].fiscal - (ps[0].other or 0)), 4)})

ps = []
for p in O:
    ci = p.cost_indicator()
    v = num(ci.value)
    v = v / 10000 if ci.value.endswith("元") and "万元" not in ci.value else v
    if v > p.total + 1e-9:
        ps.append((p, ci))
assert len(ps) == 1
q("other", "consistency", "哪个项目的成本指标上限比它自己的资金总额还高？",
  {"projects": [ps[0][0].code], "contains": [f"{num(ps[0][1].value):g}"]})

p = one("other", "耕地地力")
assert "每亩60元" in p.use, p.use
q("other", "loose_ref", "给种地农民按实际种植面积发钱的那个项目，每亩补多少、总共多少万元？",
  {"projects": [p.code], "value": p.total, "contains": ["60元"]})

p = one("other", "农产品质量安全检测")
assert p.unit_money == "元"
q("other", "unit_yuan", "农产品质量安全检测经费是多少万元？", {"projects": [p.code], "value": p.total})

ps = [p for p in O if p.total > 1000]
q("other", "filter_mean", "资金总额超过1000万元的项目，满意度目标平均是多少？",
  {"projects": codes(ps), "value": round(sum(p.sat() for p in ps) / len(ps), 2)})

ps = [p for p in O if p.cites("邯财农[2024]18号")]
q("other", "policy_aggregate", "把邯财农[2024]18号当依据的那些项目，资金总额合计多少？",
  {"projects": codes(ps), "value": tot(ps)})

absent("other", "在编", "编制", "99号")
q("other", "not_found", "临漳县农业农村局现在有多少在编人员？", NF)
q("other", "not_found", "冀财农〔2024〕99号对应的是哪个项目？", NF)

p = one("other", "农机购置")
q("other", "followup", "其中按计划到6月底累计要支出多少万元？",
  {"projects": [p.code], "value": round(p.total * p.plan["6月底"] / 100, 4)},
  history=["农机购置与应用补贴那个项目资金总额多少？"])

# ---- county: 魏县教育局 / 卫健局 2023, 2024 ---------------------------------------------
J23, J24 = P("county", doc="jiaoyu", year=2023), P("county", doc="jiaoyu", year=2024)
W23, W24 = P("county", doc="weijian", year=2023), P("county", doc="weijian", year=2024)
assert (len(J23), len(J24), len(W23), len(W24)) == (10, 10, 8, 9)

q("county", "cross_year", "魏县教育局2024年的项目预算总额比2023年多了多少万元？",
  {"projects": codes(J23 + J24), "value": round(tot(J24) - tot(J23), 2)})

new = [p for p in W24 if p.code not in {x.code for x in W23}]
q("county", "cross_year", "卫健局2024年新上了哪些2023年没有的项目？", {"projects": codes(new)})

gone = [p for p in W23 if p.code not in {x.code for x in W24}]
q("county", "cross_year", "卫健局有没有2023年有、到2024年就没再安排的项目？", {"projects": codes(gone)})

hi = "教育局" if tot(J24) > tot(W24) else "卫生健康局"
q("county", "cross_dept", "2024年教育局和卫健局，谁的项目资金总额更高？高出多少万元？",
  {"value": round(abs(tot(J24) - tot(W24)), 2), "contains": [hi]})

p = one("county", "特殊教育", doc="jiaoyu", year=2023)
q("county", "year_scope", "教育局2023年特殊教育项目里财政资金是多少？", {"projects": [p.code], "value": p.fiscal})

p24 = one("county", "特殊教育", doc="jiaoyu", year=2024)
q("county", "cross_year", "特殊教育项目2024年预算比2023年增长了百分之几？",
  {"projects": [p.code], "value": pct(p24.total - p.total, p.total)})

ps = [p for p in W24 if p.sat() is None]
q("county", "filter", "卫健局2024年哪些项目没有设满意度指标？", {"projects": codes(ps)})

ps = [p for p in J23 if not p.has_level2("成本")]
q("county", "filter", "教育局2023年的项目里，哪些没有设成本指标？", {"projects": codes(ps)})

assert {p.year for p in P("county")} == {2023, 2024}
absent("county", "执行率")
q("county", "not_found", "教育局2022年课后服务补助资金是多少？", NF)
q("county", "not_found", "卫健局2024年这些项目的预算执行率是多少？", NF)

a = one("county", "计划生育", doc="weijian", year=2023)
b = one("county", "计划生育", doc="weijian", year=2024)
q("county", "followup", "2024年的呢？两年加在一起多少万元？",
  {"projects": [a.code], "value": round(a.total + b.total, 2)},
  history=["卫健局2023年计划生育家庭扶助县级配套资金多少？"])

ps = [p for p in J23 + W23 if p.plan.get("3月底", 0) >= 30]
q("county", "filter", "2023年教育局和卫健局的项目里，3月底支出计划就要达到30%的有哪些？",
  {"projects": codes(ps)})

# ---- wenlv: 魏县文化广电和旅游局 2025 (xlsx) -----------------------------------------------
WL = P("wenlv")
assert len(WL) == 10

q("wenlv", "aggregate", "文旅局这10个项目的资金加起来一共多少万元？", {"projects": codes(WL), "value": tot(WL)})

ps = [p for p in WL if "魏县文化馆" in p.executor]
q("wenlv", "executor", "魏县文化馆参与实施的项目有哪些？", {"projects": codes(ps)})

ps = [p for p in WL if p.executor.endswith("本级")]
q("wenlv", "executor_aggregate", "由文旅局本级实施的项目，资金总额合计多少？", {"projects": codes(ps), "value": tot(ps)})

ps = [p for p in WL if p.other]
top = argmax(ps, lambda p: p.other / p.total)
q("wenlv", "field_compare", "带其他资金的项目里，其他资金占资金总额比重最高的是哪个？比重是多少？",
  {"projects": [top.code], "value": pct(top.other, top.total)})

ps = []
for p in WL:
    ci = p.cost_indicator()
    if ci and ci.value.endswith("万元") and num(ci.value) > p.total:
        ps.append((p, ci))
assert len(ps) == 1
q("wenlv", "consistency", "哪个项目成本指标里写的金额比它的资金总额还大？",
  {"projects": [ps[0][0].code], "contains": [f"{num(ps[0][1].value):g}"]})

p = one("wenlv", "公益电影")
fee = num(next(i.value for i in p.indicators if "补助标准" in i.name))
shows = num(next(i.value for i in p.indicators if "放映场次" in i.name))
assert math.isclose(fee * shows / 10000, p.total)
q("wenlv", "per_unit", "公益电影放映那个项目，按每场补助标准乘以全年放映场次，合计是多少元？",
  {"projects": [p.code], "value": fee * shows})

p = one("wenlv", "非物质文化遗产")
std_ = num(next(i.value for i in p.indicators if "补助标准" in i.name))
n = num(next(i.value for i in p.indicators if "传承人" in i.name and i.level2 == "数量指标"))
q("wenlv", "followup", "按它的传承人补助标准和补助人数目标，传承人补助至少要多少万元？",
  {"projects": [p.code], "value": round(std_ * n / 10000, 4)},
  history=["非遗保护传承那个项目是哪个单位实施的？"])

assert {p.year for p in WL} == {2025}
q("wenlv", "not_found", "魏县文旅局2024年文物保护修缮项目安排了多少钱？", NF)

ps = [p for p in WL if p.plan.get("6月底") is not None and p.plan["6月底"] >= 50]
q("wenlv", "filter_count", "6月底累计支出计划达到50%及以上的项目有几个？", {"projects": codes(ps), "value": len(ps)})

ps = [p for p in WL if p.total >= 100]
low = argmin(ps, Project.sat)
q("wenlv", "filter_argmin", "资金总额100万元以上的项目中，满意度目标最低的是哪个？",
  {"projects": [low.code], "contains": [fmt_pct(low.sat())]})

ps = [p for p in WL if p.sat() is None]
q("wenlv", "filter", "文旅局哪些项目没有设置满意度指标？", {"projects": codes(ps)})

# ---- zhujian: 魏县住房和城乡建设局 2025 ---------------------------------------------------
Z = P("zhujian")
assert len(Z) == 9

ps = [p for p in Z if p.executor == "魏县城市管理服务中心"]
q("zhujian", "executor_aggregate", "城市管理服务中心实施的项目有哪些？一共多少钱？", {"projects": codes(ps), "value": tot(ps)})

p = one("zhujian", "档案")
q("zhujian", "executor", "城建档案数字化是哪个单位在实施？", {"projects": [p.code], "contains": [p.executor.replace("魏县", "")]})

p = one("zhujian", "燃气")
q("zhujian", "field_compare", "燃气管道老化更新改造项目的资金里，政府性基金占百分之多少？",
  {"projects": [p.code], "value": pct(p.extra["政府性基金"], p.total)})

ps = [p for p in Z if p.kind == "特定目标类"]
q("zhujian", "filter_aggregate", "项目类型是特定目标类的那些项目，资金总额合计多少？", {"projects": codes(ps), "value": tot(ps)})

p = one("zhujian", "污水")
vol = num(next(i.value for i in p.indicators if "处理量" in i.name))
fee = num(next(i.value for i in p.indicators if "服务费" in i.name and "成本" in i.level2))
q("zhujian", "per_unit", "污水处理厂按年处理量目标和每吨服务费上限算，一年运营服务费最多多少万元？",
  {"projects": [p.code], "value": round(vol * fee, 4)})

p = one("zhujian", "租赁补贴")
q("zhujian", "loose_ref", "给城镇住房困难家庭发租房补贴的那个项目，满意度目标定了多少？",
  {"projects": [p.code], "contains": [fmt_pct(p.sat())]})

ps = [p for p in Z if p.executor == "魏县城市管理服务中心"]
big = argmax(ps, lambda p: p.total)
q("zhujian", "followup", "它的满意度目标是多少？",
  {"projects": [big.code], "contains": [fmt_pct(big.sat())]},
  history=["城市管理服务中心实施了哪几个项目？", "其中资金最多的是哪个？"])

ps = [p for p in Z if p.sat() is None]
q("zhujian", "filter", "住建局哪个项目没有设满意度指标？", {"projects": codes(ps)})

absent("zhujian", "供热", "执行率", "实际完成")
q("zhujian", "not_found", "老旧小区改造项目2025年实际完成了多少投资？执行率怎么样？", NF)
q("zhujian", "not_found", "住建局的集中供热管网改造项目预算是多少？", NF)

p = one("zhujian", "老旧小区")
q("zhujian", "followup", "其中财政拨款占百分之多少？",
  {"projects": [p.code], "value": pct(p.fiscal, p.total)},
  history=["老旧小区改造项目资金总额多少？"])

ps = [p for p in Z if p.plan.get("9月底") is not None and p.plan["9月底"] < 75]
q("zhujian", "filter", "9月底累计支出计划还不到75%的项目有哪些？", {"projects": codes(ps)})

# ---- nongye: 大名县农业农村局 2025 -------------------------------------------------------
N = P("nongye")
assert len(N) == 9

ps = [p for p in N if p.executor.endswith("本级")]
q("nongye", "executor_aggregate", "大名县农业农村局本级实施的项目一共多少万元？", {"projects": codes(ps), "value": tot(ps)})

p = one("nongye", "动物疫病")
assert p.unit_money == "元"
q("nongye", "executor", "动物疫病防控经费由哪个单位实施？折合多少万元？",
  {"projects": [p.code], "value": p.total, "contains": [p.executor.replace("大名县", "")]})

ps = [p for p in N if p.other]
top = argmax(ps, lambda p: p.other / p.total)
q("nongye", "field_compare", "有其他资金的项目中，其他资金占资金总额比例最高的是哪个？占多少？",
  {"projects": [top.code], "value": pct(top.other, top.total)})

ps = [p for p in N if p.kind == "新增项目"]
q("nongye", "filter_aggregate", "项目属性是新增项目的有哪些？合计多少钱？", {"projects": codes(ps), "value": tot(ps)})

p = one("nongye", "耕地地力")
area = next(i.value for i in p.indicators if i.name == "补贴发放面积")
q("nongye", "loose_ref", "按承包耕地面积直接给种地农民发补贴的那个项目，补贴面积是多少？",
  {"projects": [p.code], "contains": [area.lstrip("≥")]})

ps = [p for p in N if p.sat() is not None and p.sat() >= 95]
q("nongye", "filter_aggregate", "满意度目标在95%及以上的项目有哪些？资金合计多少？", {"projects": codes(ps), "value": tot(ps)})

ps = [p for p in N if p.plan.get("6月底") is not None and p.plan["6月底"] >= 50]
q("nongye", "filter", "6月底累计支出计划不低于一半的项目有哪些？", {"projects": codes(ps)})

absent("nongye", "冀财农")
assert {p.year for p in N} == {2025}
q("nongye", "not_found", "大名县农业农村局2024年耕地地力保护补贴资金是多少？", NF)
q("nongye", "not_found", "哪个项目是依据冀财农〔2024〕98号安排的？", NF)

p = next(p for p in N if p.executor == "大名县植保植检站")
area = num(next(i.value for i in p.indicators if "作业面积" in i.name))  # 万亩
q("nongye", "followup", "按它的资金总额和统防统治作业面积算，平均每亩多少元？",
  {"projects": [p.code], "value": round(p.total / area, 4)},
  history=["大名县植保植检站实施的是哪个项目？"])

ps = [p for p in N if not p.plan]
q("nongye", "filter", "哪些项目没有列资金支出进度计划？", {"projects": codes(ps)})

# ---- jiaotong: 成安县交通运输局 2025 -----------------------------------------------------
T = P("jiaotong")
assert len(T) == 10

ps = [p for p in T if p.executor == "成安县公路建设养护中心"]
q("jiaotong", "executor_aggregate", "公路建设养护中心负责实施的项目一共多少钱？", {"projects": codes(ps), "value": tot(ps)})

ps = [p for p in T if p.kind == "一次性项目" and p.other]
top = argmax(ps, lambda p: p.other / p.total)
q("jiaotong", "field_compare", "一次性项目里，其他资金占资金总额比重最高的是哪个？比重多少？",
  {"projects": [top.code], "value": pct(top.other, top.total)})

ps = [p for p in T if p.fiscal < 0.8 * p.total - 1e-9]
q("jiaotong", "field_compare", "财政拨款不到资金总额八成的项目有哪些？", {"projects": codes(ps)})

p = one("jiaotong", "日常养护")
km = num(next(i.value for i in p.indicators if "养护里程" in i.name))
per = num(next(i.value for i in p.indicators if "每公里" in i.name))
q("jiaotong", "per_unit", "农村公路日常养护按每公里年度养护成本上限乘以养护里程，算出来是多少万元？",
  {"projects": [p.code], "value": round(km * per, 4)})

p = one("jiaotong", "危桥")
nb = num(next(i.value for i in p.indicators if "危桥数量" in i.name))
q("jiaotong", "loose_ref", "修危桥的那个项目，按资金总额平均每座桥摊多少万元？", {"projects": [p.code], "value": round(p.total / nb, 4)})

p = one("jiaotong", "农村客运")
q("jiaotong", "plan", "农村客运补贴到9月底累计计划支出多少万元？",
  {"projects": [p.code], "value": round(p.total * p.plan["9月底"] / 100, 4)})

ps = [p for p in T if p.kind == "经常性项目"]
low = argmin(ps, Project.sat)
q("jiaotong", "filter_argmin", "经常性项目中满意度目标最低的是哪个？",
  {"projects": [low.code], "contains": [fmt_pct(low.sat())]})

absent("jiaotong", "120号", "大名")
q("jiaotong", "not_found", "冀交公〔2024〕120号是哪个项目的依据？", NF)
q("jiaotong", "not_found", "大名县交通运输局的农村公路日常养护经费是多少？", NF)

ps = [p for p in T if p.executor == "成安县道路运输服务中心"]
q("jiaotong", "followup", "这些项目合计多少钱？",
  {"projects": codes(ps), "value": tot(ps)},
  history=["道路运输服务中心实施了哪些项目？"])

q("jiaotong", "consistency", "文件概况里说项目资金合计6586.10万元，把各项目资金总额加起来核对一下，合计是多少？",
  {"projects": codes(T), "value": tot(T)})


# --------------------------------------------------------------------------- validate + write

def validate() -> None:
    assert len(Q) == 80, len(Q)
    ids = [x["id"] for x in Q]
    assert len(set(ids)) == len(ids)
    allowed = {"projects", "value", "contains", "found"}
    for x in Q:
        assert x["store"] in STORES, x
        e = x["expect"]
        assert e and set(e) <= allowed, x
        if "found" in e:
            assert e == {"found": False}, x
        known = {p.code for p in D[x["store"]]}
        for c in e.get("projects", []):
            assert c in known, (x["id"], c)
        if "projects" in e:
            assert e["projects"], x
        if "value" in e:
            v = e["value"]
            assert isinstance(v, (int, float)) and math.isfinite(v), x
        for s in e.get("contains", []):
            assert isinstance(s, str) and s, x
        for h in x.get("history", []):
            assert isinstance(h, str) and h
    per = {}
    for x in Q:
        per[x["store"]] = per.get(x["store"], 0) + 1
    assert all(per.get(s, 0) >= 8 for s in STORES), per


def main() -> None:
    validate()
    with OUT.open("w", encoding="utf-8") as f:
        for x in Q:
            if "value" in x["expect"]:
                v = x["expect"]["value"]
                x["expect"]["value"] = int(v) if float(v).is_integer() else round(v, 4)
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    per, kinds = {}, {}
    for x in Q:
        per[x["store"]] = per.get(x["store"], 0) + 1
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    print(OUT.relative_to(ROOT), len(Q))
    print("stores:", per)
    print("kinds:", kinds)


if __name__ == "__main__":
    main()
