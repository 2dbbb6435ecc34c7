"""Read the source documents into project records (independent of the tool under test).

.docx files are read with python-docx, .xlsx files with openpyxl. Fields and columns are found by their
label and header words, never by position; merged cells are filled from their top-left cell.

A project record:
  file, dept, year, name, code, unit (实施单位 or None), money ('万元' or '元'),
  total / fiscal / other (printed numbers, in the printed unit; other None when blank),
  total_wan / fiscal_wan / other_wan (in 万元),
  plan: {'q1','q2','q3','q4'} -> cumulative percent (blank after a reached percent keeps it) or None,
  use (资金用途 / 主要内容 / 项目主要内容 / 项目概况), goal (年度绩效目标), term (项目期限) ...
  rows: list of dict(l1, l2, l3, desc, value, basis)
"""
import os
import re

import docx
import openpyxl
from docx.oxml.ns import qn

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..'))

STORES = {
    'tuiyi': ['eval/heldout/docs/tuiyi-2025.docx'],
    'sample': ['data/samples/weixian-rsj-2025-jixiao-mubiao.docx'],
    'other': ['tests/data/other-department.docx'],
    'county': ['tests/data/county/jiaoyu-2023.docx', 'tests/data/county/jiaoyu-2024.docx',
               'tests/data/county/weijian-2023.docx', 'tests/data/county/weijian-2024.docx'],
    'guantao': ['eval/heldout/docs/guantao-2025.xlsx'],
    'shijian': ['eval/heldout/docs/shijian-2025.docx'],
    'tuiyi_sample': ['eval/heldout/docs/tuiyi-2025.docx', 'data/samples/weixian-rsj-2025-jixiao-mubiao.docx'],
}


def norm(s):
    return re.sub(r'\s+', '', s or '')


class Cell:
    def __init__(self, text, ident):
        self.text = norm(text) if text is not None else ''
        self.raw = text or ''
        self.id = ident


# ---------------------------------------------------------------- table readers

def docx_rows(table):
    """Rows of unique cells (horizontal merge repeats dropped; vertical merges repeat their text)."""
    out = []
    for r in table.rows:
        row = []
        last = None
        for c in r.cells:
            if last is not None and c._tc is last:
                continue
            last = c._tc
            row.append(Cell(c.text, id(c._tc)))
        out.append(row)
    return out


def xlsx_rows(ws):
    merged = {}
    for rng in ws.merged_cells.ranges:
        tl = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                merged[(r, c)] = (str(rng), tl)
    out = []
    for r in range(1, ws.max_row + 1):
        row = []
        last = None
        for c in range(1, ws.max_column + 1):
            if (r, c) in merged:
                ident, v = merged[(r, c)]
            else:
                ident, v = f'{r},{c}', ws.cell(r, c).value
            if ident == last:
                continue
            last = ident
            if isinstance(v, float) and v == int(v):
                v = str(int(v)) if abs(v) < 1e15 else str(v)
            row.append(Cell(None if v is None else str(v), ident))
        out.append(row)
    return out


# ---------------------------------------------------------------- project parsing

TOTAL_LABELS = ('预算数', '资金总额', '年度资金总额', '资金总额（万元）', '资金总额（元）')
FISCAL_LABELS = ('其中：财政资金', '财政拨款', '其中：财政拨款', '财政资金')
QUARTER = {'3月底': 'q1', '1季度': 'q1', '一季度': 'q1',
           '6月底': 'q2', '2季度': 'q2', '二季度': 'q2',
           '9月底': 'q3', '10月底': 'q3', '3季度': 'q3', '三季度': 'q3',
           '12月底': 'q4', '4季度': 'q4', '四季度': 'q4'}


def num(s):
    if s is None:
        return None
    s = norm(s).replace(',', '')
    if s == '':
        return None
    m = re.search(r'-?\d+(?:\.\d+)?', s)
    return float(m.group()) if m else None


def pct(s):
    s = norm(s)
    if not s:
        return None
    m = re.search(r'(\d+(?:\.\d+)?)%?', s)
    return float(m.group(1)) if m else None


def right_of(row, i):
    return row[i + 1].text if i + 1 < len(row) else ''


