"""Build eval/dev/docs/jiaotongfx-2025.xlsx: 肥乡区交通运输局 2025年 项目支出绩效目标 (invented content).

An Excel export of a budget system, laid out differently from the one-sheet-per-project exports with labels
beside values:

  * first sheet «项目汇总»: a list (序号 | 项目编码 | 项目名称 | 项目负责单位 | 预算金额（元） | 一般公共预算 |
    政府性基金 | 其他资金 | 资金来源) with a 合计 row — NOT a project table;
  * then one sheet per project, named «1-农村公路养护» … «6-生命防护工程».  Columns A–H:
        title (A:H) / 预算单位 … | 金额单位：元
        «一、项目基本信息», then a vertical list: label (A:B merged) | value (C:H merged) for
            项目名称, 项目编码, 预算单位, 项目负责单位, 项目类别, 资金总额（元）, 其中：一般公共预算,
            其中：政府性基金, 其他资金, 资金用途, 项目年度绩效目标
        «二、资金支出计划（累计）», four rows «截至3月末累计支出 | 25%» … «截至12月末累计支出 | 100%»
            (absent on project 4)
        «三、绩效指标», header 一级指标 | 二级指标 | 三级指标 | 指标方向 | 指标值 | 计量单位 | 权重（%） |
            指标值设定依据; 指标方向 is ≥ / ≤ / = / 定性, 指标值 a number (text for 定性 rows);
            一级指标 and 二级指标 merged down their runs
        footer «填报日期：2025年1月15日».

All money in 元.  资金总额 = 一般公共预算 + 政府性基金 + 其他资金; every 成本指标 = 资金总额; the summary sheet's
合计 = sum of the projects.  Project 5 has no 满意度指标; project 4 has no spending plan; project 2's name carries
邯交运〔2025〕4号.

Deterministic output: fixed workbook properties and zip entry timestamps, so a rerun gives the same bytes.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_jiaotongfx.py
"""
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = Path(__file__).resolve().parent / "jiaotongfx-2025.xlsx"

DEPT = "肥乡区交通运输局"
UNIT_CODE = "217001"
YEAR = 2025
FIXED = dt.datetime(2025, 1, 15, 9, 30, 0)

O, X, S = "产出指标", "效益指标", "满意度指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, KC = "社会效益指标", "可持续影响指标"
MY = "服务对象满意度指标"

PLAN = "2025年度工作计划"
Q = "问卷调查"
YS = "2025年预算批复"
JG = "冀交公〔2024〕15号"
HJ = "邯交运〔2025〕4号"
HJ24 = "邯交运〔2024〕11号"
CJ = "冀财建〔2024〕88号"
GLF = "《公路法》"
GLF_FULL = "《中华人民共和国公路法》"
YHB = "《农村公路养护管理办法》"

