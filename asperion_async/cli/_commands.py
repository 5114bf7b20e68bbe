"""The sub-commands: each takes the parsed arguments and returns the exit code."""

from __future__ import annotations

import argparse
import sys
import time
import webbrowser
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
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
from ._store import Store
from ._sync import SyncPlan, list_administrations, run_sync

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

        key = args.fleet_key or client_id or args.client_id
        return PostgresTokenStore(args.fleet_database, key=key)
    return FileTokenStore(args.token_file.expanduser())


def _fleet_limit(args: argparse.Namespace, emulator: Emulated | None) -> PostgresRateLimit | None:
    rate = getattr(args, "fleet_rate", None)
    in_flight = getattr(args, "fleet_in_flight", None)
    if rate is None and in_flight is None:
        return None
    from ..postgres import PostgresRateLimit

    key = args.fleet_key or (emulator.emulator.client_id if emulator else args.client_id)
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
    if not args.output.expanduser().parent.is_dir():
        raise UsageError(f"--output: directory {args.output.parent} does not exist")
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
    started = time.monotonic()
    async with _environment(args) as emulator, _client(args, emulator, **limits) as client:
        with Store(args.output.expanduser()) as store, show_progress(args.progress) as progress:
            result = await run_sync(client, store, plan, progress)
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
        output=str(args.output),
        resumed=result.run.resumed,
    )
    print("\n".join(summary.lines()))
    if result.failures:
        raise CommandError(
            f"{len(result.failures)} resource(s) failed; rerun the same command to resume"
        )
    return 0


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
            from ..postgres import PostgresTokenStore

            key = args.fleet_key or emulator.emulator.client_id
            await PostgresTokenStore(args.fleet_database, key=key).save(token)
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
