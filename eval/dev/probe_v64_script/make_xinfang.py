"""Write xinfang-2025.docx (python-docx) and convert it to eval/dev/docs/xinfang-2025.pdf (LibreOffice).

邯郸市邯山区信访局 2025年度部门预算项目支出绩效目标（公开版） -- invented content.
Deterministic: fixed core properties and zip timestamps in the .docx; the PDF's CreationDate, ModDate and /ID
are overwritten with fixed values of the same length (so the xref offsets stay valid).
The table of contents carries page numbers found by converting once and locating the headings (repeated until stable).
"""
import datetime, io, os, re, shutil, subprocess, sys, tempfile, zipfile
import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, 'xinfang-2025.docx')
PDF = os.path.join(HERE, '..', 'docs', 'xinfang-2025.pdf')

DEPT = '邯郸市邯山区信访局'
BEN = '邯郸市邯山区信访局（本级）'
WS = '邯郸市邯山区网上信访服务中心'
JD = '邯郸市邯山区人民来访接待中心'
TITLE = '邯郸市邯山区信访局2025年度部门预算项目支出绩效目标（公开版）'

# references, written in the bracket form each table uses
JX = '冀信访〔2024〕9号'
JX_SQ = '冀信访[2024]9号'
JX_PAR = '冀信访（2024）9号'
HXL = '邯信联〔2025〕2号'
HXL_SQ = '邯信联[2025]2号'
HSZ = '邯山政办〔2024〕31号'
HSX = '邯山信〔2024〕15号'
TL = '《信访工作条例》'

