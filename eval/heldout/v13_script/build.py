"""Hand-written questions; every expected value, project set and count computed from the documents as written
(the .doc read back through LibreOffice + python-docx, the sample .docx through python-docx)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract

H = extract.H
DOCS = extract.shexian()
X = DOCS['projects']
S = extract.sample()
OUT = os.path.join(H, 'heldout_v13.jsonl')

def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m]); return m[0]
def codes(ps): return sorted({p['code'] for p in ps})
def ind(p, frag):
    m = [i for i in p['indicators'] if frag in (i.get('指标内容') or i.get('三级指标'))]
    assert len(m) == 1, (p['name'], frag); return m[0]
def val(i): return i['指标值']
def nv(s): return float(re.search(r'\d+(\.\d+)?', s).group())
def sat(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    return nv(val(m[0])) if m else None
BR = str.maketrans({'〔': '(', '〕': ')', '【': '(', '】': ')', '[': '(', ']': ')', '（': '(', '）': ')'})
def norm(s): return (s or '').translate(BR)
def basis(i): return i.get('备注') or i.get('指标值确定依据') or ''
def cites(p, ref):
    ref = norm(ref)
    return ref in norm(p['name']) or any(ref in norm(basis(i)) for i in p['indicators'])
def r4(x): return round(x, 4)
def plan(p, q): return p['plan'][q]

Q = []
def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'question': question, 'store': store, 'kind': kind, 'expect': expect}
    if history: d['history'] = history
    Q.append(d)
NF = {'found': False}
ST = 'shexian'
c = lambda f: by(X, f)
tot = sum(p['wan'] for p in X)
withplan = [p for p in X if p['plan']]
BEN = '涉县科学技术局（本级）'

# ---------------- shexian ----------------
p = c('科技创新券'); q(ST, 'lookup', '科技创新券补助资金今年预算安排了多少钱？', {'projects': [p['code']], 'value': p['wan']})
p = c('农业科技园区'); q(ST, 'lookup', '现代农业科技园区建设补助资金里面其他资金是多少万元？', {'projects': [p['code']], 'value': p['other_w']})
p = c('花椒'); q(ST, 'lookup', '花椒产业技术研究院运行经费的财政拨款有多少？', {'projects': [p['code']], 'value': p['fin_w']})
p = c('科普宣传'); q(ST, 'lookup', '科普宣传及科技活动周经费一共是多少元？', {'projects': [p['code']], 'value': p['total'] if p['unit'] == '元' else p['total'] * 10000})
q(ST, 'lookup', '科普和科技活动周那个项目折合成万元是多少？', {'projects': [p['code']], 'value': r4(p['wan'])})
p = c('院士工作站'); q(ST, 'lookup', '院士工作站及省级重点实验室建设补助由哪个单位具体实施？', {'projects': [p['code']], 'contains': [p['unit_org'].replace('涉县', '')]})
p = c('科技特派员'); q(ST, 'lookup', '科技特派员农村科技服务经费打算选派多少名特派员？', {'projects': [p['code']], 'value': nv(val(ind(p, '选派科技特派员')))})
p = c('高新技术企业培育'); i = ind(p, '奖励标准')
q(ST, 'lookup', '新认定的高新技术企业，每家奖励标准是多少万元？', {'projects': [p['code']], 'value': nv(val(i))})
p = c('信息服务平台'); q(ST, 'lookup', '科技信息服务平台运维这块，故障响应时间要求多长？', {'projects': [p['code']], 'contains': [val(ind(p, '故障响应')).lstrip('≤≥=')]})
p = c('科普宣传'); q(ST, 'lookup', '今年科技活动周计划什么时间办完？', {'projects': [p['code']], 'contains': [val(ind(p, '科技活动周举办时间'))]})
p = c('科技创新券'); q(ST, 'lookup', '创新券兑付的完成时限是哪天之前？', {'projects': [p['code']], 'contains': [val(ind(p, '兑付完成时间'))]})
p = c('成果转化'); q(ST, 'lookup', '项目编码13042625P00CGZH10009W是哪个项目？', {'projects': [p['code']], 'contains': ['技术合同登记']})
assert p['code'] == '13042625P00CGZH10009W'
p = c('评价入库'); q(ST, 'lookup', '科技型中小企业评价入库奖励资金属于什么项目类型？是新增的还是延续的？', {'projects': [p['code']], 'contains': [p['type'], p['attr']]})
p = c('成果转化'); q(ST, 'lookup', '全县技术合同成交额的目标定的是多少？', {'projects': [p['code']], 'contains': [val(ind(p, '技术合同成交额')).lstrip('≥')]})
p = c('科技特派员'); q(ST, 'basis', '特派员人均工作补助这个指标值是依据哪个文件定的？', {'projects': [p['code']], 'contains': [basis(ind(p, '人均工作补助'))]})
# thresholds
q(ST, 'threshold', '资金总额在200万元以上的项目有哪些？', {'projects': codes(x for x in X if x['wan'] >= 200)})
q(ST, 'threshold', '哪些项目的资金不足50万元？', {'projects': codes(x for x in X if x['wan'] < 50)})
q(ST, 'range', '资金总额介于60万元到130万元之间的项目有哪几个？', {'projects': codes(x for x in X if 60 <= x['wan'] <= 130)})
q(ST, 'threshold', '满意度目标不低于九成的项目有哪些？', {'projects': codes(x for x in X if sat(x) is not None and sat(x) >= 90)})
q(ST, 'threshold', '满意度指标没达到90%的是哪几个项目？', {'projects': codes(x for x in X if sat(x) is not None and sat(x) < 90)})
q(ST, 'threshold', '满意度要求在百分之八十五及以下的项目有哪些', {'projects': codes(x for x in X if sat(x) is not None and sat(x) <= 85)})
s = [x for x in X if x['fin_w'] > 200]
q(ST, 'count', '财政拨款超过两百万的项目有几个？', {'projects': codes(s), 'value': len(s)})
s = [x for x in X if x['wan'] > 100]
q(ST, 'count', '资金过百万的项目一共多少个', {'projects': codes(s), 'value': len(s)})
q(ST, 'threshold', '财政拨款没超过100万元的项目都有哪些？', {'projects': codes(x for x in X if x['fin_w'] <= 100)})
ref = c('科技特派员')
q(ST, 'comparator', '哪些项目的资金总额比科技特派员农村科技服务经费还少？', {'projects': codes(x for x in X if x['wan'] < ref['wan'])})
q(ST, 'comparator', '其他资金占本项目资金总额比例超过25%的项目有哪些？', {'projects': codes(x for x in X if x['other_w'] / x['wan'] > 0.25)})
# counts
q(ST, 'count', '涉县科技局2025年一共报了几个项目？', {'value': len(X)})
s = [x for x in X if x['other_w'] > 0]
q(ST, 'count', '有几个项目除了财政拨款还有其他资金？', {'projects': codes(s), 'value': len(s)})
s = [x for x in X if x['type'] == '其他运转类']
q(ST, 'count', '项目类型为其他运转类的有多少个？', {'projects': codes(s), 'value': len(s)})
p = c('农业科技园区'); q(ST, 'count-rows', '现代农业科技园区建设补助资金一共设了多少条绩效指标？', {'projects': [p['code']], 'value': len(p['indicators'])})
q(ST, 'count-rows', '全部项目的绩效指标加起来一共有多少条？', {'value': sum(len(x['indicators']) for x in X)})
# sums / means
q(ST, 'sum', '所有项目的财政拨款加起来是多少万元？', {'value': r4(sum(x['fin_w'] for x in X))})
q(ST, 'sum', '各项目其他资金合计多少？', {'value': r4(sum(x['other_w'] for x in X))})
a, b = c('科技创新券'), c('评价入库')
q(ST, 'sum', '科技创新券和科技型中小企业入库奖励这两个项目一共多少钱？', {'projects': codes([a, b]), 'value': r4(a['wan'] + b['wan'])})
q(ST, 'mean', '平均下来每个项目的资金总额是多少万元？', {'value': r4(tot / len(X))})
s = [sat(x) for x in X if sat(x) is not None]
q(ST, 'mean', '设了满意度指标的项目，满意度目标平均是百分之多少？', {'value': r4(sum(s) / len(s))})
# top / bottom
top = sorted(X, key=lambda x: -x['wan'])
q(ST, 'top-n', '资金最多的三个项目是哪些？', {'projects': codes(top[:3])})
q(ST, 'bottom-n', '哪个项目预算最少？', {'projects': codes(top[-1:])})
q(ST, 'bottom-n', '财政拨款最少的两个项目分别是？', {'projects': codes(sorted(X, key=lambda x: x['fin_w'])[:2])})
# share / difference / ratio
p = c('农业科技园区'); q(ST, 'share', '现代农业科技园区建设补助占全局项目资金总额的百分之多少？', {'projects': [p['code']], 'value': r4(p['wan'] / tot * 100)})
q(ST, 'share', '其他资金在全部项目资金中占多大比重（百分比）？', {'value': r4(sum(x['other_w'] for x in X) / tot * 100)})
a, b = c('高新技术企业培育'), c('成果转化')
q(ST, 'difference', '高企培育奖补资金比科技成果转化奖补资金多多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
a, b = c('省级科技创新发展专项'), c('科技特派员')
q(ST, 'ratio', '省级科技创新发展专项资金是科技特派员经费的几倍？', {'projects': codes([a, b]), 'value': r4(a['wan'] / b['wan'])})
# per-unit / per-head
p = c('农业科技园区'); q(ST, 'per-unit', '园区建设补助按新建示范基地面积平均，每亩合多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] / nv(val(ind(p, '示范基地面积'))))})
p = c('科技创新券'); q(ST, 'per-unit', '创新券资金按计划发放张数算，平均每张多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] / nv(val(ind(p, '发放科技创新券数量'))))})
p = c('评价入库'); q(ST, 'per-unit', '入库奖励资金除以评价入库企业数量，每家平均多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] / nv(val(ind(p, '评价入库科技型中小企业数量'))))})
p = c('科普宣传'); q(ST, 'per-head', '科普经费平均到每个参与群众人次是多少元？', {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / nv(val(ind(p, '参与群众人次'))))})
p = c('科技特派员'); q(ST, 'per-head', '特派员经费按培训农民人次平均，每人次合多少元？', {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / nv(val(ind(p, '培训农民人次'))))})
# spending plan
p = c('科技创新券'); q(ST, 'spending-plan', '科技创新券补助资金到二季度末计划累计支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * plan(p, '2季度') / 100)})
p = c('省级科技创新发展专项'); q(ST, 'spending-plan', '冀财教【2024】158号那笔省级专项资金，三季度末累计要支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * plan(p, '3季度') / 100)})
p = c('高新技术企业培育'); q(ST, 'spending-plan', '高新技术企业培育奖补资金一季度计划支出多少？', {'projects': [p['code']], 'value': r4(p['wan'] * plan(p, '1季度') / 100)})
p = c('科普宣传'); q(ST, 'spending-plan', '科普宣传及科技活动周经费上半年末计划累计支出多少元？', {'projects': [p['code']], 'value': r4(p['wan'] * 10000 * plan(p, '2季度') / 100)})
q(ST, 'spending-plan', '有支出计划的项目到6月底累计计划支出合计多少万元？', {'value': r4(sum(x['wan'] * plan(x, '2季度') / 100 for x in withplan))})
q(ST, 'spending-plan', '按支出计划，一季度末全部项目累计要支出多少万元？', {'value': r4(sum(x['wan'] * plan(x, '1季度') / 100 for x in withplan))})
q(ST, 'spending-plan-condition', '哪些项目一季度的支出计划是0？', {'projects': codes(x for x in withplan if plan(x, '1季度') == 0)})
q(ST, 'spending-plan-condition', '二季度末累计支出进度达到50%及以上的项目有哪些？', {'projects': codes(x for x in withplan if plan(x, '2季度') >= 50)})
q(ST, 'lacking', '哪个项目没有填资金支出计划？', {'projects': codes(x for x in X if not x['plan'])})
# references
q(ST, 'policy-ref', '备注里引用了涉政办〔2024〕18号的项目有哪些？', {'projects': codes(x for x in X if cites(x, '涉政办[2024]18号'))})
q(ST, 'policy-ref', '冀科高〔2024〕5号文涉及哪几个项目？', {'projects': codes(x for x in X if cites(x, '冀科高〔2024〕5号'))})
q(ST, 'policy-ref', '冀财教〔2024〕158号对应的是哪个项目？', {'projects': codes(x for x in X if cites(x, '冀财教【2024】158号'))})
q(ST, 'policy-ref', '哪个项目的依据里有国科发火〔2016〕32号？', {'projects': codes(x for x in X if cites(x, '国科发火(2016)32号'))})
q(ST, 'partial-ref', '引用了邯科字文件的项目有哪些？', {'projects': codes(x for x in X if cites(x, '邯科字'))})
q(ST, 'partial-ref', '2024年9号文件是哪些项目的指标依据？', {'projects': codes(x for x in X if cites(x, '(2024)9号'))})
q(ST, 'law', '依据《中华人民共和国科学技术进步法》设定指标的项目有哪些？', {'projects': codes(x for x in X if cites(x, '科学技术进步法'))})
q(ST, 'law', '哪些项目的备注提到了促进科技成果转化法？', {'projects': codes(x for x in X if cites(x, '促进科技成果转化法'))})
s = [x for x in X if cites(x, '冀科高〔2024〕5号') or cites(x, '冀科农（2024）9号')]
q(ST, 'or', '引用了冀科高〔2024〕5号或者冀科农（2024）9号的项目一共有几个？', {'projects': codes(s), 'value': len(s)})
s = [x for x in X if x['unit_org'] != '涉县科技创新服务中心']
q(ST, 'exclusion', '除了科技创新服务中心实施的项目，其余项目的财政拨款合计多少万元？', {'projects': codes(s), 'value': r4(sum(x['fin_w'] for x in s))})
q(ST, 'lacking', '哪些项目没有设置满意度指标？', {'projects': codes(x for x in X if sat(x) is None)})
# structure / descriptive
p = c('院士工作站'); q(ST, 'structure', '院士工作站那个项目的指标表里都有哪些二级指标？', {'projects': [p['code']], 'contains': sorted({i['二级指标'] for i in p['indicators']})})
p = c('信息服务平台'); q(ST, 'structure', '科技信息服务平台运维经费设了哪几类一级指标？', {'projects': [p['code']], 'contains': sorted({i['一级指标'] for i in p['indicators']})})
p = c('科技特派员'); q(ST, 'descriptive', '科技特派员农村科技服务经费是干什么用的？', {'projects': [p['code']]})
p = c('院士工作站'); q(ST, 'descriptive', '院士工作站和重点实验室补助今年要达到什么目标？', {'projects': [p['code']]})
assert '创新型县' in ''.join(DOCS['paras'])
q(ST, 'descriptive', '涉县科技局2025年部门整体的总体绩效目标是什么？', {'contains': ['创新型县']})
# units / filters
q(ST, 'lookup-unit', '生产力促进中心负责实施哪些项目？', {'projects': codes(x for x in X if x['unit_org'] == '涉县生产力促进中心')})
s = [x for x in X if x['unit_org'] == BEN]
q(ST, 'lookup-unit', '局本级实施的项目资金总额合计多少万元？', {'projects': codes(s), 'value': r4(sum(x['wan'] for x in s))})
q(ST, 'filter', '今年新增的项目是哪几个？', {'projects': codes(x for x in X if x['attr'] == '新增项目')})
# follow-ups
p = c('成果转化'); q(ST, 'follow-up', '它的技术合同登记数量目标是多少项？', {'projects': [p['code']], 'value': nv(val(ind(p, '技术合同登记数量')))}, history=['科技成果转化及技术合同登记奖补资金安排了多少？'])
p = c('花椒'); q(ST, 'follow-up', '这个项目的其他资金有多少？', {'projects': [p['code']], 'value': p['other_w']}, history=['花椒产业技术研究院运行经费由哪个单位实施？'])
s = [x for x in X if x['wan'] >= 200]
q(ST, 'follow-up', '这些项目的财政拨款合计是多少？', {'projects': codes(s), 'value': r4(sum(x['fin_w'] for x in s))}, history=['资金总额在200万元以上的项目有哪些？'])
p = c('科普宣传'); q(ST, 'follow-up', '那到三季度末计划累计支出多少元？', {'projects': [p['code']], 'value': r4(p['wan'] * 10000 * plan(p, '3季度') / 100)}, history=['科普宣传及科技活动周经费是多少元？'])
# not found
q(ST, 'not-found', '涉县科技局2024年的科技创新券补助资金是多少？', NF)
q(ST, 'not-found', '武安市科学技术局有哪些项目？', NF)
q(ST, 'not-found', '哪些项目引用了冀科高〔2023〕5号？', NF)
q(ST, 'not-found', '科技馆免费开放补助资金安排了多少？', NF)
q(ST, 'not-found', '邯科字〔2025〕7号涉及哪些项目？', NF)
q(ST, 'not-found', '科技局在编人数是多少？', NF)
q(ST, 'not-found', '科技局今年的三公经费预算是多少？', NF)
q(ST, 'not-found', '科技创新券补助资金的项目负责人是谁，联系电话多少？', NF)
NS = len(Q)

# ---------------- shexian_sample ----------------
CS = 'shexian_sample'
W = S
q(CS, 'count', '涉县科技局和魏县人社局的项目加起来一共有多少个？', {'value': len(X) + len(W)})
q(CS, 'bottom-n', '两个单位所有项目里，资金最少的是哪个项目？', {'projects': codes(sorted(X + W, key=lambda x: x['wan'])[:1])})
q(CS, 'scoping', '涉县科技局资金最多的项目是哪个？', {'projects': codes(top[:1])})
p = by(W, '社会保障工作经费'); q(CS, 'scoping', '魏县人社局的社会保障工作经费预算是多少？', {'projects': [p['code']], 'value': p['wan']})
s = [x for x in X if x['attr'] == '新增项目']
q(CS, 'scoping', '涉县科学技术局有几个新增项目？', {'projects': codes(s), 'value': len(s)})
q(CS, 'scoping', '涉县科技局平均每个项目多少万元？', {'value': r4(tot / len(X))})
ref = by(W, '城乡居民基本养老保险（基础养老金')
q(CS, 'cross-department', '涉县科技局全部项目资金合计比魏县人社局城乡居民基本养老保险（基础养老金补助和缴费补贴）少多少万元？', {'value': r4(ref['wan'] - tot)})
ref = by(W, '社会保障工作经费')
q(CS, 'comparator', '涉县科技局哪些项目的资金总额超过了魏县人社局社会保障工作经费的预算数？', {'projects': codes(x for x in X if x['wan'] > ref['wan'])})
q(CS, 'threshold', '魏县人社局预算在1000万元以上的项目有哪些？', {'projects': codes(x for x in W if x['wan'] >= 1000)})
q(CS, 'policy-ref', '冀财社【2024】136号涉及哪些项目？', {'projects': codes(x for x in X + W if cites(x, '冀财社【2024】136号'))})
q(CS, 'partial-ref', '引用冀科高文件的项目有哪些？', {'projects': codes(x for x in X + W if cites(x, '冀科高'))})
q(CS, 'sum', '涉县科技局所有项目的其他资金合计多少万元？', {'value': r4(sum(x['other_w'] for x in X))})
q(CS, 'sum', '两个部门所有项目的资金合计是多少万元？', {'value': r4(tot + sum(x['wan'] for x in W))})
q(CS, 'lacking', '涉县科技局哪些项目没设满意度指标？', {'projects': codes(x for x in X if sat(x) is None)})
p = by(W, '公共实训基地')
wp = dict(p['plan']); last = None
for k in ['3月底', '6月底', '10月底', '12月底']:
    if wp.get(k) is None: wp[k] = last
    last = wp[k]
q(CS, 'spending-plan', '魏县人社局公共实训基地县级配套到二季度末累计计划支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * wp['6月底'] / 100)})
q(CS, 'spending-plan-condition', '两个部门里一季度计划支出为零的项目有哪些？', {'projects': codes([x for x in withplan if plan(x, '1季度') == 0] + [x for x in W if x['plan'].get('3月底') == 0])})
a, b = c('科技创新券'), by(W, '2025年创业扶持资金')
q(CS, 'follow-up', '涉县科技局的科技创新券补助资金比它多多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])}, history=['魏县人社局2025年创业扶持资金是多少？'])
s = [x for x in X + W if sat(x) is not None and sat(x) >= 90]
q(CS, 'count', '两个部门满意度目标在90%及以上的项目一共有多少个？', {'projects': codes(s), 'value': len(s)})
s = [x for x in X if x['type'] == '其他运转类']
q(CS, 'scoping', '涉县科技局的项目里哪些是其他运转类？', {'projects': codes(s)})
q(CS, 'law', '两个部门中依据《中华人民共和国科学技术普及法》设定指标的项目有哪些？', {'projects': codes(x for x in X + W if cites(x, '科学技术普及法'))})
q(CS, 'top-n', '两个部门合在一起，资金最多的两个项目是哪两个？', {'projects': codes(sorted(X + W, key=lambda x: -x['wan'])[:2])})
q(CS, 'not-found', '魏县科学技术局有哪些项目？', NF)
q(CS, 'not-found', '涉县人社局的社会保障工作经费是多少？', NF)

with open(OUT, 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
from collections import Counter
print(len(Q), 'shexian', NS, 'shexian_sample', len(Q) - NS)
print(Counter(d['kind'] for d in Q).most_common())
