"""Seeded fault injection: 429 with Retry-After, 503, dropped connections, revocation, latency."""

from __future__ import annotations

import httpx
import pytest

from asperion_async.testing import AsperionEmulator, Faults

from .conftest import make_client


async def _outcomes(emulator: AsperionEmulator, n: int) -> list[str]:
    out: list[str] = []
    async with make_client(emulator) as client:
        for _ in range(n):
            try:
                response = await client.get("/v1/journals")
            except httpx.RemoteProtocolError:
                out.append("drop")
            else:
                out.append(str(response.status_code))
    return out


FAULTY = Faults(p429=0.2, p503=0.1, p_drop=0.1, retry_after=7, seed=42)


@pytest.mark.anyio
async def test_same_seed_same_fault_sequence() -> None:
    first = await _outcomes(AsperionEmulator(tenants=1, faults=FAULTY), 60)
    second = await _outcomes(AsperionEmulator(tenants=1, faults=FAULTY), 60)
    other = await _outcomes(
        AsperionEmulator(tenants=1, faults=Faults(p429=0.2, p503=0.1, p_drop=0.1, seed=43)), 60
    )
    assert first == second
    assert first != other
    assert {"200", "429", "503", "drop"} <= set(first)


@pytest.mark.anyio
async def test_429_carries_retry_after_and_counters_add_up() -> None:
    emulator = AsperionEmulator(tenants=1, faults=Faults(p429=1.0, retry_after=7))
    async with make_client(emulator) as client:
        response = await client.get("/v1/debtors")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["status"] == 429
    assert emulator.stats.faults["429"] == 1


@pytest.mark.anyio
async def test_dropped_connection_raises_an_httpx_error() -> None:
    emulator = AsperionEmulator(tenants=1, faults=Faults(p_drop=1.0))
    async with make_client(emulator) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/v1/debtors")
    assert emulator.stats.faults["drop"] == 1


@pytest.mark.anyio
async def test_revoke_after_forces_a_new_token() -> None:
    emulator = AsperionEmulator(tenants=1, faults=Faults(revoke_after=3))
    statuses = [s for s in await _outcomes(emulator, 4)]
    assert statuses == ["200", "200", "401", "401"]
    assert emulator.stats.faults["revoke"] == 1


@pytest.mark.anyio
async def test_latency_does_not_change_answers() -> None:
    emulator = AsperionEmulator(tenants=1, latency=(0.001, 0.003), seed=5)
    assert await _outcomes(emulator, 3) == ["200", "200", "200"]


def test_fault_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="probability"):
        Faults(p429=1.5)
    with pytest.raises(ValueError, match="add up"):
        Faults(p429=0.6, p503=0.6)
    with pytest.raises(ValueError, match="latency"):
        AsperionEmulator(latency=-1.0)
