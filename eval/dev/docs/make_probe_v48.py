"""Write eval/dev/probe_v48.jsonl: 70 conversation probes (almost all follow-ups) over seven stores.

Stores and their documents:
  sample   data/samples/weixian-rsj-2025-jixiao-mubiao.docx   (魏县人社局)
  other    tests/data/other-department.docx                   (临漳县农业农村局)
  both     sample + other
  county   tests/data/county/*.docx                           (魏县教育局, 魏县卫健局; 2023 + 2024)
  guantao  eval/heldout/docs/guantao-2025.xlsx                (馆陶县应急管理局)
  weijian  eval/dev/docs/weijian-2025.docx                    (曲周县卫健局; 合计 = 本级财政 + 上级补助 + 其他)
  shijian  eval/heldout/docs/shijian-2025.docx                (涉县市场监督管理局)

Each line is a conversation: `history` holds the earlier questions (asked first, in order) and `expect`
applies to the LAST question only.  Every expected value, project set and count is computed here from the
documents (python-docx for Word, openpyxl for the Excel export); only the wording is written by hand, and
every hand-picked keyword is asserted to occur in the document.

Conventions:
  * money in 万元 unless 元 is asked (amounts printed in 元 are divided by 10000); percentages as numbers;
  * 预算数/资金总额/年度资金总额/合计 are one field, 财政资金/财政拨款 another; in weijian the budget is split
    本级财政/上级补助/其他 and questions name those parts;
  * spending-plan percentages are cumulative; a blank column after a printed one keeps the level;
    三季度末 = the 10月底 column in the 魏县/临漳 layouts (3/6/10/12月底), 9月底 in 馆陶, 3季度 in 涉县,
    1-9月 in weijian; 上半年 = 6月底 / 2季度 / 1-6月;
  * "满意度目标" is the first 满意度指标 row of a project; 以上/以下 include the number, 低于/高于 exclude it;
  * a lookup of one project expects that project; count questions over a filtered set expect the set too;
    sums over a filtered set expect the set; shares of the whole department expect only the value;
  * "那第二个呢" after "预算最多的是哪个" = the second largest budget;
  * "这个文件还有哪些项目引用了" = the other projects citing that document (the project already discussed
    is left out);
  * "这几个里面谁的…最少" expects the one project;
  * {"found": false} when the follow-up asks a field the tables do not have (执行率, 实际支出, 联系人,
    供应商), a year that is not stored, a department not in the store, or a project that does not exist.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v48.py
"""
import json
import re
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "dev" / "probe_v48.jsonl"

D = Decimal


# ---------------------------------------------------------------- small helpers

def clean(s):
    return re.sub(r"\s+", "", s or "")


def num(text):
    m = re.search(r"-?\d+(?:\.\d+)?", (text or "").replace(",", ""))
    return D(m.group()) if m else None


def money(text, unit):
    t = clean(text).replace(",", "")
    if not t:
        return D(0)
    v = D(t)
    return v / 10000 if unit == "元" else v


MONTH_WORDS = [
    (r"^(1-3月|3月底|1季度|一季度|一季度末)$", 3),
    (r"^(1-6月|6月底|2季度|二季度|二季度末|上半年)$", 6),
    (r"^(1-9月|9月底|3季度|三季度|三季度末|前三季度)$", 9),
    (r"^10月底$", 10),
    (r"^(1-12月|12月底|4季度|四季度|年底|年底前)$", 12),
]


def month_of(label):
    label = clean(label)
    for pat, m in MONTH_WORDS:
        if re.match(pat, label):
            return m
    return None


def plan_sentence(text):
    """'3月底20%，6月底50%…' or '一季度末累计支出15%，上半年累计支出45%…' -> {month: pct}."""
    out = {}
    for part in re.split(r"[，,；;。]", clean(text)):
        m = re.match(r"(.+?)(?:累计)?(?:支出)?(\d+(?:\.\d+)?)%$", part)
        if not m:
            continue
        lab = re.sub(r"(累计|支出)", "", m.group(1))
        mo = month_of(lab)
        assert mo is not None, (part, lab)
        out[mo] = D(m.group(2))
    return out


class Project:
    def __init__(self, store_doc, dept, year):
        self.doc, self.dept, self.year = store_doc, dept, year
        self.code = self.name = self.executor = self.use = self.goal = self.attr = ""
        self.unit = "万元"
        self.total = self.fiscal = self.other = None    # 万元
        self.own = self.upper = None                    # weijian 2025: 本级财政 / 上级补助 (万元)
        self.plan = {}                                  # {month: cumulative pct}
        self.rows = []                                  # indicator dicts

    def __repr__(self):
        return f"<{self.dept}{self.year} {self.code} {self.name} {self.total}>"

    def add_row(self, l1, l2, l3, value, basis):
        self.rows.append(dict(l1=clean(l1), l2=clean(l2), l3=clean(l3), value=clean(value), basis=clean(basis)))

    def finish(self):
        # fill merged / blank 一级/二级 cells down
        last1 = last2 = ""
        for r in self.rows:
            r["l1"] = r["l1"] or last1
            r["l2"] = r["l2"] or last2
            last1, last2 = r["l1"], r["l2"]
        # cumulative plan: a blank column after a printed one keeps the level
        if self.plan:
            last = None
            for m in sorted(self.plan):
                if self.plan[m] is None:
                    self.plan[m] = last
                last = self.plan[m]
        if self.fiscal is None:
            self.fiscal = self.total
        if self.other is None:
            self.other = D(0)
        return self


