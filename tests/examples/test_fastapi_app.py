"""examples/fastapi_app.py: one client for the app's life, tenant data served over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from asperion_client.api.debtors import list_debtors
from fastapi import FastAPI

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

from .conftest import Connect, load_example

pytestmark = pytest.mark.anyio

fastapi_app = load_example("fastapi_app")


class _Factory:
    """Counts the clients the app makes (it should make one, for its whole life)."""

    def __init__(self, connect: Connect) -> None:
        self._connect = connect
        self.made: list[asp.AsperionClient] = []

    def __call__(self) -> asp.AsperionClient:
        client = self._connect()
        self.made.append(client)
        return client


@pytest.fixture
def factory(connect: Connect) -> _Factory:
    return _Factory(connect)


@pytest.fixture
async def http(factory: _Factory) -> AsyncIterator[httpx.AsyncClient]:
    app: FastAPI = fastapi_app.create_app(factory)
    # httpx's ASGITransport does not run the lifespan; the app's own context manager does.
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http,
    ):
        yield http
    assert factory.made
    assert factory.made[0].is_closed  # the lifespan closed the client


async def _debtor_ids(connect: Connect, tenant: int, **filters: Any) -> list[int]:
    async with connect() as client:
        return [d.id async for d in client.tenant(tenant).paginate(list_debtors, **filters)]


async def test_one_client_serves_every_request(
    http: httpx.AsyncClient, factory: _Factory, emulator: AsperionEmulator
) -> None:
    for tenant in emulator.tenant_ids:
        assert (
            await http.get(f"/tenants/{tenant}/debtors", params={"limit": 3})
        ).status_code == 200
    assert len(factory.made) == 1
    assert factory.made[0].stats.requests == len(emulator.tenant_ids)


async def test_tenants(http: httpx.AsyncClient, emulator: AsperionEmulator) -> None:
    response = await http.get("/tenants")
    assert response.status_code == 200
    assert [t["id"] for t in response.json()] == emulator.tenant_ids
    assert all(t["name"] for t in response.json())


async def test_debtors_of_one_tenant_across_pages(
    http: httpx.AsyncClient, connect: Connect, emulator: AsperionEmulator
) -> None:
    tenant = emulator.tenant_ids[1]
    expected = await _debtor_ids(connect, tenant)
    assert len(expected) > 7  # so that limit=7 cuts the list short

    everything = await http.get(f"/tenants/{tenant}/debtors", params={"limit": 1000})
    assert [d["id"] for d in everything.json()] == expected
    first = await http.get(f"/tenants/{tenant}/debtors", params={"limit": 7})
    assert [d["id"] for d in first.json()] == expected[:7]


async def test_debtors_filtered_by_city(
    http: httpx.AsyncClient, connect: Connect, emulator: AsperionEmulator
) -> None:
    tenant = emulator.tenant_ids[0]
    city = emulator.item(tenant, "debtors", (await _debtor_ids(connect, tenant))[0])["city"]
    response = await http.get(f"/tenants/{tenant}/debtors", params={"city": city})
    found = response.json()
    assert found
    assert all(city in d["city"] for d in found)
    assert [d["id"] for d in found] == await _debtor_ids(connect, tenant, city=city)


async def test_one_debtor_and_a_missing_one(
    http: httpx.AsyncClient, connect: Connect, emulator: AsperionEmulator
) -> None:
    tenant = emulator.tenant_ids[2]
    debtor_id = (await _debtor_ids(connect, tenant))[-1]
    response = await http.get(f"/tenants/{tenant}/debtors/{debtor_id}")
    assert response.status_code == 200
    assert response.json()["id"] == debtor_id
    assert response.json()["name"] == emulator.item(tenant, "debtors", debtor_id)["name"]
    missing = await http.get(f"/tenants/{tenant}/debtors/987654321")
    assert missing.status_code == 404


async def test_an_administration_out_of_reach_is_forbidden(
    http: httpx.AsyncClient, emulator: AsperionEmulator
) -> None:
    outside = max(emulator.tenant_ids) + 1
    assert (await http.get(f"/tenants/{outside}/debtors")).status_code == 403
    assert (await http.get("/tenants/0/debtors")).status_code == 422
    assert (await http.get("/tenants/1/debtors", params={"limit": 0})).status_code == 422
