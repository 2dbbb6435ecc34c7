"""Compute eval/dev/probe_v22.jsonl from the .docx files themselves.

Every expected value, project set and count is computed from the tables read back with python-docx from
  * eval/dev/docs/minzheng-2025.docx               (store "minzheng": 魏县民政局 only)
  * data/samples/weixian-rsj-2025-jixiao-mubiao.docx (+ the above: store "sample_minzheng")
Strings used in `contains` are either read from the documents or asserted to occur in the field they quote.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v22.py
"""
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
MZ_DOC = HERE / "minzheng-2025.docx"
SAMPLE_DOC = ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.docx"
OUT = HERE.parent / "probe_v22.jsonl"

MONTHS = ("3月底", "6月底", "10月底", "12月底")


# ============================================================ parsing (by header words)
@dataclass
class Ind:
    l1: str
    l2: str
    l3: str
    desc: str
    value: str
    basis: str


@dataclass
class Proj:
    dept: str
    code: str = ""
    name: str = ""
    budget: float = 0.0
    fiscal: float = 0.0
    other: float = 0.0
    use: str = ""
    goal: str = ""
    plan: dict = field(default_factory=dict)   # month -> raw cell text
    inds: list = field(default_factory=list)


@dataclass
class DocData:
    dept: str
    projects: list
    prose: list       # (style, text) before 第二部分
    all_text: str


def _num(s):
    s = (s or "").replace(",", "").strip()
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    return float(m.group()) if m else None


def _money(s):
    v = _num(s)
    return 0.0 if v is None else v


def _distinct(row):
    out, prev = [], None
    for c in row.cells:
        if prev is None or c._tc is not prev:
            out.append(c)
        prev = c._tc
    return out


def parse(path):
    doc = Document(str(path))
    dept, projects, prose, texts = None, [], [], []
    in_projects = False
    cur = None
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            p = Paragraph(el, doc)
            texts.append(p.text)
            if p.text.startswith("第二部分"):
                in_projects = True
            if not in_projects and p.text.strip():
                prose.append((p.style.name, p.text.strip()))
            continue
        if el.tag != qn("w:tbl"):
            continue
        t = Table(el, doc)
        rows = [[c.text.strip() for c in _distinct(r)] for r in t.rows]
        for r in rows:
            texts.extend(r)
        if len(rows) == 1 and any("单位" in x for x in rows[0]):
            dept = re.sub(r"^\d+", "", rows[0][0])
            dept = dept[:-2] if dept.endswith("本级") else dept
            continue
        if rows[0][0] == "项目编码":
            cur = Proj(dept=dept)
            projects.append(cur)
            for i, r in enumerate(rows):
                for j, x in enumerate(r):
                    nxt = r[j + 1] if j + 1 < len(r) else ""
                    if x == "项目编码":
                        cur.code = nxt
                    elif x == "项目名称":
                        cur.name = nxt
                    elif x == "预算数":
                        cur.budget = _money(nxt)
                    elif "财政资金" in x:
                        cur.fiscal = _money(nxt)
                    elif x == "其他资金":
                        cur.other = _money(nxt)
                if r[0] == "绩效目标":
                    cur.goal = r[1]
                if r[0].startswith("预算规模") and "预算数" not in r:
                    cur.use = r[-1]
                if "3月底" in r:
                    vals = rows[i + 1]
                    assert len(vals) == len(r)
                    for lab, v in zip(r, vals):
                        if lab in MONTHS:
                            cur.plan[lab] = v
            continue
        if rows[0][0] == "一级指标":
            head = [c.text.strip() for c in t.rows[0].cells]
            col = {}
            for k, h in enumerate(head):
                for key, words in (("l1", ("一级指标",)), ("l2", ("二级指标",)), ("l3", ("三级指标",)),
                                   ("desc", ("描述", "解释")), ("value", ("指标值",)), ("basis", ("依据",))):
                    if any(w in h for w in words) and key not in col and not (key == "value" and "依据" in h):
                        col[key] = k
            assert len(col) == 6, head
            for r in t.rows[1:]:
                cells = [c.text.strip() for c in r.cells]
                cur.inds.append(Ind(**{k: cells[v] for k, v in col.items()}))
    depts = {p.dept for p in projects}
    assert len(depts) == 1, depts
    return DocData(dept=depts.pop(), projects=projects, prose=prose, all_text="\n".join(texts))


