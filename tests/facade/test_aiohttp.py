"""``AiohttpTransport``: the pipeline over aiohttp (asyncio only), against real loopback servers."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import anyio
import anyio.abc
import httpx
import pytest
from asperion_client.api.debtors import create_debtor, get_debtor
from asperion_client.models import DebtorInput

import asperion_async as asp
from asperion_async._aiohttp import _httpx_error
from asperion_async.testing import AsperionEmulator

pytestmark = pytest.mark.anyio

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def asyncio_only(anyio_backend: str) -> None:
    if anyio_backend != "asyncio":
        pytest.skip("aiohttp runs on asyncio only (the trio case is its own test)")


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[AsperionEmulator, str]]:
    emulator = AsperionEmulator(tenants=2, seed=5, sizes={"costcenters": 230})
    with emulator.serve() as url:
        yield emulator, url


def make_client(url: str, token: asp.Token, **options: Any) -> asp.AsperionClient:
    settings: dict[str, Any] = {
        "client_id": "emulator-client",
        "client_secret": "emulator-secret",
        "token_store": asp.MemoryTokenStore(token),
        "base_url": url,
        "token_url": f"{url}/connect/token",
        "transport": asp.AiohttpTransport(),
        "backoff_base": 0.0,
        "backoff_cap": 0.0,
    }
    settings.update(options)
    return asp.AsperionClient(**settings)


@pytest.mark.usefixtures("asyncio_only")
async def test_pages_models_writes_and_uploads_end_to_end(
    served: tuple[AsperionEmulator, str],
) -> None:
    emulator, url = served
    tenant_id = emulator.tenant_ids[1]
    async with make_client(url, emulator.issue_token()) as client:
        tenant = client.tenant(tenant_id)
        items = [item async for item in tenant.paginate("/v1/costcenters", page_size=100)]
        created = await tenant.call(
            create_debtor, body=DebtorInput(debtor_kind_id="DEB", name="Café € Zn")
        )
        fetched = await tenant.call(get_debtor, id=created.id)
        uploaded = await tenant.upload("/v1/inboxfiles", PDF, filename="scan.pdf")

    assert len(items) == 230
    assert fetched.name == "Café € Zn"
    assert uploaded.is_success


@pytest.mark.usefixtures("asyncio_only")
async def test_an_expired_token_is_refreshed_through_the_transport(
    served: tuple[AsperionEmulator, str],
) -> None:
    emulator, url = served
    stale = emulator.issue_token()
    token = asp.Token(stale.access_token, stale.refresh_token, expires_at=0.0)
    async with make_client(url, token) as client:
        await client.tenant(emulator.tenant_ids[0]).request("GET", "/v1/costcenters")
        assert client.stats.refreshes == 1


@asynccontextmanager
async def raw_server(
    answer: Callable[[bytes], bytes | None],
) -> AsyncIterator[tuple[str, list[bytes]]]:
    """A loopback HTTP/1.1 server: ``answer(request head)`` is sent back (None: hang up)."""
    heads: list[bytes] = []

    async def handle(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            buffer = b""
            while True:
                try:
                    buffer += await stream.receive()
                except (anyio.EndOfStream, anyio.BrokenResourceError):
                    return
                while b"\r\n\r\n" in buffer:
                    head, _, buffer = buffer.partition(b"\r\n\r\n")
                    heads.append(head)
                    reply = answer(head)
                    if reply is None:
                        return
                    await stream.send(reply)

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    port = listener.extra(anyio.abc.SocketAttribute.local_port)  # noqa: S610 (not Django)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, handle)
        yield f"http://127.0.0.1:{port}", heads
        tg.cancel_scope.cancel()


def fresh() -> asp.Token:
    return asp.Token("access-secret", "refresh-secret", expires_at=4_000_000_000.0)


OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"


@pytest.mark.usefixtures("asyncio_only")
async def test_cookies_the_server_sets_are_never_sent_back() -> None:
    def answer(head: bytes) -> bytes:
        return OK + b"Set-Cookie: tenant=a; Path=/\r\n\r\n{}"

    async with raw_server(answer) as (url, heads), make_client(url, fresh()) as client:
        await client.tenant(1).request("GET", "/v1/debtors")
        await client.tenant(2).request("GET", "/v1/debtors")

    assert len(heads) == 2
    assert all(b"cookie:" not in head.lower() for head in heads)
    assert b"x-tenant-id: 2" in heads[1].lower()


@pytest.mark.usefixtures("asyncio_only")
@pytest.mark.parametrize(("method", "attempts"), [("GET", {3, 6}), ("POST", {1})])
async def test_a_dropped_connection_is_retried_only_for_idempotent_requests(
    method: str, attempts: set[int]
) -> None:
    # aiohttp itself repeats an idempotent request once when a connection drops (RFC 9112
    # 9.3.1), so a GET may be sent twice per attempt; a POST never is.
    async with (
        raw_server(lambda head: None) as (url, heads),
        make_client(url, fresh(), max_retries=2) as client,
    ):
        with pytest.raises(asp.TransportError) as caught:
            await client.request(method, "/v1/debtors", json={"name": "x"})

    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert len(heads) in attempts  # a create is never sent twice


@pytest.mark.usefixtures("asyncio_only")
async def test_no_connection_at_all_is_a_connect_error_retried_even_for_post(
    free_port: int,
) -> None:
    client = make_client(f"http://127.0.0.1:{free_port}", fresh(), max_retries=2)
    async with client:
        with pytest.raises(asp.TransportError) as caught:
            await client.request("POST", "/v1/debtors", json={})

    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert client.stats.retries == 2


@pytest.mark.usefixtures("asyncio_only")
async def test_a_server_that_does_not_answer_in_time_is_a_read_timeout() -> None:
    async def never(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            await anyio.sleep(10)

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    port = listener.extra(anyio.abc.SocketAttribute.local_port)  # noqa: S610 (not Django)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, never)
        client = make_client(f"http://127.0.0.1:{port}", fresh(), max_retries=0, timeout=0.2)
        async with client:
            with pytest.raises(asp.TransportError) as caught:
                await client.request("GET", "/v1/debtors")
        tg.cancel_scope.cancel()

    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


@pytest.mark.usefixtures("asyncio_only")
async def test_a_closed_transport_refuses_requests() -> None:
    transport = asp.AiohttpTransport()
    await transport.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1/"))


async def test_on_trio_the_first_request_raises_a_clear_error(anyio_backend: str) -> None:
    if anyio_backend != "trio":
        pytest.skip("the asyncio backend is the supported one; see the tests above")
    async with make_client("http://127.0.0.1:9", fresh()) as client:
        with pytest.raises(RuntimeError, match="asyncio only"):
            await client.request("GET", "/v1/debtors")


def test_max_connections_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        asp.AiohttpTransport(max_connections=0)


@pytest.mark.usefixtures("asyncio_only")
async def test_small_bodies_are_read_at_once_large_ones_streamed(tmp_path: Any) -> None:
    big = b"x" * (300 * 1024)

    def answer(head: bytes) -> bytes:
        body = big if b"/big" in head else b"{}"
        return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)

    async with raw_server(answer) as (url, _), make_client(url, fresh()) as client:
        small = await client.request("GET", "/v1/small")
        chunks: list[int] = []
        async with client.stream("GET", "/v1/big") as response:
            async for chunk in response.aiter_bytes():
                chunks.append(len(chunk))
        written = await client.download("/v1/big", tmp_path / "big.bin")

    assert small.json() == {}
    assert small.elapsed.total_seconds() > 0
    assert str(small.request.url) == f"{url}/v1/small"
    assert sum(chunks) == len(big)
    assert len(chunks) > 1  # streamed, not read at once
    assert response.elapsed.total_seconds() > 0
    assert written == len(big)
    assert (tmp_path / "big.bin").read_bytes() == big


def _bare(kind: type[BaseException]) -> BaseException:
    """An instance without the constructor's arguments (only its class is looked at)."""
    return kind.__new__(kind)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_bare(aiohttp.ClientConnectorError), httpx.ConnectError),
        (aiohttp.ConnectionTimeoutError(), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError(), httpx.ReadTimeout),
        (asyncio.TimeoutError(), httpx.ReadTimeout),
        (aiohttp.ClientPayloadError(), httpx.ReadError),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.InvalidURL("nowhere"), httpx.UnsupportedProtocol),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (aiohttp.ClientError(), httpx.TransportError),
    ],
)
def test_only_a_failed_connect_reads_as_never_sent(
    error: BaseException, expected: type[httpx.TransportError]
) -> None:
    assert _httpx_error(error) is expected
    never_sent = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
    assert issubclass(expected, never_sent) == isinstance(
        error, (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)
    )


def test_without_aiohttp_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)
    monkeypatch.delitem(sys.modules, "asperion_async._aiohttp", raising=False)
    with pytest.raises(ImportError, match=r"asperion-async\[aiohttp\]"):
        asp.AiohttpTransport  # noqa: B018 - the look-up is the test
    with pytest.raises(AttributeError, match="NoSuchName"):
        asp.NoSuchName  # type: ignore[attr-defined]  # noqa: B018
