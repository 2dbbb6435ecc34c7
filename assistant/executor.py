"""Run a plan: SQL over every row of the facts store; retrieval only to rank rows and passages."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from assistant.catalog import Catalog
from assistant.planner import Plan
from ingest.policy_refs import refs_match
from ingest.records import PolicyRef
from ingest.values import base_unit_of
from store.facts import FactStore, to_fen

# Indicator rows kept for a lookup: those scoring at least this share of the best row.
ROW_KEEP_RATIO = 0.8
ROW_MIN_SCORE = 2.0
_SQL_OPS = {">=": ">=", "<=": "<=", ">": ">", "<": "<", "=": "="}
# How a target is written, as conditions on the parsed 指标值.
_VALUE_KIND_SQL = {
    "percent": "i.unit = '%'",
    "people": "i.base_unit IN ('人', '人次')",
    "money": "i.base_unit = '元'",
    "date": "i.deadline IS NOT NULL",
    "ceiling": "i.comparator IN ('<=', '<')",
    "floor": "i.comparator IN ('>=', '>')",
    "qualitative": "(i.num IS NULL AND i.deadline IS NULL)",
}

_PROJECT_COLUMNS = """p.id, p.code, p.name, p.seq, p.unit, p.budget, p.fiscal, p.other,
    p.budget_fen, p.fiscal_fen, p.other_fen, p.use_text, p.goal, p.department, p.year,
    s.label AS source"""
_ROW_COLUMNS = """i.id AS row_id, i.row_no, i.level1, i.level2, i.level3, i.description,
    i.value_raw, i.comparator, i.num, i.unit AS value_unit, i.norm, i.base_unit, i.deadline,
    i.basis, p.id AS project_id, p.code, p.name, p.seq, s.label AS source"""


@dataclass
class Result:
    """What a plan found: project rows, indicator rows, passages, a computed value, the SQL."""

    plan: Plan
    projects: list[dict[str, Any]] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    passages: list[dict[str, Any]] = field(default_factory=list)
    findings: list[Any] = field(default_factory=list)
    refs: list[dict[str, Any]] = field(default_factory=list)
    bases: dict[int, list[str]] = field(default_factory=dict)  # project id → 指标值确定依据 as written
    value: Decimal | None = None
    unit: str | None = None
    sql: list[str] = field(default_factory=list)


class Executor:
    """Runs plans against one facts store."""

    def __init__(self, facts: FactStore, catalog: Catalog):
        self.facts = facts
        self.catalog = catalog

    def query(self, result: Result, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        result.sql.append(" ".join(sql.split()))
        return self.facts.query(sql, params)

    # -- scope ---------------------------------------------------------------------------

    def scope_ids(self, plan: Plan, result: Result) -> list[int] | None:
        """The project ids a plan is limited to (by anchor and by policy reference)."""
        ids = set(plan.project_ids) if plan.project_ids is not None else None
        if plan.ref is not None:
            cited = self.cited_by(plan.ref, plan.ref_fields, result)
            ids = cited if ids is None else ids & cited
        return None if ids is None else sorted(ids)

    def cited_by(self, ref: PolicyRef, fields: tuple[str, ...], result: Result) -> set[int]:
        rows = self.query(
            result,
            "SELECT DISTINCT l.project_id, l.field, r.issuer, r.year, r.number FROM ref_links l"
            " JOIN policy_refs r ON r.id = l.ref_id WHERE r.year = ? AND r.number = ?",
            [ref.year, ref.number])
        return {r["project_id"] for r in rows
                if refs_match(ref, PolicyRef(r["issuer"], r["year"], r["number"]))
                and (not fields or r["field"] in fields)}

    # -- projects ------------------------------------------------------------------------

    def project_where(self, plan: Plan, result: Result) -> tuple[str, list[Any]]:
        """The WHERE clause selecting a plan's projects: scope, name, money and spending filters,
        and — for «满意度90%的那些项目» — having indicator rows that match."""
        where, params = self._project_conditions(plan, result)
        if plan.having_rows:
            conditions, more = self._indicator_conditions(plan)
            where.append(f"p.id IN (SELECT i.project_id FROM indicators i WHERE "
                         f"{' AND '.join(conditions)})")
            params += more
        return " AND ".join(where), params

    def _project_conditions(self, plan: Plan, result: Result) -> tuple[list[str], list[Any]]:
        where, params = ["1=1"], []
        ids = self.scope_ids(plan, result)
        if ids is not None:
            where.append(f"p.id IN ({','.join('?' * len(ids))})" if ids else "0=1")
            params += ids
        if plan.name_contains:
            where.append("p.name LIKE ?")
            params.append(f"%{plan.name_contains}%")
        money = [(plan.budget_threshold, plan.budget_target)]
        if plan.target in ("budget", "fiscal", "other"):
            money.append((plan.threshold, plan.target))
        for threshold, target in money:
            if threshold is None:
                continue
            column = f"p.{target}_fen"
            unit = threshold.unit or self.money_unit()
            if threshold.comparator == "between":
                where.append(f"{column} BETWEEN ? AND ?")
                params += [to_fen(threshold.number, unit), to_fen(threshold.upper, unit)]
            else:
                where.append(f"{column} {_SQL_OPS[threshold.comparator]} ?")
                params.append(to_fen(threshold.number, unit))
        if plan.other_money is not None:
            where.append("COALESCE(p.other_fen, 0) > 0" if plan.other_money
                         else "COALESCE(p.other_fen, 0) = 0")
        if plan.has_plan is not None:
            having = "p.id IN (SELECT project_id FROM spending_plan WHERE percent IS NOT NULL)"
            where.append(having if plan.has_plan else f"NOT {having}")
        if plan.target == "spending" and plan.threshold is not None:
            op = _SQL_OPS.get(plan.threshold.comparator, ">=")
            # Cumulative plan: a period left empty after 100% still counts as spent.
            where.append(
                f"""p.id IN (SELECT project_id FROM spending_plan WHERE month <= ?
                     AND percent IS NOT NULL GROUP BY project_id HAVING MAX(percent) {op} ?)""")
            params += [plan.period or 12, float(plan.threshold.number)]
        return where, params

    def projects(self, plan: Plan, result: Result, order: str = "s.id, p.seq",
                 limit: int | None = None, offset: int = 0) -> list[dict]:
        where, params = self.project_where(plan, result)
        tail = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""
        return self.query(
            result,
            f"""SELECT {_PROJECT_COLUMNS} FROM projects p JOIN sources s ON s.id = p.source_id
                WHERE {where} ORDER BY {order}{tail}""", params)

    def aggregate(self, plan: Plan, result: Result, expression: str) -> dict[str, Any]:
        """One row of SQL aggregates over a plan's projects, e.g. SUM(p.budget_fen)."""
        where, params = self.project_where(plan, result)
        return self.query(
            result,
            f"""SELECT {expression}, COUNT(*) AS n, MIN(p.unit) AS unit, MAX(p.unit) AS unit_max
                FROM projects p JOIN sources s ON s.id = p.source_id WHERE {where}""",
            params)[0]

    def money_unit(self) -> str:
        units = self.facts.query("SELECT DISTINCT unit FROM projects")
        return units[0]["unit"] if len(units) == 1 else "万元"

    def spending_plans(self, project_ids: list[int]) -> dict[int, list[dict]]:
        if not project_ids:
            return {}
        rows = self.facts.query(
            f"SELECT * FROM spending_plan WHERE project_id IN ({','.join('?' * len(project_ids))})"
            " ORDER BY month", project_ids)
        out: dict[int, list[dict]] = {}
        for r in rows:
            out.setdefault(r["project_id"], []).append(r)
        return out

    # -- indicator rows ------------------------------------------------------------------

    def rows(self, plan: Plan, result: Result, row_ids: list[int] | None = None) -> list[dict]:
        """Indicator rows of the plan's projects that meet its indicator filters."""
        where, params = self._project_conditions(replace(plan, target="indicator"), result)
        if row_ids is None and plan.row_ids is not None:
            row_ids = list(plan.row_ids)
        if row_ids is not None:
            where.append(f"i.id IN ({','.join('?' * len(row_ids))})" if row_ids else "0=1")
            params += row_ids
        conditions, more = self._indicator_conditions(plan)
        return self.query(
            result,
            f"""SELECT {_ROW_COLUMNS} FROM indicators i JOIN projects p ON p.id = i.project_id
                JOIN sources s ON s.id = p.source_id WHERE {' AND '.join(where + conditions)}
                ORDER BY s.id, p.seq, i.row_no""", params + more)

    def _indicator_conditions(self, plan: Plan) -> tuple[list[str], list[Any]]:
        """Conditions on an indicator row `i`: categories, topic, basis, how and what it states."""
        where: list[str] = ["1=1"]
        params: list[Any] = []
        if plan.value_unit:
            where.append("i.unit = ?")
            params.append(plan.value_unit)
        if plan.value_kind:
            condition = _VALUE_KIND_SQL[plan.value_kind]
            where.append(f"NOT COALESCE({condition}, 0)" if plan.value_kind_negated else condition)
        for column, value in (("i.level1", plan.level1), ("i.level2", plan.level2)):
            if value:
                where.append(f"{column} LIKE ?")
                params.append(f"%{value}%")
        if plan.indicator_topic:
            where.append("(i.level1 LIKE ? OR i.level2 LIKE ? OR i.level3 LIKE ?)")
            params += [f"%{plan.indicator_topic}%"] * 3
        if plan.basis_equals:
            where.append("TRIM(i.basis) = ?")
            params.append(plan.basis_equals)
        if plan.basis_contains:
            where.append("i.basis LIKE ?")
            params.append(f"%{plan.basis_contains}%")
        if plan.threshold is not None and plan.target == "indicator":
            where.append(self._value_condition(plan, params))
        if plan.deadline is not None:
            where.append(f"i.deadline {_SQL_OPS[plan.deadline[0]]} ?")
            params.append(plan.deadline[1])
        return where, params

    def _value_condition(self, plan: Plan, params: list[Any]) -> str:
        """Compare normalised numbers where units allow (不少于500人 includes ≥50万人)."""
        t = plan.threshold
        assert t is not None
        base, factor = base_unit_of(t.unit) if t.unit else (None, Decimal(1))
        if t.unit == "%":
            column, unit_cond = "i.num", "i.unit = '%'"
            scale = Decimal(1)
        elif base:
            column, unit_cond, scale = "i.norm", "i.base_unit = ?", factor
            params.append(base)
        elif t.unit:
            column, unit_cond, scale = "i.num", "i.unit = ?", Decimal(1)
            params.append(t.unit)
        else:
            column, unit_cond, scale = "i.num", "1=1", Decimal(1)
        if t.comparator == "between":
            params += [float(t.number * scale), float((t.upper or t.number) * scale)]
            return f"({unit_cond} AND {column} BETWEEN ? AND ?)"
        if t.literal:  # the target as written: same sign, same number
            params += [t.comparator, float(t.number * scale)]
            return f"({unit_cond} AND i.comparator = ? AND {column} = ?)"
        params.append(float(t.number * scale))
        return f"({unit_cond} AND {column} {_SQL_OPS[t.comparator]} ?)"

    def ranked_rows(self, plan: Plan, result: Result) -> list[dict]:
        """Rows for a lookup: ranked by BM25 over name and description, the close runners-up kept."""
        ids = self.scope_ids(plan, result)
        hits = self.catalog.search_rows(plan.row_query or "", set(ids) if ids is not None else None)
        if not hits or hits[0][1] < ROW_MIN_SCORE:
            return []
        result.sql.append(f"BM25(indicators.level3 + description) ≈ «{plan.row_query}»")
        top = hits[0][1]
        if plan.value_kind or plan.value_unit:  # «什么时候», «多少人»: prefer rows stated so
            close = [(h, s) for h, s in hits if s >= ROW_KEEP_RATIO * top]
            fitting = {r["row_id"] for r in self.rows(plan, result, [h.id for h, _ in close])}
            if fitting:
                hits = [(h, s) for h, s in close if h.id in fitting]
                top = hits[0][1]
        keep = [h.id for h, score in hits if score >= ROW_KEEP_RATIO * top]
        loose = replace(plan, value_kind=None, value_unit=None)
        by_id = {r["row_id"]: r for r in self.rows(loose, result, keep)}
        return [by_id[i] for i in keep if i in by_id]

    # -- policy references ---------------------------------------------------------------

    def refs_of(self, project_ids: list[int], result: Result) -> list[dict]:
        if not project_ids:
            return []
        return self.query(
            result,
            f"""SELECT r.canonical, l.field, p.id AS project_id, p.code, p.name, p.seq,
                    s.label AS source, i.row_no, i.level3, l.raw
                FROM ref_links l JOIN policy_refs r ON r.id = l.ref_id
                JOIN projects p ON p.id = l.project_id JOIN sources s ON s.id = p.source_id
                LEFT JOIN indicators i ON i.id = l.indicator_id
                WHERE p.id IN ({','.join('?' * len(project_ids))})
                ORDER BY p.seq, i.row_no""", project_ids)

    def bases_of(self, project_ids: list[int], result: Result) -> dict[int, list[str]]:
        """Each project's distinct 指标值确定依据 texts, in row order."""
        if not project_ids:
            return {}
        rows = self.query(
            result,
            f"""SELECT project_id, basis FROM indicators WHERE project_id IN
                ({','.join('?' * len(project_ids))}) ORDER BY project_id, row_no""", project_ids)
        out: dict[int, list[str]] = {}
        for r in rows:
            if r["basis"] and r["basis"] not in out.setdefault(r["project_id"], []):
                out[r["project_id"]].append(r["basis"])
        return out

    def ref_index(self, result: Result) -> list[dict]:
        return self.query(
            result,
            """SELECT r.canonical, COUNT(DISTINCT l.project_id) AS n_projects,
                      COUNT(l.indicator_id) AS n_rows
               FROM policy_refs r JOIN ref_links l ON l.ref_id = r.id
               GROUP BY r.canonical ORDER BY n_projects DESC, r.canonical""", [])

    # -- prose ---------------------------------------------------------------------------

    def siblings(self, section_id: int) -> list[dict]:
        """Every paragraph under the same heading path as this one, in document order."""
        rows = self.facts.query(
            """SELECT x.id AS section_id, x.path, x.text, s.label AS source, 'section' AS kind,
                      NULL AS chunk_id
               FROM sections x JOIN sections y ON y.source_id = x.source_id AND y.path = x.path
               JOIN sources s ON s.id = x.source_id WHERE y.id = ? ORDER BY x.seq""", [section_id])
        for row in rows:
            row["path"] = tuple(json.loads(row["path"]))
        return rows

    def sections_for_chunks(self, chunk_ids: list[str]) -> list[dict]:
        if not chunk_ids:
            return []
        rows = self.facts.query(
            f"""SELECT c.id AS chunk_id, c.kind, c.section_id, c.project_id, c.indicator_id,
                       x.path, x.text, s.label AS source
                FROM chunks c JOIN sources s ON s.id = c.source_id
                LEFT JOIN sections x ON x.id = c.section_id
                WHERE c.id IN ({','.join('?' * len(chunk_ids))})""", chunk_ids)
        by_id = {r["chunk_id"]: r for r in rows}
        out = []
        for cid in chunk_ids:
            if cid in by_id:
                row = dict(by_id[cid])
                row["path"] = tuple(json.loads(row["path"])) if row["path"] else ()
                out.append(row)
        return out
