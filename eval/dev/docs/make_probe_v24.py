"""Write eval/dev/probe_v24.jsonl: 100 questions over the store "ziran" (魏县自然资源和规划局, 2024 + 2025).

Every expected value, project set and count is computed here from the tables of ziran-2024.docx and
ziran-2025.docx read back with python-docx (merged cells deduplicated by `_tc` identity, fields located by
their header words). Questions name projects by a part of their name; the code is looked up in the
documents. A question that names no year means 2025.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v24.py
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "probe_v24.jsonl"
STORE = "ziran"
YEARS = (2024, 2025)


# ------------------------------------------------------------------------------------------ reading

def distinct(row) -> list[str]:
    out, prev = [], None
    for c in row.cells:
        if c._tc is not prev:
            out.append(c.text.strip())
        prev = c._tc
    return out


def after(cells: list[str], label: str) -> str:
    for i, c in enumerate(cells):
        if label in c:
            return cells[i + 1] if i + 1 < len(cells) else ""
    raise KeyError(label)


def money(s: str) -> float:
    return float(s) if s.strip() else 0.0


def read(path: Path) -> dict:
    d = docx.Document(str(path))
    part1: list[tuple[str, str]] = []
    projects: dict[str, dict] = {}
    unit = None
    heading = None
    in_part2 = False
    cur = None
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, d)
            if p.style.name == "Heading 1" and "第二部分" in p.text:
                in_part2 = True
            if not in_part2 and p.text.strip():
                part1.append((p.style.name, p.text.strip()))
            if in_part2 and p.style.name == "Heading 2":
                heading = p.text.strip()
        elif el.tag == qn("w:tbl"):
            t = Table(el, d)
            rows = [distinct(r) for r in t.rows]
            first = rows[0][0]
            if first == "项目编码":
                cur = {"heading": heading}
                for cells in rows:
                    if "项目编码" in cells:
                        cur["code"] = after(cells, "项目编码")
                        cur["name"] = after(cells, "项目名称")
                    elif "预算数" in cells:
                        cur["budget"] = money(after(cells, "预算数"))
                        cur["fiscal"] = money(after(cells, "财政"))
                        cur["other"] = money(after(cells, "其他资金"))
                    elif cells[0].startswith("预算规模") and len(cells) == 2:
                        cur["use"] = cells[1]
                    elif cells[0].startswith("资金支出计划") and "3月底" in cells:
                        cur["plan_heads"] = cells[1:]
                    elif cells[0].startswith("资金支出计划"):
                        cur["plan"] = dict(zip(cur["plan_heads"], cells[1:]))
                    elif cells[0] == "绩效目标":
                        cur["goal"] = cells[1]
                cur["unit"] = unit
                assert cur["code"] not in projects
                projects[cur["code"]] = cur
            elif first == "一级指标":
                head = rows[0]
                col = {h: i for i, h in enumerate(head)}
                inds = []
                for cells in rows[1:]:
                    inds.append({"l1": cells[col["一级指标"]], "l2": cells[col["二级指标"]],
                                 "l3": cells[col["三级指标"]], "desc": cells[col["绩效指标描述"]],
                                 "val": cells[col["指标值"]], "basis": cells[col["指标值确定依据"]]})
                cur["inds"] = inds
            else:
                unit = first
    return {"part1": part1, "projects": projects}


DOCS = {y: read(HERE / f"ziran-{y}.docx") for y in YEARS}
PR = {y: DOCS[y]["projects"] for y in YEARS}
ALL_CODES = set(PR[2024]) | set(PR[2025])
RECUR = sorted(set(PR[2024]) & set(PR[2025]))
NEW = sorted(set(PR[2025]) - set(PR[2024]))
ENDED = sorted(set(PR[2024]) - set(PR[2025]))


def code(part: str) -> str:
    hits = {c for y in YEARS for c, p in PR[y].items() if part in p["name"]}
    assert len(hits) == 1, (part, hits)
    return hits.pop()


def num(v: str) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", v)
    return float(m.group()) if m else None


def pct(v: str) -> float | None:
    return float(v.rstrip("%")) if v.endswith("%") else None


def fmt(x: float) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def bare(v: str) -> str:
    """An indicator value without its comparison sign, as an answer may word it (不低于95%)."""
    return v.lstrip("≥≤＞＜><=")


def total(y: int, field: str = "budget") -> float:
    return sum(p[field] for p in PR[y].values())


def ind(y: int, c: str, l3: str) -> dict:
    hits = [i for i in PR[y][c]["inds"] if i["l3"] == l3]
    assert len(hits) == 1, (y, c, l3)
    return hits[0]


def sat(y: int, c: str) -> str:
    hits = [i for i in PR[y][c]["inds"] if i["l1"] == "满意度指标"]
    assert len(hits) == 1
    return hits[0]["val"]


def l3_of(y: int, c: str, part: str) -> str:
    hits = [i["l3"] for i in PR[y][c]["inds"] if part in i["l3"]]
    assert len(hits) == 1, (y, c, part, hits)
    return hits[0]


def where(y: int, pred) -> list[str]:
    return sorted(c for c, p in PR[y].items() if pred(p))


def cum(p: dict, month: str) -> float | None:
    v = p["plan"].get(month, "")
    return pct(v) if v else None


# ------------------------------------------------------------------------------------------ questions

Q: list[dict] = []


def add(kind: str, question: str, history: list[str] | None = None, **expect) -> None:
    if "projects" in expect:
        expect["projects"] = sorted(expect["projects"])
        assert expect["projects"], question
    if "value" in expect:
        expect["value"] = round(float(expect["value"]), 4)
    rec = {"id": f"p24-{len(Q) + 1:03d}", "store": STORE, "kind": kind, "question": question}
    if history:
        rec["history"] = history
    rec["expect"] = expect
    Q.append(rec)


A, B, C = code("国土空间规划编制"), code("耕地保护补偿"), code("不动产登记")
D, E, F = code("地质灾害防治"), code("土地整治"), code("林长制")
G, H, I = code("测绘地理信息"), code("执法监察"), code("机关运转")
J, K = code("废弃矿山"), code("乱占耕地建房")
L, M = code("实景三维"), code("村庄规划编制")
assert set(RECUR) == {A, B, C, D, E, F, G, H, I}
assert set(ENDED) == {J, K} and set(NEW) == {L, M}

T24, T25 = total(2024), total(2025)
b = {y: {c: p["budget"] for c, p in PR[y].items()} for y in YEARS}

# ---- year over year: department totals and project sets ------------------------------------------
add("yoy_total", "2025年部门预算总额比2024年减少了多少万元？", value=T24 - T25)
add("yoy_total", "2025年的预算总额比2024年下降了百分之几？", value=(T24 - T25) / T24 * 100)
add("yoy_total", "2024年和2025年两年的预算合计是多少万元？", value=T24 + T25)
add("yoy_total", "2025年财政资金合计比2024年减少了多少万元？",
    value=total(2024, "fiscal") - total(2025, "fiscal"))
add("yoy_total", "2025年其他资金合计比2024年少了多少万元？",
    value=total(2024, "other") - total(2025, "other"))
add("yoy_total", "2025年绩效指标的总条数比2024年多几条？",
    value=sum(len(p["inds"]) for p in PR[2025].values()) - sum(len(p["inds"]) for p in PR[2024].values()))
n200 = {y: len(where(y, lambda p: p["budget"] >= 200)) for y in YEARS}
assert n200[2024] > n200[2025]

add("yoy_set", "两年都安排的项目中，2025年哪些项目的预算比2024年增加了？",
    projects=[c for c in RECUR if b[2025][c] > b[2024][c]])
add("yoy_set", "2025年继续安排的项目中，哪些项目预算比2024年减少了？",
    projects=[c for c in RECUR if b[2025][c] < b[2024][c]])
add("yoy_set", "2025年哪些项目的预算与2024年持平？", projects=[c for c in RECUR if b[2025][c] == b[2024][c]])
add("yoy_set", "2025年与2024年相比新增了哪些项目？", projects=NEW)
add("yoy_set", "哪些项目2024年有、2025年不再安排了？", projects=ENDED)
add("yoy_set", "2024年和2025年都安排了的项目有多少个？分别是哪些？", projects=RECUR, value=len(RECUR))
add("yoy_set", "两年都有的项目中，哪些项目2025年的财政资金比2024年增加了？",
    projects=[c for c in RECUR if PR[2025][c]["fiscal"] > PR[2024][c]["fiscal"]])
add("yoy_set", "哪些项目2024年有其他资金，2025年没有其他资金？",
    projects=[c for c in RECUR if PR[2024][c]["other"] > 0 and PR[2025][c]["other"] == 0])
growth = {c: (b[2025][c] - b[2024][c]) / b[2024][c] * 100 for c in RECUR}
top = max(RECUR, key=lambda c: growth[c])
add("yoy_set", "在两年都有的项目中，2025年预算增长幅度（百分比）最大的是哪个项目？增长了百分之几？",
    projects=[top], value=growth[top])
drop = {c: b[2024][c] - b[2025][c] for c in RECUR}
top = max(RECUR, key=lambda c: drop[c])
add("yoy_set", "两年都有的项目中，哪个项目2025年预算比2024年减少的金额最多？减少了多少万元？",
    projects=[top], value=drop[top])
add("yoy_set", "2025年新增项目的预算合计是多少万元？", projects=NEW, value=sum(b[2025][c] for c in NEW))
add("yoy_set", "2024年安排而2025年不再安排的项目，2024年预算合计是多少万元？",
    projects=ENDED, value=sum(b[2024][c] for c in ENDED))
add("yoy_set", "2025年新增项目的预算占2025年预算总额的百分之几？",
    projects=NEW, value=sum(b[2025][c] for c in NEW) / T25 * 100)

# ---- year over year: one project -----------------------------------------------------------------
add("yoy_project", "耕地保护补偿资金2024年和2025年的预算分别是多少？增长了百分之几？",
    projects=[B], value=growth[B], contains=[fmt(b[2024][B]), fmt(b[2025][B])])
add("yoy_project", "土地整治及耕地占补平衡项目2024年、2025年两年预算合计多少万元？",
    projects=[E], value=b[2024][E] + b[2025][E])
add("yoy_project", "国土空间规划编制经费2024年和2025年的预算分别是多少？",
    projects=[A], contains=[fmt(b[2024][A]), fmt(b[2025][A])])
add("yoy_project", "国土空间规划编制经费2025年预算比2024年下降了百分之几？",
    projects=[A], value=(b[2024][A] - b[2025][A]) / b[2024][A] * 100)
add("yoy_project", "耕地保护补偿资金比上年多了多少万元？", projects=[B], value=b[2025][B] - b[2024][B])
add("yoy_project", "机关运转经费比上年减少了多少万元？", projects=[I], value=b[2024][I] - b[2025][I])
add("yoy_project", "林长制及造林绿化资金的6月底累计支出计划，2024年和2025年分别是多少？",
    projects=[F], contains=[PR[2024][F]["plan"]["6月底"], PR[2025][F]["plan"]["6月底"]])

# ---- year over year: indicators --------------------------------------------------------------------
for c in (C, G):
    assert sat(2024, c) != sat(2025, c)
add("yoy_indicator", "不动产登记工作经费的办事群众满意度目标，2025年和2024年相比有没有变化？",
    projects=[C], contains=[bare(sat(2024, C)), bare(sat(2025, C))])
add("yoy_indicator", "测绘地理信息服务经费的满意度目标两年有没有变化？",
    projects=[G], contains=[bare(sat(2024, G)), bare(sat(2025, G))])
assert sat(2024, H) == sat(2025, H)
add("yoy_indicator", "自然资源执法监察经费2025年的群众满意度目标跟2024年比变了吗？",
    projects=[H], contains=[bare(sat(2025, H))])
add("yoy_indicator", "哪些项目2025年的满意度目标与2024年不一样？",
    projects=[c for c in RECUR if sat(2024, c) != sat(2025, c)])
add("yoy_indicator", "哪些项目的满意度目标比上年提高了？",
    projects=[c for c in RECUR if num(sat(2025, c)) > num(sat(2024, c))])
add("yoy_indicator", "2025年哪些项目的满意度目标比2024年下调了？",
    projects=[c for c in RECUR if num(sat(2025, c)) < num(sat(2024, c))])


def qty_changes(sign: int) -> list[str]:
    out = set()
    for c in RECUR:
        for i in PR[2025][c]["inds"]:
            if i["l2"] != "数量指标":
                continue
            old = [o for o in PR[2024][c]["inds"] if o["l3"] == i["l3"] and o["l2"] == "数量指标"]
            if not old:
                continue
            a, z = num(old[0]["val"]), num(i["val"])
            if (z - a) * sign > 0:
                out.add(c)
    return sorted(out)


add("yoy_indicator", "2025年哪些项目的数量指标目标值比2024年下调了？", projects=qty_changes(-1))
add("yoy_indicator", "2025年哪些项目的数量指标目标值比2024年提高了？", projects=qty_changes(+1))

removed = {c: [o["l3"] for o in PR[2024][c]["inds"] if o["l3"] not in {i["l3"] for i in PR[2025][c]["inds"]}]
           for c in RECUR}
removed = {c: v for c, v in removed.items() if v}
assert len(removed) == 1 and len(next(iter(removed.values()))) == 1
add("yoy_indicator", "2025年哪个项目取消了2024年设置的一项绩效指标？取消的是什么指标？",
    projects=list(removed), contains=next(iter(removed.values())))
added = {c: [i["l3"] for i in PR[2025][c]["inds"] if i["l3"] not in {o["l3"] for o in PR[2024][c]["inds"]}]
         for c in RECUR}
added = {c: v for c, v in added.items() if v}
assert len(added) == 1 and len(next(iter(added.values()))) == 1
add("yoy_indicator", "与2024年相比，2025年哪个项目新增了绩效指标？新增的是哪一项？",
    projects=list(added), contains=next(iter(added.values())))
add("yoy_indicator", "林长制及造林绿化资金的造林成活率目标，2024年和2025年分别是多少？",
    projects=[F], contains=[bare(ind(2024, F, "造林成活率")["val"]), bare(ind(2025, F, "造林成活率")["val"])])
add("yoy_indicator", "土地整治及耕地占补平衡项目2025年的新增耕地面积目标比2024年减少了多少亩？",
    projects=[E], value=num(ind(2024, E, "新增耕地面积")["val"]) - num(ind(2025, E, "新增耕地面积")["val"]))
add("yoy_indicator", "耕地保护补偿面积的目标2025年比2024年增加了多少亩？",
    projects=[B], value=num(ind(2025, B, "耕地保护补偿面积")["val"]) - num(ind(2024, B, "耕地保护补偿面积")["val"]))
add("yoy_indicator", "耕地保护补偿资金的资金拨付时间目标，2024年和2025年分别是什么？",
    projects=[B], contains=[ind(2024, B, "资金拨付时间")["val"], ind(2025, B, "资金拨付时间")["val"]])
k = l3_of(2025, H, "图斑核查数量")
add("yoy_indicator", "自然资源执法监察经费的卫片执法图斑核查数量目标比上年增加了多少个？",
    projects=[H], value=num(ind(2025, H, k)["val"]) - num(ind(2024, H, k)["val"]))
bases = {y: sorted({i["basis"] for i in PR[y][B]["inds"] if "冀财" in i["basis"]}) for y in YEARS}
assert len(bases[2024]) == 1 and len(bases[2025]) == 1
add("yoy_indicator", "耕地保护补偿资金的指标值确定依据，2024年和2025年分别引用了哪个文件？",
    projects=[B], contains=[bases[2024][0], bases[2025][0]])
k = l3_of(2025, A, "规划成果编制数量")
add("yoy_indicator", "国土空间规划编制经费的规划成果编制数量目标，2025年比上年是提高了还是降低了？",
    projects=[A], contains=[bare(ind(2024, A, k)["val"]), bare(ind(2025, A, k)["val"])])


def cost_cap_lower() -> list[str]:
    out = []
    for c in RECUR:
        a = [i for i in PR[2024][c]["inds"] if i["l2"] == "成本指标"]
        z = [i for i in PR[2025][c]["inds"] if i["l2"] == "成本指标"]
        assert len(a) == 1 and len(z) == 1 and a[0]["val"].startswith("≤") and z[0]["val"].startswith("≤")
        if num(z[0]["val"]) < num(a[0]["val"]):
            out.append(c)
    return out


add("yoy_indicator", "与2024年相比，2025年哪些项目成本指标的上限降低了？", projects=cost_cap_lower())

# ---- year over year: follow-ups ------------------------------------------------------------------
add("yoy_followup", "比上年多多少？", history=["2025年地质灾害防治资金的预算是多少？"],
    projects=[D], value=b[2025][D] - b[2024][D])
add("yoy_followup", "那2024年呢？", history=["2025年测绘地理信息服务经费的预算是多少？"],
    projects=[G], value=b[2024][G])
k = l3_of(2024, F, "造林面积")
add("yoy_followup", "2025年呢？", history=["2024年林长制及造林绿化资金的新增造林面积目标是多少？"],
    projects=[F], contains=[bare(ind(2025, F, k)["val"])])
add("yoy_followup", "比上年增长了百分之几？", history=["2025年不动产登记工作经费的预算是多少？"],
    projects=[C], value=growth[C])
add("yoy_followup", "两年合计呢？", history=["2025年自然资源执法监察经费的预算是多少？", "2024年呢？"],
    projects=[H], value=b[2024][H] + b[2025][H])
add("yoy_followup", "它的满意度目标比上年有变化吗？", history=["2025年耕地保护补偿资金的预算是多少？"],
    projects=[B], contains=[bare(sat(2024, B)), bare(sat(2025, B))])

n_yoy = len(Q)

# ---- lookups -----------------------------------------------------------------------------------------
add("lookup", "2024年历史遗留废弃矿山生态修复项目的财政资金和其他资金各是多少？",
    projects=[J], contains=[fmt(PR[2024][J]["fiscal"]), fmt(PR[2024][J]["other"])])
add("lookup", "2025年实景三维魏县建设项目的项目编码是什么？", projects=[L], contains=[L])
add("lookup", f"项目编码{K}对应的是什么项目？预算多少万元？", projects=[K], value=b[2024][K])
add("lookup", "2025年耕地保护补偿资金的农户满意度目标是多少？", projects=[B], contains=[bare(sat(2025, B))])
add("lookup", "不动产登记工作经费的预算是多少？", projects=[C], value=b[2025][C])
add("lookup", "实景三维魏县建设项目的成果质量合格率目标是多少？",
    projects=[L], contains=[ind(2025, L, "成果质量合格率")["val"]])
assert "苗木" in PR[2025][F]["use"]
add("lookup", "2025年林长制及造林绿化资金的资金用途是什么？", projects=[F], contains=["苗木"])

# ---- filters -----------------------------------------------------------------------------------------
add("filter", "2025年预算在200万元以上的项目有哪些？", projects=where(2025, lambda p: p["budget"] >= 200))
add("filter", "2024年预算低于100万元的项目有哪些？", projects=where(2024, lambda p: p["budget"] < 100))
add("filter", "2025年预算介于100万元和500万元之间的项目有哪些？",
    projects=where(2025, lambda p: 100 <= p["budget"] <= 500))
add("filter", "哪些项目有其他资金？", projects=where(2025, lambda p: p["other"] > 0))
add("filter", "2025年6月底累计支出进度不低于50%的项目有哪些？",
    projects=where(2025, lambda p: (cum(p, "6月底") or 0) >= 50 and cum(p, "6月底") is not None))
add("filter", "2025年哪些项目没有填写资金支出计划？",
    projects=where(2025, lambda p: not any(p["plan"].values())))
add("filter", "满意度目标低于90%的是哪个项目？", projects=where(2025, lambda p: num(sat(2025, p["code"])) < 90))
add("filter", "2025年哪些项目没有设置可持续影响指标？",
    projects=where(2025, lambda p: not any(i["l2"] == "可持续影响指标" for i in p["inds"])))

# ---- sums / counts / shares ------------------------------------------------------------------------
add("sum", "2025年部门预算总额是多少万元？", value=T25)
add("sum", "2024年预算总额是多少？", value=T24)
add("sum", "2025年财政资金合计多少万元？", value=total(2025, "fiscal"))
add("sum", "2025年耕地保护补偿资金到10月底计划累计支出多少万元？",
    projects=[B], value=b[2025][B] * cum(PR[2025][B], "10月底") / 100)
add("sum", "预算总额是多少？", value=T25)

add("count", "2025年共有多少个项目？", value=len(PR[2025]))
add("count", "2025年一共设置了多少条绩效指标？", value=sum(len(p["inds"]) for p in PR[2025].values()))
add("count", "2025年耕地保护补偿资金有几条绩效指标？", projects=[B], value=len(PR[2025][B]["inds"]))
add("count", "一共有几个项目？", value=len(PR[2025]))

add("share", "2025年耕地保护补偿资金占部门预算总额的比例是多少？", projects=[B], value=b[2025][B] / T25 * 100)
add("share", "2025年财政资金占预算总额的百分比是多少？", value=total(2025, "fiscal") / T25 * 100)
add("share", "耕地保护补偿资金和土地整治及耕地占补平衡项目合计占预算总额的比例是多少？",
    projects=[B, E], value=(b[2025][B] + b[2025][E]) / T25 * 100)

# ---- top-N / exclusions --------------------------------------------------------------------------------
rank25 = sorted(PR[2025], key=lambda c: -b[2025][c])
rank24 = sorted(PR[2024], key=lambda c: b[2024][c])
assert b[2025][rank25[2]] > b[2025][rank25[3]] and b[2024][rank24[1]] < b[2024][rank24[2]]
add("topn", "2025年预算最多的三个项目是哪些？", projects=rank25[:3])
add("topn", "2024年预算最少的两个项目是哪些？", projects=rank24[:2])
assert b[2025][rank25[-1]] < b[2025][rank25[-2]]
add("topn", "预算最少的项目是哪个？", projects=[rank25[-1]])

add("exclude", "2025年除了耕地保护补偿资金和土地整治及耕地占补平衡项目以外，其他项目的预算合计是多少？",
    value=T25 - b[2025][B] - b[2025][E])
add("exclude", "2025年除机关运转经费外，预算低于200万元的项目有哪些？",
    projects=[c for c in where(2025, lambda p: p["budget"] < 200) if c != I])

# ---- policy references ---------------------------------------------------------------------------------


def cites(y: int, text: str) -> list[str]:
    return where(y, lambda p: any(text in i["basis"] for i in p["inds"]))


add("policy", "引用资环45号文的是哪个项目？",
    projects=where(2025, lambda p: any("资环" in i["basis"] and "45号" in i["basis"] for i in p["inds"])))
add("policy", "2025年哪些项目依据了自然资发〔2023〕120号？", projects=cites(2025, "自然资发〔2023〕120号"))
add("policy", "2024年哪些项目引用了冀财资环【2023】88号？", projects=cites(2024, "冀财资环【2023】88号"))
add("policy", "两年中引用过自然资发120号文件的项目有哪些？",
    projects=sorted(set(cites(2024, "自然资发〔2023〕120号")) | set(cites(2025, "自然资发〔2023〕120号"))))
add("policy", "2025年哪些项目的指标值确定依据写的是上年完成情况？", projects=cites(2025, "上年完成情况"))
add("policy", "冀自然资规〔2024〕3号被哪些项目引用了？", projects=cites(2025, "冀自然资规〔2024〕3号"))

# ---- structure -----------------------------------------------------------------------------------------
units = {p["unit"] for y in YEARS for p in PR[y].values()}
assert len(units) == 1
add("structure", "这些绩效目标表的预算单位是哪个？", contains=[re.sub(r"^\d+|本级$", "", units.pop())])
p1 = DOCS[2025]["part1"]
start = [t for _, t in p1].index("二、分项绩效目标")
stop = [t for _, t in p1].index("三、工作保障措施")
heads = [t.lstrip("（一二三四五六七八九十）") for _, t in p1[start + 1:stop] if t.startswith("（")]
assert len(heads) == 4
add("structure", "2025年部门整体绩效目标分为哪几个方面的分项目标？", contains=heads)

# ---- nothing to find -------------------------------------------------------------------------------
add("notfound", "2023年耕地保护补偿资金的预算是多少？", found=False)
add("notfound", "2023年部门预算总额是多少万元？", found=False)
add("notfound", "魏县水利局2025年安排了哪些项目？", found=False)
add("notfound", "2025年城市更新改造项目的预算是多少？", found=False)
add("notfound", "2025年耕地保护补偿资金的绩效自评得分是多少？", found=False)
add("notfound", "2026年实景三维魏县建设项目的预算是多少？", found=False)
add("notfound", "2025年海域使用金项目的满意度目标是多少？", found=False)
add("notfound", "2025年不动产登记工作经费的项目负责人是谁？", found=False)
add("notfound", "魏县人力资源和社会保障局2025年的预算总额是多少？", found=False)
add("notfound", "2024年矿产资源储量调查项目有几条绩效指标？", found=False)

# ------------------------------------------------------------------------------------------ checks


def main() -> None:
    assert len(Q) == 100, len(Q)
    for r in Q:
        for c in r["expect"].get("projects", []):
            assert c in ALL_CODES, c
        for c in re.findall(r"13043425P\w{12}", r["question"]):
            assert c in ALL_CODES, c
        for s in r["expect"].get("contains", []):
            assert s, r
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in Q)
    OUT.write_text(text, encoding="utf-8")
    for line in OUT.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    kinds = Counter(r["kind"] for r in Q)
    unnamed = [r["id"] for r in Q if not re.search(r"20\d\d", r["question"] + "".join(r.get("history", [])))]
    print("projects per year:", {y: len(PR[y]) for y in YEARS})
    print("recurring/new/ended:", len(RECUR), len(NEW), len(ENDED))
    print("total budget:", {y: round(total(y), 2) for y in YEARS},
          "fiscal:", {y: round(total(y, 'fiscal'), 2) for y in YEARS},
          "other:", {y: round(total(y, 'other'), 2) for y in YEARS})
    print("indicators:", {y: sum(len(p['inds']) for p in PR[y].values()) for y in YEARS})
    print("lines:", len(Q), "year-over-year:", n_yoy)
    print("kinds:", dict(kinds))
    print("questions naming no year (incl. history):", len(unnamed), unnamed)
    print("sha256:", hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
