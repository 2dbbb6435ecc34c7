"""The two .docx layouts of eval/generator.py, written with python-docx."""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH

PERIODS = ("3月底", "6月底", "10月底", "12月底")


def _set(cell: Any, text: str) -> Any:
    cell.text = text
    return cell


def write_sample(document: Any, doc: Any) -> None:
    """The layout of data/samples: 第一部分 prose, 第二部分 three tables per project."""
    document.add_paragraph("第一部分", style="Heading 1")
    document.add_paragraph("部门整体绩效目标")
    for style, text in doc.prose:
        document.add_paragraph(text, style=style)
    document.add_paragraph("第二部分 预算项目绩效目标", style="Heading 1")
    for n, p in enumerate(doc.projects, start=1):
        document.add_paragraph(f"{n}.{p.name}绩效目标表", style="Heading 2")
        unit = document.add_table(rows=1, cols=2)
        _set(unit.cell(0, 0), f"{doc.unit_code}{doc.department}")
        _set(unit.cell(0, 1), f"单位：{p.unit}")
        head = document.add_table(rows=6, cols=7)
        head.style = "Table Grid"
        _set(head.cell(0, 0), "项目编码")
        _set(head.cell(0, 1).merge(head.cell(0, 2)), p.code)
        _set(head.cell(0, 3), "项目名称")
        _set(head.cell(0, 4).merge(head.cell(0, 6)), p.name)
        _set(head.cell(1, 0).merge(head.cell(2, 0)), "预算规模及资金用途")
        for c, text in enumerate(("预算数", p.budget, "其中：财政资金", p.fiscal, "其他资金",
                                  p.other), start=1):
            _set(head.cell(1, c), text)
        _set(head.cell(2, 1).merge(head.cell(2, 6)), p.use)
        _set(head.cell(3, 0).merge(head.cell(4, 0)), "资金支出计划（%）")
        for (first, last), period, value in zip(((1, 1), (2, 3), (4, 5), (6, 6)), PERIODS, p.plan):
            _set(head.cell(3, first).merge(head.cell(3, last)), period)
            _set(head.cell(4, first).merge(head.cell(4, last)), value)
        _set(head.cell(5, 0), "绩效目标")
        _set(head.cell(5, 1).merge(head.cell(5, 6)), p.goal)
        rows = document.add_table(rows=1 + len(p.indicators), cols=6)
        rows.style = "Table Grid"
        for c, text in enumerate(("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值",
                                  "指标值确定依据")):
            _set(rows.cell(0, c), text)
        for r, i in enumerate(p.indicators, start=1):
            for c, text in enumerate((i.level1, i.level2, i.level3, i.description, i.value,
                                      i.basis)):
                _set(rows.cell(r, c), text)


def write_other(document: Any, doc: Any) -> None:
    """The layout of tests/data/other-department.docx: title, «单位名称：…», merged 一级指标."""
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(f"{doc.department}{doc.year}年部门整体绩效目标").bold = True
    for style, text in doc.prose:
        document.add_paragraph(text, style="Heading 1" if style == "Heading 2" else style)
    document.add_page_break()
    document.add_paragraph("项目支出绩效目标表", style="Heading 1")
    for n, p in enumerate(doc.projects, start=1):
        document.add_paragraph(f"{n}.{p.name}绩效目标表", style="Heading 2")
        unit = document.add_table(rows=1, cols=2)
        _set(unit.cell(0, 0), f"单位名称：{doc.department}")
        _set(unit.cell(0, 1), f"单位：{p.unit}")
        head = document.add_table(rows=6, cols=6)
        head.style = "Table Grid"
        _set(head.cell(0, 0), "项目编码")
        _set(head.cell(0, 1).merge(head.cell(0, 2)), p.code)
        _set(head.cell(0, 3), "项目名称")
        _set(head.cell(0, 4).merge(head.cell(0, 5)), p.name)
        for i, (label, value) in enumerate((("资金总额", p.budget), ("财政拨款", p.fiscal),
                                            ("其他资金", p.other))):
            _set(head.cell(1, 2 * i), label)
            _set(head.cell(1, 2 * i + 1), value)
        _set(head.cell(2, 0), "资金用途")
        _set(head.cell(2, 1).merge(head.cell(2, 5)), p.use)
        _set(head.cell(3, 0).merge(head.cell(4, 0)), "资金支出计划（累计%）")
        for j, (period, value) in enumerate(zip(PERIODS, p.plan)):
            top, bottom = head.cell(3, 1 + j), head.cell(4, 1 + j)
            if j == 3:  # the last period spans the remaining two grid columns
                top, bottom = top.merge(head.cell(3, 5)), bottom.merge(head.cell(4, 5))
            _set(top, period)
            _set(bottom, value)
        _set(head.cell(5, 0), "年度绩效目标")
        _set(head.cell(5, 1).merge(head.cell(5, 5)), p.goal)
        document.add_paragraph("")
        rows = document.add_table(rows=1 + len(p.indicators), cols=5)
        rows.style = "Table Grid"
        for c, text in enumerate(("一级指标", "二级指标", "指标内容", "指标值", "备注")):
            _set(rows.cell(0, c), text)
        for r, i in enumerate(p.indicators, start=1):
            for c, text in enumerate((i.level2, i.level3, i.value, i.basis), start=1):
                _set(rows.cell(r, c), text)
        r = 0
        while r < len(p.indicators):  # merge equal 一级指标 down their rows
            end = r
            while end + 1 < len(p.indicators) and p.indicators[end + 1].level1 == p.indicators[r].level1:
                end += 1
            cell = rows.cell(1 + r, 0)
            if end > r:
                cell = cell.merge(rows.cell(1 + end, 0))
            _set(cell, p.indicators[r].level1)
            r = end + 1
        document.add_paragraph("")
