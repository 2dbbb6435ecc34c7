"""probe_v69: the same information needs asked in several very different wordings (2–3 each).

Hand-written wording; every expected project set, count and value is computed from records parsed back out of the
documents by earlier probes' parsers (loaded by file path):
  probe_v65_script/extract.py  load_all()  -> sample, other, shenji, dangan, xinfang, cixian, yingji
  probe_v67_script/extract.py  qixiang()   -> 邯郸市峰峰矿区气象局 (eval/dev/docs/qixiang-2025.docx)
The only numbers typed here are thresholds / dates stated in the questions.
Writes eval/dev/probe_v69.jsonl (90 lines). `build()` returns the lines without writing (used by validate.py).
"""
import importlib.util
import sys
sys.dont_write_bytecode = True
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
OUT = os.path.join(DEV, 'probe_v69.jsonl')
QX_PATH = os.path.join(DEV, 'docs', 'qixiang-2025.docx')
NF = {'found': False}
M = (3, 6, 9, 12)


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


E = _load('v69_v65_extract', os.path.join(DEV, 'probe_v65_script', 'extract.py'))
Q67 = _load('v69_v67_extract', os.path.join(DEV, 'probe_v67_script', 'extract.py'))

STORES = {
    'sample': ['sample'], 'other': ['other'], 'shenji': ['shenji'], 'dangan': ['dangan'], 'xinfang': ['xinfang'],
    'cixian': ['cixian'], 'yingji': ['yingji'], 'shenji_sample': ['shenji', 'sample'],
    'xinfang_sample': ['xinfang', 'sample'], 'qixiang': ['qixiang'], 'qixiang_sample': ['qixiang', 'sample'],
}


def qixiang_records():
    """qixiang in the v65 record shape: money in 万元 (元 project / 10000); plan = cumulative % of the total from
    the printed per-quarter amounts; plan_amt = cumulative 万元; q_amt = per-quarter 万元 as printed (非累计)."""
    X = Q67.qixiang(QX_PATH)
    out = []
    for p in X['projects']:
        r = {'doc': 'qixiang', 'dept': p['dept'], 'code': p['code'], 'name': p['name'], 'org': p['org'],
             'attr': p['attr'], 'unit': p['mu'], 'total': p['total_w'], 'fin': p['fin_w'], 'other': p['other_w'],
             'carry': p['carry_w'], 'leader': p['leader'], 'phone': p['phone'], 'use': p['use'], 'goal': p['goal'],
             'basis_line': None, 'q_amt': dict(zip(M, p['q_w'])), 'q_raw': dict(zip(M, p['q'])),
             'plan_amt': dict(zip(M, p['cum_w'])),
             'plan': {m: c / p['total_w'] * 100 for m, c in zip(M, p['cum_w'])}, 'inds': []}
        for i in p['indicators']:
            r['inds'].append({'l1': i['l1'], 'l2': i['l2'], 'name': i['name'], 'value': i['disp'], 'num': i['num'],
                              'basis': i['basis'] or ''})
        out.append(r)
    return out, X


def load():
    R, raw = E.load_all()
    R['qixiang'], raw['qixiang'] = qixiang_records()
    return R, raw


def r4(x):
    return round(float(x), 4)


def codes(ps):
    return sorted(p['code'] for p in ps)


def norm(s):
    s = s or ''
    for a, b in (('【', '〔'), ('】', '〕'), ('[', '〔'), (']', '〕'), ('（', '〔'), ('）', '〕'), ('(', '〔'), (')', '〕')):
        s = s.replace(a, b)
    return s


def texts(p):
    return [p['name']] + [i['basis'] for i in p['inds']] + ([p['basis_line']] if p.get('basis_line') else [])


def cites(p, ref):
    return any(norm(ref) in norm(t) for t in texts(p))


def cites_law(p, pattern):
    return any(re.search(pattern, t) for t in texts(p))


def anywhere(recs, phrase):
    for p in recs:
        blob = [p['name'], p.get('use') or '', p.get('goal') or '', p.get('basis_line') or '', p.get('org') or '']
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


