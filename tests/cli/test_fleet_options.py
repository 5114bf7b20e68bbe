"""The fleet options: a served emulator hands its token to PostgreSQL, commands use it there.

``asperion-async emulator --fleet-database`` saves the token it issues in a
``PostgresTokenStore``; ``tenants`` and ``sync`` with ``--base-url`` / ``--identity-url`` /
``--fleet-database`` read it from there and, with ``--fleet-rate`` / ``--fleet-in-flight``,
share a ``PostgresRateLimit`` -- what the workers of the compose example do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from asperion_async.cli import main

pytest.importorskip("psycopg", reason="needs the postgres extra")
from asperion_async.postgres import PostgresTokenStore


@pytest.fixture
def served(postgres_dsn: str, free_port: int) -> Iterator[str]:
    """`asperion-async emulator --fleet-database DSN` in its own process; its base URL."""
    command = [sys.executable, "-c", "from asperion_async.cli import main; main()"]
    child = subprocess.Popen(
        [
            *command,
            "emulator",
            "--port",
            str(free_port),
            "--tenants",
            "2",
            "--fleet-database",
            postgres_dsn,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert child.stdout is not None
        url = None
        for _ in range(10):
            line = child.stdout.readline()
            if line.startswith("base URL:"):
                url = line.split(":", 1)[1].strip()
                break
        assert url is not None, child.stderr.read() if child.stderr else ""
        yield url
    finally:
        child.terminate()
        child.wait(timeout=30)


def test_commands_share_the_served_emulators_token_and_limit(
    served: str,
    postgres_dsn: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    token = anyio.run(PostgresTokenStore(postgres_dsn, key="emulator-client").load)
    assert token is not None
    monkeypatch.setenv("ASPERION_CLIENT_ID", "emulator-client")
    monkeypatch.setenv("ASPERION_CLIENT_SECRET", "emulator-secret")
    monkeypatch.setenv("ASPERION_FLEET_DATABASE", postgres_dsn)
    remote = ["--base-url", served, "--identity-url", served]
    assert main(["tenants", *remote]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 3  # header + 2 tenants
    output = tmp_path / "fleet.sqlite"
    arguments = ["sync", *remote, "-r", "debtors", "--output", str(output), "--progress", "off"]
    assert main([*arguments, "--fleet-rate", "500", "--fleet-in-flight", "2"]) == 0
    assert output.exists()


def test_fleet_limits_need_a_fleet_database(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ASPERION_FLEET_DATABASE", raising=False)
    assert main(["sync", "--emulator", "--fleet-rate", "5"]) == 2
    assert "--fleet-rate need --fleet-database" in capsys.readouterr().err


def test_login_saves_the_token_in_the_fleet_database(
    postgres_dsn: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ASPERION_FLEET_DATABASE", raising=False)
    assert main(["login", "--emulator", "--fleet-database", postgres_dsn]) == 0
    token = anyio.run(PostgresTokenStore(postgres_dsn, key="emulator-client").load)
    assert token is not None
    out = capsys.readouterr().out
    assert "the fleet database" in out
    assert postgres_dsn not in out
    assert token.access_token not in out
