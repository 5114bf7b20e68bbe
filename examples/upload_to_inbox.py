"""Upload every PDF of a folder to an administration's inbox, a few at a time.

Files Asperion would refuse (not a PDF, over 5 MB) are reported and skipped: the client
checks them before sending anything. The uploads run concurrently within the client's
per-administration limit.

    python examples/upload_to_inbox.py TENANT_ID FOLDER
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import anyio
import asperion_async as asp


@dataclass
class UploadReport:
    uploaded: dict[str, str] = field(default_factory=dict)  # file name -> inbox file id
    skipped: dict[str, str] = field(default_factory=dict)  # file name -> reason


async def upload_to_inbox(t: asp.TenantClient, pdf: Path) -> str:
    """Upload one PDF to the inbox; return the id Asperion gave it."""
    stored = await t.inbox_files.upload(pdf)
    return str(stored.id)


async def upload_folder(t: asp.TenantClient, folder: Path) -> UploadReport:
    report = UploadReport()

    async def upload_one(pdf: Path) -> None:
        try:
            report.uploaded[pdf.name] = await upload_to_inbox(t, pdf)
        except ValueError as exc:  # refused locally: nothing was sent
            report.skipped[pdf.name] = str(exc)

    pdfs = sorted([Path(pdf) async for pdf in anyio.Path(folder).glob("*.pdf")])
    async with anyio.create_task_group() as tg:
        for pdf in pdfs:
            tg.start_soon(upload_one, pdf)
    return report


async def main(tenant_id: int, folder: Path) -> int:
    async with asp.AsperionClient(
        client_id=os.environ["ASPERION_CLIENT_ID"],
        client_secret=os.environ["ASPERION_CLIENT_SECRET"],
        token_store=asp.FileTokenStore("~/.config/asperion/token.json"),
    ) as client:
        report = await upload_folder(client.tenant(tenant_id), folder)
    for name, file_id in sorted(report.uploaded.items()):
        print(f"uploaded {name} as inbox file {file_id}")
    for name, reason in sorted(report.skipped.items()):
        print(f"skipped {name}: {reason}", file=sys.stderr)
    return 1 if report.skipped else 0


if __name__ == "__main__":
    sys.exit(anyio.run(main, int(sys.argv[1]), Path(sys.argv[2])))
