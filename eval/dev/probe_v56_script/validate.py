"""Check probe_v56.jsonl and re-check the money facts of docs/ningjin-2025.xlsx."""
import hashlib, json, math, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import extract
from build import DOC, SAMPLE, OUT

N, SUM, PROSE = extract.ningjin(DOC)
S = extract.sample(SAMPLE)
STORES = {'ningjin': {p['code'] for p in N}, 'ningjin_sample': {p['code'] for p in N} | {p['code'] for p in S}}
ok = True
def bad(*a):
    global ok; ok = False; print('FAIL', *a)

# document facts
if len(N) != 11: bad('projects', len(N))
if sum(len(p['indicators']) for p in N) != 80: bad('rows')
for p in N:
    if abs(p['gp'] + p['fund'] + p['other'] - p['wan']) > 1e-6: bad('sources', p['name'])
    if p['plan_w'] is not None and abs(sum(p['plan_w']) - p['wan']) > 1e-6: bad('plan', p['name'])
    kinds = {i['一级指标'] for i in p['indicators']}
    if not {'产出指标', '效益指标', '成本指标'} <= kinds: bad('kinds', p['name'])
    if sum(i['分值'] for i in p['indicators']) != 100: bad('分值', p['name'], sum(i['分值'] for i in p['indicators']))
for k, f in (('total', 'wan'), ('gp', 'gp'), ('fund', 'fund'), ('other', 'other')):
    if abs(SUM[k] - sum(p[f] for p in N)) > 1e-6: bad('合计', k)
txt = PROSE['项目支出概况']
for x in (SUM['total'], SUM['gp'], SUM['fund'], SUM['other']):
    if '%.2f万元' % x not in txt: bad('prose', x)
if '共%d个' % len(N) not in txt or '绩效指标%d条' % sum(len(p['indicators']) for p in N) not in txt: bad('prose counts')
if len({p['code'] for p in N}) != 11 or len({p['name'] for p in N}) != 11: bad('unique')
if len(S) != 14 or abs(sum(p['wan'] for p in S) - 37106.9) > 1e-6: bad('sample')
# questions
ids = []
for line in open(OUT, encoding='utf-8'):
    d = json.loads(line); ids.append(d['id'])
    if set(d) - {'id', 'store', 'kind', 'question', 'expect', 'history'}: bad(d['id'], 'keys')
    if d['store'] not in STORES: bad(d['id'], 'store')
    e = d['expect']
    if set(e) - {'projects', 'value', 'contains', 'found'}: bad(d['id'], 'expect keys')
    if 'found' in e and (e != {'found': False}): bad(d['id'], 'found not alone')
    for c in e.get('projects', []):
        if c not in STORES[d['store']]: bad(d['id'], 'code', c)
    if 'projects' in e and not e['projects']: bad(d['id'], 'empty project set')
    if 'value' in e and not (isinstance(e['value'], (int, float)) and math.isfinite(e['value'])): bad(d['id'], 'value')
    if not e: bad(d['id'], 'empty expect')
if ids != ['q%03d' % i for i in range(1, len(ids) + 1)] or len(ids) != 60: bad('ids')
# determinism
h = lambda: hashlib.sha256(open(DOC, 'rb').read()).hexdigest()
before = h()
subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), 'make_ningjin.py')], check=True, capture_output=True)
if h() != before: bad('not deterministic')
print('OK' if ok else 'FAILED', len(ids), 'questions; doc sha256', before)
sys.exit(0 if ok else 1)
