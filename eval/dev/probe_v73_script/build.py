"""probe_v73: first-week questions of a new staff member and an official, typed the way people type them.

Hand-written wording; every expected project set, count and value is computed from records parsed back out of the
documents by the earlier probe writers' parsers (loaded by file path):
  probe_v65_script/extract.py  xinfang() and _v61('cixian' | 'yingji' | 'sample' | 'other')
  probe_v67_script/extract.py  qixiang()   (eval/dev/docs/qixiang-2025.docx)
  probe_v70_script/extract.py  renfang()   (eval/dev/docs/renfang-2025.xlsx)
The only numbers typed here are ones stated in a question; every `found: false` line sits under an assertion that
the store really lacks what is asked.

Writes eval/dev/probe_v73.jsonl (80 lines). `build()` returns the lines without writing (used by validate.py).
"""
import importlib.util
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DEV))
OUT = os.path.join(DEV, 'probe_v73.jsonl')
NF = {'found': False}
QIXIANG = os.path.join(DEV, 'docs', 'qixiang-2025.docx')
RENFANG = os.path.join(DEV, 'docs', 'renfang-2025.xlsx')

STORES = {
    'sample': ['sample'], 'other': ['other'], 'yingji': ['yingji'], 'cixian': ['cixian'], 'xinfang': ['xinfang'],
    'qixiang': ['qixiang'], 'renfang': ['renfang'],
    'qixiang_sample': ['qixiang', 'sample'], 'renfang_sample': ['renfang', 'sample'],
}
M = (3, 6, 9, 12)


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


E65 = _load('v73_v65_extract', os.path.join(DEV, 'probe_v65_script', 'extract.py'))
E67 = _load('v73_v67_extract', os.path.join(DEV, 'probe_v67_script', 'extract.py'))
E70 = _load('v73_v70_extract', os.path.join(DEV, 'probe_v70_script', 'extract.py'))


# ------------------------------------------------------------------ uniform records
def _from65(doc, recs):
    out = []
    for p in recs:
        r = dict(p)
        if p.get('plan_amt'):
            r['cum'] = {m: p['plan_amt'][m] for m in M}            # yingji prints cumulative amounts (万元 / 元÷1e4)
        elif p.get('plan'):
            r['cum'] = {m: p['total'] * p['plan'][m] / 100.0 for m in M}
        else:
            r['cum'] = None
        out.append(r)
    return out


def qixiang_records(raw=None):
    raw = raw or E67.qixiang(QIXIANG)
    out = []
    for p in raw['projects']:
        out.append({
            'doc': 'qixiang', 'code': p['code'], 'name': p['name'], 'org': p['org'], 'attr': p['attr'],
            'unit': p['mu'], 'total': p['total_w'], 'fin': p['fin_w'], 'other': p['other_w'], 'carry': p['carry_w'],
            'leader': p['leader'], 'phone': p['phone'], 'period': p['period'], 'use': p['use'], 'goal': p['goal'],
            'basis_line': None, 'cum': dict(zip(M, p['cum_w'])), 'quarter': dict(zip((1, 2, 3, 4), p['q_w'])),
            'inds': [{'l1': i['l1'], 'l2': i['l2'], 'name': i['name'], 'value': i['disp'], 'num': i['num'],
                      'basis': i['basis'] or ''} for i in p['indicators']]})
    return out


def renfang_records(raw=None):
    raw = raw or E70.renfang(RENFANG)
    out = []
    for p in raw['projects']:
        inds = []
        for i in p['inds']:
            pre = '' if i['nat'] in ('定性', '=') else i['nat']
            inds.append({'l1': i['l1'], 'l2': i['l2'], 'name': i['name'], 'value': pre + i['val'] + i['unit'],
                         'num': i['num'], 'basis': i['basis'] or ''})
        out.append({
            'doc': 'renfang', 'code': p['code'], 'name': p['name'], 'org': p['org'], 'attr': p['attr'],
            'unit': p['unit'], 'total': p['total'], 'fin': p['fin'], 'other': p['other'], 'carry': 0.0,
            'total_raw': p['total_raw'], 'leader': None, 'phone': None, 'period': p['period'], 'use': None,
            'goal': p['goal'], 'basis_line': None, 'cum': dict(p['cum']) if p['cum'] else None,
            'quarter': dict(p['plan']) if p['plan'] else None, 'inds': inds})
    return out


