"""Wordings met on a department whose header and indicators share one table per project
(eval/heldout/docs/jiaotong-2025.docx, held-out v4's document: v4 was scored once, then read as a
development set). Words that would narrow the projects and were not read; a short name said before
«项目»; a reference looked for in names too; a year said before the department. Expected values
come from the stored facts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from store.library import Library
from tests.conftest import ROOT, SAMPLE_DOCX, assistant_over, make_settings

DOCX = ROOT / "eval" / "heldout" / "docs" / "jiaotong-2025.docx"


def _assistant(paths) -> Assistant:
    return assistant_over(paths, prefix="jiaotong-")


@pytest.fixture(scope="module")
def jiaotong() -> Assistant:
    return _assistant([DOCX])


@pytest.fixture(scope="module")
def with_sample() -> Assistant:
    return _assistant([DOCX, SAMPLE_DOCX])


def project(assistant, words: str):
    (p,) = [p for p in assistant.projects() if words in p.name]
    return p


@pytest.mark.parametrize("question", [
    "桥梁加固类项目的预算合计多少万元？",
    "哪些属于信息化建设的项目？预算各多少",
    "冬季除雪项目一共几个？",
    "养护科负责的项目合计多少钱？",
])
def test_words_that_would_narrow_the_projects_are_not_dropped(jiaotong, question):
    """A kind of project no reader knows is not the whole store: the sum of every project
    would answer another question."""
    answer = jiaotong.ask(question)
    assert not answer.found and not answer.projects


@pytest.mark.parametrize("question", [
    "全部项目的预算合计多少万元？",
    "这份文件里所有项目加起来多少万元？",
    "平均下来每个项目的预算是多少万元？",
])
def test_words_for_how_many_projects_still_answer(jiaotong, question):
    budgets = [p.budget * (Decimal(1) if p.unit == "万元" else Decimal("0.0001")) for p in jiaotong.projects()]
    answer = jiaotong.ask(question)
    total = sum(budgets)
    assert answer.found and answer.value in (total, total / len(budgets))


def test_three_characters_of_one_name_before_project(jiaotong):
    """«大中修项目» names the one project whose name holds «大中修»."""
    p = project(jiaotong, "大中修")
    june = next(s.percent for s in p.spending_plan if s.month == 6)
    answer = jiaotong.ask("大中修项目到6月底计划支出多少万元？")
    assert answer.found and list(answer.projects) == [p.code]
    assert answer.value == p.budget * june / 100


@pytest.mark.parametrize(("question", "with_names"), [
    ("名称或指标依据里出现冀财社文号的项目有哪些？", True),
    ("指标依据里引用了冀财社文件的项目有哪些？（看依据栏，不看项目名称）", False),
])
def test_a_reference_in_the_name_counts_when_the_name_is_asked(with_sample, question, with_names):
    expected = {p.code for p in with_sample.projects()
                if any("冀财社" in i.basis for i in p.indicators) or (with_names and "冀财社" in p.name)}
    assert expected != {p.code for p in with_sample.projects() if any("冀财社" in i.basis for i in p.indicators)} \
        or not with_names
    answer = with_sample.ask(question)
    assert answer.found and set(answer.projects) == expected


def test_a_year_before_the_department_and_a_month(tmp_path):
    """«2023年卫健局6月底…»: the year is the scope's, not the date's."""
    from store.queries import Queries

    library = Library(make_settings(tmp_path / "store"))
    library.ingest_paths(sorted((ROOT / "tests" / "data" / "county").glob("*.docx")))
    queries = Queries(library.facts)
    year = min(queries.years())  # not the latest, which an unnamed year would default to
    rows = [p for p in queries.projects() if "卫生健康" in p.department and p.year == year]
    plans = queries.spending([p.id for p in rows])
    expected = {p.code for p in rows if any(
        s.month == 6 and s.percent is not None and s.percent >= 60 for s in plans.get(p.id, ()))}
    answer = Assistant(library).ask(f"{year}年卫健局6月底计划支出比例达到60%的项目有哪些？")
    assert answer.found, answer.text
    assert f"{year}年" in answer.understood and "未指明年度" not in answer.understood
    assert expected and set(answer.projects) == expected


@pytest.mark.parametrize(("question", "part", "whole", "holds"), [
    ("财政拨款不到资金总额八成的项目有哪些？", "fiscal", "budget", lambda share: share < 80),
    ("财政拨款不足资金总额80%的项目有哪些？", "fiscal", "budget", lambda share: share < 80),
    ("其他资金超过资金总额的20%的项目有哪些？", "other", "budget", lambda share: share > 20),
    ("财政拨款低于资金总额的九成的项目有几个？", "fiscal", "budget", lambda share: share < 90),
])
def test_one_money_field_against_a_fraction_of_another(jiaotong, question, part, whole, holds):
    """«A不到B八成» is a ratio within each project, not a share of the store's total."""
    from store.queries import Queries

    rows = Queries(jiaotong.library.facts).projects()
    expected = {p.code for p in rows if p.fen(whole) and holds(Decimal(p.fen(part) or 0) * 100 / p.fen(whole))}
    answer = jiaotong.ask(question)
    assert expected and len(expected) < len(rows)
    assert answer.found and set(answer.projects) == expected, answer.understood
    if "几个" in question:
        assert answer.value == len(expected)


