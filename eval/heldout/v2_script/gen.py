import json, re, collections
from parse import load, cum_plan
P = load()
S = P['sample']; O = P['other']; C = P['county']
def alias(lst): return {i+1: p for i, p in enumerate(lst)}
s = alias(S); o = alias(O)
def code(*ps): return sorted(p['code'] for p in ps)
def cp(name_code):  # county project by code suffix and year
    pass
def county(dept, year): return [p for p in C if p['dept'] == dept and p['year'] == year]
ED, WJ = '魏县教育局', '魏县卫生健康局'
def cc(dept, year, suffix):
    r = [p for p in county(dept, year) if p['code'].endswith(suffix)]; assert len(r) == 1, suffix; return r[0]

def B(p): return p['budget_wy']
def numv(v):
    m = re.search(r'(\d+(?:\.\d+)?)', v); return float(m.group(1)) if m else None
def sat(p):
    r = [i for i in p['inds'] if i['l1'] == '满意度指标']
    return numv(r[0]['value']) if r else None
def l2(p, prefix): return [i for i in p['inds'] if i['l2'].startswith(prefix)]
def pctvals(p, prefix): return [numv(i['value']) for i in l2(p, prefix) if '%' in i['value']]
def plan(p, month):
    c = cum_plan(p); return None if c is None else c[['3', '6', '10', '12'].index(month)]
def basis_has(p, s): return any(s in i['basis'] for i in p['inds'])
def where(lst, f): return code(*[p for p in lst if f(p)])

Q = []
def q(store, kind, question, expect, history=None):
    d = {"id": None, "store": store, "kind": kind, "question": question}
    if history: d["history"] = history
    d["expect"] = expect
    Q.append(d)
def V(x): return round(x, 4)

# ---------------- sample (魏县人社局 2025) ----------------
q('sample', 'threshold', '满意度目标在九成及以上的项目都有哪些？', {"projects": where(S, lambda p: sat(p) >= 90)})
q('sample', 'comparator', '哪些项目给服务对象满意度定的目标不到85%？', {"projects": where(S, lambda p: sat(p) < 85)})
q('sample', 'threshold', '预算过千万的项目有哪几个？', {"projects": where(S, lambda p: B(p) > 1000)})
q('sample', 'follow-up', '这几个加起来一共多少钱？',
  {"projects": where(S, lambda p: B(p) > 1000), "value": V(sum(B(p) for p in S if B(p) > 1000))},
  history=['预算过千万的项目有哪几个？'])
q('sample', 'count', '人社局这份2025年绩效目标里，一共列了多少个项目支出？', {"value": len(S)})
q('sample', 'count-rows', '把所有项目的三级指标都算上，总共有多少条？', {"value": sum(len(p['inds']) for p in S)})
q('sample', 'share', '城乡居民基本养老保险（基础养老金补助和缴费补贴）的预算，占全局所有项目预算总和的百分之多少？',
  {"value": V(B(s[4]) / sum(B(p) for p in S) * 100)})
q('sample', 'difference', '冀财社【2024】136号下达的那两笔就业补助资金，预算相差多少万元？',
  {"projects": code(s[7], s[8]), "value": V(B(s[7]) - B(s[8]))})
q('sample', 'ratio', '给城乡老年居民发中央基础养老金的那个项目，预算是县级“城乡居民基本养老保险（基础养老金补助和缴费补贴）”的几倍？',
  {"projects": code(s[6], s[4]), "value": V(B(s[6]) / B(s[4]))})
q('sample', 'per-head', '劳务派遣人员工资这个项目，按政府购买服务人员的数量平均下来，每人一年摊多少万元？',
  {"projects": code(s[12]), "value": V(B(s[12]) / numv(l2(s[12], '数量')[0]['value']))})
q('sample', 'arithmetic', '创业贷款贴息资金要是按每户贴息2000元来算，够贴多少户？',
  {"projects": code(s[2]), "value": V(B(s[2]) * 10000 / 2000)})
q('sample', 'spending-plan', '社会保障工作经费到6月底计划累计支出多少万元？',
  {"projects": code(s[1]), "value": V(B(s[1]) * plan(s[1], '6') / 100)})
q('sample', 'spending-plan', '公共实训基地县级配套资金，按支出计划到10月底累计应该花出去多少？',
  {"projects": code(s[5]), "value": V(B(s[5]) * plan(s[5], '10') / 100)})
