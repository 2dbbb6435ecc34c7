"""Write eval/dev/probe_v46.jsonl: 80 probe questions over nine stores.

Stores and their documents:
  sample          data/samples/weixian-rsj-2025-jixiao-mubiao.docx           (魏县人社局)
  other           tests/data/other-department.docx                           (临漳县农业农村局)
  county          tests/data/county/*.docx                                   (魏县教育局, 魏县卫健局; 2023 + 2024)
  guantao         eval/heldout/docs/guantao-2025.xlsx                        (馆陶县应急管理局)
  weijian         eval/dev/docs/weijian-2025.docx                            (曲周县卫健局)
  shijian         eval/heldout/docs/shijian-2025.docx                        (涉县市场监督管理局)
  four_new        eval/dev/docs/sifa-2025.docx, yibao-2025.pdf, shangwu-2025.docx (twin of the .doc),
                  linye-2025.txt                                             (馆陶县司法局/医保局, 成安县商务局/林业局)
  weijian_sample  weijian + sample
  guantao_sample  guantao + sample

Every expected value, project set and count is computed here from the documents (python-docx for Word,
openpyxl for the Excel export, pdfplumber for the PDF, the cell-per-line layout for the .txt); only the
question wording is written by hand, and every hand-picked keyword is asserted to occur in the document.

Conventions: money in 万元 unless 元 is asked (amounts printed in 元 are divided by 10000); percentages as
numbers (25.76); per-unit values divide the printed amount by the printed target number; spending-plan
percentages are cumulative (a blank column after a printed one keeps the level); 预算数/资金总额/年度资金总额/
合计 are one field and 财政资金/财政拨款 another; 以上/以下/不少于/不高于/没超过/至少/以内 include the number,
高于/低于/超过/不足/不到/未达到 exclude it; "满意度目标" is the first 满意度指标 row of a project; count
questions over a filtered set also expect the set; sums/means over a whole store expect only the value.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v46.py
"""
import json
import re
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pdfplumber
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "dev" / "probe_v46.jsonl"

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


# ---------------------------------------------------------------- the .txt export (cell per tab line)

def read_txt(rel, dept, year):
    lines = (ROOT / rel).read_text(encoding="utf-8").split("\n")
    blocks, row = [], []   # ("p", text) or ("row", cells)
    for ln in lines:
        if ln.startswith("\t"):
            row.append(ln[1:])
        else:
            if row:
                blocks.append(("row", row))
                row = []
            if ln.strip():
                blocks.append(("p", ln.strip()))
    if row:
        blocks.append(("row", row))
    projects, unit, cur, cols, hdr = [], "万元", None, None, []

    def flush():
        if cur is not None and hdr:
            parse_header(cur, hdr, unit)

    for kind, val in blocks:
        if kind == "p":
            continue
        cells = val
        c = [clean(x) for x in cells]
        m = re.search(r"单位：(万元|元)", " ".join(c))
        if m and len(c) <= 2:
            unit = m.group(1)
            continue
        if c[0] == "项目编码":
            flush()
            cur = Project(rel, dept, year)
            projects.append(cur)
            hdr, cols = [cells], None
            continue
        if "一级指标" in c:
            flush()
            hdr = []
            cols = indicator_cols(c)
            continue
        if cols is not None:
            add_indicator(cur, cells, cols)
        elif cur is not None:
            # a continuation row: empty first cell repeats the label of the row above
            if not c[0] and hdr:
                prev = clean(hdr[-1][0])
                if prev.startswith("资金支出计划"):
                    cells = [hdr[-1][0]] + cells[1:]
                    hdr.append(cells)
                    continue
                cells = [prev] + cells[1:]
            hdr.append(cells)
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


# ---------------------------------------------------------------- the PDF (tables split across pages)

