"""Build eval/dev/probe_v40.jsonl: 60 blind probe questions over 馆陶县医疗保障局 (yibao-2025.pdf).

Stores:
  yibao         -> eval/dev/docs/yibao-2025.pdf                                   (50 questions)
  yibao_sample  -> eval/dev/docs/yibao-2025.pdf + data/samples/weixian-rsj-2025-jixiao-mubiao.docx (10)

Every expectation is computed here from the .docx tables (yibao-2025.docx, and the sample .docx for the
combined store); nothing is typed in by hand except the questions and the selectors that pick projects.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v40.py
"""
import json
import math
import re
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
ROOT = HERE.parent.parent.parent
YIBAO = HERE / "yibao-2025.docx"
SAMPLE = ROOT / "data" / "samples" / "weixian-rsj-2025-jixiao-mubiao.docx"
OUT = HERE.parent / "probe_v40.jsonl"


# ---------------------------------------------------------------- parsing
def table_rows(t):
    out = []
    for r in t.rows:
        seen, cells = [], []
        for c in r.cells:
            if any(c._tc is s for s in seen):
                continue
            seen.append(c._tc)
            cells.append(c.text.strip())
        out.append(cells)
    return out


def num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s or "")
    return float(m.group()) if m else None


def parse_yibao(path):
    doc = Document(path)
    text = "\n".join(p.text for p in doc.paragraphs)
    projects = []
    for t in doc.tables:
        rows = table_rows(t)
        p = dict(plan=None, ind=[])
        i = 0
        while i < len(rows):
            row = rows[i]
            lab = row[0]
            if lab == "项目名称":
                p["name"] = row[1]
            elif lab == "项目编码":
                p["code"], p["period"] = row[1], row[3]
                assert row[2] == "项目期限"
            elif lab == "主管部门":
                p["dept"], p["unit"] = row[1], row[3]
                assert row[2] == "实施单位"
            elif lab.startswith("资金总额"):
                for k in range(0, len(row), 2):
                    key = row[k].replace("（万元）", "")
                    p[{"资金总额": "total", "财政拨款": "fin", "其他资金": "other"}[key]] = float(row[k + 1])
            elif lab == "资金用途":
                p["use"] = row[1]
            elif lab.startswith("支出计划") and row[1] == "3月底":
                months = row[1:]
                vals = rows[i + 1][1:]
                p["plan"] = {m: num(v) / 100 for m, v in zip(months, vals)}
                i += 1
            elif lab == "年度绩效目标":
                p["goal"] = row[1]
            elif lab == "一级指标":
                hdr = row
                for r2 in rows[i + 1:]:
                    d = dict(zip(hdr, r2))
                    p["ind"].append(dict(l1=d["一级指标"], l2=d["二级指标"], l3=d["三级指标"],
                                         val=d["指标值"], basis=d["备注"]))
                break
            i += 1
        projects.append(p)
    for p in projects:
        assert abs(p["total"] - p["fin"] - p["other"]) < 1e-9, p["name"]
        sat = [x for x in p["ind"] if x["l1"] == "满意度指标"]
        p["sat"] = num(sat[0]["val"]) if sat else None
    return projects, text


def parse_sample(path):
    doc = Document(path)
    projects = []
    for t in doc.tables:
        rows = table_rows(t)
        if rows[0][0] == "项目编码":
            p = dict(code=rows[0][1], name=rows[0][3], ind=[])
            for row in rows:
                if "预算数" in row:
                    p["total"] = float(row[row.index("预算数") + 1])
            projects.append(p)
        elif rows[0][0] == "一级指标":
            hdr = rows[0]
            for r2 in rows[1:]:
                d = dict(zip(hdr, r2))
                projects[-1]["ind"].append(dict(l1=d["一级指标"], l2=d["二级指标"], l3=d["三级指标"],
                                                val=d["指标值"], basis=d["指标值确定依据"]))
    for p in projects:
        sat = [x for x in p["ind"] if x["l1"] == "满意度指标"]
        p["sat"] = num(sat[0]["val"]) if sat else None
    assert len(projects) == 14 and abs(sum(p["total"] for p in projects) - 37106.9) < 1e-6
    return projects


Y, DEPT_TEXT = parse_yibao(YIBAO)
S = parse_sample(SAMPLE)
YS = Y + S
assert len(Y) == 8


def one(name_part, pool=Y):
    hits = [p for p in pool if name_part in p["name"]]
    assert len(hits) == 1, (name_part, [h["name"] for h in hits])
    return hits[0]


def codes(ps):
    ps = list(ps)
    assert ps, "empty project set"
    return sorted(p["code"] for p in ps)


