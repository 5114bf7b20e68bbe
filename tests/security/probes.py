"""Run the adversarial probes of issue 13 on asyncio and trio and print what they measure.

    python tests/security/probes.py

Each probe plays a hostile identity server or API (respx on the client's transport), a
hostile co-tenant of a shared directory, or a careless caller, and reports counts and times
instead of asserting them; the assertions live in ``tests/security/``. The results are the
"Hostile server, co-tenant and caller" table of ``docs/reliability.md``.
"""

from __future__ import annotations

import enum
import io
import json
import os
import tempfile
import time
import traceback
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
import respx
from asperion_client.api.debtors import list_debtors

import asperion_async as asp

API = "https://api.example.test"
TOKEN_URL = "https://identity.example.test/connect/token"
SECRET = "probe-client-secret"
ACCESS = "probe-access-token"
REFRESH = "probe-refresh-token"
SIZE = 10


def token(expires_in: float = 3600.0, access: str = ACCESS) -> asp.Token:
    return asp.Token(access, REFRESH, time.time() + expires_in)


def client(router: respx.MockRouter, **options: Any) -> asp.AsperionClient:
    settings: dict[str, Any] = {
        "client_id": "probe",
        "client_secret": SECRET,
        "token_store": asp.MemoryTokenStore(token()),
        "base_url": API,
        "token_url": TOKEN_URL,
        "transport": httpx.MockTransport(router.async_handler),
        "backoff_base": 0.0,
        "backoff_cap": 0.0,
    }
    settings.update(options)
    return asp.AsperionClient(**settings)


def new_router() -> respx.MockRouter:
    return respx.MockRouter(assert_all_called=False, assert_all_mocked=True)


def chain_text(exc: BaseException) -> str:
    parts = ["".join(traceback.format_exception(exc))]
    pending: list[BaseException | None] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        parts += [str(current), repr(current)]
        request = getattr(current, "request", None)
        if isinstance(request, httpx.Request):
            parts += [repr(dict(request.headers)), request.read().decode("utf-8", "replace")]
        pending += [current.__cause__, current.__context__]
    return "\n".join(parts)


# -- 1 download ------------------------------------------------------------------------------


async def probe_download() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as raw:
        tmp = Path(raw)
        victim = tmp / "victim.txt"
        victim.write_bytes(b"precious")
        (tmp / ".out.pdf.part").symlink_to(victim)
        router = new_router()
        router.get(f"{API}/v1/files/a").respond(200, content=b"%PDF-new")
        async with client(router) as c:
            await c.download("/v1/files/a", tmp / "out.pdf")
        lines.append(
            f"planted `.out.pdf.part` symlink: target intact={victim.read_bytes() == b'precious'}"
        )

    with tempfile.TemporaryDirectory() as raw:
        tmp = Path(raw)
        router = new_router()

        def slow(request: httpx.Request) -> httpx.Response:
            letter = request.url.path[-1].encode()

            async def body() -> AsyncIterator[bytes]:
                for _ in range(40):
                    await anyio.sleep(0.001)
                    yield letter * 100

            return httpx.Response(200, content=body())

        router.get(url__regex=rf"{API}/v1/files/.").mock(side_effect=slow)
        outcomes: list[str] = []
        async with client(router, max_concurrency=20) as c:

            async def one(letter: str) -> None:
                try:
                    await c.download(f"/v1/files/{letter}", tmp / "same.pdf")
                    outcomes.append("ok")
                except Exception as exc:
                    outcomes.append(type(exc).__name__)

            async with anyio.create_task_group() as tg:
                for letter in "abcdefghijklmnopqrst":
                    tg.start_soon(one, letter)
        data = (tmp / "same.pdf").read_bytes()
        whole = len(data) == 4000 and len(set(data)) == 1
        lines.append(
            f"20 concurrent downloads to one file: {outcomes.count('ok')} ok, "
            f"{len(outcomes) - outcomes.count('ok')} failed, file is one whole body={whole}, "
            f"other files left={len(os.listdir(tmp)) - 1}"
        )

    with tempfile.TemporaryDirectory() as raw:
        tmp = Path(raw)
        router = new_router()

        async def cut() -> AsyncIterator[bytes]:
            yield b"%PDF-half"
            raise httpx.RemoteProtocolError("peer closed connection")

        router.get(f"{API}/v1/files/a").mock(return_value=httpx.Response(200, content=cut()))
        async with client(router) as c:
            try:
                await c.download("/v1/files/a", tmp / "out.pdf")
                outcome = "no error"
            except Exception as exc:
                outcome = type(exc).__name__
        lines.append(f"connection dropped mid-body: {outcome}, files left={len(os.listdir(tmp))}")
    return lines


# -- 2 pagination ----------------------------------------------------------------------------

