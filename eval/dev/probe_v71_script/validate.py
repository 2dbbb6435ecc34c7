"""Check probe_v71: the parsed records against the documents' own totals and an independent reader, then the question
file's structure. Exit status 1 on any failure.

Records: project counts per document; unique codes; money parts add up (dangan / yingji 总额 = 财政 + 其他, xinfang and
qixiang 总额 = 财政 + 结转 + 其他, shenji 总额 = 本级 + 上级 + 自筹); cumulative plans non-decreasing to 100 %; yingji
printed cumulative amounts end at 总额; qixiang quarter amounts add up to 总额 and its prose totals sentence (count, 总额,
财政拨款, 上年结转, 其他资金) equals the sums; cixian prose totals (pdfplumber) equal the sums; the sample records equal
the probe_v67 sample reader (codes, 预算数, plan, indicator-row counts).
Questions: 80 lines, ids q001… in order, allowed keys, all twelve stores used, expect keys known, `found: false` alone
(13–17 such lines), project sets non-empty, unique and in the store, values finite numbers, `contains` non-empty
strings, history lists of strings, file identical to a fresh build.
"""
import json
import math
import os
import re
import sys

import pdfplumber

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build as B  # noqa: E402

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def close(a, b, tol=1e-4):
    return a is not None and b is not None and abs(a - b) <= tol


def check_records():
    R = B.load()
    counts = {'shenji': 9, 'dangan': 9, 'xinfang': 9, 'cixian': 10, 'yingji': 8, 'sample': 14, 'other': 10,
              'qixiang': 9}
    for doc, n in counts.items():
        check(len(R[doc]) == n, '%s: %d projects, expected %d' % (doc, len(R[doc]), n))
        cs = [p['code'] for p in R[doc]]
        check(len(set(cs)) == len(cs), '%s: duplicate codes' % doc)
        for p in R[doc]:
            check(p['inds'], '%s %s: no indicator rows' % (doc, p['code']))
            if p['plan']:
                v = [p['plan'][m] for m in (3, 6, 9, 12)]
                check(all(x is not None for x in v) and v == sorted(v) and abs(v[-1] - 100) < 1e-6,
                      '%s %s: plan %r' % (doc, p['code'], v))
    for p in R['shenji']:
        check(close(p['total'], p['ben'] + p['up'] + p['own']), 'shenji %s parts' % p['code'])
    for doc in ('dangan', 'yingji'):
        for p in R[doc]:
            check(close(p['total'], p['fin'] + p['other']), '%s %s parts' % (doc, p['code']))
    for doc in ('xinfang', 'qixiang'):
        for p in R[doc]:
            check(close(p['total'], p['fin'] + p['carry'] + p['other']), '%s %s parts' % (doc, p['code']))
    for p in R['yingji']:
        if p['plan_amt']:
            check(close(p['plan_amt'][12], p['total']), 'yingji %s plan amount end' % p['code'])
    G = R['qixiang']
    for p in G:
        check(close(sum(p['q']), p['total']), 'qixiang %s quarters' % p['code'])
    txt = re.sub(r'\s', '', B.docx_text(B.QX_DOC))
    m = re.search(r'全年安排项目支出(\d+)个，项目资金合计([\d.]+)万元，其中财政拨款([\d.]+)万元、上年结转([\d.]+)万元、'
                  r'其他资金([\d.]+)万元', txt)
    check(m is not None, 'qixiang: prose totals not found')
    if m:
        check(int(m.group(1)) == len(G), 'qixiang: prose count')
        for a, b in zip(m.groups()[1:], [sum(p[k] for p in G) for k in ('total', 'fin', 'carry', 'other')]):
            check(close(float(a), b), 'qixiang prose %s vs %s' % (a, b))
    C = R['cixian']
    with pdfplumber.open(B.E65.PATHS['cixian']) as pdf:
        t = ''.join((pg.extract_text() or '').replace('\n', '') for pg in pdf.pages[:2])
    m = re.search(r'安排项目支出(\d+)个，资金合计([\d.]+)万元，其中一般公共预算([\d.]+)万元，其他资金([\d.]+)万元', t)
    check(m is not None, 'cixian: prose totals not found')
    if m:
        check(int(m.group(1)) == len(C), 'cixian: prose count')
        for a, b in zip(m.groups()[1:], [sum(p[k] for p in C) for k in ('total', 'fin', 'other')]):
            check(close(float(a), b), 'cixian prose %s vs %s' % (a, b))
    S67 = B.E67.sample(B.E65.PATHS['sample'])
    W = R['sample']
    check([p['code'] for p in S67] == [p['code'] for p in W], 'sample: codes differ from v67 reader')
    for a, b in zip(S67, W):
        check(close(a['total'], b['total'], 1e-6), 'sample %s total' % b['code'])
        check([a['plan'][k] for k in ('3月底', '6月底', '10月底', '12月底')] == [b['plan'][m] for m in (3, 6, 9, 12)],
              'sample %s plan' % b['code'])
        check(len(a['indicators']) == len(b['inds']), 'sample %s indicator rows' % b['code'])
    return R


def check_questions(R):
    with open(B.OUT, encoding='utf-8') as f:
        text = f.read()
    lines = [json.loads(x) for x in text.splitlines()]
    check(len(lines) == 80, '%d lines' % len(lines))
    fresh = ''.join(json.dumps(d, ensure_ascii=False) + '\n' for d in B.build())
    check(text == fresh, 'jsonl differs from a fresh build')
    nf, used = 0, set()
    for k, d in enumerate(lines, 1):
        i = d.get('id')
        check(i == 'q%03d' % k, 'id %r at line %d' % (i, k))
        check(set(d) <= {'id', 'question', 'store', 'kind', 'expect', 'history'}, '%s keys' % i)
        check(isinstance(d.get('question'), str) and d['question'].strip(), '%s question' % i)
        st = d.get('store')
        check(st in B.STORES, '%s store %r' % (i, st))
        used.add(st)
        if 'history' in d:
            h = d['history']
            check(isinstance(h, list) and h and all(isinstance(x, str) and x.strip() for x in h), '%s history' % i)
        e = d.get('expect')
        check(isinstance(e, dict) and e, '%s expect' % i)
        if not isinstance(e, dict):
            continue
        check(set(e) <= {'projects', 'value', 'contains', 'found'}, '%s expect keys' % i)
        if 'found' in e:
            check(e == {'found': False}, '%s found must be false and alone' % i)
            nf += 1
            continue
        pool = {p['code'] for doc in B.STORES.get(st, []) for p in R[doc]}
        if 'projects' in e:
            ps = e['projects']
            check(isinstance(ps, list) and ps and len(set(ps)) == len(ps) and all(c in pool for c in ps),
                  '%s projects' % i)
        if 'value' in e:
            v = e['value']
            check(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v), '%s value' % i)
        if 'contains' in e:
            c = e['contains']
            check(isinstance(c, list) and c and all(isinstance(x, str) and x.strip() for x in c), '%s contains' % i)
    check(used == set(B.STORES), 'stores unused: %r' % sorted(set(B.STORES) - used))
    check(13 <= nf <= 17, '%d found:false' % nf)
    return lines, nf


def main():
    R = check_records()
    lines, nf = check_questions(R)
    if ERR:
        for e in ERR:
            print('FAIL', e)
        sys.exit(1)
    print('ok: %d questions, %d found:false, %d stores' % (len(lines), nf, len({d['store'] for d in lines})))


if __name__ == '__main__':
    main()
