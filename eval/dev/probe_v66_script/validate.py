"""Check the new document and the question file.

1. The generator is deterministic: it is run twice and both outputs must have the md5 of the file on disk.
2. The records extract.py parses out of the .docx equal the generator's data (every field, plan and indicator row).
3. The document's structure: 10 tables (1 summary + 9 project tables), section labels in column 0 in order,
   money parts add up, quarter amounts add up to 全年合计 and 年度资金总额, 项目总成本 equals 年度资金总额,
   summary table rows and 合计 equal the project tables, the prose totals equal the sums.
4. The jsonl: 60 lines, ids q001… in order, stores valid, expect keys known, codes present in the store,
   values finite, found:false alone, not-found subjects absent from the store's text.
"""
import hashlib, json, math, os, subprocess, sys
import docx
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extract, make_gongxiao as M

DEV = os.path.join(HERE, '..')
R = os.path.join(DEV, '..', '..')
DOC = os.path.join(DEV, 'docs', 'gongxiao-2025.docx')
SAMPLE = os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
JSONL = os.path.join(DEV, 'probe_v66.jsonl')
ok = True


def check(cond, msg):
    global ok
    if not cond:
        ok = False
        print('FAIL', msg)


def md5(path):
    return hashlib.md5(open(path, 'rb').read()).hexdigest()


# 1. determinism
before = md5(DOC)
for _ in range(2):
    subprocess.run([sys.executable, os.path.join(HERE, 'make_gongxiao.py')], check=True, stdout=subprocess.DEVNULL)
    check(md5(DOC) == before, 'generator output changed between runs')
print('md5', before)

# 2. parse == generator data
G, SUMMARY, PARAS = extract.gongxiao(DOC)
check(len(G) == len(M.P) == 9, 'project count')
for p, src in zip(G, M.P):
    for k_ex, k_src in [('name', 'name'), ('code', 'code'), ('cat', 'cat'), ('attr', 'attr'), ('unit_org', 'unit'),
                        ('leader', 'leader'), ('phone', 'phone'), ('mu', 'mu'), ('use', 'use'), ('goal', 'goal'),
                        ('content', 'content')]:
        check(p.get(k_ex) == src[k_src], '%s %s: %r != %r' % (src['code'], k_ex, p.get(k_ex), src[k_src]))
    check(p.get('dept') == M.DEPT, src['code'] + ' dept')
    for k in ('total', 'fin', 'up', 'own'):
        check(abs(p[k] - float(src[k])) < 1e-9, '%s %s' % (src['code'], k))
    if src['plan']:
        check(p['plan'] == [float(x) for x in src['plan']], src['code'] + ' plan')
        check(abs(p['plan_total'] - p['total']) < 1e-6, src['code'] + ' plan total')
    else:
        check(p['plan'] is None and 'plan_note' in p, src['code'] + ' no plan')
    rows = [tuple(i[h] for h in ['一级指标', '二级指标', '三级指标', '指标性质', '目标值', '计量单位', '指标解释/备注'])
            for i in p['indicators']]
    check(rows == list(src['inds']), src['code'] + ' indicators')

# 3. structure
d = docx.Document(DOC)
check(len(d.tables) == 10, 'table count %d' % len(d.tables))
ORDER = ['基本信息', '资金情况', '实施计划', '绩效目标', '绩效指标']
for t in d.tables[1:]:
    secs = []
    for r in t.rows:
        s = r.cells[0].text.strip()
        if not secs or secs[-1] != s:
            secs.append(s)
    check(secs == ORDER, 'section order %s' % secs)
    check(len(t.columns) == 8, 'columns')
codes = [p['code'] for p in G]
check(len(set(codes)) == len(codes) and all(len(c) == 21 for c in codes), 'codes')
n_rows = 0
for p in G:
    check(abs(p['fin'] + p['up'] + p['own'] - p['total']) < 1e-6, p['code'] + ' parts')
    if p['plan']:
        check(abs(sum(p['plan']) - p['total']) < 1e-6, p['code'] + ' quarters')
    cost = [i for i in p['indicators'] if i['三级指标'] == '项目总成本']
    check(len(cost) == 1 and abs(extract.num(cost[0]['目标值']) - p['total']) < 1e-6 and cost[0]['计量单位'] == p['mu'],
          p['code'] + ' 项目总成本')
    for i in p['indicators']:
        check(i['指标性质'] in ('≥', '≤', '=', '定性'), p['code'] + ' 性质 ' + i['指标性质'])
    n_rows += len(p['indicators'])