def load_all():
    R = {}
    xf, _ = E65.xinfang()
    R['xinfang'] = _from65('xinfang', xf)
    for d in ('cixian', 'yingji', 'sample', 'other'):
        R[d] = _from65(d, E65._v61(d))
    R['qixiang'] = qixiang_records()
    R['renfang'] = renfang_records()
    return R


# ------------------------------------------------------------------ helpers
def r4(x):
    return round(float(x), 4)


def codes(ps):
    return sorted(p['code'] for p in ps)


def norm(s):
    """Brackets normalised: 【】 [] （） () -> 〔〕."""
    s = s or ''
    for a, b in (('【', '〔'), ('】', '〕'), ('[', '〔'), (']', '〕'), ('（', '〔'), ('）', '〕'), ('(', '〔'), (')', '〕')):
        s = s.replace(a, b)
    return s


def texts(p):
    return [p['name']] + [i['basis'] for i in p['inds']] + ([p['basis_line']] if p.get('basis_line') else [])


def cites(p, ref):
    return any(norm(ref) in norm(t) for t in texts(p))


def anywhere(recs, phrase):
    for p in recs:
        blob = [p['name'], p.get('use') or '', p.get('goal') or '', p.get('basis_line') or '', p.get('org') or '']
        blob += [i['name'] + i['value'] + i['basis'] for i in p['inds']]
        if any(norm(phrase) in norm(b) for b in blob):
            return True
    return False


def sat_rows(p):
    return [i for i in p['inds'] if i['l1'] == '满意度指标']


def ind(p, frag):
    m = [i for i in p['inds'] if frag in i['name']]
    assert len(m) == 1, (p['name'], frag, [i['name'] for i in m])
    return m[0]


def target(i):
    """An indicator's target without its comparison sign: '≥15次' -> '15次'."""
    v = re.sub(r'^(?:≥|≤|=|＝|＞|＜|>|<|不低于|不少于)', '', i['value'])
    assert re.match(r'\d', v), i
    return v


def date_part(value):
    """'2025年11月底前' -> '11月底'; '2025年7月31日前' -> '7月31日'."""
    m = re.search(r'(\d{1,2}月(?:\d{1,2}日|底))', value)
    assert m, value
    return m.group(1)


