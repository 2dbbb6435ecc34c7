"""Check probe_v70. Exit status 1 on any failure.

(1) The openpyxl parse (extract.py) equals the generator's data (make_renfang.P) field by field.
(2) The workbook's own figures: 项目汇总 合计 row = sums (元 row converted); 资金总额 = 财政拨款 + 其他资金 per project;
    支出计划 quarters add up to 全年计划 = 资金总额 per project, the 合计 row = column sums (万元); the 说明 prose totals
    and indicator count; merged 项目名称 / 一级指标 runs on 绩效指标; fixed core properties and zip timestamps.
(3) An independent reader: LibreOffice (`soffice --convert-to csv`, all sheets, private profile) — codes, names,
    amounts, indicator rows and plan rows must match the openpyxl parse.
(4) The sample via heldout-free readers: probe_v64's sample() (through extract.sample) must give 14 projects, 101 rows,
    37106.9 万元 (the corpus README's facts).
(5) The question file: 60 lines, ids in order, allowed keys, stores, expect keys, found:false alone (7–10), project
    sets non-empty / unique / in the store, finite values, file identical to a fresh build.
--rebuild also runs make_renfang.py twice and requires byte-identical workbooks.
"""
import csv
import glob
import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract as E  # noqa: E402
import build as B  # noqa: E402
import make_renfang as M  # noqa: E402

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


def close(a, b, tol=1e-6):
    return a is not None and b is not None and abs(float(a) - float(b)) <= tol


def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


if '--rebuild' in sys.argv:
    hs = []
    for _ in range(2):
        subprocess.run([sys.executable, os.path.join(HERE, 'make_renfang.py')], check=True, stdout=subprocess.DEVNULL)
        hs.append(sha(E.XLSX))
    check(hs[0] == hs[1], 'rebuild not byte-identical: %r' % hs)
    print('rebuild sha256 xlsx', hs[-1])

R = E.renfang()
F = R['projects']

# ---------------------------------------------------------------- (1) parse == generator
check(len(F) == len(M.P), 'project count')
for g, p in zip(M.P, F):
    t = g['code']
    for k in ('code', 'name', 'org', 'unit', 'attr', 'period', 'goal'):
        check(p[k] == g[k], '%s %s %r != %r' % (t, k, p[k], g[k]))
    for k in ('total', 'fin', 'other'):
        check(close(p[k + '_raw'], float(g[k])), '%s %s' % (t, k))
    check(close(p['total'], p['fin'] + p['other']), '%s total != fin + other' % t)
    if g['plan'] is None:
        check(p['plan'] is None, '%s has a plan' % t)
    else:
        check([None if v is None else float(v) for v in p['plan_raw']] == [float(x) if x else None for x in g['plan']],
              '%s plan %r' % (t, p['plan_raw']))
        check(close(p['cum'][12], p['total']), '%s plan does not add up' % t)
        check(close(p['plan_year_raw'], p['total_raw']), '%s 全年计划' % t)
    check(len(p['inds']) == len(g['ind']), '%s indicator count' % t)
    for a, b in zip(p['inds'], g['ind']):
        got = (a['l1'], a['l2'], a['name'], a['nat'], a['unit'], a['note'], a['basis'])
        exp = (b[0], b[1], b[2], b[3], b[5], b[6], b[7])
        check(got == exp, '%s indicator %r != %r' % (t, got, exp))
        if b[3] == '定性':
            check(a['val'] == b[4], '%s text value %r' % (t, a['val']))
        else:
            check(close(a['num'], float(b[4])), '%s value %r != %r' % (t, a['val'], b[4]))
    cost = [i for i in p['inds'] if i['name'] == '项目总成本']
    if cost:
        check(close(cost[0]['num'], p['total_raw']), '%s 项目总成本 != 资金总额' % t)
    check(sum(1 for i in p['inds'] if i['l1'] == '满意度指标') <= 1, '%s several satisfaction rows' % t)
    check(6 <= len(p['inds']) <= 10, '%s indicator rows' % t)

# ---------------------------------------------------------------- (2) workbook figures
tr = R['total_row']
for lab, k in (('资金总额', 'total'), ('财政拨款', 'fin'), ('其他资金', 'other')):
    check(close(tr[lab], round(sum(p[k] for p in F), 2), 1e-6), '合计 %s' % lab)
pt = R['plan_total']
w = [p for p in F if p['plan']]
check(len(w) == len(F) - 1, 'exactly one project without a plan')
check(close(pt['全年计划'], round(sum(p['total'] for p in w), 2)), '支出计划 合计 全年')
for j in range(4):
    check(close(pt['q'][j], round(sum(p['plan'][j + 1] for p in w), 2)), '支出计划 合计 Q%d' % (j + 1))
prose = ''.join(R['prose'])
nind = sum(len(p['inds']) for p in F)
check('安排项目支出%d个，项目资金合计%.2f万元，其中财政拨款%.2f万元、其他资金%.2f万元' % (
    len(F), tr['资金总额'], tr['财政拨款'], tr['其他资金']) in prose, 'prose totals')
check('共设置三级绩效指标%d条' % nind in prose, 'prose indicator count')
for h in ('一、部门职责', '二、部门整体绩效目标', '三、保障措施', '四、填报说明'):
    check(h in prose, 'prose heading ' + h)
