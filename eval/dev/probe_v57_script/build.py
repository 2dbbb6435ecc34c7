"""Build probe_v57.jsonl: hand-written questions, every expected value/set computed from extract.py records."""
import json, re, math, os
import extract as E

DOCREC = {d: E.load(d) for d in E.DOCS}
def S(store): return [p for d in E.STORES[store] for p in DOCREC[d]]
def D(doc): return DOCREC[doc]
def one(doc, frag):
    hits = [p for p in D(doc) if frag in p['name']]
    assert len(hits) == 1, (doc, frag, [p['name'] for p in hits]); return hits[0]
def codes(ps): return sorted(p['code'] for p in ps)
def sat(p):
    r = [i for i in p['inds'] if '满意度' in i['l1']]
    return E.num(r[0]['value']) if r else None
def lacks(p, kind): return not any(kind in i['l1'] or kind in i['l2'] for i in p['inds'])
BR = str.maketrans({'【': '〔', '】': '〕', '[': '〔', ']': '〕', '（': '〔', '）': '〕', '(': '〔', ')': '〕'})
def norm(s): return (s or '').translate(BR)
def cites(p, pat):
    """regex pat (on bracket-normalised text) found in any basis cell or the project name."""
    return any(re.search(pat, norm(i['basis'])) for i in p['inds']) or bool(re.search(pat, norm(p['name'])))
def ind(p, frag):
    r = [i for i in p['inds'] if frag in i['name']]; assert len(r) == 1, (p['name'], frag); return r[0]
def planned(p, k):
    if p.get('plan_amt') and k in p['plan_amt']: return p['plan_amt'][k]   # yingji prints amounts
    return p['plan'][k] / 100 * p['total']
def bare(v): return re.sub(r'^[≥≤=＞>＜<]', '', v)
def with_plan(ps): return [p for p in ps if p['plan']]
def pct(a, b): return a / b * 100
def r6(x): return round(x, 6)

Q = []
def q(store, kind, question, history=None, **expect):
    if 'projects' in expect: expect['projects'] = codes(expect['projects'])
    if 'value' in expect: expect['value'] = r6(expect['value'])
    rec = {'id': f'q{len(Q) + 1:03d}', 'store': store, 'kind': kind, 'question': question}
    if history: rec['history'] = history
    rec['expect'] = expect; Q.append(rec)

# ---------------- sample (魏县人社局) ----------------
s = D('sample')
p = one('sample', '社会保障工作经费')
q('sample', 'lookup', '社会保障工作经费今年预算多少钱？', projects=[p], value=p['total'])
ps = [x for x in s if x['total'] > 1000]
q('sample', 'threshold', '人社局这边预算过千万的项目都有哪几个', projects=ps)
ps = [x for x in s if cites(x, '冀人社规')]
q('sample', 'partial-ref', '指标依据里引用了冀人社规文件的是哪些项目？', projects=ps)
a, b = one('sample', '社会保障工作经费'), one('sample', '劳务派遣人员工资')
q('sample', 'spending-plan', '到10月底，社会保障工作经费和劳务派遣人员工资两个项目按计划累计一共要支出多少万元？',
  projects=[a, b], value=planned(a, 9) + planned(b, 9))
ps = sorted(s, key=lambda x: x['total'])[:3]
assert ps[2]['total'] < sorted(s, key=lambda x: x['total'])[3]['total']
q('sample', 'bottom-n', '预算数最少的3个项目是哪些？列一下金额', projects=ps)
q('sample', 'not-found', '魏县人社局2024年创业贷款贴息资金的预算数是多少？', found=False)
p = one('sample', '公共实训基地县级配套')
q('sample', 'follow-up', '那它的成本指标填的是多少？', history=['公共实训基地县级配套的预算是多少？'],
  projects=[p], contains=[ind(p, '建设成本')['value']])
