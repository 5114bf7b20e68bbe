"""The SQL both backends share: how each kind of write becomes statements.

The statements are written once, in standard SQL with `?` placeholders (`INSERT ... ON
CONFLICT ... DO UPDATE`, `RETURNING`), which SQLite and PostgreSQL both run. A backend
supplies the connection, the transaction, the DDL, how an item key is passed as a
parameter and how a typed column is read out of the JSON.
"""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from types import TracebackType
from typing import Any

from .._store import (
    Changed,
    Deleted,
    FinishIncremental,
    FinishLoad,
    PageLoaded,
    ResourceState,
    Run,
    StartLoad,
    TenantsSeen,
    Write,
    canonical_json,
    check_table_name,
    is_resource_table,
    item_key,
    utc_now,
)
from ._types import Applied
from ._views import Column, ViewSpec

_BATCH = 500
"""Keys per `IN (...)` list: well below SQLite's oldest limit of 999 parameters."""

_STATE_COLUMNS = (
    "tenant_id, resource, run_id, page_size, last_page, completed, load_started_at, changes_since"
)


class SQLStorage(ABC):
    """Everything but the dialect; see `SyncStorage` for the contract."""

    description: str

    def __init__(self) -> None:
        self._tables: set[str] = set()

    # -- what a backend provides -------------------------------------------------------

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed."""

    @abstractmethod
    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    @abstractmethod
    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """A write transaction: committed when the block ends, rolled back if it raises."""

    @abstractmethod
    def _create_table(self, table: str) -> None:
        """CREATE TABLE IF NOT EXISTS for one resource (inside a transaction)."""

    @abstractmethod
    def _existing_tables(self) -> set[str]: ...

    @abstractmethod
    def _key(self, key: int | str) -> Any:
        """An item key as a statement parameter."""

    @abstractmethod
    def _column(self, column: Column) -> list[str]:
        """The select-list expressions of one typed column (`expr AS name`, ...)."""

    @abstractmethod
    def _key_column(self, view: ViewSpec) -> str:
        """The select-list expression of a view's `id` column."""

    @abstractmethod
    def _lock_schema(self) -> None:
        """Serialise schema changes between processes (inside a transaction)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> SQLStorage:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- runs and state ----------------------------------------------------------------

    def begin_run(self, scope: str = "") -> Run:
        with self._transaction():
            rows = self._query(
                "SELECT run_id, finished_at FROM sync_runs WHERE scope = ?"
                " ORDER BY run_id DESC LIMIT 1",
                (scope,),
            )
            if rows and rows[0][1] is None:
                return Run(run_id=int(rows[0][0]), resumed=True)
            created = self._query(
                "INSERT INTO sync_runs (scope, started_at) VALUES (?, ?) RETURNING run_id",
                (scope, utc_now()),
            )
            return Run(run_id=int(created[0][0]), resumed=False)

    def finish_run(self, run_id: int) -> None:
        with self._transaction():
            self._execute(
                "UPDATE sync_runs SET finished_at = ? WHERE run_id = ?", (utc_now(), run_id)
            )

    def states(
        self, tenant_ids: Sequence[int] | None = None
    ) -> dict[tuple[int, str], ResourceState]:
        sql = f"SELECT {_STATE_COLUMNS} FROM sync_state"  # noqa: S608 (constant)
        params: tuple[int, ...] = ()
        if tenant_ids is not None:
            if not tenant_ids:
                return {}
            sql += f" WHERE tenant_id IN ({_marks(len(tenant_ids))})"
            params = tuple(tenant_ids)
        return {
            (int(row[0]), str(row[1])): ResourceState(
                run_id=int(row[2]),
                page_size=row[3],
                last_page=int(row[4]),
                completed=bool(row[5]),
                load_started_at=row[6],
                changes_since=row[7],
            )
            for row in self._query(sql, params)
        }

    # -- reading the data back ---------------------------------------------------------

    def rows(self, resource: str, tenant_id: int | None = None) -> list[tuple[int, Any, str]]:
        table = check_table_name(resource)
        if table not in self._tables:
            return []
        sql = f'SELECT tenant_id, id, content_hash FROM "{table}"'  # noqa: S608 (checked name)
        params: tuple[int, ...] = ()
        if tenant_id is not None:
            sql += " WHERE tenant_id = ?"
            params = (tenant_id,)
        return sorted(
            ((int(t), key, str(digest)) for t, key, digest in self._query(sql, params)),
            key=lambda row: (row[0], _sortable(row[1])),
        )

    def resource_tables(self) -> list[str]:
        return sorted(self._tables)

    # -- views -------------------------------------------------------------------------

    def sync_views(self, views: Sequence[ViewSpec]) -> None:
        if self._views_current(views):
            return
        with self._transaction_with_tables():
            self._lock_schema()
            current = dict(self._query("SELECT view_name, fingerprint FROM sync_views"))
            for view in views:
                self._table(view.table)
                fingerprint = view.fingerprint()
                if current.get(view.name) == fingerprint:
                    continue
                columns = ["tenant_id", self._key_column(view)]
                for column in view.columns:
                    columns.extend(self._column(column))
                select = ", ".join(columns)
                self._execute(f'DROP VIEW IF EXISTS "{view.name}"')
                self._execute(
                    f'CREATE VIEW "{view.name}" AS SELECT {select} FROM "{view.table}"'  # noqa: S608
                )
                self._execute(
                    "INSERT INTO sync_views (view_name, fingerprint, created_at)"
                    " VALUES (?, ?, ?) ON CONFLICT (view_name) DO UPDATE SET"
                    " fingerprint = excluded.fingerprint, created_at = excluded.created_at",
                    (view.name, fingerprint, utc_now()),
                )

    def _views_current(self, views: Sequence[ViewSpec]) -> bool:
        """Whether every view and its table exist as ``views`` describe them: read without
        the schema lock, which a queue worker would otherwise take for every job. Views are
        only changed under that lock, so an answer that is out of date means taking it."""
        if any(check_table_name(view.table) not in self._tables for view in views):
            return False
        current = dict(self._query("SELECT view_name, fingerprint FROM sync_views"))
        return all(current.get(view.name) == view.fingerprint() for view in views)

    # -- writing -----------------------------------------------------------------------

    def apply(self, writes: Sequence[Write]) -> list[Applied]:
        now = utc_now()
        with self._transaction_with_tables():
            return [self._apply(write, now) for write in writes]

    def _apply(self, write: Write, now: str) -> Applied:
        if isinstance(write, (PageLoaded, Changed)):
            written = self._upsert(write.tenant_id, write.resource, write.run_id, write.items, now)
            if isinstance(write, PageLoaded):
                self._execute(
                    "UPDATE sync_state SET last_page = ? WHERE tenant_id = ? AND resource = ?",
                    (write.page, write.tenant_id, write.resource),
                )
            return Applied(written=written)
        if isinstance(write, StartLoad):
            self._execute(
                "INSERT INTO sync_state (tenant_id, resource, run_id, page_size, last_page,"
                " completed, load_started_at) VALUES (?, ?, ?, ?, 0, 0, ?)"
                " ON CONFLICT (tenant_id, resource) DO UPDATE SET run_id = excluded.run_id,"
                " page_size = excluded.page_size, last_page = 0, completed = 0,"
                " load_started_at = excluded.load_started_at",
                (write.tenant_id, write.resource, write.run_id, write.page_size, write.started_at),
            )
        elif isinstance(write, FinishLoad):
            table = self._table(write.resource)
            deleted = self._execute(
                f'DELETE FROM "{table}" WHERE tenant_id = ? AND run_id != ?',  # noqa: S608
                (write.tenant_id, write.run_id),
            )
            self._execute(
                "UPDATE sync_state SET completed = 1, completed_at = ?,"
                " changes_since = load_started_at WHERE tenant_id = ? AND resource = ?",
                (now, write.tenant_id, write.resource),
            )
            return Applied(deleted=deleted)
        elif isinstance(write, Deleted):
            return Applied(deleted=self._delete(write.tenant_id, write.resource, write.ids))
        elif isinstance(write, FinishIncremental):
            self._execute(
                "INSERT INTO sync_state (tenant_id, resource, run_id, completed,"
                " completed_at, changes_since) VALUES (?, ?, ?, 1, ?, ?)"
                " ON CONFLICT (tenant_id, resource) DO UPDATE SET"
                " run_id = excluded.run_id, completed = 1, last_page = 0,"
                " completed_at = excluded.completed_at, changes_since = excluded.changes_since",
                (write.tenant_id, write.resource, write.run_id, now, write.changes_since),
            )
        elif isinstance(write, TenantsSeen):
            self._executemany(
                "INSERT INTO tenants (tenant_id, name, data, synced_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (tenant_id) DO UPDATE SET name = excluded.name,"
                " data = excluded.data, synced_at = excluded.synced_at",
                [(t["id"], t.get("name"), canonical_json(t), now) for t in write.tenants],
            )
        return Applied()

    def _upsert(
        self,
        tenant_id: int,
        resource: str,
        run_id: int,
        items: Sequence[Mapping[str, Any]],
        now: str,
    ) -> int:
        """Write new and changed items; mark unchanged ones as seen by this run.

        Returns the number of items written (new or with new content).
        """
        table = self._table(resource)
        rows: dict[int | str, tuple[str, str]] = {}
        for item in items:
            text = canonical_json(item)
            rows[item_key(item)] = (text, hashlib.sha256(text.encode()).hexdigest())
        if not rows:
            return 0
        stored = dict(
            self._query(
                f'SELECT id, content_hash FROM "{table}" WHERE tenant_id = ?'  # noqa: S608
                f" AND id IN ({_marks(len(rows))})",
                (tenant_id, *(self._key(key) for key in rows)),
            )
        )
        changed = [key for key, (_, digest) in rows.items() if stored.get(key) != digest]
        unchanged = [key for key in rows if key not in changed]
        if changed:
            self._executemany(
                f'INSERT INTO "{table}" (tenant_id, id, data, content_hash, synced_at, run_id)'  # noqa: S608
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, id) DO UPDATE SET"
                " data = excluded.data, content_hash = excluded.content_hash,"
                " synced_at = excluded.synced_at, run_id = excluded.run_id",
                [(tenant_id, self._key(key), *rows[key], now, run_id) for key in changed],
            )
        if unchanged:
            self._execute(
                f'UPDATE "{table}" SET run_id = ? WHERE tenant_id = ?'  # noqa: S608
                f" AND id IN ({_marks(len(unchanged))})",
                (run_id, tenant_id, *(self._key(key) for key in unchanged)),
            )
        return len(changed)

    def _delete(self, tenant_id: int, resource: str, ids: Sequence[int | str]) -> int:
        if not ids:
            return 0
        table = self._table(resource)
        deleted = 0
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            deleted += self._execute(
                f'DELETE FROM "{table}" WHERE tenant_id = ?'  # noqa: S608 (checked name)
                f" AND id IN ({_marks(len(chunk))})",
                (tenant_id, *(self._key(key) for key in chunk)),
            )
        return deleted

    @contextmanager
    def _transaction_with_tables(self) -> Iterator[None]:
        """A transaction that may create resource tables: if it rolls back, so do they, and
        they are forgotten again (the next write creates them anew)."""
        known = set(self._tables)
        try:
            with self._transaction():
                yield
        except BaseException:
            self._tables = known
            raise

    def _table(self, resource: str) -> str:
        table = check_table_name(resource)
        if table not in self._tables:
            self._lock_schema()
            self._create_table(table)
            self._tables.add(table)
        return table

    def _load_tables(self) -> None:
        self._tables = {name for name in self._existing_tables() if is_resource_table(name)}


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _sortable(key: Any) -> tuple[int, Any]:
    """Integer ids before string ids, each in their natural order."""
    return (0, key) if isinstance(key, int) else (1, str(key))
