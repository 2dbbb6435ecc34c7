"""Wordings met on probe v57: a funding source's share with no whole named («财政资金占比不足九成»),
the 实施单位 asked as «项目单位», a basis said as what a target «用的是» or «按“…”定的», the
department's «项目支出总额», and quoted basis words that are not a question about actual results.
Every expected value is computed here from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over

JIZE = ROOT / "eval" / "heldout" / "docs" / "jize-2025.docx"
GUANTAO = ROOT / "eval" / "heldout" / "docs" / "guantao-2025.xlsx"
YINGJI = ROOT / "eval" / "dev" / "docs" / "yingji-2025.docx"


@pytest.fixture(scope="module")
def jize():
    return assistant_over([JIZE], prefix="bases-jz-")


@pytest.fixture(scope="module")
def guantao_sample():
    return assistant_over([GUANTAO, SAMPLE_DOCX], prefix="bases-gt-")


@pytest.fixture(scope="module")
def yingji():
    return assistant_over([YINGJI], prefix="bases-yj-")


def _projects(assistant):
    return Queries(assistant.library.facts).projects()


@pytest.mark.parametrize(("question", "field", "below", "bound"), [
    ("财政资金占比不足九成的项目有几个？", "fiscal", True, Decimal("0.9")),
    ("财政拨款占比低于95%的项目有几个", "fiscal", True, Decimal("0.95")),
    ("其他资金占比超过10%的项目有几个？", "other", False, Decimal("0.1")),
])
def test_a_sources_share_with_no_whole_is_of_its_own_budget(jize, question, field, below, bound):
    def share(p):
        return Decimal(p.fen(field) or 0) / p.fen("budget")
    expected = [p for p in _projects(jize) if p.fen("budget") and (
        share(p) < bound if below else share(p) > bound)]
    answer = jize.ask(question)
    assert answer.found, answer.text
    assert answer.value == len(expected) and set(answer.project_ids) == {p.id for p in expected}
    assert "占预算数的比例" in answer.understood


@pytest.mark.parametrize("word", ["项目单位", "责任单位"])
def test_the_project_unit_is_the_implementer(jize, word):
    project = next(p for p in _projects(jize) if p.implementer and p.implementer != p.department)
    answer = jize.ask(f"{project.name}的{word}是哪个？")
    assert answer.found and project.implementer in answer.text
    assert "实施单位" in answer.understood


@pytest.mark.parametrize("question", [
    "魏县人社局哪些项目的指标依据用的是年度工作计划（写成2025年工作计划或2025年度工作计划的都算）",
    "魏县人社局哪些项目的依据采用的是年度工作计划",
])
def test_a_basis_said_as_what_a_target_uses(guantao_sample, question):
    queries = Queries(guantao_sample.library.facts)
    sample = {p.id for p in _projects(guantao_sample) if "人力资源" in p.department}
    expected = {r.project_id for r in queries.rows() if r.project_id in sample and "工作计划" in r.basis}
    answer = guantao_sample.ask(question)
    assert answer.found, answer.text
    assert set(answer.project_ids) == expected and expected


def test_a_basis_quoted_with_set_by_is_a_basis_not_an_actual_result(yingji):
    queries = Queries(yingji.library.facts)
    phrase = next(r.basis for r in queries.rows() if "实际完成" in r.basis and len(r.basis) <= 12)
    expected = {r.project_id for r in queries.rows() if phrase in r.basis}
    answer = yingji.ask(f"哪些项目有指标是按“{phrase}”定的")
    assert answer.found, answer.text
    assert set(answer.project_ids) == expected
    assert not yingji.ask("去年实际完成了多少").found


def test_the_departments_project_spending_total_is_the_budget(guantao_sample):
    mine = [p for p in _projects(guantao_sample) if "馆陶" in p.department]
    expected = Decimal(sum(p.fen("other") or 0 for p in mine)) / sum(p.fen("budget") for p in mine) * 100
    answer = guantao_sample.ask("馆陶应急局其他资金占项目支出总额的比例是多少")
    assert answer.found, answer.text
    assert abs(answer.value - expected) < Decimal("0.001")


@pytest.fixture(scope="module")
def four():
    docs = ROOT / "eval" / "dev" / "docs"
    return assistant_over([docs / "sifa-2025.docx", docs / "yibao-2025.pdf", docs / "shangwu-2025.doc",
                           docs / "linye-2025.txt"], prefix="bases-four-")


@pytest.mark.parametrize("question", ["四个部门预算总额折合成元是多少？", "四个部门项目支出总额折合成元是多少？",
                                      "四个部门资金总额换算成元是多少"])
def test_a_total_converted_to_yuan(four, question):
    expected = Decimal(sum(p.fen("budget") for p in _projects(four))) / 100
    answer = four.ask(question)
    assert answer.found, answer.text
    assert answer.value == expected and answer.unit == "元"


def test_a_department_named_is_not_the_previous_answer_converted(four):
    from assistant.conversation import Conversation

    conversation = Conversation()
    assert four.ask("四个部门预算总额折合成元是多少？", conversation).found
    department = next(p.department for p in _projects(four) if "司法" in p.department)
    expected = Decimal(sum(p.fen("budget") for p in _projects(four) if p.department == department)) / 100
    answer = four.ask("司法局的预算换算成元是多少", conversation)
    assert answer.found and answer.value == expected, answer.text


@pytest.fixture(scope="module")
def sample():
    return assistant_over([SAMPLE_DOCX], prefix="bases-sample-")


@pytest.mark.parametrize("question", ["除了冀财社【2024】133号这一个项目，其余项目的预算加起来是多少万元？",
                                      "除了冀财社【2024】133号这个项目，其余项目的预算加起来是多少万元？"])
def test_one_project_said_in_an_exclusion_is_not_the_one_asked(sample, question):
    from ingest.policy_refs import find_policy_refs

    queries = Queries(sample.library.facts)
    citing = {u.project_id for u in queries.uses() if any(
        r.canonical == "冀财社〔2024〕133号" for r in find_policy_refs(u.canonical))}
    named = {p.id for p in _projects(sample) if "133号" in p.name}
    left = [p for p in _projects(sample) if p.id not in citing | named]
    answer = sample.ask(question)
    assert answer.found, answer.text
    assert answer.value == Decimal(sum(p.fen("budget") for p in left)) / 1000000


@pytest.mark.parametrize(("question", "words"), [("有哪些项目是拿县长办公会议纪要当依据的？", "县长办公会议纪要"),
                                                 ("哪些项目以问卷调查作为依据", "问卷调查")])
def test_a_basis_said_as_what_is_taken_for_it(sample, question, words):
    expected = {r.project_id for r in Queries(sample.library.facts).rows() if words in r.basis}
    answer = sample.ask(question)
    assert answer.found and set(answer.project_ids) == expected and expected


def test_a_weight_asked_of_a_table_that_prints_none_is_said(sample):
    answer = sample.ask("社会保障工作经费的满意度指标分值是几分")
    assert not answer.found and "分值" in answer.text and answer.value is None


def test_carried_over_funds_where_a_table_prints_them(yingji):
    from assistant.conversation import Conversation

    carried = {pid: fen for pid, label, fen in Queries(yingji.library.facts).money_parts() if label == "上年结转"}
    answer = yingji.ask("哪些项目有上年结转资金")
    assert answer.found and set(answer.project_ids) == {pid for pid, fen in carried.items() if fen > 0}
    pid, fen = max(carried.items(), key=lambda x: x[1])
    project = next(p for p in _projects(yingji) if p.id == pid)
    conversation = Conversation()
    assert yingji.ask(f"{project.name}的预算是多少？", conversation).found
    answer = yingji.ask("它上年结转的资金有多少？", conversation)
    assert answer.found and answer.value == Decimal(fen) / 1000000


def test_a_total_over_projects_read_without_a_budget_is_not_given(tmp_path):
    """A project whose budget was not read is not silently left out of a total or a mean."""
    from assistant.service import Assistant
    from store.library import Library
    from tests.conftest import make_settings

    library = Library(make_settings(tmp_path / "store"))
    assert all(r.ok for r in library.ingest_paths([SAMPLE_DOCX]))
    with library.facts.transaction() as tx:
        tx.execute("UPDATE projects SET budget = NULL, budget_fen = NULL WHERE seq = 1")
    assistant = Assistant(library)
    for question in ("预算合计多少？", "平均每个项目预算多少万元？"):
        answer = assistant.ask(question)
        assert not answer.found and "没有读到预算数" in answer.text



@pytest.fixture(scope="module")
def cixian():
    return assistant_over([ROOT / "eval" / "dev" / "docs" / "cixian-2025.pdf"], prefix="bases-cx-")


def test_projects_without_a_plan_said_as_not_written_out(cixian):
    queries = Queries(cixian.library.facts)
    plans = queries.spending([p.id for p in _projects(cixian)])
    expected = {p.id for p in _projects(cixian) if not plans.get(p.id)}
    answer = cixian.ask("哪些项目没有写明分季度的资金支出计划？")
    assert answer.found and set(answer.project_ids) == expected and expected


@pytest.mark.parametrize("question", ["业余体校（青少年业余体育学校）负责实施的项目都有哪些？",
                                      "哪些项目是业余体校（青少年业余体育学校）负责实施的？"])
def test_a_unit_named_short_then_in_full_in_brackets(cixian, question):
    expected = {p.id for p in _projects(cixian) if p.implementer.endswith("青少年业余体育学校")}
    answer = cixian.ask(question)
    assert answer.found and set(answer.project_ids) == expected and expected


def test_a_negation_no_reader_took_is_declined(sample):
    answer = sample.ask("哪些项目没有注明资金用途")
    assert not answer.found and "没有" in answer.text
