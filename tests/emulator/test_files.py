"""Uploads (multipart, PDF, 5 MB limit) and PDF downloads."""

from __future__ import annotations

import httpx
import pytest

from asperion_async.testing import AsperionEmulator
from asperion_async.testing._files import MAX_UPLOAD, pdf


def _pdf_of(size: int) -> bytes:
    head = pdf("groot")
    return head + b"%" * (size - len(head))


@pytest.mark.anyio
async def test_inbox_upload_then_download_same_bytes(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    data = pdf("bonnetje") + bytes(range(256)) + b"\r\n--not-a-boundary\r\n"
    uploaded = await client.post(
        "/v1/inboxfiles", files={"file": ("bon.pdf", data, "application/pdf")}
    )
    assert uploaded.status_code == 200
    stored = uploaded.json()
    assert stored["size"] == len(data)
    assert stored["fileUrl"].startswith("https://")
    downloaded = await client.get(stored["fileUrl"])
    assert downloaded.headers["content-type"] == "application/pdf"
    assert downloaded.content == data
    assert emulator.stats.creates["inboxfiles"] == 1


@pytest.mark.anyio
async def test_attach_pdf_to_sales_invoice(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/salesinvoices/2/file", files={"file": ("factuur.pdf", pdf("f"), "application/pdf")}
    )
    assert response.status_code == 200
    file_id = response.json()["id"]
    downloaded = await client.get(f"/v1/files/{file_id}")
    assert downloaded.content == pdf("f")
    assert (
        await client.post("/v1/salesinvoices/99999/file", files={"file": ("f.pdf", pdf("f"))})
    ).status_code == 404


@pytest.mark.anyio
async def test_five_megabyte_limit(client: httpx.AsyncClient) -> None:
    at_limit = await client.post("/v1/inboxfiles", files={"file": ("max.pdf", _pdf_of(MAX_UPLOAD))})
    over = await client.post("/v1/inboxfiles", files={"file": ("big.pdf", _pdf_of(MAX_UPLOAD + 1))})
    assert at_limit.status_code == 200
    assert over.status_code == 413
    assert over.json()["errors"]["File"]


@pytest.mark.anyio
async def test_only_pdf_and_multipart_are_accepted(client: httpx.AsyncClient) -> None:
    text = await client.post("/v1/inboxfiles", files={"file": ("a.txt", b"hallo", "text/plain")})
    not_multipart = await client.post("/v1/inboxfiles", json={"file": "x"})
    assert text.status_code == 422  # well-formed, but not a PDF
    assert not_multipart.status_code == 400


@pytest.mark.anyio
async def test_seeded_inbox_files_download_as_pdf(client: httpx.AsyncClient) -> None:
    listed = (await client.get("/v1/inboxfiles")).json()["_data"]
    response = await client.get(f"/v1/inboxfiles/{listed[0]['id']}")
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert response.content.rstrip().endswith(b"%%EOF")
    assert (await client.get("/v1/files/does-not-exist")).status_code == 404
