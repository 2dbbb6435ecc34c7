"""Compute eval/dev/probe_v36.jsonl (store "nongye") from eval/dev/docs/nongye-2025.docx by parsing the .docx.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_probe_v36.py
"""
import json
import re
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
DOCX = HERE / "nongye-2025.docx"
OUT = HERE.parent / "probe_v36.jsonl"


def parse():
    doc = Document(DOCX)
    prose = "\n".join(p.text for p in doc.paragraphs)
    projects = []
    for t in doc.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        pj = dict(plan=None, ind=[])
        i = 0
        while i < len(rows):
            r = rows[i]
            lab = r[0]
            if lab == "项目名称":
                pj["name"] = r[1]
            elif lab == "主管部门":
                pj["dept"], pj["impl"] = r[1], r[4]
            elif lab == "项目编码":
                pj["code"], pj["attr"] = r[1], r[4]
            elif lab.startswith("项目资金"):
                pj["unit"] = re.search(r"（(.+)）", lab).group(1)
                assert r[1] == "年度资金总额" and r[3] == "其中：财政拨款" and r[5] == "其他资金"
                v = rows[i + 1]
                f = 1 / 10000 if pj["unit"] == "元" else 1
                num = lambda s: float(s) * f if s else 0.0
                pj["raw_total"] = float(v[1])
                pj["total"], pj["fiscal"], pj["other"] = num(v[1]), num(v[3]), num(v[5])
                pj["other_text"] = v[5]
                i += 1
            elif lab == "项目概况":
                pj["overview"] = r[1]
            elif lab.startswith("资金支出进度计划"):
                months = rows[i][1:5]
                assert months == ["3月底", "6月底", "9月底", "12月底"], months
                pj["plan"] = [float(x.rstrip("%")) for x in rows[i + 1][1:5]]
                i += 1
            elif lab == "年度绩效目标":
                pj["goal"] = r[1]
            elif lab == "一级指标":
                for rr in rows[i + 1:]:
                    pj["ind"].append(dict(l1=rr[0], l2=rr[1], l3=rr[2], val=rr[4], basis=rr[5]))
                break
            i += 1
        projects.append(pj)
    return prose, projects


PROSE, PJ = parse()
assert len(PJ) == 9
ALL = PJ


def P(s):
    m = [p for p in PJ if s in p["name"]]
    assert len(m) == 1, s
    return m[0]


def C(ps):
    return sorted(p["code"] for p in ps)


def R(x, n=4):
    return round(x, n)


def has_l2(p, kw):
    return any(kw in x["l2"] for x in p["ind"])


def ind(p, l3kw):
    m = [x for x in p["ind"] if l3kw in x["l3"]]
    assert len(m) == 1, (p["name"], l3kw)
    return m[0]


def num_in(s):
    return float(re.search(r"[\d.]+", s).group())


Q = []


def add(kind, question, expect, history=None):
    rec = {"id": f"v36-{len(Q) + 1:03d}", "kind": kind, "question": question}
    if history:
        rec["history"] = history
    rec["expect"] = expect
    Q.append(rec)


def proj(ps, **kw):
    e = {"projects": C(ps)}
    e.update(kw)
    return e


gb, gd, bc, nj, dw, rj, tg, zl, tf = (P("高标准农田"), P("耕地地力"), P("病虫害"), P("农机购置"), P("动物疫病"),
                                      P("人居环境"), P("农技推广"), P("质量安全监管"), P("托管"))
TOT = sum(p["total"] for p in ALL)

# ---- lookups
add("lookup", "高标准农田建设项目的项目编码是多少？", proj([gb], contains=[gb["code"]]))
add("lookup", "动物疫病防控经费由哪个单位具体实施？", proj([dw], contains=[dw["impl"]]))
add("lookup", "耕地地力保护补贴资金的年度资金总额是多少万元？", proj([gd], value=R(gd["total"])))
add("lookup", "动物疫病防控经费的年度资金总额是多少元？", proj([dw], value=R(dw["raw_total"])))
add("lookup", "动物疫病防控经费折合多少万元？", proj([dw], value=R(dw["total"])))
add("lookup", "农村人居环境整治（厕所革命）奖补资金里其他资金有多少？", proj([rj], value=R(rj["other"])))
add("lookup", "农产品质量安全监管项目的监测抽检合格率目标是多少？",
    proj([zl], contains=[ind(zl, "抽检合格率")["val"].lstrip("≥=")]))
