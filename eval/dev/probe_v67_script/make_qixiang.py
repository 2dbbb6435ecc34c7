"""Write eval/dev/docs/qixiang-2025.docx (python-docx) -- invented content.

邯郸市峰峰矿区气象局 2025年度项目支出绩效目标.
Layout: prose (一 部门职能 / 二 年度总体目标 / 三 分项目标 / 四 保障措施), then 五、项目支出绩效目标表 with ONE wide
8-column table per project: header fields as label/value pairs, a funds row, a quarterly spending plan (amounts of
each quarter, NOT cumulative), 项目概述, 年度绩效目标, then the indicator block whose columns are
指标名称 | 指标性质 | 目标值 | 计量单位 | 一级指标 | 二级指标 | 指标解释及设定依据 | 评分规则.
Deterministic: fixed core properties and zip timestamps.
"""
import datetime, io, os, zipfile
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, '..', 'docs', 'qixiang-2025.docx')

DEPT = '邯郸市峰峰矿区气象局'
BEN = '邯郸市峰峰矿区气象局（本级）'
TAI = '邯郸市峰峰矿区气象台'
RY = '邯郸市峰峰矿区人工影响天气办公室'
FY = '邯郸市峰峰矿区气象灾害防御中心'
TITLE = '邯郸市峰峰矿区气象局2025年度项目支出绩效目标'
QUARTERS = ('一季度', '二季度', '三季度', '四季度')

# references in the bracket form each row prints
LAW = '《中华人民共和国气象法》'
LAW_S = '《气象法》'
RYT = '《人工影响天气管理条例》'
ZHF = '《气象灾害防御条例》'
HBZ = '《河北省气象灾害防御条例》'
KP = '《中华人民共和国科学技术普及法》'
CG = '《中华人民共和国政府采购法》'
CG_S = '《政府采购法》'
FL = '《防雷减灾管理办法》'

RULE_P = '达到目标值得满分，每低1个百分点扣0.5分'
RULE_N = '达到目标值得满分，未达到按完成比例计分'
RULE_C = '不超过目标值得满分，超出不得分'
RULE_T = '按期完成得满分，每延后1个月扣1分'
RULE_Q = '根据佐证材料综合评判，分档计分'
RULE_S = '问卷调查满意度达到目标值得满分，每低1个百分点扣0.5分'

