"""Answer templates, one per plan kind, as named constants (each has a test)."""

NOT_FOUND = "没有找到：{reason}。"
NOT_FOUND_MATCH = "没有找到{criterion}的项目。"
NOT_FOUND_ROWS = "没有找到与“{query}”相符的指标。"
NOT_FOUND_PASSAGE = "没有找到与问题相关的内容。"

LIST_PROJECTS = "共 {n} 个项目{criterion}：\n{lines}"
PROJECT_LINE = "{i}. {name}（{code}）{detail}"
ROW_LINE = "   - 第{row}行 {level2}“{level3}”：{value}{extra}"
ROWS_OF_PROJECT = "{name}（{code}）的{what}：\n{lines}"
LOOKUP_ROWS = "{lines}"
LOOKUP_ROW_LINE = "{i}. {name}（{code}）第{row}行 {level2}“{level3}”：{value}{extra}"

COUNT_PROJECTS = "{scope}共 {n} 个项目{criterion}。"
COUNT_ROWS = "{scope}共 {n} 条{criterion}指标。"
SUM = "{scope}{field}合计 {value} {unit}（{n} 个项目，按表中各项目{field}相加）。"
EXTREME = "{scope}{field}{which}的项目是 {name}（{code}），{field} {value} {unit}。"
TOP_N = "{scope}{field}{which}的 {n} 个项目：\n{lines}"
RANK = "{scope}{field}排{place}的项目是 {name}（{code}），{field} {value} {unit}。"
COST_VS_BUDGET = "{name}（{code}）的成本指标：\n{lines}\n预算数 {budget} {unit}；成本指标减预算数为 {value} {unit}。"
DIFFERENCE = "{a_name}（{a_code}）{field} {a_value} {unit}，{b_name}（{b_code}）{field} {b_value} {unit}，相差 {value} {unit}。"
DIFFERENCE_NEEDS_TWO = "相差需要两个项目，但找到 {n} 个：{names}。"
SHARE = "{scope}预算 {budget} {unit}，其中财政资金 {fiscal} {unit}（{fiscal_pct}%），其他资金 {other} {unit}（{other_pct}%）。"

FIELD_MONEY = "{name}（{code}）的{field}是 {value} {unit}{converted}。"
CONVERTED = "（即 {value} {unit}）"
FIELD_TEXT = "{name}（{code}）的{field}：{value}"
FIELD_PLAN = "{name}（{code}）的资金支出计划（累计）：{value}"
SUMMARY = "项目编码 {code} 对应的项目是：{name}。预算数 {budget} {unit}；资金用途：{use}"

BASES = "   指标值确定依据（原文）：{value}"
REFS_OF_PROJECT = "{name}（{code}）引用的依据文件：\n{lines}"
REF_INDEX = "共 {n} 个依据文件：\n{lines}"
REF_INDEX_LINE = "{i}. {canonical}：{n_projects} 个项目，{n_rows} 条指标"

NO_ISSUE_FOR = "{name}（{code}）未发现“{rule}”问题；预算数 {budget} {unit}。相关指标："
CHECK_LINE = "{name}（{code}）第{row}行 {level2}“{level3}”：{value}，{verdict}{wanted}。"
MEETS = "满足"
MISSES = "不满足"
ROWS_DIFFERENCE = "两者相差 {value} {unit}。"
ISSUES = "发现 {n} 处需要核对的地方（{rules}）：\n{lines}"
ISSUE_LINE = "{i}. [{severity}] {name}（{code}）{where}：{message}"
NO_ISSUES = "没有发现{rule}问题。"

PASSAGE = "{path}：\n{text}"

SOURCES = "\n\n来源：{items}"
SOURCE_ITEM = "{source} {title}{where}"

FIELD_NAMES = {
    "budget": "预算数", "fiscal": "财政资金", "other": "其他资金", "use": "资金用途",
    "goal": "绩效目标", "spending_plan": "资金支出计划", "code": "项目编码", "refs": "依据文件",
}
