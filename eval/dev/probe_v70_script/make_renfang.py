"""Write eval/dev/docs/renfang-2025.xlsx: an invented budget-system export of 邯郸市峰峰矿区人民防空办公室's 2025
项目支出绩效目标 (9 projects) in four sheets: 说明 (prose), 项目汇总 (one row per project + 合计), 绩效指标 (all indicator
rows of all projects, keyed by 项目编码; 项目名称 and 一级指标 merged down their runs), 支出计划 (quarterly amounts, NOT
cumulative; project 8 absent). Project 2 is kept in 元 everywhere it appears (金额单位 column); the 合计 rows are in 万元.

Deterministic: fixed core properties, zip entries rewritten with a fixed timestamp and order.
"""
import datetime
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'docs', 'renfang-2025.xlsx')
DEPT = '邯郸市峰峰矿区人民防空办公室'
BJ = '邯郸市峰峰矿区人民防空办公室（本级）'
ZX = '邯郸市峰峰矿区人防指挥信息保障中心'
GC = '邯郸市峰峰矿区人防工程管理站'

SAT = ('满意度指标', '服务对象满意度指标')
LAW = '《中华人民共和国人民防空法》'
HBB = '《河北省实施〈中华人民共和国人民防空法〉办法》'

# unit: '万元' or '元'; amounts as printed strings; plan: quarterly amounts (not cumulative) as printed, '' = blank
P = [
    dict(code='13040625P00RF0110001K', name='人防警报设施维护及升级改造经费', org=ZX, unit='万元',
         total='186.40', fin='186.40', other='0.00', attr='延续项目', period='2025年1月—2025年12月',
         goal='完成全区86台防空警报器日常维护，新建6台多媒体警报器，确保9月防空警报试鸣鸣响率不低于98%。',
         plan=('20.00', '60.00', '80.40', '26.00'),
         ind=[('产出指标', '数量指标', '维护防空警报器数量', '≥', '86', '台', '全区在用警报器全部纳入维护', LAW + '第二十六条'),
              ('产出指标', '数量指标', '新建多媒体警报器', '=', '6', '台', '新建城区东部及新城片区', '冀人防〔2024〕12号'),
              ('产出指标', '质量指标', '防空警报鸣响率', '≥', '98', '%', '试鸣时实际鸣响台数/应鸣响台数', HBB),
              ('产出指标', '时效指标', '防空警报试鸣完成时间', '定性', '2025年9月底前', '', '每年9月第三个星期六试鸣', '冀人防〔2024〕12号'),
              ('成本指标', '经济成本指标', '单台警报器年维护费用', '≤', '0.85', '万元/台', '参照上年维护合同单价', '2024年度维护合同'),
              ('成本指标', '经济成本指标', '项目总成本', '≤', '186.40', '万元', '', '2025年部门预算'),
              ('效益指标', '社会效益指标', '城区防空警报音响覆盖率', '≥', '95', '%', '', LAW + '、冀人防〔2024〕12号'),
              ('效益指标', '可持续影响指标', '警报设施长效运行机制', '定性', '逐步完善', '', '', '部门工作计划'),
              (SAT[0], SAT[1], '社会公众满意度', '≥', '90', '%', '问卷抽样调查', '问卷调查')]),
    dict(code='13040625P00RF0210002H', name='人防指挥信息系统运维经费', org=ZX, unit='元',
         total='486500.00', fin='486500.00', other='0.00', attr='延续项目', period='2025年',
         goal='保障人防指挥信息系统24套设备全年稳定运行，系统正常运行率达到99%以上。',
         plan=('120000.00', '120000.00', '120000.00', '126500.00'),
         ind=[('产出指标', '数量指标', '运维系统设备台套数', '≥', '24', '套', '含指挥终端、通信及机房设备', '冀人防办[2024]8号'),
              ('产出指标', '质量指标', '系统正常运行率', '≥', '99', '%', '', '冀人防办[2024]8号'),
              ('产出指标', '时效指标', '故障响应时间', '≤', '2', '小时', '接报后到场', '运维服务合同'),
              ('成本指标', '经济成本指标', '单套设备年运维费用', '≤', '20300', '元/套', '', '按政府采购法规定经询价确定'),
              ('成本指标', '经济成本指标', '项目总成本', '≤', '486500', '元', '', '2025年部门预算'),
              ('效益指标', '社会效益指标', '人防指挥通信保障能力', '定性', '有效提升', '', '', '《中华人民共和国网络安全法》'),
              (SAT[0], SAT[1], '使用单位满意度', '≥', '92', '%', '', '问卷调查')]),
    dict(code='13040625P00RF0310003D', name='人民防空宣传教育经费', org=BJ, unit='万元',
         total='42.80', fin='42.80', other='0.00', attr='延续项目', period='2025年1月—12月',
         goal='开展人防宣传活动12场、进校园讲座20场，宣传教育覆盖5万人次，提升群众防空防灾意识。',
         plan=('5.00', '15.00', '12.80', '10.00'),
         ind=[('产出指标', '数量指标', '人防宣传活动场次', '≥', '12', '场', '含“5·12”防灾减灾日、9月国防教育日', '邯人防字（2025）3号'),
              ('产出指标', '数量指标', '进校园人防知识讲座', '≥', '20', '场', '覆盖全区中小学', '《人民防空法》'),
              ('产出指标', '数量指标', '发放宣传资料', '≥', '30000', '份', '', '邯人防字（2025）3号'),
              ('产出指标', '数量指标', '宣传教育受众人次', '≥', '50000', '人次', '', '部门工作计划'),
              ('成本指标', '经济成本指标', '人均宣传教育成本', '≤', '8.6', '元/人次', '项目资金/受众人次', '2025年部门预算'),
              ('效益指标', '社会效益指标', '群众防空防灾意识', '定性', '明显增强', '', '', '部门工作计划'),
              (SAT[0], SAT[1], '群众满意度', '≥', '88', '%', '', '问卷调查')]),
    dict(code='13040625P00RF0410004B', name='人防工程维护管理经费', org=GC, unit='万元',
         total='265.00', fin='215.00', other='50.00', attr='延续项目', period='2024年—2026年',
         goal='完成公用人防工程38000平方米维护保养，工程设备完好率95%以上，平时利用率达到60%。',
         plan=('40.00', '80.00', '85.00', '60.00'),
         ind=[('产出指标', '数量指标', '维护公用人防工程面积', '≥', '38000', '平方米', '', LAW + '第二十五条'),
              ('产出指标', '质量指标', '工程设备完好率', '≥', '95', '%', '', '冀人防【2024】12号'),
              ('产出指标', '时效指标', '年度维护完成时间', '定性', '2025年11月底前', '', '', '《人民防空工程维护管理办法》'),
              ('成本指标', '经济成本指标', '每平方米年维护成本', '≤', '70', '元/平方米', '', '冀人防【2024】12号'),
              ('成本指标', '经济成本指标', '项目总成本', '≤', '265.00', '万元', '含其他资金50万元', '2025年部门预算'),
              ('效益指标', '经济效益指标', '人防工程平时利用率', '≥', '60', '%', '', '《人民防空工程维护管理办法》'),
              ('效益指标', '可持续影响指标', '工程使用寿命', '定性', '有效延长', '', '', '部门工作计划'),
              (SAT[0], SAT[1], '使用单位满意度', '≥', '90', '%', '', '问卷调查')]),
    dict(code='13040625P00RF0510005X', name='疏散基地（地域）建设补助资金', org=BJ, unit='万元',
         total='320.00', fin='200.00', other='120.00', attr='新增项目', period='2025年—2026年',
         goal='建设和平村、义井2个人口疏散基地，2025年11月底前完成主体建设，可容纳疏散人口1.2万人。',
         plan=('0.00', '96.00', '160.00', '64.00'),
         ind=[('产出指标', '数量指标', '建设人口疏散基地', '=', '2', '个', '和平村、义井', '峰政办〔2024〕28号'),
              ('产出指标', '质量指标', '建设验收合格率', '=', '100', '%', '', LAW),
              ('产出指标', '时效指标', '主体建设完成时间', '定性', '2025年11月底前', '', '', '峰政办〔2024〕28号'),
              ('成本指标', '经济成本指标', '单个疏散基地建设补助', '≤', '160', '万元/个', '', '邯人防字(2025)3号'),
              ('效益指标', '社会效益指标', '可容纳疏散人口', '≥', '12000', '人', '', '峰政办〔2024〕28号'),
              ('效益指标', '可持续影响指标', '城市防护能力', '定性', '逐步提高', '', '', '部门工作计划'),
              (SAT[0], SAT[1], '疏散基地所在村群众满意度', '≥', '85', '%', '', '问卷调查')]),
    dict(code='13040625P00RF0610006M', name='人防专业队伍训练及演练经费', org=BJ, unit='万元',
         total='78.60', fin='78.60', other='0.00', attr='延续项目', period='2025年',
         goal='组织人防专业队伍训练360人次、防空袭综合演练2次，训练考核合格率95%以上。',
         plan=('10.00', '30.00', '28.60', '10.00'),
         ind=[('产出指标', '数量指标', '专业队伍参训人次', '≥', '360', '人次', '', '冀人防[2024]12号'),
              ('产出指标', '数量指标', '组织防空袭综合演练', '≥', '2', '次', '', '邯人防字（2025）3号'),
              ('产出指标', '质量指标', '训练考核合格率', '≥', '95', '%', '', '冀人防[2024]12号'),
              ('产出指标', '时效指标', '演练完成时间', '定性', '2025年10月底前', '', '', '年度训练计划'),
              ('成本指标', '经济成本指标', '人均训练成本', '≤', '2200', '元/人次', '', '依据中华人民共和国人民防空法第三十二条及年度训练计划'),
              ('效益指标', '社会效益指标', '应急处置能力', '定性', '明显提升', '', '', '部门工作计划'),
              (SAT[0], SAT[1], '参训人员满意度', '≥', '92', '%', '', '问卷调查')]),
    dict(code='13040625P00RF0710007T', name='峰人防〔2024〕15号人防工程易地建设费征收管理工作经费', org=BJ, unit='万元',
         total='26.50', fin='26.50', other='0.00', attr='新增项目', period='2025年',
         goal='依法审核结合民用建筑修建防空地下室项目45个，易地建设费征收政策执行准确率100%。',
         plan=('6.50', '6.00', '7.00', '7.00'),
         ind=[('产出指标', '数量指标', '审核人防工程建设项目', '≥', '45', '个', '', '峰人防〔2024〕15号'),
              ('产出指标', '质量指标', '征收政策执行准确率', '=', '100', '%', '', LAW + '、' + HBB),
              ('产出指标', '时效指标', '审批办结时限', '≤', '10', '个工作日', '', '峰人防〔2024〕15号'),
              ('成本指标', '经济成本指标', '项目总成本', '≤', '26.50', '万元', '', '2025年部门预算'),
              ('效益指标', '社会效益指标', '依法行政水平', '定性', '有效提升', '', '', '部门工作计划'),
              ('效益指标', '可持续影响指标', '易地建设费征管长效机制', '定性', '逐步完善', '', '', '峰人防〔2024〕15号')]),
    dict(code='13040625P00RF0810008F', name='人防指挥所运行维护经费', org=ZX, unit='万元',
         total='95.30', fin='95.30', other='0.00', attr='延续项目', period='长期',
         goal='保障区人防指挥所全年365天值班值守，设备完好率98%以上。',
         plan=None,
         ind=[('产出指标', '数量指标', '指挥所值班值守天数', '=', '365', '天', '', '冀人防办[2024]8号'),
              ('产出指标', '数量指标', '设备巡检维护次数', '≥', '12', '次', '每月一次', '冀人防办[2024]8号'),
              ('产出指标', '质量指标', '指挥所设备完好率', '≥', '98', '%', '', '冀人防办[2024]8号'),
              ('成本指标', '经济成本指标', '项目总成本', '≤', '95.30', '万元', '', '2025年部门预算'),
              ('效益指标', '社会效益指标', '战备值班保障', '定性', '有效保障', '', '', '部门工作计划'),
              (SAT[0], SAT[1], '指挥所使用单位满意度', '≥', '95', '%', '', '问卷调查')]),
    dict(code='13040625P00RF0910009W', name='人防物资储备及防护器材更新购置经费', org=GC, unit='万元',
         total='58.20', fin='38.20', other='20.00', attr='新增项目', period='2025年1月—2025年12月',
         goal='购置防护器材600套，2025年6月底前完成采购并入库，物资验收合格率100%。',
         plan=('8.20', '50.00', '', ''),
         ind=[('产出指标', '数量指标', '购置防护器材', '≥', '600', '套', '防毒面具、防护服等', '峰政办〔2024〕28号'),
              ('产出指标', '质量指标', '物资验收合格率', '=', '100', '%', '', '《中华人民共和国政府采购法》'),
              ('产出指标', '时效指标', '采购完成时间', '定性', '2025年6月底前', '', '', '《中华人民共和国政府采购法》'),
              ('成本指标', '经济成本指标', '单套防护器材购置成本', '≤', '850', '元/套', '', '市场询价'),
              ('成本指标', '经济成本指标', '项目总成本', '≤', '58.20', '万元', '', '2025年部门预算'),
              ('效益指标', '社会效益指标', '人防物资保障能力', '定性', '有效提升', '', '', '部门工作计划'),
              (SAT[0], SAT[1], '物资使用单位满意度', '≥', '90', '%', '', '问卷调查')]),
]

