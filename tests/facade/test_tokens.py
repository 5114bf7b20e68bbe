"""Tokens and token stores: secrecy, file permissions, atomic writes, cross-process refresh."""

from __future__ import annotations

import json
import multiprocessing
import os
import stat
import time
from pathlib import Path

import anyio
import pytest

import asperion_async as asp

from .support import RotatingIdentityServer, expired_token, file_store_worker, fresh_token


def test_token_repr_hides_secrets() -> None:
    token = asp.Token("access-secret", "refresh-secret", 123.0)
    for text in (repr(token), str(token), f"{token}", repr([token])):
        assert "secret" not in text
    assert "expires_at=123.0" in repr(token)
    assert "refresh_token=None" in repr(asp.Token("a-secret", None, 1))


def test_token_equality_and_round_trip() -> None:
    token = fresh_token(3)
    assert asp.Token.from_dict(token.to_dict()) == token
    assert token != fresh_token(4)
    assert token != "access-3-secret"
    assert len({token, asp.Token.from_dict(token.to_dict())}) == 1


@pytest.mark.anyio
async def test_memory_store_round_trip() -> None:
    store = asp.MemoryTokenStore()
    assert await store.load() is None
    token = fresh_token()
    await store.save(token)
    assert await store.load() is token
    assert repr(store) == "MemoryTokenStore()"


@pytest.mark.anyio
async def test_file_store_creates_private_file_and_dirs(tmp_path: Path) -> None:
    path = tmp_path / "config" / "asperion" / "token.json"
    store = asp.FileTokenStore(path)
    assert await store.load() is None
    await store.save(fresh_token())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    loaded = await store.load()
    assert loaded is not None
    assert loaded.access_token == "access-0-secret"
    assert "secret" not in repr(store)


@pytest.mark.anyio
async def test_file_store_expands_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    store = asp.FileTokenStore("~/token.json")
    assert store.path == tmp_path / "token.json"


@pytest.mark.anyio
async def test_file_store_replaces_atomically(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    store = asp.FileTokenStore(path)
    await store.save(fresh_token(1))
    first_inode = path.stat().st_ino
    await store.save(fresh_token(2))
    # A new file was renamed over the old one (never rewritten in place) ...
    assert path.stat().st_ino != first_inode
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # ... and no temporary file is left behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]
    assert json.loads(path.read_text())["access_token"] == "access-2-secret"


@pytest.mark.anyio
async def test_file_store_removes_temporaries_a_killed_writer_left(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    store = asp.FileTokenStore(path)
    stale = tmp_path / ".token.json.4242.1"
    stale.write_text(json.dumps(fresh_token(0).to_dict()))
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    in_progress = tmp_path / ".token.json.4243.2"  # another process may be writing this now
    in_progress.write_text("{")
    await store.save(fresh_token(1))
    assert sorted(p.name for p in tmp_path.iterdir()) == [in_progress.name, "token.json"]


@pytest.mark.anyio
async def test_file_store_failed_write_leaves_old_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "token.json"
    store = asp.FileTokenStore(path)
    await store.save(fresh_token(1))

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        await store.save(fresh_token(2))
    monkeypatch.undo()
    loaded = await store.load()
    assert loaded is not None
    assert loaded.access_token == "access-1-secret"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]


@pytest.mark.anyio
async def test_file_store_rejects_a_file_that_is_not_a_token(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text('{"access_token": "x"}')
    path.chmod(0o600)
    with pytest.raises(ValueError, match="does not hold a token"):
        await asp.FileTokenStore(path).load()


@pytest.mark.anyio
async def test_refresh_lock_excludes_other_holders(tmp_path: Path) -> None:
    """Two stores on one file in one process exclude each other, like two processes do."""
    first = asp.FileTokenStore(tmp_path / "token.json")
    second = asp.FileTokenStore(tmp_path / "token.json")
    order: list[str] = []

    async def hold(store: asp.FileTokenStore, name: str) -> None:
        async with store.refresh_lock():
            order.append(f"{name} in")
            await anyio.sleep(0.05)
            order.append(f"{name} out")

    async with anyio.create_task_group() as tg:
        tg.start_soon(hold, first, "a")
        tg.start_soon(hold, second, "b")
        tg.start_soon(hold, first, "c")
    # Each holder got in and out before the next got in: no two ever overlapped.
    pairs = [(order[i], order[i + 1]) for i in range(0, len(order), 2)]
    assert sorted(pairs) == [("a in", "a out"), ("b in", "b out"), ("c in", "c out")]


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_two_processes_sharing_a_file_never_refresh_a_token_twice(
    tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Spawned workers import this test package by name: give them the directory it is in.
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent))
    path = tmp_path / "shared" / "token.json"
    # Tokens live 0.6 s (refreshed after half of that), so each worker run crosses several
    # refresh rounds; both start at once on an already expired token.
    with RotatingIdentityServer(first_refresh_token="refresh-0-secret", expires_in=0.6) as server:
        anyio.run(asp.FileTokenStore(path).save, expired_token())
        context = multiprocessing.get_context("spawn")
        barrier = context.Barrier(2)
        results = context.Queue()
        workers = [
            context.Process(
                target=file_store_worker,
                args=(str(path), server.url, backend, 40, barrier, results),
            )
            for _ in range(2)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=120)
        assert [worker.exitcode for worker in workers] == [0, 0]
        outcomes = [results.get(timeout=5) for _ in workers]
    assert [status for status, _ in outcomes] == ["ok", "ok"], outcomes
    assert server.reused == []
    assert server.refreshes >= 2
    assert sum(count for _, count in outcomes) == server.refreshes
    assert server.pings == 80
    stored = anyio.run(asp.FileTokenStore(path).load)
    assert stored is not None
    assert stored.refresh_token == f"refresh-{server.refreshes}-secret"
    assert stored.expires_at > time.time() - 60
