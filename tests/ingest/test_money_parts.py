"""A budget printed as a money block: a label merged down the first column («预算金额（万元）»), the
parts in the second (合计 / 其中：本级财政 / 上级补助 / 其他), each value beside its part; and a
spending plan whose label is merged down over a row of periods (1-3月 … 1-12月) and their percents.

The parts keep the name printed, one name per spelling (MONEY_PART_LABELS); «合计» is the budget and
«其他» the other funds only inside such a block. Expected values of eval/dev/docs/weijian-2025.docx
are read from its cells with python-docx here, not copied from what jixiao reads.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest

from ingest import read_document
from ingest.records import MoneyPart
from ingest.tables import MONEY_PART_LABELS, read_header
from ingest.text_reader import read_text_export
from tests.conftest import ROOT

WEIJIAN = ROOT / "eval" / "dev" / "docs" / "weijian-2025.docx"


def block(label: str, *parts: tuple[str, str]) -> list[list[str]]:
    """Header rows with a money block: `label` merged down the first column over the parts."""
    rows = [["项目名称", "某某经费", "", ""]]
    for i, (part, value) in enumerate(parts):
        rows.append([label if i == 0 else "", part, value, ""])
    return rows


def money(header) -> tuple:
    return header.budget, header.fiscal, header.other, [(p.label, p.amount) for p in header.parts]


D = Decimal


@pytest.mark.parametrize(("label", "parts", "expected"), [
    ("预算金额（万元）", [("合计", "1860.50"), ("其中：本级财政", "372.10"), ("上级补助", "1488.40"), ("其他", "0.00")],
     (D("1860.50"), D("1860.50"), D("0.00"), [("本级财政", D("372.10")), ("上级补助", D("1488.40"))])),
    ("资金情况（万元）", [("小计", "100"), ("其中：中央资金", "50"), ("省级资金", "20"), ("市级资金", "10"),
                      ("县级资金", "15"), ("自筹资金", "5")],
     (D(100), D(95), D(5), [("中央资金", D(50)), ("省级资金", D(20)), ("市级资金", D(10)), ("县级资金", D(15))])),
    ("年度预算资金（万元）", [("总计", "80"), ("上级转移支付", "30"), ("本级财政资金", "50"), ("其他资金", "")],
     (D(80), D(80), None, [("上级转移支付", D(30)), ("本级财政", D(50))])),
    ("预算金额（万元）", [("合计", "1550"), ("其中：一般公共预算拨款", "900"), ("政府性基金预算", "650")],
     (D(1550), D(1550), None, [("一般公共预算", D(900)), ("政府性基金", D(650))])),
    # A printed 财政拨款 is the fiscal share; its parts are kept beside it, not added up again
    ("项目资金（万元）", [("合计", "120"), ("财政拨款", "100"), ("其中：中央补助", "60"), ("省级补助资金", "40"),
                      ("单位自筹", "20")],
     (D(120), D(100), D(20), [("中央资金", D(60)), ("省级资金", D(40))])),
])
def test_a_money_block_in_any_spelling(label, parts, expected):
    header = read_header(block(label, *parts))
    assert money(header) == expected
    assert header.problems == ()
    assert {p.label for p in header.parts} <= MONEY_PART_LABELS


def test_the_unit_comes_from_the_block_label():
    header = read_header(block("预算金额（元）", ("合计", "568000.00"), ("其中：本级财政", "328000.00"),
                               ("上级补助", "240000.00"), ("其他", "0.00")))
    assert header.unit == "元" and header.budget == D("568000.00") and header.fiscal == D("568000.00")
    assert header.parts == (MoneyPart("本级财政", D("328000.00")), MoneyPart("上级补助", D("240000.00")))


def test_parts_in_one_row_beside_the_total():
    header = read_header([["项目名称", "某某经费"], ["单位：万元"],
                          ["资金总额", "100", "中央资金", "60", "县级资金", "30", "其他", "10"]])
    assert money(header) == (D(100), D(90), D(10), [("中央资金", D(60)), ("县级资金", D(30))])
    assert header.problems == ()


def test_parts_named_over_their_values():
    header = read_header([["项目名称", "某某经费", "", ""],
                          ["预算金额（万元）", "合计", "本级财政", "其他"],
                          ["", "85", "80", "5"]])
    assert money(header) == (D(85), D(80), D(5), [("本级财政", D(80))])
    assert header.problems == ()


def test_total_and_other_are_labels_only_in_a_money_block():
    header = read_header([["项目名称", "某某经费"], ["单位：万元"], ["预算数", "20"], ["其他", "说明文字"]])
    assert (header.budget, header.other, header.parts) == (D(20), None, ())
    assert header.problems == ("表头中的 «其他» 无法归入任何字段", "表头中的 «说明文字» 无法归入任何字段")


def test_a_part_left_blank_is_not_kept():
    header = read_header(block("预算金额（万元）", ("合计", "50"), ("其中：本级财政", "50"), ("上级补助", "—")))
    assert header.parts == (MoneyPart("本级财政", D(50)),) and header.fiscal == D(50)


@pytest.mark.parametrize("periods", [
    ("1-3月", "1-6月", "1-9月", "1-12月"),
    ("1—3月", "1—6月", "1—9月", "1—12月"),
    ("1至3月", "1至6月", "1至9月", "1至12月"),
    ("1月-3月", "1月-6月", "1月-9月", "1月-12月"),
    ("截至3月", "截至6月", "截至9月", "截至12月"),
    ("截至3月底", "截至6月底", "截至9月底", "截至12月底"),
    ("第一季度", "第二季度", "第三季度", "第四季度"),
    ("3月底", "6月底", "9月底", "12月底"),
])
def test_a_plan_under_a_label_merged_down(periods):
    rows = [["项目名称", "某某经费", "", "", ""], ["预算数（万元）", "10", "", "", ""],
            ["资金支出计划（累计）", *periods], ["", "20%", "50%", "80%", "100%"]]
    header = read_header(rows)
    assert [(s.period, s.month, s.percent) for s in header.spending_plan] == [
        (period, month, D(percent)) for period, month, percent in zip(periods, (3, 6, 9, 12), (20, 50, 80, 100))]
    assert header.problems == ()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("一季度末累计支出15%，上半年累计支出45%，前三季度累计支出75%，年底前支出100%。",
     [("一季度末", 3, 15), ("上半年", 6, 45), ("前三季度", 9, 75), ("年底前", 12, 100)]),
    ("一季度末累计支出10%，二季度末累计支出35%，三季度末累计支出70%，年底累计支出100%。",
     [("一季度末", 3, 10), ("二季度末", 6, 35), ("三季度末", 9, 70), ("年底", 12, 100)]),
    ("1-6月累计支出50%，1-12月累计支出100%", [("1-6月", 6, 50), ("1-12月", 12, 100)]),
    ("3月底30%，6月底60%，9月底85%，12月底100%", [("3月底", 3, 30), ("6月底", 6, 60), ("9月底", 9, 85), ("12月底", 12, 100)]),
])
def test_a_plan_written_as_a_sentence(sentence, expected):
    header = read_header([["项目名称", "某某经费"], ["预算数（万元）", "10"], ["资金支出计划", sentence]])
    assert [(s.period, s.month, s.percent) for s in header.spending_plan] == [
        (period, month, D(percent)) for period, month, percent in expected]
    assert header.problems == ()


def _merged_block_docx(path: Path) -> None:
    """A header table like weijian-2025's, with real merged cells, then an indicator table."""
    document = docx.Document()
    document.add_paragraph("附表1  某某补助资金绩效目标表")
    document.add_paragraph("填报单位：某某县卫生健康局        金额单位：万元")
    table = document.add_table(rows=9, cols=5)
    table.cell(0, 0).text = "项目名称"
    table.cell(0, 1).merge(table.cell(0, 4)).text = "某某补助资金"
    table.cell(1, 0).text = "项目编码"
    table.cell(1, 1).merge(table.cell(1, 4)).text = "13043525P00XXXX10001Q"
    table.cell(2, 0).merge(table.cell(5, 0)).text = "预算金额（万元）"
    for r, (part, value) in enumerate([("合计", "300.00"), ("其中：中央资金", "180.00"),
                                       ("县级资金", "100.00"), ("其他", "20.00")], start=2):
        table.cell(r, 1).text = part
        table.cell(r, 2).merge(table.cell(r, 4)).text = value
    table.cell(6, 0).merge(table.cell(7, 0)).text = "资金支出计划（累计）"
    for c, (period, percent) in enumerate([("1-3月", "25%"), ("1-6月", "50%"), ("1-9月", "75%"),
                                           ("1-12月", "100%")], start=1):
        table.cell(6, c).text, table.cell(7, c).text = period, percent
    table.cell(8, 0).text = "年度绩效目标"
    table.cell(8, 1).merge(table.cell(8, 4)).text = "完成某某任务"
    document.add_paragraph("绩效指标：")
    indicators = document.add_table(rows=2, cols=4)
    for c, text in enumerate(["一级指标", "二级指标", "三级指标", "指标值"]):
        indicators.cell(0, c).text = text
    for c, text in enumerate(["产出指标", "数量指标", "服务人次", "≥100人次"]):
        indicators.cell(1, c).text = text
    document.save(path)


