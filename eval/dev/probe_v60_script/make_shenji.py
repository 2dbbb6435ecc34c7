"""Write docs/shenji-2025.xlsx: 邯郸市丛台区审计局 2025年度部门预算项目绩效目标 (invented content).

An export of a budget system: sheet «部门整体绩效» (prose + totals table) and sheet «项目绩效目标» holding all
projects stacked one under another. Deterministic: fixed workbook properties and zip timestamps."""
import datetime, io, os, re, zipfile
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'docs', 'shenji-2025.xlsx')
DEPT = '邯郸市丛台区审计局'
BEN = '邯郸市丛台区审计局（本级）'
TZ = '邯郸市丛台区政府投资审计中心'
JZ = '邯郸市丛台区经济责任审计中心'
JSF_A = '冀审发〔2024〕5号'
JSF_B = '冀审发【2024】5号'
JSF_C = '冀审发[2024]5号'
HSB12 = '邯审办字（2024）12号'
HSB3 = '邯审办字〔2025〕3号'
CZB_NAME = '丛政办(2024)31号'
CZB = '丛政办（2024）31号'
SJF = '《中华人民共和国审计法》'
SJF_S = '《审计法》'
SJF_TL = '《中华人民共和国审计法实施条例》'

Q_NUM = '完成目标值得满分，未完成按完成比例扣分'
Q_PCT = '达到目标值得满分，每低1个百分点扣0.5分'
Q_TIME = '按时完成得满分，每延迟一个月扣1分'
Q_COST = '控制在目标值以内得满分，超出不得分'
Q_TEXT = '达到预期得满分，基本达到得一半分值，未达到不得分'
Q_SAT = '达到目标值得满分，每低1个百分点扣1分'

