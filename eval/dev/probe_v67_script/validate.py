"""Checks: (1) the .docx parse (extract.py) equals the generator's data field by field, and the money adds up;
(2) the document's structure (prose headings and totals sentence, one 8-column table per project, the promised
irregularities, fixed metadata); (3) the question file (ids, stores, codes, expect keys, counts, equal to a fresh build).
--rebuild also runs make_qixiang.py twice and requires identical bytes."""
import hashlib, json, math, os, re, subprocess, sys, zipfile
import docx
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract
import make_qixiang as M

DEV = os.path.join(HERE, '..')
DOC = os.path.join(DEV, 'docs', 'qixiang-2025.docx')
SAMPLE = os.path.join(DEV, '..', '..', 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
JSONL = os.path.join(DEV, 'probe_v67.jsonl')
ERR = []


def check(cond, msg):
    if not cond: ERR.append(msg)


def sha(path): return hashlib.sha256(open(path, 'rb').read()).hexdigest()


if '--rebuild' in sys.argv:
    hs = []
    for _ in range(2):
        subprocess.run([sys.executable, os.path.join(HERE, 'make_qixiang.py')], check=True, stdout=subprocess.DEVNULL)
        hs.append(sha(DOC))
    check(hs[0] == hs[1], 'rebuild not byte-identical: %r' % hs)
    print('rebuild sha256 docx %s' % hs[1])

R = extract.qixiang(DOC)
X, PARAS = R['projects'], R['paras']
S = extract.sample(SAMPLE)

# ---------------------------------------------------------------- (1) parse == generator
check(len(X) == len(M.P), 'project count %d != %d' % (len(X), len(M.P)))
for g, p in zip(M.P, X):
    tag = g['code']
    for k in ('name', 'code', 'org', 'attr', 'leader', 'phone', 'period', 'mu', 'use', 'goal'):
        check(p.get(k) == g[k], '%s %s: %r != %r' % (tag, k, p.get(k), g[k]))
    check(p.get('dept') == M.DEPT, '%s dept' % tag)
    for k in ('total', 'fin', 'carry', 'other'):
        check(p.get(k + '_text') == g[k], '%s %s: %r != %r' % (tag, k, p.get(k + '_text'), g[k]))
    check(abs(p['total'] - p['fin'] - p['carry'] - p['other']) < 1e-6, '%s total != fin+carry+other' % tag)
    check(tuple(p['plan_text'][q] for q in M.QUARTERS) == tuple(g['plan']), '%s plan %r' % (tag, p['plan_text']))
    check(abs(sum(p['q']) - p['total']) < 1e-6, '%s quarters do not add up to the total' % tag)
    check(all(v >= 0 for v in p['q']), '%s negative quarter' % tag)
    check(len(p['indicators']) == len(g['ind']), '%s indicator rows %d != %d' % (tag, len(p['indicators']), len(g['ind'])))
    check(6 <= len(p['indicators']) <= 10, '%s indicator rows %d outside 6..10' % (tag, len(p['indicators'])))
    for a, b in zip(p['indicators'], g['ind']):
        got = (a['name'], a['cmp'], a['val'], a['unit'], a['l1'], a['l2'], a['basis'], a['rule'])
        check(got == tuple(b), '%s indicator %r != %r' % (tag, got, b))
    cost = [i for i in p['indicators'] if i['l1'] == '成本指标' and i['unit'] == p['mu']]
    check(len(cost) == 1 and abs(cost[0]['num'] - p['total']) < 1e-6, '%s total-cost indicator != total' % tag)
    check(sum(i['l1'] == '满意度指标' for i in p['indicators']) <= 1, '%s several satisfaction rows' % tag)
nind = sum(len(p['indicators']) for p in X)

# ---------------------------------------------------------------- (2) structure
tot = {k: round(sum(p[k + '_w'] for p in X), 2) for k in ('total', 'fin', 'carry', 'other')}
check(abs(tot['total'] - tot['fin'] - tot['carry'] - tot['other']) < 1e-6, 'department totals do not add up')
prose = ''.join(PARAS)
check('项目资金合计%.2f万元，其中财政拨款%.2f万元、上年结转%.2f万元、其他资金%.2f万元' % (
    tot['total'], tot['fin'], tot['carry'], tot['other']) in prose, 'prose totals')
check('全年安排项目支出%d个' % len(X) in prose, 'prose project count')
check('共设置绩效指标%d条' % nind in prose, 'prose indicator count')
heads = ['一、部门职能', '二、年度总体目标', '三、分项目标', '四、保障措施', '五、项目支出绩效目标表']
pos = [PARAS.index(h) if h in PARAS else -1 for h in heads]
check(all(v >= 0 for v in pos) and pos == sorted(pos), 'prose headings %r' % pos)
d = docx.Document(DOC)
ptabs = [t for t in d.tables if t.rows[0].cells[0].text.strip() == '项目名称']
check(len(ptabs) == len(d.tables) == len(X), 'one table per project')
for t in ptabs:
    check(len(t.columns) == 8, 'table width %d' % len(t.columns))
# irregularities promised in the README
check(sum(p['mu'] == '元' for p in X) == 1, 'one project in 元')
check(sum(p['carry'] > 0 for p in X) == 1, 'one project with 上年结转')
check(sum(not any(i['l1'] == '满意度指标' for i in p['indicators']) for p in X) == 1, 'one project without 满意度')
check(sum(bool(re.search(r'[〔【\[（(]\d{4}[〕】\]）)]\d+号', p['name'])) for p in X) == 1, 'one name with a document number')
br = set()
for p in X:
    for i in p['indicators']:
        for m in re.finditer(r'[冀邯峰][^\s，、。]{1,4}([〔【\[（(])\d{4}[〕】\]）)]\d+号', i['basis']):
            br.add(m.group(1))
check(br == {'〔', '【', '[', '（', '('}, 'bracket forms %r' % br)
check(any(p['q'][0] == 0 for p in X), 'a zero first quarter')
check(8 <= len(X) <= 10, 'project count')
with zipfile.ZipFile(DOC) as z:
    check(all(zi.date_time == (2025, 1, 16, 9, 0, 0) for zi in z.infolist()), 'zip timestamps not fixed')
cp = d.core_properties
check(cp.created is not None and cp.created.year == 2025 and cp.modified == cp.created, 'core properties not fixed')

# sample
check(len(S) == 14 and sum(len(p['indicators']) for p in S) == 101 and abs(sum(p['wan'] for p in S) - 37106.9) < 1e-6,
      'sample parse')

# ---------------------------------------------------------------- (3) questions
STORES = {'qixiang': {p['code'] for p in X}, 'qixiang_sample': {p['code'] for p in X} | {p['code'] for p in S}}
KEYS = {'projects', 'value', 'contains', 'found'}
lines = open(JSONL, encoding='utf-8').read().splitlines()
qs = [json.loads(l) for l in lines]
check(len(qs) == 60, 'question count %d' % len(qs))
check([q['id'] for q in qs] == ['q%03d' % i for i in range(1, len(qs) + 1)], 'ids')
check(len({q['question'] for q in qs}) == len(qs), 'duplicate questions')
cnt = {}
for q in qs:
    check(set(q) <= {'id', 'question', 'history', 'expect', 'store', 'kind'}, '%s keys %r' % (q['id'], set(q)))
    cnt[q['store']] = cnt.get(q['store'], 0) + 1
    check(q['store'] in STORES, '%s store' % q['id'])
    check(isinstance(q.get('kind'), str) and q['kind'], '%s kind' % q['id'])
    e = q['expect']
    check(set(e) <= KEYS and e, '%s expect keys %r' % (q['id'], e))
    if 'found' in e:
        check(e == {'found': False}, '%s found:false must stand alone' % q['id'])
    for c in e.get('projects', []):
        check(c in STORES.get(q['store'], ()), '%s code %s not in store' % (q['id'], c))
    if 'projects' in e:
        check(e['projects'] == sorted(set(e['projects'])) and e['projects'], '%s projects' % q['id'])
    if 'value' in e:
        check(isinstance(e['value'], (int, float)) and not isinstance(e['value'], bool) and math.isfinite(e['value']),
              '%s value' % q['id'])
    for s in e.get('contains', []):
        check(isinstance(s, str) and s and not re.search(r'\s', s), '%s contains %r' % (q['id'], s))
    if 'history' in q:
        check(isinstance(q['history'], list) and q['history'] and all(isinstance(h, str) for h in q['history']),
              '%s history' % q['id'])
nf = sum(q['expect'] == {'found': False} for q in qs)
check(cnt == {'qixiang': 45, 'qixiang_sample': 15}, 'store counts %r' % cnt)
check(nf == 8, 'not-found count %d' % nf)
before = open(JSONL, 'rb').read()
subprocess.run([sys.executable, os.path.join(HERE, 'build.py')], check=True, stdout=subprocess.DEVNULL)
check(open(JSONL, 'rb').read() == before, 'question file differs from a fresh build')

if ERR:
    print('\n'.join(ERR)); sys.exit('FAILED: %d problems' % len(ERR))
print('ok: %d projects, %d indicator rows, totals %r, %d questions %r, %d not-found; jsonl sha256 %s' % (
    len(X), nind, tot, len(qs), cnt, nf, sha(JSONL)))
