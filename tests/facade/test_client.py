"""Client construction, the generic ``call``, raw requests, uploads, downloads, secrecy."""

from __future__ import annotations

import io
import logging
import types
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from asperion_client.api.debtors import create_debtor, get_debtor, list_debtors
from asperion_client.models.debtor_input import DebtorInput

import asperion_async as asp
from asperion_async._version import __version__

from .conftest import MakeClient
from .support import API, CLIENT_SECRET, TokenServer, expired_token

PDF = b"%PDF-1.7\n" + b"0" * 100


# -- construction ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "api", "token_url"),
    [
        ("sandbox", "https://api-sandbox.asperion.nl", "https://identity-sandbox.asperion.nl"),
        ("production", "https://api.asperion.nl", "https://identity.asperion.nl"),
    ],
)
def test_environment_picks_hosts(environment: str, api: str, token_url: str) -> None:
    client = asp.AsperionClient(
        client_id="id",
        client_secret=CLIENT_SECRET,
        token_store=asp.MemoryTokenStore(),
        environment=environment,
    )
    assert str(client._pipeline.http.base_url).rstrip("/") == api
    assert client._pipeline.auth._token_url == f"{token_url}/connect/token"


@pytest.mark.parametrize("environment", ["staging", "", "SANDBOX"])
def test_unknown_environment(environment: str) -> None:
    with pytest.raises(ValueError, match="unknown environment"):
        asp.AsperionClient(
            client_id="id",
            client_secret="s",
            token_store=asp.MemoryTokenStore(),
            environment=environment,
        )


@pytest.mark.parametrize(
    "url", ["http://api.example.test", "http://10.0.0.1:8000", "ftp://127.0.0.1", "api.example"]
)
@pytest.mark.parametrize("option", ["base_url", "token_url"])
def test_plain_http_refused_unless_loopback(make_client: MakeClient, option: str, url: str) -> None:
    with pytest.raises(ValueError, match=option):
        make_client(**{option: url})


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://127.8.9.10", "http://[::1]:9000", "http://localhost"]
)
def test_plain_http_allowed_for_loopback(make_client: MakeClient, url: str) -> None:
    make_client(base_url=url, token_url=f"{url}/connect/token")


