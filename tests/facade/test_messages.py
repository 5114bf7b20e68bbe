"""Error messages say what was wrong and what to do, and never carry a secret."""

from __future__ import annotations

import errno
import socket
import ssl
import traceback

import httpx
import pytest
import respx

import asperion_async as asp
from asperion_async._reasons import network_reason

from .conftest import MakeClient
from .support import CLIENT_SECRET, TOKEN_URL, expired_token, fresh_token


def make(**options: object) -> asp.AsperionClient:
    settings: dict[str, object] = {
        "client_id": "client-id",
        "client_secret": CLIENT_SECRET,
        "token_store": asp.MemoryTokenStore(None),
        **options,
    }
    return asp.AsperionClient(**settings)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"base_url": "garbage"},
            "base_url 'garbage' cannot be used: it must be an absolute https:// URL, e.g."
            " https://api.asperion.nl",
        ),
        (
            {"base_url": "api.asperion.nl/v1"},
            "base_url 'api.asperion.nl/v1' cannot be used: it must be an absolute https://",
        ),
        (
            {"token_url": "http://identity.example.test/connect/token"},
            "token_url 'http://identity.example.test/connect/token' cannot be used: use"
            " https:// (plain http:// only for 127.0.0.1, ::1 or localhost)",
        ),
    ],
)
def test_an_unusable_url_is_shown_with_what_is_needed(
    options: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match="cannot be used") as caught:
        make(**options)
    assert str(caught.value).startswith(message)


def test_an_unusable_url_hides_its_password_and_secret_parameters() -> None:
    with pytest.raises(ValueError, match="cannot be used") as caught:
        make(base_url="ftp://user:pa55word@host.test/?client_secret=S3CR3T&page=2")
    text = str(caught.value)
    assert "pa55word" not in text
    assert "S3CR3T" not in text
    assert "'ftp://***@host.test/?client_secret=***&page=2'" in text


@pytest.mark.anyio
async def test_an_unreachable_identity_server_names_host_and_reason(free_port: int) -> None:
    # Nothing listens on free_port: a real socket, really refused.
    identity = f"http://127.0.0.1:{free_port}"
    client = make(
        token_store=asp.MemoryTokenStore(expired_token()),
        base_url="https://api.example.test",
        token_url=f"{identity}/connect/token",
    )
    async with client:
        with pytest.raises(asp.TransportError) as caught:
            await client.request("GET", "/v1/ping")
    assert str(caught.value) == (
        f"token request failed: could not reach the identity server {identity}"
        " (connection refused); check that it is up and that the identity URL is right"
    )
    assert CLIENT_SECRET not in str(caught.value)
    cause = caught.value.__cause__  # the sanitised copy: no form, no secret
    assert cause is not None
    assert CLIENT_SECRET not in "".join(traceback.format_exception(caught.value))
    assert caught.value.__suppress_context__


@pytest.mark.anyio
async def test_an_identity_timeout_says_timed_out(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.post(TOKEN_URL).mock(side_effect=httpx.ConnectTimeout("slow"))
    async with make_client(store=asp.MemoryTokenStore(expired_token())) as client:
        with pytest.raises(asp.TransportError) as caught:
            await client.request("GET", "/v1/ping")
    assert "identity server https://identity.example.test (timed out);" in str(caught.value)


def _wrapped(cause: BaseException) -> httpx.ConnectError:
    """How httpx raises it: ConnectError from httpcore's error, from the OSError."""
    inner = Exception("connect failed")
    inner.__cause__ = cause
    outer = httpx.ConnectError("connect failed")
    outer.__cause__ = inner
    return outer


@pytest.mark.parametrize(
    ("cause", "reason"),
    [
        (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), "connection refused"),
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "host name not found"),
        (ssl.SSLCertVerificationError("certificate verify failed"), "TLS certificate not accepted"),
        (ssl.SSLError("wrong version number"), "TLS handshake failed"),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), "network unreachable"),
        (OSError(errno.EHOSTUNREACH, "No route to host"), "host unreachable"),
        (RuntimeError("something else"), "ConnectError"),
    ],
)
def test_network_reasons(cause: BaseException, reason: str) -> None:
    assert network_reason(_wrapped(cause)) == reason


@pytest.mark.anyio
async def test_an_unreachable_api_names_host_and_reason(free_port: int) -> None:
    api = f"http://127.0.0.1:{free_port}"  # nothing listens there
    client = make(token_store=asp.MemoryTokenStore(fresh_token()), base_url=api, max_retries=1)
    async with client:
        with pytest.raises(asp.TransportError) as caught:
            await client.request("GET", "/v1/debtors", params={"page": 2})
    assert str(caught.value) == (
        f"GET {api}/v1/debtors failed after 2 attempt(s): could not reach {api} (connection"
        " refused); check the network and the base URL"
    )
