"""Helpers shared by the facade tests: token fixtures and a rotating token server."""

from __future__ import annotations

import http.server
import itertools
import json
import threading
import time
from typing import Any

import anyio
import httpx
import respx

import asperion_async as asp

API = "https://api.example.test"
TOKEN_URL = "https://identity.example.test/connect/token"
CLIENT_SECRET = "client-secret-value-S3CR3T"


def fresh_token(n: int = 0, *, expires_in: float = 3600.0) -> asp.Token:
    return asp.Token(
        access_token=f"access-{n}-secret",
        refresh_token=f"refresh-{n}-secret",
        expires_at=time.time() + expires_in,
    )


def expired_token(n: int = 0) -> asp.Token:
    return fresh_token(n, expires_in=-10.0)


class TokenServer:
    """A mocked /connect/token that issues rotating, one-time refresh tokens.

    Each refresh with refresh token ``refresh-N-secret`` answers access/refresh token N+1
    (counting up from ``start``); a refresh token used twice gets ``invalid_grant``.
    """

    def __init__(self, start: int = 0) -> None:
        self.valid_refresh = {f"refresh-{start}-secret"}
        self.counter = itertools.count(start + 1)
        self.refreshes = 0
        self.forms: list[dict[str, str]] = []
        self.delay = 0.0
        self.refuse = False

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        form = dict(httpx.QueryParams(request.content.decode()))
        self.forms.append(form)
        if self.delay:
            await anyio.sleep(self.delay)
        else:
            await anyio.lowlevel.checkpoint()
        refresh = form.get("refresh_token")
        if self.refuse or refresh not in self.valid_refresh:
            return httpx.Response(
                400,
                json={"error": "invalid_grant", "error_description": "refresh token unknown"},
            )
        self.valid_refresh.discard(refresh)
        self.refreshes += 1
        n = next(self.counter)
        self.valid_refresh.add(f"refresh-{n}-secret")
        return httpx.Response(
            200,
            json={
                "access_token": f"access-{n}-secret",
                "refresh_token": f"refresh-{n}-secret",
                "expires_in": 3600,
                "token_type": "Bearer",
            },
        )


def bearer(request: httpx.Request) -> str:
    return request.headers["Authorization"].removeprefix("Bearer ")


class RotatingIdentityServer:
    """A real loopback HTTP server: /connect/token with one-time refresh tokens, /v1/ping.

    Tokens expire ``expires_in`` seconds after issue. Every refresh token presented twice is
    recorded in ``reused`` (and refused with ``invalid_grant``), as IdentityServer would.
    """

    def __init__(self, *, first_refresh_token: str, expires_in: float) -> None:
        self.expires_in = expires_in
        self.lock = threading.Lock()
        self.valid_refresh = {first_refresh_token}
        self.used_refresh: set[str] = set()
        self.issued_access: set[str] = set()
        self.reused: list[str] = []
        self.refreshes = 0
        self.pings = 0
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = dict(httpx.QueryParams(self.rfile.read(length).decode()))
                status, body = owner.refresh(form.get("refresh_token", ""))
                self.reply(status, body)

            def do_GET(self) -> None:
                token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                with owner.lock:
                    known = token in owner.issued_access
                    owner.pings += known
                self.reply(200 if known else 401, {})

            def reply(self, status: int, body: dict[str, object]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def refresh(self, refresh_token: str) -> tuple[int, dict[str, object]]:
        with self.lock:
            if refresh_token in self.used_refresh:
                self.reused.append(refresh_token)
            if refresh_token not in self.valid_refresh:
                return 400, {"error": "invalid_grant"}
            self.valid_refresh.discard(refresh_token)
            self.used_refresh.add(refresh_token)
            self.refreshes += 1
            n = self.refreshes
            access, refresh = f"access-{n}-secret", f"refresh-{n}-secret"
            self.issued_access.add(access)
            self.valid_refresh.add(refresh)
        return 200, {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": self.expires_in,
        }

    def __enter__(self) -> RotatingIdentityServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def file_store_worker(
    path: str, base_url: str, backend: str, requests: int, barrier: Any, results: Any
) -> None:
    """One OS process sharing the token file: ``requests`` API calls, a pause between each."""

    async def main() -> int:
        store = asp.FileTokenStore(path)
        async with asp.AsperionClient(
            client_id="client-id",
            client_secret=CLIENT_SECRET,
            token_store=store,
            base_url=base_url,
            token_url=f"{base_url}/connect/token",
            backoff_base=0.0,
            backoff_cap=0.0,
        ) as client:
            for _ in range(requests):
                await client.request("GET", "/v1/ping")
                await anyio.sleep(0.02)
            return client.stats.refreshes

    barrier.wait()
    try:
        results.put(("ok", anyio.run(main, backend=backend)))
    except Exception as exc:
        results.put(("error", repr(exc)))


def mock_client(
    router: respx.MockRouter,
    store: asp.TokenStore,
    **options: Any,
) -> asp.AsperionClient:
    """A client on ``router``'s mocked API and identity server, with no backoff waits."""
    settings: dict[str, Any] = {
        "client_id": "client-id",
        "client_secret": CLIENT_SECRET,
        "token_store": store,
        "base_url": API,
        "token_url": TOKEN_URL,
        "transport": httpx.MockTransport(router.async_handler),
        "backoff_base": 0.0,
        "backoff_cap": 0.0,
    }
    settings.update(options)
    return asp.AsperionClient(**settings)