ps = [x for x in s if sat(x) is not None and sat(x) >= 90]
q('sample', 'count', '满意度目标定在90%及以上的项目一共几个？', projects=ps, value=len(ps))

# ---------------- other (临漳县农业农村局) ----------------
o = D('other')
p = one('other', '高素质农民培育')
q('other', 'lookup', '高素质农民培育项目里其他资金安排了多少？', projects=[p], value=p['other'])
p = one('other', '耕地地力保护')
i = ind(p, '补贴发放面积')
q('other', 'basis', '补贴发放面积这个指标定的多少，依据的是哪个文件', projects=[p], contains=[bare(i['value']), i['basis']])
tot = sum(x['total'] for x in o)
q('other', 'share', '耕地地力保护补贴资金占农业农村局全部项目资金的百分之多少？', projects=[p], value=pct(p['total'], tot))
p = one('other', '厕所革命')
n = E.num(ind(p, '户厕改造数量')['value'])
q('other', 'per-unit', '厕所革命奖补资金按改厕户数平摊，每户合多少元？', projects=[p], value=p['total'] * 10000 / n)
ps = [x for x in with_plan(o) if x['plan'][6] < 50]
q('other', 'spending-plan-condition', '有支出计划的项目里，6月底累计支出比例不足一半的是哪些', projects=ps)
q('other', 'not-found', '动物疫病强制免疫及监测经费到目前实际已经花出去多少了？', found=False)
ps = [x for x in o if lacks(x, '时效')]
q('other', 'lacking', '农业农村局有没有哪个项目压根没设时效指标的？', projects=ps)
ps = [x for x in o if x['total'] >= 200 and not cites(x, r'邯财农〔2024〕18号')]
q('other', 'exclusion', '资金总额200万元以上的项目，除去依据里用了邯财农[2024]18号的，还剩哪些？', projects=ps)

# ---------------- both (魏县人社局 + 临漳农业农村局) ----------------
ts, to = sum(x['total'] for x in s), sum(x['total'] for x in o)
assert ts > to
q('both', 'cross-department', '魏县人社局和临漳农业农村局，哪个部门项目资金合计多？多出多少万元', value=abs(ts - to))
q('both', 'count', '两个部门加一块儿一共多少个项目？', value=len(S('both')))
ps = [x for x in S('both') if sat(x) is not None and sat(x) >= 95]
q('both', 'threshold', '两个局里满意度目标不低于95%的项目有哪些', projects=ps)
ps = [x for x in S('both') if cites(x, r'冀财社〔2024〕136号') or cites(x, r'冀财农〔2024〕98号')]
q('both', 'or', '依据或名称里涉及冀财社【2024】136号或者冀财农〔2024〕98号的项目，帮我列出来', projects=ps)
q('both', 'mean', '临漳县农业农村局的项目平均每个多少万元？', value=to / len(o))
q('both', 'not-found', '魏县农业农村局高标准农田建设县级配套资金是多少？', found=False)
p = max(o, key=lambda x: x['total'])
q('both', 'follow-up', '那临漳农业农村局呢？', history=['魏县人社局预算最大的项目是哪个？'], projects=[p], value=p['total'])

# ---------------- guantao (馆陶县应急管理局) ----------------
g = D('guantao')
p = one('guantao', '应急广播')
q('guantao', 'lookup-unit', '应急广播及预警信息发布系统运维经费是哪个单位具体实施的？', projects=[p], contains=[p['org']])
ps = [x for x in g if 100 <= x['total'] <= 300]
q('guantao', 'range', '资金总额介于100万和300万之间的项目有哪些（含两头）', projects=ps)
ps = [x for x in g if lacks(x, '满意度')]
q('guantao', 'lacking', '哪个项目没设满意度指标？', projects=ps)
top = sorted(g, key=lambda x: -x['total']); assert top[2]['total'] > top[3]['total']
q('guantao', 'top-n', '馆陶应急局资金排前三的项目', projects=top[:3])
q('guantao', 'spending-plan', '有支出计划的项目，截至6月底累计计划支出一共多少万元？', projects=with_plan(g),
  value=sum(planned(x, 6) for x in with_plan(g)))
