"""Write eval/dev/probe_v49.jsonl: 80 probe questions aimed at confident mistakes of a rule-based reader.

Stores and their documents:
  sample    data/samples/weixian-rsj-2025-jixiao-mubiao.docx            (魏县人社局)
  other     tests/data/other-department.docx                            (临漳县农业农村局)
  county    tests/data/county/*.docx                                    (魏县教育局, 魏县卫健局; 2023 + 2024)
  guantao   eval/heldout/docs/guantao-2025.xlsx                         (馆陶县应急管理局)
  weijian   eval/dev/docs/weijian-2025.docx                             (曲周县卫健局; 合计 = 本级财政 + 上级补助 + 其他)
  jiaoyu    eval/dev/docs/jiaoyu-2025.xls                               (肥乡区教育体育局; one sheet, quarterly shares)
  shijian   eval/heldout/docs/shijian-2025.docx                         (涉县市场监督管理局)
  four_new  eval/dev/docs/sifa-2025.docx, yibao-2025.pdf, shangwu-2025.docx (twin of the .doc), linye-2025.txt
            (馆陶县司法局, 馆陶县医疗保障局, 成安县商务局, 成安县林业局)

Kinds of trap (the "kind" field): negation / unusual bound, two or three conditions where one is easy to
drop, a number that belongs to a name or a date, units and scale (元 tables, 过亿, 千万, 5千元, 0.9 / 九成),
near-miss names, the wrong money field, aggregation over the right set, follow-ups whose pronoun points at
the LAST answer, and 15 questions expecting {"found": false}.

Every expected value, project set and count is computed here from the documents (python-docx for Word,
openpyxl for the .xlsx, xlrd for the .xls with merged 一级/二级 cells filled from their merge ranges,
pdfplumber for the PDF, the cell-per-line layout for the .txt); only the wording is written by hand, every
hand-picked name or keyword is asserted to occur in the documents, and every near-miss name of a
{"found": false} question is asserted NOT to occur in the store's full text.

Conventions:
  * money in 万元 unless 元 is asked (tables printed in 元 are divided by 10000; asked in 元 = printed 元);
  * percentages as numbers (71.43); 0.9 / 九成 / 百分之九十 all mean 90%;
  * 以上/以下/不少于/不低于/不超过/及以上/含 include the bound; 高于/低于/超过/不足/不到/过 exclude it;
  * 预算数/资金总额/项目总额/合计 are one field, 财政资金/财政拨款 another, 单位自筹/自筹/其他 = 其他资金;
    in weijian the 合计 splits into 本级财政 / 上级补助 / 其他 and questions name those parts;
  * spending plans are cumulative: the sample/临漳/林业 layouts print cumulative 3/6/10/12月底 columns,
    guantao/weijian/shijian/sifa/yibao/shangwu print cumulative quarter columns; the jiaoyu workbook prints
    per-quarter shares, so the level by a quarter end is the running sum; 上半年 = end of June / 2nd quarter;
  * "满意度目标" is the first 满意度指标 row of a project; projects without one are outside any satisfaction
    filter (questions say so where it matters), and a mean of satisfaction targets is over projects that set one;
  * per-unit = printed amount ÷ printed target number;
  * a lookup of one project expects that project; a count over a filtered set expects the value and the set;
    a sum over a filtered set expects the value and the set; store-wide means expect only the value;
  * in county the 2023 and 2024 tables share 项目编码, so a set of 2024 projects is written with their codes
    and year-sensitive questions also expect a value;
  * a follow-up's "它" is the project of the last answer in history, not the first.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v49.py
"""
import json
import re
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import xlrd
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "dev" / "probe_v49.jsonl"

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


# ---------------------------------------------------------------- the old .xls workbook (all projects on one sheet)

