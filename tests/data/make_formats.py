"""Make the other-format fixtures from the two .docx documents with real converters.

    python tests/data/make_formats.py        (needs LibreOffice, poppler-utils and img2pdf)

- `*.pdf`: the .docx printed to PDF by LibreOffice (writer_pdf_Export).
- `*-sheets.xlsx` (one sheet per project, the prose on a first sheet) and `*-onesheet.xlsx` (all on
  one sheet), written here with openpyxl from the .docx tables, merged cells kept as merged ranges,
  money as numbers formatted 0.00, headings bold — the way budget systems export them.
- `*.doc` and `*.xls`: saved by LibreOffice from the .docx and the one-sheet .xlsx.
- `disclosure.pdf`: a budget disclosure (部门预算公开) built with python-docx — other tables before
  and after, one performance table crossing a page with its header row repeated — printed by
  LibreOffice.
- `no-tables.pdf` (a budget table and no performance table) and `locked.pdf` (the same with an
  open password, «secret»), printed by LibreOffice.
- `scan.pdf`: pages 3–4 of sample.pdf rendered at 150 dpi by pdftoppm, put back by img2pdf (no
  text layer), as a stamped copy scanned in.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[1] / "data/samples/weixian-rsj-2025-jixiao-mubiao.docx"
OTHER = HERE / "other-department.docx"
MONEY = re.compile(r"^\d+\.\d{2}$")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def docx_blocks(path: Path) -> list:
    """("p", text, bold) and ("t", cells, merges) in body order; merges as (r0, c0, r1, c1)."""
    document = docx.Document(str(path))
    blocks: list = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            paragraph = DocxParagraph(element, document)
            text = paragraph.text.strip()
            if text:
                heading = (paragraph.style.name or "").lower().startswith("heading")
                blocks.append(("p", text, heading))
        elif element.tag == qn("w:tbl"):
            table = DocxTable(element, document)
            grid = [row.cells for row in table.rows]
            spans: dict[int, list[int]] = {}
            for r, cells in enumerate(grid):
                for c, cell in enumerate(cells):
                    box = spans.setdefault(id(cell._tc), [r, c, r, c])
                    box[2], box[3] = max(box[2], r), max(box[3], c)
            texts = [[""] * len(cells) for cells in grid]
            for r, cells in enumerate(grid):
                for c, cell in enumerate(cells):
                    if spans[id(cell._tc)][:2] == [r, c]:
                        texts[r][c] = cell.text
            merges = {tuple(box) for box in spans.values() if box[:2] != box[2:]}
            blocks.append(("t", texts, sorted(merges)))
    return blocks


def _write_table(sheet, top: int, cells: list[list[str]], merges: list) -> int:
    """Write a table at row `top` (1-based); returns the next free row."""
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            target = sheet.cell(row=top + r, column=c + 1)
            if MONEY.match(text.strip()):
                target.value, target.number_format = float(text), "0.00"
            else:
                target.value = text or None
            target.border = BOX
            target.alignment = Alignment(wrap_text=True, vertical="center")
    for r0, c0, r1, c1 in merges:
        sheet.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1,
                          end_column=c1 + 1)
    return top + len(cells)


def _write_paragraph(sheet, row: int, text: str, heading: bool) -> int:
    cell = sheet.cell(row=row, column=1, value=text)
    if heading:
        cell.font = Font(bold=True, size=14)
    return row + 1


def _sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "", re.sub(r"绩效目标表$", "", title))[:28] or "项目"
    while name in used:
        name = name[:26] + f"{len(used)}"
    used.add(name)
    return name


def write_xlsx(blocks: list, path: Path, *, one_sheet: bool) -> None:
    """The document as a workbook: prose rows, then each project's title row and tables."""
    book = Workbook()
    sheet = book.active
    sheet.title = "绩效目标" if one_sheet else "部门整体绩效目标"
    row, used, started = 1, {sheet.title}, False
    for kind, first, second in blocks:
        if kind == "p":
            project = bool(re.match(r"^\d+\s*[.．、].*绩效目标表$", first))
            if project and not one_sheet:
                sheet = book.create_sheet(_sheet_name(first, used))
                row = 1
            elif started and one_sheet:
                row += 1  # a blank row between projects
            row = _write_paragraph(sheet, row, first, second)
            started = started or project
        else:
            row = _write_table(sheet, row, first, second) + 1
    book.save(path)


def soffice(source: Path, target_format: str, outdir: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", target_format, "--outdir",
                    str(outdir), str(source)], check=True, capture_output=True, timeout=300)
    return outdir / f"{source.stem}.{target_format.split(':')[0]}"


