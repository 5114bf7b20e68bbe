"""The sub-commands: each takes the parsed arguments and returns the exit code."""

from __future__ import annotations

import argparse
import shlex
import shutil
import sys
import time
import webbrowser
from collections.abc import AsyncIterator, Iterator
from contextlib import (
    AbstractAsyncContextManager,
    asynccontextmanager,
    contextmanager,
    nullcontext,
)
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import anyio.to_thread
from rich.console import Console
from rich.table import Table

from .._client import AsperionClient
from .._environment import token_url
from .._tokens import FileTokenStore, TokenStore
from ._emulated import Emulated, emulated
from ._errors import CommandError, UsageError
from ._login import LoginSettings, authorize
from ._progress import SyncSummary, show_progress
from ._resources import discover, select
from ._storage import StorageError, check_target, is_postgres, open_storage, redact
from ._storage._views import example_query
from ._store import TenantsSeen
from ._sync import SyncPlan, choose_tenants, list_administrations, run_sync

if TYPE_CHECKING:
    from ..postgres import PostgresRateLimit


@asynccontextmanager
async def _environment(args: argparse.Namespace) -> AsyncIterator[Emulated | None]:
    """The embedded emulator for `--emulator`, else None."""
    if not args.emulator:
        yield None
        return
    async with emulated(tenants=args.tenants, seed=args.seed, latency=args.latency) as emulator:
        yield emulator


@asynccontextmanager
async def _client(
    args: argparse.Namespace, emulator: Emulated | None, **limits: Any
) -> AsyncIterator[AsperionClient]:
    shared = _fleet_limit(args, emulator)
    if shared is not None:
        limits["shared_limit"] = shared
    if emulator is not None:
        client = emulator.client(**limits)
    else:
        store = _token_store(args)
        if await store.load() is None:
            where = "--fleet-database" if args.fleet_database else str(args.token_file)
            raise CommandError(f"no saved token in {where}; run `asperion-async login` first")
        client = AsperionClient(
            client_id=args.client_id,
            client_secret=args.client_secret,
            token_store=store,
            environment=args.environment,
            base_url=args.base_url,
            token_url=None if args.identity_url is None else token_url(args.identity_url),
            **limits,
        )
    try:
        async with client:
            yield client
    finally:
        if shared is not None:
            await shared.aclose()


def _token_store(args: argparse.Namespace, *, client_id: str | None = None) -> TokenStore:
    if args.fleet_database:
        from ..postgres import PostgresTokenStore

        return PostgresTokenStore(args.fleet_database, key=_fleet_key(args, client_id))
    return FileTokenStore(args.token_file.expanduser())


def _fleet_key(args: argparse.Namespace, client_id: str | None) -> str:
    """What the fleet's machines share a token and a rate limit under: ``--fleet-key``, else
    the client id (the emulator's own, when syncing from it)."""
    return str(args.fleet_key or client_id or args.client_id)


def _fleet_limit(args: argparse.Namespace, emulator: Emulated | None) -> PostgresRateLimit | None:
    rate = getattr(args, "fleet_rate", None)
    in_flight = getattr(args, "fleet_in_flight", None)
    if rate is None and in_flight is None:
        return None
    from ..postgres import PostgresRateLimit

    key = _fleet_key(args, emulator.emulator.client_id if emulator else None)
    return PostgresRateLimit(args.fleet_database, key=key, rate=rate, max_in_flight=in_flight)


async def tenants(args: argparse.Namespace) -> int:
    async with _environment(args) as emulator, _client(args, emulator) as client:
        administrations = await list_administrations(client)
    table = Table("id", "name", box=None, pad_edge=False)
    for administration in administrations:
        table.add_row(str(administration.get("id")), str(administration.get("name") or ""))
    Console(file=sys.stdout, soft_wrap=True).print(table)
    return 0


