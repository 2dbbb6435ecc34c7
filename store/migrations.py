"""Schema versions: create a new store at the current version, or upgrade an older one in place.

Each step upgrades one version to the next inside one transaction, so a store is either at its
old version or the new one, never half-way. Opening a store that is current writes nothing.
"""

from __future__ import annotations

import uuid
from importlib import resources

from store.database import Database

SCHEMA_VERSION = 7


class StoreError(Exception):
    """The store cannot be used as it is; the message names the folder and what to do."""


# Version n → the statements that make it version n + 1 (SQLite and PostgreSQL alike, unless a
# step says otherwise). Version 1 had no version number at all (SQLite user_version 0).
_STEPS: dict[int, tuple[str, ...]] = {
    # 1 → 2: citations name a file by a label, qualified when two stored files share a name
    1: ("ALTER TABLE sources ADD COLUMN label TEXT NOT NULL DEFAULT ''",
        "UPDATE sources SET label = name"),
    # 2 → 3: PDF page, Excel sheet/row and an OCR mark on projects and indicators
    2: tuple(f"ALTER TABLE {table} ADD COLUMN {column}"
             for table in ("projects", "indicators")
             for column in ("page INTEGER", "sheet TEXT", "sheet_row INTEGER",
                            "ocr INTEGER NOT NULL DEFAULT 0")),
    # 3 → 4: store identity and generation, chunk order without rowid, indexes on foreign keys
    3: ("CREATE TABLE IF NOT EXISTS store_meta (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " store_id TEXT NOT NULL, schema_version INTEGER NOT NULL,"
        " generation INTEGER NOT NULL DEFAULT 0)",
        "ALTER TABLE chunks ADD COLUMN seq INTEGER NOT NULL DEFAULT 0",
        "UPDATE chunks SET seq = rowid",
        "DROP INDEX IF EXISTS chunks_source",
        "CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source_id, seq)",
        "CREATE INDEX IF NOT EXISTS chunks_project ON chunks(project_id)",
        "CREATE INDEX IF NOT EXISTS chunks_indicator ON chunks(indicator_id)",
        "CREATE INDEX IF NOT EXISTS chunks_section ON chunks(section_id)",
        "CREATE INDEX IF NOT EXISTS sections_source ON sections(source_id)",
        "CREATE INDEX IF NOT EXISTS ref_links_indicator ON ref_links(indicator_id)",
        "CREATE INDEX IF NOT EXISTS sources_scope ON sources(department, year)",
        "CREATE INDEX IF NOT EXISTS sources_name ON sources(name)",
        "CREATE INDEX IF NOT EXISTS sources_facts ON sources(facts_hash)"),
    # 4 → 5: each project's 实施单位 and its other header fields (项目属性, 项目期限 …). The
    # stored rows were read without them, so every source is marked for a re-read (no facts
    # hash): ingesting the same file again replaces it instead of skipping it as unchanged.
    4: ("ALTER TABLE projects ADD COLUMN implementer TEXT NOT NULL DEFAULT ''",
        ("CREATE TABLE IF NOT EXISTS project_attributes (project_id INTEGER NOT NULL"
         " REFERENCES projects(id) ON DELETE CASCADE, seq INTEGER NOT NULL,"
         " label TEXT NOT NULL, value TEXT NOT NULL)"),
        "CREATE INDEX IF NOT EXISTS project_attributes_project ON project_attributes(project_id)",
        "UPDATE sources SET facts_hash = ''"),
    # 5 → 6: the parts of each budget as printed (本级财政, 上级补助, 一般公共预算 …), and the
    # money block read beside them («合计» under «预算金额（万元）»). Stored rows were read without
    # them, so every source is marked for a re-read as in 4 → 5.
    5: (("CREATE TABLE IF NOT EXISTS project_money_parts (project_id INTEGER NOT NULL"
         " REFERENCES projects(id) ON DELETE CASCADE, seq INTEGER NOT NULL,"
         " label TEXT NOT NULL, fen INTEGER NOT NULL)"),
        "CREATE INDEX IF NOT EXISTS project_money_parts_project ON project_money_parts(project_id)",
        "UPDATE sources SET facts_hash = ''"),
    # 6 → 7: each indicator row's 指标性质 (定量/定性) and 分值/权重 where a column prints them.
    # Stored rows were read without them, so every source is marked for a re-read as in 4 → 5.
    6: ("ALTER TABLE indicators ADD COLUMN nature TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE indicators ADD COLUMN weight TEXT",
        "UPDATE sources SET facts_hash = ''"),
}


