"""Other funds printed under a carry-over label (上年结转资金) stay other funds and are also kept
as a part «上年结转», which never adds up into 财政拨款: it is last year's money, not this year's."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest import read_document
from ingest.tables import read_header


@pytest.mark.parametrize("label", ["上年结转资金", "上年结转", "结转资金"])
def test_carryover_is_other_funds_with_its_part(label):
    header = read_header([["预算数", "128.00"], ["财政拨款", "98.00"], [label, "30.00"]])
    assert (header.budget, header.fiscal, header.other) == (Decimal("128.00"), Decimal("98.00"),
                                                            Decimal("30.00"))
    assert [(p.label, p.amount) for p in header.parts] == [("上年结转", Decimal("30.00"))]


def test_the_carryover_part_is_not_summed_into_fiscal():
    header = read_header([["预算数", "128.00"], ["本级财政", "60.00"], ["上级补助", "38.00"],
                          ["上年结转资金", "30.00"]])
    assert (header.fiscal, header.other) == (Decimal("98.00"), Decimal("30.00"))
    assert [p.label for p in header.parts] == ["本级财政", "上级补助", "上年结转"]


def test_beside_other_funds_the_carryover_is_still_named():
    header = read_header([["预算数", "130.00"], ["财政资金", "98.00"], ["其他资金", "32.00"],
                          ["上年结转资金", "30.00"]])
    assert header.other == Decimal("32.00")
    assert [(p.label, p.amount) for p in header.parts] == [("上年结转", Decimal("30.00"))]


def test_yingji_names_its_carried_over_funds():
    projects = read_document(Path(__file__).parents[2] / "eval/dev/docs/yingji-2025.docx").projects
    carried = {p.name: p for p in projects if any(m.label == "上年结转" for m in p.parts)}
    assert len(carried) >= 2
    for p in carried.values():
        (part,) = [m for m in p.parts if m.label == "上年结转"]
        assert part.amount == p.other and p.fiscal + p.other == p.budget
