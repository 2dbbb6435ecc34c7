"""Read project records back out of the .docx files with python-docx (fields found by their label text).

gongxiao(path)  -> (projects, summary) for eval/dev/docs/gongxiao-2025.docx
sample(path)    -> projects of the 魏县人社局 sample (data/samples/weixian-rsj-2025-jixiao-mubiao.docx)

A project record: code, name, unit_org, attr, cat, leader, mu (金额单位), total/fin/up/own as printed numbers,
wan/fin_w/up_w/own_w in 万元, plan (gongxiao: list of 4 own-quarter amounts in the printed unit, or None;
sample: dict period -> cumulative percent), use, goal, indicators (list of dicts keyed by the header words).
"""
import re
import docx


def num(s):
    s = (s or '').strip().replace(',', '')
    m = re.search(r'-?\d+(\.\d+)?', s)
    return float(m.group()) if m else 0.0


def uniq(cells):
    """Cells of a row with horizontally merged duplicates dropped (same underlying w:tc)."""
    out, prev = [], None
    for c in cells:
        if c._tc is prev:
            continue
        prev = c._tc
        out.append(c.text.strip())
    return out


def gongxiao(path):
    d = docx.Document(path)
    projects, summary = [], None
    for t in d.tables:
        first = [c.text.strip() for c in t.rows[0].cells]
        if first and first[0] == '序号':
            hdr = first
            summary = []
            for r in t.rows[1:]:
                cells = [c.text.strip() for c in r.cells]
                summary.append(dict(zip(hdr, cells)))
            continue
        col0 = [r.cells[0].text.strip() for r in t.rows]
        if '基本信息' not in col0 or '绩效指标' not in col0:
            continue
        p = {'indicators': [], 'plan': None}
        ind_hdr = plan_hdr = None
        for r in t.rows:
            sec = r.cells[0].text.strip()
            cells = uniq(r.cells[1:])
            if sec == '绩效指标':
                raw = [c.text.strip() for c in r.cells[1:8]]
                if raw[0] == '一级指标':
                    ind_hdr = raw
                else:
                    p['indicators'].append(dict(zip(ind_hdr, raw)))
                continue
            if sec == '实施计划':
                if cells[0] == '计划期间':
                    plan_hdr = cells[1:]
                    continue
                if cells[0].startswith('当季计划支出'):
                    vals = dict(zip(plan_hdr, cells[1:]))
                    p['plan'] = [num(vals[h]) for h in plan_hdr if h.startswith('第')]
                    p['plan_total'] = num(vals['全年合计'])
                    continue
                if cells[0] == '季度支出计划':
                    p['plan_note'] = cells[1]
                    continue
            for k, v in zip(cells[0::2], cells[1::2]):
                if k == '项目名称': p['name'] = v
                elif k == '项目编码': p['code'] = v
                elif k == '项目类别': p['cat'] = v
                elif k == '主管部门': p['dept'] = v
                elif k == '实施单位': p['unit_org'] = v
                elif k == '项目负责人': p['leader'] = v
                elif k == '联系电话': p['phone'] = v
                elif k == '项目属性': p['attr'] = v
                elif k.startswith('年度资金总额'):
                    p['mu'] = '元' if '（元）' in k else '万元'
                    p['total'] = num(v)
                elif k == '其中：财政拨款': p['fin'] = num(v)
                elif k == '上级转移支付': p['up'] = num(v)
                elif k == '单位自有资金': p['own'] = num(v)
                elif k == '资金用途': p['use'] = v
                elif k == '主要实施内容及进度': p['content'] = v
                elif k == '年度绩效目标': p['goal'] = v
        k = 10000.0 if p['mu'] == '元' else 1.0
        p['wan'], p['fin_w'], p['up_w'], p['own_w'] = p['total'] / k, p['fin'] / k, p['up'] / k, p['own'] / k
        p['plan_w'] = [x / k for x in p['plan']] if p['plan'] else None
        projects.append(p)
    paras = [x.text for x in d.paragraphs]
    return projects, summary, paras


def sample(path):
    d = docx.Document(path)
    out = []
    tables = d.tables
    for i, t in enumerate(tables):
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if not rows or rows[0][0] != '项目编码':
            continue
        p = {'code': rows[0][1], 'name': rows[0][4], 'plan': {}, 'indicators': [], 'mu': '万元'}
        for j, r in enumerate(rows):
            if r[0] == '预算规模及资金用途' and r[1] == '预算数':
                p['total'], p['fin'], p['other'] = num(r[2]), num(r[4]), num(r[6])
            elif r[0] == '预算规模及资金用途':
                p['use'] = r[1]
            elif r[0].startswith('资金支出计划') and j + 1 < len(rows) and rows[j + 1][0] == r[0]:
                last = 0.0
                seen = []
                for h, v in zip(r[1:], rows[j + 1][1:]):
                    if h in seen:
                        continue
                    seen.append(h)
                    if v:
                        last = num(v)
                    p['plan'][h] = last
            elif r[0] == '绩效目标':
                p['goal'] = r[1]
        ind = tables[i + 1]
        irows = [[c.text.strip() for c in r.cells] for r in ind.rows]
        assert irows[0][0] == '一级指标'
        for r in irows[1:]:
            p['indicators'].append(dict(zip(irows[0], r)))
        p['wan'], p['fin_w'] = p['total'], p['fin']
        out.append(p)
    return out


if __name__ == '__main__':
    import os, sys
    R = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
    G, S_, _ = gongxiao(os.path.join(R, 'eval', 'dev', 'docs', 'gongxiao-2025.docx'))
    for p in G:
        print(p['code'], p['name'], p['mu'], p['total'], p['fin'], p['up'], p['own'], p['plan'], len(p['indicators']))
    for p in sample(os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')):
        print(p['code'], p['name'][:20], p['total'], p['plan'], len(p['indicators']))
