"""The national form's indicator table splits the target over 指标性质 | 指标值 | 度量单位
(eval/heldout/docs/shijian-2025.docx, held-out v5's document, read as development since it was
scored): the three cells are one target, as a single 指标值 cell would write it."""

from __future__ import annotations

from decimal import Decimal

import docx
import pytest

from ingest import quantity as q
from ingest import read_document
from ingest.tables import read_indicators
from tests.conftest import ROOT

SHIJIAN = ROOT / "eval" / "heldout" / "docs" / "shijian-2025.docx"
HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值设定依据"]


@pytest.mark.parametrize(("cells", "comparator", "number", "unit"), [
    (["≥", "2600", "批次"], q.GE, Decimal(2600), "批"),
    (["≤", "186", "万元"], q.LE, Decimal(186), "万元"),
    (["=", "100", "%"], q.EQ, Decimal(100), "%"),
    (["＞", "95", "%"], q.GT, Decimal(95), "%"),
    (["定性", "明显增强", ""], None, None, None),
])
def test_three_cells_are_one_target(cells, comparator, number, unit):
    from ingest.values import parse_value

    rows = [HEADER, ["产出指标", "数量指标", "抽检批次", *cells, "冀市监〔2023〕12号"]]
    (row,) = read_indicators(rows).rows
    value = parse_value(row.value)
    assert (value.comparator, value.number) == (comparator, number)
    assert unit is None or (value.unit or "").startswith(unit)
    if comparator is None:
        assert row.value == cells[1]


def test_no_column_is_left_unread():
    rows = [HEADER, ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "90", "%", "问卷调查"]]
    reading = read_indicators(rows)
    assert not reading.problems


def test_the_documents_targets_as_the_table_prints_them():
    """Every numeric row of the document: comparator, number and unit as its three cells say."""
    printed = []
    for table in docx.Document(str(SHIJIAN)).tables:
        header = [c.text.strip() for c in table.rows[1].cells] if len(table.rows) > 1 else []
        if "指标性质" not in header:
            continue
        for row in table.rows[2:]:
            cells = [c.text.strip() for c in row.cells]
            printed.append((cells[2], cells[3], cells[4], cells[5]))
    stored = {i.level3: i.value for p in read_document(SHIJIAN).projects for i in p.indicators}
    signs = {"≥": q.GE, "≤": q.LE, "=": q.EQ, ">": q.GT, "<": q.LT}
    assert len(printed) == len(stored) > 50
    for name, sign, number, unit in printed:
        value = stored[name]
        if sign == "定性":
            assert value.number is None
            continue
        assert value.comparator == signs[sign] and value.number == Decimal(number), name
