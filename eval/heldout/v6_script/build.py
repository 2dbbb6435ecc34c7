"""Write eval/heldout/heldout_v6.jsonl.

The question wording is written by hand below; every expected value, project set and count is computed from the
records that extract.py reads out of the documents (openpyxl for the .xlsx, python-docx for the .docx files).

Conventions (see README_v6.md): money in 万元 unless the question asks 元; percentages as numbers (25.76);
spending plans cumulative; 以上/以下/不少于/不低于/不高于/没超过/至少/以内/之间/及以上/达到 include the bound,
高于/低于/超过/不足/未达到/不到 exclude it; per-unit = printed amount ÷ printed target number.

Run:  /work/main/.venv/bin/python eval/heldout/v6_script/build.py
"""
import json
import re
from decimal import Decimal
from pathlib import Path

import extract

OUT = Path(__file__).resolve().parents[1] / "heldout_v6.jsonl"
LINES = []

_CACHE = {}


def recs(store):
    if store not in _CACHE:
        _CACHE[store] = extract.store_records(store)
    return _CACHE[store]


def find(store, name_part, year=None, dept=None):
    hits = [r for r in recs(store) if name_part in r["name"]
            and (year is None or r["year"] == year) and (dept is None or dept in (r["dept"] or ""))]
    assert len(hits) == 1, (store, name_part, year, [h["name"] for h in hits])
    return hits[0]


def codes(rs):
    out = []
    for r in rs:
        if r["code"] not in out:
            out.append(r["code"])
    assert out, "empty project set"
    return out


def num(x):
    x = float(x)
    return round(x, 4) if abs(x - round(x, 2)) > 1e-9 else round(x, 2)


BR = str.maketrans({"【": "〔", "】": "〕", "[": "〔", "]": "〕", "（": "〔", "）": "〕", "(": "〔", ")": "〕"})


def ref_texts(r):
    return [r["name"].translate(BR)] + [row["basis"].translate(BR) for row in r["rows"]]


def cites(r, ref):
    ref = ref.translate(BR)
    return any(ref in t for t in ref_texts(r))


def cites_issuer(r, issuer):
    return any(re.search(re.escape(issuer) + r"〔\d{4}〕\d+号", t) for t in ref_texts(r))


def cites_yearno(r, year, no):
    return any(re.search(rf"〔{year}〕{no}号", t) for t in ref_texts(r))


def cites_law(r, short):
    return any(short + "》" in row["basis"] for row in r["rows"])


def plan_amt(r, q):
    return r["plan"][q] / 100 * r["total"]


def Q(store, kind, question, history=None, **expect):
    if "projects" in expect:
        expect["projects"] = codes(expect["projects"])
    if "value" in expect:
        expect["value"] = num(expect["value"])
    line = {"id": None, "question": question}
    if history:
        line["history"] = history
    line["expect"] = expect
    line["store"] = store
    line["kind"] = kind
    LINES.append(line)


def NF(store, question, history=None):
    Q(store, "not-found", question, history, found=False)


# ====================================================================== guantao (馆陶县应急管理局, .xlsx)
S = "guantao"
G = recs(S)
g = lambda part: find(S, part)
sat = [r for r in G if r["sat"] is not None]
plan = [r for r in G if r["plan"]]
benji = [r for r in G if r["unit"] == "馆陶县应急管理局（本级）"]
total_all = sum(r["total"] for r in G)

P_fx, P_wz, P_xz, P_px = g("防汛抗旱"), g("应急物资储备"), g("乡镇应急管理站"), g("宣传教育培训")
P_gb, P_wh, P_zh, P_zb, P_zj, P_zf = (g("应急广播"), g("危险化学品"), g("灾害信息员"), g("救援队伍装备"),
                                      g("专家技术服务"), g("监管执法专项"))

