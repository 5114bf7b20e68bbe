"""Scenario 3: four OS processes share one FileTokenStore against one-time refresh tokens.

The emulator runs in this process on loopback with 2-second access tokens; four child
processes call it for 20 seconds (the issue asks for 60; 20 keeps the suite inside its CI
budget and still rotates the refresh token many times). A reader thread polls the token
file the whole time. Expected: no ``invalid_grant``, no error at all, the file is valid JSON
at every read, and the token left in the file works (also after a forced refresh).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import anyio
import pytest
from asperion_client.api.debtors import list_debtors

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

PROCESSES = 4
SECONDS = 20.0
TOKEN_LIFETIME = 2.0
WORKER = Path(__file__).with_name("_rotation_worker.py")


class _Reader(threading.Thread):
    """Reads the token file as fast as it can; records every read that is not a token."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.reads = 0
        self.torn: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                text = self.path.read_text("utf-8")
            except FileNotFoundError:
                self.torn.append("<missing>")
                continue
            self.reads += 1
            try:
                asp.Token.from_dict(json.loads(text))
            except (ValueError, KeyError, TypeError):
                self.torn.append(text)


@pytest.mark.slow
def test_processes_sharing_a_token_file_never_lose_the_refresh_token(tmp_path: Path) -> None:
    emulator = AsperionEmulator(tenants=2, seed=4, access_token_lifetime=TOKEN_LIFETIME)
    token_file = tmp_path / "token.json"
    anyio.run(asp.FileTokenStore(token_file).save, emulator.issue_token())
    reader = _Reader(token_file)
    env = {
        **os.environ,
        "ASPERION_CLIENT_ID": emulator.client_id,
        "ASPERION_CLIENT_SECRET": emulator.client_secret,
    }
    with emulator.serve() as url:
        reader.start()
        children = [
            subprocess.Popen(
                [sys.executable, str(WORKER), url, str(token_file), str(SECONDS), str(tenant)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                text=True,
            )
            for tenant in (emulator.tenant_ids * PROCESSES)[:PROCESSES]
        ]
        outputs = [child.communicate(timeout=SECONDS + 60) for child in children]
        reader.stop.set()
        reader.join()
        summaries = []
        for child, (out, err) in zip(children, outputs, strict=True):
            assert child.returncode == 0, err
            summaries.append(json.loads(out))

        async def final_token_works() -> int:
            store = asp.FileTokenStore(token_file)
            async with asp.AsperionClient(
                client_id=emulator.client_id,
                client_secret=emulator.client_secret,
                token_store=store,
                base_url=url,
                token_url=f"{url}/connect/token",
            ) as client:
                await client.call(list_debtors, page_size=1)
                emulator.revoke_tokens()  # force a refresh with the stored refresh token
                page = await client.call(list_debtors, page_size=1)
                assert page.meta.total_count is not None
                return client.stats.refreshes

        final_refreshes = anyio.run(final_token_works)

    print(
        f"\nrotation: {PROCESSES} processes x {SECONDS:.0f}s, {TOKEN_LIFETIME:.0f}s tokens: "
        f"calls={sum(s['calls'] for s in summaries)} "
        f"refreshes={sum(s['refreshes'] for s in summaries)} "
        f"(emulator refreshes={emulator.stats.refreshes}), file reads={reader.reads}, "
        f"torn reads={len(reader.torn)}, errors={[s['errors'] for s in summaries]}"
    )
    assert [s["errors"] for s in summaries] == [{}] * PROCESSES
    assert reader.torn == []
    assert reader.reads > 100
    assert all(s["calls"] > 0 for s in summaries)
    # Many rotations happened, each refresh token used once (the emulator refuses reuse).
    assert emulator.stats.refreshes >= SECONDS / TOKEN_LIFETIME
    assert final_refreshes >= 1
    assert oct(token_file.stat().st_mode & 0o777) == oct(0o600)
