"""Build eval/heldout/docs/shijian-2025.docx: 涉县市场监督管理局 2025年度部门预算项目绩效目标 (invented content).

Layout (differs from the 魏县, 临漳 and 成安 documents):
  * title, then prose 一、部门职责 / 二、2025年度部门整体绩效目标 / 三、保障措施 (Heading 2 under Heading 1);
  * 第二部分: per project a heading «附表N  项目支出绩效目标表（2025年度）» that does NOT carry the project name;
  * a header table (5 grid columns): 项目名称; 主管部门 | 实施单位; 项目编码 | 项目期限;
    资金情况（万元）/（元） merged down three rows with the labels 年度资金总额 / 其中：财政拨款 / 其他资金
    stacked in ROWS (amount to the right of each label); on 6 of 10 projects a cumulative
    资金支出进度计划（累计） with 1季度 / 2季度 / 3季度 / 4季度; 年度绩效目标;
  * a separate indicator table in the national 项目支出绩效目标表 style with the value SPLIT into columns:
    一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 指标值设定依据, under a title row «绩效指标»,
    with 一级指标 merged down and repeated 二级指标 merged down.
  Project 5 is printed in 元; project 7 has no 满意度指标; project 3's name carries a document number.

Run:  /work/main/.venv/bin/python eval/heldout/v5_script/make_shijian.py
"""
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "docs" / "shijian-2025.docx"
DEPT = "涉县市场监督管理局"
BENJI = "涉县市场监督管理局（本级）"
JIANCE = "涉县检验检测中心"
JILIANG = "涉县计量测试所"
ZHIFA = "涉县市场监管综合行政执法队"
FULL_YEAR = "2025年1月1日—2025年12月31日"

PLAN = "2025年度工作计划"
HIST = "2022—2024年历史数据"
Q = "满意度问卷调查"

# rows: (一级指标, 二级指标, 三级指标, 指标性质, 指标值, 度量单位, 指标值设定依据)
P, E, S = "产出指标", "效益指标", "满意度指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, JJ, KC, FW = "社会效益指标", "经济效益指标", "可持续影响指标", "服务对象满意度指标"

