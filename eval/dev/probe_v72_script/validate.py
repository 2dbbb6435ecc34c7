"""Check probe_v72: the PDF parse against the generator's data and the document's own printed figures, and the
question file.  Exit status 1 on any failure.  `--rebuild` also runs the generator twice and requires
byte-identical .docx and PDF (and the committed PDF to equal them).

Records (extract.py, pdfplumber) re-checked against:
  generator data (make_kejifx.P) field by field: name, code, 项目属性, 实施单位, 项目期限, 项目类别, unit, the four
  amounts, plan (cumulative, blanks kept), every indicator row (一级/二级/三级/指标值/依据);
  the prose sentence «共安排项目N个（其中新增项目a个、延续项目b个），年度资金总额合计…其中财政拨款…上年结转…其他资金…；
  共设置三级绩效指标M条» = sums over the parsed projects (元 project / 10000);
  the captions «表N …项目绩效目标表» = the parsed names in order; 总额 = 财政拨款 + 上年结转 + 其他资金 per project;
  plans non-decreasing to 100 %; 7–10 indicator rows per project; 9–11 projects.
Question file: 60 lines, ids q001… in order, allowed keys, stores kejifx (45) / kejifx_sample (15), expect keys known,
`found: false` alone (8), project sets non-empty / unique / present in the store, values finite numbers, `contains`
non-empty strings, history lists of non-empty strings, file identical to a fresh build.
"""
import hashlib, json, math, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract as E  # noqa: E402
import build as B  # noqa: E402
import make_kejifx as G  # noqa: E402

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def close(a, b, tol=1e-6):
    return a is not None and b is not None and abs(a - b) <= tol


def check_records():
    R = E.kejifx(B.PDF)
    K = R['projects']
    check(9 <= len(K) <= 11 and len(K) == len(G.P), '%d projects parsed, generator has %d' % (len(K), len(G.P)))
    for p, g in zip(K, G.P):
        c = g['code']
        for a, b in (('name', 'name'), ('code', 'code'), ('attr', 'attr'), ('org', 'org'), ('period', 'period'),
                     ('cat', 'cat'), ('mu', 'mu')):
            check(p.get(a) == g[b], '%s: %s %r vs %r' % (c, a, p.get(a), g[b]))
        check(p.get('dept') == G.DEPT, '%s: dept' % c)
        for f in ('total', 'fin', 'carry', 'other'):
            check(p.get(f + '_text') == g[f] and close(p[f], float(g[f])), '%s: %s' % (c, f))
        check(close(p['total'], p['fin'] + p['carry'] + p['other'], 1e-4), '%s: parts' % c)
        if g['plan'] is None:
            check(p['plan'] is None, '%s: plan should be absent' % c)
        else:
            check(p['plan'] is not None and [p['plan'].get(q) for q in G.QUARTERS] == list(g['plan']), '%s: plan' % c)
            v = list(p['pct'].values())
            check(v == sorted(v) and close(v[-1], 100), '%s: plan %r' % (c, v))
        check(7 <= len(p['inds']) <= 10, '%s: %d indicator rows' % (c, len(p['inds'])))
        got = [(i['l1'], i['l2'], i['l3'], i['val'], i['basis']) for i in p['inds']]
        want = [tuple(x.replace(' ', '') for x in r) for r in g['ind']]
        check(got == want, '%s: indicator rows differ' % c)
    pr = R['prose']
    check(pr is not None, 'prose totals sentence not found')
    if pr:
        check(pr['n'] == len(K), 'prose: project count')
        check(pr['new'] == sum(p['attr'] == '新增项目' for p in K), 'prose: 新增')
        check(pr['cont'] == sum(p['attr'] == '延续项目' for p in K), 'prose: 延续')
        for f in ('total', 'fin', 'carry', 'other'):
            check(close(pr[f], sum(p[f + '_w'] for p in K), 1e-4), 'prose: %s' % f)
        check(pr['nind'] == sum(len(p['inds']) for p in K), 'prose: indicator count')
    check([n for _, n in R['captions']] == [p['name'] for p in K] and
          [int(i) for i, _ in R['captions']] == list(range(1, len(K) + 1)), 'captions %r' % R['captions'])
    check(sum(p['mu'] == '元' for p in K) == 1, 'exactly one 元 project')
    check(sum(p['plan'] is None for p in K) == 1, 'exactly one project without plan')
    check(sum(B.sat(p) is None for p in K) == 1, 'exactly one project without 满意度')
    S = B.S
    check(len(S) == 14 and all(p['inds'] for p in S), 'sample: %d projects' % len(S))
    return K


