"""``AiohttpTransport``: HTTP/1.1 through aiohttp, for bulk syncs on asyncio.

An ``httpx.AsyncBaseTransport``, so everything above it (the pipeline, retries, typed errors,
``httpx.Response``) is unchanged; only the connection handling and HTTP parsing are
aiohttp's, whose C parser costs less CPU per request than h11. Install it with
``pip install 'asperion-async[aiohttp]'``. asyncio only: on trio the first request raises
``RuntimeError``.

aiohttp's errors become the httpx errors the retry policy reads, chosen so that a request
counts as never sent (and so may be repeated even for a POST) only when aiohttp could not
connect at all; a dropped connection is a ``RemoteProtocolError``, as httpx reports it.

``httpx-aiohttp`` (the package openai-python uses) was not taken: it turns a dropped
connection (``ServerDisconnectedError``) into ``ConnectTimeout``, which reads as "never
sent" and would repeat a create, and its sessions keep a cookie jar.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import aiohttp
import httpx
import yarl

__all__ = ["AiohttpTransport"]

CHUNK = 64 * 1024
EAGER_BODY = 256 * 1024
"""Bodies up to this many bytes (by ``Content-Length``) are read when the answer arrives."""


class AiohttpTransport(httpx.AsyncBaseTransport):
    """HTTP/1.1 over one ``aiohttp.ClientSession`` (made on first use, on asyncio).

    ``max_connections`` bounds the pool (None: unbounded; an ``AsperionClient`` bounds
    requests in flight itself). TLS is verified as httpx verifies by default unless
    ``verify`` is an ``ssl.SSLContext`` of your own. The session keeps no cookies, does not
    follow redirects, decompress, or read proxy settings from the environment (route
    through a proxy with ``http_client=`` and httpx's own transport instead).
    """

    def __init__(
        self,
        *,
        max_connections: int | None = None,
        verify: ssl.SSLContext | None = None,
        keepalive_expiry: float = 15.0,
    ) -> None:
        if max_connections is not None and max_connections < 1:
            raise ValueError(f"max_connections must be at least 1, got {max_connections}")
        self._limit = max_connections or 0
        self._ssl = verify if verify is not None else httpx.create_ssl_context()
        self._keepalive = keepalive_expiry
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    def _open(self) -> aiohttp.ClientSession:
        if self._closed:
            raise RuntimeError("the AiohttpTransport is closed")
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            raise RuntimeError(
                "AiohttpTransport runs on asyncio only; on trio use the default transport "
                "(leave transport= unset)"
            ) from None
        connector = aiohttp.TCPConnector(
            limit=self._limit, limit_per_host=0, ssl=self._ssl, keepalive_timeout=self._keepalive
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,  # httpx decodes Content-Encoding itself
            trust_env=False,
            timeout=aiohttp.ClientTimeout(total=None),
        )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        headers = [
            (name.decode("latin-1"), value.decode("latin-1"))
            for name, value in request.headers.raw
            if name.lower() != b"transfer-encoding"  # aiohttp frames the body itself
        ]
        body = await request.aread()  # API bodies are small; uploads at most 5 MB
        with _mapped_errors(request):
            response = await session.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),
                headers=headers,
                data=body or None,
                allow_redirects=False,
                timeout=_timeout(request.extensions.get("timeout", {})),
            )
        version = response.version
        extensions: dict[str, Any] = {
            "http_version": f"HTTP/{version.major}.{version.minor}".encode()
            if version
            else b"HTTP/1.1"
        }
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        length = response.content_length
        if length is not None and length <= EAGER_BODY:
            # A small body (an API page) is read here in one call, and the connection goes
            # back to the pool: httpx's async byte-stream machinery would cost more CPU
            # than the read itself. Larger or unannounced bodies (downloads) are streamed.
            with _mapped_errors(request):
                body = await response.read()
            return httpx.Response(
                response.status,
                headers=list(response.raw_headers),
                content=body,
                extensions=extensions,
            )
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_ResponseStream(response, request),
            extensions=extensions,
        )

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped_errors(self._request):
            async for chunk in self._response.content.iter_chunked(CHUNK):
                yield chunk

    async def aclose(self) -> None:
        # Back to the pool when the body was read to the end, else the connection is closed.
        self._response.release()


def _timeout(timeout: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
    """httpx's per-request timeouts in aiohttp's terms (its ``connect`` includes the pool)."""
    connect, pool = timeout.get("connect"), timeout.get("pool")
    return aiohttp.ClientTimeout(
        total=None,
        connect=None if connect is None or pool is None else connect + pool,
        sock_connect=connect,
        sock_read=timeout.get("read"),
    )


@contextlib.contextmanager
def _mapped_errors(request: httpx.Request) -> Iterator[None]:
    """Turn aiohttp's errors into the httpx errors the pipeline reads (see module doc)."""
    try:
        yield
    except (aiohttp.ClientError, asyncio.TimeoutError) as error:
        kind = _httpx_error(error)
        raise kind(f"{type(error).__name__}: {error}", request=request) from error


def _httpx_error(error: BaseException) -> type[httpx.TransportError]:
    if isinstance(error, aiohttp.ClientConnectorError):
        return httpx.ConnectError  # no connection: nothing was sent
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout  # no connection (or pool slot) in time: nothing was sent
    if isinstance(error, (aiohttp.ServerTimeoutError, asyncio.TimeoutError)):
        return httpx.ReadTimeout
    if isinstance(error, aiohttp.ClientPayloadError):
        return httpx.ReadError
    if isinstance(error, (aiohttp.ServerDisconnectedError, aiohttp.ClientResponseError)):
        return httpx.RemoteProtocolError
    if isinstance(error, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol
    if isinstance(error, aiohttp.ClientConnectionError):
        return httpx.ReadError  # the connection failed after it was made
    return httpx.TransportError
