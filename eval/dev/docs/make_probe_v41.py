"""Probe v41: multi-turn conversations (history of 1-3 earlier questions), expectations computed from the documents.

Blind probe: written from the documents only (no tool code, no other question files read).
Run from the repository root:  .venv/bin/python eval/dev/docs/make_probe_v41.py
Writes eval/dev/probe_v41.jsonl.

Each conversation is hand-written; what the LAST question means given its history is computed here
from the parsed tables (money in 万元 unless 元 is asked; percentages as numbers; spending plans cumulative).
"""
import json
import math
import os
import re
import sys
from collections import Counter

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
OUT = os.path.join(ROOT, 'eval', 'dev', 'probe_v41.jsonl')

STORES = {
    'sample': [('data/samples/weixian-rsj-2025-jixiao-mubiao.docx', '人社局', 2025)],
    'other': [('tests/data/other-department.docx', '农业农村局', 2025)],
    'sifa': [('eval/dev/docs/sifa-2025.docx', '司法局', 2025)],
    'yibao': [('eval/dev/docs/yibao-2025.docx', '医疗保障局', 2025)],
    'shijian': [('eval/heldout/docs/shijian-2025.docx', '市场监督管理局', 2025)],
    'zhujian': [('eval/dev/docs/zhujian-2025.docx', '住房和城乡建设局', 2025)],
    'county': [('tests/data/county/jiaoyu-2023.docx', '教育局', 2023),
               ('tests/data/county/jiaoyu-2024.docx', '教育局', 2024),
               ('tests/data/county/weijian-2023.docx', '卫生健康局', 2023),
               ('tests/data/county/weijian-2024.docx', '卫生健康局', 2024)],
}

# ---------------------------------------------------------------- parsing
CODE_RE = re.compile(r'13\d{6}P[0-9A-Z]{8,14}')
NUM_RE = re.compile(r'^-?\d+(?:\.\d+)?$')
PCT_RE = re.compile(r'(\d+(?:\.\d+)?)%')

def blocks(doc):
    for ch in doc.element.body.iterchildren():
        if ch.tag.endswith('}p'):
            yield Paragraph(ch, doc)
        elif ch.tag.endswith('}tbl'):
            yield Table(ch, doc)

def rows_of(t):
    out = []
    for r in t.rows:
        cells, prev = [], None
        for c in r.cells:
            if c._tc is prev:
                continue
            prev = c._tc
            cells.append(c.text.strip())
        out.append(cells)
    return out

def num(s):
    s = s.replace(',', '').strip()
    return float(s) if NUM_RE.match(s) else None

