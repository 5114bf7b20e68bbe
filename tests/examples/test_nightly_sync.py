"""examples/nightly_sync.py: a full load, then incremental runs through the journal entry log."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import asperion_async as asp
from asperion_async.testing import AsperionEmulator, Faults

from .conftest import Connect, load_example

pytestmark = pytest.mark.anyio

nightly_sync = load_example("nightly_sync")


def _rows(database: Path, table: str, tenant: int) -> dict[int, dict[str, Any]]:
    with sqlite3.connect(database) as db:
        found = db.execute(f"SELECT id, data FROM {table} WHERE tenant_id = ?", (tenant,))  # noqa: S608
        return {row_id: json.loads(data) for row_id, data in found}


def _assert_mirrors(database: Path, emulator: AsperionEmulator) -> None:
    for tenant in emulator.tenant_ids:
        debtors = _rows(database, "debtors", tenant)
        entries = _rows(database, "journal_entries", tenant)
        assert len(debtors) == emulator.count(tenant, "debtors")
        assert len(entries) == emulator.count(tenant, "journalentries")
        for entry_id, entry in entries.items():
            stored = emulator.item(tenant, "journalentries", entry_id)
            assert stored is not None
            assert entry["description"] == stored["description"]


def _details(emulator: AsperionEmulator, tenant: int) -> int:
    return emulator.stats.requests_to("GET /v1/journalentrieswithlines/{id}", tenant)


def _list_pages(emulator: AsperionEmulator, tenant: int) -> int:
    # requests_to matches by substring: the list's count includes the detail requests.
    listed = emulator.stats.requests_to("GET /v1/journalentrieswithlines", tenant)
    return listed - _details(emulator, tenant)


async def _run(client: asp.AsperionClient, database: Path) -> Any:
    async with client:
        return await nightly_sync.nightly_sync(client, database)


async def test_first_run_loads_every_administration(
    connect: Connect, emulator: AsperionEmulator, tmp_path: Path
) -> None:
    database = tmp_path / "sync.sqlite"
    report = await _run(connect(), database)
    assert report.failed == {}
    assert sorted(report.synced) == emulator.tenant_ids
    assert all(changes.full for changes in report.synced.values())
    _assert_mirrors(database, emulator)


async def test_next_run_fetches_only_what_the_log_reports(
    connect: Connect, emulator: AsperionEmulator, tmp_path: Path
) -> None:
    database = tmp_path / "sync.sqlite"
    await _run(connect(), database)
    tenant = emulator.tenant_ids[1]
    entries = sorted(_rows(database, "journal_entries", tenant))
    emulator.mutate(tenant, "journalentries", entries[0], changes={"description": "Corrected"})
    emulator.mutate(tenant, "journalentries", entries[1], delete=True)
    created = emulator.mutate(tenant, "journalentries", changes={"description": "Late booking"})
    assert created is not None
    list_pages_before = _list_pages(emulator, tenant)
    assert _details(emulator, tenant) == 0

    report = await _run(connect(), database)

    assert report.failed == {}
    changes = report.synced[tenant]
    assert not changes.full
    assert {e["id"] for e in changes.journal_entries} == {entries[0], created["id"]}
    assert changes.deleted_entries == {entries[1]}
    # No second full load: the list was not paged again; the two changed entries were fetched.
    assert _list_pages(emulator, tenant) == list_pages_before
    assert _details(emulator, tenant) == 2
    _assert_mirrors(database, emulator)
    assert _rows(database, "journal_entries", tenant)[entries[0]]["description"] == "Corrected"


async def test_a_flaky_api_still_gives_a_complete_copy(tmp_path: Path) -> None:
    emulator = AsperionEmulator(tenants=3, seed=5, faults=Faults(p503=0.1, p429=0.1, retry_after=0))
    client = emulator.client(max_retries=8, backoff_base=0.0)
    database = tmp_path / "sync.sqlite"
    report = await _run(client, database)
    assert report.failed == {}
    assert emulator.stats.faults["503"] + emulator.stats.faults["429"] > 0
    _assert_mirrors(database, emulator)


async def test_a_failing_administration_does_not_stop_the_others(
    connect: Connect,
    emulator: AsperionEmulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = tmp_path / "sync.sqlite"
    broken = emulator.tenant_ids[0]
    fetch = nightly_sync.fetch_changes

    async def fetch_or_fail(t: asp.TenantClient, since: Any) -> Any:
        if t.tenant_id == broken:
            raise asp.ServerError(500, "Internal Server Error")
        return await fetch(t, since)

    monkeypatch.setattr(nightly_sync, "fetch_changes", fetch_or_fail)
    report = await _run(connect(), database)
    assert set(report.failed) == {broken}
    assert sorted(report.synced) == emulator.tenant_ids[1:]
    assert _rows(database, "debtors", broken) == {}

    monkeypatch.setattr(nightly_sync, "fetch_changes", fetch)
    report = await _run(connect(), database)
    assert report.failed == {}
    assert report.synced[broken].full  # no watermark was kept for it: it catches up in full
    _assert_mirrors(database, emulator)
