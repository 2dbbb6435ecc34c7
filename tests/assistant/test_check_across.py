"""Cross-document and cross-year rules: the same 项目编码 told differently in two documents of one
year, and a department's target lowered from the year before."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from assistant.checks import origins_of, run_checks
from ingest.records import Document, Source
from store.facts import SqliteFactStore
from tests.assistant.test_checks import clean_rows, project, row

DEPARTMENT = "测试局"


def source(name, year, department=DEPARTMENT):
    return Source(path=f"/tmp/{year}/{name}", name=name, sha256=f"{name}{year}{department}",
                  department=department, year=year)


def in_file(p, name):
    """The project as read from file `name` (its rows cite that file too)."""
    rows = tuple(replace(i, locator=replace(i.locator, source=name)) for i in p.indicators)
    return replace(p, indicators=rows, locator=replace(p.locator, source=name))


def hits(rule, projects, sources):
    return [(f.project_code, f.locator.source, f.locator.row, f.severity)
            for f in run_checks(projects, sources) if f.rule == rule]


def two_years(rows_2025, name_2025="职业技能培训补贴", code_2025="P001"):
    old = in_file(project(), "2024年绩效目标.docx")
    new = in_file(project(rows_2025, name=name_2025, code=code_2025), "2025年绩效目标.docx")
    return [old, new], [source("2024年绩效目标.docx", 2024), source("2025年绩效目标.docx", 2025)]


def test_a_target_lowered_from_the_previous_year_is_a_warning():
    rows = clean_rows()
    rows[1] = row("产出指标", "质量指标", "补贴发放准确率", "≥90%")  # 2024: ≥95%
    projects, sources = two_years(rows)
    found = [f for f in run_checks(projects, sources) if f.rule == "target-lowered"]
    assert [(f.locator.source, f.locator.row, f.severity) for f in found] == [
        ("2025年绩效目标.docx", 2, "warning")]
    assert found[0].title == "指标值比上年降低"
    assert found[0].message == ("“补贴发放准确率”的指标值为≥90%，比上年（2024年《2024年绩效目标.docx》"
                                "第2行：≥95%）降低")


def test_lowered_targets_match_by_name_without_its_year_and_ignore_money():
    rows = clean_rows()
    rows[0] = row("产出指标", "数量指标", "培训人数", "≥80人", description="全年培训80人")
    rows[3] = row("产出指标", "成本指标", "培训成本", "≤60万元")  # money follows the budget
    projects, sources = two_years(rows, name_2025="2025年职业技能培训补贴", code_2025="P009")
    projects[1] = replace(projects[1], budget=Decimal("60.00"), fiscal=Decimal("60.00"))
    assert hits("target-lowered", projects, sources) == [("P009", "2025年绩效目标.docx", 1, "warning")]


def test_a_ceiling_raised_on_a_should_be_low_rate_is_lowered_ambition():
    low = row("效益指标", "社会效益指标", "投诉率", "≤2%")
    old_rows, new_rows = clean_rows(), clean_rows()
    old_rows[5], new_rows[5] = low, replace(low, value=replace(low.value, raw="≤5%", number=Decimal(5),
                                                               normalized=Decimal(5)))
    old = in_file(project(old_rows), "a.docx")
    new = in_file(project(new_rows), "b.docx")
    sources = [source("a.docx", 2024), source("b.docx", 2025)]
    assert hits("target-lowered", [old, new], sources) == [("P001", "b.docx", 6, "warning")]


def test_raised_or_equal_targets_other_departments_and_no_sources_are_quiet():
    rows = clean_rows()
    rows[1] = row("产出指标", "质量指标", "补贴发放准确率", "≥98%")
    projects, sources = two_years(rows)
    assert hits("target-lowered", projects, sources) == []
    rows[1] = row("产出指标", "质量指标", "补贴发放准确率", "≥90%")
    projects, sources = two_years(rows)
    other = [sources[0], source("2025年绩效目标.docx", 2025, "另一个局")]
    assert hits("target-lowered", projects, other) == []
    assert hits("target-lowered", projects, None) == []  # the call the question engine makes


def test_same_code_with_other_money_or_name_in_one_year_is_an_error_on_both():
    a = in_file(project(), "部门预算.docx")
    b = in_file(project(budget="120.00", name="职业技能培训补贴资金"), "提前下达.docx")
    sources = [source("部门预算.docx", 2025), source("提前下达.docx", 2025)]
    found = [f for f in run_checks([a, b], sources) if f.rule == "code-conflict"]
    assert [(f.locator.source, f.severity) for f in found] == [
        ("部门预算.docx", "error"), ("提前下达.docx", "error")]
    assert found[0].message == ("项目编码P001在《提前下达.docx》中项目名称为“职业技能培训补贴资金”、"
                                "预算数为120.00万元，与本表不一致")


def test_same_code_told_alike_or_in_another_year_is_quiet():
    a = in_file(project(), "部门预算.docx")
    b = in_file(project(), "提前下达.docx")
    same_year = [source("部门预算.docx", 2025), source("提前下达.docx", 2025)]
    assert hits("code-conflict", [a, b], same_year) == []
    b = in_file(project(budget="120.00"), "提前下达.docx")
    other_year = [source("部门预算.docx", 2024), source("提前下达.docx", 2025)]
    assert hits("code-conflict", [a, b], other_year) == []
    # within one document the same code twice is duplicate-code, not code-conflict
    assert hits("code-conflict", [a, replace(a, locator=replace(a.locator, table=2))], same_year) == []


def test_stored_sources_give_department_and_year_by_the_store_label(tmp_path):
    """Two years' files of one name: the store labels them «name（year年 department）»."""
    rows = clean_rows()
    rows[1] = row("产出指标", "质量指标", "补贴发放准确率", "≥90%")
    old, new = in_file(project(), "绩效目标.docx"), in_file(project(rows), "绩效目标.docx")
    facts = SqliteFactStore(tmp_path / "facts.sqlite3")
    try:
        for p, year in ((old, 2024), (new, 2025)):
            facts.replace_document(Document(source("绩效目标.docx", year), (p,), ()), ())
        stored = facts.sources()
        assert set(origins_of(stored)) == {p.locator.source for p in facts.projects()}
        found = [f for f in run_checks(facts.projects(), stored) if f.rule == "target-lowered"]
    finally:
        facts.close()
    assert [(f.locator.source, f.locator.row) for f in found] == [("绩效目标.docx（2025年 测试局）", 2)]
