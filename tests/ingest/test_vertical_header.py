"""A ninth department (eval/dev/docs/sifa-2025.docx, 馆陶县司法局 2025, written by a helper for probe
v38): a vertical two-column header whose 资金支出计划 is one sentence, and an indicator table with a
分值 (weight) column beside 指标值. Expectations come from the document's cells (python-docx)."""

from __future__ import annotations

import re
from decimal import Decimal

import docx

from ingest import read_document
from ingest.tables import read_header, read_indicators
from tests.conftest import ROOT

SIFA = ROOT / "eval" / "dev" / "docs" / "sifa-2025.docx"


def _plans_as_printed() -> dict[str, dict[int, Decimal]]:
    out = {}
    for table in docx.Document(str(SIFA)).tables:
        cells = {row.cells[0].text.strip(): row.cells[-1].text.strip() for row in table.rows}
        if "项目编码" in cells and "资金支出计划" in cells:
            out[cells["项目编码"]] = {int(m): Decimal(p) for m, p in re.findall(r"(\d+)月底(\d+)%", cells["资金支出计划"])}
    return out


def test_a_plan_written_as_one_sentence():
    printed = _plans_as_printed()
    projects = {p.code: p for p in read_document(SIFA).projects}
    assert len(printed) >= 5
    for code, plan in printed.items():
        assert {s.month: s.percent for s in projects[code].spending_plan} == plan, code


def test_quarters_in_a_sentence():
    header = read_header([["项目名称", "某项目"], ["资金支出计划", "一季度末：25%；二季度末：50%；三季度末：75%；四季度末：100%"]])
    assert [(s.month, s.percent) for s in header.spending_plan] == [(3, 25), (6, 50), (9, 75), (12, 100)]


def test_a_weight_column_is_not_the_target_and_not_a_warning():
    rows = [["一级指标", "二级指标", "三级指标", "分值", "指标值", "指标值确定依据"],
            ["满意度指标", "服务对象满意度指标", "受援人满意度", "10", "≥95%", "问卷调查"]]
    reading = read_indicators(rows)
    assert not reading.problems and reading.rows[0].value == "≥95%"


def test_the_document_reads_without_warnings():
    document = read_document(SIFA)
    assert len(document.projects) == 10 and not document.warnings