def test_largest_less_smallest_is_a_difference(with_sample):
    """«预算最多的项目比最少的多多少»: said as a difference in money, not as «…倍»."""
    from store.queries import Queries

    rows = [p for p in Queries(with_sample.library.facts).projects() if "人力资源" in p.department]
    fen = [p.budget_fen for p in rows]
    answer = with_sample.ask("人社局预算最多的项目比最少的项目多多少钱？")
    assert answer.found and answer.value == Decimal(max(fen) - min(fen)) / 1000000
    assert "倍" not in answer.text and "相差" in answer.text


def test_each_extreme_of_its_own_department_is_taken(with_sample):
    """The largest of one department less the smallest of another (not the spread of both)."""
    from store.queries import Queries

    rows = Queries(with_sample.library.facts).projects()
    most = max(p.budget_fen for p in rows if "交通" in p.department)
    least = min(p.budget_fen for p in rows if "人力资源" in p.department)
    answer = with_sample.ask("交通局预算最多的项目比人社局预算最少的项目多多少钱？")
    assert answer.found and answer.value == Decimal(most - least) / 1000000


@pytest.fixture(scope="module")
def other() -> Assistant:
    return _assistant([ROOT / "tests" / "data" / "other-department.docx"])


def test_a_rate_times_the_projects_own_count(jiaotong):
    """«按每公里年度养护成本上限乘以养护里程»: the money row per 公里 times the row counted in 公里."""
    p = project(jiaotong, "日常养护")
    (rate,) = [i for i in p.indicators if "每公里" in i.level3 and i.value.number is not None]
    (length,) = [i for i in p.indicators if i.value.unit == "公里"]
    answer = jiaotong.ask("农村公路日常养护按每公里年度养护成本上限乘以养护里程，算出来是多少万元？")
    assert answer.found and answer.value == rate.value.number * length.value.number
    assert length.level3 in answer.text and rate.level3 in answer.text  # both rows cited


def test_a_rate_stated_in_the_use_of_funds(other):
    """«补贴标准为每亩60元» in 资金用途, times the row counted in 亩."""
    import re

    p = project(other, "耕地地力")
    per_mu = Decimal(re.search(r"每亩(\d+)元", p.use).group(1))
    (area,) = [i for i in p.indicators if (i.value.unit or "").endswith("亩")]
    mu = area.value.number * (10000 if area.value.unit == "万亩" else 1)
    answer = other.ask("耕地地力保护补贴按每亩标准乘以补贴面积，算出来是多少万元？")
    assert answer.found and answer.value == per_mu * mu / 10000


@pytest.mark.parametrize("question", [
    "农村公路日常养护的预算乘以2是多少？",
    "日常养护的预算除以养护里程，每公里多少钱乘以三？",
])
def test_a_multiplication_not_made_is_not_answered_with_one_figure(jiaotong, question):
    answer = jiaotong.ask(question)
    assert not answer.found or "×" in answer.understood or "÷" in answer.understood


def test_a_source_of_money_not_kept_apart_is_declined(jiaotong):
    """«政府性基金占百分之多少»: the tables keep 财政拨款 and 其他资金, not this; not the share of
    the project in the store."""
    answer = jiaotong.ask("农村公路日常养护经费的资金里，政府性基金占百分之多少？")
    assert not answer.found and "政府性基金" in answer.text


