"""Write eval/heldout/docs/tuiyi-2025.docx: 鸡泽县退役军人事务局 2025年度部门预算项目绩效目标 (invented content).

Layout (different from the earlier documents):
  * prose part: 第一部分 with 一、部门职责 / 二、年度总体绩效目标 / 三、分项目标 / 四、保障措施;
  * 第二部分: per project a heading «（N）<项目名称>», a line «填报单位：鸡泽县退役军人事务局 … 金额单位：万元»
    (or 元), a 5-column header table
        项目名称 | name (merged)
        项目编码 | code | 实施单位 | unit (merged)
        主管部门 | dept | 项目期限 | term (merged)
        资金总额 | amount (merged)
        其中：财政拨款 | amount | 其他资金 | amount (merged)
        分季度用款计划（累计） | 一季度 | 二季度 | 三季度 | 四季度   (label merged down two rows; 7 of 10 projects)
                              | 20%    | 45%    | ...
        项目主要内容 | text (merged)
        年度绩效目标 | text (merged)
    and a 6-column indicator table 一级指标 | 二级指标 | 三级指标 | 指标内容 | 指标值 | 备注, with 一级指标 merged
    down its rows and consecutive equal 二级指标 merged down.

Deterministic: fixed core properties and fixed zip timestamps, so a rerun writes the same bytes.
"""
import datetime
import io
import os
import zipfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'docs', 'tuiyi-2025.docx')

DEPT = '鸡泽县退役军人事务局'
BENJI = '鸡泽县退役军人事务局（本级）'
FWZX = '鸡泽县退役军人服务中心'
GRY = '鸡泽县光荣院'
LSLY = '鸡泽县烈士陵园管理所'

# Each project: name, code, unit, term, money unit, total, fiscal, other (None = blank cell),
# plan (list of four cumulative percent strings or None), content, goal, indicators.
# Indicator rows: (一级指标, 二级指标, 三级指标, 指标内容, 指标值, 备注)
CP, XY, MY = '产出指标', '效益指标', '满意度指标'
SL, ZL, SX, CB = '数量指标', '质量指标', '时效指标', '成本指标'
SH, KC, JJ = '社会效益指标', '可持续影响指标', '经济效益指标'
FWMY = '服务对象满意度指标'

