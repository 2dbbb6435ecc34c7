"""Write eval/heldout/heldout_v5.jsonl: hand-written questions, expectations computed from the .docx tables.

Every expected value, project set and count below is computed from the records that extract.py reads from the
.docx files with python-docx; nothing is typed in by hand except the question wording, the contains-phrases
of descriptive / structural questions, and the choice of which projects a question names.

Run:  /work/main/.venv/bin/python eval/heldout/v5_script/build.py
"""
import json
import math
import re
from decimal import Decimal
from pathlib import Path

from extract import load_all

OUT = Path(__file__).resolve().parents[1] / "heldout_v5.jsonl"
D = load_all()
SJ, SA, OT, JT = D["shijian"], D["sample"], D["other"], D["jiaotong"]
STORES = {
    "shijian": SJ,
    "sample": SA,
    "other": OT,
    "jiaotong": JT,
    "shijian_sample": SJ + SA,
}


# ---------------------------------------------------------------- helpers over records
def P(recs, n):
    """n-th project (1-based, document order)."""
    return recs[n - 1]


def by_name(recs, part):
    hits = [p for p in recs if part in p["name"]]
    assert len(hits) == 1, (part, [h["name"] for h in hits])
    return hits[0]


def codes(ps):
    return sorted({p["code"] for p in ps})


NUM_RE = re.compile(r"^(≥|≤|=|＝|不低于|不高于|不少于|不超过)?\s*(-?[\d.]+)\s*(.*)$")


def parsed(r):
    """(nature, number or None, unit) of an indicator row, from split columns or from a joined value."""
    if "nature" in r:
        nat = r["nature"]
        if nat == "定性":
            return nat, None, ""
        return nat, Decimal(r["value"]), r.get("unit", "")
    m = NUM_RE.match(r["value"])
    if not m:
        return "定性", None, ""
    nat = {"不低于": "≥", "不少于": "≥", "不高于": "≤", "不超过": "≤", "＝": "="}.get(m.group(1), m.group(1) or "=")
    return nat, Decimal(m.group(2)), m.group(3)


def sat(p):
    rows = [r for r in p["rows"] if r["l1"].startswith("满意度")]
    if not rows:
        return None
    assert len(rows) == 1
    nat, v, unit = parsed(rows[0])
    assert unit == "%", rows[0]
    return v


def norm_ref(s):
    for a, b in (("【", "〔"), ("】", "〕"), ("[", "〔"), ("]", "〕"), ("（", "〔"), ("）", "〕"), ("(", "〔"), (")", "〕")):
        s = s.replace(a, b)
    return s


def cites(p, ref):
    """ref in the project name or in an indicator basis column (any bracket style)."""
    texts = [p["name"]] + [r.get("basis", "") for r in p["rows"]]
    return any(norm_ref(ref) in norm_ref(t) for t in texts)


def cites_re(p, pattern):
    texts = [p["name"]] + [r.get("basis", "") for r in p["rows"]]
    return any(re.search(pattern, norm_ref(t)) for t in texts)


def plan_at(p, label):
    return None if p["plan"] is None else p["plan"][label]


def l2s(p, l1):
    out = []
    for r in p["rows"]:
        if r["l1"] == l1 and r["l2"] not in out:
            out.append(r["l2"])
    return out


def f(x, nd=4):
    x = float(x)
    assert math.isfinite(x)
    return round(x, nd)


def pct(a, b):
    return f(Decimal(a) / Decimal(b) * 100)


def E(ps=None, value=None, contains=None):
    e = {}
    if ps is not None:
        e["projects"] = codes(ps)
    if value is not None:
        e["value"] = f(value)
    if contains is not None:
        e["contains"] = contains
    return e


NOTFOUND = {"found": False}

# ---------------------------------------------------------------- shijian (涉县市场监督管理局)
S = {n: P(SJ, n) for n in range(1, len(SJ) + 1)}
tot = lambda ps: sum(p["total_wan"] for p in ps)
sj_sat = [p for p in SJ if sat(p) is not None]
sj_plan = [p for p in SJ if p["plan"]]
food = by_name(SJ, "食品安全监督抽检")
tezhong = by_name(SJ, "特种设备")
zhongyang = by_name(SJ, "冀财行")
xiaowei = by_name(SJ, "12315")
yaopin = by_name(SJ, "药品医疗器械")
jiliang = by_name(SJ, "计量器具")
zhuangbei = by_name(SJ, "执法装备")
zhiliang = by_name(SJ, "质量强县")
mingchu = by_name(SJ, "明厨亮灶")
jiceng = by_name(SJ, "基层市场监管所")


