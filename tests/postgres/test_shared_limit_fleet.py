"""Four OS processes share one PostgresRateLimit: the emulator counts what arrives.

Each process runs 8 requests at once against an emulator that answers after 20 ms, so the
fleet could send far more than the limit. Expected, from the emulator's own counters: in no
one-second window more than RATE + 5 %; on average above 0.85 RATE from the common start
to the common deadline (every process has work all that time); and never more than
MAX_IN_FLIGHT requests being handled at once (checked at the cap's edge by a second run
without a rate and with slow answers).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import pytest

from asperion_async.testing import AsperionEmulator

psycopg = pytest.importorskip("psycopg", reason="needs the postgres extra")
from asperion_async.postgres import PostgresTokenStore  # noqa: E402

PROCESSES = 4
RATE = 100.0
MAX_IN_FLIGHT = 6
SECONDS = 4.0
WORKER = Path(__file__).with_name("_rate_worker.py")
TICKS_PER_SECOND = 100  # the emulator counts arrivals per 10 ms of time.monotonic()


def _run_fleet(
    emulator: AsperionEmulator, conninfo: str, *, requests: int, seconds: float, rate: str
) -> tuple[float, float, list[dict[str, Any]]]:
    """Start the processes, wait until each is ready, then let them all go at once."""
    anyio.run(PostgresTokenStore(conninfo, key="fleet").save, emulator.issue_token())
    env = {
        **os.environ,
        "ASPERION_CLIENT_ID": emulator.client_id,
        "ASPERION_CLIENT_SECRET": emulator.client_secret,
    }
    arguments = [str(requests), rate, str(MAX_IN_FLIGHT)]
    with emulator.serve() as url:
        children = [
            subprocess.Popen(
                [sys.executable, str(WORKER), url, conninfo, *arguments, str(tenant)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                text=True,
            )
            for tenant in (emulator.tenant_ids * PROCESSES)[:PROCESSES]
        ]
        for child in children:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", child.stderr
        start = time.monotonic() + 0.2
        deadline = start + seconds
        for child in children:  # every process gets the start before any of them begins
            assert child.stdin is not None
            child.stdin.write(f"{start} {deadline}\n")
            child.stdin.flush()
        outputs = [child.communicate(timeout=120) for child in children]
    summaries = []
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        summaries.append(json.loads(out))
        assert summaries[-1]["retries"] == 0
    return start, deadline, summaries


@pytest.mark.slow
def test_a_fleet_stays_within_one_shared_rate(postgres_dsn: str) -> None:
    emulator = AsperionEmulator(tenants=2, seed=15, latency=0.02)
    emulator.stats.arrivals.clear()  # not the processes' set-up requests
    start, deadline, _ = _run_fleet(
        emulator, postgres_dsn, requests=1_000_000, seconds=SECONDS, rate=str(RATE)
    )
    stats = emulator.stats
    busiest = stats.busiest_second()
    window = range(int(start * TICKS_PER_SECOND) + 1, int(deadline * TICKS_PER_SECOND))
    arrived = sum(stats.arrivals.get(tick, 0) for tick in window)
    average = arrived / (len(window) / TICKS_PER_SECOND)
    print(
        f"\nshared limit: {PROCESSES} processes, rate {RATE:.0f}/s, {MAX_IN_FLIGHT} in flight: "
        f"requests={sum(stats.arrivals.values())}, average={average:.1f}/s over the "
        f"{len(window) / TICKS_PER_SECOND:.2f}s from the start to the deadline "
        f"({average / RATE:.0%} of the rate), busiest 1 s window={busiest} "
        f"(limit {RATE * 1.05:.0f}), most in flight={stats.max_in_flight}"
    )
    assert busiest <= RATE * 1.05
    assert average >= 0.85 * RATE
    assert stats.max_in_flight <= MAX_IN_FLIGHT


@pytest.mark.slow
def test_a_fleet_never_has_more_requests_in_flight_than_the_shared_cap(
    postgres_dsn: str,
) -> None:
    emulator = AsperionEmulator(tenants=2, seed=16, latency=0.1)
    _run_fleet(emulator, postgres_dsn, requests=30, seconds=float("inf"), rate="none")
    print(
        f"\nshared cap: {PROCESSES} processes x 8 concurrent, cap {MAX_IN_FLIGHT}: "
        f"most in flight at the emulator={emulator.stats.max_in_flight}"
    )
    assert sum(emulator.stats.arrivals.values()) == 31 * PROCESSES  # one set-up request each
    assert emulator.stats.max_in_flight <= MAX_IN_FLIGHT
    assert emulator.stats.max_in_flight >= MAX_IN_FLIGHT - 1  # the cap, not something else
