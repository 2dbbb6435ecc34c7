"""Parse the probe_v59 documents back into project records.
yingji: python-docx, fields found by label words; ningjin / cixian / sample: the parsers of probe_v56 / probe_v58 (reused)."""
import importlib.util, os, re
import docx
from docx.oxml.ns import qn
from docx.table import Table

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DEV))
YINGJI = os.path.join(DEV, 'docs', 'yingji-2025.docx')
NINGJIN = os.path.join(DEV, 'docs', 'ningjin-2025.xlsx')
CIXIAN = os.path.join(DEV, 'docs', 'cixian-2025.pdf')
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

v56 = _load('v56_extract', os.path.join(DEV, 'probe_v56_script', 'extract.py'))
v58 = _load('v58_extract', os.path.join(DEV, 'probe_v58_script', 'extract.py'))


def num(s):
    m = re.search(r'-?\d[\d,]*(\.\d+)?', s or '')
    return float(m.group().replace(',', '')) if m else None


def yingji(path=YINGJI):
    d = docx.Document(path)
    out, summary, paras = [], None, []
    unit = None; cur = None
    for el in d.element.body.iterchildren():
        if el.tag == qn('w:p'):
            t = ''.join(x.text or '' for x in el.iter(qn('w:t'))).strip()
            paras.append(t)
            m = re.search(r'单位：(万元|元)', t)
            if t.startswith('编制单位') and m: unit = m.group(1)
            continue
        if el.tag != qn('w:tbl'):
            continue
        rows = [[c.text.strip() for c in r.cells] for r in Table(el, d).rows]
        h = rows[0]
        if h[0] == '序号':
            summary = [dict(zip(h, r)) for r in rows[1:]]
        elif h[0] == '项目名称':
            kv = {}
            for r in rows:
                for j in range(0, len(r) - 1):
                    if r[j] in ('项目名称', '项目编码', '项目类型', '主管部门', '实施单位', '项目属性', '实施期', '年度',
                                '项目主要内容及资金用途', '年度绩效目标') and r[j] not in kv:
                        kv[r[j]] = r[j + 1]
            cur = {'name': kv['项目名称'], 'code': kv['项目编码'], 'category': kv['项目类型'], 'org': kv['实施单位'],
                   'attr': kv['项目属性'], 'period': kv['实施期'], 'use': kv['项目主要内容及资金用途'],
                   'goal': kv['年度绩效目标'], 'unit': unit, 'plan': None, 'plan_kind': None, 'indicators': [],
                   'score_col': False}
            for i, r in enumerate(rows):
                if r[0] == '资金情况' and r[1] == '资金总额':
                    v = rows[i + 1]; lab = r
                    # columns by label: 资金总额 | 其中：财政拨款 | 其他资金
                    cur['total'] = num(v[lab.index('资金总额')]); cur['fin'] = num(v[lab.index('其中：财政拨款')])
                    cur['other'] = num(v[lab.index('其他资金')]); cur['other_label'] = '其他资金'
                if r[0] == '年度资金':
                    v = num(next(c for c in r[2:] if c != r[1]))
                    if r[1] == '年度资金总额': cur['total'] = v
                    if r[1] == '其中：当年财政拨款': cur['fin'] = v
                    if r[1] == '上年结转资金': cur['other'] = v; cur['other_label'] = '上年结转资金'
            k = 10000.0 if unit == '元' else 1.0
            cur['wan'], cur['fin_w'], cur['other_w'] = cur['total'] / k, cur['fin'] / k, cur['other'] / k
            out.append(cur)
        elif h[0] == '时间节点':
            lab = rows[1][0]
            vals = [num(x) for x in rows[1][1:]]
            cur['plan_kind'] = 'percent' if '比例' in lab else 'amount'
            cur['plan_cols'] = h[1:]
            k = 10000.0 if cur['unit'] == '元' else 1.0
            if cur['plan_kind'] == 'percent':
                cur['plan'] = [v / 100 * cur['wan'] for v in vals]        # cumulative, 万元
            else:
                cur['plan'] = [v / k for v in vals]                      # cumulative, 万元
            cur['plan_raw'] = vals
        elif h[0] == '一级指标':
            cur['score_col'] = '分值' in h
            for r in rows[1:]:
                if r[0] == '分值合计':
                    cur['score_total'] = num(r[3]) if len(r) > 3 else None
                    continue
                cur['indicators'].append(dict(zip(h, r)))
    text = '\n'.join(paras)
    return out, summary, text


def ningjin(path=NINGJIN):
    return v56.ningjin(path)


def cixian(path=CIXIAN):
    return v58.cixian(path)


def sample(path=SAMPLE):
    return v58.sample(path)


if __name__ == '__main__':
    Y, summ, text = yingji()
    for p in Y:
        print(p['code'], p['name'], p['org'], p['attr'], p['unit'], p['total'], p['fin'], p['other'], p['other_label'],
              p['plan_kind'], p['plan'], p['score_col'], len(p['indicators']))
    print(len(Y), sum(len(p['indicators']) for p in Y), sum(p['wan'] for p in Y))