def row_of(p, l3_part):
    hits = [r for r in p["rows"] if l3_part in r["l3"]]
    assert len(hits) == 1, (p["name"], l3_part)
    return hits[0]


def joined(r):
    """指标值 and 度量单位 as one string (no 指标性质), e.g. 30分钟."""
    return r["value"] + r.get("unit", "")


Q = []


def q(store, kind, question, expect, history=None):
    Q.append(dict(store=store, kind=kind, question=question, expect=expect, history=history))


# lookups
q("shijian", "lookup", "请问特种设备安全监察经费的年度资金总额是多少", E([tezhong], tezhong["total_wan"]))
q("shijian", "lookup", "药品医疗器械化妆品监督抽检经费安排了多少万元", E([yaopin], yaopin["total_wan"]))
q("shijian", "lookup", "质量强县建设及品牌培育奖补资金的项目期限到哪一年", E([zhiliang], contains=["2027"]))
r = row_of(tezhong, "救援到达时间")
q("shijian", "lookup", "特种设备那个项目 电梯困人救援要求多长时间到场", E([tezhong], contains=[joined(r)]))
r = [(p, r) for p in SJ for r in p["rows"] if r.get("nature") == "定性" and r["value"] == "有效提升"]
assert len(r) == 1
q("shijian", "lookup", "有一个定性指标的指标值写的是“有效提升”，是哪个项目的", E([r[0][0]]))
r = [(p, r) for p in SJ for r in p["rows"] if r.get("nature") == "≥" and r["value"] == "1500" and r["unit"] == "户"]
assert len(r) == 1
q("shijian", "comparator", "指标值是≥1500户的那条指标属于哪个项目，指标名称叫什么", E([r[0][0]], contains=["双随机"]))

# 实施单位
q("shijian", "lookup-unit", "计量器具强制检定那个项目由哪个单位实施", E([jiliang], contains=["计量测试所"]))

# thresholds / ranges / comparators
q("shijian", "threshold", "满意度目标不低于九成的项目有哪些", E([p for p in sj_sat if sat(p) >= 90]))
q("shijian", "threshold", "满意度要求达到百分之九十五的项目", E([p for p in sj_sat if sat(p) >= 95]))
q("shijian", "threshold", "满意度目标低于0.9的都有哪几个项目", E([p for p in sj_sat if sat(p) < 90]))
q("shijian", "threshold", "年度资金总额未达到95万元的项目", E([p for p in SJ if p["total_wan"] < 95]))
q("shijian", "threshold", "资金在72万以内的项目有哪些", E([p for p in SJ if p["total_wan"] <= 72]))
ps = [p for p in SJ if 100 <= p["total_wan"] <= 200]
q("shijian", "range", "年度资金总额在100万到200万之间的有哪几个项目", E(ps))
ps = [p for p in SJ if p["total_wan"] > 200]
q("shijian", "count", "预算超过200万元的项目有几个", E(ps, len(ps)))
ps = [p for p in SJ if any(r["l2"] == "质量指标" and r["nature"] == "=" and r["value"] == "100" and r["unit"] == "%"
                           for r in p["rows"])]
q("shijian", "comparator", "哪些项目的质量指标里有指标性质为“=”、指标值100%的", E(ps))

# counts
q("shijian", "count-rows", "质量强县那个项目总共设了几条三级指标", E([zhiliang], len(zhiliang["rows"])))
rows = [(p, r) for p in SJ for r in p["rows"] if r.get("nature") == "定性"]
q("shijian", "count-rows", "全部项目加起来一共有几条定性指标", E([p for p, _ in rows], len(rows)))

# sums, means, shares, differences, ratios
q("shijian", "sum", "市监局今年项目资金总共多少钱", E(value=tot(SJ)))
ps = [p for p in SJ if p["other_wan"] > 0]
q("shijian", "sum", "其他资金合计是多少？都是哪些项目有其他资金", E(ps, sum(p["other_wan"] for p in ps)))
q("shijian", "mean", "设了满意度指标的项目 满意度目标平均是多少", E(value=sum(sat(p) for p in sj_sat) / len(sj_sat)))
q("shijian", "share", "冀财行〔2024〕88号那笔中央补助占全局项目资金的百分之多少",
  E([zhongyang], pct(zhongyang["total_wan"], tot(SJ))))
