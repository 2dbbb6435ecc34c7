"""Write eval/dev/probe_v50.jsonl: 70 development questions, mostly about eval/dev/docs/yingji-2025.docx
(曲周县应急管理局 2025年部门项目支出绩效目标, written by make_yingji.py).

The wording of every question is hand-written below; every expected value, project set and count is computed
from the documents themselves, read with python-docx (the new document, the 魏县人社局 sample and
tests/data/other-department.docx). Nothing is typed in by hand except the question and, for lookups, the
short string that the answer must contain (checked against the document text before writing).

Stores:
  yingji         eval/dev/docs/yingji-2025.docx
  yingji_sample  eval/dev/docs/yingji-2025.docx + data/samples/weixian-rsj-2025-jixiao-mubiao.docx
  sample         data/samples/weixian-rsj-2025-jixiao-mubiao.docx
  other          tests/data/other-department.docx

Conventions (as in eval/heldout/README_v6.md): money in 万元 unless the question asks for 元; 以上/以下/不低于/
没超过/之间 include the bound, 未达到/低于/不足/过 exclude it; spending plans are cumulative (a blank after a
reached percentage keeps it); a plan given in amounts is read as those amounts; satisfaction filters use the
number of the 满意度指标 row and leave out projects without one; share/progress answers are percentage numbers;
per-unit answers divide the printed amount by the printed target number; "X是Y的几倍" is X ÷ Y. Count questions
about a filtered set, sums over a filtered set and two-project comparisons also expect the set in `projects`.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_yingji.py && /work/main/.venv/bin/python eval/dev/docs/make_probe_v50.py
"""
import json
import math
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[3]
YINGJI = ROOT / "eval/dev/docs/yingji-2025.docx"
SAMPLE = ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx"
OTHER = ROOT / "tests/data/other-department.docx"
OUT = ROOT / "eval/dev/probe_v50.jsonl"

STORES = {
    "yingji": [YINGJI],
    "yingji_sample": [YINGJI, SAMPLE],
    "sample": [SAMPLE],
    "other": [OTHER],
}


# ---------------------------------------------------------------- reading the documents

def blocks(path):
    doc = Document(path)
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            yield "p", Paragraph(el, doc)
        elif el.tag == qn("w:tbl"):
            yield "t", Table(el, doc)


def unique_cells(row):
    out, prev = [], None
    for c in row.cells:
        if c._tc is prev:
            continue
        prev = c._tc
        out.append(c.text.strip())
    return out


def label_map(table):
    """label -> value for side-by-side label/value cells, plus label rows followed by value rows."""
    m = {}
    rows = [unique_cells(r) for r in table.rows]
    for i, cells in enumerate(rows):
        for k in range(len(cells) - 1):
            m.setdefault(cells[k], cells[k + 1])
    return m, rows


def num(s):
    s = unicodedata.normalize("NFKC", s or "")
    mt = re.search(r"-?\d+(?:\.\d+)?", s.replace(",", ""))
    return Decimal(mt.group()) if mt else None


MONEY = {"资金总额": "total", "年度资金总额": "total", "其中：财政拨款": "fiscal", "其中：当年财政拨款": "fiscal",
         "其他资金": "other", "上年结转资金": "other", "预算数": "total", "其中：财政资金": "fiscal",
         "财政拨款": "fiscal"}


