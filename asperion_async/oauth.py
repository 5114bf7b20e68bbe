"""Talking to the identity server: the authorization code flow with PKCE, and token requests.

Asperion's identity server is IdentityServer: ``/connect/authorize`` and ``/connect/token``,
client credentials in the form body, refresh tokens that may be one-time-use.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from typing import Any
from urllib.parse import urlencode

import httpx

from . import _environment
from ._tokens import Token
from .errors import TokenRefreshError, excerpt, redact, sanitized_request, transport_error

__all__ = ["authorization_url", "exchange_code", "make_pkce_pair", "make_state"]


def make_pkce_pair() -> tuple[str, str]:
    """A fresh PKCE ``(code_verifier, code_challenge)`` pair, challenge method S256."""
    verifier = secrets.token_urlsafe(64)
    return verifier, _s256(verifier)


def make_state() -> str:
    """A fresh unguessable ``state`` value to send with the authorization request."""
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
    failure: httpx.HTTPError | None = None
    try:
        response = await http.post(url, data=form, headers={"Accept": "application/json"})
    except httpx.HTTPError as exc:
        failure = exc
    if failure is not None:  # raised here, outside the handler: the request is not chained
        raise transport_error(
            f"token request to {url} failed", failure, httpx.Request("POST", url), form.values()
        )
    request = sanitized_request(response.request)
    payload = _json_object(response)
    if response.status_code != 200:
        error = payload.get("error")
        described = payload.get("error_description") or excerpt(response.content) or ""
        text = redact(
            f"({response.status_code}{', ' + str(error) if error else ''})"
            f"{': ' + str(described) if described else ''}",
            form.values(),
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
    expires_in = float(payload.get("expires_in", 3600))
    refresh = payload.get("refresh_token", form.get("refresh_token"))
    return Token(
        access_token=str(payload["access_token"]),
        refresh_token=None if refresh is None else str(refresh),
        expires_at=time.time() + expires_in,
    )


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        value = response.json()
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _identity(environment: str, identity_url: str | None) -> str:
    if identity_url is None:
        return _environment.identity_url(environment)
    return _environment.require_safe_url(identity_url, "identity_url").rstrip("/")


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
