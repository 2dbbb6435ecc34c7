"""Uniform project records for probe_v65, built only from the earlier probe writers' parsers.

Parsers reused (loaded by file path, nothing else is read):
  probe_v60_script/extract.py  shenji(xlsx)            -> 邯郸市丛台区审计局
  probe_v62_script/extract.py  dangan(txt)             -> 邯郸市复兴区档案馆
  probe_v64_script/extract.py  xinfang(pdf)            -> 邯郸市邯山区信访局
  probe_v61_script/extract.py  load('cixian')          -> 磁县体育局 (pdf)
                               load('yingji')          -> 曲周县应急管理局 (docx)
                               load('sample')          -> 魏县人力资源和社会保障局 (sample docx)
                               load('other')           -> 临漳县农业农村局 (other-department docx)
Only these seven documents are loaded (v61's load() is called per document, never load_all()).

Record keys (all money in 万元; 元-printed projects divided by 10000):
  doc, dept, code, name, org (实施单位; None where the layout prints none), attr (延续项目/新增项目 or None),
  unit ('万元'/'元' as printed), total, fin, other, carry (上年结转, xinfang), up / own (shenji 上级补助 / 自筹资金),
  leader, phone, period, use, goal, basis_line (cixian 绩效指标设定依据 line),
  plan {3, 6, 9, 12: cumulative percent} or None (no plan printed); PLAN_LABEL[doc] names the printed checkpoints
  (the third one is 10月底 in the sample / other layout), a blank after a reached percentage keeps it;
  plan_amt {3, 6, 9, 12: cumulative 万元 as printed} where a document prints amounts (yingji, shenji project 6);
  inds [dict(l1, l2, name, value (display, unit appended where printed separately), num (first number or None),
  basis)].
"""
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DEV))

PATHS = {
    'shenji': os.path.join(DEV, 'docs', 'shenji-2025.xlsx'),
    'dangan': os.path.join(DEV, 'docs', 'dangan-2025.txt'),
    'xinfang': os.path.join(DEV, 'docs', 'xinfang-2025.pdf'),
    'cixian': os.path.join(DEV, 'docs', 'cixian-2025.pdf'),
    'yingji': os.path.join(DEV, 'docs', 'yingji-2025.docx'),
    'sample': os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'),
    'other': os.path.join(ROOT, 'tests', 'data', 'other-department.docx'),
}
DEPT = {
    'shenji': '邯郸市丛台区审计局', 'dangan': '邯郸市复兴区档案馆', 'xinfang': '邯郸市邯山区信访局',
    'cixian': '磁县体育局', 'yingji': '曲周县应急管理局', 'sample': '魏县人力资源和社会保障局',
    'other': '临漳县农业农村局',
}
STORES = {
    'sample': ['sample'], 'other': ['other'],
    'shenji': ['shenji'], 'shenji_sample': ['shenji', 'sample'],
    'dangan': ['dangan'], 'dangan_sample': ['dangan', 'sample'],
    'xinfang': ['xinfang'], 'xinfang_sample': ['xinfang', 'sample'],
    'cixian': ['cixian'], 'yingji': ['yingji'],
}
PLAN_LABEL = {
    'shenji': ('第一季度末', '第二季度末', '第三季度末', '第四季度末'),
    'dangan': ('一季度末', '二季度末', '三季度末', '四季度末'),
    'xinfang': ('第一季度', '第二季度', '第三季度', '第四季度'),
    'cixian': ('一季度', '二季度', '三季度', '四季度'),
    'yingji': ('截至3月底', '截至6月底', '截至9月底', '截至12月底'),
    'sample': ('3月底', '6月底', '10月底', '12月底'),
    'other': ('3月底', '6月底', '10月底', '12月底'),
}
M = (3, 6, 9, 12)


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


v60 = _load('v65_v60_extract', os.path.join(DEV, 'probe_v60_script', 'extract.py'))
v62 = _load('v65_v62_extract', os.path.join(DEV, 'probe_v62_script', 'extract.py'))
v64 = _load('v65_v64_extract', os.path.join(DEV, 'probe_v64_script', 'extract.py'))
v61 = _load('v65_v61_extract', os.path.join(DEV, 'probe_v61_script', 'extract.py'))
for k in ('cixian', 'yingji', 'sample', 'other'):
    assert os.path.samefile(v61.DOCS[k], PATHS[k]), k


def num(s):
    if s is None:
        return None
    m = re.search(r'-?\d+(?:\.\d+)?', str(s).replace(',', ''))
    return float(m.group()) if m else None


def _keep(pcts):
    """Cumulative percentages with a blank (None) after a reached value keeping it."""
    out, last = {}, None
    for m, v in zip(M, pcts):
        if v is None:
            v = last
        out[m] = v
        last = v
    return out


def _base(doc, **kw):
    r = {'doc': doc, 'dept': DEPT[doc], 'org': None, 'attr': None, 'carry': 0.0, 'up': 0.0, 'own': 0.0,
         'leader': None, 'phone': None, 'period': None, 'use': None, 'goal': None, 'basis_line': None,
         'plan': None, 'plan_amt': None, 'inds': []}
    r.update(kw)
    return r


