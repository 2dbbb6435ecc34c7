"""Parse project records back out of eval/dev/docs/dangan-2025.txt (plain text) and the 魏县人社局 sample .docx
(python-docx).  Own parser: fields found by their labels, table columns by their header words."""
import re, docx

HDR = ('一级指标', '二级指标', '三级指标', '指标值', '计量单位', '指标值设定依据')
FOOT = re.compile(r'^\s*第\s*(\d+)\s*页\s*共\s*(\d+)\s*页\s*$')
FIELD = re.compile(r'(项目名称|项目编码|项目属性|主管部门|实施单位|资金总额|财政拨款|其他资金|金额单位)：\s*(\S+)')

def num(s):
    m = re.search(r'-?\d+(?:\.\d+)?', (s or '').replace(',', ''))
    return float(m.group()) if m else None

def clean_lines(text):
    """Drop running page headers/footers (footer line, then header title + rule on the next page) and the blank
    line before a footer; return (lines, footers) where footers lists the (n, N) pairs seen."""
    raw = text.split('\n')
    out, foot, i = [], [], 0
    run_head = None
    while i < len(raw):
        m = FOOT.match(raw[i])
        if m:
            foot.append((int(m.group(1)), int(m.group(2))))
            if out and out[-1] == '':
                out.pop()
            i += 1
            if i < len(raw) and raw[i].strip() and i + 1 < len(raw) and set(raw[i + 1].strip()) == {'─'}:
                run_head = raw[i].strip()
                i += 2
            continue
        out.append(raw[i]); i += 1
    return out, foot, run_head

def box_cells(line):
    return [c.strip() for c in line.strip()[1:-1].split('│')]

def parse_table(lines, k):
    """lines[k] is a top border; return (rows, next index).  Repeated header rows (续表) are skipped, wrapped
    continuation lines (blank 三级指标 and 指标值) are appended to the row above, blank 一级/二级 filled from above."""
    rows, hdr = [], None
    while k < len(lines):
        s = lines[k].strip()
        if s.startswith('└'):
            return rows, k + 1
        if s == '（续表）' or s.startswith('┌') or s.startswith('├') or not s:
            k += 1; continue
        if s.startswith('│'):
            cells = box_cells(s)
            if cells[0] == '一级指标':
                hdr = cells
            elif not cells[hdr.index('三级指标')] and not cells[hdr.index('指标值')]:
                for j, c in enumerate(cells):
                    if c:
                        rows[-1][hdr[j]] += c
            else:
                r = dict(zip(hdr, cells))
                for key in ('一级指标', '二级指标'):
                    if not r[key]:
                        r[key] = rows[-1][key]
                rows.append(r)
            k += 1; continue
        raise ValueError('unexpected line inside table: %r' % s)
    raise ValueError('table not closed')

