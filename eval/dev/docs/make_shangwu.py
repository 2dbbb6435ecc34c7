"""Build eval/dev/docs/shangwu-2025.docx and .doc: 成安县商务局 2025年度部门整体及项目支出绩效目标 (invented content).

Layout, in the family of the 魏县人社局 sample but from another county's template:
  * prose first: title, Heading 1 第一部分 部门整体绩效目标 with Heading 2 sections;
  * Heading 1 第二部分 项目支出绩效目标表; per project a Heading 2 «（N）项目名称绩效目标表», a line
    «填报单位：成安县商务局    单位：万元/元», then a header table on a 9-column grid:
        项目名称 | name (merged) | 项目编码 | code (merged)
        主管部门 | 成安县商务局   | 实施单位 | org
        项目资金（万元） (merged down 2 rows) | 年度资金总额 | 财政拨款 | 其他资金   <- labels
                                              | amount       | amount   | amount     <- values
        资金用途 | text
        年度绩效目标 | text
        资金支出计划 (merged down 2 rows) | 一季度 | 二季度 | 三季度 | 四季度       <- 6 of 9 projects
                                           | 25%    | 50%    | 75%    | 100%  (cumulative)
    and a separate indicator table 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值设定依据, with 一级/二级
    merged down their runs and many 指标值 written in words (不低于95%, 不超过120万元, 达到3次以上, …).
  * project 6 is printed in 元; project 8 has no 满意度指标; project 2 carries a document number in its name;
    冀商发〔2024〕15号 is cited by projects 2, 3 and 7; laws cited by title; 其他资金 on projects 3, 5, 7 only.

The store reads the .doc (LibreOffice conversion of the .docx, done at the end of this script).

Run:  /work/main/.venv/bin/python eval/dev/docs/make_shangwu.py
"""
import subprocess
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("shangwu-2025.docx")
DEPT = "成安县商务局"
TITLE = "成安县商务局2025年度部门整体及项目支出绩效目标"

PLAN = "2025年度工作计划"
Q = "问卷调查结果"
JSF15 = "冀商发〔2024〕15号"
JCJ186 = "冀财建〔2024〕186号"
HSZ8 = "邯商字〔2024〕8号"
LAW_TJ = "《中华人民共和国统计法》"
LAW_DS = "《中华人民共和国电子商务法》"
LAW_WM = "《中华人民共和国对外贸易法》"
LAW_AQ = "《中华人民共和国安全生产法》"
RULE_JZ = "《家政服务管理暂行办法》"

CH, XY, MY = "产出指标", "效益指标", "满意度指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
JJ, SH, KC = "经济效益指标", "社会效益指标", "可持续影响指标"
FW = "服务对象满意度指标"

