"""Write generated 绩效目标 documents as .docx in the two layouts jixiao reads.

    sample — as data/samples/*.docx (魏县人社局): a unit line «316001…本级 | 单位：万元», a header table
             项目编码/项目名称/预算规模及资金用途 (预算数, 其中：财政资金, 其他资金)/资金支出计划（%）/绩效目标,
             and an indicator table 一级指标/二级指标/三级指标/绩效指标描述/指标值/指标值确定依据.
    other  — as tests/data/other-department.docx (临漳县农业农村局): «单位名称：… | 单位：万元/元», a header
             table 项目编码/项目名称/资金总额/财政拨款/[其他资金]/资金用途/[资金支出计划（累计%）]/年度绩效目标
             and an indicator table 一级指标/二级指标/指标内容/指标值/备注 (no description column).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

MONTH_ENDS = ("3月底", "6月底", "10月底", "12月底")
QUARTERS = ("一季度", "二季度", "三季度", "四季度")


@dataclass(frozen=True)
class Row:
    """One indicator row as written in the table."""

    level1: str
    level2: str
    level3: str
    description: str
    value: str
    basis: str


@dataclass(frozen=True)
class ProjectSpec:
    """One 绩效目标表 as written. `other` None: the layout has no 其他资金 cell at all."""

    code: str
    name: str
    unit: str
    budget: str
    fiscal: str
    other: str | None
    use: str
    goal: str
    plan: tuple[str, ...] | None  # four cumulative cells, "" for an empty period
    quarters: bool                # plan periods labelled 一季度… instead of 3月底…
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class DocumentSpec:
    name: str        # the file name
    department: str
    year: int
    layout: str      # "sample" or "other"
    projects: tuple[ProjectSpec, ...]


def write_document(spec: DocumentSpec, folder: Path) -> Path:
    """Write one document; returns its path."""
    doc = Document()
    title = doc.add_paragraph(f"{spec.department}{spec.year}年部门整体绩效目标")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("一、总体绩效目标", style="Heading 1")
    doc.add_paragraph(f"{spec.year}年，{spec.department}围绕部门职责，统筹安排项目资金，"
                      "确保各项绩效目标按期完成。")
    doc.add_paragraph("二、项目支出绩效目标表", style="Heading 1")
    for number, project in enumerate(spec.projects, start=1):
        doc.add_paragraph(f"{number}.{project.name}绩效目标表", style="Heading 2")
        if spec.layout == "sample":
            _sample_project(doc, spec, project)
        else:
            _other_project(doc, spec, project)
    path = folder / spec.name
    doc.save(str(path))
    return path


Spot = tuple[int, int]


def _fill(table, texts: dict[Spot, str], merges: list[tuple[Spot, Spot]]) -> None:
    """Write each text at its grid spot, then merge ranges (their text is in the top-left spot).

    Merges are written as Word writes them (gridSpan across, vMerge down): python-docx's
    Cell.merge() re-walks the table on every call, which made the corpus take half a minute.
    Each range is either one row or one column, and no row is merged across after a merge down.
    """
    grid = [list(row.cells) for row in table.rows]
    for (r, c), text in texts.items():
        grid[r][c].text = text
    tcs = [[cell._tc for cell in row] for row in grid]
    for (r1, c1), (r2, c2) in sorted(merges, key=lambda m: -m[0][1]):  # right to left in a row
        if r1 == r2:
            tcs[r1][c1].grid_span = c2 - c1 + 1
            for extra in tcs[r1][c1 + 1 : c2 + 1]:
                extra.getparent().remove(extra)
        else:
            tcs[r1][c1].vMerge = "restart"
            for r in range(r1 + 1, r2 + 1):
                tcs[r][c1].vMerge = "continue"


def _plan_spots(p: ProjectSpec, r: int, label: str, spans, texts, merges) -> int:
    """The two rows of a spending plan from row r; returns the next free row."""
    if not p.plan:
        return r
    texts[(r, 0)] = label
    merges.append(((r, 0), (r + 1, 0)))
    labels = QUARTERS if p.quarters else MONTH_ENDS
    for (first, last), period, cell in zip(spans, labels, p.plan, strict=True):
        texts[(r, first)], texts[(r + 1, first)] = period, cell
        if last > first:
            merges += [((r, first), (r, last)), ((r + 1, first), (r + 1, last))]
    return r + 2


def _unit_line(doc, left: str, unit: str) -> None:
    line = doc.add_table(rows=1, cols=2)
    _fill(line, {(0, 0): left, (0, 1): f"单位：{unit}"}, [])


def _sample_project(doc, spec: DocumentSpec, p: ProjectSpec) -> None:
    _unit_line(doc, f"316{zlib.crc32(spec.department.encode()) % 1000:03d}{spec.department}本级", p.unit)
    t = doc.add_table(rows=6 if p.plan else 4, cols=7)
    t.style = "Table Grid"
    texts = {(0, 0): "项目编码", (0, 1): p.code, (0, 3): "项目名称", (0, 4): p.name,
             (1, 0): "预算规模及资金用途", (1, 1): "预算数", (1, 2): p.budget, (1, 3): "其中：财政资金",
             (1, 4): p.fiscal, (1, 5): "其他资金", (1, 6): p.other or "", (2, 1): p.use}
    merges = [((0, 1), (0, 2)), ((0, 4), (0, 6)), ((1, 0), (2, 0)), ((2, 1), (2, 6))]
    r = _plan_spots(p, 3, "资金支出计划（%）", ((1, 1), (2, 3), (4, 5), (6, 6)), texts, merges)
    texts[(r, 0)], texts[(r, 1)] = "绩效目标", p.goal
    merges.append(((r, 1), (r, 6)))
    _fill(t, texts, merges)
    _indicators(doc, p, ("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"))


def _other_project(doc, spec: DocumentSpec, p: ProjectSpec) -> None:
    _unit_line(doc, f"单位名称：{spec.department}", p.unit)
    t = doc.add_table(rows=4 + (2 if p.plan else 0), cols=6)
    t.style = "Table Grid"
    texts = {(0, 0): "项目编码", (0, 1): p.code, (0, 3): "项目名称", (0, 4): p.name,
             (1, 0): "资金总额", (1, 1): p.budget, (1, 2): "财政拨款", (1, 3): p.fiscal,
             (2, 0): "资金用途", (2, 1): p.use}
    merges = [((0, 1), (0, 2)), ((0, 4), (0, 5)), ((2, 1), (2, 5))]
    if p.other is not None:
        texts[(1, 4)], texts[(1, 5)] = "其他资金", p.other
    else:  # no 其他资金 in this layout: the row's last pair stays one blank cell
        merges.append(((1, 4), (1, 5)))
    r = _plan_spots(p, 3, "资金支出计划（累计%）", ((1, 1), (2, 2), (3, 3), (4, 5)), texts, merges)
    texts[(r, 0)], texts[(r, 1)] = "年度绩效目标", p.goal
    merges.append(((r, 1), (r, 5)))
    _fill(t, texts, merges)
    _indicators(doc, p, ("一级指标", "二级指标", "指标内容", "指标值", "备注"))


def _indicators(doc, p: ProjectSpec, header: tuple[str, ...]) -> None:
    """The indicator table, 一级指标 merged down its runs as both real layouts do."""
    described = len(header) == 6
    t = doc.add_table(rows=1 + len(p.rows), cols=len(header))
    t.style = "Table Grid"
    texts: dict[Spot, str] = {(0, j): text for j, text in enumerate(header)}
    merges: list[tuple[Spot, Spot]] = []
    for i, row in enumerate(p.rows, start=1):
        cells = (row.level2, row.level3, row.description, row.value, row.basis) if described else (
            row.level2, row.level3, row.value, row.basis)
        texts.update({(i, j): text for j, text in enumerate(cells, start=1)})
        if i == 1 or row.level1 != p.rows[i - 2].level1:
            texts[(i, 0)] = row.level1
            first = i
        if i == len(p.rows) or p.rows[i].level1 != row.level1:
            if i > first:
                merges.append(((first, 0), (i, 0)))
    _fill(t, texts, merges)