# 一级, 二级, 三级, 指标值, 计量单位, 评（扣）分标准, 指标值设定依据
P = [
 dict(no=1, name='政府投资项目审计中介服务费', code='13040325P00TZSJ10001A', org=TZ, leader='韩志刚', cat='特定目标类',
      unit='万元', total=320.00, ben=320.00, up=0.00, zc=0.00, zero_blank=False,
      plan=('10%', '40%', '70%', '100%'), plan_kind='pct',
      use='委托社会中介机构对区级政府投资建设项目开展竣工结算审计，按合同约定支付中介机构审计服务费用。',
      goal='全年委托中介机构完成政府投资项目结算审计不少于45个，核减不实投资3000万元以上，审计报告按期出具率达到95%以上。',
      inds=[('产出指标', '数量指标', '委托中介审计项目数量', '≥45', '个', Q_NUM, JSF_A),
            ('产出指标', '数量指标', '送审工程造价金额', '≥5', '亿元', Q_NUM, '2024年送审规模'),
            ('产出指标', '质量指标', '审计报告按期出具率', '≥95', '%', Q_PCT, SJF),
            ('产出指标', '质量指标', '中介机构审计质量复核合格率', '100', '%', Q_PCT, HSB12),
            ('产出指标', '时效指标', '结算审计平均完成时限', '≤30', '个工作日', Q_TIME, HSB12),
            ('成本指标', '经济成本指标', '单个项目平均委托费用', '≤7.2', '万元', Q_COST, '中介服务收费标准'),
            ('效益指标', '经济效益指标', '核减不实投资金额', '≥3000', '万元', Q_NUM, '2024年审减实绩'),
            ('满意度指标', '服务对象满意度指标', '建设单位满意度', '≥90', '%', Q_SAT, '问卷调查')]),
 dict(no=2, name='经济责任审计专项经费', code='13040325P00JZSJ10002C', org=JZ, leader='刘雅琴', cat='特定目标类',
      unit='万元', total=86.50, ben=86.50, up=0.00, zc=0.00, zero_blank=True,
      plan=('20%', '45%', '75%', '100%'), plan_kind='pct',
      use='用于开展党政主要领导干部和国有企事业单位主要领导人员经济责任审计所需的外聘人员劳务、资料印制及差旅支出。',
      goal='完成经济责任审计项目18个以上，审计领导干部不少于22人，促进领导干部依法全面履行经济责任。',
      inds=[('产出指标', '数量指标', '经济责任审计项目数', '≥18', '个', Q_NUM, '区委审计委员会年度审计计划'),
            ('产出指标', '数量指标', '审计领导干部人数', '≥22', '人', Q_NUM, '区委审计委员会年度审计计划'),
            ('产出指标', '质量指标', '审计发现问题整改率', '≥85', '%', Q_PCT, JSF_B),
            ('产出指标', '时效指标', '审计报告出具时间', '2025年11月底前', '', Q_TIME, '年度审计计划'),
            ('成本指标', '经济成本指标', '项目总成本', '≤86.5', '万元', Q_COST, '年度预算批复'),
            ('效益指标', '社会效益指标', '领导干部依法履职意识', '明显增强', '', Q_TEXT, '工作计划'),
            ('效益指标', '可持续影响指标', '干部监督管理机制', '持续完善', '', Q_TEXT,
             '《党政主要领导干部和国有企事业单位主要领导人员经济责任审计规定》'),
            ('满意度指标', '服务对象满意度指标', '委托部门满意度', '≥95', '%', Q_SAT, '问卷调查')]),
 dict(no=3, name='大数据审计平台（二期）建设', code='13040325P00XXH210003K', org=BEN, leader='赵文博', cat='特定目标类',
      unit='万元', total=245.00, ben=145.00, up=100.00, zc=0.00, zero_blank=False,
      plan=('0%', '30%', '80%', '100%'), plan_kind='pct',
      use='用于大数据审计平台二期建设，包括审计数据中心扩容、数据采集接口开发、审计分析模型建设及网络安全等级保护测评。上级补助为省级审计信息化专项补助。',
      goal='新接入数据源单位36家以上，新建审计分析模型25个，平台于2025年9月底前上线运行，提升数字化审计能力。',
      inds=[('产出指标', '数量指标', '接入数据源单位数', '≥36', '家', Q_NUM, HSB3),
            ('产出指标', '数量指标', '新建审计分析模型数量', '≥25', '个', Q_NUM, HSB3),
            ('产出指标', '质量指标', '系统验收合格率', '100', '%', Q_PCT, '《中华人民共和国政府采购法》'),
            ('产出指标', '质量指标', '数据采集准确率', '≥98', '%', Q_PCT, '平台建设方案'),
            ('产出指标', '时效指标', '平台上线运行时间', '2025年9月底前', '', Q_TIME, '平台建设方案'),
            ('成本指标', '经济成本指标', '项目总成本', '≤245', '万元', Q_COST, '年度预算批复'),
            ('效益指标', '经济效益指标', '推送审计疑点线索数', '≥150', '条', Q_NUM, '平台建设方案'),
            ('效益指标', '社会效益指标', '审计监督覆盖面', '显著扩大', '', Q_TEXT, '工作计划'),
            ('效益指标', '可持续影响指标', '系统稳定运行年限', '≥5', '年', Q_NUM, '平台建设方案'),
            ('满意度指标', '服务对象满意度指标', '审计人员使用满意度', '≥88', '%', Q_SAT, '问卷调查')]),
 dict(no=4, name='审计业务能力提升培训经费', code='13040325P00PX0310004M', org=BEN, leader='王丽', cat='其他运转类',
      unit='元', total=185000.00, ben=185000.00, up=0.00, zc=0.00, zero_blank=False,
      plan=('30%', '70%', '100%', '100%'), plan_kind='pct',
      use='用于举办审计业务能力提升培训班、参加上级审计机关组织的专题培训及购置培训教材。',
      goal='全年举办培训班6期以上，培训审计人员不少于300人次，培训考核合格率达到95%以上。',
      inds=[('产出指标', '数量指标', '培训人次', '≥300', '人次', Q_NUM, '年度培训计划'),
            ('产出指标', '数量指标', '举办培训班期数', '≥6', '期', Q_NUM, '年度培训计划'),
            ('产出指标', '质量指标', '培训考核合格率', '≥95', '%', Q_PCT, '《干部教育培训工作条例》'),
            ('产出指标', '时效指标', '年度培训计划完成时间', '2025年10月底前', '', Q_TIME, '年度培训计划'),
            ('成本指标', '经济成本指标', '人均培训成本', '≤620', '元', Q_COST, '培训费管理办法'),
            ('成本指标', '经济成本指标', '项目总成本', '≤185000', '元', Q_COST, '年度预算批复'),
            ('效益指标', '可持续影响指标', '审计人员业务能力', '有效提升', '', Q_TEXT, '工作计划'),
            ('满意度指标', '服务对象满意度指标', '参训人员满意度', '≥92', '%', Q_SAT, '问卷调查')]),
 dict(no=5, name='审计档案数字化加工', code='13040325P00DA0510005P', org=BEN, leader='孙建华', cat='其他运转类',
      unit='万元', total=68.00, ben=48.00, up=0.00, zc=20.00, zero_blank=True,
      plan=('25%', '50%', '75%', '100%'), plan_kind='pct',
      use='用于2015—2024年审计项目档案的整理、扫描、著录、挂接及数字化成果验收，自筹资金来源为单位往年结转结余。',
      goal='完成审计档案数字化加工120万页，整理归档审计项目卷宗1800卷，数字化成果验收合格率99%以上。',
      inds=[('产出指标', '数量指标', '档案数字化加工量', '≥120', '万页', Q_NUM, '档案底数清查结果'),
            ('产出指标', '数量指标', '整理归档审计项目卷宗', '≥1800', '卷', Q_NUM, '档案底数清查结果'),
            ('产出指标', '质量指标', '数字化成果验收合格率', '≥99', '%', Q_PCT, '《中华人民共和国档案法》'),
            ('产出指标', '时效指标', '加工任务完成时间', '2025年12月20日前', '', Q_TIME, '工作计划'),
            ('成本指标', '经济成本指标', '项目总成本', '≤68', '万元', Q_COST, '年度预算批复'),
            ('效益指标', '社会效益指标', '档案查阅利用效率', '显著提高', '', Q_TEXT, '工作计划'),
            ('效益指标', '可持续影响指标', '档案安全保管水平', '持续提升', '', Q_TEXT, '《档案法》')]),
 dict(no=6, name='领导干部自然资源资产离任审计专项经费', code='13040325P00ZRZY10006R', org=JZ, leader='刘雅琴', cat='特定目标类',
      unit='万元', total=54.00, ben=24.00, up=30.00, zc=0.00, zero_blank=False,
      plan=(10.80, 27.00, 43.20, 54.00), plan_kind='amount',
      use='用于开展领导干部自然资源资产离任（任中）审计，支付遥感影像数据购买、外业核查及技术服务费用。上级补助为市级专项转移支付。',
      goal='完成自然资源资产审计项目6个以上，实地核查图斑400个以上，推动自然资源资产保护责任落实。',
      inds=[('产出指标', '数量指标', '自然资源资产审计项目数', '≥6', '个', Q_NUM, '《领导干部自然资源资产离任审计规定（试行）》'),
            ('产出指标', '数量指标', '实地核查图斑数量', '≥400', '个', Q_NUM, '年度审计计划'),
            ('产出指标', '质量指标', '审计发现问题整改率', '≥80', '%', Q_PCT, '年度审计计划'),
            ('产出指标', '时效指标', '审计结果报告时间', '2025年12月31日前', '', Q_TIME, '年度审计计划'),
            ('成本指标', '经济成本指标', '单个项目审计成本', '≤9', '万元', Q_COST, '年度预算批复'),
            ('效益指标', '生态效益指标', '自然资源资产保护责任落实', '有效促进', '', Q_TEXT, '工作计划'),
            ('满意度指标', '服务对象满意度指标', '委托部门满意度', '≥90', '%', Q_SAT, '问卷调查')]),
 dict(no=7, name='区本级预算执行及街道财政财务收支审计经费', code='13040325P00YSZX10007T', org=BEN, leader='陈明', cat='特定目标类',
      unit='万元', total=72.00, ben=72.00, up=0.00, zc=0.00, zero_blank=True,
      plan=('25%', '50%', '75%', '100%'), plan_kind='pct',
      use='用于开展区本级预算执行和决算草案审计、街道财政财务收支审计所需的外聘专业人员及数据分析费用。',
      goal='完成预算执行审计单位24个以上、街道财政财务收支审计8个，审计查出问题整改率达到90%，促进增收节支500万元以上。',
      inds=[('产出指标', '数量指标', '预算执行审计单位数', '≥24', '个', Q_NUM, SJF_S),
            ('产出指标', '数量指标', '街道财政财务收支审计数', '=8', '个', Q_NUM, '年度审计计划'),
            ('产出指标', '质量指标', '审计查出问题整改率', '≥90', '%', Q_PCT, JSF_C),
            ('产出指标', '时效指标', '审计工作报告提交时间', '2025年7月31日前', '', Q_TIME, '年度审计计划'),
            ('成本指标', '经济成本指标', '项目总成本', '≤72', '万元', Q_COST, '年度预算批复'),
            ('效益指标', '经济效益指标', '促进增收节支金额', '≥500', '万元', Q_NUM, '2024年审计实绩'),
            ('效益指标', '社会效益指标', '财政资金使用规范性', '明显提高', '', Q_TEXT, '工作计划'),
            ('满意度指标', '服务对象满意度指标', '被审计单位满意度', '≥85', '%', Q_SAT, '问卷调查')]),
 dict(no=8, name=CZB_NAME + '审计整改跟踪督查经费', code='13040325P00ZGDC10008W', org=BEN, leader='陈明', cat='其他运转类',
      unit='万元', total=35.80, ben=35.80, up=0.00, zc=0.00, zero_blank=True,
      plan=('25%', '50%', '75%', '100%'), plan_kind='pct',
      use='根据区政府办公室文件要求，用于审计查出问题整改跟踪督查、整改台账管理及整改情况通报。',
      goal='跟踪督查审计项目40个以上，推动整改销号问题260个以上，审计整改完成率达到92%。',
      inds=[('产出指标', '数量指标', '跟踪督查审计项目数', '≥40', '个', Q_NUM, CZB),
            ('产出指标', '数量指标', '整改销号问题数', '≥260', '个', Q_NUM, '整改台账'),
            ('产出指标', '质量指标', '审计整改完成率', '≥92', '%', Q_PCT, HSB12),
            ('产出指标', '时效指标', '整改情况报告时间', '2025年11月30日前', '', Q_TIME, CZB),
            ('成本指标', '经济成本指标', '项目总成本', '≤35.8', '万元', Q_COST, '年度预算批复'),
            ('效益指标', '社会效益指标', '审计整改长效机制', '基本建立', '', Q_TEXT, '工作计划'),
            ('满意度指标', '服务对象满意度指标', '整改责任单位满意度', '≥80', '%', Q_SAT, '问卷调查')]),
 dict(no=9, name='特约审计员及审计专家咨询费', code='13040325P00ZJZX10009Y', org=TZ, leader='韩志刚', cat='其他运转类',
      unit='万元', total=28.60, ben=22.60, up=0.00, zc=6.00, zero_blank=False,
      plan=('50%', '100%', '', ''), plan_kind='pct',
      use='用于聘请特约审计员，以及邀请工程造价、财务、法律等领域专家参与审计论证、咨询的劳务费用。自筹资金为往年结余。',
      goal='聘请特约审计员12名，开展专家论证咨询20次以上，专家意见采纳率达到70%以上。',
      inds=[('产出指标', '数量指标', '聘请特约审计员人数', '=12', '人', Q_NUM, '特约审计员聘任办法'),
            ('产出指标', '数量指标', '专家论证咨询次数', '≥20', '次', Q_NUM, HSB3),
            ('产出指标', '质量指标', '专家意见采纳率', '≥70', '%', Q_PCT, '专家库管理办法'),
            ('产出指标', '时效指标', '专家咨询意见反馈时限', '≤5', '个工作日', Q_TIME, SJF_TL),
            ('成本指标', '经济成本指标', '专家咨询费标准', '≤1500', '元/人·天', Q_COST, '专家咨询费管理办法'),
            ('效益指标', '社会效益指标', '审计决策科学化水平', '有效提升', '', Q_TEXT, '工作计划'),
            ('满意度指标', '服务对象满意度指标', '被审计单位满意度', '≥88', '%', Q_SAT, '问卷调查')]),
]