def shenji():
    dept, ps = v60.shenji(PATHS['shenji'])
    out = []
    for p in ps:
        k = 10000.0 if p['unit'] == '元' else 1.0
        r = _base('shenji', code=p['code'], name=p['name'], org=p['org'], unit=p['unit'], total=p['total'] / k,
                  fin=(p['ben'] + p['up']) / k, other=p['zc'] / k, up=p['up'] / k, own=p['zc'] / k, ben=p['ben'] / k,
                  leader=p['leader'], phone=str(p['phone']), category=p['cat'], use=p.get('use'), goal=p.get('goal'))
        r['plan'] = {m: p['plan'][q] for m, q in zip(M, PLAN_LABEL['shenji'])}
        if p['plan_kind'] == 'amount':
            r['plan_amt'] = {m: num(p['plan_raw'].get(q)) / k for m, q in zip(M, PLAN_LABEL['shenji'])}
        for i in p['indicators']:
            v = str(i['指标值'])
            r['inds'].append({'l1': i['一级指标'], 'l2': i['二级指标'], 'name': i['三级指标'],
                              'value': v + (i['计量单位'] or ''), 'num': num(v), 'basis': i['指标值设定依据'] or ''})
        out.append(r)
    return out, dept


def dangan():
    d = v62.dangan(PATHS['dangan'])
    out = []
    for p in d['projects']:
        k = 10000.0 if p['mu'] == '元' else 1.0
        r = _base('dangan', code=p['code'], name=p['name'], org=p['unit_org'], attr=p['attr'], unit=p['mu'],
                  total=p['total'] / k, fin=p['fin'] / k, other=p['other'] / k, use=p.get('use'), goal=p.get('goal'))
        if p['plan'] is not None:
            r['plan'] = _keep([p['plan'].get(q) for q in PLAN_LABEL['dangan']])
        for i in p['indicators']:
            v = i['指标值']
            r['inds'].append({'l1': i['一级指标'], 'l2': i['二级指标'], 'name': i['三级指标'],
                              'value': v + (i['计量单位'] or ''), 'num': num(v), 'basis': i['指标值设定依据'] or ''})
        out.append(r)
    return out, d


def xinfang():
    X = v64.xinfang(PATHS['xinfang'])
    out = []
    for p in X['projects']:
        r = _base('xinfang', code=p['code'], name=p['name'], org=p['org'], attr=p['attr'], unit=p['mu'],
                  total=p['total_w'], fin=p['fin_w'], other=p['other_w'], carry=p['carry_w'], kind=p.get('kind'),
                  period=p.get('period'), use=p.get('use'), goal=p.get('goal'))
        if p['pct'] is not None:
            r['plan'] = {m: p['pct'][d] for m, d in zip(M, ('3月底', '6月底', '9月底', '12月底'))}
        for i in p['indicators']:
            r['inds'].append({'l1': i['l1'], 'l2': i['l2'], 'name': i['l3'], 'value': i['disp'], 'num': i['num'],
                              'basis': i['basis']})
        out.append(r)
    return out, X


def _v61(doc):
    out = []
    for p in v61.load(doc):
        r = _base(doc, code=p['code'], name=p['name'], org=p.get('org'), attr=p.get('attr'), unit=p['unit'],
                  total=p['total'], fin=p['fin'], other=p['other'], leader=p.get('leader'), use=p.get('use'),
                  goal=p.get('goal'), basis_line=p.get('basis_line'))
        if p['plan']:
            r['plan'] = {m: p['plan'][m] for m in M}
        if p.get('plan_amt'):
            r['plan_amt'] = {m: p['plan_amt'][m] for m in M}
        for i in p['inds']:
            v = i['value']
            r['inds'].append({'l1': i['l1'], 'l2': i['l2'], 'name': i['name'], 'value': v, 'num': num(v),
                              'basis': i.get('basis') or ''})
        out.append(r)
    return out


def load_all():
    """{doc: [records]} plus the raw parse objects the validator re-checks."""
    sj, sj_dept = shenji()
    dg, dg_raw = dangan()
    xf, xf_raw = xinfang()
    recs = {'shenji': sj, 'dangan': dg, 'xinfang': xf}
    for doc in ('cixian', 'yingji', 'sample', 'other'):
        recs[doc] = _v61(doc)
    raw = {'shenji_dept': sj_dept, 'dangan': dg_raw, 'xinfang': xf_raw}
    return recs, raw


if __name__ == '__main__':
    R, _ = load_all()
    for doc, ps in R.items():
        print('==', doc, DEPT[doc], len(ps), 'projects', sum(len(p['inds']) for p in ps), 'indicator rows, total',
              round(sum(p['total'] for p in ps), 4))
        for p in ps:
            print('  ', p['code'], p['name'][:24], p['unit'], round(p['total'], 4), round(p['fin'], 4),
                  round(p['other'], 4), p['org'], p['attr'], p['plan'], len(p['inds']))
