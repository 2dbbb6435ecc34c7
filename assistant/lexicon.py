"""The words officials use, mapped to what they mean in a 绩效目标表. Data, not logic."""

from __future__ import annotations

# 一级指标 by the word a question uses; each maps to the words matched in the level1 column.
LEVEL1 = {
    "产出": "产出",
    "效益": "效益",
    "满意度": "满意度",
}

# 二级指标 words; longest first when matching so 经济效益 wins over 效益.
LEVEL2 = {
    "服务对象满意度": "服务对象满意度",
    "可持续影响": "可持续影响",
    "可持续": "可持续影响",
    "经济效益": "经济效益",
    "社会效益": "社会效益",
    "生态效益": "生态效益",
    "数量": "数量",
    "质量": "质量",
    "时效": "时效",
    "成本": "成本",
}

# Comparison words in questions → comparator. Order matters: longer phrases first.
COMPARATORS_BEFORE = [  # word before the number: «不低于90%», «超过1000万元»
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("至少", ">="), ("最少", ">="),
    ("大于等于", ">="), ("高于或等于", ">="), ("达到", ">="), ("达", ">="),
    ("不高于", "<="), ("不超过", "<="), ("不多于", "<="), ("不大于", "<="), ("至多", "<="),
    ("最多", "<="), ("小于等于", "<="), ("低于或等于", "<="),
    ("高于", ">"), ("超过", ">"), ("大于", ">"), ("多于", ">"), ("超出", ">"),
    ("低于", "<"), ("小于", "<"), ("少于", "<"), ("不足", "<"), ("未达到", "<"), ("未达", "<"),
    ("不到", "<"), ("没超过", "<="), ("没有超过", "<="),
    ("等于", "="), ("恰好", "="), ("正好", "="), ("只到", "="), ("只有", "="), ("仅为", "="),
    ("仅", "="),
    ("≥", ">="), (">=", ">="), ("≧", ">="), ("≤", "<="), ("<=", "<="), ("≦", "<="),
    (">", ">"), ("＞", ">"), ("<", "<"), ("＜", "<"), ("=", "="), ("＝", "="),
    ("为", "="), ("是", "="), ("在", "="),
]
COMPARATORS_AFTER = [  # word after the number: «90%及以上», «10万元以下»
    ("及以上", ">="), ("或以上", ">="), ("以上", ">="), ("之上", ">="), ("起", ">="),
    ("甚至更高", ">="), ("或更高", ">="), ("及更高", ">="), ("甚至更低", "<="), ("或更低", "<="),
    ("及以下", "<="), ("或以下", "<="), ("以下", "<="), ("之下", "<="), ("以内", "<="),
]

# A range: «100到500万元之间», «100至500万元».
RANGE_WORDS = ("到", "至", "-", "~", "～", "—", "和", "与")

# Spending-plan periods (cumulative % by period end).
PERIODS = [
    ("一季度", 3), ("第一季度", 3), ("3月底", 3), ("三月底", 3), ("3月末", 3), ("3月", 3),
    ("上半年", 6), ("二季度", 6), ("第二季度", 6), ("年中", 6), ("6月底", 6), ("六月底", 6),
    ("6月末", 6), ("6月", 6),
    ("三季度", 9), ("第三季度", 9), ("9月底", 9), ("10月底", 10), ("十月底", 10), ("10月末", 10),
    ("10月", 10),
    ("年底", 12), ("年末", 12), ("全年", 12), ("12月底", 12), ("十二月底", 12), ("12月末", 12),
    ("12月", 12), ("四季度", 12), ("第四季度", 12),
]
SPENDING_WORDS = ("支出", "进度", "支付", "拨付", "执行", "花完", "用完", "花掉", "用掉", "花出去",
                  "资金支出计划")
FULL_WORDS = ("全部", "全额", "完毕", "全部支出", "支出完", "100%")

# Aggregates.
SUM_WORDS = ("合计", "总计", "总额", "总共", "一共", "共计", "加起来", "之和", "总和", "总预算",
             "汇总", "累计")
# Header labels that contain aggregate words without asking for an aggregate.
FIELD_LABELS = ("资金总额", "年度资金总额", "预算总额", "项目总额")

# A sum is of money: «汇总哪些方面的线索» is not a sum.
MONEY_WORDS = ("预算", "资金", "金额", "钱", "经费", "元", "拨款", "投入", "成本")
MAX_WORDS = ("最高", "最多", "最大", "最贵", "第一多")
MIN_WORDS = ("最低", "最少", "最小", "最便宜")
DIFF_WORDS = ("相差", "差额", "差多少", "差距", "多多少", "少多少", "差值", "之差", "差了", "多出",
              "高出", "超出多少", "超过多少", "少了多少", "多了多少")
SHARE_WORDS = ("占比", "比例", "比重", "占多少", "百分之几", "各占")
LIST_WORDS = ("哪些", "哪个", "列出", "列举", "有什么", "都有", "清单", "名单", "是哪", "那些")

