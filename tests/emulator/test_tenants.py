"""X-Tenant-Id selects the administration; the default one without it; 403 for others."""

from __future__ import annotations

import httpx
import pytest

from asperion_async.testing import AsperionEmulator


@pytest.mark.anyio
async def test_tenant_header_selects_the_administration(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    first, second, _ = emulator.tenant_ids
    default = (await client.get("/v1/debtors", params={"pageSize": 5})).json()
    other = (
        await client.get(
            "/v1/debtors", params={"pageSize": 5}, headers={"X-Tenant-Id": str(second)}
        )
    ).json()
    assert default["_meta"]["administrationId"] == first == emulator.default_tenant
    assert other["_meta"]["administrationId"] == second
    assert {i["_meta"]["administrationId"] for i in other["_data"]} == {second}
    assert [d["name"] for d in default["_data"]] != [d["name"] for d in other["_data"]]


@pytest.mark.anyio
async def test_ids_look_like_the_vendors_and_are_listed(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    assert emulator.tenant_ids == [100001, 100002, 100003]
    listed = (await client.get("/v1/administrations")).json()["_data"]
    assert [a["id"] for a in listed] == emulator.tenant_ids


@pytest.mark.anyio
@pytest.mark.parametrize(("header", "status"), [("999999", 403), ("abc", 400)])
async def test_tenant_without_access_or_malformed(
    client: httpx.AsyncClient, header: str, status: int
) -> None:
    response = await client.get("/v1/debtors", headers={"X-Tenant-Id": header})
    assert response.status_code == status
    assert response.json()["status"] == status


@pytest.mark.anyio
async def test_writes_stay_in_their_tenant(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    second = emulator.tenant_ids[1]
    created = await client.post(
        "/v1/debtors",
        headers={"X-Tenant-Id": str(second)},
        json={"name": "Alleen hier", "debtorKindId": "DEB"},
    )
    new_id = created.json()["id"]
    assert created.json()["_meta"]["administrationId"] == second
    assert (await client.get(f"/v1/debtors/{new_id}")).status_code == 404
    assert emulator.stats.requests_to("/v1/debtors", tenant=second) == 1


def test_explicit_tenant_ids_and_bad_arguments() -> None:
    assert AsperionEmulator(tenants=[555001, 555002]).default_tenant == 555001
    for bad in (0, [], [1, 1], [-3], ["7"]):
        with pytest.raises(ValueError, match="tenant"):
            AsperionEmulator(tenants=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sizes"):
        AsperionEmulator(sizes={"nonsense": 3})