def disclosure_docx(path: Path) -> None:
    """A 部门预算公开 document: budget tables, then one project's performance table, then prose."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10.5)
    section = document.sections[0]
    footer = section.footer.paragraphs[0]
    footer.text = "魏县人力资源和社会保障局部门预算公开"
    document.add_heading("魏县人力资源和社会保障局2025年部门预算", level=1)
    document.add_heading("第一部分 部门概况", level=1)
    document.add_paragraph("一、部门职责")
    document.add_paragraph("贯彻执行人力资源和社会保障法律法规，拟订全县人力资源和社会保障事业发展规划。")
    document.add_heading("第二部分 部门预算表", level=1)
    budget_tables = [
        ("表1 部门收支总表", [["收入项目", "预算数", "支出项目", "预算数"],
                        ["一般公共预算拨款", "3710.69", "社会保障和就业支出", "3560.69"],
                        ["政府性基金预算拨款", "0.00", "城乡社区支出", "150.00"],
                        ["收入总计", "3710.69", "支出总计", "3710.69"]]),
        ("表2 一般公共预算财政拨款支出表", [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                                ["208", "社会保障和就业支出", "3560.69", "420.30", "3140.39"],
                                ["20801", "人力资源和社会保障管理事务", "570.30", "420.30", "150.00"]]),
        ("表3 项目支出表", [["项目编码", "项目名称", "合计", "财政拨款"],
                       ["13043425P00000110011H", "社会保障工作经费", "150.00", "150.00"],
                       ["13043425P004443100017", "2025年创业贷款贴息资金", "10.00", "10.00"]]),
    ]
    for title, rows in budget_tables:
        document.add_paragraph(title)
        _add_grid(document, rows)
    document.add_heading("第三部分 项目支出绩效目标表", level=1)
    document.add_heading("1.社会保障工作经费绩效目标表", level=2)
    _add_grid(document, [["316001魏县人力资源和社会保障局本级", "单位：万元"]], borders=False)
    _add_grid(document, [
        ["项目编码", "13043425P00000110011H", "项目名称", "社会保障工作经费"],
        ["预算数", "150.00", "其中：财政资金", "150.00"],
        ["资金用途", "用于人社局劳动监察、基金监督、就业等日常工作。", "", ""],
        ["绩效目标", "保障人社日常工作正常运转。", "", ""],
    ], merges=[(2, 1, 2, 3), (3, 1, 3, 3)])
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"]]
    for k in range(1, 31):
        rows.append(["产出指标", "数量指标", f"培训班次{k}", f"≥{k}期", "冀人社规〔2018〕8号"])
    rows.append(["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "问卷调查"])
    _add_grid(document, rows, header_rows=1, merges=[(1, 0, 30, 0), (1, 1, 30, 1)])
    document.add_paragraph("表4 政府采购预算表")
    _add_grid(document, [["采购项目", "采购品目", "预算金额"], ["办公设备", "计算机", "12.00"]])
    document.add_heading("第四部分 名词解释", level=1)
    document.add_paragraph("一、财政拨款收入：指县级财政当年拨付的资金。")
    document.save(str(path))


def _add_grid(document, rows: list[list[str]], *, header_rows: int = 0, borders: bool = True,
              merges: list = ()) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    if borders:
        table.style = document.styles["Table Grid"]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
        if r < header_rows:  # repeated at the top of every page the table crosses
            properties = table.rows[r]._tr.get_or_add_trPr()
            properties.append(properties.makeelement(qn("w:tblHeader"), {}))
    for r0, c0, r1, c1 in merges:
        keep = table.cell(r0, c0).text
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        merged.text = keep
    document.add_paragraph("")


def main() -> None:
    for tool in ("soffice", "pdftoppm", "img2pdf"):
        if not shutil.which(tool):
            raise SystemExit(f"需要 {tool}：apt-get install libreoffice-writer-nogui "
                             "libreoffice-calc-nogui poppler-utils img2pdf")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for name, source in (("sample", SAMPLE), ("other-department", OTHER)):
            copy = work / f"{name}.docx"
            shutil.copy(source, copy)
            blocks = docx_blocks(source)
            write_xlsx(blocks, HERE / f"{name}-sheets.xlsx", one_sheet=False)
            write_xlsx(blocks, HERE / f"{name}-onesheet.xlsx", one_sheet=True)
            if name == "sample":
                shutil.copy(soffice(copy, "pdf", work), HERE / "sample.pdf")
            else:
                shutil.copy(soffice(copy, "pdf", work), HERE / f"{name}.pdf")
            # Word always ends a document with a paragraph; these .docx end with a table, which
            # LibreOffice's .doc export flattens into text. Save the .doc from a copy with the
            # closing paragraph Word would have.
            closed = work / "closed" / f"{name}.docx"
            closed.parent.mkdir(exist_ok=True)
            with_end = docx.Document(str(source))
            with_end.add_paragraph("")
            with_end.save(str(closed))
            shutil.copy(soffice(closed, "doc", work), HERE / f"{name}.doc")
            onesheet = work / f"{name}-onesheet.xlsx"
            shutil.copy(HERE / f"{name}-onesheet.xlsx", onesheet)
            shutil.copy(soffice(onesheet, "xls", work), HERE / f"{name}.xls")
        small = docx.Document()  # bad-input PDFs: no performance table, and one with a password
        small.add_heading("魏县人力资源和社会保障局2025年部门预算", level=1)
        small.add_paragraph("表1 部门收支总表")
        _add_grid(small, [["收入项目", "预算数"], ["一般公共预算拨款", "3710.69"]])
        small.save(str(work / "no-tables.docx"))
        shutil.copy(soffice(work / "no-tables.docx", "pdf", work), HERE / "no-tables.pdf")
        locked = soffice(work / "no-tables.docx", 'pdf:writer_pdf_Export:{"EncryptFile":{"type":'
                         '"boolean","value":"true"},"DocumentOpenPassword":{"type":"string",'
                         '"value":"secret"}}', work)
        shutil.copy(locked, HERE / "locked.pdf")
        disclosure_docx(work / "disclosure.docx")
        shutil.copy(soffice(work / "disclosure.docx", "pdf", work), HERE / "disclosure.pdf")
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "3", "-l", "4",
                        str(HERE / "sample.pdf"), str(work / "scan")], check=True)
        pages = sorted(str(p) for p in work.glob("scan-*.png"))
        subprocess.run(["img2pdf", "--output", str(HERE / "scan.pdf"), *pages], check=True)
    for path in sorted(HERE.glob("*")):
        if path.suffix in {".pdf", ".xlsx", ".xls", ".doc"}:
            print(f"{path.name}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