check('非累计' in R['plan_note'], 'plan note')
check(sum(1 for p in F if p['unit'] == '元') == 1, 'one 元 project')
check(sum(1 for p in F if not any(i['l1'] == '满意度指标' for i in p['inds'])) == 1, 'one project without 满意度')
wb = openpyxl.load_workbook(E.XLSX)
ws = wb['绩效指标']
merged = [str(m) for m in ws.merged_cells.ranges]
check(sum(1 for m in merged if m.startswith('B')) == len(F), '项目名称 merged per project: %r' % merged)
check(any(m.startswith('C') for m in merged), '一级指标 merged runs')
check(wb.properties.created.isoformat().startswith('2025-01-20T09:00:00'), 'created property')
check(wb.properties.modified.isoformat().startswith('2025-01-20T09:00:00'), 'modified property')
with zipfile.ZipFile(E.XLSX) as z:
    check(all(i.date_time == (2025, 1, 20, 9, 0, 0) for i in z.infolist()), 'zip timestamps')

# ---------------------------------------------------------------- (3) LibreOffice reader
tmp = tempfile.mkdtemp(prefix='v70csv-')
prof = 'file:///tmp/lo-v70'
try:
    subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to',
                    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
                    '--outdir', tmp, E.XLSX], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    sheets = {}
    for fn in glob.glob(os.path.join(tmp, '*.csv')):
        name = os.path.basename(fn)[len('renfang-2025-'):-4]
        sheets[name] = list(csv.reader(open(fn, encoding='utf-8')))
    check(set(sheets) == {'说明', '项目汇总', '绩效指标', '支出计划'}, 'soffice sheets %r' % sorted(sheets))
    rows = sheets['项目汇总']
    h = rows.index([r for r in rows if '项目编码' in r][0])
    H = {v: i for i, v in enumerate(rows[h])}
    body = [r for r in rows[h + 1:] if r[H['项目编码']].startswith('1304')]
    check([r[H['项目编码']] for r in body] == [p['code'] for p in F], 'soffice codes')
    for r, p in zip(body, F):
        check(r[H['项目名称']] == p['name'] and close(float(r[H['资金总额']]), p['total_raw'])
              and close(float(r[H['财政拨款']]), p['fin_raw']) and close(float(r[H['其他资金']]), p['other_raw']),
              'soffice summary row %r' % r[:8])
    rows = sheets['绩效指标']
    h = rows.index([r for r in rows if '三级指标' in r][0])
    H = {v: i for i, v in enumerate(rows[h])}
    body = [r for r in rows[h + 1:] if r and r[0].startswith('1304')]
    check(len(body) == nind, 'soffice indicator rows %d' % len(body))
    flat = [(i['name'], i['basis']) for p in F for i in p['inds']]
    check([(r[H['三级指标']], r[H['设定依据']]) for r in body] == flat, 'soffice indicator names / bases')
    rows = sheets['支出计划']
    body = [r for r in rows if len(r) > 1 and r[1].startswith('1304')]
    check([r[1] for r in body] == [p['code'] for p in w], 'soffice plan codes')
    for r, p in zip(body, w):
        got = [float(x) if x else None for x in r[5:9]]
        check(got == [None if v is None else float(v) for v in p['plan_raw']], 'soffice plan %r' % r)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

# ---------------------------------------------------------------- (4) sample
S = E.sample()
check(len(S) == 14 and sum(len(p['inds']) for p in S) == 101 and close(sum(p['total'] for p in S), 37106.9, 1e-4),
      'sample facts')

# ---------------------------------------------------------------- (5) questions
text = open(B.OUT, encoding='utf-8').read()
lines = [json.loads(x) for x in text.splitlines()]
check(len(lines) == 60, '%d lines' % len(lines))
check(text == ''.join(json.dumps(d, ensure_ascii=False) + '\n' for d in B.build()), 'jsonl differs from a fresh build')
pools = {'renfang': {p['code'] for p in F}, 'renfang_sample': {p['code'] for p in F} | {p['code'] for p in S}}
nf = 0
for k, d in enumerate(lines, 1):
    i = d.get('id')
    check(i == 'q%03d' % k, 'id %r' % i)
    check(set(d) <= {'id', 'question', 'store', 'kind', 'expect', 'history'}, '%s keys' % i)
    check(d.get('store') in pools, '%s store' % i)
    check(isinstance(d.get('question'), str) and d['question'].strip() and d.get('kind'), '%s question/kind' % i)
    if 'history' in d:
        check(isinstance(d['history'], list) and d['history'] and all(isinstance(x, str) and x for x in d['history']),
              '%s history' % i)
    e = d['expect']
    check(set(e) <= {'projects', 'value', 'contains', 'found'} and e, '%s expect keys' % i)
    if 'found' in e:
        check(e == {'found': False}, '%s found alone' % i)
        nf += 1
        continue
    if 'projects' in e:
        ps = e['projects']
        check(ps and len(set(ps)) == len(ps) and set(ps) <= pools[d['store']], '%s projects' % i)
    if 'value' in e:
        v = e['value']
        check(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v), '%s value' % i)
    if 'contains' in e:
        check(e['contains'] and all(isinstance(x, str) and x.strip() for x in e['contains']), '%s contains' % i)
check(7 <= nf <= 10, '%d found:false' % nf)
check(sum(1 for d in lines if d['store'] == 'renfang') == 45, 'renfang count')

if ERR:
    for e in ERR:
        print('FAIL', e)
    sys.exit(1)
print('ok: %d questions, %d found:false, %d projects, %d indicator rows' % (len(lines), nf, len(F), nind))
