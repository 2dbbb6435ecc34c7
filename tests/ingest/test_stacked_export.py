"""A budget system's export with every project stacked as a block on one sheet: eval/dev/docs/
shenji-2025.xlsx. A block is a title row that does not name the project («项目支出绩效目标申报表（3）»),
a «填报单位：… | 金额单位：元» row of its own, label/value pairs two to four a row (项目负责人 | 联系电话 |
项目类别; 年度资金总额 | 其中：本级财政 | 上级补助 | 自筹资金), a plan under «实施进度计划（累计支出比例）»
(or «（累计支出金额）», figures in 万元) merged down beside its quarters, and an indicator table whose
指标值 and 计量单位 stand in columns of their own; a front sheet holds labelled prose and totals.

Expected values are read here from the workbook's cells with openpyxl, as a person reads them (the
bold cells are the labels, each value in the cell after its label), never from what ingest read.
"""

from __future__ import annotations

import re
import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from ingest import read_document
from ingest.spending_plan import read_spending_plan
from tests.conftest import ROOT

SHENJI = ROOT / "eval" / "dev" / "docs" / "shenji-2025.xlsx"
_SIGNS = {"≥": ">=", "≤": "<=", "=": "=", "＞": ">", "＜": "<"}


@dataclass(frozen=True)
class Row:
    """One indicator row as printed: levels, comparator, number, unit, basis, Excel row."""

    levels: tuple[str, str, str]
    comparator: str | None
    number: Decimal | None
    unit: str | None
    text: str  # the value of a row in words («明显增强», «2025年9月底前»)
    deadline: date | None  # «2025年9月底前» → 2025-09-30: a date the row must be done by
    basis: str
    sheet_row: int


@dataclass(frozen=True)
class Block:
    """One project block as its cells print it."""

    fields: dict
    unit: str
    plan: tuple
    amounts: bool  # the plan printed as cumulative amounts, not percents
    rows: tuple[Row, ...]
    first_row: int  # the Excel row of the 填报单位 line, where the block's table starts


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _amount(value) -> Decimal | None:
    return None if value is None else Decimal(repr(value))


def _grid(sheet) -> tuple[list[list], set[tuple[int, int]]]:
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    bold = {(cell.row - 1, cell.column - 1) for row in sheet.iter_rows() for cell in row
            if cell.value is not None and cell.font.b}
    return rows, bold


def _blocks() -> list[Block]:
    rows, bold = _grid(load_workbook(SHENJI)["项目绩效目标"])
    starts = [r for r, row in enumerate(rows) if _text(row[0]).startswith("项目支出绩效目标申报表")]
    out = []
    for start, end in zip(starts, [*starts[1:], len(rows)]):
        unit = next(_text(v).split("：")[1] for v in rows[start + 1] if _text(v).startswith("金额单位"))
        head = next(r for r in range(start, end) if rows[r][0] == "一级指标")
        fields, plan, amounts = {}, (), False
        for r in range(start + 2, head):
            if _text(rows[r][0]).startswith("实施进度计划"):
                label, periods = rows[r][0], [c for c in range(1, len(rows[r])) if rows[r][c]]
                figures = [rows[r + 1][c] for c in periods]
                amounts = "金额" in label
                if amounts:  # cumulative amounts: each the share of the budget it is
                    total = _amount(fields["年度资金总额"])
                    plan = tuple(None if f is None else _amount(f) / total * 100 for f in figures)
                else:
                    plan = tuple(None if f is None else Decimal(f.rstrip("%")) for f in figures)
                continue
            for c, value in enumerate(rows[r]):
                if (r, c) in bold:
                    fields[value] = rows[r][c + 1]
        columns = {value: c for c, value in enumerate(rows[head]) if value}
        level1 = level2 = ""
        found = []
        for r in range(head + 1, end):
            if not any(_text(v) for v in rows[r]):
                break
            level1 = _text(rows[r][columns["一级指标"]]) or level1  # merged down: the top cell holds it
            level2 = _text(rows[r][columns["二级指标"]]) or level2
            value = _text(rows[r][columns["指标值"]])
            match = re.fullmatch(r"([≥≤=＞＜]?)(\d+(?:\.\d+)?)", value)
            deadline = _deadline(value)
            found.append(Row(
                levels=(level1, level2, _text(rows[r][columns["三级指标"]])),
                comparator=_SIGNS.get(match[1]) if match else "<=" if deadline else None,
                number=Decimal(match[2]) if match else None,
                unit=_text(rows[r][columns["计量单位"]]) or None, text="" if match else value,
                deadline=deadline,
                basis=_text(rows[r][columns["指标值设定依据"]]), sheet_row=r + 1))
        out.append(Block(fields, unit, plan, amounts, tuple(found), start + 2))
    return out


