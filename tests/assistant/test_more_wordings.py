"""Wordings met on the ninth blind probe, each as a general mechanism: exclusions said after the
thing («…不算», «剔除…后»), outcomes that a target table cannot tell, each department's extreme
project, rows counted per department, a head's cost from the question, a request before a
department's name. Expected values are computed here from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from assistant.planner import plan_question
from assistant.service import Assistant
from ingest import quantity as q
from store.library import Library
from tests.conftest import ROOT, SAMPLE_DOCX, make_settings

OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"
LABOUR, FARMING = "魏县人力资源和社会保障局", "临漳县农业农村局"


@pytest.fixture(scope="module")
def both(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("both") / "store"))
    assert all(r.ok for r in library.ingest_paths([SAMPLE_DOCX, OTHER_DOCX]))
    return Assistant(library)


def wan(project) -> Decimal:
    """A project's budget in 万元 (the second department states some in 元)."""
    return project.budget / 10000 if project.unit == "元" else project.budget


def of(assistant, department):
    return [p for p in assistant.projects() if p.department == department]


@pytest.mark.parametrize("question, excluded", [
    ("请核算：剔除冀财社〔2024〕136号文下达的两个就业补助项目后，其余项目预算合计为多少万元？", "136号"),
    ("扣除冀财社【2024】182号的两个项目以后，剩下的预算一共多少？", "182号"),
])
def test_an_exclusion_said_before_hou(assistant, question, excluded):
    kept = [p for p in assistant.projects() if excluded not in p.name]
    answer = assistant.ask(question)
    assert answer.value == sum(p.budget for p in kept) and len(answer.projects) == len(kept)


def test_what_an_exclusion_names_must_be_understood(assistant):
    answer = assistant.ask("扣除养老类项目后，剩下的项目预算一共多少？")
    assert not answer.found and "养老类项目" in answer.text


def test_the_top_three_not_counted(both):
    budgets = sorted((wan(p) for p in both.projects()), reverse=True)
    answer = both.ask("两个局里预算最多的前三个项目不算，其余项目预算合计多少？")
    assert answer.value == sum(budgets[3:])


@pytest.mark.parametrize("question, having", [
    ("哪些项目填报了资金支出计划？", True), ("哪些项目没做支出计划？", False),
    ("哪些项目没有编支出计划？", False)])
def test_projects_with_or_without_a_spending_plan(both, question, having):
    expected = {p.code for p in of(both, FARMING) if bool(p.spending_plan) == having}
    answer = both.ask("临漳县农业农村局" + question)
    assert set(answer.projects) == expected and expected


@pytest.mark.parametrize("question", [
    "公共实训基地项目最后验收合格了没有？", "养老金按时发放了吗？", "社保工作经费的钱花完了没有？"])
def test_an_outcome_is_not_in_a_target_table(assistant, question):
    answer = assistant.ask(question)
    assert not answer.found and "执行结果" in answer.text


def test_a_target_asked_as_reached_is_still_a_target(assistant):
    answer = assistant.ask("公共实训基地验收合格率目标达到100%了吗？")
    assert answer.found and "执行结果" not in answer.text


@pytest.mark.parametrize("question, pick, less", [
    ("农业农村局预算最大的项目比人社局预算最大的项目少多少万元？", max, True),
    ("人社局预算最大的项目比农业农村局预算最大的项目多多少？", max, False),
])
def test_each_departments_extreme_project(both, question, pick, less):
    ours, theirs = pick(wan(p) for p in of(both, LABOUR)), pick(wan(p) for p in of(both, FARMING))
    answer = both.ask(question)
    assert answer.value == ours - theirs and len(answer.projects) == 2


def test_department_totals_in_mixed_units_are_said_in_one(both):
    answer = both.ask("人社局比农业农村局预算多多少？")
    farming = sum(wan(p) for p in of(both, FARMING))
    assert answer.value == sum(wan(p) for p in of(both, LABOUR)) - farming
    assert f"{FARMING}（10 个项目）：{farming.normalize():f} 万元" in answer.text


@pytest.mark.parametrize("question, kind", [
    ("人社局的质量指标比农业农村局多几条？", "质量"), ("人社局的指标比农业农村局多多少条？", None)])
def test_rows_counted_per_department(both, question, kind):
    def rows(department):
        return sum(1 for p in of(both, department) for i in p.indicators
                   if kind is None or kind in i.level2)
    answer = both.ask(question)
    assert answer.value == rows(LABOUR) - rows(FARMING)


def test_a_comparator_with_le(assistant):
    answer = assistant.ask("哪些项目预算过了一千万？")
    assert set(answer.projects) == {p.code for p in assistant.projects() if p.budget > 1000}


def test_a_head_count_with_wan_and_a_noun(both):
    (project,) = [p for p in both.projects() if "耕地地力保护" in p.name]
    answer = both.ask("耕地地力保护补贴资金按81万亩补贴面积算，每亩合多少元？")
    assert answer.value == project.budget * (10000 if project.unit == "万元" else 1) / 810000


@pytest.mark.parametrize("question, words", [
    ("每人67元，贫困及重度残疾人员社会保险代缴项目的钱够多少人？", "贫困及重度残疾"),
    ("如果按每人每年代缴67元算，182号那个困难群体代缴保费项目的钱够给多少人代缴？", "困难群体"),
])
def test_how_many_heads_a_budget_covers(assistant, question, words):
    (project,) = [p for p in assistant.projects() if words in p.name or words in (p.use or "")]
    answer = assistant.ask(question)
    assert answer.projects == (project.code,)
    assert abs(answer.value - project.budget * 10000 / 67) < Decimal("0.01")


def test_a_request_before_the_department(both):
    answer = both.ask("麻烦统计一下临漳县农业农村局有几个项目")
    assert answer.value == len(of(both, FARMING))
    plan = plan_question("请说明临漳县农业农村局的预算合计", both.engine.catalog, Conversation())
    assert plan.scope.departments == (FARMING,) and not plan.reason


# -- the tenth probe: officials, new staff and reviewers ---------------------------------------

@pytest.mark.parametrize("question, limit, under", [
    ("预算上千万的项目有几个？加起来多少？", 1000, False), ("预算不足100万的项目有几个？合计多少？", 100, True)])
