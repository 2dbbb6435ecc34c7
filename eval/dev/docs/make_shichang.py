"""Build eval/dev/docs/shichang-2025.docx and shichang-2025.pdf:
广平县市场监督管理局 2025年项目支出绩效目标 (invented content, a public disclosure printed to PDF).

Layout:
  * centred title, a line «公开单位：… 公开日期：…», prose sections 一、部门职责 / 二、项目支出总体情况 (with the
    department totals) / 三、项目支出绩效目标表;
  * per project a heading «附表N  项目名称» and TWO tables:
      - a 4-column header table whose labels and values alternate:
            项目名称 | name | 项目编码 | code
            主管部门 | dept | 实施单位 | unit
            资金总额（万元） | amount | 财政拨款 | amount          (资金总额（元） on the project printed in 元)
            其中：上级补助 | amount | 本级安排 | amount
            其他资金 | amount | 项目属性 | 延续项目/新增项目
            资金用途 | text (merged over 3 columns)
            [资金使用计划（累计）：一季度20%，二季度50%，三季度80%，四季度100%]   (one row merged over 4 columns, 4 projects)
            年度绩效目标：text                                                  (one row merged over 4 columns)
      - a line «绩效指标», then a 5-column indicator table 一级指标 | 二级指标 | 三级指标 | 指标值 | 备注,
        一级指标 merged down, equal consecutive 二级指标 merged down;
  * every project starts a new page; footer line «填报日期：2025年1月16日» after the last one.
Gaps: 计量器具强制检定经费 has no 满意度指标; 知识产权保护与商标品牌培育经费 is printed in 元;
the name of project 3 carries 冀财行〔2024〕112号, cited again in its 备注.

The .docx and .pdf bytes are made reproducible: fixed core properties, fixed zip timestamps, and the PDF's
dates and /ID overwritten in place (same length, so the xref offsets stay valid).

Run:  /work/main/.venv/bin/python eval/dev/docs/make_shichang.py
"""
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
OUT = HERE / "shichang-2025.docx"
DEPT = "广平县市场监督管理局"
TITLE = "广平县市场监督管理局2025年项目支出绩效目标"
FONT = "Noto Sans CJK SC"

BJ = "广平县市场监督管理局（本级）"
ZFD = "广平县市场监管综合行政执法队"
JCZX = "广平县检验检测中心"

PLAN = "2025年工作计划"
YS = "2025年部门预算"
HIST = "历史数据"
Q = "问卷调查"
JS8 = "冀市监〔2024〕8号"          # cited by projects 1, 2, 7
HS3 = "邯市监字〔2025〕3号"        # cited by projects 5, 6
HS15 = "邯市监字〔2024〕15号"      # cited by project 4
JC112 = "冀财行〔2024〕112号"      # in project 3's name and basis
SPF = "《中华人民共和国食品安全法》"   # projects 1, 7
CPF = "《中华人民共和国产品质量法》"   # project 3
TZF = "《中华人民共和国特种设备安全法》"
JLF = "《中华人民共和国计量法》"
XQF = "《中华人民共和国消费者权益保护法》"
SBF = "《中华人民共和国商标法》"
CFF = "《中华人民共和国行政处罚法》"

PROSE = [
    ("Heading 1", "一、部门职责"),
    ("Normal", "广平县市场监督管理局是县政府工作部门，负责全县市场综合监督管理，统一登记市场主体；组织和指导市场监管综合执法；"
               "承担食品安全监督管理综合协调，组织开展食品安全监督抽检、风险监测和核查处置；负责特种设备安全监督管理；"
               "负责产品质量安全监督管理和工业产品生产许可管理；负责计量、标准化、检验检测和认证认可工作；"
               "负责知识产权保护和商标品牌培育；受理消费者投诉举报，保护消费者合法权益。"),
    ("Normal", "本局内设办公室、食品安全协调股、特种设备安全监察股、质量发展股、消费者权益保护股等股室，"
               "下设广平县市场监管综合行政执法队、广平县检验检测中心2个事业单位，在各乡镇设市场监管所。"),
    ("Heading 1", "二、项目支出总体情况"),
    ("Normal", "2025年本部门共安排项目支出7个，资金总额合计476.36万元，其中财政拨款452.06万元（上级补助183.00万元、"
               "本级安排269.06万元），其他资金24.30万元。项目支出主要用于食品安全监督抽检、特种设备安全监察、"
               "产品质量安全监管、知识产权保护、计量器具强制检定、消费者权益保护和市场监管综合执法办案。"),
    ("Heading 1", "三、项目支出绩效目标表"),
]