FUNC = ('邯郸市丛台区审计局是区政府工作部门，主管全区审计工作，依法对区本级预算执行、政府投资项目、领导干部经济责任等'
        '进行审计监督。局机关内设办公室、财政金融审计股、经济责任审计股、法规审理股，下设' + TZ + '、' + JZ + '2个事业单位。')
GOAL = ('2025年，全局围绕区委、区政府中心工作，做深做实研究型审计：全年计划完成各类审计项目不少于60个，审计查出问题整改率'
        '达到90%以上，推动建立健全制度15项以上；加快大数据审计平台二期建设，实现重点部门数据全归集；统筹推进审计全覆盖，'
        '更好发挥审计监督作用。')
MEAS = ('一是加强组织领导，落实预算绩效管理主体责任；二是严格资金管理，按照实施进度计划拨付资金，开展绩效运行监控；'
        '三是强化审计质量控制，推行审计项目“三级复核”制度；四是做好绩效自评，评价结果作为下年度预算安排的重要依据。')
FIXED = datetime.datetime(2025, 1, 16, 9, 30, 0)
THIN = Side(style='thin')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def wan(p, k):
    return p[k] / 10000 if p['unit'] == '元' else p[k]


def totals():
    return {k: round(sum(wan(p, k) for p in P), 2) for k in ('total', 'ben', 'up', 'zc')}