def test_a_count_and_a_total_asked_together(assistant, question, limit, under):
    kept = [p.budget for p in assistant.projects() if (p.budget < limit if under else p.budget >= limit)]
    answer = assistant.ask(question)
    assert answer.value == sum(kept) and len(answer.projects) == len(kept)


def test_a_total_asked_before_the_count(both):
    answer = both.ask("临漳县农业农村局各项目的其他资金加起来多少？涉及几个项目？")
    having = [p for p in of(both, FARMING) if p.other]
    assert answer.value == sum(p.other / 10000 if p.unit == "元" else p.other for p in having)
    assert len(answer.projects) == len(having)


@pytest.mark.parametrize("question, department", [
    ("人社这块今年盘子多大？", LABOUR), ("农业局今年盘子多大？", FARMING), ("人社口的资金规模多大？", LABOUR)])
def test_the_size_of_a_departments_budget(both, question, department):
    assert both.ask(question).value == sum(wan(p) for p in of(both, department))


def test_two_departments_by_short_names(both):
    answer = both.ask("人社和农业哪个盘子大？大多少？")
    labour, farming = (sum(wan(p) for p in of(both, d)) for d in (LABOUR, FARMING))
    assert answer.value == abs(labour - farming)
    assert answer.text.index(LABOUR) < answer.text.index(FARMING)  # the larger is said first


def test_a_topic_is_no_department(assistant):
    answer = assistant.ask("社保那块的工作经费给了多少钱？")
    assert answer.value is None or answer.value == 150  # never the whole department's total


def test_a_check_request_is_no_review(assistant):
    answer = assistant.ask("冀财社【2024】136号下达的资金一共多少？核对一下")
    assert answer.value == sum(p.budget for p in assistant.projects() if "136号" in p.name)


def test_an_amount_beside_a_name_picks_one(assistant):
    answer = assistant.ask("1468.8万那笔中央就业补助资金，见习和公益性岗位要覆盖多少人？")
    (project,) = [p for p in assistant.projects() if p.budget == Decimal("1468.8")]
    assert answer.projects == (project.code,)


@pytest.mark.parametrize("question", ["工伤保险基金的绩效目标是什么？", "执法经费多少"])
def test_a_fund_no_project_is_called(assistant, question):
    answer = assistant.ask(question)
    assert not answer.found and "没有名为" in answer.text


def test_rows_of_a_kind_left_out_of_an_all_only_condition(assistant):
    answer = assistant.ask("哪些项目的指标值确定依据（满意度指标除外）全部只写了工作计划？")
    expected = {p.code for p in assistant.projects()
                if all("工作计划" in i.basis and not any(s in i.basis for s in "、，；号")
                       for i in p.indicators if "满意度" not in i.level3 + i.level2)}
    assert set(answer.projects) == expected and expected


def test_unquantified_targets(assistant):
    answer = assistant.ask("有没有指标值没量化、只写了文字描述的？涉及哪些项目？")
    expected = {p.code for p in assistant.projects()
                if any(i.value.number is None and i.value.deadline is None for i in p.indicators)}
    assert set(answer.projects) == expected and expected


def test_either_of_two_targets(assistant):
    answer = assistant.ask("满意度目标定成80%或者85%的项目都有哪些？")
    expected = {p.code for p in assistant.projects() for i in p.indicators
                if "满意度" in i.level3 + i.level2 and i.value.number in (80, 85) and i.value.unit == "%"}
    assert set(answer.projects) == expected and expected


def test_the_money_split_in_any_order(both):
    (project,) = [p for p in both.projects() if "统防统治" in p.name]
    gap = abs(project.budget - project.fiscal - (project.other or 0))
    for question in ("统防统治项目的资金总额和财政拨款加其他资金对得上吗？差多少万？",
                     "统防统治项目财政拨款加上其他资金，跟资金总额差多少？"):
        assert both.ask(question).value == gap


@pytest.mark.parametrize("question, found", [
    ("农业局有没有秸秆综合利用的项目？", False), ("两个部门有没有住房保障方面的项目？", False),
    ("有没有养老方面的项目？", True)])
def test_whether_a_topic_has_a_project(both, question, found):
    assert both.ask(question).found == found


def test_two_named_projects_of_two_departments_added(both):
    answer = both.ask("农业执法工作经费和人社局社会保障工作经费加起来多少万？")
    names = ("执法", "社会保障工作经费")
    assert answer.value == sum(wan(p) for p in both.projects() if any(n in p.name for n in names))


def test_the_money_left_out_is_not_the_money_asked(both):
    answer = both.ask("临漳县农业农村局项目里除财政资金以外的其他资金，合计是多少？")
    assert answer.value == sum((p.other or Decimal(0)) / (10000 if p.unit == "元" else 1)
                               for p in of(both, FARMING))


@pytest.mark.parametrize("question", ["公共实训基地县级配套这个项目主要考核哪些方面？", "劳务派遣人员工资设了哪些绩效指标？"])
def test_what_a_project_is_measured_by(assistant, question):
    answer = assistant.ask(question)
    (code,) = set(answer.projects)
    (project,) = [p for p in assistant.projects() if p.code == code]
    assert len([c for c in answer.citations if c.row]) == len(project.indicators)


def test_the_planned_spending_of_several_named_projects_is_totalled(assistant):
    answer = assistant.ask("就业补助资金那三笔，按支出计划到10月底累计要支出多少万？")
    assert len(answer.projects) == 3 and answer.value == Decimal("1537.5")


def test_a_monthly_figure_over_a_year(assistant):
    answer = assistant.ask("中央基础养老金那笔，养老金补贴到位每人每月增加123元，一年下来每人多增加多少元？")
    assert answer.value == 123 * 12




def test_words_that_fit_two_projects_are_asked_back(assistant):
    answer = assistant.ask("中央下达的城乡居民基础养老金补助是几个亿？")
    assert not answer.found and "可能指" in answer.text and "133号" in answer.text
    one = assistant.ask("城乡居民基础养老金补助预算多少？")  # no word points elsewhere: the best fit
    assert one.found and len(one.projects) == 1


