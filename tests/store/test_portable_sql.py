"""The SQL written once for both engines: `?` placeholders translated for psycopg, and the
SQLite forms the engine uses giving the same answers on PostgreSQL."""

from __future__ import annotations

import pytest

from store.library import Library
from store.postgres import safe_url, translate
from tests.conftest import SAMPLE_DOCX

SAME_ON_BOTH = {
    "SELECT GROUP_CONCAT(DISTINCT department) AS v FROM sources": (),
    "SELECT COUNT(*) AS v FROM sources WHERE year IS ?": (2025,),
    "SELECT COUNT(*) AS v FROM sources WHERE year IS NOT ?": (None,),
    "SELECT SUM(IFNULL(other_fen, 0)) AS v FROM projects": (),
    "SELECT MAX(MAX(budget_fen, fiscal_fen)) AS v FROM projects": (),
    "SELECT SUM(CAST(budget_fen AS REAL)) AS v FROM projects": (),
    "SELECT SUM(budget_fen) AS v FROM projects": (),
    "SELECT ROUND(AVG(budget_fen), 3) AS v FROM projects": (),
    "SELECT COUNT(*) AS v FROM projects WHERE instr(name, '资金') > 0": (),
    "SELECT COUNT(*) AS v FROM projects WHERE name LIKE ? ESCAPE '\\'": ("%资金%",),
    "SELECT COUNT(*) AS v FROM projects WHERE name LIKE '%资金%' AND seq > ?": (2,),
}


@pytest.fixture(scope="module")
def answers_on_sqlite(tmp_path_factory):
    from tests.conftest import make_settings

    library = Library(make_settings(tmp_path_factory.mktemp("sqlite") / "store"))
    library.ingest_paths([SAMPLE_DOCX])
    return {sql: library.facts.query(sql, params) for sql, params in SAME_ON_BOTH.items()}


def test_sqlite_forms_give_the_same_answers_on_both_engines(backend_settings, answers_on_sqlite):
    library = Library(backend_settings)
    library.ingest_paths([SAMPLE_DOCX])
    for sql, params in SAME_ON_BOTH.items():
        assert library.facts.query(sql, params) == answers_on_sqlite[sql], sql


def test_translation_leaves_literals_and_comments_alone():
    assert translate("SELECT '?%' AS a, x FROM t WHERE y = ? -- why?") == (
        "SELECT '?%%' AS a, x FROM t WHERE y = %s -- why?")
    assert translate("WHERE year IS ? AND code IS NOT ? AND a is ?") == (
        "WHERE year IS NOT DISTINCT FROM %s AND code IS DISTINCT FROM %s"
        " AND a IS NOT DISTINCT FROM %s")
    assert translate("CAST(x AS REAL), 'REAL'") == "CAST(x AS DOUBLE PRECISION), 'REAL'"


def test_passwords_stay_out_of_messages():
    assert safe_url("postgresql://u:secret@db:5432/x") == "postgresql://u:***@db:5432/x"
