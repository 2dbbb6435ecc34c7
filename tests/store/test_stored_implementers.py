"""实施单位 stored per project, read back, and filtered on in SQL (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ingest import read_document
from store.filters import AllOf, Implementer, InScope, NameHas, Not
from store.library import Library
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX

JIAOTONG = ROOT / "eval" / "heldout" / "docs" / "jiaotong-2025.docx"
NONGYE = ROOT / "eval" / "dev" / "docs" / "nongye-2025.docx"


@pytest.fixture
def library(backend_settings):
    library = Library(backend_settings)
    reports = library.ingest_paths([JIAOTONG, NONGYE, SAMPLE_DOCX])
    assert [r.status for r in reports] == ["ingested"] * 3
    yield library
    library.close()


def records():
    return [p for path in (JIAOTONG, NONGYE, SAMPLE_DOCX) for p in read_document(path).projects]


def test_every_project_row_carries_its_implementer(library):
    rows = Queries(library.facts).projects()
    assert [(r.name, r.implementer) for r in rows] == [(p.name, p.implementer) for p in records()]
    catalog = Queries(library.facts).catalog_projects()
    assert [c["implementer"] for c in catalog] == [p.implementer for p in records()]
    assert library.facts.projects() == records()  # read back as the records ingest made


def test_the_filter_finds_the_projects_of_a_unit(library):
    queries = Queries(library.facts)
    found = queries.projects(Implementer("公路建设养护中心"))
    expected = [p.name for p in read_document(JIAOTONG).projects if "公路建设养护中心" in p.implementer]
    assert [r.name for r in found] == expected and len(expected) == 3
    assert {r.implementer for r in found} == {"成安县公路建设养护中心"}
    assert [r.name for r in queries.projects(Implementer("农业技术推广中心"))] == [
        p.name for p in read_document(NONGYE).projects if p.implementer == "大名县农业技术推广中心"]
    assert "WHERE p.implementer LIKE ?" in " ".join(queries.log[-1].split())


def test_the_filter_combines_with_the_others(library):
    queries = Queries(library.facts)
    jiaotong = read_document(JIAOTONG).projects
    outside = queries.projects(AllOf((InScope(("成安县交通运输局",)), Not(Implementer("公路")))))
    assert [r.name for r in outside] == [p.name for p in jiaotong if "公路" not in p.implementer]
    assert queries.projects(AllOf((Implementer("农村公路管理所"), NameHas("不存在的项目")))) == []
    assert queries.projects(Implementer("魏县人力资源和社会保障局")) == []  # the sample prints none


def test_percent_and_underscore_in_the_words_match_themselves(library):
    document = read_document(SAMPLE_DOCX)
    first, second, *rest = document.projects
    marked = replace(document, source=replace(document.source, sha256="0" * 64, name="marked.docx"),
                     projects=(replace(first, implementer="魏县就业服务_中心（100%）"),
                               replace(second, implementer="魏县就业服务A中心（100）"), *rest))
    assert library.add_document(marked).status in ("ingested", "replaced")
    queries = Queries(library.facts)
    assert [r.implementer for r in queries.projects(Implementer("服务_中心"))] == ["魏县就业服务_中心（100%）"]
    assert [r.implementer for r in queries.projects(Implementer("100%"))] == ["魏县就业服务_中心（100%）"]
    assert [r.implementer for r in queries.projects(Implementer("服务%中心"))] == []
