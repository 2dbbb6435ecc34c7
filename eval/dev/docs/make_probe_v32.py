"""Build eval/dev/probe_v32.jsonl: 90 blind probe questions, expectations computed from the .docx tables.
Run from the repository root: .venv/bin/python eval/dev/docs/make_probe_v32.py"""
import docx, glob, json, re, os

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
FILES = {'sample': ['data/samples/weixian-rsj-2025-jixiao-mubiao.docx'],
         'other': ['tests/data/other-department.docx'],
         'county': sorted(os.path.relpath(f, ROOT) for f in glob.glob(os.path.join(ROOT, 'tests/data/county/*.docx')))}
FILES['both'] = FILES['sample'] + FILES['other']


def rows(t):
    out = []
    for r in t.rows:
        cells, prev = [], None
        for c in r.cells:
            if prev is not None and c._tc is prev:
                continue
            prev = c._tc
            cells.append(c.text.strip())
        out.append(cells)
    return out


def num(s):
    try:
        return float((s or '').replace(',', '').strip())
    except ValueError:
        return None


def parse(f):
    d = docx.Document(os.path.join(ROOT, f))
    projs, unit, cur = [], '万元', None
    for t in d.tables:
        R = rows(t)
        if len(R) == 1 and any('单位：' in c for c in R[0]):
            unit = [c for c in R[0] if '单位：' in c][0].split('单位：')[1].strip()
            continue
        if R[0][0] == '项目编码':
            cur = dict(file=f, code=R[0][1], name=R[0][3], unit=unit, plan=None, ind=[], usage='', goal='')
            for r in R[1:]:
                if '预算数' in r or '资金总额' in r:
                    k = '预算数' if '预算数' in r else '资金总额'
                    cur['budget'] = num(r[r.index(k) + 1])
                    fk = [c for c in r if c in ('其中：财政资金', '财政拨款')][0]
                    cur['fiscal'] = num(r[r.index(fk) + 1])
                    j = r.index('其他资金') + 1
                    cur['other'] = num(r[j]) if j < len(r) else None
                elif r[0].startswith('资金支出计划') and '%' in r[1]:
                    cur['plan'] = [r[i] for i in range(1, 5)]
            projs.append(cur)
            continue
        if R[0][0] == '一级指标':
            h = R[0]
            col = lambda *ns: next(h.index(n) for n in ns if n in h)
            i3, iv, ib = col('三级指标', '指标内容'), col('指标值'), col('指标值确定依据', '备注')
            for r in R[1:]:
                cur['ind'].append(dict(l1=r[0], l2=r[1], l3=r[i3], val=r[iv], basis=r[ib]))
    k = lambda x: (x or 0) / 10000 if unit == '元' else (x or 0)
    for p in projs:
        k = (lambda x: (x or 0) / 10000) if p['unit'] == '元' else (lambda x: (x or 0))
        p['wan'], p['fwan'], p['owan'] = k(p['budget']), k(p['fiscal']), k(p['other'])
        p['year'] = re.search(r'20\d\d', os.path.basename(f)).group(0) if re.search(r'20\d\d', os.path.basename(f)) else '2025'
        p['dept'] = os.path.basename(f).split('-')[0]
    return projs


S = {s: [p for f in FILES[s] for p in parse(f)] for s in FILES}


def pct(v):
    m = re.search(r'(\d+(?:\.\d+)?)%', v)
    return float(m.group(1)) if m else None


def cum(plan, i):
    """cumulative spending-plan percentage at column i (0=3月底 … 3=12月底); blank after 100% means 100."""
    best = 0.0
    for x in plan[:i + 1]:
        if pct(x) is not None:
            best = pct(x)
    return best


def sat(p):
    return [pct(i['val']) for i in p['ind'] if i['l1'].startswith('满意度') and pct(i['val']) is not None]


def rows_of(p, l2):
    return [i for i in p['ind'] if i['l2'].startswith(l2)]


def cost_wan(p):
    out = []
    for i in rows_of(p, '成本'):
        m = re.search(r'(\d+(?:\.\d+)?)(万元|元)', i['val'])
        if m:
            out.append(float(m.group(1)) / (10000 if m.group(2) == '元' else 1))
    return out


