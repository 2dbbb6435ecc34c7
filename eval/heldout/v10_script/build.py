"""Hand-written questions for heldout_v10; every expected value, project set and count is computed here from the
documents (python-docx), never typed by hand.

Rebuild: .venv/bin/python eval/heldout/v10_script/make_tongji.py && .venv/bin/python eval/heldout/v10_script/build.py
         && .venv/bin/python eval/heldout/v10_script/validate.py
"""
import json, os, re
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
H = os.path.normpath(os.path.join(HERE, '..'))
R = os.path.normpath(os.path.join(H, '..', '..'))
NEW = os.path.join(H, 'docs', 'tongji-2025.docx')
SAMPLE = os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
OTHER = os.path.join(R, 'tests', 'data', 'other-department.docx')
COUNTY = {k: os.path.join(R, 'tests', 'data', 'county', k + '.docx')
          for k in ('jiaoyu-2023', 'jiaoyu-2024', 'weijian-2023', 'weijian-2024')}


# ---------------------------------------------------------------- extraction
def num(s):
    s = (s or '').strip().replace(',', '')
    m = re.search(r'-?\d+(\.\d+)?', s)
    return float(m.group()) if m else 0.0


def rows_of(t):
    return [[c.text.strip() for c in r.cells] for r in t.rows]


def rows_dedup(t):
    """Rows with a horizontally merged cell given once."""
    out = []
    for r in t.rows:
        seen, row = set(), []
        for c in r.cells:
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc)); row.append(c.text.strip())
        out.append(row)
    return out


def tongji(path=NEW):
    """Project records of the new document: one table per project whose first cell is 项目名称."""
    d = docx.Document(path)
    out = []
    for t in d.tables:
        rows = rows_of(t)
        if rows[0][0] != '项目名称':
            continue
        p = {'indicators': [], 'plan': {}, 'plan_text': None}
        hdr = None
        for i, r in enumerate(rows):
            lab = r[0]
            if lab == '项目名称': p['name'] = r[1]
            elif lab == '项目编码': p['code'] = r[1]; p['attr'] = r[3]; p['term'] = r[5]
            elif lab == '主管部门': p['org'] = r[3]
            elif lab.startswith('项目资金'):
                p['unit'] = '元' if lab == '项目资金（元）' else '万元'
                if r[1] == '资金总额': p['total'] = num(r[2])
                elif '财政拨款' in r[1]: p['fin'] = num(r[2])
                elif r[1] == '其他资金': p['other'] = num(r[2])
            elif lab.startswith('年度资金使用计划'):
                if r[1] == '一季度末':
                    nxt = rows[i + 1]
                    for a, b in zip(r[1:5], nxt[1:5]):
                        p['plan'][a] = num(b)
                elif '%' not in r[1]:
                    p['plan_text'] = r[1]
            elif lab == '项目概况及资金用途': p['use'] = r[1]
            elif lab == '年度绩效目标': p['goal'] = r[1]
            elif lab == '一级指标': hdr = r
            elif hdr is not None and lab in ('产出指标', '效益指标', '满意度指标'):
                p['indicators'].append(dict(zip(hdr, r)))
        k = 10000 if p['unit'] == '元' else 1
        p['wan'], p['fin_w'], p['other_w'] = p['total'] / k, p['fin'] / k, p['other'] / k
        p['basis'] = [i['指标值确定依据'] for i in p['indicators']]
        p['level2'] = [i['二级指标'] for i in p['indicators']]
        out.append(p)
    return out


