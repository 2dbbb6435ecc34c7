"""Read the four source .docx files with python-docx into project records.

Fields and columns are located by their header words, never by position:
  header fields: 项目编码, 项目名称, 实施单位, 主管部门, 项目期限, money labels (年度资金总额 / 资金总额 / 预算数,
  财政拨款 / 财政资金, 其他资金; value to the right of the label, or below it when the right neighbour is itself a
  label), money unit from «（元）» in a label or «单位：元» in the unit line, a spending-plan block (a cell starting
  资金支出; period labels to its right, percentages below; a blank after a reached percentage keeps it),
  usage text (资金用途 / 主要内容 / 项目概况 / the sample's 预算规模及资金用途 second row), 年度绩效目标 / 绩效目标.
  indicator tables: the row holding 一级指标; columns 一级指标, 二级指标, 三级指标 or 指标内容, 指标性质,
  指标值, 度量单位, 依据 (指标值确定依据 / 指标值设定依据 / 备注).
"""
import re
from decimal import Decimal
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[3]
DOCS = {
    "shijian": ROOT / "eval/heldout/docs/shijian-2025.docx",
    "sample": ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx",
    "other": ROOT / "tests/data/other-department.docx",
    "jiaotong": ROOT / "eval/heldout/docs/jiaotong-2025.docx",
}

TOTAL_LABELS = ("年度资金总额", "资金总额", "预算数")
FISCAL_LABELS = ("其中：财政拨款", "财政拨款", "其中：财政资金", "财政资金")
OTHER_LABELS = ("其他资金",)
KNOWN_LABELS = set(TOTAL_LABELS + FISCAL_LABELS + OTHER_LABELS + (
    "项目编码", "项目名称", "实施单位", "主管部门", "项目期限", "项目属性"))


def norm(s):
    return re.sub(r"\s+", "", s or "")


def grid(table):
    """Rows of (text, tc) per grid position."""
    return [[(norm(c.text), c._tc) for c in row.cells] for row in table.rows]


def right_or_below(g, r, c):
    tc = g[r][c][1]
    row = g[r]
    j = c
    while j < len(row) and row[j][1] is tc:
        j += 1
    if j < len(row) and row[j][0] not in KNOWN_LABELS:
        return row[j][0]
    # below, same column, skipping the label's own vertical merge
    i = r + 1
    while i < len(g) and g[i][c][1] is tc:
        i += 1
    if i < len(g):
        return g[i][c][0]
    return ""


def find_label(g, labels):
    for r, row in enumerate(g):
        for c, (t, tc) in enumerate(row):
            if c > 0 and row[c - 1][1] is tc:
                continue
            if t in labels:
                return r, c
    return None


def num(s):
    s = norm(s).replace(",", "")
    return Decimal(s) if s else Decimal(0)


def parse_plan(g):
    for r, row in enumerate(g):
        for c, (t, tc) in enumerate(row):
            if t.startswith("资金支出") and ("计划" in t or "进度" in t):
                labels, seen = [], set()
                for j in range(c + 1, len(row)):
                    if row[j][1] in seen or row[j][1] is tc:
                        continue
                    seen.add(row[j][1])
                    labels.append((row[j][0], j))
                plan, last = {}, None
                for lab, j in labels:
                    v = g[r + 1][j][0]
                    if v.endswith("%"):
                        last = Decimal(v[:-1])
                    plan[lab] = last
                return plan
    return None


def indicator_rows(g, hr):
    head = {}
    for c, (t, tc) in enumerate(g[hr]):
        if c > 0 and g[hr][c - 1][1] is tc:
            continue
        if t in ("一级指标",):
            head["l1"] = c
        elif t == "二级指标":
            head["l2"] = c
        elif t in ("三级指标", "指标内容"):
            head["l3"] = c
        elif t == "指标性质":
            head["nature"] = c
        elif t == "指标值":
            head["value"] = c
        elif t == "度量单位":
            head["unit"] = c
        elif "依据" in t or t == "备注":
            head["basis"] = c
    rows = []
    for r in range(hr + 1, len(g)):
        row = g[r]
        rec = {k: row[c][0] for k, c in head.items()}
        rows.append(rec)
    return rows


def read(path):
    d = docx.Document(str(path))
    body = d.element.body
    projects = []
    cur = None
    unit_line = None
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag != "tbl":
            continue
        t = Table(el, d)
        g = grid(t)
        texts = [x[0] for row in g for x in row]
        if len(g) == 1 and any(x.startswith("单位：") for x in texts):
            unit_line = next(x for x in texts if x.startswith("单位："))[3:]
            continue
        if "项目编码" in texts:
            cur = dict(rows=[], plan=None, unit_money="万元")
            projects.append(cur)
            for key, labels in (("code", ("项目编码",)), ("name", ("项目名称",)), ("unit", ("实施单位",)),
                                ("dept", ("主管部门",)), ("term", ("项目期限",)),
                                ("total", TOTAL_LABELS), ("fiscal", FISCAL_LABELS), ("other", OTHER_LABELS)):
                pos = find_label(g, labels)
                cur[key] = right_or_below(g, *pos) if pos else None
            if any("（元）" in x for x in texts) or unit_line == "元":
                cur["unit_money"] = "元"
            unit_line = None
            cur["plan"] = parse_plan(g)
            for r, row in enumerate(g):
                lab = row[0][0]
                if lab in ("资金用途", "主要内容", "项目概况"):
                    cur["use"] = right_or_below(g, r, 0)
                if lab in ("年度绩效目标", "绩效目标"):
                    cur["goal"] = right_or_below(g, r, 0)
                if lab == "预算规模及资金用途" and r + 1 < len(g) and g[r + 1][0][1] is row[0][1]:
                    cur["use"] = g[r + 1][1][0]
        for r, row in enumerate(g):
            if row[0][0] == "一级指标":
                cur["rows"].extend(indicator_rows(g, r))
                break
    for p in projects:
        k = Decimal(10000) if p["unit_money"] == "元" else Decimal(1)
        p["total_wan"] = num(p["total"]) / k
        p["fiscal_wan"] = num(p["fiscal"]) / k
        p["other_wan"] = num(p["other"]) / k
    return projects


def load_all():
    return {k: read(v) for k, v in DOCS.items()}


if __name__ == "__main__":
    for k, ps in load_all().items():
        print(k, len(ps), "projects", sum(len(p["rows"]) for p in ps), "rows",
              sum(p["total_wan"] for p in ps), "万元")
        for p in ps:
            print(" ", p["code"], p["name"][:24], p["unit_money"], p["total_wan"], p["fiscal_wan"], p["other_wan"],
                  p.get("unit"), p["plan"], len(p["rows"]))
