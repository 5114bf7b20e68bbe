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


def render(progress: SyncProgress, *, width: int, height: int = 30) -> str:
    console = Console(file=io.StringIO(), width=width, height=height, color_system=None)
    console.print(progress.table())
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


LONG_NAMES = {
    100001: "Architectenbureau van Leeuwen & Zn. administratie",
    100002: "Fietsenmaker van Leeuwen B.V. administratie",
    100003: "Kapsalon",
}


def long_named(resources: int = 30) -> SyncProgress:
    progress = SyncProgress()
    for tenant, name in LONG_NAMES.items():
        progress.add_tenant(tenant, name, resources=resources)
    return progress


def test_the_live_table_shows_syncing_then_done_tenants_and_totals() -> None:
    progress = SyncProgress()
    for tenant in (100001, 100002, 100003):
        progress.add_tenant(tenant, f"Administratie {tenant}", resources=3)
    progress.tenant_started(100001)
    progress.tenant_started(100002)
    progress.committed(PageLoaded(100002, "debtors", 1, 1, items(42)), Applied(written=42))
    progress.committed(TenantFinished(100002), Applied())
    text = render(progress, width=120)
    syncing, done = text.index("Administratie 100001"), text.index("Administratie 100002")
    assert syncing < done  # the finished tenant stays, below the running one
    assert "Administratie 100003" not in text  # queued tenants are only counted
    assert "1 of 3 tenants done, 1 syncing, 1 queued, 0 failed — 42 items written" in text


def test_at_80_columns_nothing_is_cut() -> None:
    progress = long_named()
    for tenant in LONG_NAMES:
        progress.tenant_started(tenant)
    progress.committed(
        PageLoaded(100001, "debtors", 1, 1, items(1234)), Applied(written=1234, deleted=2)
    )
    progress.resource_failed(100002, "debtors", "403 Forbidden")
    text = render(progress, width=80)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "…" not in text
    assert lines[0].split() == ["tenant", "name", "status", "resources", "items", "time"]
    assert names_column(lines) == LONG_NAMES  # long names wrap under themselves, whole
    assert [line.split()[-5] for line in lines[1:] if line[:6].isdigit()] == ["syncing"] * 3
    assert "1,234" in text
    # Without a deleted column at this width, the totals line carries the count.
    assert "1,234 items written, 2 deleted" in " ".join(" ".join(lines[-2:]).split())


def names_column(lines: list[str]) -> dict[int, str]:
    """Each row's name, put back together from the lines it wraps over."""
    start, end = lines[0].index("name"), lines[0].index("status")
    names: dict[int, list[str]] = {}
    for line in lines[1:]:
        key = line[:start].strip()
        if key.isdigit():
            names[int(key)] = []
        elif key or not line[start:end].strip():
            break  # the totals line
        names[list(names)[-1]].append(line[start:end].strip())
    return {tenant: " ".join(parts) for tenant, parts in names.items()}


def test_finished_tenants_stay_as_a_summary_in_tenant_order() -> None:
    progress = long_named(resources=1)
    for tenant in (100003, 100001, 100002):  # finishing out of order
        progress.tenant_started(tenant)
        progress.committed(PageLoaded(tenant, "debtors", 1, 1, items(5)), Applied(written=5))
        progress.committed(FinishLoad(tenant, "debtors", 1), Applied())
        progress.committed(TenantFinished(tenant), Applied())
    text = render(progress, width=80)
    positions = [text.index(str(tenant)) for tenant in (100001, 100002, 100003)]
    assert positions == sorted(positions)
    assert text.count("done") == 4  # three rows and the totals line
    assert "3 of 3 tenants done, 0 syncing, 0 queued, 0 failed — 15 items written" in text


def test_a_short_terminal_shows_fewer_rows_and_says_how_many_are_hidden() -> None:
    progress = SyncProgress()
    for tenant in range(1, 41):
        progress.add_tenant(tenant, f"Administratie {tenant}", resources=1)
        progress.tenant_started(tenant)
        progress.committed(TenantFinished(tenant), Applied())
    text = render(progress, width=80, height=12)
    rows = [line for line in text.splitlines() if line.strip().endswith(" s")]
    assert len(rows) == 4  # (12 - 4) // 2
    assert "40 of 40 tenants done" in text
    assert "; 36 more done, not shown" in text


def test_one_tenant_and_one_resource_are_singular() -> None:
    summary = SyncSummary(
        tenants=1,
        tenants_failed=0,
        resources=1,
        items=3,
        deleted=0,
        requests=2,
        retries=0,
        elapsed=1.0,
        output="one.sqlite",
        resumed=False,
    )
    assert summary.lines()[0] == "Synced 1 tenant (0 failed), 1 resource into one.sqlite"
    progress = SyncProgress()
    progress.add_tenant(1, "Kapsalon", resources=1)
    assert "0 of 1 tenant done" in render(progress, width=80)


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
