"""The loopback redirect flow of `login`, against a stand-in identity server."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from asperion_async.cli._login import LoginError, LoginSettings, authorize

pytestmark = pytest.mark.anyio


class Identity:
    """Answers /connect/token and records the forms it received."""

    def __init__(self) -> None:
        self.forms: list[dict[str, list[str]]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/connect/token"
        self.forms.append(parse_qs(request.content.decode()))
        return httpx.Response(
            200, json={"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 3600}
        )

    def settings(self) -> LoginSettings:
        return LoginSettings(
            client_id="cli",
            client_secret="not-shown",
            environment="sandbox",
            scope=None,
            port=0,
            identity_url="https://identity.example",
            transport=httpx.MockTransport(self.handle),
        )


def query_of(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


async def visit(url: str) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.get(url)


async def test_the_code_from_the_redirect_is_exchanged_with_the_pkce_verifier() -> None:
    identity = Identity()
    answers: list[httpx.Response] = []

    async def browser(url: str) -> None:
        query = query_of(url)
        answers.append(await visit(f"{query['redirect_uri']}?code=the-code&state={query['state']}"))
        browser.challenge = query["code_challenge"]  # type: ignore[attr-defined]

    token = await authorize(identity.settings(), browser)

    assert (token.access_token, token.refresh_token) == ("at-1", "rt-1")
    assert answers[0].status_code == 200
    (form,) = identity.forms
    assert form["code"] == ["the-code"]
    verifier = form["code_verifier"][0].encode()
    expected = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b"=").decode()
    assert expected == browser.challenge  # type: ignore[attr-defined]
    assert form["redirect_uri"][0].startswith("http://127.0.0.1:")


async def test_other_paths_get_404_and_the_wait_goes_on() -> None:
    identity = Identity()
    statuses: list[int] = []

    async def browser(url: str) -> None:
        query = query_of(url)
        base = query["redirect_uri"].rsplit("/", 1)[0]
        statuses.append((await visit(f"{base}/favicon.ico")).status_code)
        statuses.append(
            (await visit(f"{query['redirect_uri']}?code=c&state={query['state']}")).status_code
        )

    await authorize(identity.settings(), browser)
    assert statuses == [404, 200]


@pytest.mark.parametrize(
    ("redirect_query", "message"),
    [
        ("code=c&state=forged", "wrong state"),
        ("error=access_denied&state={state}", "refused \\(access_denied\\)"),
        ("state={state}", "no authorization code"),
    ],
)
async def test_a_bad_redirect_aborts_before_any_token_request(
    redirect_query: str, message: str
) -> None:
    identity = Identity()

    async def browser(url: str) -> None:
        query = query_of(url)
        answer = await visit(
            f"{query['redirect_uri']}?{redirect_query.format(state=query['state'])}"
        )
        assert answer.status_code == 400

    with pytest.raises(LoginError, match=message):
        await authorize(identity.settings(), browser)
    assert identity.forms == []


async def test_a_failing_browser_step_ends_the_wait() -> None:
    async def browser(url: str) -> None:
        raise LoginError("the authorize page answered 400")

    with pytest.raises(LoginError, match="answered 400"):
        await authorize(Identity().settings(), browser)
