"""Read project records back out of the documents (never from the generator's data).

kejifx(pdf): pdfplumber tables of the 肥乡区科技局 PDF, read row by row with a small state machine keyed on the label
words (项目名称, 项目编码 … 项目类别, 资金来源（单位：…）, 年度资金总额 row + value row, 资金支出计划（累计支出比例）,
一季度 … row + value row, 年度绩效目标, 一级指标 header).  A table continued on the next page carries on the state of
the project whose table came last; merged 一级指标 cells (None / '') are filled from above.  Also returns the prose
totals sentence and the «表N …项目绩效目标表» captions.
sample(docx): python-docx tables of the 魏县人社局 sample (项目编码 table + 一级指标 table), as in probe_v64.
"""
import re
import docx
import pdfplumber


def num(s):
    s = (s or '').replace(',', '')
    m = re.search(r'-?\d+(?:\.\d+)?', s)
    return float(m.group()) if m else None


def clean(c):
    return None if c is None else re.sub(r'\s+', '', c)


PAIR = {'项目编码': 'code', '项目属性': 'attr', '主管部门': 'dept', '实施单位': 'org', '项目期限': 'period', '项目类别': 'cat'}
MONEY = {'年度资金总额': 'total', '其中：财政拨款': 'fin', '上年结转': 'carry', '其他资金': 'other'}
QDATE = {'一季度': '3月底', '二季度': '6月底', '三季度': '9月底', '四季度': '12月底'}


def kejifx(path):
    projects, cur, mode, pending, carry1 = [], None, None, None, None
    with pdfplumber.open(path) as pdf:
        texts = [pg.extract_text() or '' for pg in pdf.pages]
        for pno, page in enumerate(pdf.pages, 1):
            for t in sorted(page.find_tables(), key=lambda t: t.bbox[1]):
                for r in [[clean(c) for c in row] for row in t.extract()]:
                    lab = r[0]
                    vals = [c for c in r if c]
                    if lab == '项目名称':
                        cur = {'name': vals[1], 'plan': None, 'inds': [], 'page': pno}
                        projects.append(cur); mode = 'head'; pending = None
                        continue
                    if lab == '一级指标':
                        mode = 'ind'; continue
                    if mode == 'ind':
                        assert len(r) == 5, r
                        if lab: carry1 = lab
                        cur['inds'].append({'l1': carry1, 'l2': r[1], 'l3': r[2], 'val': r[3] or '', 'basis': r[4] or '',
                                            'page': pno})
                        continue
                    assert mode == 'head', (pno, r)
                    if pending:
                        kind, labels = pending
                        for a, b in zip(labels, r):
                            if kind == 'money':
                                cur[MONEY[a]] = num(b); cur[MONEY[a] + '_text'] = b
                            else:
                                cur['plan'][a] = b
                        pending = None
                        continue
                    if lab.startswith('资金来源'):
                        cur['mu'] = re.search(r'单位：(.*)）', lab).group(1); continue
                    if lab == '年度资金总额':
                        pending = ('money', r); continue
                    if lab.startswith('资金支出计划'):
                        cur['plan'] = {}; continue
                    if lab == '一季度':
                        pending = ('plan', r); continue
                    if lab == '年度绩效目标':
                        cur['goal'] = vals[1]; carry1 = None; continue
                    for a, b in zip(r[0::2], r[1::2]):
                        cur[PAIR[a]] = b
    for p in projects:
        k = 10000.0 if p['mu'] == '元' else 1.0
        for f in ('total', 'fin', 'carry', 'other'):
            p[f + '_w'] = p[f] / k
        p['wan'] = p['total_w']
        if p['plan'] is not None:
            pct, last = {}, None
            for q in QDATE:
                v = num(p['plan'].get(q, ''))
                if v is None: v = last
                pct[QDATE[q]] = v; last = v
            p['pct'] = pct
        else:
            p['pct'] = None
        for i in p['inds']:
            i['num'] = num(i['val'])
    full = re.sub(r'\s+', '', ''.join(texts))
    m = re.search(r'共安排项目(\d+)个（其中新增项目(\d+)个、延续项目(\d+)个），年度资金总额合计([\d.]+)万元，其中财政拨款([\d.]+)'
                  r'万元、上年结转([\d.]+)万元、其他资金([\d.]+)万元；共设置三级绩效指标(\d+)条', full)
    prose = None
    if m:
        g = m.groups()
        prose = {'n': int(g[0]), 'new': int(g[1]), 'cont': int(g[2]), 'total': float(g[3]), 'fin': float(g[4]),
                 'carry': float(g[5]), 'other': float(g[6]), 'nind': int(g[7])}
    captions = re.findall(r'^表(\d+)\s*(\S+)项目绩效目标表$', '\n'.join(texts), re.M)
    return {'projects': projects, 'prose': prose, 'captions': captions, 'npages': len(texts), 'full': full}


def sample(path):
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if rows and rows[0][0] == '项目编码':
            p = {'code': rows[0][1], 'name': rows[0][4], 'plan': {}, 'inds': [], 'mu': '万元'}
            for i, r in enumerate(rows):
                if '预算数' in r:
                    j = r.index('预算数'); p['total'] = num(r[j + 1])
                    j = r.index('其中：财政资金'); p['fin'] = num(r[j + 1])
                if r[0].startswith('资金支出计划') and i + 1 < len(rows) and rows[i + 1][0] == r[0] and r[1] == '3月底':
                    last, seen = None, []
                    for a, b in zip(r[1:], rows[i + 1][1:]):
                        if a in seen: continue
                        seen.append(a)
                        v = num(b)
                        if v is None: v = last
                        p['plan'][a] = v; last = v
            p['wan'] = p['total']
            p['pct'] = p['plan']
            out.append(p)
        elif rows and rows[0][0] == '一级指标' and out:
            hdr = rows[0]
            for r in rows[1:]:
                dd = dict(zip(hdr, r))
                out[-1]['inds'].append({'l1': dd['一级指标'], 'l2': dd['二级指标'], 'l3': dd['三级指标'],
                                        'val': dd['指标值'], 'num': num(dd['指标值']), 'basis': dd['指标值确定依据']})
    return out


if __name__ == '__main__':
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    K = kejifx(os.path.join(here, '..', 'docs', 'kejifx-2025.pdf'))
    for p in K['projects']:
        print(p['code'], p['name'], p['attr'], p['org'], p['period'], p['cat'], p['mu'], p['total'], p['fin'], p['carry'],
              p['other'], p['pct'], len(p['inds']), 'p%d' % p['page'])
        for i in p['inds']:
            print('    ', i['l1'], i['l2'], i['l3'], i['val'], i['basis'], 'p%d' % i['page'])
    print(K['prose'], K['npages'])
    print(K['captions'])
