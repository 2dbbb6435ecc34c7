"""Write docs/daming-2025.pdf: 大名县发展和改革局 2025年度部门预算项目绩效目标 (invented content).

A public-disclosure PDF made from Word tables: the .docx is written with python-docx next to this script
(fixed core properties and zip timestamps), converted with `soffice --headless --convert-to pdf`, and the PDF's
CreationDate / ModDate / ID are overwritten with fixed values of the same length, so a rerun gives the same bytes.
"""
import datetime, io, os, re, shutil, subprocess, sys, tempfile, zipfile
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, 'daming-2025.docx')
PDF = os.path.join(HERE, '..', 'docs', 'daming-2025.pdf')
FONT = 'Noto Serif CJK SC'
LATIN = 'Times New Roman'

DEPT = '大名县发展和改革局'
BEN = '大名县发展和改革局（本级）'
LC = '大名县粮食和物资储备服务中心'
ZD = '大名县重点项目服务中心'
JG = '大名县价格认定中心'
NY = '大名县能源事务服务中心'

# policy documents (bracket forms as printed)
HLC = '邯粮储【2024】12号'
JLC = '冀发改粮储[2024]21号'
HTZ = '邯发改投资〔2025〕6号'
DFG = '大发改字（2025）3号'
HJG = '邯发改价格(2024)37号'
JNY = '冀发改能源〔2024〕876号'
JXY = '冀信用办[2024]9号'
JZX = '冀发改振兴〔2024〕45号'
JHZ = '冀发改环资〔2024〕15号'

S_NUM = '完成目标值得满分，未完成按完成比例计分'
S_QUA = '达到目标值得满分，每低1个百分点扣1分'
S_TIM = '按期完成得满分，逾期不得分'
S_CST = '控制在标准以内得满分，超出不得分'
S_EFF = '根据实际成效分档评分'
S_SAT = '达到目标值得满分，每低1个百分点扣0.5分'

