"""Check probe_v65: the parsed records against the documents' own printed totals and independent parsers, and the
question file's structure. Exit status 1 on any failure.

Records (extract.py) re-checked against:
  shenji   front sheet totals (项目个数, 年度资金总额合计, 本级财政, 上级补助, 自筹资金) = sums over the projects;
           年度资金总额 = 本级财政 + 上级补助 + 自筹资金 per project.
  dangan   totals sentence and summary grid (per row and 合计) = the project blocks; 资金总额 = 财政拨款 + 其他资金.
  xinfang  summary table (per row and 合计) = the project tables; 年度资金总额 = 财政拨款 + 上年结转 + 其他资金.
  yingji   the summary table «四、项目支出预算汇总» (python-docx, per row and 合计) and the prose total.
  cixian   the prose sentence «安排项目支出N个，资金合计…其中一般公共预算…其他资金…» (pdfplumber).
  sample   three other parsers (probe_v60, probe_v62, probe_v64 sample readers) and heldout/v8_script docx_projects.
  other    heldout/v8_script docx_projects (code, amount in 万元, plan).
  all      cumulative plans non-decreasing and ending at 100 %.
Question file: 80 lines, ids q001… in order, allowed keys, stores known and all used, expect keys known,
`found: false` alone, 10–14 such lines, project sets non-empty / unique / present in the store, values finite numbers,
`contains` non-empty strings, history a list of non-empty strings, file identical to a fresh build.
"""
import importlib.util
import json
import math
import os
import re
import sys

