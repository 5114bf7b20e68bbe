"""`sync` killed with SIGKILL mid-run resumes exactly, into SQLite and PostgreSQL alike."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import psycopg
import pytest

from asperion_async.cli import main
from asperion_async.cli._emulated import Emulated
from asperion_async.cli._resources import discover, select
from asperion_async.cli._storage import open_storage
from asperion_async.cli._store import content_hash, item_key
from asperion_async.testing import AsperionEmulator

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

MAIN = "import sys; from asperion_async.cli import main; sys.exit(main())"
RESOURCES = ("debtors", "journal_entries", "sales_invoices")
SEED = 21
TENANTS = 6


def sync_command(dsn: str, *extra: str) -> list[str]:
    resources = [arg for name in RESOURCES for arg in ("-r", name)]
    return [
        *(sys.executable, "-c", MAIN, "sync", "--emulator", "--seed", str(SEED)),
        *("--tenants", str(TENANTS), "--bookyear", "2024", "--database", dsn),
        *("--page-size", "10", "--progress", "plain", *resources, *extra),
    ]


async def _api_rows(resource_names: tuple[str, ...]) -> dict[str, list[tuple[int, Any, str]]]:
    emulated = Emulated(AsperionEmulator(tenants=TENANTS, seed=SEED))
    rows: dict[str, list[tuple[int, Any, str]]] = {}
    async with emulated.client() as client:
        for resource in select(discover(bookyear=2024), list(resource_names)):
            path, filters = resource.list_query()
            found = []
            for tenant in emulated.emulator.tenant_ids:
                async for item in client.tenant(tenant).paginate(path, **filters):
                    found.append((tenant, item_key(item), content_hash(item)))
            rows[resource.name] = sorted(found, key=lambda row: (row[0], str(row[1])))
    return rows


def api_rows() -> dict[str, list[tuple[int, Any, str]]]:
    return anyio.run(_api_rows, RESOURCES)


def stored_rows(dsn: str) -> dict[str, list[tuple[int, Any, str]]]:
    with open_storage(dsn) as store:
        return {
            name: sorted(store.rows(name), key=lambda row: (row[0], str(row[1])))
            for name in RESOURCES
        }


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_dsn"))
    return str(tmp_path / "sync.sqlite")


def states(target: str) -> list[tuple[int, bool]]:
    """(last page, completed) of every (tenant, resource) written so far."""
    if not target.startswith("postgresql://"):
        if not Path(target).exists():
            return []
        with sqlite3.connect(target) as db:
            try:
                return db.execute("SELECT last_page, completed FROM sync_state").fetchall()
            except sqlite3.OperationalError:  # not created yet
                return []
    with psycopg.connect(target) as db:
        if db.execute("SELECT to_regclass('sync_state')").fetchone() == (None,):
            return []
        return db.execute("SELECT last_page, completed FROM sync_state").fetchall()


def test_a_sync_killed_with_sigkill_resumes_and_matches_the_api(target: str) -> None:
    process = subprocess.Popen(
        sync_command(target, "--latency", "0.05"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while sum(page for page, _ in states(target)) < 5:
            assert process.poll() is None, "the sync ended before it could be killed"
            assert time.monotonic() < deadline, "no page committed within 60 s"
            time.sleep(0.1)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert not all(completed for _, completed in states(target))  # stopped mid-way

    rerun = subprocess.run(
        sync_command(target), capture_output=True, text=True, timeout=300, check=False
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "Resumed and synced 6 tenants" in rerun.stdout

    expected = api_rows()
    assert stored_rows(target) == expected
    if target.startswith("postgresql://"):
        with psycopg.connect(target) as db:
            amounts = db.execute(
                "SELECT pg_typeof(amount_incl_vat)::text FROM sales_invoices_v LIMIT 1"
            ).fetchone()
        assert amounts == ("numeric",)


def test_an_unreachable_postgresql_says_what_to_check(
    free_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    dsn = f"postgresql://sync:hunter2@127.0.0.1:{free_port}/asperion"
    assert main(["sync", "--emulator", "-r", "debtors", "--database", dsn]) == 1
    err = capsys.readouterr().err
    assert "hunter2" not in err
    (line,) = err.strip().splitlines()
    assert line.startswith(
        f"asperion-async sync: error: cannot connect to postgresql://sync:***@127.0.0.1:{free_port}/asperion"
    )
    assert line.endswith(
        "check that the server runs and the URL's host, port, database and user are right"
    )


def test_a_password_in_the_url_query_stays_out_of_the_message(
    free_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    dsn = f"postgresql://sync@127.0.0.1:{free_port}/asperion?password=hunter2&sslmode=disable"
    assert main(["sync", "--emulator", "-r", "debtors", "--database", dsn]) == 1
    err = capsys.readouterr().err
    assert "hunter2" not in err
    assert f"cannot connect to postgresql://sync@127.0.0.1:{free_port}/asperion?password=***" in err
