"""``python -m bench._server``: the emulator under uvicorn on loopback, in its own process.

Prints one JSON line (``url``, the tenant ids, a fresh token) and serves until its standard
input closes, so the server's CPU never counts against the client being measured.

The listening socket gets ``TCP_NODELAY`` (accepted sockets inherit it on Linux): without
it, uvicorn's separate header and body writes meet the client's delayed ACK and every
response waits about 40 ms, which would swamp everything measured here.
"""

from __future__ import annotations

import argparse
import json
import logging
import socket
import sys
import threading

import uvicorn

from asperion_async.testing import AsperionEmulator


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenants", type=int, default=1)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--size", action="append", default=[], help="collection=count")
    args = parser.parse_args()
    sizes = {name: int(count) for name, count in (s.split("=") for s in args.size)}
    emulator = AsperionEmulator(tenants=args.tenants, seed=7, latency=args.latency, sizes=sizes)
    token = emulator.issue_token()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1024)
    config = uvicorn.Config(
        emulator, log_level=logging.CRITICAL, access_log=False, lifespan="off", backlog=1024
    )
    server = uvicorn.Server(config)

    def stop_when_stdin_closes() -> None:
        sys.stdin.read()
        server.should_exit = True

    threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
    line = {
        "url": f"http://127.0.0.1:{listener.getsockname()[1]}",
        "tenants": emulator.tenant_ids,
        "access_token": token.access_token,
        "refresh_token": token.refresh_token,
        "expires_at": token.expires_at,
    }
    print(json.dumps(line), flush=True)
    server.run(sockets=[listener])


if __name__ == "__main__":
    main()
