"""Year comparisons met on a fifth department over two years (eval/dev/docs/ziran-2024/2025.docx):
«持平», «两年有没有变化», «与2024年不一样», «两年合计呢», an unstored project under a count. Expected
values come from the stored facts, projects paired across years by 项目编码."""

from __future__ import annotations

import pytest

from assistant.conversation import Conversation
from assistant.service import Assistant
from store.library import Library
from tests.conftest import ROOT, make_settings

DOCS = [ROOT / "eval" / "dev" / "docs" / f"ziran-{y}.docx" for y in (2024, 2025)]


@pytest.fixture(scope="module")
def ziran(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("ziran") / "store"))
    assert all(r.ok for r in library.ingest_paths(DOCS))
    return Assistant(library)


def by_year(assistant) -> dict[int, dict[str, object]]:
    out: dict[int, dict[str, object]] = {}
    for source in ("ziran-2024.docx", "ziran-2025.docx"):
        year = int(source[6:10])
        out[year] = {p.code: p for p in assistant.projects() if p.locator.source == source}
    return out


def satisfaction(p) -> str:
    return next(i.value.raw for i in p.indicators if "满意度" in i.level2 + i.level3)


def test_budgets_level_with_the_year_before(ziran):
    years = by_year(ziran)
    expected = {c for c, p in years[2025].items() if c in years[2024] and p.budget == years[2024][c].budget}
    answer = ziran.ask("2025年哪些项目的预算与2024年持平？")
    assert expected and set(answer.projects) == expected


def test_targets_that_differ_between_the_years(ziran):
    years = by_year(ziran)
    expected = {c for c, p in years[2025].items() if c in years[2024]
                and satisfaction(p) != satisfaction(years[2024][c])}
    answer = ziran.ask("哪些项目2025年的满意度目标与2024年不一样？")
    assert expected and set(answer.projects) == expected


def test_whether_one_target_changed_over_two_years(ziran):
    years = by_year(ziran)
    (code,) = [c for c, p in years[2025].items() if p.name.startswith("测绘地理信息")]
    answer = ziran.ask("测绘地理信息服务经费的满意度目标两年有没有变化？")
    assert satisfaction(years[2024][code]) != satisfaction(years[2025][code])
    assert answer.found and satisfaction(years[2024][code]).lstrip("≥") in answer.text


def test_both_years_added_after_one_year_asked(ziran):
    years = by_year(ziran)
    (code,) = [c for c, p in years[2025].items() if "执法监察" in p.name]
    conversation = Conversation()
    ziran.ask("2025年自然资源执法监察经费的预算是多少？", conversation)
    ziran.ask("2024年呢？", conversation)
    answer = ziran.ask("两年合计呢？", conversation)
    assert answer.value == years[2024][code].budget + years[2025][code].budget


def test_an_unstored_project_under_a_count(ziran):
    answer = ziran.ask("2024年矿产资源储量调查项目有几条绩效指标？")
    assert not answer.found and "矿产资源储量调查" in answer.text and answer.value is None


def rows_of(p) -> set[str]:
    return {i.level3 for i in p.indicators}


@pytest.mark.parametrize("question, new", [
    ("与2024年相比，2025年哪个项目新增了绩效指标？新增的是哪一项？", True),
    ("2025年哪个项目取消了2024年设置的一项绩效指标？取消的是什么指标？", False),
])
def test_rows_added_or_dropped_between_the_years(ziran, question, new):
    years = by_year(ziran)
    changed = {}
    for code, later in years[2025].items():
        if code in years[2024]:
            diff = rows_of(later) - rows_of(years[2024][code]) if new else rows_of(years[2024][code]) - rows_of(later)
            if diff:
                changed[code] = diff
    answer = ziran.ask(question)
    assert changed and set(answer.projects) == set(changed)
    assert all(name in answer.text for names in changed.values() for name in names)


def test_opposite_facts_for_two_years_are_declined(ziran):
    answer = ziran.ask("哪些项目2024年有其他资金，2025年没有其他资金？")
    assert not answer.found and answer.value is None and not answer.projects


@pytest.mark.parametrize("question, percent, largest_cut", [
    ("两年都有的项目中，哪个项目2025年预算比2024年减少的金额最多？减少了多少万元？", False, True),
    ("在两年都有的项目中，2025年预算增长幅度（百分比）最大的是哪个项目？增长了百分之几？", True, False),
])
def test_the_kept_project_that_changed_most(ziran, question, percent, largest_cut):
    years = by_year(ziran)
    kept = {c: (years[2024][c].budget, p.budget) for c, p in years[2025].items() if c in years[2024]}

    def size(c):
        before, after = kept[c]
        change = (after - before) * 100 / before if percent else after - before
        return -change if largest_cut else change

    best = max(kept, key=size)
    before, after = kept[best]
    answer = ziran.ask(question)
    assert list(answer.projects)[:1] == [best] or set(answer.projects) == {best}
    expected = (after - before) * 100 / before if percent else before - after
    assert abs(answer.value - expected) < 0.01, answer.text


def test_both_years_asked_then_the_growth_in_percent(ziran):
    years = by_year(ziran)
    (code,) = [c for c, p in years[2025].items() if p.name == "耕地保护补偿资金"]
    before, after = years[2024][code].budget, years[2025][code].budget
    answer = ziran.ask("耕地保护补偿资金2024年和2025年的预算分别是多少？增长了百分之几？")
    assert abs(answer.value - (after - before) * 100 / before) < 0.01
    assert f"{before:f}".rstrip("0").rstrip(".") in answer.text and f"{after:f}".rstrip("0").rstrip(".") in answer.text


