"""Fixtures: a small seeded emulator and an httpx client on its in-process transport."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from asperion_async.testing import AsperionEmulator

BASE_URL = "https://api.emulator.test"


@pytest.fixture
def emulator() -> AsperionEmulator:
    return AsperionEmulator(tenants=3, seed=7)


def make_client(emulator: AsperionEmulator, **kwargs: Any) -> httpx.AsyncClient:
    token = emulator.issue_token()
    headers = {"Authorization": f"Bearer {token.access_token}", **kwargs.pop("headers", {})}
    return httpx.AsyncClient(
        transport=emulator.transport(), base_url=BASE_URL, headers=headers, **kwargs
    )


@pytest.fixture
async def client(emulator: AsperionEmulator) -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(emulator) as c:
        yield c


@pytest.fixture
def client_for() -> Callable[..., httpx.AsyncClient]:
    return make_client
