"""pytest plugin for a client generated from an ``/api/v1`` document: the emulator (which serves
our ``/v1`` spec) is reached through a transport that takes the ``/api`` off each path."""

from __future__ import annotations

from typing import Any

import httpx

from asperion_async.testing import AsperionEmulator

_transport = AsperionEmulator.transport


class _StripApiPrefix(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/v1/"):  # raw paths of the examples have none
            request.url = request.url.copy_with(path=request.url.path[len("/api") :])
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _prefixed(self: AsperionEmulator) -> httpx.AsyncBaseTransport:
    return _StripApiPrefix(_transport(self))


def pytest_configure(config: Any) -> None:
    AsperionEmulator.transport = _prefixed  # type: ignore[method-assign]
