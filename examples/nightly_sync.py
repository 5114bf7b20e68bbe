"""Nightly sync of every administration into SQLite: debtors, and journal entries kept
up to date through the journal entry log.

The first run loads everything. Later runs reload the debtors (a small collection) and
fetch only the journal entries the log reports as changed since the previous run — the
pattern Asperion recommends for large datasets. All administrations run concurrently in
one task group; the client's limits (16 requests in flight, 4 per administration) keep the
load in check. An administration that fails is reported, does not stop the others, and
keeps its old watermark, so the next run catches up.

    ASPERION_CLIENT_ID=... ASPERION_CLIENT_SECRET=... python examples/nightly_sync.py sync.sqlite
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import asperion_async as asp

# The API does not say in which zone ChangedDate is kept. A UTC watermark, moved back a
# little, can only make a run fetch a few entries twice (they are upserted), never miss one.
OVERLAP = dt.timedelta(minutes=10)

SCHEMA = """
CREATE TABLE IF NOT EXISTS debtors (
    tenant_id INTEGER, id INTEGER, data TEXT NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE IF NOT EXISTS journal_entries (
    tenant_id INTEGER, id INTEGER, data TEXT NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE IF NOT EXISTS watermarks (tenant_id INTEGER PRIMARY KEY, changed_from TEXT);
"""


@dataclass
class TenantChanges:
    """What one administration's run fetched, to be written in one transaction."""

    tenant_id: int
    watermark: dt.datetime
    debtors: list[dict[str, Any]]
    journal_entries: list[dict[str, Any]]
    deleted_entries: set[int] = field(default_factory=set)
    full: bool = False


@dataclass
class SyncReport:
    synced: dict[int, TenantChanges] = field(default_factory=dict)
    failed: dict[int, str] = field(default_factory=dict)


async def fetch_changes(t: asp.TenantClient, since: dt.datetime | None) -> TenantChanges:
    """Fetch one administration: everything if ``since`` is None, else what changed since."""
    assert t.tenant_id is not None
    watermark = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None) - OVERLAP
    debtors = [d.to_dict() async for d in t.debtors.iter(order_by="Id")]
    if since is None:
        entries = [e.to_dict() async for e in t.journal_entries_with_lines.iter()]
        return TenantChanges(t.tenant_id, watermark, debtors, entries, full=True)

    actions: dict[int, str] = {}  # the last action per journal entry, in log order
    async for change in t.journal_entry_log.iter(changed_date_from=since):
        if isinstance(change.journal_entry_id, int):
            actions[change.journal_entry_id] = str(change.action)
    changes = TenantChanges(t.tenant_id, watermark, debtors, [])

    async def fetch_entry(entry_id: int) -> None:
        try:
            entry = await t.journal_entries_with_lines.get(entry_id)
        except asp.NotFoundError:  # deleted after the log was read
            changes.deleted_entries.add(entry_id)
        else:
            changes.journal_entries.append(entry.to_dict())

    async with anyio.create_task_group() as tg:
        for entry_id, action in actions.items():
            if action == "Deleted":
                changes.deleted_entries.add(entry_id)
            else:
                tg.start_soon(fetch_entry, entry_id)
    return changes


def _connect(database: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(database)
    connection.executescript(SCHEMA)
    return connection


def _watermarks(database: Path) -> dict[int, dt.datetime]:
    with _connect(database) as db:
        rows = db.execute("SELECT tenant_id, changed_from FROM watermarks").fetchall()
    return {tenant_id: dt.datetime.fromisoformat(text) for tenant_id, text in rows}


def _store(database: Path, changes: TenantChanges) -> None:
    """Write one administration's changes and its new watermark in one transaction."""
    tenant = changes.tenant_id
    with _connect(database) as db:
        db.execute("DELETE FROM debtors WHERE tenant_id = ?", (tenant,))
        db.executemany(
            "INSERT INTO debtors VALUES (?, ?, ?)",
            [(tenant, d["id"], asp.json_dumps(d)) for d in changes.debtors],
        )
        if changes.full:
            db.execute("DELETE FROM journal_entries WHERE tenant_id = ?", (tenant,))
        db.executemany(
            "DELETE FROM journal_entries WHERE tenant_id = ? AND id = ?",
            [(tenant, entry_id) for entry_id in changes.deleted_entries],
        )
        db.executemany(
            "INSERT OR REPLACE INTO journal_entries VALUES (?, ?, ?)",
            [(tenant, e["id"], asp.json_dumps(e)) for e in changes.journal_entries],
        )
        db.execute(
            "INSERT OR REPLACE INTO watermarks VALUES (?, ?)",
            (tenant, changes.watermark.isoformat(timespec="seconds")),
        )


async def nightly_sync(client: asp.AsperionClient, database: Path) -> SyncReport:
    """Sync every administration the token can reach into ``database``."""
    watermarks = await anyio.to_thread.run_sync(_watermarks, database)
    report = SyncReport()
    one_writer = anyio.Lock()  # SQLite takes one writer at a time

    async def sync_one(tenant_id: int) -> None:
        try:
            changes = await fetch_changes(client.tenant(tenant_id), watermarks.get(tenant_id))
        except asp.AsperionError as exc:
            report.failed[tenant_id] = str(exc)
            return
        async with one_writer:
            await anyio.to_thread.run_sync(_store, database, changes)
        report.synced[tenant_id] = changes

    async with anyio.create_task_group() as tg:
        async for administration in client.administrations.iter():
            tg.start_soon(sync_one, administration.id)
    return report


async def main(database: Path) -> int:
    async with asp.AsperionClient(
        client_id=os.environ["ASPERION_CLIENT_ID"],
        client_secret=os.environ["ASPERION_CLIENT_SECRET"],
        token_store=asp.FileTokenStore("~/.config/asperion/token.json"),
        environment=os.environ.get("ASPERION_ENVIRONMENT", "sandbox"),
    ) as client:
        report = await nightly_sync(client, database)
    for tenant_id, changes in sorted(report.synced.items()):
        kind = "full load" if changes.full else "incremental"
        print(
            f"{tenant_id}: {kind}, {len(changes.debtors)} debtors, "
            f"{len(changes.journal_entries)} journal entries written, "
            f"{len(changes.deleted_entries)} deleted"
        )
    for tenant_id, reason in sorted(report.failed.items()):
        print(f"{tenant_id}: FAILED, {reason}", file=sys.stderr)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(anyio.run(main, Path(sys.argv[1] if len(sys.argv) > 1 else "asperion-sync.sqlite")))
