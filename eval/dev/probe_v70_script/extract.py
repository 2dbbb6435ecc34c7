"""Read project records back out of eval/dev/docs/renfang-2025.xlsx (openpyxl, values only) and the sample .docx
(python-docx, the probe_v64 sample reader loaded by file path).

renfang records (money in 万元; project 2 printed in 元 is divided by 10000; `*_raw` keep the printed number):
  code, name, org, unit, total, fin, other, attr, period, goal,
  plan {1..4: quarterly amount in 万元, blank = 0} or None (project not listed on 支出计划),
  cum {3, 6, 9, 12: cumulative 万元}, plan_raw (printed quarterly amounts, None for blank),
  inds [dict(l1, l2, name, nat, val (as printed), unit, note, basis, num)].
Columns are found by their header words; merged cells (None in openpyxl) are filled from above within one 项目编码.
"""
import importlib.util
import os
import re

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DEV))
XLSX = os.path.join(DEV, 'docs', 'renfang-2025.xlsx')
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
STORES = {'renfang': ['renfang'], 'renfang_sample': ['renfang', 'sample']}


def num(s):
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return float(s)
    m = re.search(r'-?\d+(?:\.\d+)?', str(s).replace(',', ''))
    return float(m.group()) if m else None


def _header(ws, word):
    for r in ws.iter_rows(min_row=1, max_row=10):
        vals = [c.value for c in r]
        if word in vals:
            return r[0].row, {v: i for i, v in enumerate(vals) if v}
    raise ValueError('header %s not found on %s' % (word, ws.title))


def renfang(path=XLSX):
    wb = openpyxl.load_workbook(path, data_only=True)
    assert wb.sheetnames == ['说明', '项目汇总', '绩效指标', '支出计划'], wb.sheetnames
    # ---- 项目汇总
    ws = wb['项目汇总']
    hr, H = _header(ws, '项目编码')
    projects, total_row = [], None
    for row in ws.iter_rows(min_row=hr + 1, values_only=True):
        if row[0] == '合计':
            total_row = {k: row[H[k]] for k in ('资金总额', '财政拨款', '其他资金')}
            break
        if row[H['项目编码']] is None:
            continue
        unit = row[H['金额单位']]
        k = 10000.0 if unit == '元' else 1.0
        projects.append({
            'seq': row[H['序号']], 'code': row[H['项目编码']], 'name': row[H['项目名称']], 'org': row[H['实施单位']],
            'unit': unit, 'total_raw': row[H['资金总额']], 'fin_raw': row[H['财政拨款']], 'other_raw': row[H['其他资金']],
            'total': row[H['资金总额']] / k, 'fin': row[H['财政拨款']] / k, 'other': row[H['其他资金']] / k,
            'attr': row[H['项目属性']], 'period': row[H['项目期限']], 'goal': row[H['年度绩效目标']],
            'plan': None, 'cum': None, 'plan_raw': None, 'inds': []})
    byc = {p['code']: p for p in projects}
    # ---- 绩效指标
    ws = wb['绩效指标']
    hr, H = _header(ws, '三级指标')
    last = {}
    for row in ws.iter_rows(min_row=hr + 1, values_only=True):
        code = row[H['项目编码']]
        if not code:
            continue
        if last.get('code') != code:
            last = {'code': code}
        d = {}
        for key in ('项目名称', '一级指标'):
            v = row[H[key]]
            if v is None:
                v = last.get(key)
            last[key] = v
            d[key] = v
        assert d['项目名称'] == byc[code]['name'], (code, d['项目名称'])
        val = row[H['指标值']]
        if isinstance(val, float) and val.is_integer():
            sval = '%g' % val if abs(val) < 1e15 else str(val)
        else:
            sval = str(val)
        byc[code]['inds'].append({
            'l1': d['一级指标'], 'l2': row[H['二级指标']], 'name': row[H['三级指标']], 'nat': row[H['指标性质']],
            'val': sval, 'raw': val, 'unit': row[H['度量单位']] or '', 'note': row[H['指标值说明']] or '',
            'basis': row[H['设定依据']] or '', 'num': num(val) if row[H['指标性质']] != '定性' else None})
    # ---- 支出计划 (quarterly, not cumulative)
    ws = wb['支出计划']
    note = ws['A2'].value
    assert '非累计' in note
    hr, H = _header(ws, '项目编码')
    qcols = [H['%s计划支出' % q] for q in ('一季度', '二季度', '三季度', '四季度')]
    plan_total = None
    for row in ws.iter_rows(min_row=hr + 1, values_only=True):
        if isinstance(row[0], str) and row[0].startswith('合计'):
            plan_total = {'全年计划': row[H['全年计划']], 'q': [row[c] for c in qcols]}
            break
        code = row[H['项目编码']]
        if not code:
            continue
        p = byc[code]
        assert row[H['金额单位']] == p['unit'] and row[H['项目名称']] == p['name']
        k = 10000.0 if p['unit'] == '元' else 1.0
        raw = [row[c] for c in qcols]
        p['plan_raw'] = raw
        p['plan_year_raw'] = row[H['全年计划']]
        p['plan'] = {i + 1: (v or 0.0) / k for i, v in enumerate(raw)}
        c, p['cum'] = 0.0, {}
        for i, m in enumerate((3, 6, 9, 12)):
            c += p['plan'][i + 1]
            p['cum'][m] = c
    # ---- 说明
    ws = wb['说明']
    prose = [c for (c,) in ws.iter_rows(min_col=1, max_col=1, values_only=True) if c]
    return {'projects': projects, 'total_row': total_row, 'plan_total': plan_total, 'prose': prose,
            'plan_note': note}


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def sample(path=SAMPLE):
    """Sample records in the same keys (万元; plan as cumulative percent {3,6,10,12})."""
    v64 = _load('v70_v64_extract', os.path.join(DEV, 'probe_v64_script', 'extract.py'))
    out = []
    for p in v64.sample(path):
        out.append({'code': p['code'], 'name': p['name'], 'org': None, 'unit': '万元', 'total': p['total'],
                    'fin': p['fin'], 'other': p['other'] or 0.0, 'pct': p['plan'],
                    'inds': [{'l1': i['l1'], 'l2': i['l2'], 'name': i['l3'], 'val': i['val'], 'num': i['num'],
                              'basis': i['basis'] or '', 'unit': ''} for i in p['indicators']]})
    return out


if __name__ == '__main__':
    R = renfang()
    for p in R['projects']:
        print(p['code'], p['name'], p['unit'], p['total'], p['fin'], p['other'], p['attr'], p['org'], p['cum'],
              len(p['inds']))
        for i in p['inds']:
            print('    ', i['l1'], '|', i['l2'], '|', i['name'], '|', i['nat'], i['val'], i['unit'], '|', i['basis'])
    print(R['total_row'], R['plan_total'])
    for t in R['prose']:
        print(t[:80])
    S = sample()
    print(len(S), sum(len(p['inds']) for p in S), round(sum(p['total'] for p in S), 4))
