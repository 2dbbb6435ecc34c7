"""Build eval/dev/docs/sifa-2025.docx: 馆陶县司法局 2025年部门整体及项目支出绩效目标 (invented content).

Layout, unlike the 魏县人社局 sample and the 临漳县农业农村局 test document:
  * prose first: title, then Heading 1 sections 一、部门职能 / 二、年度总体目标 / 三、保障措施;
  * per project: Heading 2 «（N）项目名称», a line «金额单位：万元/元», a vertical two-column header table
    (label | value: 项目名称, 项目编码, 主管部门, 实施单位, 项目类别, 资金总额（万元）, 其中：财政拨款,
    其中：其他资金, 资金用途, 年度目标 and, on some projects, 资金支出计划 as one text cell),
    then an indicator table 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 指标值确定依据, where 分值
    is the indicator's weight (not its target) and 一级/二级指标 are merged down their runs.
  * project 7 is printed in 元; project 4 has no 满意度指标; project 2 carries a document number in its name;
    冀财行〔2024〕128号 is cited by several projects; laws are cited by title (《中华人民共和国法律援助法》 …).

Run:  /work/main/.venv/bin/python eval/dev/docs/make_sifa.py
"""
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("sifa-2025.docx")
DEPT = "馆陶县司法局"
TITLE = "馆陶县司法局2025年度部门整体及项目支出绩效目标"

PLAN = "2025年度工作计划"
Q = "问卷调查"
DOC128 = "冀财行〔2024〕128号"
DOC21 = "邯司〔2024〕21号"
DOC36 = "冀司〔2023〕36号"
LAW_FLYZ = "《中华人民共和国法律援助法》"
LAW_TJ = "《中华人民共和国人民调解法》"
LAW_JZ = "《中华人民共和国社区矫正法》"
LAW_FY = "《中华人民共和国行政复议法》"

CH = "产出指标"
XY = "效益指标"
MY = "满意度指标"

