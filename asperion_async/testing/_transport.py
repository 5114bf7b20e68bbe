"""In-process httpx transport onto the emulator app; works on asyncio and trio."""

from __future__ import annotations

import httpx

from ._app import ConnectionDropped, EmulatorApp


class EmulatorTransport(httpx.AsyncBaseTransport):
    """Sends requests straight into the ASGI app. A dropped connection surfaces as
    :class:`httpx.RemoteProtocolError`, as it would from a real socket."""

    def __init__(self, app: EmulatorApp) -> None:
        self._inner = httpx.ASGITransport(app=app.asgi, raise_app_exceptions=True)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._inner.handle_async_request(request)
        except ConnectionDropped:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            ) from None

    async def aclose(self) -> None:
        await self._inner.aclose()