# rows: (一级指标, 二级指标, 三级指标, 指标值, 指标值设定依据)
PROJECTS = [
    dict(
        name="商务发展综合工作经费", code="13042425P00SWZH10001K",
        org="成安县商务局办公室", unit="万元", total="48.00", fiscal="48.00", other="",
        use="用于商务运行监测、重点企业走访服务、商务统计数据采集报送、商务领域政策宣传以及局机关日常商务工作开展等支出。",
        goal="全年完成商务运行监测和统计数据报送任务，走访服务重点企业40家以上，统计数据报送准确率不低于98%，保障全县商务工作平稳有序开展。",
        plan=["20%", "45%", "70%", "100%"],
        rows=[
            (CH, SL, "商务运行监测报送次数", "≥12次", PLAN),
            (CH, SL, "重点企业走访服务数量", "达到40家以上", PLAN),
            (CH, ZL, "统计数据报送准确率", "不低于98%", LAW_TJ),
            (CH, SX, "月度数据报送及时率", "100%", LAW_TJ),
            (CH, CB, "综合工作经费支出", "不超过48万元", PLAN),
            (XY, SH, "商务服务保障能力", "显著提升", PLAN),
            (MY, FW, "服务企业满意度", "≥90%", Q),
        ],
    ),
    dict(
        name="冀财建〔2024〕186号提前下达2025年中央服务业发展资金（县域商业体系建设）", code="13042425P00FWY110002T",
        org="成安县商务局市场建设股", unit="万元", total="320.00", fiscal="320.00", other="",
        use="用于乡镇商贸中心新建改造、村级便民商店改造提升以及乡村商业网点数字化改造补助。",
        goal="新建改造乡镇商贸中心3个以上，改造提升村级便民商店60个以上，2025年11月底前完成项目建设并通过验收，补齐乡村商业设施短板。",
        plan=["10%", "40%", "80%", "100%"],
        rows=[
            (CH, SL, "新建改造乡镇商贸中心数量", "≥3个", JSF15),
            (CH, SL, "改造提升村级便民商店数量", "达到60个以上", JSF15),
            (CH, ZL, "项目验收合格率", "100%", JSF15),
            (CH, SX, "项目建设完成时间", "2025年11月底前完成", JCJ186),
            (CH, CB, "中央服务业发展资金支出", "不超过320万元", JCJ186),
            (XY, JJ, "乡镇社会消费品零售额增长率", "≥5%", PLAN),
            (XY, KC, "乡村商业网络覆盖水平", "持续提升", JSF15),
            (MY, FW, "乡镇群众满意度", "不低于90%", Q),
        ],
    ),
    dict(
        name="电子商务进农村综合示范项目", code="13042425P00DSNC10001A",
        org="成安县电子商务公共服务中心", unit="万元", total="500.00", fiscal="380.00", other="120.00",
        use="用于县级电子商务公共服务中心和物流配送中心运营、村级电商服务站点建设、农村电商技能培训以及农产品网络直播促销活动。",
        goal="建设村级电商服务站点80个以上，开展电商技能培训1500人次以上，2025年10月底前县级物流配送中心投入运营，农村网络零售额增长15%以上。",
        plan=["15%", "40%", "70%", "100%"],
        rows=[
            (CH, SL, "村级电商服务站点建设数量", "≥80个", JSF15),
            (CH, SL, "电商技能培训人次", "达到1500人次以上", JSF15),
            (CH, SL, "开展电商直播促销活动次数", "达到3次以上", PLAN),
            (CH, ZL, "服务站点正常运营率", "不低于90%", LAW_DS),
            (CH, SX, "县级物流配送中心投入运营时间", "2025年10月底前", PLAN),
            (CH, CB, "示范项目总投入", "不超过500万元", JSF15),
            (XY, JJ, "农村网络零售额增长率", "≥15%", PLAN),
            (XY, SH, "带动农村就业人数", "≥300人", PLAN),
            (MY, FW, "参训学员满意度", "不低于95%", Q),
        ],
    ),
    dict(
        name="外贸企业稳增长奖补资金", code="13042425P00WMJB10001Q",
        org="成安县商务局外贸股", unit="万元", total="180.00", fiscal="180.00", other="",
        use="用于对进出口实绩突出的外贸企业给予奖补，支持企业参加境内外重点展会和开拓国际市场。",
        goal="奖补外贸企业25家以上，组织企业参加境内外展会6次以上，全县进出口总额增长8%以上，稳住外贸基本盘。",
        plan=None,
        rows=[
            (CH, SL, "奖补外贸企业数量", "≥25家", HSZ8),
            (CH, SL, "组织参加境内外展会次数", "达到6次以上", HSZ8),
            (CH, ZL, "奖补资金审核准确率", "100%", LAW_WM),
            (CH, SX, "奖补资金兑付时间", "2025年12月20日前", HSZ8),
            (CH, CB, "外贸奖补资金", "不超过180万元", HSZ8),
            (XY, JJ, "全县进出口总额增长率", "≥8%", PLAN),
            (MY, FW, "外贸企业满意度", "≥85%", Q),
        ],
    ),
    dict(
        name="促消费活动及消费券发放经费", code="13042425P00CXF110003M",
        org="成安县商务局市场运行股", unit="万元", total="150.00", fiscal="100.00", other="50.00",
        use="用于发放政府消费券、举办汽车家电家居等促消费主题活动及活动宣传组织，其他资金为参与商户配套让利资金。",
        goal="发放消费券100万元以上，举办促消费主题活动5次以上，消费券核销率不低于85%，拉动消费1500万元以上。",
        plan=["30%", "60%", "85%", "100%"],
        rows=[
            (CH, SL, "发放消费券金额", "≥100万元", HSZ8),
            (CH, SL, "举办促消费主题活动次数", "达到5次以上", HSZ8),
            (CH, ZL, "消费券核销率", "不低于85%", HSZ8),
            (CH, SX, "消费券发放完成时间", "2025年10月底前完成", PLAN),
            (CH, CB, "促消费活动经费", "不超过150万元", PLAN),
            (XY, JJ, "拉动消费金额", "≥1500万元", PLAN),
            (XY, SH, "市场消费氛围", "显著提升", PLAN),
            (MY, FW, "参与商户满意度", "≥90%", Q),
        ],
    ),
    dict(
        name="成品油市场专项整治经费", code="13042425P00CPY110001R",
        org="成安县商务综合行政执法大队", unit="元", total="86500.00", fiscal="86500.00", other="",
        use="用于加油站点安全检查、非法经营成品油联合执法行动、执法装备检测及宣传材料印制等支出。",
        goal="全年开展加油站点检查120次以上、联合执法行动4次以上，问题隐患整改率100%，2025年11月底前完成专项整治，有效遏制非法经营成品油行为。",
        plan=["25%", "50%", "75%", "100%"],
        rows=[
            (CH, SL, "加油站点检查次数", "≥120次", LAW_AQ),
            (CH, SL, "开展联合执法行动次数", "达到4次以上", PLAN),
            (CH, ZL, "问题隐患整改率", "100%", LAW_AQ),
            (CH, SX, "专项整治完成时间", "2025年11月底前完成", PLAN),
            (CH, CB, "专项整治经费", "不超过86500元", PLAN),
            (XY, SH, "非法经营成品油行为", "有效遏制", LAW_AQ),
            (MY, FW, "群众满意度", "≥85%", Q),
        ],
    ),
    dict(
        name="农产品冷链物流设施建设补助", code="13042425P00LLWL10002D",
        org="成安县商务局市场建设股", unit="万元", total="260.00", fiscal="200.00", other="60.00",
        use="用于补助农产品产地冷藏保鲜设施、冷链集配中心建设，其他资金为项目实施企业自筹配套资金。",
        goal="补助冷链设施项目4个以上，新增冷库库容5000吨以上，设施验收合格率不低于95%，农产品损耗率下降10%以上。",
        plan=None,
        rows=[
            (CH, SL, "补助冷链设施项目数", "≥4个", JSF15),
            (CH, SL, "新增冷库库容", "达到5000吨以上", JSF15),
            (CH, ZL, "设施验收合格率", "不低于95%", JSF15),
            (CH, SX, "补助资金拨付时间", "2025年9月底前", PLAN),
            (CH, CB, "冷链设施补助资金", "不超过260万元", JSF15),
            (XY, JJ, "农产品损耗率下降幅度", "≥10%", PLAN),
            (XY, KC, "冷链物流服务能力", "显著提升", PLAN),
            (MY, FW, "受补助企业满意度", "不低于90%", Q),
        ],
    ),
    dict(
        name="招商引资专项工作经费", code="13042425P00ZSYZ10001H",
        org="成安县投资促进中心", unit="万元", total="95.00", fiscal="95.00", other="",
        use="用于举办招商推介活动、外出招商考察、招商项目策划包装及招商宣传材料制作等支出。",
        goal="举办招商推介活动8次以上，新签约亿元以上项目10个以上，签约项目履约率不低于70%，实际利用内资30亿元以上。",
        plan=["20%", "50%", "80%", "100%"],
        rows=[
            (CH, SL, "举办招商推介活动次数", "达到8次以上", PLAN),
            (CH, SL, "新签约亿元以上项目数量", "≥10个", PLAN),
            (CH, ZL, "签约项目履约率", "不低于70%", PLAN),
            (CH, SX, "年度招商计划完成时间", "2025年12月底前", PLAN),
            (CH, CB, "招商引资工作经费", "不超过95万元", PLAN),
            (XY, JJ, "实际利用内资", "≥30亿元", PLAN),
            (XY, KC, "县域营商环境", "持续优化", PLAN),
        ],
    ),
    dict(
        name="家政服务提质扩容工作经费", code="13042425P00JZFW10001X",
        org="成安县商务局服务业股", unit="万元", total="32.00", fiscal="32.00", other="",
        use="用于家政从业人员技能培训补贴、家政服务示范企业培育及家政服务诚信体系建设。",
        goal="培训家政从业人员600人次以上，培育家政服务示范企业3家以上，培训合格率不低于90%，家政服务质量显著提升。",
        plan=None,
        rows=[
            (CH, SL, "家政从业人员培训人次", "≥600人次", RULE_JZ),
            (CH, SL, "培育家政服务示范企业数量", "达到3家以上", RULE_JZ),
            (CH, ZL, "培训合格率", "不低于90%", RULE_JZ),
            (CH, SX, "培训完成时间", "2025年11月底前完成", PLAN),
            (CH, CB, "家政培训补贴", "不超过32万元", PLAN),
            (XY, SH, "家政服务质量", "显著提升", PLAN),
            (MY, FW, "家政服务消费者满意度", "≥95%", Q),
        ],
    ),
]

