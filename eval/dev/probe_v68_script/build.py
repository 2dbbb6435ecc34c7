"""probe_v68 (PRECISION): hand-written questions built to catch a careless answer; every expected project set, count
and value is computed from the records that probe_v65's extract.py parses out of the documents (loaded by file path;
it in turn uses the probe_v60 / v61 / v62 / v64 parsers). The only numbers typed here are thresholds stated in the
questions. Every `found: false` line sits under an assertion that the store really lacks what is asked, checked
against the parsed records and the documents' raw text.

Writes eval/dev/probe_v68.jsonl (80 lines). `build()` returns the lines without writing (used by validate.py).
"""
import importlib.util
import json
import os
import re

import docx
import openpyxl
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


E = _load('v68_v65_extract', os.path.join(DEV, 'probe_v65_script', 'extract.py'))
OUT = os.path.join(DEV, 'probe_v68.jsonl')
NF = {'found': False}


# ---------------------------------------------------------------------------------------------- helpers
def r4(x):
    return round(float(x), 4)


def codes(ps):
    return sorted(p['code'] for p in ps)


def norm(s):
    """Brackets normalised: 【】 [] （） () -> 〔〕."""
    s = s or ''
    for a, b in (('【', '〔'), ('】', '〕'), ('[', '〔'), (']', '〕'), ('（', '〔'), ('）', '〕'), ('(', '〔'), (')', '〕')):
        s = s.replace(a, b)
    return s


def texts(p):
    """Where a reference counts: the project name, every indicator's basis column, cixian's 依据 line."""
    return [p['name']] + [i['basis'] for i in p['inds']] + ([p['basis_line']] if p['basis_line'] else [])


def cites(p, ref):
    return any(norm(ref) in norm(t) for t in texts(p))


def rows_citing(p, ref):
    return [i for i in p['inds'] if norm(ref) in norm(i['basis'])]


def anywhere(recs, phrase):
    """True when the phrase occurs in any name, use, goal, period, indicator name / value / basis of the records."""
    for p in recs:
        blob = [p['name'], p['use'] or '', p['goal'] or '', p['basis_line'] or '', p['period'] or '']
        blob += [i['name'] + i['value'] + i['basis'] for i in p['inds']]
        if any(norm(phrase) in norm(b) for b in blob):
            return True
    return False


def sat(p):
    m = [i for i in p['inds'] if i['l1'] == '满意度指标']
    return m[0]['num'] if m else None


_RAW = {}


