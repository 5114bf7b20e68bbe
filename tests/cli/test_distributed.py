"""The distributed sync: 3 worker processes, 200 tenants, one worker killed with SIGKILL.

The emulator runs in its own process and is reached over HTTP, like the real API; the
workers share one PostgreSQL database (the queue and the data). Afterwards the database
must equal the emulator's data exactly, hold no duplicate row, and no tenant may have been
synced by two workers at once.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import anyio
import psycopg
import pytest

from asperion_async import AsperionClient, FileTokenStore, Token
from asperion_async.cli._resources import discover, select
from asperion_async.cli._storage import open_storage
from asperion_async.cli._store import content_hash, item_key
from asperion_async.postgres import PostgresTokenStore

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]

TENANTS = 200
RESOURCES = ("debtors", "sales_invoices")
CLIENT = ("--client-id", "emulator-client", "--client-secret", "emulator-secret")
MAIN = "import sys; from asperion_async.cli import main; sys.exit(main())"
EMULATOR = """
import json, sys
from asperion_async.testing import AsperionEmulator
emulator = AsperionEmulator(
    tenants=int(sys.argv[1]), seed=9, sizes={"debtors": 12, "salesinvoices": 7}, latency=0.01
)
with emulator.serve() as base_url:
    token = emulator.issue_token()
    print(json.dumps({"base_url": str(base_url), "access": token.access_token,
                      "refresh": token.refresh_token, "expires_at": token.expires_at}),
          flush=True)
    sys.stdin.read()  # serve until the test closes stdin
