"""Nine .docx layouts of eval.layout_fuzz printed to PDF by LibreOffice and read back fact by fact
(every project, its money in 万元, plan, indicator rows and references, and in the listed layouts
the 实施单位, 指标性质 and 分值), each compared with the facts the generator wrote.

The seeds are ones the PDF reader once lost facts on: a table going on over a page whose part draws
column edges the part above lacks, a landscape page's footer between the two parts, a row cut by the
page break in narrow cells (a bracketed document number broken by force, codes and 序号 beside it),
a two-row header cut between its rows, the header repeated on the new page or not, a unit line whose
blank LibreOffice drops, and a figure under a label cell at the bottom of a page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eval.layout_fuzz import check, draw_layout, make_facts, write_variants
from ingest import read_document

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="printing the .docx layouts to PDF needs LibreOffice (soffice on PATH); .ci/run installs it")]

SEEDS = (13, 15, 23, 30, 36, 37, 38, 41, 46)
LAYOUTS = {seed: draw_layout(seed, pdf=True) for seed in SEEDS}


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[int, Path]:
    """All nine printed in one LibreOffice run (cached by content across runs)."""
    folder = tmp_path_factory.mktemp("pdf-layouts")
    paths = write_variants(make_facts(), list(LAYOUTS.values()), folder)
    return dict(zip(LAYOUTS, paths))


@pytest.mark.parametrize("seed", SEEDS)
def test_printed_layout_reads_every_fact(seed: int, printed: dict[int, Path]) -> None:
    layout = LAYOUTS[seed]
    assert printed[seed].suffix == ".pdf"
    assert check(read_document(printed[seed]), make_facts(), layout) == [], layout.describe()


def test_the_pdf_sample_covers_its_kinds() -> None:
    """Portrait and landscape, headers repeated or not, rows kept whole or broken, every footer,
    projects flowing or on new pages, and the per-project, listed and facts layouts."""
    layouts = list(LAYOUTS.values())
    assert {x.landscape for x in layouts} == {x.repeat_header for x in layouts} == {True, False}
    assert {x.whole_rows for x in layouts} == {x.new_page for x in layouts} == {True, False}
    assert {x.page_number for x in layouts} == {"", "chinese", "dash", "slash"}
    assert any(x.listed for x in layouts) and any(x.facts for x in layouts)
    assert any(not x.listed and not x.facts for x in layouts)
    assert {x.money for x in layouts} == {"万元", "元"}
