"""Write kejifx-2025.docx (python-docx, own layout) and convert it to eval/dev/docs/kejifx-2025.pdf (LibreOffice).

邯郸市肥乡区科学技术局 2025年度部门预算项目绩效目标 -- invented content.
Layout: title block, prose (一、部门职责 二、总体目标 三、年度重点任务 四、保障措施), then 五、项目绩效目标表 with one
caption «表N xx项目绩效目标表» per project, a 4-column label/value header table (money block and quarterly
cumulative plan inside it) and a 5-column indicator table with merged 一级指标 cells.
Deterministic: fixed core properties and zip timestamps in the .docx; the PDF's CreationDate/ModDate digits,
/ID and /DocChecksum hex digits are overwritten with same-length fixed values.
"""
import datetime, io, os, re, shutil, subprocess, sys, tempfile, zipfile
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, 'kejifx-2025.docx')
PDF = os.path.join(HERE, '..', 'docs', 'kejifx-2025.pdf')

DEPT = '邯郸市肥乡区科学技术局'
BEN = '邯郸市肥乡区科学技术局（本级）'
FW = '邯郸市肥乡区科技创新服务中心'
YQ = '邯郸市肥乡区农业科技园区管理服务中心'
TITLE = '邯郸市肥乡区科学技术局2025年度部门预算项目绩效目标'

JKG = '冀科规〔2023〕3号'
JKG_SQ = '冀科规[2023]3号'
JKG_PAR = '冀科规（2023）3号'
HKZ = '邯科字〔2024〕12号'
HKZ_B = '邯科字【2024】12号'
FZB = '肥政办〔2024〕27号'
JKJ = '冀科高〔2024〕8号'
KJL = '《中华人民共和国科学技术进步法》'

