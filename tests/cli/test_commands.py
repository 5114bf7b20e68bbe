"""The commands end to end through `main([...])`, each against the embedded emulator."""

from __future__ import annotations

import json
import shlex
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from asperion_async import Token
from asperion_async.cli import main
from asperion_async.testing import AsperionEmulator


def table_counts(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        names = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {name: db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}  # noqa: S608
    finally:
        db.close()


def test_sync_with_the_emulator_writes_every_resource_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "demo.sqlite"
    argv = [
        "sync",
        "--emulator",
        "--tenants",
        "2",
        "--bookyear",
        "2024",
        "-o",
        str(output),
        "--progress",
        "plain",
    ]
    assert main(argv) == 0
    captured = capsys.readouterr()
    summary = captured.out.splitlines()
    assert summary[0] == f"Synced 2 tenants (0 failed), 30 resources into {output}"
    assert summary[2].startswith("requests: ")
    assert "(0 retries)" in summary[2]
    assert "items/s" in summary[3]
    progress = sorted(captured.err.splitlines())
    assert [line.split()[0] for line in progress] == ["100001", "100002"]
    assert all(": done, 30 resources, " in line for line in progress)
    counts = table_counts(output)
    assert counts["tenants"] == 2
    assert counts["sync_state"] == 2 * 30
    assert counts["debtors"] > 0
    assert counts["ledger_grouped"] > 0
    assert counts["journal_entries"] > 0
    expected_items = sum(
        counts[name]
        for name in counts
        if name not in ("tenants", "sync_state", "sync_runs", "sync_views")
    )
    assert f"items:    {expected_items:,} written" in summary[1]


def test_sync_of_chosen_tenants_and_resources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "part.sqlite"
    argv = [
        "sync",
        "--emulator",
        "--tenants",
        "3",
        "--tenant-id",
        "100002",
        "-r",
        "debtors",
        "-r",
        "vatcodes",
        "-o",
        str(output),
        "--progress",
        "off",
    ]
    assert main(argv) == 0
    db = sqlite3.connect(output)
    tables = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    tenants = {t for (t,) in db.execute("SELECT DISTINCT tenant_id FROM debtors")}
    data = json.loads(db.execute("SELECT data FROM vat_codes LIMIT 1").fetchone()[0])
    db.close()
    assert tables - {"sync_runs", "sync_state", "sync_views", "tenants"} == {
        "debtors",
        "vat_codes",
    }
    assert tenants == {100002}
    assert "id" in data
    assert "Synced 1 tenant (0 failed), 2 resources" in capsys.readouterr().out


def test_sync_of_an_administration_without_access_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["sync", "--emulator", "--tenant-id", "999", "-o", str(tmp_path / "x.sqlite")]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "asperion-async sync: error: no access to administration 999; this token can sync"
        " 100001, 100002, 100003: pass one of those to --tenant-id (`asperion-async tenants`"
        " lists them all); nothing was written"
    ]
    assert list(tmp_path.iterdir()) == []  # no new database left behind


def test_tenants_lists_the_administrations(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tenants", "--emulator", "--tenants", "3", "--seed", "4"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "name"]
    emulator = AsperionEmulator(tenants=3, seed=4)
    assert [line.split()[0] for line in lines[1:]] == [str(t) for t in emulator.tenant_ids]
    assert all(len(line.split()) > 1 for line in lines[1:])  # every row has a name


def test_login_with_the_emulator_saves_a_private_token_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    token_file = tmp_path / "config" / "token.json"
    assert main(["login", "--emulator", "--token-file", str(token_file)]) == 0
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    token = Token.from_dict(json.loads(token_file.read_text()))
    assert token.access_token
    assert token.refresh_token
    out = capsys.readouterr().out
    assert str(token_file) in out
    assert token.access_token not in out


def test_the_emulator_command_serves_with_a_working_token_until_ctrl_c() -> None:
    command = [
        sys.executable,
        "-c",
        "import sys; from asperion_async.cli import main; sys.exit(main())",
    ]
    process = subprocess.Popen(
        [*command, "emulator", "--tenants", "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        shown: dict[str, str] = {}
        for line in process.stdout:
            key, _, value = line.partition(":")
            shown[key.strip()] = value.strip()
            if line.startswith("Press Ctrl+C"):
                break
        answer = httpx.get(
            f"{shown['base URL']}/v1/administrations",
            headers={"Authorization": f"Bearer {shown['access token']}"},
        )
        assert answer.status_code == 200
        assert [a["id"] for a in answer.json()["_data"]] == [100001, 100002]
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0


@pytest.mark.parametrize("sqlite3_cli", [True, False])
def test_the_printed_query_runs_on_the_database(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sqlite3_cli: bool,
) -> None:
    if sqlite3_cli and shutil.which("sqlite3") is None:
        pytest.skip("no sqlite3 command on this machine")
    if not sqlite3_cli:  # where the sqlite3 command is missing, a python3 -c one is printed
        monkeypatch.setattr(shutil, "which", lambda name: None)
    output = tmp_path / "demo.sqlite"
    argv = ["sync", "--emulator", "--bookyear", "2024", "-o", str(output), "--progress", "off"]
    assert main(argv) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("query:")]
    command = shlex.split(line.removeprefix("query:").strip())
    assert command[0] == ("sqlite3" if sqlite3_cli else "python3")
    if command[0] == "python3":
        command[0] = sys.executable
    ran = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    rows = ran.stdout.strip().splitlines()
    assert len(rows) >= 5  # five invoices (plus a header line from sqlite3)
    assert any("." in row for row in rows)  # the amounts, typed by the view