x = ind(gb, "新建高标准农田面积")
add("lookup", "高标准农田建设项目新建面积指标是多少，设定依据是什么？",
    proj([gb], contains=[x["val"].lstrip("≥"), x["basis"].strip("《》")]))
add("lookup", "动物疫病防控经费的强制免疫病种指标值是多少？", proj([dw], contains=[ind(dw, "强制免疫病种")["val"].lstrip("=")]))
add("lookup", "农业生产托管服务项目的补助标准是怎么定的？", proj([tf], contains=["200元"]))

# ---- thresholds / negations
add("threshold", "资金总额不少于300万元的项目有哪些？", proj([p for p in ALL if p["total"] >= 300]))
add("threshold", "资金总额超过300万元的项目有哪些？", proj([p for p in ALL if p["total"] > 300]))
add("threshold", "资金总额低于100万元的项目有哪些？", proj([p for p in ALL if p["total"] < 100]))
add("threshold", "年度资金总额介于100万元和600万元之间的项目有哪些？", proj([p for p in ALL if 100 <= p["total"] <= 600]))
add("threshold", "哪些项目的资金过千万？", proj([p for p in ALL if p["total"] > 1000]))
add("negation", "哪些项目没有安排其他资金？", proj([p for p in ALL if p["other"] == 0]))

# ---- lacking a kind
add("lacking", "哪些项目没有设置满意度指标？", proj([p for p in ALL if not has_l2(p, "满意度")]))
add("lacking", "哪个项目缺少时效指标？", proj([p for p in ALL if not has_l2(p, "时效")]))
add("lacking", "哪些项目没有列资金支出进度计划？", proj([p for p in ALL if not p["plan"]]))
add("lacking", "哪些项目没有经济效益指标？", proj([p for p in ALL if not has_l2(p, "经济效益")]))

# ---- counts
add("count", "这份绩效目标一共包含几个项目？", proj(ALL, value=len(ALL)))
add("count", "高标准农田建设项目共设置了多少条三级指标？", proj([gb], value=len(gb["ind"])))
add("count", "所有项目合计有多少条三级指标？", proj(ALL, value=sum(len(p["ind"]) for p in ALL)))
new = [p for p in ALL if p["attr"] == "新增项目"]
add("count", "有几个项目属于新增项目？", proj(new, value=len(new)))

# ---- sums / means / shares / differences / ratios
add("sum", "全部项目年度资金总额合计多少万元？", proj(ALL, value=R(TOT)))
bj = [p for p in ALL if p["impl"].endswith("本级")]
oth = [p for p in ALL if p["other"] > 0]
add("sum", "各项目其他资金合计多少万元？", proj(oth, value=R(sum(p["other"] for p in oth))))
add("sum", "农业农村局本级实施的项目资金总额合计是多少？", proj(bj, value=R(sum(p["total"] for p in bj))))
add("mean", "9个项目的平均资金总额是多少万元？", proj(ALL, value=R(TOT / len(ALL))))
cont = [p for p in ALL if p["attr"] == "延续性项目"]
add("mean", "延续性项目平均每个安排多少万元？", proj(cont, value=R(sum(p["total"] for p in cont) / len(cont))))
add("share", "高标准农田建设项目资金占全部项目资金总额的百分之几？", proj([gb], value=R(gb["total"] / TOT * 100)))
add("share", "动物疫病防控经费占全部项目资金的比例是多少（%）？", proj([dw], value=R(dw["total"] / TOT * 100)))
add("difference", "农机购置与应用补贴和动物疫病防控经费相差多少万元？", proj([nj, dw], value=R(nj["total"] - dw["total"])))
add("ratio", "耕地地力保护补贴资金是农产品质量安全监管项目的多少倍？", proj([gd, zl], value=R(gd["total"] / zl["total"])))

# ---- per-unit money
area = num_in(ind(gb, "新建高标准农田面积")["val"])
add("per_unit", "按新建面积算，高标准农田建设项目每亩平均投入多少元？", proj([gb], value=R(gb["total"] * 10000 / area)))
hh = num_in(ind(rj, "改造农村户厕")["val"])
add("per_unit", "厕所革命奖补资金按改造户厕数计算，每户平均多少元？", proj([rj], value=R(rj["total"] * 10000 / hh)))

# ---- spending plan
add("plan", "高标准农田建设项目到6月底计划累计支出多少万元？", proj([gb], value=R(gb["total"] * gb["plan"][1] / 100)))
add("plan", "耕地地力保护补贴资金在7月到9月这个季度计划支出多少万元？",
    proj([gd], value=R(gd["total"] * (gd["plan"][2] - gd["plan"][1]) / 100)))
