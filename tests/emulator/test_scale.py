"""Determinism and laziness: same seed same data; a 100 000-item tenant pages cheaply."""

from __future__ import annotations

import pytest

from asperion_async.testing import AsperionEmulator

from .conftest import make_client


async def _snapshot(emulator: AsperionEmulator) -> list[object]:
    async with make_client(emulator) as client:
        pages = []
        for path in (
            "/v1/debtors",
            "/v1/salesinvoiceswithlines",
            "/v1/journalentrieswithlines",
            "/v1/inboxfiles",
            "/v1/ledgeraccounts",
        ):
            pages.append((await client.get(path, params={"pageSize": 100})).json()["_data"])
        return pages


@pytest.mark.anyio
async def test_same_seed_same_data_other_seed_other_data() -> None:
    first = await _snapshot(AsperionEmulator(tenants=2, seed=11))
    second = await _snapshot(AsperionEmulator(tenants=2, seed=11))
    other = await _snapshot(AsperionEmulator(tenants=2, seed=12))
    assert first == second
    assert first != other


@pytest.mark.anyio
async def test_hundred_thousand_items_page_without_building_them() -> None:
    emulator = AsperionEmulator(tenants=1, seed=0, sizes={"debtors": 100_000})
    tenant = emulator.default_tenant
    async with make_client(emulator) as client:
        last = (await client.get("/v1/debtors", params={"page": 1000, "pageSize": 100})).json()
        meta = (await client.get("/v1/debtors", params={"metaOnly": "true"})).json()["_meta"]
        far = await client.get("/v1/debtors/99999")
    assert [d["id"] for d in last["_data"]] == list(range(99_901, 100_001))
    assert last["_meta"]["nextPage"] is None
    assert meta["totalCount"] == 100_000
    assert meta["pageCount"] == 1000
    assert far.json()["id"] == 99_999
    collection = emulator._tenants.get(tenant).collection("debtors")  # type: ignore[union-attr]
    assert collection._changed == {}  # nothing was materialised or stored


@pytest.mark.anyio
async def test_deletions_in_a_large_collection_keep_paging_consistent() -> None:
    emulator = AsperionEmulator(tenants=1, seed=0, sizes={"debtors": 100_000})
    tenant = emulator.default_tenant
    for item_id in (1, 50_000, 99_999):
        emulator.mutate(tenant, "debtors", item_id, delete=True)
    created = emulator.mutate(tenant, "debtors", changes={"name": "Nieuw", "debtorKindId": "DEB"})
    async with make_client(emulator) as client:
        first = (await client.get("/v1/debtors", params={"pageSize": 3})).json()
        last = (await client.get("/v1/debtors", params={"page": 20_000, "pageSize": 5})).json()
    assert [d["id"] for d in first["_data"]] == [2, 3, 4]
    assert first["_meta"]["totalCount"] == 99_998
    assert created is not None
    assert [d["id"] for d in last["_data"]] == [99_998, 100_000, created["id"]]