PROJECTS = [
    dict(
        name="食品安全监督抽检及风险监测经费", unit=JIANCE, code="13042625P00SPCJ100012", term=FULL_YEAR,
        money_unit="万元", total="186.00", fiscal="186.00", other="0.00",
        plan=("20%", "50%", "80%", "100%"),
        goal="目标1：完成食品安全监督抽检2600批次以上、食用农产品快速检测12000批次以上，覆盖全县17个乡镇的生产、"
             "流通、餐饮环节。目标2：不合格食品核查处置率100%，评价性抽检合格率稳定在98%以上，守住不发生区域性、"
             "系统性食品安全风险的底线。",
        rows=[
            (P, SL, "食品安全监督抽检批次", "≥", "2600", "批次", "冀市监〔2023〕12号"),
            (P, SL, "食用农产品快速检测批次", "≥", "12000", "批次", PLAN),
            (P, ZL, "抽检任务完成率", "=", "100", "%", "冀市监〔2023〕12号"),
            (P, ZL, "不合格食品核查处置率", "=", "100", "%", "《食品安全法》"),
            (P, SX, "抽检结果报送时限", "≤", "20", "天", "《食品安全抽样检验管理办法》"),
            (P, CB, "抽检监测经费", "≤", "186", "万元", PLAN),
            (E, SH, "评价性抽检合格率", "≥", "98", "%", HIST),
            (E, KC, "食品安全风险防控能力", "定性", "明显增强", "", PLAN),
            (S, FW, "群众食品安全满意度", "≥", "90", "%", Q),
        ],
    ),
    dict(
        name="特种设备安全监察经费", unit=BENJI, code="13042625P00TSSB10002A", term=FULL_YEAR,
        money_unit="万元", total="95.00", fiscal="95.00", other="0.00", plan=None,
        goal="对全县1800余台在用特种设备开展监督检查，重点加强电梯、气瓶、锅炉和起重机械安全监管，特种设备定期检验率"
             "98%以上，检查发现隐患整改率100%，不发生较大及以上特种设备事故。",
        rows=[
            (P, SL, "特种设备监督检查台次", "≥", "600", "台次", "冀市监〔2024〕30号"),
            (P, SL, "电梯困人应急救援演练", "≥", "4", "次", PLAN),
            (P, ZL, "在用特种设备定期检验率", "≥", "98", "%", "《中华人民共和国特种设备安全法》"),
            (P, ZL, "检查发现隐患整改率", "=", "100", "%", "《中华人民共和国特种设备安全法》"),
            (P, SX, "电梯困人救援到达时间", "≤", "30", "分钟", "冀市监〔2024〕30号"),
            (P, CB, "特种设备安全监察经费", "≤", "95", "万元", PLAN),
            (E, SH, "较大及以上特种设备事故", "=", "0", "起", HIST),
            (S, FW, "特种设备使用单位满意度", "≥", "85", "%", Q),
        ],
    ),
    dict(
        name="冀财行〔2024〕88号提前下达2025年中央市场监管补助资金", unit=BENJI, code="13042625P00435910003C",
        term="2025年度", money_unit="万元", total="420.00", fiscal="420.00", other="0.00",
        plan=("10%", "40%", "70%", "100%"),
        goal="目标1：对全县1500户以上市场主体开展“双随机、一公开”抽查，抽查结果100%向社会公示。目标2：开展知识产权"
             "保护、反不正当竞争等专项行动3次以上，市场主体信用监管覆盖率达到95%以上。",
        rows=[
            (P, SL, "“双随机、一公开”抽查市场主体户数", "≥", "1500", "户", "国市监信发〔2023〕45号"),
            (P, SL, "知识产权保护专项行动", "≥", "3", "次", PLAN),
            (P, ZL, "抽查结果公示率", "=", "100", "%", "国市监信发〔2023〕45号"),
            (P, SX, "补助资金支付及时率", "≥", "95", "%", "冀财行〔2024〕88号"),
            (P, CB, "中央市场监管补助资金", "≤", "420", "万元", "冀财行〔2024〕88号"),
            (E, SH, "市场主体信用监管覆盖率", "≥", "95", "%", "冀财行〔2024〕88号"),
            (E, KC, "市场监管执法能力", "定性", "持续增强", "", PLAN),
            (S, FW, "市场主体满意度", "≥", "90", "%", Q),
        ],
    ),
    dict(
        name="12315消费投诉举报处置及消费维权经费", unit=BENJI, code="13042625P00XFWQ10004E", term=FULL_YEAR,
        money_unit="万元", total="48.00", fiscal="38.00", other="10.00",
        plan=("25%", "50%", "75%", "100%"),
        goal="畅通12315消费投诉举报渠道，全年受理消费投诉举报3000件以上，按时办结率95%以上，为消费者挽回经济损失"
             "120万元以上；开展“3·15”国际消费者权益日等消费维权宣传活动6场以上。",
        rows=[
            (P, SL, "受理消费投诉举报件数", "≥", "3000", "件", HIST),
            (P, SL, "消费维权宣传活动场次", "≥", "6", "场", PLAN),
            (P, ZL, "投诉举报按时办结率", "≥", "95", "%", "《市场监督管理投诉举报处理暂行办法》"),
            (P, SX, "投诉受理决定作出时限", "≤", "7", "天", "《市场监督管理投诉举报处理暂行办法》"),
            (P, CB, "消费维权工作经费", "≤", "48", "万元", PLAN),
            (E, JJ, "为消费者挽回经济损失", "≥", "120", "万元", HIST),
            (E, SH, "全县消费环境", "定性", "持续改善", "", "《中华人民共和国消费者权益保护法》"),
            (S, FW, "投诉人满意度", "≥", "92", "%", Q),
        ],
    ),
    dict(
        name="药品医疗器械化妆品监督抽检经费", unit=JIANCE, code="13042625P00YPJD10005G", term=FULL_YEAR,
        money_unit="元", total="860000.00", fiscal="860000.00", other="0.00", plan=None,
        goal="完成药品抽检180批次以上、医疗器械和化妆品抽检60批次以上，不合格产品处置率100%，全年不发生重大药品安全事件。",
        rows=[
            (P, SL, "药品抽检批次", "≥", "180", "批次", "冀药监〔2024〕9号"),
            (P, SL, "医疗器械和化妆品抽检批次", "≥", "60", "批次", "冀药监〔2024〕9号"),
            (P, ZL, "不合格产品处置率", "=", "100", "%", "《中华人民共和国药品管理法》"),
            (P, SX, "检验报告出具时限", "≤", "25", "天", "冀药监〔2024〕9号"),
            (P, CB, "药品医疗器械化妆品抽检经费", "≤", "860000", "元", PLAN),
            (E, SH, "重大药品安全事件", "=", "0", "起", HIST),
            (S, FW, "群众用药安全满意度", "≥", "90", "%", Q),
        ],
    ),
    dict(
        name="计量器具强制检定及民生计量经费", unit=JILIANG, code="13042625P00JLJD10006K", term=FULL_YEAR,
        money_unit="万元", total="72.00", fiscal="72.00", other="0.00",
        plan=("30%", "60%", "85%", "100%"),
        goal="对全县贸易结算、安全防护、医疗卫生、环境监测等领域强制检定计量器具8000台件以上，为集贸市场免费检定"
             "电子秤1200台以上，检定结果准确率99%以上，守护群众“米袋子”“菜篮子”计量公平。",
        rows=[
            (P, SL, "强制检定计量器具数量", "≥", "8000", "台件", "《中华人民共和国计量法》"),
            (P, SL, "集贸市场电子秤免费检定", "≥", "1200", "台", "冀市监〔2024〕30号"),
            (P, ZL, "检定结果准确率", "≥", "99", "%", "《中华人民共和国计量法》"),
            (P, SX, "检定证书出具时限", "≤", "5", "天", PLAN),
            (P, CB, "计量检定经费", "≤", "72", "万元", PLAN),
            (E, SH, "民生计量器具抽查合格率", "≥", "95", "%", HIST),
            (S, FW, "计量器具使用单位满意度", "≥", "88", "%", Q),
        ],
    ),
    dict(
        name="市场监管综合执法装备购置", unit=ZHIFA, code="13042625P00ZFZB10007M", term="2025年1月—2025年9月",
        money_unit="万元", total="136.00", fiscal="100.00", other="36.00", plan=None,
        goal="购置食品快检车1辆、执法记录仪50台以上、移动执法终端30台以上，2025年9月底前完成采购并投入使用，"
             "市场监管执法规范化水平有效提升。",
        rows=[
            (P, SL, "购置食品快检车", "=", "1", "辆", PLAN),
            (P, SL, "购置执法记录仪", "≥", "50", "台", PLAN),
            (P, SL, "购置移动执法终端", "≥", "30", "台", PLAN),
            (P, ZL, "设备验收合格率", "=", "100", "%", "《中华人民共和国政府采购法》"),
            (P, SX, "采购完成时间", "定性", "2025年9月底前", "", PLAN),
            (P, CB, "执法装备购置成本", "≤", "136", "万元", PLAN),
            (E, SH, "市场监管执法规范化水平", "定性", "有效提升", "", "冀市监〔2024〕30号"),
        ],
    ),
    dict(
        name="质量强县建设及品牌培育奖补资金", unit=BENJI, code="13042625P00ZLTS10008P", term="2025年—2027年",
        money_unit="万元", total="300.00", fiscal="200.00", other="100.00",
        plan=("0%", "30%", "60%", "100%"),
        goal="对获得政府质量奖、河北省优质产品等称号的企业和主导制定国家、行业标准的企业给予奖补，全年奖补企业25家以上，"
             "新增省级以上质量品牌2个以上，推动质量强县建设。",
        rows=[
            (P, SL, "奖补企业数量", "≥", "25", "家", "涉政办〔2024〕35号"),
            (P, SL, "新增省级以上质量品牌", "≥", "2", "个", "涉政办〔2024〕35号"),
            (P, ZL, "奖补资金兑付准确率", "=", "100", "%", "涉政办〔2024〕35号"),
            (P, SX, "奖补资金兑付完成时间", "定性", "2025年11月底前", "", PLAN),
            (P, CB, "质量品牌奖补资金", "≤", "300", "万元", "涉政办〔2024〕35号"),
            (E, JJ, "受奖补企业产品监督抽查合格率", "≥", "96", "%", HIST),
            (E, KC, "企业质量品牌意识", "定性", "显著增强", "", PLAN),
            (S, FW, "受奖补企业满意度", "≥", "95", "%", Q),
        ],
    ),
    dict(
        name="学校食堂“互联网+明厨亮灶”建设及农村集体聚餐监管经费", unit=BENJI, code="13042625P00MCLZ10009R",
        term=FULL_YEAR, money_unit="万元", total="118.50", fiscal="118.50", other="0.00", plan=None,
        goal="推动全县120所以上中小学和幼儿园食堂实现“互联网+明厨亮灶”，指导备案农村集体聚餐800场次以上，学校食堂"
             "食品安全量化等级B级以上比例达到90%以上，不发生学校食堂食品安全事故。",
        rows=[
            (P, SL, "“互联网+明厨亮灶”覆盖学校食堂", "≥", "120", "所", "国办发〔2022〕5号"),
            (P, SL, "农村集体聚餐备案指导场次", "≥", "800", "场次", "冀市监〔2023〕12号"),
            (P, ZL, "学校食堂量化等级B级以上比例", "≥", "90", "%", "《中华人民共和国食品安全法》"),
            (P, SX, "明厨亮灶建设完成时间", "定性", "2025年10月底前", "", PLAN),
            (P, CB, "明厨亮灶及聚餐监管经费", "≤", "118.5", "万元", PLAN),
            (E, SH, "学校食堂食品安全事故", "=", "0", "起", "国办发〔2022〕5号"),
            (S, FW, "学生家长满意度", "≥", "93", "%", Q),
        ],
    ),
    dict(
        name="基层市场监管所规范化建设经费", unit=BENJI, code="13042625P00JCSG10010T", term=FULL_YEAR,
        money_unit="万元", total="210.00", fiscal="150.00", other="60.00",
        plan=("25%", "55%", "80%", "100%"),
        goal="对偏城、索堡、井店等6个基层市场监管所开展规范化建设，更新办公、执法和快检设备36台套以上，基层所规范化"
             "建设达标率100%，基层监管服务能力明显提升。",
        rows=[
            (P, SL, "规范化建设基层市场监管所", "=", "6", "个", "冀市监〔2024〕30号"),
            (P, SL, "配备快检及执法设备", "≥", "36", "台套", PLAN),
            (P, ZL, "基层所规范化建设达标率", "=", "100", "%", "冀市监〔2024〕30号"),
            (P, SX, "建设任务完成时间", "定性", "2025年12月底前", "", PLAN),
            (P, CB, "基层所规范化建设经费", "≤", "210", "万元", PLAN),
            (E, KC, "基层监管服务能力", "定性", "明显提升", "", PLAN),
            (S, FW, "辖区经营主体满意度", "≥", "80", "%", Q),
        ],
    ),
]