def test_a_divisor_named_by_a_row_of_the_project(assistant):
    answer = assistant.ask("我刚来，想了解一下劳务派遣人员工资这块，按政府购买服务的人数算，人均一年多少万？")
    (project,) = [p for p in assistant.projects() if "劳务派遣" in p.name]
    (row,) = [i for i in project.indicators if "政府购买服务" in i.level3]
    assert answer.value == (project.budget / row.value.number).quantize(Decimal("0.0001"))


def test_a_head_count_with_wan_in_the_divisor(assistant):
    answer = assistant.ask("县级那8000万养老补助，要是按50万参保人均摊，每人多少元？")
    assert answer.value == Decimal(8000 * 10000) / 500000 and "500000人" in answer.understood


def test_averaged_over_the_number_of_projects(assistant):
    budgets = [p.budget for p in assistant.projects()]
    answer = assistant.ask("按项目个数平均，每个项目多少钱？")
    assert round(answer.value, 2) == round(sum(budgets) / len(budgets), 2)


# -- the eleventh probe --------------------------------------------------------------------------

def test_target_set_lower_said_as_ding_de_di(catalog_free=None):
    from assistant.reading import Reading
    from assistant.readers.years import read_year_change

    change = read_year_change(Reading("2024年带动就业人数目标比2023年定得低的是哪些项目？"), (2023, 2024))
    assert change is not None and change.direction == "down"


def test_an_issuer_no_row_cites(assistant):
    answer = assistant.ask("有没有哪条指标是以国办发文件为依据的？")
    assert not answer.found and "国办发" in answer.text
    assert assistant.ask("引用冀办发文件的项目有哪些？").found


def test_a_kind_left_out_by_chule_in_an_all_only_condition(assistant):
    a = assistant.ask("除了满意度那一行，哪些项目的指标值依据全都只是工作计划？")
    b = assistant.ask("哪些项目的指标值确定依据（满意度指标除外）全部只写了工作计划？")
    assert set(a.projects) == set(b.projects) and a.projects


def test_who_a_project_pays(assistant):
    answer = assistant.ask("预算1468.8万元的那笔中央就业补助，主要补助的是哪些人？")
    (project,) = [p for p in assistant.projects() if p.budget == Decimal("1468.8")]
    assert answer.projects == (project.code,) and project.use[:10] in answer.text


def test_the_two_departments_means_compared(both):
    answer = both.ask("两个部门的项目平均预算相差多少万元？")
    means = [sum(wan(p) for p in of(both, d)) / len(of(both, d)) for d in (LABOUR, FARMING)]
    assert abs(answer.value - abs(means[0] - means[1])) < Decimal("0.001")
    same = both.ask("人社局平均每个项目比农业农村局平均每个项目多多少万元？")
    assert same.value == answer.value


def test_the_parts_of_a_section(both):
    answer = both.ask("农业农村局的分项绩效目标分了哪几个方面？")
    parts = {x.path[1] for x in both.library.facts.sections()
             if len(x.path) > 1 and "分项" in x.path[0] and x.locator.source == "other-department.docx"}
    assert len(parts) >= 3 and all(p in answer.text for p in parts)


# -- the twelfth probe ---------------------------------------------------------------------------

@pytest.mark.parametrize("question, kind", [
    ("劳务派遣人员工资设了几个质量指标？", "质量"), ("全部项目加起来，一级指标是“产出指标”的一共有多少行？", "产出")])
def test_rows_of_a_kind_counted(assistant, question, kind):
    answer = assistant.ask(question)
    named = [p for p in assistant.projects() if "劳务派遣" in p.name] if "劳务派遣" in question \
        else assistant.projects()
    assert answer.value == sum(1 for p in named for i in p.indicators if kind in i.level1 + i.level2)


def test_a_qualified_topic_is_another_project(assistant):
    answer = assistant.ask("城镇职工医疗保险补助项目的预算是多少？")
    assert not answer.found and "城镇职工医疗保险补助" in answer.text


def test_several_money_fields_of_one_project(both):
    (project,) = [p for p in both.projects() if "高标准农田" in p.name]
    answer = both.ask("高标准农田建设县级配套资金，资金总额是多少？财政拨款和其他资金又各是多少？")
    for value in (project.budget, project.fiscal, project.other):
        assert f"{value.normalize():f} 万元" in answer.text
    assert "财政资金" in answer.understood and "其他资金" in answer.understood


@pytest.mark.parametrize("question, op, number", [
    ("满意度目标最多只定到85%的项目有哪些？", "<=", 85), ("满意度至少要达到90%的项目有几个？", ">=", 90)])
def test_a_bound_with_words_between(both, question, op, number):
    answer = both.ask("临漳县农业农村局" + question)
    kept = {p.code for p in of(both, FARMING) for i in p.indicators if "满意度" in i.level3
            and i.value.number is not None
            and (i.value.number <= number if op == "<=" else i.value.number >= number)}
    if "几个" in question:
        assert answer.value == len(kept)
    else:
        assert set(answer.projects) == kept


def test_a_share_of_both_departments(both):
    answer = both.ask("临漳县农业农村局的预算总额占两家合计的百分之几？")
    farming = sum(wan(p) for p in of(both, FARMING))
    total = sum(wan(p) for p in both.projects())
    assert abs(answer.value - farming * 100 / total) < Decimal("0.001")


# -- the thirteenth probe -------------------------------------------------------------------------

def test_more_ways_to_add_up(assistant):
    assert assistant.ask("全部项目预算加在一块儿是多少钱（万元）？").value == sum(p.budget for p in assistant.projects())


def test_a_kind_not_filled_in(assistant):
    answer = assistant.ask("检查时发现有的表里没填可持续影响指标，是哪几个项目？")
    expected = {p.code for p in assistant.projects() if not any("可持续" in i.level2 for i in p.indicators)}
    assert set(answer.projects) == expected and expected


def test_a_plan_shape_negated_with_mei(assistant):
    answer = assistant.ask("哪些项目的资金支出计划不是按每季度25%、50%、75%、100%这样均衡排的？")
    even = ("25", "50", "75", "100")
    expected = {p.code for p in assistant.projects()
                if tuple(f"{s.percent.normalize():f}" if s.percent is not None else "" for s in p.spending_plan) != even}
    assert set(answer.projects) == expected and expected


