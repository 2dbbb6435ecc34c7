"""Build eval/heldout/heldout_v7.jsonl.

Question wording is written by hand below; every expected value, project set and count is computed from the
project records that extract.py reads out of the documents.
"""
import json
import os
import re

import extract as E

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'heldout_v7.jsonl')

QS = []


def add(store, kind, question, expect, history=None):
    q = {'question': question, 'expect': expect, 'store': store, 'kind': kind}
    if history:
        q['history'] = history
    QS.append(q)


def R(x):
    return round(float(x), 4)


def codes(ps):
    return sorted({p['code'] for p in ps})


def find(store, name, year=None, dept=None):
    hits = [p for p in E.load_store(store) if p['name'] == name
            and (year is None or p['year'] == year) and (dept is None or p['dept'] == dept)]
    if len(hits) != 1:
        hits = [p for p in E.load_store(store) if name in p['name']
                and (year is None or p['year'] == year) and (dept is None or p['dept'] == dept)]
    assert len(hits) == 1, (store, name, year, len(hits))
    return hits[0]


def only(store, dept=None, year=None):
    return [p for p in E.load_store(store)
            if (dept is None or p['dept'] == dept) and (year is None or p['year'] == year)]


def row_value_num(p, l3word):
    return E.num(E.row_by_l3(p, l3word)['value'])


def sat_projects(ps):
    return [p for p in ps if E.satisfaction(p) is not None]


NOT_FOUND = {'found': False}

# =====================================================================================================
# store tuiyi: 鸡泽县退役军人事务局 2025 (eval/heldout/docs/tuiyi-2025.docx)
# =====================================================================================================
S = 'tuiyi'
T = only(S)
assert len(T) == 10 and sum(len(p['rows']) for p in T) == 77


def t(name):
    return find(S, name)


FUXU = t('重点优抚对象抚恤补助县级配套资金')
ZY172 = t('冀财社〔2024〕172号提前下达2025年中央优抚对象补助经费')
TYAZ = t('退役士兵自主就业一次性经济补助及安置经费')
PX = t('退役军人适应性培训及职业技能培训经费')
GRY = t('光荣院集中供养及运行经费')
LS = t('烈士纪念设施维护管理经费')
FWZ = t('村（社区）退役军人服务站规范化建设补助资金')
BF = t('困难退役军人帮扶援助资金')
SY = t('双拥共建及“八一”走访慰问经费')
XX = t('退役军人信息采集及优待证制发经费')

# ---- lookups
add(S, 'lookup', '光荣院集中供养及运行经费的资金总额是多少？',
    {'projects': [GRY['code']], 'value': R(GRY['total_wan'])})
add(S, 'lookup-unit', '困难退役军人帮扶援助资金由哪个单位实施？',
    {'projects': [BF['code']], 'contains': [BF['unit']]})
add(S, 'lookup', '退役士兵自主就业一次性经济补助及安置经费,其他资金有多少万元',
    {'projects': [TYAZ['code']], 'value': R(TYAZ['other_wan'])})
add(S, 'lookup', '烈士纪念设施维护管理经费一共是多少元？',
    {'projects': [LS['code']], 'value': R(LS['total_wan'] * 10000)})
add(S, 'lookup', '退役军人信息采集及优待证制发经费的项目编码是多少',
    {'projects': [XX['code']], 'contains': [XX['code']]})
add(S, 'lookup', '“八一”走访慰问要求在什么时间之前完成？',
    {'projects': [SY['code']], 'contains': [E.row_by_l3(SY, '“八一”走访慰问完成时间')['value']]})
add(S, 'lookup', '重點優撫對象撫卹補助縣級配套資金的滿意度目標是多少？',
    {'projects': [FUXU['code']], 'contains': ['95%']})
assert E.satisfaction(FUXU) == 95
add(S, 'lookup', '新退役军人的适应性培训计划啥时候搞完？',
    {'projects': [PX['code']], 'contains': [E.row_by_l3(PX, '适应性培训完成时间')['value']]})
