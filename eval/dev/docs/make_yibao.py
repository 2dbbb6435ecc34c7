"""Build eval/dev/docs/yibao-2025.docx and yibao-2025.pdf: 馆陶县医疗保障局 2025年度部门预算绩效目标 (invented content).

Layout (like a public disclosure printed to PDF):
  * title, prose headings 一、部门基本情况 / 二、2025年部门整体绩效目标 / 三、保障措施 (Heading 1);
  * «四、项目支出绩效目标», then per project a heading «（N）项目名称» and ONE table of 6 grid columns:
        项目名称 | name
        项目编码 | code | 项目期限 | period
        主管部门 | dept | 实施单位 | unit
        资金总额（万元） | amount | 财政拨款（万元） | amount | 其他资金（万元） | amount
        资金用途 | text
        [支出计划（累计） (merged down) | 3月底 | 6月底 | 9月底 | 12月底 / percentages]
        年度绩效目标 | text
        一级指标 | 二级指标 | 三级指标 | 指标值 | 备注
        rows, 一级指标 merged down, 二级指标 merged where equal (三级指标 spans two grid columns).
Gaps: 医疗保障基金监管专项经费 has no 满意度指标; only 医疗保障信息平台运行维护经费 has 其他资金;
spending plans only on 4 projects; 冀医保发〔2024〕8号 is cited by three projects.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_yibao.py
"""
import subprocess
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
OUT = HERE / "yibao-2025.docx"
DEPT = "馆陶县医疗保障局"
TITLE = "馆陶县医疗保障局2025年度部门预算绩效目标"
FONT = "Noto Serif CJK SC"

PROSE = [
    ("Heading 1", "一、部门基本情况"),
    ("Normal", "馆陶县医疗保障局是县政府工作部门，主要职责是：贯彻落实国家、省、市医疗保障方针政策和法律法规；"
               "组织实施城乡居民基本医疗保险、大病保险、医疗救助等医疗保障制度；负责医疗保障基金监督管理，"
               "查处医疗保障领域违法违规行为；组织落实药品和医用耗材集中带量采购政策；推进医疗保障经办服务体系建设，"
               "承担异地就医管理和费用结算工作；负责医疗保障信息化建设。"),
    ("Normal", "本局内设办公室、待遇保障股、医药服务管理股、基金监管股4个股室，下属馆陶县医疗保障服务中心、"
               "馆陶县医疗保障综合行政执法大队2个事业单位。全县共有定点医药机构263家，城乡居民医保参保人数约28.6万人。"),
    ("Heading 1", "二、2025年部门整体绩效目标"),
    ("Normal", "2025年，全县基本医疗保险参保率稳定在95%以上，城乡居民医保政策范围内住院费用基金支付比例稳定在70%左右；"
               "医疗救助对象应保尽保，有效防范因病返贫致贫风险；定点医药机构医保基金使用检查实现全覆盖，"
               "严厉打击欺诈骗保行为，守好人民群众的“看病钱”“救命钱”；建成240个标准化村级医保服务站，"
               "打通医保服务“最后一公里”；国家和省级集采中选药品耗材在全县公立医疗机构全面落地，群众医药费用负担持续减轻。"),
    ("Heading 1", "三、保障措施"),
    ("Normal", "（一）压实工作责任。成立由局长任组长的预算绩效管理工作领导小组，将绩效目标分解到股室和下属单位，"
               "明确责任人和完成时限。"),
    ("Normal", "（二）严格资金管理。严格执行《中华人民共和国预算法》和医疗保障专项资金管理办法，城乡居民医保补助资金"
               "和医疗救助资金全部纳入社会保障基金财政专户管理，实行收支两条线，专款专用，严禁挤占挪用。"),
    ("Normal", "（三）实施绩效运行“双监控”。按季度对预算执行进度和绩效目标实现程度开展监控，"
               "对执行进度滞后的项目及时督导纠偏。"),
    ("Normal", "（四）强化结果运用。年度终了开展绩效自评，自评结果向社会公开，并作为下一年度预算安排的重要依据。"),
]