def _deadline(text: str) -> date | None:
    """«2025年9月底前» → 2025-09-30, «2025年7月31日前» → 2025-07-31; None for any other text."""
    match = re.fullmatch(r"(\d{4})年(\d{1,2})月(?:底|(\d{1,2})日)前", text)
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    return date(year, month, int(match[3]) if match[3] else calendar.monthrange(year, month)[1])


def _refs(text: str) -> list[str]:
    """Document numbers in any bracket, canonical: 冀审发【2024】5号 → 冀审发〔2024〕5号."""
    return [f"{m[1]}〔{m[2]}〕{m[3]}号" for m in re.finditer(
        r"([\u4e00-\u9fff]{2,8}?)[〔【\[（(](\d{4})[〕】\]）)](\d+)号", text)]


@pytest.fixture(scope="module")
def document():
    return read_document(SHENJI)


@pytest.fixture(scope="module")
def blocks():
    found = _blocks()
    assert len(found) == 9 and sum(len(b.rows) for b in found) == 70
    return found


def test_every_block_is_one_project_with_its_header_fields(document, blocks):
    assert document.warnings == ()
    assert (document.source.department, document.source.year) == ("邯郸市丛台区审计局", 2025)
    assert [(p.code, p.name) for p in document.projects] == [
        (b.fields["项目编码"], b.fields["项目名称"]) for b in blocks]
    for b, p in zip(blocks, document.projects):
        assert (p.department, p.implementer) == (b.fields["主管部门"], b.fields["实施单位"]), p.name
        assert (p.use, p.goal) == (b.fields["项目概况及资金用途"], b.fields["年度绩效目标"]), p.name
        assert p.attributes == tuple((label, b.fields[label]) for label in ("项目负责人", "联系电话", "项目类别"))
        assert (p.locator.sheet, p.locator.sheet_row) == ("项目绩效目标", b.first_row), p.name
        # a document number in the project's name is the project's reference
        assert [r.canonical for r in p.policy_refs] == _refs(p.name), p.name


def test_money_in_each_blocks_own_unit_with_its_parts(document, blocks):
    for b, p in zip(blocks, document.projects):
        parts = [(label.removeprefix("其中："), _amount(b.fields[label]))
                 for label in ("其中：本级财政", "上级补助") if b.fields[label] is not None]
        assert p.unit == b.unit, p.name
        assert p.budget == _amount(b.fields["年度资金总额"]), p.name
        assert [(m.label, m.amount) for m in p.parts] == parts, p.name
        assert p.fiscal == sum(amount for _, amount in parts), p.name
        assert p.other == _amount(b.fields["自筹资金"]), p.name  # a blank cell is no amount stated
    assert [p.unit for p in document.projects].count("元") == 1


def test_the_plan_in_percents_or_amounts_by_quarter(document, blocks):
    for b, p in zip(blocks, document.projects):
        assert [s.month for s in p.spending_plan] == [3, 6, 9, 12], p.name
        # amounts become percents of the budget rounded to 0.01; a blank quarter stays unset
        assert all(s.percent == x if x is None or not b.amounts else abs(s.percent - x) <= Decimal("0.005")
                   for s, x in zip(p.spending_plan, b.plan)), p.name
    assert sum(b.amounts for b in blocks) == 1


def test_every_indicator_row_with_its_value_unit_and_basis(document, blocks):
    for b, p in zip(blocks, document.projects):
        assert len(p.indicators) == len(b.rows), p.name
        for n, (row, i) in enumerate(zip(b.rows, p.indicators), start=1):
            where = f"{p.name} {row.levels[2]}"
            assert (i.level1, i.level2, i.level3) == row.levels, where
            assert (i.value.comparator, i.value.number, i.value.unit) == (
                row.comparator, row.number, row.unit), where
            if row.text:
                assert (i.value.raw, i.value.deadline) == (row.text, row.deadline), where
            assert i.basis == row.basis, where
            assert [r.canonical for r in i.policy_refs] == _refs(row.basis), where
            assert (i.locator.row, i.locator.sheet_row) == (n, row.sheet_row), where