def test_a_docx_with_merged_cells(tmp_path):
    path = tmp_path / "block.docx"
    _merged_block_docx(path)
    document = read_document(path)
    assert document.warnings == () and document.sections == ()
    [p] = document.projects
    assert (p.name, p.unit, p.budget, p.fiscal, p.other) == ("某某补助资金", "万元", D(300), D(280), D(20))
    assert p.parts == (MoneyPart("中央资金", D(180)), MoneyPart("县级资金", D(100)))
    assert [(s.month, s.percent) for s in p.spending_plan] == [(3, 25), (6, 50), (9, 75), (12, 100)]


def test_the_text_export_reads_the_same_block():
    cells = [["项目名称", "某某补助资金"], ["项目编码", "P1"], ["预算金额（万元）", "合计", "300.00"],
             ["", "其中：中央资金", "180.00"], ["", "县级资金", "100.00"], ["", "其他", "20.00"],
             ["资金支出计划（累计）", "1-3月", "1-6月", "1-9月", "1-12月"], ["", "25%", "50%", "75%", "100%"],
             ["年度绩效目标", "完成某某任务"], ["一级指标", "三级指标", "指标值"], ["产出指标", "服务人次", "≥100人次"]]
    lines = ["1.某某补助资金绩效目标表"]
    for row in cells:
        lines += [f"\t{cell}" for cell in row] + [""]
    document = read_text_export("\n".join(lines), "block.txt")
    assert document.warnings == ()
    [p] = document.projects
    assert (p.budget, p.fiscal, p.other) == (D(300), D(280), D(20))
    assert p.parts == (MoneyPart("中央资金", D(180)), MoneyPart("县级资金", D(100)))
    assert [(s.month, s.percent) for s in p.spending_plan] == [(3, 25), (6, 50), (9, 75), (12, 100)]


