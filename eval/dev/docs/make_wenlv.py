"""Build eval/dev/docs/wenlv-2025.xlsx: 魏县文化广电和旅游局 2025年 项目支出绩效目标表 (invented content).

Laid out the way a budget system (预算管理一体化系统) exports 项目支出绩效目标表 to Excel, one sheet per
project, sheets named after the projects (truncated to Excel's 31 characters).  Each sheet, columns A–E:

    title row (merged A:E)
    填报单位 … | 单位：万元  (单位：元 for the one project filed in 元)
    项目名称 | name                      (B:E merged)
    项目编码 | code                      (B:E merged)
    主管部门 | … | 实施单位 | …
    资金情况（万元） (A merged down 3 rows) | 资金总额 / 其中：财政拨款 / 其他资金 | amount (C:E merged)
    项目概况 | text                      (B:E merged)
    资金支出计划（累计%） (A merged down 2 rows) | 3月底 6月底 10月底 12月底 / percentages   [absent for one project]
    年度绩效目标 | text                  (B:E merged)
    一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值确定依据
    indicator rows, 一级指标 and 二级指标 merged down their runs as real exports do.

Amounts are numeric cells formatted 0.00; spending-plan percentages are text («25%»).

Deliberate reviewer findings kept in the data:
  * 旅游厕所建设及A级景区提升项目: 成本指标 ≤800万元 > 资金总额 780.00;
  * 农村公益电影放映补助资金 is filed in 元 (856800.00 元 = 85.68 万元);
  * 文化市场综合执法经费 has no spending plan and no 满意度指标.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_wenlv.py
"""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = Path(__file__).resolve().parent / "wenlv-2025.xlsx"

DEPT = "魏县文化广电和旅游局"
YEAR = 2025

O, X, S = "产出指标", "效益指标", "满意度指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, JJ, ST, KC = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标"
MY = "服务对象满意度指标"

PLAN = "年度工作计划"
Q = "问卷调查"
YS = "预算批复"
GG = "文旅公共发〔2023〕12号"      # 公共文化设施免费开放
JW = "冀文旅发〔2024〕3号"         # 送文化下乡、文旅节会
CJ = "冀财教【2024】140号"         # 提前下达公共文化服务体系建设补助资金
CJ2 = "冀财教【2024】152号"        # 文物保护、旅游发展资金
BZF = "《公共文化服务保障法》"
WWF = "《文物保护法》"
FYF = "《非物质文化遗产法》"
DY = "冀电发〔2023〕6号"           # 农村公益电影放映
WW = "冀文物发〔2024〕15号"
NJ = "冀新出发〔2024〕9号"
FY = "文旅非遗发〔2023〕21号"
ZF = "文旅综执发〔2024〕5号"
CS = "文旅资源发〔2024〕10号"

