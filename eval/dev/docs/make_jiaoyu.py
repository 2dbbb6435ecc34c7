"""Build eval/dev/docs/jiaoyu-2025.xls: 肥乡区教育体育局 2025年度部门整体及项目支出绩效目标 (invented content).

An old-format Excel workbook (BIFF8 .xls). xlwt is not installed, so the workbook is written as .xlsx with
openpyxl in a temporary folder and converted with `soffice --headless --convert-to xls`; only the .xls is kept.

Layout:
  * sheet «部门概况»: title, 部门名称/预算年度, 部门职责 (prose), 年度总体目标 (prose), 项目个数, 项目支出预算合计;
  * sheet «项目支出绩效目标表»: a title row, a 填报单位/单位 row, then ALL projects one under another, each block:
        «项目N：名称»                                              (merged A:F)
        项目编码 | code | 项目类型 | type                          (type merged D:F)
        主管部门 | 肥乡区教育体育局 | 实施单位 | org                  (org merged D:F)
        项目总额（万元） | n | 其中：财政拨款 | n | 单位自筹 | n     (numeric cells; project 9 in 元)
        资金使用计划 | «（按季度分配比例）»                          (note merged B:F)
        第一季度 | 第二季度 | 第三季度 | 第四季度
        0.30 | 0.25 | 0.25 | 0.20                                  (numeric, format 0%; NOT cumulative)
        项目内容及用途 | text (merged B:F)
        年度目标 | text (merged B:F)
        一级指标 | 二级指标 | 三级指标 | 目标值 | 评分标准 | 指标来源
        rows …                                                      (一级 and 二级 merged down their runs)
        (one blank row)
  * project 9 is printed in 元; project 8 has no 满意度指标; project 2 carries 冀财教〔2024〕148号 in its name;
    冀教财〔2024〕21号 is cited by projects 1, 3, 4 and 7; 单位自筹 > 0 on projects 5, 6 and 7 only.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_jiaoyu.py
"""
import shutil
import subprocess
import tempfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = Path(__file__).with_name("jiaoyu-2025.xls")
DEPT = "肥乡区教育体育局"
YEAR = 2025

PLAN = "2025年度工作计划"
LAST = "上年实际完成数"
Q = "问卷调查结果"
JC21 = "冀教财〔2024〕21号"
CJ148 = "冀财教〔2024〕148号"
HJ9 = "邯教发〔2024〕9号"
JK6 = "冀教科〔2024〕6号"
LAW_JY = "《中华人民共和国教育法》"
LAW_YW = "《中华人民共和国义务教育法》"
LAW_TY = "《中华人民共和国体育法》"
RULE_SP = "《学校食品安全与营养健康管理规定》"
RULE_AQ = "《中小学幼儿园安全管理办法》"
RULE_JS = "《建设工程质量管理条例》"

CH, XY, MY = "产出指标", "效益指标", "满意度指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, KC, JJ = "社会效益指标", "可持续影响指标", "经济效益指标"
FW = "服务对象满意度指标"

