"""The unit a 指标值 cell writes after its number, known or not: counters (枚, 本, 眼), measures
(公斤, 延米), counts in 万 (5万条) and per-units with their whole denominator (元/人·天)."""

from decimal import Decimal

import pytest

from ingest import quantity as q
from ingest.values import parse_value

D = Decimal

# cell → comparator, number, unit, normalized, base_unit. The first rows are cells of the
# bundled documents that read without a unit (or with half of one) before.
CELLS = [
    ("≥30枚", q.GE, "30", "枚", "30", "枚"),                       # eval/dev/docs/cixian-2025.pdf
    ("=30元/人·天", q.EQ, "30", "元/人·天", "30", "元/人·天"),      # cixian-2025.pdf
    ("≥1500本", q.GE, "1500", "本", "1500", "本"),                 # ningjin-2025.xlsx
    ("≥50公斤", q.GE, "50", "公斤", "50", "公斤"),                  # nongye-2025.docx
    ("≥3200眼", q.GE, "3200", "眼", "3200", "眼"),                 # shuili-2025.docx
    ("≥320块", q.GE, "320", "块", "320", "块"),                    # jiaotongfx-2025.xlsx
    ("≥4500对", q.GE, "4500", "对", "4500", "对"),                 # minzheng-2025.docx
    ("=2艘", q.EQ, "2", "艘", "2", "艘"),                          # guantao-2025.xlsx
    ("≥260延米", q.GE, "260", "延米", "260", "延米"),               # jiaotong-2025.docx
    ("≥720元/生·年", q.GE, "720", "元/生·年", "720", "元/生·年"),   # jiaoyu-2025.xls
    ("16元/亩·年", None, "16", "元/亩·年", "16", "元/亩·年"),       # linye-2025.txt
    ("≤3.5元/亩次", q.LE, "3.5", "元/亩次", "3.5", "元/亩次"),      # linye-2025.txt
    ("≤0.8万元/株", q.LE, "0.8", "万元/株", "8000", "元/株"),       # linye-2025.txt
    ("≥5万条", q.GE, "5", "万条", "50000", "条"),                  # shuili-2025.docx
    ("≥36万立方米", q.GE, "36", "万立方米", "360000", "立方米"),     # shuili-2025.docx
    ("≥3万份", q.GE, "3", "万份", "30000", "份"),                  # yingji-2025.docx
    # counters and measures not in any vocabulary
    ("≥8架", q.GE, "8", "架", "8", "架"),
    ("=12盏", q.EQ, "12", "盏", "12", "盏"),
    ("≥200株", q.GE, "200", "株", "200", "株"),
    ("≥40课时", q.GE, "40", "课时", "40", "课时"),
    ("不少于24学时", q.GE, "24", "学时", "24", "学时"),
    ("≥300人天", q.GE, "300", "人天", "300", "人天"),
    ("≥500公顷", q.GE, "500", "公顷", "500", "公顷"),
    ("30枚", None, "30", "枚", "30", "枚"),
    # compounds with «/» and «·»
    ("≥2次/年", q.GE, "2", "次/年", "2", "次/年"),
    ("≥12人次/月", q.GE, "12", "人次/月", "12", "人次/月"),
    ("≤5吨/日", q.LE, "5", "吨/日", "5", "吨/日"),
    ("≥2架次/年", q.GE, "2", "架次/年", "2", "架次/年"),
    ("≥20课时/人", q.GE, "20", "课时/人", "20", "课时/人"),
    ("5元/平方米·年", None, "5", "元/平方米·年", "5", "元/平方米·年"),
    ("≤2万元/人·年", q.LE, "2", "万元/人·年", "20000", "元/人·年"),
    # what follows the unit: a comparator word, «左右», a note, a full stop
    ("30枚以上", q.GE, "30", "枚", "30", "枚"),
    ("30枚以上（不含）", q.GT, "30", "枚", "30", "枚"),
    ("50公斤以内", q.LE, "50", "公斤", "50", "公斤"),
    ("1500本及以上", q.GE, "1500", "本", "1500", "本"),
    ("30枚左右", None, "30", "枚", "30", "枚"),
    ("≥30枚（含）", q.GE, "30", "枚", "30", "枚"),
    ("≥30枚。", q.GE, "30", "枚", "30", "枚"),
    # known units keep their reading and normalisation
    ("≥8场", q.GE, "8", "场", "8", "场"),
    ("≤150万元", q.LE, "150", "万元", "1500000", "元"),
    ("≥50万人", q.GE, "50", "万人", "500000", "人"),
    ("≥36.5元/人/月", q.GE, "36.5", "元/人/月", "36.5", "元/人/月"),
    ("≥300批次", q.GE, "300", "批", "300", "批"),
    ("≥8台（套）", q.GE, "8", "台", "8", "台"),
    ("≥120万头（只）", q.GE, "120", "万头", "1200000", "头"),
    ("3个工作日内", q.LE, "3", "个工作日", "3", "工作日"),
    ("≥3个县", q.GE, "3", "个", "3", "个"),
    ("达到20年一遇", q.GE, "20", "年", "20", "年"),
    ("≥2.5万", q.GE, "2.5", "万", "25000", None),
    ("≥95%", q.GE, "95", "%", "95", "%"),
    # words that are not units
    ("≥0.68", q.GE, "0.68", None, "0.68", None),
    ("控制在0.15以内", q.LE, "0.15", None, "0.15", None),
    ("≥30枚奖牌", q.GE, "30", None, "30", None),
    ("≥1000千瓦时", q.GE, "1000", None, "1000", None),
]


@pytest.mark.parametrize("cell, comparator, number, unit, normalized, base_unit", CELLS)
def test_the_unit_a_cell_writes(cell, comparator, number, unit, normalized, base_unit):
    value = parse_value(cell)
    assert (value.comparator, value.number, value.unit, value.normalized, value.base_unit) == (
        comparator, D(number), unit, D(normalized), base_unit)


@pytest.mark.parametrize("cell", ["10号前", "3号文件", "2025年10月底前完成", "按计划每月月底完成发放",
                                  "≤ 10/10万"])
def test_no_unit_from_dates_numbers_and_prose(cell):
    assert parse_value(cell).unit is None


@pytest.mark.parametrize("unit, base, factor", [
    ("万条", "条", 10000), ("万立方米", "立方米", 10000), ("亿株", "株", 10**8),
    ("万元/株", "元/株", 10000), ("元/人·天", "元/人·天", 1), ("枚", "枚", 1), ("千克", "千克", 1),
])
def test_base_unit_of_written_units(unit, base, factor):
    assert q.base_unit_of(unit) == (base, D(factor))
