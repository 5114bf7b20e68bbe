"""OpenTelemetry: one span per attempt with method, route, tenant, status, attempt; metrics."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx
from asperion_client.api.debtors import get_debtor, list_debtors

import asperion_async as asp
from asperion_async import _telemetry
from asperion_async.testing import AsperionEmulator

from .conftest import MakeClient
from .support import API, TokenServer, expired_token

pytest.importorskip("opentelemetry.sdk", reason="needs opentelemetry-sdk (the dev extra)")
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
    InMemorySpanExporter,
)
from opentelemetry.trace import SpanKind, StatusCode

pytestmark = pytest.mark.anyio


class Recorder:
    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    def providers(self) -> dict[str, Any]:
        return {"tracer_provider": self.tracer_provider, "meter_provider": self.meter_provider}

    @property
    def spans(self) -> tuple[ReadableSpan, ...]:
        return self.exporter.get_finished_spans()

    def metrics(self) -> dict[str, list[tuple[dict[str, Any], Any]]]:
        data = self.reader.get_metrics_data()
        found: dict[str, list[tuple[dict[str, Any], Any]]] = {}
        for resource in data.resource_metrics if data else []:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    for point in metric.data.data_points:
                        value = getattr(point, "value", None)
                        if value is None:
                            value = (point.count, point.sum)  # a histogram
                        found.setdefault(metric.name, []).append((dict(point.attributes), value))
        return found


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


async def test_one_span_per_request_against_the_emulator(
    recorder: Recorder, anyio_backend: str
) -> None:
    emulator = AsperionEmulator(tenants=1, seed=9)
    tenant = emulator.tenant_ids[0]
    async with asp.AsperionClient(
        client_id=emulator.client_id,
        client_secret=emulator.client_secret,
        token_store=asp.MemoryTokenStore(emulator.issue_token()),
        base_url="https://api.emulator.test",
        token_url="https://identity.emulator.test/connect/token",
        transport=emulator.transport(),
        **recorder.providers(),
    ) as client:
        view = client.tenant(tenant)
        page = await view.call(list_debtors, page_size=2)
        first = page.data[0].id
        await view.call(get_debtor, first)
        with pytest.raises(asp.NotFoundError):
            await view.call(get_debtor, 987654321)
        assert client.stats.requests == 3

    spans = recorder.spans
    assert [span.name for span in spans] == [
        "GET /v1/debtors",
        "GET /v1/debtors/{id}",
        "GET /v1/debtors/{id}",
    ]
    for span, status in zip(spans, [200, 200, 404], strict=True):
        assert span.kind is SpanKind.CLIENT
        attributes = dict(span.attributes or {})
        assert attributes["http.request.method"] == "GET"
        assert attributes["asperion.tenant_id"] == tenant
        assert attributes["asperion.attempt"] == 1
        assert attributes["http.response.status_code"] == status
    assert spans[2].status.status_code is StatusCode.ERROR
    requests = recorder.metrics()["asperion.client.requests"]
    assert sum(value for _, value in requests) == 3
    assert {attrs["http.route"] for attrs, _ in requests} == {"/v1/debtors", "/v1/debtors/{id}"}
    waits = recorder.metrics()["asperion.client.limiter_wait"]
    assert sum(count for _, (count, _) in waits) == 3


async def test_retries_and_refreshes_are_spans_and_counters(
    recorder: Recorder,
    router: respx.MockRouter,
    make_client: MakeClient,
    token_server: TokenServer,
) -> None:
    router.get(f"{API}/v1/debtors/7").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={})]
    )
    async with make_client(
        store=asp.MemoryTokenStore(expired_token()), tenant_id=12, **recorder.providers()
    ) as client:
        await client.request("GET", "/v1/debtors/7")
    spans = recorder.spans
    assert [dict(span.attributes or {})["asperion.attempt"] for span in spans] == [1, 2]
    assert [dict(span.attributes or {})["http.response.status_code"] for span in spans] == [
        503,
        200,
    ]
    assert dict(spans[1].attributes or {})["http.request.resend_count"] == 1
    assert all(dict(span.attributes or {})["asperion.tenant_id"] == 12 for span in spans)
    metrics = recorder.metrics()
    assert sum(value for _, value in metrics["asperion.client.retries"]) == 1
    assert sum(value for _, value in metrics["asperion.client.token_refreshes"]) == 1


async def test_a_retry_for_a_superseded_token_is_counted_like_any_retry(
    recorder: Recorder,
    router: respx.MockRouter,
    make_client: MakeClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    router.get(f"{API}/v1/debtors/7").mock(
        side_effect=[httpx.Response(401), httpx.Response(200, json={})]
    )
    async with make_client(**recorder.providers()) as client:
        answers = iter([True])  # the 401 came back for a token another request replaced
        monkeypatch.setattr(client._pipeline.auth, "superseded", lambda token: next(answers))
        await client.request("GET", "/v1/debtors/7")
        assert client.stats.retries == 1
    assert sum(value for _, value in recorder.metrics()["asperion.client.retries"]) == 1


async def test_a_transport_error_ends_its_span_with_the_error_type(
    recorder: Recorder, router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/debtors").mock(side_effect=httpx.ConnectError("refused"))
    async with make_client(max_retries=0, **recorder.providers()) as client:
        with pytest.raises(asp.TransportError):
            await client.request("GET", "/v1/debtors")
    (span,) = recorder.spans
    assert dict(span.attributes or {})["error.type"] == "ConnectError"
    assert "asperion.tenant_id" not in dict(span.attributes or {})  # no tenant chosen
    assert span.status.status_code is StatusCode.ERROR


async def test_without_opentelemetry_nothing_is_recorded(
    monkeypatch: pytest.MonkeyPatch,
    recorder: Recorder,
    router: respx.MockRouter,
    make_client: MakeClient,
) -> None:
    monkeypatch.setattr(_telemetry, "_loaded", True)  # as if the import had failed
    monkeypatch.setattr(_telemetry, "_trace", None)
    router.get(f"{API}/v1/debtors").mock(return_value=httpx.Response(200, json={}))
    async with make_client(**recorder.providers()) as client:
        assert client._pipeline.telemetry is None
        await client.request("GET", "/v1/debtors")
    assert recorder.spans == ()


@pytest.mark.parametrize(
    ("path", "template"),
    [
        ("/v1/debtors", "/v1/debtors"),
        ("/v1/debtors/42", "/v1/debtors/{id}"),
        ("/v1/debtors/42/mandates/7", "/v1/debtors/{id}/mandates/{id}"),
        ("/v1/files/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "/v1/files/{id}"),
        ("/v1/journalentrylog", "/v1/journalentrylog"),
        ("/v2/x1/abc", "/v2/x1/abc"),
    ],
)
def test_route_templates_replace_ids(path: str, template: str) -> None:
    assert _telemetry.route_template(path) == template


async def test_with_the_api_alone_an_attempt_records_nothing(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    """No providers given and no SDK set globally: no span objects, no metric calls."""
    router.get(f"{API}/v1/debtors").mock(return_value=httpx.Response(200, json={}))
    async with make_client() as client:
        telemetry = client._pipeline.telemetry
        assert telemetry is not None
        assert not telemetry.active
        request = httpx.Request("GET", f"{API}/v1/debtors")
        assert telemetry.attempt(request, None, 0, 0.0) is None
        await client.request("GET", "/v1/debtors")
