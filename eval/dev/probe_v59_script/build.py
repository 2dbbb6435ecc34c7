"""Hand-written questions for probe_v59; every expected value, project set and count computed from the parsed documents."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract as X

OUT = os.path.join(X.DEV, 'probe_v59.jsonl')
Y, YSUM, YTEXT = X.yingji()
N, NSUM, NPROSE = X.ningjin()
C, CDEPT = X.cixian()
S = X.sample()


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m]); return m[0]
def matching(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) >= 2, (frag, len(m)); return m
def codes(ps): return sorted(p['code'] for p in ps)
def r4(x): return round(x, 4)
def num(v): return float(v) if isinstance(v, (int, float)) else X.num(str(v))
def name_col(i): return i.get('三级指标') or i.get('指标名称')
def ind(p, frag):
    m = [i for i in p['indicators'] if frag in (name_col(i) or '')]
    assert len(m) == 1, (p['name'], frag, len(m)); return m[0]
def sat_row(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    assert len(m) <= 1; return m[0] if m else None
def sat(p):
    r = sat_row(p); return None if r is None else num(r['指标值'])
def norm(s): return re.sub(r'[【\[（(]', '〔', re.sub(r'[】\]）)]', '〕', s or ''))
def y_cites(p, ref):
    ref = norm(ref)
    return ref in norm(p['name']) or any(ref in norm(i.get('指标值设定依据及数据来源') or i.get('指标值设定依据') or '')
                                         for i in p['indicators'])
def c_cites(p, frag): return frag in norm(p['name']) or any(frag in norm(b) for b in p['basis'])
def s_plan(p, col):
    """sample cumulative plan %: a blank after a reached percentage keeps it."""
    order = ['3月底', '6月底', '10月底', '12月底']
    v = None
    for k in order[:order.index(col) + 1]:
        if k in p['plan']: v = p['plan'][k]
    return v
def c_cum(p, q): return p['plan']['Q%d' % q] / 100 * p['wan']            # cixian cumulative, 万元
def c_quarter(p, q): return c_cum(p, q) - (c_cum(p, q - 1) if q > 1 else 0)
NQ = lambda p, q: p['plan_w'][q - 1]                                      # ningjin own quarter (non-cumulative), 万元

Q = []
def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'store': store, 'kind': kind, 'question': question, 'expect': expect}
    if history: d['history'] = history
    Q.append(d)
NF = {'found': False}

# ---------------------------------------------------------------- yingji (曲周县应急管理局) 14
y2 = by(Y, '防汛抗旱'); y4 = by(Y, '服务站规范化'); y5 = by(Y, '宣传教育培训'); y6 = by(Y, '灾害信息员')
y7 = by(Y, '综合应急救援队伍'); y8 = by(Y, '监测预警系统'); y1 = by(Y, '监管执法'); y3 = by(Y, '能力建设补助')
q('yingji', 'comparator', '哪些项目的资金总额不比312万元少？',
  {'projects': codes(p for p in Y if p['wan'] >= 312)})
q('yingji', 'comparator', '满意度目标不高于85%的项目是哪几个？',
  {'projects': codes(p for p in Y if sat(p) is not None and sat(p) <= 85)})
q('yingji', 'spending-plan-quarter', '综合应急救援队伍建设及装备购置在第三季度这一个季度里计划支出多少万元？',
  {'projects': [y7['code']], 'value': r4(y7['plan'][2] - y7['plan'][1])})
q('yingji', 'spending-plan', '乡镇应急管理服务站规范化建设项目截至三季度末计划累计支出多少万元？',
  {'projects': [y4['code']], 'value': r4(y4['plan'][2])})
q('yingji', 'spending-plan-quarter', '安全生产宣传教育培训经费第二季度当季计划支出多少元？',
  {'projects': [y5['code']], 'value': r4(y5['plan_raw'][1] - y5['plan_raw'][0])})
q('yingji', 'weight', '冀应急〔2024〕36号能力建设补助资金的效益指标一共占多少分？',
  {'projects': [y3['code']], 'value': sum(num(i['分值']) for i in y3['indicators'] if i['一级指标'] == '效益指标')})
assert not y1['score_col']
q('yingji', 'not-found', '安全生产监管执法专项经费里“执法对象满意度”这项指标的分值是多少？', NF)
q('yingji', 'not-found', '防汛抗旱应急物资储备经费今年实际支出了多少？', NF)
assert sat_row(y7) is None
q('yingji', 'not-found', '综合应急救援队伍建设及装备购置的满意度目标定的是多少？', NF)
q('yingji', 'filter-other-field', '财政拨款不足300万元的项目里，资金总额最大的是哪个？',
  {'projects': [max((p for p in Y if p['fin_w'] < 300), key=lambda p: p['wan'])['code']],
   'value': max(p['wan'] for p in Y if p['fin_w'] < 300)})
carry = [p for p in Y if p['other_label'] == '上年结转资金' and p['other_w'] > 0]
q('yingji', 'sum', '各项目的上年结转资金加起来是多少万元？', {'value': r4(sum(p['other_w'] for p in carry))})
q('yingji', 'not-found', '哪些项目引用了冀应急〔2023〕17号？', NF)

# ---------------------------------------------------------------- ningjin (宁晋县残联) 11
n2 = by(N, '残疾儿童康复救助'); n4 = by(N, '职业技能培训'); n5 = by(N, '无障碍改造'); n6 = by(N, '阳光家园')
n10 = by(N, '文化体育'); n11 = by(N, '康复训练设备'); n1 = by(N, '两项补贴') if any('两项补贴' in p['name'] for p in N) else by(N, '护理补贴')
nat = lambda p, k: sum(1 for i in p['indicators'] if i['指标性质'] == k)
q('ningjin', 'qual-quant', '残疾人职业技能培训及就业扶持经费有几个指标的指标性质是定性？',
  {'projects': [n4['code']], 'value': nat(n4, '定性')})
q('ningjin', 'weight', '残疾儿童康复救助经费的效益指标分值加起来是多少？',
  {'projects': [n2['code']], 'value': sum(i['分值'] for i in n2['indicators'] if i['一级指标'] == '效益指标')})
q('ningjin', 'spending-plan', '残疾儿童康复救助经费截至三季度末一共计划支出多少万元？',
  {'projects': [n2['code']], 'value': r4(sum(n2['plan_w'][:3]))})
q('ningjin', 'spending-plan-quarter', '无障碍改造补助资金第三季度计划支出多少？',
  {'projects': [n5['code']], 'value': r4(NQ(n5, 3))})
big = [p for p in N if p['wan'] > 50]
q('ningjin', 'threshold-unit', '年度预算超过500000元的项目有几个？', {'projects': codes(big), 'value': len(big)})
q('ningjin', 'per-unit', '阳光家园计划托养服务补贴按托养服务的残疾人数算，每人平均多少元？',
  {'projects': [n6['code']], 'value': r4(n6['wan'] * 10000 / num(ind(n6, '托养服务残疾人数')['指标值']))})
two = matching(N, '救助经费')
q('ningjin', 'partial-ref', '救助经费那个项目的年度预算是多少？',
  {'projects': codes(two), 'contains': ['%g' % p['wan'] for p in two]})
q('ningjin', 'comparator', '满意度目标起码达到92%的项目有哪些？',
  {'projects': codes(p for p in N if sat(p) is not None and sat(p) >= 92)})
assert n10['plan_w'] is None
q('ningjin', 'not-found', '残疾人文化体育活动经费第二季度计划支出多少？', NF)
q('ningjin', 'comparator', '年度预算顶多86.5万元的项目有哪些？', {'projects': codes(p for p in N if p['wan'] <= 86.5)})

# ---------------------------------------------------------------- cixian (磁县体育局) 10
c1 = by(C, '全民健身路径'); c6 = by(C, '社会体育指导员'); c8 = by(C, '维修改造'); c4 = by(C, '业余体校')
q('cixian', 'spending-plan-quarter', '全民健身路径器材更新及维护经费第三季度单季计划支出多少万元？',
  {'projects': [c1['code']], 'value': r4(c_quarter(c1, 3))})
q('cixian', 'spending-plan', '社会体育指导员培训经费到三季度末累计计划支出多少元？',
  {'projects': [c6['code']], 'value': r4(c_cum(c6, 3) * 10000)})
assert c8['plan'] is None
q('cixian', 'not-found', '县体育场馆设施维修改造经费一季度计划支出多少？', NF)
q('cixian', 'lookup', '业余体校运动员训练及伙食补助由谁负责？', {'projects': [c4['code']], 'contains': [c4['leader']]})
q('cixian', 'comparator', '资金总额未超出90万元的项目有哪些？', {'projects': codes(p for p in C if p['wan'] <= 90)})
q('cixian', 'per-unit', '社会体育指导员培训经费按培训人数算，人均多少元？',
  {'projects': [c6['code']], 'value': r4(c6['wan'] * 10000 / num(ind(c6, '培训社会体育指导员人数')['指标值']))})
assert not any(c_cites(p, '冀体〔2024〕9号') for p in C)
q('cixian', 'not-found', '哪些项目依据了冀体〔2024〕9号文件？', NF)
new = [p for p in C if p['attr'] == '新增项目']
q('cixian', 'follow-up', '它们的资金总额合计多少？', {'projects': codes(new), 'value': r4(sum(p['wan'] for p in new))},
  history=['今年有哪些新增项目？'])

# ---------------------------------------------------------------- sample (魏县人社局) 9
s_lw = by(S, '劳务派遣'); s_sb = by(S, '社会保障工作经费'); s_sx = by(S, '公共实训基地'); s_ww = by(S, '慰问')
q('sample', 'spending-plan', '社会保障工作经费截至三季度末计划支出多少万元？',
  {'projects': [s_sb['code']], 'value': r4(s_plan(s_sb, '10月底') / 100 * s_sb['wan'])})
q('sample', 'spending-plan', '公共实训基地县级配套到6月底计划支出多少万元？',
  {'projects': [s_sx['code']], 'value': r4(s_plan(s_sx, '6月底') / 100 * s_sx['wan'])})
q('sample', 'not-found', '魏县人社局2024年的社会保障工作经费是多少？', NF)
q('sample', 'comparator', '预算至多10万元的项目有哪些？', {'projects': codes(p for p in S if p['wan'] <= 10)})
q('sample', 'threshold-unit', '预算超过2000000元的项目有几个？',
  {'projects': codes(p for p in S if p['wan'] > 200), 'value': sum(1 for p in S if p['wan'] > 200)})
two182 = matching(S, '182号')
q('sample', 'partial-ref', '冀财社【2024】182号那个项目的预算是多少？',
  {'projects': codes(two182), 'contains': ['%g' % p['wan'] for p in two182]})
q('sample', 'not-found', '社会保障工作经费的满意度指标占多少分值？', NF)
assert not any('183号' in norm(p['name']) or any('183号' in (i.get('指标值确定依据') or '') for i in p['indicators']) for p in S)
q('sample', 'not-found', '引用冀财社【2024】183号的项目有哪些？', NF)

# ---------------------------------------------------------------- ningjin_sample 8
n_top = max(N, key=lambda p: p['wan'])
q('ningjin_sample', 'top-n', '宁晋县残联预算最大的项目是哪个？', {'projects': [n_top['code']], 'value': n_top['wan']})
q('ningjin_sample', 'not-found', '宁晋县人力资源和社会保障局有哪些项目？', NF)
q('ningjin_sample', 'threshold', '年度预算不低于1000万元的项目有哪些？',
  {'projects': codes(p for p in N + S if p['wan'] >= 1000)})
def s_sat(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    return num(m[0]['指标值']) if m else None
q('ningjin_sample', 'threshold', '两个部门里满意度目标不低于92%的项目有哪些？',
  {'projects': codes([p for p in N if sat(p) is not None and sat(p) >= 92] +
                     [p for p in S if s_sat(p) is not None and s_sat(p) >= 92])})
assert not any('盲人按摩' in p['name'] or '盲人按摩' in (p.get('use') or '') for p in N + S)
q('ningjin_sample', 'not-found', '宁晋县残联的盲人按摩机构扶持资金是多少？', NF)
nn = [p for p in N if p['attr'] == '新增项目']
q('ningjin_sample', 'count', '宁晋县残联有几个新增项目？', {'projects': codes(nn), 'value': len(nn)})
q('ningjin_sample', 'not-found', '魏县人社局社会保障工作经费的绩效评价结果怎么样？', NF)
n3 = by(N, '辅助器具适配')
c3 = ind(n3, '成本')
q('ningjin_sample', 'follow-up', '它的成本指标定的是多少？', {'projects': [n3['code']], 'contains': ['%g' % num(c3['指标值'])]},
  history=['宁晋县残联的残疾人辅助器具适配补贴经费年度预算是多少？'])

# ---------------------------------------------------------------- cixian_sample 8
C_plan = [p for p in C if p['plan']]
c_q2 = max(C_plan, key=lambda p: c_quarter(p, 2))
q('cixian_sample', 'spending-plan-quarter', '磁县体育局哪个项目第二季度当季计划支出最多？',
  {'projects': [c_q2['code']], 'value': r4(c_quarter(c_q2, 2))})
q('cixian_sample', 'not-found', '魏县体育局的项目资金是多少？', NF)
q('cixian_sample', 'not-found', '磁县体育局全民健身路径器材更新及维护经费的自评得分是多少？', NF)
q('cixian_sample', 'range', '磁县体育局资金总额在40万元到100万元之间的项目有哪些？',
  {'projects': codes(p for p in C if 40 <= p['wan'] <= 100)})
q('cixian_sample', 'threshold', '磁县体育局满意度目标不到90%的项目有哪些？',
  {'projects': codes(p for p in C if sat(p) is not None and sat(p) < 90)})
q('cixian_sample', 'policy-ref', '磁县体育局哪些项目引用了邯体字的文件？', {'projects': codes(p for p in C if c_cites(p, '邯体字'))})
c9 = by(C, '运动队参加'); c5 = by(C, '免费低收费')
q('cixian_sample', 'follow-up', '那另一个的场馆全年开放天数目标呢？',
  {'projects': [c5['code']], 'contains': ['%g' % num(ind(c5, '开放天数')['指标值'])]},
  history=['磁县体育局的县级运动队参加市级以上比赛经费和体育场馆免费低收费开放补助分别多少钱？',
           '前一个的获得奖牌数目标是多少？'])
sats = [sat(p) for p in C if sat(p) is not None]
assert len(sats) == len(C) - 1
q('cixian_sample', 'mean', '磁县体育局各项目满意度目标的平均值是多少？', {'value': r4(sum(sats) / len(sats))})

# ---------------------------------------------------------------- yingji extra (follow-ups, per-unit, exclusion)
q('yingji', 'follow-up', '两者的财政拨款合计是多少？', {'projects': codes([y2, y8]), 'value': r4(y2['fin_w'] + y8['fin_w'])},
  history=['防汛抗旱应急物资储备经费和危险化学品监测预警系统运维经费的上年结转资金分别是多少？'])
q('yingji', 'follow-up', '那另一个的培训目标呢？', {'projects': [y5['code']],
  'contains': ['%g' % num(ind(y5, '安全生产培训')['指标值'])]},
  history=['安全生产监管执法专项经费和安全生产宣传教育培训经费分别由哪个单位实施？', '前一个的执法检查企业目标是多少？'])
q('yingji', 'per-unit', '灾害信息员补贴那个项目，按灾害信息员人数平均下来每人多少元？',
  {'projects': [y6['code']], 'value': r4(y6['wan'] * 10000 / num(ind(y6, '灾害信息员人数')['指标值']))})
q('yingji', 'exclusion', '除了局机关本级实施的项目，其余项目资金总额合计是多少？',
  {'value': r4(sum(p['wan'] for p in Y if p['org'] != '曲周县应急管理局（本级）'))})
q('yingji', 'partial-ref', '应急救援那个项目的资金总额是多少？',
  {'projects': codes(matching(Y, '应急救援')), 'contains': ['%g' % p['wan'] for p in matching(Y, '应急救援')]})
q('yingji', 'policy-ref', '哪些项目引用了冀应急〔2024〕17号？', {'projects': codes(p for p in Y if y_cites(p, '冀应急〔2024〕17号'))})

assert len(Q) == 60, len(Q)
# renumber in store order for readability is not needed; ids are in creation order
with open(OUT, 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(Q), 'questions ->', OUT)