ITEMS = [{"id": i} for i in range(1, 31)]


async def page_probe(
    name: str, page_for: Callable[[int], list[dict[str, Any]]], meta: dict[str, Any], **kw: Any
) -> str:
    router = new_router()
    requested: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        requested.append(page)
        return httpx.Response(200, json={"_data": page_for(page), "_meta": meta})

    router.get(f"{API}/v1/debtors").mock(side_effect=handler)
    seen: list[int] = []
    outcome = "ended"
    async with client(router) as c:
        with anyio.fail_after(60):
            try:
                async for item in c.tenant(7).paginate("/v1/debtors", page_size=SIZE, **kw):
                    seen.append(item["id"])
            except asp.PaginationError:
                outcome = "PaginationError"
    duplicates = len(seen) - len(set(seen))
    return (
        f"{name}: {len(requested)} requests, {len(seen)} items, {duplicates} duplicates, {outcome}"
    )


async def probe_pagination() -> list[str]:
    def clamped(page: int) -> list[dict[str, Any]]:
        last = min(page, 3)
        return ITEMS[(last - 1) * SIZE : last * SIZE]

    counts = {"totalCount": 30, "pageCount": 3}
    return [
        await page_probe("clamps `page`, with counts", clamped, counts),
        await page_probe("clamps `page`, no counts", clamped, {}),
        await page_probe("ignores `page`, no counts", lambda p: ITEMS[:SIZE], {}),
        await page_probe(
            "ignores `page`, counts say 10 pages",
            lambda p: ITEMS[:SIZE],
            {"totalCount": 100, "pageCount": 10},
        ),
        await page_probe(
            "new full pages forever, no counts, max_pages=100",
            lambda p: [{"id": p * 100 + i} for i in range(SIZE)],
            {},
            max_pages=100,
        ),
        await page_probe(
            "totalCount 10**400",
            lambda p: ITEMS[(p - 1) * SIZE : p * SIZE],
            {"totalCount": 10**400},
        ),
    ]


# -- 3 refresh deadlines ---------------------------------------------------------------------


async def probe_refresh() -> list[str]:
    lines = []
    router = new_router()
    started = []

    async def hung(request: httpx.Request) -> httpx.Response:
        started.append(1)
        await anyio.sleep(3600)
        raise AssertionError("unreachable")

    router.post(TOKEN_URL).mock(side_effect=hung)
    router.get(f"{API}/v1/ping").respond(200)
    waits: dict[str, float] = {}
    escaped: list[str] = []

    async def call(c: asp.AsperionClient, name: str, deadline: float) -> None:
        begin = time.monotonic()
        try:
            with anyio.move_on_after(deadline):
                await c.request("GET", "/v1/ping")
        except Exception as exc:
            escaped.append(type(exc).__name__)
        waits[name] = time.monotonic() - begin - deadline

    begin = time.monotonic()
    c = client(router, token_store=asp.MemoryTokenStore(token(-10)), refresh_timeout=2.0)
    async with c, anyio.create_task_group() as tg:
        tg.start_soon(call, c, "starter", 0.3)
        for n in range(9):
            tg.start_soon(call, c, f"other {n}", 0.5)
    closed = time.monotonic() - begin
    lines.append(
        f"hung identity server, 10 callers with deadlines 0.3 s / 0.5 s: most overshoot "
        f"{max(waits.values()) * 1000:.1f} ms, exceptions escaping={len(escaped)}, "
        f"refresh requests={len(started)}; `async with` left after {closed:.2f} s "
        "(refresh_timeout=2)"
    )

    begin = time.monotonic()
    c = client(router, token_store=asp.MemoryTokenStore(token(-10)), refresh_timeout=1.0)
    async with c:
        try:
            await c.request("GET", "/v1/ping")
            outcome = "no error"
        except Exception as exc:
            outcome = type(exc).__name__
    lines.append(
        f"hung identity server, caller without a deadline, refresh_timeout=1: {outcome} after "
        f"{time.monotonic() - begin:.2f} s"
    )

    for entered in (True, False):
        router = new_router()

        async def slow(request: httpx.Request) -> httpx.Response:
            await anyio.sleep(0.4)
            return httpx.Response(
                200, json={"access_token": "new", "refresh_token": "rotated", "expires_in": 60}
            )

        router.post(TOKEN_URL).mock(side_effect=slow)
        store = asp.MemoryTokenStore(token(-10))
        c = client(router, token_store=store)
        if entered:
            await c.__aenter__()
        with anyio.move_on_after(0.05):
            await c.request("GET", "/v1/ping")
        if entered:
            await c.__aexit__(None, None, None)
        else:
            await c.aclose()
        saved = await store.load()
        kept = saved is not None and saved.refresh_token == "rotated"
        how = "async with" if entered else "without async with, aclose()"
        lines.append(f"every caller gone mid-refresh ({how}): rotated token saved={kept}")
    return lines