# ind rows: (指标名称, 指标性质, 目标值, 计量单位, 一级指标, 二级指标, 指标解释及设定依据, 评分规则)
P = [
 dict(name='气象观测站网运行维护经费', code='13040625P00QX0110001A', attr='延续性项目', org=TAI,
      leader='王振宇', phone='0310-5121406', period='2025年1月至12月', mu='万元',
      total='86.40', fin='86.40', carry='0.00', other='0.00', plan=('21.60', '21.60', '21.60', '21.60'),
      use='用于全区1个国家基本气象站、28个区域自动气象站的日常运行维护、备件更换、通信传输及探测环境保护。',
      goal='保障全区自动气象站网稳定运行，观测数据可用率不低于98%，故障站点24小时内修复，为预报预警提供可靠数据支撑。',
      ind=[('区域自动气象站维护数量', '≥', '28', '个', '产出指标', '数量指标', '按全区在用区域站数量确定，依据冀气发〔2024〕12号', RULE_N),
           ('设备巡检次数', '≥', '4', '次/站', '产出指标', '数量指标', '每季度巡检一次', RULE_N),
           ('观测数据可用率', '≥', '98', '%', '产出指标', '质量指标', '依据' + LAW + '及地面观测业务规范', RULE_P),
           ('故障站点修复时限', '≤', '24', '小时', '产出指标', '时效指标', '省局站网运行保障考核要求', RULE_T),
           ('项目总成本', '≤', '86.40', '万元', '成本指标', '经济成本指标', '按站点维护定额测算', RULE_C),
           ('气象观测数据支撑预报服务', '定性', '有效支撑', '', '效益指标', '社会效益指标', '年度工作计划', RULE_Q),
           ('站网长效运行机制', '定性', '逐步完善', '', '效益指标', '可持续影响指标', '年度工作计划', RULE_Q),
           ('预报业务人员满意度', '≥', '90', '%', '满意度指标', '服务对象满意度指标', '内部问卷调查', RULE_S)]),
 dict(name='人工影响天气作业经费', code='13040625P00QX0210002B', attr='延续性项目', org=RY,
      leader='李红梅', phone='0310-5121688', period='2025年度', mu='万元',
      total='128.00', fin='98.00', carry='30.00', other='0.00', plan=('30.00', '52.00', '38.00', '8.00'),
      use='用于人工增雨（雪）、防雹作业弹药及火箭弹购置、作业点标准化维护、作业人员培训及安全保险；上年结转30.00万元为2024年未执行完毕的火箭弹采购尾款。',
      goal='全年组织人工增雨（雪）作业不少于15次，作业安全事故为零，增加有效降水，服务农业抗旱和生态修复。',
      ind=[('人工增雨（雪）作业次数', '≥', '15', '次', '产出指标', '数量指标', '近三年平均作业次数，依据' + RYT, RULE_N),
           ('火箭弹购置数量', '≥', '120', '枚', '产出指标', '数量指标', '依据冀财农【2024】88号下达的作业物资计划', RULE_N),
           ('标准化作业点数量', '＝', '6', '个', '产出指标', '数量指标', '依据峰政办字〔2024〕17号', RULE_N),
           ('作业安全事故发生数', '＝', '0', '起', '产出指标', '质量指标', RYT + '安全管理规定', RULE_Q),
           ('作业人员持证上岗率', '＝', '100', '%', '产出指标', '质量指标', LAW_S + '第三十条', RULE_P),
           ('作业过程成本', '≤', '128.00', '万元', '成本指标', '经济成本指标', '含上年结转30万元', RULE_C),
           ('增加降水量', '≥', '1200', '万立方米', '效益指标', '生态效益指标', '作业效果评估报告', RULE_N),
           ('农业抗旱减灾效益', '定性', '显著', '', '效益指标', '经济效益指标', '年度工作计划', RULE_Q),
           ('农户满意度', '≥', '92', '%', '满意度指标', '服务对象满意度指标', '问卷调查', RULE_S)]),
 dict(name='邯气发〔2024〕21号气象灾害防御能力提升补助资金', code='13040625P00QX0310003C', attr='新设项目', org=FY,
      leader='赵立新', phone='0310-5125519', period='2025年1月—2026年6月', mu='万元',
      total='65.50', fin='50.00', carry='0.00', other='15.50', plan=('0.00', '20.00', '30.50', '15.00'),
      use='用于乡镇（街道）气象灾害风险普查成果应用、气象灾害应急预案修订、基层气象信息员培训及乡村气象服务站建设；其他资金15.50万元为区应急管理局配套。',
      goal='完成10个镇（街道）气象灾害风险区划图更新，培训基层气象信息员不少于200人次，建成乡村气象服务站5个。',
      ind=[('风险区划图更新镇（街道）数', '＝', '10', '个', '产出指标', '数量指标', '依据邯气发【2024】21号', RULE_N),
           ('基层气象信息员培训人次', '≥', '200', '人次', '产出指标', '数量指标', '依据' + ZHF, RULE_N),
           ('乡村气象服务站建成数量', '≥', '5', '个', '产出指标', '数量指标', '依据' + HBZ, RULE_N),
           ('应急预案修订完成时间', '定性', '2025年9月底前', '', '产出指标', '时效指标', '区政府工作安排', RULE_T),
           ('项目总成本', '≤', '65.50', '万元', '成本指标', '经济成本指标', '财政50万元＋应急局配套15.5万元', RULE_C),
           ('气象灾害预警信息覆盖率', '≥', '95', '%', '效益指标', '社会效益指标', ZHF + '第二十九条', RULE_P),
           ('满意度（受训信息员）', '≥', '85', '%', '满意度指标', '服务对象满意度指标', '培训后问卷', RULE_S)]),
 dict(name='气象预警信息发布与公众服务经费', code='13040625P00QX0410004D', attr='延续性项目', org=TAI,
      leader='王振宇', phone='0310-5121406', period='2025年1月至12月', mu='万元',
      total='42.60', fin='42.60', carry='0.00', other='0.00', plan=('10.65', '10.65', '10.65', '10.65'),
      use='用于电视天气预报节目制作、短信及新媒体预警信息发布、电子显示屏运维和公众气象服务产品制作。',
      goal='全年发布各类预警信号及时率不低于98%，公众气象服务覆盖率不低于95%，服务产品不少于1500期。',
      ind=[('公众气象服务产品制作期数', '≥', '1500', '期', '产出指标', '数量指标', '按日常服务频次测算，依据冀气发[2024]12号', RULE_N),
           ('电视天气预报节目播出天数', '＝', '365', '天', '产出指标', '数量指标', '与区融媒体中心协议', RULE_N),
           ('预警信号发布及时率', '≥', '98', '%', '产出指标', '质量指标', '依据' + LAW + '第二十二条', RULE_P),
           ('预警信息发布提前量', '≥', '30', '分钟', '产出指标', '时效指标', '省局预警业务考核办法', RULE_T),
           ('项目总成本', '≤', '42.60', '万元', '成本指标', '经济成本指标', '按服务合同测算', RULE_C),
           ('公众气象服务覆盖率', '≥', '95', '%', '效益指标', '社会效益指标', ZHF, RULE_P),
           ('社会公众满意度', '≥', '95', '%', '满意度指标', '服务对象满意度指标', '第三方公众气象服务满意度调查', RULE_S)]),
 dict(name='农业气象服务专项经费', code='13040625P00QX0510005E', attr='延续性项目', org=TAI,
      leader='孙丽娟', phone='0310-5123012', period='2025年度', mu='万元',
      total='37.80', fin='30.00', carry='0.00', other='7.80', plan=('5.00', '15.00', '12.80', '5.00'),
      use='用于农业气象观测、农用天气预报、关键农时专题服务、特色农业（花椒、核桃）气候品质评估；其他资金7.80万元为区农业农村局委托服务收入。',
      goal='开展关键农时专题服务不少于20期，完成特色农产品气候品质评估2项，服务新型农业经营主体不少于60家。',
      ind=[('关键农时专题服务期数', '≥', '20', '期', '产出指标', '数量指标', '依据冀气发（2024）12号', RULE_N),
           ('特色农产品气候品质评估', '＝', '2', '项', '产出指标', '数量指标', '区农业农村局委托协议', RULE_N),
           ('服务新型农业经营主体数量', '≥', '60', '家', '产出指标', '数量指标', '依据' + HBZ, RULE_N),
           ('农用天气预报准确率', '≥', '85', '%', '产出指标', '质量指标', '省局农业气象业务规定', RULE_P),
           ('专题服务发布时间', '定性', '农时关键期前3天', '', '产出指标', '时效指标', '年度工作计划', RULE_T),
           ('项目总成本', '≤', '37.80', '万元', '成本指标', '经济成本指标', '财政30万元＋委托收入7.8万元', RULE_C),
           ('农业气象灾害损失率降低', '定性', '有所下降', '', '效益指标', '经济效益指标', '年度工作计划', RULE_Q),
           ('农业经营主体满意度', '≥', '88', '%', '满意度指标', '服务对象满意度指标', '问卷调查', RULE_S)]),
 dict(name='突发事件预警信息发布系统运维经费', code='13040625P00QX0610006F', attr='延续性项目', org=FY,
      leader='赵立新', phone='0310-5125519', period='2025年1月至12月', mu='元',
      total='268500.00', fin='268500.00', carry='0.00', other='0.00', plan=('40000.00', '80000.00', '80000.00', '68500.00'),
      use='用于峰峰矿区突发事件预警信息发布系统服务器、发布终端、大喇叭及电子显示屏的运行维护和网络安全等级保护测评。',
      goal='系统全年运行正常率不低于99%，维护发布终端不少于180套，完成等级保护测评1次。',
      ind=[('维护发布终端数量', '≥', '180', '套', '产出指标', '数量指标', '依据邯气发(2024)21号', RULE_N),
           ('等级保护测评次数', '＝', '1', '次', '产出指标', '数量指标', '依据《中华人民共和国网络安全法》', RULE_N),
           ('系统运行正常率', '≥', '99', '%', '产出指标', '质量指标', ZHF, RULE_P),
           ('故障响应时间', '≤', '2', '小时', '产出指标', '时效指标', '运维服务合同，采购依据' + CG, RULE_T),
           ('项目总成本', '≤', '268500', '元', '成本指标', '经济成本指标', '按运维合同金额', RULE_C),
           ('预警信息公众覆盖率', '≥', '96', '%', '效益指标', '社会效益指标', ZHF, RULE_P),
           ('使用单位满意度', '≥', '90', '%', '满意度指标', '服务对象满意度指标', '问卷调查', RULE_S)]),
 dict(name='防雷安全监管经费', code='13040625P00QX0710007G', attr='延续性项目', org=BEN,
      leader='刘建国', phone='0310-5120211', period='2025年度', mu='万元',
      total='23.40', fin='23.40', carry='0.00', other='0.00', plan=('5.85', '5.85', '5.85', '5.85'),
      use='用于易燃易爆场所、重点单位防雷安全检查，雷电灾害调查鉴定，防雷装置检测质量抽查和执法装备购置。',
      goal='全年开展防雷安全检查不少于80家次，重点单位检查覆盖率100%，雷电灾害调查鉴定及时率100%。',
      ind=[('防雷安全检查家次', '≥', '80', '家次', '产出指标', '数量指标', '依据峰政办字（2024）17号', RULE_N),
           ('检测质量抽查数量', '≥', '12', '家', '产出指标', '数量指标', '依据' + FL, RULE_N),
           ('重点单位检查覆盖率', '＝', '100', '%', '产出指标', '质量指标', '依据' + LAW_S + '第三十一条', RULE_P),
           ('雷电灾害调查鉴定及时率', '＝', '100', '%', '产出指标', '时效指标', FL, RULE_T),
           ('项目总成本', '≤', '23.40', '万元', '成本指标', '经济成本指标', '年度预算', RULE_C),
           ('雷电灾害事故发生数', '≤', '1', '起', '效益指标', '社会效益指标', '近三年平均水平', RULE_Q)]),
 dict(name='气象科普宣传经费', code='13040625P00QX0810008H', attr='延续性项目', org=BEN,
      leader='孙丽娟', phone='0310-5123012', period='2025年度', mu='万元',
      total='12.60', fin='12.60', carry='0.00', other='0.00', plan=('2.00', '3.60', '4.00', '3.00'),
      use='用于“3·23”世界气象日、防灾减灾日科普活动，气象科普进校园、进社区、进农村，以及科普展板和宣传品制作。',
      goal='全年开展气象科普活动不少于12场，受众不少于6000人次，公众气象防灾减灾知识知晓率不低于80%。',
      ind=[('气象科普活动场次', '≥', '12', '场', '产出指标', '数量指标', '依据峰气字〔2025〕3号', RULE_N),
           ('科普受众人次', '≥', '6000', '人次', '产出指标', '数量指标', '依据' + KP, RULE_N),
           ('科普宣传品制作数量', '≥', '3000', '份', '产出指标', '数量指标', '年度工作计划', RULE_N),
           ('世界气象日活动完成时间', '定性', '2025年3月23日', '', '产出指标', '时效指标', '中国气象局统一部署', RULE_T),
           ('项目总成本', '≤', '12.60', '万元', '成本指标', '经济成本指标', '年度预算', RULE_C),
           ('公众气象防灾减灾知识知晓率', '≥', '80', '%', '效益指标', '社会效益指标', KP, RULE_P),
           ('参与群众满意度', '≥', '85', '%', '满意度指标', '服务对象满意度指标', '现场问卷', RULE_S)]),
 dict(name='综合业务楼维修改造项目', code='13040625P00QX0910009J', attr='新设项目', org=BEN,
      leader='刘建国', phone='0310-5120211', period='2025年3月—2025年11月', mu='万元',
      total='156.00', fin='140.00', carry='0.00', other='16.00', plan=('0.00', '46.80', '78.00', '31.20'),
      use='用于综合业务楼屋面防水、外墙保温、值班预报平台及机房改造、消防设施更新；其他资金16.00万元为单位自有资金。',
      goal='2025年11月底前完成改造并通过验收，改造面积1850平方米，工程质量验收合格率100%。',
      ind=[('改造建筑面积', '＝', '1850', '平方米', '产出指标', '数量指标', '依据邯气发〔2024〕8号批复', RULE_N),
           ('机房及值班平台改造', '＝', '1', '项', '产出指标', '数量指标', '依据峰气字[2025]3号', RULE_N),
           ('工程质量验收合格率', '＝', '100', '%', '产出指标', '质量指标', '建设工程质量管理有关规定', RULE_P),
           ('工程完工时间', '定性', '2025年11月底前', '', '产出指标', '时效指标', '施工合同', RULE_T),
           ('项目总成本', '≤', '156.00', '万元', '成本指标', '经济成本指标', '按施工图预算，采购执行' + CG_S, RULE_C),
           ('单位面积改造成本', '≤', '843', '元/平方米', '成本指标', '经济成本指标', '造价咨询报告', RULE_C),
           ('业务用房安全运行年限', '≥', '15', '年', '效益指标', '可持续影响指标', '设计文件', RULE_Q),
           ('气象业务连续运行保障', '定性', '改造期间不中断', '', '效益指标', '社会效益指标', LAW + '及业务规范', RULE_Q),
           ('干部职工满意度', '≥', '80', '%', '满意度指标', '服务对象满意度指标', '内部问卷', RULE_S)]),
]