p = one('guantao', '灾害信息员')
n = E.num(ind(p, '补助人数')['value'])
q('guantao', 'per-unit', '灾害信息员补助及风险防治经费按补助人数算，人均多少万元', projects=[p], value=p['total'] / n)
a, b = one('guantao', '危险化学品'), one('guantao', '专家技术服务')
q('guantao', 'ratio', '危化品监测预警系统建设资金是专家技术服务经费的几倍？', projects=[a, b], value=a['total'] / b['total'])
q('guantao', 'not-found', '应急广播系统2026年的运维预算打算安排多少？', found=False)
ps = [x for x in g if '综合行政执法队' in x['org']]
q('guantao', 'follow-up', '这些里面资金加起来多少？', history=['馆陶应急局里实施单位是综合行政执法队的项目有哪些？'],
  projects=ps, value=sum(x['total'] for x in ps))

# ---------------- yingji (曲周县应急管理局) ----------------
y = D('yingji')
p = one('yingji', '冀应急〔2024〕36号')
q('yingji', 'lookup-goal', '冀应急〔2024〕36号那个能力建设补助资金，年度绩效目标写的啥？', projects=[p],
  contains=[p['goal'].split('，')[0]])
p = one('yingji', '综合应急救援队伍')
q('yingji', 'spending-plan', '综合应急救援队伍建设及装备购置截至9月底计划累计支出多少万元', projects=[p], value=planned(p, 9))
q('yingji', 'spending-plan', '截至6月底，有季度支出计划的项目合计计划支出多少万元？', projects=with_plan(y),
  value=sum(planned(x, 6) for x in with_plan(y)))
ps = [x for x in y if sat(x) is not None and sat(x) >= 92]
q('yingji', 'threshold', '满意度目标92%以上的项目是哪些', projects=ps)
ps = [x for x in y if cites(x, r'《(中华人民共和国)?安全生产法》')]
q('yingji', 'law', '哪些项目的指标依据引用了《中华人民共和国安全生产法》？', projects=ps)
p = one('yingji', '自然灾害综合风险普查')
q('yingji', 'count-rows', '自然灾害综合风险普查那个项目一共设了几条绩效指标', projects=[p], value=len(p['inds']))
ps = [x for x in y if not x['plan']]
q('yingji', 'lacking-plan', '哪几个项目没做分季度资金支出计划？', projects=ps)
ps = [x for x in y if x.get('attr') == '新增项目']
q('yingji', 'filter-sum', '新增项目有哪些？资金一共多少万元', projects=ps, value=sum(x['total'] for x in ps))
p = one('yingji', '乡镇（街道）应急管理服务站')
q('yingji', 'follow-up', '它上年结转的资金有多少？', history=['曲周应急局的乡镇应急管理服务站规范化建设项目资金多少？'],
  projects=[p], value=p['other'])

# ---------------- jiaotongfx (肥乡区交通运输局, 元) ----------------
j = D('jiaotongfx')
p = one('jiaotongfx', '农村公路养护资金')
q('jiaotongfx', 'lookup', '农村公路养护资金里政府性基金安排了多少元？', projects=[p], value=p['fund'] * 10000)
q('jiaotongfx', 'sum', '交通运输局全部项目一般公共预算一共多少元', value=sum(x['gpb'] for x in j) * 10000)
ps = [x for x in j if x['total'] > 100]
q('jiaotongfx', 'threshold', '预算金额过百万的项目都有哪些？', projects=ps)
p = one('jiaotongfx', '桥梁')
q('jiaotongfx', 'spending-plan', '桥梁隐患排查整治那个项目到三季度末计划累计支出多少元', projects=[p], value=planned(p, 9) * 10000)
p = one('jiaotongfx', '公交运营补贴')
n = E.num(ind(p, '补贴公交运营车辆')['value'])
q('jiaotongfx', 'per-unit', '城乡公交运营补贴摊到每辆公交车是多少元？', projects=[p], value=p['total'] * 10000 / n)
ps = [x for x in j if not x['plan']]
q('jiaotongfx', 'lacking-plan', '哪个项目没填资金支出计划', projects=ps)
assert not any(cites(x, r'邯交运〔2024〕15号') for x in j)
q('jiaotongfx', 'not-found', '邯交运〔2024〕15号文件涉及哪些项目？', found=False)
p = one('jiaotongfx', '生命防护')
q('jiaotongfx', 'follow-up', '那它里头其他资金占多大比例', history=['农村公路安全生命防护工程总共多少钱？'],
  projects=[p], value=pct(p['other'], p['total']))