# money strings as printed in the project's unit; plan: 4 cumulative % strings or None
# ind: (一级, 二级, 三级, 指标值, 指标值确定依据)
P = [
 dict(name='科技创新券补助资金', code='13042825P00KJ0110001A', attr='延续项目', cat='专项业务类',
      period='2025年1月—2025年12月', org=FW, mu='万元', total='260.00', fin='220.00', carry='40.00', other='0.00',
      plan=('20%', '50%', '75%', '100%'),
      goal='全年向科技型中小企业发放科技创新券不少于80家，兑付创新券资金不低于200万元，带动企业购买检验检测、研发设计等科技服务，企业研发投入稳步增长。',
      ind=[('产出指标', '数量指标', '创新券支持企业数量', '≥80家', HKZ),
           ('产出指标', '数量指标', '创新券兑付金额', '≥200万元', '2024年兑付186万元'),
           ('产出指标', '质量指标', '创新券兑付审核合规率', '=100%', JKG),
           ('产出指标', '时效指标', '创新券兑付完成时间', '2025年11月底前', '年度工作计划'),
           ('成本指标', '经济成本指标', '单家企业创新券补助额度', '≤5万元/家', JKG),
           ('成本指标', '经济成本指标', '项目总成本', '≤260万元', '年度预算批复'),
           ('效益指标', '经济效益指标', '带动企业研发投入', '≥1500万元', '按1:6撬动比例测算'),
           ('效益指标', '可持续影响指标', '科技服务市场活跃度', '稳步提升', KJL),
           ('满意度指标', '服务对象满意度指标', '受惠企业满意度', '≥90%', '问卷调查')]),
 dict(name='高新技术企业培育奖补资金', code='13042825P00KJ0210002B', attr='延续项目', cat='专项业务类',
      period='2025年', org=BEN, mu='万元', total='380.00', fin='300.00', carry='0.00', other='80.00',
      plan=('10%', '40%', '70%', '100%'),
      goal='新认定高新技术企业不少于12家，入库科技型中小企业不少于150家，对首次认定高新技术企业给予一次性奖励，高新技术产业增加值占规上工业增加值比重稳步提高。',
      ind=[('产出指标', '数量指标', '新认定高新技术企业数量', '≥12家', JKJ),
           ('产出指标', '数量指标', '入库科技型中小企业数量', '≥150家', JKG_SQ),
           ('产出指标', '质量指标', '奖补资金拨付准确率', '=100%', FZB),
           ('产出指标', '时效指标', '奖补资金拨付时间', '2025年11月底前', '年度工作计划'),
           ('成本指标', '经济成本指标', '首次认定高企奖励标准', '≤10万元/家', FZB),
           ('成本指标', '经济成本指标', '项目总成本', '≤380万元', '年度预算批复'),
           ('效益指标', '经济效益指标', '高新技术产业增加值增速', '≥8%', '区“十四五”科技创新规划'),
           ('效益指标', '可持续影响指标', '高企梯次培育机制', '长期有效', KJL),
           ('满意度指标', '服务对象满意度指标', '奖补企业满意度', '≥92%', '问卷调查')]),
 dict(name='科技特派员农村科技服务经费', code='13042825P00KJ0310003C', attr='延续项目', cat='专项业务类',
      period='2025年1月—2025年12月', org=YQ, mu='万元', total='68.50', fin='68.50', carry='0.00', other='0.00',
      plan=('25%', '50%', '75%', '100%'),
      goal='选派科技特派员不少于45人，服务乡镇村和农业经营主体，开展技术培训不少于90场，推广农业新技术不少于15项，带动农民增收。',
      ind=[('产出指标', '数量指标', '选派科技特派员人数', '≥45人', HKZ),
           ('产出指标', '数量指标', '开展农业技术培训场次', '≥90场', '每名特派员每年不少于2场'),
           ('产出指标', '数量指标', '推广农业新技术', '≥15项', '年度工作计划'),
           ('产出指标', '质量指标', '特派员考核合格率', '≥95%', '科技特派员管理办法'),
           ('成本指标', '经济成本指标', '科技特派员工作补助', '≤1.2万元/人', HKZ),
           ('效益指标', '社会效益指标', '培训农民人次', '≥4500人次', '按每场50人测算'),
           ('效益指标', '可持续影响指标', '农村科技服务体系', '逐步健全', '《农业技术推广法》'),
           ('满意度指标', '服务对象满意度指标', '服务农户满意度', '≥88%', '入户回访')]),
 dict(name='专利资助及知识产权保护经费', code='13042825P00KJ0410004D', attr='延续项目', cat='专项业务类',
      period='2025年', org=FW, mu='元', total='456000.00', fin='456000.00', carry='0.00', other='0.00',
      plan=('0%', '30%', '60%', '100%'),
      goal='资助发明专利授权不少于60件，开展知识产权宣传培训不少于6场，专利侵权纠纷调处结案率不低于90%，全区每万人发明专利拥有量稳步提升。',
      ind=[('产出指标', '数量指标', '资助发明专利授权件数', '≥60件', '2024年授权发明专利52件'),
           ('产出指标', '数量指标', '知识产权宣传培训场次', '≥6场', '中华人民共和国专利法'),
           ('产出指标', '质量指标', '专利侵权纠纷调处结案率', '≥90%', '《中华人民共和国专利法》'),
           ('产出指标', '时效指标', '资助资金兑付时间', '2025年11月底前', '年度工作计划'),
           ('成本指标', '经济成本指标', '发明专利授权资助标准', '≤3000元/件', JKG_PAR),
           ('成本指标', '经济成本指标', '项目总成本', '≤456000元', '年度预算批复'),
           ('效益指标', '社会效益指标', '每万人发明专利拥有量', '稳步提升', '区知识产权发展规划'),
           ('满意度指标', '服务对象满意度指标', '专利权人满意度', '≥85%', '问卷调查')]),
 dict(name='科普宣传及科技活动周经费', code='13042825P00KJ0510005E', attr='延续项目', cat='其他运转类',
      period='2025年1月—12月', org=BEN, mu='万元', total='45.00', fin='45.00', carry='0.00', other='0.00',
      plan=None,
      goal='组织科技活动周、全国科普日等主题活动，举办科普讲座不少于30场，受益群众不少于2万人次，公民具备科学素质比例稳步提高。',
      ind=[('产出指标', '数量指标', '科普讲座场次', '≥30场', '《中华人民共和国科学技术普及法》'),
           ('产出指标', '数量指标', '科技活动周主题活动', '≥1次', '全国科技活动周通知'),
           ('产出指标', '数量指标', '受益群众人次', '≥2万人次', '2024年受益1.8万人次'),
           ('产出指标', '质量指标', '科普活动安全事故发生率', '=0', '年度工作计划'),
           ('产出指标', '时效指标', '科技活动周举办时间', '2025年5月底前', '全国科技活动周通知'),
           ('成本指标', '经济成本指标', '项目总成本', '≤45万元', '年度预算批复'),
           ('效益指标', '社会效益指标', '公民具备科学素质比例', '≥14%', '全民科学素质行动规划纲要'),
           ('满意度指标', '服务对象满意度指标', '参与群众满意度', '≥95%', '现场问卷')]),
 dict(name='肥乡区省级农业科技园区建设补助资金', code='13042825P00KJ0610006F', attr='新增项目', cat='项目建设类',
      period='2025年1月—2026年6月', org=YQ, mu='万元', total='520.00', fin='400.00', carry='70.00', other='50.00',
      plan=('0%', '35%', '70%', '100%'),
      goal='2025年11月底前完成园区科技研发中心改造及智能温室建设，示范推广农业新品种不少于20个，引进入园科技型企业不少于5家，园区亩均效益明显提高。',
      ind=[('产出指标', '数量指标', '示范推广农业新品种', '≥20个', '《河北省科学技术进步条例》'),
           ('产出指标', '数量指标', '新建智能温室面积', '≥30亩', '园区建设规划'),
           ('产出指标', '数量指标', '引进入园科技型企业', '≥5家', HKZ_B),
           ('产出指标', '质量指标', '建设工程验收合格率', '=100%', '工程质量验收规范'),
           ('产出指标', '时效指标', '园区建设任务完成时间', '2025年11月底前', HKZ_B),
           ('成本指标', '经济成本指标', '智能温室建设成本', '≤12万元/亩', '工程预算评审报告'),
           ('成本指标', '经济成本指标', '项目总成本', '≤520万元', '年度预算批复'),
           ('效益指标', '经济效益指标', '园区亩均效益', '明显提高', '园区建设规划'),
           ('效益指标', '可持续影响指标', '园区科技示范带动作用', '持续增强', '《河北省科学技术进步条例》'),
           ('满意度指标', '服务对象满意度指标', '入园企业满意度', '≥90%', '问卷调查')]),
 dict(name='科技成果转化及技术合同登记服务经费', code='13042825P00KJ0710007G', attr='延续项目', cat='专项业务类',
      period='2025年', org=FW, mu='万元', total='96.00', fin='86.00', carry='10.00', other='0.00',
      plan=('20%', '45%', '70%', '100%'),
      goal='全年登记技术合同不少于120项，技术合同成交额不低于1.5亿元，促成科技成果转化项目不少于10项，组织产学研对接活动不少于4场。',
      ind=[('产出指标', '数量指标', '技术合同登记数量', '≥120项', '中华人民共和国促进科技成果转化法'),
           ('产出指标', '数量指标', '促成科技成果转化项目', '≥10项', JKG_PAR),
           ('产出指标', '数量指标', '产学研对接活动场次', '≥4场', '年度工作计划'),
           ('产出指标', '质量指标', '技术合同认定登记准确率', '≥98%', '技术合同认定登记管理办法'),
           ('成本指标', '经济成本指标', '项目总成本', '≤96万元', '年度预算批复'),
           ('效益指标', '经济效益指标', '技术合同成交额', '≥1.5亿元', '2024年成交额1.32亿元'),
           ('效益指标', '可持续影响指标', '成果转化服务体系', '逐步完善', KJL),
           ('满意度指标', '服务对象满意度指标', '技术交易主体满意度', '≥90%', '问卷调查')]),
 dict(name=FZB + '科技型中小企业研发投入后补助资金', code='13042825P00KJ0810008H', attr='新增项目', cat='专项业务类',
      period='2025年', org=BEN, mu='万元', total='150.00', fin='150.00', carry='0.00', other='0.00',
      plan=('0%', '0%', '60%', '100%'),
      goal='按照' + FZB + '规定，对上年度研发费用增长的科技型中小企业给予后补助，支持企业不少于30家，全区企业研发投入强度稳步提高。',
      ind=[('产出指标', '数量指标', '后补助支持企业数量', '≥30家', FZB),
           ('产出指标', '质量指标', '研发费用核查准确率', '=100%', FZB),
           ('产出指标', '时效指标', '后补助资金拨付时间', '2025年11月底前', FZB),
           ('成本指标', '经济成本指标', '单家企业后补助上限', '≤10万元/家', FZB),
           ('成本指标', '经济成本指标', '项目总成本', '≤150万元', '年度预算批复'),
           ('效益指标', '经济效益指标', '全区企业研发投入增长率', '≥10%', KJL),
           ('效益指标', '可持续影响指标', '企业创新主体地位', '持续巩固', '区“十四五”科技创新规划')]),
 dict(name='科技统计调查及科技项目管理工作经费', code='13042825P00KJ0910009J', attr='延续项目', cat='其他运转类',
      period='长期', org=BEN, mu='万元', total='32.60', fin='32.60', carry='0.00', other='0.00',
      plan=('25%', '50%', '75%', '100%'),
      goal='完成全区研究与试验发展（R&D）经费统计调查，组织科技项目申报、立项评审和验收不少于40项，按期完成年度科技统计报表。',
      ind=[('产出指标', '数量指标', '研发统计调查企业数量', '≥110家', '国家科技统计报表制度'),
           ('产出指标', '数量指标', '科技项目评审验收数量', '≥40项', HKZ),
           ('产出指标', '质量指标', '统计数据审核通过率', '≥98%', '《中华人民共和国统计法》'),
           ('产出指标', '时效指标', '年度统计报表报送时间', '2025年6月底前', '国家科技统计报表制度'),
           ('成本指标', '经济成本指标', '项目评审专家劳务费标准', '≤800元/人·天', '《中华人民共和国政府采购法》及专家劳务费管理规定'),
           ('成本指标', '经济成本指标', '项目总成本', '≤32.6万元', '年度预算批复'),
           ('效益指标', '社会效益指标', '科技决策数据支撑作用', '有效发挥', '年度工作计划'),
           ('满意度指标', '服务对象满意度指标', '项目承担单位满意度', '≥85%', '问卷调查')]),
 dict(name='省级研发平台建设奖补资金', code='13042825P00KJ1010010K', attr='新增项目', cat='专项业务类',
      period='2025年', org=FW, mu='万元', total='200.00', fin='160.00', carry='0.00', other='40.00',
      plan=('0%', '20%', '50%', '100%'),
      goal='对新认定的省级重点实验室、技术创新中心等研发平台给予奖补，新建省级研发平台不少于4家，2025年11月底前完成奖补资金拨付。',
      ind=[('产出指标', '数量指标', '新建省级研发平台数量', '≥4家', JKJ),
           ('产出指标', '数量指标', '研发平台新增研发人员', '≥40人', '平台建设方案'),
           ('产出指标', '质量指标', '平台绩效评价合格率', '=100%', JKG),
           ('产出指标', '时效指标', '奖补资金拨付时间', '2025年11月底前', JKJ),
           ('成本指标', '经济成本指标', '单个平台奖补标准', '≤50万元/家', JKJ),
           ('成本指标', '经济成本指标', '项目总成本', '≤200万元', '年度预算批复'),
           ('效益指标', '经济效益指标', '平台带动企业新产品产值', '≥5000万元', '平台建设方案'),
           ('效益指标', '可持续影响指标', '区域研发创新能力', '持续增强', '《中华人民共和国促进科技成果转化法》'),
           ('满意度指标', '服务对象满意度指标', '平台依托单位满意度', '≥90%', '问卷调查')]),
]

