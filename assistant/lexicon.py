"""The words officials use, mapped to what they mean in a 绩效目标表. Data, not logic.

Domain vocabulary only: the standard 一级/二级指标 of 财预〔2021〕101号, the header fields, the
spending-plan periods, and the words for operations. Nothing here names one document's headings.
"""

from __future__ import annotations

from ingest.tables import MONEY_LABELS

# 二级指标 words (longest first when matching, so 经济效益 wins over 效益).
LEVEL2 = {
    "服务对象满意度": "服务对象满意度", "可持续影响": "可持续影响", "可持续": "可持续影响",
    "经济效益": "经济效益", "社会效益": "社会效益", "生态效益": "生态效益",
    "数量": "数量", "质量": "质量", "时效": "时效", "成本": "成本",
}
# 一级指标: 产出/效益/满意度, named with 指标 («效益指标»).
LEVEL1 = {"产出": "产出", "效益": "效益", "满意度": "满意度"}
# What follows a category word when it names indicators: «质量指标», «时效目标», «成本方面».
KIND_TAILS = ("类指标", "方面的指标", "方面指标", "指标值", "指标", "目标值", "目标", "要求", "方面", "类")
# Indicator kinds whose targets are percentages: a bare «90» or «0.9» compared with them is %.
PERCENT_KINDS = ("满意度", "质量", "时效", "率")

# Money fields of a project header, longest first.
MONEY_FIELDS = {
    "财政资金": "fiscal", "财政拨款": "fiscal", "财政性资金": "fiscal", "财政拨": "fiscal",
    "财政给": "fiscal", "财政出": "fiscal",
    "其他资金": "other", "自筹资金": "other", "自筹": "other", "其他来源": "other",
    # «不是财政拨款的那部分钱», «财政以外的钱»: the other funds
    "不是财政拨款的那部分": "other", "不是财政拨款的": "other", "非财政拨款": "other",
    "财政以外的": "other", "除财政以外的": "other", "财政以外": "other",
    "预算总额": "budget", "资金总额": "budget", "项目总额": "budget", "项目资金总额": "budget", "总预算": "budget", "预算数": "budget",
    "预算": "budget", "经费": "budget", "资金": "budget", "金额": "budget", "投入": "budget",
    "拨款": "budget", "钱": "budget",
    # colloquial: «今年盘子多大», «资金规模多大»: the budget
    "资金盘子": "budget", "预算盘子": "budget", "总盘子": "budget", "盘子": "budget",
    "资金规模": "budget", "预算规模": "budget",
    # the department-level sum of its projects («项目支出总额»), each project's part of it its budget
    "项目支出总额": "budget", "项目支出合计": "budget", "项目总支出": "budget", "项目支出预算": "budget",
}
# Every label the tables' readers take for a money field («自有资金», «年度资金总额») is a word for it
MONEY_FIELDS.update({label: field for field, labels in MONEY_LABELS.items() for label in labels
                     if label not in MONEY_FIELDS})
# Header text fields.
TEXT_FIELDS = {
    "资金用途": "use", "用途": "use", "干什么": "use", "做什么": "use", "干啥": "use", "干嘛": "use",
    "发给哪些人": "use", "给哪些人": "use", "发给什么人": "use", "补给谁": "use", "用在哪": "use",
    "补助哪类人群": "use", "补助哪些人": "use", "补助对象": "use", "资助对象": "use",
    "补助的是哪些人": "use", "补贴的是哪些人": "use", "补助的是什么人": "use", "补的是哪些人": "use",
    "受益对象": "use", "哪类人群": "use", "哪些人群": "use", "补贴对象": "use",
    "哪个部门": "department", "哪个单位": "department", "哪家单位": "department",
    "属于哪个部门": "department", "归哪个部门": "department", "谁家的": "department",
    "哪个局": "department", "归哪个局": "department", "属于哪个局": "department",
    "预算单位": "department", "编报单位": "department", "填报单位": "department", "主管部门": "department",
    "从哪来": "use", "从哪里来": "use", "来自哪里": "use", "哪里来的": "use",
    "用来": "use", "用于": "use", "用在": "use", "给谁": "use", "发给谁": "use", "发钱": "use",
    "花在": "use", "支持什么": "use", "主要内容": "use",
    "年度绩效目标": "goal", "绩效目标": "goal", "年度目标": "goal", "目标是什么": "goal",
    "要达到什么": "goal", "要实现什么": "goal", "主要目标": "goal",
    "政策依据": "refs", "依据文件": "refs", "文件依据": "refs", "依据的是什么": "refs",
    "依据什么": "refs", "根据什么": "refs", "依据": "refs",
    "项目编码": "code", "编码": "code", "编号": "code", "代码": "code",
    "资金支出计划": "plan", "支出计划": "plan", "支出进度": "plan", "进度安排": "plan",
    "用款计划": "plan",
}

