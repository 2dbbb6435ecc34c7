"""Both readers on the bundled sample give the same facts; a .docx in another layout reads too."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from ingest import read_document
from ingest.records import Document, Project, SpendingPoint
from ingest.text_reader import read_text_export

SAMPLES = Path(__file__).parents[2] / "data/samples"
STEM = "weixian-rsj-2025-jixiao-mubiao"
PERIODS = (("3月底", 3), ("6月底", 6), ("10月底", 10), ("12月底", 12))


@pytest.fixture(scope="module", params=["txt", "docx"])
def document(request) -> Document:
    return read_document(SAMPLES / f"{STEM}.{request.param}")


@pytest.fixture(scope="module")
def both() -> tuple[Document, Document]:
    return read_document(SAMPLES / f"{STEM}.txt"), read_document(SAMPLES / f"{STEM}.docx")


def plan(*percents: str | None) -> tuple[SpendingPoint, ...]:
    return tuple(SpendingPoint(period, month, None if p is None else Decimal(p))
                 for (period, month), p in zip(PERIODS, percents, strict=True))


def test_counts_and_total_budget(document: Document) -> None:
    projects = document.projects
    assert len(projects) == 14
    assert [len(p.indicators) for p in projects] == [9] + [7] * 10 + [8, 7, 7]
    assert sum(len(p.indicators) for p in projects) == 101
    assert sum(p.budget for p in projects) == Decimal("37106.9")
    assert document.warnings == ()


def test_source(document: Document) -> None:
    source = document.source
    assert source.name == Path(source.path).name
    assert source.department == "魏县人力资源和社会保障局"
    assert source.year == 2025
    assert len(source.sha256) == 64


def test_project_1_header(document: Document) -> None:
    p = document.projects[0]
    assert (p.code, p.name) == ("13043425P00000110011H", "社会保障工作经费")
    assert (p.department, p.unit) == ("魏县人力资源和社会保障局", "万元")
    assert (p.budget, p.fiscal, p.other) == (Decimal("150.00"), Decimal("150.00"), None)
    assert p.use == "用于人社局劳动监察、基金监督、就业、人才招聘、农保、人社大楼维修维护等其他人社日常工作。"
    assert p.goal == "1." + p.use
    assert p.spending_plan == plan("25", "50", "75", "100")
    assert p.locator.table == 1 and p.locator.row is None


def test_other_projects_header(document: Document) -> None:
    p2, p5, p6, p12, p14 = (document.projects[i - 1] for i in (2, 5, 6, 12, 14))
    assert (p2.code, p2.name, p2.budget) == ("13043425P004443100017", "2025年创业贷款贴息资金",
                                             Decimal("10.00"))
    # The goal cell ends in tabs in the text export (merge cells); none of them survive.
    assert p2.goal == ("1.年发放100万元以上的创业担保贷款，促进创业就业，"
                       "通过带动吸纳让更多失业人员实现再就业。")
    assert (p5.code, p5.budget, p5.fiscal) == ("13043425P006YGL10001W", Decimal("500.00"),
                                               Decimal("500.00"))
    assert p5.use == "支持建设一个县级公共实训基地，提升公共职业技能培训基础能力"
    assert p5.spending_plan == plan("100", None, None, None)
    assert p6.name == ("冀财社【2024】133号河北省财政厅关于提前下达"
                       "2025年中央财政城乡居民基本养老保险补助经费预算的通知")
    assert [ref.canonical for ref in p6.policy_refs] == ["冀财社〔2024〕133号"]
    assert (p12.code, p12.name, p12.budget) == ("13043425P00450110043D", "劳务派遣人员工资",
                                                Decimal("131.90"))
    assert p14.spending_plan == plan("50", "100", None, None)
    assert p14.goal == "1.用于春节慰问县级离退休老干部及遗孀35人、实职副科吊唁等，确保慰问金慰问品及时发放。"


def test_indicators_forward_filled(document: Document) -> None:
    rows = document.projects[0].indicators
    assert [i.level1 for i in rows] == ["产出指标"] * 6 + ["效益指标"] * 2 + ["满意度指标"]
    first = rows[0]
    assert (first.level2, first.level3, first.description) == ("数量指标", "大楼维修次数",
                                                               "每年至少一次大楼维修维护")
    assert (first.value.raw, first.value.comparator, first.value.number) == ("≥1次", ">=", 1)
    assert first.basis == "2025年工作计划" and first.policy_refs == ()
    assert [i.locator.row for i in rows] == list(range(1, 10))
    assert {i.locator.table for i in rows} == {1}
    assert rows[5].value.raw == "≤150万元"


def test_project_12_rows_split_by_an_inner_blank_line_read_whole(document: Document) -> None:
    rows = document.projects[11].indicators
    wage = rows[1]
    assert (wage.level1, wage.level2, wage.level3) == ("产出指标", "质量指标", "工资足额发放率")
    assert wage.description == "工资应发放额/工资实际发放额"
    assert (wage.value.raw, wage.value.number, wage.value.unit) == ("100%", 100, "%")
    assert wage.basis == "县长办公会议纪要十六届【2020】62号、2025年度工作计划"
    timely = rows[3]
    assert (timely.level2, timely.level3, timely.description) == (
        "时效指标", "工资社保发放缴纳及时率", "按计划每月月底完成发放")
    assert (timely.value.raw, timely.value.comparator, timely.value.number) == ("≥90%", ">=", 90)
    assert timely.locator.row == 4
    assert [i.level3 for i in rows[4:]] == ["劳务派遣人员工资", "促进就业", "提升人社服务水平和质量",
                                            "劳务派遣人员满意度"]


def test_project_4_policy_refs(document: Document) -> None:
    rows = document.projects[3].indicators
    assert rows[0].basis == "冀人社规〔2018〕8号、冀人社规【2019】2号文"
    for row in rows[:6]:
        assert [ref.canonical for ref in row.policy_refs] == ["冀人社规〔2018〕8号", "冀人社规〔2019〕2号"]
    assert rows[6].policy_refs == ()  # 问卷调查
    assert rows[2].value.raw == "8000万元"


def test_sections(document: Document) -> None:
    sections = document.sections
    assert len(sections) == 13
    assert sections[0].path == ("第一部分 部门整体绩效目标", "一、总体绩效目标")
    assert sections[0].text.startswith("2025年，魏县人社局将坚持以习近平新时代中国特色社会主义思想为指导")
    [joint] = [s for s in sections if "四是联合惩戒机制" in s.text]
    assert joint.path == ("第一部分 部门整体绩效目标", "三、工作保障措施", "（一）重点抓好两件大事",
                          "1.争创全国和谐劳动关系试点县")
    assert joint.locator.section == joint.path
    assert joint.locator.source == document.source.name
    # Numbered lines ending in 。 are content, not sub-headings: they keep their own text.
    items = [s for s in sections if s.path[-1] == "（二）围绕人社主责主业，做实四个业务板块"]
    assert [s.text[:2] for s in items] == ["1.", "2.", "3.", "4."] * 2
    assert items[0].text == "1.聚力引人才，助推经济高质量发展。"


def _without_source(project: Project) -> Project:
    return replace(project, locator=replace(project.locator, source=""), indicators=tuple(
        replace(i, locator=replace(i.locator, source="")) for i in project.indicators))


def test_readers_agree(both: tuple[Document, Document]) -> None:
    text, word = both
    assert [_without_source(p) for p in text.projects] == [_without_source(p) for p in word.projects]

    def normal(document: Document) -> list:
        return [(s.path, " ".join(s.text.split())) for s in document.sections]

    assert normal(text) == normal(word)
    assert (text.source.department, text.source.year) == (word.source.department, word.source.year)


def _merge_down(table, column: int, first: int, last: int, text: str) -> None:
    table.cell(first, column).merge(table.cell(last, column)).text = text


def _other_layout(path: Path) -> None:
    """资金总额/财政拨款 header, no spending plan, 指标内容/备注 columns, 单位：元, merged cells."""
    document = docx.Document()
    document.add_heading("魏县教育局2024年项目支出绩效目标", level=1)
    document.add_heading("1.学生资助补助经费绩效目标表", level=2)
    units = document.add_table(rows=1, cols=2)
    units.cell(0, 0).text, units.cell(0, 1).text = "101001魏县教育局本级", "单位：元"
    header = document.add_table(rows=4, cols=6)
    header.cell(0, 0).text, header.cell(0, 1).text = "项目编码", "13043401P000123"
    header.cell(0, 2).text = "项目名称"
    header.cell(0, 3).merge(header.cell(0, 5)).text = "学生资助补助经费"
    for c, text in enumerate(["资金总额", "1,200,000", "财政拨款", "1000000", "其他资金", "200000"]):
        header.cell(1, c).text = text
    header.cell(2, 0).text = "资金用途"
    header.cell(2, 1).merge(header.cell(2, 5)).text = "资助家庭经济困难学生"
    header.cell(3, 0).text = "年度绩效目标"
    header.cell(3, 1).merge(header.cell(3, 5)).text = "按时足额发放资助金"
    document.add_paragraph("")
    rows = [
        ["一级指标", "二级指标", "指标内容", "指标值", "备注"],
        ["产出指标", "数量指标", "资助学生人数", "≥1200人", "按学籍统计"],
        ["", "质量指标", "资助对象认定准确率", "100%", "冀教资助〔2023〕5号"],
        ["", "时效指标", "资金发放时间", "2024年11月底前", ""],
        ["效益指标", "社会效益指标", "因贫失学辍学学生人数", "0人", ""],
        ["", "", "家庭经济负担减轻", "有效减轻", ""],
        ["满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "问卷调查"],
    ]
    indicators = document.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if c > 1 or r == 0:
                indicators.cell(r, c).text = text
    _merge_down(indicators, 0, 1, 3, "产出指标")
    _merge_down(indicators, 0, 4, 5, "效益指标")
    _merge_down(indicators, 1, 4, 5, "社会效益指标")
    indicators.cell(1, 1).text, indicators.cell(2, 1).text = "数量指标", "质量指标"
    indicators.cell(3, 1).text = "时效指标"
    indicators.cell(6, 0).text, indicators.cell(6, 1).text = "满意度指标", "服务对象满意度指标"
    document.save(path)


def test_docx_in_another_layout(tmp_path: Path) -> None:
    path = tmp_path / "jiaoyu.docx"
    _other_layout(path)
    document = read_document(path)
    assert document.warnings == ()
    assert (document.source.department, document.source.year) == ("魏县教育局", 2024)
    [p] = document.projects
    assert (p.code, p.name, p.department, p.unit) == ("13043401P000123", "学生资助补助经费",
                                                      "魏县教育局", "元")
    assert (p.budget, p.fiscal, p.other) == (Decimal(1200000), Decimal(1000000),
                                             Decimal(200000))
    assert (p.use, p.goal, p.spending_plan) == ("资助家庭经济困难学生", "按时足额发放资助金", ())
    rows = p.indicators
    assert [(i.level1, i.level2, i.level3) for i in rows] == [
        ("产出指标", "数量指标", "资助学生人数"),
        ("产出指标", "质量指标", "资助对象认定准确率"),
        ("产出指标", "时效指标", "资金发放时间"),
        ("效益指标", "社会效益指标", "因贫失学辍学学生人数"),
        ("效益指标", "社会效益指标", "家庭经济负担减轻"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度"),
    ]
    assert [i.value.raw for i in rows] == ["≥1200人", "100%", "2024年11月底前", "0人", "有效减轻", "≥90%"]
    assert {i.description for i in rows} == {""}
    assert [i.basis for i in rows] == ["按学籍统计", "冀教资助〔2023〕5号", "", "", "", "问卷调查"]
    assert [ref.canonical for ref in rows[1].policy_refs] == ["冀教资助〔2023〕5号"]
    assert [i.locator.row for i in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[2].value.deadline is not None and rows[2].value.deadline.isoformat() == "2024-11-30"


def test_warnings_name_what_could_not_be_placed(tmp_path: Path) -> None:
    path = tmp_path / "odd.docx"
    document = docx.Document()
    document.add_heading("2.培训补贴绩效目标表", level=2)
    header = document.add_table(rows=2, cols=4)
    for c, text in enumerate(["项目名称", "培训补贴", "项目备案号", "BA-001"]):
        header.cell(0, c).text = text
    for c, text in enumerate(["预算数", "20", "单位：万元", ""]):
        header.cell(1, c).text = text
    indicators = document.add_table(rows=2, cols=4)
    for c, text in enumerate(["一级指标", "三级指标", "指标值", "考核方式"]):
        indicators.cell(0, c).text = text
    for c, text in enumerate(["产出指标", "培训人数", "≥100人", "20"]):
        indicators.cell(1, c).text = text
    document.save(path)
    read = read_document(path)
    [p] = read.projects
    assert (p.name, p.code, p.budget, p.unit) == ("培训补贴", "", Decimal(20), "万元")
    assert [(i.level1, i.level3, i.value.raw) for i in p.indicators] == [("产出指标", "培训人数", "≥100人")]
    assert read.warnings == (
        "odd.docx 表1«培训补贴»：表头中的 «项目备案号» 无法归入任何字段",
        "odd.docx 表1«培训补贴»：表头中的 «BA-001» 无法归入任何字段",
        "odd.docx 表1«培训补贴»：指标表的列 «考核方式» 无法对应",
        "odd.docx 表1«培训补贴»：没有项目编码",
    )


def test_text_export_cell_cut_by_a_blank_line_inside_its_text() -> None:
    text = "\n".join([
        "1.培训补贴绩效目标表",
        "\t项目编码", "\tP1", "\t项目名称", "\t培训补贴", "",
        "\t预算数", "\t20", "", " ",
        "\t一级指标", "\t三级指标", "\t指标值", "\t指标值确定依据", "",
        "\t产出指标", "\t培训人数", "",
        "\t合格人数", "\t≥100人", "\t工作计划", "",
        "\t", "\t培训合格率", "\t≥90%", "\t工作计划", "",
    ])
    document = read_text_export(text, "inline.txt")
    [p] = document.projects
    assert [(i.level1, i.level3, i.value.raw, i.basis) for i in p.indicators] == [
        ("产出指标", "培训人数\n合格人数", "≥100人", "工作计划"),
        ("产出指标", "培训合格率", "≥90%", "工作计划"),
    ]
