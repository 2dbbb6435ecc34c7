"""The registry of 体检 rules: each with its Chinese title, what it checks, why, and its basis.

Severities are calibrated: error — the table contradicts itself (money that does not add up, a cost
above the budget, a count that disagrees); warning — a target that cannot be what was meant (a
direction, an inverted formula, a lowered target); info — style (targets not quantified, a missing
basis), one line per project.
"""

from __future__ import annotations

from assistant.checks import basis as b
from assistant.checks.across import (
                                     check_code_conflict,
                                     check_duplicate_code,
                                     check_duplicate_name,
                                     check_target_lowered,
)
from assistant.checks.findings import Finding, Rule
from assistant.checks.headers import (
                                     check_missing_kind,
                                     check_money_split_rule,
                                     check_spending_plan,
)
from assistant.checks.rows import (
                                     check_cost_vs_budget,
                                     check_count_mismatch,
                                     check_direction,
                                     check_missing_basis,
                                     check_non_measurable,
                                     check_ratio_inverted,
)

__all__ = ["RULES", "TITLES", "Finding", "Rule"]

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("cost-vs-budget", "error", "成本指标与预算数不符",
             "成本指标的金额不应超出预算数；以确定金额填写的成本合计应等于预算数，"
             "人均、每亩等单位成本不与预算数比较",
             "成本指标写明项目花多少钱，与预算数对不上，说明其中一处填错",
             (b.TARGETS_COVER,), check_cost_vs_budget),
        Rule("count-mismatch", "error", "描述与指标值的数量不一致",
             "绩效指标描述中写明的总数应与同一行的指标值一致；“其中”“已”“上年”“每”等分项、"
             "历史或单价的数字不比较",
             "同一指标前后写了两个数，年终无法判断按哪个考核", (), check_count_mismatch),
        Rule("direction", "warning", "指标值方向设反",
             "代偿率、投诉率等越低越好的比率不应设下限（≥），完成率、满意度等越高越好的不应设上限（≤）",
             "方向设反后，情况越差越算完成目标，指标失去约束", (), check_direction),
        Rule("ratio-inverted", "warning", "比率公式分子分母颠倒",
             "足额、完成、到位、发放等比率应为“实际数/应有数”，分子不应是“应…”",
             "公式颠倒后完成得越少比率越高，与指标本意相反", (), check_ratio_inverted),
        Rule("missing-kind", "warning", "缺少指标类别",
             "一级指标应有产出、效益、满意度指标；产出指标下应有数量、质量、时效、成本指标",
             "缺少一类指标，绩效目标就不能完整反映项目的产出、效果和成本",
             (b.TARGETS_COVER,), check_missing_kind),
        Rule("non-measurable", "info", "指标值未量化",
             "指标值应有数值或日期（如“≥90%”“2025年6月底前”）",
             "文字描述的指标值年终难以考核；每个项目汇总为一条", (b.TARGETS_QUANTIFIED,),
             check_non_measurable),
        Rule("spending-plan", "error", "资金支出计划有误",
             "资金支出计划为累计比例：逐期不减、不超过100%、最后一期达到100%；100%之后空着的期次"
             "按100%计，各期占比合计恰为100%的按占比累加",
             "支出计划前后矛盾或到年底仍未支出完毕，无法据以监控预算执行进度",
             (), check_spending_plan),
        Rule("money-split", "error", "资金来源与预算数不符",
             "预算数应等于财政资金与其他资金之和；未列其他资金而财政资金少于预算数的，"
             "提示差额未说明来源",
             "资金来源对不上，预算数或来源至少有一处填错", (), check_money_split_rule),
        Rule("duplicate-name", "warning", "项目名称重复",
             "同一文件中不同项目编码不应使用同一项目名称",
             "同名项目无法区分，引用和考核时容易张冠李戴", (), check_duplicate_name),
        Rule("duplicate-code", "error", "项目编码重复",
             "同一文件中一个项目编码只应对应一张绩效目标表",
             "编码重复时无法确定哪张表是该项目的目标", (), check_duplicate_code),
        Rule("missing-basis", "info", "指标值确定依据为空",
             "每个指标值都应写明确定依据",
             "没有依据，审核时无法判断目标值是否合理；每个项目汇总为一条", (), check_missing_basis),
        Rule("code-conflict", "error", "同一项目编码在不同文件中不一致",
             "同一年度的不同文件中，同一项目编码的项目名称和预算数应一致",
             "同一项目两处说法不同，必有一处与批复不符", (), check_code_conflict),
        Rule("target-lowered", "warning", "指标值比上年降低",
             "同一部门同一项目的同一指标，目标值不应低于上一年度（越低越好的比率不应高于上年）",
             "目标比上年降低而未说明原因，可能是填写错误，也可能需要说明理由", (), check_target_lowered),
    )
}

TITLES: dict[str, str] = {rule_id: rule.title for rule_id, rule in RULES.items()}
