"""Write eval/heldout/docs/guantao-2025.xlsx: 馆陶县应急管理局 2025年度部门预算项目绩效目标 (invented content).

The file imitates a budget system's Excel export:
  * sheet «部门整体绩效目标»: a title, then label cells in column A and prose merged across B:F
    (部门名称, 部门职责, 项目支出合计 with 财政拨款 / 其他资金 side by side, 年度总体绩效目标, 保障措施);
  * one sheet per project, titled by a short name, holding
      - title «项目支出绩效目标表（2025年度）», «填报单位：…» and «金额单位：万元» (or «金额单位：元»);
      - a header block with labels and values side by side: 项目名称; 项目编码 | 项目类别; 主管部门 | 实施单位;
        项目属性 | 项目期限; 资金总额（万元） | value | 财政拨款 | value | 其他资金 | value (numeric cells);
        资金用途; on 7 of 10 projects 资金支出计划（累计） with 3月底 / 6月底 / 9月底 / 12月底 (text like «20%»);
        年度绩效目标;
      - a title row «绩效指标» and the indicator block
        一级指标 | 二级指标 | 三级指标 (C:D merged) | 指标值 | 指标值确定依据,
        一级指标 merged down, repeated consecutive 二级指标 merged down;
      - a footer «填报日期：…».
Project 6 (应急广播) is printed in 元; project 9 (救援装备) has no 满意度指标; project 7's name carries
馆政办〔2024〕27号.  Money adds up: 资金总额 = 财政拨款 + 其他资金, and every 成本指标 equals the 资金总额.

Run:  /work/main/.venv/bin/python eval/heldout/v6_script/make_guantao.py
"""
import io
import re
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = Path(__file__).resolve().parents[1] / "docs" / "guantao-2025.xlsx"
DEPT = "馆陶县应急管理局"
BENJI = "馆陶县应急管理局（本级）"
ZFD = "馆陶县应急管理综合行政执法队"
WZ = "馆陶县应急物资储备中心"
FW = "馆陶县应急管理服务中心"
JYD = "馆陶县综合应急救援大队"

JY12 = "冀应急〔2024〕12号"
HY8 = "邯应急〔2024〕8号"
HY3 = "邯应急〔2025〕3号"
GZB = "馆政办〔2024〕27号"
WQ = "问卷调查"
PLAN = "2025年度工作计划"

D = Decimal

# Indicator rows: (一级, 二级, 三级, 指标值, 依据)
CC, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, KC, JJ = "社会效益指标", "可持续影响指标", "经济效益指标"
FWMY = "服务对象满意度指标"

