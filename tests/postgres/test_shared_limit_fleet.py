"""Four OS processes share one PostgresRateLimit: the emulator counts what arrives.

Each process runs 8 requests at once against an emulator that answers after 20 ms, so the
fleet could send far more than the limit. Expected, from the emulator's own counters: in no
one-second window more than RATE + 5 %, on average over the run above 0.85 RATE, and never
more than MAX_IN_FLIGHT requests being handled at once (checked at the cap's edge by a
second run without a rate and with slow answers).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import anyio
import pytest

from asperion_async.testing import AsperionEmulator

psycopg = pytest.importorskip("psycopg", reason="needs the postgres extra")
from asperion_async.postgres import PostgresTokenStore  # noqa: E402

PROCESSES = 4
RATE = 120.0
MAX_IN_FLIGHT = 6
SECONDS = 4.0
WORKER = Path(__file__).with_name("_rate_worker.py")


def _run_fleet(
    emulator: AsperionEmulator, conninfo: str, per_process: int, rate: str, timeout: float
) -> None:
    anyio.run(PostgresTokenStore(conninfo, key="fleet").save, emulator.issue_token())
    env = {
        **os.environ,
        "ASPERION_CLIENT_ID": emulator.client_id,
        "ASPERION_CLIENT_SECRET": emulator.client_secret,
    }
    with emulator.serve() as url:
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    str(WORKER),
                    url,
                    conninfo,
                    str(per_process),
                    rate,
                    str(MAX_IN_FLIGHT),
                    str(tenant),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                text=True,
            )
            for tenant in (emulator.tenant_ids * PROCESSES)[:PROCESSES]
        ]
        outputs = [child.communicate(timeout=timeout) for child in children]
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        assert json.loads(out)["retries"] == 0


@pytest.mark.slow
def test_a_fleet_stays_within_one_shared_rate(postgres_dsn: str) -> None:
    emulator = AsperionEmulator(tenants=2, seed=15, latency=0.02)
    per_process = int(RATE * SECONDS / PROCESSES)
    _run_fleet(emulator, postgres_dsn, per_process, str(RATE), SECONDS * 4 + 60)

    stats = emulator.stats
    ticks = sorted(stats.arrivals)
    total = sum(stats.arrivals.values())
    busiest = stats.busiest_second()
    # From the first arrival to the last one: the time work remained.
    elapsed = (ticks[-1] - ticks[0] + 1) / 100
    average = (total - 1) / elapsed
    print(
        f"\nshared limit: {PROCESSES} processes, rate {RATE:.0f}/s, {MAX_IN_FLIGHT} in flight: "
        f"requests={total} in {elapsed:.2f}s, average={average:.1f}/s "
        f"({average / RATE:.0%} of the rate), busiest 1 s window={busiest} "
        f"(limit {RATE * 1.05:.0f}), most in flight={stats.max_in_flight}"
    )
    assert total == per_process * PROCESSES
    assert busiest <= RATE * 1.05
    assert average >= 0.85 * RATE
    assert stats.max_in_flight <= MAX_IN_FLIGHT


@pytest.mark.slow
def test_a_fleet_never_has_more_requests_in_flight_than_the_shared_cap(
    postgres_dsn: str,
) -> None:
    emulator = AsperionEmulator(tenants=2, seed=16, latency=0.1)
    _run_fleet(emulator, postgres_dsn, 30, "none", 120)
    print(
        f"\nshared cap: {PROCESSES} processes x 8 concurrent, cap {MAX_IN_FLIGHT}: "
        f"most in flight at the emulator={emulator.stats.max_in_flight}"
    )
    assert sum(emulator.stats.arrivals.values()) == 30 * PROCESSES
    assert emulator.stats.max_in_flight <= MAX_IN_FLIGHT
    assert emulator.stats.max_in_flight >= MAX_IN_FLIGHT - 1  # the cap, not something else
