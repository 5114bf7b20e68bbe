"""Plain ``async for`` over ``t.paginate`` fetches ahead in the client's task group.

A client open in ``async with`` lends its task group to the iterators of its tenant views:
later pages are fetched while the consumer works, at most ``prefetch`` of them, and a
``break``, an exception or a cancellation in the loop body stops those fetches and gives
back every limiter slot. The network here is the emulator behind a transport that counts
requests, can hold them at a gate and counts the ones cancelled while held.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import httpx
import pytest
from anyio.lowlevel import checkpoint
from asperion_client.api.debtors import list_debtors

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

pytestmark = pytest.mark.anyio

DEBTORS = 2000  # 20 pages of 100
PREFETCH = 4


class CountingNetwork(httpx.AsyncBaseTransport):
    """Forwards to the emulator; counts list requests, holds those of ``held_from`` on."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner
        self.pages: list[int] = []
        self.in_flight = 0
        self.cancelled = 0
        self.held_from: int | None = None
        self.waiting = 0
        self.gate = anyio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "0"))
        if request.url.path == "/v1/debtors":
            self.pages.append(page)
        self.in_flight += 1
        try:
            if self.held_from is not None and page >= self.held_from:
                self.waiting += 1
                try:
                    await self.gate.wait()
                finally:
                    self.waiting -= 1
            return await self._inner.handle_async_request(request)
        except anyio.get_cancelled_exc_class():
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1

    def hold(self, from_page: int) -> None:
        self.held_from = from_page

    def release(self) -> None:
        self.held_from = None
        self.gate.set()


@asynccontextmanager
async def open_client(
    network: CountingNetwork, emulator: AsperionEmulator, *, entered: bool = True
) -> AsyncIterator[asp.AsperionClient]:
    client = emulator.client(
        transport=network, max_concurrency=16, tenant_concurrency=None, max_retries=0
    )
    if entered:
        async with client:
            yield client
    else:
        try:
            yield client
        finally:
            await client.aclose()


@pytest.fixture
def emulator() -> AsperionEmulator:
    return AsperionEmulator(tenants=1, seed=3, sizes={"debtors": DEBTORS})


@pytest.fixture
def network(emulator: AsperionEmulator) -> CountingNetwork:
    return CountingNetwork(emulator.transport())


async def settled(client: asp.AsperionClient, network: CountingNetwork) -> None:
    """Wait until nothing is in flight and no limiter slot is held (a leak never gets
    there: ``fail_after`` turns it into a failure)."""
    limits = client._pipeline.limits
    with anyio.fail_after(10):
        while network.in_flight or limits.in_flight or limits.tenants_in_flight:
            await checkpoint()


async def wait_for_held(network: CountingNetwork, count: int) -> None:
    with anyio.fail_after(10):
        while network.waiting < count:
            await checkpoint()


async def test_later_pages_are_fetched_while_the_consumer_works(
    anyio_backend: str, emulator: AsperionEmulator, network: CountingNetwork
) -> None:
    async with open_client(network, emulator) as client:
        t = client.tenant(emulator.default_tenant)
        seen: list[int] = []
        requested_while_working: list[int] = []
        async for debtor in t.paginate(list_debtors, prefetch=PREFETCH):
            seen.append(debtor.id)
            if len(seen) % 100 == 1:  # first item of a page: the consumer works a while
                page = len(seen) // 100 + 1
                # The first window's requests are paced (spaced by a fraction of a round
                # trip), so the consumer works until the window is full, or for a while.
                with anyio.move_on_after(2):
                    while max(network.pages) < min(page + PREFETCH, 20) or network.in_flight:
                        await anyio.sleep(0.001)
                await anyio.wait_all_tasks_blocked()
                requested_while_working.append(max(network.pages))

    assert seen == list(range(1, DEBTORS + 1))
    # Holding page n, the consumer always finds pages up to n + PREFETCH fetched: they were
    # fetched during its own work (it never asked), and never more than PREFETCH ahead.
    assert requested_while_working[:16] == [n + PREFETCH for n in range(1, 17)]
    assert sorted(network.pages) == list(range(1, 21))  # 20: the last page the counts announce


async def test_without_async_with_the_client_fetches_only_when_asked(
    anyio_backend: str, emulator: AsperionEmulator, network: CountingNetwork
) -> None:
    async with open_client(network, emulator, entered=False) as client:
        items = client.tenant(emulator.default_tenant).paginate(list_debtors, prefetch=PREFETCH)
        await anext(items)
        await anyio.wait_all_tasks_blocked()
        assert network.pages == [1]
        rest = [debtor.id async for debtor in items]

    assert rest == list(range(2, DEBTORS + 1))


async def test_items_stay_in_page_order_when_pages_answer_out_of_order(
    anyio_backend: str,
) -> None:
    emulator = AsperionEmulator(tenants=1, seed=5, sizes={"debtors": 950}, latency=(0, 0.004))
    network = CountingNetwork(emulator.transport())
    async with open_client(network, emulator) as client:
        t = client.tenant(emulator.default_tenant)
        ids = [debtor.id async for debtor in t.paginate(list_debtors, page_size=50, prefetch=8)]

    assert ids == list(range(1, 951))


