"""The sync engine against the emulator: resume after a crash, incremental journal entries."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from asperion_async import AsperionClient, MemoryTokenStore
from asperion_async.cli._emulated import Emulated
from asperion_async.cli._progress import SyncProgress
from asperion_async.cli._resources import Resource, discover, select
from asperion_async.cli._storage import Applied, open_storage
from asperion_async.cli._store import PageLoaded, Write, content_hash, item_key
from asperion_async.cli._sync import SyncPlan, SyncResult, run_sync
from asperion_async.testing import AsperionEmulator, Faults

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The sync's database: a SQLite path, or the conninfo of a new PostgreSQL database."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_dsn"))
    return str(tmp_path / "sync.sqlite")


BOOKYEAR = 2024  # the emulator's grouped balances cover 2023 and 2024
SIZES = {"journalentries": 130, "debtors": 45, "salesinvoices": 55}


def make_emulator(**options: Any) -> AsperionEmulator:
    return AsperionEmulator(tenants=2, seed=11, sizes=SIZES, **options)


async def api_rows(
    client: AsperionClient, resource: Resource, tenants: list[int]
) -> list[tuple[int, Any, str]]:
    """(tenant, key, content hash) of every item the API lists, read independently of the sync."""
    path, filters = resource.list_query()
    assert path == resource.path
    rows = []
    for tenant in tenants:
        async for item in client.tenant(tenant).paginate(path, **filters):
            rows.append((tenant, item_key(item), content_hash(item)))
    return sorted(rows)


async def assert_matches_api(
    emulated: Emulated, path: str | Path, resources: list[Resource]
) -> int:
    async with emulated.client() as client:
        total = 0
        with open_storage(path) as store:
            for resource in resources:
                expected = await api_rows(client, resource, emulated.emulator.tenant_ids)
                assert store.rows(resource.name) == expected, resource.name
                total += len(expected)
    return total


class CrashAfter(SyncProgress):
    """Cancels the sync once `pages` pages have been committed (a simulated crash)."""

    def __init__(self, scope: anyio.CancelScope, pages: int) -> None:
        super().__init__()
        self._scope = scope
        self._left = pages

    def committed(self, write: Write, applied: Applied) -> None:
        super().committed(write, applied)
        if isinstance(write, PageLoaded):
            self._left -= 1
            if self._left <= 0:
                self._scope.cancel()


async def sync_once(
    emulated: Emulated, path: str | Path, plan: SyncPlan, progress: SyncProgress | None = None
) -> SyncProgress:
    progress = progress or SyncProgress()
    async with emulated.client() as client:
        with open_storage(path) as store:
            result = await run_sync(client, store, plan, progress)
    assert result.failures == {}
    return progress


def written(progress: SyncProgress) -> int:
    return sum(tenant.items for tenant in progress.tenants.values())


def stored_rows(path: str | Path) -> int:
    with open_storage(path) as store:
        return sum(len(store.rows(table)) for table in store.resource_tables())


async def test_a_crashed_sync_resumes_without_losing_or_duplicating(target: str) -> None:
    emulated = Emulated(make_emulator())
    resources = discover(bookyear=BOOKYEAR)
    plan = SyncPlan(resources, page_size=10, prefetch=2, parallel_tenants=1)
    path = target

    with anyio.CancelScope() as scope:
        await sync_once(emulated, path, plan, CrashAfter(scope, pages=12))
    assert scope.cancelled_caught
    with open_storage(path) as store:
        states = store.states()
    assert any(not state.completed for state in states.values())
    before = stored_rows(path)
    assert before > 0

    resumed = await sync_once(emulated, path, plan)

    total = await assert_matches_api(emulated, path, resources)
    assert before + written(resumed) == total  # no page was fetched and written twice
    with open_storage(path) as store:
        assert all(state.completed for state in store.states().values())
        assert store.begin_run().resumed is False  # the resumed run was finished


async def test_journal_entries_follow_the_change_log(target: str) -> None:
    emulator = make_emulator()
    emulated = Emulated(emulator)
    resources = select(
        discover(bookyear=BOOKYEAR), ["journal_entries", "journal_entries_with_lines", "debtors"]
    )
    plan = SyncPlan(resources, page_size=50)
    path = target
    await sync_once(emulated, path, plan)
    tenant = emulator.tenant_ids[1]
    created = emulator.mutate(
        tenant, "journalentries", changes={"description": "Nieuwe memoriaal", "journalId": "MEM"}
    )
    assert created is not None
    emulator.mutate(tenant, "journalentries", 5, changes={"description": "Gecorrigeerd"})
    emulator.mutate(tenant, "journalentries", 7, delete=True)
    before = Counter(emulator.stats.requests)

    second = await sync_once(emulated, path, plan)

    served = Counter(emulator.stats.requests) - before
    # No full reload: the log was read, and only the created and the modified entry fetched.
    assert served[("GET /v1/journalentries", tenant)] == 0
    assert served[("GET /v1/journalentrieswithlines", tenant)] == 0
    assert served[("GET /v1/journalentrylog", tenant)] == 2
    assert served[("GET /v1/journalentries/{id}", tenant)] == 2
    assert served[("GET /v1/journalentrieswithlines/{id}", tenant)] == 2
    await assert_matches_api(emulated, path, resources)
    with open_storage(path) as store:
        keys = [key for _, key, _ in store.rows("journal_entries", tenant)]
    assert created["id"] in keys
    assert 7 not in keys
    journal = second.tenants[tenant]
    assert journal.deleted == 2  # entry 7 from both journal entry tables


async def test_full_reloads_drop_items_deleted_at_the_source(target: str) -> None:
    emulator = make_emulator()
    emulated = Emulated(emulator)
    resources = select(discover(bookyear=BOOKYEAR), ["debtors"])
    path = target
    await sync_once(emulated, path, SyncPlan(resources, page_size=20))
    emulator.mutate(emulator.tenant_ids[0], "debtors", 3, delete=True)
    emulator.mutate(emulator.tenant_ids[0], "debtors", 4, changes={"city": "Zwolle"})

    second = await sync_once(emulated, path, SyncPlan(resources, page_size=20))

    await assert_matches_api(emulated, path, resources)
    assert second.tenants[emulator.tenant_ids[0]].deleted == 1


async def test_retried_faults_still_give_an_exact_copy(tmp_path: Path) -> None:
    emulator = make_emulator(faults=Faults(p503=0.05, p_drop=0.02, seed=5))
    emulated = Emulated(emulator)
    resources = select(
        discover(bookyear=BOOKYEAR), ["debtors", "journal_entries", "ledger_grouped"]
    )
    path = tmp_path / "sync.sqlite"
    token = emulated.token()

    async with AsperionClient(
        client_id=emulator.client_id,
        client_secret=emulator.client_secret,
        token_store=MemoryTokenStore(token),
        base_url="http://127.0.0.1",
        transport=emulator.transport(),
        backoff_base=0.001,
        backoff_cap=0.01,
        max_retries=6,
    ) as client:
        with open_storage(path) as store:
            result = await run_sync(
                client, store, SyncPlan(resources, page_size=10), SyncProgress()
            )
        assert result.failures == {}
        assert client.stats.retries > 0
    await assert_matches_api(emulated, path, resources)


class BrokenPage(httpx.AsyncBaseTransport):
    """Forwards to the emulator, but answers one page of one tenant's list with a login page
    (200, HTML) while `broken`; records the pages of that list asked for."""

    def __init__(self, inner: httpx.AsyncBaseTransport, tenant: int, path: str, page: int) -> None:
        self._inner = inner
        self._tenant = str(tenant)
        self._path = path
        self._page = page
        self.broken = True
        self.pages: list[int] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == self._path and request.headers.get("X-Tenant-Id") == self._tenant:
            page = int(request.url.params["page"])
            self.pages.append(page)
            if self.broken and page == self._page:
                html = {"content-type": "text/html"}
                return httpx.Response(200, headers=html, content=b"<html>Log in</html>")
        return await self._inner.handle_async_request(request)


async def test_a_malformed_page_fails_one_resource_and_the_rerun_resumes_at_it(
    target: str,
) -> None:
    emulator = make_emulator()
    emulated = Emulated(emulator)
    resources = select(discover(bookyear=BOOKYEAR), ["debtors", "sales_invoices"])
    broken_tenant, other_tenant = emulator.tenant_ids
    network = BrokenPage(emulator.transport(), broken_tenant, "/v1/debtors", page=3)
    plan = SyncPlan(resources, page_size=10, prefetch=3)
    path = target

    async def sync() -> SyncResult:
        async with AsperionClient(
            client_id=emulator.client_id,
            client_secret=emulator.client_secret,
            token_store=MemoryTokenStore(emulated.token()),
            base_url="http://127.0.0.1",
            transport=network,
        ) as client:
            with open_storage(path) as store:
                return await run_sync(client, store, plan, SyncProgress())

    first = await sync()

    assert list(first.failures) == [(broken_tenant, "debtors")]
    assert "does not match the spec" in first.failures[(broken_tenant, "debtors")]
    with open_storage(path) as store:
        states = store.states()
    assert states[(broken_tenant, "debtors")].last_page == 2  # the pages before it, committed
    assert not states[(broken_tenant, "debtors")].completed
    assert states[(other_tenant, "debtors")].completed
    assert states[(broken_tenant, "sales_invoices")].completed

    network.broken = False
    network.pages.clear()
    second = await sync()

    assert second.failures == {}
    assert sorted(network.pages) == [3, 4, 5]  # 45 debtors: resumed at page 3, nothing before
    await assert_matches_api(emulated, path, resources)


async def test_a_second_sync_of_unchanged_data_is_incremental_and_writes_nothing(
    tmp_path: Path,
) -> None:
    # Journal entries are most of an administration's data; the change log covers them.
    emulator = AsperionEmulator(tenants=2, seed=5, sizes={"journalentries": 3000})
    emulated = Emulated(emulator)
    plan = SyncPlan(discover(bookyear=BOOKYEAR), page_size=100)
    path = tmp_path / "sync.sqlite"

    def served() -> int:
        return sum(emulator.stats.requests.values())

    first = await sync_once(emulated, path, plan)
    first_requests = served()
    lines = io.StringIO()
    second = await sync_once(emulated, path, plan, SyncProgress(lines=lines))
    second_requests = served() - first_requests

    print(f"requests: first sync {first_requests}, second sync {second_requests}")
    assert written(first) > 2 * 3000
    assert written(second) == 0
    assert second_requests < first_requests / 2.5
    for tenant in emulator.tenant_ids:
        assert f"{tenant} " in lines.getvalue()
    assert all(
        ": up to date, 30 resources checked, 0 changed in " in line
        for line in lines.getvalue().splitlines()
    )
    await assert_matches_api(emulated, path, plan.resources)
