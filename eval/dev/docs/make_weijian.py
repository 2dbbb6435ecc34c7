"""Build eval/dev/docs/weijian-2025.docx: 曲周县卫生健康局 2025年度部门预算绩效目标 (invented content).

Layout, unlike the other eval documents (looks like a Word file converted from a spreadsheet report):
  * title, then prose sections as bold numbered paragraphs (no heading styles):
    一、部门概况 / 二、2025年度部门整体绩效目标 / 三、项目支出安排情况 / 四、绩效管理保障措施;
  * «五、项目支出绩效目标表», then per project a bold centred caption «附表N  <项目名称>绩效目标表»,
    a right-aligned line «填报单位：曲周县卫生健康局    金额单位：万元» (元 for one project) and a
    5-column header table:
        项目名称 | name (4 cols)
        项目编码 | code (2 cols) | 项目属性 | 延续项目/新增项目
        主管部门 | dept (2 cols) | 实施单位 | unit
        预算金额（万元） (merged down 4 rows) | 合计 / 其中：本级财政 / 上级补助 / 其他 | value (3 cols)
        资金支出计划（累计） (merged down 2 rows) | 1-3月 | 1-6月 | 1-9月 | 1-12月 / percentages
            or  资金支出计划 | one sentence (cumulative quarters)        or no row at all
        项目概况及资金用途 | text
        年度绩效目标 | text
    then a line «绩效指标：» and an indicator table
        一级指标 | 二级指标 | 三级指标 | 指标值 | 指标解释 | 确定依据
    with 一级指标 and 二级指标 merged down their runs; values written like «不少于 3000 人次»,
    «≥ 95 %», «100%», «控制在 80 万元以内», «年底前完成».
Facts: 8 projects, 64 indicator rows; the budget has THREE parts (本级财政 / 上级补助 / 其他);
项目7 (严重精神障碍患者管理治疗经费) is printed in 元; 项目4 (重大传染病防控经费) has no 满意度指标;
项目8 has no spending plan; 项目2 and 项目6 give the plan as a sentence; 冀卫财〔2024〕6号 is cited by
projects 1, 2, 3, 5; 冀财社〔2024〕158号 by projects 1, 2; laws are cited by title.

Run:  /work/main/.venv/bin/python eval/dev/docs/make_weijian.py
"""
import io
import zipfile
from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("weijian-2025.docx")
DEPT = "曲周县卫生健康局"
TITLE = "曲周县卫生健康局2025年度部门预算绩效目标"

PLAN = "2025年度工作计划"
Q = "满意度问卷调查"
WCJ6 = "冀卫财〔2024〕6号"
CS158 = "冀财社〔2024〕158号"
CS171 = "冀财社〔2024〕171号"
HWJK15 = "邯卫疾控〔2024〕15号"
GFXX = "国家基本公共卫生服务规范（第三版）"
LAW_CR = "《中华人民共和国传染病防治法》"
LAW_MY = "《中华人民共和国母婴保健法》"
LAW_JS = "《中华人民共和国精神卫生法》"
LAW_JB = "《中华人民共和国基本医疗卫生与健康促进法》"

CH = "产出指标"
XY = "效益指标"
MY = "满意度指标"
SL, ZL, SX, CB = "数量指标", "质量指标", "时效指标", "成本指标"
SH, JJ, KC = "社会效益指标", "经济效益指标", "可持续影响指标"
FW = "服务对象满意度指标"