def put(ws, r, c, v, c2=None, fmt=None, bold=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = Alignment(wrap_text=True, vertical='center')
    cell.border = BOX
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = Font(bold=True)
    if c2 and c2 > c:
        ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c2)
    return cell


def dept_sheet(ws):
    ws.title = '部门整体绩效'
    ws.column_dimensions['A'].width = 22
    for col in 'BCDEF':
        ws.column_dimensions[col].width = 18
    ws.cell(row=1, column=1, value=DEPT + '2025年度部门整体绩效目标').font = Font(bold=True, size=14)
    ws.merge_cells('A1:F1')
    r = 3
    for lab, val in (('部门名称', DEPT), ('部门职能概述', FUNC), ('年度总体目标', GOAL), ('保障措施', MEAS)):
        put(ws, r, 1, lab, bold=True)
        put(ws, r, 2, val, 6)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value='项目支出预算汇总').font = Font(bold=True)
    ws.cell(row=r, column=5, value='金额单位：万元')
    r += 1
    put(ws, r, 1, '项目', bold=True); put(ws, r, 2, '数值', bold=True)
    t = totals()
    rows = [('项目个数（个）', len(P), '0'), ('年度资金总额合计', t['total'], '0.00'),
            ('其中：本级财政', t['ben'], '0.00'), ('上级补助', t['up'], '0.00'), ('自筹资金', t['zc'], '0.00')]
    for lab, v, fmt in rows:
        r += 1
        put(ws, r, 1, lab); put(ws, r, 2, v, fmt=fmt)


