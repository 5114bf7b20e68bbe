"""The `asperion_async` logger: one DEBUG line per attempt with path and query, no secret."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import httpx
import pytest
import respx

from asperion_async._redact import path_and_query, redact_query

from .conftest import MakeClient
from .support import API, CLIENT_SECRET

pytestmark = pytest.mark.anyio

LINE = re.compile(
    r"GET /v1/debtors\?page=2&pageSize=100 -> 200 \(\d+\.\d ms, attempt 1, tenant 1234\)"
)


def messages(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name == "asperion_async" and r.levelno == level
    ]


async def test_each_page_logs_its_query(
    router: respx.MockRouter, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="asperion_async")
    router.get(f"{API}/v1/debtors").respond(200, json={"_data": []})
    async with make_client() as client:
        for page in (1, 2, 3):
            await client.tenant(1234).request(
                "GET", "/v1/debtors", params={"page": page, "pageSize": 100}
            )
    lines = messages(caplog, logging.DEBUG)
    assert len(lines) == 3
    assert [line.split(" ", 2)[1] for line in lines] == [
        f"/v1/debtors?page={page}&pageSize=100" for page in (1, 2, 3)
    ]
    assert LINE.fullmatch(lines[1]), lines[1]


async def test_secret_looking_parameters_are_redacted_in_every_line(
    router: respx.MockRouter, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="asperion_async")
    router.get(f"{API}/v1/files").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={})]
    )
    params = {"access_token": "tok-S3CR3T", "code": "c0de-S3CR3T", "apiKey": "k-S3CR3T", "q": "x"}
    async with make_client() as client:
        await client.request("GET", "/v1/files", params=params)
    everything = " ".join(r.getMessage() for r in caplog.records)
    assert "S3CR3T" not in everything
    assert CLIENT_SECRET not in everything
    (retry,) = messages(caplog, logging.INFO)
    assert retry.startswith("retrying GET /v1/files?access_token=***&code=***&apiKey=***&q=x in ")
    first, second = messages(caplog, logging.DEBUG)
    assert first.startswith("GET /v1/files?access_token=***&code=***&apiKey=***&q=x -> 503 (")
    assert "attempt 2, tenant None)" in second


def test_redaction_keeps_ordinary_parameters_as_sent() -> None:
    assert redact_query("page=2&pageSize=100") == "page=2&pageSize=100"
    assert redact_query("") == ""
    assert redact_query("client_secret=a&ChangedDate_from=2026-01-01") == (
        "client_secret=***&ChangedDate_from=2026-01-01"
    )
    assert path_and_query("/v1/debtors", "") == "/v1/debtors"
    assert path_and_query("/v1/x", "refresh_token=r&password=p") == (
        "/v1/x?refresh_token=***&password=***"
    )


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("access_token", True),
        ("refreshToken", True),
        ("client_secret", True),
        ("code", True),
        ("auth_code", True),
        ("apiKey", True),
        ("api-key", True),
        ("X-Signature", True),
        ("password", True),
        ("pageSize", False),
        ("page", False),
        ("monkey", False),
        ("designation", False),
        ("ChangedDate_from", False),
    ],
)
def test_which_names_count_as_secret(name: str, secret: bool) -> None:
    redacted = redact_query(f"{name}=value&page=1")
    assert redacted == (f"{name}=***&page=1" if secret else f"{name}=value&page=1")


def test_the_logging_page_shows_the_lines_as_written() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "logging.md").read_text("utf-8")
    shown = re.findall(r"`((?:GET|retrying GET) [^`]+)`", page)
    assert len(shown) == 3
    attempt = r"GET /v1/\w+\?\S+ -> \w+ \(\d+\.\d ms, attempt \d, tenant \d+\)"
    retry = r"retrying GET /v1/\w+\?\S+ in \d+\.\d\d s \(attempt \d, tenant \d+\)"
    for line in shown:
        assert re.fullmatch(attempt, line) or re.fullmatch(retry, line), line
