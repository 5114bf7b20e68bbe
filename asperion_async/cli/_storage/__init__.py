"""Where a sync's data goes: one interface, a SQLite and a PostgreSQL implementation.

The sync engine only ever talks to a `SyncStorage`; `open_storage` picks the backend from
the target (`postgresql://...` is PostgreSQL, anything else a SQLite file path). Both give
the same guarantees:

- every page is committed in one transaction together with the state row that records it,
  so a rerun after a crash (even `kill -9`) resumes after the last committed page;
- a completed full load deletes the tenant's rows it did not see (the sweep);
- incremental resources keep a change cursor that only advances with a completed pass;
- an item whose content did not change is not rewritten (only marked as seen);
- each resource has a typed view `<resource>_v`, re-created when its schema changes.

Both tables and views have the same shape in either database (see docs/sync.md).
Methods are blocking; the engine calls them from one worker thread at a time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from .._store import ResourceState, Run, Write
from ._types import Applied, StorageError
from ._views import ViewSpec

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


class SyncStorage(Protocol):
    """A sync's database."""

    description: str
    """Where the data is, for messages (a path, or a conninfo without its password)."""

    def begin_run(self, scope: str = "") -> Run:
        """Resume the last run of `scope` if it never finished, else start a new one.

        A scope is the set of tenants one sync covers: the command line uses one scope for
        everything, a queued job one per tenant, so their runs never resume each other.
        """

    def finish_run(self, run_id: int) -> None: ...

    def states(
        self, tenant_ids: Sequence[int] | None = None
    ) -> dict[tuple[int, str], ResourceState]:
        """The state of each (tenant, resource), for all tenants or the given ones."""

    def apply(self, writes: Sequence[Write]) -> list[Applied]:
        """Apply the writes in order, in one transaction."""

    def sync_views(self, views: Sequence[ViewSpec]) -> None:
        """Create each resource's table and typed view; re-create views whose schema changed."""

    def rows(self, resource: str, tenant_id: int | None = None) -> list[tuple[int, Any, str]]:
        """(tenant_id, id, content_hash) of every row of `resource`, sorted; [] if no table."""

    def resource_tables(self) -> list[str]: ...

    def close(self) -> None: ...

    def __enter__(self) -> SyncStorage: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def redact(conninfo: str) -> str:
    """The conninfo without its password, for messages and printed commands."""
    return _QUERY_PASSWORD.sub(r"\1***", _PASSWORD.sub(r"\1***@", conninfo))


def is_postgres(target: str | Path) -> bool:
    return str(target).startswith(POSTGRES_SCHEMES)


def check_target(target: str | Path) -> None:
    """Raise `StorageError` now if `target` cannot be a sync database (before any API call).

    PostgreSQL targets are checked when they are opened (that needs the server).
    """
    if not is_postgres(target):
        from ._sqlite import check_path

        check_path(Path(target).expanduser())


def open_storage(target: str | Path, *, create: bool = True) -> SyncStorage:
    """The storage at `target`: a PostgreSQL conninfo URL or a SQLite file path.

    Raises `StorageError` with what was wrong and what to do when it cannot be opened.
    `create=False` refuses to create a SQLite file that does not exist yet.
    """
    if is_postgres(target):
        from ._postgres import PostgresStorage  # the postgres extra; loaded only when asked

        return PostgresStorage(str(target))
    from ._sqlite import SQLiteStorage

    return SQLiteStorage(Path(target).expanduser(), create=create)


__all__ = [
    "Applied",
    "StorageError",
    "SyncStorage",
    "check_target",
    "is_postgres",
    "open_storage",
    "redact",
]
