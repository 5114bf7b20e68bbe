"""Benchmarks of fetch-ahead pagination and the request pipeline against the emulator.

``python -m bench`` (what ``nox -s bench`` runs) prints a table and writes
``bench/results.json``. Every ratio compares two numbers measured in the same run on the
same server, so a slow or noisy machine moves both sides. Each timing is the median of
``REPEATS`` runs, after one untimed run that fills the emulator's cache of rendered pages
(so every timed run sees the same, cheap, server) and with the start-up heap frozen for the
garbage collector, as a long-running service would have it (see ``settle_heap``).

Two transports: ``in-process`` (the emulator's httpx transport: its CPU shares our core)
and ``loopback`` (the emulator under uvicorn in a separate process on 127.0.0.1, so only
the client's own work is on the measured process). Throughput scenarios page through
cost centers: small items, so what is measured is the per-request machinery rather than
JSON volume. Next to our rows, reference rows run hand-written httpx code over the same
pages in the same run: what plain httpx reaches on this machine.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
from asperion_client.api.cost_centers import list_cost_centers
from asperion_client.api.debtors import list_debtors
from asperion_client.client import AuthenticatedClient
from asperion_client.models import CostCenter, DebtorCollection

import asperion_async as asp
from asperion_async._pipeline import _url as parsed_urls
from asperion_async.testing import AsperionEmulator

RESULTS = Path(__file__).with_name("results.json")
ROOT = Path(__file__).resolve().parent.parent
REPEATS = 3
PAGE = 100
COLLECTION = "costcenters"

FETCH_AHEAD = {"pages": 200, "latency": 0.020, "prefetch": 8}
MULTI = {"tenants": 50, "pages": 40, "max_concurrency": 64, "prefetch": 8}
NAIVE_TENANTS = 2
HAND_SPLIT_CLIENTS = 8
OVERHEAD_REQUESTS = 300
MEMORY = {"items": 500_000, "prefetch": 8}


@dataclass
class Row:
    scenario: str
    transport: str
    measured: float
    reference: float
    ratio: float
    target: str
    ok: bool
    note: str = ""
    client_cpu_per_page: float | None = None
    server_cpu_per_page: float | None = None

    @classmethod
    def compare(
        cls,
        scenario: str,
        transport: str,
        measured: float,
        reference: float,
        *,
        at_most: float | None = None,
        more_than: float | None = None,
        note: str = "",
        cpu: tuple[float | None, float | None] = (None, None),
    ) -> Row:
        """A row whose result is ``measured / reference`` against its target (if any)."""
        ratio = measured / reference
        if at_most is not None:
            target, ok = f"<= {at_most:.2f}", ratio <= at_most
        elif more_than is not None:
            target, ok = f"> {more_than:g}", ratio > more_than
        else:
            target, ok = "(report)", True
        return cls(scenario, transport, measured, reference, ratio, target, ok, note, *cpu)


@dataclass
class Server:
    """Where to reach an emulator: a transport (in-process) or a loopback URL."""

    kind: str
    url: str
    token: asp.Token
    tenants: list[int]
    transport: httpx.AsyncBaseTransport | None = None
    server_cpu: Callable[[], float] | None = None
    """CPU seconds the emulator process has used so far (loopback only)."""

    def client(self, **options: Any) -> asp.AsperionClient:
        return asp.AsperionClient(
            client_id="bench",
            client_secret="bench-secret",  # noqa: S106 - the emulator's test double
            token_store=asp.MemoryTokenStore(self.token),
            base_url=self.url,
            token_url=f"{self.url}/connect/token",
            **{"transport": self.transport, **options},
        )

    def httpx_client(self, max_connections: int) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.url,
            transport=self.transport,
            headers={"Authorization": f"Bearer {self.token.access_token}"},
            limits=httpx.Limits(max_connections=max_connections + 2),
            timeout=60.0,
        )

    def generated_client(self, tenant: int) -> AuthenticatedClient:
        httpx_args: dict[str, Any] = {} if self.transport is None else {"transport": self.transport}
        return AuthenticatedClient(
            base_url=self.url,
            token=self.token.access_token,
            headers={"X-Tenant-Id": str(tenant)},
            httpx_args=httpx_args,
        )


@contextlib.contextmanager
def in_process(tenants: int, latency: float, sizes: dict[str, int]) -> Iterator[Server]:
    emulator = AsperionEmulator(tenants=tenants, seed=7, latency=latency, sizes=sizes)
    yield Server(
        "in-process",
        "http://127.0.0.1",
        emulator.issue_token(),
        emulator.tenant_ids,
        emulator.transport(),
    )


def process_cpu(pid: int) -> Callable[[], float]:
    """CPU seconds (user + system) of process ``pid`` so far, from ``/proc`` (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    stat = Path(f"/proc/{pid}/stat")

    def read() -> float:
        fields = stat.read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    return read


@contextlib.contextmanager
def loopback_raw(
    tenants: int,
    latency: float,
    sizes: dict[str, int],
    pid: list[int] | None = None,
    *,
    http2: bool = False,
) -> Iterator[str]:
    """Start ``bench._server`` and yield its first line (URL and token, as JSON)."""
    command = [
        sys.executable,
        "-m",
        "bench._server",
        "--tenants",
        str(tenants),
        "--latency",
        str(latency),
    ]
    for name, count in sizes.items():
        command += ["--size", f"{name}={count}"]
    if http2:
        command.append("--http2")
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the loopback emulator did not start")
        if pid is not None:
            pid.append(process.pid)
        yield line
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def loopback(
    tenants: int, latency: float, sizes: dict[str, int], *, http2: bool = False
) -> Iterator[Server]:
    pid: list[int] = []
    with loopback_raw(tenants, latency, sizes, pid, http2=http2) as line:
        info = json.loads(line)
        token = asp.Token(info["access_token"], info["refresh_token"], info["expires_at"])
        cpu = process_cpu(pid[0]) if Path(f"/proc/{pid[0]}/stat").exists() else None
        kind = "h2c" if http2 else "loopback"
        yield Server(kind, info["url"], token, info["tenants"], server_cpu=cpu)


@contextlib.contextmanager
def loopback_h2c(tenants: int, latency: float, sizes: dict[str, int]) -> Iterator[Server]:
    """The emulator under hypercorn, spoken to in HTTP/2 (h2c prior knowledge, no TLS)."""
    with loopback(tenants, latency, sizes, http2=True) as server:
        yield server


def h2c_transport(max_connections: int) -> httpx.AsyncBaseTransport:
    """What ``http2=True`` makes, speaking HTTP/2 from the first byte (no TLS to offer it)."""
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    return httpx.AsyncHTTPTransport(http1=False, http2=True, limits=limits)


def transports(server: Server, max_connections: int) -> dict[str, Callable[[], Any]]:
    """The transports measured on ``server``: name -> factory for ``transport=``.

    In-process there is only the emulator's own; on loopback the SDK's default (httpx) and
    ``AiohttpTransport``; against the HTTP/2 server, HTTP/2.
    """
    if server.kind == "in-process":
        return {"": lambda: server.transport}
    if server.kind == "h2c":
        return {"http2": lambda: h2c_transport(max_connections)}
    return {"": lambda: None, "aiohttp": asp.AiohttpTransport}


def labelled(text: str, transport: str) -> str:
    return f"{text}, {transport}" if transport else text


SERVERS = (in_process, loopback)


def median_of(runs: list[float]) -> float:
    return statistics.median(runs)


async def timed(job: Callable[[], Awaitable[None]]) -> float:
    """Wall seconds of ``job``, started with the SDK's cache of parsed URLs empty, as a first
    sync starts: each run would otherwise find every URL parsed by the run before, which one
    listing never does (the tenants of one sync still share them)."""
    parsed_urls.cache_clear()
    start = time.perf_counter()
    await job()
    return time.perf_counter() - start


@dataclass
class Cpu:
    """CPU seconds spent during measured runs: this process, and the loopback emulator."""

    client: float = 0.0
    server: float | None = None
    pages: int = 0

    @contextlib.contextmanager
    def measure(self, server: Server, pages: int) -> Iterator[None]:
        client, emulator = time.process_time(), server.server_cpu
        before = emulator() if emulator is not None else None
        yield
        self.client += time.process_time() - client
        if emulator is not None and before is not None:
            self.server = (self.server or 0.0) + emulator() - before
        self.pages += pages

    def per_page(self) -> tuple[float | None, float | None]:
        if not self.pages:
            return None, None
        server = None if self.server is None else self.server / self.pages
        return self.client / self.pages, server

    def floor_note(self, server: Server) -> str:
        client, emulator = self.per_page()
        if client is None:
            return ""
        if server.kind == "in-process":
            return f"CPU floor: client + in-process emulator {client * 1e3:.2f} ms/page on one core"
        shown = "?" if emulator is None else f"{emulator * 1e3:.2f}"
        return f"CPU floor: client {client * 1e3:.2f} ms/page, emulator {shown} ms/page"


# --- 1. fetch-ahead against its limit ------------------------------------------------------
async def count_items(items: Any, *, sliding: bool) -> int:
    """Consume ``t.paginate(...)``: inside ``async with`` (sliding window) or plain."""
    seen = 0
    if sliding:
        async with items:
            async for _ in items:
                seen += 1
    else:
        async for _ in items:
            seen += 1
    return seen


async def fetch_ahead(server: Server) -> list[Row]:
    pages, latency, prefetch = FETCH_AHEAD["pages"], FETCH_AHEAD["latency"], FETCH_AHEAD["prefetch"]
    ideal = latency * (1 + (pages - 1) / prefetch)
    # Each variant (transport x form) runs once per round, rounds interleaved, so drift on
    # the machine hits all of them alike.
    variants: list[tuple[str, bool]] = []
    tenants: dict[str, asp.TenantClient] = {}
    references: dict[str, Callable[[], Awaitable[float]]] = {}
    if server.kind != "h2c":
        references["httpx"] = lambda: httpx_fetch_ahead(server, pages, prefetch)
    if server.kind == "loopback":
        references["aiohttp"] = lambda: aiohttp_fetch_ahead(server, pages, prefetch)
    cpus: dict[tuple[str, bool], Cpu] = {}
    runs: dict[tuple[str, bool] | str, list[float]] = {}
    async with contextlib.AsyncExitStack() as stack:
        for name, make in transports(server, 66).items():
            client = await stack.enter_async_context(
                server.client(max_concurrency=64, tenant_concurrency=None, transport=make())
            )
            t = tenants[name] = client.tenant(server.tenants[0])
            await t.request("GET", f"/v1/{COLLECTION}", params={"pageSize": 1})
            await count_items(t.paginate(list_cost_centers, prefetch=prefetch), sliding=False)
            variants += [(name, True), (name, False)] if not name else [(name, False)]
        for reference in references.values():
            await reference()
        settle_heap()
        for _ in range(REPEATS):
            for variant in variants:
                name, sliding = variant
                cpu = cpus.setdefault(variant, Cpu())

                async def sync(
                    t: asp.TenantClient = tenants[name], sliding: bool = sliding, cpu: Cpu = cpu
                ) -> None:
                    with cpu.measure(server, pages):
                        items = t.paginate(list_cost_centers, page_size=PAGE, prefetch=prefetch)
                        assert await count_items(items, sliding=sliding) == pages * PAGE

                runs.setdefault(variant, []).append(await timed(sync))
            for ref_name, reference in references.items():
                runs.setdefault(ref_name, []).append(await reference())
    rows = []
    ours: dict[str, float] = {}
    for variant in variants:
        name, sliding = variant
        wall = median_of(runs[variant])
        form = "async with + async for" if sliding else "plain async for"
        target = 1.08 if server.kind == "in-process" else 1.12 if name == "aiohttp" else None
        if not sliding:
            ours[name] = wall
        rows.append(
            Row.compare(
                labelled(
                    f"1 fetch-ahead: {pages} pages, {latency * 1000:.0f} ms, prefetch {prefetch}, "
                    f"{form}",
                    name,
                ),
                server.kind,
                wall,
                ideal,
                at_most=target,
                note="wall s / ideal s (latency x (1 + 199/8)); "
                + cpus[variant].floor_note(server),
                cpu=cpus[variant].per_page(),
            )
        )
    best: dict[str, float] = {}
    for ref_name in references:
        best[ref_name] = median_of(runs[ref_name])
        rows.append(
            Row.compare(
                f"1 reference: hand-written {ref_name}, {prefetch} workers, same pages and models",
                server.kind,
                best[ref_name],
                ideal,
                note=f"hand-written {ref_name} + json.loads + from_dicts, pages in any order; "
                f"wall s / ideal s: what plain {ref_name} reaches on this machine",
            )
        )
    if best:
        fastest, wall = min(ours.items(), key=lambda item: item[1])
        reference_name, reference = min(best.items(), key=lambda item: item[1])
        rows.append(
            Row.compare(
                f"1 paginate ({fastest or 'httpx'}, plain async for) vs the best hand-written "
                f"reference ({reference_name})",
                server.kind,
                wall,
                reference,
                at_most=0.95,
                note="wall s / wall s, same server, same run; ours: the fastest transport",
            )
        )
    return rows


def page_workers(
    get: Callable[[int], Awaitable[None]], pages: int, prefetch: int
) -> Callable[[], Awaitable[None]]:
    """What careful hand-written fetch-ahead does: page 1, then ``prefetch`` workers, worker
    ``k`` taking every ``prefetch``-th page up to the empty page after the end."""

    async def worker(first: int) -> None:
        for page in range(first, pages + 2, prefetch):
            await get(page)

    async def everything() -> None:
        await get(1)
        async with anyio.create_task_group() as tg:
            for first in range(2, 2 + prefetch):
                tg.start_soon(worker, first)

    return everything


def tenants_at_once(
    get: Callable[[int, int], Awaitable[dict[str, Any]]], tenants: list[int]
) -> Callable[[], Awaitable[None]]:
    """What hand-written multi-tenant code does: every tenant at once, each reading page 1
    and then all its other pages at once (``get`` holds the concurrency limit)."""

    async def one(tenant: int) -> None:
        first = await get(tenant, 1)
        async with anyio.create_task_group() as tg:
            for page in range(2, first["_meta"]["pageCount"] + 1):
                tg.start_soon(get, tenant, page)

    async def everyone() -> None:
        async with anyio.create_task_group() as tg:
            for tenant in tenants:
                tg.start_soon(one, tenant)

    return everyone


async def httpx_fetch_ahead(server: Server, pages: int, prefetch: int) -> float:
    """The hand-written best case: page 1, then ``prefetch`` workers over the other pages."""
    tenant = server.tenants[0]
    async with server.httpx_client(prefetch) as http:

        async def get(page: int) -> None:
            response = await http.get(
                f"/v1/{COLLECTION}",
                params={"page": page, "pageSize": PAGE},
                headers={"X-Tenant-Id": str(tenant)},
            )
            response.raise_for_status()
            CostCenter.from_dicts(json.loads(response.content)["_data"], consume=True)

        await get(1)
        return await timed(page_workers(get, pages, prefetch))


async def aiohttp_fetch_ahead(server: Server, pages: int, prefetch: int) -> float:
    """As ``httpx_fetch_ahead``, with aiohttp: one session, ``prefetch`` workers."""
    import aiohttp

    tenant = server.tenants[0]
    headers = {
        "Authorization": f"Bearer {server.token.access_token}",
        "X-Tenant-Id": str(tenant),
    }
    connector = aiohttp.TCPConnector(limit=prefetch + 2)
    async with aiohttp.ClientSession(server.url, headers=headers, connector=connector) as session:

        async def get(page: int) -> None:
            params = {"page": page, "pageSize": PAGE}
            async with session.get(f"/v1/{COLLECTION}", params=params) as response:
                response.raise_for_status()
                body = await response.read()
            CostCenter.from_dicts(json.loads(body)["_data"], consume=True)

        await get(1)
        return await timed(page_workers(get, pages, prefetch))


# --- 2. multi-tenant sync -------------------------------------------------------------------
async def sync_all_tenants(
    server: Server,
    *,
    models: bool,
    sliding: bool = False,
    cpu: Cpu | None = None,
    transport: str = "",
) -> float:
    prefetch = MULTI["prefetch"]
    endpoint: object = list_cost_centers if models else f"/v1/{COLLECTION}"
    make = transports(server, MULTI["max_concurrency"] + 2)[transport]
    async with server.client(
        max_concurrency=MULTI["max_concurrency"], tenant_concurrency=prefetch, transport=make()
    ) as client:
        await client.tenant(server.tenants[0]).request(
            "GET", f"/v1/{COLLECTION}", params={"pageSize": 1}
        )

        async def one(tenant: int) -> None:
            items = client.tenant(tenant).paginate(endpoint, page_size=PAGE, prefetch=prefetch)
            assert await count_items(items, sliding=sliding) == MULTI["pages"] * PAGE

        async def everyone() -> None:
            with (cpu or Cpu()).measure(server, len(server.tenants) * MULTI["pages"]):
                async with anyio.create_task_group() as tg:
                    for tenant in server.tenants:
                        tg.start_soon(one, tenant)

        return await timed(everyone)


async def httpx_sync_all_tenants(
    server: Server, *, models: bool = False, clients: int = 1
) -> float:
    """The baseline: plain httpx, an anyio limiter of 64, page 1 then the rest at once.

    ``clients`` > 1 splits the 64 connections over that many ``httpx.AsyncClient`` objects
    (page ``p`` of tenant ``t`` goes to client ``(t + p) % clients``): hand-written code that
    avoids the CPU httpcore's pool spends per request when one pool holds 64 busy connections.
    """
    limiter = anyio.CapacityLimiter(MULTI["max_concurrency"])
    per_client = -(-MULTI["max_concurrency"] // clients)
    async with contextlib.AsyncExitStack() as stack:
        pool = [
            await stack.enter_async_context(server.httpx_client(per_client)) for _ in range(clients)
        ]

        async def get(tenant: int, page: int) -> dict[str, Any]:
            async with limiter:
                response = await pool[(tenant + page) % clients].get(
                    f"/v1/{COLLECTION}",
                    params={"page": page, "pageSize": PAGE},
                    headers={"X-Tenant-Id": str(tenant)},
                )
                response.raise_for_status()
                body: dict[str, Any] = json.loads(response.content)
                if models:
                    CostCenter.from_dicts(body["_data"], consume=True)
                return body

        for tenant in server.tenants[:clients]:
            await get(tenant, 1)
        return await timed(tenants_at_once(get, server.tenants))


async def naive_sync(server: Server, tenants: list[int]) -> float:
    """Following ``nextPage`` one page at a time with the generated client, tenant by tenant."""

    async def everyone() -> None:
        for tenant in tenants:
            async with server.generated_client(tenant) as generated:
                page = 1
                while True:
                    answer = await list_cost_centers.asyncio(
                        client=generated, page=page, page_size=PAGE
                    )
                    meta = getattr(answer, "meta", None)
                    if not getattr(meta, "next_page", None):
                        break
                    page += 1

    return await timed(everyone)


async def multi_tenant_100ms(server: Server) -> list[Row]:
    requests = MULTI["tenants"] * MULTI["pages"]
    latency = 0.100
    ideal = requests * latency / MULTI["max_concurrency"] + latency
    rows = []
    names = list(transports(server, MULTI["max_concurrency"] + 2))
    variants = [
        (name, sliding) for name in names for sliding in ((True, False) if not name else (False,))
    ]
    for name in names:
        await sync_all_tenants(server, models=False, transport=name)
    settle_heap()
    cpus = {variant: Cpu() for variant in variants}
    runs: dict[tuple[str, bool], list[float]] = {variant: [] for variant in variants}
    for _ in range(REPEATS):  # interleaved, so drift on the machine hits all alike
        for variant in variants:
            name, sliding = variant
            runs[variant].append(
                await sync_all_tenants(
                    server, models=True, sliding=sliding, cpu=cpus[variant], transport=name
                )
            )
    for variant in variants:
        name, sliding = variant
        form = "async with" if sliding else "plain async for"
        rows.append(
            Row.compare(
                labelled(
                    f"2a multi-tenant: {MULTI['tenants']} x {MULTI['pages']} pages, 100 ms, "
                    f"max 64, {form}",
                    name,
                ),
                server.kind,
                median_of(runs[variant]),
                ideal,
                at_most=1.08,
                note="wall s / ideal s (requests x latency / 64 + latency); models parsed; "
                + cpus[variant].floor_note(server),
                cpu=cpus[variant].per_page(),
            )
        )
    if server.kind == "h2c":
        return rows
    best = median_of(
        [
            await httpx_sync_all_tenants(server, models=True, clients=HAND_SPLIT_CLIENTS)
            for _ in range(REPEATS)
        ]
    )
    rows.append(
        Row.compare(
            f"2a reference: httpx in {HAND_SPLIT_CLIENTS} clients + limiter of 64, same pages "
            "and models",
            server.kind,
            best,
            ideal,
            note="hand-written httpx + json.loads + from_dicts, the pool split by hand; "
            "wall s / ideal s: what plain httpx reaches on this machine",
        )
    )
    return rows


async def multi_tenant_20ms(server: Server) -> list[Row]:
    ours, ours_raw, plain, split, unfrozen = [], [], [], [], []
    cpu, cpu_raw = Cpu(), Cpu()
    extras = [name for name in transports(server, MULTI["max_concurrency"] + 2) if name]
    extra_runs: dict[tuple[str, bool], list[float]] = {}
    extra_cpu = {(name, models): Cpu() for name in extras for models in (True, False)}
    plain_aiohttp: list[float] = []
    await sync_all_tenants(server, models=False)
    for name in extras:
        await sync_all_tenants(server, models=False, transport=name)
    settle_heap()
    for _ in range(REPEATS):  # interleaved, so drift on the machine hits all alike
        ours.append(await sync_all_tenants(server, models=True, cpu=cpu))
        ours_raw.append(await sync_all_tenants(server, models=False, cpu=cpu_raw))
        plain.append(await httpx_sync_all_tenants(server))
        split.append(await httpx_sync_all_tenants(server, clients=HAND_SPLIT_CLIENTS))
        for variant, variant_cpu in extra_cpu.items():
            name, models = variant
            extra_runs.setdefault(variant, []).append(
                await sync_all_tenants(server, models=models, cpu=variant_cpu, transport=name)
            )
        if server.kind == "loopback":
            plain_aiohttp.append(await aiohttp_sync_all_tenants(server))
        gc.unfreeze()
        unfrozen.append(await sync_all_tenants(server, models=True))
        settle_heap()
    naive = await naive_sync(server, server.tenants[:NAIVE_TENANTS])
    naive_all = naive * len(server.tenants) / NAIVE_TENANTS
    wall, wall_raw, base = median_of(ours), median_of(ours_raw), median_of(plain)
    base_split = median_of(split)
    wall_unfrozen = median_of(unfrozen)
    name = f"2b multi-tenant: {MULTI['tenants']} x {MULTI['pages']} pages, 20 ms, max 64"
    return [
        Row.compare(
            f"{name}, models",
            server.kind,
            wall,
            base,
            at_most=1.25,
            note="paginate() with models / httpx + json.loads + limiter; " + cpu.floor_note(server),
            cpu=cpu.per_page(),
        ),
        Row.compare(
            f"{name}, raw dicts",
            server.kind,
            wall_raw,
            base,
            at_most=1.25,
            note="paginate(raw path) / httpx + json.loads + limiter (the floor without model "
            "parsing); " + cpu_raw.floor_note(server),
            cpu=cpu_raw.per_page(),
        ),
        Row.compare(
            f"{name}, models, start-up heap not frozen",
            server.kind,
            wall_unfrozen,
            base,
            note="as the models row, but the garbage collector also walks the interpreter's "
            "and the emulator's start-up objects on every full collection (see settle_heap)",
        ),
        Row.compare(
            f"{name}, raw dicts vs httpx in {HAND_SPLIT_CLIENTS} clients",
            server.kind,
            wall_raw,
            base_split,
            note=f"paginate(raw path) / httpx + json.loads + limiter, the 64 connections "
            f"split by hand over {HAND_SPLIT_CLIENTS} clients (no pool CPU: the strictest "
            "hand-written baseline)",
        ),
        Row.compare(
            f"{name}, speed-up over naive loop",
            server.kind,
            naive_all,
            wall,
            more_than=30,
            note=f"naive generated-client loop measured on {NAIVE_TENANTS} tenants, "
            f"x{len(server.tenants) // NAIVE_TENANTS} extrapolated; ratio = naive / ours",
        ),
        Row.compare(
            f"{name}, models vs raw dicts",
            server.kind,
            wall,
            wall_raw,
            at_most=1.10,
            note="paginate() with models / paginate(raw path): what building the models costs",
        ),
        *extra_rows(server, name, extra_runs, extra_cpu, base, plain_aiohttp),
    ]


def extra_rows(
    server: Server,
    name: str,
    runs: dict[tuple[str, bool], list[float]],
    cpus: dict[tuple[str, bool], Cpu],
    base: float,
    plain_aiohttp: list[float],
) -> list[Row]:
    """Row 2b for the other transports: each against hand-written httpx, and models vs raw."""
    rows = []
    for transport in sorted({t for t, _ in runs}):
        wall, wall_raw = median_of(runs[transport, True]), median_of(runs[transport, False])
        rows += [
            Row.compare(
                f"{name}, models, {transport}",
                server.kind,
                wall,
                base,
                at_most=1.25,
                note="paginate() with models / httpx + json.loads + limiter; "
                + cpus[transport, True].floor_note(server),
                cpu=cpus[transport, True].per_page(),
            ),
            Row.compare(
                f"{name}, raw dicts, {transport}",
                server.kind,
                wall_raw,
                base,
                note="paginate(raw path) / httpx + json.loads + limiter; "
                + cpus[transport, False].floor_note(server),
                cpu=cpus[transport, False].per_page(),
            ),
            Row.compare(
                f"{name}, models vs raw dicts, {transport}",
                server.kind,
                wall,
                wall_raw,
                at_most=1.10,
                note="paginate() with models / paginate(raw path), same transport",
            ),
        ]
    if plain_aiohttp:
        reference = median_of(plain_aiohttp)
        fastest = min([median_of(r) for (_, models), r in runs.items() if not models])
        rows += [
            Row.compare(
                f"{name}, reference: hand-written aiohttp + limiter of 64, raw dicts",
                server.kind,
                reference,
                base,
                note="aiohttp + json.loads + limiter / httpx + json.loads + limiter",
            ),
            Row.compare(
                f"{name}, raw dicts, fastest transport vs hand-written aiohttp",
                server.kind,
                fastest,
                reference,
                note="paginate(raw path) on the fastest other transport / hand-written aiohttp",
            ),
        ]
    return rows


async def aiohttp_sync_all_tenants(server: Server) -> float:
    """As ``httpx_sync_all_tenants`` (raw dicts), with one aiohttp session."""
    import aiohttp

    limiter = anyio.CapacityLimiter(MULTI["max_concurrency"])
    headers = {"Authorization": f"Bearer {server.token.access_token}"}
    connector = aiohttp.TCPConnector(limit=MULTI["max_concurrency"] + 2)
    async with aiohttp.ClientSession(server.url, headers=headers, connector=connector) as session:

        async def get(tenant: int, page: int) -> dict[str, Any]:
            async with limiter:
                async with session.get(
                    f"/v1/{COLLECTION}",
                    params={"page": page, "pageSize": PAGE},
                    headers={"X-Tenant-Id": str(tenant)},
                ) as response:
                    response.raise_for_status()
                    body: dict[str, Any] = json.loads(await response.read())
                return body

        await get(server.tenants[0], 1)
        return await timed(tenants_at_once(get, server.tenants))


# --- 3. pipeline CPU overhead ----------------------------------------------------------------
async def pipeline_overhead(server: Server) -> list[Row]:
    tenant = server.tenants[0]
    params = {"page": 1, "pageSize": PAGE}
    cpu = {"httpx": 0.0, "httpx+models": 0.0, "request": 0.0, "call": 0.0}
    rounds, per_round = 6, OVERHEAD_REQUESTS // 6
    async with server.client(max_concurrency=4) as client, server.httpx_client(4) as http:
        t = client.tenant(tenant)
        headers = {"X-Tenant-Id": str(tenant)}

        async def plain() -> None:
            response = await http.get("/v1/debtors", params=params, headers=headers)
            response.raise_for_status()
            json.loads(response.content)

        async def plain_models() -> None:
            response = await http.get("/v1/debtors", params=params, headers=headers)
            response.raise_for_status()
            DebtorCollection.from_dict(json.loads(response.content))

        # Each request here repeats one URL: the SDK parses it afresh, as for a new URL.
        async def raw() -> None:
            parsed_urls.cache_clear()
            json.loads((await t.request("GET", "/v1/debtors", params=params)).content)

        async def call() -> None:
            parsed_urls.cache_clear()
            await t.call(list_debtors, page=1, page_size=PAGE)

        variants = {"httpx": plain, "httpx+models": plain_models, "request": raw, "call": call}
        for job in variants.values():
            for _ in range(5):
                await job()
        settle_heap()
        for _ in range(rounds):
            for name, job in variants.items():
                start = time.process_time()
                for _ in range(per_round):
                    await job()
                cpu[name] += time.process_time() - start
    per = {name: seconds / (rounds * per_round) for name, seconds in cpu.items()}
    note = "CPU s per 100-debtor request (time.process_time), client process only"
    return [
        Row.compare(
            "3 pipeline: t.request + json.loads vs httpx + json.loads",
            server.kind,
            per["request"],
            per["httpx"],
            at_most=1.10,
            note=note,
        ),
        Row.compare(
            "3 pipeline: t.call (models) vs httpx + json.loads + from_dict",
            server.kind,
            per["call"],
            per["httpx+models"],
            note=note,
        ),
    ]


# --- 4. memory --------------------------------------------------------------------------------
def memory() -> Row:
    items, prefetch = MEMORY["items"], MEMORY["prefetch"]
    with loopback_raw(1, 0.0, {"debtors": items}) as line:
        output = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "bench._memory", line.strip(), str(items), str(prefetch)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    result = json.loads(output)
    growth_mib = result["growth"] / 2**20
    return Row(
        f"4 memory: stream {items:,} debtors, prefetch {prefetch}",
        "loopback",
        growth_mib,
        64.0,
        growth_mib / 64.0,
        "< 64 MiB",
        growth_mib < 64,
        f"peak RSS growth MiB over RSS at start (own process); {result['wall_seconds']:.1f} s",
    )


# --- 5. import time -------------------------------------------------------------------------
IMPORT_RUNS = 9
IMPORT_OURS = (
    "import asperion_async; asperion_async.AsperionClient; "
    "from asperion_client.api.debtors import list_debtors"
)


def import_time() -> Row:
    """``import asperion_async`` + one endpoint module, against ``import httpx``.

    Each import runs in a fresh interpreter and is timed inside it, so interpreter start-up
    is not counted; bytecode is written by a first untimed run (as an installed package has
    it). httpx imports its optional command line (click, rich) when those are installed;
    both sides run with click hidden, as in an install without httpx's CLI extra.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def seconds(statement: str) -> float:
        code = (
            "import sys, time; sys.modules['click'] = None; started = time.perf_counter()\n"
            f"{statement}\nprint(time.perf_counter() - started)"
        )
        output = subprocess.run(  # noqa: S603 - our own interpreter
            [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
        ).stdout
        return float(output)

    seconds(IMPORT_OURS)
    ours, theirs = [], []
    for _ in range(IMPORT_RUNS):  # interleaved
        theirs.append(seconds("import httpx"))
        ours.append(seconds(IMPORT_OURS))
    return Row.compare(
        "5 import: asperion_async + one endpoint module vs import httpx",
        "-",
        median_of(ours),
        median_of(theirs),
        at_most=1.5,
        note=f"median of {IMPORT_RUNS} fresh interpreters each, timed inside them (start-up "
        "not counted), bytecode cached, click hidden on both sides; ours: "
        + IMPORT_OURS.replace("; ", ", "),
    )


# --- running and reporting --------------------------------------------------------------------
async def run_server_scenarios(
    factory: Callable[..., contextlib.AbstractContextManager[Server]],
    tenants: int,
    latency: float,
    sizes: dict[str, int],
    scenario: Callable[[Server], Awaitable[list[Row] | Row]],
) -> list[Row]:
    try:
        with factory(tenants, latency, sizes) as server:
            result = await scenario(server)
    finally:
        gc.unfreeze()
    return result if isinstance(result, list) else [result]


def settle_heap() -> None:
    """Freeze what exists after start-up and warm-up, as a long-running service does.

    A full garbage collection walks every tracked object of the process: here the
    interpreter's own, the benchmark's and (in-process) the emulator's tens of thousands.
    How often that happens depends on the allocations of the code measured, but what it
    costs depends on the rest of the process, so each scenario freezes its start-up heap
    (``gc.freeze()``, the standard advice for services) before it measures. Row 2b also
    measures ``paginate`` with models without this, as ``unfrozen``.
    """
    gc.collect()
    gc.freeze()


async def all_scenarios(selected: set[str]) -> list[Row]:
    rows: list[Row] = []
    single = {COLLECTION: FETCH_AHEAD["pages"] * PAGE}
    multi = {COLLECTION: MULTI["pages"] * PAGE}
    plan: list[tuple[str, int, float, dict[str, int], Callable[[Server], Awaitable[Any]]]] = [
        ("1", 1, FETCH_AHEAD["latency"], single, fetch_ahead),
        ("2a", MULTI["tenants"], 0.100, multi, multi_tenant_100ms),
        ("2b", MULTI["tenants"], 0.020, multi, multi_tenant_20ms),
        ("3", 1, 0.0, {"debtors": 1000}, pipeline_overhead),
    ]
    for key, tenants, latency, sizes, scenario in plan:
        if key not in selected:
            continue
        for factory in (*SERVERS, loopback_h2c):
            if key == "3" and factory is in_process:
                continue  # CPU of an in-process emulator would count as the client's
            if factory is loopback_h2c and key not in ("1", "2a"):
                continue
            new_rows = await run_server_scenarios(factory, tenants, latency, sizes, scenario)
            print_rows(new_rows, header=False)
            rows += new_rows
    return rows


def print_rows(rows: list[Row], *, header: bool = True) -> None:
    if header:
        print(
            f"{'scenario':<74} {'transport':<10} {'measured':>10} {'reference':>10} "
            f"{'ratio':>7} {'target':>9}  ok"
        )
    for r in rows:
        print(
            f"{r.scenario:<74} {r.transport:<10} {r.measured:>10.4g} {r.reference:>10.4g} "
            f"{r.ratio:>7.3f} {r.target:>9}  {'yes' if r.ok else 'NO'}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--only",
        action="append",
        choices=["1", "2a", "2b", "3", "4", "import"],
        help="run only these scenarios (repeatable)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    selected = set(args.only or ["1", "2a", "2b", "3", "4", "import"])
    machine = {
        "cpu_count": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
    }
    print(
        f"CPUs: {machine['cpu_count']}  Python: {machine['python']} "
        f"({machine['implementation']})  {machine['platform']}"
    )
    print(f"each timing: median of {REPEATS} runs; ratios measured in this run\n")
    rows = anyio.run(all_scenarios, selected)
    if "4" in selected:
        rows.append(memory())
    if "import" in selected:
        rows.append(import_time())
    print()
    print_rows(rows)
    for r in rows:
        if r.note:
            print(f"  - {r.scenario} [{r.transport}]: {r.note}")
    args.output.write_text(
        json.dumps(
            {"machine": machine, "repeats": REPEATS, "rows": [asdict(r) for r in rows]}, indent=2
        )
        + "\n"
    )
    print(f"\nwrote {args.output}")


if __name__ == "__main__":
    main()
