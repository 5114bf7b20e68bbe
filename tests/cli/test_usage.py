"""Exit codes and one-line messages for bad input, all before any network call."""

from __future__ import annotations

from pathlib import Path

import pytest

from asperion_async.cli import _resources, main


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASPERION_CLIENT_ID", raising=False)
    monkeypatch.delenv("ASPERION_CLIENT_SECRET", raising=False)


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["export"], "invalid choice: 'export'"),
        (["sync", "--tenants", "3"], "--tenants only apply with --emulator"),
        (["sync", "--emulator", "--page-size", "500"], "must be at most 100"),
        (["sync", "--emulator", "--tenant-id", "0"], "must be at least 1"),
        (["sync", "--emulator", "--latency", "fast"], "not a number of seconds"),
        (["tenants"], "no client id: pass --client-id or set ASPERION_CLIENT_ID"),
        (["tenants", "--client-id", "app"], "no client secret"),
        (["emulator", "--host", "0.0.0.0"], "--host must be a loopback address"),  # noqa: S104
        (["login", "--emulator", "--redirect-port", "70000"], "not a port number"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    line = one_error_line(capsys)
    assert line.startswith("asperion-async")
    assert message in line


def test_an_unknown_resource_names_the_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["sync", "--emulator", "-r", "debtors", "-r", "invoicez", "-o", str(tmp_path / "x.db")]
    assert main(argv) == 2
    line = one_error_line(capsys)
    assert "unknown resource invoicez; choose from:" in line
    assert "journal_entries" in line
    assert not (tmp_path / "x.db").exists()


def test_a_client_without_list_endpoints_is_an_error_not_an_empty_sync(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a client generated with the vendor's own operation names looked like."""
    monkeypatch.setattr(_resources, "_subpackages", lambda package: [])
    assert main(["sync", "--emulator", "-o", str(tmp_path / "x.db")]) == 2
    assert "no list endpoint to sync" in one_error_line(capsys)
    assert not (tmp_path / "x.db").exists()


def test_a_missing_output_directory_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    assert main(["sync", "--emulator", "-o", str(missing / "x.db")]) == 2
    assert one_error_line(capsys) == (
        f"asperion-async sync: error: --database: directory {missing} does not exist;"
        " create it first or pass another path (see --help)"
    )
    assert not missing.exists()


def test_a_directory_as_the_database_says_to_pass_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "--emulator", "-o", str(tmp_path)]) == 2
    assert one_error_line(capsys) == (
        f"asperion-async sync: error: --database: {tmp_path} is a directory; pass a file path"
        f" such as {tmp_path / 'asperion.sqlite'} (see --help)"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_database_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    assert main(["sync", "--emulator", "--database", str(notes)]) == 2
    assert one_error_line(capsys) == (
        f"asperion-async sync: error: --database: {notes} is not a SQLite database; pass"
        " another path, or move the file away to start a new one (see --help)"
    )
    assert notes.read_text() == "shopping list\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["notes.txt"]


def test_a_damaged_database_fails_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "sync.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    assert main(["sync", "--emulator", "--database", str(damaged)]) == 1
    line = one_error_line(capsys)
    assert line.startswith(f"asperion-async sync: error: {damaged} is not a usable sync database")
    assert line.endswith("pass another path, or move the file away to start a new one")


def test_without_a_saved_token_the_real_api_is_not_called(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "tenants",
        "--client-id",
        "app",
        "--client-secret",
        "hush-hush",
        "--token-file",
        str(tmp_path / "token.json"),
    ]
    assert main(argv) == 1
    line = one_error_line(capsys)
    assert "no saved token" in line
    assert "asperion-async login" in line
    assert "hush-hush" not in line


def test_credentials_come_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ASPERION_CLIENT_ID", "app")
    monkeypatch.setenv("ASPERION_CLIENT_SECRET", "hush-hush")
    assert main(["tenants", "--token-file", str(tmp_path / "token.json")]) == 1
    assert "no saved token" in one_error_line(capsys)


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "asperion-async" in capsys.readouterr().out
    assert main(["sync", "--help"]) == 0
    assert "--output" in capsys.readouterr().out
