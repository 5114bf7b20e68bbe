"""``http2=True``: the SDK's own transport, with HTTP/2 offered (the ``h2`` package needed)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import httpx
import pytest

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[AsperionEmulator, str]]:
    emulator = AsperionEmulator(tenants=1, seed=2, sizes={"costcenters": 150})
    with emulator.serve() as url:
        yield emulator, url


def make_client(emulator: AsperionEmulator, url: str) -> asp.AsperionClient:
    return asp.AsperionClient(
        client_id="emulator-client",
        client_secret="emulator-secret",
        token_store=asp.MemoryTokenStore(emulator.issue_token()),
        base_url=url,
        token_url=f"{url}/connect/token",
        http2=True,
        max_concurrency=12,
    )


async def test_http2_client_pages_end_to_end(
    served: tuple[AsperionEmulator, str], no_proxy: None
) -> None:
    emulator, url = served
    async with make_client(emulator, url) as client:
        transport = client._pipeline._transport
        items = [i async for i in client.tenant(emulator.tenant_ids[0]).paginate("/v1/costcenters")]

    assert len(items) == 150
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    assert transport._pool._http2  # offered by ALPN on https://; plain http:// stays 1.1
    assert transport._pool._max_connections == 12 + 2


def test_without_h2_the_error_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, served: tuple[AsperionEmulator, str]
) -> None:
    monkeypatch.setitem(sys.modules, "h2", None)
    with pytest.raises(ImportError, match=r"asperion-async\[http2\]"):
        make_client(*served)


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