@pytest.mark.anyio
async def test_default_headers_and_timeout(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").respond(200)
    timeout = httpx.Timeout(5.0, connect=2.0)
    async with make_client(accept_language="nl-NL", timeout=timeout) as client:
        await client.request("GET", "/v1/debtors")
    sent = route.calls.last.request
    assert sent.headers["User-Agent"].startswith(f"asperion-async/{__version__}")
    assert sent.headers["Accept-Language"] == "nl-NL"
    assert sent.headers["Accept"] == "application/json"
    assert sent.extensions["timeout"] == timeout.as_dict()


@pytest.mark.anyio
async def test_float_timeout(router: respx.MockRouter, make_client: MakeClient) -> None:
    route = router.get(f"{API}/v1/debtors").respond(200)
    async with make_client(timeout=3.5) as client:
        await client.request("GET", "/v1/debtors")
    assert route.calls.last.request.extensions["timeout"]["read"] == 3.5
    assert "Accept-Language" not in route.calls.last.request.headers


@pytest.mark.anyio
async def test_close_explicitly_or_with_async_with(make_client: MakeClient) -> None:
    client = make_client()
    assert not client.is_closed
    await client.aclose()
    assert client.is_closed
    async with make_client() as other:
        assert not other.is_closed
    assert other.is_closed


# -- call -----------------------------------------------------------------------------------


def debtor_page(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params["page"])
    size = int(request.url.params["pageSize"])
    total = 7
    first = (page - 1) * size
    items = [
        {"id": n, "name": f"Debtor {n}"} for n in range(first + 1, min(first + size, total) + 1)
    ]
    meta = {"totalCount": total, "pageCount": -(-total // size), "nextPage": None}
    return httpx.Response(200, json={"_data": items, "_meta": meta})


@pytest.mark.anyio
async def test_call_with_a_generated_module(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").mock(side_effect=debtor_page)
    async with make_client() as client:
        page = await client.tenant(100003).call(list_debtors, page=1, page_size=5, city="Utrecht")
    assert [d.id for d in page.data] == [1, 2, 3, 4, 5]
    sent = route.calls.last.request
    assert sent.url.params["City"] == "Utrecht"
    assert sent.headers["X-Tenant-Id"] == "100003"


@pytest.mark.anyio
async def test_call_with_asyncio_detailed_and_positional_path_argument(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/debtors/42").respond(200, json={"id": 42, "name": "A tenant's debtor"})
    async with make_client() as client:
        by_function = await client.call(get_debtor.asyncio_detailed, id=42)
        by_position = await client.call(get_debtor.asyncio, 42)
    assert by_function.name == by_position.name == "A tenant's debtor"


@pytest.mark.anyio
async def test_call_posts_json_and_maps_errors(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.post(f"{API}/v1/debtors").respond(
        400, json={"title": "Invalid", "errors": {"DebtorKindId": ["required"]}}
    )
    async with make_client() as client:
        with pytest.raises(asp.ValidationError) as caught:
            await client.call(create_debtor, body=DebtorInput(name="x", debtor_kind_id=""))
    assert caught.value.errors == {"DebtorKindId": ["required"]}
    assert route.call_count == 1
    assert route.calls.last.request.headers["Content-Type"] == "application/json"


@pytest.mark.anyio
async def test_call_with_bad_arguments_sends_nothing(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    async with make_client() as client:
        with pytest.raises(TypeError):
            await client.call(list_debtors, no_such_filter=1)
        with pytest.raises(TypeError, match="not a generated endpoint"):
            await client.call(print)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="not a generated endpoint"):
            await client.call(types.ModuleType("empty"))
    assert not router.calls


@pytest.mark.anyio
async def test_call_with_any_module_shaped_like_a_generated_one(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    """The facade is generic: a new endpoint works without handwritten code."""
    module = types.ModuleType("asperion_client.api.future.list_widgets")

    def _get_kwargs(*, colour: str) -> dict[str, Any]:
        return {"method": "get", "url": "/v1/widgets", "params": {"Colour": colour}}

    def _parse_response(*, client: Any, response: httpx.Response) -> Any:
        assert client.raise_on_unexpected_status is False
        return response.json()["_data"]

    module._get_kwargs = _get_kwargs  # type: ignore[attr-defined]
    module._parse_response = _parse_response  # type: ignore[attr-defined]
    router.get(f"{API}/v1/widgets", params={"Colour": "red"}).respond(200, json={"_data": [1]})
    async with make_client() as client:
        assert await client.call(module, colour="red") == [1]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, text="<html>please log in</html>"),
        httpx.Response(200, json=None),
        httpx.Response(200, json=[1, 2]),
        httpx.Response(200, content=b""),
    ],
    ids=["html", "null", "array", "empty"],
)
async def test_call_with_a_malformed_2xx_body_raises_an_asperion_error(
    router: respx.MockRouter, make_client: MakeClient, answer: httpx.Response
) -> None:
    router.get(f"{API}/v1/debtors/1").mock(return_value=answer)
    async with make_client() as client:
        with pytest.raises(asp.UnexpectedResponseError) as caught:
            await client.call(get_debtor, id=1)
    assert isinstance(caught.value, asp.AsperionError)
    assert f"GET {API}/v1/debtors/1 answered 200" in str(caught.value)
    assert caught.value.response is not None
    assert "Authorization" not in caught.value.response.request.headers


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"page_size": 0}, ValueError),
        ({"page_size": 101}, ValueError),
        ({"page": 0}, ValueError),
        ({"page_size": "10"}, TypeError),
        ({"page": True}, TypeError),
    ],
)
async def test_call_refuses_paging_the_api_would_refuse(
    router: respx.MockRouter,
    token_server: TokenServer,
    make_client: MakeClient,
    arguments: dict[str, Any],
    error: type[Exception],
) -> None:
    async with make_client(store=asp.MemoryTokenStore(expired_token())) as client:
        with pytest.raises(error, match="page"):
            await client.call(list_debtors, **arguments)
    assert not router.calls
    assert token_server.refreshes == 0


