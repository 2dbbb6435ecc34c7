"""Write probe_v58_script/cixian-2025.docx and docs/cixian-2025.pdf:
磁县体育局 2025年度部门预算项目支出绩效目标（公开版） (invented content), a public-disclosure PDF.
Deterministic .docx (fixed core properties and zip timestamps); the PDF's dates and /ID are patched to fixed
values of the same length after LibreOffice conversion."""
import datetime, io, os, re, shutil, subprocess, tempfile, zipfile
import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, 'cixian-2025.docx')
PDF = os.path.join(HERE, '..', 'docs', 'cixian-2025.pdf')
DEPT = '磁县体育局'
BEN = '磁县体育局（本级）'
XX = '磁县青少年业余体育学校'
CG = '磁县体育场馆服务中心'
JT = '冀体〔2024〕21号'
QL = '《全民健身条例》'
TYF = '《中华人民共和国体育法》'
HT6 = '邯体字〔2025〕6号'
HT35 = '邯体字〔2024〕35号'
JC = '冀财教〔2024〕118号'
GW = '《公共文化体育设施条例》'

# Each project: name, code, attr, unit, leader, money (unit, total, fin, other, other_label), plan (tuple of 4 or text or None),
# use, goal, basis list, indicators (一级, 二级, 指标名称, 指标值, 计量单位, 标准)
P = [
 dict(name='全民健身路径器材更新及维护经费', code='13042725P00TY01000013', attr='延续项目', unit=BEN, leader='郭振华',
      money=('万元', 128.5, 118.5, 10.0, '单位自有资金'), plan=('一季度25%，二季度累计55%，三季度累计80%，四季度累计100%', (25, 55, 80, 100)),
      use='用于更新全县乡镇、村（社区）老旧损坏的全民健身路径器材，并对已建健身路径开展日常巡查维护。',
      goal='全年更新健身路径器材不少于60套，维护健身路径不少于180个，器材完好率明显提高，群众就近健身条件进一步改善。',
      basis=[JT, QL],
      inds=[('产出指标', '数量指标', '更新健身路径器材数量', '≥60', '套', '每少1套扣0.5分'),
            ('产出指标', '数量指标', '维护健身路径数量', '≥180', '个', '每少10个扣1分'),
            ('产出指标', '质量指标', '器材安装验收合格率', '=100', '%', '每降低1个百分点扣1分'),
            ('产出指标', '时效指标', '器材安装完成时间', '2025年9月30日前', '', '每延迟10天扣1分'),
            ('成本指标', '经济成本指标', '项目总成本', '≤128.5', '万元', '超出预算不得分'),
            ('成本指标', '经济成本指标', '单套器材平均采购成本', '≤1.6', '万元', '超出标准不得分'),
            ('效益指标', '社会效益指标', '群众就近健身条件', '明显改善', '', '根据群众反映情况酌情扣分'),
            ('效益指标', '可持续影响指标', '新更新器材使用年限', '≥8', '年', '未达到不得分'),
            ('满意度指标', '服务对象满意度指标', '健身群众满意度', '≥90', '%', '每降低1个百分点扣1分')],
      split=3),
 dict(name='县级全民健身运动会及群众性赛事活动经费', code='13042725P00TY02000021', attr='延续项目', unit=BEN, leader='郭振华',
      money=('万元', 86.0, 86.0, 0.0, None), plan=('一季度10%，二季度累计50%，三季度累计85%，四季度累计100%', (10, 50, 85, 100)),
      use='用于举办磁县第六届全民健身运动会及全年群众性体育赛事活动的场地布置、裁判、器材、奖品和安保等支出。',
      goal='全年举办县级群众性体育赛事活动不少于24场，参与群众不少于12000人次，赛事组织安全有序，全民健身氛围更加浓厚。',
      basis=[QL, HT6],
      inds=[('产出指标', '数量指标', '举办赛事活动场次', '≥24', '场', '每少1场扣1分'),
            ('产出指标', '数量指标', '参赛群众人次', '≥12000', '人次', '每少1000人次扣1分'),
            ('产出指标', '质量指标', '赛事安全事故发生率', '=0', '%', '发生安全事故不得分'),
            ('产出指标', '时效指标', '全年赛事组织完成时间', '2025年11月30日前', '', '每延迟10天扣1分'),
            ('成本指标', '经济成本指标', '项目总成本', '≤90', '万元', '超出不得分'),
            ('效益指标', '社会效益指标', '全民健身参与度', '持续提升', '', '酌情扣分'),
            ('效益指标', '可持续影响指标', '经常参加体育锻炼人数比例', '≥38', '%', '每降低1个百分点扣1分'),
            ('满意度指标', '服务对象满意度指标', '参赛群众满意度', '≥92', '%', '每降低1个百分点扣1分')]),
 dict(name=HT35 + '青少年体育冬夏令营补助资金', code='13042725P00TY03000039', attr='延续项目', unit=XX, leader='韩玉梅',
      money=('万元', 45.0, 45.0, 0.0, None), plan=('一季度0%，二季度累计60%，三季度累计100%，四季度累计100%', (0, 60, 100, 100)),
      use='用于组织全县中小学生参加青少年体育冬令营、夏令营的教练员劳务、场地、保险及餐饮补助。',
      goal='举办青少年体育冬夏令营不少于6期，参营青少年不少于900人，营地活动零安全事故，青少年体质健康水平有效提升。',
      basis=[HT35, TYF],
      inds=[('产出指标', '数量指标', '举办冬夏令营期数', '≥6', '期', '每少1期扣2分'),
            ('产出指标', '数量指标', '参营青少年人数', '≥900', '人', '每少50人扣1分'),
            ('产出指标', '质量指标', '营地活动安全事故', '=0', '起', '发生事故不得分'),
            ('产出指标', '时效指标', '夏令营完成时间', '2025年8月31日前', '', '每延迟5天扣1分'),
            ('成本指标', '经济成本指标', '人均补助标准', '≤500', '元', '超出标准不得分'),
            ('成本指标', '经济成本指标', '项目总成本', '≤45', '万元', '超出不得分'),
            ('效益指标', '社会效益指标', '青少年体质健康水平', '有效提升', '', '酌情扣分'),
            ('满意度指标', '服务对象满意度指标', '学生家长满意度', '≥90', '%', '每降低1个百分点扣1分')]),
 dict(name='业余体校运动员训练及伙食补助', code='13042725P00TY04000047', attr='延续项目', unit=XX, leader='韩玉梅',
      money=('万元', 152.8, 152.8, 0.0, None), plan=('一季度25%，二季度累计50%，三季度累计75%，四季度累计100%', (25, 50, 75, 100)),
      use='用于业余体校在训运动员日常训练器材、训练场地、伙食补助及教练员训练补贴。',
      goal='保障在训运动员不少于160人常年训练，全年向上级输送运动员不少于12人，市级以上比赛获得奖牌不少于30枚。',
      basis=[JT, '冀体〔2023〕9号', TYF],
      inds=[('产出指标', '数量指标', '在训运动员人数', '≥160', '人', '每少5人扣1分'),
            ('产出指标', '数量指标', '全年训练天数', '≥280', '天', '每少10天扣1分'),
            ('产出指标', '数量指标', '向上级输送运动员人数', '≥12', '人', '每少1人扣1分'),
            ('产出指标', '质量指标', '市级以上比赛获得奖牌数', '≥30', '枚', '每少2枚扣1分'),
            ('产出指标', '时效指标', '伙食补助按月发放及时率', '=100', '%', '未按月发放不得分'),
            ('成本指标', '经济成本指标', '运动员伙食补助标准', '=30', '元/人·天', '超出标准不得分'),
            ('成本指标', '经济成本指标', '项目总成本', '≤152.8', '万元', '超出不得分'),
            ('效益指标', '社会效益指标', '竞技体育后备人才储备', '不断充实', '', '酌情扣分'),
            ('效益指标', '可持续影响指标', '体教融合训练机制', '长效运行', '', '酌情扣分'),
            ('满意度指标', '服务对象满意度指标', '运动员及家长满意度', '≥95', '%', '每降低1个百分点扣1分')],
      split=4),
 dict(name='体育场馆免费低收费开放补助', code='13042725P00TY05000055', attr='延续项目', unit=CG, leader='孙建军',
      money=('万元', 96.0, 76.0, 20.0, '场馆经营收入'), plan=('一季度25%，二季度累计50%，三季度累计75%，四季度累计100%', (25, 50, 75, 100)),
      use='用于县体育馆、体育场、全民健身中心免费或低收费开放所需的水电暖、保洁安保及设施运维支出，其他资金为场馆经营收入。',
      goal='县级体育场馆全年开放不少于330天，接待健身群众不少于15万人次，公共体育服务均等化水平有效提升。',
      basis=[JC, GW],
      inds=[('产出指标', '数量指标', '场馆全年开放天数', '≥330', '天', '每少5天扣1分'),
            ('产出指标', '数量指标', '每周免费开放时长', '≥35', '小时', '每少1小时扣1分'),
            ('产出指标', '数量指标', '接待健身群众人次', '≥150000', '人次', '每少1万人次扣1分'),
            ('产出指标', '质量指标', '开放服务质量达标率', '≥95', '%', '每降低1个百分点扣1分'),
            ('产出指标', '时效指标', '场馆设施安全检查', '≥12', '次', '每月不少于1次，缺1次扣1分'),
            ('成本指标', '经济成本指标', '项目总成本', '≤96', '万元', '超出不得分'),
            ('效益指标', '社会效益指标', '公共体育服务均等化水平', '有效提升', '', '酌情扣分'),
            ('满意度指标', '服务对象满意度指标', '场馆使用群众满意度', '≥88', '%', '每降低1个百分点扣1分')]),
 dict(name='社会体育指导员培训经费', code='13042725P00TY06000063', attr='延续项目', unit=BEN, leader='王丽娜',
      money=('元', 86500.0, 86500.0, 0.0, None), plan=('一季度0%，二季度累计50%，三季度累计100%，四季度累计100%', (0, 50, 100, 100)),
      use='用于举办社会体育指导员等级培训班的师资、教材、场地及考核费用。',
      goal='全年培训社会体育指导员不少于200人，考核合格率不低于90%，科学健身指导覆盖面持续扩大。',
      basis=['《社会体育指导员管理办法》', JT],
      inds=[('产出指标', '数量指标', '培训社会体育指导员人数', '≥200', '人', '培训人数达到目标值'),
            ('产出指标', '数量指标', '举办培训班期数', '≥4', '期', '全年举办培训班期数'),
            ('产出指标', '质量指标', '培训考核合格率', '≥90', '%', '考核合格人数占参训人数比例'),
            ('产出指标', '时效指标', '培训完成时间', '2025年10月31日前', '', '全年培训完成时限'),
            ('成本指标', '经济成本指标', '项目总成本', '≤86500', '元', '控制在年度预算内'),
            ('效益指标', '社会效益指标', '科学健身指导覆盖面', '持续扩大', '', '社会体育指导员上岗服务情况'),
            ('满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90', '%', '问卷调查结果')]),
 dict(name='农民体育健身工程村级健身广场建设补助', code='13042725P00TY07000071', attr='新增项目', unit=BEN, leader='郭振华',
      money=('万元', 210.0, 210.0, 0.0, None), plan=('一季度0%，二季度累计30%，三季度累计70%，四季度累计100%', (0, 30, 70, 100)),
      use='用于补助15个行政村新建村级健身广场，包括场地硬化、健身器材和篮球架配置。',
      goal='新建村级健身广场15个，工程验收合格率100%，农村群众健身条件明显改善。',
      basis=['冀体群〔2025〕3号', QL],
      inds=[('产出指标', '数量指标', '新建村级健身广场数量', '=15', '个', '按项目清单建设的健身广场数量'),
            ('产出指标', '质量指标', '工程验收合格率', '=100', '%', '验收合格广场占比'),
            ('产出指标', '时效指标', '建设完成时间', '2025年10月31日前', '', '全部广场竣工验收时限'),
            ('成本指标', '经济成本指标', '单个广场补助标准', '=14', '万元', '按省定标准补助'),
            ('成本指标', '经济成本指标', '项目总成本', '≤210', '万元', '控制在年度预算内'),
            ('效益指标', '社会效益指标', '农村群众健身条件', '明显改善', '', '群众参与健身活动情况'),
            ('效益指标', '可持续影响指标', '健身广场设施使用年限', '≥10', '年', '设施设计使用年限')]),
 dict(name='县体育场馆设施维修改造经费', code='13042725P00TY08000089', attr='新增项目', unit=CG, leader='孙建军',
      money=('万元', 118.0, 118.0, 0.0, None), plan=('按项目实施进度据实支付', None),
      use='用于县体育场塑胶跑道翻新、看台防水及体育馆照明设施改造。',
      goal='完成县体育场塑胶跑道翻新和体育馆照明改造，维修改造面积不少于3200平方米，场馆安全运行无重大事故。',
      basis=['《中华人民共和国政府采购法》', GW],
      inds=[('产出指标', '数量指标', '维修改造面积', '≥3200', '平方米', '实际完成维修改造面积'),
            ('产出指标', '数量指标', '更换照明灯具数量', '≥240', '套', '体育馆照明改造灯具数量'),
            ('产出指标', '质量指标', '维修工程验收合格率', '=100', '%', '工程竣工验收结果'),
            ('产出指标', '时效指标', '维修完成时间', '2025年7月31日前', '', '工程竣工时限'),
            ('成本指标', '经济成本指标', '项目总成本', '≤118', '万元', '控制在年度预算内'),
            ('效益指标', '社会效益指标', '场馆安全运行状况', '无重大安全事故', '', '场馆运行安全情况'),
            ('满意度指标', '服务对象满意度指标', '场馆使用群众满意度', '≥90', '%', '问卷调查结果')]),
 dict(name='县级运动队参加市级以上比赛经费', code='13042725P00TY09000097', attr='延续项目', unit=XX, leader='韩玉梅',
      money=('万元', 38.6, 38.6, 0.0, None), plan=('一季度20%，二季度累计60%，三季度累计90%，四季度累计100%', (20, 60, 90, 100)),
      use='用于县级运动队参加市运会、省青少年锦标赛等市级以上比赛的交通、食宿、报名及服装费用。',
      goal='全年组队参加市级以上比赛不少于8次，获得奖牌不少于25枚，县域体育影响力持续增强。',
      basis=[HT6],
      inds=[('产出指标', '数量指标', '参加市级以上比赛次数', '≥8', '次', '全年参赛次数'),
            ('产出指标', '数量指标', '参赛运动员人次', '≥240', '人次', '全年参赛运动员累计人次'),
            ('产出指标', '质量指标', '获得奖牌数', '≥25', '枚', '市级以上比赛获得奖牌总数'),
            ('产出指标', '时效指标', '参赛报名及时率', '=100', '%', '按赛事规程按时报名'),
            ('成本指标', '经济成本指标', '项目总成本', '≤38.6', '万元', '控制在年度预算内'),
            ('效益指标', '社会效益指标', '县域体育影响力', '持续增强', '', '比赛成绩和媒体报道情况'),
            ('满意度指标', '服务对象满意度指标', '运动员满意度', '≥90', '%', '问卷调查结果')]),
 dict(name='机关运转及体育宣传经费', code='13042725P00TY10000105', attr='延续项目', unit=BEN, leader='王丽娜',
      money=('万元', 42.0, 42.0, 0.0, None), plan=None,
      use='用于局机关日常公用经费补充及全民健身、体育赛事宣传报道。',
      goal='保障机关正常运转，全年刊发体育宣传报道不少于50篇。',
      basis=['《磁县县级部门预算管理办法》'],
      inds=[('产出指标', '数量指标', '刊发体育宣传报道', '≥50', '篇', '全年宣传报道篇数'),
            ('产出指标', '数量指标', '保障在职人员数', '=28', '人', '机关在职人员数'),
            ('产出指标', '质量指标', '公用经费保障率', '=100', '%', '公用经费足额保障'),
            ('成本指标', '经济成本指标', '项目总成本', '≤42', '万元', '控制在年度预算内'),
            ('效益指标', '社会效益指标', '机关正常运转', '有效保障', '', '机关运转情况'),
            ('满意度指标', '服务对象满意度指标', '干部职工满意度', '≥85', '%', '问卷调查结果')]),
]
NUMS = '一二三四五六七八九十'


