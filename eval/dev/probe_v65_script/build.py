"""probe_v65: hand-written questions; every expected project set, count and value is computed from the records that
extract.py parses back out of the documents. The only numbers typed here are thresholds stated in the questions.

Writes eval/dev/probe_v65.jsonl (80 lines). `build()` returns the lines without writing (used by validate.py).
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract as E  # noqa: E402

OUT = os.path.join(E.DEV, 'probe_v65.jsonl')
NF = {'found': False}


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
    """Where a reference counts: the project name, every indicator's basis column, cixian's 依据 line."""
    return [p['name']] + [i['basis'] for i in p['inds']] + ([p['basis_line']] if p['basis_line'] else [])


def cites(p, ref):
    return any(norm(ref) in norm(t) for t in texts(p))


def cites_issuer(p, issuer):
    """An issuer without year matches that issuer followed directly by a bracket."""
    return any(re.search(re.escape(issuer) + '〔', norm(t)) for t in texts(p))


def cites_law(p, pattern):
    return any(re.search(pattern, t) for t in texts(p))


def anywhere(recs, phrase):
    """True when the phrase occurs in any name, use, goal, indicator name / value / basis of the records."""
    for p in recs:
        blob = [p['name'], p['use'] or '', p['goal'] or '', p['basis_line'] or '']
        blob += [i['name'] + i['value'] + i['basis'] for i in p['inds']]
        if any(norm(phrase) in norm(b) for b in blob):
            return True
    return False


def sat(p):
    m = [i for i in p['inds'] if i['l1'] == '满意度指标']
    return m[0]['num'] if m else None


def ind(p, frag):
    m = [i for i in p['inds'] if frag in i['name']]
    assert len(m) == 1, (p['name'], frag, [i['name'] for i in m])
    return m[0]


def money_wan(i):
    """A money indicator's amount in 万元 (元 values divided by 10000)."""
    v = i['num']
    if '万元' in i['value']:
        return v
    if '元' in i['value']:
        return v / 10000.0
    return v


