"""The 体检 report a reviewer sends back to a department: a memo in .docx or a workbook in .xlsx.

Both carry the same content, built once as plain rows: a summary table on top, then one section
per project with each finding, the row it quotes, the rule, its basis and a suggested correction,
then the rules and the published passages they rest on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from assistant.checks import group_by_project
from assistant.checks.findings import Finding
from assistant.checks.rules import RULES
from assistant.checks.thresholds import SEVERITIES, SEVERITY_LABELS
from ingest.records import Project

SUFFIXES = (".docx", ".xlsx")
TITLE = "绩效目标表体检报告"
SUMMARY_COLUMNS = ("序号", "项目名称", "项目编码", "错误", "警告", "提示", "主要问题")
FINDING_COLUMNS = ("序号", "级别", "位置", "问题", "表中原文", "修改建议", "规则及依据")
RULE_COLUMNS = ("规则", "检查内容", "理由", "依据")
# Column widths in cm on a landscape A4 page (24.6 cm between the margins).
SUMMARY_WIDTHS = (1.2, 8.0, 4.6, 1.3, 1.3, 1.3, 6.9)
FINDING_WIDTHS = (1.0, 1.2, 1.8, 5.6, 6.0, 4.4, 4.6)
RULE_WIDTHS = (4.0, 8.0, 6.0, 6.6)
_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Section:
    """One project's part of the report."""

    heading: str
    where: str
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Memo:
    """The report's content, independent of the file format."""

    title: str
    dated: str
    opening: tuple[str, ...]
    summary: tuple[tuple[str, ...], ...]
    sections: tuple[Section, ...]
    rules: tuple[tuple[str, ...], ...]
    closing: tuple[str, ...]


def _chinese_number(n: int) -> str:
    if n <= 10:
        return _NUMERALS[n - 1]
    if n < 20:
        return "十" + _NUMERALS[n - 11]
    tens, ones = divmod(n, 10)
    return _NUMERALS[tens - 1] + "十" + (_NUMERALS[ones - 1] if ones else "")


def _basis(finding: Finding) -> str:
    rule = RULES.get(finding.rule)
    if rule is None or not rule.basis:
        return finding.title
    documents = "、".join(dict.fromkeys(c.document for c in rule.basis))
    return f"{finding.title}\n依据：{documents}（原文见第三部分）"


def _finding_row(n: int, finding: Finding) -> tuple[str, ...]:
    return (str(n), SEVERITY_LABELS.get(finding.severity, finding.severity), finding.where,
            finding.message, finding.quote, finding.suggestion, _basis(finding))


def build_memo(findings: Sequence[Finding], projects: Sequence[Project],
               today: date | None = None) -> Memo:
    """Arrange findings into the memo: summary, sections per project, rules cited."""
    today = today or date.today()
    groups = group_by_project(findings, projects)
    counts = Counter(f.severity for f in findings)
    sources = list(dict.fromkeys(p.locator.source for p in projects))
    flagged = sum(1 for index in groups if index < len(projects))
    tally = "、".join(f"{SEVERITY_LABELS[s]}{counts[s]}条" for s in SEVERITIES) if findings else "无"
    opening = (
        f"来源文件：{'；'.join(sources) or '（无）'}。",
        f"对上述文件中的{len(projects)}个项目绩效目标表逐表核对，{flagged}个项目发现问题，"
        f"共{len(findings)}条（{tally}）。",
        "“错误”指表内数据相互矛盾，须修改；“警告”指目标设置可能与本意不符，请核实；"
        "“提示”指表述不够规范，建议完善。",
    )
    summary = []
    sections = []
    for number, (index, group) in enumerate(groups.items(), start=1):
        first = group[0]
        by = Counter(f.severity for f in group)
        titles = "、".join(dict.fromkeys(f.title for f in group if f.severity != "info"))
        titles = titles or "、".join(dict.fromkeys(f.title for f in group))
        summary.append((str(number), first.project_name, first.project_code,
                        str(by["error"]), str(by["warning"]), str(by["info"]), titles))
        project = projects[index] if index < len(projects) else None
        where = f"来源：{first.locator.source}"
        if project is not None:
            budget = "（空）" if project.budget is None else f"{project.budget}{project.unit}"
            where += f" 表{project.locator.table}；预算数{budget}"
        heading = f"（{_chinese_number(number)}）{first.project_name}（{first.project_code}）"
        rows = tuple(_finding_row(n, f) for n, f in enumerate(group, start=1))
        sections.append(Section(heading, where, rows))
    if summary:
        summary.append(("", "合计", "", str(counts["error"]), str(counts["warning"]),
                        str(counts["info"]), ""))
    used = [rule for rule_id, rule in RULES.items() if any(f.rule == rule_id for f in findings)]
    rules = tuple((rule.title, rule.checks, rule.reason,
                   "；".join(c.cite() for c in rule.basis) or "—") for rule in used)
    clean = [f"{p.name}（{p.code}）" for i, p in enumerate(projects) if i not in groups]
    closing = ((f"未发现问题的项目（{len(clean)}个）：" + "；".join(clean) + "。") if clean else "",
               "请各项目单位对照上述意见逐条核实修改，修改后重新报送。")
    return Memo(TITLE, f"{today.year}年{today.month}月{today.day}日", opening, tuple(summary),
                tuple(sections), rules, tuple(line for line in closing if line))


