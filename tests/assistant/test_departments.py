"""Several departments and years side by side: a question about one is scoped to it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.service import Assistant
from store.library import Library
from tests.conftest import SAMPLE_DOCX, SAMPLE_TXT, make_settings


@pytest.fixture(scope="module")
def two_departments(tmp_path_factory) -> Assistant:
    """The sample, and an 教育局 2024 document made from it (other codes, names, one budget)."""
    folder = tmp_path_factory.mktemp("two")
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    other = (text.replace("人力资源和社会保障局", "教育局").replace("魏县人社局", "魏县教育局")
             .replace("2025年", "2024年").replace("13043425P", "13043499P")
             .replace("\t150.00\n", "\t250.00\n"))
    (folder / "jiaoyu-2024.txt").write_text(other, encoding="utf-8")
    library = Library(make_settings(folder / "store"))
    reports = library.ingest_paths([SAMPLE_DOCX, folder / "jiaoyu-2024.txt"])
    assert [r.status for r in reports] == ["ingested", "ingested"]
    return Assistant(library)


def test_department_mention_scopes_the_sum(two_departments):
    ours = two_departments.ask("人社局全部项目预算合计多少万元？")
    assert ours.value == Decimal("37106.9") and len(ours.projects) == 14
    theirs = two_departments.ask("教育局的预算合计是多少？")
    assert theirs.value == Decimal("37206.9")
    assert all(code.startswith("13043499P") for code in theirs.projects)
    both = two_departments.ask("预算合计多少？")
    assert both.value == Decimal("74313.8") and len(both.projects) == 28


def test_year_scopes_and_unknown_year_is_not_found(two_departments):
    answer = two_departments.ask("2024年一共有多少个项目？")
    assert answer.value == 14
    assert not two_departments.ask("2023年的项目有哪些？").found


@pytest.mark.parametrize("question", ["卫健委的预算合计多少？", "魏县残疾人联合会有哪些项目？",
                                      "魏县供销合作社的预算合计多少？", "魏县总工会有几个项目？"])
def test_unknown_department_is_not_found(two_departments, question):
    """A body that files a budget but is not stored, named at a stored place: not that place's others."""
    answer = two_departments.ask(question)
    assert not answer.found and not answer.projects
    assert "库中没有" in answer.text


def test_overview_lists_each_department_and_year(two_departments):
    rows = {(s.department, s.year): (s.projects, s.total_budget)
            for s in two_departments.overview()}
    assert rows == {("魏县人力资源和社会保障局", 2025): (14, Decimal("37106.9")),
                    ("魏县教育局", 2024): (14, Decimal("37206.9"))}


def test_same_file_name_in_two_years_keeps_both(tmp_path):
    """«2024/绩效目标.txt» and «2025/绩效目标.txt»: two documents; codes recur across years."""
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    for year in ("2024", "2025"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "绩效目标.txt").write_text(text.replace("2025年", f"{year}年"),
                                                       encoding="utf-8")
    library = Library(make_settings(tmp_path / "store"))
    reports = library.ingest_paths([tmp_path / "2024", tmp_path / "2025"])
    assert [r.status for r in reports] == ["ingested", "ingested"]
    assistant = Assistant(library)
    assert {(s.year, s.projects) for s in assistant.overview()} == {(2024, 14), (2025, 14)}
    assert not [f for f in assistant.findings() if f.rule == "duplicate-code"]
    from assistant.conversation import Conversation

    conversation = Conversation()
    first = assistant.ask("2024年劳务派遣人员工资项目的预算是多少？", conversation)
    assert len(first.project_ids) == 1
    follow = assistant.ask("它的满意度目标呢？", conversation)
    assert follow.project_ids == first.project_ids and len(follow.citations) == 1


@pytest.mark.slow
def test_prose_answers_come_from_the_department_named(two_departments):
    theirs = two_departments.ask("魏县教育局要抓好的两件大事是什么？")
    assert theirs.found and {c.source for c in theirs.citations} == {"jiaoyu-2024.txt"}
    ours = two_departments.ask("魏县人社局要抓好的两件大事是什么？")
    assert {c.source for c in ours.citations} == {SAMPLE_DOCX.name}


@pytest.mark.parametrize("question", ["除了魏县人社局，其他单位预算合计多少万元？", "不算人社局，其他部门预算一共多少万元",
                                      "魏县人社局以外的单位预算合计多少万元？"])
def test_a_department_left_out(two_departments, question):
    """«除了魏县人社局，其他单位…»: every other department stored, not a department called so."""
    others = [p for p in two_departments.projects() if "人力资源" not in p.department]
    answer = two_departments.ask(question)
    assert others and answer.found and answer.value == sum(p.budget for p in others)