def unique_cells(row):
    seen, out = [], []
    for c in row.cells:
        if any(c._tc is s for s in seen):
            continue
        seen.append(c._tc)
        out.append(c.text.strip())
    return out


def after(cells, pred):
    for i, t in enumerate(cells):
        if pred(clean(t)) and i + 1 < len(cells):
            return cells[i + 1]
    return None


def indicator_cols(head):
    head = [clean(h) for h in head]
    cols = {}
    for i, h in enumerate(head):
        if h == "一级指标":
            cols.setdefault("l1", i)
        elif h == "二级指标":
            cols.setdefault("l2", i)
        elif h in ("三级指标", "指标内容"):
            cols.setdefault("l3", i)
        elif h == "指标值":
            cols.setdefault("value", i)
        elif h == "指标性质":
            cols.setdefault("op", i)
        elif h == "度量单位":
            cols.setdefault("vunit", i)
        elif "依据" in h or h == "备注":
            cols.setdefault("basis", i)
    assert {"l1", "l2", "l3", "value"} <= set(cols), head
    return cols


def add_indicator(p, cells, cols):
    if not any(clean(c) for c in cells):
        return
    g = lambda k: cells[cols[k]] if k in cols and cols[k] < len(cells) else ""
    value = g("value")
    if "op" in cols:  # national form: 指标性质 | 指标值 | 度量单位
        op = clean(g("op"))
        value = (op if op != "定性" else "") + clean(value) + clean(g("vunit"))
    p.add_row(g("l1"), g("l2"), g("l3"), value, g("basis"))


# ---------------------------------------------------------------- Word documents

def parse_header(p, rows, unit):
    """rows: lists of unique cell texts of one header table."""
    p.unit = unit
    plan_labels = None
    money_labels = None
    for cells in rows:
        c = [clean(x) for x in cells]
        lab = c[0]
        if plan_labels is not None:
            for l, v in zip(plan_labels, cells):
                mo = month_of(l)
                if mo:
                    p.plan[mo] = num(v) if clean(v) else None
            plan_labels = None
            continue
        if money_labels is not None:
            for l, v in zip(money_labels, cells):
                if "总额" in l:
                    p.total = money(v, p.unit)
                elif "财政" in l:
                    p.fiscal = money(v, p.unit)
                elif "其他" in l:
                    p.other = money(v, p.unit)
            money_labels = None
            continue
        for key, attr in (("项目编码", "code"), ("项目名称", "name"), ("实施单位", "executor"), ("项目属性", "attr")):
            v = after(cells, lambda t, key=key: t == key)
            if v is not None and not getattr(p, attr):
                setattr(p, attr, clean(v))
        m = re.search(r"（(万元|元)）", lab)
        if m:
            p.unit = m.group(1)
        # shangwu: 项目资金（万元） | 年度资金总额 | 财政拨款 | 其他资金, values on the next row
        if lab.startswith("项目资金") and "年度资金总额" in c:
            money_labels = c
            continue
        # weijian 2025: 预算金额（万元） | 合计 / 其中：本级财政 / 上级补助 / 其他 | x
        if lab.startswith("预算金额"):
            key = c[1].replace("其中：", "")
            v = money(cells[2], p.unit)
            {"合计": lambda: setattr(p, "total", v), "本级财政": lambda: setattr(p, "own", v),
             "上级补助": lambda: setattr(p, "upper", v), "其他": lambda: setattr(p, "other", v)}[key]()
            continue
        # shijian: 资金情况（万元） | 年度资金总额 / 其中：财政拨款 / 其他资金 | x
        if lab.startswith("资金情况"):
            key, v = c[1], money(cells[2], p.unit)
            if "总额" in key:
                p.total = v
            elif "财政" in key:
                p.fiscal = v
            elif "其他" in key:
                p.other = v
            continue
        # sifa: 资金总额（万元） | x ; 其中：财政拨款 | x ; 其中：其他资金 | x   (one pair per row)
        if len(c) == 2 and (lab.startswith("资金总额") or lab in ("其中：财政拨款", "其中：其他资金")):
            v = money(cells[1], p.unit)
            if lab.startswith("资金总额"):
                p.total = v
            elif "财政" in lab:
                p.fiscal = v
            else:
                p.other = v
            continue
        # sample / county jiaoyu: 预算规模及资金用途 | 预算数 | x | 其中：财政资金 | y | 其他资金 | z
        # other / county weijian: 资金总额 | x | 财政拨款 | y | 其他资金 | z
        # guantao / yibao: 资金总额（万元） | x | 财政拨款（万元） | y | 其他资金（万元） | z
        if "预算数" in c or lab.startswith("资金总额"):
            p.total = money(after(cells, lambda t: t == "预算数" or t.startswith("资金总额")), p.unit)
            f = after(cells, lambda t: "财政资金" in t or t.startswith("财政拨款"))
            if f is not None:
                p.fiscal = money(f, p.unit)
            o = after(cells, lambda t: t.startswith("其他资金"))
            if o is not None:
                p.other = money(o, p.unit)
            continue
        if lab in ("年度绩效目标", "绩效目标", "年度目标") and len(c) == 2:
            p.goal = clean(cells[1])
            continue
        if lab in ("资金用途", "主要内容", "项目概况及资金用途") or (lab == "预算规模及资金用途" and len(c) == 2):
            p.use = clean(cells[1])
            continue
        if lab.startswith("资金支出") or lab.startswith("支出计划"):
            if len(c) == 2:
                p.plan = plan_sentence(cells[1])
            elif any(month_of(x) for x in c[1:]):
                plan_labels = c
            continue


