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
    return PageLayout(number, height, chars, tables, ocr=True, width=width)


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
        if _latin(second[at]) <= _latin(first[k]):
            first[k] = second[at]
    _reread_values(first, crops, [k for k in numeric if _value_like(first[k])], folder)
    chars = []
    for k, words in enumerate(first):
        _, dx, dy = crops[k]
        for left, width_px, top, bottom, text in words:
            chars.append({"text": text, "x0": (left + dx) * _SCALE,
                          "x1": (left + width_px + dx) * _SCALE, "top": (top + dy) * _SCALE,
                          "bottom": (bottom + dy) * _SCALE, "size": (bottom - top) * _SCALE * 0.8,
                          "fontname": "OCR"})
    return chars


def _latin(words: list[tuple]) -> set[str]:
    return {ch for ch in _text(words) if ch.isascii() and ch.isalpha()}


_UPSCALE = 2


def _value_like(words: list[tuple]) -> bool:
    """A one-line cell short enough to be a value (≥85%, 150.00, ≤150万元), not prose."""
    return bool(words) and len({word[2:4] for word in words}) == 1 and len(_text(words)) <= 12


def _reread_values(reads: list[list[tuple]], crops: list[tuple[Path, float, float]],
                   cells: list[int], folder: Path) -> None:
    """Short numeric cells read again from an upscaled crop, then their leading comparator
    read from its shape; `reads` is updated in place.

    At 300 dpi of a 150 dpi scan the models misread small glyphs next to digits («≥3%» as
    «三39%», the «%» taken for «9%»); twice the size they read the digits right. The two reads
    vote: the upscaled read is kept only when it parses as a value (comparator, number, unit;
    when both parse it wins, at twice the detail) and brings in no Latin letters («月底» → «Ale»).
    Neither model has «≤» or «≥» in its alphabet, so a comparator comes out as «三», «=», «<» or
    «>»; the glyph itself tells which (_comparator_glyph)."""
    from PIL import Image

    if not cells:
        return
    large = []
    for k in cells:
        with Image.open(crops[k][0]) as crop:
            target = folder / f"large{k}.png"
            crop.resize((crop.width * _UPSCALE, crop.height * _UPSCALE),
                        Image.LANCZOS).save(target)
        large.append(target)
    again = _tesseract(large, "chi_sim+eng", folder / "large.txt")
    for k, words in zip(cells, again):
        words = [(left / _UPSCALE, width / _UPSCALE, top / _UPSCALE, bottom / _UPSCALE, text)
                 for left, width, top, bottom, text in words]
        if _parses(words) and _latin(words) <= _latin(reads[k]):
            reads[k] = words
        reads[k] = _with_comparator(reads[k], crops[k][0])


def _parses(words: list[tuple]) -> bool:
    from .values import parse_value

    return parse_value(correct_cell(_text(words))).number is not None


# What the models make of a comparator glyph, before a number.
_COMPARATOR_READ = re.compile(r"^[三二=<>≤≥](?=\s*\d)")


def _with_comparator(words: list[tuple], image: Path) -> list[tuple]:
    """The cell's words with a leading comparator replaced by the one its glyph shows."""
    if not _COMPARATOR_READ.match(_text(words)):  # «三» may be a word of its own
        return words
    import numpy as np
    from PIL import Image

    left, width, top, bottom, text = words[0]
    with Image.open(image) as picture:
        pixels = np.asarray(picture.convert("L"))
    glyph = _comparator_glyph(pixels[max(round(top) - 4, 0):round(bottom) + 4] < 128)
    if glyph is None:
        return words
    return [(left, width, top, bottom, glyph + text[1:]), *words[1:]]


def _comparator_glyph(ink) -> str | None:
    """«<», «>», «≤», «≥» or «=» drawn as the first glyph of a line of ink (a boolean image),
    else None. The first glyph is the first run of inked columns; its rows split into bands
    at blank rows and at rows that change from a full-width stroke to a partial one. A bar is
    a thin band inked across the glyph; a chevron is a band whose top and bottom rows sit at
    one side and whose middle rows sit at the other side (its point)."""
    import numpy as np

    columns = np.nonzero(ink.any(axis=0))[0]
    if not len(columns):
        return None
    end = columns[0]
    while end + 1 < ink.shape[1] and ink[:, end + 1].any():
        end += 1
    glyph = ink[:, columns[0]:end + 1]
    width = glyph.shape[1]
    if width < 4:
        return None
    bands: list[tuple[bool, list[int]]] = []  # (full width, row indices)
    for row in range(glyph.shape[0]):
        inked = np.nonzero(glyph[row])[0]
        if not len(inked):
            continue
        full = inked[-1] - inked[0] + 1 >= 0.7 * width
        if bands and bands[-1][0] == full and bands[-1][1][-1] == row - 1:
            bands[-1][1].append(row)
        else:
            bands.append((full, [row]))
    shapes = []
    for full, rows in bands:
        if full and len(rows) <= max(4, 0.3 * width):
            shapes.append("bar")
            continue
        if full or len(rows) < 0.5 * width:
            return None
        centres = [np.nonzero(glyph[row])[0].mean() / (width - 1) for row in rows]
        tip = max(1, len(rows) // 5)
        ends = np.mean(centres[:tip] + centres[-tip:])
        middle = np.mean(centres[len(rows) // 3: len(rows) - len(rows) // 3])
        if abs(middle - ends) < 0.4:
            return None
        shapes.append(">" if middle > ends else "<")
    if shapes == ["bar", "bar"]:
        return "="
    if len(shapes) == 1 and shapes[0] in "<>":
        return shapes[0]
    if len(shapes) == 2 and shapes[0] in "<>" and shapes[1] == "bar":
        return "≥" if shapes[0] == ">" else "≤"
    return None


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
    from .labels import LABELS

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
