"""The one quantity module: comparators (every word and its negation, question side and value
side), numerals in every form, units, money in 分."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest import quantity as q
from ingest.values import parse_value

D = Decimal

# Every comparator word a question or a cell may write before a number, with its meaning.
BEFORE = [
    ("大于", ">"), ("高于", ">"), ("多于", ">"), ("超过", ">"), ("超出", ">"),
    ("小于", "<"), ("低于", "<"), ("少于", "<"), ("达到", ">="), ("至少", ">="), ("最少", ">="),
    ("最低", ">="), ("至多", "<="), ("最多", "<="), ("最高", "<="), ("等于", "="), ("为", "="),
    ("大于等于", ">="), ("大于或等于", ">="), ("高于或等于", ">="), ("小于等于", "<="),
    ("少于等于", "<="), ("低于或等于", "<="), ("不低于", ">="), ("不少于", ">="), ("不小于", ">="),
    ("不超过", "<="), ("没超过", "<="), ("没有超过", "<="), ("未超过", "<="), ("不高于", "<="),
    ("不大于", "<="), ("不多于", "<="), ("未达到", "<"), ("没达到", "<"), ("不到", "<"),
    ("没到", "<"), ("不足", "<"), ("不满", "<"), ("未满", "<"), ("不等于", "!="), ("不止", ">"), ("不只", ">"),
    ("≥", ">="), ("≤", "<="), (">", ">"), ("<", "<"), (">=", ">="), ("<=", "<="),
]
# Words after a number: «90%及以上».
AFTER = [("以上", ">="), ("及以上", ">="), ("或以上", ">="), ("以下", "<="), ("及以下", "<="),
         ("以内", "<="), ("之内", "<="), ("或更高", ">=")]
# The negatable words and what their negation means: negation flips each one.
NEGATABLE = [("大于", "<="), ("高于", "<="), ("多于", "<="), ("超过", "<="), ("小于", ">="),
             ("低于", ">="), ("少于", ">="), ("达到", "<"), ("等于", "!=")]


@pytest.mark.parametrize("word, op", BEFORE)
def test_question_side_comparator_before_a_number(word, op):
    assert q.comparator_before(f"满意度{word}") == (op, word)


@pytest.mark.parametrize("word, op", [(w, o) for w, o in BEFORE if not w.startswith(("为",))])
def test_value_side_comparator_before_a_number(word, op):
    value = parse_value(f"{word}90%")
    assert (value.comparator, value.number, value.unit) == (op, D(90), "%")


@pytest.mark.parametrize("word, op", AFTER)
def test_both_sides_comparator_after_a_number(word, op):
    assert q.comparator_after(f"{word}的项目")[0] == op
    assert parse_value(f"90%{word}").comparator == op


@pytest.mark.parametrize("word, negated", NEGATABLE)
@pytest.mark.parametrize("neg", ["不", "未", "没", "没有"])
def test_negation_flips_every_negatable_word(word, negated, neg):
    assert q.comparator_before(f"预算{neg}{word}") == (negated, neg + word)
    assert q.NEGATION[q.BEFORE_WORDS[word]] == negated


def test_longest_word_wins_by_construction():
    assert q.comparator_before("满意度大于或等于") == (">=", "大于或等于")
    assert q.comparator_before("满意度未达到") == ("<", "未达到")
    assert q.comparator_before("预算少于等于") == ("<=", "少于等于")


def test_excluding_note_makes_an_inclusive_word_strict():
    assert q.comparator_after("以上（不含）的") == (">", "以上（不含）")
    assert q.comparator_after("以上(含)") == (">=", "以上(含)")


@pytest.mark.parametrize("text, value, unit, fraction", [
    ("九成", 90, "%", True), ("八成五", 85, "%", True), ("九成半", 95, "%", True),
    ("百分之九十", 90, "%", False), ("百分之九十五点五", D("95.5"), "%", False),
    ("四分之一", 25, "%", True), ("一半", 50, "%", True), ("0.9", D("0.9"), None, False),
    ("1,468.8万元", D("1468.8"), "万元", False), ("两万人", 2, "万人", False),
    ("-100万元", -100, "万元", False), ("三十五人", 35, "人", False),
])
def test_amounts_in_every_form(text, value, unit, fraction):
    (a,) = q.find_amounts(text)
    assert (a.value, a.unit, a.fraction) == (D(value), unit, fraction)


def test_implied_comparisons():
    (big,) = q.find_amounts("预算过亿的项目")
    assert (big.value, big.unit, big.implied) == (1, "亿元", ">")
    (ten_million,) = q.find_amounts("上千万")
    assert (ten_million.value, ten_million.unit, ten_million.implied) == (1000, "万元", ">=")
    (half,) = q.find_amounts("过半")
    assert (half.value, half.implied) == (50, ">")


@pytest.mark.parametrize("text", ["2025年", "第3个", "6月底", "1e999999万元", "12345678901234567万元"])
def test_not_amounts(text):
    assert [a for a in q.find_amounts(text) if a.unit not in ("月",)] == []


def test_to_fen_needs_a_money_unit():
    assert q.to_fen(D("37106.9"), "万元") == 37_106_900_000
    assert q.from_fen(37_106_900_000, "万元") == D("37106.9")
    assert q.base_unit_of("万人") == ("人", D(10000))
    with pytest.raises(ValueError, match="money unit"):
        q.to_fen(D(1), None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="money unit"):
        q.to_fen(D(1), "人")


def test_holds_matches_each_comparator():
    assert q.holds(D(90), ">=", D(90)) and not q.holds(D(90), ">", D(90))
    assert q.holds(D(85), "<", D(90)) and q.holds(D(90), "!=", D(85))
    assert q.holds(D(90), "=", D(85), upper=D(95))
