"""Find policy document numbers (冀人社规〔2018〕8号) in text, in one canonical spelling."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
""", re.VERBOSE)

# Words that lead into a reference and are not part of its issuer: 根据冀人社规…,
# 引用了冀人社规…, 冀人社规〔2018〕8号和冀人社规… . The issuer starts after the last one.
_LEAD_WORDS = ("根据", "依据", "按照", "参照", "参考", "依照", "遵照", "对照", "遵循", "引用",
               "执行", "贯彻", "落实", "印发", "下发", "转发", "出台", "结合", "以及", "还有",
               "关于", "或者", "或是", "和", "及", "与", "或", "即", "以", "按", "据", "的", "是", "为", "了", "在",
               "见", "由", "用到", "用了", "写了", "写着", "提到", "里", "剔除", "除去", "扣除", "去掉",
               "排除", "不含", "除了", "刨除", "比照", "比", "同", "跟", "涉及", "那笔", "那个", "这个")
_LEAD = re.compile("|".join(sorted(_LEAD_WORDS, key=len, reverse=True)))
_ISSUER_RUN = re.compile(rf"[{_CJK}]+$")


# An order numbered without a year: 水利部令第50号, 财政部令第85号, 国务院令第588号.
_ORDER = re.compile(r"令\s*第\s*(?P<number>\d{1,5})\s*号")


def find_policy_refs(text: str) -> tuple[PolicyRef, ...]:
    """Every policy document number in a text, in order of first appearance, without repeats."""
    normalized = text.translate(_WIDTH)
    found = [(m.start(), ref) for m, ref in _numbered(text, normalized)] + _orders(text, normalized)
    refs: list[PolicyRef] = []
    for _, ref in sorted(found, key=lambda x: x[0]):
        if ref not in refs:
            refs.append(ref)
    return tuple(refs)


def _orders(text: str, normalized: str) -> list[tuple[int, PolicyRef]]:
    out = []
    for m in _ORDER.finditer(normalized):
        run = _ISSUER_RUN.search(normalized[:m.start() + 1])
        issuer = _strip_lead(run.group(0)) if run else ""
        if len(issuer) < 3:  # «令第5号» alone, or «…的令»: no issuer
            continue
        start = m.start() + 1 - len(issuer)
        out.append((start, PolicyRef(issuer=issuer, year=None, number=int(m["number"]),
                                     raw=text[start:m.end()])))
    return out


def _numbered(text: str, normalized: str):
    """References with a year: 冀人社规〔2018〕8号, 冀人社规2018年8号."""
    refs: list = []
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
        refs.append((match, ref))
    return refs


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


# -- references as questions give them --------------------------------------------------------

@dataclass(frozen=True)
class RefPattern:
    """A document number as a question may give it: whole (冀人社规〔2018〕8号), without the
    year (冀办发16号文), without the issuer (2018年8号文), or with part of the issuer left out."""

    issuer: str | None
    year: int | None
    number: int | None  # None: any document of that issuer («冀发改投资的那个文件»)
    written: str = field(default="", compare=False)

    def matches(self, ref: PolicyRef) -> bool:
        if self.number is not None and ref.number != self.number:
            return False
        if self.year is not None and ref.year != self.year:
            return False
        return self.issuer is None or issuer_matches(self.issuer, ref.issuer)

    @property
    def label(self) -> str:
        """How an answer names it: the canonical form, with parts left out left out."""
        year = f"〔{self.year}〕" if self.year is not None else ""
        order = self.year is None and (self.issuer or "").endswith("令")  # «水利部令第50号»
        number = f"{'第' if order else ''}{self.number}号" if self.number is not None else "的文件"
        return f"{self.issuer or ''}{year}{number}"


def issuer_matches(asked: str, stored: str) -> bool:
    """Same issuer; or one ends the other (≥2 characters: 人社规 ⊂ 冀人社规); or the asked one
    keeps the stored one's characters in order from its first (冀人社 for 冀人社规)."""
    if asked == stored:
        return True
    shorter, longer = sorted((asked, stored), key=len)
    if len(shorter) >= 2 and longer.endswith(shorter):
        return True
    if len(asked) >= 2 and asked[0] == stored[0]:
        it = iter(stored)
        return all(c in it for c in asked)
    return False