def test_the_front_sheets_labelled_prose(document):
    rows, bold = _grid(load_workbook(SHENJI)["部门整体绩效"])
    title = rows[0][0]
    expected = [((title, rows[r][0]), rows[r][1], r + 1) for r in range(len(rows))
                if (r, 0) in bold and len(_text(rows[r][1])) >= 20]
    assert len(expected) == 3
    assert [(s.path, s.text, s.locator.sheet, s.locator.sheet_row) for s in document.sections] == [
        (path, text, "部门整体绩效", at) for path, text, at in expected]


# The plan's label: «实施进度计划» names a schedule; its note says what the figures are.

def _plan(label: str, figures: list[str], budget: str = "54.00") -> list:
    grid = [[label, "第一季度末", "第二季度末", "第三季度末", "第四季度末"], ["", *figures]]
    points, _, problems = read_spending_plan(grid, Decimal(budget), "万元")
    assert problems == []
    return [point.percent for point in points]


@pytest.mark.parametrize("label, figures, expected", [
    ("实施进度计划（累计支出金额）", ["10.80", "27.00", "43.20", "54.00"], [20, 50, 80, 100]),
    ("实施进度计划（万元）", ["13.50", "27.00", "40.50", "54.00"], [25, 50, 75, 100]),
    ("实施进度计划（累计支出比例）", ["10%", "40%", "70%", "100%"], [10, 40, 70, 100]),
    ("实施进度计划（累计支出比例）", ["10", "40", "70", "100"], [10, 40, 70, 100]),
    # a note of spending alone says neither: the label's 进度 keeps the figures percents
    ("资金支出进度计划（累计支出）", ["25", "50", "75", "100"], [25, 50, 75, 100]),
    ("资金支出进度", ["25", "50", "75", "100"], [25, 50, 75, 100]),
])
def test_a_plan_labels_note_says_what_its_figures_are(label, figures, expected):
    assert _plan(label, figures) == expected


def test_a_plan_named_a_schedule_down_a_column():
    grid = [["实施进度计划（累计支出比例）", "第一季度末", "30%"], ["", "第二季度末", "60%"],
            ["", "第三季度末", "85%"], ["", "第四季度末", "100%"]]
    points, _, problems = read_spending_plan(grid, Decimal(100), "万元")
    assert [(p.month, p.percent) for p in points] == [(3, 30), (6, 60), (9, 85), (12, 100)]
    assert problems == []


def _stacked_workbook(path, units: tuple[str, ...]) -> None:
    """Blocks stacked on one sheet, each under a title and a «填报单位：…» line alone (the unit said
    in the money label), its pairs three a row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    r = 1
    for n, unit in enumerate(units, start=1):
        lines = [[f"项目支出绩效目标申报表（{n}）"], ["填报单位：某县审计局"],
                 ["项目名称", f"审计项目{n}", "项目编码", f"P00{n}", "实施单位", "某县审计中心"],
                 [f"年度资金总额（{unit}）", "120.00", "其中：本级财政", "100.00", "自筹资金", "20.00"],
                 ["项目概况及资金用途", "用于开展专项审计所需的外聘人员劳务费用。"],
                 ["年度绩效目标", "完成专项审计项目10个以上。"],
                 ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值设定依据"],
                 ["产出指标", "数量指标", "审计项目数", "≥10", "个", "冀审发【2024】5号"]]
        for line in lines:
            for c, value in enumerate(line, start=1):
                sheet.cell(r, c, value)
            r += 1
        sheet.cell(r - len(lines), 1).font = Font(bold=True)
        r += 1
    book.save(path)


def test_a_who_fills_it_in_line_over_each_block_is_not_prose(tmp_path):
    path = tmp_path / "stacked.xlsx"
    _stacked_workbook(path, ("万元", "元"))
    document = read_document(path)
    assert document.sections == () and document.warnings == ()
    assert [(p.code, p.unit, p.budget, p.fiscal, p.other) for p in document.projects] == [
        ("P001", "万元", Decimal(120), Decimal(100), Decimal(20)),
        ("P002", "元", Decimal(120), Decimal(100), Decimal(20))]
    assert [[(i.value.comparator, i.value.number, i.value.unit, [r.canonical for r in i.policy_refs])
             for i in p.indicators] for p in document.projects] == [
        [(">=", Decimal(10), "个", ["冀审发〔2024〕5号"])]] * 2