# plan: ("cols", (q1, h1, q3, y)) | ("text", sentence, (q1, h1, q3, y)) | None ; percentages cumulative
# rows: (一级指标, 二级指标, 三级指标, 指标值, 指标解释, 确定依据)
PROJECTS = [
    dict(
        name="基本公共卫生服务项目补助资金", code="13043525P00JBGW10001Q", attr="延续项目",
        org="各乡镇卫生院、社区卫生服务中心", unit="万元",
        total="1860.50", own="372.10", upper="1488.40", other="0.00",
        plan=("cols", (20, 50, 80, 100)),
        use="按照国家基本公共卫生服务项目人均补助标准，用于为辖区常住居民免费提供居民健康档案管理、预防接种、"
            "0-6岁儿童和孕产妇健康管理、老年人健康管理、高血压和2型糖尿病患者健康管理等基本公共卫生服务。",
        goal="全县居民电子健康档案建档38万人以上，65岁及以上老年人健康管理4.6万人以上，高血压患者规范管理率"
             "达到65%以上，适龄儿童国家免疫规划疫苗接种率保持在90%以上，居民健康素养水平达到30%。",
        rows=[
            (CH, SL, "居民电子健康档案建档人数", "不少于 38 万人", "辖区常住居民建立规范化电子健康档案的人数", WCJ6),
            (CH, SL, "65岁及以上老年人健康管理人数", "不少于 4.6 万人", "年内接受健康体检和健康指导的65岁及以上老年人数", WCJ6),
            (CH, ZL, "高血压患者规范管理率", "≥ 65 %", "按照规范要求进行高血压患者健康管理的人数/年内已管理的高血压患者人数×100%", GFXX),
            (CH, ZL, "适龄儿童国家免疫规划疫苗接种率", "≥ 90 %", "实际接种人数/应接种人数×100%", WCJ6),
            (CH, SX, "补助资金拨付时间", "2025年11月底前", "中央、省级和县级补助资金拨付至乡镇卫生院的时间", CS158),
            (CH, CB, "基本公共卫生服务补助资金", "控制在 1860.5 万元以内", "全年项目资金支出总额", CS158),
            (XY, SH, "城乡居民公共卫生服务差距", "逐步缩小", "城乡居民享有均等化基本公共卫生服务的程度", PLAN),
            (XY, KC, "居民健康素养水平", "≥ 30 %", "具备基本健康素养的人数/监测总人数×100%", PLAN),
            (MY, FW, "居民对基本公共卫生服务满意度", "≥ 85 %", "抽样调查中表示满意的居民比例", Q),
        ],
    ),
    dict(
        name="家庭医生签约服务经费", code="13043525P00JTYS10002R", attr="延续项目",
        org="各乡镇卫生院", unit="万元",
        total="245.00", own="98.00", upper="147.00", other="0.00",
        plan=("text", "一季度末累计支出15%，上半年累计支出45%，前三季度累计支出75%，年底前支出100%。", (15, 45, 75, 100)),
        use="用于兑付家庭医生团队为老年人、孕产妇、儿童、慢性病患者、残疾人等重点人群提供签约服务的签约服务费，"
            "以及家庭医生团队履约考核支出。",
        goal="重点人群家庭医生签约12万人以上，组建家庭医生团队186个，重点人群签约覆盖率达到75%以上，签约居民续约率"
             "不低于80%。",
        rows=[
            (CH, SL, "重点人群家庭医生签约人数", "不少于 12 万人", "年内签订家庭医生服务协议的重点人群人数", WCJ6),
            (CH, SL, "家庭医生团队数量", "186 个", "全县组建并在岗服务的家庭医生团队数", PLAN),
            (CH, ZL, "重点人群签约覆盖率", "≥ 75 %", "重点人群签约人数/重点人群总数×100%", WCJ6),
            (CH, SX, "签约服务费兑付时间", "年底前完成", "按考核结果兑付签约服务费的完成时间", CS158),
            (CH, CB, "家庭医生签约服务经费", "控制在 245 万元以内", "全年签约服务费及考核支出总额", CS158),
            (XY, SH, "签约居民续约率", "≥ 80 %", "上年签约且本年续约人数/上年签约人数×100%", PLAN),
            (MY, FW, "签约居民满意度", "≥ 90 %", "抽样回访中对签约服务表示满意的比例", Q),
        ],
    ),
    dict(
        name="村卫生室运行及乡村医生补助", code="13043525P00CWSS10003S", attr="延续项目",
        org="曲周县卫生健康局基层卫生健康股", unit="万元",
        total="312.60", own="112.60", upper="200.00", other="0.00",
        plan=("cols", (30, 60, 85, 100)),
        use="用于全县村卫生室运行经费补助、乡村医生基本药物制度补助和岗位培训，保障村卫生室正常运转。",
        goal="补助全县342个村卫生室正常运行，享受补助乡村医生520人以上，村卫生室标准化建设达标率95%以上，"
             "乡村医生岗位培训全覆盖。",
        rows=[
            (CH, SL, "补助村卫生室数量", "342 个", "纳入运行补助范围的村卫生室个数", WCJ6),
            (CH, SL, "享受补助乡村医生人数", "不少于 520 人", "在岗并享受基本药物制度补助的乡村医生人数", WCJ6),
            (CH, ZL, "村卫生室标准化建设达标率", "≥ 95 %", "达到标准化建设要求的村卫生室/村卫生室总数×100%", LAW_JB),
            (CH, ZL, "乡村医生岗位培训覆盖率", "100%", "参加岗位培训的乡村医生/在岗乡村医生×100%", PLAN),
            (CH, SX, "补助资金发放时间", "每季度末前发放", "按季度考核后发放补助资金", PLAN),
            (CH, CB, "村卫生室运行补助标准", "每个村卫生室每年不低于 5000 元", "单个村卫生室年度运行补助标准", WCJ6),
            (XY, JJ, "乡村医生人均年补助收入", "不低于 4000 元", "乡村医生从本项目获得的年人均补助", PLAN),
            (MY, FW, "村民对村卫生室服务满意度", "≥ 85 %", "抽样调查中表示满意的村民比例", Q),
        ],
    ),
    dict(
        name="重大传染病防控经费", code="13043525P00ZDCR10004T", attr="延续项目",
        org="曲周县疾病预防控制中心", unit="万元",
        total="86.40", own="20.00", upper="60.40", other="6.00",
        plan=("cols", (10, 40, 70, 100)),
        use="用于艾滋病、结核病、病毒性肝炎等重大传染病的监测检测、患者发现和治疗管理、疫情报告和流行病学调查。",
        goal="完成艾滋病病毒抗体检测3000人次以上，规范管理肺结核患者160人以上，法定传染病报告及时率100%，"
             "全年不发生重大传染病暴发流行。",
        rows=[
            (CH, SL, "艾滋病病毒抗体检测人次", "不少于 3000 人次", "全年完成的艾滋病病毒抗体检测人次", LAW_CR),
            (CH, SL, "肺结核患者规范管理人数", "不少于 160 人", "纳入规范治疗管理的肺结核患者人数", HWJK15),
            (CH, ZL, "肺结核患者成功治疗率", "≥ 90 %", "治愈和完成疗程的患者/登记患者×100%", HWJK15),
            (CH, ZL, "法定传染病报告及时率", "100%", "按规定时限报告的病例/报告病例总数×100%", LAW_CR),
            (CH, SX, "疫情处置响应时间", "接报后 2 小时内", "接到疫情报告至到达现场开展处置的时间", LAW_CR),
            (CH, CB, "重大传染病防控经费", "控制在 86.4 万元以内", "全年防控工作支出总额", PLAN),
            (XY, SH, "重大传染病暴发流行", "不发生", "全年重大传染病暴发流行疫情起数", PLAN),
        ],
    ),
    dict(
        name="妇幼健康服务项目（农村妇女“两癌”筛查及孕前优生健康检查）", code="13043525P00FYJK10005U", attr="延续项目",
        org="曲周县妇幼保健院", unit="万元",
        total="158.75", own="45.75", upper="103.00", other="10.00",
        plan=("cols", (20, 45, 80, 100)),
        use="用于35-64岁农村适龄妇女宫颈癌、乳腺癌免费筛查，计划怀孕夫妇免费孕前优生健康检查，以及阳性病例随访管理。",
        goal="完成农村适龄妇女宫颈癌筛查1.2万人、乳腺癌筛查1.2万人，孕前优生健康检查3600人以上，目标人群覆盖率"
             "80%以上，孕产妇死亡率控制在10/10万以下。",
        rows=[
            (CH, SL, "农村适龄妇女宫颈癌筛查人数", "不少于 1.2 万人", "年内完成宫颈癌筛查的35-64岁农村妇女人数", WCJ6),
            (CH, SL, "农村适龄妇女乳腺癌筛查人数", "不少于 1.2 万人", "年内完成乳腺癌筛查的35-64岁农村妇女人数", WCJ6),
            (CH, SL, "孕前优生健康检查人数", "不少于 3600 人", "接受免费孕前优生健康检查的计划怀孕夫妇人数", WCJ6),
            (CH, ZL, "孕前优生健康检查目标人群覆盖率", "≥ 80 %", "实际检查人数/目标人群数×100%", PLAN),
            (CH, ZL, "筛查阳性病例随访率", "95%以上", "完成随访的阳性病例/阳性病例总数×100%", PLAN),
            (CH, SX, "筛查任务完成时间", "2025年10月31日前", "全年筛查任务完成时限", PLAN),
            (CH, CB, "妇幼健康服务项目经费", "控制在 158.75 万元以内", "全年筛查、检查及随访支出总额", PLAN),
            (XY, SH, "孕产妇死亡率", "≤ 10/10万", "年内孕产妇死亡人数/活产数×100000", LAW_MY),
            (MY, FW, "服务对象满意度", "≥ 90 %", "接受筛查和检查的群众中表示满意的比例", Q),
        ],
    ),
    dict(
        name="县医院急诊急救能力提升项目", code="13043525P00JZJJ10006V", attr="新增项目",
        org="曲周县医院（曲周县急救中心）", unit="万元",
        total="620.00", own="300.00", upper="200.00", other="120.00",
        plan=("text", "一季度末累计支出10%，二季度末累计支出35%，三季度末累计支出70%，年底累计支出100%。", (10, 35, 70, 100)),
        use="用于购置负压救护车及车载急救设备，建设乡镇急救站点，升级120急救指挥调度系统；其他资金为县医院自有资金。",
        goal="购置负压救护车6辆，新建乡镇急救站点5个以上，设备验收合格率100%，院前急救平均反应时间缩短至12分钟以内。",
        rows=[
            (CH, SL, "购置负压救护车数量", "6 辆", "年内购置并投入使用的负压救护车数量", CS171),
            (CH, SL, "乡镇急救站点建设数量", "不少于 5 个", "新建并投入运行的乡镇急救站点个数", CS171),
            (CH, ZL, "设备验收合格率", "100%", "验收合格设备数/购置设备总数×100%", PLAN),
            (CH, SX, "项目完成时间", "年底前完成", "设备购置、站点建设和系统升级的完成时限", PLAN),
            (CH, CB, "项目总成本", "控制在 620 万元以内", "购置、建设和系统升级支出总额", CS171),
            (XY, SH, "院前急救平均反应时间", "缩短至 12 分钟以内", "接到呼救至救护车到达现场的平均时间", PLAN),
            (XY, KC, "急救设备使用年限", "不少于 8 年", "购置设备的设计使用年限", PLAN),
            (MY, FW, "患者满意度", "≥ 92 %", "接受院前急救服务的患者及家属中表示满意的比例", Q),
        ],
    ),
    dict(
        name="严重精神障碍患者管理治疗经费", code="13043525P00YZJS10007W", attr="延续项目",
        org="曲周县第二人民医院（县精神卫生中心）", unit="元",
        total="568000.00", own="328000.00", upper="240000.00", other="0.00",
        plan=("cols", (25, 50, 75, 100)),
        use="用于在册严重精神障碍患者随访管理、免费基础服药补助、应急处置和患者家属护理教育。",
        goal="在册严重精神障碍患者管理2100人以上，规范管理率90%以上，免费服药患者800人以上，全年不发生患者肇事肇祸案件。",
        rows=[
            (CH, SL, "在册严重精神障碍患者管理人数", "不少于 2100 人", "登记在册并接受随访管理的患者人数", LAW_JS),
            (CH, SL, "免费服药患者人数", "不少于 800 人", "享受免费基础服药补助的患者人数", HWJK15),
            (CH, ZL, "严重精神障碍患者规范管理率", "≥ 90 %", "规范管理患者数/在册患者数×100%", LAW_JS),
            (CH, ZL, "在册患者服药率", "≥ 80 %", "服药患者数/在册患者数×100%", HWJK15),
            (CH, SX, "免费服药补助发放时间", "按月发放", "免费服药补助的发放频次", PLAN),
            (CH, CB, "患者管理治疗经费", "控制在 568000 元以内", "全年管理、服药补助及应急处置支出总额", PLAN),
            (XY, SH, "患者肇事肇祸案件", "0 起", "在册患者发生肇事肇祸案件起数", PLAN),
            (MY, FW, "患者家属满意度", "≥ 88 %", "回访中患者家属表示满意的比例", Q),
        ],
    ),
    dict(
        name="卫生健康综合监督执法经费", code="13043525P00WSJD10008X", attr="延续项目",
        org="曲周县卫生健康综合监督执法局", unit="万元",
        total="42.30", own="42.30", upper="0.00", other="0.00",
        plan=None,
        use="用于公共场所、生活饮用水、医疗机构和学校卫生的监督检查、监督抽检及执法文书、执法装备运行维护。",
        goal="完成公共场所监督检查1500户次以上，监督抽检样品260份以上，医疗机构监督全覆盖，投诉举报按时办结率98%以上。",
        rows=[
            (CH, SL, "公共场所监督检查户次", "不少于 1500 户次", "全年对公共场所经营单位开展监督检查的户次", LAW_JB),
            (CH, SL, "监督抽检样品数量", "不少于 260 份", "生活饮用水、公共场所等监督抽检样品数", PLAN),
            (CH, ZL, "医疗机构监督覆盖率", "100%", "已监督医疗机构数/辖区医疗机构总数×100%", LAW_JB),
            (CH, ZL, "投诉举报按时办结率", "≥ 98 %", "按时办结件数/受理件数×100%", PLAN),
            (CH, SX, "监督执法案件办结时限", "立案后 90 日内", "一般程序案件自立案至作出处理决定的时限", PLAN),
            (CH, CB, "监督执法工作经费", "控制在 42.3 万元以内", "全年监督执法工作支出总额", PLAN),
            (XY, SH, "卫生健康领域违法行为", "有效遏制", "辖区卫生健康领域违法违规行为发生情况", PLAN),
            (MY, FW, "被监督单位满意度", "≥ 85 %", "被监督单位对执法工作表示满意的比例", Q),
        ],
    ),
]