q("shijian", "difference", "基层所规范化建设经费比特种设备监察经费多多少",
  E([jiceng, tezhong], jiceng["total_wan"] - tezhong["total_wan"]))
q("shijian", "ratio", "中央市场监管补助资金是计量检定经费的几倍",
  E([zhongyang, jiliang], zhongyang["total_wan"] / jiliang["total_wan"]))

# per unit
r = row_of(food, "监督抽检批次")
q("shijian", "per-unit", "食品安全抽检经费按监督抽检批次算，平均每批次多少元",
  E([food], food["total_wan"] * 10000 / Decimal(r["value"])))
r = row_of(zhiliang, "奖补企业数量")
q("shijian", "per-unit", "质量品牌奖补资金平均每家企业能拿多少万", E([zhiliang], zhiliang["total_wan"] / Decimal(r["value"])))
r = row_of(xiaowei, "受理消费投诉举报件数")
q("shijian", "per-unit", "12315项目按受理投诉举报件数算，每件合多少元经费",
  E([xiaowei], xiaowei["total_wan"] * 10000 / Decimal(r["value"])))

# spending plan
q("shijian", "spending-plan", "食品抽检项目到二季度末累计计划支出多少万元",
  E([food], food["total_wan"] * plan_at(food, "2季度") / 100))
q("shijian", "spending-plan", "质量强县奖补资金1季度计划支出多少",
  E([zhiliang], zhiliang["total_wan"] * plan_at(zhiliang, "1季度") / 100))
q("shijian", "spending-plan-condition", "一季度末累计支出进度低于20%的项目",
  E([p for p in sj_plan if plan_at(p, "1季度") < 20]))
q("shijian", "spending-plan-condition", "上半年计划支出比例不低于一半的项目有哪些",
  E([p for p in sj_plan if plan_at(p, "2季度") >= 50]))
q("shijian", "spending-plan", "有支出计划的项目 到3季度末累计计划支出合计多少",
  E(sj_plan, sum(p["total_wan"] * plan_at(p, "3季度") / 100 for p in sj_plan)))

# top / bottom / exclusion / or / lacking
top = sorted(SJ, key=lambda p: -p["total_wan"])
q("shijian", "top-n", "钱最多的前三个项目是哪些", E(top[:3]))
assert top[2]["total_wan"] > top[3]["total_wan"]
bot = sorted(SJ, key=lambda p: p["total_wan"])
assert bot[1]["total_wan"] < bot[2]["total_wan"]
q("shijian", "bottom-n", "资金最少的两个项目是哪两个", E(bot[:2]))
ps = [p for p in SJ if "本级" not in p["unit"]]
q("shijian", "exclusion", "除了局本级实施的项目以外，其余项目资金合计多少", E(ps, tot(ps)))
q("shijian", "or", "引用了冀药监〔2024〕9号或者国办发〔2022〕5号的项目",
  E([p for p in SJ if cites(p, "冀药监〔2024〕9号") or cites(p, "国办发〔2022〕5号")]))
q("shijian", "lacking", "哪个项目没设满意度指标？", E([p for p in SJ if sat(p) is None]))
q("shijian", "lacking", "哪些项目没有可持续影响指标", E([p for p in SJ if not any(r["l2"] == "可持续影响指标" for r in p["rows"])]))

# policy references and laws
q("shijian", "policy-ref", "哪些项目的指标依据引用了冀市监〔2024〕30号", E([p for p in SJ if cites(p, "冀市监〔2024〕30号")]))
q("shijian", "partial-ref", "引用冀市监文件的项目有哪些（不管哪一年的）", E([p for p in SJ if cites_re(p, r"冀市监〔")]))
ps = [p for p in SJ if cites_re(p, r"〔2023〕45号")]
q("shijian", "partial-ref", "依据里有个2023年45号文 涉及哪个项目", E(ps, contains=["国市监信发"]))
q("shijian", "law", "依据《食品安全法》设定指标的项目有哪些", E([p for p in SJ if cites_re(p, r"食品安全法》")]))