def read_docx(rel, dept, year=None):
    d = docx.Document(str(ROOT / rel))
    projects = []
    unit = "万元"
    cur = None
    header_mode = False
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            t = clean(Paragraph(el, d).text)
            m = re.search(r"单位：(万元|元)", t)
            if m:
                unit = m.group(1)
            continue
        if el.tag != qn("w:tbl"):
            continue
        t = Table(el, d)
        rows = [unique_cells(r) for r in t.rows]
        flat = [clean(x) for r in rows for x in r]
        if len(rows) == 1 and any(re.search(r"单位：(万元|元)", x) for x in flat):
            unit = re.search(r"单位：(万元|元)", " ".join(flat)).group(1)
            continue
        ind_at = next((i for i, r in enumerate(rows) if "一级指标" in [clean(x) for x in r]), None)
        if "项目编码" in flat:
            cur = Project(rel, dept, year)
            projects.append(cur)
            parse_header(cur, rows[:ind_at] if ind_at is not None else rows, unit)
        if ind_at is not None:
            # grid positions (merged cells repeated) keep header positions valid for every row
            grid = [[c.text.strip() for c in r.cells] for r in t.rows]
            cols = indicator_cols(grid[ind_at])
            for r in grid[ind_at + 1:]:
                add_indicator(projects[-1], r, cols)
    return [p.finish() for p in projects]


# ---------------------------------------------------------------- the Excel export (one sheet per project)

def read_xlsx(rel, dept, year):
    wb = openpyxl.load_workbook(ROOT / rel)
    out = []
    for ws in wb.worksheets:
        rows = [[("" if v is None else str(v).strip()) for v in r] for r in ws.iter_rows(values_only=True)]
        if not any(r and clean(r[0]) == "项目编码" for r in rows):
            continue
        unit = "万元"
        for r in rows:
            for x in r:
                m = re.search(r"金额单位：(万元|元)", clean(x))
                if m:
                    unit = m.group(1)
        p = Project(rel + "#" + ws.title, dept, year)
        ind = next(i for i, r in enumerate(rows) if clean(r[0]) == "一级指标")
        hdr = []
        for r in rows[:ind]:
            cells = [x for x in r]
            if not clean(cells[0]) and hdr and clean(hdr[-1][0]).startswith("资金支出计划"):
                cells = [hdr[-1][0]] + cells[1:]
            # drop the empty spacer cells the sheet layout leaves between label and value
            compact = [cells[0]] + [x for x in cells[1:] if clean(x)]
            if clean(cells[0]).startswith("资金支出计划"):
                compact = cells[:5]
            hdr.append(compact)
        parse_header(p, hdr, unit)
        cols = indicator_cols(rows[ind])
        for r in rows[ind + 1:]:
            if clean(r[0]).startswith("填报日期"):
                break
            add_indicator(p, r, cols)
        out.append(p.finish())
    return out


# ---------------------------------------------------------------- the stores

SAMPLE = read_docx("data/samples/weixian-rsj-2025-jixiao-mubiao.docx", "魏县人社局", 2025)
OTHER = read_docx("tests/data/other-department.docx", "临漳县农业农村局", 2025)
BOTH = SAMPLE + OTHER
JY23 = read_docx("tests/data/county/jiaoyu-2023.docx", "魏县教育局", 2023)
JY24 = read_docx("tests/data/county/jiaoyu-2024.docx", "魏县教育局", 2024)
WJ23 = read_docx("tests/data/county/weijian-2023.docx", "魏县卫健局", 2023)
WJ24 = read_docx("tests/data/county/weijian-2024.docx", "魏县卫健局", 2024)
COUNTY = JY23 + JY24 + WJ23 + WJ24
GUANTAO = read_xlsx("eval/heldout/docs/guantao-2025.xlsx", "馆陶县应急管理局", 2025)
WEIJIAN = read_docx("eval/dev/docs/weijian-2025.docx", "曲周县卫健局", 2025)
SHIJIAN = read_docx("eval/heldout/docs/shijian-2025.docx", "涉县市场监督管理局", 2025)


def total(ps):
    return sum((p.total for p in ps), D(0))