NUMS = "一二三四五六七八九十"


def wan(pj, key):
    v = Decimal(pj[key])
    return v / 10000 if pj["unit"] == "元" else v


def total_wan():
    return sum((wan(pj, "total") for pj in PROJECTS), Decimal(0))


def prose():
    n = len(PROJECTS)
    tot = f"{total_wan():.2f}"
    return [
        ("h", "一、部门概况"),
        ("p", "曲周县卫生健康局是县政府工作部门，主要职责是：贯彻执行国家卫生健康工作方针政策和法律法规，统筹规划全县"
              "卫生健康资源配置；组织实施国家基本公共卫生服务项目和重大公共卫生服务项目；负责疾病预防控制、妇幼健康、"
              "精神卫生和基层卫生健康工作；组织推进家庭医生签约服务；负责医疗机构、公共卫生的监督管理。"),
        ("p", "局属单位有曲周县医院、曲周县中医医院、曲周县第二人民医院（县精神卫生中心）、曲周县妇幼保健院、曲周县疾病"
              "预防控制中心、曲周县卫生健康综合监督执法局，管理10个乡镇卫生院和342个村卫生室。"),
        ("h", "二、2025年度部门整体绩效目标"),
        ("p", "2025年，曲周县卫生健康局以深化医药卫生体制改革为主线，以“强基层、补短板、重预防”为重点，推动卫生健康"
              "事业高质量发展。主要目标是：居民电子健康档案建档率保持在80%以上；重点人群家庭医生签约覆盖率达到75%以上；"
              "法定传染病报告及时率100%；孕产妇死亡率控制在10/10万以下、婴儿死亡率控制在5‰以下；院前急救平均反应时间"
              "缩短至12分钟以内；人均预期寿命较上年提高0.2岁。"),
        ("h", "三、项目支出安排情况"),
        ("p", f"2025年部门预算共安排项目支出{n}个，预算合计{tot}万元，资金来源包括县本级财政资金、上级转移支付补助资金"
              "和单位自有等其他资金。项目支出主要投向基本公共卫生服务、基层医疗卫生机构运行、重大疾病防控、妇幼健康、"
              "急诊急救能力建设和卫生健康监督执法等领域。"),
        ("h", "四、绩效管理保障措施"),
        ("p", "（一）压实绩效管理责任。局主要负责人对部门整体绩效负总责，各项目实施单位主要负责人为项目绩效第一责任人，"
              "绩效目标完成情况纳入局属单位年度目标考核。"),
        ("p", "（二）规范资金使用管理。严格执行《中华人民共和国预算法》和上级转移支付资金管理办法，上级补助资金按照"
              "冀卫财〔2024〕6号等文件规定的用途和标准使用，专款专用，严禁截留、挤占和挪用。"),
        ("p", "（三）开展绩效运行监控。每季度对项目资金支出进度和绩效目标实现程度进行跟踪监控，累计支出进度低于计划"
              "进度10个百分点以上的项目，由财务股会同业务股室督促整改。"),
        ("p", "（四）强化结果应用。年度终了开展绩效自评，自评结果与下一年度预算安排挂钩，并按规定向社会公开。"),
    ]


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def merged(t, r0, c0, r1, c1):
    cell = t.cell(r0, c0)
    if (r0, c0) != (r1, c1):
        cell = cell.merge(t.cell(r1, c1))
    return cell