def read_pdf(rel, dept, year):
    tabrows = []
    with pdfplumber.open(ROOT / rel) as pdf:
        for page in pdf.pages:
            for t in page.extract_tables():
                tabrows.extend([[("" if x is None else x.replace("\n", "")) for x in r] for r in t])
    projects, cur, cols, hdr = [], None, None, []
    for r in tabrows:
        c = [clean(x) for x in r]
        if c[0] == "项目名称":
            if cur is not None and hdr and cols is None:
                parse_header(cur, hdr, "万元")
            cur = Project(rel, dept, year)
            projects.append(cur)
            cols, hdr = None, [[r[0]] + [x for x in r[1:] if clean(x)]]
            continue
        if "一级指标" in c:
            parse_header(cur, hdr, "万元")
            cols = indicator_cols(c)
            continue
        if cols is None:
            if not c[0] and hdr and clean(hdr[-1][0]).startswith("支出计划"):
                hdr.append([hdr[-1][0]] + r[1:])
            else:
                hdr.append([r[0]] + [x for x in r[1:] if clean(x)])
            continue
        nonempty = [x for x in c if x]
        if len(c) == 5:   # a table continued on the next page lost the empty spacer column
            r = r[:3] + [""] + r[3:]
            c = [clean(x) for x in r]
        if len(nonempty) == 1 and not c[2] and cur.rows:   # a value cell continued across the page break
            cur.rows[-1]["value"] += nonempty[0]
            continue
        add_indicator(cur, r, cols)
    return [p.finish() for p in projects]


# ---------------------------------------------------------------- the stores

SAMPLE = read_docx("data/samples/weixian-rsj-2025-jixiao-mubiao.docx", "魏县人社局", 2025)
OTHER = read_docx("tests/data/other-department.docx", "临漳县农业农村局", 2025)
JY23 = read_docx("tests/data/county/jiaoyu-2023.docx", "魏县教育局", 2023)
JY24 = read_docx("tests/data/county/jiaoyu-2024.docx", "魏县教育局", 2024)
WJ23 = read_docx("tests/data/county/weijian-2023.docx", "魏县卫健局", 2023)
WJ24 = read_docx("tests/data/county/weijian-2024.docx", "魏县卫健局", 2024)
COUNTY = JY23 + JY24 + WJ23 + WJ24
GUANTAO = read_xlsx("eval/heldout/docs/guantao-2025.xlsx", "馆陶县应急管理局", 2025)
WEIJIAN = read_docx("eval/dev/docs/weijian-2025.docx", "曲周县卫健局", 2025)
SHIJIAN = read_docx("eval/heldout/docs/shijian-2025.docx", "涉县市场监督管理局", 2025)
SIFA = read_docx("eval/dev/docs/sifa-2025.docx", "馆陶县司法局", 2025)
YIBAO = read_pdf("eval/dev/docs/yibao-2025.pdf", "馆陶县医疗保障局", 2025)
SHANGWU = read_docx("eval/dev/docs/shangwu-2025.docx", "成安县商务局", 2025)
LINYE = read_txt("eval/dev/docs/linye-2025.txt", "成安县林业局", 2025)
FOUR = SIFA + YIBAO + SHANGWU + LINYE


def total(ps):
    return sum((p.total for p in ps), D(0))


# sanity checks against the totals and counts the documents print themselves
assert len(SAMPLE) == 14 and sum(len(p.rows) for p in SAMPLE) == 101 and total(SAMPLE) == D("37106.9")
assert len(OTHER) == 10 and len(JY23) == 10 and len(JY24) == 10 and len(WJ23) == 8 and len(WJ24) == 9
assert len(GUANTAO) == 10 and total(GUANTAO) == D("1863.7")
assert sum(p.fiscal for p in GUANTAO) == D("1662.2") and sum(p.other for p in GUANTAO) == D("201.5")
assert len(WEIJIAN) == 8 and total(WEIJIAN) == D("3382.35") and sum(len(p.rows) for p in WEIJIAN) == 64
assert len(SHIJIAN) == 10 and total(SHIJIAN) == D("1671.5")
assert sum(p.fiscal for p in SHIJIAN) == D("1465.5") and sum(p.other for p in SHIJIAN) == D("206")
assert len(SIFA) == 10 and total(SIFA) == D("495.5")
assert len(SHANGWU) == 9 and total(SHANGWU) == D("1593.65") and sum(p.fiscal for p in SHANGWU) == D("1363.65")
assert len(YIBAO) == 8 and len(LINYE) == 8
# the PDF read back must agree with its Word twin, field by field
_twin = read_docx("eval/dev/docs/yibao-2025.docx", "馆陶县医疗保障局", 2025)
assert [(p.code, p.name, p.total, p.fiscal, p.other, p.executor, p.plan, p.rows) for p in YIBAO] == \
       [(p.code, p.name, p.total, p.fiscal, p.other, p.executor, p.plan, p.rows) for p in _twin]