# sanity checks against the totals and counts the documents print themselves
assert len(SAMPLE) == 14 and sum(len(p.rows) for p in SAMPLE) == 101 and total(SAMPLE) == D("37106.9")
assert len(OTHER) == 10 and len(JY23) == 10 and len(JY24) == 10 and len(WJ23) == 8 and len(WJ24) == 9
assert len(GUANTAO) == 10 and total(GUANTAO) == D("1863.7")
assert sum(p.fiscal for p in GUANTAO) == D("1662.2") and sum(p.other for p in GUANTAO) == D("201.5")
assert len(WEIJIAN) == 8 and total(WEIJIAN) == D("3382.35") and sum(len(p.rows) for p in WEIJIAN) == 64
for p in WEIJIAN:   # 合计 = 本级财政 + 上级补助 + 其他 on every weijian table
    assert p.own is not None and p.upper is not None and p.own + p.upper + p.other == p.total, p
assert len(SHIJIAN) == 10 and total(SHIJIAN) == D("1671.5")
assert sum(p.fiscal for p in SHIJIAN) == D("1465.5") and sum(p.other for p in SHIJIAN) == D("206")
for p in BOTH + COUNTY + GUANTAO + WEIJIAN + SHIJIAN:
    assert re.fullmatch(r"\d{8}P[0-9A-Z]{10,12}", p.code), p
    assert p.name and p.total is not None and p.rows, p
    assert all(r["l1"] and r["l2"] and r["l3"] and r["value"] for r in p.rows), p
    if p.plan:
        assert all(v is not None for v in p.plan.values()) and p.plan[12] == 100, (p, p.plan)
# the plan columns each layout prints (三季度末 maps onto the third column)
assert all(sorted(p.plan) == [3, 6, 10, 12] for p in BOTH + COUNTY if p.plan)
assert all(sorted(p.plan) == [3, 6, 9, 12] for p in GUANTAO + WEIJIAN + SHIJIAN if p.plan)

# ---------------------------------------------------------------- helpers for the questions


def P(key, ps, year=None):
    """The one project of ps whose name contains key (and of that year)."""
    hits = [p for p in ps if key in p.name and (year is None or p.year == year)]
    assert len(hits) == 1, (key, hits)
    return hits[0]


def codes(ps):
    return sorted({p.code for p in ps})


def r2(x, nd=2):
    return float(round(D(x), nd))


def sat(p):
    """The satisfaction target: the first 满意度指标 row, or None."""
    for r in p.rows:
        if r["l1"].startswith("满意度"):
            return num(r["value"])
    return None


def row(p, key):
    hits = [r for r in p.rows if key in r["l3"]]
    assert len(hits) == 1, (p, key, hits)
    return hits[0]


def bases(p):
    return {b for r in p.rows for b in re.split(r"[、，,]", r["basis"]) if b}


def cites(p, s):
    return any(s in r["basis"] for r in p.rows)


def plan_at(p, month):
    """Cumulative plan percentage at the end of month (the last printed column not after it)."""
    ks = [k for k in sorted(p.plan) if k <= month]
    assert ks, (p, month)
    return p.plan[ks[-1]]


def ranked(ps):
    """Projects by budget, largest first; asserts no tie among the top two."""
    out = sorted(ps, key=lambda p: p.total, reverse=True)
    assert out[0].total > out[1].total > out[2].total
    return out


def text_of(ps):
    return "".join(p.code + p.name + p.executor + p.use + p.goal + p.attr
                   + "".join(r["l3"] + r["value"] + r["basis"] for r in p.rows) for p in ps)


def mentions(ps, *words):
    t = text_of(ps)
    for w in words:
        assert w in t, w


def absent(ps, *words):
    t = text_of(ps)
    for w in words:
        assert w not in t, w


Q = []


def add(store, kind, question, expect, history):
    assert history and 1 <= len(history) <= 4
    Q.append({"id": f"p48-{len(Q) + 1:03d}", "question": question, "history": history,
              "expect": expect, "store": store, "kind": kind})


def one(p, value=None, *contains):
    e = {"projects": [p.code]}
    if value is not None:
        e["value"] = r2(value)
    if contains:
        e["contains"] = list(contains)
    return e


def pct(v):
    """A printed percentage as the answer text carries it: 90 -> '90%'."""
    return f"{v.normalize():f}%"


# ================================================================ sample (魏县人社局)
S = "sample"
sr = ranked(SAMPLE)
mentions(SAMPLE, "满意度")
add(S, "top_then_sat", "它的满意度目标呢？", one(sr[0], None, pct(sat(sr[0]))),
    ["人社局今年都有哪些项目？", "预算最多的是哪个？"])

add(S, "second_largest", "那第二个呢？", one(sr[1], sr[1].total),
    ["人社局预算最多的是哪个项目？"])

jy = [p for p in SAMPLE if "就业补助资金" in p.name]
assert len(jy) == 3
mentions(SAMPLE, "就业补助资金")
add(S, "set_sum", "这几个加起来一共多少万？", {"projects": codes(jy), "value": r2(total(jy))},
    ["人社局名字里带“就业补助资金”的项目有哪些？"])

