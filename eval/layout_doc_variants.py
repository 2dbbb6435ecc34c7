"""Old binary Word (.doc) documents in county layouts eval.layout_fuzz does not write, read back
with ingest.read_document and compared fact by fact.

Each variant is one department's three projects written with python-docx in a layout of its own,
saved as .doc by LibreOffice (one run for all), then read through the .doc path:

    pairs8      caption «表3-n XX项目绩效目标表» and «单位：万元» over a header of four label/value
                pairs a row (8 columns), the plan as period/figure pairs along one row; the
                indicators a table of their own, 一级指标 merged down, split in two tables at a page
                with its header row repeated
    pairs6      header in 6 columns (预算数 | 一般公共预算 | 自筹), «分季度支出计划（万元）» merged
                down beside each quarter's own amounts and a 合计; indicator columns 三级指标 |
                计量单位 | 年度指标值 | 设定依据, 二级指标 merged down
    one_table   one table a project on an 8-column grid: 4-column pairs spanning two grid columns,
                年度资金总额 | 财政资金 | 上年结转, the plan down a column under «支出进度» merged
                down, indicators in the same table with cells spanning columns
    prose       一、二、（一）headings and passages, «单位：元», a money block «项目资金（元）»
                merged down over 资金总额 / 其中：财政拨款 / 其他资金; the plan a table of its own
                (一季度末 …); indicators with 指标解释 and 备注 holding the basis
    two_row     an indicator header on two rows («绩效指标» over 一级/二级/三级指标, 指标值 and
                指标值确定依据 merged down both), the plan as 1-3月 … 1-12月 cumulative percents
    numbered    «附表3-n», a 序号 column, 度量单位 after 指标值, 指标值确定依据 and 备注 both, the
                header row repeated inside the table, the plan as cumulative amounts in 元 with
                «单位：元» over the table

    .venv/bin/python -m eval.layout_doc_variants [--keep DIR] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

DEPARTMENT = "威县卫生健康局"
IMPLEMENTER = "威县疾病预防控制中心"
YEAR = 2025
REF = "冀卫疾控〔2024〕7号"
MERGE_LEFT, MERGE_UP = "<", "^"  # a grid cell covered by the cell left of it, or above it


@dataclass(frozen=True)
class Target:
    """One indicator row as known; `sign` is the comparator as printed (≥ ≤ = or "")."""

    level1: str
    level2: str
    level3: str
    sign: str
    number: str  # "" for words
    unit: str
    words: str = ""
    basis: str = "年度工作计划"

    @property
    def comparator(self) -> str | None:
        return {"≥": ">=", "≤": "<=", "=": "=", ">": ">", "<": "<"}.get(self.sign)

    def value(self, unit_column: bool) -> str:
        """The target as its value cell prints it (without the unit where a column holds it)."""
        if not self.number:
            return self.words
        return f"{self.sign}{self.number}{'' if unit_column else self.unit}"


@dataclass(frozen=True)
class Fact:
    """One project as known: money in 万元, cumulative plan percents at four quarter ends."""

    code: str
    name: str
    budget: Decimal
    other: Decimal
    use: str
    goal: str
    plan: tuple[int, int, int, int]
    targets: tuple[Target, ...]

    @property
    def fiscal(self) -> Decimal:
        return self.budget - self.other


def _targets(n: int) -> tuple[Target, ...]:
    rows = (
        Target("产出指标", "数量指标", "免疫规划疫苗接种人次", "≥", str(12000 + 500 * n), "人次",
               basis=f"依据{REF}文件测算"),
        Target("产出指标", "数量指标", "开展健康教育活动", "≥", str(4 + n), "次"),
        Target("产出指标", "质量指标", "疫苗接种率", "≥", "95", "%", basis="国家免疫规划要求"),
        Target("产出指标", "时效指标", "疫情报告及时率", "=", "100", "%"),
        Target("效益指标", "社会效益指标", "群众健康素养水平", "", "", "", words="明显提升",
               basis="健康县城建设规划"),
        Target("效益指标", "可持续影响指标", "疾病防控体系运行", "≥", str(n + 1), "年"),
        Target("满意度指标", "服务对象满意度指标", "接种群众满意度", "≥", str(88 + n), "%",
               basis="问卷调查"),
    )
    return rows[: 5 + n]


_PROJECTS = (("13053325P00000123001", "免疫规划专项经费", Decimal("128.50"), Decimal("0"),
              (20, 45, 75, 100)),
             ("13053325P00000123002", "重大传染病防控经费", Decimal("76.00"), Decimal("16.00"),
              (25, 50, 80, 100)),
             ("13053325P00000123003", "健康教育宣传经费", Decimal("32.40"), Decimal("2.40"),
              (10, 40, 70, 100)))


def make_facts() -> tuple[Fact, ...]:
    """The department's three projects, the same for every variant."""
    return tuple(Fact(code=code, name=name, budget=budget, other=other,
                      use=f"用于{name[:-2]}工作的开展及相关物资采购。", goal=f"完成{name[:-2]}年度任务，保障群众健康。",
                      plan=plan, targets=_targets(n))
                 for n, (code, name, budget, other, plan) in enumerate(_PROJECTS))