add(S, 'lookup-unit', '光榮院集中供養及運行經費由哪個單位實施？',
    {'projects': [GRY['code']], 'contains': [GRY['unit']]})

# ---- structure / rows
l2s = []
for r in BF['rows']:
    if r['l2'] not in l2s:
        l2s.append(r['l2'])
add(S, 'structure', '困难退役军人帮扶援助资金设了哪些二级指标？',
    {'projects': [BF['code']], 'contains': l2s})
add(S, 'count-rows', '退役士兵自主就业一次性经济补助及安置经费一共有几条产出指标？',
    {'projects': [TYAZ['code']], 'value': sum(1 for r in TYAZ['rows'] if r['l1'] == '产出指标')})

# ---- descriptive
add(S, 'descriptive', '村（社区）退役军人服务站规范化建设补助资金主要拿来干啥？',
    {'projects': [FWZ['code']], 'contains': ['办公设备']})
assert '办公设备' in FWZ['use']
add(S, 'descriptive', '172号文下达的那笔中央优抚对象补助经费是用来做什么的',
    {'projects': [ZY172['code']], 'contains': ['参战参试']})
assert '参战参试' in ZY172['use']
add(S, 'descriptive', '鸡泽县退役军人事务局下面有哪些局属单位？',
    {'contains': ['鸡泽县退役军人服务中心', '鸡泽县光荣院', '鸡泽县烈士陵园管理所']})
assert all(u in T[0]['prose'] for u in ['鸡泽县退役军人服务中心', '鸡泽县光荣院', '鸡泽县烈士陵园管理所'])
add(S, 'descriptive', '今年移交安置和就业创业这块的分项目标是怎么定的？计划接收安置多少退役士兵',
    {'contains': ['107']})
assert '接收安置退役士兵107人' in T[0]['prose']

# ---- sums, means, shares
add(S, 'sum', '全局项目资金总额合计是多少万元？', {'value': R(sum(p['total_wan'] for p in T))})
add(S, 'sum', '所有项目的其他资金加起来是多少？', {'value': R(sum(p['other_wan'] for p in T))})
fwzx = [p for p in T if p['unit'] == '鸡泽县退役军人服务中心']
add(S, 'sum', '由退役军人服务中心实施的项目，资金总额合计多少万元？',
    {'projects': codes(fwzx), 'value': R(sum(p['total_wan'] for p in fwzx))})
sp = sat_projects(T)
add(S, 'mean', '设了满意度指标的项目，满意度目标平均是多少？',
    {'value': R(sum(E.satisfaction(p) for p in sp) / len(sp))})
tot = sum(p['total_wan'] for p in T)
add(S, 'share', '172号文的中央优抚对象补助经费占全部项目资金的比重是多少？',
    {'projects': [ZY172['code']], 'value': R(ZY172['total_wan'] / tot * 100)})

# ---- difference / ratio
add(S, 'difference', '光荣院运行经费比困难退役军人帮扶援助资金少多少万元？',
    {'projects': codes([GRY, BF]), 'value': R(BF['total_wan'] - GRY['total_wan'])})
add(S, 'ratio', '重点优抚对象抚恤补助县级配套资金是退役军人培训经费的几倍？',
    {'projects': codes([FUXU, PX]), 'value': R(FUXU['total_wan'] / PX['total_wan'])})

# ---- per unit
add(S, 'per-head', '退役军人培训经费按参训人数平均，每人多少元？',
    {'projects': [PX['code']], 'value': R(PX['total_wan'] * 10000 / row_value_num(PX, '参训退役军人人数'))})
add(S, 'per-head', '光荣院集中供养对象每人每年平均摊多少万元',
    {'projects': [GRY['code']], 'value': R(GRY['total_wan'] / row_value_num(GRY, '集中供养优抚对象人数'))})
