"""Checks on files before they are uploaded: Asperion takes PDFs of at most 5 MB.

They run before any network call, so a file the API would refuse costs no request (and no
token refresh).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, Any

import anyio

__all__ = [
    "MAX_UPLOAD_BYTES",
    "FileInput",
    "base_name",
    "base_names",
    "check_files",
    "check_pdf",
    "check_size",
    "read_upload",
]

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
_PDF_MAGIC = b"%PDF-"

FileInput = bytes | str | os.PathLike[str] | IO[bytes]
"""An upload: its content, a path to it, or a binary file object."""


def check_pdf(content: bytes, filename: str | None) -> None:
    """Raise ValueError unless ``content`` is a PDF of at most 5 MB."""
    _check(content[: len(_PDF_MAGIC)], len(content), filename)


def check_files(files: Iterable[tuple[str, Any]] | dict[str, Any]) -> None:
    """Apply the upload checks to every file part of a multipart body (httpx ``files=``).

    A part is a file when it has a file name or its content is a file object (the generated
    ``File`` has no name by default); bytes or text without a name are plain form fields.
    """
    parts = files.items() if isinstance(files, dict) else files
    for _field, value in parts:
        filename, content = value[:2] if isinstance(value, tuple) else (None, value)
        if filename is None and isinstance(content, (bytes, str)):
            continue
        head, size = _head_and_size(content)
        _check(head, size, None if filename is None else str(filename))


def base_name(name: str) -> str:
    """The last component of an upload's file name (``/`` or ``\\``), never ``..``.

    A name such as ``../../etc/x.pdf`` is sent as ``x.pdf``: a server that stores uploads
    under their given name must not be handed a path.
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "upload.pdf" if base in ("", ".", "..") else base


def base_names(files: Iterable[tuple[str, Any]] | dict[str, Any]) -> list[tuple[str, Any]]:
    """A multipart body (httpx ``files=``) with every part's file name cut to its base name."""
    parts = files.items() if isinstance(files, dict) else files
    named: list[tuple[str, Any]] = []
    for field, value in parts:
        if isinstance(value, tuple) and isinstance(value[0], str):
            value = (base_name(value[0]), *value[1:])
        named.append((field, value))
    return named


def check_size(size: int, filename: str | None) -> None:
    """Raise ValueError if ``size`` is over the 5 MB upload limit."""
    if size > MAX_UPLOAD_BYTES:
        raise ValueError(
            f"{filename or 'the file'} is {size} bytes; Asperion accepts uploads of at most "
            f"{MAX_UPLOAD_BYTES} bytes (5 MB)"
        )


def _check(head: bytes, size: int, filename: str | None) -> None:
    name = filename or "the file"
    check_size(size, name)
    if not head.startswith(_PDF_MAGIC):
        raise ValueError(f"{name} is not a PDF (it does not start with %PDF-)")


def _head_and_size(payload: bytes | str | IO[bytes]) -> tuple[bytes, int]:
    """The first bytes and the size of a payload, leaving a stream where it was."""
    if isinstance(payload, str):
        payload = payload.encode()
    if isinstance(payload, bytes):
        return payload[: len(_PDF_MAGIC)], len(payload)
    position = payload.tell()
    try:
        size = payload.seek(0, os.SEEK_END)
        payload.seek(0)
        head = payload.read(len(_PDF_MAGIC))
    finally:
        payload.seek(position)
    return head, size


async def read_upload(file: FileInput, filename: str | None) -> tuple[bytes, str]:
    """The content and base file name of an upload; a path is size-checked before it is
    read, and a file object is read no further than shows it is too big."""
    if isinstance(file, bytes):
        return file, base_name(filename or "upload.pdf")
    if isinstance(file, (str, os.PathLike)):
        path = anyio.Path(os.fspath(file))
        name = base_name(filename or path.name)
        check_size((await path.stat()).st_size, name)
        return await path.read_bytes(), name
    content = _read_at_most(file, MAX_UPLOAD_BYTES + 1)  # enough to tell it is too big
    return content, base_name(filename or str(getattr(file, "name", "upload.pdf")))


def _read_at_most(file: IO[bytes], limit: int) -> bytes:
    """Up to ``limit`` bytes of ``file`` (a raw stream may return less per ``read``)."""
    parts: list[bytes] = []
    left = limit
    while left > 0:
        chunk = file.read(left)
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)