# -- 4 secrets -------------------------------------------------------------------------------


def refuse_header(request: httpx.Request) -> httpx.Response:
    raise httpx.LocalProtocolError(f"Illegal header value {request.headers['Authorization']!r}")


def echo_token(request: httpx.Request) -> httpx.Response:
    raise httpx.RemoteProtocolError(f"illegal status line {request.headers['Authorization']}")


SECRET_CASES: dict[str, tuple[bool, Callable[[respx.MockRouter], object]]] = {
    # name: (needs a refresh, set-up)
    "h11 refuses the header": (
        False,
        lambda r: r.get(f"{API}/v1/p").mock(side_effect=refuse_header),
    ),
    "connection refused": (
        False,
        lambda r: r.get(f"{API}/v1/p").mock(side_effect=httpx.ConnectError("refused")),
    ),
    "server echoes the token": (False, lambda r: r.get(f"{API}/v1/p").mock(side_effect=echo_token)),
    "token request dropped": (
        True,
        lambda r: r.post(TOKEN_URL).mock(side_effect=httpx.ReadError("reset")),
    ),
    "200 without access_token": (
        True,
        lambda r: r.post(TOKEN_URL).respond(200, json={"refresh_token": "NEW-REFRESH-SECRET"}),
    ),
    "refusal echoing the form": (
        True,
        lambda r: r.post(TOKEN_URL).respond(
            400, json={"error": "invalid_grant", "error_description": f"{REFRESH} {SECRET}"}
        ),
    ),
}


async def probe_secrets() -> list[str]:
    leaks = 0
    raised: list[str] = []
    for refresh, setup in SECRET_CASES.values():
        router = new_router()
        setup(router)
        if refresh:
            router.get(f"{API}/v1/p").respond(200)
        store = asp.MemoryTokenStore(token(-10 if refresh else 3600))
        async with client(router, token_store=store, max_retries=0) as c:
            try:
                await c.request("GET", "/v1/p")
            except asp.AsperionError as exc:
                text = chain_text(exc)
                raised.append(type(exc).__name__)
                leaks += sum(s in text for s in (ACCESS, REFRESH, SECRET, "NEW-REFRESH-SECRET"))
    router = new_router()
    router.get(f"{API}/v1/p").respond(200)
    async with client(router, token_store=asp.MemoryTokenStore(token(access=ACCESS + "\n"))) as c:
        try:
            await c.request("GET", "/v1/p")
        except asp.AsperionError as exc:
            raised.append(type(exc).__name__)
            leaks += ACCESS in chain_text(exc)
    return [
        f"{len(SECRET_CASES) + 1} hostile cases ({', '.join(SECRET_CASES)}, a stored token with "
        f"a trailing newline) raised {', '.join(raised)}; secrets found in str/repr/traceback/"
        f"chained requests: {leaks}"
    ]


# -- 5 token answer --------------------------------------------------------------------------

BAD_ANSWERS: list[dict[str, Any]] = [
    {"access_token": None},
    {"access_token": ""},
    {"access_token": 12345},
    {"access_token": "a" * (1 << 20)},
    {"access_token": "t\u00f6ken"},
    {"access_token": "tok\r\nX: 1"},
    {"refresh_token": ["r"]},
    {"expires_in": "soon"},
    {"expires_in": None},
    {"expires_in": [1]},
    {"expires_in": float("nan")},
    {"expires_in": float("inf")},
    {"expires_in": 0},
    {"expires_in": -1},
    {"expires_in": 10**400},
]


async def probe_token_answers() -> list[str]:
    kinds: dict[str, int] = {}
    saved = 0
    sent = 0
    for change in BAD_ANSWERS:
        body = {"access_token": "ok", "refresh_token": "r2", "expires_in": 60, **change}
        router = new_router()
        router.post(TOKEN_URL).respond(200, content=json.dumps(body).encode())
        api = router.get(f"{API}/v1/p").respond(200)
        stale = token(-10)
        store = asp.MemoryTokenStore(stale)
        async with client(router, token_store=store) as c:
            try:
                await c.request("GET", "/v1/p")
                kind = "none"
            except Exception as exc:
                kind = type(exc).__name__
        kinds[kind] = kinds.get(kind, 0) + 1
        saved += (await store.load()) != stale
        sent += api.called
    summary = ", ".join(f"{n} {k}" for k, n in kinds.items())
    return [f"{len(BAD_ANSWERS)} unusable answers: {summary}; saved={saved}, API requests={sent}"]


# -- 6 tenant ids ----------------------------------------------------------------------------


class Administration(enum.IntEnum):
    ACME = 7


class Sneaky(int):
    def __str__(self) -> str:
        return f"{int(self)}\r\nX-Forged: 1"


