"""Write eval/dev/probe_v38.jsonl: 70 hand-written questions whose expectations are computed from the .docx tables.

Stores:
  sifa         eval/dev/docs/sifa-2025.docx (馆陶县司法局, built by make_sifa.py)            45 questions
  sifa_sample  sifa-2025.docx + data/samples/weixian-rsj-2025-jixiao-mubiao.docx               10 questions
  sample       data/samples/weixian-rsj-2025-jixiao-mubiao.docx                                  8 questions
  other        tests/data/other-department.docx                                                   7 questions

Every number, project set and quoted indicator value below is read from the documents by the small parser in this
file (tables located by their header words), never typed in. Money is in 万元 unless the question names 元.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v38.py
"""
import json
import math
import re
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE.parent / "probe_v38.jsonl"

DOCS = {
    "sifa": HERE / "sifa-2025.docx",
    "sample": ROOT / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx",
    "other": ROOT / "tests/data/other-department.docx",
}
STORES = {"sifa": ["sifa"], "sifa_sample": ["sifa", "sample"], "sample": ["sample"], "other": ["other"]}

MONTHS = ("3月底", "6月底", "9月底", "10月底", "12月底")


# ----------------------------------------------------------------------------------------------- parsing
def uniq(row):
    out, prev = [], set()
    for c in row.cells:
        if id(c._tc) in prev:
            continue
        prev.add(id(c._tc))
        out.append(c.text.strip())
    return out


def num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s or "")
    return float(m.group()) if m else None


def parse(path):
    d = docx.Document(str(path))
    unit = "万元"
    projects, text = [], []
    cur = None
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[1]
        if tag == "p":
            t = Paragraph(el, d).text.strip()
            text.append(t)
            m = re.search(r"单位[:：]\s*(万元|元)", t)
            if m:
                unit = m.group(1)
            continue
        if tag != "tbl":
            continue
        tbl = Table(el, d)
        rows = [uniq(r) for r in tbl.rows]
        text.extend(" ".join(r) for r in rows)
        flat = [c for r in rows for c in r]
        if rows and "一级指标" in rows[0]:
            head = [c.text.strip() for c in tbl.rows[0].cells]

            def col(*names):
                for i, h in enumerate(head):
                    if any(h == n for n in names):
                        return i
                return None

            ci = dict(l1=col("一级指标"), l2=col("二级指标"), l3=col("三级指标", "指标内容"), weight=col("分值"),
                      value=col("指标值"), basis=col("指标值确定依据", "备注"))
            for r in tbl.rows[1:]:
                cells = [c.text.strip() for c in r.cells]
                cur["rows"].append({k: (cells[i] if i is not None else "") for k, i in ci.items()})
            continue
        if "项目编码" not in flat:
            for c in flat:
                m = re.search(r"单位[:：]\s*(万元|元)", c)
                if m:
                    unit = m.group(1)
            continue
        if "项目编码" in flat:
            cur = dict(unit=unit, plan={}, rows=[], other=0.0, org="", use="", goal="", plan_text="")
            projects.append(cur)
            months = None
            for u in rows:
                lab0 = u[0]
                if lab0.startswith("资金支出计划"):
                    if len(u) == 2 and "月底" in u[1]:
                        cur["plan_text"] = u[1]
                        for mo, pc in re.findall(r"(\d+月底)\s*(\d+(?:\.\d+)?)%", u[1]):
                            cur["plan"][mo] = float(pc)
                    elif any("月底" in x for x in u[1:]):
                        months = u[1:]
                    elif months:
                        for mo, pc in zip(months, u[1:]):
                            if pc:
                                cur["plan"][mo] = num(pc)
                    continue
                if lab0 == "预算规模及资金用途" and len(u) == 2:
                    cur["use"] = u[1]
                    continue
                for i in range(len(u) - 1):
                    lab, val = u[i].replace("其中：", ""), u[i + 1]
                    if lab == "项目编码":
                        cur["code"] = val
                    elif lab == "项目名称":
                        cur["name"] = val
                    elif lab == "预算数" or lab.startswith("资金总额"):
                        cur["total"] = num(val)
                        m = re.search(r"（(万元|元)）", lab)
                        if m:
                            cur["unit"] = m.group(1)
                    elif lab in ("财政资金", "财政拨款"):
                        cur["fiscal"] = num(val)
                    elif lab == "其他资金":
                        cur["other"] = num(val) or 0.0
                    elif lab == "实施单位":
                        cur["org"] = val
                    elif lab in ("资金用途", "主要内容"):
                        cur["use"] = val
                    elif lab in ("绩效目标", "年度绩效目标", "年度目标"):
                        cur["goal"] = val
    for p in projects:
        k = 10000.0 if p["unit"] == "元" else 1.0
        p["wan"] = p["total"] / k
        p["fiscal_wan"] = p["fiscal"] / k
        p["other_wan"] = p["other"] / k
        p["dept"] = p["code"][:6]
    return projects, "\n".join(text)


