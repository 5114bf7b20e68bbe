"""The emulator's Starlette application: one route per spec path plus ``/connect/*``."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import _faults, _query
from ._cache import BodyCache
from ._faults import Faults
from ._files import MAX_UPLOAD, is_pdf, parse_multipart
from ._formats import parse_query
from ._oauth import Authority, OAuthError
from ._rules import business_errors
from ._spec import JSONDict, Operation
from ._tenants import ItemView, Tenant, Tenants, file_fields
from ._values import project

ItemId = int | str
_TICKS_PER_SECOND = 100


@dataclass
class EmulatorStats:
    """What the emulator has served, for assertions in tests.

    ``requests`` counts API requests per ``("GET /v1/debtors", tenant_id)`` (tenant ``None``
    when the request was refused before a tenant was chosen); ``creates`` counts stored
    creates per collection; ``faults`` counts injected faults per kind
    (``"429"``, ``"503"``, ``"drop"``, ``"revoke"``). ``token_errors`` counts refused token
    requests per OAuth error (``"invalid_grant"``, ...); ``refresh_log`` holds, per refresh,
    its time and the expiry of the access token it replaced (epoch seconds).

    ``arrivals`` counts API requests per 10 ms of ``time.monotonic()`` as they arrive, and
    ``in_flight`` / ``max_in_flight`` the API requests being handled (now / at most), so
    tests can check a rate limit and an in-flight cap from the server's side
    (``busiest_second``).
    """

    requests: Counter[tuple[str, int | None]] = field(default_factory=Counter)
    creates: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    tokens_issued: int = 0
    refreshes: int = 0
    token_errors: Counter[str] = field(default_factory=Counter)
    refresh_log: list[tuple[float, float]] = field(default_factory=list)
    arrivals: Counter[int] = field(default_factory=Counter)
    in_flight: int = 0
    max_in_flight: int = 0

    def arrived(self) -> None:
        self.arrivals[int(time.monotonic() * _TICKS_PER_SECOND)] += 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def busiest_second(self) -> int:
        """The most API requests that arrived within any one second (sliding, 10 ms steps)."""
        if not self.arrivals:
            return 0
        first, last = min(self.arrivals), max(self.arrivals)
        counts = [self.arrivals.get(tick, 0) for tick in range(first, last + 1)]
        window = sum(counts[:_TICKS_PER_SECOND])
        busiest = window
        for i in range(_TICKS_PER_SECOND, len(counts)):
            window += counts[i] - counts[i - _TICKS_PER_SECOND]
            busiest = max(busiest, window)
        return busiest

    def requests_to(self, path: str | None = None, tenant: int | None = None) -> int:
        """Requests whose operation path contains ``path`` and (if given) for ``tenant``."""
        return sum(
            n
            for (op, t), n in self.requests.items()
            if (path is None or path in op) and (tenant is None or t == tenant)
        )


class ConnectionDropped(Exception):
    """Raised inside the app after a partial response: the connection is cut."""


class _DroppedResponse(Response):
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"_data": [', "more_body": True})
        raise ConnectionDropped("connection dropped by fault injection")


def problem(
    status: int,
    title: str,
    detail: str | None = None,
    errors: Mapping[str, list[str]] | None = None,
    trace: int = 0,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body: JSONDict = {
        "type": f"https://tools.ietf.org/html/rfc9110#status.{status}",
        "title": title,
        "status": status,
        "traceId": f"00-{trace:032x}-{trace:016x}-00",
    }
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = dict(errors)
    return JSONResponse(
        body, status_code=status, headers=headers, media_type="application/problem+json"
    )


def _invalid(errors: Mapping[str, list[str]], trace: int) -> JSONResponse:
    """400: the request does not match the spec (types, formats, ranges, required)."""
    return problem(400, "One or more validation errors occurred.", errors=errors, trace=trace)


def _refused(errors: Mapping[str, list[str]], trace: int) -> JSONResponse:
    """422: the request matches the spec but breaks a business rule."""
    return problem(422, "The request breaks a business rule.", errors=errors, trace=trace)


class _Json(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass
class Settings:
    faults: Faults
    fault_seed: int
    latency: float | tuple[float, float]
    tenant_header: str


class EmulatorApp:
    """State and handlers. Store access happens under one lock and never across an await."""

    def __init__(
        self,
        tenants: Tenants,
        authority: Authority,
        settings: Settings,
        operations: list[Operation],
    ) -> None:
        self.tenants = tenants
        self.authority = authority
        self.settings = settings
        self.stats = EmulatorStats()
        self.lock = threading.RLock()
        self.list_bodies = BodyCache()
        self._number = 0
        routes: dict[str, dict[str, Operation]] = {}
        for op in operations:
            routes.setdefault(op.path, {})[op.method] = op
        starlette_routes = [
            Route("/connect/authorize", self._authorize, methods=["GET"]),
            Route("/connect/token", self._token, methods=["POST"]),
        ]
        for path, by_method in routes.items():
            starlette_routes.append(Route(path, self._endpoint(by_method), methods=list(by_method)))
        self.asgi = Starlette(
            routes=starlette_routes,
            exception_handlers={HTTPException: self._http_error},  # type: ignore[dict-item]
        )

    # --- plumbing ----------------------------------------------------------------------
    async def _http_error(self, request: Request, exc: HTTPException) -> Response:
        # A 405 carries Allow (RFC 9110): Starlette puts it on the exception.
        return problem(exc.status_code, str(exc.detail), headers=exc.headers)

    def _endpoint(
        self, by_method: dict[str, Operation]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await self._api(request, by_method[request.method])

        return endpoint

    async def _api(self, request: Request, op: Operation) -> Response:
        with self.lock:
            self.stats.arrived()
            self._number += 1
            number = self._number
        try:
            return await self._serve(request, op, number)
        finally:
            with self.lock:
                self.stats.in_flight -= 1

    async def _serve(self, request: Request, op: Operation, number: int) -> Response:
        label = f"{op.method} {op.path}"
        delay = _faults.latency(self.settings.latency, self.settings.fault_seed, number)
        if delay > 0:
            await anyio.sleep(delay)
        fault = _faults.decide(self.settings.faults, self.settings.fault_seed, number)
        bearer = _bearer(request)
        with self.lock:
            if fault is not None:
                self.stats.faults[fault] += 1
            if fault in ("drop", "503", "429"):
                self.stats.requests[(label, None)] += 1
                return self._fault_response(fault, number)
            if fault == "revoke":
                self.authority.revoke(None if self.settings.faults.revoke_after else bearer)
            if bearer is None or not self.authority.valid(bearer):
                self.stats.requests[(label, None)] += 1
                return _unauthorized(bearer is not None)
            tenant, refusal = self._tenant(request, number)
            self.stats.requests[(label, None if tenant is None else tenant.id)] += 1
            if refusal is not None or tenant is None:
                return refusal or problem(403, "Forbidden", trace=number)
        body = await request.body()
        with self.lock:
            if op.kind == "list":
                return self._cached_list(request, op, tenant, number, body)
            return _Handler(self, request, op, tenant, number, body).run()

    def _cached_list(
        self, request: Request, op: Operation, tenant: Tenant, number: int, body: bytes
    ) -> Response:
        """A list page, rendered once per tenant version and URL. Its body depends on the
        tenant's data (hence ``version``), the operation, and the request URL (path
        parameters, query string, links built from the base URL and ``Host``); errors
        carry the request's trace number, so only answers of ``success_status`` are kept."""
        key = (
            tenant.id,
            tenant.version,
            op.method,
            op.path,
            str(request.base_url),
            str(request.url),
        )
        cached = self.list_bodies.get(key)
        if cached is not None:
            return Response(cached, status_code=op.success_status, media_type=_Json.media_type)
        response = _Handler(self, request, op, tenant, number, body).run()
        if response.status_code == op.success_status:
            self.list_bodies.put(key, bytes(response.body))
        return response

    def _fault_response(self, fault: str, number: int) -> Response:
        if fault == "drop":
            return _DroppedResponse()
        if fault == "503":
            return problem(
                503, "Service Unavailable", "The service is temporarily unavailable.", trace=number
            )
        return problem(
            429,
            "Too Many Requests",
            "Rate limit exceeded.",
            trace=number,
            headers={"Retry-After": str(self.settings.faults.retry_after)},
        )

    def _tenant(self, request: Request, number: int) -> tuple[Tenant | None, Response | None]:
        raw = request.headers.get(self.settings.tenant_header)
        if raw is None:
            return self.tenants.default(), None
        try:
            tenant_id = int(raw.strip())
        except ValueError:
            return None, _invalid(
                {self.settings.tenant_header: [f"'{raw}' is not a valid tenant id."]}, number
            )
        tenant = self.tenants.get(tenant_id)
        if tenant is None:
            return None, problem(
                403,
                "Forbidden",
                f"The user has no access to administration {tenant_id}.",
                trace=number,
            )
        return tenant, None

    # --- identity ----------------------------------------------------------------------
    async def _authorize(self, request: Request) -> Response:
        with self.lock:
            try:
                location = self.authority.authorize(dict(request.query_params))
            except OAuthError as error:
                return JSONResponse(error.body(), status_code=error.status)
        return RedirectResponse(location, status_code=302)

    async def _token(self, request: Request) -> Response:
        body = (await request.body()).decode("utf-8", "replace")
        form = dict(parse_qsl(body, keep_blank_values=True))
        with self.lock:
            try:
                answer = self.authority.token(form)
            except OAuthError as error:
                self.stats.token_errors[error.error] += 1
                return JSONResponse(
                    error.body(), status_code=error.status, headers={"Cache-Control": "no-store"}
                )
            self.stats.tokens_issued = self.authority.tokens_issued
            self.stats.refreshes = self.authority.refreshes
            self.stats.refresh_log = self.authority.refresh_log
        return JSONResponse(answer, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _unauthorized(had_token: bool) -> Response:
    challenge = 'Bearer error="invalid_token"' if had_token else "Bearer"
    return Response(status_code=401, headers={"WWW-Authenticate": challenge})


class _Handler:
    """One API request against one tenant; runs synchronously under the store lock."""

    def __init__(
        self,
        app: EmulatorApp,
        request: Request,
        op: Operation,
        tenant: Tenant,
        number: int,
        body: bytes,
    ) -> None:
        self.app = app
        self.request = request
        self.op = op
        self.tenant = tenant
        self.number = number
        self.body = body
        self.params = dict(request.query_params)
        self.base = str(request.base_url).rstrip("/")

    def run(self) -> Response:
        errors = self._parameter_errors()
        if errors:
            return _invalid(errors, self.number)
        view = self.tenant.view(self.op, self.request.path_params)
        if view is None:
            return problem(404, "Not Found", "The parent item does not exist.", trace=self.number)
        kind = self.op.kind
        if kind == "list":
            return self._list(view)
        if kind == "create":
            return self._write(view, None)
        if kind == "upload":
            return self._upload(view)
        item_id = view.coerce_id(str(self.request.path_params.get(self.op.id_param or "", "")))
        if kind == "download":
            return self._download(view, item_id)
        if kind == "delete":
            return self._delete(view, item_id)
        if kind == "update":
            return self._write(view, item_id)
        item = view.get(item_id)
        if item is None:
            return self._not_found(item_id)
        return _Json(self._render(view, item), status_code=self.op.success_status)

    # --- helpers -----------------------------------------------------------------------
    def _not_found(self, item_id: ItemId) -> Response:
        return problem(
            404, "Not Found", f"{self.op.resource} {item_id} does not exist.", trace=self.number
        )

    def _parameter_errors(self) -> dict[str, list[str]]:
        errors: dict[str, list[str]] = {}
        for parameter in self.op.parameters:
            if parameter.location != "query":
                continue
            raw = next(
                (v for k, v in self.params.items() if k.lower() == parameter.name.lower()), None
            )
            if raw is None:
                if parameter.required:
                    errors[parameter.name] = [f"The {parameter.name} field is required."]
                continue
            schema = self.app.tenants.schemas.flat(parameter.schema)
            _, reason = parse_query(raw, schema)
            if reason is not None:
                errors[parameter.name] = [f"The value '{raw}' {reason}."]
        return errors

    def _flag(self, name: str) -> bool:
        raw = next((v for k, v in self.params.items() if k.lower() == name.lower()), "false")
        return raw.lower() == "true"

    def _render(self, view: ItemView, item: JSONDict) -> JSONDict:
        return self._renderer(view)(item)

    def _renderer(self, view: ItemView) -> Callable[[JSONDict], JSONDict]:
        """Renders items of ``view`` as this request answers them: what is the same for
        every item of a page (schema, links) is worked out once, here."""
        schema = self.app.tenants.item_schema(self.op)
        schemas = self.app.tenants.schemas
        base = self.base
        self_prefix = f"{base}{view.path_prefix(self.request)}/"
        by_item = view.storage == "administrations"
        tenant = self.tenant

        def render(item: JSONDict) -> JSONDict:
            rendered = project(item, schema, schemas) if schema else item
            if rendered is item or not isinstance(rendered, dict):
                rendered = dict(item)  # never change what the store returned
            for key, value in rendered.items():
                if isinstance(value, str) and value.startswith("/") and key[-3:].lower() == "url":
                    rendered[key] = base + value
            item_id = item.get("id")
            meta: JSONDict = {
                "administrationId": item_id if by_item else tenant.id,
                "administrationName": item.get("name") if by_item else tenant.name,
                "profileName": tenant.profile,
            }
            if item_id is not None:
                meta["self"] = f"{self_prefix}{item_id}"
            rendered["_meta"] = meta
            return rendered

        return render

    # --- list --------------------------------------------------------------------------
    def _list(self, view: ItemView) -> Response:
        page = int(self.params.get("page", "1") or 1)
        size = int(self.params.get("pageSize", str(self.app.tenants.default_page_size(self.op))))
        if page < 1 or size < 1:
            return _invalid(
                {"page" if page < 1 else "pageSize": ["Must be at least 1."]}, self.number
            )
        paging = _query.Paging(page, size)
        sample = view.sample_keys()
        try:
            conditions = _query.conditions(self.params, sample)
            order = (
                _query.order_keys(self.params.get("orderBy", ""), sample)
                if self.params.get("orderBy")
                else []
            )
        except _query.QueryError as error:
            return _invalid({error.field: [str(error)]}, self.number)
        conditions.extend(view.default_conditions(self.params))
        if not conditions and not order:
            total = view.count()
            items = view.page(paging.offset(), size)
        else:
            selected = [i for i in view if all(_query.matches(i, c) for c in conditions)]
            total = len(selected)
            items = _query.sort(selected, order)[paging.offset() : paging.offset() + size]
        meta = self._list_meta(view, paging, total)
        if self._flag("metaOnly"):
            return _Json({"_meta": meta}, status_code=self.op.success_status)
        fields = [f.strip() for f in self.params.get("fields", "").split(",") if f.strip()]
        render = self._renderer(view)
        rendered = [render(item) for item in items]
        if fields:
            rendered = [_query.select(item, fields) for item in rendered]
        return _Json({"_data": rendered, "_meta": meta}, status_code=self.op.success_status)

    def _list_meta(self, view: ItemView, paging: _query.Paging, total: int) -> JSONDict:
        pages = paging.count(total)
        url = self.request.url

        def link(number: int) -> str:
            return str(url.include_query_params(page=number, pageSize=paging.size))

        return {
            "administrationId": self.tenant.id,
            "administrationName": self.tenant.name,
            "profileName": self.tenant.profile,
            "previousPage": link(paging.page - 1) if 1 < paging.page <= pages + 1 else None,
            "nextPage": link(paging.page + 1) if paging.page < pages else None,
            "totalCount": total,
            "pageCount": pages,
            "self": str(url),
        }

    # --- writes ------------------------------------------------------------------------
    def _json_body(self) -> tuple[Any, Response | None]:
        try:
            return json.loads(self.body or b"null"), None
        except (ValueError, UnicodeDecodeError) as error:
            return None, _invalid(
                {"$": [f"The JSON value could not be converted: {error}"]}, self.number
            )

    def _write(self, view: ItemView, item_id: ItemId | None) -> Response:
        existing = None
        if item_id is not None:
            existing = view.get(item_id)
            if existing is None:
                return self._not_found(item_id)
        body, failure = self._json_body()
        if failure is not None:
            return failure
        schemas = self.app.tenants.schemas
        errors = schemas.errors(self.op.request_schema, body) if self.op.request_schema else {}
        if not errors and not isinstance(body, dict):
            errors = {"$": ["A JSON object is required."]}
        if errors:
            return _invalid(errors, self.number)
        merged = view.prepare({**(existing or {}), **body}, creating=existing is None)
        errors = business_errors(view.storage, merged, self.tenant)
        if errors:
            return _refused(errors, self.number)
        if self._flag("validateOnly"):
            # Nothing is stored, so the answer names no id and no self link (docs/retries.md).
            merged.pop("id", None)
            return _Json(self._render(view, merged), status_code=self.op.success_status)
        if existing is None:
            stored = view.create(merged)
            self.app.stats.creates[view.storage] += 1
        else:
            stored = view.update(merged)
        return _Json(self._render(view, stored), status_code=self.op.success_status)

    def _delete(self, view: ItemView, item_id: ItemId) -> Response:
        if not view.delete(item_id):
            return self._not_found(item_id)
        return Response(status_code=self.op.success_status)

    # --- files -------------------------------------------------------------------------
    def _upload(self, view: ItemView) -> Response:
        too_large = (
            413 if 413 in self.op.error_statuses or 400 not in self.op.error_statuses else 400
        )
        content_type = self.request.headers.get("content-type", "")
        if not content_type.lower().startswith("multipart/form-data"):
            return _invalid(
                {"File": ["A multipart/form-data body with a PDF file is required."]}, self.number
            )
        uploads = [u for u in parse_multipart(content_type, self.body) if u.field.lower() == "file"]
        if not uploads:
            return _invalid({"File": ["The File field is required."]}, self.number)
        upload = uploads[0]
        if len(upload.data) > MAX_UPLOAD:
            return problem(
                too_large,
                "Payload Too Large",
                f"Files may be at most {MAX_UPLOAD // (1024 * 1024)} MB.",
                errors={"File": ["The file exceeds the maximum size of 5 MB."]},
                trace=self.number,
            )
        if not is_pdf(upload.data):
            return _refused({"File": ["Only PDF files are accepted."]}, self.number)
        if self._flag("validateOnly"):
            checked = self._render(view, file_fields(upload))
            return _Json(checked, status_code=self.op.success_status)
        stored = self.tenant.store_file(view, upload)
        self.app.stats.creates[view.storage] += 1
        return _Json(self._render(view, stored), status_code=self.op.success_status)

    def _download(self, view: ItemView, item_id: ItemId) -> Response:
        found = self.tenant.file_bytes(view, item_id)
        if found is None:
            return self._not_found(item_id)
        name, data = found
        return Response(
            data,
            media_type=self.op.response_content or "application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