_PARTIAL = re.compile(rf"""
    (?P<issuer5>[{_CJK}]{{2,16}}?)\s*(?P<year5>(?:19|20)\d{{2}})\s*年?\s*(?:那个|的|那份)?\s*第?\s*(?P<number5>\d{{1,5}})\s*号(?:文件|文)?
  | (?P<issuer>[{_CJK}]{{2,16}}?)\s*(?:那个|的)?\s*第?\s*(?P<number>\d{{1,5}})\s*号(?:文件|文)?
  | (?<!\d)(?P<year>(?:19|20)\d{{2}})\s*年\s*(?:那个|的|那份)?\s*第?\s*(?P<number2>\d{{1,5}})\s*号(?:文件|文)?
  | [{_OPEN}]\s*(?P<year3>(?:19|20)\d{{2}})\s*[{_CLOSE}]\s*第?\s*(?P<number3>\d{{1,5}})\s*号(?:文件|文)?
  | (?<![\d.])(?P<number4>\d{{1,5}})\s*号(?:文件|文)
""", re.VERBOSE)
# An issuer ends like one (冀办发, 冀财农, 冀人社规, 邯银发 …), not like running text («第16号»).
_ISSUER_END = re.compile(r"[发规字函办社财农资厅委局政令号通要建行教卫保监医商科交水林环统法残审备]$")
# «冀财社【2024】136号或者159号»: a number after a whole reference shares its issuer and year.
_MORE_NUMBERS = re.compile(r"^\s*(?:或者|或是|或|和|及|与|、|以及)\s*第?(\d{1,5})\s*号(?:文件|文)?")


def find_ref_patterns(text: str) -> list[tuple[int, int, RefPattern]]:
    """Every document number in a question, whole or partial, with its span."""
    normalized = text.translate(_WIDTH)
    out: list[tuple[int, int, RefPattern]] = []
    taken: list[tuple[int, int]] = []
    for ref in find_policy_refs(normalized):
        start = normalized.find(ref.raw)
        if start < 0:
            continue
        end = start + len(ref.raw)
        if ref.issuer and ref.year and re.search(r"[有个的里是在了那这哪和或及]", ref.issuer):
            # «依据里有个2023年45号文»: the words before the year are no issuer
            start = start + max(ref.raw.find(str(ref.year)), 0)
            out.append((start, end, RefPattern(None, ref.year, ref.number, normalized[start:end])))
            taken.append((start, end))
            continue
        out.append((start, end, RefPattern(ref.issuer, ref.year, ref.number, ref.raw)))
        taken.append((start, end))
        more = _MORE_NUMBERS.match(normalized[end:])
        while more:
            m_start, m_end = end + more.start(1), end + more.end()
            out.append((m_start, m_end, RefPattern(ref.issuer, ref.year, int(more.group(1)),
                                                   more.group(0))))
            taken.append((m_start, m_end))
            end = m_end
            more = _MORE_NUMBERS.match(normalized[end:])
    for m in _PARTIAL.finditer(normalized):
        if any(s <= m.start() < e or s < m.end() <= e or m.start() <= s < m.end() for s, e in taken):
            continue
        if m["issuer5"]:  # «冀人社规2018年那个8号文»: issuer, year and number, written loosely
            issuer = _strip_lead(m["issuer5"])
            if len(issuer) >= 2 and _ISSUER_END.search(issuer):
                pattern = RefPattern(issuer, int(m["year5"]), int(m["number5"]), m[0])
                start, end = m.start() + m[0].index(issuer), m.end()
            else:  # «引用2018年8号文»: the words before the year are no issuer
                start, end = m.start("year5"), m.end()
                pattern = RefPattern(None, int(m["year5"]), int(m["number5"]), normalized[start:end])
        elif m["issuer"]:
            issuer = _strip_lead(m["issuer"])
            if len(issuer) < 2 or not _ISSUER_END.search(issuer):
                continue
            pattern = RefPattern(issuer, None, int(m["number"]), m[0])
            start = m.start() + m[0].index(issuer)
            end = m.end()
            more = _MORE_NUMBERS.match(normalized[end:])
            while more:  # «冀财社136号和159号»
                out.append((end + more.start(1), end + more.end(),
                            RefPattern(issuer, None, int(more.group(1)), more.group(0))))
                taken.append((end + more.start(1), end + more.end()))
                end += more.end()
                more = _MORE_NUMBERS.match(normalized[end:])
        elif m["number4"]:  # «133号文»: the number alone
            pattern, start = RefPattern(None, None, int(m["number4"]), m[0]), m.start()
        else:
            year, number = (m["year"], m["number2"]) if m["year"] else (m["year3"], m["number3"])
            pattern, start = RefPattern(None, int(year), int(number), m[0]), m.start()
        out.append((start, m.end(), pattern))
        taken.append((start, m.end()))
    return sorted(out, key=lambda item: item[0])