for p in SAMPLE + OTHER + COUNTY + GUANTAO + WEIJIAN + SHIJIAN + FOUR:
    assert re.fullmatch(r"\d{8}P[0-9A-Z]{10,12}", p.code), p
    assert p.name and p.total is not None and p.rows, p
    assert all(r["l1"] and r["l2"] and r["l3"] and r["value"] for r in p.rows), p
    if p.plan:
        assert all(v is not None for v in p.plan.values()) and p.plan[12] == 100, (p, p.plan)

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


def cites(p, s):
    return any(s in r["basis"] for r in p.rows)


def plan_at(p, month):
    """Cumulative plan percentage at the end of month (the last printed column not after it)."""
    ks = [k for k in sorted(p.plan) if k <= month]
    assert ks, (p, month)
    return p.plan[ks[-1]]


def has_l2(p, word):
    return any(r["l2"] == word for r in p.rows)


def yuan(p, key):
    """A printed count target of row key (its number)."""
    return num(row(p, key)["value"])


def core(value):
    """The printed target without its comparison words: '≥ 65 %' -> '65%', '6 辆' -> '6辆'."""
    v = clean(value)
    return re.sub(r"^(≥|≤|=|>|<|不少于|不低于|不超过|不高于|达到|控制在)", "", v)


Q = []


def add(store, kind, question, expect, history=None):
    item = {"id": f"p46-{len(Q) + 1:03d}", "question": question, "expect": expect, "store": store, "kind": kind}
    if history:
        item["history"] = history
    Q.append(item)


def lookup(p, *extra):
    for e in extra:
        assert e in (p.code + p.name + p.executor + p.use + p.goal + "".join(r["l3"] + r["value"] for r in p.rows)), (p, e)
    return {"projects": [p.code], "contains": list(extra)} if extra else {"projects": [p.code]}


# ================================================================ sample (魏县人社局): 12
S = "sample"
sp_labor = P("劳务派遣", SAMPLE)
add(S, "lookup_code", "我刚来人社局，想知道劳务派遣人员工资这个项目的编码是多少？", lookup(sp_labor, sp_labor.code))

ge90 = [p for p in SAMPLE if sat(p) is not None and sat(p) >= 90]
add(S, "filter_sat_words", "满意度目标定在九成及以上的项目都有哪些", {"projects": codes(ge90)})

lt100 = [p for p in SAMPLE if p.total < 100]
add(S, "count_fullwidth", "人社局预算不到１００万元的项目有几个", {"projects": codes(lt100), "value": len(lt100)})

sp_gift = P("离退休老干部", SAMPLE)
n = yuan(sp_gift, "春节慰问县级离退休老干部及遗孀人数")
add(S, "per_unit_yuan", "老干部春节慰问那个项目，按慰问人数平均下来每人是多少元？",
    {"projects": [sp_gift.code], "value": r2(sp_gift.total * 10000 / n)})

sp_pension = P("基础养老金补助和缴费补贴", SAMPLE)
add(S, "plan_month", "城乡居民基本养老保险（基础养老金补助和缴费补贴）到6月底按计划应该花出去多少万",
    {"projects": [sp_pension.code], "value": r2(sp_pension.total * plan_at(sp_pension, 6) / 100)})

