"""Hand-written questions; every expected value, project set and count is computed from the records extract.py
reads back out of eval/dev/docs/xinfang-2025.pdf (pdfplumber) and the sample .docx (python-docx)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract

DEV = os.path.join(HERE, '..')
ROOT = os.path.join(DEV, '..', '..')
PDF = os.path.join(DEV, 'docs', 'xinfang-2025.pdf')
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
OUT = os.path.join(DEV, 'probe_v64.jsonl')

X = extract.xinfang(PDF)['projects']
S = extract.sample(SAMPLE)


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m])
    return m[0]


def codes(ps): return sorted(p['code'] for p in ps)


def ind(p, frag):
    m = [i for i in p['indicators'] if frag in i['l3']]
    assert len(m) == 1, (p['name'], frag)
    return m[0]


def sat(p):
    m = [i for i in p['indicators'] if i['l1'] == '满意度指标']
    return m[0]['num'] if m else None


BR = str.maketrans({'〔': '(', '〕': ')', '[': '(', ']': ')', '（': '(', '）': ')', '【': '(', '】': ')'})


def norm(s): return (s or '').translate(BR)


def cites(p, ref):
    """ref appears in the project name or an indicator's basis column, whatever bracket either uses."""
    r = norm(ref)
    return r in norm(p['name']) or any(r in norm(i['basis']) for i in p['indicators'])


def r4(x): return round(x, 4)


Q = []


def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'question': question}
    if history: d['history'] = history
    d['expect'] = expect; d['store'] = store; d['kind'] = kind
    Q.append(d)


NF = {'found': False}
XS = 'xinfang'
x = lambda f: by(X, f)
tot = sum(p['wan'] for p in X)

# ------------------------------------------------------------------ xinfang (45)
p = x('积案化解专项')
q(XS, 'lookup', '信访积案化解专项资金2025年一共安排了多少钱？', {'projects': [p['code']], 'value': p['wan']})
q(XS, 'lookup-carryover', '积案化解那个项目里，上年结转过来的资金有多少万元？', {'projects': [p['code']], 'value': p['carry_w']})
p = x('法律顾问')
q(XS, 'lookup-unit', '信访法律顾问和第三方力量参与化解的服务经费，是哪个单位具体实施的？',
  {'projects': [p['code']], 'contains': ['人民来访接待中心']})
assert p['org'] == '邯郸市邯山区人民来访接待中心'
p = x('积案化解专项')
q(XS, 'lookup-period', '信访积案化解专项资金的项目期限是从哪年到哪年？', {'projects': [p['code']], 'contains': ['2024', '2026']})
assert p['period'] == '2024年—2026年'
p = x('网上信访信息系统')
q(XS, 'lookup-yuan', '网上信访信息系统运维及升级改造经费的年度资金总额是多少元？', {'projects': [p['code']], 'value': p['total']})
assert p['mu'] == '元'
p = x('接待中心运行')
q(XS, 'lookup-indicator', '来访接待中心今年计划接待来访群众多少人次？',
  {'projects': [p['code']], 'value': ind(p, '接待人次')['num']})
p = x('积案化解专项')
q(XS, 'lookup-text', '积案化解工作要求在什么时间之前完成？',
  {'projects': [p['code']], 'contains': [ind(p, '完成时间')['val']]})

s = [y for y in X if y['wan'] >= 100]
q(XS, 'threshold', '年度资金总额在100万元以上的项目有哪些？', {'projects': codes(s)})
s = [y for y in X if y['wan'] < 50]
q(XS, 'threshold', '哪些项目的资金不足五十万元？', {'projects': codes(s)})
s = [y for y in X if sat(y) is not None and sat(y) >= 90]
q(XS, 'threshold', '满意度目标达到九成及以上的项目有哪几个？', {'projects': codes(s)})
s = [y for y in X if sat(y) is not None and sat(y) < 88]
q(XS, 'threshold', '满意度指标值低于88%的是哪些项目？', {'projects': codes(s)})
s = [y for y in X if y['carry'] > 0]
q(XS, 'count', '有多少个项目带着上年结转资金？', {'projects': codes(s), 'value': len(s)})
q(XS, 'sum', '所有项目的上年结转加在一起是多少万元？', {'value': r4(sum(y['carry_w'] for y in X))})
q(XS, 'mean', '平均下来，每个项目的年度资金总额是多少万元？', {'value': r4(tot / len(X))})
p = x('积案化解专项')
q(XS, 'share', '积案化解专项资金占全局项目资金总额的比重是多少？（百分比）',
  {'projects': [p['code']], 'value': r4(p['wan'] / tot * 100)})
