"""The sync counts the items it commits in the ``asperion.sync.items`` metric."""

from __future__ import annotations

from pathlib import Path

import pytest

from asperion_async import _telemetry
from asperion_async.cli._emulated import Emulated
from asperion_async.cli._progress import SyncProgress
from asperion_async.cli._resources import discover, select
from asperion_async.cli._storage import open_storage
from asperion_async.cli._sync import SyncPlan, run_sync
from asperion_async.testing import AsperionEmulator

pytest.importorskip("opentelemetry.sdk", reason="needs opentelemetry-sdk (the dev extra)")
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader

pytestmark = pytest.mark.anyio


async def test_items_synced_are_counted_per_resource_and_tenant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, anyio_backend: str
) -> None:
    reader = InMemoryMetricReader()
    telemetry = _telemetry.Telemetry(meter_provider=MeterProvider(metric_readers=[reader]))
    monkeypatch.setattr(_telemetry, "_default", [telemetry])
    emulated = Emulated(AsperionEmulator(tenants=2, seed=11, sizes={"debtors": 23}))
    resources = select(discover(bookyear=2024), ["debtors"])
    progress = SyncProgress()
    async with emulated.client() as client:
        with open_storage(tmp_path / "sync.sqlite") as store:
            result = await run_sync(client, store, SyncPlan(resources, page_size=10), progress)
    assert result.failures == {}

    data = reader.get_metrics_data()
    assert data is not None
    points = {
        (point.attributes["asperion.resource"], point.attributes["asperion.tenant_id"]): point.value
        for resource in data.resource_metrics
        for scope in resource.scope_metrics
        for metric in scope.metrics
        if metric.name == "asperion.sync.items"
        for point in metric.data.data_points
    }
    assert points == {("debtors", tenant): 23 for tenant in emulated.emulator.tenant_ids}
