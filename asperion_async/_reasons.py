"""Why a connection failed, in a few words a user can act on (never the request's content)."""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator

import httpx

__all__ = ["network_reason"]

_ERRNO_REASONS = {
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNRESET: "connection reset",
    errno.ENETUNREACH: "network unreachable",
    errno.EHOSTUNREACH: "host unreachable",
    errno.ETIMEDOUT: "timed out",
}
_TEXT_REASONS = (
    ("refused", "connection refused"),
    ("name or service not known", "host name not found"),
    ("nodename nor servname", "host name not found"),
    ("getaddrinfo failed", "host name not found"),
    ("temporary failure in name resolution", "host name not found"),
    ("certificate", "TLS certificate not accepted"),
    ("reset", "connection reset"),
    ("unreachable", "network unreachable"),
)
_MAX_CAUSES = 50


def network_reason(exc: BaseException) -> str:
    """``connection refused``, ``host name not found``, ``timed out``, ... for ``exc``.

    Looks through the exception's causes (httpx wraps httpcore, which wraps the OSError):
    first for a known error type or errno, then for a known phrase in their messages;
    falls back to the exception's type name.
    """
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    for current in _causes(exc):
        if isinstance(current, socket.gaierror):
            return "host name not found"
        if isinstance(current, ssl.SSLCertVerificationError):
            return "TLS certificate not accepted"
        if isinstance(current, ssl.SSLError):
            return "TLS handshake failed"
        if isinstance(current, OSError) and current.errno in _ERRNO_REASONS:
            return _ERRNO_REASONS[current.errno]
    for current in _causes(exc):
        text = str(current).lower()
        for needle, reason in _TEXT_REASONS:
            if needle in text:
                return reason
    return type(exc).__name__


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, its causes and contexts, and the members of exception groups among them.

    (trio reports a failed connect as an OSError raised from a group of per-address errors.)
    """
    pending = [exc]
    seen: set[int] = set()
    while pending and len(seen) < _MAX_CAUSES:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend(getattr(current, "exceptions", None) or ())
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
