"""Hand-written questions for probe_v72; every expected value, project set and count is computed from the records
extract.py reads back out of eval/dev/docs/kejifx-2025.pdf (pdfplumber) and the sample .docx (python-docx)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract

DEV = os.path.join(HERE, '..')
ROOT = os.path.join(DEV, '..', '..')
PDF = os.path.join(DEV, 'docs', 'kejifx-2025.pdf')
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
OUT = os.path.join(DEV, 'probe_v72.jsonl')
STORES = {'kejifx': ['kejifx'], 'kejifx_sample': ['kejifx', 'sample']}

K = extract.kejifx(PDF)['projects']
S = extract.sample(SAMPLE)
A = K + S


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m])
    return m[0]


def codes(ps): return sorted(p['code'] for p in ps)


def ind(p, frag):
    m = [i for i in p['inds'] if frag in i['l3']]
    assert len(m) == 1, (p['name'], frag)
    return m[0]


def sat(p):
    m = [i for i in p['inds'] if i['l1'] == '满意度指标']
    return m[0]['num'] if m else None


BR = str.maketrans({'〔': '(', '〕': ')', '[': '(', ']': ')', '（': '(', '）': ')', '【': '(', '】': ')'})


def norm(s): return (s or '').translate(BR)


def cites(p, ref):
    """ref in the project name or any indicator's basis column, whatever bracket either uses."""
    r = norm(ref)
    return r in norm(p['name']) or any(r in norm(i['basis']) for i in p['inds'])


def yuan(p): return p['total'] if p['mu'] == '元' else p['total'] * 10000


def r4(x): return round(x, 4)


Q = []


def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'question': question}
    if history: d['history'] = history
    d['expect'] = expect; d['store'] = store; d['kind'] = kind
    Q.append(d)