add(S, "set_share_whole", "这些加起来占全局多少？", {"value": r2(total(jy) / total(SAMPLE) * 100)},
    ["就业补助资金相关的项目有哪几个？", "这几个加起来多少钱？"])

sp_base = P("公共实训基地", SAMPLE)
assert bases(sp_base) == {"冀发改投资【2024】610号", "问卷调查结果"}
add(S, "basis_of_it", "它依据哪些文件？", one(sp_base, None, "610号"),
    ["公共实训基地县级配套安排了多少预算？"])

sp_poor = P("贫困及重度残疾", SAMPLE)
files = {b for b in bases(sp_poor) if "冀人社规" in b}
assert len(files) == 2
others = [p for p in SAMPLE if p is not sp_poor and any(cites(p, f) for f in files)]
add(S, "basis_others", "这两个文件还有哪些项目也引用了？", {"projects": codes(others)},
    ["贫困及重度残疾人员社会保险代缴的指标依据是什么文件？"])

sp_labor = P("劳务派遣", SAMPLE)
absent(SAMPLE, "执行率")
add(S, "none_execution", "它去年的执行率是多少？", {"found": False},
    ["劳务派遣人员工资预算是多少？"])

add(S, "plan_q3_followup", "到三季度末计划花多少？", one(sp_labor, sp_labor.total * plan_at(sp_labor, 10) / 100),
    ["劳务派遣人员工资预算是多少？", "它的资金支出计划是怎么安排的？"])

sp_loan, sp_help = P("创业贷款贴息", SAMPLE), P("创业扶持", SAMPLE)
add(S, "correction_project", "不对，我是说创业扶持资金", one(sp_help, None, pct(sat(sp_help))),
    ["创业贷款贴息资金的满意度目标是多少？"])

assert {p.year for p in SAMPLE} == {2025}
add(S, "none_year", "这些项目2024年的预算分别是多少？", {"found": False},
    ["人社局满意度目标是90%的项目有哪些？"])

lt100 = [p for p in SAMPLE if p.total < 100]
add(S, "count_filter", "其中预算不到100万的有几个？", {"projects": codes(lt100), "value": len(lt100)},
    ["人社局有哪些项目？"])

# ================================================================ other (临漳县农业农村局)
O = "other"
o_most_other = max(OTHER, key=lambda p: p.other)
assert sorted(p.other for p in OTHER)[-2] < o_most_other.other
add(O, "share_of_it", "它的财政拨款占资金总额的比例是多少？",
    one(o_most_other, o_most_other.fiscal / o_most_other.total * 100),
    ["农业农村局都有哪些项目？", "哪个项目的其他资金最多？"])

op_test = P("农产品质量安全检测", OTHER)
assert op_test.unit == "元"
add(O, "money_yuan_followup", "其中其他资金多少元？", one(op_test, op_test.other * 10000),
    ["农产品质量安全检测经费是多少？"])

op_tech, op_farmer = P("基层农技推广", OTHER), P("高素质农民", OTHER)
f = row(op_tech, "主推技术到位率")["basis"]
assert f == "农办计财（2024）12号文"
add(O, "basis_others", "这个文件还有哪些项目引用了？",
    {"projects": codes([p for p in OTHER if p is not op_tech and cites(p, f)])},
    ["基层农技推广体系改革与建设补助项目的主推技术到位率依据的是什么文件？"])

o_oth = [p for p in OTHER if p.other > 0]
assert len(o_oth) == 5
o_min_f = min(o_oth, key=lambda p: p.fiscal)
assert sorted(p.fiscal for p in o_oth)[1] > o_min_f.fiscal
add(O, "set_min_fiscal", "这几个里面谁的财政拨款最少？", one(o_min_f),
    ["有其他资金的项目有哪些？"])

add(O, "switch_field", "换成其他资金呢？", {"projects": codes(o_oth), "value": r2(sum(p.other for p in o_oth))},
    ["有其他资金的项目有哪些？", "这几个的财政拨款加起来多少？"])

op_mach = P("农机购置", OTHER)
add(O, "plan_q3", "到三季度末计划花多少？", one(op_mach, op_mach.total * plan_at(op_mach, 10) / 100),
    ["农机购置与应用补贴资金预算多少？"])

op_farm = P("高标准农田", OTHER)
add(O, "switch_project_plan", "那高标准农田那个项目呢？", one(op_farm, op_farm.total * plan_at(op_farm, 6) / 100),
    ["高素质农民培育项目的资金总额是多少？", "到6月底计划支出多少？"])

P("厕所革命", OTHER)
absent(OTHER, "联系人", "联系电话")
add(O, "none_field", "它的联系人和联系电话是多少？", {"found": False},
    ["厕所革命奖补资金多少钱？"])

assert {p.year for p in OTHER} == {2025}
add(O, "none_year", "那2023年呢？", {"found": False},
    ["高标准农田建设县级配套资金是多少？"])

