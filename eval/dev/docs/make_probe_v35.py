"""Generate eval/dev/probe_v35.jsonl: multi-turn probe questions; expectations computed from the .docx tables."""
import docx,re
def rows(t):
    out=[]
    for r in t.rows:
        seen=[];cells=[]
        for c in r.cells:
            if any(c._tc is s for s in seen): continue
            seen.append(c._tc); cells.append(c.text.strip())
        out.append(cells)
    return out
def parse(path):
    d=docx.Document(path); P=[]; unit='万元'
    for t in d.tables:
        R=rows(t)
        flat=' '.join(' '.join(r) for r in R)
        if len(R)==1 and '单位' in flat:
            m=re.search(r'单位：\s*(万元|元)',flat); unit=m.group(1) if m else unit; continue
        if R[0][0]=='项目编码':
            p=dict(code=R[0][1],name=R[0][3],unit=unit,plan={},ind=[])
            for i,r in enumerate(R):
                for k in range(len(r)-1):
                    if r[k] in('预算数','资金总额'): p['total']=float(r[k+1] or 0)
                    if r[k] in('其中：财政资金','财政拨款'): p['fiscal']=float(r[k+1] or 0)
                    if r[k]=='其他资金': p['other']=float(r[k+1] or 0)
                if r[0] in('资金用途','主要内容'): p['use']=r[1]
                if r[0].startswith('预算规模') and len(r)==2: p['use']=r[1]
                if r[0].startswith('资金支出计划') and r[1]=='3月底':
                    p['plan']=dict(zip(r[1:],[float(x.rstrip('%')) if x.rstrip('%') else None for x in R[i+1][1:]]))
                if r[0] in('绩效目标','年度绩效目标'): p['goal']=r[1]
            p['wan']=p['total']/10000 if unit=='元' else p['total']
            P.append(p)
        elif R[0][0]=='一级指标':
            h=R[0]
            for r in R[1:]: P[-1]['ind'].append(dict(zip(h,r)))
    return P
import json,os
ROOT=os.path.abspath(os.path.join(os.path.dirname(__file__),'..','..','..'))
S=parse(os.path.join(ROOT,'data/samples/weixian-rsj-2025-jixiao-mubiao.docx'))
O=parse(os.path.join(ROOT,'tests/data/other-department.docx'))
B=S+O
def C(P,f): return sorted(p['code'] for p in P if f(p))
def by(P,codes): return [p for p in P if p['code'] in codes]
def tot(P,codes): return round(sum(p['wan'] for p in by(P,codes)),4)
def sat(p):
    v=[i['指标值'] for i in p['ind'] if '满意' in i['二级指标']]; assert len(v)==1,p['name']
    return float(re.search(r'([\d.]+)%',v[0]).group(1))
def plan(p,m):
    ks=['3月底','6月底','10月底','12月底']; last=None
    for k in ks[:ks.index(m)+1]:
        if p['plan'].get(k) is not None: last=p['plan'][k]
    return last
def one(P,f):
    c=C(P,f); assert len(c)==1,c; return c[0]
def cost(p): return [i['指标值'] for i in p['ind'] if '成本' in i['二级指标']][0]
def field(p,k): return p[k]
Q=[]
def q(store,kind,hist,question,**e):
    assert 2<=len(hist)+1<=4
    Q.append(dict(store=store,kind=kind,history=hist,question=question,expect=e))