# ============================================================ helpers over parsed data
def pct_at(p, month):
    """Cumulative spending-plan percentage at `month` (a blank keeps the last reached value)."""
    last = 0.0
    for m in MONTHS:
        v = _num(p.plan.get(m, ""))
        if v is not None:
            last = v
        if m == month:
            return last
    raise KeyError(month)


def sat(p):
    rows = [i for i in p.inds if i.l1.startswith("满意度")]
    assert len(rows) == 1, (p.name, rows)
    return _num(rows[0].value)


def has_l2(p, word):
    return any(word in i.l2 for i in p.inds)


def cites(p, ref):
    return any(ref in i.basis for i in p.inds)


def cost_wan(p):
    return [_num(i.value) for i in p.inds if i.l2 == "成本指标" and i.value.endswith("万元")]


def ind(p, l3):
    rows = [i for i in p.inds if i.l3 == l3]
    assert len(rows) == 1, (p.name, l3)
    return rows[0]


def core(v):
    return re.sub(r"^[≥≤<>＞＜=]+", "", v)


def frag(text, piece):
    assert piece in text, (piece, text)
    return piece


def codes(ps):
    return sorted(p.code for p in ps)


def E(projects=None, value=None, contains=None):
    e = {}
    if projects is not None:
        ps = list(projects)
        if not ps:
            return {"found": False}
        e["projects"] = codes(ps)
    if value is not None:
        e["value"] = round(float(value), 4)
    if contains:
        e["contains"] = list(contains)
    return e


def NOTFOUND(*texts_absent):
    def fn(C):
        for t in texts_absent:
            assert t not in C.text, t
        return {"found": False}
    return fn


class Ctx:
    def __init__(self, docs):
        self.docs = docs
        self.P = [p for d in docs for p in d.projects]
        self.text = "\n".join(d.all_text for d in docs)

    def dept(self, word):
        return [p for p in self.P if word in p.dept]

    def one(self, word, dept=None):
        ps = [p for p in self.P if word in p.name and (dept is None or dept in p.dept)]
        assert len(ps) == 1, (word, [p.name for p in ps])
        return ps[0]

    def prose_section(self, doc_word, heading_word):
        d = [d for d in self.docs if doc_word in d.dept][0]
        out, on = [], False
        for style, text in d.prose:
            if style.startswith("Heading"):
                on = heading_word in text
                continue
            if on:
                out.append(text)
        assert out, heading_word
        return "\n".join(out)


MZ = "民政"
RS = "人力资源"


# ============================================================ questions
# (store, kind, question, fn(C) -> expect, history)
Q = []


def q(store, kind, question, fn, history=None):
    Q.append((store, kind, question, fn, history))


M = "minzheng"
B = "sample_minzheng"

# ---- lookups
q(M, "lookup", "魏县民政局今年城乡低保资金的预算数是多少？",
  lambda C: E([C.one("最低生活保障")], C.one("最低生活保障").budget))
q(M, "lookup", "居家和社区养老服务能力提升项目的其他资金是多少？",
  lambda C: E([C.one("养老服务")], C.one("养老服务").other))
q(M, "lookup", "婚姻登记服务经费一共多少元？",
  lambda C: E([C.one("婚姻登记")], C.one("婚姻登记").budget * 10000))
q(M, "descriptive", "临时救助资金主要用在哪些方面？",
  lambda C: E([C.one("临时救助")], contains=[frag(C.one("临时救助").use, "急难型"), frag(C.one("临时救助").use, "支出型")]))
q(M, "descriptive", "高龄津贴这个项目的绩效目标是怎么定的？",
  lambda C: E([C.one("高龄津贴")], contains=[frag(C.one("高龄津贴").goal, "80周岁"), frag(C.one("高龄津贴").goal, "16300")]))
