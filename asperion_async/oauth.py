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
from .errors import TokenRefreshError, TransportError, excerpt, sanitized_request

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
    ``TransportError``. Neither message contains anything from ``form``.
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
    try:
        response = await http.send(outgoing, auth=None, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise TransportError(
            f"token request to {url} failed: {type(exc).__name__}",
            request=httpx.Request("POST", url),
        ) from None
    request = sanitized_request(response.request)
    payload = _json_object(response)
    if response.status_code != 200 or "access_token" not in payload:
        error = payload.get("error")
        described = payload.get("error_description") or excerpt(response.content) or ""
        raise TokenRefreshError(
            f"the identity server refused the token request ({response.status_code}"
            f"{', ' + str(error) if error else ''}){': ' + str(described) if described else ''}",
            error=None if error is None else str(error),
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
