"""Mapping non-2xx answers to the typed error hierarchy."""

from __future__ import annotations

import httpx
import pytest
import respx

import asperion_async as asp
from asperion_async.errors import error_from_response

from .conftest import MakeClient
from .support import API

pytestmark = pytest.mark.anyio

PROBLEM = {
    "type": "https://tools.ietf.org/html/rfc7231#section-6.5.1",
    "title": "One or more validation errors occurred.",
    "status": 400,
    "detail": "See errors",
    "traceId": "00-abc-def-00",
    "errors": {"DebtorKindId": ["The DebtorKindId field is required."], "Name": "too long"},
}


def answer(status: int, **kwargs: object) -> httpx.Response:
    request = httpx.Request(
        "GET", f"{API}/v1/debtors/1?page=2", headers={"Authorization": "Bearer access-secret"}
    )
    return httpx.Response(status, request=request, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, asp.ValidationError),
        (401, asp.AuthenticationError),
        (403, asp.PermissionDeniedError),
        (404, asp.NotFoundError),
        (409, asp.ConflictError),
        (422, asp.ValidationError),
        (429, asp.RateLimitError),
        (500, asp.ServerError),
        (502, asp.ServerError),
        (418, asp.ApiError),
    ],
)
def test_status_picks_the_class(status: int, cls: type[asp.ApiError]) -> None:
    error = error_from_response(answer(status, json=PROBLEM))
    assert type(error) is cls
    assert isinstance(error, asp.ApiError)
    assert isinstance(error, asp.AsperionError)
    assert error.status_code == status


def test_problem_details_fields() -> None:
    error = error_from_response(answer(400, json=PROBLEM))
    assert error.title == PROBLEM["title"]
    assert error.detail == "See errors"
    assert error.trace_id == "00-abc-def-00"
    assert error.errors == {
        "DebtorKindId": ["The DebtorKindId field is required."],
        "Name": ["too long"],
    }
    assert error.body_excerpt is None
    message = str(error)
    assert "400 One or more validation errors occurred.: See errors" in message
    assert "DebtorKindId: The DebtorKindId field is required." in message
    assert f"GET {API}/v1/debtors/1?page=2" in message
    assert "trace_id=00-abc-def-00" in message


def test_error_carries_sanitised_request_and_response() -> None:
    error = error_from_response(answer(404, json={"title": "Not Found"}, headers={"X-A": "b"}))
    assert error.request is not None
    assert error.response is not None
    assert error.request.method == "GET"
    assert str(error.request.url) == f"{API}/v1/debtors/1?page=2"
    assert "Authorization" not in error.request.headers
    assert "Authorization" not in error.response.request.headers
    assert error.response.json() == {"title": "Not Found"}
    assert error.response.headers["X-A"] == "b"
    assert "access-secret" not in repr(error) + str(error)


def test_empty_body_still_maps() -> None:
    error = error_from_response(answer(404))
    assert type(error) is asp.NotFoundError
    assert (error.title, error.detail, error.trace_id, error.errors) == (None, None, None, {})
    assert error.body_excerpt is None
    assert str(error) == f"404 (GET {API}/v1/debtors/1?page=2)"


def test_html_502_from_a_proxy() -> None:
    html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + "x" * 900
    error = error_from_response(answer(502, text=html, headers={"Content-Type": "text/html"}))
    assert type(error) is asp.ServerError
    assert error.title is None
    assert error.body_excerpt is not None
    assert error.body_excerpt.startswith("<html> <head><title>502 Bad Gateway</title>")
    assert len(error.body_excerpt) <= 201
    assert "502 Bad Gateway" in str(error)


@pytest.mark.parametrize("body", [b"[1, 2]", b'{"message": "nope"}', b"\xff\xfe broken"])
def test_json_that_is_not_problem_details(body: bytes) -> None:
    error = error_from_response(answer(500, content=body))
    assert type(error) is asp.ServerError
    assert error.body_excerpt


def test_rate_limit_error_has_retry_after() -> None:
    error = error_from_response(answer(429), retry_after=2.5)
    assert isinstance(error, asp.RateLimitError)
    assert error.retry_after == 2.5


async def test_request_raises_the_mapped_error(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.put(f"{API}/v1/debtors/9").respond(422, json=PROBLEM)
    async with make_client() as client:
        with pytest.raises(asp.ValidationError) as caught:
            await client.tenant(7).request("PUT", "/v1/debtors/9", json={})
    assert caught.value.errors["DebtorKindId"] == ["The DebtorKindId field is required."]


async def test_stream_raises_the_mapped_error_with_its_body(
    router: respx.MockRouter, make_client: MakeClient
) -> None:
    router.get(f"{API}/v1/files/x").respond(404, json={"title": "Not Found", "detail": "no file"})
    async with make_client() as client:
        with pytest.raises(asp.NotFoundError, match="no file"):
            async with client.stream("GET", "/v1/files/x"):
                raise AssertionError("a 404 must not reach the block")
        assert client._pipeline.limits.in_flight == 0