PARSED = {k: parse(v) for k, v in DOCS.items()}


def store_projects(store):
    return [p for doc in STORES[store] for p in PARSED[doc][0]]


def store_text(store):
    return "\n".join(PARSED[doc][1] for doc in STORES[store])


# ----------------------------------------------------------------------------------------------- helpers
SIFA = store_projects("sifa")
SAMPLE = store_projects("sample")
OTHER = store_projects("other")


def by_name(projects, name):
    hits = [p for p in projects if p["name"] == name]
    assert len(hits) == 1, (name, len(hits))
    return hits[0]


def codes(ps):
    return sorted(p["code"] for p in ps)


def row(p, l3=None, l1=None):
    hits = [r for r in p["rows"] if (l3 is None or r["l3"] == l3) and (l1 is None or r["l1"] == l1)]
    assert len(hits) == 1, (p["name"], l3, l1, len(hits))
    return hits[0]


def target(p, l3=None, l1=None):
    """指标值 without its comparison sign: «≥88%» -> «88%»."""
    return re.sub(r"^[≥≤><=＞＜]+", "", row(p, l3, l1)["value"])


def sat(p):
    rs = [r for r in p["rows"] if r["l1"] == "满意度指标"]
    return num(rs[0]["value"]) if rs else None


def plan_pct(p, month):
    """Cumulative planned share by `month`: a blank later period keeps the last stated share."""
    order = [m for m in ("3月底", "6月底", "9月底", "10月底", "12月底")]
    best = None
    for m in order:
        if m in p["plan"]:
            best = p["plan"][m]
        if m == month:
            return best if m in p["plan"] or best is not None else None
    raise KeyError(month)


def cites(p, needle_re):
    blob = p["name"] + "\n" + "\n".join(r["basis"] for r in p["rows"])
    return re.search(needle_re, blob) is not None


def r4(x):
    return round(float(x), 4)


# ----------------------------------------------------------------------------------------------- questions
Q = []


def q(store, kind, question, history=None, projects=None, value=None, contains=None, found=None):
    exp = {}
    if found is False:
        exp["found"] = False
    if projects is not None:
        exp["projects"] = codes(projects) if projects and isinstance(projects[0], dict) else sorted(projects)
    if value is not None:
        exp["value"] = r4(value)
    if contains is not None:
        exp["contains"] = contains
    rec = {"id": None, "question": question}
    if history:
        rec["history"] = history
    rec.update(expect=exp, store=store, kind=kind)
    Q.append(rec)


S = {p["code"]: p for p in SIFA}
fl1 = by_name(SIFA, "法律援助办案补贴经费")
fl2 = [p for p in SIFA if p["name"].startswith("冀财行") and "法律援助" in p["name"]][0]
tj = by_name(SIFA, "人民调解“以案定补”经费")
jz = by_name(SIFA, "社区矫正工作经费")
pf = by_name(SIFA, "“八五”普法宣传经费")
gg = by_name(SIFA, "公共法律服务体系建设经费")
sfs = by_name(SIFA, "司法所规范化建设经费")
fy = by_name(SIFA, "行政复议与应诉工作经费")
bj = by_name(SIFA, "刑满释放人员安置帮教经费")
sifa_total = sum(p["wan"] for p in SIFA)
with_sat = [p for p in SIFA if sat(p) is not None]
with_plan = [p for p in SIFA if p["plan"]]