def wan(pj, key):
    v = Decimal(pj[key] or "0")
    return v / 10000 if pj["money_unit"] == "元" else v


TOTAL = sum(wan(p, "total") for p in PROJECTS)
FISCAL = sum(wan(p, "fiscal") for p in PROJECTS)
OTHER = sum(wan(p, "other") for p in PROJECTS)

TITLE = "涉县市场监督管理局2025年度部门预算项目绩效目标"
PROSE = [
    ("Heading 1", "第一部分 部门职责及整体绩效目标"),
    ("Heading 2", "一、部门职责"),
    ("Normal", "涉县市场监督管理局是县政府工作部门，负责全县市场综合监督管理，统一登记市场主体并建立信息公示和共享机制；"
               "组织市场监管综合执法；承担反不正当竞争、知识产权保护、消费者权益保护工作；负责食品安全监督管理综合协调和"
               "食品生产、流通、餐饮环节监督管理；负责特种设备安全监督管理、计量和标准化、质量发展工作；负责药品零售、使用"
               "环节和医疗器械、化妆品经营使用环节的监督管理。局属单位有涉县检验检测中心、涉县计量测试所和涉县市场监管"
               "综合行政执法队，下设17个基层市场监管所。"),
    ("Heading 2", "二、2025年度部门整体绩效目标"),
    ("Normal", f"2025年，我局安排项目支出{len(PROJECTS)}个，资金合计{TOTAL:.2f}万元，其中财政拨款{FISCAL:.2f}万元、"
               f"其他资金{OTHER:.2f}万元。坚持“四个最严”要求，统筹发展和安全，重点实现以下目标："),
    ("Normal", "（一）守牢食品药品安全底线。食品安全监督抽检每千人不低于4批次，评价性抽检合格率稳定在98%以上，"
               "不发生重大食品药品安全事件。"),
    ("Normal", "（二）筑牢特种设备安全防线。在用特种设备定期检验率98%以上，电梯困人救援30分钟内到达现场。"),
    ("Normal", "（三）优化市场环境。“双随机、一公开”抽查覆盖1500户以上市场主体，12315投诉举报按时办结率95%以上。"),
    ("Normal", "（四）推进质量强县。新增省级以上质量品牌2个以上，民生计量器具抽查合格率95%以上。"),
    ("Heading 2", "三、保障措施"),
    ("Normal", "1.健全工作机制。成立由局长任组长的预算绩效管理领导小组，各项目实施单位主要负责人为第一责任人，"
               "实行“月调度、季通报”。"),
    ("Normal", "2.强化运行监控。对照绩效目标按季度开展“双监控”，执行进度滞后的项目由分管领导约谈督办。"),
    ("Normal", "3.严格资金管理。执行国库集中支付和政府采购制度，奖补资金经公示无异议后直接拨付企业账户。"),
    ("Normal", "4.注重结果应用。年度终了开展绩效自评并公开，自评结果与下年度预算安排挂钩。"),
    ("Heading 1", "第二部分 项目支出绩效目标表"),
]


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_header_table(doc, pj):
    n_rows = 7 + (2 if pj["plan"] else 0)
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    r = 0
    set_cell(t.cell(r, 0), "项目名称", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 4)), pj["name"])
    r += 1
    set_cell(t.cell(r, 0), "主管部门", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), DEPT)
    set_cell(t.cell(r, 3), "实施单位", bold=True)
    set_cell(t.cell(r, 4), pj["unit"])
    r += 1
    set_cell(t.cell(r, 0), "项目编码", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), pj["code"])
    set_cell(t.cell(r, 3), "项目期限", bold=True)
    set_cell(t.cell(r, 4), pj["term"])
    r += 1
    set_cell(t.cell(r, 0).merge(t.cell(r + 2, 0)), f"资金情况（{pj['money_unit']}）", bold=True)
    for i, (label, key) in enumerate((("年度资金总额", "total"), ("其中：财政拨款", "fiscal"), ("其他资金", "other"))):
        set_cell(t.cell(r + i, 1).merge(t.cell(r + i, 2)), label)
        set_cell(t.cell(r + i, 3).merge(t.cell(r + i, 4)), pj[key], center=True)
    r += 3
    if pj["plan"]:
        set_cell(t.cell(r, 0).merge(t.cell(r + 1, 0)), "资金支出进度计划（累计）", bold=True)
        for j, q in enumerate(("1季度", "2季度", "3季度", "4季度")):
            set_cell(t.cell(r, 1 + j), q, center=True)
            set_cell(t.cell(r + 1, 1 + j), pj["plan"][j], center=True)
        r += 2
    set_cell(t.cell(r, 0), "年度绩效目标", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 4)), pj["goal"])