jrs = [p for p in SAMPLE if cites(p, "冀人社规")]
add(S, "policy_issuer_count", "指标依据里引了冀人社规文件的项目一共几个？", {"projects": codes(jrs), "value": len(jrs)})

c610 = [p for p in SAMPLE if cites(p, "【2024】610号")]
assert len(c610) == 1
add(S, "policy_year_number", "2024年610号文是哪个项目的依据？", {"projects": codes(c610)})

sp_133 = P("133号", SAMPLE)
add(S, "share", "中央财政城乡居民基本养老保险补助经费（133号文那个）占全局项目预算的百分之多少？",
    {"value": r2(sp_133.total / total(SAMPLE) * 100)})

sp_loan = P("创业贷款贴息", SAMPLE)
loan_sat = [r for r in sp_loan.rows if r["l1"] == "满意度指标"][0]
add(S, "followup_it", "那它的满意度要求是多少？", lookup(sp_loan, core(loan_sat["value"])),
    history=["创业贷款贴息资金的代偿率指标定的多少？"])

nokc = [p for p in SAMPLE if not has_l2(p, "可持续影响指标")]
add(S, "set_missing_l2", "审核一下：哪些项目没有设置可持续影响指标？", {"projects": codes(nokc)})

assert not any("编制" in p.name + p.use + "".join(r["l3"] for r in p.rows) for p in SAMPLE)
add(S, "none_field", "人社局今年人员编制有多少个", {"found": False})
assert not any("风险补偿" in p.name + p.use for p in SAMPLE)
add(S, "none_close_project", "创业担保基金风险补偿金今年安排了多少预算？", {"found": False})

# ================================================================ other (临漳县农业农村局): 10
O = "other"
op_toilet = P("厕所革命", OTHER)
add(O, "lookup_use", "农业农村局厕所革命奖补资金是用来干啥的", lookup(op_toilet, "粪污收集转运"))

op_test = P("农产品质量安全检测", OTHER)
assert op_test.unit == "元"
add(O, "money_yuan", "农产品质量安全检测经费里面其他资金是多少元？",
    {"projects": [op_test.code], "value": r2(op_test.other * 10000)})

add(O, "sum_fiscal", "临漳农业农村局所有项目的财政拨款合计多少万元", {"value": r2(sum(p.fiscal for p in OTHER))})

gt85 = [p for p in OTHER if sat(p) is not None and sat(p) > 85]
add(O, "filter_sat_words", "满意度指标要求高于百分之八十五的项目有哪些？", {"projects": codes(gt85)})


def cost_wan(p):
    r = [r for r in p.rows if r["l2"] == "成本指标"]
    assert len(r) == 1, p
    v = r[0]["value"]
    return num(v) / 10000 if v.endswith("元") and not v.endswith("万元") else num(v)


bad_cost = [p for p in OTHER if cost_wan(p) != p.total]
assert len(bad_cost) == 1
add(O, "consistency_cost", "帮我核对一下，成本指标里写的金额和资金总额对不上的是哪个项目？", {"projects": codes(bad_cost)})

bad_split = [p for p in OTHER if p.fiscal + p.other != p.total]
assert len(bad_split) == 1
add(O, "consistency_split", "有没有项目财政拨款加其他资金不等于资金总额的？", {"projects": codes(bad_split)})

op_land, op_farm = P("耕地地力保护", OTHER), P("高标准农田", OTHER)
add(O, "ratio_projects", "耕地地力保护补贴资金是高标准农田县级配套资金的几倍",
    {"projects": codes([op_land, op_farm]), "value": r2(op_land.total / op_farm.total)})

nb = [p for p in OTHER if cites(p, "农办计财（2024）12号")]
add(O, "policy_full_count", "以农办计财（2024）12号文作为依据的项目有几个？", {"projects": codes(nb), "value": len(nb)})

