"""A plan of each quarter's own amount («第一季度（1-3月）» … «当季计划支出（万元）») and a notes column
(«指标解释/备注») citing document numbers and 《titles》, checked against the generator's data for
eval/dev/docs/gongxiao-2025.docx."""

import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest

from ingest import read_document
from ingest.policy_refs import find_policy_refs
from ingest.spending_plan import period_month, read_spending_plan

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "eval/dev/docs/gongxiao-2025.docx"
MAKER = ROOT / "eval/dev/probe_v66_script/make_gongxiao.py"


def _generator():
    spec = importlib.util.spec_from_file_location("make_gongxiao", MAKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def truth():
    if not (DOC.exists() and MAKER.exists()):
        pytest.skip("gongxiao-2025 probe not present")
    return {p["code"]: p for p in _generator().P}


@pytest.fixture(scope="module")
def projects():
    return {p.code: p for p in read_document(DOC).projects}


def test_quarter_amounts_become_cumulative_percents(truth, projects):
    assert set(truth) == set(projects)
    for code, true in truth.items():
        plan = projects[code].spending_plan
        if true["plan"] is None:
            assert plan == ()
            continue
        total, running, expected = Decimal(true["total"]), Decimal(0), []
        for amount in true["plan"]:
            running += Decimal(amount)
            expected.append((running / total * 100).quantize(Decimal("0.01")))
        assert [p.month for p in plan] == [3, 6, 9, 12], code
        assert [p.percent for p in plan] == expected, code


def test_notes_column_is_the_basis(truth, projects):
    for code, true in truth.items():
        read = projects[code].indicators
        assert [i.level3 for i in read] == [ind[2] for ind in true["inds"]], code
        for indicator, ind in zip(read, true["inds"]):
            note = ind[6]
            assert indicator.basis == note
            assert [r.canonical for r in indicator.policy_refs] == \
                [r.canonical for r in find_policy_refs(note)]
    cited = [i for p in projects.values() for i in p.indicators if i.policy_refs]
    assert cited and all("号" in i.basis for i in cited)


def test_no_warning_for_the_plan_or_notes(projects):
    warnings = read_document(DOC).warnings
    plan_words = ("第一季度", "当季计划支出", "全年合计", "不是累计数", "指标解释/备注", "«绩效指标»")
    assert not [w for w in warnings if any(word in w for word in plan_words)]


def test_quarter_with_its_months():
    assert period_month("第一季度（1-3月）") == 3
    assert period_month("第四季度(10-12月)") == 12
    assert period_month("第二季度（1-3月）") is None  # months that end elsewhere than the quarter


def test_own_amounts_marked_by_a_note_below():
    grid = [["计划期间", "一季度", "二季度", "三季度", "四季度", "全年合计"],
            ["计划支出（万元）", "10", "30", "40", "20", "100"],
            ["说明", "各季度金额不是累计数。", "", "", "", ""]]
    points, cells, problems = read_spending_plan(grid, Decimal(200))
    assert [p.percent for p in points] == [5, 20, 40, 50]
    assert not problems
    assert {(r, c) for r, row in enumerate(grid) for c, cell in enumerate(row) if cell} <= cells
