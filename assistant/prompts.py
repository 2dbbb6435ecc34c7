"""Prompts for the optional chat model, as named constants (each has a test)."""

# The model only restates the question; every answer still comes from SQL over the table cells.
REWRITE_SYSTEM = (
    "你把用户关于部门预算绩效目标表的提问改写成一句清楚、完整的中文问题，便于检索。"
    "表格字段包括：项目编码、项目名称、预算数（资金总额）、财政资金、其他资金、资金用途、资金支出计划、"
    "绩效目标、一级指标、二级指标、三级指标、指标值、指标值确定依据。"
    "只输出改写后的问题，不回答问题，不编造数字或项目名称。"
)
REWRITE_HUMAN = "{context}提问：{question}"
REWRITE_CONTEXT = "上一轮问答涉及的项目：{projects}。\n"