PLAN = "2025年工作计划"
HIST = "历史数据"
Q = "问卷调查"
A = "冀医保发〔2024〕8号"            # cited by three projects
SB = "《中华人民共和国社会保险法》"
CZ = "冀财社〔2024〕145号"
JZ = "冀医保规〔2024〕3号"
XX = "冀医保办〔2024〕21号"
WA = "《中华人民共和国网络安全法》"
TJ = "《医疗保障基金使用监督管理条例》"
GZ = "馆医保字〔2025〕2号"
JC = "冀医保函〔2024〕37号"
HT = "政府购买服务合同"
Y1 = "2025年1月-2025年12月"

# rows: (一级指标, 二级指标, 三级指标, 指标值, 备注)
PROJECTS = [
    dict(code="13043325P00YBCJ10001A", name="城乡居民基本医疗保险县级财政补助资金", period=Y1,
         unit="馆陶县医疗保障局", money=("6850.00", "6850.00", "0.00"),
         use="按照城乡居民医保县级财政补助标准，足额安排县级补助资金并及时划拨至城乡居民医保基金财政专户，"
             "保障参保居民基本医疗待遇。",
         goal="全县城乡居民医保参保人数稳定在28万人以上，基本医疗保险参保率保持在95%以上，县级财政补助资金按时足额到位，"
              "政策范围内住院费用基金支付比例稳定在70%左右。",
         plan=("25%", "50%", "75%", "100%"),
         rows=[
             ("产出指标", "数量指标", "城乡居民医保参保人数", "≥28万人", HIST),
             ("产出指标", "质量指标", "基本医疗保险参保率", "≥95%", A),
             ("产出指标", "质量指标", "县级财政补助资金到位率", "100%", SB),
             ("产出指标", "时效指标", "补助资金划拨时间", "2025年12月底前", PLAN),
             ("产出指标", "成本指标", "县级财政补助资金", "≤6850万元", A),
             ("效益指标", "社会效益指标", "政策范围内住院费用基金支付比例", "≥70%", A),
             ("效益指标", "可持续影响指标", "城乡居民医保基金运行", "收支平衡、略有结余", SB),
             ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", Q),
         ]),
    dict(code="13043325P00YLJZ10002B", name="冀财社〔2024〕145号提前下达2025年中央医疗救助补助资金", period=Y1,
         unit="馆陶县医疗保障服务中心", money=("1280.00", "1280.00", "0.00"),
         use="用于资助特困人员、低保对象、返贫致贫人口等医疗救助对象参加城乡居民医保，对救助对象经基本医保、"
             "大病保险报销后的政策范围内个人自付医疗费用给予住院救助和门诊救助。",
         goal="资助医疗救助对象参保1.2万人以上，实施住院救助和门诊救助3500人次以上，救助对象参保率达到99%以上，"
              "有效防范因病返贫致贫。",
         plan=("40%", "70%", "90%", "100%"),
         rows=[
             ("产出指标", "数量指标", "资助参加基本医疗保险人数", "≥1.2万人", CZ),
             ("产出指标", "数量指标", "住院和门诊救助人次", "≥3500人次", HIST),
             ("产出指标", "质量指标", "医疗救助对象参保率", "≥99%", A),
             ("产出指标", "质量指标", "政策范围内住院费用救助比例", "≥70%", JZ),
             ("产出指标", "时效指标", "救助资金结算及时率", "100%", JZ),
             ("产出指标", "成本指标", "中央医疗救助补助资金", "≤1280万元", CZ),
             ("效益指标", "社会效益指标", "因病返贫致贫风险", "有效防范", A),
             ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥92%", Q),
         ]),
    dict(code="13043325P00XXPT10003C", name="医疗保障信息平台运行维护经费", period=Y1,
         unit="馆陶县医疗保障服务中心", money=("186.50", "150.00", "36.50"),
         use="用于医疗保障信息平台县级节点网络专线租赁、服务器及安全设备运维、定点医药机构接口改造和医保电子凭证推广应用，"
             "保障医保业务系统安全稳定运行。",
         goal="医保信息平台全年正常运行率达到99%以上，接入定点医药机构260家以上，医保电子凭证激活率达到80%以上，"
              "系统故障2小时内响应处置。",
         plan=None,
         rows=[
             ("产出指标", "数量指标", "接入定点医药机构数量", "≥260家", XX),
             ("产出指标", "数量指标", "网络专线租赁条数", "≥18条", PLAN),
             ("产出指标", "质量指标", "信息平台正常运行率", "≥99%", XX),
             ("产出指标", "质量指标", "网络安全等级保护测评", "通过三级测评", WA),
             ("产出指标", "时效指标", "系统故障响应时间", "≤2小时", XX),
             ("产出指标", "成本指标", "信息平台运维经费", "≤186.5万元", PLAN),
             ("效益指标", "社会效益指标", "医保电子凭证激活率", "≥80%", XX),
             ("满意度指标", "服务对象满意度指标", "定点医药机构满意度", "≥90%", Q),
         ]),
    dict(code="13043325P00JJJG10004D", name="医疗保障基金监管专项经费", period=Y1,
         unit="馆陶县医疗保障综合行政执法大队", money=("58.00", "58.00", "0.00"),
         use="用于开展定点医药机构医保基金使用日常检查、专项整治和飞行检查，聘请第三方机构开展病历审核和大数据筛查，"
             "查处欺诈骗保行为。",
         goal="对全县定点医药机构实现检查全覆盖，开展专项检查4次以上，举报线索核查办结率100%，"
              "依法追回违规使用的医保基金，维护医保基金安全。",
         plan=None,
         rows=[
             ("产出指标", "数量指标", "检查定点医药机构数量", "≥260家", TJ),
             ("产出指标", "数量指标", "开展专项检查次数", "≥4次", PLAN),
             ("产出指标", "质量指标", "定点医药机构检查覆盖率", "100%", TJ),
             ("产出指标", "质量指标", "举报线索核查办结率", "100%", TJ),
             ("产出指标", "时效指标", "举报线索核查时限", "受理后30个工作日内", TJ),
             ("产出指标", "成本指标", "基金监管专项经费", "≤58万元", PLAN),
             ("效益指标", "社会效益指标", "欺诈骗保行为", "有效遏制", TJ),
             ("效益指标", "可持续影响指标", "医保基金监管长效机制", "持续完善", PLAN),
         ]),
    dict(code="13043325P00YDJY10005E", name="异地就医直接结算服务经费", period=Y1,
         unit="馆陶县医疗保障服务中心", money=("32.00", "32.00", "0.00"),
         use="用于异地就医备案服务窗口运行、跨省异地就医费用协查和清算对账，以及异地就医直接结算政策宣传。",
         goal="异地就医备案线上办理率达到90%以上，跨省住院费用直接结算率达到75%以上，异地就医费用协查按时完成率100%。",
         plan=None,
         rows=[
             ("产出指标", "数量指标", "办理异地就医备案人次", "≥6000人次", HIST),
             ("产出指标", "质量指标", "异地就医备案线上办理率", "≥90%", XX),
             ("产出指标", "质量指标", "跨省住院费用直接结算率", "≥75%", XX),
             ("产出指标", "时效指标", "异地就医费用协查完成时限", "收到协查函后10个工作日内", TJ),
             ("产出指标", "成本指标", "异地就医结算服务经费", "≤32万元", PLAN),
             ("效益指标", "社会效益指标", "参保群众异地就医垫资跑腿", "明显减少", PLAN),
             ("满意度指标", "服务对象满意度指标", "异地就医参保人员满意度", "≥85%", Q),
         ]),
    dict(code="13043325P00FWZJ10006F", name="村级医保服务站标准化建设经费", period="2025年1月-2027年12月",
         unit="馆陶县医疗保障服务中心", money=("96.00", "96.00", "0.00"),
         use="用于为村级医保服务站配置高拍仪、读卡器等服务设备，制作统一标识和政策公示栏，开展村级医保专干业务培训，"
             "推动医保服务向村级延伸。",
         goal="2025年完成240个村级医保服务站标准化建设，每站配备医保专干1名，实现医保参保登记、信息查询等高频事项“村内可办”。",
         plan=("10%", "40%", "70%", "100%"),
         rows=[
             ("产出指标", "数量指标", "标准化建设村级医保服务站数量", "240个", A),
             ("产出指标", "数量指标", "培训村级医保专干人数", "≥240人", PLAN),
             ("产出指标", "质量指标", "服务站建设验收合格率", "100%", A),
             ("产出指标", "时效指标", "年度建设任务完成时间", "2025年11月底前", PLAN),
             ("产出指标", "成本指标", "每站建设补助标准", "≤0.4万元", A),
             ("效益指标", "社会效益指标", "高频医保服务事项村内可办率", "≥80%", A),
             ("满意度指标", "服务对象满意度指标", "村民满意度", "≥88%", Q),
         ]),
    dict(code="13043325P00GMFW10007G", name="医疗保障经办服务政府购买服务经费", period=Y1,
         unit="馆陶县医疗保障局", money=("74.40", "74.40", "0.00"),
         use="用于通过政府购买服务方式聘用医保经办窗口辅助人员24名，支付人员工资、社会保险费和服务管理费。",
         goal="保障24名经办辅助人员工资和社会保险费按月足额发放，医保经办窗口业务即时办结率达到95%以上，提升经办服务效率。",
         plan=("25%", "50%", "75%", "100%"),
         rows=[
             ("产出指标", "数量指标", "购买服务经办辅助人员数量", "24人", GZ),
             ("产出指标", "质量指标", "工资足额发放率", "100%", HT),
             ("产出指标", "质量指标", "窗口业务即时办结率", "≥95%", PLAN),
             ("产出指标", "时效指标", "工资发放时间", "每月15日前", HT),
             ("产出指标", "成本指标", "政府购买服务经费", "≤74.4万元", GZ),
             ("效益指标", "社会效益指标", "医保经办服务效率", "明显提升", PLAN),
             ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥80%", Q),
         ]),
    dict(code="13043325P00JCCG10008H", name="药品和医用耗材集中带量采购落地监测经费", period=Y1,
         unit="馆陶县医疗保障局", money=("24.60", "24.60", "0.00"),
         use="用于对全县公立医疗机构集中带量采购药品和医用耗材的约定采购量执行、货款结算和中选产品使用情况开展监测通报，"
             "以及集采政策宣传。",
         goal="全县公立医疗机构集采中选药品约定采购量完成率达到100%，医保基金按时预付和结算集采货款，群众用药负担进一步减轻。",
         plan=None,
         rows=[
             ("产出指标", "数量指标", "监测公立医疗机构数量", "≥19家", GZ),
             ("产出指标", "数量指标", "集采监测通报次数", "≥4次", PLAN),
             ("产出指标", "质量指标", "中选药品约定采购量完成率", "100%", JC),
             ("产出指标", "时效指标", "集采货款结算时限", "不超过30天", JC),
             ("产出指标", "成本指标", "集采落地监测经费", "≤24.6万元", GZ),
             ("效益指标", "经济效益指标", "集采中选产品平均降价幅度", "≥50%", JC),
             ("满意度指标", "服务对象满意度指标", "患者满意度", "≥95%", Q),
         ]),
]