# Spending-plan periods: cumulative % by a month end.
PERIODS = {
    "第一季度末": 3, "第一季度": 3, "一季度末": 3, "一季度": 3, "3月底": 3, "三月底": 3, "3月末": 3,
    "3月份": 3, "3月": 3, "第二季度末": 6, "第二季度": 6, "二季度末": 6, "二季度": 6, "上半年": 6,
    "年中": 6, "6月底": 6, "六月底": 6, "6月末": 6, "6月份": 6, "6月": 6, "前三季度": 9, "前三个季度": 9, "前两个季度": 6, "前两季度": 6,
    "第三季度末": 9, "三季度末": 9, "三季度": 9, "9月底": 9, "九月底": 9, "9月末": 9, "9月份": 9, "9月": 9, "10月底": 10, "十月底": 10,
    "10月末": 10, "10月份": 10, "10月": 10, "年底": 12, "年末": 12, "全年": 12, "12月底": 12,
    "十二月底": 12, "12月末": 12, "12月": 12, "四季度": 12, "第四季度": 12,
}
SPENDING_WORDS = ("资金支出", "支出进度", "支出", "进度", "支付", "拨付", "执行", "花完", "用完",
                  "花掉", "用掉", "花出去", "花", "用")
FULL_WORDS = ("全部支出", "支出完毕", "全部花完", "全部用完", "花完", "用完", "全额", "全部")

# Operations.
SUM_WORDS = ("合计", "总计", "总额", "总共", "一共", "共计", "加起来", "之和", "总和", "汇总",
             "加在一起", "总数", "加一块", "合起来", "加一起", "加在一块儿", "加在一块", "加一块儿",
             "加到一起", "合在一起", "拢共", "统共", "加总", "汇总起来", "求和")
MEAN_WORDS = ("平均值", "平均数", "均值", "平均水平", "平均是", "平均为", "平均多少", "平均")
MAX_WORDS = ("最高", "最多", "最大", "最贵", "第一多", "最高的")
MIN_WORDS = ("最低", "最少", "最小", "最便宜")
DIFF_WORDS = ("相差多少", "相差", "差额", "差多少", "差距", "多多少", "少多少", "差值", "之差",
              "差了", "多出多少", "高出多少", "多出了多少", "高出了多少", "多出来多少", "少了多少", "多了多少", "差几", "大多少", "高多少", "低多少",
              "小多少", "大了多少", "高了多少", "多花多少", "少花多少", "多花了多少", "少花了多少", "多用多少",
              "多安排多少", "少安排多少", "多安排了多少", "少安排了多少", "多投多少", "多投入多少")
# «教育局的项目比卫健局多几个»: a difference of counts
COUNT_DIFF_WORDS = ("多几个", "少几个", "多多少个", "少多少个", "多几项", "少几项", "多了几个", "少了几个",
                    "多几条", "少几条", "多多少条", "少多少条", "多了几条", "少了几条")
RATIO_WORDS = ("是多少倍", "的几倍", "几倍", "多少倍", "倍数", "倍")
SHARE_WORDS = ("百分之几", "占比", "比例", "比重", "占多少", "占总", "占全", "占", "各占")
COUNT_NOUNS = ("个项目", "项目数", "条指标", "指标数", "条数", "个指标", "条绩效指标", "项指标")
LIST_WORDS = ("哪些", "哪个", "哪几个", "哪几", "哪两个", "哪三个", "列出", "列举", "有什么", "都有",
              "清单", "名单", "是哪", "那些", "有哪", "哪一个", "哪项")

# Yes/no questions: «有没有», «是否», «…吗».
YES_NO = ("有没有", "是否", "是不是", "能不能", "达没达到", "够不够", "达到了吗", "有无")

# Projects WITHOUT something: «没有设置经济效益指标».
LACKING = ("没有设置", "没有设", "没设置", "没设", "未设置", "未设", "缺少", "缺乏", "没有", "缺",
           "不含", "不包含", "未包含", "没有填", "没填", "未填", "漏填", "漏了", "漏设", "没列", "未列")

# Consistency questions (体检).
ISSUE_WORDS = ("不一致", "不符", "矛盾", "有问题", "存在问题", "哪些问题", "什么问题", "错误",
               "对得上", "对不上", "一致吗", "相符吗", "对吗", "吻合吗", "不等于", "不相等", "异常",
               "不合理", "体检", "疑点", "核对", "不匹配", "冲突")
