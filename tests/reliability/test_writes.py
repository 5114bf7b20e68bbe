"""Scenario 5: a create is never duplicated, and every ambiguous failure reaches the caller.

POST creates run under the emulator's 503s, 429s and dropped connections, plus two faults
only a transport can make: a connection refused before anything was sent (safe to retry)
and a timeout *after* the server stored the create (the ambiguous case: the response is
lost). Every debtor carries a unique name, so the emulator's store shows exactly which
creates happened and how often.
"""

from __future__ import annotations

import random
from collections import Counter

import anyio
import httpx
import pytest
from asperion_client.api.debtors import create_debtor
from asperion_client.models.debtor_input import DebtorInput

import asperion_async as asp
from asperion_async.testing import AsperionEmulator, Faults

from ._support import make_client

pytestmark = pytest.mark.anyio

CREATES = 400
BASE_DEBTORS = 5


class _FlakyNetwork(httpx.AsyncBaseTransport):
    """Refuses some connections before sending, and loses some responses after the server
    answered (as a read timeout). Token requests pass untouched."""

    def __init__(self, inner: httpx.AsyncBaseTransport, seed: int) -> None:
        self._inner = inner
        self._rng = random.Random(seed)
        self.refused = 0
        self.lost: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/connect/"):
            return await self._inner.handle_async_request(request)
        draw = self._rng.random()
        if draw < 0.05:
            self.refused += 1
            raise httpx.ConnectError("connection refused", request=request)
        response = await self._inner.handle_async_request(request)
        if draw < 0.10 and response.is_success:
            await response.aread()
            self.lost.append(response.json()["name"])
            raise httpx.ReadTimeout("timed out waiting for the response", request=request)
        return response


async def test_creates_are_never_duplicated_and_failures_surface(anyio_backend: str) -> None:
    emulator = AsperionEmulator(
        tenants=1,
        seed=5,
        sizes={"debtors": BASE_DEBTORS},
        faults=Faults(p503=0.10, p429=0.05, p_drop=0.05, retry_after=0, seed=5),
    )
    network = _FlakyNetwork(emulator.transport(), seed=5)
    created: list[str] = []
    failures: Counter[str] = Counter()
    async with make_client(emulator, transport=network, max_retries=3) as client:
        tenant = client.tenant(emulator.default_tenant)

        async def create(n: int) -> None:
            name = f"reliability debtor {n}"
            body = DebtorInput(debtor_kind_id="DEB", name=name)
            try:
                debtor = await tenant.call(create_debtor, body=body)
            except asp.AsperionError as exc:
                failures[type(exc).__name__] += 1
            else:
                assert debtor.name == name
                created.append(name)

        limiter = anyio.CapacityLimiter(8)

        async def limited(n: int) -> None:
            async with limiter:
                await create(n)

        async with anyio.create_task_group() as tg:
            for n in range(CREATES):
                tg.start_soon(limited, n)

    stored = Counter(
        item["name"]
        for i in range(1, emulator.count(emulator.default_tenant, "debtors") + 1)
        if (item := emulator.item(emulator.default_tenant, "debtors", i)) is not None
        and str(item.get("name", "")).startswith("reliability debtor ")
    )
    print(
        f"\nwrites: {CREATES} creates -> {len(created)} reported created, "
        f"{sum(failures.values())} failed {dict(failures)}; emulator stored "
        f"{emulator.stats.creates['debtors']}; faults {dict(emulator.stats.faults)}, "
        f"{network.refused} refused, {len(network.lost)} responses lost after the create"
    )
    assert max(stored.values()) == 1, "a create was stored twice"
    # Stored = reported created + the ambiguous ones (stored, response lost) -- nothing else.
    assert sorted(stored) == sorted(created + network.lost)
    assert emulator.stats.creates["debtors"] == len(created) + len(network.lost)
    # Every create either came back or raised: nothing vanished silently.
    assert len(created) + sum(failures.values()) == CREATES
    # Each lost response raised (TransportError), as did every 503 and dropped connection.
    assert failures["TransportError"] >= len(network.lost) + emulator.stats.faults["drop"]
    assert failures["ServerError"] == emulator.stats.faults["503"]
    assert network.lost
    assert network.refused
    assert emulator.stats.faults["429"]
