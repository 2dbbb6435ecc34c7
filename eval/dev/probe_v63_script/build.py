"""Hand-written questions for probe_v63 (precision probe); every expected value, project set and count is computed from
the records extract.py parses back out of the documents. The only hand-typed numbers are thresholds and rates that the
question itself states; each `found: false` line is backed by an assertion that the store really lacks the thing asked."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract as X

OUT = os.path.join(X.DEV, 'probe_v63.jsonl')
A = X.load_all()
S, O, Y, N, C, QX, M, J = (A[k] for k in ('sample', 'other', 'yingji', 'ningjin', 'cixian', 'qiuxian', 'minzheng',
                                          'jiaotongfx'))
EPS = 1e-9


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m]); return m[0]
def exact(recs, name):
    m = [p for p in recs if p['name'] == name]
    assert len(m) == 1, (name, len(m)); return m[0]
def codes(ps):
    ps = list(ps); c = sorted(p['code'] for p in ps); assert c and len(set(c)) == len(c), c; return c
def r4(x): return round(x, 4)
def first_num(s):
    m = re.search(r'\d+(\.\d+)?', str(s or '')); return float(m.group()) if m else None
def ind(p, frag):
    m = [i for i in p['inds'] if frag in (i['name'] or '')]
    assert len(m) == 1, (p['name'], frag, len(m)); return m[0]
def sat(p):
    m = [i for i in p['inds'] if i['l1'] == '满意度指标']
    assert len(m) <= 1, p['name']; return first_num(m[0]['value']) if m else None
def with_sat(ps): return [p for p in ps if sat(p) is not None]
def norm(s): return re.sub(r'[【\[（(]', '〔', re.sub(r'[】\]）)]', '〕', s or ''))
def texts(p):
    return [p['name'], p.get('use') or '', p.get('goal') or '', p.get('basis_line') or ''] + \
           [i.get('basis') or '' for i in p['inds']] + [i.get('name') or '' for i in p['inds']]
def cites(p, ref):
    """a reference in the project name, an indicator's basis column or (cixian) the 绩效指标设定依据 line."""
    ref = norm(ref)
    return any(ref in norm(t) for t in [p['name'], p.get('basis_line') or ''] + [i.get('basis') or '' for i in p['inds']])
def mentioned(recs, ref): return any(ref in norm(t) for p in recs for t in texts(p))
def cum(p, m): return p['total'] * p['plan'][m] / 100          # cumulative planned spending by checkpoint m, 万元
def total(ps): return sum(p['total'] for p in ps)
def has_kind(p, kind): return any(kind in (i['l1'] or '') or kind in (i['l2'] or '') for i in p['inds'])
def no_name(recs, *frags):
    for f in frags: assert not any(f in p['name'] for p in recs), f

Q = []
def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'store': store, 'kind': kind, 'question': question, 'expect': expect}
    if history: d['history'] = history
    Q.append(d)
NF = {'found': False}

# ================================================================== sample (魏县人社局 2025) 9
s_sx = by(S, '公共实训基地县级配套')
assert first_num(ind(s_sx, '建设成本')['value']) != s_sx['total']           # the cost row says 800万元, the budget 500
q('sample', 'lookup-trap', '公共实训基地县级配套今年预算安排了多少万元？', {'projects': [s_sx['code']], 'value': r4(s_sx['total'])})
s136 = exact(S, '冀财社【2024】136号提前下达中央就业补助资金')
assert len([p for p in S if p['name'].startswith('冀财社【2024】136号提前下达')]) == 2
q('sample', 'near-name', '“冀财社【2024】136号提前下达中央就业补助资金”这个项目的预算数是多少？',
  {'projects': [s136['code']], 'value': r4(s136['total'])})
s182 = [p for p in S if p['name'].startswith('冀财社【2024】182号')]
assert len(s182) == 2
s182d = [p for p in s182 if '缴费困难群体' in p['use']]; assert len(s182d) == 1; s182d = s182d[0]
assert '67元' in ind(s182d, '代缴67元')['name']
q('sample', 'question-number', '冀财社【2024】182号里专门给缴费困难群体代缴保费的那笔资金，按每人每年代缴67元算，大约能为多少人代缴？',
  {'projects': [s182d['code']], 'value': r4(s182d['total'] * 10000 / 67)})
