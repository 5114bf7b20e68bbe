"""A child process for the refresh-rotation scenario: calls the API in a loop until a
deadline, sharing one token store with its siblings; prints a JSON summary.

Usage: python _rotation_worker.py BASE_URL STORE SECONDS TENANT (client id and secret in
ASPERION_CLIENT_ID / ASPERION_CLIENT_SECRET). STORE is a token file (FileTokenStore) or a
``postgresql://`` conninfo (PostgresTokenStore).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter

import anyio
from asperion_client.api.debtors import list_debtors

import asperion_async as asp


def store_for(target: str) -> asp.TokenStore:
    if target.startswith("postgresql://"):
        from asperion_async.postgres import PostgresTokenStore

        return PostgresTokenStore(target, key="rotation")
    return asp.FileTokenStore(target)


async def run(base_url: str, store: str, seconds: float, tenant: int) -> dict[str, object]:
    errors: Counter[str] = Counter()
    calls = 0
    started = time.time()
    async with asp.AsperionClient(
        client_id=os.environ["ASPERION_CLIENT_ID"],
        client_secret=os.environ["ASPERION_CLIENT_SECRET"],
        token_store=store_for(store),
        base_url=base_url,
        token_url=f"{base_url}/connect/token",
        backoff_base=0.01,
    ) as client:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                await client.tenant(tenant).call(list_debtors, page_size=1)
            except asp.TokenRefreshError as exc:
                errors[exc.error or "TokenRefreshError"] += 1
            except asp.AsperionError as exc:
                errors[type(exc).__name__] += 1
            calls += 1
        stats = client.stats
    return {
        "started": started,
        "stopped": time.time(),
        "calls": calls,
        "requests": stats.requests,
        "retries": stats.retries,
        "refreshes": stats.refreshes,
        "errors": dict(errors),
    }


if __name__ == "__main__":
    url, path, duration, tenant_id = sys.argv[1:5]
    print(json.dumps(anyio.run(run, url, path, float(duration), int(tenant_id))))
