"""The job queue in-process: enqueue, a worker on an embedded emulator, status, stalled jobs.

Procrastinate runs on asyncio only, so these tests drive it with `anyio.run(...,
backend="asyncio")` rather than through the asyncio/trio `anyio_backend` fixture.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import anyio
import psycopg
import pytest

from asperion_async import AsperionClient
from asperion_async.cli import _queue
from asperion_async.cli._emulated import Emulated
from asperion_async.cli._storage import open_storage
from asperion_async.testing import AsperionEmulator

OPTIONS = _queue.JobOptions(resources=["debtors"], bookyear=2024, page_size=10)


def settings(dsn: str, emulated: Emulated, **options: object) -> _queue.WorkerSettings:
    def client() -> AbstractAsyncContextManager[AsperionClient]:
        return _opened(emulated)

    return _queue.WorkerSettings(
        database=dsn,
        client=client,
        heartbeat=0.2,
        stalled_after=1.0,
        **options,  # type: ignore[arg-type]
    )


@asynccontextmanager
async def _opened(emulated: Emulated) -> AsyncIterator[AsperionClient]:
    async with emulated.client() as client:
        yield client


async def until(dsn: str, sql: str, expected: object, seconds: float = 60) -> None:
    with anyio.fail_after(seconds):
        while True:
            async with await psycopg.AsyncConnection.connect(dsn) as db:
                found = await (await db.execute(sql)).fetchall()
            if found == expected:
                return
            await asyncio.sleep(0.1)


async def _enqueue_and_work(dsn: str) -> list[_queue.TenantStatus]:
    emulated = Emulated(AsperionEmulator(tenants=3, seed=2))
    tenants = emulated.emulator.tenant_ids
    queued, waiting = await _queue.enqueue(dsn, tenants, OPTIONS)
    assert (queued, waiting) == (tenants, [])
    assert await _queue.enqueue(dsn, tenants[:1], OPTIONS) == ([], tenants[:1])  # waiting once
    worker = asyncio.ensure_future(_queue.run_worker(settings(dsn, emulated, concurrency=2)))
    try:
        await until(
            dsn,
            "SELECT status::text, count(*) FROM procrastinate_jobs GROUP BY 1",
            [("succeeded", 3)],
        )
    finally:
        worker.cancel()
        await asyncio.gather(worker, return_exceptions=True)
    return await _queue.status(dsn)


def test_a_worker_runs_every_queued_tenant_and_status_shows_them(postgres_dsn: str) -> None:
    rows = anyio.run(_enqueue_and_work, postgres_dsn, backend="asyncio")
    assert [(row.tenant_id, row.state, row.attempts) for row in rows] == [
        (100001, "succeeded", 1),
        (100002, "succeeded", 1),
        (100003, "succeeded", 1),
    ]
    assert all(row.worker and row.finished_at and row.error is None for row in rows)
    with open_storage(postgres_dsn) as store:
        assert {tenant for tenant, _, _ in store.rows("debtors")} == {100001, 100002, 100003}


async def _stalled(dsn: str) -> list[tuple[object, ...]]:
    """A job left `doing` by a worker that stopped sending heartbeats is run again."""
    emulated = Emulated(AsperionEmulator(tenants=1, seed=2))
    await _queue.enqueue(dsn, emulated.emulator.tenant_ids, OPTIONS)
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as db:
        # What a killed worker leaves behind: its row with an old heartbeat, its job `doing`.
        dead = await (
            await db.execute(
                "INSERT INTO procrastinate_workers (last_heartbeat)"
                " VALUES (now() - interval '1 hour') RETURNING id"
            )
        ).fetchone()
        assert dead is not None
        await db.execute("UPDATE procrastinate_jobs SET status = 'doing', worker_id = %s", dead)
    worker = asyncio.ensure_future(_queue.run_worker(settings(dsn, emulated)))
    try:
        await until(dsn, "SELECT status::text FROM procrastinate_jobs", [("succeeded",)])
    finally:
        worker.cancel()
        await asyncio.gather(worker, return_exceptions=True)
    async with await psycopg.AsyncConnection.connect(dsn) as db:
        return await (await db.execute("SELECT outcome FROM sync_jobs")).fetchall()


def test_the_job_of_a_dead_worker_is_retried(postgres_dsn: str) -> None:
    assert anyio.run(_stalled, postgres_dsn, backend="asyncio") == [("succeeded",)]


async def _status_and_enqueue_while_the_schema_lock_is_held(dsn: str) -> list[object]:
    seen: list[object] = [await _queue.status(dsn)]
    async with await psycopg.AsyncConnection.connect(dsn) as db:
        created = await (await db.execute("SELECT to_regclass('procrastinate_jobs')")).fetchone()
    seen.append(created)
    await _queue.prepare(dsn)
    async with await psycopg.AsyncConnection.connect(dsn) as other:
        await other.execute("SELECT pg_advisory_xact_lock(%s)", (_queue._SCHEMA_LOCK,))
        # Taking the lock would wait, here at most 2 s, then fail.
        waiting = dsn + "?options=-c%20lock_timeout%3D2000"
        seen.append(await _queue.enqueue(waiting, [100001], OPTIONS))
        seen.append([(row.tenant_id, row.state) for row in await _queue.status(waiting)])
        await other.rollback()
    return seen


def test_status_only_reads_and_a_set_up_queue_takes_no_schema_lock(postgres_dsn: str) -> None:
    """`status` on a database that never had a queue shows none and creates nothing; once the
    queue's tables exist, neither `enqueue` nor `status` runs DDL or waits for its lock."""
    seen = anyio.run(
        _status_and_enqueue_while_the_schema_lock_is_held, postgres_dsn, backend="asyncio"
    )
    assert seen == [[], (None,), ([100001], []), [(100001, "todo")]]