# -- writing -----------------------------------------------------------------------------------

Rows = list[list[str]]


def add_table(document, rows: Rows) -> None:
    """A table from rows of grid cells: MERGE_LEFT / MERGE_UP cells join the cell left / above."""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text in (MERGE_LEFT, MERGE_UP):
                continue
            right = c
            while right + 1 < width and rows[r][right + 1] == MERGE_LEFT:
                right += 1
            down = r
            while down + 1 < len(rows) and rows[down + 1][c] == MERGE_UP:
                down += 1
            cell = table.cell(r, c)
            if (right, down) != (c, r):
                cell = cell.merge(table.cell(down, right))
            cell.text = text


def _span(text: str, width: int) -> list[str]:
    return [text] + [MERGE_LEFT] * (width - 1)


def _wan(x: Decimal) -> str:
    return f"{x:.2f}"


def _yuan(x: Decimal) -> str:
    return f"{x * 10000:.2f}"


def _amounts(f: Fact, unit: str, cumulative: bool) -> list[str]:
    """The plan as amounts: cumulative, or each quarter's own."""
    shares = [f.plan[0]] + [b - a for a, b in zip(f.plan, f.plan[1:])]
    figures = f.plan if cumulative else shares
    money = [f.budget * Decimal(p) / 100 for p in figures]
    return [_yuan(x) if unit == "元" else _wan(x) for x in money]


def _indicator_rows(f: Fact, heads: list[str], cell: Callable[[Target, str], str],
                    merge: tuple[str, ...] = ()) -> Rows:
    """Rows under `heads`, each cell given by cell(target, head); the columns in `merge` merged down
    over rows repeating the cell above."""
    out: Rows = []
    for k, t in enumerate(f.targets):
        row = [cell(t, head) for head in heads]
        if k:
            row = [MERGE_UP if head in merge and row[c] == cell(f.targets[k - 1], head) else row[c]
                   for c, head in enumerate(heads)]
        out.append(row)
    return out


def _target_cell(unit_column: bool, number: Callable[[int], str] = lambda k: "") -> Callable:
    def cell(t: Target, head: str) -> str:
        return {"一级指标": t.level1, "二级指标": t.level2, "三级指标": t.level3, "指标名称": t.level3,
                "指标值": t.value(unit_column), "年度指标值": t.value(unit_column), "目标值": t.value(unit_column),
                "计量单位": t.unit, "度量单位": t.unit, "指标值确定依据": t.basis, "设定依据": t.basis, "确定依据": t.basis,
                "备注": t.basis, "指标解释": f"反映{t.level3}情况"}.get(head, "")
    return cell


