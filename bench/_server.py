"""``python -m bench._server``: the emulator on loopback, in its own process.

Prints one JSON line (``url``, the tenant ids, a fresh token) and serves until its standard
input closes, so the server's CPU never counts against the client being measured.
``--http2`` serves with hypercorn instead of uvicorn, speaking HTTP/2 to a client that
starts with the HTTP/2 preface (h2c "prior knowledge", no TLS) and HTTP/1.1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
from typing import Any

from asperion_async.testing import AsperionEmulator


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenants", type=int, default=1)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--size", action="append", default=[], help="collection=count")
    parser.add_argument("--http2", action="store_true", help="hypercorn (h2c) instead of uvicorn")
    args = parser.parse_args()
    sizes = {name: int(count) for name, count in (s.split("=") for s in args.size)}
    emulator = AsperionEmulator(tenants=args.tenants, seed=7, latency=args.latency, sizes=sizes)
    token = emulator.issue_token()

    def announce(url: str) -> None:
        line = {
            "url": url,
            "tenants": emulator.tenant_ids,
            "access_token": token.access_token,
            "refresh_token": token.refresh_token,
            "expires_at": token.expires_at,
        }
        print(json.dumps(line), flush=True)

    if args.http2:
        asyncio.run(_serve_hypercorn(emulator, announce))
        return
    with emulator.serve() as url:
        announce(url)
        sys.stdin.read()


async def _serve_hypercorn(emulator: AsperionEmulator, announce: Any) -> None:
    from hypercorn.asyncio import serve
    from hypercorn.config import Config

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = Config()
    config.bind = [f"127.0.0.1:{port}"]
    config.accesslog = None
    config.errorlog = None
    config.h2_max_concurrent_streams = 256
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(_quiet_about_cancelled_connections)
    stdin_closed = loop.run_in_executor(None, sys.stdin.read)

    async def stop() -> None:
        await stdin_closed

    server = asyncio.ensure_future(serve(emulator, config, shutdown_trigger=stop))  # type: ignore[arg-type]
    for _ in range(200):  # up to 10 s for the socket to accept
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.05)
        else:
            writer.close()
            break
    announce(f"http://127.0.0.1:{port}")
    await server


def _quiet_about_cancelled_connections(
    loop: asyncio.AbstractEventLoop, context: dict[str, Any]
) -> None:
    """Connections a client closes are cancelled in hypercorn's tasks, and asyncio would
    print each as a traceback; anything else is reported as usual."""
    if isinstance(context.get("exception"), asyncio.CancelledError):
        return
    loop.default_exception_handler(context)


if __name__ == "__main__":
    main()
