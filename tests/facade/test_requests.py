"""The requests the client puts on the wire are the ones httpx itself would build."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

import asperion_async as asp

from .conftest import MakeClient

pytestmark = pytest.mark.anyio

CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/v1/debtors", {"params": {"page": 2, "pageSize": 100}}),
    ("GET", "/v1/debtors", {"params": {"Name": "Bakkerij de Ster & Zn", "IsActive": True}}),
    ("GET", "/v1/debtors?fields=id", {"params": {"Id": [1, 2, 3]}}),
    ("GET", "/v1/files/a%20b", {}),
    ("POST", "/v1/debtors", {"json": {"name": "Hé €"}, "params": {"validateOnly": "true"}}),
    ("PUT", "/v1/debtors/7", {"content": b"{}", "headers": {"Content-Type": "application/json"}}),
]


@pytest.mark.parametrize("base", ["https://api.example.test", "https://api.example.test/api/"])
@pytest.mark.parametrize(("method", "path", "options"), CASES)
async def test_request_matches_what_httpx_builds(
    make_client: MakeClient,
    router: respx.MockRouter,
    base: str,
    method: str,
    path: str,
    options: dict[str, Any],
) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    router.route(host="api.example.test").mock(side_effect=answer)
    async with make_client(base_url=base, tenant_id=100001) as client:
        await client.request(method, path, **options)
        expected_client = httpx.AsyncClient(
            base_url=base, headers=client._pipeline.http.headers, timeout=30.0
        )
    expected = expected_client.build_request(method, path, **options)
    (request,) = sent
    assert str(request.url) == str(expected.url)
    assert request.content == expected.content
    assert request.extensions["timeout"] == expected.extensions["timeout"]
    own = {"authorization", "x-tenant-id"}
    assert [(k, v) for k, v in request.headers.multi_items() if k not in own] == [
        (k, v) for k, v in expected.headers.multi_items()
    ]
    assert request.headers["X-Tenant-Id"] == "100001"


async def test_cookies_an_answer_sets_are_not_sent_to_any_tenant(
    make_client: MakeClient, router: respx.MockRouter
) -> None:
    cookies: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        cookies.append(request.headers.get("Cookie"))
        return httpx.Response(200, json={}, headers={"Set-Cookie": "session=abc; Path=/"})

    router.get("https://api.example.test/v1/ping").mock(side_effect=answer)
    async with make_client(base_url="https://api.example.test") as client:
        await client.tenant(100001).request("GET", "/v1/ping")
        await client.tenant(100002).request("GET", "/v1/ping")
        await client.tenant(100002).request("GET", "https://api.example.test/v1/ping")
    assert cookies == [None, None, None]


class _NetworkBody(httpx.AsyncByteStream):
    """A body read as from a socket (a mock's own bytes count as read and closed at once)."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._body


async def test_responses_carry_their_request_and_elapsed_time(
    make_client: MakeClient, router: respx.MockRouter
) -> None:
    router.get("https://api.example.test/v1/ping").mock(
        side_effect=lambda request: httpx.Response(200, stream=_NetworkBody(b"{}"))
    )
    async with make_client(base_url="https://api.example.test") as client:
        t = client.tenant(100001)
        response = await t.request("GET", "/v1/ping")
        assert response.request.url == "https://api.example.test/v1/ping"
        assert response.request.headers["X-Tenant-Id"] == "100001"
        assert response.elapsed.total_seconds() >= 0
        async with t.stream("GET", "/v1/ping") as streamed:
            assert streamed.request.url == "https://api.example.test/v1/ping"
            with pytest.raises(RuntimeError, match="elapsed"):
                _ = streamed.elapsed  # known once the body is closed, as in httpx
            await streamed.aread()
        assert streamed.elapsed.total_seconds() >= 0


async def test_a_transport_error_carries_the_request_that_failed(
    make_client: MakeClient, router: respx.MockRouter
) -> None:
    router.get("https://api.example.test/v1/ping").mock(side_effect=httpx.ConnectError("refused"))
    async with make_client(base_url="https://api.example.test", max_retries=0) as client:
        with pytest.raises(asp.TransportError) as caught:
            await client.tenant(100001).request("GET", "/v1/ping")
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.url == "https://api.example.test/v1/ping"


async def test_a_closed_client_refuses_to_send(
    make_client: MakeClient, router: respx.MockRouter
) -> None:
    route = router.get("https://api.example.test/v1/ping").mock(
        return_value=httpx.Response(200, json={})
    )
    client = make_client(base_url="https://api.example.test")
    await client.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await client.tenant(100001).request("GET", "/v1/ping")
    assert not route.called