# indicator = (一级, 二级, 三级, 指标值, 依据)
PROJECTS = [
    dict(code="13043425P00000150016R", name="文化旅游工作经费", unit="万元",
         impl="魏县文化广电和旅游局本级", total=85.00, fiscal=85.00, other=None,
         desc="用于局机关文化旅游政策宣传、文旅行业安全生产监管、行业培训及日常业务工作开展。",
         plan=("25%", "50%", "75%", "100%"),
         goal="保障文化广电和旅游各项业务工作正常开展，全年开展文旅政策宣传活动6次以上、行业安全生产检查12次以上，重点工作任务完成率达到95%以上。",
         inds=[
             (O, SL, "文化旅游政策宣传活动次数", "≥6次", PLAN),
             (O, SL, "文旅行业安全生产检查次数", "≥12次", PLAN),
             (O, ZL, "重点工作任务完成率", "≥95%", PLAN),
             (O, SX, "经费支付及时率", "≥90%", PLAN),
             (O, CB, "文化旅游工作经费", "≤85万元", YS),
             (X, SH, "文化旅游工作运转保障", "有效保障", PLAN),
             (S, MY, "服务对象满意度", "≥90%", Q),
         ]),
    dict(code="13043425P00WHGG10001A", name="公共图书馆、文化馆（站）免费开放补助资金", unit="万元",
         impl="魏县图书馆、魏县文化馆", total=126.00, fiscal=96.00, other=30.00,
         desc="用于县图书馆、县文化馆和21个乡镇综合文化站免费开放所需的讲座展览、公益培训、数字资源更新及设施运行维护，其他资金为省级补助结转。",
         plan=("20%", "50%", "80%", "100%"),
         goal="县图书馆、文化馆及乡镇综合文化站共23个场馆全部免费开放，每周开放时间不少于56小时，全年举办公益性讲座、展览、培训60场以上，图书馆接待读者15万人次以上。",
         inds=[
             (O, SL, "免费开放场馆数量", "=23个", GG),
             (O, SL, "图书馆年接待读者人次", "≥15万人次", PLAN),
             (O, SL, "公益性讲座、展览、培训场次", "≥60场", GG),
             (O, ZL, "场馆每周开放时间", "≥56小时", GG),
             (O, SX, "补助资金拨付时间", "2025年6月底前", PLAN),
             (O, CB, "免费开放补助资金", "≤126万元", CJ),
             (X, SH, "基本公共文化服务均等化水平", "稳步提升", BZF),
             (S, MY, "读者及群众满意度", "≥95%", Q),
         ]),
    dict(code="13043425P00SXXX10002C", name="2025年送戏下乡及群众文化活动经费", unit="万元",
         impl="魏县文化馆", total=68.50, fiscal=68.50, other=None,
         desc="用于组织专业院团和民间剧团到行政村开展送戏下乡演出、举办广场文化活动及群众文艺骨干培训。",
         plan=("10%", "40%", "85%", "100%"),
         goal="全年完成送戏下乡演出120场以上，举办广场文化活动20场以上，培训群众文艺骨干300人次以上，丰富农村群众文化生活。",
         inds=[
             (O, SL, "送戏下乡演出场次", "≥120场", JW),
             (O, SL, "广场文化活动场次", "≥20场", PLAN),
             (O, SL, "群众文艺骨干培训人次", "≥300人次", PLAN),
             (O, ZL, "演出节目审查合格率", "100%", JW),
             (O, SX, "送戏下乡任务完成时间", "2025年11月底前", PLAN),
             (O, CB, "每场演出补助标准", "≤4000元/场", JW),
             (X, SH, "农村群众文化生活", "明显丰富", BZF),
             (S, MY, "观众满意度", "不低于90%", Q),
         ]),
    dict(code="13043425P004521100058", name="农村公益电影放映补助资金", unit="元",
         impl="魏县文化广电和旅游局本级", total=856800.00, fiscal=856800.00, other=None,
         desc="按照每个行政村每月放映1场公益电影的标准，对全县476个行政村农村公益电影放映给予场次补助。",
         plan=("25%", "50%", "75%", "100%"),
         goal="全年完成农村公益电影放映5712场，覆盖全县476个行政村，放映数据全部上传监管平台，满足农村群众观影需求。",
         inds=[
             (O, SL, "公益电影放映场次", "≥5712场", DY),
             (O, SL, "覆盖行政村数量", "=476个", DY),
             (O, ZL, "放映监管平台数据上传率", "100%", DY),
             (O, SX, "补助资金拨付及时率", "≥95%", PLAN),
             (O, CB, "每场放映补助标准", "150元/场", DY),
             (X, SH, "农村群众观影需求", "基本满足", PLAN),
             (S, MY, "农村观众满意度", "≥90%", Q),
         ]),
    dict(code="13043425P00WWBH10003F", name="县级文物保护单位保护修缮项目", unit="万元",
         impl="魏县文物保护所", total=560.00, fiscal=400.00, other=160.00,
         desc="用于3处县级以上文物保护单位本体修缮、安防消防设施建设及日常安全巡查，其他资金为省级文物保护专项资金。",
         plan=("5%", "30%", "70%", "100%"),
         goal="完成3处文物保护单位本体保护修缮，新建安防消防设施2处以上，全年开展文物安全巡查48次以上，确保不发生文物安全事故。",
         inds=[
             (O, SL, "修缮文物保护单位数量", "=3处", WW),
             (O, SL, "文物安全巡查次数", "≥48次", WWF),
             (O, SL, "安防消防设施建设", "≥2处", WW),
             (O, ZL, "修缮工程验收合格率", "100%", "《文物保护工程管理办法》"),
             (O, SX, "修缮工程完工时间", "2025年11月底前", PLAN),
             (O, CB, "文物保护修缮资金", "≤560万元", CJ2),
             (X, SH, "文物安全事故发生数", "0起", WWF),
             (X, KC, "文物本体保存状况", "持续改善", WW),
             (S, MY, "社会公众满意度", "≥90%", Q),
         ]),
    dict(code="13043425P00LYXC10004H", name="全域旅游宣传推广及节会活动经费", unit="万元",
         impl="魏县文化广电和旅游局本级", total=150.00, fiscal=150.00, other=None,
         desc="用于魏县梨花节等文旅节会活动举办、旅游宣传推介会、新媒体平台宣传推广及旅游宣传品制作。",
         plan=("30%", "60%", "90%", "100%"),
         goal="举办文旅节会活动3个以上、旅游宣传推介活动6次以上，新媒体宣传推送200条以上，旅游综合收入增长8%以上。",
         inds=[
             (O, SL, "旅游宣传推介活动", "≥6次", PLAN),
             (O, SL, "举办文旅节会活动", "≥3个", JW),
             (O, SL, "新媒体宣传推送", "≥200条", PLAN),
             (O, ZL, "宣传内容审核通过率", "100%", PLAN),
             (O, SX, "节会活动完成时间", "2025年10月底前", PLAN),
             (O, CB, "宣传推广及节会经费", "≤150万元", YS),
             (X, JJ, "旅游综合收入增长率", "≥8%", "《魏县“十四五”文化和旅游发展规划》"),
             (S, MY, "游客满意度", "≥85%", Q),
         ]),
    dict(code="13043425P00NJSW10005K", name="农家书屋出版物补充更新资金", unit="万元",
         impl="魏县文化广电和旅游局本级", total=45.60, fiscal=45.60, other=None,
         desc="为全县570个农家书屋补充更新图书、报刊和音像电子出版物，每个书屋补充更新出版物不少于60种。",
         plan=("0%", "60%", "100%", "100%"),
         goal="完成570个农家书屋出版物补充更新，每个书屋补充出版物60种以上，出版物9月底前全部配送到位，提高农家书屋使用率。",
         inds=[
             (O, SL, "补充更新农家书屋数量", "≥570个", NJ),
             (O, SL, "每个书屋补充出版物", "≥60种", NJ),
             (O, ZL, "出版物政治质量合格率", "100%", NJ),
             (O, SX, "出版物配送完成时间", "2025年9月底前", PLAN),
             (O, CB, "农家书屋补充更新资金", "≤45.6万元", CJ),
             (X, SH, "农家书屋使用率", "稳步提高", PLAN),
             (S, MY, "农村群众满意度", "≥85%", Q),
         ]),
    dict(code="13043425P00FYBH10006M", name="非物质文化遗产保护传承经费", unit="万元",
         impl="魏县非物质文化遗产保护中心", total=38.00, fiscal=30.00, other=8.00,
         desc="用于县级以上非遗代表性传承人传习补助、非遗展演展示活动及非遗项目记录建档，其他资金为市级非遗保护补助。",
         plan=("25%", "50%", "75%", "100%"),
         goal="为25名以上县级以上非遗代表性传承人发放传习补助，举办非遗展演展示活动10场以上，完成5项非遗项目记录建档，非遗保护传承氛围明显增强。",
         inds=[
             (O, SL, "补助县级以上代表性传承人", "≥25人", FYF),
             (O, SL, "非遗展演展示活动", "≥10场", PLAN),
             (O, SL, "非遗项目记录建档", "≥5项", FY),
             (O, ZL, "传承人补助发放准确率", "100%", FYF),
             (O, SX, "补助发放时间", "2025年12月底前", PLAN),
             (O, CB, "代表性传承人补助标准", "每人每年3000元", FY),
             (X, SH, "非遗保护传承氛围", "明显增强", PLAN),
             (S, MY, "传承人满意度", "≥95%", Q),
         ]),
    dict(code="13043425P00ZHZF10007P", name="文化市场综合执法经费", unit="万元",
         impl="魏县文化市场综合行政执法队", total=32.00, fiscal=32.00, other=None,
         desc="用于文化、旅游、广电、出版等文化市场日常检查、专项整治、举报投诉处理及执法装备维护。",
         plan=None,
         goal="全年开展文化市场检查300次以上，出动执法人员900人次以上，立案案件全部办结，文化市场经营秩序规范有序。",
         inds=[
             (O, SL, "文化市场检查次数", "≥300次", ZF),
             (O, SL, "出动执法人员", "≥900人次", PLAN),
             (O, ZL, "案件办结率", "100%", ZF),
             (O, SX, "举报投诉处理时限", "≤5个工作日", ZF),
             (O, CB, "综合执法经费", "≤32万元", YS),
             (X, SH, "文化市场经营秩序", "规范有序", PLAN),
         ]),
    dict(code="13043425P00LYCS10008T", name="旅游厕所建设及A级景区提升项目", unit="万元",
         impl="魏县文化广电和旅游局本级", total=780.00, fiscal=600.00, other=180.00,
         desc="用于新建改造旅游厕所8座及A级旅游景区游客服务中心、停车场、标识标牌等基础设施提升，其他资金为省级旅游发展资金。",
         plan=("5%", "30%", "70%", "100%"),
         goal="新建改造旅游厕所8座，提升A级景区基础设施2处以上，工程10月底前完工并验收合格，景区接待游客增长10%以上。",
         inds=[
             (O, SL, "新建改造旅游厕所", "=8座", CS),
             (O, SL, "A级景区基础设施提升", "≥2处", PLAN),
             (O, ZL, "工程验收合格率", "100%", PLAN),
             (O, ZL, "旅游厕所达到A级标准比例", "≥90%", "《旅游厕所质量要求与评定》"),
             (O, SX, "工程完工时间", "2025年10月底前", PLAN),
             (O, CB, "工程建设投资", "≤800万元", CJ2),
             (X, JJ, "景区接待游客增长", "≥10%", PLAN),
             (X, KC, "设施使用年限", "≥10年", PLAN),
             (S, MY, "游客满意度", "≥90%", Q),
         ]),
]

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)