# rows: (一级指标, 二级指标, 三级指标, 目标值, 评分标准 or None for the default, 指标来源)
PROJECTS = [
    dict(
        name="城乡义务教育学校公用经费", code="13042825P00YWGY10001C", kind="经常性项目",
        org="肥乡区各义务教育阶段学校", unit="万元", total="2860.00", fiscal="2860.00", other="0",
        plan=("0.30", "0.25", "0.25", "0.20"),
        use="用于全区52所义务教育阶段学校教学业务、水电取暖、设备购置维护、教师差旅及培训等日常公用支出，保障学校正常运转。",
        goal="按照小学每生每年720元、初中每生每年940元的标准足额拨付公用经费，保障全区52所义务教育学校、35200名学生正常教学秩序，公用经费足额拨付率100%。",
        rows=[
            (CH, SL, "保障学校数量", "≥52所", "全部学校拨付到位得满分，每少1所扣1分", JC21),
            (CH, SL, "受益学生人数", "≥35200人", None, LAST),
            (CH, ZL, "公用经费足额拨付率", "100%", None, JC21),
            (CH, SX, "经费拨付时间", "2025年6月30日前", None, JC21),
            (CH, CB, "小学生均公用经费标准", "≥720元/生·年", None, LAW_YW),
            (CH, CB, "初中生均公用经费标准", "≥940元/生·年", None, LAW_YW),
            (XY, SH, "学校正常运转保障率", "100%", None, LAW_YW),
            (XY, KC, "办学条件改善情况", "持续改善", None, LAW_JY),
            (MY, FW, "师生满意度", "≥90%", None, Q),
        ],
    ),
    dict(
        name="冀财教〔2024〕148号提前下达2025年学前教育发展资金", code="13042825P00XQJY10002F", kind="一次性项目",
        org="肥乡区各公办幼儿园", unit="万元", total="412.00", fiscal="412.00", other="0",
        plan=("0.20", "0.30", "0.30", "0.20"),
        use="用于普惠性幼儿园生均公用经费补助、家庭经济困难幼儿资助以及公办幼儿园保教设施设备购置。",
        goal="补助普惠性幼儿园28所，资助家庭经济困难幼儿860人，全区普惠性幼儿园覆盖率达到90%以上，学前教育公共服务体系不断完善。",
        rows=[
            (CH, SL, "补助普惠性幼儿园数量", "≥28所", None, CJ148),
            (CH, SL, "资助家庭经济困难幼儿人数", "≥860人", None, CJ148),
            (CH, ZL, "资助对象认定准确率", "≥98%", None, CJ148),
            (CH, SX, "资金下达时间", "2025年9月1日前", None, CJ148),
            (CH, CB, "幼儿资助标准", "1000元/生·年", "按标准执行得满分，不符合标准不得分", CJ148),
            (XY, SH, "普惠性幼儿园覆盖率", "≥90%", None, PLAN),
            (XY, KC, "学前教育公共服务体系", "不断完善", None, LAW_JY),
            (MY, FW, "幼儿家长满意度", "≥92%", None, Q),
        ],
    ),
    dict(
        name="学生资助补助资金", code="13042825P00XSZZ10001M", kind="经常性项目",
        org="肥乡区学生资助管理中心", unit="万元", total="735.60", fiscal="735.60", other="0",
        plan=("0.10", "0.40", "0.20", "0.30"),
        use="用于义务教育阶段家庭经济困难寄宿生生活补助、普通高中国家助学金及普通高中免学杂费补助。",
        goal="全年资助家庭经济困难学生6130人次，为1450名普通高中学生免除学杂费，资助资金按时足额发放到位，做到应助尽助，不让一个学生因家庭经济困难而失学。",
        rows=[
            (CH, SL, "资助家庭经济困难学生人次", "≥6130人次", None, JC21),
            (CH, SL, "普通高中免学杂费学生人数", "≥1450人", None, LAST),
            (CH, ZL, "资助对象精准识别率", "100%", None, JC21),
            (CH, ZL, "资助资金发放准确率", "≥99%", None, LAW_JY),
            (CH, SX, "秋季学期资助资金发放时间", "2025年11月30日前", None, JC21),
            (XY, SH, "因贫失学辍学学生人数", "0人", "无因贫失学辍学得满分，出现1人扣全部分值", LAW_JY),
            (XY, SH, "资助政策宣传覆盖面", "全覆盖", None, PLAN),
            (MY, FW, "受助学生及家长满意度", "≥95%", None, Q),
        ],
    ),
    dict(
        name="农村义务教育学生营养改善计划", code="13042825P00YYGS10001A", kind="经常性项目",
        org="肥乡区各农村义务教育学校", unit="万元", total="1580.40", fiscal="1580.40", other="0",
        plan=("0.30", "0.20", "0.30", "0.20"),
        use="用于为农村义务教育阶段学生提供营养膳食补助，补助标准每生每天5元，全年按在校200天计算。",
        goal="为15804名农村义务教育阶段学生提供营养膳食补助，实施学校46所，全年食品安全事故为零，学生营养健康状况持续改善。",
        rows=[
            (CH, SL, "受益学生人数", "≥15804人", None, JC21),
            (CH, SL, "实施营养改善计划学校数量", "≥46所", None, LAST),
            (CH, ZL, "食品安全事故发生数", "0起", None, RULE_SP),
            (CH, ZL, "食堂供餐学校占比", "≥95%", None, RULE_SP),
            (CH, SX, "补助资金拨付及时率", "100%", None, JC21),
            (CH, CB, "膳食补助标准", "5元/生·天", "按标准执行得满分，不符合标准不得分", JC21),
            (XY, SH, "学生营养健康状况", "持续改善", None, PLAN),
            (XY, KC, "营养改善计划长效机制", "长期有效", None, PLAN),
            (MY, FW, "学生及家长满意度", "≥93%", None, Q),
        ],
    ),
    dict(
        name="中小学教师培训经费", code="13042825P00JSPX10003K", kind="经常性项目",
        org="肥乡区教师发展中心", unit="万元", total="96.00", fiscal="80.00", other="16.00",
        plan=("0.15", "0.35", "0.30", "0.20"),
        use="用于中小学幼儿园教师全员培训、骨干教师及班主任专项培训、新入职教师岗前培训；单位自筹部分为区教师发展中心培训服务收入。",
        goal="全年完成教师培训3200人次，其中骨干教师培训400人次、新入职教师岗前培训120人，培训考核合格率不低于95%，教师教育教学能力明显提升。",
        rows=[
            (CH, SL, "教师培训人次", "≥3200人次", None, HJ9),
            (CH, SL, "骨干教师培训人次", "≥400人次", None, HJ9),
            (CH, SL, "新入职教师岗前培训人数", "≥120人", None, PLAN),
            (CH, ZL, "培训考核合格率", "≥95%", None, LAW_JY),
            (CH, SX, "年度培训任务完成时间", "2025年12月15日前", None, PLAN),
            (CH, CB, "人均培训成本", "≤300元/人次", None, HJ9),
            (XY, SH, "教师教育教学能力", "明显提升", None, LAW_JY),
            (MY, FW, "参训教师满意度", "≥90%", None, Q),
        ],
    ),
    dict(
        name="校园安全防控体系建设", code="13042825P00XYAQ10001T", kind="一次性项目",
        org="肥乡区教育体育局安全保卫股", unit="万元", total="268.50", fiscal="228.50", other="40.00",
        plan=("0.40", "0.30", "0.20", "0.10"),
        use="用于中小学幼儿园视频监控系统升级、一键报警装置安装联网、专职保安配备及消防器材更新；单位自筹部分由各学校公用经费结余安排。",
        goal="2025年9月1日前完成86所中小学幼儿园视频监控与一键报警系统联网，专职保安配备率100%，校园周边治安案件不超过5起，全年校园安全责任事故为零。",
        rows=[
            (CH, SL, "视频监控及一键报警联网学校数量", "≥86所", None, RULE_AQ),
            (CH, SL, "配备专职保安人数", "≥172人", None, HJ9),
            (CH, ZL, "专职保安配备率", "100%", None, RULE_AQ),
            (CH, ZL, "监控设备完好率", "≥98%", None, PLAN),
            (CH, SX, "系统联网完成时间", "2025年9月1日前", None, HJ9),
            (XY, SH, "校园周边治安案件发生数", "≤5起", None, LAST),
            (XY, SH, "校园安全责任事故", "0起", None, RULE_AQ),
            (MY, FW, "师生及家长安全感满意度", "≥95%", None, Q),
        ],
    ),
    dict(
        name="中小学校舍维修改造工程", code="13042825P00XSWX10002B", kind="一次性项目",
        org="肥乡区教育基建服务中心", unit="万元", total="1250.00", fiscal="1100.00", other="150.00",
        plan=("0.10", "0.30", "0.40", "0.20"),
        use="用于12所农村中小学校舍屋面防水、门窗更换、厕所改造及操场硬化等维修改造；单位自筹部分为学校历年结余资金。",
        goal="完成12所农村中小学校舍维修改造，改造面积18500平方米，工程验收合格率100%，2025年8月25日前完工，确保秋季开学正常使用。",
        rows=[
            (CH, SL, "维修改造学校数量", "12所", None, JC21),
            (CH, SL, "维修改造面积", "≥18500平方米", None, PLAN),
            (CH, ZL, "工程验收合格率", "100%", None, RULE_JS),
            (CH, SX, "工程完工时间", "2025年8月25日前", None, PLAN),
            (CH, CB, "校舍维修改造工程总成本", "≤1250万元", None, JC21),
            (XY, SH, "农村学校办学条件", "明显改善", None, LAW_YW),
            (XY, KC, "维修校舍使用年限", "≥15年", None, RULE_JS),
            (MY, FW, "师生满意度", "≥90%", None, Q),
        ],
    ),
    dict(
        name="教育信息化及智慧校园建设", code="13042825P00JYXX10001R", kind="延续性项目",
        org="肥乡区电化教育馆", unit="万元", total="320.00", fiscal="320.00", other="0",
        plan=("0.05", "0.25", "0.45", "0.25"),
        use="用于中小学多媒体教室交互式一体机更新、校园网络千兆提速以及区域智慧教育云平台运行维护。",
        goal="更新交互式一体机260台，实现全区中小学千兆光纤接入全覆盖，智慧教育云平台可用率不低于99%，信息化教学常态化应用学校占比达到90%以上。",
        rows=[
            (CH, SL, "更新交互式一体机数量", "≥260台", None, JK6),
            (CH, SL, "千兆光纤接入学校", "全覆盖", None, JK6),
            (CH, ZL, "设备验收合格率", "100%", None, JK6),
            (CH, ZL, "智慧教育云平台可用率", "≥99%", None, PLAN),
            (CH, SX, "设备安装调试完成时间", "2025年10月31日前", None, PLAN),
            (CH, CB, "一体机采购单价", "≤0.98万元/台", None, LAST),
            (XY, SH, "信息化教学常态化应用学校占比", "≥90%", None, JK6),
            (XY, KC, "设备运维响应时间", "≤24小时", None, PLAN),
        ],
    ),
    dict(
        name="青少年体育赛事及校园足球活动经费", code="13042825P00TYSS10001H", kind="经常性项目",
        org="肥乡区青少年业余体育学校", unit="元", total="486000.00", fiscal="486000.00", other="0",
        plan=("0.20", "0.40", "0.30", "0.10"),
        use="用于举办全区中小学生田径运动会、校园足球联赛、篮球比赛等青少年体育赛事，以及组队参加市级以上比赛的集训、交通和食宿支出。",
        goal="全年举办区级青少年体育赛事8项以上，参赛学生不少于5400人次，组队参加市级以上比赛6项，赛事安全事故为零，学生体质健康达标率达到92%以上。",
        rows=[
            (CH, SL, "举办区级青少年体育赛事数量", "≥8项", None, PLAN),
            (CH, SL, "参赛学生人次", "≥5400人次", None, LAST),
            (CH, SL, "组队参加市级以上比赛项目数", "≥6项", None, PLAN),
            (CH, ZL, "赛事安全事故发生数", "0起", None, LAW_TY),
            (CH, SX, "全区中小学生田径运动会举办时间", "2025年10月31日前", None, PLAN),
            (CH, CB, "赛事活动经费", "≤486000元", None, PLAN),
            (XY, SH, "学生体质健康达标率", "≥92%", None, LAW_TY),
            (MY, FW, "参赛师生满意度", "≥88%", None, Q),
        ],
    ),
]


