"""The published guidance the rules cite, each passage as checked against a published copy.

Only wording that was read in a copy of the document itself is kept here. Where a rule has no
verified passage it cites nothing and explains itself in plain words instead. README.md lists
where each passage was checked and which documents could not be checked.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Citation:
    """One passage of a published document, quoted as written."""

    document: str  # the document number: 财预〔2021〕101号
    title: str     # its title, in 《》
    passage: str   # where in the document
    wording: str   # the words quoted, exactly as in the checked copy
    checked_at: tuple[str, ...]  # the published copies the wording was checked against

    def cite(self) -> str:
        """«财预〔2021〕101号《…》附件1 一：“…”» for a report or an explanation."""
        return f"{self.document}{self.title}{self.passage}：“{self.wording}”"

    @property
    def short(self) -> str:
        return self.document


_GUIDE = "财预〔2021〕101号"
_GUIDE_TITLE = "《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》"
_GUIDE_PART = "附件1 一、绩效目标及指标设置思路和原则"
_GUIDE_COPIES = (
    "http://tldf.cn/article-55595-153648.html",
    "http://www.kao110.com/html/63/ee/148155.html",
)

# What a project's targets are made of: outputs, effects, and the cost control that goes with them.
TARGETS_COVER = Citation(
    _GUIDE, _GUIDE_TITLE, _GUIDE_PART,
    "在一定期限内预期达到的产出和效果以及相应的成本控制要求",
    _GUIDE_COPIES,
)

# Targets are stated through indicators that make them specific and quantified.
TARGETS_QUANTIFIED = Citation(
    _GUIDE, _GUIDE_TITLE, _GUIDE_PART,
    "绩效目标通过具体绩效指标予以细化、量化描述",
    _GUIDE_COPIES,
)

# Documents searched for and not found in a readable published copy: never cited by a rule.
UNVERIFIED: tuple[str, ...] = (
    "财预〔2015〕88号《中央部门预算绩效目标管理办法》",
)

ALL: tuple[Citation, ...] = (TARGETS_COVER, TARGETS_QUANTIFIED)
