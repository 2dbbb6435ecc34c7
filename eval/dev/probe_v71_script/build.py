"""probe_v71: a careful reviewer's calculations and set logic over twelve stores.

Hand-written wording; every expected project set, count and value is computed from records parsed back out of the
documents by the probe_v65 extractor (shenji, dangan, xinfang, cixian, yingji, sample, other) and the probe_v67
extractor (qixiang), both loaded by file path. The only numbers typed here are those stated in the questions
(thresholds, 50万 参保人, 81万亩, 25%/30%, 100/200 万). Each found:false line sits under an assertion of absence.

Writes eval/dev/probe_v71.jsonl (80 lines). `build()` returns the lines without writing (validate.py uses it).
"""
import importlib.util
import json
import os
import re

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DEV))
OUT = os.path.join(DEV, 'probe_v71.jsonl')
NF = {'found': False}
QX_DOC = os.path.join(DEV, 'docs', 'qixiang-2025.docx')

STORES = {
    'sample': ['sample'], 'other': ['other'], 'shenji': ['shenji'], 'dangan': ['dangan'], 'xinfang': ['xinfang'],
    'cixian': ['cixian'], 'yingji': ['yingji'], 'qixiang': ['qixiang'],
    'shenji_sample': ['shenji', 'sample'], 'dangan_sample': ['dangan', 'sample'],
    'xinfang_sample': ['xinfang', 'sample'], 'qixiang_sample': ['qixiang', 'sample'],
}


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


E65 = _load('v71_e65', os.path.join(DEV, 'probe_v65_script', 'extract.py'))
E67 = _load('v71_e67', os.path.join(DEV, 'probe_v67_script', 'extract.py'))


def qixiang_records():
    """Uniform records for qixiang: money in 万元 (元 table /10000); q = per-quarter amounts in 万元 (NOT cumulative)."""
    out = []
    for p in E67.qixiang(QX_DOC)['projects']:
        k = 10000.0 if p['mu'] == '元' else 1.0
        r = {'doc': 'qixiang', 'dept': '邯郸市峰峰矿区气象局', 'code': p['code'], 'name': p['name'], 'org': p['org'],
             'attr': p['attr'], 'unit': p['mu'], 'total': p['total_w'], 'fin': p['fin_w'], 'carry': p['carry_w'],
             'other': p['other_w'], 'leader': p['leader'], 'phone': p['phone'], 'use': p.get('use'),
             'goal': p.get('goal'), 'basis_line': None, 'plan': None, 'q': [v / k for v in p['q']], 'inds': []}
        for i in p['indicators']:
            r['inds'].append({'l1': i['l1'], 'l2': i['l2'], 'name': i['name'], 'value': i['disp'], 'num': i['num'],
                              'basis': i['basis']})
        out.append(r)
    return out


def load():
    R, _ = E65.load_all()
    R['qixiang'] = qixiang_records()
    return R


def docx_text(path):
    d = docx.Document(path)
    return '\n'.join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])


def r4(x):
    return round(float(x), 4)


def codes(ps):
    return sorted(p['code'] for p in ps)


def norm(s):
    s = s or ''
    for a, b in (('【', '〔'), ('】', '〕'), ('[', '〔'), (']', '〕'), ('（', '〔'), ('）', '〕'), ('(', '〔'), (')', '〕')):
        s = s.replace(a, b)
    return s


def cites(p, ref):
    return any(norm(ref) in norm(t) for t in [p['name']] + [i['basis'] for i in p['inds']] + [p['basis_line'] or ''])


def anywhere(recs, phrase):
    for p in recs:
        blob = [p['name'], p['use'] or '', p['goal'] or '', p['basis_line'] or '']
        blob += [i['name'] + i['value'] + i['basis'] for i in p['inds']]
        if any(norm(phrase) in norm(b) for b in blob):
            return True
    return False


