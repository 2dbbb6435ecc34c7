"""Check heldout_v10.jsonl and re-check the new document's money facts."""
import json, math, os, re, sys
import docx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build

STORES = {
    'tongji': [build.NEW],
    'tongji_sample': [build.NEW, build.SAMPLE],
    'sample': [build.SAMPLE],
    'other': [build.OTHER],
    'county': list(build.COUNTY.values()),
}
KEYS = {'projects', 'value', 'contains', 'found'}


def doc_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return '\n'.join(parts)


def records(path):
    return build.tongji(path) if path == build.NEW else build.docx_projects(path)


def main():
    err = []
    texts = {p: doc_text(p) for ps in STORES.values() for p in ps}
    recs = {p: records(p) for ps in STORES.values() for p in ps}
    path = os.path.join(build.H, 'heldout_v10.jsonl')
    ids = []
    kinds = {}
    stores = {}
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except Exception as e:
            err.append('line %d does not parse: %s' % (n, e)); continue
        ids.append(d['id'])
        if d['id'] != 'q%03d' % n: err.append('%s out of order' % d['id'])
        if d.get('store') not in STORES: err.append('%s bad store' % d['id']); continue
        if not d.get('question') or not d.get('kind'): err.append('%s lacks question/kind' % d['id'])
        if 'history' in d and not (isinstance(d['history'], list) and all(isinstance(h, str) and h for h in d['history'])):
            err.append('%s bad history' % d['id'])
        kinds[d['kind']] = kinds.get(d['kind'], 0) + 1
        stores[d['store']] = stores.get(d['store'], 0) + 1
        e = d['expect']
        if not e or set(e) - KEYS: err.append('%s bad expect keys %s' % (d['id'], set(e)))
        if 'found' in e and (e['found'] is not False or len(e) != 1):
            err.append('%s found:false must stand alone' % d['id'])
        if 'value' in e and not (isinstance(e['value'], (int, float)) and math.isfinite(e['value'])):
            err.append('%s value not finite' % d['id'])
        if 'contains' in e and not all(isinstance(s, str) and s for s in e['contains']):
            err.append('%s bad contains' % d['id'])
        docs = STORES[d['store']]
        for code in e.get('projects', []):
            hits = [p for p in docs if code in texts[p]]
            if not hits:
                err.append('%s project %s not in store %s' % (d['id'], code, d['store'])); continue
            names = [r['name'] for p in hits for r in recs[p] if r['code'] == code]
            if not names or not all(any(nm in texts[p] for p in hits) for nm in names):
                err.append('%s project %s name not found verbatim' % (d['id'], code))
        if 'projects' in e and len(set(e['projects'])) != len(e['projects']):
            err.append('%s duplicate projects' % d['id'])
    if len(set(ids)) != len(ids): err.append('duplicate ids')

    # money facts of the new document
    C = build.tongji(build.NEW)
    for p in C:
        if abs(p['total'] - p['fin'] - p['other']) > 1e-6:
            err.append('%s: total != fin + other' % p['name'])
        cost = [i for i in p['indicators'] if i['二级指标'] == '成本指标' and i['指标内容'] in ('项目总成本', '前期准备经费', '执法检查经费')]
        for i in cost:
            if abs(build.nv(i['指标值']) - p['total']) > 1e-6:
                err.append('%s: 成本指标 %s != total' % (p['name'], i['指标值']))
        if not 8 <= len(p['indicators']) <= 12: err.append('%s: %d indicator rows' % (p['name'], len(p['indicators'])))
        if p['plan'] and p['plan']['四季度末'] != 100: err.append('%s: plan does not end at 100%%' % p['name'])
    tot = sum(p['wan'] for p in C); fin = sum(p['fin_w'] for p in C); oth = sum(p['other_w'] for p in C)
    txt = texts[build.NEW]
    m = re.search(r'资金总额([\d.]+)万元，其中财政拨款([\d.]+)万元、其他资金([\d.]+)万元', txt)
    if not m or [float(x) for x in m.groups()] != [round(tot, 2), round(fin, 2), round(oth, 2)]:
        err.append('department totals in prose do not match the projects')
    summ = [build.rows_of(t) for t in docx.Document(build.NEW).tables if build.rows_of(t)[0][0] == '序号'][0]
    for r in summ[1:-1]:
        p = build.by(C, r[1])
        if [float(x) for x in r[3:6]] != [round(p['wan'], 2), round(p['fin_w'], 2), round(p['other_w'], 2)]:
            err.append('summary row %s differs' % r[1])
    if [float(x) for x in summ[-1][3:6]] != [round(tot, 2), round(fin, 2), round(oth, 2)]:
        err.append('summary total differs')

    print('questions', len(lines), 'stores', stores)
    print('kinds', dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))))
    print('new document: %d projects, %d indicator rows, total %.2f (fin %.2f, other %.2f)'
          % (len(C), sum(len(p['indicators']) for p in C), tot, fin, oth))
    if err:
        print('\n'.join(err)); sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