# Each project: name, code, category, attr, unit, money unit, total, fin, other,
# plan (cumulative % at 3月末/6月末/9月末/12月末, or None), use, goal,
# indicators (一级, 二级, 指标内容, 指标值, 评（扣）分标准, 备注)
P = [
 dict(name='县级储备粮轮换及保管费用补贴', code='13042525P00CBLH10001Q', cat='特定目标类', attr='延续项目', unit=LC,
  mu='万元', total='1,286.40', fin='1,086.40', other='200.00', plan=('20%', '50%', '80%', '100%'),
  use='用于县级储备粮（小麦、玉米）轮换费用补贴及承储企业保管费用补贴，其他资金为储备粮轮换价差收入。',
  goal='保持县级储备粮2.5万吨规模，按计划完成年度轮换，确保储备粮数量真实、质量良好、储存安全。',
  inds=[('产出指标', '数量指标', '县级储备粮储存规模', '≥2.5万吨', S_NUM, HLC),
        ('产出指标', '数量指标', '年度轮换数量', '≥8300吨', S_NUM, JLC),
        ('产出指标', '质量指标', '储备粮质量达标率', '≥98%', S_QUA, '《粮食流通管理条例》'),
        ('产出指标', '质量指标', '库存账实相符率', '=100%', S_QUA, '《粮食流通管理条例》'),
        ('产出指标', '时效指标', '年度轮换完成时间', '2025年10月底前', S_TIM, JLC),
        ('成本指标', '经济成本指标', '保管费用补贴标准', '≤100元/吨·年', S_CST, HLC),
        ('成本指标', '经济成本指标', '项目总成本', '≤1286.4万元', S_CST, '年度预算批复'),
        ('效益指标', '社会效益指标', '区域粮食安全保障能力', '有效提升', S_EFF, '2025年工作计划'),
        ('效益指标', '可持续影响指标', '储备粮管理长效机制', '持续完善', S_EFF, JLC),
        ('满意度指标', '服务对象满意度指标', '承储企业满意度', '≥90%', S_SAT, '问卷调查')]),
 dict(name='重点项目前期工作经费', code='13042525P004217100032', cat='特定目标类', attr='延续项目', unit=ZD,
  mu='万元', total='450.00', fin='450.00', other='0.00', plan=('10%', '40%', '70%', '100%'),
  use='用于重点项目谋划储备、可行性研究报告及初步设计编制、专项债券和中央预算内投资项目申报材料编制等前期工作。',
  goal='完成18个以上重点项目可行性研究报告编制，新增入库储备项目40个以上，提高项目谋划质量和上级资金争取成效。',
  inds=[('产出指标', '数量指标', '可行性研究报告编制数量', '≥18个', S_NUM, HTZ),
        ('产出指标', '数量指标', '新增入库储备项目数量', '≥40个', S_NUM, DFG),
        ('产出指标', '质量指标', '前期成果评审通过率', '≥90%', S_QUA, '《政府投资条例》'),
        ('产出指标', '时效指标', '申报材料报送时间', '2025年9月底前', S_TIM, HTZ),
        ('成本指标', '经济成本指标', '单个项目前期费用', '≤25万元/个', S_CST, DFG),
        ('效益指标', '经济效益指标', '争取上级资金额度', '≥1.2亿元', S_NUM, '2025年工作计划'),
        ('效益指标', '社会效益指标', '项目谋划储备能力', '显著增强', S_EFF, '2025年工作计划'),
        ('满意度指标', '服务对象满意度指标', '项目单位满意度', '≥85%', S_SAT, '问卷调查')]),
 dict(name='价格监测及成本调查经费', code='13042525P00JGJC10002K', cat='特定目标类', attr='延续项目', unit=JG,
  mu='元', total='368,500.00', fin='368,500.00', other='0.00', plan=('25%', '50%', '75%', '100%'),
  use='用于重要民生商品价格监测、农产品成本调查、价格认定及监测点信息采集补助等。',
  goal='完成120个以上品种价格常态化监测和6项农产品成本调查，数据报送准确及时，为价格调控提供依据。',
  inds=[('产出指标', '数量指标', '价格监测品种数量', '≥120个', S_NUM, HJG),
        ('产出指标', '数量指标', '农产品成本调查项目', '≥6项', S_NUM, '《政府制定价格成本监审办法》'),
        ('产出指标', '数量指标', '价格监测点数量', '=14个', S_NUM, HJG),
        ('产出指标', '质量指标', '监测数据准确率', '≥99%', S_QUA, '《中华人民共和国价格法》'),
        ('产出指标', '时效指标', '监测报表按时报送率', '=100%', S_QUA, HJG),
        ('成本指标', '经济成本指标', '监测点信息采集补助', '≤3000元/个·年', S_CST, HJG),
        ('成本指标', '经济成本指标', '项目总成本', '≤368500元', S_CST, '年度预算批复'),
        ('效益指标', '社会效益指标', '重要民生商品价格异常波动', '及时预警', S_EFF, '《中华人民共和国价格法》'),
        ('满意度指标', '服务对象满意度指标', '社会公众满意度', '≥90%', S_SAT, '问卷调查')]),
 dict(name=JNY + '农村清洁取暖设备运维补助资金', code='13042525P00QJQN10004T', cat='特定目标类', attr='延续项目', unit=NY,
  mu='万元', total='986.00', fin='786.00', other='200.00', plan=('40%', '55%', '60%', '100%'),
  use='用于农村“气代煤”“电代煤”清洁取暖设备日常巡检维护、故障维修补助，其他资金为燃气企业配套运维资金。',
  goal='完成3.4万户农村清洁取暖设备运维，设备完好率不低于95%，保障群众温暖过冬。',
  inds=[('产出指标', '数量指标', '清洁取暖设备运维户数', '≥3.4万户', S_NUM, JNY),
        ('产出指标', '数量指标', '设备入户巡检次数', '≥2次/户', S_NUM, JNY),
        ('产出指标', '质量指标', '设备完好率', '≥95%', S_QUA, JNY),
        ('产出指标', '时效指标', '故障报修响应时间', '≤24小时', S_TIM, '《河北省大气污染防治条例》'),
        ('成本指标', '经济成本指标', '单户运维补助标准', '≤290元/户', S_CST, JNY),
        ('效益指标', '生态效益指标', '散煤替代减少燃煤量', '≥5.1万吨', S_NUM, '《节约能源法》'),
        ('效益指标', '社会效益指标', '农村冬季清洁取暖保障水平', '明显提高', S_EFF, '2025年工作计划'),
        ('满意度指标', '服务对象满意度指标', '取暖农户满意度', '不低于88%', S_SAT, '问卷调查')]),
 dict(name='社会信用体系建设经费', code='13042525P00XYTX10001B', cat='特定目标类', attr='新增项目', unit=BEN,
  mu='万元', total='85.60', fin='85.60', other='0.00', plan=('25%', '50%', '75%', '100%'),
  use='用于公共信用信息平台运维、“双公示”数据归集、信用修复服务及诚信宣传活动。',
  goal='“双公示”数据应归尽归，信用修复申请全部按时办结，城市信用监测排名稳中有升。',
  inds=[('产出指标', '数量指标', '“双公示”数据归集条数', '≥12000条', S_NUM, JXY),
        ('产出指标', '数量指标', '诚信宣传活动场次', '≥6场', S_NUM, '2025年工作计划'),
        ('产出指标', '质量指标', '信用修复申请办结率', '=100%', S_QUA, '《河北省社会信用信息条例》'),
        ('产出指标', '时效指标', '数据上报及时率', '≥98%', S_QUA, JXY),
        ('成本指标', '经济成本指标', '信用平台运维费用', '≤32万元', S_CST, '运维服务合同'),
        ('成本指标', '经济成本指标', '项目总成本', '≤85.6万元', S_CST, '年度预算批复'),
        ('效益指标', '社会效益指标', '营商环境', '有效提升', S_EFF, '2025年工作计划'),
        ('效益指标', '可持续影响指标', '城市信用监测排名', '稳中有升', S_EFF, JXY),
        ('满意度指标', '服务对象满意度指标', '市场主体满意度', '≥95%', S_SAT, '问卷调查')]),
 dict(name='以工代赈项目县级配套资金', code='13042525P00YGDZ10006M', cat='特定目标类', attr='新增项目', unit=BEN,
  mu='万元', total='620.00', fin='500.00', other='120.00', plan=('0%', '30%', '70%', '100%'),
  use='用于以工代赈农村小型基础设施建设项目县级配套，其他资金为项目所在乡镇自筹。',
  goal='实施以工代赈项目5个，吸纳当地群众务工350人以上，发放劳务报酬不低于180万元。',
  inds=[('产出指标', '数量指标', '实施以工代赈项目数量', '=5个', S_NUM, JZX),
        ('产出指标', '数量指标', '带动当地群众务工人数', '≥350人', S_NUM, '《国家以工代赈管理办法》'),
        ('产出指标', '数量指标', '发放劳务报酬金额', '≥180万元', S_NUM, '《国家以工代赈管理办法》'),
        ('产出指标', '质量指标', '工程验收合格率', '=100%', S_QUA, JZX),
        ('产出指标', '时效指标', '项目完工时间', '2025年11月底前', S_TIM, JZX),
        ('成本指标', '经济成本指标', '项目总成本', '≤620万元', S_CST, '年度预算批复'),
        ('效益指标', '经济效益指标', '务工群众人均增收', '≥0.5万元/人', S_NUM, '《国家以工代赈管理办法》'),
        ('效益指标', '社会效益指标', '农村基础设施条件', '明显改善', S_EFF, '2025年工作计划'),
        ('满意度指标', '服务对象满意度指标', '务工群众满意度', '≥92%', S_SAT, '问卷调查')]),
 dict(name='粮食应急保障网点建设补助', code='13042525P004288100115', cat='特定目标类', attr='新增项目', unit=LC,
  mu='万元', total='216.00', fin='216.00', other='0.00', plan=('0%', '20%', '90%', '100%'),
  use='用于新建和提升改造粮食应急供应、配送网点，配置应急加工及配送设备。',
  goal='新建粮食应急供应网点12个以上，应急供应网络覆盖全县85%以上乡镇。',
  inds=[('产出指标', '数量指标', '新建粮食应急供应网点', '≥12个', S_NUM, HLC),
        ('产出指标', '质量指标', '网点建设验收合格率', '=100%', S_QUA, HLC),
        ('产出指标', '时效指标', '网点建成时间', '2025年10月底前', S_TIM, '2025年工作计划'),
        ('成本指标', '经济成本指标', '单个网点建设补助', '≤18万元/个', S_CST, HLC),
        ('效益指标', '社会效益指标', '粮食应急供应保障能力', '明显增强', S_EFF, '《粮食流通管理条例》'),
        ('效益指标', '可持续影响指标', '应急供应网络覆盖乡镇比例', '≥85%', S_NUM, '2025年工作计划'),
        ('满意度指标', '服务对象满意度指标', '网点经营者满意度', '≥85%', S_SAT, '问卷调查')]),
 dict(name='县级应急物资储备购置', code='13042525P00YJWZ10003D', cat='特定目标类', attr='延续项目', unit=LC,
  mu='万元', total='158.00', fin='158.00', other='0.00', plan=('40%', '100%', '100%', '100%'),
  use='用于购置棉被、折叠床、帐篷、发电机等县级救灾应急物资，补充储备库存。',
  goal='县级应急物资储备品种达到15类以上，采购物资全部验收合格，6月底前完成入库。',
  inds=[('产出指标', '数量指标', '应急物资储备品种', '≥15类', S_NUM, '《中华人民共和国突发事件应对法》'),
        ('产出指标', '数量指标', '折叠床购置数量', '≥800张', S_NUM, '2025年采购计划'),
        ('产出指标', '数量指标', '棉被购置数量', '≥1500床', S_NUM, '2025年采购计划'),
        ('产出指标', '质量指标', '采购物资验收合格率', '=100%', S_QUA, '《中华人民共和国政府采购法》'),
        ('产出指标', '时效指标', '采购完成时间', '2025年6月底前', S_TIM, '《中华人民共和国政府采购法》'),
        ('成本指标', '经济成本指标', '项目总成本', '≤158万元', S_CST, '年度预算批复'),
        ('效益指标', '社会效益指标', '应急物资保障能力', '有效提升', S_EFF, '《中华人民共和国突发事件应对法》'),
        ('效益指标', '可持续影响指标', '物资储备轮换机制', '持续完善', S_EFF, '2025年工作计划')]),
 dict(name='节能监察及能耗双控工作经费', code='13042525P00JNJC10002R', cat='特定目标类', attr='延续项目', unit=NY,
  mu='万元', total='62.50', fin='62.50', other='0.00', plan=('20%', '45%', '70%', '100%'),
  use='用于重点用能单位节能监察、固定资产投资项目节能审查评估及能耗在线监测系统运维。',
  goal='完成30家以上重点用能单位节能监察，单位GDP能耗完成市下达的下降目标。',
  inds=[('产出指标', '数量指标', '重点用能单位节能监察', '≥30家', S_NUM, '中华人民共和国节约能源法'),
        ('产出指标', '数量指标', '固定资产投资项目节能审查', '≥20个', S_NUM, JHZ),
        ('产出指标', '质量指标', '能耗在线监测数据接入率', '≥95%', S_QUA, JHZ),
        ('产出指标', '时效指标', '监察报告报送时间', '2025年12月15日前', S_TIM, JHZ),
        ('成本指标', '经济成本指标', '项目总成本', '≤62.5万元', S_CST, '年度预算批复'),
        ('效益指标', '生态效益指标', '单位GDP能耗下降率', '≥3.2%', S_NUM, JHZ),
        ('满意度指标', '服务对象满意度指标', '用能单位满意度', '≥85%', S_SAT, '问卷调查')]),
 dict(name='发展改革综合业务运转经费', code='13042525P004501100207', cat='其他运转类', attr='延续项目', unit=BEN,
  mu='万元', total='128.00', fin='128.00', other='0.00', plan=None,
  use='用于国民经济和社会发展年度计划编制、经济运行分析、规划研究及日常业务运转。',
  goal='按时完成年度计划编制和经济运行分析，为县委县政府决策提供参考。',
  inds=[('产出指标', '数量指标', '经济运行分析报告', '≥12期', S_NUM, DFG),
        ('产出指标', '数量指标', '规划及专题研究报告', '≥3个', S_NUM, DFG),
        ('产出指标', '质量指标', '公文办理及时率', '≥98%', S_QUA, '2025年工作计划'),
        ('产出指标', '时效指标', '年度计划报告提交时间', '2025年2月底前', S_TIM, '县人代会议程安排'),
        ('成本指标', '经济成本指标', '项目总成本', '≤128万元', S_CST, '年度预算批复'),
        ('效益指标', '社会效益指标', '服务县委县政府决策作用', '有效发挥', S_EFF, '2025年工作计划'),
        ('满意度指标', '服务对象满意度指标', '机关单位满意度', '≥90%', S_SAT, '问卷调查')]),
 dict(name='重大项目稽察及投资统计经费', code='13042525P00ZDXM10005W', cat='特定目标类', attr='新增项目', unit=ZD,
  mu='万元', total='74.80', fin='74.80', other='0.00', plan=('10%', '35%', '60%', '100%'),
  use='用于政府投资项目稽察、固定资产投资统计入库审核及统计业务培训。',
  goal='完成15个以上政府投资项目稽察，投资统计入库项目260个以上，统计数据差错率控制在1%以内。',
  inds=[('产出指标', '数量指标', '政府投资项目稽察数量', '≥15个', S_NUM, '《政府投资条例》'),
        ('产出指标', '数量指标', '投资统计入库项目数量', '≥260个', S_NUM, HTZ),
        ('产出指标', '质量指标', '统计数据差错率', '≤1%', S_QUA, HTZ),
        ('产出指标', '时效指标', '稽察报告完成时间', '2025年12月20日前', S_TIM, '《政府投资条例》'),
        ('成本指标', '经济成本指标', '单个项目稽察费用', '≤2.5万元/个', S_CST, DFG),
        ('成本指标', '经济成本指标', '项目总成本', '≤74.8万元', S_CST, '年度预算批复'),
        ('效益指标', '经济效益指标', '政府投资项目资金使用效益', '有效提升', S_EFF, '《政府投资条例》'),
        ('满意度指标', '服务对象满意度指标', '项目单位满意度', '≥90%', S_SAT, '问卷调查')]),
]
CN = '一二三四五六七八九十'


