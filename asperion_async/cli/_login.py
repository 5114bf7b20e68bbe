"""`asperion-async login`: the authorization-code flow with PKCE and a loopback redirect.

A one-shot HTTP server on 127.0.0.1 receives the browser's redirect
(`/callback?code=…&state=…`), checks `state`, and the code is exchanged for a token
that is then saved. Only loopback is ever listened on.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import anyio
import httpx
from anyio.abc import SocketAttribute, SocketListener, SocketStream
from anyio.streams.buffered import BufferedByteReceiveStream

from .. import oauth
from .._tokens import Token
from ..errors import printable

CALLBACK_PATH = "/callback"
BROWSER_TIMEOUT = 300.0
_MAX_REQUEST = 16_384

OpenUrl = Callable[[str], Awaitable[None]]


class LoginError(Exception):
    """The authorization did not complete; the message says why (never a secret)."""


@dataclass(frozen=True)
class LoginSettings:
    client_id: str
    client_secret: str
    environment: str
    scope: str | None
    port: int
    identity_url: str | None = None
    transport: httpx.AsyncBaseTransport | None = None


async def authorize(settings: LoginSettings, open_url: OpenUrl) -> Token:
    """Run the whole flow: listen, send the user to `open_url`, take the code, exchange it."""
    verifier, challenge = oauth.make_pkce_pair()
    state = oauth.make_state()
    listeners = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=settings.port)
    async with listeners:
        (listener,) = listeners.listeners
        assert isinstance(listener, SocketListener)
        port = listener.extra(SocketAttribute.local_port)  # noqa: S610 (not Django)
        redirect_uri = f"http://127.0.0.1:{port}{CALLBACK_PATH}"
        url = oauth.authorization_url(
            settings.client_id,
            redirect_uri,
            state=state,
            code_challenge=challenge,
            scope=settings.scope,
            environment=settings.environment,
            identity_url=settings.identity_url,
        )
        code = await _wait_for_code(listener, state, open_url, url)
    return await oauth.exchange_code(
        settings.client_id,
        settings.client_secret,
        code,
        redirect_uri,
        code_verifier=verifier,
        environment=settings.environment,
        identity_url=settings.identity_url,
        transport=settings.transport,
    )


async def _wait_for_code(listener: SocketListener, state: str, open_url: OpenUrl, url: str) -> str:
    """Open `url` and wait for the redirect; a failure on either side ends the wait."""
    outcome: str | LoginError = LoginError(
        f"no authorization arrived within {BROWSER_TIMEOUT:.0f} s"
    )

    async def open_then_wait() -> None:
        nonlocal outcome
        try:
            await open_url(url)
        except LoginError as exc:
            outcome = exc
            tg.cancel_scope.cancel()

    with anyio.move_on_after(BROWSER_TIMEOUT):
        async with anyio.create_task_group() as tg:
            tg.start_soon(open_then_wait)
            try:
                outcome = await receive_code(listener, state)
            except LoginError as exc:
                outcome = exc
            tg.cancel_scope.cancel()
    if isinstance(outcome, LoginError):
        raise outcome
    return outcome


async def receive_code(listener: SocketListener, state: str) -> str:
    """Answer requests on `listener` until the redirect arrives; return its code.

    Requests for other paths (a browser's favicon) get a 404 and the wait goes on. A
    redirect with the wrong `state` or with an `error` ends the wait with `LoginError`.
    """
    while True:
        stream = await listener.accept()
        async with stream:
            target = await _read_target(stream)
            if target is None or urlsplit(target).path != CALLBACK_PATH:
                await _respond(stream, "404 Not Found", "Not found.")
                continue
            query = parse_qs(urlsplit(target).query)
            if query.get("state") != [state]:
                await _respond(stream, "400 Bad Request", "Login failed: state mismatch.")
                raise LoginError("the redirect carried the wrong state; login aborted")
            if "error" in query:
                error = printable(query["error"][0][:100])  # one line in the terminal
                await _respond(stream, "400 Bad Request", f"Login failed: {html.escape(error)}.")
                raise LoginError(f"the authorization was refused ({error})")
            codes = query.get("code")
            if not codes or not codes[0]:
                await _respond(stream, "400 Bad Request", "Login failed: no code.")
                raise LoginError("the redirect carried no authorization code")
            await _respond(stream, "200 OK", "Logged in. You can close this window.")
            return codes[0]


async def _read_target(stream: SocketStream) -> str | None:
    """The request target of a GET request, or None for anything else."""
    reader = BufferedByteReceiveStream(stream)
    try:
        with anyio.fail_after(10):
            head = await reader.receive_until(b"\r\n\r\n", _MAX_REQUEST)
    except (anyio.IncompleteRead, anyio.DelimiterNotFound, anyio.EndOfStream, TimeoutError):
        return None
    request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
    parts = request_line.split(" ")
    if len(parts) != 3 or parts[0] != "GET":
        return None
    return parts[1]


async def _respond(stream: SocketStream, status: str, text: str) -> None:
    body = (
        f"<!doctype html><meta charset=utf-8><title>asperion-async</title><p>{text}</p>"
    ).encode()
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    try:
        await stream.send(head + body)
    except (anyio.BrokenResourceError, anyio.ClosedResourceError):
        return
