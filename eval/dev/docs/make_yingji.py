"""Build eval/dev/docs/yingji-2025.docx: 曲周县应急管理局 2025年部门项目支出绩效目标 (invented content).

Layout, unlike the sample and the other eval documents:
  * title, then «第一部分 部门整体绩效目标» with Word heading styles (Heading 1 / Heading 2):
    一、部门职责 / 二、年度总体目标 / 三、保障措施 (prose), and 四、项目支出预算汇总 — a summary table
    序号 | 项目名称 | 实施单位 | 资金总额 | 财政拨款 | 其他资金（含上年结转） with a 合计 row, all in 万元;
  * «第二部分 项目支出绩效目标表», per project a Heading 2 «（N）<项目名称>», a line
    «编制单位：曲周县应急管理局　　单位：万元» (单位：元 for project 5), and a 6-column header table:
        项目名称 | name
        项目编码 | code | 项目类型 | 特定目标类 / 其他运转类
        主管部门 | dept | 实施单位 | unit
        项目属性 | 延续项目 / 新增项目 | 实施期 | period | 年度 | 2025年
      money, layout A (projects 1, 3, 5, 7): 资金情况 (merged down 2 rows) with a label row
        资金总额 | 其中：财政拨款 | 其他资金  and a value row below it;
      money, layout B (projects 2, 4, 6, 8): 年度资金 (merged down 3 rows) with three label/value rows
        年度资金总额 / 其中：当年财政拨款 / 上年结转资金;
        项目主要内容及资金用途 | text
        年度绩效目标 | text
  * spending plan as a SEPARATE small table after the header table, under a line naming its unit:
        时间节点 | 截至3月底 | 截至6月底 | 截至9月底 | 截至12月底
        计划累计支出 | amounts (万元, or 元 for project 5)            projects 1, 2, 3, 5, 7
        计划累计支出比例 | percentages                               project 4
    projects 6 and 8 have no spending plan;
  * «绩效指标» then the indicator table, variant V1 (projects 1, 2, 4, 5, 8):
        一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值设定依据及数据来源
    or variant V2 (projects 3, 6, 7) with 分值 BEFORE 指标值 and a final 分值合计 row (100):
        一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 评分标准 | 指标值设定依据
    一级 and 二级 merged down their runs; a footer «填报日期：2025年1月18日».
Facts: 8 projects, 78 indicator rows; 资金总额 1914.60 万元 = 财政拨款 1697.00 + 其他/上年结转 217.60;
project 5 (安全生产宣传教育培训经费) is in 元 (458000.00); project 7 has no 满意度指标; project 3 carries
冀应急〔2024〕36号 in its name; 冀应急〔2024〕17号 cited by projects 1, 3, 8 (8 writes 冀应急【2024】17号);
邯应急字〔2025〕5号 by 2, 4, 6; 邯应急字〔2024〕21号 by 8; 曲政办字〔2025〕2号 by 4; laws by title
(《中华人民共和国安全生产法》 in 1, 《安全生产法》 in 5, 《河北省安全生产条例》 in 1 and 8).

Run:  /work/main/.venv/bin/python eval/dev/docs/make_yingji.py
"""
import datetime
import io
import zipfile
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("yingji-2025.docx")
DEPT = "曲周县应急管理局"
TITLE = "曲周县应急管理局2025年部门项目支出绩效目标"

PLAN = "2025年度工作计划"
LAST = "上年度实际完成数"
Q = "满意度问卷调查"
JYJ17 = "冀应急〔2024〕17号"
JYJ17B = "冀应急【2024】17号"
JYJ36 = "冀应急〔2024〕36号"
HYJ5 = "邯应急字〔2025〕5号"
HYJ21 = "邯应急字〔2024〕21号"
QZB2 = "曲政办字〔2025〕2号"
JCJ112 = "冀财建〔2024〕112号"
LAW_AQ = "《中华人民共和国安全生产法》"
LAW_AQS = "《安全生产法》"
LAW_HBAQ = "《河北省安全生产条例》"
LAW_FH = "《中华人民共和国防洪法》"
LAW_TF = "《中华人民共和国突发事件应对法》"
RULE_ZH = "《自然灾害救助条例》"
RULE_YJ = "《生产安全事故应急条例》"