NUMS = "一二三四五六七八九十"


def wan(pj, key):
    v = Decimal(pj[key] or "0")
    return v / 10000 if pj["unit"] == "元" else v


def check():
    assert len(PROJECTS) == 9
    assert len({p["code"] for p in PROJECTS}) == 9
    for p in PROJECTS:
        assert len(p["code"]) == 21, p["code"]
        t, f, o = (Decimal(p[k] or "0") for k in ("total", "fiscal", "other"))
        assert t == f + o, p["name"]
    assert sum(1 for p in PROJECTS if p["other"]) == 3
    assert sum(1 for p in PROJECTS if p["plan"]) == 6
    assert sum(1 for p in PROJECTS if p["unit"] == "元") == 1
    assert sum(1 for p in PROJECTS if not any(r[0] == MY for r in p["rows"])) == 1


def total_wan(key="total"):
    return sum(wan(p, key) for p in PROJECTS)


def prose():
    tot = total_wan()
    fis = total_wan("fiscal")
    oth = total_wan("other")
    return [
        ("Heading 1", "第一部分 部门整体绩效目标"),
        ("Heading 2", "一、部门基本情况"),
        ("Normal", "成安县商务局是县政府工作部门，主要负责全县国内外贸易、消费促进、电子商务、商贸流通体系建设、"
                   "成品油流通监管、招商引资和对外经济合作等工作，内设办公室、市场建设股、市场运行股、外贸股、服务业股，"
                   "下属成安县电子商务公共服务中心、成安县投资促进中心和成安县商务综合行政执法大队。"),
        ("Heading 2", "二、总体绩效目标"),
        ("Normal", "2025年，成安县商务局以扩大内需、稳定外贸、优化流通为主线，着力完善县乡村三级商业网络，"
                   "推动农村电商提质增效，稳住外贸基本盘，持续释放消费潜力，全年社会消费品零售总额增长6%以上，"
                   f"进出口总额增长8%以上。2025年部门项目支出预算合计{tot:.2f}万元，其中财政拨款{fis:.2f}万元、"
                   f"其他资金{oth:.2f}万元，共安排项目{len(PROJECTS)}个。"),
        ("Heading 2", "三、工作保障措施"),
        ("Normal", "一是健全项目资金管理制度，严格按照预算批复和资金支出计划执行；二是加强绩效运行监控，"
                   "对偏离绩效目标的项目及时纠偏；三是强化部门协同，会同财政、市场监管、应急管理等部门做好项目验收和监督检查。"),
    ]


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.font.size = Pt(10.5)
    run.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def span(t, r, c0, c1, text, bold=False, center=False):
    cell = t.cell(r, c0)
    if c1 > c0:
        cell = cell.merge(t.cell(r, c1))
    set_cell(cell, text, bold, center)
    return cell


