"""Check probe_v63.jsonl's structure and re-check the parsed documents against the totals they print themselves."""
import collections, json, math, os, re, sys
import docx, openpyxl, pdfplumber
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract as X

OUT = os.path.join(X.DEV, 'probe_v63.jsonl')
A = X.load_all()
ok = True
def bad(*a):
    global ok; ok = False; print('FAIL', *a)
def close(a, b): return abs(a - b) < 1e-6

# -- documents: record counts, code forms, plans ending at 100 %, totals equal the totals the documents print
tot = {d: sum(p['total'] for p in ps) for d, ps in A.items()}
shape = {'sample': 14, 'other': 10, 'yingji': 8, 'ningjin': 11, 'cixian': 10, 'qiuxian': 10, 'minzheng': 11, 'jiaotongfx': 6}
for d, n in shape.items():
    if len(A[d]) != n: bad('project count', d, len(A[d]))
    for p in A[d]:
        if not re.fullmatch(r'\d{8}P[0-9A-Z]{12}', p['code']): bad('code form', d, p['code'])
        if not p['inds']: bad('no indicators', d, p['name'])
        if p['plan'] and (sorted(p['plan']) != [3, 6, 9, 12] or abs(p['plan'][12] - 100) > 1e-6): bad('plan', d, p['name'])
        if d != 'other' and d != 'minzheng' and not close(p['fin'] + p['other'], p['total']): bad('sources', d, p['name'])
    if len({p['code'] for p in A[d]}) != n: bad('duplicate codes', d)
def para_text(path): return '\n'.join(x.text for x in docx.Document(path).paragraphs)
if '资金1914.60万元' not in para_text(X.DOCS['yingji']) or not close(tot['yingji'], 1914.60): bad('yingji total')
if '资金总额%.2f万元' % tot['qiuxian'] not in para_text(X.DOCS['qiuxian']): bad('qiuxian total')
with pdfplumber.open(X.DOCS['cixian']) as pdf: ct = pdf.pages[0].extract_text().replace('\n', '')
if '资金合计%.2f万元' % tot['cixian'] not in ct: bad('cixian total')
wb = openpyxl.load_workbook(X.DOCS['ningjin'], data_only=True)
hj = next(r for r in wb['项目情况表'].iter_rows(values_only=True) if r[0] == '合计')
if not close(hj[6], tot['ningjin']): bad('ningjin total')
for p in A['ningjin']:
    if p['plan_q'] and not close(sum(p['plan_q']), p['total']): bad('ningjin quarters', p['name'])
wb = openpyxl.load_workbook(X.DOCS['jiaotongfx'], data_only=True)
rows = list(wb.worksheets[0].iter_rows(values_only=True))
hj = next(r for r in rows if r[0] == '合计')
if not close(hj[4] / 10000, tot['jiaotongfx']): bad('jiaotongfx total')
for r in rows:
    if isinstance(r[0], (int, float)):
        p = next((p for p in A['jiaotongfx'] if p['code'] == r[1]), None)
        if p is None or p['name'] != r[2] or not close(r[4] / 10000, p['total']) or not close(r[5] / 10000, p['gpb']) \
                or not close(r[6] / 10000, p['fund']) or not close(r[7] / 10000, p['other']):
            bad('jiaotongfx summary row', r[2])
for d in ('sample', 'minzheng', 'other'):
    for p in A[d]:
        cost = [i for i in p['inds'] if '成本' in (i['l2'] or '')]
        if not cost and d != 'minzheng': bad('no cost row', d, p['name'])

# -- question file
STORES = {s: {p['code'] for d in docs for p in A[d]} for s, docs in X.STORES.items()}
ids, per, nf = [], collections.Counter(), 0
for line in open(OUT, encoding='utf-8'):
    q = json.loads(line); ids.append(q.get('id')); per[q.get('store')] += 1
    if set(q) - {'id', 'store', 'kind', 'question', 'expect', 'history'} or not {'id', 'store', 'question', 'expect'} <= set(q):
        bad(q.get('id'), 'keys')
    if q['store'] not in STORES: bad(q['id'], 'store', q['store']); continue
    if not isinstance(q['question'], str) or not q['question'].strip(): bad(q['id'], 'question')
    if 'history' in q and (not isinstance(q['history'], list) or not q['history']
                           or not all(isinstance(h, str) and h.strip() for h in q['history'])): bad(q['id'], 'history')
    e = q['expect']
    if not isinstance(e, dict) or not e or set(e) - {'projects', 'value', 'contains', 'found'}: bad(q['id'], 'expect keys')
    if 'found' in e:
        nf += 1
        if e != {'found': False}: bad(q['id'], 'found:false not alone')
    elif 'projects' not in e and 'value' not in e: bad(q['id'], 'nothing checkable')
    if 'projects' in e:
        ps = e['projects']
        if not isinstance(ps, list) or not ps or len(set(ps)) != len(ps): bad(q['id'], 'project set')
        for c in ps:
            if c not in STORES[q['store']]: bad(q['id'], 'code not in store', c)
    if 'value' in e and (isinstance(e['value'], bool) or not isinstance(e['value'], (int, float)) or not math.isfinite(e['value'])):
        bad(q['id'], 'value')
    if 'contains' in e and (not isinstance(e['contains'], list) or not e['contains']
                            or not all(isinstance(x, str) and x.strip() for x in e['contains'])): bad(q['id'], 'contains')
if ids != ['q%03d' % i for i in range(1, len(ids) + 1)] or len(ids) != 80: bad('ids', len(ids))
if len(per) < 8: bad('fewer than 8 stores', dict(per))
if not 30 <= nf <= 50: bad('found:false share', nf)
print('OK' if ok else 'FAILED', len(ids), 'questions;', 'stores', dict(per), '; found:false', nf)
sys.exit(0 if ok else 1)