import docx
import pdfplumber

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract as E  # noqa: E402
import build as B  # noqa: E402

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def close(a, b, tol=1e-6):
    return a is not None and b is not None and abs(a - b) <= tol


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check_records():
    R, raw = E.load_all()
    counts = {'shenji': 9, 'dangan': 9, 'xinfang': 9, 'cixian': 10, 'yingji': 8, 'sample': 14, 'other': 10}
    for doc, n in counts.items():
        check(len(R[doc]) == n, '%s: %d projects, expected %d' % (doc, len(R[doc]), n))
        cs = [p['code'] for p in R[doc]]
        check(len(set(cs)) == len(cs), '%s: duplicate codes' % doc)
        for p in R[doc]:
            check(p['inds'], '%s %s: no indicator rows' % (doc, p['code']))
            if p['plan']:
                v = [p['plan'][m] for m in E.M]
                check(all(x is not None for x in v) and v == sorted(v) and abs(v[-1] - 100) < 1e-6,
                      '%s %s: plan %r' % (doc, p['code'], v))

    # shenji
    d = raw['shenji_dept']
    S = R['shenji']
    check(d['项目个数（个）'] == len(S), 'shenji: 项目个数')
    check(close(d['年度资金总额合计'], sum(p['total'] for p in S), 1e-4), 'shenji: 年度资金总额合计')
    check(close(d['其中：本级财政'], sum(p['ben'] for p in S), 1e-4), 'shenji: 本级财政')
    check(close(d['上级补助'], sum(p['up'] for p in S), 1e-4), 'shenji: 上级补助')
    check(close(d['自筹资金'], sum(p['own'] for p in S), 1e-4), 'shenji: 自筹资金')
    for p in S:
        check(close(p['total'], p['ben'] + p['up'] + p['own'], 1e-4), 'shenji %s: parts' % p['code'])

    # dangan
    g = raw['dangan']
    D = R['dangan']
    check(g['n_projects'] == len(D), 'dangan: 项目个数')
    tot = (sum(p['total'] for p in D), sum(p['fin'] for p in D), sum(p['other'] for p in D))
    for a, b in zip(g['totals'], tot):
        check(close(a, b, 1e-4), 'dangan: totals sentence %r vs %r' % (g['totals'], tot))
    for a, b in zip(g['summary_total'], tot):
        check(close(a, b, 1e-4), 'dangan: summary 合计 %r vs %r' % (g['summary_total'], tot))
    check(len(g['summary']) == len(D), 'dangan: summary rows')
    for row, p in zip(g['summary'], D):
        check(row['项目编码'] == p['code'] and close(float(row['资金总额']), p['total'], 1e-4),
              'dangan: summary row %r' % row)
    for p in D:
        check(close(p['total'], p['fin'] + p['other'], 1e-4), 'dangan %s: parts' % p['code'])

    # xinfang
    X = R['xinfang']
    sm = raw['xinfang']['summary']
    check(close(sm['total']['年度资金总额'], sum(p['total'] for p in X), 1e-4), 'xinfang: 合计 总额')
    check(close(sm['total']['财政拨款'], sum(p['fin'] for p in X), 1e-4), 'xinfang: 合计 财政拨款')
    check(close(sm['total']['上年结转'], sum(p['carry'] for p in X), 1e-4), 'xinfang: 合计 上年结转')
    check(close(sm['total']['其他资金'], sum(p['other'] for p in X), 1e-4), 'xinfang: 合计 其他资金')
    check(len(sm['rows']) == len(X), 'xinfang: summary rows')
    for row, p in zip(sm['rows'], X):
        check(row['项目编码'] == p['code'] and close(E.num(row['年度资金总额']), p['total'], 1e-4),
              'xinfang: summary row %r' % row)
    for p in X:
        check(close(p['total'], p['fin'] + p['carry'] + p['other'], 1e-4), 'xinfang %s: parts' % p['code'])

    # yingji: summary table and prose
    Y = R['yingji']
    dd = docx.Document(E.PATHS['yingji'])
    t = dd.tables[0]
    rows = [[c.text.strip() for c in r.cells] for r in t.rows]
    check(rows[0][:4] == ['序号', '项目名称', '实施单位', '资金总额'], 'yingji: summary header %r' % rows[0])
    body = [r for r in rows[1:] if r[0].isdigit()]
    check(len(body) == len(Y), 'yingji: summary rows')
    for r, p in zip(body, Y):
        check(r[1] == p['name'] and r[2] == p['org'] and close(float(r[3]), p['total'], 1e-4)
              and close(float(r[4]), p['fin'], 1e-4) and close(float(r[5]), p['other'], 1e-4),
              'yingji: summary row %r vs %s' % (r, p['code']))
    tot_row = [r for r in rows if r[0] == '合计'][0]
    nums = [float(x) for x in tot_row[1:] if re.fullmatch(r'[\d.]+', x)]
    check(close(nums[-3], sum(p['total'] for p in Y), 1e-4) and close(nums[-2], sum(p['fin'] for p in Y), 1e-4)
          and close(nums[-1], sum(p['other'] for p in Y), 1e-4), 'yingji: 合计 row %r' % tot_row)
    prose = ''.join(p.text for p in dd.paragraphs)
    m = re.search(r'项目支出预算合计([\d.]+)万元，其中财政拨款([\d.]+)万元，其他资金（含上年结转资金）([\d.]+)万元', prose)
    check(m is not None, 'yingji: prose totals not found')
    if m:
        for a, b in zip(m.groups(), (sum(p['total'] for p in Y), sum(p['fin'] for p in Y), sum(p['other'] for p in Y))):
            check(close(float(a), b, 1e-4), 'yingji: prose %s vs %s' % (a, b))
    for p in Y:
        check(close(p['total'], p['fin'] + p['other'], 1e-4), 'yingji %s: parts' % p['code'])
        if p['plan_amt']:
            check(close(p['plan_amt'][12], p['total'], 1e-4), 'yingji %s: plan amount ends at total' % p['code'])

    # cixian: prose sentence
    C = R['cixian']
    with pdfplumber.open(E.PATHS['cixian']) as pdf:
        txt = ''.join((pg.extract_text() or '').replace('\n', '') for pg in pdf.pages[:2])
    m = re.search(r'安排项目支出(\d+)个，资金合计([\d.]+)万元，其中一般公共预算([\d.]+)万元，其他资金([\d.]+)万元', txt)
    check(m is not None, 'cixian: prose totals not found')
    if m:
        check(int(m.group(1)) == len(C), 'cixian: project count')
        for a, b in zip(m.groups()[1:], (sum(p['total'] for p in C), sum(p['fin'] for p in C),
                                          sum(p['other'] for p in C))):
            check(close(float(a), b, 1e-4), 'cixian: prose %s vs %s' % (a, b))

    # sample: independent parsers
    W = R['sample']
    v8 = _load('v65_v8_extract', os.path.join(E.ROOT, 'eval', 'heldout', 'v8_script', 'extract.py'))
    others = {
        'v60': E.v60.sample(E.PATHS['sample']),
        'v62': E.v62.sample(E.PATHS['sample']),
        'v64': E.v64.sample(E.PATHS['sample']),
        'v8': v8.docx_projects(E.PATHS['sample']),
    }
    for nm, ps in others.items():
        check([p['code'] for p in ps] == [p['code'] for p in W], 'sample: codes differ from %s' % nm)
        for a, b in zip(ps, W):
            check(close(a['wan'], b['total'], 1e-6), 'sample %s: total differs from %s' % (b['code'], nm))
    for a, b in zip(others['v60'], W):
        check([a['plan'][k] for k in E.PLAN_LABEL['sample']] == [b['plan'][m] for m in E.M],
              'sample %s: plan differs from v60' % b['code'])
        check(len(a['indicators']) == len(b['inds']), 'sample %s: indicator count differs' % b['code'])
    # other: v8 parser
    O = R['other']
    ov = v8.docx_projects(E.PATHS['other'])
    check([p['code'] for p in ov] == [p['code'] for p in O], 'other: codes differ from v8')
    for a, b in zip(ov, O):
        check(close(a['wan'], b['total'], 1e-6), 'other %s: total differs from v8' % b['code'])
        check(bool(a['plan']) == bool(b['plan']), 'other %s: plan presence differs from v8' % b['code'])
        if a['plan']:
            check([a['plan'][k] for k in E.PLAN_LABEL['other']] == [b['plan'][m] for m in E.M],
                  'other %s: plan differs from v8' % b['code'])
    # other: indicator rows counted straight from the tables headed 一级指标 that follow each project table
    n_rows, cur = [], None
    for t in docx.Document(E.PATHS['other']).tables:
        first = t.rows[0].cells[0].text.strip()
        if first == '项目编码':
            n_rows.append(0)
        elif first == '一级指标' and n_rows:
            n_rows[-1] += len(t.rows) - 1
    check(n_rows == [len(p['inds']) for p in O], 'other: indicator rows %r' % n_rows)
    return R