add(S, 'per-unit', '服务站规范化建设补助，平均每个村（社区）服务站能分到多少万元？',
    {'projects': [FWZ['code']], 'value': R(FWZ['total_wan'] / row_value_num(FWZ, '规范化建设村（社区）服务站'))})

# ---- thresholds / comparators
sel = [p for p in T if p['total_wan'] >= 200]
add(S, 'threshold', '资金总额在200万元以上的项目有哪些??', {'projects': codes(sel)})
sel = [p for p in T if p['total_wan'] < 100]
add(S, 'count', '资金不足100万元的项目有几个？', {'projects': codes(sel), 'value': len(sel)})
sel = [p for p in sp if E.satisfaction(p) >= 90]
add(S, 'count', '满意度目标不低于九成的项目有多少个', {'projects': codes(sel), 'value': len(sel)})
sel = [p for p in sp if E.satisfaction(p) < 90]
add(S, 'comparator', '满意度目标未达到百分之九十的是哪些项目？', {'projects': codes(sel)})
sel = [p for p in sp if E.satisfaction(p) > 90]
add(S, 'comparator', '满意度目标高于0.9的项目', {'projects': codes(sel)})
sel = [p for p in T if 100 <= p['total_wan'] <= 300]
add(S, 'range', '资金总额介于100万元和300万元之间的项目有哪些？', {'projects': codes(sel)})
sel = [p for p in T if p['total_wan'] <= 65]
add(S, 'threshold', '资金没超过65万元的项目都有哪些', {'projects': codes(sel)})
sel = [p for p in T if p['other_wan'] > 50]
sel = [p for p in T if p['other_wan'] > 0]
add(S, 'filter', '哪些项目除了财政拨款还有其他资金？', {'projects': codes(sel)})

# ---- top / bottom
top = sorted(T, key=lambda p: -p['total_wan'])[:3]
add(S, 'top-n', '资金最多的三个项目是哪三个？', {'projects': codes(top)})
bot = sorted(T, key=lambda p: p['total_wan'])[:2]
add(S, 'bottom-n', '资金总额最少的两个项目', {'projects': codes(bot)})
low = min(sp, key=lambda p: E.satisfaction(p))
assert sum(1 for p in sp if E.satisfaction(p) == E.satisfaction(low)) == 1
add(S, 'bottom-n', '满意度目标定得最低的是哪个项目？', {'projects': [low['code']]})
mx = max(T, key=lambda p: p['other_wan'])

# ---- spending plan
add(S, 'spending-plan', '重点优抚对象抚恤补助县级配套资金一季度末累计计划支出多少万元？',
    {'projects': [FUXU['code']], 'value': R(FUXU['total_wan'] * FUXU['plan']['q1'] / 100)})
add(S, 'spending-plan', '烈士纪念设施维护管理经费三季度末累计计划支出多少元？',
    {'projects': [LS['code']], 'value': R(LS['total_wan'] * 10000 * LS['plan']['q3'] / 100)})
planned = [p for p in T if p['plan']]
add(S, 'spending-plan', '有分季度用款计划的项目，到上半年末计划累计支出合计是多少万元？',
    {'projects': codes(planned), 'value': R(sum(p['total_wan'] * p['plan']['q2'] / 100 for p in planned))})
add(S, 'spending-plan', '光荣院运行经费第四季度当季计划用多少万元？',
    {'projects': [GRY['code']], 'value': R(GRY['total_wan'] * (GRY['plan']['q4'] - GRY['plan']['q3']) / 100)})
sel = [p for p in planned if p['plan']['q1'] == 0]
add(S, 'spending-plan-condition', '一季度一分钱都不打算花的项目是哪个？', {'projects': codes(sel)})
sel = [p for p in planned if p['plan']['q1'] >= 25]
sel = [p for p in T if not p['plan']]
add(S, 'lacking', '哪些项目没有填分季度用款计划？', {'projects': codes(sel)})

