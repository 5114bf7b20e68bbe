"""The one send path every request takes.

    limits -> token -> tenant header -> send -> retry policy -> error mapping

``Pipeline.stream`` is the primitive: it yields a 2xx response whose body has not been read
and keeps the request's limiter slot until the caller is done with it. ``Pipeline.send``
reads the body inside the attempt (so a body cut off mid-way is retried like any other
network error) and returns it. Non-2xx answers never reach the caller: they are retried or
raised as the matching ``ApiError``.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import logging
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

import anyio
import httpx

from ._auth import TokenManager
from ._background import BackgroundTasks
from ._json import json_dumps
from ._limits import Limits
from ._reasons import network_reason
from ._redact import path_and_query
from ._retry import MAX_RETRY_AFTER, RetryPolicy, parse_retry_after
from ._stats import ClientStats
from ._telemetry import Telemetry
from ._tokens import Token
from .errors import error_from_response, transport_error

__all__ = ["Pipeline"]

logger = logging.getLogger("asperion_async")

_REQUEST_PARTS = ("params", "json", "content", "data", "files")
"""The keyword arguments of a request that httpx turns into its URL query and body; ``json``
is written by ``json_dumps`` (exact ``Decimal``) and sent as ``content``."""


class Pipeline:
    """Sends requests for one client; shared by the client and all of its tenant views."""

    def __init__(
        self,
        *,
        http: httpx.AsyncClient,
        transport: httpx.AsyncBaseTransport | None,
        auth: TokenManager,
        limits: Limits,
        policy: RetryPolicy,
        tenant_header: str,
        stats: ClientStats,
        background: BackgroundTasks | None = None,
        telemetry: Telemetry | None = None,
        base_url: httpx.URL | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        owns_http: bool = True,
    ) -> None:
        self.http = http
        self._transport = transport
        self.auth = auth
        self.limits = limits
        self.policy = policy
        self.tenant_header = tenant_header
        self.stats = stats
        self.telemetry = telemetry  # None: no opentelemetry-api, nothing recorded
        self.owns_http = owns_http
        self.closed = False
        # Open while the client is in `async with`.
        self.background = background or BackgroundTasks()
        self.base_url = http.base_url if base_url is None else base_url
        path = self.base_url.raw_path.partition(b"?")[0].decode("ascii")
        if not path.endswith("/"):
            path += "/"  # as httpx keeps a client's base URL
        self._base_prefix = f"{self.base_url.scheme}://{self.base_url.netloc.decode('ascii')}{path}"
        # The headers of every API request: the HTTP client's own defaults, less what the
        # pipeline sets per request (the token and the tenant) or never sends (cookies),
        # then the SDK's.
        merged = httpx.Headers(http.headers)
        for name in ("authorization", "cookie", tenant_header):
            merged.pop(name, None)
        merged.update(headers or {})
        self.headers = merged
        self._timeout = (http.timeout if timeout is None else timeout).as_dict()

    async def send(
        self, method: str, url: str, *, tenant: int | None, **request: Any
    ) -> httpx.Response:
        """Send a request and return its 2xx response with the body read."""
        async with contextlib.AsyncExitStack() as keep:
            return await self._send(method.upper(), url, tenant, request, keep, read_body=True)

    @contextlib.asynccontextmanager
    async def stream(
        self, method: str, url: str, *, tenant: int | None, **request: Any
    ) -> AsyncIterator[httpx.Response]:
        """Send a request and yield its 2xx response with the body unread (``aiter_bytes``)."""
        async with contextlib.AsyncExitStack() as keep:
            yield await self._send(method.upper(), url, tenant, request, keep, read_body=False)

    async def _send(
        self,
        method: str,
        url: str,
        tenant: int | None,
        request: Mapping[str, Any],
        keep: contextlib.AsyncExitStack,
        *,
        read_body: bool,
    ) -> httpx.Response:
        attempt = 0
        reauthenticated = False
        telemetry = self.telemetry
        while True:
            response: httpx.Response | None = None
            failure: httpx.TransportError | None = None
            async with contextlib.AsyncExitStack() as held:
                queued = time.monotonic() if telemetry is not None else 0.0
                await held.enter_async_context(self.limits.slot(tenant))
                # The token is taken once the slot is ours, not before the wait for it: a
                # token read before queueing can pass its refresh point, or expire, in the
                # queue.
                token = await self.auth.token()
                outgoing = self._build(method, url, tenant, token.access_token, request)
                started = time.monotonic()
                self.stats.requests += 1
                span = None
                if telemetry is not None:
                    span = telemetry.attempt(outgoing, tenant, attempt, started - queued)
                    if span is not None:  # it ends when the attempt lets go of its slot
                        held.enter_context(span)
                try:
                    response = await self._dispatch(outgoing)
                    held.push_async_callback(response.aclose)
                    if read_body or not response.is_success:
                        await response.aread()
                except httpx.TransportError as exc:
                    response = None
                    if span is not None:
                        span.failed(exc)
                    self._log(outgoing, None, attempt, started, tenant, exc)
                    if self.policy.retry_error(method, exc, attempt):
                        delay = self.policy.delay(attempt)
                    else:
                        failure = exc
                else:
                    if span is not None:
                        span.answered(response)
                    self._log(outgoing, response, attempt, started, tenant, None)
                    if response.is_success:
                        keep.push_async_exit(held.pop_all())
                        return response
            if failure is not None:  # raised here, outside the handler: nothing chained
                what = (
                    f"{method} {outgoing.url.copy_with(query=None)} failed after "
                    f"{attempt + 1} attempt(s)"
                )
                unreachable = isinstance(failure, (httpx.ConnectError, httpx.ConnectTimeout))
                raise transport_error(
                    what,
                    failure,
                    outgoing,
                    [token.access_token],
                    reason=_unreachable(outgoing, failure) if unreachable else None,
                )
            if response is not None:
                if response.status_code == 401 and self._superseded(token, attempt):
                    attempt += 1
                    self._retried(method)
                    continue
                if response.status_code == 401 and not reauthenticated:
                    reauthenticated = True
                    await self.auth.rejected(token)
                    self._retried(method)
                    continue
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                if not self.policy.retry_status(method, response.status_code, attempt) or (
                    retry_after is not None and retry_after > MAX_RETRY_AFTER
                ):
                    raise error_from_response(response, retry_after=retry_after)
                delay = self.policy.delay(attempt, retry_after)
            attempt += 1
            self._retried(method)
            logger.info(
                "retrying %s %s in %.2f s (attempt %d, tenant %s)",
                method,
                _target(outgoing),
                delay,
                attempt + 1,
                tenant,
            )
            await anyio.sleep(delay)

    def _retried(self, method: str) -> None:
        """Count an attempt that repeats an earlier one (stats and telemetry alike)."""
        self.stats.retries += 1
        if self.telemetry is not None:
            self.telemetry.retried(method)

    def _superseded(self, token: Token, attempt: int) -> bool:
        """Whether a 401 for ``token`` is retried at once with the newer token in use.

        Only a 401 for the token in use says that token is refused; "two 401s end in
        ``AuthenticationError``" counts those alone. A request that waited (limiter queue,
        backoff, the refresh) can come back with a 401 for a token another request has
        meanwhile replaced; that retry uses up an attempt, so it cannot go on forever.
        """
        return attempt < self.policy.max_retries and self.auth.superseded(token)

    async def _dispatch(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` (streamed) and return its response, body unread.

        With a transport of the SDK's choosing (or one given as ``transport=``) the request
        goes straight to it: ``AsyncClient.send`` adds, per request, what that client never
        uses (an auth flow, redirect handling, cookie extraction through ``urllib`` request
        objects, event hooks, a log line); skipping them took about 11 % off the client's CPU
        per 100-item page. What callers rely on is kept: ``response.request``, the request on
        transport errors, ``response.elapsed`` once the body is closed, and the error for a
        closed client.

        A caller's own ``http_client`` (and httpx's proxy-aware pool, behind a proxy from
        the environment) gets ``http.send``: its event hooks, mounts and proxies apply. Its
        ``auth`` does not (the bearer token is the pipeline's) and redirects are never
        followed, so the token and the tenant header go to the API host only.
        """
        if self.closed or self.http.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        transport = self._transport
        if transport is None:
            return await self.http.send(request, stream=True, auth=None, follow_redirects=False)
        started = time.perf_counter()
        try:
            response = await transport.handle_async_request(request)
        except httpx.RequestError as exc:
            exc.request = request
            raise
        response.request = request
        if response.is_closed:  # the transport read the body already (AiohttpTransport)
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
            return response
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)  # what async transports return
        response.stream = _ElapsedStream(stream, response, started)
        return response

    def _build(
        self,
        method: str,
        url: str,
        tenant: int | None,
        access_token: str,
        request: Mapping[str, Any],
    ) -> httpx.Request:
        headers = dict(request.get("headers") or {})
        if request.get("files"):
            # Generated multipart endpoints ask for the fixed boundary "+++", which a file
            # may contain (the part would end there, silently truncated). Without the header
            # httpx picks a random boundary and writes the Content-Type itself.
            headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        headers["Authorization"] = f"Bearer {access_token}"
        if tenant is not None:
            headers[self.tenant_header] = str(tenant)
        parts = {name: request.get(name) for name in _REQUEST_PARTS}
        body = parts.pop("json")
        if body is not None:
            # httpx would write a Decimal through float (or refuse it): amounts go out exact.
            parts["content"] = json_dumps(body).encode("utf-8")
        built = self._build_request(method, url, headers, parts)
        if body is not None and "Content-Type" not in built.headers:
            built.headers["Content-Type"] = "application/json"  # last, where httpx puts it
        return built

    def _build_request(
        self, method: str, url: str, headers: dict[str, str], parts: dict[str, Any]
    ) -> httpx.Request:
        """What ``http.build_request`` would make of ``url``, for a fraction of its CPU.

        The URL is merged with the base URL as httpx merges it (a relative URL is appended to
        the base URL's path); the pipeline's headers and timeout are added as httpx adds a
        client's. Cookies and the HTTP client's default query parameters are not: API
        requests carry neither (see ``AsperionClient``).
        """
        if not (url[:1] == "/" and url[1:2] != "/") and _url(url).is_absolute_url:
            target = url  # on the API host: the client checks that before any request
        else:
            target = self._base_prefix + url.lstrip("/")
        params = parts["params"]
        if params and "?" not in target:
            # httpx's own encoding of the query, added before the one parse of the URL
            # (``Request(params=...)`` would parse the URL a second time to merge them).
            target = f"{target}?{httpx.QueryParams(params)}"
            parts = {**parts, "params": None}
        merged = self.headers.copy()
        merged.update(headers)
        return httpx.Request(
            method, _url(target), headers=merged, extensions={"timeout": self._timeout}, **parts
        )

    def _log(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        attempt: int,
        started: float,
        tenant: int | None,
        error: Exception | None,
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):  # skip the formatting work, per request
            return
        outcome = str(response.status_code) if response is not None else type(error).__name__
        logger.debug(
            "%s %s -> %s (%.1f ms, attempt %d, tenant %s)",
            request.method,
            _target(request),
            outcome,
            (time.monotonic() - started) * 1000,
            attempt + 1,
            tenant,
        )


@functools.lru_cache(maxsize=1024)
def _url(target: str) -> httpx.URL:
    """``target`` parsed, once: a sync sends the same page URLs for every tenant (the tenant
    is a header), and parsing one took a third of the CPU of building its request. The parse
    is immutable; each request wraps it in its own ``httpx.URL``."""
    return httpx.URL(target)


def _unreachable(request: httpx.Request, exc: httpx.TransportError) -> str:
    """``could not reach https://host (connection refused); check ...`` for a failed connect."""
    host = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
    return f"could not reach {host} ({network_reason(exc)}); check the network and the base URL"


def _target(request: httpx.Request) -> str:
    """The request's path and query for a log line, parameters named like secrets redacted."""
    return path_and_query(request.url.path, request.url.query.decode("ascii", "replace"))


class _ElapsedStream(httpx.AsyncByteStream):
    """A response body that sets ``response.elapsed`` when it is closed, as httpx's own
    client does for the responses it sends."""

    def __init__(
        self, stream: httpx.AsyncByteStream, response: httpx.Response, started: float
    ) -> None:
        self._stream = stream
        self._response = response
        self._started = started

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        self._response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._started)
        await self._stream.aclose()