Q(S, "lookup", "请问馆陶县应急管理局的防汛抗旱应急保障经费预算是多少？", value=P_fx["total"], projects=[P_fx])
Q(S, "lookup", "危化品安全风险监测预警系统那个项目 编码是多少", projects=[P_wh], contains=[P_wh["code"]])
Q(S, "lookup", "应急物资储备及更新经费里面其他资金有多少万", value=P_wz["other"], projects=[P_wz])
Q(S, "lookup", "乡镇应急管理站标准化建设补助资金的财政拨款是多少", value=P_xz["fiscal"], projects=[P_xz])
Q(S, "lookup", "应急广播及预警信息发布系统运维经费是多少元？", value=P_gb["raw_total"], projects=[P_gb])


def row_value(r, l3_part):
    hits = [x for x in r["rows"] if l3_part in x["l3"]]
    assert len(hits) == 1, (r["name"], l3_part)
    return hits[0]["value"].lstrip("≥≤=")


Q(S, "lookup", "安全生产宣传教育培训经费的培训考核合格率定的目标是多少", projects=[P_px],
  contains=[row_value(P_px, "培训考核合格率")])
Q(S, "lookup", "应急物资调拨多长时间内必须到位？", projects=[P_wz], contains=[row_value(P_wz, "调拨到位时间")])
Q(S, "lookup", "救援队伍装备购置要求什么时候之前完成采购", projects=[P_zb], contains=[row_value(P_zb, "采购完成时间")])

unit_zf = [r for r in G if r["unit"] == "馆陶县应急管理综合行政执法队"]
Q(S, "lookup-unit", "安全生产专家技术服务经费是哪个单位实施的", projects=[P_zj], contains=["综合行政执法队"])
assert P_zj["unit"].endswith("综合行政执法队")
Q(S, "lookup-unit", "应急管理综合行政执法队负责实施哪些项目", projects=unit_zf)

Q(S, "threshold", "满意度目标在九成以上的项目有哪些", projects=[r for r in sat if r["sat"] >= 90])
Q(S, "comparator", "满意度指标要求高于百分之九十的是哪几个项目", projects=[r for r in sat if r["sat"] > 90])
Q(S, "threshold", "资金总额没超过60万元的项目有哪些？", projects=[r for r in G if r["total"] <= 60])
Q(S, "range", "资金总额在100万到300万之间的项目有哪些", projects=[r for r in G if 100 <= r["total"] <= 300])
Q(S, "comparator", "满意度目标未达到0.88的项目", projects=[r for r in sat if r["sat"] < 88])
Q(S, "threshold", "资金总额不低于235万元的项目有哪些？", projects=[r for r in G if r["total"] >= 235])
Q(S, "threshold", "资金总额50万以内的项目有哪几个", projects=[r for r in G if r["total"] <= 50])
Q(S, "comparator", "财政拨款不足100万的项目都有哪些", projects=[r for r in G if r["fiscal"] < 100])

Q(S, "count", "馆陶县应急管理局今年一共报了几个项目", value=len(G))
with_other = [r for r in G if r["other"] > 0]
Q(S, "count", "有几个项目用到了其他资金？", value=len(with_other), projects=with_other)
Q(S, "count-rows", "防汛抗旱那个项目一共设了几条三级指标", value=len(P_fx["rows"]), projects=[P_fx])

Q(S, "sum", "所有项目的财政拨款加起来是多少", value=sum(r["fiscal"] for r in G))
Q(S, "sum", "有资金支出计划的项目，资金总额合计多少？", value=sum(r["total"] for r in plan), projects=plan)
xinzeng = [r for r in G if r["attr"] == "新增项目"]
Q(S, "sum", "项目属性是新增项目的 一共安排了多少钱", value=sum(r["total"] for r in xinzeng), projects=xinzeng)

Q(S, "mean", "设了满意度指标的项目，满意度目标平均是多少？", value=sum(r["sat"] for r in sat) / len(sat))
Q(S, "share", "危化品监测预警系统建设资金占全局项目资金总额的百分之几", value=P_wh["total"] / total_all * 100,
  projects=[P_wh])