q('sample', 'spending-plan', '按照各项目的资金支出计划，人社局全部项目到3月底累计应支出多少万元？',
  {"value": V(sum(B(p) * plan(p, '3') / 100 for p in S))})
q('sample', 'spending-plan-condition', '哪些项目计划上半年（6月底前）就把钱全部支出完？',
  {"projects": where(S, lambda p: plan(p, '6') >= 100)})
q('sample', 'spending-plan-condition', '到10月底，累计支出计划还没到100%的项目有几个？',
  {"value": len([p for p in S if plan(p, '10') < 100])})
top3 = sorted(S, key=B, reverse=True)[:3]
q('sample', 'top-n', '预算最高的三个项目分别是哪几个？', {"projects": code(*top3)})
bot = sorted(S, key=B)
assert B(bot[2]) < B(bot[3])
q('sample', 'bottom-n', '钱最少的三个项目是哪几个？', {"projects": code(*bot[:3])})
q('sample', 'exclusion', '除去项目名称以“冀财社”开头的那几个，剩下的项目里预算超过100万元的有哪些？',
  {"projects": where(S, lambda p: not p['name'].startswith('冀财社') and B(p) > 100)})
q('sample', 'or', '指标值确定依据里引用了冀财社【2024】136号或者159号文件的项目有哪些？',
  {"projects": where(S, lambda p: basis_has(p, '冀财社【2024】136号') or basis_has(p, '冀财社【2024】159号'))})
q('sample', 'lacking', '哪些项目没有设置可持续影响指标？', {"projects": where(S, lambda p: not l2(p, '可持续影响'))})
q('sample', 'lacking', '没有经济效益指标的项目一共有几个？', {"value": len([p for p in S if not l2(p, '经济效益')])})
q('sample', 'partial-ref', '拿冀人社规2018年那份文件做依据的项目有哪些？', {"projects": where(S, lambda p: basis_has(p, '冀人社规〔2018〕'))})
q('sample', 'partial-ref', '依据是2024年610号文的是哪个项目？这个文件是谁发的？',
  {"projects": where(S, lambda p: basis_has(p, '【2024】610号')), "contains": ["冀发改投资"]})
q('sample', 'partial-ref', '邯银发的那个文件被哪个项目当作指标依据了？',
  {"projects": where(S, lambda p: basis_has(p, '邯银发')), "contains": ["58号"]})
q('sample', 'partial-ref', '有个项目的指标依据写的是县长办公会议纪要，是哪个项目？纪要是多少号？',
  {"projects": where(S, lambda p: basis_has(p, '县长办公会议纪要')), "contains": ["62号"]})
q('sample', 'lookup', '创业贷款贴息那个项目，创业担保基金代偿率的目标是多少？', {"projects": code(s[2]), "contains": ["3%"]})
q('sample', 'lookup', '给缴费困难群体代缴保费的那个项目，每人每年代缴多少钱？', {"projects": code(s[11]), "contains": ["67元"]})
q('sample', 'lookup', '老干部春节慰问最晚要在哪天之前完成？', {"projects": code(s[14]), "contains": ["1月28日"]})
q('sample', 'descriptive', '劳务派遣人员工资这笔钱是发给哪些人的？', {"projects": code(s[12]), "contains": ["劳动监察大队"]})
q('sample', 'descriptive', '公共实训基地县级配套这个项目的绩效目标是什么？', {"projects": code(s[5]), "contains": ["职业技能培训基础能力"]})
q('sample', 'descriptive', '我刚来人社局，想了解一下，局里2025年说要做实的四个业务板块具体是哪四个？',
  {"contains": ["就业创业", "人事人才", "劳动关系", "优化营商环境"]})
eff_l2 = sorted({i['l2'] for p in S for i in p['inds'] if i['l1'] == '效益指标'})
q('sample', 'structure', '整个文件里，效益指标下面都用到了哪几种二级指标？', {"contains": eff_l2})
q('sample', 'follow-up', '那它的孵化基地补贴发放率要求多少？', {"projects": code(s[3]), "contains": ["90%"]},
  history=['2025年创业扶持资金预算是多少？'])
q('sample', 'follow-up', '其中预算超过200万元的是哪些？', {"projects": where(S, lambda p: sat(p) == 85 and B(p) > 200)},
  history=['哪些项目的满意度目标是85%？'])
