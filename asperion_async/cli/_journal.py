"""Incremental sync of journal entries through `/v1/journalentrylog`, as the vendor advises.

After one full load, a sync reads the log from the last sync's timestamp on
(`ChangedDate_from`), keeps the latest action per journal entry, deletes the entries the
log marks as deleted and fetches the others again by id. The new timestamp is committed
only after all of that, so an interrupted incremental sync is simply repeated.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import anyio

from .. import errors
from .._client import TenantClient
from ._resources import Resource
from ._store import Changed, Deleted, FinishIncremental, Write

LOG_PATH = "/v1/journalentrylog"
DELETED_ACTION = "deleted"
_DETAIL_BATCH = 100


async def sync_changes(
    tenant: TenantClient,
    tenant_id: int,
    resource: Resource,
    *,
    since: datetime,
    started_at: str,
    run_id: int,
    page_size: int,
    send: Callable[[Write], Awaitable[None]],
) -> None:
    """Apply the changes logged since `since`; the next sync starts from `started_at`."""
    assert resource.detail is not None
    latest = await changed_entries(tenant, since=since, page_size=page_size)
    deleted = [entry for entry, action in latest.items() if action == DELETED_ACTION]
    changed = [entry for entry, action in latest.items() if action != DELETED_ACTION]
    for start in range(0, len(changed), _DETAIL_BATCH):
        items, gone = await _fetch_details(tenant, resource, changed[start : start + _DETAIL_BATCH])
        await send(Changed(tenant_id, resource.name, run_id, items))
        deleted.extend(gone)
    if deleted:
        await send(Deleted(tenant_id, resource.name, deleted))
    await send(FinishIncremental(tenant_id, resource.name, run_id, changes_since=started_at))


async def changed_entries(
    tenant: TenantClient, *, since: datetime, page_size: int
) -> dict[int, str]:
    """journal entry id -> the lower-cased action of its latest log record since `since`."""
    records = [
        record
        async for record in tenant.paginate(
            LOG_PATH, page_size=page_size, ChangedDate_from=_query_time(since)
        )
    ]
    records.sort(key=lambda record: (str(record.get("changedDate") or ""), record.get("id") or 0))
    latest: dict[int, str] = {}
    for record in records:
        entry = record.get("journalEntryId")
        if isinstance(entry, int):
            latest[entry] = str(record.get("action") or "").lower()
    return latest


def _query_time(moment: datetime) -> str:
    """`YYYY-MM-DDTHH:MM:SS` in UTC, the API's zone-less date-time format.

    Were the API to read it as Dutch local time (ahead of UTC), the window only gets wider:
    changes are seen again, never missed.
    """
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


async def _fetch_details(
    tenant: TenantClient, resource: Resource, ids: list[int]
) -> tuple[list[dict[str, Any]], list[int]]:
    """The current JSON of each entry, and the ids that no longer exist (404)."""
    assert resource.detail is not None
    detail = resource.detail
    found: dict[int, dict[str, Any]] = {}
    gone: list[int] = []

    async def fetch(entry: int) -> None:
        try:
            response = await tenant.request("GET", str(detail._get_kwargs(id=entry)["url"]))
        except errors.NotFoundError:
            gone.append(entry)
            return
        found[entry] = json.loads(response.content, parse_float=Decimal)  # amounts exact

    async with anyio.create_task_group() as tg:
        for entry in ids:
            tg.start_soon(fetch, entry)
    return [found[entry] for entry in ids if entry in found], gone