def score_rule(r):
    """评分标准: the row's own text, else a default by 二级指标 and the form of the target."""
    one, two, three, target, rule, src = r
    if rule:
        return rule
    if target.endswith("起"):
        return "每发生1起扣2分，扣完为止" if target.startswith("≤") else "未发生得满分，发生1起扣全部分值"
    if target == "全覆盖":
        return "全部覆盖得满分，每缺1所学校扣0.5分"
    if one == MY:
        return "根据问卷调查结果，达到目标值得满分，每低1个百分点扣1分"
    if two == SL:
        return "完成目标值得满分，未完成按完成比例得分"
    if two == ZL:
        return "达到目标值得满分，每低1个百分点扣0.5分"
    if two == SX:
        return "按期完成得满分，每逾期10天扣1分"
    if two == CB and target.startswith("≥"):
        return "达到标准得满分，低于标准不得分"
    if two == CB:
        return "控制在标准以内得满分，超出标准不得分"
    return "根据实际成效综合评价，未达到预期酌情扣分"


def wan(pj, key):
    v = Decimal(pj[key] or "0")
    return v / 10000 if pj["unit"] == "元" else v


def check():
    assert len(PROJECTS) == 9
    assert len({p["code"] for p in PROJECTS}) == 9
    for p in PROJECTS:
        assert len(p["code"]) == 21 and p["code"].startswith("13042825P00"), p["code"]
        t, f, o = (Decimal(p[k] or "0") for k in ("total", "fiscal", "other"))
        assert t == f + o, p["name"]
        assert sum(Decimal(x) for x in p["plan"]) == 1, p["name"]
    n = sum(len(p["rows"]) for p in PROJECTS)
    assert 60 <= n <= 75, n
    assert sum(1 for p in PROJECTS if Decimal(p["other"]) > 0) == 3
    assert sum(1 for p in PROJECTS if p["unit"] == "元") == 1
    assert sum(1 for p in PROJECTS if not any(r[0] == MY for r in p["rows"])) == 1
    assert sum(1 for p in PROJECTS if any(r[5] == JC21 for r in p["rows"])) == 4
    return n


