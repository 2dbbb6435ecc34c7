"""Header facts printed as paragraphs beside or instead of a header table's rows: «项目资金：总额
128.5万元，其中一般公共预算118.5万元、单位自有资金10万元。», «资金支出计划：一季度25%，二季度累计55%…»,
«资金用途：…», «年度绩效目标：…», «绩效指标设定依据：冀体〔2024〕21号、《全民健身条例》。».

A paragraph is a fact when it is «标签：值» and its label is one a header table would print (ingest.labels).
Each fact is read as the label | value rows it stands for, so ingest.header reads it with the table's
own words; a money sentence is taken apart into its total and the parts it names. A basis paragraph
says what every indicator row rests on where the indicator table prints no basis column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .labels import column_of, field_of, heads_money_block, is_label, label_of
from .spending_plan import is_plan_label

# «标签：值»: a short label without punctuation, a colon, then the value
_FACT = re.compile(r"^(?P<label>[^:：，。；,;、\s]{2,14})\s*[:：]\s*(?P<value>\S.*)$", re.S)
_MONEY_FIELDS = ("budget", "fiscal", "other", "part")
# Fields whose value is a passage: kept as printed, its full stop with it (as a table cell holds it)
_PASSAGES = ("use", "goal")
# A sentence's pieces: commas between figures («86,500.00») belong to the number
_PIECES = re.compile(r"[，、；;]|(?<!\d),|,(?!\d)|其中[:：]?")
_AMOUNT = re.compile(r"(?P<words>.*?)(?:为|是|共|计|达)?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>亿元|万元|千元|元)?")
# Words that name the whole money in a sentence: «总额128.5万元», «合计96万元», «共计…»
_TOTAL_WORDS = {"", "总额", "合计", "总计", "共计", "共", "计", "总", "总金额", "金额", "预算", "安排",
                "资金", "总规模", "规模"}
# «全部为一般公共预算资金»: one source holds the whole money; «无其他资金»: a source holds none
_ALL_FROM = re.compile(r"(?:全部|全额|均|全|皆)(?:为|是|来自|系|由)(?P<words>.+?)(?:安排|承担|解决|保障)?")
_NONE_OF = re.compile(r"(?:无|没有|不含)(?P<words>.+)")


@dataclass(frozen=True)
class Facts:
    """What fact paragraphs say: label | value rows for ingest.header, and the basis text."""

    rows: tuple[tuple[str, str], ...] = ()
    basis: str = ""


def is_fact(text: str) -> bool:
    """True for a «标签：值» paragraph whose label names a header field, a plan or a basis."""
    return _label_kind(text) is not None


def read_facts(paragraphs: Sequence[str]) -> Facts:
    """The header rows and the basis that fact paragraphs state, in the order printed."""
    rows: list[tuple[str, str]] = []
    basis = ""
    for text in paragraphs:
        kind = _label_kind(text)
        if kind is None:
            continue
        match = _FACT.match(text.strip())
        label, value = match["label"], " ".join(match["value"].split())
        if kind == "basis":
            basis = basis or _unstopped(value)
        elif kind == "money":
            rows += _money_rows(label, _unstopped(value))
        elif kind == "plan":
            rows.append((label if is_label(label) else "资金支出计划", _unstopped(value)))
        else:
            rows.append((label, value if kind in _PASSAGES else _unstopped(value)))
    return Facts(tuple(rows), basis)


def _label_kind(text: str) -> str | None:
    """money, plan, basis, or the header field the label names; None for any other paragraph."""
    match = _FACT.match(text.strip())
    if not match:
        return None
    label = match["label"]
    field = field_of(label)
    if field in _MONEY_FIELDS or (field is None and heads_money_block(label)):
        return "money"
    if field is not None:
        return field
    if is_plan_label(label):
        return "plan"
    if column_of(label) == "basis":
        return "basis"
    return None


def _unstopped(value: str) -> str:
    return value.strip().rstrip("。；;.")


def _money_rows(label: str, text: str) -> list[tuple[str, str]]:
    """«总额128.5万元，其中一般公共预算118.5万元、场馆经营收入20万元» → rows a money table prints:
    the total, each treasury part under its own label, and the other funds. A piece naming no known
    source after the total is part of it from outside the treasury: other funds."""
    own = field_of(label) or "budget"  # «财政资金：118.5万元» names its field; «项目资金：…» the total
    unit = next((m["unit"] for m in _AMOUNT.finditer(text) if m["unit"]), "")
    total: Decimal | None = None
    fiscal: Decimal | None = None
    parts: list[tuple[str, Decimal]] = []
    others: list[tuple[str, Decimal]] = []
    for piece in (p.strip() for p in _PIECES.split(text)):
        if not piece:
            continue
        if match := _AMOUNT.fullmatch(piece):
            words, amount = label_of(match["words"]), _amount(match["num"])
            field = own if not words else ("budget" if words in _TOTAL_WORDS else field_of(words))
            if field is None and total is not None:
                field = "other"  # «场馆经营收入20万元» listed under the total
            if match["unit"] and match["unit"] != unit:
                amount = _converted(amount, match["unit"], unit)
        elif (match := _ALL_FROM.fullmatch(piece)) and total is not None:
            words, amount = label_of(match["words"]), total
            field = field_of(words)
        elif match := _NONE_OF.fullmatch(piece):
            words, amount = label_of(match["words"]), Decimal(0)
            field = field_of(words)
        else:
            continue
        if field == "budget" and total is None:
            total = amount
        elif field == "fiscal" and fiscal is None:
            fiscal = amount
        elif field == "part":
            parts.append((words, amount))
        elif field == "other":
            others.append((words or label, amount))
    rows: list[tuple[str, str]] = []
    said = f"（{unit}）" if unit else ""
    if total is not None:
        rows.append((f"资金总额{said}", f"{total}{unit}"))
    if fiscal is not None:
        rows.append((f"财政资金{said}", f"{fiscal}{unit}"))
    rows += [(words, f"{amount}{unit}") for words, amount in parts]
    if len(others) == 1 and field_of(others[0][0]) == "other":
        rows.append((others[0][0], f"{others[0][1]}{unit}"))  # «上年结转资金» stays a carry-over
    elif others:
        rows.append(("其他资金", f"{sum((a for _, a in others), Decimal(0))}{unit}"))
    return rows


def _amount(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


_UNITS = {"亿元": Decimal(100000000), "万元": Decimal(10000), "千元": Decimal(1000), "元": Decimal(1)}


def _converted(amount: Decimal, written: str, wanted: str) -> Decimal:
    """An amount said in another unit than the sentence's first («总额1.2万元，其中…3000元»)."""
    return (amount * _UNITS[written] / _UNITS[wanted]).normalize() if wanted else amount