def read_yingji(path=YINGJI):
    projects, dept = [], {"text": []}
    cur, state, section = None, None, None
    for kind, b in blocks(path):
        if kind == "p":
            text = b.text.strip()
            style = b.style.name if b.style is not None else ""
            if style.startswith("Heading"):
                mt = re.match(r"（(\d+)）(.+)", text)
                if mt:
                    cur = dict(no=int(mt.group(1)), heading=mt.group(2), plan=None, plan_kind=None, rows=[])
                    projects.append(cur)
                    state = "header"
                else:
                    section = text
                continue
            if text:
                if cur is None:
                    dept["text"].append((section, text))
                mu = re.search(r"单位：(万元|元)", text)
                if mu and cur is not None and state == "header":
                    cur["unit"] = mu.group(1)
                if text.startswith("分季度资金支出计划"):
                    state = "plan"
                elif text == "绩效指标":
                    state = "ind"
            continue
        if cur is None:
            continue
        if state == "header":
            m, rows = label_map(b)
            cur["name"] = m["项目名称"]
            cur["code"] = m["项目编码"]
            cur["kind"] = m["项目类型"]
            cur["dept"] = m["主管部门"]
            cur["org"] = m["实施单位"]
            cur["attr"] = m["项目属性"]
            cur["period"] = m["实施期"]
            cur["use"] = m["项目主要内容及资金用途"]
            cur["goal"] = m["年度绩效目标"]
            money = {}
            for i, cells in enumerate(rows):
                labs = [c for c in cells if c in MONEY]
                if len(labs) >= 2:          # label row, values in the next row
                    for k, c in enumerate(cells):
                        if c in MONEY:
                            money[MONEY[c]] = num(rows[i + 1][k]) or Decimal(0)
                elif len(labs) == 1:
                    k = cells.index(labs[0])
                    money[MONEY[labs[0]]] = num(cells[k + 1]) or Decimal(0)
            cur["money_raw"] = money
            state = "after_header"
        elif state == "plan":
            rows = [unique_cells(r) for r in b.rows]
            hdr, vals = rows[0], rows[1]
            assert hdr[1:] == ["截至3月底", "截至6月底", "截至9月底", "截至12月底"], hdr
            cur["plan_kind"] = "pct" if "%" in "".join(vals) else "amt"
            cur["plan_raw"] = vals[1:]
            state = "after_plan"
        elif state == "ind":
            rows = [[c.text.strip() for c in r.cells] for r in b.rows]
            hdr = rows[0]
            col = {h: i for i, h in enumerate(hdr)}
            basis_col = next(i for i, h in enumerate(hdr) if "依据" in h)
            for r in rows[1:]:
                if r[0].startswith("分值合计"):
                    break
                cur["rows"].append(dict(l1=r[col["一级指标"]], l2=r[col["二级指标"]], l3=r[col["三级指标"]],
                                        value=r[col["指标值"]], score=num(r[col["分值"]]) if "分值" in col else None,
                                        basis=r[basis_col]))
            state = None
    for p in projects:
        scale = Decimal(10000) if p["unit"] == "元" else Decimal(1)
        p["total"] = p["money_raw"]["total"] / scale
        p["fiscal"] = p["money_raw"]["fiscal"] / scale
        p["other"] = p["money_raw"].get("other", Decimal(0)) / scale
        if p["plan_kind"] == "amt":
            p["plan"] = [num(v) / scale for v in p["plan_raw"]]
        elif p["plan_kind"] == "pct":
            p["plan"] = [num(v) / 100 * p["total"] for v in p["plan_raw"]]
        p["dept_name"] = "曲周县应急管理局"
    return projects, dept


