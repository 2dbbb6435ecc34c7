"""probe_v70: hand-written questions; every expected project set, count and value is computed from the records that
extract.py parses back out of renfang-2025.xlsx (openpyxl) and the sample .docx. The only numbers typed here are
thresholds stated in the questions.

Writes eval/dev/probe_v70.jsonl (60 lines). `build()` returns the lines without writing (used by validate.py).
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract as E  # noqa: E402

OUT = os.path.join(E.DEV, 'probe_v70.jsonl')
NF = {'found': False}
BR = str.maketrans({'〔': '(', '〕': ')', '[': '(', ']': ')', '（': '(', '）': ')', '【': '(', '】': ')'})


def norm(s):
    return (s or '').translate(BR)


def r4(x):
    return round(float(x), 4)


def codes(ps):
    return sorted(p['code'] for p in ps)


def texts(p):
    return [p['name']] + [i['basis'] for i in p['inds']]


def cites(p, ref):
    return any(norm(ref) in norm(t) for t in texts(p))


def cites_re(p, pattern):
    return any(re.search(pattern, norm(t)) for t in texts(p))


def anywhere(recs, phrase):
    for p in recs:
        blob = [p['name'], p.get('goal') or ''] + [i['name'] + i['val'] + i['basis'] + (i.get('note') or '')
                                                   for i in p['inds']]
        if any(norm(phrase) in norm(b) for b in blob):
            return True
    return False


def sat(p):
    m = [i for i in p['inds'] if i['l1'] == '满意度指标']
    assert len(m) <= 1
    return m[0]['num'] if m else None


def ind(p, frag):
    m = [i for i in p['inds'] if frag in i['name']]
    assert len(m) == 1, (p['name'], frag)
    return m[0]


def build():
    R = E.renfang()
    F = R['projects']
    S = E.sample()
    Q = []

    def q(store, kind, question, expect, history=None):
        d = {'id': 'q%03d' % (len(Q) + 1), 'question': question, 'store': store, 'kind': kind, 'expect': expect}
        if history:
            d['history'] = list(history)
        Q.append(d)

    def by(recs, frag):
        m = [p for p in recs if frag in p['name']]
        assert len(m) == 1, (frag, [p['name'] for p in m])
        return m[0]

    f = lambda frag: by(F, frag)  # noqa: E731
    tot = sum(p['total'] for p in F)

    # ================================================================== renfang (45)
    ST = 'renfang'
    p = f('警报设施')
    q(ST, 'lookup', '人防警报设施维护及升级改造经费2025年安排了多少万元？', {'projects': [p['code']], 'value': r4(p['total'])})
    p = f('指挥信息系统')
    assert p['unit'] == '元'
    q(ST, 'lookup-yuan', '人防指挥信息系统运维经费一共是多少元？', {'projects': [p['code']], 'value': r4(p['total_raw'])})
    p = f('工程维护管理')
    p = f('物资储备')
    assert p['org'] == '邯郸市峰峰矿区人防工程管理站'
    q(ST, 'lookup-unit', '防护器材更新购置那个项目是哪个单位在实施啊', {'projects': [p['code']], 'contains': ['人防工程管理站']})
    p = f('工程维护管理')
    assert p['period'] == '2024年—2026年'
    p = f('警报设施')
    q(ST, 'lookup-indicator', '今年计划维护多少台防空警报器？', {'projects': [p['code']], 'value': ind(p, '维护防空警报器')['num']})
    p = f('疏散基地')
    i = ind(p, '主体建设完成时间')
    assert i['nat'] == '定性'
    p = f('物资储备')
    q(ST, 'lookup-unit-cost', '单套防护器材的购置成本控制在多少元以内？', {'projects': [p['code']],
      'value': ind(p, '单套防护器材')['num']})

    s = [x for x in F if x['total'] >= 100]
    s = [x for x in F if x['total'] < 50]
    assert any(x['unit'] == '元' for x in s)
    q(ST, 'threshold', '哪些项目不足50万元？', {'projects': codes(s)})
    s = [x for x in F if x['fin'] > 200]
    assert any(x['fin'] == 200 for x in F)
    q(ST, 'threshold', '财政拨款超过两百万的项目', {'projects': codes(s)})
    s = [x for x in F if 40 <= x['total'] <= 80]
    q(ST, 'range', '老师好，我刚到人防办财务岗，想整理一下资金总额在40万到80万元之间（两头都算）的项目，能帮我列一下吗？',
      {'projects': codes(s)})
    s = [x for x in F if sat(x) is not None and sat(x) >= 90]
    s = [x for x in F if sat(x) is not None and sat(x) < 90]
    q(ST, 'threshold', '满意度指标值低于90%的是哪些项目？没设满意度的不算。', {'projects': codes(s)})
    s = [x for x in F if x['other'] > 0]
    q(ST, 'count', '有其他资金来源的项目有几个？', {'projects': codes(s), 'value': len(s)})
    q(ST, 'count-rows', '人防办这些项目一共设了多少条三级绩效指标？', {'value': sum(len(x['inds']) for x in F)})
    p = f('工程维护管理')
    s = [x for x in F if x['org'] == '邯郸市峰峰矿区人防指挥信息保障中心']
    v = [sat(x) for x in F if sat(x) is not None]
    assert len(v) < len(F)
    q(ST, 'mean', '设了满意度指标的项目，满意度目标平均是多少（%）？', {'value': r4(sum(v) / len(v))})
    top = sorted(F, key=lambda x: -x['total'])
    assert top[2]['total'] > top[3]['total'] and top[-2]['total'] < top[-3]['total']
    q(ST, 'top-n', '资金规模排前三的是哪几个项目？', {'projects': codes(top[:3])})
    q(ST, 'bottom-n', '钱最少的俩项目是哪俩', {'projects': codes(top[-2:])})
    p = f('疏散基地')
    q(ST, 'share', '疏散基地建设补助资金占全部项目资金的百分之几？', {'projects': [p['code']], 'value': r4(p['total'] / tot * 100)})
    a, b = f('工程维护管理'), f('指挥所运行')
    q(ST, 'difference', '人防工程维护管理经费比人防指挥所运行维护经费多出多少万元？',
      {'projects': codes([a, b]), 'value': r4(a['total'] - b['total'])})
    a, b = f('警报设施'), f('宣传教育')
    q(ST, 'ratio', '警报设施维护经费是宣传教育经费的几倍？', {'projects': codes([a, b]), 'value': r4(a['total'] / b['total'])})
    p = f('宣传教育')
    q(ST, 'per-head', '宣传教育经费按计划受众人次平均，每人次合多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / ind(p, '受众人次')['num'])})
    p = f('工程维护管理')
    p = f('疏散基地')
    q(ST, 'spending-plan-quarter', '疏散基地建设补助资金第二季度计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['plan'][2])})
    p = f('工程维护管理')
    q(ST, 'spending-plan-cum', '人防工程维护管理经费到9月底累计计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['cum'][9])})
    p = f('指挥信息系统')
    q(ST, 'spending-plan-yuan', '指挥信息系统运维经费上半年一共计划支出多少元？',
      {'projects': [p['code']], 'value': r4(p['plan_raw'][0] + p['plan_raw'][1])})
    w = [x for x in F if x['plan']]
    s = [x for x in w if x['plan'][1] < 0.15 * x['total']]
    assert any(0.15 * x['total'] < x['plan'][1] < 0.16 * x['total'] for x in w)
    q(ST, 'spending-plan-condition', '一季度计划支出不到全年资金15%的项目有哪些？', {'projects': codes(s)})
    s = [x for x in w if x['cum'][6] >= 0.5 * x['total']]
    s = [x for x in w if x['plan'][3] == 0]
    q(ST, 'spending-plan-sum', '所有报了支出计划的项目，三季度当季计划支出合计多少万元？',
      {'value': r4(sum(x['plan'][3] for x in w))})
    s = [x for x in F if not x['plan']]
    q(ST, 'lacking-plan', '哪个项目没有编报支出计划？', {'projects': codes(s)})
    s = [x for x in F if sat(x) is None]
    q(ST, 'lacking', '有没有项目没设满意度指标', {'projects': codes(s)})
    s = [x for x in F if not any(i['name'] == '项目总成本' for i in x['inds'])]
    q(ST, 'lacking', '请核查：哪些项目没有设置“项目总成本”这条成本指标？', {'projects': codes(s)})
    s = [x for x in F if cites(x, '冀人防〔2024〕12号')]
    assert len({t for x in s for t in texts(x) if '12号' in t and '冀人防' in t}) >= 3
    q(ST, 'policy-ref', '冀人防〔2024〕12号被哪些项目作为设定依据？', {'projects': codes(s)})
    s = [x for x in F if cites(x, '邯人防字(2025)3号')]
    q(ST, 'partial-ref', '哪些项目拿邯人防字2025年3号文件当依据', {'projects': codes(s)})
    s = [x for x in F if cites(x, '峰人防〔2024〕15号')]
    assert len(s) == 1 and '峰人防〔2024〕15号' in s[0]['name']
    q(ST, 'ref-in-name', '峰人防〔2024〕15号对应的是哪个项目？资金多少？', {'projects': codes(s), 'value': r4(s[0]['total'])})
    s = [x for x in F if cites_re(x, r'人民防空法')]
    assert any(cites(x, '《人民防空法》') for x in s)
    assert any(re.search(r'(?<!《)(?<!〈)中华人民共和国人民防空法', t) for x in s for t in texts(x))
    q(ST, 'law', '哪些项目的依据里引用了人民防空法？全称、简称，带不带书名号都算。', {'projects': codes(s)})
    s = [x for x in F if cites(x, '政府采购法')]
    assert any(re.search(r'(?<![《华])政府采购法', t) for x in s for t in texts(x))
    q(ST, 'law', '设定依据提到政府采购法的项目有哪些？', {'projects': codes(s)})
    s = [x for x in F if cites(x, '峰政办〔2024〕28号') or cites(x, '冀人防办〔2024〕8号')]
    q(ST, 'or', '引用了峰政办〔2024〕28号或者冀人防办〔2024〕8号的项目都有哪些？', {'projects': codes(s)})
    s = [x for x in F if x['org'] != '邯郸市峰峰矿区人民防空办公室（本级）']
    q(ST, 'exclusion', '除了人防办本级实施的项目，其余项目资金合计是多少万元？',
      {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))})
    p = top[0]
    q(ST, 'chain', '资金最多的那个项目，满意度目标定的是多少？', {'projects': [p['code']], 'contains': ['%g%%' % sat(p)]})
    hi = max((x for x in F if sat(x) is not None), key=sat)
    assert sum(1 for x in F if sat(x) == sat(hi)) == 1
    s = [x for x in F if x['attr'] == '新增项目']
    q(ST, 'follow-up', '它们的其他资金加起来是多少万元？', {'projects': codes(s), 'value': r4(sum(x['other'] for x in s))},
      history=['今年新增的项目有哪些？'])
    p = f('专业队伍训练')
    q(ST, 'follow-up', '那演练要求什么时候完成？', {'projects': [p['code']], 'contains': [ind(p, '演练完成时间')['val']]},
      history=['人防专业队伍训练及演练经费安排了多少钱？'])
    q(ST, 'follow-up', '第二个的财政拨款是多少？', {'projects': [top[1]['code']], 'value': r4(top[1]['fin'])},
      history=['按资金从多到少排，前三个项目是哪些？'])
    sec = [t for t in R['prose'] if '内设' in t][0]
    m = re.search(r'内设(.+?)(\d)个股室', sec)
    units = m.group(1).split('、')
    assert any('双监控' in t for t in R['prose'])
    q(ST, 'descriptive', '保障措施里对绩效运行监控是怎么要求的？', {'contains': ['双监控']})
    p = f('疏散基地')
    assert '和平村' in p['goal'] and '义井' in p['goal']
    p = f('工程维护管理')
    q(ST, 'structure', '人防工程维护管理经费设置了哪些成本指标？',
      {'projects': [p['code']], 'contains': [i['name'] for i in p['inds'] if i['l1'] == '成本指标']})
    # found: false (6)
    q(ST, 'not-found', '人防办2024年的警报设施维护经费是多少？', NF)
    assert not any(cites(x, '冀人防〔2023〕12号') for x in F)
    q(ST, 'not-found', '哪些项目引用了冀人防〔2023〕12号？', NF)
    assert not anywhere(F, '质量监督') and not anywhere(F, '检测')
    q(ST, 'not-found', '人防工程质量监督检测经费安排了多少钱？', NF)
    p = f('指挥所运行')
    assert p['plan'] is None
    q(ST, 'not-found', '人防指挥所运行维护经费一季度计划支出多少？', NF)
    assert not any(cites(x, '峰人防〔2024〕16号') for x in F)
    q(ST, 'not-found', '峰人防〔2024〕16号涉及哪个项目', NF)
    assert not anywhere(F, '三公')
    q(ST, 'not-found', '人防办2025年三公经费预算是多少？', NF)
    assert len(Q) == 45, len(Q)

    # ================================================================== renfang_sample (15)
    ST = 'renfang_sample'
    A = F + S
    q(ST, 'count', '两个单位加起来一共有多少个项目？', {'value': len(A)})
    q(ST, 'scoping-sum', '峰峰矿区人防办的项目资金一共多少万元？', {'value': r4(tot)})
    q(ST, 'scoping-sum', '魏县人社局所有项目的预算数合计是多少万元？', {'value': r4(sum(x['total'] for x in S))})
    big = sorted(A, key=lambda x: -x['total'])
    assert big[0]['total'] > big[1]['total']
    q(ST, 'top-n', '两个部门所有项目里，资金最多的是哪个？', {'projects': [big[0]['code']]})
    s = [x for x in F if x['total'] > 100]
    q(ST, 'scoping', '人防办资金超过100万元的项目有哪些？', {'projects': codes(s)})
    s = [x for x in A if sat(x) is not None and sat(x) >= 90]
    q(ST, 'cross-department', '两个单位里，满意度目标不低于90%的项目有哪些？', {'projects': codes(s)})
    s = [x for x in A if sat(x) is None]
    q(ST, 'cross-department', '两个单位的项目中，哪些没有设置满意度指标？', {'projects': codes(s)})
    a, b = f('工程维护管理'), by(S, '社会保障工作经费')
    q(ST, 'cross-department', '人防办的人防工程维护管理经费比魏县人社局的社会保障工作经费多多少万元？',
      {'projects': codes([a, b]), 'value': r4(a['total'] - b['total'])})
    p = f('宣传教育')
    q(ST, 'scoping', '人防办的宣传教育经费多少钱？', {'projects': [p['code']], 'value': r4(p['total'])})
    s = [x for x in A if cites(x, '冀人社规〔2018〕8号')]
    assert all(x in S for x in s)
    q(ST, 'count', '引用了冀人社规〔2018〕8号的项目有几个？', {'projects': codes(s), 'value': len(s)})
    q(ST, 'cross-sum', '两个单位的项目资金加起来一共多少万元？', {'value': r4(tot + sum(x['total'] for x in S))})
    p = by(S, '公共实训基地')
    q(ST, 'spending-plan', '魏县人社局公共实训基地县级配套到6月底累计计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * p['pct']['6月底'] / 100)})
    lo = min(F, key=lambda x: x['total'])
    s = [x for x in S if x['total'] < lo['total']]
    assert s
    q(ST, 'follow-up', '魏县人社局有没有比它钱还少的项目？是哪些？', {'projects': codes(s)},
      history=['人防办资金最少的项目是哪个？'])
    assert not any('警报' in x['name'] for x in S)
    q(ST, 'not-found', '魏县人社局的人防警报设施维护经费是多少？', NF)
    q(ST, 'not-found', '峰峰矿区人社局2025年有哪些项目？', NF)
    assert len(Q) == 60, len(Q)

    for d in Q:
        pool = {x['code'] for doc in E.STORES[d['store']] for x in (F if doc == 'renfang' else S)}
        for c in d['expect'].get('projects', []):
            assert c in pool, (d['id'], c)
    return Q


def main():
    Q = build()
    with open(OUT, 'w', encoding='utf-8') as fh:
        for d in Q:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('wrote', OUT, len(Q), 'questions')


if __name__ == '__main__':
    main()