def parse(path):
    d = docx.Document(path)
    projects, cur, unit = [], None, '万元'
    ind_hdr = None
    for b in blocks(d):
        if isinstance(b, Paragraph):
            t = b.text.strip()
            m = re.search(r'单位[：:]\s*(万元|元)', t)
            if m:
                unit = m.group(1)
            continue
        rows = rows_of(b)
        for cells in rows:
            joined = '|'.join(cells)
            m = re.search(r'单位[：:]\s*(万元|元)', joined)
            if m and len(cells) <= 2:
                unit = m.group(1)
        for cells in rows:
            if '项目编码' in cells:
                code = cells[cells.index('项目编码') + 1]
                assert CODE_RE.fullmatch(code), code
                cur = dict(code=code, name=None, unit=unit, budget=None, fiscal=None,
                           other=None, funds={}, plan=[], inds=[], meta={})
                projects.append(cur)
                break
        for i, cells in enumerate(rows):
            if cur is None:
                continue
            if '项目名称' in cells and cur['name'] is None:
                cur['name'] = cells[cells.index('项目名称') + 1]
            # unit hints in labels
            if any('（元）' in c for c in cells[:2]):
                cur['unit'] = '元'
            # money pairs
            for j, c in enumerate(cells[:-1]):
                v = num(cells[j + 1])
                if v is None and cells[j + 1] == '' and '其他资金' in c:
                    v = 0.0
                if v is None:
                    continue
                if '预算数' in c or '资金总额' in c:
                    cur['budget'] = v
                elif '财政资金' in c or '财政拨款' in c:
                    cur['fiscal'] = v
                elif '其他资金' in c:
                    cur['other'] = v
                elif '一般公共预算' in c or '政府性基金' in c:
                    cur['funds'][c.replace('其中：', '')] = v
            # meta
            for key in ('项目类别', '项目类型', '实施单位', '主管部门', '项目期限'):
                if key in cells:
                    k = cells.index(key)
                    if k + 1 < len(cells):
                        cur['meta'][key] = cells[k + 1]
            # spending plan
            if cells and ('支出计划' in cells[0] or '进度计划' in cells[0]):
                if len(cells) == 2 and '%' in cells[1] and '，' in cells[1]:
                    for part in cells[1].split('，'):
                        mm = re.match(r'(.+?)(\d+(?:\.\d+)?)%', part)
                        cur['plan'].append((mm.group(1), float(mm.group(2))))
                elif all(PCT_RE.fullmatch(c) or c == '' for c in cells[1:]):
                    hdr = rows[i - 1][1:]
                    cur['plan'] = [(h, float(c[:-1])) for h, c in zip(hdr, cells[1:]) if c]
            # indicators
            if '一级指标' in cells:
                ind_hdr = cells
                continue
            if cells and cells[0] in ('产出指标', '效益指标', '满意度指标') and ind_hdr:
                h = ind_hdr
                ni = h.index('三级指标') if '三级指标' in h else h.index('指标内容')
                vi = h.index('指标值')
                val = cells[vi]
                if '指标性质' in h:
                    nat = cells[h.index('指标性质')]
                    unit_ = cells[h.index('度量单位')]
                    val = (nat if nat in ('≥', '≤') else '') + val + unit_ if nat != '定性' else val
                cur['inds'].append(dict(l1=cells[0], l2=cells[1], name=cells[ni], value=val))
    # convert to 万元
    for p in projects:
        f = 1e-4 if p['unit'] == '元' else 1.0
        for k in ('budget', 'fiscal', 'other'):
            if p[k] is not None:
                p[k + '_raw'] = p[k]
                p[k] = round(p[k] * f, 6)
        p['funds'] = {k: round(v * f, 6) for k, v in p['funds'].items()}
    return projects


DB = {}
for store, files in STORES.items():
    DB[store] = []
    for rel, dept, year in files:
        for p in parse(os.path.join(ROOT, rel)):
            p['dept'], p['year'] = dept, year
            DB[store].append(p)


# ---------------------------------------------------------------- helpers
def projs(store, dept=None, year=None):
    return [p for p in DB[store] if (dept is None or p['dept'] == dept) and (year is None or p['year'] == year)]


def P(store, key, dept=None, year=None):
    """The unique project whose name contains key (or whose code equals key)."""
    hits = [p for p in projs(store, dept, year) if key in p['name'] or key == p['code']]
    assert len(hits) == 1, (store, key, dept, year, [h['name'] for h in hits])
    return hits[0]


def ind(p, key):
    hits = [i for i in p['inds'] if key in i['name']]
    assert len(hits) == 1, (p['name'], key, hits)
    return hits[0]['value']


def pct(text):
    m = re.search(r'(\d+(?:\.\d+)?)%', text)
    return float(m.group(1)) if m else None


def sat(p):
    """Satisfaction target as a number, or None when the project has no 满意度指标."""
    vals = [pct(i['value']) for i in p['inds'] if i['l1'] == '满意度指标']
    assert len(vals) <= 1
    return vals[0] if vals else None


def first_num(text):
    return float(re.search(r'\d+(?:\.\d+)?', text).group(0))