q(M, "lookup", "殡葬那个项目的项目编码是多少？",
  lambda C: E([C.one("殡葬")], contains=[C.one("殡葬").code]))
q(M, "lookup", "低保对象满意度的目标值是多少？",
  lambda C: E([C.one("最低生活保障")], contains=[core(ind(C.one("最低生活保障"), "低保对象满意度").value)]))
q(M, "lookup", "农村低保保障标准定的是多少？",
  lambda C: E([C.one("最低生活保障")], contains=[re.search(r"\d+元", ind(C.one("最低生活保障"), "农村低保保障标准").value).group()]))
q(M, "policy_ref", "高龄津贴发放准确率这条指标的确定依据是什么文件？",
  lambda C: E([C.one("高龄津贴")], contains=list(re.match(r"^(.+?)[〔【\[（(]\d{4}[〕】\]）)](\d+号)",
                                                          ind(C.one("高龄津贴"), "高龄津贴发放准确率").basis).groups())))

# ---- spending plan
q(M, "spending_plan", "孤儿及事实无人抚养儿童基本生活保障资金6月底的计划支出进度是多少？",
  lambda C: E([C.one("孤儿")], contains=[f"{pct_at(C.one('孤儿'), '6月底'):g}%"]))
q(M, "spending_plan", "高龄津贴到10月底应累计支出多少钱？",
  lambda C: E([C.one("高龄津贴")], C.one("高龄津贴").budget * pct_at(C.one("高龄津贴"), "10月底") / 100))
q(M, "spending_plan", "3月底支出进度计划达到30%及以上的项目有哪些？",
  lambda C: E([p for p in C.P if pct_at(p, "3月底") >= 30]))
q(M, "spending_plan", "到6月底计划支出比例还不到一半的项目是哪些？",
  lambda C: E([p for p in C.P if pct_at(p, "6月底") < 50]))
q(M, "spending_plan", "按资金支出计划，到3月底全局各项目累计应支出多少万元？",
  lambda C: E(value=sum(p.budget * pct_at(p, "3月底") / 100 for p in C.P)))

# ---- thresholds
q(M, "threshold", "预算不低于980万元的项目有哪些？",
  lambda C: E([p for p in C.P if p.budget >= 980]))
q(M, "count", "预算低于100万元的项目有几个？分别是哪些？",
  lambda C: E([p for p in C.P if p.budget < 100], len([p for p in C.P if p.budget < 100])))
q(M, "threshold", "预算数在200万元到500万元之间的项目有哪些？",
  lambda C: E([p for p in C.P if 200 <= p.budget <= 500]))
q(M, "threshold", "预算没超过120万元的项目有哪些？",
  lambda C: E([p for p in C.P if p.budget <= 120]))
q(M, "threshold", "财政资金不足300万元的项目有哪些？",
  lambda C: E([p for p in C.P if p.fiscal < 300]))
q(M, "threshold", "预算过两千万的项目有哪些？",
  lambda C: E([p for p in C.P if p.budget > 2000]))
q(M, "threshold", "满意度目标在95%及以上的项目有哪些？",
  lambda C: E([p for p in C.P if sat(p) >= 95]))
q(M, "count", "满意度指标要求低于95%的项目有几个？",
  lambda C: E(value=len([p for p in C.P if sat(p) < 95])))

# ---- aggregates
q(M, "aggregate", "民政局所有项目的预算合计是多少万元？",
  lambda C: E(value=sum(p.budget for p in C.P)))
q(M, "aggregate", "低保、特困供养、临时救助这三个社会救助项目预算一共多少？",
  lambda C: E([C.one("最低生活保障"), C.one("特困"), C.one("临时救助")],
              sum(p.budget for p in (C.one("最低生活保障"), C.one("特困"), C.one("临时救助")))))
q(M, "aggregate", "预算500万元以下的项目平均预算是多少？",
  lambda C: E(value=sum(p.budget for p in C.P if p.budget <= 500) / len([p for p in C.P if p.budget <= 500])))

