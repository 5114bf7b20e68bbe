"""``PostgresRateLimit``: one rate and one in-flight cap for every process of a client.

Rate: a row per key holds the next free start time on the database's clock (one clock for
all machines). Each request reserves its start with one atomic ``INSERT ... ON CONFLICT DO
UPDATE ... RETURNING`` (no transaction stays open) and sleeps until it, so starts are spaced
``1 / rate`` apart across the fleet, like the in-process ``rate_limit``. A request cancelled
while it sleeps, or woken too late to keep the spacing, leaves its start time unused: the
fleet runs slower for one interval, never faster.

In flight: slot ``i`` of ``max_in_flight`` is a session-level advisory lock
``(hash of the key, i)`` held on a connection for as long as the request runs. A worker that dies
drops its connections, and PostgreSQL frees their slots at once; nothing leaks. Waiting for
a slot polls ``pg_try_advisory_lock`` from the event loop (no thread blocked, cancellation
immediate); no transaction is open while the API request runs.

Why not a library: the PostgreSQL-backed rate limiters on PyPI either need Python 3.12+,
run on asyncio only, use blocking calls on the event loop, or keep only request counts
(no in-flight cap that frees itself when a worker dies). This is two SQL statements.
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread
import psycopg

from ._db import connect, ensure_schema, translated

__all__ = ["PostgresRateLimit"]

T = TypeVar("T")

TABLE = "asperion_rate_limits"
_DDL = """
CREATE TABLE IF NOT EXISTS asperion_rate_limits (
    key text PRIMARY KEY,
    next_start timestamptz NOT NULL
)
"""
# The wait (seconds) until this request's start; the row moves on by one interval.
_RESERVE = """
INSERT INTO asperion_rate_limits AS r (key, next_start)
VALUES (%(key)s, clock_timestamp() + make_interval(secs => %(interval)s))
ON CONFLICT (key) DO UPDATE
    SET next_start = GREATEST(r.next_start, clock_timestamp())
        + make_interval(secs => %(interval)s)
