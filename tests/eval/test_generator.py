"""The growth generator writes documents we read back exactly, in both layouts, over years."""

from __future__ import annotations

import json
from decimal import Decimal

from eval.generator import documents, write_corpus
from ingest import read_document


def test_generated_documents_read_back_as_generated(tmp_path):
    paths = write_corpus(tmp_path, departments=2, years=2)
    truth = [json.loads(line) for line in (tmp_path / "truth.jsonl").read_text().splitlines()]
    assert len(paths) == len(truth) == 4
    assert {t["layout"] for t in truth} == {"sample", "other"}
    for path, expected in zip(paths, truth):
        document = read_document(path)
        assert (document.source.department, document.source.year) == (
            expected["department"], expected["year"])
        assert document.warnings == ()
        read = [(p.code, p.name, p.budget, p.fiscal, tuple(s.percent for s in p.spending_plan),
                 [(i.level1, i.level2, i.level3, i.value.raw, i.basis) for i in p.indicators])
                for p in document.projects]
        made = [(p["code"], p["name"], Decimal(p["budget"]), Decimal(p["fiscal"]),
                 tuple(Decimal(x.rstrip("%")) for x in p["plan"]),
                 [(i["level1"], i["level2"], i["level3"], i["value"], i["basis"])
                  for i in p["indicators"]])
                for p in expected["projects"]]
        assert read == made


def test_projects_recur_across_years_with_changed_targets():
    first, second = documents(1, 2)
    assert first.department == second.department and (first.year, second.year) == (2023, 2024)
    codes = {p.code for p in first.projects} & {p.code for p in second.projects}
    assert len(codes) >= len(first.projects) // 2
    by_code = {p.code: p for p in first.projects}
    changed = [p for p in second.projects if p.code in codes
               and (p.budget != by_code[p.code].budget
                    or [i.value for i in p.indicators] != [i.value for i in by_code[p.code].indicators])]
    assert len(changed) == len(codes)
    assert len({d.department for d in documents(60, 1)}) == 60
