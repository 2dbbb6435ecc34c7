"""No silent loss and no surprise on odd input (issue 13): revisions, repeats, pipes, huge cells,
readers beside a writer, and writes seen across processes. Facts tests run on both engines."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import replace
from decimal import Decimal

import pytest

from ingest import read_document
from store.chunks import FIELD_CHARS, make_chunks, windows
from store.library import Library
from tests.conftest import ROOT, SAMPLE_DOCX, SAMPLE_TXT


@pytest.fixture
def settings(backend_settings):
    return backend_settings


def _revised_copy(tmp_path):
    """The sample saved under a new name with a changed 绩效目标, 财政资金, spending plan and 依据."""
    document = read_document(SAMPLE_TXT)
    first = document.projects[0]
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    assert text.count(first.goal) == 1 and text.count(first.indicators[0].basis) >= 1
    text = text.replace(first.goal, "2025年修订：" + first.goal, 1)
    text = text.replace("\t150.00\n\t其中：财政", "\t150.00\n\t其中：财政", 1)
    head, tail = text.split("其中：财政", 1)
    tail = tail.replace("\t150.00\n", "\t120.00\n", 1)  # 财政资金 of the first project
    tail = tail.replace("\t25%\n", "\t30%\n", 1)  # 3月底 of its spending plan
    tail = tail.replace(first.indicators[0].basis, "修订后的依据", 1)
    path = tmp_path / "revised-copy.txt"
    path.write_text(head + "其中：财政" + tail, encoding="utf-8")
    return path


def test_revised_copy_under_a_new_name_replaces_the_old_one(settings, tmp_path):
    library = Library(settings)
    assert library.ingest_paths([SAMPLE_TXT])[0].status == "ingested"
    (report,) = library.ingest_paths([_revised_copy(tmp_path)])
    assert report.status == "replaced" and report.replaced == SAMPLE_TXT.name
    assert SAMPLE_TXT.name in report.message and "修订版" in report.message
    (project,) = library.facts.query("SELECT * FROM projects WHERE seq = 1")
    assert project["goal"].startswith("2025年修订：")
    assert Decimal(project["fiscal"]) == Decimal("120.00")
    plan = library.facts.query(
        "SELECT percent_text FROM spending_plan WHERE project_id = ? ORDER BY month", (project["id"],))
    assert plan[0]["percent_text"] == "30"
    (row,) = library.facts.query(
        "SELECT basis FROM indicators WHERE project_id = ? AND row_no = 1", (project["id"],))
    assert row["basis"] == "修订后的依据"
    assert [s.source.name for s in library.facts.sources()] == ["revised-copy.txt"]


def test_changed_prose_alone_is_not_a_duplicate(settings, tmp_path):
    library = Library(settings)
    library.ingest_paths([SAMPLE_TXT])
    document = read_document(SAMPLE_TXT)
    paragraph = document.sections[0].text
    path = tmp_path / "prose-changed.txt"
    path.write_text(SAMPLE_TXT.read_text(encoding="utf-8").replace(paragraph, paragraph + "新增一句。"),
                    encoding="utf-8")
    (report,) = library.ingest_paths([path])
    assert report.status == "replaced"
    texts = [s.text for s in library.facts.sections()]
    assert paragraph + "新增一句。" in texts


def test_another_document_of_the_same_department_and_year_is_kept_beside(settings):
    library = Library(settings)
    library.ingest_paths([SAMPLE_TXT])
    document = read_document(SAMPLE_TXT)
    other = replace(
        document,
        source=replace(document.source, name="补充项目.txt", sha256="0" * 64),
        projects=tuple(replace(p, code=f"X{p.code}", name=f"补充{p.name}")
                       for p in document.projects[:3]),
        sections=())
    report = library.add_document(other)
    assert report.status == "ingested" and "并存" in report.message and SAMPLE_TXT.name in report.message
    assert len(library.facts.sources()) == 2


def test_repeated_text_in_one_paragraph_is_stored_and_the_folder_goes_on(settings, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    document = read_document(SAMPLE_TXT)
    paragraph = document.sections[0].text
    repeated = "坚持以党建为引领，促进劳动关系和谐。" * 60
    parts = windows(repeated)
    assert len(parts) > len(set(parts))  # the case that gave two chunks one id
    (folder / "a-repeated.txt").write_text(
        SAMPLE_TXT.read_text(encoding="utf-8").replace(paragraph, repeated), encoding="utf-8")
    shutil.copy(SAMPLE_DOCX, folder / "b-other.docx")
    library = Library(settings)
    reports = library.ingest_paths([folder])
    assert [r.status for r in reports] == ["ingested", "replaced"], [r.message for r in reports]
    ids = [cid for cid, _ in library.facts.chunks()]
    assert len(ids) == len(set(ids))


def test_chunk_ids_are_unique_and_stable():
    document = read_document(SAMPLE_DOCX)
    first, second = make_chunks(document), make_chunks(document)
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first)


def test_a_named_pipe_gets_its_own_message(tmp_path):
    from store.library import expand_paths
    from tests.conftest import make_settings

    folder = tmp_path / "in"
    folder.mkdir()
    pipe = folder / "pipe.docx"
    os.mkfifo(pipe)
    assert expand_paths([folder]) == [pipe]
    library = Library(make_settings(tmp_path / "store"))
    for reports in (library.ingest_paths([pipe]), library.ingest_paths([folder])):
        (report,) = reports
        assert report.status == "failed"
        assert "pipe.docx" in report.message and "命名管道" in report.message
        assert "文件夹" not in report.message and "—" in report.message
    assert library.facts.sources() == []


def test_a_one_megabyte_project_name_is_cut_in_every_chunk(settings):
    document = read_document(SAMPLE_DOCX)
    huge = "超长项目名称" * 175_000  # ~1 MB of text
    document = replace(document, projects=(replace(document.projects[0], name=huge),)
                       + document.projects[1:])
    library = Library(settings)
    assert library.add_document(document).status == "ingested"
    longest = max(len(text) for _, text in library.facts.chunks())
    assert longest < 8 * FIELD_CHARS
    (row,) = library.facts.query("SELECT name FROM projects WHERE seq = 1")
    assert row["name"] == huge  # the fact itself is kept whole
    hits = library.keywords.search("超长项目名称", 3)
    assert hits


def test_readers_do_not_wait_for_a_writer_and_then_see_its_result(settings):
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    facts = library.facts
    holding, release = threading.Event(), threading.Event()

    def writer():
        with facts.transaction() as tx:
            tx.execute("UPDATE projects SET name = '写入中' WHERE seq = 1")
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    assert holding.wait(10)
    started = time.perf_counter()
    during = facts.query("SELECT name FROM projects WHERE seq = 1")[0]["name"]
    waited = time.perf_counter() - started
    release.set()
    thread.join()
    assert during != "写入中" and waited < 1.0
    assert facts.query("SELECT name FROM projects WHERE seq = 1")[0]["name"] == "写入中"


def test_a_write_by_another_process_is_noticed(settings):
    library = Library(settings)
    library.ingest_paths([SAMPLE_DOCX])
    before = library.facts.generation()
    assert library.keywords.search("公共实训基地", 1)
    env = {**os.environ, "JIXIAO_STORE": str(settings.store), "JIXIAO_DB": settings.db or ""}
    if not settings.db:
        env.pop("JIXIAO_DB")
    code = ("from store.library import Library; from store.settings import load_settings;"
            "lib = Library(load_settings()); lib.remove_source(lib.facts.sources()[0].id)")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120)
    assert library.facts.generation() > before
    assert library.keywords.search("公共实训基地", 1) == []