o95 = [p for p in OTHER if sat(p) == 95]
assert len(o95) == 3
add(O, "set_sum", "这几个一共多少钱？", {"projects": codes(o95), "value": r2(total(o95))},
    ["满意度目标95%的项目有哪些？"])

# ================================================================ both (魏县人社局 + 临漳县农业农村局)
B = "both"
add(B, "diff_departments", "哪个局的预算总额更大？大多少？", {"value": r2(total(SAMPLE) - total(OTHER))},
    ["这两个局一共有多少个项目？"])

top_sat = max(sat(p) for p in BOTH if sat(p) is not None)
b_top = [p for p in BOTH if sat(p) == top_sat]
add(B, "which_after_max", "是哪几个项目？", {"projects": codes(b_top)},
    ["两个局里满意度目标最高的是多少？"])

o_top, s_top = ranked(OTHER)[0], ranked(SAMPLE)[0]
add(B, "diff_two_tops", "两者差多少？", {"projects": codes([o_top, s_top]), "value": r2(s_top.total - o_top.total)},
    ["临漳农业农村局预算最多的项目是哪个？", "魏县人社局呢？"])

docnamed = [p for p in BOTH if re.match(r"冀财", p.name)]
lz = [p for p in docnamed if p in OTHER]
assert len(docnamed) == 7 and len(lz) == 1
add(B, "subset_lookup", "其中临漳的那个预算多少？", one(lz[0], lz[0].total),
    ["两个局有哪些项目的名称是以“冀财”文号开头的？"])

lt85 = [p for p in BOTH if sat(p) is not None and sat(p) < 85]
assert {p in SAMPLE for p in lt85} == {True, False}
add(B, "set_sum_cross", "这些加起来多少万？", {"projects": codes(lt85), "value": r2(total(lt85))},
    ["两个局的满意度目标低于85%的项目有哪些？"])

add(B, "share_department", "其中临漳农业农村局占多少比例？", {"value": r2(total(OTHER) / total(BOTH) * 100)},
    ["两个局一共安排了多少预算？"])

absent(BOTH, "馆陶", "应急管理")
add(B, "none_department", "那馆陶县应急管理局呢？", {"found": False},
    ["魏县人社局和临漳农业农村局各有几个项目？"])

full6 = [p for p in BOTH if p.plan and plan_at(p, 6) == 100]
assert len(full6) == 2
add(B, "plan_filter_sum", "它们的预算加起来是多少？", {"projects": codes(full6), "value": r2(total(full6))},
    ["两个局里资金支出计划到6月底就达到100%的有哪些？"])

# ================================================================ county (魏县教育局/卫健局 2023-2024)
C = "county"
wj24_top, wj23_top = ranked(WJ24)[0], ranked(WJ23)[0]
assert wj24_top.code == wj23_top.code
add(C, "top_other_year", "那2023年呢？", one(wj23_top, wj23_top.total),
    ["卫健局2024年有哪些项目？", "预算最多的是哪个？"])

fp23, fp24 = P("计划生育", WJ23), P("计划生育", WJ24)
add(C, "diff_years", "两者差多少？", one(fp24, fp24.total - fp23.total),
    ["2024年卫健局的计划生育家庭扶助县级配套资金是多少？", "2023年呢？"])

sp24 = P("特殊教育", JY24)
add(C, "share_other", "其中其他资金占比是多少？", one(sp24, sp24.other / sp24.total * 100),
    ["教育局2024年的特殊教育项目预算多少？"])

nosat23 = [p for p in JY23 if sat(p) is None]
same24 = [p for p in JY24 if p.code in {q.code for q in nosat23}]
assert len(same24) == len(nosat23) == 4
add(C, "set_next_year_sum", "这几个2024年的预算加起来是多少？", {"projects": codes(same24), "value": r2(total(same24))},
    ["2023年教育局哪些项目没有设满意度指标？"])

new24 = [p for p in WJ24 if p.code not in {q.code for q in WJ23}]
assert len(new24) == 2
add(C, "set_new_projects", "那到2024年新增了哪些？", {"projects": codes(new24)},
    ["卫健局2023年有哪些项目？"])

gone = [p for p in WJ23 if p.code not in {q.code for q in WJ24}]
assert len(gone) == 1
add(C, "dropped_lookup", "它2023年的预算多少？", one(gone[0], gone[0].total),
    ["卫健局2023年有哪些项目？", "到了2024年哪个项目没有了？"])

it24 = P("教育信息化", JY24)
add(C, "plan_q3", "到三季度末计划花多少？", one(it24, it24.total * plan_at(it24, 10) / 100),
    ["魏县教育局2024年教育信息化县级配套资金多少钱？"])

xs23, xs24 = P("校舍维修", JY23), P("校舍维修", JY24)
assert sat(xs23) != sat(xs24)
add(C, "sat_other_year", "那2023年呢？", one(xs23, None, pct(sat(xs23))),
    ["教育局2024年校舍维修改造工作经费的满意度目标是多少？"])

jj24 = P("急救体系", WJ24)
assert not any("急救" in p.name for p in WJ23)
add(C, "none_year_project", "那2023年呢？", {"found": False},
    ["卫健局2024年急救体系建设县级配套资金多少？"])