q('sample', 'threshold-exclusive', '满意度目标不足85%的项目有哪些？', {'projects': codes(p for p in with_sat(S) if sat(p) < 85)})
big182 = max(s182, key=lambda p: p['total']); small182 = min(s182, key=lambda p: p['total'])
assert small182 is s182d
q('sample', 'follow-up-other', '那另一个的资金用途是什么？', {'projects': [small182['code']], 'contains': ['缴费困难群体']},
  history=['冀财社【2024】182号对应的两个项目，哪个预算更多？'])
no_name(S, '2024年创业贷款贴息'); assert by(S, '创业贷款贴息')['name'].startswith('2025年')
q('sample', 'not-found-year', '2024年创业贷款贴息资金的预算是多少？', NF)
no_name(S, '市级配套'); assert not mentioned(S, '市级')
q('sample', 'not-found-near-name', '公共实训基地市级配套资金有多少？', NF)
assert not any(has_kind(p, '生态效益') for p in S)
q('sample', 'not-found-kind', '哪些项目设置了生态效益指标？', NF)
assert not mentioned(S, '冀财社〔2024〕163号') and mentioned(S, '冀财社〔2024〕136号')
q('sample', 'not-found-ref', '人社局的项目里，有哪些是依据冀财社【2024】163号文件的？', NF)

# ================================================================== other (临漳县农业农村局 2025) 7
o_nj = by(O, '基层农技推广')
assert first_num(ind(o_nj, '农技推广补助资金')['value']) != o_nj['total']    # cost row ≤110万元, budget 96
q('other', 'lookup-trap', '基层农技推广体系改革与建设补助项目安排了多少资金（万元）？', {'projects': [o_nj['code']], 'value': r4(o_nj['total'])})
o_gs = by(O, '高素质农民')
assert '人均培训标准3000元' in o_gs['use'] and o_gs['fin'] < o_gs['total']
q('other', 'question-number-part', '高素质农民培育项目如果只算财政拨款部分，按人均3000元的培训标准能培训多少人？',
  {'projects': [o_gs['code']], 'value': r4(o_gs['fin'] * 10000 / 3000)})
o_jc = by(O, '农产品质量安全检测')
assert o_jc['unit'] == '元' and o_jc['fin'] < o_jc['total']
q('other', 'two-part', '农产品质量安全检测经费一共是多少？其中财政拨款是多少万元？', {'projects': [o_jc['code']], 'value': r4(o_jc['fin'])})
q('other', 'threshold-inclusive', '资金总额低于等于150万元的项目有哪些？', {'projects': codes(p for p in O if p['total'] <= 150 + EPS)})
no_name(O, '生活垃圾'); assert by(O, '厕所革命') and not any('垃圾' in t for p in O for t in texts(p))
q('other', 'not-found-near-name', '农村人居环境整治生活垃圾治理奖补资金安排了多少？', NF)
assert not mentioned(O, '冀农规〔2024〕5号') and mentioned(O, '冀农规〔2023〕5号')
q('other', 'not-found-ref', '哪些项目引用了冀农规〔2024〕5号？', NF)
o_dy = by(O, '动物疫病强制免疫'); assert not o_dy['plan'] and not has_kind(o_dy, '时效')
q('other', 'not-found-plan', '动物疫病强制免疫及监测经费截至6月底计划累计支出多少？', NF)

# ================================================================== both (魏县人社局 + 临漳县农业农村局) 3
q('both', 'threshold-inclusive', '两个局的项目里，满意度目标最多只定到85%的有哪些？',
  {'projects': codes(p for p in with_sat(S + O) if sat(p) <= 85)})