# --- sifa: 45 ---------------------------------------------------------------------------------------------
st = "sifa"
q(st, "lookup", "法律援助办案补贴经费的资金总额是多少万元？", projects=[fl1], value=fl1["wan"])
q(st, "lookup", "司法所规范化建设经费总共安排了多少万元？", projects=[sfs], value=sfs["wan"])
q(st, "weight_trap", "刑满释放人员安置帮教经费里，帮教对象满意度的目标值是多少？",
  projects=[bj], contains=[target(bj, l1="满意度指标")])
q(st, "weight_trap", "社区矫正对象再犯罪率的指标值要求是多少？",
  projects=[jz], contains=[target(jz, "社区矫正对象再犯罪率")])
q(st, "weight_trap", "行政复议案件按期办结率这个指标定的目标是多少？",
  projects=[fy], contains=[target(fy, "行政复议案件按期办结率")])
q(st, "threshold", "满意度目标不低于九成的项目有哪些？", projects=[p for p in with_sat if sat(p) >= 90])
q(st, "threshold", "设了满意度指标的项目里，满意度目标未达到90%的是哪几个？",
  projects=[p for p in with_sat if sat(p) < 90])
q(st, "threshold", "资金总额介于40万元和70万元之间的项目有哪些？", projects=[p for p in SIFA if 40 <= p["wan"] <= 70])
big = [p for p in SIFA if p["wan"] > 50]
q(st, "count", "预算超过50万元的项目有几个？", projects=big, value=len(big))
q(st, "count", "司法局今年一共报了多少个项目的绩效目标？", projects=SIFA, value=len(SIFA))
q(st, "count", "人民调解“以案定补”经费一共设置了几条三级指标？", projects=[tj], value=len(tj["rows"]))
q(st, "count", "所有项目的产出指标加起来一共有多少条？", projects=SIFA,
  value=sum(1 for p in SIFA for r in p["rows"] if r["l1"] == "产出指标"))
q(st, "sum", "全部项目的财政拨款合计多少万元？", projects=SIFA, value=sum(p["fiscal_wan"] for p in SIFA))
q(st, "mean", "有满意度指标的那些项目，满意度目标平均是多少？", projects=with_sat,
  value=sum(sat(p) for p in with_sat) / len(with_sat))
q(st, "share", "公共法律服务体系建设经费占司法局全部项目资金的百分之多少？", projects=[gg], value=100 * gg["wan"] / sifa_total)
q(st, "difference", "法律援助办案补贴经费比冀财行128号文下达的那笔中央法律援助资金多多少万元？",
  projects=[fl1, fl2], value=fl1["wan"] - fl2["wan"])
n_sfs = num(row(sfs, "规范化司法所建设数量")["value"])
q(st, "per_unit", "司法所规范化建设经费平均到每个规范化司法所是多少万元？", projects=[sfs], value=sfs["wan"] / n_sfs)
n_cases = num(row(fl1, "法律援助案件办理数量")["value"])
q(st, "per_unit", "按法律援助案件办理数量的目标算，法律援助办案补贴经费平均每件案件合多少元？",
  projects=[fl1], value=fl1["wan"] * 10000 / n_cases)
q(st, "arithmetic", "人民调解“以案定补”经费要是增加两成，会变成多少万元？", projects=[tj], value=tj["wan"] * 1.2)
q(st, "spending_plan", "司法所规范化建设经费到9月底计划累计支出多少元？", projects=[sfs],
  value=sfs["wan"] * 10000 * plan_pct(sfs, "9月底") / 100)
