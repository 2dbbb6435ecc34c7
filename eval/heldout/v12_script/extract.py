"""Read project records back out of the source documents.

- daming(pdf): the new document, a PDF made from Word tables, read with pdfplumber. Fields and columns are found
  by their label / header words; cells a merge leaves empty (None) take the value above them in the 一级指标 /
  二级指标 columns; wrapped cell text is joined; a table that continues on the next page is appended to the open
  project (or to the totals table).
- docx_projects(docx): the sample (魏县人社局), a header table followed by an indicator table per project, read
  with python-docx (merged cells repeat their text in every grid position).

Common record: code, name, dept, org (实施单位), cat, attr, mu (万元/元), total, fin, other (as printed, in mu),
wan, fin_w, other_w (in 万元), plan {3, 6, 9, 12: cumulative percent} (empty when the project has none),
inds [{l1, l2, name, value, score, basis}], use, goal.
"""
import re
import docx
import pdfplumber

DAMING_DEPT = '大名县发展和改革局'
SAMPLE_DEPT = '魏县人力资源和社会保障局'


def clean(s):
    return re.sub(r'\s+', '', s or '')


def num(s):
    s = clean(s).replace(',', '')
    m = re.search(r'-?\d+(\.\d+)?', s)
    return float(m.group()) if m else 0.0


def pct(s):
    s = clean(s)
    return float(s.rstrip('%')) if s else None


def _finish(p):
    k = 10000 if p['mu'] == '元' else 1
    p['wan'], p['fin_w'], p['other_w'] = p['total'] / k, p['fin'] / k, p['other'] / k
    return p


def _project_from_rows(rows):
    p = {'dept': DAMING_DEPT, 'plan': {}, 'inds': [], 'plan_raw': []}
    hdr = None
    last = {}
    i = 0
    while i < len(rows):
        r = rows[i]
        lab = r[0] or ''
        if hdr is not None:
            vals = [(c if c is not None else None) for c in r]
            d = {}
            for key, j in hdr.items():
                v = vals[j] if j < len(vals) else None
                if v is None and key in ('l1', 'l2'):
                    v = last.get(key)
                d[key] = v or ''
            if d['l1'] != last.get('l1'):
                last = {}
            last['l1'], last['l2'] = d['l1'], d['l2']
            p['inds'].append(d)
        elif lab == '项目名称':
            p['name'] = next(c for c in r[1:] if c)
        elif lab == '项目编码':
            p['code'] = r[1]
            for j, c in enumerate(r):
                if c == '项目类别': p['cat'] = r[j + 1]
                if c == '项目属性': p['attr'] = r[j + 1]
        elif lab == '主管部门':
            for j, c in enumerate(r):
                if c == '实施单位': p['org'] = next(x for x in r[j + 1:] if x)
        elif lab.startswith('资金来源'):
            p['mu'] = '元' if '（元）' in lab else '万元'
            v = rows[i + 1]
            for j, c in enumerate(r):
                c = c or ''
                if '资金总额' in c: p['total'] = num(v[j]); p['total_raw'] = v[j]
                elif '财政' in c: p['fin'] = num(v[j]); p['fin_raw'] = v[j]
                elif '其他资金' in c: p['other'] = num(v[j]); p['other_raw'] = v[j]
            i += 1
        elif lab.startswith('资金支出计划'):
            v = rows[i + 1]
            for j, c in enumerate(r):
                m = re.match(r'截至(\d+)月末', c or '')
                if m:
                    p['plan'][int(m.group(1))] = pct(v[j])
                    p['plan_raw'].append(v[j])
            i += 1
        elif lab == '资金用途':
            p['use'] = next(c for c in r[1:] if c)
        elif lab == '年度绩效目标':
            p['goal'] = next(c for c in r[1:] if c)
        elif lab == '一级指标':
            names = {'一级指标': 'l1', '二级指标': 'l2', '指标内容': 'name', '指标值': 'value',
                     '评（扣）分标准': 'score', '备注': 'basis'}
            hdr = {names[c]: j for j, c in enumerate(r) if c in names}
        i += 1
    return _finish(p)