def C(s, pred):
    return sorted({p['code'] for p in S[s] if pred(p)})


def code(s, frag):
    hits = sorted({p['code'] for p in S[s] if p['code'].endswith(frag) or frag == p['name']})
    assert len(hits) == 1, (s, frag, hits)
    return hits[0]


def one(s, frag, year=None):
    c = code(s, frag)
    ps = [p for p in S[s] if p['code'] == c and (year is None or p['year'] == year)]
    assert len(ps) == 1, (s, frag, year)
    return ps[0]


def cites(s, pat, pred=lambda p: True):
    rx = re.compile(pat)
    return C(s, lambda p: pred(p) and any(rx.search(i['basis']) for i in p['ind']))


def tot(s, pred=lambda p: True):
    return round(sum(p['wan'] for p in S[s] if pred(p)), 4)


Q = []


def q(store, kind, question, history=None, **expect):
    if 'projects' in expect:
        expect['projects'] = sorted(expect['projects'])
        assert expect['projects'], question
    if 'value' in expect:
        expect['value'] = round(expect['value'], 4)
    d = {'id': 'v32-%03d' % (len(Q) + 1), 'question': question, 'store': store, 'kind': kind, 'expect': expect}
    if history:
        d['history'] = history
    Q.append(d)


NONE = dict(found=False)
yr = lambda y, dept=None: (lambda p: p['year'] == y and (dept is None or p['dept'] == dept))

# ---------------- (1) county finance-bureau reviewer ----------------
K = 'reviewer'
q('sample', K, '人社局14个项目的预算数加总，精确到小数点后两位是多少万元？', value=tot('sample'))
p = one('sample', '10001D')
q('sample', K, '城乡居民基本养老保险（基础养老金补助和缴费补贴）的预算数占全局项目预算总额的百分比，保留两位小数。',
  value=round(p['wan'] / tot('sample') * 100, 2))
c136 = C('sample', lambda p: '冀财社【2024】136号' in p['name'])
q('sample', K, '冀财社【2024】136号下达的两个就业补助项目，预算数合计是多少元？', projects=c136,
  value=sum(p['wan'] for p in S['sample'] if p['code'] in c136) * 10000)
q('sample', K, '预算数超出500万元的项目都列一下。', projects=C('sample', lambda p: p['wan'] > 500))
p = one('sample', '10001W')
q('sample', K + '-trap', '公共实训基地县级配套的成本指标金额与预算数对不上，差额是多少万元？', projects=[p['code']],
  value=cost_wan(p)[0] - p['wan'])
p = one('sample', '10043D')
q('sample', K, '劳务派遣人员工资项目按资金支出计划，到10月底累计应支出多少万元？', projects=[p['code']],
  value=p['wan'] * cum(p['plan'], 2) / 100)
q('other', K + '-trap', '临漳县农业农村局全部项目的资金总额合计多少万元（注意有的表单位是元）？', value=tot('other'))
p = one('other', '1100186')
q('other', K + '-trap', '农业综合行政执法工作经费的资金总额是多少元？', projects=[p['code']], value=p['budget'] if p['unit'] == '元' else p['wan'] * 10000)
p = one('other', 'GBZ510001K')
q('other', K, '高标准农田建设县级配套资金里财政拨款占资金总额的比例是多少？保留两位小数。', projects=[p['code']],
  value=round(p['fwan'] / p['wan'] * 100, 2))
q('other', K, '农业农村局各项目的其他资金加起来一共多少万元？', value=round(sum(p['owan'] for p in S['other']), 4))
q('other', K + '-trap', '哪个项目的资金总额不等于财政拨款与其他资金之和？',
  projects=C('other', lambda p: abs(p['wan'] - p['fwan'] - p['owan']) > 1e-6))
q('both', K, '人社局和农业农村局两个部门的项目预算（资金总额）合计多少万元？', value=tot('both'))
q('both', K + '-trap', '两个部门中预算（资金总额）在1000万元以上的项目有哪些？', projects=C('both', lambda p: p['wan'] >= 1000))
q('both', K, '农业农村局的项目资金总额占两个部门合计的百分之多少？保留两位小数。',
  value=round(tot('other') / tot('both') * 100, 2))