# ---------------- chengan (成安县数据和政务服务局) ----------------
c = D('chengan')
p = one('chengan', '一体化政务数据共享平台')
q('chengan', 'lookup-use', '一体化政务数据共享平台建设项目的钱是用来干啥的', projects=[p], contains=[p['use'].split('，')[0]])
p = one('chengan', '政务云租赁')
i = ind(p, '政务云平台可用率')
q('chengan', 'basis', '政务云平台可用率 目标值多少 依据是啥', projects=[p], contains=[bare(i['value']).rstrip('%'), i['basis']])
ps = [x for x in c if x['total'] <= 100]
q('chengan', 'comparator', '资金规模在100万元以内的项目有哪几个', projects=ps)
ps = [x for x in c if x['attr'] == '新增项目' and x['other'] > 0]
q('chengan', 'compound', '新增项目里面有自有资金的是哪些？', projects=ps)
ss = [sat(x) for x in c if sat(x) is not None]
q('chengan', 'mean', '设了满意度指标的项目，满意度目标平均是多少（%）', value=sum(ss) / len(ss))
bot = sorted(c, key=lambda x: x['total']); assert bot[1]['total'] < bot[2]['total']
q('chengan', 'bottom-n', '资金最少的两个项目是哪两个', projects=bot[:2])
q('chengan', 'not-found', '成安县数据和政务服务局2023年的12345热线运维经费是多少？', found=False)
a, b = one('chengan', '政务云租赁'), one('chengan', '一体化政务数据共享平台')
q('chengan', 'follow-up', '两者相差多少', history=['电子政务外网及政务云租赁服务费多少钱？', '一体化政务数据共享平台建设项目呢？'],
  projects=[a, b], value=abs(a['total'] - b['total']))

# ---------------- jize (鸡泽县城市管理综合行政执法局) ----------------
z = D('jize')
p = one('jize', '城管数字化指挥平台')
q('jize', 'lookup-unit', '城管数字化指挥平台运维经费的项目单位是哪个？', projects=[p], contains=[p['org']])
a, b = one('jize', '清扫保洁'), one('jize', '市政设施维护')
q('jize', 'difference', '清扫保洁垃圾清运经费比市政设施维护管理经费多多少万', projects=[a, b], value=a['total'] - b['total'])
ps = [x for x in with_plan(z) if x['plan'][3] < 20]
q('jize', 'spending-plan-condition', '3月底支出进度计划低于20%的项目有哪些', projects=ps)
ps = [x for x in z if x['fin'] / x['total'] < 0.9]
q('jize', 'count', '财政资金占比不足九成的项目有几个？', projects=ps, value=len(ps))
ps = [x for x in z if cites(x, r'冀建城〔2024〕21号')]
q('jize', 'policy-ref', '冀建城〔2024〕21号是哪些项目的指标设定依据', projects=ps)
p = one('jize', '公厕')
n = E.num(ind(p, '公厕改造数量')['value'])
q('jize', 'per-unit', '公厕提升改造按资金总额算，平均每座多少万元', projects=[p], value=p['total'] / n)
q('jize', 'not-found', '鸡泽县城管局的城区集中供暖补贴项目预算是多少？', found=False)
p = max(z, key=lambda x: x['total'])
q('jize', 'follow-up', '它的满意度目标是多少', history=['鸡泽城管局哪个项目钱最多？'], projects=[p],
  contains=[re.sub(r'^[≥>＞]', '', [i for i in p['inds'] if '满意度' in i['l1']][0]['value'])])

