"""Which hosts to talk to, and which URLs are acceptable at all."""

from __future__ import annotations

import ipaddress

import httpx

from ._redact import shown_url

__all__ = ["api_url", "identity_url", "require_safe_url", "token_url"]

_HOSTS: dict[str, tuple[str, str]] = {
    "sandbox": ("https://api-sandbox.asperion.nl", "https://identity-sandbox.asperion.nl"),
    "production": ("https://api.asperion.nl", "https://identity.asperion.nl"),
}


def _hosts(environment: str) -> tuple[str, str]:
    try:
        return _HOSTS[environment]
    except (KeyError, TypeError):
        known = ", ".join(repr(name) for name in _HOSTS)
        raise ValueError(f"unknown environment {environment!r}; expected one of {known}") from None


def api_url(environment: str) -> str:
    return _hosts(environment)[0]


def identity_url(environment: str) -> str:
    return _hosts(environment)[1]


def token_url(identity: str) -> str:
    return identity.rstrip("/") + "/connect/token"


def require_safe_url(url: str, what: str) -> str:
    """Return ``url`` if it is https, or plain http to a loopback host; else ValueError.

    The message shows what was given (without a password or secret-looking parameter) and
    what would be accepted.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        parsed = None
    if parsed is not None and parsed.scheme == "https" and parsed.host:
        return url
    if parsed is not None and parsed.scheme == "http" and _is_loopback(parsed.host):
        return url
    if parsed is not None and parsed.scheme == "http" and parsed.host:
        problem = "use https:// (plain http:// only for 127.0.0.1, ::1 or localhost)"
    else:
        problem = "it must be an absolute https:// URL, e.g. https://api.asperion.nl"
    raise ValueError(f"{what} {shown_url(url)} cannot be used: {problem}")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