CH, XY, MY = "产出指标", "效益指标", "满意度指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, KC, JJ = "社会效益指标", "可持续影响指标", "经济效益指标"
FW = "服务对象满意度指标"
STD = "完成目标值得满分，未完成按完成比例计分"

# money: ("A", total, fiscal, other) or ("B", total, fiscal, carryover)
# plan: ("amt", (m3, m6, m9, m12)) cumulative amounts in the project's unit | ("pct", (..)) | None
# V1 rows: (一级, 二级, 三级, 指标值, 依据); V2 rows: (一级, 二级, 三级, 分值, 指标值, 评分标准 or None, 依据)
PROJECTS = [
    dict(
        name="安全生产监管执法专项经费", code="13043525P00AQJF10001A", kind="其他运转类", attr="延续项目",
        org="曲周县应急管理综合行政执法大队", period="2025年1月1日至2025年12月31日", unit="万元",
        money=("A", "186.00", "186.00", "0.00"),
        plan=("amt", ("40.00", "95.00", "140.00", "186.00")),
        use="用于全县工矿商贸企业安全生产监督检查、重大事故隐患排查督办、聘请第三方专家指导服务、执法车辆运行维护及"
            "执法文书印制、执法记录仪等取证设备购置。",
        goal="全年完成安全生产执法检查600家次以上，督办重大事故隐患120项以上并全部整改销号，行政处罚案件全部经法制审核，"
             "不发生较大及以上生产安全事故，企业安全生产主体责任落实水平明显提升。",
        table="V1",
        rows=[
            (CH, SL, "安全生产执法检查企业", "≥600家次", LAW_AQ),
            (CH, SL, "重大事故隐患排查整改督办", "≥120项", JYJ17),
            (CH, SL, "聘请第三方专家指导服务", "≥30人次", PLAN),
            (CH, ZL, "重大事故隐患整改率", "=100%", LAW_HBAQ),
            (CH, ZL, "行政处罚案件法制审核率", "100%", LAW_AQ),
            (CH, SX, "年度执法计划完成时间", "2025年11月30日前", PLAN),
            (CH, CB, "监管执法专项经费", "≤186万元", PLAN),
            (XY, SH, "较大及以上生产安全事故起数", "0起", LAW_HBAQ),
            (XY, KC, "企业安全生产主体责任落实水平", "明显提升", PLAN),
            (MY, FW, "执法对象满意度", "≥90%", Q),
        ],
    ),
    dict(
        name="防汛抗旱应急物资储备经费", code="13043525P00FXWZ10002B", kind="特定目标类", attr="延续项目",
        org="曲周县应急物资储备中心", period="2025年1月1日至2025年12月31日", unit="万元",
        money=("B", "245.60", "220.00", "25.60"),
        plan=("amt", ("60.00", "180.00", "220.00", "245.60")),
        use="用于补充储备编织袋、救生衣、抽水泵等防汛抗旱物资，支付应急物资储备库仓储管理、物资维护保养及汛期物资"
            "调拨运输费用。",
        goal="汛前完成编织袋5万条、救生衣800件、抽水泵12台等物资采购入库，储备物资品种不少于25种，物资验收合格率100%，"
             "汛期物资调拨2小时内到位，应急物资保障能力明显提升。",
        table="V1",
        rows=[
            (CH, SL, "新增储备编织袋", "≥5万条", HYJ5),
            (CH, SL, "新增储备救生衣", "≥800件", HYJ5),
            (CH, SL, "购置抽水泵（排涝设备）", "=12台", HYJ5),
            (CH, SL, "储备物资品种", "不少于25种", LAST),
            (CH, ZL, "物资验收合格率", "100%", LAW_FH),
            (CH, ZL, "物资账实相符率", "≥98%", PLAN),
            (CH, SX, "汛前物资采购入库时间", "2025年5月31日前", LAW_FH),
            (CH, CB, "应急物资储备经费", "控制在245.6万元以内", PLAN),
            (XY, SH, "汛期物资调拨响应时间", "≤2小时", HYJ5),
            (XY, KC, "应急物资保障能力", "明显提升", PLAN),
            (MY, FW, "受灾群众满意度", "不低于95%", Q),
        ],
    ),
    dict(
        name="冀应急〔2024〕36号安全生产预防和应急救援能力建设补助资金", code="13043525P00YJNL10003C",
        kind="特定目标类", attr="延续项目",
        org="曲周县应急管理局（本级）", period="2025年1月1日至2025年12月31日", unit="万元",
        money=("A", "380.00", "380.00", "0.00"),
        plan=("amt", ("0.00", "152.00", "304.00", "380.00")),
        use="用于化工园区安全风险智能化管控平台企业接入、生产安全事故应急演练、基层应急救援人员培训及应急指挥通信"
            "设备购置。",
        goal="接入化工园区安全风险智能化管控平台企业35家以上，组织应急演练12场以上，培训基层应急救援人员1500人次以上，"
             "生产安全事故起数较上年下降5%以上，应急救援能力明显提升。",
        table="V2",
        rows=[
            (CH, SL, "化工园区安全风险智能化管控平台接入企业", "10", "≥35家", None, JYJ36),
            (CH, SL, "应急演练场次", "10", "≥12场", "每少1场扣1分", JYJ17),
            (CH, SL, "基层应急救援培训", "10", "≥1500人次", None, JYJ36),
            (CH, ZL, "设备验收合格率", "10", "=100%", "未达到100%不得分", JYJ36),
            (CH, SX, "资金支付完成时间", "10", "2025年12月20日前", "逾期不得分", JYJ36),
            (CH, CB, "能力建设补助资金", "10", "≤380万元", "超支不得分", JYJ36),
            (XY, SH, "生产安全事故起数较上年下降", "15", "≥5%", None, JYJ17),
            (XY, KC, "应急救援能力", "15", "明显提升", "根据年度评估情况计分", PLAN),
            (MY, FW, "企业和群众满意度", "10", "≥85%", None, Q),
        ],
    ),
    dict(
        name="乡镇（街道）应急管理服务站规范化建设项目", code="13043525P00XZYJ10004D", kind="特定目标类",
        attr="新增项目",
        org="曲周县应急管理服务中心", period="2025年1月至2026年12月", unit="万元",
        money=("B", "312.00", "260.00", "52.00"),
        plan=("pct", ("10%", "45%", "80%", "100%")),
        use="用于全县10个乡镇（街道）应急管理服务站标准化改造，配备卫星电话、应急照明、便携式发电机等基层应急装备，"
            "开展乡镇应急管理人员业务培训。",
        goal="完成10个乡镇（街道）应急管理服务站规范化建设，配备基层应急装备200台（套）以上，培训乡镇应急管理人员300人次，"
             "服务站应急值守在岗率95%以上，基层突发事件先期处置能力明显提升。",
        table="V1",
        rows=[
            (CH, SL, "规范化建设乡镇应急管理服务站", "=10个", QZB2),
            (CH, SL, "配备基层应急装备", "≥200台（套）", HYJ5),
            (CH, SL, "培训乡镇应急管理人员", "≥300人次", HYJ5),
            (CH, ZL, "服务站建设验收合格率", "100%", QZB2),
            (CH, ZL, "应急值守在岗率", "≥95%", QZB2),
            (CH, SX, "建设任务完成时间", "2025年10月31日前", QZB2),
            (CH, CB, "服务站建设总成本", "控制在312万元以内", PLAN),
            (XY, SH, "基层突发事件先期处置能力", "明显提升", PLAN),
            (XY, KC, "服务站持续运行年限", "≥5年", PLAN),
            (MY, FW, "乡镇干部群众满意度", "≥92%", Q),
        ],
    ),
    dict(
        name="安全生产宣传教育培训经费", code="13043525P00AQPX10005E", kind="其他运转类", attr="延续项目",
        org="曲周县应急管理局（本级）", period="2025年1月1日至2025年12月31日", unit="元",
        money=("A", "458000.00", "458000.00", "0.00"),
        plan=("amt", ("100000.00", "230000.00", "340000.00", "458000.00")),
        use="用于企业主要负责人、安全管理人员和特种作业人员安全生产培训，“安全生产月”“防灾减灾日”宣传活动，"
            "宣传资料印制及安全文化示范企业创建。",
        goal="全年开展安全生产培训2000人次以上，组织“安全生产月”宣传活动15场以上，发放宣传资料3万份，培训考核合格率"
             "95%以上，从业人员安全意识明显提升。",
        table="V1",
        rows=[
            (CH, SL, "安全生产培训", "≥2000人次", LAW_AQS),
            (CH, SL, "“安全生产月”宣传活动", "≥15场", PLAN),
            (CH, SL, "发放宣传资料", "≥3万份", PLAN),
            (CH, ZL, "培训考核合格率", "≥95%", LAW_AQS),
            (CH, SX, "“安全生产月”活动完成时间", "2025年6月30日前", PLAN),
            (CH, CB, "宣传教育培训经费", "≤458000元", PLAN),
            (XY, SH, "从业人员安全意识", "明显提升", PLAN),
            (XY, KC, "创建安全文化示范企业", "≥3家", LAST),
            (MY, FW, "参训人员满意度", "＞90%", Q),
        ],
    ),
    dict(
        name="自然灾害综合风险普查成果应用及灾害信息员补贴", code="13043525P00ZRZH10006F", kind="特定目标类",
        attr="延续项目",
        org="曲周县应急管理局（本级）", period="2025年1月1日至2025年12月31日", unit="万元",
        money=("B", "96.80", "96.80", "0.00"),
        plan=None,
        use="用于全县村级灾害信息员工作补贴，自然灾害风险隐患点动态更新核查，普查成果数据库维护及在防灾减灾规划中的"
            "应用。",
        goal="为356名灾害信息员发放工作补贴，动态更新风险隐患点180处以上，灾情信息报送准确率98%以上，灾情发生后1小时内"
             "完成初报，灾害风险底数掌握程度显著增强。",
        table="V2",
        rows=[
            (CH, SL, "灾害信息员人数", "15", "=356人", None, HYJ5),
            (CH, SL, "风险隐患点动态更新", "10", "≥180处", None, LAST),
            (CH, ZL, "灾情信息报送准确率", "15", "≥98%", None, RULE_ZH),
            (CH, SX, "灾情初报时间", "10", "≤1小时", "超时1次扣2分", RULE_ZH),
            (CH, SX, "补贴发放时间", "5", "2025年12月31日前", None, HYJ5),
            (CH, CB, "项目总成本", "10", "≤96.8万元", "超支不得分", PLAN),
            (XY, SH, "灾害风险底数掌握程度", "15", "显著增强", None, PLAN),
            (XY, KC, "普查成果应用", "10", "持续应用", None, PLAN),
            (MY, FW, "灾害信息员满意度", "10", "≥80%", None, Q),
        ],
    ),
    dict(
        name="综合应急救援队伍建设及装备购置", code="13043525P00JYZB10007G", kind="特定目标类", attr="新增项目",
        org="曲周县综合应急救援大队", period="2025年1月1日至2025年12月31日", unit="万元",
        money=("A", "520.00", "400.00", "120.00"),
        plan=("amt", ("0.00", "200.00", "450.00", "520.00")),
        use="用于购置应急救援车辆2辆、破拆、排涝、通信等救援装备150台（套），开展救援队员专业技能培训和综合救援演练；"
            "其他资金为上级专项补助。",
        goal="购置应急救援车辆2辆、救援装备150台（套）以上，培训救援队员60人，开展综合救援演练6次以上，接警后3分钟内出动，"
             "30分钟内到达县域内事故现场。",
        table="V2",
        rows=[
            (CH, SL, "购置应急救援车辆", "10", "=2辆", None, JCJ112),
            (CH, SL, "购置救援装备", "10", "≥150台（套）", None, JCJ112),
            (CH, SL, "救援队员专业技能培训", "10", "≥60人", None, PLAN),
            (CH, SL, "综合救援演练", "10", "≥6次", "每少1次扣2分", RULE_YJ),
            (CH, ZL, "装备验收合格率", "10", "100%", None, JCJ112),
            (CH, SX, "装备采购完成时间", "10", "2025年9月30日前", "逾期不得分", PLAN),
            (CH, CB, "装备购置及队伍建设经费", "10", "≤520万元", "超支不得分", JCJ112),
            (XY, SH, "接警出动时间", "10", "控制在3分钟以内", None, RULE_YJ),
            (XY, SH, "到达县域内事故现场时间", "10", "≤30分钟", None, RULE_YJ),
            (XY, KC, "救援装备使用年限", "10", "≥8年", None, LAW_TF),
        ],
    ),
    dict(
        name="危险化学品和非煤矿山安全风险监测预警系统运维经费", code="13043525P00WHJC10008H", kind="其他运转类",
        attr="延续项目",
        org="曲周县应急管理局（本级）", period="2025年1月1日至2025年12月31日", unit="万元",
        money=("B", "128.40", "108.40", "20.00"),
        plan=None,
        use="用于危险化学品企业和非煤矿山安全风险监测预警系统的软硬件运维、监测点位传感器校准更换、网络通信租赁及"
            "预警信息处置平台值守服务。",
        goal="保持28家以上重点企业、420个以上监测点位稳定接入，系统在线率98%以上，预警信息5分钟内推送、处置率100%，"
             "危险化学品领域不发生较大及以上事故，风险监测预警能力持续提升。",
        table="V1",
        rows=[
            (CH, SL, "接入监测预警企业", "≥28家", JYJ17B),
            (CH, SL, "监测点位", "≥420个", LAST),
            (CH, SL, "系统运维巡检", "≥24次", LAW_HBAQ),
            (CH, ZL, "系统在线率", "≥98%", HYJ21),
            (CH, ZL, "预警信息处置率", "100%", HYJ21),
            (CH, SX, "预警信息推送时间", "≤5分钟", HYJ21),
            (CH, CB, "系统运维经费", "≤128.4万元", PLAN),
            (XY, SH, "危险化学品领域较大及以上事故", "0起", LAW_HBAQ),
            (XY, KC, "风险监测预警能力", "持续提升", PLAN),
            (MY, FW, "监管企业满意度", "≥95%", Q),
        ],
    ),
]

