"""Hand-written questions for probe_v61; every expected value, project set and count is computed from the records
that extract.py parses back out of the documents."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract as X

OUT = os.path.join(X.DEV, 'probe_v61.jsonl')
A = X.load_all()
S, O, Y, N, C, QX, W, M = (A[k] for k in ('sample', 'other', 'yingji', 'ningjin', 'cixian', 'qiuxian', 'weijian', 'minzheng'))


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m]); return m[0]
def codes(ps):
    ps = list(ps); c = sorted(p['code'] for p in ps); assert c and len(set(c)) == len(c), c; return c
def r4(x): return round(x, 4)
def first_num(s):
    m = re.search(r'\d+(\.\d+)?', s or ''); return float(m.group()) if m else None
def ind(p, frag):
    m = [i for i in p['inds'] if frag in (i['name'] or '')]
    assert len(m) == 1, (p['name'], frag, len(m)); return m[0]
def sat(p):
    m = [i for i in p['inds'] if i['l1'] == '满意度指标']
    assert len(m) <= 1, p['name']; return first_num(m[0]['value']) if m else None
def with_sat(ps): return [p for p in ps if sat(p) is not None]
def norm(s): return re.sub(r'[【\[（(]', '〔', re.sub(r'[】\]）)]', '〕', s or ''))
def texts(p): return [p['name'], p.get('basis_line', '')] + [i['basis'] for i in p['inds']]
def cites(p, ref):
    """ref: a full number, an issuer alone (matches the issuer followed by a bracket), a 〔year〕N号 fragment, or a law."""
    ref = norm(ref)
    if re.fullmatch(r'[\u4e00-\u9fff]+', ref) and not ref.endswith('法'):
        return any(re.search(re.escape(ref) + '〔', norm(t)) for t in texts(p))
    return any(ref in norm(t) for t in texts(p))
def cum(p, m): return p['total'] * p['plan'][m] / 100          # cumulative planned spending by checkpoint m, 万元
def planned(ps): return [p for p in ps if p['plan']]
def total(ps): return sum(p['total'] for p in ps)
def lacks(p, kind): return not any(kind in (i['l1'] or '') or kind in (i['l2'] or '') for i in p['inds'])

Q = []
def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'store': store, 'kind': kind, 'question': question, 'expect': expect}
    if history: d['history'] = history
    Q.append(d)
NF = {'found': False}

# ------------------------------------------------------------------ qiuxian (邯郸市生态环境局邱县分局) 12
QT = total(QX)
qx5 = by(QX, '农村生活污水'); qx2 = by(QX, '空气质量自动监测站'); qx6 = by(QX, '宣传教育'); qx10 = by(QX, '机动车尾气')
q('qiuxian', 'share', '农村生活污水治理项目的资金占分局全部项目资金的百分之几？',
  {'projects': [qx5['code']], 'value': r4(qx5['total'] / QT * 100)})
mon = [p for p in QX if p['org'] == '邱县生态环境监控中心']
q('qiuxian', 'share-filtered', '由邱县生态环境监控中心执行的那些项目，资金合计占分局项目资金总额的比例是多少？',
  {'projects': codes(mon), 'value': r4(total(mon) / QT * 100)})
q('qiuxian', 'threshold', '满意度目标不到九成的项目有哪些？',
  {'projects': codes(p for p in with_sat(QX) if sat(p) < 90)})
pl = planned(QX)
q('qiuxian', 'spending-plan-sum', '截至6月底，有支出计划的项目按计划累计要花出去多少万元？',
  {'projects': codes(pl), 'value': r4(sum(cum(p, 6) for p in pl))})
q('qiuxian', 'partial-ref-issuer', '指标依据里用到邯财建文件的是哪些项目？',
  {'projects': codes(p for p in QX if cites(p, '邯财建'))})
q('qiuxian', 'partial-ref-number', '把2025年4号文当作依据的项目有哪几个？',
  {'projects': codes(p for p in QX if cites(p, '〔2025〕4号'))})
q('qiuxian', 'law', '哪些项目的指标是依据大气污染防治法设定的？',
  {'projects': codes(p for p in QX if cites(p, '大气污染防治法'))})
q('qiuxian', 'follow-up', '它们的其他资金一共有多少万元？', {'projects': codes(mon), 'value': r4(sum(p['other'] for p in mon))},
  history=['执行单位是邱县生态环境监控中心的项目有哪些？'])
assert not any(cites(p, '邯环字〔2024〕65号') for p in QX) and any(cites(p, '邯环字〔2024〕56号') for p in QX)
q('qiuxian', 'not-found', '哪些项目引用了邯环字〔2024〕65号文件？', NF)
l2s = list(dict.fromkeys(i['l2'] for i in qx2['inds']))
q('qiuxian', 'structure', '空气质量自动监测站运维经费下面设了哪些二级指标？', {'projects': [qx2['code']], 'contains': l2s})
q('qiuxian', 'threshold', '资金总额在100万元以内的项目有哪些？', {'projects': codes(p for p in QX if p['total'] <= 100)})
assert not qx6['plan']
q('qiuxian', 'not-found', '生态环境宣传教育经费到二季度末计划累计支出多少？', NF)

# ------------------------------------------------------------------ weijian (曲周县卫生健康局) 12
WT = total(W)
w1 = by(W, '基本公共卫生'); w4 = by(W, '重大传染病'); w5 = by(W, '妇幼健康'); w6 = by(W, '急诊急救'); w7 = by(W, '严重精神障碍')
q('weijian', 'per-month', '严重精神障碍患者管理治疗经费平摊到每个月大概是多少元？',
  {'projects': [w7['code']], 'value': r4(w7['total'] * 10000 / 12)})
q('weijian', 'question-number', '如果按人均80元的标准测算，基本公共卫生服务项目补助资金能覆盖多少人？',
  {'projects': [w1['code']], 'value': r4(w1['total'] * 10000 / 80)})
q('weijian', 'spending-plan', '县医院急诊急救能力提升项目到上半年末计划累计支出多少万元？',
  {'projects': [w6['code']], 'value': r4(cum(w6, 6))})
q('weijian', 'spending-plan-condition', '前三季度累计支出计划不低于80%的项目有哪些？',
  {'projects': codes(p for p in planned(W) if p['plan'][9] >= 80)})
low2 = sorted(W, key=lambda p: p['total'])[:2]
q('weijian', 'bottom-n', '预算金额最少的两个项目是哪两个？', {'projects': codes(low2)})
q('weijian', 'partial-ref-issuer', '哪些项目的确定依据引用了冀财社的文件？', {'projects': codes(p for p in W if cites(p, '冀财社'))})
q('weijian', 'partial-ref-number', '以2024年15号文作为确定依据的项目有哪些？', {'projects': codes(p for p in W if cites(p, '〔2024〕15号'))})
assert sat(w4) is None
q('weijian', 'not-found', '重大传染病防控经费的满意度指标目标值定的是多少？', NF)
q('weijian', 'count-rows', '妇幼健康服务项目一共设了几个产出指标？',
  {'projects': [w5['code']], 'value': sum(1 for i in w5['inds'] if i['l1'] == '产出指标')})
q('weijian', 'lookup-unit', '严重精神障碍患者管理治疗经费由哪个单位来实施？', {'projects': [w7['code']], 'contains': [w7['org'].split('（')[0]]})
top3 = sorted(W, key=lambda p: -p['total'])[:3]
q('weijian', 'follow-up-share', '这三个加起来占部门项目预算合计的百分之几？',
  {'projects': codes(top3), 'value': r4(total(top3) / WT * 100)}, history=['预算金额排前三的是哪几个项目？'])
q('weijian', 'threshold', '满意度目标不低于百分之九十的项目有哪些？', {'projects': codes(p for p in with_sat(W) if sat(p) >= 90)})

# ------------------------------------------------------------------ minzheng (魏县民政局) 10
MT = total(M)
m2 = by(M, '最低生活保障'); m3 = by(M, '特困人员'); m4 = by(M, '临时救助'); m10 = by(M, '婚姻登记')
q('minzheng', 'exclusion-sum', '除了城乡最低生活保障资金和特困人员救助供养资金，剩下的项目预算一共多少万元？',
  {'value': r4(MT - m2['total'] - m3['total'])})
q('minzheng', 'spending-plan-condition', '一季度末支出进度超过四分之一的项目有哪些？',
  {'projects': codes(p for p in planned(M) if p['plan'][3] > 25)})
assert len(planned(M)) == len(M)
q('minzheng', 'spending-plan-sum', '按支出计划，到10月底全局所有项目累计要支出多少万元？', {'value': r4(sum(cum(p, 9) for p in M))})
q('minzheng', 'per-year', '按农村低保保障标准，一个农村低保对象一年至少能领到多少元？',
  {'projects': [m2['code']], 'value': r4(first_num(ind(m2, '农村低保保障标准')['value']) * 12)})
q('minzheng', 'question-number', '临时救助资金要是按每人次1000元的标准发，能救助多少人次？',
  {'projects': [m4['code']], 'value': r4(m4['total'] * 10000 / 1000)})
q('minzheng', 'lacking', '哪个项目没有设置成本指标？', {'projects': codes(p for p in M if lacks(p, '成本指标'))})
q('minzheng', 'ratio', '城乡最低生活保障资金是临时救助资金的多少倍？',
  {'projects': codes([m2, m4]), 'value': r4(m2['total'] / m4['total'])})
assert abs(m4['fin'] + m4['other'] - m4['total']) > 1
q('minzheng', 'precision-sum', '临时救助资金的财政资金加上其他资金一共是多少万元？',
  {'projects': [m4['code']], 'value': r4(m4['fin'] + m4['other'])})
q('minzheng', 'not-found', '魏县民政局2024年的高龄津贴预算是多少？', NF)
q('minzheng', 'follow-up', '那第二个呢？', {'projects': [m4['code']], 'value': r4(cum(m4, 9))},
  history=['特困人员救助供养资金和临时救助资金的满意度目标分别是多少？', '第一个项目到10月底计划累计支出多少万元？'])

# ------------------------------------------------------------------ sample_minzheng (魏县人社局 + 魏县民政局) 5
SM = S + M
ST = total(S)
s4 = by(S, '城乡居民基本养老保险（基础')
q('sample_minzheng', 'cross-department-mean', '魏县民政局和魏县人社局比，平均每个项目的预算相差多少万元？',
  {'value': r4(abs(MT / len(M) - ST / len(S)))})
q('sample_minzheng', 'threshold', '两个局里预算过亿的项目有哪些？', {'projects': codes(p for p in SM if p['total'] > 10000)})
q('sample_minzheng', 'or-values', '满意度目标定为95%或者98%的项目有哪些？', {'projects': codes(p for p in with_sat(SM) if sat(p) in (95, 98))})
ge90 = [p for p in with_sat(SM) if sat(p) >= 90]
q('sample_minzheng', 'count', '两个局一共有多少个项目的满意度目标在90%以上？', {'projects': codes(ge90), 'value': len(ge90)})
q('sample_minzheng', 'follow-up-difference', '两者相差多少万元？',
  {'projects': codes([m2, s4]), 'value': r4(abs(m2['total'] - s4['total']))},
  history=['城乡最低生活保障资金和城乡居民基本养老保险（基础养老金补助和缴费补贴）的预算分别是多少？'])

# ------------------------------------------------------------------ yingji (曲周县应急管理局) 7
YT = total(Y)
lvl = [p for p in Y if p['org'] == '曲周县应急管理局（本级）']
q('yingji', 'share-filtered', '曲周县应急管理局（本级）自己实施的项目，资金占全局项目支出的百分之多少？',
  {'projects': codes(lvl), 'value': r4(total(lvl) / YT * 100)})
q('yingji', 'range', '资金总额在96.8万元到312万元之间（含两端）的项目有哪些？',
  {'projects': codes(p for p in Y if 96.8 - 1e-9 <= p['total'] <= 312 + 1e-9)})
ypl = planned(Y)
q('yingji', 'spending-plan-sum', '截至9月底，有分季度支出计划的项目累计计划支出合计多少万元？',
  {'projects': codes(ypl), 'value': r4(sum(cum(p, 9) for p in ypl))})
q('yingji', 'law', '哪些项目把安全生产法作为指标设定依据？', {'projects': codes(p for p in Y if cites(p, '安全生产法'))})
q('yingji', 'partial-ref', '冀应急2024年17号文被哪些项目引用了？', {'projects': codes(p for p in Y if cites(p, '冀应急〔2024〕17号'))})
assert not any('应急广播' in p['name'] for p in Y)
q('yingji', 'not-found', '应急广播系统运维经费今年安排了多少钱？', NF)
q('yingji', 'negation', '满意度目标未达到90%的项目有哪些？', {'projects': codes(p for p in with_sat(Y) if sat(p) < 90)})

# ------------------------------------------------------------------ yingji_sample 2
q('yingji_sample', 'cross-department-ratio', '曲周县应急管理局平均每个项目的资金，相当于魏县人社局平均每个项目预算的百分之几？',
  {'value': r4((YT / len(Y)) / (ST / len(S)) * 100)})
q('yingji_sample', 'not-found', '曲周县人社局2025年的就业补助资金是多少？', NF)

# ------------------------------------------------------------------ ningjin (宁晋县残联) 7
n1 = by(N, '两项补贴') if any('两项补贴' in p['name'] for p in N) else by(N, '护理补贴')
n3 = by(N, '辅助器具'); n9 = by(N, '残疾人之家')
q('ningjin', 'spending-plan-condition', '上半年计划支出超过全年预算一半的项目有哪些？',
  {'projects': codes(p for p in planned(N) if p['plan'][6] > 50 + 1e-9)})
ns = with_sat(N)
q('ningjin', 'mean', '设了满意度指标的项目，满意度目标平均是多少？', {'value': r4(sum(sat(p) for p in ns) / len(ns))})
q('ningjin', 'per-unit', '残疾人辅助器具适配补贴经费平均到每件辅具是多少元？',
  {'projects': [n3['code']], 'value': r4(n3['total'] * 10000 / ind(n3, '辅助器具适配件数')['num'])})
q('ningjin', 'question-number', '如果按每人每月300元计算，困难残疾人生活补贴和重度残疾人护理补贴县级配套资金一年能覆盖多少人？',
  {'projects': [n1['code']], 'value': r4(n1['total'] * 10000 / (300 * 12))})
neither = [p for p in N if p['fund'] == 0 and p['other'] == 0]
q('ningjin', 'count', '既没有政府性基金、也没有其他资金的项目有几个？', {'projects': codes(neither), 'value': len(neither)})
q('ningjin', 'threshold-unit', '年度预算不足50万元的项目有哪些？', {'projects': codes(p for p in N if p['total'] < 50)})
assert '日间照料' in n9['use'] and '辅助性就业' in n9['use']
q('ningjin', 'descriptive', '乡镇残疾人之家运营补助这笔钱主要用来干什么？', {'projects': [n9['code']], 'contains': ['日间照料', '辅助性就业']})

# ------------------------------------------------------------------ cixian (磁县体育局) 7
c4 = by(C, '业余体校'); c7 = by(C, '村级健身广场')
q('cixian', 'per-unit', '业余体校运动员训练及伙食补助，按在训运动员人数平均下来每人多少元？',
  {'projects': [c4['code']], 'value': r4(c4['total'] * 10000 / ind(c4, '在训运动员')['num'])})
cpl = planned(C)
q('cixian', 'spending-plan-sum', '到二季度末，有支出计划的项目累计计划支出一共多少万元？',
  {'projects': codes(cpl), 'value': r4(sum(cum(p, 6) for p in cpl))})
q('cixian', 'partial-ref-issuer', '依据了邯体字文件的项目有哪些？', {'projects': codes(p for p in C if cites(p, '邯体字'))})
q('cixian', 'bottom-n', '资金总额最少的三个项目是哪些？', {'projects': codes(sorted(C, key=lambda p: p['total'])[:3])})
assert sat(c7) is None
q('cixian', 'not-found', '农民体育健身工程村级健身广场建设补助的满意度目标是多少？', NF)
sun = [p for p in C if p['leader'] == '孙建军']
q('cixian', 'lookup-sum', '孙建军负责的项目一共有多少资金？', {'projects': codes(sun), 'value': r4(total(sun))})
q('cixian', 'threshold', '满意度目标高于0.9的项目有哪些？', {'projects': codes(p for p in with_sat(C) if sat(p) > 90)})

# ------------------------------------------------------------------ cixian_sample 2
CT = total(C)
s1 = by(S, '社会保障工作经费')
q('cixian_sample', 'threshold', '两个单位里满意度目标达到95%的项目有哪些？', {'projects': codes(p for p in with_sat(C + S) if sat(p) >= 95)})
q('cixian_sample', 'cross-department-difference', '磁县体育局全部项目的资金合计，比魏县人社局的社会保障工作经费多出多少万元？',
  {'value': r4(CT - s1['total'])})

# ------------------------------------------------------------------ sample (魏县人社局) 6
emp = [p for p in S if cites(p, '冀财社【2024】136号') and p['name'].startswith('冀财社【2024】136号')] + [by(S, '159号')]
assert len(emp) == 3
q('sample', 'share', '就业补助资金（冀财社【2024】136号的两个项目加上159号省级就业补助）合计占人社局项目总预算的百分之几？',
  {'projects': codes(emp), 'value': r4(total(emp) / ST * 100)})
plan_only = [p for p in S if all('工作计划' in i['basis'] and not re.search(r'〔|【|\[|号', i['basis'])
                                 for i in p['inds'] if i['l1'] != '满意度指标')]
q('sample', 'only-basis', '除了满意度指标，其他指标的依据全都只是年度工作计划、没引用任何文件的项目有哪些？', {'projects': codes(plan_only)})
s6 = by(S, '133号')
q('sample', 'question-number', '按每人每月123元的标准，冀财社【2024】133号这笔中央基础养老金一年够发给多少人？',
  {'projects': [s6['code']], 'value': r4(s6['total'] * 10000 / (123 * 12))})
pair = [p for p in S if p['name'].startswith('冀财社【2024】136号')]
assert len(pair) == 2
small = min(pair, key=lambda p: p['total'])
q('sample', 'follow-up', '其中预算较少的那个，满意度目标是多少？', {'projects': [small['code']], 'contains': ['%g%%' % sat(small)]},
  history=['冀财社【2024】136号对应的是哪几个项目？'])
q('sample', 'not-found', '劳务派遣人员工资今年实际已经支出了多少？', NF)
assert not any(cites(p, '冀人社规〔2019〕8号') for p in S) and any(cites(p, '冀人社规〔2018〕8号') for p in S)
q('sample', 'not-found', '哪些项目依据了冀人社规〔2019〕8号？', NF)

# ------------------------------------------------------------------ other (临漳县农业农村局) 5
o3 = by(O, '病虫害')
small_o = [p for p in O if p['total'] < 50]
q('other', 'count-unit', '资金总额不到50万元的项目有几个？', {'projects': codes(small_o), 'value': len(small_o)})
assert abs(o3['fin'] + o3['other'] - o3['total']) > 1
q('other', 'precision-sum', '农作物重大病虫害统防统治项目的财政拨款和其他资金合计是多少万元？',
  {'projects': [o3['code']], 'value': r4(o3['fin'] + o3['other'])})
noplan = [p for p in O if not p['plan']]
q('other', 'count-lacking', '没有列资金支出计划的项目有几个？', {'projects': codes(noplan), 'value': len(noplan)})
assert not any('保险' in p['name'] for p in O)
q('other', 'not-found', '农业保险保费补贴今年安排了多少？', NF)
q('other', 'negation', '满意度目标没超过90%的项目有哪些？', {'projects': codes(p for p in with_sat(O) if sat(p) <= 90)})

# ------------------------------------------------------------------ both (魏县人社局 + 临漳县农业农村局) 3
q('both', 'cross-department-sum', '两个局的项目预算加在一起是多少万元？', {'value': r4(ST + total(O))})
q('both', 'threshold', '满意度目标不低于95%的项目有哪些？', {'projects': codes(p for p in with_sat(S + O) if sat(p) >= 95)})
q('both', 'not-found', '魏县农业农村局2025年有哪些项目？', NF)

# ------------------------------------------------------------------ qiuxian_sample 2
q('qiuxian_sample', 'or-refs', '依据邯财建〔2024〕33号或者冀人社规〔2018〕8号的项目有哪些？',
  {'projects': codes(p for p in QX + S if cites(p, '邯财建〔2024〕33号') or cites(p, '冀人社规〔2018〕8号'))})
q('qiuxian_sample', 'not-found', '魏县生态环境局今年的项目支出合计是多少？', NF)

assert len(Q) == 80, len(Q)
with open(OUT, 'w', encoding='utf-8') as f:
    for d in Q: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print('wrote', OUT, len(Q))
