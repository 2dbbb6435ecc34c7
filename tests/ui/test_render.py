"""The UI's pure renderers on the real sample: first screen, answers, tables, CSV, reports."""

from __future__ import annotations

import re
from decimal import Decimal
from types import SimpleNamespace

import pytest

from assistant.answer import Answer, Citation
from store.library import IngestReport
from tests.ui.conftest import SAMPLE, make_settings
from ui import charts, chat, guide, tables, views
from ui.names import distinct_names, key_of

OTHER = SAMPLE.parents[2] / "tests" / "data" / "other-department.docx"
HOSTILE = "![t](http://127.0.0.9:9/p.png)<img src=http://127.0.0.9:9/x.png>[点我](http://127.0.0.9:9/)"


@pytest.fixture(scope="module")
def two_departments(tmp_path_factory):
    """A store with the sample and another department's document (facts only)."""
    from assistant.service import Assistant

    assistant = Assistant.open(make_settings(tmp_path_factory.mktemp("two")))
    assert [r.status for r in assistant.ingest([SAMPLE, OTHER])] == ["ingested", "ingested"]
    yield assistant
    assistant.library.close()


def _text(page: str) -> str:
    """What a reader sees of some HTML: tags removed, attributes gone."""
    return re.sub(r"<[^>]+>", "", page)


def test_overview_says_what_the_document_is_about(sample_assistant):
    projects = sample_assistant.projects()
    (summary,) = sample_assistant.overview()
    sections = sample_assistant.library.facts.sections()
    page = guide.overview_html([summary])
    assert summary.department in page
    assert "<b>14</b> 个项目" in page and "预算合计 <b>37106.9</b> 万元" in page
    about = guide.about_html([summary], projects, sections, distinct_names(projects))
    assert f"这份文件讲了什么：{summary.department}" in about and "两件大事" in about
    assert "分项目标" in about and "1.争创全国和谐劳动关系试点县" in about
    goals = dict(guide.goals(sections, summary.sources))
    assert list(goals) == ["（一）重点抓好两件大事", "（二）围绕人社主责主业，做实四个业务板块"]
    assert goals["（一）重点抓好两件大事"] == ["1.争创全国和谐劳动关系试点县", "2.争创全国就业工作先进县"]
    assert "1.聚力引人才，助推经济高质量发展。" in goals["（二）围绕人社主责主业，做实四个业务板块"]
    kinds = {}
    for p in projects:
        kinds.setdefault(guide.project_kind(p), []).append(p.name)
    assert sum(len(v) for v in kinds.values()) == 14 and len(kinds) >= 3
    assert "劳务派遣人员工资" in kinds["人员和日常工作经费"]
    assert "冀财社【2024】133号河北省财政厅关于提前下达2025年中央财政城乡居民基本养老保险补助经费预算的通知" in kinds[guide.TRANSFER_KIND]
    assert "还没有入库的文件" in guide.overview_html([])
    assert "上传文件后" in guide.about_html([], [], [], {})


def test_examples_for_each_reader_are_answered(sample_assistant, two_departments):
    for assistant in (sample_assistant, two_departments):
        projects = assistant.projects()
        summaries = assistant.overview()
        groups = guide.example_groups(summaries, projects, assistant.policy_index())
        assert [g.reader for g in groups] == ["领导", "新同事", "政策核查"]
        for group in groups:
            assert len(group.questions) >= 2
            for question in group.questions:
                assert assistant.ask(question).found, question
        if len(summaries) > 1:  # totals name a department instead of silently adding two
            assert groups[0].questions[0] == f"{summaries[0].department}预算合计多少？"
    assert guide.example_groups([], [], []) == []


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


def test_same_named_projects_get_telling_labels(sample_assistant):
    projects = sample_assistant.projects()
    names = distinct_names(projects)
    twins = [p for p in projects if p.name.startswith("冀财社【2024】182号")]
    assert len(twins) == 2 and twins[0].name == twins[1].name
    labels = [names[key_of(p)] for p in twins]
    assert labels[0] != labels[1]
    for p, label in zip(twins, labels):
        assert p.code.endswith(label.split("编码尾号")[1].rstrip("）"))
    assert names[key_of(projects[0])] == "社会保障工作经费"  # unique names stay as they are
    same_code = [projects[0], SimpleNamespace(name=projects[0].name, code=projects[0].code,
                                              locator=SimpleNamespace(source="b.docx", table=1))]
    assert len(set(distinct_names(same_code).values())) == 2
    choices = tables.project_choices(projects, names)
    assert len({label for label, _ in choices}) == len(projects)


