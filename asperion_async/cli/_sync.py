"""The sync engine: every chosen resource of every chosen tenant into one database.

Shape of a run::

    tenants (at most `parallel_tenants` at once)
      └ resources of a tenant (all at once; the client's limits bound the requests)
          └ pages from the facade's `pages()`, `prefetch` ahead, handed on in page order
                └──> one memory object stream ──> the single writer task
                                                  (batched transactions in a worker thread)

Producers never touch the database, so fetching never waits on it except through the
stream's back-pressure. Each page is committed together with the state row that says it
was committed, which is what makes a rerun after a crash resume exactly where the
database left off. The engine only talks to a `SyncStorage` (`_storage`): SQLite and
PostgreSQL behave the same.

Full loads mark every row they see with the run's id and, when complete, delete the
tenant's rows of that resource that were not seen: the table then equals the API's list.
Resources the journal entry log tracks switch to incremental syncs after one full load.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import anyio
import anyio.to_thread
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from .. import errors
from .._client import AsperionClient, TenantClient
from .._telemetry import items_synced
from ._errors import CommandError
from ._journal import sync_changes
from ._progress import SyncProgress
from ._resources import Resource
from ._storage import SyncStorage
from ._storage._views import view_specs
from ._store import (
    FinishLoad,
    PageLoaded,
    ResourceState,
    Run,
    StartLoad,
    TenantFinished,
    TenantsSeen,
    Write,
)

ADMINISTRATIONS_PATH = "/v1/administrations"
CURSOR_OVERLAP = timedelta(minutes=5)
"""How far before the last sync the next change-log query starts: covers clock skew between
this machine and the API. Seeing a change twice is harmless (upserts are idempotent)."""

_STREAM_BUFFER = 64
_BATCH_ITEMS = 2_000

FATAL = (errors.AuthenticationError, errors.TokenRefreshError)
"""Errors that end the whole sync; any other API error fails one (tenant, resource) only."""


@dataclass(frozen=True)
class SyncPlan:
    resources: Sequence[Resource]
    tenant_ids: Sequence[int] | None = None
    """The administrations to sync; None: all the token gives access to."""
    page_size: int = 100
    prefetch: int = 4
    full: bool = False
    """Reload incremental resources in full instead of reading the change log."""
    parallel_tenants: int = 8


@dataclass
class SyncResult:
    run: Run
    tenants: int
    failures: dict[tuple[int, str], str] = field(default_factory=dict)


class UnknownTenantError(CommandError):
    """A tenant id was asked for that the token has no access to."""


async def run_sync(
    client: AsperionClient,
    store: SyncStorage,
    plan: SyncPlan,
    progress: SyncProgress,
    *,
    administrations: Sequence[Mapping[str, Any]] | None = None,
    scope: str = "",
    record_tenants: bool = True,
) -> SyncResult:
    """Sync `plan` into `store`, reporting to `progress`; resumes an unfinished run of `scope`.

    `administrations`: the list the caller already read (to check the tenant ids before it
    created the database); read from the API when None. `record_tenants=False` leaves the
    `tenants` table alone (a queued job knows only its own tenant's id).
    """
    if administrations is None:
        administrations = await list_administrations(client)
    chosen = choose_tenants(administrations, plan.tenant_ids)
    views = view_specs([(resource.name, resource.path) for resource in plan.resources])
    await anyio.to_thread.run_sync(store.sync_views, views)
    run = await anyio.to_thread.run_sync(store.begin_run, scope)
    tenant_ids = [administration["id"] for administration in chosen]
    states = await anyio.to_thread.run_sync(store.states, tenant_ids)
    result = SyncResult(run=run, tenants=len(chosen))
    for administration in chosen:
        progress.add_tenant(
            administration["id"], str(administration.get("name") or ""), len(plan.resources)
        )

    send, receive = anyio.create_memory_object_stream[Write](max_buffer_size=_STREAM_BUFFER)
    async with anyio.create_task_group() as tg:
        tg.start_soon(_write_all, store, receive, progress)
        async with send:
            if record_tenants:
                await send.send(TenantsSeen(list(administrations)))
            job = _Job(client, plan, run, states, send, progress, result)
            limiter = anyio.CapacityLimiter(plan.parallel_tenants)
            async with anyio.create_task_group() as tenants:
                for administration in chosen:
                    tenants.start_soon(job.sync_tenant, administration["id"], limiter)
    if not result.failures:
        await anyio.to_thread.run_sync(store.finish_run, run.run_id)
    return result


async def list_administrations(client: AsperionClient) -> list[dict[str, Any]]:
    """The administrations the token gives access to, as the API sends them."""
    return [item async for item in client.paginate(ADMINISTRATIONS_PATH)]


def choose_tenants(
    administrations: Sequence[Mapping[str, Any]], wanted: Sequence[int] | None
) -> list[Mapping[str, Any]]:
    if wanted is None:
        return list(administrations)
    by_id = {administration["id"]: administration for administration in administrations}
    unknown = sorted({tenant for tenant in wanted if tenant not in by_id})
    if unknown:
        known = sorted(by_id)
        shown = ", ".join(map(str, known[:5])) + (", ..." if len(known) > 5 else "")
        raise UnknownTenantError(
            f"no access to administration {', '.join(map(str, unknown))}; this token can"
            f" sync {shown or 'none'}: pass one of those to --tenant-id (`asperion-async"
            " tenants` lists them all); nothing was written"
        )
    return [by_id[tenant] for tenant in dict.fromkeys(wanted)]


def api_timestamp() -> str:
    """Now, as stored for change cursors: ISO 8601 in UTC, to the second, with offset."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class _Job:
    client: AsperionClient
    plan: SyncPlan
    run: Run
    states: Mapping[tuple[int, str], ResourceState]
    send: MemoryObjectSendStream[Write]
    progress: SyncProgress
    result: SyncResult

    async def sync_tenant(self, tenant_id: int, limiter: anyio.CapacityLimiter) -> None:
        async with limiter:
            self.progress.tenant_started(tenant_id)
            tenant = self.client.tenant(tenant_id)
            async with anyio.create_task_group() as tg:
                for resource in self.plan.resources:
                    tg.start_soon(self.sync_resource, tenant, tenant_id, resource)
            await self.send.send(TenantFinished(tenant_id))

    async def sync_resource(self, tenant: TenantClient, tenant_id: int, resource: Resource) -> None:
        state = self.states.get((tenant_id, resource.name))
        try:
            await self._sync_resource(tenant, tenant_id, resource, state)
        except FATAL:
            raise
        except (errors.AsperionError, ValueError) as exc:
            message = str(exc) or type(exc).__name__
            self.result.failures[(tenant_id, resource.name)] = message
            self.progress.resource_failed(tenant_id, resource.name, message)

    async def _sync_resource(
        self,
        tenant: TenantClient,
        tenant_id: int,
        resource: Resource,
        state: ResourceState | None,
    ) -> None:
        run_id, page_size = self.run.run_id, self.plan.page_size
        if state is not None and state.run_id == run_id:
            if state.completed:
                self.progress.resource_done_before(tenant_id)
                return
            if state.page_size == page_size:
                await self._load(tenant, tenant_id, resource, first_page=state.last_page + 1)
                return
        if resource.incremental and not self.plan.full and state and state.changes_since:
            since = datetime.fromisoformat(state.changes_since) - CURSOR_OVERLAP
            await sync_changes(
                tenant,
                tenant_id,
                resource,
                since=since,
                run_id=run_id,
                page_size=page_size,
                send=self.send.send,
                started_at=api_timestamp(),
            )
            return
        await self.send.send(
            StartLoad(tenant_id, resource.name, run_id, page_size, started_at=api_timestamp())
        )
        await self._load(tenant, tenant_id, resource, first_page=1)

    async def _load(
        self, tenant: TenantClient, tenant_id: int, resource: Resource, *, first_page: int
    ) -> None:
        """Load `resource` from `first_page` on, committing each page with its number.

        The raw path gives the items as the API sent them; the paginator's end rules apply
        (the first short or empty page ends the load). A failed page ends the load after
        the pages before it were handed on, so a rerun resumes right there.
        """
        run_id = self.run.run_id
        path, query = resource.list_query()
        pages = tenant.pages(
            path,
            page_size=self.plan.page_size,
            prefetch=self.plan.prefetch,
            start_page=first_page,
            **query,
        )
        async with pages:
            async for page in pages:
                await self.send.send(
                    PageLoaded(tenant_id, resource.name, run_id, page.number, page.items)
                )
        await self.send.send(FinishLoad(tenant_id, resource.name, run_id))


async def _write_all(
    store: SyncStorage, receive: MemoryObjectReceiveStream[Write], progress: SyncProgress
) -> None:
    """The single writer: drain what is queued (up to a batch), commit it, report it."""
    async with receive:
        async for first in receive:
            batch = [first]
            weight = _weight(first)
            while weight < _BATCH_ITEMS:
                try:
                    write = receive.receive_nowait()
                except (anyio.WouldBlock, anyio.EndOfStream):
                    break
                batch.append(write)
                weight += _weight(write)
            applied = await anyio.to_thread.run_sync(store.apply, batch)
            for write, outcome in zip(batch, applied, strict=True):
                progress.committed(write, outcome)
                _count_items(write)


def _count_items(write: Write) -> None:
    """The items of a committed page or increment, for the ``asperion.sync.items`` metric."""
    items = getattr(write, "items", None)
    if items:
        resource = str(getattr(write, "resource", ""))
        items_synced(len(items), resource=resource, tenant=int(getattr(write, "tenant_id", 0)))


def _weight(write: Write) -> int:
    items = getattr(write, "items", None)
    return 1 + (len(items) if items is not None else 0)