def plan(p, label):
    """Cumulative spending-plan percentage at a column whose header starts with label."""
    hits = [v for h, v in p['plan'] if h.startswith(label)]
    assert len(hits) == 1, (p['name'], label, p['plan'])
    return hits[0]


def codes(ps):
    return sorted({p['code'] for p in ps})


def total(ps, field='budget'):
    return sum(p[field] for p in ps)


def money(x):
    return round(x, 4)


def share(x):
    return round(x, 2)


# ---------------------------------------------------------------- conversations
Q = []


def add(store, kind, history, question, **expect):
    assert 1 <= len(history) <= 3
    if 'projects' in expect:
        expect['projects'] = sorted(expect['projects'])
    Q.append(dict(question=question, history=history, expect=expect, store=store, kind=kind))


# ===== sample: 魏县人社局 2025 =====
S = 'sample'
sp = projs(S)

big = [p for p in sp if p['budget'] > 1000]
sel = [p for p in big if sat(p) >= 90]
assert len(sel) == 2
add(S, 'narrow', ['预算超过1000万元的项目有哪些？'],
    '其中满意度目标在90%及以上的是哪几个？', projects=codes(sel))

jy = [p for p in sp if '就业补助资金' in p['name']]
assert len(jy) == 3
add(S, 'calc_on_previous', ['名称里带“就业补助资金”的项目有哪些？'],
    '这几个加起来一共多少钱？', projects=codes(jy), value=money(total(jy)))

w182 = [p for p in sp if '182号' in p['name']]
assert len(w182) == 2
add(S, 'calc_on_previous', ['冀财社【2024】182号文件下达了哪些项目？'],
    '它们合计占全局项目预算总额的百分之多少？', value=share(100 * total(w182) / total(sp)))

p = P(S, '创业扶持资金')
add(S, 'switch_project', ['2025年创业贷款贴息资金的满意度目标是多少？'],
    '那创业扶持资金呢？', projects=[p['code']], contains=[f"{sat(p):g}%"])

p = P(S, '公共实训基地县级配套')
v = ind(p, '建设成本')
assert first_num(v) == 800
add(S, 'pointback', ['公共实训基地县级配套项目的预算是多少？'],
    '它的成本指标里写的建设成本是多少？', projects=[p['code']], contains=[f"{first_num(v):g}万元"])

p = P(S, '劳务派遣人员工资')
qual = [i['name'] for i in p['inds'] if i['l2'] == '质量指标']
assert len(qual) == 2
add(S, 'change_field', ['劳务派遣人员工资项目的数量指标是什么？'],
    '那质量指标呢？', projects=[p['code']], contains=qual)

assert not [p for p in sp if '人才引进' in p['name']]
add(S, 'not_found', ['人才引进专项经费的预算是多少？'],
    '它的资金支出计划是怎么安排的？', found=False)

p = P(S, '老干部春节慰问')
add(S, 'calc_on_previous', ['县级离退休老干部春节慰问资金的预算是多少？'],
    '按计划到3月底要支出多少万元？', projects=[p['code']], value=money(p['budget'] * plan(p, '3月') / 100))

s85 = [p for p in sp if sat(p) == 85]
s85b = [p for p in s85 if p['budget'] >= 200]
assert len(s85b) == 4
add(S, 'calc_on_previous', ['魏县人社局一共有多少个项目？', '满意度目标为85%的项目有哪些？', '其中预算在200万元以上的呢？'],
    '这些项目一共多少钱？', projects=codes(s85b), value=money(total(s85b)))

assert not [p for p in sp if p['budget'] > 30000]
add(S, 'not_found', ['预算超过3亿元的项目有哪些？'],
    '那这些项目的满意度目标分别是多少？', found=False)

# ===== other: 临漳县农业农村局 2025 =====
S = 'other'
op = projs(S)

oth = [p for p in op if p['other'] > 0]
assert len(oth) == 5
add(S, 'change_field', ['有其他资金的项目有哪些？'],
    '换成财政拨款，这些项目的财政拨款加起来是多少？', projects=codes(oth), value=money(total(oth, 'fiscal')))

