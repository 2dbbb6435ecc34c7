"""Check eval/heldout/heldout_v7.jsonl and the money facts of docs/tuiyi-2025.docx.

- every line is JSON with id, question, expect, store, kind (history optional: a list of strings);
- ids unique and in order q001, q002, ...;
- store is one of the known stores; every project code in expect.projects exists in that store;
- expect keys within {projects, value, contains, found}; found only as {"found": false} alone;
- value finite; contains a non-empty list of strings; projects a non-empty list without repeats;
- the new document: 10 projects, 60–80 indicator rows, 资金总额 = 财政拨款 + 其他资金 on every project, the sum of
  the projects equals the total stated in the prose, and each 成本指标 printed as a total equals 资金总额.
"""
import json
import math
import os
import re
import sys

import extract as E

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, '..', 'heldout_v7.jsonl')
KEYS = {'projects', 'value', 'contains', 'found'}


def fail(msg):
    print('FAIL:', msg)
    sys.exit(1)


def check_questions():
    codes = {s: {p['code'] for p in E.load_store(s)} for s in E.STORES}
    seen = set()
    n = 0
    with open(PATH, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            q = json.loads(line)
            n += 1
            for k in ('id', 'question', 'expect', 'store', 'kind'):
                if k not in q:
                    fail(f'line {i}: missing {k}')
            extra = set(q) - {'id', 'question', 'expect', 'store', 'kind', 'history'}
            if extra:
                fail(f'{q["id"]}: unknown fields {extra}')
            if q['id'] != f'q{i:03d}' or q['id'] in seen:
                fail(f'line {i}: id {q["id"]} not unique / not in order')
            seen.add(q['id'])
            if q['store'] not in codes:
                fail(f'{q["id"]}: unknown store {q["store"]}')
            if not isinstance(q['question'], str) or not q['question'].strip():
                fail(f'{q["id"]}: empty question')
            if 'history' in q and (not isinstance(q['history'], list) or not q['history']
                                   or not all(isinstance(h, str) and h for h in q['history'])):
                fail(f'{q["id"]}: bad history')
            ex = q['expect']
            if not ex or set(ex) - KEYS:
                fail(f'{q["id"]}: expect keys {set(ex)}')
            if 'found' in ex:
                if ex != {'found': False}:
                    fail(f'{q["id"]}: found must be false and alone')
                if q['kind'] != 'not-found':
                    fail(f'{q["id"]}: found:false outside kind not-found')
            if 'projects' in ex:
                ps = ex['projects']
                if not isinstance(ps, list) or not ps or len(set(ps)) != len(ps):
                    fail(f'{q["id"]}: bad projects')
                for c in ps:
                    if c not in codes[q['store']]:
                        fail(f'{q["id"]}: code {c} not in store {q["store"]}')
            if 'value' in ex:
                v = ex['value']
                if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                    fail(f'{q["id"]}: bad value {v}')
            if 'contains' in ex:
                c = ex['contains']
                if not isinstance(c, list) or not c or not all(isinstance(s, str) and s for s in c):
                    fail(f'{q["id"]}: bad contains')
    return n


def check_document():
    T = E.load_store('tuiyi')
    if len(T) != 10:
        fail(f'tuiyi: {len(T)} projects')
    rows = sum(len(p['rows']) for p in T)
    if not 60 <= rows <= 80:
        fail(f'tuiyi: {rows} indicator rows')
    for p in T:
        other = p['other'] or 0.0
        if abs(p['total'] - p['fiscal'] - other) > 1e-6:
            fail(f'tuiyi {p["code"]}: 资金总额 != 财政拨款 + 其他资金')
        costs = [r for r in p['rows'] if r['l2'] == '成本指标']
        if not costs:
            fail(f'tuiyi {p["code"]}: no 成本指标')
        totals = [r for r in costs if r['value'].endswith('万元') or (p['money'] == '元' and r['value'].endswith('元')
                                                                    and '万' not in r['value'])]
        totals = [r for r in totals if '人均' not in r['l3']]
        if len(totals) != 1 or abs(E.num(totals[0]['value']) - p['total']) > 1e-6:
            fail(f'tuiyi {p["code"]}: 成本指标 does not equal 资金总额')
    prose = T[0]['prose']
    m = re.search(r'资金合计([\d.]+)万元，其中财政拨款([\d.]+)万元、其他资金([\d.]+)万元', prose)
    if not m:
        fail('tuiyi: prose total not found')
    tot, fis, oth = (float(x) for x in m.groups())
    if abs(sum(p['total_wan'] for p in T) - tot) > 1e-6 or abs(sum(p['fiscal_wan'] for p in T) - fis) > 1e-6 \
            or abs(sum(p['other_wan'] for p in T) - oth) > 1e-6:
        fail('tuiyi: prose totals differ from the projects')
    return rows


if __name__ == '__main__':
    n = check_questions()
    rows = check_document()
    print(f'OK: {n} questions; tuiyi-2025.docx 10 projects, {rows} indicator rows, money facts consistent')