def cites(p, doc):
    return any(doc in x["basis"] for x in p["ind"])


def ind(p, l3_part):
    hits = [x for x in p["ind"] if l3_part in x["l3"]]
    assert len(hits) == 1, (p["name"], l3_part)
    return hits[0]


def r2(x):
    return round(x, 4)


def plan_projects(pool=Y):
    return [p for p in pool if p.get("plan")]


# ---------------------------------------------------------------- questions
Q = []


def add(store, kind, question, expect, history=None):
    rec = {"id": None, "question": question}
    if history:
        rec["history"] = history
    rec["expect"] = expect
    rec["store"] = store
    rec["kind"] = kind
    Q.append(rec)


def proj(ps, **kw):
    e = {"projects": codes(ps)}
    e.update(kw)
    return e


XXPT = one("信息平台运行维护")
CJ = one("县级财政补助资金")
JZ = one("中央医疗救助")
JG = one("基金监管")
YD = one("异地就医")
FWZ = one("村级医保服务站")
GM = one("政府购买服务")
JC = one("集中带量采购")
CENTER = "馆陶县医疗保障服务中心"
BUREAU = "馆陶县医疗保障局"

# ---- store yibao (50)
st = "yibao"
add(st, "lookup", "医疗保障信息平台运行维护经费一共安排了多少万元？", proj([XXPT], value=r2(XXPT["total"])))
add(st, "lookup", "信息平台运维这个项目，财政拨款以外的其他资金是多少？", proj([XXPT], value=r2(XXPT["other"])))
v = ind(CJ, "参保率")["val"]
add(st, "lookup", "城乡居民医保县级财政补助那个项目，参保率的目标定的是多少？", proj([CJ], contains=[v.lstrip("≥")]))
u = YD["unit"]
assert u.endswith("医疗保障服务中心")
add(st, "unit", "医疗保障服务中心负责实施的项目都有哪些？", proj(p for p in Y if p["unit"] == CENTER))
add(st, "unit", "综合行政执法大队承担的是哪个项目？", proj(p for p in Y if "综合行政执法大队" in p["unit"]))
add(st, "threshold", "满意度目标不低于九成的项目有哪些？", proj(p for p in Y if p["sat"] is not None and p["sat"] >= 90))
add(st, "threshold", "评审时想看一下：哪些项目的满意度指标值未达到90%？", proj(p for p in Y if p["sat"] is not None and p["sat"] < 90))
add(st, "threshold", "满意度目标在86%到91%之间的是哪些项目？", proj(p for p in Y if p["sat"] is not None and 86 < p["sat"] < 91))
pp = plan_projects()
add(st, "count", "有几个项目填了按季度的支出计划？", proj(pp, value=len(pp)))
add(st, "sum", "全局8个项目的资金总额加起来是多少万元？", proj(Y, value=r2(sum(p["total"] for p in Y))))
bur = [p for p in Y if p["unit"] == BUREAU]
add(st, "sum", "实施单位就是馆陶县医疗保障局本身的项目，资金总额合计多少万元？", proj(bur, value=r2(sum(p["total"] for p in bur))))
cen = [p for p in Y if p["unit"] == CENTER]
add(st, "mean", "由医疗保障服务中心实施的项目，平均每个项目的资金总额是多少万元？",
    proj(cen, value=r2(sum(p["total"] for p in cen) / len(cen))))
tot = sum(p["total"] for p in Y)
add(st, "share", "城乡居民医保县级财政补助资金占全部项目资金总额的百分之多少？",
    proj([CJ], value=r2(CJ["total"] / tot * 100)))
add(st, "difference", "中央医疗救助补助资金比信息平台运维经费多出多少万元？",
    proj([JZ, XXPT], value=r2(JZ["total"] - XXPT["total"])))
n_staff = num(ind(GM, "辅助人员数量")["val"])
add(st, "per_unit", "政府购买服务经费按聘用的经办辅助人员人数平均，每人是多少万元？",
    proj([GM], value=r2(GM["total"] / n_staff)))
n_station = num(ind(FWZ, "服务站数量")["val"])
n_bei = num(ind(YD, "备案人次")["val"])
add(st, "per_unit", "异地就医直接结算服务经费按全年备案人次目标算，每人次合多少元？",
    proj([YD], value=round(YD["total"] * 10000 / n_bei, 2)))
