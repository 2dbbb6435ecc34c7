"""Checks: (1) the PDF parse equals the generator's data field by field; (2) the PDF's structure (cover, contents
with correct page numbers, prose figures, summary table and 合计, tables continued across pages with and without a
repeated header row, fixed metadata); (3) the question file (ids, stores, codes, expect keys, counts).
--rebuild also runs make_xinfang.py twice and requires identical bytes of the .docx and the PDF."""
import hashlib, json, math, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract
import make_xinfang as M

DEV = os.path.join(HERE, '..')
PDF = os.path.join(DEV, 'docs', 'xinfang-2025.pdf')
SAMPLE = os.path.join(DEV, '..', '..', 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
JSONL = os.path.join(DEV, 'probe_v64.jsonl')
ERR = []


def check(cond, msg):
    if not cond: ERR.append(msg)


def sha(path): return hashlib.sha256(open(path, 'rb').read()).hexdigest()


if '--rebuild' in sys.argv:
    hs = []
    for _ in range(2):
        subprocess.run([sys.executable, os.path.join(HERE, 'make_xinfang.py')], check=True, stdout=subprocess.DEVNULL)
        hs.append((sha(M.DOCX), sha(PDF)))
    check(hs[0] == hs[1], 'rebuild not byte-identical: %r' % hs)
    print('rebuild sha256 docx %s pdf %s' % hs[1])

R = extract.xinfang(PDF)
X, SUM, PIECES, TXT = R['projects'], R['summary'], R['pieces'], R['page_text']
S = extract.sample(SAMPLE)

# ---------------------------------------------------------------- (1) parse == generator
check(len(X) == len(M.P), 'project count %d != %d' % (len(X), len(M.P)))
for g, p in zip(M.P, X):
    tag = g['code']
    for k in ('name', 'code', 'attr', 'org', 'kind', 'period', 'mu', 'use', 'goal'):
        check(p.get(k) == g[k], '%s %s: %r != %r' % (tag, k, p.get(k), g[k]))
    check(p.get('dept') == M.DEPT, '%s dept' % tag)
    for k in ('total', 'fin', 'carry', 'other'):
        check(p.get(k + '_text') == g[k], '%s %s: %r != %r' % (tag, k, p.get(k + '_text'), g[k]))
    check(abs(p['total'] - p['fin'] - p['carry'] - p['other']) < 1e-6, '%s total != fin+carry+other' % tag)
    if g['plan'] is None:
        check(p['plan'] is None, '%s has a plan' % tag)
    else:
        check(p['plan'] == dict(zip(M.QUARTERS, g['plan'])), '%s plan %r' % (tag, p['plan']))
    check(len(p['indicators']) == len(g['ind']), '%s indicator rows %d != %d' % (tag, len(p['indicators']), len(g['ind'])))
    for a, b in zip(p['indicators'], g['ind']):
        got = (a['l1'], a['l2'], a['l3'], a['val'], a['unit'], a['basis'])
        check(got == tuple(b), '%s indicator %r != %r' % (tag, got, b))
    cost = [i for i in p['indicators'] if i['l3'] in ('项目总成本', '中心运行成本')]
    check(len(cost) == 1 and abs(cost[0]['num'] - p['total']) < 1e-6, '%s cost indicator != total' % tag)
    sat = [i for i in p['indicators'] if i['l1'] == '满意度指标']
    check(len(sat) <= 1, '%s several satisfaction rows' % tag)
nind = sum(len(p['indicators']) for p in X)
check(70 <= nind <= 80, 'indicator rows %d' % nind)

# ---------------------------------------------------------------- (2) structure
check(len(SUM['rows']) == len(X), 'summary rows %d' % len(SUM['rows']))
for r, p in zip(SUM['rows'], X):
    check(r['项目编码'] == p['code'] and r['项目名称'] == p['name'] and r['实施单位'] == p['org'],
          'summary row %r' % r)
    for lab, k in (('年度资金总额', 'total_w'), ('财政拨款', 'fin_w'), ('上年结转', 'carry_w'), ('其他资金', 'other_w')):
        check(r[lab] == '%.2f' % p[k], 'summary %s %s %r' % (p['code'], lab, r[lab]))
tots = {lab: round(sum(p[k] for p in X), 2) for lab, k in
        (('年度资金总额', 'total_w'), ('财政拨款', 'fin_w'), ('上年结转', 'carry_w'), ('其他资金', 'other_w'))}
check(SUM['total'] == tots, '合计 %r != %r' % (SUM['total'], tots))
flat = [re.sub(r'\s+', '', t) for t in TXT]
check('邯郸市邯山区信访局' in flat[0] and '（公开版）' in flat[0] and not R['pieces'][0]['page'] == 1, 'cover')
check(flat[1].startswith('目录'), 'contents page')
prose = ''.join(flat[2:4])
check('项目资金合计%.2f万元，其中财政拨款%.2f万元、上年结转%.2f万元、其他资金%.2f万元' % (
    tots['年度资金总额'], tots['财政拨款'], tots['上年结转'], tots['其他资金']) in prose, 'prose totals')
check('共设置三级绩效指标%d条' % nind in prose, 'prose indicator count')
for head in ('一、部门职责', '二、部门整体绩效目标', '三、保障措施'):
    check(head in prose, 'prose heading ' + head)
for text, _ in M.toc_entries():
    key = re.sub(r'\s+', '', text)
    m = re.search(re.escape(key) + r'\.+(\d+)', flat[1])
    actual = next((n for n, t in enumerate(flat, 1) if n > 2 and key in t), None)
    check(m is not None and int(m.group(1)) == actual, 'contents entry %s -> %s, actual %s' % (text, m and m.group(1), actual))
for n, t in enumerate(flat, 1):
    check(len(re.sub(r'—\d+—', '', t)) > 40, 'page %d nearly empty' % n)
L1 = {'产出指标', '成本指标', '效益指标', '满意度指标'}
rep = [pc for pc in PIECES if pc['first'] == '一级指标' and pc['top'] < 90 and pc['mode_before'] == 'ind']
norep = [pc for pc in PIECES if pc['first'] in L1 and pc['mode_before'] == 'ind']
basic_cont = [pc for pc in PIECES if pc['first'] == '资金用途' and pc['mode_before'] == 'basic']
check(rep, 'no indicator table continued with a repeated header row')
check(norep, 'no indicator table continued without a header row')
check(basic_cont, 'no project header table continued on a new page')
print('continued tables: repeated header on pages %s, no header on pages %s, header table on pages %s' % (
    [pc['page'] for pc in rep], [pc['page'] for pc in norep], [pc['page'] for pc in basic_cont]))
raw = open(PDF, 'rb').read()
check(re.search(rb'/CreationDate\s*\(D:20250116090000', raw) is not None, 'CreationDate not fixed')
check(re.search(rb'/ModDate', raw) is None or re.search(rb'/ModDate\s*\(D:20250116090000', raw), 'ModDate not fixed')
ids = re.findall(rb'/ID\s*\[([^\]]*)\]', raw)
check(ids and all(not re.search(rb'[1-9A-Fa-f]', i.replace(b'<', b'').replace(b'>', b'')) for i in ids), '/ID not fixed')
# irregularities promised in README
check(sum(p['mu'] == '元' for p in X) == 1, 'one project in 元')
check(sum(not any(i['l1'] == '满意度指标' for i in p['indicators']) for p in X) == 1, 'one project without 满意度')
check(sum(p['plan'] is None for p in X) == 1, 'one project without plan')
check(sum(bool(re.search(r'〔\d{4}〕\d+号', p['name'])) for p in X) == 1, 'one project name with a document number')

# sample
check(len(S) == 14 and all(p['indicators'] and p['total'] for p in S), 'sample parse')

# ---------------------------------------------------------------- (3) questions
STORES = {'xinfang': {p['code'] for p in X}, 'xinfang_sample': {p['code'] for p in X} | {p['code'] for p in S}}
KEYS = {'projects', 'value', 'contains', 'found'}
qs = [json.loads(l) for l in open(JSONL, encoding='utf-8')]
check(len(qs) == 60, 'question count %d' % len(qs))
check([d['id'] for d in qs] == ['q%03d' % i for i in range(1, len(qs) + 1)], 'ids')
check(len({d['question'] for d in qs}) == len(qs), 'duplicate questions')
cnt = {}
for d in qs:
    cnt[d['store']] = cnt.get(d['store'], 0) + 1
    check(d['store'] in STORES, '%s store' % d['id'])
    e = d['expect']
    check(set(e) <= KEYS and e, '%s expect keys %r' % (d['id'], e))
    if 'found' in e:
        check(e == {'found': False}, '%s found:false must stand alone' % d['id'])
    for c in e.get('projects', []):
        check(c in STORES.get(d['store'], ()), '%s code %s not in store' % (d['id'], c))
    if 'projects' in e:
        check(e['projects'] == sorted(set(e['projects'])) and e['projects'], '%s projects' % d['id'])
    if 'value' in e:
        check(isinstance(e['value'], (int, float)) and math.isfinite(e['value']), '%s value' % d['id'])
    for s in e.get('contains', []):
        check(isinstance(s, str) and s and not re.search(r'\s', s), '%s contains %r' % (d['id'], s))
    if 'history' in d:
        check(isinstance(d['history'], list) and all(isinstance(h, str) for h in d['history']), '%s history' % d['id'])
nf = sum(d['expect'] == {'found': False} for d in qs)
check(cnt == {'xinfang': 45, 'xinfang_sample': 15}, 'store counts %r' % cnt)
check(nf == 8, 'not-found count %d' % nf)

if ERR:
    print('\n'.join(ERR)); sys.exit('FAILED: %d problems' % len(ERR))
print('ok: %d projects, %d indicator rows, %d pages, %d questions %r, %d not-found; jsonl sha256 %s' % (
    len(X), nind, R['npages'], len(qs), cnt, nf, sha(JSONL)))