# rows: (一级指标, 二级指标, 三级指标, 指标值, 备注)
PROJECTS = [
    dict(code="13043225P00SPCJ10001K", name="食品安全监督抽检经费", unit=JCZX, yuan=False,
         money=dict(total="120.00", fin="120.00", sup="45.00", local="75.00", other="0.00"), attr="延续项目",
         use="用于开展全县食品生产、流通、餐饮环节食品安全监督抽检和食用农产品快速检测，支付抽检样品购置、检验检测费用，"
             "对抽检不合格食品开展核查处置。",
         goal="全年完成食品安全监督抽检1500批次以上、食用农产品快检6000批次以上，不合格食品核查处置率100%，"
              "食品安全抽检合格率不低于97%，守住不发生区域性系统性食品安全事件的底线。",
         plan=("20%", "50%", "80%", "100%"),
         rows=[
             ("产出指标", "数量指标", "食品安全监督抽检批次", "≥1500批次", JS8),
             ("产出指标", "数量指标", "食用农产品快检批次", "≥6000批次", PLAN),
             ("产出指标", "质量指标", "抽检样品检验报告准确率", "=100%", SPF),
             ("产出指标", "质量指标", "不合格食品核查处置率", "100%", SPF),
             ("产出指标", "时效指标", "抽检任务完成时间", "2025年11月底前", JS8),
             ("产出指标", "成本指标", "食品安全抽检经费", "≤120万元", YS),
             ("效益指标", "社会效益指标", "食品安全抽检合格率", "不低于97%", HIST),
             ("效益指标", "社会效益指标", "区域性系统性食品安全事件", "0起", SPF),
             ("效益指标", "可持续影响指标", "食品安全风险隐患排查机制", "长效运行", JS8),
             ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥90%", Q),
         ]),
    dict(code="13043225P00TZSB10002M", name="特种设备安全监察经费", unit=ZFD, yuan=False,
         money=dict(total="68.50", fin="60.00", sup="0.00", local="60.00", other="8.50"), attr="延续项目",
         use="用于对全县在用电梯、锅炉、压力容器、起重机械、场（厂）内专用机动车辆等特种设备开展监督检查，"
             "组织特种设备作业人员安全培训，维护电梯应急处置平台运行。",
         goal="全年监督检查在用特种设备800台次以上，特种设备定期检验率达到98%以上，发现的安全隐患全部整改，"
              "特种设备万台死亡率控制在0.15以内。",
         plan=None,
         rows=[
             ("产出指标", "数量指标", "在用特种设备监督检查台次", "≥800台次", JS8),
             ("产出指标", "数量指标", "特种设备作业人员培训人次", "≥300人次", PLAN),
             ("产出指标", "质量指标", "特种设备定期检验率", "≥98%", TZF),
             ("产出指标", "质量指标", "安全隐患整改率", "=100%", TZF),
             ("产出指标", "时效指标", "隐患整改完成时限", "发现后15个工作日内", JS8),
             ("产出指标", "成本指标", "特种设备安全监察经费", "≤68.5万元", YS),
             ("效益指标", "社会效益指标", "特种设备万台死亡率", "控制在0.15以内", HIST),
             ("效益指标", "可持续影响指标", "电梯应急处置平台运行", "全年稳定运行", PLAN),
             ("满意度指标", "服务对象满意度指标", "特种设备使用单位满意度", "≥85%", Q),
         ]),
    dict(code="13043225P00CPZL10003N", name="冀财行〔2024〕112号提前下达2025年中央产品质量安全监管补助资金",
         unit=BJ, yuan=False,
         money=dict(total="96.00", fin="96.00", sup="96.00", local="0.00", other="0.00"), attr="延续项目",
         use="用于开展重点工业产品质量安全监督抽查和生产企业监督检查，对抽查不合格产品依法处理，"
             "帮扶中小企业开展质量提升。",
         goal="完成产品质量监督抽查260批次以上，检查重点工业产品生产企业120家次以上，帮扶15家企业开展质量提升，"
              "重点工业产品监督抽查合格率不低于93%。",
         plan=("0%", "40%", "70%", "100%"),
         rows=[
             ("产出指标", "数量指标", "产品质量监督抽查批次", "≥260批次", JC112),
             ("产出指标", "数量指标", "重点工业产品生产企业检查家次", "≥120家次", PLAN),
             ("产出指标", "数量指标", "质量提升帮扶企业数量", "=15家", PLAN),
             ("产出指标", "质量指标", "抽查不合格产品后处理率", "100%", CPF),
             ("产出指标", "质量指标", "监督抽查覆盖率", "≥95%", JC112),
             ("产出指标", "时效指标", "抽查结果公示时间", "检验结论出具后20日内", CPF),
             ("产出指标", "成本指标", "中央产品质量安全监管补助资金", "≤96万元", JC112),
             ("效益指标", "经济效益指标", "帮扶企业产品合格率提升", "≥3个百分点", HIST),
             ("效益指标", "社会效益指标", "重点工业产品监督抽查合格率", "不低于93%", HIST),
             ("效益指标", "可持续影响指标", "产品质量安全风险监测机制", "持续完善", PLAN),
             ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%", Q),
         ]),
    dict(code="13043225P00ZSCQ10004P", name="知识产权保护与商标品牌培育经费", unit=BJ, yuan=True,
         money=dict(total="254600.00", fin="254600.00", sup="0.00", local="254600.00", other="0.00"), attr="新增项目",
         use="用于培育地理标志证明商标和县域特色商标品牌，开展知识产权执法检查和知识产权宣传培训。",
         goal="培育地理标志及商标品牌20件以上，开展知识产权执法检查6次以上，宣传培训400人次以上，"
              "有效注册商标数量增长8%以上。",
         plan=None,
         rows=[
             ("产出指标", "数量指标", "培育地理标志及商标品牌数量", "≥20件", HS15),
             ("产出指标", "数量指标", "知识产权执法检查次数", "≥6次", PLAN),
             ("产出指标", "数量指标", "知识产权宣传培训人次", "≥400人次", PLAN),
             ("产出指标", "质量指标", "知识产权侵权案件结案率", "≥95%", SBF),
             ("产出指标", "时效指标", "商标品牌培育任务完成时间", "2025年10月底前", HS15),
             ("产出指标", "成本指标", "知识产权保护与品牌培育经费", "≤254600元", YS),
             ("效益指标", "社会效益指标", "有效注册商标数量增长率", "≥8%", HIST),
             ("满意度指标", "服务对象满意度指标", "市场主体满意度", "不低于85%", Q),
         ]),
    dict(code="13043225P00JLJD10005Q", name="计量器具强制检定经费", unit=JCZX, yuan=False,
         money=dict(total="45.80", fin="40.00", sup="10.00", local="30.00", other="5.80"), attr="延续项目",
         use="用于对贸易结算、安全防护、医疗卫生、环境监测领域列入强制检定目录的计量器具开展检定，"
             "组织集贸市场计量器具专项检查，购置检定标准器具耗材。",
         goal="全年强制检定计量器具12000台件以上，其中医疗卫生机构计量器具1500台件以上，强检计量器具受检率达到95%以上，"
              "计量器具不合格率低于2%。",
         plan=("25%", "50%", "75%", "100%"),
         rows=[
             ("产出指标", "数量指标", "强制检定计量器具数量", "≥12000台件", HS3),
             ("产出指标", "数量指标", "集贸市场计量器具专项检查次数", "=4次", PLAN),
             ("产出指标", "数量指标", "医疗卫生机构计量器具检定台件", "≥1500台件", HS3),
             ("产出指标", "质量指标", "检定结果准确率", "≥99.5%", JLF),
             ("产出指标", "质量指标", "强检计量器具受检率", "≥95%", JLF),
             ("产出指标", "时效指标", "检定证书出具时限", "≤5个工作日", PLAN),
             ("产出指标", "成本指标", "计量器具强制检定经费", "≤45.8万元", YS),
             ("效益指标", "社会效益指标", "计量器具不合格率", "＜2%", HIST),
             ("效益指标", "可持续影响指标", "计量溯源体系", "持续健全", HS3),
         ]),
    dict(code="13043225P00XFWQ10006R", name="消费者权益保护及12315投诉举报处置经费", unit=BJ, yuan=False,
         money=dict(total="38.00", fin="38.00", sup="12.00", local="26.00", other="0.00"), attr="延续项目",
         use="用于12315投诉举报受理处置、消费纠纷调解、放心消费示范单位创建和“3·15”国际消费者权益日主题宣传。",
         goal="受理消费投诉举报3000件以上，投诉按时办结率98%以上，创建放心消费示范单位50家以上，"
              "为消费者挽回经济损失80万元以上，消费环境持续优化。",
         plan=("30%", "60%", "100%", "100%"),
         rows=[
             ("产出指标", "数量指标", "受理消费投诉举报件数", "≥3000件", HIST),
             ("产出指标", "数量指标", "放心消费示范单位创建数量", "≥50家", HS3),
             ("产出指标", "数量指标", "“3·15”主题宣传活动场次", "≥5场", PLAN),
             ("产出指标", "质量指标", "投诉按时办结率", "≥98%", XQF),
             ("产出指标", "质量指标", "投诉调解成功率", "不低于70%", HIST),
             ("产出指标", "时效指标", "投诉举报受理时限", "接到后7个工作日内", XQF),
             ("产出指标", "成本指标", "消费者权益保护工作经费", "≤38万元", YS),
             ("效益指标", "经济效益指标", "为消费者挽回经济损失", "≥80万元", HIST),
             ("效益指标", "社会效益指标", "消费环境", "持续优化", HS3),
             ("满意度指标", "服务对象满意度指标", "投诉举报人满意度", "不低于90%", Q),
         ]),
    dict(code="13043225P00ZHZF10007S", name="市场监管综合执法办案经费", unit=ZFD, yuan=False,
         money=dict(total="82.60", fin="72.60", sup="20.00", local="52.60", other="10.00"), attr="新增项目",
         use="用于查办市场监管领域违法案件，开展“双随机、一公开”监管抽查，购置执法记录仪、快检车载设备等执法装备，"
             "支付案件涉案物品检验鉴定费用。",
         goal="查办市场监管领域违法案件150件以上，“双随机、一公开”抽查市场主体900户以上，案件办理合格率95%以上，"
              "2025年6月底前完成执法装备采购，行政执法复议纠错率控制在5%以内。",
         plan=None,
         rows=[
             ("产出指标", "数量指标", "查办市场监管领域违法案件数量", "≥150件", HIST),
             ("产出指标", "数量指标", "“双随机、一公开”抽查市场主体户数", "≥900户", JS8),
             ("产出指标", "数量指标", "执法装备购置数量", "=12台套", PLAN),
             ("产出指标", "质量指标", "案件办理合格率", "≥95%", CFF),
             ("产出指标", "质量指标", "“双随机”抽查结果公示率", "100%", JS8),
             ("产出指标", "时效指标", "一般程序案件办结时限", "立案之日起90日内", CFF),
             ("产出指标", "时效指标", "执法装备采购完成时间", "2025年6月底前", PLAN),
             ("产出指标", "成本指标", "综合执法办案经费", "≤82.6万元", YS),
             ("效益指标", "社会效益指标", "食品领域违法案件查处", "有力震慑", SPF),
             ("效益指标", "可持续影响指标", "行政执法复议纠错率", "控制在5%以内", HIST),
             ("满意度指标", "服务对象满意度指标", "执法对象满意度", "≥88%", Q),
         ]),
]

