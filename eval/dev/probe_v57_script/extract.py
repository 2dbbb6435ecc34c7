"""Parse the eight source documents back into uniform project records.

Record: code, name, org (实施单位/项目单位/项目负责单位; None in the sample), unit ('元'/'万元' as printed),
total/fin/other in 万元 (元 amounts divided by 10000), gpb/fund (jiaotongfx only: 一般公共预算/政府性基金, 万元),
use (资金用途 / 主要内容), goal (年度绩效目标), attr (项目属性 if printed),
plan {3,6,9,12: cumulative percent} (third checkpoint is 10月底 in sample/other, 9月底 elsewhere;
amount plans in yingji converted to percent of 资金总额), inds [dict(l1,l2,name,value,basis)].
Fields and columns are found by label text; merged cells read from their first occurrence.
"""
import re, docx, openpyxl
ROOT = '/work/main/'
DOCS = {
    'sample': ROOT + 'data/samples/weixian-rsj-2025-jixiao-mubiao.docx',
    'other': ROOT + 'tests/data/other-department.docx',
    'guantao': ROOT + 'eval/heldout/docs/guantao-2025.xlsx',
    'yingji': ROOT + 'eval/dev/docs/yingji-2025.docx',
    'jiaotongfx': ROOT + 'eval/dev/docs/jiaotongfx-2025.xlsx',
    'chengan': ROOT + 'eval/heldout/docs/chengan-2025.xlsx',
    'jize': ROOT + 'eval/heldout/docs/jize-2025.docx',
}
STORES = {'sample': ['sample'], 'other': ['other'], 'both': ['sample', 'other'], 'guantao': ['guantao'],
          'yingji': ['yingji'], 'jiaotongfx': ['jiaotongfx'], 'chengan': ['chengan'], 'jize': ['jize'],
          'yingji_sample': ['yingji', 'sample'], 'guantao_sample': ['guantao', 'sample']}

def num(s):
    if isinstance(s, (int, float)): return float(s)
    s = (s or '').strip().replace(',', '')
    m = re.search(r'-?\d+(\.\d+)?', s)
    return float(m.group()) if m else 0.0

def uniq_cells(row):
    out, prev = [], None
    for c in row.cells:
        if c._tc is not prev: out.append(c.text.strip())
        prev = c._tc
    return out

def fill_plan(plan):
    """Blank after a reached percentage keeps that percentage."""
    last = None
    for k in (3, 6, 9, 12):
        if k in plan and plan[k] is not None: last = plan[k]
        elif last is not None: plan[k] = last
    return plan

def finish(p, doc):
    k = 10000.0 if p['unit'] == '元' else 1.0
    for f in ('total', 'fin', 'other', 'gpb', 'fund'):
        if f in p: p[f] = p[f] / k
    p['doc'] = doc
    if p.get('plan'): fill_plan(p['plan'])
    return p

MONTH = {'3': 3, '6': 6, '9': 9, '10': 9, '12': 12, '第一': 3, '第二': 6, '第三': 9, '第四': 12}
def month_key(s):
    m = re.search(r'(\d+)月', s)
    if m: return MONTH.get(m.group(1))
    if '年底' in s: return 12
    m = re.search(r'(第[一二三四])季度', s)
    return MONTH.get(m.group(1)[:2]) if m else None

def docx_tables(path):
    d = docx.Document(path)
    return [[uniq_cells(r) for r in t.rows] for t in d.tables]

