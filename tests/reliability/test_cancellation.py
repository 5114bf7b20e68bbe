"""Scenario 6: syncs cancelled at random points leave nothing half-done.

1 000 seeded trials per backend. Each trial starts a paginated sync (with retries, token
revocations and refreshes in play) and cancels it at a random point: when the n-th request
reaches the network (before or after the server answered), or after the consumer has taken
n items. After every trial no limiter slot is held and no task is left behind; after all of
them the client still serves calls and the token store still holds a working token.
"""

from __future__ import annotations

import random
from typing import Any

import anyio
import httpx
import pytest
from anyio.lowlevel import checkpoint
from asperion_client.api.debtors import list_debtors

import asperion_async as asp
from asperion_async.testing import AsperionEmulator, Faults

from ._support import BASE_URL, make_client

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

TRIALS = 1_000


class _CancellingTransport(httpx.AsyncBaseTransport):
    """Cancels ``scope`` when request number ``at`` passes (before or after forwarding)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner
        self.scope: anyio.CancelScope | None = None
        self.at = -1
        self.after = False
        self.seen = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen += 1
        hit = self.seen == self.at and self.scope is not None
        if hit and not self.after:
            self.scope.cancel()
            await checkpoint()
        response = await self._inner.handle_async_request(request)
        if hit and self.after:
            self.scope.cancel()
            await checkpoint()
        return response


async def _settled(limits: Any, tasks: int) -> None:
    """A cancellation in the loop body drops the iterator, whose background fetches then
    unwind at their next scheduling point: give them that (a leak never settles)."""
    with anyio.fail_after(10):
        while limits.in_flight or limits.tenants_in_flight:
            await checkpoint()
        while len(anyio.get_running_tasks()) > tasks:
            await checkpoint()


async def test_random_cancellation_leaks_nothing(anyio_backend: str) -> None:
    emulator = AsperionEmulator(
        tenants=4,
        seed=9,
        sizes={"debtors": 23},
        faults=Faults(p503=0.05, p429=0.03, p_drop=0.03, p_revoke=0.03, retry_after=0, seed=9),
    )
    network = _CancellingTransport(emulator.transport())
    store = asp.MemoryTokenStore(emulator.issue_token())
    rng = random.Random(1234)
    baseline = len(anyio.get_running_tasks())
    completed = cancelled = failed = 0
    async with make_client(
        emulator, store=store, transport=network, max_retries=8, tenant_concurrency=2
    ) as client:
        limits = client._pipeline.limits
        for _ in range(TRIALS):
            tenant = client.tenant(rng.choice(emulator.tenant_ids))
            network.seen, network.after = 0, rng.random() < 0.5
            network.at = rng.randrange(1, 9)
            stop_after_items = rng.randrange(0, 30)
            with anyio.CancelScope() as scope:
                network.scope = scope
                taken = 0
                try:
                    async for _debtor in tenant.paginate(list_debtors, page_size=5, prefetch=3):
                        taken += 1
                        if taken == stop_after_items:
                            scope.cancel()
                            await checkpoint()
                except asp.AuthenticationError:
                    # A refreshed token revoked again at once: a legitimate, typed failure.
                    failed += 1
            network.scope = None
            if scope.cancelled_caught:
                cancelled += 1
            else:
                completed += 1
            await _settled(limits, baseline)
            assert limits.in_flight == 0
            assert limits.tenants_in_flight == 0
            assert len(anyio.get_running_tasks()) == baseline
        # The client still serves: a full sync after 1 000 cancellations.
        ids = [d.id async for d in client.tenant(emulator.tenant_ids[0]).paginate(list_debtors)]
        assert ids == list(range(1, 24))
        stats = client.stats

    print(
        f"\ncancellation: {TRIALS} trials, {cancelled} cancelled, {completed} not cancelled "
        f"({failed} of them ended in AuthenticationError); "
        f"client requests={stats.requests} retries={stats.retries} refreshes={stats.refreshes}"
    )
    assert cancelled > TRIALS // 2
    # The store holds the live, one-time refresh token: the identity server (where no
    # faults are injected) accepts it.
    stored = await store.load()
    assert stored is not None
    assert stored.refresh_token is not None
    form = {
        "grant_type": "refresh_token",
        "refresh_token": stored.refresh_token,
        "client_id": emulator.client_id,
        "client_secret": emulator.client_secret,
    }
    async with httpx.AsyncClient(transport=emulator.transport(), base_url=BASE_URL) as http:
        answer = await http.post("/connect/token", data=form)
    assert answer.status_code == 200, answer.text