# rows: (一级指标, 二级指标, 三级指标, 分值, 指标值, 指标值确定依据)
PROJECTS = [
    dict(
        name="法律援助办案补贴经费", code="13043325P00FLYZ10001K",
        org="馆陶县法律援助中心", kind="特定目标类", unit="万元",
        total="85.00", fiscal="85.00", other="0.00",
        use="用于支付法律援助律师和基层法律服务工作者办理刑事、民事、行政法律援助案件的办案补贴，以及案件质量评估、卷宗归档等支出。",
        goal="全年办理法律援助案件不少于600件，案件质量评查合格率达到95%以上，做到应援尽援、应援优援，切实维护困难群众合法权益。",
        plan="3月底20%，6月底50%，9月底75%，12月底100%",
        rows=[
            (CH, "数量指标", "法律援助案件办理数量", "20", "≥600件", LAW_FLYZ),
            (CH, "数量指标", "值班律师法律帮助人次", "10", "≥300人次", DOC128),
            (CH, "质量指标", "案件质量评查合格率", "10", "≥95%", LAW_FLYZ),
            (CH, "时效指标", "受理申请审查时限", "5", "7个工作日内", LAW_FLYZ),
            (CH, "成本指标", "法律援助办案补贴支出", "5", "≤85万元", DOC128),
            (XY, "社会效益指标", "困难群众合法权益保障", "20", "有效保障", PLAN),
            (XY, "可持续影响指标", "法律援助便民服务水平", "10", "持续提升", PLAN),
            (MY, "服务对象满意度指标", "受援人满意度", "10", "≥95%", Q),
        ],
    ),
    dict(
        name="冀财行〔2024〕128号提前下达2025年中央政法转移支付资金（法律援助）", code="13043325P00ZYZF10002M",
        org="馆陶县法律援助中心", kind="特定目标类", unit="万元",
        total="46.00", fiscal="46.00", other="0.00",
        use="用于中央财政补助的法律援助案件办案补贴、乡镇法律援助工作站运行以及农民工、残疾人等特殊群体法律援助事项支出。",
        goal="使用中央补助资金办理法律援助案件320件以上，保障8个乡镇法律援助工作站正常运转，资金使用合规率100%。",
        plan="3月底30%，6月底60%，9月底85%，12月底100%",
        rows=[
            (CH, "数量指标", "中央补助法律援助案件数", "20", "≥320件", DOC128),
            (CH, "数量指标", "乡镇法律援助工作站数量", "10", "8个", DOC128),
            (CH, "质量指标", "补助资金使用合规率", "10", "100%", LAW_FLYZ),
            (CH, "时效指标", "资金拨付完成时间", "5", "2025年11月底前", DOC128),
            (CH, "成本指标", "中央法律援助补助资金", "5", "≤46万元", DOC128),
            (XY, "社会效益指标", "特殊群体获得法律援助情况", "20", "应援尽援", DOC128),
            (XY, "可持续影响指标", "法律援助工作站服务能力", "10", "有效改善", PLAN),
            (MY, "服务对象满意度指标", "受援群众满意度", "10", "≥90%", Q),
        ],
    ),
    dict(
        name="人民调解“以案定补”经费", code="13043325P00RMTJ10003T",
        org="馆陶县司法局基层工作股", kind="特定目标类", unit="万元",
        total="62.40", fiscal="52.40", other="10.00",
        use="按照调解成功案件数量和难易程度，对村（社区）人民调解委员会和人民调解员给予“以案定补”补贴，并用于人民调解员业务培训。",
        goal="全县人民调解组织全年调解各类矛盾纠纷2800件以上，调解成功率保持在96%以上，矛盾纠纷就地化解率达到90%以上，创建“枫桥式”司法所2个。",
        plan="3月底25%，6月底50%，9月底80%，12月底100%",
        rows=[
            (CH, "数量指标", "人民调解案件数量", "15", "≥2800件", LAW_TJ),
            (CH, "数量指标", "村（社区）人民调解委员会数量", "10", "277个", PLAN),
            (CH, "质量指标", "调解成功率", "10", "≥96%", DOC128),
            (CH, "质量指标", "调解协议履行率", "5", "≥95%", LAW_TJ),
            (CH, "时效指标", "以案定补补贴发放时间", "5", "2025年12月20日前", PLAN),
            (CH, "成本指标", "以案定补补贴标准", "5", "≤200元/件", DOC128),
            (XY, "社会效益指标", "矛盾纠纷就地化解率", "20", "≥90%", PLAN),
            (XY, "可持续影响指标", "“枫桥式”司法所创建数量", "10", "2个", PLAN),
            (MY, "服务对象满意度指标", "纠纷当事人满意度", "10", "≥92%", Q),
        ],
    ),
    dict(
        name="社区矫正工作经费", code="13043325P00SQJZ10004W",
        org="馆陶县社区矫正管理局", kind="其他运转类", unit="万元",
        total="48.00", fiscal="48.00", other="0.00",
        use="用于社区矫正对象电子定位监管设备租赁、集中教育学习和公益活动组织、调查评估及社区矫正执法车辆运行等支出。",
        goal="对在册社区矫正对象实行全覆盖监管，电子定位监管覆盖率100%，社区矫正对象再犯罪率控制在0.2%以下。",
        plan=None,
        rows=[
            (CH, "数量指标", "在册社区矫正对象监管人数", "20", "≥320人", LAW_JZ),
            (CH, "数量指标", "集中教育学习次数", "10", "≥12次", PLAN),
            (CH, "质量指标", "电子定位监管覆盖率", "10", "100%", LAW_JZ),
            (CH, "时效指标", "矫正对象报到衔接时限", "5", "10日内", LAW_JZ),
            (CH, "成本指标", "社区矫正工作经费", "5", "≤48万元", PLAN),
            (XY, "社会效益指标", "社区矫正对象再犯罪率", "25", "≤0.2%", PLAN),
            (XY, "可持续影响指标", "社区矫正执法规范化水平", "15", "稳步提升", PLAN),
        ],
    ),
    dict(
        name="“八五”普法宣传经费", code="13043325P00PFXC10005A",
        org="馆陶县司法局普法与依法治理股", kind="其他运转类", unit="万元",
        total="30.00", fiscal="30.00", other="0.00",
        use="用于组织宪法宣传周、民法典宣传月等主题普法活动，印制发放普法宣传资料，开展“法律明白人”培训。",
        goal="全年开展普法宣传活动60场以上，发放宣传资料5万份以上，培训“法律明白人”1200人以上，群众法治意识有效提升。",
        plan="3月底20%，6月底45%，9月底80%，12月底100%",
        rows=[
            (CH, "数量指标", "普法宣传活动场次", "15", "≥60场", DOC21),
            (CH, "数量指标", "发放普法宣传资料数量", "10", "≥5万份", DOC21),
            (CH, "数量指标", "“法律明白人”培训人数", "10", "≥1200人", DOC21),
            (CH, "质量指标", "普法活动乡镇覆盖率", "5", "100%", PLAN),
            (CH, "时效指标", "宪法宣传周活动完成时间", "5", "2025年12月10日前", PLAN),
            (CH, "成本指标", "普法宣传经费", "5", "≤30万元", PLAN),
            (XY, "社会效益指标", "群众法治意识", "20", "有效提升", DOC21),
            (XY, "可持续影响指标", "普法长效机制", "10", "逐步健全", PLAN),
            (MY, "服务对象满意度指标", "群众满意度", "10", "≥90%", Q),
        ],
    ),
    dict(
        name="公共法律服务体系建设经费", code="13043325P00GGFW10006B",
        org="馆陶县公共法律服务中心", kind="特定目标类", unit="万元",
        total="120.00", fiscal="100.00", other="20.00",
        use="用于县级公共法律服务中心升级改造、村级公共法律服务工作室运行补助及12348公共法律服务热线坐席运行维护。",
        goal="建成覆盖县、乡、村三级的公共法律服务网络，村级公共法律服务工作室实现全覆盖，12348热线接通率98%以上。",
        plan="3月底10%，6月底40%，9月底70%，12月底100%",
        rows=[
            (CH, "数量指标", "村级公共法律服务工作室数量", "15", "277个", DOC36),
            (CH, "数量指标", "12348热线服务量", "10", "≥6000人次", PLAN),
            (CH, "质量指标", "12348热线接通率", "10", "≥98%", DOC36),
            (CH, "时效指标", "县级中心升级改造完成时间", "10", "2025年10月底前", PLAN),
            (CH, "成本指标", "公共法律服务体系建设成本", "5", "≤120万元", PLAN),
            (XY, "社会效益指标", "公共法律服务可及性", "20", "显著提升", DOC36),
            (XY, "可持续影响指标", "公共法律服务平台运行", "10", "稳定运行", PLAN),
            (MY, "服务对象满意度指标", "服务对象满意度", "10", "≥95%", Q),
        ],
    ),
    dict(
        name="司法所规范化建设经费", code="13043325P00SFSJ10007D",
        org="馆陶县司法局基层工作股", kind="特定目标类", unit="元",
        total="486000.00", fiscal="400000.00", other="86000.00",
        use="用于柴堡镇、房寨镇、魏僧寨镇、路桥乡4个司法所办公用房修缮、调解室和矫正宣告室标准化改造及必要办公设备购置。",
        goal="完成4个司法所规范化建设并通过验收，基层司法所服务能力有效改善。",
        plan="3月底10%，6月底40%，9月底90%，12月底100%",
        rows=[
            (CH, "数量指标", "规范化司法所建设数量", "20", "4个", DOC36),
            (CH, "质量指标", "建设项目验收合格率", "10", "100%", DOC36),
            (CH, "时效指标", "建设完成时间", "10", "2025年9月底前", PLAN),
            (CH, "成本指标", "司法所规范化建设成本", "10", "≤486000元", PLAN),
            (XY, "社会效益指标", "基层司法所服务能力", "20", "有效改善", DOC36),
            (XY, "可持续影响指标", "改造设施使用年限", "10", "≥10年", PLAN),
            (MY, "服务对象满意度指标", "辖区群众满意度", "10", "≥90%", Q),
        ],
    ),
    dict(
        name="行政复议与应诉工作经费", code="13043325P00XZFY10008F",
        org="馆陶县人民政府行政复议办公室", kind="其他运转类", unit="万元",
        total="18.50", fiscal="18.50", other="0.00",
        use="用于行政复议案件审理、听证、文书送达和行政应诉案件出庭等工作支出。",
        goal="依法办理行政复议案件80件以上，案件按期办结率100%，行政争议实质性化解率达到85%以上。",
        plan=None,
        rows=[
            (CH, "数量指标", "办理行政复议案件数量", "20", "≥80件", LAW_FY),
            (CH, "质量指标", "行政复议案件按期办结率", "15", "100%", LAW_FY),
            (CH, "质量指标", "行政机关负责人出庭应诉率", "5", "≥90%", PLAN),
            (CH, "时效指标", "复议申请受理审查时限", "5", "5个工作日内", LAW_FY),
            (CH, "成本指标", "行政复议与应诉工作经费", "5", "≤18.5万元", PLAN),
            (XY, "社会效益指标", "行政争议实质性化解率", "20", "≥85%", PLAN),
            (XY, "可持续影响指标", "依法行政水平", "10", "持续提升", PLAN),
            (MY, "服务对象满意度指标", "复议申请人满意度", "10", "≥85%", Q),
        ],
    ),
    dict(
        name="刑满释放人员安置帮教经费", code="13043325P00AZBJ10009G",
        org="馆陶县司法局社区矫正和安置帮教股", kind="其他运转类", unit="万元",
        total="12.00", fiscal="12.00", other="0.00",
        use="用于刑满释放人员必接必送、走访帮教、过渡性安置和技能培训补助等支出。",
        goal="刑满释放人员衔接率100%，帮教对象150人以上，重新违法犯罪率控制在1%以下。",
        plan=None,
        rows=[
            (CH, "数量指标", "安置帮教对象人数", "20", "≥150人", PLAN),
            (CH, "质量指标", "刑满释放人员衔接率", "15", "100%", PLAN),
            (CH, "时效指标", "衔接帮教启动时限", "10", "出狱后5日内", PLAN),
            (CH, "成本指标", "安置帮教经费", "5", "≤12万元", PLAN),
            (XY, "社会效益指标", "帮教对象重新违法犯罪率", "20", "≤1%", PLAN),
            (XY, "可持续影响指标", "社会面稳定", "10", "有效维护", PLAN),
            (MY, "服务对象满意度指标", "帮教对象满意度", "10", "≥88%", Q),
        ],
    ),
    dict(
        name="法治政府建设示范创建经费", code="13043325P00FZZF10010H",
        org="中共馆陶县委全面依法治县委员会办公室", kind="特定目标类", unit="万元",
        total="25.00", fiscal="20.00", other="5.00",
        use="用于法治政府建设示范创建材料编制、行政执法人员培训、法治督察和规范性文件合法性审核等支出。",
        goal="完成法治政府建设示范创建申报，规范性文件合法性审核率100%，培训行政执法人员500人次以上。",
        plan="3月底30%，6月底60%，9月底85%，12月底100%",
        rows=[
            (CH, "数量指标", "法治督察及合法性审查事项", "15", "≥200件", DOC21),
            (CH, "数量指标", "行政执法人员培训人次", "10", "≥500人次", DOC21),
            (CH, "质量指标", "规范性文件合法性审核率", "10", "100%", DOC21),
            (CH, "时效指标", "示范创建申报材料报送时间", "10", "2025年8月底前", PLAN),
            (CH, "成本指标", "法治政府建设示范创建经费", "5", "≤25万元", PLAN),
            (XY, "社会效益指标", "法治政府建设群众认可度", "20", "≥85%", PLAN),
            (XY, "可持续影响指标", "法治政府建设长效机制", "10", "有效建立", PLAN),
            (MY, "服务对象满意度指标", "相关单位满意度", "10", "≥90%", Q),
        ],
    ),
]