def check_questions(R):
    path = B.OUT
    with open(path, encoding='utf-8') as f:
        text = f.read()
    lines = [json.loads(x) for x in text.splitlines()]
    check(len(lines) == 80, '%d lines, expected 80' % len(lines))
    fresh = ''.join(json.dumps(d, ensure_ascii=False) + '\n' for d in B.build())
    check(text == fresh, 'jsonl differs from a fresh build')
    nf = 0
    used = set()
    for k, d in enumerate(lines, 1):
        i = d.get('id')
        check(i == 'q%03d' % k, 'id %r at line %d' % (i, k))
        check(set(d) <= {'id', 'question', 'store', 'kind', 'expect', 'history'}, '%s: keys %r' % (i, sorted(d)))
        check(isinstance(d.get('question'), str) and d['question'].strip(), '%s: question' % i)
        check(isinstance(d.get('kind'), str) and d['kind'], '%s: kind' % i)
        st = d.get('store')
        check(st in E.STORES, '%s: store %r' % (i, st))
        used.add(st)
        if 'history' in d:
            h = d['history']
            check(isinstance(h, list) and h and all(isinstance(x, str) and x.strip() for x in h), '%s: history' % i)
        e = d.get('expect')
        check(isinstance(e, dict) and e, '%s: expect' % i)
        if not isinstance(e, dict):
            continue
        check(set(e) <= {'projects', 'value', 'contains', 'found'}, '%s: expect keys %r' % (i, sorted(e)))
        if 'found' in e:
            check(e == {'found': False}, '%s: found must be false and alone' % i)
            nf += 1
            continue
        pool = {p['code'] for doc in E.STORES.get(st, []) for p in R[doc]}
        if 'projects' in e:
            ps = e['projects']
            check(isinstance(ps, list) and ps and len(set(ps)) == len(ps), '%s: projects' % i)
            for c in ps:
                check(c in pool, '%s: %s not in store %s' % (i, c, st))
        if 'value' in e:
            v = e['value']
            check(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v), '%s: value' % i)
        if 'contains' in e:
            c = e['contains']
            check(isinstance(c, list) and c and all(isinstance(x, str) and x.strip() for x in c), '%s: contains' % i)
        check(any(k in e for k in ('projects', 'value', 'contains')), '%s: empty expectation' % i)
    check(used == set(E.STORES), 'stores unused: %r' % sorted(set(E.STORES) - used))
    check(10 <= nf <= 14, '%d found:false lines' % nf)
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