a, b = x('规范化建设'), x('接待中心运行')
q(XS, 'difference', '基层信访规范化建设补助资金比来访接待中心运行保障经费多出多少万元？',
  {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
top = sorted(X, key=lambda y: -y['wan'])
assert top[2]['wan'] > top[3]['wan'] and top[-2]['wan'] < top[-3]['wan']
q(XS, 'top-n', '资金规模排在前三位的是哪几个项目？', {'projects': codes(top[:3])})
q(XS, 'bottom-n', '钱最少的两个项目分别是哪两个？', {'projects': codes(top[-2:])})
p = x('接待中心运行')
q(XS, 'per-head', '来访接待中心的运行保障经费，平均到每接待一人次来访群众大约是多少元？',
  {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / ind(p, '接待人次')['num'])})
p = x('积案化解专项')
q(XS, 'spending-plan', '积案化解专项资金到二季度末累计计划支出多少万元？',
  {'projects': [p['code']], 'value': r4(p['wan'] * p['pct']['6月底'] / 100)})
p = x('法律顾问')
q(XS, 'spending-plan', '法律顾问服务那个项目，三季度末累计应该支出多少钱（万元）？',
  {'projects': [p['code']], 'value': r4(p['wan'] * p['pct']['9月底'] / 100)})
p = x('网上信访信息系统')
q(XS, 'spending-plan-yuan', '网上信访系统运维经费一季度末计划累计支出多少元？',
  {'projects': [p['code']], 'value': r4(p['total'] * p['pct']['3月底'] / 100)})
w = [y for y in X if y['pct']]
q(XS, 'spending-plan-sum', '把有资金支出进度的项目加起来，截至9月底累计计划支出多少万元？',
  {'value': r4(sum(y['wan'] * y['pct']['9月底'] / 100 for y in w))})
s = [y for y in w if y['pct']['3月底'] < 20]
q(XS, 'spending-plan-condition', '第一季度末累计支出进度低于20%的项目有哪些？', {'projects': codes(s)})
s = [y for y in X if not y['pct']]
q(XS, 'lacking-plan', '哪个项目没有填报资金支出进度？', {'projects': codes(s)})
s = [y for y in X if sat(y) is None]
q(XS, 'lacking', '有没有项目没设满意度指标？是哪个？', {'projects': codes(s)})
s = [y for y in X if cites(y, '冀信访〔2024〕9号')]
q(XS, 'policy-ref', '冀信访〔2024〕9号文件被哪些项目作为指标依据？', {'projects': codes(s)})
s = [y for y in X if cites(y, '邯信联')]
q(XS, 'partial-ref', '拿邯信联的文件做依据的项目有哪些？', {'projects': codes(s)})
s = [y for y in X if cites(y, '〔2024〕15号')]
q(XS, 'partial-ref', '2024年15号文件对应的是哪个项目？', {'projects': codes(s)})
s = [y for y in X if cites(y, '政府采购法')]
q(XS, 'law', '哪些项目引用了《政府采购法》？', {'projects': codes(s)})
s = [y for y in X if not cites(y, '《信访工作条例》')]
q(XS, 'exclusion', '有哪些项目没有引用《信访工作条例》？', {'projects': codes(s)})
s = [y for y in X if cites(y, '冀信访〔2024〕9号') and cites(y, '邯信联〔2025〕2号')]
q(XS, 'and', '既引用了冀信访〔2024〕9号、又引用了邯信联〔2025〕2号的项目是哪些？', {'projects': codes(s)})
s = [y for y in X if y['org'] == '邯郸市邯山区网上信访服务中心']
q(XS, 'lookup-unit-sum', '网上信访服务中心负责实施的项目，资金加起来一共多少万元？',
  {'projects': codes(s), 'value': r4(sum(y['wan'] for y in s))})
s = [y for y in X if y['attr'] == '新增项目']
q(XS, 'filter', '今年新增的项目有哪几个？', {'projects': codes(s)})
p = x('积案化解专项')
q(XS, 'count-rows', '积案化解专项资金一共设了多少条三级指标？', {'projects': [p['code']], 'value': len(p['indicators'])})
p = x('规范化建设')
q(XS, 'structure', '基层信访规范化建设补助资金设置了哪些成本指标？',
  {'projects': [p['code']], 'contains': [i['l3'] for i in p['indicators'] if i['l1'] == '成本指标']})
p = x('领导干部接访')
q(XS, 'follow-up', '那它的包案事项化解率要达到多少？',
  {'projects': [p['code']], 'contains': [ind(p, '包案事项化解率')['val'].lstrip('≥=')]},
  history=['领导干部接访下访及信访包案工作经费安排了多少钱？'])
p = x('督查督办')
q(XS, 'follow-up', '这个项目有多少上年结转资金？', {'projects': [p['code']], 'value': p['carry_w']},
  history=['信访督查督办及信访形势分析研判经费由哪个单位负责？'])
ref = x('接待中心运行')
s = [y for y in X if y['wan'] > ref['wan']]
q(XS, 'comparator', '资金总额比人民来访接待中心运行保障经费高的项目有哪些？', {'projects': codes(s)})
s = [y for y in X if 50 <= y['wan'] <= 200]
q(XS, 'range', '年度资金总额介于50万元和200万元之间的项目是哪些？', {'projects': codes(s)})
q(XS, 'not-found', '邯山区信访局2024年的信访积案化解专项资金是多少？', NF)
q(XS, 'not-found', '哪些项目引用了冀信访〔2023〕9号？', NF)
q(XS, 'not-found', '信访网格员补贴经费安排了多少钱？', NF)
q(XS, 'not-found', '信访局2025年的三公经费预算是多少？', NF)
q(XS, 'not-found', '邯信联〔2025〕5号涉及哪些项目？', NF)
assert len(Q) == 45, len(Q)

# ------------------------------------------------------------------ xinfang_sample (15)
CS = 'xinfang_sample'
A = X + S
q(CS, 'count', '邯山区信访局和魏县人社局加起来一共有多少个项目？', {'value': len(A)})
q(CS, 'scoping-sum', '魏县人社局所有项目的预算数合计是多少万元？', {'value': r4(sum(y['wan'] for y in S))})
q(CS, 'scoping-sum', '邯山区信访局的项目资金总额合计是多少万元？', {'value': r4(tot)})
lo = sorted(A, key=lambda y: y['wan'])
assert lo[0]['wan'] < lo[1]['wan']
q(CS, 'bottom-n', '两个部门的全部项目里，资金最少的是哪个？', {'projects': codes(lo[:1])})
a, b = by(S, '公共实训基地'), x('积案化解专项')
q(CS, 'cross-department', '魏县人社局的公共实训基地县级配套比邯山区信访局的信访积案化解专项资金多多少万元？',
  {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
ref = by(S, '社会保障工作经费')
s = [y for y in X if y['wan'] > ref['wan']]
q(CS, 'comparator', '邯山区信访局哪些项目的年度资金总额超过了魏县人社局社会保障工作经费的预算数？', {'projects': codes(s)})
s = [y for y in A if sat(y) is not None and sat(y) >= 90]
q(CS, 'threshold', '两个部门中，满意度目标不低于90%的项目有哪些？', {'projects': codes(s)})
s = [y for y in A if sat(y) is None]
q(CS, 'lacking', '两个单位的项目里，哪些没有设置满意度指标？', {'projects': codes(s)})
p = by(S, '劳务派遣')
q(CS, 'scoping', '魏县人社局的劳务派遣人员工资预算是多少？', {'projects': [p['code']], 'value': p['wan']})
p = by(S, '社会保障工作经费')
q(CS, 'spending-plan', '魏县人社局社会保障工作经费到6月底累计计划支出多少万元？',
  {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['6月底'] / 100)})
s = [y for y in A if cites(y, '冀财社')]
assert all(y in S for y in s)
q(CS, 'partial-ref', '引用了冀财社文件的项目有哪些？', {'projects': codes(s)})
ref = x('接待中心运行')
near = sorted(S, key=lambda y: abs(y['wan'] - ref['wan']))
assert abs(near[0]['wan'] - ref['wan']) < abs(near[1]['wan'] - ref['wan'])
q(CS, 'follow-up', '魏县人社局哪个项目的预算数和它最接近？', {'projects': [near[0]['code']]},
  history=['邯山区信访局的人民来访接待中心运行保障经费是多少？'])
assert not any(cites(y, '《信访工作条例》') for y in S)
q(CS, 'not-found', '魏县人社局有没有哪个项目把《信访工作条例》作为依据？', NF)
q(CS, 'not-found', '邯郸市邯山区司法局2025年有哪些项目？', NF)
q(CS, 'not-found', '魏县信访局的项目支出一共多少钱？', NF)
assert len(Q) == 60, len(Q)

with open(OUT, 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(Q), 'questions ->', OUT)