def total_wan():
    s = Decimal(0)
    for pj in PROJECTS:
        v = Decimal(pj["total"])
        s += v / 10000 if pj["unit"] == "元" else v
    return s


def prose():
    n = len(PROJECTS)
    tot = f"{total_wan():.2f}"
    return [
        ("Heading 1", "一、部门职能"),
        ("Normal", "馆陶县司法局是县政府工作部门，主要职责是：负责全面依法治县工作的统筹协调，承担县委全面依法治县委员会办公室"
                   "日常工作；承担县政府行政复议、行政应诉工作；负责拟订并组织实施全县法治宣传教育规划，推进普法和依法治理；"
                   "指导管理人民调解、社区矫正和刑满释放人员安置帮教工作；负责法律援助和公共法律服务体系建设；指导监督律师和"
                   "基层法律服务工作。局属单位有馆陶县法律援助中心、馆陶县公共法律服务中心，下设8个乡镇司法所。"),
        ("Heading 1", "二、年度总体目标"),
        ("Normal", "2025年，馆陶县司法局围绕“法治馆陶”建设，统筹推进法治政府建设示范创建、矛盾纠纷多元化解和公共法律服务"
                   "提质增效：全年办理法律援助案件600件以上，人民调解成功率保持在96%以上，社区矫正对象再犯罪率控制在0.2%以下，"
                   "完成4个司法所规范化建设，村级公共法律服务工作室实现全覆盖。"
                   f"全年安排项目支出{n}个，预算合计{tot}万元。"),
        ("Heading 1", "三、保障措施"),
        ("Normal", "（一）加强组织领导。成立由局党组书记任组长的预算绩效管理领导小组，各股室、中心和司法所主要负责人为项目"
                   "绩效第一责任人，将绩效目标完成情况纳入年度考核。"),
        ("Normal", "（二）强化资金管理。项目资金实行“经办股室申请、分管领导审核、局长审批”的“双签”审批制度，严格执行国库"
                   "集中支付和政府采购规定，专款专用，严禁挤占挪用。"),
        ("Normal", "（三）开展绩效运行监控。每季度末对项目资金支出进度和绩效目标实现程度开展一次运行监控，对支出进度滞后于"
                   "计划10个百分点以上的项目及时约谈并督促整改；年度终了开展绩效自评，自评结果作为下年度预算安排的重要依据。"),
        ("Normal", "（四）推进信息公开。绩效目标随部门预算一并向社会公开，自觉接受人大、审计和社会各界监督。"),
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
    u = pj["unit"]
    items = [
        ("项目名称", pj["name"]),
        ("项目编码", pj["code"]),
        ("主管部门", DEPT),
        ("实施单位", pj["org"]),
        ("项目类别", pj["kind"]),
        (f"资金总额（{u}）", pj["total"]),
        ("其中：财政拨款", pj["fiscal"]),
        ("其中：其他资金", pj["other"]),
        ("资金用途", pj["use"]),
        ("年度目标", pj["goal"]),
    ]
    if pj["plan"]:
        items.append(("资金支出计划", pj["plan"]))
    t = doc.add_table(rows=len(items), cols=2)
    t.style = "Table Grid"
    for i, (label, value) in enumerate(items):
        set_cell(t.cell(i, 0), label, bold=True)
        set_cell(t.cell(i, 1), value)
        t.cell(i, 0).width = Cm(3.5)
        t.cell(i, 1).width = Cm(12.5)


def merge_runs(table, col, values, first_row):
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        cell = table.cell(first_row + i, col)
        if j > i:
            cell = cell.merge(table.cell(first_row + j, col))
        set_cell(cell, values[i], center=True)
        i = j + 1


def add_indicator_table(doc, pj):
    rows = pj["rows"]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "分值", "指标值", "指标值确定依据")):
        set_cell(t.cell(0, j), h, bold=True, center=True)
    for i, row in enumerate(rows, start=1):
        for j in (2, 3, 4, 5):
            set_cell(t.cell(i, j), row[j], center=(j == 3))
    merge_runs(t, 0, [r[0] for r in rows], 1)
    merge_runs(t, 1, [r[1] for r in rows], 1)