def merge_runs(table, col, values, first_row, keys=None):
    keys = keys or values
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and keys[j + 1] == keys[i]:
            j += 1
        cell = table.cell(first_row + i, col)
        if j > i:
            cell = cell.merge(table.cell(first_row + j, col))
        set_cell(cell, values[i], center=True)
        i = j + 1


def add_indicator_table(doc, pj):
    rows = pj["rows"]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0).merge(t.cell(0, 6)), "绩效指标", bold=True, center=True)
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值设定依据")):
        set_cell(t.cell(1, j), h, bold=True, center=True)
    for i, row in enumerate(rows, start=2):
        for j in range(2, 7):
            set_cell(t.cell(i, j), row[j], center=j in (3, 4, 5))
    merge_runs(t, 0, [r[0] for r in rows], 2)
    # 二级指标 merged only within the same 一级指标
    merge_runs(t, 1, [r[1] for r in rows], 2, keys=[(r[0], r[1]) for r in rows])


def build(path=OUT):
    codes = set()
    for pj in PROJECTS:
        assert len(pj["code"]) == 21, pj["code"]
        assert pj["code"] not in codes
        codes.add(pj["code"])
        assert Decimal(pj["total"]) == Decimal(pj["fiscal"]) + Decimal(pj["other"] or "0"), pj["name"]
        cost = [r for r in pj["rows"] if r[1] == CB]
        assert len(cost) == 1 and Decimal(cost[0][4]) == Decimal(pj["total"]) / (10000 if pj["money_unit"] == "元" and cost[0][5] == "万元" else 1)
    doc = Document()
    title = doc.add_paragraph(style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(TITLE)
    for style, text in PROSE:
        doc.add_paragraph(text, style=style)
    for n, pj in enumerate(PROJECTS, start=1):
        h = doc.add_paragraph(f"附表{n}  项目支出绩效目标表（2025年度）", style="Heading 3")
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = doc.add_paragraph(f"填报单位：{DEPT}")
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        add_header_table(doc, pj)
        add_indicator_table(doc, pj)
        doc.add_paragraph("")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
    print(f"projects {len(PROJECTS)}, rows {sum(len(p['rows']) for p in PROJECTS)}, total {TOTAL:.2f} 万元")
