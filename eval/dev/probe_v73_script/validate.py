"""probe_v73 validator: re-checks the parsed records against the documents' own figures and independent reads, then
checks the question file (shape, stores, expectations, and byte-equality with a fresh build)."""
import hashlib
import json
import math
import os
import re
import sys

import docx
import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build as B  # noqa: E402

OK = []


def check(cond, msg):
    assert cond, msg
    OK.append(msg)


def close(a, b, tol=1e-6):
    return abs(float(a) - float(b)) <= tol


def records():
    R = B.load_all()
    qraw = B.E67.qixiang(B.QIXIANG)
    fraw = B.E70.renfang(B.RENFANG)

    # ---- qixiang: prose totals, quarters add up, funding parts add up, independent docx read of codes
    G = R['qixiang']
    prose = '\n'.join(qraw['paras'])
    m = re.search(r'安排项目支出(\d+)个，项目资金合计([\d.]+)万元，其中财政拨款([\d.]+)万元、上年结转([\d.]+)万元、'
                  r'其他资金([\d.]+)万元.*?共设置绩效指标(\d+)条', prose)
    check(m is not None, 'qixiang prose totals sentence found')
    n, tot, fin, car, oth, ninds = m.groups()
    check(len(G) == int(n), 'qixiang project count = prose')
    check(close(sum(x['total'] for x in G), float(tot), 1e-4), 'qixiang total = prose')
    check(close(sum(x['fin'] for x in G), float(fin), 1e-4), 'qixiang 财政拨款 = prose')
    check(close(sum(x['carry'] for x in G), float(car), 1e-4), 'qixiang 上年结转 = prose')
    check(close(sum(x['other'] for x in G), float(oth), 1e-4), 'qixiang 其他资金 = prose')
    check(sum(len(x['inds']) for x in G) == int(ninds), 'qixiang indicator count = prose')
    for p in qraw['projects']:
        check(close(sum(p['q']), p['total'], 1e-6), 'qixiang quarters sum to total: ' + p['name'])
        check(close(p['fin'] + p['carry'] + p['other'], p['total'], 1e-6), 'qixiang 财政+结转+其他 = 总额: ' + p['name'])
    d = docx.Document(B.QIXIANG)
    found = []
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                for code in re.findall(r'13040625P00QX\w{8}', c.text):
                    if code not in found:
                        found.append(code)
    check(found == [x['code'] for x in G], 'qixiang codes = independent docx scan (order kept)')

    # ---- renfang: 合计 row, plan 合计 row, prose, independent openpyxl read of codes
    F = R['renfang']
    tr = fraw['total_row']
    check(close(sum(x['total'] for x in F), tr['资金总额'], 1e-4), 'renfang total = 合计 row')
    check(close(sum(x['fin'] for x in F), tr['财政拨款'], 1e-4), 'renfang 财政拨款 = 合计 row')
    check(close(sum(x['other'] for x in F), tr['其他资金'], 1e-4), 'renfang 其他资金 = 合计 row')
    pt = fraw['plan_total']
    for j in range(4):
        check(close(sum(x['quarter'][j + 1] for x in F if x['quarter']), pt['q'][j], 1e-4),
              'renfang plan quarter %d = 合计 row' % (j + 1))
    for p in F:
        check(close(p['fin'] + p['other'], p['total'], 1e-6), 'renfang 财政+其他 = 总额: ' + p['name'])
        if p['cum']:
            check(close(p['cum'][12], p['total'], 1e-6), 'renfang plan reaches total: ' + p['name'])
    text = '\n'.join(fraw['prose'])
    m = re.search(r'安排项目支出(\d+)个，项目资金合计([\d.]+)万元.*?共设置三级绩效指标(\d+)条', text)
    check(m is not None, 'renfang prose totals sentence found')
    check(len(F) == int(m.group(1)), 'renfang project count = prose')
    check(close(sum(x['total'] for x in F), float(m.group(2)), 1e-4), 'renfang total = prose')
    check(sum(len(x['inds']) for x in F) == int(m.group(3)), 'renfang indicator count = prose')
    wb = openpyxl.load_workbook(B.RENFANG, data_only=True)
    codes = []
    for row in wb['项目汇总'].iter_rows(values_only=True):
        for v in row:
            if isinstance(v, str) and re.fullmatch(r'13040625P00RF\w{8}', v):
                codes.append(v)
    check(codes == [x['code'] for x in F], 'renfang codes = independent 项目汇总 scan')
    ind_codes = set()
    for row in wb['绩效指标'].iter_rows(values_only=True):
        for v in row:
            if isinstance(v, str) and re.fullmatch(r'13040625P00RF\w{8}', v):
                ind_codes.add(v)
    check(ind_codes == set(codes), 'renfang 绩效指标 sheet covers every project')

    # ---- sample (facts stated in data/samples/README.md) and the other stores
    W = R['sample']
    check(len(W) == 14 and sum(len(x['inds']) for x in W) == 101, 'sample 14 projects / 101 indicator rows')
    check(close(sum(x['total'] for x in W), 37106.9, 1e-4), 'sample total 37106.9 万元')
    for doc, n in (('other', 10), ('xinfang', 9), ('cixian', 10), ('yingji', 8)):
        check(len(R[doc]) == n, '%s holds %d projects' % (doc, n))
    for p in R['xinfang']:
        check(close(p['fin'] + p['carry'] + p['other'], p['total'], 1e-6), 'xinfang 财政+结转+其他 = 总额: ' + p['name'])
    for doc, ps in R.items():
        for p in ps:
            if p['cum']:
                v = [p['cum'][k] for k in B.M]
                check(all(a <= b + 1e-9 for a, b in zip(v, v[1:])), '%s plan non-decreasing: %s' % (doc, p['name']))
                check(close(v[-1], p['total'], 1e-4), '%s plan ends at total: %s' % (doc, p['name']))
    codes_all = [p['code'] for ps in R.values() for p in ps]
    check(len(codes_all) == len(set(codes_all)), 'project codes unique across documents')
    return R


