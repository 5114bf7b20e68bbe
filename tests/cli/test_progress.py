"""Progress model, its two views, and the summary."""

from __future__ import annotations

import io

from rich.console import Console

from asperion_async.cli._progress import SyncProgress, SyncSummary, resolve_mode, show_progress
from asperion_async.cli._storage import Applied
from asperion_async.cli._store import (
    Changed,
    Deleted,
    FinishIncremental,
    FinishLoad,
    PageLoaded,
    TenantFinished,
)


def items(count: int) -> list[dict[str, object]]:
    return [{"id": n} for n in range(count)]


def test_commits_count_items_deletions_and_finished_resources() -> None:
    lines = io.StringIO()
    progress = SyncProgress(lines=lines)
    progress.add_tenant(100001, "Bakkerij de Korenschoof", resources=2)
    progress.add_tenant(100002, "Kapsalon", resources=2)
    progress.tenant_started(100001)
    progress.committed(PageLoaded(100001, "debtors", 1, 1, items(100)), Applied(written=100))
    progress.committed(PageLoaded(100001, "debtors", 1, 2, items(5)), Applied(written=5))
    progress.committed(FinishLoad(100001, "debtors", 1), Applied(deleted=3))
    progress.committed(Changed(100001, "journal_entries", 1, items(2)), Applied(written=2))
    progress.committed(Deleted(100001, "journal_entries", [7]), Applied(deleted=1))
    cursor = "2026-01-01T00:00:00"
    progress.committed(FinishIncremental(100001, "journal_entries", 1, cursor), Applied())
    assert lines.getvalue() == ""
    progress.committed(TenantFinished(100001), Applied())

    tenant = progress.tenants[100001]
    assert (tenant.items, tenant.deleted, tenant.resources_done, tenant.status) == (
        107,
        4,
        2,
        "done",
    )
    assert progress.tenants[100002].status == "queued"
    (line,) = lines.getvalue().splitlines()
    assert line.startswith("100001 Bakkerij de Korenschoof: done, 2 resources, 107 items written")


def test_a_failed_resource_is_printed_and_marks_the_tenant_failed() -> None:
    lines = io.StringIO()
    progress = SyncProgress(lines=lines)
    progress.add_tenant(100001, "Kapsalon", resources=1)
    progress.tenant_started(100001)
    progress.resource_failed(100001, "debtors", "403 Forbidden")
    progress.committed(TenantFinished(100001), Applied())
    assert progress.tenants[100001].status == "failed"
    first, second = lines.getvalue().splitlines()
    assert first == "100001 Kapsalon: debtors failed: 403 Forbidden"
    assert second.startswith("100001 Kapsalon: failed, 0/1 resources")


def test_the_live_table_shows_syncing_tenants_and_totals() -> None:
    progress = SyncProgress()
    for tenant in (100001, 100002, 100003):
        progress.add_tenant(tenant, f"Administratie {tenant}", resources=3)
    progress.tenant_started(100001)
    progress.tenant_started(100002)
    progress.committed(PageLoaded(100002, "debtors", 1, 1, items(42)), Applied(written=42))
    progress.committed(TenantFinished(100002), Applied())
    console = Console(file=io.StringIO(), width=120)
    console.print(progress.table())
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Administratie 100001" in text
    assert "Administratie 100002" not in text  # done tenants leave the table
    assert "1 done, 1 syncing, 1 queued, 0 failed — 42 items written" in text


def test_auto_mode_is_plain_when_not_a_terminal() -> None:
    assert resolve_mode("auto", io.StringIO()) == "plain"
    assert resolve_mode("live", io.StringIO()) == "live"
    with show_progress("off", io.StringIO()) as progress:
        progress.add_tenant(1, "x", 1)
        progress.committed(TenantFinished(1), Applied())


def test_the_summary_reports_rates() -> None:
    summary = SyncSummary(
        tenants=25,
        tenants_failed=0,
        resources=30,
        items=50_000,
        deleted=12,
        requests=900,
        retries=3,
        elapsed=2.0,
        output="demo.sqlite",
        resumed=False,
    )
    assert summary.lines() == [
        "Synced 25 tenants (0 failed), 30 resources into demo.sqlite",
        "items:    50,000 written, 12 deleted",
        "requests: 900 (3 retries)",
        "elapsed:  2.00 s (25,000 items/s)",
    ]


def test_a_tenant_with_nothing_changed_reads_up_to_date() -> None:
    lines = io.StringIO()
    progress = SyncProgress(lines=lines)
    progress.add_tenant(100001, "Kapsalon", resources=30)
    progress.tenant_started(100001)
    for _ in range(28):
        progress.resource_done_before(100001)  # a resumed run had finished these
    progress.committed(FinishLoad(100001, "debtors", 1), Applied())
    progress.committed(FinishIncremental(100001, "journal_entries", 1, "x"), Applied())
    progress.committed(TenantFinished(100001), Applied())
    assert progress.tenants[100001].status == "done"
    (line,) = lines.getvalue().splitlines()
    assert line.startswith("100001 Kapsalon: up to date, 30 resources checked, 0 changed in ")
