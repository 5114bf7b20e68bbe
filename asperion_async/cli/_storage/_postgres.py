"""PostgreSQL as the sync's database (the `postgres` extra: psycopg 3).

Same tables and views as the SQLite file, with PostgreSQL types: `data` is `json` (which
keeps the item's text exactly as written, digits included), `id` is `jsonb` (an integer id
stays an integer, a string id a string), and the typed views use `numeric` for amounts,
so they are exact here. Any number of processes may write to one database at once as long
as each syncs its own tenants (the job queue guarantees that); schema changes are
serialised with an advisory lock.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

try:
    from psycopg.types.json import Jsonb
    from psycopg.types.string import TextLoader
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    from .._errors import CommandError

    raise CommandError(
        "PostgreSQL needs the postgres extra: pip install 'asperion-async[postgres]'"
    ) from exc

from ...postgres._db import PostgresConnectError, connect
from . import redact
from ._base import SQLStorage
from ._types import StorageError
from ._views import Column, ViewSpec

_SCHEMA_LOCK = 0x61737065  # "aspe": the advisory lock key of schema changes

# Run only on a database that lacks one of these tables (_has_schema): a column added to a
# table later needs a migration step of its own, as SQLite's _migrate.
_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS sync_runs ("
    " run_id BIGSERIAL PRIMARY KEY, scope TEXT NOT NULL DEFAULT '',"
    " started_at TEXT NOT NULL, finished_at TEXT)",
    "CREATE TABLE IF NOT EXISTS sync_state ("
    " tenant_id BIGINT NOT NULL, resource TEXT NOT NULL, run_id BIGINT NOT NULL,"
    " page_size INTEGER, last_page INTEGER NOT NULL DEFAULT 0,"
    " completed INTEGER NOT NULL DEFAULT 0, load_started_at TEXT, completed_at TEXT,"
    " changes_since TEXT, PRIMARY KEY (tenant_id, resource))",
    "CREATE TABLE IF NOT EXISTS sync_views ("
    " view_name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tenants ("
    " tenant_id BIGINT PRIMARY KEY, name TEXT, data JSON NOT NULL, synced_at TEXT NOT NULL)",
]

_SCHEMA_TABLES = ("sync_runs", "sync_state", "sync_views", "tenants")

_TYPES = {
    "integer": "bigint",
    "numeric": "numeric",
    "boolean": "boolean",
    "date": "date",
    "timestamp": "timestamp",
}


class PostgresStorage(SQLStorage):
    """A sync's PostgreSQL database, through one connection."""

    def __init__(self, conninfo: str) -> None:
        super().__init__()
        self.description = redact(conninfo)
        try:
            self._db = connect(conninfo)  # a connect timeout, and libpq's message scrubbed
        except PostgresConnectError as exc:
            reason = exc.reason.splitlines()[-1]
            raise StorageError(
                f"cannot connect to {self.description} ({reason}); check that the"
                " server runs and the URL's host, port, database and user are right"
            ) from None
        # `json` columns come back as their text, exactly as stored (amounts included).
        self._db.adapters.register_loader("json", TextLoader)
        if not self._has_schema():
            with self._transaction():
                self._lock_schema()
                for statement in _SCHEMA:
                    self._db.execute(statement)
        self._load_tables()

    def close(self) -> None:
        self._db.close()

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._db.execute(_placeholders(sql), params).rowcount

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._db.execute(_placeholders(sql), params).fetchall()

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._db.cursor() as cursor:
            cursor.executemany(_placeholders(sql), rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._db.transaction():
            yield

    def _lock_schema(self) -> None:
        self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))

    def _has_schema(self) -> bool:
        """Whether the sync's own tables exist. A queue worker opens the database once per
        job: then no DDL runs and no job waits for the schema lock another one holds."""
        row = self._db.execute(
            "SELECT count(*) FROM pg_catalog.pg_tables"
            " WHERE schemaname = current_schema() AND tablename = ANY(%s)",
            (list(_SCHEMA_TABLES),),
        ).fetchone()
        return row is not None and row[0] == len(_SCHEMA_TABLES)

    def _create_table(self, table: str) -> None:
        self._db.execute(
            f'CREATE TABLE IF NOT EXISTS "{table}" ('
            " tenant_id BIGINT NOT NULL, id JSONB NOT NULL, data JSON NOT NULL,"
            " content_hash TEXT NOT NULL, synced_at TEXT NOT NULL, run_id BIGINT NOT NULL,"
            " PRIMARY KEY (tenant_id, id))"
        )

    def _existing_tables(self) -> set[str]:
        """Tables of the current schema shaped like a resource table."""
        rows = self._db.execute(
            "SELECT table_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND column_name = 'content_hash'"
        ).fetchall()
        return {str(row[0]) for row in rows}

    def _key(self, key: int | str) -> Any:
        return Jsonb(key)

    def _key_column(self, view: ViewSpec) -> str:
        """The jsonb key as the spec's type, so `WHERE id = 42` works on the view."""
        if view.key == "integer":
            return "CASE WHEN jsonb_typeof(id) = 'number' THEN (id #>> '{}')::bigint END AS id"
        if view.key == "text":
            return "id #>> '{}' AS id"
        return "id"

    def _column(self, column: Column) -> list[str]:
        value = f"(data ->> '{column.field}')"
        name = f'"{column.name}"'
        if column.kind == "json":
            return [f"(data -> '{column.field}') AS {name}"]
        if column.kind in _TYPES:
            return [f"{value}::{_TYPES[column.kind]} AS {name}"]
        return [f"{value} AS {name}"]


def _placeholders(sql: str) -> str:
    """The shared statements use `?`; psycopg wants `%s` (no statement contains `%`)."""
    return sql.replace("?", "%s")