def proj_sheet(ws):
    ws.title = '项目绩效目标'
    for col, w in zip('ABCDEFGH', (16, 16, 16, 16, 14, 12, 30, 30)):
        ws.column_dimensions[col].width = w
    r = 1
    for p in P:
        put(ws, r, 1, '项目支出绩效目标申报表（%d）' % p['no'], 8, bold=True)
        r += 1
        put(ws, r, 1, '填报单位：' + DEPT, 4); put(ws, r, 5, '金额单位：' + p['unit'], 8)
        r += 1
        put(ws, r, 1, '项目名称', bold=True); put(ws, r, 2, p['name'], 4)
        put(ws, r, 5, '项目编码', bold=True); put(ws, r, 6, p['code'], 8)
        r += 1
        put(ws, r, 1, '主管部门', bold=True); put(ws, r, 2, DEPT, 4)
        put(ws, r, 5, '实施单位', bold=True); put(ws, r, 6, p['org'], 8)
        r += 1
        put(ws, r, 1, '项目负责人', bold=True); put(ws, r, 2, p['leader'])
        put(ws, r, 3, '联系电话', bold=True); put(ws, r, 4, '0310-30219%02d' % (p['no'] * 7))
        put(ws, r, 5, '项目类别', bold=True); put(ws, r, 6, p['cat'], 8)
        r += 1
        def money(v):
            return None if (v == 0 and p['zero_blank']) else v
        put(ws, r, 1, '年度资金总额', bold=True); put(ws, r, 2, p['total'], fmt='0.00')
        put(ws, r, 3, '其中：本级财政', bold=True); put(ws, r, 4, p['ben'], fmt='0.00')
        put(ws, r, 5, '上级补助', bold=True); put(ws, r, 6, money(p['up']), fmt='0.00')
        put(ws, r, 7, '自筹资金', bold=True); put(ws, r, 8, money(p['zc']), fmt='0.00')
        r += 1
        put(ws, r, 1, '项目概况及资金用途', bold=True); put(ws, r, 2, p['use'], 8)
        r += 1
        lab = '实施进度计划（累计支出比例）' if p['plan_kind'] == 'pct' else '实施进度计划（累计支出金额）'
        put(ws, r, 1, lab, bold=True); put(ws, r + 1, 1, None)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        for (c1, c2), q, v in zip(((2, 3), (4, 5), (6, 7), (8, 8)), ('第一季度末', '第二季度末', '第三季度末', '第四季度末'), p['plan']):
            put(ws, r, c1, q, c2)
            put(ws, r + 1, c1, v if v != '' else None, c2, fmt='0.00' if p['plan_kind'] == 'amount' else None)
        r += 2
        put(ws, r, 1, '年度绩效目标', bold=True); put(ws, r, 2, p['goal'], 8)
        r += 1
        for c, h in zip((1, 2, 3, 5, 6, 7, 8), ('一级指标', '二级指标', '三级指标', '指标值', '计量单位', '评（扣）分标准', '指标值设定依据')):
            put(ws, r, c, h, 4 if c == 3 else None, bold=True)
        r += 1
        first = r
        for ind in p['inds']:
            for c, v in zip((1, 2, 3, 5, 6, 7, 8), ind):
                put(ws, r, c, v if v != '' else None, 4 if c == 3 else None)
            r += 1
        # merge runs of equal 一级 / 二级 names
        for col in (1, 2):
            i = 0
            inds = p['inds']
            while i < len(inds):
                j = i
                key = inds[i][:col]
                while j + 1 < len(inds) and inds[j + 1][:col] == key:
                    j += 1
                if j > i:
                    ws.merge_cells(start_row=first + i, start_column=col, end_row=first + j, end_column=col)
                i = j + 1
        r += 1  # blank row between blocks
    ws.cell(row=r, column=1, value='填报人：王丽　　审核人：陈明　　填报日期：2025年1月16日')


def build_bytes():
    """The workbook as bytes: fixed core properties and zip timestamps, so every run gives the same bytes."""
    wb = openpyxl.Workbook()
    dept_sheet(wb.active)
    proj_sheet(wb.create_sheet())
    pr = wb.properties
    pr.creator = DEPT; pr.lastModifiedBy = DEPT; pr.title = DEPT + '2025年度部门预算项目绩效目标'
    pr.created = FIXED; pr.modified = FIXED
    buf = io.BytesIO(); wb.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    stamp = FIXED.strftime('%Y-%m-%dT%H:%M:%SZ')
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            data = zin.read(n)
            if n == 'docProps/core.xml':
                s = data.decode('utf-8')
                s = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>' + stamp + r'\g<2>', s)
                s = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>' + stamp + r'\g<2>', s)
                data = s.encode('utf-8')
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 16, 9, 30, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    return out.getvalue()


def main():
    with open(OUT, 'wb') as f:
        f.write(build_bytes())
    print('wrote', os.path.normpath(OUT), 'projects', len(P), 'rows', sum(len(p['inds']) for p in P), 'totals', totals())


if __name__ == '__main__':
    main()
