"""The small types every backend shares."""

from __future__ import annotations

from dataclasses import dataclass

from .._errors import CommandError


@dataclass(frozen=True)
class Applied:
    """What one write did: items whose content was new or changed, rows deleted."""

    written: int = 0
    deleted: int = 0


class StorageError(CommandError):
    """The sync's database cannot be used; the message says why and what to do."""
