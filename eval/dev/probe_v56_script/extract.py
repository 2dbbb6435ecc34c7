"""Parse the documents back into project records (labels and columns found by header words)."""
import re
import docx, openpyxl

def num(s):
    if isinstance(s, (int, float)): return float(s)
    s = (s or '').strip().replace(',', '')
    m = re.search(r'-?\d+(\.\d+)?', s)
    return float(m.group()) if m else 0.0

def _grid(ws):
    """Cell values with merged ranges filled from their top-left cell."""
    g = [[c.value for c in r] for r in ws.iter_rows()]
    for mr in ws.merged_cells.ranges:
        v = g[mr.min_row - 1][mr.min_col - 1]
        for r in range(mr.min_row, mr.max_row + 1):
            for c in range(mr.min_col, mr.max_col + 1):
                g[r - 1][c - 1] = v
    return g

def ningjin(path):
    wb = openpyxl.load_workbook(path)
    g = _grid(wb['项目情况表'])
    h = next(i for i, r in enumerate(g) if '项目编码' in r)
    cols = {}
    for j in range(len(g[h])):
        a, b = g[h][j], g[h + 1][j]
        cols[b if b and b != a else a] = j
    out = []
    for r in g[h + 2:]:
        if not isinstance(r[cols['序号']], int) or not r[cols['项目编码']]:
            continue
        p = {k: r[j] for k, j in cols.items()}
        p['code'] = p['项目编码']; p['name'] = p['项目名称']; p['org'] = p['实施单位']; p['attr'] = p['项目属性']
        p['unit'] = p['金额单位']
        k = 10000.0 if p['unit'] == '元' else 1.0
        p['total'] = num(p['年度预算金额']); p['wan'] = p['total'] / k
        p['gp'] = num(p['一般公共预算']) / k; p['fund'] = num(p['政府性基金']) / k; p['other'] = num(p['其他资金']) / k
        qs = [p['第一季度'], p['第二季度'], p['第三季度'], p['第四季度']]
        p['plan_raw'] = None if all(q is None for q in qs) else [num(q) for q in qs]      # in the row's unit
        p['plan_w'] = None if p['plan_raw'] is None else [q / k for q in p['plan_raw']]   # in 万元
        p['use'] = p['资金用途']; p['goal'] = p['年度绩效目标']
        p['indicators'] = []
        out.append(p)
    # summary row
    tot_row = next(r for r in g[h + 2:] if r[0] == '合计')
    summary = {'total': num(tot_row[cols['年度预算金额']]), 'gp': num(tot_row[cols['一般公共预算']]),
               'fund': num(tot_row[cols['政府性基金']]), 'other': num(tot_row[cols['其他资金']])}
    gi = _grid(wb['绩效指标表'])
    hi = next(i for i, r in enumerate(gi) if '三级指标' in r)
    hdr = gi[hi]
    byname = {p['name']: p for p in out}
    for r in gi[hi + 1:]:
        if not r[hdr.index('项目名称')]:
            continue
        d = dict(zip(hdr, r))
        byname[d['项目名称']]['indicators'].append(d)
    prose = {r[0]: r[1] for r in _grid(wb['部门整体情况']) if r[0] and len(r) > 1}
    return out, summary, prose

def sample(path):
    """The sample .docx (魏县人社局): project header tables and indicator tables."""
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if rows and rows[0][0] == '项目编码':
            p = {'code': rows[0][1], 'name': rows[0][4], 'indicators': [], 'plan': {}}
            for i, r in enumerate(rows):
                if '预算数' in r[:3]:
                    for j, c in enumerate(r):
                        if c == '预算数': p['total'] = num(r[j + 1])
                        if '财政' in c and 'fin' not in p: p['fin'] = num(r[j + 1])
                        if '其他资金' in c and 'other' not in p: p['other'] = num(r[j + 1]) if j + 1 < len(r) else 0.0
                if r[0].startswith('资金支出计划') and i + 1 < len(rows) and rows[i + 1][0] == r[0]:
                    for a, b in zip(r[1:], rows[i + 1][1:]):
                        if b: p['plan'][a] = num(b)
            p['wan'] = p['total']
            out.append(p)
        elif rows and rows[0][0] == '一级指标' and out:
            for r in rows[1:]:
                out[-1]['indicators'].append(dict(zip(rows[0], r)))
    return out