def pairs8(document, n: int, f: Fact) -> None:
    document.add_paragraph(f"表3-{n + 1} {f.name}项目绩效目标表")
    document.add_paragraph("单位：万元")
    plan = []
    for label, p in zip(("3月底", "6月底", "9月底", "12月底"), f.plan):
        plan += [label, f"{p}%"]
    add_table(document, [
        ["项目名称", f.name, "项目编码", f.code, "主管部门", DEPARTMENT, "实施单位", IMPLEMENTER],
        ["资金总额", _wan(f.budget), "财政拨款", _wan(f.fiscal), "其他资金", _wan(f.other), "", ""],
        ["资金用途", *_span(f.use, 7)],
        ["年度绩效目标", *_span(f.goal, 7)],
        plan,
    ])
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]
    rows = _indicator_rows(f, heads, _target_cell(False), merge=("一级指标",))
    cut = 3
    add_table(document, [heads, *rows[:cut]])
    document.add_paragraph("（续表）")
    second = rows[cut:]
    if second and second[0][0] == MERGE_UP:
        second[0][0] = f.targets[cut].level1  # a merge cut by the page is printed again
    add_table(document, [heads, *second])


def pairs6(document, n: int, f: Fact) -> None:
    document.add_paragraph(f"{n + 1}.{f.name}绩效目标表")
    quarters = _amounts(f, "万元", cumulative=False)
    add_table(document, [
        ["项目名称", *_span(f.name, 3), "项目编码", f.code],
        ["主管部门", DEPARTMENT, "项目单位", IMPLEMENTER, "金额单位", "万元"],
        ["预算数", _wan(f.budget), "一般公共预算", _wan(f.fiscal), "自筹", _wan(f.other)],
        ["分季度支出计划（万元）", "一季度", "二季度", "三季度", "四季度", "合计"],
        [MERGE_UP, *quarters, _wan(f.budget)],
        ["资金用途", *_span(f.use, 5)],
        ["绩效目标", *_span(f.goal, 5)],
    ])
    heads = ["一级指标", "二级指标", "三级指标", "计量单位", "年度指标值", "设定依据"]
    add_table(document, [heads, *_indicator_rows(f, heads, _target_cell(True),
                                                 merge=("一级指标", "二级指标"))])


def one_table(document, n: int, f: Fact) -> None:
    document.add_paragraph(f"{f.name}项目支出绩效目标表", style="Heading 2")
    rows = [
        [*_span("项目名称", 2), *_span(f.name, 2), *_span("项目编码", 2), *_span(f.code, 2)],
        [*_span("主管部门", 2), *_span(DEPARTMENT, 2), *_span("责任单位", 2), *_span(IMPLEMENTER, 2)],
        [*_span("年度资金总额（万元）", 2), *_span(_wan(f.budget), 2), *_span("其中：财政资金", 2),
         *_span(_wan(f.fiscal), 2)],
        [*_span("上年结转", 2), *_span(_wan(f.other), 2), "", "", "", ""],
    ]
    for k, (label, p) in enumerate(zip(("截至3月底", "截至6月底", "截至9月底", "截至12月底"), f.plan)):
        rows.append([*_span("支出进度" if k == 0 else MERGE_UP, 2), *_span(label, 3), *_span(f"{p}%", 3)])
    rows += [[*_span("资金用途", 2), *_span(f.use, 6)], [*_span("绩效目标", 2), *_span(f.goal, 6)]]
    heads = ["一级指标", "二级指标", "三级指标", "三级指标", "指标值", "度量单位", "确定依据", "确定依据"]
    body = _indicator_rows(f, heads[:3] + heads[4:6] + heads[7:], _target_cell(True),
                           merge=("一级指标",))
    rows.append(["一级指标", "二级指标", *_span("三级指标", 2), "指标值", "度量单位", *_span("确定依据", 2)])
    rows += [[a, b, c, MERGE_LEFT, d, e, g, MERGE_LEFT] for a, b, c, d, e, g in body]
    add_table(document, rows)