add(st, "plan", "医疗救助补助资金到6月底计划累计支出多少万元？", proj([JZ], value=r2(JZ["total"] * JZ["plan"]["6月底"])))
add(st, "plan", "哪些项目3月底的累计支出计划达到25%及以上？", proj(p for p in pp if p["plan"]["3月底"] >= 0.25))
add(st, "plan", "6月底累计支出计划超过一半的项目有哪些？", proj(p for p in pp if p["plan"]["6月底"] > 0.5))
add(st, "plan", "把有支出计划的项目都算上，到9月底累计计划支出合计多少万元？",
    proj(pp, value=r2(sum(p["total"] * p["plan"]["9月底"] for p in pp))))
add(st, "plan", "城乡居民医保县级补助资金在7月到9月这个季度计划支出多少万元？",
    proj([CJ], value=r2(CJ["total"] * (CJ["plan"]["9月底"] - CJ["plan"]["6月底"]))))
by_total = sorted(Y, key=lambda p: -p["total"])
assert by_total[2]["total"] > by_total[3]["total"]
add(st, "topn", "资金总额排前三的项目是哪三个？", proj(by_total[:3]))
assert by_total[-2]["total"] < by_total[-3]["total"]
add(st, "topn", "资金最少的两个项目分别是什么？", proj(by_total[-2:]))
rest = [p for p in Y if p not in (CJ, JZ)]
add(st, "exclusion", "除了城乡居民医保县级补助和中央医疗救助这两笔大钱，其余项目的资金总额一共多少万元？",
    proj(rest, value=r2(sum(p["total"] for p in rest))))
add(st, "exclusion", "不是由医疗保障服务中心实施的项目有哪些？", proj(p for p in Y if p["unit"] != CENTER))
add(st, "or", "引用了《医疗保障基金使用监督管理条例》或者馆医保字〔2025〕2号的项目有哪些？",
    proj(p for p in Y if cites(p, "《医疗保障基金使用监督管理条例》") or cites(p, "馆医保字〔2025〕2号")))
add(st, "and", "由医疗保障服务中心实施、同时又编了支出计划的项目是哪些？", proj(p for p in cen if p["plan"]))
add(st, "no_satisfaction", "哪个项目没有设置满意度指标？", proj(p for p in Y if p["sat"] is None))
add(st, "lacking", "哪些项目没有设置可持续影响指标？",
    proj(p for p in Y if not any(x["l2"].startswith("可持续影响") for x in p["ind"])))
add(st, "partial_ref", "以冀医保发8号文作为指标依据的项目有哪些？", proj(p for p in Y if cites(p, "冀医保发〔2024〕8号")))
add(st, "partial_ref", "哪些项目的指标依据用到了冀医保办21号文？", proj(p for p in Y if cites(p, "冀医保办〔2024〕21号")))
v = ind(JZ, "救助对象参保率")["val"]
add(st, "lookup", "冀财社〔2024〕145号那个项目，救助对象参保率的目标是多少？", proj([JZ], contains=[v.lstrip("≥")]))
add(st, "followup", "它由哪个单位负责实施？", proj([JG], contains=["综合行政执法大队"]),
    history=["医疗保障基金监管专项经费安排了多少资金？"])
add(st, "followup", "这些项目的资金总额合计是多少？", proj(pp, value=r2(sum(p["total"] for p in pp))),
    history=["哪些项目编制了支出计划？"])
hi = [p for p in Y if p["sat"] is not None and p["sat"] >= 90]
add(st, "followup", "其中资金总额最少的是哪个？", proj([min(hi, key=lambda p: p["total"])]),
    history=["满意度目标不低于90%的项目有哪些？"])
add(st, "followup", "两者相差多少万元？", proj([YD, JC], value=r2(YD["total"] - JC["total"])),
    history=["异地就医直接结算服务经费和药品耗材集采落地监测经费各安排了多少钱？"])
add(st, "followup", "它的满意度目标是多少？", proj([FWZ], contains=[str(int(FWZ["sat"])) + "%"]),
    history=["村级医保服务站标准化建设经费的项目期限是怎么定的？"])
