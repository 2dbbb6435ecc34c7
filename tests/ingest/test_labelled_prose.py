"""A department's whole-year goals laid out as a table — a label cell beside its text, as a
budget system's Excel export writes them — are read as prose sections, one per line of text,
under the table's title and the label; the 填报单位 line names the department."""

from __future__ import annotations

import pytest

from ingest import read_document
from ingest.sections import Paragraph, Table, assemble_document
from ingest.values import parse_value
from tests.conftest import ROOT

XLSX = ROOT / "eval" / "heldout" / "docs" / "guantao-2025.xlsx"


def test_label_and_text_rows_become_sections():
    blocks = [Paragraph("某县某局2025年部门整体绩效目标"), Paragraph("金额单位：万元"),
              Table((("部门名称", "某县某局", ""),
                     ("项目支出合计", "100.00", ""),
                     ("保障措施", "1.压实工作责任，成立领导小组，实行周调度。\n2.强化执行监控，按月开展双监控。", ""))),
              ]
    document = assemble_document(blocks, "x.xlsx")
    assert [(s.path, s.text) for s in document.sections] == [
        (("某县某局2025年部门整体绩效目标", "保障措施"), "1.压实工作责任，成立领导小组，实行周调度。"),
        (("某县某局2025年部门整体绩效目标", "保障措施"), "2.强化执行监控，按月开展双监控。")]
    assert not any("跳过" in w for w in document.warnings)


def test_a_table_of_short_values_is_still_skipped():
    blocks = [Paragraph("附表"), Table((("部门名称", "某县某局"), ("项目个数", "3")))]
    document = assemble_document(blocks, "x.xlsx")
    assert document.sections == () and any("跳过" in w for w in document.warnings)


def test_the_excel_export_keeps_its_department_prose():
    document = read_document(XLSX)
    measures = [s for s in document.sections if s.path[-1] == "保障措施"]
    assert len(measures) == 4 and measures[0].locator.sheet == "部门整体绩效目标"
    assert all(s.path[0].endswith("部门整体绩效目标") for s in measures)
    assert not any("填报单位" in w for w in document.warnings)
    assert not any(s.text.startswith("金额单位") for s in document.sections)


def test_a_compound_unit_is_kept_whole():
    assert parse_value("≥8000台件").unit == "台件"
    assert parse_value("≥1200台").unit == "台"


def test_the_unit_line_over_one_table_is_that_table_unit():
    """«填报单位：…　金额单位：元» between a project's heading and its table: that table is in 元
    (read as 万元 it was 10,000 times too large), the others stay in 万元."""
    import docx

    path = ROOT / "eval" / "heldout" / "docs" / "tuiyi-2025.docx"
    lines = [p.text for p in docx.Document(str(path)).paragraphs if "金额单位" in p.text]
    printed = [line.rsplit("金额单位：", 1)[1].strip() for line in lines]
    document = read_document(path)
    assert [p.unit for p in document.projects] == printed and "元" in printed and "万元" in printed
    assert not document.warnings
    assert all(p.use for p in document.projects)  # «项目主要内容» is the use of funds


def _table(budget: str, cost: str) -> Table:
    return Table((("项目名称", "某某经费", "", ""), ("项目编码", "13000025P00000000001A", "", ""),
                  ("资金总额", budget, "财政拨款", budget),
                  ("一级指标", "二级指标", "三级指标", "指标值"),
                  ("产出指标", "成本指标", "经费支出", cost)))


@pytest.mark.parametrize(("budget", "cost", "unit"), [("425000.00", "≤425000元", "元"),
                                                      ("42.5", "≤42.5万元", "万元"),
                                                      ("42.5", "≤425000元", "万元")])
def test_a_table_without_a_unit_takes_the_one_its_cost_row_states(budget, cost, unit):
    """No «单位» anywhere: a cost row stating the budget's own figure says the unit; a row that
    states another figure says nothing, and 万元 is kept (with the warning)."""
    (project,) = assemble_document([Paragraph("1.某某经费绩效目标表"), _table(budget, cost)], "x.docx").projects
    assert project.unit == unit
