"""The 体检 report a reviewer sends back: .docx and .xlsx, opened again and read table by table."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from assistant.checks import run_checks
from assistant.checks.report import (
    FINDING_COLUMNS,
    RULE_COLUMNS,
    SUMMARY_COLUMNS,
    write_report,
)
from ingest import read_document
from tests.conftest import SAMPLE_DOCX

COST = "13043425P006YGL10001W"


@pytest.fixture(scope="module")
def sample():
    document = read_document(SAMPLE_DOCX)
    return run_checks(document.projects, [document.source]), document.projects


def cells(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_docx_report_has_a_summary_a_section_per_project_and_the_rules(sample, tmp_path):
    findings, projects = sample
    path = write_report(findings, projects, tmp_path / "体检报告.docx")
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "绩效目标表体检报告" in text
    assert "对上述文件中的14个项目绩效目标表逐表核对，11个项目发现问题，共18条（错误2条、警告5条、提示11条）。" in text
    assert "未发现问题的项目（3个）" in text

    summary, *sections, rules = document.tables
    rows = cells(summary)
    assert tuple(rows[0]) == SUMMARY_COLUMNS
    assert len(rows) == 1 + 11 + 1  # header, one row per project with findings, 合计
    assert rows[5] == ["5", "公共实训基地县级配套", COST, "1", "0", "1", "成本指标与预算数不符"]
    assert rows[-1] == ["", "合计", "", "2", "5", "11", ""]

    assert len(sections) == 11
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings[4] == f"（五）公共实训基地县级配套（{COST}）"
    cost = cells(sections[4])
    assert tuple(cost[0]) == FINDING_COLUMNS
    number, level, where, problem, quoted, fix, rule = cost[1]
    assert (number, level, where) == ("1", "错误", "第4行")
    assert problem == "成本指标“公共实训基地建设成本”为800万元，超出预算数500.00万元"
    assert quoted.startswith("第4行 产出指标/成本指标｜公共实训基地建设成本") and "800万元" in quoted
    assert fix == "将成本指标改为不超过预算数（如“≤500.00万元”），或核对预算数"
    assert rule == "成本指标与预算数不符\n依据：财预〔2021〕101号（原文见第三部分）"

    rule_rows = cells(rules)
    assert tuple(rule_rows[0]) == RULE_COLUMNS
    by_title = {row[0]: row for row in rule_rows[1:]}
    assert set(by_title) == {f.title for f in findings}
    assert "“在一定期限内预期达到的产出和效果以及相应的成本控制要求”" in by_title["成本指标与预算数不符"][3]
    assert by_title["比率公式分子分母颠倒"][3] == "—"  # no verified passage: nothing cited


def test_xlsx_report_carries_the_same_tables(sample, tmp_path):
    findings, projects = sample
    path = write_report(findings, projects, tmp_path / "体检报告.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["汇总", "各项目意见", "所依据的规则"]
    summary = [[c for c in row] for row in book["汇总"].iter_rows(values_only=True)]
    header = summary.index(list(SUMMARY_COLUMNS))
    assert summary[header + 5][:4] == ["5", "公共实训基地县级配套", COST, "1"]
    details = [row for row in book["各项目意见"].iter_rows(values_only=True)]
    assert sum(1 for row in details if row[:7] == FINDING_COLUMNS) == 11
    first = next(row for row in details if row[3] and "公共实训基地建设成本" in row[3])
    assert first[1:3] == ("错误", "第4行") and "≤500.00万元" in first[5]
    rules = list(book["所依据的规则"].iter_rows(values_only=True))
    assert rules[0] == RULE_COLUMNS and len(rules) == 1 + len({f.rule for f in findings})


def test_a_clean_batch_and_a_wrong_suffix(sample, tmp_path):
    _, projects = sample
    document = docx.Document(str(write_report([], projects[:2], tmp_path / "clean.docx")))
    assert "未发现问题。" in [p.text for p in document.paragraphs]
    assert "未发现问题的项目（2个）" in "\n".join(p.text for p in document.paragraphs)
    with pytest.raises(ValueError, match="只能保存为 .docx 或 .xlsx"):
        write_report([], projects, tmp_path / "体检报告.pdf")
    assert not (tmp_path / "体检报告.pdf").exists()
