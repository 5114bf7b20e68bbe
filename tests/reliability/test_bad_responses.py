"""Scenario 7b: bad responses -- errors the caller can catch, never a hang, never a crash in
the iterator (after an error it simply ends)."""

from __future__ import annotations

import json
from collections.abc import Callable

import anyio
import httpx
import pytest
from asperion_client.api.debtors import get_debtor, list_debtors

import asperion_async as asp

pytestmark = pytest.mark.anyio

JSON = {"content-type": "application/json"}
FIVE = [{"id": i, "name": f"debiteur {i}"} for i in range(1, 6)]
Handler = Callable[[httpx.Request], httpx.Response]


def answer(status: int, headers: dict[str, str], body: bytes) -> Handler:
    return lambda request: httpx.Response(status, headers=headers, content=body)


def client_on(handler: Handler) -> asp.AsperionClient:
    return asp.AsperionClient(
        client_id="client",
        client_secret="secret",
        token_store=asp.MemoryTokenStore(asp.Token("access", "refresh", 4_102_444_800.0)),
        base_url="https://api.example.test",
        transport=httpx.MockTransport(handler),
        max_retries=2,
        backoff_base=0.001,
    )


MALFORMED_2XX = {
    "invalid JSON": answer(200, JSON, b'{"_data": [{"id": 1,'),
    "truncated body": answer(200, JSON, json.dumps({"_data": FIVE})[:57].encode()),
    "HTML login page": answer(200, {"content-type": "text/html"}, b"<html>Log in</html>"),
    "empty body": answer(200, JSON, b""),
    "JSON null": answer(200, JSON, b"null"),
    "JSON array": answer(200, JSON, b"[1, 2, 3]"),
    "_data not a list": answer(200, JSON, b'{"_data": {"id": 1}, "_meta": {}}'),
    "item not an object": answer(200, JSON, b'{"_data": [5], "_meta": {}}'),
}
ERROR_PAGES = {
    "HTML 502 from a proxy": (
        answer(502, {"content-type": "text/html"}, b"<html><h1>502 Bad Gateway</h1></html>"),
        asp.ServerError,
    ),
    "HTML 404": (
        answer(404, {"content-type": "text/html"}, b"<h1>Not found</h1>"),
        asp.NotFoundError,
    ),
    "plain-text 400": (answer(400, {"content-type": "text/plain"}, b"bad"), asp.ValidationError),
    "empty 503": (answer(503, {}, b""), asp.ServerError),
    "429 without Retry-After": (answer(429, {}, b""), asp.RateLimitError),
}


@pytest.mark.parametrize("case", list(ERROR_PAGES))
async def test_error_pages_raise_the_typed_error(anyio_backend: str, case: str) -> None:
    handler, error = ERROR_PAGES[case]
    async with client_on(handler) as client:
        tenant = client.tenant(7)
        with anyio.fail_after(10), pytest.raises(error) as raised:
            await tenant.call(list_debtors, page_size=5)
        assert raised.value.status_code in (400, 404, 429, 502, 503)
        items = tenant.paginate(list_debtors, page_size=5)
        with anyio.fail_after(10), pytest.raises(error):
            await items.__anext__()
        with anyio.fail_after(10), pytest.raises(StopAsyncIteration):
            await items.__anext__()


@pytest.mark.parametrize("case", list(MALFORMED_2XX))
async def test_malformed_2xx_bodies_raise_cleanly_and_end_the_iterator(
    anyio_backend: str, case: str
) -> None:
    async with client_on(MALFORMED_2XX[case]) as client:
        tenant = client.tenant(7)
        with anyio.fail_after(10), pytest.raises((asp.AsperionError, ValueError, TypeError)):
            await tenant.call(list_debtors, page_size=5)
        items = tenant.paginate(list_debtors, page_size=5)
        with anyio.fail_after(10), pytest.raises((asp.AsperionError, ValueError, TypeError)):
            async for _ in items:
                pass
        with anyio.fail_after(10), pytest.raises(StopAsyncIteration):
            await items.__anext__()


@pytest.mark.parametrize("case", ["invalid JSON", "HTML login page", "JSON null", "JSON array"])
async def test_malformed_2xx_bodies_raise_an_asperion_error(anyio_backend: str, case: str) -> None:
    async with client_on(MALFORMED_2XX[case]) as client:
        tenant = client.tenant(7)
        with anyio.fail_after(10), pytest.raises(asp.AsperionError):
            await tenant.call(get_debtor, id=1)
        with anyio.fail_after(10), pytest.raises(asp.AsperionError):
            async for _ in tenant.paginate(list_debtors, page_size=5):
                pass


def _five(page: int) -> list[dict[str, object]]:
    """Page ``page`` of a collection in pages of five: ids ``5 * (page - 1) + 1`` on."""
    return [{**item, "id": 5 * (page - 1) + int(str(item["id"]))} for item in FIVE]


def _paged(meta: dict[str, object], last_page: int = 1) -> Handler:
    """Full pages of 5 up to ``last_page``, then empty pages; ``meta`` on every page."""

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        data = _five(page) if page <= last_page else []
        return httpx.Response(200, json={"_data": data, "_meta": meta})

    return handler


@pytest.mark.parametrize(
    "meta",
    [
        {"totalCount": 10**15, "pageCount": 10**15},
        {"totalCount": -3, "pageCount": -1},
        {"totalCount": "many", "pageCount": None},
        {},
    ],
    ids=["absurdly large", "negative", "wrong types", "missing"],
)
async def test_lying_page_counts_neither_hang_nor_lose_items(
    anyio_backend: str, meta: dict[str, object]
) -> None:
    requests: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(int(request.url.params["page"]))
        return _paged(meta, last_page=3)(request)

    async with client_on(handler) as client:
        with anyio.fail_after(10):
            items = [d.id async for d in client.tenant(7).paginate(list_debtors, page_size=5)]
    assert items == list(range(1, 16))
    # Fetch-ahead is bounded by prefetch, whatever the page count claims.
    assert max(requests) <= 4 + 4


async def test_wrong_content_type_with_a_valid_body_is_parsed(anyio_backend: str) -> None:
    body = json.dumps({"_data": FIVE, "_meta": {"totalCount": 5, "pageCount": 1}}).encode()
    async with client_on(answer(200, {"content-type": "text/plain"}, body)) as client:
        with anyio.fail_after(10):
            page = await client.tenant(7).call(list_debtors, page_size=10)
    assert [d.id for d in page.data] == [1, 2, 3, 4, 5]


async def test_missing_meta_still_pages_to_the_end(anyio_backend: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return httpx.Response(200, json={"_data": _five(page) if page < 3 else _five(3)[:2]})

    async with client_on(handler) as client:
        with anyio.fail_after(10):
            ids = [d.id async for d in client.tenant(7).paginate(list_debtors, page_size=5)]
    assert ids == list(range(1, 13))


async def test_a_body_cut_off_mid_stream_is_retried_then_raised(anyio_backend: str) -> None:
    class CutOff(httpx.AsyncByteStream):
        async def __aiter__(self):  # type: ignore[override]
            yield b'{"_data": ['
            raise httpx.RemoteProtocolError("peer closed connection mid-body")

    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        return httpx.Response(200, headers={"content-length": "4096"}, stream=CutOff())

    async with client_on(handler) as client:
        with anyio.fail_after(10), pytest.raises(asp.TransportError):
            await client.tenant(7).call(list_debtors, page_size=5)
    assert len(attempts) == 3  # the first try and max_retries=2 retries