q('both', K + '-trap', '成本指标写的金额高出项目预算数的有哪几个项目？',
  projects=C('both', lambda p: any(c > p['wan'] + 1e-6 for c in cost_wan(p))))
q('county', K, '魏县教育局2024年各项目预算数合计多少万元？', value=tot('county', yr('2024', 'jiaoyu')))
q('county', K, '卫生健康局2024年项目预算总额比2023年增加了多少万元？',
  value=tot('county', yr('2024', 'weijian')) - tot('county', yr('2023', 'weijian')))
p = one('county', 'P00449386EX', '2023')
q('county', K, '2023年特殊教育项目的其他资金占预算数的百分比是多少？保留两位小数。', projects=[p['code']],
  value=round(p['owan'] / p['wan'] * 100, 2))

# ---------------- (2) new clerk, projects by what they do ----------------
K = 'clerk'
p = one('sample', '100416')
q('sample', K, '给老干部发春节慰问金的那个项目，预算是多少？', projects=[p['code']], value=p['wan'])
p = one('sample', '10002N')
q('sample', K, '帮缴费困难的人代缴养老保险、每人每年67元的那个，一共安排了多少钱？', projects=[p['code']], value=p['wan'])
p = one('sample', '10043D')
q('sample', K, '给社保经办和劳动监察辅助人员发工资的那个项目，要发多少个人的？', projects=[p['code']], contains=['35'])
p = one('sample', '10001W')
q('sample', K, '建县里公共实训基地的那个，要求什么时候完工？', projects=[p['code']], contains=['2025年10月'])
q('sample', K + '-none', '给退役军人发生活补助的那个项目预算多少？', **NONE)
p = one('sample', '100013')
q('sample', K, '它要代缴多少人？', history=['给重度残疾人代缴社保的那个项目预算多少？'], projects=[p['code']], contains=['2.5万'])
p = one('other', 'GBZ510001K')
q('other', K, '管农田建设的那个，钱有多少？', projects=[p['code']], value=p['wan'])
p = one('other', '100035')
q('other', K, '给牲口打防疫针的那个项目，要免疫多少头（只）？', projects=[p['code']], contains=['120万'])
p = one('other', 'RJHJ10002M')
q('other', K, '农村改厕所的那个，每户补多少钱？', projects=[p['code']], contains=['3500'])
p = one('other', 'NCP210004Q')
q('other', K + '-trap', '搞蔬菜水果质量安全检测的那个项目一共多少元？', projects=[p['code']], value=p['budget'])
q('other', K + '-none', '修农村公路的那个项目资金总额是多少？', **NONE)
pa, pb = one('both', '100017'), one('both', '100052')
q('both', K, '发创业贷款贴息的那个和补贴农民买农机的那个，加起来多少万元？', projects=[pa['code'], pb['code']], value=pa['wan'] + pb['wan'])
pa, pb = one('both', '10001W'), one('both', 'GSZ910003H')
q('both', K, '培训高素质农民的那个和建实训基地的那个，预算差多少万元？', value=abs(pa['wan'] - pb['wan']))
p = one('both', '100027')
q('both', K, '按亩给种地农民发补贴的那个，每亩补多少钱？', projects=[p['code']], contains=['60'])
p = one('both', '100035')
q('both', K, '管动物防疫的那个项目，免疫抗体合格率要达到多少？', projects=[p['code']], contains=['70%'])
p = one('county', 'P00643120GX', '2024')
q('county', K, '教育局2024年管学校安全的那个项目预算多少？', projects=[p['code']], value=p['wan'])
p = one('county', 'P00278308CX', '2024')
q('county', K, '卫健局2024年搞急救的那个，满意度目标是多少？', projects=[p['code']], contains=['85%'])
p = one('county', 'P00805710JX', '2023')
q('county', K, '2023年教育局给农村孩子改善伙食的那个项目预算是多少？', projects=[p['code']], value=p['wan'])

# ---------------- (3) policy checker: 指标值确定依据 ----------------
K = 'policy'
q('sample', K, '哪些项目的指标值确定依据用了邯银发的文件？', projects=cites('sample', '邯银发'))
c = cites('sample', r'2017.58号')
q('sample', K, '依据2017年58号文的指标一共几条？', projects=c,
  value=sum(1 for p in S['sample'] for i in p['ind'] if re.search(r'2017.58号', i['basis'])))
