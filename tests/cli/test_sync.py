"""The sync engine against the emulator: resume after a crash, incremental journal entries."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import anyio
import pytest

from asperion_async import AsperionClient, MemoryTokenStore
from asperion_async.cli._emulated import Emulated
from asperion_async.cli._progress import SyncProgress
from asperion_async.cli._resources import Resource, discover, select
from asperion_async.cli._store import PageLoaded, Store, Write, content_hash, item_key
from asperion_async.cli._sync import SyncPlan, run_sync
from asperion_async.testing import AsperionEmulator, Faults

pytestmark = pytest.mark.anyio

BOOKYEAR = 2024  # the emulator's grouped balances cover 2023 and 2024
SIZES = {"journalentries": 130, "debtors": 45, "salesinvoices": 55}


def make_emulator(**options: Any) -> AsperionEmulator:
    return AsperionEmulator(tenants=2, seed=11, sizes=SIZES, **options)


async def api_rows(
    client: AsperionClient, resource: Resource, tenants: list[int]
) -> list[tuple[int, Any, str]]:
    """(tenant, key, content hash) of every item the API lists, read independently of the sync."""
    _, params = resource.list_request(1, 100)
    filters = {k: v for k, v in params.items() if k not in ("page", "pageSize")}
    rows = []
    for tenant in tenants:
        async for item in client.tenant(tenant).paginate(resource.path, **filters):
            rows.append((tenant, item_key(item), content_hash(item)))
    return sorted(rows)


async def assert_matches_api(emulated: Emulated, path: Path, resources: list[Resource]) -> int:
    async with emulated.client() as client:
        total = 0
        with Store(path) as store:
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

    def committed(self, write: Write, deleted: int) -> None:
        super().committed(write, deleted)
        if isinstance(write, PageLoaded):
            self._left -= 1
            if self._left <= 0:
                self._scope.cancel()


async def sync_once(
    emulated: Emulated, path: Path, plan: SyncPlan, progress: SyncProgress | None = None
) -> SyncProgress:
    progress = progress or SyncProgress()
    async with emulated.client() as client:
        with Store(path) as store:
            result = await run_sync(client, store, plan, progress)
    assert result.failures == {}
    return progress


def written(progress: SyncProgress) -> int:
    return sum(tenant.items for tenant in progress.tenants.values())


def stored_rows(path: Path) -> int:
    with Store(path) as store:
        return sum(len(store.rows(table)) for table in store.resource_tables())


async def test_a_crashed_sync_resumes_without_losing_or_duplicating(tmp_path: Path) -> None:
    emulated = Emulated(make_emulator())
    resources = discover(bookyear=BOOKYEAR)
    plan = SyncPlan(resources, page_size=10, prefetch=2, parallel_tenants=1)
    path = tmp_path / "sync.sqlite"

    with anyio.CancelScope() as scope:
        await sync_once(emulated, path, plan, CrashAfter(scope, pages=12))
    assert scope.cancelled_caught
    with Store(path) as store:
        states = store.states()
    assert any(not state.completed for state in states.values())
    before = stored_rows(path)
    assert before > 0

    resumed = await sync_once(emulated, path, plan)

    total = await assert_matches_api(emulated, path, resources)
    assert before + written(resumed) == total  # no page was fetched and written twice
    with Store(path) as store:
        assert all(state.completed for state in store.states().values())
        assert store.begin_run().resumed is False  # the resumed run was finished


async def test_journal_entries_follow_the_change_log(tmp_path: Path) -> None:
    emulator = make_emulator()
    emulated = Emulated(emulator)
    resources = select(
        discover(bookyear=BOOKYEAR), ["journal_entries", "journal_entries_with_lines", "debtors"]
    )
    plan = SyncPlan(resources, page_size=50)
    path = tmp_path / "sync.sqlite"
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
    with Store(path) as store:
        keys = [key for _, key, _ in store.rows("journal_entries", tenant)]
    assert created["id"] in keys
    assert 7 not in keys
    journal = second.tenants[tenant]
    assert journal.deleted == 2  # entry 7 from both journal entry tables


async def test_full_reloads_drop_items_deleted_at_the_source(tmp_path: Path) -> None:
    emulator = make_emulator()
    emulated = Emulated(emulator)
    resources = select(discover(bookyear=BOOKYEAR), ["debtors"])
    path = tmp_path / "sync.sqlite"
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
        with Store(path) as store:
            result = await run_sync(
                client, store, SyncPlan(resources, page_size=10), SyncProgress()
            )
        assert result.failures == {}
        assert client.stats.retries > 0
    await assert_matches_api(emulated, path, resources)
