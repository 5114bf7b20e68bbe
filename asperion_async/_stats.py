"""Counters a client keeps about its own traffic (for summaries and reliability checks)."""

from __future__ import annotations

import attrs

__all__ = ["ClientStats"]


@attrs.define
class ClientStats:
    """Live counters of one ``AsperionClient`` and all of its tenant views.

    ``requests`` counts every attempt sent to the API (retries included); ``retries`` the
    attempts that repeated an earlier one (a retry after 401 + refresh included);
    ``refreshes`` the token refreshes this client performed.
    """

    requests: int = 0
    retries: int = 0
    refreshes: int = 0
