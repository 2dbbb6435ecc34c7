"""OCR of a scanned copy: the grid rebuilt from ruling lines, cells read by Tesseract, every value
marked as read by OCR. Costs about 15–45 s (two pages) on 2 shared cores: marked slow."""

from __future__ import annotations

import pytest

from eval.ocr_bench import measure, read_scan
from ingest.ocr import correct_cell, ocr_available

needs_tesseract = pytest.mark.skipif(ocr_available() is not None,
                                     reason="Tesseract with chi_sim not installed (make test installs it)")

# Measured by `python -m eval.ocr_bench` on this scan (README): 113/118 cells (115 since the
# numeric re-read), 28/28 numeric.
EXACT_FLOOR = 115 / 118
NUMERIC_FLOOR = 28 / 28


@pytest.mark.slow
@needs_tesseract
def test_scan_read_by_ocr_at_the_measured_floor() -> None:
    scanned, seconds = read_scan()
    result = measure(scanned, seconds)
    assert result["exact_share"] >= round(EXACT_FLOOR, 3), result["misread"]
    assert result["numeric_exact_share"] >= round(NUMERIC_FLOOR, 3), result["misread"]
    projects = scanned.projects
    assert [p.code for p in projects] == ["13043425P00000110011H", "13043425P004443100017"]
    assert all(p.ocr for p in projects)
    assert all(i.ocr and i.locator.page in (1, 2) for p in projects for i in p.indicators)
    assert [i.locator.row for i in projects[0].indicators] == list(range(1, 10))
    assert (scanned.source.department, scanned.source.year) == ("魏县人力资源和社会保障局", 2025)
    assert sum("已用 OCR 识别" in w for w in scanned.warnings) == 2


def test_ocr_corrections_stay_narrow() -> None:
    assert correct_cell("三80%") == "≥80%"
    assert correct_cell("三级指标") == "三级指标"  # a numeral before Chinese is text
    assert correct_cell("绩效指标摘述") == "绩效指标描述"
    assert correct_cell("时效指标") == "时效指标"  # four characters: never snapped to a label
    assert correct_cell("3月许") == "3月底"
    assert correct_cell("受益人员满SR意度") == "受益人员满意度"
    assert correct_cell("13043425P004443100017") == "13043425P004443100017"