add("plan", "哪些项目6月底累计支出计划达到50%及以上？", proj([p for p in ALL if p["plan"] and p["plan"][1] >= 50]))

# ---- top / bottom
srt = sorted(ALL, key=lambda p: -p["total"])
add("topn", "资金总额最高的3个项目是哪几个？", proj(srt[:3]))
add("topn", "资金总额最少的两个项目是哪两个？", proj(srt[-2:]))

# ---- exclusion / OR / partial references
ex = [p for p in ALL if p not in (gb, gd)]
add("exclusion", "除了高标准农田建设和耕地地力保护补贴，其余项目资金合计多少万元？", proj(ex, value=R(sum(p["total"] for p in ex))))
add("or", "实施单位是农业技术推广中心或者动物疫病预防控制中心的项目有哪些？",
    proj([p for p in ALL if "农业技术推广中心" in p["impl"] or "动物疫病预防控制中心" in p["impl"]]))
add("partial_ref", "哪些项目的指标依据引用了冀农发8号文？",
    proj([p for p in ALL if any("冀农发〔2023〕8号" in x["basis"] for x in p["ind"])]))
add("or", "指标设定依据用到《农田建设项目管理办法》或农办牧11号文的项目有哪些？",
    proj([p for p in ALL if any("农田建设项目管理办法" in x["basis"] or "农办牧〔2024〕11号" in x["basis"] for x in p["ind"])]))

# ---- descriptive
assert "粮食总产量稳定在75万吨以上" in PROSE and "一卡通" in PROSE
add("descriptive", "大名县农业农村局2025年的总体绩效目标中粮食总产量要达到多少？", {"contains": ["75万吨"]})
add("descriptive", "动物疫病防控经费主要用在哪些方面？", proj([dw], contains=["强制免疫"]))

# ---- follow-ups
add("followup", "它由哪个单位实施？", proj([nj], contains=[nj["impl"]]), history=["农机购置与应用补贴的资金总额是多少？"])
add("followup", "那它6月底计划累计支出多少万元？", proj([gd], value=R(gd["total"] * gd["plan"][1] / 100)),
    history=["耕地地力保护补贴资金安排了多少钱？"])

# ---- traps
add("trap", "年度资金总额低于50万元的项目有哪些？", proj([p for p in ALL if p["total"] < 50]))
add("trap", "哪个项目的资金总额最少？", proj(srt[-1:], contains=[srt[-1]["name"]]))
add("trap", "9月底累计支出计划不低于75%的项目有哪些？", proj([p for p in ALL if p["plan"] and p["plan"][2] >= 75]))
add("trap", "资金总额在300万元以下的项目有哪些？", proj([p for p in ALL if p["total"] <= 300]))
add("trap", "资金总额在45万元到50万元之间的项目是哪个？", proj([p for p in ALL if 45 <= p["total"] <= 50]))
add("trap", "3月底计划累计支出为0%的项目有哪些？", proj([p for p in ALL if p["plan"] and p["plan"][0] == 0]))

# ---- nothing found
add("not_found", "有没有渔业资源增殖放流项目？它的预算是多少？", {"found": False})
assert not [p for p in ALL if p["total"] > 3000]
add("not_found", "资金总额超过3000万元的项目有哪些？", {"found": False})
assert not [p for p in ALL if p["plan"] and p["plan"][0] > 30]
add("not_found", "3月底累计支出计划超过30%的项目有哪些？", {"found": False})
assert not [p for p in ALL if any(x["l1"] == "满意度指标" and num_in(x["val"]) < 80 for x in p["ind"])]
add("not_found", "哪些项目的满意度目标低于80%？", {"found": False})
assert not [p for p in ALL if p["attr"] == "一次性项目"]
add("not_found", "项目属性为一次性项目的有哪些？", {"found": False})
assert not [p for p in ALL if any("农业保险条例" in x["basis"] for x in p["ind"])]
add("not_found", "哪些项目的指标依据引用了《农业保险条例》？", {"found": False})

# ---- checks
codes = {p["code"] for p in ALL}
assert len(codes) == 9 and all(len(c) == 21 for c in codes)
for q in Q:
    for c in q["expect"].get("projects", []):
        assert c in codes, c
    if "projects" in q["expect"]:
        assert q["expect"]["projects"], q
assert len(Q) == 60, len(Q)
with OUT.open("w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(OUT, len(Q))
