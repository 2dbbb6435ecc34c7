"""Build eval/dev/docs/shuili-2025.docx: 临漳县水利局 2025年 绩效目标 (invented content).

Same layout as tests/data/other-department.docx (see tests/data/make_other_department.py):
  * title paragraph, prose headings 一/二/三 in Heading 1, sub-headings in Heading 2;
  * per project: Heading 2 «N.项目名称绩效目标表», a one-row borderless table «单位名称：… | 单位：万元/元»,
    a header table with 项目编码 / 项目名称 / 资金总额 / 财政拨款 / 其他资金 / 资金用途 or 主要内容 /
    [资金支出计划（累计%）] / 年度绩效目标, and an indicator table
    一级指标 / 二级指标 / 指标内容 / 指标值 / 备注 with 一级指标 merged down its rows
    (二级指标 merged too where merge_lvl2).

Deliberate inconsistencies (for review questions):
  * 小型水闸除险加固工程: 财政拨款 680.00 > 资金总额 640.00 (其他资金 blank);
  * 水土保持监督管理与综合治理项目: 成本指标 «≤150万元» above 资金总额 128.00.
Deliberate gaps: 水资源税征管协作及取用水监管经费 has no 时效指标 and one indicator with an empty 备注;
机关运转保障经费 has no 满意度指标.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_shuili.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).with_name("shuili-2025.docx")
UNIT_NAME = "临漳县水利局"

TITLE = "临漳县水利局2025年部门整体绩效目标"

PROSE = [
    ("Heading 1", "一、总体绩效目标"),
    ("Normal", "2025年，临漳县水利局以习近平新时代中国特色社会主义思想为指导，深入践行“节水优先、空间均衡、系统治理、两手发力”"
               "治水思路，统筹水资源、水生态、水环境、水灾害治理，全年完成地下水压采1200万立方米，农村自来水普及率稳定在99%以上，"
               "县域主要河道行洪排涝能力明显提升，确保安全度汛，为全县经济社会高质量发展提供坚实水利支撑。"),
    ("Heading 1", "二、分项绩效目标"),
    ("Heading 2", "（一）农村供水保障"),
    ("Normal", "完成46处农村集中供水工程维修养护，更换维修供水管网35公里以上，农村集中供水工程水质检测合格率达到95%以上，"
               "持续巩固提升农村供水保障水平。"),
    ("Heading 2", "（二）水旱灾害防御"),
    ("Normal", "汛前完成支漳河、民有渠等重点河道清淤疏浚12公里，完成6座小型水闸除险加固；按要求储备编织袋、抽水泵等防汛抗旱物资，"
               "确保汛期不发生因灾死亡事件。"),
    ("Heading 2", "（三）河湖管理和水生态保护"),
    ("Normal", "全面落实河湖长制，县乡村三级河长巡河2400次以上，“四乱”问题整改销号率100%；新增水土流失治理面积3.5平方公里，"
               "河湖水质明显改善。"),
    ("Heading 2", "（四）节水和水资源管理"),
    ("Normal", "实施漳南灌区续建配套与节水改造，改造渠道28公里，项目区灌溉水有效利用系数达到0.65以上；严格取用水监管，"
               "规模以上取水户在线计量率达到100%，浅层地下水位止跌回升。"),
    ("Heading 1", "三、工作保障措施"),
    ("Normal", "1.压实工作责任。成立由局长任组长的预算绩效管理领导小组，将绩效目标分解到股室和责任人，实行“周调度、月通报”"
               "工作机制。"),
    ("Normal", "2.严格资金管理。落实项目资金专账核算、专款专用，工程类项目严格执行“四制”管理（项目法人责任制、招标投标制、"
               "建设监理制、合同管理制），按工程进度拨付资金。"),
    ("Normal", "3.强化质量安全监管。严格执行水利工程质量管理有关规定，对在建工程开展质量安全巡查，发现问题限期整改，"
               "确保工程质量合格率100%。"),
    ("Normal", "4.开展绩效运行监控。对项目支出进度和绩效目标实现程度实行“双监控”，对进度滞后项目及时预警并督促整改；"
               "年终开展绩效自评，评价结果作为下年度预算安排的重要依据。"),
    ("Normal", "5.主动接受监督。通过“临漳水利”微信公众号和政府信息公开平台公开项目资金安排和实施情况，畅通群众监督渠道。"),
]

Q = "问卷调查"
PLAN = "年度工作计划"
JSN = "冀水农〔2024〕12号"
HCN = "邯财农[2024]33号"
SLB = "水利部令第50号"
JSHH = "冀水河湖〔2024〕8号"
JSJ = "冀水建（2024）21号"
HZB = "冀河长办〔2024〕3号"
JSB = "冀水保〔2024〕6号"
JSZ = "冀水资〔2024〕15号"
HFZ = "邯防指【2025】1号"

# Each project: money in the project's own unit ("万元" or "元").
# rows: (一级指标, 二级指标, 指标内容, 指标值, 备注)
PROJECTS = [
    dict(
        code="13042325P00YSAQ10001W", name="农村饮水安全工程维修养护资金", unit="万元",
        total="386.50", fiscal="300.00", other="86.50",
        use_label="资金用途",
        use="用于全县农村集中供水工程水源井、供水管网、消毒设备的维修养护，以及老化管网更换和入户设施修复。",
        goal="完成46处农村集中供水工程维修养护，更换维修供水管网35公里以上，保障农村群众饮水安全，农村自来水普及率稳定在99%以上。",
        plan=("15%", "45%", "80%", "100%"), merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "维修养护农村集中供水工程", "≥46处", JSN),
            ("产出指标", "数量指标", "更换维修供水管网长度", "≥35公里", JSN),
            ("产出指标", "质量指标", "维修工程验收合格率", "100%", JSN),
            ("产出指标", "时效指标", "维修养护任务完成时间", "2025年6月底前", PLAN),
            ("产出指标", "成本指标", "维修养护资金", "≤386.5万元", HCN),
            ("效益指标", "社会效益指标", "农村自来水普及率", "≥99%", JSN),
            ("效益指标", "可持续影响指标", "供水工程长效管护机制", "持续健全", PLAN),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%", Q),
        ],
    ),
    dict(
        code="13042325P00HDQY10002C", name="支漳河及民有渠河道清淤治理工程", unit="万元",
        total="1850.00", fiscal="1500.00", other="350.00",
        use_label="资金用途",
        use="用于支漳河、民有渠等重点河道清淤疏浚、岸坡整治和险工险段加固，清淤土方外运及堤顶道路修复。",
        goal="汛前完成重点河道清淤疏浚12公里、清淤土方36万立方米，河道行洪排涝能力达到20年一遇标准，沿河水生态环境明显改善。",
        plan=("10%", "35%", "75%", "100%"), merge_lvl2=True,
        rows=[
            ("产出指标", "数量指标", "河道清淤疏浚长度", "≥12公里", JSHH),
            ("产出指标", "数量指标", "清淤土方量", "≥36万立方米", JSHH),
            ("产出指标", "质量指标", "工程质量合格率", "100%", SLB),
            ("产出指标", "时效指标", "主体工程完工时间", "2025年5月底前", PLAN),
            ("产出指标", "成本指标", "工程建设投资", "≤1850万元", HCN),
            ("效益指标", "社会效益指标", "河道行洪排涝标准", "达到20年一遇", JSHH),
            ("效益指标", "生态效益指标", "河道水生态环境", "明显改善", PLAN),
            ("效益指标", "可持续影响指标", "工程设计使用年限", "≥20年", SLB),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", Q),
        ],
    ),
    dict(
        # deliberate: 财政拨款 680.00 > 资金总额 640.00
        code="13042325P004811200036", name="小型水闸除险加固工程", unit="万元",
        total="640.00", fiscal="680.00", other="",
        use_label="主要内容",
        use="用于6座病险小型水闸的闸室加固、启闭机及闸门更换、上下游护坡修复和管理设施完善。",
        goal="完成6座小型水闸除险加固，消除工程安全隐患，恢复水闸设计挡水、引水和排涝功能，保护下游耕地5.5万亩。",
        plan=None, merge_lvl2=True,
        rows=[
            ("产出指标", "数量指标", "除险加固水闸数量", "≥6座", JSJ),
            ("产出指标", "质量指标", "单元工程质量合格率", "100%", SLB),
            ("产出指标", "质量指标", "安全鉴定问题整改率", "100%", JSJ),
            ("产出指标", "时效指标", "工程完工时间", "2025年10月底前", PLAN),
            ("产出指标", "成本指标", "除险加固资金", "≤640万元", HCN),
            ("效益指标", "社会效益指标", "保护下游耕地面积", "≥5.5万亩", JSJ),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", Q),
        ],
    ),
    dict(
        # money in 元; cost indicator written in 万元 (45万元 = 450000元, consistent)
        code="13042325P000002100214", name="河长制工作经费", unit="元",
        total="450000.00", fiscal="450000.00", other="",
        use_label="资金用途",
        use="用于县级河长办日常运转、河湖巡查保洁、河长公示牌更新维护、“清四乱”问题整治及河湖长制宣传培训。",
        goal="全面落实县乡村三级河湖长制，全年巡河2400次以上，“四乱”问题整改销号率100%，河湖水质明显改善。",
        plan=None, merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "三级河长巡河次数", "≥2400次", HZB),
            ("产出指标", "数量指标", "河长公示牌更新维护", "≥120块", PLAN),
            ("产出指标", "质量指标", "“四乱”问题整改销号率", "100%", HZB),
            ("产出指标", "时效指标", "交办问题整改时限", "交办后30日内", HZB),
            ("产出指标", "成本指标", "河长制工作经费", "≤45万元", PLAN),
            ("效益指标", "生态效益指标", "河湖水质", "明显改善", HZB),
            ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", Q),
        ],
    ),
    dict(
        # deliberate: 成本指标 150万元 > 资金总额 128.00
        code="13042325P00STBC10003R", name="水土保持监督管理与综合治理项目", unit="万元",
        total="128.00", fiscal="98.00", other="30.00",
        use_label="主要内容",
        use="用于漳河沿岸水土流失综合治理、生产建设项目水土保持监督检查和水土保持动态监测。",
        goal="新增水土流失治理面积3.5平方公里，对40个生产建设项目开展水土保持监督检查，项目区林草植被覆盖率提高2个百分点以上。",
        plan=None, merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "新增水土流失治理面积", "≥3.5平方公里", JSB),
            ("产出指标", "数量指标", "生产建设项目监督检查", "≥40个", JSB),
            ("产出指标", "质量指标", "治理措施验收合格率", "≥95%", JSB),
            ("产出指标", "时效指标", "治理任务完成时间", "2025年11月底前", PLAN),
            ("产出指标", "成本指标", "水土保持治理投资", "≤150万元", HCN),
            ("效益指标", "生态效益", "项目区林草植被覆盖率提高", "≥2个百分点", JSB),
            ("满意度指标", "服务对象满意度", "项目区群众满意度", "≥90%", Q),
        ],
    ),
    dict(
        code="13042325P004903100047", name="2025年地下水超采综合治理项目", unit="万元",
        total="3260.00", fiscal="3260.00", other="",
        use_label="资金用途",
        use="用于农业灌溉机井关停封填、高效节水灌溉补助、地表水置换地下水配套工程及地下水位监测。",
        goal="完成地下水压采1200万立方米，实施节水灌溉6.8万亩，关停封填农业灌溉机井150眼，浅层地下水位止跌回升。",
        plan=("20%", "50%", "85%", "100%"), merge_lvl2=True,
        rows=[
            ("产出指标", "数量指标", "地下水压采量", "≥1200万立方米", JSZ),
            ("产出指标", "数量指标", "实施节水灌溉面积", "≥6.8万亩", JSZ),
            ("产出指标", "数量指标", "关停封填农业灌溉机井", "≥150眼", JSZ),
            ("产出指标", "质量指标", "机井封填验收合格率", "100%", JSZ),
            ("产出指标", "时效指标", "压采任务完成时间", "2025年12月底前", PLAN),
            ("产出指标", "成本指标", "节水灌溉补助标准", "每亩补助不超过300元", HCN),
            ("效益指标", "生态效益指标", "浅层地下水位", "止跌回升", JSZ),
            ("效益指标", "可持续影响指标", "地下水超采治理长效机制", "逐步建立", PLAN),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", Q),
        ],
    ),
    dict(
        # money in 元; cost indicator written in 万元 (68万元 = 680000元, consistent)
        code="13042325P00FXWZ10001D", name="防汛抗旱物资储备经费", unit="元",
        total="680000.00", fiscal="600000.00", other="80000.00",
        use_label="资金用途",
        use="用于编织袋、土工布、抽水泵、发电机组、救生衣等防汛抗旱物资采购补充及仓储管理。",
        goal="汛前完成防汛抗旱物资采购入库，储备编织袋5万条、抽水泵30台（套），物资储备完好率98%以上，保障应急抢险需要。",
        plan=None, merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "储备编织袋", "≥5万条", HFZ),
            ("产出指标", "数量指标", "储备抽水泵", "≥30台（套）", HFZ),
            ("产出指标", "质量指标", "物资储备完好率", "≥98%", HFZ),
            ("产出指标", "时效指标", "物资采购入库时间", "2025年5月底前", PLAN),
            ("产出指标", "成本指标", "物资采购经费", "≤68万元", PLAN),
            ("效益指标", "社会效益指标", "汛期因灾死亡人数", "0人", HFZ),
            ("满意度指标", "服务对象满意度指标", "抢险队伍满意度", "≥95%", Q),
        ],
    ),
    dict(
        code="13042325P00GQJS10004N", name="漳南灌区续建配套与节水改造项目", unit="万元",
        total="2180.00", fiscal="1600.00", other="580.00",
        use_label="资金用途",
        use="用于漳南灌区骨干渠道衬砌改造、渠系建筑物新建改造、量测水设施和信息化监控系统建设。",
        goal="改造渠道28公里，新建改造渠系建筑物85座，新增恢复改善灌溉面积4.2万亩，灌区灌溉水有效利用系数达到0.65以上。",
        plan=("5%", "30%", "70%", "100%"), merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "改造渠道长度", "≥28公里", JSN),
            ("产出指标", "数量指标", "新建改造渠系建筑物", "≥85座", JSN),
            ("产出指标", "数量指标", "新增恢复改善灌溉面积", "≥4.2万亩", JSN),
            ("产出指标", "质量指标", "工程质量合格率", "100%", SLB),
            ("产出指标", "时效指标", "工程完工时间", "2025年11月底前", PLAN),
            ("产出指标", "成本指标", "工程建设投资", "≤2180万元", HCN),
            ("效益指标", "经济效益指标", "项目区亩均增产粮食", "≥40公斤", PLAN),
            ("效益指标", "生态效益指标", "灌溉水有效利用系数", "≥0.65", JSN),
            ("满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%", Q),
        ],
    ),
    dict(
        # deliberate: no 时效指标; one indicator with an empty 备注
        code="13042325P000003100225", name="水资源税征管协作及取用水监管经费", unit="万元",
        total="8.60", fiscal="8.60", other="",
        use_label="主要内容",
        use="用于取水户取用水量核定、取水计量设施监督检查及配合税务部门开展水资源税征管协作。",
        goal="全年开展取水户监督检查260户次以上，按月核定报送取用水量，规模以上取水户在线计量率达到100%。",
        plan=None, merge_lvl2=True,
        rows=[
            ("产出指标", "数量指标", "取水户监督检查", "≥260户次", JSZ),
            ("产出指标", "数量指标", "取用水量核定报送", "12次", JSZ),
            ("产出指标", "质量指标", "规模以上取水户在线计量率", "100%", JSZ),
            ("产出指标", "成本指标", "监管工作经费", "≤8.6万元", PLAN),
            ("效益指标", "社会效益指标", "无证取水、超许可取水行为", "有效遏制", ""),
            ("满意度指标", "服务对象满意度指标", "取用水户满意度", "≥85%", Q),
        ],
    ),
    dict(
        # deliberate: no 满意度指标
        code="13042325P00JGYZ10001A", name="机关运转保障经费", unit="万元",
        total="126.80", fiscal="126.80", other="",
        use_label="资金用途",
        use="用于保障局机关办公、水电、差旅、公务用车运行维护等日常公用支出。",
        goal="保障42名在职人员正常办公和3辆公务用车运行，“三公”经费不超预算，机关各项工作正常运转。",
        plan=None, merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "保障在职人员数", "42人", PLAN),
            ("产出指标", "数量指标", "保障公务用车数", "3辆", PLAN),
            ("产出指标", "质量指标", "“三公”经费控制率", "≤100%", "临水字〔2025〕2号"),
            ("产出指标", "时效指标", "经费支付及时率", "100%", PLAN),
            ("产出指标", "成本指标", "机关公用经费", "≤126.8万元", "临水字〔2025〕2号"),
            ("效益指标", "可持续影响指标", "机关运转保障水平", "正常运转", PLAN),
        ],
    ),
    dict(
        code="13042325P00NTSL10005G", name="小型农田水利设施管护补助资金", unit="万元",
        total="96.00", fiscal="80.00", other="16.00",
        use_label="主要内容",
        use="用于农业灌溉机井、小型泵站、田间渠道等小型农田水利设施日常管护补助，落实管护主体和管护责任。",
        goal="对3200眼农业灌溉机井和18座小型泵站落实管护责任，设施完好率达到90%以上，保障有效灌溉面积38万亩。",
        plan=("0%", "40%", "80%", "100%"), merge_lvl2=False,
        rows=[
            ("产出指标", "数量指标", "管护农业灌溉机井", "≥3200眼", JSN),
            ("产出指标", "数量指标", "管护小型泵站", "≥18座", JSN),
            ("产出指标", "质量指标", "设施完好率", "≥90%", JSN),
            ("产出指标", "时效指标", "管护补助资金拨付时间", "2025年9月底前", PLAN),
            ("产出指标", "成本指标", "管护补助资金", "≤96万元", HCN),
            ("效益指标", "社会效益指标", "保障有效灌溉面积", "≥38万亩", PLAN),
            ("满意度指标", "服务对象满意度指标", "管护主体满意度", "≥85%", Q),
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
    set_cell(t.cell(r, 0), "项目编码", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), pj["code"])
    set_cell(t.cell(r, 3), "项目名称", bold=True)
    set_cell(t.cell(r, 4).merge(t.cell(r, 5)), pj["name"])
    r += 1
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
            if j == 3:
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
    codes = [pj["code"] for pj in PROJECTS]
    assert len(set(codes)) == len(codes)
    for pj in PROJECTS:
        assert len(pj["code"]) == 21 and pj["code"].startswith("13042325P"), pj["code"]
        assert 6 <= len(pj["rows"]) <= 9, pj["name"]
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
