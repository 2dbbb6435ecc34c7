"""Read project records back from the documents (python-docx), finding fields by their label words.
Merged cells: python-docx repeats a merged cell in every grid position; repeats are dropped with `cell._tc`."""
import re, docx

def num(s):
    s = (s or '').strip().replace(',', '')
    m = re.search(r'-?\d+(\.\d+)?', s)
    return float(m.group()) if m else 0.0

def uniq(row):
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc)); out.append(c.text.strip())
    return out

def qiuxian(path):
    d = docx.Document(path)
    out = []
    for t in d.tables:
        full = [[c.text.strip() for c in r.cells] for r in t.rows]
        if not full or full[0][0] != '项目名称':
            continue
        rows = [uniq(r) for r in t.rows]
        p = {'indicators': [], 'plan': {}}
        hdr = None
        for i, (r, f) in enumerate(zip(rows, full)):
            if hdr is not None:
                p['indicators'].append(dict(zip(full[hdr], f)))
                continue
            if r[0] == '项目名称': p['name'], p['code'] = r[1], r[3]
            elif r[0] == '主管部门': p['dept'], p['org'] = r[1], r[3]
            elif r[0] == '项目类型': p['ptype'], p['term'] = r[1], r[3]
            elif f[0].startswith('资金情况') and '资金总额' in r:
                # label row then value row (value row's first cell is the merged label, dropped by uniq)
                p['unit'] = '元' if '（元）' in f[0] else '万元'
                labs = rows[i][1:]; vv = uniq(t.rows[i + 1])
                d2 = dict(zip(labs, vv[-len(labs):]))
                p['total'] = num(d2['资金总额']); p['fin'] = num(d2['其中：财政拨款']); p['other'] = num(d2['其他资金'])
            elif r[0] == '资金用途': p['use'] = r[1]
            elif f[0].startswith('资金支出计划') and full[i + 1][0] == f[0] and '截至' in f[1]:
                labs = rows[i][1:]; vv = uniq(t.rows[i + 1])[-len(labs):]
                for a, b in zip(labs, vv):
                    p['plan'][a.replace('截至', '')] = num(b)
            elif r[0] == '年度绩效目标': p['goal'] = r[1]
            elif r[0] == '一级指标': hdr = i
        k = 10000 if p['unit'] == '元' else 1
        p['wan'], p['fin_w'], p['other_w'] = p['total'] / k, p['fin'] / k, p['other'] / k
        out.append(p)
    return out

def qiuxian_summary(path):
    """The department summary table (序号 | 项目名称 | 资金总额 ...) including its 合计 row."""
    d = docx.Document(path)
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if rows[0][0] == '序号':
            return rows
    return None

def sample(path):
    """The 魏县人社局 sample: header table rows start with 项目编码; plan 3月底/6月底/10月底/12月底."""
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if not rows or rows[0][0] != '项目编码':
            continue
        p = {'code': rows[0][1], 'name': rows[0][3] if rows[0][3] != rows[0][2] else rows[0][4], 'indicators': [], 'plan': {}}
        r0 = uniq(t.rows[0]); p['code'], p['name'] = r0[1], r0[3]
        for i, r in enumerate(rows):
            u = uniq(t.rows[i])
            if '预算数' in u:
                j = u.index('预算数'); p['total'] = num(u[j + 1])
                for jj, c in enumerate(u):
                    if '财政' in c: p['fin'] = num(u[jj + 1])
                    if c == '其他资金': p['other'] = num(u[jj + 1]) if jj + 1 < len(u) else 0.0
            if r[0].startswith('资金支出计划') and i + 1 < len(rows) and rows[i + 1][0] == r[0]:
                for a, b in zip(r[1:], rows[i + 1][1:]):
                    if b: p['plan'][a] = num(b)
        out.append(p)
    # indicator tables follow each header table
    i = -1
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if rows and rows[0][0] == '项目编码':
            i += 1; continue
        if rows and rows[0][0] == '一级指标' and i >= 0:
            for r in rows[1:]:
                if r[0] in ('产出指标', '效益指标', '满意度指标', '成本指标'):
                    out[i]['indicators'].append(dict(zip(rows[0], r)))
    for p in out:
        p.setdefault('other', 0.0); p['wan'] = p['total']; p['unit'] = '万元'
    return out

if __name__ == '__main__':
    import sys, os
    R = os.path.join(os.path.dirname(__file__), '..', '..', '..')
    for p in qiuxian(os.path.join(R, 'eval/heldout/docs/qiuxian-2025.docx')):
        print(p['code'], p['name'], p['org'], p['unit'], p['total'], p['fin'], p['other'], p['plan'], len(p['indicators']))
        print('   ', p['indicators'][0])
    S = sample(os.path.join(R, 'data/samples/weixian-rsj-2025-jixiao-mubiao.docx'))
    for p in S:
        print(p['code'], p['name'], p['total'], p.get('fin'), p['other'], p['plan'], len(p['indicators']))
    print(len(S), sum(len(p['indicators']) for p in S), sum(p['total'] for p in S))
    print(S[0]['indicators'][0])