def add_header_table(doc, pj):
    nrows = 8 if pj["plan"] else 6
    t = doc.add_table(rows=nrows, cols=9)
    t.style = "Table Grid"
    span(t, 0, 0, 0, "项目名称", True)
    span(t, 0, 1, 4, pj["name"])
    span(t, 0, 5, 5, "项目编码", True)
    span(t, 0, 6, 8, pj["code"])
    span(t, 1, 0, 0, "主管部门", True)
    span(t, 1, 1, 4, DEPT)
    span(t, 1, 5, 5, "实施单位", True)
    span(t, 1, 6, 8, pj["org"])
    lab = t.cell(2, 0).merge(t.cell(3, 0))
    set_cell(lab, f"项目资金（{pj['unit']}）", True)
    span(t, 2, 1, 2, "年度资金总额", True, True)
    span(t, 2, 3, 5, "财政拨款", True, True)
    span(t, 2, 6, 8, "其他资金", True, True)
    span(t, 3, 1, 2, pj["total"], center=True)
    span(t, 3, 3, 5, pj["fiscal"], center=True)
    span(t, 3, 6, 8, pj["other"], center=True)
    span(t, 4, 0, 0, "资金用途", True)
    span(t, 4, 1, 8, pj["use"])
    span(t, 5, 0, 0, "年度绩效目标", True)
    span(t, 5, 1, 8, pj["goal"])
    if pj["plan"]:
        lab = t.cell(6, 0).merge(t.cell(7, 0))
        set_cell(lab, "资金支出计划", True)
        for i, (q, v) in enumerate(zip(["一季度", "二季度", "三季度", "四季度"], pj["plan"])):
            span(t, 6, 1 + 2 * i, 2 + 2 * i, q, True, True)
            span(t, 7, 1 + 2 * i, 2 + 2 * i, v, center=True)