# ---- set logic
sel = [p for p in T if p['unit'] != '鸡泽县退役军人事务局（本级）']
add(S, 'exclusion', '除了局本级实施的以外，其余项目有哪些？', {'projects': codes(sel)})
sel = [p for p in T if p['rows'] and not E.has_l1(p, '满意度')]
add(S, 'lacking', '没有设置满意度指标的项目是哪个', {'projects': codes(sel)})
sel = [p for p in T if not E.has_l2(p, '可持续影响')]
add(S, 'lacking', '没有设可持续影响指标的项目有几个', {'projects': codes(sel), 'value': len(sel)})
sel = [p for p in T if E.cites(p, E.docref('鸡政办', 2025, 4)) or E.cites(p, E.docref('冀退役军人发', 2023, 21))]
add(S, 'or', '引用了鸡政办〔2025〕4号或者冀退役军人发〔2023〕21号的项目有哪些？', {'projects': codes(sel)})

# ---- policy references
sel = [p for p in T if E.cites(p, E.docref('邯财预', 2024, 15))]
add(S, 'policy-ref', '哪些项目的依据用到了邯财预〔2024〕15号？', {'projects': codes(sel)})
sel = [p for p in T if E.cites(p, E.docref('冀退役军人发', 2024, 6))]
add(S, 'policy-ref', '冀退役军人发〔2024〕6号被几个项目引用了', {'projects': codes(sel), 'value': len(sel)})
sel = [p for p in T if E.cites(p, E.docref('冀退役军人发', None, None))]
add(S, 'partial-ref', '凡是依据冀退役军人发文件的项目，都列一下', {'projects': codes(sel)})
sel = [p for p in T if E.cites(p, E.docref(None, 2025, 4))]
add(S, 'partial-ref', '2025年4号文涉及哪些项目', {'projects': codes(sel)})
sel = [p for p in T if E.cites(p, '退役军人保障法')]
add(S, 'law', '哪些项目的指标是按《退役军人保障法》定的？', {'projects': codes(sel)})
sel = [p for p in T if E.cites(p, '军人抚恤优待条例')]
add(S, 'law', '依据《军人抚恤优待条例》的项目资金合计多少万元？',
    {'projects': codes(sel), 'value': R(sum(p['total_wan'] for p in sel))})

# ---- follow-ups
add(S, 'follow-up', '它的其他资金是多少？', {'projects': [GRY['code']], 'value': R(GRY['other_wan'])},
    history=['光荣院集中供养及运行经费的资金总额是多少？'])
add(S, 'follow-up', '这些项目的资金合计是多少万元？',
    {'projects': codes(fwzx), 'value': R(sum(p['total_wan'] for p in fwzx))},
    history=['由鸡泽县退役军人服务中心实施的项目有哪些？'])
add(S, 'follow-up', '两者相差多少万元？',
    {'projects': codes([PX, BF]), 'value': R(abs(BF['total_wan'] - PX['total_wan']))},
    history=['退役军人适应性培训及职业技能培训经费多少钱？', '困难退役军人帮扶援助资金呢？'])
sel = [p for p in sp if E.satisfaction(p) < 90]
add(S, 'follow-up', '它们的资金总额加起来是多少', {'projects': codes(sel), 'value': R(sum(p['total_wan'] for p in sel))},
    history=['满意度目标未达到90%的有哪些项目？'])
add(S, 'follow-up', '它一季度末计划支出多少元？',
    {'projects': [LS['code']], 'value': R(LS['total_wan'] * 10000 * LS['plan']['q1'] / 100)},
    history=['烈士纪念设施维护管理经费的实施单位是哪个？'])
sel = [p for p in T if E.cites(p, E.docref('鸡政办', 2025, 4))]
best = max(sel, key=lambda p: p['total_wan'])
add(S, 'follow-up', '其中资金最多的是哪个？', {'projects': [best['code']]},
    history=['哪些项目引用了鸡政办〔2025〕4号？'])