# ---- counts
q(M, "count", "这份民政局的绩效目标表一共包含多少个项目？",
  lambda C: E(value=len(C.P)))
q(M, "count", "民政局所有项目一共设置了多少条绩效指标？",
  lambda C: E(value=sum(len(p.inds) for p in C.P)))
q(M, "count", "困难残疾人两项补贴项目设了几条指标？",
  lambda C: E([C.one("残疾人")], len(C.one("残疾人").inds)))
q(M, "count", "全部项目里时效指标一共有多少条？",
  lambda C: E(value=sum(1 for p in C.P for i in p.inds if i.l2 == "时效指标")))

# ---- shares
q(M, "share", "城乡低保资金占民政局全部项目预算的百分之多少？",
  lambda C: E([C.one("最低生活保障")], C.one("最低生活保障").budget / sum(p.budget for p in C.P) * 100))
q(M, "share", "特困供养资金中财政资金所占比例是多少（按百分比）？",
  lambda C: E([C.one("特困")], C.one("特困").fiscal / C.one("特困").budget * 100))
q(M, "topn", "其他资金占项目预算比例最高的是哪个项目？",
  lambda C: E([max(C.P, key=lambda p: p.other / p.budget)]))

# ---- differences / ratios
q(M, "diff_ratio", "低保资金比特困供养资金多多少万元？",
  lambda C: E([C.one("最低生活保障"), C.one("特困")], C.one("最低生活保障").budget - C.one("特困").budget))
q(M, "diff_ratio", "残疾人两项补贴的预算是高龄津贴的多少倍？",
  lambda C: E([C.one("残疾人"), C.one("高龄津贴")], C.one("残疾人").budget / C.one("高龄津贴").budget))
q(M, "diff_ratio", "孤儿保障资金和临时救助资金相比，哪个预算多？多多少？",
  lambda C: E([C.one("孤儿"), C.one("临时救助")], abs(C.one("孤儿").budget - C.one("临时救助").budget)))

# ---- per head
q(M, "per_head", "高龄津贴按享受津贴的老年人数平均，每人一年大约多少元？",
  lambda C: E([C.one("高龄津贴")], C.one("高龄津贴").budget * 10000 / _num(ind(C.one("高龄津贴"), "享受高龄津贴老年人数").value)))
q(M, "per_head", "特困供养资金按救助供养人数算，人均多少元？",
  lambda C: E([C.one("特困")], C.one("特困").budget * 10000 / _num(ind(C.one("特困"), "特困人员救助供养人数").value)))
q(M, "per_head", "殡葬补贴项目的预算按享受补贴人数分摊，每人多少元？",
  lambda C: E([C.one("殡葬")], C.one("殡葬").budget * 10000 / _num(ind(C.one("殡葬"), "享受基本殡葬服务补贴人数").value)))

# ---- top / bottom N
q(M, "topn", "预算最多的三个项目是哪几个？",
  lambda C: E(sorted(C.P, key=lambda p: -p.budget)[:3]))
q(M, "topn", "预算最少的两个项目是哪两个？",
  lambda C: E(sorted(C.P, key=lambda p: p.budget)[:2]))
q(M, "topn", "预算排第二位的是哪个项目，预算多少？",
  lambda C: E([sorted(C.P, key=lambda p: -p.budget)[1]], sorted(C.P, key=lambda p: -p.budget)[1].budget))

# ---- exclusions / OR
q(M, "exclusion", "除了低保和特困供养以外，其余项目的预算合计是多少？",
  lambda C: E(value=sum(p.budget for p in C.P if p not in (C.one("最低生活保障"), C.one("特困")))))
q(M, "exclusion", "除了低保、特困、临时救助和孤儿保障这几个救助类项目，预算超过200万元的还有哪些？",
  lambda C: E([p for p in C.P if p.budget > 200 and p not in (C.one("最低生活保障"), C.one("特困"), C.one("临时救助"), C.one("孤儿"))]))
