"""Parse docs/cixian-2025.pdf back into project records with pdfplumber (text for the prose facts, tables for the
key/value block and the indicator rows), and the sample .docx with python-docx. Fields are found by label words."""
import os, re
import docx, pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = os.path.join(HERE, '..', 'docs', 'cixian-2025.pdf')
SAMPLE = os.path.join(HERE, '..', '..', '..', 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
HEAD = re.compile(r'^（([一二三四五六七八九十]+)）(.+)$', re.M)


def clean(c):
    return re.sub(r'\s+', '', c or '')


def num(s):
    m = re.search(r'-?\d[\d,]*(\.\d+)?', s or '')
    return float(m.group().replace(',', '')) if m else None


def cixian(path=PDF):
    pdf = pdfplumber.open(path)
    text = '\n'.join(pg.extract_text() for pg in pdf.pages)
    tables = [[[clean(c) if c is not None else None for c in r] for r in t] for pg in pdf.pages for t in pg.extract_tables()]
    # prose blocks per project
    heads = list(HEAD.finditer(text))
    blocks = []
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        blocks.append((m.group(2).strip(), text[m.end():end].replace('\n', '')))
    projects = []
    cur = None; first = None; cols = None
    for t in tables:
        if t[0][0] == '项目编码':
            cur = {'kv': {r[0]: r[1] for r in t}, 'indicators': []}
            projects.append(cur)
            continue
        if len(t[0]) == 2:          # key/value block continued on the next page
            cur['kv'].update({r[0]: r[1] for r in t})
            continue
        if t[0][0] == '一级指标':
            cols = t[0]
            for r in t[1:]:
                if r[0]:
                    first = r[0]
                d = dict(zip(cols, r)); d['一级指标'] = first
                d['标准'] = d.get('评（扣）分标准') or d.get('指标解释')
                cur['indicators'].append(d)
    assert len(projects) == len(blocks), (len(projects), len(blocks))
    out = []
    for (name, body), p in zip(blocks, projects):
        kv = p['kv']
        r = {'name': name, 'code': kv['项目编码'], 'category': kv['项目类别'], 'unit_org': kv['实施单位'],
             'attr': kv['项目属性'], 'leader': kv['项目负责人'], 'indicators': p['indicators'], 'plan': None}
        m = re.search(r'项目资金：总额([\d,.]+)(万元|元)', body)
        r['money_unit'] = m.group(2); r['total'] = num(m.group(1))
        mf = re.search(r'一般公共预算([\d,.]+)(万元|元)', body)
        r['fin'] = num(mf.group(1)) if mf else (r['total'] if '全部为一般公共预算' in body else None)
        mo = re.search(r'一般公共预算[\d,.]+万元、(\S+?)([\d.]+)万元', body)
        r['other'] = num(mo.group(2)) if mo else 0.0
        r['other_label'] = mo.group(1) if mo else None
        mp = re.search(r'资金支出计划：([^。]*)。', body)
        r['plan_text'] = mp.group(1) if mp else None
        if mp:
            pc = [float(x) for x in re.findall(r'(\d+)%', mp.group(1))]
            if len(pc) == 4:
                r['plan'] = dict(zip(('Q1', 'Q2', 'Q3', 'Q4'), pc))
        r['use'] = re.search(r'资金用途：(.*?)年度绩效目标：', body).group(1)
        r['goal'] = re.search(r'年度绩效目标：(.*?)绩效指标设定依据：', body).group(1)
        basis = re.search(r'绩效指标设定依据：(.*?)。', body).group(1)
        r['basis'] = basis.split('、')
        k = 10000 if r['money_unit'] == '元' else 1
        r['wan'], r['fin_w'], r['other_w'] = r['total'] / k, r['fin'] / k, r['other'] / k
        out.append(r)
    dept = re.search(r'项目支出(\d+)个，资金合计([\d.]+)万元，其中一般公共预算([\d.]+)万元，其他资金([\d.]+)万元',
                     text.replace('\n', ''))
    return out, dept.groups()


def sample(path=SAMPLE):
    """魏县人社局 sample: 项目编码 tables (first row 项目编码 | code | 项目名称 | name)."""
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if rows and rows[0][0] == '一级指标' and out:
            out[-1]['indicators'] += [dict(zip(rows[0], r)) for r in rows[1:] if r[0] in ('产出指标', '效益指标', '满意度指标', '成本指标')]
            continue
        if not rows or rows[0][0] != '项目编码':
            continue
        p = {'code': rows[0][1], 'name': rows[0][-1], 'indicators': [], 'plan': {}}
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                if c == '预算数' and 'total' not in p: p['total'] = num(r[j + 1])
                if c.startswith('其中：财政') and 'fin' not in p: p['fin'] = num(r[j + 1])
            if r[0].startswith('资金支出计划') and r[1] == '3月底':
                for a, b in zip(r[1:], rows[i + 1][1:]):
                    if b: p['plan'][a] = num(b)
        p['wan'] = p['total']
        out.append(p)
    return out


if __name__ == '__main__':
    recs, dept = cixian()
    for r in recs:
        print(r['code'], r['name'], r['unit_org'], r['attr'], r['money_unit'], r['total'], r['fin'], r['other'], r['other_label'],
              r['plan'], r['basis'], len(r['indicators']))
    print(dept, sum(len(r['indicators']) for r in recs))
    for p in sample():
        print(p['code'], p['name'], p['total'], p['fin'], p['plan'], len(p['indicators']))
    print(len(sample()), sum(len(p['indicators']) for p in sample()), sum(p['total'] for p in sample()))