p = P(S, '高素质农民培育')
add(S, 'switch_project', ['高标准农田建设县级配套资金的财政拨款是多少？'],
    '那高素质农民培育项目呢？', projects=[p['code']], value=money(p['fiscal']))

p = P(S, '农产品质量安全检测经费')
assert p['unit'] == '元'
add(S, 'change_field', ['农产品质量安全检测经费有多少万元？'],
    '换算成元是多少？', projects=[p['code']], value=p['budget_raw'])

s90 = [p for p in op if sat(p) >= 90]
sel = [p for p in s90 if p['budget'] < 200]
assert len(sel) == 3
add(S, 'narrow', ['满意度目标在90%以上的项目有哪些？'],
    '其中资金总额不到200万元的有哪些？', projects=codes(sel))

wp = [p for p in op if p['plan']]
assert len(wp) == 3
add(S, 'calc_on_previous', ['哪些项目列了资金支出计划？'],
    '这些项目到6月底累计计划支出多少钱？', projects=codes(wp),
    value=money(sum(p['budget'] * plan(p, '6月') / 100 for p in wp)))

p = P(S, '动物疫病强制免疫')
add(S, 'pointback', ['动物疫病强制免疫及监测经费的预算是多少？', '它的免疫抗体合格率目标是多少？'],
    '那群体免疫密度呢？', projects=[p['code']], contains=[f"{pct(ind(p, '群体免疫密度')):g}%"])

assert not [p for p in op if '粪污' in p['name']]
add(S, 'not_found', ['临漳县农业农村局有没有畜禽粪污资源化利用项目？'],
    '那它的预算是多少？', found=False)

p = P(S, '农机购置与应用补贴')
n = first_num(ind(p, '补贴机具数量'))
add(S, 'calc_on_previous', ['农机购置与应用补贴资金的预算是多少？', '它计划补贴多少台（套）机具？'],
    '那平均每台（套）多少万元？', projects=[p['code']], value=money(p['budget'] / n))

a, b = P(S, '耕地地力保护补贴'), P(S, '农机购置与应用补贴')
add(S, 'calc_on_previous', ['耕地地力保护补贴资金和农机购置与应用补贴资金各是多少？'],
    '前者比后者多多少万元？', projects=[a['code'], b['code']], value=money(a['budget'] - b['budget']))

p = P(S, '厕所革命')
add(S, 'calc_on_previous', ['农村人居环境整治厕所革命奖补资金是多少钱？'],
    '占全局项目资金总额的比例是多少？', value=share(100 * p['budget'] / total(op)))

# ===== sifa: 馆陶县司法局 2025 =====
S = 'sifa'
fp = projs(S)

tm = [p for p in fp if p['meta']['项目类别'] == '特定目标类']
sel = [p for p in tm if p['other'] > 0]
assert len(sel) == 4
add(S, 'narrow', ['项目类别是特定目标类的有哪些？'],
    '其中有其他资金的是哪几个？', projects=codes(sel))

fy = [p for p in fp if p['meta']['实施单位'] == '馆陶县法律援助中心']
assert len(fy) == 2
add(S, 'calc_on_previous', ['实施单位是馆陶县法律援助中心的项目有哪些？'],
    '这两个项目预算合计多少？', projects=codes(fy), value=money(total(fy)))

p = P(S, '司法所规范化建设')
assert p['unit'] == '元'
add(S, 'change_field', ['司法所规范化建设经费的财政拨款是多少？'],
    '用元表示是多少？', projects=[p['code']], value=p['fiscal_raw'])

p = P(S, '刑满释放人员安置帮教')
add(S, 'switch_project', ['社区矫正工作经费的成本指标是多少？'],
    '那刑满释放人员安置帮教经费呢？', projects=[p['code']], contains=[f"{first_num(ind(p, '安置帮教经费')):g}万元"])