op_mach = P("农机购置", OTHER)
add(O, "plan_month", "农机购置与应用补贴资金到10月底计划累计支出多少万元？",
    {"projects": [op_mach.code], "value": r2(op_mach.total * plan_at(op_mach, 10) / 100)})

assert {p.year for p in OTHER} == {2025}
add(O, "none_year", "临漳县农业农村局2024年高标准农田建设县级配套资金是多少？", {"found": False})

# ================================================================ county (魏县教育局/卫健局 2023-2024): 10
C = "county"
sp23, sp24 = P("特殊教育", JY23), P("特殊教育", JY24)
assert sp23.code == sp24.code
add(C, "diff_years", "特殊教育项目2024年比2023年多安排了多少万？",
    {"projects": [sp23.code], "value": r2(sp24.total - sp23.total)})

it23, it24 = P("教育信息化", JY23), P("教育信息化", JY24)
add(C, "growth_years", "教育信息化县级配套资金24年较23年增长了百分之几",
    {"projects": [it23.code], "value": r2((it24.total - it23.total) / it23.total * 100)})

nosat23 = [p for p in JY23 if sat(p) is None]
add(C, "set_missing_sat", "2023年教育局哪些项目没设满意度指标？", {"projects": codes(nosat23)})

lt09 = [p for p in JY23 if any("任务完成率" in r["l3"] and num(r["value"]) < 90 for r in p.rows)]
add(C, "filter_decimal", "2023年教育局的项目里，任务完成率目标低于0.9的是哪些", {"projects": codes(lt09)})

add(C, "diff_departments", "2023年魏县教育局和卫健局的项目预算总额相差多少万元？",
    {"value": r2(abs(total(JY23) - total(WJ23)))})

jj = P("急救体系", WJ24)
add(C, "followup_plan", "那到10月底累计应该支出多少万元？",
    {"projects": [jj.code], "value": r2(jj.total * plan_at(jj, 10) / 100)},
    history=["魏县卫健局2024年的急救体系建设县级配套资金是多少？", "它的资金支出计划是怎么安排的？"])

add(C, "mean_doc", "魏县教育局2024年的项目平均每个多少万", {"value": r2(total(JY24) / len(JY24))})

assert {p.year for p in COUNTY} == {2023, 2024}
add(C, "none_year", "魏县教育局2025年校舍维修改造工作经费安排了多少？", {"found": False})

zz23 = P("学生资助", JY23)
add(C, "lookup_traditional", "2023年學生資助縣級配套資金的預算數是多少萬元？",
    {"projects": [zz23.code], "value": r2(zz23.total)})

rc24 = P("医疗卫生人才培养", WJ24)
add(C, "structure_l2_count", "2024年卫健局医疗卫生人才培养专项资金一共设了几个二级指标",
    {"projects": [rc24.code], "value": len({r["l2"] for r in rc24.rows})})

# ================================================================ guantao (馆陶县应急管理局): 10
G = "guantao"
gp_store = P("应急物资储备", GUANTAO)
add(G, "lookup_executor_traditional", "應急物資儲備及更新經費由哪個單位實施？", lookup(gp_store, gp_store.executor))

gp_radio = P("应急广播", GUANTAO)
assert gp_radio.unit == "元"
add(G, "money_yuan", "应急广播预警系统运维经费是多少元", {"projects": [gp_radio.code], "value": r2(gp_radio.total * 10000)})

g90 = [p for p in GUANTAO if sat(p) is not None and sat(p) >= 90]
add(G, "count_at_least", "应急局满意度目标至少90%的项目有几个", {"projects": codes(g90), "value": len(g90)})

add(G, "share_other", "应急局项目支出里其他资金占了多大比例？", {"value": r2(sum(p.other for p in GUANTAO) / total(GUANTAO) * 100)})

gp_chem = P("危险化学品", GUANTAO)
add(G, "plan_quarter", "危化品监测预警系统建设资金第三季度这一季计划花多少万？",
    {"projects": [gp_chem.code], "value": r2(gp_chem.total * (plan_at(gp_chem, 9) - plan_at(gp_chem, 6)) / 100)})

