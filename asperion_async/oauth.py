"""Talking to the identity server: the authorization code flow with PKCE, and token requests.

Asperion's identity server is IdentityServer: ``/connect/authorize`` and ``/connect/token``,
client credentials in the form body, refresh tokens that may be one-time-use.
"""

from __future__ import annotations

import base64
import hashlib
import math
import time
from typing import Any
from urllib.parse import urlencode

import httpx

from . import _environment
from ._reasons import network_reason
from ._tokens import Token, token_problem
from .errors import (
    TokenRefreshError,
    excerpt,
    printable,
    redact,
    sanitized_request,
    transport_error,
)

__all__ = ["authorization_url", "exchange_code", "make_pkce_pair", "make_state"]

DEFAULT_EXPIRES_IN = 3600
"""Seconds an access token is taken to live when the answer has no ``expires_in``."""
MAX_EXPIRES_IN = 10 * 365 * 24 * 3600
"""The longest ``expires_in`` accepted (ten years); longer is not a real token lifetime."""


def make_pkce_pair() -> tuple[str, str]:
    """A fresh PKCE ``(code_verifier, code_challenge)`` pair, challenge method S256."""
    import secrets  # here, not at the top: importing the package does not load it

    verifier = secrets.token_urlsafe(64)
    return verifier, _s256(verifier)


def make_state() -> str:
    """A fresh unguessable ``state`` value to send with the authorization request."""
    import secrets  # here, not at the top: importing the package does not load it

    return secrets.token_urlsafe(32)


def authorization_url(
    client_id: str,
    redirect_uri: str,
    *,
    state: str,
    code_challenge: str,
    scope: str | None = None,
    environment: str = "sandbox",
    identity_url: str | None = None,
) -> str:
    """The URL to send the user's browser to (``{identity}/connect/authorize``)."""
    identity = _identity(environment, identity_url)
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": code_challenge,
        "code_challenge_method": "S256",
    }
    if scope is not None:
        query["scope"] = scope
    return f"{identity}/connect/authorize?{urlencode(query)}"


async def exchange_code(
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str,
    *,
    code_verifier: str,
    environment: str = "sandbox",
    identity_url: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Token:
    """Exchange the authorization code from the redirect for a ``Token``."""
    identity = _identity(environment, identity_url)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": code_verifier,
        "client_id": client_id,
        "client_secret": client_secret,
    }
    async with httpx.AsyncClient(transport=transport) as http:
        return await request_token(http, _environment.token_url(identity), form)


async def request_token(http: httpx.AsyncClient, url: str, form: dict[str, str]) -> Token:
    """POST ``form`` to the token endpoint and turn the answer into a ``Token``.

    A refusal raises ``TokenRefreshError`` with the OAuth error code; a network failure raises
    ``TransportError``. Neither message, nor anything chained to them, contains anything
    from ``form`` (the client secret, a refresh token, a code): what the server sent back
    is shown with those redacted, and a 200 answer's body is never shown.
    """
    # Built here rather than by ``http.post``: a caller's ``http_client`` may hold cookies,
    # an auth flow or default headers meant for other hosts; none of them goes with a token
    # request, and a redirect is not followed.
    headers = httpx.Headers(http.headers)
    for name in ("authorization", "cookie"):
        headers.pop(name, None)
    headers["Accept"] = "application/json"
    outgoing = httpx.Request(
        "POST", url, data=form, headers=headers, extensions={"timeout": http.timeout.as_dict()}
    )
    failure: httpx.HTTPError | None = None
    try:
        response = await http.send(outgoing, auth=None, follow_redirects=False)
    except httpx.HTTPError as exc:
        failure = exc
    if failure is not None:  # raised here, outside the handler: the request is not chained
        target = httpx.URL(url)
        raise transport_error(
            "token request failed",
            failure,
            httpx.Request("POST", url),
            form.values(),
            reason=f"could not reach the identity server {target.scheme}://"
            f"{target.netloc.decode('ascii')} ({network_reason(failure)});"
            " check that it is up and that the identity URL is right",
        )
    request = sanitized_request(response.request)
    payload = _json_object(response)
    if response.status_code != 200:
        error = payload.get("error")
        described = payload.get("error_description") or excerpt(response.content) or ""
        text = printable(
            redact(
                f"({response.status_code}{', ' + str(error) if error else ''})"
                f"{': ' + str(described) if described else ''}",
                form.values(),
            )
        )
        raise TokenRefreshError(
            f"the identity server refused the token request {text}",
            error=None if error is None else redact(str(error), form.values()),
            status_code=response.status_code,
            request=request,
        )
    if "access_token" not in payload:
        raise TokenRefreshError(
            "the identity server answered 200 without an access_token (the body is not shown:"
            " it may hold a refresh token)",
            status_code=response.status_code,
            request=request,
        )
    return _token_from(payload, form.get("refresh_token"), request)


def _token_from(
    payload: dict[str, Any], refresh_token: str | None, request: httpx.Request
) -> Token:
    """The ``Token`` in a 200 answer, or ``TokenRefreshError`` if any part is unusable.

    The access token and a new refresh token must be strings a header can carry
    (``token_problem``); ``expires_in`` (default 3600) a finite number of seconds above 0 and
    at most ten years. An answer without a refresh token keeps the one that was sent. The
    message names the field and the problem, never the value.
    """
    access = payload["access_token"]
    problem = token_problem(access, "access_token")
    refresh = payload.get("refresh_token")
    if problem is None and refresh is not None:
        problem = token_problem(refresh, "refresh_token")
    expires_in = _seconds(payload.get("expires_in", DEFAULT_EXPIRES_IN))
    if problem is None and expires_in is None:
        problem = (
            f"expires_in is not a number of seconds between 1 and {MAX_EXPIRES_IN} "
            f"({type(payload.get('expires_in')).__name__})"
        )
    if problem is not None:
        raise TokenRefreshError(
            f"the identity server's answer is not a usable token: {problem}; nothing was saved",
            status_code=200,
            request=request,
        )
    assert expires_in is not None
    return Token(
        access_token=access,
        refresh_token=refresh if refresh is not None else refresh_token,
        expires_at=time.time() + expires_in,
    )


def _seconds(value: object) -> float | None:
    """``expires_in`` as seconds: a finite number (or a string of digits) in range, else None."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, int) and value > MAX_EXPIRES_IN:  # before float(): no OverflowError
        return None
    seconds = float(value)
    return seconds if math.isfinite(seconds) and 0 < seconds <= MAX_EXPIRES_IN else None


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        value = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested too deeply
        return {}
    return value if isinstance(value, dict) else {}


def _identity(environment: str, identity_url: str | None) -> str:
    if identity_url is None:
        return _environment.identity_url(environment)
    return _environment.require_safe_url(identity_url, "identity_url").rstrip("/")


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