def questions(R):
    Q = B.build()
    with open(B.OUT, encoding='utf-8') as f:
        raw = f.read()
    lines = raw.splitlines()
    check(len(lines) == 80, '80 lines')
    fresh = ''.join(json.dumps(d, ensure_ascii=False) + '\n' for d in Q)
    check(raw == fresh, 'file equals a fresh build')
    used, nf = set(), 0
    for k, line in enumerate(lines):
        d = json.loads(line)
        check(d['id'] == 'q%03d' % (k + 1), 'id in order ' + d['id'])
        check(set(d) <= {'id', 'question', 'store', 'kind', 'expect', 'history'}, 'keys allowed ' + d['id'])
        check(d['store'] in B.STORES, 'store known ' + d['id'])
        check(isinstance(d['question'], str) and d['question'].strip(), 'question text ' + d['id'])
        used.add(d['store'])
        e = d['expect']
        check(set(e) <= {'projects', 'value', 'contains', 'found'} and e, 'expect keys ' + d['id'])
        if 'found' in e:
            check(e == {'found': False}, 'found:false stands alone ' + d['id'])
            nf += 1
        pool = {p['code'] for doc in B.STORES[d['store']] for p in R[doc]}
        if 'projects' in e:
            ps = e['projects']
            check(ps and len(ps) == len(set(ps)) and set(ps) <= pool, 'project set valid ' + d['id'])
        if 'value' in e:
            check(isinstance(e['value'], (int, float)) and math.isfinite(e['value']), 'value finite ' + d['id'])
        if 'contains' in e:
            check(e['contains'] and all(isinstance(c, str) and c.strip() for c in e['contains']), 'contains ' + d['id'])
        if 'history' in d:
            check(d['history'] and all(isinstance(h, str) and h for h in d['history']), 'history ' + d['id'])
    check(used == set(B.STORES), 'all nine stores used')
    check(10 <= nf <= 14, 'found:false count %d in 10..14' % nf)
    return hashlib.sha256(raw.encode('utf-8')).hexdigest(), nf


if __name__ == '__main__':
    R = records()
    sha, nf = questions(R)
    print('ok: %d checks, found:false %d, sha256 %s' % (len(OK), nf, sha))
