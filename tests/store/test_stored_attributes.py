"""Header attributes (项目属性, 项目类型, 项目期限 …) stored per project, read back, and filtered on
in SQL (SQLite and PostgreSQL); a version 4 store gains their table when upgraded."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ingest import read_document
from store.filters import AllOf, Attribute, Implementer, InScope, Not
from store.library import Library
from store.queries import Queries
from tests.conftest import ROOT, SAMPLE_DOCX

NONGYE = ROOT / "eval" / "dev" / "docs" / "nongye-2025.docx"
ZHUJIAN = ROOT / "eval" / "dev" / "docs" / "zhujian-2025.docx"
SHIJIAN = ROOT / "eval" / "heldout" / "docs" / "shijian-2025.docx"
PATHS = (NONGYE, ZHUJIAN, SHIJIAN, SAMPLE_DOCX)


@pytest.fixture
def library(backend_settings):
    library = Library(backend_settings)
    reports = library.ingest_paths(list(PATHS))
    assert [r.status for r in reports] == ["ingested"] * len(PATHS)
    yield library
    library.close()


def records(*paths):
    return [p for path in (paths or PATHS) for p in read_document(path).projects]


def names(projects, keep=lambda p: True) -> list[str]:
    return [p.name for p in projects if keep(p)]


def test_every_project_row_carries_its_attributes(library):
    queries = Queries(library.facts)
    rows = queries.projects()
    assert [(r.name, r.attributes) for r in rows] == [(p.name, p.attributes) for p in records()]
    assert sum(1 for r in rows if r.attributes) == 9 + 9 + 10
    assert library.facts.projects() == records()  # read back as the records ingest made
    ordered = queries.projects(order="budget", limit=3)
    by_name = {p.name: p.attributes for p in records()}
    assert [r.attributes for r in ordered] == [by_name[r.name] for r in ordered]


def test_attribute_values_lists_every_stored_one(library):
    queries = Queries(library.facts)
    expected = [(r.id, label, value) for r in queries.projects() for label, value in r.attributes]
    assert queries.attribute_values() == expected
    assert len(expected) == 28
    assert "FROM project_attributes" in queries.log[-1]


def test_the_filter_finds_the_projects_printing_a_value(library):
    queries = Queries(library.facts)
    found = queries.projects(Attribute("新增项目"))
    expected = names(records(NONGYE), lambda p: ("项目属性", "新增项目") in p.attributes)
    assert [r.name for r in found] == expected and len(expected) == 2
    assert "project_attributes pa" in queries.log[-1] and "pa.value LIKE ?" in queries.log[-1]
    assert [r.name for r in queries.projects(Attribute("2027"))] == names(
        records(SHIJIAN), lambda p: any("2027" in v for _, v in p.attributes))
    assert len(queries.projects(Attribute("2027"))) == 1
    assert queries.projects(Attribute("不存在的属性")) == []


def test_the_label_narrows_the_filter(library):
    queries = Queries(library.facts)
    special = names(records(ZHUJIAN), lambda p: ("项目类型", "特定目标类") in p.attributes)
    assert [r.name for r in queries.projects(Attribute("特定目标", label="项目类型"))] == special
    assert [r.name for r in queries.projects(Attribute("特定目标"))] == special
    assert queries.projects(Attribute("特定目标", label="项目类别")) == []  # zhujian prints 项目类型
    assert queries.projects(Attribute("新增", label="项目类型")) == []
    assert "pa.label = ?" in queries.log[-1]


def test_the_filter_combines_with_the_others(library):
    queries = Queries(library.facts)
    nongye = records(NONGYE)
    continued = queries.projects(AllOf((InScope(("大名县农业农村局",)), Not(Attribute("新增")))))
    assert [r.name for r in continued] == names(nongye, lambda p: ("项目属性", "新增项目") not in p.attributes)
    both = queries.projects(AllOf((Attribute("延续"), Implementer("农业技术推广中心"))))
    assert [r.name for r in both] == names(
        nongye, lambda p: ("项目属性", "延续性项目") in p.attributes and "农业技术推广中心" in p.implementer)
    assert queries.projects(Attribute("")) == [r for r in queries.projects() if r.attributes]


def test_percent_and_underscore_in_the_words_match_themselves(library):
    document = read_document(SAMPLE_DOCX)
    first, second, *rest = document.projects
    marked = replace(document, source=replace(document.source, sha256="0" * 64, name="marked.docx"),
                     projects=(replace(first, attributes=(("项目性质", "延续_项目（100%）"),)),
                               replace(second, attributes=(("项目性质", "延续A项目（100）"),)), *rest))
    assert library.add_document(marked).status in ("ingested", "replaced")
    queries = Queries(library.facts)
    assert [r.attributes for r in queries.projects(Attribute("续_项"))] == [(("项目性质", "延续_项目（100%）"),)]
    assert [r.name for r in queries.projects(Attribute("100%"))] == [first.name]
    assert queries.projects(Attribute("续%项")) == []


def test_removing_a_source_removes_its_attributes(library):
    (source,) = [s for s in library.facts.sources() if s.source.name == NONGYE.name]
    library.facts.remove_source(source.id)
    assert len(Queries(library.facts).attribute_values()) == 28 - 9


def attribute_tables(facts) -> tuple[list[str], list[str]]:
    """Columns of project_attributes and the names of its indexes, on either engine."""
    if facts.dialect == "sqlite":
        columns = [r["name"] for r in facts.query("PRAGMA table_info(project_attributes)")]
        indexes = [r["name"] for r in facts.query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'project_attributes'")]
    else:
        columns = [r["column_name"] for r in facts.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = 'project_attributes' ORDER BY ordinal_position")]
        indexes = [r["indexname"] for r in facts.query(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
            " AND tablename = 'project_attributes'")]
    return columns, indexes
