-- The facts database at schema version 6 (store/migrations.py upgrades older stores).
-- Portable SQL (SQLite by default; PostgreSQL for shared deployments, types translated there).
-- Money is kept twice: as written (TEXT, a Decimal in the table's unit) and as integer 分 for
-- arithmetic in SQL, so sums never drift (37106.9 must not print as 37106.899999).

-- One row: who this store is (its vectors live in a Chroma collection named by store_id),
-- its schema version, and a generation every write bumps, so other processes see changes.
CREATE TABLE IF NOT EXISTS store_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    store_id TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    generation INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    -- how citations name the file: its name, qualified by year and department when two
    -- stored files share a name (2024/绩效目标.docx and 2025/绩效目标.docx)
    label TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    -- what the document says (store/fingerprint.py); '' when an upgrade asks for a re-read
    facts_hash TEXT NOT NULL,
    department TEXT NOT NULL,
    year INTEGER,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sources_scope ON sources(department, year);
CREATE INDEX IF NOT EXISTS sources_name ON sources(name);
CREATE INDEX IF NOT EXISTS sources_facts ON sources(facts_hash);

CREATE TABLE IF NOT EXISTS projects (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    department TEXT NOT NULL,
    -- 实施单位 as printed beside 主管部门; '' when the table prints none
    implementer TEXT NOT NULL DEFAULT '',
    year INTEGER,
    unit TEXT NOT NULL,
    budget TEXT,
    fiscal TEXT,
    other TEXT,
    budget_fen INTEGER,
    fiscal_fen INTEGER,
    other_fen INTEGER,
    use_text TEXT NOT NULL,
    goal TEXT NOT NULL,
    -- where the table sits in the file: PDF page, Excel sheet and row; 1 when read by OCR
    page INTEGER,
    sheet TEXT,
    sheet_row INTEGER,
    ocr INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS projects_code ON projects(code);
CREATE INDEX IF NOT EXISTS projects_source ON projects(source_id);

CREATE TABLE IF NOT EXISTS spending_plan (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    month INTEGER NOT NULL,
    percent REAL,
    percent_text TEXT
);
CREATE INDEX IF NOT EXISTS spending_plan_project ON spending_plan(project_id);

-- Other header fields as printed (项目属性 新增项目, 项目期限 2025年1月—2025年12月 …); seq keeps
-- the table's order (PostgreSQL has no rowid to keep insertion order)
CREATE TABLE IF NOT EXISTS project_attributes (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    label TEXT NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS project_attributes_project ON project_attributes(project_id);

-- The parts of the budget's treasury money as printed (本级财政, 上级补助, 一般公共预算, 中央资金 …;
-- ingest.tables.MONEY_PART_LABELS), in integer 分 and in table order; the totals (预算数, 财政拨款,
-- 其他资金) stay on projects
CREATE TABLE IF NOT EXISTS project_money_parts (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    label TEXT NOT NULL,
    fen INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS project_money_parts_project ON project_money_parts(project_id);

CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    row_no INTEGER NOT NULL,
    level1 TEXT NOT NULL,
    level2 TEXT NOT NULL,
    level3 TEXT NOT NULL,
    description TEXT NOT NULL,
    value_raw TEXT NOT NULL,
    comparator TEXT,
    number TEXT,
    num REAL,
    unit TEXT,
    norm REAL,
    norm_text TEXT,
    base_unit TEXT,
    deadline TEXT,
    basis TEXT NOT NULL,
    page INTEGER,
    sheet TEXT,
    sheet_row INTEGER,
    ocr INTEGER NOT NULL DEFAULT 0,
    -- 定量/定性 as a 指标性质 column prints it ('' when none does); the 分值/权重 column's number
    nature TEXT NOT NULL DEFAULT '',
    weight TEXT
);
CREATE INDEX IF NOT EXISTS indicators_project ON indicators(project_id);

CREATE TABLE IF NOT EXISTS policy_refs (
    id INTEGER PRIMARY KEY,
    canonical TEXT NOT NULL UNIQUE,
    issuer TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL
);

-- What cites a policy document: a project field (name, goal, use) or an indicator's basis.
CREATE TABLE IF NOT EXISTS ref_links (
    ref_id INTEGER NOT NULL REFERENCES policy_refs(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    indicator_id INTEGER REFERENCES indicators(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    raw TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ref_links_ref ON ref_links(ref_id);
CREATE INDEX IF NOT EXISTS ref_links_project ON ref_links(project_id);
CREATE INDEX IF NOT EXISTS ref_links_indicator ON ref_links(indicator_id);

CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    path TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sections_source ON sections(source_id);

-- Retrieval units; the vector and keyword indexes are derived from this table and can be rebuilt.
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
    indicator_id INTEGER REFERENCES indicators(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    -- order within the source (PostgreSQL has no rowid to keep insertion order)
    seq INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source_id, seq);
CREATE INDEX IF NOT EXISTS chunks_project ON chunks(project_id);
CREATE INDEX IF NOT EXISTS chunks_indicator ON chunks(indicator_id);
CREATE INDEX IF NOT EXISTS chunks_section ON chunks(section_id);
