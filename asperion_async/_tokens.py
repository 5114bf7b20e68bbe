"""Tokens and where they are kept: ``Token``, the ``TokenStore`` protocol and two stores.

``FileTokenStore`` is safe for several processes sharing one file: the refresher takes the
store's inter-process lock, re-reads the file (another process may have rotated the
refresh token meanwhile) and only then refreshes; every write is an atomic replace of a
0600 file.

It also refuses a neighbourhood in which the token is not private (POSIX): a token file
that others may read or that another user owns, a directory others may write to (they
could replace the file), and a lock file that is a symlink (planted to make the lock
truncate its target). Each raises ``TokenStoreError`` saying how to fix it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import anyio
import anyio.to_thread

from .errors import TokenStoreError

__all__ = ["MAX_TOKEN_LENGTH", "FileTokenStore", "MemoryTokenStore", "Token", "TokenStore"]

MAX_TOKEN_LENGTH = 8192
"""The longest access or refresh token accepted (a large JWT is a few kB)."""
# A pattern string, compiled on first use (re caches it): not at import, where it costs.
_TOKEN_PATTERN = r"[\x21-\x7e]+"  # noqa: S105 - a pattern, not a secret

_LOCK_POLL_MIN = 0.01
_LOCK_POLL_MAX = 0.2
# A writer's temporary file lives for milliseconds; one this old was left by a killed process.
_STALE_TEMPORARY_AGE = 60.0
_TEMPORARY_SUFFIX = ".asperion-tmp"
_POSIX = os.name == "posix"


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


def token_problem(value: object, name: str) -> str | None:
    """Why ``value`` cannot be used as a token (a message without the value), or None.

    A token goes into an HTTP header: a non-empty string of printable ASCII without
    whitespace, of bounded length.
    """
    if not isinstance(value, str):
        return f"the {name} is not a string but {type(value).__name__}"
    if not value:
        return f"the {name} is empty"
    if len(value) > MAX_TOKEN_LENGTH:
        return f"the {name} is {len(value)} characters long (at most {MAX_TOKEN_LENGTH})"
    if re.fullmatch(_TOKEN_PATTERN, value) is None:
        return f"the {name} contains characters other than printable ASCII (whitespace?)"
    return None


def stored_token_problem(token: Token) -> str | None:
    """Why a token read from a store cannot be used (its access token, and its refresh
    token if it has one), or None."""
    problem = token_problem(token.access_token, "access token")
    if problem is None and token.refresh_token is not None:
        problem = token_problem(token.refresh_token, "refresh token")
    return problem


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
    in the same directory (``.{name}.<random>.asperion-tmp``, created exclusively, 0600)
    that then atomically replaces the token file, so a reader never sees half a token.
    ``refresh_lock()`` is an inter-process lock (a ``.lock`` file next to the token file)
    that the client holds around each refresh.

    On POSIX it refuses (``TokenStoreError``) a token file that group or others may access
    or that another user owns, a parent directory others may write to, and a lock file that
    is a symlink.
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
            await anyio.to_thread.run_sync(self._prepare_lock)
            delay = _LOCK_POLL_MIN
            while True:
                try:
                    self._lock.acquire(blocking=False)
                except self._lock_timeout:
                    await anyio.sleep(delay)
                    delay = min(delay * 2, _LOCK_POLL_MAX)
                except OSError as exc:  # filelock >= 3.20.1 refuses a symlink (ELOOP)
                    raise TokenStoreError(
                        f"{self!r}: cannot take the lock file {self._lock.lock_file} "
                        f"({type(exc).__name__}: {exc.strerror})"
                    ) from None
                else:
                    break
            try:
                yield
            finally:
                self._lock.release()

    def _read(self) -> Token | None:
        self._check_directory()
        try:
            with open(self.path, encoding="utf-8") as file:
                self._check_file(os.fstat(file.fileno()))
                text = file.read()
        except FileNotFoundError:
            return None
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise TypeError("not a JSON object")
            return Token.from_dict(data)
        except (ValueError, KeyError, TypeError, RecursionError):
            # Not chained: the JSON error's text can quote the file, token included.
            raise TokenStoreError(
                f"{self.path} does not hold a token (a JSON object with access_token, "
                "refresh_token and expires_at); log in again (asperion-async login)"
            ) from None

    def _write(self, token: Token) -> None:
        self._make_parents()
        self._check_directory()
        fd, name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=_TEMPORARY_SUFFIX, dir=self.path.parent
        )
        temporary = Path(name)
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
        # The token is saved: nothing in the tidying-up may make the save look failed.
        with contextlib.suppress(OSError):
            self._remove_stale_temporaries()

    def _remove_stale_temporaries(self) -> None:
        """Delete temporary files (each a whole token) that killed writers left behind.

        Only what this store writes is touched: regular files (not directories, not
        symlinks) of this user named ``.{name}.<random>.asperion-tmp`` (or the
        ``.{name}.<pid>.<ns>`` of earlier releases), a minute old.
        """
        own = re.compile(
            rf"\.{re.escape(self.path.name)}\.(?:[a-z0-9_]+{re.escape(_TEMPORARY_SUFFIX)}|\d+\.\d+)"
        )
        cutoff = time.time() - _STALE_TEMPORARY_AGE
        uid = os.getuid() if _POSIX else None
        for entry in os.scandir(self.path.parent):
            if own.fullmatch(entry.name) is None:
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if (
                    stat.S_ISREG(info.st_mode)
                    and (uid is None or info.st_uid == uid)
                    and info.st_mtime < cutoff
                ):
                    os.unlink(entry.path)

    def _prepare_lock(self) -> None:
        """Make the directories; refuse a lock file that is a symlink (it would be followed
        and truncated by filelock releases before 3.20.1, CVE-2025-68146)."""
        self._make_parents()
        self._check_directory()
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISLNK(os.lstat(self._lock.lock_file).st_mode):
                raise TokenStoreError(
                    f"{self!r}: the lock file {self._lock.lock_file} is a symlink; someone "
                    "may have planted it. Remove it and check who can write to the directory"
                )

    def _check_directory(self) -> None:
        """Refuse a parent directory others may write to: they could swap the token file."""
        if not _POSIX:
            return
        with contextlib.suppress(FileNotFoundError):
            mode = os.stat(self.path.parent).st_mode
            if mode & stat.S_IWOTH:
                raise TokenStoreError(
                    f"{self!r}: the directory {self.path.parent} is writable by others, who "
                    "could replace the token file; keep tokens in a private directory "
                    f"(chmod 700 {self.path.parent})"
                )

    def _check_file(self, info: os.stat_result) -> None:
        """Refuse a token file another user owns or that group or others may access."""
        if not _POSIX:
            return
        if info.st_uid != os.getuid():
            raise TokenStoreError(
                f"{self!r}: the token file belongs to another user (uid {info.st_uid})"
            )
        if info.st_mode & 0o077:
            raise TokenStoreError(
                f"{self!r}: the token file has mode {stat.S_IMODE(info.st_mode):04o}, so "
                f"others may read it; make it private (chmod 600 {self.path}), and if others "
                "could have read it, log in again"
            )

    def _make_parents(self) -> None:
        missing = [p for p in reversed(self.path.parents) if not p.exists()]
        for directory in missing:
            with contextlib.suppress(FileExistsError):
                directory.mkdir(mode=0o700)
            os.chmod(directory, 0o700)