assert not [p for p in fp if '公证' in p['name']]
add(S, 'not_found', ['馆陶县司法局有公证业务经费这个项目吗？'],
    '它的资金用途是什么？', found=False)

p = P(S, '公共法律服务体系建设')
add(S, 'calc_on_previous', ['公共法律服务体系建设经费的预算是多少？'],
    '到9月底按计划应累计支出多少万元？', projects=[p['code']], value=money(p['budget'] * plan(p, '9月') / 100))

ws = [p for p in fp if sat(p) is not None]
sel = [p for p in ws if sat(p) >= 95]
assert len(sel) == 2
add(S, 'calc_on_previous', ['哪些项目设置了满意度指标？', '其中满意度目标不低于95%的呢？'],
    '它们的预算加起来多少？', projects=codes(sel), value=money(total(sel)))

p = P(S, '法律援助办案补贴')
add(S, 'pointback', ['法律援助办案补贴经费的预算是多少？'],
    '它的值班律师法律帮助人次目标是多少？', projects=[p['code']],
    contains=[f"{first_num(ind(p, '值班律师')):g}人次"])

yz = [p for p in fp if p['meta']['项目类别'] == '其他运转类']
assert len(yz) == 4
add(S, 'calc_on_previous', ['其他运转类项目有哪些？'],
    '平均每个项目多少万元？', projects=codes(yz), value=money(total(yz) / len(yz)))

p = P(S, '以案定补')
add(S, 'change_field', ['人民调解“以案定补”经费的资金总额是多少？'],
    '换成财政拨款呢？', projects=[p['code']], value=money(p['fiscal']))

# ===== yibao: 馆陶县医疗保障局 2025 =====
S = 'yibao'
yp = projs(S)

fw = [p for p in yp if p['meta']['实施单位'] == '馆陶县医疗保障服务中心']
sel = [p for p in fw if p['budget'] < 100]
assert len(fw) == 4 and len(sel) == 2
add(S, 'narrow', ['实施单位是馆陶县医疗保障服务中心的项目有哪些？'],
    '其中预算不足100万元的有哪几个？', projects=codes(sel))

p = P(S, '村级医保服务站')
n = first_num(ind(p, '标准化建设村级医保服务站数量'))
add(S, 'calc_on_previous', ['村级医保服务站标准化建设经费预算多少？', '计划建多少个服务站？'],
    '平均每个站多少万元？', projects=[p['code']], value=money(p['budget'] / n))

p = P(S, '中央医疗救助')
v = ind(p, '资助参加基本医疗保险人数')
assert v == '≥1.2万人'
add(S, 'pointback', ['中央医疗救助补助资金是多少？'],
    '它计划资助多少人参加医保？', projects=[p['code']], contains=['1.2万人'])

p = P(S, '集中带量采购')
add(S, 'switch_project', ['异地就医直接结算服务经费的满意度目标是多少？'],
    '那集采落地监测经费呢？', projects=[p['code']], contains=[f"{sat(p):g}%"])

p = P(S, '信息平台运行维护')
add(S, 'change_field', ['医疗保障信息平台运行维护经费的资金总额是多少？'],
    '换成其他资金是多少？', projects=[p['code']], value=money(p['other']))

assert not [p for p in yp if '长期护理' in p['name']]
add(S, 'not_found', ['馆陶县医保局有长期护理保险试点经费吗？'],
    '它到6月底计划支出多少？', found=False)

p = P(S, '中央医疗救助')
add(S, 'calc_on_previous', ['中央医疗救助补助资金的支出计划是怎么安排的？'],
    '到6月底累计应支出多少万元？', projects=[p['code']], value=money(p['budget'] * plan(p, '6月') / 100))

