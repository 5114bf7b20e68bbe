"""Identity endpoints: authorization code + PKCE, one-time rotating refresh tokens, expiry."""

from __future__ import annotations

import base64
import hashlib
import secrets

import httpx
import pytest

from asperion_async.testing import AsperionEmulator

from .conftest import BASE_URL

REDIRECT = "http://127.0.0.1:8765/callback"


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def _challenge(verifier: str) -> str:
    return (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )


async def _code(client: httpx.AsyncClient, emulator: AsperionEmulator, verifier: str) -> str:
    response = await client.get(
        "/connect/authorize",
        params={
            "client_id": emulator.client_id,
            "redirect_uri": REDIRECT,
            "response_type": "code",
            "state": "st-1",
            "code_challenge": _challenge(verifier),
            "code_challenge_method": "S256",
            "scope": "*",
        },
    )
    assert response.status_code == 302
    location = httpx.URL(response.headers["location"])
    assert str(location).startswith(REDIRECT)
    assert location.params["state"] == "st-1"
    return location.params["code"]


def _form(emulator: AsperionEmulator, **fields: str) -> dict[str, str]:
    return {"client_id": emulator.client_id, "client_secret": emulator.client_secret, **fields}


@pytest.mark.anyio
async def test_code_flow_with_pkce_then_api_call(emulator: AsperionEmulator) -> None:
    verifier = secrets.token_urlsafe(48)
    async with httpx.AsyncClient(transport=emulator.transport(), base_url=BASE_URL) as client:
        code = await _code(client, emulator, verifier)
        token = await client.post(
            "/connect/token",
            data=_form(
                emulator,
                grant_type="authorization_code",
                code=code,
                redirect_uri=REDIRECT,
                code_verifier=verifier,
            ),
        )
        assert token.status_code == 200
        body = token.json()
        assert body["token_type"] == "Bearer"
        assert body["expires_in"] == 3600
        api = await client.get(
            "/v1/debtors", headers={"Authorization": f"Bearer {body['access_token']}"}
        )
        assert api.status_code == 200
        reused = await client.post(
            "/connect/token",
            data=_form(
                emulator,
                grant_type="authorization_code",
                code=code,
                redirect_uri=REDIRECT,
                code_verifier=verifier,
            ),
        )
        assert reused.json()["error"] == "invalid_grant"


@pytest.mark.anyio
async def test_wrong_verifier_and_basic_auth_are_refused(emulator: AsperionEmulator) -> None:
    async with httpx.AsyncClient(transport=emulator.transport(), base_url=BASE_URL) as client:
        code = await _code(client, emulator, "a" * 50)
        wrong = await client.post(
            "/connect/token",
            data=_form(
                emulator,
                grant_type="authorization_code",
                code=code,
                redirect_uri=REDIRECT,
                code_verifier="b" * 50,
            ),
        )
        code = await _code(client, emulator, "a" * 50)
        basic = await client.post(
            "/connect/token",
            auth=(emulator.client_id, emulator.client_secret),
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": REDIRECT,
                "code_verifier": "a" * 50,
            },
        )
    assert wrong.status_code == 400
    assert wrong.json()["error"] == "invalid_grant"
    assert basic.status_code == 400
    assert basic.json()["error"] == "invalid_client"


@pytest.mark.anyio
async def test_refresh_tokens_rotate_and_are_one_time(emulator: AsperionEmulator) -> None:
    first = emulator.issue_token()
    async with httpx.AsyncClient(transport=emulator.transport(), base_url=BASE_URL) as client:
        refreshed = await client.post(
            "/connect/token",
            data=_form(
                emulator, grant_type="refresh_token", refresh_token=str(first.refresh_token)
            ),
        )
        again = await client.post(
            "/connect/token",
            data=_form(
                emulator, grant_type="refresh_token", refresh_token=str(first.refresh_token)
            ),
        )
        second = refreshed.json()
        chained = await client.post(
            "/connect/token",
            data=_form(emulator, grant_type="refresh_token", refresh_token=second["refresh_token"]),
        )
    assert refreshed.status_code == 200
    assert second["refresh_token"] != first.refresh_token
    assert again.status_code == 400
    assert again.json() == {
        "error": "invalid_grant",
        "error_description": "unknown or already used refresh token",
    }
    assert chained.status_code == 200
    assert emulator.stats.refreshes == 2


@pytest.mark.anyio
async def test_expired_unknown_and_missing_tokens_get_401() -> None:
    clock = Clock()
    emulator = AsperionEmulator(tenants=1, access_token_lifetime=60, clock=clock)
    token = emulator.issue_token()
    assert token.expires_at == clock.now + 60
    auth = {"Authorization": f"Bearer {token.access_token}"}
    async with httpx.AsyncClient(transport=emulator.transport(), base_url=BASE_URL) as client:
        assert (await client.get("/v1/journals", headers=auth)).status_code == 200
        clock.now += 61
        expired = await client.get("/v1/journals", headers=auth)
        unknown = await client.get("/v1/journals", headers={"Authorization": "Bearer nope"})
        missing = await client.get("/v1/journals")
    assert expired.status_code == 401
    assert expired.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    assert unknown.status_code == 401
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"


@pytest.mark.anyio
async def test_revoked_token_is_refused(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    assert (await client.get("/v1/journals")).status_code == 200
    emulator.revoke_tokens()
    assert (await client.get("/v1/journals")).status_code == 401


def test_token_repr_hides_secrets(emulator: AsperionEmulator) -> None:
    token = emulator.issue_token()
    assert token.access_token not in repr(token)
    assert emulator.client_secret not in repr(emulator)
