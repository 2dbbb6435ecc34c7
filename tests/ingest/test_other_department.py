"""Another department's document in another layout (资金总额/财政拨款, 指标内容/备注, units in 元)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from assistant.checks import run_checks
from ingest import read_document

OTHER = Path(__file__).parents[1] / "data" / "other-department.docx"


def test_reads_every_project_and_row():
    document = read_document(OTHER)
    assert document.source.department == "临漳县农业农村局" and document.source.year == 2025
    assert len(document.projects) == 10
    assert [len(p.indicators) for p in document.projects] == [9, 8, 7, 8, 7, 7, 7, 8, 7, 8]
    assert len(document.sections) == 10


def test_money_units_and_other_funds():
    projects = {p.code: p for p in read_document(OTHER).projects}
    law = projects["13042325P000001100186"]
    assert (law.unit, law.budget, law.fiscal) == ("元", Decimal("380000.00"), Decimal("380000.00"))
    farmland = projects["13042325P00GBZ510001K"]
    assert (farmland.budget, farmland.fiscal, farmland.other) == (
        Decimal("1200.00"), Decimal("900.00"), Decimal("300.00"))
    assert [s.percent for s in farmland.spending_plan] == [10, 40, 80, 100]
    assert projects["13042325P004612100027"].spending_plan == () or all(
        s.percent is None for s in projects["13042325P004612100027"].spending_plan)


def test_indicator_columns_by_their_words():
    farmland = read_document(OTHER).projects[0]
    first = farmland.indicators[0]
    assert first.level1 == "产出指标" and first.level3  # 指标内容 read as the indicator
    assert all(i.level1 for i in farmland.indicators)  # merged 一级指标 filled down
    assert any(i.policy_refs for i in farmland.indicators)


def test_review_finds_the_planted_inconsistencies():
    found = {(f.rule, f.project_code) for f in run_checks(read_document(OTHER).projects)}
    assert ("money-split", "13042325P00BCH310001T") in found
    assert ("cost-vs-budget", "13042325P00JCNJ10001F") in found
    assert ("missing-kind", "13042325P004701100035") in found
    assert ("missing-basis", "13042325P004735100052") in found
