"""The distributed sync: one Procrastinate job per tenant, run by any number of workers.

`sync --enqueue` puts one job per tenant on the queue in the sync's PostgreSQL database;
`asperion-async worker` (any number, on any machine) runs them, `--concurrency` tenants
at once. What Procrastinate guarantees and how it is configured here:

- one tenant is never synced by two workers at once: every job of a tenant carries the
  lock `tenant:<id>` (Procrastinate never runs two jobs with one lock at a time), and the
  queueing lock of the same name keeps a tenant from waiting in the queue twice;
- a job whose worker died is retried by another worker: workers send a heartbeat every
  `heartbeat` seconds; every worker checks, every `heartbeat` seconds, for jobs whose
  worker has been silent for `stalled_after` seconds and puts them back in the queue.
  The retried job resumes the tenant's unfinished run from its last committed page;
- a failed sync is retried with exponential backoff (`make_app`), then left `failed`
  with its error in `sync_jobs`;
- each attempt is recorded in `sync_jobs` (tenant, worker, start, end, outcome), which
  `asperion-async status` shows next to the job's state.

No secret travels through the queue: a job holds the tenant id and the sync's options; the
worker brings its own credentials and database URL.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any

import anyio
import anyio.to_thread

from .._client import AsperionClient
from ._errors import CommandError

try:
    import psycopg
    from procrastinate import App, BaseConnector, JobContext, PsycopgConnector, RetryStrategy
    from procrastinate.exceptions import AlreadyEnqueued, ConnectorException
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise CommandError(
        "the job queue needs the postgres extra: pip install 'asperion-async[postgres]'"
    ) from exc

from ._progress import SyncProgress
from ._resources import discover, select
from ._storage._postgres import PostgresStorage
from ._sync import SyncPlan, list_administrations, run_sync

logger = logging.getLogger("asperion_async.cli.queue")

TASK = "asperion_async.sync_tenant"
SCHEDULE_TASK = "asperion_async.enqueue_all"
DEFAULT_ATTEMPTS = 5
DEFAULT_BACKOFF = 2
"""With these, a failing job waits 4, 6, 10, 18 s (2 + 2 ** attempt), then is `failed`."""

_SCHEMA_LOCK = 0x61737066  # advisory lock of the queue's schema set-up

_JOBS_TABLE = (
    "CREATE TABLE IF NOT EXISTS sync_jobs ("
    " attempt_id BIGSERIAL PRIMARY KEY, job_id BIGINT NOT NULL, tenant_id BIGINT NOT NULL,"
    " worker TEXT NOT NULL, started_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),"
    " finished_at TIMESTAMPTZ, outcome TEXT, items_written BIGINT, error TEXT)"
)


@dataclass(frozen=True)
class JobOptions:
    """What a tenant job syncs: the same options as a `sync` run, without secrets."""

    resources: Sequence[str] | None = None
    bookyear: int = 2024
    page_size: int = 100
    full: bool = False

    def as_args(self) -> dict[str, Any]:
        return {
            "resources": list(self.resources) if self.resources else None,
            "bookyear": self.bookyear,
            "page_size": self.page_size,
            "full": self.full,
        }


ClientFactory = Callable[[], AbstractAsyncContextManager[AsperionClient]]


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker brings to every job: its database and how to reach the API."""

    database: str
    client: ClientFactory
    concurrency: int = 4
    heartbeat: float = 10.0
    stalled_after: float = 30.0
    schedule: str | None = None
    schedule_options: JobOptions | None = None
    attempts: int = DEFAULT_ATTEMPTS
    backoff: int = DEFAULT_BACKOFF


def lock_of(tenant_id: int) -> str:
    return f"tenant:{tenant_id}"


def make_app(
    database: str, *, attempts: int = DEFAULT_ATTEMPTS, backoff: int = DEFAULT_BACKOFF
) -> App:
    """A Procrastinate app on `database` with the sync's tasks registered.

    A failed tenant sync is tried `attempts` times in all, waiting `backoff + backoff **
    attempt` seconds before each retry (exponential backoff).
    """
    app = App(connector=PsycopgConnector(conninfo=database))
    # Procrastinate's max_attempts counts the retries after the first try.
    retry = (
        RetryStrategy(max_attempts=attempts - 1, wait=backoff, exponential_wait=backoff)
        if attempts > 1
        else False
    )
    app.task(name=TASK, pass_context=True, retry=retry)(_sync_tenant)
    return app


