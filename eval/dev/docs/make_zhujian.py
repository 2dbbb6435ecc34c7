"""Build eval/dev/docs/zhujian-2025.docx: 魏县住房和城乡建设局 2025年度项目支出绩效目标 (invented content).

Layout (differs from the other eval documents, like another region's public disclosure):
  * title, sub-title «（公开版）», prose headings 一、部门职责 / 二、年度总体绩效目标 / 三、保障措施 (Heading 1);
  * «四、项目支出绩效目标表», then per project a centred bold caption «表N  项目名称», a right-aligned
    «金额单位：万元» line and ONE table of 5 columns holding both header fields and indicators:
        项目名称 | name
        项目编码 | code (2 cols) | 项目类型 | type
        主管部门 | dept (2 cols) | 实施单位 | unit
        年度预算资金（万元） (merged down) | 资金总额 / 其中：财政拨款 / 其他资金
                                          (or 资金总额 / 其中：一般公共预算 / 政府性基金)
        项目概况 or 资金用途 | text
        [资金支出进度计划（累计%） (merged down) | 3月底 | 6月底 | 9月底 | 12月底 / values]
        年度绩效目标 | text
        一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值设定依据及说明 (or 备注)
        rows, 一级指标 merged down, 二级指标 merged where equal.
Gap: 建筑工地扬尘治理及质量安全监管经费 has no 满意度指标; 城市建设档案数字化经费 has no 效益指标 of kind 社会效益.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_zhujian.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("zhujian-2025.docx")
DEPT = "魏县住房和城乡建设局"
TITLE = "魏县住房和城乡建设局2025年度项目支出绩效目标"

PROSE = [
    ("Heading 1", "一、部门职责"),
    ("Normal", "魏县住房和城乡建设局是县政府工作部门，主要职责是：贯彻执行国家、省、市有关住房和城乡建设的方针政策和法律法规；"
               "承担保障城镇低收入家庭住房的责任，组织实施住房保障和城镇老旧小区改造工作；负责城市市政公用设施建设、维护和管理，"
               "指导城市燃气、供水、污水处理和市容环境卫生工作；承担建筑工程质量安全监管责任，负责建筑施工扬尘治理监督；"
               "指导农村住房建设和农村危房改造；负责城市建设档案管理。"),
    ("Normal", "本局内设办公室、计划财务股、住房保障股、村镇建设股、城市建设股、质量安全监督股6个股室，下属县城市管理服务中心、"
               "县建设工程质量安全监督站、县城建档案馆3个事业单位。"),
    ("Heading 1", "二、年度总体绩效目标"),
    ("Normal", "2025年，全面完成8个城镇老旧小区改造任务，惠及居民1200户以上；完成农村低收入群体等重点对象危房改造180户；"
               "更新改造城市燃气老化管道26公里；城市污水处理率达到97%以上，城乡生活垃圾无害化处理率保持100%；"
               "在建工程扬尘治理“六个百分之百”落实到位，全年不发生较大及以上建筑施工安全事故，人民群众住房条件和人居环境持续改善。"),
    ("Heading 1", "三、保障措施"),
    ("Normal", "（一）加强组织领导。成立由局长任组长、分管副局长任副组长的预算绩效管理工作领导小组，各股室和下属单位主要负责人"
               "为本单位绩效管理第一责任人，确保各项绩效目标落到实处。"),
    ("Normal", "（二）规范资金管理。严格执行《中华人民共和国预算法》和财政专项资金管理办法，项目资金实行专账核算、专款专用，"
               "工程类项目按照合同约定和工程进度拨付资金，严禁截留、挤占、挪用。"),
    ("Normal", "（三）强化过程监控。建立绩效目标执行“月调度、季分析”制度，对预算执行进度和绩效目标完成情况开展“双监控”，"
               "发现偏差及时纠正。"),
    ("Normal", "（四）做好评价应用。年度终了开展绩效自评，自评结果在县政府门户网站公开，并作为下一年度预算安排和政策调整的重要依据。"),
]

PLAN = "年度工作计划"
Q = "问卷调查"
JC = "建村〔2023〕12号"
JJC = "冀建村〔2024〕5号"
JCJ = "冀财建〔2024〕88号"
DAO = "《城镇老旧小区改造技术导则》"
JJCH = "冀建城〔2024〕9号"
RQ = "《城镇燃气管理条例》"
JRQ = "冀建城〔2024〕21号"
GB = "《城镇污水处理厂污染物排放标准》（GB18918-2002）"
JJZ = "冀建质安〔2024〕16号"
JFB = "冀建房〔2024〕7号"
DA = "《城建档案业务管理规范》（CJJ/T 158-2011）"
WJ = "魏建字〔2025〕3号"

# rows: (一级指标, 二级指标, 三级指标, 指标值, 依据)
PROJECTS = [
    dict(code="13043425P00LJXQ10001A", name="2025年城镇老旧小区改造项目", type="特定目标类",
         unit="魏县住房和城乡建设局", money=("资金总额", "2860.00", "其中：财政拨款", "2400.00", "其他资金", "460.00"),
         use_label="项目概况",
         use="对县城建成于2000年以前的8个老旧小区实施基础类和完善类改造，主要包括小区内道路、供排水、供电、弱电管线改造，"
             "楼体外墙保温、屋面防水，加装电动自行车充电设施，完善绿化和照明。",
         goal="完成8个城镇老旧小区改造，惠及居民1200户以上，改造工程验收合格率100%，小区居住环境明显改善，居民满意度达到90%以上。",
         plan=("10%", "40%", "75%", "100%"), remark="指标值设定依据及说明",
         rows=[
             ("产出指标", "数量指标", "改造老旧小区数量", "=8个", JJCH),
             ("产出指标", "数量指标", "惠及居民户数", "≥1200户", JJCH),
             ("产出指标", "数量指标", "改造小区内道路面积", "≥3.6万平方米", DAO),
             ("产出指标", "质量指标", "改造工程验收合格率", "100%", DAO),
             ("产出指标", "时效指标", "改造工程完工时间", "2025年11月底前完成", PLAN),
             ("产出指标", "成本指标", "老旧小区改造总投资", "≤2860万元", JCJ),
             ("效益指标", "社会效益指标", "小区居住环境", "明显改善", PLAN),
             ("效益指标", "可持续影响指标", "小区长效管理机制", "逐步建立", JJCH),
             ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", Q),
         ]),
    dict(code="13043425P00WFGZ10002B", name="农村危房改造补助资金", type="特定目标类",
         unit="魏县住房和城乡建设局", money=("资金总额", "360.00", "其中：财政拨款", "360.00", "其他资金", ""),
         use_label="资金用途",
         use="用于对农村低收入群体等重点对象的C级、D级危房实施加固改造或拆除重建给予补助，补助资金通过“一卡通”直接发放到户。",
         goal="完成农村危房改造180户，竣工验收合格率100%，实现农村低收入群体等重点对象住房安全有保障。",
         plan=("0%", "30%", "70%", "100%"), remark="指标值设定依据及说明",
         rows=[
             ("产出指标", "数量指标", "完成农村危房改造户数", "≥180户", JJC),
             ("产出指标", "质量指标", "危房改造竣工验收合格率", "100%", JC),
             ("产出指标", "时效指标", "危房改造完成时间", "2025年10月底前完成", PLAN),
             ("产出指标", "成本指标", "户均补助标准", "每户补助不超过2万元", JCJ),
             ("效益指标", "社会效益指标", "重点对象住房安全保障率", "100%", JC),
             ("效益指标", "可持续影响指标", "农房安全动态监测机制", "长期有效", JJC),
             ("满意度指标", "服务对象满意度指标", "改造户满意度", "不低于90%", Q),
         ]),
    dict(code="13043425P00RQGD10003C", name="城市燃气管道老化更新改造项目", type="特定目标类",
         unit="魏县城市管理服务中心",
         money=("资金总额", "1550.00", "其中：一般公共预算", "900.00", "政府性基金", "650.00"),
         use_label="项目概况",
         use="对县城运行年限超过20年的市政燃气中压、低压管道及庭院管道进行更新改造，同步更换居民户内老化胶管、加装安全装置。",
         goal="更新改造燃气老化管道26公里以上，改造户内燃气设施3500户以上，消除燃气安全隐患，全年不发生燃气安全责任事故。",
         plan=("5%", "35%", "70%", "100%"), remark="指标值设定依据及说明",
         rows=[
             ("产出指标", "数量指标", "更新改造燃气管道长度", "≥26公里", JRQ),
             ("产出指标", "数量指标", "改造户内燃气设施户数", "≥3500户", JRQ),
             ("产出指标", "质量指标", "管道焊口无损检测合格率", "100%", RQ),
             ("产出指标", "时效指标", "改造工程完工时间", "2025年10月底前完成", PLAN),
             ("产出指标", "成本指标", "燃气管道更新改造投资", "≤1550万元", JCJ),
             ("效益指标", "社会效益指标", "燃气安全责任事故", "0起", RQ),
             ("效益指标", "可持续影响指标", "管网设计使用年限", "≥30年", RQ),
             ("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥95%", Q),
         ]),
    dict(code="13043425P00SZWH10004D", name="城市市政设施维护管理经费", type="其他运转类",
         unit="魏县城市管理服务中心", money=("资金总额", "480.00", "其中：财政拨款", "480.00", "其他资金", ""),
         use_label="资金用途",
         use="用于县城主次干道、人行道破损维修，路灯及景观照明设施维护更换，排水管网清掏疏通和井盖更换。",
         goal="及时维修破损道路12000平方米以上，维修更换路灯600盏以上，市政设施完好率达到95%以上，保障城市安全运行。",
         plan=None, remark="指标值设定依据及说明",
         rows=[
             ("产出指标", "数量指标", "维修破损道路面积", "≥12000平方米", PLAN),
             ("产出指标", "数量指标", "维修更换路灯数量", "≥600盏", PLAN),
             ("产出指标", "数量指标", "清掏疏通排水管网长度", "≥85公里", PLAN),
             ("产出指标", "质量指标", "市政设施完好率", "≥95%", WJ),
             ("产出指标", "时效指标", "设施故障修复时限", "接报后48小时内", WJ),
             ("产出指标", "成本指标", "市政设施维护费用", "≤480万元", WJ),
             ("效益指标", "社会效益指标", "城市道路通行安全", "有效保障", PLAN),
             ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", Q),
         ]),
    dict(code="13043425P00YCZL10005E", name="建筑工地扬尘治理及质量安全监管经费", type="其他运转类",
         unit="魏县建设工程质量安全监督站", money=("资金总额", "68.50", "其中：财政拨款", "68.50", "其他资金", ""),
         use_label="资金用途",
         use="用于在建房屋建筑和市政工程质量安全监督检查、扬尘在线监测设备运维、第三方巡查服务和检测费用。",
         goal="对全县在建项目开展质量安全监督检查120个以上，扬尘治理“六个百分之百”落实率100%，全年不发生较大及以上建筑施工安全事故。",
         plan=None, remark="备注",
         rows=[
             ("产出指标", "数量指标", "监督检查在建项目数量", "≥120个", JJZ),
             ("产出指标", "数量指标", "扬尘在线监测设备运维", "≥95台", JJZ),
             ("产出指标", "质量指标", "扬尘治理“六个百分之百”落实率", "100%", JJZ),
             ("产出指标", "质量指标", "质量安全隐患整改率", "100%", JJZ),
             ("产出指标", "时效指标", "在建项目巡查频次", "每月不少于1次", PLAN),
             ("产出指标", "成本指标", "监管工作经费", "≤68.5万元", PLAN),
             ("效益指标", "社会效益指标", "较大及以上建筑施工安全事故", "0起", JJZ),
             ("效益指标", "生态效益指标", "施工扬尘污染", "有效控制", JJZ),
         ]),
    dict(code="13043425P00ZLBT10006F", name="城镇住房保障家庭租赁补贴资金", type="特定目标类",
         unit="魏县住房和城乡建设局", money=("资金总额", "96.00", "其中：财政拨款", "80.00", "其他资金", "16.00"),
         use_label="资金用途",
         use="用于向符合条件的城镇低收入住房困难家庭、新就业无房职工和外来务工人员发放住房租赁补贴。",
         goal="向400户以上城镇住房困难家庭发放租赁补贴，补贴发放准确率100%，住房困难家庭居住条件有效改善。",
         plan=("25%", "50%", "75%", "100%"), remark="备注",
         rows=[
             ("产出指标", "数量指标", "发放租赁补贴户数", "≥400户", JFB),
             ("产出指标", "质量指标", "补贴发放准确率", "100%", JFB),
             ("产出指标", "时效指标", "补贴发放时间", "每季度末前发放", PLAN),
             ("产出指标", "成本指标", "租赁补贴标准", "每户每月不超过200元", JFB),
             ("效益指标", "社会效益指标", "住房困难家庭居住条件", "有效改善", PLAN),
             ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥95%", Q),
         ]),
    dict(code="13043425P00WSCL10007G", name="县城污水处理厂运营服务费", type="其他运转类",
         unit="魏县城市管理服务中心", money=("资金总额", "1200.00", "其中：财政拨款", "900.00", "其他资金", "300.00"),
         use_label="资金用途",
         use="按照特许经营协议，支付县城污水处理厂委托运营服务费，保障污水处理设施稳定运行、出水水质达标排放。",
         goal="全年处理城市污水730万吨以上，城市污水处理率达到97%以上，出水水质稳定达到一级A排放标准。",
         plan=("20%", "45%", "70%", "100%"), remark="指标值设定依据及说明",
         rows=[
             ("产出指标", "数量指标", "年污水处理量", "≥730万吨", "特许经营协议"),
             ("产出指标", "质量指标", "出水水质达标率", "100%", GB),
             ("产出指标", "质量指标", "城市污水处理率", "≥97%", PLAN),
             ("产出指标", "时效指标", "运营服务费拨付时间", "2025年12月底前", "特许经营协议"),
             ("产出指标", "成本指标", "吨水处理服务费", "每吨不超过1.6元", "特许经营协议"),
             ("效益指标", "生态效益指标", "化学需氧量（COD）削减量", "≥1500吨", GB),
             ("效益指标", "可持续影响指标", "污水处理设施稳定运行", "长期稳定", PLAN),
             ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", Q),
         ]),
    dict(code="13043425P00HWBJ10008H", name="城乡环卫一体化保洁经费", type="其他运转类",
         unit="魏县城市管理服务中心", money=("资金总额", "2150.00", "其中：财政拨款", "2150.00", "其他资金", ""),
         use_label="资金用途",
         use="用于支付城乡环卫一体化市场化保洁服务费，包括县城道路清扫保洁、农村生活垃圾收集转运和公厕保洁管护。",
         goal="县城道路机械化清扫率达到85%以上，农村生活垃圾收运处置体系覆盖全部行政村，城乡生活垃圾无害化处理率100%。",
         plan=None, remark="指标值设定依据及说明",
         rows=[
             ("产出指标", "数量指标", "县城道路清扫保洁面积", "≥320万平方米", "环卫保洁服务合同"),
             ("产出指标", "数量指标", "垃圾收运覆盖行政村数", "≥560个", PLAN),
             ("产出指标", "质量指标", "道路机械化清扫率", "≥85%", PLAN),
             ("产出指标", "质量指标", "城乡生活垃圾无害化处理率", "100%", PLAN),
             ("产出指标", "时效指标", "生活垃圾清运时效", "日产日清", "环卫保洁服务合同"),
             ("产出指标", "成本指标", "环卫一体化保洁服务费", "≤2150万元", "环卫保洁服务合同"),
             ("效益指标", "生态效益指标", "城乡人居环境", "明显改善", PLAN),
             ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥85%", Q),
         ]),
    dict(code="13043425P00CJDA10009J", name="城市建设档案数字化经费", type="其他运转类",
         unit="魏县城建档案馆", money=("资金总额", "35.00", "其中：财政拨款", "35.00", "其他资金", ""),
         use_label="项目概况",
         use="对馆藏1990年以来的城市建设纸质档案进行扫描、著录、挂接和数据库建设，实现城建档案数字化查询利用。",
         goal="完成城建档案数字化扫描15万页以上，数字化成果合格率98%以上，2025年9月底前建成城建档案数字化查询系统。",
         plan=None, remark="指标值设定依据及说明",
         rows=[
             ("产出指标", "数量指标", "档案数字化扫描页数", "≥15万页", DA),
             ("产出指标", "质量指标", "数字化成果合格率", "≥98%", DA),
             ("产出指标", "时效指标", "数字化查询系统建成时间", "2025年9月底前完成", PLAN),
             ("产出指标", "成本指标", "档案数字化经费", "≤35万元", PLAN),
             ("效益指标", "可持续影响指标", "城建档案利用效率", "明显提升", DA),
             ("满意度指标", "服务对象满意度指标", "档案查询利用者满意度", "≥90%", Q),
         ]),
]


WIDTHS = (2.6, 3.6, 3.6, 3.2, 4.0)


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def merge_runs(t, col, values, first):
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        c = t.cell(first + i, col)
        if j > i:
            c = c.merge(t.cell(first + j, col))
        set_cell(c, values[i], center=(col == 0))
        i = j + 1


def add_project_table(doc, pj):
    n_head = 9 + (2 if pj["plan"] else 0)
    rows = pj["rows"]
    t = doc.add_table(rows=n_head + 1 + len(rows), cols=5)
    t.style = "Table Grid"
    r = 0
    set_cell(t.cell(r, 0), "项目名称", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 4)), pj["name"])
    r += 1
    set_cell(t.cell(r, 0), "项目编码", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), pj["code"])
    set_cell(t.cell(r, 3), "项目类型", bold=True)
    set_cell(t.cell(r, 4), pj["type"])
    r += 1
    set_cell(t.cell(r, 0), "主管部门", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 2)), DEPT)
    set_cell(t.cell(r, 3), "实施单位", bold=True)
    set_cell(t.cell(r, 4), pj["unit"])
    r += 1
    set_cell(t.cell(r, 0).merge(t.cell(r + 2, 0)), "年度预算资金（万元）", bold=True)
    m = pj["money"]
    for k in range(3):
        set_cell(t.cell(r + k, 1), m[2 * k])
        set_cell(t.cell(r + k, 2).merge(t.cell(r + k, 4)), m[2 * k + 1])
    r += 3
    set_cell(t.cell(r, 0), pj["use_label"], bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 4)), pj["use"])
    r += 1
    if pj["plan"]:
        set_cell(t.cell(r, 0).merge(t.cell(r + 1, 0)), "资金支出进度计划（累计%）", bold=True)
        for j, mo in enumerate(("3月底", "6月底", "9月底", "12月底")):
            set_cell(t.cell(r, 1 + j), mo, center=True)
            set_cell(t.cell(r + 1, 1 + j), pj["plan"][j], center=True)
        r += 2
    set_cell(t.cell(r, 0), "年度绩效目标", bold=True)
    set_cell(t.cell(r, 1).merge(t.cell(r, 4)), pj["goal"])
    r += 1
    # rows r.. : blank spacer row merged (label row for indicators)
    set_cell(t.cell(r, 0).merge(t.cell(r, 4)), "年度绩效指标", bold=True, center=True)
    r += 1
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "指标值", pj["remark"])):
        set_cell(t.cell(r, j), h, bold=True, center=True)
    r += 1
    for i, row in enumerate(rows):
        for j in (2, 3, 4):
            set_cell(t.cell(r + i, j), row[j])
    merge_runs(t, 0, [x[0] for x in rows], r)
    merge_runs(t, 1, [x[1] for x in rows], r)
    assert r + len(rows) == len(t.rows), (r, len(rows), len(t.rows))
    t.autofit = False
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(WIDTHS[j])


def build(path=OUT):
    codes = [p["code"] for p in PROJECTS]
    assert len(set(codes)) == len(codes)
    for p in PROJECTS:
        assert len(p["code"]) == 21 and p["code"].startswith("13043425P"), p["code"]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    for text, size in ((TITLE, 18), ("（公开版）", 12)):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    for style, text in PROSE:
        doc.add_paragraph(text, style=style)
    doc.add_page_break()
    doc.add_paragraph("四、项目支出绩效目标表", style="Heading 1")
    for n, pj in enumerate(PROJECTS, start=1):
        cap = doc.add_paragraph()
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = cap.add_run(f"表{n}  {pj['name']}绩效目标表")
        run.bold = True
        run.font.size = Pt(12)
        unit = doc.add_paragraph("金额单位：万元")
        unit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_project_table(doc, pj)
        doc.add_paragraph("")
    doc.save(path)
    return path


if __name__ == "__main__":
    print(build())