add(C, "growth_department", "增长了百分之几？", {"value": r2((total(JY24) - total(JY23)) / total(JY23) * 100)},
    ["教育局2023年和2024年的预算总额分别是多少？"])

w24oth = [p for p in WJ24 if p.other > 0]
assert len(w24oth) == 4
w_min_f = min(w24oth, key=lambda p: p.fiscal)
assert sorted(p.fiscal for p in w24oth)[1] > w_min_f.fiscal
add(C, "set_min_fiscal", "这几个里面谁的财政拨款最少？", one(w_min_f),
    ["卫健局2024年有其他资金的项目有哪些？"])

# ================================================================ guantao (馆陶县应急管理局)
G = "guantao"
gr = ranked(GUANTAO)
add(G, "top_then_sat", "它的满意度目标呢？", one(gr[0], None, pct(sat(gr[0]))),
    ["应急局有哪些项目？", "预算最多的是哪个？"])

add(G, "second_largest", "那第二个呢？", one(gr[1], gr[1].total),
    ["应急局预算最多的是哪个项目？"])

gp_store, gp_chem = P("应急物资储备", GUANTAO), P("危险化学品", GUANTAO)
add(G, "switch_project", "那应急物资那个项目呢？", one(gp_store, gp_store.other),
    ["危险化学品监测预警系统建设资金里其他资金是多少？"])

g_new = [p for p in GUANTAO if p.attr == "新增项目"]
assert len(g_new) == 3
add(G, "set_share_whole", "这些加起来占全局多少？", {"value": r2(total(g_new) / total(GUANTAO) * 100)},
    ["应急局有哪些新增项目？"])

gp_town = P("乡镇应急管理站", GUANTAO)
f = row(gp_town, "标准化建设乡镇应急管理站")["basis"]
assert f == "邯应急〔2025〕3号"
add(G, "basis_others", "这个文件还有哪些项目引用了？",
    {"projects": codes([p for p in GUANTAO if p is not gp_town and cites(p, f)])},
    ["乡镇应急管理站标准化建设补助资金的建设数量指标依据的是什么文件？"])

add(G, "plan_q3", "到三季度末计划花多少？", one(gp_chem, gp_chem.total * plan_at(gp_chem, 9) / 100),
    ["危化品监测预警系统建设资金预算多少？"])

gp_eq = P("救援队伍装备", GUANTAO)
add(G, "correction_field", "不对，我是说其他资金", one(gp_eq, gp_eq.other),
    ["综合应急救援队伍装备购置的财政拨款是多少？"])

P("防汛抗旱", GUANTAO)
absent(GUANTAO, "实际支出", "执行率")
add(G, "none_actual", "它上半年实际支出了多少？", {"found": False},
    ["防汛抗旱应急保障经费多少钱？"])

absent(GUANTAO, "消防救援站")
add(G, "none_project", "消防救援站建设那个项目预算多少？", {"found": False},
    ["应急局有哪些项目？"])

g_zf = [p for p in GUANTAO if p.executor == "馆陶县应急管理综合行政执法队"]
assert len(g_zf) == 2
add(G, "executor_sum", "这两个一共多少钱？", {"projects": codes(g_zf), "value": r2(total(g_zf))},
    ["由馆陶县应急管理综合行政执法队实施的项目有哪些？"])

# ================================================================ weijian (曲周县卫健局)
W = "weijian"
wr = ranked(WEIJIAN)
add(W, "top_then_upper_share", "其中上级补助占多大比例？", one(wr[0], wr[0].upper / wr[0].total * 100),
    ["卫健局有哪些项目？", "预算最多的是哪个？"])

w_oth = [p for p in WEIJIAN if p.other > 0]
assert len(w_oth) == 3
w_min_own = min(w_oth, key=lambda p: p.own)
assert sorted(p.own for p in w_oth)[1] > w_min_own.own
add(W, "set_min_own", "这几个里面谁的本级财政最少？", one(w_min_own),
    ["卫健局哪些项目有其他资金？"])

add(W, "switch_field", "换成上级补助呢？", {"projects": codes(w_oth), "value": r2(sum(p.upper for p in w_oth))},
    ["卫健局哪些项目有其他资金？", "这几个的本级财政加起来多少？"])

wp_mental = P("严重精神障碍", WEIJIAN)
assert wp_mental.unit == "元"
add(W, "yuan_to_wan", "其中上级补助是多少万元？", one(wp_mental, wp_mental.upper),
    ["严重精神障碍患者管理治疗经费预算多少？"])

wp_er = P("急诊急救", WEIJIAN)
add(W, "plan_q3_sentence", "到三季度末计划花多少？", one(wp_er, wp_er.total * plan_at(wp_er, 9) / 100),
    ["县医院急诊急救能力提升项目的资金支出计划是怎样的？"])

wp_fam, wp_vil = P("家庭医生", WEIJIAN), P("村卫生室", WEIJIAN)
add(W, "switch_project_plan", "那村卫生室那个项目呢？", one(wp_vil, wp_vil.total * plan_at(wp_vil, 6) / 100),
    ["家庭医生签约服务经费多少钱？", "上半年计划支出多少？"])

