"""Build tests/data/other-department.docx: a second department's 2025 绩效目标 document.

临漳县农业农村局 (invented content), laid out differently from the 魏县人社局 sample:
  * title paragraph, prose headings 一/二/三 in Heading 1, sub-headings in Heading 2;
  * per project: Heading 2 «N.项目名称绩效目标表», a one-row table «单位名称：… | 单位：万元/元»,
    a header table with 项目编码 / 项目名称 / 资金总额 / 财政拨款 / 其他资金 / 资金用途 or 主要内容 /
    [资金支出计划] / 年度绩效目标, and an indicator table
    一级指标 / 二级指标 / 指标内容 / 指标值 / 备注 with 一级指标 merged down its rows.

Run:  /work/main/.venv/bin/python tests/data/make_other_department.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("other-department.docx")
UNIT_NAME = "临漳县农业农村局"

TITLE = "临漳县农业农村局2025年部门整体绩效目标"

# (style, text)
PROSE = [
    ("Heading 1", "一、总体绩效目标"),
    ("Normal", "2025年，临漳县农业农村局以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
               "锚定建设农业强县目标，坚持“稳粮保供、增收富民、宜居宜业”工作主线，全年粮食播种面积稳定在118万亩以上、粮食总产量"
               "稳定在48万吨以上，农村居民人均可支配收入增长6.5%以上，守牢不发生规模性返贫致贫底线，扎实推进乡村全面振兴。"),
    ("Heading 1", "二、分项绩效目标"),
    ("Heading 2", "（一）粮食安全和耕地保护"),
    ("Normal", "全年新建高标准农田3.2万亩，落实耕地地力保护补贴面积81万亩；实施小麦“一喷三防”和玉米“一防双减”全覆盖，"
               "主要农作物病虫害统防统治覆盖率达到45%以上；农作物耕种收综合机械化率达到92%以上。"),
    ("Heading 2", "（二）产业发展和农民增收"),
    ("Normal", "重点打造“三大特色产业集群”：优质专用小麦产业集群、设施瓜菜产业集群、肉羊养殖产业集群；培育高素质农民500人，"
               "新增市级以上农业产业化重点龙头企业5家、省级示范家庭农场3家。"),
    ("Heading 2", "（三）农村人居环境和乡村建设"),
    ("Normal", "完成农村户厕改造1200户，农村卫生厕所普及率达到85%以上；农村生活垃圾收运处置体系覆盖所有行政村，"
               "创建美丽乡村示范村12个。"),
    ("Heading 2", "（四）农业安全生产和质量监管"),
    ("Normal", "全县农产品质量安全例行监测合格率稳定在98%以上，不发生区域性重大动物疫情和重大农产品质量安全事件；"
               "畜禽粪污综合利用率达到80%以上。"),
    ("Heading 1", "三、工作保障措施"),
    ("Normal", "1.强化组织领导。成立由局党组书记任组长的绩效管理工作领导小组，实行“一项目一专班、一专班一台账”推进机制，"
               "每月调度项目进展。"),
    ("Normal", "2.加强资金监管。严格落实资金“三级审核”制度（股室初审、财务复核、分管领导审定），涉农补贴资金全部通过"
               "“一卡通”系统直接兑付到户，杜绝截留挪用。"),
    ("Normal", "3.推进绩效运行监控。按照“双监控”要求，对项目进度和绩效目标实现程度开展运行监控，对偏离目标的项目在"
               "7个工作日内提出整改意见；年终开展绩效自评，自评结果与下年度预算安排挂钩。"),
    ("Normal", "4.强化技术支撑。依托河北农业大学、邯郸市农业科学院等技术单位，组建“专家+农技人员+科技示范户”服务团队，"
               "推广小麦宽幅精播、玉米密植精准调控、水肥一体化、测土配方施肥四项主推技术。"),
    ("Normal", "5.加强宣传引导。通过“临漳农业”微信公众号、村级大喇叭和农民夜校等渠道宣传惠农政策，及时公开补贴对象、"
               "标准和金额，接受群众监督。"),
]

Q = "问卷调查"
PLAN = "年度工作计划"

# Each project: money in the project's own unit ("万元" or "元").
# rows: (一级指标, 二级指标, 指标内容, 指标值, 备注)
PROJECTS = [
    dict(
        code="13042325P00GBZ510001K", name="高标准农田建设县级配套资金", unit="万元",
        total="1200.00", fiscal="900.00", other="300.00",
        use_label="资金用途",
        use="用于2025年度高标准农田建设项目县级配套，主要建设内容包括土地平整、灌溉与排水、田间道路、农田防护与生态环境保护等工程。",
        goal="在柏鹤集乡、章里集乡等5个乡镇新建高标准农田3.2万亩，其中新增高效节水灌溉面积8000亩，项目区粮食综合生产能力明显提升。",
        plan=("10%", "40%", "80%", "100%"), merge_lvl2=True,
        rows=[
            ("产出指标", "数量指标", "新建高标准农田面积", "≥3.2万亩", "冀农规〔2023〕5号"),
            ("产出指标", "数量指标", "新增高效节水灌溉面积", "≥8000亩", "冀农规〔2023〕5号"),
            ("产出指标", "质量指标", "工程竣工验收合格率", "100%", "冀农规〔2023〕5号"),
            ("产出指标", "时效指标", "项目建设完工时间", "2025年11月底前", PLAN),
            ("产出指标", "成本指标", "县级配套资金投入", "≤1200万元", "邯财农[2024]18号"),
            ("效益指标", "经济效益指标", "项目区粮食亩均产能提高", "≥50公斤", "冀农规〔2023〕5号"),
            ("效益指标", "生态效益指标", "农田灌溉水有效利用系数", "≥0.68", PLAN),
            ("效益指标", "可持续影响指标", "工程设施设计使用年限", "≥15年", "冀农规〔2023〕5号"),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", Q),
        ],
    ),
    dict(
        code="13042325P004612100027", name="2025年耕地地力保护补贴资金", unit="万元",
        total="4860.00", fiscal="4860.00", other="",
        use_label="资金用途",
        use="对拥有耕地承包权的种地农民按实际种植面积给予补贴，补贴标准为每亩60元，通过“一卡通”直接发放到户。",
        goal="落实耕地地力保护补贴面积81万亩，补贴资金足额、及时发放到户，引导农民自觉提升耕地地力，保障粮食生产安全。",
        plan=None, merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "补贴发放面积", "≥81万亩", "农农发〔2024〕3号"),
            ("产出指标", "数量指标", "受益农户数", "≥13.5万户", PLAN),
            ("产出指标", "质量指标", "补贴资金发放准确率", "100%", "农农发〔2024〕3号"),
            ("产出指标", "时效指标", "补贴资金发放到户时间", "2025年6月底前", "冀农规〔2023〕5号"),
            ("产出指标", "成本指标", "耕地地力保护补贴资金", "≤4860万元", "农农发〔2024〕3号"),
            ("效益指标", "社会效益指标", "农民保护耕地地力意识", "显著提升", PLAN),
            ("效益指标", "可持续影响指标", "耕地保有量", "不减少", PLAN),
            ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥95%", Q),
        ],
    ),
    dict(
        # deliberate: 财政拨款 200 + 其他资金 50 = 250 ≠ 资金总额 260
        code="13042325P00BCH310001T", name="农作物重大病虫害统防统治项目", unit="万元",
        total="260.00", fiscal="200.00", other="50.00",
        use_label="资金用途",
        use="用于小麦“一喷三防”、玉米“一防双减”等重大病虫害统防统治作业补助及药剂、植保无人机作业服务购买。",
        goal="完成重大病虫害统防统治面积12万亩，病虫危害损失率控制在5%以内，挽回粮食损失1.5万吨以上。",
        plan=None, merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "统防统治作业面积", "≥12万亩", "冀农发〔2024〕35号"),
            ("产出指标", "质量指标", "重大病虫害防治处置率", "≥90%", "冀农发〔2024〕35号"),
            ("产出指标", "时效指标", "防治作业响应时间", "发现后48小时内", PLAN),
            ("产出指标", "成本指标", "统防统治作业补助资金", "≤260万元", "邯财农[2024]18号"),
            ("效益指标", "经济效益指标", "挽回粮食损失", "≥1.5万吨", "冀农发〔2024〕35号"),
            ("效益指标", "生态效益指标", "化学农药使用量较上年减少", "≥3%", "冀农发〔2024〕35号"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%", Q),
        ],
    ),
    dict(
        # deliberate: no 时效指标
        code="13042325P004701100035", name="动物疫病强制免疫及监测经费", unit="万元",
        total="185.00", fiscal="185.00", other="",
        use_label="主要内容",
        use="用于口蹄疫、高致病性禽流感、小反刍兽疫等重大动物疫病强制免疫疫苗采购、免疫注射劳务补助及免疫效果监测。",
        goal="对全县应免畜禽实施强制免疫，免疫畜禽120万头（只）以上，群体免疫密度常年保持在90%以上，确保不发生区域性重大动物疫情。",
        plan=None, merge_lvl2=True,
        rows=[
            ("产出指标", "数量指标", "强制免疫畜禽数量", "≥120万头（只）", "农牧发【2024】6号"),
            ("产出指标", "数量指标", "免疫效果监测样品数", "≥3000份", PLAN),
            ("产出指标", "质量指标", "应免畜禽群体免疫密度", "≥90%", "农牧发【2024】6号"),
            ("产出指标", "质量指标", "免疫抗体合格率", "≥70%", "农牧发【2024】6号"),
            ("产出指标", "成本指标", "强制免疫及监测经费", "≤185万元", PLAN),
            ("效益指标", "社会效益指标", "区域性重大动物疫情发生数", "0起", "农牧发【2024】6号"),
            ("效益指标", "可持续影响指标", "动物疫病综合防控能力", "持续提升", PLAN),
            ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥85%", Q),
        ],
    ),
    dict(
        code="13042325P00RJHJ10002M", name="农村人居环境整治厕所革命奖补资金", unit="万元",
        total="420.00", fiscal="300.00", other="120.00",
        use_label="资金用途",
        use="用于农村户厕新建改造奖补（每户3500元）及粪污收集转运设施配套。",
        goal="完成农村户厕改造1200户，改厕质量验收合格率95%以上，农村卫生厕所普及率达到85%以上，农村人居环境明显改善。",
        plan=None, merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "农村户厕改造数量", "≥1200户", "邯财农[2024]18号"),
            ("产出指标", "质量指标", "改厕质量验收合格率", "≥95%", "冀厕革办〔2024〕4号"),
            ("产出指标", "时效指标", "改厕任务完成时间", "2025年10月底前", PLAN),
            ("产出指标", "成本指标", "户厕改造奖补资金", "≤420万元", "邯财农[2024]18号"),
            ("效益指标", "生态效益", "农村卫生厕所普及率", "≥85%", "冀厕革办〔2024〕4号"),
            ("效益指标", "社会效益", "农村人居环境", "显著提升", PLAN),
            ("满意度指标", "服务对象满意度", "改厕农户满意度", "不低于90%", Q),
        ],
    ),
    dict(
        # money in 元; cost indicator written in 万元 (38万元 = 380000元, consistent)
        code="13042325P000001100186", name="农业综合行政执法工作经费", unit="元",
        total="380000.00", fiscal="380000.00", other="",
        use_label="资金用途",
        use="用于农资打假、种子市场检查、渔政和动物卫生监督等执法检查车辆运行、取证设备购置和执法文书印制。",
        goal="开展农业综合执法检查60次以上，查办农业违法案件并按期办结，不发生重大农资质量安全事件。",
        plan=None, merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "执法检查次数", "≥60次", "临农字〔2025〕3号"),
            ("产出指标", "数量指标", "执法取证设备购置", "≥8台（套）", PLAN),
            ("产出指标", "质量指标", "立案案件办结率", "100%", "临农字〔2025〕3号"),
            ("产出指标", "时效指标", "案件按法定时限办结率", "100%", "临农字〔2025〕3号"),
            ("产出指标", "成本指标", "执法工作经费", "≤38万元", PLAN),
            ("效益指标", "社会效益指标", "重大农资质量安全事件", "0起", PLAN),
            ("满意度指标", "服务对象满意度指标", "农资经营户及农民满意度", "≥90%", Q),
        ],
    ),
    dict(
        # money in 元
        code="13042325P00NCP210004Q", name="农产品质量安全检测经费", unit="元",
        total="256000.00", fiscal="200000.00", other="56000.00",
        use_label="主要内容",
        use="用于蔬菜、水果、畜禽产品等农产品质量安全定性快速检测耗材及委托第三方定量检测。",
        goal="全年完成农产品快速检测2400批次、定量检测300批次，例行监测合格率稳定在98%以上。",
        plan=None, merge_lvl2=True,
        rows=[
            ("产出指标", "数量指标", "农产品快速检测批次", "≥2400批次", "农质发〔2024〕2号"),
            ("产出指标", "数量指标", "委托定量检测批次", "≥300批次", "农质发〔2024〕2号"),
            ("产出指标", "质量指标", "例行监测合格率", "≥98%", "临农字〔2025〕3号"),
            ("产出指标", "时效指标", "检测结果报送时间", "检测后3个工作日内", PLAN),
            ("产出指标", "成本指标", "检测耗材及委托检测费用", "≤256000元", PLAN),
            ("效益指标", "社会效益指标", "重大农产品质量安全事件", "0起", "农质发〔2024〕2号"),
            ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥95%", Q),
        ],
    ),
    dict(
        # deliberate: 成本指标 110万元 ≠ 资金总额 96.00
        code="13042325P00JCNJ10001F", name="基层农技推广体系改革与建设补助项目", unit="万元",
        total="96.00", fiscal="96.00", other="",
        use_label="资金用途",
        use="用于农业科技示范主体培育、农业科技示范基地建设和农技人员知识更新培训。",
        goal="培育农业科技示范主体300户，建设农业科技示范基地5个，主推技术到位率达到95%以上。",
        plan=None, merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "培育农业科技示范主体", "≥300户", "农办计财（2024）12号文"),
            ("产出指标", "数量指标", "建设农业科技示范基地", "≥5个", "农办计财（2024）12号文"),
            ("产出指标", "质量指标", "主推技术到位率", "≥95%", "农办计财（2024）12号文"),
            ("产出指标", "时效指标", "项目实施完成时间", "2025年12月底前", PLAN),
            ("产出指标", "成本指标", "农技推广补助资金", "≤110万元", PLAN),
            ("效益指标", "经济效益指标", "示范主体亩均增收", "≥8%", PLAN),
            ("效益指标", "可持续影响指标", "基层农技推广服务能力", "持续提升", PLAN),
            ("满意度指标", "服务对象满意度指标", "示范主体满意度", "≥80%", Q),
        ],
    ),
    dict(
        code="13042325P00GSZ910003H", name="高素质农民培育项目", unit="万元",
        total="150.00", fiscal="120.00", other="30.00",
        use_label="主要内容",
        use="用于高素质农民教育培训，包括理论授课、实训实习、参观考察和跟踪指导服务，人均培训标准3000元。",
        goal="培育高素质农民500人，培训合格率95%以上，带动周边农户2000户以上应用新技术。",
        plan=("20%", "60%", "90%", "100%"), merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "培育高素质农民人数", "≥500人", "农办计财（2024）12号文"),
            ("产出指标", "质量指标", "培训考核合格率", "≥95%", "农办计财（2024）12号文"),
            ("产出指标", "时效指标", "培训任务完成时间", "2025年10月底前", PLAN),
            ("产出指标", "成本指标", "高素质农民培育补助", "≤150万元", "邯财农[2024]18号"),
            ("效益指标", "社会效益指标", "带动周边农户应用新技术", "≥2000户", PLAN),
            ("效益指标", "可持续影响指标", "农民职业化水平", "显著提升", PLAN),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥95%", Q),
        ],
    ),
    dict(
        # deliberate: one indicator (经济效益) with an empty 备注
        code="13042325P004735100052", name="冀财农〔2024〕98号提前下达2025年农机购置与应用补贴资金", unit="万元",
        total="2350.00", fiscal="2350.00", other="",
        use_label="资金用途",
        use="对购买和使用列入补贴范围的农业机械的农户和农业生产经营组织给予定额补贴，重点支持小麦、玉米生产全程机械化所需机具。",
        goal="补贴各类农业机具1500台（套），受益农户1200户以上，全县农作物耕种收综合机械化率达到92%以上。",
        plan=("20%", "60%", "85%", "100%"), merge_lvl2=True,
        rows=[
            ("产出指标", "数量指标", "补贴机具数量", "≥1500台（套）", "冀财农(2024)98号"),
            ("产出指标", "数量指标", "受益农户及农业生产经营组织数量", "≥1200户", "冀财农(2024)98号"),
            ("产出指标", "质量指标", "补贴资金兑付准确率", "100%", "冀财农(2024)98号"),
            ("产出指标", "时效指标", "补贴资金兑付及时率", "≥95%", PLAN),
            ("产出指标", "成本指标", "农机购置与应用补贴资金", "≤2350万元", "冀财农(2024)98号"),
            ("效益指标", "经济效益指标", "亩均作业节本增效", "≥30元", ""),
            ("效益指标", "可持续影响指标", "农作物耕种收综合机械化率", "≥92%", "冀财农(2024)98号"),
            ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥90%", Q),
        ],
    ),
]


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def add_unit_line(doc, unit):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 0), f"单位名称：{UNIT_NAME}")
    set_cell(t.cell(0, 1), f"单位：{unit}")
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def add_header_table(doc, pj):
    n_rows = 4 + (2 if pj["plan"] else 0)
    t = doc.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    r = 0
    # 项目编码 | code (2 cols) | 项目名称 | name (2 cols)
    set_cell(t.cell(r, 0), "项目编码", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), pj["code"])
    set_cell(t.cell(r, 3), "项目名称", bold=True)
    set_cell(t.cell(r, 4).merge(t.cell(r, 5)), pj["name"])
    r += 1
    # 资金总额 | x | 财政拨款 | y | 其他资金 | z
    for i, (label, key) in enumerate((("资金总额", "total"), ("财政拨款", "fiscal"), ("其他资金", "other"))):
        set_cell(t.cell(r, 2 * i), label, bold=True)
        set_cell(t.cell(r, 2 * i + 1), pj[key])
    r += 1
    set_cell(t.cell(r, 0), pj["use_label"], bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["use"])
    r += 1
    if pj["plan"]:
        label = t.cell(r, 0).merge(t.cell(r + 1, 0))
        set_cell(label, "资金支出计划（累计%）", bold=True)
        for j, month in enumerate(("3月底", "6月底", "10月底", "12月底")):
            c_top = t.cell(r, 1 + j)
            c_bot = t.cell(r + 1, 1 + j)
            if j == 3:  # last period spans the remaining two grid columns
                c_top = c_top.merge(t.cell(r, 5))
                c_bot = c_bot.merge(t.cell(r + 1, 5))
            set_cell(c_top, month, center=True)
            set_cell(c_bot, pj["plan"][j], center=True)
        r += 2
    set_cell(t.cell(r, 0), "年度绩效目标", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["goal"])


def merge_runs(table, col, values, first_row):
    """Vertically merge equal consecutive values in column `col` (data rows start at first_row)."""
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        cell = table.cell(first_row + i, col)
        if j > i:
            cell = cell.merge(table.cell(first_row + j, col))
        set_cell(cell, values[i], center=(col == 0))
        i = j + 1


def add_indicator_table(doc, pj):
    rows = pj["rows"]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(("一级指标", "二级指标", "指标内容", "指标值", "备注")):
        set_cell(t.cell(0, j), h, bold=True, center=True)
    for i, row in enumerate(rows, start=1):
        for j in (2, 3, 4):
            set_cell(t.cell(i, j), row[j])
    merge_runs(t, 0, [r[0] for r in rows], 1)
    if pj["merge_lvl2"]:
        merge_runs(t, 1, [r[1] for r in rows], 1)
    else:
        for i, row in enumerate(rows, start=1):
            set_cell(t.cell(i, 1), row[1])


def build(path=OUT):
    for pj in PROJECTS:
        assert len(pj["code"]) == 21, pj["code"]
        assert 5 <= len(pj["rows"]) <= 9, pj["name"]
    doc = Document()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(18)
    for style, text in PROSE:
        doc.add_paragraph(text, style=style)
    doc.add_page_break()
    doc.add_paragraph("项目支出绩效目标表", style="Heading 1")
    for n, pj in enumerate(PROJECTS, start=1):
        doc.add_paragraph(f"{n}.{pj['name']}绩效目标表", style="Heading 2")
        add_unit_line(doc, pj["unit"])
        add_header_table(doc, pj)
        doc.add_paragraph("")
        add_indicator_table(doc, pj)
        doc.add_paragraph("")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