assert all(p['code'][6:8] == '25' for p in O) and not any('2024年' in t for p in O for t in texts(p))
q('both', 'not-found-year', '临漳县农业农村局2024年的高标准农田建设县级配套资金是多少？', NF)
assert by(S, '社会保障工作经费') and not any('社会保障工作经费' in p['name'] for p in O)
q('both', 'not-found-department', '临漳县人社局的社会保障工作经费是多少？', NF)

# ================================================================== yingji (曲周县应急管理局 2025) 8
y2 = by(Y, '防汛抗旱'); y5 = by(Y, '宣传教育培训'); y7 = by(Y, '综合应急救援队伍')
assert y5['unit'] == '元'
q('yingji', 'spending-plan-unit', '安全生产宣传教育培训经费截至6月底计划累计支出多少元？',
  {'projects': [y5['code']], 'value': r4(y5['plan_amt'][6] * 10000)})
q('yingji', 'threshold-inclusive', '满意度目标不低于92%的项目有哪些？', {'projects': codes(p for p in with_sat(Y) if sat(p) >= 92)})
lvl = [p for p in Y if p['org'] == '曲周县应急管理局（本级）']
q('yingji', 'follow-up-subset', '其中哪些没有列分季度支出计划？', {'projects': codes(p for p in lvl if not p['plan'])},
  history=['实施单位是曲周县应急管理局（本级）的项目有哪些？'])
q('yingji', 'quarter-alone', '防汛抗旱应急物资储备经费第三季度这一个季度计划支出多少万元？',
  {'projects': [y2['code']], 'value': r4(y2['plan_amt'][9] - y2['plan_amt'][6])})
no_name(Y, '消防'); assert not mentioned(Y, '消防')
q('yingji', 'not-found-near-name', '消防安全宣传教育培训经费安排了多少钱？', NF)
assert not mentioned(Y, '冀应急〔2024〕63号') and mentioned(Y, '冀应急〔2024〕36号')
q('yingji', 'not-found-ref', '哪些项目依据了冀应急〔2024〕63号文？', NF)
assert sat(y7) is None
q('yingji', 'not-found-field', '综合应急救援队伍建设及装备购置的满意度目标是多少？', NF)
q('yingji', 'not-found-year', '曲周县应急管理局2024年的防汛抗旱应急物资储备经费是多少？', NF)

# ================================================================== yingji_sample 3
YS = Y + S
q('yingji_sample', 'threshold-exclusive', '两个局里资金总额超出500万元的项目有哪些？', {'projects': codes(p for p in YS if p['total'] > 500 + EPS)})
assert any(abs(p['total'] - 500) < EPS for p in YS)
q('yingji_sample', 'not-found-department', '魏县应急管理局的安全生产监管执法专项经费是多少？', NF)
q('yingji_sample', 'or-refs', '哪些项目引用了《安全生产法》或者邯银发【2017】58号？',
  {'projects': codes(p for p in YS if cites(p, '安全生产法') or cites(p, '邯银发〔2017〕58号'))})

# ================================================================== ningjin (宁晋县残联 2025) 8
n9 = by(N, '残疾人之家'); n6 = by(N, '阳光家园'); n2 = by(N, '残疾儿童康复'); n7 = by(N, '残疾人证办理')
assert n9['fund'] > 0 and n9['gpb'] < n9['total']
q('ningjin', 'source-column', '乡镇残疾人之家运营补助的一般公共预算安排了多少万元？', {'projects': [n9['code']], 'value': r4(n9['gpb'])})
assert n6['unit'] == '元' and first_num(ind(n6, '人均托养补贴标准')['value']) == 3600
q('ningjin', 'question-number', '阳光家园计划托养服务补贴按每人3600元的标准，能覆盖多少名残疾人？',
  {'projects': [n6['code']], 'value': r4(n6['total'] * 10000 / 3600)})