Q(S, "difference", "防汛抗旱经费比应急物资储备经费多多少", value=P_fx["total"] - P_wz["total"], projects=[P_fx, P_wz])
Q(S, "ratio", "危化监测系统的资金是专家技术服务经费的几倍", value=P_wh["total"] / P_zj["total"], projects=[P_wh, P_zj])


def target(r, l3_part):
    v = row_value(r, l3_part)
    return Decimal(re.search(r"\d+(?:\.\d+)?", v).group())


Q(S, "per-head", "安全生产宣传教育培训经费平均每培训一人次要花多少元？",
  value=P_px["total"] * 10000 / target(P_px, "培训人次"), projects=[P_px])
Q(S, "per-unit", "危化监测预警系统平均每接入一家企业是多少万元", value=P_wh["total"] / target(P_wh, "接入监测预警系统企业"),
  projects=[P_wh])

Q(S, "spending-plan", "防汛抗旱经费到6月底计划累计支出多少万元", value=plan_amt(P_fx, "q2"), projects=[P_fx])
Q(S, "spending-plan", "乡镇应急站那个项目三季度末累计要支出多少", value=plan_amt(P_xz, "q3"), projects=[P_xz])
Q(S, "spending-plan", "危化监测项目一季度末计划支出多少钱", value=plan_amt(P_wh, "q1"), projects=[P_wh])
Q(S, "spending-plan-condition", "3月底支出进度计划低于20%的项目有哪些", projects=[r for r in plan if r["plan"]["q1"] < 20])
Q(S, "spending-plan", "有支出计划的项目到上半年末累计计划支出合计是多少？", value=sum(plan_amt(r, "q2") for r in plan), projects=plan)

by_total = sorted(G, key=lambda r: r["total"], reverse=True)
assert by_total[2]["total"] != by_total[3]["total"] and by_total[-2]["total"] != by_total[-3]["total"]
Q(S, "top-n", "资金最多的三个项目是哪三个", projects=by_total[:3])
Q(S, "bottom-n", "预算最少的两个项目是哪两个？", projects=by_total[-2:])

not_benji = [r for r in G if r not in benji]
Q(S, "exclusion", "除了局本级实施的项目以外，其余项目资金合计多少", value=sum(r["total"] for r in not_benji),
  projects=not_benji)
Q(S, "or", "应急物资储备中心或者综合应急救援大队实施的项目有哪些",
  projects=[r for r in G if r["unit"] in ("馆陶县应急物资储备中心", "馆陶县综合应急救援大队")])
Q(S, "lacking", "哪个项目没有设置满意度指标？", projects=[r for r in G if r["sat"] is None])

Q(S, "policy-ref", "引用了冀应急〔2024〕12号的项目有哪些", projects=[r for r in G if cites(r, "冀应急〔2024〕12号")])
Q(S, "partial-ref", "指标依据里用到邯应急文件的项目有哪几个", projects=[r for r in G if cites_issuer(r, "邯应急")])
Q(S, "partial-ref", "文号是2025年3号的那个文件，哪些项目引用了？", projects=[r for r in G if cites_yearno(r, 2025, 3)])
Q(S, "policy-ref", "馆政办〔2024〕27号这个文件对应的项目预算多少", value=P_wh["total"],
  projects=[r for r in G if cites(r, "馆政办〔2024〕27号")])
Q(S, "law", "哪些项目的指标依据引用了安全生产法", projects=[r for r in G if cites_law(r, "安全生产法")])

Q(S, "follow-up", "它的满意度目标是多少", history=["应急物资储备及更新经费预算是多少？"], projects=[P_wz],
  contains=[f"{P_wz['sat']}%"])
Q(S, "follow-up", "这些项目加起来一共多少钱", history=["综合行政执法队实施了哪些项目？"],
  value=sum(r["total"] for r in unit_zf), projects=unit_zf)
Q(S, "follow-up", "两者相差多少万元", history=["防汛抗旱应急保障经费多少钱？", "那乡镇应急管理站标准化建设补助资金呢？"],
  value=P_fx["total"] - P_xz["total"], projects=[P_fx, P_xz])