q('sample', K + '-trap', '冀发改投资〔2024〕610号文件是哪个项目的依据？', projects=cites('sample', r'冀发改投资.2024.610号'))
q('sample', K, '以冀人社规[2019]2号为依据的项目有哪些？', projects=cites('sample', r'冀人社规.2019.2号'))
q('sample', K, '十六届(2020)62号纪要是哪个项目指标的依据？', projects=cites('sample', r'十六届.2020.62号'))
assert not cites('sample', r'2023.50号')
q('sample', K + '-none', '有没有项目把冀财社〔2023〕50号作为指标值确定依据？', **NONE)
q('other', K, '农办计财2024年12号文是哪些项目的依据？', projects=cites('other', r'农办计财.2024.12号'))
q('other', K, '冀厕革办【2024】4号文件支撑了哪个项目的指标？', projects=cites('other', r'冀厕革办.2024.4号'))
q('other', K, '备注里引用邯财农18号文件的项目有哪些？', projects=cites('other', r'邯财农.*18号'))
q('other', K, '临农字3号文被哪些项目当作依据？', projects=cites('other', r'临农字.*3号'))
assert not cites('other', r'农牧发.2023')
q('other', K + '-none', '农牧发〔2023〕6号文是哪些项目的依据？', **NONE)
q('both', K, '以省财政厅冀财社文件作为指标值确定依据的项目有哪些？', projects=cites('both', r'冀财社'))
q('both', K, '（2024）12号 这个文件是哪些项目的依据？', projects=cites('both', r'2024.12号'))
q('both', K, '58号文是哪个项目的依据？', projects=cites('both', r'\D58号'))
assert not cites('both', r'国办发')
q('both', K + '-none', '国办发〔2023〕30号被哪些项目引用为依据？', **NONE)
q('county', K, '教育局2023年哪些项目的依据引用了冀人社规的文件？', projects=cites('county', '冀人社规', yr('2023', 'jiaoyu')))
q('county', K, '国办发〔2023〕30号文是哪个项目的依据？', projects=cites('county', r'国办发.2023.30号'))
assert not cites('county', r'冀卫财.2022')
q('county', K + '-none', '冀卫财2022年的文件被哪些项目引用作为依据？', **NONE)

# ---------------- (4) deputy director, terse ----------------
K = 'director'
top = lambda s, n, pred=lambda p: True, rev=True: [p['code'] for p in sorted([p for p in S[s] if pred(p)], key=lambda p: p['wan'], reverse=rev)[:n]]
q('sample', K, '预算最多的三个项目', projects=top('sample', 3))
q('sample', K, '预算最少的是哪个', projects=top('sample', 1, rev=False))
q('sample', K, '人社局绩效指标一共多少条', value=sum(len(p['ind']) for p in S['sample']))
cy = C('sample', lambda p: p['name'] in ('2025年创业贷款贴息资金', '2025年创业扶持资金'))
q('sample', K, '创业贴息和创业扶持两个项目合计', projects=cy, value=sum(p['wan'] for p in S['sample'] if p['code'] in cy))
q('sample', K + '-trap', '3月底就要花完钱的项目', projects=C('sample', lambda p: p['plan'] and cum(p['plan'], 0) >= 100))
assert all(sat(p) for p in S['sample'])
q('sample', K + '-none', '没设满意度指标的项目', **NONE)
q('other', K, '农业局资金最大的项目', projects=top('other', 1))
q('other', K + '-trap', '农业局资金最少的三个', projects=top('other', 3, rev=False))
q('other', K, '农业局哪个项目有指标备注空着没填', projects=C('other', lambda p: any(not i['basis'] for i in p['ind'])))
q('other', K, '没有其他资金的项目', projects=C('other', lambda p: not p['owan']))
q('other', K, '农业局项目平均资金多少万', value=tot('other') / len(S['other']))
q('both', K, '两局最大的单个项目', projects=top('both', 1))
q('both', K, '两局一共多少个项目', value=len(S['both']))
q('both', K, '人社局比农业局预算多多少万', value=tot('sample') - tot('other'))
mx = max(max(sat(p)) for p in S['both'] if sat(p))
q('both', K, '满意度目标定得最高的几个项目', projects=C('both', lambda p: sat(p) and max(sat(p)) == mx))
q('county', K, '教育局24年预算最大的三个', projects=top('county', 3, yr('2024', 'jiaoyu')))
new = {p['code'] for p in S['county'] if yr('2024', 'weijian')(p)} - {p['code'] for p in S['county'] if yr('2023', 'weijian')(p)}
q('county', K, '卫健局24年新增了哪些项目', projects=new)
assert not C('county', lambda p: yr('2023', 'jiaoyu')(p) and p['plan'] and cum(p['plan'], 0) > 50)
q('county', K + '-none', '教育局23年一季度末支出计划就过半的', **NONE)

