"""Decode a text export whose encoding nobody wrote down, or refuse rather than store mojibake.

Candidates are UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030 and Big5. A valid UTF-8 decoding is taken at once: random legacy bytes almost never
form valid UTF-8. Among the legacy encodings, which decode nearly any byte string, the one whose
text is made of common characters wins; a wrong guess yields kana, Cyrillic, box-drawing and
private-use characters or rare ideographs instead.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

_MIN_COMMON = 0.9  # share of common characters a decoding needs to be believed


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the name shown to people: UTF-8, UTF-16, GB18030, Big5


class UnknownEncoding(ValueError):
    """No candidate encoding gives believable text."""


def decode_text(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode `data` with the given encoding, or detect it; UnknownEncoding when unsure."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError) as error:
            raise UnknownEncoding(f"不能按 {encoding} 解码") from error
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, "utf-8-sig", "UTF-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "UTF-16")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    scored = []
    # UTF-16 without a BOM decodes from any even-length bytes; only believable text counts.
    utf16 = ("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ()
    for codec, name in (("gb18030", "GB18030"), ("big5", "Big5"), *((c, "UTF-16") for c in utf16)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            scored.append((common_share(text), name, text))
    if scored:
        share, name, text = max(scored)
        if share >= _MIN_COMMON:
            return Decoded(text, name)
    raise UnknownEncoding("不是 UTF-8、UTF-16、GB18030 或 Big5")


def _strict(data: bytes, codec: str, name: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), name)
    except UnicodeDecodeError as error:
        raise UnknownEncoding(f"标为 {name} 但内容无法按 {name} 解码") from error


def common_share(text: str) -> float:
    """Share of the non-blank characters that ordinary Chinese text is made of."""
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return 1.0
    return sum(_is_common(ch) for ch in chars) / len(chars)


def _is_common(ch: str) -> bool:
    if ch.isascii():
        return ch.isprintable()
    if "\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff5e" or ch in "—…‘’“”·●■□○△▲★※≥≤×÷±°℃％":
        return True  # CJK and full-width punctuation, and the signs these tables use
    if not unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH"):
        return False
    # Frequent ideographs: GB2312's first level (3,755 simplified) and Big5's frequent level
    # (5,401 traditional). A wrong decoding lands mostly outside both.
    for codec, first, last in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
        try:
            lead = ch.encode(codec)[0]
        except UnicodeEncodeError:
            continue
        if first <= lead <= last:
            return True
    return False
