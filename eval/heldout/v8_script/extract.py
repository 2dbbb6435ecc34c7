"""Read project records (code, name, total, fin, other, plan, indicators) from docx tables and the guantao xlsx."""
import re, docx, openpyxl

def num(s):
    s = (s or '').strip().replace(',', '')
    m = re.search(r'-?\d+(\.\d+)?', s)
    return float(m.group()) if m else 0.0

def docx_projects(path):
    d = docx.Document(path)
    out = []
    cur_unit = '万元'
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if rows and any('单位：元' in c for c in rows[0]):
            cur_unit = '元'
        elif rows and any('单位：万元' in c for c in rows[0]):
            cur_unit = '万元'
        if not rows or rows[0][0] != '项目编码':
            continue
        p = {'code': rows[0][1], 'name': rows[0][4], 'indicators': [], 'plan': {}, 'unit': cur_unit}
        for i, r in enumerate(rows):
            lab = r[0]
            if lab in ('预算规模及资金用途', '资金总额', '年度资金总额') or '预算数' in r[:2] or '资金总额' in r[:2]:
                for j, c in enumerate(r):
                    if c in ('预算数', '资金总额', '年度资金总额') or c.startswith('资金总额') or c.startswith('年度资金总额'):
                        p.setdefault('total', num(r[j+1]))
                    if '财政' in c and 'fin' not in p:
                        p['fin'] = num(r[j+1])
                    if '其他资金' in c and 'other' not in p:
                        p['other'] = num(r[j+1]) if j+1 < len(r) else 0.0
            if lab.startswith('资金支出计划') and i+1 < len(rows) and rows[i+1][0] == lab:
                for a, b in zip(r[1:], rows[i+1][1:]):
                    if b: p['plan'][a] = num(b)
            if len(r) >= 5 and r[0] in ('产出指标', '效益指标', '满意度指标', '成本指标'):
                p['indicators'].append(r)
        p['wan'] = p['total'] / 10000 if p['unit'] == '元' else p['total']
        out.append(p)
    return out

def guantao(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets[1:]:
        vals = {}
        rows = [[c.value for c in r] for r in ws.iter_rows()]
        p = {'sheet': ws.title, 'plan': {}}
        for r in rows:
            for j, c in enumerate(r):
                if isinstance(c, str):
                    if c == '项目名称': p['name'] = next(x for x in r[j+1:] if x)
                    if c == '项目编码': p['code'] = r[j+1]
                    if c.startswith('资金总额'): p['total'] = r[j+1]; p['unit'] = '元' if '元）' in c and '万' not in c else '万元'
                    if c == '财政拨款': p['fin'] = r[j+1]
                    if c == '其他资金': p['other'] = r[j+1]
        p['wan'] = p['total'] / 10000 if p['unit'] == '元' else p['total']
        out.append(p)
    return out

if __name__ == '__main__':
    for f in ['data/samples/weixian-rsj-2025-jixiao-mubiao.docx', 'tests/data/other-department.docx']:
        for p in docx_projects(f):
            print(p['code'], p['name'], p.get('total'), p.get('fin'), p.get('other'), p['plan'], len(p['indicators']))
    for p in guantao('eval/heldout/docs/guantao-2025.xlsx'):
        print(p)


def jize(path):
    """Records of the new document: labels found by their text."""
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        p = {'indicators': [], 'plan': {}}
        hdr = None
        for i, r in enumerate(rows):
            if r[0] == '项目名称': p['name'] = r[1]
            elif r[0] == '项目编码': p['code'] = r[1]; p['attr'] = r[3]
            elif r[0] == '项目单位': p['unit_org'] = r[1]; p['leader'] = r[3]
            elif r[0].startswith('年度资金总额'):
                p['unit'] = '元' if '（元）' in r[0] else '万元'
                p['total'], p['fin'], p['other'] = num(r[1]), num(r[3]), num(r[5])
            elif r[0].startswith('资金支出进度'):
                for m in re.finditer(r'(3月底|6月底|9月底|年底)(\d+)%', r[0]):
                    p['plan'][m.group(1)] = float(m.group(2))
            elif r[0] == '资金用途': p['use'] = r[1]
            elif r[0] == '一级指标': hdr = i
            elif hdr is not None:
                p['indicators'].append(dict(zip(rows[hdr], r)))
        k = 10000 if p['unit'] == '元' else 1
        p['wan'], p['fin_w'], p['other_w'] = p['total'] / k, p['fin'] / k, p['other'] / k
        out.append(p)
    return out