QUARTERS = ('一季度', '二季度', '三季度', '四季度')


def wan(p, f):
    v = float(p[f])
    return v / 10000.0 if p['unit'] == '元' else v


TOT = {f: round(sum(wan(p, f) for p in P), 2) for f in ('total', 'fin', 'other')}
NIND = sum(len(p['ind']) for p in P)

PROSE = [
    ('一、部门职责', [
        '邯郸市峰峰矿区人民防空办公室是区政府主管全区人民防空工作的工作部门，内设综合股、工程管理股、指挥通信股3个股室，'
        '下属邯郸市峰峰矿区人防指挥信息保障中心、邯郸市峰峰矿区人防工程管理站2个事业单位。',
        '主要职责：贯彻执行人民防空法律法规和方针政策；拟订全区人民防空建设规划并组织实施；负责人防工程建设、维护管理和'
        '易地建设费征收管理；负责防空警报设施、人防指挥所及指挥信息系统的建设和运行维护；组织人口疏散准备和人防专业队伍'
        '训练演练；开展人民防空宣传教育。']),
    ('二、部门整体绩效目标', [
        '2025年，全区防空警报鸣响率不低于98%，公用人防工程设备完好率95%以上，新建人口疏散基地2个，人防专业队伍训练'
        '360人次，人防宣传教育覆盖5万人次，群众防空防灾意识明显增强。',
        '2025年安排项目支出%d个，项目资金合计%.2f万元，其中财政拨款%.2f万元、其他资金%.2f万元（其他资金为人防易地建设费'
        '结余及上级补助）；共设置三级绩效指标%d条。' % (len(P), TOT['total'], TOT['fin'], TOT['other'], NIND)]),
    ('三、保障措施', [
        '（一）加强组织领导。成立由办公室主任任组长的预算绩效管理领导小组，明确各股室和下属单位责任分工。',
        '（二）强化绩效运行监控。按季度对项目预算执行进度和绩效目标实现程度开展“双监控”，发现偏差及时纠正。',
        '（三）规范资金管理。严格执行政府采购和国库集中支付制度，专款专用，自觉接受财政、审计部门监督。']),
    ('四、填报说明', [
        '1.“项目汇总”表金额单位为万元，其中人防指挥信息系统运维经费按元填列（见“金额单位”列），合计行已折算为万元。',
        '2.“支出计划”表填列各季度当季计划支出金额（非累计数），未填列的季度不安排支出；人防指挥所运行维护经费未编报'
        '支出计划。',
        '3.“绩效指标”表中指标性质为“定性”的指标，指标值以文字表述。']),
]