def sample_like(doc):
    """sample and other: header table starting 项目编码, next table the indicators."""
    tabs = docx_tables(DOCS[doc]); out = []; unit = '万元'
    for i, rows in enumerate(tabs):
        if rows and any('单位：元' in c for c in rows[0]): unit = '元'
        elif rows and any('单位：万元' in c for c in rows[0]): unit = '万元'
        if not rows or rows[0][0] != '项目编码': continue
        p = {'code': rows[0][1], 'name': rows[0][3], 'unit': unit, 'org': None, 'plan': {}, 'inds': [], 'other': 0.0}
        for j, r in enumerate(rows):
            lab = r[0]
            if lab in ('预算规模及资金用途', '资金总额') and len(r) > 3 and re.search(r'\d', r[1] + (r[2] if len(r) > 2 else '')):
                cells = r if lab == '资金总额' else r[1:]
                for a, b in zip(cells, cells[1:]):
                    if a in ('预算数', '资金总额'): p['total'] = num(b)
                    elif '财政' in a: p['fin'] = num(b)
                    elif '其他资金' in a: p['other'] = num(b)
            elif lab == '预算规模及资金用途': p['use'] = r[1]
            elif lab in ('资金用途', '主要内容'): p['use'] = r[1]
            elif lab.startswith('资金支出计划') and j + 1 < len(rows) and rows[j + 1][0] == lab and not p['plan']:
                for a, b in zip(r[1:], rows[j + 1][1:]):
                    k = month_key(a)
                    p['plan'][k] = num(b) if b.strip() else None
            elif lab in ('绩效目标', '年度绩效目标'): p['goal'] = r[1]
        for r in tabs[i + 1][1:]:
            h = tabs[i + 1][0]
            d = dict(zip(h, r))
            p['inds'].append({'l1': d['一级指标'], 'l2': d['二级指标'], 'name': d.get('三级指标') or d.get('指标内容'),
                              'value': d['指标值'], 'basis': d.get('指标值确定依据', d.get('备注', ''))})
        out.append(finish(p, doc))
    return out

def yingji():
    tabs = docx_tables(DOCS['yingji']); d = docx.Document(DOCS['yingji'])
    # unit per project table from the paragraph before it
    units = []
    body = list(d.element.body.iterchildren()); last_unit = '万元'
    for el in body:
        tag = el.tag.split('}')[1]
        if tag == 'p':
            t = ''.join(x.text or '' for x in el.iter() if x.tag.endswith('}t'))
            if t.startswith('编制单位'): last_unit = '元' if '单位：元' in t else '万元'
        elif tag == 'tbl': units.append(last_unit)
    out = []; p = None
    for i, rows in enumerate(tabs):
        if rows[0][0] == '项目名称':
            if p: out.append(finish(p, 'yingji'))
            p = {'name': rows[0][1], 'unit': units[i], 'plan': {}, 'inds': []}
            for j, r in enumerate(rows):
                lab = r[0]
                if lab == '项目编码': p['code'] = r[1]
                elif lab == '主管部门': p['org'] = r[3]
                elif lab == '项目属性': p['attr'] = r[1]
                elif lab == '资金情况' and '资金总额' in r:
                    v = rows[j + 1]; p['total'], p['fin'], p['other'] = num(v[1]), num(v[2]), num(v[3])
                elif lab == '年度资金':
                    if '年度资金总额' in r[1]: p['total'] = num(r[2])
                    elif '财政' in r[1]: p['fin'] = num(r[2])
                    elif '结转' in r[1] or '其他' in r[1]: p['other'] = num(r[2])
                elif lab == '项目主要内容及资金用途': p['use'] = r[1]
                elif lab == '年度绩效目标': p['goal'] = r[1]
        elif rows[0][0] == '时间节点':
            pct = '比例' in rows[1][0]
            for a, b in zip(rows[0][1:], rows[1][1:]):
                p['plan'][month_key(a)] = num(b) if pct else ('AMT', num(b))
        elif rows[0][0] == '一级指标':
            h = rows[0]
            for r in rows[1:]:
                if r[0] == '分值合计': continue
                dd = dict(zip(h, r))
                p['inds'].append({'l1': dd['一级指标'], 'l2': dd['二级指标'], 'name': dd['三级指标'], 'value': dd['指标值'],
                                  'basis': next(v for k, v in dd.items() if k.startswith('指标值设定依据'))})
    out.append(finish(p, 'yingji'))
    for p in out:  # amount plans -> percent
        for k, v in list(p['plan'].items()):
            if isinstance(v, tuple):
                amt = v[1] / (10000.0 if p['unit'] == '元' else 1.0)
                p['plan'][k] = round(amt / p['total'] * 100, 6)
                p.setdefault('plan_amt', {})[k] = amt
    return out

