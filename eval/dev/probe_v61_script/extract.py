"""Parse the probe_v61 source documents back into uniform project records.

Record keys: doc, code, name, org (实施单位 / 执行单位; None in the sample layout), unit ('元'/'万元' as printed),
total / fin / other in 万元 (元 amounts divided by 10000), plan {3, 6, 9, 12: cumulative percent} ({} when the
project prints no plan; the third checkpoint is 10月底 in the sample / other / minzheng layout, 9月底 / 1-9月 /
三季度 elsewhere; a blank after a reached percentage keeps it), inds [dict(l1, l2, name, value, basis)],
use (资金用途), goal (年度绩效目标), attr (项目属性 / 项目类型 where printed).
Extras: ningjin plan_q (the printed per-quarter amounts, 万元, not cumulative), cixian basis_line (the project's
绩效指标设定依据 line) and leader, weijian local / upper (本级财政 / 上级补助), qiuxian / ningjin indicator 'num'.

sample, other, minzheng and yingji reuse the probe_v57 parsers (sample_like, yingji); ningjin (openpyxl),
cixian (pdfplumber), qiuxian and weijian (python-docx) are parsed here. Fields are found by their label words.
"""
import importlib.util, os, re
import docx, openpyxl, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DEV))
DOCS = {
    'sample': os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'),
    'other': os.path.join(ROOT, 'tests', 'data', 'other-department.docx'),
    'yingji': os.path.join(DEV, 'docs', 'yingji-2025.docx'),
    'ningjin': os.path.join(DEV, 'docs', 'ningjin-2025.xlsx'),
    'cixian': os.path.join(DEV, 'docs', 'cixian-2025.pdf'),
    'qiuxian': os.path.join(ROOT, 'eval', 'heldout', 'docs', 'qiuxian-2025.docx'),
    'weijian': os.path.join(DEV, 'docs', 'weijian-2025.docx'),
    'minzheng': os.path.join(DEV, 'docs', 'minzheng-2025.docx'),
}
STORES = {'sample': ['sample'], 'other': ['other'], 'both': ['sample', 'other'], 'yingji': ['yingji'],
          'yingji_sample': ['yingji', 'sample'], 'ningjin': ['ningjin'], 'cixian': ['cixian'],
          'cixian_sample': ['cixian', 'sample'], 'qiuxian': ['qiuxian'], 'qiuxian_sample': ['qiuxian', 'sample'],
          'weijian': ['weijian'], 'minzheng': ['minzheng'], 'sample_minzheng': ['sample', 'minzheng']}

_spec = importlib.util.spec_from_file_location('v57_extract', os.path.join(DEV, 'probe_v57_script', 'extract.py'))
v57 = importlib.util.module_from_spec(_spec); _spec.loader.exec_module(v57)
v57.DOCS.update({'sample': DOCS['sample'], 'other': DOCS['other'], 'yingji': DOCS['yingji'], 'minzheng': DOCS['minzheng']})

num = v57.num
fill_plan = v57.fill_plan


def uniq(row):
    return v57.uniq_cells(row)


def ningjin():
    wb = openpyxl.load_workbook(DOCS['ningjin'], data_only=True)
    ws = wb['项目情况表']
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    h = next(i for i, r in enumerate(rows) if r[0] == '序号')
    top, sub = rows[h], rows[h + 1]
    col = {}
    for j, v in enumerate(top):
        if v: col[v] = j
    for j, v in enumerate(sub):
        if v: col[v] = j
    out = []
    for r in rows[h + 2:]:
        if not isinstance(r[0], (int, float)): continue
        unit = r[col['金额单位']]; k = 10000.0 if unit == '元' else 1.0
        q = [r[col[c]] for c in ('第一季度', '第二季度', '第三季度', '第四季度')]
        p = {'doc': 'ningjin', 'code': r[col['项目编码']], 'name': r[col['项目名称']], 'org': r[col['实施单位']],
             'attr': r[col['项目属性']], 'unit': unit, 'total': r[col['年度预算金额']] / k,
             'gpb': r[col['一般公共预算']] / k, 'fund': r[col['政府性基金']] / k, 'other': r[col['其他资金']] / k,
             'use': r[col['资金用途']], 'goal': r[col['年度绩效目标']], 'inds': [], 'plan': {}, 'plan_q': None}
        p['fin'] = p['gpb'] + p['fund']
        if all(isinstance(x, (int, float)) for x in q):
            p['plan_q'] = [x / k for x in q]
            cum = 0.0
            for m, x in zip((3, 6, 9, 12), p['plan_q']):
                cum += x; p['plan'][m] = cum / p['total'] * 100
        out.append(p)
    ws = wb['绩效指标表']
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    h = next(i for i, r in enumerate(rows) if r[0] == '序号')
    hd = rows[h]; l1 = None; byname = {p['name']: p for p in out}
    for r in rows[h + 1:]:
        if r[0] is None: continue
        d = dict(zip(hd, r))
        l1 = d['一级指标'] or l1
        v = d['指标值']
        if isinstance(v, float) and v.is_integer(): v = int(v)
        direc = {'正向': '≥', '反向': '≤', '等于': '='}.get(d['指标方向'] or '', '')
        sv = str(v)
        value = sv if (d['指标性质'] == '定性' or re.match(r'[≥≤=]', sv)) else f"{direc}{sv}{d['度量单位'] or ''}"
        byname[d['项目名称']]['inds'].append({'l1': l1, 'l2': d['二级指标'], 'name': d['三级指标'], 'value': value,
                                           'basis': d['指标值确定依据'] or '', 'nature': d['指标性质'],
                                           'num': v if isinstance(v, (int, float)) else num(sv), 'score': d['分值']})
    return out