def parse_header(rows, rec):
    """Header fields from rows (before the indicator block)."""
    prev_first = None
    for ri, row in enumerate(rows):
        texts = [c.text for c in row]
        # spending plan: a row of quarter labels, values in the next row in the same grid positions
        qcols = [(i, QUARTER[t]) for i, t in enumerate(texts) if t in QUARTER]
        if len(qcols) >= 3 and ri + 1 < len(rows):
            nxt = rows[ri + 1]
            plan = {}
            for i, q in qcols:
                plan[q] = pct(nxt[i].text) if i < len(nxt) else None
            rec['plan_raw'] = dict(plan)
            rec['plan'] = plan
            continue
        for i, t in enumerate(texts):
            if t == '项目编码' and 'code' not in rec:
                rec['code'] = right_of(row, i)
            elif t == '项目名称' and 'name' not in rec:
                rec['name'] = right_of(row, i)
            elif t == '实施单位':
                rec['unit'] = right_of(row, i)
            elif t == '主管部门':
                rec['dept_field'] = right_of(row, i)
            elif t == '项目期限':
                rec['term'] = right_of(row, i)
            elif t == '项目属性':
                rec['attr'] = right_of(row, i)
            elif t == '项目类别':
                rec['category'] = right_of(row, i)
            elif t in TOTAL_LABELS or re.fullmatch(r'资金总额（(万元|元)）', t):
                rec['total_s'] = right_of(row, i)
                if '（元）' in t:
                    rec['money'] = '元'
            elif t in FISCAL_LABELS:
                rec['fiscal_s'] = right_of(row, i)
            elif t == '其他资金':
                rec['other_s'] = right_of(row, i)
            elif t in ('资金用途', '主要内容', '项目主要内容', '项目概况'):
                rec['use'] = right_of(row, i)
            elif t in ('绩效目标', '年度绩效目标'):
                rec['goal'] = right_of(row, i)
            elif t.startswith('资金情况（元）') or t.startswith('项目资金（元）'):
                rec['money'] = '元'
        # 魏县 layout: the use text sits under 预算规模及资金用途 (merged down) in a row of its own
        if row and row[0].text == '预算规模及资金用途' and prev_first == row[0].id and len(row) == 2:
            rec['use'] = row[1].text
        # 成安 layout: labels in one row, values below
        if row and prev_first is not None:
            pass
        prev_first = row[0].id if row else None
    # labels with the values in the next row (年度资金总额 | 其中：财政拨款 | 其他资金 above the numbers)
    for ri, row in enumerate(rows[:-1]):
        texts = [c.text for c in row]
        if '年度资金总额' in texts and num(right_of(row, texts.index('年度资金总额'))) is None:
            nxt = rows[ri + 1]
            for i, t in enumerate(texts):
                if i < len(nxt):
                    if t == '年度资金总额':
                        rec['total_s'] = nxt[i].text
                    elif t in FISCAL_LABELS:
                        rec['fiscal_s'] = nxt[i].text
                    elif t == '其他资金':
                        rec['other_s'] = nxt[i].text


def parse_indicators(rows):
    head = rows[0]
    cols = {}
    hs = [c.text for c in head]
    for i, h in enumerate(hs):
        cols.setdefault(h, i)
    has_l3 = '三级指标' in cols
    out = []
    for row in rows[1:]:
        t = [c.text for c in row]
        if not any(t):
            continue
        if t[0].startswith('填报日期'):
            break

        def g(name):
            i = cols.get(name)
            return t[i] if i is not None and i < len(t) else ''
        l1 = g('一级指标')
        l2 = g('二级指标')
        if has_l3:
            l3 = g('三级指标')
            desc = g('绩效指标描述') or g('指标内容')
        else:
            l3 = g('指标内容')
            desc = ''
        value = g('指标值')
        if '指标性质' in cols:
            nature = g('指标性质')
            unit = g('度量单位')
            value = value if nature == '定性' else nature + value + unit
        basis = g('指标值确定依据') or g('指标值设定依据') or g('备注')
        out.append(dict(l1=l1, l2=l2, l3=l3, desc=desc, value=value, basis=basis))
    return out


def finish(rec):
    money = rec.get('money', '万元')
    rec['money'] = money
    rec['total'] = num(rec.get('total_s'))
    rec['fiscal'] = num(rec.get('fiscal_s'))
    rec['other'] = num(rec.get('other_s'))
    f = 10000.0 if money == '元' else 1.0
    rec['total_wan'] = rec['total'] / f
    rec['fiscal_wan'] = rec['fiscal'] / f if rec['fiscal'] is not None else None
    rec['other_wan'] = rec['other'] / f if rec['other'] is not None else 0.0
    plan = rec.get('plan')
    if plan:
        last = None
        full = {}
        for q in ('q1', 'q2', 'q3', 'q4'):
            v = plan.get(q)
            if v is None and last is not None:
                v = last
            full[q] = v
            if v is not None:
                last = v
        rec['plan'] = full
    else:
        rec['plan'] = None
    rec.setdefault('unit', None)
    rec.setdefault('rows', [])
    return rec


