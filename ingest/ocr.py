"""Read a scanned PDF page: ruling lines found in the image rebuild the table grid, Tesseract
reads each cell, and the page comes back in the same shape as a printed page (chars and table
cell boxes), so the PDF reader lays out both alike.

The page is rendered at 300 dpi by pdftoppm. Ruling lines are long runs of dark pixels; they go to
pdfplumber as explicit lines, so merged cells come out as with a printed PDF. All cell images of
a page go to one Tesseract run (its list-of-images input), which loads the Chinese model once.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import IngestError

INSTALL_OCR = "sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils"
DPI = 300
_SCALE = 72 / DPI  # PDF points per pixel
_PSM = "6"  # a uniform block of text: one cell, or the page's text outside tables
_TIMEOUT = 600


def ocr_available() -> str | None:
    """None when Tesseract with Chinese and pdftoppm are installed, else what is missing."""
    missing = [tool for tool in ("tesseract", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        return "、".join(missing)
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                           timeout=60).stdout.split()
    return None if "chi_sim" in langs else "tesseract-ocr-chi-sim"


def ocr_page(path: Path, data: bytes, number: int, width: float, height: float):
    """The scanned page `number` of the PDF in `data`, as a PageLayout marked `ocr`."""
    import pdfplumber

    from .pdf_reader import PageLayout

    missing = ocr_available()
    if missing:
        raise IngestError(path, f"第{number}页是扫描图像，文字识别需要 {missing}，本机没有安装",
                          f"请安装：{INSTALL_OCR}")
    with tempfile.TemporaryDirectory(prefix="jixiao-ocr-") as scratch:
        folder = Path(scratch)
        image = _render(path, data, number, folder)
        pixels = _gray(image)
        horizontal, vertical = ruling_lines(pixels)
        tables = []
        if len(horizontal) >= 2 and len(vertical) >= 2:
            import io

            with pdfplumber.open(io.BytesIO(data)) as pdf:
                page = pdf.pages[number - 1]
                found = page.find_tables({
                    "vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                    "explicit_vertical_lines": vertical, "explicit_horizontal_lines": horizontal})
                tables = [(tuple(t.bbox), [[tuple(c) if c else None for c in row.cells]
                                            for row in t.rows]) for t in found]
        chars = _read_text(pixels, image, tables, folder, width, height)
    return PageLayout(number, height, chars, tables, ocr=True)


def _render(path: Path, data: bytes, number: int, folder: Path) -> Path:
    source = folder / "page.pdf"
    source.write_bytes(data)
    try:
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-f", str(number),
                        "-l", str(number), "-singlefile", str(source), str(folder / "page")],
                       check=True, capture_output=True, timeout=_TIMEOUT)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        raise IngestError(path, f"第{number}页无法转成图像进行识别",
                          "请用 PDF 阅读器重新另存为 PDF 后重试") from error
    return folder / "page.png"


def _gray(image: Path):
    import numpy as np
    from PIL import Image

    with Image.open(image) as picture:
        return np.asarray(picture.convert("L"))


def ruling_lines(pixels) -> tuple[list[dict], list[dict]]:
    """Horizontal and vertical ruling segments of a grey page image, as pdfplumber line
    objects in PDF points. Text strokes are far shorter than a cell side, so a run of dark
    pixels longer than a short cell is a rule."""
    dark = pixels < 160
    horizontal = [_line(x0, y, x1, y) for y, x0, x1 in _segments(dark, min_run=100)]
    vertical = [_line(x, y0, x, y1) for x, y0, y1 in _segments(dark.T, min_run=70)]
    return horizontal, vertical


def _segments(mask, min_run: int) -> list[tuple[float, int, int]]:
    """Runs of True along each row longer than `min_run`, rows a few pixels apart merged (a
    rule drawn 2–3 pixels thick) and gaps of a few pixels bridged (scan noise)."""
    import numpy as np

    padded = np.pad(mask, ((0, 0), (1, 1))).astype(np.int8)
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    runs = sorted((int(r), int(s), int(e)) for r, s, e in zip(rows, starts, ends)
                  if e - s >= min_run)
    # Rows in order: a run continues a segment drawn on the rows just above it.
    open_: list[list[float]] = []  # [row_sum, count, start, end, last_row]
    done: list[list[float]] = []
    for row, start, end in runs:
        for seg in open_:
            if row - seg[4] <= 3 and start <= seg[3] and seg[2] <= end:
                seg[0], seg[1] = seg[0] + row, seg[1] + 1
                seg[2], seg[3], seg[4] = min(seg[2], start), max(seg[3], end), row
                break
        else:
            open_.append([row, 1, start, end, row])
        done += [seg for seg in open_ if row - seg[4] > 3]
        open_ = [seg for seg in open_ if row - seg[4] <= 3]
    lines = sorted(((seg[0] / seg[1], seg[2], seg[3]) for seg in done + open_),
                   key=lambda line: (round(line[0] / 3), line[1]))
    joined: list[list[float]] = []
    for pos, start, end in lines:  # bridge small gaps along one rule (scan noise)
        if joined and abs(joined[-1][0] - pos) <= 3 and start <= joined[-1][2] + 8:
            joined[-1][2] = max(joined[-1][2], end)
        else:
            joined.append([pos, start, end])
    return [(pos, int(start), int(end)) for pos, start, end in joined]


def _line(x0: float, top: float, x1: float, bottom: float) -> dict:
    x0, x1, top, bottom = (v * _SCALE for v in (x0, x1, top, bottom))
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0,
            "height": bottom - top, "object_type": "line"}


def _read_text(pixels, image: Path, tables, folder: Path, width: float,
               height: float) -> list[dict]:
    """OCR every table cell and the page outside the tables; the words come back as char dicts
    in PDF points, as pdfplumber gives printed text.

    The Chinese model reads «%» as «9%6» and «≥» as «三»; with the English model beside it, «%»
    comes out right but «月底» turns into Latin letters. So cells holding a digit are read a
    second time with both models, and that reading is kept unless it brought in Latin letters
    the first did not have."""
    from PIL import Image

    crops: list[tuple[Path, float, float]] = []  # image, left and top offset in pixels
    page = Image.fromarray(pixels.copy())
    cells = [cell for _, rows in tables for row in rows for cell in row if cell]
    for k, (x0, top, x1, bottom) in enumerate(cells):
        box = [round(v / _SCALE) for v in (x0, top, x1, bottom)]
        inset = 6  # leave the cell's rules out of the crop
        crop = page.crop((box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset))
        target = folder / f"cell{k}.png"
        _with_margin(crop).save(target)
        crops.append((target, box[0] + inset - 20, box[1] + inset - 20))
    outside = page.copy()
    for box, _ in tables:
        left, top, right, bottom = (round(v / _SCALE) for v in box)
        outside.paste(255, (left - 4, top - 4, right + 4, bottom + 4))
    outside.save(folder / "outside.png")
    crops.append((folder / "outside.png", 0, 0))
    first = _tesseract([path for path, _, _ in crops], "chi_sim", folder / "first.txt")
    numeric = [k for k in range(len(cells)) if any(ch.isdigit() for ch in _text(first[k]))]
    second = _tesseract([crops[k][0] for k in numeric], "chi_sim+eng", folder / "second.txt")
    for at, k in enumerate(numeric):
        letters = {ch for ch in _text(second[at]) if ch.isascii() and ch.isalpha()}
        if letters <= {ch for ch in _text(first[k]) if ch.isascii() and ch.isalpha()}:
            first[k] = second[at]
    chars = []
    for k, words in enumerate(first):
        _, dx, dy = crops[k]
        for left, width_px, top, bottom, text in words:
            chars.append({"text": text, "x0": (left + dx) * _SCALE,
                          "x1": (left + width_px + dx) * _SCALE, "top": (top + dy) * _SCALE,
                          "bottom": (bottom + dy) * _SCALE, "size": (bottom - top) * _SCALE * 0.8,
                          "fontname": "OCR"})
    return chars


def _with_margin(crop):
    from PIL import Image, ImageOps

    return ImageOps.expand(crop, border=20, fill=255) if crop.width and crop.height else \
        Image.new("L", (40, 40), 255)


def _tesseract(images: list[Path], lang: str, listing: Path) -> list[list[tuple]]:
    """One Tesseract run over many images (the model loads once): per image its words as
    (left, width, line top, line bottom, text). A word takes its line's top and bottom: single
    characters have boxes of every height («一», «、»), their line does not."""
    if not images:
        return []
    listing.write_text("\n".join(str(p) for p in images) + "\n")
    # One thread: Tesseract's OpenMP threads only contend on small cell images.
    result = subprocess.run(["tesseract", str(listing), "stdout", "-l", lang, "--psm", _PSM, "tsv"],
                            capture_output=True, text=True, timeout=_TIMEOUT, check=True,
                            env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    lines: dict[tuple, tuple[int, int]] = {}
    words: list[list[tuple]] = [[] for _ in images]
    for row in result.stdout.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        level, page, block, par, line = (int(v) for v in cols[:5])
        left, top, w, h = (int(v) for v in cols[6:10])
        key = (page, block, par, line)
        if level == 4:
            lines[key] = (top, top + h)
        elif level == 5 and cols[11].strip() and 0 < page <= len(images):
            words[page - 1].append((left, w, *lines[key], cols[11].strip()))
    return words


def _text(words: list[tuple]) -> str:
    return "".join(word[-1] for word in words)


# «≥80%» read as «三80%» or «=80%»: a Chinese numeral or «=» never stands before Arabic digits
# at the start of a value in these tables.
_GE = re.compile(r"^[三二=](?=\d)")
# Latin letters between two Chinese characters are specks read as letters («满SR意度»).
_SPECKS = re.compile(r"(?<=[\u4e00-\u9fff])[A-Za-z]{1,3}(?=[\u4e00-\u9fff])")
_PERIOD = re.compile(r"^(\d{1,2})月[\u4e00-\u9fff]$")  # «3月许» for 3月底


def correct_cell(text: str) -> str:
    """Undo the Chinese model's usual misreadings in one OCR'd cell: the ≥ sign, Latin specks,
    a header label or period one character off («绩效指标摘述» → 绩效指标描述)."""
    from .tables import LABELS

    text = _SPECKS.sub("", _GE.sub("≥", text.strip()))
    if match := _PERIOD.match(text):
        return f"{match.group(1)}月底"
    if len(text) >= 5 and text not in LABELS:  # not 时效指标 → 绩效指标
        near = [label for label in LABELS if _one_off(text, label)]
        if len(near) == 1:
            return near[0]
    return text


def _one_off(a: str, b: str) -> bool:
    """One character substituted, or two neighbours swapped, or one character moved."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) == 1:
        return True
    return sorted(a) == sorted(b) and len(diff) <= 3 and diff[-1] - diff[0] <= 2