def schema_sql() -> str:
    return resources.files("store").joinpath("schema.sql").read_text(encoding="utf-8")


def stored_version(db: Database) -> int | None:
    """The store's schema version; None for an empty database."""
    if db.dialect == "sqlite":
        tables = {r["name"] for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    else:
        tables = {r["name"] for r in db.query(
            "SELECT table_name AS name FROM information_schema.tables"
            " WHERE table_schema = current_schema()")}
    if "store_meta" in tables:
        rows = db.query("SELECT schema_version FROM store_meta WHERE id = 1")
        if rows:
            return int(rows[0]["schema_version"])
    if "sources" not in tables:
        return None
    if db.dialect == "sqlite":
        return int(db.query("PRAGMA user_version")[0]["user_version"]) or 1
    return 1


def prepare(db: Database) -> None:
    """Create the schema in an empty database or upgrade an old one; refuse a newer one."""
    version = stored_version(db)
    if version == SCHEMA_VERSION:
        return
    if version is not None and version > SCHEMA_VERSION:
        raise StoreError(f"{db.location}: 这个库由更新版本的 jixiao 建立（结构版本 {version}，"
                         f"本程序为 {SCHEMA_VERSION}）— 请升级 jixiao 后再打开")
    if version is None:
        _create(db)
        return
    try:
        _upgrade(db, version)
    except Exception as err:  # a damaged or foreign database: nothing was changed
        raise StoreError(f"{db.location}: 无法把这个库从结构版本 {version} 升级到 {SCHEMA_VERSION}"
                         f"（{type(err).__name__}: {err}）— 请换一个新的 --store 目录重新入库"
                         ) from err


def _create(db: Database) -> None:
    if db.dialect == "postgresql":
        from store.postgres import COMPAT_SQL, translate_schema

        db.script(translate_schema(schema_sql()) + COMPAT_SQL)
    else:
        db.script(schema_sql())
    with db.transaction() as tx:
        # ON CONFLICT: another process may have created the same new store a moment ago
        tx.execute("INSERT INTO store_meta (id, store_id, schema_version, generation)"
                   " VALUES (1, ?, ?, 0) ON CONFLICT (id) DO NOTHING",
                   (uuid.uuid4().hex, SCHEMA_VERSION))
        if db.dialect == "sqlite":
            tx.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _upgrade(db: Database, version: int) -> None:
    with db.transaction() as tx:
        if db.dialect == "sqlite":  # another process may have upgraded it while we looked
            version = int(tx.execute("PRAGMA user_version")[0]["user_version"]) or 1
            if version >= SCHEMA_VERSION:
                return
        for step in range(version, SCHEMA_VERSION):
            for statement in _STEPS[step]:
                if db.dialect == "postgresql":
                    from store.postgres import translate_schema

                    if "rowid" in statement:  # PostgreSQL stores start at version 4
                        continue
                    statement = translate_schema(statement)
                tx.execute(statement)
        tx.execute("INSERT INTO store_meta (id, store_id, schema_version, generation)"
                   " VALUES (1, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET"
                   " schema_version = excluded.schema_version",
                   (uuid.uuid4().hex, SCHEMA_VERSION))
        if db.dialect == "sqlite":
            tx.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
