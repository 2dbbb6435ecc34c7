"""Read the six source .docx files with python-docx and return project records.

Each record: file, store_doc, department, year, index, heading, code, name, unit,
budget, fiscal, other (numbers in the document's printed unit, None when blank),
budget_wan / fiscal_wan / other_wan (converted to 万元), use, goal,
plan {"3月底": "25%", ...} (as printed, may be "" or missing), indicators
[{l1, l2, l3, desc, value, basis}].
Columns and fields are located by their header words.
"""
import json
import re
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path("/work/main")
SOURCES = [
    # (path, doc key, department, year)
    (ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx", "sample", "魏县人力资源和社会保障局", 2025),
    (ROOT / "tests/data/other-department.docx", "other", "临漳县农业农村局", 2025),
    (ROOT / "tests/data/county/jiaoyu-2023.docx", "jiaoyu-2023", "魏县教育局", 2023),
    (ROOT / "tests/data/county/jiaoyu-2024.docx", "jiaoyu-2024", "魏县教育局", 2024),
    (ROOT / "tests/data/county/weijian-2023.docx", "weijian-2023", "魏县卫生健康局", 2023),
    (ROOT / "tests/data/county/weijian-2024.docx", "weijian-2024", "魏县卫生健康局", 2024),
]
STORES = {
    "sample": ["sample"],
    "other": ["other"],
    "both": ["sample", "other"],
    "county": ["jiaoyu-2023", "jiaoyu-2024", "weijian-2023", "weijian-2024"],
}


def norm(s):
    return re.sub(r"\s+", "", s or "")


def row_cells(row):
    out, prev = [], None
    for c in row.cells:
        if prev is not None and c._tc is prev:
            continue
        prev = c._tc
        out.append(c.text.strip())
    return out


def num(s):
    s = norm(s).replace(",", "")
    return float(s) if s else None


def parse_header(t, rec):
    rows = [row_cells(r) for r in t.rows]
    plan_months = None
    for cells in rows:
        nc = [norm(c) for c in cells]
        if "项目编码" in nc:
            rec["code"] = cells[nc.index("项目编码") + 1]
            rec["name"] = cells[nc.index("项目名称") + 1]
            continue
        for lab, key in (("预算数", "budget"), ("资金总额", "budget"), ("其中：财政资金", "fiscal"),
                         ("财政资金", "fiscal"), ("财政拨款", "fiscal"), ("其他资金", "other")):
            if lab in nc:
                rec[key] = num(cells[nc.index(lab) + 1])
        if any("资金支出计划" in c for c in nc):
            vals = cells[1:]
            if "3月底" in nc:
                plan_months = [norm(v) for v in vals]
            elif plan_months:
                rec["plan"] = dict(zip(plan_months, [norm(v) for v in vals]))
            continue
        if nc[0] in ("预算规模及资金用途", "资金用途", "主要内容") and len(cells) == 2:
            rec["use"] = cells[1]
            rec["use_label"] = "资金用途" if nc[0] == "预算规模及资金用途" else nc[0]
        if nc[0] in ("绩效目标", "年度绩效目标"):
            rec["goal"] = cells[1]


def parse_indicators(t, rec):
    rows = [row_cells(r) for r in t.rows]
    # indicator tables have no horizontal merges: use the full grid of the header
    head = [norm(c.text) for c in t.rows[0].cells]
    col = {}
    for i, h in enumerate(head):
        if h == "一级指标": col["l1"] = i
        elif h == "二级指标": col["l2"] = i
        elif h in ("三级指标", "指标内容"): col["l3"] = i
        elif h == "绩效指标描述": col["desc"] = i
        elif h == "指标值": col["value"] = i
        elif h in ("指标值确定依据", "备注"): col["basis"] = i
    for r in t.rows[1:]:
        cells = [c.text.strip() for c in r.cells]
        ind = {k: cells[i] for k, i in col.items()}
        ind.setdefault("desc", "")
        rec["indicators"].append(ind)


def read(path, key, dept, year):
    doc = Document(path)
    recs, cur, heading, unit = [], None, None, None
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, doc)
            txt = p.text.strip()
            if p.style.name.startswith("Heading") and re.match(r"^\d+\.", txt) and "绩效目标表" in txt:
                heading = txt
        elif el.tag == qn("w:tbl"):
            t = Table(el, doc)
            first = [norm(c) for c in row_cells(t.rows[0])]
            if len(t.rows) == 1 and any("单位：" in c for c in first):
                unit = [c for c in first if c.startswith("单位：")][0].split("：")[1]
            elif "项目编码" in first:
                cur = dict(file=str(path.relative_to(ROOT)), doc=key, department=dept, year=year,
                           index=len(recs) + 1, heading=heading, unit=unit, budget=None, fiscal=None,
                           other=None, use="", goal="", plan={}, indicators=[])
                recs.append(cur)
                parse_header(t, cur)
            elif first and first[0] == "一级指标":
                parse_indicators(t, cur)
    for r in recs:
        f = 1 / 10000 if r["unit"] == "元" else 1
        for k in ("budget", "fiscal", "other"):
            r[k + "_wan"] = None if r[k] is None else round(r[k] * f, 6)
    return recs


def load():
    out = []
    for path, key, dept, year in SOURCES:
        out.extend(read(path, key, dept, year))
    return out


if __name__ == "__main__":
    data = load()
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