PROSE_DUTY = [
    '邯郸市峰峰矿区气象局实行上级气象主管机构与峰峰矿区人民政府双重领导、以上级气象主管机构领导为主的管理体制，是全区气象工作的主管机构。主要职能是：组织管理全区气象探测、天气预报和气象信息发布；负责气象灾害监测预警和防御工作，组织实施人工影响天气作业；依法负责防雷安全监管；开展农业气象、公众气象等气象服务；组织气象科普宣传。',
    '局内设办公室、防灾减灾科（政策法规科）2个科室，下属邯郸市峰峰矿区气象台、邯郸市峰峰矿区人工影响天气办公室、邯郸市峰峰矿区气象灾害防御中心3个事业单位。',
]
PROSE_GOAL = ('2025年，峰峰矿区气象局围绕“监测精密、预报精准、服务精细”目标，提升气象防灾减灾第一道防线作用。'
              '全年安排项目支出{n}个，项目资金合计{tot}万元，其中财政拨款{fin}万元、上年结转{car}万元、其他资金{oth}万元'
              '（项目中突发事件预警信息发布系统运维经费以元为单位编列，汇总时已折算为万元）；共设置绩效指标{ni}条。')
PROSE_SUB = [
    '（一）综合观测。区域自动气象站网稳定运行，观测数据可用率保持在98%以上。',
    '（二）预报预警。预警信号发布及时率不低于98%，突发事件预警信息公众覆盖率稳步提高。',
    '（三）人工影响天气。组织人工增雨（雪）作业15次以上，确保作业安全零事故。',
    '（四）防灾减灾。推进乡村气象服务站建设，完善基层气象防灾减灾组织体系；强化防雷安全监管。',
    '（五）公共服务与科普。做好农业气象服务和气象科普宣传，完成综合业务楼维修改造。',
]
PROSE_MEAS = [
    '一是加强组织领导。成立由局长任组长的预算绩效管理领导小组，将绩效目标分解到科室和事业单位。',
    '二是严格资金管理。严格执行财政资金管理规定，政府采购事项依法依规实施，专款专用。',
    '三是强化过程监控。按季度开展绩效运行监控，对偏离目标的项目及时纠偏，年末开展自评。',
]


