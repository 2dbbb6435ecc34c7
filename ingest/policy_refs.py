"""Find policy document numbers (冀人社规〔2018〕8号) in text, in one canonical spelling."""

from __future__ import annotations

import re

from ingest.records import PolicyRef

# One-to-one so positions in the normalised text are positions in the raw text.
_WIDTH = str.maketrans("０１２３４５６７８９\u3000\xa0", "0123456789  ")

_OPEN = re.escape("〔【[［(（﹝〖「")
_CLOSE = re.escape("〕】]］)）﹞〗」")
_CJK = "\u4e00-\u9fff〇"

# The year in any bracket (mixed pairs such as 〔2018】 occur in typed text), or the
# bracketless 冀人社规2018年8号: "YYYY年N号" has no 月, so it cannot be a date.
_NUMBER = re.compile(rf"""
    (?:[{_OPEN}]\s*(?P<year>(?:19|20)\d{{2}})\s*[{_CLOSE}]
      | (?<!\d)(?P<year2>(?:19|20)\d{{2}})\s*年)
    \s*第?\s*(?P<number>\d{{1,5}})\s*号(?:文件|文)?
""", re.X)

# Words that lead into a reference and are not part of its issuer: 根据冀人社规…,
# 引用了冀人社规…, 冀人社规〔2018〕8号和冀人社规… . The issuer starts after the last one.
_LEAD_WORDS = ("根据", "依据", "按照", "参照", "参考", "依照", "遵照", "对照", "遵循", "引用",
               "执行", "贯彻", "落实", "印发", "下发", "转发", "出台", "结合", "以及", "还有",
               "关于", "和", "及", "与", "或", "即", "按", "据", "的", "是", "为", "了", "在",
               "见", "由")
_LEAD = re.compile("|".join(sorted(_LEAD_WORDS, key=len, reverse=True)))
_ISSUER_RUN = re.compile(rf"[{_CJK}]+$")


def find_policy_refs(text: str) -> tuple[PolicyRef, ...]:
    """Every policy document number in a text, in order of first appearance, without repeats."""
    normalized = text.translate(_WIDTH)
    refs: list[PolicyRef] = []
    taken = 0  # an issuer cannot reach back into the reference before it
    for match in _NUMBER.finditer(normalized):
        before = normalized[taken:match.start()].rstrip()
        run = _ISSUER_RUN.search(before)
        issuer = _strip_lead(run.group(0)) if run else ""
        start = taken + len(before) - len(issuer)
        taken = match.end()
        if not issuer or (match["year2"] and len(issuer) < 2):
            continue  # 〔2018〕8号 alone names no document
        end = normalized.index("号", match.start("number")) + 1
        ref = PolicyRef(issuer=issuer, year=int(match["year"] or match["year2"]),
                        number=int(match["number"]), raw=text[start:end])
        if ref not in refs:
            refs.append(ref)
    return tuple(refs)


def canonical_ref(text: str) -> str | None:
    """Canonical form (冀人社规〔2018〕8号) of the first reference in a text, or None."""
    refs = find_policy_refs(text)
    return refs[0].canonical if refs else None


def refs_match(query_ref: PolicyRef, stored: PolicyRef) -> bool:
    """Same year and number, issuers equal or one a suffix (≥2 characters) of the other."""
    if (query_ref.year, query_ref.number) != (stored.year, stored.number):
        return False
    if query_ref.issuer == stored.issuer:
        return True
    shorter, longer = sorted((query_ref.issuer, stored.issuer), key=len)
    return len(shorter) >= 2 and longer.endswith(shorter)


def _strip_lead(run: str) -> str:
    """Drop prose before the issuer: 根据冀人社规 → 冀人社规, 号和冀人社规 → 冀人社规."""
    leads = list(_LEAD.finditer(run))
    return run[leads[-1].end():] if leads else run
