"""``shared_limit=``: a limit shared with other processes, held for exactly one attempt."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable

import anyio
import httpx
import pytest
import respx

import asperion_async as asp

from .conftest import MakeClient
from .support import API

pytestmark = pytest.mark.anyio


class RecordingLimit:
    """A SharedLimit that records how many hold it and what the client had taken first."""

    def __init__(self) -> None:
        self.inside = 0
        self.entered = 0
        self.client_slots_seen: list[int] = []
        self.client_slots: Callable[[], int] = lambda: 0

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        self.client_slots_seen.append(self.client_slots())
        self.inside += 1
        self.entered += 1
        try:
            yield
        finally:
            self.inside -= 1


async def test_each_attempt_holds_the_shared_limit_inside_the_local_ones(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    shared = RecordingLimit()
    inside_during_send: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        inside_during_send.append(shared.inside)
        return httpx.Response(503 if len(inside_during_send) == 1 else 200, json={})

    router.get(f"{API}/v1/debtors").mock(side_effect=answer)
    async with make_client(shared_limit=shared, max_concurrency=2) as client:
        shared.client_slots = lambda: client._pipeline.limits.in_flight
        await client.request("GET", "/v1/debtors")
    assert shared.entered == 2  # the first attempt (503) and its retry
    assert inside_during_send == [1, 1]
    assert shared.inside == 0
    assert shared.client_slots_seen == [1, 1]  # the client's own slot was already held


async def test_a_cancelled_request_lets_go_of_the_shared_limit(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    shared = RecordingLimit()
    started = anyio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        started.set()
        await anyio.sleep(10)
        return httpx.Response(200, json={})

    router.get(f"{API}/v1/debtors").mock(side_effect=slow)
    async with make_client(shared_limit=shared) as client, anyio.create_task_group() as group:
        group.start_soon(client.request, "GET", "/v1/debtors")
        await started.wait()
        assert shared.inside == 1
        group.cancel_scope.cancel()
    assert shared.inside == 0


def test_the_shared_limit_is_any_object_with_a_slot() -> None:
    client = asp.AsperionClient(
        client_id="c", client_secret="s", token_store=asp.MemoryTokenStore(), shared_limit=None
    )
    assert client._pipeline.limits.shared is None
