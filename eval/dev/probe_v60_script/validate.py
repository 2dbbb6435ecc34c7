"""Checks: (1) the workbook on disk is byte-identical to a fresh generation (twice); (2) the records extract.py parses
back out of it equal the generator data, and the money adds up; (3) probe_v60.jsonl equals a fresh build and is
well-formed (ids, stores, expect keys, project codes present in the store, finite values, `found: false` alone)."""
import hashlib, json, math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_shenji as M
import extract
import build

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


# (1) determinism
b1, b2 = M.build_bytes(), M.build_bytes()
disk = open(M.OUT, 'rb').read()
check(b1 == b2, 'two generations differ')
check(b1 == disk, 'docs/shenji-2025.xlsx differs from a fresh generation (rerun make_shenji.py)')
print('xlsx md5', hashlib.md5(disk).hexdigest())

# (2) parse == generator
dept, C = extract.shenji(M.OUT)
check(len(C) == len(M.P), 'project count %d != %d' % (len(C), len(M.P)))
for g, p in zip(M.P, C):
    tag = g['name']
    for k in ('name', 'code', 'org', 'leader', 'cat', 'unit', 'use', 'goal'):
        check(p.get(k) == g[k], '%s: %s parsed %r != %r' % (tag, k, p.get(k), g[k]))
    check(p.get('dept') == M.DEPT, tag + ': dept')
    check(p.get('phone') == '0310-30219%02d' % (g['no'] * 7), tag + ': phone')
    for k in ('total', 'ben', 'up', 'zc'):
        check(abs(p[k] - g[k]) < 1e-9, '%s: %s %r != %r' % (tag, k, p[k], g[k]))
    check(abs(g['total'] - g['ben'] - g['up'] - g['zc']) < 1e-6, tag + ': total != ben + up + zc')
    last = 0.0
    for qn, v in zip(extract.QUARTERS, g['plan']):
        if v == '':
            pct = last
        elif g['plan_kind'] == 'amount':
            pct = v / g['total'] * 100
        else:
            pct = float(v.rstrip('%'))
        check(abs(p['plan'][qn] - pct) < 1e-9, '%s: plan %s %r != %r' % (tag, qn, p['plan'][qn], pct))
        check(pct >= last, tag + ': plan not cumulative')
        last = pct
    check(abs(last - 100) < 1e-9, tag + ': plan does not reach 100%')
    check(len(p['indicators']) == len(g['inds']), tag + ': indicator count')
    keys = ('一级指标', '二级指标', '三级指标', '指标值', '计量单位', '评（扣）分标准', '指标值设定依据')
    for a, b in zip(p['indicators'], g['inds']):
        check(tuple(a.get(k) for k in keys) == b, '%s: indicator %r != %r' % (tag, a, b))
    for i in g['inds']:
        if i[2] == '项目总成本':
            check(abs(float(i[3].lstrip('≤=')) - g['total']) < 1e-9, tag + ': 项目总成本 != 年度资金总额')
t = M.totals()
check(dept.get('项目个数（个）') == len(M.P), 'dept project count')
for lab, k in (('年度资金总额合计', 'total'), ('其中：本级财政', 'ben'), ('上级补助', 'up'), ('自筹资金', 'zc')):
    check(abs(dept[lab] - t[k]) < 1e-9, 'dept %s %r != %r' % (lab, dept[lab], t[k]))
check(abs(t['total'] - t['ben'] - t['up'] - t['zc']) < 1e-6, 'dept totals do not add up')
check(sum(len(g['inds']) for g in M.P) == 70, 'indicator rows != 70')
check(dept.get('部门名称') == M.DEPT, 'dept name')

# (3) question file
STORES = {'shenji': {p['code'] for p in build.C}, 'shenji_sample': {p['code'] for p in build.C + build.S}}
lines = [json.loads(l) for l in open(build.OUT, encoding='utf-8')]
check([json.dumps(d, ensure_ascii=False) for d in lines] == [json.dumps(d, ensure_ascii=False) for d in build.Q],
      'probe_v60.jsonl differs from a fresh build (rerun build.py)')
check(len(lines) == 60, 'question count %d' % len(lines))
for n, d in enumerate(lines, 1):
    qid = d.get('id')
    check(qid == 'q%03d' % n, 'id out of order at line %d: %r' % (n, qid))
    check(set(d) <= {'id', 'question', 'expect', 'store', 'kind', 'history'}, '%s: unknown keys %s' % (qid, set(d)))
    check(isinstance(d.get('question'), str) and d['question'].strip(), qid + ': empty question')
    check(d.get('store') in STORES, '%s: bad store %r' % (qid, d.get('store')))
    check(isinstance(d.get('kind'), str) and d['kind'], qid + ': kind')
    if 'history' in d:
        check(isinstance(d['history'], list) and d['history'] and all(isinstance(h, str) and h for h in d['history']), qid + ': history')
    e = d.get('expect')
    check(isinstance(e, dict) and e, qid + ': expect')
    check(set(e) <= {'projects', 'value', 'contains', 'found'}, '%s: unknown expect keys %s' % (qid, set(e)))
    if 'found' in e:
        check(e == {'found': False}, qid + ': found:false must stand alone')
    if 'projects' in e:
        ps = e['projects']
        check(isinstance(ps, list) and ps and len(set(ps)) == len(ps), qid + ': projects list')
        for cde in ps:
            check(cde in STORES.get(d.get('store'), ()), '%s: code %s not in store %s' % (qid, cde, d.get('store')))
    if 'value' in e:
        check(isinstance(e['value'], (int, float)) and not isinstance(e['value'], bool) and math.isfinite(e['value']), qid + ': value')
    if 'contains' in e:
        check(isinstance(e['contains'], list) and e['contains'] and all(isinstance(s, str) and s for s in e['contains']), qid + ': contains')
ids = [d['id'] for d in lines]
check(len(set(ids)) == len(ids), 'duplicate ids')
st = [d['store'] for d in lines]
check(st.count('shenji') == 45 and st.count('shenji_sample') == 15, 'store split %d/%d' % (st.count('shenji'), st.count('shenji_sample')))
check(sum(1 for d in lines if d['expect'] == {'found': False}) == 8, 'not-found count')

if ERR:
    print('\n'.join(ERR))
    sys.exit(1)
print('ok: %d projects, %d indicator rows, %d questions, jsonl sha256 %s' % (
    len(C), sum(len(p['indicators']) for p in C), len(lines), hashlib.sha256(open(build.OUT, 'rb').read()).hexdigest()))
