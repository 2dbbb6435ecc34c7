"""Read project records back out of the documents.

shenji(path): the stacked-blocks workbook (openpyxl), merged cells filled from their top-left cell, fields found by
their label text. sample(path): the 魏县人社局 sample .docx (python-docx), fields found by label text."""
import re
import docx
import openpyxl

QUARTERS = ('第一季度末', '第二季度末', '第三季度末', '第四季度末')


def num(s):
    if s is None:
        return 0.0
    if isinstance(s, (int, float)):
        return float(s)
    m = re.search(r'-?\d+(\.\d+)?', str(s).replace(',', ''))
    return float(m.group()) if m else 0.0


def grid(ws):
    g = [[c.value for c in row] for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)]
    for rng in ws.merged_cells.ranges:
        v = g[rng.min_row - 1][rng.min_col - 1]
        for r in range(rng.min_row - 1, rng.max_row):
            for c in range(rng.min_col - 1, rng.max_col):
                g[r][c] = v
    return g


def right_of(row, j):
    """First value right of column j that differs from the label itself (merged cells repeat the label)."""
    lab = row[j]
    for v in row[j + 1:]:
        if v is not None and v != lab and v != '':
            return v
        if v is None:
            return None
    return None


def cell_after(row, j):
    """The value cell right after a label; None when that cell is empty."""
    lab = row[j]
    k = j + 1
    while k < len(row) and row[k] == lab:
        k += 1
    return row[k] if k < len(row) else None


def shenji(path):
    wb = openpyxl.load_workbook(path)
    dept = {}
    g = grid(wb['部门整体绩效'])
    for r in g:
        if isinstance(r[0], str) and r[0] in ('部门名称', '部门职能概述', '年度总体目标', '保障措施'):
            dept[r[0]] = r[1]
        if isinstance(r[0], str) and r[0] in ('项目个数（个）', '年度资金总额合计', '其中：本级财政', '上级补助', '自筹资金'):
            dept[r[0]] = num(r[1])
    g = grid(wb['项目绩效目标'])
    out = []
    p = None
    hdr = None
    for i, r in enumerate(g):
        a = r[0]
        if isinstance(a, str) and a.startswith('项目支出绩效目标申报表'):
            p = {'block': a, 'plan': {}, 'indicators': []}
            out.append(p)
            hdr = None
            continue
        if p is None:
            continue
        if all(v is None for v in r):
            hdr = None
            continue
        if hdr is not None:
            p['indicators'].append({h: (r[j] if r[j] is not None else '') for j, h in hdr})
            continue
        for j, c in enumerate(r):
            if not isinstance(c, str) or (j > 0 and r[j - 1] == c):
                continue
            if c.startswith('金额单位：'):
                p['unit'] = c.split('：', 1)[1].strip()
            elif c == '项目名称': p['name'] = right_of(r, j)
            elif c == '项目编码': p['code'] = right_of(r, j)
            elif c == '主管部门': p['dept'] = right_of(r, j)
            elif c == '实施单位': p['org'] = right_of(r, j)
            elif c == '项目负责人': p['leader'] = right_of(r, j)
            elif c == '联系电话': p['phone'] = right_of(r, j)
            elif c == '项目类别': p['cat'] = right_of(r, j)
            elif c == '年度资金总额': p['total'] = num(cell_after(r, j))
            elif c == '其中：本级财政': p['ben'] = num(cell_after(r, j))
            elif c == '上级补助': p['up'] = num(cell_after(r, j))
            elif c == '自筹资金': p['zc'] = num(cell_after(r, j))
            elif c == '项目概况及资金用途': p['use'] = right_of(r, j)
            elif c == '年度绩效目标': p['goal'] = right_of(r, j)
        if isinstance(a, str) and a.startswith('实施进度计划') and i + 1 < len(g) and g[i + 1][0] == a:
            p['plan_kind'] = 'amount' if '金额' in a else 'pct'
            seen = set()
            raw = {}
            for q, v in zip(r[1:], g[i + 1][1:]):
                if q in QUARTERS and q not in seen:
                    seen.add(q)
                    raw[q] = v
            p['plan_raw'] = raw
        if a == '一级指标':
            hdr = []
            for j, h in enumerate(r):
                if h is not None and (j == 0 or r[j - 1] != h):
                    hdr.append((j, h))
    for p in out:
        k = 10000 if p['unit'] == '元' else 1
        p['wan'], p['ben_w'], p['up_w'], p['zc_w'] = p['total'] / k, p['ben'] / k, p['up'] / k, p['zc'] / k
        last = 0.0
        for q in QUARTERS:
            v = p['plan_raw'].get(q)
            if v is None or v == '':
                pct = last
            elif p['plan_kind'] == 'amount':
                pct = num(v) / p['total'] * 100
            else:
                pct = num(v)
            p['plan'][q] = pct
            last = pct
    return dept, out


def sample(path):
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if not rows:
            continue
        if rows[0][0] == '项目编码':
            p = {'code': rows[0][1], 'name': rows[0][4], 'plan': {}, 'indicators': [], 'unit': '万元'}
            for i, r in enumerate(rows):
                if r[1] == '预算数':
                    p['total'] = num(r[2])
                    p['fin'] = num(r[4])
                    p['other'] = num(r[6])
                if r[0].startswith('资金支出计划') and i + 1 < len(rows) and rows[i + 1][0] == r[0] and r[1] == '3月底':
                    last = 0.0
                    seen = set()
                    for a, b in zip(r[1:], rows[i + 1][1:]):
                        if a in seen:
                            continue
                        seen.add(a)
                        last = num(b) if b else last
                        p['plan'][a] = last
            p['wan'] = p['total']
            out.append(p)
        elif rows[0][0] == '一级指标' and out:
            hdr = rows[0]
            for r in rows[1:]:
                out[-1]['indicators'].append(dict(zip(hdr, r)))
    return out


if __name__ == '__main__':
    import os, sys
    H = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    dept, C = shenji(os.path.join(H, 'docs', 'shenji-2025.xlsx'))
    print(dept)
    for p in C:
        print(p['code'], p['name'], p['org'], p['leader'], p['cat'], p['unit'], p['wan'], p['ben_w'], p['up_w'], p['zc_w'],
              p['plan'], len(p['indicators']))
        if '-v' in sys.argv:
            for x in p['indicators']:
                print('   ', x)
    for p in sample(os.path.join(H, '..', '..', 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')):
        print(p['code'], p['name'][:20], p['wan'], p['plan'], len(p['indicators']))
