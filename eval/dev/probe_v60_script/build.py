"""Hand-written questions; every expected value, project set and count computed from the records extract.py
reads back out of docs/shenji-2025.xlsx and the sample .docx. Writes eval/dev/probe_v60.jsonl."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract

H = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
R = os.path.join(H, '..', '..')
XLSX = os.path.join(H, 'docs', 'shenji-2025.xlsx')
SAMPLE = os.path.join(R, 'data', 'samples', 'weixian-rsj-2025-jixiao-mubiao.docx')
OUT = os.path.join(H, 'probe_v60.jsonl')
DEPT, C = extract.shenji(XLSX)
S = extract.sample(SAMPLE)


def by(recs, frag):
    m = [p for p in recs if frag in p['name']]
    assert len(m) == 1, (frag, [p['name'] for p in m])
    return m[0]


def codes(ps): return sorted(p['code'] for p in ps)


def ind(p, frag):
    m = [i for i in p['indicators'] if frag in i['三级指标']]
    assert len(m) == 1, (p['name'], frag)
    return m[0]


def nv(s):
    return float(re.search(r'\d+(\.\d+)?', str(s)).group())


def sat(p):
    m = [i for i in p['indicators'] if i['一级指标'] == '满意度指标']
    return nv(m[0]['指标值']) if m else None


BR = str.maketrans({'【': '〔', '】': '〕', '[': '〔', ']': '〕', '（': '〔', '）': '〕', '(': '〔', ')': '〕'})


def norm(s): return (s or '').translate(BR)


def cites(p, ref):
    ref = norm(ref)
    return ref in norm(p['name']) or any(ref in norm(i.get('指标值设定依据') or i.get('指标值确定依据')) for i in p['indicators'])


def laws(p):
    out = set()
    for i in p['indicators']:
        for t in re.findall(r'《([^》]+)》', i.get('指标值设定依据') or i.get('指标值确定依据') or ''):
            out.add(t.replace('中华人民共和国', '', 1))
    return out


def r2(x): return round(x, 4)


Q = []


def q(store, kind, question, expect, history=None):
    d = {'id': 'q%03d' % (len(Q) + 1), 'question': question, 'expect': expect, 'store': store, 'kind': kind}
    if history:
        d['history'] = history
    Q.append(d)


NF = {'found': False}
ST = 'shenji'
c = lambda f: by(C, f)
tot = sum(p['wan'] for p in C)
QS = extract.QUARTERS  # 第一季度末 … 第四季度末 (cumulative)

# ---------------- shenji (45) ----------------
p = c('政府投资项目审计中介'); q(ST, 'lookup', '政府投资项目审计中介服务费今年预算安排了多少万元？', {'projects': [p['code']], 'value': p['wan']})
p = c('大数据审计平台'); q(ST, 'lookup', '大数据审计平台二期建设的项目负责人是谁？', {'projects': [p['code']], 'contains': [p['leader']]})
p = c('培训经费'); q(ST, 'lookup', '审计业务能力提升培训经费的年度资金总额是多少元？', {'projects': [p['code']], 'value': p['total']})
q(ST, 'lookup', '审计培训经费折合成万元是多少？', {'projects': [p['code']], 'value': r2(p['wan'])})
p = c('自然资源资产'); q(ST, 'lookup', '领导干部自然资源资产离任审计那个项目，上级补助资金有多少万元？', {'projects': [p['code']], 'value': p['up_w']})
p = c('档案数字化'); q(ST, 'lookup', '审计档案数字化加工计划加工多少万页档案？', {'projects': [p['code']], 'value': nv(ind(p, '加工量')['指标值'])})
p = c('大数据审计平台'); q(ST, 'lookup', '大数据审计平台二期要求什么时候上线运行？', {'projects': [p['code']], 'contains': [ind(p, '上线')['指标值']]})
q(ST, 'threshold', '年度资金总额在100万元以上的项目有哪些？', {'projects': codes(x for x in C if x['wan'] >= 100)})
q(ST, 'threshold', '满意度目标不低于九成的项目都有哪些？', {'projects': codes(x for x in C if sat(x) is not None and sat(x) >= 90)})
q(ST, 'threshold', '哪些项目的满意度指标值未达到90%？', {'projects': codes(x for x in C if sat(x) is not None and sat(x) < 90)})
q(ST, 'range', '资金总额介于50万元到100万元之间的项目有哪几个？', {'projects': codes(x for x in C if 50 <= x['wan'] <= 100)})
s = [x for x in C if x['up_w'] > 0]
q(ST, 'count', '有几个项目用到了上级补助资金？', {'projects': codes(s), 'value': len(s)})
s = [x for x in C if x['cat'] == '特定目标类']
q(ST, 'sum', '特定目标类项目的资金加起来一共多少万元？', {'projects': codes(s), 'value': r2(sum(x['wan'] for x in s))})
sv = [sat(x) for x in C if sat(x) is not None]
q(ST, 'mean', '设置了满意度指标的项目，满意度目标平均是多少？', {'value': r2(sum(sv) / len(sv))})
p = c('大数据审计平台'); q(ST, 'share', '大数据审计平台（二期）建设的资金占全局项目资金总额的百分之多少？', {'projects': [p['code']], 'value': r2(p['wan'] / tot * 100)})
a, b = c('政府投资项目审计中介'), c('经济责任审计专项')
q(ST, 'difference', '政府投资项目审计中介服务费比经济责任审计专项经费多出多少万元？', {'projects': codes([a, b]), 'value': r2(a['wan'] - b['wan'])})
p = c('培训经费'); q(ST, 'per-unit', '审计业务培训平均到每个培训人次花多少元？', {'projects': [p['code']], 'value': r2(p['wan'] * 10000 / nv(ind(p, '培训人次')['指标值']))})
p = c('经济责任审计专项'); q(ST, 'per-head', '经济责任审计专项经费按计划审计的领导干部人数算，人均多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] / nv(ind(p, '领导干部人数')['指标值']))})
p = c('政府投资项目审计中介'); q(ST, 'spending-plan', '政府投资项目审计中介服务费到6月底累计计划支出多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] * p['plan'][QS[1]] / 100)})
p = c('自然资源资产'); q(ST, 'spending-plan', '自然资源资产离任审计专项经费到三季度末累计要支出多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] * p['plan'][QS[2]] / 100)})
p = c('特约审计员'); q(ST, 'spending-plan', '特约审计员及审计专家咨询费截至9月底计划累计支出多少万元？', {'projects': [p['code']], 'value': r2(p['wan'] * p['plan'][QS[2]] / 100)})
q(ST, 'spending-plan', '按实施进度计划，所有项目到上半年末累计支出多少万元？', {'value': r2(sum(x['wan'] * x['plan'][QS[1]] / 100 for x in C))})
q(ST, 'spending-plan-condition', '一季度末计划支出比例低于20%的项目有哪些？', {'projects': codes(x for x in C if x['plan'][QS[0]] < 20)})
q(ST, 'policy-ref', '冀审发〔2024〕5号文件被哪些项目作为指标设定依据？', {'projects': codes(x for x in C if cites(x, '冀审发〔2024〕5号'))})
q(ST, 'partial-ref', '有哪些项目引用了邯审办字的文件？', {'projects': codes(x for x in C if cites(x, '邯审办字'))})
q(ST, 'partial-ref', '2025年3号文涉及哪些项目？', {'projects': codes(x for x in C if cites(x, '〔2025〕3号'))})
q(ST, 'law', '哪些项目的指标依据里引用了《审计法》？', {'projects': codes(x for x in C if '审计法' in laws(x))})
s = [x for x in C if '政府采购法' in laws(x) or cites(x, '丛政办〔2024〕31号')]
q(ST, 'or', '依据《中华人民共和国政府采购法》或者丛政办（2024）31号的项目一共几个？', {'projects': codes(s), 'value': len(s)})
q(ST, 'lacking', '哪个项目没有设置满意度指标？', {'projects': codes(x for x in C if sat(x) is None)})
s = [x for x in C if x['org'] != '邯郸市丛台区政府投资审计中心']
q(ST, 'exclusion', '除了政府投资审计中心实施的项目，其余项目的资金总额合计多少万元？', {'projects': codes(s), 'value': r2(sum(x['wan'] for x in s))})
p = c('大数据审计平台'); q(ST, 'count-rows', '大数据审计平台二期一共设了多少条三级指标？', {'projects': [p['code']], 'value': len(p['indicators'])})
top = sorted(C, key=lambda x: -x['wan'])
assert top[2]['wan'] > top[3]['wan'] and top[-2]['wan'] < top[-3]['wan']
q(ST, 'top-n', '资金规模排前三的项目是哪几个？', {'projects': codes(top[:3])})
q(ST, 'bottom-n', '资金最少的两个项目是哪两个？', {'projects': codes(top[-2:])})
s = [x for x in C if x['org'] == '邯郸市丛台区经济责任审计中心']
q(ST, 'lookup-unit', '经济责任审计中心实施的项目资金一共多少万元？', {'projects': codes(s), 'value': r2(sum(x['wan'] for x in s))})
p = c('整改跟踪督查'); q(ST, 'follow-up', '它的审计整改完成率目标定的是多少？', {'projects': [p['code']], 'contains': [str(int(nv(ind(p, '整改完成率')['指标值'])))]},
                      history=['审计整改跟踪督查经费安排了多少钱？'])
p = c('经济责任审计专项'); q(ST, 'follow-up', '那这个项目计划审计多少名领导干部？', {'projects': [p['code']], 'value': nv(ind(p, '领导干部人数')['指标值'])},
                         history=['经济责任审计专项经费由哪个单位实施？'])
m = re.search(r'审计项目不少于(\d+)个', DEPT['年度总体目标'])
q(ST, 'descriptive', '审计局部门整体目标里，全年计划完成多少个审计项目？', {'contains': [m.group(1)]})
q(ST, 'comparator', '年度资金总额没超过35.8万元的项目有哪些？', {'projects': codes(x for x in C if x['wan'] <= 35.8)})


def zg(p):
    return [nv(i['指标值']) for i in p['indicators'] if '整改' in i['三级指标'] and i['三级指标'].endswith('率')]


q(ST, 'filter', '哪些项目的整改类指标（整改率、整改完成率）目标值在90%及以上？', {'projects': codes(x for x in C if any(v >= 90 for v in zg(x)))})
q(ST, 'not-found', '丛台区审计局2024年的政府投资项目审计中介服务费是多少？', NF)
q(ST, 'not-found', '邯郸市丛台区财政局今年有哪些项目？', NF)
q(ST, 'not-found', '哪些项目引用了冀审发〔2023〕5号？', NF)
q(ST, 'not-found', '审计执法车辆购置经费安排了多少钱？', NF)
q(ST, 'not-found', '邯审办字〔2024〕13号涉及哪些项目？', NF)
q(ST, 'not-found', '审计局的在编人数是多少？', NF)
assert len(Q) == 45, len(Q)

# ---------------- shenji_sample (15) ----------------
CS = 'shenji_sample'
ALL = C + S
q(CS, 'count', '丛台区审计局和魏县人社局的项目一共有多少个？', {'value': len(ALL)})
lo = sorted(ALL, key=lambda x: x['wan'])
assert lo[0]['wan'] < lo[1]['wan']
q(CS, 'bottom-n', '两个单位所有项目里，资金最少的是哪个项目？', {'projects': codes(lo[:1])})
hs = sorted((x for x in C if sat(x) is not None), key=lambda x: -sat(x))
assert sat(hs[0]) > sat(hs[1])
q(CS, 'scoping', '丛台区审计局的项目里，满意度目标最高的是哪个？', {'projects': codes(hs[:1])})
p = by(S, '社会保障工作经费'); q(CS, 'follow-up', '魏县人社局那边的社会保障工作经费呢？', {'projects': [p['code']], 'value': p['wan']},
                             history=['丛台区审计局的经济责任审计专项经费是多少？'])
a, b = by(S, '公共实训基地'), c('大数据审计平台')
q(CS, 'cross-department', '魏县人社局的公共实训基地县级配套比丛台区审计局的大数据审计平台二期多多少万元？', {'projects': codes([a, b]), 'value': r2(a['wan'] - b['wan'])})
ref = by(S, '社会保障工作经费')
q(CS, 'comparator', '丛台区审计局哪些项目的资金比魏县人社局的社会保障工作经费还多？', {'projects': codes(x for x in C if x['wan'] > ref['wan'])})
q(CS, 'sum', '丛台区审计局所有项目的资金合计是多少万元？', {'value': r2(tot)})
q(CS, 'threshold', '魏县人社局预算超过5000万元的项目有哪些？', {'projects': codes(x for x in S if x['wan'] > 5000)})
q(CS, 'policy-ref', '冀财社【2024】136号涉及哪些项目？', {'projects': codes(x for x in ALL if cites(x, '冀财社【2024】136号'))})
q(CS, 'partial-ref', '引用了冀审发文件的项目有哪些？', {'projects': codes(x for x in ALL if cites(x, '冀审发'))})
q(CS, 'threshold', '两个单位里满意度目标在95%及以上的项目有哪些？', {'projects': codes(x for x in ALL if sat(x) is not None and sat(x) >= 95)})
sv = [sat(x) for x in S if sat(x) is not None]
q(CS, 'mean', '魏县人社局各项目的满意度目标平均是多少？', {'value': r2(sum(sv) / len(sv))})
q(CS, 'spending-plan', '丛台区审计局全部项目到三季度末计划累计支出多少万元？', {'value': r2(sum(x['wan'] * x['plan'][QS[2]] / 100 for x in C))})
q(CS, 'not-found', '邯郸市丛台区人力资源和社会保障局有哪些项目？', NF)
q(CS, 'not-found', '魏县审计局的经济责任审计专项经费是多少？', NF)
assert len(Q) == 60, len(Q)

if __name__ == '__main__':
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(len(Q), 'questions ->', os.path.normpath(OUT))