async def _checks_of_a_reaper_whose_first_check_fails() -> int:
    from procrastinate.exceptions import ConnectorException

    checks: list[int] = []

    class Jobs:
        async def get_stalled_jobs(self, **_: object) -> list[object]:
            checks.append(1)
            if len(checks) == 1:  # how the connector raises any database error
                raise ConnectorException("the database went away for a moment")
            return []

    class App:
        job_manager = Jobs()

    reaper = asyncio.ensure_future(
        _queue._retry_stalled_jobs(App(), settings("", Emulated(AsperionEmulator(tenants=1))))  # type: ignore[arg-type]
    )
    await asyncio.sleep(1.0)  # five rounds of the 0.2 s heartbeat
    reaper.cancel()
    await asyncio.gather(reaper, return_exceptions=True)
    return len(checks)


def test_the_stalled_job_check_goes_on_after_a_database_error() -> None:
    """Procrastinate raises every database error as ConnectorException: one of them must not
    end the check that puts the jobs of dead workers back in the queue."""
    assert anyio.run(_checks_of_a_reaper_whose_first_check_fails, backend="asyncio") >= 3


def test_one_try_means_no_retry_and_tries_count_the_first(postgres_dsn: str) -> None:
    once = _queue.make_app(postgres_dsn, attempts=1).tasks[_queue.TASK]
    thrice = _queue.make_app(postgres_dsn, attempts=3, backoff=2).tasks[_queue.TASK]
    assert once.retry_strategy is None
    assert thrice.retry_strategy is not None
    assert getattr(thrice.retry_strategy, "max_attempts", None) == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["worker", "--database", "queue.sqlite"], "--database must be a postgresql://... URL"),
        (["status", "--database", "queue.sqlite"], "--database must be a postgresql://... URL"),
        (
            ["sync", "--emulator", "--enqueue", "--database", "queue.sqlite"],
            "--enqueue needs --database postgresql://...",
        ),
        (
            ["worker", "--emulator", "--database", "postgresql://localhost/queue"],
            "worker syncs from the API given by --base-url/--identity-url",
        ),
    ],
)
def test_the_queue_commands_need_a_postgresql_url(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from asperion_async.cli import main

    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_the_jobs_of_one_worker_process_share_one_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`--max-concurrency` and `--rate-limit` are "in total": one client (and so one set of
    limits and one connection pool) serves every job the process runs at once."""
    from asperion_async.cli import _commands
    from asperion_async.cli._parser import parse_args

    opened: list[dict[str, object]] = []
    used: list[object] = []

    @asynccontextmanager
    async def client(*_: object, **limits: object) -> AsyncIterator[object]:
        opened.append(limits)
        yield object()

    async def run_worker(settings: _queue.WorkerSettings) -> None:
        async def job() -> None:
            async with settings.client() as shared:
                used.append(shared)

        async with anyio.create_task_group() as tg:
            for _ in range(3):
                tg.start_soon(job)

    monkeypatch.setattr(_commands, "_client", client)
    monkeypatch.setattr(_queue, "run_worker", run_worker)
    args = parse_args(
        [
            *("worker", "--database", "postgresql://localhost/queue", "--max-concurrency", "5"),
            *("--client-id", "a-client", "--client-secret", "a-secret"),
        ]
    )

    assert anyio.run(_commands.worker, args) == 0
    assert [limits["max_concurrency"] for limits in opened] == [5]
    assert len(used) == 3
    assert len({id(shared) for shared in used}) == 1
