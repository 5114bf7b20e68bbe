"""``http_client=``: a caller's configured ``httpx.AsyncClient`` under the SDK's guarantees."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

from .conftest import MakeClient
from .support import API, TOKEN_URL, TokenServer, bearer, expired_token, fresh_token

pytestmark = pytest.mark.anyio


def caller_client(router: respx.MockRouter, **options: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(router.async_handler), **options)


def with_http_client(make_client: MakeClient, http: httpx.AsyncClient, **options: Any) -> Any:
    return make_client(transport=None, http_client=http, **options)


async def test_requests_go_through_the_callers_client_and_its_event_hooks(
    router: respx.MockRouter, make_client: MakeClient, token_server: TokenServer
) -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.host}{request.url.path}")

    router.get(f"{API}/v1/debtors").respond(200, json={})
    http = caller_client(router, event_hooks={"request": [hook]})
    store = asp.MemoryTokenStore(expired_token())
    async with with_http_client(make_client, http, store=store) as client:
        await client.tenant(7).request("GET", "/v1/debtors")

    assert seen == [
        "POST identity.example.test/connect/token",
        "GET api.example.test/v1/debtors",
    ]
    assert token_server.refreshes == 1


async def test_the_sdk_sets_token_tenant_and_its_headers_and_keeps_the_callers_own(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").respond(200, json={})
    http = caller_client(
        router,
        base_url="https://elsewhere.example.test",
        headers={
            "X-Trace": "trace-1",
            "Authorization": "Basic bm90OnVzZWQ=",
            "X-Tenant-Id": "999",
            "Cookie": "session=caller",
        },
        auth=httpx.BasicAuth("not", "used"),
    )
    async with with_http_client(make_client, http) as client:
        await client.request("GET", "/v1/debtors")
        await client.tenant(5).request("GET", "/v1/debtors")

    first, second = (call.request for call in route.calls)
    assert first.url.host == "api.example.test"  # the SDK's base URL, not the client's
    assert bearer(first) == fresh_token().access_token
    assert "x-tenant-id" not in first.headers  # no stray tenant from the client's defaults
    assert second.headers["X-Tenant-Id"] == "5"
    assert first.headers["X-Trace"] == "trace-1"
    assert first.headers["User-Agent"].startswith("asperion-async/")
    assert "cookie" not in first.headers


async def test_no_cookie_is_ever_sent_to_the_api(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").respond(
        200, json={}, headers={"Set-Cookie": "tenant=7; Path=/"}
    )
    http = caller_client(router, cookies={"session": "caller"})
    async with with_http_client(make_client, http) as client:
        await client.tenant(7).request("GET", "/v1/debtors")
        await client.tenant(8).request("GET", "/v1/debtors")

    assert [call.request.headers.get("cookie") for call in route.calls] == [None, None]


async def test_token_requests_carry_none_of_the_callers_cookies_or_auth(
    router: respx.MockRouter, make_client: MakeClient, token_server: TokenServer
) -> None:
    router.get(f"{API}/v1/debtors").respond(200, json={})
    http = caller_client(router, cookies={"session": "caller"}, auth=httpx.BasicAuth("not", "used"))
    store = asp.MemoryTokenStore(expired_token())
    async with with_http_client(make_client, http, store=store) as client:
        await client.request("GET", "/v1/debtors")

    (call,) = router.routes[0].calls
    assert call.request.url == TOKEN_URL
    assert "cookie" not in call.request.headers
    assert "authorization" not in call.request.headers


async def test_redirects_are_not_followed_even_if_the_client_would(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    elsewhere = router.get("https://elsewhere.example.test/steal").respond(200, json={})
    router.get(f"{API}/v1/debtors").respond(
        302, headers={"Location": "https://elsewhere.example.test/steal"}
    )
    http = caller_client(router, follow_redirects=True)
    async with with_http_client(make_client, http) as client:
        with pytest.raises(asp.ApiError):
            await client.tenant(3).request("GET", "/v1/debtors")

    assert not elsewhere.called


async def test_retries_and_errors_work_through_the_callers_client(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/debtors").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={"ok": True})]
    )
    router.get(f"{API}/v1/creditors").respond(404, json={"title": "Not Found"})
    http = caller_client(router)
    async with with_http_client(make_client, http) as client:
        response = await client.request("GET", "/v1/debtors")
        with pytest.raises(asp.NotFoundError):
            await client.request("GET", "/v1/creditors")

    assert response.json() == {"ok": True}
    assert client.stats.retries == 1


async def test_the_sdk_never_closes_the_callers_client(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/debtors").respond(200, json={})
    http = caller_client(router)
    async with with_http_client(make_client, http) as client:
        await client.request("GET", "/v1/debtors")

    assert client.is_closed
    assert not http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await client.request("GET", "/v1/debtors")
    assert (await http.get(f"{API}/v1/debtors")).status_code == 200
    await http.aclose()


async def test_a_closed_callers_client_closes_the_sdk_client_too(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    http = caller_client(router)
    client = with_http_client(make_client, http)
    await http.aclose()

    assert client.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await client.request("GET", "/v1/debtors")


async def test_timeout_is_the_clients_own_unless_given(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").respond(200, json={})
    http = caller_client(router, timeout=httpx.Timeout(7.0, connect=2.0))
    async with with_http_client(make_client, http) as client:
        await client.request("GET", "/v1/debtors")
    async with with_http_client(make_client, caller_client(router), timeout=3.0) as client:
        await client.request("GET", "/v1/debtors")

    first, second = (call.request.extensions["timeout"] for call in route.calls)
    assert first == {"connect": 2.0, "read": 7.0, "write": 7.0, "pool": 7.0}
    assert second == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


async def test_off_host_urls_are_refused_before_any_request(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    http = caller_client(router, base_url="https://elsewhere.example.test")
    async with with_http_client(make_client, http) as client:
        with pytest.raises(ValueError, match="only URLs on the API host"):
            await client.request("GET", "https://elsewhere.example.test/v1/debtors")
    assert not router.calls


@pytest.mark.parametrize("other", [{"transport": httpx.AsyncHTTPTransport()}, {"http2": True}])
def test_http_client_excludes_transport_and_http2(other: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="http_client"):
        asp.AsperionClient(
            client_id="id",
            client_secret="secret",
            token_store=asp.MemoryTokenStore(fresh_token()),
            http_client=httpx.AsyncClient(),
            **other,
        )


async def test_end_to_end_against_the_emulator_through_a_callers_client() -> None:
    emulator = AsperionEmulator(tenants=2, seed=3, sizes={"costcenters": 250})
    hooked: list[str] = []

    async def hook(response: httpx.Response) -> None:
        hooked.append(response.request.headers["X-Tenant-Id"])

    tenant = emulator.tenant_ids[1]
    async with (
        httpx.AsyncClient(transport=emulator.transport(), event_hooks={"response": [hook]}) as http,
        asp.AsperionClient(
            client_id="emulator",
            client_secret="emulator-secret",
            token_store=asp.MemoryTokenStore(emulator.issue_token()),
            base_url="http://127.0.0.1",
            token_url="http://127.0.0.1/connect/token",
            http_client=http,
        ) as client,
    ):
        items = [item async for item in client.tenant(tenant).paginate("/v1/costcenters")]
        assert not http.is_closed

    assert len(items) == 250
    assert hooked == [str(tenant)] * 3