wp = [p for p in yp if p['plan']]
top = max(wp, key=lambda p: plan(p, '3月'))
assert sorted(plan(p, '3月') for p in wp)[-2] < plan(top, '3月')
add(S, 'narrow', ['哪些项目列了资金支出计划？'],
    '其中到3月底计划支出比例最高的是哪个？', projects=[top['code']])

a, b = P(S, '城乡居民基本医疗保险县级'), P(S, '中央医疗救助')
add(S, 'calc_on_previous', ['城乡居民基本医疗保险县级财政补助资金是多少？', '中央医疗救助补助资金呢？'],
    '前者是后者的多少倍？', projects=[a['code'], b['code']], value=round(a['budget'] / b['budget'], 4))

p = P(S, '政府购买服务经费')
n = first_num(ind(p, '购买服务经办辅助人员数量'))
add(S, 'calc_on_previous', ['馆陶县医保局一共有几个项目？', '医疗保障经办服务政府购买服务经费的预算是多少？',
                            '它聘用多少名辅助人员？'],
    '那人均每年多少万元？', projects=[p['code']], value=money(p['budget'] / n))

# ===== shijian: 涉县市场监督管理局 2025 =====
S = 'shijian'
jp = projs(S)

jc = [p for p in jp if p['meta']['实施单位'] == '涉县检验检测中心']
assert len(jc) == 2
add(S, 'calc_on_previous', ['实施单位是涉县检验检测中心的项目有哪些？'],
    '它们的预算合计多少万元？', projects=codes(jc), value=money(total(jc)))

p = P(S, '药品医疗器械化妆品')
assert p['unit'] == '元'
add(S, 'change_field', ['药品医疗器械化妆品监督抽检经费是多少万元？'],
    '换成元呢？', projects=[p['code']], value=p['budget_raw'])

oth = [p for p in jp if p['other'] > 0]
top = max(oth, key=lambda p: p['other'])
assert sorted(p['other'] for p in oth)[-2] < top['other']
add(S, 'narrow', ['有其他资金的项目有哪些？'],
    '其中其他资金最多的是哪个？', projects=[top['code']])

p = P(S, '质量强县')
add(S, 'calc_on_previous', ['质量强县建设及品牌培育奖补资金的预算是多少？'],
    '按计划到二季度末累计支出多少万元？', projects=[p['code']], value=money(p['budget'] * plan(p, '2季度') / 100))

p = P(S, '特种设备安全监察')
add(S, 'pointback', ['特种设备安全监察经费的电梯困人救援到达时间要求是多少？'],
    '那它的满意度目标呢？', projects=[p['code']], contains=[f"{sat(p):g}%"])

p = P(S, '明厨亮灶')
add(S, 'switch_project', ['食品安全监督抽检及风险监测经费的满意度目标是多少？'],
    '那明厨亮灶那个项目呢？', projects=[p['code']], contains=[f"{sat(p):g}%"])

assert not [p for p in jp if '价格' in p['name']]
add(S, 'not_found', ['涉县市场监管局有没有价格监督检查经费？'],
    '它的财政拨款是多少？', found=False)

f100 = [p for p in jp if p['fiscal'] >= 100]
sel = [p for p in f100 if p['other'] > 0]
assert len(sel) == 3
add(S, 'calc_on_previous', ['财政拨款在100万元以上的项目有哪些？', '其中有其他资金的是哪些？'],
    '这些项目的其他资金合计多少？', projects=codes(sel), value=money(total(sel, 'other')))

a, b = P(S, '基层市场监管所规范化'), P(S, '综合执法装备购置')
add(S, 'calc_on_previous', ['基层市场监管所规范化建设经费和市场监管综合执法装备购置各是多少钱？'],
    '两者相差多少万元？', projects=[a['code'], b['code']], value=money(abs(a['budget'] - b['budget'])))

p = P(S, '中央市场监管补助')
add(S, 'calc_on_previous', ['中央市场监管补助资金是多少？'],
    '占全局项目资金合计的比重是多少？', value=share(100 * p['budget'] / total(jp)))

