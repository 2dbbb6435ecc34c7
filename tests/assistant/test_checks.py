"""The 体检 rules: each fires on a small hand-made project and stays quiet on a clean one."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.checks import RULES, Finding, format_report, run_checks
from ingest.records import Indicator, Locator, Project, SpendingPoint
from ingest.values import parse_value

SOURCE = "测试绩效目标表.docx"
PERIODS = (("3月底", 3), ("6月底", 6), ("10月底", 10), ("12月底", 12))


def row(level1, level2, level3, raw, *, description=None, basis="2025年度工作计划"):
    """One indicator row, its 指标值 parsed by the real value parser."""
    return Indicator(
        level1=level1,
        level2=level2,
        level3=level3,
        description=level3 if description is None else description,
        value=parse_value(raw),
        basis=basis,
        policy_refs=(),
        locator=Locator(SOURCE, table=1, row=None),  # numbered by project()
    )


def plan(*cells):
    """A spending plan from the four cells as printed: '25%' or '' for an empty period."""
    return tuple(
        SpendingPoint(period, month, Decimal(cell.rstrip("%")) if cell else None)
        for (period, month), cell in zip(PERIODS, cells, strict=True)
    )


def clean_rows():
    return [
        row("产出指标", "数量指标", "培训人数", "≥100人", description="全年培训100人"),
        row("产出指标", "质量指标", "补贴发放准确率", "≥95%"),
        row("产出指标", "时效指标", "补贴发放及时率", "≥90%"),
        row("产出指标", "成本指标", "培训成本", "≤100万元"),
        row("效益指标", "社会效益指标", "培训后就业率", "≥80%"),
        row("效益指标", "可持续影响指标", "因就业问题发生群体性事件数量", "0起"),
        row("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%", basis="问卷调查"),
    ]


def project(rows=None, *, code="P001", name="职业技能培训补贴", budget="100.00", fiscal=None,
            other=None, spending=("25%", "50%", "75%", "100%"), table=1):
    """A project whose rows are renumbered 1..n in order; clean unless told otherwise."""
    rows = clean_rows() if rows is None else rows
    rows = [replace(r, locator=replace(r.locator, table=table, row=n)) for n, r in enumerate(rows, 1)]
    return Project(
        code=code,
        name=name,
        department="测试局",
        unit="万元",
        budget=None if budget is None else Decimal(budget),
        fiscal=Decimal(fiscal if fiscal is not None else budget or "0"),
        other=None if other is None else Decimal(other),
        use="",
        goal="",
        spending_plan=plan(*spending) if spending else (),
        indicators=tuple(rows),
        policy_refs=(),
        locator=Locator(SOURCE, table=table),
    )


def with_row(number, new_row):
    """A clean project with row `number` (1-based) replaced."""
    rows = clean_rows()
    rows[number - 1] = new_row
    return project(rows)


def hits(rule, projects):
    return [(f.project_code, f.locator.row, f.severity) for f in run_checks(projects) if f.rule == rule]


def test_clean_project_has_no_findings():
    assert run_checks([project()]) == []


def test_registry_lists_every_rule_with_severity_title_and_explanation():
    assert list(RULES) == [
        "cost-vs-budget", "count-mismatch", "direction", "ratio-inverted", "missing-kind",
        "non-measurable", "spending-plan", "money-split", "duplicate-name", "duplicate-code",
        "missing-basis", "code-conflict", "target-lowered",
    ]
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        assert rule.severity in {"error", "warning", "info"}
        assert rule.title and rule.checks and rule.reason
        assert rule.summary and "\n" not in rule.summary
    assert "财预〔2021〕101号" in RULES["missing-kind"].summary
    # 财预〔2015〕88号 could not be checked against a published copy: no rule cites it.
    assert not any("88号" in rule.summary for rule in RULES.values())


def test_every_finding_carries_its_chinese_title():
    found = run_checks([with_row(4, row("产出指标", "成本指标", "建设成本", "800万元"))])
    assert [f.title for f in found] == ["成本指标与预算数不符"]


# cost-vs-budget


def test_cost_above_budget_is_an_error():
    found = run_checks([with_row(4, row("产出指标", "成本指标", "建设成本", "800万元"))])
    assert [(f.rule, f.locator.row, f.severity) for f in found] == [("cost-vs-budget", 4, "error")]
    assert found[0].message == "成本指标“建设成本”为800万元，超出预算数100.00万元"
    assert found[0].quote == "第4行 产出指标/成本指标｜建设成本｜指标值：800万元；确定依据：2025年度工作计划"
    assert "≤100.00万元" in found[0].suggestion


def test_exact_cost_below_budget_is_a_warning():
    found = run_checks([with_row(4, row("产出指标", "成本指标", "建设成本", "80万元"))])
    assert [(f.rule, f.severity) for f in found] == [("cost-vs-budget", "warning")]
    assert "少于预算数100.00万元20万元" in found[0].message


def test_cost_ceiling_above_budget_is_an_error():
    p = with_row(4, row("产出指标", "成本指标", "建设成本", "≤150万元"))
    assert hits("cost-vs-budget", [p]) == [("P001", 4, "error")]


def test_cost_in_yuan_is_normalised_to_the_project_unit():
    p = with_row(4, row("产出指标", "成本指标", "建设成本", "1200000元"))
    assert hits("cost-vs-budget", [p]) == [("P001", 4, "error")]
    assert hits("cost-vs-budget", [with_row(4, row("产出指标", "成本指标", "建设成本", "1000000元"))]) == []


@pytest.mark.parametrize("raw", ["100万元", "≤100万元", "≤80万元", "100.0万元", "暂无", "≤500元/人"])
def test_cost_matching_budget_or_without_a_sum_is_quiet(raw):
    assert hits("cost-vs-budget", [with_row(4, row("产出指标", "成本指标", "建设成本", raw))]) == []


def test_several_cost_rows_must_add_up_to_the_budget():
    rows = clean_rows()
    rows[3] = row("产出指标", "成本指标", "设备采购成本", "60万元")
    rows.insert(4, row("产出指标", "成本指标", "施工成本", "40万元"))
    assert hits("cost-vs-budget", [project(rows)]) == []
    rows[4] = row("产出指标", "成本指标", "施工成本", "30万元")
    assert hits("cost-vs-budget", [project(rows)]) == [("P001", 4, "warning")]
    rows[4] = row("产出指标", "成本指标", "施工成本", "50万元")
    assert hits("cost-vs-budget", [project(rows)]) == [("P001", 4, "error")]


def test_a_single_unit_cost_row_is_not_compared_with_the_budget():
    # issue 11: «人均培训成本 3000元» was reported as an error against the budget
    p = with_row(4, row("产出指标", "成本指标", "人均培训成本", "3000元"))
    assert run_checks([p]) == []
    p = with_row(4, row("产出指标", "成本指标", "每亩补助标准", "≤60元"))
    assert run_checks([p]) == []


def test_a_unit_cost_above_the_whole_budget_is_still_an_error():
    p = with_row(4, row("产出指标", "成本指标", "人均培训成本", "3000万元"))
    assert hits("cost-vs-budget", [p]) == [("P001", 4, "error")]


def test_cost_with_trailing_zeros_matches():
    p = replace(with_row(4, row("产出指标", "成本指标", "补贴金额合计", "1468.8万元")),
                budget=Decimal("1468.80"), fiscal=Decimal("1468.80"))
    assert hits("cost-vs-budget", [p]) == []


# count-mismatch


def test_count_in_description_differing_from_value_is_an_error():
    r = row("产出指标", "数量指标", "慰问人数", "35人", description="慰问县级离退休老干部及遗孀33人")
    found = run_checks([with_row(1, r)])
    assert [(f.rule, f.locator.row, f.severity) for f in found] == [("count-mismatch", 1, "error")]
    assert "33人" in found[0].message and "35人" in found[0].message


@pytest.mark.parametrize(
    "description, raw",
    [
        ("代偿率=代偿金额/担保责任余额*100%", "≤3%"),
        ("为毕业2年内高校毕业生提供见习岗位", "≥680人"),
        ("2025年慰问老干部", "35人"),
        ("每年为每位困难人员代缴67元，全年代缴金额", "177万元"),
        ("慰问县级离退休老干部及遗孀35人", "35人"),
        # issue 11: a sub-count beside the target is not a second statement of it
        ("带动周边农户就业，其中2024年已带动300人", "≥500人"),
        ("全年培训500人，其中退役军人不少于100人", "≥500人"),
        ("培训男学员300人、女学员200人", "500人"),
        ("较上年增加50人", "≥500人"),
        ("全年带动就业500人其中2024年已带动300人", "≥500人"),
    ],
)
def test_count_rule_ignores_formulas_other_units_years_and_unit_prices(description, raw):
    r = row("产出指标", "数量指标", "人数", raw, description=description)
    assert hits("count-mismatch", [with_row(1, r)]) == []


# direction


def test_low_rate_set_as_floor_is_a_warning():
    r = row("产出指标", "质量指标", "创业担保基金代偿率", "≥3%",
            description="创业担保基金代偿率=代偿金额/担保责任余额*100%")
    found = run_checks([with_row(2, r)])
    assert [(f.rule, f.locator.row, f.severity) for f in found] == [("direction", 2, "warning")]
    assert found[0].suggestion == "改为上限，如“≤3%”"


def test_high_rate_set_as_ceiling_is_a_warning():
    r = row("满意度指标", "服务对象满意度指标", "受训人员满意度", "≤90%", basis="问卷调查")
    assert hits("direction", [with_row(7, r)]) == [("P001", 7, "warning")]


@pytest.mark.parametrize(
    "name, raw", [("创业担保基金代偿率", "≤3%"), ("不合格率", "≤2%"), ("验收合格率", "100%")]
)
def test_rates_set_the_right_way_are_quiet(name, raw):
    assert hits("direction", [with_row(2, row("产出指标", "质量指标", name, raw))]) == []


# ratio-inverted


def test_due_over_actual_formula_is_a_warning():
    r = row("产出指标", "质量指标", "工资足额发放率", "100%", description="工资应发放额/工资实际发放额")
    found = run_checks([with_row(2, r)])
    assert [(f.rule, f.locator.row, f.severity) for f in found] == [("ratio-inverted", 2, "warning")]
    assert "工资应发放额/工资实际发放额" in found[0].message
    assert found[0].suggestion == "将计算公式改为“工资实际发放额/工资应发放额”"


@pytest.mark.parametrize(
    "description",
    ["实际走访慰问人数/应走访慰问人数", "孵化基地补贴发放数/应享受补贴数", "代偿金额/担保责任余额*100%",
     "按对应标准发放数/发放总数",
     # issue 11: 应届 is «this year's graduates», not «due»
     "应届毕业生就业人数/毕业生总数", "应聘人员录用数/报名人数"],
)
def test_actual_over_due_formula_is_quiet(description):
    r = row("产出指标", "质量指标", "补贴发放率", "100%", description=description)
    assert hits("ratio-inverted", [with_row(2, r)]) == []


# missing-kind


def test_project_without_satisfaction_indicators_is_a_warning():
    found = run_checks([project(clean_rows()[:6])])
    assert [(f.rule, f.locator.row, f.severity) for f in found] == [("missing-kind", None, "warning")]
    assert "满意度指标" in found[0].message


def test_outputs_without_a_time_indicator_is_info():
    rows = clean_rows()
    del rows[2]
    assert hits("missing-kind", [project(rows)]) == [("P001", None, "info")]


def test_cost_as_a_first_level_indicator_counts():
    rows = clean_rows()
    rows[3] = row("成本指标", "经济成本指标", "培训成本", "≤100万元")
    assert hits("missing-kind", [project(rows)]) == []


# non-measurable


def test_unmeasurable_values_are_one_info_line_per_project():
    # issue 11: 25 info notices across two documents buried the findings that matter
    rows = clean_rows()
    rows[2] = row("产出指标", "时效指标", "任务完成时限", "对符合要求的基地及时发放补贴")
    rows[5] = row("效益指标", "可持续影响指标", "就业形势", "有效保障了就业形势的稳定")
    found = run_checks([project(rows)])
    assert [(f.rule, f.severity, f.rows, f.where) for f in found] == [
        ("non-measurable", "info", (3, 6), "第3、6行")]
    assert "2项指标值为文字描述（“对符合要求的基地及时发放补贴”、“有效保障了就业形势的稳定”）" in found[0].message
    assert found[0].quote.count("\n") == 1


def test_dates_count_as_measurable():
    r = row("产出指标", "时效指标", "慰问完成时间", "2025年1月28日前")
    assert hits("non-measurable", [with_row(3, r)]) == []


# spending-plan


@pytest.mark.parametrize(
    "cells, severity, message",
    [(("50%", "40%", "75%", "100%"), "error", "资金支出计划累计比例下降：3月底50%，6月底却为40%"),
     (("25%", "50%", "75%", "120%"), "error", "资金支出计划12月底累计120%，超过100%"),
     (("25%", "50%", "75%", "90%"), "warning", "资金支出计划至12月底累计90%，全年未达到100%"),
     (("25%", "50%", "", ""), "warning",
      "资金支出计划只填到6月底（累计50%），之后各期为空，至12月底未达到100%")],
)
def test_plan_that_falls_overshoots_or_stops_short_is_reported(cells, severity, message):
    found = [f for f in run_checks([project(spending=cells)]) if f.rule == "spending-plan"]
    assert [(f.locator.row, f.severity, f.message) for f in found] == [(None, severity, message)]


@pytest.mark.parametrize("cells", [("100%", "", "", ""), ("50%", "100%", "", ""),
                                   # issue 11: per-quarter shares that add up to 100%
                                   ("25%", "25%", "25%", "25%"), ("10%", "20%", "30%", "40%")])
def test_plan_that_reaches_full_is_quiet(cells):
    assert hits("spending-plan", [project(spending=cells)]) == []


def test_no_plan_is_quiet():
    assert hits("spending-plan", [project(spending=None)]) == []


# money-split


def test_split_not_adding_up_is_an_error():
    p = project(fiscal="80.00", other="10.00")
    found = run_checks([p])
    assert [(f.rule, f.locator.row, f.severity) for f in found] == [("money-split", None, "error")]
    assert found[0].message == "财政资金80.00万元与其他资金10.00万元之和为90万元，与预算数100.00万元相差10万元"


def test_missing_other_funds_is_a_warning_about_the_unaccounted_money():
    # issue 11: a layout without 其他资金 got «其他资金0万元…不一致» as an error
    found = run_checks([project(fiscal="85.00")])
    assert [(f.rule, f.severity) for f in found] == [("money-split", "warning")]
    assert found[0].message == "预算数100.00万元中财政资金85.00万元，表中未列其他资金，尚有15万元未说明资金来源"
    assert "其他资金0" not in found[0].message and "不一致" not in found[0].message


def test_fiscal_above_budget_without_other_funds_is_an_error():
    assert hits("money-split", [project(fiscal="120.00")]) == [("P001", None, "error")]


def test_split_that_adds_up_or_has_no_budget_is_quiet():
    assert hits("money-split", [project(fiscal="80.00", other="20.00")]) == []
    assert hits("money-split", [project(fiscal="100.00")]) == []
    assert hits("money-split", [project(budget=None, fiscal="80.00")]) == []


# duplicate-name and duplicate-code


def test_one_name_under_two_codes_warns_on_both():
    pair = [project(code="P001", table=1), project(code="P002", table=2)]
    assert hits("duplicate-name", pair) == [("P001", None, "warning"), ("P002", None, "warning")]
    assert hits("duplicate-code", pair) == []


def test_one_code_twice_is_an_error():
    pair = [project(code="P001", name="甲"), project(code="P001", name="乙", table=2)]
    assert hits("duplicate-code", pair) == [("P001", None, "error"), ("P001", None, "error")]
    assert hits("duplicate-name", pair) == []


# missing-basis


def test_empty_basis_is_one_info_line_per_project():
    rows = clean_rows()
    rows[1] = row("产出指标", "质量指标", "补贴发放准确率", "≥95%", basis=" ")
    rows[4] = row("效益指标", "社会效益指标", "培训后就业率", "≥80%", basis="")
    found = run_checks([project(rows)])
    assert [(f.rule, f.severity, f.rows) for f in found] == [("missing-basis", "info", (2, 5))]


# the finding record and the report


def test_finding_record_and_report():
    p = with_row(4, row("产出指标", "成本指标", "建设成本", "800万元"))
    other = project(code="P002", name="另一个项目", table=2)
    finding = run_checks([p, other])[0]
    assert isinstance(finding, Finding)
    assert finding.to_record() == {
        "rule": "cost-vs-budget",
        "title": "成本指标与预算数不符",
        "severity": "error",
        "project_code": "P001",
        "project_name": "职业技能培训补贴",
        "locator": {"source": SOURCE, "table": 1, "row": 4, "rows": []},
        "message": "成本指标“建设成本”为800万元，超出预算数100.00万元",
        "quote": "第4行 产出指标/成本指标｜建设成本｜指标值：800万元；确定依据：2025年度工作计划",
        "suggestion": "将成本指标改为不超过预算数（如“≤100.00万元”），或核对预算数",
    }
    report = format_report([finding], [p, other])
    assert "共2个项目，发现1条问题（错误1条）" in report
    assert "1. 职业技能培训补贴（P001）：错误1条" in report
    assert "[错误] 第4行 成本指标与预算数不符：成本指标“建设成本”为800万元" in report
    assert "cost-vs-budget" not in report  # the rule code stays in JSON
    assert "未发现问题的项目（1个）：2. 另一个项目" in report
    assert format_report([], [project()]).startswith("体检报告：共1个项目，发现0条问题\n")


# the real sample: both forms of the document must give the same findings

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


@pytest.fixture(scope="module", params=["txt", "docx"])
def sample(request):
    from ingest import read_document

    return read_document(SAMPLES / f"weixian-rsj-2025-jixiao-mubiao.{request.param}").projects


def test_sample_findings(sample):
    found = run_checks(sample)
    key = [(f.rule, f.project_code, f.locator.row, f.severity) for f in found if f.severity != "info"]
    assert key == [
        ("direction", "13043425P004443100017", 2, "warning"),
        ("cost-vs-budget", "13043425P006YGL10001W", 4, "error"),
        ("duplicate-name", "13043425P004357100048", None, "warning"),
        ("duplicate-name", "13043425P00435810002N", None, "warning"),
        ("ratio-inverted", "13043425P00450110043D", 2, "warning"),
        ("ratio-inverted", "13043425P00450110043D", 3, "warning"),
        ("count-mismatch", "13043425P004501100416", 1, "error"),
    ]
    costs = [f for f in found if f.rule == "cost-vs-budget"]
    assert len(sample) == 14 and [f.project_code for f in costs] == [sample[4].code]
    assert costs[0].message == "成本指标“公共实训基地建设成本”为800万元，超出预算数500.00万元"
    info = [(f.rule, f.project_code, f.rows) for f in found if f.severity == "info"]
    # one line per project: 20 unmeasurable rows in 11 projects
    assert {rule for rule, _, _ in info} == {"non-measurable"}
    assert len(info) == 11 and sum(len(rows) for _, _, rows in info) == 20
    assert ("non-measurable", "13043425P00HWW1100028", (3, 5, 6)) in info  # 时效: 及时发放补贴


def test_sample_report(sample):
    report = format_report(run_checks(sample), sample)
    assert report.startswith("体检报告：共14个项目，发现18条问题（错误2条、警告5条、提示11条）")
    assert "5. 公共实训基地县级配套（13043425P006YGL10001W）：错误1条、提示1条" in report
    cost = "  [错误] 第4行 成本指标与预算数不符：成本指标“公共实训基地建设成本”为800万元，超出预算数500.00万元"
    assert cost in report


# the false alarms on real layouts


def test_a_quarterly_plan_of_per_quarter_shares_is_quiet():
    quarters = tuple(SpendingPoint(label, month, Decimal(25)) for label, month in
                     (("一季度", 3), ("二季度", 6), ("三季度", 9), ("四季度", 12)))
    assert run_checks([replace(project(), spending_plan=quarters)]) == []


def test_a_layout_without_other_funds_read_from_docx(tmp_path):
    """The second department's layout with no 其他资金 cell: 15万元 not accounted for, a warning."""
    from eval.defect_layouts import DocumentSpec, ProjectSpec, Row, write_document
    from ingest import read_document

    rows = tuple(Row(r.level1, r.level2, r.level3, "", r.value.raw, r.basis) for r in clean_rows())
    spec = ProjectSpec(code="13042325P00TEST10001K", name="职业技能培训补贴", unit="万元",
                       budget="100.00", fiscal="85.00", other=None, use="用于培训补贴。",
                       goal="全年培训100人。", plan=("25%", "25%", "25%", "25%"), quarters=True,
                       rows=rows)
    path = write_document(DocumentSpec("no-other.docx", "测试县农业农村局", 2025, "other", (spec,)),
                          tmp_path)
    (read,) = read_document(path).projects
    assert (read.budget, read.fiscal, read.other) == (Decimal("100.00"), Decimal("85.00"), None)
    assert [s.period for s in read.spending_plan] == ["一季度", "二季度", "三季度", "四季度"]
    found = run_checks([read])
    assert [(f.rule, f.severity, f.message) for f in found] == [
        ("money-split", "warning", "预算数100.00万元中财政资金85.00万元，表中未列其他资金，尚有15万元未说明资金来源")]
