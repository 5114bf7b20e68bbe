"""A child process for the shared-limit scenario: sends REQUESTS list calls through a client
whose limit is a PostgresRateLimit shared with its siblings; prints a JSON summary.

Usage: python _rate_worker.py BASE_URL CONNINFO REQUESTS RATE MAX_IN_FLIGHT TENANT (RATE
"none": no rate, only the in-flight cap; client
id and secret in ASPERION_CLIENT_ID / ASPERION_CLIENT_SECRET; the token is read from a
PostgresTokenStore in the same database).
"""

from __future__ import annotations

import json
import os
import sys
import time

import anyio
from asperion_client.api.debtors import list_debtors

import asperion_async as asp
from asperion_async.postgres import PostgresRateLimit, PostgresTokenStore

CONCURRENCY = 8


async def run(
    base_url: str,
    conninfo: str,
    requests: int,
    rate: float | None,
    max_in_flight: int,
    tenant: int,
) -> dict[str, object]:
    limit = PostgresRateLimit(conninfo, key="fleet", rate=rate, max_in_flight=max_in_flight)
    left = requests
    started = time.time()
    async with asp.AsperionClient(
        client_id=os.environ["ASPERION_CLIENT_ID"],
        client_secret=os.environ["ASPERION_CLIENT_SECRET"],
        token_store=PostgresTokenStore(conninfo, key="fleet"),
        base_url=base_url,
        token_url=f"{base_url}/connect/token",
        max_concurrency=CONCURRENCY,
        shared_limit=limit,
    ) as client:
        view = client.tenant(tenant)

        async def loop() -> None:
            nonlocal left
            while left > 0:
                left -= 1
                await view.call(list_debtors, page_size=1)

        async with anyio.create_task_group() as group:
            for _ in range(CONCURRENCY):
                group.start_soon(loop)
        stats = client.stats
    await limit.aclose()
    return {
        "started": started,
        "stopped": time.time(),
        "requests": stats.requests,
        "retries": stats.retries,
    }


if __name__ == "__main__":
    url, dsn, count, per_second, in_flight, tenant_id = sys.argv[1:7]
    rate = None if per_second == "none" else float(per_second)
    summary = anyio.run(run, url, dsn, int(count), rate, int(in_flight), int(tenant_id))
    print(json.dumps(summary))
