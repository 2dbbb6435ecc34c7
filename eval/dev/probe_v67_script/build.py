"""Hand-written questions; every expected value, project set and count is computed from the records extract.py
reads back out of eval/dev/docs/qixiang-2025.docx and the sample .docx (python-docx), never from the generator."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract

DEV = os.path.join(HERE, '..')
ROOT = os.path.join(DEV, '..', '..')
DOC = os.path.join(DEV, 'docs', 'qixiang-2025.docx')
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
OUT = os.path.join(DEV, 'probe_v67.jsonl')

R = extract.qixiang(DOC)
X, PARAS = R['projects'], R['paras']
S = extract.sample(SAMPLE)


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m])
    return m[0]


def codes(ps): return sorted(p['code'] for p in ps)


def ind(p, frag):
    m = [i for i in p['indicators'] if frag in i['name']]
    assert len(m) == 1, (p['name'], frag)
    return m[0]


def sat(p):
    m = [i for i in p['indicators'] if i['l1'] == '满意度指标']
    assert len(m) <= 1
    return m[0]['num'] if m else None


BR = str.maketrans({'〔': '(', '〕': ')', '[': '(', ']': ')', '（': '(', '）': ')', '【': '(', '】': ')'})


def norm(s): return (s or '').translate(BR)


def cites(p, ref):
    """ref appears in the project name or an indicator's 指标解释及设定依据 (sample: 指标值确定依据), any bracket."""
    r = norm(ref)
    return r in norm(p['name']) or any(r in norm(i['basis']) for i in p['indicators'])


def r4(x): return round(x, 4)


Q = []


def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'question': question}
    if history: d['history'] = history
    d['expect'] = expect; d['store'] = store; d['kind'] = kind
    Q.append(d)


NF = {'found': False}
QX = 'qixiang'
x = lambda f: by(X, f)
tot = sum(p['wan'] for p in X)
QI = {'一季度': 0, '二季度': 1, '三季度': 2, '四季度': 3}

# ------------------------------------------------------------------ qixiang (45)
p = x('人工影响天气作业')
q(QX, 'lookup', '人工影响天气作业经费2025年总共安排了多少万元？', {'projects': [p['code']], 'value': p['wan']})
q(QX, 'lookup-carryover', '人影作业那个项目里头，上年结转的钱有多少', {'projects': [p['code']], 'value': p['carry_w']})
p = x('防雷安全监管')
q(QX, 'lookup-contact', '您好，我刚到局里，想找防雷安全监管经费的项目负责人对接一下，请问是谁，联系电话是多少？',
  {'projects': [p['code']], 'contains': [p['leader'], p['phone']]})
p = x('突发事件预警信息发布系统')
assert p['mu'] == '元'
q(QX, 'lookup-yuan', '突发事件预警信息发布系统运维经费的资金总额是多少元？', {'projects': [p['code']], 'value': p['total']})
p = x('防御能力提升')
i = ind(p, '应急预案修订')
assert i['cmp'] == '定性'
q(QX, 'lookup-text', '气象灾害应急预案修订要求在什么时间前完成？', {'projects': [p['code']], 'contains': [i['val']]})