q(st, "spending_plan", "普法宣传经费在7月到9月这个季度计划支出多少万元？", projects=[pf],
  value=pf["wan"] * (plan_pct(pf, "9月底") - plan_pct(pf, "6月底")) / 100)
q(st, "spending_condition", "哪些项目计划6月底前累计支出达到一半及以上？",
  projects=[p for p in with_plan if plan_pct(p, "6月底") >= 50])
q(st, "spending_condition", "到9月底累计支出计划低于80%的项目有哪些？",
  projects=[p for p in with_plan if plan_pct(p, "9月底") < 80])
ranked = sorted(SIFA, key=lambda p: -p["wan"])
assert ranked[2]["wan"] > ranked[3]["wan"] and ranked[-2]["wan"] < ranked[-3]["wan"]
q(st, "topn", "资金规模排前三的是哪几个项目？", projects=ranked[:3])
q(st, "topn", "预算最少的两个项目是哪两个？", projects=ranked[-2:])
fl_named = [p for p in SIFA if "法律援助" in p["name"]]
assert len(fl_named) == 2
rest = [p for p in SIFA if p not in fl_named]
q(st, "exclusion", "除了名称里带“法律援助”的两个项目，其余项目资金加起来是多少万元？",
  projects=rest, value=sum(p["wan"] for p in rest))
q(st, "or", "由法律援助中心或者公共法律服务中心实施的项目有哪些？",
  projects=[p for p in SIFA if p["org"].endswith(("法律援助中心", "公共法律服务中心"))])
q(st, "lacking", "哪个项目没有设置满意度指标？", projects=[p for p in SIFA if sat(p) is None])
q(st, "docref", "哪些项目用到了冀财行128号文？", projects=[p for p in SIFA if cites(p, r"冀财行〔2024〕128号")])
q(st, "docref", "指标值确定依据里引用了《法律援助法》的项目有哪些？",
  projects=[p for p in SIFA if any("法律援助法" in r["basis"] for r in p["rows"])])
q(st, "docref", "邯司21号文件是哪些项目的指标依据？", projects=[p for p in SIFA if cites(p, r"邯司〔2024〕21号")])
q(st, "implementing_unit", "基层工作股负责实施哪些项目？", projects=[p for p in SIFA if p["org"].endswith("基层工作股")])
q(st, "followup", "它由哪个单位负责实施？", history=["社区矫正工作经费是多少钱？"],
  projects=[jz], contains=[jz["org"].removeprefix("馆陶县")])
q(st, "followup", "它的满意度目标是多少？", history=["资金最多的是哪个项目？"],
  projects=[ranked[0]], contains=[target(ranked[0], l1="满意度指标")])
with_other = [p for p in SIFA if p["other_wan"] > 0]
q(st, "followup", "这些项目的其他资金一共多少万元？", history=["哪些项目有其他资金？"],
  projects=with_other, value=sum(p["other_wan"] for p in with_other))
q(st, "followup", "两者合计多少万元？", history=["法律援助办案补贴经费和人民调解“以案定补”经费各是多少万元？"],
  projects=[fl1, tj], value=fl1["wan"] + tj["wan"])
top9 = sorted(with_plan, key=lambda p: -plan_pct(p, "9月底"))
assert plan_pct(top9[0], "9月底") > plan_pct(top9[1], "9月底")
q(st, "followup", "其中到9月底累计支出比例最高的是哪个？", history=["哪些项目列了资金支出计划？"], projects=[top9[0]])
assert "民法典宣传月" in pf["use"]
q(st, "descriptive", "普法宣传经费主要用来干什么？", projects=[pf], contains=["民法典宣传月"])
q(st, "descriptive", "司法局的部门职能是什么？", contains=["统筹协调"])
q(st, "descriptive", "资金管理方面有哪些保障措施？", contains=["双签"])
NF_SIFA = [
    ("司法鉴定管理经费安排了多少？", "司法鉴定"),
    ("有没有人民陪审员选任培训方面的项目？", "陪审"),
    ("公证处办公用房维修改造项目的预算是多少？", "公证"),
    ("禁毒宣传教育经费的满意度目标是多少？", "禁毒"),
    ("智慧司法信息化平台建设项目什么时候完工？", "信息化"),
]
for text, word in NF_SIFA:
    assert word not in store_text(st), word
    q(st, "not_found", text, found=False)