q(M, "or_condition", "有其他资金或者预算超过2000万元的项目有哪些？",
  lambda C: E([p for p in C.P if p.other > 0 or p.budget > 2000]))
q(M, "or_condition", "哪些项目的指标依据引用了冀民〔2021〕76号或者冀民规〔2023〕3号？",
  lambda C: E([p for p in C.P if cites(p, "冀民〔2021〕76号") or cites(p, "冀民规〔2023〕3号")]))

# ---- missing indicator kinds
q(M, "missing_indicator", "哪些项目没有设置时效指标？",
  lambda C: E([p for p in C.P if not has_l2(p, "时效")]))
q(M, "missing_indicator", "没有可持续影响指标的项目有哪些？",
  lambda C: E([p for p in C.P if not has_l2(p, "可持续影响")]))
q(M, "missing_indicator", "有没有项目没设成本指标？是哪个？",
  lambda C: E([p for p in C.P if not has_l2(p, "成本")]))

# ---- policy references
q(M, "policy_ref", "哪些项目引用了冀财社【2024】120号？",
  lambda C: E([p for p in C.P if cites(p, "冀财社【2024】120号")]))


def _q35(C):
    part = [p for p in C.P if cites(p, "35号")]
    full = [p for p in C.P if cites(p, "冀民〔2024〕35号")]
    assert part == full
    return E(part)


q(M, "policy_ref", "35号文被哪些项目作为指标依据？", _q35)
q(M, "policy_ref", "以民发〔2023〕10号为依据的指标有几条？",
  lambda C: E(value=sum(1 for p in C.P for i in p.inds if "民发〔2023〕10号" in i.basis)))
q(M, "policy_ref", "冀民〔2021〕76号是哪个项目的指标依据？",
  lambda C: E([p for p in C.P if cites(p, "冀民〔2021〕76号")]))

# ---- reviewer checks
q(M, "inconsistency", "财政资金加其他资金和预算数对不上的项目有哪些？",
  lambda C: E([p for p in C.P if abs(p.fiscal + p.other - p.budget) > 0.005]))
q(M, "inconsistency", "有没有哪个项目的成本指标金额比预算数还大？",
  lambda C: E([p for p in C.P if any(v > p.budget for v in cost_wan(p))]))

# ---- structural / descriptive
q(M, "structural", "资金支出计划是按哪几个时间节点填报的？",
  lambda C: E(contains=[m for m in MONTHS if all(m in p.plan for p in C.P)]))
q(M, "structural", "效益指标下面分了哪几类二级指标？",
  lambda C: E(contains=sorted({i.l2 for p in C.P for i in p.inds if i.l1 == "效益指标"})))
q(M, "descriptive", "民政局2025年的总体绩效目标是什么？",
  lambda C: E(contains=[frag(C.prose_section(MZ, "总体绩效目标"), w) for w in ("基本民生保障", "基层社会治理", "基本社会服务")]))
q(M, "descriptive", "民政局的工作保障措施包括哪些方面？",
  lambda C: E(contains=[frag(C.prose_section(MZ, "工作保障措施"), w) for w in ("组织领导", "资金监管", "绩效运行监控", "信息公开")]))

# ---- follow-ups
q(M, "followup", "它的社会散居孤儿保障标准是多少？",
  lambda C: E([C.one("孤儿")], contains=[re.search(r"\d+元", ind(C.one("孤儿"), "社会散居孤儿保障标准").value).group()]),
  history=["孤儿及事实无人抚养儿童基本生活保障资金的预算是多少？"])
q(M, "followup", "这个项目到6月底计划支出多少万元？",
  lambda C: E([max(C.P, key=lambda p: p.budget)],
              max(C.P, key=lambda p: p.budget).budget * pct_at(max(C.P, key=lambda p: p.budget), "6月底") / 100),
  history=["民政局预算最多的项目是哪个？"])
q(M, "followup", "这些项目的其他资金合计是多少？",
  lambda C: E([p for p in C.P if p.other > 0], sum(p.other for p in C.P)),
  history=["哪些项目有其他资金？"])