QUARTERS = ('一季度', '二季度', '三季度', '四季度')
HW = [3.2, 5.3, 3.2, 5.3]
IW = [2.4, 2.8, 4.4, 3.2, 4.2]


def wan(p, key):
    v = float(p[key])
    return v / 10000 if p['mu'] == '元' else v


def font(run, size=None, bold=False, sans=False):
    name = 'Noto Sans CJK SC' if sans else 'Noto Serif CJK SC'
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), name)
    if size: run.font.size = Pt(size)
    run.bold = bold


def para(d, text='', size=12, bold=False, sans=False, align=None, indent=True, space_after=4, keep=False):
    p = d.add_paragraph()
    if text: font(p.add_run(text), size, bold, sans)
    if align is not None: p.alignment = align
    pf = p.paragraph_format
    if indent and align is None: pf.first_line_indent = Pt(size * 2)
    pf.space_after = Pt(space_after); pf.line_spacing = 1.3
    if keep: pf.keep_with_next = True
    return p


def row_flags(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement('w:cantSplit'))
    if header: trPr.append(OxmlElement('w:tblHeader'))


def set_cell(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ''
    p = cell.paragraphs[0]
    font(p.add_run(text), size, bold)
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def new_table(d, nrows, widths):
    t = d.add_table(rows=nrows, cols=len(widths))
    t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER; t.autofit = False
    for j, col in enumerate(t.columns): col.width = Cm(widths[j])
    for r in t.rows:
        for j, c in enumerate(r.cells): c.width = Cm(widths[j])
    return t


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run('第 '), 9)
    r = p.add_run()
    for kind, txt in (('begin', None), (None, 'PAGE'), ('separate', None), (None, '1'), ('end', None)):
        if kind:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind); r._r.append(e)
        elif txt == 'PAGE':
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = ' PAGE '; r._r.append(e)
        else:
            e = OxmlElement('w:t'); e.text = txt; r._r.append(e)
    font(r, 9)
    font(p.add_run(' 页'), 9)