def total_wan(key="total"):
    return sum(wan(p, key) for p in PROJECTS)


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)


def put(ws, r, c, v, bold=False, center=False, fmt=None, border=True):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = CENTER if center else WRAP
    if bold:
        cell.font = BOLD
    if fmt:
        cell.number_format = fmt
    if border:
        cell.border = BOX
    return cell


def merge(ws, r0, c0, r1, c1):
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            ws.cell(row=r, column=c).border = BOX
    if (r0, c0) != (r1, c1):
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)


def sheet_overview(ws):
    tot, fis, oth = total_wan(), total_wan("fiscal"), total_wan("other")
    ws.column_dimensions["A"].width = 18
    for col in "BCD":
        ws.column_dimensions[col].width = 30
    put(ws, 1, 1, f"{DEPT}{YEAR}年度部门整体绩效目标", bold=True, center=True, border=False)
    ws.merge_cells("A1:D1")
    put(ws, 2, 1, "部门名称", bold=True)
    put(ws, 2, 2, DEPT)
    put(ws, 2, 3, "预算年度", bold=True)
    put(ws, 2, 4, YEAR, center=True)
    put(ws, 3, 1, "部门职责", bold=True)
    put(ws, 3, 2, "肥乡区教育体育局是区政府工作部门，贯彻执行国家教育、体育工作方针政策和法律法规；"
                  "统筹管理全区学前教育、义务教育、普通高中教育和职业教育；负责全区教育经费统筹管理和学生资助工作；"
                  "负责中小学幼儿园教师队伍建设和教师培训；指导学校安全稳定、卫生健康和校舍基础设施建设；"
                  "推进教育信息化建设；组织开展青少年体育训练竞赛和全民健身活动。")
    merge(ws, 3, 2, 3, 4)
    put(ws, 4, 1, "年度总体目标", bold=True)
    put(ws, 4, 2, "2025年，肥乡区教育体育局围绕办好人民满意的教育，巩固义务教育优质均衡发展成果，推进学前教育普及普惠，"
                  "落实学生资助政策做到应助尽助，持续实施农村义务教育学生营养改善计划，完成12所农村中小学校舍维修改造，"
                  "推进智慧校园建设，健全校园安全防控体系，全年校园安全责任事故为零，办学条件和教育质量持续提升，"
                  "青少年体育活动广泛开展。")
    merge(ws, 4, 2, 4, 4)
    put(ws, 5, 1, "项目个数", bold=True)
    put(ws, 5, 2, len(PROJECTS), center=True)
    put(ws, 5, 3, "项目支出预算合计（万元）", bold=True)
    put(ws, 5, 4, float(tot), center=True, fmt="0.00")
    put(ws, 6, 1, "其中：财政拨款（万元）", bold=True)
    put(ws, 6, 2, float(fis), center=True, fmt="0.00")
    put(ws, 6, 3, "单位自筹（万元）", bold=True)
    put(ws, 6, 4, float(oth), center=True, fmt="0.00")
    for r in (3, 4):
        ws.row_dimensions[r].height = 90