def dangan(path):
    text = open(path, encoding='utf-8').read()
    lines, foot, run_head = clean_lines(text)
    doc = {'footers': foot, 'run_head': run_head, 'projects': [], 'summary': [], 'title': lines[0].strip()}
    # department totals sentence and summary grid
    for s in lines:
        m = re.search(r'安排项目(\d+)个，项目支出合计([\d.]+)万元，其中：一般公共预算财政拨款([\d.]+)万元，其他资金([\d.]+)万元', s)
        if m:
            doc['n_projects'] = int(m.group(1)); doc['totals'] = tuple(float(x) for x in m.group(2, 3, 4))
    g = [s for s in lines if s.startswith('|')]
    head = [c.strip() for c in g[0].strip('|').split('|')]
    for s in g[1:]:
        r = dict(zip(head, [c.strip() for c in s.strip('|').split('|')]))
        if r['序号'] == '合计':
            doc['summary_total'] = tuple(num(r[k]) or 0.0 for k in ('资金总额', '财政拨款', '其他资金'))
        elif r['序号']:
            doc['summary'].append(r)
        else:                                   # wrapped name
            doc['summary'][-1]['项目名称'] += r['项目名称']
    # project blocks
    starts = [i for i, s in enumerate(lines) if re.match(r'^表4-\d+\s', s)]
    for n, st in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        blk = lines[st:end]
        p = {'seq': int(re.match(r'^表4-(\d+)', blk[0]).group(1)), 'plan': None, 'indicators': []}
        k = 0
        while k < len(blk):
            s = blk[k]
            for lab, val in FIELD.findall(s):
                p[lab] = val
            if s.startswith('项目内容'):
                p['use'] = blk[k + 1].strip(); k += 2; continue
            if s.startswith('年度绩效目标'):
                p['goal'] = blk[k + 1].strip(); k += 2; continue
            if s.startswith('实施进度计划'):
                qs = blk[k + 1].strip().split('\t')[1:]
                vs = blk[k + 2].lstrip().split('\t')[1:]
                vs += [''] * (len(qs) - len(vs))
                p['plan'] = {q: (num(v) if v.strip() else None) for q, v in zip(qs, vs)}
                k += 3; continue
            if s.strip().startswith('┌'):
                p['indicators'], k = parse_table(blk, k)
                break
            k += 1
        p['code'] = p['项目编码']; p['name'] = p['项目名称']; p['unit_org'] = p['实施单位']; p['attr'] = p['项目属性']
        p['dept'] = p['主管部门']; p['mu'] = p['金额单位']
        f = 10000 if p['mu'] == '元' else 1
        p['total'], p['fin'], p['other'] = num(p['资金总额']), num(p['财政拨款']), num(p['其他资金'])
        p['wan'], p['fin_w'], p['other_w'] = p['total'] / f, p['fin'] / f, p['other'] / f
        doc['projects'].append(p)
    return doc

# ---------------- sample .docx ----------------
def sample(path):
    """魏县人社局 sample: a one-row table «单位 | 单位：万元», a project table (项目编码 … 资金支出计划 … 绩效目标), then an
    indicator table headed 一级指标."""
    d = docx.Document(path)
    out, cur, dept = [], None, None
    for t in d.tables:
        rows = [[c.text.strip() for c in r.cells] for r in t.rows]
        if not rows:
            continue
        if len(rows) == 1 and any(c.startswith('单位：') for c in rows[0]):
            dept = re.sub(r'^\d+', '', rows[0][0]).replace('本级', '')
            continue
        if rows[0][0] == '项目编码':
            r0 = rows[0]
            cur = {'code': r0[1], 'name': r0[r0.index('项目名称') + 1], 'dept': dept, 'plan': {}, 'indicators': []}
            for i, r in enumerate(rows):
                if '预算数' in r:
                    cur['total'] = num(r[r.index('预算数') + 1])
                    fj = [j for j, c in enumerate(r) if '财政' in c][0]
                    cur['fin'] = num(r[fj + 1])
                    oj = r.index('其他资金')
                    cur['other'] = num(r[oj + 1]) if oj + 1 < len(r) else None
                if r[0].startswith('资金支出计划') and r[1].endswith('月底'):
                    for a, b in zip(r[1:], rows[i + 1][1:]):
                        if a not in cur['plan']:
                            cur['plan'][a] = num(b) if b else None
                if r[0] == '绩效目标':
                    cur['goal'] = r[1]
                elif r[0] == '预算规模及资金用途' and '预算数' not in r:
                    cur['use'] = r[1]
            cur['other'] = cur['other'] or 0.0
            cur['wan'], cur['fin_w'], cur['other_w'] = cur['total'], cur['fin'], cur['other']
            cur['unit_org'] = dept
            out.append(cur)
            continue
        if rows[0][0] == '一级指标' and cur is not None:
            hdr = rows[0]
            for r in rows[1:]:
                cur['indicators'].append(dict(zip(hdr, r)))
    return out

if __name__ == '__main__':
    import os, sys
    R = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
    d = dangan(os.path.join(R, 'eval', 'dev', 'docs', 'dangan-2025.txt'))
    for p in d['projects']:
        print(p['seq'], p['code'], p['name'], p['mu'], p['total'], p['fin'], p['other'], p['plan'], len(p['indicators']))
    print(d['totals'], d['summary_total'], d['footers'])
    for p in sample(os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')):
        print(p['dept'], p['code'], p['name'][:20], p['wan'], p['other'], p['plan'], len(p['indicators']))