def add_header_table(doc, pj):
    u = pj["unit"]
    plan = pj["plan"]
    nrows = 3 + 4 + (2 if plan and plan[0] == "cols" else 1 if plan else 0) + 2
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "项目名称", bold=True)
    set_cell(merged(t, 0, 1, 0, 4), pj["name"])
    set_cell(t.cell(1, 0), "项目编码", bold=True)
    set_cell(merged(t, 1, 1, 1, 2), pj["code"])
    set_cell(t.cell(1, 3), "项目属性", bold=True)
    set_cell(t.cell(1, 4), pj["attr"])
    set_cell(t.cell(2, 0), "主管部门", bold=True)
    set_cell(merged(t, 2, 1, 2, 2), DEPT)
    set_cell(t.cell(2, 3), "实施单位", bold=True)
    set_cell(t.cell(2, 4), pj["org"])
    set_cell(merged(t, 3, 0, 6, 0), f"预算金额（{u}）", bold=True, center=True)
    for i, (label, key) in enumerate((("合计", "total"), ("其中：本级财政", "own"),
                                      ("上级补助", "upper"), ("其他", "other"))):
        set_cell(t.cell(3 + i, 1), label)
        set_cell(merged(t, 3 + i, 2, 3 + i, 4), pj[key])
    r = 7
    if plan and plan[0] == "cols":
        set_cell(merged(t, r, 0, r + 1, 0), "资金支出计划（累计）", bold=True, center=True)
        for j, (m, v) in enumerate(zip(("1-3月", "1-6月", "1-9月", "1-12月"), plan[1])):
            set_cell(t.cell(r, 1 + j), m, center=True)
            set_cell(t.cell(r + 1, 1 + j), f"{v}%", center=True)
        r += 2
    elif plan:
        set_cell(t.cell(r, 0), "资金支出计划", bold=True)
        set_cell(merged(t, r, 1, r, 4), plan[1])
        r += 1
    set_cell(t.cell(r, 0), "项目概况及资金用途", bold=True)
    set_cell(merged(t, r, 1, r, 4), pj["use"])
    set_cell(t.cell(r + 1, 0), "年度绩效目标", bold=True)
    set_cell(merged(t, r + 1, 1, r + 1, 4), pj["goal"])
    for row in t.rows:
        row.cells[0].width = Cm(3.2)


