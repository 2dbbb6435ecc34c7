"""A workbook listing projects one a row (项目情况表) and every indicator in one table keyed by
项目名称 (绩效指标表): eval/dev/docs/ningjin-2025.xlsx. Expected values are computed here from the
workbook's cells with openpyxl, never from what ingest read; the same two tables in a .docx and
in the other sheet order read the same."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ingest import read_document

NINGJIN = Path(__file__).parents[2] / "eval" / "dev" / "docs" / "ningjin-2025.xlsx"
_DIRECTION = {"正向": ">=", "反向": "<=", "等于": "="}


def _cells(sheet: str) -> list[list]:
    book = load_workbook(NINGJIN, data_only=True)
    return [list(row) for row in book[sheet].iter_rows(values_only=True)]


def _listed() -> list[list]:
    """The project rows of 项目情况表: under the two header rows, above the 合计 row."""
    return [row for row in _cells("项目情况表")[4:] if row[2]]


@pytest.fixture(scope="module")
def document():
    return read_document(NINGJIN)


def test_every_listed_project_is_read_and_the_total_row_is_not(document):
    rows = _listed()
    assert len(rows) == 11
    assert [(p.code, p.name) for p in document.projects] == [(r[1], r[2]) for r in rows]
    assert all(p.department == "宁晋县残疾人联合会" for p in document.projects)
    assert document.warnings == ()


def test_money_in_each_rows_unit_with_its_parts(document):
    for row, p in zip(_listed(), document.projects):
        unit, budget, public, fund, other = row[5], *(Decimal(str(x)) for x in row[6:10])
        assert (p.unit, p.budget, p.other) == (unit, budget, other), p.name
        assert p.fiscal == public + fund == budget - other, p.name
        assert [(m.label, m.amount) for m in p.parts] == [("一般公共预算", public), ("政府性基金", fund)]
    sunshine = next(p for p in document.projects if p.name == "阳光家园计划托养服务补贴")
    assert (sunshine.unit, sunshine.budget) == ("元", Decimal("356400"))


def test_quarterly_amounts_become_cumulative_percents_of_the_budget(document):
    for row, p in zip(_listed(), document.projects):
        quarters = row[10:14]
        if all(q is None for q in quarters):
            assert p.spending_plan == (), p.name  # 残疾人证办理…, 文化体育活动: no plan printed
            continue
        budget, running, expected = Decimal(str(row[6])), Decimal(0), []
        for q in quarters:
            running += Decimal(str(q))
            expected.append(running / budget * 100)
        assert [s.month for s in p.spending_plan] == [3, 6, 9, 12]
        assert all(abs(s.percent - e) <= Decimal("0.005") for s, e in zip(p.spending_plan, expected)), p.name
        assert p.spending_plan[-1].percent == 100


def test_implementer_attribute_use_and_goal_per_row(document):
    for row, p in zip(_listed(), document.projects):
        assert p.implementer == row[3]
        assert p.attributes == (("项目属性", row[4]),)
        assert (p.use, p.goal) == (row[14], row[15])


def test_indicators_joined_by_project_name_with_direction_nature_and_weight(document):
    rows = [row for row in _cells("绩效指标表")[3:] if row[1]]
    assert sum(len(p.indicators) for p in document.projects) == len(rows) == 80
    by_name = {p.name: list(p.indicators) for p in document.projects}
    level1 = ""
    for row in rows:
        _, name, one, two, three, nature, direction, value, unit, weight, basis = row
        level1 = one or level1  # 一级指标 merged down within the project
        indicator = by_name[name].pop(0)
        assert (indicator.level1, indicator.level2, indicator.level3) == (level1, two, three)
        assert (indicator.nature, indicator.weight, indicator.basis) == (nature, Decimal(weight), basis)
        if isinstance(value, (int, float)):
            assert indicator.value.comparator == _DIRECTION[direction], three
            assert indicator.value.number == Decimal(str(value)), three
            # the target as one cell would print it («≥1500本»); units the parser does not know
            # («本») leave Value.unit None, as they do in any other layout
            sign = {"正向": "≥", "反向": "≤", "等于": "="}[direction]
            assert indicator.value.raw == f"{sign}{value}{unit or ''}", three
    assert not any(by_name.values())


def test_the_department_prose_stays_prose(document):
    labels = [s.path[-1] for s in document.sections]
    assert {"部门职责", "项目支出概况", "年度总体绩效目标", "保障措施"} <= set(labels)


def _docx_from_workbook(path: Path, order: tuple[str, ...]) -> None:
    """The workbook's two list tables (merges kept) in a .docx, in the given order."""
    import docx

    book = load_workbook(NINGJIN)
    document = docx.Document()
    document.add_paragraph("宁晋县残疾人联合会2025年项目支出绩效目标", style="Title")
    for title in order:
        sheet = book[title]
        first = 3  # the header row: under the title and the 填报单位 / 说明 row
        rows = list(sheet.iter_rows(min_row=first, values_only=True))
        document.add_paragraph(title)
        table = document.add_table(rows=len(rows), cols=sheet.max_column)
        for merged in sheet.merged_cells.ranges:
            if merged.min_row >= first:
                table.cell(merged.min_row - first, merged.min_col - 1).merge(
                    table.cell(merged.max_row - first, merged.max_col - 1))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    table.cell(r, c).text = f"{value:.2f}" if isinstance(value, float) else str(value)
    document.save(str(path))


@pytest.mark.parametrize("order", [("项目情况表", "绩效指标表"), ("绩效指标表", "项目情况表")])
def test_the_same_tables_in_a_docx_in_either_order(document, tmp_path, order):
    path = tmp_path / "ningjin.docx"
    _docx_from_workbook(path, order)
    read = read_document(path)
    assert [(p.code, p.budget, p.fiscal, p.unit, p.spending_plan, p.parts) for p in read.projects] == [
        (p.code, p.budget, p.fiscal, p.unit, p.spending_plan, p.parts) for p in document.projects]
    assert [[(i.level3, i.value.comparator, i.value.number, i.nature, i.weight) for i in p.indicators]
            for p in read.projects] == [
        [(i.level3, i.value.comparator, i.value.number, i.nature, i.weight) for i in p.indicators]
        for p in document.projects]


@pytest.mark.parametrize("order", [("项目情况表", "绩效指标表"), ("绩效指标表", "项目情况表")])
def test_a_unit_line_under_the_title_says_the_lists_unit_in_either_order(tmp_path, order):
    """«金额单位：元» printed once under the title lands over whichever list comes first; over the
    indicator list it still says the unit of the project list's money."""
    import docx

    tables = {"项目情况表": [["序号", "项目编码", "项目名称", "预算数", "资金用途", "年度绩效目标"],
                        ["1", "P001", "残疾人康复补贴", "356400.00", "用于康复训练补贴。", "完成康复训练120人。"]],
              "绩效指标表": [["序号", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
                        ["1", "残疾人康复补贴", "产出指标", "数量指标", "康复训练人数", "≥120人", "年度计划"]]}
    document = docx.Document()
    document.add_paragraph("某县残疾人联合会2025年项目支出绩效目标", style="Title")
    document.add_paragraph("填报单位：某县残疾人联合会　　金额单位：元")
    for caption in order:
        document.add_paragraph(caption)
        rows = tables[caption]
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    path = tmp_path / "listed.docx"
    document.save(str(path))
    read = read_document(path)
    assert [(p.name, p.unit, p.budget) for p in read.projects] == [("残疾人康复补贴", "元", Decimal("356400.00"))]
    assert not any("金额单位" in w for w in read.warnings)