# ===== zhujian: 魏县住房和城乡建设局 2025 =====
S = 'zhujian'
zp = projs(S)

yz = [p for p in zp if p['meta']['项目类型'] == '其他运转类']
sel = [p for p in yz if p['budget'] >= 500]
assert len(yz) == 5 and len(sel) == 2
add(S, 'narrow', ['项目类型为其他运转类的项目有哪些？'],
    '其中资金总额在500万元以上的是哪些？', projects=codes(sel))

p = P(S, '农村危房改造')
n = first_num(ind(p, '完成农村危房改造户数'))
add(S, 'calc_on_previous', ['农村危房改造补助资金的预算是多少？', '计划改造多少户？'],
    '平均每户多少万元？', projects=[p['code']], value=money(p['budget'] / n))

p = P(S, '燃气管道')
add(S, 'change_field', ['城市燃气管道老化更新改造项目资金总额多少？'],
    '其中政府性基金是多少？', projects=[p['code']], value=money(p['funds']['政府性基金']))

p = P(S, '老旧小区')
add(S, 'calc_on_previous', ['2025年城镇老旧小区改造项目的预算是多少？'],
    '到9月底累计计划支出多少万元？', projects=[p['code']], value=money(p['budget'] * plan(p, '9月') / 100))

p = P(S, '环卫一体化')
add(S, 'switch_project', ['县城污水处理厂运营服务费的满意度目标是多少？'],
    '那城乡环卫一体化保洁经费呢？', projects=[p['code']], contains=[f"{sat(p):g}%"])

assert not [p for p in zp if '海绵' in p['name']]
add(S, 'not_found', ['魏县住建局有没有海绵城市建设项目？'],
    '它的年度绩效目标是什么？', found=False)

a, b = P(S, '环卫一体化'), P(S, '污水处理厂')
add(S, 'calc_on_previous', ['城乡环卫一体化保洁经费和县城污水处理厂运营服务费分别是多少？'],
    '两者合计占全局项目资金总额的百分之多少？', value=share(100 * (a['budget'] + b['budget']) / total(zp)))

p = P(S, '租赁补贴')
v = ind(p, '租赁补贴标准')
assert '200元' in v
add(S, 'pointback', ['城镇住房保障家庭租赁补贴资金的预算是多少？', '它计划给多少户发补贴？'],
    '那它的补贴标准是多少？', projects=[p['code']], contains=['200元'])

wp = [p for p in zp if p['plan']]
sel = [p for p in wp if plan(p, '3月') == 0]
assert len(sel) == 1
add(S, 'narrow', ['列了资金支出计划的项目有哪些？'],
    '其中到3月底计划支出为0的是哪个？', projects=codes(sel))

# ===== county: 魏县教育局 / 卫生健康局, 2023 and 2024 =====
S = 'county'
JY, WJ = '教育局', '卫生健康局'

p23 = P(S, '特殊教育项目', JY, 2023)
add(S, 'change_year', ['魏县教育局2024年特殊教育项目预算是多少？'],
    '2023年的呢？', projects=[p23['code']], value=money(p23['budget']))

a, b = P(S, '教育信息化县级配套', JY, 2024), P(S, '教育信息化县级配套', JY, 2023)
add(S, 'change_year', ['2024年教育信息化县级配套资金是多少？', '2023年呢？'],
    '增长了多少万元？', projects=[a['code']], value=money(a['budget'] - b['budget']))

add(S, 'change_dept', ['2024年魏县教育局所有项目的预算合计是多少？'],
    '卫健局那边呢？', value=money(total(projs(S, WJ, 2024))))

ws = [p for p in projs(S, WJ, 2023) if sat(p) is not None]
sel = [p for p in ws if sat(p) >= 87]
assert len(sel) == 2
add(S, 'narrow', ['2023年魏县卫生健康局哪些项目设置了满意度指标？'],
    '其中满意度目标在87%以上的有哪些？', projects=codes(sel))

