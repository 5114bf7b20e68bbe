"""A child process for the shared-limit scenario: sends list calls through a client whose
limit is a PostgresRateLimit shared with its siblings; prints a JSON summary.

Usage: python _rate_worker.py BASE_URL CONNINFO REQUESTS RATE MAX_IN_FLIGHT TENANT
Prints "ready" once its client is set up, then reads "START DEADLINE" from stdin (values of
``time.monotonic()``, one clock for every process of the machine; DEADLINE "inf": none),
starts at START and sends at most REQUESTS requests, none after DEADLINE. RATE "none": no
rate, only the in-flight cap. Client id and secret in ASPERION_CLIENT_ID /
ASPERION_CLIENT_SECRET; the token is read from a PostgresTokenStore in the same database.
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
    first: float | None = None
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
        await client.tenant(tenant).call(list_debtors, page_size=1)  # token and connections
        print("ready", flush=True)
        start, deadline = map(float, (await anyio.to_thread.run_sync(sys.stdin.readline)).split())
        await anyio.sleep(max(start - time.monotonic(), 0.0))

        async def loop() -> None:
            nonlocal left, first
            while left > 0 and time.monotonic() < deadline:
                left -= 1
                first = time.monotonic() if first is None else first
                await view.call(list_debtors, page_size=1)

        async with anyio.create_task_group() as group:
            for _ in range(CONCURRENCY):
                group.start_soon(loop)
        stats = client.stats
    await limit.aclose()
    return {"first": first, "requests": stats.requests - 1, "retries": stats.retries}


if __name__ == "__main__":
    url, dsn, count, per_second, in_flight, tenant_id = sys.argv[1:7]
    summary = anyio.run(
        run,
        url,
        dsn,
        int(count),
        None if per_second == "none" else float(per_second),
        int(in_flight),
        int(tenant_id),
    )
    print(json.dumps(summary))