RETURNING EXTRACT(EPOCH FROM r.next_start - clock_timestamp())::float8 - %(interval)s
"""
# The first free slot, trying from a random one so that waiters do not all queue on slot 0.
_TRY_SLOT = """
SELECT s FROM (
    SELECT (i + %(offset)s) %% %(slots)s AS s FROM generate_series(0, %(slots)s - 1) AS i
) AS candidates
WHERE pg_try_advisory_lock(hashtext('asperion_async.in_flight:' || %(key)s), s)
LIMIT 1
"""
_RELEASE = "SELECT pg_advisory_unlock(hashtext('asperion_async.in_flight:' || %s), %s)"

_LATE_LIMIT = 0.02  # seconds past its start after which a request takes a new start
_RESERVE_TRIES = 3
_RATE_CONNECTIONS = 2  # per process: reservations take a fraction of a millisecond each
_SLOT_POLL_MIN = 0.005
_SLOT_POLL_MAX = 0.1


class PostgresRateLimit:
    """Requests per second and requests in flight shared by every process of a client.

    Pass it as ``AsperionClient(shared_limit=...)`` in every worker, with the same ``key``
    (one per OAuth client) and the same numbers. ``rate`` is requests per second across the
    fleet (None: no rate); ``max_in_flight`` is requests in flight across the fleet (None:
    no cap). Each process keeps at most ``max_in_flight`` connections for its slots plus two
    for the rate (a pool bound, like an HTTP client's: requests queue for a connection).
    The table ``asperion_rate_limits`` is created on first use.

    The in-process limits (``max_concurrency``, ``tenant_concurrency``, ``rate_limit``)
    still apply in each process, first.
    """

    def __init__(
        self,
        conninfo: str,
        *,
        key: str = "default",
        rate: float | None = None,
        max_in_flight: int | None = None,
    ) -> None:
        if not isinstance(key, str) or not key:
            raise ValueError("key must be a non-empty string")
        if rate is not None and not rate > 0:
            raise ValueError(f"rate must be a positive number of requests/second, got {rate}")
        if max_in_flight is not None and (
            isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int)
        ):
            raise ValueError(f"max_in_flight must be a positive integer, got {max_in_flight!r}")
        if max_in_flight is not None and max_in_flight < 1:
            raise ValueError(f"max_in_flight must be a positive integer, got {max_in_flight!r}")
        if rate is None and max_in_flight is None:
            raise ValueError("give rate, max_in_flight or both")
        self._conninfo = conninfo
        self.key = key
        self.rate = rate
        self.max_in_flight = max_in_flight
        self._interval = None if rate is None else 1.0 / rate
        # Bounds this process's slot connections; a free one is taken without a loop pass.
        self._local = (
            None if max_in_flight is None else anyio.Semaphore(max_in_flight, fast_acquire=True)
        )
        self._rate_connections = anyio.Semaphore(_RATE_CONNECTIONS, fast_acquire=True)
        self._idle: list[psycopg.Connection[Any]] = []
        self._idle_lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"PostgresRateLimit(key={self.key!r}, rate={self.rate}, "
            f"max_in_flight={self.max_in_flight})"
        )

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Held for one attempt: a fleet-wide in-flight slot, then this request's start."""
        if self._local is None:
            await self._wait_for_start()
            yield
            return
        async with self._local:
            conn = await self._checkout()
            held: int | None = None
            try:
                delay = _SLOT_POLL_MIN
                while True:
                    # Shielded: a slot taken by a query that a cancellation interrupted would
                    # be unknown to us; the cancellation is delivered at the sleep below.
                    with anyio.CancelScope(shield=True):
                        conn, held = await anyio.to_thread.run_sync(
                            self._live, conn, self._try_slot
                        )
                    if held is not None:
                        break
                    await anyio.sleep(delay * random.uniform(0.5, 1.0))  # noqa: S311 - jitter
                    delay = min(delay * 2, _SLOT_POLL_MAX)
                await self._wait_for_start()
                yield
            finally:
                with anyio.CancelScope(shield=True):
                    await anyio.to_thread.run_sync(self._release, conn, held)

    async def aclose(self) -> None:
        """Close this process's idle connections (in use ones close when returned)."""
        await anyio.to_thread.run_sync(self._close_idle)

    async def _wait_for_start(self) -> None:
        """Sleep until this request's start; take a later one if this process overslept.

        A process that stalls (CPU starvation, a long GC pause) past its reserved start would
        send then, right next to the requests reserved after it: a burst over the rate. So a
        request that wakes more than ``late_limit`` after its start reserves a new one (at
        most ``_RESERVE_TRIES`` times), leaving its old start unused.
        """
        interval = self._interval
        if interval is None:
            return
        late_limit = max(interval, _LATE_LIMIT)
        for _ in range(_RESERVE_TRIES):
            async with self._rate_connections:
                conn = await self._checkout()
                asked = time.monotonic()  # the database computes the wait after this
                try:
                    conn, wait = await anyio.to_thread.run_sync(self._live, conn, self._reserve)
                    wait = max(wait, 0.0)
                finally:
                    with anyio.CancelScope(shield=True):
                        await anyio.to_thread.run_sync(self._release, conn, None)
            if wait > 0:
                await anyio.sleep(wait)
            if time.monotonic() - (asked + wait) <= late_limit:
                return

    async def _checkout(self) -> psycopg.Connection[Any]:
        with self._idle_lock:
            if self._idle:
                return self._idle.pop()
        with anyio.CancelScope(shield=True):  # bounded by the connect timeout; never leaked
            conn = await anyio.to_thread.run_sync(translated, self._open)
        return conn

    def _live(
        self, conn: psycopg.Connection[Any], query: Callable[[psycopg.Connection[Any]], T]
    ) -> tuple[psycopg.Connection[Any], T]:
        """``query(conn)``; if the connection is broken (an idle one after a database
        restart), once more on a new one, which is returned in its place."""
        try:
            return conn, query(conn)
        except psycopg.OperationalError:
            conn.close()
        fresh = translated(self._open)
        try:
            return fresh, translated(query, fresh)
        except BaseException:
            fresh.close()
            raise

    def _open(self) -> psycopg.Connection[Any]:
        conn = connect(self._conninfo)
        try:
            ensure_schema(conn, self._conninfo, TABLE, _DDL)
        except BaseException:
            conn.close()
            raise
        return conn

    def _reserve(self, conn: psycopg.Connection[Any]) -> float:
        row = conn.execute(_RESERVE, {"key": self.key, "interval": self._interval}).fetchone()
        assert row is not None
        return float(row[0])

    def _try_slot(self, conn: psycopg.Connection[Any]) -> int | None:
        assert self.max_in_flight is not None
        offset = random.randrange(self.max_in_flight)  # noqa: S311 - spreading, not security
        params = {"key": self.key, "slots": self.max_in_flight, "offset": offset}
        row = conn.execute(_TRY_SLOT, params).fetchone()
        return None if row is None else int(row[0])

    def _release(self, conn: psycopg.Connection[Any], slot: int | None) -> None:
        """Free ``slot`` (if held) and keep the connection for reuse, or drop it if broken."""
        try:
            if slot is not None:
                conn.execute(_RELEASE, (self.key, slot))
        except psycopg.Error:
            conn.close()  # closing the session frees its advisory locks too
            return
        if conn.closed or conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            conn.close()
            return
        with self._idle_lock:
            self._idle.append(conn)

    def _close_idle(self) -> None:
        with self._idle_lock:
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