def prose(document, n: int, f: Fact) -> None:
    document.add_paragraph(f"（{'一二三'[n]}）{f.name}")
    document.add_paragraph(f"该项目由{IMPLEMENTER}组织实施，资金按进度拨付。")
    document.add_paragraph(f"表3-{n + 1} {f.name}绩效目标表")
    document.add_paragraph("单位：元")
    add_table(document, [
        ["项目名称", *_span(f.name, 3)],
        ["项目编码", f.code, "主管部门", DEPARTMENT],
        ["预算单位", *_span(IMPLEMENTER, 3)],
        ["项目资金（元）", "资金总额", *_span(_yuan(f.budget), 2)],
        [MERGE_UP, "其中：财政拨款", *_span(_yuan(f.fiscal), 2)],
        [MERGE_UP, "其他资金", *_span(_yuan(f.other), 2)],
        ["资金用途", *_span(f.use, 3)],
        ["绩效目标", *_span(f.goal, 3)],
    ])
    add_table(document, [["时间节点", "一季度末", "二季度末", "三季度末", "四季度末"],
                         ["累计支出比例", *(f"{p}%" for p in f.plan)]])
    heads = ["一级指标", "二级指标", "三级指标", "指标解释", "指标值", "计量单位", "备注"]
    add_table(document, [heads, *_indicator_rows(f, heads, _target_cell(True), merge=("一级指标",))])


def two_row(document, n: int, f: Fact) -> None:
    document.add_paragraph(f"{n + 1}.{f.name}绩效目标表")
    add_table(document, [
        ["项目名称", f.name, "项目编码", f.code, "单位：万元", MERGE_LEFT],
        ["主管部门", DEPARTMENT, "实施单位", IMPLEMENTER, "", ""],
        ["项目资金", _wan(f.budget), "本级财政", _wan(f.fiscal), "其他资金", _wan(f.other)],
        ["资金用途", *_span(f.use, 5)],
        ["年度目标", *_span(f.goal, 5)],
        ["资金使用计划", "1-3月", "1-6月", "1-9月", "1-12月", ""],
        [MERGE_UP, *(f"{p}%" for p in f.plan), ""],
    ])
    body = _indicator_rows(f, ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
                           _target_cell(False), merge=("一级指标", "二级指标"))
    add_table(document, [["绩效指标", MERGE_LEFT, MERGE_LEFT, "指标值", "指标值确定依据"],
                         ["一级指标", "二级指标", "三级指标", MERGE_UP, MERGE_UP], *body])


def numbered(document, n: int, f: Fact) -> None:
    document.add_paragraph(f"附表3-{n + 1}  {f.name}绩效目标表")
    document.add_paragraph("单位：元")
    add_table(document, [
        ["项目编码", f.code, "项目名称", f.name],
        ["主管部门", DEPARTMENT, "实施单位", IMPLEMENTER],
        ["资金总额", _yuan(f.budget), "财政资金", _yuan(f.fiscal)],
        ["其他资金", _yuan(f.other), "", ""],
        ["资金用途", *_span(f.use, 3)],
        ["绩效目标", *_span(f.goal, 3)],
    ])
    add_table(document, [["3月底", "6月底", "9月底", "12月底"], _amounts(f, "元", cumulative=True)])
    heads = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "度量单位", "指标值确定依据", "备注"]
    cell = _target_cell(True)
    rows = [[str(k + 1), *(cell(t, h) for h in heads[1:-1]), ""] for k, t in enumerate(f.targets)]
    add_table(document, [heads, *rows[:4], heads, *rows[4:]])


VARIANTS: dict[str, Callable] = {"pairs8": pairs8, "pairs6": pairs6, "one_table": one_table,
                                 "prose": prose, "two_row": two_row, "numbered": numbered}


def write_docx(name: str, path: Path) -> None:
    """Variant `name` of the department's document as a .docx."""
    import docx

    document = docx.Document()
    document.add_paragraph(f"{DEPARTMENT}{YEAR}年项目支出绩效目标")
    if name == "prose":
        document.add_paragraph("一、部门职责", style="Heading 1")
        document.add_paragraph("负责全县疾病预防控制、卫生应急和健康教育工作。")
        document.add_paragraph("二、项目支出绩效目标", style="Heading 1")
    for n, fact in enumerate(make_facts()):
        VARIANTS[name](document, n, fact)
    # Word always ends a document with a paragraph; a .doc saved ending in a table loses that table
    document.add_paragraph("")
    document.save(str(path))