# ---- nothing to find
assert not any(E.cites(p, E.docref('冀退役军人发', 2022, 6)) for p in T)
add(S, 'not-found', '哪些项目引用了冀退役军人发〔2022〕6号？', NOT_FOUND)
add(S, 'not-found', '鸡泽县退役军人事务局2024年安排了哪些项目？', NOT_FOUND)
assert not any('军休' in p['name'] for p in T)
add(S, 'not-found', '军休干部服务管理经费安排了多少钱', NOT_FOUND)
assert not any(E.has_l2(p, '经济效益') for p in T)
add(S, 'not-found', '有没有设置经济效益指标的项目？', NOT_FOUND)
assert '编制' not in T[0]['prose']
add(S, 'not-found', '退役军人事务局的人员编制数是多少？', NOT_FOUND)

# =====================================================================================================
# store sample: 魏县人社局 2025
# =====================================================================================================
S = 'sample'
SA = only(S)
p = find(S, '劳务派遣人员工资')
add(S, 'lookup', '劳务派遣人员工资预算数多少', {'projects': [p['code']], 'value': R(p['total_wan'])})
sel = [p for p in SA if p['total_wan'] > 1000]
add(S, 'threshold', '预算数过千万的项目有哪些？', {'projects': codes(sel)})
sel = [p for p in SA if E.cites(p, E.docref('冀人社规', 2019, 2))]
add(S, 'policy-ref', '依据里写了冀人社规【2019】2号的项目有哪几个', {'projects': codes(sel), 'value': len(sel)})
p = find(S, '公共实训基地县级配套')
add(S, 'spending-plan', '公共实训基地县级配套到6月底累计计划支出多少万元？',
    {'projects': [p['code']], 'value': R(p['total_wan'] * p['plan']['q2'] / 100)})
p = find(S, '县级离退休老干部春节慰问及实职副科以上干部去世慰问资金')
add(S, 'per-head', '老干部春节慰问资金按慰问人数算，平均每人多少元', {
    'projects': [p['code']],
    'value': R(p['total_wan'] * 10000 / row_value_num(p, '春节慰问县级离退休老干部及遗孀人数'))})
sel = [p for p in SA if E.satisfaction(p) == 85]
add(S, 'count', '满意度目标是85%的项目有几个？', {'projects': codes(sel), 'value': len(sel)})
sel = [p for p in SA if E.cites(p, E.docref('冀财社', 2024, 136))]
add(S, 'follow-up', '这几个项目预算合计多少钱', {'projects': codes(sel), 'value': R(sum(p['total_wan'] for p in sel))},
    history=['冀财社【2024】136号涉及哪些项目？'])
add(S, 'not-found', '魏县人社局的三公经费预算是多少？', NOT_FOUND)

# =====================================================================================================
# store other: 临漳县农业农村局 2025
# =====================================================================================================
S = 'other'
OT = only(S)
p = find(S, '农产品质量安全检测经费')
add(S, 'lookup', '农产品质量安全检测经费里的其他资金是多少元？', {'projects': [p['code']], 'value': R(p['other_wan'] * 10000)})
sel = [p for p in OT if p['total_wan'] >= 1000]
add(S, 'threshold', '资金总额不低于1000万元的项目', {'projects': codes(sel)})
sel = [p for p in OT if p['plan']]
add(S, 'count', '有资金支出计划的项目有几个？', {'projects': codes(sel), 'value': len(sel)})
sel = [p for p in OT if E.cites(p, E.docref('邯财农', 2024, 18))]
add(S, 'policy-ref', '邯财农[2024]18号文件被哪些项目引用？', {'projects': codes(sel)})
p = find(S, '高素质农民培育项目')
add(S, 'per-head', '高素质农民培育项目，人均培育资金多少元', {
    'projects': [p['code']], 'value': R(p['total_wan'] * 10000 / row_value_num(p, '培育高素质农民人数'))})
a, b = find(S, '农业综合行政执法工作经费'), find(S, '农产品质量安全检测经费')
add(S, 'sum', '农业综合行政执法工作经费和农产品质量安全检测经费两项合计多少万元？',
    {'projects': codes([a, b]), 'value': R(a['total_wan'] + b['total_wan'])})
