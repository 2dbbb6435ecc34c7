"""Check heldout_v11.jsonl and the new document's money facts."""
import json, math, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import extract

H = os.path.join(os.path.dirname(__file__), '..')
R = os.path.join(H, '..', '..')
DOC = os.path.join(H, 'docs', 'qiuxian-2025.docx')
C = extract.qiuxian(DOC)
S = extract.sample(os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'))
STORES = {'qiuxian': {p['code'] for p in C}, 'qiuxian_sample': {p['code'] for p in C} | {p['code'] for p in S}}

# document facts
assert len(C) == 10 and len({p['code'] for p in C}) == 10
rows = sum(len(p['indicators']) for p in C); assert 60 <= rows <= 110, rows
for p in C:
    assert abs(p['total'] - p['fin'] - p['other']) < 1e-6, p['name']
    if p['plan']:
        v = [p['plan'][k] for k in ('3月底', '6月底', '9月底', '12月底')]
        assert v == sorted(v) and v[-1] == 100, p['name']
summ = extract.qiuxian_summary(DOC)
body = [r for r in summ[1:] if r[0] != '合计']; total = [r for r in summ if r[0] == '合计'][0]
assert [r[1] for r in body] == [p['name'] for p in C]
for r, p in zip(body, C):
    assert abs(float(r[2]) - p['wan']) < 0.005 and abs(float(r[3]) - p['fin_w']) < 0.005 and abs(float(r[4]) - p['other_w']) < 0.005, p['name']
for k, key in ((2, 'wan'), (3, 'fin_w'), (4, 'other_w')):
    assert abs(float(total[k]) - sum(p[key] for p in C)) < 0.005, (k, total[k])
assert abs(float(total[2]) - float(total[3]) - float(total[4])) < 0.005
assert len(S) == 14 and sum(len(p['indicators']) for p in S) == 101 and abs(sum(p['wan'] for p in S) - 37106.9) < 1e-6

# questions
Q = [json.loads(l) for l in open(os.path.join(H, 'heldout_v11.jsonl'), encoding='utf-8')]
assert len(Q) == 70
ids = [q['id'] for q in Q]
assert ids == ['q%03d' % i for i in range(1, len(Q) + 1)] and len(set(ids)) == len(ids)
assert len({q['question'] for q in Q}) == len(Q)
for q in Q:
    assert set(q) <= {'id', 'store', 'kind', 'question', 'expect', 'history'}, q['id']
    assert q['store'] in STORES and q['kind'] and q['question'], q['id']
    e = q['expect']
    assert e and set(e) <= {'projects', 'value', 'contains', 'found'}, q['id']
    if 'found' in e:
        assert e == {'found': False}, q['id']
    if 'projects' in e:
        assert e['projects'] and len(set(e['projects'])) == len(e['projects']), q['id']
        assert set(e['projects']) <= STORES[q['store']], q['id']
    if 'value' in e:
        assert isinstance(e['value'], (int, float)) and math.isfinite(e['value']), q['id']
    if 'contains' in e:
        assert all(isinstance(s, str) and s for s in e['contains']), q['id']
    if 'history' in q:
        assert isinstance(q['history'], list) and all(isinstance(h, str) and h for h in q['history']), q['id']
nf = sum(1 for q in Q if q['expect'] == {'found': False})
print('ok', len(Q), {s: sum(1 for q in Q if q['store'] == s) for s in STORES}, 'not-found', nf, 'rows', rows)