def set_cell(cell, text, size=9, bold=False, align=None):
    cell.text = ''
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size); r.bold = bold
    r.font.name = '宋体'; r._element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    if align: p.alignment = align


def para(d, text, size=12, bold=False, align=None, indent=True):
    p = d.add_paragraph()
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
    r.font.name = '宋体'; r._element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    if align is not None: p.alignment = align
    if indent and align is None: p.paragraph_format.first_line_indent = Pt(size * 2)
    return p


def f2(s): return float(s)


def totals():
    k = lambda p: 10000.0 if p['mu'] == '元' else 1.0
    return tuple(round(sum(f2(p[f]) / k(p) for p in P), 2) for f in ('total', 'fin', 'carry', 'other'))


def project_table(d, n, p):
    ind = p['ind']
    nrows = 8 + 1 + len(ind)
    t = d.add_table(rows=nrows, cols=8)
    t.style = 'Table Grid'
    C = lambda r, c: t.cell(r, c)
    # row 0: 项目名称
    set_cell(C(0, 0), '项目名称', bold=True)
    m = C(0, 1).merge(C(0, 7)); set_cell(m, p['name'])
    # row 1
    for j, (a, b) in enumerate((('项目编号', p['code']), ('预算单位', p['org']), ('项目类别', p['attr']), ('主管部门', DEPT))):
        set_cell(C(1, 2 * j), a, bold=True); set_cell(C(1, 2 * j + 1), b)
    # row 2
    for j, (a, b) in enumerate((('项目负责人', p['leader']), ('联系电话', p['phone']), ('起止年限', p['period']), ('金额单位', p['mu']))):
        set_cell(C(2, 2 * j), a, bold=True); set_cell(C(2, 2 * j + 1), b)
    # row 3: funds
    for j, (a, b) in enumerate((('资金总额', p['total']), ('财政拨款', p['fin']), ('上年结转', p['carry']), ('其他资金', p['other']))):
        set_cell(C(3, 2 * j), a, bold=True); set_cell(C(3, 2 * j + 1), b)
    # rows 4-5: quarterly plan (amount of each quarter, not cumulative)
    m = C(4, 0).merge(C(5, 0)); set_cell(m, '分季度用款计划（当季金额，非累计）', bold=True)
    spans = ((1, 2), (3, 4), (5, 6), (7, 7))
    for (a, b), qn_, v in zip(spans, QUARTERS, p['plan']):
        h = C(4, a).merge(C(4, b)) if a != b else C(4, a); set_cell(h, qn_, bold=True)
        c = C(5, a).merge(C(5, b)) if a != b else C(5, a); set_cell(c, v)
    # row 6-7
    set_cell(C(6, 0), '项目概述', bold=True); m = C(6, 1).merge(C(6, 7)); set_cell(m, p['use'])
    set_cell(C(7, 0), '年度绩效目标', bold=True); m = C(7, 1).merge(C(7, 7)); set_cell(m, p['goal'])
    # indicator header
    hdr = ('指标名称', '指标性质', '目标值', '计量单位', '一级指标', '二级指标', '指标解释及设定依据', '评分规则')
    for j, h in enumerate(hdr): set_cell(C(8, j), h, bold=True)
    for i, row in enumerate(ind):
        for j, v in enumerate(row):
            if j == 4 and i > 0 and ind[i - 1][4] == v:
                continue
            set_cell(C(9 + i, j), v, 8)
    # vertical merge of 一级指标 runs
    i = 0
    while i < len(ind):
        k = i
        while k + 1 < len(ind) and ind[k + 1][4] == ind[i][4]: k += 1
        if k > i:
            m = C(9 + i, 4).merge(C(9 + k, 4)); set_cell(m, ind[i][4], 8)
        i = k + 1
    return t