PROJECTS = [
    dict(
        name='重点优抚对象抚恤补助县级配套资金',
        code='13043125P00YFBZ10001A', unit=BENJI, term='2025年1月—2025年12月', money='万元',
        total='1286.40', fiscal='1286.40', other=None,
        plan=['25%', '50%', '75%', '100%'],
        content='用于按月向残疾军人、烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人、带病回乡退伍军人等'
                '重点优抚对象发放定期抚恤补助的县级配套部分，以及抚恤补助标准调整后的差额补发。',
        goal='按月足额发放重点优抚对象定期抚恤补助，保障2150名以上重点优抚对象按标准享受待遇，发放准确率100%，'
             '每月10日前发放到账，重点优抚对象生活水平逐步提升。',
        rows=[
            (CP, SL, '享受抚恤补助重点优抚对象人数', '全年按月享受定期抚恤补助的重点优抚对象人数', '≥2150人',
             '依据2024年12月底优抚对象信息管理系统在册人数确定'),
            (CP, SL, '抚恤补助发放月数', '按月发放定期抚恤补助的月份数', '=12个月', '《军人抚恤优待条例》'),
            (CP, ZL, '抚恤补助发放准确率', '准确发放金额占应发放金额的比例', '100%', '《军人抚恤优待条例》'),
            (CP, SX, '每月发放到账时间', '每月定期抚恤补助资金打卡发放到账时间', '每月10日前',
             '冀退役军人发〔2024〕6号'),
            (CP, CB, '县级配套抚恤补助资金', '县级财政承担的定期抚恤补助资金', '≤1286.4万元',
             '按邯财预〔2024〕15号确定的县级分担比例测算'),
            (XY, SH, '重点优抚对象生活水平', '抚恤补助标准随经济社会发展调整，优抚对象生活改善情况', '逐步提升',
             '冀退役军人发〔2024〕6号'),
            (XY, KC, '优抚保障政策落实', '抚恤优待政策长期稳定落实情况', '长期有效', '《军人抚恤优待条例》'),
            (MY, FWMY, '重点优抚对象满意度', '抽样调查重点优抚对象对抚恤补助发放工作的满意程度', '≥95%',
             '抽样问卷调查'),
        ]),
    dict(
        name='冀财社〔2024〕172号提前下达2025年中央优抚对象补助经费',
        code='13043125P004361100027', unit=BENJI, term='2025年度', money='万元',
        total='2368.00', fiscal='2368.00', other=None,
        plan=['30%', '55%', '80%', '100%'],
        content='按照冀财社〔2024〕172号文件，用于发放重点优抚对象定期抚恤补助中央负担部分和参战参试退役人员、'
                '部分农村籍退役士兵等人员生活补助。',
        goal='中央优抚对象补助经费全额用于规定范围，惠及重点优抚对象2150人以上、参战参试等退役人员860人以上，'
             '补助资金足额发放率100%，优抚对象基本生活得到有效保障。',
        rows=[
            (CP, SL, '享受中央补助重点优抚对象人数', '享受中央财政负担部分定期抚恤补助的人数', '≥2150人',
             '冀财社〔2024〕172号'),
            (CP, SL, '参战参试退役人员生活补助人数', '享受生活补助的参战参试及部分农村籍退役士兵人数', '≥860人',
             '冀财社〔2024〕172号'),
            (CP, ZL, '补助资金足额发放率', '实际足额发放人数占应发放人数的比例', '100%', '《军人抚恤优待条例》'),
            (CP, SX, '首批资金拨付时间', '中央补助资金首批拨付至发放账户的时间', '2025年3月底前',
             '冀财社〔2024〕172号'),
            (CP, CB, '中央优抚对象补助经费', '中央财政提前下达的优抚对象补助经费', '≤2368万元',
             '冀财社〔2024〕172号'),
            (XY, SH, '优抚对象基本生活保障', '优抚对象基本生活保障情况', '有效保障', '《军人抚恤优待条例》'),
            (MY, FWMY, '优抚对象满意度', '享受补助优抚对象的满意程度', '不低于90%', '问卷调查'),
        ]),
    dict(
        name='退役士兵自主就业一次性经济补助及安置经费',
        code='13043125P00TYAZ10003F', unit=BENJI, term='2025年1月—2025年12月', money='万元',
        total='642.50', fiscal='562.50', other='80.00',
        plan=['0%', '60%', '90%', '100%'],
        content='用于向2024年冬季、2025年夏秋季退役的自主就业退役士兵发放县级一次性经济补助，'
                '以及安排工作退役士兵待安排期间生活费和接收安置相关支出。',
        goal='为95名以上自主就业退役士兵足额发放一次性经济补助，落实12名安排工作退役士兵岗位，安置岗位落实率100%，'
             '2025年11月底前完成补助发放，退役士兵就业创业稳步推进。',
        rows=[
            (CP, SL, '自主就业退役士兵人数', '2025年度接收并发放一次性经济补助的自主就业退役士兵人数', '≥95人',
             '邯退役军人字〔2024〕9号'),
            (CP, SL, '安排工作退役士兵人数', '符合政府安排工作条件并落实岗位的退役士兵人数', '=12人',
             '《中华人民共和国退役军人保障法》'),
            (CP, ZL, '一次性经济补助发放准确率', '补助发放对象和标准准确情况', '100%', '邯退役军人字〔2024〕9号'),
            (CP, ZL, '安置岗位落实率', '已落实岗位人数占应安排工作人数的比例', '=100%',
             '《中华人民共和国退役军人保障法》'),
            (CP, SX, '补助资金发放完成时间', '全年一次性经济补助发放完成时间', '2025年11月底前',
             '邯退役军人字〔2024〕9号'),
            (CP, CB, '一次性经济补助及安置经费', '县级一次性经济补助和安置相关支出', '≤642.5万元',
             '邯财预〔2024〕15号'),
            (XY, SH, '退役士兵就业创业', '自主就业退役士兵就业创业情况', '稳步推进', '2025年度工作计划'),
            (XY, KC, '退役士兵安置政策', '退役士兵安置政策长期落实情况', '持续落实',
             '《中华人民共和国退役军人保障法》'),
            (MY, FWMY, '退役士兵满意度', '退役士兵对补助发放和安置工作的满意程度', '≥90%', '问卷调查'),
        ]),
    dict(
        name='退役军人适应性培训及职业技能培训经费',
        code='13043125P00JNPX10004H', unit=FWZX, term='2025年3月—2025年11月', money='万元',
        total='96.00', fiscal='72.00', other='24.00',
        plan=['10%', '40%', '80%', '100%'],
        content='用于组织新退役军人适应性培训，委托定点培训机构开展电工、焊工、无人机操控、电商直播等职业技能培训，'
                '支付培训教材、场地、师资及学员食宿补助。',
        goal='完成退役军人适应性培训和职业技能培训320人以上，开设职业技能培训班8期，培训合格率90%以上，'
             '参训人员就业率达到60%以上。',
        rows=[
            (CP, SL, '参训退役军人人数', '参加适应性培训和职业技能培训的退役军人人数', '≥320人',
             '冀退役军人发〔2024〕6号'),
            (CP, SL, '职业技能培训班期数', '全年开设职业技能培训班的期数', '=8期', '2025年度培训计划'),
            (CP, ZL, '培训考核合格率', '考核合格人数占参训人数的比例', '≥90%', '《退役军人保障法》'),
            (CP, SX, '适应性培训完成时间', '新退役军人适应性培训完成时间', '2025年6月底前',
             '冀退役军人发〔2024〕6号'),
            (CP, CB, '人均培训成本', '培训经费总额除以参训人数', '≤3000元', '按邯财预〔2024〕15号培训费标准测算'),
            (CP, CB, '培训经费总额', '全年培训经费支出总额', '≤96万元', '2025年度培训计划'),
            (XY, SH, '参训人员就业率', '培训结业后6个月内实现就业的人数占参训人数的比例', '≥60%',
             '《退役军人保障法》'),
            (MY, FWMY, '参训退役军人满意度', '参训退役军人对培训内容和组织的满意程度', '≥92%', '结业问卷调查'),
        ]),
    dict(
        name='光荣院集中供养及运行经费',
        code='13043125P00GRYY10005K', unit=GRY, term='2025年1月—2025年12月', money='万元',
        total='158.50', fiscal='138.50', other='20.00',
        plan=['25%', '50%', '75%', '100%'],
        content='用于鸡泽县光荣院28名集中供养优抚对象的生活、医疗、护理支出，以及院内水电暖、设施维护和护理人员劳务费用。',
        goal='为28名集中供养对象提供生活照料、医疗保健和精神慰藉服务，配备护理人员6名以上，膳食护理服务达标率95%以上，'
             '全年不发生安全责任事故，集中供养服务能力持续提升。',
        rows=[
            (CP, SL, '集中供养优抚对象人数', '光荣院全年集中供养的优抚对象人数', '=28人', '《光荣院管理办法》'),
            (CP, SL, '护理人员配备数', '按供养对象人数配备的护理人员数量', '≥6名', '《光荣院管理办法》'),
            (CP, ZL, '供养对象健康体检覆盖率', '年度健康体检人数占供养人数的比例', '100%', '《光荣院管理办法》'),
            (CP, ZL, '膳食及护理服务达标率', '膳食、护理服务达到服务规范要求的比例', '≥95%', '2025年度工作计划'),
            (CP, SX, '日常护理服务响应时间', '供养对象呼叫后护理人员到达时间', '≤30分钟', '光荣院服务规范'),
            (CP, CB, '光荣院运行经费', '光荣院全年集中供养及运行支出', '≤158.5万元', '邯财预【2024】15号'),
            (XY, SH, '院内安全责任事故', '全年院内发生的安全责任事故起数', '0起', '2025年度工作计划'),
            (XY, KC, '集中供养服务能力', '光荣院集中供养服务能力变化情况', '持续提升', '2025年度工作计划'),
            (MY, FWMY, '供养对象满意度', '集中供养对象对生活照料和护理服务的满意程度', '≥95%', '问卷调查'),
        ]),
    dict(
        name='烈士纪念设施维护管理经费',
        code='13043125P00LSJN10006M', unit=LSLY, term='2025年1月—2025年12月', money='元',
        total='425000.00', fiscal='425000.00', other=None,
        plan=['40%', '70%', '90%', '100%'],
        content='用于鸡泽县烈士陵园及分散在各乡镇的零散烈士纪念设施日常保洁、绿化养护、碑体修缮，'
                '以及清明节、烈士纪念日集中祭扫纪念活动组织。',
        goal='维护管理烈士纪念设施12处以上，组织集中祭扫纪念活动4次，纪念设施完好率98%以上，'
             '2025年3月底前完成清明节前修缮，全年接待瞻仰祭扫群众15000人次以上。',
        rows=[
            (CP, SL, '维护管理烈士纪念设施', '县级烈士陵园及零散烈士纪念设施维护处数', '≥12处',
             '《烈士纪念设施保护管理办法》'),
            (CP, SL, '集中祭扫纪念活动次数', '清明节、烈士纪念日等集中祭扫纪念活动次数', '=4次', '《烈士褒扬条例》'),
            (CP, ZL, '纪念设施完好率', '完好纪念设施处数占维护处数的比例', '≥98%', '《烈士纪念设施保护管理办法》'),
            (CP, SX, '清明节前修缮完成时间', '碑体、道路等清明节前修缮完成时间', '2025年3月底前', '鸡政办〔2025〕4号'),
            (CP, CB, '纪念设施维护管理经费', '全年维护管理及祭扫活动支出', '≤425000元', '鸡政办〔2025〕4号'),
            (XY, SH, '接待瞻仰祭扫群众人次', '全年接待瞻仰祭扫群众人次', '≥15000人次', '2022—2024年历史数据'),
            (MY, FWMY, '瞻仰祭扫群众满意度', '瞻仰祭扫群众对纪念设施环境和服务的满意程度', '≥90%', '现场问卷调查'),
        ]),
    dict(
        name='村（社区）退役军人服务站规范化建设补助资金',
        code='13043125P00FWZJ10007P', unit=FWZX, term='2025年2月—2025年9月', money='万元',
        total='210.00', fiscal='150.00', other='60.00',
        plan=['20%', '50%', '100%', '100%'],
        content='用于全县70个以上村（社区）退役军人服务站和7个乡镇服务站示范点规范化建设，'
                '配备办公设备、统一标识标牌、完善服务台账。',
        goal='完成70个以上村（社区）服务站和7个乡镇示范点规范化建设，“五有”建设达标率100%，'
             '2025年9月底前全部完成，基层退役军人服务保障能力明显增强。',
        rows=[
            (CP, SL, '规范化建设村（社区）服务站', '完成规范化建设的村（社区）退役军人服务站数量', '≥70个',
             '冀退役军人发〔2024〕6号'),
            (CP, SL, '乡镇服务站示范点', '建设乡镇退役军人服务站示范点数量', '=7个', '鸡政办〔2025〕4号'),
            (CP, ZL, '服务站“五有”建设达标率', '达到有机构牌子、有专职人员、有工作经费、有服务场所、有工作制度的比例',
             '100%', '冀退役军人发〔2024〕6号'),
            (CP, ZL, '办公设备采购验收合格率', '采购设备验收合格的比例', '100%', '《中华人民共和国政府采购法》'),
            (CP, SX, '规范化建设完成时间', '全部服务站建设完成并投入使用的时间', '2025年9月底前', '鸡政办〔2025〕4号'),
            (CP, CB, '服务站建设补助资金', '村（社区）和乡镇服务站建设补助支出', '≤210万元', '鸡政办〔2025〕4号'),
            (XY, KC, '基层退役军人服务保障能力', '基层服务站服务保障能力变化情况', '明显增强', '2025年度工作计划'),
            (MY, FWMY, '退役军人满意度', '辖区退役军人对服务站服务的满意程度', '≥88%', '问卷调查'),
        ]),
    dict(
        name='困难退役军人帮扶援助资金',
        code='13043125P00KNBF10008R', unit=FWZX, term='2025年1月—2025年12月', money='万元',
        total='180.00', fiscal='180.00', other=None,
        plan=None,
        content='用于对因病、因灾、因意外事故等导致基本生活出现严重困难的退役军人和其他优抚对象给予临时帮扶援助。',
        goal='全年帮扶援助困难退役军人及其他优抚对象450人次以上，帮扶对象认定准确率100%，'
             '申请审核15个工作日内办结，不发生因生活困难引发的信访事件。',
        rows=[
            (CP, SL, '帮扶援助人次', '全年帮扶援助困难退役军人及其他优抚对象人次', '≥450人次',
             '冀退役军人发〔2023〕21号'),
            (CP, ZL, '帮扶对象认定准确率', '帮扶对象符合认定条件的比例', '100%', '冀退役军人发〔2023〕21号'),
            (CP, SX, '帮扶申请审核办结时限', '自受理帮扶申请至审核办结的时间', '≤15个工作日', '冀退役军人发〔2023〕21号'),
            (CP, CB, '帮扶援助资金', '全年帮扶援助资金支出', '≤180万元', '邯财预〔2024〕15号'),
            (XY, SH, '因生活困难引发的信访事件', '因生活困难引发的退役军人信访事件起数', '0起', '2025年度工作计划'),
            (XY, SH, '困难退役军人基本生活', '帮扶对象基本生活保障情况', '得到保障', '2025年度工作计划'),
            (MY, FWMY, '帮扶对象满意度', '帮扶对象对帮扶援助工作的满意程度', '≥95%', '电话回访'),
        ]),
    dict(
        name='双拥共建及“八一”走访慰问经费',
        code='13043125P00SYWW10009T', unit=BENJI, term='2025年1月—2025年12月', money='万元',
        total='65.00', fiscal='65.00', other=None,
        plan=['10%', '30%', '90%', '100%'],
        content='用于春节、“八一”建军节期间走访慰问驻鸡部队官兵和重点优抚对象，开展双拥宣传月、军民共建等双拥活动。',
        goal='走访慰问驻鸡部队及重点优抚对象600户（次）以上，开展双拥宣传活动12次，慰问金（品）发放到位率100%，'
             '2025年8月1日前完成“八一”走访慰问，军政军民关系更加巩固。',
        rows=[
            (CP, SL, '走访慰问部队及优抚对象', '春节、“八一”期间走访慰问驻鸡部队和重点优抚对象户（次）数', '≥600户（次）',
             '《军人抚恤优待条例》'),
            (CP, SL, '双拥宣传活动次数', '全年开展双拥宣传活动次数', '=12次', '2025年度双拥工作要点'),
            (CP, ZL, '慰问金（品）发放到位率', '慰问金（品）实际发放到位的比例', '100%', '2025年度双拥工作要点'),
            (CP, SX, '“八一”走访慰问完成时间', '“八一”建军节走访慰问完成时间', '2025年8月1日前', '2025年度双拥工作要点'),
            (CP, CB, '走访慰问及双拥活动经费', '全年走访慰问和双拥活动支出', '≤65万元', '鸡政办〔2025〕4号'),
            (XY, SH, '军政军民关系', '军政军民团结情况', '更加巩固', '2025年度双拥工作要点'),
            (XY, KC, '双拥模范县创建成果', '省级双拥模范县创建成果巩固情况', '持续巩固', '2025年度双拥工作要点'),
        ]),
    dict(
        name='退役军人信息采集及优待证制发经费',
        code='13043125P00XXCJ10010W', unit=FWZX, term='2025年1月—2025年12月', money='万元',
        total='48.60', fiscal='38.60', other='10.00',
        plan=None,
        content='用于全县退役军人和其他优抚对象信息采集核对、信息系统数据维护，以及退役军人优待证受理、审核和制发。',
        goal='完成9800名以上退役军人信息采集核对，制发优待证1200张以上，信息采集准确率99%以上，'
             '优待证申领后30个工作日内发放，优待政策知晓率85%以上。',
        rows=[
            (CP, SL, '信息采集退役军人人数', '完成信息采集核对的退役军人及其他优抚对象人数', '≥9800人',
             '冀退役军人发〔2024〕6号'),
            (CP, SL, '制发优待证数量', '全年受理并制发退役军人优待证数量', '≥1200张', '2025年度工作计划'),
            (CP, ZL, '信息采集准确率', '信息采集核对准确的比例', '≥99%', '冀退役军人发〔2024〕6号'),
            (CP, SX, '优待证发放时限', '自申领至优待证发放的时间', '≤30个工作日', '2025年度工作计划'),
            (CP, CB, '信息采集及制证经费', '信息采集、系统维护和制证支出', '≤48.6万元', '2025年度工作计划'),
            (XY, SH, '退役军人优待政策知晓率', '抽样调查退役军人知晓优待政策的比例', '≥85%', '2025年度工作计划'),
            (MY, FWMY, '领证人员满意度', '领取优待证人员对办理服务的满意程度', '≥85%', '问卷调查'),
        ]),
]