q('sample', 'follow-up', '这些项目里满意度目标定的是90%的有哪几个？', {"projects": where(S, lambda p: B(p) > 1000 and sat(p) == 90)},
  history=['预算超过1000万元的项目有哪些？'])
q('sample', 'follow-up', '那劳务派遣人员工资呢？', {"projects": code(s[12]), "value": V(B(s[12]) * plan(s[12], '6') / 100)},
  history=['社会保障工作经费到6月底计划支出多少？'])
ref18 = [p for p in S if basis_has(p, '冀人社规〔2018〕8号')]
q('sample', 'follow-up', '那它们的预算加起来是多少万元？', {"projects": code(*ref18), "value": V(sum(B(p) for p in ref18))},
  history=['指标依据引用了冀人社规〔2018〕8号的项目有哪些？', '这些项目的满意度目标分别是多少？'])
def cost_mismatch(p):
    c = l2(p, '成本')
    if not c: return False
    v = c[0]['value']; n = numv(v)
    if '万元' in v: n = n
    elif '元' in v: n = n / 10000
    return abs(n - B(p)) > 1e-6
q('sample', 'consistency', '帮我核一下，有没有哪个项目的成本指标金额跟预算数对不上？', {"projects": where(S, cost_mismatch), "contains": ["800"]})
q('sample', 'consistency', '老干部春节慰问那个项目，慰问人数在指标里前后写得一致吗？', {"projects": code(s[14]), "contains": ["33", "35"]})
q('sample', 'threshold', '时效指标的目标值高于0.9的项目有哪些？',
  {"projects": where(S, lambda p: any(v > 90 for v in pctvals(p, '时效')))})
q('sample', 'threshold', '质量指标要求达到百分之九十五及以上的项目是哪些？',
  {"projects": where(S, lambda p: any(v >= 95 for v in pctvals(p, '质量')))})
q('sample', 'comparator', '满意度目标未达到90%的项目有几个？', {"value": len([p for p in S if sat(p) < 90])})
q('sample', 'comparator', '预算没超过10万元的有哪些项目？', {"projects": where(S, lambda p: B(p) <= 10)})
def people(p):
    r = [i for i in p['inds'] if i['name'] == '城乡居民基本养老保险参保人数']
    return numv(r[0]['value']) if r else None
q('sample', 'comparator', '参保人数目标至少50万人的项目有哪些？', {"projects": where(S, lambda p: people(p) is not None and people(p) >= 50)})
q('sample', 'comparator', '预算至多150万元的项目有几个？', {"value": len([p for p in S if B(p) <= 150])})
q('sample', 'comparator', '预算不足100万元的项目有哪些？', {"projects": where(S, lambda p: B(p) < 100)})
q('sample', 'range', '预算在100万到300万元之间的项目有哪些？', {"projects": where(S, lambda p: 100 <= B(p) <= 300)})
emp = [p for p in S if '就业补助资金' in p['name']]
q('sample', 'sum', '名字里带“就业补助资金”的几个项目，预算合计是多少？', {"projects": code(*emp), "value": V(sum(B(p) for p in emp))})
q('sample', 'mean', '14个项目的满意度目标，平均下来是百分之多少？', {"value": V(sum(sat(p) for p in S) / len(S))})
q('sample', 'mean', '平均每个项目的预算是多少万元？', {"value": V(sum(B(p) for p in S) / len(S))})
dj = [i for i in s[13]['inds'] if i['name'] == '城乡居民基本养老保险代缴人数'][0]
q('sample', 'per-head', '贫困及重度残疾人员社会保险代缴这笔钱，按代缴人数目标平均，每人合多少元？',
  {"projects": code(s[13]), "value": V(B(s[13]) * 10000 / (numv(dj['value']) * 10000))})
q('sample', 'or', '满意度目标是80%，或者预算低于10万元的项目，都列一下。', {"projects": where(S, lambda p: sat(p) == 80 or B(p) < 10)})
q('sample', 'difference', '县级的城乡居民基本养老保险（基础养老金补助和缴费补贴），比冀财社【2024】182号下达的、用于基础养老金发放和缴费补贴的那笔省级资金多多少万元？',
  {"projects": code(s[4], s[10]), "value": V(B(s[4]) - B(s[10]))})