# indicator = (一级, 二级, 三级, 方向, 指标值, 计量单位, 权重, 依据)
PROJECTS = [
    dict(sheet="1-农村公路养护", code="13040725P00NCGL10001A", name="农村公路养护资金",
         impl="肥乡区农村公路养护中心", kind="特定目标类",
         general=2860000.00, fund=1000000.00, other=0.00,
         use="用于全区420公里农村公路日常养护、35公里预防性养护及水毁路段修复，政府性基金为车辆通行费安排的养护资金。",
         plan=("25%", "50%", "75%", "100%"),
         goal="完成农村公路日常养护里程420公里以上、预防性养护35公里以上，修复水毁路段12处以上，农村公路优良中等路率达到85%以上，保障群众安全便捷出行。",
         inds=[
             (O, SL, "农村公路日常养护里程", "≥", 420, "公里", 15, YHB),
             (O, SL, "预防性养护里程", "≥", 35, "公里", 10, JG),
             (O, SL, "修复水毁路段", "≥", 12, "处", 5, PLAN),
             (O, ZL, "农村公路优良中等路率", "≥", 85, "%", 10, JG),
             (O, ZL, "养护工程验收合格率", "=", 100, "%", 10, YHB),
             (O, SX, "预防性养护工程完工时间", "定性", "2025年10月底前", "", 10, PLAN),
             (O, CB, "农村公路养护资金", "≤", 3860000, "元", 10, YS),
             (X, SH, "群众安全便捷出行条件", "定性", "明显改善", "", 10, PLAN),
             (X, KC, "农村公路使用寿命", "≥", 10, "年", 10, YHB),
             (S, MY, "沿线群众满意度", "≥", 90, "%", 10, Q),
         ]),
    dict(sheet="2-公交运营补贴", code="13040725P00GJBT10002C", name="邯交运〔2025〕4号城乡公交运营补贴资金",
         impl="肥乡区交通运输局本级", kind="特定目标类",
         general=2450000.00, fund=0.00, other=0.00,
         use="按照邯交运〔2025〕4号文件规定的补贴标准，对承担全区12条城乡公交线路运营的48辆公交车辆给予运营补贴。",
         plan=("30%", "60%", "90%", "100%"),
         goal="保障12条以上城乡公交线路稳定运营，建制村通客车率保持100%，全年完成客运量180万人次以上，车辆准点率达到95%以上。",
         inds=[
             (O, SL, "城乡公交运营线路", "≥", 12, "条", 15, HJ),
             (O, SL, "补贴公交运营车辆", "=", 48, "辆", 15, HJ),
             (O, SL, "城乡公交年客运量", "≥", 180, "万人次", 10, PLAN),
             (O, ZL, "建制村通客车率", "=", 100, "%", 10, HJ),
             (O, ZL, "公交车辆准点率", "≥", 95, "%", 10, PLAN),
             (O, SX, "补贴资金拨付时间", "定性", "2025年12月底前", "", 10, PLAN),
             (O, CB, "公交运营补贴资金", "≤", 2450000, "元", 10, YS),
             (X, SH, "城乡居民出行成本", "定性", "有效降低", "", 10, PLAN),
             (S, MY, "乘客满意度", "≥", 92, "%", 10, Q),
         ]),
    dict(sheet="3-桥梁隐患整治", code="13040725P00QLPC10003F", name="公路桥梁安全隐患排查整治项目",
         impl="肥乡区公路工程服务中心", kind="特定目标类",
         general=680000.00, fund=600000.00, other=0.00,
         use="用于全区86座公路桥梁定期检查和安全隐患排查，对4座危旧桥梁实施加固维修整治。",
         plan=("10%", "40%", "80%", "100%"),
         goal="完成86座以上公路桥梁安全隐患排查，整治危旧桥梁4座，整治工程9月底前完工并验收合格，全年不发生桥梁安全事故。",
         inds=[
             (O, SL, "排查公路桥梁数量", "≥", 86, "座", 15, JG),
             (O, SL, "整治危旧桥梁", "=", 4, "座", 15, JG),
             (O, ZL, "桥梁定期检查覆盖率", "=", 100, "%", 10, GLF),
             (O, ZL, "整治工程验收合格率", "=", 100, "%", 10, JG),
             (O, SX, "整治工程完工时间", "定性", "2025年9月底前", "", 10, PLAN),
             (O, CB, "桥梁排查整治资金", "≤", 1280000, "元", 10, YS),
             (X, SH, "桥梁安全事故发生数", "=", 0, "起", 10, GLF),
             (X, KC, "桥梁安全运行水平", "定性", "持续提升", "", 10, PLAN),
             (S, MY, "通行群众满意度", "≥", 88, "%", 10, Q),
         ]),
    dict(sheet="4-执法治超", code="13040725P00ZFZC10004H", name="交通运输综合行政执法及治超经费",
         impl="肥乡区交通运输综合行政执法大队", kind="其他运转类",
         general=560000.00, fund=0.00, other=0.00,
         use="用于路面执法检查、超限超载车辆治理、执法装备维护及执法人员业务培训。",
         plan=None,
         goal="全年开展路面执法检查240次以上，查处超限超载车辆150辆以上，货车超限超载率控制在2%以内，道路运输市场秩序规范有序。",
         inds=[
             (O, SL, "路面执法检查次数", "≥", 240, "次", 15, GLF),
             (O, SL, "查处超限超载车辆", "≥", 150, "辆", 10, HJ),
             (O, SL, "执法人员培训人次", "≥", 60, "人次", 10, PLAN),
             (O, ZL, "执法案件办结率", "=", 100, "%", 10, GLF),
             (O, ZL, "货车超限超载率", "≤", 2, "%", 10, HJ),
             (O, SX, "举报投诉处理时限", "≤", 5, "个工作日", 10, PLAN),
             (O, CB, "执法治超经费", "≤", 560000, "元", 10, YS),
             (X, SH, "道路运输市场秩序", "定性", "规范有序", "", 15, PLAN),
             (S, MY, "服务对象满意度", "≥", 85, "%", 10, Q),
         ]),
    dict(sheet="5-客运站亭维护", code="13040725P00KYZT10005K", name="客运站及公交站亭维护改造项目",
         impl="肥乡区道路运输服务中心", kind="特定目标类",
         general=420000.00, fund=300000.00, other=200000.00,
         use="用于维护改造城乡公交候车站亭60个、新增电子站牌10块及肥乡汽车客运站候车设施维修，其他资金为客运站经营单位自筹。",
         plan=("0%", "50%", "100%", "100%"),
         goal="维护改造公交站亭60个以上，新增电子站牌10块以上，完成客运站候车设施维修1处，工程8月底前完工，候车环境明显改善。",
         inds=[
             (O, SL, "维护改造公交站亭", "≥", 60, "个", 15, HJ24),
             (O, SL, "客运站候车设施维修", "=", 1, "处", 10, PLAN),
             (O, SL, "新增电子站牌", "≥", 10, "块", 10, HJ24),
             (O, ZL, "改造工程验收合格率", "=", 100, "%", 15, HJ24),
             (O, SX, "改造工程完工时间", "定性", "2025年8月底前", "", 10, PLAN),
             (O, CB, "站亭维护改造资金", "≤", 920000, "元", 10, YS),
             (X, SH, "群众候车环境", "定性", "明显改善", "", 15, PLAN),
             (X, KC, "站亭设施使用年限", "≥", 8, "年", 15, HJ24),
         ]),
    dict(sheet="6-生命防护工程", code="13040725P00AQFH10006M", name="农村公路安全生命防护工程",
         impl="肥乡区农村公路养护中心", kind="特定目标类",
         general=2300000.00, fund=2500000.00, other=500000.00,
         use="用于65公里农村公路安全生命防护工程建设，增设波形护栏、交通标志标牌，整治平交路口，其他资金为乡镇配套资金。",
         plan=("5%", "30%", "70%", "100%"),
         goal="完成65公里以上农村公路安全生命防护工程，增设波形护栏18公里以上、交通标志标牌320块以上，整治平交路口40处以上，工程11月底前完工，农村公路交通事故发生率明显下降。",
         inds=[
             (O, SL, "实施安全生命防护工程里程", "≥", 65, "公里", 15, JG),
             (O, SL, "增设波形护栏", "≥", 18, "公里", 10, CJ),
             (O, SL, "设置交通标志标牌", "≥", 320, "块", 10, JG),
             (O, SL, "整治平交路口", "≥", 40, "处", 10, YHB),
             (O, ZL, "防护工程验收合格率", "=", 100, "%", 10, GLF_FULL),
             (O, SX, "防护工程完工时间", "定性", "2025年11月底前", "", 5, PLAN),
             (O, CB, "安全生命防护工程资金", "≤", 5300000, "元", 10, CJ),
             (X, SH, "农村公路交通事故发生率", "定性", "明显下降", "", 10, PLAN),
             (X, KC, "防护设施使用年限", "≥", 10, "年", 10, PLAN),
             (S, MY, "沿线群众满意度", "≥", 90, "%", 10, Q),
         ]),
]

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
BOLD = Font(bold=True)
MONEY = "#,##0.00"