over200 = [r for r in G if r["total"] > 200]
Q(S, "follow-up", "其中由局本级实施的是哪几个", history=["资金总额超过200万元的项目有哪些？"],
  projects=[r for r in over200 if r in benji])

l2 = []
for row in P_fx["rows"]:
    if row["l1"] == "产出指标" and row["l2"] not in l2:
        l2.append(row["l2"])
Q(S, "structure", "防汛抗旱项目的产出指标下面有哪些二级指标", projects=[P_fx], contains=l2)
Q(S, "structure", "危化监测项目的效益指标包括哪些三级指标？", projects=[P_wh],
  contains=[row["l3"] for row in P_wh["rows"] if row["l1"] == "效益指标"])

assert "277个" in P_gb["use"] and "277个" in P_gb["goal"]
Q(S, "descriptive", "应急广播那个项目是干什么用的", projects=[P_gb], contains=["277个"])
assert "285名灾害信息员" in P_zh["goal"]
Q(S, "descriptive", "灾害信息员补助项目的年度绩效目标是什么", projects=[P_zh], contains=["285名灾害信息员"])
_dept = extract.read_xlsx(extract.DOCS["guantao"])[1]
assert "双监控" in _dept["保障措施"]
Q(S, "descriptive", "馆陶应急局今年部门层面的保障措施有哪些", contains=["双监控"])

NF(S, "馆陶县应急管理局2024年的防汛抗旱经费是多少")
NF(S, "大名县应急管理局安全生产执法经费是多少？")
NF(S, "应急管理局的三公经费预算多少")
assert not any(cites(r, "冀应急〔2023〕12号") for r in G)
NF(S, "哪些项目引用了冀应急〔2023〕12号")
NF(S, "馆陶县应急管理局在编人数有多少")
assert not any("森林" in r["name"] for r in G)
NF(S, "森林草原防灭火专项经费安排了多少钱")

# ====================================================================== shijian (涉县市场监督管理局, .docx)
S = "shijian"
J = recs(S)
j = lambda part: find(S, part)
jsat = [r for r in J if r["sat"] is not None]
J_ts, J_jl, J_zl, J_yp, J_xf, J_zf = (j("特种设备"), j("计量器具"), j("质量强县"), j("药品医疗器械"),
                                      j("12315"), j("综合执法装备"))
Q(S, "lookup", "涉县市场监管局特种设备安全监察经费是多少", value=J_ts["total"], projects=[J_ts])
Q(S, "lookup-unit", "检验检测中心实施的项目有哪些", projects=[r for r in J if r["unit"] == "涉县检验检测中心"])
Q(S, "threshold", "年度资金总额超过200万的项目", projects=[r for r in J if r["total"] > 200])
Q(S, "per-unit", "计量器具强制检定项目平均每台件的检定经费是多少元",
  value=J_jl["total"] * 10000 / target(J_jl, "强制检定计量器具数量"), projects=[J_jl])
Q(S, "spending-plan", "质量强县建设及品牌培育奖补资金到二季度末累计计划支出多少", value=plan_amt(J_zl, "q2"), projects=[J_zl])
s90 = [r for r in jsat if r["sat"] >= 90]
Q(S, "count", "满意度目标不低于百分之九十的项目有几个？", value=len(s90), projects=s90)
Q(S, "policy-ref", "冀市监〔2024〕30号被哪些项目引用了", projects=[r for r in J if cites(r, "冀市监〔2024〕30号")])
Q(S, "lookup", "药品医疗器械化妆品监督抽检经费合多少万元", value=J_yp["total"], projects=[J_yp])
Q(S, "lacking", "涉县市场监管局哪个项目没设满意度指标", projects=[r for r in J if r["sat"] is None])
Q(S, "follow-up", "它的其他资金是多少", history=["12315消费投诉举报处置及消费维权经费多少钱？"],
  value=J_xf["other"], projects=[J_xf])