def test_the_part_not_from_the_treasury(both):
    (project,) = [p for p in both.projects() if "农产品质量安全检测" in p.name]
    answer = both.ask("农产品质量安全检测经费里，不是财政拨款的那部分钱折合多少万元？")
    assert answer.value == project.other / (10000 if project.unit == "元" else 1)


def test_per_unit_of_the_previous_row(both):
    conversation = Conversation()
    first = both.ask("农机购置与应用补贴资金有多少？", conversation)
    both.ask("它的补贴机具数量要求多少？", conversation)
    answer = both.ask("那平均每台（套）机具补贴多少万元？", conversation)
    (project,) = [p for p in both.projects() if p.code in first.projects]
    (row,) = [i for i in project.indicators if "机具数量" in i.level3]
    assert answer.value == (project.budget / row.value.number).quantize(Decimal("0.0001"))


def test_a_new_project_and_the_previous_one_added(both):
    conversation = Conversation()
    both.ask("临漳农业农村局的高标准农田建设县级配套资金总额是多少？", conversation)
    answer = both.ask("那魏县人社局的公共实训基地县级配套呢？两个加起来多少万？", conversation)
    names = ("高标准农田建设县级配套", "公共实训基地县级配套")
    assert answer.value == sum(wan(p) for p in both.projects() if any(n in p.name for n in names))


def test_an_exclusion_of_a_few_named_by_a_count(assistant):
    kept = [p.budget for p in assistant.projects() if "就业补助资金" not in p.name]
    assert assistant.ask("不算那三笔就业补助资金的话，剩下项目的预算一共多少万？").value == sum(kept)


def test_two_rows_asked_of_one_project(assistant):
    answer = assistant.ask("社保工作经费里，大楼维修次数和人才招聘会次数分别要求多少？")
    cited = [c.text for c in answer.citations if c.row]
    assert len(cited) == 2 and any("大楼维修次数" in c for c in cited) and any("人才招聘会" in c for c in cited)


def test_a_number_inside_quoted_words_is_no_condition(assistant):
    answer = assistant.ask("“十万学子进邯郸”人才引进这项工作单独安排了多少资金？")
    assert not answer.found


def test_a_share_asked_as_zhanbi_shi(both):
    conversation = Conversation()
    first = both.ask("高素质农民培育项目资金总额多少？", conversation)
    answer = both.ask("财政拨款占比是百分之多少？", conversation)
    (project,) = [p for p in both.projects() if p.code in first.projects]
    assert answer.value == project.fiscal * 100 / project.budget


def test_a_list_and_its_count(assistant):
    answer = assistant.ask("帮我筛一下：预算五百万及以上的项目，有几个、是哪些？")
    assert answer.value == sum(1 for p in assistant.projects() if p.budget >= 500)


def test_rows_of_a_project_counted_in_ge(assistant):
    (project,) = [p for p in assistant.projects() if "劳务派遣" in p.name]
    answer = assistant.ask("劳务派遣人员工资那张表里一共有多少个三级指标？")
    assert answer.value == len(project.indicators)


def test_zero_written_in_words(both):
    answer = both.ask("哪些项目把某类事件的发生数量目标定成了零？")
    assert "0" in answer.understood  # read as the number; found or said not found, never all projects
    assert len(answer.projects) < len(both.projects())


def test_top_n_never_reads_a_month(both):
    plan = both.ask("时效指标的完成时限写的是十月份（10月前或10月底前）的项目有哪些？").typed_plan
    assert plan.operation.kind not in ("max", "min")


# -- the fourteenth and fifteenth blind probes ----------------------------------------------

def planned(project, month: int) -> Decimal:
    """Budget × the cumulative plan percentage by a month (a blank period keeps the last one)."""
    percent = Decimal(0)
    for point in sorted(project.spending_plan, key=lambda s: s.month):
        if point.month <= month and point.percent is not None:
            percent = point.percent
    return project.budget * percent / 100

@pytest.mark.parametrize("lead", ["请核对一下：", "财政局复核：", "审计核对：", "帮我核实一下："])
def test_a_lead_saying_who_asks_is_not_the_question(assistant, lead):
    """«财政局复核：…» names the asker, not a department to look in, nor a 体检."""
    expected = {p.code for p in assistant.projects() if p.budget > 200}
    answer = assistant.ask(f"{lead}预算数超过200万元的项目有哪些？")
    assert answer.found and set(answer.projects) == expected, answer.text


def test_a_count_word_that_picks_the_projects_before_money(assistant):
    """«几个就业补助资金项目…到3月底合计计划支出多少万元»: the money, not how many."""
    chosen = [p for p in assistant.projects() if "就业补助" in p.name]
    expected = sum(planned(p, 3) for p in chosen)
    answer = assistant.ask("几个就业补助资金项目到3月底合计计划支出多少万元？")
    assert answer.value is not None and abs(Decimal(str(answer.value)) - expected) < Decimal("0.01"), answer.text
    counted = assistant.ask("几个项目预算超过1000万元？")
    assert counted.value == len([p for p in assistant.projects() if p.budget > 1000])


@pytest.mark.parametrize("question", ["人社局和农业农村局各自预算最大的项目分别是哪个？",
                                      "两个局各自预算最多的项目是哪个？"])
def test_each_named_departments_extreme(both, question):
    expected = {max(of(both, d), key=wan).code for d in (LABOUR, FARMING)}
    assert set(both.ask(question).projects) == expected


def test_it_with_nothing_found_before_asks_which_project(assistant):
    conversation = Conversation()
    assistant.ask("给外星人发补贴的是哪个项目？", conversation)
    answer = assistant.ask("它的满意度目标是多少？", conversation)
    assert not answer.found and "哪个项目" in answer.text


@pytest.mark.parametrize("question", ["其它资金合计多少？", "其他资金合计多少？"])
def test_qita_written_either_way(assistant, question):
    answer = assistant.ask(question)
    assert "其他资金" in answer.understood and answer.value == sum(p.other or 0 for p in assistant.projects())


