"""A small IdentityServer: authorization code + PKCE (S256) and rotating refresh tokens."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

_CODE_LIFETIME = 300.0


class OAuthError(Exception):
    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status

    def body(self) -> dict[str, str]:
        return {"error": self.error, "error_description": self.description}


@dataclass
class _Grant:
    redirect_uri: str
    challenge: str | None
    method: str
    scope: str
    expires_at: float


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class Authority:
    """Issues and checks tokens.

    Refresh tokens are one-time: presenting one twice is ``invalid_grant``.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        access_token_lifetime: float,
        clock: Callable[[], float],
        rotate_refresh_tokens: bool = True,
    ) -> None:
        self.client_id = client_id
        self._secret = client_secret
        self.lifetime = access_token_lifetime
        self._clock = clock
        self._rotate = rotate_refresh_tokens
        self._codes: dict[str, _Grant] = {}
        self._access: dict[str, float] = {}
        self._refresh: dict[str, str] = {}  # live refresh token -> scope
        self._used: set[str] = set()
        self._expiry_of: dict[str, float] = {}  # refresh token -> expiry of its access token
        self.tokens_issued = 0
        self.refreshes = 0
        # Per refresh: (when, expiry of the access token it replaced).
        self.refresh_log: list[tuple[float, float]] = []

    # --- /connect/authorize ------------------------------------------------------------
    def authorize(self, params: Mapping[str, str]) -> str:
        """Auto-approve: the redirect URL carrying a fresh code (and the caller's state)."""
        if params.get("client_id") != self.client_id:
            raise OAuthError("invalid_client", "unknown client_id")
        redirect_uri = params.get("redirect_uri", "")
        if not redirect_uri:
            raise OAuthError("invalid_request", "redirect_uri is required")
        if params.get("response_type") != "code":
            raise OAuthError("unsupported_response_type", "only response_type=code is supported")
        method = params.get("code_challenge_method", "plain" if "code_challenge" in params else "")
        if "code_challenge" in params and method != "S256":
            raise OAuthError("invalid_request", "code_challenge_method must be S256")
        code = secrets.token_urlsafe(24)
        self._codes[code] = _Grant(
            redirect_uri=redirect_uri,
            challenge=params.get("code_challenge"),
            method=method,
            scope=params.get("scope", ""),
            expires_at=self._clock() + _CODE_LIFETIME,
        )
        query = {"code": code, **({"state": params["state"]} if "state" in params else {})}
        separator = "&" if "?" in redirect_uri else "?"
        return f"{redirect_uri}{separator}{urlencode(query)}"

    # --- /connect/token ----------------------------------------------------------------
    def token(self, form: Mapping[str, str]) -> dict[str, Any]:
        if form.get("client_id") != self.client_id or not hmac.compare_digest(
            form.get("client_secret", "").encode(), self._secret.encode()
        ):
            raise OAuthError("invalid_client", "client authentication failed (form body expected)")
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            return self._exchange(form)
        if grant_type == "refresh_token":
            return self._refresh_grant(form)
        raise OAuthError("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")

    def _exchange(self, form: Mapping[str, str]) -> dict[str, Any]:
        grant = self._codes.pop(form.get("code", ""), None)
        if grant is None or grant.expires_at < self._clock():
            raise OAuthError("invalid_grant", "unknown, used or expired code")
        if form.get("redirect_uri") != grant.redirect_uri:
            raise OAuthError("invalid_grant", "redirect_uri does not match the authorize request")
        if grant.challenge is not None:
            verifier = form.get("code_verifier", "")
            if not verifier or not hmac.compare_digest(s256(verifier), grant.challenge):
                raise OAuthError("invalid_grant", "code_verifier does not match code_challenge")
        return self._issue(grant.scope)

    def _refresh_grant(self, form: Mapping[str, str]) -> dict[str, Any]:
        token = form.get("refresh_token", "")
        if token in self._used or token not in self._refresh:
            raise OAuthError("invalid_grant", "unknown or already used refresh token")
        scope = self._refresh[token]
        self.refreshes += 1
        self.refresh_log.append((self._clock(), self._expiry_of.pop(token, float("nan"))))
        if not self._rotate:
            return self._issue(scope, refresh_token=token)
        del self._refresh[token]
        self._used.add(token)
        return self._issue(scope)

    def _issue(self, scope: str, refresh_token: str | None = None) -> dict[str, Any]:
        access = secrets.token_urlsafe(32)
        self._access[access] = self._clock() + self.lifetime
        refresh = refresh_token or secrets.token_urlsafe(32)
        self._refresh[refresh] = scope
        self._expiry_of[refresh] = self._access[access]
        self.tokens_issued += 1
        return {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": int(self.lifetime),
            "refresh_token": refresh,
            "scope": scope or "offline_access",
        }

    def issue(self, scope: str = "") -> tuple[str, str, float]:
        body = self._issue(scope)
        return body["access_token"], body["refresh_token"], self._access[body["access_token"]]

    # --- API side ----------------------------------------------------------------------
    def valid(self, access_token: str) -> bool:
        expires = self._access.get(access_token)
        return expires is not None and expires > self._clock()

    def revoke(self, access_token: str | None = None) -> None:
        """Revoke one access token, or every access token issued so far."""
        if access_token is None:
            self._access.clear()
        else:
            self._access.pop(access_token, None)