def total(p):
    return p["general"] + p["fund"] + p["other"]


def sources(p):
    parts = []
    if p["general"]:
        parts.append("一般公共预算")
    if p["fund"]:
        parts.append("政府性基金")
    if p["other"]:
        parts.append("其他资金")
    return "、".join(parts)


def put(ws, r, c, v, align=WRAP, bold=False, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = align
    if bold:
        cell.font = BOLD
    if fmt:
        cell.number_format = fmt
    return cell


def box(ws, r1, r2, ncol):
    for r in range(r1, r2 + 1):
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).border = BOX


def build_summary(ws):
    widths = (6, 24, 36, 28, 16, 16, 16, 14, 30)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    put(ws, 1, 1, f"{DEPT}{YEAR}年项目支出预算汇总表", align=CENTER)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    put(ws, 2, 1, f"预算单位：{UNIT_CODE}{DEPT}")
    ws.merge_cells("A2:D2")
    put(ws, 2, 9, "金额单位：元", align=RIGHT)
    heads = ("序号", "项目编码", "项目名称", "项目负责单位", "预算金额（元）", "一般公共预算", "政府性基金", "其他资金", "资金来源")
    for c, h in enumerate(heads, start=1):
        put(ws, 3, c, h, align=CENTER, bold=True)
    r = 4
    for i, p in enumerate(PROJECTS, start=1):
        put(ws, r, 1, i, align=CENTER)
        put(ws, r, 2, p["code"])
        put(ws, r, 3, p["name"])
        put(ws, r, 4, p["impl"])
        for c, v in ((5, total(p)), (6, p["general"]), (7, p["fund"]), (8, p["other"])):
            put(ws, r, c, v, align=RIGHT, fmt=MONEY)
        put(ws, r, 9, sources(p))
        r += 1
    put(ws, r, 1, "合计", align=CENTER, bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    for c, key in ((5, total), (6, lambda p: p["general"]), (7, lambda p: p["fund"]), (8, lambda p: p["other"])):
        put(ws, r, c, round(sum(key(p) for p in PROJECTS), 2), align=RIGHT, fmt=MONEY)
    box(ws, 3, r, 9)
    put(ws, r + 2, 1, "注：各项目绩效目标详见后附分项目工作表。")
    ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=9)