async def prepare(database: str) -> None:
    """Create the queue's tables (Procrastinate's schema and `sync_jobs`) if they are missing.

    Checked first without the schema lock, so that once they exist nothing waits for it."""
    connection = await psycopg.AsyncConnection.connect(database, autocommit=True)
    async with connection as db:
        if await _has_tables(db):
            return
        async with db.transaction():
            await db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            found = await (await db.execute("SELECT to_regclass('procrastinate_jobs')")).fetchone()
            if found == (None,):
                await db.execute(make_app(database).schema_manager.get_schema())
            await db.execute(_JOBS_TABLE)


async def _has_tables(db: psycopg.AsyncConnection[Any]) -> bool:
    """Whether the queue's tables exist (Procrastinate's jobs table and `sync_jobs`)."""
    cursor = await db.execute(
        "SELECT to_regclass('procrastinate_jobs') IS NOT NULL"
        " AND to_regclass('sync_jobs') IS NOT NULL"
    )
    return await cursor.fetchone() == (True,)


async def enqueue(
    database: str, tenant_ids: Sequence[int], options: JobOptions
) -> tuple[list[int], list[int]]:
    """Defer one job per tenant; returns (queued, already waiting in the queue)."""
    await prepare(database)
    app = make_app(database)
    async with app.open_async():
        return await _defer(app, tenant_ids, options)


async def _defer(
    app: App, tenant_ids: Sequence[int], options: JobOptions
) -> tuple[list[int], list[int]]:
    """Defer one job per tenant through `app`, which is open; (queued, already waiting)."""
    queued: list[int] = []
    waiting: list[int] = []
    for tenant_id in tenant_ids:
        task = app.configure_task(TASK, lock=lock_of(tenant_id), queueing_lock=lock_of(tenant_id))
        try:
            await task.defer_async(tenant_id=tenant_id, **options.as_args())
        except AlreadyEnqueued:
            waiting.append(tenant_id)
        else:
            queued.append(tenant_id)
    return queued, waiting


async def run_worker(settings: WorkerSettings) -> None:
    """Run jobs until cancelled; puts stalled jobs of dead workers back in the queue."""
    await prepare(settings.database)
    app = make_app(settings.database, attempts=settings.attempts, backoff=settings.backoff)
    if settings.schedule:
        _schedule(app, settings.schedule, settings.schedule_options or JobOptions())
    name = f"{socket.gethostname()}:{os.getpid()}"
    async with app.open_async():
        reaper = asyncio.ensure_future(_retry_stalled_jobs(app, settings))
        try:
            await app.run_worker_async(
                name=name,
                concurrency=settings.concurrency,
                update_heartbeat_interval=settings.heartbeat,
                stalled_worker_timeout=settings.stalled_after,
                fetch_job_polling_interval=min(2.0, settings.heartbeat),
                additional_context={"settings": settings},
                install_signal_handlers=False,
            )
        finally:
            reaper.cancel()


def _schedule(app: App, cron: str, options: JobOptions) -> None:
    async def enqueue_all(context: JobContext, timestamp: int) -> None:
        settings: WorkerSettings = context.additional_context["settings"]
        async with settings.client() as client:
            tenants = [a["id"] for a in await list_administrations(client)]
        queued, waiting = await _defer(context.app, tenants, options)  # the worker's own app
        logger.info(
            "scheduled sync: %d tenants queued, %d already waiting", len(queued), len(waiting)
        )

    task = app.task(name=SCHEDULE_TASK, pass_context=True, queueing_lock=SCHEDULE_TASK)(enqueue_all)
    app.periodic(cron=cron)(task)


async def _retry_stalled_jobs(app: App, settings: WorkerSettings) -> None:
    """Procrastinate's recipe for jobs of dead workers, run every heartbeat by every worker."""
    while True:
        await asyncio.sleep(settings.heartbeat)
        try:
            stalled = await app.job_manager.get_stalled_jobs(
                task_name=TASK, seconds_since_heartbeat=settings.stalled_after
            )
            for job in stalled:
                logger.warning("retrying job %s of a worker that stopped responding", job.id)
                await app.job_manager.retry_job(job)
        except ConnectorException as exc:  # any database error; the next round tries again
            logger.warning("checking for stalled jobs failed: %s", exc)


