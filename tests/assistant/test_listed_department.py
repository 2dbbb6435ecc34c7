"""Questions over a department whose projects come as one list and whose indicators as one long
table (eval/dev/docs/ningjin-2025.xlsx, probe v56): a row named by the question among its
project's rows, a number a row states asked as «几家», two departments named together with one
shortened, an exclusion naming nothing stored, weights from a 分值 column. Every expected value is
computed here from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over

NINGJIN = ROOT / "eval" / "dev" / "docs" / "ningjin-2025.xlsx"


@pytest.fixture(scope="module")
def ningjin():
    return assistant_over([NINGJIN, SAMPLE_DOCX], prefix="listed-")


def _rows(assistant):
    return Queries(assistant.library.facts).rows()


def _projects(assistant):
    return Queries(assistant.library.facts).projects()


def test_the_row_the_question_names_among_its_projects_rows(ningjin):
    row = next(r for r in _rows(ningjin) if r.level3 == "困难残疾人生活补贴发放人数")
    siblings = [r for r in _rows(ningjin) if r.project_id == row.project_id and r.base_unit == "人"]
    assert len(siblings) > 1  # the project states two head counts
    answer = ningjin.ask("困难残疾人生活补贴今年计划发给多少人？")
    assert answer.found and answer.row_ids == (row.id,) and answer.value == row.number


@pytest.mark.parametrize("history", [(), ("宁晋县残联的残疾儿童康复救助经费预算是多少？",)])
def test_a_number_a_row_states_is_not_a_count_of_projects(ningjin, history):
    row = next(r for r in _rows(ningjin) if "定点康复机构" in r.level3)
    conversation = Conversation()
    for earlier in history:
        ningjin.ask(earlier, conversation)
    answer = ningjin.ask("定点康复机构安排了几家？", conversation)
    assert answer.found and answer.row_ids == (row.id,)
    assert answer.value == row.number and "个项目" not in answer.text


def test_two_departments_named_together_one_shortened(ningjin):
    answer = ningjin.ask("宁晋县残联和魏县人社局一共有多少个项目？")
    assert answer.found and answer.value == len(_projects(ningjin))
    assert not ningjin.ask("宁晋县残联和魏县教育局一共有多少个项目？").found


@pytest.mark.parametrize("question", ["除去两项补贴配套资金，其他项目的预算加起来是多少万元？",
                                      "宁晋县残联除去其他资金，预算还剩多少"])
def test_an_exclusion_that_names_nothing_is_declined(ningjin, question):
    answer = ningjin.ask(question)
    assert not answer.found and "没能理解" in answer.text


def test_weights_of_a_project_and_of_one_row(ningjin):
    project = next(p for p in _projects(ningjin) if p.name == "残疾儿童康复救助经费")
    rows = [r for r in _rows(ningjin) if r.project_id == project.id]
    assert all(r.weight is not None for r in rows)
    total = ningjin.ask("残疾儿童康复救助经费各指标分值加起来是多少？")
    assert total.found and total.value == sum(r.weight for r in rows)
    row = rows[0]
    one = ningjin.ask(f"残疾儿童康复救助经费中“{row.level3}”这条指标的分值是几分？")
    assert one.found and one.value == row.weight and one.row_ids == (row.id,)
    top = max(r.weight for r in rows)
    most = ningjin.ask("残疾儿童康复救助经费分值最高的指标是哪条？")
    assert most.found and most.value == top
    assert set(most.row_ids) == {r.id for r in rows if r.weight == top}


@pytest.mark.parametrize(("question", "op"), [
    ("宁晋县残联哪些项目的预算低于魏县人社局社会保障工作经费的预算数？", "lt"),
    ("宁晋县残联资金超过残疾儿童康复救助经费的项目有哪些", "gt"),
])
def test_money_compared_with_a_named_projects(ningjin, question, op):
    projects = _projects(ningjin)
    reference = next(p for p in projects if p.name in question)
    ours = [p for p in projects if "宁晋" in p.department and p.id != reference.id]
    bound = reference.fen("budget")
    expected = {p.id for p in ours if (p.fen("budget") < bound if op == "lt" else p.fen("budget") > bound)}
    answer = ningjin.ask(question)
    assert answer.found, answer.text
    assert set(answer.project_ids) == expected and expected


def test_name_or_basis_as_places_to_look(ningjin):
    from ingest.policy_refs import find_policy_refs

    queries = Queries(ningjin.library.facts)
    expected = {u.project_id for u in queries.uses() if any(
        r.issuer == "冀财社" for r in find_policy_refs(u.canonical))}
    answer = ningjin.ask("两个部门中，项目名称或指标依据里出现冀财社文件的项目有哪些？")
    assert answer.found and set(answer.project_ids) == expected and expected
