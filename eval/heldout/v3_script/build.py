"""Build eval/heldout/heldout_v3.jsonl.

Every expected value, project set and count below is computed from the records that
extract.py reads out of the .docx tables; the question wording is written by hand.
Run:  /work/main/.venv/bin/python eval/heldout/v3_script/build.py
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from extract import STORES, load  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "heldout_v3.jsonl"
DATA = load()
MONTHS = ["3月底", "6月底", "10月底", "12月底"]


# ---------------------------------------------------------------- helpers
def docs(*keys):
    return [r for r in DATA if r["doc"] in keys]


def R(doc, idx):
    [r] = [r for r in DATA if r["doc"] == doc and r["index"] == idx]
    return r


def by_name(doc, fragment):
    rs = [r for r in DATA if r["doc"] == doc and fragment in r["name"]]
    assert len(rs) == 1, (doc, fragment, [r["name"] for r in rs])
    return rs[0]


def codes(rs):
    out = []
    for r in rs:
        if r["code"] not in out:
            out.append(r["code"])
    return out


def store_recs(store):
    return docs(*STORES[store])


def B(r):
    """预算数 / 资金总额 in 万元."""
    return r["budget_wan"]


def F(r):
    return r["fiscal_wan"] or 0.0


def O(r):
    return r["other_wan"] or 0.0


def rnd(x, n=4):
    return round(x, n)


def number(s):
    m = re.search(r"(\d+(?:\.\d+)?)", s or "")
    return float(m.group(1)) if m else None


def pct_value(s):
    """Numeric value of a percentage target (≥90%, 不低于90%, 100%), else None."""
    s = s or ""
    if "%" not in s:
        return None
    return number(s)


def l2_norm(s):
    s = s.strip()
    return s if s.endswith("指标") else s + "指标"


def inds(r, l1=None, l2=None, l3=None):
    out = []
    for i in r["indicators"]:
        if l1 and i["l1"] != l1:
            continue
        if l2 and l2_norm(i["l2"]) != l2:
            continue
        if l3 and l3 not in i["l3"]:
            continue
        out.append(i)
    return out


def sat(r):
    rows = inds(r, l1="满意度指标")
    assert len(rows) <= 1, r["name"]
    return pct_value(rows[0]["value"]) if rows else None


def has_l2(r, l2):
    return bool(inds(r, l2=l2))


def plan_at(r, month):
    """Cumulative plan percentage at a month; a blank after a reached value keeps it."""
    if not r["plan"]:
        return None
    cur = None
    for m in MONTHS:
        v = r["plan"].get(m, "")
        if v:
            cur = number(v)
        if m == month:
            return cur
    return cur


def cost_wan(r):
    rows = inds(r, l2="成本指标")
    assert len(rows) == 1, r["name"]
    v = rows[0]["value"]
    x = number(v)
    if "万元" in v:
        return x
    if "元" in v:
        return x / 10000
    return None


def basis_has(r, pattern):
    return any(re.search(pattern, i["basis"]) for i in r["indicators"])


def cites(r, pattern):
    """Document reference in an indicator basis or in the project name."""
    return basis_has(r, pattern) or re.search(pattern, r["name"]) is not None


def ref(issuer, year, no):
    """Regex for a document number written with any bracket style."""
    return re.escape(issuer) + r"[〔【\[（(]" + str(year) + r"[〕】\]）)]" + str(no) + "号"


def pair(doc_a, doc_b):
    """(record in doc_a, record in doc_b) for each code present in both."""
    b = {r["code"]: r for r in docs(doc_b)}
    return [(r, b[r["code"]]) for r in docs(doc_a) if r["code"] in b]


def total(rs):
    return sum(B(r) for r in rs)


# ---------------------------------------------------------------- questions
Q = []


def q(store, kind, question, history=None, **expect):
    if "projects" in expect:
        expect["projects"] = codes(expect["projects"])
        assert expect["projects"], question
    if "value" in expect:
        expect["value"] = rnd(expect["value"])
    item = {"store": store, "kind": kind, "question": question}
    if history:
        item["history"] = history
    item["expect"] = expect
    Q.append(item)


S = docs("sample")
OT = docs("other")
s = lambda i: R("sample", i)  # noqa: E731
o = lambda i: R("other", i)  # noqa: E731

# ============================ sample: 魏县人社局 2025 ============================
q("sample", "threshold", "人社局今年有没有预算过亿的项目？有的话是哪个？",
  projects=[r for r in S if B(r) > 10000])
q("sample", "threshold", "帮我看下，预算不足一百万元的小项目有哪几个？",
  projects=[r for r in S if B(r) < 100])
q("sample", "threshold", "预算没超过10万元的项目有哪些？",
  projects=[r for r in S if B(r) <= 10])
q("sample", "range", "预算在一百万到三百万元之间的项目，帮我列一下。",
  projects=[r for r in S if 100 <= B(r) <= 300])
q("sample", "or", "满意度目标在90%及以上，或者预算过千万的项目有哪些？",
  projects=[r for r in S if (sat(r) or 0) >= 90 or B(r) > 1000])
q("sample", "comparator", "满意度目标定在百分之九十或以上的是哪些项目？",
  projects=[r for r in S if (sat(r) or 0) >= 90])
q("sample", "comparator", "请列出满意度目标值未达到85%的项目。",
  projects=[r for r in S if sat(r) is not None and sat(r) < 85])
q("sample", "comparator", "参保人数目标在50万人及以上的项目是哪几个？",
  projects=[r for r in S if any(number(i["value"]) >= 50 and "万人" in i["value"]
                                 for i in inds(r, l3="参保人数"))])
q("sample", "comparator", "时效指标的目标比例不到九成的是哪几个项目？",
  projects=[r for r in S if any(pct_value(i["value"]) is not None and pct_value(i["value"]) < 90
                                 for i in inds(r, l2="时效指标"))])
q("sample", "lookup", "劳务派遣人员工资这笔钱具体是给谁发的？",
  projects=[s(12)], contains=["社保经办机构", "劳动监察大队"])
assert "社保经办机构" in s(12)["use"] and "劳动监察大队" in s(12)["use"]
q("sample", "lookup", "2025年创业贷款贴息资金的绩效目标是怎么写的？",
  projects=[s(2)], contains=["100万元以上的创业担保贷款"])
assert "100万元以上的创业担保贷款" in s(2)["goal"]
_i = inds(s(6), l3="养老金补贴到位增加收入")[0]["value"]
q("sample", "lookup", "133号文那个中央基础养老金项目，“养老金补贴到位增加收入”的目标值定的多少？",
  projects=[s(6)], contains=[_i.lstrip("≥")])
q("sample", "lookup-unit", "社会保障工作经费的预算折合成元是多少？",
  projects=[s(1)], value=B(s(1)) * 10000)
q("sample", "spending-plan", "公共实训基地县级配套到6月底累计计划支出百分之多少？",
  projects=[s(5)], value=plan_at(s(5), "6月底"))
q("sample", "spending-plan", "老干部春节慰问那笔钱，3月底前计划花出去多少万元？",
  projects=[s(14)], value=B(s(14)) * plan_at(s(14), "3月底") / 100)
q("sample", "spending-plan", "县级离退休老干部慰问资金到12月底，累计计划支出比例是多少？",
  projects=[s(14)], value=plan_at(s(14), "12月底"))
q("sample", "spending-plan-condition", "一季度末（3月底）支出进度就要达到一半或以上的项目有哪些？",
  projects=[r for r in S if plan_at(r, "3月底") >= 50])
q("sample", "spending-plan", "按各项目的资金支出计划，到10月底人社局所有项目累计应支出多少万元？",
  value=sum(B(r) * plan_at(r, "10月底") / 100 for r in S))
_y25 = [r for r in S if "2025年" in r["name"]]
q("sample", "sum", "项目名称里出现“2025年”字样的那些项目，预算加起来是多少？",
  projects=_y25, value=total(_y25))
q("sample", "mean", "人社局14个项目平均下来每个项目多少预算？",
  value=total(S) / len(S))
_c18 = [r for r in S if basis_has(r, ref("冀人社规", 2018, 8))]
q("sample", "count", "有多少个项目的指标依据引用了冀人社规〔2018〕8号？",
  value=len(_c18), projects=_c18)
q("sample", "count-rows", "劳务派遣人员工资一共设了几条绩效指标？",
  projects=[s(12)], value=len(s(12)["indicators"]))
q("sample", "share", "133号文下达的中央财政城乡居民养老保险补助，占人社局全部项目预算的百分之多少？",
  projects=[s(6)], value=B(s(6)) / total(S) * 100)
_jy = [r for r in S if "就业补助资金" in r["name"]]
q("sample", "share", "名称里带“就业补助资金”的几个项目，合计占全局项目预算的比重是多少？",
  projects=_jy, value=total(_jy) / total(S) * 100)
q("sample", "difference", "冀财社【2024】136号下面有两个项目，它们的预算差多少？",
  projects=[s(7), s(8)], value=abs(B(s(7)) - B(s(8))))
q("sample", "ratio", "133号文的中央财政城乡居民养老保险补助，预算是“城乡居民基本养老保险（基础养老金补助和缴费补贴）”的几倍？",
  projects=[s(6), s(4)], value=B(s(6)) / B(s(4)))
_n12 = number(inds(s(12), l3="政府购买服务人员数量")[0]["value"])
q("sample", "per-head", "劳务派遣人员工资按政府购买服务人员数量平均，每人一年合多少万元？",
  projects=[s(12)], value=B(s(12)) / _n12)
_n13 = number(inds(s(13), l3="代缴人数")[0]["value"]) * 10000
q("sample", "per-head", "贫困及重度残疾人员社会保险代缴，按代缴人数目标平均每人是多少元？",
  projects=[s(13)], value=B(s(13)) * 10000 / _n13)
assert "67元" in inds(s(11), l2="成本指标")[0]["l3"]
q("sample", "arithmetic", "182号文里给困难群体代缴保费的那个项目，按每人每年67元的标准，这笔预算大概够给多少人代缴？",
  projects=[s(11)], value=B(s(11)) * 10000 / 67)
_srt = sorted(S, key=B)
assert B(_srt[2]) < B(_srt[3]) and B(_srt[-3]) > B(_srt[-4])
q("sample", "top-n", "预算排前三的项目是哪几个？", projects=_srt[-3:])
q("sample", "bottom-n", "预算最少的三个项目分别是什么？", projects=_srt[:3])
_nj = [r for r in S if not r["name"].startswith("冀财社")]
q("sample", "exclusion", "把名称以“冀财社”开头的项目都去掉，剩下的项目预算合计多少？",
  projects=_nj, value=total(_nj))
_ex = [r for r in S if r["index"] != 1 and sat(r) == 85]
q("sample", "exclusion", "除了社会保障工作经费以外，满意度目标是≥85%的项目还有几个？",
  projects=_ex, value=len(_ex))
q("sample", "lacking", "审核时发现有的项目缺可持续影响指标，具体是哪几个？",
  projects=[r for r in S if not has_l2(r, "可持续影响指标")])
q("sample", "partial-ref", "依据冀发改投资【2024】610号的是哪个项目？",
  projects=[r for r in S if cites(r, ref("冀发改投资", 2024, 610))])
q("sample", "partial-ref", "哪个项目的指标依据引用了2017年58号文？",
  projects=[r for r in S if basis_has(r, r"2017[〕】\]）)]58号")])
q("sample", "partial-ref", "有哪些项目是拿县长办公会议纪要当依据的？",
  projects=[r for r in S if basis_has(r, "县长办公会议纪要")])
q("sample", "partial-ref", "冀财社〔2024〕136号涉及哪些项目？",
  projects=[r for r in S if cites(r, ref("冀财社", 2024, 136))])
q("sample", "structure", "人社局项目的绩效指标分成哪几个一级指标？",
  contains=sorted({i["l1"] for r in S for i in r["indicators"]}))
q("sample", "structure", "公共实训基地县级配套下面设了哪些二级指标？",
  projects=[s(5)], contains=[i["l2"] for i in s(5)["indicators"]])
q("sample", "descriptive", "贫困及重度残疾人员社会保险代缴是干什么用的？",
  projects=[s(13)], contains=["代缴养老金保险补贴"])
assert "代缴养老金保险补贴" in s(13)["use"]
q("sample", "descriptive", "人社局2025年要重点抓的“两件大事”指的是什么？",
  contains=["和谐劳动关系试点县", "就业工作先进县"])
q("sample", "consistency", "公共实训基地县级配套的成本指标跟它的预算数对得上吗？",
  projects=[s(5)], contains=[f"{cost_wan(s(5)):g}", f"{B(s(5)):g}"])
assert cost_wan(s(5)) != B(s(5))
_d14 = inds(s(14), l2="数量指标")[0]
q("sample", "consistency", "老干部春节慰问的人数，表里前后写得一致吗？",
  projects=[s(14)], contains=[str(int(number(_d14["desc"]))), str(int(number(_d14["value"])))])
assert number(_d14["desc"]) != number(_d14["value"])
q("sample", "not-found", "人社局今年有没有安排公务用车购置方面的项目？", found=False)
q("sample", "not-found", "魏县人社局2024年的社会保障工作经费预算是多少？", found=False)
q("sample", "not-found", "冀财社【2024】200号下达的资金有多少？", found=False)
q("sample", "not-found", "社会保障工作经费里政府采购预算安排了多少？", found=False)
q("sample", "not-found", "魏县教育局的学生资助资金有多少？", found=False)
q("sample", "follow-up", "那它的满意度目标呢？", history=["2025年创业扶持资金预算多少？"],
  projects=[s(3)], contains=[f"{sat(s(3)):g}%"])
_182 = [r for r in S if "182号" in r["name"]]
q("sample", "follow-up", "这两个加起来多少钱？", history=["冀财社【2024】182号文件对应哪几个项目？"],
  projects=_182, value=total(_182))
_t5 = inds(s(5), l2="时效指标")[0]["value"]
q("sample", "follow-up", "要求什么时候完工？", history=["公共实训基地县级配套是做什么的？"],
  projects=[s(5)], contains=[_t5])

# ============================ other: 临漳县农业农村局 2025 ============================
q("other", "threshold", "农业农村局资金总额超过一千万的项目有哪些？",
  projects=[r for r in OT if B(r) > 1000])
q("other", "threshold", "资金总额在50万元以内的项目是哪几个？",
  projects=[r for r in OT if B(r) <= 50])
q("other", "threshold", "资金总额低于100万元的项目有哪些？",
  projects=[r for r in OT if B(r) < 100])
q("other", "range", "财政拨款介于100万和500万元之间的项目有哪些？",
  projects=[r for r in OT if 100 <= F(r) <= 500])
q("other", "lookup-unit", "农业综合行政执法工作经费有多少万元？",
  projects=[o(6)], value=B(o(6)))
q("other", "lookup-unit", "农产品质量安全检测经费的财政拨款是多少元？",
  projects=[o(7)], value=o(7)["fiscal"] if o(7)["unit"] == "元" else F(o(7)) * 10000)
q("other", "lookup", "高素质农民培育项目的资金里，财政拨款以外的钱有多少万元？",
  projects=[o(9)], value=O(o(9)))
q("other", "share", "农业农村局全部项目中，财政拨款占资金总额的比例是多少？",
  value=sum(F(r) for r in OT) / total(OT) * 100)
q("other", "spending-plan", "高标准农田建设县级配套资金到6月底，累计支出比例计划是多少？",
  projects=[o(1)], value=plan_at(o(1), "6月底"))
q("other", "spending-plan", "农机购置与应用补贴到10月底计划累计支出多少万元？",
  projects=[o(10)], value=B(o(10)) * plan_at(o(10), "10月底") / 100)
q("other", "spending-plan-condition", "6月底计划累计支出达到六成的项目有哪些？",
  projects=[r for r in OT if (plan_at(r, "6月底") or 0) >= 60])
q("other", "lacking", "有没有项目没设时效指标？是哪个？",
  projects=[r for r in OT if not has_l2(r, "时效指标")])
q("other", "lacking", "没有社会效益指标的项目有哪些？",
  projects=[r for r in OT if not has_l2(r, "社会效益指标")])
q("other", "comparator", "请筛选出满意度指标值不低于90%的项目。",
  projects=[r for r in OT if (sat(r) or 0) >= 90])
q("other", "comparator", "满意度目标高于90%的项目是哪些？",
  projects=[r for r in OT if (sat(r) or 0) > 90])
_due = []
for r in OT:
    for i in inds(r, l2="时效指标"):
        m = re.fullmatch(r"2025年(\d+)月底前", i["value"])
        if m and int(m.group(1)) <= 10:
            _due.append(r)
q("other", "comparator", "哪些项目的时效目标要求在2025年10月底前（含10月底）完成？", projects=_due)
q("other", "partial-ref", "邯财农[2024]18号这个文，在哪些项目的指标依据里出现过？",
  projects=[r for r in OT if basis_has(r, ref("邯财农", 2024, 18))])
q("other", "partial-ref", "引用了农办计财2024年12号文的项目有哪些？",
  projects=[r for r in OT if basis_has(r, ref("农办计财", 2024, 12))])
q("other", "partial-ref", "冀财农〔2024〕98号是哪个项目的依据？",
  projects=[r for r in OT if cites(r, ref("冀财农", 2024, 98))])
_n9 = number(inds(o(9), l3="培育高素质农民人数")[0]["value"])
q("other", "per-head", "高素质农民培育项目按培育人数算，人均多少元？",
  projects=[o(9)], value=B(o(9)) * 10000 / _n9)
_n5 = number(inds(o(5), l3="户厕改造数量")[0]["value"])
q("other", "per-head", "厕所革命奖补资金按改造户数平均，每户合多少元？",
  projects=[o(5)], value=B(o(5)) * 10000 / _n5)
q("other", "consistency", "农作物重大病虫害统防统治项目，财政拨款加其他资金等于资金总额吗？",
  projects=[o(3)], contains=[f"{F(o(3)) + O(o(3)):g}", f"{B(o(3)):g}"])
assert F(o(3)) + O(o(3)) != B(o(3))
q("other", "consistency", "基层农技推广体系改革与建设补助项目，成本指标和资金总额一致吗？",
  projects=[o(8)], contains=[f"{cost_wan(o(8)):g}", f"{B(o(8)):g}"])
_nb = [(r, i) for r in OT for i in r["indicators"] if not i["basis"].strip()]
q("other", "consistency", "有没有哪条指标的备注（依据）是空着没填的？",
  projects=[r for r, _ in _nb], contains=[i["l3"] for _, i in _nb])
_osrt = sorted(OT, key=B)
assert B(_osrt[1]) < B(_osrt[2]) < B(_osrt[3]) and B(_osrt[-2]) > B(_osrt[-3])
q("other", "top-n", "资金总额最大的两个项目是什么？", projects=_osrt[-2:])
q("other", "bottom-n", "资金最少的三个项目是哪些？", projects=_osrt[:3])
_ox = [r for r in OT if r not in (o(2), o(10))]
q("other", "exclusion", "不算耕地地力保护补贴和农机购置补贴，其余项目资金总额一共多少万元？",
  projects=_ox, value=total(_ox))
_s95 = [r for r in OT if sat(r) == 95]
q("other", "sum", "满意度目标定为95%的那几个项目，资金总额合计多少万元？",
  projects=_s95, value=total(_s95))
_eco = [r for r in OT if has_l2(r, "生态效益指标")]
q("other", "count", "农业农村局有几个项目设置了生态效益方面的指标？", projects=_eco, value=len(_eco))
q("other", "follow-up", "其中财政拨款占多大比例？", history=["高素质农民培育项目的资金总额是多少？"],
  projects=[o(9)], value=F(o(9)) / B(o(9)) * 100)
q("other", "descriptive", "农产品质量安全检测经费主要用来干什么？",
  projects=[o(7)], contains=["快速检测", "第三方"])
assert "快速检测" in o(7)["use"] and "第三方" in o(7)["use"]
q("other", "descriptive", "农业农村局2025年粮食总产量的目标是多少？", contains=["48万吨"])
q("other", "not-found", "农业农村局有没有农村饮水安全工程方面的项目？", found=False)
q("other", "not-found", "临漳县农业农村局2024年高标准农田建设配套资金是多少？", found=False)
q("other", "not-found", "农业农村局2025年三公经费预算是多少？", found=False)
q("other", "follow-up", "它的免疫密度目标是多少？", history=["动物疫病强制免疫及监测经费有多少钱？"],
  projects=[o(4)], contains=[inds(o(4), l3="免疫密度")[0]["value"].lstrip("≥")])
_op = [r for r in OT if r["plan"]]
_low = min(_op, key=lambda r: plan_at(r, "3月底"))
assert sorted(plan_at(r, "3月底") for r in _op)[1] > plan_at(_low, "3月底")
q("other", "follow-up", "其中3月底支出比例最低的是哪个？", history=["农业农村局哪些项目填了资金支出计划？"],
  projects=[_low])

# ============================ both: sample + other ============================
AL = S + OT
q("both", "cross-department", "两个部门2025年的项目预算加起来一共多少万元？", value=total(AL))
q("both", "ratio", "人社局项目总预算大约是农业农村局的几倍？", value=total(S) / total(OT))
q("both", "comparator", "满意度目标达到95%的项目有哪些？",
  projects=[r for r in AL if (sat(r) or 0) >= 95])
q("both", "comparator", "把两个部门放在一起看，满意度目标低于85%的项目有哪些？",
  projects=[r for r in AL if sat(r) is not None and sat(r) < 85])
_wh = [r for r in AL if re.search(r"[〔【\[（(]20\d\d[〕】\]）)]\d+号", r["name"])]
q("both", "filter", "项目名称里直接带了文号的项目有哪些？", projects=_wh)
_asrt = sorted(AL, key=B)
assert B(_asrt[4]) < B(_asrt[5])
q("both", "bottom-n", "两个局合在一起，预算最少的五个项目是哪些？", projects=_asrt[:5])
q("both", "lacking", "两个部门的项目里，有谁漏设了时效指标？",
  projects=[r for r in AL if not has_l2(r, "时效指标")])
q("both", "share", "农业农村局的项目资金占两个局合计的比例是多少？", value=total(OT) / total(AL) * 100)
q("both", "or", "预算超过5000万元或者有其他资金来源的项目有哪些？",
  projects=[r for r in AL if B(r) > 5000 or O(r) > 0])
_mis = [r for r in AL if cost_wan(r) is not None and abs(cost_wan(r) - B(r)) > 1e-6]
q("both", "consistency", "两个局里，成本指标的金额和预算数对不上的项目有哪些？", projects=_mis)
_pl = [r for r in AL if r["plan"]]
_pl3 = sorted(_pl, key=lambda r: plan_at(r, "3月底"))
assert plan_at(_pl3[0], "3月底") < plan_at(_pl3[1], "3月底")
q("both", "spending-plan-condition", "两个部门里，3月底计划支出比例最低的是哪个项目？", projects=_pl3[:1])
q("both", "range", "预算在150万到300万元之间的项目有哪些（两个局都算）？",
  projects=[r for r in AL if 150 <= B(r) <= 300])
_ms = sum(sat(r) for r in S) / len(S)
_mo = sum(sat(r) for r in OT) / len(OT)
assert all(sat(r) is not None for r in AL)
q("both", "difference", "农业农村局项目满意度目标的平均值，比人社局高出多少个百分点？", value=_mo - _ms)
q("both", "partial-ref", "哪些项目的指标依据引用了2023年印发的文件？",
  projects=[r for r in AL if basis_has(r, r"[〔【\[（(]2023[〕】\]）)]\d+号")])
q("both", "top-n", "两个局里预算第二大的项目是哪个？", projects=[_asrt[-2]])
assert B(_asrt[-2]) > B(_asrt[-3])
q("both", "not-found", "这两个局里有没有2026年的项目？", found=False)
q("both", "not-found", "魏县农业农村局的高标准农田项目预算是多少？", found=False)
q("both", "follow-up", "那人社局呢？", history=["农业农村局预算最大的项目是哪个？"],
  projects=[max(S, key=B)])

# ============================ county: 教育局 / 卫健局 2023, 2024 ============================
J23, J24, W23, W24 = docs("jiaoyu-2023"), docs("jiaoyu-2024"), docs("weijian-2023"), docs("weijian-2024")
JP, WP = pair("jiaoyu-2023", "jiaoyu-2024"), pair("weijian-2023", "weijian-2024")
q("county", "year-over-year", "跟2023年比，教育局2024年哪些项目的预算压减了？",
  projects=[b for a, b in JP if B(b) < B(a)])
q("county", "year-over-year", "卫健局有哪些项目2024年的资金总额比2023年增加了？",
  projects=[b for a, b in WP if B(b) > B(a)])
_se = [(a, b) for a, b in JP if a["name"] == "特殊教育项目"][0]
q("county", "year-over-year", "特殊教育项目2024年比2023年预算增加了多少万元？",
  projects=[_se[1]], value=B(_se[1]) - B(_se[0]))
_jh = [(a, b) for a, b in WP if "计划生育家庭扶助" in a["name"]][0]
q("county", "year-over-year", "计划生育家庭扶助县级配套资金2024年比上一年增长了百分之几？",
  projects=[_jh[1]], value=(B(_jh[1]) - B(_jh[0])) / B(_jh[0]) * 100)
_w23c = {r["code"] for r in W23}
_w24c = {r["code"] for r in W24}
q("county", "year-over-year", "卫健局2024年新出现了哪些项目？",
  projects=[r for r in W24 if r["code"] not in _w23c])
q("county", "year-over-year", "卫健局哪个项目2023年有，到2024年就没有了？",
  projects=[r for r in W23 if r["code"] not in _w24c])
q("county", "year-over-year", "教育局2024年项目预算总额比2023年多了多少万元？", value=total(J24) - total(J23))
q("county", "year-over-year", "教育局哪些项目的满意度目标2024年比2023年下调了？",
  projects=[b for a, b in JP if sat(a) is not None and sat(b) is not None and sat(b) < sat(a)])


def cover(r):
    rows = inds(r, l3="覆盖人数")
    return number(rows[0]["value"]) if rows else None


q("county", "year-over-year", "卫健局哪些项目的覆盖人数目标2024年比2023年调高了？",
  projects=[b for a, b in WP if cover(a) is not None and cover(b) is not None and cover(b) > cover(a)])
_he = [(a, b) for a, b in WP if a["name"] == "健康教育专项资金"][0]
assert cover(_he[1]) < cover(_he[0])
q("county", "year-over-year", "健康教育专项资金的覆盖人数目标，2024年比2023年下调了多少人？",
  projects=[_he[1]], value=cover(_he[0]) - cover(_he[1]))
q("county", "year-over-year", "2024年教育局哪些项目3月底的计划支出比例比2023年低？",
  projects=[b for a, b in JP if plan_at(b, "3月底") < plan_at(a, "3月底")])


def key_tasks(path_doc):
    from docx import Document
    from extract import SOURCES
    [p] = [p for p, k, _, _ in SOURCES if k == path_doc]
    txt = "\n".join(x.text for x in Document(p).paragraphs)
    return int(re.search(r"计划完成(\d+)项重点任务", txt).group(1))


q("county", "year-over-year", "教育局2024年部门整体目标里计划完成的重点任务，比2023年多了几项？",
  value=key_tasks("jiaoyu-2024") - key_tasks("jiaoyu-2023"))
q("county", "cross-department", "2024年教育局和卫健局的项目预算合计是多少万元？", value=total(J24) + total(W24))
q("county", "cross-department", "2023年教育局的项目总预算是卫健局的多少倍？", value=total(J23) / total(W23))
q("county", "threshold", "2024年，教育局和卫健局中预算过千万的项目有哪些？",
  projects=[r for r in J24 + W24 if B(r) > 1000])
q("county", "lacking", "2024年卫健局哪些项目没有设满意度指标？",
  projects=[r for r in W24 if sat(r) is None])
q("county", "lacking", "2023年教育局哪些项目没有成本指标？",
  projects=[r for r in J23 if not has_l2(r, "成本指标")])
q("county", "partial-ref", "哪个项目引用了国办发〔2023〕30号？",
  projects=[r for r in J23 + J24 + W23 + W24 if basis_has(r, ref("国办发", 2023, 30))])
q("county", "partial-ref", "教育局有哪些项目引用过冀卫财的文件？",
  projects=[r for r in J23 + J24 if basis_has(r, "冀卫财")])
q("county", "spending-plan-condition", "2024年卫健局6月底累计支出计划达到60%的项目有哪些？",
  projects=[r for r in W24 if plan_at(r, "6月底") >= 60])
_se24 = _se[1]
q("county", "spending-plan", "2024年特殊教育项目到6月底计划支出多少万元？",
  projects=[_se24], value=B(_se24) * plan_at(_se24, "6月底") / 100)
_c23 = sorted(J23 + W23, key=B)
assert B(_c23[-3]) > B(_c23[-4])
q("county", "top-n", "2023年两个局里预算最高的三个项目是哪些？", projects=_c23[-3:])
q("county", "share", "2024年特殊教育项目占教育局当年项目预算的比重是多少？",
  projects=[_se24], value=B(_se24) / total(J24) * 100)
_wx = [r for r in W24 if "计划生育家庭扶助" not in r["name"]]
q("county", "exclusion", "2024年卫健局除了计划生育家庭扶助以外，其余项目的资金总额合计多少？",
  projects=_wx, value=total(_wx))
q("county", "or", "2024年教育局里，3月底计划支出达到30%或者预算超过4000万元的项目有哪些？",
  projects=[r for r in J24 if plan_at(r, "3月底") >= 30 or B(r) > 4000])
q("county", "comparator", "2024年两个局里，任务完成率目标不低于92%的项目有哪些？",
  projects=[r for r in J24 + W24 if any(pct_value(i["value"]) >= 92 for i in inds(r, l3="任务完成率"))])
_he24 = _he[1]
q("county", "structure", "2024年健康教育专项资金都有哪些二级指标？",
  projects=[_he24], contains=list(dict.fromkeys(i["l2"] for i in _he24["indicators"])))
_ca = [(a, b) for a, b in JP if a["name"] == "校园安全项目"][0]
q("county", "follow-up", "2024年呢？", history=["2023年教育局校园安全项目预算多少？"],
  projects=[_ca[1]], value=B(_ca[1]))
_new = [r for r in W24 if r["code"] not in _w23c]
q("county", "follow-up", "这几个新项目加起来多少钱？", history=["卫健局2024年有哪些新增项目？"],
  projects=_new, value=total(_new))
_jo = [r for r in J24 if O(r) > 0]
q("county", "mean", "2024年教育局有其他资金来源的项目，其他资金平均每个多少万元？",
  projects=_jo, value=sum(O(r) for r in _jo) / len(_jo))
_wtop = max(W24, key=B)
assert sorted(B(r) for r in W24)[-2] < B(_wtop)
q("county", "follow-up", "它到6月底计划累计支出多少万元？", history=["2024年卫健局预算最高的项目是哪个？"],
  projects=[_wtop], value=B(_wtop) * plan_at(_wtop, "6月底") / 100)
q("county", "not-found", "教育局2022年特殊教育项目的预算是多少？", found=False)
q("county", "not-found", "魏县民政局2024年报了哪些项目？", found=False)
q("county", "not-found", "教育局2025年校园安全项目安排了多少钱？", found=False)


# ---------------------------------------------------------------- write + validate
def main():
    lines = []
    for n, item in enumerate(Q, start=1):
        row = {"id": f"m{n:03d}", **item}
        store_codes = {r["code"] for r in store_recs(row["store"])}
        for c in row["expect"].get("projects", []):
            assert c in store_codes, (row["id"], c)
        lines.append(json.dumps(row, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(OUT, len(lines))


if __name__ == "__main__":
    main()
