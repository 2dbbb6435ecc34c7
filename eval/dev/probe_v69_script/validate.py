"""Check probe_v69: parsed records against the documents' own printed figures and an independent reader, then the
question file's structure. Exit status 1 on any failure.

Records re-checked:
  qixiang  the prose sentence «全年安排项目支出N个，项目资金合计…其中财政拨款…上年结转…其他资金…；共设置绩效指标N条»
           (python-docx paragraphs) = sums over the project tables; per project 财政拨款 + 上年结转 + 其他资金 = 资金总额;
           the four per-quarter plan amounts sum to 资金总额; the 项目总成本 indicator equals 资金总额 (元 row for the
           元 project); the set of 项目编号 found by scanning every table cell with a regular expression = the records.
  sample   probe_v67's independent sample reader (codes, 预算数, plan at 3/6/10/12月底) = the v65 records.
  all      project counts per document, unique codes, indicator rows present.
Question file: 90 lines, ids p001… in order, allowed keys, the eleven stores all used, expect keys known,
`found: false` alone (10–14 such lines), project sets non-empty / unique / in the store, values finite numbers,
`contains` non-empty strings, history a list of non-empty strings, every found need asked at least twice and with the
same project set each time, file identical to a fresh build.
"""
import sys
sys.dont_write_bytecode = True
import json
import math
import os
import re
import sys
from collections import defaultdict

import docx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build as B  # noqa: E402

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def close(a, b, tol=1e-6):
    return a is not None and b is not None and abs(a - b) <= tol


def check_records():
    R, raw = B.load()
    counts = {'shenji': 9, 'dangan': 9, 'xinfang': 9, 'cixian': 10, 'yingji': 8, 'sample': 14, 'other': 10,
              'qixiang': 9}
    for doc, n in counts.items():
        check(len(R[doc]) == n, '%s: %d projects, expected %d' % (doc, len(R[doc]), n))
        cs = [p['code'] for p in R[doc]]
        check(len(set(cs)) == len(cs), '%s: duplicate codes' % doc)
        for p in R[doc]:
            check(p['inds'], '%s %s: no indicator rows' % (doc, p['code']))

    # qixiang against its own prose and a regex scan of the tables
    QX = R['qixiang']
    prose = ''.join(raw['qixiang']['paras'])
    m = re.search(r'安排项目支出(\d+)个，项目资金合计([\d.]+)万元，其中财政拨款([\d.]+)万元、上年结转([\d.]+)万元、'
                  r'其他资金([\d.]+)万元', prose)
    check(m is not None, 'qixiang: totals sentence not found')
    if m:
        check(int(m.group(1)) == len(QX), 'qixiang: 项目个数')
        for g, f in ((2, 'total'), (3, 'fin'), (4, 'carry'), (5, 'other')):
            check(close(float(m.group(g)), sum(p[f] for p in QX), 1e-4), 'qixiang: prose %s' % f)
    m = re.search(r'共设置绩效指标(\d+)条', prose)
    check(m is not None and int(m.group(1)) == sum(len(p['inds']) for p in QX), 'qixiang: indicator count')
    for p in QX:
        check(close(p['fin'] + p['carry'] + p['other'], p['total'], 1e-6), 'qixiang %s: parts' % p['code'])
        check(close(sum(p['q_amt'].values()), p['total'], 1e-6), 'qixiang %s: quarters' % p['code'])
        v = [p['plan'][k] for k in B.M]
        check(v == sorted(v) and close(v[-1], 100.0, 1e-6), 'qixiang %s: plan %r' % (p['code'], v))
        tc = [i for i in p['inds'] if i['name'] == '项目总成本']
        if tc:
            k = 10000.0 if '万元' not in tc[0]['value'] and '元' in tc[0]['value'] else 1.0
            check(close(tc[0]['num'] / k, p['total'], 1e-6), 'qixiang %s: 项目总成本' % p['code'])
    d = docx.Document(B.QX_PATH)
    found = set()
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                if re.fullmatch(r'13040625P00QX\d{7}[A-Z]', c.text.strip()):
                    found.add(c.text.strip())
    check(found == {p['code'] for p in QX}, 'qixiang: code scan %r' % sorted(found ^ {p['code'] for p in QX}))

    # sample against probe_v67's independent reader
    S67 = {p['code']: p for p in B.Q67.sample(B.E.PATHS['sample'])}
    check(set(S67) == {p['code'] for p in R['sample']}, 'sample: codes')
    for p in R['sample']:
        o = S67.get(p['code'])
        if not o:
            continue
        check(close(o['total'], p['total'], 1e-6), 'sample %s: total' % p['code'])
        for k, lab in zip(B.M, ('3月底', '6月底', '10月底', '12月底')):
            check(close(o['plan'].get(lab), p['plan'][k], 1e-6), 'sample %s: plan %s' % (p['code'], lab))
    return R