def build():
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)   # landscape A4 for the wide tables
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(d, TITLE, 18, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(d, '编制单位：邯郸市峰峰矿区气象局　　编制日期：2025年1月', 11, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(d, '一、部门职能', 14, True, indent=False)
    for s in PROSE_DUTY: para(d, s)
    tot, fin, car, oth = totals()
    ni = sum(len(p['ind']) for p in P)
    para(d, '二、年度总体目标', 14, True, indent=False)
    para(d, PROSE_GOAL.format(n=len(P), tot='%.2f' % tot, fin='%.2f' % fin, car='%.2f' % car, oth='%.2f' % oth, ni=ni))
    para(d, '三、分项目标', 14, True, indent=False)
    for s in PROSE_SUB: para(d, s)
    para(d, '四、保障措施', 14, True, indent=False)
    for s in PROSE_MEAS: para(d, s)
    para(d, '五、项目支出绩效目标表', 14, True, indent=False)
    para(d, '说明：各表“金额单位”栏注明本表金额单位；分季度用款计划填列各季度当季计划用款金额（非累计），四个季度之和等于资金总额；'
            '“指标性质”栏填列≥、≤、＝或“定性”。', 10)
    for n, p in enumerate(P, 1):
        para(d, '表%d  %s' % (n, p['name']), 12, True, indent=False)
        project_table(d, n, p)
        para(d, '', 6, indent=False)
    para(d, '邯郸市峰峰矿区气象局　　2025年1月', 11, False, WD_ALIGN_PARAGRAPH.RIGHT)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 16, 9, 0, 0)
    cp.author = DEPT; cp.title = TITLE; cp.created = fixed; cp.modified = fixed; cp.last_modified_by = DEPT
    cp.revision = 1
    buf = io.BytesIO(); d.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    os.makedirs(os.path.dirname(DOCX), exist_ok=True)
    with zipfile.ZipFile(DOCX, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 16, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(n))
    return DOCX


if __name__ == '__main__':
    for p in P:
        k = 10000.0 if p['mu'] == '元' else 1.0
        assert abs(f2(p['total']) - f2(p['fin']) - f2(p['carry']) - f2(p['other'])) < 1e-6, p['name']
        assert abs(sum(map(f2, p['plan'])) - f2(p['total'])) < 1e-6, p['name']
        assert 6 <= len(p['ind']) <= 10, p['name']
    print(build(), totals(), sum(len(p['ind']) for p in P))
