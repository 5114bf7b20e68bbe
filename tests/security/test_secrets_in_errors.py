"""Defect 4: no secret in the str, repr or traceback of any exception, chains included."""

from __future__ import annotations

import httpx
import pytest
import respx

import asperion_async as asp
from asperion_async import oauth

from .conftest import (
    ACCESS,
    API,
    CLIENT_SECRET,
    REFRESH,
    TOKEN_URL,
    MakeClient,
    everything_about,
    token,
)

pytestmark = pytest.mark.anyio

SECRETS = (ACCESS, REFRESH, CLIENT_SECRET)
NEW_REFRESH = "rotated-refresh-token-N3W"


def leaked(exc: BaseException, *secrets: str) -> list[str]:
    text = everything_about(exc)
    return [s for s in (*SECRETS, *secrets) if s in text]


async def test_h11_text_naming_the_bearer_token_does_not_reach_the_error(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        value = request.headers["Authorization"].encode()
        raise httpx.LocalProtocolError(f"Illegal header value {value!r}")

    router.get(f"{API}/v1/ping").mock(side_effect=refuse)
    async with make_client() as client:
        with pytest.raises(asp.TransportError, match="LocalProtocolError") as caught:
            await client.request("GET", "/v1/ping")
    assert leaked(caught.value) == []


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_a_network_error_chains_no_request_with_the_token(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, method: str
) -> None:
    router.route(url=f"{API}/v1/ping").mock(side_effect=httpx.ConnectError("refused"))
    async with make_client(max_retries=1) as client:
        with pytest.raises(asp.TransportError, match="could not reach") as caught:
            await client.request(method, "/v1/ping")
    assert leaked(caught.value) == []


async def test_a_server_echoing_the_token_into_a_protocol_error_is_redacted(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError(f"illegal status line: {request.headers['Authorization']}")

    router.get(f"{API}/v1/ping").mock(side_effect=echo)
    async with make_client(max_retries=0) as client:
        with pytest.raises(asp.TransportError, match="RemoteProtocolError") as caught:
            await client.request("GET", "/v1/ping")
    assert leaked(caught.value) == []


async def test_a_token_request_that_fails_on_the_network_chains_no_form(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.post(TOKEN_URL).mock(side_effect=httpx.ReadError("reset by peer"))
    store = asp.MemoryTokenStore(token(expires_in=-10))
    async with make_client(store=store) as client:
        with pytest.raises(asp.TransportError) as caught:
            await client.request("GET", "/v1/ping")
    assert leaked(caught.value) == []


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (200, {"refresh_token": NEW_REFRESH, "token_type": "Bearer"}),
        (400, {"error": "invalid_grant", "error_description": f"{REFRESH} / {CLIENT_SECRET}"}),
        (500, f"<pre>refresh_token={REFRESH}&client_secret={CLIENT_SECRET}</pre>"),
    ],
    ids=["200 without access token", "echo in error_description", "echo in an HTML page"],
)
async def test_an_identity_server_answer_puts_no_secret_in_token_refresh_error(
    anyio_backend: str,
    router: respx.MockRouter,
    make_client: MakeClient,
    status: int,
    body: object,
) -> None:
    if isinstance(body, str):
        router.post(TOKEN_URL).respond(status, text=body)
    else:
        router.post(TOKEN_URL).respond(status, json=body)
    store = asp.MemoryTokenStore(token(expires_in=-10))
    async with make_client(store=store) as client:
        with pytest.raises(asp.TokenRefreshError) as caught:
            await client.request("GET", "/v1/ping")
    assert leaked(caught.value, NEW_REFRESH) == []


async def test_a_stored_token_with_a_trailing_newline_is_a_typed_error_without_it(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/ping").respond(200)
    store = asp.MemoryTokenStore(token(access=ACCESS + "\n"))
    async with make_client(store=store) as client:
        with pytest.raises(asp.AsperionError, match="access token") as caught:
            await client.request("GET", "/v1/ping")
    assert leaked(caught.value) == []
    assert not route.called


async def test_exchange_code_failures_leak_no_code_verifier_or_secret(anyio_backend: str) -> None:
    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with pytest.raises(asp.TransportError) as caught:
        await oauth.exchange_code(
            "client-id",
            CLIENT_SECRET,
            "authorization-code-C0DE",
            "http://127.0.0.1:1/callback",
            code_verifier="code-verifier-V3R1F13R",
            identity_url="https://identity.example.test",
            transport=httpx.MockTransport(drop),
        )
    assert leaked(caught.value, "authorization-code-C0DE", "code-verifier-V3R1F13R") == []
