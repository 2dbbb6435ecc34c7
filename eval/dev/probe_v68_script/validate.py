"""Check probe_v68: the parsed records against the documents' own printed figures, and the question file's structure.
Exit status 1 on any failure.

Records (probe_v65 extract.py, loaded by build.py) re-checked against the documents' raw text (build.raw):
  all      project counts; codes unique and printed in the document; every total printed in the document (万元
           projects as printed, 元 projects as the 元 figure); cumulative plans non-decreasing and ending at 100 %;
           yingji printed plan amounts non-decreasing and ending at the total.
  shenji   front sheet (项目个数, 年度资金总额合计, 本级财政, 上级补助, 自筹资金) = sums; 总额 = 本级 + 上级 + 自筹.
  dangan   prose «安排项目N个，项目支出合计…其中：一般公共预算财政拨款…其他资金…» = sums; 总额 = 财政拨款 + 其他.
  xinfang  prose «安排项目支出N个，项目资金合计…财政拨款…上年结转…其他资金…» = sums; 总额 = 财政 + 结转 + 其他.
  cixian   prose «安排项目支出N个，资金合计…其中一般公共预算…其他资金…» = sums; 总额 = 一般公共预算 + 其他.
  yingji   prose «全年安排项目支出N个» and «项目支出预算合计…其中财政拨款…其他资金…» = sums.
Question file: 80 lines, ids q001… in order, allowed keys, stores known and all ten used, expect keys known,
`found: false` alone (22–28 such lines), project sets non-empty / unique / present in the store, values finite
numbers, `contains` non-empty strings, history a list of non-empty strings, questions unique, file identical to a
fresh build (which re-runs every absence assertion).
"""
import importlib.util
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('v68_build', os.path.join(HERE, 'build.py'))
B = importlib.util.module_from_spec(spec)
spec.loader.exec_module(B)
E = B.E

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def close(a, b, tol=1e-4):
    return a is not None and b is not None and abs(a - b) <= tol


def flat(doc):
    return re.sub(r'\s+', '', B.raw(doc))


def nums(s):
    return [float(x) for x in s]


def check_records():
    R, raw = E.load_all()
    counts = {'shenji': 9, 'dangan': 9, 'xinfang': 9, 'cixian': 10, 'yingji': 8, 'sample': 14, 'other': 10}
    for doc, n in counts.items():
        ps = R[doc]
        check(len(ps) == n, '%s: %d projects, expected %d' % (doc, len(ps), n))
        cs = [p['code'] for p in ps]
        check(len(set(cs)) == len(cs), '%s: duplicate codes' % doc)
        t = flat(doc).replace(',', '')
        for p in ps:
            check(p['code'] in t, '%s %s: code not printed' % (doc, p['code']))
            check(p['inds'], '%s %s: no indicator rows' % (doc, p['code']))
            if p['unit'] == '元':
                fig = '%d' % round(p['total'] * 10000)
            else:
                fig = '%g' % p['total']
            check(re.search(r'(?<![\d.])' + re.escape(fig) + r'(?![\d])', t) is not None,
                  '%s %s: total %s not printed' % (doc, p['code'], fig))
            if p['plan']:
                v = [p['plan'][m] for m in E.M]
                check(all(x is not None for x in v) and v == sorted(v) and abs(v[-1] - 100) < 1e-6,
                      '%s %s: plan %r' % (doc, p['code'], v))
            if p['plan_amt']:
                a = [p['plan_amt'][m] for m in E.M]
                check(a == sorted(a) and close(a[-1], p['total']), '%s %s: plan amounts %r' % (doc, p['code'], a))

    S = R['shenji']
    d = raw['shenji_dept']
    check(d['项目个数（个）'] == len(S), 'shenji: 项目个数')
    check(close(d['年度资金总额合计'], sum(p['total'] for p in S)), 'shenji: 年度资金总额合计')
    check(close(d['其中：本级财政'], sum(p['ben'] for p in S)), 'shenji: 本级财政')
    check(close(d['上级补助'], sum(p['up'] for p in S)), 'shenji: 上级补助')
    check(close(d['自筹资金'], sum(p['own'] for p in S)), 'shenji: 自筹资金')
    for p in S:
        check(close(p['total'], p['ben'] + p['up'] + p['own']), 'shenji %s: parts' % p['code'])

    def sums(doc, *keys):
        return [sum(p[k] for p in R[doc]) for k in keys]

    m = re.search(r'安排项目(\d+)个，项目支出合计([\d.]+)万元，其中：一般公共预算财政拨款([\d.]+)万元，其他资金([\d.]+)万元',
                  flat('dangan'))
    check(m is not None, 'dangan: totals sentence not found')
    if m:
        check(int(m.group(1)) == len(R['dangan']), 'dangan: 项目个数')
        for a, b in zip(nums(m.groups()[1:]), sums('dangan', 'total', 'fin', 'other')):
            check(close(a, b), 'dangan: totals %r vs %r' % (a, b))
    for p in R['dangan']:
        check(close(p['total'], p['fin'] + p['other']), 'dangan %s: parts' % p['code'])

    m = re.search(r'安排项目支出(\d+)个，项目资金合计([\d.]+)万元，其中财政拨款([\d.]+)万元、上年结转([\d.]+)万元、'
                  r'其他资金([\d.]+)万元', flat('xinfang'))
    check(m is not None, 'xinfang: totals sentence not found')
    if m:
        check(int(m.group(1)) == len(R['xinfang']), 'xinfang: 项目个数')
        for a, b in zip(nums(m.groups()[1:]), sums('xinfang', 'total', 'fin', 'carry', 'other')):
            check(close(a, b), 'xinfang: totals %r vs %r' % (a, b))
    for p in R['xinfang']:
        check(close(p['total'], p['fin'] + p['carry'] + p['other']), 'xinfang %s: parts' % p['code'])

    m = re.search(r'安排项目支出(\d+)个，资金合计([\d.]+)万元，其中一般公共预算([\d.]+)万元，其他资金([\d.]+)万元',
                  flat('cixian'))
    check(m is not None, 'cixian: totals sentence not found')
    if m:
        check(int(m.group(1)) == len(R['cixian']), 'cixian: 项目个数')
        for a, b in zip(nums(m.groups()[1:]), sums('cixian', 'total', 'fin', 'other')):
            check(close(a, b), 'cixian: totals %r vs %r' % (a, b))
    for p in R['cixian']:
        check(close(p['total'], p['fin'] + p['other']), 'cixian %s: parts' % p['code'])

    t = flat('yingji')
    m = re.search(r'全年安排项目支出(\d+)个', t)
    check(m is not None and int(m.group(1)) == len(R['yingji']), 'yingji: 项目个数')
    m = re.search(r'项目支出预算合计([\d.]+)万元，其中财政拨款([\d.]+)万元，其他资金（含上年结转资金）([\d.]+)万元', t)
    check(m is not None, 'yingji: totals sentence not found')
    if m:
        for a, b in zip(nums(m.groups()), sums('yingji', 'total', 'fin', 'other')):
            check(close(a, b), 'yingji: totals %r vs %r' % (a, b))
    for p in R['yingji']:
        check(close(p['total'], p['fin'] + p['other']), 'yingji %s: parts' % p['code'])
    return R