def read_tabular(path, dept_name):
    """The sample and other-department layouts: a unit table, a header table with 项目编码, an indicator table."""
    projects, unit, cur = [], "万元", None
    for kind, b in blocks(path):
        if kind != "t":
            continue
        rows = [unique_cells(r) for r in b.rows]
        flat = "".join("".join(r) for r in rows)
        if len(rows) == 1 and "单位：" in flat and "项目编码" not in flat:
            unit = "元" if re.search(r"单位：元", flat) else "万元"
            continue
        if "项目编码" in flat:
            m, _ = label_map(b)
            cur = dict(code=m["项目编码"], name=m["项目名称"], unit=unit, rows=[], dept_name=dept_name, plan=None)
            money = {}
            for cells in rows:
                for k, c in enumerate(cells[:-1]):
                    if c.replace(" ", "") in MONEY:
                        money[MONEY[c.replace(" ", "")]] = num(cells[k + 1]) or Decimal(0)
            scale = Decimal(10000) if unit == "元" else Decimal(1)
            cur["total"] = money["total"] / scale
            cur["fiscal"] = money.get("fiscal", Decimal(0)) / scale
            for i, cells in enumerate(rows):
                if cells[0].startswith("资金支出计划") and "3月底" in cells:
                    vals = rows[i + 1][1:]
                    plan, last = [], Decimal(0)
                    for v in vals:
                        n = num(v)
                        last = n if n is not None else last
                        plan.append(last / 100 * cur["total"])
                    cur["plan"] = plan
                    cur["plan_cols"] = cells[1:]
            projects.append(cur)
            continue
        if rows and rows[0] and rows[0][0] == "一级指标" and cur is not None:
            hdr = [c.text.strip() for c in b.rows[0].cells]
            l3 = next(i for i, h in enumerate(hdr) if h in ("三级指标", "指标内容"))
            val = hdr.index("指标值")
            basis = next(i for i, h in enumerate(hdr) if "依据" in h or h == "备注")
            for r in b.rows[1:]:
                c = [x.text.strip() for x in r.cells]
                cur["rows"].append(dict(l1=c[0], l2=c[1], l3=c[l3], value=c[val], score=None, basis=c[basis]))
    return projects


def doc_text(path):
    parts = []
    for kind, b in blocks(path):
        if kind == "p":
            parts.append(b.text)
        else:
            for r in b.rows:
                parts.extend(c.text for c in r.cells)
    return "\n".join(parts)


Y, YDEPT = read_yingji()
S = read_tabular(SAMPLE, "魏县人力资源和社会保障局")
O = read_tabular(OTHER, "临漳县农业农村局")
TEXT = {p: doc_text(p) for p in (YINGJI, SAMPLE, OTHER)}


# ---------------------------------------------------------------- helpers over records

def P(n):
    """yingji project by its number in the document (1-based)."""
    p = Y[n - 1]
    assert p["no"] == n
    return p


def by_name(projects, name):
    hits = [p for p in projects if p["name"] == name]
    assert len(hits) == 1, (name, len(hits))
    return hits[0]


def codes(ps):
    return sorted(p["code"] for p in ps)


def sat(p):
    rows = [r for r in p["rows"] if r["l1"] == "满意度指标"]
    return num(rows[0]["value"]) if rows else None


def norm_ref(s):
    s = unicodedata.normalize("NFKC", s)
    for a in "〔【[(（":
        s = s.replace(a, "(")
    for a in "〕】])）":
        s = s.replace(a, ")")
    return s.replace(" ", "")


def refs_text(p):
    return norm_ref(p["name"] + "\n" + "\n".join(r["basis"] for r in p["rows"]))


def cites(p, ref):
    return norm_ref(ref) in refs_text(p)


def cites_law(p, short):
    """《安全生产法》 and 《中华人民共和国安全生产法》 are the same law."""
    t = refs_text(p)
    return f"《{short}》" in t or f"《中华人民共和国{short}》" in t


def row(p, l3_part):
    hits = [r for r in p["rows"] if l3_part in r["l3"]]
    assert len(hits) == 1, (p["name"], l3_part)
    return hits[0]


def deadline(s):
    mt = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    return (int(mt.group(1)), int(mt.group(2)), int(mt.group(3))) if mt else None


def f(x, nd=4):
    return float(round(Decimal(x), nd))


# ---------------------------------------------------------------- questions

QUESTIONS = []


def add(store, kind, question, projects=None, value=None, contains=None, found=None, history=None):
    expect = {}
    if found is False:
        expect["found"] = False
    else:
        if projects is not None:
            expect["projects"] = codes(projects)
        if value is not None:
            expect["value"] = f(value)
        if contains is not None:
            expect["contains"] = contains
    q = {"id": f"v50-{len(QUESTIONS) + 1:03d}", "question": question, "store": store, "kind": kind}
    if history:
        q["history"] = history
    q["expect"] = expect
    QUESTIONS.append(q)


