"""Plant one defect of a rule's kind into a clean project of the corpus (see eval/defects.py).

Each planter takes free slots (document, project), changes the project as a department might get
it wrong, marks the slots taken, and returns where the finding is expected: (slot, row) with row
None for the project header. It returns None when no suitable slot is left.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from eval.defect_layouts import ProjectSpec, Row
from eval.defect_projects import amount_of, money


@dataclass(frozen=True)
class Slot:
    doc: int
    project: int


Found = list[tuple[Slot, int | None]]
Planter = Callable[[random.Random, list[dict], list[Slot], set[Slot]], Found | None]

_VALUE = re.compile(r"^(≥|不低于|≤|不高于|<)?(\d+)(%|人次|人|户|亩|所|台|场|个|批|次|公里|个工作日|头)$")
_COUNTABLE = {"人次", "人", "户", "亩", "所", "台", "场", "个", "批", "次", "公里"}
_QUALITATIVE = ("有效提升", "明显改善", "及时完成", "稳步提高", "持续巩固", "进一步增强", "群众普遍认可")
_INVERTED = ("应发放人数/实际发放人数×100%", "应完成任务数/实际完成任务数×100%",
             "资金应拨付额/资金实际拨付额", "应参保人数/实际参保人数*100%", "应补助户数÷实际补助户数",
             "应享受补贴人数／实际享受补贴人数")


def _spec(docs: list[dict], slot: Slot) -> ProjectSpec:
    return docs[slot.doc]["projects"][slot.project]


def _put(docs: list[dict], slot: Slot, spec: ProjectSpec) -> None:
    docs[slot.doc]["projects"][slot.project] = spec


def _free(slots: list[Slot], taken: set[Slot], docs: list[dict],
          fits: Callable[[Slot], bool] = lambda slot: True) -> Iterator[Slot]:
    return (slot for slot in slots if slot not in taken and fits(slot))


def _with_row(spec: ProjectSpec, index: int, **changes) -> ProjectSpec:
    rows = list(spec.rows)
    rows[index] = replace(rows[index], **changes)
    return replace(spec, rows=tuple(rows))


def _pair(rng, docs, slots, taken, same_doc: bool, change: Callable[[ProjectSpec, ProjectSpec], ProjectSpec]):
    for first in _free(slots, taken, docs):
        doc = docs[first.doc]
        for second in _free(slots, taken, docs, lambda s: s != first and (
                s.doc == first.doc if same_doc else
                docs[s.doc]["year"] == doc["year"] and docs[s.doc]["department"] != doc["department"])):
            _put(docs, second, change(_spec(docs, first), _spec(docs, second)))
            taken.update((first, second))
            return [(first, None), (second, None)]
    return None


def plant_code_conflict(rng, docs, slots, taken):
    return _pair(rng, docs, slots, taken, False, lambda a, b: replace(b, code=a.code))


def plant_duplicate_name(rng, docs, slots, taken):
    return _pair(rng, docs, slots, taken, True, lambda a, b: replace(b, name=a.name))


def plant_duplicate_code(rng, docs, slots, taken):
    return _pair(rng, docs, slots, taken, True, lambda a, b: replace(b, code=a.code))


def _no_number(text: str) -> bool:
    return not re.search(r"\d", text.replace("100%", ""))


def plant_target_lowered(rng, docs, slots, taken):
    """A 2025 target below the same row of 2024 (the 2024 project is kept clean)."""
    for slot in _free(slots, taken, docs, lambda s: docs[s.doc]["year"] == 2025):
        before = Slot(slot.doc - 1, slot.project)
        if before in taken:
            continue
        old_rows, spec = _spec(docs, before).rows, _spec(docs, slot)
        choices = [i for i, row in enumerate(old_rows)
                   if (m := _VALUE.match(row.value)) and "成本" not in row.level1 + row.level2
                   and _no_number(spec.rows[i].description) and int(m.group(2)) > 3]
        if not choices:
            continue
        i = rng.choice(choices)
        sign, number, unit = _VALUE.match(old_rows[i].value).groups()
        number = int(number)
        if sign in ("≤", "不高于", "<"):
            lowered = number + rng.randint(1, 3)
        elif unit == "%":
            lowered = number - rng.randint(3, 8)
        else:
            lowered = number - max(1, number * rng.randint(10, 30) // 100)
        _put(docs, slot, _with_row(spec, i, value=f"{sign or ''}{lowered}{unit}"))
        taken.update((slot, before))
        return [(slot, i + 1)]
    return None


def plant_count_mismatch(rng, docs, slots, taken):
    """The description states another count than the 指标值 (sample layout: it has descriptions)."""
    for slot in _free(slots, taken, docs, lambda s: docs[s.doc]["layout"] == "sample"):
        spec = _spec(docs, slot)
        i = rng.choice((0, 1))
        match = _VALUE.match(spec.rows[i].value)
        if not match or match.group(3) not in _COUNTABLE:
            continue
        n, unit = int(match.group(2)), match.group(3)
        other = n + rng.choice((-1, 1)) * max(1, n * rng.randint(5, 20) // 100)
        part = max(1, other // 3)
        description = rng.choice((
            f"全年完成{other}{unit}",
            f"计划完成{other}{unit}，其中重点对象{part}{unit}",
            f"城镇{other - part}{unit}、农村{part}{unit}",
            f"确保完成{other}{unit}以上",
        ))
        _put(docs, slot, _with_row(spec, i, description=description))
        taken.add(slot)
        return [(slot, i + 1)]
    return None


def plant_ratio_inverted(rng, docs, slots, taken):
    for slot in _free(slots, taken, docs, lambda s: docs[s.doc]["layout"] == "sample"):
        spec = _spec(docs, slot)
        _put(docs, slot, _with_row(spec, 2, description=rng.choice(_INVERTED)))
        taken.add(slot)
        return [(slot, 3)]
    return None


def plant_direction(rng, docs, slots, taken):
    for slot in _free(slots, taken, docs):
        spec = _spec(docs, slot)
        last = len(spec.rows) - 1
        options = [(3, "floor"), (last, "ceiling")]
        if spec.rows[2].value.startswith("≥"):
            options.append((2, "ceiling"))
        i, way = rng.choice(options)
        number = re.search(r"\d+", spec.rows[i].value).group()
        value = rng.choice((f"≥{number}%", f"不低于{number}%")) if way == "floor" else rng.choice(
            (f"≤{number}%", f"不高于{number}%"))
        _put(docs, slot, _with_row(spec, i, value=value))
        taken.add(slot)
        return [(slot, i + 1)]
    return None


def _cost_rows(spec: ProjectSpec) -> list[int]:
    return [i for i, row in enumerate(spec.rows) if "成本" in row.level1 + row.level2]


def plant_cost_vs_budget(rng, docs, slots, taken):
    for slot in _free(slots, taken, docs):
        spec = _spec(docs, slot)
        costs = _cost_rows(spec)
        budget, unit = amount_of(spec.budget), spec.unit
        first = spec.rows[costs[0]]
        kind = rng.randrange(5)
        if kind == 0:
            values = [f"≤{money(budget * Decimal(rng.randint(110, 200)) / 100)}{unit}"]
        elif kind == 1:
            values = [f"{money(budget + budget * Decimal(rng.randint(5, 60)) / 100)}{unit}"]
        elif kind == 2:
            values = [f"{money(budget * Decimal(rng.randint(50, 90)) / 100)}{unit}"]
        elif kind == 3:
            a = budget * Decimal(rng.randint(40, 80)) / 100
            b = budget - a + budget * Decimal(rng.randint(5, 30)) / 100  # the two add up to too much
            values = [f"{money(a)}{unit}", f"{money(b)}{unit}"]
        else:
            values = [f"≤{money(budget * 10)}{unit}"]  # one zero too many
        names = (f"{spec.name}总成本", "其他成本")
        new = [Row(first.level1, first.level2, name, "项目成本", value, first.basis)
               for name, value in zip(names, values, strict=False)]
        rows = list(spec.rows[:costs[0]]) + new + list(spec.rows[costs[-1] + 1:])
        _put(docs, slot, replace(spec, rows=tuple(rows)))
        taken.add(slot)
        return [(slot, costs[0] + 1)]
    return None


def plant_missing_kind(rng, docs, slots, taken):
    for slot in _free(slots, taken, docs):
        spec = _spec(docs, slot)
        drop = rng.choice((
            lambda r: "满意度" in r.level1, lambda r: "效益" in r.level1,
            lambda r: "时效" in r.level2, lambda r: "质量" in r.level2))
        _put(docs, slot, replace(spec, rows=tuple(r for r in spec.rows if not drop(r))))
        taken.add(slot)
        return [(slot, None)]
    return None


def plant_non_measurable(rng, docs, slots, taken):
    for slot in _free(slots, taken, docs):
        spec = _spec(docs, slot)
        rows = sorted(rng.sample([i for i in range(len(spec.rows)) if i not in _cost_rows(spec)],
                                 rng.randint(1, 3)))
        for i in rows:
            spec = _with_row(spec, i, value=rng.choice(_QUALITATIVE))
        _put(docs, slot, spec)
        taken.add(slot)
        return [(slot, i + 1) for i in rows]
    return None


def plant_spending_plan(rng, docs, slots, taken):
    for slot in _free(slots, taken, docs):
        plan = rng.choice((("50%", "40%", "75%", "100%"), ("30%", "60%", "80%", "110%"),
                           ("25%", "50%", "75%", "90%"), ("30%", "60%", "", ""),
                           ("20%", "50%", "45%", "100%"), ("40%", "70%", "95%", "")))
        _put(docs, slot, replace(_spec(docs, slot), plan=plan))
        taken.add(slot)
        return [(slot, None)]
    return None


def plant_money_split(rng, docs, slots, taken):
    for slot in _free(slots, taken, docs):
        spec = _spec(docs, slot)
        budget = amount_of(spec.budget)
        delta = (budget * Decimal(rng.randint(5, 30)) / 100).quantize(Decimal("0.01"))
        empty = "" if spec.other is not None else None
        kind = rng.randrange(3)
        if kind == 0:  # a stated 其他资金 that does not add up
            other = amount_of(spec.other or "0") + delta
            spec = replace(spec, other=money(other))
        elif kind == 1:  # 财政资金 short of the budget, no 其他资金: money without a source
            spec = replace(spec, fiscal=money(budget - delta), other=empty)
        else:
            spec = replace(spec, fiscal=money(budget + delta), other=empty)
        _put(docs, slot, spec)
        taken.add(slot)
        return [(slot, None)]
    return None


def plant_missing_basis(rng, docs, slots, taken):
    for slot in _free(slots, taken, docs):
        spec = _spec(docs, slot)
        rows = sorted(rng.sample(range(len(spec.rows)), rng.randint(1, 2)))
        for i in rows:
            spec = _with_row(spec, i, basis="")
        _put(docs, slot, spec)
        taken.add(slot)
        return [(slot, i + 1) for i in rows]
    return None


PLANTERS: dict[str, Planter] = {
    "code-conflict": plant_code_conflict, "duplicate-name": plant_duplicate_name,
    "duplicate-code": plant_duplicate_code, "target-lowered": plant_target_lowered,
    "count-mismatch": plant_count_mismatch, "ratio-inverted": plant_ratio_inverted,
    "direction": plant_direction, "cost-vs-budget": plant_cost_vs_budget,
    "missing-kind": plant_missing_kind, "non-measurable": plant_non_measurable,
    "spending-plan": plant_spending_plan, "money-split": plant_money_split,
    "missing-basis": plant_missing_basis,
}
# Rules that need particular slots (pairs, a clean year before, the sample layout) go first.
RULE_ORDER = tuple(PLANTERS)
