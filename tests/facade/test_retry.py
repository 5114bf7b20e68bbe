"""The retry policy: what is retried, how often, after what wait."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
import respx

import asperion_async as asp
from asperion_async._retry import RetryPolicy, parse_retry_after

from .conftest import MakeClient
from .support import API

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "POST"])
async def test_429_is_retried_for_every_method(
    router: respx.MockRouter, make_client: MakeClient, method: str
) -> None:
    route = router.route(method=method, url=f"{API}/v1/debtors/1").mock(
        side_effect=[httpx.Response(429), httpx.Response(429), httpx.Response(200)]
    )
    async with make_client() as client:
        response = await client.request(method, "/v1/debtors/1")
        assert response.status_code == 200
        assert client.stats.retries == 2
        assert client.stats.requests == 3
    assert route.call_count == 3


@pytest.mark.parametrize("status", [502, 503, 504])
@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE"])
async def test_gateway_errors_are_retried_for_idempotent_methods(
    router: respx.MockRouter, make_client: MakeClient, method: str, status: int
) -> None:
    route = router.route(method=method, url=f"{API}/v1/debtors/1").mock(
        side_effect=[httpx.Response(status), httpx.Response(200)]
    )
    async with make_client() as client:
        await client.request(method, "/v1/debtors/1")
    assert route.call_count == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_post_5xx_is_sent_once(
    router: respx.MockRouter, make_client: MakeClient, status: int
) -> None:
    route = router.post(f"{API}/v1/debtors").respond(status)
    async with make_client() as client:
        with pytest.raises(asp.ServerError) as caught:
            await client.request("POST", "/v1/debtors", json={"name": "x"})
    assert route.call_count == 1
    assert caught.value.status_code == status


async def test_500_is_not_retried(router: respx.MockRouter, make_client: MakeClient) -> None:
    route = router.get(f"{API}/v1/debtors").respond(500)
    async with make_client() as client:
        with pytest.raises(asp.ServerError):
            await client.request("GET", "/v1/debtors")
    assert route.call_count == 1


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("full")],
)
async def test_post_is_retried_when_it_never_left(
    router: respx.MockRouter, make_client: MakeClient, error: Exception
) -> None:
    route = router.post(f"{API}/v1/debtors").mock(
        side_effect=[error, httpx.Response(201, json={"id": 7})]
    )
    async with make_client() as client:
        response = await client.request("POST", "/v1/debtors", json={"name": "x"})
    assert response.json() == {"id": 7}
    assert route.call_count == 2


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.RemoteProtocolError("eof")]
)
async def test_post_is_not_retried_once_it_may_have_arrived(
    router: respx.MockRouter, make_client: MakeClient, error: Exception
) -> None:
    route = router.post(f"{API}/v1/debtors").mock(side_effect=[error, httpx.Response(201)])
    async with make_client() as client:
        with pytest.raises(asp.TransportError) as caught:
            await client.request("POST", "/v1/debtors", json={"name": "x"})
    assert route.call_count == 1
    assert caught.value.request is not None
    assert caught.value.request.method == "POST"
    assert "Authorization" not in caught.value.request.headers


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.ConnectError("refused")]
)
async def test_get_network_errors_are_retried(
    router: respx.MockRouter, make_client: MakeClient, error: Exception
) -> None:
    route = router.get(f"{API}/v1/debtors").mock(
        side_effect=[error, error, httpx.Response(200, json={"_data": []})]
    )
    async with make_client() as client:
        response = await client.request("GET", "/v1/debtors")
    assert response.json() == {"_data": []}
    assert route.call_count == 3


async def test_retries_run_out(router: respx.MockRouter, make_client: MakeClient) -> None:
    route = router.get(f"{API}/v1/debtors").mock(side_effect=httpx.ReadTimeout("slow"))
    async with make_client(max_retries=2) as client:
        with pytest.raises(asp.TransportError, match="3 attempt"):
            await client.request("GET", "/v1/debtors")
    assert route.call_count == 3


async def test_429_after_retries_is_rate_limit_error(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").respond(429, headers={"Retry-After": "0"})
    async with make_client(max_retries=1) as client:
        with pytest.raises(asp.RateLimitError) as caught:
            await client.request("GET", "/v1/debtors")
    assert route.call_count == 2
    assert caught.value.retry_after == 0.0


async def test_long_retry_after_is_raised_not_waited(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").respond(429, headers={"Retry-After": "3600"})
    async with make_client() as client:
        with pytest.raises(asp.RateLimitError) as caught:
            await client.request("GET", "/v1/debtors")
    assert route.call_count == 1
    assert caught.value.retry_after == 3600.0


async def test_retry_after_is_the_wait(
    router: respx.MockRouter, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)

    monkeypatch.setattr("asperion_async._pipeline.anyio.sleep", record)
    router.get(f"{API}/v1/debtors").mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": "7"}), httpx.Response(200)]
    )
    async with make_client() as client:
        await client.request("GET", "/v1/debtors")
    assert waits == [7.0]


def test_retry_after_seconds_and_http_date() -> None:
    now = time.time()
    in_two_minutes = email.utils.formatdate(now + 120, usegmt=True)
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(in_two_minutes, now=now) == pytest.approx(120, abs=1)
    assert parse_retry_after(email.utils.formatdate(now - 60, usegmt=True), now=now) == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00") is None  # no zone: not an HTTP date


def test_backoff_is_full_jitter_exponential_and_capped() -> None:
    bounds: list[tuple[float, float]] = []

    def jitter(low: float, high: float) -> float:
        bounds.append((low, high))
        return high

    policy = RetryPolicy(max_retries=10, backoff_base=0.5, backoff_cap=3.0, jitter=jitter)
    assert [policy.delay(n) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert all(low == 0.0 for low, _ in bounds)
    assert policy.delay(0, retry_after=4.0) == 4.0


def test_policy_rejects_bad_settings() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=True)
    with pytest.raises(ValueError, match="backoff"):
        RetryPolicy(max_retries=1, backoff_base=-1)


async def test_no_retries_when_max_retries_is_zero(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").respond(503)
    async with make_client(max_retries=0) as client:
        with pytest.raises(asp.ServerError):
            await client.request("GET", "/v1/debtors")
    assert route.call_count == 1
