"""Defect 5: an identity server's 200 answer is validated before anything is used or saved."""

from __future__ import annotations

import json

import pytest
import respx

import asperion_async as asp

from .conftest import API, TOKEN_URL, MakeClient, everything_about, token

pytestmark = pytest.mark.anyio

GOOD = {"access_token": "fresh-access", "refresh_token": "fresh-refresh", "expires_in": 3600}

BAD_ANSWERS = {
    "access_token null": ({"access_token": None}, "access_token is not a string"),
    "access_token empty": ({"access_token": ""}, "access_token is empty"),
    "access_token a number": ({"access_token": 12345}, "access_token is not a string"),
    "access_token 1 MiB": ({"access_token": "a" * (1 << 20)}, "at most 8192"),
    "access_token non-ASCII": ({"access_token": "t\u00f6ken"}, "printable ASCII"),
    "access_token with CR/LF": ({"access_token": "tok\r\nX-Evil: 1"}, "printable ASCII"),
    "refresh_token a list": ({"refresh_token": ["r"]}, "refresh_token is not a string"),
    "refresh_token with a space": ({"refresh_token": "r r"}, "printable ASCII"),
    "expires_in text": ({"expires_in": "soon"}, "expires_in"),
    "expires_in null": ({"expires_in": None}, "expires_in"),
    "expires_in a list": ({"expires_in": [1]}, "expires_in"),
    "expires_in true": ({"expires_in": True}, "expires_in"),
    "expires_in NaN": ({"expires_in": float("nan")}, "expires_in"),
    "expires_in infinite": ({"expires_in": float("inf")}, "expires_in"),
    "expires_in zero": ({"expires_in": 0}, "expires_in"),
    "expires_in negative": ({"expires_in": -60}, "expires_in"),
    "expires_in huge": ({"expires_in": 10**400}, "expires_in"),
}


@pytest.mark.parametrize(("change", "message"), BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
async def test_an_unusable_token_answer_is_a_token_refresh_error_and_nothing_is_saved(
    anyio_backend: str,
    router: respx.MockRouter,
    make_client: MakeClient,
    change: dict[str, object],
    message: str,
) -> None:
    body = json.dumps({**GOOD, **change}).encode()  # NaN and Infinity as Python writes them
    router.post(TOKEN_URL).respond(200, content=body, headers={"content-type": "application/json"})
    api = router.get(f"{API}/v1/ping").respond(200)
    stale = token(expires_in=-10)
    store = asp.MemoryTokenStore(stale)
    async with make_client(store=store) as client:
        with pytest.raises(asp.TokenRefreshError, match=message) as caught:
            await client.request("GET", "/v1/ping")
    assert await store.load() == stale
    assert not api.called
    assert "fresh-access" not in everything_about(caught.value)


async def test_a_numeric_string_expires_in_and_a_missing_refresh_token_are_accepted(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.post(TOKEN_URL).respond(200, json={"access_token": "fresh-access", "expires_in": "90"})
    router.get(f"{API}/v1/ping").respond(200)
    stale = token(expires_in=-10)
    store = asp.MemoryTokenStore(stale)
    async with make_client(store=store) as client:
        await client.request("GET", "/v1/ping")
    saved = await store.load()
    assert saved is not None
    assert (saved.access_token, saved.refresh_token) == ("fresh-access", stale.refresh_token)
