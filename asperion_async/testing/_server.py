"""Loopback serving: uvicorn on a background thread, usable from sync and async code."""

from __future__ import annotations

import logging
import socket
import threading
from types import TracebackType

import anyio.to_thread
import uvicorn
from starlette.types import ASGIApp

_START_TIMEOUT = 30.0


class LoopbackServer:
    """``with emulator.serve() as url:`` or ``async with emulator.serve() as url:``.

    The socket is bound before the thread starts, so ``port=0`` picks a free port and
    :attr:`url` is known at once. Uvicorn runs its own asyncio loop on the thread, so the
    caller may be sync, asyncio or trio.
    """

    def __init__(self, app: ASGIApp, host: str, port: int) -> None:
        self._sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this (Linux, macOS). Without it uvicorn's separate header
        # and body writes meet the client's delayed ACK: ~40 ms on every response.
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock.bind((host, port))
        bound_port = self._sock.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{bound_port}"
        config = uvicorn.Config(app, log_level=logging.CRITICAL, access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    def start(self) -> str:
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._sock]},
            name="asperion-emulator",
            daemon=True,
        )
        self._thread.start()
        deadline = threading.Event()
        for _ in range(int(_START_TIMEOUT / 0.01)):
            if self._server.started or not self._thread.is_alive():
                break
            deadline.wait(0.01)
        if not self._server.started:
            self.stop()
            raise RuntimeError("the emulator server did not start")
        return self.url

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=_START_TIMEOUT)
            self._thread = None
        self._sock.close()

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> str:
        return await anyio.to_thread.run_sync(self.start)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await anyio.to_thread.run_sync(self.stop)
