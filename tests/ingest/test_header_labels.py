"""Header labels read by their form as well as by their word: the budget year qualifying a money
label («其中：当年财政拨款»), money carried over from last year (上年结转资金, kept as other funds), a
money word merged down over the money rows as the block's heading («年度资金»), labels joined by 及
that name one field («项目主要内容及资金用途»), 实施期 (an attribute) and 年度 (read, not kept)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.tables import read_header

D = Decimal
NAME = ["项目名称", "某某经费", "", ""]


def _money(header) -> tuple:
    return header.budget, header.fiscal, header.other


@pytest.mark.parametrize(("rows", "expected"), [
    # «年度资金» merged down the first column over three label | value rows
    ([["年度资金", "年度资金总额", "245.60", ""], ["", "其中：当年财政拨款", "220.00", ""],
      ["", "上年结转资金", "25.60", ""]], (D("245.60"), D("220.00"), D("25.60"))),
    # the same heading over a row of labels, the values in the row below
    ([["年度资金", "资金总额", "其中：财政拨款", "其他资金"], ["", "520.00", "400.00", "120.00"]],
     (D(520), D(400), D(120))),
    ([["资金情况", "资金总额", "其中：财政拨款", "其他资金"], ["", "186.00", "186.00", "0.00"]],
     (D(186), D(186), D(0))),
    ([["本年预算数", "80", "", ""], ["本年财政拨款", "60", "上年结转", "20"]], (D(80), D(60), D(20))),
    ([["预算数", "30", "", ""], ["当年财政资金", "25", "结转资金", "5"]], (D(30), D(25), D(5))),
])
def test_money_labels_in_their_forms(rows, expected):
    header = read_header([NAME, ["单位：万元", "", "", ""], *rows])
    assert _money(header) == expected
    assert header.problems == ()


def test_a_year_before_a_block_label_is_still_the_block():
    """«年度预算资金（万元）» heads the rows under it: it is no 预算资金 of its own."""
    header = read_header([NAME, ["年度预算资金（万元）", "总计", "80", ""], ["", "本级财政资金", "80", ""]])
    assert _money(header) == (D(80), D(80), None) and header.problems == ()


@pytest.mark.parametrize(("label", "field"), [
    ("项目主要内容及资金用途", "use"),
    ("主要内容及资金用途", "use"),
    ("项目内容及资金用途", "use"),
])
def test_labels_joined_by_ji_name_their_one_field(label, field):
    header = read_header([NAME, ["资金总额（万元）", "10", "", ""], [label, "用于某某工作", "", ""]])
    assert getattr(header, field) == "用于某某工作" and header.problems == ()


def test_labels_joined_by_ji_naming_two_fields_are_no_field():
    """«预算规模及资金用途» heads a block of money and its use: it is neither alone."""
    header = read_header([NAME, ["预算规模及资金用途", "资金总额（万元）", "10", ""],
                          ["", "用于某某工作", "", ""]])
    assert (header.budget, header.use, header.problems) == (D(10), "用于某某工作", ())


def test_the_term_is_an_attribute_and_the_year_is_read():
    header = read_header([NAME, ["资金总额（万元）", "10", "", ""],
                          ["项目属性", "延续项目", "实施期", "2025年1月1日至2025年12月31日"],
                          ["年度", "2025年", "", ""]])
    assert header.attributes == (("项目属性", "延续项目"), ("实施期", "2025年1月1日至2025年12月31日"))
    assert header.problems == ()


def test_an_unknown_label_is_still_reported():
    header = read_header([NAME, ["资金总额（万元）", "10", "", ""], ["项目备案号", "BA-2025-001", "", ""]])
    assert header.problems == ("表头中的 «项目备案号» 无法归入任何字段", "表头中的 «BA-2025-001» 无法归入任何字段")


def test_who_answers_for_a_project_and_its_unit():
    """«项目单位 | …中心 | 项目负责人 | 李向东 | 联系电话 | 0310-…»: the unit that carries it out,
    and the person and number kept as attributes (a reviewer asks whose projects they are)."""
    header = read_header([NAME, ["项目单位", "某某县市政设施管理所", "项目负责人", "李向东", "联系电话", "0310-7521074"],
                          ["资金总额（万元）", "10", "", "", "", ""]])
    assert header.implementer == "某某县市政设施管理所"
    assert ("项目负责人", "李向东") in header.attributes and ("联系电话", "0310-7521074") in header.attributes
    assert header.problems == ()


def test_the_county_share_printed_as_benji_anpai():
    """«其中：上级补助 | 45.00 | 本级安排 | 75.00»: the parts of 财政拨款, the county's as 本级财政."""
    header = read_header([NAME, ["资金总额（万元）", "120.00", "财政拨款", "120.00"],
                          ["其中：上级补助", "45.00", "本级安排", "75.00"]])
    assert {p.label: p.amount for p in header.parts} == {"上级补助": D(45), "本级财政": D(75)}
    assert header.problems == ()
