"""Defect 6: the tenant header comes from a plain int, never from str() of the caller's object."""

from __future__ import annotations

import enum

import pytest
import respx

from .conftest import API, MakeClient

pytestmark = pytest.mark.anyio


class Administration(enum.IntEnum):
    ACME = 7


class Sneaky(int):
    """An int subclass whose text would forge a header line."""

    def __str__(self) -> str:
        return f"{int(self)}\r\nX-Forged: 1"

    __repr__ = __str__
    __format__ = lambda self, spec: str(self)  # noqa: E731


@pytest.mark.parametrize(
    ("tenant", "expected"), [(Administration.ACME, "7"), (Sneaky(5), "5")], ids=["IntEnum", "sub"]
)
async def test_tenant_ids_are_plain_ints_at_the_boundary(
    anyio_backend: str,
    router: respx.MockRouter,
    make_client: MakeClient,
    tenant: int,
    expected: str,
) -> None:
    route = router.get(f"{API}/v1/ping").respond(200)
    async with make_client(tenant_id=tenant) as client:
        view = client.tenant(tenant)
        assert type(view.tenant_id) is int
        assert type(client.tenant_id) is int
        assert repr(view) == f"TenantClient(tenant_id={expected})"
        await view.request("GET", "/v1/ping")
        await client.request("GET", "/v1/ping")
    sent = [call.request.headers["X-Tenant-Id"] for call in route.calls]
    assert sent == [expected, expected]
    assert all("X-Forged" not in call.request.headers for call in route.calls)


@pytest.mark.parametrize("tenant", [True, 7.0, "7", None, b"7"])
def test_tenant_ids_that_are_not_ints_are_refused(make_client: MakeClient, tenant: object) -> None:
    client = make_client()
    with pytest.raises(TypeError, match="tenant id"):
        client.tenant(tenant)  # type: ignore[arg-type]
