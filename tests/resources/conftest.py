"""A seeded emulator and an open client on it, for the namespace tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

API = "https://api.emulator.test"
TOKEN_URL = "https://identity.emulator.test/connect/token"


@pytest.fixture
def emulator() -> AsperionEmulator:
    return AsperionEmulator(tenants=2, seed=5)


@pytest.fixture
async def client(emulator: AsperionEmulator) -> AsyncIterator[asp.AsperionClient]:
    async with asp.AsperionClient(
        client_id=emulator.client_id,
        client_secret=emulator.client_secret,
        token_store=asp.MemoryTokenStore(emulator.issue_token()),
        base_url=API,
        token_url=TOKEN_URL,
        transport=emulator.transport(),
        tenant_id=emulator.tenant_ids[0],
    ) as client:
        yield client


@pytest.fixture
def t(client: asp.AsperionClient, emulator: AsperionEmulator) -> asp.TenantClient:
    return client.tenant(emulator.tenant_ids[0])