PROJECTS = [
    dict(
        short="安全执法",
        name="安全生产监管执法专项经费",
        code="13043325P00AQJC100015",
        cat="特定目标类", attr="延续项目", unit=ZFD, term="2025年1月—2025年12月",
        money_unit="万元", total=D("168.00"), fiscal=D("168.00"), other=D("0.00"),
        use="用于全县工矿商贸、危险化学品、烟花爆竹等行业领域安全生产执法检查，执法车辆运行、执法取证装备维护、"
            "执法文书印制及第三方技术检测等支出。",
        plan=["20%", "50%", "75%", "100%"],
        goal="对全县工矿商贸和危险化学品等重点行业领域企业开展执法检查600家次以上，重大事故隐患整改率100%，"
             "执法文书规范率95%以上，坚决遏制较大及以上生产安全事故发生。",
        rows=[
            ("产出指标", CC, "执法检查企业家次", "≥600家次", JY12),
            ("产出指标", CC, "“双随机”抽查企业数量", "≥120家", JY12),
            ("产出指标", ZL, "重大事故隐患整改率", "=100%", "《中华人民共和国安全生产法》"),
            ("产出指标", ZL, "执法文书规范率", "≥95%", "2025年度执法检查计划"),
            ("产出指标", SX, "年度执法检查计划完成时间", "2025年11月底前", "2025年度执法检查计划"),
            ("产出指标", CB, "安全生产执法检查经费", "≤168万元", "2025年度执法检查计划"),
            ("效益指标", SH, "较大及以上生产安全事故起数", "0起", "《中华人民共和国安全生产法》"),
            ("效益指标", KC, "企业安全生产主体责任落实", "持续强化", "2025年度执法检查计划"),
            ("满意度指标", FWMY, "被检查企业满意度", "≥90%", WQ),
        ],
    ),
    dict(
        short="应急物资",
        name="应急物资储备及更新经费",
        code="13043325P004712100023",
        cat="特定目标类", attr="延续项目", unit=WZ, term="2025年1月—2025年12月",
        money_unit="万元", total=D("235.00"), fiscal=D("200.00"), other=D("35.00"),
        use="用于采购补充帐篷、折叠床、棉被、救生衣等救灾物资，更新过期及损耗物资，支付县级应急物资储备库仓储管理"
            "和日常维护费用。",
        plan=["30%", "100%", "100%", "100%"],
        goal="补充更新帐篷300顶、折叠床800张、棉被1500床等救灾物资，县级应急物资储备库物资账实相符率100%，"
             "确保灾害发生后4小时内物资调拨到位，保障受灾群众基本生活。",
        rows=[
            ("产出指标", CC, "储备救灾帐篷", "≥300顶", HY8),
            ("产出指标", CC, "储备折叠床", "≥800张", HY8),
            ("产出指标", CC, "储备棉被", "≥1500床", HY8),
            ("产出指标", ZL, "储备物资账实相符率", "=100%", "《中华人民共和国突发事件应对法》"),
            ("产出指标", SX, "应急物资调拨到位时间", "≤4小时", HY8),
            ("产出指标", CB, "应急物资采购及仓储经费", "≤235万元", PLAN),
            ("效益指标", SH, "受灾群众基本生活保障", "有效保障", "《中华人民共和国突发事件应对法》"),
            ("满意度指标", FWMY, "受灾群众满意度", "≥90%", WQ),
        ],
    ),
    dict(
        short="防汛抗旱",
        name="防汛抗旱应急保障经费",
        code="13043325P00FXKH10003C",
        cat="特定目标类", attr="延续项目", unit=BENJI, term="2025年1月—2025年12月",
        money_unit="万元", total=D("320.00"), fiscal=D("320.00"), other=D("0.00"),
        use="用于汛前隐患排查、防汛应急演练、防汛物资补充、汛期24小时值班值守及卫运河重点堤段巡查抢险等支出。",
        plan=["10%", "60%", "90%", "100%"],
        goal="汛前完成卫运河等重点河段隐患排查，组织防汛应急演练3次，补充编织袋50000条、救生衣600件，"
             "汛期值班到岗率100%，确保安全度汛，不发生因洪涝灾害造成的人员死亡。",
        rows=[
            ("产出指标", CC, "防汛应急演练次数", "=3次", JY12),
            ("产出指标", CC, "补充防汛编织袋", "≥50000条", JY12),
            ("产出指标", CC, "补充救生衣", "≥600件", "2025年度防汛应急预案"),
            ("产出指标", ZL, "汛期值班到岗率", "=100%", "《中华人民共和国防洪法》"),
            ("产出指标", SX, "险情响应到达时间", "≤1小时", "2025年度防汛应急预案"),
            ("产出指标", SX, "汛前隐患排查完成时间", "2025年5月底前", "2025年度防汛应急预案"),
            ("产出指标", CB, "防汛抗旱应急保障经费", "≤320万元", PLAN),
            ("效益指标", SH, "因洪涝灾害死亡人数", "0人", "《中华人民共和国防洪法》"),
            ("满意度指标", FWMY, "沿河群众满意度", "≥85%", WQ),
        ],
    ),
    dict(
        short="乡镇应急站",
        name="乡镇应急管理站标准化建设补助资金",
        code="13043325P00JCYJ10004N",
        cat="特定目标类", attr="新增项目", unit=BENJI, term="2025年1月—2025年10月",
        money_unit="万元", total=D("186.50"), fiscal=D("150.00"), other=D("36.50"),
        use="用于全县8个乡镇应急管理站标准化建设补助，配备应急通信、照明、破拆、排涝等基础应急装备，规范站点标识、"
            "值班场所和工作制度。",
        plan=["15%", "45%", "85%", "100%"],
        goal="完成8个乡镇应急管理站标准化建设，配备基础应急装备160台套以上，标准化建设验收达标率100%，"
             "2025年10月底前全部投入使用，基层应急处置能力明显提升。",
        rows=[
            ("产出指标", CC, "标准化建设乡镇应急管理站", "=8个", HY3),
            ("产出指标", CC, "配备基础应急装备", "≥160台套", HY3),
            ("产出指标", ZL, "标准化建设验收达标率", "=100%", HY3),
            ("产出指标", SX, "建设完成并投入使用时间", "2025年10月底前", PLAN),
            ("产出指标", CB, "乡镇应急站建设补助", "≤186.5万元", PLAN),
            ("效益指标", KC, "基层应急处置能力", "明显提升", PLAN),
            ("满意度指标", FWMY, "乡镇应急工作人员满意度", "不低于88%", WQ),
        ],
    ),
    dict(
        short="安全培训",
        name="安全生产宣传教育培训经费",
        code="13043325P004580100051",
        cat="特定目标类", attr="延续项目", unit=BENJI, term="2025年1月—2025年12月",
        money_unit="万元", total=D("45.00"), fiscal=D("45.00"), other=D("0.00"),
        use="用于企业主要负责人和安全管理人员安全生产培训、“安全生产月”和“安全宣传五进”活动、宣传品制作及"
            "警示教育片放映等支出。",
        plan=None,
        goal="培训企业主要负责人和安全管理人员1200人次以上，开展“安全生产月”等集中宣传活动6场以上，"
             "培训考核合格率95%以上，全民安全意识有效提升。",
        rows=[
            ("产出指标", CC, "企业负责人及安全管理人员培训人次", "≥1200人次", "《安全生产法》"),
            ("产出指标", CC, "集中宣传活动场次", "≥6场", JY12),
            ("产出指标", ZL, "培训考核合格率", "≥95%", JY12),
            ("产出指标", SX, "“安全生产月”活动完成时间", "2025年6月底前", PLAN),
            ("产出指标", CB, "宣传教育培训经费", "≤45万元", PLAN),
            ("效益指标", SH, "从业人员安全意识", "有效提升", PLAN),
            ("满意度指标", FWMY, "参训人员满意度", "≥92%", WQ),
        ],
    ),
    dict(
        short="应急广播",
        name="应急广播及预警信息发布系统运维经费",
        code="13043325P00YJGB10006W",
        cat="其他运转类", attr="延续项目", unit=FW, term="2025年1月—2025年12月",
        money_unit="元", total=D("386000.00"), fiscal=D("386000.00"), other=D("0.00"),
        use="用于全县277个行政村应急广播终端及县级预警信息发布平台的运行维护、线路租赁、故障维修和备品备件购置。",
        plan=None,
        goal="保障全县277个村级应急广播终端和县级预警信息发布平台正常运行，系统正常运行率98%以上，"
             "故障24小时内修复，预警信息公众覆盖率95%以上。",
        rows=[
            ("产出指标", CC, "运维村级应急广播终端", "≥277个", "《中华人民共和国突发事件应对法》"),
            ("产出指标", ZL, "系统正常运行率", "≥98%", "2025年度运维服务合同"),
            ("产出指标", SX, "故障修复时限", "≤24小时", "2025年度运维服务合同"),
            ("产出指标", CB, "系统运维经费", "≤386000元", "2025年度运维服务合同"),
            ("效益指标", SH, "预警信息公众覆盖率", "≥95%", "《中华人民共和国突发事件应对法》"),
            ("满意度指标", FWMY, "村民满意度", "≥95%", WQ),
        ],
    ),
    dict(
        short="危化监测",
        name="馆政办〔2024〕27号危险化学品企业安全风险监测预警系统建设资金",
        code="13043325P00WHJC10007A",
        cat="特定目标类", attr="新增项目", unit=BENJI, term="2025年3月—2025年9月",
        money_unit="万元", total=D("480.00"), fiscal=D("400.00"), other=D("80.00"),
        use="按照馆政办〔2024〕27号要求，建设县级危险化学品企业安全风险监测预警系统，对全县危险化学品生产、储存企业"
            "重大危险源实施压力、温度、液位、可燃有毒气体浓度等在线监测。",
        plan=["0%", "30%", "80%", "100%"],
        goal="接入危险化学品企业15家、在线监测点位320个，重大危险源在线监测覆盖率100%，2025年9月底前建成并通过验收，"
             "实现风险预警信息实时推送。",
        rows=[
            ("产出指标", CC, "接入监测预警系统企业", "≥15家", GZB),
            ("产出指标", CC, "在线监测点位", "≥320个", GZB),
            ("产出指标", ZL, "系统验收合格率", "=100%", "《危险化学品安全管理条例》"),
            ("产出指标", SX, "系统建成验收时间", "2025年9月底前", GZB),
            ("产出指标", CB, "监测预警系统建设经费", "≤480万元", GZB),
            ("效益指标", SH, "重大危险源在线监测覆盖率", "=100%", "《危险化学品安全管理条例》"),
            ("效益指标", KC, "危险化学品安全风险防控能力", "显著增强", PLAN),
            ("满意度指标", FWMY, "接入企业满意度", "≥90%", WQ),
        ],
    ),
    dict(
        short="灾害信息员",
        name="灾害信息员补助及自然灾害风险防治经费",
        code="13043325P004713100088",
        cat="其他运转类", attr="延续项目", unit=BENJI, term="2025年1月—2025年12月",
        money_unit="万元", total=D("72.60"), fiscal=D("72.60"), other=D("0.00"),
        use="用于全县285名乡村两级灾害信息员工作补助、业务培训，以及自然灾害综合风险普查成果更新应用等支出。",
        plan=None,
        goal="为285名灾害信息员发放工作补助，开展灾害信息员业务培训2次以上，灾情信息报送及时率95%以上，"
             "自然灾害风险隐患点动态更新率100%。",
        rows=[
            ("产出指标", CC, "灾害信息员补助人数", "=285人", HY3),
            ("产出指标", CC, "灾害信息员业务培训", "≥2次", HY3),
            ("产出指标", ZL, "风险隐患点动态更新率", "=100%", PLAN),
            ("产出指标", SX, "灾情信息报送及时率", "≥95%", "《自然灾害情况统计调查制度》"),
            ("产出指标", CB, "灾害信息员补助及风险防治经费", "≤72.6万元", PLAN),
            ("效益指标", SH, "灾情信息统计准确率", "≥95%", "《自然灾害情况统计调查制度》"),
            ("满意度指标", FWMY, "灾害信息员满意度", "不低于85%", WQ),
        ],
    ),
    dict(
        short="救援装备",
        name="综合应急救援队伍装备购置",
        code="13043325P00JYZB10009K",
        cat="特定目标类", attr="新增项目", unit=JYD, term="2025年1月—2025年6月",
        money_unit="万元", total=D("260.00"), fiscal=D("210.00"), other=D("50.00"),
        use="用于为县综合应急救援大队购置冲锋舟、大流量排涝泵、破拆工具组和个人防护装备，提升水域救援和城市内涝抢险能力。",
        plan=["40%", "100%", "100%", "100%"],
        goal="购置冲锋舟2艘、大流量排涝泵6台、个人防护装备120套，装备验收合格率100%，2025年6月底前完成采购并列装，"
             "应急救援处置能力有效提升。",
        rows=[
            ("产出指标", CC, "购置冲锋舟", "=2艘", "2025年度装备购置计划"),
            ("产出指标", CC, "购置大流量排涝泵", "≥6台", "2025年度装备购置计划"),
            ("产出指标", CC, "购置个人防护装备", "≥120套", "2025年度装备购置计划"),
            ("产出指标", ZL, "装备验收合格率", "=100%", "《中华人民共和国政府采购法》"),
            ("产出指标", SX, "采购完成时间", "2025年6月底前", "2025年度装备购置计划"),
            ("产出指标", CB, "救援装备购置成本", "≤260万元", "2025年度装备购置计划"),
            ("效益指标", SH, "应急救援处置能力", "有效提升", PLAN),
        ],
    ),
    dict(
        short="专家服务",
        name="安全生产专家技术服务经费",
        code="13043325P00ZJFW10010M",
        cat="其他运转类", attr="延续项目", unit=ZFD, term="2025年1月—2025年12月",
        money_unit="万元", total=D("58.00"), fiscal=D("58.00"), other=D("0.00"),
        use="用于聘请安全生产专家参与重点企业隐患排查、执法检查技术支撑和事故隐患整改复核，支付专家劳务及差旅费用。",
        plan=["25%", "50%", "75%", "100%"],
        goal="聘请安全生产专家20名，对150家重点企业开展专家指导服务，隐患排查报告合格率95%以上，"
             "企业隐患自查自改能力明显提升。",
        rows=[
            ("产出指标", CC, "聘请安全生产专家人数", "≥20名", JY12),
            ("产出指标", CC, "专家指导服务企业数量", "≥150家", JY12),
            ("产出指标", ZL, "隐患排查报告合格率", "≥95%", PLAN),
            ("产出指标", SX, "隐患整改复核完成时限", "≤15个工作日", PLAN),
            ("产出指标", CB, "专家技术服务经费", "≤58万元", PLAN),
            ("效益指标", KC, "企业隐患自查自改能力", "明显提升", PLAN),
            ("满意度指标", FWMY, "服务企业满意度", "≥80%", WQ),
        ],
    ),
]