def build():
    Q.clear()
    NF = {'found': False}
    KS = 'kejifx'
    k = lambda f: by(K, f)
    tot = sum(p['wan'] for p in K)
    plan = [p for p in K if p['pct'] is not None]

    # ------------------------------------------------------------ kejifx (45)
    p = k('科技创新券')
    q(KS, 'lookup', '科技创新券补助资金2025年安排了多少钱？', {'projects': [p['code']], 'value': p['wan']})
    p = k('农业科技园区')
    assert p['org'] == '邯郸市肥乡区农业科技园区管理服务中心'
    q(KS, 'lookup-unit', '科技局那个农业科技园区的项目，具体是哪个单位实施的？', {'projects': [p['code']], 'contains': ['农业科技园区管理服务中心']})
    p = k('专利资助')
    assert p['mu'] == '元'
    q(KS, 'lookup-yuan', '专利资助及知识产权保护经费的年度资金总额是多少元？', {'projects': [p['code']], 'value': p['total']})
    p = k('科普宣传')
    assert p['pct'] is None
    q(KS, 'not-found-plan', '科普宣传及科技活动周经费到6月底计划累计支出多少？', NF)
    p = k('高新技术企业培育')
    q(KS, 'share', '高新技术企业培育奖补资金里，其他资金占年度资金总额的百分之多少？',
      {'projects': [p['code']], 'value': r4(p['other_w'] / p['wan'] * 100)})
    top = max(K, key=lambda y: y['wan'])
    assert sorted(y['wan'] for y in K)[-2] < top['wan']
    q(KS, 'chain', '资金最多的那个项目，满意度目标定的是多少？', {'projects': [top['code']], 'contains': ['%g%%' % sat(top)]})
    low = min(K, key=lambda y: y['wan'])
    assert sorted(y['wan'] for y in K)[1] > low['wan']
    q(KS, 'argmin', '科技局哪个项目钱最少？多少万元？', {'projects': [low['code']], 'value': low['wan']})
    s = [y for y in K if sat(y) is not None and sat(y) >= 90]
    q(KS, 'threshold', '满意度目标在90%以上的项目有哪些？', {'projects': codes(s)})
    s2 = [y for y in K if sat(y) is not None and sat(y) >= 92]
    q(KS, 'follow-up', '那92%以上的呢', {'projects': codes(s2)}, history=['满意度目标在90%以上的项目有哪些？'])
    s = [y for y in K if sat(y) is not None and sat(y) < 88]
    assert any(sat(y) == 88 for y in K)
    q(KS, 'threshold-excl', '请列出满意度目标不到88%的项目（88%本身不算）。', {'projects': codes(s)})
    s = [y for y in K if sat(y) is None]
    q(KS, 'lacking', '哪些项目没有设置满意度指标？', {'projects': codes(s)})
    s = [y for y in K if y['pct'] is None]
    q(KS, 'lacking-plan', '有没有项目没填资金支出计划的？是哪个', {'projects': codes(s)})
    new = [y for y in K if y['attr'] == '新增项目']
    q(KS, 'attr', '今年科技局的新增项目有哪些？', {'projects': codes(new)})
    q(KS, 'follow-up-sum', '它们的资金加起来是多少万元？', {'projects': codes(new), 'value': r4(sum(y['wan'] for y in new))},
      history=['今年科技局的新增项目有哪些？'])
    s = [y for y in K if cites(y, '冀科规〔2023〕3号')]
    q(KS, 'reference', '哪些项目的指标依据引用了冀科规〔2023〕3号？', {'projects': codes(s)})
    s = [y for y in K if cites(y, '邯科字')]
    q(KS, 'partial-ref', '依据里提到邯科字文件的项目都有哪些', {'projects': codes(s)})
    s = [y for y in K if cites(y, '肥政办〔2024〕27号')]
    assert len(s) == 2
    q(KS, 'reference-name', '涉及肥政办〔2024〕27号的项目有几个？分别是哪些？', {'projects': codes(s), 'value': len(s)})
    s = [y for y in K if any('促进科技成果转化法' in i['basis'] for i in y['inds'])]
    q(KS, 'law', '哪些项目是依据促进科技成果转化法设定指标的？', {'projects': codes(s)})
    s = [y for y in K if any('专利法' in i['basis'] for i in y['inds'])]
    s = [y for y in K if any('中华人民共和国科学技术进步法' in i['basis'] for i in y['inds'])]
    s = [y for y in K if any('统计法' in i['basis'] for i in y['inds'])]
    q(KS, 'law-short', '哪个项目把《统计法》作为依据了？', {'projects': codes(s)})
    assert not any(cites(y, '冀科规〔2024〕3号') for y in K) and any(cites(y, '冀科规〔2023〕3号') for y in K)
    q(KS, 'not-found-ref', '有没有项目引用冀科规〔2024〕3号？', NF)
    assert not any(cites(y, '冀科高〔2024〕9号') for y in K) and any(cites(y, '冀科高〔2024〕8号') for y in K)
    q(KS, 'not-found-ref', '请核查：哪些项目以冀科高〔2024〕9号为依据？', NF)
    p = k('科技特派员')
    i = ind(p, '工作补助')
    n = ind(p, '选派科技特派员人数')['num']
    q(KS, 'per-unit', '科特派项目按选派的特派员人数平均，每人摊多少元？', {'projects': [p['code']], 'value': r4(yuan(p) / n)})
    p = k('专利资助')
    n = ind(p, '资助发明专利授权件数')['num']
    q(KS, 'per-unit', '专利资助经费按资助的发明专利件数算，平均每件多少元？', {'projects': [p['code']], 'value': r4(yuan(p) / n)})
    p = k('科技创新券')
    n = ind(p, '创新券支持企业数量')['num']
    s = [y for y in K if any('2025年11月底前' in i['val'] for i in y['inds'])]
    q(KS, 'deadline', '哪些项目有要求2025年11月底前完成的指标？', {'projects': codes(s)})
    s = [y for y in K if y['attr'] != '新增项目' and y['carry'] > 0]
    assert any(y['attr'] == '新增项目' and y['carry'] > 0 for y in K)
    q(KS, 'except', '除了新增项目以外，还有哪些项目有上年结转资金？', {'projects': codes(s)})
    s = [y for y in K if y['carry'] > 0 or y['other'] > 0]
    q(KS, 'or', '有上年结转或者其他资金的项目有哪些？', {'projects': codes(s)})
    p = k('农业科技园区')
    q(KS, 'plan-amount', '农业科技园区建设补助资金到上半年末累计计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['wan'] * p['pct']['6月底'] / 100)})
    p = k('高新技术企业培育')
    p = k('科技创新券')
    q(KS, 'plan-between', '创新券资金从7月1日到9月底之间计划花多少万？',
      {'projects': [p['code']], 'value': r4(p['wan'] * (p['pct']['9月底'] - p['pct']['6月底']) / 100)})
    s = [y for y in plan if y['pct']['3月底'] == 0]
    s = [y for y in plan if y['pct']['6月底'] < 50]
    assert any(y['pct']['6月底'] == 50 for y in plan)
    q(KS, 'plan-threshold', '上半年末累计支出比例低于50%的项目有哪些？', {'projects': codes(s)})
    q(KS, 'plan-sum', '截至9月底，全局各项目累计计划支出合计多少万元？',
      {'projects': codes(plan), 'value': r4(sum(y['wan'] * y['pct']['9月底'] / 100 for y in plan))})
    q(KS, 'total', '肥乡区科技局2025年项目资金一共多少万元？', {'value': r4(tot)})
    s = [y for y in K if y['org'] == '邯郸市肥乡区科学技术局（本级）']
    q(KS, 'count-org', '局本级自己实施的项目有几个？', {'projects': codes(s), 'value': len(s)})
    s = [y for y in K if y['org'] == '邯郸市肥乡区科技创新服务中心']
    p = k('农业科技园区')
    a, b = k('高新技术企业培育'), k('科技创新券')
    q(KS, 'difference', '高企培育奖补资金比创新券补助资金多多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
    a, b = k('农业科技园区'), k('科技统计')
    q(KS, 'ratio', '园区建设补助资金是科技统计调查那个项目的几倍？', {'projects': codes([a, b]), 'value': r4(a['wan'] / b['wan'])})
    s = [y for y in K if 100 <= y['wan'] <= 300]
    assert any(y['wan'] == 150 for y in s) and any(y['wan'] == 200 for y in s)
    q(KS, 'range', '资金在100万到300万之间（两头都算）的项目有哪些？', {'projects': codes(s)})
    rk = sorted(K, key=lambda y: -y['wan'])
    assert rk[2]['wan'] > rk[3]['wan']
    q(KS, 'top-n', '资金排前三的项目是哪几个？', {'projects': codes(rk[:3])})
    q(KS, 'follow-up-rank', '第二个的满意度目标是多少？', {'projects': [rk[1]['code']], 'contains': ['%g%%' % sat(rk[1])]},
      history=['资金排前三的项目是哪几个？'])
    p = k('农业科技园区')
    mn = min(K, key=lambda y: len(y['inds']))
    assert sorted(len(y['inds']) for y in K)[1] > len(mn['inds'])
    q(KS, 'argmin-ind', '哪个项目设置的绩效指标条数最少？', {'projects': [mn['code']]})
    q(KS, 'not-found-year', '肥乡区科技局2024年度的项目绩效目标有哪些？', NF)
    assert not any('孵化器' in y['name'] for y in K)
    q(KS, 'not-found-project', '科技企业孵化器建设补助的绩效目标是什么？', NF)
    p = k('农业科技园区')
    i = ind(p, '智能温室建设成本')
    q(KS, 'lookup-indicator', '智能温室每亩建设成本控制在多少？', {'projects': [p['code']], 'contains': ['12万元/亩']})
    assert i['val'] == '≤12万元/亩'
    p = k('科技统计')
    assert ind(p, '专家劳务费')['val'].startswith('≤800元')
    s = [y for y in K if '2026' in y['period']]
    s = [y for y in K if y['cat'] == '其他运转类']
    s = [y for y in K if not any(i['l3'] == '项目总成本' for i in y['inds'])]
    q(KS, 'lacking-row', '哪些项目没有设置“项目总成本”这条指标？', {'projects': codes(s)})
    bad = []
    for y in K:
        for i in y['inds']:
            if i['l3'] == '项目总成本':
                v = i['num'] / 10000 if i['val'].endswith('元') and not i['val'].endswith('万元') else i['num']
                if abs(v - y['wan']) > 1e-6: bad.append(y)
    assert not bad
    q(KS, 'not-found-check', '请核查：有没有项目的“项目总成本”指标值与年度资金总额对不上？', NF)
    s = [y for y in K if sat(y) is not None]
    q(KS, 'mean', '设置了满意度指标的项目，满意度目标平均是多少？', {'value': r4(sum(sat(y) for y in s) / len(s))})
    p = k('科技成果转化')
    q(KS, 'follow-up-it', '它的实施单位是哪个？', {'projects': [p['code']], 'contains': ['科技创新服务中心']},
      history=['科技成果转化及技术合同登记服务经费多少钱？'])
    assert p['org'] == '邯郸市肥乡区科技创新服务中心'
    assert len(Q) == 45, len(Q)

    # ------------------------------------------------------------ kejifx_sample (15)
    CS = 'kejifx_sample'
    q(CS, 'count-all', '两个单位加起来一共有多少个项目？', {'value': len(A)})
    q(CS, 'scoped-sum', '肥乡区科技局的项目资金总额是多少万元？', {'value': r4(tot)})
    p = by(S, '社会保障工作经费')
    q(CS, 'scoping', '魏县人社局社会保障工作经费的预算是多少？', {'projects': [p['code']], 'value': p['wan']})
    s = [y for y in A if sat(y) is not None and sat(y) >= 90]
    q(CS, 'threshold', '两个部门里满意度目标不低于90%的项目有哪些？', {'projects': codes(s)})
    s = [y for y in A if sat(y) is None]
    q(CS, 'lacking', '两个单位的项目中，哪些没有设置满意度指标？', {'projects': codes(s)})
    s = [y for y in A if cites(y, '冀科规')]
    assert all(y in K for y in s)
    q(CS, 'partial-ref', '引用了冀科规文件的项目有哪些？', {'projects': codes(s)})
    ref = by(S, '社会保障工作经费')
    s = [y for y in K if y['wan'] > ref['wan']]
    assert any(y['wan'] == ref['wan'] for y in K)
    q(CS, 'comparator', '肥乡区科技局哪些项目的资金超过了魏县人社局社会保障工作经费的预算数？', {'projects': codes(s)})
    s = [y for y in A if y['pct'] and y['pct']['3月底'] == 0]
    q(CS, 'plan-zero', '两个部门中，3月底计划支出进度还是0的项目有哪些？', {'projects': codes(s)})
    p = by(S, '慰问')
    q(CS, 'plan-amount', '魏县人社局那个离退休老干部慰问资金，到6月底计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['wan'] * p['pct']['6月底'] / 100)})
    p = k('专利资助')
    q(CS, 'unit-convert', '科技局的专利资助经费是多少万元？', {'projects': [p['code']], 'value': r4(p['wan'])})
    assert not any(cites(y, '科学技术进步法') for y in S)
    q(CS, 'not-found-dept', '魏县人社局有没有项目把《中华人民共和国科学技术进步法》作为依据？', NF)
    q(CS, 'not-found-dept', '魏县科学技术局2025年有哪些项目？', NF)
    s = [y for y in A if 100 <= y['wan'] <= 200]
    q(CS, 'range', '两个单位里预算在100万元到200万元之间（含两端）的项目有哪些？', {'projects': codes(s)})
    ref = k('科技创新券')
    near = sorted(S, key=lambda y: abs(y['wan'] - ref['wan']))
    assert abs(near[0]['wan'] - ref['wan']) < abs(near[1]['wan'] - ref['wan'])
    q(CS, 'follow-up', '魏县人社局哪个项目的预算和它最接近？', {'projects': [near[0]['code']]},
      history=['肥乡区科技局的科技创新券补助资金是多少？'])
    mk, ms = max(K, key=lambda y: y['wan']), max(S, key=lambda y: y['wan'])
    q(CS, 'argmax-each', '科技局和人社局各自资金最多的项目分别是哪个？', {'projects': codes([mk, ms])})
    assert len(Q) == 60, len(Q)
    return [dict(d) for d in Q]


def main():
    out = build()
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(len(out), 'questions ->', OUT)


if __name__ == '__main__':
    main()