@pytest.mark.parametrize("question, per_head", [
    ("县级养老那八千万 按50万参保人摊 每人合多少块钱", Decimal(80_000_000) / 500_000),
    ("8000万元那个项目按50万人算，每人合多少元", Decimal(80_000_000) / 500_000),
])
def test_spoken_kuai_is_yuan(assistant, question, per_head):
    answer = assistant.ask(question)
    assert abs(Decimal(str(answer.value)) - per_head) < Decimal("0.01") and "元" in answer.text, answer.text


@pytest.mark.parametrize("spoken, percent", [("九十八个点", 98), ("95个点", 95)])
def test_spoken_points_are_percent(assistant, spoken, percent):
    expected = {p.code for p in assistant.projects() for i in p.indicators
                if "满意度" in i.level2 + i.level3 and i.value.number is not None and i.value.number >= percent}
    answer = assistant.ask(f"满意度要求{spoken}及以上的有哪些")
    assert set(answer.projects) == expected, answer.text


def test_points_after_a_change_stay_points():
    from assistant.reading import normalize

    assert normalize("满意度涨了两个点") == "满意度涨了两个点"


def test_a_sum_of_spending_plan_percentages_is_an_amount(assistant):
    conversation = Conversation()
    assistant.ask("预算超过一千万的项目有哪些", conversation)
    answer = assistant.ask("这几个里到6月底累计计划支出一共多少", conversation)
    chosen = [p for p in assistant.projects() if p.budget > 1000]
    expected = sum(planned(p, 6) for p in chosen)
    assert abs(Decimal(str(answer.value)) - expected) < Decimal("0.01"), answer.text


@pytest.mark.parametrize("question", ["病虫害统防统治 财政拨款加其他资金 比资金总额少多少",
                                      "病虫害统防统治项目资金总额比财政拨款加其他资金多多少"])
def test_less_by_is_the_other_minus_this(both, question):
    (p,) = [p for p in both.projects() if "病虫害" in p.name]
    gap = p.budget - (p.fiscal or 0) - (p.other or 0)
    gap = gap / 10000 if p.unit == "元" else gap
    assert Decimal(str(both.ask(question).value)) == gap


@pytest.mark.parametrize("question, words", [("厕所那个 效益指标底下分了哪几个二级指标", "厕所"),
                                             ("免疫那个 预算多少", "免疫")])
def test_a_few_words_before_nage_name_one_project(both, question, words):
    (p,) = [p for p in both.projects() if words in p.name]
    assert both.ask(question).projects == (p.code,)


@pytest.mark.parametrize("question", ["消防那个 预算多少", "扶贫那个 满意度目标多少"])
def test_words_before_nage_naming_no_project_decline(both, question):
    answer = both.ask(question)
    assert not answer.found and not answer.projects, answer.text


@pytest.mark.parametrize("question", ["社保工作经费那个 一级指标分了几个 都是啥",
                                      "社会保障工作经费项目的一级指标有几类？"])
def test_level_one_kinds_counted_and_named(assistant, question):
    (p,) = [p for p in assistant.projects() if p.name == "社会保障工作经费"]
    kinds = {i.level1 for i in p.indicators}
    answer = assistant.ask(question)
    assert answer.projects == (p.code,) and all(k in answer.text for k in kinds), answer.text
    assert f"共 {len(kinds)} 类" in answer.text


def test_this_number_is_no_count(assistant):
    """«35人这个数是根据啥定的»: the row and its basis, not «共 1 个项目»."""
    (p,) = [p for p in assistant.projects() if "老干部" in p.name]
    (row,) = [i for i in p.indicators if i.value.raw == "35人"]
    answer = assistant.ask("老干部慰问项目里35人这个数是根据啥定的")
    assert "个数" not in answer.understood and row.basis in answer.text, answer.text


def test_that_one_then_a_few_words_of_another(assistant):
    conversation = Conversation()
    assistant.ask("创业扶持资金多少钱", conversation)
    (p,) = [p for p in assistant.projects() if "贴息" in p.name]
    answer = assistant.ask("那贴息的呢", conversation)
    assert answer.projects == (p.code,) and answer.value == p.budget, answer.text


@pytest.mark.parametrize("first, second", [("预算超过一千万的有哪些", "去掉133号那笔，剩下的加起来多少钱"),
                                           ("预算超过一千万的项目有哪些？", "扣除133号那个，剩余的合计多少？")])
def test_what_is_left_of_the_previous_answer(assistant, first, second):
    conversation = Conversation()
    assistant.ask(first, conversation)
    kept = [p for p in assistant.projects() if p.budget > 1000 and "133号" not in p.name]
    answer = assistant.ask(second, conversation)
    assert set(answer.projects) == {p.code for p in kept} and answer.value == sum(p.budget for p in kept)


def test_one_more_added_to_the_previous_answer(both):
    conversation = Conversation()
    both.ask("两个局预算最小的三个是哪几个", conversation)
    smallest = sorted(both.projects(), key=wan)[:3]
    (extra,) = [p for p in both.projects() if "检测经费" in p.name]
    answer = both.ask("再加上农业局的检测经费，一共多少万", conversation)
    assert set(answer.projects) == {p.code for p in smallest + [extra]}
    assert Decimal(str(answer.value)) == sum(wan(p) for p in smallest + [extra])


def test_which_projects_after_an_extreme_value(both):
    conversation = Conversation()
    both.ask("两个局里满意度要求最低的是多少", conversation)
    rows = [(p, i) for p in both.projects() for i in p.indicators
            if "满意度" in i.level2 + i.level3 and i.value.number is not None]
    lowest = min(i.value.number for _, i in rows)
    answer = both.ask("都是哪几个项目", conversation)
    assert set(answer.projects) == {p.code for p, i in rows if i.value.number == lowest}


def test_names_with_any_document_number_are_counted(both):
    """«项目名称里带文号的»: the names that hold a document number (once declined, now read)."""
    from ingest.policy_refs import find_policy_refs

    expected = {p.code for p in both.projects() if find_policy_refs(p.name)}
    answer = both.ask("项目名称里带文号的，两个局一共几个")
    assert answer.found and set(answer.projects) == expected and answer.value == len(expected)