check(65 <= n_rows <= 75, 'indicator rows %d' % n_rows)
check([x['mu'] for x in G].count('元') == 1, 'one project in 元')
check(sum(1 for x in G if not any(i['一级指标'] == '满意度指标' for i in x['indicators'])) == 1, 'one without 满意度')
check(sum(1 for x in G if not x['plan']) == 1, 'one without plan')
body = SUMMARY[:-1]
check(len(body) == len(G), 'summary rows')
for srow, p in zip(body, G):
    check(srow['项目编码'] == p['code'] and srow['项目名称'] == p['name'] and srow['实施单位'] == p['unit_org'], 'summary ids')
    for col, k in [('年度资金总额', 'wan'), ('财政拨款', 'fin_w'), ('上级转移支付', 'up_w'), ('单位自有资金', 'own_w')]:
        check(abs(float(srow[col]) - p[k]) < 0.005, 'summary %s %s' % (p['code'], col))
    check(int(srow['绩效指标（条）']) == len(p['indicators']), 'summary rows count')
tot = SUMMARY[-1]
check(tot['序号'] == '合计', 'summary total row')
sums = {c: sum(p[k] for p in G) for c, k in [('年度资金总额', 'wan'), ('财政拨款', 'fin_w'), ('上级转移支付', 'up_w'), ('单位自有资金', 'own_w')]}
for c, v in sums.items():
    check(abs(float(tot[c]) - v) < 0.005, 'summary total ' + c)
check(int(tot['绩效指标（条）']) == n_rows, 'summary total rows')
prose = ''.join(PARAS)
check(('年度资金总额%.2f万元' % sums['年度资金总额']) in prose and ('财政拨款%.2f万元' % sums['财政拨款']) in prose, 'prose totals')
for w in ('部门职责', '总体绩效目标', '保障措施'):
    check(w in prose, 'prose part ' + w)

# 4. jsonl
S = extract.sample(SAMPLE)


def doc_text(path):
    dd = docx.Document(path)
    parts = [x.text for x in dd.paragraphs]
    for t in dd.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return '\n'.join(parts)


TXT = {'gongxiao': doc_text(DOC), 'gongxiao_sample': doc_text(DOC) + doc_text(SAMPLE)}
STORE_CODES = {'gongxiao': set(codes), 'gongxiao_sample': set(codes) | {p['code'] for p in S}}
# subjects of the not-found questions, which must not occur in the store's text
ABSENT = {'q040': ['2024年的', '2024年度'], 'q041': ['商务局'], 'q042': ['2023〕15号', '2023】15号', '2023]15号'],
          'q043': ['棉花'], 'q044': ['〔2025〕8号', '【2025】8号', '[2025]8号'], 'q045': ['三公'],
          'q059': ['魏县供销'], 'q060': ['永年区人', '永年区人力资源']}
lines = open(JSONL, encoding='utf-8').read().splitlines()
check(len(lines) == 60, 'line count')
stores = {}
for n, line in enumerate(lines, 1):
    d = json.loads(line)
    check(d['id'] == 'q%03d' % n, 'id order %s' % d['id'])
    check(set(d) <= {'id', 'question', 'history', 'expect', 'store', 'kind'}, d['id'] + ' keys')
    check(d['store'] in STORE_CODES, d['id'] + ' store')
    stores[d['store']] = stores.get(d['store'], 0) + 1
    e = d['expect']
    check(set(e) <= {'projects', 'value', 'contains', 'found'} and e, d['id'] + ' expect keys')
    if 'found' in e:
        check(e == {'found': False}, d['id'] + ' found:false alone')
        check(d['kind'] == 'not-found', d['id'] + ' kind')
        for w in ABSENT.get(d['id'], [None]):
            check(w is not None and w not in TXT[d['store']], '%s subject %r present' % (d['id'], w))
    if 'projects' in e:
        check(e['projects'] and all(c in STORE_CODES[d['store']] for c in e['projects']), d['id'] + ' codes')
        check(e['projects'] == sorted(set(e['projects'])), d['id'] + ' sorted unique')
    if 'value' in e:
        check(isinstance(e['value'], (int, float)) and math.isfinite(e['value']), d['id'] + ' value')
    if 'contains' in e:
        check(all(isinstance(s, str) and s and s in TXT[d['store']] for s in e['contains']), d['id'] + ' contains in doc')
    if 'history' in d:
        check(isinstance(d['history'], list) and all(isinstance(h, str) for h in d['history']), d['id'] + ' history')
check(stores == {'gongxiao': 45, 'gongxiao_sample': 15}, 'store counts %s' % stores)
check(sum(1 for l in lines if '"found": false' in l) == 8, 'not-found count')
print('OK' if ok else 'FAILED', stores)
sys.exit(0 if ok else 1)