CN_NUM = '一二三四五六七八九十'

PROSE = [
    ('h1', f'{DEPT}2025年度部门预算项目绩效目标'),
    ('h2', '第一部分 部门职责及年度绩效目标'),
    ('h3', '一、部门职责'),
    ('p', '鸡泽县退役军人事务局是县政府工作部门，贯彻落实党中央关于退役军人工作的方针政策和决策部署，'
          '负责全县退役军人思想政治、管理保障和安置工作；组织实施退役士兵安置、自主就业退役士兵一次性经济补助和'
          '退役军人教育培训、就业创业扶持；负责重点优抚对象抚恤优待、帮扶援助和光荣院管理；负责烈士褒扬和'
          '烈士纪念设施保护管理；承担县双拥工作领导小组日常工作。局属单位有鸡泽县退役军人服务中心、'
          '鸡泽县光荣院和鸡泽县烈士陵园管理所，全县7个乡镇和村（社区）设立退役军人服务站。'),
    ('h3', '二、年度总体绩效目标'),
    ('p', '2025年，我局安排项目支出10个，资金合计5097.50万元，其中财政拨款4903.50万元、其他资金194.00万元。'
          '坚持让军人成为全社会尊崇的职业、让退役军人成为全社会尊重的人，围绕“安置、优抚、褒扬、服务”'
          '四项主责，按时足额发放各类抚恤补助，高质量完成退役士兵接收安置，持续提升基层服务保障水平。'),
    ('h3', '三、分项目标'),
    ('p', '（一）抚恤优待保障。按月足额发放重点优抚对象定期抚恤补助，惠及2150人以上，发放准确率100%，'
          '光荣院集中供养28名优抚对象，全年不发生安全责任事故。'),
    ('p', '（二）移交安置和就业创业。接收安置退役士兵107人，其中自主就业95人、安排工作12人，'
          '开展适应性培训和职业技能培训320人以上，参训人员就业率60%以上。'),
    ('p', '（三）褒扬纪念。维护管理烈士纪念设施12处以上，清明节、烈士纪念日组织集中祭扫纪念活动4次。'),
    ('p', '（四）服务体系建设。完成70个以上村（社区）退役军人服务站规范化建设，采集核对退役军人信息9800人以上，'
          '制发优待证1200张以上。'),
    ('h3', '四、保障措施'),
    ('p', '1.加强组织领导。成立由局长任组长的预算绩效管理工作领导小组，各项目实施单位主要负责人为第一责任人，'
          '实行项目清单化管理。'),
    ('p', '2.严格资金监管。抚恤补助和一次性经济补助全部通过社会保障卡发放到人，帮扶援助资金实行“个人申请、'
          '村级评议、乡镇审核、县级审批”，全程公开公示。'),
    ('p', '3.开展绩效运行监控。每季度对照分季度用款计划和绩效目标开展“双监控”，对执行进度滞后的项目'
          '由分管领导约谈督办。'),
    ('p', '4.强化结果应用。年度终了开展绩效自评，自评结果随部门决算公开，并与下年度预算安排挂钩。'),
    ('h2', '第二部分 项目支出绩效目标表'),
]


