"""Build eval/heldout/docs/jiaotong-2025.docx: 成安县交通运输局 2025年度部门预算项目绩效目标 (invented content).

Layout (differs from the 魏县 and 临漳 documents):
  * 第一部分 prose: 一、部门职能 / 二、2025年度总体绩效目标 (with numbered sub-goals) / 三、保障措施;
  * 第二部分: per project a heading «项目N：项目名称», then ONE table holding both the header block and the
    indicator block (6 grid columns):
      项目名称 | name                                     (merged 1-5)
      主管部门 | dept (1-2)  | 实施单位 | unit (4-5)
      项目编码 | code (1-2)  | 项目属性 | 经常性/一次性 (4-5)
      项目资金（万元|元） (merged down 2 rows) | 年度资金总额 (1-2) | 其中：财政拨款 (3-4) | 其他资金
                                              | value (1-2)       | value (3-4)         | value
      项目概况 | text (1-5)
      [资金支出进度计划（累计） (merged down) | 3月底 | 6月底 | 9月底 | 12月底 (4-5)]  -- some projects only
      年度绩效目标 | text (1-5)
      一级指标 | 二级指标 | 三级指标 (2-3) | 指标值 | 指标值设定依据
      indicator rows; 一级指标 merged down, 二级指标 merged down when repeated.
  * project 5 (交通运输安全生产监管经费) is in 元 (the money label says 项目资金（元）).

Run:  /work/main/.venv/bin/python eval/heldout/v4_script/make_jiaotong.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "docs" / "jiaotong-2025.docx"
DEPT = "成安县交通运输局"

Q = "问卷调查"
PLAN = "年度工作计划"

PROJECTS = [
    dict(
        name="农村公路日常养护经费", code="13042425P00NLYH100011", unit_name="成安县农村公路管理所",
        attr="经常性项目", money_unit="万元", total="860.00", fiscal="860.00", other="",
        use="用于全县县道、乡道、村道日常养护，包括路面坑槽修补、路肩整理、边沟清淤、标志标线维护及路域环境整治。",
        plan=("20%", "50%", "75%", "100%"),
        goal="完成全县1268公里农村公路日常养护，处治路面病害3.5万平方米以上，农村公路优良中等路率达到85%以上，保障农村公路安全畅通。",
        rows=[
            ("产出指标", "数量指标", "农村公路日常养护里程", "=1268公里", "《农村公路养护管理办法》（交通运输部令2015年第22号）"),
            ("产出指标", "数量指标", "路面病害处治面积", "≥3.5万平方米", PLAN),
            ("产出指标", "质量指标", "农村公路优良中等路率", "≥85%", "交公路规〔2023〕1号"),
            ("产出指标", "时效指标", "路面病害处治及时率", "≥95%", PLAN),
            ("产出指标", "成本指标", "每公里年度养护成本", "≤0.68万元", "冀交规〔2022〕5号"),
            ("效益指标", "社会效益指标", "农村群众出行条件", "明显改善", PLAN),
            ("效益指标", "可持续影响指标", "农村公路养护长效机制", "长期有效", "冀交规〔2022〕5号"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", Q),
        ],
    ),
    dict(
        name="国省干线公路大中修工程县级配套资金", code="13042425P00GSGX10002C", unit_name="成安县公路建设养护中心",
        attr="一次性项目", money_unit="万元", total="2450.00", fiscal="1850.00", other="600.00",
        use="用于G309、S313成安段路面大中修工程县级配套，主要内容为旧路面铣刨重铺、桥梁伸缩缝更换及交通安全设施完善。",
        plan=("10%", "35%", "70%", "100%"),
        goal="完成国省干线公路大中修12公里，更换桥梁伸缩缝6处以上，交工验收合格率100%，2025年10月底前完工，路段通行效率明显提高。",
        rows=[
            ("产出指标", "数量指标", "路面大中修里程", "=12公里", "冀交公〔2024〕118号"),
            ("产出指标", "数量指标", "桥梁伸缩缝更换", "≥6处", PLAN),
            ("产出指标", "质量指标", "交工验收合格率", "100%", "《公路工程质量检验评定标准》（JTG F80/1-2017）"),
            ("产出指标", "时效指标", "工程完工时间", "2025年10月底前完成", PLAN),
            ("产出指标", "成本指标", "大中修工程县级配套投资", "≤2450万元", "冀交公〔2024〕118号"),
            ("效益指标", "经济效益指标", "路段平均通行时间缩短", "≥10%", PLAN),
            ("效益指标", "社会效益指标", "路段交通事故起数较上年下降", "≥5%", PLAN),
            ("满意度指标", "服务对象满意度指标", "过往司乘人员满意度", "不低于90%", Q),
        ],
    ),
    dict(
        name="冀财建〔2024〕156号提前下达2025年农村客运补贴资金", code="13042425P00NKBT10003D",
        unit_name="成安县道路运输服务中心",
        attr="经常性项目", money_unit="万元", total="318.60", fiscal="318.60", other="",
        use="按照城乡道路客运成品油价格补助政策，对农村客运班线车辆和巡游出租汽车经营者发放运营补贴，稳定城乡客运服务。",
        plan=("0%", "50%", "50%", "100%"),
        goal="对46辆以上农村客运车辆、120辆以上出租汽车发放补贴，补贴资金发放准确率100%，年底前全部发放到位，保障城乡客运稳定运行。",
        rows=[
            ("产出指标", "数量指标", "补贴农村客运车辆数", "≥46辆", "财建〔2021〕159号"),
            ("产出指标", "数量指标", "补贴巡游出租汽车数", "≥120辆", "财建〔2021〕159号"),
            ("产出指标", "质量指标", "补贴资金发放准确率", "100%", "冀财建〔2024〕156号"),
            ("产出指标", "时效指标", "补贴资金发放时间", "2025年12月底前", "冀财建〔2024〕156号"),
            ("产出指标", "成本指标", "客运补贴资金总额", "≤318.6万元", "冀财建〔2024〕156号"),
            ("效益指标", "社会效益指标", "具备条件的建制村通客车率", "100%", "交运规〔2023〕4号"),
            ("效益指标", "可持续影响指标", "城乡客运服务", "持续稳定", PLAN),
            ("满意度指标", "服务对象满意度指标", "客运经营者满意度", "≥85%", Q),
        ],
    ),
    dict(
        name="公路超限超载治理经费", code="13042425P00ZCJC10004F", unit_name="成安县交通运输综合行政执法大队",
        attr="经常性项目", money_unit="万元", total="135.00", fiscal="135.00", other="",
        use="用于成安超限检测站日常运行、称重检测设备检定维护、路面联合巡查执法及卸载货物存放。",
        plan=None,
        goal="全年开展路面巡查执法240次以上，检测货车6万辆次以上，干线公路货车超限率控制在0.5%以内，保护公路桥梁安全。",
        rows=[
            ("产出指标", "数量指标", "路面巡查执法次数", "≥240次", PLAN),
            ("产出指标", "数量指标", "检测货车数量", "≥6万辆次", PLAN),
            ("产出指标", "质量指标", "干线公路货车超限率", "≤0.5%", "冀交规〔2022〕5号"),
            ("产出指标", "时效指标", "超限案件按期办结率", "100%", "《中华人民共和国行政处罚法》"),
            ("产出指标", "成本指标", "治超站运行经费", "≤135万元", PLAN),
            ("效益指标", "社会效益指标", "公路桥梁安全运行", "有效保障", "《公路法》"),
            ("满意度指标", "服务对象满意度指标", "货运经营者满意度", "≥80%", Q),
        ],
    ),
    dict(
        name="交通运输安全生产监管经费", code="13042425P000011100217", unit_name="成安县交通运输局（本级）",
        attr="经常性项目", money_unit="元", total="480000.00", fiscal="480000.00", other="",
        use="用于道路运输、公路水运工程等领域安全生产检查、隐患排查治理、应急演练及安全培训。",
        plan=("25%", "50%", "75%", "100%"),
        goal="全年开展安全生产检查48次以上，组织应急演练3次以上，排查隐患整改率100%，不发生较大及以上交通运输安全生产事故。",
        rows=[
            ("产出指标", "数量指标", "安全生产检查次数", "≥48次", PLAN),
            ("产出指标", "数量指标", "应急演练次数", "≥3次", "冀交安〔2024〕7号"),
            ("产出指标", "质量指标", "安全隐患整改率", "100%", "《中华人民共和国安全生产法》"),
            ("产出指标", "时效指标", "隐患整改时限", "发现后15日内", PLAN),
            ("产出指标", "成本指标", "安全监管工作经费", "≤480000元", PLAN),
            ("效益指标", "社会效益指标", "较大及以上安全生产事故", "0起", PLAN),
            ("满意度指标", "服务对象满意度指标", "运输企业满意度", "≥90%", Q),
        ],
    ),
    dict(
        name="农村公路危桥改造工程", code="13042425P00WQGZ10006H", unit_name="成安县公路建设养护中心",
        attr="一次性项目", money_unit="万元", total="1320.00", fiscal="1000.00", other="320.00",
        use="对经技术状况评定为四、五类的8座农村公路危桥实施拆除重建或加固改造。",
        plan=("10%", "40%", "80%", "100%"),
        goal="完成8座农村公路危桥改造，改造桥梁总长260延米以上，改造后技术状况达到二类及以上，2025年11月底前完成，消除桥梁安全隐患。",
        rows=[
            ("产出指标", "数量指标", "改造危桥数量", "=8座", "交公路规〔2023〕1号"),
            ("产出指标", "数量指标", "改造桥梁总长", "≥260延米", PLAN),
            ("产出指标", "质量指标", "改造后桥梁技术状况", "达到二类及以上", "《公路桥涵养护规范》（JTG 5120-2021）"),
            ("产出指标", "时效指标", "改造完工时间", "2025年11月底前完成", PLAN),
            ("产出指标", "成本指标", "单座危桥改造平均成本", "≤165万元", "冀交规〔2022〕5号"),
            ("效益指标", "社会效益指标", "桥梁安全隐患", "有效消除", PLAN),
            ("效益指标", "可持续影响指标", "改造桥梁设计使用年限", "≥50年", "《公路桥涵设计通用规范》（JTG D60-2015）"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥95%", Q),
        ],
    ),
    dict(
        name="城乡公交一体化运营补贴", code="13042425P00CXGJ10007J", unit_name="成安县道路运输服务中心",
        attr="经常性项目", money_unit="万元", total="560.00", fiscal="560.00", other="",
        use="对承担城乡公交线路运营的企业按运营里程和客运量给予政策性亏损补贴，保障城乡公交低票价运营。",
        plan=("25%", "50%", "75%", "100%"),
        goal="保障14条以上城乡公交线路、70辆以上公交车正常运营，全年客运量300万人次以上，建制村公交通达率100%，票价不高于2元。",
        rows=[
            ("产出指标", "数量指标", "城乡公交线路数", "≥14条", PLAN),
            ("产出指标", "数量指标", "运营公交车辆数", "≥70辆", PLAN),
            ("产出指标", "质量指标", "公交车辆准点率", "≥92%", "交运规〔2023〕4号"),
            ("产出指标", "质量指标", "建制村公交通达率", "100%", "交运规〔2023〕4号"),
            ("产出指标", "时效指标", "补贴拨付时间", "每季度末拨付", PLAN),
            ("产出指标", "成本指标", "城乡公交运营补贴", "≤560万元", "成政办〔2024〕21号"),
            ("效益指标", "经济效益指标", "城乡公交单程票价", "不高于2元", "成政办〔2024〕21号"),
            ("效益指标", "社会效益指标", "城乡公交年客运量", "≥300万人次", PLAN),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", Q),
        ],
    ),
    dict(
        name="交通运输综合行政执法装备购置", code="13042425P00ZFZB10008L", unit_name="成安县交通运输综合行政执法大队",
        attr="一次性项目", money_unit="万元", total="96.50", fiscal="96.50", other="",
        use="购置执法记录仪、移动执法终端等执法装备，推进交通运输执法全过程记录和规范化建设。",
        plan=None,
        goal="购置执法记录仪40台以上、移动执法终端20套以上，设备验收合格率100%，2025年6月底前完成采购，执法规范化水平明显提升。",
        rows=[
            ("产出指标", "数量指标", "购置执法记录仪", "≥40台", PLAN),
            ("产出指标", "数量指标", "购置移动执法终端", "≥20套", PLAN),
            ("产出指标", "质量指标", "设备验收合格率", "100%", "《中华人民共和国政府采购法》"),
            ("产出指标", "时效指标", "采购完成时间", "2025年6月底前完成", PLAN),
            ("产出指标", "成本指标", "执法装备购置成本", "≤96.5万元", PLAN),
            ("效益指标", "社会效益指标", "交通运输执法规范化水平", "明显提升", "冀交法〔2023〕12号"),
        ],
    ),
    dict(
        name="农村公路安全生命防护工程", code="13042425P00AFGC10009N", unit_name="成安县农村公路管理所",
        attr="一次性项目", money_unit="万元", total="740.00", fiscal="540.00", other="200.00",
        use="在临水临崖、急弯陡坡、平交路口等事故易发路段增设波形护栏、警示标志、减速带和道口桩。",
        plan=("15%", "45%", "80%", "100%"),
        goal="完成85公里以上农村公路安全生命防护工程，新增波形护栏26公里以上，2025年10月底前完工，农村公路交通安全水平明显提升。",
        rows=[
            ("产出指标", "数量指标", "实施安防工程里程", "≥85公里", "冀交公〔2024〕118号"),
            ("产出指标", "数量指标", "新增波形护栏长度", "≥26公里", PLAN),
            ("产出指标", "质量指标", "工程交工验收合格率", "100%", PLAN),
            ("产出指标", "时效指标", "工程完工时间", "2025年10月底前完成", PLAN),
            ("产出指标", "成本指标", "每公里安防工程平均造价", "≤8.7万元", PLAN),
            ("效益指标", "社会效益指标", "农村公路交通事故死亡人数", "较上年下降", PLAN),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥92%", Q),
        ],
    ),
    dict(
        name="公路应急抢险物资储备", code="13042425P00YJCB10010Q", unit_name="成安县公路建设养护中心",
        attr="经常性项目", money_unit="万元", total="58.00", fiscal="58.00", other="",
        use="储备融雪剂、防滑料、编织袋等公路应急抢险物资，开展冬季除雪保通和汛期抢险演练。",
        plan=None,
        goal="储备融雪剂300吨以上，开展应急抢险演练2次以上，应急物资完好率95%以上，恶劣天气下干线公路保通率98%以上。",
        rows=[
            ("产出指标", "数量指标", "融雪剂储备量", "≥300吨", PLAN),
            ("产出指标", "数量指标", "应急抢险演练次数", "≥2次", PLAN),
            ("产出指标", "质量指标", "应急物资完好率", "≥95%", PLAN),
            ("产出指标", "时效指标", "应急响应时间", "≤2小时", "《河北省公路交通突发事件应急预案》"),
            ("产出指标", "成本指标", "应急物资储备经费", "≤58万元", PLAN),
            ("效益指标", "社会效益指标", "恶劣天气干线公路保通率", "≥98%", PLAN),
            ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", Q),
        ],
    ),
]


def total_wan():
    s = 0.0
    for p in PROJECTS:
        v = float(p["total"])
        s += v / 10000 if p["money_unit"] == "元" else v
    return s


def prose():
    n = len(PROJECTS)
    return [
        ("Title", "成安县交通运输局2025年度部门预算项目绩效目标"),
        ("Heading 1", "第一部分 部门概况及整体绩效目标"),
        ("Heading 2", "一、部门职能"),
        ("Normal", "成安县交通运输局是县政府工作部门，主要负责全县公路、道路运输行业管理；组织实施国省干线公路和农村公路"
                   "建设、养护和管理；负责城乡客运、出租汽车和道路货运管理；负责交通运输安全生产监督管理和交通运输综合行政执法。"
                   "局属单位有成安县公路建设养护中心、成安县农村公路管理所、成安县道路运输服务中心和成安县交通运输综合行政执法大队。"),
        ("Heading 2", "二、2025年度总体绩效目标"),
        ("Normal", f"2025年，我局共安排项目支出{n}个，资金合计{total_wan():.2f}万元。围绕“四好农村路”高质量发展和城乡交通运输一体化，"
                   "重点完成以下目标："),
        ("Normal", "（一）路网养护。完成1268公里农村公路日常养护和12公里国省干线大中修，农村公路优良中等路率达到85%以上。"),
        ("Normal", "（二）安全保障。完成8座危桥改造和85公里安全生命防护工程，不发生较大及以上交通运输安全生产事故。"),
        ("Normal", "（三）运输服务。保障14条城乡公交线路稳定运营，具备条件的建制村通客车率保持100%。"),
        ("Normal", "（四）执法监管。干线公路货车超限率控制在0.5%以内，执法全过程记录覆盖率100%。"),
        ("Heading 2", "三、保障措施"),
        ("Normal", "1.压实责任。实行项目负责人制，局属单位主要负责人对本单位项目绩效目标实现负总责。"),
        ("Normal", "2.强化监控。每季度开展一次绩效运行监控，对执行进度滞后、偏离绩效目标的项目及时督促整改。"),
        ("Normal", "3.规范资金管理。严格执行国库集中支付和政府采购制度，工程项目按进度拨款，补贴资金通过“一卡通”或对公账户直接拨付。"),
        ("Normal", "4.加强结果应用。年度终了开展绩效自评，自评结果作为下年度预算安排的重要依据。"),
        ("Heading 1", "第二部分 项目支出绩效目标表"),
    ]


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.size = Pt(9)
    run.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def merge_runs(t, col, values, first_row, last_col=None):
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        cell = t.cell(first_row + i, col)
        if last_col is not None:
            cell = cell.merge(t.cell(first_row + i, last_col))
        if j > i:
            cell = cell.merge(t.cell(first_row + j, col if last_col is None else last_col))
        set_cell(cell, values[i], center=True)
        i = j + 1


def add_project_table(doc, pj):
    n_head = 8 + (2 if pj["plan"] else 0)
    rows = pj["rows"]
    t = doc.add_table(rows=n_head + len(rows), cols=6)
    t.style = "Table Grid"
    r = 0
    set_cell(t.cell(r, 0), "项目名称", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["name"])
    r += 1
    set_cell(t.cell(r, 0), "主管部门", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), DEPT)
    set_cell(t.cell(r, 3), "实施单位", bold=True)
    set_cell(t.cell(r, 4).merge(t.cell(r, 5)), pj["unit_name"])
    r += 1
    set_cell(t.cell(r, 0), "项目编码", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), pj["code"])
    set_cell(t.cell(r, 3), "项目属性", bold=True)
    set_cell(t.cell(r, 4).merge(t.cell(r, 5)), pj["attr"])
    r += 1
    set_cell(t.cell(r, 0).merge(t.cell(r + 1, 0)), f"项目资金（{pj['money_unit']}）", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), "年度资金总额", center=True)
    set_cell(t.cell(r, 3).merge(t.cell(r, 4)), "其中：财政拨款", center=True)
    set_cell(t.cell(r, 5), "其他资金", center=True)
    set_cell(t.cell(r + 1, 1).merge(t.cell(r + 1, 2)), pj["total"], center=True)
    set_cell(t.cell(r + 1, 3).merge(t.cell(r + 1, 4)), pj["fiscal"], center=True)
    set_cell(t.cell(r + 1, 5), pj["other"], center=True)
    r += 2
    set_cell(t.cell(r, 0), "项目概况", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["use"])
    r += 1
    if pj["plan"]:
        set_cell(t.cell(r, 0).merge(t.cell(r + 1, 0)), "资金支出进度计划（累计）", bold=True)
        for k, m in enumerate(["3月底", "6月底", "9月底"]):
            set_cell(t.cell(r, 1 + k), m, center=True)
            set_cell(t.cell(r + 1, 1 + k), pj["plan"][k], center=True)
        set_cell(t.cell(r, 4).merge(t.cell(r, 5)), "12月底", center=True)
        set_cell(t.cell(r + 1, 4).merge(t.cell(r + 1, 5)), pj["plan"][3], center=True)
        r += 2
    set_cell(t.cell(r, 0), "年度绩效目标", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["goal"])
    r += 1
    for k, h in [(0, "一级指标"), (1, "二级指标"), (4, "指标值"), (5, "指标值设定依据")]:
        set_cell(t.cell(r, k), h, bold=True, center=True)
    set_cell(t.cell(r, 2).merge(t.cell(r, 3)), "三级指标", bold=True, center=True)
    r += 1
    first = r
    merge_runs(t, 0, [x[0] for x in rows], first)
    merge_runs(t, 1, [x[1] for x in rows], first)
    for i, x in enumerate(rows):
        set_cell(t.cell(first + i, 2).merge(t.cell(first + i, 3)), x[2])
        set_cell(t.cell(first + i, 4), x[3], center=True)
        set_cell(t.cell(first + i, 5), x[4])


def build(path=OUT):
    doc = Document()
    for style, text in prose():
        doc.add_paragraph(text, style=style)
    for i, pj in enumerate(PROJECTS, 1):
        doc.add_paragraph(f"项目{i}：{pj['name']}", style="Heading 3")
        add_project_table(doc, pj)
        doc.add_paragraph("")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