def merge_runs(table, col, values, first_row):
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        set_cell(merged(table, first_row + i, col, first_row + j, col), values[i], center=True)
        i = j + 1


def add_indicator_table(doc, pj):
    rows = pj["rows"]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "确定依据")):
        set_cell(t.cell(0, j), h, bold=True, center=True)
    for i, row in enumerate(rows, start=1):
        for j in (2, 3, 4, 5):
            set_cell(t.cell(i, j), row[j], center=(j == 3))
    merge_runs(t, 0, [r[0] for r in rows], 1)
    merge_runs(t, 1, [r[1] for r in rows], 1)


def check():
    codes = set()
    for pj in PROJECTS:
        assert len(pj["code"]) == 21 and pj["code"].startswith("13043525P00"), pj["code"]
        assert pj["code"] not in codes
        codes.add(pj["code"])
        assert Decimal(pj["total"]) == Decimal(pj["own"]) + Decimal(pj["upper"]) + Decimal(pj["other"]), pj["name"]
        for r in pj["rows"]:
            assert len(r) == 6 and r[0] in (CH, XY, MY), r
    assert len(PROJECTS) == 8
    assert 55 <= sum(len(pj["rows"]) for pj in PROJECTS) <= 70


def normalise_zip(path):
    """Rewrite the package with fixed timestamps so that the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


def build(path=OUT):
    check()
    doc = Document()
    cp = doc.core_properties
    cp.title = TITLE
    cp.author = DEPT
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(18)
    for kind, text in prose():
        p = doc.add_paragraph()
        r = p.add_run(text)
        if kind == "h":
            r.bold = True
            r.font.size = Pt(14)
    doc.add_page_break()
    p = doc.add_paragraph()
    r = p.add_run("五、项目支出绩效目标表")
    r.bold = True
    r.font.size = Pt(14)
    for n, pj in enumerate(PROJECTS, start=1):
        cap = doc.add_paragraph()
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = cap.add_run(f"附表{n}  {pj['name']}绩效目标表")
        r.bold = True
        r.font.size = Pt(12)
        unit_line = doc.add_paragraph(f"填报单位：{DEPT}        金额单位：{pj['unit']}")
        unit_line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_header_table(doc, pj)
        doc.add_paragraph("绩效指标：")
        add_indicator_table(doc, pj)
        doc.add_paragraph("")
    doc.save(path)
    normalise_zip(path)
    return path


if __name__ == "__main__":
    print(build())
