"""Write docs/qiuxian-2025.docx: 邯郸市生态环境局邱县分局 2025年度部门预算项目绩效目标 (invented content).
Deterministic: fixed core properties and zip timestamps, so a rerun gives the same bytes."""
import datetime, io, os, zipfile
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.join(os.path.dirname(__file__), '..', 'docs', 'qiuxian-2025.docx')
DEPT = '邯郸市生态环境局邱县分局'
BEN = '邯郸市生态环境局邱县分局（本级）'
JK = '邱县生态环境监控中心'
ZF = '邱县生态环境保护综合执法大队'
JH = '冀环〔2024〕15号'
JJ = '冀环监测〔2024〕7号'
HC = '邯财建〔2024〕33号'
HH = '邯环〔2025〕4号'
HZ = '邯环字〔2024〕56号'
DQ = '《中华人民共和国大气污染防治法》'
DQS = '《大气污染防治法》'
HIST = '2024年实际完成数'
PLAN = '2025年工作计划'

# indicator tuple: (一级, 二级, 指标内容, 指标性质, 指标方向, 指标值, 度量单位, 备注)
def Q(l1, l2, name, d, v, u, note):
    return (l1, l2, name, '定量', d, v, u, note)
def X(l1, l2, name, v, note):
    return (l1, l2, name, '定性', '', v, '', note)

CC = '产出指标'; XY = '效益指标'; CB = '成本指标'; MY = '满意度指标'
SL = '数量指标'; ZL = '质量指标'; SX = '时效指标'; JJCB = '经济成本指标'
ST = '生态效益指标'; SH = '社会效益指标'; KC = '可持续影响指标'; FW = '服务对象满意度指标'

