"""Connections for the PostgreSQL pieces: psycopg's blocking API, run in worker threads.

psycopg's async connections run on asyncio only; the client also runs on trio, so every
database call here is a short blocking call in a worker thread (``anyio.to_thread``).
Waits that may be long (for a lock or a slot) are polls from the event loop, never a
blocked thread, so cancellation stays immediate.

A conninfo may hold a password. It never appears in a ``repr`` or a message: a failed
connect is re-raised as ``PostgresConnectError`` with libpq's message scrubbed of it and
without the original exception in its chain. Any other database failure is re-raised as
``PostgresError`` (``translated``), so callers of the SDK see its own error types.
"""

from __future__ import annotations

import threading
import urllib.parse
from collections.abc import Callable
from typing import Any, TypeVar

try:
    import psycopg
    import psycopg.conninfo
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "asperion_async.postgres needs psycopg: pip install 'asperion-async[postgres]'"
    ) from exc

from ..errors import AsperionError

__all__ = ["PostgresConnectError", "PostgresError", "connect", "ensure_schema", "translated"]

_APPLICATION_NAME = "asperion-async"
_CONNECT_TIMEOUT = 10  # seconds; libpq's default is to wait forever
_SCHEMA_LOCK = 0x41535053  # one advisory lock id for "create our tables", any key
_created: set[tuple[str, str]] = set()
_created_lock = threading.Lock()


T = TypeVar("T")


class PostgresError(AsperionError):
    """PostgreSQL failed (a lost connection, a refused statement ...)."""


class PostgresConnectError(PostgresError):
    """The database could not be reached or refused the login (no password in the text).

    ``reason`` is libpq's message alone, scrubbed like the text.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"cannot connect to PostgreSQL: {reason}")
        self.reason = reason


def translated(operation: Callable[..., T], *args: Any) -> T:
    """``operation(*args)``, with psycopg's errors re-raised as ``PostgresError``."""
    try:
        return operation(*args)
    except PostgresError:
        raise
    except psycopg.Error as exc:
        message = f"{type(exc).__name__}: {exc}".strip()
    raise PostgresError(f"PostgreSQL failed: {message}")


def connect(conninfo: str) -> psycopg.Connection[Any]:
    """A new autocommit connection; ``PostgresConnectError`` with a scrubbed message."""
    message = None
    try:
        return psycopg.connect(
            conninfo,
            autocommit=True,
            application_name=_APPLICATION_NAME,
            connect_timeout=_CONNECT_TIMEOUT,
        )
    except psycopg.Error as exc:
        message = _scrub(str(exc), conninfo)
    # Raised outside the except block: the original (unscrubbed) error is not its context.
    raise PostgresConnectError(message)


def ensure_schema(conn: psycopg.Connection[Any], conninfo: str, name: str, ddl: str) -> None:
    """Run ``ddl`` (``CREATE TABLE IF NOT EXISTS ...``) once per database and process.

    Two processes creating the same table at once can collide in the catalog even with
    ``IF NOT EXISTS``; an advisory lock makes them take turns.
    """
    marker = (conninfo, name)
    with _created_lock:
        if marker in _created:
            return
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
        conn.execute(ddl)
    with _created_lock:
        _created.add(marker)


def _scrub(message: str, conninfo: str) -> str:
    """libpq's message without the conninfo or its password (plain or URL-encoded)."""
    try:
        password = psycopg.conninfo.conninfo_to_dict(conninfo).get("password")
    except psycopg.Error:
        # libpq quotes the unparsable part of the string, which may be the password.
        return "the conninfo is not a valid connection string or URL"
    secrets = [conninfo]
    if password:
        secrets += [str(password), urllib.parse.quote(str(password), safe="")]
    for secret in secrets:
        message = message.replace(secret, "***")
    return message.strip() or "connection failed"