def docx_projects(path):
    """Sample / 临漳 / county layout: a header table starting with 项目编码, then an indicator table starting with
    一级指标; a small table above carries 单位：万元 or 单位：元."""
    d = docx.Document(path)
    out = []
    unit = '万元'
    cur = None
    for t in d.tables:
        rows = rows_dedup(t)
        first = rows[0]
        if len(rows) == 1 and any('单位：元' in c for c in first):
            unit = '元'; continue
        if len(rows) == 1 and any('单位：万元' in c for c in first):
            unit = '万元'; continue
        if first[0] == '项目编码':
            cur = {'code': first[1], 'name': first[3], 'unit': unit, 'plan': {}, 'indicators': [], 'other': 0.0}
            for i, r in enumerate(rows):
                for j, c in enumerate(r[:-1]):
                    if c in ('预算数', '资金总额') and 'total' not in cur: cur['total'] = num(r[j + 1])
                    if '财政' in c and 'fin' not in cur: cur['fin'] = num(r[j + 1])
                    if c == '其他资金': cur['other'] = num(r[j + 1])
                if r[0].startswith('资金支出计划') and r[1] == '3月底':
                    for a, b in zip(r[1:], rows[i + 1][1:]):
                        if b.strip(): cur['plan'][a] = num(b)
            k = 10000 if unit == '元' else 1
            cur['wan'] = cur['total'] / k
            out.append(cur)
        elif first[0] == '一级指标' and cur is not None:
            for r in rows[1:]:
                cur['indicators'].append(dict(zip(first, r)))
            bcol = '指标值确定依据' if '指标值确定依据' in first else '备注'
            cur['basis'] = [i.get(bcol, '') for i in cur['indicators']]
    return out


# ---------------------------------------------------------------- helpers
BR = str.maketrans({'【': '〔', '】': '〕', '[': '〔', ']': '〕', '（': '〔', '）': '〕', '(': '〔', ')': '〕'})


def norm(s): return s.translate(BR)


def cites(p, ref):
    ref = norm(ref)
    return ref in norm(p['name']) or any(ref in norm(b) for b in p['basis'])


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m])
    return m[0]


def codes(ps): return sorted({p['code'] for p in ps})


def ind(p, frag, key='指标内容'):
    m = [i for i in p['indicators'] if frag in i[key]]
    assert len(m) == 1, (frag, p['name'])
    return m[0]


def nv(s): return float(re.search(r'\d+(\.\d+)?', s).group())