# ---------------- yingji_sample ----------------
ps = [x for x in S('yingji_sample') if sat(x) is not None and sat(x) < 85]
q('yingji_sample', 'cross-department', '两个部门里满意度目标低于85%的项目都列一下', projects=ps)
q('yingji_sample', 'sum', '曲周应急局的项目资金合计多少万元？', value=sum(x['total'] for x in y))
ps = [x for x in y if any('上年度实际完成数' in i['basis'] for i in x['inds'])]
q('yingji_sample', 'policy-ref', '曲周县应急管理局哪些项目有指标是按“上年度实际完成数”定的', projects=ps)
q('yingji_sample', 'spending-plan', '魏县人社局各项目到6月底一共计划支出多少万元', projects=with_plan(s),
  value=sum(planned(x, 6) for x in with_plan(s)))
q('yingji_sample', 'not-found', '曲周县人社局的社会保障工作经费预算多少？', found=False)
p = max(S('yingji_sample'), key=lambda x: x['total'])
q('yingji_sample', 'max', '两个单位所有项目里，哪个项目资金最多，多少万元', projects=[p], value=p['total'])
a, b = one('sample', '社会保障工作经费'), one('yingji', '安全生产宣传教育培训')
q('yingji_sample', 'follow-up', '那魏县人社局的社会保障工作经费比它多多少万元？',
  history=['曲周应急局的安全生产宣传教育培训经费是多少元？'], projects=[a, b], value=a['total'] - b['total'])

# ---------------- guantao_sample ----------------
q('guantao_sample', 'mean', '馆陶县应急管理局项目平均每个多少万元', value=sum(x['total'] for x in g) / len(g))
ps = [x for x in g if x['fin'] >= 200]
q('guantao_sample', 'threshold', '馆陶应急局财政拨款不低于200万元的项目有哪些', projects=ps)
ps = [x for x in S('guantao_sample') if cites(x, r'邯应急〔')]
q('guantao_sample', 'partial-ref', '引用了邯应急文件的项目有哪些？', projects=ps)
ps = [x for x in s if any(re.search(r'2025年度?工作计划', i['basis']) for i in x['inds'])]
q('guantao_sample', 'policy-ref', '魏县人社局哪些项目的指标依据用的是年度工作计划（写成2025年工作计划或2025年度工作计划的都算）',
  projects=ps)
q('guantao_sample', 'share', '馆陶应急局其他资金占项目支出总额的比例是多少', value=pct(sum(x['other'] for x in g), sum(x['total'] for x in g)))
ps = [x for x in with_plan(S('guantao_sample')) if x['plan'][3] > 25]
q('guantao_sample', 'spending-plan-condition', '两个单位里3月底计划支出比例超过四分之一的项目有哪些？', projects=ps)
ps = [x for x in S('guantao_sample') if (sat(x) is not None and sat(x) >= 95) or x['total'] > 5000]
q('guantao_sample', 'or', '满意度目标95%及以上，或者资金超过5000万的，有哪些项目', projects=ps)
p = one('guantao', '综合应急救援队伍装备')
q('guantao_sample', 'follow-up', '它的采购完成时间是啥时候？', history=['馆陶应急局的综合应急救援队伍装备购置资金多少？'],
  projects=[p], contains=[ind(p, '采购完成时间')['value']])

out = '/work/main/eval/dev/probe_v57.jsonl'
with open(out, 'w', encoding='utf-8') as f:
    for r in Q: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(Q), 'questions ->', out)
