"""Check probe_v62: the .txt parses back to exactly the generator's data, the file's structure (pages, running
headers, tables, totals) is sound and reproducible, and the question file is well formed and matches build.py."""
import json, math, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract, make_dangan as M, build as B

ok = True
def check(cond, msg):
    global ok
    if not cond:
        ok = False; print('FAIL', msg)

path = os.path.join(HERE, '..', 'docs', 'dangan-2025.txt')
raw = open(path, 'rb').read()
text = raw.decode('utf-8')
check(text == M.render(), 'file differs from a fresh render (rerun make_dangan.py)')
check(text.endswith('\n') and '\r' not in text, 'line endings')
D = extract.dangan(path)

# ---- parse == generator data ----
check(len(D['projects']) == len(M.P), 'project count')
for i, (p, g) in enumerate(zip(D['projects'], M.P), 1):
    tag = 'project %d' % i
    check(p['seq'] == i, tag + ' sequence')
    for a, b in (('name', 'name'), ('code', 'code'), ('attr', 'attr'), ('unit_org', 'unit'), ('mu', 'mu'), ('use', 'use'), ('goal', 'goal')):
        check(p[a] == g[b], '%s %s: %r != %r' % (tag, a, p[a], g[b]))
    check(p['dept'] == M.DEPT, tag + ' 主管部门')
    check(len(p['code']) == 21, tag + ' code length')
    for a in ('total', 'fin', 'other'):
        check(p[a] == float(g[a]), '%s %s' % (tag, a))
    check(abs(p['total'] - p['fin'] - p['other']) < 1e-6, tag + ' 资金总额 = 财政拨款 + 其他资金')
    if g['plan'] is None:
        check(p['plan'] is None, tag + ' plan should be absent')
    else:
        check(p['plan'] == dict(zip(M.QS, [None if v is None else float(v) for v in g['plan']])), tag + ' plan %r' % p['plan'])
        vals = [v for v in g['plan'] if v is not None]
        check(vals == sorted(vals) and vals[-1] == 100, tag + ' plan cumulative, reaches 100')
    check(p['indicators'] == g['ind'], tag + ' indicators')
    cost = [r for r in p['indicators'] if r['三级指标'] == '项目总成本']
    check(len(cost) == 1 and extract.num(cost[0]['指标值']) == p['total'] and cost[0]['计量单位'] == p['mu'], tag + ' 项目总成本 = 资金总额')
check(sum(len(p['indicators']) for p in D['projects']) == 72, 'indicator rows')
# ---- department totals and summary grid ----
tot = tuple(round(sum(M.wan(g, k) for g in M.P), 2) for k in ('total', 'fin', 'other'))
check(D['totals'] == tot, 'totals sentence %r' % (D['totals'],))
check(D['summary_total'] == tot, 'summary 合计 row %r' % (D['summary_total'],))
check(D['n_projects'] == len(M.P), 'project count in prose')
check(len(D['summary']) == len(M.P), 'summary rows')
for r, g in zip(D['summary'], M.P):
    check(r['项目名称'] == g['name'] and r['项目编码'] == g['code'] and r['实施单位'] == g['unit'], 'summary row %s' % r['序号'])
    check(float(r['资金总额']) == round(M.wan(g, 'total'), 2) and float(r['财政拨款']) == round(M.wan(g, 'fin'), 2), 'summary money %s' % r['序号'])
    check((extract.num(r['其他资金']) or 0.0) == round(M.wan(g, 'other'), 2), 'summary other %s' % r['序号'])
