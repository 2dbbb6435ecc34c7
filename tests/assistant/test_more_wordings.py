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
