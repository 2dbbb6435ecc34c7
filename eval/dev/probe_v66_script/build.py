"""Hand-written questions; every expected value, project set and count computed from the records that extract.py
parses out of eval/dev/docs/gongxiao-2025.docx and the sample .docx. Writes eval/dev/probe_v66.jsonl."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract

DEV = os.path.join(HERE, '..')
R = os.path.join(DEV, '..', '..')
G, SUMMARY, _ = extract.gongxiao(os.path.join(DEV, 'docs', 'gongxiao-2025.docx'))
S = extract.sample(os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'))
OUT = os.path.join(DEV, 'probe_v66.jsonl')


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m])
    return m[0]


def codes(ps):
    return sorted(p['code'] for p in ps)


def ind(p, frag):
    m = [i for i in p['indicators'] if frag in i['三级指标']]
    assert len(m) == 1, frag
    return m[0]


def sat(p):
    """Satisfaction target in percent, None when the project has no 满意度指标 row."""
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    if not m:
        return None
    v = m[0].get('目标值', m[0].get('指标值'))
    return extract.num(v)


BR = str.maketrans({'【': '〔', '[': '〔', '（': '〔', '(': '〔', '】': '〕', ']': '〕', '）': '〕', ')': '〕'})


def canon(s):
    return (s or '').translate(BR)


def cites(p, ref):
    ref = canon(ref)
    basis = [i.get('指标解释/备注', i.get('指标值确定依据', '')) for i in p['indicators']]
    return ref in canon(p['name']) or any(ref in canon(b) for b in basis)


def r4(x):
    return round(x, 4)


def cum(p, n):
    """Planned spending (万元) from the start of the year to the end of quarter n (own-quarter amounts summed)."""
    return sum(p['plan_w'][:n])


Q = []


def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'question': question}
    if history:
        d['history'] = history
    d['expect'] = expect
    d['store'] = store
    d['kind'] = kind
    Q.append(d)


NF = {'found': False}
ST = 'gongxiao'
g = lambda f: by(G, f)
TOT = sum(p['wan'] for p in G)
BEN = '邯郸市永年区供销合作社联合社（本级）'
PLANNED = [p for p in G if p['plan']]

# ---------------- gongxiao (45) ----------------
p = g('冷链物流'); q(ST, 'lookup', '冷链物流那个补助项目今年一共安排了多少钱？', {'projects': [p['code']], 'value': p['wan']})
p = g('农资储备'); q(ST, 'money-part', '农资储备及化肥淡季储备补贴里，上级转移支付是多少万元？', {'projects': [p['code']], 'value': p['up_w']})
p = g('再生资源'); assert p['mu'] == '元'
q(ST, 'lookup', '再生资源回收网点建设经费的年度资金总额是多少元？', {'projects': [p['code']], 'value': p['total']})
p = g('庄稼医院'); q(ST, 'lookup-unit', '庄稼医院运营补贴是哪个单位具体实施的？', {'projects': [p['code']], 'contains': [p['unit_org']]})
p = g('恢复重建'); q(ST, 'lookup', '基层供销社恢复重建项目要求在什么时间之前完成？',
                    {'projects': [p['code']], 'contains': [ind(p, '完成时间')['目标值'].rstrip('前')]})
p = g('电子商务'); q(ST, 'lookup', '供销e家电商站点运营补助对行政村站点覆盖定的目标是什么？',
                    {'projects': [p['code']], 'contains': [ind(p, '站点覆盖')['目标值']]})
q(ST, 'threshold', '年度资金总额在150万元及以上的项目有哪些？', {'projects': codes(x for x in G if x['wan'] >= 150)})
q(ST, 'threshold', '哪些项目的资金不足50万元？', {'projects': codes(x for x in G if x['wan'] < 50)})
q(ST, 'threshold', '满意度目标达到百分之九十及以上的项目是哪些？',
  {'projects': codes(x for x in G if sat(x) is not None and sat(x) >= 90)})
q(ST, 'threshold', '满意度要求定得低于九成的有哪几个项目？',
  {'projects': codes(x for x in G if sat(x) is not None and sat(x) < 90)})
s = [x for x in G if x['own_w'] > 0]
q(ST, 'count', '有几个项目用到了单位自有资金？', {'projects': codes(s), 'value': len(s)})
q(ST, 'sum', '九个项目的财政拨款加起来一共多少万元？', {'value': r4(sum(x['fin_w'] for x in G))})
s = [x for x in G if x['unit_org'] == BEN]
q(ST, 'lookup-unit', '由联合社本级实施的项目，资金合计是多少万元？', {'projects': codes(s), 'value': r4(sum(x['wan'] for x in s))})
q(ST, 'mean', '平均下来每个项目的年度资金总额是多少万元？', {'value': r4(TOT / len(G))})
sv = [sat(x) for x in G if sat(x) is not None]
q(ST, 'mean', '设了满意度指标的项目，满意度目标平均是百分之多少？', {'value': r4(sum(sv) / len(sv))})
p = g('冷链物流'); q(ST, 'share', '冷链物流补助资金占全部项目资金总额的比例是多少？', {'projects': [p['code']], 'value': r4(p['wan'] / TOT * 100)})
a, b = g('农资储备'), g('庄稼医院')
q(ST, 'difference', '农资储备补贴比庄稼医院运营补贴多出多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
top = sorted(G, key=lambda x: -x['wan'])
assert top[2]['wan'] > top[3]['wan'] and top[-2]['wan'] < top[-3]['wan']
q(ST, 'top-n', '资金规模排前三的是哪几个项目？', {'projects': codes(top[:3])})
q(ST, 'bottom-n', '年度资金总额最少的两个项目是哪两个？', {'projects': codes(top[-2:])})
p = g('农资储备'); q(ST, 'spending-plan', '农资储备补贴第一季度计划支出多少万元？', {'projects': [p['code']], 'value': r4(p['plan_w'][0])})
p = g('冷链物流'); q(ST, 'spending-plan', '冷链物流项目截至6月底累计计划支出多少万元？', {'projects': [p['code']], 'value': r4(cum(p, 2))})
p = g('再生资源'); q(ST, 'spending-plan', '再生资源回收网点项目上半年计划支出多少元？', {'projects': [p['code']], 'value': r4(sum(p['plan'][:2]))})
q(ST, 'spending-plan', '有季度支出计划的项目，到三季度末累计计划支出合计多少万元？', {'value': r4(sum(cum(x, 3) for x in PLANNED))})
q(ST, 'spending-plan-condition', '一季度计划支出不少于30万元的项目有哪些？',
  {'projects': codes(x for x in PLANNED if x['plan_w'][0] >= 30)})
q(ST, 'lacking', '哪个项目没有编制分季度支出计划？', {'projects': codes(x for x in G if not x['plan'])})
q(ST, 'spending-plan-condition', '第四季度当季计划支出超过40万元的是哪些项目？',
  {'projects': codes(x for x in PLANNED if x['plan_w'][3] > 40)})
q(ST, 'policy-ref', '哪些项目引用了冀供销〔2024〕15号？', {'projects': codes(x for x in G if cites(x, '冀供销〔2024〕15号'))})
q(ST, 'partial-ref', '依据里引用过邯供字文件的项目有哪些？', {'projects': codes(x for x in G if cites(x, '邯供字'))})
q(ST, 'partial-ref', '2025年3号文涉及哪些项目？', {'projects': codes(x for x in G if cites(x, '〔2025〕3号'))})
q(ST, 'law', '哪些项目把《农民专业合作社法》作为指标依据？', {'projects': codes(x for x in G if cites(x, '农民专业合作社法'))})
s = [x for x in G if cites(x, '邯财农【2024】112号')]
assert len(s) == 1
q(ST, 'policy-ref', '邯财农【2024】112号下达的那个项目资金是多少万元？', {'projects': codes(s), 'value': s[0]['wan']})
q(ST, 'policy-ref', '永政办字〔2024〕27号涉及哪些项目？', {'projects': codes(x for x in G if cites(x, '永政办字〔2024〕27号'))})
s = [x for x in G if x['unit_org'] != BEN]
q(ST, 'exclusion', '除了联合社本级实施的项目，其余项目的上级转移支付合计多少万元？', {'projects': codes(s), 'value': r4(sum(x['up_w'] for x in s))})
q(ST, 'and', '既有上级转移支付又有单位自有资金的项目是哪些？', {'projects': codes(x for x in G if x['up_w'] > 0 and x['own_w'] > 0)})
q(ST, 'lacking', '哪个项目没有设置满意度指标？', {'projects': codes(x for x in G if sat(x) is None)})
p = g('合作社规范提升'); q(ST, 'follow-up', '它的人均培训成本上限是多少元？', {'projects': [p['code']], 'value': extract.num(ind(p, '人均培训成本')['目标值'])},
                       history=['农民专业合作社规范提升及培训经费安排了多少钱？'])
p = g('冷链物流'); q(ST, 'follow-up', '这个项目第二季度计划支出多少万元？', {'projects': [p['code']], 'value': r4(p['plan_w'][1])},
                    history=['哪个项目要购置冷藏车？'])
p = g('庄稼医院'); q(ST, 'count-rows', '庄稼医院运营补贴一共设了几条绩效指标？', {'projects': [p['code']], 'value': len(p['indicators'])})
p = g('再生资源'); q(ST, 'per-unit', '再生资源回收网点建设经费平均到每个新建网点是多少元？',
                    {'projects': [p['code']], 'value': r4(p['total'] / extract.num(ind(p, '回收网点')['目标值']))})
q(ST, 'not-found', '永年区供销社2024年的基层供销社恢复重建补助资金是多少？', NF)
q(ST, 'not-found', '邯郸市永年区商务局有哪些项目？', NF)
q(ST, 'not-found', '哪些项目引用了冀供销〔2023〕15号？', NF)
q(ST, 'not-found', '棉花收购加工补贴安排了多少钱？', NF)
q(ST, 'not-found', '邯供字〔2025〕8号涉及哪些项目？', NF)
q(ST, 'not-found', '供销社今年的三公经费预算是多少？', NF)
assert len(Q) == 45, len(Q)

# ---------------- gongxiao_sample (15) ----------------
CS = 'gongxiao_sample'
q(CS, 'count', '永年区供销社和魏县人社局加起来一共有多少个项目？', {'value': len(G) + len(S)})
p = g('安全生产'); q(CS, 'scoping', '永年区供销社的安全生产专项经费是多少万元？', {'projects': [p['code']], 'value': p['wan']})
p = by(S, '社会保障工作经费'); q(CS, 'scoping', '魏县人社局的社会保障工作经费预算是多少？', {'projects': [p['code']], 'value': p['wan']})
a, b = g('冷链物流'), by(S, '公共实训基地')
q(CS, 'cross-department', '永年供销社的冷链物流补助资金比魏县人社局公共实训基地县级配套多多少万元？',
  {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
allp = sorted(G + S, key=lambda x: -x['wan'])
assert allp[0]['wan'] > allp[1]['wan']
q(CS, 'top-n', '两个单位的所有项目里，资金最多的是哪个项目？', {'projects': codes(allp[:1])})
ref = by(S, '劳务派遣')
q(CS, 'comparator', '永年区供销社哪些项目的年度资金总额高于魏县人社局劳务派遣人员工资的预算数？',
  {'projects': codes(x for x in G if x['wan'] > ref['wan'])})
p = by(S, '公共实训基地'); q(CS, 'spending-plan', '魏县人社局公共实训基地县级配套到6月底累计计划支出多少万元？',
                           {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['6月底'] / 100)})
p = g('农资储备'); q(CS, 'spending-plan', '永年区供销社农资储备补贴前三个季度计划支出合计多少万元？', {'projects': [p['code']], 'value': r4(cum(p, 3))})
q(CS, 'scoping', '永年区供销社满意度目标不低于90%的项目有哪些？', {'projects': codes(x for x in G if sat(x) is not None and sat(x) >= 90)})
s = [x for x in G + S if cites(x, '冀财社【2024】136号')]
assert s and all(x in S for x in s)
q(CS, 'policy-ref', '引用了冀财社【2024】136号的项目有哪些？', {'projects': codes(s)})
s = [x for x in G + S if cites(x, '安全生产法')]
q(CS, 'law', '以《中华人民共和国安全生产法》为依据的项目有哪些？', {'projects': codes(s)})
s = [x for x in G if x['own_w'] > 0]
q(CS, 'count', '永年区供销社有几个项目用到了单位自有资金？', {'projects': codes(s), 'value': len(s)})
q(CS, 'follow-up', '永年区供销社有哪些项目的资金比它少？', {'projects': codes(x for x in G if x['wan'] < ref['wan'])},
  history=['魏县人社局的劳务派遣人员工资预算是多少？'])
q(CS, 'not-found', '魏县供销合作社联合社有哪些项目？', NF)
q(CS, 'not-found', '永年区人社局的社会保障工作经费是多少？', NF)
assert len(Q) == 60, len(Q)

if __name__ == '__main__':
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('wrote', os.path.normpath(OUT), len(Q))
