"""The default transport: requests spread over sub-pools, counts that always come back to zero.

Against real loopback servers: the emulator under uvicorn, and (for cancellation) a server
in the test that reads a request and never answers it.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from contextlib import AsyncExitStack
from typing import Any

import anyio
import anyio.abc
import httpx
import pytest

import asperion_async as asp
from asperion_async import _client
from asperion_async._transport import CONNECTIONS_PER_POOL, ShardedTransport, default_transport
from asperion_async.testing import AsperionEmulator, Faults

PATH = "/v1/costcenters"


class Loopback:
    """A served emulator: its URL and a header that authorizes requests to it."""

    def __init__(self, emulator: AsperionEmulator, url: str) -> None:
        self.emulator = emulator
        self.url = url
        self.headers = {"Authorization": f"Bearer {emulator.issue_token().access_token}"}


def _serve(faults: Faults | None = None) -> Iterator[Loopback]:
    emulator = AsperionEmulator(tenants=1, faults=faults)
    with emulator.serve() as url:
        yield Loopback(emulator, url)


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    yield from _serve()


@pytest.fixture(scope="module")
def failing_server() -> Iterator[Loopback]:
    yield from _serve(Faults(p503=1.0))


@pytest.fixture(scope="module")
def dropping_server() -> Iterator[Loopback]:
    yield from _serve(Faults(p_drop=1.0))


def http_client(transport: ShardedTransport, server: Loopback) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=transport, base_url=server.url, headers=server.headers)


def client_port(response: httpx.Response) -> int:
    """The local port of the connection that carried ``response``."""
    port: int = response.extensions["network_stream"].get_extra_info("client_addr")[1]
    return port


class SilentServer:
    """Accepts connections, reads each request's first bytes, then never answers."""

    def __init__(self) -> None:
        self.url = ""
        self.received = 0
        self._changed = anyio.Event()

    async def wait_for(self, requests: int) -> None:
        while self.received < requests:
            await self._changed.wait()

    async def _handle(self, stream: anyio.abc.SocketStream) -> None:
        async with stream:
            await stream.receive()
            self.received += 1
            self._changed.set()
            self._changed = anyio.Event()
            await anyio.sleep_forever()


@pytest.fixture
async def silent_server() -> AsyncIterator[SilentServer]:
    server = SilentServer()
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)  # noqa: S610 (not Django)
    server.url = f"http://127.0.0.1:{port}"
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, server._handle)
        yield server
        tg.cancel_scope.cancel()