@pytest.mark.parametrize("amount", ["三十万元", "30万元"])
def test_a_number_between_two_fields_is_no_field_comparison(both, amount):
    """«预算不到三十万元、同时满意度目标不低于90%»: two conditions, not «满意度 > 预算»."""
    expected = {p.code for p in both.projects() if wan(p) < 30 and any(
        "满意度" in i.level2 + i.level3 and i.value.number is not None and i.value.number >= 90
        for i in p.indicators)}
    answer = both.ask(f"两个部门里预算不到{amount}、同时满意度目标不低于90%的项目有哪些？")
    assert set(answer.projects) == expected and "<30万元" in answer.understood, answer.text


@pytest.mark.parametrize("question", ["县级基础养老金补助和缴费补贴那个项目，平均每个月要拨付多少万元？",
                                      "社会保障工作经费平均每月多少万元？"])
def test_a_projects_money_per_month(assistant, question):
    name = "基础养老金补助" if "养老" in question else "社会保障工作经费"
    (p,) = [p for p in assistant.projects() if name in p.name]
    answer = assistant.ask(question)
    assert abs(Decimal(str(answer.value)) - p.budget / 12) < Decimal("0.001"), answer.text


@pytest.mark.parametrize("question, at_least", [("养老金补贴到位增加收入目标是每人每月123元以上的是哪个项目？", 123),
                                                ("哪个项目每人每月增加收入不低于100元？", 100)])
def test_money_per_head_and_month_is_a_row_standard(assistant, question, at_least):
    expected = {p.code for p in assistant.projects() for i in p.indicators
                if i.value.unit == "元/人/月" and i.value.number >= at_least}
    answer = assistant.ask(question)
    assert set(answer.projects) == expected and "预算数" not in answer.understood, answer.understood


@pytest.mark.parametrize("question, canonical", [("2017年58号文件被哪个项目当作依据了？", "邯银发〔2017〕58号"),
                                                 ("冀人社规〔2018〕8号被哪些项目引用？", "冀人社规〔2018〕8号")])
def test_a_list_by_document_shows_where_it_is_cited(assistant, question, canonical):
    answer = assistant.ask(question)
    citing = [(p, i) for p in assistant.projects() for i in p.indicators
              if any(r.canonical == canonical for r in i.policy_refs)]
    assert canonical in answer.text
    for p, i in citing:  # every citing row is shown and cited
        assert f"第{i.locator.row}行“{i.level3}”的依据引用 {canonical}" in answer.text
        assert any(c.project_code == p.code and c.row == i.locator.row for c in answer.citations)


def test_a_list_by_spending_plan_shows_the_percentage(both):
    answer = both.ask("在填了支出计划的项目里，6月底累计支出计划不足50%的是哪个？")
    assert answer.projects
    for code in answer.projects:
        (p,) = [p for p in both.projects() if p.code == code]
        six = next(s.percent for s in p.spending_plan if s.month == 6)
        assert six < 50 and f"6月底累计支出计划 {q.tidy(six)}%" in answer.text


@pytest.mark.parametrize("question, low", [("钱最多的前三个项目是哪几个？", False),
                                           ("钱最少的前三个项目是哪几个？", True)])
def test_the_extreme_word_before_top_n(assistant, question, low):
    ranked = sorted(assistant.projects(), key=lambda p: p.budget, reverse=not low)[:3]
    assert set(assistant.ask(question).projects) == {p.code for p in ranked}


def test_a_count_of_rows_of_one_project_shows_them(assistant):
    (p,) = [p for p in assistant.projects() if p.name == "劳务派遣人员工资"]
    quality = [i for i in p.indicators if i.level2 == "质量指标"]
    answer = assistant.ask("劳务派遣人员工资项目设了几个质量指标？分别是什么？")
    assert answer.value == len(quality) and all(i.level3 in answer.text for i in quality)


def test_none_found_in_a_department_is_no_list(both):
    """No finding in a department: «没有发现», not a list of its projects as if they were found."""
    answer = both.ask("魏县人社局有没有财政资金加其他资金对不上预算数的项目？")
    assert not answer.found and not answer.projects, answer.text


@pytest.mark.parametrize("again, pick", [("第二大的呢？", lambda ranked: ranked[1]),
                                         ("那最小的呢？", lambda ranked: ranked[-1])])
def test_an_extreme_asked_again_ranks_the_same_projects(both, again, pick):
    """«哪个项目预算最大» then «第二大的呢»: not the one project the first answer picked."""
    conversation = Conversation()
    both.ask("两个部门里哪个项目预算最大？", conversation)
    ranked = sorted(both.projects(), key=wan, reverse=True)
    answer = both.ask(again, conversation)
    assert answer.projects == (pick(ranked).code,), answer.text


def test_a_number_said_beside_a_projects_name_is_part_of_it(assistant):
    """«182号里177万那个»: the 182号 is in the name of the project the amount picks."""
    (p,) = [p for p in assistant.projects() if "182号" in p.name and p.budget == 177]
    answer = assistant.ask("182号里177万那个，钱是干啥用的")
    assert answer.found and p.code in answer.projects and p.use in answer.text, answer.text


def test_a_kind_and_a_way_of_writing_are_both_required(assistant):
    """«数量指标人数»: rows that are 数量指标 AND counted in people, not either."""
    chosen = [p for p in assistant.projects() if "就业补助" in p.name]
    rows = [i for p in chosen for i in p.indicators if i.level2 == "数量指标" and i.value.unit == "人"]
    answer = assistant.ask("三个就业补助资金项目的数量指标人数加起来是多少人？")
    assert answer.value == sum(i.value.number for i in rows), answer.text


@pytest.mark.parametrize("question", ["预算在100万（含）到500万（含）之间的项目", "预算在100万到500万之间（含两端）的项目"])
def test_a_range_with_its_ends_marked_included(assistant, question):
    expected = {p.code for p in assistant.projects() if 100 <= p.budget <= 500}
    assert set(assistant.ask(question).projects) == expected


@pytest.mark.parametrize("question", ["高素质农民那个 按500人算 一人合多少块", "高素质农民培育项目按500人算，一人合多少元"])
def test_one_head_before_he_is_no_condition(both, question):
    (p,) = [p for p in both.projects() if "高素质农民" in p.name]
    yuan = p.budget if p.unit == "元" else p.budget * 10000
    answer = both.ask(question)
    assert answer.value == yuan / 500 and "目标值" not in answer.understood, answer.text


