"""Hand-written questions for probe_v56; every expected value, project set and count computed from the parsed documents."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import extract

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DEV))
DOC = os.path.join(DEV, 'docs', 'ningjin-2025.xlsx')
SAMPLE = os.path.join(ROOT, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
OUT = os.path.join(DEV, 'probe_v56.jsonl')

N, SUMMARY, PROSE = extract.ningjin(DOC)
S = extract.sample(SAMPLE)

def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m]); return m[0]
def codes(ps): return sorted(p['code'] for p in ps)
def ind(p, frag):
    m = [i for i in p['indicators'] if frag in i['三级指标']]
    assert len(m) == 1, (p['name'], frag, len(m)); return m[0]
def val(i): return extract.num(i['指标值'])
def sat(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    return val(m[0]) if m else None
def norm(s): return re.sub(r'[【\[（(]', '〔', re.sub(r'[】\]）)]', '〕', s or ''))
def basis(i): return i.get('指标值确定依据') or ''
def cites(p, ref):
    ref = norm(ref)
    return ref in norm(p['name']) or any(ref in norm(basis(i)) for i in p['indicators'])
def r4(x): return round(x, 4)
def upto(p, q): return sum(p['plan_w'][:q])            # cumulative plan to end of quarter q, 万元
def upto_raw(p, q): return sum(p['plan_raw'][:q])

Q = []
def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'store': store, 'kind': kind, 'question': question, 'expect': expect}
    if history: d['history'] = history
    Q.append(d)
NF = {'found': False}
ST, MX = 'ningjin', 'ningjin_sample'
n = lambda f: by(N, f)
s = lambda f: by(S, f)
TOT = sum(p['wan'] for p in N)
PL = [p for p in N if p['plan_w'] is not None]

# ---------------- ningjin (41) and ningjin_sample (19), scoped questions marked MX ----------------
p = n('残疾儿童康复救助'); q(ST, 'lookup', '残疾儿童康复救助经费今年预算是多少万元？', {'projects': [p['code']], 'value': p['wan']})
p = n('阳光家园'); q(ST, 'lookup', '阳光家园计划托养服务补贴年度预算金额是多少元？', {'projects': [p['code']], 'value': p['total']})
q(ST, 'lookup', '托养服务补贴那个项目折成万元是多少？', {'projects': [p['code']], 'value': r4(p['wan'])})
p = n('服药救助'); q(ST, 'lookup-unit', '精神残疾人服药救助这个项目是哪个单位负责实施的？', {'projects': [p['code']], 'contains': [p['org']]})
p = n('两项') if any('两项' in x['name'] for x in N) else n('困难残疾人生活补贴')
q(ST, 'lookup', '困难残疾人生活补贴今年计划发给多少人？', {'projects': [p['code']], 'value': val(ind(p, '困难残疾人生活补贴发放人数'))})
q(ST, 'lookup', '两项补贴配套资金项目中，“补贴对象满意度”这条指标的分值是几分？', {'projects': [p['code']], 'value': extract.num(ind(p, '补贴对象满意度')['分值'])})
p = n('残疾人之家'); q(ST, 'lookup', '乡镇残疾人之家运营补助里政府性基金安排了多少？', {'projects': [p['code']], 'value': p['fund']})
q(ST, 'threshold', '年度预算金额在150万元及以上的项目有哪些？', {'projects': codes(x for x in N if x['wan'] >= 150)})
q(ST, 'threshold', '哪些项目预算还不足五十万元？', {'projects': codes(x for x in N if x['wan'] < 50)})
q(MX, 'range', '宁晋县残联预算介于100万元和300万元之间的项目是哪几个？', {'projects': codes(x for x in N if 100 <= x['wan'] <= 300)})
q(ST, 'threshold', '满意度目标高于百分之九十的项目有哪些？', {'projects': codes(x for x in N if sat(x) is not None and sat(x) > 90)})
q(ST, 'threshold', '满意度目标没达到0.9的是哪个项目？', {'projects': codes(x for x in N if sat(x) is not None and sat(x) < 90)})
t = [x for x in N if x['other'] > 0]
q(ST, 'count', '有几个项目用了其他资金（自筹、捐赠之类）？', {'projects': codes(t), 'value': len(t)})
q(ST, 'count', '残联今年一共报了多少个项目的绩效目标？', {'value': len(N)})
q(ST, 'count-rows', '所有项目加起来一共设置了多少条绩效指标？', {'value': sum(len(x['indicators']) for x in N)})
q(ST, 'sum', '各项目的一般公共预算资金合计多少万元？', {'value': r4(sum(x['gp'] for x in N))})
t = [x for x in N if x['org'] == '宁晋县残疾人康复中心']
q(ST, 'lookup-unit', '县残疾人康复中心实施的项目资金一共多少万元？', {'projects': codes(t), 'value': r4(sum(x['wan'] for x in t))})
q(ST, 'mean', '平均每个项目的预算是多少万元？', {'value': r4(TOT / len(N))})
p = n('困难残疾人生活补贴'); q(ST, 'share', '两项补贴县级配套资金占全部项目资金的百分之几？', {'projects': [p['code']], 'value': r4(p['wan'] / TOT * 100)})
a, b = n('残疾儿童康复救助'), n('辅助器具'); q(MX, 'difference', '宁晋残联的残疾儿童康复救助经费比辅助器具适配补贴多多少万元？', {'projects': codes([a, b]), 'value': r4(a['wan'] - b['wan'])})
a, b = n('困难残疾人生活补贴'), n('残疾人之家'); q(ST, 'ratio', '两项补贴配套资金是乡镇残疾人之家运营补助的几倍？', {'projects': codes([a, b]), 'value': r4(a['wan'] / b['wan'])})
p = n('残疾儿童康复救助'); q(ST, 'per-unit', '残疾儿童康复救助经费按救助人数算，每个孩子平均多少元？', {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / val(ind(p, '救助残疾儿童人数')))})
p = n('无障碍改造'); q(ST, 'per-unit', '无障碍改造补助资金平均到每户是多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] / val(ind(p, '无障碍改造户数')))})
p = n('评定体检'); q(ST, 'per-unit', '残疾评定体检经费按体检人数平均，每人合多少元？', {'projects': [p['code']], 'value': r4(p['wan'] * 10000 / val(ind(p, '残疾评定体检人数')))})
p = n('困难残疾人生活补贴'); q(ST, 'spending-plan', '两项补贴配套资金到6月底累计计划支出多少万元？', {'projects': [p['code']], 'value': r4(upto(p, 2))})
p = n('无障碍改造'); q(ST, 'spending-plan', '无障碍改造那个项目截至三季度末累计要花出去多少万元？', {'projects': [p['code']], 'value': r4(upto(p, 3))})
p = n('阳光家园'); q(ST, 'spending-plan', '阳光家园托养补贴上半年计划用款多少元？', {'projects': [p['code']], 'value': r4(upto_raw(p, 2))})
q(ST, 'spending-plan', '有分季度支出计划的项目，到二季度末合计计划支出多少万元？', {'projects': codes(PL), 'value': r4(sum(upto(x, 2) for x in PL))})
q(ST, 'spending-plan-condition', '一季度没安排支出的项目有哪些？', {'projects': codes(x for x in PL if x['plan_w'][0] == 0)})
q(ST, 'spending-plan-condition', '上半年计划支出达到全年预算一半及以上的项目有哪些？', {'projects': codes(x for x in PL if upto(x, 2) >= 0.5 * x['wan'] - 1e-9)})
q(ST, 'policy-ref', '指标依据里用了冀残联〔2024〕15号文的项目有哪些？', {'projects': codes(x for x in N if cites(x, '冀残联〔2024〕15号'))})
q(ST, 'partial-ref', '引用了邢残联文件的是哪些项目？', {'projects': codes(x for x in N if cites(x, '邢残联'))})
q(MX, 'partial-ref', '宁晋那边2024年86号文件对应的是哪个项目？', {'projects': codes(x for x in N if cites(x, '〔2024〕86号'))})
q(ST, 'law', '哪些项目把《残疾人保障法》作为指标值确定依据？', {'projects': codes(x for x in N if cites(x, '残疾人保障法'))})
t = [x for x in N if cites(x, '冀财社〔2024〕141号') or cites(x, '邢残联〔2025〕3号')]
q(ST, 'or', '引用冀财社〔2024〕141号或者邢残联〔2025〕3号的项目一共几个？', {'projects': codes(t), 'value': len(t)})
q(ST, 'lacking', '哪个项目没有设置满意度指标？', {'projects': codes(x for x in N if sat(x) is None)})
q(MX, 'lacking', '宁晋县残联哪些项目没填分季度支出计划？', {'projects': codes(x for x in N if x['plan_w'] is None)})
p = n('困难残疾人生活补贴'); t = [x for x in N if x is not p]
q(ST, 'exclusion', '除去两项补贴配套资金，其他项目的预算加起来是多少万元？', {'projects': codes(t), 'value': r4(sum(x['wan'] for x in t))})
rk = sorted(N, key=lambda x: -x['wan'])
q(ST, 'top-n', '预算金额排前三的项目是哪几个？', {'projects': codes(rk[:3])})
q(ST, 'bottom-n', '资金量最小的两个项目是哪两个？', {'projects': codes(rk[-2:])})
# ---------------- ningjin (continued, 8 more) ----------------
t = [x for x in N if any(i['一级指标'] == '成本指标' and i['度量单位'] == '万元' and abs(val(i) - x['wan']) > 1e-6 for i in x['indicators'])]
q(MX, 'cost-vs-budget', '宁晋县残联有没有哪个项目的成本指标金额和它的预算对不上？', {'projects': codes(t)})
p = n('残疾人之家'); q(MX, 'count-rows', '宁晋县残联的乡镇残疾人之家运营补助有几条定性指标？', {'projects': [p['code']], 'value': sum(1 for i in p['indicators'] if i['指标性质'] == '定性')})
q(MX, 'filter', '宁晋县残联今年新增的项目有哪些？', {'projects': codes(x for x in N if x['attr'] == '新增项目')})
p = n('辅助器具'); q(MX, 'descriptive', '残联的辅助器具适配补贴经费主要用来干什么？', {'projects': [p['code']], 'contains': ['轮椅', '助听器']})
assert all(w in p['use'] for w in ['轮椅', '助听器'])
p = n('阳光家园'); q(ST, 'follow-up', '它的人均托养补贴标准是多少元？', {'projects': [p['code']], 'value': val(ind(p, '人均托养补贴标准'))}, history=['阳光家园计划托养服务补贴由哪个单位实施？'])
p = n('残疾儿童康复救助'); q(MX, 'follow-up', '定点康复机构安排了几家？', {'projects': [p['code']], 'value': val(ind(p, '定点康复机构数量'))}, history=['宁晋县残联的残疾儿童康复救助经费预算是多少？'])
t = [x for x in N if x['attr'] == '新增项目']
q(MX, 'follow-up', '这几个项目预算加起来多少万元？', {'projects': codes(t), 'value': r4(sum(x['wan'] for x in t))}, history=['宁晋县残联今年有哪些新增项目？'])
q(ST, 'not-found', '宁晋县残联2024年的残疾儿童康复救助经费是多少？', NF)
q(ST, 'not-found', '宁晋县民政局今年有哪些项目？', NF)
q(ST, 'not-found', '哪些项目引用了冀残联〔2023〕15号？', NF)
q(ST, 'not-found', '残疾人机动轮椅车燃油补贴安排了多少钱？', NF)
# ---------------- ningjin_sample (9) ----------------
q(MX, 'count', '宁晋县残联和魏县人社局一共有多少个项目？', {'value': len(N) + len(S)})
q(MX, 'top-n', '两个部门的所有项目里，预算最多的是哪个？', {'projects': codes(sorted(N + S, key=lambda x: -x['wan'])[:1])})
p = n('残疾人之家'); q(MX, 'scoping', '宁晋县残联的乡镇残疾人之家运营补助是多少万元？', {'projects': [p['code']], 'value': p['wan']})
a, b = s('社会保障工作经费'), n('残疾儿童康复救助')
q(MX, 'cross-department', '宁晋残联的残疾儿童康复救助经费比魏县人社局的社会保障工作经费多多少万元？', {'projects': codes([a, b]), 'value': r4(b['wan'] - a['wan'])})
ref = s('社会保障工作经费')
q(MX, 'comparator', '宁晋县残联哪些项目的预算低于魏县人社局社会保障工作经费的预算数？', {'projects': codes(x for x in N if x['wan'] < ref['wan'])})
q(MX, 'partial-ref', '两个部门中，项目名称或指标依据里出现冀财社文件的项目有哪些？', {'projects': codes(x for x in N + S if cites(x, '冀财社'))})
q(MX, 'not-found', '魏县残疾人联合会有哪些项目？', NF)
p = s('社会保障工作经费'); q(MX, 'spending-plan', '魏县人社局社会保障工作经费到6月底累计计划支出多少万元？', {'projects': [p['code']], 'value': r4(p['wan'] * p['plan']['6月底'] / 100)})
q(MX, 'not-found', '宁晋县人社局的社会保障工作经费是多少？', NF)
assert len(Q) == 60, len(Q)

with open(OUT, 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print('wrote', OUT, len(Q))