# --- sifa_sample: 10 --------------------------------------------------------------------------------------
st = "sifa_sample"
BOTH = store_projects(st)
sb = by_name(SAMPLE, "社会保障工作经费")
lw = by_name(SAMPLE, "劳务派遣人员工资")
q(st, "sum", "人社局和司法局两个部门所有项目的资金加起来是多少万元？", projects=BOTH, value=sum(p["wan"] for p in BOTH))
q(st, "threshold", "满意度目标在95%及以上的项目有哪些？", projects=[p for p in BOTH if (sat(p) or 0) >= 95])
q(st, "followup", "它比公共法律服务体系建设经费多多少万元？", history=["社会保障工作经费的预算是多少？"],
  projects=[sb, gg], value=sb["wan"] - gg["wan"])
q(st, "weight_trap", "法律援助办案补贴经费中受援人满意度的指标值是多少？",
  projects=[fl1], contains=[target(fl1, "受援人满意度")])
tops = []
for dept in sorted({p["dept"] for p in BOTH}):
    ps = sorted([p for p in BOTH if p["dept"] == dept], key=lambda p: -p["wan"])
    assert ps[0]["wan"] > ps[1]["wan"]
    tops.append(ps[0])
q(st, "topn", "人社局和司法局各自预算最高的项目分别是哪个？", projects=tops)
q(st, "difference", "劳务派遣人员工资比司法所规范化建设经费多多少万元？", projects=[lw, sfs], value=lw["wan"] - sfs["wan"])
DOCNO = r"[〔【\[(（]\d{4}[〕】\])）]\d+号"
q(st, "docref", "哪些项目的名称里直接写了发文字号？", projects=[p for p in BOTH if re.search(DOCNO, p["name"])])
q(st, "spending_condition", "哪个项目的资金支出计划要求3月底就全部支出完毕？",
  projects=[p for p in BOTH if p["plan"] and plan_pct(p, "3月底") == 100])
q(st, "threshold", "资金总额低于15万元的项目有哪些？", projects=[p for p in BOTH if p["wan"] < 15])
assert "林业" not in store_text(st)
q(st, "not_found", "有没有林业有害生物防治方面的项目？", found=False)

# --- sample: 8 --------------------------------------------------------------------------------------------
st = "sample"
sx = by_name(SAMPLE, "公共实训基地县级配套")
q(st, "lookup", "公共实训基地县级配套要求什么时候完工？", projects=[sx], contains=[target(sx, "公共实训基地完工时间")])
ge85 = [p for p in SAMPLE if (sat(p) or 0) >= 85]
q(st, "count", "满意度目标在85%及以上的项目有几个？", projects=ge85, value=len(ge85))
q(st, "docref", "冀财社136号文件对应的是哪些项目？", projects=[p for p in SAMPLE if cites(p, r"冀财社【2024】136号")])
q(st, "spending_plan", "社会保障工作经费到10月底计划累计支出多少万元？", projects=[sb],
  value=sb["wan"] * plan_pct(sb, "10月底") / 100)
rs = sorted(SAMPLE, key=lambda p: -p["wan"])
assert rs[2]["wan"] > rs[3]["wan"]
q(st, "topn", "预算最大的三个项目是哪些？", projects=rs[:3])
q(st, "threshold", "预算在100万元到300万元之间的项目有哪些？", projects=[p for p in SAMPLE if 100 <= p["wan"] <= 300])
wq = by_name(SAMPLE, "县级离退休老干部春节慰问及实职副科以上干部去世慰问资金")
n_wq = num(row(wq, "春节慰问县级离退休老干部及遗孀人数")["value"])
q(st, "per_unit", f"县级离退休老干部春节慰问资金如果平均到{int(n_wq)}名慰问对象，每人合多少元？",
  projects=[wq], value=wq["wan"] * 10000 / n_wq)