def test_a_kind_written_one_way_and_not_another(assistant):
    """«时效指标写的是具体完成日期（而不是百分比）»: one 时效 row with a date, all three kept."""
    expected = {p.code for p in assistant.projects() for i in p.indicators
                if i.level2 == "时效指标" and i.value.deadline is not None and i.value.unit != "%"}
    answer = assistant.ask("时效指标写的是具体完成日期（而不是百分比）的项目有哪些？")
    assert set(answer.projects) == expected and "时效指标" in answer.understood, answer.understood


def test_both_departments_said_after_one_named(both):
    conversation = Conversation()
    both.ask("魏县人社局的项目预算总额是多少？", conversation)
    answer = both.ask("那临漳县农业农村局呢？两个部门的项目预算合计是多少万元？", conversation)
    assert Decimal(str(answer.value)) == sum(wan(p) for p in both.projects())
    share = both.ask("临漳县农业农村局的预算总额占两个部门合计的百分之几？")
    part = sum(wan(p) for p in of(both, FARMING))
    assert abs(Decimal(str(share.value)) - part * 100 / sum(wan(p) for p in both.projects())) < Decimal("0.01")


@pytest.mark.parametrize("history", [["高素质农民培育项目的资金总额是多少？"], []])
def test_a_part_of_the_money_is_a_share_of_the_same_projects_total(both, history):
    conversation = Conversation()
    for earlier in history:
        both.ask(earlier, conversation)
    question = "其中财政拨款占了百分之几？" if history else "临漳县农业农村局财政拨款占了百分之几？"
    chosen = [p for p in both.projects() if "高素质农民" in p.name] if history else of(both, FARMING)
    scale = {p.code: Decimal(10000) if p.unit == "元" else Decimal(1) for p in chosen}
    expected = sum(p.fiscal / scale[p.code] for p in chosen) * 100 / sum(p.budget / scale[p.code] for p in chosen)
    answer = both.ask(question, conversation)
    assert abs(Decimal(str(answer.value)) - expected) < Decimal("0.01"), answer.text


def test_a_sum_asked_with_a_consistency_check(both):
    (p,) = [p for p in both.projects() if "病虫害" in p.name]
    answer = both.ask("农作物重大病虫害统防统治项目的财政拨款和其他资金加起来是多少万元？跟资金总额对得上吗？")
    assert Decimal(str(answer.value)) == wan(p) * (p.fiscal + p.other) / p.budget and "不符" in answer.text


@pytest.mark.parametrize("question", ["请问“610号”这个文件被哪个项目引用了？", "请问610号这个文件被哪个项目引用了？"])
def test_a_quoted_document_number(assistant, question):
    expected = {p.code for p in assistant.projects() for i in p.indicators
                if any(r.number == 610 for r in i.policy_refs)}
    assert expected and set(assistant.ask(question).projects) == expected


def test_which_one_row_is_no_count_of_one(assistant):
    expected = {p.code for p in assistant.projects() for i in p.indicators
                if any(r.canonical == "冀办发〔2014〕16号" for r in i.policy_refs)}
    answer = assistant.ask("冀办发【2014】16号这个文件，被哪个项目的哪一条指标引用了？")
    assert set(answer.projects) == expected and "条数" not in answer.understood


def test_a_gloss_in_brackets_restates_the_field(both):
    answer = both.ask("各项目中“其他资金”（也就是财政拨款以外的部分）加起来一共多少万元？")
    assert Decimal(str(answer.value)) == sum(wan(p) * (p.other or 0) / p.budget for p in both.projects())


def test_twelve_months_of_a_year_are_no_condition(assistant):
    (p,) = [p for p in assistant.projects() if p.name == "劳务派遣人员工资"]
    answer = assistant.ask("劳务派遣人员工资这个项目，如果按35名派遣人员平均分摊、每年按12个月算，每人每月大约是多少元？")
    assert abs(Decimal(str(answer.value)) - p.budget * 10000 / 35 / 12) < Decimal("0.01"), answer.text


def test_a_self_introduction_before_the_question(both):
    answer = both.ask("我是县财政局负责复核的，想核对一下：两个部门里资金规模过两千万的项目都有哪些？")
    assert set(answer.projects) == {p.code for p in both.projects() if wan(p) > 2000}


def test_a_longer_follow_up_naming_only_fields_is_about_the_project_just_answered(both):
    (p,) = [p for p in both.projects() if "病虫害" in p.name]
    conversation = Conversation()
    both.ask("农作物重大病虫害统防统治项目的资金总额是多少？", conversation)
    answer = both.ask("财政拨款加上其他资金，和资金总额对得上吗？差多少万元？", conversation)
    gap = wan(p) * (p.budget - p.fiscal - p.other) / p.budget
    assert set(answer.projects) == {p.code} and abs(Decimal(str(answer.value))) == gap, answer.text


def test_the_largest_of_the_previous_answer_by_its_money(assistant):
    pair = [p for p in assistant.projects() if "182号" in p.name]
    largest = max(pair, key=lambda p: p.budget)
    conversation = Conversation()
    assistant.ask("182号文对应了几个项目？", conversation)
    assistant.ask("两者预算分别是多少？", conversation)
    answer = assistant.ask("其中最大的那个满意度目标是多少？", conversation)
    assert answer.projects == (largest.code,), answer.text


@pytest.mark.parametrize("question, at_least", [("一季度末（3月底）累计支出计划达到或超过一半的项目有哪些", 50),
                                                ("3月底累计支出计划等于或高于25%的项目有哪些", 25)])
def test_equal_or_more_said_with_huo(assistant, question, at_least):
    expected = {p.code for p in assistant.projects() if any(
        s.month == 3 and s.percent is not None and s.percent >= at_least for s in p.spending_plan)}
    answer = assistant.ask(question)
    assert set(answer.projects) == expected and "≥" in answer.understood, answer.understood


def test_a_figure_raised_in_the_question_uses_the_new_one(both):
    answer = both.ask("耕地地力补贴如果标准从每亩60元提到65元，还按81万亩算，总共要多少万元？")
    assert Decimal(str(answer.value)) == Decimal(65 * 810000) / 10000, answer.text


