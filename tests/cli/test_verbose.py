"""-v/--verbose: the SDK's log lines on stderr while the command runs, and only then."""

from __future__ import annotations

import logging
import re

import pytest

from asperion_async.cli import main

DEBUG_LINE = re.compile(
    r"\d\d:\d\d:\d\d\.\d{3} DEBUG asperion_async: GET /v1/administrations(\?\S*)? -> 200 "
    r"\(\d+\.\d ms, attempt 1, tenant None\)"
)


@pytest.mark.parametrize(
    "argv", [["tenants", "--emulator", "-vv"], ["-vv", "tenants", "--emulator"]]
)
def test_vv_logs_every_request(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "100001" in captured.out
    lines = captured.err.splitlines()
    assert lines
    assert any(DEBUG_LINE.fullmatch(line) for line in lines), captured.err


def test_v_logs_no_debug_lines_and_none_is_silent(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tenants", "--emulator", "-v"]) == 0
    assert "DEBUG" not in capsys.readouterr().err
    assert main(["tenants", "--emulator"]) == 0
    assert capsys.readouterr().err == ""


def test_logging_is_restored_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    logger = logging.getLogger("asperion_async")
    level, handlers = logger.level, list(logger.handlers)
    assert main(["tenants", "--emulator", "--verbose", "--verbose"]) == 0
    assert (logger.level, logger.handlers) == (level, handlers)
    capsys.readouterr()