# Which check rule a consistency question is about: all words must be present.
ISSUE_RULES = [
    (("成本",), "cost-vs-budget"),
    (("方向",), "direction"),
    (("财政资金", "其他资金"), "money-split"),
    (("财政资金", "预算"), "money-split"),
    (("财政拨款", "资金总额"), "money-split"),
    (("财政拨款", "其他资金"), "money-split"),
    (("重名",), "duplicate-name"),
    (("名称相同",), "duplicate-name"),
    (("同名",), "duplicate-name"),
    (("编码重复",), "duplicate-code"),
    (("依据", "空"), "missing-basis"),
    (("支出计划",), "spending-plan"),
    (("分子分母",), "ratio-inverted"),
    (("颠倒",), "ratio-inverted"),
    (("描述", "指标值"), "count-mismatch"),
    (("人数", "不一致"), "count-mismatch"),
]

# Sections of the department's prose a question may point at («保障措施里说…»).
PROSE_SECTIONS = ("保障措施", "工作保障", "总体目标", "总体绩效目标", "分项目标", "分项绩效目标",
                  "部门整体", "整体绩效目标", "整体目标")

# Department-level prose: goals and measures.
PROSE_WORDS = ("总体目标", "分项目标", "总体绩效目标", "部门整体", "整体绩效目标", "保障措施",
               "工作保障", "工作思路", "重点工作", "主要工作", "工作目标", "举措", "措施", "机制",
               "怎么做", "如何", "为什么", "讲了什么", "讲的什么", "主要讲")

# Things officials ask for that a 绩效目标表 never holds.
ABSENT_FIELDS = ("负责人", "联系人", "联系电话", "电话", "自评", "得分", "评分", "打分", "实际完成",
                 "完成情况", "决算", "审计", "绩效评价结果", "执行率", "已支出", "实际支出", "招标",
                 "中标", "代理机构", "供应商", "承建单位", "施工单位", "合同金额", "三公经费", "编制人数",
                 "人员编制", "办公地址", "实际完成值", "完成值", "政府采购", "采购预算", "结转", "结余",
                 "扣分", "评分标准")  # (评分标准: printed by some forms for scoring, not kept;
# 分值/权重 are kept where a column prints them, assistant/weights.py)

# Header fields kept only where a table prints them (实施单位, attributes): asked of a store whose
# tables print none, they are said to be missing
UNSTORED_FIELDS = ("实施单位", "项目类型", "项目属性", "项目类别", "项目期限", "实施期限")

# «每户奖补多少钱» asks for a per-unit standard (an indicator), not the budget.
PER_UNIT = ("每户", "每人", "每亩", "每个", "每位", "每名", "每年每", "人均", "户均", "亩均")

# Asking for the list of projects itself.
ALL_PROJECTS = ("所有项目", "全部项目", "项目清单", "项目列表", "有哪些项目", "哪些项目", "什么项目",
                "项目有哪些", "各个项目", "每个项目", "几个项目", "多少个项目")

# How a target is written: (words, kind).
VALUE_KINDS = [
    (("百分比", "百分数", "百分率", "用%", "以%"), "percent"),
    (("以人数", "人数作为", "用人数", "按人数"), "people"),
    (("以金额", "金额作为", "用金额", "按金额", "某个金额"), "money"),
    (("截止日期", "具体日期", "完成日期", "具体时间", "截止时间"), "date"),
    (("没有数值", "无数值", "不可量化", "定性", "无法量化", "没有量化", "没有量化指标值", "没量化",
      "未量化", "不能量化", "只写了文字", "文字描述", "只有文字", "纯文字", "既没数字也没日期",
      "没有数字", "没数字"), "qualitative"),
]

# Question filler: words that ask, point or join, carrying no condition.
FILLER = ("请问", "请", "麻烦", "一下", "告诉我", "帮我", "查询", "查一下", "看看", "是多少", "是什么",
          "有哪些", "是啥", "啥", "有什么", "哪些", "哪个", "什么", "多少", "怎样", "如何", "吗",
          "呢", "的", "了", "吧", "？", "?", "。", "，", ",", "！", "!", "：", ":",
          "多大", "今年", "本年度", "本年", "咱们", "咱", "我们", "大概", "大约")

# Questions about when: rows that state a date.
WHEN_WORDS = ("哪天", "什么时候", "何时", "几月", "截止", "之前完成", "前完成", "完工时间", "期限",
              "完成时间", "日期")