def _weijian_as_printed() -> dict[str, dict[str, str]]:
    """Per 项目编码, the money block's cells: sub-label → value, and the block label."""
    out = {}
    for table in docx.Document(str(WEIJIAN)).tables:
        rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
        code = next((row[1] for row in rows if row[0] == "项目编码"), None)
        if code is None:
            continue
        money = {row[1]: row[2] for row in rows if row[0].startswith("预算金额")}
        money["unit"] = next(row[0] for row in rows if row[0].startswith("预算金额"))[5:-1]
        out[code] = money
    return out


def test_the_weijian_document_reads_every_budget():
    printed = _weijian_as_printed()
    document = read_document(WEIJIAN)
    assert document.warnings == ()
    assert len(printed) == len(document.projects) == 8
    for p in document.projects:
        cells = printed[p.code]
        own, upper = D(cells["其中：本级财政"]), D(cells["上级补助"])
        assert (p.unit, p.budget, p.fiscal, p.other) == (cells["unit"], D(cells["合计"]), own + upper,
                                                         D(cells["其他"])), p.code
        assert p.parts == (MoneyPart("本级财政", own), MoneyPart("上级补助", upper))
    assert {p.unit for p in document.projects} == {"万元", "元"}


def test_the_weijian_plans_grid_sentence_and_none():
    plans = [[(s.month, s.percent) for s in p.spending_plan] for p in read_document(WEIJIAN).projects]
    assert plans[0] == [(3, 20), (6, 50), (9, 80), (12, 100)]
    assert plans[1] == [(3, 15), (6, 45), (9, 75), (12, 100)]  # a sentence: 上半年, 前三季度, 年底前
    assert plans[5] == [(3, 10), (6, 35), (9, 70), (12, 100)]  # a sentence ending «年底累计支出100%»
    assert plans[7] == []
    assert all(len(plan) == 4 for i, plan in enumerate(plans) if i != 7)


def test_the_weijian_prose_and_captions():
    document = read_document(WEIJIAN)
    assert [s.path for s in document.sections] == [
        ("一、部门概况",), ("一、部门概况",), ("二、2025年度部门整体绩效目标",), ("三、项目支出安排情况",),
        *[("四、绩效管理保障措施",)] * 4]
    assert not [s for s in document.sections if "单位：" in s.text or s.text.startswith("附表")]
    assert (document.source.department, document.source.year) == ("曲周县卫生健康局", 2025)