def read_xls(rel, dept, year):
    book = xlrd.open_workbook(str(ROOT / rel), formatting_info=True)
    sh = book.sheet_by_name("项目支出绩效目标表")
    top = {}
    for r0, r1, c0, c1 in sh.merged_cells:
        for r in range(r0, r1):
            for c in range(c0, c1):
                top[(r, c)] = (r0, c0)

    def val(r, c):
        rr, cc = top.get((r, c), (r, c))
        return sh.cell_value(rr, cc)

    def s(v):
        if isinstance(v, float):
            return str(D(repr(v)).normalize()) if v != int(v) else str(int(v))
        return str(v).strip()

    projects, cur, mode = [], None, None
    for r in range(sh.nrows):
        cells = [sh.cell_value(r, c) for c in range(sh.ncols)]
        a = s(cells[0])
        m = re.match(r"项目(\d+)：(.+)", a)
        if m:
            cur = Project(rel, dept, year)
            cur.name = clean(m.group(2))
            cur.qplan = None
            projects.append(cur)
            mode = None
            continue
        if cur is None:
            continue
        if all(s(v) == "" for v in cells):
            mode = None
            continue
        if a == "项目编码":
            cur.code, cur.attr = clean(s(cells[1])), clean(s(cells[3]))
        elif a == "主管部门":
            cur.executor = clean(s(cells[3]))
        elif a.startswith("项目总额"):
            cur.unit = re.search(r"（(.+)）", a).group(1)
            cur.total = money(s(cells[1]), cur.unit)
            cur.fiscal = money(s(cells[3]), cur.unit)
            cur.other = money(s(cells[5]), cur.unit)
            assert s(cells[2]) == "其中：财政拨款" and s(cells[4]) == "单位自筹"
        elif a == "资金使用计划":
            mode = "plan_head"
        elif mode == "plan_head" and a == "第一季度":
            mode = "plan_vals"
        elif mode == "plan_vals":
            q = [D(s(v)) for v in cells[:4]]
            cur.qplan = q
            run = D(0)
            for month, share in zip((3, 6, 9, 12), q):   # per-quarter shares -> cumulative percent
                run += share
                cur.plan[month] = run * 100
            mode = None
        elif a == "项目内容及用途":
            cur.use = clean(s(cells[1]))
        elif a == "年度目标":
            cur.goal = clean(s(cells[1]))
        elif a == "一级指标":
            mode = "ind"
        elif mode == "ind":
            cur.add_row(s(val(r, 0)), s(val(r, 1)), s(cells[2]), s(cells[3]), s(cells[5]))
            cur.rows[-1]["rule"] = clean(s(cells[4]))
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
JIAOYU = read_xls("eval/dev/docs/jiaoyu-2025.xls", "肥乡区教育体育局", 2025)
SHIJIAN = read_docx("eval/heldout/docs/shijian-2025.docx", "涉县市场监督管理局", 2025)
SIFA = read_docx("eval/dev/docs/sifa-2025.docx", "馆陶县司法局", 2025)
YIBAO = read_pdf("eval/dev/docs/yibao-2025.pdf", "馆陶县医疗保障局", 2025)
SHANGWU = read_docx("eval/dev/docs/shangwu-2025.docx", "成安县商务局", 2025)
LINYE = read_txt("eval/dev/docs/linye-2025.txt", "成安县林业局", 2025)
FOUR = SIFA + YIBAO + SHANGWU + LINYE
for p in WEIJIAN:   # weijian: 财政 = 本级财政 + 上级补助 (the 合计 adds 其他)
    p.fiscal = p.own + p.upper

STORES = {"sample": SAMPLE, "other": OTHER, "county": COUNTY, "guantao": GUANTAO, "weijian": WEIJIAN,
          "jiaoyu": JIAOYU, "shijian": SHIJIAN, "four_new": FOUR}
FILES = {
    "sample": ["data/samples/weixian-rsj-2025-jixiao-mubiao.docx"],
    "other": ["tests/data/other-department.docx"],
    "county": [f"tests/data/county/{n}-{y}.docx" for n in ("jiaoyu", "weijian") for y in (2023, 2024)],
    "guantao": ["eval/heldout/docs/guantao-2025.xlsx"],
    "weijian": ["eval/dev/docs/weijian-2025.docx"],
    "jiaoyu": ["eval/dev/docs/jiaoyu-2025.xls"],
    "shijian": ["eval/heldout/docs/shijian-2025.docx"],
    "four_new": ["eval/dev/docs/sifa-2025.docx", "eval/dev/docs/yibao-2025.pdf",
                 "eval/dev/docs/shangwu-2025.docx", "eval/dev/docs/linye-2025.txt"],
}


