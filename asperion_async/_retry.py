"""What may be retried, and how long to wait first.

- 429: always (any method) -- the server did not process the request.
- 502/503/504 and network errors: only for idempotent methods.
- A non-idempotent request (POST) is otherwise retried only when it provably never left
  this machine (no connection, no pool slot), so a create is never duplicated.
- Waits are exponential backoff with full jitter, capped; a ``Retry-After`` header (seconds
  or an HTTP date) is honoured instead when present.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable

import httpx

__all__ = ["RetryPolicy", "parse_retry_after"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({502, 503, 504})

# Errors raised before any byte of the request was sent.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Errors after which an idempotent request may be repeated.
_NETWORK = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

# A Retry-After longer than this is not waited for: the error is raised with ``retry_after``.
MAX_RETRY_AFTER = 60.0


class RetryPolicy:
    """Decides whether attempt ``n`` (0-based) may be followed by another, and after what wait."""

    def __init__(
        self,
        *,
        max_retries: int,
        backoff_base: float = 0.5,
        backoff_cap: float = 8.0,
        jitter: Callable[[float, float], float] = random.uniform,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative integer, got {max_retries!r}")
        if backoff_base < 0 or backoff_cap < 0:
            raise ValueError("backoff_base and backoff_cap must not be negative")
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._jitter = jitter

    def retry_status(self, method: str, status: int, attempt: int) -> bool:
        if attempt >= self.max_retries:
            return False
        if status == 429:
            return True
        return status in RETRYABLE_STATUSES and method in IDEMPOTENT_METHODS

    def retry_error(self, method: str, error: httpx.TransportError, attempt: int) -> bool:
        if attempt >= self.max_retries:
            return False
        if isinstance(error, _NEVER_SENT):
            return True
        return isinstance(error, _NETWORK) and method in IDEMPOTENT_METHODS

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before the retry that follows attempt ``attempt``."""
        if retry_after is not None:
            return retry_after
        return self._jitter(0.0, min(self.backoff_cap, self.backoff_base * 2**attempt))


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """``Retry-After`` in seconds from now: delta-seconds or an HTTP date; None if absent/bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, moment.timestamp() - current)
