"""The embedded default: one SQLite file (WAL journal, one writer).

Typed views read the JSON with `->>`; amounts become SQLite numbers, which are binary
floating point (REAL) when they have a fraction and so not exact. Every `numeric` column
therefore has an exact twin, `<name>_text`, with the digits exactly as the API sent them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ._base import SQLStorage
from ._types import StorageError
from ._views import Column, ViewSpec

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sync_runs (
    run_id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE IF NOT EXISTS sync_state (
    tenant_id INTEGER NOT NULL,
    resource TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    page_size INTEGER,
    last_page INTEGER NOT NULL DEFAULT 0,
    completed INTEGER NOT NULL DEFAULT 0,
    load_started_at TEXT,
    completed_at TEXT,
    changes_since TEXT,
    PRIMARY KEY (tenant_id, resource)
);
CREATE TABLE IF NOT EXISTS sync_views (
    view_name TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tenants (
    tenant_id INTEGER PRIMARY KEY,
    name TEXT,
    data TEXT NOT NULL,
    synced_at TEXT NOT NULL
);
"""

_ARROWS = sqlite3.sqlite_version_info >= (3, 38, 0)
"""`->`/`->>` (SQLite 3.38+) keep a number's exact text; json_extract() goes through REAL."""


class SQLiteStorage(SQLStorage):
    """A sync's SQLite file. `create=False` refuses to create a file that does not exist."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        super().__init__()
        self.description = str(path)
        check_path(path, create=create)
        try:
            # The connection moves between worker threads, but only one uses it at a time.
            self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open {path} as a SQLite database ({exc})") from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._migrate()
            self._load_tables()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StorageError(
                f"{path} is not a usable sync database ({exc}); pass another path, or move"
                " the file away to start a new one"
            ) from None

    def close(self) -> None:
        self._db.close()

    def _migrate(self) -> None:
        """Files written before runs had scopes get the column (every old run: scope '')."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(sync_runs)")}
        if "scope" not in columns:
            self._db.execute("ALTER TABLE sync_runs ADD COLUMN scope TEXT NOT NULL DEFAULT ''")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._db.execute(sql, params).rowcount

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, params).fetchall()

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._db.executemany(sql, rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK if the block raises."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _lock_schema(self) -> None:
        """BEGIN IMMEDIATE already holds the file's write lock."""

    def _create_table(self, table: str) -> None:
        self._db.execute(
            f'CREATE TABLE IF NOT EXISTS "{table}" ('
            " tenant_id INTEGER NOT NULL, id NOT NULL, data TEXT NOT NULL,"
            " content_hash TEXT NOT NULL, synced_at TEXT NOT NULL, run_id INTEGER NOT NULL,"
            " PRIMARY KEY (tenant_id, id)) WITHOUT ROWID"
        )

    def _existing_tables(self) -> set[str]:
        return {
            row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }

    def _key(self, key: int | str) -> Any:
        return key

    def _key_column(self, view: ViewSpec) -> str:
        """The key is stored with its own type already (INTEGER or TEXT)."""
        return "id"

    def _column(self, column: Column) -> list[str]:
        path = f"'$.{column.field}'"
        value = f"data ->> {path}" if _ARROWS else f"json_extract(data, {path})"
        name = f'"{column.name}"'
        if column.kind == "integer":
            return [f"CAST({value} AS INTEGER) AS {name}"]
        if column.kind == "numeric":
            exact = f"data -> {path}" if _ARROWS else f"CAST({value} AS TEXT)"
            return [
                f"CAST({value} AS NUMERIC) AS {name}",
                f'CASE WHEN {value} IS NOT NULL THEN {exact} END AS "{column.name}_text"',
            ]
        if column.kind == "boolean":
            return [f"{value} AS {name}"]
        if column.kind == "date":
            return [f"date({value}) AS {name}"]
        if column.kind == "json":
            raw = f"data -> {path}" if _ARROWS else f"json_quote({value})"
            return [f"{raw} AS {name}"]
        return [f"{value} AS {name}"]


_MAGIC = b"SQLite format 3\x00"


def check_path(path: Path, *, create: bool = True) -> None:
    """Refuse, with what to do, the targets SQLite would only answer cryptically."""
    if path.is_dir():
        raise StorageError(
            f"{path} is a directory; pass a file path such as {path / 'asperion.sqlite'}"
        )
    if not path.parent.is_dir():
        raise StorageError(
            f"directory {path.parent} does not exist; create it first or pass another path"
        )
    if not path.exists():
        if not create:
            raise StorageError(f"{path} does not exist; run `asperion-async sync` first")
        return
    with path.open("rb") as file:
        header = file.read(len(_MAGIC))
    if header and header != _MAGIC:
        raise StorageError(
            f"{path} is not a SQLite database; pass another path, or move the file away"
            " to start a new one"
        )