# -- pagination through the pipeline --------------------------------------------------------


@pytest.mark.anyio
async def test_paginate_and_pages_go_through_the_pipeline(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.get(f"{API}/v1/debtors").mock(side_effect=debtor_page)
    async with make_client() as client:
        t = client.tenant(100003)
        names = [d.name async for d in t.paginate(list_debtors, page_size=3, prefetch=2)]
        numbers = [(p.number, len(p.items)) async for p in t.pages("/v1/debtors", page_size=3)]
    assert names == [f"Debtor {n}" for n in range(1, 8)]
    assert numbers == [(1, 3), (2, 3), (3, 1)]
    assert {c.request.headers["X-Tenant-Id"] for c in route.calls} == {"100003"}


@pytest.mark.anyio
async def test_paginate_rejects_bad_arguments_before_io(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    async with make_client() as client:
        with pytest.raises(ValueError, match="prefetch"):
            client.paginate(list_debtors, prefetch=0)
        with pytest.raises(TypeError):
            client.pages(list_debtors, no_such_filter=1)
    assert not router.calls


# -- uploads and downloads ------------------------------------------------------------------


@pytest.mark.anyio
async def test_upload_sends_a_pdf_as_multipart(
    router: respx.MockRouter, make_client: MakeClient, tmp_path: Path
) -> None:
    route = router.post(f"{API}/v1/inboxfiles").respond(201, json={"id": "f1"})
    pdf_path = tmp_path / "invoice.pdf"
    pdf_path.write_bytes(PDF)
    async with make_client() as client:
        t = client.tenant(9)
        assert (await t.upload("/v1/inboxfiles", PDF)).json() == {"id": "f1"}
        await t.upload("/v1/inboxfiles", pdf_path)
        await t.upload("/v1/inboxfiles", io.BytesIO(PDF), filename="scan.pdf")
    bodies = [c.request.content for c in route.calls]
    assert b'filename="upload.pdf"' in bodies[0]
    assert b'filename="invoice.pdf"' in bodies[1]
    assert b'filename="scan.pdf"' in bodies[2]
    assert all(PDF in body for body in bodies)
    assert route.calls.last.request.headers["X-Tenant-Id"] == "9"


@pytest.mark.anyio
async def test_raw_multipart_request_checks_only_file_parts(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    route = router.post(f"{API}/v1/salesinvoices/5/file").respond(201)
    files = [("note", (None, "plain form field", None)), ("file", ("a.pdf", PDF.decode(), None))]
    async with make_client() as client:
        await client.request("POST", "/v1/salesinvoices/5/file", files=files)
    assert b"plain form field" in route.calls.last.request.content


@pytest.mark.anyio
async def test_upload_rejects_large_and_non_pdf_files_with_nothing_sent(
    router: respx.MockRouter, token_server: TokenServer, make_client: MakeClient, tmp_path: Path
) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * (5 * 1024 * 1024))
    store = asp.MemoryTokenStore(expired_token())  # not even a token refresh may happen
    async with make_client(store=store) as client:
        with pytest.raises(ValueError, match="at most 5242880 bytes"):
            await client.upload("/v1/inboxfiles", big)
        with pytest.raises(ValueError, match="at most"):
            await client.upload("/v1/inboxfiles", big.read_bytes())
        with pytest.raises(ValueError, match="not a PDF"):
            await client.upload("/v1/inboxfiles", b"PK\x03\x04 a zip file", filename="a.zip")
        with pytest.raises(ValueError, match="not a PDF"):
            await client.request(
                "POST", "/v1/inboxfiles", files={"file": ("a.png", b"\x89PNG", "image/png")}
            )
        with pytest.raises(ValueError, match="at most"):
            await client.request(
                "POST", "/v1/inboxfiles", files=[("file", ("b.pdf", big.open("rb"), None))]
            )
    assert not router.calls
    assert token_server.refreshes == 0


@pytest.mark.anyio
async def test_generated_multipart_endpoint_is_checked_too(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    from asperion_client.api.inbox_files import create_inbox_file
    from asperion_client.models.file_upload import FileUpload
    from asperion_client.types import File

    route = router.post(f"{API}/v1/inboxfiles").respond(201, json={"id": "f2"})
    async with make_client() as client:
        text = FileUpload(file=File(payload=io.BytesIO(b"hello"), file_name="a.txt"))
        with pytest.raises(ValueError, match="not a PDF"):
            await client.call(create_inbox_file, body=text)
        assert route.call_count == 0
        nameless = FileUpload(file=File(payload=io.BytesIO(b"x" * (6 * 1024 * 1024))))
        with pytest.raises(ValueError, match="5 MB"):
            await client.call(create_inbox_file, body=nameless)
        assert route.call_count == 0
        body = FileUpload(file=File(payload=io.BytesIO(PDF), file_name="b.pdf"))
        stored = await client.call(create_inbox_file, body=body)
    assert stored.id == "f2"
    assert route.call_count == 1


@pytest.mark.anyio
async def test_download_streams_to_a_file(
    router: respx.MockRouter, make_client: MakeClient, tmp_path: Path
) -> None:
    content = PDF * 1000
    router.get(f"{API}/v1/files/abc").respond(200, content=content)
    target = tmp_path / "out.pdf"
    async with make_client() as client:
        written = await client.tenant(3).download("/v1/files/abc", target)
    assert written == len(content)
    assert target.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


@pytest.mark.anyio
async def test_failed_download_leaves_no_partial_file(
    router: respx.MockRouter, make_client: MakeClient, tmp_path: Path
) -> None:
    router.get(f"{API}/v1/files/abc").respond(404)
    async with make_client() as client:
        with pytest.raises(asp.NotFoundError):
            await client.download("/v1/files/abc", tmp_path / "out.pdf")
    assert list(tmp_path.iterdir()) == []


# -- secrecy --------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_no_secret_in_logs_reprs_or_errors(
    router: respx.MockRouter,
    token_server: TokenServer,
    make_client: MakeClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    router.get(f"{API}/v1/debtors").mock(
        side_effect=[httpx.Response(401), httpx.Response(503), httpx.Response(200)]
    )
    router.get(f"{API}/v1/missing").respond(404, text="nope")
    router.post(f"{API}/v1/debtors").mock(side_effect=httpx.ReadTimeout("slow"))
    texts: list[str] = []
    client = make_client(store=asp.MemoryTokenStore(expired_token()))
    async with client:
        t = client.tenant(100003)
        await t.request("GET", "/v1/debtors")
        for path, method, error in [
            ("/v1/missing", "GET", asp.NotFoundError),
            ("/v1/debtors", "POST", asp.TransportError),
        ]:
            with pytest.raises(error) as caught:
                await t.request(method, path)
            texts += [str(caught.value), repr(caught.value), repr(vars(caught.value))]
        token_server.refuse = True
        with pytest.raises(asp.TokenRefreshError) as refused:
            await client._pipeline.auth.rejected(await client._pipeline.auth.token())
        texts += [str(refused.value), repr(refused.value)]
        texts += [repr(client), repr(t), repr(client._pipeline.auth), str(client.stats)]
    texts += [record.getMessage() for record in caplog.records]
    everything = "\n".join(texts)
    assert "GET /v1/debtors -> 503" in everything  # the log does say what happened
    assert "tenant 100003" in everything
    for secret in ("secret", CLIENT_SECRET, "Bearer"):
        assert secret not in everything