def write_report(findings: Sequence[Finding], projects: Sequence[Project], path: Path) -> Path:
    """Write the report to `path`: .docx (a memo) or .xlsx (a workbook), by the path's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path}：报告只能保存为 .docx 或 .xlsx，请换用这两种扩展名")
    memo = build_memo(findings, projects)
    if suffix == ".docx":
        _write_docx(memo, path)
    else:
        _write_xlsx(memo, path)
    return path


def _write_docx(memo: Memo, path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    section = document.sections[0]
    # Seven columns of Chinese text read better across the page.
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for style_name in ("Normal", "Heading 1", "Heading 2", "Title"):
        style = document.styles[style_name]
        style.font.name = "宋体"
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    document.styles["Normal"].font.size = Pt(10.5)

    heading = document.add_heading(memo.title, level=0)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dated = document.add_paragraph(memo.dated)
    dated.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in memo.opening:
        document.add_paragraph(line)

    document.add_heading("一、问题汇总", level=1)
    _docx_table(document, SUMMARY_COLUMNS, memo.summary, SUMMARY_WIDTHS)
    document.add_heading("二、各项目意见", level=1)
    if not memo.sections:
        document.add_paragraph("未发现问题。")
    for part in memo.sections:
        document.add_heading(part.heading, level=2)
        document.add_paragraph(part.where)
        _docx_table(document, FINDING_COLUMNS, part.rows, FINDING_WIDTHS)
    document.add_heading("三、所依据的规则", level=1)
    _docx_table(document, RULE_COLUMNS, memo.rules, RULE_WIDTHS)
    document.add_paragraph("")
    for line in memo.closing:
        document.add_paragraph(line)
    document.save(str(path))


def _docx_table(document, columns: Sequence[str], rows: Sequence[Sequence[str]],
                widths: Sequence[float]) -> None:
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    # Word reads each cell's width, LibreOffice the grid's: set both.
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _write_xlsx(memo: Memo, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)

    def put(sheet, values, font=None):
        sheet.append(list(values))
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
            if font is not None:
                cell.font = font

    summary = book.active
    summary.title = "汇总"
    put(summary, [memo.title], Font(bold=True, size=14))
    put(summary, [memo.dated])
    for line in memo.opening:
        put(summary, [line])
    put(summary, [])
    put(summary, SUMMARY_COLUMNS, bold)
    for values in memo.summary:
        put(summary, values)
    for line in memo.closing:
        put(summary, [line])
    for letter, width in zip("ABCDEFG", (6, 40, 26, 6, 6, 6, 40), strict=True):
        summary.column_dimensions[letter].width = width

    details = book.create_sheet("各项目意见")
    for part in memo.sections:
        put(details, [part.heading], Font(bold=True, size=12))
        put(details, [part.where])
        put(details, FINDING_COLUMNS, bold)
        for values in part.rows:
            put(details, values)
        put(details, [])
    for letter, width in zip("ABCDEFG", (6, 6, 10, 50, 50, 40, 40), strict=True):
        details.column_dimensions[letter].width = width

    rules = book.create_sheet("所依据的规则")
    put(rules, RULE_COLUMNS, bold)
    for values in memo.rules:
        put(rules, values)
    for letter, width in zip("ABCD", (24, 50, 40, 60), strict=True):
        rules.column_dimensions[letter].width = width
    book.save(str(path))