def cixian():
    out = []; cur = None; texts = []
    with pdfplumber.open(DOCS['cixian']) as pdf:
        for pg in pdf.pages:
            texts.append(pg.extract_text())
            for t in pg.extract_tables():
                t = [[(c or '').replace('\n', '') for c in r] for r in t]
                if t[0][0] == '项目编码':
                    cur = {'doc': 'cixian', 'inds': [], 'plan': {}, 'fields': {}}; out.append(cur)
                    for r in t: cur['fields'][r[0]] = r[1]
                elif t[0][0] == '一级指标':
                    for r in t[1:]:
                        cur['inds'].append(r)
                elif cur is not None and t[0][0] in ('项目属性', '项目负责人', '项目期限'):
                    for r in t: cur['fields'][r[0]] = r[1]
    full = ''.join(x.replace('\n', '') for x in texts)
    chunks = re.split(r'（[一二三四五六七八九十]+）', full.split('第二部分 项目支出绩效目标', 1)[1])[1:]
    assert len(chunks) == len(out)
    for p, ch in zip(out, chunks):
        f = p.pop('fields')
        p['name'] = ch.split('项目编码')[0].strip()
        p['code'] = f['项目编码']; p['org'] = f['实施单位']; p['attr'] = f['项目属性']; p['leader'] = f['项目负责人']
        p['category'] = f['项目类别']
        m = re.search(r'项目资金：总额([\d,\.]+)(万元|元)', ch)
        p['unit'] = m.group(2); k = 10000.0 if p['unit'] == '元' else 1.0
        p['total'] = num(m.group(1)) / k
        m2 = re.search(r'其中一般公共预算([\d\.]+)万元', ch)
        p['fin'] = num(m2.group(1)) if m2 else p['total']
        p['other'] = round(p['total'] - p['fin'], 6)
        mp = re.search(r'资金支出计划：(.*?)。', ch)
        pcts = re.findall(r'(\d+)%', mp.group(1)) if mp else []
        p['plan'] = {m_: float(x) for m_, x in zip((3, 6, 9, 12), pcts)} if len(pcts) == 4 else {}
        p['use'] = re.search(r'资金用途：(.*?)。', ch).group(1)
        p['goal'] = re.search(r'年度绩效目标：(.*?)。', ch).group(1)
        p['basis_line'] = re.search(r'绩效指标设定依据：(.*?)。', ch).group(1)
        inds = []; l1 = None
        for r in p['inds']:
            l1 = r[0] or l1
            val = r[3]; u = r[4]
            inds.append({'l1': l1, 'l2': r[1], 'name': r[2], 'value': val + u if re.match(r'[≥≤=]', val) else val,
                         'basis': '', 'num': num(val) if re.match(r'[≥≤=]', val) else None})
        p['inds'] = inds
    return out


