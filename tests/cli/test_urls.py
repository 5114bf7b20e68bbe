"""--base-url/--identity-url and the ASPERION_* variables: the CLI on any API host.

The host is the emulator served on loopback, so every request really crosses a socket to the
URL the options name; nothing can reach the sandbox or production hosts.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from asperion_async import Token
from asperion_async.cli import main
from asperion_async.testing import AsperionEmulator

VARIABLES = (
    "ASPERION_BASE_URL",
    "ASPERION_IDENTITY_URL",
    "ASPERION_CLIENT_ID",
    "ASPERION_CLIENT_SECRET",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


def approve(url: str) -> bool:
    """A browser whose user approves: open the authorize URL, follow it to the callback."""
    with httpx.Client() as browser:
        approval = browser.get(url)
        assert approval.is_redirect, approval.status_code
        assert browser.get(approval.headers["location"]).status_code == 200
    return True


def test_login_then_sync_through_the_environment_variables(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    free_port: int,
) -> None:
    emulator = AsperionEmulator(tenants=2, seed=3)
    monkeypatch.setattr("webbrowser.open", approve)
    monkeypatch.setattr("asperion_async.cli._login.BROWSER_TIMEOUT", 20.0)  # fail, not hang
    token_file = tmp_path / "token.json"
    database = tmp_path / "out.sqlite"
    with emulator.serve() as url:
        monkeypatch.setenv("ASPERION_BASE_URL", url)
        monkeypatch.setenv("ASPERION_IDENTITY_URL", url)
        monkeypatch.setenv("ASPERION_CLIENT_ID", emulator.client_id)
        monkeypatch.setenv("ASPERION_CLIENT_SECRET", emulator.client_secret)
        login = ["login", "--token-file", str(token_file), "--redirect-port", str(free_port)]
        assert main(login) == 0
        sync = ["sync", "--token-file", str(token_file), "-o", str(database)]
        assert main([*sync, "-r", "debtors", "--progress", "off"]) == 0
    assert "Synced 2 tenants" in capsys.readouterr().out
    with sqlite3.connect(database) as db:
        (rows,) = db.execute("SELECT count(*) FROM debtors").fetchone()
    assert rows == sum(emulator.count(tenant, "debtors") for tenant in emulator.tenant_ids)
    assert emulator.stats.requests_to("/v1/debtors") >= 2


def test_the_options_win_over_the_variables_and_refresh_at_the_identity_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator = AsperionEmulator(tenants=2, seed=3)
    token_file = tmp_path / "token.json"
    expired = emulator.issue_token()
    stale = Token(expired.access_token, expired.refresh_token, 0.0)
    token_file.write_text(json.dumps(stale.to_dict()), encoding="utf-8")
    token_file.chmod(0o600)  # the store refuses a token file others may read
    monkeypatch.setenv("ASPERION_BASE_URL", "https://api.unused.invalid")
    monkeypatch.setenv("ASPERION_IDENTITY_URL", "https://identity.unused.invalid")
    monkeypatch.setenv("ASPERION_CLIENT_SECRET", emulator.client_secret)
    with emulator.serve() as url:
        argv = ["tenants", "--base-url", url, "--identity-url", url]
        argv += ["--client-id", emulator.client_id, "--token-file", str(token_file)]
        assert main(argv) == 0
    out = capsys.readouterr().out
    assert all(str(tenant) in out for tenant in emulator.tenant_ids)
    assert emulator.stats.refreshes == 1  # the expired token was refreshed at --identity-url


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "variables", "message"),
    [
        (
            ["tenants", "--base-url", "garbage"],
            {},
            "--base-url 'garbage' cannot be used: it must be an absolute https:// URL",
        ),
        (
            ["sync", "--identity-url", "http://identity.example.test"],
            {},
            "--identity-url 'http://identity.example.test' cannot be used: use https://"
            " (plain http:// only for 127.0.0.1, ::1 or localhost)",
        ),
        (
            ["tenants"],
            {"ASPERION_BASE_URL": "api.example.test"},
            "--base-url (from $ASPERION_BASE_URL) 'api.example.test' cannot be used",
        ),
        (
            ["sync", "--emulator", "--base-url", "https://api.example.test"],
            {},
            "--base-url and --identity-url only apply without --emulator",
        ),
    ],
)
def test_a_bad_url_is_a_usage_error_naming_what_was_given(
    argv: list[str],
    variables: dict[str, str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ASPERION_CLIENT_ID", "app")
    monkeypatch.setenv("ASPERION_CLIENT_SECRET", "hush-hush")
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert main(argv) == 2
    line = one_error_line(capsys)
    assert message in line
    assert "hush-hush" not in line


def test_an_unreachable_identity_server_is_one_line_naming_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    free_port: int,
) -> None:
    emulator = AsperionEmulator(tenants=1)
    token_file = tmp_path / "token.json"
    expired = emulator.issue_token()
    token_file.write_text(
        json.dumps(Token(expired.access_token, expired.refresh_token, 0.0).to_dict())
    )
    token_file.chmod(0o600)  # the store refuses a token file others may read
    monkeypatch.setenv("ASPERION_CLIENT_ID", emulator.client_id)
    monkeypatch.setenv("ASPERION_CLIENT_SECRET", emulator.client_secret)
    identity = f"http://127.0.0.1:{free_port}"  # nothing listens there
    with emulator.serve() as url:
        argv = ["tenants", "--base-url", url, "--identity-url", identity]
        assert main([*argv, "--token-file", str(token_file)]) == 1
    line = one_error_line(capsys)
    assert line == (
        "asperion-async tenants: error: token request failed: could not reach the identity"
        f" server {identity} (connection refused); check that it is up and that the identity"
        " URL is right"
    )
    assert emulator.stats.requests_to() == 0  # no API request without a token