def check_questions(R):
    lines = B.build()
    with open(B.OUT, encoding='utf-8') as f:
        text = f.read()
    fresh = ''.join(json.dumps(d, ensure_ascii=False) + '\n' for d in lines)
    check(text == fresh, 'file differs from a fresh build')
    file_lines = [json.loads(x) for x in text.splitlines() if x.strip()]
    check(len(file_lines) == 80, '%d lines, expected 80' % len(file_lines))
    seen_q = set()
    nf = 0
    for k, d in enumerate(file_lines, 1):
        i = d.get('id')
        check(i == 'q%03d' % k, 'id %r at line %d' % (i, k))
        check(set(d) <= {'id', 'question', 'store', 'kind', 'expect', 'history'}, '%s: keys %r' % (i, sorted(d)))
        check(isinstance(d.get('question'), str) and d['question'].strip(), '%s: question' % i)
        key = (d['question'], tuple(d.get('history', [])), d.get('store'))
        check(key not in seen_q, '%s: duplicate question' % i)
        seen_q.add(key)
        check(d.get('store') in E.STORES, '%s: store %r' % (i, d.get('store')))
        check(isinstance(d.get('kind'), str) and d['kind'], '%s: kind' % i)
        if 'history' in d:
            check(isinstance(d['history'], list) and d['history'] and
                  all(isinstance(h, str) and h.strip() for h in d['history']), '%s: history' % i)
        ex = d.get('expect')
        check(isinstance(ex, dict) and ex, '%s: expect' % i)
        if not isinstance(ex, dict):
            continue
        check(set(ex) <= {'projects', 'value', 'contains', 'found'}, '%s: expect keys %r' % (i, sorted(ex)))
        if 'found' in ex:
            check(ex == {'found': False}, '%s: found:false must stand alone' % i)
            nf += 1
            continue
        pool = {p['code'] for doc in E.STORES.get(d['store'], []) for p in R[doc]}
        if 'projects' in ex:
            ps = ex['projects']
            check(isinstance(ps, list) and ps and len(set(ps)) == len(ps), '%s: projects' % i)
            check(all(c in pool for c in ps), '%s: project outside the store' % i)
        if 'value' in ex:
            v = ex['value']
            check(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v), '%s: value' % i)
        if 'contains' in ex:
            c = ex['contains']
            check(isinstance(c, list) and c and all(isinstance(x, str) and x for x in c), '%s: contains' % i)
        check(set(ex) & {'projects', 'value', 'contains'}, '%s: nothing to check' % i)
    check(22 <= nf <= 28, '%d found:false lines, expected 22-28' % nf)
    check({d.get('store') for d in file_lines} == set(E.STORES), 'not all ten stores used')
    return file_lines, nf


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