def check_questions(R):
    path = B.OUT
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    lines = [json.loads(x) for x in raw.splitlines()]
    check(len(lines) == 90, '%d lines' % len(lines))
    fresh = ''.join(json.dumps(d, ensure_ascii=False) + '\n' for d in B.build())
    check(raw == fresh, 'file differs from a fresh build')
    nf = 0
    used = set()
    needs = defaultdict(list)
    for n, d in enumerate(lines, 1):
        i = d.get('id')
        check(i == 'p%03d' % n, 'id %r at line %d' % (i, n))
        check(set(d) <= {'id', 'question', 'store', 'kind', 'need', 'expect', 'history'}, '%s: keys' % i)
        check(isinstance(d.get('question'), str) and d['question'].strip(), '%s: question' % i)
        check(d.get('store') in B.STORES, '%s: store %r' % (i, d.get('store')))
        used.add(d.get('store'))
        e = d.get('expect') or {}
        check(e and set(e) <= {'projects', 'value', 'contains', 'found'}, '%s: expect keys %r' % (i, sorted(e)))
        if 'found' in e:
            check(e == {'found': False}, '%s: found must be false and alone' % i)
            nf += 1
        if 'projects' in e:
            ps = e['projects']
            pool = {p['code'] for dd in B.STORES.get(d['store'], []) for p in R[dd]}
            check(isinstance(ps, list) and ps and len(set(ps)) == len(ps) and set(ps) <= pool, '%s: projects' % i)
        if 'value' in e:
            v = e['value']
            check(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v), '%s: value' % i)
        if 'contains' in e:
            check(isinstance(e['contains'], list) and e['contains'] and
                  all(isinstance(s, str) and s for s in e['contains']), '%s: contains' % i)
        if 'history' in d:
            check(isinstance(d['history'], list) and d['history'] and
                  all(isinstance(s, str) and s.strip() for s in d['history']), '%s: history' % i)
        needs[(d['store'], d.get('need'))].append(d)
    check(used == set(B.STORES), 'stores unused: %r' % sorted(set(B.STORES) - used))
    check(10 <= nf <= 14, '%d found:false lines' % nf)
    for k, ds in needs.items():
        if ds[0]['expect'] == {'found': False}:
            check(all(x['expect'] == {'found': False} for x in ds), '%r: mixed found' % (k,))
            continue
        check(2 <= len(ds) <= 3, '%r: asked %d times' % (k, len(ds)))
        check(len({tuple(x['expect'].get('projects', [])) for x in ds}) == 1, '%r: project sets differ' % (k,))
        check(len({x['question'] for x in ds}) == len(ds), '%r: repeated wording' % (k,))
    return lines, nf


def main():
    R = check_records()
    lines, nf = check_questions(R)
    if ERR:
        for e in ERR:
            print('FAIL', e)
        sys.exit(1)
    print('ok: %d questions, %d found:false, %d stores, %d needs' % (
        len(lines), nf, len({d['store'] for d in lines}), len({(d['store'], d['need']) for d in lines})))


if __name__ == '__main__':
    main()
