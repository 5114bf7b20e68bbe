"""Defect 7: the token file's neighbourhood -- other files, planted names, loose permissions."""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from pathlib import Path

import pytest

import asperion_async as asp

from .conftest import ACCESS, everything_about, token

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and symlinks"),
]

AN_HOUR_AGO = time.time() - 3600


def age(path: Path) -> None:
    os.utime(path, (AN_HOUR_AGO, AN_HOUR_AGO), follow_symlinks=False)


async def test_cleanup_leaves_the_users_own_files_alone(anyio_backend: str, tmp_path: Path) -> None:
    mine = ["token.json.bak", ".token.json.bak", ".token.json.orig", ".token.json.1.tmp"]
    for name in mine:
        (tmp_path / name).write_text("the user's own file")
        age(tmp_path / name)
    store = asp.FileTokenStore(tmp_path / "token.json")
    await store.save(token())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*mine, "token.json"])


async def test_cleanup_removes_only_its_own_stale_temporaries(
    anyio_backend: str, tmp_path: Path
) -> None:
    store = asp.FileTokenStore(tmp_path / "token.json")
    await store.save(token())
    stale = tmp_path / ".token.json.k1ll3d_w.asperion-tmp"  # the shape the store writes
    stale.write_text(json.dumps(token().to_dict()))
    age(stale)
    await store.save(token())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]


async def test_a_directory_matching_the_temporary_pattern_does_not_break_save(
    anyio_backend: str, tmp_path: Path
) -> None:
    for name in (".token.json.4242.1", ".token.json.abcdefgh.asperion-tmp"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "inside").write_text("x")
        age(tmp_path / name)
    store = asp.FileTokenStore(tmp_path / "token.json")
    await store.save(token())  # raised IsADirectoryError after the token was written
    assert (await store.load()) == token_of(tmp_path / "token.json")
    assert (tmp_path / ".token.json.4242.1" / "inside").exists()


def token_of(path: Path) -> asp.Token:
    return asp.Token.from_dict(json.loads(path.read_text()))


async def test_a_token_file_others_can_read_is_refused(anyio_backend: str, tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text(json.dumps(token().to_dict()))
    path.chmod(0o644)
    store = asp.FileTokenStore(path)
    with pytest.raises(asp.TokenStoreError, match="chmod 600") as caught:
        await store.load()
    assert ACCESS not in everything_about(caught.value)
    path.chmod(0o600)
    assert (await store.load()) is not None


async def test_a_world_writable_directory_is_refused(anyio_backend: str, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    store = asp.FileTokenStore(shared / "token.json")
    await store.save(token())
    shared.chmod(0o777)
    try:
        with pytest.raises(asp.TokenStoreError, match="writable by others"):
            await store.load()
        with pytest.raises(asp.TokenStoreError, match="writable by others"):
            await store.save(token())
    finally:
        shared.chmod(0o700)


async def test_a_planted_lock_file_symlink_is_refused_and_its_target_untouched(
    anyio_backend: str, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "token.json.lock").symlink_to(victim)
    store = asp.FileTokenStore(tmp_path / "token.json")
    with pytest.raises(asp.TokenStoreError, match="symlink"):
        async with store.refresh_lock():
            pass
    assert victim.read_text() == "precious"
    assert stat.S_ISLNK((tmp_path / "token.json.lock").lstat().st_mode)


async def test_garbage_in_the_token_file_is_a_token_store_error(
    anyio_backend: str, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    store = asp.FileTokenStore(path)
    for garbage in ("not json", "[]", '{"access_token": 1}', "[" * 100_000, '{"expires_at": 1}'):
        path.write_text(garbage)
        path.chmod(0o600)
        with pytest.raises(asp.TokenStoreError, match="does not hold a token"):
            await store.load()


async def test_filelock_itself_refuses_a_symlink_planted_after_the_check(
    anyio_backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race the store's own check cannot close: filelock >= 3.20.1 does not follow a
    lock-file symlink planted between the check and the open (CVE-2025-68146)."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    store = asp.FileTokenStore(tmp_path / "token.json")
    checked = store._prepare_lock

    def check_then_plant() -> None:
        checked()
        (tmp_path / "token.json.lock").symlink_to(victim)

    monkeypatch.setattr(store, "_prepare_lock", check_then_plant)
    with pytest.raises(asp.TokenStoreError, match="cannot take the lock file"):
        async with store.refresh_lock():
            pass
    assert victim.read_text() == "precious"
