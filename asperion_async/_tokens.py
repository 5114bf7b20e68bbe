"""Tokens and where they are kept: ``Token``, the ``TokenStore`` protocol and two stores.

``FileTokenStore`` is safe for several processes sharing one file: the refresher takes the
store's inter-process lock, re-reads the file (another process may have rotated the
refresh token meanwhile) and only then refreshes; every write is an atomic replace of a
0600 file.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import anyio
import anyio.to_thread

__all__ = ["FileTokenStore", "MemoryTokenStore", "Token", "TokenStore"]

_LOCK_POLL_MIN = 0.01
_LOCK_POLL_MAX = 0.2
# A writer's temporary file lives for milliseconds; one this old was left by a killed process.
_STALE_TEMPORARY_AGE = 60.0


class Token:
    """An OAuth2 access token, its refresh token and its expiry (epoch seconds).

    ``repr`` and ``str`` never show the token strings.
    """

    __slots__ = ("access_token", "expires_at", "refresh_token")

    def __init__(self, access_token: str, refresh_token: str | None, expires_at: float) -> None:
        self.access_token = access_token
        self.refresh_token = refresh_token
        self.expires_at = float(expires_at)

    def __repr__(self) -> str:
        refresh = "None" if self.refresh_token is None else "'***'"
        return f"Token(access_token='***', refresh_token={refresh}, expires_at={self.expires_at})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.access_token, self.refresh_token, self.expires_at) == (
            other.access_token,
            other.refresh_token,
            other.expires_at,
        )

    def __hash__(self) -> int:
        return hash((self.access_token, self.refresh_token, self.expires_at))

    def to_dict(self) -> dict[str, Any]:
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Token:
        return cls(
            access_token=str(data["access_token"]),
            refresh_token=None if data.get("refresh_token") is None else str(data["refresh_token"]),
            expires_at=float(data["expires_at"]),
        )


class TokenStore(Protocol):
    """Where the client loads its token from and saves every refreshed token to."""

    async def load(self) -> Token | None: ...

    async def save(self, token: Token) -> None: ...


@runtime_checkable
class _LockableStore(Protocol):
    """A store shared with other processes: refreshes happen inside ``refresh_lock()``."""

    def refresh_lock(self) -> contextlib.AbstractAsyncContextManager[None]: ...


class MemoryTokenStore:
    """Keeps the token in memory (one process; lost when it exits)."""

    def __init__(self, token: Token | None = None) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "MemoryTokenStore()"

    async def load(self) -> Token | None:
        return self._token

    async def save(self, token: Token) -> None:
        self._token = token


class FileTokenStore:
    """Keeps the token in a JSON file (mode 0600) that several processes may share.

    Missing parent directories are created with mode 0700. Writes go to a temporary file
    in the same directory that then atomically replaces the token file, so a reader never
    sees half a token. ``refresh_lock()`` is an inter-process lock (a ``.lock`` file next
    to the token file) that the client holds around each refresh.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()
        # filelock is imported here, not with the package: it costs ~7 ms to import.
        import filelock

        self._lock = filelock.FileLock(str(self.path) + ".lock", thread_local=False, mode=0o600)
        self._lock_timeout = filelock.Timeout
        # The file lock is re-entrant within a process; this keeps two tasks (or two clients
        # sharing this store) from both "holding" it at once.
        self._task_lock = anyio.Lock()

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"

    async def load(self) -> Token | None:
        return await anyio.to_thread.run_sync(self._read)

    async def save(self, token: Token) -> None:
        await anyio.to_thread.run_sync(self._write, token)

    @contextlib.asynccontextmanager
    async def refresh_lock(self) -> AsyncIterator[None]:
        """Hold the inter-process lock; polls without blocking, so it works on any backend.

        Polling (rather than a blocking acquire in a worker thread) keeps cancellation clean:
        a cancelled waiter never ends up owning the lock.
        """
        async with self._task_lock:
            await anyio.to_thread.run_sync(self._make_parents)
            delay = _LOCK_POLL_MIN
            while True:
                try:
                    self._lock.acquire(blocking=False)
                except self._lock_timeout:
                    await anyio.sleep(delay)
                    delay = min(delay * 2, _LOCK_POLL_MAX)
                else:
                    break
            try:
                yield
            finally:
                self._lock.release()

    def _read(self) -> Token | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            return Token.from_dict(json.loads(text))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{self.path} does not hold a token") from exc

    def _write(self, token: Token) -> None:
        self._make_parents()
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.{time.monotonic_ns()}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                json.dump(token.to_dict(), file)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            raise
        self._remove_stale_temporaries()

    def _remove_stale_temporaries(self) -> None:
        """Delete temporary files (each a whole token) that killed writers left behind."""
        cutoff = time.time() - _STALE_TEMPORARY_AGE
        for leftover in self.path.parent.glob(f".{self.path.name}.*"):
            with contextlib.suppress(FileNotFoundError):
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()

    def _make_parents(self) -> None:
        missing = [p for p in reversed(self.path.parents) if not p.exists()]
        for directory in missing:
            with contextlib.suppress(FileExistsError):
                directory.mkdir(mode=0o700)
            os.chmod(directory, 0o700)
