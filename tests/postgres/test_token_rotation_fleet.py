"""Four OS processes share one PostgresTokenStore against one-time refresh tokens.

The emulator runs in this process on loopback with 2-second access tokens and rotating,
one-time refresh tokens; four child processes (tests/reliability/_rotation_worker.py) call
it in a loop. A client refreshes a token once half of its life is gone, so a token
"expires" -- is due for a refresh -- at ``expires_at - lifetime / 2``. Expected: no
``invalid_grant`` (no refresh token used twice), and exactly one refresh per expiry: every
token that expired while the fleet ran was refreshed once, none before it expired.
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
SECONDS = 12.0
LIFETIME = 2.0
WORKER = Path(__file__).parents[1] / "reliability" / "_rotation_worker.py"
# A refresh counts as early if it came this long before its token was due.
TOLERANCE = 0.05


@pytest.mark.slow
def test_processes_sharing_a_postgres_store_refresh_once_per_expiry(postgres_dsn: str) -> None:
    emulator = AsperionEmulator(tenants=2, seed=15, access_token_lifetime=LIFETIME)
    store = PostgresTokenStore(postgres_dsn, key="rotation")
    first = emulator.issue_token()
    anyio.run(store.save, first)
    env = {
        **os.environ,
        "ASPERION_CLIENT_ID": emulator.client_id,
        "ASPERION_CLIENT_SECRET": emulator.client_secret,
    }
    with emulator.serve() as url:
        children = [
            subprocess.Popen(
                [sys.executable, str(WORKER), url, postgres_dsn, str(SECONDS), str(tenant)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                text=True,
            )
            for tenant in (emulator.tenant_ids * PROCESSES)[:PROCESSES]
        ]
        outputs = [child.communicate(timeout=SECONDS + 90) for child in children]
    summaries = []
    for child, (out, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
        summaries.append(json.loads(out))
    last = anyio.run(store.load)
    assert last is not None

    # The chain of tokens: the first, then one per refresh (each replaced its predecessor).
    log = emulator.stats.refresh_log
    expiries_of_chain = [first.expires_at] + [replaced for _, replaced in log[1:]]
    assert [replaced for _, replaced in log] == expiries_of_chain[: len(log)]
    # While every process still ran (with a margin for the request in flight at the end).
    end = min(s["stopped"] for s in summaries) - LIFETIME / 4
    due = [expires_at - LIFETIME / 2 for expires_at in [*expiries_of_chain, last.expires_at]]
    expiries = sum(1 for point in due if point <= end)
    refreshes = sum(1 for _, replaced in log if replaced - LIFETIME / 2 <= end)
    after_due = [at - (replaced - LIFETIME / 2) for at, replaced in log]
    early = [seconds for seconds in after_due if seconds < -TOLERANCE]
    lag = max(after_due[1:], default=0.0)  # the first token waited for the processes to start
    invalid_grants = emulator.stats.token_errors["invalid_grant"] + sum(
        s["errors"].get("invalid_grant", 0) for s in summaries
    )
    print(
        f"\npostgres rotation: {PROCESSES} processes x {SECONDS:.0f}s, {LIFETIME:.0f}s tokens: "
        f"calls={sum(s['calls'] for s in summaries)} expiries={expiries} "
        f"refreshes={refreshes} (all: emulator={emulator.stats.refreshes}, "
        f"processes={sum(s['refreshes'] for s in summaries)}), invalid_grant={invalid_grants}, "
        f"slowest refresh {lag:.3f}s after due, errors={[s['errors'] for s in summaries]}"
    )
    assert invalid_grants == 0
    assert [s["errors"] for s in summaries] == [{}] * PROCESSES
    assert early == []
    assert refreshes == expiries
    assert expiries >= (SECONDS - 4) / (LIFETIME / 2)  # many rotations (start-up takes ~1 s)
    assert sum(s["refreshes"] for s in summaries) == emulator.stats.refreshes
    assert all(s["calls"] > 0 for s in summaries)