def qiuxian():
    d = docx.Document(DOCS['qiuxian']); out = []
    for t in d.tables:
        rows = [uniq(r) for r in t.rows]
        if rows[0][0] != '项目名称': continue
        p = {'doc': 'qiuxian', 'inds': [], 'plan': {}, 'name': rows[0][1], 'code': rows[0][3]}
        hd = None
        for j, r in enumerate(rows):
            a = r[0]
            if a == '主管部门': p['org'] = r[3]
            elif a == '项目类型': p['attr'] = r[1]
            elif a.startswith('资金情况') and r[1] == '资金总额':
                p['unit'] = '元' if '（元）' in a else '万元'; k = 10000.0 if p['unit'] == '元' else 1.0
                v = rows[j + 1]
                p['total'], p['fin'], p['other'] = num(v[1]) / k, num(v[2]) / k, num(v[3]) / k
            elif a == '资金用途': p['use'] = r[1]
            elif a.startswith('资金支出计划') and rows[j + 1][0] == a and not p['plan']:
                for x, y in zip(r[1:], rows[j + 1][1:]):
                    p['plan'][v57.month_key(x)] = num(y)
            elif a == '年度绩效目标': p['goal'] = r[1]
            elif a == '一级指标': hd = r
            elif hd:
                dd = dict(zip(hd, r))
                val = dd['指标值']
                value = val if dd['指标性质'] == '定性' else f"{dd['指标方向']}{val}{dd['度量单位']}"
                p['inds'].append({'l1': dd['一级指标'], 'l2': dd['二级指标'], 'name': dd['指标内容'], 'value': value,
                                  'basis': dd['备注'], 'nature': dd['指标性质'], 'dir': dd['指标方向'],
                                  'num': num(val) if dd['指标性质'] == '定量' else None, 'score': num(dd['分值'])})
        out.append(p)
    return out


def weijian():
    d = docx.Document(DOCS['weijian']); out = []; cur = None
    for t in d.tables:
        rows = [uniq(r) for r in t.rows]
        if rows[0][0] == '项目名称':
            p = {'doc': 'weijian', 'inds': [], 'plan': {}, 'name': rows[0][1]}; cur = p; out.append(p)
            for j, r in enumerate(rows):
                a = r[0]
                if a == '项目编码': p['code'] = r[1]; p['attr'] = r[3]
                elif a == '主管部门': p['org'] = r[3]
                elif a.startswith('预算金额'):
                    p['unit'] = '元' if '（元）' in a else '万元'; k = 10000.0 if p['unit'] == '元' else 1.0
                    key = {'合计': 'total', '其中：本级财政': 'local', '上级补助': 'upper', '其他': 'other'}[r[1]]
                    p[key] = num(r[2]) / k
                elif a.startswith('资金支出计划'):
                    if j + 1 < len(rows) and rows[j + 1][0] == a:
                        if not p['plan']:
                            for x, y in zip(r[1:], rows[j + 1][1:]):
                                p['plan'][{'1-3月': 3, '1-6月': 6, '1-9月': 9, '1-12月': 12}[x]] = num(y)
                    elif not p['plan']:
                        pcts = re.findall(r'(\d+)%', r[1]); assert len(pcts) == 4
                        p['plan'] = {m: float(x) for m, x in zip((3, 6, 9, 12), pcts)}
                elif a == '项目概况及资金用途': p['use'] = r[1]
                elif a == '年度绩效目标': p['goal'] = r[1]
            p['fin'] = p['local'] + p['upper']
        elif rows[0][0] == '一级指标':
            hd = rows[0]
            for r in rows[1:]:
                dd = dict(zip(hd, r))
                cur['inds'].append({'l1': dd['一级指标'], 'l2': dd['二级指标'], 'name': dd['三级指标'],
                                    'value': dd['指标值'], 'basis': dd['确定依据'], 'explain': dd['指标解释']})
    return out


def sample_like(doc):
    ps = v57.sample_like(doc)
    for p in ps:
        p['doc'] = doc
        if doc != 'other': p['org'] = None
    return ps


def load(doc):
    if doc in ('sample', 'other', 'minzheng'): return sample_like(doc)
    if doc == 'yingji':
        ps = v57.yingji()
        for p in ps: p['doc'] = 'yingji'
        return ps
    return {'ningjin': ningjin, 'cixian': cixian, 'qiuxian': qiuxian, 'weijian': weijian}[doc]()


def load_all():
    return {d: load(d) for d in DOCS}


if __name__ == '__main__':
    A = load_all()
    for doc, ps in A.items():
        print('==', doc, len(ps), 'projects', sum(len(p['inds']) for p in ps), 'inds, total',
              round(sum(p['total'] for p in ps), 4), 'fin', round(sum(p['fin'] for p in ps), 4),
              'other', round(sum(p['other'] for p in ps), 4))
        for p in ps:
            print(' ', p['code'], p['name'][:20], p['unit'], round(p['total'], 4), round(p['fin'], 4),
                  round(p['other'], 4), p.get('org'), p.get('attr'), p['plan'], len(p['inds']))
