"""Every SQL statement the assistant runs, as typed queries that return typed rows.

Portable SQL (SQLite and PostgreSQL): `?` placeholders, no GROUP_CONCAT, no `IS` between
columns. A `Queries` object is made per question; `log` keeps the statements it ran, for the
answer record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from ingest.consistency import cumulative_percent
from ingest.policy_refs import RefPattern
from ingest.quantity import holds
from ingest.records import PolicyRef, SpendingPoint
from store.database import chunks as _chunks
from store.database import marks as _marks
from store.facts import FactStore
from store.filters import (
    AllOf,
    AnyOf,
    Attribute,
    Cites,
    Compare,
    Filter,
    HasOther,
    HasPlan,
    HasRow,
    Implementer,
    InScope,
    Money,
    MoneyShare,
    MoneyUnit,
    NameHas,
    Not,
    ProjectIds,
    RowAgainstMoney,
    RowBasis,
    RowCites,
    RowCount,
    RowDeadline,
    RowIds,
    RowKind,
    RowPer,
    RowUnit,
    RowValue,
    RowValueText,
    RowWritten,
    SameMoney,
    Spending,
    SpendingBlank,
)

# A rate «每人» is written per 人, 位 or 名 in the tables.
_PER_WORDS = {"人": ("人", "位", "名"), "户": ("户",), "亩": ("亩",)}
_OPS = {">=": ">=", "<=": "<=", ">": ">", "<": "<", "=": "=", "!=": "<>"}
MONEY_COLUMNS = {
    "budget": "p.budget_fen", "fiscal": "p.fiscal_fen",
    # A layout without a 其他资金 row: what the budget leaves after the fiscal share.
    "other": "COALESCE(p.other_fen, p.budget_fen - p.fiscal_fen)",
}
# A printed part of the budget («part:上级补助»): the project's parts of that name, summed
PART = "part:"


def money_sql(field: str) -> tuple[str, list[Any]]:
    """A money field as an SQL expression in 分 over `p`, with its parameters."""
    if field.startswith(PART):
        # a part its table leaves out, where the table prints other parts, is none (0); a table
        # that prints no parts at all does not say (NULL)
        return ("COALESCE((SELECT SUM(mp.fen) FROM project_money_parts mp WHERE mp.project_id = p.id"
                " AND mp.label = ?), (SELECT 0 FROM project_money_parts mp WHERE mp.project_id = p.id LIMIT 1))",
                [field.removeprefix(PART)])
    return MONEY_COLUMNS[field], []


_WRITTEN = {
    "percent": "i.unit = '%'",
    "people": "i.base_unit IN ('人', '人次')",
    "money": "i.base_unit = '元'",
    "date": "i.deadline IS NOT NULL",
    "ceiling": "i.comparator IN ('<=', '<')",
    "floor": "i.comparator IN ('>=', '>')",
    # a 指标性质 column's word where the table prints one; else a row with no number and no date
    "qualitative": "(i.nature = '定性' OR (i.nature <> '定量' AND i.num IS NULL AND i.deadline IS NULL))",
}
_PROJECT_COLUMNS = """p.id, p.source_id, p.code, p.name, p.seq, p.unit, p.budget, p.fiscal, p.other,
    p.budget_fen, p.fiscal_fen, p.other_fen, p.use_text, p.goal, p.department, p.implementer,
    p.year, p.page, p.sheet, p.ocr, s.label AS source"""
_ROW_COLUMNS = """i.id, i.project_id, i.row_no, i.level1, i.level2, i.level3, i.description,
    i.value_raw, i.comparator, i.number, i.unit, i.norm_text, i.base_unit, i.deadline, i.basis,
    i.page, i.sheet, i.sheet_row, i.ocr, i.nature, i.weight, p.code, p.name, p.seq, p.department,
    p.year, s.label AS source"""


@dataclass(frozen=True)
class ProjectRow:
    """One project header as stored; money as written (in `unit`) and in integer 分."""

    id: int
    source_id: int
    code: str
    name: str
    seq: int
    unit: str
    budget: Decimal | None
    fiscal: Decimal | None
    other: Decimal | None
    budget_fen: int | None
    fiscal_fen: int | None
    other_fen: int | None
    use: str
    goal: str
    department: str
    year: int | None
    source: str
    page: int | None = None
    sheet: str | None = None
    ocr: bool = False
    implementer: str = ""  # 实施单位 as printed; "" when the table prints none
    attributes: tuple[tuple[str, str], ...] = ()  # (项目属性, 新增项目) … as printed, in table order
    parts: tuple[tuple[str, int], ...] = ()  # (本级财政, 分) … the budget's parts, in table order

    def fen(self, money: str) -> int | None:
        """A money field in 分; 其他资金 derived as budget − fiscal where the table has none;
        «fiscal+other» is the sum of two fields."""
        if "+" in money:
            parts = [self.fen(m) for m in money.split("+")]
            return None if parts[0] is None else sum(p or 0 for p in parts)
        if money.startswith(PART):  # «上级补助»: the parts printed under that name
            printed = [fen for label, fen in self.parts if label == money.removeprefix(PART)]
            return sum(printed) if printed else None
        if money == "other" and self.other_fen is None and None not in (self.budget_fen,
                                                                        self.fiscal_fen):
            return self.budget_fen - self.fiscal_fen  # type: ignore[operator]
        return {"budget": self.budget_fen, "fiscal": self.fiscal_fen,
                "other": self.other_fen}[money]

    def derived(self, money: str) -> bool:
        return money == "other" and self.other_fen is None and self.fen("other") is not None


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator row with the project it belongs to."""

    id: int
    project_id: int
    row_no: int
    level1: str
    level2: str
    level3: str
    description: str
    value_raw: str
    comparator: str | None
    number: Decimal | None
    unit: str | None
    norm: Decimal | None  # the number in base_unit
    base_unit: str | None
    deadline: date | None
    basis: str
    code: str
    name: str
    seq: int
    department: str
    year: int | None
    source: str
    page: int | None = None
    sheet: str | None = None
    sheet_row: int | None = None
    ocr: bool = False
    nature: str = ""  # 定量/定性 as printed; '' when the table has no such column
    weight: Decimal | None = None  # 分值/权重

    @property
    def qualitative(self) -> bool:
        """定性: as the table's 指标性质 says, else a target with no number and no date."""
        if self.nature:
            return self.nature == "定性"
        return self.number is None and self.deadline is None


