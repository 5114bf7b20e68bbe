"""Past one machine: state that every process of a fleet shares, kept in PostgreSQL.

Needs the ``postgres`` extra: ``pip install 'asperion-async[postgres]'``.

- ``PostgresTokenStore``: one durable token per key; the refresh single-flight holds a
  database lock, so processes on any number of machines rotate a one-time refresh token
  exactly once.
- ``PostgresRateLimit``: requests per second and requests in flight across every process
  of one OAuth client (``AsperionClient(shared_limit=...)``).
"""

from __future__ import annotations

from ._db import PostgresConnectError, PostgresError
from ._ratelimit import PostgresRateLimit
from ._tokenstore import PostgresTokenStore

__all__ = ["PostgresConnectError", "PostgresError", "PostgresRateLimit", "PostgresTokenStore"]
