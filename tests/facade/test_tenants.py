"""Tenant views: isolation under concurrency, validation before any I/O."""

from __future__ import annotations

import random

import anyio
import httpx
import pytest
import respx

from .conftest import MakeClient
from .support import API

pytestmark = pytest.mark.anyio


async def echo_tenant(request: httpx.Request) -> httpx.Response:
    # Yield a few times so that hundreds of requests really interleave.
    for _ in range(random.randint(0, 3)):
        await anyio.lowlevel.checkpoint()
    return httpx.Response(200, json={"tenant": request.headers.get("X-Tenant-Id")})


async def test_hundreds_of_tenants_never_see_each_others_header(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/administrations").mock(side_effect=echo_tenant)
    answers: dict[int, list[str | None]] = {}
    client = make_client(max_concurrency=64, tenant_concurrency=2)

    async def ask(tenant_id: int) -> None:
        response = await client.tenant(tenant_id).request("GET", "/v1/administrations")
        answers.setdefault(tenant_id, []).append(response.json()["tenant"])

    async with client, anyio.create_task_group() as tg:
        for tenant_id in range(100_001, 100_301):
            for _ in range(3):
                tg.start_soon(ask, tenant_id)
    assert len(answers) == 300
    for tenant_id, seen in answers.items():
        assert seen == [str(tenant_id)] * 3


async def test_client_default_tenant_and_no_tenant(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/administrations").mock(side_effect=echo_tenant)
    async with make_client() as plain, make_client(tenant_id=100003) as pinned:
        assert (await plain.request("GET", "/v1/administrations")).json() == {"tenant": None}
        assert (await pinned.request("GET", "/v1/administrations")).json() == {"tenant": "100003"}
        view = pinned.tenant(100004)
        assert (await view.request("GET", "/v1/administrations")).json() == {"tenant": "100004"}
        assert (pinned.tenant_id, view.tenant_id, plain.tenant_id) == (100003, 100004, None)
        assert repr(view) == "TenantClient(tenant_id=100004)"
        assert view.stats is pinned.stats


async def test_tenant_header_name_is_configurable(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").respond(200)
    async with make_client(tenant_header="X-TenantId") as client:
        await client.tenant(5).request("GET", "/v1/debtors")
    sent = route.calls.last.request.headers
    assert sent["X-TenantId"] == "5"
    assert "X-Tenant-Id" not in sent


@pytest.mark.parametrize(
    ("tenant_id", "error"),
    [
        (0, ValueError),
        (-4, ValueError),
        (True, TypeError),
        (False, TypeError),
        ("100003", TypeError),
        (1.0, TypeError),
        (None, TypeError),
    ],
)
async def test_bad_tenant_ids_are_rejected_with_nothing_sent(
    router: respx.MockRouter, make_client: MakeClient, tenant_id: object, error: type[Exception]
) -> None:
    client = make_client()
    async with client:
        with pytest.raises(error):
            client.tenant(tenant_id)  # type: ignore[arg-type]
    if tenant_id is not None:
        with pytest.raises(error):
            make_client(tenant_id=tenant_id)
    assert not router.calls


@pytest.mark.parametrize("header", ["", "X Tenant:", "Tenänt"])
def test_bad_tenant_header_name(make_client: MakeClient, header: str) -> None:
    with pytest.raises(ValueError, match="tenant_header"):
        make_client(tenant_header=header)


@pytest.mark.parametrize("name", ["Authorization", "x-tenant-id"])
async def test_reserved_headers_cannot_be_overridden(
    router: respx.MockRouter, make_client: MakeClient, name: str
) -> None:
    async with make_client() as client:
        with pytest.raises(ValueError, match="set by the client"):
            await client.tenant(3).request("GET", "/v1/debtors", headers={name: "1"})
        with pytest.raises(ValueError, match="set by the client"):
            async with client.stream("GET", "/v1/debtors", headers={name: "1"}):
                pass
    assert not router.calls


async def test_foreign_absolute_urls_are_refused(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").respond(200)
    async with make_client() as client:
        with pytest.raises(ValueError, match="only URLs on the API host"):
            await client.request("GET", "https://elsewhere.example/v1/debtors")
        await client.request("GET", f"{API}/v1/debtors?page=2")
    assert route.call_count == 1
