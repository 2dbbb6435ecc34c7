"""Hand-written questions; every expected value, project set and count is computed from the records that
extract.py parses back out of docs/daming-2025.pdf (pdfplumber) and the sample .docx (python-docx)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract

H = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
R = os.path.normpath(os.path.join(H, '..', '..'))
D, DTOT, DTXT = extract.daming(os.path.join(H, 'docs', 'daming-2025.pdf'))
S = extract.docx_projects(os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx'))
OUT = os.path.join(H, 'heldout_v12.jsonl')

BR = str.maketrans({'【': '〔', '】': '〕', '[': '〔', ']': '〕', '（': '〔', '）': '〕', '(': '〔', ')': '〕'})


def nb(s):
    """Brackets of a document number made uniform (〔〕【】[]（）() all match)."""
    return (s or '').translate(BR)


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m])
    return m[0]


def codes(ps):
    return sorted(p['code'] for p in ps)


def ind(p, frag):
    m = [i for i in p['inds'] if frag in i['name']]
    assert len(m) == 1, (p['name'], frag, len(m))
    return m[0]


def nv(s):
    return float(re.search(r'\d+(\.\d+)?', s).group())


def sat(p):
    m = [i for i in p['inds'] if i['l1'] == '满意度指标']
    return nv(m[0]['value']) if m else None


def cites(p, ref):
    """A reference counts in the name or in the basis column (any bracket form)."""
    ref = nb(ref)
    return ref in nb(p['name']) or any(ref in nb(i['basis']) for i in p['inds'])


def has_l2(p, word):
    return any(word in i['l2'] for i in p['inds'])


def r4(x):
    return round(x, 4)


Q = []


def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'question': question, 'expect': expect, 'store': store, 'kind': kind}
    if history:
        d['history'] = history
    Q.append(d)


NF = {'found': False}
ST = 'daming'
CS = 'daming_sample'
c = lambda f: by(D, f)
s_ = lambda f: by(S, f)
tot = sum(p['wan'] for p in D)
planned = [p for p in D if p['plan']]

# ------------------------------------------------------------------ daming (new document alone)
p = c('储备粮轮换')
q(ST, 'lookup', '县里储备粮轮换和保管补贴那个项目，今年一共安排了多少钱？', {'projects': [p['code']], 'value': p['wan']})
p = c('价格监测')
q(ST, 'lookup', '价格监测及成本调查经费折合成万元是多少？', {'projects': [p['code']], 'value': r4(p['wan'])})
q(ST, 'lookup', '价格监测那块经费按元算的话年度资金总额是多少元？', {'projects': [p['code']], 'value': p['total']})
p = c('以工代赈')
q(ST, 'lookup', '以工代赈配套资金里，财政以外的那部分钱有多少？', {'projects': [p['code']], 'value': p['other_w']})
p = c('清洁取暖')
q(ST, 'lookup-unit', '农村清洁取暖设备运维补助具体是由哪个单位来实施的？', {'projects': [p['code']], 'contains': ['能源事务服务中心']})
p = c('节能监察')
q(ST, 'lookup', '节能监察和能耗双控那个项目，编码是多少？', {'projects': [p['code']], 'contains': [p['code']]})
p = c('前期工作')
q(ST, 'lookup', '重点项目前期工作经费今年打算编多少个可研报告？', {'projects': [p['code']], 'value': nv(ind(p, '可行性研究报告')['value'])})
p = c('储备粮轮换')
q(ST, 'lookup', '储备粮的年度轮换要求在什么时间之前完成？', {'projects': [p['code']], 'contains': [ind(p, '轮换完成时间')['value'].replace('2025年', '').replace('前', '')]})
p = c('信用体系')
q(ST, 'lookup', '社会信用体系建设经费是今年新上的项目，还是往年延续下来的？', {'projects': [p['code']], 'contains': [p['attr']]})
p = c('稽察')
q(ST, 'lookup', '重大项目稽察及投资统计经费对统计数据差错率定的目标是多少？', {'projects': [p['code']], 'contains': [ind(p, '差错率')['value'].lstrip('≤≥=')]})
p = c('清洁取暖')
q(ST, 'per-unit', '清洁取暖设备运维，每户的补助标准最高是多少元？', {'projects': [p['code']], 'value': nv(ind(p, '单户')['value'])})
p = c('应急物资')
q(ST, 'lookup', '应急物资储备购置打算买几张折叠床？', {'projects': [p['code']], 'value': nv(ind(p, '折叠床')['value'])})
p = c('综合业务运转')
q(ST, 'lookup', '发改局那个综合业务运转经费，项目类别填的是什么？', {'projects': [p['code']], 'contains': [p['cat']]})

# thresholds / comparators
q(ST, 'threshold', '资金总额在500万元以上的项目都有哪些？', {'projects': codes(x for x in D if x['wan'] >= 500)})
q(ST, 'threshold', '哪些项目的钱没超过100万？', {'projects': codes(x for x in D if x['wan'] <= 100)})
q(ST, 'range', '年度资金总额介于100万和300万之间的是哪几个项目？', {'projects': codes(x for x in D if 100 <= x['wan'] <= 300)})
q(ST, 'threshold', '满意度目标定到了九成及以上的项目有哪些？', {'projects': codes(x for x in D if sat(x) is not None and sat(x) >= 90)})
q(ST, 'threshold', '满意度要求还未达到百分之九十的项目是哪些？', {'projects': codes(x for x in D if sat(x) is not None and sat(x) < 90)})
q(ST, 'comparator', '满意度目标高于90%的有哪几个项目？', {'projects': codes(x for x in D if sat(x) is not None and sat(x) > 90)})
s = [x for x in D if x['fin_w'] > 1000]
q(ST, 'count', '财政资金过千万的项目有几个？', {'projects': codes(s), 'value': len(s)})

# counts
q(ST, 'count', '大名县发改局今年一共报了多少个项目的绩效目标？', {'value': len(D)})
s = [x for x in D if x['other_w'] > 0]
q(ST, 'count', '有几个项目用到了财政拨款以外的资金？', {'projects': codes(s), 'value': len(s)})
s = [x for x in D if x['org'] == '大名县粮食和物资储备服务中心']
q(ST, 'count', '粮食和物资储备服务中心负责实施的项目有几个？', {'projects': codes(s), 'value': len(s)})
q(ST, 'count-rows', '所有项目的绩效指标加在一起一共有多少条？', {'value': sum(len(x['inds']) for x in D)})
p = c('价格监测')
q(ST, 'count-rows', '价格监测及成本调查经费一共设了几条绩效指标？', {'projects': [p['code']], 'value': len(p['inds'])})
s = [x for x in D if x['attr'] == '新增项目']
q(ST, 'count', '今年新增的项目有多少个？', {'projects': codes(s), 'value': len(s)})

# sums, means, shares
q(ST, 'sum', '全部项目的其他资金合计是多少万元？', {'value': r4(sum(x['other_w'] for x in D))})
q(ST, 'sum', '全局项目里财政资金总共安排了多少万元？', {'value': r4(sum(x['fin_w'] for x in D))})
q(ST, 'mean', '平均下来每个项目的资金是多少万元？', {'value': r4(tot / len(D))})
p = c('储备粮轮换')
q(ST, 'share', '储备粮轮换及保管补贴占全局项目资金总额的百分之几？', {'projects': [p['code']], 'value': r4(p['wan'] / tot * 100)})
s = [x for x in D if x['org'] == '大名县粮食和物资储备服务中心']
q(ST, 'sum', '粮食和物资储备服务中心承担的几个项目，资金加起来多少万？', {'projects': codes(s), 'value': r4(sum(x['wan'] for x in s))})
sv = [sat(x) for x in D if sat(x) is not None]
q(ST, 'mean', '设了满意度指标的项目，满意度目标平均是多少？', {'value': r4(sum(sv) / len(sv))})

# difference / ratio
a, b = c('清洁取暖'), c('以工代赈')
q(ST, 'difference', '清洁取暖运维补助比以工代赈县级配套多出多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
a, b = c('储备粮轮换'), c('应急物资')
q(ST, 'ratio', '储备粮轮换补贴的资金是应急物资储备购置的多少倍？', {'projects': codes([a, b]), 'value': r4(a['wan'] / b['wan'])})

# top / bottom
top = sorted(D, key=lambda x: -x['wan'])
assert top[2]['wan'] > top[3]['wan'] and top[-2]['wan'] < top[-3]['wan']
q(ST, 'top-n', '资金规模排前三的是哪三个项目？', {'projects': codes(top[:3])})
q(ST, 'bottom-n', '预算最少的两个项目是哪两个？', {'projects': codes(top[-2:])})
mx = max(len(x['inds']) for x in D)
s = [x for x in D if len(x['inds']) == mx]
assert len(s) == 1
q(ST, 'top-n', '哪个项目设置的绩效指标条数最多？', {'projects': codes(s)})

# spending plan
p = c('储备粮轮换')
q(ST, 'spending-plan', '储备粮轮换这个项目到6月末累计计划支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * p['plan'][6] / 100)})
p = c('清洁取暖')
q(ST, 'spending-plan', '清洁取暖运维补助一季度末按计划应该花出去多少钱？', {'projects': [p['code']], 'value': r4(p['wan'] * p['plan'][3] / 100)})
p = c('以工代赈')
q(ST, 'spending-plan', '以工代赈县级配套到三季度末累计要支出多少万？', {'projects': [p['code']], 'value': r4(p['wan'] * p['plan'][9] / 100)})
p = c('价格监测')
q(ST, 'spending-plan', '价格监测经费上半年末计划累计支出多少元？', {'projects': [p['code']], 'value': r4(p['total'] * p['plan'][6] / 100)})
q(ST, 'spending-plan', '有支出计划的项目，到9月末累计计划支出合计多少万元？', {'value': r4(sum(x['wan'] * x['plan'][9] / 100 for x in planned))})
q(ST, 'spending-plan-condition', '一季度末支出进度还是零的项目有哪些？', {'projects': codes(x for x in planned if x['plan'][3] == 0)})
q(ST, 'spending-plan-condition', '到6月末累计支出进度达到一半或更多的是哪些项目？', {'projects': codes(x for x in planned if x['plan'][6] >= 50)})
q(ST, 'lacking', '哪个项目没有列资金支出计划？', {'projects': codes(x for x in D if not x['plan'])})

# references
q(ST, 'policy-ref', '哪些项目拿邯发改投资〔2025〕6号当依据？', {'projects': codes(x for x in D if cites(x, '邯发改投资〔2025〕6号'))})
q(ST, 'policy-ref', '冀发改能源2024年876号文件对应的是哪个项目？', {'projects': codes(x for x in D if cites(x, '冀发改能源〔2024〕876号'))})
q(ST, 'partial-ref', '引用了邯粮储文件的项目有哪些？', {'projects': codes(x for x in D if cites(x, '邯粮储'))})
s = [x for x in D if re.search(r'〔2024〕21号', nb(x['name']) + ''.join(nb(i['basis']) for i in x['inds']))]
q(ST, 'partial-ref', '2024年21号那个文件是哪个项目在用？', {'projects': codes(s)})
q(ST, 'law', '哪些项目把《政府投资条例》作为指标依据？', {'projects': codes(x for x in D if cites(x, '政府投资条例'))})
q(ST, 'law', '节约能源法被哪几个项目引用了？', {'projects': codes(x for x in D if cites(x, '节约能源法'))})
s = [x for x in D if cites(x, '大发改字') or cites(x, '冀信用办')]
q(ST, 'or', '依据里写了大发改字或者冀信用办文件的项目一共几个？', {'projects': codes(s), 'value': len(s)})

# set logic
s = [x for x in D if x['org'] != '大名县粮食和物资储备服务中心']
q(ST, 'exclusion', '除了粮食和物资储备服务中心的项目以外，其余项目的资金合计多少万元？', {'projects': codes(s), 'value': r4(sum(x['wan'] for x in s))})
q(ST, 'lacking', '有没有哪个项目没设满意度指标？是哪个？', {'projects': codes(x for x in D if sat(x) is None)})
q(ST, 'lacking', '哪些项目没有设置可持续影响指标？', {'projects': codes(x for x in D if not has_l2(x, '可持续影响'))})

# follow-ups
p = c('信用体系')
q(ST, 'follow-up', '它的“双公示”数据归集目标是多少条？', {'projects': [p['code']], 'value': nv(ind(p, '双公示')['value'])},
  history=['社会信用体系建设经费安排了多少钱？'])
p = c('应急保障网点')
q(ST, 'follow-up', '那单个网点的建设补助最多给多少万元？', {'projects': [p['code']], 'value': nv(ind(p, '单个网点')['value'])},
  history=['粮食应急保障网点建设补助由哪个单位实施？'])
a, b = c('前期工作'), c('稽察')
q(ST, 'follow-up', '这两个项目加起来是多少？', {'projects': codes([a, b]), 'value': r4(a['wan'] + b['wan'])},
  history=['重点项目前期工作经费有多少钱？', '那重大项目稽察及投资统计经费呢？'])

# descriptive / per-unit
p = c('以工代赈')
q(ST, 'descriptive', '以工代赈配套资金主要拿来干什么用？', {'projects': [p['code']], 'contains': ['小型基础设施']})
p = c('应急物资')
q(ST, 'structure', '应急物资储备购置的指标表里设了哪几类一级指标？', {'projects': [p['code']], 'contains': sorted({i['l1'] for i in p['inds']})})
m = re.search(r'保障措施.*?(《[^》]*预算法》)', re.sub(r'\s+', '', DTXT))
q(ST, 'descriptive', '发改局在保障措施里说预算执行要按照哪部法律来？', {'contains': [m.group(1).strip('《》').replace('中华人民共和国', '')]})
p = c('储备粮轮换')
q(ST, 'per-unit', '储备粮轮换及保管补贴折算到每吨储备规模是多少元？',
  {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / (nv(ind(p, '储存规模')['value']) * 10000))})
p = c('以工代赈')
q(ST, 'per-head', '以工代赈配套资金按带动务工人数平均，每人摊多少万元？',
  {'projects': [p['code']], 'value': r4(p['wan'] / nv(ind(p, '务工人数')['value']))})

# not found
q(ST, 'not-found', '大名县发改局2024年的储备粮轮换补贴是多少？', NF)
q(ST, 'not-found', '大名县财政局今年有哪些项目？', NF)
q(ST, 'not-found', '有哪些项目引用了冀发改能源〔2023〕876号？', NF)
q(ST, 'not-found', '城区集中供热管网改造补助安排了多少钱？', NF)
q(ST, 'not-found', '社会信用体系建设经费的项目负责人是谁？', NF)
q(ST, 'not-found', '邯发改投资〔2025〕9号涉及哪些项目？', NF)
N_D = len(Q)

# ------------------------------------------------------------------ daming + sample
A = D + S
q(CS, 'count', '大名县发改局和魏县人社局两家加起来一共有多少个项目？', {'value': len(A)})
q(CS, 'top-n', '两个单位所有项目里，资金最多的是哪一个？', {'projects': codes(sorted(A, key=lambda x: -x['wan'])[:1])})
p = c('以工代赈')
q(CS, 'scoping', '大名县发改局的以工代赈配套资金是多少万元？', {'projects': [p['code']], 'value': p['wan']})
p = s_('社会保障工作经费')
q(CS, 'scoping', '魏县人社局的社会保障工作经费预算多少？', {'projects': [p['code']], 'value': p['wan']})
q(CS, 'scoping', '魏县人社局有哪些项目的满意度目标在90%及以上？', {'projects': codes(x for x in S if sat(x) is not None and sat(x) >= 90)})
q(CS, 'scoping', '大名县发改局资金在200万以上的项目有哪些？', {'projects': codes(x for x in D if x['wan'] >= 200)})
q(CS, 'threshold', '两个部门里，预算不到10万元的项目有哪些？', {'projects': codes(x for x in A if x['wan'] < 10)})
q(CS, 'sum', '两个部门的项目资金合计是多少万元？', {'value': r4(sum(x['wan'] for x in A))})
a, b = c('储备粮轮换'), s_('公共实训基地')
q(CS, 'cross-department', '大名发改局的储备粮轮换补贴比魏县人社局的公共实训基地县级配套多多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
q(CS, 'lacking', '两个单位的项目里，哪些没有设置满意度指标？', {'projects': codes(x for x in A if sat(x) is None)})
q(CS, 'spending-plan-condition', '魏县人社局哪个项目一季度末就计划把钱全部支出完？', {'projects': codes(x for x in S if x['plan'].get(3) == 100)})
q(CS, 'threshold', '两个部门合起来看，满意度目标低于85%的项目有哪些？', {'projects': codes(x for x in A if sat(x) is not None and sat(x) < 85)})
q(CS, 'not-found', '大名县发改局有哪些项目引用了冀财社【2024】136号？', NF)
q(CS, 'partial-ref', '引用了邯银发文件的是哪个项目？', {'projects': codes(x for x in A if cites(x, '邯银发'))})
s = [x for x in A if cites(x, '冀人社规〔2018〕8号')]
q(CS, 'policy-ref', '依据冀人社规〔2018〕8号的项目有几个？', {'projects': codes(s), 'value': len(s)})
q(CS, 'filter', '两家单位里，有财政资金以外其他资金来源的项目是哪些？', {'projects': codes(x for x in A if x['other_w'] > 0)})
q(CS, 'mean', '魏县人社局平均每个项目的预算是多少万元？', {'value': r4(sum(x['wan'] for x in S) / len(S))})
q(CS, 'share', '大名县发改局的项目资金占两个部门合计的百分之多少？', {'value': r4(tot / sum(x['wan'] for x in A) * 100)})
bot = sorted(A, key=lambda x: x['wan'])
assert bot[2]['wan'] < bot[3]['wan']
q(CS, 'bottom-n', '两个部门所有项目中，资金规模最小的三个是哪些？', {'projects': codes(bot[:3])})
p = c('综合业务运转')
q(CS, 'follow-up', '那大名县发改局的综合业务运转经费呢？', {'projects': [p['code']], 'value': p['wan']},
  history=['魏县人社局的劳务派遣人员工资预算是多少？'])
q(CS, 'range', '两个部门里，资金在1000万元到1亿元之间的项目有哪些？', {'projects': codes(x for x in A if 1000 <= x['wan'] <= 10000)})
p = s_('2025年创业扶持资金')
q(CS, 'spending-plan', '魏县人社局的创业扶持资金到6月底累计计划支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * p['plan'][6] / 100)})
s = [x for x in A if x['plan'] and x['plan'][3] >= 40]
q(CS, 'spending-plan-condition', '两个单位有支出计划的项目中，3月底累计进度不低于40%的有哪些？', {'projects': codes(s)})
q(CS, 'count-rows', '两个部门的绩效指标一共有多少条？', {'value': sum(len(x['inds']) for x in A)})
q(CS, 'not-found', '魏县发展和改革局有哪些项目？', NF)
q(CS, 'not-found', '大名县人社局的创业扶持资金是多少？', NF)
q(CS, 'not-found', '魏县人社局2026年安排了哪些项目？', NF)
N_C = len(Q) - N_D

if __name__ == '__main__':
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(len(Q), 'questions:', N_D, ST, '+', N_C, CS, '->', OUT)
