"""Read project records back from the written documents (never from the generator's data).

shexian(): converts docs/shexian-kj-2025.doc to .docx with LibreOffice (private profile, temp dir) and reads the
tables with python-docx, finding fields by their label words. sample(): reads the 魏县人社局 sample .docx."""
import os, re, shutil, subprocess, tempfile
import docx

H = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
R = os.path.normpath(os.path.join(H, '..', '..'))
DOC = os.path.join(H, 'docs', 'shexian-kj-2025.doc')
SAMPLE = os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')


def num(s):
    s = (s or '').strip().replace(',', '')
    m = re.search(r'-?\d+(\.\d+)?', s)
    return float(m.group()) if m else None


def uniq(row):
    """Cells of a row with horizontal merge repeats removed."""
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc)); out.append(c.text.strip())
    return out


def doc_to_docx(path):
    tmp = tempfile.mkdtemp(prefix='shexian_rt_')
    subprocess.run(['soffice', '-env:UserInstallation=file://' + os.path.join(tmp, 'prof'), '--headless',
                    '--convert-to', 'docx', '--outdir', tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return tmp, os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + '.docx')


def shexian(path=DOC):
    tmp, dx = doc_to_docx(path)
    try:
        d = docx.Document(dx)
        paras = [p.text.strip() for p in d.paragraphs]
        summary, projects = None, []
        for t in d.tables:
            rows = [uniq(r) for r in t.rows]
            if rows[0][:2] == ['序号', '项目名称']:
                hdr = rows[0]
                summary = [dict(zip(hdr, r)) if r[0] != '合计' else {'合计': True, '资金总额': r[1], '财政拨款': r[2], '其他资金': r[3]}
                           for r in rows[1:]]
                continue
            if rows[0][0] != '项目名称':
                continue
            p = {'name': rows[0][1], 'plan': {}, 'indicators': []}
            hdr = None
            for i, r in enumerate(rows):
                lab = r[0]
                kv = dict(zip(r[0::2], r[1::2]))
                if lab == '项目编码':
                    p['code'] = kv['项目编码']; p['type'] = kv.get('项目类型')
                elif lab == '主管部门':
                    p['dept'] = kv['主管部门']; p['unit_org'] = kv.get('实施单位')
                elif lab == '项目属性':
                    p['attr'] = kv['项目属性']; p['term'] = kv.get('项目期限')
                elif lab.startswith('资金情况') and r[1] == '资金总额':
                    p['unit'] = '元' if '（元）' in lab else '万元'
                    vals = dict(zip(r[1:], rows[i + 1][1:]))
                    p['total'], p['fin'], p['other'] = num(vals['资金总额']), num(vals['财政拨款']), num(vals['其他资金'])
                elif lab.startswith('资金支出计划') and r[1] == '1季度':
                    for a, b in zip(r[1:], rows[i + 1][1:]):
                        p['plan'][a] = num(b)  # None where the cell is blank
                elif lab == '资金用途':
                    p['use'] = r[1]
                elif lab == '年度绩效目标':
                    p['goal'] = r[1]
                elif lab == '一级指标':
                    hdr = r
                elif hdr is not None and lab != '绩效指标':
                    p['indicators'].append(dict(zip(hdr, r)))
            k = 10000 if p['unit'] == '元' else 1
            p['wan'], p['fin_w'], p['other_w'] = p['total'] / k, p['fin'] / k, p['other'] / k
            # cumulative plan: a blank after a reached percentage keeps that percentage
            last = None
            for q in ['1季度', '2季度', '3季度', '4季度']:
                if q in p['plan']:
                    if p['plan'][q] is None: p['plan'][q] = last
                    last = p['plan'][q]
            projects.append(p)
        return {'paras': paras, 'summary': summary, 'projects': projects}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def sample(path=SAMPLE):
    d = docx.Document(path)
    out, unit, cur = [], '万元', None
    for t in d.tables:
        rows = [uniq(r) for r in t.rows]
        full = [[c.text.strip() for c in r.cells] for r in t.rows]
        if any('单位：元' in c for c in rows[0]): unit = '元'
        elif any('单位：万元' in c for c in rows[0]): unit = '万元'
        if rows[0][0] == '项目编码':
            cur = {'code': full[0][1], 'name': rows[0][3], 'unit': unit, 'plan': {}, 'indicators': []}
            for i, r in enumerate(full):
                if '预算数' in r:
                    j = r.index('预算数'); cur['total'] = num(r[j + 1])
                    j = [k for k, c in enumerate(r) if '财政' in c][0]; cur['fin'] = num(r[j + 1]) or 0.0
                    j = r.index('其他资金'); cur['other'] = num(r[j + 1]) or 0.0
                if r[0].startswith('资金支出计划') and i + 1 < len(full) and full[i + 1][0] == r[0] and '3月底' in r:
                    for a, b in zip(r[1:], full[i + 1][1:]):
                        if a not in cur['plan']: cur['plan'][a] = num(b)
            k = 10000 if unit == '元' else 1
            cur['wan'] = cur['total'] / k
            out.append(cur)
        elif rows[0][0] == '一级指标' and cur is not None:
            for r in full[1:]:
                cur['indicators'].append(dict(zip(full[0], r)))
    return out


if __name__ == '__main__':
    S = shexian()
    for p in S['projects']:
        print(p['code'], p['name'], p['unit'], p['total'], p['fin'], p['other'], p['unit_org'], p['attr'], p['plan'], len(p['indicators']))
    for p in sample():
        print(p['code'], p['name'], p['unit'], p['total'], p['fin'], p['other'], p['plan'], len(p['indicators']))
