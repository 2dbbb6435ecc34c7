"""Years compared, on two generated departments over two years (`tests/data/county`, written by
`eval.generator`). Every expected value is computed here from the generator's own records
(`eval.generator.documents`), not from what the reader or the assistant made of the files."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from assistant.conversation import Conversation
from assistant.planner import plan_question
from assistant.service import Assistant
from eval.generator import documents
from store.library import Library
from tests.conftest import ROOT, SAMPLE_DOCX, make_settings

COUNTY = ROOT / "tests" / "data" / "county"
D = Decimal
EDU, HEALTH = "魏县教育局", "魏县卫生健康局"


@pytest.fixture(scope="module")
def truth():
    """(department, year) → the generated projects, as the generator wrote them."""
    return {(d.department, d.year): d.projects for d in documents(departments=3, years=2)
            if d.department in (EDU, HEALTH)}


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Assistant:
    library = Library(make_settings(tmp_path_factory.mktemp("county") / "store"))
    reports = library.ingest_paths(sorted(COUNTY.glob("*.docx")))
    assert [r.status for r in reports] == ["ingested"] * 4
    return Assistant(library)


def total(projects) -> D:
    return sum((D(p.budget) for p in projects), D(0))


def plain(name: str) -> str:
    return re.sub(r"20\d\d年", "", name)


def successor(projects, p):
    """The generated project of another year that is the same project: same code, else name."""
    return next((q for q in projects if q.code == p.code), None) or next(
        (q for q in projects if plain(q.name) == plain(p.name)), None)


def ask(assistant, question, conversation=None):
    answer = assistant.ask(question, conversation)
    assert answer.understood.startswith("理解为"), answer.understood
    return answer


@pytest.mark.parametrize("question", [
    "教育局2024年比2023年预算增加了多少？",
    "教育局今年预算比上年增加了多少万元？",
    "与2023年相比，2024年教育局的预算变化了多少？",
    "魏县教育局预算同比增减多少？",
])
def test_a_department_total_against_the_year_before(county, truth, question):
    expected = total(truth[EDU, 2024]) - total(truth[EDU, 2023])
    answer = ask(county, question)
    assert answer.found and answer.value == expected, answer.text
    assert "2024年" in answer.text and "2023年" in answer.text
    assert {c.source for c in answer.citations} == {"jiaoyu-2023.docx", "jiaoyu-2024.docx"}


def test_a_decrease_asked_as_an_increase_is_negative_and_said_so(county, truth):
    p = next(p for p in truth[EDU, 2024] if "学生资助" in p.name)
    before = successor(truth[EDU, 2023], p)
    delta = D(p.budget) - D(before.budget)
    answer = ask(county, "学生资助县级配套资金2024年比2023年多多少？")
    assert answer.value == delta and answer.projects == (p.code,)
    assert ("减少" if delta < 0 else "增加") in answer.text.splitlines()[0]


def test_growth_as_a_percentage(county, truth):
    after, before = total(truth[HEALTH, 2024]), total(truth[HEALTH, 2023])
    answer = ask(county, "卫生健康局预算比去年增长了百分之几？")
    assert answer.unit == "%"
    assert round(answer.value, 2) == round((after - before) * 100 / before, 2)


def test_each_department_and_their_sum(county, truth):
    answer = ask(county, "各部门预算比上年增加了多少？")
    for department in (EDU, HEALTH):
        delta = total(truth[department, 2024]) - total(truth[department, 2023])
        line = next(line for line in answer.text.splitlines() if line.startswith(department))
        assert f"{abs(delta):f}".rstrip("0").rstrip(".") in line
    both = sum(total(truth[d, 2024]) - total(truth[d, 2023]) for d in (EDU, HEALTH))
    assert answer.value == both


@pytest.mark.parametrize("question, way", [
    ("教育局哪些项目的预算比上年减少了？", -1),
    ("教育局有几个项目预算比上年增加了？", 1),
    ("和2023年比，教育局预算下降的项目有哪些？", -1),
    ("教育局两年都安排了的项目里，2024年预算比2023年少的是哪个？", -1),
    ("教育局两年都有的项目中，哪些2024年预算比上年高？", 1),
])
def test_projects_that_went_up_or_down(county, truth, question, way):
    expected = set()
    for p in truth[EDU, 2024]:
        before = successor(truth[EDU, 2023], p)
        if before is not None and (D(p.budget) - D(before.budget)) * way > 0:
            expected.add(p.code)
    answer = ask(county, question)
    assert set(answer.projects) == expected, answer.text
    if "几个" in question:
        assert answer.value == len(expected)


@pytest.mark.parametrize("question, new", [
    ("卫健局新增了哪些项目？", True),
    ("2024年卫生健康局新设的项目有几个？", True),
    ("卫生健康局今年取消了哪些项目？", False),
    ("卫生健康局哪些项目2024年不再安排了？", False),
])
def test_new_and_ended_projects(county, truth, question, new):
    later, earlier = truth[HEALTH, 2024], truth[HEALTH, 2023]
    if new:
        expected = {p.code for p in later if successor(earlier, p) is None}
    else:
        expected = {p.code for p in earlier if successor(later, p) is None}
    assert expected  # the generator ends and begins projects; else this test says nothing
    answer = ask(county, question)
    assert set(answer.projects) == expected, answer.text


def test_targets_lowered_from_the_year_before(county, truth):
    expected = set()
    for p in truth[EDU, 2024]:
        before = successor(truth[EDU, 2023], p)
        if before is None:
            continue
        olds = {i.level3: i.value for i in before.indicators}
        for i in p.indicators:
            old = olds.get(i.level3)
            if "满意度" in i.level3 and old is not None and _number(i.value) < _number(old):
                expected.add((p.code, i.level3))
    answer = ask(county, "教育局哪些满意度指标的目标比上年下调了？")
    found = {(c.project_code, c.text.split("｜")[0].split("/")[-1]) for c in answer.citations}
    assert expected and expected <= found, answer.text
    assert {code for code, _ in expected} == set(answer.projects)


@pytest.mark.parametrize("question", [
    "教育局有满意度指标的项目里，哪些项目的满意度目标2024年跟2023年不一样？",
    "教育局2023年和2024年相比，哪些满意度指标的目标有变化？",
])
def test_targets_changed_either_way_between_two_years_named(county, truth, question):
    expected = set()
    for p in truth[EDU, 2024]:
        before = successor(truth[EDU, 2023], p)
        olds = {i.level3: i.value for i in before.indicators} if before else {}
        for i in p.indicators:
            old = olds.get(i.level3)
            if "满意度" in i.level3 and old is not None and _number(i.value) != _number(old):
                expected.add((p.code, i.level3))
    answer = ask(county, question)
    plan = answer.typed_plan
    assert plan.operation.kind == "change" and plan.operation.years == (2024, 2023)
    found = {(c.project_code, c.text.split("｜")[0].split("/")[-1]) for c in answer.citations}
    assert expected and expected <= found, answer.text
    assert {code for code, _ in expected} == set(answer.projects)


def _number(value: str) -> D:
    return D(re.search(r"\d+(?:\.\d+)?", value).group(0))


def test_a_store_of_several_years_answers_for_the_latest_and_says_so(county, truth):
    answer = ask(county, "预算合计多少？")
    assert answer.value == total(truth[EDU, 2024]) + total(truth[HEALTH, 2024])
    assert "最新年度" in answer.understood
    both = ask(county, "两年的预算一共多少？")
    assert both.value == sum(total(ps) for ps in truth.values())
    assert "2023年" in both.text and "2024年" in both.text  # split by year


def test_without_the_year_before_it_says_so(tmp_path):
    library = Library(make_settings(tmp_path / "store"))
    library.ingest_paths([SAMPLE_DOCX])
    answer = Assistant(library).ask("预算比上年增加了多少？")
    assert not answer.found and "2024年" in answer.text
    library.close()


def test_unread_year_words_decline(county):
    answer = ask(county, "哪些项目的名称和上年不一样？")
    assert not answer.found and "上年" in answer.text


@pytest.mark.parametrize("question, what, direction", [
    ("比上年增加了多少", "amount", "up"),
    ("较去年减少了多少万元", "amount", "down"),
    ("与上年相比变化了多少", "amount", "any"),
    ("哪些项目预算比去年压减了", "items", "down"),
    ("预算同比上调的项目有哪些", "items", "up"),
    ("今年新增了哪些项目", "new", "any"),
    ("哪些项目是新设的", "new", "any"),
    ("有几个项目被取消了", "ended", "any"),
    ("比上年增长了百分之几", "amount", "up"),
])
def test_year_comparison_wordings(county, question, what, direction):
    plan = plan_question(question, county.engine.catalog, Conversation())
    assert plan.operation.kind == "change" and not plan.unread, plan
    assert (plan.operation.change, plan.operation.direction) == (what, direction)


# -- two departments of one year, against each other ------------------------------------------

def test_which_department_has_more_and_by_how_much(county, truth):
    edu, health = total(truth[EDU, 2024]), total(truth[HEALTH, 2024])
    answer = ask(county, "2024年教育局和卫健局哪个部门的项目预算更多？多出多少万元？")
    assert answer.value == abs(edu - health)
    assert (EDU if edu > health else HEALTH) in answer.text.splitlines()[0]


def test_a_departments_share_of_both(county, truth):
    edu, health = total(truth[EDU, 2023]), total(truth[HEALTH, 2023])
    answer = ask(county, "2023年卫健局的项目预算占教育局和卫健局两个部门合计的百分之多少？")
    assert answer.unit == "%" and round(answer.value, 2) == round(health * 100 / (edu + health), 2)


def test_a_difference_of_project_counts(county, truth):
    answer = ask(county, "2023年教育局的项目比卫健局多几个？")
    assert answer.value == len(truth[EDU, 2023]) - len(truth[HEALTH, 2023])


def test_projects_in_both_years(county, truth):
    later, earlier = truth[HEALTH, 2024], truth[HEALTH, 2023]
    expected = {p.code for p in later if successor(earlier, p) is not None}
    answer = ask(county, "卫健局2023年和2024年都安排了的项目有几个？")
    assert answer.value == len(expected) and set(answer.projects) == expected


def test_the_largest_growth_by_percentage(county, truth):
    best, rate = None, None
    for department in (EDU, HEALTH):
        for p in truth[department, 2024]:
            before = successor(truth[department, 2023], p)
            if before is not None:
                r = (D(p.budget) - D(before.budget)) * 100 / D(before.budget)
                if rate is None or r > rate:
                    best, rate = p, r
    answer = ask(county, "两个部门里，2024年比2023年预算增长幅度（按百分比）最大的是哪个项目？涨了百分之多少？")
    assert answer.projects == (best.code,) and round(answer.value, 2) == round(rate, 2)


def test_a_follow_up_totals_the_previous_comparison(county, truth):
    conversation = Conversation()
    first = ask(county, "教育局2024年哪些项目的预算比2023年增加了？", conversation)
    expected = D(0)
    for p in truth[EDU, 2024]:
        before = successor(truth[EDU, 2023], p)
        if before is not None and D(p.budget) > D(before.budget):
            expected += D(p.budget) - D(before.budget)
    assert first.found
    answer = ask(county, "它们一共增加了多少万元？", conversation)
    assert answer.value == expected


def _deadline(value: str) -> tuple[int, int]:
    month = int(re.search(r"(\d{1,2})月", value).group(1))
    return month, 0 if "底" in value else int(re.search(r"(\d{1,2})日", value).group(1))


@pytest.mark.parametrize("words, way", [("提前", -1), ("推迟", 1)])
def test_a_deadline_moved_or_not_in_a_yes_no_question(county, truth, words, way):
    p = next(p for p in truth[HEALTH, 2024] if "计划生育" in p.name)
    before = successor(truth[HEALTH, 2023], p)
    new = next(i.value for i in p.indicators if "完成时间" in i.level3)
    old = next(i.value for i in before.indicators if "完成时间" in i.level3)
    moved = (_deadline(new) > _deadline(old)) - (_deadline(new) < _deadline(old))
    answer = ask(county, f"计划生育家庭扶助项目今年的完成时间要求比去年{words}了吗？")
    assert answer.found and "完成时间" in answer.text and new in answer.text
    assert answer.text.startswith("是" if moved == way else "没有"), answer.text
    assert "完成率" not in answer.text  # only the deadline was asked about


def test_a_departments_review_reads_its_documents_only_and_finds_what_the_whole_store_finds(county):
    """体检 of one department and year: the cross-year rules still see the year before, and the
    findings are the whole store's findings about that department's projects, no more, no less."""
    from assistant.checks import run_checks

    facts = county.library.facts
    whole = run_checks(facts.projects(), facts.sources())
    answer = ask(county, "魏县教育局2024年的项目有哪些需要核对的地方？")
    mine = {(p.locator.source, p.code) for p in facts.projects()
            if p.department == EDU and "2024" in p.locator.source}
    expected = {(f.locator.source, f.project_code, f.locator.row) for f in whole
                if (f.locator.source, f.project_code) in mine and f.severity in ("error", "warning")}
    got = {(c.source, c.project_code, c.row) for c in answer.citations}
    assert expected and got == expected
    assert any(f.rule == "target-lowered" and (f.locator.source, f.project_code) in mine
               for f in whole)  # a cross-year finding is among them
    assert not any("all projects" in line for line in answer.plan["sql"])


def test_a_follow_up_compares_the_previous_project_over_the_years(county, truth):
    p23 = next(p for p in truth[EDU, 2023] if "教育信息化" in p.name)
    p24 = successor(truth[EDU, 2024], p23)
    conversation = Conversation()
    ask(county, "教育信息化县级配套资金2023年预算多少？", conversation)
    answer = ask(county, "2024年呢？比上一年多多少？", conversation)
    assert answer.value == D(p24.budget) - D(p23.budget)
    assert set(answer.projects) == {p23.code, p24.code}


def test_two_years_named_without_the_first_nian(county, truth):
    answer = ask(county, "教育局的教育信息化县级配套资金，2023和2024两年合计多少？")
    expected = sum(D(p.budget) for y in (2023, 2024) for p in truth[EDU, y] if "教育信息化" in p.name)
    assert answer.value == expected


def test_the_rows_of_a_named_project_in_the_latest_year(county, truth):
    answer = ask(county, "我刚来，2024年教育局课后服务补助资金主要考核哪些指标？")
    (project,) = [p for p in truth[EDU, 2024] if "课后服务" in p.name]
    assert len([c for c in answer.citations if c.row]) == len(project.indicators)


def test_liang_cheng_is_twenty_percent(county):
    answer = ask(county, "2024年教育局哪些项目3月底计划支出比例未达到两成？")
    plan = answer.typed_plan
    assert "<20%" in answer.understood and not plan.unread


def test_a_follow_up_asks_the_same_project_of_another_year(county, truth):
    conversation = Conversation()
    ask(county, "卫健局2024年预算最大的是哪个项目？", conversation)
    answer = ask(county, "那2023年它的预算是多少？", conversation)
    biggest = max(truth[HEALTH, 2024], key=lambda p: D(p.budget))
    before = successor(truth[HEALTH, 2023], biggest)
    assert answer.value == D(before.budget)


@pytest.mark.parametrize("follow_up", ["比上年多了多少万元？", "比2023年涨了多少"])
def test_a_change_asked_after_one_projects_budget_is_that_projects(county, truth, follow_up):
    later = next(p for p in truth[HEALTH, 2024] if "计划生育" in p.name)
    earlier = successor(truth[HEALTH, 2023], later)
    conversation = Conversation()
    ask(county, f"卫健局2024年{plain(later.name)}预算多少？", conversation)
    answer = ask(county, follow_up, conversation)
    assert later.code in answer.projects and answer.value == D(later.budget) - D(earlier.budget), answer.text


@pytest.mark.parametrize("year", ["2024年", "24年"])
def test_a_year_before_a_spending_plan_period_is_the_years_scope(county, truth, year):
    expected = {p.code for p in truth[EDU, 2024] if p.plan[2] and D(p.plan[2].rstrip("%")) <= 80}
    answer = ask(county, f"教育局{year}10月底累计支出计划不超过80%的项目有哪些？")
    assert set(answer.projects) == expected, answer.text


def test_how_many_more_projects_and_rows_than_the_year_before(county, truth):
    later, earlier = truth[HEALTH, 2024], truth[HEALTH, 2023]
    answer = ask(county, "卫健局2024年的项目比2023年多几个？")
    assert answer.value == len(later) - len(earlier), answer.text
    rows = sum(len(p.indicators) for p in later) - sum(len(p.indicators) for p in earlier)
    answer = ask(county, "卫健局2024年的绩效指标比2023年多几条？")
    assert answer.value == rows, answer.text


def test_a_quoted_part_of_row_names_compares_those_rows(county, truth):
    expected = set()
    for p in truth[EDU, 2024] + truth[HEALTH, 2024]:
        before = successor(truth[EDU, 2023] + truth[HEALTH, 2023], p)
        for i in p.indicators:
            if "带动就业人数" not in i.level3 or before is None:
                continue
            old = next((j for j in before.indicators if plain(j.level3) == plain(i.level3)), None)
            if old is not None and _number(i.value) < _number(old.value):
                expected.add(p.code)
    answer = ask(county, "两个局“带动就业人数”目标2024年比2023年下调的项目有哪些？")
    assert {c for c in answer.projects if c in {p.code for p in truth[EDU, 2024] + truth[HEALTH, 2024]}} == expected


def test_a_document_cited_only_in_the_earlier_year_is_found(county, truth):
    citing = {p.code for (d, y), ps in truth.items() for p in ps
              if any("冀财社〔2022〕56号" in i.basis for i in p.indicators)}
    assert citing  # the generated county cites it in one year only
    answer = ask(county, "冀财社〔2022〕56号是哪个项目的依据？")
    assert set(answer.projects) == citing, answer.text


def test_new_projects_and_their_total(county, truth):
    earlier = truth[HEALTH, 2023]
    new = [p for p in truth[HEALTH, 2024] if successor(earlier, p) is None]
    answer = ask(county, "卫健局2024年新增了哪些项目？预算合计多少？")
    assert set(answer.projects) == {p.code for p in new} and answer.value == total(new), answer.text


@pytest.mark.parametrize("question", ["教育局哪个项目24年预算涨幅最大 按百分比 涨了百分之几",
                                      "教育局哪个项目2024年预算增幅最大？"])
def test_the_largest_growth_rate(county, truth, question):
    rates = {}
    for p in truth[EDU, 2024]:
        before = successor(truth[EDU, 2023], p)
        if before is not None:
            rates[p.code] = (D(p.budget) - D(before.budget)) * 100 / D(before.budget)
    best = max(rates, key=rates.get)
    answer = ask(county, question)
    assert best in answer.projects and abs(answer.value - rates[best]) < D("0.01"), answer.text


def test_how_many_were_there_the_year_before_too(county, truth):
    kept = [p for p in truth[HEALTH, 2024] if successor(truth[HEALTH, 2023], p) is not None]
    answer = ask(county, "卫健局2024年的项目里，有多少个在2023年也安排过？")
    assert answer.value == len(kept), answer.text


def test_a_quarter_after_the_year_is_a_plan_period(county, truth):
    expected = {p.code for p in truth[EDU, 2024] if p.plan[0] and D(p.plan[0].rstrip("%")) == 10}
    answer = ask(county, "教育局2024年一季度末累计支出计划只有10%的项目是哪些？")
    assert set(answer.projects) == expected, answer.text


def test_how_many_times_the_other_project_of_the_same_year(county, truth):
    (it,) = [p for p in truth[EDU, 2024] if "教育信息化" in p.name]
    (safe,) = [p for p in truth[EDU, 2024] if "校园安全" in p.name]
    conversation = Conversation()
    ask(county, "2024年教育信息化县级配套资金多少？", conversation)
    answer = ask(county, "大约是校园安全项目的几倍？", conversation)
    assert abs(answer.value - D(it.budget) / D(safe.budget)) < D("0.001"), answer.text


def test_growth_asked_after_one_project_in_two_years(county, truth):
    (later,) = [p for p in truth[EDU, 2024] if "特殊教育" in p.name]
    earlier = successor(truth[EDU, 2023], later)
    conversation = Conversation()
    ask(county, "特殊教育项目2023年的预算是多少？", conversation)
    ask(county, "2024年呢？", conversation)
    answer = ask(county, "增长了百分之多少？", conversation)
    rate = (D(later.budget) - D(earlier.budget)) * 100 / D(earlier.budget)
    assert abs(answer.value - rate) < D("0.01"), answer.text


def test_projects_still_there_the_year_before(county, truth):
    kept = [p for p in truth[HEALTH, 2024] if successor(truth[HEALTH, 2023], p) is not None]
    conversation = Conversation()
    ask(county, "卫健局2024年有哪些项目？", conversation)
    answer = ask(county, "其中哪些项目2023年也有？", conversation)
    assert {c for c in answer.projects if c in {p.code for p in truth[HEALTH, 2024]}} == {p.code for p in kept}
    answer = ask(county, "这些延续下来的项目2024年资金总额合计多少？", conversation)
    assert answer.value == total(kept), answer.text


def test_a_project_there_one_year_and_not_the_next(county, truth):
    ended = [p for p in truth[HEALTH, 2023] if successor(truth[HEALTH, 2024], p) is None]
    answer = ask(county, "卫生健康局哪个项目2023年还有，到2024年就没再安排了？")
    assert set(answer.projects) == {p.code for p in ended}, answer.text


def test_shrunk_is_down(county, truth):
    down = {p.code for p in truth[EDU, 2024] if (before := successor(truth[EDU, 2023], p)) is not None
            and D(p.budget) < D(before.budget)}
    answer = ask(county, "给领导汇报要用：教育局有哪些项目2024年的预算比2023年缩水了？")
    assert set(answer.projects) & {p.code for p in truth[EDU, 2024]} == down, answer.text


def test_two_departments_totals_apart(county, truth):
    answer = ask(county, "2024年教育局和卫健局的项目预算合计相差多少万元？")
    assert answer.value == total(truth[EDU, 2024]) - total(truth[HEALTH, 2024]), answer.text


def test_a_share_of_two_departments_in_the_year_asked(county, truth):
    (p,) = [p for p in truth[EDU, 2024] if "特殊教育" in p.name]
    whole = total(truth[EDU, 2024]) + total(truth[HEALTH, 2024])
    answer = ask(county, "2024年特殊教育项目占教育局和卫健局两个局2024年预算总和的比例是多少？")
    assert abs(answer.value - D(p.budget) * 100 / whole) < D("0.01"), answer.text
