"""SQL engines behind one small interface: SQLite (embedded default) and PostgreSQL (shared).

Every statement in store/ is written once, in portable SQL with `?` placeholders; an engine
runs it as it is (SQLite) or translated (PostgreSQL, see store/postgres.py).

SQLite runs in WAL mode with a small pool of connections: a reader never waits for a writer
and sees its committed result; writers take turns (one in-process lock, and BEGIN IMMEDIATE
with a busy timeout across processes).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

# Idle connections kept for reuse; more are opened when more threads read at once.
POOL_IDLE = 8
# How long a writer waits for another process's write before giving up.
BUSY_TIMEOUT_S = 60.0

Row = dict[str, Any]


class Tx(Protocol):
    """One open write transaction."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...
    def insert(self, sql: str, params: Sequence[Any] = ()) -> int: ...


class Database(Protocol):
    """A SQL engine: reads from any thread, writes one transaction at a time."""

    dialect: str  # "sqlite" | "postgresql"
    location: str  # a file path or a URL without password, for messages

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...
    def transaction(self) -> Any: ...  # a context manager yielding a Tx
    def script(self, sql: str) -> None: ...
    def close(self) -> None: ...


class SqliteTx:
    """A write transaction on one SQLite connection."""

    def __init__(self, connection: sqlite3.Connection):
        self._db = connection

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self._db.execute(sql, tuple(params))
        return [dict(r) for r in cursor.fetchall()] if cursor.description else []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._db.executemany(sql, [tuple(r) for r in rows])

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        (row,) = self._db.execute(f"{sql} RETURNING id", tuple(params)).fetchall()
        return int(row[0])


class ConnectionPool:
    """Connections kept for reuse, at most POOL_IDLE idle; the lock guards the lists, never a
    query. `usable` says whether a connection may be handed out again; `release` tidies one
    before it goes back (a failed statement's open transaction)."""

    def __init__(self, connect: Callable[[], Any], location: str, closed_error: type[Exception],
                 usable: Callable[[Any], bool] = lambda _db: True,
                 release: Callable[[Any], None] = lambda _db: None):
        self._connect = connect
        self._location = location
        self._closed_error = closed_error
        self._usable = usable
        self._release = release
        self._idle: list[Any] = []
        self._open: list[Any] = []
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def connection(self) -> Iterator[Any]:
        with self._lock:
            if self._closed:
                raise self._closed_error(f"{self._location}: the store is closed")
            db = self._idle.pop() if self._idle else None
        if db is None or not self._usable(db):
            db = self._connect()
            with self._lock:
                self._open.append(db)
        try:
            yield db
        finally:
            self._release(db)
            with self._lock:
                keep = not self._closed and self._usable(db) and len(self._idle) < POOL_IDLE
                if keep:
                    self._idle.append(db)
                elif db in self._open:
                    self._open.remove(db)
            if not keep:
                db.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            for db in idle:
                self._open.remove(db)
        for db in idle:
            db.close()


class SqliteDatabase:
    """One SQLite file in WAL mode, read through a pool of connections."""

    dialect = "sqlite"

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.location = str(path)
        self._pool = ConnectionPool(self._connect, self.location, sqlite3.ProgrammingError,
                                    release=_rollback_open)
        self._connection = self._pool.connection
        self._write_lock = threading.Lock()  # writers of this process queue here, not in SQLite
        with self._connection() as db:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.execute("PRAGMA journal_mode = WAL")  # persistent: set once per file

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.location, isolation_level=None, check_same_thread=False,
                             timeout=BUSY_TIMEOUT_S)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        return db

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._connection() as db:
            cursor = db.execute(sql, tuple(params))
            return [dict(r) for r in cursor.fetchall()] if cursor.description else []

    def script(self, sql: str) -> None:
        with self._connection() as db:
            db.executescript(sql)

    @contextmanager
    def transaction(self) -> Iterator[SqliteTx]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error so the store stays as it was."""
        with self._write_lock, self._connection() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield SqliteTx(db)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def close(self) -> None:
        self._pool.close()


def _rollback_open(db: sqlite3.Connection) -> None:
    if db.in_transaction:  # a failed statement inside an explicit BEGIN
        db.execute("ROLLBACK")


def open_database(target: str | Path) -> Database:
    """A PostgreSQL URL (postgresql://…) or the path of a SQLite file."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        from store.postgres import PostgresDatabase

        return PostgresDatabase(text)
    return SqliteDatabase(Path(target))


# SQLite binds at most 999 parameters per statement in older builds: long IN lists go in parts.
IN_LIST_SIZE = 500


def chunks(values, size: int = IN_LIST_SIZE):
    """`values` (a sequence) in consecutive parts of at most `size`."""
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def marks(values) -> str:
    """«?,?,?»: one placeholder per value."""
    return ",".join("?" * len(values))