def num(s):
    return float(s.replace(',', ''))


def wan(p, key):
    return num(p[key]) / (10000 if p['mu'] == '元' else 1)


def set_font(run_or_style, size=None, bold=None):
    f = run_or_style.font
    f.name = LATIN
    if size: f.size = Pt(size)
    if bold is not None: f.bold = bold
    el = run_or_style.element
    rpr = el.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs'):
        rf.set(qn(a), LATIN)
    rf.set(qn('w:eastAsia'), FONT)


def para(d, text, size=10.5, bold=False, align=None, before=0, after=4):
    p = d.add_paragraph()
    r = p.add_run(text); set_font(r, size, bold)
    if align: p.alignment = align
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    return p


def cell_text(c, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=9):
    c.text = ''
    p = c.paragraphs[0]
    r = p.add_run(text); set_font(r, size, bold)
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:cantSplit'); trpr.append(e)


def widths(t, ws):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), ws):
        gc.set(qn('w:w'), str(int(Cm(w).twips)))
    for tr in t._tbl.tr_lst:
        k = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(ws[k:k + span]))
            k += span


def project_table(d, i, p):
    W = [2.2, 4.4, 2.9, 2.2, 3.1, 2.2]
    t = d.add_table(rows=0, cols=6); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    L = WD_ALIGN_PARAGRAPH.LEFT

    def row(*vals, bold=()):
        r = t.add_row(); no_split(r)
        for j, v in enumerate(vals):
            if v is not None:
                cell_text(r.cells[j], v, bold=j in bold)
        return r.cells
    c = row('项目名称', bold=(0,)); m = c[1].merge(c[5]); cell_text(m, p['name'], align=L)
    row('项目编码', p['code'], '项目类别', p['cat'], '项目属性', p['attr'], bold=(0, 2, 4))
    c = row('主管部门', DEPT, '实施单位', bold=(0, 2)); m = c[3].merge(c[5]); cell_text(m, p['unit'])
    c1 = row(None, '年度资金总额', None, '其中：财政资金', '其他资金', None, bold=(1, 3, 4))
    c2 = row(None, p['total'], None, p['fin'], p['other'], None)
    m = c1[0].merge(c2[0]); cell_text(m, '资金来源（%s）' % p['mu'], bold=True)
    m = c1[1].merge(c1[2]); cell_text(m, '年度资金总额', bold=True)
    m = c2[1].merge(c2[2]); cell_text(m, p['total'])
    m = c1[4].merge(c1[5]); cell_text(m, '其他资金', bold=True)
    m = c2[4].merge(c2[5]); cell_text(m, p['other'])
    if p['plan']:
        c1 = row(None, '截至3月末', '截至6月末', '截至9月末', '截至12月末', None, bold=(1, 2, 3, 4))
        c2 = row(None, *p['plan'], None)
        m = c1[0].merge(c2[0]); cell_text(m, '资金支出计划（累计进度）', bold=True)
        m = c1[4].merge(c1[5]); cell_text(m, '截至12月末', bold=True)
        m = c2[4].merge(c2[5]); cell_text(m, p['plan'][3])
    c = row('资金用途', bold=(0,)); m = c[1].merge(c[5]); cell_text(m, p['use'], align=L)
    c = row('年度绩效目标', bold=(0,)); m = c[1].merge(c[5]); cell_text(m, p['goal'], align=L)
    row('一级指标', '二级指标', '指标内容', '指标值', '评（扣）分标准', '备注', bold=range(6))
    start = len(t.rows)
    for ind in p['inds']:
        row(ind[0], ind[1], ind[2], ind[3], ind[4], ind[5])
    # merge 一级 and consecutive equal 二级 down
    for col in (0, 1):
        k = 0
        inds = p['inds']
        while k < len(inds):
            e = k
            while e + 1 < len(inds) and inds[e + 1][col] == inds[k][col] and inds[e + 1][0] == inds[k][0]:
                e += 1
            if e > k:
                m = t.cell(start + k, col).merge(t.cell(start + e, col)); cell_text(m, inds[k][col])
            k = e + 1
    widths(t, W)


