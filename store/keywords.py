"""BM25 over Chinese text: character bigrams (default) or jieba words; in memory or in SQLite FTS5."""

from __future__ import annotations

import math
import re
import sqlite3
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_CJK = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[a-z0-9.%]+")
# Function words that would otherwise match every row of every table.
STOP_BIGRAMS = frozenset({"的是", "是什", "什么", "多少", "哪些", "哪个", "有哪", "项目", "指标",
                          "要求", "目标", "是多", "少个", "分别", "哪几", "几个", "请问", "一下",
                          "么样", "样的", "怎么", "如何", "时候", "哪天"})


@dataclass(frozen=True)
class KeywordHit:
    """A chunk id with its BM25 score."""

    id: str
    score: float


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def bigrams(text: str) -> list[str]:
    """Character unigrams and bigrams of each CJK run, plus latin/number words."""
    text = normalise(text)
    tokens: list[str] = []
    for run in _CJK.findall(text):
        tokens.extend(run)  # unigrams keep one-character words (人, 局) findable
        tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    tokens.extend(_WORD.findall(text))
    return [t for t in tokens if t not in STOP_BIGRAMS]


def jieba_words(text: str) -> list[str]:
    """jieba's search-mode words (imported lazily: it builds a dictionary on first use)."""
    import jieba

    jieba.setLogLevel(60)
    words = jieba.lcut_for_search(normalise(text))
    return [w for w in words if w.strip() and (len(w) > 1 or _CJK.match(w))]


TOKENIZERS: dict[str, Callable[[str], list[str]]] = {"bigram": bigrams, "jieba": jieba_words}


class BM25Index:
    """Okapi BM25 (k1=1.5, b=0.75) with an inverted index, so a query touches only its terms."""

    def __init__(self, items: Sequence[tuple[str, str]], tokenizer: str = "bigram",
                 k1: float = 1.5, b: float = 0.75):
        self.tokenize = TOKENIZERS[tokenizer]
        self.k1, self.b = k1, b
        self.ids = [i for i, _ in items]
        self._postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._lengths: list[int] = []
        for doc, (_, text) in enumerate(items):
            counts = Counter(self.tokenize(text))
            self._lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                self._postings[term].append((doc, tf))
        n = len(self.ids)
        self._avg = (sum(self._lengths) / n) if n else 0.0
        self._idf = {
            t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self._postings.items()
        }

    def __len__(self) -> int:
        return len(self.ids)

    def scores(self, query: str) -> dict[int, float]:
        """BM25 score of every document that shares a term with the query."""
        out: dict[int, float] = defaultdict(float)
        for term, qtf in Counter(self.tokenize(query)).items():
            idf = self._idf.get(term)
            if idf is None:
                continue
            for doc, tf in self._postings[term]:
                norm = self.k1 * (1 - self.b + self.b * self._lengths[doc] / self._avg)
                out[doc] += qtf * idf * tf * (self.k1 + 1) / (tf + norm)
        return out

    def search(self, query: str, k: int = 10, allowed: set[str] | None = None) -> list[KeywordHit]:
        scored = sorted(self.scores(query).items(), key=lambda kv: (-kv[1], kv[0]))
        hits = [KeywordHit(self.ids[d], s) for d, s in scored if allowed is None or self.ids[d] in allowed]
        return hits[:k]


def coverage(query: str, text: str) -> float:
    """Share of the query's CJK bigrams (function words left out) that occur in the text."""
    wanted = {t for t in bigrams(query) if len(t) == 2}
    if not wanted:
        return 0.0
    have = set(bigrams(text))
    return len(wanted & have) / len(wanted)


