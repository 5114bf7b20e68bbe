"""The client's default transport: httpx's own connection pool, split into small sub-pools.

Why: httpcore's ``AsyncConnectionPool`` re-plans every queued request against every
connection (``_assign_requests_to_connections``) each time a request is sent and each time a
response is closed, and its keep-alive check inside that walk is itself a walk over the
connections, with a ``poll`` of the socket for each idle one. With 64 requests in flight
over 66 connections that is milliseconds of CPU per request, more than the rest of the
request costs; with 8 connections it is still about 15 % of a 100-item page's CPU, with 2
next to nothing (the benchmark's 50 x 40-page loopback sync: 0.90-0.95 ms of client CPU
per page with sub-pools of 8, 0.77-0.80 ms with 2 or 1).

So :class:`ShardedTransport` holds ``N`` connections as ``K = ceil(N / 2)`` independent
``httpx.AsyncHTTPTransport`` sub-pools (sizes differing by at most one, ``N`` in total) and
hands each request to the sub-pool with the most free connections (ties: the first), which
for equal sizes is the one with the fewest requests in flight. Choosing is ``O(K)`` list
work in C; each sub-pool's own bookkeeping stays ``O(2 x 2)``. Each sub-pool keeps all of its
connections alive (keep-alive limit = its size): a lower limit makes httpcore close idle
connections whenever the pool holds more than that many, so they churn under load.

It is still one transport inside the one ``httpx.AsyncClient`` of an ``AsperionClient``,
shared by the client and all of its tenant views: the sharding is internal to it.

Why not one pool with ``O(1)`` assignment built on ``httpcore.AsyncHTTPConnection``: that
pool would re-implement what httpcore's pool already gets right (keep-alive expiry, the pool
timeout, retrying on ``ConnectionNotAvailable``, closing connections shielded from
cancellation, connections to two origins: the API and the identity server). The sub-pools here
are unmodified httpx transports, so all of that stays theirs; this module only counts.

Counting: a request counts against its sub-pool from the moment it is handed over until its
response stream is closed (httpx closes it once the body is read, on every error, and at the
end of ``client.stream()``). A request that fails or is cancelled before its response arrives
is uncounted at once; a body that fails mid-way is closed (and uncounted) by the stream itself.
A response opened with ``stream=True`` and never closed keeps its count, exactly as it keeps
its connection in any httpx pool.
"""

from __future__ import annotations

import contextlib
import functools
import urllib.request
from collections.abc import AsyncIterator, Callable

import httpx

__all__ = ["ShardedTransport", "default_transport"]

CONNECTIONS_PER_POOL = 2


class ShardedTransport(httpx.AsyncBaseTransport):
    """Up to ``max_connections`` HTTP/1.1 connections, kept in sub-pools of two.

    TLS is verified as ``httpx.AsyncHTTPTransport`` verifies by default (one SSL context,
    shared by the sub-pools).
    """

    def __init__(self, max_connections: int) -> None:
        if max_connections < 1:
            raise ValueError(f"max_connections must be at least 1, got {max_connections}")
        pools = -(-max_connections // CONNECTIONS_PER_POOL)
        size, larger = divmod(max_connections, pools)
        self._capacities = tuple(size + (i < larger) for i in range(pools))
        self._free = list(self._capacities)
        ssl_context = httpx.create_ssl_context()
        self._pools = [
            httpx.AsyncHTTPTransport(
                verify=ssl_context,
                limits=httpx.Limits(max_connections=n, max_keepalive_connections=n),
            )
            for n in self._capacities
        ]

    @property
    def capacities(self) -> tuple[int, ...]:
        """The most connections each sub-pool may open."""
        return self._capacities

    @property
    def in_flight(self) -> tuple[int, ...]:
        """Requests per sub-pool handed over and not yet closed."""
        return tuple(c - f for c, f in zip(self._capacities, self._free, strict=True))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        free = self._free
        pool = free.index(max(free))
        free[pool] -= 1
        try:
            response = await self._pools[pool].handle_async_request(request)
        except BaseException:
            free[pool] += 1
            raise
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)  # what AsyncHTTPTransport returns
        response.stream = _CountedStream(stream, functools.partial(self._release, pool))
        return response

    def _release(self, pool: int) -> None:
        self._free[pool] += 1

    async def aclose(self) -> None:
        """Close every sub-pool (all of them, even if closing one fails)."""
        async with contextlib.AsyncExitStack() as closing:
            for pool in self._pools:
                closing.push_async_callback(pool.aclose)


class _CountedStream(httpx.AsyncByteStream):
    """A response body that gives its request's place back once, when it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except BaseException:
            # As httpcore's own pool stream does: a body that failed (or was cancelled)
            # half-way frees its connection without waiting for the caller to close it.
            await self.aclose()
            raise

    async def aclose(self) -> None:
        release, self._release = self._release, None
        if release is None:
            return
        try:
            await self._stream.aclose()
        finally:
            release()


def default_transport(
    max_connections: int, *, http2: bool = False
) -> httpx.AsyncBaseTransport | None:
    """The SDK's pool, or None (httpx's own) when a proxy is configured.

    HTTP/1.1: a :class:`ShardedTransport`. HTTP/2 (``http2=True``, needs the ``h2``
    package): one ``httpx.AsyncHTTPTransport`` that offers HTTP/2 by ALPN on ``https://``
    and keeps HTTP/1.1 for servers that do not take it. httpx reads
    ``HTTP(S)_PROXY``/``ALL_PROXY``/``NO_PROXY`` only for a client built without a
    transport, so behind a proxy the client keeps httpx's proxy-aware default pool.
    """
    if http2:
        _require_h2()
    if _proxy_from_environment():
        return None
    if http2:
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        return httpx.AsyncHTTPTransport(http2=True, limits=limits)
    return ShardedTransport(max_connections)


def _require_h2() -> None:
    try:
        import h2  # noqa: F401
    except ImportError:
        raise ImportError(
            "http2=True needs the h2 package: pip install 'asperion-async[http2]'"
        ) from None


def _proxy_from_environment() -> bool:
    """Whether httpx would send some request through a proxy taken from the environment."""
    proxies = urllib.request.getproxies()  # what httpx reads, system settings included
    if "*" in (host.strip() for host in proxies.get("no", "").split(",")):
        return False
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))