FIX = datetime.datetime(2025, 1, 20, 9, 0, 0)
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical='center')


def grid(ws, r0, r1, c1):
    for r in range(r0, r1 + 1):
        for c in range(1, c1 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP


def build_wb():
    wb = Workbook()
    ws = wb.active
    ws.title = '说明'
    ws['A1'] = '%s2025年度项目支出绩效目标编制说明' % DEPT
    ws['A1'].font = Font(bold=True, size=14)
    r = 3
    for head, paras in PROSE:
        ws.cell(r, 1, head).font = BOLD
        r += 1
        for t in paras:
            ws.cell(r, 1, t).alignment = Alignment(wrap_text=True, vertical='top')
            r += 1
        r += 1
    ws.cell(r, 1, '编制单位：%s　　编制日期：2025年1月20日' % DEPT)
    ws.column_dimensions['A'].width = 110

    # ---- 项目汇总
    ws = wb.create_sheet('项目汇总')
    ws['A1'] = '%s2025年度项目支出汇总表' % DEPT
    ws['A1'].font = Font(bold=True, size=13)
    ws.merge_cells('A1:K1')
    ws['A2'] = '单位名称：%s' % DEPT
    ws['I2'] = '金额单位：万元（另有注明的除外）'
    hdr = ['序号', '项目编码', '项目名称', '实施单位', '金额单位', '资金总额', '财政拨款', '其他资金', '项目属性', '项目期限',
           '年度绩效目标']
    for c, h in enumerate(hdr, 1):
        ws.cell(3, c, h).font = BOLD
    for k, p in enumerate(P, 1):
        row = [k, p['code'], p['name'], p['org'], p['unit'], float(p['total']), float(p['fin']), float(p['other']),
               p['attr'], p['period'], p['goal']]
        for c, v in enumerate(row, 1):
            ws.cell(3 + k, c, v)
        for c in (6, 7, 8):
            ws.cell(3 + k, c).number_format = '#,##0.00'
    rt = 4 + len(P)
    ws.cell(rt, 1, '合计')
    ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=4)
    ws.cell(rt, 5, '万元')
    for c, f in ((6, 'total'), (7, 'fin'), (8, 'other')):
        ws.cell(rt, c, TOT[f]).number_format = '#,##0.00'
    grid(ws, 3, rt, len(hdr))
    ws.cell(rt + 1, 1, '注：第2项按元填列，合计行已折算为万元。')
    for col, w in zip('ABCDEFGHIJK', (6, 24, 40, 34, 9, 13, 13, 11, 10, 20, 60)):
        ws.column_dimensions[col].width = w

    # ---- 绩效指标
    ws = wb.create_sheet('绩效指标')
    ws['A1'] = '%s2025年度项目支出绩效指标明细表' % DEPT
    ws['A1'].font = Font(bold=True, size=13)
    ws.merge_cells('A1:J1')
    hdr = ['项目编码', '项目名称', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '指标值说明',
           '设定依据']
    for c, h in enumerate(hdr, 1):
        ws.cell(2, c, h).font = BOLD
    r = 3
    for p in P:
        start = r
        for i in p['ind']:
            l1, l2, l3, nat, val, unit, note, basis = i
            v = val
            if nat != '定性':
                v = float(val) if '.' in val else int(val)
            vals = [p['code'], p['name'], l1, l2, l3, nat, v, unit or None, note or None, basis]
            for c, x in enumerate(vals, 1):
                ws.cell(r, c, x)
            r += 1
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        # 一级指标 merged down each run
        s = start
        while s < r:
            e = s
            while e + 1 < r and ws.cell(e + 1, 3).value == ws.cell(s, 3).value:
                e += 1
            if e > s:
                ws.merge_cells(start_row=s, start_column=3, end_row=e, end_column=3)
            s = e + 1
    grid(ws, 2, r - 1, len(hdr))
    for col, w in zip('ABCDEFGHIJ', (24, 30, 12, 18, 28, 9, 16, 11, 26, 46)):
        ws.column_dimensions[col].width = w

    # ---- 支出计划
    ws = wb.create_sheet('支出计划')
    ws['A1'] = '%s2025年度项目支出分季度计划表' % DEPT
    ws['A1'].font = Font(bold=True, size=13)
    ws.merge_cells('A1:I1')
    ws['A2'] = '说明：各季度填列当季计划支出金额，非累计数；空白表示该季度不安排支出。金额单位：万元（第2项为元）。'
    hdr = ['序号', '项目编码', '项目名称', '金额单位', '全年计划'] + ['%s计划支出' % q for q in QUARTERS]
    for c, h in enumerate(hdr, 1):
        ws.cell(3, c, h).font = BOLD
    r = 4
    k = 0
    for p in P:
        if p['plan'] is None:
            continue
        k += 1
        row = [k, p['code'], p['name'], p['unit'], float(p['total'])] + [float(x) if x else None for x in p['plan']]
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
            if c >= 5 and v is not None:
                ws.cell(r, c).number_format = '#,##0.00'
        r += 1
    ws.cell(r, 1, '合计（万元）')
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    withplan = [p for p in P if p['plan']]
    k = 10000.0
    ws.cell(r, 5, round(sum(wan(p, 'total') for p in withplan), 2))
    for j in range(4):
        ws.cell(r, 6 + j, round(sum(float(p['plan'][j] or 0) / (k if p['unit'] == '元' else 1) for p in withplan), 2))
    grid(ws, 3, r, len(hdr))
    for col, w in zip('ABCDEFGHI', (12, 24, 40, 9, 13, 14, 14, 14, 14)):
        ws.column_dimensions[col].width = w

    wb.properties.creator = DEPT
    wb.properties.lastModifiedBy = DEPT
    wb.properties.title = '%s2025年度项目支出绩效目标' % DEPT
    wb.properties.created = FIX
    wb.properties.modified = FIX
    return wb


def main():
    for p in P:
        s = sum(float(x or 0) for x in (p['plan'] or ()))
        assert p['plan'] is None or abs(s - float(p['total'])) < 1e-6, p['name']
        assert abs(float(p['fin']) + float(p['other']) - float(p['total'])) < 1e-6, p['name']
        assert 6 <= len(p['ind']) <= 10, p['name']
    wb = build_wb()
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                import re
                data = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', rb'\g<1>2025-01-20T09:00:00Z', data)
                data = re.sub(rb'(<dcterms:created[^>]*>)[^<]*', rb'\g<1>2025-01-20T09:00:00Z', data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zo.writestr(zi, data)
    with open(OUT, 'wb') as f:
        f.write(out.getvalue())
    print('wrote', os.path.normpath(OUT), len(P), 'projects', NIND, 'indicator rows', TOT)


if __name__ == '__main__':
    main()
