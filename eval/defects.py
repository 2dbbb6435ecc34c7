"""A planted-defect corpus for the 体检: clean documents in both layouts, and defects of each rule's
kind planted at known rows, so the benchmark (eval/check_bench.py) can measure precision and recall.

    corpus = generate(seed=11)            # deterministic: the same seed writes the same documents
    paths = write_corpus(corpus, folder)  # .docx files, read back through ingest like any upload

Departments alternate between the sample's layout and the second department's; each publishes a
2024 and a 2025 document with the same projects (2025 keeps or raises every target), and each year
has a 汇总 document repeating a few projects unchanged (same 项目编码, name and money). Every project
carries at most one defect; `Corpus.planted` lists where each should be found.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from pathlib import Path

from eval.defect_layouts import DocumentSpec, ProjectSpec, write_document
from eval.defect_projects import TOPICS, clean_project, next_year
from eval.defect_plants import PLANTERS, RULE_ORDER, Slot

YEARS = (2024, 2025)
COUNTIES = ("东湖县", "西岭县", "南川县", "北塘县", "青石县", "白河县")
OFFICES = ("人力资源和社会保障局", "农业农村局", "民政局", "教育局", "卫生健康局", "文化广电和旅游局",
           "市场监督管理局", "退役军人事务局", "交通运输局", "残疾人联合会")
SUMMARY_DEPARTMENTS = {2024: "县重点项目办公室", 2025: "县重点项目推进中心"}


@dataclass(frozen=True)
class Planted:
    """Where one finding of `rule` is expected: file, table, row (None: the project header)."""

    rule: str
    source: str
    table: int
    row: int | None


@dataclass(frozen=True)
class Corpus:
    documents: tuple[DocumentSpec, ...]
    planted: tuple[Planted, ...]

    @property
    def project_count(self) -> int:
        return sum(len(d.projects) for d in self.documents)


def _departments(n: int) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        name = f"{COUNTIES[i % len(COUNTIES)]}{OFFICES[i % len(OFFICES)]}"
        out.append((name, "sample" if i % 2 == 0 else "other"))
    return out


def _code(rng: random.Random, used: set[str]) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        code = "1304" + "".join(rng.choice("0123456789") for _ in range(4)) + "P" + "".join(
            rng.choice(alphabet) for _ in range(12))
        if code not in used:
            used.add(code)
            return code


def generate(seed: int = 11, departments: int = 10, projects_per_document: int = 16,
             per_rule: int = 12) -> Corpus:
    """Clean documents for `departments` × 2 years, then `per_rule` defects of each rule planted."""
    if projects_per_document > len(TOPICS):
        raise ValueError(f"at most {len(TOPICS)} projects per document")
    rng = random.Random(seed)
    used: set[str] = set()
    docs: list[dict] = []  # mutable while planting: name, department, year, layout, projects
    for name, layout in _departments(departments):
        topics = rng.sample(TOPICS, projects_per_document)
        first = []
        for topic in topics:
            unit = "元" if layout == "other" and rng.random() < 0.3 else "万元"
            first.append(clean_project(rng, topic, _code(rng, used), YEARS[0], layout=layout, unit=unit))
        second = [next_year(rng, spec, YEARS[1], spec.code) for spec in first]
        for year, projects in zip(YEARS, (first, second), strict=True):
            docs.append(dict(name=f"{name}{year}年部门整体绩效目标.docx", department=name, year=year,
                             layout=layout, projects=projects))
    slots = [Slot(d, p) for d in range(len(docs)) for p in range(projects_per_document)]
    rng.shuffle(slots)
    taken: set[Slot] = set()
    planted: list[tuple[str, Slot, int | None]] = []
    for rule in RULE_ORDER:
        for _ in range(per_rule):
            found = PLANTERS[rule](rng, docs, slots, taken)
            if found is None:
                raise ValueError(f"no room to plant {rule}: use more departments or projects")
            planted += [(rule, slot, row) for slot, row in found]
    _renumber_some(rng, docs, taken, used)
    documents = [DocumentSpec(d["name"], d["department"], d["year"], d["layout"], tuple(d["projects"]))
                 for d in docs]
    documents += _summaries(rng, docs, taken)
    truth = tuple(Planted(rule, docs[slot.doc]["name"], slot.project + 1, row)
                  for rule, slot, row in planted)
    return Corpus(tuple(documents), truth)


def _renumber_some(rng: random.Random, docs: list[dict], taken: set[Slot], used: set[str]) -> None:
    """A fifth of the clean projects get a new 项目编码 in 2025: the year before is found by name."""
    for d, doc in enumerate(docs):
        if doc["year"] != YEARS[1]:
            continue
        for p, spec in enumerate(doc["projects"]):
            pair = (Slot(d, p), Slot(d - 1, p))
            if not any(slot in taken for slot in pair) and rng.random() < 0.2:
                doc["projects"][p] = replace(spec, code=_code(rng, used))
                taken.update(pair)


def _summaries(rng: random.Random, docs: list[dict], taken: set[Slot]) -> list[DocumentSpec]:
    """Per year a 汇总 document repeating three clean projects unchanged (no conflict to find)."""
    out = []
    for year in YEARS:
        free = [Slot(d, p) for d, doc in enumerate(docs) if doc["year"] == year
                for p in range(len(doc["projects"])) if Slot(d, p) not in taken]
        rng.shuffle(free)
        chosen: list[ProjectSpec] = []
        for slot in free:
            spec = docs[slot.doc]["projects"][slot.project]
            if spec.name not in {c.name for c in chosen} and len(chosen) < 3:
                chosen.append(spec)
                taken.add(slot)
        department = SUMMARY_DEPARTMENTS[year]
        out.append(DocumentSpec(f"{department}{year}年重点项目绩效目标汇总.docx", department, year,
                                "sample", tuple(chosen)))
    return out


def write_corpus(corpus: Corpus, folder: Path) -> list[Path]:
    """Write every document of the corpus into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_document(spec, folder) for spec in corpus.documents]

