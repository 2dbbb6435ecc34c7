"""Wordings met on a seventh department in another region's layout (eval/dev/docs/zhujian-2025.docx,
the .docx its disclosure PDF was printed from): money per unit asked in another unit, a count from
the question at a rate the table states, a plan named «资金支出进度计划», a department asked after one
project, and a header field the store does not keep. Expected values come from the stored facts."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over

DOCX = ROOT / "eval" / "dev" / "docs" / "zhujian-2025.docx"


def _assistant(paths) -> Assistant:
    return assistant_over(paths, prefix="zhujian-")


@pytest.fixture(scope="module")
def zhujian() -> Assistant:
    return _assistant([DOCX])


@pytest.fixture(scope="module")
def with_sample() -> Assistant:
    return _assistant([DOCX, SAMPLE_DOCX])


def project(assistant, start: str):
    (p,) = [p for p in assistant.projects() if p.name.startswith(start)]
    return p


def test_a_rate_asked_in_another_money_unit(zhujian):
    """«每户最多补助多少万元» of «每户补助不超过2万元» and «…多少元»: the rate in the unit asked."""
    p = project(zhujian, "农村危房改造")
    (rate,) = [i for i in p.indicators if i.value.unit == "万元/户"]
    assert zhujian.ask("危房改造每户补助标准是多少元？").value == rate.value.number * 10000


@pytest.mark.parametrize(("question", "start", "per", "count"), [
    ("如果危房改造增加到220户，按每户补助上限测算需要多少万元？", "农村危房改造", "户", 220),
    ("污水处理量按730万吨、每吨服务费按上限算，全年服务费最多多少万元？", "县城污水处理", "吨", 7300000),
])
def test_a_count_from_the_question_at_a_rate_of_the_table(zhujian, question, start, per, count):
    p = project(zhujian, start)
    (rate,) = [i for i in p.indicators if i.value.unit and i.value.unit.endswith("/" + per)]
    yuan = rate.value.number * (10000 if rate.value.unit.startswith("万元") else 1)
    answer = zhujian.ask(question)
    assert answer.found and answer.value == yuan * count / 10000


def test_money_per_page(zhujian):
    p = project(zhujian, "城市建设档案")
    (pages,) = [i for i in p.indicators if i.value.base_unit == "页"]
    answer = zhujian.ask("城建档案数字化经费折合每页多少元？")
    assert float(answer.value) == pytest.approx(float(p.budget * 10000 / pages.value.normalized), rel=1e-3)


def test_projects_with_a_plan_named_another_way(zhujian):
    expected = {p.code for p in zhujian.projects() if p.spending_plan}
    answer = zhujian.ask("哪些项目编了资金支出进度计划？")
    assert 0 < len(expected) < len(zhujian.projects()) and set(answer.projects) == expected


def test_projects_counted_by_their_implementing_unit(zhujian):
    """«实施单位是县城市管理服务中心的项目有几个»: the 实施单位 printed in the header (it used to be
    said not kept)."""
    from store.queries import Queries

    rows = [p for p in Queries(zhujian.library.facts).projects() if "城市管理服务中心" in p.implementer]
    answer = zhujian.ask("实施单位是县城市管理服务中心的项目有几个")
    assert rows and answer.found and answer.value == len(rows)


def test_projects_counted_by_a_printed_type(zhujian):
    """«项目类型是特定目标类的项目有几个»: the 项目类型 printed in the header (it used to be said
    not kept)."""
    from store.queries import Queries

    rows = [p for p in Queries(zhujian.library.facts).projects()
            if any(label == "项目类型" and "特定目标" in value for label, value in p.attributes)]
    answer = zhujian.ask("项目类型是特定目标类的项目有几个")
    assert rows and answer.found and answer.value == len(rows)


def test_a_header_field_the_tables_do_not_have_is_said_so(zhujian):
    answer = zhujian.ask("城市燃气管道老化更新改造项目的项目负责人是谁")
    assert not answer.found and "负责人" in answer.text


def test_which_department_a_project_belongs_to(with_sample):
    p = project(with_sample, "城市建设档案")
    answer = with_sample.ask("城市建设档案数字化经费归哪个局？")
    assert answer.found and p.department in answer.text


def test_that_department_after_one_of_its_projects(with_sample):
    p = project(with_sample, "城市燃气管道")
    conversation = Conversation()
    with_sample.ask("城市燃气管道老化更新改造项目是哪个部门的？", conversation)
    answer = with_sample.ask("这个部门的项目资金一共多少万元？", conversation)
    assert answer.value == sum(x.budget for x in with_sample.projects() if x.department == p.department)
