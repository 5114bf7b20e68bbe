"""Defect 8: deep JSON, oversized and oddly named uploads, echoed login errors, forged lines."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
import respx
from asperion_client.api.debtors import list_debtors
from asperion_client.api.inbox_files import create_inbox_file
from asperion_client.models.file_upload import FileUpload
from asperion_client.types import File

import asperion_async as asp
from asperion_async.cli._login import LoginError, LoginSettings, authorize

from .conftest import API, TOKEN_URL, MakeClient, token

pytestmark = pytest.mark.anyio

DEEP = b"[" * 100_000 + b"]" * 100_000
PDF = b"%PDF-1.7\n" + b"0" * 100


async def test_deeply_nested_json_is_a_typed_error_everywhere(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/debtors").respond(200, content=DEEP)
    router.get(f"{API}/v1/bad").respond(400, content=DEEP)
    router.post(TOKEN_URL).respond(200, content=DEEP)
    async with make_client() as client:
        with pytest.raises(asp.UnexpectedResponseError):
            await client.call(list_debtors)
        with pytest.raises(asp.UnexpectedResponseError):
            await client.paginate(list_debtors).__anext__()
        with pytest.raises(asp.ValidationError):
            await client.request("GET", "/v1/bad")
    async with make_client(store=asp.MemoryTokenStore(token(expires_in=-10))) as client:
        with pytest.raises(asp.TokenRefreshError):
            await client.request("GET", "/v1/debtors")


class EndlessPdf(io.RawIOBase):
    """A readable, unseekable stream that never ends; counts what was read from it."""

    def __init__(self) -> None:
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        size = 64 * 1024 * 1024 if size is None or size < 0 else size
        head = b"%PDF-" if self.read_bytes == 0 else b""
        chunk = (head + b"0" * size)[:size]
        self.read_bytes += len(chunk)
        return chunk


async def test_a_file_object_is_read_at_most_5_mb_plus_one_before_the_size_check(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.post(f"{API}/v1/inboxfiles").respond(201)
    stream = EndlessPdf()
    async with make_client() as client:
        with pytest.raises(ValueError, match="at most 5242880 bytes"):
            await client.upload("/v1/inboxfiles", stream)  # type: ignore[arg-type]
    assert stream.read_bytes <= 5 * 1024 * 1024 + 1
    assert not route.called


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("../../etc/cron.d/evil.pdf", b'filename="evil.pdf"'),
        ("..\\..\\windows\\evil.pdf", b'filename="evil.pdf"'),
        ("..", b'filename="upload.pdf"'),
        ("/", b'filename="upload.pdf"'),
    ],
)
async def test_an_upload_sends_only_the_base_name_of_the_file_name(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, given: str, sent: bytes
) -> None:
    route = router.post(f"{API}/v1/inboxfiles").respond(201)
    async with make_client() as client:
        await client.upload("/v1/inboxfiles", PDF, filename=given)
        await client.upload("/v1/inboxfiles", io.BytesIO(PDF), filename=given)
    for call in route.calls:
        assert sent in call.request.content
        assert b"../" not in call.request.content
        assert b"..\\" not in call.request.content


async def test_call_and_request_send_only_the_base_name_too(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.post(f"{API}/v1/inboxfiles").respond(201, json={})
    evil = "../../etc/cron.d/evil.pdf"
    async with make_client() as client:
        upload = FileUpload(file=File(payload=io.BytesIO(PDF), file_name=evil))
        await client.call(create_inbox_file, body=upload)
        await client.request("POST", "/v1/inboxfiles", files={"file": (evil, PDF, None)})
    for call in route.calls:
        assert b'filename="evil.pdf"' in call.request.content
        assert b"../" not in call.request.content


async def test_the_login_callback_page_escapes_the_error_it_echoes(anyio_backend: str) -> None:
    pages: list[str] = []
    settings = LoginSettings(
        client_id="cli",
        client_secret="not-shown",
        environment="sandbox",
        scope=None,
        port=0,
        identity_url="https://identity.example",
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
    )

    async def browser(url: str) -> None:
        query = dict(httpx.URL(url).params)
        evil = "<script>alert(document.cookie)</script>\r\nforged"
        async with httpx.AsyncClient() as http:
            answer = await http.get(
                query["redirect_uri"], params={"error": evil, "state": query["state"]}
            )
        pages.append(answer.text)

    with pytest.raises(LoginError) as caught:
        await authorize(settings, browser)
    assert "<script>" not in pages[0]
    assert "&lt;script&gt;" in pages[0]
    assert "\r" not in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "problem",
    [
        {"title": "Bad\r\n2026-01-01 INFO forged line", "detail": "d"},
        {"title": "t", "detail": "line one\nline two\u2028three\x85four"},
        {"title": "t", "errors": {"field\r\nforged": ["message\r\nforged"]}},
        {"title": "t", "traceId": "00-abc\r\nforged"},
    ],
    ids=["title", "detail", "errors", "trace id"],
)
async def test_line_breaks_from_problem_details_do_not_reach_str_of_the_error(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, problem: dict[str, Any]
) -> None:
    router.get(f"{API}/v1/bad").respond(400, json=problem)
    async with make_client() as client:
        with pytest.raises(asp.ValidationError) as caught:
            await client.request("GET", "/v1/bad")
    text = str(caught.value)
    assert text.splitlines() == [text]
    assert "forged" in text or "line two" in text  # escaped, not dropped
