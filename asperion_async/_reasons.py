"""Why a connection failed, in a few words a user can act on (never the request's content)."""

from __future__ import annotations

import errno
import socket
import ssl

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


def network_reason(exc: BaseException) -> str:
    """``connection refused``, ``host name not found``, ``timed out``, ... for ``exc``.

    Looks through the exception's causes (httpx wraps httpcore, which wraps the OSError);
    falls back to the exception's type name.
    """
    if isinstance(exc, httpx.TimeoutException):
        return "timed out"
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, socket.gaierror):
            return "host name not found"
        if isinstance(current, ssl.SSLCertVerificationError):
            return "TLS certificate not accepted"
        if isinstance(current, ssl.SSLError):
            return "TLS handshake failed"
        if isinstance(current, OSError) and current.errno in _ERRNO_REASONS:
            return _ERRNO_REASONS[current.errno]
        text = str(current).lower()
        for needle, reason in _TEXT_REASONS:
            if needle in text:
                return reason
        current = current.__cause__ or current.__context__
    return type(exc).__name__