PLAN_LABELS = ["3月底", "6月底", "9月底", "12月底"]

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(name="宋体", bold=True, size=11)
TITLE_FONT = Font(name="方正小标宋简体", bold=True, size=16)
BODY = Font(name="宋体", size=10)


def wan(p):
    """Project money in 万元."""
    return p["total"] / 10000 if p["money_unit"] == "元" else p["total"]


def check():
    for p in PROJECTS:
        assert p["total"] == p["fiscal"] + p["other"], p["name"]
        cost = [r for r in p["rows"] if r[1] == CB]
        assert len(cost) == 1
        num = D(cost[0][3].lstrip("≤").rstrip("万元").rstrip("元"))
        assert num == p["total"], (p["name"], num, p["total"])
        assert len(p["code"]) == 21, p["code"]


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def put(ws, ref, value, font=BODY, align=WRAP, merge=None, fmt=None):
    c = ws[ref]
    c.value = value
    c.font = font
    c.alignment = align
    if fmt:
        c.number_format = fmt
    if merge:
        ws.merge_cells(merge)
        box(ws, merge)
    else:
        c.border = BORDER
    return c


def money_cell(ws, ref, value, unit):
    fmt = "#,##0.00" if unit == "元" else "0.00"
    put(ws, ref, float(value), align=Alignment(horizontal="right", vertical="center"), fmt=fmt)


