"""``PostgresTokenStore``: one durable token per key, refreshed once across a whole fleet.

The client's refresh single-flight (``TokenManager._refresh``) runs inside the store's
``refresh_lock()``, re-reads the store, adopts a token another process has already rotated
and otherwise refreshes and saves. Here ``refresh_lock()`` is a transaction holding a
transaction-level advisory lock on the key: ``load`` and ``save`` inside it use that
transaction, and leaving the block commits it. The commit -- which also frees the lock --
happens before the client hands the new token to any request, so no process can read the
old refresh token once the new one is in use.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import AsyncIterator
from typing import Any

import anyio
import anyio.to_thread
import psycopg

from .._tokens import Token
from ._db import connect, ensure_schema, translated

__all__ = ["PostgresTokenStore"]

TABLE = "asperion_tokens"
_DDL = """
CREATE TABLE IF NOT EXISTS asperion_tokens (
    key text PRIMARY KEY,
    access_token text NOT NULL,
    refresh_token text,
    expires_at double precision NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
)
"""
_LOAD = "SELECT access_token, refresh_token, expires_at FROM asperion_tokens WHERE key = %s"
_SAVE = """
INSERT INTO asperion_tokens (key, access_token, refresh_token, expires_at) VALUES (%s, %s, %s, %s)
ON CONFLICT (key) DO UPDATE SET access_token = EXCLUDED.access_token,
    refresh_token = EXCLUDED.refresh_token, expires_at = EXCLUDED.expires_at,
    updated_at = now()
"""
# Two-int advisory lock: a fixed namespace for token refreshes, and the key's hash.
_TRY_LOCK = "SELECT pg_try_advisory_xact_lock(%s, hashtext(%s))"
_LOCK_NAMESPACE = 0x41535054

_LOCK_POLL_MIN = 0.01
_LOCK_POLL_MAX = 0.2


class PostgresTokenStore:
    """A ``TokenStore`` in PostgreSQL, shared by processes on any number of machines.

    ``conninfo`` is a libpq connection string or ``postgresql://`` URL; it is never shown
    (it may hold a password). ``key`` names the token: one row per OAuth grant, so one
    database can hold the tokens of several clients or users. The table
    (``asperion_tokens``) is created on first use.

    Tokens are stored as they are (like ``FileTokenStore`` does): give the database role
    that reads this table to the workers only.
    """

    def __init__(self, conninfo: str, *, key: str = "default") -> None:
        if not isinstance(key, str) or not key:
            raise ValueError("key must be a non-empty string")
        self._conninfo = conninfo
        self.key = key
        # Set while this task holds refresh_lock(): load/save then use its transaction.
        self._held: contextvars.ContextVar[psycopg.Connection[Any] | None] = contextvars.ContextVar(
            f"asperion_token_lock_{id(self)}", default=None
        )
        # Two tasks (or two clients sharing this store) of one process take turns first.
        self._task_lock = anyio.Lock()

    def __repr__(self) -> str:
        return f"PostgresTokenStore(key={self.key!r})"

    async def load(self) -> Token | None:
        held = self._held.get()
        if held is not None:
            return await anyio.to_thread.run_sync(translated, self._read, held)
        return await anyio.to_thread.run_sync(translated, self._with_connection, self._read)

    async def save(self, token: Token) -> None:
        held = self._held.get()
        if held is not None:
            await anyio.to_thread.run_sync(translated, self._write, held, token)
        else:
            await anyio.to_thread.run_sync(translated, self._with_connection, self._write, token)

    @contextlib.asynccontextmanager
    async def refresh_lock(self) -> AsyncIterator[None]:
        """Hold the key's database lock; ``load``/``save`` inside run in its transaction.

        The lock is polled (``pg_try_advisory_xact_lock``), so a cancelled waiter never ends
        up owning it. A process that dies holding it loses its connection, and PostgreSQL
        frees the lock with it.
        """
        async with self._task_lock:
            with anyio.CancelScope(shield=True):  # bounded by the connect timeout
                conn = await anyio.to_thread.run_sync(translated, self._open)
            try:
                delay = _LOCK_POLL_MIN
                while not await anyio.to_thread.run_sync(translated, self._try_lock, conn):
                    await anyio.sleep(delay)
                    delay = min(delay * 2, _LOCK_POLL_MAX)
                reset = self._held.set(conn)
                try:
                    yield
                finally:
                    self._held.reset(reset)
                    # Before the client uses a new token: commit it (and free the lock). Also
                    # when the block failed after a save, and shielded from cancellation: a
                    # rotated refresh token was consumed, its successor must not be lost.
                    with anyio.CancelScope(shield=True):
                        await anyio.to_thread.run_sync(translated, _commit_open_transaction, conn)
            finally:
                with anyio.CancelScope(shield=True):
                    await anyio.to_thread.run_sync(conn.close)  # rolls back anything left

    def _open(self) -> psycopg.Connection[Any]:
        conn = connect(self._conninfo)
        try:
            ensure_schema(conn, self._conninfo, TABLE, _DDL)
            conn.autocommit = False
        except BaseException:
            conn.close()
            raise
        return conn

    def _try_lock(self, conn: psycopg.Connection[Any]) -> bool:
        row = conn.execute(_TRY_LOCK, (_LOCK_NAMESPACE, self.key)).fetchone()
        if row is not None and row[0]:
            return True
        conn.rollback()  # each try in its own transaction: no snapshot kept while waiting
        return False

    def _with_connection(self, operation: Any, *args: Any) -> Any:
        with connect(self._conninfo) as conn:
            ensure_schema(conn, self._conninfo, TABLE, _DDL)
            return operation(conn, *args)

    def _read(self, conn: psycopg.Connection[Any]) -> Token | None:
        row = conn.execute(_LOAD, (self.key,)).fetchone()
        if row is None:
            return None
        access, refresh, expires_at = row
        return Token(access, refresh, expires_at)

    def _write(self, conn: psycopg.Connection[Any], token: Token) -> None:
        conn.execute(_SAVE, (self.key, token.access_token, token.refresh_token, token.expires_at))


def _commit_open_transaction(conn: psycopg.Connection[Any]) -> None:
    if conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS:
        conn.commit()