assert "网络专线租赁" in XXPT["use"]
add(st, "descriptive", "信息平台运维经费主要用来干什么？", proj([XXPT], contains=["网络专线租赁"]))
assert "住院救助" in JZ["use"] and "门诊救助" in JZ["use"]
add(st, "descriptive", "中央医疗救助补助资金具体用在哪些方面？", proj([JZ], contains=["住院救助", "门诊救助"]))
assert "收支两条线" in DEPT_TEXT
add(st, "descriptive", "医保局的保障措施里，对资金管理是怎么要求的？", {"contains": ["收支两条线"]})
l2s = list(dict.fromkeys(x["l2"] for x in JG["ind"]))
add(st, "count", "基金监管专项经费一共有多少条三级指标？", proj([JG], value=len(JG["ind"])))
add(st, "threshold", "资金总额在50万元到200万元之间的项目有哪些？", proj(p for p in Y if 50 < p["total"] < 200))
low = [p for p in Y if p["total"] < 100]
add(st, "count", "资金不足100万元的项目有几个？", proj(low, value=len(low)))
sat = [p for p in Y if p["sat"] is not None]
add(st, "basis", "指标依据里写了“历史数据”的项目有哪些？", proj(p for p in Y if cites(p, "历史数据")))
# not found (yibao)
add(st, "not_found", "长期护理保险试点经费安排了多少？", {"found": False})
add(st, "not_found", "哪些项目的满意度目标低于70%？", {"found": False})
add(st, "not_found", "引用冀医保发〔2023〕15号文件的项目有哪些？", {"found": False})
add(st, "not_found", "资金总额超过1亿元的项目有哪些？", {"found": False})
add(st, "not_found", "3月底累计支出计划达到50%的项目有哪些？", {"found": False})
add(st, "not_found", "医保局机关办公楼维修改造项目的预算是多少？", {"found": False})

# sanity of the not-found conditions
assert not [p for p in Y if p["sat"] is not None and p["sat"] < 70]
assert not [p for p in Y if cites(p, "冀医保发〔2023〕15号")]
assert not [p for p in Y if p["total"] > 10000]
assert not [p for p in pp if p["plan"]["3月底"] >= 0.5]
assert not [p for p in Y if "长期护理" in p["name"] or "办公楼" in p["name"]]

# ---- store yibao_sample (10)
st = "yibao_sample"
XXPT_S = one("信息平台运行维护", YS)
add(st, "lookup", "医疗保障信息平台运行维护经费的资金总额是多少？", proj([XXPT_S], value=r2(XXPT_S["total"])))
add(st, "threshold", "满意度目标低于85%的项目有哪些？", proj(p for p in YS if p["sat"] is not None and p["sat"] < 85))
add(st, "sum", "人社局和医保局所有项目的预算加在一起是多少万元？", proj(YS, value=r2(sum(p["total"] for p in YS))))
add(st, "topn", "医保局的项目里资金最多的是哪个？", proj([max(Y, key=lambda p: p["total"])]))
big = [p for p in YS if p["total"] > 5000]
add(st, "count", "两个部门加起来，预算超过5000万元的项目有几个？", proj(big, value=len(big)))
add(st, "partial_ref", "引用了冀医保发〔2024〕8号的项目有哪些？", proj(p for p in YS if cites(p, "冀医保发〔2024〕8号")))
nos = [p for p in YS if p["sat"] is None]
assert len(nos) == 1
add(st, "followup", "它的资金总额是多少？", proj(nos, value=r2(nos[0]["total"])),
    history=["哪些项目没有设置满意度指标？"])
JZ_S = one("冀财社〔2024〕145号", YS)
add(st, "lookup", "冀财社〔2024〕145号那个项目预算是多少？", proj([JZ_S], value=r2(JZ_S["total"])))
add(st, "not_found", "冀财社〔2024〕150号涉及哪些项目？", {"found": False})
add(st, "not_found", "哪个项目的满意度目标低于75%？", {"found": False})
assert not [p for p in YS if "150号" in p["name"] or cites(p, "150号")]
assert not [p for p in YS if p["sat"] is not None and p["sat"] < 75]


# ---------------------------------------------------------------- validate + write
def validate():
    store_codes = {"yibao": {p["code"] for p in Y}, "yibao_sample": {p["code"] for p in YS}}
    assert len(Q) == 60, len(Q)
    for i, q in enumerate(Q, 1):
        q["id"] = f"v40-{i:03d}"
        e = q["expect"]
        assert e, q
        if "found" in e:
            assert e == {"found": False}, q
        for c in e.get("projects", []):
            assert c in store_codes[q["store"]], (q["id"], c)
        assert len(set(e.get("projects", []))) == len(e.get("projects", []))
        if "value" in e:
            assert isinstance(e["value"], (int, float)) and math.isfinite(e["value"]), q
        for s in e.get("contains", []):
            assert isinstance(s, str) and s, q
    ids = [q["id"] for q in Q]
    assert len(set(ids)) == len(ids)
    qs = [(q["store"], tuple(q.get("history", [])), q["question"]) for q in Q]
    assert len(set(qs)) == len(qs)
    assert sum(q["store"] == "yibao" for q in Q) == 50
    assert sum(q["expect"] == {"found": False} for q in Q) == 8


validate()
with open(OUT, "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(f"wrote {len(Q)} questions to {OUT}")