MONEY_LABELS = {"A": ("资金总额", "其中：财政拨款", "其他资金"),
                "B": ("年度资金总额", "其中：当年财政拨款", "上年结转资金")}


def wan(pj, v):
    v = Decimal(v)
    return v / 10000 if pj["unit"] == "元" else v


def totals():
    t = sum((wan(p, p["money"][1]) for p in PROJECTS), Decimal(0))
    f = sum((wan(p, p["money"][2]) for p in PROJECTS), Decimal(0))
    o = sum((wan(p, p["money"][3]) for p in PROJECTS), Decimal(0))
    return t, f, o


def prose():
    n = len(PROJECTS)
    t, f, o = totals()
    return [
        ("h1", "第一部分 部门整体绩效目标"),
        ("h2", "一、部门职责"),
        ("p", "曲周县应急管理局是县政府工作部门，主要职责是：负责全县应急管理工作，指导各乡镇（街道）和有关部门应对安全"
              "生产类、自然灾害类突发事件和综合防灾减灾救灾工作；负责安全生产综合监督管理和工矿商贸行业安全生产监督管理；"
              "组织编制县级总体应急预案和安全生产类、自然灾害类专项预案，组织开展预案演练；统筹全县应急救援力量建设，"
              "负责综合应急救援队伍管理；负责防汛抗旱和自然灾害救助物资的储备、调拨；依法组织指导生产安全事故调查处理。"),
        ("p", "局属单位有曲周县应急管理综合行政执法大队、曲周县应急物资储备中心、曲周县应急管理服务中心和曲周县综合应急"
              "救援大队。"),
        ("h2", "二、年度总体目标"),
        ("p", "2025年，全县生产安全事故起数和死亡人数实现“双下降”，坚决遏制较大及以上生产安全事故，杜绝重大及以上生产"
              "安全事故；完成年度安全生产执法检查计划，重大事故隐患整改率达到100%；汛前完成防汛抗旱物资补充储备，自然灾害"
              "发生后12小时内受灾群众基本生活得到初步救助；建成10个乡镇（街道）应急管理服务站，基层应急管理能力明显提升；"
              f"全年安排项目支出{n}个、资金{t:.2f}万元，年底资金支出进度达到100%。"),
        ("h2", "三、保障措施"),
        ("p", "（一）压实绩效责任。局主要负责人对部门整体绩效负总责，项目实施单位主要负责人为项目绩效第一责任人，绩效目标"
              "完成情况纳入局属单位年度考核。"),
        ("p", "（二）加强资金管理。严格执行《中华人民共和国预算法》和专项资金管理办法，上级补助资金按照文件规定的用途使用，"
              "专款专用，政府采购事项依法依规组织实施。"),
        ("p", "（三）开展绩效运行监控。每季度末对照分季度资金支出计划和绩效指标开展“双监控”，支出进度滞后计划5个百分点以上"
              "的项目，由计划财务股约谈项目实施单位并督促整改。"),
        ("p", "（四）强化结果应用。年度终了开展绩效自评，自评结果作为安排下年度预算的重要依据，并按规定向社会公开。"),
        ("h2", "四、项目支出预算汇总"),
        ("p", f"2025年项目支出预算合计{t:.2f}万元，其中财政拨款{f:.2f}万元，其他资金（含上年结转资金）{o:.2f}万元。"),
    ]


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def merged(t, r0, c0, r1, c1):
    cell = t.cell(r0, c0)
    if (r0, c0) != (r1, c1):
        cell = cell.merge(t.cell(r1, c1))
    return cell