def load_docx(path):
    d = docx.Document(path)
    body = d.element.body
    paras = []
    projects = []
    context = ''          # text seen since the previous project table (unit lines)
    cur = None
    dept = None
    for el in body.iterchildren():
        if el.tag == qn('w:p'):
            t = ''.join(x.text or '' for x in el.iter(qn('w:t')))
            paras.append(t)
            context += norm(t) + '\n'
            continue
        if el.tag != qn('w:tbl'):
            continue
        rows = docx_rows(docx.table.Table(el, d))
        alltext = ''.join(c.text for r in rows for c in r)
        ind_i = next((i for i, r in enumerate(rows) if r and any(c.text == '一级指标' for c in r)), None)
        if '项目编码' in alltext:
            if cur is not None:
                projects.append(finish(cur))
            cur = {'file': path}
            if re.search(r'单位[：:]元', context):
                cur['money'] = '元'
            context = ''
            parse_header(rows[:ind_i] if ind_i is not None else rows, cur)
            if ind_i is not None:
                cur['rows'] = parse_indicators(rows[ind_i:])
        elif ind_i is not None and cur is not None:
            cur['rows'] = parse_indicators(rows[ind_i:])
        else:
            context += alltext + '\n'
    if cur is not None:
        projects.append(finish(cur))
    text = '\n'.join(paras)
    m = re.search(r'(\S+?(?:局|院|中心))(20\d\d)年', text)
    for p in projects:
        p['prose'] = text
    return projects


def load_xlsx(path):
    wb = openpyxl.load_workbook(path)  # not data_only: cells such as «=100%» hold their text
    projects = []
    for ws in wb.worksheets:
        rows = xlsx_rows(ws)
        alltext = ''.join(c.text for r in rows for c in r)
        if '项目编码' not in alltext:
            continue
        ind_i = next((i for i, r in enumerate(rows) if r and any(c.text == '一级指标' for c in r)), None)
        rec = {'file': path, 'sheet': ws.title}
        if re.search(r'单位[：:]元', alltext):
            rec['money'] = '元'
        parse_header(rows[:ind_i], rec)
        rec['rows'] = parse_indicators(rows[ind_i:])
        projects.append(finish(rec))
    return projects


DEPT_YEAR = {
    'eval/heldout/docs/tuiyi-2025.docx': ('鸡泽县退役军人事务局', 2025),
    'data/samples/weixian-rsj-2025-jixiao-mubiao.docx': ('魏县人力资源和社会保障局', 2025),
    'tests/data/other-department.docx': ('临漳县农业农村局', 2025),
    'tests/data/county/jiaoyu-2023.docx': ('魏县教育局', 2023),
    'tests/data/county/jiaoyu-2024.docx': ('魏县教育局', 2024),
    'tests/data/county/weijian-2023.docx': ('魏县卫生健康局', 2023),
    'tests/data/county/weijian-2024.docx': ('魏县卫生健康局', 2024),
    'eval/heldout/docs/guantao-2025.xlsx': ('馆陶县应急管理局', 2025),
    'eval/heldout/docs/shijian-2025.docx': ('涉县市场监督管理局', 2025),
}

_cache = {}


def load_file(rel):
    if rel not in _cache:
        path = os.path.join(ROOT, rel)
        recs = load_xlsx(path) if rel.endswith('.xlsx') else load_docx(path)
        dept, year = DEPT_YEAR[rel]
        for r in recs:
            r['file'] = rel
            r['dept'] = dept
            r['year'] = year
        _cache[rel] = recs
    return _cache[rel]


def load_store(store):
    out = []
    for rel in STORES[store]:
        out.extend(load_file(rel))
    return out


# ---------------------------------------------------------------- helpers used by build.py

def satisfaction(p):
    """Value of the project's 满意度指标 row (first one), or None."""
    for r in p['rows']:
        if '满意度' in r['l1']:
            return pct(r['value'])
    return None


def has_l1(p, word):
    return any(word in r['l1'] for r in p['rows'])


def has_l2(p, word):
    return any(word in r['l2'] for r in p['rows'])


def cites(p, pattern):
    """True when a regex pattern matches the project name or a basis cell."""
    rx = re.compile(pattern)
    if rx.search(p['name']):
        return True
    return any(rx.search(r['basis']) for r in p['rows'])


def docref(issuer, year, number):
    """Regex for a document number in any bracket form."""
    iss = re.escape(issuer) if issuer else r'[^\s〔【\[（(]*'
    y = str(year) if year else r'\d{4}'
    n = str(number) if number else r'\d+'
    return iss + r'[〔【\[（(]' + y + r'[〕】\]）)]' + n + r'号'


def row_by_l3(p, word):
    for r in p['rows']:
        if word in r['l3']:
            return r
    raise KeyError((p['name'], word))


if __name__ == '__main__':
    for s in STORES:
        recs = load_store(s)
        print(s, len(recs), 'projects', sum(len(p['rows']) for p in recs), 'rows',
              round(sum(p['total_wan'] for p in recs), 4), '万元')
    for p in load_store('tuiyi') + load_store('shijian') + load_store('guantao'):
        print(p['code'], p['name'], p['unit'], p['money'], p['total'], p['fiscal'], p['other'], p['plan'],
              len(p['rows']), satisfaction(p))