def set_cell_text(cell, text, bold=False, align=None):
    cell.text = ''
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.size = Pt(9)
    run.bold = bold
    if align is not None:
        p.alignment = align


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def set_grid(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement(f'w:{edge}')
        el.set(qn('w:val'), 'single')
        el.set(qn('w:sz'), '4')
        el.set(qn('w:space'), '0')
        el.set(qn('w:color'), '000000')
        borders.append(el)
    tblPr.append(borders)


def header_table(doc, pr):
    rows = 9 if pr['plan'] else 7
    t = doc.add_table(rows=rows, cols=5)
    set_grid(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r = 0
    c = t.rows[r].cells
    set_cell_text(c[0], '项目名称', bold=True)
    m = c[1].merge(c[4])
    set_cell_text(m, pr['name'])
    r += 1
    c = t.rows[r].cells
    set_cell_text(c[0], '项目编码', bold=True)
    set_cell_text(c[1], pr['code'])
    set_cell_text(c[2], '实施单位', bold=True)
    m = c[3].merge(c[4])
    set_cell_text(m, pr['unit'])
    r += 1
    c = t.rows[r].cells
    set_cell_text(c[0], '主管部门', bold=True)
    set_cell_text(c[1], DEPT)
    set_cell_text(c[2], '项目期限', bold=True)
    m = c[3].merge(c[4])
    set_cell_text(m, pr['term'])
    r += 1
    c = t.rows[r].cells
    set_cell_text(c[0], '资金总额', bold=True)
    m = c[1].merge(c[4])
    set_cell_text(m, pr['total'])
    r += 1
    c = t.rows[r].cells
    set_cell_text(c[0], '其中：财政拨款', bold=True)
    set_cell_text(c[1], pr['fiscal'])
    set_cell_text(c[2], '其他资金', bold=True)
    m = c[3].merge(c[4])
    set_cell_text(m, pr['other'] or '')
    r += 1
    if pr['plan']:
        top = t.rows[r].cells
        bottom = t.rows[r + 1].cells
        m = top[0].merge(bottom[0])
        set_cell_text(m, '分季度用款计划（累计）', bold=True)
        for i, q in enumerate(['一季度', '二季度', '三季度', '四季度']):
            set_cell_text(top[i + 1], q, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            set_cell_text(bottom[i + 1], pr['plan'][i], align=WD_ALIGN_PARAGRAPH.CENTER)
        r += 2
    c = t.rows[r].cells
    set_cell_text(c[0], '项目主要内容', bold=True)
    m = c[1].merge(c[4])
    set_cell_text(m, pr['content'])
    r += 1
    c = t.rows[r].cells
    set_cell_text(c[0], '年度绩效目标', bold=True)
    m = c[1].merge(c[4])
    set_cell_text(m, pr['goal'])
    set_widths(t, [3.2, 3.6, 2.6, 2.6, 2.6])
    return t


def indicator_table(doc, pr):
    rows = pr['rows']
    t = doc.add_table(rows=len(rows) + 1, cols=6)
    set_grid(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(['一级指标', '二级指标', '三级指标', '指标内容', '指标值', '备注']):
        set_cell_text(t.rows[0].cells[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for k, row in enumerate(rows):
        cells = t.rows[k + 1].cells
        for i in range(2, 6):
            set_cell_text(cells[i], row[i])
    # merge 一级指标 (column 0) and consecutive equal 二级指标 (column 1, within the same 一级指标)
    for col in (0, 1):
        start = 0
        while start < len(rows):
            end = start
            while (end + 1 < len(rows) and rows[end + 1][col] == rows[start][col]
                   and rows[end + 1][0] == rows[start][0]):
                end += 1
            top = t.rows[start + 1].cells[col]
            if end > start:
                top = top.merge(t.rows[end + 1].cells[col])
            set_cell_text(top, rows[start][col])
            start = end + 1
    set_widths(t, [1.8, 2.2, 3.2, 4.0, 2.2, 3.4])
    return t


def build():
    doc = docx.Document()
    style = doc.styles['Normal']
    style.font.size = Pt(10.5)
    for kind, text in PROSE:
        if kind == 'h1':
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(16)
        elif kind == 'h2':
            doc.add_heading(text, level=1)
        elif kind == 'h3':
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    for n, pr in enumerate(PROJECTS, 1):
        num = CN_NUM[n - 1] if n <= 10 else str(n)
        doc.add_heading(f'（{num}）{pr["name"]}', level=2)
        p = doc.add_paragraph(f'填报单位：{DEPT}　　　　　　　　　　金额单位：{pr["money"]}')
        p.runs[0].font.size = Pt(9)
        header_table(doc, pr)
        doc.add_paragraph('绩效指标：').runs[0].bold = True
        indicator_table(doc, pr)
        doc.add_paragraph('')
    p = doc.add_paragraph('填报日期：2025年1月22日')
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 22, 9, 0, 0)
    cp.author = DEPT
    cp.last_modified_by = DEPT
    cp.title = f'{DEPT}2025年度部门预算项目绩效目标'
    cp.subject = '项目支出绩效目标'
    cp.keywords = ''
    cp.comments = ''
    cp.category = ''
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that reruns give the same bytes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 22, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'wb') as f:
        f.write(out.getvalue())
    print('wrote', os.path.normpath(OUT), len(PROJECTS), 'projects',
          sum(len(p['rows']) for p in PROJECTS), 'indicator rows')


if __name__ == '__main__':
    build()
