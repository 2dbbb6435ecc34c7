"""Wordings met on the probe over six stores: a direction kept when a later sentence says
«变动»; «把…刨掉»; a count of something that is not a project («完成多少项重点任务»); a described
project the store does not hold. Expected values come from the stored facts."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from store.library import Library
from tests.conftest import ROOT, make_settings

COUNTY = sorted((ROOT / "tests" / "data" / "county").glob("*.docx"))
MINZHENG = ROOT / "eval" / "dev" / "docs" / "minzheng-2025.docx"


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("county") / "store"))
    assert all(r.ok for r in library.ingest_paths(COUNTY + [MINZHENG]))
    return Assistant(library)


def of(assistant, department: str, year: int):
    return {p.code: p for p in assistant.projects() if p.department == department and str(year) in p.locator.source}


def test_a_direction_is_not_undone_by_a_later_sentence(county):
    before, after = of(county, "魏县教育局", 2023), of(county, "魏县教育局", 2024)
    expected = {c for c, p in after.items() if c in before and p.budget < before[c].budget}
    answer = county.ask("教育局2024年预算比2023年少了的项目都有哪些？我要写个预算变动情况说明。")
    assert expected and set(answer.projects) == expected


def test_a_project_taken_away_with_ba(county):
    projects = of(county, "魏县卫生健康局", 2024)
    kept = sorted((p for p in projects.values() if "计划生育家庭扶助" not in p.name),
                  key=lambda p: p.budget, reverse=True)
    answer = county.ask("卫健局2024年的项目里，把计划生育家庭扶助那个大头刨掉，剩下的资金总额最大的两个是哪两个？")
    assert set(answer.projects) == {p.code for p in kept[:2]}


def test_a_count_of_something_else_is_not_a_count_of_projects(county):
    answer = county.ask("教育局2024年部门整体目标里说全年计划完成多少项重点任务？")
    assert answer.value != len(of(county, "魏县教育局", 2024)) and "项目个数" not in answer.understood


def test_a_description_no_project_holds(county):
    answer = county.ask("民政局给退役军人发放优抚金的项目预算是多少？")
    assert not answer.found and not answer.projects


def test_a_second_ask_is_not_dropped(county):
    answer = county.ask("民政局这份绩效目标一共报了几个项目、多少条绩效指标？")
    assert not answer.found and "多少条" in answer.text and answer.value is None


def test_where_other_funds_come_from_is_read_in_the_use_of_funds(county):
    (project,) = [p for p in county.projects() if p.name == "特困人员救助供养资金"]
    answer = county.ask("特困人员救助供养资金里那160万元其他资金是从哪来的？")
    assert answer.found and project.use in answer.text.replace("\n", "")


def test_the_previous_amount_in_another_unit(county):
    from assistant.conversation import Conversation

    (project,) = [p for p in county.projects() if p.name == "特困人员救助供养资金"]
    conversation = Conversation()
    county.ask("特困人员救助供养资金的预算是多少？", conversation)
    answer = county.ask("帮我换算成元，我这边的台账是按元记的。", conversation)
    assert answer.value == project.budget * 10000 and "元" in answer.text


@pytest.mark.parametrize("question", ["社会保障工作经费的预算换算成元是多少", "社会保障工作经费预算用元表示是多少"])
def test_an_amount_asked_in_yuan(assistant, question):
    (project,) = [p for p in assistant.projects() if p.name == "社会保障工作经费"]
    answer = assistant.ask(question)
    assert answer.value == project.budget * 10000


def test_what_the_asker_is_doing_is_not_a_check_request(tmp_path):
    from tests.conftest import SAMPLE_DOCX

    library = Library(make_settings(tmp_path / "store"))
    library.ingest_paths([SAMPLE_DOCX, ROOT / "tests" / "data" / "other-department.docx"])
    both = Assistant(library)
    expected = {p.code for p in both.projects() if not any("社会效益" in i.level2 for i in p.indicators)}
    answer = both.ask("我在核对效益指标，哪些项目没有设置社会效益指标？")
    assert expected and set(answer.projects) == expected


@pytest.mark.parametrize("question", ["2024年有哪些项目只设了产出指标，效益和满意度指标都没有？",
                                      "时效指标里写了具体完成日期的，哪个项目的期限最早？"])
def test_an_only_or_an_earliest_not_read_is_declined(county, question):
    answer = county.ask(question)
    assert not answer.found and not answer.projects


def test_these_new_projects_after_the_new_ones(county):
    from assistant.conversation import Conversation

    before, after = of(county, "魏县卫生健康局", 2023), of(county, "魏县卫生健康局", 2024)
    new = [p for c, p in after.items() if c not in before]
    conversation = Conversation()
    county.ask("卫健局2024年有哪些新项目？", conversation)
    answer = county.ask("这几个新项目的预算合计多少万元？", conversation)
    assert new and answer.value == sum(p.budget for p in new)


def test_a_share_of_both_departments_in_the_latest_year(county):
    health, education = (sum(p.budget for p in of(county, d, 2024).values()) for d in ("魏县卫生健康局", "魏县教育局"))
    answer = county.ask("卫生健康局的项目预算占两个局合计的比重是多少？")
    assert abs(answer.value - health * 100 / (health + education)) < 0.01


@pytest.mark.parametrize("question, department, up, bound", [
    ("两个局里，预算比上年增长超过10%的项目有哪些？", None, True, 10),
    ("教育局预算比上年下降超过5%的项目有哪些", "魏县教育局", False, 5),
])
def test_a_rate_of_change_beyond_a_bound(county, question, department, up, bound):
    expected = set()
    for d in ("魏县教育局", "魏县卫生健康局"):
        if department and d != department:
            continue
        before, after = of(county, d, 2023), of(county, d, 2024)
        for c, p in after.items():
            if c in before:
                rate = (p.budget - before[c].budget) * 100 / before[c].budget
                if (rate > bound) if up else (-rate > bound):
                    expected.add(c)
    answer = county.ask(question)
    assert expected and set(answer.projects) == expected


def test_the_reference_year_said_alone(county):
    before, after = of(county, "魏县教育局", 2023), of(county, "魏县教育局", 2024)
    (code,) = [c for c, p in after.items() if p.name == "学生资助县级配套资金"]
    lowered = {i.level3 for i in after[code].indicators for j in before[code].indicators
               if i.level3 == j.level3 and i.value.number is not None and j.value.number is not None
               and i.value.number < j.value.number}
    answer = county.ask("学生资助县级配套资金有哪些指标的目标值比2023年调低了？")
    assert lowered and all(name in answer.text for name in lowered)


def test_one_kind_alone_within_another(county):
    projects = of(county, "魏县教育局", 2024) | of(county, "魏县卫生健康局", 2024)

    def only_economic(p):
        benefit = [i for i in p.indicators if "效益" in i.level1]
        return benefit and all("经济效益" in i.level2 for i in benefit)

    expected = {c for c, p in projects.items() if only_economic(p)}
    answer = county.ask("2024年效益指标只设了经济效益指标的项目有哪些？")
    assert expected and set(answer.projects) == expected