def test_both_kinds_of_funds_said_together(both):
    expected = {p.code for p in both.projects() if p.other and p.fiscal}
    answer = both.ask("两个单位中同时有财政资金和其他资金的项目有几个")
    assert answer.value == len(expected), answer.text


@pytest.mark.parametrize("question", ["成本指标比资金总额还高的项目是哪个？高多少万元？"])
def test_a_filter_by_comparison_then_the_gap(both, question):
    over = [(p, i) for p in both.projects() for i in p.indicators
            if i.level2 == "成本指标" and i.value.number is not None and i.value.unit == p.unit
            and i.value.number > p.budget]
    answer = both.ask(question)
    assert set(answer.projects) == {p.code for p, _ in over}
    assert Decimal(str(answer.value)) == sum(wan(p) * (i.value.number - p.budget) / p.budget for p, i in over)


@pytest.mark.parametrize("question", ["魏县人社局这份绩效目标里全部项目的预算加起来是多少万元？",
                                      "本绩效目标表中各项目预算合计多少？"])
def test_the_document_called_jixiao_mubiao_is_no_goal_field(assistant, question):
    answer = assistant.ask(question)
    assert answer.value == sum(p.budget for p in assistant.projects()), answer.text


def test_compared_with_the_project_just_answered(both):
    (farm,) = [p for p in both.projects() if "高素质农民" in p.name]
    (base,) = [p for p in both.projects() if "公共实训基地" in p.name]
    conversation = Conversation()
    both.ask("高素质农民培育项目资金总额多少？", conversation)
    answer = both.ask("和人社局的公共实训基地县级配套比，少多少万元？", conversation)
    assert set(answer.projects) == {farm.code, base.code}
    assert Decimal(str(answer.value)) == wan(base) - wan(farm), answer.text


def test_the_highest_plan_percentage_by_a_month(both):
    best = max((p for p in both.projects() if p.spending_plan),
               key=lambda p: next((s.percent for s in p.spending_plan if s.month == 3 and s.percent is not None), 0))
    answer = both.ask("两个部门的项目里，3月底累计支出计划比例最高的是哪个")
    assert best.code in answer.projects, answer.text


def test_an_issuer_nobody_cites_is_said_so(both):
    answer = both.ask("两个局的项目里有没有拿国办发文件作为指标依据的？")
    assert not answer.found and "国办发" in answer.text, answer.text


def test_a_self_introduction_with_a_comma(assistant):
    expected = {p.code for p in assistant.projects() if any(
        s.month == 3 and s.percent is not None and s.percent > 25 for s in p.spending_plan)}
    answer = assistant.ask("我是财政局审核预算的，想知道3月底累计支出进度计划超过25%的项目有哪些？")
    assert set(answer.projects) == expected, answer.text


def test_the_kinds_of_one_projects_table(assistant):
    (p,) = [p for p in assistant.projects() if "创业扶持" in p.name]
    answer = assistant.ask("创业扶持资金那张表里，二级指标都分了哪些类别？")
    assert answer.projects == (p.code,) and all(i.level2 in answer.text for i in p.indicators)


@pytest.mark.parametrize("question, high", [("其他资金占资金总额比重最高的是哪个项目？占百分之多少？", True),
                                            ("财政资金占预算数比例最低的是哪个项目？", False)])
def test_each_projects_share_ranked(both, question, high):
    field = "other" if "其他资金" in question else "fiscal"
    shares = {p.code: (getattr(p, field) or 0) * 100 / p.budget for p in both.projects() if p.budget}
    best = (max if high else min)(shares, key=shares.get)
    answer = both.ask(question)
    assert best in answer.projects and abs(Decimal(str(answer.value)) - shares[best]) < Decimal("0.01")


@pytest.mark.parametrize("question", ["县级城乡居民养老保险的预算是多少",
                                      "县级城乡居民养老那个项目，养老金补贴到位增加收入的指标是按月定的，折算成一年每人至少增收多少元？"])
def test_a_level_said_with_the_name_leaves_out_projects_of_another_level(assistant, question):
    """No name says «县级…养老»: the one whose name says 省级 is not it, nor is the whole store;
    the project whose 资金用途 says «县级» and whose name holds the words is."""
    (county,) = [p for p in assistant.projects() if "县级" in p.use and "城乡居民" in p.name]
    answer = assistant.ask(question)
    assert list(answer.projects) == [county.code], answer.text
    assert assistant.ask("省级城乡居民养老保险补助资金有几个项目").value == len(
        [p for p in assistant.projects() if "省级城乡居民养老" in p.name])


def test_both_sides_of_a_ratio_the_same_project_decline(assistant):
    answer = assistant.ask("县级城乡居民养老保险补助（基础养老金和缴费补贴那个）的预算，是省级发放基础养老金那笔的多少倍？")
    assert not answer.found and answer.value is None, answer.text


@pytest.mark.parametrize("words, at_least", [("并非低于85%", 85), ("不是低于85%", 85)])
def test_a_negated_comparison_said_with_bingfei(assistant, words, at_least):
    expected = {p.code for p in assistant.projects() if any(
        "满意度" in i.level2 + i.level3 and i.value.number is not None and i.value.number >= at_least
        for i in p.indicators)}
    answer = assistant.ask(f"满意度目标{words}的项目有多少个？")
    assert answer.value == len(expected) and "≥85%" in answer.understood, answer.understood


def test_or_before_a_new_predicate(both):
    expected = {p.code for p in both.projects() if wan(p) > 1000 or (p.other or 0) > 0}
    answer = both.ask("资金总额超过1000万元或者有其他资金来源的项目有哪些？")
    assert set(answer.projects) == expected, answer.understood


def test_a_share_of_its_own_department(both):
    (p,) = [p for p in both.projects() if "公共实训基地" in p.name]
    own = sum(wan(x) for x in of(both, p.department))
    answer = both.ask("公共实训基地县级配套占它所在部门全部项目预算的比重是多少？")
    assert abs(Decimal(str(answer.value)) - wan(p) * 100 / own) < Decimal("0.01"), answer.text


def test_a_described_project_not_recognised_declines(assistant):
    answer = assistant.ask("每人每年代缴67元的那个项目，按这个标准，预算够给多少人代缴？")
    assert not answer.found and answer.value is None and not answer.projects, answer.text