def daming(path):
    """Projects, the totals table and the full text of the PDF."""
    projects, totals = [], []
    cur, mode = None, None
    text = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            text.append(page.extract_text() or '')
            for t in page.extract_tables():
                rows = [[(clean(c) if c is not None else None) for c in r] for r in t]
                if not rows:
                    continue
                if rows[0][0] == '项目名称':
                    cur, mode = rows, 'project'
                    projects.append(cur)
                elif rows[0][0] == '序号':
                    mode = 'totals'
                    totals.extend(rows[1:])
                elif mode == 'totals':
                    totals.extend(rows)
                elif mode == 'project':
                    cur.extend(rows)
    recs = [_project_from_rows(r) for r in projects]
    tot = {'rows': [], 'sum': None}
    for r in totals:
        if r[0] == '合计':
            tot['sum'] = (num(r[3]), num(r[4]), num(r[5]))
        else:
            tot['rows'].append({'name': r[1], 'org': r[2], 'total': num(r[3]), 'fin': num(r[4]), 'other': num(r[5])})
    return recs, tot, '\n'.join(text)


def docx_projects(path):
    """The sample's header + indicator tables."""
    d = docx.Document(path)
    out = []
    org = ''
    mu = '万元'
    p = None
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if not rows:
            continue
        if len(rows) == 1 and any('单位：' in c for c in rows[0]):
            org = rows[0][0]
            mu = '元' if any(c == '单位：元' for c in rows[0]) else '万元'
            continue
        if rows[0][0] == '项目编码':
            p = {'dept': SAMPLE_DEPT, 'org': org, 'mu': mu, 'code': rows[0][1], 'plan': {}, 'inds': [],
                 'cat': '', 'attr': ''}
            for j, c in enumerate(rows[0]):
                if c == '项目名称': p['name'] = rows[0][j + 1]
            for i, r in enumerate(rows):
                lab = r[0]
                if '预算数' in r:
                    j = r.index('预算数'); p['total'] = num(r[j + 1])
                    for k, c in enumerate(r):
                        if c.replace(' ', '').startswith('其中：财政'): p['fin'] = num(r[k + 1])
                        if c == '其他资金': p['other'] = num(r[k + 1]) if k + 1 < len(r) else 0.0
                elif lab == '预算规模及资金用途' and r[1] != '预算数':
                    p['use'] = r[1]
                elif lab.startswith('资金支出计划') and i + 1 < len(rows) and rows[i + 1][0] == lab:
                    seen = set(); lastv = None
                    for a, b in zip(r[1:], rows[i + 1][1:]):
                        m = re.match(r'(\d+)月底', a)
                        if not m or a in seen:
                            continue
                        seen.add(a)
                        v = pct(b)
                        if v is None:
                            v = lastv
                        lastv = v
                        mo = int(m.group(1))
                        p['plan'][{3: 3, 6: 6, 9: 9, 10: 9, 12: 12}[mo]] = v
                elif lab == '绩效目标':
                    p['goal'] = r[1]
            out.append(p)
        elif rows[0][0] == '一级指标' and p is not None:
            h = rows[0]
            col = {k: h.index(v) for k, v in (('l1', '一级指标'), ('l2', '二级指标'), ('name', '三级指标'),
                                              ('desc', '绩效指标描述'), ('value', '指标值'), ('basis', '指标值确定依据'))}
            for r in rows[1:]:
                p['inds'].append({k: r[j] for k, j in col.items()})
            p = None
    for p in out:
        p.setdefault('other', 0.0)
        _finish(p)
    return out


if __name__ == '__main__':
    import os, sys
    H = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    recs, tot, txt = daming(os.path.join(H, 'docs', 'daming-2025.pdf'))
    for p in recs:
        print(p['code'], p['name'], p['org'], p['mu'], p['total'], p['fin'], p['other'], p['plan'], len(p['inds']))
    print(tot['sum'], len(tot['rows']))
    for p in docx_projects(os.path.join(H, '..', '..', 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')):
        print(p['code'], p['name'][:20], p['wan'], p['other'], p['plan'], len(p['inds']))