# structure / descriptive
q("shijian", "structure", "明厨亮灶项目产出指标下面有哪些二级指标", E([mingchu], contains=l2s(mingchu, "产出指标")))
assert "索堡" in jiceng["goal"] and "政府质量奖" in zhiliang["goal"]
q("shijian", "descriptive", "基层市场监管所规范化建设经费是干什么用的", E([jiceng], contains=["索堡"]))
q("shijian", "descriptive", f"{zhiliang['code']}这个项目主要做什么", E([zhiliang], contains=["政府质量奖"]))

# follow-ups
q("shijian", "follow-up", "其中其他资金占多少比例", E([xiaowei], pct(xiaowei["other_wan"], xiaowei["total_wan"])),
  history=["12315消费投诉举报那个项目资金多少"])
ps = [p for p in SJ if p["unit"] == "涉县检验检测中心"]
q("shijian", "follow-up", "这些项目一共多少钱", E(ps, tot(ps)), history=["检验检测中心负责哪几个项目"])
q("shijian", "follow-up", "两者相差多少", E([zhuangbei], zhuangbei["total_wan"] - zhuangbei["fiscal_wan"]),
  history=["执法装备购置项目总共多少钱", "它的财政拨款是多少"])
best = max(sj_sat, key=sat)
assert sum(1 for p in sj_sat if sat(p) == sat(best)) == 1
q("shijian", "follow-up", "它一季度计划支出多少", E([best], best["total_wan"] * plan_at(best, "1季度") / 100),
  history=["满意度目标最高的是哪个项目"])

# not found
q("shijian", "not-found", "涉县市场监督管理局2024年的特种设备安全监察经费是多少", NOTFOUND)
q("shijian", "not-found", "武安市市场监督管理局的食品抽检经费有多少", NOTFOUND)
q("shijian", "not-found", "市场监管局的三公经费预算是多少", NOTFOUND)
assert not any(cites(p, "冀市监〔2022〕8号") for p in SJ)
q("shijian", "not-found", "哪些项目引用了冀市监〔2022〕8号", NOTFOUND)
assert not any("网络交易" in p["name"] for p in SJ)
q("shijian", "not-found", "网络交易监测项目的预算是多少", NOTFOUND)

# ---------------------------------------------------------------- sample (魏县人社局 2025)
laowu = by_name(SA, "劳务派遣")
shebao = by_name(SA, "社会保障工作经费")
shixun = by_name(SA, "公共实训基地")
weiwen = by_name(SA, "老干部春节慰问")
yanglao = by_name(SA, "城乡居民基本养老保险（基础养老金补助和缴费补贴）")
daitie = by_name(SA, "创业贷款贴息")
sa_sat = [p for p in SA if sat(p) is not None]

q("sample", "lookup", "劳务派遣人员工资这个项目预算多少", E([laowu], laowu["total_wan"]))
ps = [p for p in sa_sat if sat(p) >= 90]
q("sample", "count", "满意度目标在百分之九十及以上的项目有几个", E(ps, len(ps)))
ps = [p for p in SA if cites(p, "冀财社〔2024〕182号")]
assert len(ps) == 2
q("sample", "sum", "冀财社【2024】182号的两个项目加起来多少钱", E(ps, tot(ps)))
q("sample", "share", "城乡居民基本养老保险（基础养老金补助和缴费补贴）占全局预算总额的比例是多少",
  E([yanglao], pct(yanglao["total_wan"], tot(SA))))
q("sample", "spending-plan", "公共实训基地县级配套到6月底累计计划支出多少", E([shixun], shixun["total_wan"] * plan_at(shixun, "6月底") / 100))
q("sample", "spending-plan", "老干部春节慰问那个项目3月底前计划支出多少万元",
  E([weiwen], weiwen["total_wan"] * plan_at(weiwen, "3月底") / 100))
r = row_of(laowu, "政府购买服务人员数量")
q("sample", "per-head", "劳务派遣人员工资按政府购买服务人员数量算，人均多少万元",
  E([laowu], laowu["total_wan"] / Decimal(re.match(r"[\d.]+", r["value"]).group())))
