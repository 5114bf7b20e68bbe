"""Defect 1: ``download()`` in a shared directory, concurrently, and over a dropped link."""

from __future__ import annotations

import os
import stat
from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import httpx
import pytest
import respx

import asperion_async as asp

from .conftest import ACCESS, API, MakeClient, everything_about

pytestmark = pytest.mark.anyio

URL = f"{API}/v1/files/abc"


async def test_a_symlink_planted_at_the_old_partial_name_is_not_written_through(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    (tmp_path / ".out.pdf.part").symlink_to(victim)
    router.get(URL).respond(200, content=b"%PDF-downloaded")
    async with make_client() as client:
        written = await client.download("/v1/files/abc", tmp_path / "out.pdf")
    assert written == len(b"%PDF-downloaded")
    assert victim.read_bytes() == b"precious"
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF-downloaded"
    assert not (tmp_path / "out.pdf").is_symlink()


async def test_the_temporary_file_is_private_and_unpredictable(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, tmp_path: Path
) -> None:
    seen: list[tuple[str, int]] = []

    async def body() -> AsyncIterator[bytes]:
        yield b"%PDF-"
        for path in tmp_path.iterdir():
            seen.append((path.name, stat.S_IMODE(path.lstat().st_mode)))
        yield b"rest"

    router.get(URL).mock(side_effect=lambda request: httpx.Response(200, content=body()))
    async with make_client() as client:
        for _ in range(2):
            await client.download("/v1/files/abc", tmp_path / "out.pdf")
    temporaries = [name for name, _ in seen if name != "out.pdf"]
    assert len(temporaries) == 2
    assert temporaries[0] != temporaries[1]  # not a fixed, guessable name
    assert all(name.startswith(".out.pdf.") for name in temporaries)
    assert {mode for name, mode in seen if name != "out.pdf"} == {0o600}
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF-rest"


async def test_concurrent_downloads_to_one_destination_never_interleave(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, tmp_path: Path
) -> None:
    contents = {b"A": b"A" * 4000, b"B": b"B" * 4000}

    def slow(letter: bytes) -> httpx.Response:
        async def body() -> AsyncIterator[bytes]:
            for _ in range(40):
                await anyio.sleep(0.001)
                yield letter * 100

        return httpx.Response(200, content=body())

    router.get(f"{API}/v1/files/a").mock(side_effect=lambda request: slow(b"A"))
    router.get(f"{API}/v1/files/b").mock(side_effect=lambda request: slow(b"B"))
    target = tmp_path / "same.pdf"
    results: list[int] = []

    async def fetch(path: str) -> None:
        results.append(await client.download(path, target))

    async with make_client() as client, anyio.create_task_group() as tg:
        tg.start_soon(fetch, "/v1/files/a")
        tg.start_soon(fetch, "/v1/files/b")
    assert results == [4000, 4000]
    assert target.read_bytes() in contents.values()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same.pdf"]


async def test_a_connection_dropped_mid_download_is_a_transport_error(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, tmp_path: Path
) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"%PDF-half"
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")

    router.get(URL).mock(return_value=httpx.Response(200, content=body()))
    (tmp_path / "out.pdf").write_bytes(b"old version")
    async with make_client() as client:
        with pytest.raises(asp.TransportError, match="RemoteProtocolError") as caught:
            await client.download("/v1/files/abc", tmp_path / "out.pdf")
    assert ACCESS not in everything_about(caught.value)
    assert (tmp_path / "out.pdf").read_bytes() == b"old version"
    assert sorted(os.listdir(tmp_path)) == ["out.pdf"]
