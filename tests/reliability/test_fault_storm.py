"""Scenario 1: a full sync of many tenants under a storm of faults loses and duplicates nothing.

20 tenants, debtors and sales invoices, with 10 % 503, 5 % 429 (Retry-After), 2 % dropped
connections and 30-second access tokens on an emulator clock that runs 20x faster than real
time, so tokens expire every 1.5 real seconds while the sync runs. The exported set must
equal a fault-free twin emulator's set (same seed), item by item (id and content hash).
"""

from __future__ import annotations

import time
from typing import Any

import anyio
import pytest
from asperion_client.api.debtors import list_debtors
from asperion_client.api.sales_invoices import list_sales_invoices
from asperion_client.models import Debtor, SalesInvoice

from asperion_async.testing import AsperionEmulator, Faults

from ._support import FastClock, content_hash, make_client, reference_items

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

TENANTS = 20
SEED = 7
SIZES = {"debtors": 230, "salesinvoices": 310}
COLLECTIONS = {"/v1/debtors": list_debtors, "/v1/salesinvoices": list_sales_invoices}
ITEM_MODELS: dict[str, Any] = {"/v1/debtors": Debtor, "/v1/salesinvoices": SalesInvoice}
TOKEN_LIFETIME = 30.0
CLOCK_SPEED = 20.0


async def test_fault_storm_exports_exactly_the_emulators_data(anyio_backend: str) -> None:
    faults = Faults(p503=0.10, p429=0.05, p_drop=0.02, retry_after=1, seed=SEED)
    emulator = AsperionEmulator(
        tenants=TENANTS,
        seed=SEED,
        sizes=SIZES,
        faults=faults,
        access_token_lifetime=TOKEN_LIFETIME,
        clock=FastClock(CLOCK_SPEED),
        latency=(0.0, 0.02),
    )
    twin = AsperionEmulator(tenants=TENANTS, seed=SEED, sizes=SIZES)
    exported: dict[tuple[int, str], dict[Any, str]] = {}
    duplicates: list[tuple[int, str, Any]] = []
    started = time.monotonic()
    # A nightly sync sets more retries than the default: at a 17 % fault rate, 3 retries
    # would leave about one page in 1 200 failing for good.
    async with make_client(
        emulator, max_retries=10, max_concurrency=16, tenant_concurrency=4
    ) as client:

        async def sync(tenant: int, path: str) -> None:
            items: dict[Any, str] = {}
            async for model in client.tenant(tenant).paginate(COLLECTIONS[path], prefetch=4):
                item = model.to_dict()
                if item["id"] in items:
                    duplicates.append((tenant, path, item["id"]))
                items[item["id"]] = content_hash(item)
            exported[(tenant, path)] = items

        async with anyio.create_task_group() as tg:
            for tenant in emulator.tenant_ids:
                for path in COLLECTIONS:
                    tg.start_soon(sync, tenant, path)
        stats = client.stats
    elapsed = time.monotonic() - started

    print(
        f"\nfault storm: {TENANTS} tenants x {len(COLLECTIONS)} collections, "
        f"{sum(len(v) for v in exported.values())} items in {elapsed:.1f}s; "
        f"client requests={stats.requests} retries={stats.retries} refreshes={stats.refreshes}; "
        f"emulator faults={dict(emulator.stats.faults)} refreshes={emulator.stats.refreshes}"
    )
    assert duplicates == []
    for tenant in twin.tenant_ids:
        for path in COLLECTIONS:
            model = ITEM_MODELS[path]
            expected = await reference_items(
                twin, tenant, path, canonical=lambda raw, m=model: m.from_dict(raw).to_dict()
            )
            assert len(expected) == SIZES[path.rsplit("/", 1)[1]]
            assert exported[(tenant, path)] == expected, (tenant, path)
    # The storm really happened: every kind of fault hit, and tokens were refreshed.
    assert {"503", "429", "drop"} <= set(emulator.stats.faults)
    assert stats.retries >= sum(emulator.stats.faults.values())
    assert stats.refreshes >= 1