def dept_sheet(wb):
    ws = wb.active
    ws.title = "部门整体绩效目标"
    for col, w in zip("ABCDEF", (18, 16, 16, 16, 16, 16)):
        ws.column_dimensions[col].width = w
    total = sum(wan(p) for p in PROJECTS)
    fiscal = sum((p["fiscal"] / 10000 if p["money_unit"] == "元" else p["fiscal"]) for p in PROJECTS)
    other = sum((p["other"] / 10000 if p["money_unit"] == "元" else p["other"]) for p in PROJECTS)
    put(ws, "A1", f"{DEPT}2025年部门整体绩效目标", font=TITLE_FONT, align=CENTER, merge="A1:F1")
    ws.row_dimensions[1].height = 30
    put(ws, "A2", "金额单位：万元", align=Alignment(horizontal="right"), merge="A2:F2")
    put(ws, "A3", "部门名称", font=BOLD, align=CENTER)
    put(ws, "B3", DEPT, merge="B3:F3")
    duty = (f"{DEPT}是县政府工作部门，负责全县应急管理工作，指导各乡镇、各部门应对安全生产类、自然灾害类等突发事件"
            "和综合防灾减灾救灾工作；负责安全生产综合监督管理和工矿商贸行业安全生产监督管理；承担县防汛抗旱指挥部、"
            "县减灾委员会、县安全生产委员会日常工作；负责县级应急物资储备和应急救援力量建设。局属单位有馆陶县应急管理"
            "综合行政执法队、馆陶县应急物资储备中心、馆陶县应急管理服务中心、馆陶县综合应急救援大队。")
    put(ws, "A4", "部门职责", font=BOLD, align=CENTER)
    put(ws, "B4", duty, merge="B4:F4")
    ws.row_dimensions[4].height = 110
    put(ws, "A5", "项目支出合计", font=BOLD, align=CENTER)
    money_cell(ws, "B5", total, "万元")
    put(ws, "C5", "其中：财政拨款", font=BOLD, align=CENTER)
    money_cell(ws, "D5", fiscal, "万元")
    put(ws, "E5", "其他资金", font=BOLD, align=CENTER)
    money_cell(ws, "F5", other, "万元")
    goal = (f"2025年，我局安排项目支出{len(PROJECTS)}个，资金合计{total:.2f}万元，其中财政拨款{fiscal:.2f}万元、"
            f"其他资金{other:.2f}万元。坚持人民至上、生命至上，统筹发展和安全，重点实现以下目标：\n"
            "（一）安全生产形势持续稳定。生产安全事故起数和死亡人数实现“双下降”，坚决遏制较大及以上生产安全事故，"
            "重大事故隐患动态清零。\n"
            "（二）防灾减灾救灾能力明显增强。汛期不发生因洪涝灾害造成的人员死亡，灾害发生后4小时内完成应急物资调拨，"
            "受灾群众基本生活得到有效保障。\n"
            "（三）基层应急基础更加牢固。8个乡镇应急管理站全部实现标准化，村级应急广播和预警信息发布覆盖全县277个行政村。\n"
            "（四）风险监测预警实现突破。建成危险化学品企业安全风险监测预警系统，重大危险源在线监测覆盖率达到100%。")
    put(ws, "A6", "年度总体绩效目标", font=BOLD, align=CENTER)
    put(ws, "B6", goal, merge="B6:F6")
    ws.row_dimensions[6].height = 230
    measures = ("1.压实工作责任。成立由局长任组长的预算绩效管理工作领导小组，各项目实施单位主要负责人为第一责任人，"
                "实行“周调度、月通报”。\n"
                "2.强化执行监控。对照绩效目标按月开展预算执行和绩效目标实现程度“双监控”，执行进度连续两个月滞后的项目"
                "由分管副局长约谈督办。\n"
                "3.规范资金管理。严格执行国库集中支付和政府采购制度，物资和装备采购全部纳入政府采购，灾害信息员补助通过"
                "“一卡通”直接发放到人。\n"
                "4.做实结果应用。年度终了开展绩效自评，自评结果随决算公开，并作为下年度预算安排的重要依据。")
    put(ws, "A7", "保障措施", font=BOLD, align=CENTER)
    put(ws, "B7", measures, merge="B7:F7")
    ws.row_dimensions[7].height = 150


