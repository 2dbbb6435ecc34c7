"""Hand-written questions; every expected value, project set and count computed from the documents read back."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import extract

H = os.path.join(os.path.dirname(__file__), '..')
R = os.path.join(H, '..', '..')
C = extract.qiuxian(os.path.join(H, 'docs', 'qiuxian-2025.docx'))
S = extract.sample(os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'))
OUTF = os.path.join(H, 'heldout_v11.jsonl')

def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m]); return m[0]
def codes(ps): return sorted(p['code'] for p in ps)
def ind(p, frag):
    m = [i for i in p['indicators'] if frag in i.get('指标内容', i.get('三级指标', ''))]
    assert len(m) == 1, frag; return m[0]
def nv(s): return float(re.search(r'\d+(\.\d+)?', s).group())
def sat(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    return nv(m[0]['指标值']) if m else None
def cites(p, ref):
    refs = ref if isinstance(ref, (list, tuple)) else [ref]
    def hit(s): return any(r in s for r in refs)
    return hit(p['name']) or any(hit(i.get('备注', i.get('指标值确定依据', ''))) for i in p['indicators'])
def plan_at(p, key, order):
    """cumulative plan at `key`, a blank after a reached percentage keeping it; None without a plan."""
    if not p['plan']: return None
    v = None
    for k in order:
        if k in p['plan']: v = p['plan'][k]
        if k == key: return v
    raise KeyError(key)
QO = ['3月底', '6月底', '9月底', '12月底']
SO = ['3月底', '6月底', '10月底', '12月底']
def r2(x): return round(x, 4)
def has(s, frag):
    assert frag in s, (frag, s); return frag

Q = []
def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'store': store, 'kind': kind, 'question': question, 'expect': expect}
    if history: d['history'] = history
    Q.append(d)
NF = {'found': False}
ST = 'qiuxian'; MX = 'qiuxian_sample'
c = lambda f: by(C, f)
s_ = lambda f: by(S, f)
tot = sum(p['wan'] for p in C)
stot = sum(p['wan'] for p in S)
JK = '监控中心'; ZF = '综合执法大队'

# ---------------- qiuxian (45) ----------------
p = c('农村生活污水'); q(ST, 'lookup', '农村生活污水治理项目今年一共安排了多少资金？', {'projects': [p['code']], 'value': p['wan']})
p = c('空气质量自动监测站'); q(ST, 'lookup', '空气自动站运维那笔钱具体用来干什么？', {'projects': [p['code']], 'contains': [has(p['use'], '标准气体')]})
p = c('宣传教育'); assert p['unit'] == '元'
q(ST, 'lookup-unit', '生态环境宣传教育经费是多少元？', {'projects': [p['code']], 'value': p['total']})
p = c('执法能力建设'); q(ST, 'lookup', '执法能力建设经费里准备采购几架无人机？', {'projects': [p['code']], 'value': nv(ind(p, '无人机')['指标值'])})
p = c('空气质量自动监测站'); i = ind(p, '数据有效率')
q(ST, 'lookup', '自动监测站的监测数据有效率要求达到多少？', {'projects': [p['code']], 'contains': [i['指标值'] + i['度量单位']]})
p = c('网格化监管'); i = ind(p, 'PM2.5')
q(ST, 'lookup', '网格化监管经费里PM2.5年均浓度的目标值是多少？', {'projects': [p['code']], 'value': nv(i['指标值']), 'contains': [i['指标值']]})
p = c('水质监测'); q(ST, 'lookup', '河流断面水质监测那个项目，除了财政拨款还有多少其他资金？', {'projects': [p['code']], 'value': p['other_w']})
p = c('农村生活污水'); i = ind(p, '完工时间')
q(ST, 'lookup', '农村生活污水治理工程要求什么时候完工？', {'projects': [p['code']], 'contains': [i['指标值']]})
p = c('机动车尾气'); q(ST, 'lookup', '机动车尾气遥感监测的项目由哪个单位具体执行？', {'projects': [p['code']], 'contains': [p['org']]})
p = c('网格化监管'); i = ind(p, '网格员巡查次数')
q(ST, 'lookup', '网格员巡查次数这项指标在打分时占多少分？', {'projects': [p['code']], 'value': nv(i['分值'])})
q(ST, 'threshold', '资金总额超过200万元的项目都有哪些？', {'projects': codes(x for x in C if x['wan'] > 200)})
q(ST, 'range', '资金总额介于120万元和220万元之间的项目有哪些？', {'projects': codes(x for x in C if 120 <= x['wan'] <= 220)})
q(ST, 'threshold', '满意度目标不低于九成的项目有哪些？', {'projects': codes(x for x in C if sat(x) is not None and sat(x) >= 90)})
q(ST, 'comparator', '哪些项目的满意度目标没有达到90%？', {'projects': codes(x for x in C if sat(x) is not None and sat(x) < 90)})
s = [x for x in C if x['other_w'] > 0]
q(ST, 'count', '分局有几个项目使用了财政拨款以外的其他资金？', {'projects': codes(s), 'value': len(s)})
q(ST, 'sum', '所有项目的财政拨款加在一起是多少万元？', {'value': r2(sum(x['fin_w'] for x in C))})
q(ST, 'mean', '这些项目平均每个有多少资金？', {'value': r2(tot / len(C))})
p = c('农村生活污水'); q(ST, 'share', '农村生活污水治理项目的资金占分局全部项目资金的百分之几？', {'projects': [p['code']], 'value': r2(p['wan'] / tot * 100)})
a, b = c('农村生活污水'), c('土壤污染')
q(ST, 'ratio', '农村生活污水治理的资金大约是土壤污染防治及危废监管经费的多少倍？', {'projects': codes([a, b]), 'value': r2(a['wan'] / b['wan'])})
p = c('农村生活污水'); q(ST, 'per-unit', '农村污水治理平均下来每个行政村投入多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] / nv(ind(p, '行政村')['指标值']))})
p = c('秸秆'); q(ST, 'per-head', '秸秆散煤禁烧巡查补助经费按补助人数平均，每人合多少元？', {'projects': [p['code']], 'value': r2(p['wan'] * 10000 / nv(ind(p, '补助人数')['指标值']))})
p = c('网格化监管'); q(ST, 'spending-plan', '大气污染防治网格化监管经费到6月底累计计划花出去多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] * plan_at(p, '6月底', QO) / 100)})
p = c('执法能力建设'); q(ST, 'spending-plan', '执法能力建设经费截至三季度末应累计支出多少钱（万元）？', {'projects': [p['code']], 'value': r2(p['wan'] * plan_at(p, '9月底', QO) / 100)})
q(ST, 'spending-plan', '有支出计划的项目，一季度末合计要支出多少万元？', {'value': r2(sum(x['wan'] * plan_at(x, '3月底', QO) / 100 for x in C if x['plan']))})
q(ST, 'spending-plan-condition', '哪些项目3月底前计划一分钱都不支出？', {'projects': codes(x for x in C if x['plan'] and plan_at(x, '3月底', QO) == 0)})
q(ST, 'spending-plan-condition', '上半年累计支出进度计划不到一半的项目有哪些？', {'projects': codes(x for x in C if x['plan'] and plan_at(x, '6月底', QO) < 50)})
q(ST, 'lacking', '哪个项目没有设置满意度指标？', {'projects': codes(x for x in C if sat(x) is None)})
q(ST, 'lacking', '有没有项目没填资金支出计划？是哪些？', {'projects': codes(x for x in C if not x['plan'])})
top = sorted(C, key=lambda x: -x['wan']); assert top[2]['wan'] > top[3]['wan']
q(ST, 'top-n', '资金量排前三的项目是哪三个？', {'projects': codes(top[:3])})
q(ST, 'exclusion', '不算监控中心执行的项目，资金总额在100万元以上的还有哪些？', {'projects': codes(x for x in C if JK not in x['org'] and x['wan'] >= 100)})
q(ST, 'or', '由综合执法大队执行的，或者用到了其他资金的项目，列一下。', {'projects': codes(x for x in C if ZF in x['org'] or x['other_w'] > 0)})
q(ST, 'policy-ref', '备注里引用冀环〔2024〕15号的是哪些项目？', {'projects': codes(x for x in C if cites(x, '冀环〔2024〕15号'))})
q(ST, 'partial-ref', '依据邯财建33号文设定指标的项目有哪些？', {'projects': codes(x for x in C if cites(x, '邯财建〔2024〕33号'))})
q(ST, 'partial-ref', '哪些项目参考了邯环2025年第4号文件？', {'projects': codes(x for x in C if cites(x, '邯环〔2025〕4号'))})
q(ST, 'law', '指标依据中提到《大气污染防治法》的项目有哪几个？', {'projects': codes(x for x in C if cites(x, ['《中华人民共和国大气污染防治法》', '《大气污染防治法》']))})
q(ST, 'policy-ref', '和邯环字〔2024〕56号文件有关的是哪个项目，资金多少？', {'projects': codes(x for x in C if cites(x, '邯环字〔2024〕56号')), 'value': sum(x['wan'] for x in C if cites(x, '邯环字〔2024〕56号'))})
p = c('农村生活污水'); q(ST, 'count-rows', '农村生活污水治理项目一共设了多少条绩效指标？', {'projects': [p['code']], 'value': len(p['indicators'])})
p = c('农村生活污水'); i = ind(p, '项目总成本')
q(ST, 'lookup', '农村生活污水治理项目的成本指标写的是多少？跟预算对得上吗？', {'projects': [p['code']], 'value': nv(i['指标值']), 'contains': [i['指标值']]})
assert nv(i['指标值']) != p['wan']
p = c('执法能力建设'); qual = [i for i in p['indicators'] if i['指标性质'] == '定性']; assert len(qual) == 1
q(ST, 'descriptive', '执法能力建设经费的指标里，哪项是定性指标，目标怎么写的？', {'projects': [p['code']], 'contains': [qual[0]['指标值']]})
p = c('土壤污染'); i = ind(p, '耕地安全利用率')
q(ST, 'follow-up', '那它的受污染耕地安全利用率目标是多少？', {'projects': [p['code']], 'contains': [i['指标值'] + i['度量单位']]},
  history=['土壤污染防治及危险废物监管经费安排了多少钱？'])
p = c('在线监控'); i = ind(p, '补助重点排污单位数量')
q(ST, 'follow-up', '那平均每家能分到多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] / nv(i['指标值']))},
  history=['重点排污单位在线监控设施运维补助计划补助多少家企业？'])
q(ST, 'not-found', '邱县生态环境分局2024年的大气污染防治网格化监管经费是多少？', NF)
q(ST, 'not-found', '大气污染防治网格化监管经费的项目负责人和联系电话是什么？', NF)
q(ST, 'not-found', '哪些项目引用了冀环〔2023〕15号文件？', NF)
assert not any(cites(x, '冀环〔2023〕15号') for x in C)
q(ST, 'not-found', '噪声污染防治项目今年安排了多少钱？', NF)
assert not any('噪声' in x['name'] for x in C)

# ---------------- qiuxian_sample (25) ----------------
p = s_('社会保障工作经费'); q(MX, 'scoping', '魏县人社局的社会保障工作经费预算是多少？', {'projects': [p['code']], 'value': p['wan']})
q(MX, 'scoping', '邱县生态环境分局一共报了几个项目？', {'value': len(C)})
q(MX, 'cross-department', '两个部门的项目资金总额加起来是多少万元？', {'value': r2(tot + stot)})
q(MX, 'cross-department', '人社局和生态环境分局，哪个部门的项目资金总额更大？大多少万元？', {'value': r2(abs(stot - tot)), 'contains': ['魏县' if stot > tot else '邱县']})
q(MX, 'count', '两个部门合计一共有多少个项目？', {'value': len(C) + len(S)})
A = C + S
q(MX, 'threshold', '两个部门中资金过千万的项目有哪些？', {'projects': codes(x for x in A if x['wan'] > 1000)})
q(MX, 'threshold', '满意度目标定得低于85%的项目有哪些？', {'projects': codes(x for x in A if sat(x) is not None and sat(x) < 85)})
q(MX, 'comparator', '满意度目标正好是85%的项目有哪些？', {'projects': codes(x for x in A if sat(x) == 85)})
top = sorted(C, key=lambda x: -x['wan'])
q(MX, 'scoping', '生态环境分局资金最多的项目是哪个？', {'projects': [top[0]['code']], 'value': top[0]['wan']})
bot = sorted(A, key=lambda x: x['wan']); assert bot[2]['wan'] < bot[3]['wan']
q(MX, 'bottom-n', '两个部门放在一起，资金最少的三个项目分别是什么？', {'projects': codes(bot[:3])})
v = sum(x['wan'] * plan_at(x, '6月底', QO) / 100 for x in C if x['plan']) + sum(x['wan'] * plan_at(x, '6月底', SO) / 100 for x in S if x['plan'])
q(MX, 'spending-plan', '按支出计划，两个部门到6月底累计要支出多少万元？', {'value': r2(v)})
q(MX, 'mean', '魏县人社局的项目平均每个多少万元？', {'value': r2(stot / len(S))})
q(MX, 'share', '邱县生态环境分局的项目资金占两个部门合计的比重是多少？', {'value': r2(tot / (tot + stot) * 100)})
q(MX, 'policy-ref', '哪些项目跟冀财社【2024】136号文件有关？', {'projects': codes(x for x in A if cites(x, ['冀财社【2024】136号', '冀财社〔2024〕136号']))})
q(MX, 'partial-ref', '引用了邯银发文件的是哪个项目？', {'projects': codes(x for x in A if cites(x, '邯银发'))})
q(MX, 'partial-ref', '依据冀环15号文的项目有哪些？', {'projects': codes(x for x in A if cites(x, '冀环〔2024〕15号'))})
p = s_('公共实训基地'); q(MX, 'spending-plan', '魏县人社局的公共实训基地县级配套，到一季度末计划支出多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] * plan_at(p, '3月底', SO) / 100)})
q(MX, 'lacking', '两个部门里有哪些项目没设满意度指标？', {'projects': codes(x for x in A if sat(x) is None)})
q(MX, 'count-rows', '两个部门的绩效指标加起来一共有多少条？', {'value': sum(len(x['indicators']) for x in A)})
q(MX, 'exclusion', '魏县人社局除了以冀财社文号开头的项目，预算超过100万元的还有哪些？', {'projects': codes(x for x in S if not x['name'].startswith('冀财社') and x['wan'] > 100)})
a, b = s_('劳务派遣'), c('秸秆')
q(MX, 'cross-department', '魏县人社局的劳务派遣人员工资和邱县的秸秆禁烧巡查补助，两项加起来多少钱？', {'projects': codes([a, b]), 'value': r2(a['wan'] + b['wan'])})
q(MX, 'follow-up', '邱县生态环境分局有没有金额比它还少的项目？都有哪些？', {'projects': codes(x for x in C if x['wan'] < a['wan'])},
  history=['魏县人社局的劳务派遣人员工资预算是多少？'])
a, b = c('农村生活污水'), s_('公共实训基地')
q(MX, 'difference', '农村生活污水治理项目比魏县的公共实训基地县级配套多多少万元？', {'projects': codes([a, b]), 'value': r2(a['wan'] - b['wan'])})
q(MX, 'not-found', '邱县人力资源和社会保障局今年的创业扶持资金是多少？', NF)
q(MX, 'not-found', '魏县生态环境分局的大气污染防治经费有多少？', NF)

n_st = sum(1 for x in Q if x['store'] == ST); n_mx = len(Q) - n_st
print('questions', len(Q), ST, n_st, MX, n_mx)
with open(OUTF, 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