def build_yingji():
    st = "yingji"
    all_p = Y
    with_sat = [p for p in all_p if sat(p) is not None]
    total = sum(p["total"] for p in all_p)
    fiscal = sum(p["fiscal"] for p in all_p)
    planned = [p for p in all_p if p["plan"] is not None]

    # thresholds in varied forms
    add(st, "threshold", "应急管理局这边，满意度目标定在九成及以上的项目都有哪些？",
        [p for p in with_sat if sat(p) >= 90])
    add(st, "threshold", "满意度指标值不低于95%的是哪几个项目？", [p for p in with_sat if sat(p) >= 95])
    add(st, "threshold", "哪些项目的满意度目标没达到90%？", [p for p in with_sat if sat(p) < 90])
    add(st, "threshold", "刚接手预算这块，想问下资金总额没超过200万元的项目有哪些？", [p for p in all_p if p["total"] <= 200])
    add(st, "range", "资金规模在100万到300万之间的项目是哪些？",
        [p for p in all_p if 100 <= p["total"] <= 300])
    big = [p for p in all_p if p["total"] > 300]
    add(st, "count", "资金总额过三百万的项目有几个？", big, value=len(big))
    add(st, "count", "今年应急管理局一共报了多少个项目？", value=len(all_p))

    # sums, means, shares, differences, ratios, per-unit
    add(st, "sum", "全局项目支出的资金总额合计是多少万元？", value=total)
    own = [p for p in all_p if p["org"] == "曲周县应急管理局（本级）"]
    add(st, "sum", "由局本级实施的那几个项目，资金加起来有多少？", own, value=sum(p["total"] for p in own))
    add(st, "mean", "评审要个数：设了满意度指标的项目，满意度目标平均是多少？",
        value=sum(sat(p) for p in with_sat) / len(with_sat))
    p2 = P(2)
    add(st, "share", "防汛抗旱应急物资储备经费占全部项目资金的百分之几？", [p2], value=p2["total"] / total * 100)
    p4, p5, p6, p7 = P(4), P(5), P(6), P(7)
    add(st, "difference", "综合应急救援队伍建设及装备购置比乡镇应急管理服务站规范化建设多花多少钱？",
        [p7, p4], value=p7["total"] - p4["total"])
    add(st, "ratio", "风险普查成果应用和灾害信息员补贴这个项目的钱，是宣传教育培训经费的几倍？",
        [p6, p5], value=p6["total"] / p5["total"])
    add(st, "per-unit", "宣传教育培训经费按培训人次摊下来，每人次大概多少元？", [p5],
        value=p5["money_raw"]["total"] / num(row(p5, "安全生产培训")["value"]))
    add(st, "per-head", "灾害信息员补贴那个项目，按信息员人数算人均多少元？", [p6],
        value=p6["total"] * 10000 / num(row(p6, "灾害信息员人数")["value"]))

    # spending plan
    add(st, "spending-plan", "截至6月底，防汛抗旱物资储备经费计划累计支出多少万元？", [p2], value=p2["plan"][1])
    add(st, "spending-plan", "乡镇（街道）应急管理服务站那个项目，到二季度末计划花出去多少钱？", [p4],
        value=p4["plan"][1])
    p1 = P(1)
    add(st, "spending-plan", "帮我算一下，安全生产监管执法专项经费到9月底累计支出进度应该是百分之多少？", [p1],
        value=p1["plan"][2] / p1["total"] * 100)
    add(st, "spending-plan", "有支出计划的项目，截至9月底计划累计支出合计多少万元？", planned,
        value=sum(p["plan"][2] for p in planned))
    add(st, "spending-plan-condition", "一季度末还没安排支出的项目有哪些？",
        [p for p in planned if p["plan"][0] == 0])
    add(st, "spending-plan-condition", "截至6月底计划支出进度能达到一半的项目有哪些？",
        [p for p in planned if p["plan"][1] / p["total"] >= Decimal("0.5")])

    # set logic
    add(st, "exclusion", "除了局本级自己实施的，剩下的项目都是哪些？",
        [p for p in all_p if p["org"] != "曲周县应急管理局（本级）"])
    add(st, "or", "引用了《中华人民共和国防洪法》或者《自然灾害救助条例》的项目有哪些？",
        [p for p in all_p if cites(p, "《中华人民共和国防洪法》") or cites(p, "《自然灾害救助条例》")])
    ranked = sorted(all_p, key=lambda p: p["total"], reverse=True)
    assert ranked[2]["total"] > ranked[3]["total"] and ranked[-2]["total"] < ranked[-3]["total"]
    add(st, "top-n", "资金总额排前三的项目是哪几个？", ranked[:3])
    add(st, "bottom-n", "钱最少的两个项目是哪两个？", ranked[-2:])

    # policy documents and laws
    add(st, "policy-ref", "冀应急〔2024〕17号文被哪些项目作为指标依据？",
        [p for p in all_p if cites(p, "冀应急〔2024〕17号")])
    add(st, "partial-ref", "哪些项目引用了邯应急字的文件？", [p for p in all_p if "邯应急字" in refs_text(p)])
    hits = [p for p in all_p if re.search(r"2025\)2号", refs_text(p))]
    assert len(hits) == 1
    add(st, "partial-ref", "2025年2号文对应的是哪个项目？", hits)
    add(st, "law", "哪些项目依据了安全生产法？", [p for p in all_p if cites_law(p, "安全生产法")])
    add(st, "law", "《河北省安全生产条例》被哪几个项目引用了？",
        [p for p in all_p if cites(p, "《河北省安全生产条例》")])
    p3 = P(3)
    assert "冀应急〔2024〕36号" in p3["name"]
    add(st, "lookup", "冀应急36号那笔补助资金，财政拨款是多少？", [p3], value=p3["fiscal"])

    # lookups
    assert "编织袋" in p2["use"]
    add(st, "lookup", "防汛抗旱应急物资储备经费的钱主要用在哪些方面？", [p2], contains=["编织袋"])
    p8 = P(8)
    assert "420" in p8["goal"]
    add(st, "lookup", "危化品和非煤矿山监测预警系统运维经费今年的年度绩效目标是什么？", [p8], contains=["420"])
    add(st, "lookup-unit", "乡镇（街道）应急管理服务站规范化建设项目的实施单位是谁？", [p4], contains=[p4["org"]])
    v = row(p1, "安全生产执法检查企业")["value"]
    assert "600" in v
    add(st, "lookup", "安全生产执法检查企业的目标是多少家次？", [p1], contains=["600"])
    add(st, "lookup-score", "冀应急〔2024〕36号补助资金项目里，“应急演练场次”这个指标占多少分？", [p3],
        value=row(p3, "应急演练场次")["score"])
    add(st, "filter", "哪些是今年新增的项目？", [p for p in all_p if p["attr"] == "新增项目"])

    # lacking, structure, rows
    add(st, "lacking", "哪个项目没有设置满意度指标？", [p for p in all_p if sat(p) is None])
    add(st, "lacking", "哪些项目没有编制分季度资金支出计划？", [p for p in all_p if p["plan"] is None])
    l1 = sorted({r["l1"] for p in all_p for r in p["rows"]})
    add(st, "structure", "这些绩效目标表里，一级指标分成哪几类？", contains=l1)
    add(st, "count-rows", "防汛抗旱应急物资储备经费一共设了多少条三级指标？", [p2], value=len(p2["rows"]))

    # department level
    duty = " ".join(t for s, t in YDEPT["text"] if s == "一、部门职责")
    assert "安全生产综合监督管理" in duty
    add(st, "descriptive", "应急管理局的部门职责主要是什么？", contains=["安全生产综合监督管理"])

    # follow-ups
    h1 = "综合应急救援队伍建设及装备购置的资金总额是多少？"
    add(st, "follow-up", "其中财政拨款是多少？", [p7], value=p7["fiscal"], history=[h1])
    dl = row(p7, "装备采购完成时间")["value"]
    assert dl.startswith("2025年9月30日")
    add(st, "follow-up", "那它的装备采购要求什么时候完成？", [p7], contains=["2025年9月30日"],
        history=[h1, "其中财政拨款是多少？"])
    s90 = [p for p in with_sat if sat(p) >= 90]
    add(st, "follow-up", "这几个项目的资金总额加起来是多少？", s90, value=sum(p["total"] for p in s90),
        history=["哪些项目的满意度目标在90%以上？"])
    h5 = [p for p in all_p if cites(p, "邯应急字〔2025〕5号")]
    top = max(h5, key=lambda p: p["total"])
    assert sorted(p["total"] for p in h5)[-2] < top["total"]
    add(st, "follow-up", "这些项目里资金最多的是哪个？", [top], history=["哪些项目引用了邯应急字〔2025〕5号？"])

    # nothing to find
    add(st, "not-found", "曲周县应急管理局2024年的项目支出预算是多少？", found=False)
    add(st, "not-found", "森林防灭火专项经费安排了多少钱？", found=False)
    add(st, "not-found", "冀应急〔2023〕17号被哪些项目引用？", found=False)
    add(st, "not-found", "邯应急字〔2024〕5号文件涉及哪些项目？", found=False)
    assert not any(cites(p, "冀应急〔2023〕17号") or cites(p, "邯应急字〔2024〕5号") for p in all_p)
    assert "森林" not in TEXT[YINGJI] and "2024年度" not in TEXT[YINGJI]