class KeywordIndex:
    """BM25 over the same bigram tokens, kept on disk in SQLite FTS5 beside the facts.

    Unlike BM25Index it is not rebuilt per process and does not score every chunk in Python:
    FTS5 walks the postings of the query's terms and ranks in C. It follows the facts by their
    generation; because a stored source's chunks never change (a new version is a new source),
    catching up means adding new sources and dropping vanished ones.
    """

    def __init__(self, path: Path, store_id: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.store_id = store_id
        self._generation: int | None = None  # the facts generation last caught up with
        self._total: int | None = None  # chunks indexed, counted once per generation
        self._lock = threading.Lock()
        self._local = threading.local()  # one connection per thread: readers never queue
        self._connections: list[sqlite3.Connection] = []
        self._db().executescript(_FTS_SCHEMA)  # commits by itself: outside the transaction
        with self._write() as db:
            row = db.execute("SELECT store_id FROM state WHERE id = 1").fetchone()
            unlisted = db.execute("SELECT EXISTS (SELECT 1 FROM docs) AND NOT EXISTS"
                                  " (SELECT 1 FROM indexed)").fetchone()[0]
            # new, left by another store, or by an older layout: rebuild from the facts
            if row is None or row[0] != store_id or unlisted:
                db.execute("DELETE FROM docs")
                db.execute("DELETE FROM fts")
                db.execute("DELETE FROM indexed")
                db.execute("INSERT OR REPLACE INTO state (id, store_id, generation)"
                           " VALUES (1, ?, -1)", (store_id,))

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False,
                                 timeout=60)
            db.execute("PRAGMA journal_mode = WAL")
            self._local.db = db
            with self._lock:
                self._connections.append(db)
        return db

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        db = self._db()
        with self._lock:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def __len__(self) -> int:
        return self._db().execute("SELECT COUNT(*) FROM docs").fetchone()[0]

    def sync(self, facts: Any) -> None:
        """Catch up with the facts store if it changed since the last look."""
        generation = facts.generation()
        if generation == self._generation:
            return
        with self._write() as db:
            (stored,) = db.execute("SELECT generation FROM state WHERE id = 1").fetchone()
            if stored != generation:
                wanted = {r["id"] for r in facts.query("SELECT id FROM sources")}
                have = {r[0] for r in db.execute("SELECT source_id FROM indexed")}
                for source_id in have - wanted:
                    db.execute("DELETE FROM fts WHERE rowid IN"
                               " (SELECT rowid FROM docs WHERE source_id = ?)", (source_id,))
                    db.execute("DELETE FROM docs WHERE source_id = ?", (source_id,))
                    db.execute("DELETE FROM indexed WHERE source_id = ?", (source_id,))
                new = sorted(wanted - have)
                for start in range(0, len(new), 50):
                    self._add(db, facts.chunk_entries(sources=new[start:start + 50]))
                db.executemany("INSERT INTO indexed (source_id) VALUES (?)", [(i,) for i in new])
                db.execute("UPDATE state SET generation = ? WHERE id = 1", (generation,))
        self._generation, self._total = generation, None

    def _add(self, db: sqlite3.Connection, entries: Sequence[Any]) -> None:
        for e in entries:
            cur = db.execute("INSERT INTO docs (chunk_id, source_id, kind) VALUES (?, ?, ?)",
                             (e.id, e.source_id, e.kind))
            db.execute("INSERT INTO fts (rowid, tokens) VALUES (?, ?)",
                       (cur.lastrowid, " ".join(bigrams(e.text))))

    def search(self, query: str, k: int = 10, allowed: set[str] | None = None,
               sources: Sequence[int] | None = None,
               kinds: Sequence[str] | None = None) -> list[KeywordHit]:
        """The k best chunks by BM25, among these sources and kinds (and ids) when given."""
        terms = query_terms(query, self._rare)
        if not terms:
            return []
        where, params = ["fts MATCH ?"], [" OR ".join(f'"{t}"' for t in terms)]
        for column, values in (("d.source_id", sources), ("d.kind", kinds)):
            if values is not None:
                where.append(f"{column} IN ({','.join('?' * len(values)) or 'NULL'})")
                params += list(values)
        sql = (f"SELECT d.chunk_id, bm25(fts) AS s FROM fts JOIN docs d ON d.rowid = fts.rowid"
               f" WHERE {' AND '.join(where)} ORDER BY s, d.rowid")
        if allowed is None:
            rows = self._db().execute(f"{sql} LIMIT ?", (*params, k)).fetchall()
        else:
            rows = []
            for row in self._db().execute(sql, params):
                if row[0] in allowed:
                    rows.append(row)
                    if len(rows) == k:
                        break
        return [KeywordHit(cid, -score) for cid, score in rows]

    def _rare(self, chars: list[str]) -> list[str]:
        """The characters found in at most RARE_CHAR_SHARE of the chunks (all of them in a
        small store)."""
        db = self._db()
        total = self._total
        if total is None:
            total = self._total = db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
        counts = dict(db.execute(
            f"SELECT term, doc FROM vocab WHERE term IN ({','.join('?' * len(chars))})", chars))
        limit = max(RARE_CHAR_SHARE * total, RARE_CHAR_FLOOR)
        return [c for c in chars if 0 < counts.get(c, 0) <= limit]

    def close(self) -> None:
        with self._lock:
            for db in self._connections:
                db.close()
            self._connections.clear()


# How a query is weighed (eval/bench.py's pinned passages, recall@5 / MRR@10): unigrams and
# bigrams alike 0.83 / 0.67 (the in-memory bigram BM25: 0.86 / 0.67); bigrams only 0.93 / 0.67,
# but then a colloquial «一亩地» no longer finds «每亩» (gold_other_colloquial c03); bigrams
# ×2 plus single characters 0.90 / 0.67 and c03 found. In a large store a character found in
# more than 10% of chunks is left out: it carries almost no BM25 weight and costs the most to
# rank (its postings list nearly every chunk).
BIGRAM_WEIGHT = 2
RARE_CHAR_SHARE = 0.10
RARE_CHAR_FLOOR = 1000  # chunks: below this many, every character counts


def query_terms(query: str, rare: Callable[[list[str]], list[str]] | None = None) -> list[str]:
    """The query's CJK bigrams and latin/number words (repeated: BM25's query term
    frequency, times BIGRAM_WEIGHT), plus the single characters `rare` keeps."""
    tokens = bigrams(query)
    longer = [t for t in tokens if len(t) > 1 or not _CJK.match(t)]
    if not longer:
        return tokens
    chars = [t for t in tokens if len(t) == 1 and _CJK.match(t)]
    if rare and chars:
        kept = set(rare(list(dict.fromkeys(chars))))
        chars = [c for c in chars if c in kept]
    return longer * BIGRAM_WEIGHT + chars


_FTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS state (id INTEGER PRIMARY KEY, store_id TEXT NOT NULL,
                                  generation INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS docs (rowid INTEGER PRIMARY KEY, chunk_id TEXT NOT NULL,
                                 source_id INTEGER NOT NULL, kind TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS docs_source ON docs(source_id);
CREATE TABLE IF NOT EXISTS indexed (source_id INTEGER PRIMARY KEY);
-- tokens are our own bigram tokens joined by spaces: the ascii tokenizer keeps each whole
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(tokens, tokenize = "ascii tokenchars '.%'");
CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(fts, 'row');
"""
