"""Check (1) that the PDF parse (pdfplumber, extract.py) equals the generator's data field by field, the totals
table and totals paragraph agree with the projects, and the sample parses as documented; (2) the question file's
form: ids q001… unique and in order, stores known, expect keys known, project codes present in their store,
values finite, `found: false` alone, history a list of strings. Exit status 1 on any failure."""
import json, math, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract
import make_daming as G

H = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
R = os.path.normpath(os.path.join(H, '..', '..'))
PDF = os.path.join(H, 'docs', 'daming-2025.pdf')
SAMPLE = os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
QF = os.path.join(H, 'heldout_v12.jsonl')

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def cl(s):
    return re.sub(r'\s+', '', s or '')


D, TOT, TXT = extract.daming(PDF)
S = extract.docx_projects(SAMPLE)

# ---- 1. PDF parse == generator data
check(len(D) == len(G.P), 'project count %d != %d' % (len(D), len(G.P)))
for g, p in zip(G.P, D):
    tag = g['name']
    for k_g, k_p in (('name', 'name'), ('code', 'code'), ('cat', 'cat'), ('attr', 'attr'), ('unit', 'org'),
                     ('mu', 'mu'), ('use', 'use'), ('goal', 'goal')):
        check(cl(g[k_g]) == cl(p.get(k_p)), '%s: %s %r != %r' % (tag, k_g, g[k_g], p.get(k_p)))
    for k in ('total', 'fin', 'other'):
        check(cl(g[k]) == cl(p.get(k + '_raw')), '%s: %s printed %r != %r' % (tag, k, g[k], p.get(k + '_raw')))
        check(abs(G.num(g[k]) - p[k]) < 1e-9, '%s: %s value' % (tag, k))
    check(abs(p['total'] - p['fin'] - p['other']) < 1e-6, '%s: total != fin + other' % tag)
    if g['plan']:
        check([cl(x) for x in g['plan']] == [cl(x) for x in p['plan_raw']], '%s: plan %r != %r' % (tag, g['plan'], p['plan_raw']))
        check(sorted(p['plan']) == [3, 6, 9, 12], '%s: plan keys %r' % (tag, p['plan']))
        vals = [p['plan'][m] for m in (3, 6, 9, 12)]
        check(vals == sorted(vals) and vals[-1] == 100, '%s: plan not cumulative to 100%%' % tag)
    else:
        check(not p['plan'] and not p['plan_raw'], '%s: plan should be absent' % tag)
    check(len(g['inds']) == len(p['inds']), '%s: %d indicator rows parsed, %d written' % (tag, len(p['inds']), len(g['inds'])))
    for gi, pi in zip(g['inds'], p['inds']):
        for k, v in zip(('l1', 'l2', 'name', 'value', 'score', 'basis'), gi):
            check(cl(v) == cl(pi.get(k)), '%s / %s: %s %r != %r' % (tag, gi[2], k, v, pi.get(k)))
    # every 项目总成本 row equals the project's money
    for pi in p['inds']:
        if pi['name'] == '项目总成本':
            unit = '元' if p['mu'] == '元' else '万元'
            check(pi['value'] == '≤%s%s' % (('%.2f' % p['total']).rstrip('0').rstrip('.'), unit),
                  '%s: 项目总成本 %s vs %s' % (tag, pi['value'], p['total']))
check(sum(len(p['inds']) for p in D) == sum(len(g['inds']) for g in G.P), 'indicator row total')
check(70 <= sum(len(p['inds']) for p in D) <= 90, 'indicator rows outside 70-90')
check(len({p['code'] for p in D}) == len(D), 'duplicate codes')