def sat(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    return nv(m[0]['指标值']) if m else None


def r4(x): return round(x, 4)


# ---------------------------------------------------------------- questions
def build():
    C = tongji()
    S = docx_projects(SAMPLE)
    O = docx_projects(OTHER)
    K = {k: docx_projects(v) for k, v in COUNTY.items()}
    Q = []
    NF = {'found': False}

    def q(store, kind, question, expect, history=None):
        d = {'id': 'q%03d' % (len(Q) + 1), 'question': question, 'store': store, 'kind': kind, 'expect': expect}
        if history: d['history'] = history
        Q.append(d)

    c = lambda f: by(C, f)
    tot = sum(p['wan'] for p in C)
    ST = 'tongji'

    # ---- tongji (45)
    p = c('人口抽样调查'); q(ST, 'lookup', '人口抽样调查那个项目今年一共安排了多少钱？', {'projects': [p['code']], 'value': p['wan']})
    p = c('统计执法检查'); assert p['unit'] == '元'
    q(ST, 'lookup', '统计执法检查及统计督察经费是多少元？', {'projects': [p['code']], 'value': p['total']})
    p = c('乡镇统计站')
    q(ST, 'lookup', '乡镇统计站规范化建设这个项目，要给统计站配多少台信息化终端？',
      {'projects': [p['code']], 'value': nv(ind(p, '信息化终端')['指标值'])})
    p = c('统计年鉴'); assert '统计公报' in p['use']
    q(ST, 'descriptive', '统计年鉴编印那笔经费主要是干什么用的？', {'projects': [p['code']], 'contains': ['统计公报']})
    p = c('经济普查'); assert '6篇' in p['goal']
    q(ST, 'descriptive', '经济普查数据开发及成果应用经费今年的绩效目标是怎么定的？', {'projects': [p['code']], 'contains': ['6篇']})
    q(ST, 'threshold', '资金总额在100万元及以上的项目有哪几个？', {'projects': codes(x for x in C if x['wan'] >= 100)})
    q(ST, 'threshold', '哪些项目的资金不到五十万？', {'projects': codes(x for x in C if x['wan'] < 50)})
    q(ST, 'threshold', '满意度目标定在九成及以上的项目有哪些？',
      {'projects': codes(x for x in C if sat(x) is not None and sat(x) >= 90)})
    q(ST, 'threshold', '满意度要求没超过百分之八十八的是哪些项目？',
      {'projects': codes(x for x in C if sat(x) is not None and sat(x) <= 88)})
    q(ST, 'range', '资金总额介于60万元和100万元之间的项目有哪些？', {'projects': codes(x for x in C if 60 <= x['wan'] <= 100)})
    s = [x for x in C if x['other_w'] > 0]
    q(ST, 'count', '有几个项目除了财政拨款还有其他资金？', {'projects': codes(s), 'value': len(s)})
    q(ST, 'sum', '这10个项目的财政拨款加起来是多少万元？', {'value': r4(sum(x['fin_w'] for x in C))})
    s = [sat(x) for x in C if sat(x) is not None]
    q(ST, 'mean', '设了满意度指标的那些项目，满意度目标平均是多少？', {'value': r4(sum(s) / len(s))})
    p = c('乡镇统计站')
    q(ST, 'share', '乡镇统计站规范化建设补助资金占全局项目支出总额的百分之几？', {'projects': [p['code']], 'value': r4(p['wan'] / tot * 100)})
    a, b = c('人口抽样调查'), c('统计信息化')
    q(ST, 'difference', '人口抽样调查经费比统计信息化建设及数据安全运维经费多出多少万元？',
      {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
    a, b = c('联网直报'), c('统计年鉴')
    q(ST, 'ratio', '联网直报和数据质量核查那个项目的钱是统计年鉴编印经费的几倍？',
      {'projects': codes([a, b]), 'value': r4(a['wan'] / b['wan'])})
    p = c('人口抽样调查')
    q(ST, 'per-unit', '1%人口抽样调查平均到每个调查小区大概是多少万元？',
      {'projects': [p['code']], 'value': r4(p['wan'] / nv(ind(p, '调查小区数量')['指标值']))})
    p = c('统计执法检查')
    q(ST, 'per-unit', '统计执法经费按计划检查的调查对象家数摊下来，每家合多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] / nv(ind(p, '执法检查统计调查对象数')['指标值']))})
    p = c('业务培训及统计法治宣传')
    q(ST, 'per-head', '统计人员培训和法治宣传经费，按培训人次算人均是多少元？',
      {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / nv(ind(p, '统计人员培训')['指标值']))})
    p = c('人口抽样调查')
    q(ST, 'spending-plan', '人口抽样调查经费到二季度末计划累计支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['二季度末'] / 100)})
    p = c('统计执法检查')
    q(ST, 'spending-plan', '统计执法检查经费上半年末按计划应该支出多少元？',
      {'projects': [p['code']], 'value': r4(p['total'] * p['plan']['二季度末'] / 100)})
    s = [x for x in C if x['plan']]
    q(ST, 'spending-plan', '有季度支出计划的项目，到9月底累计计划支出合计是多少万元？',
      {'projects': codes(s), 'value': r4(sum(x['wan'] * x['plan']['三季度末'] / 100 for x in s))})
    q(ST, 'spending-plan-condition', '一季度末累计支出进度低于20%的项目有哪些？',
      {'projects': codes(x for x in C if x['plan'] and x['plan']['一季度末'] < 20)})
    q(ST, 'lacking', '哪些项目没有编制分季度的资金使用计划？', {'projects': codes(x for x in C if not x['plan'])})
    q(ST, 'lacking', '有没有项目没设满意度指标？是哪几个？', {'projects': codes(x for x in C if sat(x) is None)})
    q(ST, 'policy-ref', '指标值确定依据里用到冀统字〔2024〕56号的项目有哪些？',
      {'projects': codes(x for x in C if cites(x, '冀统字〔2024〕56号'))})
    q(ST, 'partial-ref', '哪些项目引用了邯统字的文件？', {'projects': codes(x for x in C if cites(x, '邯统字'))})
    q(ST, 'partial-ref', '2024年19号文涉及的是哪个项目？', {'projects': codes(x for x in C if cites(x, '〔2024〕19号'))})
    q(ST, 'partial-ref', '冀统字的文件都被哪些项目当作依据了？', {'projects': codes(x for x in C if cites(x, '冀统字'))})
    q(ST, 'law', '拿《统计法》作指标依据的项目有哪些？',
      {'projects': codes(x for x in C if cites(x, '《统计法》') or cites(x, '《中华人民共和国统计法》'))})
    q(ST, 'or', '引用了国统字〔2024〕82号或冀统办〔2025〕7号的项目有哪些？',
      {'projects': codes(x for x in C if cites(x, '国统字〔2024〕82号') or cites(x, '冀统办〔2025〕7号'))})
    s = [x for x in C if x['org'] != '曲周县普查中心']
    q(ST, 'exclusion', '除了普查中心实施的项目，其余项目的资金总额合计多少万元？',
      {'projects': codes(s), 'value': r4(sum(x['wan'] for x in s))})
    top = sorted(C, key=lambda x: -x['wan'])
    assert top[2]['wan'] > top[3]['wan'] and top[-2]['wan'] < top[-3]['wan']
    q(ST, 'top-n', '资金规模排前三的项目是哪几个？', {'projects': codes(top[:3])})
    q(ST, 'bottom-n', '钱最少的两个项目是哪两个？', {'projects': codes(top[-2:])})
    p = c('统计信息化')
    q(ST, 'structure', '统计信息化建设及数据安全运维经费设了哪些二级指标？',
      {'projects': [p['code']], 'contains': list(dict.fromkeys(p['level2']))})
    p = c('联网直报')
    q(ST, 'count-rows', '联网直报那个项目一共列了几条绩效指标？', {'projects': [p['code']], 'value': len(p['indicators'])})
    p = c('农业普查')
    q(ST, 'follow-up', '它要完成多少个行政村的普查区划分？',
      {'projects': [p['code']], 'value': nv(ind(p, '普查区划分及底图绘制')['指标值'])},
      history=['第四次全国农业普查前期准备经费有多少？'])
    p = c('住户调查')
    q(ST, 'follow-up', '那记账的样本户一共有多少户？', {'projects': [p['code']], 'value': nv(ind(p, '样本记账户数')['指标值'])},
      history=['城乡住户调查辅助调查员劳务补助安排了多少钱？', '这个项目的满意度目标是多少？'])
    p = c('统计年鉴')
    v1, v2 = ind(p, '统计年鉴印制数量')['指标值'], ind(p, '统计年鉴出版时间')['指标值']
    assert v1 == '=800册' and v2 == '2025年9月底前'
    q(ST, 'follow-up', '年鉴要印多少册？什么时候出版？', {'projects': [p['code']], 'contains': ['800', '9月底']},
      history=['统计年鉴编印经费是多少？'])
    s = [x for x in C if x['org'] == '曲周县统计局（本级）']
    q(ST, 'lookup-unit', '统计局本级实施的项目一共安排了多少万元？', {'projects': codes(s), 'value': r4(sum(x['wan'] for x in s))})
    q(ST, 'filter', '哪些属于一次性项目？', {'projects': codes(x for x in C if x['attr'] == '一次性项目')})
    q(ST, 'not-found', '曲周县统计局2024年的统计执法检查经费安排了多少？', NF)
    assert not any(cites(x, '冀统字〔2023〕56号') for x in C)
    q(ST, 'not-found', '哪些项目引用了冀统字〔2023〕56号？', NF)
    assert not any('办公用房' in x['name'] for x in C)
    q(ST, 'not-found', '统计局办公用房维修改造经费安排了多少？', NF)
    q(ST, 'not-found', '肥乡区统计局2025年有哪些项目支出？', NF)
    assert len(Q) == 45, len(Q)

    # ---- tongji_sample (6)
    CS = 'tongji_sample'
    q(CS, 'count', '曲周县统计局和魏县人社局加在一起一共有多少个项目？', {'value': len(C) + len(S)})
    allp = sorted(C + S, key=lambda x: x['wan'])
    assert allp[0]['wan'] < allp[1]['wan']
    q(CS, 'bottom-n', '两个单位的全部项目里，资金最少的是哪一个？', {'projects': [allp[0]['code']]})
    a, b = c('人口抽样调查'), by(S, '社会保障工作经费')
    q(CS, 'cross-department', '曲周统计局的人口抽样调查经费比魏县人社局的社会保障工作经费多多少万元？',
      {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
    ref = by(S, '劳务派遣')
    q(CS, 'comparator', '曲周县统计局有哪些项目的资金总额超过了魏县人社局劳务派遣人员工资的预算？',
      {'projects': codes(x for x in C if x['wan'] > ref['wan'])})
    s = [x for x in C if sat(x) is not None]
    q(CS, 'scoping', '曲周县统计局有几个项目设了满意度指标？', {'projects': codes(s), 'value': len(s)})
    q(CS, 'not-found', '魏县统计局2025年有哪些项目？', NF)

    # ---- sample (7)
    SS = 'sample'
    p = by(S, '创业贷款贴息'); q(SS, 'lookup', '创业贷款贴息资金今年有多少钱？', {'projects': [p['code']], 'value': p['wan']})
    q(SS, 'threshold', '满意度目标未达到百分之九十的项目有哪些？',
      {'projects': codes(x for x in S if sat(x) is not None and sat(x) < 90)})
    p = by(S, '劳务派遣')
    q(SS, 'spending-plan', '劳务派遣人员工资到10月底累计计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['10月底'] / 100)})
    s = [x for x in S if cites(x, '冀人社规')]
    q(SS, 'partial-ref', '有几个项目的指标依据引用了冀人社规的文件？', {'projects': codes(s), 'value': len(s)})
    s = [x for x in S if '冀财社【2024】136号' in x['name']]
    assert len(s) == 2
    q(SS, 'sum', '项目名称里带冀财社【2024】136号的那几个项目，资金加起来多少？',
      {'projects': codes(s), 'value': r4(sum(x['wan'] for x in s))})
    p = by(S, '2025年中央就业补助资金')
    q(SS, 'per-head', '136号文下达的2025年中央就业补助资金，按享受见习和公益性岗位的人数算，人均多少元？',
      {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / nv(ind(p, '享受就业见习', '三级指标')['指标值']))})
    q(SS, 'not-found', '魏县人社局2023年的创业扶持资金是多少？', NF)

    # ---- other (6)
    OS = 'other'
    p = by(O, '农产品质量安全'); assert p['unit'] == '元'
    q(OS, 'lookup', '农产品质量安全检测经费里其他资金是多少元？', {'projects': [p['code']], 'value': p['other']})
    q(OS, 'threshold', '满意度目标不低于百分之九十五的有哪些项目？',
      {'projects': codes(x for x in O if sat(x) is not None and sat(x) >= 95)})
    q(OS, 'partial-ref', '引用了邯财农文件的项目有哪些？', {'projects': codes(x for x in O if cites(x, '邯财农'))})
    p = by(O, '农机购置')
    q(OS, 'spending-plan', '农机购置与应用补贴资金到6月底计划累计支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['6月底'] / 100)})
    p = by(O, '厕所革命')
    q(OS, 'per-unit', '厕所革命奖补资金平均每改一户厕所是多少元？',
      {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / nv(ind(p, '户厕改造数量')['指标值']))})
    q(OS, 'not-found', '临漳县农业农村局2024年的耕地地力保护补贴资金是多少？', NF)

    # ---- county (6)
    KS = 'county'
    p = by(K['jiaoyu-2024'], '特殊教育')
    q(KS, 'lookup', '魏县教育局2024年特殊教育项目的预算是多少？', {'projects': [p['code']], 'value': p['wan']})
    a, b = by(K['weijian-2024'], '计划生育家庭扶助'), by(K['weijian-2023'], '计划生育家庭扶助')
    assert a['code'] == b['code']
    q(KS, 'difference', '魏县卫健局计划生育家庭扶助县级配套资金2024年比2023年多了多少万元？',
      {'projects': [a['code']], 'value': r4(a['wan'] - b['wan'])})
    s = [x for x in K['weijian-2023'] if sat(x) is None]
    q(KS, 'lacking', '2023年魏县卫生健康局有几个项目没设满意度指标？', {'projects': codes(s), 'value': len(s)})
    p = by(K['jiaoyu-2023'], '课后服务')
    q(KS, 'spending-plan', '2023年魏县教育局课后服务补助资金到6月底累计计划支出多少万元？',
      {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['6月底'] / 100)})
    q(KS, 'sum', '魏县卫生健康局2024年所有项目的资金总额加起来是多少万元？', {'value': r4(sum(x['wan'] for x in K['weijian-2024']))})
    q(KS, 'not-found', '魏县教育局2022年的校园安全项目预算是多少？', NF)
    assert len(Q) == 70, len(Q)
    return Q


def main():
    Q = build()
    out = os.path.join(H, 'heldout_v10.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('wrote', out, len(Q))


if __name__ == '__main__':
    main()
