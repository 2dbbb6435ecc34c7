"""Parse the probe_v63 source documents back into uniform project records.

Reuses the earlier probe writers' parsers: probe_v61 (sample, other, minzheng via the sample-layout parser of probe_v57;
yingji via probe_v57; ningjin, cixian, qiuxian parsed in probe_v61) and probe_v57 (jiaotongfx). Nothing else is read.

Record keys: doc, code, name, org (实施单位 / 执行单位 / 项目负责单位; None in the sample layout), unit ('元' / '万元'
as printed), total / fin / other in 万元 (元 amounts divided by 10000), plan {3, 6, 9, 12: cumulative percent}
({} when no plan is printed; the third checkpoint is 10月底 in the sample / other / minzheng layout), inds
[dict(l1, l2, name, value, basis, ...)], use (资金用途), goal.
Extras: yingji plan_amt (cumulative amounts as printed, 万元); ningjin / jiaotongfx gpb / fund (一般公共预算 / 政府性基金),
ningjin plan_q (per-quarter amounts as printed, 万元); cixian leader (项目负责人) and basis_line.
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DEV))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod); return mod


v61 = _load('v61_extract', os.path.join(DEV, 'probe_v61_script', 'extract.py'))
v57 = v61.v57
DOCS = {
    'sample': os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'),
    'other': os.path.join(ROOT, 'tests', 'data', 'other-department.docx'),
    'yingji': os.path.join(DEV, 'docs', 'yingji-2025.docx'),
    'ningjin': os.path.join(DEV, 'docs', 'ningjin-2025.xlsx'),
    'cixian': os.path.join(DEV, 'docs', 'cixian-2025.pdf'),
    'qiuxian': os.path.join(ROOT, 'eval', 'heldout', 'docs', 'qiuxian-2025.docx'),
    'minzheng': os.path.join(DEV, 'docs', 'minzheng-2025.docx'),
    'jiaotongfx': os.path.join(DEV, 'docs', 'jiaotongfx-2025.xlsx'),
}
for k in ('sample', 'other', 'yingji', 'ningjin', 'cixian', 'qiuxian', 'minzheng'):
    assert v61.DOCS[k] == DOCS[k], k
v57.DOCS['jiaotongfx'] = DOCS['jiaotongfx']

STORES = {'sample': ['sample'], 'other': ['other'], 'both': ['sample', 'other'],
          'yingji': ['yingji'], 'yingji_sample': ['yingji', 'sample'],
          'ningjin': ['ningjin'], 'ningjin_sample': ['ningjin', 'sample'],
          'cixian': ['cixian'], 'cixian_sample': ['cixian', 'sample'],
          'qiuxian': ['qiuxian'], 'qiuxian_sample': ['qiuxian', 'sample'],
          'minzheng': ['minzheng'], 'sample_minzheng': ['sample', 'minzheng'],
          'jiaotongfx': ['jiaotongfx']}


def load(doc):
    if doc == 'jiaotongfx':
        ps = v57.jiaotongfx()
        for p in ps: p['doc'] = 'jiaotongfx'
        return ps
    return v61.load(doc)


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
                  round(p['other'], 4), p.get('org'), p['plan'], len(p['inds']))
