"""Concurrency caps (client-wide and per tenant), the rate limit, and clean cancellation."""

from __future__ import annotations

from collections import Counter

import anyio
import httpx
import pytest
import respx

import asperion_async as asp
from asperion_async._limits import Limits, RateLimiter

from .conftest import MakeClient
from .support import API

pytestmark = pytest.mark.anyio


class InFlightServer:
    """Counts requests in flight, overall and per tenant, and remembers the peaks."""

    def __init__(self) -> None:
        self.now = 0
        self.peak = 0
        self.per_tenant: Counter[str] = Counter()
        self.tenant_peak: Counter[str] = Counter()
        self.statuses: list[int] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        tenant = request.headers.get("X-Tenant-Id", "-")
        self.now += 1
        self.per_tenant[tenant] += 1
        self.peak = max(self.peak, self.now)
        self.tenant_peak[tenant] = max(self.tenant_peak[tenant], self.per_tenant[tenant])
        try:
            for _ in range(5):
                await anyio.sleep(0.001)
        finally:
            self.now -= 1
            self.per_tenant[tenant] -= 1
        return httpx.Response(200, json={})


async def test_client_wide_cap_is_never_exceeded(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    server = InFlightServer()
    router.get(f"{API}/v1/debtors").mock(side_effect=server)
    client = make_client(max_concurrency=5, tenant_concurrency=None)
    async with client, anyio.create_task_group() as tg:
        for n in range(60):
            tg.start_soon(client.tenant(1 + n % 20).request, "GET", "/v1/debtors")
    assert server.peak == 5


async def test_tenant_cap_is_never_exceeded(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    server = InFlightServer()
    router.get(f"{API}/v1/debtors").mock(side_effect=server)
    client = make_client(max_concurrency=50, tenant_concurrency=2)
    async with client, anyio.create_task_group() as tg:
        for n in range(90):
            tg.start_soon(client.tenant(1 + n % 3).request, "GET", "/v1/debtors")
    assert dict(server.tenant_peak) == {"1": 2, "2": 2, "3": 2}
    assert server.peak == 6


async def test_backoff_sleep_holds_no_slot(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    """A request waiting out a Retry-After must not block another one behind the cap."""
    second_done = anyio.Event()
    router.get(f"{API}/v1/slow").mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": "30"}), httpx.Response(200)]
    )
    router.get(f"{API}/v1/fast").respond(200)
    client = make_client(max_concurrency=1, tenant_concurrency=None)
    async with client, anyio.create_task_group() as tg:
        tg.start_soon(client.request, "GET", "/v1/slow")
        await anyio.wait_all_tasks_blocked()

        async def fast() -> None:
            await client.request("GET", "/v1/fast")
            second_done.set()

        tg.start_soon(fast)
        with anyio.fail_after(5):
            await second_done.wait()
        tg.cancel_scope.cancel()


async def test_rate_limit_spaces_starts_evenly() -> None:
    """Count-based: on a frozen clock, the k-th of n waiters is told to wait k/rate seconds."""
    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)
        await anyio.lowlevel.checkpoint()

    limiter = RateLimiter(20.0, clock=lambda: 100.0, sleep=record)
    async with anyio.create_task_group() as tg:
        for _ in range(40):
            tg.start_soon(limiter.wait)
    assert sorted(waits) == pytest.approx([k / 20.0 for k in range(40)])


async def test_rate_limit_has_no_burst_after_idle() -> None:
    clock = [0.0]
    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)

    limiter = RateLimiter(10.0, clock=lambda: clock[0], sleep=record)
    await limiter.wait()
    clock[0] = 50.0  # long idle: still one start per 100 ms afterwards, no saved-up burst
    for _ in range(3):
        await limiter.wait()
    assert waits == pytest.approx([0.0, 0.0, 0.1, 0.2])


async def test_cancelled_rate_waiter_gives_its_start_back() -> None:
    limiter = RateLimiter(1.0, clock=lambda: 0.0)
    await limiter.wait()
    with anyio.move_on_after(0.01):
        await limiter.wait()  # would wait 1 s; cancelled
    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)

    limiter._sleep = record
    await limiter.wait()
    assert waits == [1.0]


