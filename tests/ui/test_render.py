"""The UI's pure renderers on the real sample: tables, sources, examples, CSV, upload reports."""

from __future__ import annotations

from decimal import Decimal

from assistant.answer import Answer, Citation
from store.library import IngestReport
from ui import tables, views


def test_overview_names_department_budget_and_headlines(sample_assistant):
    (summary,) = sample_assistant.overview()
    page = views.overview_html([summary])
    assert summary.department in page
    assert "<b>14</b> 个项目" in page
    assert "预算合计 <b>37106.9</b> 万元" in page
    assert "两件大事" in page
    assert "还没有入库的文件" in views.overview_html([])


def test_examples_come_from_the_data(sample_assistant):
    projects = sample_assistant.projects()
    uses = sample_assistant.policy_index()
    examples = views.example_questions(projects, uses)
    counts = {c: sum(u.canonical == c for u in uses) for c in {u.canonical for u in uses}}
    most_cited = min(counts, key=lambda c: (-counts[c], c))
    assert examples[0] == "预算最高的项目是哪个？"
    assert "哪些项目的满意度目标在90%及以上？" in examples
    assert f"引用了{most_cited}的项目有哪些？" in examples
    assert examples[-1] == f"{projects[0].name}的绩效目标是什么？"
    assert views.example_questions([], []) == []


def test_project_table_marks_cited_rows(sample_assistant):
    project = sample_assistant.projects()[0]
    page = tables.project_html(project, {2, 9}, focus=9)
    assert page.count("class='jx-cited'") == 1
    assert page.count("class='jx-cited jx-focus'") == 1
    focus_row = page.split("class='jx-cited jx-focus'")[1].split("</tr>")[0]
    assert "第9行" in focus_row and project.indicators[8].level3 in focus_row
    assert f"预算数 {project.budget:f} {project.unit}" in page
    assert "jx-head jx-cited" not in page
    assert "jx-head jx-cited" in tables.project_html(project, {None})


def test_sources_panel_lists_every_citation():
    cites = (Citation("a.docx", "C1", "项目甲", 3, 7, "满意度：≥90%"),
             Citation("a.docx", "C1", "项目甲", 3, None, "项目甲 预算 10"),
             Citation("a.docx", None, None, None, None, "总体目标", ("第一部分", "一、总体绩效目标")))
    answer = Answer("问", "答<b>", True, citations=cites)
    page = views.answer_html(answer)
    assert page.startswith("<div class='jx-answer' style='white-space:pre-wrap'>答&lt;b&gt;</div>")
    assert "\n" not in page
    assert "<summary>来源（3条）</summary>" in page
    assert "a.docx · 项目甲（C1） · 表3 · 第7行" in page
    assert "表3 · 表头" in page
    assert "第一部分 › 一、总体绩效目标" in page
    choices = views.citation_choices(answer)
    assert [label for label, _ in choices] == ["1. 项目甲 第7行", "2. 项目甲 表头"]
    assert views.parse_choice(choices[0][1]) == ("a.docx", 3, 7)
    assert views.parse_choice(choices[1][1]) == ("a.docx", 3, None)
    assert views.cited_rows(answer, "a.docx", 3) == {7, None}


def test_csv_has_bom_and_plain_numbers(tmp_path):
    answer = Answer("问", "答", True, table=({"项目名称": "社会保障工作经费", "预算数": Decimal("150.00")},
                                             {"项目名称": "乙", "预算数": Decimal("37106.9")}))
    path = views.write_csv(views.table_rows(answer), tmp_path / "out.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines() == ["项目名称,预算数", "社会保障工作经费,150.00",
                                                    "乙,37106.9"]


def test_failed_upload_report_shows_the_message():
    reports = [IngestReport("/tmp/x/bad.docx", "failed", message="bad.docx 不是有效的 Word 文件"),
               IngestReport("/tmp/x/ok.docx", "ingested", projects=14, indicators=101,
                            references=10, warnings=("表3 第2行 缺少指标值",))]
    text = views.report_markdown(reports)
    assert "- **bad.docx**：失败。bad.docx 不是有效的 Word 文件（数据库未改动）" in text
    assert "- **ok.docx**：已入库，14个项目，101条指标，10个依据文件" in text
    assert "  - 注意：表3 第2行 缺少指标值" in text


def test_filters_find_rows_by_level_and_policy(sample_assistant):
    projects = sample_assistant.projects()
    uses = sample_assistant.policy_index()
    ref = tables.policy_choices(uses)[0]
    matches = tables.matching_rows(projects, None, None, ref)
    expected = {(u.project_code, u.row) for u in uses if u.canonical == ref and u.row is not None}
    assert {(p.code, i.locator.row) for p, i in matches} == expected
    ones, twos = tables.level_choices(projects, "满意度指标")
    assert "满意度指标" in ones and twos == ["服务对象满意度指标"]
    rows = tables.matching_rows(projects, "满意度指标", None, None)
    assert len(rows) == len(projects)  # every table of the sample has one 满意度 row
    frame = tables.spending_frame(projects)
    assert tables.period_order(frame) == ["3月底", "6月底", "10月底", "12月底"]
    assert len(tables.budget_frame(projects)["项目"].unique()) == len(projects)


def test_findings_are_grouped_and_point_at_rows(sample_assistant):
    findings = sample_assistant.findings()
    page = tables.findings_html(findings)
    assert f"共{len(findings)}条发现" in page
    choices = tables.finding_choices(findings)
    assert len({value for _, value in choices}) == len(findings)
    first = findings[0]
    assert views.parse_choice(choices[0][1]) == (first.locator.source, first.locator.table,
                                                 first.locator.row)