class TenantSyncFailed(Exception):
    """Some resources of a tenant failed; the job is retried (the rerun resumes)."""


async def _sync_tenant(
    context: JobContext,
    tenant_id: int,
    resources: Sequence[str] | None,
    bookyear: int,
    page_size: int,
    full: bool,
) -> None:
    settings: WorkerSettings = context.additional_context["settings"]
    job_id = context.job.id
    connector = context.app.connector
    attempt = await _started(connector, job_id, tenant_id, context.worker_name or "")
    written = 0
    try:
        plan = SyncPlan(
            resources=select(discover(bookyear=bookyear), resources),
            tenant_ids=[tenant_id],
            page_size=page_size,
            full=full,
            parallel_tenants=1,
        )
        progress = SyncProgress()
        store = await anyio.to_thread.run_sync(PostgresStorage, settings.database)
        try:
            async with settings.client() as client:
                result = await run_sync(
                    client,
                    store,
                    plan,
                    progress,
                    administrations=[{"id": tenant_id}],
                    scope=lock_of(tenant_id),
                    record_tenants=False,
                )
        finally:
            await anyio.to_thread.run_sync(store.close)
        written = sum(tenant.items for tenant in progress.tenants.values())
        if result.failures:
            failed = ", ".join(
                f"{name}: {message}" for (_, name), message in result.failures.items()
            )
            raise TenantSyncFailed(f"tenant {tenant_id}: {failed}")
    except BaseException as exc:
        await _finished(connector, attempt, "failed", written, str(exc) or type(exc).__name__)
        raise
    await _finished(connector, attempt, "succeeded", written, None)


async def _started(
    connector: BaseConnector, job_id: int | None, tenant_id: int, worker: str
) -> int:
    """Record an attempt of a job, through the worker's connection pool (Procrastinate's),
    so a job opens no connection of its own for it; returns the attempt's id."""
    row = await connector.execute_query_one_async(
        "INSERT INTO sync_jobs (job_id, tenant_id, worker)"
        " VALUES (%(job_id)s, %(tenant_id)s, %(worker)s) RETURNING attempt_id",
        job_id=job_id,
        tenant_id=tenant_id,
        worker=worker,
    )
    return int(row["attempt_id"])


async def _finished(
    connector: BaseConnector, attempt: int, outcome: str, written: int, error: str | None
) -> None:
    with anyio.CancelScope(shield=True):
        await connector.execute_query_async(
            "UPDATE sync_jobs SET finished_at = clock_timestamp(), outcome = %(outcome)s,"
            " items_written = %(written)s, error = %(error)s WHERE attempt_id = %(attempt)s",
            outcome=outcome,
            written=written,
            error=error,
            attempt=attempt,
        )


@dataclass(frozen=True)
class TenantStatus:
    tenant_id: int
    state: str
    attempts: int
    worker: str | None
    started_at: str | None
    finished_at: str | None
    error: str | None


async def status(database: str) -> list[TenantStatus]:
    """The latest job of each tenant and its latest attempt; none where the queue was never
    set up (nothing is created: `status` only reads)."""
    async with await psycopg.AsyncConnection.connect(database, autocommit=True) as db:
        if not await _has_tables(db):
            return []
        cursor = await db.execute(
            "SELECT DISTINCT ON ((j.args ->> 'tenant_id')::bigint)"
            " (j.args ->> 'tenant_id')::bigint, j.status::text, j.attempts,"
            " a.worker, a.started_at::text, a.finished_at::text, a.error"
            " FROM procrastinate_jobs j LEFT JOIN LATERAL ("
            "   SELECT * FROM sync_jobs s WHERE s.job_id = j.id"
            "   ORDER BY s.attempt_id DESC LIMIT 1) a ON true"
            " WHERE j.task_name = %s"
            " ORDER BY (j.args ->> 'tenant_id')::bigint, j.id DESC",
            (TASK,),
        )
        rows = await cursor.fetchall()
    return [TenantStatus(*row) for row in rows]