name=lambda s:(lambda p:s in p['name'])
# ---------------- sample ----------------
jy=C(S,name('就业补助资金')); assert len(jy)==3
j290=C(by(S,jy),lambda p:p['wan']>290)
q('sample','followup_filter',['就业补助资金相关的项目有哪些？'],'其中预算超过290万元的是哪些？',projects=j290)
q('sample','followup_aggregate',['就业补助资金相关的项目有哪些？','其中预算超过290万元的是哪些？'],'它们合计多少万元？',projects=j290,value=tot(S,j290))
yl=C(S,name('养老保险')); mx=max(by(S,yl),key=lambda p:p['wan'])
q('sample','followup_superlative',['城乡居民养老保险相关的项目有哪些？'],'其中预算最大的那个是多少万元？',projects=[mx['code']],value=mx['wan'])
c182=C(S,name('182号')); assert len(c182)==2; small=min(by(S,c182),key=lambda p:p['wan'])
q('sample','followup_field',['冀财社【2024】182号下达的项目有哪些？','它们合计多少万元？'],'其中金额较小的那个资金用途是什么？',projects=[small['code']],contains=['代缴保费'])
assert '代缴保费' in small['use']
sb=one(S,lambda p:p['name']=='社会保障工作经费')
q('sample','followup_field',['社会保障工作经费的预算是多少？'],'它的资金支出计划里6月底要累计支出百分之多少？',projects=[sb],value=plan(by(S,[sb])[0],'6月底'))
sx=by(S,C(S,name('公共实训基地')))[0]; assert '800万元' in cost(sx)
q('sample','followup_field',['公共实训基地县级配套的预算是多少？'],'它的成本指标写的是多少？',projects=[sx['code']],contains=['800万元'])
assert not C(S,lambda p:'医疗保险' in p['name']+p.get('use','')+p.get('goal',''))
q('sample','trap_pronoun',['有没有关于医疗保险的项目？'],'它的预算是多少？',found=False)
s90=C(S,lambda p:sat(p)>=90); s90l=C(by(S,s90),lambda p:p['wan']<=100)
q('sample','followup_filter',['满意度目标不低于90%的项目有哪些？'],'其中预算在100万元以下的有哪些？',projects=s90l)
q('sample','followup_aggregate',['满意度目标不低于90%的项目有哪些？','其中预算在100万元以下的有哪些？'],'它们一共多少万元？',projects=s90l,value=tot(S,s90l))
cy=C(S,name('创业')); assert len(cy)==2
q('sample','followup_pronoun',['创业相关的项目有哪些？'],'这两个的预算合计多少万元？',projects=cy,value=tot(S,cy))
tx=one(S,name('创业贷款贴息'))
q('sample','followup_switch',['2025年创业扶持资金的预算是多少？'],'那创业贷款贴息资金呢？',projects=[tx],value=tot(S,[tx]))
allS=sum(p['wan'] for p in S); srt=sorted(S,key=lambda p:-p['wan'])
q('sample','followup_share',['预算最大的项目是哪个？'],'它占全部项目预算总额的百分之几？',projects=[srt[0]['code']],value=round(srt[0]['wan']/allS*100,4))
t2=[srt[0]['code'],srt[1]['code']]
q('sample','followup_share',['预算最大的项目是哪个？','第二大的呢？'],'这两个合计占全部项目预算的比例是多少？',projects=t2,value=round(tot(S,t2)/allS*100,4))
q('sample','trap_unit',['社会保障工作经费的预算是多少？'],'换算成元是多少元？',projects=[sb],value=tot(S,[sb])*10000)
l100=C(S,lambda p:p['wan']<=100); l10=C(by(S,l100),lambda p:p['wan']<10); assert len(l10)==1
q('sample','followup_filter',['预算在100万元以下的项目有哪些？'],'其中不到10万元的呢？',projects=l10)
assert '春节慰问' in by(S,l10)[0]['use']
q('sample','followup_field',['预算在100万元以下的项目有哪些？','其中不到10万元的呢？'],'它的资金用途是什么？',projects=l10,contains=['春节慰问'])
assert not C(by(S,l100),lambda p:sat(p)>=95)
q('sample','not_found',['预算在100万元以下的项目有哪些？'],'其中满意度目标达到95%的有哪些？',found=False)
m50=C(S,lambda p:(plan(p,'3月底') or 0)>=50)
q('sample','followup_aggregate',['3月底资金支出计划达到50%及以上的项目有哪些？'],'它们的预算合计多少万元？',projects=m50,value=tot(S,m50))
lw=by(S,C(S,name('劳务派遣')))[0]
q('sample','followup_switch',['社会保障工作经费有几条绩效指标？'],'那劳务派遣人员工资呢？',projects=[lw['code']],value=len(lw['ind']))
assert not C(S,name('高标准农田'))
q('sample','trap_department',['魏县人社局的社会保障工作经费预算是多少？'],'另一个局的高标准农田建设县级配套资金呢？',found=False)
# ---------------- other ----------------
hp=C(O,lambda p:bool(p['plan'])); h60=C(by(O,hp),lambda p:plan(p,'6月底')>=60)
q('other','followup_filter',['哪些项目填了资金支出计划？'],'其中6月底累计支出达到60%的有哪些？',projects=h60)
q('other','followup_aggregate',['哪些项目填了资金支出计划？','其中6月底累计支出达到60%的有哪些？'],'它们的资金总额合计多少万元？',projects=h60,value=tot(O,h60))
ot=C(O,lambda p:p.get('other',0)>0)
def oth(p): return p['other']/10000 if p['unit']=='元' else p['other']
ot100=C(by(O,ot),lambda p:oth(p)>100)
q('other','followup_filter',['有其他资金的项目有哪些？'],'其中其他资金超过100万元的有哪些？',projects=ot100)
q('other','trap_unit',['有其他资金的项目有哪些？'],'它们的其他资金合计多少万元？',projects=ot,value=round(sum(oth(p) for p in by(O,ot)),4))
zf=by(O,C(O,name('执法')))[0]; jc=by(O,C(O,name('农产品质量安全检测')))[0]; assert jc['unit']=='元'
q('other','trap_unit',['农业综合行政执法工作经费的资金总额是多少元？'],'那农产品质量安全检测经费呢，也按元说是多少元？',projects=[jc['code']],value=jc['total'])
l200=C(O,lambda p:p['wan']<200)
def fis(p): return p['fiscal']/10000 if p['unit']=='元' else p['fiscal']
f150=C(by(O,l200),lambda p:fis(p)<150)
q('other','followup_filter',['资金总额低于200万元的项目有哪些？'],'其中财政拨款不足150万元的有哪些？',projects=f150)
q('other','followup_aggregate',['资金总额低于200万元的项目有哪些？','其中财政拨款不足150万元的有哪些？'],'它们的资金总额合计多少万元？',projects=f150,value=tot(O,f150))
o95=C(O,lambda p:sat(p)>=95); big=max(by(O,o95),key=lambda p:p['wan']); assert '每亩60元' in big['use']
q('other','followup_field',['满意度目标在95%以上的项目有哪些？'],'其中资金总额最大的那个，资金用途是什么？',projects=[big['code']],contains=['每亩60元'])
ns=C(O,lambda p:not any('时效' in i['二级指标'] for i in p['ind'])); assert len(ns)==1 and '强制免疫疫苗采购' in by(O,ns)[0]['use']
q('other','followup_field',['哪些项目没有时效指标？'],'它的主要内容是什么？',projects=ns,contains=['强制免疫疫苗采购'])
gb=by(O,C(O,name('高标准农田')))[0]
q('other','followup_share',['高标准农田建设县级配套资金的资金总额是多少？'],'其中财政拨款占资金总额的百分之几？',projects=[gb['code']],value=round(gb['fiscal']/gb['total']*100,4))
gs=by(O,C(O,name('高素质农民')))[0]; assert '培育高素质农民500人' in gs['goal']
q('other','followup_field',['高素质农民培育项目的资金总额是多少？'],'它的年度绩效目标是什么？',projects=[gs['code']],contains=['培育高素质农民500人'])
assert not C(O,lambda p:p['name']=='社会保障工作经费')
q('other','trap_department',['高标准农田建设县级配套资金的资金总额是多少？'],'魏县人社局的社会保障工作经费呢？',found=False)
nj=by(O,C(O,name('基层农技推广')))[0]; assert '110万元' in cost(nj)
q('other','followup_field',['基层农技推广体系改革与建设补助项目的资金总额是多少？'],'它的成本指标值是多少？',projects=[nj['code']],contains=['110万元'])
nm=by(O,C(O,name('农机购置')))[0]
q('other','followup_field',['冀财农〔2024〕98号农机购置与应用补贴资金的资金总额是多少？'],'按支出计划，它10月底累计要支出多少万元？',projects=[nm['code']],value=round(nm['wan']*plan(nm,'10月底')/100,4))
yu=C(O,lambda p:p['unit']=='元')
q('other','followup_aggregate',['哪些项目的金额是以元为单位列的？'],'它们的资金总额合计折合多少万元？',projects=yu,value=tot(O,yu))
# ---------------- both ----------------
om=max(O,key=lambda p:p['wan'])
q('both','followup_switch',['魏县人社局预算最大的项目是哪个？'],'那临漳县农业农村局呢？',projects=[om['code']])
s25=C(S,lambda p:plan(p,'3月底')>25)
q('both','followup_switch',['临漳县农业农村局有资金支出计划的项目有哪些？'],'换成魏县人社局，3月底累计支出计划超过25%的有哪些？',projects=s25)
b95=C(B,lambda p:sat(p)>=95)
q('both','followup_aggregate',['两个部门中满意度目标不低于95%的项目有哪些？'],'它们的资金合计多少万元？',projects=b95,value=tot(B,b95))
allO=sum(p['wan'] for p in O)
q('both','followup_switch',['临漳县农业农村局的项目资金一共多少万元？'],'魏县人社局呢？',value=round(allS,4))
q('both','followup_share',['临漳县农业农村局的项目资金一共多少万元？','魏县人社局呢？'],'前者占两者合计的百分之几？',value=round(allO/(allO+allS)*100,4))
cf=one(S,name('创业扶持资金'))
q('both','followup_switch',['高素质农民培育项目的资金总额是多少？'],'那魏县的创业扶持资金呢？',projects=[cf],value=tot(S,[cf]))
q('both','trap_department',['社会保障工作经费的预算是多少？'],'临漳县农业农村局的社会保障工作经费呢？',found=False)
jc_=C(B,lambda p:'冀财' in p['name']); jo=C(by(O,jc_),lambda p:True); assert len(jo)==1
q('both','followup_filter',['名称里带“冀财”字样的项目有哪些？'],'其中属于临漳县农业农村局的是哪个？',projects=jo)
q('both','followup_field',['名称里带“冀财”字样的项目有哪些？','其中属于临漳县农业农村局的是哪个？'],'它6月底累计计划支出多少万元？',projects=jo,value=round(by(O,jo)[0]['wan']*plan(by(O,jo)[0],'6月底')/100,4))
b80o=C(O,lambda p:sat(p)==80); assert len(b80o)==1 and '农业科技示范主体培育' in by(O,b80o)[0]['use']
q('both','followup_field',['满意度目标是80%的项目有哪些？'],'其中属于临漳县的那个资金用途是什么？',projects=b80o,contains=['农业科技示范主体培育'])
l10b=C(B,lambda p:p['wan']<10); assert not C(by(O,l10b),lambda p:True)
q('both','trap_unit',['两个部门中预算低于10万元的项目有哪些？'],'其中属于临漳县农业农村局的有哪些？',found=False)
r=C(B,lambda p:100<=p['wan']<=300); ro=C(by(O,r),lambda p:True)
q('both','followup_filter',['两个部门中资金在100万到300万元之间的项目有哪些？'],'其中临漳县农业农村局的有哪些？',projects=ro)
q('both','followup_aggregate',['两个部门中资金在100万到300万元之间的项目有哪些？','其中临漳县农业农村局的有哪些？'],'它们合计多少万元？',projects=ro,value=tot(O,ro))
assert not C(B,lambda p:'医疗保险' in p['name']+p.get('use','')+p.get('goal',''))
q('both','not_found',['两个部门中有哪些项目和医疗保险有关？'],'它们的预算合计多少？',found=False)
ms=min(sat(p) for p in S); sl=C(S,lambda p:sat(p)==ms)
q('both','followup_switch',['临漳县农业农村局满意度目标最低的项目是哪个？'],'魏县人社局满意度目标最低的有哪些？',projects=sl)
# ---------------- write ----------------
codes={'sample':{p['code'] for p in S},'other':{p['code'] for p in O},'both':{p['code'] for p in B}}
out=os.path.join(ROOT,'eval/dev/probe_v35.jsonl')
with open(out,'w',encoding='utf-8') as f:
    for n,x in enumerate(Q,1):
        e={k:v for k,v in x['expect'].items()}
        for c in e.get('projects',[]): assert c in codes[x['store']],(n,c)
        if 'projects' in e: assert e['projects'],n
        if 'value' in e: e['value']=round(e['value'],4)
        rec=dict(id=f'v35-{n:03d}',question=x['question'],store=x['store'],kind=x['kind'],expect=e,history=x['history'])
        f.write(json.dumps(rec,ensure_ascii=False)+'\n')
from collections import Counter
print(out,len(Q),Counter(x['store'] for x in Q),Counter(x['kind'] for x in Q),sum(1 for x in Q if x['expect'].get('found') is False))