add(W, "share_upper_whole", "占全局预算的比例是多少？",
    {"value": r2(sum(p.upper for p in WEIJIAN) / total(WEIJIAN) * 100)},
    ["卫健局所有项目的上级补助一共多少？"])

wp_tb = P("重大传染病", WEIJIAN)
f = "邯卫疾控〔2024〕15号"
assert cites(wp_tb, f)
add(W, "basis_others", "其中邯卫疾控〔2024〕15号还有哪些项目引用了？",
    {"projects": codes([p for p in WEIJIAN if p is not wp_tb and cites(p, f)])},
    ["重大传染病防控经费依据哪些文件？"])

P("卫生健康综合监督执法", WEIJIAN)
assert {p.year for p in WEIJIAN} == {2025}
add(W, "none_year", "它2024年的预算是多少？", {"found": False},
    ["卫生健康综合监督执法经费多少？"])

wp_fy = P("妇幼健康", WEIJIAN)
add(W, "correction_field", "不对，我是说其他资金", one(wp_fy, wp_fy.other),
    ["妇幼健康服务项目的本级财政是多少？"])

# ================================================================ shijian (涉县市场监督管理局)
H = "shijian"
hr = ranked(SHIJIAN)
add(H, "top_then_plan", "到三季度末计划花多少？", one(hr[0], hr[0].total * plan_at(hr[0], 9) / 100),
    ["市场监管局有哪些项目？", "预算最多的是哪个？"])

h_oth = [p for p in SHIJIAN if p.other > 0]
assert len(h_oth) == 4
h_min_f = min(h_oth, key=lambda p: p.fiscal)
assert sorted(p.fiscal for p in h_oth)[1] > h_min_f.fiscal
add(H, "set_min_fiscal", "这几个里面谁的财政拨款最少？", one(h_min_f),
    ["市场监管局哪些项目有其他资金？"])

add(H, "switch_field", "换成其他资金呢？", {"projects": codes(h_oth), "value": r2(sum(p.other for p in h_oth))},
    ["市场监管局哪些项目有其他资金？", "这几个的财政拨款合计多少？"])

h_lab = [p for p in SHIJIAN if p.executor == "涉县检验检测中心"]
assert len(h_lab) == 2
add(H, "set_share_whole", "这两个加起来占全局多少？", {"value": r2(total(h_lab) / total(SHIJIAN) * 100)},
    ["哪些项目由涉县检验检测中心实施？"])

hp_drug = P("药品医疗器械", SHIJIAN)
assert hp_drug.unit == "元"
add(H, "wan_to_yuan", "换算成元呢？", one(hp_drug, hp_drug.total * 10000),
    ["药品医疗器械化妆品监督抽检经费多少？"])

hp_meas, hp_spec = P("计量器具", SHIJIAN), P("特种设备", SHIJIAN)
add(H, "switch_project_sat", "那特种设备那个项目呢？", one(hp_spec, None, pct(sat(hp_spec))),
    ["计量器具强制检定及民生计量经费多少钱？", "它的满意度目标呢？"])

hp_base = P("基层市场监管所", SHIJIAN)
f = row(hp_base, "规范化建设基层市场监管所")["basis"]
assert f == "冀市监〔2024〕30号"
add(H, "basis_others", "这个文件还有哪些项目引用了？",
    {"projects": codes([p for p in SHIJIAN if p is not hp_base and cites(p, f)])},
    ["基层市场监管所规范化建设经费的建设数量依据什么文件？"])

P("市场监管综合执法装备购置", SHIJIAN)
absent(SHIJIAN, "供应商")
add(H, "none_field", "采购的是哪家供应商？", {"found": False},
    ["市场监管综合执法装备购置预算多少？"])

hp_q = P("质量强县", SHIJIAN)
assert plan_at(hp_q, 3) == 0
add(H, "plan_followup_half", "上半年呢？", one(hp_q, hp_q.total * plan_at(hp_q, 6) / 100),
    ["质量强县建设及品牌培育奖补资金预算多少？", "一季度计划花多少？"])

h_self = [p for p in SHIJIAN if p.executor == "涉县市场监督管理局（本级）"]
add(H, "count_executor", "其中由局本级实施的有几个？", {"projects": codes(h_self), "value": len(h_self)},
    ["市场监管局有哪些项目？"])

# ---------------------------------------------------------------- checks and output

ids = [q["id"] for q in Q]
assert len(Q) == 70 and len(set(ids)) == 70
per = {}
for q in Q:
    per[q["store"]] = per.get(q["store"], 0) + 1
assert all(n >= 8 for n in per.values()) and len(per) == 7, per
assert sum(1 for q in Q if q["expect"].get("found") is False) == 10
for q in Q:
    e = q["expect"]
    assert set(e) <= {"projects", "value", "contains", "found"}, q
    assert ("found" in e) == (set(e) == {"found"}), q

if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for q in Q:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT.relative_to(ROOT)}: {per}")
