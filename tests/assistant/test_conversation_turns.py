"""Turns of conversation met in probe v48: the next place after the highest («那第二个呢»), the
documents of the previous answer asked again («这个文件还有哪些项目引用了»), a correction («不对，
我是说…»), «其中X占多少比例» of a total just answered, a field's share of the whole department
(«占全局预算的比例»), the highest of a list just given, another year of it, projects new that year,
«还有哪些项目» leaving out the one discussed, and «三季度末» read at the plan's third checkpoint.
Expected values come from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over

OTHER_DOCX = ROOT / "tests" / "data" / "other-department.docx"
COUNTY = sorted((ROOT / "tests" / "data" / "county").glob("*.docx"))
WEIJIAN = ROOT / "eval" / "dev" / "docs" / "weijian-2025.docx"
WAN = Decimal(1000000)


@pytest.fixture(scope="module")
def both() -> Assistant:
    return assistant_over([SAMPLE_DOCX, OTHER_DOCX], prefix="turns-both-")


@pytest.fixture(scope="module")
def county() -> Assistant:
    return assistant_over(COUNTY, prefix="turns-county-")


@pytest.fixture(scope="module")
def weijian() -> Assistant:
    return assistant_over([WEIJIAN], prefix="turns-weijian-")


def projects(assistant):
    return Queries(assistant.library.facts).projects()


def talk(assistant, *questions):
    conversation = Conversation()
    return [assistant.ask(q, conversation) for q in questions]


@pytest.mark.parametrize(("asked", "place"), [("那第二个呢？", 2), ("第三名是哪个", 3)])
def test_the_next_place_after_the_highest(both, asked, place):
    ranked = sorted((p for p in projects(both) if "人力资源" in p.department), key=lambda p: -p.budget_fen)
    _, answer = talk(both, "人社局预算最多的是哪个项目？", asked)
    assert answer.found and list(answer.projects) == [ranked[place - 1].code], answer.understood


def test_the_documents_of_the_previous_answer(both):
    first, answer = talk(both, "基层农技推广体系改革与建设补助项目的主推技术到位率依据的是什么文件？",
                         "这个文件还有哪些项目引用了？")
    (row,) = [r for r in Queries(both.library.facts).rows() if r.level3 == "主推技术到位率"]
    citing = {r.project_id for r in Queries(both.library.facts).rows() if "农办计财" in r.basis and "12号" in r.basis}
    expected = {p.code for p in projects(both) if p.id in citing and p.id != row.project_id}
    assert first.found and answer.found and set(answer.projects) == expected, answer.understood


def test_documents_asked_again_when_the_answer_cited_none(both):
    _, answer = talk(both, "劳务派遣人员工资的满意度目标是多少", "这个文件还有哪些项目引用了？")
    assert not answer.found


def test_a_correction(both):
    (p,) = [p for p in projects(both) if p.name.endswith("创业扶持资金")]
    _, answer = talk(both, "创业贷款贴息资金的满意度目标是多少？", "不对，我是说创业扶持资金")
    assert answer.found and list(answer.projects) == [p.code]


def test_a_department_share_of_the_total_just_answered(both):
    everyone = projects(both)
    linzhang = sum(p.budget_fen for p in everyone if "临漳" in p.department)
    _, answer = talk(both, "两个局一共安排了多少预算？", "其中临漳农业农村局占多少比例？")
    expected = Decimal(linzhang) * 100 / sum(p.budget_fen for p in everyone)
    assert answer.found and abs(answer.value - expected) < Decimal("0.01"), answer.understood


def test_a_field_as_a_share_of_the_department(weijian):
    everyone = projects(weijian)
    part = sum(fen for p in everyone for label, fen in p.parts if label == "上级补助")
    _, answer = talk(weijian, "卫健局所有项目的上级补助一共多少？", "占全局预算的比例是多少？")
    expected = Decimal(part) * 100 / sum(p.budget_fen for p in everyone)
    assert answer.found and abs(answer.value - expected) < Decimal("0.01"), answer.understood


def test_the_highest_of_a_list_and_another_year(county):
    def top(year):
        chosen = [p for p in projects(county) if "卫生健康" in p.department and p.year == year]
        return max(chosen, key=lambda p: p.budget_fen).code
    _, highest, before = talk(county, "卫健局2024年有哪些项目？", "预算最多的是哪个？", "那2023年呢？")
    assert highest.found and list(highest.projects) == [top(2024)], highest.understood
    assert before.found and list(before.projects) == [top(2023)], before.understood


def test_projects_new_in_the_next_year(county):
    def named(year):
        return {p.code for p in projects(county) if "卫生健康" in p.department and p.year == year}
    _, answer = talk(county, "卫健局2023年有哪些项目？", "那到2024年新增了哪些？")
    assert answer.found and set(answer.projects) == named(2024) - named(2023), answer.understood


def test_other_projects_citing_a_document(weijian):
    citing = {r.project_id for r in Queries(weijian.library.facts).rows() if "邯卫疾控〔2024〕15号" in r.basis}
    (first,) = [p for p in projects(weijian) if p.name.startswith("重大传染病")]
    _, answer = talk(weijian, "重大传染病防控经费依据哪些文件？", "其中邯卫疾控〔2024〕15号还有哪些项目引用了？")
    expected = {p.code for p in projects(weijian) if p.id in citing and p.id != first.id}
    assert answer.found and set(answer.projects) == expected


@pytest.mark.parametrize("asked", ["到三季度末计划花多少？", "前三季度计划累计支出多少万元"])
def test_a_quarter_end_read_at_the_third_checkpoint(both, asked):
    """The sample prints 3月底, 6月底, 10月底, 12月底: «三季度末» reads the third, and says so."""
    (p,) = [p for p in projects(both) if p.name == "劳务派遣人员工资"]
    points = {s.month: s.percent for s in Queries(both.library.facts).spending([p.id])[p.id]}
    assert 9 not in points and 10 in points
    _, answer = talk(both, "劳务派遣人员工资预算是多少？", asked)
    assert answer.found and answer.value == Decimal(p.budget_fen) * points[10] / 100 / WAN
    assert "10月底" in answer.text