def raw(doc):
    """The document's whole text (paragraphs, table cells, sheet cells, pdf pages), used only for absence checks."""
    if doc in _RAW:
        return _RAW[doc]
    p = E.PATHS[doc]
    if p.endswith('.txt'):
        with open(p, encoding='utf-8') as f:
            t = f.read()
    elif p.endswith('.pdf'):
        with pdfplumber.open(p) as pdf:
            t = '\n'.join((pg.extract_text() or '') for pg in pdf.pages)
    elif p.endswith('.xlsx'):
        wb = openpyxl.load_workbook(p, data_only=True)
        t = '\n'.join(' '.join(str(c) for c in row if c is not None)
                      for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    else:
        d = docx.Document(p)
        t = '\n'.join([x.text for x in d.paragraphs] + [c.text for tb in d.tables for r in tb.rows for c in r.cells])
    _RAW[doc] = t
    return t


def raw_store(store):
    return '\n'.join(raw(d) for d in E.STORES[store])


def absent(store, *phrases):
    """Each phrase occurs neither in the parsed records nor in the raw text of the store's documents."""
    recs = [p for d in E.STORES[store] for p in R_[d]]
    t = norm(re.sub(r'\s+', '', raw_store(store)))
    for ph in phrases:
        assert not anywhere(recs, ph), (store, ph)
        assert norm(ph) not in t, (store, ph)
    return True


R_ = {}


# ---------------------------------------------------------------------------------------------- questions
def build():
    R, _ = E.load_all()
    R_.clear()
    R_.update(R)
    Q = []

    def q(store, kind, question, expect, history=None):
        d = {'id': 'q%03d' % (len(Q) + 1), 'question': question, 'store': store, 'kind': kind, 'expect': expect}
        if history:
            d['history'] = list(history)
        Q.append(d)

    def by(doc, frag):
        m = [p for p in R[doc] if frag in p['name']]
        assert len(m) == 1, (doc, frag, [p['name'] for p in m])
        return m[0]

    def in_store(store):
        return [p for d in E.STORES[store] for p in R[d]]

    def unique_max(ps, key):
        best = max(ps, key=key)
        assert sum(1 for x in ps if key(x) == key(best)) == 1
        return best

    def unique_min(ps, key):
        best = min(ps, key=key)
        assert sum(1 for x in ps if key(x) == key(best)) == 1
        return best

    S, D, X, C, Y, W, O = (R[k] for k in ('shenji', 'dangan', 'xinfang', 'cixian', 'yingji', 'sample', 'other'))

    # ============================================================== shenji (9: 6 found, 3 not)
    ST = 'shenji'
    p = by(ST, '审计业务能力提升培训')
    assert p['unit'] == '元'
    q(ST, 'unit-yuan', '审计业务能力提升培训经费年度资金总额是多少元？注意是元不是万元',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000)})
    s = [x for x in S if x['total'] >= 50 and sat(x) is not None and sat(x) < 90]
    assert any(x['total'] >= 50 and sat(x) is None for x in S)          # a ≥50 project without a satisfaction row
    assert any(x['total'] >= 50 and sat(x) == 90 for x in S)            # the bound 90 sits on a project
    q(ST, 'two-conditions', '资金50万元以上，但满意度目标低于90%的项目有哪些？', {'projects': codes(s)})
    p = by(ST, '大数据审计平台')
    assert p['plan'][9] - p['plan'][6] != p['plan'][9]
    q(ST, 'plan-cumulative', '大数据审计平台二期到第三季度末累计计划支出多少万元？（是累计，不是单季）',
      {'projects': [p['code']], 'value': r4(p['total'] * p['plan'][9] / 100)})
    ups = [x for x in S if x['up'] > 0]
    hi = unique_max([x for x in ups if sat(x) is not None], sat)
    q(ST, 'chain', '有上级补助的项目当中，满意度目标定得最高的是哪个？', {'projects': [hi['code']]})
    s = [x for x in S if x['leader'] == '刘雅琴']
    assert len(s) == 2
    q(ST, 'follow-up-indicators', '这几个项目加起来一共设了多少条三级指标？',
      {'projects': codes(s), 'value': sum(len(x['inds']) for x in s)}, history=['刘雅琴负责的项目有几个？'])
    top = unique_max(S, lambda x: x['total'])
    q(ST, 'chain', '审计局钱最多的那个项目，负责人电话多少', {'projects': [top['code']],
                                                     'contains': [top['phone'].split('-')[-1]]})
    assert any('二期' in x['name'] for x in S)
    absent(ST, '三期')
    q(ST, 'near-miss-name', '大数据审计平台（三期）建设安排了多少资金？', NF)
    absent(ST, '执行数', '执行率', '实际支出')
    q(ST, 'missing-field', '经济责任审计专项经费2024年的实际执行数是多少？', NF)
    absent(ST, '自评得分', '评价得分', '绩效得分')
    q(ST, 'missing-field', '请问审计档案数字化加工项目的绩效自评得分是多少分？', NF)

    # ============================================================== shenji_sample (6: 4 found, 2 not)
    ST = 'shenji_sample'
    low = unique_min(S, lambda x: x['total'])
    assert low['unit'] == '元'
    q(ST, 'unit-wan', '丛台区审计局资金最少的项目是哪个？折合多少万元？', {'projects': [low['code']], 'value': r4(low['total'])})
    s = [x for x in W if sat(x) == 80]
    assert any(sat(x) == 80 for x in S)
    q(ST, 'scope-only', '仅看魏县人社局，满意度目标是80%的项目有几个？', {'projects': codes(s), 'value': len(s)})
    s = [x for x in S + W if sat(x) is not None and sat(x) >= 95]
    assert s and all(x['doc'] == 'shenji' for x in s)
    q(ST, 'cross-department', '两个单位的项目里，满意度目标达到95%及以上的有哪些？', {'projects': codes(s)})
    s = [x for x in W if sat(x) is not None and sat(x) >= 90]
    q(ST, 'follow-up-change', '那魏县人社局呢？', {'projects': codes(s)},
      history=['丛台区审计局满意度目标不低于90%的项目有哪些？'])
    assert any(cites(x, '冀审发〔2024〕5号') for x in S)
    assert not any(cites(x, '冀审发〔2023〕5号') for x in S + W) and '2023' not in norm(raw('shenji'))
    q(ST, 'wrong-year-ref', '冀审发〔2023〕5号是哪些项目的指标依据？', NF)
    p = by('sample', '社会保障工作经费')
    assert p['leader'] is None and p['phone'] is None
    absent(ST.replace('shenji_', ''), '负责人', '联系电话', '联系人')          # the sample prints neither
    q(ST, 'missing-field', '魏县人社局社会保障工作经费的项目负责人是谁？联系电话多少？', NF)

    # ============================================================== dangan (10: 7 found, 3 not)
    ST = 'dangan'
    s = [x for x in D if x['fin'] > 60 and x['other'] > 0]
    assert any(x['other'] > 0 and x['fin'] <= 60 for x in D) and any(x['fin'] > 60 and x['other'] == 0 for x in D)
    q(ST, 'two-conditions', '财政拨款超过60万元、同时还有其他资金的项目是哪几个？', {'projects': codes(s)})
    p = by(ST, '档案征集及抢救性修复')
    assert p['unit'] == '元'
    q(ST, 'unit-wan', '您好，我刚接手馆里的预算材料，看到档案征集及抢救性修复经费那张表是按元填的，想确认一下这个项目折合成万元是多少？谢谢您。', {'projects': [p['code']], 'value': r4(p['total'])})
    p = by(ST, '数字档案馆系统运维')
    q(ST, 'plan-quarter', '数字档案馆系统运维及等级保护测评经费，三季度这一个季度计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][6]) / 100)})
    ref = '冀档〔2024〕15号'
    s = [x for x in D if rows_citing(x, ref)]
    nrows = sum(len(rows_citing(x, ref)) for x in s)
    assert nrows > len(s)
    q(ST, 'rows-vs-projects', '冀档〔2024〕15号一共在多少条绩效指标里被用作指标值设定依据？',
      {'projects': codes(s), 'value': nrows})
    q(ST, 'follow-up-rows-vs-projects', '那涉及几个项目？', {'projects': codes(s), 'value': len(s)},
      history=['冀档〔2024〕15号一共在多少条绩效指标里被用作指标值设定依据？'])
    new = [x for x in D if x['attr'] == '新增项目']
    top = unique_max(new, lambda x: x['total'])
    q(ST, 'chain', '新增项目里资金最多的那一个，其他资金是多少万元？', {'projects': [top['code']], 'value': r4(top['other'])})
    s = [x for x in D if x['total'] < 46]
    assert any(x['total'] == 46 for x in D)
    q(ST, 'bound-exclusive', '资金总额低于46万元的项目有哪些？', {'projects': codes(s)})
    p = by(ST, '档案业务指导培训')
    assert p['plan'] is None
    q(ST, 'no-plan', '机关团体及企事业单位档案业务指导培训经费，二季度末累计要支出多少？', NF)
    assert any('密集架购置' in x['name'] for x in D)
    absent(ST, '密集架维修', '密集架维护', '密集架改造')
    q(ST, 'near-miss-name', '档案馆库房智能密集架维修项目的预算是多少？', NF)
    absent(ST, '2026年度')
    assert not re.search(r'2026', raw('dangan'))
    q(ST, 'year-not-held', '复兴区档案馆2026年安排了哪些项目？', NF)

    # ============================================================== dangan_sample (6: 4 found, 2 not)
    ST = 'dangan_sample'
    s = [x for x in D if cites(x, '《中华人民共和国档案法》') and cites(x, '冀档〔2024〕15号')]
    assert 0 < len(s) < len([x for x in D if cites(x, '冀档〔2024〕15号')])
    q(ST, 'and', '复兴区档案馆里，同时引用了《中华人民共和国档案法》和冀档〔2024〕15号的项目有哪些？',
      {'projects': codes(s)})
    s = [x for x in D + W if x['unit'] == '元']
    assert len(s) == 1
    q(ST, 'unit-yuan', '这两个单位里，哪个项目的金额是按“元”填报的？是多少元？',
      {'projects': codes(s), 'value': r4(s[0]['total'] * 10000)})
    s = [x for x in D if 100 <= x['total'] <= 300]
    q(ST, 'follow-up-change', '换成复兴区档案馆呢？', {'projects': codes(s)},
      history=['魏县人社局资金在100万元到300万元之间（两头都算）的项目有哪些？'])
    s = [x for x in D if x['attr'] == '新增项目']
    q(ST, 'scope-sum', '复兴区档案馆的新增项目资金一共多少万元？', {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))})
    assert any('数字化加工' in x['name'] for x in D) and not any('数字化' in x['name'] for x in W)
    q(ST, 'other-department', '魏县人社局的档案数字化加工经费是多少？', NF)
    assert not any(cites(x, '冀档〔2024〕16号') for x in D + W) and any(cites(x, '冀档〔2024〕15号') for x in D)
    absent(ST, '冀档〔2024〕16号')
    q(ST, 'wrong-number-ref', '冀档〔2024〕16号文件涉及复兴区档案馆哪些项目？', NF)

    # ============================================================== xinfang (10: 7 found, 3 not)
    ST = 'xinfang'
    p = by(ST, '信访积案化解')
    q(ST, 'both-fields', '积案化解专项资金里，财政拨款和上年结转分别是多少万元？',
      {'projects': [p['code']], 'contains': ['%g' % p['fin'], '%g' % p['carry']]})
    s = [x for x in X if x['carry'] > 0 and x['attr'] == '新增项目']
    assert len([x for x in X if x['carry'] > 0]) > len(s)
    q(ST, 'two-conditions', '有上年结转的新增项目是哪个', {'projects': codes(s)})
    p = by(ST, '网上信访信息系统')
    assert p['unit'] == '元'
    q(ST, 'unit-yuan', '网上信访信息系统运维及升级改造经费一共多少元', {'projects': [p['code']], 'value': r4(p['total'] * 10000)})
    s = [x for x in X if x['total'] >= 100 and x['attr'] != '新增项目']
    assert any(x['total'] >= 100 and x['attr'] == '新增项目' for x in X)
    q(ST, 'but-not', '资金100万元以上的项目，但不包括新增项目，有哪些？', {'projects': codes(s)})
    p = by(ST, '信访干部业务培训')
    q(ST, 'plan-quarter', '信访干部业务培训那个经费，光二季度当季计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][6] - p['plan'][3]) / 100)})
    lo = unique_min([x for x in X if sat(x) is not None], sat)
    q(ST, 'chain', '满意度目标定得最低的那个项目，上年结转是多少万元？', {'projects': [lo['code']], 'value': r4(lo['carry'])})
    p = by(ST, '信访积案化解')
    assert p['period'] and '2026' in p['period']
    q(ST, 'lookup-period', '积案化解专项资金这个项目的实施期限到哪一年结束？', {'projects': [p['code']], 'contains': ['2026']})
    assert all(x['leader'] is None for x in X)
    absent(ST, '负责人', '联系人', '联系电话')
    q(ST, 'missing-field', '信访积案化解专项资金的项目负责人是谁？', NF)
    assert any('人民来访接待中心运行保障' in x['name'] for x in X)
    absent(ST, '改扩建', '扩建')
    q(ST, 'near-miss-name', '人民来访接待中心改扩建经费安排了多少？', NF)
    assert any(cites(x, '邯山信〔2024〕15号') for x in X)
    absent(ST, '邯山信〔2025〕15号')
    q(ST, 'wrong-year-ref', '邯山信〔2025〕15号对应的是哪个项目？', NF)

    # ============================================================== xinfang_sample (6: 4 found, 2 not)
    ST = 'xinfang_sample'
    q(ST, 'scope-sum', '邯山区信访局的财政拨款合计多少万元？', {'value': r4(sum(x['fin'] for x in X))})
    s = [x for x in W if x['total'] >= 100 and sat(x) == 90]
    assert any(x['total'] >= 100 and sat(x) != 90 for x in W) and any(x['total'] < 100 and sat(x) == 90 for x in W)
    q(ST, 'two-conditions', '魏县人社局资金在100万元以上，同时满意度目标是90%的项目是哪些？', {'projects': codes(s)})
    ext = [x for x in X if x['attr'] == '延续项目']
    top = unique_max(ext, lambda x: x['total'])
    q(ST, 'follow-up-max', '其中哪个资金最多？', {'projects': [top['code']]}, history=['邯山区信访局的延续项目有哪些？'])
    p = by('xinfang', '信访积案化解')
    q(ST, 'share', '邯山区信访局的积案化解专项资金占该局全部项目资金的百分之多少？',
      {'projects': [p['code']], 'value': r4(p['total'] / sum(x['total'] for x in X) * 100)})
    assert any('劳务派遣' in x['name'] for x in W) and not any('劳务派遣' in x['name'] for x in X)
    absent('xinfang', '劳务派遣')
    q(ST, 'other-department', '邯山区信访局的劳务派遣人员工资是多少？', NF)
    assert any(x['name'] == '2025年创业扶持资金' for x in W)
    absent(ST, '2024年创业扶持')
    q(ST, 'year-not-held', '魏县人社局2024年创业扶持资金是多少？', NF)

    # ============================================================== cixian (10: 7 found, 3 not)
    ST = 'cixian'
    p = by(ST, '社会体育指导员培训')
    assert p['unit'] == '元'
    n = [i for i in p['inds'] if i['name'] == '培训社会体育指导员人数'][0]['num']
    q(ST, 'per-head-yuan', '社会体育指导员培训经费，按计划培训人数算，每人合多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * 10000 / n)})
    s = [x for x in C if x['fin'] >= 100 and x['other'] > 0]
    assert any(x['other'] > 0 and x['fin'] < 100 for x in C)
    q(ST, 'two-conditions', '一般公共预算≥100万且有其他资金的项目', {'projects': codes(s)})
    p = by(ST, '业余体校运动员训练')
    q(ST, 'plan-cumulative', '业余体校运动员训练及伙食补助，截至三季度末累计计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * p['plan'][9] / 100)})
    p = by(ST, '县级运动队参加市级以上比赛')
    s = [i for i in p['inds'] if i['l2'] == '数量指标']
    q(ST, 'indicator-count', '县级运动队参加市级以上比赛经费设了几个数量指标？', {'projects': [p['code']], 'value': len(s)})
    s = [x for x in C if x['org'] != '磁县体育局（本级）']
    assert 0 < len(s) < len(C)
    q(ST, 'exclusion', '除了磁县体育局本级，其他单位实施的项目资金合计多少万元？',
      {'projects': codes(s), 'value': r4(sum(x['total'] for x in s))})
    s = [x for x in C if sat(x) is not None and sat(x) > 90]
    assert any(sat(x) == 90 for x in C)
    q(ST, 'bound-exclusive', '满意度目标高于90%的项目有几个？', {'projects': codes(s), 'value': len(s)})
    s = [x for x in C if x['org'] == '磁县体育场馆服务中心']
    top = unique_max(s, lambda x: x['total'])
    q(ST, 'follow-up-change', '那磁县体育场馆服务中心呢？', {'projects': [top['code']]},
      history=['磁县青少年业余体育学校实施的项目里，资金最多的是哪个？'])
    assert top['plan'] is None and any(x['plan'] for x in s)
    q(ST, 'chain-no-plan', '磁县体育场馆服务中心资金最多的那个项目，一季度计划支出比例是多少？', NF)
    assert any('县级全民健身运动会' in x['name'] for x in C)
    absent(ST, '市级全民健身运动会')
    q(ST, 'near-miss-name', '市级全民健身运动会经费是多少？', NF)
    assert any(cites(x, '邯体字〔2024〕35号') for x in C) and any(cites(x, '邯体字〔2025〕6号') for x in C)
    absent(ST, '邯体字〔2025〕35号')
    q(ST, 'wrong-year-ref', '依据邯体字〔2025〕35号安排的是哪个项目？', NF)

    # ============================================================== yingji (10: 7 found, 3 not)
    ST = 'yingji'
    p = by(ST, '安全生产宣传教育培训')
    assert p['unit'] == '元'
    q(ST, 'plan-amount-wan', '安全生产宣传教育培训经费，截至9月底累计计划支出折合多少万元？',
      {'projects': [p['code']], 'value': r4(p['plan_amt'][9])})
    p = by(ST, '防汛抗旱')
    q(ST, 'plan-quarter', '防汛抗旱应急物资储备经费，二季度单季计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['plan_amt'][6] - p['plan_amt'][3])})
    s = [x for x in Y if x['other'] > 20 and x['attr'] == '延续项目']
    assert any(x['other'] == 20 and x['attr'] == '延续项目' for x in Y)
    assert any(x['other'] > 20 and x['attr'] == '新增项目' for x in Y)
    q(ST, 'two-conditions', '请核查一下，其他资金超过20万元、并且属于延续项目的有哪些？', {'projects': codes(s)})
    ref = '冀应急〔2024〕17号'
    s = [x for x in Y if cites(x, ref)]
    assert sum(len(rows_citing(x, ref)) for x in s) > len(s)
    q(ST, 'projects-vs-rows', '冀应急〔2024〕17号一共被几个项目引用？', {'projects': codes(s), 'value': len(s)})
    mx = max(sat(x) for x in Y if sat(x) is not None)
    top = [x for x in Y if sat(x) == mx]
    assert len(top) == 2
    lo = unique_min(top, lambda x: x['total'])
    q(ST, 'follow-up-chain', '其中资金少的那个，其他资金是多少万元？', {'projects': [lo['code']], 'value': r4(lo['other'])},
      history=['满意度目标定得最高的是哪些项目？'])
    s = [x for x in Y if sat(x) is not None and sat(x) >= 85]
    assert len(s) > len([x for x in Y if sat(x) is not None and sat(x) >= 90])
    q(ST, 'follow-up-threshold', '那85%以上的呢？', {'projects': codes(s), 'value': len(s)},
      history=['满意度目标在90%以上的项目有几个？'])
    s = [x for x in Y if x['org'] == '曲周县应急管理局（本级）']
    q(ST, 'scope-only', '光局本级自己实施的项目有几个啊', {'projects': codes(s), 'value': len(s)})
    top = unique_max(Y, lambda x: x['total'])
    assert sat(top) is None and not any(i['l1'] == '满意度指标' for i in top['inds'])
    q(ST, 'chain-missing-field', '资金最多的那个项目，满意度目标定的是多少？', NF)
    absent(ST, '执行数', '执行率')
    assert '2024年' not in ''.join(x['period'] or '' for x in Y)
    q(ST, 'missing-field', '安全生产监管执法专项经费2024年的执行数是多少？', NF)
    assert any('监测预警系统运维' in x['name'] for x in Y)
    absent(ST, '监测预警系统建设')
    q(ST, 'near-miss-name', '危险化学品和非煤矿山安全风险监测预警系统建设经费是多少？', NF)

    # ============================================================== sample (7: 4 found, 3 not)
    ST = 'sample'
    s = [x for x in W if x['name'].startswith('冀财社【2024】136号')]
    assert len(s) == 2
    q(ST, 'both-values', '冀财社【2024】136号的两个项目，预算分别是多少万元？',
      {'projects': codes(s), 'contains': ['%g' % x['total'] for x in sorted(s, key=lambda x: -x['total'])]})
    s = [x for x in W if 100 <= x['total'] <= 1000 and sat(x) == 85]
    q(ST, 'two-conditions', '预算在100万到1000万之间（含两端）、满意度目标为85%的项目有几个？',
      {'projects': codes(s), 'value': len(s)})
    p = by(ST, '公共实训基地')
    assert p['plan'][3] == 100
    q(ST, 'plan-interval', '公共实训基地县级配套，6月底到10月底这段时间计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * (p['plan'][9] - p['plan'][6]) / 100)})
    cost = [i for i in p['inds'] if i['l2'] == '成本指标'][0]
    assert abs(cost['num'] - p['total']) > 1
    q(ST, 'budget-vs-cost', '请核对：公共实训基地县级配套这个项目的预算数是多少万元？', {'projects': [p['code']], 'value': r4(p['total'])})
    assert any(x['name'] == '2025年创业贷款贴息资金' for x in W)
    absent(ST, '2024年创业贷款')
    q(ST, 'year-not-held', '2024年创业贷款贴息资金预算多少？', NF)
    assert any(cites(x, '冀财社【2024】159号') for x in W)
    absent(ST, '冀财社【2024】160号')
    q(ST, 'wrong-number-ref', '冀财社【2024】160号提前下达的就业补助资金是多少？', NF)
    absent(ST, '自评', '得分')
    q(ST, 'missing-field', '县级离退休老干部春节慰问资金的绩效自评得分是多少？', NF)

    # ============================================================== other (6: 4 found, 2 not)
    ST = 'other'
    p = by(ST, '农产品质量安全检测')
    assert p['unit'] == '元' and p['other'] > 0
    q(ST, 'unit-yuan', '农产品质量安全检测经费里的其他资金是多少元？', {'projects': [p['code']], 'value': r4(p['other'] * 10000)})
    p = by(ST, '耕地地力保护')
    assert re.search(r'每亩\d+元', p['use'])
    q(ST, 'per-unit-vs-total', '耕地地力保护补贴资金总共安排了多少万元？（不是每亩标准）',
      {'projects': [p['code']], 'value': r4(p['total'])})
    s = [x for x in O if x['plan'] and x['other'] > 0]
    assert len([x for x in O if x['plan']]) > len(s) and len([x for x in O if x['other'] > 0]) > len(s)
    q(ST, 'two-conditions', '既有资金支出计划、又有其他资金的项目是哪些？', {'projects': codes(s)})
    p = by(ST, '高标准农田')
    q(ST, 'plan-cumulative', '高标准农田建设县级配套资金到10月底累计计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['total'] * p['plan'][9] / 100)})
    assert any('县级配套' in x['name'] for x in O)
    absent(ST, '市级配套')
    q(ST, 'near-miss-name', '高标准农田建设市级配套资金是多少？', NF)
    absent(ST, '负责人', '联系人', '联系电话')
    q(ST, 'missing-field', '农业综合行政执法工作经费的项目负责人是谁？', NF)

    # every project code named in an expectation belongs to the question's store
    for d in Q:
        pool = {p['code'] for p in in_store(d['store'])}
        for c in d['expect'].get('projects', []):
            assert c in pool, (d['id'], c)
    return Q


def main():
    Q = build()
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('wrote', OUT, len(Q), 'questions', sum(1 for d in Q if d['expect'] == NF), 'found:false')


if __name__ == '__main__':
    main()