# name, code, type, 执行单位, money unit, total, fin, other, plan (3,6,9,12 月底 cumulative % or None), use, goal, indicators
P = [
 ('大气污染防治网格化监管经费', '13043025P00H81010001X', '经常性项目', BEN, '万元', '286.00', '286.00', '0.00', (20, 50, 75, 100),
  '用于全县8个乡镇大气污染防治网格员巡查补助、扬尘和露天焚烧问题线索核查处置、网格化监管平台运行维护。',
  '全县8个乡镇网格化监管全覆盖，全年巡查不少于2400次，问题线索办结率不低于95%，PM2.5年均浓度控制在45微克/立方米以内。',
  [Q(CC, SL, '网格化监管覆盖乡镇数', '=', '8', '个', PLAN),
   Q(CC, SL, '网格员巡查次数', '≥', '2400', '次', HIST),
   Q(CC, ZL, '问题线索办结率', '≥', '95', '%', HH),
   Q(CC, SX, '交办问题处置时限', '≤', '48', '小时', HH),
   Q(CB, JJCB, '项目总成本', '≤', '286', '万元', '年度预算批复'),
   Q(XY, ST, 'PM2.5年均浓度', '≤', '45', '微克/立方米', JH),
   X(XY, SH, '重污染天气应对能力', '有效提升', DQ),
   Q(MY, FW, '群众满意度', '≥', '90', '%', '往年满意度调查结果')]),
 ('空气质量自动监测站运维经费', '13043025P00H81010002W', '经常性项目', JK, '万元', '148.60', '148.60', '0.00', (25, 50, 75, 100),
  '用于全县6个空气质量自动监测站（含2个乡镇站）设备运行维护、耗材更换、标准气体购置及第三方比对监测。',
  '保障6个空气质量自动监测站稳定运行，数据有效率不低于90%，为大气污染精准治理提供数据支撑。',
  [Q(CC, SL, '运维监测站点数量', '=', '6', '个', JJ),
   Q(CC, ZL, '监测数据有效率', '≥', '90', '%', JJ),
   Q(CC, ZL, '数据传输率', '≥', '95', '%', JH),
   Q(CC, SX, '设备故障响应时间', '≤', '24', '小时', '运维合同约定'),
   Q(CB, JJCB, '项目总成本', '≤', '148.6', '万元', '年度预算批复'),
   X(XY, ST, '大气污染防治数据支撑作用', '有效支撑', JH),
   X(XY, KC, '监测网络稳定运行', '长期稳定', PLAN)]),
 ('水污染防治及河流断面水质监测经费', '13043025P00H81010003V', '经常性项目', JK, '万元', '212.40', '180.00', '32.40', (20, 45, 70, 100),
  '用于卫运河、老沙河等5个河流监测断面水质采样监测、水污染源排查整治，其他资金为上年结转资金。',
  '完成5个断面每月一次水质监测，国省考断面水质达标率不低于80%，监测报告按时报送，全县地表水水质稳中向好。',
  [Q(CC, SL, '监测断面数量', '=', '5', '个', JJ),
   Q(CC, SL, '水质监测频次', '=', '12', '次', JJ),
   Q(CC, ZL, '国省考断面水质达标率', '≥', '80', '%', '《中华人民共和国水污染防治法》'),
   Q(CC, SX, '监测报告按时报送率', '=', '100', '%', PLAN),
   Q(CB, JJCB, '项目总成本', '≤', '212.4', '万元', '年度预算批复'),
   X(XY, ST, '全县地表水水质', '稳中向好', HIST),
   Q(MY, FW, '沿河群众满意度', '≥', '88', '%', '往年满意度调查结果')]),
 (HZ + '重点排污单位在线监控设施运维补助', '13043025P00H81010004U', '一次性项目', BEN, '万元', '96.00', '96.00', '0.00', (0, 30, 80, 100),
  '按' + HZ + '文件规定，对全县重点排污单位自动在线监控设施第三方运维费用给予补助。',
  '补助重点排污单位不少于32家，在线监控设施正常运行率不低于95%，补助资金2025年11月底前拨付到位。',
  [Q(CC, SL, '补助重点排污单位数量', '≥', '32', '家', HZ),
   Q(CC, ZL, '在线监控设施正常运行率', '≥', '95', '%', HZ),
   X(CC, SX, '补助资金拨付时间', '2025年11月底前', HZ),
   Q(CB, JJCB, '单家补助标准', '≤', '3', '万元/家', HZ),
   Q(XY, ST, '重点排污单位超标排放事件', '=', '0', '起', HIST),
   Q(MY, FW, '受补助企业满意度', '≥', '85', '%', '往年满意度调查结果')]),
 ('农村生活污水治理项目', '13043025P00H81010005T', '一次性项目', BEN, '万元', '1350.00', '1000.00', '350.00', (0, 35, 70, 100),
  '用于新增18个行政村生活污水收集管网及小型处理设施建设，其他资金为乡镇配套资金。',
  '新增完成18个行政村生活污水治理，新建污水收集管网不少于26公里，全县农村生活污水治理率达到45%以上。',
  [Q(CC, SL, '新增治理行政村数量', '≥', '18', '个', HC),
   Q(CC, SL, '新建污水收集管网长度', '≥', '26', '公里', '项目初步设计'),
   Q(CC, ZL, '设施竣工验收合格率', '=', '100', '%', HC),
   X(CC, SX, '项目完工时间', '2025年10月底前完成', PLAN),
   Q(CB, JJCB, '项目总成本', '≤', '1500', '万元', '项目概算'),
   Q(XY, ST, '农村生活污水治理率', '≥', '45', '%', '《河北省农村生活污水治理三年行动方案》'),
   X(XY, KC, '设施运行维护机制', '健全完善', HC),
   Q(MY, FW, '受益群众满意度', '≥', '90', '%', '往年满意度调查结果')]),
 ('生态环境宣传教育经费', '13043025P00H81010006S', '经常性项目', BEN, '元', '268000.00', '268000.00', '0.00', None,
  '用于六五环境日主题宣传、生态环境保护进机关进企业进校园活动、宣传资料印制及新媒体宣传。',
  '全年开展生态环境宣传活动不少于15场，发放宣传材料2万份以上，公众生态环境保护意识有效提升。',
  [Q(CC, SL, '宣传活动场次', '≥', '15', '场', HIST),
   Q(CC, SL, '发放宣传材料数量', '≥', '20000', '份', HIST),
   Q(CC, SL, '六五环境日主题活动', '=', '1', '次', PLAN),
   X(CC, SX, '宣传资料印制完成时间', '2025年5月底前', PLAN),
   Q(CB, JJCB, '项目总成本', '≤', '268000', '元', '年度预算批复'),
   X(XY, SH, '公众生态环境保护意识', '有效提升', '《中华人民共和国环境保护法》'),
   Q(MY, FW, '参与群众满意度', '≥', '92', '%', '往年满意度调查结果')]),
 ('生态环境执法能力建设经费', '13043025P00H81010007R', '一次性项目', ZF, '万元', '175.50', '175.50', '0.00', (10, 40, 90, 100),
  '用于购置执法无人机2架、便携式快速检测设备4台，开展执法人员业务培训及执法检查。',
  '全年执法检查企业不少于600家次，环境违法案件办结率100%，执法装备水平和办案能力明显提升。',
  [Q(CC, SL, '执法检查企业', '≥', '600', '家次', HIST),
   Q(CC, SL, '购置执法无人机', '=', '2', '架', '执法装备配备标准'),
   Q(CC, SL, '购置便携式快速检测设备', '=', '4', '台', '执法装备配备标准'),
   Q(CC, ZL, '环境违法案件办结率', '=', '100', '%', '《中华人民共和国环境保护法》'),
   Q(CB, JJCB, '项目总成本', '≤', '175.5', '万元', '年度预算批复'),
   X(XY, SH, '环境违法行为', '有效遏制', HH),
   Q(MY, FW, '执法对象满意度', '≥', '88', '%', '往年满意度调查结果')]),
 ('土壤污染防治及危险废物监管经费', '13043025P00H81010008Q', '经常性项目', BEN, '万元', '124.80', '124.80', '0.00', (25, 50, 75, 100),
  '用于土壤污染重点监管单位隐患排查、受污染耕地安全利用监测、危险废物规范化环境管理评估。',
  '完成12家土壤污染重点监管单位隐患排查，评估危险废物产生单位40家以上，受污染耕地安全利用率达到93%以上。',
  [Q(CC, SL, '土壤污染重点监管单位隐患排查数量', '≥', '12', '家', HH),
   Q(CC, SL, '危险废物规范化环境管理评估企业', '≥', '40', '家', HH),
   Q(CC, ZL, '受污染耕地安全利用率', '≥', '93', '%', '《中华人民共和国土壤污染防治法》'),
   X(CC, SX, '隐患排查完成时间', '2025年9月底前', PLAN),
   Q(CB, JJCB, '项目总成本', '≤', '124.8', '万元', '年度预算批复'),
   X(XY, ST, '重点建设用地安全利用', '有效保障', '《中华人民共和国土壤污染防治法》'),
   Q(MY, FW, '企业满意度', '≥', '90', '%', '往年满意度调查结果')]),
 ('秸秆及散煤禁烧巡查补助经费', '13043025P00H81010009P', '经常性项目', BEN, '万元', '68.00', '68.00', '0.00', None,
  '用于秋冬季秸秆禁烧、散煤复燃巡查人员补助及巡查车辆燃油补助。',
  '落实120名巡查人员补助，巡查天数不少于150天，卫星遥感监测火点为0，散煤清零成果持续巩固。',
  [Q(CC, SL, '巡查人员补助人数', '=', '120', '人', HC),
   Q(CC, SL, '巡查天数', '≥', '150', '天', PLAN),
   Q(CC, SX, '补助发放时间', '≤', '12', '月', HC),
   Q(CB, JJCB, '人均补助标准', '≤', '0.5', '万元/人', HC),
   Q(XY, ST, '卫星遥感监测火点', '=', '0', '个', DQ),
   X(XY, KC, '散煤清零成果', '持续巩固', DQ),
   Q(MY, FW, '村民满意度', '≥', '85', '%', '往年满意度调查结果')]),
 ('机动车尾气遥感监测及非道路移动机械监管经费', '13043025P00H81010010N', '经常性项目', JK, '万元', '310.00', '260.00', '50.00', (25, 50, 75, 100),
  '用于机动车尾气遥感监测设备运维、柴油货车路检路查、非道路移动机械编码登记和抽测，其他资金为上级大气污染防治专项结转资金。',
  '遥感监测机动车不少于3万辆次，非道路移动机械编码登记900台以上，柴油货车抽检不少于500辆，移动源排放持续降低。',
  [Q(CC, SL, '遥感监测机动车数量', '≥', '30000', '辆次', JH),
   Q(CC, SL, '非道路移动机械编码登记', '≥', '900', '台', JH),
   Q(CC, SL, '柴油货车路检路查抽检数量', '≥', '500', '辆', HIST),
   Q(CC, ZL, '监测数据上传率', '≥', '98', '%', JH),
   Q(CB, JJCB, '项目总成本', '≤', '310', '万元', '年度预算批复'),
   X(XY, ST, '移动源污染物排放', '持续降低', DQS),
   Q(MY, FW, '车主满意度', '≥', '90', '%', '往年满意度调查结果')]),
]

