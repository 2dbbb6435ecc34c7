"""Check probe_v59.jsonl and re-check the parsed documents' money facts."""
import collections, json, math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract as X
from build import OUT, Y, YSUM, YTEXT, N, C, S

ok = True
def bad(*a):
    global ok; ok = False; print('FAIL', *a)

# yingji facts: summary table = project tables, sources add up, cumulative plans end at the total, printed 分值 total 100
if len(Y) != 8 or sum(len(p['indicators']) for p in Y) != 78: bad('yingji shape')
rows = [r for r in YSUM if r['序号'] != '合计']
for r, p in zip(rows, Y):
    if r['项目名称'] != p['name'] or abs(X.num(r['资金总额']) - p['wan']) > 1e-6 or abs(X.num(r['财政拨款']) - p['fin_w']) > 1e-6 \
            or abs(X.num(r['其他资金（含上年结转）']) - p['other_w']) > 1e-6 or r['实施单位'] != p['org']:
        bad('summary row', p['name'])
tot = next(r for r in YSUM if r['序号'] == '合计')
if abs(X.num(tot['资金总额']) - sum(p['wan'] for p in Y)) > 1e-6: bad('合计')
if '%.2f万元' % sum(p['wan'] for p in Y) not in YTEXT or '项目支出%d个' % len(Y) not in YTEXT: bad('prose')
for p in Y:
    if abs(p['fin_w'] + p['other_w'] - p['wan']) > 1e-6: bad('sources', p['name'])
    if p['plan'] is not None and (abs(p['plan'][-1] - p['wan']) > 1e-6 or p['plan'] != sorted(p['plan'])): bad('plan', p['name'])
    if p['score_col'] and sum(float(i['分值']) for i in p['indicators']) != 100: bad('分值', p['name'])
if len(N) != 11 or len(C) != 10 or len(S) != 14: bad('other stores')

STORES = {'yingji': {p['code'] for p in Y}, 'ningjin': {p['code'] for p in N}, 'cixian': {p['code'] for p in C},
          'sample': {p['code'] for p in S}}
STORES['ningjin_sample'] = STORES['ningjin'] | STORES['sample']
STORES['cixian_sample'] = STORES['cixian'] | STORES['sample']
ids, per, nf = [], collections.Counter(), 0
for line in open(OUT, encoding='utf-8'):
    d = json.loads(line); ids.append(d['id']); per[d['store']] += 1
    if set(d) - {'id', 'store', 'kind', 'question', 'expect', 'history'}: bad(d['id'], 'keys')
    if d['store'] not in STORES: bad(d['id'], 'store'); continue
    e = d['expect']
    if not e or set(e) - {'projects', 'value', 'contains', 'found'}: bad(d['id'], 'expect keys')
    if 'found' in e:
        nf += 1
        if e != {'found': False}: bad(d['id'], 'found not alone')
    for c in e.get('projects', []):
        if c not in STORES[d['store']]: bad(d['id'], 'code', c)
    if 'projects' in e and (not e['projects'] or len(set(e['projects'])) != len(e['projects'])): bad(d['id'], 'project set')
    if 'value' in e and not (isinstance(e['value'], (int, float)) and math.isfinite(e['value'])): bad(d['id'], 'value')
    if 'contains' in e and not all(isinstance(x, str) and x for x in e['contains']): bad(d['id'], 'contains')
    if not isinstance(d.get('history', []), list): bad(d['id'], 'history')
if ids != ['q%03d' % i for i in range(1, 61)]: bad('ids')
if len(set(ids)) != len(ids): bad('dup ids')
for s in STORES:
    if per[s] < 8: bad('store count', s, per[s])
print('OK' if ok else 'FAILED', len(ids), 'questions', dict(per), 'found:false', nf)
sys.exit(0 if ok else 1)