gp_info = P("灾害信息员", GUANTAO)
add(G, "per_unit_yuan", "灾害信息员补助那个项目按补助人数平均，一人合多少元",
    {"projects": [gp_info.code], "value": r2(gp_info.total * 10000 / yuan(gp_info, "灾害信息员补助人数"))})

tfs = [p for p in GUANTAO if cites(p, "突发事件应对法")]
add(G, "policy_law", "哪些项目把突发事件应对法作为指标依据？", {"projects": codes(tfs)})

notbj = [p for p in GUANTAO if p.executor != "馆陶县应急管理局（本级）"]
assert len(notbj) < len(GUANTAO)
add(G, "set_except", "除了局本级以外，其他单位负责实施的项目有哪些？", {"projects": codes(notbj)})

goth = [p for p in GUANTAO if p.other > 0]
add(G, "followup_these", "这几个项目的其他资金加起来多少万元？",
    {"projects": codes(goth), "value": r2(sum(p.other for p in goth))},
    history=["应急局哪些项目有其他资金？"])

assert not any("抗震" in p.name for p in GUANTAO)
add(G, "none_close_project", "应急局抗震救灾应急保障经费预算多少", {"found": False})

# ================================================================ weijian (曲周县卫健局): 10
W = "weijian"
wp_er = P("急诊急救", WEIJIAN)
add(W, "lookup_target", "曲周卫健局急诊急救能力提升项目计划买几辆负压救护车", lookup(wp_er, core(row(wp_er, "负压救护车")["value"])))

add(W, "share_upper", "卫健局项目预算里上级补助占多少百分比", {"value": r2(sum(p.upper for p in WEIJIAN) / total(WEIJIAN) * 100)})

le100 = [p for p in WEIJIAN if p.total <= 100]
add(W, "filter_within", "预算在100万以内的项目有哪些", {"projects": codes(le100)})

wp_vil = P("村卫生室", WEIJIAN)
add(W, "per_unit_yuan", "村卫生室运行及乡村医生补助按补助的村卫生室个数平均，每个合多少元？",
    {"projects": [wp_vil.code], "value": r2(wp_vil.total * 10000 / yuan(wp_vil, "补助村卫生室数量"))})

jw = [(p, r) for p in WEIJIAN for r in p.rows if "精神卫生法" in r["basis"]]
add(W, "policy_law_rows", "依据《精神卫生法》定的指标有几条？",
    {"projects": codes([p for p, _ in jw]), "value": len(jw)})

orx = [p for p in WEIJIAN if p.executor in ("曲周县疾病预防控制中心", "曲周县妇幼保健院")]
assert len(orx) == 2
add(W, "set_or_sum", "县疾控中心或者妇幼保健院实施的项目，预算一共多少万？",
    {"projects": codes(orx), "value": r2(total(orx))})

wp_fd = P("家庭医生", WEIJIAN)
add(W, "followup_it", "它上半年累计支出进度计划是多少？", lookup(wp_fd) | {"contains": [f"{plan_at(wp_fd, 6)}%"]},
    history=["卫健局家庭医生签约服务经费预算多少？"])

wp_cd = P("重大传染病", WEIJIAN)
ql = [r["l3"] for r in wp_cd.rows if r["l2"] == "质量指标"]
add(W, "structure_l3", "重大传染病防控经费的质量指标具体有哪几项？", {"projects": [wp_cd.code], "contains": ql})

add(W, "none_field", "基本公共卫生服务项目补助资金上年执行率是多少", {"found": False})
assert not any(cites(p, "邯卫疾控〔2023〕15号") for p in WEIJIAN) and any(cites(p, "邯卫疾控〔2024〕15号") for p in WEIJIAN)
add(W, "none_number", "有哪些项目引用了邯卫疾控〔2023〕15号？", {"found": False})