# Each project: dict.  money: strings exactly as printed (in the project's money unit).
# plan: four cumulative quarter percentages as printed ('' = blank cell) or None (no plan row).
# style 'split': 指标值 numeric, unit in 度量单位; style 'joined': unit inside 指标值, 度量单位 left empty.
# rep: the indicator table's header row repeats on each page.
# ind: (一级, 二级, 三级, 指标值, 度量单位, 指标值设定依据及说明)
P = [
 dict(name='信访事项受理办理及矛盾纠纷化解工作经费', code='13040225P00XF0110001K', attr='延续项目', kind='其他运转类',
      period='2025年1月—2025年12月', org=BEN, mu='万元', total='186.00', fin='166.00', carry='20.00', other='0.00',
      plan=('25%', '50%', '75%', '100%'), style='split', rep=True, brk=False,
      use='用于群众来信来访登记受理、交办转送、调查核实、矛盾纠纷排查化解、信访事项答复送达等日常工作支出，上年结转资金为2024年未支付的矛盾纠纷排查化解服务费。',
      goal='全年依法受理登记信访事项不少于3200件，按期受理率100%，按期办结率不低于95%，初信初访一次性化解率不低于90%，推动矛盾纠纷源头化解、就地化解。',
      ind=[('产出指标', '数量指标', '信访事项受理登记数量', '≥3200', '件', '2024年受理登记3012件，按增长约6%测算'),
           ('产出指标', '数量指标', '矛盾纠纷集中排查次数', '≥24', '次', '每半月开展一次集中排查，' + JX),
           ('产出指标', '质量指标', '信访事项按期受理率', '=100', '%', TL + '第二十四条'),
           ('产出指标', '质量指标', '信访事项按期办结率', '≥95', '%', JX),
           ('产出指标', '时效指标', '信访事项受理告知时限', '≤15', '日', TL + '规定15日内告知'),
           ('成本指标', '经济成本指标', '项目总成本', '≤186', '万元', '年度预算批复'),
           ('效益指标', '社会效益指标', '初信初访一次性化解率', '≥90', '%', HXL),
           ('效益指标', '可持续影响指标', '矛盾纠纷多元化解机制', '逐步完善', '', '2025年度工作计划'),
           ('满意度指标', '服务对象满意度指标', '信访群众满意率', '≥90', '%', '第三方测评结果')]),
 dict(name='网上信访信息系统运维及升级改造经费', code='13040225P00XF0210002M', attr='延续项目', kind='其他运转类',
      period='2025年', org=WS, mu='元', total='385000.00', fin='385000.00', carry='0.00', other='0.00',
      plan=('10%', '40%', '80%', '100%'), style='joined', rep=False, brk=False,
      use='用于网上信访信息系统、视频接访系统软硬件运行维护，系统安全等级保护测评及功能升级改造。',
      goal='保障网上信访信息系统全年稳定运行，系统正常运行率不低于99%，网上信访事项录入准确率不低于98%，网上信访占比逐步提高。',
      ind=[('产出指标', '数量指标', '系统运维服务时长', '=12个月', '', '运维服务合同约定'),
           ('产出指标', '数量指标', '视频接访终端维护数量', '≥28台', '', '区、乡镇（街道）视频接访终端台账'),
           ('产出指标', '质量指标', '系统正常运行率', '≥99%', '', '《中华人民共和国网络安全法》'),
           ('产出指标', '质量指标', '网上信访事项录入准确率', '≥98%', '', JX_SQ),
           ('产出指标', '时效指标', '系统故障响应时间', '≤2小时', '', '运维服务合同约定'),
           ('成本指标', '经济成本指标', '项目总成本', '≤385000元', '', '年度预算批复及《政府采购法》'),
           ('效益指标', '社会效益指标', '网上信访占信访总量比例', '逐步提高', '', TL),
           ('满意度指标', '服务对象满意度指标', '使用单位满意度', '≥85%', '', '问卷调查')]),
 dict(name='信访积案化解专项资金', code='13040225P00XF0310003B', attr='延续项目', kind='特定目标类',
      period='2024年—2026年', org=BEN, mu='万元', total='420.00', fin='300.00', carry='80.00', other='40.00',
      plan=('20%', '45%', '70%', '100%'), style='split', rep=True, brk=False,
      use='用于区级信访积案的调查评估、听证、第三方评估、困难群众救助及案结事了相关支出；其他资金为市级信访专项补助，上年结转为2024年积案化解未支付资金。',
      goal='2025年12月底前化解区级信访积案不少于120件，积案化解率不低于85%，救助困难信访群众不少于60人，重复信访量明显下降。',
      ind=[('产出指标', '数量指标', '信访积案化解数量', '≥120', '件', '2025年度区级信访积案台账'),
           ('产出指标', '数量指标', '困难信访群众救助人数', '≥60', '人', HSZ),
           ('产出指标', '质量指标', '积案化解率', '≥85', '%', JX_PAR),
           ('产出指标', '质量指标', '化解案件“回潮”率', '≤5', '%', '2025年度工作计划'),
           ('产出指标', '时效指标', '年度积案化解完成时间', '2025年12月底前', '', HXL),
           ('成本指标', '经济成本指标', '单件积案化解平均成本', '≤3.5', '万元/件', '按全年化解120件测算'),
           ('成本指标', '经济成本指标', '项目总成本', '≤420', '万元', '年度预算批复'),
           ('效益指标', '社会效益指标', '重复信访量', '明显下降', '', TL),
           ('效益指标', '可持续影响指标', '信访积案化解长效机制', '逐步健全', '', '2025年度工作计划'),
           ('满意度指标', '服务对象满意度指标', '信访当事人满意度', '≥80', '%', '电话回访调查')]),
 dict(name='人民来访接待中心运行保障经费', code='13040225P00XF0410004C', attr='延续项目', kind='其他运转类',
      period='长期', org=JD, mu='万元', total='128.50', fin='128.50', carry='0.00', other='0.00',
      plan=('25%', '50%', '75%', '100%'), style='split', rep=True, brk=False,
      use='用于人民来访接待中心日常运转、窗口服务、安保、水电物业及“一站式”接待服务所需支出。',
      goal='保障人民来访接待中心工作日全天开放，全年接待来访群众不少于6500人次，来访登记规范率100%，来访群众满意度不低于92%。',
      ind=[('产出指标', '数量指标', '来访群众接待人次', '≥6500', '人次', '2024年接待6214人次'),
           ('产出指标', '数量指标', '接待窗口开放天数', '≥250', '天', '工作日全天开放'),
           ('产出指标', '质量指标', '来访登记规范率', '=100', '%', '《河北省信访条例》'),
           ('产出指标', '时效指标', '来访事项当日登记率', '=100', '%', TL),
           ('成本指标', '经济成本指标', '中心运行成本', '≤128.5', '万元', '年度预算批复'),
           ('效益指标', '社会效益指标', '群众来访秩序', '持续良好', '', '2025年度工作计划'),
           ('效益指标', '可持续影响指标', '“一站式”接待服务机制', '长期有效', '', HXL),
           ('满意度指标', '服务对象满意度指标', '来访群众满意度', '≥92', '%', '现场评价器统计')]),
 dict(name='领导干部接访下访及信访包案工作经费', code='13040225P00XF0510005D', attr='延续项目', kind='其他运转类',
      period='2025年1月—12月', org=BEN, mu='万元', total='36.80', fin='36.80', carry='0.00', other='0.00',
      plan=None, style='joined', rep=False, brk=False,
      use='用于区级领导干部公开接访、带案下访、信访包案调查及协调会商等工作支出。',
      goal='区级领导公开接访不少于48次，领导包案信访事项不少于40件，包案事项化解率不低于90%，群众信访诉求解决质效有效提升。',
      ind=[('产出指标', '数量指标', '区级领导公开接访次数', '≥48次', '', JX + '（区级领导每周轮流接访）'),
           ('产出指标', '数量指标', '领导包案信访事项数量', '≥40件', '', HSZ),
           ('产出指标', '质量指标', '包案事项化解率', '≥90%', '', HSZ),
           ('产出指标', '时效指标', '包案事项办结时限', '≤60日', '', TL),
           ('成本指标', '经济成本指标', '项目总成本', '≤36.8万元', '', '年度预算批复'),
           ('效益指标', '社会效益指标', '群众信访诉求解决质效', '有效提升', '', '2025年度工作计划'),
           ('满意度指标', '服务对象满意度指标', '信访群众满意度', '≥88%', '', '问卷调查')]),
 dict(name='信访法律顾问及第三方专业力量参与化解服务经费', code='13040225P00XF0610006E', attr='新增项目', kind='特定目标类',
      period='2025年', org=JD, mu='万元', total='64.00', fin='54.00', carry='10.00', other='0.00',
      plan=('0%', '40%', '70%', '100%'), style='joined', rep=True, brk=False,
      use='以政府购买服务方式聘请律师、心理咨询师等第三方专业力量，在接待中心坐班提供法律咨询并参与疑难信访事项化解。',
      goal='全年提供法律咨询服务不少于128件，第三方参与化解信访事项不少于80件，信访事项依法分类处理率不低于95%。',
      ind=[('产出指标', '数量指标', '法律咨询服务件次', '≥128件', '', '按律师每周坐班接待测算'),
           ('产出指标', '数量指标', '第三方参与化解信访事项数量', '≥80件', '', HXL),
           ('产出指标', '质量指标', '法律意见书出具合格率', '=100%', '', '《中华人民共和国律师法》'),
           ('产出指标', '时效指标', '法律意见出具时限', '≤5个工作日', '', '服务合同约定'),
           ('成本指标', '经济成本指标', '法律咨询服务单件成本', '≤0.5万元/件', '', '64万元÷128件'),
           ('成本指标', '经济成本指标', '项目总成本', '≤64万元', '', '《中华人民共和国政府采购法》及服务合同'),
           ('效益指标', '社会效益指标', '信访事项依法分类处理率', '≥95%', '', TL),
           ('满意度指标', '服务对象满意度指标', '信访群众满意度', '≥85%', '', '问卷调查')]),
 dict(name=HSX + '基层信访工作规范化建设补助资金', code='13040225P00XF0710007F', attr='新增项目', kind='特定目标类',
      period='2025年1月—2025年12月', org=BEN, mu='万元', total='210.00', fin='180.00', carry='0.00', other='30.00',
      plan=('0%', '30%', '60%', '100%'), style='split', rep=True, brk=False,
      use='按照' + HSX + '要求，补助乡镇（街道）规范化信访接待站建设及村（社区）信访代办员培训；其他资金为乡镇（街道）自筹配套。',
      goal='建成规范化信访接待站12个，培训村（社区）信访代办员不少于300人，矛盾纠纷就地化解率不低于85%，基层信访工作体系逐步健全。',
      ind=[('产出指标', '数量指标', '规范化信访接待站建设数量', '=12', '个', HSX),
           ('产出指标', '数量指标', '村（社区）信访代办员培训人数', '≥300', '人', HSX),
           ('产出指标', '质量指标', '接待站建设验收合格率', '=100', '%', '《河北省信访条例》'),
           ('产出指标', '时效指标', '接待站建设完成时间', '2025年9月底前', '', HSX),
           ('成本指标', '经济成本指标', '单个接待站补助标准', '≤15', '万元/个', '财政拨款180万元÷12个'),
           ('成本指标', '经济成本指标', '项目总成本', '≤210', '万元', '年度预算批复'),
           ('效益指标', '社会效益指标', '矛盾纠纷就地化解率', '≥85', '%', '2025年度工作计划'),
           ('效益指标', '可持续影响指标', '基层信访工作体系', '逐步健全', '', '2025年度工作计划'),
           ('满意度指标', '服务对象满意度指标', '基层群众满意度', '≥90', '%', '问卷调查')]),
 dict(name='信访干部业务培训及' + TL + '宣传经费', code='13040225P00XF0810008G', attr='延续项目', kind='其他运转类',
      period='2025年', org=BEN, mu='万元', total='28.60', fin='28.60', carry='0.00', other='0.00',
      plan=('40%', '100%', '', ''), style='joined', rep=False, brk=True,
      use='用于全区信访干部业务培训、' + TL + '集中宣传月活动及宣传资料印制。',
      goal='2025年6月底前完成全区信访干部轮训，培训不少于360人次，开展集中宣传活动不少于12场，群众依法有序信访意识逐步提高。',
      ind=[('产出指标', '数量指标', '信访干部业务培训人次', '≥360人次', '', TL + '第十二条'),
           ('产出指标', '数量指标', '集中宣传活动场次', '≥12场', '', '2025年度宣传工作方案'),
           ('产出指标', '数量指标', '宣传资料发放数量', '≥2万份', '', '2025年度宣传工作方案'),
           ('产出指标', '质量指标', '培训考试合格率', '≥95%', '', '2025年度工作计划'),
           ('产出指标', '时效指标', '培训完成时间', '2025年6月底前', '', '2025年度工作计划'),
           ('成本指标', '经济成本指标', '项目总成本', '≤28.6万元', '', '年度预算批复'),
           ('效益指标', '社会效益指标', '群众依法有序信访意识', '逐步提高', '', TL),
           ('满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '', '培训结束问卷调查')]),
 dict(name='信访督查督办及信访形势分析研判经费', code='13040225P00XF0910009H', attr='延续项目', kind='其他运转类',
      period='2025年', org=WS, mu='万元', total='52.40', fin='45.40', carry='7.00', other='0.00',
      plan=('25%', '50%', '75%', '100%'), style='split', rep=True, brk=False,
      use='用于信访事项督查督办、实地核查、信访数据统计分析及信访形势研判报告编制。',
      goal='全年督查督办信访事项不少于150件，督办事项办结率不低于95%，按月形成信访形势分析报告，信访工作责任落实机制长期有效。',
      ind=[('产出指标', '数量指标', '督查督办信访事项数量', '≥150', '件', '2025年度督查工作计划'),
           ('产出指标', '数量指标', '信访形势分析报告', '≥12', '期', '每月一期'),
           ('产出指标', '质量指标', '督办事项办结率', '≥95', '%', HXL_SQ),
           ('产出指标', '时效指标', '督办通知下发时限', '≤3', '个工作日', '督查督办工作制度'),
           ('成本指标', '经济成本指标', '项目总成本', '≤52.4', '万元', '年度预算批复'),
           ('效益指标', '社会效益指标', '信访事项及时就地解决率', '≥90', '%', TL),
           ('效益指标', '社会效益指标', '重复信访发生率', '逐年下降', '', '2025年度工作计划'),
           ('效益指标', '可持续影响指标', '信访工作责任落实机制', '长期有效', '', TL)]),
]

CN = '一二三四五六七八九十'
QUARTERS = ('第一季度', '第二季度', '第三季度', '第四季度')
W = [2.3, 2.5, 4.1, 2.6, 1.6, 3.9]   # cm, six grid columns, 17.0 in all


def wan(p, key):
    v = float(p[key])
    return v / 10000 if p['mu'] == '元' else v


# ---------------------------------------------------------------- docx helpers
def font(run, size=None, bold=False, sans=False):
    name = 'Noto Sans CJK SC' if sans else 'Noto Serif CJK SC'
    run.font.name = name
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), name)
    if size: run.font.size = Pt(size)
    run.bold = bold


def para(d, text='', size=12, bold=False, sans=False, align=None, indent=True, space_after=4):
    p = d.add_paragraph()
    if text:
        font(p.add_run(text), size, bold, sans)
    if align is not None: p.alignment = align
    pf = p.paragraph_format
    if indent and align is None: pf.first_line_indent = Pt(size * 2)
    pf.space_after = Pt(space_after); pf.line_spacing = 1.25
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def row_flags(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement('w:cantSplit'))
    if header:
        trPr.append(OxmlElement('w:tblHeader'))


def set_cell(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ''
    p = cell.paragraphs[0]
    font(p.add_run(text), size, bold)
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def new_table(d, nrows):
    t = d.add_table(rows=nrows, cols=6)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, col in enumerate(t.columns): col.width = Cm(W[j])
    for r in t.rows:
        for j, c in enumerate(r.cells):
            c.width = Cm(W[j])
    return t


def footer_page_number(section):
    section.different_first_page_header_footer = True
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run('— '), 9)
    r = p.add_run()
    for kind, txt in (('begin', None), (None, 'PAGE'), ('separate', None), (None, '1'), ('end', None)):
        if kind:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind); r._r.append(e)
        elif txt == 'PAGE':
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = ' PAGE '; r._r.append(e)
        else:
            e = OxmlElement('w:t'); e.text = txt; r._r.append(e)
    font(r, 9)
    font(p.add_run(' —'), 9)