def test_the_share_ranked_is_of_the_field_before_zhan(other):
    """«有其他资金的项目中，其他资金占资金总额比例最高的是哪个»: the filter's field is also the part."""
    from store.queries import Queries

    rows = [p for p in Queries(other.library.facts).projects() if p.fen("other")]
    best = max(rows, key=lambda p: Decimal(p.fen("other")) / p.fen("budget"))
    for question in ("有其他资金的项目中，其他资金占资金总额比例最高的是哪个？占多少？",
                     "带其他资金的项目里，其他资金占资金总额比重最高的是哪个？比重是多少？"):
        answer = other.ask(question)
        assert answer.found and list(answer.projects) == [best.code], question
        assert abs(answer.value - Decimal(best.fen("other")) * 100 / best.fen("budget")) < Decimal("0.01")


def _by_unit(assistant, words):
    from store.queries import Queries

    return [p for p in Queries(assistant.library.facts).projects() if words in p.implementer]


@pytest.mark.parametrize(("question", "words"), [
    ("道路运输服务中心实施的项目合计多少钱？", "道路运输服务中心"),
    ("执法大队的项目总共多少钱？", "执法大队"),
    ("由公路建设养护中心负责实施的项目，预算一共多少？", "公路建设养护中心"),
])
def test_projects_of_an_implementing_unit(jiaotong, question, words):
    """«…实施的项目»: the 实施单位 printed in the header, matched by the end of its name."""
    rows = _by_unit(jiaotong, words)
    answer = jiaotong.ask(question)
    assert rows and answer.found and set(answer.projects) == {p.code for p in rows}
    assert answer.value == Decimal(sum(p.budget_fen for p in rows)) / 1000000
    assert "实施单位" in answer.understood


def test_every_project_but_those_of_a_unit(jiaotong):
    from store.queries import Queries

    left = {p.code for p in _by_unit(jiaotong, "执法大队")}
    rest = [p for p in Queries(jiaotong.library.facts).projects() if p.code not in left]
    answer = jiaotong.ask("除了执法大队的项目，其余项目资金合计多少？")
    assert answer.found and answer.value == Decimal(sum(p.budget_fen for p in rest)) / 1000000


def test_the_unit_of_a_project_asked(jiaotong):
    from store.queries import Queries

    (p,) = [p for p in Queries(jiaotong.library.facts).projects() if "超限超载" in p.name]
    answer = jiaotong.ask("公路超限超载治理经费具体是哪个单位在实施？")
    assert answer.found and p.implementer and p.implementer in answer.text
    follow = Conversation()
    jiaotong.ask("公路超限超载治理经费的预算是多少？", follow)
    assert p.implementer in jiaotong.ask("它由哪个单位实施？", follow).text


def test_a_department_is_not_read_as_its_own_unit(jiaotong):
    """«交通运输局的项目» is the department's every project, not those of «交通运输局（本级）»."""
    answer = jiaotong.ask("交通运输局的项目预算合计多少？")
    assert answer.found and len(answer.projects) == len(jiaotong.projects())


def test_no_unit_printed_is_said(with_sample):
    """The sample prints no 实施单位: a question on it is declined, not answered by department."""
    answer = with_sample.ask("城乡居民基本养老保险是哪个单位实施的？")
    assert not answer.found and "实施单位" in answer.text


def test_a_count_of_something_no_paragraph_mentions(other):
    """«有多少在编人员»: staffing is in no table and no paragraph; a passage is no answer."""
    answer = other.ask("临漳县农业农村局现在有多少在编人员？")
    assert not answer.found and "在编人员" in answer.text


def test_a_rate_asked_beside_a_total_is_not_dropped(other):
    """«每亩补多少、总共多少万元»: the total alone would leave the rate asked unanswered."""
    answer = other.ask("给种地农民按实际种植面积发钱的那个项目，每亩补多少、总共多少万元？")
    assert not answer.found or "60" in answer.text


def test_the_unit_and_the_amount_asked_together(jiaotong):
    from store.queries import Queries

    (p,) = [p for p in Queries(jiaotong.library.facts).projects() if p.unit == "元"]
    answer = jiaotong.ask(f"{p.name}由哪个单位实施？折合多少万元？")
    assert answer.found and p.implementer in answer.text
    assert answer.value == Decimal(p.budget_fen) / 1000000