def xl_rows(ws):
    return [['' if v is None else (v.strip() if isinstance(v, str) else v) for v in r] for r in ws.iter_rows(values_only=True)]

def guantao():
    wb = openpyxl.load_workbook(DOCS['guantao']); out = []
    for ws in wb.worksheets[1:]:
        rows = xl_rows(ws); p = {'plan': {}, 'inds': [], 'sheet': ws.title}
        hdr = None; l1 = l2 = ''
        for j, r in enumerate(rows):
            a = r[0] if isinstance(r[0], str) else ''
            if a == '项目名称': p['name'] = r[1]
            elif a == '项目编码': p['code'] = r[1]
            elif a == '主管部门': p['org'] = r[4]
            elif a == '项目属性': p['attr'] = r[1]
            elif a.startswith('资金总额'):
                p['unit'] = '元' if a.endswith('（元）') else '万元'; p['total'], p['fin'], p['other'] = num(r[1]), num(r[3]), num(r[5])
            elif a == '资金用途': p['use'] = r[1]
            elif a.startswith('资金支出计划'):
                for x, y in zip(r[1:], rows[j + 1][1:]):
                    if x: p['plan'][month_key(x)] = num(y)
            elif a == '年度绩效目标': p['goal'] = r[1]
            elif a == '一级指标': hdr = j
            elif hdr is not None and not a.startswith('填报日期') and any(r):
                l1 = a or l1; l2 = r[1] or l2
                p['inds'].append({'l1': l1, 'l2': l2, 'name': r[2], 'value': r[4], 'basis': r[5]})
        out.append(finish(p, 'guantao'))
    return out

def jiaotongfx():
    wb = openpyxl.load_workbook(DOCS['jiaotongfx']); out = []
    for ws in wb.worksheets[1:]:
        rows = xl_rows(ws); p = {'plan': {}, 'inds': [], 'unit': '元', 'sheet': ws.title}
        hdr = None; l1 = l2 = ''
        for j, r in enumerate(rows):
            a = r[0] if isinstance(r[0], str) else ''
            v = r[2]
            if a == '项目名称': p['name'] = v
            elif a == '项目编码': p['code'] = v
            elif a == '项目负责单位': p['org'] = v
            elif a.startswith('资金总额'): p['total'] = num(v)
            elif a == '其中：一般公共预算': p['gpb'] = num(v)
            elif a == '其中：政府性基金': p['fund'] = num(v)
            elif a == '其他资金': p['other'] = num(v)
            elif a == '资金用途': p['use'] = v
            elif a == '项目年度绩效目标': p['goal'] = v
            elif a.startswith('截至') and '累计支出' in a: p['plan'][month_key(a)] = num(v)
            elif a == '一级指标': hdr = rows[j]
            elif hdr is not None and not a.startswith('填报人') and any(r):
                l1 = a or l1; l2 = r[1] or l2
                dd = dict(zip(hdr, r))
                direc = dd['指标方向']; val = dd['指标值']; u = dd['计量单位']
                if isinstance(val, float) and val.is_integer(): val = int(val)
                value = str(val) if direc == '定性' else f"{direc}{val}{u}"
                p['inds'].append({'l1': l1, 'l2': l2, 'name': dd['三级指标'], 'value': value, 'basis': dd['指标值设定依据'],
                                  'dir': direc, 'num': val, 'u': u, 'weight': dd['权重（%）']})
        p['fin'] = p['gpb'] + p['fund']
        out.append(finish(p, 'jiaotongfx'))
    return out