q('sample', 'count-rows', '全部项目里，质量指标一共设了多少条？', {"value": sum(len(l2(p, '质量')) for p in S)})
q('sample', 'lookup', '中央那笔城乡居民基本养老保险补助经费，养老金补贴到位后每人每月增加收入的目标是多少？', {"projects": code(s[6]), "contains": ["123元"]})
q('sample', 'structure', '社会保障工作经费这个项目下面设了哪些二级指标？', {"projects": code(s[1]), "contains": sorted({i['l2'] for i in s[1]['inds']})})
q('sample', 'not-found', '魏县人社局2024年的社会保障工作经费预算是多少？', {"found": False})
q('sample', 'not-found', '医疗保险基金监管经费的绩效目标是什么？', {"found": False})
q('sample', 'not-found', '冀财社【2024】200号文件给人社局下达了多少资金？', {"found": False})
q('sample', 'not-found', '魏县教育局学生资助项目的预算是多少？', {"found": False})

# ---------------- other (临漳县农业农村局 2025) ----------------
q('other', 'sum', '临漳县农业农村局所有项目的资金总额加起来是多少万元？', {"value": V(sum(B(p) for p in O))})
q('other', 'lookup-unit', '农业综合行政执法工作经费一共多少万元？', {"projects": code(o[6]), "value": V(B(o[6]))})
q('other', 'threshold', '满意度目标不低于90%的项目有哪些？', {"projects": where(O, lambda p: sat(p) >= 90)})
q('other', 'comparator', '满意度要求超过90%的是哪几个项目？', {"projects": where(O, lambda p: sat(p) > 90)})
q('other', 'comparator', '满意度目标不高于85%的项目有哪些？', {"projects": where(O, lambda p: sat(p) <= 85)})
q('other', 'threshold', '资金总额过千万的项目有哪些？', {"projects": where(O, lambda p: B(p) > 1000)})
q('other', 'comparator', '资金总额不足50万元的项目是哪些？', {"projects": where(O, lambda p: B(p) < 50)})
q('other', 'spending-plan', '高标准农田建设县级配套资金到6月底计划累计支出多少万元？', {"projects": code(o[1]), "value": V(B(o[1]) * plan(o[1], '6') / 100)})
q('other', 'spending-plan', '农机购置与应用补贴资金，10月底前按计划累计要支出多少？', {"projects": code(o[10]), "value": V(B(o[10]) * plan(o[10], '10') / 100)})
withplan = [p for p in O if p['plan']]
q('other', 'spending-plan-condition', '哪些项目编了资金支出计划？', {"projects": code(*withplan)})
q('other', 'follow-up', '这几个项目到6月底合计计划支出多少万元？',
  {"projects": code(*withplan), "value": V(sum(B(p) * plan(p, '6') / 100 for p in withplan))}, history=['哪些项目编了资金支出计划？'])
q('other', 'lacking', '哪个项目没有设时效指标？', {"projects": where(O, lambda p: not l2(p, '时效'))})
q('other', 'lacking', '没有可持续影响指标的项目有哪些？', {"projects": where(O, lambda p: not l2(p, '可持续影响'))})
q('other', 'consistency', '有没有项目的财政拨款加其他资金跟资金总额对不上？', {"projects": where(O, lambda p: abs(p['fiscal'] + p['other'] - p['budget']) > 1e-6), "contains": ["260"]})
q('other', 'consistency', '哪个项目的成本指标写的金额比它的资金总额还高？', {"projects": where(O, lambda p: cost_mismatch(p)), "contains": ["110"]})
q('other', 'partial-ref', '引用了邯财农文件的项目有哪些？', {"projects": where(O, lambda p: basis_has(p, '邯财农'))})
q('other', 'partial-ref', '备注依据里有2024年12号文的项目是哪些？', {"projects": where(O, lambda p: any(re.search(r'2024\D{0,2}12号', i['basis']) for i in p['inds']))})
q('other', 'partial-ref', '2024年98号文提前下达的那笔农机补贴，有多少钱？', {"projects": code(o[10]), "value": V(B(o[10]))})
q('other', 'lookup', '耕地地力保护补贴一亩地补多少钱？', {"projects": code(o[2]), "contains": ["60元"]})
q('other', 'per-head', '高素质农民培育项目，按培育人数目标算，人均投入多少元？',
  {"projects": code(o[9]), "value": V(B(o[9]) * 10000 / numv(l2(o[9], '数量')[0]['value']))})