def sheet_title(name: str) -> str:
    bad = '[]:*?/\\'
    t = "".join("_" if ch in bad else ch for ch in name)
    return t[:31]


def build_sheet(ws, p: dict) -> None:
    unit = p["unit"]
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 18
    ws.column_dimensions["E"].width = 26

    def put(r, c, v, **kw):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = kw.get("align", WRAP)
        if kw.get("bold"):
            cell.font = BOLD
        if kw.get("fmt"):
            cell.number_format = kw["fmt"]
        return cell

    def box(r1, r2):
        for r in range(r1, r2 + 1):
            for c in range(1, 6):
                ws.cell(row=r, column=c).border = BOX

    r = 1
    put(r, 1, f"{YEAR}年项目支出绩效目标表", align=CENTER, bold=True)
    ws.cell(row=r, column=1).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    r += 1
    put(r, 1, f"填报单位（盖章）：{DEPT}")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    put(r, 5, f"单位：{unit}", align=Alignment(horizontal="right", vertical="center"))
    r += 1
    top = r
    put(r, 1, "项目名称", align=CENTER, bold=True)
    put(r, 2, p["name"])
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    r += 1
    put(r, 1, "项目编码", align=CENTER, bold=True)
    put(r, 2, p["code"])
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    r += 1
    put(r, 1, "主管部门", align=CENTER, bold=True)
    put(r, 2, DEPT)
    put(r, 3, "实施单位", align=CENTER, bold=True)
    put(r, 4, p["impl"])
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    r += 1
    put(r, 1, f"资金情况（{unit}）", align=CENTER, bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    for label, amount in (("资金总额", p["total"]), ("其中：财政拨款", p["fiscal"]), ("其他资金", p["other"])):
        put(r, 2, label, align=CENTER)
        put(r, 3, amount, fmt="0.00", align=Alignment(horizontal="right", vertical="center"))
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        r += 1
    put(r, 1, "项目概况", align=CENTER, bold=True)
    put(r, 2, p["desc"])
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws.row_dimensions[r].height = 45
    r += 1
    if p["plan"] is not None:
        put(r, 1, "资金支出计划（累计%）", align=CENTER, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        for i, m in enumerate(("3月底", "6月底", "10月底", "12月底")):
            put(r, 2 + i, m, align=CENTER)
            put(r + 1, 2 + i, p["plan"][i], align=CENTER)
        r += 2
    put(r, 1, "年度绩效目标", align=CENTER, bold=True)
    put(r, 2, p["goal"])
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws.row_dimensions[r].height = 60
    r += 1
    for c, h in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"), start=1):
        put(r, c, h, align=CENTER, bold=True)
    r += 1
    first = r
    for ind in p["inds"]:
        for c, v in enumerate(ind, start=1):
            put(r, c, v, align=CENTER if c in (1, 2, 4) else WRAP)
        r += 1
    last = r - 1
    # merge runs of equal 一级指标, and of equal 二级指标 within one 一级指标
    for col, key in ((1, lambda i: p["inds"][i][0]), (2, lambda i: p["inds"][i][:2])):
        i = 0
        n = len(p["inds"])
        while i < n:
            j = i
            while j + 1 < n and key(j + 1) == key(i):
                j += 1
            if j > i:
                ws.merge_cells(start_row=first + i, start_column=col, end_row=first + j, end_column=col)
            i = j + 1
    box(top, last)
    ws.freeze_panes = None


def main() -> None:
    wb = Workbook()
    wb.remove(wb.active)
    seen = set()
    for p in PROJECTS:
        assert len(p["code"]) == 21 and p["code"].startswith("13043425P00"), p["code"]
        assert p["code"] not in seen
        seen.add(p["code"])
        title = sheet_title(p["name"])
        ws = wb.create_sheet(title)
        build_sheet(ws, p)
    wb.save(OUT)
    print(OUT, len(PROJECTS), "projects")


if __name__ == "__main__":
    main()
