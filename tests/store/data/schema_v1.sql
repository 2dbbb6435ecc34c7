-- The facts database. Portable SQL (SQLite by default; PostgreSQL for shared deployments).
-- Money is kept twice: as written (TEXT, a Decimal in the table's unit) and as integer 分 for
-- arithmetic in SQL, so sums never drift (37106.9 must not print as 37106.899999).

CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    facts_hash TEXT NOT NULL,
    department TEXT NOT NULL,
    year INTEGER,
    ingested_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS projects (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    department TEXT NOT NULL,
    year INTEGER,
    unit TEXT NOT NULL,
    budget TEXT,
    fiscal TEXT,
    other TEXT,
    budget_fen INTEGER,
    fiscal_fen INTEGER,
    other_fen INTEGER,
    use_text TEXT NOT NULL,
    goal TEXT NOT NULL
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
    basis TEXT NOT NULL
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

CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    path TEXT NOT NULL,
    text TEXT NOT NULL
);

-- Retrieval units; the vector and keyword indexes are derived from this table and can be rebuilt.
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
    indicator_id INTEGER REFERENCES indicators(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source_id);