def build_yingji_sample():
    st = "yingji_sample"
    both = Y + S
    top = max(both, key=lambda p: p["total"])
    assert sorted(p["total"] for p in both)[-2] < top["total"]
    add(st, "top-n", "两个部门所有项目里，资金总额最大的是哪个项目？", [top])
    add(st, "count", "魏县人社局和曲周县应急管理局加起来一共有多少个项目？", value=len(both))
    add(st, "cross-department", "应急管理局的项目资金总额比人社局少多少万元？",
        value=sum(p["total"] for p in S) - sum(p["total"] for p in Y))
    add(st, "scoping", "只看曲周县应急管理局，满意度目标不低于95%的项目有哪些？",
        [p for p in Y if sat(p) is not None and sat(p) >= 95])
    add(st, "threshold", "两个部门中资金总额不足100万元的项目有哪些？", [p for p in both if p["total"] < 100])
    add(st, "or", "引用了冀应急〔2024〕17号或者冀财社【2024】136号的项目都有哪些？",
        [p for p in both if cites(p, "冀应急〔2024〕17号") or cites(p, "冀财社〔2024〕136号")])
    add(st, "sum", "魏县人社局和曲周县应急管理局的财政拨款（财政资金）合计一共多少万元？",
        value=sum(p["fiscal"] for p in both))
    add(st, "not-found", "魏县应急管理局的救援装备购置经费是多少？", found=False)
    assert "魏县应急管理局" not in TEXT[YINGJI] + TEXT[SAMPLE]


