"""Hand-written questions; every expected value, project set and count computed from the documents."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import extract

H = os.path.join(os.path.dirname(__file__), '..')
R = os.path.join(H, '..', '..')
C = extract.jize(os.path.join(H, 'docs', 'jize-2025.docx'))
S = extract.docx_projects(os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'))
O = extract.docx_projects(os.path.join(R, 'tests', 'data', 'other-department.docx'))
G = extract.guantao(os.path.join(H, 'docs', 'guantao-2025.xlsx'))

def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m]); return m[0]
def codes(ps): return sorted(p['code'] for p in ps)
def ind(p, frag):
    m = [i for i in p['indicators'] if frag in i['三级指标']]
    assert len(m) == 1, frag; return m[0]
def nv(s): return float(re.search(r'\d+(\.\d+)?', s).group())
def sat(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    return nv(m[0]['指标值']) if m else None
def cites(p, ref):
    return ref in p['name'] or any(ref in i['指标值设定依据'] for i in p['indicators'])
def r2(x): return round(x, 4)

Q = []
def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'question': question, 'expect': expect, 'store': store, 'kind': kind}
    if history: d['history'] = history
    Q.append(d)
NF = {'found': False}
ST = 'jize'
c = lambda f: by(C, f)
tot = sum(p['wan'] for p in C)

# --- jize (40) ---
p = c('城市照明'); q(ST, 'lookup', '城市照明设施运行维护及电费今年安排了多少钱？', {'projects': [p['code']], 'value': p['wan']})
p = c('园林绿化'); q(ST, 'lookup', '园林绿化养护经费的项目负责人是谁？', {'projects': [p['code']], 'contains': [p['leader']]})
p = c('执法装备'); q(ST, 'lookup', '执法装备购置项目计划买几台执法记录仪？', {'projects': [p['code']], 'value': nv(ind(p, '执法记录仪')['指标值'])})
q(ST, 'lookup', '城市管理执法装备购置的年度资金总额是多少元？', {'projects': [p['code']], 'value': p['total']})
q(ST, 'threshold', '年度资金总额在300万元及以上的项目有哪些？', {'projects': codes(x for x in C if x['wan'] >= 300)})
q(ST, 'threshold', '哪些项目的资金还不到一百万？', {'projects': codes(x for x in C if x['wan'] < 100)})
q(ST, 'threshold', '满意度目标达到九成的项目有哪些？', {'projects': codes(x for x in C if sat(x) is not None and sat(x) >= 90)})
q(ST, 'threshold', '满意度指标定得低于百分之九十的是哪几个项目？', {'projects': codes(x for x in C if sat(x) is not None and sat(x) < 90)})
s = [x for x in C if x['other_w'] > 0]
q(ST, 'count', '有几个项目用到了其他资金（非财政资金）？', {'projects': codes(s), 'value': len(s)})
q(ST, 'sum', '这八个项目的财政资金加起来一共多少万元？', {'value': r2(sum(x['fin_w'] for x in C))})
q(ST, 'mean', '平均下来每个项目的年度资金总额是多少万元？', {'value': r2(tot / len(C))})
p = c('道路清扫'); q(ST, 'share', '道路清扫保洁及垃圾清运经费占全局项目资金总额的百分之多少？', {'projects': [p['code']], 'value': r2(p['wan'] / tot * 100)})
a, b = c('市政设施维护'), c('园林绿化'); q(ST, 'difference', '市政设施维护管理经费比园林绿化养护经费多多少万元？', {'projects': codes([a, b]), 'value': r2(a['wan'] - b['wan'])})
p = c('公厕'); q(ST, 'per-unit', '公厕提升改造平均下来每座要花多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] / nv(ind(p, '公厕改造数量')['指标值']))})
p = c('道路清扫'); q(ST, 'per-unit', '道路清扫保洁经费折算到每平方米清扫面积是多少元？', {'projects': [p['code']], 'value': r2(p['wan'] * 10000 / (nv(ind(p, '清扫保洁面积')['指标值']) * 10000))})
q(ST, 'spending-plan', '道路清扫保洁和垃圾清运这个项目，到6月底计划累计支出多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] * p['plan']['6月底'] / 100)})
p = c('公厕'); q(ST, 'spending-plan', '公厕改造补助资金三季度末累计应支出多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] * p['plan']['9月底'] / 100)})
p = c('违法建设'); q(ST, 'spending-plan', '违法建设治理经费上半年末的支出计划是多少钱？', {'projects': [p['code']], 'value': r2(p['wan'] * p['plan']['6月底'] / 100)})
q(ST, 'spending-plan', '按支出进度计划，所有项目到9月底累计要支出多少万元？', {'value': r2(sum(x['wan'] * x['plan']['9月底'] / 100 for x in C))})
q(ST, 'spending-plan-condition', '3月底支出进度低于20%的项目有哪些？', {'projects': codes(x for x in C if x['plan']['3月底'] < 20)})
q(ST, 'policy-ref', '哪些项目的指标设定依据用了冀建城〔2024〕21号？', {'projects': codes(x for x in C if cites(x, '冀建城〔2024〕21号'))})
q(ST, 'partial-ref', '引用邯城管文件的项目有哪些？', {'projects': codes(x for x in C if cites(x, '邯城管'))})
q(ST, 'partial-ref', '2024年15号文件涉及哪个项目？', {'projects': codes(x for x in C if cites(x, '〔2024〕15号'))})
s = [x for x in C if cites(x, '冀建城〔2024〕21号') or cites(x, '邯城管〔2025〕2号')]
q(ST, 'or', '引用了冀建城〔2024〕21号或者邯城管〔2025〕2号的项目一共有几个？', {'projects': codes(s), 'value': len(s)})
q(ST, 'law', '哪些项目拿《行政处罚法》当指标依据？', {'projects': codes(x for x in C if cites(x, '行政处罚法'))})
q(ST, 'lacking', '哪个项目没有设满意度指标？', {'projects': codes(x for x in C if sat(x) is None)})
s = [x for x in C if x['unit_org'] != '鸡泽县环境卫生服务中心']
q(ST, 'exclusion', '除了环境卫生服务中心实施的项目，其余项目的资金总额合计多少万元？', {'projects': codes(s), 'value': r2(sum(x['wan'] for x in s))})
p = c('公厕'); q(ST, 'count-rows', '公厕提升改造项目一共设了几条绩效指标？', {'projects': [p['code']], 'value': len(p['indicators'])})
p = c('执法装备'); q(ST, 'structure', '执法装备购置项目的指标表里有哪些一级指标？', {'projects': [p['code']], 'contains': sorted({i['一级指标'] for i in p['indicators']})})
top = sorted(C, key=lambda x: -x['wan'])
q(ST, 'top-n', '资金规模最大的两个项目是哪两个？', {'projects': codes(top[:2])})
q(ST, 'bottom-n', '钱最少的是哪个项目？', {'projects': codes(top[-1:])})
s = [x for x in C if x['unit_org'] == '鸡泽县市政设施管理所']
q(ST, 'lookup-unit', '市政设施管理所负责的项目资金一共是多少万元？', {'projects': codes(s), 'value': r2(sum(x['wan'] for x in s))})
q(ST, 'filter', '今年新增的项目有哪几个？', {'projects': codes(x for x in C if x['attr'] == '新增项目')})
p = c('园林绿化'); q(ST, 'follow-up', '那它的苗木成活率要求是多少？', {'projects': [p['code']], 'contains': [ind(p, '成活率')['指标值'].lstrip('≥=')]}, history=['园林绿化养护经费的年度资金总额是多少？'])
p = c('数字化指挥'); q(ST, 'follow-up', '这个项目要维护多少个视频监控点位？', {'projects': [p['code']], 'value': nv(ind(p, '视频监控点位')['指标值'])}, history=['城管数字化指挥平台运维经费由哪个单位实施？'])
q(ST, 'not-found', '鸡泽县城管局2024年的园林绿化养护经费是多少？', NF)
q(ST, 'not-found', '鸡泽县统计局今年有哪些项目？', NF)
q(ST, 'not-found', '哪些项目引用了冀建城〔2023〕21号？', NF)
q(ST, 'not-found', '城市供热管网改造补贴安排了多少钱？', NF)
q(ST, 'not-found', '邯城管〔2025〕5号涉及哪些项目？', NF)
assert len(Q) == 40, len(Q)

# --- sample (5) ---
p = by(S, '社会保障工作经费'); q('sample', 'lookup', '社会保障工作经费预算多少？', {'projects': [p['code']], 'value': p['wan']})
p = by(S, '公共实训基地'); q('sample', 'spending-plan', '公共实训基地县级配套到6月底计划累计支出多少万元？', {'projects': [p['code']], 'value': p['wan'] * p['plan']['3月底'] / 100})
s = [x for x in S if x['wan'] > 1000]
q('sample', 'count', '预算超过1000万元的项目有几个？', {'projects': codes(s), 'value': len(s)})
s = [x for x in S if '182号' in x['name']]
q('sample', 'sum', '冀财社【2024】182号下达的资金涉及的项目加起来一共多少万元？', {'projects': codes(s), 'value': r2(sum(x['wan'] for x in s))})
q('sample', 'not-found', '魏县人社局2024年的社会保障工作经费预算是多少？', NF)
# --- other (5) ---
p = by(O, '高标准农田'); q('other', 'lookup', '高标准农田建设县级配套资金里其他资金有多少？', {'projects': [p['code']], 'value': p['other']})
p = by(O, '农产品质量安全'); q('other', 'lookup', '农产品质量安全检测经费是多少万元？', {'projects': [p['code']], 'value': p['wan']})
q('other', 'filter', '有其他资金来源的项目有哪些？', {'projects': codes(x for x in O if x.get('other', 0) > 0)})
p = by(O, '高素质农民'); q('other', 'spending-plan', '高素质农民培育项目三季度末累计计划支出多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] * p['plan']['10月底'] / 100)})
q('other', 'not-found', '临漳县农业农村局2023年的高标准农田建设县级配套资金是多少？', NF)
# --- guantao (4) ---
p = by(G, '应急物资'); q('guantao', 'lookup', '应急物资储备及更新经费的资金总额是多少？', {'projects': [p['code']], 'value': p['wan']})
q('guantao', 'sum', '各项目的其他资金合计是多少万元？', {'value': r2(sum(x['other'] / (10000 if x['unit'] == '元' else 1) for x in G))})
q('guantao', 'threshold', '资金总额超过200万元的项目有哪些？', {'projects': codes(x for x in G if x['wan'] > 200)})
p = by(G, '应急广播'); q('guantao', 'lookup', '应急广播系统运维经费折合多少万元？', {'projects': [p['code']], 'value': p['wan']})
# --- jize_sample (6) ---
CS = 'jize_sample'
q(CS, 'count', '鸡泽县城管局和魏县人社局的项目一共有多少个？', {'value': len(C) + len(S)})
q(CS, 'top-n', '两个单位所有项目里，资金最多的是哪个项目？', {'projects': codes(sorted(C + S, key=lambda x: -x['wan'])[:1])})
p = c('违法建设'); q(CS, 'scoping', '鸡泽县城管局的违法建设治理及拆除经费是多少万元？', {'projects': [p['code']], 'value': p['wan']})
a, b = by(S, '创业扶持'), c('数字化指挥')
q(CS, 'cross-department', '鸡泽城管的数字化指挥平台运维经费比魏县人社局的创业扶持资金多多少万元？', {'projects': codes([a, b]), 'value': r2(b['wan'] - a['wan'])})
ref = by(S, '劳务派遣')
q(CS, 'comparator', '鸡泽县城管局哪些项目的资金总额低于魏县人社局劳务派遣人员工资的预算数？', {'projects': codes(x for x in C if x['wan'] < ref['wan'])})
q(CS, 'not-found', '魏县城市管理综合行政执法局有哪些项目？', NF)
assert len(Q) == 60

with open(os.path.join(H, 'heldout_v8.jsonl'), 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(Q))