def build():
    R, _ = E.load_all()
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
        return [p for d in E.STORES[store] for p in R[d]]

    # ------------------------------------------------------------------ shenji (9)
    ST = 'shenji'
    S = R['shenji']
    p = by(ST, '大数据审计平台')
    q(ST, 'lookup', '大数据审计平台二期 多少钱', {'projects': [p['code']], 'value': r4(p['total'])})
    p = by(ST, '经济责任审计专项经费')
    q(ST, 'lookup', '您好，我是刚调到审计局财务股的，对项目还不太熟悉。想请教一下，经济责任审计专项经费这个项目是谁负责的？'
      '方便的话把联系电话也告诉我一下，谢谢！',
      {'projects': [p['code']], 'contains': [p['leader'], p['phone'].split('-')[-1]]})
    s = [x for x in S if x['total'] <= 50]
    q(ST, 'comparator', '年度资金总额不超过50万元的项目都有哪些？', {'projects': codes(s)})
    p = by(ST, '中介服务费')
    q(ST, 'spending-plan-quarter', '政府投资项目审计中介服务费，光第二季度这一个季度计划花多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][6] - p['plan'][3]) / 100)})
    s = [x for x in S if cites_law(x, r'《(中华人民共和国)?审计法》')]
    assert any(cites_law(x, '审计法实施条例') for x in S) and not any(cites_law(x, '审计法实施条例') for x in s)
    q(ST, 'law', '请帮忙核对：指标值设定依据里引用了《审计法》的项目有哪些？《审计法实施条例》不算在内。', {'projects': codes(s)})
    s = [x for x in S if not any(i['name'] == '项目总成本' for i in x['inds'])]
    q(ST, 'lacking', '哪些项目没有设置“项目总成本”这条成本指标？', {'projects': codes(s)})
    low = min(S, key=lambda x: x['total'])
    assert sum(1 for x in S if x['total'] == low['total']) == 1 and low['unit'] == '元'
    q(ST, 'bottom-n', '审计局哪个项目钱最少？', {'projects': [low['code']]})
    s = [x for x in S if x['org'] == '邯郸市丛台区经济责任审计中心']
    q(ST, 'follow-up', '它们的上级补助一共是多少万元？', {'projects': codes(s), 'value': r4(sum(x['up'] for x in s))},
      history=['经济责任审计中心负责实施哪些项目？'])
    assert not anywhere(S, '档案室改造') and not any('改造' in x['name'] for x in S) and any('档案' in x['name'] for x in S)
    q(ST, 'not-found', '审计档案室改造经费安排了多少钱？', NF)

    # ------------------------------------------------------------------ shenji_sample (5)
    ST = 'shenji_sample'
    W = R['sample']
    q(ST, 'scoping', '丛台区审计局的项目资金一共多少万元？', {'value': r4(sum(x['total'] for x in S))})
    s = [x for x in W if x['total'] < 100]
    q(ST, 'scoping', '魏县人社局资金不到100万元的项目有哪些？', {'projects': codes(s)})
    hi = max((x for x in S if sat(x) is not None), key=sat)
    assert sum(1 for x in S if sat(x) == sat(hi)) == 1
    q(ST, 'top-n', '丛台区审计局里，满意度目标定得最高的是哪个项目？', {'projects': [hi['code']]})
    q(ST, 'cross-department', '两个单位加起来一共报了多少个项目？', {'value': len(S) + len(W)})
    assert not any('审计整改' in x['name'] for x in W) and any('审计整改' in x['name'] for x in S)
    q(ST, 'not-found', '魏县人社局的审计整改跟踪督查经费是多少？', NF)

    # ------------------------------------------------------------------ dangan (10)
    ST = 'dangan'
    D = R['dangan']
    p = by(ST, '档案库房安全运行维护')
    q(ST, 'lookup', '档案库房安全运行维护经费里其他资金有多少？', {'projects': [p['code']], 'value': r4(p['other'])})
    p = by(ST, '年鉴编纂出版')
    assert '地方志编纂中心' in p['org']
    q(ST, 'lookup-unit', '年鉴编纂出版那个项目归哪个单位实施啊', {'projects': [p['code']], 'contains': ['地方志编纂中心']})
    s = [x for x in D if 50 <= x['total'] <= 200]
    q(ST, 'range', '老师您好，我是刚来馆里的新人，领导让我整理一下今年的项目情况。想请问一下，资金总额在50万元到200万元之间'
      '（两头都算）的项目都有哪些？麻烦您了，谢谢！', {'projects': codes(s)})
    srt = sorted(D, key=lambda x: x['total'])
    assert srt[2]['total'] < srt[3]['total']
    q(ST, 'bottom-n', '钱最少的仨项目是哪几个', {'projects': codes(srt[:3])})
    s = [x for x in D if x['plan'] and x['plan'][6] < 50]
    q(ST, 'spending-plan-condition', '二季度末累计支出进度低于一半的项目有哪些？', {'projects': codes(s)})
    s = [x for x in D if x['plan']]
    assert len(s) < len(D)
    q(ST, 'spending-plan', '有支出计划的项目，到上半年末累计计划支出合计多少万元？',
      {'projects': codes(s), 'value': r4(sum(x['total'] * x['plan'][6] / 100 for x in s))})
    s = [x for x in D if cites_issuer(x, '邯档')]
    q(ST, 'partial-ref', '哪些项目引了邯档的文', {'projects': codes(s)})
    s = [x for x in D if not cites(x, '冀档〔2024〕15号')]
    assert 0 < len(s) < len(D)
    q(ST, 'not-cited', '哪些项目没有引用冀档〔2024〕15号？', {'projects': codes(s)})
    top = sorted(D, key=lambda x: -x['total'])[:3]
    new = [x for x in top if x['attr'] == '新增项目']
    assert len(new) == 2
    q(ST, 'follow-up', '它们俩的资金加起来多少？', {'projects': codes(new), 'value': r4(sum(x['total'] for x in new))},
      history=['资金最多的三个项目是哪几个？', '其中哪些是新增项目？'])
    q(ST, 'not-found', '复兴区档案馆2024年的档案数字化加工经费是多少？', NF)

    # ------------------------------------------------------------------ dangan_sample (5)
    ST = 'dangan_sample'
    q(ST, 'scoping', '复兴区档案馆一共安排了多少项目资金？', {'value': r4(sum(x['total'] for x in D))})
    s = [x for x in W if cites(x, '冀财社【2024】136号')]
    q(ST, 'scoping', '魏县人社局有哪些项目引用了冀财社【2024】136号？', {'projects': codes(s)})
    s = [x for x in D + W if sat(x) is not None and sat(x) < 85]
    assert not any(x['doc'] == 'dangan' for x in s) and any(x['doc'] == 'dangan' and sat(x) == 85 for x in D)
    q(ST, 'cross-department', '两个单位里满意度目标低于85%的项目有哪些？', {'projects': codes(s)})
    s = [x for x in D if x['total'] > 100]
    q(ST, 'count', '档案馆资金超过100万元的项目有几个？', {'projects': codes(s), 'value': len(s)})
    q(ST, 'not-found', '魏县档案馆今年有哪些项目？', NF)

    # ------------------------------------------------------------------ xinfang (10)
    ST = 'xinfang'
    X = R['xinfang']
    p = by(ST, '信访积案化解')
    q(ST, 'lookup', '信访积案化解专项资金里上年结转多少', {'projects': [p['code']], 'value': r4(p['carry'])})
    s = [x for x in X if x['fin'] >= 150]
    q(ST, 'comparator', '财政拨款≥150万的项目有哪些', {'projects': codes(s)})
    s = [x for x in X if x['plan'] and x['plan'][3] < 20]
    assert any(x['plan'] and x['plan'][3] == 20 for x in X)
    q(ST, 'spending-plan-condition', '一季度末支出进度不到两成的有哪些', {'projects': codes(s)})
    p = by(ST, '信访干部业务培训')
    n = ind(p, '信访干部业务培训人次')['num']
    q(ST, 'per-head', '信访干部业务培训那个项目，按计划培训人次算，平均每人次是多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    a, b = by(ST, '信访积案化解'), by(ST, '人民来访接待中心')
    q(ST, 'ratio', '积案化解专项资金是人民来访接待中心运行保障经费的几倍？',
      {'projects': codes([a, b]), 'value': r4(a['total'] / b['total'])})
    s = [x for x in X if cites(x, '冀信访〔2024〕9号') and cites(x, '邯山政办〔2024〕31号')]
    q(ST, 'and', '既引用了冀信访〔2024〕9号、又引用了邯山政办〔2024〕31号的项目是哪些？', {'projects': codes(s)})
    s = [x for x in X if cites(x, '邯信联〔2025〕2号')]
    assert any('邯信联[2025]2号' in i['basis'] for x in s for i in x['inds'])
    q(ST, 'partial-ref', '哪些项目拿邯信联2025年2号文件当依据？', {'projects': codes(s)})
    v = [sat(x) for x in X if sat(x) is not None]
    assert len(v) < len(X)
    q(ST, 'mean', '设了满意度指标的项目，满意度目标平均是多少？', {'value': r4(sum(v) / len(v))})
    q(ST, 'not-found', '邯山区信访局2023年的项目支出合计是多少？', NF)
    assert not any(cites(x, '冀信访〔2025〕9号') for x in X) and any(cites(x, '冀信访〔2024〕9号') for x in X)
    q(ST, 'not-found', '冀信访〔2025〕9号涉及哪些项目？', NF)

    # ------------------------------------------------------------------ xinfang_sample (5)
    ST = 'xinfang_sample'
    s = [x for x in X if x['carry'] > 0]
    q(ST, 'scoping', '邯山区信访局哪些项目有上年结转资金？', {'projects': codes(s)})
    top = sorted(W, key=lambda x: -x['total'])
    assert top[1]['total'] > top[2]['total']
    q(ST, 'top-n', '魏县人社局资金最多的两个项目是哪两个？', {'projects': codes(top[:2])})
    q(ST, 'cross-department', '两个单位的项目资金加起来一共多少万元？',
      {'value': r4(sum(x['total'] for x in X) + sum(x['total'] for x in W))})
    s = [x for x in X if x['attr'] == '新增项目']
    q(ST, 'follow-up', '这几个项目的资金合计多少？', {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))},
      history=['邯山区信访局今年有哪些新增项目？'])
    assert not any('公共实训基地' in x['name'] for x in X) and any('公共实训基地' in x['name'] for x in W)
    q(ST, 'not-found', '邯山区信访局的公共实训基地县级配套预算是多少？', NF)

    # ------------------------------------------------------------------ cixian (11)
    ST = 'cixian'
    C = R['cixian']
    p = by(ST, '全民健身路径')
    q(ST, 'lookup', '全民健身路径那个项目负责人是谁', {'projects': [p['code']], 'contains': [p['leader']]})
    s = [x for x in C if x['total'] > 100]
    q(ST, 'count', '过百万的项目几个', {'projects': codes(s), 'value': len(s)})
    s = [x for x in C if x['org'] == '磁县青少年业余体育学校']
    q(ST, 'lookup-unit', '磁县青少年业余体育学校负责实施的项目有几个？', {'projects': codes(s), 'value': len(s)})
    p = by(ST, '村级健身广场')
    q(ST, 'spending-plan', '村级健身广场建设补助到二季度末累计支出多少万元', {'projects': [p['code']],
      'value': r4(p['total'] * p['plan'][6] / 100)})
    p = by(ST, '全民健身运动会')
    q(ST, 'spending-plan-quarter', '县级全民健身运动会那个经费，第三季度当季计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][6]) / 100)})
    s = [x for x in C if not x['plan']]
    q(ST, 'lacking', '哪些项目没有列资金支出计划？', {'projects': codes(s)})
    s = [x for x in C if cites(x, '冀体〔2024〕21号') or cites(x, '邯体字〔2025〕6号')]
    q(ST, 'or', '引用了冀体〔2024〕21号或者邯体字〔2025〕6号的项目有哪些？', {'projects': codes(s)})
    s = []
    for x in C:
        tc = [i for i in x['inds'] if i['name'] == '项目总成本']
        if tc and abs(money_wan(tc[0]) - x['total']) > 1e-6:
            s.append(x)
    q(ST, 'inconsistency', '请核查一下：哪个项目“项目总成本”指标的数值和它的资金总额对不上？', {'projects': codes(s)})
    q(ST, 'mean', '磁县体育局平均每个项目多少万元', {'value': r4(sum(x['total'] for x in C) / len(C))})
    top = sorted(C, key=lambda x: -x['total'])
    assert top[2]['total'] > top[3]['total']
    q(ST, 'follow-up', '第二个的项目负责人是谁？', {'projects': [top[1]['code']], 'contains': [top[1]['leader']]},
      history=['按资金从多到少，排前三的项目是哪些？'])
    assert not any('全民健身中心' in x['name'] for x in C) and anywhere(C, '全民健身中心')
    q(ST, 'not-found', '全民健身中心新建工程安排了多少钱？', NF)

    # ------------------------------------------------------------------ yingji (11)
    ST = 'yingji'
    Y = R['yingji']
    p = by(ST, '综合应急救援队伍')
    q(ST, 'lookup', '救援队装备那个项目其他资金多少啊', {'projects': [p['code']], 'value': r4(p['other'])})
    p = by(ST, '安全生产监管执法')
    q(ST, 'spending-plan', '您好，想请教一下：安全生产监管执法专项经费的分季度支出计划里，截至6月底计划累计支出是多少万元？谢谢。',
      {'projects': [p['code']], 'value': r4(p['plan_amt'][6])})
    p = by(ST, '综合应急救援队伍')
    q(ST, 'spending-plan-quarter', '综合应急救援队伍建设及装备购置，第三季度单季计划支出多少万？',
      {'projects': [p['code']], 'value': r4(p['plan_amt'][9] - p['plan_amt'][6])})
    p = by(ST, '宣传教育培训')
    assert p['unit'] == '元'
    q(ST, 'spending-plan', '安全生产宣传教育培训经费到6月底计划累计支出多少元？',
      {'projects': [p['code']], 'value': r4(p['plan_amt'][6] * 10000)})
    s = [x for x in Y if sat(x) is not None and sat(x) >= 90]
    q(ST, 'threshold', '满意度目标不低于90%的项目有几个？', {'projects': codes(s), 'value': len(s)})
    lack = [x for x in Y if sat(x) is None]
    assert len(lack) == 1
    q(ST, 'follow-up', '它的资金总额是多少？', {'projects': codes(lack), 'value': r4(lack[0]['total'])},
      history=['哪个项目没有设置满意度指标？'])
    a, b = by(ST, '综合应急救援队伍'), by(ST, '防汛抗旱')
    q(ST, 'difference', '综合应急救援队伍建设比防汛抗旱物资储备多多少万元？',
      {'projects': codes([a, b]), 'value': r4(a['total'] - b['total'])})
    q(ST, 'share', '全局项目资金里，其他资金占百分之多少？',
      {'value': r4(sum(x['other'] for x in Y) / sum(x['total'] for x in Y) * 100)})
    s = [x for x in Y if x['org'] != '曲周县应急管理局（本级）']
    q(ST, 'exclusion', '除了局本级实施的项目，其余项目的资金合计是多少？',
      {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))})
    assert not any('储备库' in x['name'] for x in Y) and anywhere(Y, '储备库')
    q(ST, 'not-found', '应急物资储备库新建工程的预算是多少？', NF)
    p = by(ST, '自然灾害综合风险普查')
    assert p['plan'] is None and p['plan_amt'] is None
    q(ST, 'not-found', '灾害信息员补贴那个项目，3月底计划支出多少？', NF)

    # ------------------------------------------------------------------ sample (7)
    ST = 'sample'
    p = by(ST, '劳务派遣')
    q(ST, 'lookup', '劳务派遣人员工资 预算多少', {'projects': [p['code']], 'value': r4(p['total'])})
    s = []
    for x in W:
        for i in x['inds']:
            if i['l2'] == '成本指标' and '万元' in i['value'] and abs(i['num'] - x['total']) > 1e-6:
                s.append(x)
                break
    q(ST, 'inconsistency', '请核查：哪个项目成本指标里写的金额和预算数不一致？', {'projects': codes(s)})
    s = [x for x in W if cites(x, '冀人社规〔2018〕8号')]
    q(ST, 'count', '引用了冀人社规〔2018〕8号的项目有几个？', {'projects': codes(s), 'value': len(s)})
    s = [x for x in W if x['name'].startswith('冀财社【2024】182号')]
    assert len(s) == 2
    q(ST, 'sum', '冀财社【2024】182号那两个项目一共多少钱？', {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))})
    s = [x for x in W if x['plan'] and x['plan'][9] >= 100]
    q(ST, 'spending-plan-condition', '到10月底累计支出比例已经达到100%的项目有哪些？', {'projects': codes(s)})
    bot = sorted(W, key=lambda x: x['total'])[:3]
    assert sorted(W, key=lambda x: x['total'])[3]['total'] > bot[2]['total']
    s = [x for x in bot if sat(x) == 80]
    assert len(s) == 1
    q(ST, 'follow-up', '其中满意度目标是80%的是哪个？', {'projects': codes(s)},
      history=['魏县人社局资金最少的三个项目是哪些？'])
    assert not any(cites(x, '冀财社【2024】137号') for x in W) and any(cites(x, '冀财社【2024】136号') for x in W)
    q(ST, 'not-found', '冀财社【2024】137号文件对应的是哪个项目？', NF)

    # ------------------------------------------------------------------ other (8)
    ST = 'other'
    O = R['other']
    p = by(ST, '耕地地力保护')
    m = re.search(r'每亩(\d+)元', p['use'])
    q(ST, 'descriptive', '耕地地力保护补贴每亩补多少钱？', {'projects': [p['code']], 'contains': [m.group(1) + '元']})
    p = by(ST, '病虫害统防统治')
    assert abs(p['fin'] + p['other'] - p['total']) > 1e-6
    q(ST, 'inconsistency', '病虫害统防统治项目，财政拨款加其他资金跟资金总额差了多少万元？',
      {'projects': [p['code']], 'value': r4(abs(p['total'] - (p['fin'] + p['other'])))})
    p = by(ST, '高素质农民')
    n = ind(p, '培育高素质农民人数')['num']
    q(ST, 'per-head', '想了解一下，高素质农民培育项目如果按计划培育的人数平均，每人大概是多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    s = [x for x in O if x['other'] > 0]
    q(ST, 'count', '其他资金不为0的项目有几个', {'projects': codes(s), 'value': len(s)})
    p = by(ST, '农机购置与应用补贴')
    q(ST, 'spending-plan', '农机购置与应用补贴资金到10月底累计计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * p['plan'][9] / 100)})
    s = [x for x in O if x['plan']]
    best = max(s, key=lambda x: x['plan'][9])
    assert sum(1 for x in s if x['plan'][9] == best['plan'][9]) == 1
    q(ST, 'follow-up', '它到6月底计划支出多少万元？', {'projects': [best['code']], 'value': r4(best['total'] * best['plan'][6] / 100)},
      history=['有资金支出计划的项目有哪些？', '其中10月底累计支出比例最高的是哪个？'])
    assert not any('报废' in x['name'] for x in O) and not anywhere(O, '报废')
    q(ST, 'not-found', '农机报废更新补贴资金有多少？', NF)

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