q('ningjin', 'spending-plan-cumulative', '残疾儿童康复救助经费截至二季度末累计计划支出多少万元？', {'projects': [n2['code']], 'value': r4(cum(n2, 6))})
assert abs(cum(n2, 6) - n2['plan_q'][1]) > 1
q('ningjin', 'threshold-inclusive', '满意度目标不高于90%的项目有哪些？', {'projects': codes(p for p in with_sat(N) if sat(p) <= 90)})
no_name(N, '成年残疾人'); assert not mentioned(N, '成年残疾人')
q('ningjin', 'not-found-near-name', '成年残疾人康复救助经费有多少？', NF)
assert not mentioned(N, '冀残联〔2025〕15号') and mentioned(N, '冀残联〔2024〕15号')
q('ningjin', 'not-found-ref', '哪些项目依据了冀残联〔2025〕15号？', NF)
assert sat(n7) is None
q('ningjin', 'not-found-follow-up', '它的满意度目标定了多少？', NF, history=['残疾人证办理及残疾评定体检经费的预算是多少？'])
assert not [p for p in N if p['fund'] > 0 and p['other'] > 0]
q('ningjin', 'not-found-both', '既有政府性基金、又有其他资金的项目有哪些？', NF)

# ================================================================== ningjin_sample 3
NSx = N + S
assert any('两项补贴' in p['name'] or '护理补贴' in p['name'] for p in N) and not any('护理补贴' in p['name'] for p in S)
q('ningjin_sample', 'not-found-county', '魏县困难残疾人生活补贴和重度残疾人护理补贴的预算是多少？', NF)
q('ningjin_sample', 'range', '两个单位中，年度预算在100万元到300万元之间（含两端）的项目有哪些？',
  {'projects': codes(p for p in NSx if 100 - EPS <= p['total'] <= 300 + EPS)})
assert by(S, '创业扶持')
q('ningjin_sample', 'not-found-department', '宁晋县人社局的创业扶持资金是多少？', NF)

# ================================================================== cixian (磁县体育局 2025) 8
c2 = by(C, '全民健身运动会'); c6 = by(C, '社会体育指导员'); c8 = by(C, '场馆设施维修改造')
assert first_num(ind(c2, '项目总成本')['value']) != c2['total']            # cost row ≤90万元, budget 86
q('cixian', 'lookup-trap', '县级全民健身运动会及群众性赛事活动经费预算是多少万元？', {'projects': [c2['code']], 'value': r4(c2['total'])})
assert c6['unit'] == '元'
q('cixian', 'per-unit', '社会体育指导员培训经费平均到每名培训的指导员是多少元？',
  {'projects': [c6['code']], 'value': r4(c6['total'] * 10000 / ind(c6, '培训社会体育指导员人数')['num'])})
q('cixian', 'or-leader', '负责人是王丽娜或者韩玉梅的项目有哪些？', {'projects': codes(p for p in C if p['leader'] in ('王丽娜', '韩玉梅'))})
top3 = sorted(C, key=lambda p: -p['total'])[:3]
assert sat(top3[2]) is not None
q('cixian', 'follow-up-ordinal', '第三个的满意度目标是多少？', {'projects': [top3[2]['code']], 'contains': ['%g%%' % sat(top3[2])]},
  history=['磁县体育局资金总额最多的三个项目是哪些？'])
assert not any(has_kind(p, '经济效益') for p in C) and any(has_kind(p, '经济成本') for p in C)
q('cixian', 'not-found-kind', '哪些项目设置了经济效益指标？', NF)
assert not mentioned(C, '冀体〔2024〕12号') and mentioned(C, '冀体〔2024〕21号')
q('cixian', 'not-found-ref', '哪些项目依据了冀体〔2024〕12号？', NF)
no_name(C, '足球'); assert not mentioned(C, '足球')
q('cixian', 'not-found-project', '青少年足球特色学校补助资金安排了多少？', NF)
assert not c8['plan']
q('cixian', 'not-found-plan', '县体育场馆设施维修改造经费一季度末计划支出多少？', NF)

# ================================================================== cixian_sample 2
CS = C + S
q('cixian_sample', 'threshold-unit', '两个单位里，项目资金不足10万元的有哪些？', {'projects': codes(p for p in CS if p['total'] < 10 - EPS)})
assert any(abs(p['total'] - 10) < EPS for p in CS) and any(p['unit'] == '元' and p['total'] < 10 for p in CS)
q('cixian_sample', 'not-found-department', '磁县人社局的创业扶持资金是多少？', NF)