def check():
    codes = set()
    for pj in PROJECTS:
        assert len(pj["code"]) == 21 and pj["code"].startswith("13043325P00"), pj["code"]
        assert pj["code"] not in codes
        codes.add(pj["code"])
        assert Decimal(pj["total"]) == Decimal(pj["fiscal"]) + Decimal(pj["other"]), pj["name"]
        cost = [r for r in pj["rows"] if r[1] == "成本指标" and r[4].endswith(pj["unit"]) and "≤" in r[4]]
        if cost:  # project 3 states a per-case standard (元/件) instead of a total
            assert Decimal(cost[0][4].strip("≤").removesuffix(pj["unit"])) == Decimal(pj["total"]), pj["name"]
        assert sum(int(r[3]) for r in pj["rows"]) == 90, pj["name"]
    assert 8 <= len(PROJECTS) <= 10


def build(path=OUT):
    check()
    doc = Document()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(18)
    for style, text in prose():
        doc.add_paragraph(text, style=style)
    doc.add_page_break()
    doc.add_paragraph("四、项目支出绩效目标", style="Heading 1")
    nums = "一二三四五六七八九十"
    for n, pj in enumerate(PROJECTS):
        doc.add_paragraph(f"（{nums[n]}）{pj['name']}", style="Heading 2")
        unit_line = doc.add_paragraph(f"金额单位：{pj['unit']}")
        unit_line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_header_table(doc, pj)
        doc.add_paragraph("绩效指标：")
        add_indicator_table(doc, pj)
        doc.add_paragraph("")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