def wan(p):
    u, t, f, o, _ = p['money']
    k = 10000 if u == '元' else 1
    return t / k, f / k, o / k


def fmt(x):
    return ('%.2f' % x).rstrip('0').rstrip('.')


def set_font(d):
    for sname in ('Normal', 'Heading 1', 'Heading 2', 'Heading 3', 'Title'):
        st = d.styles[sname]
        st.font.name = 'Noto Serif CJK SC'
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); rpr.append(rf)
        rf.set(qn('w:eastAsia'), 'Noto Serif CJK SC')
    d.styles['Normal'].font.size = Pt(10.5)


W = [Cm(1.9), Cm(2.6), Cm(3.9), Cm(2.6), Cm(1.6), Cm(3.4)]


def no_split(t):
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        c = OxmlElement('w:cantSplit'); c.set(qn('w:val'), 'true'); trPr.append(c)


def widths(t, ws):
    t.autofit = False
    for row in t.rows:
        for c, w in zip(row.cells, ws):
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)


def ind_table(d, head, rows, carry_first):
    """rows: indicator tuples; first-level cells merged down within this table. If carry_first, the opening rows that
    continue the previous page's first-level group are left blank (as a merged cell split by a page break prints)."""
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for j, h in enumerate(head):
        t.rows[0].cells[j].text = h
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for j in range(1, 6):
            cells[j].text = r[j]
    # merge first-level
    i = 0
    while i < len(rows):
        k = i
        while k + 1 < len(rows) and rows[k + 1][0] == rows[i][0]:
            k += 1
        top = t.rows[i + 1].cells[0]
        if k > i:
            top = top.merge(t.rows[k + 1].cells[0])
        label = '' if (carry_first and i == 0) else rows[i][0]
        top.text = label
        i = k + 1
    widths(t, W); no_split(t)
    return t