def project_block(ws, r, n, pj):
    money_fmt = "#,##0.00" if pj["unit"] == "元" else "0.00"
    put(ws, r, 1, f"项目{n}：{pj['name']}", bold=True)
    merge(ws, r, 1, r, 6)
    r += 1
    put(ws, r, 1, "项目编码", bold=True)
    put(ws, r, 2, pj["code"])
    put(ws, r, 3, "项目类型", bold=True)
    put(ws, r, 4, pj["kind"])
    merge(ws, r, 4, r, 6)
    r += 1
    put(ws, r, 1, "主管部门", bold=True)
    put(ws, r, 2, DEPT)
    put(ws, r, 3, "实施单位", bold=True)
    put(ws, r, 4, pj["org"])
    merge(ws, r, 4, r, 6)
    r += 1
    put(ws, r, 1, f"项目总额（{pj['unit']}）", bold=True)
    put(ws, r, 2, float(pj["total"]), center=True, fmt=money_fmt)
    put(ws, r, 3, "其中：财政拨款", bold=True)
    put(ws, r, 4, float(pj["fiscal"]), center=True, fmt=money_fmt)
    put(ws, r, 5, "单位自筹", bold=True)
    put(ws, r, 6, float(pj["other"]), center=True, fmt=money_fmt)
    r += 1
    put(ws, r, 1, "资金使用计划", bold=True)
    put(ws, r, 2, "（按季度分配比例）")
    merge(ws, r, 2, r, 6)
    r += 1
    for i, q in enumerate(["第一季度", "第二季度", "第三季度", "第四季度"]):
        put(ws, r, 1 + i, q, bold=True, center=True)
    r += 1
    for i, v in enumerate(pj["plan"]):
        put(ws, r, 1 + i, float(v), center=True, fmt="0%")
    r += 1
    put(ws, r, 1, "项目内容及用途", bold=True)
    put(ws, r, 2, pj["use"])
    merge(ws, r, 2, r, 6)
    ws.row_dimensions[r].height = 48
    r += 1
    put(ws, r, 1, "年度目标", bold=True)
    put(ws, r, 2, pj["goal"])
    merge(ws, r, 2, r, 6)
    ws.row_dimensions[r].height = 48
    r += 1
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "目标值", "评分标准", "指标来源"], start=1):
        put(ws, r, c, h, bold=True, center=True)
    r += 1
    first = r
    rows = pj["rows"]
    for row in rows:
        put(ws, r, 3, row[2])
        put(ws, r, 4, row[3], center=True)
        put(ws, r, 5, score_rule(row))
        put(ws, r, 6, row[5])
        r += 1
    # 一级 and 二级 merged down their runs; 二级 runs never cross a 一级 boundary here
    for col in (1, 2):
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col - 1] == rows[i][col - 1] and rows[j + 1][0] == rows[i][0]:
                j += 1
            put(ws, first + i, col, rows[i][col - 1], center=True)
            merge(ws, first + i, col, first + j, col)
            i = j + 1
    return r + 1  # one blank row before the next project