def merge_runs(table, col, values, first_row):
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        cell = table.cell(first_row + i, col)
        if j > i:
            cell = cell.merge(table.cell(first_row + j, col))
        set_cell(cell, values[i])
        i = j + 1


def add_indicator_table(doc, pj):
    rows = pj["rows"]
    t = doc.add_table(rows=len(rows) + 1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"]):
        set_cell(t.cell(0, c), h, True, True)
    for i, r in enumerate(rows, start=1):
        for c in (2, 3, 4):
            set_cell(t.cell(i, c), r[c])
    # 二级 names never repeat across 一级 groups, so runs of equal 二级 stay inside one 一级
    merge_runs(t, 1, [r[1] for r in rows], 1)
    merge_runs(t, 0, [r[0] for r in rows], 1)


def build(path=OUT):
    check()
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    h = doc.add_paragraph(TITLE, style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for style, text in prose():
        doc.add_paragraph(text, style=style)
    doc.add_paragraph("第二部分 项目支出绩效目标表", style="Heading 1")
    for n, pj in enumerate(PROJECTS):
        doc.add_paragraph(f"（{NUMS[n]}）{pj['name']}绩效目标表", style="Heading 2")
        doc.add_paragraph(f"填报单位：{DEPT}（盖章）            单位：{pj['unit']}")
        add_header_table(doc, pj)
        doc.add_paragraph("")
        add_indicator_table(doc, pj)
        doc.add_paragraph("")
    doc.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", str(path.parent), str(path)],
                   check=True, capture_output=True)
    print(path, path.with_suffix(".doc"), f"total {total_wan():.2f} 万元")


if __name__ == "__main__":
    build()