s = [y for y in X if y['wan'] > 100]
q(QX, 'threshold', '过百万的项目有哪几个', {'projects': codes(s)})
s = [y for y in X if 40 <= y['wan'] <= 90]
q(QX, 'range', '资金总额在40万元到90万元之间（两头都算）的项目是哪些？', {'projects': codes(s)})
s = [y for y in X if sat(y) is not None and sat(y) >= 90]
q(QX, 'threshold-sat', '满意度目标定在九成及以上的项目有哪些？', {'projects': codes(s)})
s = [y for y in X if sat(y) is not None and sat(y) < 88]
assert any(sat(y) == 88 for y in X)
q(QX, 'threshold-sat', '满意度指标低于88%的项目有哪些？（正好88%的不算）', {'projects': codes(s)})
s = [y for y in X if y['attr'] == '新设项目']
q(QX, 'count', '今年新设的项目有几个？分别是哪几个？', {'projects': codes(s), 'value': len(s)})
q(QX, 'mean', '平均每个项目的资金总额是多少万元', {'value': r4(tot / len(X))})
w = [y for y in X if sat(y) is not None]
q(QX, 'mean-sat', '设了满意度指标的项目，满意度目标值平均是多少？（按百分数算）', {'value': r4(sum(sat(y) for y in w) / len(w))})
top = sorted(X, key=lambda y: -y['wan'])
assert top[2]['wan'] > top[3]['wan'] and top[-2]['wan'] < top[-3]['wan']
q(QX, 'top-n', '资金规模最大的三个项目分别是什么？', {'projects': codes(top[:3])})
p = x('综合业务楼')
q(QX, 'share', '综合业务楼维修改造项目占全局项目资金总额的百分之多少？', {'projects': [p['code']], 'value': r4(p['wan'] / tot * 100)})
a, b = x('人工影响天气作业'), x('观测站网')
q(QX, 'difference', '人工影响天气作业经费比气象观测站网运行维护经费多多少万元？',
  {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
a, b = x('综合业务楼'), x('科普宣传')
q(QX, 'ratio', '综合业务楼维修改造的钱是气象科普宣传经费的几倍？', {'projects': codes([a, b]), 'value': r4(a['wan'] / b['wan'])})
p = x('综合业务楼')
q(QX, 'per-unit', '请核算一下：综合业务楼维修改造项目按改造建筑面积平均，每平方米合多少元？',
  {'projects': [p['code']], 'value': r4(p['total_w'] * 10000 / ind(p, '改造建筑面积')['num'])})
p = x('人工影响天气作业')
q(QX, 'plan-quarter', '人影作业经费第二季度当季计划用款多少万元？', {'projects': [p['code']], 'value': p['q_w'][1]})
q(QX, 'plan-cumulative', '人工影响天气作业经费到上半年末累计计划用掉多少万元？', {'projects': [p['code']], 'value': r4(p['cum_w'][1])})
p = x('突发事件预警信息发布系统')
q(QX, 'plan-yuan', '预警信息发布系统运维经费，前三个季度累计计划用款多少元？', {'projects': [p['code']], 'value': r4(p['cum'][2])})
s = [y for y in X if y['q'][0] == 0]
q(QX, 'plan-condition', '一季度没安排用款的项目有哪些', {'projects': codes(s)})
s = [y for y in X if y['q_w'][2] > 30]
q(QX, 'plan-condition', '第三季度当季计划用款超过30万元的项目是哪几个？', {'projects': codes(s)})
s = [y for y in X if y['cum'][1] / y['total'] < 0.5]
assert any(abs(y['cum'][1] / y['total'] - 0.5) < 1e-9 for y in X)
q(QX, 'plan-condition', '截至二季度末累计计划用款还不到资金总额一半的项目有哪些？', {'projects': codes(s)})
s = [y for y in X if sat(y) is None]
q(QX, 'lacking', '哪个项目没有设置满意度指标？', {'projects': codes(s)})
s = [y for y in X if not any(i['l2'] == '时效指标' for i in y['indicators'])]
q(QX, 'lacking', '有没有项目没设置时效指标？', {'projects': codes(s)})
s = [y for y in X if cites(y, '冀气发〔2024〕12号')]
q(QX, 'policy-ref', '哪些项目把冀气发〔2024〕12号作为指标依据？', {'projects': codes(s)})
s = [y for y in X if cites(y, '邯气发')]
q(QX, 'partial-ref', '依据邯气发文件的项目都有哪些', {'projects': codes(s)})
s = [y for y in X if cites(y, '《中华人民共和国气象法》') or cites(y, '《气象法》')]
q(QX, 'law', '引用了《气象法》的项目有哪些？全称《中华人民共和国气象法》的也算。', {'projects': codes(s)})
s = [y for y in X if cites(y, '《中华人民共和国政府采购法》') or cites(y, '《政府采购法》')]
q(QX, 'law', '哪些项目提到了政府采购法？', {'projects': codes(s)})
s = [y for y in X if cites(y, '《河北省气象灾害防御条例》') or cites(y, '峰政办字〔2024〕17号')]
q(QX, 'or', '引用了《河北省气象灾害防御条例》或者峰政办字〔2024〕17号的项目有哪些？', {'projects': codes(s)})
s = [y for y in X if y['org'] != '邯郸市峰峰矿区气象台' and y['wan'] > 30]
q(QX, 'except', '除了气象台负责实施的项目以外，资金超过30万元的还有哪些？', {'projects': codes(s)})
s = [y for y in X if not cites(y, '《气象灾害防御条例》')]
q(QX, 'not-cited', '没有引用《气象灾害防御条例》的项目有哪些？（《河北省气象灾害防御条例》不算）', {'projects': codes(s)})
p = x('综合业务楼')
q(QX, 'structure', '综合业务楼维修改造项目设置了哪几项成本指标？',
  {'projects': [p['code']], 'contains': [i['name'] for i in p['indicators'] if i['l1'] == '成本指标']})
p = x('农业气象服务')
assert '农用天气预报' in p['use']
q(QX, 'descriptive', '农业气象服务专项经费主要用在哪些方面？', {'projects': [p['code']], 'contains': ['农用天气预报']})
p = x('人工影响天气作业')
i = ind(p, '作业安全事故')
q(QX, 'rule', '人影作业经费里“作业安全事故发生数”这个指标是怎么评分的？', {'projects': [p['code']], 'contains': [i['rule']]})
p = x('防雷安全监管')
q(QX, 'follow-up', '那它的重点单位检查覆盖率目标是多少？',
  {'projects': [p['code']], 'contains': [ind(p, '重点单位检查覆盖率')['val'] + ind(p, '重点单位检查覆盖率')['unit']]},
  history=['防雷安全监管经费安排了多少钱？'])
s = [y for y in X if y['q'][0] == 0]
q(QX, 'follow-up', '它们二季度一共计划用多少万元？', {'projects': codes(s), 'value': r4(sum(y['q_w'][1] for y in s))},
  history=['一季度没有安排用款的是哪几个项目？'])
p = top[1]
q(QX, 'follow-up', '第二个的满意度目标是多少？', {'projects': [p['code']], 'contains': ['%g%%' % sat(p)]},
  history=['资金排前三的项目是哪些？'])
ref = x('农业气象服务')
s = [y for y in X if y['wan'] > ref['wan']]
q(QX, 'comparator', '资金总额比农业气象服务专项经费多的项目有哪些？', {'projects': codes(s)})
# descriptive, department level (prose)
duty = ''.join(PARAS)
for u in ('邯郸市峰峰矿区气象台', '邯郸市峰峰矿区人工影响天气办公室', '邯郸市峰峰矿区气象灾害防御中心'):
    assert u in duty
q(QX, 'descriptive-dept', '峰峰矿区气象局下面有哪几个事业单位？',
  {'contains': ['气象台', '人工影响天气办公室', '气象灾害防御中心']})
# found: false
assert not any('2024年度' in t and '项目支出绩效目标' in t for t in PARAS)
q(QX, 'not-found', '峰峰矿区气象局2024年的人工影响天气作业经费是多少？', NF)
assert not any(cites(y, '冀气发〔2023〕12号') for y in X) and any(cites(y, '冀气发〔2024〕12号') for y in X)
q(QX, 'not-found', '冀气发〔2023〕12号被哪些项目引用了？', NF)
assert not any('雷达' in y['name'] for y in X)
q(QX, 'not-found', '天气雷达站建设项目安排了多少钱？', NF)
assert sat(x('防雷安全监管')) is None
q(QX, 'not-found', '防雷安全监管经费的满意度目标是多少？', NF)
assert not any(cites(y, '邯气发〔2024〕12号') for y in X)
q(QX, 'not-found', '哪些项目依据了邯气发〔2024〕12号？', NF)
assert len(Q) == 45, len(Q)

# ------------------------------------------------------------------ qixiang_sample (15)
CS = 'qixiang_sample'
A = X + S
q(CS, 'count', '峰峰矿区气象局和魏县人社局一共有多少个项目？', {'value': len(A)})
q(CS, 'scoping-sum', '峰峰矿区气象局所有项目的资金总额合计多少万元？', {'value': r4(tot)})
q(CS, 'scoping-sum', '魏县人社局项目预算数加起来是多少万元', {'value': r4(sum(y['wan'] for y in S))})
p = x('科普宣传')
q(CS, 'scoping', '气象局的科普宣传经费是多少？', {'projects': [p['code']], 'value': p['wan']})
a, b = x('综合业务楼'), by(S, '社会保障工作经费')
q(CS, 'cross-department', '气象局综合业务楼维修改造项目比魏县人社局的社会保障工作经费多多少万元？',
  {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
s = [y for y in A if y['wan'] <= 15]
assert any(y['wan'] == 10 for y in s) and any(y in X for y in s) and any(y in S for y in s)
q(CS, 'threshold', '两个单位里，资金不超过15万元的项目有哪些？', {'projects': codes(s)})
s = [y for y in A if sat(y) is not None and sat(y) >= 90]
q(CS, 'threshold-sat', '两家单位中满意度目标不低于90%的项目都列一下', {'projects': codes(s)})
s = [y for y in A if sat(y) is None]
q(CS, 'lacking', '两个部门的项目里，有哪些没设满意度指标？', {'projects': codes(s)})
p = by(S, '社会保障工作经费')
q(CS, 'plan', '魏县人社局社会保障工作经费到6月底累计计划支出多少万元？',
  {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['6月底'] / 100)})
q(CS, 'plan-sum', '峰峰矿区气象局各项目第二季度当季计划用款合计多少万元？', {'value': r4(sum(y['q_w'][1] for y in X))})
s = [y for y in A if cites(y, '冀气发')]
assert s and all(y in X for y in s)
q(CS, 'partial-ref', '引用冀气发文件的项目有哪些？', {'projects': codes(s)})
ref = by(S, '公共实训基地')
near = sorted(X, key=lambda y: abs(y['wan'] - ref['wan']))
assert abs(near[0]['wan'] - ref['wan']) < abs(near[1]['wan'] - ref['wan'])
q(CS, 'follow-up', '峰峰矿区气象局哪个项目的金额和它最接近？', {'projects': [near[0]['code']]},
  history=['魏县人社局的公共实训基地县级配套是多少？'])
assert not any(cites(y, '气象法') for y in S)
q(CS, 'not-found', '魏县人社局有哪些项目引用了《中华人民共和国气象法》？', NF)
q(CS, 'not-found', '魏县气象局2025年的项目支出一共多少钱？', NF)
assert not any('劳务派遣' in y['name'] for y in X) and any('劳务派遣' in y['name'] for y in S)
q(CS, 'not-found', '峰峰矿区气象局的劳务派遣人员工资预算是多少？', NF)
assert len(Q) == 60, len(Q)

with open(OUT, 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(Q), 'questions ->', OUT)
