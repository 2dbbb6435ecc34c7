import docx, re, json, glob
from docx.table import Table
from docx.text.paragraph import Paragraph

def rows_of(tb):
    out=[]
    for r in tb.rows:
        cells=[]; prev=None
        for c in r.cells:
            if prev is not None and c._tc is prev: continue
            prev=c._tc; cells.append(c.text.strip())
        out.append(cells)
    return out

def num(s):
    s=s.replace(',','').strip()
    return float(s) if s else 0.0

def parse(path, dept, year):
    d=docx.Document(path)
    projs=[]; cur=None; unit='万元'
    for el in d.element.body.iterchildren():
        tag=el.tag.split('}')[1]
        if tag!='tbl': continue
        rows=rows_of(Table(el,d))
        if len(rows)==1 and any('单位：' in c for c in rows[0]):
            unit=[c for c in rows[0] if '单位：' in c][0].split('：')[1]
            continue
        if rows[0][0]=='项目编码':
            cur=dict(dept=dept, year=year, code=rows[0][1], name=rows[0][3], unit=unit, plan=None, inds=[])
            for r in rows[1:]:
                if '预算数' in r:
                    i=r.index('预算数'); cur['budget']=num(r[i+1]); cur['fiscal']=num(r[i+3]); cur['other']=num(r[i+5])
                elif r[0]=='资金总额':
                    cur['budget']=num(r[1]); cur['fiscal']=num(r[3]); cur['other']=num(r[5])
                elif r[0] in('资金用途','主要内容') or (r[0]=='预算规模及资金用途' and len(r)==2):
                    cur['use']=r[-1]
                elif r[0].startswith('资金支出计划') and '3月底' not in r:
                    cur['plan']=r[1:5]
                elif r[0] in ('绩效目标','年度绩效目标'):
                    cur['goal']=r[1]
            f = 1e-4 if unit=='元' else 1
            cur['budget_wy']=cur['budget']*f; cur['fiscal_wy']=cur['fiscal']*f; cur['other_wy']=cur['other']*f
            projs.append(cur)
        elif rows[0][0]=='一级指标':
            hdr=rows[0]
            for r in rows[1:]:
                rec=dict(zip(hdr,r))
                cur['inds'].append(dict(l1=rec['一级指标'], l2=rec['二级指标'], name=rec.get('三级指标') or rec.get('指标内容'),
                    desc=rec.get('绩效指标描述',''), value=rec['指标值'], basis=rec.get('指标值确定依据', rec.get('备注',''))))
    return projs

def load():
    P={}
    P['sample']=parse('/work/main/data/samples/weixian-rsj-2025-jixiao-mubiao.docx','魏县人力资源和社会保障局',2025)
    P['other']=parse('/work/main/tests/data/other-department.docx','临漳县农业农村局',2025)
    c=[]
    for f,dept in [('jiaoyu','魏县教育局'),('weijian','魏县卫生健康局')]:
        for y in (2023,2024):
            c+=parse(f'/work/main/tests/data/county/{f}-{y}.docx',dept,y)
    P['county']=c
    P['both']=P['sample']+P['other']
    return P

def pct(v):
    m=re.search(r'([\d.]+)%',v); return float(m.group(1)) if m else None
def cum_plan(p):
    """cumulative percentages for 3/6/10/12 months; blanks after reaching a value keep it"""
    if p['plan'] is None: return None
    out=[]; last=0.0
    for x in p['plan']:
        if x.strip(): last=float(x.strip('%'))
        out.append(last)
    return out