async def probe_tenants() -> list[str]:
    router = new_router()
    route = router.get(f"{API}/v1/p").respond(200)
    async with client(router) as c:
        await c.tenant(Administration.ACME).request("GET", "/v1/p")
        await c.tenant(Sneaky(5)).request("GET", "/v1/p")
    headers = [call.request.headers["X-Tenant-Id"] for call in route.calls]
    return [f"IntEnum member and CR/LF int subclass send X-Tenant-Id {headers}"]


# -- 7 token file ----------------------------------------------------------------------------


async def outcome_of(action: Callable[[], Any]) -> str:
    try:
        await action()
    except Exception as exc:
        return type(exc).__name__
    return "accepted"


async def probe_token_file() -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as raw:
        tmp = Path(raw)
        old = time.time() - 3600
        (tmp / ".token.json.bak").write_text("backup")
        (tmp / ".token.json.4242.1").mkdir()
        for name in (".token.json.bak", ".token.json.4242.1"):
            os.utime(tmp / name, (old, old))
        store = asp.FileTokenStore(tmp / "token.json")
        saved = await outcome_of(lambda: store.save(token()))
        lines.append(
            f"save beside an old `.token.json.bak` and a matching directory: save {saved}, "
            f".bak kept={(tmp / '.token.json.bak').exists()}"
        )
        (tmp / "token.json").chmod(0o644)
        lines.append(f"token file 0644: load {await outcome_of(store.load)}")
        (tmp / "token.json").chmod(0o600)
        tmp.chmod(0o777)
        lines.append(f"parent directory 0777: load {await outcome_of(store.load)}")
        tmp.chmod(0o700)
        (tmp / "victim").write_text("precious")
        (tmp / "token.json.lock").symlink_to(tmp / "victim")

        async def lock() -> None:
            async with store.refresh_lock():
                pass

        refused = await outcome_of(lock)
        intact = (tmp / "victim").read_text() == "precious"
        lines.append(f"planted lock-file symlink: {refused}, target intact={intact}")
        for garbage in ("not json", "[" * 100_000):
            (tmp / "token.json").write_text(garbage)
            lines.append(f"token file {garbage[:8]!r}…: load {await outcome_of(store.load)}")
    return lines


# -- 8 lower severity ------------------------------------------------------------------------


class Endless(io.RawIOBase):
    def __init__(self) -> None:
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        size = 64 << 20 if size is None or size < 0 else size
        self.read_bytes += size
        return (b"%PDF-" + b"0" * size)[:size]


async def probe_misc() -> list[str]:
    deep = b"[" * 100_000
    router = new_router()
    router.get(f"{API}/v1/debtors").respond(200, content=deep)
    router.get(f"{API}/v1/bad").respond(400, content=deep)
    router.post(f"{API}/v1/inboxfiles").respond(201)
    router.get(f"{API}/v1/forged").respond(400, json={"title": "t\r\nFORGED", "detail": "d"})
    kinds = []
    stream = Endless()
    async with client(router) as c:
        kinds.append(await outcome_of(lambda: c.call(list_debtors)))
        kinds.append(await outcome_of(lambda: c.paginate(list_debtors).__anext__()))
        kinds.append(await outcome_of(lambda: c.request("GET", "/v1/bad")))
        too_big = await outcome_of(lambda: c.upload("/v1/inboxfiles", stream))  # type: ignore[arg-type]
        await c.upload("/v1/inboxfiles", b"%PDF-1", filename="../../etc/evil.pdf")
        name_sent = b'filename="evil.pdf"' in router.calls.last.request.content
        try:
            await c.request("GET", "/v1/forged")
        except asp.ApiError as exc:
            lines_in_message = len(str(exc).splitlines())
    return [
        f"nested JSON (call, paginate, 400 body): {', '.join(kinds)}",
        f"endless file object: {too_big} after reading {stream.read_bytes} bytes "
        f"(limit {5 * 1024 * 1024 + 1})",
        f"upload named `../../etc/evil.pdf` sent as `evil.pdf`={name_sent}",
        f"ProblemDetails title with CR/LF: str(exc) has {lines_in_message} line(s)",
    ]


PROBES = {
    "1 download": probe_download,
    "2 pagination": probe_pagination,
    "3 refresh deadline": probe_refresh,
    "4 secrets": probe_secrets,
    "5 token answer": probe_token_answers,
    "6 tenant ids": probe_tenants,
    "7 token file": probe_token_file,
    "8 lower severity": probe_misc,
}


def main() -> None:
    for backend in ("asyncio", "trio"):
        print(f"== {backend}")
        for name, probe in PROBES.items():
            for line in anyio.run(probe, backend=backend):
                print(f"{name}: {line}")


if __name__ == "__main__":
    main()
