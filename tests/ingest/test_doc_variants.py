"""County documents delivered as old binary Word (.doc) in layouts of their own
(eval/layout_doc_variants.py): a plan as period/figure pairs along one row, a plan down a column
beside a merged «支出进度», an indicator header on two rows, an indicator table cut in two under
«（续表）» (in a .doc the tables that touch are merged, so the part after it sits on another grid),
«表3-2 …绩效目标表» captions under a prose heading, 责任单位, and an empty 备注 column.

The row-level tests are pure and quick; the last one writes all six layouts, saves them as .doc with
LibreOffice and reads them back through the .doc path (slow).
"""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from eval.layout_doc_variants import VARIANTS, check, write_variants
from ingest import read_document
from ingest.header import read_header
from ingest.labels import find_indicator_header
from ingest.sections import Paragraph, Table, assemble_document
from ingest.spending_plan import read_spending_plan
from ingest.tables import read_indicators

D = Decimal
HEADS = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]


def _plan(grid):
    points, _, problems = read_spending_plan(grid, D("100"))
    return [(p.month, p.percent) for p in points], problems


def test_plan_as_period_figure_pairs_along_one_row():
    row = ["3月底", "20%", "", "6月底", "45%", "9月底", "", "75%", "12月底", "100%"]
    assert _plan([row]) == ([(3, D(20)), (6, D(45)), (9, D(75)), (12, D(100))], [])


def test_plan_down_a_column_beside_its_merged_label():
    grid = [["支出进度", "截至3月底", "20%"], ["", "截至6月底", "45%"],
            ["", "截至9月底", "75%"], ["", "截至12月底", "100%"]]
    assert _plan(grid)[0] == [(3, D(20)), (6, D(45)), (9, D(75)), (12, D(100))]
    header = read_header([["项目名称", "某某经费"], ["资金总额（万元）", "100"], *grid])
    assert not [p for p in header.problems if "无法归入" in p]


def test_implementer_under_its_regional_label():
    header = read_header([["主管部门", "威县卫生健康局", "责任单位", "威县疾病预防控制中心"]])
    assert (header.department, header.implementer) == ("威县卫生健康局", "威县疾病预防控制中心")


def test_indicator_header_on_two_rows():
    rows = [["绩效指标", "", "", "指标值", "指标值确定依据"],
            ["一级指标", "二级指标", "三级指标", "", ""],
            ["产出指标", "数量指标", "接种人次", "≥12000人次", "冀卫疾控〔2024〕7号"],
            ["", "质量指标", "接种率", "≥95%", "国家要求"]]
    assert find_indicator_header([["资金用途", "用于…"], *rows]) == 1
    read = read_indicators(rows)
    assert [(r.level1, r.level2, r.level3, r.value, r.basis) for r in read.rows] == [
        ("产出指标", "数量指标", "接种人次", "≥12000人次", "冀卫疾控〔2024〕7号"),
        ("产出指标", "质量指标", "接种率", "≥95%", "国家要求")]
    assert read.problems == ()


def test_a_header_repeated_on_another_grid_moves_the_columns():
    wide = ["一级指标", "", "二级指标", "三级指标", "", "指标值", "指标值确定依据"]
    rows = [wide, ["产出指标", "", "数量指标", "接种人次", "", "≥12000人次", "测算"],
            HEADS, ["效益指标", "社会效益指标", "健康素养", "明显提升", "规划"]]
    assert [(r.level1, r.level3, r.value, r.basis) for r in read_indicators(rows).rows] == [
        ("产出指标", "接种人次", "≥12000人次", "测算"), ("效益指标", "健康素养", "明显提升", "规划")]


def test_an_empty_notes_column_is_no_problem():
    rows = [[*HEADS, "备注"], ["产出指标", "数量指标", "接种人次", "≥1次", "测算", ""]]
    assert read_indicators(rows).problems == ()


def test_table_after_a_continuation_caption_goes_on():
    header = (("项目名称", "某某经费", "项目编码", "P001"), ("资金总额（万元）", "100", "", ""))
    blocks = [Paragraph("表3-1 某某经费项目绩效目标表"),
              Table(header + (tuple(HEADS), ("产出指标", "数量指标", "接种人次", "≥1次", "测算"))),
              Paragraph("（续表）"),
              Table((tuple(HEADS), ("效益指标", "社会效益指标", "健康素养", "明显提升", "规划")))]
    document = assemble_document(blocks, "x.doc")
    (project,) = document.projects
    assert [i.level3 for i in project.indicators] == ["接种人次", "健康素养"]


def test_a_numbered_table_caption_under_a_prose_heading_titles_the_project():
    blocks = [Paragraph("二、项目支出绩效目标", heading=True, style_level=1),
              Paragraph("表3-1 某某经费项目绩效目标表"),
              Table((("资金总额（万元）", "100"), tuple(HEADS),
                     ("产出指标", "数量指标", "接种人次", "≥1次", "测算")))]
    document = assemble_document(blocks, "x.doc")
    assert [p.name for p in document.projects] == ["某某经费"]
    assert document.sections == ()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="saving .doc needs LibreOffice (soffice)")
def test_every_doc_layout_reads_every_fact(tmp_path):
    for name, path in write_variants(list(VARIANTS), tmp_path).items():
        assert path.suffix == ".doc"
        assert check(read_document(path)) == [], name