def build_docx():
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = sec.bottom_margin = Cm(2.2)
    st = d.styles['Normal']; set_font(st, 10.5)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, DEPT, 20, True, C, before=60, after=12)
    para(d, '2025年度部门预算项目绩效目标公开', 18, True, C, after=40)
    para(d, '编制单位：' + DEPT, 12, False, C)
    para(d, '公开日期：2025年2月10日', 12, False, C)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    tot = sum(wan(p, 'total') for p in P)
    fin = sum(wan(p, 'fin') for p in P)
    oth = sum(wan(p, 'other') for p in P)
    para(d, '一、部门职责及机构设置', 14, True, before=6)
    para(d, DEPT + '是县政府工作部门，主要负责拟订并组织实施全县国民经济和社会发展规划和年度计划，统筹协调经济社会发展，'
         '承担重点项目谋划和政府投资管理、价格监测管理、能源节约和清洁取暖、社会信用体系建设、粮食和物资储备管理等职责。'
         '局机关内设办公室、综合规划股、投资股、价格股、能源股、粮食和物资储备股6个股室，所属事业单位4个：'
         + LC + '、' + ZD + '、' + JG + '、' + NY + '。', align=J)
    para(d, '二、2025年度部门整体绩效目标', 14, True, before=6)
    para(d, '（一）总体目标', 12, True)
    para(d, '2025年，我局围绕县委县政府中心工作，以项目建设为抓手推动县域经济高质量发展：谋划储备重点项目40个以上，'
         '争取上级资金1.2亿元以上；守牢粮食安全底线，县级储备粮2.5万吨规模保持稳定、质量达标；保障3.4万户农村清洁取暖'
         '设备稳定运行；重要民生商品价格监测及时准确；社会信用体系建设和营商环境持续优化；单位GDP能耗完成市下达目标。', align=J)
    para(d, '（二）年度重点任务', 12, True)
    for k, s in enumerate(['抓项目谋划和前期工作，提高项目储备质量，加快政府投资项目审批和稽察。',
                           '抓粮食和物资储备，完成储备粮年度轮换，新建粮食应急供应网点，补充县级应急物资。',
                           '抓能源保障和节能降耗，做好农村清洁取暖设备运维和重点用能单位节能监察。',
                           '抓价格监测和信用建设，做好价格异常波动预警，推进“双公示”和信用修复工作。'], 1):
        para(d, '%d．%s' % (k, s), align=J)
    para(d, '三、项目支出预算安排情况', 14, True, before=6)
    para(d, '2025年我局安排项目支出%s个，资金总额%.2f万元，其中财政资金%.2f万元，其他资金%.2f万元（含储备粮轮换价差收入、'
         '企业配套及乡镇自筹资金）。各项目资金安排见下表。' % (CN[len(P) - 1] if len(P) <= 10 else '十' + CN[len(P) - 11], tot, fin, oth),
         align=J)
    para(d, '2025年度项目支出预算汇总表', 11, True, C)
    para(d, '单位：万元', 9, False, R, after=2)
    t = d.add_table(rows=0, cols=6); t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ('序号', '项目名称', '实施单位', '资金总额', '财政资金', '其他资金')
    r = t.add_row()
    for j, h in enumerate(hdr): cell_text(r.cells[j], h, bold=True)
    for k, p in enumerate(P, 1):
        r = t.add_row(); no_split(r)
        vals = (str(k), p['name'], p['unit'], '%.2f' % wan(p, 'total'), '%.2f' % wan(p, 'fin'), '%.2f' % wan(p, 'other'))
        for j, v in enumerate(vals):
            cell_text(r.cells[j], v, align=WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2) else C)
    r = t.add_row(); no_split(r)
    m = r.cells[0].merge(r.cells[2]); cell_text(m, '合计', bold=True)
    for j, v in ((3, tot), (4, fin), (5, oth)): cell_text(r.cells[j], '%.2f' % v, bold=True)
    widths(t, [1.2, 5.6, 4.4, 2.0, 2.0, 1.8])
    para(d, '四、保障措施', 14, True, before=10)
    para(d, '（一）强化组织领导。成立由主要负责同志任组长的预算绩效管理领导小组，明确各股室和所属单位绩效管理责任，'
         '将绩效目标完成情况纳入年度考核。', align=J)
    para(d, '（二）严格预算执行。按照《中华人民共和国预算法》及其实施条例要求，依据批复的资金支出计划组织实施，'
         '按季度分析支出进度，对进度滞后的项目及时督导。', align=J)
    para(d, '（三）开展绩效监控。对项目绩效目标实现程度和预算执行进度实行“双监控”，发现偏差及时纠正，'
         '年度终了开展绩效自评，评价结果作为以后年度预算安排的重要依据。', align=J)
    para(d, '（四）加强资金监管。严格执行政府采购和财务管理制度，专款专用，确保资金使用安全规范、公开透明。', align=J)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(d, '五、项目支出绩效目标表', 14, True, before=0)
    for i, p in enumerate(P, 1):
        if i > 1:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(d, '表5-%d  %s绩效目标表' % (i, p['name']), 11, True, C, before=4)
        para(d, '填报单位：%s　　　　　　　　金额单位：%s' % (p['unit'], p['mu']), 9, False, WD_ALIGN_PARAGRAPH.LEFT, after=2)
        project_table(d, i, p)
    para(d, '注：资金支出计划为截至各季度末累计支出占年度资金总额的比例。', 9, before=6)

    cp = d.core_properties
    fixed = datetime.datetime(2025, 2, 10, 9, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = DEPT; cp.last_modified_by = DEPT; cp.revision = 1
    cp.title = DEPT + '2025年度部门预算项目绩效目标'
    buf = io.BytesIO(); d.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(DOCX, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist(), key=lambda n: (n != '[Content_Types].xml', n)):
            zi = zipfile.ZipInfo(n, date_time=(2025, 2, 10, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(n))


def fix_pdf(path):
    """Overwrite the export's dates and document ID with fixed values of the same length."""
    b = open(path, 'rb').read()

    def date(m):
        v = m.group(2)
        fixed = b'D:20250210090000'
        rest = v[len(fixed):]
        rest = re.sub(rb'[0-9]', b'0', rest)
        return m.group(1) + fixed + rest + b')'
    b = re.sub(rb'(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)\)', lambda m: date(m), b)

    def ident(m):
        return re.sub(rb'<[0-9A-Fa-f]+>', lambda h: b'<' + (b'D4' * 64)[:len(h.group()) - 2] + b'>', m.group())
    b = re.sub(rb'/ID\s*\[[^\]]*\]', ident, b)
    b = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)', lambda m: m.group(1) + b'0' * len(m.group(2)), b)
    # XMP packet dates, if any
    b = re.sub(rb'(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)',
               lambda m: m.group(1) + re.sub(rb'[0-9]', b'0', m.group(2)) + m.group(3), b)
    b = re.sub(rb'(uuid:)([0-9a-fA-F-]+)', lambda m: m.group(1) + re.sub(rb'[0-9a-fA-F]', b'0', m.group(2)), b)
    open(path, 'wb').write(b)


def main():
    for p in P:
        assert len(p['code']) == 21, p['code']
        assert abs(num(p['total']) - num(p['fin']) - num(p['other'])) < 1e-6, p['name']
    build_docx()
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix='daming_')
    try:
        prof = 'file://' + os.path.join(tmp, 'profile')
        subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf',
                        '--outdir', tmp, DOCX], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, 'daming-2025.pdf'), PDF)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    fix_pdf(PDF)
    print('wrote', os.path.normpath(DOCX), os.path.normpath(PDF), 'projects', len(P),
          'rows', sum(len(p['inds']) for p in P))


if __name__ == '__main__':
    main()