def build_project(ws, p):
    for col, w in zip("ABCDEFGH", (12, 14, 30, 10, 16, 10, 10, 26)):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, f"{DEPT}{YEAR}年度项目支出绩效目标表", align=CENTER)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    put(ws, 2, 1, f"预算单位：{UNIT_CODE}{DEPT}")
    ws.merge_cells("A2:E2")
    put(ws, 2, 8, "金额单位：元", align=RIGHT)
    r = 3
    put(ws, r, 1, "一、项目基本信息", bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    top = r
    rows = [
        ("项目名称", p["name"], None),
        ("项目编码", p["code"], None),
        ("预算单位", f"{UNIT_CODE}{DEPT}", None),
        ("项目负责单位", p["impl"], None),
        ("项目类别", p["kind"], None),
        ("资金总额（元）", total(p), MONEY),
        ("其中：一般公共预算", p["general"], MONEY),
        ("其中：政府性基金", p["fund"], MONEY),
        ("其他资金", p["other"], MONEY),
        ("资金用途", p["use"], None),
        ("项目年度绩效目标", p["goal"], None),
    ]
    for label, value, fmt in rows:
        put(ws, r, 1, label, align=CENTER, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(ws, r, 3, value, align=RIGHT if fmt else WRAP, fmt=fmt)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
        if label in ("资金用途", "项目年度绩效目标"):
            ws.row_dimensions[r].height = 48
        r += 1
    box(ws, top, r - 1, 8)
    sec = 2
    if p["plan"] is not None:
        put(ws, r, 1, "二、资金支出计划（累计）", bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        top = r
        for m, pct in zip((3, 6, 9, 12), p["plan"]):
            put(ws, r, 1, f"截至{m}月末累计支出", align=CENTER)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            put(ws, r, 3, pct, align=CENTER)
            r += 1
        box(ws, top, r - 1, 3)
        sec = 3
    put(ws, r, 1, f"{'二三'[sec - 2]}、绩效指标", bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    r += 1
    heads = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "权重（%）", "指标值设定依据")
    top = r
    for c, h in enumerate(heads, start=1):
        put(ws, r, c, h, align=CENTER, bold=True)
    r += 1
    first = r
    for ind in p["inds"]:
        for c, v in enumerate(ind, start=1):
            put(ws, r, c, v, align=WRAP if c in (3, 8) else CENTER)
        r += 1
    inds = p["inds"]
    for col, key in ((1, lambda i: inds[i][0]), (2, lambda i: inds[i][:2])):
        i = 0
        while i < len(inds):
            j = i
            while j + 1 < len(inds) and key(j + 1) == key(i):
                j += 1
            if j > i:
                ws.merge_cells(start_row=first + i, start_column=col, end_row=first + j, end_column=col)
            i = j + 1
    box(ws, top, r - 1, 8)
    put(ws, r + 1, 1, "填报人：王立新    联系电话：0310-8523316    填报日期：2025年1月15日")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)


def check():
    codes = set()
    for p in PROJECTS:
        assert len(p["code"]) == 21 and p["code"].startswith("13040725P00"), p["code"]
        assert p["code"] not in codes
        codes.add(p["code"])
        assert 8 <= len(p["inds"]) <= 10, p["name"]
        assert sum(i[6] for i in p["inds"]) == 100, p["name"]
        cost = [i for i in p["inds"] if i[1] == CB]
        assert len(cost) == 1 and abs(cost[0][4] - total(p)) < 0.005, p["name"]
    assert sum(p["plan"] is None for p in PROJECTS) == 1
    assert sum(not any(i[0] == S for i in p["inds"]) for p in PROJECTS) == 1


def main():
    check()
    wb = Workbook()
    ws = wb.active
    ws.title = "项目汇总"
    build_summary(ws)
    for p in PROJECTS:
        build_project(wb.create_sheet(p["sheet"]), p)
    wb.properties.creator = "预算管理一体化系统"
    wb.properties.lastModifiedBy = "预算管理一体化系统"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    # rewrite the zip with fixed entry timestamps so that reruns give identical bytes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps dcterms:modified with the current time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-01-15T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    OUT.write_bytes(out.getvalue())
    print(OUT, len(PROJECTS), "projects", sum(len(p["inds"]) for p in PROJECTS), "indicators",
          f"{sum(total(p) for p in PROJECTS):.2f} 元")


if __name__ == "__main__":
    main()