q('other', 'arithmetic', '厕所革命奖补资金如果按改造1200户平均，每户能分到多少元？', {"projects": code(o[5]), "value": V(B(o[5]) * 10000 / 1200)})
q('other', 'count-rows', '农业农村局这份文件里，绩效指标一共有多少条？', {"value": sum(len(p['inds']) for p in O)})
q('other', 'bottom-n', '资金最少的三个项目是哪几个？', {"projects": code(*sorted(O, key=B)[:3])})
q('other', 'exclusion', '除了耕地地力保护补贴之外，其余项目的资金总额合计多少万元？', {"value": V(sum(B(p) for p in O if p is not o[2]))})
q('other', 'or', '备注里依据冀农规或者冀农发文件的项目有哪些？', {"projects": where(O, lambda p: basis_has(p, '冀农规') or basis_has(p, '冀农发'))})
otherf = [p for p in O if p['other'] > 0]
q('other', 'follow-up', '这些项目的其他资金一共多少万元？', {"projects": code(*otherf), "value": V(sum(p['other_wy'] for p in otherf))},
  history=['哪些项目有其他资金来源？'])
q('other', 'structure', '动物疫病强制免疫及监测经费设了哪些质量指标？', {"projects": code(o[4]), "contains": [i['name'] for i in l2(o[4], '质量')]})
q('other', 'consistency', '有没有哪条绩效指标的备注是空着没写依据的？', {"projects": where(O, lambda p: any(not i['basis'] for i in p['inds'])), "contains": ["亩均作业节本增效"]})
q('other', 'descriptive', '临漳县农业农村局2025年粮食播种面积要稳定在多少？', {"contains": ["118万亩"]})
q('other', 'threshold', '质量指标目标值不低于0.95的项目有哪些？', {"projects": where(O, lambda p: any(v >= 95 for v in pctvals(p, '质量')))})
q('other', 'share', '耕地地力保护补贴资金占农业农村局全部项目资金总额的百分之多少？', {"value": V(B(o[2]) / sum(B(p) for p in O) * 100)})
q('other', 'mean', '农业农村局这些项目，平均每个项目资金总额多少万元？', {"value": V(sum(B(p) for p in O) / len(O))})
top2 = sorted(O, key=B, reverse=True)[:2]
assert B(top2[1]) > sorted(O, key=B, reverse=True)[2]['budget_wy']
q('other', 'top-n', '资金总额排在前两名的是哪两个项目？', {"projects": code(*top2)})
q('other', 'not-found', '临漳县农业农村局农村饮水安全工程项目的预算是多少？', {"found": False})
q('other', 'not-found', '临漳县农业农村局2023年的耕地地力保护补贴资金是多少？', {"found": False})