# ================================================================== qiuxian (邯郸市生态环境局邱县分局 2025) 7
qx5 = by(QX, '农村生活污水')
assert first_num(ind(qx5, '项目总成本')['value']) != qx5['total']           # cost row ≤1500万元, budget 1350
q('qiuxian', 'lookup-trap', '农村生活污水治理项目的资金总额是多少万元？', {'projects': [qx5['code']], 'value': r4(qx5['total'])})
q('qiuxian', 'threshold-inclusive', '满意度目标低于等于88%的项目有哪些？', {'projects': codes(p for p in with_sat(QX) if sat(p) <= 88)})
lt200 = [p for p in QX if p['total'] < 200]
top = max(lt200, key=lambda p: p['total'])
q('qiuxian', 'follow-up-max', '它们中资金最多的是哪个？执行单位是谁？', {'projects': [top['code']], 'contains': [top['org']]},
  history=['资金总额不足200万元的项目有哪些？'])
no_name(QX, '水质自动'); assert not mentioned(QX, '水质自动')
q('qiuxian', 'not-found-near-name', '水质自动监测站运维经费是多少？', NF)
no_name(QX, '城镇生活污水'); assert not mentioned(QX, '城镇生活污水')
q('qiuxian', 'not-found-near-name', '城镇生活污水治理项目安排了多少？', NF)
assert not any('负责人' in t for p in QX for t in texts(p))
q('qiuxian', 'not-found-field', '大气污染防治网格化监管经费的项目负责人是谁？', NF)
assert not mentioned(QX, '邯环〔2025〕14号') and mentioned(QX, '邯环〔2025〕4号')
q('qiuxian', 'not-found-ref', '邯环〔2025〕14号被哪些项目引用了？', NF)

# ================================================================== qiuxian_sample 3
QS = QX + S
q('qiuxian_sample', 'range-exclusive', '两个单位中资金总额超过1000万元但不到6000万元的项目有哪些？',
  {'projects': codes(p for p in QS if 1000 + EPS < p['total'] < 6000 - EPS)})
DOCNO = re.compile(r'〔\d{4}〕\d+号')
q('qiuxian_sample', 'name-has-ref', '两个单位中，项目名称里就带着文件编号的项目有哪些？', {'projects': codes(p for p in QS if DOCNO.search(norm(p['name'])))})
q('qiuxian_sample', 'not-found-department', '邱县人社局2025年的劳务派遣人员工资是多少？', NF)

# ================================================================== minzheng (魏县民政局 2025) 8
m7 = by(M, '困难残疾人生活补贴'); m3 = by(M, '特困人员'); m4 = by(M, '临时救助'); m2 = by(M, '最低生活保障'); m10 = by(M, '婚姻登记')
assert first_num(ind(m7, '两项补贴资金')['value']) != m7['total']           # cost row ≤1850万元, budget 1650
q('minzheng', 'lookup-trap', '困难残疾人生活补贴和重度残疾人护理补贴预算多少万元？', {'projects': [m7['code']], 'value': r4(m7['total'])})
n_tk = first_num(ind(m3, '救助供养人数')['value']); std_tk = first_num(ind(m3, '基本生活标准')['value'])
assert (n_tk, std_tk) == (2150, 1120)
q('minzheng', 'question-number', '特困人员按每人每月1120元的基本生活标准，2150人一年需要多少万元？',
  {'projects': [m3['code']], 'value': r4(n_tk * std_tk * 12 / 10000)})
q('minzheng', 'exclusion', '除了城乡最低生活保障资金，预算超过1000万元的项目还有哪些？',
  {'projects': codes(p for p in M if p is not m2 and p['total'] > 1000 + EPS)})
pair = sorted([m3, m4], key=lambda p: p['total'])
q('minzheng', 'follow-up-part', '两者中预算较少的那个，财政资金是多少万元？', {'projects': [pair[0]['code']], 'value': r4(pair[0]['fin'])},
  history=['特困人员救助供养资金和临时救助资金的预算分别是多少？'])