def add_summary_table(doc):
    t = doc.add_table(rows=2 + len(PROJECTS), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(("序号", "项目名称", "实施单位", "资金总额", "财政拨款", "其他资金（含上年结转）")):
        set_cell(t.cell(0, j), h, bold=True, center=True)
    for i, pj in enumerate(PROJECTS, start=1):
        _, tot, fis, oth = pj["money"]
        set_cell(t.cell(i, 0), str(i), center=True)
        set_cell(t.cell(i, 1), pj["name"])
        set_cell(t.cell(i, 2), pj["org"])
        for j, v in ((3, tot), (4, fis), (5, oth)):
            set_cell(t.cell(i, j), f"{wan(pj, v):.2f}", center=True)
    tt, tf, to = totals()
    r = len(PROJECTS) + 1
    set_cell(merged(t, r, 0, r, 2), "合计", bold=True, center=True)
    for j, v in ((3, tt), (4, tf), (5, to)):
        set_cell(t.cell(r, j), f"{v:.2f}", bold=True, center=True)


def add_header_table(doc, pj):
    layout = pj["money"][0]
    nrows = 4 + (2 if layout == "A" else 3) + 2
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "项目名称", bold=True)
    set_cell(merged(t, 0, 1, 0, 5), pj["name"])
    set_cell(t.cell(1, 0), "项目编码", bold=True)
    set_cell(merged(t, 1, 1, 1, 2), pj["code"])
    set_cell(t.cell(1, 3), "项目类型", bold=True)
    set_cell(merged(t, 1, 4, 1, 5), pj["kind"])
    set_cell(t.cell(2, 0), "主管部门", bold=True)
    set_cell(merged(t, 2, 1, 2, 2), DEPT)
    set_cell(t.cell(2, 3), "实施单位", bold=True)
    set_cell(merged(t, 2, 4, 2, 5), pj["org"])
    set_cell(t.cell(3, 0), "项目属性", bold=True)
    set_cell(t.cell(3, 1), pj["attr"])
    set_cell(t.cell(3, 2), "实施期", bold=True)
    set_cell(t.cell(3, 3), pj["period"])
    set_cell(t.cell(3, 4), "年度", bold=True)
    set_cell(t.cell(3, 5), "2025年")
    labels = MONEY_LABELS[layout]
    values = pj["money"][1:]
    if layout == "A":
        set_cell(merged(t, 4, 0, 5, 0), "资金情况", bold=True, center=True)
        for (c0, c1), lab, val in zip(((1, 2), (3, 4), (5, 5)), labels, values):
            set_cell(merged(t, 4, c0, 4, c1), lab, center=True)
            set_cell(merged(t, 5, c0, 5, c1), val, center=True)
        r = 6
    else:
        set_cell(merged(t, 4, 0, 6, 0), "年度资金", bold=True, center=True)
        for i, (lab, val) in enumerate(zip(labels, values)):
            set_cell(merged(t, 4 + i, 1, 4 + i, 2), lab)
            set_cell(merged(t, 4 + i, 3, 4 + i, 5), val)
        r = 7
    set_cell(t.cell(r, 0), "项目主要内容及资金用途", bold=True)
    set_cell(merged(t, r, 1, r, 5), pj["use"])
    set_cell(t.cell(r + 1, 0), "年度绩效目标", bold=True)
    set_cell(merged(t, r + 1, 1, r + 1, 5), pj["goal"])
    for row in t.rows:
        row.cells[0].width = Cm(3.0)