# ================================================================ shijian (涉县市场监督管理局): 11
J = "shijian"
jp_12315 = P("12315", SHIJIAN)
add(J, "lookup_code", "市监局12315投诉举报处置那个项目编码多少", lookup(jp_12315, jp_12315.code))

jp_mc = P("明厨亮灶", SHIJIAN)
add(J, "describe", "学校食堂明厨亮灶这个项目是干嘛的？", lookup(jp_mc, "幼儿园"))

jp_drug = P("药品医疗器械化妆品", SHIJIAN)
assert jp_drug.unit == "元"
add(J, "money_yuan_to_wan", "药品医疗器械化妆品监督抽检经费折合多少万元", {"projects": [jp_drug.code], "value": r2(jp_drug.total)})

mid = [p for p in SHIJIAN if 100 <= p.total <= 250]
assert not any(p.total in (100, 250) for p in SHIJIAN)
add(J, "filter_between", "年度资金总额在100万到250万之间的项目有哪些？", {"projects": codes(mid)})

le90 = [p for p in SHIJIAN if sat(p) is not None and sat(p) <= 90]
add(J, "count_not_over", "满意度目标没超过90%的项目有几个？", {"projects": codes(le90), "value": len(le90)})

jp_c, jp_q = P("中央市场监管补助", SHIJIAN), P("质量强县", SHIJIAN)
add(J, "diff_projects", "中央市场监管补助资金比质量强县建设及品牌培育奖补资金多多少万？",
    {"projects": codes([jp_c, jp_q]), "value": r2(jp_c.total - jp_q.total)})

assert plan_at(jp_q, 3) == 0
add(J, "plan_zero", "质量强县奖补资金一季度计划支出多少万元？", {"projects": [jp_q.code], "value": r2(jp_q.total * plan_at(jp_q, 3) / 100)})

c30 = [p for p in SHIJIAN if cites(p, "〔2024〕30号")]
add(J, "policy_year_number_fullwidth", "２０２４年３０号文涉及哪些项目", {"projects": codes(c30)})

assert not any(cites(p, "〔2022〕12号") for p in SHIJIAN)
add(J, "none_number", "哪些项目的依据是冀市监〔2022〕12号？", {"found": False})

jp_food = P("食品安全监督抽检", SHIJIAN)
add(J, "per_unit_yuan", "食品安全监督抽检及风险监测经费按监督抽检批次算，每批次平均多少元？",
    {"projects": [jp_food.code], "value": r2(jp_food.total * 10000 / yuan(jp_food, "食品安全监督抽检批次"))})


def all100(p):
    q = [r for r in p.rows if r["l2"] == "质量指标"]
    return bool(q) and all(r["value"].endswith("%") and num(r["value"]) == 100 for r in q)


a100 = [p for p in SHIJIAN if all100(p)]
add(J, "set_all", "哪些项目的质量指标都是100%？", {"projects": codes(a100)})

# ================================================================ four_new (司法局/医保局/商务局/林业局): 11
F = "four_new"
fp_fz = P("法治政府建设", SIFA)
add(F, "lookup_executor", "馆陶司法局法治政府建设示范创建经费是哪个单位实施的", lookup(fp_fz, fp_fz.executor))

fp_buy = P("政府购买服务", YIBAO)
add(F, "per_unit", "医保局政府购买服务经费按经办辅助人员数量算，每人一年多少万元？",
    {"projects": [fp_buy.code], "value": r2(fp_buy.total / yuan(fp_buy, "购买服务经办辅助人员数量"))})

fp_oil = P("成品油", SHANGWU)
assert fp_oil.unit == "元"
add(F, "money_yuan_to_wan", "商务局成品油市场专项整治经费多少万元", {"projects": [fp_oil.code], "value": r2(fp_oil.total, 4)})

add(F, "diff_departments", "成安县林业局和商务局的项目预算总额差多少万", {"value": r2(abs(total(LINYE) - total(SHANGWU)))})

