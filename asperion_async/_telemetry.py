"""OpenTelemetry spans and metrics, through the optional ``opentelemetry-api``.

One span per attempt sent to the API (kind CLIENT, named ``"GET /v1/debtors/{id}"``) with
the method, the route template, the tenant, the status code (or error type) and the attempt
number; metrics for requests, retries, token refreshes, the time spent waiting for the
limits, and items synced. Without ``opentelemetry-api`` installed nothing here is imported
past the guard below and the pipeline pays one ``None`` check per attempt. With it, the
global tracer and meter providers are used (or the ones given to ``AsperionClient``). While
neither global provider has been set (the API alone, no SDK), an attempt costs two
identity checks and records nothing: OpenTelemetry's no-op objects would still cost about
10 % of the client's CPU per request.

Route templates: path segments that are ids (digits, or UUIDs / long hex) become ``{id}``,
so span names and metric attributes stay few however many records are fetched.
"""

from __future__ import annotations

import re
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._version import __version__

# The OpenTelemetry API, imported when the first client is made (it costs milliseconds of
# import time, which a program that never makes a client should not pay); None without it.
_trace: Any = None
_metrics: Any = None
# What the API hands out until an SDK sets the global providers (proxies, which later
# forward to the real providers); captured only while they are still unset.
_UNSET_PROVIDERS: tuple[object, object] = (None, None)
_loaded = False


def _load() -> bool:
    """Import the OpenTelemetry API once; whether it is installed."""
    global _trace, _metrics, _UNSET_PROVIDERS, _loaded
    if not _loaded:
        _loaded = True
        try:
            from opentelemetry import metrics, trace
        except ImportError:  # pragma: no cover - the otel extra is installed in the test suite
            return False
        _trace, _metrics = trace, metrics
        tracer_provider, meter_provider = trace.get_tracer_provider(), metrics.get_meter_provider()
        _UNSET_PROVIDERS = (
            tracer_provider if isinstance(tracer_provider, trace.ProxyTracerProvider) else None,
            meter_provider if type(meter_provider).__name__ == "_ProxyMeterProvider" else None,
        )
    return _trace is not None


if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import Span, TracerProvider

__all__ = ["Telemetry", "create", "items_synced", "route_template"]

_SCOPE = "asperion_async"
# A pattern string, compiled on first use (re caches it): not at import, where it costs.
_ID_SEGMENT = (
    r"(?<=/)(?:\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-fA-F]{24,})(?=/|$)"
)


def route_template(path: str) -> str:
    """``/v1/debtors/42/mandates/7`` -> ``/v1/debtors/{id}/mandates/{id}``."""
    return re.sub(_ID_SEGMENT, "{id}", path)


class Telemetry:
    """The instruments of one client (or of the sync command)."""

    def __init__(
        self,
        tracer_provider: TracerProvider | None = None,
        meter_provider: MeterProvider | None = None,
    ) -> None:
        self._explicit = tracer_provider is not None or meter_provider is not None
        self.tracer = _trace.get_tracer(_SCOPE, __version__, tracer_provider=tracer_provider)
        meter = _metrics.get_meter(_SCOPE, __version__, meter_provider=meter_provider)
        self.requests = meter.create_counter(
            "asperion.client.requests", unit="{request}", description="Attempts sent to the API"
        )
        self.retries = meter.create_counter(
            "asperion.client.retries", unit="{request}", description="Attempts that repeat one"
        )
        self.refreshes = meter.create_counter(
            "asperion.client.token_refreshes", unit="{refresh}", description="Token refreshes"
        )
        self.limiter_wait = meter.create_histogram(
            "asperion.client.limiter_wait",
            unit="s",
            description="Time an attempt waited for the concurrency and rate limits",
        )
        self.items = meter.create_counter(
            "asperion.sync.items", unit="{item}", description="Items written by the sync"
        )

    @property
    def active(self) -> bool:
        """Providers were given, or an SDK has set a global one since."""
        return (
            self._explicit
            or _trace.get_tracer_provider() is not _UNSET_PROVIDERS[0]
            or _metrics.get_meter_provider() is not _UNSET_PROVIDERS[1]
        )

    def attempt(
        self, request: httpx.Request, tenant: int | None, attempt: int, waited: float
    ) -> _Attempt | None:
        """Start the span of one attempt (ended when the attempt's resources are released);
        None while nothing would record it."""
        if not self.active:
            return None
        route = route_template(request.url.path)
        attributes: dict[str, Any] = {
            "http.request.method": request.method,
            "http.route": route,
            "asperion.attempt": attempt + 1,
            "server.address": request.url.host,
        }
        if tenant is not None:  # None: the user's default administration
            attributes["asperion.tenant_id"] = tenant
        if attempt:
            attributes["http.request.resend_count"] = attempt
        span = self.tracer.start_span(
            f"{request.method} {route}", kind=_trace.SpanKind.CLIENT, attributes=attributes
        )
        self.limiter_wait.record(waited, {"http.request.method": request.method})
        return _Attempt(self, span, request.method, route)

    def retried(self, method: str) -> None:
        if self.active:
            self.retries.add(1, {"http.request.method": method})

    def refreshed(self) -> None:
        if self.active:
            self.refreshes.add(1)


class _Attempt:
    """One attempt's span: ``answered`` or ``failed`` set its outcome, ``__exit__`` ends it."""

    __slots__ = ("_method", "_outcome", "_route", "_span", "_telemetry")

    def __init__(self, telemetry: Telemetry, span: Span, method: str, route: str) -> None:
        self._telemetry = telemetry
        self._span = span
        self._method = method
        self._route = route
        self._outcome: dict[str, Any] = {}

    def answered(self, response: httpx.Response) -> None:
        self._span.set_attribute("http.response.status_code", response.status_code)
        self._outcome = {"http.response.status_code": response.status_code}
        if response.status_code >= 400:
            self._span.set_attribute("error.type", str(response.status_code))
            self._span.set_status(_trace.StatusCode.ERROR)

    def failed(self, error: BaseException) -> None:
        self._outcome = {"error.type": type(error).__name__}
        self._span.set_attribute("error.type", type(error).__name__)
        self._span.set_status(_trace.StatusCode.ERROR)

    def __enter__(self) -> _Attempt:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc is not None and not self._outcome:
            self.failed(exc)
        attributes = {"http.request.method": self._method, "http.route": self._route}
        self._telemetry.requests.add(1, {**attributes, **self._outcome})
        self._span.end()


def create(
    tracer_provider: TracerProvider | None = None, meter_provider: MeterProvider | None = None
) -> Telemetry | None:
    """Instruments from the given (or global) providers; None without opentelemetry-api."""
    if not _load():
        return None
    return Telemetry(tracer_provider, meter_provider)


_default: list[Telemetry | None] = []


def items_synced(count: int, *, resource: str, tenant: int) -> None:
    """Count items the sync has committed (global meter provider)."""
    if not _default:
        _default.append(create())
    telemetry = _default[0]
    if telemetry is not None and telemetry.active:
        telemetry.items.add(count, {"asperion.resource": resource, "asperion.tenant_id": tenant})