def chengan():
    wb = openpyxl.load_workbook(DOCS['chengan']); ws = wb['项目绩效目标']
    rows = xl_rows(ws); out = []; p = None; unit = '万元'; hdr = None; l1 = ''
    for j, r in enumerate(rows):
        a = r[0] if isinstance(r[0], str) else ''
        if re.match(r'\d+\. 项目支出绩效目标申报表', a):
            if p: out.append(finish(p, 'chengan'))
            p = {'plan': {}, 'inds': [], 'other': 0.0}; hdr = None
        elif a.startswith('申报单位'):
            p['unit'] = '元' if r[5] == '金额单位：元' else '万元'
        elif a == '项目名称': p['name'] = r[1]; p['code'] = r[4]
        elif a == '主管部门': p['org'] = r[4]
        elif a == '项目类型': p['type'] = r[1]; p['attr'] = r[4]
        elif a.startswith('资金规模'): p['total'], p['fin'], p['other'] = num(r[1]), num(r[3]), num(r[5])
        elif a.startswith('资金支出进度计划'):
            for x, y in zip(r[2:], rows[j + 1][2:]): p['plan'][month_key(x)] = num(y)
        elif a == '资金用途': p['use'] = r[1]
        elif a == '年度目标': p['goal'] = r[1]
        elif a == '一级指标': hdr = r
        elif hdr is not None and p is not None and not a.startswith('填报日期') and any(r):
            l1 = a or l1; dd = dict(zip(hdr, r))
            val = dd['目标值']; 
            if isinstance(val, float) and val.is_integer(): val = int(val)
            p['inds'].append({'l1': l1, 'l2': dd['二级指标'], 'name': dd['三级指标'], 'value': f"{val}{dd['计量单位']}",
                              'basis': dd['设定依据']})
    out.append(finish(p, 'chengan'))
    return out

def jize():
    tabs = docx_tables(DOCS['jize']); out = []
    for rows in tabs:
        p = {'plan': {}, 'inds': []}; hdr = None
        for r in rows:
            a = r[0]
            if a == '项目名称': p['name'] = r[1]
            elif a == '项目编码': p['code'] = r[1]; p['attr'] = r[3]
            elif a == '项目单位': p['org'] = r[1]
            elif a.startswith('年度资金总额'):
                p['unit'] = '元' if '（元）' in a else '万元'; p['total'], p['fin'], p['other'] = num(r[1]), num(r[3]), num(r[5])
            elif a.startswith('资金支出进度'):
                for m in re.finditer(r'(3月底|6月底|9月底|年底)(\d+)%', a): p['plan'][month_key(m.group(1))] = float(m.group(2))
            elif a == '资金用途': p['use'] = r[1]
            elif a == '年度绩效目标': p['goal'] = r[1]
            elif a == '一级指标': hdr = r
            elif hdr:
                dd = dict(zip(hdr, r))
                p['inds'].append({'l1': dd['一级指标'], 'l2': dd['二级指标'], 'name': dd['三级指标'], 'value': dd['指标值'],
                                  'basis': dd['指标值设定依据']})
        out.append(finish(p, 'jize'))
    return out

def load(doc):
    return {'sample': lambda: sample_like('sample'), 'other': lambda: sample_like('other'), 'guantao': guantao,
            'yingji': yingji, 'jiaotongfx': jiaotongfx, 'chengan': chengan, 'jize': jize}[doc]()

if __name__ == '__main__':
    for doc in DOCS:
        ps = load(doc)
        print('==', doc, len(ps), 'projects', sum(len(p['inds']) for p in ps), 'inds, total',
              round(sum(p['total'] for p in ps), 4))
        for p in ps:
            print(' ', p['code'], p['name'][:22], p['unit'], round(p['total'], 4), round(p['fin'], 4), round(p['other'], 4),
                  p.get('org'), p.get('attr'), p['plan'], len(p['inds']), (p.get('use') or '')[:12], (p.get('goal') or '')[:10])