add(S, 'not-found', '临漳县农业农村局2024年的耕地地力保护补贴资金是多少？', NOT_FOUND)

# =====================================================================================================
# store county: 魏县教育局 / 魏县卫生健康局 2023, 2024
# =====================================================================================================
S = 'county'
JY, WJ = '魏县教育局', '魏县卫生健康局'
p = find(S, '特殊教育项目', 2024, JY)
add(S, 'lookup', '魏县教育局2024年特殊教育项目的预算数是多少？', {'projects': [p['code']], 'value': R(p['total_wan'])})
a, b = find(S, '教育信息化县级配套资金', 2023, JY), find(S, '教育信息化县级配套资金', 2024, JY)
assert a['code'] == b['code']
add(S, 'difference', '教育信息化县级配套资金2024年比2023年增加了多少万元？',
    {'projects': [a['code']], 'value': R(b['total_wan'] - a['total_wan'])})
sel = [p for p in only(S, WJ, 2023) if not E.has_l1(p, '满意度')]
add(S, 'lacking', '魏县卫生健康局2023年有几个项目没设满意度指标？', {'projects': codes(sel), 'value': len(sel)})
add(S, 'sum', '魏县教育局2024年所有项目预算合计多少万元', {'value': R(sum(p['total_wan'] for p in only(S, JY, 2024)))})
sel = [p for p in only(S, WJ, 2023) if p['total_wan'] > 500]
add(S, 'threshold', '2023年卫健局资金总额超过500万元的项目有哪些？', {'projects': codes(sel)})
p = find(S, '健康教育专项资金', 2024, WJ)
add(S, 'spending-plan', '魏县卫生健康局2024年健康教育专项资金到10月底累计计划支出多少？',
    {'projects': [p['code']], 'value': R(p['total_wan'] * p['plan']['q3'] / 100)})
a, b = find(S, '校园安全项目', 2023, JY), find(S, '校园安全项目', 2024, JY)
assert a['code'] == b['code']
add(S, 'follow-up', '2024年的呢？', {'projects': [b['code']], 'value': R(b['total_wan'])},
    history=['魏县教育局2023年校园安全项目预算数是多少？'])
add(S, 'not-found', '魏县卫生健康局2025年的健康教育专项资金安排了多少？', NOT_FOUND)

# =====================================================================================================
# store guantao: 馆陶县应急管理局 2025 (xlsx)
# =====================================================================================================
S = 'guantao'
GT = only(S)
p = find(S, '防汛抗旱应急保障经费')
add(S, 'lookup-unit', '防汛抗旱应急保障经费是哪个单位实施的？', {'projects': [p['code']], 'contains': [p['unit']]})
sel = [p for p in GT if p['total_wan'] >= 200]
add(S, 'threshold', '资金总额不少于200万元的项目有哪些', {'projects': codes(sel)})
p = find(S, '安全生产专家技术服务经费')
add(S, 'per-unit', '专家技术服务经费平均到每名专家是多少万元？',
    {'projects': [p['code']], 'value': R(p['total_wan'] / row_value_num(p, '聘请安全生产专家人数'))})
sel = [p for p in GT if E.cites(p, E.docref('邯应急', None, None))]
add(S, 'partial-ref', '依据邯应急文件的项目有哪些？', {'projects': codes(sel)})
p = find(S, '综合应急救援队伍装备购置')
add(S, 'spending-plan', '综合应急救援队伍装备购置到二季度末计划累计支出多少万元',
    {'projects': [p['code']], 'value': R(p['total_wan'] * p['plan']['q2'] / 100)})
sp = sat_projects(GT)
add(S, 'mean', '馆陶应急局各项目满意度目标的平均值是多少？', {'value': R(sum(E.satisfaction(p) for p in sp) / len(sp))})
sel = [p for p in sp if E.satisfaction(p) >= 95]
add(S, 'threshold', '满意度目标在0.95及以上的是哪个项目', {'projects': codes(sel)})
assert not any(E.cites(p, E.docref('馆政办', 2023, 27)) for p in GT)
add(S, 'not-found', '馆政办〔2023〕27号涉及哪个项目？', NOT_FOUND)

