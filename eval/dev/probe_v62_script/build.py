"""Hand-written questions for probe_v62; every expected value, project set and count is computed from the records
extract.py parses out of eval/dev/docs/dangan-2025.txt and the sample .docx."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract

DEV = os.path.join(HERE, '..')
ROOT = os.path.join(DEV, '..', '..')
DOC = extract.dangan(os.path.join(DEV, 'docs', 'dangan-2025.txt'))
C = DOC['projects']
S = extract.sample(os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'))
OUT = os.path.join(DEV, 'probe_v62.jsonl')
QS = ('一季度末', '二季度末', '三季度末', '四季度末')

def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m]); return m[0]
def codes(ps): return sorted(p['code'] for p in ps)
def ind(p, frag):
    m = [i for i in p['indicators'] if frag in i['三级指标']]
    assert len(m) == 1, frag; return m[0]
def basis(i): return i.get('指标值设定依据') or i.get('指标值确定依据') or ''
def sat(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    return extract.num(m[0]['指标值']) if m else None
def norm(s):
    return s.translate(str.maketrans({'【': '〔', '[': '〔', '（': '〔', '(': '〔', '】': '〕', ']': '〕', '）': '〕', ')': '〕'}))
def cites(p, ref):
    ref = norm(ref)
    return ref in norm(p['name']) or any(ref in norm(basis(i)) for i in p['indicators'])
def plan_at(p, q):
    """cumulative % at quarter end q; a blank after a reached percentage keeps it"""
    v = None
    for k in QS[:QS.index(q) + 1]:
        if p['plan'][k] is not None:
            v = p['plan'][k]
    return v
def r4(x): return round(x, 4)

Q = []
def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'question': question, 'expect': expect, 'store': store, 'kind': kind}
    if history:
        d['history'] = history
    Q.append(d)
NF = {'found': False}
ST, CS = 'dangan', 'dangan_sample'
c = lambda f: by(C, f)
tot = sum(p['wan'] for p in C)
planned = [p for p in C if p['plan'] is not None]

# ---------------- dangan (38) ----------------
p = c('馆藏档案数字化'); q(ST, 'lookup', '馆藏档案数字化加工经费今年预算多少万元？', {'projects': [p['code']], 'value': p['wan']})
p = c('征集'); assert p['mu'] == '元'
q(ST, 'lookup-yuan', '档案征集及抢救性修复经费安排了多少元？', {'projects': [p['code']], 'value': p['total']})
p = c('数字档案馆'); q(ST, 'lookup-indicator', '数字档案馆系统运维那个项目，对系统正常运行率的要求是多少？',
                      {'projects': [p['code']], 'contains': [extract.num(ind(p, '系统正常运行率')['指标值']).__format__('g')]})
p = c('重点档案保护'); q(ST, 'lookup-text', '省级重点档案保护与开发专项资金这个项目要求什么时候完成？',
                       {'projects': [p['code']], 'contains': [ind(p, '项目完成时间')['指标值']]})
q(ST, 'threshold', '资金总额在100万元及以上的项目有哪些？', {'projects': codes(x for x in C if x['wan'] >= 100)})
q(ST, 'threshold', '哪些项目的钱不到五十万？', {'projects': codes(x for x in C if x['wan'] < 50)})
q(ST, 'threshold-sat', '满意度目标达到九成的项目有哪几个？', {'projects': codes(x for x in C if sat(x) is not None and sat(x) >= 90)})
q(ST, 'threshold-sat', '满意度指标定得低于百分之九十的是哪些项目？', {'projects': codes(x for x in C if sat(x) is not None and sat(x) < 90)})
s = [x for x in C if x['other_w'] > 0]
q(ST, 'count', '有几个项目除了财政拨款还安排了其他资金？', {'projects': codes(s), 'value': len(s)})
q(ST, 'sum', '档案馆这些项目的财政拨款加起来一共多少万元？', {'value': r4(sum(x['fin_w'] for x in C))})
p = c('密集架'); q(ST, 'share', '智能密集架购置项目的资金占全馆项目资金总额的百分之多少？', {'projects': [p['code']], 'value': r4(p['wan'] / tot * 100)})
a, b = c('馆藏档案数字化'), c('库房安全')
q(ST, 'difference', '数字化加工经费比库房安全运行维护经费多出多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
p = c('培训'); q(ST, 'per-head', '档案业务指导培训经费平均到每个培训人次是多少元？',
                {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / extract.num(ind(p, '培训人次')['指标值']))})
p = c('馆藏档案数字化'); q(ST, 'spending-plan', '馆藏档案数字化加工经费到6月底计划累计支出多少万元？',
                         {'projects': [p['code']], 'value': r4(p['wan'] * plan_at(p, '二季度末') / 100)})
p = c('密集架'); assert p['plan']['四季度末'] is None
q(ST, 'spending-plan', '密集架购置项目到年底累计计划支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * plan_at(p, '四季度末') / 100)})
p = c('征集'); q(ST, 'spending-plan-yuan', '档案征集和抢救性修复经费一季度末计划支出多少元？',
                {'projects': [p['code']], 'value': r4(p['total'] * plan_at(p, '一季度末') / 100)})
q(ST, 'spending-plan-sum', '有支出计划的项目，到上半年末合计应支出多少万元？',
  {'value': r4(sum(x['wan'] * plan_at(x, '二季度末') / 100 for x in planned))})
q(ST, 'spending-plan-condition', '一季度末支出进度还是0%的项目有哪些？', {'projects': codes(x for x in planned if plan_at(x, '一季度末') == 0)})
q(ST, 'lacking-plan', '哪个项目没有填报实施进度计划？', {'projects': codes(x for x in C if x['plan'] is None)})
q(ST, 'policy-ref', '指标设定依据里引用了冀档〔2024〕15号的项目有哪些？', {'projects': codes(x for x in C if cites(x, '冀档〔2024〕15号'))})
q(ST, 'partial-ref', '用到邯档文件的是哪些项目？', {'projects': codes(x for x in C if cites(x, '邯档'))})
q(ST, 'partial-ref', '2025年6号文件是哪个项目引用的？', {'projects': codes(x for x in C if cites(x, '〔2025〕6号'))})
q(ST, 'bracket-ref', '哪些项目引用了邯档〔2024〕11号？', {'projects': codes(x for x in C if cites(x, '邯档〔2024〕11号'))})
s = [x for x in C if cites(x, '档案法')]
q(ST, 'law', '依据《档案法》设定指标的项目有几个？', {'projects': codes(s), 'value': len(s)})
q(ST, 'or', '引用《地方志工作条例》或者复办字（2025）6号的项目有哪些？',
  {'projects': codes(x for x in C if cites(x, '地方志工作条例') or cites(x, '复办字（2025）6号'))})
q(ST, 'lacking', '哪个项目没有设置满意度指标？', {'projects': codes(x for x in C if sat(x) is None)})
s = [x for x in C if x['unit_org'] != '邯郸市复兴区地方志编纂中心']
q(ST, 'exclusion', '除了地方志编纂中心实施的项目，其余项目资金合计多少万元？', {'projects': codes(s), 'value': r4(sum(x['wan'] for x in s))})
top = sorted(C, key=lambda x: -x['wan'])
q(ST, 'top-n', '资金规模排前三的项目是哪几个？', {'projects': codes(top[:3])})
q(ST, 'bottom-n', '资金最少的两个项目是哪两个？', {'projects': codes(top[-2:])})
q(ST, 'filter', '今年新增的项目有哪些？', {'projects': codes(x for x in C if x['attr'] == '新增项目')})
p = c('年鉴'); q(ST, 'follow-up', '那每册印制成本控制在多少元以内？',
                {'projects': [p['code']], 'value': extract.num(ind(p, '每册印制成本')['指标值'])}, history=['复兴区年鉴编纂出版经费安排了多少钱？'])
s = [x for x in C if x['wan'] > 100]
q(ST, 'follow-up', '这几个项目的财政拨款合计是多少？', {'projects': codes(s), 'value': r4(sum(x['fin_w'] for x in s))},
  history=['资金总额超过100万元的项目有哪些？'])
q(ST, 'not-found', '复兴区档案馆2024年的馆藏档案数字化加工经费是多少？', NF)
q(ST, 'not-found', '丛台区档案馆今年有哪些项目？', NF)
q(ST, 'not-found', '哪些项目引用了冀档〔2023〕15号？', NF)
q(ST, 'not-found', '红色档案展览布展经费安排了多少钱？', NF)
q(ST, 'not-found', '邯档【2025】5号涉及哪些项目？', NF)
q(ST, 'not-found', '档案馆今年的三公经费预算是多少？', NF)
assert len(Q) == 38, len(Q)

# ---------------- dangan + sample (12) ----------------
DA = '邯郸市复兴区档案馆'; WX = '魏县人力资源和社会保障局'
assert all(x['dept'] == DA for x in C) and all(x['dept'] == WX for x in S)
q(CS, 'count', '复兴区档案馆和魏县人社局加起来一共有多少个项目？', {'value': len(C) + len(S)})
q(CS, 'bottom-n', '两个单位所有项目里，资金最少的是哪一个？', {'projects': codes(sorted(C + S, key=lambda x: x['wan'])[:1])})
q(CS, 'scoping-mean', '复兴区档案馆平均每个项目多少万元？', {'value': r4(tot / len(C))})
q(CS, 'scoping-range', '复兴区档案馆资金在30万到80万元之间的项目有哪些？', {'projects': codes(x for x in C if 30 <= x['wan'] <= 80)})
a, b = c('馆藏档案数字化'), by(S, '社会保障工作经费')
q(CS, 'cross-department', '档案馆的馆藏档案数字化加工经费比魏县人社局的社会保障工作经费多多少万元？',
  {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
ref = by(S, '劳务派遣')
q(CS, 'comparator', '复兴区档案馆哪些项目的资金总额高于魏县人社局劳务派遣人员工资的预算数？', {'projects': codes(x for x in C if x['wan'] > ref['wan'])})
s = [x for x in S if sat(x) is not None and sat(x) >= 90]
q(CS, 'scoping-count', '魏县人社局满意度目标不低于90%的项目有几个？', {'projects': codes(s), 'value': len(s)})
q(CS, 'sum', '两个部门的项目资金总共多少万元？', {'value': r4(tot + sum(x['wan'] for x in S))})
p = c('查档服务'); q(CS, 'scoping-plan', '档案馆的查档服务经费到6月底累计计划支出多少万元？',
                    {'projects': [p['code']], 'value': r4(p['wan'] * plan_at(p, '二季度末') / 100)})
q(CS, 'lacking', '两个单位里有哪些项目没设满意度指标？', {'projects': codes(x for x in C + S if sat(x) is None)})
q(CS, 'policy-ref', '引用了冀财社【2024】136号的项目有哪些？', {'projects': codes(x for x in C + S if cites(x, '冀财社【2024】136号'))})
q(CS, 'not-found', '魏县档案馆有哪些项目？', NF)
assert len(Q) == 50, len(Q)

if __name__ == '__main__':
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('wrote', os.path.normpath(OUT), len(Q))