# ---------------- both (sample + other) ----------------
SO = S + O
tS, tO = sum(B(p) for p in S), sum(B(p) for p in O)
q('both', 'cross-department', '魏县人社局的项目总预算比临漳县农业农村局多出多少万元？', {"value": V(tS - tO)})
q('both', 'cross-department', '两个部门全部项目的预算合计多少万元？', {"value": V(tS + tO)})
mx = max(sat(p) for p in SO)
q('both', 'top-n', '两个部门所有项目里，满意度目标定得最高的是哪些项目？', {"projects": where(SO, lambda p: sat(p) == mx)})
q('both', 'count', '两个局加起来一共有多少个项目？', {"value": len(SO)})
q('both', 'threshold', '不分部门，预算超过5000万元的项目有哪些？', {"projects": where(SO, lambda p: B(p) > 5000)})
q('both', 'range', '两个部门里，预算在100万到200万元之间的项目有哪些？', {"projects": where(SO, lambda p: 100 <= B(p) <= 200)})
q('both', 'comparator', '预算不到50万元的项目有哪些（两个部门都算）？', {"projects": where(SO, lambda p: B(p) < 50)})
q('both', 'structure', '哪些项目设了生态效益方面的指标？', {"projects": where(SO, lambda p: bool(l2(p, '生态效益')))})
q('both', 'cross-department', '两个部门全部项目的满意度目标，平均是百分之多少？', {"value": V(sum(sat(p) for p in SO) / len(SO))})
q('both', 'difference', '人社局的社会保障工作经费和农业农村局的农业综合行政执法工作经费，预算差多少万元？', {"projects": code(s[1], o[6]), "value": V(B(s[1]) - B(o[6]))})
q('both', 'ratio', '耕地地力保护补贴资金是创业贷款贴息资金的多少倍？', {"projects": code(o[2], s[2]), "value": V(B(o[2]) / B(s[2]))})
q('both', 'partial-ref', '项目名称直接带着冀财社或冀财农文号的项目有哪些？', {"projects": where(SO, lambda p: p['name'].startswith('冀财社') or p['name'].startswith('冀财农'))})
sp = [p for p in SO if p['plan']]
q('both', 'spending-plan', '两个部门里编了资金支出计划的项目，到3月底合计计划支出多少万元？', {"value": V(sum(B(p) * plan(p, '3') / 100 for p in sp))})
q('both', 'lookup', '高标准农田那个项目的满意度目标是多少？', {"projects": code(o[1]), "contains": ["90%"]})
q('both', 'threshold', '时效指标要求达到100%的项目有哪些？', {"projects": where(SO, lambda p: any(v >= 100 for v in pctvals(p, '时效')))})
q('both', 'cross-department', '两个部门各自预算最高的项目分别是哪个？', {"projects": code(max(S, key=B), max(O, key=B))})
q('both', 'comparator', '满意度目标定为80%的项目有哪些？', {"projects": where(SO, lambda p: sat(p) == 80)})
q('both', 'follow-up', '那魏县人社局呢？', {"projects": code(max(S, key=B))}, history=['临漳县农业农村局资金最多的项目是哪个？'])
q('both', 'follow-up', '其中不是人社局的有哪几个？', {"projects": where(O, lambda p: B(p) > 1000)}, history=['两个部门中预算超过1000万元的项目有哪些？'])
q('both', 'consistency', '两个部门里，成本指标的金额和预算对不上的项目有哪些？', {"projects": where(SO, cost_mismatch)})
q('both', 'range', '满意度目标在85%到90%之间（含85%和90%）的项目一共有几个？', {"value": len([p for p in SO if 85 <= sat(p) <= 90])})
q('both', 'share', '临漳县农业农村局的项目预算占两个部门总预算的百分之多少？', {"value": V(tO / (tS + tO) * 100)})
q('both', 'exclusion', '不算名称以“冀财社”开头的那些项目，两个部门里预算超过1000万元的还有哪些？', {"projects": where(SO, lambda p: not p['name'].startswith('冀财社') and B(p) > 1000)})
q('both', 'partial-ref', '哪些项目的依据用到了2024年的18号文？', {"projects": where(SO, lambda p: any(re.search(r'2024\D{0,2}18号', i['basis']) for i in p['inds']))})
q('both', 'not-found', '魏县农业农村局高标准农田建设资金的预算是多少？', {"found": False})
q('both', 'not-found', '临漳县人社局2025年就业补助资金有多少？', {"found": False})

# ---------------- county (教育局/卫健局 2023, 2024) ----------------
def tot(d, y): return sum(B(p) for p in county(d, y))
q('county', 'year-over-year', '魏县教育局2024年项目预算合计比2023年增加了多少万元？', {"value": V(tot(ED, 2024) - tot(ED, 2023))})
q('county', 'year-over-year', '卫健局2024年的项目总预算比上年多了多少？', {"value": V(tot(WJ, 2024) - tot(WJ, 2023))})
e5a, e5b = cc(ED, 2023, '449386EX'), cc(ED, 2024, '449386EX')
q('county', 'year-over-year', '特殊教育项目2024年预算比上年增加多少万元？', {"projects": code(e5b), "value": V(B(e5b) - B(e5a))})
q('county', 'year-over-year', '特殊教育项目的预算2024年比2023年增长了百分之几？', {"projects": code(e5b), "value": V((B(e5b) - B(e5a)) / B(e5a) * 100)})
def yoy_down(d):
    a = {p['code']: p for p in county(d, 2023)}; b = {p['code']: p for p in county(d, 2024)}
    return sorted(c for c in a if c in b and B(b[c]) < B(a[c]))