# totals table and paragraph
tw = sum(p['wan'] for p in D); tf = sum(p['fin_w'] for p in D); to = sum(p['other_w'] for p in D)
check(len(TOT['rows']) == len(D), 'totals table rows %d' % len(TOT['rows']))
for row, p in zip(TOT['rows'], D):
    check(cl(row['name']) == cl(p['name']) and cl(row['org']) == cl(p['org']), 'totals row name/org %s' % row['name'])
    for k, v in (('total', p['wan']), ('fin', p['fin_w']), ('other', p['other_w'])):
        check(abs(row[k] - round(v, 2)) < 1e-6, 'totals row %s %s %s != %s' % (row['name'], k, row[k], v))
check(TOT['sum'] is not None and all(abs(a - b) < 1e-6 for a, b in zip(TOT['sum'], (tw, tf, to))), 'totals sum %r' % (TOT['sum'],))
t = cl(TXT)
m = re.search(r'资金总额([\d.]+)万元，其中财政资金([\d.]+)万元，其他资金([\d.]+)万元', t)
check(m is not None, 'totals paragraph not found')
if m:
    check(all(abs(float(x) - y) < 1e-6 for x, y in zip(m.groups(), (tw, tf, to))), 'totals paragraph %r' % (m.groups(),))
for w in ('总体目标', '保障措施', '编制单位：' + G.DEPT):
    check(w in t, 'prose lacks %s' % w)

# the sample, as its README states
check(len(S) == 14, 'sample projects %d' % len(S))
check(sum(len(p['inds']) for p in S) == 101, 'sample indicator rows')
check(abs(sum(p['wan'] for p in S) - 37106.9) < 1e-6, 'sample total')

# ---- 2. question file
STORES = {'daming': {p['code'] for p in D}, 'daming_sample': {p['code'] for p in D} | {p['code'] for p in S}}
KEYS = {'projects', 'value', 'contains', 'found'}
n = 0
kinds = {}
per_store = {}
with open(QF, encoding='utf-8') as f:
    for k, line in enumerate(f, 1):
        d = json.loads(line)
        n += 1
        check(d['id'] == 'q%03d' % k, 'id %s at line %d' % (d['id'], k))
        check(d.get('store') in STORES, '%s: store %r' % (d['id'], d.get('store')))
        check(isinstance(d.get('question'), str) and d['question'].strip(), '%s: question' % d['id'])
        e = d['expect']
        check(e and set(e) <= KEYS, '%s: expect keys %r' % (d['id'], set(e)))
        if 'found' in e:
            check(e == {'found': False}, '%s: found:false must stand alone' % d['id'])
        if 'projects' in e:
            check(isinstance(e['projects'], list) and e['projects'], '%s: projects empty' % d['id'])
            check(len(set(e['projects'])) == len(e['projects']), '%s: duplicate codes' % d['id'])
            for c in e['projects']:
                check(c in STORES.get(d.get('store'), ()), '%s: %s not in store' % (d['id'], c))
        if 'value' in e:
            check(isinstance(e['value'], (int, float)) and math.isfinite(e['value']), '%s: value' % d['id'])
        if 'contains' in e:
            check(isinstance(e['contains'], list) and all(isinstance(x, str) and x for x in e['contains']), '%s: contains' % d['id'])
        if 'history' in d:
            check(isinstance(d['history'], list) and all(isinstance(x, str) and x for x in d['history']), '%s: history' % d['id'])
        kinds[d['kind']] = kinds.get(d['kind'], 0) + 1
        per_store[d['store']] = per_store.get(d['store'], 0) + 1
check(n >= 80, 'only %d questions' % n)
check(kinds.get('not-found', 0) >= 10, 'not-found questions %d' % kinds.get('not-found', 0))

if ERR:
    print('FAIL')
    for e in ERR:
        print(' -', e)
    sys.exit(1)
print('OK: %d projects, %d indicator rows, total %.2f 万元 (财政 %.2f, 其他 %.2f); sample %d projects; %d questions %r'
      % (len(D), sum(len(p['inds']) for p in D), tw, tf, to, len(S), n, per_store))
print('kinds', dict(sorted(kinds.items(), key=lambda kv: -kv[1])))
