"""Every threshold and word list the consistency checks rest on, in one place."""

from __future__ import annotations

from decimal import Decimal

# Severities, from the most to the least serious; the report counts them in this order.
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_LABELS: dict[str, str] = {"error": "错误", "warning": "警告", "info": "提示"}

# 一级指标: the three kinds every project must have, matched as words inside the cell.
LEVEL1_KINDS: tuple[str, ...] = ("产出", "效益", "满意度")
OUTPUT_LEVEL1 = "产出"
BENEFIT_LEVEL1 = "效益"
# 二级指标 under 产出指标 that a complete project covers.
OUTPUT_KINDS: tuple[str, ...] = ("数量", "质量", "时效", "成本")
COST_LEVEL2 = "成本"
# A cost row priced per person, household, mu … states a unit cost, not a share of the budget:
# «人均培训成本 3000元» beside a budget of 150万元 is right, not a mismatch.
UNIT_COST_WORDS: tuple[str, ...] = (
    "人均", "户均", "亩均", "生均", "次均", "件均", "平均", "单位成本", "单价", "每",
    "补助标准", "补贴标准", "发放标准", "收费标准", "成本标准", "定额",
)

# Money: amounts are compared in the project's unit (万元 in the sample) as Decimal.
MONEY_BASE_UNIT = "元"
# These tables state money in 万元 unless the header says otherwise.
DEFAULT_MONEY_UNIT = "万元"
# Budgets are stated to 0.01 万元, so equal means equal: 1468.8 and 1468.80 are the same amount.
MONEY_TOLERANCE = Decimal(0)

# Comparators that set a floor or a ceiling on a value.
FLOOR_COMPARATORS: frozenset[str] = frozenset({">=", ">"})
CEILING_COMPARATORS: frozenset[str] = frozenset({"<=", "<"})

# Rates that should be low: a floor (≥) on them is set the wrong way round.
LOW_RATE_WORDS: tuple[str, ...] = (
    "代偿率",
    "投诉率",
    "事故率",
    "差错率",
    "出错率",
    "错误率",
    "结余率",
    "失业率",
    "发生率",
    "不合格率",
    "逾期率",
    "返贫率",
    "违规率",
    "违约率",
    "流失率",
    "返工率",
    "不良率",
    "死亡率",
    "发病率",
)
# Rates and scores that should be high: a ceiling (≤) on them is set the wrong way round.
# Checked after LOW_RATE_WORDS, so «不合格率» never reads as «合格率».
HIGH_RATE_WORDS: tuple[str, ...] = (
    "完成率",
    "准确率",
    "及时率",
    "到位率",
    "覆盖率",
    "发放率",
    "合格率",
    "达标率",
    "满意度",
    "满意率",
    "知晓率",
    "参保率",
    "执行率",
    "兑现率",
    "落实率",
    "缴纳率",
    "就业率",
    "通过率",
    "使用率",
    "利用率",
)

# A formula «A/B» in a description: these split numerator from denominator.
RATIO_SIGNS: tuple[str, ...] = ("/", "／", "÷")
# Where a formula operand starts (looking left from the sign) and ends (looking right).
OPERAND_STOPS = "=＝:：，,。；;（）()[]【】 \t×*＊x÷+＋-－"
# The numerator of an achievement rate is what was actually done, the denominator what was due.
SHOULD_MARK = "应"
ACTUAL_MARK = "实际"
# Words that contain 应 without meaning «due»: removed before looking for SHOULD_MARK.
SHOULD_FALSE_FRIENDS: tuple[str, ...] = (
    "对应",
    "相应",
    "响应",
    "供应",
    "适应",
    "反应",
    "应用",
    "应急",
    "效应",
    "理应",
    "答应",
    "应对",
    "应届",
    "应聘",
    "应征",
    "应试",
    "应变",
    "应季",
    "应激",
    "应邀",
    "呼应",
    "感应",
    "顺应",
    "回应",
    "照应",
)
# An indicator counts as a rate when its name says so or its value is a percentage.
RATE_MARK = "率"
PERCENT_UNIT = "%"

# count-mismatch compares counts only: money, shares, ages and calendar units are other rules'
# business (a 成本指标's «每人67元» is a unit price, not a second statement of the 177万元 total).
# Any base unit starting with 元 (元/人/月 …) counts as money too.
NON_COUNT_BASE_UNITS: frozenset[str] = frozenset({"元", "%", "‰", "百分点", "年", "月", "岁"})
# A clause of the description with one of these words states a part, a history or a rate, not
# the row's own total: «其中2024年已带动300人» beside ≥500人 is a sub-count, not a mismatch.
SUBCOUNT_MARKERS: tuple[str, ...] = (
    "其中", "含", "已", "累计", "截至", "截止", "上年", "去年", "往年", "历年", "以往", "同比",
    "较", "每", "人均", "户均", "平均", "原有", "现有",
)
# Where a description's clauses end (the list comma 、 does not: «男300人、女200人» is one sum).
CLAUSE_BREAKS = "，,。；;：:（）()【】[]\n"
# A number this size followed by 年 is a year, not a count.
YEAR_RANGE: tuple[int, int] = (1900, 2100)

# The spending plan's convention (cumulative, 100% by the last period) lives in ingest/consistency.py.

# How many characters of a cell a message quotes before eliding.
QUOTE_LIMIT = 40
