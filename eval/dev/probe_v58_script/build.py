"""Hand-written questions for probe_v58; every expected value, project set and count computed from the records that
extract.py parses back out of docs/cixian-2025.pdf (pdfplumber) and the sample .docx (python-docx)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'probe_v58.jsonl')
C, DEPT = extract.cixian()
S = extract.sample()


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m]); return m[0]
def codes(ps): return sorted(p['code'] for p in ps)
def ind(p, frag):
    m = [i for i in p['indicators'] if frag in i['指标名称']]
    assert len(m) == 1, (frag, p['name']); return m[0]
def nv(s): return float(re.search(r'\d+(\.\d+)?', s).group())
def sat(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    assert len(m) <= 1
    return nv(m[0]['指标值']) if m else None
def sat_s(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    return nv(m[0]['指标值']) if m else None
def cites(p, ref): return ref in p['name'] or any(ref in b for b in p['basis'])
def r4(x): return round(x, 4)
def cost_wan(p):
    i = ind(p, '项目总成本'); v = nv(i['指标值'])
    return v / 10000 if i['计量单位'] == '元' else v


Q = []
def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'store': store, 'kind': kind, 'question': question, 'expect': expect}
    if history: d['history'] = history
    Q.append(d)
NF = {'found': False}
ST = 'cixian'
c = lambda f: by(C, f)
tot = sum(p['wan'] for p in C)
planned = [p for p in C if p['plan']]

# ---------------- cixian (37) ----------------
p = c('健身路径器材'); q(ST, 'lookup', '全民健身路径器材更新及维护经费今年一共安排了多少万元？', {'projects': [p['code']], 'value': p['wan']})
p = c('社会体育指导员'); q(ST, 'lookup', '社会体育指导员培训经费是多少元？', {'projects': [p['code']], 'value': p['total']})
p = c('免费低收费开放'); q(ST, 'lookup', '体育场馆免费低收费开放补助里，除了一般公共预算还有多少万元是场馆经营收入？', {'projects': [p['code']], 'value': p['other_w']})
s = [x for x in C if x['unit_org'] == '磁县青少年业余体育学校']
q(ST, 'lookup-unit', '业余体校（青少年业余体育学校）负责实施的项目都有哪些？', {'projects': codes(s)})
p = c('维修改造'); q(ST, 'lookup', '体育场馆设施维修改造要求什么时候前完工？', {'projects': [p['code']], 'contains': [ind(p, '维修完成时间')['指标值']]})
q(ST, 'threshold', '资金总额在100万元以上的项目有哪些？', {'projects': codes(x for x in C if x['wan'] >= 100)})
q(ST, 'threshold', '哪些项目的钱不到五十万？', {'projects': codes(x for x in C if x['wan'] < 50)})
q(ST, 'threshold', '满意度目标达到九成的项目有哪些？', {'projects': codes(x for x in C if sat(x) is not None and sat(x) >= 90)})
q(ST, 'range', '资金规模介于80万元和130万元之间的项目是哪几个？', {'projects': codes(x for x in C if 80 <= x['wan'] <= 130)})
s = [x for x in C if x['other_w'] > 0]
q(ST, 'count', '有几个项目除了财政拨款还用到了其他资金？', {'projects': codes(s), 'value': len(s)})
q(ST, 'sum', '十个项目里一般公共预算资金加起来是多少万元？', {'value': r4(sum(x['fin_w'] for x in C))})
p = c('村级健身广场'); q(ST, 'share', '村级健身广场建设补助占全局项目资金总额的百分之几？', {'projects': [p['code']], 'value': r4(p['wan'] / tot * 100)})
a, b = c('业余体校运动员'), c('参加市级以上比赛')
q(ST, 'difference', '业余体校运动员训练及伙食补助比运动队参加市级以上比赛的经费多出多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
a, b = c('村级健身广场'), c('机关运转')
q(ST, 'ratio', '村级健身广场建设补助是机关运转及体育宣传经费的几倍？', {'projects': codes([a, b]), 'value': r4(a['wan'] / b['wan'])})
p = c('健身路径器材'); q(ST, 'per-unit', '健身路径器材更新项目按计划更新的套数平均下来，每套合多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] / nv(ind(p, '更新健身路径器材数量')['指标值']))})
p = c('社会体育指导员'); q(ST, 'per-head', '社会体育指导员培训经费，平均培训一个人要花多少元？', {'projects': [p['code']], 'value': r4(p['total'] / nv(ind(p, '培训社会体育指导员人数')['指标值']))})
p = c('全民健身运动会'); q(ST, 'spending-plan', '全民健身运动会及群众性赛事活动经费，到二季度末累计计划支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['Q2'] / 100)})
q(ST, 'spending-plan', '列了季度支出计划的项目，到6月底合计要支出多少万元？', {'value': r4(sum(x['wan'] * x['plan']['Q2'] / 100 for x in planned))})
q(ST, 'spending-plan-condition', '一季度计划一分钱都不支出的项目有哪些？', {'projects': codes(x for x in planned if x['plan']['Q1'] == 0)})
q(ST, 'lacking', '哪个项目没设满意度指标？', {'projects': codes(x for x in C if sat(x) is None)})
q(ST, 'lacking', '哪些项目没有写明分季度的资金支出计划？', {'projects': codes(x for x in C if not x['plan'])})
q(ST, 'policy-ref', '绩效指标设定依据里用到冀体〔2024〕21号的项目有哪些？', {'projects': codes(x for x in C if cites(x, '冀体〔2024〕21号'))})
q(ST, 'partial-ref', '依据邯体字文件的项目都有哪些？', {'projects': codes(x for x in C if cites(x, '邯体字'))})
q(ST, 'partial-ref', '2025年6号文件涉及哪几个项目？', {'projects': codes(x for x in C if cites(x, '〔2025〕6号'))})
q(ST, 'law', '把《体育法》作为指标设定依据的项目有哪些？', {'projects': codes(x for x in C if cites(x, '体育法》'))})
s = [x for x in C if cites(x, '《全民健身条例》') or cites(x, '《公共文化体育设施条例》')]
q(ST, 'or', '依据《全民健身条例》或者《公共文化体育设施条例》的项目一共有几个？', {'projects': codes(s), 'value': len(s)})
s = [x for x in C if x['unit_org'] != '磁县体育局（本级）']
q(ST, 'exclusion', '不算局本级实施的项目，剩下的项目资金合计多少万元？', {'projects': codes(s), 'value': r4(sum(x['wan'] for x in s))})
top = sorted(C, key=lambda x: -x['wan'])
q(ST, 'top-n', '资金规模排前三的是哪几个项目？', {'projects': codes(top[:3])})
q(ST, 'bottom-n', '金额最小的两个项目是哪两个？', {'projects': codes(top[-2:])})
p = c('业余体校运动员'); q(ST, 'count-rows', '业余体校运动员训练及伙食补助这个项目一共设了多少条绩效指标？', {'projects': [p['code']], 'value': len(p['indicators'])})
s = [x for x in C if abs(cost_wan(x) - x['wan']) > 1e-6]
q(ST, 'consistency', '有没有项目的“项目总成本”指标跟它的资金总额对不上？是哪个？', {'projects': codes(s)})
p = c('免费低收费开放')
q(ST, 'follow-up', '那它全年至少要开放多少天？', {'projects': [p['code']], 'value': nv(ind(p, '开放天数')['指标值'])},
  history=['体育场馆免费低收费开放补助是哪个单位实施的？'])
q(ST, 'filter', '今年新增的项目有哪些？', {'projects': codes(x for x in C if x['attr'] == '新增项目')})
p = c('维修改造'); q(ST, 'descriptive', '县体育场馆设施维修改造经费主要用来干什么？', {'projects': [p['code']], 'contains': ['塑胶跑道', '照明']})
assert '塑胶跑道' in p['use'] and '照明' in p['use']
q(ST, 'not-found', '磁县体育局2024年的全民健身运动会经费是多少？', NF)
q(ST, 'not-found', '哪些项目引用了冀体〔2023〕21号？', NF)
q(ST, 'not-found', '体育彩票公益金资助项目安排了多少钱？', NF)
assert not any(cites(x, '冀体〔2023〕21号') for x in C) and not any('彩票' in x['name'] for x in C)
n_c = len(Q)

# ---------------- cixian_sample (13) ----------------
CS = 'cixian_sample'
q(CS, 'sum', '磁县体育局和魏县人社局所有项目的资金加在一起是多少万元？', {'value': r4(tot + sum(x['wan'] for x in S))})
q(CS, 'bottom-n', '两个单位的全部项目里，哪个项目钱最少？', {'projects': codes(sorted(C + S, key=lambda x: x['wan'])[:1])})
p = c('参加市级以上比赛'); q(CS, 'scoping', '磁县体育局的县级运动队参加市级以上比赛经费是多少万元？', {'projects': [p['code']], 'value': p['wan']})
a, b = c('业余体校运动员'), by(S, '劳务派遣')
q(CS, 'cross-department', '磁县体育局的业余体校训练及伙食补助比魏县人社局的劳务派遣人员工资多多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
ref = by(S, '社会保障工作经费')
q(CS, 'comparator', '磁县体育局有哪些项目的资金超过了魏县人社局社会保障工作经费的预算数？', {'projects': codes(x for x in C if x['wan'] > ref['wan'])})
p = by(S, '公共实训基地')
q(CS, 'spending-plan', '魏县人社局的公共实训基地县级配套，到6月底累计计划支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['3月底'] / 100)})
assert '6月底' not in p['plan']
p = by(S, '劳务派遣')
q(CS, 'spending-plan', '劳务派遣人员工资三季度末累计应支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['10月底'] / 100)})
s = [x for x in S if x['wan'] > 1000]
q(CS, 'count', '魏县人社局预算超过一千万的项目有几个？', {'projects': codes(s), 'value': len(s)})
q(CS, 'partial-ref', '冀财社〔2024〕136号涉及哪些项目？', {'projects': codes(x for x in C + S if '136号' in x['name'])})
sv = [sat(x) for x in C if sat(x) is not None]
q(CS, 'mean', '磁县体育局设了满意度指标的项目，满意度目标平均是多少？', {'value': r4(sum(sv) / len(sv))})
a, b = c('社会体育指导员'), by(S, '创业扶持')
q(CS, 'follow-up', '魏县人社局的2025年创业扶持资金比它多多少万元？', {'projects': codes([a, b]), 'value': r4(b['wan'] - a['wan'])},
  history=['磁县体育局的社会体育指导员培训经费是多少元？'])
q(CS, 'not-found', '魏县体育局今年有哪些项目？', NF)
q(CS, 'not-found', '磁县人力资源和社会保障局的社会保障工作经费是多少？', NF)
assert len(Q) == 50 and n_c == 37, (len(Q), n_c)

with open(OUT, 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print('wrote', OUT, len(Q))
