"""The SQLite file a sync writes: one table per resource plus the sync's own bookkeeping.

Every resource table has the same shape, so a field the API adds later never breaks it::

    tenant_id INTEGER, id, data TEXT (the item as JSON), content_hash TEXT,
    synced_at TEXT, run_id INTEGER, PRIMARY KEY (tenant_id, id)

`sync_runs` numbers the sync runs; a run that never finished is resumed by the next one.
`sync_state` holds, per (tenant, resource), the run that last loaded it, the last page
committed, whether that load completed, and for incremental resources the timestamp the
next change-log query starts from. Data rows and the state that describes them are always
written in the same transaction, so a crash at any point leaves a consistent file.

A `Store` is used from one thread at a time (the sync's single writer); it is not
thread-safe by itself.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .._json import json_dumps

_NAME = re.compile(r"[a-z][a-z0-9_]*")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sync_runs (
    run_id INTEGER PRIMARY KEY,
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
CREATE TABLE IF NOT EXISTS tenants (
    tenant_id INTEGER PRIMARY KEY,
    name TEXT,
    data TEXT NOT NULL,
    synced_at TEXT NOT NULL
);
"""


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp, the format of every *_at column."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def canonical_json(item: Mapping[str, Any]) -> str:
    """The item as compact JSON with sorted keys: equal items give equal text.

    Amounts are ``Decimal`` (the pages are decoded exactly) and are written as the API wrote
    them, never through float.
    """
    return json_dumps(item, sort_keys=True)


def content_hash(item: Mapping[str, Any]) -> str:
    """SHA-256 of the item's canonical JSON."""
    return hashlib.sha256(canonical_json(item).encode()).hexdigest()


def item_key(item: Mapping[str, Any]) -> int | str:
    """The item's primary key within its tenant: its `id`, or its content hash if it has none.

    Id-less items (aggregates such as grouped balances) are then keyed by content: a rerun
    never duplicates them, and a completed load sweeps out the ones that no longer exist.
    """
    key = item.get("id")
    if isinstance(key, (int, str)) and not isinstance(key, bool):
        return key
    return "sha256:" + content_hash(item)


def check_table_name(name: str) -> str:
    """`name` if it is safe to use as a table name (the resource names are derived, not typed)."""
    if not _is_resource_table(name):
        raise ValueError(f"not a valid resource table name: {name!r}")
    return name


def _is_resource_table(name: str) -> bool:
    reserved = name.startswith(("sync_", "sqlite_")) or name == "tenants"
    return bool(_NAME.fullmatch(name)) and not reserved


@dataclass(frozen=True)
class ResourceState:
    """What the file says about one (tenant, resource)."""

    run_id: int
    page_size: int | None
    last_page: int
    completed: bool
    load_started_at: str | None
    changes_since: str | None


@dataclass(frozen=True)
class Run:
    run_id: int
    resumed: bool


# The writes a sync sends to the store, applied in order by `Store.apply`.


@dataclass(frozen=True)
class StartLoad:
    """A full load of a resource begins at page 1 (resets the page counter).

    `started_at` becomes the change cursor once the load completes: anything changed
    while the load ran is picked up by the next incremental sync.
    """

    tenant_id: int
    resource: str
    run_id: int
    page_size: int
    started_at: str


@dataclass(frozen=True)
class PageLoaded:
    """One page of a full load: upsert its items and record it as the last page committed."""

    tenant_id: int
    resource: str
    run_id: int
    page: int
    items: Sequence[Mapping[str, Any]]


@dataclass(frozen=True)
class FinishLoad:
    """A full load completed: drop the rows it did not see, keep its start as the change cursor."""

    tenant_id: int
    resource: str
    run_id: int


@dataclass(frozen=True)
class Changed:
    """Items an incremental sync fetched again (created or modified since the cursor)."""

    tenant_id: int
    resource: str
    run_id: int
    items: Sequence[Mapping[str, Any]]


@dataclass(frozen=True)
class Deleted:
    """Items the change log marks as deleted."""

    tenant_id: int
    resource: str
    ids: Sequence[int | str]