@dataclass(frozen=True)
class PlanPoint:
    """A spending-plan column: cumulative percent by a month end (None: left empty)."""

    project_id: int
    period: str
    month: int
    percent: Decimal | None


@dataclass(frozen=True)
class RefUse:
    """One place a policy document is cited: a project field or an indicator row's basis."""

    ref_id: int
    canonical: str
    field: str
    raw: str
    project_id: int
    code: str
    name: str
    seq: int
    source: str
    indicator_id: int | None
    row_no: int | None
    level3: str | None
    value_raw: str | None
    basis: str | None


@dataclass(frozen=True)
class Passage:
    """A prose paragraph (or a retrieval chunk) with its heading path."""

    chunk_id: str | None
    kind: str
    section_id: int | None
    project_id: int | None
    indicator_id: int | None
    source: str
    source_id: int
    path: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class DepartmentTotals:
    """Per department and year: files, projects, rows, total budget in 分."""

    department: str
    year: int | None
    sources: tuple[str, ...]
    projects: int
    indicators: int
    budget_fen: int
    units: tuple[str, ...]


@dataclass
class Queries:
    """Typed queries over one facts database; `log` lists the SQL they ran."""

    facts: FactStore
    log: list[str] = field(default_factory=list)

    def _run(self, sql: str, params: list[Any] | tuple = ()) -> list[dict[str, Any]]:
        self.log.append(" ".join(sql.split()))
        return self.facts.query(sql, list(params))

    # -- projects and rows ---------------------------------------------------------------------

    def projects(self, where: Filter | None = None, order: str | None = None,
                 descending: bool = True, limit: int | None = None) -> list[ProjectRow]:
        """Projects meeting a filter, in document order or by a money field."""
        sql, params = self._project_sql(where)
        by = "s.id, p.seq"
        if order:
            column, more = money_sql(order)
            by = f"{column} {'DESC' if descending else 'ASC'}, s.id, p.seq"
            sql = f"({sql}) AND {column} IS NOT NULL"
            params = [*params, *more, *more]
        tail = f" LIMIT {int(limit)}" if limit else ""
        rows = self._run(f"SELECT {_PROJECT_COLUMNS} FROM projects p JOIN sources s ON s.id ="
                         f" p.source_id WHERE {sql} ORDER BY {by}{tail}", params)
        ids = [r["id"] for r in rows]
        attributes = self._printed(ids, "value", "project_attributes")
        parts = self._printed(ids, "fen", "project_money_parts")
        return [replace(_project(r), attributes=attributes.get(r["id"], ()),
                        parts=parts.get(r["id"], ())) for r in rows]

    def _printed(self, project_ids: list[int], column: str,
                 table: str) -> dict[int, tuple[tuple[str, Any], ...]]:
        """Each project's (label, value) rows of an as-printed table (attributes, money parts), in
        table order. Not logged: it fetches what the rows found print, the log keeps the
        statements that chose them."""
        out: dict[int, list[tuple[str, Any]]] = {}
        for part in _chunks(project_ids):
            for r in self.facts.query(
                    f"SELECT project_id, label, {column} AS value FROM {table} WHERE project_id IN"
                    f" ({_marks(part)}) ORDER BY project_id, seq", part):
                out.setdefault(r["project_id"], []).append((r["label"], r["value"]))
        return {k: tuple(v) for k, v in out.items()}

    def rows(self, projects: Filter | None = None, rows: Filter | None = None) -> list[IndicatorRow]:
        """Indicator rows meeting a row filter, of projects meeting a project filter."""
        psql, pparams = self._project_sql(projects)
        rsql, rparams = self._row_sql(rows)
        found = self._run(
            f"""SELECT {_ROW_COLUMNS} FROM indicators i JOIN projects p ON p.id = i.project_id
                JOIN sources s ON s.id = p.source_id WHERE ({psql}) AND ({rsql})
                ORDER BY s.id, p.seq, i.row_no""", pparams + rparams)
        return [_indicator(r) for r in found]

    def spending(self, project_ids: list[int] | tuple[int, ...]) -> dict[int, tuple[PlanPoint, ...]]:
        """Each project's spending plan, by month."""
        out: dict[int, list[PlanPoint]] = {}
        for part in _chunks(list(project_ids)):
            for r in self._run(
                    f"SELECT project_id, period, month, percent_text FROM spending_plan WHERE"
                    f" project_id IN ({_marks(part)}) ORDER BY project_id, month", part):
                out.setdefault(r["project_id"], []).append(PlanPoint(
                    r["project_id"], r["period"], r["month"], _dec(r["percent_text"])))
        return {k: tuple(v) for k, v in out.items()}

    # -- policy references -------------------------------------------------------------------

    def refs_matching(self, pattern: RefPattern) -> list[PolicyRef]:
        """Stored policy documents a (possibly partial) reference names."""
        sql, params = "SELECT id, issuer, year, number FROM policy_refs WHERE 1=1", []
        for column in ("number", "year"):
            if getattr(pattern, column) is not None:
                sql += f" AND {column} = ?"
                params.append(getattr(pattern, column))
        return [ref for ref in (_policy_ref(r) for r in self._run(sql, params)) if pattern.matches(ref)]

    def uses(self, project_ids: list[int] | tuple[int, ...] | None = None,
             refs: list[PolicyRef] | None = None) -> list[RefUse]:
        """Where documents are cited: by these projects, and/or of these documents."""
        where, params = ["1=1"], []
        if project_ids is not None:
            where.append(f"l.project_id IN ({_marks(project_ids) or 'NULL'})")
            params += list(project_ids)
        if refs is not None:
            where.append(f"r.canonical IN ({_marks(refs) or 'NULL'})")
            params += [r.canonical for r in refs]
        rows = self._run(
            f"""SELECT r.id AS ref_id, r.canonical, l.field, l.raw, p.id AS project_id, p.code,
                       p.name, p.seq, s.label AS source, l.indicator_id, i.row_no, i.level3,
                       i.value_raw, i.basis
                FROM ref_links l JOIN policy_refs r ON r.id = l.ref_id
                JOIN projects p ON p.id = l.project_id JOIN sources s ON s.id = p.source_id
                LEFT JOIN indicators i ON i.id = l.indicator_id
                WHERE {' AND '.join(where)} ORDER BY r.canonical, s.id, p.seq, i.row_no""", params)
        return [RefUse(**r) for r in rows]

    # -- the catalog the planner matches names against ----------------------------------------

    def catalog_projects(self) -> list[dict[str, Any]]:
        return self._run(
            """SELECT p.id, p.code, p.name, p.department, p.implementer, p.year, p.seq, p.unit,
                      p.budget_fen, p.fiscal_fen, p.other_fen, p.use_text, p.goal, s.label AS source
               FROM projects p JOIN sources s ON s.id = p.source_id
               ORDER BY p.source_id, p.seq""")

    def attribute_values(self) -> list[tuple[int, str, str]]:
        """(project id, label, value) of every stored attribute (项目属性 新增项目 …), by project."""
        return [(r["project_id"], r["label"], r["value"]) for r in self._run(
            "SELECT project_id, label, value FROM project_attributes ORDER BY project_id, seq")]

    def money_parts(self) -> list[tuple[int, str, int]]:
        """(project id, label, 分) of every stored part of a budget (本级财政, 上级补助 …), by project."""
        return [(r["project_id"], r["label"], r["fen"]) for r in self._run(
            "SELECT project_id, label, fen FROM project_money_parts ORDER BY project_id, seq")]

    def part_labels(self) -> list[str]:
        """The names of the money parts stored (本级财政, 上级补助, 一般公共预算 …), the most printed
        first, then by name."""
        rows = self._run("SELECT label, COUNT(*) AS n FROM project_money_parts GROUP BY label")
        # Ties by code point, in Python: PostgreSQL would order the names by its collation
        return [r["label"] for r in sorted(rows, key=lambda r: (-r["n"], r["label"]))]

    def catalog_rows(self) -> list[dict[str, Any]]:
        return self._run("SELECT id, project_id, level1, level2, level3, description, unit, number FROM"
                         " indicators ORDER BY project_id, row_no")

    def basis_texts(self, like: str) -> list[str]:
        """Distinct 指标值确定依据 cells containing a text («《» for titles of laws and plans)."""
        return [r["basis"] for r in self._run(
            "SELECT DISTINCT basis FROM indicators WHERE basis LIKE ? ESCAPE '\\'",
            (f"%{escape_like(like)}%",))]

    def departments(self) -> list[str]:
        return sorted({r["department"] for r in self._run(
            "SELECT DISTINCT department FROM sources UNION SELECT DISTINCT department FROM projects")
            if r["department"]})

    def years(self) -> list[int]:
        return sorted(r["year"] for r in self._run(
            "SELECT DISTINCT year FROM sources WHERE year IS NOT NULL"))

    def money_units(self, project_ids: list[int] | tuple[int, ...] | None = None) -> list[str]:
        """The money units the tables are written in (most projects first)."""
        where, params = "", []
        if project_ids is not None:
            where, params = f"WHERE id IN ({_marks(project_ids) or 'NULL'})", list(project_ids)
        rows = self._run(f"SELECT unit, COUNT(*) AS n FROM projects {where} GROUP BY unit"
                         " ORDER BY n DESC, unit", params)
        return [r["unit"] for r in rows]

    # -- prose ---------------------------------------------------------------------------

    def passages(self, chunk_ids: list[str]) -> list[Passage]:
        """Retrieval chunks with their section paths, in the order given."""
        by_id: dict[str, Passage] = {}
        for part in _chunks(chunk_ids):
            for r in self._run(
                    f"""SELECT c.id AS chunk_id, c.kind, c.section_id, c.project_id,
                               c.indicator_id, s.label AS source, c.source_id, x.path,
                               COALESCE(x.text, c.text) AS text
                        FROM chunks c JOIN sources s ON s.id = c.source_id
                        LEFT JOIN sections x ON x.id = c.section_id
                        WHERE c.id IN ({_marks(part)})""", part):
                by_id[r["chunk_id"]] = _passage(r)
        return [by_id[c] for c in chunk_ids if c in by_id]

    def siblings(self, section_id: int) -> list[Passage]:
        """Every paragraph under the same heading path as this one, in document order."""
        rows = self._run(
            """SELECT NULL AS chunk_id, 'section' AS kind, x.id AS section_id, NULL AS project_id,
                      NULL AS indicator_id, s.label AS source, x.source_id, x.path, x.text
               FROM sections x JOIN sections y ON y.source_id = x.source_id AND y.path = x.path
               JOIN sources s ON s.id = x.source_id WHERE y.id = ? ORDER BY x.seq""",
            [section_id])
        return [_passage(r) for r in rows]

    def sections_under(self, words: str, source_ids: tuple[int, ...] | None = None) -> list[Passage]:
        """Paragraphs whose heading path contains a word (分项目标, 保障措施 …)."""
        where, params = "x.path LIKE ? ESCAPE '\\'", [f"%{escape_like(words)}%"]
        if source_ids:
            where += f" AND x.source_id IN ({_marks(source_ids)})"
            params += list(source_ids)
        rows = self._run(
            f"""SELECT NULL AS chunk_id, 'section' AS kind, x.id AS section_id, NULL AS project_id,
                       NULL AS indicator_id, s.label AS source, x.source_id, x.path, x.text
                FROM sections x JOIN sources s ON s.id = x.source_id WHERE {where}
                ORDER BY x.source_id, x.seq""", params)
        return [_passage(r) for r in rows]

    def sections_containing(self, words: str, limit: int = 3) -> list[Passage]:
        """Paragraphs whose text holds these words, in document order."""
        rows = self._run(
            f"""SELECT NULL AS chunk_id, 'section' AS kind, x.id AS section_id, NULL AS project_id,
                       NULL AS indicator_id, s.label AS source, x.source_id, x.path, x.text
                FROM sections x JOIN sources s ON s.id = x.source_id
                WHERE x.text LIKE ? ESCAPE '\\' ORDER BY x.source_id, x.seq LIMIT {int(limit)}""",
            [f"%{escape_like(words)}%"])
        return [_passage(r) for r in rows]

    def chunk_ids(self, kinds: tuple[str, ...] | None, sources: tuple[int, ...] | None) -> set[str]:
        where, params = ["1=1"], []
        for column, values in (("kind", kinds), ("source_id", sources)):
            if values:
                where.append(f"{column} IN ({_marks(values)})")
                params += list(values)
        return {r["id"] for r in self._run(f"SELECT id FROM chunks WHERE {' AND '.join(where)}",
                                           params)}

    def chunk_codes(self, chunk_ids: list[str]) -> dict[str, str]:
        """The 项目编码 each retrieval chunk belongs to (prose chunks belong to none)."""
        out: dict[str, str] = {}
        for part in _chunks(chunk_ids):
            for r in self._run(f"""SELECT c.id, p.code FROM chunks c JOIN projects p
                                   ON p.id = c.project_id WHERE c.id IN ({_marks(part)})""", part):
                out[r["id"]] = r["code"]
        return out

    def source_ids(self, project_ids: tuple[int, ...]) -> tuple[int, ...]:
        rows = self._run(f"SELECT DISTINCT source_id FROM projects WHERE id IN"
                         f" ({_marks(project_ids) or 'NULL'}) ORDER BY source_id", project_ids)
        return tuple(r["source_id"] for r in rows)

    # -- overview ------------------------------------------------------------------------

    def totals_by_department(self) -> list[DepartmentTotals]:
        """Per department and year: files, projects, indicator rows and total budget."""
        sources = self._run("SELECT id, name, department, year FROM sources ORDER BY year DESC,"
                            " department, id")
        projects = self._run(
            """SELECT p.source_id, COUNT(*) AS n, SUM(p.budget_fen) AS fen, MIN(p.unit) AS unit,
                      MAX(p.unit) AS unit_max FROM projects p GROUP BY p.source_id""")
        rows = self._run("""SELECT p.source_id, COUNT(*) AS n FROM indicators i
                            JOIN projects p ON p.id = i.project_id GROUP BY p.source_id""")
        per_source = {r["source_id"]: r for r in projects}
        rows_of = {r["source_id"]: r["n"] for r in rows}
        grouped: dict[tuple[str, int | None], dict[str, Any]] = {}
        for s in sources:
            g = grouped.setdefault((s["department"], s["year"]), {
                "sources": [], "projects": 0, "indicators": 0, "fen": 0, "units": set()})
            g["sources"].append(s["name"])
            p = per_source.get(s["id"])
            if p:
                g["projects"] += p["n"]
                g["fen"] += p["fen"] or 0
                g["units"] |= {p["unit"], p["unit_max"]}
            g["indicators"] += rows_of.get(s["id"], 0)
        return [DepartmentTotals(d, y, tuple(g["sources"]), g["projects"], g["indicators"],
                                 g["fen"], tuple(sorted(u for u in g["units"] if u)))
                for (d, y), g in grouped.items()]

    def headline_sections(self, department: str, year: int | None, limit: int = 2) -> list[str]:
        """The first 总体目标 paragraphs of a department's documents."""
        year_sql = "s.year = ?" if year is not None else "s.year IS NULL"
        params: list[Any] = [department] + ([year] if year is not None else [])
        rows = self._run(
            f"""SELECT x.text FROM sections x JOIN sources s ON s.id = x.source_id
                WHERE s.department = ? AND {year_sql} AND x.path LIKE '%总体%'
                ORDER BY x.source_id, x.seq LIMIT {int(limit)}""", params)
        return [r["text"] for r in rows]

    # -- SQL for filters -----------------------------------------------------------------

    def _project_sql(self, f: Filter | None) -> tuple[str, list[Any]]:
        if f is None:
            return "1=1", []
        if isinstance(f, AllOf):
            return self._join(f.parts, " AND ", self._project_sql)
        if isinstance(f, AnyOf):
            return self._join(f.parts, " OR ", self._project_sql)
        if isinstance(f, Not):
            inner, params = self._project_sql(f.part)
            return f"NOT COALESCE(({inner}), 1=0)", params
        if isinstance(f, ProjectIds):
            return (f"p.id IN ({_marks(f.ids)})" if f.ids else "0=1"), list(f.ids)
        if isinstance(f, Money):
            column, more = money_sql(f.field)
            cond, params = _compare(column, f.compare, integer=True)
            return cond, [*more, *params]
        if isinstance(f, MoneyShare):
            (part, p_params), (whole, w_params) = money_sql(f.part), money_sql(f.whole)
            c = f.compare
            if c.upper is not None:
                return (f"({part}) * 100 BETWEEN ? * ({whole}) AND ? * ({whole})",
                        [*p_params, float(c.number), *w_params, float(c.upper), *w_params])
            return f"({part}) * 100 {_OPS[c.op]} ? * ({whole})", [*p_params, float(c.number), *w_params]
        if isinstance(f, RowAgainstMoney):
            inner, params = self._row_sql(f.rows)
            return (f"""EXISTS (SELECT 1 FROM indicators i WHERE i.project_id = p.id AND {inner}
                        AND i.base_unit = '元' AND i.norm * 100 {_OPS[f.op]} ({MONEY_COLUMNS[f.money]}))""",
                    params)
        if isinstance(f, SameMoney):
            column = MONEY_COLUMNS[f.field].replace("p.", "q.")
            return (f"{MONEY_COLUMNS[f.field]} IN (SELECT {column} FROM projects q WHERE {column}"
                    f" IS NOT NULL GROUP BY {column} HAVING COUNT(*) > 1)"), []
        if isinstance(f, NameHas):
            pattern = escape_like(f.text) + "%"
            return "p.name LIKE ? ESCAPE '\\'", [pattern if f.start else "%" + pattern]
        if isinstance(f, Implementer):
            return "p.implementer LIKE ? ESCAPE '\\'", [f"%{escape_like(f.words)}%"]
        if isinstance(f, Attribute):
            where, params = "pa.value LIKE ? ESCAPE '\\'", [f"%{escape_like(f.words)}%"]
            if f.label:
                where, params = f"{where} AND pa.label = ?", [*params, f.label]
            return (f"EXISTS (SELECT 1 FROM project_attributes pa WHERE pa.project_id = p.id"
                    f" AND {where})"), params
        if isinstance(f, Cites):
            ids = self._ref_ids(f.ref)
            where = f"l.ref_id IN ({_marks(ids) or 'NULL'})"
            if f.fields:
                where += f" AND l.field IN ({_marks(f.fields)})"
            return (f"EXISTS (SELECT 1 FROM ref_links l WHERE l.project_id = p.id AND {where})",
                    ids + list(f.fields))
        if isinstance(f, HasRow):
            inner, params = self._row_sql(f.rows)
            return f"EXISTS (SELECT 1 FROM indicators i WHERE i.project_id = p.id AND {inner})", params
        if isinstance(f, RowCount):
            inner, params = self._row_sql(f.rows)
            cond, more = _compare(f"(SELECT COUNT(*) FROM indicators i WHERE i.project_id = p.id"
                                  f" AND {inner})", f.compare)
            return cond, params + more
        if isinstance(f, Spending):
            ids = self._spending_ids(f)
            return (f"p.id IN ({_marks(ids)})" if ids else "0=1"), ids
        if isinstance(f, SpendingBlank):
            return ("EXISTS (SELECT 1 FROM spending_plan sp WHERE sp.project_id = p.id"
                    " AND sp.percent IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM spending_plan sp"
                    " WHERE sp.project_id = p.id AND sp.month = ? AND sp.percent IS NOT NULL)"), [f.month]
        if isinstance(f, HasOther):
            other = f"COALESCE({MONEY_COLUMNS['other']}, 0)"
            return (f"{other} > 0" if f.present else f"{other} = 0"), []
        if isinstance(f, MoneyUnit):
            return "p.unit = ?", [f.unit]
        if isinstance(f, HasPlan):
            has = ("EXISTS (SELECT 1 FROM spending_plan sp WHERE sp.project_id = p.id"
                   " AND sp.percent IS NOT NULL)")
            return (has if f.present else f"NOT {has}"), []
        if isinstance(f, InScope):
            parts, params = [], []
            if f.departments:
                parts.append(f"p.department IN ({_marks(f.departments)})")
                params += list(f.departments)
            if f.years:
                parts.append(f"p.year IN ({_marks(f.years)})")
                params += list(f.years)
            return (" AND ".join(parts) or "1=1"), params
        # A row condition on its own: projects having such a row.
        return self._project_sql(HasRow(f))

    def _row_sql(self, f: Filter | None) -> tuple[str, list[Any]]:
        if f is None:
            return "1=1", []
        if isinstance(f, AllOf):
            return self._join(f.parts, " AND ", self._row_sql)
        if isinstance(f, AnyOf):
            return self._join(f.parts, " OR ", self._row_sql)
        if isinstance(f, Not):
            inner, params = self._row_sql(f.part)
            return f"NOT COALESCE(({inner}), 1=0)", params
        if isinstance(f, RowKind):
            parts, params = [], []
            for column, value in (("i.level1", f.level1), ("i.level2", f.level2)):
                if value:
                    parts.append(f"{column} LIKE ? ESCAPE '\\'")
                    params.append(f"%{escape_like(value)}%")
            if f.words:
                parts.append("(i.level1 LIKE ? ESCAPE '\\' OR i.level2 LIKE ? ESCAPE '\\' OR"
                             " i.level3 LIKE ? ESCAPE '\\')")
                params += [f"%{escape_like(f.words)}%"] * 3
            return " AND ".join(parts) or "1=1", params
        if isinstance(f, RowValue):
            parts, params = ["i.norm IS NOT NULL"], []
            if f.base_unit is not None:
                parts.append("i.base_unit = ?")
                params.append(f.base_unit)
            cond, more = _compare("i.norm", f.compare)
            parts.append(cond)
            params += more
            if f.sign:
                parts.append("i.comparator = ?")
                params.append(f.sign)
            return " AND ".join(parts), params
        if isinstance(f, RowWritten):
            return _WRITTEN[f.kind], []
        if isinstance(f, RowUnit):  # as written, or in that base unit («多少万页» of «≥120万页»)
            return "(i.unit = ? OR i.base_unit = ?)", [f.unit, f.unit]
        if isinstance(f, RowValueText):
            return "i.value_raw LIKE ? ESCAPE '\\'", [f"%{escape_like(f.text)}%"]
        if isinstance(f, RowPer):
            pers = _PER_WORDS.get(f.per, (f.per,))
            likes = [f"%/{escape_like(p)}%" for p in pers]
            likes += [f"%{w}%" for p in pers for w in (f"每{escape_like(p)}", f"{escape_like(p)}均")]
            columns = ["i.unit"] * len(pers) + ["i.level3"] * (2 * len(pers)) + \
                ["i.description"] * (2 * len(pers))
            likes_all = likes[:len(pers)] + likes[len(pers):] + likes[len(pers):]
            sql = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns)
            return f"({sql})", likes_all
        if isinstance(f, RowBasis):
            if f.exact:
                return "TRIM(i.basis) = ?", [f.text]
            if f.sole:  # «只写了工作计划»: that and nothing else
                return ("i.basis LIKE ? ESCAPE '\\'" + "".join(
                    f" AND i.basis NOT LIKE '%{sep}%'" for sep in ("、", "，", ",", "；", ";", "号", "和", "及"))
                        ), [f"%{escape_like(f.text)}%"]
            return "i.basis LIKE ? ESCAPE '\\'", [f"%{escape_like(f.text)}%"]
        if isinstance(f, RowCites):
            ids = self._ref_ids(f.ref)
            return (f"EXISTS (SELECT 1 FROM ref_links l WHERE l.indicator_id = i.id AND l.ref_id"
                    f" IN ({_marks(ids) or 'NULL'}))", ids)
        if isinstance(f, RowDeadline):
            return f"i.deadline {_OPS[f.op]} ?", [f.when.isoformat()]
        if isinstance(f, RowIds):
            return (f"i.id IN ({_marks(f.ids)})" if f.ids else "0=1"), list(f.ids)
        raise TypeError(f"not a row condition: {f!r}")

    def _spending_ids(self, f: Spending) -> list[int]:
        """Projects whose plan meets the condition under the one spending-plan convention
        (ingest.consistency: cumulative, empty after 100% is 100%, per-quarter shares summed)."""
        plans: dict[int, list[SpendingPoint]] = {}
        for r in self._run("SELECT project_id, period, month, percent_text FROM spending_plan"):
            plans.setdefault(r["project_id"], []).append(
                SpendingPoint(r["period"], r["month"], _dec(r["percent_text"])))
        budgets = {r["id"]: r["budget_fen"] for r in self._run("SELECT id, budget_fen FROM projects")} \
            if f.amount else {}
        c = f.compare
        out = []
        for pid, points in plans.items():
            value = cumulative_percent(points, f.month)
            before = cumulative_percent(points, f.month_from) if f.month_from else Decimal(0)
            if value is None or before is None:
                continue
            value -= before
            if f.amount:
                if budgets.get(pid) is None:
                    continue
                value = Decimal(budgets[pid]) * value / 100  # in 分, as the bound
                # percentages are stored to two places: an amount within that rounding of a bound
                # is the bound («40.005万» from 26.67% of 150万 is the 40万 the table planned)
                slack = Decimal(budgets[pid]) / 10000
                for bound in (c.number, c.upper):
                    if bound is not None and abs(value - bound) <= slack:
                        value = bound
            if holds(value, c.op, c.number, c.upper):
                out.append(pid)
        return out

    def _join(self, parts, glue: str, compile_one) -> tuple[str, list[Any]]:
        sqls, params = [], []
        for part in parts:
            sql, more = compile_one(part)
            sqls.append(f"({sql})")
            params += more
        # parenthesised whole: «i.project_id = p.id AND (a) OR (b)» would match any project's (b)
        return f"({glue.join(sqls)})" if sqls else "1=1", params

    def _ref_ids(self, pattern: RefPattern) -> list[int]:
        where, params = ("number = ?", [pattern.number]) if pattern.number is not None else ("1=1", [])
        rows = self._run(f"SELECT id, issuer, year, number FROM policy_refs WHERE {where}", params)
        return [r["id"] for r in rows
                if pattern.matches(_policy_ref(r))]

    def ref_numbers(self) -> set[int]:
        """The numbers of the stored policy documents (for «182号那两个»)."""
        return {r["number"] for r in self._run("SELECT DISTINCT number FROM policy_refs")}

    def issuers(self) -> list[str]:
        """The issuers of the stored policy documents (冀人社规, 冀发改投资 …)."""
        return sorted({r["issuer"] for r in self._run("SELECT DISTINCT issuer FROM policy_refs")})


