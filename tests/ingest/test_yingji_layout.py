"""eval/dev/docs/yingji-2025.docx: each project a header table, a spending-plan table of amounts (or
percents), and an indicator table of one of two layouts, a summary of all projects before them.
Expected values come from the data its generator (make_yingji.py) printed, not from what jixiao reads."""

from __future__ import annotations

import importlib.util
from decimal import Decimal

import pytest

from ingest import read_document
from tests.conftest import ROOT

DOCS = ROOT / "eval" / "dev" / "docs"
YINGJI = DOCS / "yingji-2025.docx"


def _generator():
    spec = importlib.util.spec_from_file_location("make_yingji", DOCS / "make_yingji.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def printed():
    return _generator().PROJECTS


@pytest.fixture(scope="module")
def document():
    return read_document(YINGJI)


def test_one_project_per_header_table(document, printed):
    assert [(p.code, p.name, p.implementer, p.unit) for p in document.projects] == [
        (pj["code"], pj["name"], pj["org"], pj["unit"]) for pj in printed]
    assert {p.department for p in document.projects} == {"曲周县应急管理局"}


def test_money_as_printed(document, printed):
    assert [(p.budget, p.fiscal, p.other) for p in document.projects] == [
        tuple(Decimal(v) for v in pj["money"][1:]) for pj in printed]


def test_use_goal_and_attributes(document, printed):
    for project, pj in zip(document.projects, printed):
        assert (project.use, project.goal) == (pj["use"], pj["goal"])
        assert project.attributes == (("项目类型", pj["kind"]), ("项目属性", pj["attr"]),
                                      ("实施期", pj["period"]))


def test_every_indicator_row(document, printed):
    for project, pj in zip(document.projects, printed):
        value, basis = (3, 4) if pj["table"] == "V1" else (4, 6)
        assert [(i.level1, i.level2, i.level3, i.value.raw, i.basis) for i in project.indicators] == [
            (row[0], row[1], row[2], row[value], row[basis]) for row in pj["rows"]]
    assert sum(len(p.indicators) for p in document.projects) == 78


def test_the_plan_as_percents_of_the_budget(document, printed):
    for project, pj in zip(document.projects, printed):
        if pj["plan"] is None:
            assert project.spending_plan == ()
            continue
        kind, figures = pj["plan"]
        budget = Decimal(pj["money"][1])
        expected = [Decimal(f.rstrip("%")) if kind == "pct" else Decimal(f) / budget * 100
                    for f in figures]
        assert [s.month for s in project.spending_plan] == [3, 6, 9, 12]
        for point, percent in zip(project.spending_plan, expected):
            assert abs(point.percent - percent) < Decimal("0.005")


def test_totals_and_warnings(document):
    def wan(p, amount):
        return amount / 10000 if p.unit == "元" else amount
    projects = document.projects
    assert sum(wan(p, p.budget) for p in projects) == Decimal("1914.60")
    assert sum(wan(p, p.fiscal) for p in projects) == Decimal("1697.00")
    assert sum(wan(p, p.other) for p in projects) == Decimal("217.60")
    assert document.warnings == ("yingji-2025.docx：跳过 1 个不是绩效目标表的表格（«单位：万元»）",)