def add_plan_table(doc, pj):
    plan = pj["plan"]
    if plan is None:
        return
    if plan[0] == "amt":
        doc.add_paragraph(f"分季度资金支出计划（单位：{pj['unit']}）")
        label = "计划累计支出"
    else:
        doc.add_paragraph("分季度资金支出计划（累计支出比例）")
        label = "计划累计支出比例"
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "时间节点", bold=True, center=True)
    set_cell(t.cell(1, 0), label, bold=True, center=True)
    for j, (m, v) in enumerate(zip(("截至3月底", "截至6月底", "截至9月底", "截至12月底"), plan[1]), start=1):
        set_cell(t.cell(0, j), m, center=True)
        set_cell(t.cell(1, j), v, center=True)


def merge_runs(table, col, values, first_row):
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        set_cell(merged(table, first_row + i, col, first_row + j, col), values[i], center=True)
        i = j + 1


def add_indicator_table(doc, pj):
    rows = pj["rows"]
    if pj["table"] == "V1":
        t = doc.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据及数据来源")):
            set_cell(t.cell(0, j), h, bold=True, center=True)
        for i, row in enumerate(rows, start=1):
            set_cell(t.cell(i, 2), row[2])
            set_cell(t.cell(i, 3), row[3], center=True)
            set_cell(t.cell(i, 4), row[4])
    else:
        t = doc.add_table(rows=2 + len(rows), cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(("一级指标", "二级指标", "三级指标", "分值", "指标值", "评分标准", "指标值设定依据")):
            set_cell(t.cell(0, j), h, bold=True, center=True)
        for i, row in enumerate(rows, start=1):
            set_cell(t.cell(i, 2), row[2])
            set_cell(t.cell(i, 3), row[3], center=True)
            set_cell(t.cell(i, 4), row[4], center=True)
            set_cell(t.cell(i, 5), row[5] or STD)
            set_cell(t.cell(i, 6), row[6])
        last = len(rows) + 1
        set_cell(merged(t, last, 0, last, 2), "分值合计", bold=True, center=True)
        set_cell(t.cell(last, 3), str(sum(int(r[3]) for r in rows)), bold=True, center=True)
        set_cell(merged(t, last, 4, last, 6), "")
    merge_runs(t, 0, [r[0] for r in rows], 1)
    merge_runs(t, 1, [r[1] for r in rows], 1)


def check():
    codes = set()
    for pj in PROJECTS:
        assert len(pj["code"]) == 21 and pj["code"].startswith("13043525P00"), pj["code"]
        assert pj["code"] not in codes
        codes.add(pj["code"])
        _, tot, fis, oth = pj["money"]
        assert Decimal(tot) == Decimal(fis) + Decimal(oth), pj["name"]
        assert 8 <= len(pj["rows"]) <= 12, pj["name"]
        cost = [r for r in pj["rows"] if r[1] == CB]
        assert len(cost) == 1
        digits = "".join(ch for ch in (cost[0][3] if pj["table"] == "V1" else cost[0][4]) if ch.isdigit() or ch == ".")
        assert Decimal(digits) == Decimal(tot), (pj["name"], digits)
        if pj["plan"] and pj["plan"][0] == "amt":
            assert Decimal(pj["plan"][1][-1]) == Decimal(tot)
        if pj["table"] == "V2":
            assert sum(int(r[3]) for r in pj["rows"]) == 100, pj["name"]
    assert len(PROJECTS) == 8
    t, f, o = totals()
    assert t == f + o


def normalise_zip(path):
    """Rewrite the package with fixed timestamps so that the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 18, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


def build(path=OUT):
    check()
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE
    cp.author = DEPT
    cp.last_modified_by = DEPT
    cp.revision = 1
    cp.created = datetime.datetime(2025, 1, 18, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 18, 9, 0, 0)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(18)
    for kind, text in prose():
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    p = doc.add_paragraph("单位：万元")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_summary_table(doc)
    doc.add_page_break()
    doc.add_heading("第二部分 项目支出绩效目标表", level=1)
    for n, pj in enumerate(PROJECTS, start=1):
        doc.add_heading(f"（{n}）{pj['name']}", level=2)
        line = doc.add_paragraph(f"编制单位：{DEPT}　　　　　　单位：{pj['unit']}")
        line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_header_table(doc, pj)
        add_plan_table(doc, pj)
        doc.add_paragraph("绩效指标")
        add_indicator_table(doc, pj)
        doc.add_paragraph("填报日期：2025年1月18日")
    doc.save(path)
    normalise_zip(path)
    return path


if __name__ == "__main__":
    print(build())