def build():
    R, _ = load()
    Q = []

    def q(store, kind, need, question, expect, history=None):
        d = {'id': 'p%03d' % (len(Q) + 1), 'question': question, 'store': store, 'kind': kind, 'need': need,
             'expect': expect}
        if history:
            d['history'] = list(history)
        Q.append(d)

    def by(doc, frag):
        m = [p for p in R[doc] if frag in p['name']]
        assert len(m) == 1, (doc, frag, [p['name'] for p in m])
        return m[0]

    def uniq_max(ps, key):
        b = max(ps, key=key)
        assert sum(1 for x in ps if key(x) == key(b)) == 1
        return b

    def uniq_min(ps, key):
        b = min(ps, key=key)
        assert sum(1 for x in ps if key(x) == key(b)) == 1
        return b

    # ================================================================== qixiang (27)
    ST = 'qixiang'
    QX = R['qixiang']
    assert len(QX) == 9 and all(p['dept'] == '邯郸市峰峰矿区气象局' for p in QX)

    p = by(ST, '人工影响天气作业')
    assert p['carry'] > 0
    e = {'projects': [p['code']], 'value': r4(p['carry'])}
    q(ST, 'lookup', 'Q1', '请问人工影响天气作业经费项目的上年结转资金是多少万元？', e)
    q(ST, 'lookup', 'Q1', '人影作业经费 结转多少', e)

    p = by(ST, '农业气象服务')
    e = {'projects': [p['code']], 'contains': [p['leader'], p['phone'].split('-')[-1]]}
    q(ST, 'lookup', 'Q2', '您好，我刚到峰峰矿区气象局办公室上班，领导让我联系一下农业气象服务专项经费的项目负责人，'
      '请问是哪位？联系电话是多少？谢谢！', e)
    q(ST, 'lookup', 'Q2', '农业气象服务那个项目找谁 电话给一下', e)

    p = by(ST, '人工影响天气作业')
    i = ind(p, '火箭弹购置数量')
    m = re.search(r'(\d+)号', i['basis'])
    e = {'projects': [p['code']], 'contains': [m.group(0)]}
    q(ST, 'basis', 'Q3', '请核查：人工影响天气作业经费中“火箭弹购置数量”这项指标的指标值是依据什么设定的？', e)
    q(ST, 'basis', 'Q3', '火箭弹买多少枚，是按哪个文件定的呀？就是人工影响天气作业那个项目', e)

    s = [x for x in QX if x['total'] < 50]
    assert not any(x['total'] == 50 for x in QX) and any(x['unit'] == '元' for x in s)
    e = {'projects': codes(s)}
    q(ST, 'comparator', 'Q4', '资金总额不足50万元的项目有哪些？', e)
    q(ST, 'comparator', 'Q4', '哪些项目的钱没超过五十万啊', e)

    s = [x for x in QX if sat(x) is not None and sat(x) < 90]
    assert any(sat(x) == 90 for x in QX) and any(sat(x) is None for x in QX)
    e = {'projects': codes(s)}
    q(ST, 'negation', 'Q5', '项目里面满意度目标定得不到九成的是哪几个', e)
    q(ST, 'negation', 'Q5', '我在整理绩效目标，想看看哪些项目的满意度指标目标值还没达到百分之九十（正好90%的不算），能帮我列一下吗？', e)

    s = [x for x in QX if sat(x) is None]
    assert len(s) == 1
    e = {'projects': codes(s)}
    q(ST, 'lacking', 'Q6', '哪个项目没有设置满意度指标？', e)
    q(ST, 'lacking', 'Q6', '请核查：各项目绩效指标中，缺少满意度指标的是哪一个项目？', e)

    top = uniq_max(QX, lambda x: x['total'])
    q(ST, 'chain', 'Q7', '预算最多的那个项目的满意度目标是多少？', {'projects': [top['code']], 'contains': ['%g%%' % sat(top)]})
    q(ST, 'chain', 'Q7', '它的满意度目标定的多少？', {'projects': [top['code']], 'contains': ['%g%%' % sat(top)]},
      history=['气象局哪个项目资金最多？'])

    p = by(ST, '人工影响天气作业')
    e = {'projects': [p['code']], 'value': r4(p['plan_amt'][6])}
    q(ST, 'spending-plan', 'Q8', '人工影响天气作业经费截至二季度末累计计划用款多少万元？', e)
    q(ST, 'spending-plan', 'Q8', '人影那个项目上半年一共打算花多少钱', e)

    e = {'projects': [p['code']], 'value': r4(p['q_amt'][6] + p['q_amt'][9])}
    assert p['q_amt'][6] > 0 and p['q_amt'][3] > 0
    q(ST, 'spending-plan-between', 'Q9', '人工影响天气作业经费在4月1日至9月30日期间计划用款多少万元？', e)
    q(ST, 'spending-plan-between', 'Q9', '人影经费 二三两个季度加起来计划用多少万', e)

    p = by(ST, '突发事件预警信息发布系统')
    assert p['unit'] == '元'
    q(ST, 'spending-plan', 'Q10', '突发事件预警信息发布系统运维经费第三季度计划用款多少元？',
      {'projects': [p['code']], 'value': r4(p['q_raw'][9])})
    q(ST, 'spending-plan', 'Q10', '预警发布系统运维那个 3季度当季用多少万',
      {'projects': [p['code']], 'value': r4(p['q_amt'][9])})

    s = [x for x in QX if x['org'] == '邯郸市峰峰矿区气象台']
    assert 1 < len(s) < len(QX)
    e = {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))}
    q(ST, 'org-sum', 'Q11', '由邯郸市峰峰矿区气象台实施的项目，资金合计多少万元？', e)
    q(ST, 'org-sum', 'Q11', '这几个项目加起来一共多少钱？', e, history=['气象台负责实施哪些项目？'])

    s = [x for x in QX if cites_law(x, r'《(中华人民共和国)?气象法》')]
    assert any(cites_law(x, '《气象灾害防御条例》') for x in QX if x not in s)
    e = {'projects': codes(s)}
    q(ST, 'law', 'Q12', '请核对：指标设定依据中引用了《气象法》的项目有哪些？《中华人民共和国气象法》也算，《气象灾害防御条例》不算。', e)
    q(ST, 'law', 'Q12', '哪些项目拿气象法当依据的', e)

    s = [x for x in QX if cites(x, '冀气发〔2024〕12号')]
    assert len({t for x in s for t in ('〔', '[', '（') if any(t + '2024' in i['basis'] for i in x['inds'])}) > 1
    q(ST, 'reference-count', 'Q13', '引用了冀气发〔2024〕12号的项目有几个？', {'projects': codes(s), 'value': len(s)})
    q(ST, 'reference-count', 'Q13', '依据冀气发2024年12号文的项目是哪几个', {'projects': codes(s)})

    assert not anywhere(QX, '雷达') and not any('新建' in x['name'] for x in QX)
    q(ST, 'not-found', 'Q14', '气象雷达站新建工程安排了多少资金？', NF)
    assert not any(cites(x, '冀气发〔2025〕12号') for x in QX) and any(cites(x, '冀气发〔2024〕12号') for x in QX)
    q(ST, 'not-found', 'Q15', '冀气发〔2025〕12号涉及哪些项目？', NF)

    # ================================================================== qixiang_sample (8)
    ST = 'qixiang_sample'
    W = R['sample']
    e = {'value': r4(sum(x['total'] for x in QX))}
    q(ST, 'scoping', 'S1', '峰峰矿区气象局的项目资金合计是多少万元？', e)
    q(ST, 'scoping', 'S1', '气象局那边一共多少钱', e)
    low = uniq_min(QX, lambda x: x['total'])
    assert min(x['total'] for x in W) < low['total']
    e = {'projects': [low['code']]}
    q(ST, 'scoping', 'S2', '峰峰矿区气象局哪个项目资金最少？', e)
    q(ST, 'scoping', 'S2', '气象局最小的那个项目是哪个', e)
    e = {'value': sum(len(x['inds']) for x in QX + W)}
    q(ST, 'cross-department', 'S3', '两个单位一共设置了多少条绩效指标？', e)
    q(ST, 'cross-department', 'S3', '人社局跟气象局的绩效指标加起来有几条', e)
    assert not any('防雷' in x['name'] for x in W) and any('防雷' in x['name'] for x in QX)
    q(ST, 'not-found', 'S4', '魏县人社局的防雷安全监管经费是多少？', NF)
    assert not any('劳务派遣' in x['name'] for x in QX) and any('劳务派遣' in x['name'] for x in W)
    q(ST, 'not-found', 'S5', '峰峰矿区气象局的劳务派遣人员工资预算多少？', NF)

    # ================================================================== shenji (7)
    ST = 'shenji'
    S = R['shenji']
    p = by(ST, '中介服务费')
    e = {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][3]) / 100)}
    q(ST, 'spending-plan-between', 'J1', '政府投资项目审计中介服务费第二、三季度两个季度合计计划支出多少万元？', e)
    q(ST, 'spending-plan-between', 'J1', '中介服务费从4月初到9月底计划花多少钱', e)
    p = by(ST, '审计业务能力提升培训')
    assert p['unit'] == '元'
    q(ST, 'lookup-unit', 'J2', '审计业务能力提升培训经费是多少元？', {'projects': [p['code']], 'value': r4(p['total'] * 10000)})
    q(ST, 'lookup-unit', 'J2', '审计培训那个经费多少万', {'projects': [p['code']], 'value': r4(p['total'])})
    p = by(ST, '中介服务费')
    e = {'projects': [p['code']], 'value': r4(p['total'] / sum(x['total'] for x in S) * 100)}
    q(ST, 'share', 'J3', '政府投资项目审计中介服务费占全局项目资金总额的百分之几？', e)
    q(ST, 'share', 'J3', '中介服务费在审计局所有项目的钱里占多大比重', e)
    assert not anywhere(S, '办公楼') and not any('维修' in x['name'] for x in S)
    q(ST, 'not-found', 'J4', '审计局办公楼维修改造经费有多少？', NF)

    # ================================================================== shenji_sample (5)
    ST = 'shenji_sample'
    s = [x for x in S if sat(x) is not None and sat(x) >= 90]
    assert any(sat(x) == 90 for x in S)
    e = {'projects': codes(s)}
    q(ST, 'scoping', 'K1', '丛台区审计局满意度目标不低于90%的项目有哪些？', e)
    q(ST, 'scoping', 'K1', '审计局那边满意度在九成及以上的是哪几个', e)
    s = [x for x in W if x['total'] > 1000]
    e = {'projects': codes(s), 'value': len(s)}
    q(ST, 'scoping', 'K2', '魏县人社局资金超过1000万元的项目有几个？', e)
    q(ST, 'scoping', 'K2', '人社局过千万的项目几个', e)
    assert not any('劳务派遣' in x['name'] for x in S)
    q(ST, 'not-found', 'K3', '丛台区审计局的劳务派遣人员工资是多少？', NF)

    # ================================================================== dangan (7)
    ST = 'dangan'
    D = R['dangan']
    s = [x for x in D if sat(x) is not None and sat(x) > 88]
    assert sum(1 for x in D if sat(x) == 88) >= 2
    e = {'projects': codes(s)}
    q(ST, 'comparator', 'A1', '满意度目标高于88%的项目有哪些？', e)
    q(ST, 'comparator', 'A1', '满意度定在88%以上、但88%本身不算的是哪些项目', e)
    s = [x for x in D if x['plan'] and 40 <= x['plan'][6] <= 50]
    assert any(x['plan'] and x['plan'][6] == 40 for x in D) and any(x['plan'] and x['plan'][6] == 50 for x in D)
    e = {'projects': codes(s)}
    q(ST, 'range', 'A2', '二季度末累计支出进度在40%到50%之间（含两端）的项目有哪些？', e)
    q(ST, 'range', 'A2', '上半年末支出比例介于四成和五成之间的有哪几个？两头都算', e)
    a_ = [x for x in D if cites(x, '邯档〔2025〕2号')]
    b_ = [x for x in D if cites(x, '复办字〔2025〕6号')]
    s = [x for x in D if x in a_ or x in b_]
    assert a_ and b_ and len(s) > max(len(a_), len(b_))
    e = {'projects': codes(s)}
    q(ST, 'or', 'A3', '引用了邯档【2025】2号或者复办字（2025）6号的项目有哪些？', e)
    q(ST, 'or', 'A3', '依据是邯档2025年2号文、或者是复办字2025年6号文的，都有哪几个项目', e)
    assert not anywhere(D, '新馆')
    q(ST, 'not-found', 'A4', '复兴区档案馆新馆建设工程的预算是多少？', NF)

    # ================================================================== xinfang (7)
    ST = 'xinfang'
    X = R['xinfang']
    p = by(ST, '信访积案化解')
    e = {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][3]) / 100)}
    q(ST, 'spending-plan-between', 'X1', '信访积案化解专项资金4月初到9月底计划支出多少万元？', e)
    q(ST, 'spending-plan-between', 'X1', '积案化解资金在第二、第三季度这两个季度里一共计划花多少', e)
    a_ = [x for x in X if cites(x, '邯信联〔2025〕2号')]
    b_ = [x for x in X if cites(x, '冀信访〔2024〕9号')]
    s = [x for x in a_ if x in b_]
    assert s and len(s) < min(len(a_), len(b_))
    e = {'projects': codes(s)}
    q(ST, 'and', 'X2', '邯信联〔2025〕2号和冀信访〔2024〕9号都引用了的项目有哪些？', e)
    q(ST, 'and', 'X2', '麻烦查一下，哪些项目的指标依据里，既有邯信联2025年2号，又有冀信访2024年9号这两个文件？', e)
    a, b = by(ST, '信访积案化解'), by(ST, '信访事项受理办理')
    e = {'projects': codes([a, b]), 'value': r4(a['total'] - b['total'])}
    q(ST, 'difference', 'X3', '信访积案化解专项资金比信访事项受理办理及矛盾纠纷化解工作经费多多少万元？', e)
    q(ST, 'difference', 'X3', '积案化解那个比受理办理那个多出多少钱', e)
    assert not anywhere(X, '改扩建')
    q(ST, 'not-found', 'X4', '邯山区信访局的信访大厅改扩建工程多少钱？', NF)

    # ================================================================== xinfang_sample (6)
    ST = 'xinfang_sample'
    assert len(X) == 9  # the question says 9个项目
    e = {'value': r4(sum(x['total'] for x in X) / len(X))}
    q(ST, 'scoping-mean', 'F1', '邯山区信访局平均每个项目多少万元？', e)
    q(ST, 'scoping-mean', 'F1', '信访局9个项目平均下来一个多少万', e)
    top = uniq_max(X + W, lambda x: x['total'])
    e = {'projects': [top['code']]}
    q(ST, 'cross-department', 'F2', '两个单位里资金最多的项目是哪个？', e)
    q(ST, 'cross-department', 'F2', '把人社局和信访局的项目放在一起比，预算最大的是哪一个项目？', e)
    s = [x for x in X if x['org'] != '邯郸市邯山区信访局（本级）']
    assert 0 < len(s) < len(X) and any(x['unit'] == '元' for x in s)
    e = {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))}
    q(ST, 'exclusion', 'F3', '邯山区信访局的项目中，除了信访局本级实施的，其余项目资金合计多少万元？', e)
    q(ST, 'exclusion', 'F3', '信访局那边不算本级实施的，剩下那些项目加起来多少万', e)

    # ================================================================== cixian (7)
    ST = 'cixian'
    C = R['cixian']
    s = [x for x in C if x['total'] >= 120]
    e = {'projects': codes(s), 'value': len(s)}
    q(ST, 'count', 'C1', '资金总额不低于120万元的项目有几个？', e)
    q(ST, 'count', 'C1', '一百二十万（含）以上的项目几个', e)
    low = uniq_min(C, lambda x: x['total'])
    assert low['unit'] == '元'
    e = {'projects': [low['code']], 'contains': [low['leader']]}
    q(ST, 'chain', 'C2', '预算最少的那个项目的负责人是谁？', e)
    q(ST, 'chain', 'C2', '那它是谁负责的？', e, history=['体育局哪个项目钱最少？'])
    srt = sorted(C, key=lambda x: -x['total'])
    assert srt[1]['total'] > srt[2]['total']
    e = {'projects': codes(srt[:2])}
    q(ST, 'top-n', 'C3', '资金总额最大的两个项目分别是哪两个？', e)
    q(ST, 'top-n', 'C3', '体育局钱最多的前2个项目是啥', e)
    assert not anywhere(C, '游泳')
    q(ST, 'not-found', 'C4', '磁县体育局的游泳馆建设项目预算多少？', NF)

    # ================================================================== yingji (7)
    ST = 'yingji'
    Y = R['yingji']
    p = by(ST, '防汛抗旱')
    e = {'projects': [p['code']], 'value': r4(p['plan_amt'][9] - p['plan_amt'][6])}
    q(ST, 'spending-plan-between', 'Y1', '防汛抗旱应急物资储备经费7月1日到9月30日计划支出多少万元？', e)
    q(ST, 'spending-plan-between', 'Y1', '防汛物资储备那个 三季度当季打算花多少', e)
    s = [x for x in Y if cites(x, '邯应急字〔2025〕5号')]
    assert any(cites(x, '邯应急字〔2024〕21号') for x in Y if x not in s)
    e = {'projects': codes(s)}
    q(ST, 'reference', 'Y2', '引用了邯应急字〔2025〕5号的项目有哪些？', e)
    q(ST, 'reference', 'Y2', '邯应急字2025年5号文被哪几个项目用到了', e)
    p = by(ST, '自然灾害综合风险普查')
    n = ind(p, '灾害信息员人数')['num']
    e = {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)}
    q(ST, 'per-unit', 'Y3', '按灾害信息员人数计算，自然灾害综合风险普查成果应用及灾害信息员补贴人均多少元？', e)
    q(ST, 'per-unit', 'Y3', '灾害信息员那个项目，摊到每个信息员头上是多少钱（元）', e)
    q(ST, 'not-found', 'Y4', '曲周县应急管理局2023年的安全生产监管执法专项经费是多少？', NF)

    # ================================================================== sample (5)
    ST = 'sample'
    s = [x for x in W if sat(x) is not None and sat(x) < 85]
    assert any(sat(x) == 85 for x in W)
    e = {'projects': codes(s)}
    q(ST, 'negation', 'W1', '满意度目标不到85%的项目有哪些？', e)
    q(ST, 'negation', 'W1', '哪些项目的满意度定得低于百分之八十五', e)
    p = by(ST, '社会保障工作经费')
    e = {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][6]) / 100)}
    q(ST, 'spending-plan-between', 'W2', '社会保障工作经费7月初到10月底计划支出多少万元？', e)
    q(ST, 'spending-plan-between', 'W2', '社保工作经费 6月底到10月底之间计划花多少', e)
    assert not anywhere(W, '公寓')
    q(ST, 'not-found', 'W3', '魏县人社局的人才公寓建设补助是多少？', NF)

    # ================================================================== other (3)
    ST = 'other'
    O = R['other']
    a, b = by(ST, '耕地地力保护'), by(ST, '高素质农民')
    e = {'projects': codes([a, b]), 'value': r4(a['total'] / b['total'])}
    q(ST, 'ratio', 'O1', '耕地地力保护补贴资金是高素质农民培育项目资金的多少倍？', e)
    q(ST, 'ratio', 'O1', '地力补贴是高素质农民培育的几倍', e)
    assert not anywhere(O, '大棚')
    q(ST, 'not-found', 'O2', '临漳县农业农村局的设施农业大棚补贴有多少？', NF)

    for d in Q:
        pool = {p['code'] for dd in STORES[d['store']] for p in R[dd]}
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
