"""``python -m bench._server``: the emulator on loopback, in its own process.

Prints one JSON line (``url``, the tenant ids, a fresh token) and serves until its standard
input closes, so the server's CPU never counts against the client being measured.
"""

from __future__ import annotations

import argparse
import json
import sys

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
    with emulator.serve() as url:
        line = {
            "url": url,
            "tenants": emulator.tenant_ids,
            "access_token": token.access_token,
            "refresh_token": token.refresh_token,
            "expires_at": token.expires_at,
        }
        print(json.dumps(line), flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