def to_doc(paths: list[Path]) -> list[Path]:
    """The .docx files saved as .doc beside them, in one LibreOffice run."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        raise RuntimeError("saving .doc needs LibreOffice (soffice on PATH)")
    folder = paths[0].parent
    with tempfile.TemporaryDirectory(prefix="lo-docvariants-") as profile:
        subprocess.run([program, "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
                        "--convert-to", "doc:MS Word 97", "--outdir", str(folder), *map(str, paths)],
                       capture_output=True, timeout=300, check=False, stdin=subprocess.DEVNULL,
                       env={**os.environ, "HOME": profile})
    out = [path.with_suffix(".doc") for path in paths]
    missing = [path.name for path in out if not path.is_file()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}")
    return out


def write_variants(names: list[str], folder: Path) -> dict[str, Path]:
    """Each named variant written as .doc in `folder`."""
    docxs = [folder / f"{name}.docx" for name in names]
    for name, path in zip(names, docxs):
        write_docx(name, path)
    return dict(zip(names, to_doc(docxs)))


# -- checking ----------------------------------------------------------------------------------

def _in_wan(amount: Decimal | None, unit: str) -> Decimal | None:
    if amount is None:
        return None
    return (amount / 10000 if unit == "元" else amount).quantize(Decimal("0.01"))


def check(document, facts: tuple[Fact, ...] = ()) -> list[str]:
    """Each fact the document does not give back, as «field: what was read ≠ what was written»."""
    facts = facts or make_facts()
    losses: list[str] = []
    losses += [f"warning: {warning}" for warning in document.warnings]  # every cell has a place
    if len(document.projects) != len(facts):
        losses.append(f"projects: {len(document.projects)} read ≠ {len(facts)}")
    for f in facts:
        p = next((x for x in document.projects if x.code == f.code), None)
        if p is None:
            losses.append(f"projects: {f.name} not found")
            continue
        got = {"name": p.name, "department": p.department, "implementer": p.implementer,
               "use": p.use, "goal": p.goal, "budget": _in_wan(p.budget, p.unit),
               "fiscal": _in_wan(p.fiscal, p.unit), "other": _in_wan(p.other, p.unit) or Decimal("0.00"),
               "plan": tuple(None if x.percent is None else round(x.percent) for x in p.spending_plan)}
        want = {"name": f.name, "department": DEPARTMENT, "implementer": IMPLEMENTER, "use": f.use,
                "goal": f.goal, "budget": f.budget, "fiscal": f.fiscal, "other": f.other, "plan": f.plan}
        losses += [f"{key}: {f.name}: {got[key]!r} ≠ {want[key]!r}" for key in want if got[key] != want[key]]
        if len(p.indicators) != len(f.targets):
            losses.append(f"indicators: {f.name}: {len(p.indicators)} read ≠ {len(f.targets)}")
        for t, i in zip(f.targets, p.indicators):
            v = i.value
            have = (i.level1, i.level2, i.level3, v.comparator,
                    None if v.number is None else Decimal(v.number), v.unit, i.basis)
            should = (t.level1, t.level2, t.level3, t.comparator,
                      Decimal(t.number) if t.number else None, t.unit or None, t.basis)
            if have != should:
                losses.append(f"indicator: {f.name}/{t.level3}: {have} ≠ {should}")
    return losses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the documents here and keep them")
    parser.add_argument("--only", nargs="*", default=list(VARIANTS))
    args = parser.parse_args(argv)
    from ingest import IngestError, read_document

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        failing = 0
        for name, path in write_variants(args.only, folder).items():
            try:
                losses = check(read_document(path))
            except IngestError as error:
                losses = [f"unreadable: {error}"]
            failing += bool(losses)
            print(f"{name:<10} {'ok' if not losses else f'{len(losses)} lost'}")
            for loss in losses[:8]:
                print(f"    {loss}")
    print(f"variants fully read: {len(args.only) - failing}/{len(args.only)}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
