"""Read project records back out of the documents (python-docx only; never the generator's data).

qixiang(docx): one wide table per project. Cells are de-duplicated by their XML element (python-docx repeats a merged
cell in every grid position it covers), then header rows are read as label/value pairs by label words, the quarterly
plan as a row of quarter labels over a row of amounts, and the indicator block by its header words (指标名称 …).
A blank 一级指标 cell (vertical merge) takes the value above.
sample(docx): python-docx tables of the 魏县人社局 sample (项目编码 table + indicator table).
"""
import re
import docx


def num(s):
    s = (s or '').replace(',', '')
    m = re.search(r'-?\d+(?:\.\d+)?', s)
    return float(m.group()) if m else None


def uniq(row):
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) in seen: continue
        seen.add(id(c._tc)); out.append(c.text.strip())
    return out


FIELD = {'项目名称': 'name', '项目编号': 'code', '预算单位': 'org', '项目类别': 'attr', '主管部门': 'dept',
         '项目负责人': 'leader', '联系电话': 'phone', '起止年限': 'period', '金额单位': 'mu',
         '资金总额': 'total_text', '财政拨款': 'fin_text', '上年结转': 'carry_text', '其他资金': 'other_text',
         '项目概述': 'use', '年度绩效目标': 'goal'}
IND = {'指标名称': 'name', '指标性质': 'cmp', '目标值': 'val', '计量单位': 'unit', '一级指标': 'l1', '二级指标': 'l2',
       '指标解释及设定依据': 'basis', '评分规则': 'rule'}
QS = ('一季度', '二季度', '三季度', '四季度')


def qixiang(path):
    d = docx.Document(path)
    paras = [p.text.strip() for p in d.paragraphs]
    projects = []
    for t in d.tables:
        rows = [uniq(r) for r in t.rows]
        # vertical merges: a continued vMerge cell is a distinct _tc with empty text; python-docx gives the
        # top cell's text for grid positions covered by the merge only through cell(); keep raw per-row cells.
        if not rows or rows[0][0] != '项目名称':
            continue
        p = {'indicators': [], 'plan_text': None}
        hdr = None
        i = 0
        while i < len(rows):
            r = rows[i]
            if hdr is not None:
                pass
            elif r[0].startswith('分季度用款计划'):
                labels, vals = r[1:], rows[i + 1]
                # the label cell is merged down: the next row's first unique cell is that same label (python-docx
                # row.cells returns the top cell for a vMerge continuation), so drop it when equal
                if vals and vals[0] == r[0]: vals = vals[1:]
                assert tuple(labels) == QS, labels
                p['plan_text'] = dict(zip(labels, vals)); p['plan_label'] = r[0]
                i += 2; continue
            elif r[0] == '指标名称':
                hdr = r; i += 1; continue
            else:
                for a, b in zip(r[0::2], r[1::2]):
                    p[FIELD[a]] = b
                i += 1; continue
            d_ = dict(zip(hdr, r))
            p['indicators'].append({IND[k]: v for k, v in d_.items()})
            i += 1
        last = None
        for ind in p['indicators']:
            if ind['l1']: last = ind['l1']
            else: ind['l1'] = last
            ind['num'] = num(ind['val'])
            ind['disp'] = ('' if ind['cmp'] in ('定性', '＝') else ind['cmp']) + ind['val'] + ind['unit']
        for f in ('total', 'fin', 'carry', 'other'):
            p[f] = num(p[f + '_text'])
        k = 10000.0 if p['mu'] == '元' else 1.0
        for f in ('total', 'fin', 'carry', 'other'):
            p[f + '_w'] = p[f] / k
        p['wan'] = p['total_w']
        p['q'] = [num(p['plan_text'][q]) for q in QS]            # quarter amounts in the project's unit
        p['q_w'] = [v / k for v in p['q']]
        p['cum'] = [sum(p['q'][:j + 1]) for j in range(4)]        # cumulative, project's unit
        p['cum_w'] = [v / k for v in p['cum']]
        projects.append(p)
    return {'projects': projects, 'paras': paras}


def sample(path):
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if rows and rows[0][0] == '项目编码':
            p = {'code': rows[0][1], 'name': rows[0][4], 'plan': {}, 'indicators': [], 'unit': '万元'}
            for i, r in enumerate(rows):
                if '预算数' in r:
                    j = r.index('预算数'); p['total'] = num(r[j + 1])
                    j = r.index('其中：财政资金'); p['fin'] = num(r[j + 1])
                if r[0].startswith('资金支出计划') and i + 1 < len(rows) and rows[i + 1][0] == r[0] and r[1] == '3月底':
                    last, seen = None, []
                    for a, b in zip(r[1:], rows[i + 1][1:]):
                        if a in seen: continue
                        seen.append(a)
                        v = num(b)
                        if v is None: v = last
                        p['plan'][a] = v; last = v
            p['wan'] = p['total']
            out.append(p)
        elif rows and rows[0][0] == '一级指标' and out:
            hdr = rows[0]
            for r in rows[1:]:
                dd = dict(zip(hdr, r))
                out[-1]['indicators'].append({'l1': dd['一级指标'], 'l2': dd['二级指标'], 'name': dd['三级指标'],
                                              'val': dd['指标值'], 'num': num(dd['指标值']),
                                              'basis': dd['指标值确定依据']})
    return out


if __name__ == '__main__':
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    X = qixiang(os.path.join(here, '..', 'docs', 'qixiang-2025.docx'))
    for p in X['projects']:
        print(p['code'], p['name'], p['org'], p['attr'], p['mu'], p['total'], p['fin'], p['carry'], p['other'],
              p['q'], len(p['indicators']))
        for i in p['indicators']:
            print('    ', i['l1'], i['l2'], i['name'], i['cmp'], i['val'], i['unit'], '|', i['basis'])
    S = sample(os.path.join(here, '..', '..', '..', 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'))
    print(len(S), sum(p['wan'] for p in S))