@dataclass(frozen=True)
class FinishIncremental:
    """An incremental sync completed: the next one asks for changes since `changes_since`."""

    tenant_id: int
    resource: str
    run_id: int
    changes_since: str


@dataclass(frozen=True)
class TenantsSeen:
    """The administrations the user can access."""

    tenants: Sequence[Mapping[str, Any]]


@dataclass(frozen=True)
class TenantFinished:
    """A marker: every write of this tenant's sync came before it. Changes nothing."""

    tenant_id: int


Write = (
    StartLoad
    | PageLoaded
    | FinishLoad
    | Changed
    | Deleted
    | FinishIncremental
    | TenantsSeen
    | TenantFinished
)


class Store:
    """A sync's SQLite file."""

    def __init__(self, path: str | Path) -> None:
        # The connection moves between worker threads, but only one uses it at a time.
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._tables: set[str] = {
            row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Runs and state (read before the writer starts, written through `apply`).

    def begin_run(self) -> Run:
        """Resume the last run if it never finished, else start a new one."""
        with self._transaction():
            row = self._db.execute(
                "SELECT run_id, finished_at FROM sync_runs ORDER BY run_id DESC LIMIT 1"
            ).fetchone()
            if row is not None and row[1] is None:
                return Run(run_id=int(row[0]), resumed=True)
            cursor = self._db.execute("INSERT INTO sync_runs (started_at) VALUES (?)", (utc_now(),))
            assert cursor.lastrowid is not None
            return Run(run_id=cursor.lastrowid, resumed=False)

    def finish_run(self, run_id: int) -> None:
        with self._transaction():
            self._db.execute(
                "UPDATE sync_runs SET finished_at = ? WHERE run_id = ?", (utc_now(), run_id)
            )

    def states(self) -> dict[tuple[int, str], ResourceState]:
        rows = self._db.execute(
            "SELECT tenant_id, resource, run_id, page_size, last_page, completed,"
            " load_started_at, changes_since FROM sync_state"
        )
        return {
            (tenant, resource): ResourceState(
                run_id=run_id,
                page_size=page_size,
                last_page=last_page,
                completed=bool(completed),
                load_started_at=load_started_at,
                changes_since=changes_since,
            )
            for (
                tenant,
                resource,
                run_id,
                page_size,
                last_page,
                completed,
                load_started_at,
                changes_since,
            ) in rows
        }

    # Reading the data back.

    def rows(self, resource: str, tenant_id: int | None = None) -> list[tuple[int, Any, str]]:
        """(tenant_id, id, content_hash) of every row of `resource`, sorted; [] if no table."""
        table = check_table_name(resource)
        if table not in self._tables:
            return []
        sql = f'SELECT tenant_id, id, content_hash FROM "{table}"'  # noqa: S608 (checked name)
        params: tuple[int, ...] = ()
        if tenant_id is not None:
            sql += " WHERE tenant_id = ?"
            params = (tenant_id,)
        return sorted(self._db.execute(sql + " ORDER BY tenant_id, id", params))

    def resource_tables(self) -> list[str]:
        return sorted(t for t in self._tables if _is_resource_table(t))

    # Writing.

    def apply(self, writes: Sequence[Write]) -> list[int]:
        """Apply the writes in order, in one transaction; return the rows each one deleted."""
        now = utc_now()
        deleted = [0] * len(writes)
        with self._transaction():
            for index, write in enumerate(writes):
                if isinstance(write, (PageLoaded, Changed)):
                    self._upsert(write.tenant_id, write.resource, write.run_id, write.items, now)
                    if isinstance(write, PageLoaded):
                        self._set_state(write.tenant_id, write.resource, last_page=write.page)
                elif isinstance(write, StartLoad):
                    self._db.execute(
                        "INSERT OR REPLACE INTO sync_state (tenant_id, resource, run_id,"
                        " page_size, last_page, completed, load_started_at, changes_since)"
                        " VALUES (?, ?, ?, ?, 0, 0, ?,"
                        "  (SELECT changes_since FROM sync_state"
                        "   WHERE tenant_id = ? AND resource = ?))",
                        (
                            write.tenant_id,
                            write.resource,
                            write.run_id,
                            write.page_size,
                            write.started_at,
                            write.tenant_id,
                            write.resource,
                        ),
                    )
                elif isinstance(write, FinishLoad):
                    deleted[index] = self._sweep(write.tenant_id, write.resource, write.run_id)
                    self._db.execute(
                        "UPDATE sync_state SET completed = 1, completed_at = ?,"
                        " changes_since = load_started_at WHERE tenant_id = ? AND resource = ?",
                        (now, write.tenant_id, write.resource),
                    )
                elif isinstance(write, Deleted):
                    deleted[index] = self._delete(write.tenant_id, write.resource, write.ids)
                elif isinstance(write, FinishIncremental):
                    self._db.execute(
                        "INSERT INTO sync_state (tenant_id, resource, run_id, completed,"
                        " completed_at, changes_since) VALUES (?, ?, ?, 1, ?, ?)"
                        " ON CONFLICT (tenant_id, resource) DO UPDATE SET"
                        " run_id = excluded.run_id, completed = 1, last_page = 0,"
                        " completed_at = excluded.completed_at,"
                        " changes_since = excluded.changes_since",
                        (write.tenant_id, write.resource, write.run_id, now, write.changes_since),
                    )
                elif isinstance(write, TenantsSeen):
                    self._db.executemany(
                        "INSERT INTO tenants (tenant_id, name, data, synced_at)"
                        " VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET"
                        " name = excluded.name, data = excluded.data,"
                        " synced_at = excluded.synced_at",
                        [(t["id"], t.get("name"), canonical_json(t), now) for t in write.tenants],
                    )
        return deleted

    def _upsert(
        self,
        tenant_id: int,
        resource: str,
        run_id: int,
        items: Sequence[Mapping[str, Any]],
        now: str,
    ) -> None:
        table = self._table(resource)
        self._db.executemany(
            f'INSERT INTO "{table}" (tenant_id, id, data, content_hash, synced_at, run_id)'  # noqa: S608
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, id) DO UPDATE SET"
            " data = excluded.data, content_hash = excluded.content_hash,"
            " synced_at = excluded.synced_at, run_id = excluded.run_id",
            (_row(tenant_id, item, run_id, now) for item in items),
        )

    def _sweep(self, tenant_id: int, resource: str, run_id: int) -> int:
        table = self._table(resource)
        cursor = self._db.execute(
            f'DELETE FROM "{table}" WHERE tenant_id = ? AND run_id != ?',  # noqa: S608
            (tenant_id, run_id),
        )
        return cursor.rowcount

    def _delete(self, tenant_id: int, resource: str, ids: Sequence[int | str]) -> int:
        table = self._table(resource)
        cursor = self._db.executemany(
            f'DELETE FROM "{table}" WHERE tenant_id = ? AND id = ?',  # noqa: S608
            [(tenant_id, key) for key in ids],
        )
        return cursor.rowcount

    def _set_state(self, tenant_id: int, resource: str, *, last_page: int) -> None:
        self._db.execute(
            "UPDATE sync_state SET last_page = ? WHERE tenant_id = ? AND resource = ?",
            (last_page, tenant_id, resource),
        )

    def _table(self, resource: str) -> str:
        table = check_table_name(resource)
        if table not in self._tables:
            self._db.execute(
                f'CREATE TABLE IF NOT EXISTS "{table}" ('
                " tenant_id INTEGER NOT NULL, id NOT NULL, data TEXT NOT NULL,"
                " content_hash TEXT NOT NULL, synced_at TEXT NOT NULL, run_id INTEGER NOT NULL,"
                " PRIMARY KEY (tenant_id, id)) WITHOUT ROWID"
            )
            self._tables.add(table)
        return table

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


def _row(
    tenant_id: int, item: Mapping[str, Any], run_id: int, now: str
) -> tuple[int, int | str, str, str, str, int]:
    text = canonical_json(item)
    digest = hashlib.sha256(text.encode()).hexdigest()
    key = item_key(item)
    return (tenant_id, key, text, digest, now, run_id)