HEAD_W = (3.6, 5.6, 2.4, 5.4)
IND_W = (2.0, 2.6, 4.8, 3.2, 4.4)
FIXED_TIME = datetime(2025, 1, 16, 9, 0, 0)


def style_run(run, size=10, bold=False):
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    style_run(p.add_run(text), bold=bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def widths(t, ws):
    """Fix the column widths; rows may not break across pages (the table itself may)."""
    t.autofit = False
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
    for j, col in enumerate(t.columns):
        col.width = Cm(ws[j])
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(ws[j])


def plan_text(plan):
    q = ("一季度", "二季度", "三季度", "四季度")
    return "资金使用计划（累计）：" + "，".join(f"{a}{b}" for a, b in zip(q, plan))


def add_header_table(doc, pj):
    m = pj["money"]
    unit = "元" if pj["yuan"] else "万元"
    n = 7 + (1 if pj["plan"] else 0)
    t = doc.add_table(rows=n, cols=4)
    t.style = "Table Grid"
    pairs = [
        ("项目名称", pj["name"], "项目编码", pj["code"]),
        ("主管部门", DEPT, "实施单位", pj["unit"]),
        (f"资金总额（{unit}）", m["total"], "财政拨款", m["fin"]),
        ("其中：上级补助", m["sup"], "本级安排", m["local"]),
        ("其他资金", m["other"], "项目属性", pj["attr"]),
    ]
    for r, (a, b, c, d) in enumerate(pairs):
        set_cell(t.cell(r, 0), a, bold=True)
        set_cell(t.cell(r, 1), b, center=(r in (2, 3, 4) and b[0].isdigit()))
        set_cell(t.cell(r, 2), c, bold=True)
        set_cell(t.cell(r, 3), d, center=(r in (2, 3) and d[0].isdigit()))
    r = len(pairs)
    set_cell(t.cell(r, 0), "资金用途", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 3)), pj["use"])
    r += 1
    if pj["plan"]:
        set_cell(t.cell(r, 0).merge(t.cell(r, 3)), plan_text(pj["plan"]))
        r += 1
    set_cell(t.cell(r, 0).merge(t.cell(r, 3)), "年度绩效目标：" + pj["goal"])
    r += 1
    assert r == len(t.rows)
    widths(t, HEAD_W)