def build():
    R = load_all()
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

    def in_store(store):
        return [p for d in STORES[store] for p in R[d]]

    W = R['sample']

    # ------------------------------------------------------------------ sample (8)
    ST = 'sample'
    p = by(ST, '创业扶持')
    q(ST, 'lookup', '你好，我刚到人社局财务室上班，还在熟悉项目。想问下创业扶持资金今年安排了多少钱？',
      {'projects': [p['code']], 'value': r4(p['total'])})
    p = by(ST, '劳务派遣')
    assert '劳动监察大队' in p['use']
    q(ST, 'use', '劳务派遣人员工资这笔钱具体是干什么用的', {'projects': [p['code']], 'contains': ['劳动监察大队']})
    p = by(ST, '离退休老干部')
    t = [i for i in p['inds'] if i['l2'] == '时效指标']
    assert len(t) == 1
    q(ST, 'deadline', '老干部春节慰问那个项目，要求什么时候之前完成？',
      {'projects': [p['code']], 'contains': [date_part(t[0]['value'])]})
    p = by(ST, '公共实训基地')
    bs = {i['basis'] for i in p['inds'] if i['l1'] != '满意度指标'}
    assert len(bs) == 1 and '冀发改投资' in list(bs)[0] and '610号' in list(bs)[0]
    q(ST, 'basis', '公共实训基地县级配套这个项目，指标是依据哪个文件定的？',
      {'projects': [p['code']], 'contains': ['冀发改投资', '610号']})
    top = sorted(W, key=lambda x: -x['total'])
    assert top[0]['total'] > top[1]['total']
    q(ST, 'top', '咱们局今年哪个项目钱最多？', {'projects': [top[0]['code']]})
    p = by(ST, '基础养老金补助和缴费补贴')
    q(ST, 'plan-at-date', '城乡居民基本养老保险（基础养老金补助和缴费补贴）到6月底按计划要花出去多少万元？',
      {'projects': [p['code']], 'value': r4(p['cum'][6])})
    p = by(ST, '社会保障工作经费')
    s = sat_rows(p)
    assert len(s) == 1
    q(ST, 'follow-up', '它的满意度指标定的是多少？',
      {'projects': [p['code']], 'contains': [re.search(r'\d+%', s[0]['value']).group()]},
      history=['社会保障工作经费预算多少？'])
    assert not anywhere(W, '技能提升') and not any('技能' in x['name'] for x in W)
    q(ST, 'not-found', '人社局有没有职业技能提升行动专账资金这个项目？安排了多少？', NF)

    # ------------------------------------------------------------------ other (7)
    ST = 'other'
    O = R['other']
    p = by(ST, '高标准农田')
    q(ST, 'lookup', '高标准农田建设县级配套资金里财政拨款是多少', {'projects': [p['code']], 'value': r4(p['fin'])})
    p = by(ST, '动物疫病')
    assert '疫苗采购' in p['use']
    q(ST, 'use', '动物疫病强制免疫那个钱主要花在哪些地方啊', {'projects': [p['code']], 'contains': ['疫苗']})
    q(ST, 'dept-total', '王科长让我报个数：农业农村局今年所有项目资金加起来一共多少万元？',
      {'value': r4(sum(x['total'] for x in O))})
    p = by(ST, '厕所革命')
    m = re.search(r'户厕改造(\d+)户', p['goal'])
    q(ST, 'goal', '改厕那个项目今年的目标是啥', {'projects': [p['code']], 'contains': [m.group(1) + '户']})
    s = [x for x in O if x['cum'] is None]
    assert 0 < len(s) < len(O)
    q(ST, 'lacking', '哪些项目没有列资金支出计划？', {'projects': codes(s)})
    p = by(ST, '耕地地力保护')
    t = [i for i in p['inds'] if i['l2'] == '时效指标']
    assert len(t) == 1
    q(ST, 'follow-up', '这个补贴要求什么时候发到户？', {'projects': [p['code']], 'contains': [date_part(t[0]['value'])]},
      history=['耕地地力保护补贴资金有多少？'])
    assert not anywhere(O, '秸秆')
    q(ST, 'not-found', '农业农村局的秸秆综合利用项目安排了多少钱？', NF)

    # ------------------------------------------------------------------ yingji (9)
    ST = 'yingji'
    Y = R['yingji']
    p = by(ST, '危险化学品')
    q(ST, 'lookup', '危化品那个监测预警系统运维 一年多少钱', {'projects': [p['code']], 'value': r4(p['total'])})
    p = by(ST, '综合应急救援队伍')
    q(ST, 'org', '综合应急救援队伍建设及装备购置是哪个单位负责实施的？', {'projects': [p['code']], 'contains': [p['org']]})
    p = by(ST, '防汛抗旱')
    q(ST, 'plan-at-date', '防汛抗旱应急物资储备经费，到6月底计划累计要花多少万？',
      {'projects': [p['code']], 'value': r4(p['cum'][6])})
    p = by(ST, '安全生产监管执法')
    t = ind(p, '执法检查企业')
    q(ST, 'indicator', '监管执法那个项目，全年执法检查要查多少家企业？', {'projects': [p['code']], 'contains': [target(t)]})
    s = [x for x in Y if x['org'] == '曲周县应急管理局（本级）']
    assert 0 < len(s) < len(Y)
    q(ST, 'org-projects', '局本级自己实施的项目有哪几个？', {'projects': codes(s)})
    s = [x for x in Y if cites(x, '邯应急字〔2025〕5号')]
    assert 1 < len(s) < len(Y)
    q(ST, 'cites', '引用了邯应急字〔2025〕5号的项目有哪些', {'projects': codes(s)})
    s = [x for x in Y if not sat_rows(x)]
    assert len(s) == 1
    q(ST, 'lacking-satisfaction', '您好，我在核对绩效表。请问哪个项目没有设满意度指标？', {'projects': codes(s)})
    top = sorted(Y, key=lambda x: -x['total'])
    assert top[0]['total'] > top[1]['total']
    m = re.search(r'救援装备(\d+)台', top[0]['goal'])
    q(ST, 'follow-up', '它的年度绩效目标是什么？', {'projects': [top[0]['code']], 'contains': [m.group(1) + '台']},
      history=['应急局资金最多的项目是哪个？'])
    assert not anywhere(Y, '森林防火')
    q(ST, 'not-found', '应急局的森林防火专项经费是多少？', NF)

    # ------------------------------------------------------------------ cixian (10)
    ST = 'cixian'
    C = R['cixian']
    p = by(ST, '体育场馆免费低收费开放')
    assert p['leader']
    q(ST, 'leader', '体育场馆免费低收费开放补助的项目负责人是哪位？', {'projects': [p['code']], 'contains': [p['leader']]})
    p = by(ST, '冬夏令营')
    assert '教练员劳务' in p['use']
    q(ST, 'use', '青少年体育冬夏令营补助资金是干嘛用的', {'projects': [p['code']], 'contains': ['教练员']})
    p = by(ST, '设施维修改造')
    t = [i for i in p['inds'] if i['l2'] == '时效指标']
    assert len(t) == 1
    q(ST, 'deadline', '县体育场馆设施维修改造什么时候修完？', {'projects': [p['code']], 'contains': [date_part(t[0]['value'])]})
    q(ST, 'count-indicators', '体育局这些项目一共设了多少条三级指标？', {'value': sum(len(x['inds']) for x in C)})
    p = by(ST, '运动员训练及伙食补助')
    refs = re.findall(r'冀体〔\d{4}〕\d+号', p['basis_line'])
    assert len(refs) == 2
    q(ST, 'basis', '业余体校运动员训练及伙食补助，它的指标是依据哪些文件设定的？', {'projects': [p['code']], 'contains': refs})
    s = [x for x in C if x['org'] == '磁县体育场馆服务中心']
    assert len(s) == 2
    q(ST, 'org-projects', '体育场馆服务中心那边负责哪些项目', {'projects': codes(s)})
    low = min(C, key=lambda x: x['total'])
    assert sum(1 for x in C if x['total'] == low['total']) == 1
    q(ST, 'bottom', '刚来不太懂，想问问体育局哪个项目的资金最少？', {'projects': [low['code']]})
    p = by(ST, '参加市级以上比赛')
    q(ST, 'plan-at-date', '县级运动队参加市级以上比赛经费到二季度末计划支出多少万元',
      {'projects': [p['code']], 'value': r4(p['cum'][6])})
    s = [x for x in C if x['attr'] == '新增项目']
    assert len(s) >= 2
    q(ST, 'follow-up', '它们一共多少钱？', {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))},
      history=['磁县体育局今年有哪些新增项目？'])
    assert not anywhere(C, '彩票')
    q(ST, 'not-found', '体育彩票公益金资助的项目有多少钱？', NF)

    # ------------------------------------------------------------------ xinfang (9)
    ST = 'xinfang'
    X = R['xinfang']
    p = by(ST, '信访积案化解')
    t = [i for i in p['inds'] if i['name'] == '积案化解率']
    assert len(t) == 1
    q(ST, 'indicator', '积案化解率目标定的多少', {'projects': [p['code']], 'contains': [target(t[0])]})
    p = by(ST, '网上信访信息系统')
    assert '网上信访服务中心' in p['org']
    q(ST, 'org', '网上信访系统运维这个项目归哪个单位？', {'projects': [p['code']], 'contains': ['网上信访服务中心']})
    p = by(ST, '法律顾问')
    assert p['attr'] == '新增项目'
    q(ST, 'attr', '请问信访法律顾问及第三方专业力量参与化解服务经费，是新增的还是延续的项目？',
      {'projects': [p['code']], 'contains': ['新增']})
    p = by(ST, '信访积案化解')
    yrs = re.findall(r'20\d\d', p['period'])
    assert len(yrs) == 2
    q(ST, 'period', '信访积案化解专项资金的项目期限是哪年到哪年？', {'projects': [p['code']], 'contains': yrs})
    s = [x for x in X if x['org'] == '邯郸市邯山区人民来访接待中心']
    assert len(s) >= 2
    q(ST, 'org-projects', '人民来访接待中心负责实施的项目都有哪些？', {'projects': codes(s)})
    s = [x for x in X if not sat_rows(x)]
    assert 0 < len(s) < len(X)
    q(ST, 'lacking-satisfaction', '哪些项目没有满意度指标', {'projects': codes(s)})
    p = by(ST, '信访干部业务培训')
    t = ind(p, '培训完成时间')
    q(ST, 'deadline', '领导问信访干部培训啥时候要培训完，表上怎么写的？',
      {'projects': [p['code']], 'contains': [date_part(t['value'])]})
    p = by(ST, '信访事项受理办理')
    q(ST, 'plan-at-date', '早上好！我是新来的，帮科长整理用款进度。信访事项受理办理及矛盾纠纷化解工作经费到6月底计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['cum'][6])})
    p = by(ST, '领导干部接访下访')
    assert p['cum'] is None and p.get('plan') is None
    q(ST, 'not-found', '领导干部接访下访那个经费，到6月底计划花多少？', NF)

    # ------------------------------------------------------------------ qixiang (13)
    ST = 'qixiang'
    G = R['qixiang']
    p = by(ST, '人工影响天气作业')
    q(ST, 'lookup', '你好，我是新来的，想问下人工影响天气作业经费今年预算多少', {'projects': [p['code']], 'value': r4(p['total'])})
    assert p['carry'] > 0
    q(ST, 'follow-up', '其中上年结转是多少？', {'projects': [p['code']], 'value': r4(p['carry'])},
      history=['你好，我是新来的，想问下人工影响天气作业经费今年预算多少'])
    p = by(ST, '观测站网运行维护')
    assert p['leader'] and p['phone']
    q(ST, 'leader', '气象观测站网运行维护经费谁负责？电话多少', {'projects': [p['code']],
      'contains': [p['leader'], p['phone'].split('-')[-1]]})
    p = by(ST, '农业气象服务')
    assert '气候品质评估' in p['use']
    q(ST, 'use', '农业气象服务专项经费用来干什么的？', {'projects': [p['code']], 'contains': ['气候品质评估']})
    p = by(ST, '综合业务楼')
    t = ind(p, '完工时间')
    q(ST, 'deadline', '综合业务楼维修改造什么时候完工', {'projects': [p['code']], 'contains': [date_part(t['value'])]})
    p = by(ST, '人工影响天气作业')
    t = ind(p, '作业次数')
    q(ST, 'indicator', '人影作业今年要打多少次？', {'projects': [p['code']], 'contains': [target(t)]})
    s = [x for x in G if x['org'] == '邯郸市峰峰矿区气象灾害防御中心']
    assert len(s) == 2
    q(ST, 'org-projects', '气象灾害防御中心负责实施哪些项目？', {'projects': codes(s)})
    s = [x for x in G if not sat_rows(x)]
    assert len(s) == 1
    q(ST, 'lacking-satisfaction', '哪个项目没设满意度指标？', {'projects': codes(s)})
    assert all(x['cum'] for x in G)
    q(ST, 'plan-sum', '气象局所有项目到6月底一共计划用款多少万元？', {'value': r4(sum(x['cum'][6] for x in G))})
    s = [x for x in G if cites(x, '邯气发〔2024〕21号')]
    assert len(s) == 2 and any(cites(x, '邯气发〔2024〕8号') for x in G if x not in s)
    q(ST, 'cites', '哪些项目引用了邯气发〔2024〕21号？', {'projects': codes(s)})
    s = [x for x in G if x['attr'] == '新设项目']
    assert len(s) == 2 and all(x['attr'] in ('新设项目', '延续性项目') for x in G)
    q(ST, 'attr-set', '气象局今年新增的项目有哪些？', {'projects': codes(s)})
    assert not anywhere(G, '雷达')
    q(ST, 'not-found', '气象局的天气雷达站建设项目预算是多少？', NF)
    assert not any(cites(x, '峰气字〔2024〕3号') for x in G) and any(cites(x, '峰气字〔2025〕3号') for x in G)
    q(ST, 'not-found', '峰气字〔2024〕3号涉及哪些项目？', NF)

    # ------------------------------------------------------------------ renfang (12)
    ST = 'renfang'
    F = R['renfang']
    p = by(ST, '警报设施维护')
    q(ST, 'lookup', '人防警报设施维护及升级改造经费多少钱？', {'projects': [p['code']], 'value': r4(p['total'])})
    top = sorted(F, key=lambda x: -x['total'])
    assert top[2]['total'] > top[3]['total'] and top[1]['org'].startswith('邯郸市峰峰矿区')
    q(ST, 'follow-up', '第二个是哪个单位负责实施的？',
      {'projects': [top[1]['code']], 'contains': [top[1]['org'][len('邯郸市峰峰矿区'):]]},
      history=['人防办资金最多的三个项目是哪些？'])
    p = by(ST, '疏散基地')
    assert '义井' in p['goal'] and '1.2万人' in p['goal']
    q(ST, 'goal', '疏散基地那个项目今年要干成什么事？', {'projects': [p['code']], 'contains': ['义井', '1.2万人']})
    s = [x for x in F if x['org'] == '邯郸市峰峰矿区人防指挥信息保障中心']
    assert len(s) == 3
    q(ST, 'org-projects', '人防指挥信息保障中心负责哪些项目？', {'projects': codes(s)})
    p = by(ST, '专业队伍训练')
    q(ST, 'plan-at-date', '人防专业队伍训练及演练经费到6月底计划一共花多少？', {'projects': [p['code']], 'value': r4(p['cum'][6])})
    p = by(ST, '防护器材')
    t = ind(p, '采购完成时间')
    q(ST, 'deadline', '防护器材那个项目要求什么时候采购完', {'projects': [p['code']], 'contains': [date_part(t['value'])]})
    p = by(ST, '警报设施维护')
    t = ind(p, '鸣响率')
    q(ST, 'indicator', '警报鸣响率要求达到多少？', {'projects': [p['code']], 'contains': [target(t)]})
    s = [x for x in F if not sat_rows(x)]
    assert len(s) == 1
    q(ST, 'lacking-satisfaction', '您好，领导让我检查指标设置。有没有哪个项目缺了满意度指标？', {'projects': codes(s)})
    s = [x for x in F if x['cum'] is None]
    assert len(s) == 1
    q(ST, 'lacking', '哪个项目没有编报支出计划？', {'projects': codes(s)})
    p = by(ST, '指挥信息系统运维')
    assert p['unit'] == '元'
    q(ST, 'lookup-yuan', '人防指挥信息系统运维经费是多少元？', {'projects': [p['code']], 'value': r4(p['total_raw'])})
    p = by(ST, '指挥所运行维护')
    assert p['cum'] is None
    q(ST, 'not-found', '人防指挥所运行维护经费三季度计划支出多少？', NF)
    assert not any(cites(x, '冀人防〔2025〕12号') for x in F) and any(cites(x, '冀人防〔2024〕12号') for x in F)
    q(ST, 'not-found', '冀人防〔2025〕12号涉及哪些项目？', NF)

    # ------------------------------------------------------------------ qixiang_sample (6)
    ST = 'qixiang_sample'
    q(ST, 'dept-total', '峰峰矿区气象局的项目资金合计多少万元？', {'value': r4(sum(x['total'] for x in G))})
    q(ST, 'count-indicators', '魏县人社局和峰峰矿区气象局加起来一共有多少条绩效指标？',
      {'value': sum(len(x['inds']) for x in G) + sum(len(x['inds']) for x in W)})
    top = sorted(G, key=lambda x: -x['total'])
    assert top[0]['total'] > top[1]['total']
    q(ST, 'top', '气象局里钱最多的是哪个项目', {'projects': [top[0]['code']]})
    low = sorted(W, key=lambda x: x['total'])
    assert low[0]['total'] < low[1]['total']
    q(ST, 'bottom', '魏县人社局资金最少的项目是哪个？', {'projects': [low[0]['code']]})
    assert not any('人工影响天气' in x['name'] for x in W) and any('人工影响天气' in x['name'] for x in G)
    q(ST, 'not-found', '魏县人社局的人工影响天气作业经费是多少？', NF)
    assert all(x['code'][6:9] == '25P' for x in G) and not anywhere(G, '2023年')  # the store holds 2025 only
    q(ST, 'not-found', '峰峰矿区气象局2023年的项目资金合计是多少？', NF)

    # ------------------------------------------------------------------ renfang_sample (6)
    ST = 'renfang_sample'
    top = sorted(F, key=lambda x: -x['total'])
    assert top[0]['total'] > top[1]['total']
    q(ST, 'top', '人防办资金总额最大的是哪个项目？', {'projects': [top[0]['code']]})
    q(ST, 'count-projects', '两个单位加起来一共报了多少个项目', {'value': len(F) + len(W)})
    s = [x for x in F if cites(x, '峰政办〔2024〕28号')]
    assert len(s) == 2 and not any(cites(x, '峰政办〔2024〕28号') for x in W)
    q(ST, 'cites', '人防办哪些项目引用了峰政办〔2024〕28号？', {'projects': codes(s)})
    q(ST, 'dept-total', '峰峰矿区人防办的项目资金一共多少万元？', {'value': r4(sum(x['total'] for x in F))})
    s = [x for x in F if x['attr'] == '新增项目']
    assert len(s) >= 2
    q(ST, 'follow-up', '它们加起来多少钱？', {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))},
      history=['人防办有哪些新增项目？'])
    assert not any('公共实训基地' in x['name'] for x in F) and any('公共实训基地' in x['name'] for x in W)
    q(ST, 'not-found', '人防办的公共实训基地县级配套多少钱？', NF)

    # every project code named in an expectation belongs to the question's store
    for d in Q:
        pool = {p['code'] for p in in_store(d['store'])}
        for c in d['expect'].get('projects', []):
            assert c in pool, (d['id'], c)
    return Q


def main():
    Q = build()
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('wrote', OUT, len(Q), 'questions')


if __name__ == '__main__':
    main()
