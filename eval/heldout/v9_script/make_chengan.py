"""Write docs/chengan-2025.xlsx: 成安县数据和政务服务局 2025 项目绩效目标 (invented). Deterministic output."""
import datetime, os, zipfile, io
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

OUT = os.path.join(os.path.dirname(__file__), "..", "docs", "chengan-2025.xlsx")
DEPT = "成安县数据和政务服务局"
J = "冀数政〔2024〕9号"
H = "邯政数〔2025〕2号"
C = "冀财行〔2024〕86号"
YS = "县财政预算批复"
GZ = "2025年工作计划"

# name, code, 实施单位, 项目类型, 项目属性, money unit, total, fiscal, own, plan(cumulative quarters) or None, 资金用途, 年度目标, indicators
P = [
 ("政务服务中心运行保障经费", "13042425P00ZWF110001K", "成安县政务服务中心", "经常性项目", "延续项目", "万元",
  186.00, 186.00, 0, ("25%", "50%", "75%", "100%"),
  "用于县政务服务中心大厅水电物业、窗口设备维护、叫号评价系统运维及综合窗口人员培训等日常运行支出。",
  "保障32个部门进驻大厅正常运转，全年办件48万件以上，政务服务事项网办率达到90%以上，办事群众满意度不低于95%。",
  [("产出指标", "数量指标", "进驻部门数量", "≥32", "个", J),
   ("产出指标", "数量指标", "年度办件量", "≥48", "万件", GZ),
   ("产出指标", "质量指标", "政务服务事项网办率", "≥90", "%", J),
   ("产出指标", "时效指标", "办件按时办结率", "=100", "%", "《优化营商环境条例》"),
   ("产出指标", "成本指标", "中心运行保障经费", "≤186", "万元", YS),
   ("效益指标", "社会效益指标", "企业群众办事平均跑动次数", "≤0.3", "次", J),
   ("效益指标", "可持续影响指标", "政务服务中心运行保障能力", "持续提升", "", GZ),
   ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95", "%", "“好差评”系统评价")]),
 ("12345政务服务便民热线运维经费", "13042425P00RXY110002M", "成安县12345政务服务便民热线中心", "经常性项目", "延续项目", "万元",
  98.50, 98.50, 0, ("20%", "50%", "75%", "100%"),
  "用于12345热线坐席人员劳务费、话务系统租用及知识库维护、工单督办回访等支出。",
  "全年受理群众来电12万件以上，工单按时办结率98%以上，群众诉求解决率达到90%。",
  [("产出指标", "数量指标", "热线受理话务量", "≥12", "万件", "2024年话务量统计"),
   ("产出指标", "数量指标", "坐席人员配备", "≥18", "人", H),
   ("产出指标", "质量指标", "工单按时办结率", "≥98", "%", H),
   ("产出指标", "时效指标", "紧急诉求转办时限", "≤30", "分钟", H),
   ("产出指标", "成本指标", "热线运维经费", "≤98.5", "万元", YS),
   ("效益指标", "社会效益指标", "群众诉求解决率", "≥90", "%", GZ),
   ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥92", "%", "电话回访")]),
 ("电子政务外网及政务云租赁服务费", "13042425P00DZW110003Q", "成安县大数据中心", "经常性项目", "延续项目", "万元",
  420.00, 360.00, 60.00, ("10%", "40%", "70%", "100%"),
  "用于租用市级政务云计算、存储资源和电子政务外网线路，支付等级保护测评及安全运维服务费。",
  "为全县156个单位提供电子政务外网接入和政务云服务，政务云平台可用率不低于99.9%，不发生重大网络安全事件。",
  [("产出指标", "数量指标", "政务云计算资源租用", "≥1200", "核", "政务云服务合同"),
   ("产出指标", "数量指标", "电子政务外网接入单位", "≥156", "个", "成安县电子政务外网建设规划"),
   ("产出指标", "质量指标", "政务云平台可用率", "≥99.9", "%", "《中华人民共和国网络安全法》"),
   ("产出指标", "质量指标", "网络安全等级保护测评通过率", "=100", "%", "《中华人民共和国网络安全法》"),
   ("产出指标", "时效指标", "故障响应时间", "≤2", "小时", "政务云服务合同"),
   ("产出指标", "成本指标", "政务云及外网租赁费用", "≤420", "万元", "政务云服务合同"),
   ("效益指标", "社会效益指标", "重大网络安全事件发生数", "=0", "起", "《中华人民共和国数据安全法》"),
   ("效益指标", "可持续影响指标", "集约化建设节约财政资金比例", "≥15", "%", GZ),
   ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90", "%", "问卷调查")]),
 ("一体化政务数据共享平台建设项目", "13042425P00SJG210004T", "成安县大数据中心", "一次性项目", "新增项目", "万元",
  635.00, 500.00, 135.00, ("0%", "30%", "70%", "100%"),
  "用于建设县级一体化政务数据共享交换平台，包括数据目录编制、部门系统接口对接、数据治理及安全防护设备采购。",
  "归集政务数据资源目录850条以上，对接26个部门业务系统，2025年9月底前平台上线运行，减少群众提交证明材料120项以上。",
  [("产出指标", "数量指标", "归集政务数据资源目录", "≥850", "条", J),
   ("产出指标", "数量指标", "对接部门业务系统", "≥26", "个", J),
   ("产出指标", "质量指标", "数据共享接口调用成功率", "≥99", "%", "《中华人民共和国数据安全法》"),
   ("产出指标", "质量指标", "项目竣工验收合格率", "=100", "%", "《中华人民共和国政府采购法》"),
   ("产出指标", "时效指标", "平台上线时间", "2025年9月底前", "", GZ),
   ("产出指标", "成本指标", "平台建设投资", "≤635", "万元", "成发改审批〔2024〕31号"),
   ("效益指标", "经济效益指标", "减少重复采集节约成本", "≥80", "万元", GZ),
   ("效益指标", "社会效益指标", "减少群众提交证明材料", "≥120", "项", H),
   ("满意度指标", "服务对象满意度指标", "使用部门满意度", "≥90", "%", "问卷调查")]),
 ("“一网通办”帮办代办服务购买经费", "13042425P00BBD110005W", "成安县政务服务中心", "经常性项目", "新增项目", "元",
  286000.00, 286000.00, 0, ("25%", "50%", "75%", "100%"),
  "通过政府购买服务方式设置8个帮办代办岗位，为老年人、残疾人和企业开办等提供全程帮办代办服务。",
  "全年提供帮办代办服务5200人次以上，帮办事项一次办成率95%以上。",
  [("产出指标", "数量指标", "帮办代办服务人次", "≥5200", "人次", GZ),
   ("产出指标", "数量指标", "购买服务岗位", "=8", "个", J),
   ("产出指标", "质量指标", "帮办代办一次办成率", "≥95", "%", J),
   ("产出指标", "时效指标", "服务响应时间", "≤1", "个工作日", "购买服务合同"),
   ("产出指标", "成本指标", "购买服务费用", "≤286000", "元", "《中华人民共和国政府采购法》"),
   ("效益指标", "社会效益指标", "老年人等特殊群体办事便利度", "明显提升", "", GZ),
   ("满意度指标", "服务对象满意度指标", "帮办对象满意度", "≥96", "%", "“好差评”系统评价")]),
 ("政务服务事项标准化及档案数字化经费", "13042425P00DAS110006X", "成安县政务服务中心", "一次性项目", "延续项目", "万元",
  72.40, 72.40, 0, None,
  "用于编制政务服务事项实施清单和办事指南，对2016年以来政务服务纸质档案进行扫描、著录和数字化加工。",
  "完成180万页政务服务档案数字化，编制事项实施清单1260项，数字化成果验收合格率99%以上。",
  [("产出指标", "数量指标", "档案数字化扫描页数", "≥180", "万页", "《中华人民共和国档案法》"),
   ("产出指标", "数量指标", "编制事项实施清单", "≥1260", "项", J),
   ("产出指标", "质量指标", "数字化成果验收合格率", "≥99", "%", "《中华人民共和国档案法》"),
   ("产出指标", "时效指标", "档案数字化完成时间", "2025年11月底前", "", GZ),
   ("产出指标", "成本指标", "档案数字化及标准化费用", "≤72.4", "万元", YS),
   ("效益指标", "可持续影响指标", "档案查阅利用效率提升", "≥50", "%", GZ)]),
 ("公共数据开放与数据要素市场培育专项", "13042425P00SJY210007C", "成安县数据和政务服务局（本级）", "一次性项目", "新增项目", "万元",
  150.00, 120.00, 30.00, None,
  "用于公共数据开放平台数据集编目上架、举办数据应用创新大赛、培育本地数据服务企业及数据合规审查服务。",
  "开放公共数据集60个以上，举办数据应用创新大赛1场，培育数据服务企业5家，带动数据产业投资2000万元以上。",
  [("产出指标", "数量指标", "开放公共数据集", "≥60", "个", "《中华人民共和国数据安全法》"),
   ("产出指标", "数量指标", "举办数据应用创新大赛", "=1", "场", H),
   ("产出指标", "数量指标", "培育数据服务企业", "≥5", "家", GZ),
   ("产出指标", "质量指标", "开放数据合规审查率", "=100", "%", "《中华人民共和国数据安全法》"),
   ("产出指标", "时效指标", "数据开放目录发布时间", "2025年6月底前", "", GZ),
   ("产出指标", "成本指标", "数据要素培育专项资金", "≤150", "万元", YS),
   ("效益指标", "经济效益指标", "带动数据产业投资", "≥2000", "万元", GZ),
   ("满意度指标", "服务对象满意度指标", "数据使用主体满意度", "≥85", "%", "问卷调查")]),
 ("冀财行〔2024〕86号提前下达2025年乡村便民服务站点建设补助资金", "13042425P00BMZ110008F", "成安县数据和政务服务局（本级）", "一次性项目", "延续项目", "万元",
  264.00, 264.00, 0, ("20%", "60%", "90%", "100%"),
  "用于新建标准化村级便民服务站60个、改造提升乡镇便民服务中心9个，配置自助终端和办公设备。",
  "新建标准化村级便民服务站60个，改造提升9个乡镇便民服务中心，2025年10月底前投入使用，村级可办高频事项达到45项以上。",
  [("产出指标", "数量指标", "新建标准化村级便民服务站", "≥60", "个", C),
   ("产出指标", "数量指标", "乡镇便民服务中心改造提升", "=9", "个", C),
   ("产出指标", "质量指标", "站点建设验收合格率", "=100", "%", C),
   ("产出指标", "时效指标", "站点投入使用时间", "2025年10月底前", "", C),
   ("产出指标", "成本指标", "站点建设补助资金", "≤264", "万元", C),
   ("效益指标", "社会效益指标", "高频事项村级可办数量", "≥45", "项", J),
   ("满意度指标", "服务对象满意度指标", "站点服务群众满意度", "≥90", "%", "问卷调查")]),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)


def put(ws, r, c, v, bold=False, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.border = B
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    if bold:
        cell.font = Font(bold=True)
    if fmt:
        cell.number_format = fmt
    return cell


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "部门整体绩效目标"
    tot = round(sum(p[6] / (10000 if p[5] == "元" else 1) for p in P), 2)
    fis = round(sum(p[7] / (10000 if p[5] == "元" else 1) for p in P), 2)
    own = round(sum(p[8] / (10000 if p[5] == "元" else 1) for p in P), 2)
    ws.merge_cells("A1:F1")
    ws["A1"] = "成安县数据和政务服务局2025年部门整体绩效目标"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "金额单位：万元"
    rows = [
        ("部门名称", DEPT),
        ("部门职责", "负责全县政务服务体系建设和政务服务中心运行管理，统筹推进数字政府建设、政务数据资源整合共享和公共数据开放，承担12345政务服务便民热线运行管理。"),
        ("年度总体绩效目标", "2025年，围绕“高效办成一件事”，政务服务事项网办率达到90%以上，建成县级一体化政务数据共享平台，新建标准化村级便民服务站60个，12345热线诉求解决率达到90%以上，企业群众满意度保持在95%以上。"),
        ("保障措施", "1.建立项目月调度和绩效运行监控机制；2.严格执行政府采购和合同管理制度；3.落实数据安全和网络安全责任制；4.年终开展绩效自评并公开结果。"),
    ]
    r = 3
    for lab, val in rows[:2]:
        put(ws, r, 1, lab, bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); put(ws, r, 2, val); r += 1
    put(ws, r, 1, "项目支出合计", bold=True); put(ws, r, 2, tot, fmt="0.00")
    put(ws, r, 3, "其中：财政资金", bold=True); put(ws, r, 4, fis, fmt="0.00")
    put(ws, r, 5, "自有资金", bold=True); put(ws, r, 6, own, fmt="0.00"); r += 1
    for lab, val in rows[2:]:
        put(ws, r, 1, lab, bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); put(ws, r, 2, val); r += 1
    for col, w in zip("ABCDEF", (18, 22, 16, 14, 14, 22)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("项目绩效目标")
    for col, w in zip("ABCDEF", (14, 18, 30, 16, 12, 30)):
        ws.column_dimensions[col].width = w
    r = 1
    for i, (name, code, unit, typ, attr, mu, t, f, o, plan, use, goal, inds) in enumerate(P, 1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(row=r, column=1, value=f"{i}. 项目支出绩效目标申报表（2025年度）"); c.font = Font(bold=True, size=12); r += 1
        ws.cell(row=r, column=1, value=f"申报单位：{DEPT}")
        ws.cell(row=r, column=6, value=f"金额单位：{mu}"); r += 1
        put(ws, r, 1, "项目名称", bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); put(ws, r, 2, name)
        put(ws, r, 4, "项目代码", bold=True); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, code); r += 1
        put(ws, r, 1, "主管部门", bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); put(ws, r, 2, DEPT)
        put(ws, r, 4, "实施单位", bold=True); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, unit); r += 1
        put(ws, r, 1, "项目类型", bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); put(ws, r, 2, typ)
        put(ws, r, 4, "项目属性", bold=True); ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(ws, r, 5, attr); r += 1
        put(ws, r, 1, f"资金规模（{mu}）", bold=True); put(ws, r, 2, t, fmt="0.00")
        put(ws, r, 3, "财政资金", bold=True); put(ws, r, 4, f, fmt="0.00")
        put(ws, r, 5, "自有资金", bold=True); put(ws, r, 6, o if o else None, fmt="0.00"); r += 1
        if plan:
            ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=2)
            put(ws, r, 1, "资金支出进度计划（累计）", bold=True)
            for k, q in enumerate(("第一季度末", "第二季度末", "第三季度末", "第四季度末")):
                put(ws, r, 3 + k, q, bold=True)
                put(ws, r + 1, 3 + k, plan[k])
            r += 2
        put(ws, r, 1, "资金用途", bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); put(ws, r, 2, use); r += 1
        put(ws, r, 1, "年度目标", bold=True); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); put(ws, r, 2, goal); r += 1
        for k, h in enumerate(("一级指标", "二级指标", "三级指标", "目标值", "计量单位", "设定依据")):
            put(ws, r, 1 + k, h, bold=True)
        r += 1
        start = r
        for row in inds:
            for k, v in enumerate(row):
                put(ws, r, 1 + k, v if v != "" else None)
            r += 1
        # merge repeated 一级指标 down
        s = start
        while s < r:
            e = s
            while e + 1 < r and ws.cell(row=e + 1, column=1).value == ws.cell(row=s, column=1).value:
                e += 1
            if e > s:
                v = ws.cell(row=s, column=1).value
                for rr in range(s + 1, e + 1):
                    ws.cell(row=rr, column=1).value = None
                ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
            s = e + 1
        ws.cell(row=r, column=1, value="填报日期：2025年1月15日"); r += 2

    fixed = datetime.datetime(2025, 1, 15, 9, 0, 0)
    wb.properties.creator = DEPT
    wb.properties.lastModifiedBy = DEPT
    wb.properties.title = "成安县数据和政务服务局2025年项目支出绩效目标"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    # rewrite zip with fixed timestamps
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-01-15T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    print("wrote", OUT, "total", tot, fis, own, "rows", sum(len(p[12]) for p in P))


if __name__ == "__main__":
    main()