# ---- layout ----
n = len(D['footers'])
check(D['footers'] == [(k, n) for k in range(1, n + 1)] and n >= 5, 'page footers %r' % D['footers'])
check(D['run_head'] == M.RUN_HEAD, 'running header')
check(text.count(M.RUN_HEAD) == n - 1, 'running header on every page after the first')
check(text.count('（续表）') >= 1, 'at least one table continues over a page break')
lines = text.split('\n')
box = [s for s in lines if s and s[0] in '┌├└│']
widths = {M.dw(s) for s in box}
check(len(widths) == 1, 'box lines of one width %r' % widths)
check(all(s.count('│') == 7 for s in box if s.startswith('│')), 'box rows have 6 cells')
check(sum(1 for s in lines if s.startswith('    累计支出\t')) == sum(1 for g in M.P if g['plan']), 'plan rows')
check(any(s.endswith('\t') for s in lines), 'a blank plan cell at the end of a row')
check(text.count('金额单位：元') == 1, 'exactly one project in 元')
check(sum(1 for p in D['projects'] if not any(r['一级指标'] == '满意度指标' for r in p['indicators'])) == 1, 'one project without 满意度')
for br in ('〔', '【', '[', '（'):
    check(any(br in r['指标值设定依据'] and '号' in r['指标值设定依据'] for p in D['projects'] for r in p['indicators']), 'bracket form ' + br)

# ---- questions ----
S = B.S
codes = {'dangan': {p['code'] for p in D['projects']}}
codes['dangan_sample'] = codes['dangan'] | {p['code'] for p in S}
check(len(codes['dangan_sample']) == len(D['projects']) + len(S), 'codes unique across stores')
qpath = os.path.join(HERE, '..', 'probe_v62.jsonl')
Q = [json.loads(s) for s in open(qpath, encoding='utf-8')]
check(Q == B.Q, 'jsonl differs from build.py output (rerun build.py)')
check([d['id'] for d in Q] == ['q%03d' % k for k in range(1, len(Q) + 1)], 'ids')
check(len(Q) == 50, 'question count')
check(sum(d['store'] == 'dangan' for d in Q) == 38 and sum(d['store'] == 'dangan_sample' for d in Q) == 12, 'store counts')
check(sum(d['expect'] == {'found': False} for d in Q) == 7, 'seven not-found')
check(len({d['question'] for d in Q}) == len(Q), 'questions unique')
for d in Q:
    e = d['expect']; t = d['id']
    check(set(d) <= {'id', 'question', 'expect', 'store', 'kind', 'history'}, t + ' keys')
    check(d['store'] in codes, t + ' store')
    check(set(e) <= {'projects', 'value', 'contains', 'found'} and e, t + ' expect keys')
    if 'found' in e:
        check(e == {'found': False}, t + ' found:false alone')
    if 'projects' in e:
        check(e['projects'] and len(set(e['projects'])) == len(e['projects']) and set(e['projects']) <= codes[d['store']], t + ' projects')
        check(e['projects'] == sorted(e['projects']), t + ' projects sorted')
    if 'value' in e:
        check(isinstance(e['value'], (int, float)) and math.isfinite(e['value']), t + ' value')
    if 'contains' in e:
        check(all(isinstance(s, str) and s for s in e['contains']), t + ' contains')
    if 'history' in d:
        check(isinstance(d['history'], list) and all(isinstance(s, str) for s in d['history']), t + ' history')
# not-found questions: the thing asked about is absent from the store
import docx
sample_text = '\n'.join([p.text for p in docx.Document(os.path.join(B.ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')).paragraphs] +
                        [c.text for t in docx.Document(os.path.join(B.ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')).tables
                         for r in t.rows for c in r.cells])
absent = {'q033': ['2024年度部门预算', '2024年部门预算'], 'q034': ['丛台'], 'q035': ['〔2023〕15号'], 'q036': ['展览', '布展', '红色档案'],
          'q037': ['〔2025〕5号'], 'q038': ['三公'], 'q050': ['魏县档案馆']}
for d in Q:
    if d['expect'] == {'found': False}:
        check(d['id'] in absent, d['id'] + ' has an absence check')
        hay = B.norm(text) + (B.norm(sample_text) if d['store'] == 'dangan_sample' else '')
        for w in absent.get(d['id'], []):
            check(B.norm(w) not in hay, '%s: %r occurs in the store' % (d['id'], w))
print('OK' if ok else 'FAILED', len(Q), 'questions;', len(D['projects']), 'projects,', sum(len(p['indicators']) for p in D['projects']), 'indicator rows,', n, 'pages')
sys.exit(0 if ok else 1)