# --- sizing ---------------------------------------------------------------------------------
@pytest.mark.parametrize("connections", [1, 7, 8, 9, 18, 66, 130])
def test_sub_pools_hold_about_eight_connections_and_all_of_them(connections: int) -> None:
    capacities = ShardedTransport(connections).capacities
    assert sum(capacities) == connections
    assert max(capacities) <= CONNECTIONS_PER_POOL
    assert max(capacities) - min(capacities) <= 1
    assert len(capacities) == -(-connections // CONNECTIONS_PER_POOL)


def test_a_pool_without_connections_is_refused() -> None:
    with pytest.raises(ValueError, match="max_connections"):
        ShardedTransport(0)


@pytest.fixture
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    return monkeypatch


def test_default_transport_is_sharded_unless_a_proxy_is_configured(
    no_proxy_environment: pytest.MonkeyPatch,
) -> None:
    transport = default_transport(66)
    assert isinstance(transport, ShardedTransport)
    assert sum(transport.capacities) == 66
    no_proxy_environment.setenv("HTTPS_PROXY", "http://proxy.example.test:3128")
    assert default_transport(66) is None  # httpx then builds its proxy-aware pool
    no_proxy_environment.setenv("NO_PROXY", "*")
    assert isinstance(default_transport(66), ShardedTransport)


# --- spreading and keep-alive --------------------------------------------------------------
@pytest.mark.anyio
async def test_requests_spread_so_no_sub_pool_queues_while_another_has_room(
    server: Loopback,
) -> None:
    transport = ShardedTransport(21)  # sub-pools one connection apart in size
    capacities = transport.capacities
    assert len(capacities) == -(-21 // CONNECTIONS_PER_POOL) > 2
    async with http_client(transport, server) as http, AsyncExitStack() as held:
        ports = set()
        for opened in range(1, sum(capacities) + 1):
            response = await held.enter_async_context(http.stream("GET", PATH))
            assert response.status_code == 200
            ports.add(client_port(response))
            in_flight = transport.in_flight
            assert sum(in_flight) == opened
            free = [c - n for c, n in zip(capacities, in_flight, strict=True)]
            assert min(free) >= 0
            assert max(free) - min(free) <= 1
        assert transport.in_flight == capacities
        assert len(ports) == sum(capacities)  # every held response on its own connection
    assert transport.in_flight == (0,) * len(capacities)


@pytest.mark.anyio
async def test_connections_are_kept_alive_and_reused(server: Loopback) -> None:
    transport = ShardedTransport(16)
    rounds, concurrent = 5, 8
    ports: list[int] = []
    async with http_client(transport, server) as http:

        async def get() -> None:
            response = await http.get(PATH, params={"pageSize": 1})
            assert response.status_code == 200
            ports.append(client_port(response))

        for _ in range(rounds):
            async with anyio.create_task_group() as tg:
                for _ in range(concurrent):
                    tg.start_soon(get)
            assert not any(transport.in_flight)
    assert len(ports) == rounds * concurrent
    assert len(set(ports)) <= concurrent


@pytest.mark.anyio
async def test_aclose_closes_every_connection_of_every_sub_pool(server: Loopback) -> None:
    transport = ShardedTransport(16)
    sockets: list[Any] = []
    async with http_client(transport, server) as http:
        async with AsyncExitStack() as held:
            responses = [
                await held.enter_async_context(http.stream("GET", PATH)) for _ in range(12)
            ]
            for response in responses:
                await response.aread()  # read in full: the connection stays open, idle
                sockets.append(response.extensions["network_stream"].get_extra_info("socket"))
        assert not any(transport.in_flight)
        assert len({s.fileno() for s in sockets}) == 12  # all still open, kept alive
        assert all(s.fileno() != -1 for s in sockets)
    # asyncio closes a transport's socket on the next loop iteration: wait for that, no timing
    for _ in range(100):
        if all(s.fileno() == -1 for s in sockets):
            break
        await anyio.sleep(0.01)
    assert all(s.fileno() == -1 for s in sockets)


# --- counts come back to zero ---------------------------------------------------------------
@pytest.mark.anyio
async def test_counts_return_to_zero_after_responses_read_in_full(server: Loopback) -> None:
    transport = ShardedTransport(10)
    async with http_client(transport, server) as http:
        async with anyio.create_task_group() as tg:
            for _ in range(30):
                tg.start_soon(http.get, PATH)
        assert not any(transport.in_flight)


@pytest.mark.anyio
async def test_counts_return_to_zero_after_a_stream_closed_early(server: Loopback) -> None:
    transport = ShardedTransport(10)
    async with http_client(transport, server) as http:
        async with http.stream("GET", PATH) as response:
            assert response.status_code == 200
            assert sum(transport.in_flight) == 1
        async with http.stream("GET", PATH) as response:
            async for _ in response.aiter_raw(1):
                break
            assert sum(transport.in_flight) == 1
        assert not any(transport.in_flight)
        assert (await http.get(PATH)).status_code == 200
        assert not any(transport.in_flight)


@pytest.mark.anyio
async def test_counts_return_to_zero_after_server_errors(failing_server: Loopback) -> None:
    transport = ShardedTransport(10)
    async with http_client(transport, failing_server) as http:
        async with anyio.create_task_group() as tg:
            for _ in range(12):
                tg.start_soon(http.get, PATH)
        assert not any(transport.in_flight)
    assert failing_server.emulator.stats.faults["503"] >= 12


@pytest.mark.anyio
async def test_a_body_cut_off_mid_way_gives_its_count_back_before_the_close(
    dropping_server: Loopback,
) -> None:
    transport = ShardedTransport(10)
    async with http_client(transport, dropping_server) as http:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            await http.get(PATH)
        assert not any(transport.in_flight)
        response = await http.send(http.build_request("GET", PATH), stream=True)
        assert sum(transport.in_flight) == 1
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            await response.aread()
        assert not any(transport.in_flight)  # before (and without) response.aclose()
        await response.aclose()
        assert not any(transport.in_flight)


@pytest.mark.anyio
async def test_counts_return_to_zero_after_connect_errors(free_port: int) -> None:
    transport = ShardedTransport(10)
    async with httpx.AsyncClient(transport=transport) as http:
        url = f"http://127.0.0.1:{free_port}{PATH}"
        for _ in range(3):
            with pytest.raises(httpx.ConnectError):
                await http.get(url)
        assert not any(transport.in_flight)


@pytest.mark.anyio
async def test_cancelled_requests_give_their_counts_back(
    silent_server: SilentServer, server: Loopback
) -> None:
    # One connection: the first request waits for an answer, the second for the connection.
    transport = ShardedTransport(1)
    async with httpx.AsyncClient(transport=transport) as http:
        async with anyio.create_task_group() as tg:
            for _ in range(2):
                tg.start_soon(http.get, silent_server.url)
            await silent_server.wait_for(1)
            while transport.in_flight != (2,):
                await anyio.sleep(0.01)
            tg.cancel_scope.cancel()
        assert transport.in_flight == (0,)
        assert silent_server.received == 1  # the second never left the pool's queue
        # The sub-pool is not wedged: its one connection is free for the next request.
        response = await http.get(f"{server.url}{PATH}", headers=server.headers)
        assert response.status_code == 200
        assert transport.in_flight == (0,)


@pytest.mark.anyio
async def test_cancelled_while_waiting_for_the_answer(silent_server: SilentServer) -> None:
    transport = ShardedTransport(4)
    async with httpx.AsyncClient(transport=transport) as http:
        with anyio.CancelScope() as scope:
            async with anyio.create_task_group() as tg:
                for _ in range(3):
                    tg.start_soon(http.get, silent_server.url)
                await silent_server.wait_for(3)
                assert sum(transport.in_flight) == 3
                scope.cancel()
        assert scope.cancelled_caught
        assert not any(transport.in_flight)


# --- the client -----------------------------------------------------------------------------
@pytest.mark.anyio
async def test_the_client_uses_it_when_given_no_transport(
    server: Loopback, no_proxy_environment: pytest.MonkeyPatch
) -> None:
    made: list[httpx.AsyncBaseTransport | None] = []

    def recording(max_connections: int, *, http2: bool) -> httpx.AsyncBaseTransport | None:
        made.append(default_transport(max_connections, http2=http2))
        return made[-1]

    no_proxy_environment.setattr(_client, "default_transport", recording)
    options: dict[str, Any] = {
        "client_id": "client-id",
        "client_secret": "client-secret",
        "token_store": asp.MemoryTokenStore(server.emulator.issue_token()),
        "base_url": server.url,
        "token_url": f"{server.url}/connect/token",
        "max_concurrency": 30,
    }
    async with asp.AsperionClient(**options) as client:
        (transport,) = made
        assert isinstance(transport, ShardedTransport)
        assert sum(transport.capacities) == 30 + 2
        async with client.stream("GET", PATH):
            assert sum(transport.in_flight) == 1
        assert sum(transport.in_flight) == 0
    mocked = httpx.MockTransport(lambda request: httpx.Response(204))
    async with asp.AsperionClient(**options, transport=mocked):
        assert len(made) == 1  # a caller's transport is used as given
