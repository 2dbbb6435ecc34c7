"""Wordings of probe v46 (everyday questions over nine stores): a 实施单位 shortened as people
say it («疾控中心»), two units joined by «或者» and one of them unknown, figures from a project's
own name («12315…那个项目»), «都是» over the rows of a kind, and «四个局» for every department
stored. Expected values come from the stored facts."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from store.queries import Queries
from tests.conftest import ROOT, assistant_over

DEV = ROOT / "eval" / "dev" / "docs"
WEIJIAN = DEV / "weijian-2025.docx"
SHIJIAN = ROOT / "eval" / "heldout" / "docs" / "shijian-2025.docx"
FOUR = [DEV / "sifa-2025.docx", DEV / "yibao-2025.pdf", DEV / "shangwu-2025.doc", DEV / "linye-2025.txt"]


@pytest.fixture(scope="module")
def weijian() -> Assistant:
    return assistant_over([WEIJIAN], prefix="everyday-weijian-")


@pytest.fixture(scope="module")
def shijian() -> Assistant:
    return assistant_over([SHIJIAN], prefix="everyday-shijian-")


@pytest.fixture(scope="module")
def four() -> Assistant:
    return assistant_over(FOUR, prefix="everyday-four-")


def projects(assistant):
    return Queries(assistant.library.facts).projects()


def test_a_unit_shortened_as_people_say_it(weijian):
    (unit,) = {p.implementer for p in projects(weijian) if p.implementer.endswith("疾病预防控制中心")}
    codes = {p.code for p in projects(weijian) if p.implementer == unit}
    answer = weijian.ask("疾控中心实施的项目有哪些")
    assert answer.found and set(answer.projects) == codes, answer.understood


def test_two_units_joined_by_or(weijian):
    chosen = [p for p in projects(weijian) if p.implementer.endswith(("疾病预防控制中心", "妇幼保健院"))]
    answer = weijian.ask("县疾控中心或者妇幼保健院实施的项目，预算一共多少万？")
    assert answer.found and set(answer.projects) == {p.code for p in chosen}
    assert answer.value * 1000000 == sum(p.budget_fen for p in chosen)


@pytest.mark.parametrize("question", ["县中心血站或者妇幼保健院实施的项目，预算一共多少万？",
                                      "县中心血站或妇幼保健院实施的项目有哪些"])
def test_an_unknown_unit_beside_or_declines(weijian, question):
    """One side of «或» read and the other not: the sum of one side alone would be wrong."""
    assert not weijian.ask(question).found


def test_figures_from_the_name_of_the_project(shijian):
    (p,) = [p for p in projects(shijian) if p.name.startswith("12315")]
    answer = shijian.ask("市监局12315投诉举报处置那个项目编码多少")
    assert answer.found and list(answer.projects) == [p.code] and p.code in answer.text


@pytest.mark.parametrize(("question", "level2", "keep"), [
    ("哪些项目的质量指标都是100%？", "质量", lambda v: v == 100),
    ("质量指标全部不低于99%的项目有哪些", "质量", lambda v: v >= 99),
    ("质量指标均在百分之九十九以上的项目", "质量", lambda v: v >= 99),
])
def test_every_row_of_a_kind(shijian, question, level2, keep):
    rows = [r for r in Queries(shijian.library.facts).rows() if level2 in (r.level2 + r.level3)
            and r.unit == "%"]
    by_project: dict[int, list] = {}
    for r in rows:
        by_project.setdefault(r.project_id, []).append(r)
    ids = {pid for pid, rs in by_project.items() if all(r.norm is not None and keep(r.norm) for r in rs)}
    some = {pid for pid, rs in by_project.items() if any(r.norm is not None and keep(r.norm) for r in rs)}
    assert ids != some  # the question tells «every» from «some» on this document
    answer = shijian.ask(question)
    assert answer.found and set(answer.projects) == {p.code for p in projects(shijian) if p.id in ids}, \
        answer.understood


def test_as_many_departments_as_the_store_holds(four):
    everyone = four.ask("四个局的项目一共有几个")
    assert everyone.found and everyone.value == len(projects(four))
    assert not four.ask("三个局的项目一共有几个").found  # the store holds four
    rest = four.ask("除了医保局，其余三个部门的项目一共有几个？")
    assert rest.found and rest.value == len([p for p in projects(four) if "医疗保障" not in p.department])