"""


def cli(*args: str) -> list[str]:
    return [sys.executable, "-c", MAIN, *args]


@contextmanager
def served_emulator(tmp_path: Path, tenants: int) -> Iterator[tuple[str, Path]]:
    """A served emulator in its own process: (base URL, a token file for it)."""
    process = subprocess.Popen(
        [sys.executable, "-c", EMULATOR, str(tenants)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        started = json.loads(process.stdout.readline())
        token_file = tmp_path / "token.json"
        token = Token(started["access"], started["refresh"], started["expires_at"])
        anyio.run(FileTokenStore(token_file).save, token)
        yield started["base_url"], token_file
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=30)


@pytest.fixture
def emulator_url(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with served_emulator(tmp_path, TENANTS) as served:
        yield served


def query(dsn: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(dsn) as db:
        return db.execute(sql, params).fetchall()


def wait_for(condition: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out after {seconds} s waiting for {what}"
        time.sleep(0.2)


async def _emulator_rows(base_url: str, token_file: Path) -> dict[str, list[tuple[Any, ...]]]:
    rows: dict[str, list[tuple[Any, ...]]] = {}
    async with AsperionClient(
        client_id="emulator-client",
        client_secret="emulator-secret",
        token_store=FileTokenStore(token_file),
        base_url=base_url,
        token_url=f"{base_url}/connect/token",
    ) as client:
        tenants = [item["id"] async for item in client.paginate("/v1/administrations")]
        for resource in select(discover(bookyear=2024), list(RESOURCES)):
            path, filters = resource.list_query()
            found = []
            for tenant in tenants:
                async for item in client.tenant(tenant).paginate(path, **filters):
                    found.append((tenant, item_key(item), content_hash(item)))
            rows[resource.name] = sorted(found, key=lambda row: (row[0], str(row[1])))
    return rows


def test_three_workers_sync_200_tenants_and_survive_a_killed_worker(
    postgres_dsn: str, emulator_url: tuple[str, Path], tmp_path: Path
) -> None:
    base_url, token_file = emulator_url
    connection = (
        "--base-url",
        base_url,
        "--identity-url",
        base_url,
        "--token-file",
        str(token_file),
        *CLIENT,
    )
    resources = [arg for name in RESOURCES for arg in ("-r", name)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    enqueued = subprocess.run(
        [
            *cli("sync", "--enqueue", "--database", postgres_dsn, *connection, *resources),
            "--bookyear",
            "2024",
            "--page-size",
            "5",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert enqueued.returncode == 0, enqueued.stderr
    assert enqueued.stdout.startswith(f"Queued {TENANTS} tenants (0 already waiting)")

    logs = [(tmp_path / f"worker-{n}.log").open("w") for n in range(3)]
    worker_args = ("worker", "--database", postgres_dsn, *connection)
    tuning = ("--concurrency", "4", "--heartbeat", "1", "--stalled-after", "4")
    workers = [
        subprocess.Popen(
            cli(*worker_args, *tuning),
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=env,
        )
        for log in logs
    ]
    victim = workers[0]
    try:
        # Kill the first worker while it is in the middle of a tenant.
        victim_name = f"%:{victim.pid}"
        wait_for(
            lambda: (
                query(
                    postgres_dsn,
                    "SELECT count(*) FROM sync_jobs WHERE worker LIKE %s AND finished_at IS NULL",
                    victim_name,
                )[0][0]
                > 0
                and query(
                    postgres_dsn, "SELECT count(*) FROM sync_jobs WHERE outcome = 'succeeded'"
                )[0][0]
                >= 10
            ),
            120,
            "the first worker to be busy",
        )
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        killed_at = query(postgres_dsn, "SELECT clock_timestamp()")[0][0]

        def all_done() -> bool:
            states = dict(
                query(
                    postgres_dsn, "SELECT status::text, count(*) FROM procrastinate_jobs GROUP BY 1"
                )
            )
            assert states.get("failed", 0) == 0, states
            return states.get("succeeded", 0) == TENANTS

        wait_for(all_done, 300, f"all {TENANTS} jobs to succeed")
    finally:
        stop(workers)
        for log in logs:
            log.close()
    assert victim.returncode == -signal.SIGKILL
    assert [worker.returncode for worker in workers[1:]] == [0, 0]  # SIGTERM: a clean stop

    # The database equals the emulator's data: ids and content hashes, no duplicates.
    expected = anyio.run(_emulator_rows, base_url, token_file)
    with open_storage(postgres_dsn) as store:
        for name in RESOURCES:
            stored = sorted(store.rows(name), key=lambda row: (row[0], str(row[1])))
            assert stored == expected[name], name
    for name in RESOURCES:
        ((total, distinct),) = query(
            postgres_dsn,
            f'SELECT count(*), count(DISTINCT (tenant_id, id)) FROM "{name}"',  # noqa: S608
        )
        assert total == distinct == len(expected[name])
    assert len({tenant for tenant, _, _ in expected["debtors"]}) == TENANTS

    # No tenant was synced by two workers at once; the killed worker's jobs were taken over.
    attempts = query(
        postgres_dsn,
        "SELECT tenant_id, worker, started_at, finished_at, outcome FROM sync_jobs"
        " ORDER BY tenant_id, started_at",
    )
    by_tenant: dict[int, list[tuple[str, datetime, datetime]]] = defaultdict(list)
    for tenant, worker, started, finished, _ in attempts:
        if finished is None:  # the killed worker's attempts: they ended when it was killed
            assert worker.endswith(f":{victim.pid}")
            finished = killed_at
        by_tenant[tenant].append((worker, started, finished))
    overlaps = [
        tenant
        for tenant, spans in by_tenant.items()
        for (_, _, end), (_, start, _) in itertools.pairwise(spans)
        if start < end
    ]
    taken_over = [
        tenant for tenant, spans in by_tenant.items() if len({worker for worker, _, _ in spans}) > 1
    ]
    workers_used = {
        worker for worker, _, _ in (span for spans in by_tenant.values() for span in spans)
    }
    print(
        f"\n{TENANTS} tenants, {len(attempts)} attempts by {len(workers_used)} workers;"
        f" {len(taken_over)} tenants taken over from the killed worker; overlaps: {len(overlaps)}"
    )
    assert overlaps == []
    assert taken_over  # the job the killed worker was running was retried by another
    assert len(by_tenant) == TENANTS

    shown = subprocess.run(
        cli("status", "--database", postgres_dsn),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert shown.stdout.splitlines()[-1] == f"{TENANTS} tenants: {TENANTS} succeeded"


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


def job_states(dsn: str) -> dict[int, tuple[str, int]]:
    """tenant id -> (job status, attempts) of the sync jobs."""
    rows = query(
        dsn,
        "SELECT (args ->> 'tenant_id')::bigint, status::text, attempts FROM procrastinate_jobs"
        " WHERE task_name = 'asperion_async.sync_tenant'",
    )
    return {tenant: (state, attempts) for tenant, state, attempts in rows}


def test_a_failing_tenant_is_retried_then_reported_failed(
    postgres_dsn: str, tmp_path: Path
) -> None:
    with served_emulator(tmp_path, 2) as (base_url, token_file):
        connection = (
            "--base-url",
            base_url,
            "--identity-url",
            base_url,
            "--token-file",
            str(token_file),
            *CLIENT,
        )
        enqueued = subprocess.run(
            cli("sync", "--enqueue", "--database", postgres_dsn, *connection, "-r", "debtors"),
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        assert enqueued.stdout.startswith("Queued 2 tenants")
        # A job for an administration the token cannot reach: every attempt fails (403).
        from asperion_async.cli import _queue

        anyio.run(_queue.enqueue, postgres_dsn, [999], _queue.JobOptions(resources=["debtors"]))
        options = ("--heartbeat", "1", "--attempts", "3", "--backoff", "0")
        worker = subprocess.Popen(
            cli("worker", "--database", postgres_dsn, *connection, *options),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(
                lambda: (
                    sorted(state for state, _ in job_states(postgres_dsn).values())
                    == ["failed", "succeeded", "succeeded"]
                ),
                120,
                "two tenants to succeed and one to fail",
            )
        finally:
            stop([worker])
    assert job_states(postgres_dsn)[999] == ("failed", 3)
    errors = query(postgres_dsn, "SELECT error FROM sync_jobs WHERE tenant_id = 999")
    assert len(errors) == 3
    assert all(error.startswith("tenant 999: debtors: ") for (error,) in errors)
    shown = subprocess.run(
        cli("status", "--database", postgres_dsn),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = shown.stdout.splitlines()
    (failed,) = [line for line in lines if line.startswith("999 ")]
    assert failed.split()[1:3] == ["failed", "3"]
    assert "tenant 999: debtors:" in failed
    assert lines[-1] == "3 tenants: 1 failed, 2 succeeded"


def test_a_schedule_enqueues_every_tenant(postgres_dsn: str, tmp_path: Path) -> None:
    """The worker as the compose example runs it: token and limits in the fleet database."""
    with served_emulator(tmp_path, 3) as (base_url, token_file):
        token = anyio.run(FileTokenStore(token_file).load)
        assert token is not None
        anyio.run(PostgresTokenStore(postgres_dsn, key="emulator-client").save, token)
        connection = ("--base-url", base_url, "--identity-url", base_url, *CLIENT)
        fleet = ("--fleet-database", postgres_dsn, "--fleet-rate", "50", "--fleet-in-flight", "4")
        every_second = ("--schedule", "* * * * * *", "-r", "debtors", "--bookyear", "2024")
        worker = subprocess.Popen(
            cli(
                *("worker", "--database", postgres_dsn, *connection, *fleet),
                *("--heartbeat", "1", *every_second),
            ),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for(
                lambda: (
                    query(postgres_dsn, "SELECT to_regclass('debtors')") != [(None,)]
                    and len(query(postgres_dsn, "SELECT DISTINCT tenant_id FROM debtors")) == 3
                ),
                120,
                "the scheduled syncs of all three tenants",
            )
        finally:
            stop([worker])
    assert set(job_states(postgres_dsn)) == {100001, 100002, 100003}
    # The requests went through the fleet's shared rate limit.
    assert query(postgres_dsn, "SELECT key FROM asperion_rate_limits") == [("emulator-client",)]
