"""examples/upload_to_inbox.py: PDFs go to the inbox; files Asperion would refuse never leave."""

from __future__ import annotations

from pathlib import Path

import pytest

from asperion_async.testing import AsperionEmulator

from .conftest import Connect, load_example

pytestmark = pytest.mark.anyio

upload = load_example("upload_to_inbox")

FIVE_MB = 5 * 1024 * 1024


def _pdf(text: str, size: int | None = None) -> bytes:
    body = f"%PDF-1.4\n% {text}\n".encode()
    if size is not None:
        body += b"0" * (size - len(body) - len(b"%%EOF\n"))
    return body + b"%%EOF\n"


async def test_uploads_the_pdfs_and_skips_what_would_be_refused(
    connect: Connect, emulator: AsperionEmulator, tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    contents = {
        "bill-001.pdf": _pdf("bill 1"),
        "bill-002.pdf": _pdf("bill 2"),
        "exactly-5mb.pdf": _pdf("limit", size=FIVE_MB),
    }
    for name, content in contents.items():
        (folder / name).write_bytes(content)
    (folder / "too-big.pdf").write_bytes(_pdf("big", size=FIVE_MB + 1))
    (folder / "not-a-pdf.pdf").write_bytes(b"PK\x03\x04 a zip file with the wrong name")
    (folder / "notes.txt").write_text("not matched by *.pdf")
    tenant = emulator.tenant_ids[1]
    before = emulator.count(tenant, "inboxfiles")

    async with connect() as client:
        t = client.tenant(tenant)
        report = await upload.upload_folder(t, folder)
        downloaded = {}
        for name, file_id in report.uploaded.items():
            target = tmp_path / f"back-{name}"
            await t.download(f"/v1/inboxfiles/{file_id}", target)
            downloaded[name] = target.read_bytes()

    assert set(report.uploaded) == set(contents)
    assert set(report.skipped) == {"too-big.pdf", "not-a-pdf.pdf"}
    assert "5 MB" in report.skipped["too-big.pdf"]
    assert "not a PDF" in report.skipped["not-a-pdf.pdf"]
    assert emulator.stats.requests_to("POST /v1/inboxfiles", tenant) == len(contents)
    assert emulator.count(tenant, "inboxfiles") == before + len(contents)
    assert downloaded == contents