# ---------------- (5) conditions in every phrasing ----------------
K = 'conditions'
q('sample', K, '满意度目标达不到90%的项目有哪些？', projects=C('sample', lambda p: sat(p) and min(sat(p)) < 90))
q('sample', K, '预算100万元以下的项目', projects=C('sample', lambda p: p['wan'] <= 100))
q('sample', K, '预算过千万的项目有哪些？', projects=C('sample', lambda p: p['wan'] > 1000))
q('sample', K, '有上亿的项目吗？', projects=C('sample', lambda p: p['wan'] >= 10000))
q('sample', K, '时效指标要求不低于九成的项目', projects=C('sample', lambda p: any(pct(i['val']) is not None and pct(i['val']) >= 90 for i in rows_of(p, '时效'))))
assert not C('sample', lambda p: p['plan'] and cum(p['plan'], 1) < 50)
q('sample', K + '-trap', '6月底累计支出计划还没到一半的项目有哪些？', **NONE)
q('other', K, '资金总额介于100万元和500万元之间的项目', projects=C('other', lambda p: 100 <= p['wan'] <= 500))
q('other', K, '满意度指标值低于0.9的项目', projects=C('other', lambda p: sat(p) and min(sat(p)) < 90))
q('other', K, '农业农村局的质量指标里，有目标低于八成五的吗？是哪个项目？',
  projects=C('other', lambda p: any(pct(i['val']) is not None and pct(i['val']) < 85 for i in rows_of(p, '质量'))))
q('other', K + '-trap', '10月底累计支出计划至少85%的项目', projects=C('other', lambda p: p['plan'] and cum(p['plan'], 2) >= 85))
assert not C('other', lambda p: p['wan'] >= 10000)
q('other', K + '-none', '农业农村局有资金总额上亿的项目吗？', **NONE)
q('both', K, '预算最多10万元的项目有哪些？', projects=C('both', lambda p: p['wan'] <= 10))
q('both', K, '满意度没有低于百分之九十五的项目', projects=C('both', lambda p: sat(p) and min(sat(p)) >= 95))
q('both', K, '预算在100万到300万元之间的项目有哪些？', projects=C('both', lambda p: 100 <= p['wan'] <= 300))
q('both', K, '3月底累计支出计划少于25%的项目', projects=C('both', lambda p: p['plan'] and cum(p['plan'], 0) < 25))
q('county', K, '卫健局2024年满意度目标未满86%的项目', projects=C('county', lambda p: yr('2024', 'weijian')(p) and sat(p) and min(sat(p)) < 86))
q('county', K, '教育局2023年验收合格率要求百分之九十以上的项目',
  projects=C('county', lambda p: yr('2023', 'jiaoyu')(p) and any('验收合格率' in i['l3'] and pct(i['val']) >= 90 for i in p['ind'])))
q('county', K, '教育局2024年预算多于1000万元的项目', projects=C('county', lambda p: yr('2024', 'jiaoyu')(p) and p['wan'] > 1000))

# ---------------- checks ----------------
assert len(Q) == 90, len(Q)
for d in Q:
    for c in d['expect'].get('projects', []):
        assert c in {p['code'] for p in S[d['store']]}, (d['id'], c)
from collections import Counter
print(Counter(d['store'] for d in Q))
print(Counter(d['kind'] for d in Q))
print('found false', sum(1 for d in Q if d['expect'].get('found') is False))
with open(os.path.join(ROOT, 'eval/dev/probe_v32.jsonl'), 'w', encoding='utf-8') as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