def full_text(rel):
    """Every character a document prints, white space removed (for asserting what is NOT there)."""
    path = ROOT / rel
    parts = []
    if rel.endswith(".docx"):
        d = docx.Document(str(path))
        parts += [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
    elif rel.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        parts += [str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for v in r if v is not None]
    elif rel.endswith(".xls"):
        bk = xlrd.open_workbook(str(path))
        parts += [str(v) for sh in bk.sheets() for r in range(sh.nrows) for v in sh.row_values(r)]
    elif rel.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            parts += [pg.extract_text() or "" for pg in pdf.pages]
    else:
        parts.append(path.read_text(encoding="utf-8"))
    return clean("".join(parts))


TEXT = {s: "".join(full_text(f) for f in fs) for s, fs in FILES.items()}


def total(ps):
    return sum((p.total for p in ps), D(0))


# sanity checks against the totals and counts the documents print themselves
assert len(SAMPLE) == 14 and sum(len(p.rows) for p in SAMPLE) == 101 and total(SAMPLE) == D("37106.9")
assert len(OTHER) == 10 and len(JY23) == 10 and len(JY24) == 10 and len(WJ23) == 8 and len(WJ24) == 9
assert len(GUANTAO) == 10 and total(GUANTAO) == D("1863.7")
assert sum(p.fiscal for p in GUANTAO) == D("1662.2") and sum(p.other for p in GUANTAO) == D("201.5")
assert len(WEIJIAN) == 8 and total(WEIJIAN) == D("3382.35") and sum(len(p.rows) for p in WEIJIAN) == 64
for p in WEIJIAN:
    assert p.own + p.upper + p.other == p.total, p
assert len(JIAOYU) == 9 and sum(len(p.rows) for p in JIAOYU) == 74
assert len(SHIJIAN) == 10 and total(SHIJIAN) == D("1671.5")
assert sum(p.fiscal for p in SHIJIAN) == D("1465.5") and sum(p.other for p in SHIJIAN) == D("206")
assert len(SIFA) == 10 and total(SIFA) == D("495.5")
assert len(SHANGWU) == 9 and total(SHANGWU) == D("1593.65") and sum(p.fiscal for p in SHANGWU) == D("1363.65")
assert len(YIBAO) == 8 and len(LINYE) == 8
_twin = read_docx("eval/dev/docs/yibao-2025.docx", "馆陶县医疗保障局", 2025)
assert [(p.code, p.name, p.total, p.fiscal, p.other, p.plan, p.rows) for p in YIBAO] == \
       [(p.code, p.name, p.total, p.fiscal, p.other, p.plan, p.rows) for p in _twin]
for ps in STORES.values():
    for p in ps:
        assert re.fullmatch(r"\d{8}P[0-9A-Z]{10,12}", p.code), p
        assert p.name and p.total is not None and p.rows, p
        assert all(r["l1"] and r["l2"] and r["l3"] and r["value"] for r in p.rows), p
        if p.plan:
            assert all(v is not None for v in p.plan.values()) and p.plan[12] == 100, (p, p.plan)
        assert clean(p.name) in TEXT[[s for s, v in STORES.items() if p in v][0]], p

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


def pct(value):
    """A percent target as a number ('≥ 98 %' -> 98), None when the value is not a percent."""
    v = clean(value)
    if "%" not in v or "‰" in v:
        return None
    return num(v)


def sat(p):
    """The satisfaction target: the first 满意度指标 row, or None."""
    for r in p.rows:
        if r["l1"].startswith("满意度"):
            return pct(r["value"])
    return None


def row(p, key):
    hits = [r for r in p.rows if key in r["l3"]]
    assert len(hits) == 1, (p, key, hits)
    return hits[0]


def plan_at(p, month):
    """Cumulative plan percentage at the end of month (the last printed column not after it)."""
    ks = [k for k in sorted(p.plan) if k <= month]
    assert ks, (p, month)
    return p.plan[ks[-1]]


def printed_in(store, *words):
    for w in words:
        assert clean(w) in TEXT[store], (store, w)


def absent(store, *words):
    for w in words:
        assert clean(w) not in TEXT[store], (store, w)


Q = []


def add(store, kind, question, expect, history=None):
    item = {"id": f"p49-{len(Q) + 1:03d}", "question": question, "expect": expect, "store": store, "kind": kind}
    if history:
        item["history"] = history
    Q.append(item)


def lookup(p, *extra):
    for e in extra:
        blob = p.code + p.name + p.executor + p.use + p.goal + "".join(r["l3"] + r["value"] for r in p.rows)
        assert clean(e) in blob, (p, e)
    return {"projects": [p.code], "contains": list(extra)} if extra else {"projects": [p.code]}


def setx(ps, value=None):
    assert ps, "an empty set must be a found:false question"
    e = {"projects": codes(ps)}
    if value is not None:
        e["value"] = value
    return e


NF = {"found": False}


# ================================================================ sample (魏县人社局): 10
S = "sample"

ge90 = [p for p in SAMPLE if sat(p) is not None and not sat(p) < 90]
add(S, "negation", "满意度目标不是低于90%的项目有几个？", setx(ge90, len(ge90)))

assert all(sat(p) is not None for p in SAMPLE) and not [p for p in SAMPLE if sat(p) < 80]
assert [p for p in SAMPLE if sat(p) == 80]          # the bound itself occurs: 80 is not 低于八成
add(S, "negation/found_false", "有没有满意度目标低于八成的项目？", NF)

w136 = [p for p in SAMPLE if "冀财社【2024】136号" in p.name]
assert len(w136) == 2
add(S, "number_in_name", "冀财社【2024】136号文件下达的那几个项目，预算加起来是多少？", setx(w136, r2(total(w136))))

oct_ = [p for p in SAMPLE if any("2025年10月前" in r["value"] for r in p.rows)]
assert len(oct_) == 1
add(S, "number_in_date", "哪个项目要求2025年10月前完工？", lookup(oct_[0]))

q98 = [p for p in SAMPLE
       if [r for r in p.rows if r["l2"] == "质量指标" and pct(r["value"]) is not None]
       and not [r for r in p.rows if r["l2"] == "质量指标" and pct(r["value"]) is not None and pct(r["value"]) < 98]]
assert all(any(r["l2"] == "质量指标" for r in p.rows) for p in SAMPLE)
add(S, "negation", "质量指标目标没有一个低于98%的项目有几个？", setx(q98, len(q98)))

sx = P("公共实训基地", SAMPLE)
cost = num(row(sx, "建设成本")["value"])
assert cost != sx.total
add(S, "wrong_field", "公共实训基地县级配套的成本指标定的是多少万元？", {"projects": [sx.code], "value": r2(cost)})

assert min(p.total for p in SAMPLE) > D("0.5")        # 5千元 = 0.5万元
add(S, "scale/found_false", "预算在5千元以下的项目有哪些？", NF)

s85 = [p for p in SAMPLE if sat(p) == 85]
add(S, "aggregation", "满意度目标恰好是85%的那些项目，预算总和是多少？", setx(s85, r2(total(s85))))

mx = max(SAMPLE, key=lambda p: p.total)
mn = min(SAMPLE, key=lambda p: p.total)
assert mx is not mn and [p.total for p in SAMPLE].count(mn.total) == 1
add(S, "followup_last", "它的满意度目标是多少？",
    {"projects": [mn.code], "contains": [f"{sat(mn)}%"]},
    history=["预算最多的项目是哪个？", "那预算最少的呢？"])

notjc = [p for p in SAMPLE if not p.name.startswith("冀财社")]
assert len(notjc) == 8
add(S, "except", "除了以冀财社文件命名的项目之外，其余项目的预算合计是多少？", setx(notjc, r2(total(notjc))))

# ================================================================ other (临漳县农业农村局): 10
O = "other"

jc = P("农产品质量安全检测", OTHER)
assert jc.unit == "元"
add(O, "units", "农产品质量安全检测经费的预算是多少元？", {"projects": [jc.code], "value": r2(jc.total * 10000)})

lt30 = [p for p in OTHER if p.total < 30]
assert lt30 == [jc]
add(O, "units", "预算不到30万元的项目是哪个？", setx(lt30))

s90o = [p for p in OTHER if sat(p) is not None and sat(p) >= 90 and p.other > 0]
add(O, "two_conditions", "满意度目标达到0.9及以上、而且有其他资金的项目有哪些？", setx(s90o))

gs = P("高素质农民", OTHER)
assert gs.fiscal != gs.total
add(O, "wrong_field", "高素质农民培育项目的财政拨款是多少？", {"projects": [gs.code], "value": r2(gs.fiscal)})

jun = [p for p in OTHER if any("2025年6月底前" in r["value"] for r in p.rows)]
assert len(jun) == 1
add(O, "number_in_date", "哪个项目要求在2025年6月底前完成？", lookup(jun[0]))

low_q = [p for p in OTHER if any(r["l2"] == "质量指标" and pct(r["value"]) is not None and pct(r["value"]) < 95
                                  for r in p.rows)]
add(O, "at_least_one", "至少有一项质量指标目标低于95%的项目有哪些？", setx(low_q))

gbz = P("高标准农田", OTHER)
oth = [p for p in OTHER if p.other > 0 and p is not gbz]
assert jc in oth     # one of them prints its 其他资金 in 元
add(O, "except/units", "除了高标准农田建设，还有哪些项目有其他资金？这些其他资金加起来是多少万元？", setx(oth, r2(sum(p.other for p in oth))))

absent(O, "2024年耕地地力保护补贴")
assert all(p.year == 2025 for p in OTHER)
add(O, "found_false/year", "临漳县农业农村局2024年的耕地地力保护补贴资金预算是多少？", NF)

have_o = [p for p in OTHER if p.other > 0]
small = min(have_o, key=lambda p: p.total)
assert small is jc and [p.total for p in have_o].count(small.total) == 1
add(O, "followup_last/units", "它的财政拨款是多少元？",
    {"projects": [small.code], "value": r2(small.fiscal * 10000)},
    history=["有其他资金的项目有哪些？", "其中预算最少的是哪个？"])

zf = P("农业综合行政执法", OTHER)
assert zf.unit == "元" and jc.unit == "元"
add(O, "units", "农业综合行政执法工作经费和农产品质量安全检测经费的预算一共多少万元？",
    setx([zf, jc], r2(zf.total + jc.total)))

# ================================================================ county (魏县教育局/卫健局 2023-2024): 10
C = "county"

wj500 = [p for p in WJ24 if p.total >= 500]
add(C, "three_conditions", "2024年的、卫健局的、预算500万以上的项目，预算合计是多少？", setx(wj500, r2(total(wj500))))

jy90 = [p for p in JY23 if sat(p) is not None and sat(p) >= 90]
add(C, "two_conditions", "2023年教育局满意度目标不低于九成的项目有哪些？", setx(jy90))

tj = P("特殊教育", JY24)
add(C, "wrong_field", "2024年特殊教育项目的其他资金是多少？", {"projects": [tj.code], "value": r2(tj.other)})

wjo = [p for p in WJ24 if p.other > 0]
add(C, "aggregation", "2024年卫健局有其他资金的项目，其他资金一共多少？", setx(wjo, r2(sum(p.other for p in wjo))))

down = []
for a_list, b_list in ((JY23, JY24), (WJ23, WJ24)):
    b_by = {p.code: p for p in b_list}
    down += [b_by[p.code] for p in a_list if p.code in b_by and b_by[p.code].total < p.total]
add(C, "comparison", "两年都有的项目里，2024年预算比2023年少的有哪些？", setx(down))

absent(C, "2022年")
add(C, "found_false/year", "2022年教育局特殊教育项目的预算是多少？", NF)

assert any("疾病预防控制" in p.name for p in WJ23) and not any("疾病预防控制" in p.name for p in WJ24)
add(C, "found_false/year", "2024年卫健局的疾病预防控制项目预算是多少？", NF)

qrows = [r for p in JY24 for r in p.rows if r["l2"] == "数量指标"]
qproj = [p for p in JY24 if any(r["l2"] == "数量指标" for r in p.rows)]
assert len(qrows) != len(qproj)
add(C, "rows_vs_projects", "2024年教育局的数量指标一共有多少条？", setx(qproj, len(qrows)))

w23min = min(WJ23, key=lambda p: p.total)
j23min = min(JY23, key=lambda p: p.total)
assert w23min.code != j23min.code and j23min.other > 0
add(C, "followup_last", "它的其他资金是多少？", {"projects": [j23min.code], "value": r2(j23min.other)},
    history=["2023年卫健局预算最少的是哪个项目？", "教育局那年预算最少的呢？"])

assert max(p.total for p in COUNTY) < 10000      # 过亿 = above 10000万元
add(C, "scale/found_false", "有预算过亿的项目吗？", NF)

# ================================================================ guantao (馆陶县应急管理局): 10
G = "guantao"

acc = [p for p in GUANTAO if any("生产安全事故" in r["l3"] and r["value"] == "0起" for r in p.rows)]
assert len(acc) == 1
add(G, "number_in_value", "要求较大及以上生产安全事故为0起的是哪个项目？", lookup(acc[0]))

lt40 = [p for p in GUANTAO if p.total < 40]
assert len(lt40) == 1 and lt40[0].unit == "元"
add(G, "units", "预算低于40万元的项目有哪些？", setx(lt40))

newo = [p for p in GUANTAO if p.attr == "新增项目" and p.other > 0]
assert [p for p in GUANTAO if p.attr != "新增项目" and p.other > 0]     # dropping 新增 changes the set
add(G, "two_conditions", "新增项目里有其他资金的有哪些？", setx(newo))

wh = P("馆政办〔2024〕27号", GUANTAO)
add(G, "number_in_name", "馆政办〔2024〕27号那个项目，在线监测点位的目标是多少？",
    lookup(wh, str(num(row(wh, "在线监测点位")["value"]))))

lt90 = [p for p in GUANTAO if sat(p) is not None and sat(p) < 90]
assert [p for p in GUANTAO if sat(p) is None]
add(G, "negation", "设了满意度指标的项目里，满意度目标并非九成及以上的有哪些？", setx(lt90))

h1 = [p for p in GUANTAO if p.plan and plan_at(p, 6) < 50]
assert [p for p in GUANTAO if p.plan and plan_at(p, 6) == 50]     # the bound occurs: 50% is not 不到一半
add(G, "bound/plan", "上半年累计计划支出不到一半的项目有哪些？", setx(h1))

add(G, "wrong_field", "危险化学品企业安全风险监测预警系统建设资金的财政拨款是多少？",
    {"projects": [wh.code], "value": r2(wh.fiscal)})

gs_ = [sat(p) for p in GUANTAO if sat(p) is not None]
add(G, "mean_pct", "只算设了满意度指标的项目，满意度目标平均是多少？", {"value": r2(sum(gs_) / len(gs_))})

printed_in(G, "应急物资储备")
absent(G, "储备库新建", "新建工程")
add(G, "near_miss/found_false", "应急物资储备库新建工程的预算是多少？", NF)

omax = max(GUANTAO, key=lambda p: p.other)
fmin = min(GUANTAO, key=lambda p: p.fiscal)
assert omax is not fmin and [p.fiscal for p in GUANTAO].count(fmin.fiscal) == 1
add(G, "followup_last", "它是哪个单位实施的？", lookup(fmin, fmin.executor),
    history=["其他资金最多的项目是哪个？", "那财政拨款最少的呢？"])

# ================================================================ weijian (曲周县卫健局): 10
W = "weijian"

jz = P("急诊急救", WEIJIAN)
add(W, "wrong_field", "县医院急诊急救能力提升项目的上级补助是多少？", {"projects": [jz.code], "value": r2(jz.upper)})

own100 = [p for p in WEIJIAN if p.own > 100]
assert own100 != [p for p in WEIJIAN if p.total > 100]
add(W, "wrong_field", "本级财政超过100万的项目有哪些？", setx(own100))

wo = [p for p in WEIJIAN if p.other > 0]
add(W, "aggregation", "有其他资金的项目，其他资金合计是多少？", setx(wo, r2(sum(p.other for p in wo))))

jsz = P("严重精神障碍", WEIJIAN)
assert jsz.unit == "元"
add(W, "units", "严重精神障碍患者管理治疗经费里上级补助是多少元？", {"projects": [jsz.code], "value": r2(jsz.upper * 10000)})

absent(W, "奖励扶助", "计划生育")
add(W, "near_miss/found_false", "计划生育家庭奖励扶助资金的预算是多少？", NF)

fy = [p for p in WEIJIAN if any("孕产妇死亡率" in r["l3"] for r in p.rows)]
assert len(fy) == 1
add(W, "number_in_value", "孕产妇死亡率的目标是多少？", lookup(fy[0], "10/10万"))

half = [p for p in WEIJIAN if p.upper * 2 < p.total]
add(W, "negation/share", "上级补助不到资金总额一半的项目有哪些？", setx(half))

ws_ = [sat(p) for p in WEIJIAN if sat(p) is not None]
assert len(ws_) == len(WEIJIAN) - 1
add(W, "mean_pct", "设了满意度指标的项目，满意度目标平均是多少？", {"value": r2(sum(ws_) / len(ws_))})

gw = P("基本公共卫生", WEIJIAN)
add(W, "plan", "到三季度末，基本公共卫生服务项目补助资金计划累计支出多少万元？",
    {"projects": [gw.code], "value": r2(gw.total * plan_at(gw, 9) / 100)})

jd = P("综合监督执法", WEIJIAN)
assert not jd.plan
add(W, "found_false/missing_field", "卫生健康综合监督执法经费一季度计划支出多少？", NF)

# ================================================================ jiaoyu (肥乡区教育体育局, .xls): 10
J = "jiaoyu"

h1j = [p for p in JIAOYU if plan_at(p, 6) < 50]
assert [p for p in JIAOYU if p.qplan[1] * 100 < 50 and plan_at(p, 6) >= 50]   # the quarter share alone misleads
add(J, "plan_cumulative", "截至二季度末，累计计划支出比例还没到50%的项目有哪些？", setx(h1j))

wx = P("校舍维修", JIAOYU)
add(J, "plan_cumulative", "中小学校舍维修改造工程到三季度末累计计划支出多少万元？",
    {"projects": [wx.code], "value": r2(wx.total * plan_at(wx, 9) / 100)})

lt50 = [p for p in JIAOYU if p.total < 50]
assert len(lt50) == 1 and lt50[0].unit == "元"
add(J, "units", "预算不足50万元的项目有哪些？", setx(lt50))

aq = P("校园安全", JIAOYU)
add(J, "wrong_field", "校园安全防控体系建设的单位自筹是多少？", {"projects": [aq.code], "value": r2(aq.other)})

yy = P("营养改善", JIAOYU)
n_stu = num(row(yy, "受益学生人数")["value"])
add(J, "per_unit", "营养改善计划平均每个受益学生摊到多少元？", {"projects": [yy.code], "value": r2(yy.total * 10000 / n_stu)})

big = [p for p in JIAOYU if p.attr == "经常性项目" and p.total > 1000]
assert [p for p in JIAOYU if p.attr != "经常性项目" and p.total > 1000]
add(J, "two_conditions", "经常性项目中预算超过1000万的有哪些？", setx(big))

sep1 = [p for p in JIAOYU if any("2025年9月1日前" in r["value"] for r in p.rows)]
add(J, "number_in_date", "哪些项目有指标要求在2025年9月1日前完成？", setx(sep1))

absent(J, "高中教育质量提升")
add(J, "near_miss/found_false", "肥乡区高中教育质量提升工程的预算是多少？", NF)

xx = P("智慧校园", JIAOYU)
assert sat(xx) is None and not any(r["l1"].startswith("满意度") for r in xx.rows)
add(J, "found_false/no_indicator", "教育信息化及智慧校园建设的满意度目标是多少？", NF)

ytj = row(xx, "一体机采购单价")["value"]
assert ytj.endswith("万元/台")
add(J, "units", "一体机采购单价上限是多少元？", {"projects": [xx.code], "value": r2(num(ytj) * 10000)})

# ================================================================ shijian (涉县市场监督管理局): 10
X = "shijian"

xf = P("12315", SHIJIAN)
add(X, "number_in_name", "12315消费投诉举报那个项目的其他资金是多少？", {"projects": [xf.code], "value": r2(xf.other)})

lt90x = [p for p in SHIJIAN if p.total < 90]
assert any(p.unit == "元" for p in lt90x)
add(X, "units", "预算不到90万元的项目有哪些？", setx(lt90x))

z0 = [p for p in SHIJIAN if any(r["value"] in ("0起", "=0起") for r in p.rows)]
add(X, "number_in_value", "哪些项目把事故或事件数量的目标定为0起？", setx(z0, len(z0)))

s90x = [p for p in SHIJIAN if sat(p) is not None and sat(p) >= 90 and p.other > 0]
add(X, "two_conditions", "满意度目标在九成以上（含九成）并且有其他资金的项目有哪些？", setx(s90x))

zl = P("质量强县", SHIJIAN)
assert plan_at(zl, 3) == 0
add(X, "zero_value/plan", "质量强县建设及品牌培育奖补资金一季度计划支出多少万元？",
    {"projects": [zl.code], "value": r2(zl.total * plan_at(zl, 3) / 100)})

jcs = P("基层市场监管所", SHIJIAN)
add(X, "wrong_field/share", "基层市场监管所规范化建设经费中，财政拨款占资金总额的百分之多少？",
    {"projects": [jcs.code], "value": r2(jcs.fiscal * 100 / jcs.total)})

printed_in(X, "电梯")
absent(X, "电梯安全监管专项")
add(X, "near_miss/found_false", "电梯安全监管专项经费的预算是多少？", NF)

xo = [p for p in SHIJIAN if p.other > 0]
add(X, "wrong_field/aggregation", "有其他资金的那些项目，资金总额合计是多少？", setx(xo, r2(total(xo))))

omx = max(SHIJIAN, key=lambda p: p.other)
omn = min([p for p in SHIJIAN if p.other > 0], key=lambda p: p.other)
assert omx is not omn and sat(omn) != sat(omx)
add(X, "followup_last", "它的满意度目标是多少？", {"projects": [omn.code], "contains": [f"{sat(omn)}%"]},
    history=["其他资金最多的是哪个项目？", "那其他资金最少、但不为零的呢？"])

assert not [p for p in SHIJIAN if sat(p) is not None and sat(p) < 80] and [p for p in SHIJIAN if sat(p) == 80]
add(X, "bound/found_false", "有没有哪个项目的满意度目标低于80%？", NF)

# ================================================================ four_new (司法/医保/商务/林业): 10
F = "four_new"

sw = [p for p in FOUR if any("十四五" in r["basis"] for r in p.rows)]
add(F, "number_in_name", "哪些项目的指标依据引用了“十四五”规划？", setx(sw))

bw = P("八五", SIFA)
add(F, "number_in_name", "“八五”普法宣传经费的财政拨款是多少？", {"projects": [bw.code], "value": r2(bw.fiscal)})

qw = [p for p in FOUR if p.total >= 1000]
add(F, "scale", "预算在千万元以上的项目有几个？", setx(qw, len(qw)))

yb = P("村级医保服务站", YIBAO)
bz = row(yb, "每站建设补助标准")["value"]
assert bz.endswith("万元")
add(F, "units", "村级医保服务站每站的建设补助标准是多少元？", {"projects": [yb.code], "value": r2(num(bz) * 10000)})

sw90 = [p for p in SHANGWU if sat(p) is not None and sat(p) >= 90 and p.other > 0]
add(F, "two_conditions", "商务局满意度目标不低于90、而且有其他资金的项目有哪些？", setx(sw90))

absent(F, "2024年法律援助", "2024年度法律援助")
assert all(p.year == 2025 for p in FOUR)
add(F, "found_false/year", "司法局2024年法律援助办案补贴经费的预算是多少？", NF)

printed_in(F, "城乡居民基本医疗保险")
absent(F, "养老保险")
add(F, "near_miss/found_false", "医疗保障局的城乡居民基本养老保险补助资金预算是多少？", NF)

sf_max = max(SIFA, key=lambda p: p.total)
yb_max = max(YIBAO, key=lambda p: p.total)
add(F, "followup_last", "它的参保人数目标是多少？", lookup(yb_max, "28万"),
    history=["司法局预算最多的项目是哪个？", "医保局呢？"])
assert "参保人数" not in "".join(r["l3"] for r in sf_max.rows)

lowq = [p for p in SIFA if any(r["l2"] == "质量指标" and pct(r["value"]) is not None and pct(r["value"]) < 95
                               for r in p.rows)]
assert all(pct(r["value"]) is not None for p in SIFA for r in p.rows if r["l2"] == "质量指标")
add(F, "negation", "司法局哪些项目的质量指标并非全部达到95%及以上？", setx(lowq))

nosat = [p for p in YIBAO if not any(r["l1"].startswith("满意度") for r in p.rows)]
assert len(nosat) == 1
add(F, "except/missing_indicator", "医保局的项目，除了哪个之外都设了满意度指标？", setx(nosat))


# ---------------------------------------------------------------- write

def main():
    assert len(Q) == 80, len(Q)
    assert sum(1 for q in Q if q["expect"] == NF) == 15, sum(1 for q in Q if q["expect"] == NF)
    per = {}
    for q in Q:
        per[q["store"]] = per.get(q["store"], 0) + 1
    assert all(8 <= n <= 12 for n in per.values()), per
    assert len({q["question"] + "|".join(q.get("history", [])) for q in Q}) == len(Q)
    with OUT.open("w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}  {per}")


if __name__ == "__main__":
    main()