s95 = [p for p in FOUR if sat(p) is not None and sat(p) >= 95]
add(F, "count_fullwidth", "四个局里满意度目标在９５%及以上的项目有几个", {"projects": codes(s95), "value": len(s95)})

aqf = [p for p in FOUR if cites(p, "安全生产法")]
add(F, "policy_law", "哪些项目以《安全生产法》为依据", {"projects": codes(aqf)})

fp_jz = P("医疗救助", YIBAO)
add(F, "plan_quarter", "医疗救助补助资金一季度末计划支出多少万？",
    {"projects": [fp_jz.code], "value": r2(fp_jz.total * plan_at(fp_jz, 3) / 100)})

noplan = [p for p in SIFA if not p.plan]
add(F, "set_missing_plan", "司法局哪些项目没有写资金支出计划？", {"projects": codes(noplan)})

fp_fire, fp_moth = P("森林防火", LINYE), P("美国白蛾", LINYE)
add(F, "followup_both", "两者加起来是多少万元？",
    {"projects": codes([fp_fire, fp_moth]), "value": r2(fp_fire.total + fp_moth.total)},
    history=["林业局森林防火专项经费预算多少？", "那美国白蛾防控的呢？"])

assert not any("教育局" in p.dept for p in FOUR)
add(F, "none_department", "成安县教育局2025年安排了哪些项目？", {"found": False})
add(F, "none_field", "古树名木保护经费上年执行率多少", {"found": False})

# ================================================================ weijian_sample: 3
WS = "weijian_sample"
add(WS, "sum_departments", "人社局和卫健局的项目预算加在一起是多少万元？", {"value": r2(total(SAMPLE) + total(WEIJIAN))})
top = max(SAMPLE + WEIJIAN, key=lambda p: p.total)
add(WS, "max", "两个局里预算最多的是哪个项目？", {"projects": [top.code]})
add(WS, "none_department", "曲周县人社局的项目预算合计多少？", {"found": False})

# ================================================================ guantao_sample: 3
GS = "guantao_sample"
add(GS, "ratio_departments", "应急局的项目预算总额是人社局的百分之几？", {"value": r2(total(GUANTAO) / total(SAMPLE) * 100)})
lt85 = [p for p in GUANTAO + SAMPLE if sat(p) is not None and sat(p) < 85]
add(GS, "filter_sat_neg", "应急局和人社局满意度目标不到85%的项目有哪些", {"projects": codes(lt85)})
assert not any(cites(p, "999号") or "999号" in p.name for p in GUANTAO + SAMPLE)
add(GS, "none_number", "有没有项目依据冀财社【2024】999号文？", {"found": False})

# ---------------------------------------------------------------- write

assert len(Q) == 80, len(Q)
assert sum(1 for q in Q if q["expect"] == {"found": False}) == 12
for q in Q:
    e = q["expect"]
    assert e, q
    if "projects" in e:
        assert e["projects"], q
        assert len(set(e["projects"])) == len(e["projects"]), q

if __name__ == "__main__" and "--dump" in __import__("sys").argv:
    for name, ps in [("SAMPLE", SAMPLE), ("OTHER", OTHER), ("COUNTY", COUNTY), ("GUANTAO", GUANTAO),
                     ("WEIJIAN", WEIJIAN), ("SHIJIAN", SHIJIAN), ("FOUR", FOUR)]:
        print("=====", name, total(ps))
        for p in ps:
            print(p.dept, p.year, p.code, p.name, "total", p.total, "fiscal", p.fiscal, "other", p.other,
                  "own", p.own, "upper", p.upper, "unit", p.unit, "plan", p.plan, "exec", p.executor)
            print("    use:", p.use[:60])
            for r in p.rows:
                print("    ", r["l1"], "|", r["l2"], "|", r["l3"], "|", r["value"], "|", r["basis"])
    raise SystemExit

with OUT.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(f"wrote {len(Q)} questions to {OUT.relative_to(ROOT)}")
