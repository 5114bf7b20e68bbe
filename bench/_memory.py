"""``python -m bench._memory SERVER_JSON ITEMS PREFETCH``: stream items, report peak RSS growth.

Growth is the peak RSS (``VmHWM``) at the end minus the resident size just before the
stream starts (Linux ``/proc/self/statm``).

Runs in its own process so nothing else the benchmark did raises the peak. Prints one JSON
line: items streamed, RSS before and at peak (bytes), and the growth.
"""

from __future__ import annotations

import json
import resource
import sys
import time

import anyio
from asperion_client.api.debtors import list_debtors

import asperion_async as asp


def _peak_rss() -> int:
    """This process's peak resident size, in bytes.

    ``VmHWM`` first: ``ru_maxrss`` survives ``execve``, so in a process started by a large
    parent it reports the parent's size at fork time rather than our own peak.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB


def _current_rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


async def _stream(server: dict[str, object], items: int, prefetch: int) -> dict[str, float]:
    token = asp.Token(
        str(server["access_token"]),
        str(server["refresh_token"]),
        float(server["expires_at"]),  # type: ignore[arg-type]
    )
    url = str(server["url"])
    tenant = int(server["tenants"][0])  # type: ignore[index]
    async with asp.AsperionClient(
        client_id="bench",
        client_secret="bench-secret",  # noqa: S106 - the emulator's test double
        token_store=asp.MemoryTokenStore(token),
        base_url=url,
        token_url=f"{url}/connect/token",
        max_concurrency=prefetch,
        tenant_concurrency=None,
    ) as client:
        t = client.tenant(tenant)
        await t.call(list_debtors, page_size=100)  # warm: imports, connection, first parse
        before = _current_rss()
        start = time.perf_counter()
        seen = 0
        async for _debtor in t.paginate(list_debtors, page_size=100, prefetch=prefetch):
            seen += 1
        wall = time.perf_counter() - start
    if seen != items:
        raise SystemExit(f"streamed {seen} items, expected {items}")
    peak = _peak_rss()
    return {
        "items": seen,
        "rss_before": before,
        "rss_peak": peak,
        "growth": peak - before,
        "wall_seconds": wall,
    }


def main() -> None:
    url_line, items, prefetch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(anyio.run(_stream, json.loads(url_line), items, prefetch)))


if __name__ == "__main__":
    main()