sel = [p for p in projs(S, WJ, 2023) if sat(p) is None]
assert codes(sel) != codes([p for p in projs(S, WJ, 2024) if sat(p) is None])
add(S, 'change_year', ['2024年卫健局有哪些项目没有设置满意度指标？'],
    '2023年呢？', projects=codes(sel))

assert not [p for p in projs(S, WJ, 2023) if '妇幼' in p['name']]
assert [p for p in projs(S, WJ, 2024) if '妇幼' in p['name']]
add(S, 'not_found', ['2023年卫健局的妇幼健康专项资金预算是多少？'],
    '它到6月底的支出计划比例是多少？', found=False)

p = P(S, '学生资助县级配套', JY, 2024)
add(S, 'calc_on_previous', ['2024年学生资助县级配套资金的预算是多少？'],
    '按计划到10月底累计支出多少万元？', projects=[p['code']], value=money(p['budget'] * plan(p, '10月') / 100))

add(S, 'change_dept', ['2024年魏县卫健局各项目的其他资金合计多少？'],
    '教育局那边呢？', value=money(total(projs(S, JY, 2024), 'other')))

p = P(S, '计划生育家庭扶助', WJ, 2023)
add(S, 'calc_on_previous', ['2023年计划生育家庭扶助县级配套资金的财政拨款是多少？'],
    '占这个项目资金总额的比例呢？', projects=[p['code']], value=share(100 * p['fiscal'] / p['budget']))

p = P(S, '急救体系建设', WJ, 2024)
add(S, 'pointback', ['2024年急救体系建设县级配套资金的预算是多少？'],
    '它的满意度目标是多少？', projects=[p['code']], contains=[f"{sat(p):g}%"])

assert not [p for p in DB[S] if '民政' in p['dept']]
add(S, 'not_found', ['2024年魏县教育局所有项目的预算合计是多少？'],
    '那魏县民政局2024年呢？', found=False)


# ---------------------------------------------------------------- validate and write
def validate():
    store_codes = {s: {p['code'] for p in ps} for s, ps in DB.items()}
    seen = set()
    for i, q in enumerate(Q, 1):
        q['id'] = f'v41-{i:03d}'
        assert q['id'] not in seen
        seen.add(q['id'])
        assert q['store'] in DB
        assert isinstance(q['history'], list) and 1 <= len(q['history']) <= 3
        e = q['expect']
        assert e, q
        if e.get('found') is False:
            assert set(e) == {'found'}, q
        for c in e.get('projects', []):
            assert c in store_codes[q['store']], (q['id'], c)
        if 'projects' in e:
            assert e['projects'] and len(set(e['projects'])) == len(e['projects'])
        if 'value' in e:
            assert isinstance(e['value'], (int, float)) and math.isfinite(e['value']), q
        for s in e.get('contains', []):
            assert isinstance(s, str) and s.strip()
    qs = [(q['store'], q['history'], q['question']) for q in Q]
    assert len({json.dumps(x, ensure_ascii=False) for x in qs}) == len(qs)
    per_store = Counter(q['store'] for q in Q)
    assert len(Q) == 70, len(Q)
    assert all(per_store[s] >= 8 for s in DB), per_store


validate()
if os.environ.get('SHOW'):
    for q in Q:
        print(q['id'], q['store'], q['kind'], q['history'], '->', q['question'], q['expect'])
with open(OUT, 'w', encoding='utf-8') as f:
    for q in Q:
        f.write(json.dumps({k: q[k] for k in ('id', 'question', 'history', 'expect', 'store', 'kind')},
                           ensure_ascii=False) + '\n')
print(f'wrote {len(Q)} questions to {os.path.relpath(OUT, ROOT)}')
print('per store:', dict(Counter(q['store'] for q in Q)))
print('per kind:', dict(Counter(q['kind'] for q in Q)))