# ---------------------------------------------------------------- document
def toc_entries():
    e = [('一、部门职责', 0), ('二、部门整体绩效目标', 0), ('三、保障措施', 0),
         ('四、项目支出绩效目标汇总表', 0), ('五、项目支出绩效目标表', 0)]
    for i, p in enumerate(P):
        e.append(('（%s）%s' % (CN[i], p['name']), 1))
    return e


def build(pages):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    footer_page_number(sec)
    st = d.styles['Normal']; st.font.name = 'Noto Serif CJK SC'; st.font.size = Pt(12)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), 'Noto Serif CJK SC')

    tot = sum(wan(p, 'total') for p in P); fin = sum(wan(p, 'fin') for p in P)
    car = sum(wan(p, 'carry') for p in P); oth = sum(wan(p, 'other') for p in P)
    nind = sum(len(p['ind']) for p in P)

    # cover
    for _ in range(6): para(d, indent=False)
    para(d, DEPT, 26, True, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(d, '2025年度部门预算项目支出绩效目标', 22, True, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(d, '（公开版）', 18, False, True, WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(10): para(d, indent=False)
    para(d, '编制单位：' + DEPT, 14, False, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(d, '二〇二五年一月', 14, False, False, WD_ALIGN_PARAGRAPH.CENTER)
    page_break(d)

    # table of contents
    para(d, '目    录', 18, True, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    for text, lvl in toc_entries():
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        pf.left_indent = Cm(0.8 * lvl); pf.space_after = Pt(3)
        font(p.add_run('%s\t%s' % (text, pages.get(text, '1'))), 12 if lvl == 0 else 11)
    page_break(d)

    # prose
    para(d, '一、部门职责', 16, True, True, indent=False)
    para(d, DEPT + '是区政府工作部门，主要职责是：贯彻落实党中央、省委、市委和区委关于信访工作的方针政策和决策部署，'
         '依照' + TL + '和《河北省信访条例》，受理、交办、转送群众来信、来访和网上信访事项；协调处理涉及全区的重要信访问题；'
         '督查督办信访事项的办理落实；综合分析信访信息，研判信访形势，向区委、区政府提出改进工作、完善政策的建议；'
         '指导各乡镇（街道）和区直部门的信访工作，组织开展信访干部业务培训。')
    para(d, '本局内设办公室、来信办理股、来访接待股、督查督办股、网上信访股5个股室，下属' + JD + '、' + WS +
         '2个事业单位。纳入本公开版的项目中，由局本级实施的%d个，由%s实施的%d个，由%s实施的%d个。' % (
             sum(p['org'] == BEN for p in P), JD, sum(p['org'] == JD for p in P), WS, sum(p['org'] == WS for p in P)))
    para(d, '二、部门整体绩效目标', 16, True, True, indent=False)
    para(d, '2025年，我局将坚持和发展新时代“枫桥经验”，深入推进信访工作法治化，着力从源头上预防和减少信访问题：'
         '全区初信初访一次性化解率不低于90%，信访事项按期受理率100%，按期办结率不低于95%；区级信访积案化解率不低于85%；'
         '网上信访占比逐步提高；群众对信访工作的满意度稳步提升。')
    para(d, '2025年部门预算安排项目支出%d个，项目资金合计%.2f万元，其中财政拨款%.2f万元、上年结转%.2f万元、其他资金%.2f万元'
         '（年度资金总额＝财政拨款＋上年结转＋其他资金）；共设置三级绩效指标%d条。各项目绩效目标见第四、五部分。'
         % (len(P), tot, fin, car, oth, nind))
    para(d, '三、保障措施', 16, True, True, indent=False)
    para(d, '（一）压实预算绩效管理责任。局主要负责同志对本部门预算绩效负总责，各项目实施单位对项目绩效目标实现负直接责任，'
         '严格按照《中华人民共和国预算法》和' + HXL + '要求编报、调整绩效目标。')
    para(d, '（二）加强支出进度和运行监控。按季度对照资金支出进度（累计）计划开展绩效运行监控，发现偏差及时纠偏；'
         '政府购买服务项目严格执行《中华人民共和国政府采购法》。')
    para(d, '（三）强化结果应用。年度终了开展绩效自评，自评结果与下年度预算安排挂钩，并按规定向社会公开。')

    # summary table
    h = para(d, '四、项目支出绩效目标汇总表', 16, True, True, indent=False)
    u = para(d, '金额单位：万元', 10, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, space_after=2)
    h.paragraph_format.keep_with_next = True; u.paragraph_format.keep_with_next = True
    SW = [0.8, 3.6, 4.1, 2.5, 1.5, 1.5, 1.5, 1.5]
    st_ = d.add_table(rows=len(P) + 2, cols=8)
    st_.style = 'Table Grid'; st_.alignment = WD_TABLE_ALIGNMENT.CENTER; st_.autofit = False
    hdr = ('序号', '项目名称', '项目编码', '实施单位', '年度资金总额', '财政拨款', '上年结转', '其他资金')
    for j, col in enumerate(st_.columns): col.width = Cm(SW[j])
    for i, r in enumerate(st_.rows):
        row_flags(r, header=(i == 0))
        for j, c in enumerate(r.cells): c.width = Cm(SW[j])
    for j, h in enumerate(hdr): set_cell(st_.rows[0].cells[j], h, 9, True)
    for i, p in enumerate(P, 1):
        vals = (str(i), p['name'], p['code'], p['org'], '%.2f' % wan(p, 'total'), '%.2f' % wan(p, 'fin'),
                '%.2f' % wan(p, 'carry'), '%.2f' % wan(p, 'other'))
        for j, v in enumerate(vals):
            set_cell(st_.rows[i].cells[j], v, 8, align=WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER)
    last = st_.rows[-1].cells
    m = last[0].merge(last[3]); set_cell(m, '合计', 9, True)
    for j, v in zip(range(4, 8), (tot, fin, car, oth)): set_cell(last[j], '%.2f' % v, 8, True)
    para(d, '注：' + '网上信访信息系统运维及升级改造经费项目表内以元为单位列示，本汇总表已折算为万元。', 9, indent=False)

    # project tables
    page_break(d)
    para(d, '五、项目支出绩效目标表', 16, True, True, indent=False)
    for i, p in enumerate(P):
        if p['brk'] and i > 0: page_break(d)
        para(d, '（%s）%s' % (CN[i], p['name']), 13, True, True, indent=False, space_after=2)
        para(d, '填报单位：%s        金额单位：%s' % (DEPT, p['mu']), 9, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
             space_after=2)
        basic(d, p)
        para(d, '绩效指标', 10, True, False, WD_ALIGN_PARAGRAPH.LEFT, indent=False, space_after=2)
        indicators(d, p)
        para(d, indent=False, space_after=2)
    para(d, '填报日期：2025年1月16日    审核：邯郸市邯山区财政局', 10, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 16, 9, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = DEPT; cp.last_modified_by = DEPT; cp.title = TITLE; cp.revision = 1
    cp.comments = ''; cp.keywords = ''; cp.subject = ''
    buf = io.BytesIO(); d.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(DOCX, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist(), key=lambda n: (n != '[Content_Types].xml', n)):
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 16, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(n))


def basic(d, p):
    plan = p['plan']
    n = 8 + (2 if plan else 0)
    t = new_table(d, n)
    for r in t.rows: row_flags(r)
    rows = t.rows
    c = rows[0].cells; set_cell(c[0], '项目名称', bold=True); set_cell(c[1].merge(c[5]), p['name'], align=WD_ALIGN_PARAGRAPH.LEFT)
    for k, (a, av, b, bv) in enumerate((('项目编码', p['code'], '项目属性', p['attr']),
                                         ('主管部门', DEPT, '实施单位', p['org']),
                                         ('项目类型', p['kind'], '项目期限', p['period'])), 1):
        c = rows[k].cells
        set_cell(c[0], a, bold=True); set_cell(c[1].merge(c[2]), av); set_cell(c[3], b, bold=True); set_cell(c[4].merge(c[5]), bv)
    # money: label merged down two rows, four labels then four values
    c4, c5 = rows[4].cells, rows[5].cells
    set_cell(c4[0].merge(c5[0]), '资金情况（%s）' % p['mu'], bold=True)
    for j, (lab, key) in enumerate((('年度资金总额', 'total'), ('其中：财政拨款', 'fin'), ('上年结转', 'carry'), ('其他资金', 'other'))):
        if j == 3:
            set_cell(c4[4].merge(c4[5]), lab, bold=True); set_cell(c5[4].merge(c5[5]), p[key])
        else:
            set_cell(c4[1 + j], lab, bold=True); set_cell(c5[1 + j], p[key])
    k = 6
    if plan:
        a, b = rows[6].cells, rows[7].cells
        set_cell(a[0].merge(b[0]), '资金支出进度（累计）', bold=True)
        for j in range(4):
            if j == 3:
                set_cell(a[4].merge(a[5]), QUARTERS[j], bold=True); set_cell(b[4].merge(b[5]), plan[j])
            else:
                set_cell(a[1 + j], QUARTERS[j], bold=True); set_cell(b[1 + j], plan[j])
        k = 8
    for lab, key in (('资金用途', 'use'), ('年度目标', 'goal')):
        c = rows[k].cells
        set_cell(c[0], lab, bold=True); set_cell(c[1].merge(c[5]), p[key], align=WD_ALIGN_PARAGRAPH.LEFT)
        k += 1


def indicators(d, p):
    ind = p['ind']
    t = new_table(d, len(ind) + 1)
    for i, r in enumerate(t.rows): row_flags(r, header=(i == 0 and p['rep']))
    for j, h in enumerate(('一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标值设定依据及说明')):
        set_cell(t.rows[0].cells[j], h, bold=True)
    for i, row in enumerate(ind, 1):
        for j in range(2, 6):
            set_cell(t.rows[i].cells[j], row[j], align=WD_ALIGN_PARAGRAPH.LEFT if j in (2, 5) else WD_ALIGN_PARAGRAPH.CENTER)
    # vertical merges: 一级 runs, and 二级 runs inside them
    for col, keyf in ((0, lambda r: r[0]), (1, lambda r: (r[0], r[1]))):
        i = 0
        while i < len(ind):
            j = i
            while j + 1 < len(ind) and keyf(ind[j + 1]) == keyf(ind[i]): j += 1
            cell = t.rows[i + 1].cells[col]
            if j > i: cell = cell.merge(t.rows[j + 1].cells[col])
            set_cell(cell, ind[i][col])
            i = j + 1


# ---------------------------------------------------------------- PDF
FIXED_STAMP = b'20250116090000'


def convert(src, out_pdf):
    work = tempfile.mkdtemp(prefix='xf_soffice_')
    try:
        prof = 'file://' + os.path.join(work, 'profile')
        env = dict(os.environ, TZ='UTC', LC_ALL='C.UTF-8')
        subprocess.run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf',
                        '--outdir', work, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        b = open(os.path.join(work, os.path.splitext(os.path.basename(src))[0] + '.pdf'), 'rb').read()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def fix_date(m):       # keep the length: only the 14 digits of the time stamp change
        return m.group(1) + FIXED_STAMP + m.group(3)
    b = re.sub(rb'(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*\))', fix_date, b)
    b = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)', lambda m: m.group(1) + b'0' * len(m.group(2)), b)

    def fix_id(m):
        return b'/ID' + m.group(1) + re.sub(rb'[0-9A-Fa-f]', b'0', m.group(2)) + b']'
    b = re.sub(rb'/ID(\s*\[)([^\]]*)\]', fix_id, b)
    with open(out_pdf, 'wb') as f:
        f.write(b)


def locate(pdf):
    import pdfplumber
    found = {}
    with pdfplumber.open(pdf) as doc:
        texts = [re.sub(r'\s+', '', pg.extract_text() or '') for pg in doc.pages]
    for text, _ in toc_entries():
        key = re.sub(r'\s+', '', text)
        for n, t in enumerate(texts, 1):
            if n <= 2: continue          # cover and contents
            if key in t:
                found[text] = str(n); break
    return found


def main():
    pages = {}
    for _ in range(4):
        build(pages)
        tmp = PDF + '.tmp'
        convert(DOCX, tmp)
        new = locate(tmp)
        os.remove(tmp)
        missing = [t for t, _ in toc_entries() if t not in new]
        assert not missing, missing
        if new == pages: break
        pages = new
    else:
        sys.exit('table of contents did not settle')
    build(pages)
    convert(DOCX, PDF)
    print('wrote', DOCX, PDF, 'projects', len(P), 'indicator rows', sum(len(p['ind']) for p in P))


if __name__ == '__main__':
    main()
