"""Mechanisms met on a fourth department's document in the other layout
(eval/dev/docs/shuili-2025.docx): money per 公里/处 of the project's own row, the table's money unit
(«以元为单位»), a project's row count («绩效指标不少于8条»), «编制了资金支出计划», «分成了哪几个方面».
Expected values come from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.service import Assistant
from ingest import quantity as q
from store.library import Library
from tests.conftest import ROOT, make_settings

SHUILI = ROOT / "eval" / "dev" / "docs" / "shuili-2025.docx"
OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"


@pytest.fixture(scope="module")
def shuili(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("shuili") / "store"))
    assert all(r.ok for r in library.ingest_paths([SHUILI, OTHER_DOCX]))
    return Assistant(library)


def ours(assistant):
    return [p for p in assistant.projects() if p.department == "临漳县水利局"]


def wan(p) -> Decimal:
    return Decimal(q.to_fen(p.budget, p.unit)) / 1_000_000


@pytest.mark.parametrize("question, name, unit", [
    ("漳南灌区项目每公里渠道合多少万元？", "漳南灌区", "公里"),
    ("河道清淤治理平均每公里投入多少万元？", "河道清淤", "公里"),
    ("农村饮水安全工程维修养护每处多少万元", "农村饮水", "处"),
])
def test_money_per_unit_of_the_projects_row(shuili, question, name, unit):
    (project,) = [p for p in ours(shuili) if name in p.name]
    (row,) = [i for i in project.indicators if i.value.unit == unit]
    answer = shuili.ask(question)
    assert abs(answer.value - wan(project) / row.value.number) < Decimal("0.001"), answer.text


@pytest.mark.parametrize("question", ["哪些项目的绩效目标表是以元为单位填的？", "表格单位是“元”的项目有哪些",
                                      "哪几张表是按“元”编的？"])
def test_the_tables_money_unit(shuili, question):
    expected = {p.code for p in shuili.projects() if p.unit == "元"}
    answer = shuili.ask(question)
    assert expected and set(answer.projects) == expected


@pytest.mark.parametrize("question, op, n", [("绩效指标不少于8条的项目有哪些？", ">=", 8),
                                             ("指标至多7条的项目有哪些？", "<=", 7)])
def test_a_projects_row_count(shuili, question, op, n):
    expected = {p.code for p in shuili.projects()
                if (len(p.indicators) >= n if op == ">=" else len(p.indicators) <= n)}
    answer = shuili.ask(question)
    assert expected and set(answer.projects) == expected


def test_a_spending_plan_written_with_le(shuili):
    kept = [p for p in ours(shuili) if p.spending_plan]
    answer = shuili.ask("水利局编制了资金支出计划的那些项目，资金总额合计多少？")
    assert kept and answer.value == sum(wan(p) for p in kept)


def test_the_parts_of_the_prose(shuili):
    answer = shuili.ask("水利局的分项绩效目标分成了哪几个方面？")
    assert len(answer.citations) >= 3 and all("分项绩效目标" in c.label() for c in answer.citations), answer.text


@pytest.mark.parametrize("question, more", [("哪个项目的财政拨款比资金总额还多？", True),
                                            ("财政拨款比资金总额少的项目有哪些", False)])
def test_one_money_field_against_another(shuili, question, more):
    expected = {p.code for p in shuili.projects() if p.fiscal is not None and p.budget is not None
                and (p.fiscal > p.budget if more else p.fiscal < p.budget)}
    answer = shuili.ask(question)
    assert expected and set(answer.projects) == expected


def test_a_target_cell_as_written(shuili):
    expected = {p.code for p in shuili.projects() if any("明显改善" in i.value.raw for i in p.indicators)}
    answer = shuili.ask("指标值写的是“明显改善”的项目有哪些？")
    assert expected and set(answer.projects) == expected


@pytest.mark.parametrize("first, then", [
    ("地下水超采综合治理项目的资金总额是多少？", "它比农机购置与应用补贴资金多多少万元？"),
    ("农机购置与应用补贴资金多少钱", "它比地下水超采综合治理项目多多少万元？"),
])
def test_it_against_a_project_named_now(shuili, first, then):
    from assistant.conversation import Conversation

    by_name = {p.name: wan(p) for p in shuili.projects()}
    groundwater = next(v for k, v in by_name.items() if "地下水超采" in k)
    machines = next(v for k, v in by_name.items() if "农机购置" in k)
    conversation = Conversation()
    shuili.ask(first, conversation)
    answer = shuili.ask(then, conversation)
    expected = groundwater - machines if first.startswith("地下水") else machines - groundwater
    assert answer.value == expected, answer.text


def test_either_other_funds_or_a_large_budget(shuili):
    def other(p):
        return p.other if p.other is not None else p.budget - p.fiscal

    farm = [p for p in shuili.projects() if p.department == "临漳县农业农村局"]
    expected = {p.code for p in farm if other(p) or wan(p) > 2000}
    answer = shuili.ask("农业农村局哪些项目要么带了其他资金，要么资金总额超过2000万元？")
    assert set(answer.projects) == expected


def over_budget(assistant):
    """Each project's largest money row above its 资金总额, in 万元."""
    out = {}
    for p in assistant.projects():
        rows = [i for i in p.indicators if i.value.base_unit == "元" and i.value.normalized is not None]
        if rows:
            gap = max(r.value.normalized for r in rows) / 10000 - wan(p)
            if gap > 0:
                out[p.code] = gap
    return out


def test_how_far_a_cost_row_goes_over_the_budget(shuili):
    gaps = over_budget(shuili)
    answer = shuili.ask("哪个项目成本指标里写的投资额超出了资金总额？超了多少？")
    assert gaps and set(answer.projects) == set(gaps) and answer.value == sum(gaps.values())


def test_each_gap_and_their_sum_after_the_list(shuili):
    from assistant.conversation import Conversation

    gaps = over_budget(shuili)
    conversation = Conversation()
    shuili.ask("两个局里成本指标写的钱比预算还高的有哪些", conversation)
    answer = shuili.ask("各高出多少 加起来一共多少万", conversation)
    assert set(answer.projects) == set(gaps) and answer.value == sum(gaps.values())