def project_sheet(wb, idx, p):
    ws = wb.create_sheet(p["short"])
    for col, w in zip("ABCDEF", (16, 18, 18, 18, 16, 26)):
        ws.column_dimensions[col].width = w
    mu = p["money_unit"]
    put(ws, "A1", "项目支出绩效目标表（2025年度）", font=TITLE_FONT, align=CENTER, merge="A1:F1")
    ws.row_dimensions[1].height = 28
    ws["A2"] = f"填报单位：{DEPT}"
    ws["A2"].font = BODY
    ws.merge_cells("A2:C2")
    ws["E2"] = f"金额单位：{mu}"
    ws["E2"].font = BODY
    ws["E2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("E2:F2")
    r = 3
    put(ws, f"A{r}", "项目名称", font=BOLD, align=CENTER)
    put(ws, f"B{r}", p["name"], merge=f"B{r}:F{r}")
    r += 1
    put(ws, f"A{r}", "项目编码", font=BOLD, align=CENTER)
    put(ws, f"B{r}", p["code"], merge=f"B{r}:C{r}")
    put(ws, f"D{r}", "项目类别", font=BOLD, align=CENTER)
    put(ws, f"E{r}", p["cat"], merge=f"E{r}:F{r}")
    r += 1
    put(ws, f"A{r}", "主管部门", font=BOLD, align=CENTER)
    put(ws, f"B{r}", DEPT, merge=f"B{r}:C{r}")
    put(ws, f"D{r}", "实施单位", font=BOLD, align=CENTER)
    put(ws, f"E{r}", p["unit"], merge=f"E{r}:F{r}")
    r += 1
    put(ws, f"A{r}", "项目属性", font=BOLD, align=CENTER)
    put(ws, f"B{r}", p["attr"], merge=f"B{r}:C{r}")
    put(ws, f"D{r}", "项目期限", font=BOLD, align=CENTER)
    put(ws, f"E{r}", p["term"], merge=f"E{r}:F{r}")
    r += 1
    put(ws, f"A{r}", f"资金总额（{mu}）", font=BOLD, align=CENTER)
    money_cell(ws, f"B{r}", p["total"], mu)
    put(ws, f"C{r}", "财政拨款", font=BOLD, align=CENTER)
    money_cell(ws, f"D{r}", p["fiscal"], mu)
    put(ws, f"E{r}", "其他资金", font=BOLD, align=CENTER)
    money_cell(ws, f"F{r}", p["other"], mu)
    r += 1
    put(ws, f"A{r}", "资金用途", font=BOLD, align=CENTER)
    put(ws, f"B{r}", p["use"], merge=f"B{r}:F{r}")
    ws.row_dimensions[r].height = 48
    r += 1
    if p["plan"]:
        put(ws, f"A{r}", "资金支出计划（累计）", font=BOLD, align=CENTER, merge=f"A{r}:A{r + 1}")
        for col, lab, val in zip("BCDE", PLAN_LABELS, p["plan"]):
            if col == "E":
                put(ws, f"E{r}", lab, font=BOLD, align=CENTER, merge=f"E{r}:F{r}")
                put(ws, f"E{r + 1}", val, align=CENTER, merge=f"E{r + 1}:F{r + 1}")
            else:
                put(ws, f"{col}{r}", lab, font=BOLD, align=CENTER)
                put(ws, f"{col}{r + 1}", val, align=CENTER)
        r += 2
    put(ws, f"A{r}", "年度绩效目标", font=BOLD, align=CENTER)
    put(ws, f"B{r}", p["goal"], merge=f"B{r}:F{r}")
    ws.row_dimensions[r].height = 60
    r += 2  # one blank row
    put(ws, f"A{r}", "绩效指标", font=BOLD, align=CENTER, merge=f"A{r}:F{r}")
    r += 1
    put(ws, f"A{r}", "一级指标", font=BOLD, align=CENTER)
    put(ws, f"B{r}", "二级指标", font=BOLD, align=CENTER)
    put(ws, f"C{r}", "三级指标", font=BOLD, align=CENTER, merge=f"C{r}:D{r}")
    put(ws, f"E{r}", "指标值", font=BOLD, align=CENTER)
    put(ws, f"F{r}", "指标值确定依据", font=BOLD, align=CENTER)
    r += 1
    first = r
    rows = p["rows"]
    for i, (l1, l2, l3, val, basis) in enumerate(rows):
        rr = first + i
        put(ws, f"C{rr}", l3, merge=f"C{rr}:D{rr}")
        put(ws, f"E{rr}", val, align=CENTER)
        put(ws, f"F{rr}", basis)
    # merge 一级 and repeated consecutive 二级 down
    for col, key in (("A", lambda x: x[0]), ("B", lambda x: (x[0], x[1]))):
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and key(rows[j + 1]) == key(rows[i]):
                j += 1
            text = rows[i][0] if col == "A" else rows[i][1]
            if j > i:
                put(ws, f"{col}{first + i}", text, align=CENTER, merge=f"{col}{first + i}:{col}{first + j}")
            else:
                put(ws, f"{col}{first + i}", text, align=CENTER)
            i = j + 1
    r = first + len(rows) + 1
    ws[f"A{r}"] = "填报日期：2025年1月20日"
    ws[f"A{r}"].font = BODY
    ws.merge_cells(f"A{r}:C{r}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1


def save_stable(wb, path):
    """Save with fixed document dates and zip timestamps so that reruns give the same bytes."""
    buf = io.BytesIO()
    wb.save(buf)
    stamp = "2025-01-20T09:00:00Z"
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{stamp}\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, data)


def main():
    check()
    wb = Workbook()
    dept_sheet(wb)
    for i, p in enumerate(PROJECTS, 1):
        project_sheet(wb, i, p)
    wb.properties.creator = "预算管理一体化系统"
    wb.properties.title = f"{DEPT}2025年度部门预算项目绩效目标"
    wb.properties.created = datetime(2025, 1, 20, 9, 0, 0)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    save_stable(wb, OUT)
    total = sum(wan(p) for p in PROJECTS)
    rows = sum(len(p["rows"]) for p in PROJECTS)
    print(f"wrote {OUT}: {len(PROJECTS)} projects, {rows} indicator rows, total {total} 万元")


if __name__ == "__main__":
    main()