def merge_runs(t, col, values, first):
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        c = t.cell(first + i, col)
        if j > i:
            c = c.merge(t.cell(first + j, col))
        set_cell(c, values[i], center=True)
        i = j + 1


def add_indicator_table(doc, pj):
    rows = pj["rows"]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "备注")):
        set_cell(t.cell(0, j), h, bold=True, center=True)
    for i, row in enumerate(rows, start=1):
        set_cell(t.cell(i, 2), row[2])
        set_cell(t.cell(i, 3), row[3])
        set_cell(t.cell(i, 4), row[4])
    merge_runs(t, 0, [x[0] for x in rows], 1)
    merge_runs(t, 1, [x[1] for x in rows], 1)
    widths(t, IND_W)


def check():
    codes = [p["code"] for p in PROJECTS]
    assert len(set(codes)) == len(codes) == 7
    tot = fin = oth = sup = loc = Decimal(0)
    for p in PROJECTS:
        assert len(p["code"]) == 21 and p["code"].startswith("13043225P"), p["code"]
        assert 8 <= len(p["rows"]) <= 11, p["name"]
        m = {k: Decimal(v) for k, v in p["money"].items()}
        assert m["total"] == m["fin"] + m["other"], p["name"]
        assert m["fin"] == m["sup"] + m["local"], p["name"]
        cost = [r for r in p["rows"] if r[1] == "成本指标"]
        assert len(cost) == 1
        num = Decimal(re.sub(r"[^\d.]", "", cost[0][3]))
        assert num == m["total"], (p["name"], num)
        assert cost[0][3].endswith("元" if p["yuan"] else "万元")
        k = Decimal(10000) if p["yuan"] else Decimal(1)
        tot += m["total"] / k
        fin += m["fin"] / k
        oth += m["other"] / k
        sup += m["sup"] / k
        loc += m["local"] / k
    prose = PROSE[4][1]
    for v in (tot, fin, oth, sup, loc):
        assert f"{v:.2f}万元" in prose, v
    assert sum(1 for p in PROJECTS if not any(r[0] == "满意度指标" for r in p["rows"])) == 1
    assert sum(1 for p in PROJECTS if p["yuan"]) == 1