def test_answer_leads_with_the_short_answer_and_groups_sources():
    cites = (Citation("a.docx", "C1", "项目甲", 3, 7, "满意度：≥90%"),
             Citation("a.docx", "C1", "项目甲", 3, 8, "时效：12月底"),
             Citation("a.docx", "C2", "项目乙", 4, None, "项目乙 预算 10"),
             Citation("a.docx", None, None, None, None, "总体目标", ("第一部分", "一、总体绩效目标")))
    lines = "\n".join(f"{n}. 项目{n}" for n in range(1, 13))
    text = f"共 12 个项目<b>：\n{lines}\n\n来源：a.docx 表3 第7行；a.docx 表3 第8行；a.docx 表4 表头"
    answer = Answer("问", text, True, citations=cites, understood="理解为：列出满意度≥90%的项目")
    page = chat.answer_html(answer, {("a.docx", 3): "项目甲（编码尾号C1）"})
    assert page.startswith("<div class='jx-short'>共 12 个项目&lt;b&gt;：</div>"
                           "<div class='jx-understood'>理解为：列出满意度≥90%的项目</div>")
    assert "来源：a.docx 表3" not in page  # the inline line is replaced by the grouped sources
    assert page.count("a.docx") == 1  # the file is named once
    assert "项目甲（编码尾号C1）" in page and "项目乙" in page
    assert "<summary>展开其余 6 行</summary>" in page
    assert "来源：2个项目、2行指标、1处表头字段、1段正文（1个文件）" in page
    assert "第一部分 › 一、总体绩效目标" in page
    plain = Answer("问", "预算合计 10 万元。", True)
    assert "jx-understood" not in chat.answer_html(plain, {})
    assert "jx-sources" not in chat.answer_html(plain, {})
    choices = chat.citation_choices(answer, {("a.docx", 3): "项目甲（编码尾号C1）"})
    assert [label for label, _ in choices] == ["1. 项目甲（编码尾号C1） 第7行",
                                               "2. 项目甲（编码尾号C1） 第8行", "3. 项目乙 表头"]
    assert views.parse_choice(choices[0][1]) == ("a.docx", 3, 7)
    assert views.parse_choice(choices[2][1]) == ("a.docx", 4, None)
    assert chat.cited_rows(answer, "a.docx", 3) == {7, 8}


def test_csv_has_bom_plain_numbers_and_no_formulas(tmp_path):
    answer = Answer("问", "答", True, table=(
        {"项目名称": "社会保障工作经费", "预算数": Decimal("150.00")},
        {"项目名称": "=HYPERLINK(\"http://x\")", "预算数": Decimal("-3")},
        {"项目名称": "+1", "预算数": "@SUM(A1)"}, {"项目名称": "-2+3+cmd|' /C calc'!A0", "预算数": "\tx"}))
    path = views.write_csv(views.table_rows(answer), tmp_path / "out.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines() == [
        "项目名称,预算数", "社会保障工作经费,150.00", "\"'=HYPERLINK(\"\"http://x\"\")\",-3",
        "'+1,'@SUM(A1)", "'-2+3+cmd|' /C calc'!A0,'\tx"]


def test_upload_report_escapes_document_text():
    reports = [IngestReport("/tmp/x/bad.docx", "failed", message=f"bad.docx 不是有效的 Word 文件 {HOSTILE}"),
               IngestReport(f"/tmp/x/<b>ok</b>.docx", "ingested", projects=14, indicators=101,
                            references=10, warnings=(f"表3 第2行 缺少指标值 {HOSTILE}",))]
    page = views.report_html(reports)
    assert "<img" not in page and "<a " not in page and "<b>ok" not in page
    assert "&lt;img src=http://127.0.0.9:9/x.png&gt;" in page
    assert "<b>bad.docx</b>：失败。bad.docx 不是有效的 Word 文件" in page and "（数据库未改动）" in page
    assert "14个项目，101条指标，10个依据文件" in page and "注意：表3 第2行 缺少指标值" in page