# Money fields of a project header.
MONEY_FIELDS = {
    "财政资金": "fiscal", "财政拨款": "fiscal", "财政": "fiscal",
    "其他资金": "other", "自筹": "other", "其他来源": "other",
    "预算": "budget", "资金总额": "budget", "经费": "budget", "资金": "budget", "多少钱": "budget",
    "金额": "budget", "投入": "budget", "钱": "budget",
}
TEXT_FIELDS = {
    "用途": "use", "资金用途": "use", "用于": "use", "干什么": "use", "做什么": "use",
    "绩效目标": "goal", "目标是什么": "goal", "年度目标": "goal", "要达到什么": "goal",
    "支出计划": "spending_plan", "支出进度": "spending_plan", "进度安排": "spending_plan",
    "项目编码": "code", "编码": "code", "编号": "code", "代码": "code",
    "依据": "refs", "政策依据": "refs", "依据文件": "refs", "文件依据": "refs",
}

# Words that make a question about one indicator's target («…的目标值是多少»).
TARGET_WORDS = ("目标值", "目标", "指标值", "要求", "标准", "多少", "几", "什么时候", "时间",
                "期限", "完工", "完成时间", "分别")

# Policy-basis questions.
REF_WORDS = ("引用", "依据", "根据", "援引", "参照", "出自", "依照")

# Follow-up references to the previous answer.
PRONOUNS = ("它的", "它们", "它", "该项目", "这个项目", "此项目", "这些项目", "这些", "上述", "以上项目",
            "这几个", "这两个", "前面", "刚才", "其", "该")
WITHIN_WORDS = ("其中", "这当中", "这里面", "里面", "之中")


# Consistency questions.
ISSUE_WORDS = ("不一致", "不符", "矛盾", "有问题", "存在问题", "哪些问题", "什么问题", "错误", "对得上",
               "对不上", "一致吗", "相符吗", "对吗", "吻合吗", "不等于", "不相等", "异常", "不合理", "体检", "疑点",
               "核对", "不匹配", "冲突")

# Prose sections: department-level goals and measures.
PROSE_WORDS = ("大事", "机制", "措施", "总体目标", "分项目标", "保障措施", "工作思路", "课程", "计划开设",
               "板块", "重点工作", "举措", "怎么做", "如何", "为什么")

# Question filler removed before matching names and indicator rows.
FILLER = ("请问", "请", "一下", "告诉我", "帮我", "查询", "查一下", "看看", "是多少", "是什么", "有哪些", "是啥", "啥",
          "有什么", "哪些", "哪个", "什么", "多少", "怎样", "如何", "吗", "呢", "的", "了", "吧", "？", "?",
          "。", "，", ",", "！", "!", "：", ":")

# Questions about when: rank rows that state a date first.
WHEN_WORDS = ("哪天", "什么时候", "何时", "几月", "截止", "之前完成", "前完成", "完工时间", "期限",
              "完成时间", "日期")

# How a target is written: (words, kind).
VALUE_KINDS = [
    (("百分比", "百分数", "百分率", "用%", "以%"), "percent"),
    (("以人数", "人数作为", "用人数", "按人数"), "people"),
    (("以金额", "金额作为", "用金额", "按金额", "某个金额"), "money"),
    (("截止日期", "具体日期", "完成日期", "具体时间", "时间节点", "截止时间"), "date"),
    (("没有数值", "无数值", "不可量化", "定性", "无法量化", "没有量化"), "qualitative"),
]

# Yes/no questions: «有没有», «是否», «…吗».
YES_NO = ("有没有", "是否", "是不是", "能不能", "达没达到", "够不够")

# Words that ask for projects WITHOUT something.
NEGATIONS = ("没有设置", "没有设", "没设", "未设置", "未设", "缺少", "缺乏", "没有", "不含", "不包含")

# Which check rule a consistency question is about: all words must be present.
ISSUE_RULES = [
    (("成本",), "cost-vs-budget"),
    (("代偿率",), "direction"),
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

# Things officials ask for that a 绩效目标表 never holds.
ABSENT_FIELDS = ("负责人", "联系人", "联系电话", "电话", "自评", "得分", "评分", "打分", "实际完成",
                 "完成情况", "决算", "审计", "绩效评价结果", "执行率", "已支出", "实际支出", "招标",
                 "中标", "代理机构", "供应商", "承建单位", "施工单位", "合同金额", "三公经费", "编制人数",
                 "人员编制", "办公地址")

# «每户奖补多少钱» asks for a per-unit standard (an indicator), not the budget.
PER_UNIT = ("每户", "每人", "每亩", "每个", "每位", "每名", "每年每", "人均", "户均", "亩均")

# Asking for the list of projects itself.
ALL_PROJECTS = ("所有项目", "全部项目", "项目清单", "项目列表", "有哪些项目", "哪些项目", "什么项目",
                "项目有哪些", "各个项目", "每个项目")