# =====================================================================================================
# store shijian: 涉县市场监督管理局 2025
# =====================================================================================================
S = 'shijian'
SJ = only(S)
p = find(S, '药品医疗器械化妆品监督抽检经费')
add(S, 'lookup', '药品医疗器械化妆品监督抽检经费折合多少万元？', {'projects': [p['code']], 'value': R(p['total_wan'])})
sel = [p for p in SJ if 100 <= p['total_wan'] <= 300]
add(S, 'range', '年度资金总额在100万—300万之间的项目有哪些', {'projects': codes(sel)})
p = find(S, '质量强县建设及品牌培育奖补资金')
add(S, 'spending-plan', '质量强县建设及品牌培育奖补资金二季度末累计计划支出多少万元？',
    {'projects': [p['code']], 'value': R(p['total_wan'] * p['plan']['q2'] / 100)})
sel = [p for p in SJ if E.cites(p, '食品安全法')]
add(S, 'law', '哪些项目的指标依据了《中华人民共和国食品安全法》？', {'projects': codes(sel)})
sel = [p for p in SJ if p['unit'] == '涉县检验检测中心']
add(S, 'count', '实施单位是涉县检验检测中心的项目有几个', {'projects': codes(sel), 'value': len(sel)})
assert not any(E.cites(p, E.docref('冀市监', 2024, 12)) for p in SJ)
add(S, 'not-found', '引用冀市监〔2024〕12号的项目有哪些？', NOT_FOUND)

# =====================================================================================================
# store tuiyi_sample: 鸡泽县退役军人事务局 + 魏县人社局
# =====================================================================================================
S = 'tuiyi_sample'
TS = only(S)
add(S, 'cross-department', '两个部门的项目资金加在一起总共多少万元？', {'value': R(sum(p['total_wan'] for p in TS))})
add(S, 'cross-department', '鸡泽县退役军人事务局和魏县人社局一共有多少个项目？', {'value': len(TS)})
sel = [p for p in TS if (E.satisfaction(p) or 0) >= 95]
add(S, 'threshold', '满意度目标达到百分之九十五及以上的项目有哪些', {'projects': codes(sel)})
tj = only(S, '鸡泽县退役军人事务局')
best = max(tj, key=lambda p: p['total_wan'])
add(S, 'scoping', '鸡泽退役军人局资金最多的项目是哪个？', {'projects': [best['code']]})
sel = [p for p in TS if E.cites(p, E.docref('冀财社', None, None))]
add(S, 'partial-ref', '名称或依据里带冀财社文号的项目有几个？', {'projects': codes(sel), 'value': len(sel)})
a = find(S, '光荣院集中供养及运行经费')
b = find(S, '劳务派遣人员工资')
add(S, 'difference', '鸡泽光荣院运行经费比魏县人社局劳务派遣人员工资多多少万元？',
    {'projects': codes([a, b]), 'value': R(a['total_wan'] - b['total_wan'])})
add(S, 'not-found', '鸡泽县人力资源和社会保障局有哪些项目？', NOT_FOUND)


def main():
    with open(OUT, 'w', encoding='utf-8') as f:
        for i, q in enumerate(QS, 1):
            rec = {'id': f'q{i:03d}', 'question': q['question']}
            if 'history' in q:
                rec['history'] = q['history']
            rec['expect'] = q['expect']
            rec['store'] = q['store']
            rec['kind'] = q['kind']
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    from collections import Counter
    print('wrote', os.path.normpath(OUT), len(QS), 'questions')
    print(dict(Counter(q['store'] for q in QS)))
    print(dict(Counter(q['kind'] for q in QS).most_common()))


if __name__ == '__main__':
    main()