def fix_zip(path):
    """Rewrite the .docx zip with fixed timestamps and a fixed member order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    tmp.replace(path)


def fix_pdf(pdf):
    """Overwrite the volatile parts of LibreOffice's PDF (dates, /ID) in place, keeping every length."""
    b = pdf.read_bytes()

    def date(m):
        s = m.group(0)
        fixed = b"D:20250116090000+08'00'"
        inner = s[s.index(b"(") + 1:s.rindex(b")")]
        rep = (fixed + b" " * len(inner))[:len(inner)] if len(inner) >= len(fixed) else fixed[:len(inner)]
        return s[:s.index(b"(") + 1] + rep + s[s.rindex(b")"):]

    b = re.sub(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)", date, b)
    b = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\1>",
               lambda m: re.sub(rb">[^<]*<", lambda n: b">" + (b"2025-01-16T09:00:00+08:00" + b" " * 64)[:len(n.group(0)) - 2] + b"<", m.group(0), count=1), b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"1" * len(m.group(2))), b)
    b = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), b)
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + b"00000000-0000-0000-0000-000000000000", b)
    pdf.write_bytes(b)


def build(path=OUT):
    check()
    doc = Document()
    cp = doc.core_properties
    cp.author = DEPT
    cp.last_modified_by = DEPT
    cp.title = TITLE
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    for hs in ("Heading 1", "Heading 2"):
        h = doc.styles[hs]
        h.font.name = FONT
        h.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(para.add_run(TITLE), size=16, bold=True)
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(sub.add_run(f"公开单位：{DEPT}    公开日期：2025年1月24日"), size=10)
    for style, text in PROSE:
        doc.add_paragraph(text, style=style)
    for n, pj in enumerate(PROJECTS, start=1):
        h = doc.add_paragraph(style="Heading 2")
        h.paragraph_format.page_break_before = True     # each project's form starts a new page
        h.add_run(f"附表{n}  {pj['name']}项目绩效目标表")
        add_header_table(doc, pj)
        p = doc.add_paragraph()
        style_run(p.add_run("绩效指标"), size=10.5, bold=True)
        add_indicator_table(doc, pj)
        doc.add_paragraph("")
    foot = doc.add_paragraph()
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    style_run(foot.add_run("填报日期：2025年1月16日"), size=10)
    doc.save(path)
    fix_zip(path)
    with tempfile.TemporaryDirectory() as td:
        # a private profile keeps the conversion independent of any running LibreOffice
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf = path.with_suffix(".pdf")
        shutil.copyfile(Path(td) / pdf.name, pdf)
    fix_pdf(pdf)
    return path, pdf


if __name__ == "__main__":
    print(*build())
