"""Scenario 4: a process killed (SIGKILL) in the middle of saving a token never tears the file.

A forked child saves token after token -- each one's fields tied to its number -- as fast
as it can; the parent kills it at a random moment, then reads the file. Every time it must
hold a complete token: the one being replaced or its successor, never a mixture and never
half a file. 150 kills, seeded.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from pathlib import Path

import anyio
import pytest

import asperion_async as asp

KILLS = 150

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX"),
]


def token(n: int) -> asp.Token:
    return asp.Token(f"access-{n:08d}-" + "a" * 2000, f"refresh-{n:08d}", 1_000_000.0 + n)


def _save_forever(path: Path, start: int) -> None:
    store = asp.FileTokenStore(path)
    n = start
    while True:
        store._write(token(n))  # the save coroutine runs exactly this in a worker thread
        n += 1


def _saved_number(path: Path) -> int:
    try:
        refresh = json.loads(path.read_text("utf-8"))["refresh_token"]
    except (OSError, ValueError):
        return -1
    return int(refresh.split("-")[1])


def _wait_for_a_save_after(path: Path, last: int) -> None:
    """Block until the child has replaced the file at least once (however loaded the machine)."""
    deadline = time.monotonic() + 30.0
    while _saved_number(path) <= last:
        assert time.monotonic() < deadline, "the child saved nothing in 30 s"
        time.sleep(0.0005)


def test_sigkill_during_saves_leaves_an_old_or_new_token(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    anyio.run(asp.FileTokenStore(path).save, token(0))
    rng = random.Random(77)
    last = 0
    stray = 0
    for _ in range(KILLS):
        pid = os.fork()
        if pid == 0:  # the child: save until killed
            try:
                _save_forever(path, last + 1)
            finally:
                os._exit(1)
        _wait_for_a_save_after(path, last)
        time.sleep(rng.uniform(0.0, 0.005))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        data = json.loads(path.read_text("utf-8"))  # a torn file fails right here
        saved = asp.Token.from_dict(data)
        n = int(saved.refresh_token.split("-")[1])  # type: ignore[union-attr]
        assert saved == token(n), "fields from two different saves"
        assert n >= last, "the file went back to an older token"
        assert oct(path.stat().st_mode & 0o777) == oct(0o600)
        last = n
        leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".token.json.")]
        stray += len(leftovers)
        for leftover in leftovers:  # temporary files of the killed writer (mode 0600)
            assert oct(leftover.stat().st_mode & 0o777) == oct(0o600)
            leftover.unlink()
    print(f"\ncrash safety: {KILLS} SIGKILLs, {last} saves, {stray} stray temporary files")
    assert last > KILLS  # every kill landed after at least one save of its child
    assert anyio.run(asp.FileTokenStore(path).load) == token(last)