def main():
    d = docx.Document()
    set_font(d)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5); sec.top_margin = sec.bottom_margin = Cm(2.54)
    tot = sum(wan(p)[0] for p in P); fin = sum(wan(p)[1] for p in P); oth = sum(wan(p)[2] for p in P)
    d.add_heading(DEPT + '2025年度部门预算项目支出绩效目标（公开版）', level=1)
    d.add_paragraph('公开单位：磁县体育局    公开日期：2025年2月10日')
    d.add_heading('第一部分  部门整体情况', level=2)
    d.add_heading('一、部门职责', level=3)
    d.add_paragraph(DEPT + '是县政府工作部门，主要职责是：贯彻落实国家、省、市体育工作方针政策，统筹规划全县群众体育、'
                    '竞技体育和青少年体育发展；推行全民健身计划，指导和监督全民健身活动，组织实施国民体质监测；负责全县'
                    '公共体育设施的规划和管理；组织开展县级体育赛事活动，管理业余训练和运动员输送工作。局机关内设办公室、'
                    '群众体育股、竞技体育股3个股室，所属事业单位2个：' + XX + '、' + CG + '。')
    d.add_heading('二、总体绩效目标', level=3)
    d.add_paragraph('2025年，我局围绕建设体育强县目标，全面实施全民健身计划：全县经常参加体育锻炼人数比例达到38%以上；'
                    '更新全民健身路径器材60套以上，新建村级健身广场15个；举办县级群众性体育赛事活动24场以上；'
                    '县级体育场馆免费低收费开放不少于330天；向上级输送运动员12人以上。')
    d.add_paragraph('2025年部门预算安排项目支出%d个，资金合计%s万元，其中一般公共预算%s万元，其他资金%s万元（单位自有资金及'
                    '场馆经营收入）。' % (len(P), fmt(tot), fmt(fin), fmt(oth)))
    d.add_heading('三、保障措施', level=3)
    d.add_paragraph('一是严格执行《中华人民共和国预算法》和' + JT + '要求，科学设定绩效目标；二是按季度开展绩效运行监控，'
                    '对支出进度滞后的项目及时督促整改；三是强化政府采购和工程验收管理，年度终了开展绩效自评，评价结果'
                    '作为下年度预算安排的重要依据。')
    pb = d.add_paragraph(); pb.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading('第二部分  项目支出绩效目标', level=2)
    for i, p in enumerate(P):
        d.add_heading('（%s）%s' % (NUMS[i], p['name']), level=3)
        kv = d.add_table(rows=0, cols=2); kv.style = 'Table Grid'
        for k, v in (('项目编码', p['code']), ('项目类别', '其他运转类' if i == 9 else '特定目标类'), ('主管部门', DEPT),
                     ('实施单位', p['unit']), ('项目属性', p['attr']), ('项目负责人', p['leader']),
                     ('项目期限', '2025年1月1日至2025年12月31日')):
            c = kv.add_row().cells; c[0].text = k; c[1].text = v
        widths(kv, [Cm(3.2), Cm(12.8)])
        u, t, f, o, olab = p['money']
        if u == '元':
            money = '项目资金：总额%s元，全部为一般公共预算资金，无其他资金。' % format(t, ',.2f')
        elif o:
            money = '项目资金：总额%s万元，其中一般公共预算%s万元、%s%s万元。' % (fmt(t), fmt(f), olab, fmt(o))
        else:
            money = '项目资金：总额%s万元，其中一般公共预算%s万元。' % (fmt(t), fmt(f))
        d.add_paragraph(money)
        if p['plan']:
            d.add_paragraph('资金支出计划：%s。' % p['plan'][0])
        d.add_paragraph('资金用途：' + p['use'])
        d.add_paragraph('年度绩效目标：' + p['goal'])
        d.add_paragraph('绩效指标设定依据：' + '、'.join(p['basis']) + '。')
        head = ['一级指标', '二级指标', '指标名称', '指标值', '计量单位', '评（扣）分标准' if i < 5 else '指标解释']
        sp = p.get('split')
        if sp:
            ind_table(d, head, p['inds'][:sp], False)
            pb = d.add_paragraph(); pb.add_run().add_break(WD_BREAK.PAGE)
            carry = p['inds'][sp][0] == p['inds'][sp - 1][0]
            ind_table(d, head, p['inds'][sp:], carry)
        else:
            ind_table(d, head, p['inds'], False)
        d.add_paragraph('')
    d.add_paragraph('磁县体育局\n2025年2月10日')
    cp = d.core_properties
    fixed = datetime.datetime(2025, 2, 10, 9, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = DEPT; cp.last_modified_by = DEPT; cp.title = DEPT + '2025年度部门预算项目支出绩效目标'; cp.revision = 1
    buf = io.BytesIO(); d.save(buf); buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(DOCX, 'w', zipfile.ZIP_DEFLATED) as zout:
        for n in sorted(zin.namelist(), key=lambda n: (n != '[Content_Types].xml', n)):
            zi = zipfile.ZipInfo(n, date_time=(2025, 2, 10, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(n))
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, DOCX], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    b = open(os.path.join(tmp, 'cixian-2025.pdf'), 'rb').read()
    b = re.sub(rb'/(CreationDate|ModDate)\(D:(\d{14})', lambda m: b'/' + m.group(1) + b'(D:20250210090000', b)
    b = re.sub(rb'/DocChecksum /[0-9A-F]{32}', b'/DocChecksum /' + b'0' * 32, b)
    b = re.sub(rb'(/ID \[ )<[0-9A-F]{32}>\s*<[0-9A-F]{32}>', lambda m: m.group(1) + b'<' + b'C1' * 16 + b'>\n<' + b'C1' * 16 + b'>', b)
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    open(PDF, 'wb').write(b)
    shutil.rmtree(tmp)
    print('wrote', DOCX, PDF, 'projects', len(P), 'rows', sum(len(p['inds']) for p in P),
          'total', fmt(tot), 'fin', fmt(fin), 'other', fmt(oth))


if __name__ == '__main__':
    main()
