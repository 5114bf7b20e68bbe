"""``AsperionClient`` and its tenant views: construction, call, request, stream, upload, download.

Everything here is generic over the generated layer: ``call`` takes any generated endpoint
module, asks it to build the request (``_get_kwargs``), sends that through the pipeline and
lets the module parse the answer. Nothing is listed per endpoint.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from http.cookiejar import CookieJar, DefaultCookiePolicy
from types import TracebackType
from typing import Any, ParamSpec, Protocol, TypeVar, overload

import httpx

from . import _environment
from ._auth import REFRESH_TIMEOUT, TokenManager
from ._background import BackgroundTasks
from ._download import save_body
from ._endpoints import Endpoint, build_request, endpoint_module
from ._limits import Limits, SharedLimit
from ._pagination import (
    DEFAULT_MAX_PAGES,
    DEFAULT_PREFETCH,
    MAX_PAGE_SIZE,
    ItemIterator,
    PageIterator,
    check_paging,
    iter_pages,
)
from ._pipeline import Pipeline
from ._retry import RetryPolicy
from ._stats import ClientStats
from ._telemetry import create as create_telemetry
from ._tokens import TokenStore
from ._transport import default_transport
from ._uploads import FileInput, base_names, check_files, check_pdf, read_upload
from ._version import __version__
from .errors import UnexpectedResponseError
from .resources import ResourceNamespaces

__all__ = ["AsperionClient", "TenantClient"]

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

USER_AGENT = f"asperion-async/{__version__} python-httpx/{httpx.__version__}"
DEFAULT_TENANT_HEADER = "X-Tenant-Id"
DEFAULT_TIMEOUT = 30.0


class _Detailed(Protocol[T_co]):
    """What a generated ``asyncio_detailed`` function returns (its ``Response[T]``)."""

    @property
    def parsed(self) -> T_co | None: ...


class _ParseOptions:
    """Stands in for the generated client when a module parses a response.

    Errors are ours to raise (before parsing); an undocumented 2xx parses to None.
    """

    raise_on_unexpected_status = False


_PARSE_OPTIONS = _ParseOptions()


class _Requester(ResourceNamespaces):
    """What the client and its tenant views share: every way to send a request."""

    _pipeline: Pipeline
    _tenant_id: int | None

    @property
    def tenant_id(self) -> int | None:
        """The administration requests from here go to (None: the user's default one)."""
        return self._tenant_id

    @property
    def stats(self) -> ClientStats:
        """Live counters of the whole client (requests, retries, refreshes)."""
        return self._pipeline.stats

    @overload
    async def call(self, endpoint: Endpoint[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T: ...

    @overload
    async def call(
        self, endpoint: Callable[..., Awaitable[_Detailed[T]]], /, *args: Any, **kwargs: Any
    ) -> T: ...

    @overload
    async def call(
        self, endpoint: Callable[..., Awaitable[T | None]], /, *args: Any, **kwargs: Any
    ) -> T: ...

    async def call(self, endpoint: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Call a generated endpoint; return its parsed model, raise ``ApiError`` on non-2xx.

        ``endpoint`` is a module of ``asperion_client.api`` or its ``asyncio_detailed`` /
        ``asyncio`` function; the other arguments are the endpoint's own (typed: mypy checks
        them against the module's). An argument the endpoint does not take raises a
        ``TypeError`` naming the closest valid one. A 2xx body that does not parse raises
        ``UnexpectedResponseError``; a 2xx status the spec does not document for the endpoint
        gives None.
        """
        return await self._call_endpoint(endpoint, args, kwargs, required=False)

    async def _call_endpoint(
        self, endpoint: object, args: Sequence[Any], kwargs: Mapping[str, Any], *, required: bool
    ) -> Any:
        """``call``; with ``required`` a 2xx answer that parses to nothing is an error too."""
        module = endpoint_module(endpoint)
        check_paging(kwargs)
        request = build_request(module, args, kwargs)
        if request.get("files"):
            check_files(request["files"])
            request["files"] = base_names(request["files"])
        method = str(request.pop("method"))
        url = str(request.pop("url"))
        response = await self._pipeline.send(method, url, tenant=self._tenant_id, **request)
        try:
            parsed = module._parse_response(client=_PARSE_OPTIONS, response=response)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            raise UnexpectedResponseError.from_response(response, exc) from exc
        if parsed is None and required:
            problem = ValueError(f"status {response.status_code} is not an answer of {url}")
            raise UnexpectedResponseError.from_response(response, problem)
        return parsed

    def paginate(
        self,
        endpoint: object,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        prefetch: int = DEFAULT_PREFETCH,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **kwargs: Any,
    ) -> ItemIterator[Any]:
        """Every item of every page of a list endpoint, in order; later pages fetched ahead.

        ``endpoint`` is a generated list endpoint (module or function) or a raw path such as
        ``"/v1/debtors"``; ``kwargs`` are its filters. At most ``prefetch`` pages are in
        flight or buffered, all inside the client's limits. ``start_page`` resumes from that
        page (earlier pages are not fetched). More than ``max_pages`` pages, or paging the
        server's own counts contradict, raise ``PaginationError``. Bad arguments raise before
        I/O.
        """
        pages = self.pages(
            endpoint,
            page_size=page_size,
            prefetch=prefetch,
            start_page=start_page,
            max_pages=max_pages,
            **kwargs,
        )
        return ItemIterator(pages)

    def pages(
        self,
        endpoint: object,
        /,
        *,
        page_size: int = MAX_PAGE_SIZE,
        prefetch: int = DEFAULT_PREFETCH,
        start_page: int = 1,
        max_pages: int = DEFAULT_MAX_PAGES,
        **kwargs: Any,
    ) -> PageIterator[Any]:
        """Like ``paginate``, but yields ``Page`` objects (items, number, counts)."""
        return iter_pages(
            self.request,
            endpoint,
            kwargs,
            page_size=page_size,
            prefetch=prefetch,
            background=self._pipeline.background,
            start_page=start_page,
            max_pages=max_pages,
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        data: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send a raw request (path relative to the API base URL); return the 2xx response.

        Same pipeline as ``call``: token, tenant header, limits, retries, typed errors.
        """
        self._check_target(path, headers)
        if files:
            check_files(files)
            files = base_names(files)
        return await self._pipeline.send(
            method,
            path,
            tenant=self._tenant_id,
            params=params,
            json=json,
            content=content,
            data=data,
            files=files,
            headers=headers,
        )

    @contextlib.asynccontextmanager
    async def stream(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[httpx.Response]:
        """Send a request and yield its 2xx response with the body unread.

        Read it with ``async for chunk in response.aiter_bytes()``; the request keeps its
        concurrency slot until the block exits.
        """
        self._check_target(path, headers)
        async with self._pipeline.stream(
            method, path, tenant=self._tenant_id, params=params, headers=headers
        ) as response:
            yield response

    async def download(
        self,
        path: str,
        destination: str | os.PathLike[str],
        *,
        params: Mapping[str, Any] | None = None,
    ) -> int:
        """Stream a file (e.g. ``/v1/files/{id}``) to ``destination``; return the bytes written.

        The body goes to a private (0600) temporary file with an unpredictable name next to
        ``destination`` that replaces it only when complete, so a failed or cancelled download
        leaves no partial file behind and nothing planted in the directory is written through.
        A connection lost mid-body raises ``TransportError``.
        """
        async with self.stream("GET", path, params=params) as response:
            return await save_body(response, destination)

    async def upload(
        self,
        path: str,
        file: FileInput,
        *,
        filename: str | None = None,
        field: str = "File",
    ) -> httpx.Response:
        """Upload a PDF (at most 5 MB) as multipart form data, e.g. to ``/v1/inboxfiles``.

        ``file`` is the content (bytes), a path, or a binary file object. A file that is too
        big or not a PDF raises ValueError before anything is sent.
        """
        self._check_target(path, None)
        content, name = await read_upload(file, filename)
        check_pdf(content, name)
        return await self._pipeline.send(
            "POST",
            path,
            tenant=self._tenant_id,
            files={field: (name, content, "application/pdf")},
        )

    def _check_target(self, path: str, headers: Mapping[str, str] | None) -> None:
        """Refuse what would leak the token or break tenant isolation, before any I/O."""
        relative = path[:1] == "/" and path[1:2] != "/"  # "/v1/..." names no host: no parse
        url = None if relative else httpx.URL(path)
        base = self._pipeline.base_url
        if (
            url is not None
            and url.is_absolute_url
            and (url.scheme, url.host, url.port)
            != (
                base.scheme,
                base.host,
                base.port,
            )
        ):
            raise ValueError(
                f"only URLs on the API host {base.host} may be requested, got {url.host}"
            )
        reserved = {"authorization", self._pipeline.tenant_header.lower()}
        for name in headers or {}:
            if name.lower() in reserved:
                raise ValueError(
                    f"the {name} header is set by the client; use client.tenant(id) to "
                    "choose an administration"
                )


class TenantClient(_Requester):
    """A view of an ``AsperionClient`` that sends every request to one administration.

    Cheap to make: it shares the client's connection pool, token and limits, and adds only
    its own ``X-Tenant-Id``. Get one with ``client.tenant(id)``.
    """

    def __init__(self, pipeline: Pipeline, tenant_id: int) -> None:
        self._pipeline = pipeline
        self._tenant_id = tenant_id

    def __repr__(self) -> str:
        return f"TenantClient(tenant_id={self._tenant_id})"


class AsperionClient(_Requester):
    """An Asperion API client: one connection pool, one token, one set of limits.

    Use it as ``async with AsperionClient(...) as client:`` or close it with
    ``await client.aclose()``. ``client.tenant(id)`` gives a view for one administration.
    Every argument is keyword-only; bad values raise ``ValueError``/``TypeError`` at once.

    Args:
        client_id: The OAuth client id Asperion registered for your application.
        client_secret: Its secret. Sent only to the token endpoint; never logged or shown
            in a repr or an error message.
        token_store: Where the token lives and is saved after each refresh:
            ``MemoryTokenStore(token)``, ``FileTokenStore(path)`` (shared safely between
            processes), or your own ``TokenStore``. Get the first token with ``asperion-async
            login`` or ``oauth.exchange_code``.
        environment: ``"sandbox"`` (default) or ``"production"``: picks the API and identity
            hosts when ``base_url``/``token_url`` are not given.
        base_url: API base URL instead of the environment's, e.g. a proxy or a served
            emulator. Must be ``https://``; plain ``http://`` only for a loopback host.
        token_url: Token endpoint instead of the environment's identity server's
            ``/connect/token``; same URL rule as ``base_url``.
        tenant_id: Administration that requests without ``client.tenant(id)`` go to; None
            (default) sends no tenant header, so the API uses the user's default one.
        max_concurrency: Requests in flight at once over the whole client (default 16).
        tenant_concurrency: Requests in flight at once per administration (default 4), so one
            busy tenant cannot take every slot; None for no per-tenant cap.
        rate_limit: Request starts per second over the whole client, evenly spaced; None
            (default) for no limit.
        shared_limit: A limit shared by every process of the OAuth client, taken after the
            in-process limits, e.g. ``asperion_async.postgres.PostgresRateLimit``; None
            (default) for the in-process limits alone.
        max_retries: Retries after the first attempt (default 3) for 429, for 502/503/504 and
            network errors of idempotent requests, and for connections that never opened.
            0 turns retrying off.
        timeout: Seconds per request phase (connect, read, write, pool), or an
            ``httpx.Timeout``; None (default) is 30 s, or the timeout of ``http_client``.
        transport: An httpx transport to send through instead of the default connection
            pool, e.g. ``AsperionEmulator.transport()``, ``asp.AiohttpTransport()`` for bulk
            syncs on asyncio, or a respx mock in tests.
        http_client: Your own configured ``httpx.AsyncClient`` (proxies, mTLS, event hooks);
            the SDK sends through it, sets its own base URL, token, tenant header and
            timeout per request, sends no cookies, and never closes it.
        http2: Use HTTP/2 on the default transport (needs the ``http2`` extra).
        tenant_header: Name of the header that carries the administration id (default
            ``X-Tenant-Id``).
        accept_language: The ``Accept-Language`` header (``"nl-NL"``, ``"en-US"``): the
            language of the API's validation messages; None (default) sends none.
        backoff_base: Seconds of the first backoff between retries (default 0.5); each retry
            doubles it, with full jitter. A ``Retry-After`` header is honoured instead.
        backoff_cap: Longest backoff in seconds (default 8).
        refresh_timeout: Total seconds a token refresh may take, save included (default
            30). The refresh runs in the client's own task, so a caller whose deadline ends
            first stops waiting while the refresh (and the save of a rotated token) goes on.
        tracer_provider: OpenTelemetry tracer provider for one span per attempt (needs the
            ``otel`` extra); None (default) uses the global one.
        meter_provider: OpenTelemetry meter provider for the client's metrics; None
            (default) uses the global one.
    """

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        token_store: TokenStore,
        environment: str = "sandbox",
        base_url: str | None = None,
        token_url: str | None = None,
        tenant_id: int | None = None,
        max_concurrency: int = 16,
        tenant_concurrency: int | None = 4,
        rate_limit: float | None = None,
        shared_limit: SharedLimit | None = None,
        max_retries: int = 3,
        timeout: float | httpx.Timeout | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        http2: bool = False,
        tenant_header: str = DEFAULT_TENANT_HEADER,
        accept_language: str | None = None,
        backoff_base: float = 0.5,
        backoff_cap: float = 8.0,
        refresh_timeout: float = REFRESH_TIMEOUT,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        api = _environment.api_url(environment)
        identity = _environment.identity_url(environment)
        self._base_url = _environment.require_safe_url(base_url or api, "base_url")
        token_endpoint = _environment.require_safe_url(
            token_url or _environment.token_url(identity), "token_url"
        )
        self._tenant_id = None if tenant_id is None else validate_tenant_id(tenant_id)
        if not tenant_header or not tenant_header.isascii() or ":" in tenant_header:
            raise ValueError(f"invalid tenant_header {tenant_header!r}")
        limits = Limits(
            max_concurrency=max_concurrency,
            tenant_concurrency=tenant_concurrency,
            rate_limit=rate_limit,
            shared=shared_limit,
        )
        policy = RetryPolicy(
            max_retries=max_retries, backoff_base=backoff_base, backoff_cap=backoff_cap
        )
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if accept_language is not None:
            headers["Accept-Language"] = accept_language
        if http_client is not None:
            if transport is not None or http2:
                raise ValueError(
                    "http_client= brings its own transport: configure it there instead of "
                    "passing transport= or http2="
                )
            # The caller's client, used as configured (see docs/http-client.md); the SDK
            # never closes it.
            http = http_client
            request_timeout = _as_timeout(timeout) if timeout is not None else http.timeout
        else:
            if transport is None:
                transport = default_transport(max_concurrency + 2, http2=http2)
            elif http2:
                raise ValueError("http2=True configures the SDK's own transport, not transport=")
            request_timeout = _as_timeout(DEFAULT_TIMEOUT if timeout is None else timeout)
            http = httpx.AsyncClient(
                base_url=self._base_url,
                headers=headers,
                timeout=request_timeout,
                transport=transport,
                # The API authenticates by bearer token; a cookie jar shared by every tenant
                # of the client would be state shared between administrations: none is kept.
                cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
                # Slots above the cap leave room for token requests while every slot is busy.
                limits=httpx.Limits(
                    max_connections=max_concurrency + 2,
                    max_keepalive_connections=max_concurrency,
                ),
                http2=http2,
            )
        stats = ClientStats()
        # Fetch-ahead and token refreshes run here while the client is open in `async with`.
        background = BackgroundTasks()
        # OpenTelemetry (if installed): the given providers, else the global ones.
        telemetry = create_telemetry(tracer_provider, meter_provider)
        auth = TokenManager(
            store=token_store,
            http=http,
            token_url=token_endpoint,
            client_id=client_id,
            client_secret=client_secret,
            stats=stats,
            background=background,
            refresh_timeout=refresh_timeout,
            telemetry=telemetry,
        )
        self._pipeline = Pipeline(
            http=http,
            transport=transport,
            auth=auth,
            limits=limits,
            policy=policy,
            tenant_header=tenant_header,
            stats=stats,
            background=background,
            telemetry=telemetry,
            base_url=httpx.URL(self._base_url),
            headers=headers,
            timeout=request_timeout,
            owns_http=http_client is None,
        )

    def __repr__(self) -> str:
        return f"AsperionClient(base_url={self._base_url!r}, tenant_id={self._tenant_id})"

    async def __aenter__(self) -> AsperionClient:
        # While open, plain `async for ... in t.paginate(...)` fetches ahead in this group.
        await self._pipeline.background.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            await self._pipeline.background.close()
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool. The client (and its tenant views) cannot be used after.

        Fetch-ahead still running for any iterator of this client is cancelled; a token
        refresh in progress is waited for, so a rotated token is saved.
        """
        pipeline = self._pipeline
        pipeline.background.stop_all()
        await pipeline.auth.wait_idle()
        pipeline.closed = True
        if pipeline.owns_http:
            await pipeline.http.aclose()

    @property
    def is_closed(self) -> bool:
        """Whether the client is closed (a caller's ``http_client`` stays open after)."""
        return self._pipeline.closed or self._pipeline.http.is_closed

    def tenant(self, tenant_id: int) -> TenantClient:
        """A view sending every request to administration ``tenant_id`` (a positive int)."""
        return TenantClient(self._pipeline, validate_tenant_id(tenant_id))


def _as_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def validate_tenant_id(tenant_id: object) -> int:
    """``tenant_id`` as a plain, positive ``int``; TypeError/ValueError otherwise.

    The header is later written with ``str()``: an ``IntEnum`` member would give its name
    and an ``int`` subclass any text it likes (CR/LF included), so subclasses become the
    plain ``int`` of their value here, at the boundary. ``bool`` is refused.
    """
    if isinstance(tenant_id, bool) or not isinstance(tenant_id, int):
        raise TypeError(f"a tenant id must be an int, got {type(tenant_id).__name__}")
    value = int.__int__(tenant_id)  # the value itself: no overridden __int__/__index__/__str__
    if value < 1:
        raise ValueError(f"a tenant id must be positive, got {value}")
    return value