def build():
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    footer_page_number(sec)
    st = d.styles['Normal']; st.font.name = 'Noto Serif CJK SC'; st.font.size = Pt(12)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), 'Noto Serif CJK SC')

    tot = sum(wan(p, 'total') for p in P); fin = sum(wan(p, 'fin') for p in P)
    car = sum(wan(p, 'carry') for p in P); oth = sum(wan(p, 'other') for p in P)
    nind = sum(len(p['ind']) for p in P)
    n_new = sum(p['attr'] == '新增项目' for p in P)

    para(d, DEPT, 20, True, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(d, '2025年度部门预算项目绩效目标', 18, True, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(d, '（依据《中华人民共和国预算法》及其实施条例规定向社会公开）', 11, False, False, WD_ALIGN_PARAGRAPH.CENTER, space_after=10)

    para(d, '一、部门职责', 15, True, True, indent=False)
    para(d, DEPT + '是区政府工作部门，主要职责是：贯彻落实国家和省、市关于科技创新的方针政策，拟订全区科技发展规划和年度计划并组织实施；'
         '统筹推进区域创新体系建设，培育高新技术企业和科技型中小企业；组织实施科技特派员制度，推进农业科技园区建设；'
         '负责专利资助、知识产权保护和技术合同认定登记；组织开展科学技术普及工作；负责全区科技统计和科技项目管理。')
    para(d, '本局内设办公室、科技计划股、高新技术股、农村科技股4个股室，下属' + FW + '、' + YQ + '2个事业单位。'
         '纳入本次公开的项目中，由局本级实施%d个，由%s实施%d个，由%s实施%d个。' % (
             sum(p['org'] == BEN for p in P), FW, sum(p['org'] == FW for p in P), YQ, sum(p['org'] == YQ for p in P)))
    para(d, '二、总体目标', 15, True, True, indent=False)
    para(d, '2025年，我局以提升区域创新能力为主线，全区新认定高新技术企业不少于12家，入库科技型中小企业不少于150家，'
         '技术合同成交额不低于1.5亿元，建成省级研发平台不少于4家，科技特派员服务覆盖全部涉农乡镇。')
    para(d, '2025年部门预算共安排项目%d个（其中新增项目%d个、延续项目%d个），年度资金总额合计%.2f万元，其中财政拨款%.2f万元、'
         '上年结转%.2f万元、其他资金%.2f万元；共设置三级绩效指标%d条。专利资助及知识产权保护经费在项目表中以元列示，'
         '上述合计已折算为万元。' % (len(P), n_new, len(P) - n_new, tot, fin, car, oth, nind))
    para(d, '三、年度重点任务', 15, True, True, indent=False)
    para(d, '（一）实施高新技术企业倍增行动，完善“科技型中小企业—高新技术企业—科技领军企业”梯次培育体系，落实创新券、研发投入后补助等普惠政策。')
    para(d, '（二）深化科技特派员制度，推进省级农业科技园区提档升级，2025年11月底前完成园区重点建设任务。')
    para(d, '（三）加强知识产权创造、保护和运用，推动科技成果转化，办好科技活动周和全国科普日活动。')
    para(d, '四、保障措施', 15, True, True, indent=False)
    para(d, '（一）严格落实《中华人民共和国预算法》和全面实施预算绩效管理的要求，项目实施单位对绩效目标实现负直接责任。')
    para(d, '（二）按季度对照资金支出计划开展绩效运行监控，对执行偏差较大的项目及时督促整改。')
    para(d, '（三）年度终了开展绩效自评，自评结果作为以后年度预算安排的重要依据，并按规定向社会公开。')

    para(d, '五、项目绩效目标表', 15, True, True, indent=False, keep=True)
    for i, p in enumerate(P, 1):
        para(d, '表%d %s项目绩效目标表' % (i, p['name']), 11, True, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=2, keep=True)
        header(d, p)
        para(d, '', 4, indent=False, space_after=0, keep=True)
        indicators(d, p)
        para(d, indent=False, space_after=4)
    para(d, '邯郸市肥乡区科学技术局    2025年1月20日', 11, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 20, 9, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = DEPT; cp.last_modified_by = DEPT; cp.title = TITLE; cp.revision = 1
    cp.comments = ''; cp.keywords = ''; cp.subject = ''
    buf = io.BytesIO(); d.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(DOCX, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist(), key=lambda n: (n != '[Content_Types].xml', n)):
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 20, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(n))


def header(d, p):
    plan = p['plan']
    n = 8 + (3 if plan else 0)
    t = new_table(d, n, HW)
    for r in t.rows: row_flags(r)
    R = t.rows
    c = R[0].cells; set_cell(c[0], '项目名称', bold=True); set_cell(c[1].merge(c[3]), p['name'])
    for k, (a, av, b, bv) in enumerate((('项目编码', p['code'], '项目属性', p['attr']),
                                         ('主管部门', DEPT, '实施单位', p['org']),
                                         ('项目期限', p['period'], '项目类别', p['cat'])), 1):
        c = R[k].cells
        set_cell(c[0], a, bold=True); set_cell(c[1], av); set_cell(c[2], b, bold=True); set_cell(c[3], bv)
    c = R[4].cells; set_cell(c[0].merge(c[3]), '资金来源（单位：%s）' % p['mu'], bold=True)
    for j, lab in enumerate(('年度资金总额', '其中：财政拨款', '上年结转', '其他资金')):
        set_cell(R[5].cells[j], lab, bold=True)
    for j, key in enumerate(('total', 'fin', 'carry', 'other')):
        set_cell(R[6].cells[j], p[key])
    k = 7
    if plan:
        c = R[7].cells; set_cell(c[0].merge(c[3]), '资金支出计划（累计支出比例）', bold=True)
        for j in range(4):
            set_cell(R[8].cells[j], QUARTERS[j], bold=True); set_cell(R[9].cells[j], plan[j])
        k = 10
    c = R[k].cells; set_cell(c[0], '年度绩效目标', bold=True); set_cell(c[1].merge(c[3]), p['goal'], align=WD_ALIGN_PARAGRAPH.LEFT)


def indicators(d, p):
    ind = p['ind']
    t = new_table(d, len(ind) + 1, IW)
    for i, r in enumerate(t.rows): row_flags(r, header=(i == 0))
    for j, h in enumerate(('一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据')):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for i, row in enumerate(ind, 1):
        for j in (1, 2, 3, 4):
            set_cell(t.rows[i].cells[j], row[j], align=WD_ALIGN_PARAGRAPH.LEFT if j in (2, 4) else WD_ALIGN_PARAGRAPH.CENTER)
    i = 0
    while i < len(ind):
        j = i
        while j + 1 < len(ind) and ind[j + 1][0] == ind[i][0]: j += 1
        cell = t.rows[i + 1].cells[0]
        if j > i: cell = cell.merge(t.rows[j + 1].cells[0])
        set_cell(cell, ind[i][0])
        i = j + 1


FIXED_STAMP = b'20250120090000'


def convert(src, out_pdf):
    work = tempfile.mkdtemp(prefix='kj_soffice_')
    try:
        env = dict(os.environ, TZ='UTC', LC_ALL='C.UTF-8')
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-v72', '--headless', '--convert-to', 'pdf',
                        '--outdir', work, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        b = open(os.path.join(work, os.path.splitext(os.path.basename(src))[0] + '.pdf'), 'rb').read()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    b = re.sub(rb'(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*\))', lambda m: m.group(1) + FIXED_STAMP + m.group(3), b)
    b = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)', lambda m: m.group(1) + b'0' * len(m.group(2)), b)
    b = re.sub(rb'/ID(\s*\[)([^\]]*)\]', lambda m: b'/ID' + m.group(1) + re.sub(rb'[0-9A-Fa-f]', b'0', m.group(2)) + b']', b)
    with open(out_pdf, 'wb') as f:
        f.write(b)


def main():
    for p in P:
        assert abs(float(p['total']) - float(p['fin']) - float(p['carry']) - float(p['other'])) < 1e-9, p['name']
        assert 7 <= len(p['ind']) <= 10, p['name']
    build()
    convert(DOCX, PDF)
    print('wrote', DOCX, PDF, 'projects', len(P), 'indicator rows', sum(len(p['ind']) for p in P))


if __name__ == '__main__':
    main()
