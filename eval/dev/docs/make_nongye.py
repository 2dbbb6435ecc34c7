"""Build eval/dev/docs/nongye-2025.docx: 大名县农业农村局 2025年度项目支出绩效目标 (invented content).

Layout: title, prose (一、部门职责 / 二、总体绩效目标 / 三、保障措施), then per project a heading
«项目N：名称» followed by ONE Word table (6 grid columns) holding both the header block and the indicators:
  项目名称 | value (merged across)
  主管部门 | value | 实施单位 | value
  项目编码 | value | 项目属性 | value
  项目资金（万元|元）(merged down 2 rows) | 年度资金总额 | 其中：财政拨款 | 其他资金   (labels)
                                          | amount       | amount         | amount     (row below)
  项目概况 | text
  [资金支出进度计划（累计）(merged down 2) | 3月底 | 6月底 | 9月底 | 12月底 / percentages]   (6 of 9)
  年度绩效目标 | text
  一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值设定依据
  indicator rows, 一级指标 and repeated 二级指标 merged down.
动物疫病防控经费 is stated in 元. 基层农技推广 has no 满意度指标; 农产品质量安全监管 has no 时效指标.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_nongye.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("nongye-2025.docx")
DEPT = "大名县农业农村局"
TITLE = "大名县农业农村局2025年度项目支出绩效目标"

PROSE = [
    ("Heading 1", "一、部门职责"),
    ("Normal", "大名县农业农村局是县政府工作部门，主要负责统筹研究和组织实施全县“三农”工作发展战略和政策；指导乡村特色产业、"
               "农产品加工业和休闲农业发展；负责种植业、畜牧业、渔业、农业机械化等农业各产业的监督管理；负责农产品质量安全监督管理；"
               "组织农业资源区划、耕地及永久基本农田质量保护和高标准农田建设；负责动物疫病防控和农作物重大病虫害防治；"
               "牵头组织改善农村人居环境，指导农村集体经济发展和农业社会化服务。"),
    ("Heading 1", "二、总体绩效目标"),
    ("Normal", "2025年，全县粮食播种面积稳定在160万亩以上、粮食总产量稳定在75万吨以上；新建高标准农田8000亩；"
               "主要农作物耕种收综合机械化率达到92%以上；农产品监测抽检合格率稳定在98%以上，不发生区域性重大动物疫情和"
               "重大农产品质量安全事件；完成农村户厕改造3000户，农村人居环境持续改善，农民人均可支配收入增长6%以上。"),
    ("Heading 1", "三、保障措施"),
    ("Normal", "1.加强组织领导。成立由局长任组长的预算绩效管理工作领导小组，将绩效目标逐项分解到股室、站所和责任人。"),
    ("Normal", "2.规范资金管理。严格执行项目资金专账核算、专款专用，惠农补贴资金通过“一卡通”直接发放到户，严禁截留挪用。"),
    ("Normal", "3.实行绩效运行“双监控”。按月调度资金支出进度和绩效目标完成情况，对进度滞后项目及时预警、督促整改。"),
    ("Normal", "4.强化结果运用。年终开展绩效自评，自评结果作为以后年度预算安排和政策调整的重要依据，并按规定向社会公开。"),
]

Q = "问卷调查"
PLAN = "年度工作计划"
NJC = "农计财发〔2024〕15号"
JNF = "冀农发〔2023〕8号"
NTB = "《农田建设项目管理办法》"
JNJ = "冀农机发〔2024〕5号"
NBM = "农办牧〔2024〕11号"
DFF = "《动物防疫法》"
ZAF = "《农产品质量安全法》"
HNZ = "邯农字〔2024〕21号"
BJ = "大名县农业农村局本级"

# rows: (一级指标, 二级指标, 三级指标, 指标值, 指标值设定依据)
PROJECTS = [
    dict(code="13042525P00GBNT10001A", name="高标准农田建设项目", impl=BJ, attr="新增项目", unit="万元",
         total="1680.00", fiscal="1500.00", other="180.00", plan=("10%", "40%", "75%", "100%"),
         overview="在万堤镇、龙王庙镇、孙甘店乡3个乡镇新建高标准农田8000亩，配套建设灌溉与排水、田间道路、农田防护与生态环境保护等工程。",
         goal="新建高标准农田8000亩，新打灌溉机井40眼，工程质量合格率100%，项目区亩均粮食增产50公斤以上，农业综合生产能力明显提升。",
         rows=[("产出指标", "数量指标", "新建高标准农田面积", "≥8000亩", NTB),
               ("产出指标", "数量指标", "新打灌溉机井", "≥40眼", NJC),
               ("产出指标", "质量指标", "工程质量合格率", "=100%", NTB),
               ("产出指标", "时效指标", "项目完工时间", "2025年11月底前完成", PLAN),
               ("产出指标", "成本指标", "亩均财政投入", "≤2100元", NJC),
               ("效益指标", "经济效益指标", "项目区亩均粮食增产", "≥50公斤", JNF),
               ("效益指标", "可持续影响指标", "工程设计使用年限", "≥15年", NTB),
               ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", Q)]),
    dict(code="13042525P00GDBT10002B", name="耕地地力保护补贴资金", impl=BJ, attr="延续性项目", unit="万元",
         total="2350.60", fiscal="2350.60", other="0.00", plan=("0%", "60%", "100%", "100%"),
         overview="对全县拥有耕地承包权的种地农民发放耕地地力保护补贴，补贴面积117.53万亩，引导农民加强农业生态资源保护、提升耕地地力。",
         goal="按时足额将耕地地力保护补贴发放到户，补贴面积117.53万亩，兑付准确率100%，调动农民种粮积极性，耕地地力稳中有升。",
         rows=[("产出指标", "数量指标", "补贴发放面积", "≥117.53万亩", NJC),
               ("产出指标", "数量指标", "补贴发放农户数", "≥12万户", PLAN),
               ("产出指标", "质量指标", "补贴资金兑付准确率", "=100%", JNF),
               ("产出指标", "时效指标", "补贴资金发放时间", "2025年6月底前完成", JNF),
               ("产出指标", "成本指标", "亩均补贴标准", "=20元", JNF),
               ("效益指标", "社会效益指标", "农民种粮积极性", "有效提高", PLAN),
               ("效益指标", "生态效益指标", "耕地地力水平", "稳中有升", NJC),
               ("满意度指标", "服务对象满意度指标", "补贴农户满意度", "≥95%", Q)]),
    dict(code="13042525P00BCHF10003C", name="农作物病虫害统防统治项目", impl="大名县植保植检站", attr="延续性项目", unit="万元",
         total="320.00", fiscal="300.00", other="20.00", plan=None,
         overview="采购高效低毒农药，组织专业化防治服务组织对小麦、玉米重大病虫害开展统防统治，设置病虫害监测点开展系统监测。",
         goal="完成小麦、玉米重大病虫害统防统治作业16万亩，重大病虫害防治处置率不低于90%，化学农药使用量较上年减少，保障粮食生产安全。",
         rows=[("产出指标", "数量指标", "统防统治作业面积", "≥16万亩", NJC),
               ("产出指标", "数量指标", "病虫害监测点", "=6个", JNF),
               ("产出指标", "质量指标", "重大病虫害统防统治覆盖率", "≥45%", JNF),
               ("产出指标", "时效指标", "防治任务完成时间", "2025年9月底前完成", PLAN),
               ("产出指标", "成本指标", "项目总成本", "≤320万元", PLAN),
               ("效益指标", "社会效益指标", "重大病虫害防治处置率", "不低于90%", PLAN),
               ("效益指标", "生态效益指标", "化学农药使用量", "较上年减少", JNF),
               ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", Q)]),
    dict(code="13042525P00NJBT10004D", name="农机购置与应用补贴", impl="大名县农业机械化服务中心", attr="延续性项目", unit="万元",
         total="860.00", fiscal="860.00", other="0.00", plan=("20%", "50%", "80%", "100%"),
         overview="对购置和应用列入补贴范围农业机械的农户和农业生产经营组织给予定额补贴，重点支持粮食烘干、植保无人机等薄弱环节机具。",
         goal="补贴各类农机具1200台（套）以上，受益农户（合作社）900户以上，全县主要农作物耕种收综合机械化率达到92%以上。",
         rows=[("产出指标", "数量指标", "补贴农机具数量", "≥1200台（套）", JNJ),
               ("产出指标", "数量指标", "受益农户（合作社）数", "≥900户", PLAN),
               ("产出指标", "质量指标", "补贴机具核验率", "=100%", JNJ),
               ("产出指标", "时效指标", "补贴资金兑付时间", "2025年12月底前完成", PLAN),
               ("产出指标", "成本指标", "补贴资金", "≤860万元", NJC),
               ("效益指标", "社会效益指标", "农作物耕种收综合机械化率", "≥92%", JNF),
               ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥95%", Q)]),
    dict(code="13042525P00DWYB10005E", name="动物疫病防控经费", impl="大名县动物疫病预防控制中心", attr="延续性项目", unit="元",
         total="458000.00", fiscal="458000.00", other="0.00", plan=None,
         overview="用于高致病性禽流感、口蹄疫、小反刍兽疫等6种动物疫病强制免疫疫苗储运、免疫抗体监测、病死畜禽无害化处理监管和防疫人员劳务补助。",
         goal="完成6种重点动物疫病强制免疫，畜禽免疫300万头（只）以上，免疫抗体合格率70%以上，全年不发生区域性重大动物疫情。",
         rows=[("产出指标", "数量指标", "强制免疫病种", "=6个", NBM),
               ("产出指标", "数量指标", "畜禽免疫数量", "≥300万头（只）", NBM),
               ("产出指标", "质量指标", "免疫抗体合格率", "≥70%", NBM),
               ("产出指标", "时效指标", "春季集中免疫完成时间", "2025年5月底前完成", PLAN),
               ("产出指标", "成本指标", "防控经费", "≤45.8万元", PLAN),
               ("效益指标", "社会效益指标", "区域性重大动物疫情", "不发生", DFF),
               ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥85%", Q)]),
    dict(code="13042525P00RJHJ10006F", name="农村人居环境整治（厕所革命）奖补资金", impl=BJ, attr="延续性项目", unit="万元",
         total="540.00", fiscal="480.00", other="60.00", plan=("5%", "30%", "70%", "100%"),
         overview="对完成农村户厕改造的农户给予奖补，支持30个村开展村庄清洁行动和厕所粪污无害化处理设施建设。",
         goal="完成农村户厕改造3000户，整治村庄30个，户厕改造验收合格率95%以上，农村卫生厕所普及率达到85%以上，村庄人居环境明显改善。",
         rows=[("产出指标", "数量指标", "改造农村户厕", "≥3000户", JNF),
               ("产出指标", "数量指标", "整治村庄", "≥30个", PLAN),
               ("产出指标", "质量指标", "户厕改造验收合格率", "≥95%", JNF),
               ("产出指标", "时效指标", "改厕任务完成时间", "2025年10月底前完成", PLAN),
               ("产出指标", "成本指标", "户均奖补标准", "≤1800元", HNZ),
               ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥85%", JNF),
               ("效益指标", "生态效益指标", "村庄人居环境", "明显改善", PLAN),
               ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%", Q)]),
    dict(code="13042525P00NJTG10007G", name="基层农技推广体系改革与建设项目", impl="大名县农业技术推广中心", attr="延续性项目", unit="万元",
         total="96.50", fiscal="96.50", other="", plan=None,
         overview="培育农业科技示范主体，建设农业科技试验示范基地，开展农技人员和新型职业农民技术培训，推广小麦宽幅播种等主推技术。",
         goal="培育农业科技示范主体300户，建设试验示范基地3个，开展技术培训20期以上，主推技术到位率95%以上，农技服务能力持续提升。",
         rows=[("产出指标", "数量指标", "培育农业科技示范主体", "≥300户", NJC),
               ("产出指标", "数量指标", "建设农业科技试验示范基地", "=3个", NJC),
               ("产出指标", "数量指标", "开展技术培训", "≥20期", PLAN),
               ("产出指标", "质量指标", "主推技术到位率", "≥95%", NJC),
               ("产出指标", "时效指标", "培训任务完成时间", "2025年11月底前完成", PLAN),
               ("产出指标", "成本指标", "项目成本", "≤96.5万元", PLAN),
               ("效益指标", "社会效益指标", "农技人员服务能力", "持续提升", PLAN)]),
    dict(code="13042525P00ZLAQ10008H", name="农产品质量安全监管项目", impl="大名县农产品质量安全检验检测站", attr="延续性项目", unit="万元",
         total="72.00", fiscal="72.00", other="0.00", plan=("25%", "50%", "75%", "100%"),
         overview="开展蔬菜、水果、畜禽产品农药兽药残留定量检测和快速检测，实施食用农产品承诺达标合格证制度，开展农资打假专项整治。",
         goal="完成农产品定量检测800批次、快速检测6000批次，农产品监测抽检合格率98%以上，全年不发生重大农产品质量安全事件。",
         rows=[("产出指标", "数量指标", "农产品定量检测样品", "≥800批次", ZAF),
               ("产出指标", "数量指标", "快速检测样品", "≥6000批次", PLAN),
               ("产出指标", "质量指标", "农产品监测抽检合格率", "≥98%", ZAF),
               ("产出指标", "成本指标", "检测经费", "≤72万元", PLAN),
               ("效益指标", "社会效益指标", "重大农产品质量安全事件", "不发生", PLAN),
               ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%", Q)]),
    dict(code="13042525P00TGFW10009J", name="农业生产托管服务项目", impl=BJ, attr="新增项目", unit="万元",
         total="300.00", fiscal="250.00", other="50.00", plan=("0%", "30%", "60%", "100%"),
         overview="支持农村集体经济组织、农民合作社等服务组织为小农户提供耕、种、防、收全程或关键环节托管服务，按作业面积给予补助。",
         goal="完成农业生产托管服务面积15000亩，扶持服务组织5个以上，托管作业质量达标率不低于90%，托管农户亩均节本增效100元以上。",
         rows=[("产出指标", "数量指标", "托管服务面积", "≥15000亩", NJC),
               ("产出指标", "数量指标", "扶持服务组织", "≥5个", PLAN),
               ("产出指标", "质量指标", "托管作业质量达标率", "不低于90%", NJC),
               ("产出指标", "时效指标", "托管作业完成时间", "2025年10月底前完成", PLAN),
               ("产出指标", "成本指标", "托管服务补助标准", "每亩补助不超过200元", JNF),
               ("效益指标", "经济效益指标", "托管农户亩均节本增效", "≥100元", PLAN),
               ("满意度指标", "服务对象满意度指标", "托管农户满意度", "≥90%", Q)]),
]


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def merge_runs(table, col, values, first_row):
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


def add_project_table(doc, pj):
    rows = pj["rows"]
    n_head = 7 + (2 if pj["plan"] else 0)
    t = doc.add_table(rows=n_head + 1 + len(rows), cols=6)
    t.style = "Table Grid"
    r = 0
    set_cell(t.cell(r, 0), "项目名称", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["name"])
    r += 1
    set_cell(t.cell(r, 0), "主管部门", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), DEPT)
    set_cell(t.cell(r, 3), "实施单位", bold=True)
    set_cell(t.cell(r, 4).merge(t.cell(r, 5)), pj["impl"])
    r += 1
    set_cell(t.cell(r, 0), "项目编码", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), pj["code"])
    set_cell(t.cell(r, 3), "项目属性", bold=True)
    set_cell(t.cell(r, 4).merge(t.cell(r, 5)), pj["attr"])
    r += 1
    set_cell(t.cell(r, 0).merge(t.cell(r + 1, 0)), f"项目资金（{pj['unit']}）", bold=True)
    spans = ((1, 2), (3, 4), (5, 5))
    for (a, b), label, key in zip(spans, ("年度资金总额", "其中：财政拨款", "其他资金"), ("total", "fiscal", "other")):
        top = t.cell(r, a) if a == b else t.cell(r, a).merge(t.cell(r, b))
        bot = t.cell(r + 1, a) if a == b else t.cell(r + 1, a).merge(t.cell(r + 1, b))
        set_cell(top, label, bold=True, center=True)
        set_cell(bot, pj[key], center=True)
    r += 2
    set_cell(t.cell(r, 0), "项目概况", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["overview"])
    r += 1
    if pj["plan"]:
        set_cell(t.cell(r, 0).merge(t.cell(r + 1, 0)), "资金支出进度计划（累计）", bold=True)
        for j, month in enumerate(("3月底", "6月底", "9月底", "12月底")):
            top, bot = t.cell(r, 1 + j), t.cell(r + 1, 1 + j)
            if j == 3:
                top, bot = top.merge(t.cell(r, 5)), bot.merge(t.cell(r + 1, 5))
            set_cell(top, month, center=True)
            set_cell(bot, pj["plan"][j], center=True)
        r += 2
    set_cell(t.cell(r, 0), "年度绩效目标", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 5)), pj["goal"])
    r += 1
    # indicator block: 一级 | 二级 | 三级 (cols 2-3) | 指标值 | 依据
    set_cell(t.cell(r, 0), "一级指标", bold=True, center=True)
    set_cell(t.cell(r, 1), "二级指标", bold=True, center=True)
    set_cell(t.cell(r, 2).merge(t.cell(r, 3)), "三级指标", bold=True, center=True)
    set_cell(t.cell(r, 4), "指标值", bold=True, center=True)
    set_cell(t.cell(r, 5), "指标值设定依据", bold=True, center=True)
    r += 1
    for i, row in enumerate(rows):
        set_cell(t.cell(r + i, 2).merge(t.cell(r + i, 3)), row[2])
        set_cell(t.cell(r + i, 4), row[3])
        set_cell(t.cell(r + i, 5), row[4])
    merge_runs(t, 0, [x[0] for x in rows], r)
    merge_runs(t, 1, [x[1] for x in rows], r)
    assert r + len(rows) == len(t.rows)


def build(path=OUT):
    codes = [pj["code"] for pj in PROJECTS]
    assert len(PROJECTS) == 9 and len(set(codes)) == 9
    assert sum(1 for pj in PROJECTS if pj["plan"]) == 6
    for pj in PROJECTS:
        assert len(pj["code"]) == 21 and pj["code"].startswith("13042525P00"), pj["code"]
    doc = Document()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(18)
    for style, text in PROSE:
        doc.add_paragraph(text, style=style)
    doc.add_page_break()
    doc.add_paragraph("四、项目支出绩效目标表", style="Heading 1")
    for n, pj in enumerate(PROJECTS, start=1):
        doc.add_paragraph(f"项目{n}：{pj['name']}", style="Heading 2")
        add_project_table(doc, pj)
        doc.add_paragraph("")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