Q(S, "sum", "所有项目的其他资金合计是多少？", value=sum(r["other"] for r in J))
NF(S, "涉县市场监督管理局2023年的食品安全抽检经费是多少")
assert not any(cites(r, "国市监信发〔2024〕45号") for r in J)
NF(S, "哪些项目依据了国市监信发〔2024〕45号")

# ====================================================================== sample (魏县人社局 2025)
S = "sample"
W = recs(S)
w = lambda part: find(S, part)
W_sb, W_lw, W_sx, W_ww = w("社会保障工作经费"), w("劳务派遣"), w("公共实训基地"), w("慰问")
Q(S, "lookup", "社会保障工作经费预算数是多少", value=W_sb["total"], projects=[W_sb])
Q(S, "policy-ref", "冀财社【2024】136号涉及哪几个项目", projects=[r for r in W if cites(r, "冀财社〔2024〕136号")])
Q(S, "per-head", "劳务派遣人员工资平均每人多少万元", value=W_lw["total"] / target(W_lw, "政府购买服务人员数量"),
  projects=[W_lw])
Q(S, "threshold", "预算数超过1000万元的项目有哪些", projects=[r for r in W if r["total"] > 1000])
Q(S, "spending-plan", "公共实训基地县级配套到6月底计划支出多少万元", value=plan_amt(W_sx, "q2"), projects=[W_sx])
s85 = [r for r in W if r["sat"] == 85]
Q(S, "count", "满意度目标定为85%的项目有几个", value=len(s85), projects=s85)
Q(S, "partial-ref", "哪些项目引用了邯银发的文件？", projects=[r for r in W if cites_issuer(r, "邯银发")])
Q(S, "sum", "魏县人社局所有项目预算数加起来多少", value=sum(r["total"] for r in W))
NF(S, "魏县人社局2023年的创业扶持资金是多少")
Q(S, "lookup", "老干部春节慰问要在什么时间前完成", projects=[W_ww], contains=[row_value(W_ww, "慰问完成时间")])

# ====================================================================== other (临漳县农业农村局 2025)
S = "other"
O = recs(S)
o = lambda part: find(S, part)
O_zf, O_jc, O_gd, O_gs, O_cs = o("农业综合行政执法"), o("农产品质量安全检测"), o("耕地地力"), o("高素质农民"), o("厕所革命")
Q(S, "lookup", "农业综合行政执法工作经费是多少万元", value=O_zf["total"], projects=[O_zf])
Q(S, "lookup", "农产品质量安全检测经费的其他资金是多少元", value=O_jc["other"] * 10000, projects=[O_jc])
Q(S, "per-unit", "耕地地力保护补贴平均每亩多少元", value=O_gd["total"] / target(O_gd, "补贴发放面积"), projects=[O_gd])
Q(S, "policy-ref", "哪些项目依据了邯财农〔2024〕18号", projects=[r for r in O if cites(r, "邯财农〔2024〕18号")])
Q(S, "filter", "哪些项目有资金支出计划", projects=[r for r in O if r["plan"]])
Q(S, "spending-plan", "高素质农民培育项目10月底计划累计支出多少", value=plan_amt(O_gs, "q3"), projects=[O_gs])
Q(S, "threshold", "满意度目标达到95%的项目", projects=[r for r in O if r["sat"] is not None and r["sat"] >= 95])
NF(S, "临漳县林业局的植树造林经费是多少")
o_top = sorted(O, key=lambda r: r["total"], reverse=True)
Q(S, "top-n", "资金总额最高的两个项目", projects=o_top[:2])
Q(S, "per-unit", "厕所革命奖补资金平均每户多少元", value=O_cs["total"] * 10000 / target(O_cs, "农村户厕改造数量"),
  projects=[O_cs])

