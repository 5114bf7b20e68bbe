"""examples/quickstart.py — the README's quickstart — runs as written against the emulator."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import anyio
import pytest

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

from .conftest import EXAMPLES


def test_quickstart_runs_against_the_emulator(
    emulator: AsperionEmulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The script reads its credentials from the environment and its token from the file
    # `asperion-async login` writes; only where the requests go is changed.
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("ASPERION_CLIENT_ID", emulator.client_id)
    monkeypatch.setenv("ASPERION_CLIENT_SECRET", emulator.client_secret)
    store = asp.FileTokenStore(tmp_path / ".config" / "asperion" / "token.json")
    anyio.run(store.save, emulator.issue_token())
    made: list[dict[str, Any]] = []

    def to_the_emulator(**options: Any) -> asp.AsperionClient:
        made.append(options)
        return emulator.client(**options)

    monkeypatch.setattr(asp, "AsperionClient", to_the_emulator)
    tenant = emulator.default_tenant
    drafts_before = emulator.count(tenant, "draftsalesinvoices")

    runpy.run_path(str(EXAMPLES / "quickstart.py"), run_name="__main__")

    assert len(made) == 1
    assert set(made[0]) == {"client_id", "client_secret", "token_store"}
    assert made[0]["token_store"].path == store.path  # it used the token login saved
    debtors = emulator.count(tenant, "debtors")
    assert capsys.readouterr().out.endswith(f": {debtors} debtors; the draft invoice is valid\n")
    assert emulator.stats.requests_to("POST /v1/draftsalesinvoices", tenant) == 1
    assert emulator.count(tenant, "draftsalesinvoices") == drafts_before  # validate_only
