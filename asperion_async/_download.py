"""Writing a streamed response body to a file, safely in a directory others can write to.

The body goes to a temporary file that ``tempfile.mkstemp`` creates next to the destination:
an unpredictable name, created exclusively (``O_EXCL``: a file or symlink planted under any
name is never opened) with mode 0600. It is flushed to disk and only then atomically renamed
over the destination, so a reader sees the old file or the whole new one, never part of it.
Concurrent downloads to one destination each have their own temporary file; the last to
finish replaces the destination with its complete body. A failure or cancellation removes the
temporary file; a network failure while reading the body raises ``TransportError``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile

import anyio
import anyio.to_thread
import httpx

from .errors import transport_error

__all__ = ["save_body"]


async def save_body(response: httpx.Response, destination: str | os.PathLike[str]) -> int:
    """Stream ``response``'s body to ``destination``; return the number of bytes written."""
    target = os.fspath(destination)
    fd, partial = await anyio.to_thread.run_sync(_create_partial, target)
    failure: httpx.TransportError | None = None
    written = 0
    try:
        async with await anyio.open_file(fd, "wb") as file:
            try:
                async for chunk in response.aiter_bytes():
                    await file.write(chunk)
                    written += len(chunk)
            except httpx.TransportError as exc:
                failure = exc
            else:
                await file.flush()
                await anyio.to_thread.run_sync(os.fsync, file.wrapped.fileno())
        if failure is None:
            await anyio.to_thread.run_sync(os.replace, partial, target)
    except BaseException:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(_remove, partial)
        raise
    if failure is not None:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(_remove, partial)
        # Raised outside the handler: the httpx error (and the request it holds) is not chained.
        request = response.request
        raise transport_error(
            f"{request.method} {request.url.copy_with(query=None)} failed while reading the "
            f"body after {written} bytes",
            failure,
            request,
            [request.headers.get("Authorization", "").removeprefix("Bearer ")],
        )
    return written


def _create_partial(target: str) -> tuple[int, str]:
    directory, name = os.path.split(os.path.abspath(target))
    return tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=directory)


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
