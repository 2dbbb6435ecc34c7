"""Check the written document against the generator field by field, its money facts, and the question file's form."""
import json, math, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract, make_shexian as M

err = []
def check(cond, msg):
    if not cond: err.append(msg)

D = extract.shexian()
X = D['projects']
check(len(X) == len(M.P), 'project count %d != %d' % (len(X), len(M.P)))
for p, g in zip(X, M.P):
    (name, code, typ, attr, unit, mu, total, fin, oth, plan, use, goal, inds) = g
    for k, v in [('name', name), ('code', code), ('type', typ), ('attr', attr), ('unit_org', unit), ('unit', mu),
                 ('use', use), ('goal', goal), ('dept', M.DEPT)]:
        check(p.get(k) == v, '%s: %s %r != %r' % (code, k, p.get(k), v))
    for k, v in [('total', total), ('fin', fin), ('other', oth)]:
        check(abs(p[k] - float(v)) < 1e-9, '%s: %s %s != %s' % (code, k, p[k], v))
    check(abs(p['total'] - p['fin'] - p['other']) < 1e-6, '%s: 资金总额 != 财政拨款 + 其他资金' % code)
    if plan is None:
        check(p['plan'] == {}, '%s: unexpected plan' % code)
    else:
        last = None
        for qn, v in zip(['1季度', '2季度', '3季度', '4季度'], plan):
            want = float(v.rstrip('%')) if v else last
            check(p['plan'].get(qn) == want, '%s: plan %s %r != %r' % (code, qn, p['plan'].get(qn), want))
            last = want
        vals = [p['plan'][k] for k in ['1季度', '2季度', '3季度', '4季度']]
        check(vals == sorted(vals) and vals[-1] == 100, '%s: plan not cumulative to 100%%' % code)
    check(len(p['indicators']) == len(inds), '%s: %d indicator rows != %d' % (code, len(p['indicators']), len(inds)))
    for got, want in zip(p['indicators'], inds):
        g2 = (got['一级指标'], got['二级指标'], got['指标内容'], got['指标值'], got['备注'])
        check(g2 == want, '%s: indicator %r != %r' % (code, g2, want))
    cost = [i for i in p['indicators'] if i['指标内容'] == '项目总成本']
    if cost:
        check(abs(float(re.search(r'[\d.]+', cost[0]['指标值']).group()) - p['total']) < 1e-6, '%s: 项目总成本 != 资金总额' % code)
# totals table and prose
rows = [r for r in D['summary'] if not r.get('合计')]
tot_row = [r for r in D['summary'] if r.get('合计')][0]
check(len(rows) == len(X), 'summary rows')
for r, p in zip(rows, X):
    check(r['项目名称'] == p['name'] and r['实施单位'] == p['unit_org'], 'summary name/unit %s' % p['code'])
    for k, v in [('资金总额', p['wan']), ('财政拨款', p['fin_w']), ('其他资金', p['other_w'])]:
        check(abs(float(r[k]) - v) < 0.005, 'summary %s %s' % (p['code'], k))
for k, f in [('资金总额', 'wan'), ('财政拨款', 'fin_w'), ('其他资金', 'other_w')]:
    check(abs(float(tot_row[k]) - sum(p[f] for p in X)) < 0.005, 'summary total %s' % k)
para = [s for s in D['paras'] if '部门预算安排项目支出' in s][0]
nums = [float(x) for x in re.findall(r'(\d+\.\d+)万元', para)]
check(abs(nums[0] - sum(p['wan'] for p in X)) < 0.005 and abs(nums[1] - sum(p['fin_w'] for p in X)) < 0.005
      and abs(nums[2] - sum(p['other_w'] for p in X)) < 0.005, 'prose totals')
check(len({p['code'] for p in X}) == len(X), 'duplicate codes')
# sample facts
S = extract.sample()
check(len(S) == 14 and sum(len(p['indicators']) for p in S) == 101 and abs(sum(p['wan'] for p in S) - 37106.9) < 1e-6, 'sample facts')
# question file
STORES = {'shexian': {p['code'] for p in X}, 'shexian_sample': {p['code'] for p in X} | {p['code'] for p in S}}
Q = [json.loads(l) for l in open(os.path.join(extract.H, 'heldout_v13.jsonl'), encoding='utf-8')]
for n, d in enumerate(Q, 1):
    check(d['id'] == 'q%03d' % n, 'id order %s' % d['id'])
    check(set(d) <= {'id', 'question', 'store', 'kind', 'expect', 'history'}, '%s: keys' % d['id'])
    check(d['store'] in STORES, '%s: store' % d['id'])
    check(isinstance(d['question'], str) and d['question'].strip(), '%s: question' % d['id'])
    check(isinstance(d['kind'], str) and d['kind'], '%s: kind' % d['id'])
    e = d['expect']
    check(e and set(e) <= {'projects', 'value', 'contains', 'found'}, '%s: expect keys' % d['id'])
    if 'found' in e:
        check(e == {'found': False}, '%s: found:false must stand alone' % d['id'])
    if 'projects' in e:
        check(e['projects'] and len(set(e['projects'])) == len(e['projects']), '%s: empty/duplicate projects' % d['id'])
        check(all(c in STORES[d['store']] for c in e['projects']), '%s: code not in store' % d['id'])
    if 'value' in e:
        check(isinstance(e['value'], (int, float)) and math.isfinite(e['value']), '%s: value' % d['id'])
    if 'contains' in e:
        check(all(isinstance(s, str) and s for s in e['contains']), '%s: contains' % d['id'])
    if 'history' in d:
        check(isinstance(d['history'], list) and all(isinstance(h, str) for h in d['history']), '%s: history' % d['id'])
check(len({d['question'] for d in Q}) == len(Q), 'duplicate questions')
if err:
    print('\n'.join(err)); sys.exit(1)
print('ok', len(X), 'projects', sum(len(p['indicators']) for p in X), 'rows;', len(Q), 'questions')