def test_filters_find_rows_by_level_and_policy(sample_assistant):
    projects = sample_assistant.projects()
    names = distinct_names(projects)
    uses = sample_assistant.policy_index()
    ref = tables.policy_choices(uses)[0]
    matches = tables.matching_rows(projects, None, None, ref)
    expected = {(u.project_code, u.row) for u in uses if u.canonical == ref and u.row is not None}
    assert {(p.code, i.locator.row) for p, i in matches} == expected
    ones, twos = tables.level_choices(projects, "满意度指标")
    assert "满意度指标" in ones and twos == ["服务对象满意度指标"]
    rows = tables.matching_rows(projects, "满意度指标", None, None)
    assert len(rows) == len(projects)  # every table of the sample has one 满意度 row
    assert f"共{len(rows)}行" in tables.matches_html(rows, True, names)
    assert "没有符合条件的指标行" in tables.matches_html([], True, names)
    assert "选择上面的一级指标" in tables.matches_html([], False, names)
    assert "共14个项目" in tables.projects_html(projects)


def test_policy_counts_match_the_chat(sample_assistant):
    """依据文件 counts projects and indicator rows as the chat's list of documents does."""
    uses = sample_assistant.policy_index()
    page = tables.policy_html(uses, distinct_names(sample_assistant.projects()))
    shown = {m[0]: (int(m[1]), int(m[2])) for m in re.findall(
        r"data-canonical='([^']+)' data-projects='(\d+)' data-rows='(\d+)'", page)}
    answer = sample_assistant.ask("都引用了哪些依据文件？")
    said = {m[0]: (int(m[1]), int(m[2]))
            for m in re.findall(r"\d+\. (\S+)：(\d+) 个项目，(\d+) 条指标", answer.text)}
    assert said and shown == said
    assert "计数口径" in page and "表头（项目名称）" in page


def test_findings_show_chinese_rule_names(sample_assistant):
    findings = sample_assistant.findings()
    names = distinct_names(sample_assistant.projects())
    page = tables.findings_html(findings, names)
    assert f"共{len(findings)}条发现" in page
    visible = _text(page)
    for f in findings:
        assert f.rule not in visible  # the code is only in data-rule, never shown
        assert tables.rule_title(f) in visible
    titled = SimpleNamespace(**{k: getattr(findings[0], k) for k in
                                ("rule", "severity", "project_code", "project_name", "locator",
                                 "message")}, title="测试用的规则名")
    assert "测试用的规则名" in tables.findings_html([titled], names)
    choices = tables.finding_choices(findings, names)
    assert len({value for _, value in choices}) == len(findings)
    assert not any(f.rule in label for f, (label, _) in zip(findings, choices))
    first = findings[0]
    assert views.parse_choice(choices[0][1]) == (first.locator.source, first.locator.table,
                                                 first.locator.row)


def test_budget_chart_is_sorted_labelled_and_shows_small_projects(sample_assistant):
    projects = sample_assistant.projects()
    page = charts.budget_chart_html(projects, distinct_names(projects))
    main, small = page.split("id='jx-chart-small'")
    values = [Decimal(v) for v in re.findall(r"jx-bar-value'>([\d.]+) 万元", main)]
    assert len(values) == 14 and values == sorted(values, reverse=True)
    assert values[0] == Decimal("20114")
    small_values = [Decimal(v) for v in re.findall(r"jx-bar-value'>([\d.]+) 万元", small)]
    assert small_values == [v for v in values if v < values[0] * charts.SMALL_SHARE]
    assert Decimal("6") in small_values  # the smallest project gets a visible bar of its own
    widths = [float(w) for w in re.findall(r"width:([\d.]+)%", small)]
    assert widths[0] == 100.0 and min(widths) > 1.0


def test_checks_tab_offers_the_report(sample_assistant):
    from docx import Document

    from ui.handlers import Handlers

    handlers = Handlers(sample_assistant, 20)
    try:
        memo = handlers.report_path(".docx")
        text = "\n".join(p.text for p in Document(memo).paragraphs)
        assert "公共实训基地县级配套" in text
        import openpyxl

        book = openpyxl.load_workbook(handlers.report_path(".xlsx"))
        assert book.sheetnames == ["汇总", "各项目意见", "所依据的规则"]
        cells = [str(c) for row in book["各项目意见"].iter_rows(values_only=True) for c in row if c]
        assert any("公共实训基地建设成本" in c for c in cells)
    finally:
        handlers.close()
