"""Generate N departments × Y years of 绩效目标 .docx documents, in both layouts we read.

    python -m eval.generator OUT --departments 10 --years 3

Layout "sample" follows data/samples (unit line, 7-column header with 预算规模及资金用途 and a
spending plan, six-column indicator table); layout "other" follows tests/data/other-department
(headings 一/二/三, «单位名称：…» line, 资金总额/财政拨款/其他资金, 指标内容/备注 columns with
merged 一级指标). Departments, projects, budgets, indicators, policy references and prose vary
with a seeded random generator. A department's projects recur across years with changed
targets and budgets; a few end and a few begin each year. Everything generated is also written
to truth.jsonl, so tests can compute expected answers independently of the reader.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

from docx import Document as new_docx
from docx.shared import Pt

from eval.generator_words import (
    BENEFICIARIES,
    BUREAUS,
    COUNTIES,
    INDICATOR_KINDS,
    ISSUERS,
    MEASURES,
    SUFFIXES,
)

FIRST_YEAR = 2023


@dataclass(frozen=True)
class GenIndicator:
    level1: str
    level2: str
    level3: str
    description: str
    value: str
    basis: str


@dataclass(frozen=True)
class GenProject:
    code: str
    name: str
    unit: str  # 万元
    budget: str
    fiscal: str
    other: str
    use: str
    goal: str
    plan: tuple[str, str, str, str]
    indicators: tuple[GenIndicator, ...]


@dataclass(frozen=True)
class GenDocument:
    department: str
    year: int
    layout: str  # "sample" | "other"
    unit_code: str
    prose: tuple[tuple[str, str], ...]  # (style, text)
    projects: tuple[GenProject, ...]


def department_name(n: int) -> tuple[str, str]:
    """The n-th department and its bureau key: a county's bureaus first, then the next county."""
    bureau = list(BUREAUS)[n % len(BUREAUS)]
    county = COUNTIES[(n // len(BUREAUS)) % len(COUNTIES)]
    round_ = n // (len(COUNTIES) * len(BUREAUS))
    prefix = county if round_ == 0 else f"{county}第{round_ + 1}片区"
    return f"{prefix}{bureau}", bureau


def documents(departments: int, years: int, seed: int = 7) -> list[GenDocument]:
    """Every department's document for every year (FIRST_YEAR onwards)."""
    out = []
    for n in range(departments):
        rng = random.Random(seed * 100_003 + n)
        name, bureau = department_name(n)
        topics = rng.sample(BUREAUS[bureau], k=min(len(BUREAUS[bureau]), rng.randint(8, 14)))
        plans = [_project_plan(rng, n, i, topic) for i, topic in enumerate(topics)]
        layout = "sample" if n % 2 == 0 else "other"
        for y in range(years):
            year = FIRST_YEAR + y
            active = [p for p in plans if p["start"] <= y and (p["end"] is None or y < p["end"])]
            projects = tuple(_project(rng, p, year, y) for p in active)
            out.append(GenDocument(name, year, layout, f"{310000 + n:06d}",
                                   _prose(rng, name, year, [p["topic"] for p in active]),
                                   projects))
    return out


def _project_plan(rng: random.Random, dept: int, i: int, topic: str) -> dict:
    # most projects run every year; some start late or end early
    start = 0 if rng.random() < 0.85 else 1
    end = None if rng.random() < 0.85 else rng.randint(start + 1, start + 2)
    kinds = rng.sample(INDICATOR_KINDS, k=rng.randint(5, min(9, len(INDICATOR_KINDS))))
    kinds.sort(key=INDICATOR_KINDS.index)
    return {"topic": topic, "start": start, "end": end, "kinds": kinds,
            "code": f"13{dept:04d}25P{i:03d}{rng.randint(0, 99999):05d}{'ABCDEFGHJK'[i % 10]}X",
            "suffix": rng.choice(SUFFIXES), "year_prefix": rng.random() < 0.4,
            "budget": rng.choice([20, 35, 50, 80, 120, 150, 200, 300, 500, 800, 1200, 3000])
            * rng.uniform(0.6, 1.4), "own_share": rng.choice([0, 0, 0, 0.1, 0.2, 0.3]),
            "targets": [rng.uniform(0.5, 2.0) for _ in kinds],
            "issuers": rng.sample(ISSUERS, k=2), "who": rng.choice(BENEFICIARIES)}


def _project(rng: random.Random, plan: dict, year: int, y: int) -> GenProject:
    growth = 1 + 0.08 * y + rng.uniform(-0.15, 0.15) * (y > 0)
    budget = round(plan["budget"] * growth, 2)
    other = round(budget * plan["own_share"], 2)
    fiscal = round(budget - other, 2)
    name = (f"{year}年" if plan["year_prefix"] else "") + plan["topic"] + plan["suffix"]
    indicators = tuple(_indicator(rng, kind, plan, i, year, y, budget)
                       for i, kind in enumerate(plan["kinds"]))
    measure = rng.choice(MEASURES)
    use = f"用于{plan['topic']}{measure}，包括{rng.choice(['设备购置', '人员培训', '宣传推广', '运行维护', '第三方服务'])}等支出。"
    goal = (f"{year}年完成{plan['topic']}{measure}任务，{indicators[0].level3}"
            f"{indicators[0].value}，{plan['who']}满意度持续提高。")
    plan_values = rng.choice([("25%", "50%", "75%", "100%"), ("10%", "40%", "80%", "100%"),
                              ("20%", "60%", "90%", "100%"), ("30%", "60%", "85%", "100%")])
    return GenProject(plan["code"], name, "万元", f"{budget:.2f}", f"{fiscal:.2f}",
                      f"{other:.2f}" if other else "", use, goal, plan_values, indicators)


def _indicator(rng: random.Random, kind: tuple, plan: dict, i: int, year: int, y: int,
               budget: float) -> GenIndicator:
    level1, level2, pattern, value_kind, unit = kind
    topic, target = plan["topic"], plan["targets"][i] * (1 + 0.1 * y * rng.choice([-1, 1, 1]))
    level3 = pattern.format(topic=topic, who=plan["who"])
    if value_kind == "count":
        value = f"≥{max(1, round(target * 100))}{unit}"
    elif value_kind == "rate":
        value = f"≥{min(100, round(80 + target * 8))}%"
    elif value_kind == "deadline":
        value = f"{year}年{rng.choice([6, 9, 10, 11, 12])}月底前"
    elif value_kind == "cost":
        value = f"≤{budget:.2f}万元"
    else:
        value = rng.choice(["显著提升", "有效保障", "持续改善", "长期"])
    if rng.random() < 0.55:
        issuer = rng.choice(plan["issuers"])
        basis = f"{issuer}〔{year - rng.randint(1, 3)}〕{rng.randint(1, 60)}号"
    else:
        basis = "问卷调查结果" if level1 == "满意度指标" else f"{year}年工作计划"
    return GenIndicator(level1, level2, level3, f"{level3}（{year}年目标）", value, basis)


def _prose(rng: random.Random, department: str, year: int,
           topics: list[str]) -> tuple[tuple[str, str], ...]:
    focus = "、".join(topics[:3])
    out = [("Heading 2", "一、总体绩效目标"),
           ("Normal", f"{year}年，{department}坚持以人民为中心的发展思想，围绕{focus}等重点工作，"
                      f"全年计划完成{rng.randint(8, 30)}项重点任务，确保各项绩效目标如期实现。"),
           ("Heading 2", "二、分项绩效目标")]
    for n, topic in enumerate(topics[:rng.randint(3, 6)], start=1):
        out.append(("Normal", f"（{'一二三四五六'[n - 1]}）{topic}"))
        out.append(("Normal", f"{year}年推进{topic}{rng.choice(MEASURES)}，覆盖"
                              f"{rng.randint(5, 40)}个乡镇，受益群众{rng.randint(1, 50)}万人。"))
    out.append(("Heading 2", "三、工作保障措施"))
    for n, measure in enumerate(rng.sample(MEASURES, k=3), start=1):
        out.append(("Normal", f"{n}.强化{measure}。建立{rng.choice(['月调度', '季通报', '年考核'])}"
                              f"机制，压实{rng.choice(['股室', '乡镇', '项目单位'])}责任。"))
    return tuple(out)


# -- writing .docx ----------------------------------------------------------------------------

def write_docx(doc: GenDocument, path: Path) -> Path:
    """One document as a .docx in its layout."""
    from eval.generator_docx import write_other, write_sample

    path.parent.mkdir(parents=True, exist_ok=True)
    document = new_docx()
    style = document.styles["Normal"]
    style.font.size = Pt(10)
    (write_sample if doc.layout == "sample" else write_other)(document, doc)
    document.save(path)
    return path


def write_corpus(out: Path, departments: int, years: int, seed: int = 7) -> list[Path]:
    """All documents under out/<year>/<department>.docx, with out/truth.jsonl."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for doc in documents(departments, years, seed):
            path = out / str(doc.year) / f"{doc.department}.docx"
            if not path.exists():
                write_docx(doc, path)
            paths.append(path)
            truth.write(json.dumps({"path": str(path.relative_to(out)), **asdict(doc)},
                                   ensure_ascii=False) + "\n")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.generator")
    parser.add_argument("out", type=Path)
    parser.add_argument("--departments", type=int, default=10)
    parser.add_argument("--years", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.departments, args.years, args.seed)
    print(f"{len(paths)} documents in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
