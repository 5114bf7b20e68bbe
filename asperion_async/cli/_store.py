"""What a sync writes, independent of the database that stores it.

The sync engine describes its work as a stream of `Write` records (a full load starts, a
page arrived, a load finished, items changed or were deleted, ...); a storage backend
(`_storage`) applies them. This module also fixes how an item becomes a row: its key, its
canonical JSON text and the content hash of that text.

Amounts stay exact: an item decoded with ``json_loads`` (Decimal amounts) is written with each
Decimal's own digits (``12.50`` stays ``12.50``), never through a binary float.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from .._json import json_dumps

_NAME = re.compile(r"[a-z][a-z0-9_]*")


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
    if not is_resource_table(name):
        raise ValueError(f"not a valid resource table name: {name!r}")
    return name


def is_resource_table(name: str) -> bool:
    reserved = name.startswith(("sync_", "sqlite_", "pg_")) or name == "tenants"
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
    """One sync run; `resumed` when it continues a run that never finished."""

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