async def test_rate_limit_applies_to_requests(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/debtors").respond(200)
    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)

    client = make_client(rate_limit=5.0)
    limiter = client._pipeline.limits.rate
    assert limiter is not None
    limiter._clock = lambda: 0.0
    limiter._sleep = record
    async with client:
        for _ in range(3):
            await client.request("GET", "/v1/debtors")
    assert waits == pytest.approx([0.0, 0.2, 0.4])


@pytest.mark.parametrize("tenant_concurrency", [None, 1])
async def test_a_freed_slot_goes_to_the_longest_waiter_not_a_newcomer(
    anyio_backend: str, tenant_concurrency: int | None
) -> None:
    limits = Limits(max_concurrency=1, tenant_concurrency=tenant_concurrency, rate_limit=None)
    order: list[str] = []
    release_first = anyio.Event()

    async def first() -> None:
        async with limits.slot("a"):
            order.append("first")
            await release_first.wait()
        async with limits.slot("a"):  # straight back, without passing the event loop
            order.append("first again")

    async def waiter() -> None:
        async with limits.slot("a"):
            order.append("waiter")

    async with anyio.create_task_group() as tg:
        tg.start_soon(first)
        await anyio.wait_all_tasks_blocked()
        tg.start_soon(waiter)
        await anyio.wait_all_tasks_blocked()
        release_first.set()

    assert order == ["first", "waiter", "first again"]
    assert (limits.in_flight, limits.tenants_in_flight) == (0, 0)


async def test_a_task_cancelled_while_queued_for_a_slot_leaves_nothing_behind(
    anyio_backend: str,
) -> None:
    limits = Limits(max_concurrency=1, tenant_concurrency=1, rate_limit=None)
    async with limits.slot("a"):
        with anyio.move_on_after(0.01) as scope:
            async with limits.slot("a"):
                pytest.fail("the slot was taken twice")
        assert scope.cancelled_caught
        assert limits.tenants_in_flight == 1
    assert (limits.in_flight, limits.tenants_in_flight) == (0, 0)


async def test_cancellation_mid_request_leaves_limits_clean(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    entered = anyio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        entered.set()
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    router.get(f"{API}/v1/hang").mock(side_effect=hang)
    router.get(f"{API}/v1/ok").respond(200)
    client = make_client(max_concurrency=2, tenant_concurrency=1)
    limits = client._pipeline.limits
    async with client:
        t = client.tenant(42)
        async with anyio.create_task_group() as tg:
            tg.start_soon(t.request, "GET", "/v1/hang")
            await entered.wait()
            assert limits.in_flight == 1
            assert limits.tenants_in_flight == 1
            tg.cancel_scope.cancel()
        assert limits.in_flight == 0
        assert limits.tenants_in_flight == 0
        for _ in range(3):  # the tenant's single slot is free again
            await t.request("GET", "/v1/ok")


async def test_stream_holds_its_slot_until_closed(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/files/a").respond(200, content=b"%PDF-1.7 data")
    client = make_client(max_concurrency=3)
    limits = client._pipeline.limits
    async with client:
        async with client.stream("GET", "/v1/files/a") as response:
            assert limits.in_flight == 1
            assert b"".join([c async for c in response.aiter_bytes()]) == b"%PDF-1.7 data"
        assert limits.in_flight == 0


@pytest.mark.parametrize(
    "options",
    [
        {"max_concurrency": 0},
        {"max_concurrency": True},
        {"max_concurrency": 2, "tenant_concurrency": 0},
        {"max_concurrency": 2, "rate_limit": 0.0},
        {"max_concurrency": 2, "rate_limit": -1.0},
    ],
)
def test_bad_limits_are_rejected(options: dict[str, object]) -> None:
    settings: dict[str, object] = {"tenant_concurrency": None, "rate_limit": None}
    settings.update(options)
    with pytest.raises(ValueError, match="must be a positive"):
        Limits(**settings)  # type: ignore[arg-type]


async def test_client_rejects_bad_limits_before_io(make_client: MakeClient) -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        make_client(max_concurrency=-3)
    assert isinstance(make_client(tenant_concurrency=None), asp.AsperionClient)