COLS = 9

def scores(inds):
    """分值: 产出50, 效益30 (40 without 满意度), 成本10, 满意度10, split evenly, remainder to the first row."""
    has_my = any(i[0] == MY for i in inds)
    budget = {CC: 50, XY: 30 if has_my else 40, CB: 10, MY: 10}
    out = []
    for i in inds:
        grp = [j for j in inds if j[0] == i[0]]
        base, rem = divmod(budget[i[0]], len(grp))
        out.append(str(base + (rem if grp[0] is i else 0)))
    return out

def wan(p, k):
    v = float(p[k])
    return v / 10000 if p[4] == '元' else v

def merge_down(t, col, r0, r1):
    if r1 > r0:
        txt = t.cell(r0, col).text
        m = t.cell(r0, col).merge(t.cell(r1, col)); m.text = txt

def main():
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = '仿宋'; st.font.size = Pt(10.5)
    h = d.add_paragraph(DEPT + '2025年度部门预算项目绩效目标'); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading('一、部门职责及机构设置', level=2)
    d.add_paragraph(DEPT + '为邯郸市生态环境局派出机构，负责邱县行政区域内生态环境统一监督管理，主要职责是：落实生态环境保护'
                    '法律法规和政策；负责大气、水、土壤、固体废物、机动车等污染防治的监督管理；负责生态环境监测和信息发布；'
                    '负责生态环境保护执法检查和突发环境事件应急处置；组织开展生态环境宣传教育。内设办公室、大气环境股、'
                    '水生态环境股、土壤和固体废物股4个股室，所属' + JK + '、' + ZF + '2个单位。')
    tot = sum(wan(p, 5) for p in P); fin = sum(wan(p, 6) for p in P); oth = sum(wan(p, 7) for p in P)
    d.add_heading('二、部门整体绩效目标', level=2)
    d.add_paragraph('（一）总体绩效目标。2025年，我分局深入贯彻习近平生态文明思想，坚决打好蓝天、碧水、净土保卫战：'
                    'PM2.5年均浓度控制在45微克/立方米以内，国省考断面水质达标率不低于80%，受污染耕地安全利用率达到93%以上，'
                    '新增完成18个行政村生活污水治理，全年不发生较大及以上突发环境事件。')
    d.add_paragraph('（二）项目支出安排。2025年安排项目支出%d个，资金总额%.2f万元，其中财政拨款%.2f万元，其他资金%.2f万元，'
                    '明细见下表。' % (len(P), tot, fin, oth))
    t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for j, c in enumerate(['序号', '项目名称', '资金总额（万元）', '财政拨款（万元）', '其他资金（万元）']):
        t.rows[0].cells[j].text = c
    for i, p in enumerate(P, 1):
        r = t.add_row().cells
        for j, c in enumerate([str(i), p[0], '%.2f' % wan(p, 5), '%.2f' % wan(p, 6), '%.2f' % wan(p, 7)]):
            r[j].text = c
    r = t.add_row().cells
    for j, c in enumerate(['合计', '', '%.2f' % tot, '%.2f' % fin, '%.2f' % oth]):
        r[j].text = c
    r[0].merge(r[1]).text = '合计'
    d.add_heading('三、保障措施', level=2)
    d.add_paragraph('一是压实责任，严格执行《中华人民共和国预算法》和' + HC + '关于预算绩效管理的要求，分局主要负责同志为第一责任人；'
                    '二是强化监控，按月调度项目实施和资金支出进度，对偏离绩效目标的项目及时纠偏；三是严格评价，年终开展绩效自评，'
                    '自评结果作为下年度预算安排的重要依据；四是公开透明，按规定在县政府门户网站公开项目绩效目标。')
    d.add_heading('四、项目支出绩效目标表', level=2)
    for n, p in enumerate(P, 1):
        (name, code, ptype, org, mu, total, f, o, plan, use, goal, inds) = p
        d.add_paragraph('（%d）%s' % (n, name))
        d.add_paragraph('编制单位：%s　　　　　　　　金额单位：%s' % (DEPT, mu))
        t = d.add_table(rows=0, cols=COLS); t.style = 'Table Grid'
        def row(*cells):
            r = t.add_row().cells
            for j, c in enumerate(cells):
                r[j].text = c
            return r
        def span(r, a, b, txt):
            m = r[a].merge(r[b]); m.text = txt
        r = row(*[''] * COLS); r[0].text = '项目名称'; span(r, 1, 4, name); r[5].text = '项目代码'; span(r, 6, 8, code)
        r = row(*[''] * COLS); r[0].text = '主管部门'; span(r, 1, 4, DEPT); r[5].text = '执行单位'; span(r, 6, 8, org)
        r = row(*[''] * COLS); r[0].text = '项目类型'; span(r, 1, 4, ptype); r[5].text = '项目期限'; span(r, 6, 8, '2025年1月—2025年12月')
        lab = '资金情况（%s）' % mu
        r0 = len(t.rows)
        r = row(*[''] * COLS); r[0].text = lab; span(r, 1, 2, '资金总额'); span(r, 3, 5, '其中：财政拨款'); span(r, 6, 8, '其他资金')
        r = row(*[''] * COLS); r[0].text = lab; span(r, 1, 2, total); span(r, 3, 5, f); span(r, 6, 8, o)
        merge_down(t, 0, r0, r0 + 1)
        r = row(*[''] * COLS); r[0].text = '资金用途'; span(r, 1, 8, use)
        if plan:
            r0 = len(t.rows)
            r = row(*[''] * COLS); r[0].text = '资金支出计划（累计）'
            for k, lab2 in enumerate(['截至3月底', '截至6月底', '截至9月底', '截至12月底']):
                span(r, 1 + 2 * k, 2 + 2 * k, lab2)
            r = row(*[''] * COLS); r[0].text = '资金支出计划（累计）'
            for k, v in enumerate(plan):
                span(r, 1 + 2 * k, 2 + 2 * k, '%d%%' % v)
            merge_down(t, 0, r0, r0 + 1)
        r = row(*[''] * COLS); r[0].text = '年度绩效目标'; span(r, 1, 8, goal)
        r = row('一级指标', '二级指标', '指标内容', '指标性质', '指标方向', '指标值', '度量单位', '分值', '备注')
        first = len(t.rows)
        sc = scores(inds)
        for ind, s in zip(inds, sc):
            row(*ind[:7], s, ind[7])
        last = len(t.rows) - 1
        for col in (0, 1):
            a = first
            while a <= last:
                b = a
                key = tuple(t.cell(a, c).text for c in range(col + 1))
                while b + 1 <= last and tuple(t.cell(b + 1, c).text for c in range(col + 1)) == key:
                    b += 1
                merge_down(t, col, a, b)
                a = b + 1
        d.add_paragraph('')
    d.add_paragraph('填报日期：2025年1月22日')
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 22, 10, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = DEPT; cp.last_modified_by = DEPT; cp.title = DEPT + '2025年度部门预算项目绩效目标'; cp.revision = 1
    buf = io.BytesIO(); d.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, 'w', zipfile.ZIP_DEFLATED) as zout:
        for nm in sorted(zin.namelist(), key=lambda x: (x != '[Content_Types].xml', x)):
            zi = zipfile.ZipInfo(nm, date_time=(2025, 1, 22, 10, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(nm))
    print('wrote', OUT, 'projects', len(P), 'rows', sum(len(p[11]) for p in P), 'total %.2f fin %.2f other %.2f' % (tot, fin, oth))

if __name__ == '__main__':
    main()
