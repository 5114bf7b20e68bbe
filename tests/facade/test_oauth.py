"""The authorization code flow helpers: PKCE, the authorize URL, exchanging the code."""

from __future__ import annotations

import base64
import hashlib
import time

import httpx
import pytest
import respx

import asperion_async as asp
from asperion_async import oauth

from .support import CLIENT_SECRET


def test_pkce_pair_is_s256() -> None:
    verifier, challenge = oauth.make_pkce_pair()
    assert 43 <= len(verifier) <= 128
    digest = hashlib.sha256(verifier.encode()).digest()
    assert challenge == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert oauth.make_pkce_pair()[0] != verifier
    assert oauth.make_state() != oauth.make_state()


def test_authorization_url() -> None:
    url = httpx.URL(
        oauth.authorization_url(
            "client-id",
            "http://127.0.0.1:8765/callback",
            state="st4te",
            code_challenge="ch4llenge",
            scope="*",
        )
    )
    assert (url.scheme, url.host, url.path) == (
        "https",
        "identity-sandbox.asperion.nl",
        "/connect/authorize",
    )
    assert dict(url.params) == {
        "response_type": "code",
        "client_id": "client-id",
        "redirect_uri": "http://127.0.0.1:8765/callback",
        "state": "st4te",
        "code_challenge": "ch4llenge",
        "code_challenge_method": "S256",
        "scope": "*",
    }


def test_authorization_url_hosts() -> None:
    production = oauth.authorization_url(
        "c", "http://localhost/cb", state="s", code_challenge="c", environment="production"
    )
    assert production.startswith("https://identity.asperion.nl/connect/authorize?")
    assert "scope" not in production
    emulated = oauth.authorization_url(
        "c",
        "http://localhost/cb",
        state="s",
        code_challenge="c",
        identity_url="http://127.0.0.1:9/",
    )
    assert emulated.startswith("http://127.0.0.1:9/connect/authorize?")
    with pytest.raises(ValueError, match="identity_url"):
        oauth.authorization_url(
            "c", "x", state="s", code_challenge="c", identity_url="http://identity.example"
        )
    with pytest.raises(ValueError, match="unknown environment"):
        oauth.authorization_url("c", "x", state="s", code_challenge="c", environment="dev")


@pytest.mark.anyio
async def test_exchange_code() -> None:
    router = respx.MockRouter()
    route = router.post("https://identity-sandbox.asperion.nl/connect/token").respond(
        200, json={"access_token": "a-secret", "refresh_token": "r-secret", "expires_in": 300}
    )
    token = await oauth.exchange_code(
        "client-id",
        CLIENT_SECRET,
        "the-code",
        "http://127.0.0.1:8765/callback",
        code_verifier="v" * 50,
        transport=httpx.MockTransport(router.async_handler),
    )
    assert (token.access_token, token.refresh_token) == ("a-secret", "r-secret")
    assert token.expires_at == pytest.approx(time.time() + 300, abs=5)
    form = dict(httpx.QueryParams(route.calls.last.request.content.decode()))
    assert form == {
        "grant_type": "authorization_code",
        "code": "the-code",
        "redirect_uri": "http://127.0.0.1:8765/callback",
        "code_verifier": "v" * 50,
        "client_id": "client-id",
        "client_secret": CLIENT_SECRET,
    }
    assert "Authorization" not in route.calls.last.request.headers


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(400, json={"error": "invalid_grant"}), "400, invalid_grant"),
        (httpx.Response(502, text="<html>Bad Gateway</html>"), "502.*Bad Gateway"),
        (httpx.Response(200, json={"token_type": "Bearer"}), "200"),
    ],
)
async def test_exchange_code_refused(response: httpx.Response, expected: str) -> None:
    router = respx.MockRouter()
    router.post("https://identity.asperion.nl/connect/token").mock(return_value=response)
    with pytest.raises(asp.TokenRefreshError, match=expected) as caught:
        await oauth.exchange_code(
            "client-id",
            CLIENT_SECRET,
            "code-secret",
            "http://localhost/cb",
            code_verifier="verifier-secret",
            environment="production",
            transport=httpx.MockTransport(router.async_handler),
        )
    for secret in (CLIENT_SECRET, "code-secret", "verifier-secret"):
        assert secret not in str(caught.value)
    assert caught.value.status_code == response.status_code