q(M, "followup", "那残疾人两项补贴呢？",
  lambda C: E([C.one("残疾人")], C.one("残疾人").budget),
  history=["高龄津贴的预算是多少？"])
q(M, "followup", "其他资金呢？",
  lambda C: E([C.one("临时救助")], C.one("临时救助").other),
  history=["临时救助资金的预算是多少？", "其中财政资金多少？"])

# ---- nothing to find
q(M, "not_found", "城乡医疗救助资金安排了多少预算？", NOTFOUND("医疗救助"))
q(M, "not_found", "退役军人优抚补助项目的绩效目标是什么？", NOTFOUND("退役军人", "优抚"))
q(M, "not_found", "有没有项目引用冀民〔2022〕99号文件？", NOTFOUND("99号"))
q(M, "not_found", "预算超过1亿元的项目有哪些？", lambda C: E([p for p in C.P if p.budget > 10000]))
q(M, "not_found", "流浪乞讨人员救助管理经费的支出计划是怎样的？", NOTFOUND("流浪", "乞讨"))
q(M, "not_found", "满意度要求达到100%的项目有哪些？", lambda C: E([p for p in C.P if sat(p) >= 100]))
q(M, "not_found", "地名普查经费预算多少？", NOTFOUND("地名"))

# ============================================================ sample + minzheng in one store
q(B, "cross_dept", "人社局和民政局两个部门一共有多少个项目？",
  lambda C: E(value=len(C.P)))
q(B, "cross_dept", "两个部门的项目预算加起来总共多少万元？",
  lambda C: E(value=sum(p.budget for p in C.P)))
q(B, "cross_dept", "人社局项目预算总额比民政局多多少万元？",
  lambda C: E(value=sum(p.budget for p in C.dept(RS)) - sum(p.budget for p in C.dept(MZ))))
q(B, "topn", "两个部门所有项目中预算最大的是哪个？",
  lambda C: E([max(C.P, key=lambda p: p.budget)]))
q(B, "threshold", "两个部门中预算超过5000万元的项目有哪些？",
  lambda C: E([p for p in C.P if p.budget > 5000]))
q(B, "threshold", "民政局有哪些项目安排了其他资金？",
  lambda C: E([p for p in C.dept(MZ) if p.other > 0]))
q(B, "threshold", "两个部门里满意度目标低于90%的项目有哪些？",
  lambda C: E([p for p in C.P if sat(p) < 90]))
q(B, "inconsistency", "两份文件中，成本指标金额超过预算数的项目有哪些？",
  lambda C: E([p for p in C.P if any(v > p.budget for v in cost_wan(p))]))
q(B, "count", "两份文件一共有多少条绩效指标？",
  lambda C: E(value=sum(len(p.inds) for p in C.P)))
q(B, "policy_ref", "指标值确定依据中写了冀财社文号的项目有哪些？",
  lambda C: E([p for p in C.P if cites(p, "冀财社")]))
q(B, "cross_dept", "民政局预算最大的项目比人社局预算最大的项目少多少万元？",
  lambda C: E([max(C.dept(MZ), key=lambda p: p.budget), max(C.dept(RS), key=lambda p: p.budget)],
              max(p.budget for p in C.dept(RS)) - max(p.budget for p in C.dept(MZ))))
q(B, "missing_indicator", "两个部门中没有设置时效指标的项目有哪些？",
  lambda C: E([p for p in C.P if not has_l2(p, "时效")]))
q(B, "aggregate", "民政局项目的平均预算是多少？",
  lambda C: E(value=sum(p.budget for p in C.dept(MZ)) / len(C.dept(MZ))))
q(B, "cross_dept", "人社局的项目比民政局多几个？",
  lambda C: E(value=len(C.dept(RS)) - len(C.dept(MZ))))
q(B, "threshold", "两个部门中预算在100万到200万元之间的项目有哪些？",
  lambda C: E([p for p in C.P if 100 <= p.budget <= 200]))