def test_targets_unchanged_against_the_year_before(ziran):
    years = by_year(ziran)
    expected = {c for c, p in years[2025].items() if c in years[2024]
                and satisfaction(p) == satisfaction(years[2024][c])}
    answer = ziran.ask("2025年满意度目标没有变化的项目有哪些")
    assert expected and set(answer.projects) == expected


def test_both_years_totals_and_their_growth(ziran):
    years = by_year(ziran)
    before, after = (sum(p.budget for p in years[y].values()) for y in (2024, 2025))
    answer = ziran.ask("2024年和2025年的预算总额分别是多少？增长了百分之几？")
    assert abs(answer.value - (after - before) * 100 / before) < 0.01, answer.text


def test_a_department_named_is_not_a_project_it_begins(ziran):
    years = by_year(ziran)
    answer = ziran.ask("自然资源和规划局所有项目预算加起来是多少万元？")
    assert answer.value == sum(p.budget for p in years[2025].values())


def test_plans_left_blank(ziran):
    years = by_year(ziran)
    expected = {c for c, p in years[2025].items() if not any(s.percent is not None for s in p.spending_plan)}
    answer = ziran.ask("2025年哪些项目的资金支出计划是空着没填的？")
    assert expected and set(answer.projects) == expected


def test_projects_one_year_had_and_the_next_had_not(ziran):
    years = by_year(ziran)
    expected = set(years[2024]) - set(years[2025])
    answer = ziran.ask("有哪些项目2024年有、2025年的表里已经没有了？")
    assert expected and set(answer.projects) == expected


@pytest.mark.parametrize("question, new", [("地质灾害防治资金2025年的指标里，比2024年多加了哪一条？", True),
                                           ("土地整治及耕地占补平衡项目2025年删掉了哪个指标？", False)])
def test_a_row_added_or_removed_said_loosely(ziran, question, new):
    years = by_year(ziran)
    word = "地质灾害" if new else "土地整治"
    (code,) = [c for c, p in years[2025].items() if word in p.name]
    diff = rows_of(years[2025][code]) - rows_of(years[2024][code]) if new else \
        rows_of(years[2024][code]) - rows_of(years[2025][code])
    answer = ziran.ask(question)
    assert diff and all(name in answer.text for name in diff) and set(answer.projects) == {code}


def test_money_per_square_kilometre(ziran):
    from decimal import Decimal

    (project,) = [p for p in by_year(ziran)[2025].values() if p.name.startswith("实景三维")]
    (row,) = [i for i in project.indicators if i.level3 == "地形级实景三维覆盖面积"]
    assert row.value.unit == "平方公里"
    conversation = Conversation()
    ziran.ask("实景三维魏县建设项目预算多少？", conversation)
    answer = ziran.ask("按地形级实景三维覆盖面积算，每平方公里合多少万元？", conversation)
    assert abs(answer.value - project.budget / row.value.number) < Decimal("0.001")


def test_the_previous_row_compared_with_the_year_before(ziran):
    years = by_year(ziran)
    (code,) = [c for c, p in years[2025].items() if "林长制" in p.name]

    def area(p):
        return next(i.value.number for i in p.indicators if i.level3 == "新增造林面积")

    conversation = Conversation()
    ziran.ask("2025年林长制及造林绿化资金的新增造林面积目标是多少？", conversation)
    answer = ziran.ask("比2024年的目标多了多少亩？", conversation)
    assert answer.value == area(years[2025][code]) - area(years[2024][code]) and len(answer.citations) <= 2


def test_a_row_named_with_a_de_between_its_words(ziran):
    years = by_year(ziran)
    (code,) = [c for c, p in years[2025].items() if p.name.startswith("不动产登记")]

    def days(p):
        return next(i.value.number for i in p.indicators if i.level3 == "一般登记办结时限")

    answer = ziran.ask("不动产登记一般登记的办结时限，2025年比2024年缩短了几个工作日？")
    assert abs(answer.value) == days(years[2024][code]) - days(years[2025][code])


def test_a_row_removed_asked_with_quzhe(ziran):
    years = by_year(ziran)
    (code,) = [c for c, p in years[2025].items() if p.name.startswith("土地整治")]
    gone = rows_of(years[2024][code]) - rows_of(years[2025][code])
    answer = ziran.ask("土地整治及耕地占补平衡项目今年比上年去掉了哪条指标？")
    assert gone and all(name in answer.text for name in gone)


def test_both_years_of_one_project_added(ziran):
    years = by_year(ziran)
    code = next(c for c in years[2025] if c in years[2024])
    name = years[2025][code].name
    answer = ziran.ask(f"{name}两年一共安排了多少钱？")
    assert answer.value == years[2024][code].budget + years[2025][code].budget


def test_or_before_a_header_fact_said_negatively(ziran):
    """«预算不到100万元或者没填资金支出计划的»: either, not both."""
    years = by_year(ziran)
    expected = {c for c, p in years[2025].items()
                if p.budget < 100 or not any(s.percent is not None for s in p.spending_plan)}
    answer = ziran.ask("2025年预算不到100万元或者没填资金支出计划的项目有哪些？")
    assert expected and set(answer.projects) == expected


def test_a_planned_percentage_asked_as_a_proportion(ziran):
    years = by_year(ziran)
    p = next(p for p in years[2025].values() if any(s.month == 6 and s.percent is not None for s in p.spending_plan))
    percent = next(s.percent for s in p.spending_plan if s.month == 6)
    answer = ziran.ask(f"{p.name}2025年到6月底计划支出多少比例？")
    assert answer.value == percent