def sheet_projects(ws):
    for col, w in zip("ABCDEF", (16, 22, 30, 18, 34, 28)):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, f"{DEPT}{YEAR}年度项目支出绩效目标表", bold=True, center=True, border=False)
    ws.merge_cells("A1:F1")
    put(ws, 2, 1, f"填报单位：{DEPT}", border=False)
    ws.merge_cells("A2:C2")
    put(ws, 2, 6, "金额单位：万元（另有注明的除外）", border=False)
    r = 4
    for n, pj in enumerate(PROJECTS, start=1):
        r = project_block(ws, r, n, pj)


def build(path=OUT):
    n = check()
    wb = Workbook()
    wb.properties.creator = DEPT
    wb.properties.created = wb.properties.modified = datetime(2025, 1, 10, 9, 0, 0)
    ws = wb.active
    ws.title = "部门概况"
    sheet_overview(ws)
    sheet_projects(wb.create_sheet("项目支出绩效目标表"))
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / (path.stem + ".xlsx")
        wb.save(xlsx)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                        "--convert-to", "xls", "--outdir", tmp, str(xlsx)],
                       check=True, capture_output=True)
        shutil.copyfile(Path(tmp) / (path.stem + ".xls"), path)
    print(path, f"{len(PROJECTS)} projects, {n} indicator rows, total {total_wan():.2f} 万元")


if __name__ == "__main__":
    build()