def check_questions(K):
    with open(B.OUT, encoding='utf-8') as f:
        text = f.read()
    lines = [json.loads(x) for x in text.splitlines()]
    check(len(lines) == 60, '%d lines' % len(lines))
    fresh = ''.join(json.dumps(d, ensure_ascii=False) + '\n' for d in B.build())
    check(text == fresh, 'jsonl differs from a fresh build')
    pools = {st: {p['code'] for doc in docs for p in (K if doc == 'kejifx' else B.S)} for st, docs in B.STORES.items()}
    nf, per = 0, {}
    for n, d in enumerate(lines, 1):
        i = d.get('id')
        check(i == 'q%03d' % n, 'id %r at line %d' % (i, n))
        check(set(d) <= {'id', 'question', 'store', 'kind', 'expect', 'history'}, '%s: keys' % i)
        check(isinstance(d.get('question'), str) and d['question'].strip(), '%s: question' % i)
        check(isinstance(d.get('kind'), str) and d['kind'], '%s: kind' % i)
        st = d.get('store')
        check(st in pools, '%s: store %r' % (i, st))
        per[st] = per.get(st, 0) + 1
        if 'history' in d:
            h = d['history']
            check(isinstance(h, list) and h and all(isinstance(x, str) and x.strip() for x in h), '%s: history' % i)
        e = d.get('expect')
        check(isinstance(e, dict) and e, '%s: expect' % i)
        if not isinstance(e, dict):
            continue
        check(set(e) <= {'projects', 'value', 'contains', 'found'}, '%s: expect keys' % i)
        if 'found' in e:
            check(e == {'found': False}, '%s: found must be false and alone' % i); nf += 1; continue
        if 'projects' in e:
            ps = e['projects']
            check(isinstance(ps, list) and ps and len(set(ps)) == len(ps), '%s: projects' % i)
            for c in ps:
                check(c in pools.get(st, ()), '%s: %s not in store %s' % (i, c, st))
        if 'value' in e:
            v = e['value']
            check(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v), '%s: value' % i)
        if 'contains' in e:
            c = e['contains']
            check(isinstance(c, list) and c and all(isinstance(x, str) and x.strip() for x in c), '%s: contains' % i)
        check(any(k in e for k in ('projects', 'value', 'contains')), '%s: empty expectation' % i)
    check(per == {'kejifx': 45, 'kejifx_sample': 15}, 'per store %r' % per)
    check(nf == 8, '%d found:false' % nf)
    return lines, nf


def rebuild():
    py = sys.executable
    digests = []
    for _ in range(2):
        subprocess.run([py, os.path.join(HERE, 'make_kejifx.py')], check=True, stdout=subprocess.DEVNULL)
        digests.append(tuple(hashlib.sha256(open(f, 'rb').read()).hexdigest() for f in (G.DOCX, G.PDF)))
    check(digests[0] == digests[1], 'generator not deterministic: %r' % digests)


def main():
    if '--rebuild' in sys.argv:
        before = hashlib.sha256(open(G.PDF, 'rb').read()).hexdigest()
        rebuild()
        check(hashlib.sha256(open(G.PDF, 'rb').read()).hexdigest() == before, 'PDF differs from a fresh generation')
    K = check_records()
    lines, nf = check_questions(K)
    if ERR:
        for e in ERR:
            print('FAIL', e)
        sys.exit(1)
    print('ok: %d questions, %d found:false, %d projects' % (len(lines), nf, len(K)))


if __name__ == '__main__':
    main()