def build_sample():
    st = "sample"
    p = by_name(S, "2025年创业扶持资金")
    assert sat(p) == 90
    add(st, "lookup", "创业扶持资金的满意度目标是多少？", [p], contains=["90%"])
    big = [p for p in S if p["total"] >= 500]
    add(st, "count", "资金总额500万元及以上的项目有几个？", big, value=len(big))
    p = by_name(S, "公共实训基地县级配套")
    assert p["plan_cols"][2] == "10月底"
    add(st, "spending-plan", "公共实训基地县级配套截至10月底计划支出多少万元？", [p], value=p["plan"][2])
    add(st, "partial-ref", "哪些项目的指标依据引用了邯银发的文件？", [p for p in S if "邯银发" in refs_text(p)])
    p = by_name(S, "县级离退休老干部春节慰问及实职副科以上干部去世慰问资金")
    assert row(p, "慰问完成时间")["value"].startswith("2025年1月28日")
    add(st, "lookup", "县级离退休老干部慰问资金要求在什么时间前完成慰问？", [p], contains=["2025年1月28日"])
    add(st, "not-found", "魏县人社局2023年的劳务派遣人员工资预算是多少？", found=False)


def build_other():
    st = "other"
    add(st, "lacking", "临漳县农业农村局哪些项目填了资金支出计划？", [p for p in O if p["plan"] is not None])
    p = by_name(O, "农业综合行政执法工作经费")
    assert p["unit"] == "元"
    add(st, "lookup", "农业综合行政执法工作经费是多少万元？", [p], value=p["total"])
    add(st, "policy-ref", "哪些项目引用了邯财农〔2024〕18号？", [p for p in O if cites(p, "邯财农〔2024〕18号")])
    add(st, "threshold", "满意度目标不低于95%的项目有哪些？",
        [p for p in O if sat(p) is not None and sat(p) >= 95])
    p = by_name(O, "高素质农民培育项目")
    add(st, "per-head", "高素质农民培育项目按培育人数算，人均多少元？", [p],
        value=p["total"] * 10000 / num(row(p, "培育高素质农民人数")["value"]))
    add(st, "not-found", "临漳县农业农村局2024年高标准农田建设县级配套资金是多少？", found=False)