q("sample", "partial-ref", "引用了冀人社规2019年2号文的项目有哪些", E([p for p in SA if cites_re(p, r"冀人社规〔2019〕2号")]))
ps = [p for p in SA if p["total_wan"] > 1000 and "133号" not in p["name"]]
q("sample", "exclusion", "预算超过1000万元的项目中，除了冀财社【2024】133号那个，还有哪些", E(ps))
ps = [p for p in SA if cites(p, "冀财社〔2024〕136号")]
q("sample", "follow-up", "这些项目的预算合计多少", E(ps, tot(ps)), history=["冀财社【2024】136号下面有几个项目"])
q("sample", "mean", "所有项目满意度目标的平均值是多少", E(value=sum(sat(p) for p in sa_sat) / len(sa_sat)))
assert "劳动监察大队" in laowu["use"]
q("sample", "descriptive", f"{laowu['code']} 这个项目是干嘛的", E([laowu], contains=["劳动监察大队"]))
q("sample", "comparator", "参保人数指标值写着≥50万人的项目有哪些",
  E([p for p in SA if any("参保人数" in r["l3"] and r["value"] == "≥50万人" for r in p["rows"])]))
q("sample", "count-rows", "创业贷款贴息资金一共有几个三级指标", E([daitie], len(daitie["rows"])))
assert not any(p["name"].startswith("2024年") for p in SA)
q("sample", "not-found", "魏县人社局2024年创业扶持资金预算多少", NOTFOUND)
q("sample", "not-found", "人社局的三公经费是多少", NOTFOUND)

# ---------------------------------------------------------------- other (临漳县农业农村局 2025)
dongwu = by_name(OT, "动物疫病")
jiance = by_name(OT, "农产品质量安全检测")
gaosuzhi = by_name(OT, "高素质农民")
nongji = by_name(OT, "农机购置")
cesuo = by_name(OT, "厕所革命")
gengdi = by_name(OT, "耕地地力")
bingchong = by_name(OT, "病虫害")
nongtian = by_name(OT, "高标准农田")
ot_sat = [p for p in OT if sat(p) is not None]

q("other", "lacking", "哪个项目没有设置时效指标", E([p for p in OT if not any(r["l2"] == "时效指标" for r in p["rows"])]))
q("other", "lookup", "请问农产品质量安全检测经费折合多少万元", E([jiance], jiance["total_wan"]))
q("other", "filter", "有其他资金来源的项目是哪几个", E([p for p in OT if p["other_wan"] > 0]))
q("other", "partial-ref", "指标依据引用邯财农文件的项目", E([p for p in OT if cites_re(p, r"邯财农〔")]))
r = row_of(gaosuzhi, "培育高素质农民人数")
q("other", "per-head", "高素质农民培育项目按培育人数算人均多少元",
  E([gaosuzhi], gaosuzhi["total_wan"] * 10000 / Decimal(re.search(r"[\d.]+", r["value"]).group())))
q("other", "spending-plan", "农机购置补贴那个到10月底累计要支出多少", E([nongji], nongji["total_wan"] * plan_at(nongji, "10月底") / 100))
top = sorted(OT, key=lambda p: -p["total_wan"])
assert top[2]["total_wan"] > top[3]["total_wan"]
q("other", "top-n", "资金总额排前三的项目", E(top[:3]))
q("other", "threshold", "满意度目标低于九成的项目", E([p for p in ot_sat if sat(p) < 90]))
q("other", "follow-up", "其中财政拨款占多大比例", E([cesuo], pct(cesuo["fiscal_wan"], cesuo["total_wan"])),
  history=["厕所革命奖补资金一共多少钱"])
q("other", "ratio", "耕地地力保护补贴是病虫害统防统治项目的多少倍", E([gengdi, bingchong], gengdi["total_wan"] / bingchong["total_wan"]))
q("other", "structure", "高标准农田项目的效益指标下有哪些二级指标", E([nongtian], contains=l2s(nongtian, "效益指标")))
assert not any(cites(p, "冀农规〔2022〕5号") for p in OT)
q("other", "not-found", "引用冀农规〔2022〕5号的项目有哪些", NOTFOUND)
q("other", "not-found", "临漳县农业农村局2025年农村供水工程维修养护经费是多少", NOTFOUND)

# ---------------------------------------------------------------- jiaotong (成安县交通运输局 2025)
anfang = by_name(JT, "安全生命防护")
weiqiao = by_name(JT, "危桥改造")
anjian = by_name(JT, "安全生产监管")
jt_sat = [p for p in JT if sat(p) is not None]
jt_plan = [p for p in JT if p["plan"]]