WIDTHS = (2.3, 2.7, 2.5, 2.5, 2.3, 4.7)


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    run.font.name = FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def merge_runs(t, col, values, first, width=1):
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        c = t.cell(first + i, col)
        end = t.cell(first + j, col + width - 1)
        if end is not c:
            c = c.merge(end)
        set_cell(c, values[i], center=(col == 0))
        i = j + 1


def add_project_table(doc, pj):
    n_head = 6 + (2 if pj["plan"] else 0) + 1
    rows = pj["rows"]
    t = doc.add_table(rows=n_head + len(rows), cols=6)
    t.style = "Table Grid"
    r = 0
    set_cell(t.cell(r, 0), "项目名称", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["name"])
    r += 1
    set_cell(t.cell(r, 0), "项目编码", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), pj["code"])
    set_cell(t.cell(r, 3), "项目期限", bold=True)
    set_cell(t.cell(r, 4).merge(t.cell(r, 5)), pj["period"])
    r += 1
    set_cell(t.cell(r, 0), "主管部门", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), DEPT)
    set_cell(t.cell(r, 3), "实施单位", bold=True)
    set_cell(t.cell(r, 4).merge(t.cell(r, 5)), pj["unit"])
    r += 1
    for k, lab in enumerate(("资金总额（万元）", "财政拨款（万元）", "其他资金（万元）")):
        set_cell(t.cell(r, 2 * k), lab, bold=True)
        set_cell(t.cell(r, 2 * k + 1), pj["money"][k], center=True)
    r += 1
    set_cell(t.cell(r, 0), "资金用途", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["use"])
    r += 1
    if pj["plan"]:
        set_cell(t.cell(r, 0).merge(t.cell(r + 1, 0)), "支出计划（累计）", bold=True)
        for j, mo in enumerate(("3月底", "6月底", "9月底", "12月底")):
            a, b = 1 + j, (5 if j == 3 else 1 + j)
            c1 = t.cell(r, a) if a == b else t.cell(r, a).merge(t.cell(r, b))
            c2 = t.cell(r + 1, a) if a == b else t.cell(r + 1, a).merge(t.cell(r + 1, b))
            set_cell(c1, mo, center=True)
            set_cell(c2, pj["plan"][j], center=True)
        r += 2
    set_cell(t.cell(r, 0), "年度绩效目标", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["goal"])
    r += 1
    set_cell(t.cell(r, 0), "一级指标", bold=True, center=True)
    set_cell(t.cell(r, 1), "二级指标", bold=True, center=True)
    set_cell(t.cell(r, 2).merge(t.cell(r, 3)), "三级指标", bold=True, center=True)
    set_cell(t.cell(r, 4), "指标值", bold=True, center=True)
    set_cell(t.cell(r, 5), "备注", bold=True, center=True)
    r += 1
    for i, row in enumerate(rows):
        set_cell(t.cell(r + i, 2).merge(t.cell(r + i, 3)), row[2])
        set_cell(t.cell(r + i, 4), row[3])
        set_cell(t.cell(r + i, 5), row[4])
    merge_runs(t, 0, [x[0] for x in rows], r)
    merge_runs(t, 1, [x[1] for x in rows], r)
    assert r + len(rows) == len(t.rows), (r, len(rows), len(t.rows))
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = Cm(WIDTHS[j])
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(WIDTHS[j])


def check():
    codes = [p["code"] for p in PROJECTS]
    assert len(set(codes)) == len(codes) == 8
    for p in PROJECTS:
        assert len(p["code"]) == 21 and p["code"].startswith("13043325P"), p["code"]
        tot, fin, oth = (Decimal(x) for x in p["money"])
        assert tot == fin + oth, p["name"]


def build(path=OUT):
    check()
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(18)
    for style, text in PROSE:
        doc.add_paragraph(text, style=style)
    doc.add_paragraph("四、项目支出绩效目标", style="Heading 1")
    unit = doc.add_paragraph("金额单位：万元")
    unit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for n, pj in enumerate(PROJECTS, start=1):
        doc.add_paragraph(f"（{n}）{pj['name']}", style="Heading 2")
        add_project_table(doc, pj)
        doc.add_paragraph("")
    doc.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
                   check=True, stdout=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    assert pdf.exists()
    return path, pdf


if __name__ == "__main__":
    print(*build())