q('county', 'year-over-year', '教育局有哪些项目2024年的预算比2023年少了？', {"projects": yoy_down(ED)})
q('county', 'year-over-year', '卫健局哪个项目2024年预算比2023年减少了？', {"projects": yoy_down(WJ)})
a = {p['code'] for p in county(WJ, 2023)}; b = {p['code'] for p in county(WJ, 2024)}
q('county', 'year-over-year', '卫健局2024年新增了哪些项目？', {"projects": sorted(b - a)})
q('county', 'year-over-year', '卫健局有没有2023年安排了、2024年就不再安排的项目？是哪个？', {"projects": sorted(a - b)})
w1a, w1b = cc(WJ, 2023, '133073BX'), cc(WJ, 2024, '133073BX')
ia = {i['name']: i['value'] for i in w1a['inds']}; ib = {i['name']: i['value'] for i in w1b['inds']}
down = [k for k in ia if k in ib and '%' in ia[k] + ib[k] or k.endswith('次数')]
down = [k for k in ia if k in ib and numv(ia[k]) is not None and numv(ib[k]) is not None and '资金' not in k and numv(ib[k]) < numv(ia[k])]
q('county', 'year-over-year', '卫健局的村卫生室运行项目，2024年哪些绩效指标的目标值比2023年下调了？', {"projects": code(w1b), "contains": [k.replace('村卫生室运行', '') for k in down]})
def satchg(d, cmp):
    A = {p['code']: p for p in county(d, 2023)}; Bb = {p['code']: p for p in county(d, 2024)}
    return sorted(c for c in A if c in Bb and sat(A[c]) is not None and sat(Bb[c]) is not None and cmp(sat(Bb[c]), sat(A[c])))
q('county', 'year-over-year', '教育局2024年满意度目标比2023年定低了的项目有哪些？', {"projects": satchg(ED, lambda x, y: x < y)})
q('county', 'year-over-year', '卫健局哪些项目的满意度目标2024年比2023年提高了？', {"projects": satchg(WJ, lambda x, y: x > y)})
w4a, w4b = cc(WJ, 2023, '518373FX'), cc(WJ, 2024, '518373FX')
q('county', 'year-over-year', '健康教育专项资金的患者满意度目标，2024年比2023年提高了几个百分点？', {"projects": code(w4b), "value": V(sat(w4b) - sat(w4a))})
e2a = cc(ED, 2023, '124178BX')
q('county', 'lookup', '2023年学生资助县级配套资金的参训人员满意度目标是多少？', {"projects": code(e2a), "contains": [f"{sat(e2a):g}%"]})
q('county', 'top-n', '卫健局2024年预算最多的是哪个项目？', {"projects": code(max(county(WJ, 2024), key=B))})
q('county', 'spending-plan', '教育局2024年全部项目，到6月底按计划累计应支出多少万元？', {"value": V(sum(B(p) * plan(p, '6') / 100 for p in county(ED, 2024)))})
y23 = county(ED, 2023) + county(WJ, 2023)
q('county', 'threshold', '2023年教育局和卫健局两个部门里，预算过千万的项目有哪些？', {"projects": where(y23, lambda p: B(p) > 1000)})
g7a, g7b = cc(ED, 2023, '643120GX'), cc(ED, 2024, '643120GX')
cov = lambda p: numv([i for i in p['inds'] if i['name'] == '校园安全覆盖人数'][0]['value'])
q('county', 'year-over-year', '校园安全项目的覆盖人数目标，2024年比2023年下调了多少人？', {"projects": code(g7b), "value": V(cov(g7a) - cov(g7b))})
q('county', 'not-found', '魏县教育局2025年特殊教育项目的预算是多少？', {"found": False})
q('county', 'not-found', '魏县人社局2024年社会保障工作经费是多少？', {"found": False})

REMOVE = {'没有经济效益指标的项目一共有几个？', '有个项目的指标依据写的是县长办公会议纪要，是哪个项目？纪要是多少号？',
  '老干部春节慰问最晚要在哪天之前完成？', '公共实训基地县级配套这个项目的绩效目标是什么？', '平均每个项目的预算是多少万元？',
  '全部项目里，质量指标一共设了多少条？', '中央那笔城乡居民基本养老保险补助经费，养老金补贴到位后每人每月增加收入的目标是多少？',
  '资金总额过千万的项目有哪些？', '农业农村局这份文件里，绩效指标一共有多少条？', '耕地地力保护补贴资金占农业农村局全部项目资金总额的百分之多少？',
  '厕所革命奖补资金如果按改造1200户平均，每户能分到多少元？', '农机购置与应用补贴资金，10月底前按计划累计要支出多少？'}
assert REMOVE <= {d['question'] for d in Q}
Q = [d for d in Q if d['question'] not in REMOVE]
for n, d in enumerate(Q, 1):
    d['id'] = f'k{n:03d}'
with open('/tmp/hv2/heldout_v2.jsonl', 'w') as f:
    for d in Q: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(Q), collections.Counter(d['store'] for d in Q))
print(collections.Counter(d['kind'] for d in Q).most_common())