q(B, "spending_plan", "两个部门中3月底支出计划就达到100%的项目有哪些？",
  lambda C: E([p for p in C.P if pct_at(p, "3月底") >= 100]))
q(B, "policy_ref", "依据“上年度完成情况”确定指标值的项目有哪些？",
  lambda C: E([p for p in C.P if cites(p, "上年度完成情况")]))
q(B, "threshold", "两个部门中预算不超过10万元的项目有哪些？",
  lambda C: E([p for p in C.P if p.budget <= 10]))
q(B, "lookup", "民政局婚姻登记服务经费的预算是多少？",
  lambda C: E([C.one("婚姻登记")], C.one("婚姻登记").budget))
q(B, "cross_dept", "人社局的社会保障工作经费和民政局的民政工作经费哪个多？多多少？",
  lambda C: E([C.one("社会保障工作经费"), C.one("民政工作经费")],
              abs(C.one("社会保障工作经费").budget - C.one("民政工作经费").budget)))
q(B, "threshold", "满意度目标达到98%或以上的项目有哪些？",
  lambda C: E([p for p in C.P if sat(p) >= 98]))
q(B, "aggregate", "两个部门的财政资金合计是多少？",
  lambda C: E(value=sum(p.fiscal for p in C.P)))
q(B, "share", "民政局预算占两个部门合计预算的百分之多少？",
  lambda C: E(value=sum(p.budget for p in C.dept(MZ)) / sum(p.budget for p in C.P) * 100))
q(B, "topn", "两份文件中指标条数最多的项目有哪些？",
  lambda C: E([p for p in C.P if len(p.inds) == max(len(x.inds) for x in C.P)]))
q(B, "topn", "民政局里满意度目标定得最高的项目是哪个？",
  lambda C: E([p for p in C.dept(MZ) if sat(p) == max(sat(x) for x in C.dept(MZ))]))
q(B, "followup", "人社局呢？",
  lambda C: E([max(C.dept(RS), key=lambda p: p.budget)]),
  history=["民政局预算最大的项目是什么？"])
q(B, "spending_plan", "两个部门中，到6月底计划累计支出达到100%的项目有哪些？",
  lambda C: E([p for p in C.P if pct_at(p, "6月底") >= 100]))
q(B, "not_found", "两个部门有没有安排学生资助方面的项目？", NOTFOUND("学生资助", "助学"))
q(B, "not_found", "其他资金超过500万元的项目有哪些？", lambda C: E([p for p in C.P if p.other > 500]))
q(B, "not_found", "有没有项目把民政部令第40号作为指标依据？", NOTFOUND("第40号", "令40号"))


# ============================================================ build + validate
def main():
    mz = parse(MZ_DOC)
    sample = parse(SAMPLE_DOC)
    stores = {"minzheng": Ctx([mz]), "sample_minzheng": Ctx([sample, mz])}
    assert len(Q) == 100, len(Q)
    lines = []
    for n, (store, kind, question, fn, history) in enumerate(Q, 1):
        C = stores[store]
        expect = fn(C)
        valid = {p.code for p in C.P}
        assert set(expect.get("projects", [])) <= valid, (n, question)
        assert expect, (n, question)
        rec = {"id": f"p22-{n:03d}", "store": store, "kind": kind, "question": question, "expect": expect}
        if history:
            rec["history"] = history
        lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for line in OUT.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    all_codes = [p.code for p in mz.projects + sample.projects]
    assert len(all_codes) == len(set(all_codes))
    print(f"{mz.dept}: {len(mz.projects)} projects, {sum(len(p.inds) for p in mz.projects)} indicators, "
          f"预算数合计 {sum(p.budget for p in mz.projects):.2f} 万元")
    print(f"{sample.dept}: {len(sample.projects)} projects, {sum(len(p.inds) for p in sample.projects)} indicators, "
          f"预算数合计 {sum(p.budget for p in sample.projects):.2f} 万元")
    print(f"wrote {OUT} ({len(lines)} lines)")


if __name__ == "__main__":
    main()
