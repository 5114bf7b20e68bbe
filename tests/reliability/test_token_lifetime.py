"""Short-lived access tokens: the proactive refresh must not turn into a refresh per request.

The facade refreshes ``REFRESH_LEEWAY`` (60 s) before expiry. A token that lives 30 s (the
fault-storm setting) or 2 s (the rotation setting) is therefore *always* inside the leeway,
and every request refreshes first -- serialised on the refresh lock, one identity-server
round trip each, and across processes one file-lock hand-off each.
"""

from __future__ import annotations

import pytest
from asperion_client.api.debtors import list_debtors

from asperion_async.testing import AsperionEmulator

from ._support import make_client

pytestmark = pytest.mark.anyio

CALLS = 40


async def test_30_second_tokens_are_not_refreshed_on_every_request(anyio_backend: str) -> None:
    assert await refreshes_for(lifetime=30.0) <= 1


async def test_long_lived_tokens_are_not_refreshed_at_all(anyio_backend: str) -> None:
    assert await refreshes_for(lifetime=600.0) == 0


async def refreshes_for(*, lifetime: float) -> int:
    """Refreshes during CALLS back-to-back calls -- which take far less than half of
    ``lifetime`` -- starting from a freshly issued token."""
    emulator = AsperionEmulator(tenants=1, seed=2, access_token_lifetime=lifetime)
    async with make_client(emulator) as client:
        for _ in range(CALLS):
            await client.call(list_debtors, page_size=1)
        return client.stats.refreshes