# ---------------------------------------------------------------- checks and output

def validate():
    ids = [q["id"] for q in QUESTIONS]
    assert len(ids) == len(set(ids)) == 70, len(ids)
    store_codes = {s: set() for s in STORES}
    store_text = {s: "\n".join(TEXT[p] for p in paths) for s, paths in STORES.items()}
    for s, paths in STORES.items():
        for p in paths:
            recs = Y if p == YINGJI else S if p == SAMPLE else O
            store_codes[s] |= {r["code"] for r in recs}
    for q in QUESTIONS:
        e = q["expect"]
        assert q["store"] in STORES
        assert set(e) <= {"projects", "value", "contains", "found"}, q
        if "found" in e:
            assert e == {"found": False}, q
        else:
            assert e, q
        for c in e.get("projects", []):
            assert c in store_codes[q["store"]] and c in store_text[q["store"]], (q["id"], c)
        if "projects" in e:
            assert e["projects"], q
        if "value" in e:
            assert math.isfinite(e["value"]), q
        for c in e.get("contains", []):
            assert c in store_text[q["store"]], (q["id"], c)
    # the new document's money facts
    for p in Y:
        assert p["total"] == p["fiscal"] + p["other"], p["name"]
        cost = [r for r in p["rows"] if r["l2"] == "成本指标"]
        assert len(cost) == 1 and num(cost[0]["value"]) == p["money_raw"]["total"], p["name"]
        assert p["name"] in TEXT[YINGJI] and p["name"] == p["heading"]
        assert 8 <= len(p["rows"]) <= 12
    tot = sum(p["total"] for p in Y)
    assert f"{tot:.2f}万元" in TEXT[YINGJI]
    n = sum(1 for q in QUESTIONS if q["expect"].get("found") is False)
    assert n == 7, n
    for line in OUT.read_text(encoding="utf-8").splitlines():
        json.loads(line)


def main():
    build_yingji()
    build_yingji_sample()
    build_sample()
    build_other()
    with OUT.open("w", encoding="utf-8") as fh:
        for q in QUESTIONS:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    validate()
    from collections import Counter
    print(OUT, len(QUESTIONS), dict(Counter(q["store"] for q in QUESTIONS)))


if __name__ == "__main__":
    main()