r = row_of(anfang, "实施安防工程里程")
q("jiaotong", "per-unit", "农村公路安全生命防护工程 按实施里程算每公里多少万元",
  E([anfang], anfang["total_wan"] / Decimal(re.search(r"[\d.]+", r["value"]).group())))
q("jiaotong", "spending-plan-condition", "3月底计划支出为零的项目", E([p for p in jt_plan if plan_at(p, "3月底") == 0]))
ps = [p for p in JT if p["unit"] == "成安县公路建设养护中心"]
q("jiaotong", "lookup-unit", "公路建设养护中心实施的项目资金一共多少", E(ps, tot(ps)))
q("jiaotong", "lacking", "哪个项目没有满意度指标", E([p for p in JT if sat(p) is None]))
q("jiaotong", "lookup", "安全生产监管经费 折成万元是多少", E([anjian], anjian["total_wan"]))
q("jiaotong", "policy-ref", "哪些项目引用了交运规〔2023〕4号", E([p for p in JT if cites(p, "交运规〔2023〕4号")]))
q("jiaotong", "range", "满意度目标在90%到95%之间的项目", E([p for p in jt_sat if 90 <= sat(p) <= 95]))
q("jiaotong", "follow-up", "两者相差多少", E([weiqiao], weiqiao["total_wan"] - weiqiao["fiscal_wan"]),
  history=["危桥改造工程预算多少", "它的财政拨款是多少"])
q("jiaotong", "mean", "有资金支出计划的项目 平均资金总额是多少", E(jt_plan, tot(jt_plan) / len(jt_plan)))
q("jiaotong", "not-found", "成安县交通运输局2024年农村公路日常养护经费多少", NOTFOUND)
assert not any(cites_re(p, "道路交通安全法") for p in JT)
q("jiaotong", "not-found", "引用《中华人民共和国道路交通安全法》的项目有哪些", NOTFOUND)

# ---------------------------------------------------------------- shijian_sample (both documents)
BOTH = SJ + SA
q("shijian_sample", "cross-department", "两个部门一共安排了多少项目资金", E(value=tot(BOTH)))
top = max(SJ, key=lambda p: p["total_wan"])
assert sum(1 for p in SJ if p["total_wan"] == top["total_wan"]) == 1
q("shijian_sample", "scoping", "市场监管局预算最高的项目是哪个", E([top], top["total_wan"]))
q("shijian_sample", "threshold", "满意度目标达到95%的项目有哪些", E([p for p in BOTH if sat(p) is not None and sat(p) >= 95]))
q("shijian_sample", "cross-department", "两个部门中满意度目标低于85%的项目",
  E([p for p in BOTH if sat(p) is not None and sat(p) < 85]))
q("shijian_sample", "not-found", "涉县人力资源和社会保障局的社会保障工作经费是多少", NOTFOUND)
low = min(SA, key=lambda p: p["total_wan"])
assert sum(1 for p in SA if p["total_wan"] == low["total_wan"]) == 1
q("shijian_sample", "scoping", "人社局的项目里资金最少的是哪个", E([low], low["total_wan"]))
q("shijian_sample", "policy-ref", "冀市监〔2023〕12号涉及哪些项目", E([p for p in BOTH if cites(p, "冀市监〔2023〕12号")]))
q("shijian_sample", "count", "两个部门加起来一共有多少个项目", E(value=len(BOTH)))
ps = [p for p in SJ if p["other_wan"] > 0]
q("shijian_sample", "scoping", "市场监管局有其他资金的项目有几个", E(ps, len(ps)))
q("shijian_sample", "difference", "市场监管局的项目资金合计比人社局少多少", E(value=tot(SA) - tot(SJ)))


def main():
    # stores: codes must be unique within a store
    for s, recs in STORES.items():
        assert len({p["code"] for p in recs}) == len(recs), s
    with OUT.open("w", encoding="utf-8") as fh:
        for i, item in enumerate(Q, start=1):
            rec = {"id": f"q{i:03d}", "question": item["question"]}
            if item["history"]:
                rec["history"] = item["history"]
            rec["expect"] = item["expect"]
            rec["store"] = item["store"]
            rec["kind"] = item["kind"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions to {OUT}")


if __name__ == "__main__":
    main()