# ====================================================================== county (魏县教育局 / 卫生健康局, 2023 and 2024)
S = "county"
C = recs(S)
c = lambda part, year, dept: find(S, part, year, dept)
C_tj24 = c("特殊教育", 2024, "教育局")
C_jk23 = c("健康教育", 2023, "卫生健康局")
C_xx23, C_xx24 = c("教育信息化", 2023, "教育局"), c("教育信息化", 2024, "教育局")
C_kh23 = c("课后服务", 2023, "教育局")
Q(S, "lookup", "2024年魏县教育局特殊教育项目预算数是多少", value=C_tj24["total"], projects=[C_tj24])
Q(S, "lookup", "2023年卫健局健康教育专项资金多少钱", value=C_jk23["total"], projects=[C_jk23])
Q(S, "difference", "教育信息化县级配套资金2024年比2023年增加了多少", value=C_xx24["total"] - C_xx23["total"],
  projects=[C_xx23, C_xx24])
wj23 = [r for r in C if r["year"] == 2023 and "卫生健康局" in r["dept"]]
Q(S, "lacking", "2023年魏县卫生健康局哪些项目没有设置满意度指标", projects=[r for r in wj23 if r["sat"] is None])
wj24 = [r for r in C if r["year"] == 2024 and "卫生健康局" in r["dept"]]
Q(S, "sum", "2024年魏县卫生健康局所有项目资金合计是多少", value=sum(r["total"] for r in wj24))
Q(S, "spending-plan", "2023年教育局课后服务补助资金3月底计划支出多少", value=plan_amt(C_kh23, "q1"), projects=[C_kh23])
NF(S, "魏县教育局2022年特殊教育项目预算多少")
jy24 = sorted([r for r in C if r["year"] == 2024 and "教育局" in r["dept"]], key=lambda r: r["total"], reverse=True)
Q(S, "top-n", "2024年魏县教育局预算数最高的项目是哪个", projects=jy24[:1])

# ====================================================================== guantao_sample (馆陶应急 + 魏县人社)
S = "guantao_sample"
X = recs(S)
GX = [r for r in X if r["dept"] == "馆陶县应急管理局"]
WX = [r for r in X if r["dept"] == "魏县人力资源和社会保障局"]
assert len(GX) + len(WX) == len(X)
Q(S, "sum", "馆陶县应急管理局和魏县人社局全部项目资金加起来多少", value=sum(r["total"] for r in X))
Q(S, "bottom-n", "两个单位所有项目里资金最少的是哪个项目", projects=sorted(X, key=lambda r: r["total"])[:1])
Q(S, "scoping", "馆陶应急局的防汛抗旱经费是多少？", value=P_fx["total"], projects=[P_fx])
Q(S, "scoping", "魏县人社局一共有几个项目", value=len(WX))
Q(S, "threshold", "两个部门里满意度目标在百分之九十五及以上的项目有哪些", projects=[r for r in X if r["sat"] is not None and r["sat"] >= 95])
Q(S, "policy-ref", "哪些项目引用了冀应急〔2024〕12号？", projects=[r for r in X if cites(r, "冀应急〔2024〕12号")])
Q(S, "spending-plan-condition", "6月底资金支出计划已经达到100%的项目有哪些",
  projects=[r for r in X if r["plan"] and r["plan"]["q2"] >= 100])
NF(S, "魏县应急管理局有哪些项目")
Q(S, "top-n", "馆陶县应急管理局资金最多的项目是哪个", projects=sorted(GX, key=lambda r: r["total"], reverse=True)[:1])
Q(S, "cross-department", "馆陶的安全生产宣传教育培训经费比魏县人社局的社会保障工作经费少多少万元",
  value=W_sb["total"] - P_px["total"], projects=[P_px, W_sb])


def main():
    with OUT.open("w", encoding="utf-8") as f:
        for i, line in enumerate(LINES, 1):
            line["id"] = f"q{i:03d}"
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    from collections import Counter
    print(f"wrote {OUT}: {len(LINES)} questions")
    print("stores:", dict(Counter(l["store"] for l in LINES)))
    print("kinds:", dict(Counter(l["kind"] for l in LINES).most_common()))


if __name__ == "__main__":
    main()