async def sync(args: argparse.Namespace) -> int:
    try:
        resources = select(discover(bookyear=args.bookyear), args.resources)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    try:
        check_target(args.database)
    except StorageError as exc:
        raise UsageError(f"--database: {exc}") from None
    plan = SyncPlan(
        resources=resources,
        tenant_ids=args.tenant_ids,
        page_size=args.page_size,
        full=args.full,
        parallel_tenants=max(1, 2 * args.max_concurrency // args.tenant_concurrency),
    )
    limits = {
        "max_concurrency": args.max_concurrency,
        "tenant_concurrency": args.tenant_concurrency,
        "rate_limit": args.rate_limit,
    }
    if args.enqueue:
        return await _enqueue(args, plan)
    started = time.monotonic()
    async with _environment(args) as emulator, _client(args, emulator, **limits) as client:
        # Check the tenant ids before the database exists: a refused run creates no file.
        administrations = await list_administrations(client)
        choose_tenants(administrations, plan.tenant_ids)
        with _new_file_removed_on_failure(args.database), open_storage(args.database) as store:
            with show_progress(args.progress) as progress:
                result = await run_sync(
                    client, store, plan, progress, administrations=administrations
                )
            where = store.description
        stats = client.stats
    summary = SyncSummary(
        tenants=result.tenants,
        tenants_failed=len({tenant for tenant, _ in result.failures}),
        resources=len(resources),
        items=sum(t.items for t in progress.tenants.values()),
        deleted=sum(t.deleted for t in progress.tenants.values()),
        requests=stats.requests,
        retries=stats.retries,
        elapsed=time.monotonic() - started,
        output=where,
        resumed=result.run.resumed,
    )
    print("\n".join(summary.lines()))
    example = example_query([resource.name for resource in resources])
    if example is not None:
        print(f"query:    {query_command(args.database, example)}")
    if result.failures:
        raise CommandError(
            f"{len(result.failures)} resource(s) failed; rerun the same command to resume"
        )
    return 0


async def _enqueue(args: argparse.Namespace, plan: SyncPlan) -> int:
    """`sync --enqueue`: one queued job per tenant instead of a sync here."""
    from . import _queue  # the postgres extra; loaded only when asked for

    async with _environment(args) as emulator, _client(args, emulator) as client:
        administrations = await list_administrations(client)
    chosen = choose_tenants(administrations, plan.tenant_ids)
    with open_storage(args.database) as store:
        store.apply([TenantsSeen(administrations)])
    options = _queue.JobOptions(
        resources=[resource.name for resource in plan.resources] if args.resources else None,
        bookyear=args.bookyear,
        page_size=plan.page_size,
        full=plan.full,
    )
    queued, waiting = await _queue.enqueue(
        args.database, [administration["id"] for administration in chosen], options
    )
    print(
        f"Queued {len(queued)} tenants ({len(waiting)} already waiting) in"
        f" {redact(args.database)}; run `asperion-async worker --database URL` to sync them"
    )
    return 0


async def worker(args: argparse.Namespace) -> int:
    from . import _queue  # the postgres extra; loaded only when asked for

    if args.resources:
        try:
            select(discover(bookyear=args.bookyear), args.resources)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    limits = {
        "max_concurrency": args.max_concurrency,
        "tenant_concurrency": args.tenant_concurrency,
        "rate_limit": args.rate_limit,
    }

    # One client for every job of this process: its limits are the process's, "in total".
    async with _client(args, None, **limits) as shared:

        def client() -> AbstractAsyncContextManager[AsperionClient]:
            return nullcontext(shared)

        settings = _queue.WorkerSettings(
            database=args.database,
            client=client,
            concurrency=args.concurrency,
            heartbeat=args.heartbeat,
            stalled_after=args.stalled_after,
            schedule=args.schedule,
            schedule_options=_queue.JobOptions(
                resources=args.resources, bookyear=args.bookyear, page_size=args.page_size
            ),
            attempts=args.attempts,
            backoff=args.backoff,
        )
        print(f"Worker on {redact(args.database)}: {args.concurrency} tenants at once", flush=True)
        await _queue.run_worker(settings)
    return 0


async def status(args: argparse.Namespace) -> int:
    from . import _queue  # the postgres extra; loaded only when asked for

    rows = await _queue.status(args.database)
    line = "{:<10} {:<10} {:>8}  {:<24} {:<19} {:<19} {}"
    print(line.format("tenant", "state", "attempts", "worker", "started", "finished", "error"))
    for row in rows:
        error = (row.error or "").splitlines()[0] if row.error else ""
        print(
            line.format(
                row.tenant_id,
                row.state,
                row.attempts,
                row.worker or "",
                (row.started_at or "")[:19],
                (row.finished_at or "")[:19],
                error,
            )
        )
    states: dict[str, int] = {}
    for row in rows:
        states[row.state] = states.get(row.state, 0) + 1
    summary = ", ".join(f"{count} {state}" for state, count in sorted(states.items()))
    print(f"{len(rows)} tenants: {summary or 'nothing queued'}")
    return 0


def query_command(target: str, sql: str) -> str:
    """A shell command that runs `sql` on the sync's database: psql, sqlite3, or Python."""
    if is_postgres(target):
        return f"psql {shlex.quote(redact(target))} -c {shlex.quote(sql)}"
    path = shlex.quote(str(target))
    if shutil.which("sqlite3"):
        return f"sqlite3 -header -column {path} {shlex.quote(sql)}"
    script = (
        "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]);"
        " [print(*row, sep=' | ') for row in db.execute(sys.argv[2])]"
    )
    return f"python3 -c {shlex.quote(script)} {path} {shlex.quote(sql)}"


@contextmanager
def _new_file_removed_on_failure(target: str) -> Iterator[None]:
    """A SQLite file this run creates is deleted again if the run fails before its first
    commit of data: a refused or broken run leaves nothing behind, a crashed one its pages."""
    path = None if is_postgres(target) else Path(target).expanduser()
    existed = path is None or path.exists()
    try:
        yield
    except BaseException:
        if path is not None and not existed and _holds_no_data(path):
            for leftover in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        raise


def _holds_no_data(path: Path) -> bool:
    try:
        with open_storage(path, create=False) as store:
            return not store.states()
    except CommandError:
        return True


async def login(args: argparse.Namespace) -> int:
    async with _environment(args) as emulator:
        if emulator is not None:
            settings = emulator.login_settings(port=args.redirect_port, scope=args.scope)
            token = await authorize(settings, emulator.follow_authorization)
        else:
            settings = LoginSettings(
                client_id=args.client_id,
                client_secret=args.client_secret,
                environment=args.environment,
                scope=args.scope,
                port=args.redirect_port,
                identity_url=args.identity_url,
            )
            open_url = _print_url if args.no_browser else _open_browser
            token = await authorize(settings, open_url)
    await _token_store(args, client_id=settings.client_id).save(token)
    where = "the fleet database" if args.fleet_database else str(args.token_file)
    print(f"Logged in; token saved to {where}")
    return 0


async def _open_browser(url: str) -> None:
    print("Opening the browser to authorize; if it does not open, visit:", file=sys.stderr)
    print(url, file=sys.stderr)
    await anyio.to_thread.run_sync(webbrowser.open, url)


async def _print_url(url: str) -> None:
    print("Visit this URL to authorize:", file=sys.stderr)
    print(url, file=sys.stderr)


async def serve_emulator(args: argparse.Namespace) -> int:
    async with (
        emulated(tenants=args.tenants, seed=args.seed, latency=args.latency) as emulator,
        emulator.served(args.host, args.port) as base_url,
    ):
        token = emulator.token()
        if args.fleet_database:  # the fleet's workers start from this token
            await _token_store(args, client_id=emulator.emulator.client_id).save(token)
        print(f"Asperion emulator with {args.tenants} administrations")
        print(f"base URL:     {base_url}")
        print(f"access token: {token.access_token}")
        print(
            f"example:      curl -H 'Authorization: Bearer {token.access_token}' "
            f"{base_url}/v1/administrations"
        )
        print(
            f"use it:       ASPERION_BASE_URL={base_url} ASPERION_IDENTITY_URL={base_url}"
            f" ASPERION_CLIENT_ID={emulator.emulator.client_id}"
            f" ASPERION_CLIENT_SECRET={emulator.emulator.client_secret}"
            " asperion-async login --no-browser"
        )
        print("Press Ctrl+C to stop.", flush=True)
        await anyio.sleep_forever()
    return 0