async def test_break_cancels_the_fetches_in_flight_and_frees_every_slot(
    anyio_backend: str, emulator: AsperionEmulator, network: CountingNetwork
) -> None:
    async with open_client(network, emulator) as client:
        t = client.tenant(emulator.default_tenant)
        network.hold(from_page=2)
        async for _ in t.paginate(list_debtors, prefetch=PREFETCH):
            await wait_for_held(network, PREFETCH)  # pages 2-5 under way
            break

        await settled(client, network)
        assert network.cancelled == PREFETCH
        network.release()
        page = await t.call(list_debtors, page=3, page_size=10)
        assert [d.id for d in page.data] == list(range(21, 31))
    assert sorted(network.pages) == [1, 2, 3, 3, 4, 5]  # the call asked for page 3 again


async def test_exception_in_the_loop_body_cancels_the_fetches_in_flight(
    anyio_backend: str, emulator: AsperionEmulator, network: CountingNetwork
) -> None:
    async with open_client(network, emulator) as client:
        t = client.tenant(emulator.default_tenant)
        network.hold(from_page=2)

        async def consume() -> None:
            async for _ in t.paginate(list_debtors, prefetch=PREFETCH):
                await wait_for_held(network, PREFETCH)
                raise KeyError("the consumer failed")

        with pytest.raises(KeyError, match="the consumer failed"):
            await consume()

        await settled(client, network)
        assert network.cancelled == PREFETCH
        network.release()
        assert len([d async for d in t.paginate(list_debtors, prefetch=PREFETCH)]) == DEBTORS


async def test_cancel_scope_around_the_loop_cancels_the_fetches_in_flight(
    anyio_backend: str, emulator: AsperionEmulator, network: CountingNetwork
) -> None:
    async with open_client(network, emulator) as client:
        t = client.tenant(emulator.default_tenant)
        network.hold(from_page=2)
        with anyio.CancelScope() as scope:
            async for _ in t.paginate(list_debtors, prefetch=PREFETCH):
                await wait_for_held(network, PREFETCH)
                scope.cancel()
                await anyio.sleep_forever()

        assert scope.cancelled_caught
        await settled(client, network)
        assert network.cancelled == PREFETCH
        network.release()
        assert len([d async for d in t.paginate(list_debtors, prefetch=PREFETCH)]) == DEBTORS


async def test_consumer_cancelled_while_waiting_unwinds_before_the_cancellation_ends(
    anyio_backend: str, emulator: AsperionEmulator, network: CountingNetwork
) -> None:
    async with open_client(network, emulator) as client:
        t = client.tenant(emulator.default_tenant)
        items = t.paginate(list_debtors, prefetch=PREFETCH)
        network.hold(from_page=2)  # before page 1 arrives: pages 2-5 are never answered
        for _ in range(100):
            await anext(items)
        with anyio.CancelScope() as scope:
            async with anyio.create_task_group() as tg:

                async def cancel_when_held() -> None:
                    await wait_for_held(network, PREFETCH)
                    scope.cancel()

                tg.start_soon(cancel_when_held)
                await anext(items)

        assert scope.cancelled_caught
        limits = client._pipeline.limits
        assert (network.in_flight, limits.in_flight, network.cancelled) == (0, 0, PREFETCH)
        network.release()
        rest = [debtor.id async for debtor in items]  # the iterator goes on where it was

    assert rest == list(range(101, DEBTORS + 1))


async def test_a_failed_page_is_raised_in_order_and_ends_the_iteration(
    anyio_backend: str, emulator: AsperionEmulator, network: CountingNetwork
) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page") == "3":
            return httpx.Response(404, json={"title": "Not Found", "status": 404})
        return await network.handle_async_request(request)

    failing = CountingNetwork(httpx.MockTransport(handler))
    async with open_client(failing, emulator) as client:
        t = client.tenant(emulator.default_tenant)
        seen: list[int] = []
        items = t.paginate(list_debtors, prefetch=PREFETCH)

        async def consume() -> None:
            async for debtor in items:
                seen.append(debtor.id)

        with pytest.raises(asp.NotFoundError):
            await consume()

        assert seen == list(range(1, 201))
        assert [d async for d in items] == []
        await settled(client, failing)


async def test_closing_the_client_cancels_the_fetches_of_a_live_iterator(
    anyio_backend: str, emulator: AsperionEmulator, network: CountingNetwork
) -> None:
    async with open_client(network, emulator) as client:
        items: Any = client.tenant(emulator.default_tenant).paginate(list_debtors, prefetch=4)
        network.hold(from_page=2)  # before page 1 arrives: pages 2-5 are never answered
        await anext(items)  # the iterator stays referenced: only closing can stop it
        await wait_for_held(network, PREFETCH)

    assert (network.in_flight, network.cancelled) == (0, PREFETCH)
    assert client._pipeline.limits.in_flight == 0
    for _ in range(99):
        await anext(items)  # page 1 was handed over before the client closed
    with pytest.raises(RuntimeError, match="closed"):
        await anext(items)