def sat(p):
    m = [i for i in p['inds'] if i['l1'] == '满意度指标']
    assert len(m) <= 1, p['name']
    return m[0]['num'] if m else None


def ind(p, frag):
    m = [i for i in p['inds'] if frag in i['name']]
    assert len(m) == 1, (p['name'], frag, [i['name'] for i in m])
    return m[0]


def uniq_top(ps, key, n, reverse=True):
    s = sorted(ps, key=key, reverse=reverse)
    assert len(s) == n or key(s[n - 1]) != key(s[n]), 'tie at the cut'
    return s[:n]


def build():
    R = load()
    Q = []

    def q(store, kind, question, expect, history=None):
        d = {'id': 'q%03d' % (len(Q) + 1), 'question': question, 'store': store, 'kind': kind, 'expect': expect}
        if history:
            d['history'] = list(history)
        Q.append(d)

    def by(doc, frag):
        m = [p for p in R[doc] if frag in p['name']]
        assert len(m) == 1, (doc, frag, [p['name'] for p in m])
        return m[0]

    def tot(ps):
        return sum(p['total'] for p in ps)

    # ------------------------------------------------------------------ shenji (8)
    ST, S = 'shenji', R['shenji']
    s = [x for x in S if x['total'] > 200 or x['own'] > 0]
    assert any(x['total'] > 200 and x['own'] == 0 for x in S) and any(x['total'] <= 200 and x['own'] > 0 for x in S)
    q(ST, 'or', '资金总额超过200万元，或者有自筹资金的项目，分别是哪些？', {'projects': codes(s)})
    p = by(ST, '审计业务能力提升培训')
    n = ind(p, '培训人次')['num']
    assert p['unit'] == '元' and abs(p['total'] * 10000 / n - ind(p, '人均培训成本')['num']) > 1
    q(ST, 'per-head', '审计业务能力提升培训经费，按计划培训人次平均下来每人次多少元？（用预算总额除，不是看人均成本指标）',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    a, b = by(ST, '中介服务费'), by(ST, '大数据审计平台')
    q(ST, 'difference', '政府投资项目审计中介服务费跟大数据审计平台二期比，多出多少万元？',
      {'projects': codes([a, b]), 'value': r4(a['total'] - b['total'])})
    p = by(ST, '大数据审计平台')
    q(ST, 'plan-between', '大数据审计平台（二期）建设在7月到9月这三个月里计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][6]) / 100)})
    n = sum(1 for x in S for i in x['inds'] if i['l1'] == '成本指标')
    q(ST, 'count-rows', '审计局所有项目加起来，一共设置了多少条成本指标？', {'value': n})
    own = [x for x in S if x['org'] == '邯郸市丛台区审计局（本级）']
    top = uniq_top(own, lambda x: x['total'], 2)
    assert max(S, key=lambda x: x['total']) not in own
    q(ST, 'top-n-filter', '局本级实施的项目里，资金最多的两个是哪两个？', {'projects': codes(top)})
    s = [x for x in S if x['org'] == '邯郸市丛台区政府投资审计中心']
    q(ST, 'follow-up-share', '这些项目的资金占全局项目资金总额的百分之多少？',
      {'projects': codes(s), 'value': r4(tot(s) / tot(S) * 100)}, history=['政府投资审计中心负责实施哪几个项目？'])
    assert not any('跟踪审计' in x['name'] for x in S) and not anywhere(S, '跟踪审计')
    q(ST, 'not-found', '政府投资项目跟踪审计经费安排了多少万元？', NF)

    # ------------------------------------------------------------------ dangan (8)
    ST, D = 'dangan', R['dangan']
    s = [x for x in D if x['attr'] == '新增项目']
    q(ST, 'share', '新增项目的资金占全馆项目资金的比重是多少？', {'projects': codes(s), 'value': r4(tot(s) / tot(D) * 100)})
    p = by(ST, '智能密集架')
    n = ind(p, '智能密集架购置数量')['num']
    assert abs(p['total'] / n - ind(p, '每列密集架采购单价')['num']) > 0.01
    q(ST, 'per-unit', '智能密集架购置项目，拿资金总额除以购置列数，平均每列合多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] / n)})
    p = by(ST, '查档服务')
    n = ind(p, '接待查档利用人次')['num']
    q(ST, 'per-head', '档案开放利用及查档服务经费 平均接待一人次花多少元',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    s = [x for x in D if x['attr'] == '延续项目' and x['plan']]
    assert any(x['attr'] == '延续项目' and not x['plan'] for x in D)
    q(ST, 'plan-sum-filter', '延续项目截至三季度末一共计划支出多少万元？（没列支出计划的不算）',
      {'projects': codes(s), 'value': r4(sum(x['total'] * x['plan'][9] / 100 for x in s))})
    s = [x for x in D if x['org'] != '邯郸市复兴区档案馆（本级）']
    q(ST, 'exclusion', '不含档案馆本级实施的，其余单位实施的项目资金合计多少？', {'projects': codes(s), 'value': r4(tot(s))})
    s = [x for x in D if x['attr'] == '延续项目']
    bot = uniq_top(s, lambda x: x['total'], 2, reverse=False)
    assert any(x['unit'] == '元' for x in s)
    q(ST, 'bottom-n-filter', '延续项目里面资金最少的两个是哪两个？', {'projects': codes(bot)})
    lack = [x for x in D if sat(x) is None]
    assert len(lack) == 1
    t = [i for i in lack[0]['inds'] if i['l2'] == '时效指标']
    assert len(t) == 1
    q(ST, 'chain-follow-up', '那它的时效指标要求什么时候完成？', {'projects': codes(lack), 'contains': [t[0]['value']]},
      history=['哪个项目没有设置满意度指标？'])
    with open(E65.PATHS['dangan'], encoding='utf-8') as f:
        assert '负责人' not in f.read()
    q(ST, 'not-found', '馆藏档案数字化加工经费的项目负责人是谁？联系电话多少？', NF)

    # ------------------------------------------------------------------ xinfang (8)
    ST, X = 'xinfang', R['xinfang']
    p = by(ST, '基层信访工作规范化建设')
    n = ind(p, '规范化信访接待站建设数量')['num']
    assert abs(p['total'] / n - ind(p, '单个接待站补助标准')['num']) > 0.5
    q(ST, 'per-unit', '基层信访工作规范化建设补助资金，按资金总额算，平均每个规范化接待站是多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] / n)})
    p = by(ST, '网上信访信息系统')
    n = ind(p, '系统运维服务时长')['num']
    assert p['unit'] == '元' and n == 12
    q(ST, 'per-month', '网上信访系统运维那个经费，平摊到每个月是多少元？', {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    orgs = sorted({x['org'] for x in X})
    allc = [o for o in orgs if all(x['attr'] == '延续项目' for x in X if x['org'] == o)]
    assert len(allc) == 1 and len(orgs) > 1
    q(ST, 'all-of', '哪个实施单位负责的项目全部都是延续项目？', {'contains': [allc[0].replace('邯郸市邯山区', '')]})
    p = by(ST, '信访积案化解')
    q(ST, 'plan-between', '信访积案化解专项资金，4月初到9月底计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][3]) / 100)})
    s1 = [x for x in X if x['plan'] and x['plan'][3] >= 25]
    s2 = [x for x in X if x['plan'] and x['plan'][3] >= 30]
    assert 0 < len(s2) < len(s1)
    q(ST, 'follow-up-condition', '那30%以上的呢？', {'projects': codes(s2)},
      history=['一季度末累计支出进度达到25%及以上的项目有哪些？'])
    s = [x for x in X if x['fin'] / x['total'] < 0.9]
    assert not any(abs(x['fin'] / x['total'] - 0.9) < 1e-9 for x in X)
    q(ST, 'ratio-filter', '财政拨款占资金总额不到九成的项目有哪些？', {'projects': codes(s)})
    s = [x for x in X if x['attr'] == '新增项目']
    c = [x for x in X if x['attr'] == '延续项目']
    q(ST, 'difference-sets', '延续项目的资金合计比新增项目多多少万元？', {'value': r4(tot(c) - tot(s))})
    with pdfplumber_open(E65.PATHS['xinfang']) as txt:
        assert '上级补助' not in txt
    q(ST, 'not-found', '人民来访接待中心运行保障经费里上级补助资金是多少？', NF)

    # ------------------------------------------------------------------ cixian (8)
    ST, C = 'cixian', R['cixian']
    own = [x for x in C if x['org'] == '磁县体育局（本级）']
    v = [sat(x) for x in own if sat(x) is not None]
    assert len(v) < len(own)
    q(ST, 'mean-filter', '体育局本级实施的项目，满意度目标平均是多少？没设满意度指标的不算。', {'value': r4(sum(v) / len(v))})
    p = by(ST, '社会体育指导员培训')
    n = ind(p, '培训社会体育指导员人数')['num']
    q(ST, 'per-head', '社会体育指导员培训经费平均每培训一人多少元？', {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    p = by(ST, '伙食补助')
    n = ind(p, '在训运动员人数')['num']
    q(ST, 'per-head', '业余体校运动员训练及伙食补助，平均每个在训运动员一年摊多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    s = [x for x in C if not any(i['l2'] == '时效指标' for i in x['inds'])]
    assert s
    q(ST, 'lacking', '哪些项目没有设置时效指标？', {'projects': codes(s)})
    p = by(ST, '冬夏令营')
    q(ST, 'plan-between', '邯体字〔2024〕35号那个冬夏令营补助，7月到9月计划花多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][6]) / 100)})
    s = [x for x in C if x['attr'] == '延续项目']
    top = uniq_top(s, lambda x: x['total'], 3)
    assert max(C, key=lambda x: x['total'])['attr'] == '新增项目'
    q(ST, 'top-n-filter', '延续项目中资金排前三的是哪几个？', {'projects': codes(top)})
    p = by(ST, '场馆设施维修改造')
    assert p['plan'] is None
    q(ST, 'not-found', '县体育场馆设施维修改造经费到二季度末累计计划支出多少？', NF)
    assert not anywhere(C, '彩票') and not any('彩票' in x['name'] for x in C)
    q(ST, 'not-found', '磁县体育局今年体育彩票公益金项目有多少钱？', NF)

    # ------------------------------------------------------------------ yingji (8)
    ST, Y = 'yingji', R['yingji']
    p = by(ST, '防汛抗旱')
    q(ST, 'plan-between', '防汛抗旱应急物资储备经费，4月到9月底这段时间计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['plan_amt'][9] - p['plan_amt'][3])})
    a, b = by(ST, '应急管理服务站'), by(ST, '安全生产监管执法')
    q(ST, 'ratio', '乡镇应急管理服务站规范化建设的资金是安全生产监管执法专项经费的几倍？',
      {'projects': codes([a, b]), 'value': r4(a['total'] / b['total'])})
    p = by(ST, '应急管理服务站')
    n = ind(p, '规范化建设乡镇应急管理服务站')['num']
    q(ST, 'per-unit', '服务站规范化建设项目，平均每个服务站多少万？', {'projects': [p['code']], 'value': r4(p['total'] / n)})
    p = by(ST, '灾害信息员')
    n = ind(p, '灾害信息员人数')['num']
    q(ST, 'per-head-month', '灾害信息员补贴那个项目，如果全部资金按灾害信息员人数平均，每人每月合多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n / 12)})
    s = [x for x in Y if x['other'] > 0]
    q(ST, 'share-count', '有其他资金的项目占全部项目个数的百分之几？', {'projects': codes(s), 'value': r4(len(s) / len(Y) * 100)})
    lo = min((x for x in Y if sat(x) is not None), key=sat)
    assert sum(1 for x in Y if sat(x) == sat(lo)) == 1
    q(ST, 'chain', '满意度目标定得最低的那个项目，资金总额是多少？', {'projects': [lo['code']], 'value': r4(lo['total'])})
    s = [x for x in Y if x['org'] != '曲周县应急管理局（本级）']
    assert all(x['plan'] for x in s) and any(x['plan_amt'] is None for x in s)

    def cum6(x):  # printed cumulative amount where printed, else total x printed cumulative percentage
        return x['plan_amt'][6] if x['plan_amt'] else x['total'] * x['plan'][6] / 100
    q(ST, 'exclusion-plan', '除局本级以外的单位实施的项目，截至6月底累计计划支出合计多少万元？',
      {'projects': codes(s), 'value': r4(sum(cum6(x) for x in s))})
    assert '森林' not in docx_text(E65.PATHS['yingji'])
    q(ST, 'not-found', '曲周县应急管理局森林防火专项经费预算多少？', NF)

    # ------------------------------------------------------------------ qixiang (10)
    ST, G = 'qixiang', R['qixiang']
    p = by(ST, '人工影响天气作业')
    q(ST, 'plan-cumulative', '人工影响天气作业经费到上半年末累计计划用款多少万元？', {'projects': [p['code']], 'value': r4(sum(p['q'][:2]))})
    p = by(ST, '综合业务楼')
    q(ST, 'plan-between', '综合业务楼维修改造项目下半年计划用款多少万元？', {'projects': [p['code']], 'value': r4(sum(p['q'][2:]))})
    n = ind(p, '改造建筑面积')['num']
    assert abs(p['total'] * 10000 / n - ind(p, '单位面积改造成本')['num']) > 0.1
    q(ST, 'per-unit', '综合业务楼维修改造，用总预算除以改造面积，每平方米实际是多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    n = sum(1 for x in G for i in x['inds'] if i['l2'] == '数量指标')
    q(ST, 'count-rows', '气象局各项目的数量指标一共多少条？', {'value': n})
    s = [x for x in G if x['other'] > 0 or x['carry'] > 0]
    assert any(x['carry'] > 0 and x['other'] == 0 for x in G)
    q(ST, 'or', '有上年结转或者有其他资金的项目是哪些？', {'projects': codes(s)})
    s = [x for x in G if not any(i['l2'] == '时效指标' for i in x['inds'])]
    assert s
    q(ST, 'lacking', '哪个项目没设时效指标？', {'projects': codes(s)})
    s = [x for x in G if x['org'] != '邯郸市峰峰矿区气象局（本级）']
    q(ST, 'exclusion', '除了气象局本级的项目，其他单位的项目资金一共多少万元？', {'projects': codes(s), 'value': r4(tot(s))})
    top = uniq_top(G, lambda x: x['total'], 2)
    q(ST, 'follow-up-difference', '两者相差多少万元？', {'projects': codes(top), 'value': r4(abs(top[0]['total'] - top[1]['total']))},
      history=['资金最多的两个项目是哪两个？'])
    qt = docx_text(QX_DOC)
    assert '自筹' not in qt
    q(ST, 'not-found', '人工影响天气作业经费里自筹资金有多少？', NF)
    assert '飞机' not in qt
    q(ST, 'not-found', '人工增雨作业飞机租赁费是多少？', NF)

    # ------------------------------------------------------------------ sample (7)
    ST, W = 'sample', R['sample']
    p = by(ST, '劳务派遣')
    n = ind(p, '政府购买服务人员数量')['num']
    q(ST, 'per-head-month', '劳务派遣人员工资，按派遣人数平均，每人每月大概多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n / 12)})
    p = by(ST, '老干部春节慰问')
    n = ind(p, '春节慰问县级离退休老干部')['num']
    q(ST, 'per-head', '离退休老干部春节慰问那笔钱，平均每人多少元？', {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    s = [x for x in W if x['name'].startswith('冀财社')]
    q(ST, 'share', '名称以冀财社文号开头的项目，预算合计占全局预算的百分之多少？',
      {'projects': codes(s), 'value': r4(tot(s) / tot(W) * 100)})
    p = by(ST, '基础养老金补助和缴费补贴')
    q(ST, 'plan-between', '城乡居民基本养老保险（基础养老金补助和缴费补贴）从6月底到10月底之间计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][6]) / 100)})
    s = [x for x in W if sat(x) == 80]
    q(ST, 'follow-up-sum', '它们的预算一共多少？', {'projects': codes(s), 'value': r4(tot(s))},
      history=['满意度目标是80%的项目有哪些？'])
    q(ST, 'number-in-question', '基础养老金补助和缴费补贴那个项目，如果按50万参保人平均，每人多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / 500000)})
    nm = '冀财社【2024】136号提前下达2025年省级就业补助资金'
    assert not any(x['name'] == nm for x in W) and any('159号提前下达2025年省级就业补助资金' in x['name'] for x in W)
    q(ST, 'not-found', nm + '的预算数是多少？', NF)

    # ------------------------------------------------------------------ other (7)
    ST, O = 'other', R['other']
    p = by(ST, '厕所革命')
    n = ind(p, '农村户厕改造数量')['num']
    q(ST, 'per-unit', '厕所革命奖补资金，平均每改一户厕所多少元？', {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    best = max(O, key=lambda x: x['other'] / x['total'])
    assert sum(1 for x in O if x['other'] / x['total'] == best['other'] / best['total']) == 1
    q(ST, 'chain', '其他资金占资金总额比例最高的那个项目，其他资金是多少万元？', {'projects': [best['code']], 'value': r4(best['other'])})
    s = [x for x in O if x['plan'] and x['plan'][6] >= 60]
    assert all(x['plan'][6] == 60 for x in s)
    q(ST, 'threshold-plan', '6月底累计支出比例达到60%的项目有哪些？', {'projects': codes(s)})
    s = [x for x in O if sat(x) is not None and sat(x) >= 95]
    q(ST, 'count', '满意度目标在95%及以上的项目有几个？', {'projects': codes(s), 'value': len(s)})
    p = by(ST, '耕地地力保护')
    q(ST, 'number-in-question', '耕地地力保护补贴要是按81万亩平均发，每亩多少元？', {'projects': [p['code']], 'value': r4(p['total'] * 10000 / 810000)})
    assert p['plan'] is None
    q(ST, 'not-found', '耕地地力保护补贴资金到6月底计划支出多少？', NF)
    assert not anywhere(O, '保险') and not any('保险' in x['name'] for x in O)
    q(ST, 'not-found', '临漳县农业农村局农业保险保费补贴有多少？', NF)

    # ------------------------------------------------------------------ shenji_sample (4)
    ST = 'shenji_sample'
    q(ST, 'difference-departments', '魏县人社局的项目资金比丛台区审计局多多少万元？', {'value': r4(tot(W) - tot(S))})
    hi = max(S, key=lambda x: x['total'])
    q(ST, 'chain', '丛台区审计局资金最多的那个项目，满意度目标是多少？',
      {'projects': [hi['code']], 'contains': ['%d%%' % sat(hi)]})
    q(ST, 'mean', '两个单位所有项目放一起，平均每个项目多少万元？', {'value': r4((tot(S) + tot(W)) / (len(S) + len(W)))})
    assert not any('劳务派遣' in x['name'] for x in S) and any('劳务派遣' in x['name'] for x in W)
    q(ST, 'not-found', '丛台区审计局的劳务派遣人员工资是多少？', NF)

    # ------------------------------------------------------------------ dangan_sample (4)
    ST = 'dangan_sample'
    a, b = max(D, key=lambda x: x['total']), max(W, key=lambda x: x['total'])
    q(ST, 'difference-departments', '复兴区档案馆和魏县人社局各自资金最多的项目，两者相差多少万元？',
      {'projects': codes([a, b]), 'value': r4(b['total'] - a['total'])})
    s = [x for x in W if sat(x) is not None and sat(x) >= 90]
    q(ST, 'count-scoped', '魏县人社局满意度目标在90%及以上的项目有几个？', {'projects': codes(s), 'value': len(s)})
    q(ST, 'share-departments', '复兴区档案馆的项目资金占两个单位合计的百分之几？', {'value': r4(tot(D) / (tot(D) + tot(W)) * 100)})
    assert not any('创业扶持' in x['name'] for x in D) and any('创业扶持' in x['name'] for x in W)
    q(ST, 'not-found', '复兴区档案馆的创业扶持资金有多少？', NF)

    # ------------------------------------------------------------------ xinfang_sample (4)
    ST = 'xinfang_sample'
    s = [x for x in X if x['carry'] > 0]
    q(ST, 'follow-up-share', '这些结转资金合计占信访局项目资金的百分之几？',
      {'projects': codes(s), 'value': r4(sum(x['carry'] for x in s) / tot(X) * 100)},
      history=['邯山区信访局有哪些项目有上年结转？'])
    a, b = by('sample', '劳务派遣'), by('xinfang', '人民来访接待中心')
    q(ST, 'ratio-departments', '魏县人社局的劳务派遣人员工资，是邯山区信访局人民来访接待中心运行保障经费的多少倍？',
      {'projects': codes([a, b]), 'value': r4(a['total'] / b['total'])})
    s = [x for x in X + W if 100 <= x['total'] <= 200]
    assert any(x['doc'] == 'xinfang' for x in s) and any(x['doc'] == 'sample' for x in s)
    q(ST, 'range-both', '两个单位里资金在100万到200万之间（含两端）的项目有哪些？', {'projects': codes(s)})
    assert not any('人社' in x['dept'] and '邯山' in x['dept'] for x in X + W)
    q(ST, 'not-found', '邯山区人社局今年劳务派遣人员工资安排了多少？', NF)

    # ------------------------------------------------------------------ qixiang_sample (4)
    ST = 'qixiang_sample'
    q(ST, 'difference-departments', '魏县人社局和峰峰矿区气象局的项目资金总额差多少万元？', {'value': r4(tot(W) - tot(G))})
    n = sum(1 for x in G + W for i in x['inds'] if i['l1'] == '满意度指标')
    q(ST, 'count-rows', '两家单位一共设了多少条满意度指标？', {'value': n})
    lo = min(G, key=lambda x: x['total'])
    assert sum(1 for x in G if x['total'] == lo['total']) == 1 and lo['leader']
    q(ST, 'chain', '气象局资金最少的那个项目，负责人是谁？', {'projects': [lo['code']], 'contains': [lo['leader']]})
    assert not any(cites(x, '冀人社规〔2018〕8号') for x in G) and any(cites(x, '冀人社规〔2018〕8号') for x in W)
    q(ST, 'not-found', '峰峰矿区气象局哪些项目引用了冀人社规〔2018〕8号？', NF)

    for d in Q:
        pool = {p['code'] for doc in STORES[d['store']] for p in R[doc]}
        for c in d['expect'].get('projects', []):
            assert c in pool, (d['id'], c)
    return Q


class pdfplumber_open:
    """Context manager yielding the whole text of a pdf (pdfplumber)."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        import pdfplumber
        with pdfplumber.open(self.path) as pdf:
            return ''.join(pg.extract_text() or '' for pg in pdf.pages)

    def __exit__(self, *a):
        return False


def main():
    Q = build()
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('wrote', OUT, len(Q), 'questions', sum(1 for d in Q if d['expect'] == NF), 'found:false')


if __name__ == '__main__':
    main()
