"""Question → plan → result → answer."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from decimal import Decimal

from assistant.answer import Answer
from assistant.catalog import Catalog
from assistant.composer import compose
from assistant.conversation import Conversation
from assistant.executor import Executor, Result
from assistant.intents import counts_indicators
from assistant.planner import Plan, plan_question
from assistant.question import strip_filler
from store.facts import from_fen
from store.keywords import coverage
from store.library import Library

# A row lookup must carry this share of the question's words, else the prose is searched too.
ROW_COVERAGE = 0.5
# Below this share of the question's words, no passage answers it: say so.
PASSAGE_MIN_COVERAGE = 0.25
# A second passage is shown when its own words match, or its fused score is close to the first.
PASSAGE_KEEP_RATIO = 0.9


class Engine:
    """Answers questions over one library; holds the catalog snapshot and the retrievers."""

    def __init__(self, library: Library, rewriter: object | None = None):
        self.library = library
        self.rewriter = rewriter
        self.catalog = Catalog(library.facts)
        self.executor = Executor(library.facts, self.catalog)
        self._retrievers: dict[tuple, object] = {}
        self._chunk_texts: dict[str, str] | None = None

    @property
    def chunk_texts(self) -> dict[str, str]:
        if self._chunk_texts is None:
            self._chunk_texts = dict(self.library.facts.chunks())
        return self._chunk_texts

    def answer(self, question: str, conversation: Conversation) -> Answer:
        self.library.forget_queries()
        answer = self._answer(question, conversation)
        if answer.found or self.rewriter is None or answer.plan.get("reason"):
            return answer
        # The rules could not read it: let the chat model restate it, then plan that as usual.
        restated = self.rewriter.rewrite(question, conversation.last_projects)
        if not restated or restated == question:
            return answer
        second = self._answer(restated, conversation)
        if not second.found:
            return answer
        return replace(second, question=question, plan={**second.plan, "restated_as": restated})

    def _answer(self, question: str, conversation: Conversation) -> Answer:
        plan = plan_question(question, self.catalog, conversation)
        plan = replace(plan, notes=(question,) + plan.notes)
        result = self.run(plan)
        if plan.kind == "rows" and not plan.row_ids and not self._rows_cover(question, result):
            scoped = plan.anchor == "scope"
            result = Result(replace(plan, kind="prose",
                                    project_ids=plan.project_ids if scoped else None))
            self._prose(result.plan, result, kinds=None)
        return compose(question, result)

    def _rows_cover(self, question: str, result: Result) -> bool:
        """Do the rows found by a lookup carry most of the question's words? Else it was
        probably not about a table row (a goal or measure in the prose, say)."""
        if not result.rows:
            return False
        r = result.rows[0]
        text = f"{r['name']} {r['level2']} {r['level3']} {r['description']} {r['value_raw']}"
        return coverage(strip_filler(question), text) >= ROW_COVERAGE

    def run(self, plan: Plan) -> Result:
        result = Result(plan)
        ex = self.executor
        kind = plan.kind
        if kind == "not_found":
            return result
        if kind in ("list", "count") and plan.subject == "indicators":
            self._indicator_list(plan, result)
            if kind == "count":
                if plan.negate:
                    result.value, result.unit = Decimal(len(result.projects)), "个"
                elif not counts_indicators(_question_of(plan)):
                    n = len({r["project_id"] for r in result.rows})
                    result.value, result.unit = Decimal(n), "个"
                else:
                    result.value, result.unit = Decimal(len(result.rows)), "条"
        elif kind in ("list", "count", "field"):
            result.projects = ex.projects(plan, result)
            if kind == "count":
                agg = ex.aggregate(plan, result, "COUNT(DISTINCT p.id) AS total")
                result.value, result.unit = Decimal(agg["total"]), "个"
            if kind == "field" and plan.field == "spending_plan":
                plans = ex.spending_plans([p["id"] for p in result.projects])
                for p in result.projects:
                    p["plan"] = plans.get(p["id"], [])
            if kind == "field" and plan.field == "refs":
                result.refs = ex.refs_of([p["id"] for p in result.projects], result)
                result.bases = ex.bases_of([p["id"] for p in result.projects], result)
            if kind == "list" and plan.ref is not None:
                result.refs = [r for r in ex.refs_of([p["id"] for p in result.projects], result)
                               if _cites(r, plan)]
        elif kind == "check":
            self._check(plan, result)
        elif kind == "difference" and plan.subject == "indicators" and not plan.level2:
            rows = self._valued_rows(plan, result)
            units = {(r["base_unit"], r["value_unit"]) for r in rows}
            result.rows = rows
            if len(rows) >= 2 and len(units) == 1:
                values = [Decimal(str(r["num"])) for r in rows]
                result.value, result.unit = (max(values) - min(values)).normalize(), rows[0]["value_unit"]
        elif kind in ("max", "min") and plan.subject == "indicators":
            rows = self._valued_rows(plan, result)
            if rows and plan.limit:
                result.rows = sorted(rows, key=_size, reverse=kind == "max")[: plan.limit]
            elif rows:
                best = (max if kind == "max" else min)(_size(r) for r in rows)
                result.rows = [r for r in rows if _size(r) == best]
        elif kind in ("max", "min") and plan.limit:
            column = f"p.{plan.field or 'budget'}_fen"
            order = "DESC" if kind == "max" else "ASC"
            result.projects = ex.projects(plan, result, order=f"{column} {order}, p.seq",
                                          limit=plan.limit)
        elif kind == "rank":
            # Ranked by distinct amounts: two projects of 10.00 share a place.
            key = f"{plan.field or 'budget'}_fen"
            where, params = ex.project_where(plan, result)
            order = "DESC" if (plan.rank or 1) > 0 else "ASC"
            found = ex.query(
                result,
                f"""SELECT DISTINCT p.{key} AS amount FROM projects p JOIN sources s
                    ON s.id = p.source_id WHERE {where} AND p.{key} IS NOT NULL
                    ORDER BY amount {order} LIMIT 1 OFFSET ?""", params + [abs(plan.rank or 1) - 1])
            if found:
                amount = found[0]["amount"]
                result.projects = [p for p in ex.projects(plan, result) if p[key] == amount]
                self._money_value(result, amount, result.projects[0]["unit"])
        elif kind == "sum" and plan.subject == "indicators":
            result.rows = [r for r in ex.rows(plan, result) if r["base_unit"] == "元"]
            if result.rows:
                total = ex.query(result, "SELECT SUM(norm) AS yuan FROM indicators WHERE id IN ("
                                 + ",".join("?" * len(result.rows)) + ")",
                                 [r["row_id"] for r in result.rows])[0]["yuan"]
                self._money_value(result, int(round(total * 100)), self.executor.money_unit())
        elif kind == "difference" and plan.subject == "indicators":
            self._cost_minus_budget(plan, result)
        elif kind in ("max", "min"):
            column = f"p.{plan.field or 'budget'}_fen"
            agg = ex.aggregate(plan, result, f"{kind.upper()}({column}) AS best")
            if agg["best"] is not None:
                result.projects = [p for p in ex.projects(plan, result)
                                   if p[f"{plan.field or 'budget'}_fen"] == agg["best"]]
                self._money_value(result, agg["best"], agg["unit"])
        elif kind == "sum":
            column = f"p.{plan.field or 'budget'}_fen"
            agg = ex.aggregate(plan, result, f"SUM({column}) AS total")
            result.projects = ex.projects(plan, result)
            if agg["n"]:
                self._money_value(result, agg["total"] or 0, agg["unit"])
        elif kind == "difference":
            column = f"p.{plan.field or 'budget'}_fen"
            result.projects = ex.projects(plan, result, order=f"{column} DESC, p.seq")
            key = f"{plan.field or 'budget'}_fen"
            if len(result.projects) == 2 and all(p[key] is not None for p in result.projects):
                agg = ex.aggregate(plan, result, f"MAX({column}) - MIN({column}) AS diff")
                self._money_value(result, agg["diff"], agg["unit"])
        elif kind == "share":
            agg = ex.aggregate(plan, result, "SUM(p.budget_fen) AS budget, SUM(p.fiscal_fen) AS"
                               " fiscal, SUM(COALESCE(p.other_fen, 0)) AS other")
            result.projects = ex.projects(plan, result)
            result.value = agg  # composed by the share template
        elif kind == "rows":
            result.rows = ex.rows(plan, result) if plan.row_ids else ex.ranked_rows(plan, result)
        elif kind == "refs":
            ids = ex.scope_ids(plan, result) or []
            result.refs = ex.refs_of(ids, result)
            result.projects = ex.projects(plan, result)
        elif kind == "ref_index":
            result.refs = ex.ref_index(result)
        elif kind == "issues":
            self._issues(plan, result)
        elif kind == "prose":
            self._prose(plan, result)
        return result

    def _valued_rows(self, plan: Plan, result: Result) -> list[dict]:
        """Rows with a number: those the filters select, or the best matches of a lookup."""
        if plan.row_query and not plan.row_ids:
            rows = self.executor.ranked_rows(plan, result)
        else:
            rows = self.executor.rows(plan, result)
        return [r for r in rows if r["num"] is not None]

    def _check(self, plan: Plan, result: Result) -> None:
        """«…有没有达到85%？»: the rows, each marked whether it meets the threshold."""
        meeting = {r["row_id"] for r in self.executor.rows(plan, result)}
        result.rows = self.executor.rows(replace(plan, threshold=None), result)
        for r in result.rows:
            r["meets"] = r["row_id"] in meeting

    def _indicator_list(self, plan: Plan, result: Result) -> None:
        """Rows matching the filters; or the projects without such rows; or with N of them."""
        ex = self.executor
        rows = ex.rows(plan, result)
        if plan.per_project is not None:
            counts: dict[int, int] = {}
            for r in rows:
                counts[r["project_id"]] = counts.get(r["project_id"], 0) + 1
            rows = [r for r in rows if counts[r["project_id"]] == plan.per_project]
        if plan.negate:
            having = {r["project_id"] for r in rows}
            result.projects = [p for p in ex.projects(plan, result) if p["id"] not in having]
            return
        result.rows = rows

    def _cost_minus_budget(self, plan: Plan, result: Result) -> None:
        """How far a project's cost indicator is from its budget (cost − budget)."""
        rows = [r for r in self.executor.rows(plan, result) if r["base_unit"] == "元"]
        projects = {r["project_id"] for r in rows}
        if len(projects) != 1:
            result.rows = rows
            return
        result.rows = rows
        result.projects = self.executor.projects(
            replace(plan, project_ids=tuple(projects), threshold=None), result)
        if result.projects[0]["budget_fen"] is None:
            return  # no 预算数 in the table: nothing to subtract
        cost_fen = int(round(sum(r["norm"] for r in rows) * 100))
        self._money_value(result, cost_fen - result.projects[0]["budget_fen"],
                          result.projects[0]["unit"])

    def _money_value(self, result: Result, fen: int, unit: str | None) -> None:
        """A money value from integer 分, in the unit the question asked for, else the table's."""
        unit = result.plan.money_unit or unit or "万元"
        result.value = from_fen(fen, unit)
        result.unit = unit

    def _issues(self, plan: Plan, result: Result) -> None:
        from assistant.checks import run_checks

        ids = self.executor.scope_ids(plan, result)
        projects = self.library.facts.projects()
        codes = None
        if ids is not None:
            codes = {self.catalog.by_id[i].code for i in ids if i in self.catalog.by_id}
        findings = run_checks(projects)
        result.findings = [
            f for f in findings
            if (plan.rule is None or f.rule == plan.rule) and (codes is None or f.project_code in codes)
            and (plan.rule is not None or f.severity in ("error", "warning"))
        ]
        if not result.findings and ids is not None and not plan.consistent:
            # «…的成本指标和预算数一致吗？» — no finding: show what was compared
            scope = replace(plan, rule=None, subject="indicators",
                            level2="成本" if plan.rule == "cost-vs-budget" else None)
            result.projects = self.executor.projects(scope, result)
            if plan.rule == "cost-vs-budget":
                result.rows = self.executor.rows(scope, result)
            return
        if plan.consistent:
            flagged = {f.project_code for f in result.findings}
            result.findings = []
            scope = replace(plan, rule=None)
            if plan.rule == "cost-vs-budget":  # only projects that state a cost can agree with it
                scope = replace(scope, level2="成本", value_kind="money", subject="indicators")
                rows = self.executor.rows(scope, result)
                result.rows = [r for r in rows if r["code"] not in flagged]
            else:
                result.projects = [p for p in self.executor.projects(scope, result)
                                   if p["code"] not in flagged]
        result.sql.append("run_checks(all projects)" + (f" WHERE rule = {plan.rule}" if plan.rule else ""))

    def retriever(self, kinds: tuple[str, ...] | None, sources: tuple[int, ...] | None = None):
        """A langchain retriever over chunks of these kinds and sources (None: all)."""
        key = (kinds, sources)
        if key not in self._retrievers:
            from assistant.retrieval import HybridSearch, as_langchain_retriever

            self._retrievers[key] = as_langchain_retriever(HybridSearch(self.library), 8, kinds,
                                                           sources)
        return self._retrievers[key]

    def _prose(self, plan: Plan, result: Result,
               kinds: tuple[str, ...] | None = ("section",)) -> None:
        """Passages by hybrid retrieval; a top hit on a table row answers with that row."""
        sources = self._scoped_sources(plan)
        docs = self.retriever(kinds, sources).invoke(_question_of(plan))
        if kinds is None:  # rows and headers crowd the mixed list: look at the prose on its own too
            seen = {d.id for d in docs}
            docs += [d for d in self.retriever(("section",), sources).invoke(_question_of(plan))
                     if d.id not in seen]
        if not docs:
            return
        result.sql.append("hybrid retrieval (BM25 + Chroma, RRF) over chunks")
        chunks = self.executor.sections_for_chunks([d.metadata["chunk_id"] for d in docs])
        scores = {d.metadata["chunk_id"]: d.metadata["score"] for d in docs}
        if not chunks:
            return
        # The hit that carries most of the question's words wins; fused rank breaks ties.
        query = strip_filler(_question_of(plan))
        top = max(chunks, key=lambda c: (round(coverage(query, _chunk_text(c, self)), 2),
                                         scores[c["chunk_id"]]))
        if coverage(query, _chunk_text(top, self)) < PASSAGE_MIN_COVERAGE:
            return
        if top["kind"] == "indicator" and top["indicator_id"]:
            result.rows = self.executor.rows(Plan("rows"), result, [top["indicator_id"]])
            return
        if top["kind"] == "project" and top["project_id"]:
            result.projects = self.executor.projects(
                Plan("field", project_ids=(top["project_id"],)), result)
            result.plan = replace(result.plan, kind="field", field="summary")
            return
        result.passages = self._passages(query, top, chunks, scores)

    def _scoped_sources(self, plan: Plan) -> tuple[int, ...] | None:
        """The documents of the department / year a question named («魏县人社局的两件大事»)."""
        if plan.anchor != "scope" or not plan.project_ids:
            return None
        rows = self.library.facts.query(
            f"SELECT DISTINCT source_id FROM projects WHERE id IN "
            f"({','.join('?' * len(plan.project_ids))}) ORDER BY source_id", list(plan.project_ids))
        return tuple(r["source_id"] for r in rows)

    def _passages(self, query: str, top: dict, chunks: list[dict],
                  scores: dict[str, float]) -> list[dict]:
        """The best paragraph — or, when its heading is what matched («四个业务板块»), every
        paragraph under that heading — plus a close runner-up whose own words match."""
        path_text = " ".join(top["path"][-1:])
        if coverage(query, path_text) >= max(ROW_COVERAGE, coverage(query, top["text"])):
            shown = self.executor.siblings(top["section_id"])
        else:
            shown = [top]
        seen = {c["section_id"] for c in shown}
        rest = [c for c in chunks if c["kind"] == "section" and c["section_id"] not in seen]
        if rest:
            runner = max(rest, key=lambda c: (round(coverage(query, c["text"]), 2),
                                              scores[c["chunk_id"]]))
            if coverage(query, runner["text"]) >= ROW_COVERAGE or (
                    scores[runner["chunk_id"]] >= PASSAGE_KEEP_RATIO * scores[top["chunk_id"]]):
                shown.append(runner)
        return shown


def _size(row: dict) -> float:
    """A row's number in its base unit where known (≥50万人 is bigger than ≥680人)."""
    return row["norm"] if row["norm"] is not None else row["num"]


def _chunk_text(chunk: dict, engine: "Engine") -> str:
    return engine.chunk_texts.get(chunk["chunk_id"], chunk.get("text") or "")


def _cites(link: dict, plan: Plan) -> bool:
    """Is this reference link the plan's document (and from an allowed field)?"""
    from ingest.policy_refs import refs_match

    stored = _parsed_ref(link["canonical"])
    if stored is None or plan.ref is None:
        return False
    return refs_match(plan.ref, stored) and (not plan.ref_fields or link["field"] in plan.ref_fields)


@lru_cache(maxsize=4096)
def _parsed_ref(canonical: str):
    from ingest.policy_refs import find_policy_refs

    found = find_policy_refs(canonical)
    return found[0] if found else None


def _question_of(plan: Plan) -> str:
    return plan.notes[0] if plan.notes else (plan.row_query or "")
