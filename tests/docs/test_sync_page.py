"""docs/sync.md: its queries run on both databases, and its resource list is the real one."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import anyio
import psycopg
import pytest

from asperion_async.cli._emulated import Emulated
from asperion_async.cli._progress import SyncProgress
from asperion_async.cli._resources import discover, select
from asperion_async.cli._storage import open_storage
from asperion_async.cli._sync import SyncPlan, run_sync
from asperion_async.testing import AsperionEmulator

PAGE = (Path(__file__).resolve().parents[2] / "docs" / "sync.md").read_text(encoding="utf-8")
QUERIES = re.findall(r"^```sql\n(.*?)^```$", PAGE, re.MULTILINE | re.DOTALL)


async def _sync(target: str) -> None:
    emulated = Emulated(AsperionEmulator(tenants=2, seed=1))
    resources = select(discover(bookyear=2024), ["debtors", "sales_invoices"])
    async with emulated.client() as client:
        with open_storage(target) as store:
            await run_sync(client, store, SyncPlan(resources), SyncProgress())


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    target = (
        str(request.getfixturevalue("postgres_dsn"))
        if request.param == "postgres"
        else str(tmp_path / "sync.sqlite")
    )
    anyio.run(_sync, target)
    return target


def test_every_query_of_the_page_runs(target: str) -> None:
    postgres = target.startswith("postgresql://")
    assert len(QUERIES) == 4
    for query in QUERIES:
        if ("in PostgreSQL" in query and not postgres) or ("in SQLite" in query and postgres):
            continue
        if postgres:
            with psycopg.connect(target) as db:
                rows = db.execute(query).fetchall()
        else:
            db = sqlite3.connect(target)
            try:
                rows = db.execute(query).fetchall()
            finally:
                db.close()
        assert rows, query


def test_the_page_lists_every_resource_that_is_not_incremental() -> None:
    section = PAGE.split("## Incremental reruns", 1)[1].split("\n## ", 1)[0]
    first_cells = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    listed = {name for cell in first_cells for name in re.findall(r"`([a-z_]+)`", cell)}
    resources = discover(bookyear=2024)
    assert listed == {resource.name for resource in resources if not resource.incremental}
    assert {resource.name for resource in resources if resource.incremental} == {
        "journal_entries",
        "journal_entries_with_lines",
    }
