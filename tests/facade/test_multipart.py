"""Multipart uploads through generated endpoints keep every byte of the file."""

from __future__ import annotations

import io

import pytest
from asperion_client.api.inbox_files import create_inbox_file
from asperion_client.models import FileUpload
from asperion_client.types import File

from asperion_async.testing import AsperionEmulator

pytestmark = pytest.mark.anyio

# The generated code asks for the fixed boundary "+++"; a PDF may well contain that line.
TRICKY_PDF = b"%PDF-1.4\r\n--+++\r\nnot the end of the part\r\n--+++--\r\n%%EOF\r\n"


async def test_a_pdf_containing_the_generated_boundary_arrives_intact(anyio_backend: str) -> None:
    emulator = AsperionEmulator(tenants=1)
    async with emulator.client() as client:
        tenant = client.tenant(emulator.tenant_ids[0])
        upload = FileUpload(file=File(payload=io.BytesIO(TRICKY_PDF), file_name="scan.pdf"))
        stored = await tenant.call(create_inbox_file, body=upload)
        response = await tenant.request("GET", f"/v1/inboxfiles/{stored.id}")
    assert response.content == TRICKY_PDF
