"""Check probe_v57.jsonl: ids unique and in order, stores valid, projects in store, values finite, keys known."""
import json, math, collections, unicodedata
import extract as E
rows = [json.loads(l) for l in open('/work/main/eval/dev/probe_v57.jsonl', encoding='utf-8')]
codes = {st: {p['code'] for d in docs for p in E.load(d)} for st, docs in E.STORES.items()}
assert len(rows) == 80, len(rows)
for n, r in enumerate(rows, 1):
    assert r['id'] == f'q{n:03d}', r['id']
    assert set(r) <= {'id', 'store', 'kind', 'question', 'history', 'expect'}, r
    assert r['store'] in codes and r['kind'] and r['question'].strip()
    e = r['expect']; assert e and set(e) <= {'projects', 'value', 'contains', 'found'}, r
    if 'found' in e: assert e == {'found': False}, r
    if 'projects' in e:
        assert e['projects'] and len(set(e['projects'])) == len(e['projects']), r
        assert set(e['projects']) <= codes[r['store']], (r['id'], set(e['projects']) - codes[r['store']])
    if 'value' in e: assert isinstance(e['value'], (int, float)) and math.isfinite(e['value']), r
    for c in e.get('contains', []): assert c and unicodedata.normalize('NFKC', c) == unicodedata.normalize('NFKC', c).strip(), r
    if 'history' in r: assert isinstance(r['history'], list) and all(isinstance(h, str) and h for h in r['history'])
per = collections.Counter(r['store'] for r in rows)
assert all(per[s] >= 6 for s in codes), per
assert len({r['question'] for r in rows}) == 80
print('OK', len(rows), dict(per))
print('found:false', sum(r['expect'] == {'found': False} for r in rows), ' follow-ups', sum('history' in r for r in rows))
print(dict(collections.Counter(r['kind'] for r in rows)))
