"""A small planted-defect corpus, written as .docx in both layouts and read back: every rule finds
its planted defects and nothing else (the full benchmark is `python -m eval.check_bench`)."""

from __future__ import annotations

import pytest

from assistant.checks import RULES, run_checks
from eval.check_bench import below_target, run, score, table
from eval.defects import generate
from ingest import read_document


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    corpus = generate(seed=3, departments=2, projects_per_document=8, per_rule=1)
    folder = tmp_path_factory.mktemp("corpus")
    scores, _ = run(corpus, folder)
    return corpus, folder, scores


def test_the_corpus_is_deterministic_and_covers_every_rule():
    corpus = generate(seed=3, departments=2, projects_per_document=8, per_rule=1)
    assert corpus == generate(seed=3, departments=2, projects_per_document=8, per_rule=1)
    assert corpus != generate(seed=4, departments=2, projects_per_document=8, per_rule=1)
    assert {p.rule for p in corpus.planted} == set(RULES)
    layouts = {d.layout for d in corpus.documents}
    assert layouts == {"sample", "other"}
    assert {d.year for d in corpus.documents} == {2024, 2025}


def test_every_rule_finds_its_planted_defects_and_nothing_else(small):
    corpus, _, scores = small
    for rule, s in scores.items():
        assert s.planted >= 1, rule
        assert (s.precision, s.recall) == (1.0, 1.0), (rule, s.false_alarms, s.misses)
    assert below_target(scores) == []
    assert table(scores).count("| 100.0% | 100.0% |") == len(RULES)


def test_two_years_of_one_department_read_from_docx(small):
    """The cross-year rule on real files: one department's 2024 and 2025 documents."""
    corpus, folder, _ = small
    (lowered,) = [p for p in corpus.planted if p.rule == "target-lowered"]
    department = next(d.department for d in corpus.documents if d.name == lowered.source)
    pair = [read_document(folder / d.name) for d in corpus.documents if d.department == department]
    assert sorted(d.source.year for d in pair) == [2024, 2025]
    projects = [p for d in pair for p in d.projects]
    found = [f for f in run_checks(projects, [d.source for d in pair]) if f.rule == "target-lowered"]
    assert [(f.locator.source, f.locator.table, f.locator.row) for f in found] == [
        (lowered.source, lowered.table, lowered.row)]
    assert "比上年" in found[0].message
    # without the sources (the question engine's call) the cross-year rule stays silent
    assert not [f for f in run_checks(projects) if f.rule == "target-lowered"]


def test_a_false_alarm_and_a_miss_are_counted(small):
    from dataclasses import replace

    from assistant.checks.findings import Finding
    from ingest.records import Locator

    corpus, _, _ = small
    planted = next(p for p in corpus.planted if p.rule == "direction")
    wrong_row = Finding("direction", "warning", "指标值方向设反", "X", "X",
                        Locator(planted.source, planted.table, planted.row + 1), "…")
    right = replace(wrong_row, locator=replace(wrong_row.locator, row=planted.row))
    scores = score(corpus, [wrong_row, right])
    assert (scores["direction"].reported, scores["direction"].right) == (2, 1)
    assert scores["direction"].precision == 0.5 and scores["direction"].false_alarms == (wrong_row,)
    dropped = score(corpus, [])
    assert all(s.recall == 0.0 and s.precision == 1.0 for s in dropped.values())
    assert set(below_target(dropped)) == {r for r, rule in RULES.items() if rule.severity != "info"}
