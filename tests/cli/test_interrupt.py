"""Ctrl+C during `sync`: a clean stop (exit 130, no traceback) that a rerun resumes."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

MAIN = "import sys; from asperion_async.cli import main; sys.exit(main())"
COMMAND = [sys.executable, "-c", MAIN]


def _sync(output: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            *COMMAND,
            # 20 tenants at 0.2 s: seconds of work remain after the first tenant is done.
            *("sync", "--emulator", "--tenants", "20", "--latency", "0.2"),
            *("--output", str(output), "--progress", "plain"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_ctrl_c_stops_sync_cleanly_and_a_rerun_resumes(tmp_path: Path) -> None:
    output = tmp_path / "sync.sqlite"
    process = _sync(output)
    assert process.stderr is not None
    process.stderr.readline()  # the first tenant is done; the others are still syncing
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted; rerun the same command to resume" in stderr
    assert "Traceback" not in stderr

    rerun = _sync(output)
    stdout, stderr = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, stderr
    assert "Resumed" in stdout
