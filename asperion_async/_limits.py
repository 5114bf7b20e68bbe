"""How many requests may be in flight, and how fast they may start.

``Limits.slot(tenant)`` is held for exactly one attempt (send plus, for a stream, reading
the body): first the tenant's own slot, then a slot of the whole client, then -- if a rate
limit is set -- the start time the rate limiter hands out, and last -- if one is given --
the slot of a ``SharedLimit`` that every process of the client shares (for example
``asperion_async.postgres.PostgresRateLimit``). Backoff sleeps between attempts
happen outside ``slot``, so a waiting retry never blocks anyone.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from typing import Protocol

import anyio

__all__ = ["Limits", "RateLimiter", "SharedLimit"]


class SharedLimit(Protocol):
    """A limit shared with other processes: ``slot()`` is held for one attempt.

    It is entered after the in-process limits, and leaving it must free what it holds even
    when the request failed or was cancelled.
    """

    def slot(self) -> contextlib.AbstractAsyncContextManager[None]: ...


class RateLimiter:
    """A smooth rate limit: request starts are spaced at least ``1 / rate`` seconds apart.

    Each caller reserves the next free start time and sleeps until it. There is no burst
    allowance: 10 requests/second means one every 100 ms, never 10 at once. A caller
    cancelled while waiting gives its start time back if nobody reserved after it.
    """

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        if not rate > 0:
            raise ValueError(f"rate_limit must be a positive number of requests/second, got {rate}")
        self.interval = 1.0 / rate
        self._clock = clock
        self._sleep = sleep
        self._next_start = float("-inf")

    async def wait(self) -> None:
        now = self._clock()
        start = max(now, self._next_start)
        self._next_start = start + self.interval
        try:
            await self._sleep(start - now)
        except BaseException:
            if self._next_start == start + self.interval:
                self._next_start = start
            raise


class _TenantSemaphores:
    """One semaphore per tenant, created on first use and dropped when idle."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._entries: dict[Hashable, tuple[anyio.Semaphore, int]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    async def acquire(self, tenant: Hashable) -> None:
        semaphore, users = self._entries.get(tenant, (None, 0))
        if semaphore is None:
            semaphore = anyio.Semaphore(self._limit, fast_acquire=True)
        self._entries[tenant] = (semaphore, users + 1)
        try:
            await semaphore.acquire()
        except BaseException:
            self._leave(tenant)
            raise

    def release(self, tenant: Hashable) -> None:
        self._entries[tenant][0].release()
        self._leave(tenant)

    def _leave(self, tenant: Hashable) -> None:
        semaphore, users = self._entries[tenant]
        if users == 1:
            del self._entries[tenant]
        else:
            self._entries[tenant] = (semaphore, users - 1)


class Limits:
    """The client-wide and per-tenant concurrency caps and the optional rate limit."""

    def __init__(
        self,
        *,
        max_concurrency: int,
        tenant_concurrency: int | None,
        rate_limit: float | None,
        shared: SharedLimit | None = None,
    ) -> None:
        _require_positive_int(max_concurrency, "max_concurrency")
        if tenant_concurrency is not None:
            _require_positive_int(tenant_concurrency, "tenant_concurrency")
        self.max_concurrency = max_concurrency
        self.tenant_concurrency = tenant_concurrency
        # fast_acquire: a free slot is taken without a pass through the event loop (two
        # semaphores per request made that two extra passes per request); a cancelled task
        # still stops here, and a freed slot still goes to the longest waiter.
        self._global = anyio.Semaphore(max_concurrency, fast_acquire=True)
        self._tenants = (
            None if tenant_concurrency is None else _TenantSemaphores(tenant_concurrency)
        )
        self.rate = None if rate_limit is None else RateLimiter(rate_limit)
        self.shared = shared

    @property
    def in_flight(self) -> int:
        """Requests holding a client-wide slot right now."""
        return self.max_concurrency - self._global.value

    @property
    def tenants_in_flight(self) -> int:
        """Tenants with a request holding or awaiting a slot right now."""
        return 0 if self._tenants is None else len(self._tenants)

    @contextlib.asynccontextmanager
    async def slot(self, tenant: Hashable) -> AsyncIterator[None]:
        tenants = self._tenants
        if tenants is not None:
            await tenants.acquire(tenant)
        try:
            await self._global.acquire()
            try:
                if self.rate is not None:
                    await self.rate.wait()
                if self.shared is None:
                    yield
                else:
                    async with self.shared.slot():
                        yield
            finally:
                self._global.release()
        finally:
            if tenants is not None:
                tenants.release(tenant)


def _require_positive_int(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