def _policy_ref(r) -> PolicyRef:
    """A stored policy document; year 0 is an order numbered without one («水利部令第50号»)."""
    return PolicyRef(r["issuer"], r["year"] or None, r["number"])


def escape_like(text: str) -> str:
    """Quoted text in a LIKE pattern matches itself: % and _ are not wildcards."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _compare(column: str, c: Compare, integer: bool = False) -> tuple[str, list[Any]]:
    cast = (lambda d: int(d)) if integer else (lambda d: float(d))
    if c.upper is not None:
        return f"{column} BETWEEN ? AND ?", [cast(c.number), cast(c.upper)]
    return f"{column} {_OPS[c.op]} ?", [cast(c.number)]


def _dec(text: Any) -> Decimal | None:
    return None if text in (None, "") else Decimal(str(text))


def _project(r: dict[str, Any]) -> ProjectRow:
    return ProjectRow(
        id=r["id"], source_id=r["source_id"], code=r["code"], name=r["name"], seq=r["seq"],
        unit=r["unit"], budget=_dec(r["budget"]), fiscal=_dec(r["fiscal"]), other=_dec(r["other"]),
        budget_fen=r["budget_fen"], fiscal_fen=r["fiscal_fen"], other_fen=r["other_fen"],
        use=r["use_text"], goal=r["goal"], department=r["department"], year=r["year"],
        source=r["source"], page=r.get("page"), sheet=r.get("sheet"), ocr=bool(r.get("ocr")),
        implementer=r["implementer"])


def _indicator(r: dict[str, Any]) -> IndicatorRow:
    return IndicatorRow(
        id=r["id"], project_id=r["project_id"], row_no=r["row_no"], level1=r["level1"],
        level2=r["level2"], level3=r["level3"], description=r["description"],
        value_raw=r["value_raw"], comparator=r["comparator"], number=_dec(r["number"]),
        unit=r["unit"], norm=_dec(r["norm_text"]), base_unit=r["base_unit"],
        deadline=date.fromisoformat(r["deadline"]) if r["deadline"] else None, basis=r["basis"],
        code=r["code"], name=r["name"], seq=r["seq"], department=r["department"], year=r["year"],
        source=r["source"], page=r.get("page"), sheet=r.get("sheet"),
        sheet_row=r.get("sheet_row"), ocr=bool(r.get("ocr")), nature=r.get("nature") or "",
        weight=_dec(r.get("weight")))


def _passage(r: dict[str, Any]) -> Passage:
    path = tuple(json.loads(r["path"])) if r["path"] else ()
    return Passage(r["chunk_id"], r["kind"], r["section_id"], r["project_id"], r["indicator_id"],
                   r["source"], r["source_id"], path, r["text"])
