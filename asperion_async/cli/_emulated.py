"""`--emulator`: the embedded Asperion emulator, wired up so no credentials are needed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import httpx

from .._client import AsperionClient
from .._tokens import MemoryTokenStore, Token
from ._login import LoginError, LoginSettings

if TYPE_CHECKING:
    from ..testing import AsperionEmulator

EMBEDDED_URL = "http://127.0.0.1"
"""Base URL of the in-process emulator: loopback, so plain http is accepted by the SDK."""


class Emulated:
    """An emulator and the settings that make the SDK talk to it in-process."""

    def __init__(self, emulator: AsperionEmulator) -> None:
        self.emulator = emulator
        self._transport = emulator.transport()

    def token(self) -> Token:
        return self.emulator.issue_token()

    def client(self, **limits: Any) -> AsperionClient:
        return AsperionClient(
            client_id=self.emulator.client_id,
            client_secret=self.emulator.client_secret,
            token_store=MemoryTokenStore(self.token()),
            base_url=EMBEDDED_URL,
            token_url=f"{EMBEDDED_URL}/connect/token",
            transport=self._transport,
            **limits,
        )

    def login_settings(self, *, port: int, scope: str | None) -> LoginSettings:
        return LoginSettings(
            client_id=self.emulator.client_id,
            client_secret=self.emulator.client_secret,
            environment="sandbox",
            scope=scope,
            port=port,
            identity_url=EMBEDDED_URL,
            transport=self._transport,
        )

    async def follow_authorization(self, url: str) -> None:
        """Stand in for the browser: the emulator approves at once and redirects to loopback."""
        async with httpx.AsyncClient(transport=self._transport) as identity:
            answer = await identity.get(url)
        location = answer.headers.get("location")
        if not answer.is_redirect or not location:
            raise LoginError(f"the emulator's authorize page answered {answer.status_code}")
        async with httpx.AsyncClient() as browser:
            await browser.get(location)

    @asynccontextmanager
    async def served(self, host: str, port: int) -> AsyncIterator[str]:
        """Serve the emulator over HTTP on `host:port`; yield its base URL."""
        async with self.emulator.serve(host=host, port=port) as base_url:
            yield str(base_url)


@asynccontextmanager
async def emulated(*, tenants: int, seed: int | None, latency: float) -> AsyncIterator[Emulated]:
    from ..testing import AsperionEmulator  # the emulator extra; only loaded when asked for

    options: dict[str, Any] = {"tenants": tenants, "latency": latency}
    if seed is not None:
        options["seed"] = seed
    yield Emulated(AsperionEmulator(**options))
