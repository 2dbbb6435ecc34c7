"""Read project records back out of the documents.

xinfang(pdf): pdfplumber tables of the 信访局 PDF, found by their label words (项目名称, 项目编码 …, 资金情况（…）,
资金支出进度（累计）, 一级指标 …, 序号 … 合计), merged cells (None) and cells of a merged run continued on the next page
('') filled from the cell above; a table continued on a new page, with or without its header row, belongs to the
project whose table came last.
sample(docx): python-docx tables of the 魏县人社局 sample (项目编码 table + indicator table).
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


QUARTER_DATE = {'第一季度': '3月底', '第二季度': '6月底', '第三季度': '9月底', '第四季度': '12月底'}


def xinfang(path):
    projects, summary, pieces = [], {'rows': [], 'total': None, 'header': None}, []
    cur = None
    mode = None
    pending = None           # ('money'|'plan', labels)
    ind_hdr = None
    carry = [None, None]
    with pdfplumber.open(path) as pdf:
        npages = len(pdf.pages)
        page_text = [pg.extract_text() or '' for pg in pdf.pages]
        for pno, page in enumerate(pdf.pages, 1):
            tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
            for ti, t in enumerate(tables):
                rows = [[clean(c) for c in r] for r in t.extract()]
                first = rows[0][0] if rows and rows[0] else None
                piece = {'page': pno, 'first': first, 'top': t.bbox[1], 'nrows': len(rows),
                         'project': len(projects) - 1, 'mode_before': mode}
                for r in rows:
                    lab = r[0]
                    vals = [c for c in r if c is not None]
                    if lab == '序号':
                        mode = 'summary'; summary['header'] = vals; continue
                    if mode == 'summary':
                        if lab == '合计':
                            summary['total'] = dict(zip(summary['header'][4:], [num(v) for v in vals[1:]]))
                            mode = None
                        elif lab is None or lab == '':
                            # a wrapped row continued on a new page would land here; none expected
                            raise ValueError('summary continuation row %r' % r)
                        else:
                            summary['rows'].append(dict(zip(summary['header'], vals)))
                        continue
                    if lab == '项目名称':
                        cur = {'name': vals[1], 'plan': None, 'indicators': [], 'page': pno}
                        projects.append(cur); mode = 'basic'; pending = None; ind_hdr = None
                        carry = [None, None]
                        piece['project'] = len(projects) - 1
                        continue
                    if lab == '一级指标':
                        ind_hdr = r; mode = 'ind'
                        if not cur['indicators']:
                            carry = [None, None]
                        continue
                    if mode == 'ind' and len(r) == 6:
                        row = list(r)
                        for k in (0, 1):
                            if row[k]:
                                carry[k] = row[k]
                                if k == 0: carry[1] = None
                            else:
                                row[k] = carry[k]
                        d = dict(zip(ind_hdr, row))
                        cur['indicators'].append({'l1': d['一级指标'], 'l2': d['二级指标'], 'l3': d['三级指标'],
                                                  'val': d['指标值'] or '', 'unit': d['度量单位'] or '',
                                                  'basis': d['指标值设定依据及说明'] or '', 'page': pno})
                        continue
                    if mode != 'basic':
                        raise ValueError('unplaced row on page %d: %r' % (pno, r))
                    if pending and (lab is None or lab == ''):
                        kind, labels = pending
                        for a, b in zip(labels, vals):
                            if kind == 'money':
                                key = {'年度资金总额': 'total', '其中：财政拨款': 'fin', '上年结转': 'carry',
                                       '其他资金': 'other'}[a]
                                cur[key] = num(b); cur[key + '_text'] = b
                            else:
                                cur['plan'][a] = b
                        pending = None
                        continue
                    if lab.startswith('资金情况'):
                        cur['mu'] = re.search(r'（(.*)）', lab).group(1)
                        pending = ('money', vals[1:]); continue
                    if lab.startswith('资金支出进度'):
                        cur['plan'] = {}; pending = ('plan', vals[1:]); continue
                    if lab in ('资金用途', '年度目标'):
                        cur[{'资金用途': 'use', '年度目标': 'goal'}[lab]] = vals[1]; continue
                    for a, b in zip(vals[0::2], vals[1::2]):
                        key = {'项目编码': 'code', '项目属性': 'attr', '主管部门': 'dept', '实施单位': 'org',
                               '项目类型': 'kind', '项目期限': 'period'}[a]
                        cur[key] = b
                pieces.append(piece)
    for p in projects:
        k = 10000.0 if p['mu'] == '元' else 1.0
        for f in ('total', 'fin', 'carry', 'other'):
            p[f + '_w'] = p[f] / k
        p['wan'] = p['total_w']
        if p['plan'] is not None:
            pct, last = {}, None
            for q in ('第一季度', '第二季度', '第三季度', '第四季度'):
                v = num(p['plan'].get(q, ''))
                if v is None: v = last          # a blank after a reached percentage keeps it
                pct[QUARTER_DATE[q]] = v; last = v
            p['pct'] = pct
        else:
            p['pct'] = None
        for i in p['indicators']:
            i['disp'] = i['val'] + (i['unit'] if i['unit'] not in ('', '/', '—') else '')
            i['num'] = num(i['val'])
    return {'projects': projects, 'summary': summary, 'pieces': pieces, 'npages': npages, 'page_text': page_text}


def sample(path):
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if rows and rows[0][0] == '项目编码':
            p = {'code': rows[0][1], 'name': rows[0][4], 'plan': {}, 'indicators': [], 'unit': '万元'}
            for i, r in enumerate(rows):
                if '预算数' in r:
                    j = r.index('预算数'); p['total'] = num(r[j + 1])
                    j = r.index('其中：财政资金'); p['fin'] = num(r[j + 1])
                    j = r.index('其他资金'); p['other'] = num(r[j + 1]) if j + 1 < len(r) else None
                if r[0].startswith('资金支出计划') and i + 1 < len(rows) and rows[i + 1][0] == r[0] and r[1] == '3月底':
                    last = None
                    seen = []
                    for a, b in zip(r[1:], rows[i + 1][1:]):
                        if a in seen: continue
                        seen.append(a)
                        v = num(b)
                        if v is None: v = last
                        p['plan'][a] = v; last = v
                if r[0] == '绩效目标': p['goal'] = r[1]
            p['wan'] = p['total']
            out.append(p)
        elif rows and rows[0][0] == '一级指标' and out:
            hdr = rows[0]
            for r in rows[1:]:
                dd = dict(zip(hdr, r))
                out[-1]['indicators'].append({'l1': dd['一级指标'], 'l2': dd['二级指标'], 'l3': dd['三级指标'],
                                              'val': dd['指标值'], 'disp': dd['指标值'], 'num': num(dd['指标值']),
                                              'basis': dd['指标值确定依据']})
    return out


if __name__ == '__main__':
    import os, sys
    here = os.path.dirname(os.path.abspath(__file__))
    X = xinfang(os.path.join(here, '..', 'docs', 'xinfang-2025.pdf'))
    for p in X['projects']:
        print(p['code'], p['name'], p['mu'], p['total'], p['fin'], p['carry'], p['other'], p['pct'], len(p['indicators']))
        for i in p['indicators']:
            print('    ', i['l1'], i['l2'], i['l3'], i['disp'], i['basis'], 'p%d' % i['page'])
    print(X['summary']['total'])
    for pc in X['pieces']: print(pc)
    S = sample(os.path.join(here, '..', '..', '..', 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'))
    for p in S:
        print(p['code'], p['name'][:20], p['total'], p['plan'], len(p['indicators']))
