"""OAuth refresh: proactive, reactive (401), single-flight, rotation, refusal, cancellation."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import anyio
import httpx
import pytest
import respx

import asperion_async as asp

from .conftest import MakeClient
from .support import API, CLIENT_SECRET, TokenServer, bearer, expired_token, fresh_token

pytestmark = pytest.mark.anyio


def accept_only(server: TokenServer) -> Callable[[httpx.Request], httpx.Response]:
    """An API route that answers 200 only to the newest access token the server issued."""

    def handler(request: httpx.Request) -> httpx.Response:
        newest = max(int(r.split("-")[1]) for r in server.valid_refresh)
        if server.refreshes == 0 or bearer(request) != f"access-{newest}-secret":
            return httpx.Response(401)
        return httpx.Response(200, json={"token": bearer(request)})

    return handler


async def test_200_concurrent_callers_cause_exactly_one_refresh(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    token_server.delay = 0.01
    store = asp.MemoryTokenStore(expired_token())
    router.get(f"{API}/v1/ping").mock(side_effect=accept_only(token_server))
    seen: list[str] = []
    async with make_client(store=store, max_concurrency=200, tenant_concurrency=None) as client:

        async def one() -> None:
            seen.append((await client.request("GET", "/v1/ping")).json()["token"])

        async with anyio.create_task_group() as tg:
            for _ in range(200):
                tg.start_soon(one)
        assert client.stats.refreshes == 1
    assert token_server.refreshes == 1
    assert seen == ["access-1-secret"] * 200


async def test_rotated_refresh_token_is_saved_before_use(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    class RecordingStore(asp.MemoryTokenStore):
        def __init__(self, token: asp.Token) -> None:
            super().__init__(token)
            self.saved: list[str] = []

        async def save(self, token: asp.Token) -> None:
            self.saved.append(token.access_token)
            await super().save(token)

    store = RecordingStore(expired_token())

    def api(request: httpx.Request) -> httpx.Response:
        # By the time the new token reaches the API, the store already holds it.
        assert store.saved[-1] == bearer(request)
        return httpx.Response(200, json={})

    router.get(f"{API}/v1/ping").mock(side_effect=api)
    async with make_client(store=store) as client:
        await client.request("GET", "/v1/ping")
    stored = await store.load()
    assert stored is not None
    assert stored.refresh_token == "refresh-1-secret"
    assert token_server.forms[0]["refresh_token"] == "refresh-0-secret"
    assert token_server.forms[0]["grant_type"] == "refresh_token"
    assert token_server.forms[0]["client_id"] == "client-id"
    assert token_server.forms[0]["client_secret"] == CLIENT_SECRET


async def test_refused_refresh_raises_and_leaves_the_store_untouched(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    token_server.refuse = True
    original = expired_token()
    store = asp.MemoryTokenStore(original)
    route = router.get(f"{API}/v1/ping").respond(200)
    async with make_client(store=store) as client:
        with pytest.raises(asp.TokenRefreshError) as caught:
            await client.request("GET", "/v1/ping")
    assert caught.value.error == "invalid_grant"
    assert "refresh-0-secret" not in str(caught.value)
    assert await store.load() is original
    assert not route.called


async def test_401_refreshes_once_and_retries(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/ping").mock(side_effect=accept_only(token_server))
    store = asp.MemoryTokenStore(fresh_token())
    async with make_client(store=store) as client:
        response = await client.request("GET", "/v1/ping")
        assert response.json() == {"token": "access-1-secret"}
        assert (client.stats.requests, client.stats.retries, client.stats.refreshes) == (2, 1, 1)
    assert token_server.refreshes == 1


async def test_second_401_is_authentication_error(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    route = router.post(f"{API}/v1/debtors").respond(401, json={"title": "Unauthorized"})
    async with make_client() as client:
        with pytest.raises(asp.AuthenticationError) as caught:
            await client.request("POST", "/v1/debtors", json={"name": "x"})
    assert route.call_count == 2
    assert token_server.refreshes == 1
    assert caught.value.status_code == 401


async def test_concurrent_401s_share_one_refresh(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/ping").mock(side_effect=accept_only(token_server))
    client = make_client(max_concurrency=50, tenant_concurrency=None)
    async with client, anyio.create_task_group() as tg:
        for _ in range(50):
            tg.start_soon(client.request, "GET", "/v1/ping")
    assert token_server.refreshes == 1


async def test_token_is_refreshed_before_it_expires(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    """Proactive refresh, on a controlled clock: no 401 is needed to trigger it."""
    route = router.get(f"{API}/v1/ping").respond(200)
    now = [time.time()]
    store = asp.MemoryTokenStore(fresh_token(expires_in=3600.0))
    async with make_client(store=store) as client:
        client._pipeline.auth._clock = lambda: now[0]
        await client.request("GET", "/v1/ping")
        now[0] += 3600.0 - 61.0  # 61 s left: still outside the 60 s leeway
        await client.request("GET", "/v1/ping")
        assert token_server.refreshes == 0
        now[0] += 2.0  # 59 s left: refreshed before the next request goes out
        await client.request("GET", "/v1/ping")
    assert token_server.refreshes == 1
    assert [bearer(c.request) for c in route.calls] == ["access-0-secret"] * 2 + ["access-1-secret"]
    assert all(c.response.status_code == 200 for c in route.calls)


async def test_short_lived_tokens_are_used_for_half_their_life(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    """A 30 s token lies inside the 60 s leeway from birth; it must not cost a refresh per call."""
    router.get(f"{API}/v1/ping").respond(200)
    now = [time.time()]
    store = asp.MemoryTokenStore(asp.Token("access-0-secret", "refresh-0-secret", now[0] + 30))
    async with make_client(store=store) as client:
        client._pipeline.auth._clock = lambda: now[0]
        for _ in range(20):
            await client.request("GET", "/v1/ping")
        assert token_server.refreshes == 0
        now[0] += 16.0  # past half of its life
        await client.request("GET", "/v1/ping")
    assert token_server.refreshes == 1


async def test_empty_store_is_a_clear_error(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/ping").respond(200)
    async with make_client(store=asp.MemoryTokenStore()) as client:
        with pytest.raises(asp.TokenRefreshError, match="log in"):
            await client.request("GET", "/v1/ping")
    assert not route.called


async def test_expired_token_without_refresh_token(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    token = asp.Token("access-secret", None, 0.0)
    async with make_client(store=asp.MemoryTokenStore(token)) as client:
        with pytest.raises(asp.TokenRefreshError, match="no refresh token"):
            await client.request("GET", "/v1/ping")


async def test_identity_server_unreachable_is_transport_error(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.post("https://identity.example.test/connect/token").mock(
        side_effect=httpx.ConnectError("refused")
    )
    store = asp.MemoryTokenStore(expired_token())
    async with make_client(store=store) as client:
        with pytest.raises(asp.TransportError, match="token request"):
            await client.request("GET", "/v1/ping")


async def test_refresh_keeps_old_refresh_token_when_none_is_returned(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.post("https://identity.example.test/connect/token").respond(
        200, json={"access_token": "new-access-secret", "expires_in": 60}
    )
    router.get(f"{API}/v1/ping").respond(200)
    store = asp.MemoryTokenStore(expired_token())
    async with make_client(store=store) as client:
        await client.request("GET", "/v1/ping")
    stored = await store.load()
    assert stored is not None
    assert (stored.access_token, stored.refresh_token) == ("new-access-secret", "refresh-0-secret")


async def test_cancelled_refresh_still_saves_and_leaves_state_clean(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    token_server.delay = 0.05
    entered = anyio.Event()
    store = asp.MemoryTokenStore(expired_token())
    router.get(f"{API}/v1/ping").mock(side_effect=accept_only(token_server))
    original_call = token_server.__call__

    async def signalling(request: httpx.Request) -> httpx.Response:
        entered.set()
        return await original_call(request)

    router.post("https://identity.example.test/connect/token").mock(side_effect=signalling)
    async with make_client(store=store) as client:
        async with anyio.create_task_group() as tg:
            tg.start_soon(client.request, "GET", "/v1/ping")
            await entered.wait()
            tg.cancel_scope.cancel()
        # The refresh goes on without its caller; the client carries on with its token,
        # without refreshing again ...
        response = await client.request("GET", "/v1/ping")
        assert response.json() == {"token": "access-1-secret"}
        # ... and the consumed refresh token's successor was saved despite the cancellation.
        stored = await store.load()
        assert stored is not None
        assert stored.refresh_token == "refresh-1-secret"
    assert token_server.refreshes == 1


@pytest.mark.parametrize(
    ("stored_access", "refreshes", "used"),
    [
        # Another process refreshed token 0 meanwhile: the server rotated it, the file moved on.
        ("access-5-secret", 0, "access-5-secret"),
        # The file holds a token no header can carry (what a broken writer left): not adopted,
        # the client refreshes with its own refresh token instead.
        ("access 5\r\nX-Evil: 1", 1, "access-1-secret"),
    ],
    ids=["adopted", "unusable-not-adopted"],
)
async def test_file_store_adopts_a_token_another_process_rotated(
    router: respx.MockRouter,
    token_server: TokenServer,
    make_client: MakeClient,
    tmp_path: Path,
    stored_access: str,
    refreshes: int,
    used: str,
) -> None:
    store = asp.FileTokenStore(tmp_path / "token.json")
    now = [time.time()]
    await store.save(asp.Token("access-0-secret", "refresh-0-secret", now[0] + 100))
    route = router.get(f"{API}/v1/ping").respond(200)
    async with make_client(store=store) as client:
        client._pipeline.auth._clock = lambda: now[0]
        await client.request("GET", "/v1/ping")  # caches token 0
        token_server.valid_refresh |= {"refresh-5-secret"}
        await store.save(asp.Token(stored_access, "refresh-5-secret", now[0] + 200))
        now[0] += 60.0  # token 0 is now due for a refresh
        await client.request("GET", "/v1/ping")
    assert token_server.refreshes == refreshes
    assert bearer(route.calls.last.request) == used


async def test_file_store_refresh_saves_to_the_file(
    router: respx.MockRouter,
    token_server: TokenServer,
    make_client: MakeClient,
    tmp_path: Path,
) -> None:
    store = asp.FileTokenStore(tmp_path / "token.json")
    await store.save(expired_token())
    router.get(f"{API}/v1/ping").respond(200)
    async with make_client(store=store) as client:
        await client.request("GET", "/v1/ping")
    stored = await store.load()
    assert stored is not None
    assert stored.refresh_token == "refresh-1-secret"
    assert token_server.refreshes == 1


async def test_401_for_a_token_replaced_meanwhile_is_retried_with_the_newer_one(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    """A request that has refreshed once gets a 401 for that token after another request has
    already replaced it: the 401 says nothing about the newer token, so it is no "second 401".

    The order is forced with events, not timing: the slow request's second attempt (token 1)
    is answered only after the other request has refreshed token 1 to token 2.
    """
    slow_sent_token_1 = anyio.Event()
    token_2_in_use = anyio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        token = bearer(request)
        if token == "access-1-secret":
            slow_sent_token_1.set()
            await token_2_in_use.wait()  # meanwhile token 1 expires and is replaced
        if token != "access-2-secret":
            return httpx.Response(401)
        return httpx.Response(200, json={"token": token})

    def other(request: httpx.Request) -> httpx.Response:
        if bearer(request) != "access-2-secret":
            return httpx.Response(401)
        token_2_in_use.set()
        return httpx.Response(200, json={"token": bearer(request)})

    slow_route = router.get(f"{API}/v1/slow").mock(side_effect=slow)
    router.get(f"{API}/v1/other").mock(side_effect=other)
    answers: dict[str, str] = {}
    async with make_client() as client:

        async def call(path: str) -> None:
            answers[path] = (await client.request("GET", path)).json()["token"]

        async def other_after_slow() -> None:
            await slow_sent_token_1.wait()
            await call("/v1/other")

        async with anyio.create_task_group() as tg:
            tg.start_soon(call, "/v1/slow")
            tg.start_soon(other_after_slow)
    assert answers == {"/v1/slow": "access-2-secret", "/v1/other": "access-2-secret"}
    assert [bearer(c.request) for c in slow_route.calls] == [
        "access-0-secret",
        "access-1-secret",
        "access-2-secret",
    ]
    assert token_server.refreshes == 2


async def test_401_for_a_replaced_token_is_retried_only_within_max_retries(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    """The retry on a replaced token uses up an attempt: with none left, the request falls
    back to its one reactive refresh (which finds token 1 already there) and then ends."""
    sent_token_0 = anyio.Event()
    token_1_in_use = anyio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        sent_token_0.set()
        await token_1_in_use.wait()
        return httpx.Response(401)

    def other(request: httpx.Request) -> httpx.Response:
        if bearer(request) != "access-1-secret":
            return httpx.Response(401)
        token_1_in_use.set()
        return httpx.Response(200)

    slow_route = router.get(f"{API}/v1/slow").mock(side_effect=slow)
    router.get(f"{API}/v1/other").mock(side_effect=other)
    async with make_client(max_retries=0) as client:

        async def slow_call() -> None:
            with pytest.raises(asp.AuthenticationError):
                await client.request("GET", "/v1/slow")

        async def other_after_slow() -> None:
            await sent_token_0.wait()
            await client.request("GET", "/v1/other")

        async with anyio.create_task_group() as tg:
            tg.start_soon(slow_call)
            tg.start_soon(other_after_slow)
    assert [bearer(c.request) for c in slow_route.calls] == ["access-0-secret", "access-1-secret"]
    assert token_server.refreshes == 1


async def test_token_is_taken_after_the_wait_for_a_slot(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient
) -> None:
    """A request queued behind the limiter carries the token valid when it is sent, not the
    one valid when it started queueing (here: past its refresh point by then)."""
    now = [time.time()]
    first_in_flight = anyio.Event()
    release_first = anyio.Event()

    async def api(request: httpx.Request) -> httpx.Response:
        if not first_in_flight.is_set():
            first_in_flight.set()
            await release_first.wait()
        return httpx.Response(200, json={"token": bearer(request)})

    route = router.get(f"{API}/v1/ping").mock(side_effect=api)
    store = asp.MemoryTokenStore(fresh_token(expires_in=3600.0))
    async with make_client(store=store, max_concurrency=1, tenant_concurrency=None) as client:
        client._pipeline.auth._clock = lambda: now[0]
        async with anyio.create_task_group() as tg:
            tg.start_soon(client.request, "GET", "/v1/ping")
            await first_in_flight.wait()
            tg.start_soon(client.request, "GET", "/v1/ping")  # queues for the only slot
            await anyio.wait_all_tasks_blocked()
            now[0] += 3600.0 - 30.0  # token 0 is now inside the refresh leeway
            release_first.set()
    assert [bearer(c.request) for c in route.calls] == ["access-0-secret", "access-1-secret"]
    assert token_server.refreshes == 1
