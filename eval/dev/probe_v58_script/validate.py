"""Check probe_v58.jsonl and cross-check the PDF parse against the generator's source data."""
import json, math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract, make_cixian

HERE = os.path.dirname(os.path.abspath(__file__))
C, DEPT = extract.cixian()
S = extract.sample()

# 1. PDF parse == source data
P = make_cixian.P
assert len(C) == len(P) == 10
for r, p in zip(C, P):
    u, t, f, o, olab = p['money']
    assert (r['name'], r['code'], r['unit_org'], r['attr'], r['leader']) == (p['name'], p['code'], p['unit'], p['attr'], p['leader']), r['name']
    assert (r['money_unit'], r['total'], r['fin'], r['other'], r['other_label']) == (u, t, f, o, olab), r['name']
    assert abs(r['fin'] + r['other'] - r['total']) < 1e-9
    assert (r['plan'] and tuple(r['plan'].values())) == (p['plan'] and p['plan'][1]), r['name']
    assert r['basis'] == p['basis'] and r['use'] == p['use'] and r['goal'] == p['goal'], r['name']
    assert len(r['indicators']) == len(p['inds']), r['name']
    for i, s in zip(r['indicators'], p['inds']):
        got = (i['一级指标'], i['二级指标'], i['指标名称'], i['指标值'], i['计量单位'] or '', i['标准'])
        assert got == s, (got, s)
rows = sum(len(r['indicators']) for r in C)
tot = sum(r['wan'] for r in C)
assert 60 <= rows <= 90 and rows == 77
assert DEPT == (str(len(C)), make_cixian.fmt(tot), make_cixian.fmt(sum(r['fin_w'] for r in C)), make_cixian.fmt(sum(r['other_w'] for r in C)))
assert len(S) == 14 and sum(len(p['indicators']) for p in S) == 101 and abs(sum(p['wan'] for p in S) - 37106.9) < 1e-6

# 2. question file
STORES = {'cixian': {r['code'] for r in C}, 'cixian_sample': {r['code'] for r in C} | {p['code'] for p in S}}
qs = [json.loads(l) for l in open(os.path.join(HERE, '..', 'probe_v58.jsonl'), encoding='utf-8')]
assert [q['id'] for q in qs] == ['q%03d' % i for i in range(1, 51)]
cnt = {}
for q in qs:
    assert set(q) <= {'id', 'store', 'kind', 'question', 'expect', 'history'}, q['id']
    assert q['store'] in STORES and q['question'].strip() and q['kind'], q['id']
    e = q['expect']
    assert e and set(e) <= {'projects', 'value', 'contains', 'found'}, q['id']
    if 'found' in e:
        assert e == {'found': False}, q['id']
    for c in e.get('projects', []):
        assert c in STORES[q['store']], (q['id'], c)
    if 'projects' in e:
        assert e['projects'] and len(set(e['projects'])) == len(e['projects']), q['id']
    if 'value' in e:
        assert isinstance(e['value'], (int, float)) and math.isfinite(e['value']), q['id']
    for h in q.get('history', []):
        assert isinstance(h, str) and h
    cnt[q['store']] = cnt.get(q['store'], 0) + 1
print('ok', len(qs), cnt, 'rows', rows, 'total', round(tot, 2), 'not-found', sum('found' in q['expect'] for q in qs))