assert "技工学校" not in store_text(st)
q(st, "not_found", "人社局有没有技工学校建设方面的项目？", found=False)

# --- other: 7 ---------------------------------------------------------------------------------------------
st = "other"
zf = by_name(OTHER, "农业综合行政执法工作经费")
jc = by_name(OTHER, "农产品质量安全检测经费")
gs = by_name(OTHER, "高素质农民培育项目")
dy = by_name(OTHER, "动物疫病强制免疫及监测经费")
q(st, "lookup", "农业综合行政执法工作经费是多少万元？", projects=[zf], value=zf["wan"])
q(st, "share", "农产品质量安全检测经费中其他资金占资金总额的比例是多少？", projects=[jc], value=100 * jc["other"] / jc["total"])
q(st, "threshold", "资金总额超过1000万元的项目有哪些？", projects=[p for p in OTHER if p["wan"] > 1000])
q(st, "spending_plan", "高素质农民培育项目到6月底累计计划支出多少万元？", projects=[gs],
  value=gs["wan"] * plan_pct(gs, "6月底") / 100)
q(st, "lookup", "动物疫病强制免疫及监测经费的免疫抗体合格率目标是多少？", projects=[dy], contains=[target(dy, "免疫抗体合格率")])
no_plan = [p for p in OTHER if not p["plan"]]
q(st, "count", "没有列资金支出计划的项目有几个？", projects=no_plan, value=len(no_plan))
assert "增殖放流" not in store_text(st)
q(st, "not_found", "渔业增殖放流项目的预算是多少？", found=False)


# ----------------------------------------------------------------------------------------------- validate, write
def validate():
    from collections import Counter
    for i, rec in enumerate(Q, start=1):
        rec["id"] = f"v38-{i:03d}"
    ids = [r["id"] for r in Q]
    assert len(ids) == len(set(ids)) == 70, len(ids)
    counts = Counter(r["store"] for r in Q)
    assert counts == {"sifa": 45, "sifa_sample": 10, "sample": 8, "other": 7}, counts
    assert sum(1 for r in Q if r["expect"].get("found") is False) == 8
    for rec in Q:
        exp = rec["expect"]
        assert exp, rec
        known = {p["code"] for p in store_projects(rec["store"])}
        if exp.get("found") is False:
            assert set(exp) == {"found"}, rec
            continue
        ps = exp.get("projects")
        if ps is not None:
            assert ps and len(ps) == len(set(ps)), rec
            assert set(ps) <= known, (rec["id"], set(ps) - known)
        if "value" in exp:
            assert isinstance(exp["value"], float) and math.isfinite(exp["value"]), rec
        text = store_text(rec["store"])
        for c in exp.get("contains", []):
            assert c and c in text, (rec["id"], c)
    # sanity on the parsed documents
    assert len(PARSED["sample"][0]) == 14 and abs(sum(p["wan"] for p in SAMPLE) - 37106.9) < 1e-6
    assert sum(len(p["rows"]) for p in SAMPLE) == 101
    assert len(PARSED["other"][0]) == 10 and len(SIFA) == 10
    for p in SIFA:
        assert abs(p["total"] - p["fiscal"] - p["other"]) < 1e-9, p["name"]
    assert f"{sifa_total:.2f}万元" in store_text("sifa")
    return counts, Counter(r["kind"] for r in Q), Counter((r["store"], r["kind"]) for r in Q)


if __name__ == "__main__":
    counts, kinds, both = validate()
    with OUT.open("w", encoding="utf-8") as f:
        for rec in Q:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(OUT, len(Q))
    print(dict(counts))
    print(dict(kinds))
    for st in STORES:
        print(st, {k: v for (s, k), v in sorted(both.items()) if s == st})
