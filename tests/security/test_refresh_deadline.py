"""Defect 3: a hung or slow identity server never holds a caller past its own deadline."""

from __future__ import annotations

import time
from typing import Any

import anyio
import httpx
import pytest
import respx

import asperion_async as asp

from .conftest import API, TOKEN_URL, MakeClient, token

pytestmark = pytest.mark.anyio


class SlowIdentity:
    """A token endpoint that answers after ``delay`` seconds with access token ``fresh-N``."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.started = 0
        self.answered = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.started += 1
        await anyio.sleep(self.delay)
        self.answered += 1
        n = self.answered
        return httpx.Response(
            200,
            json={
                "access_token": f"fresh-{n}",
                "refresh_token": f"rotated-{n}",
                "expires_in": 3600,
            },
        )


def expired_store() -> asp.MemoryTokenStore:
    return asp.MemoryTokenStore(token(expires_in=-10))


def serve(router: respx.MockRouter, identity: SlowIdentity) -> list[str]:
    seen: list[str] = []

    def api(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, json={})

    router.post(TOKEN_URL).mock(side_effect=identity)
    router.get(f"{API}/v1/ping").mock(side_effect=api)
    return seen


async def test_callers_stop_waiting_for_a_hung_refresh_at_their_own_deadlines(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    identity = SlowIdentity(delay=30.0)
    serve(router, identity)
    waited: dict[str, float] = {}
    outcomes: dict[str, Any] = {}

    async def call(name: str, deadline: float) -> None:
        started = time.monotonic()
        with anyio.move_on_after(deadline) as scope:
            await client.request("GET", "/v1/ping")
        waited[name] = time.monotonic() - started
        outcomes[name] = scope.cancelled_caught

    store = expired_store()
    async with (
        make_client(store=store, refresh_timeout=1.5) as client,
        anyio.create_task_group() as tg,
    ):
        tg.start_soon(call, "starter", 0.3)
        tg.start_soon(call, "other", 0.5)
    assert outcomes == {"starter": True, "other": True}  # cancelled, no TransportError escaped
    assert waited["starter"] < 0.3 + 0.4
    assert waited["other"] < 0.5 + 0.4
    assert identity.started == 1  # still one flight for everyone


async def test_the_refresh_has_its_own_total_deadline(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    serve(router, SlowIdentity(delay=30.0))
    started = time.monotonic()
    async with make_client(store=expired_store(), refresh_timeout=0.4) as client:
        with pytest.raises(asp.TransportError, match=r"did not finish within 0\.4 s"):
            await client.request("GET", "/v1/ping")
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize("entered", [True, False], ids=["async with", "aclose"])
async def test_a_rotated_token_is_saved_when_every_caller_has_gone(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, entered: bool
) -> None:
    identity = SlowIdentity(delay=0.4)
    seen = serve(router, identity)
    store = expired_store()
    client = make_client(store=store)
    if entered:
        await client.__aenter__()
    with anyio.move_on_after(0.05):
        await client.request("GET", "/v1/ping")
    assert identity.answered == 0  # the caller left before the identity server answered
    if entered:
        await client.__aexit__(None, None, None)
    else:
        await client.aclose()
    saved = await store.load()
    assert saved is not None
    assert (saved.access_token, saved.refresh_token) == ("fresh-1", "rotated-1")
    assert seen == []


async def test_a_later_caller_uses_the_token_the_abandoned_refresh_got(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    identity = SlowIdentity(delay=0.2)
    seen = serve(router, identity)
    async with make_client(store=expired_store()) as client:
        with anyio.move_on_after(0.05):
            await client.request("GET", "/v1/ping")
        await anyio.sleep(0.3)
        await client.request("GET", "/v1/ping")
    assert seen == ["Bearer fresh-1"]
    assert identity.started == 1