q('minzheng', 'spending-plan-condition', '到10月底累计支出比例至少达到九成的项目有哪些？',
  {'projects': codes(p for p in M if p['plan'] and p['plan'][9] >= 90 - EPS)})
no_name(M, '留守儿童'); assert not mentioned(M, '留守儿童')
q('minzheng', 'not-found-near-name', '农村留守儿童关爱保护资金安排了多少？', NF)
assert not mentioned(M, '冀民〔2024〕53号') and mentioned(M, '冀民〔2024〕35号')
q('minzheng', 'not-found-ref', '哪些项目依据了冀民〔2024〕53号？', NF)
assert not has_kind(m10, '成本指标')
q('minzheng', 'not-found-field', '婚姻登记服务经费的成本指标是多少？', NF)

# ================================================================== sample_minzheng (魏县人社局 + 魏县民政局) 2
SM = S + M
q('sample_minzheng', 'spending-plan-condition', '两个局中一季度末计划支出比例超过25%的项目有哪些？',
  {'projects': codes(p for p in SM if p['plan'] and p['plan'][3] > 25 + EPS)})
q('sample_minzheng', 'not-found-year', '魏县民政局2026年城乡最低生活保障资金是多少？', NF)

# ================================================================== jiaotongfx (肥乡区交通运输局 2025, 元) 9
j2 = by(J, '公交运营补贴'); j6 = by(J, '生命防护'); j1 = exact(J, '农村公路养护资金'); j4 = by(J, '执法及治超'); j5 = by(J, '站亭')
j3 = by(J, '桥梁')
q('jiaotongfx', 'per-unit', '城乡公交运营补贴资金平均每辆公交车补贴多少元？',
  {'projects': [j2['code']], 'value': r4(j2['total'] * 10000 / ind(j2, '补贴公交运营车辆')['num'])})
q('jiaotongfx', 'both-sources', '既有政府性基金又有其他资金的项目有哪些？', {'projects': codes(p for p in J if p['fund'] > 0 and p['other'] > 0)})
road = [p for p in J if p['org'] == '肥乡区农村公路养护中心']
assert len(road) == 2
q('jiaotongfx', 'exclusion-sum', '除了肥乡区农村公路养护中心负责的项目，其余项目预算合计多少元？',
  {'projects': codes(p for p in J if p not in road), 'value': r4((total(J) - total(road)) * 10000)})
assert j1['other'] == 0 and j6['other'] > 0
q('jiaotongfx', 'follow-up-switch', '它的其他资金是多少元？', {'projects': [j6['code']], 'value': r4(j6['other'] * 10000)},
  history=['农村公路养护资金的预算是多少元？', '农村公路安全生命防护工程呢？'])
no_name(J, '国省干线', '干线公路'); assert not mentioned(J, '干线')
q('jiaotongfx', 'not-found-near-name', '国省干线公路养护资金安排了多少？', NF)
assert not j4['plan']
q('jiaotongfx', 'not-found-plan', '交通运输综合行政执法及治超经费截至6月末计划累计支出多少？', NF)
assert not mentioned(J, '邯交运〔2024〕4号') and mentioned(J, '邯交运〔2025〕4号') and mentioned(J, '邯交运〔2024〕11号')
q('jiaotongfx', 'not-found-ref', '哪些项目依据了邯交运〔2024〕4号？', NF)
assert sat(j5) is None
q('jiaotongfx', 'not-found-field', '客运站及公交站亭维护改造项目的满意度目标是多少？', NF)
assert sorted(j3['plan']) == [3, 6, 9, 12]
q('jiaotongfx', 'not-found-month', '公路桥梁安全隐患排查整治项目截至4月末的累计支出计划是多少？', NF)

assert len(Q) == 80, len(Q)
with open(OUT, 'w', encoding='utf-8') as f:
    for d in Q: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print('wrote', OUT, len(Q), 'found:false', sum(1 for d in Q if d['expect'] == NF))
