"""Loopback serving from async code and from sync code (a plain thread)."""

from __future__ import annotations

import httpx
import pytest

from asperion_async.testing import AsperionEmulator, Faults


@pytest.mark.anyio
async def test_async_serve_answers_over_loopback(emulator: AsperionEmulator) -> None:
    token = emulator.issue_token()
    async with emulator.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=base_url) as client:
            response = await client.get(
                "/v1/debtors",
                params={"pageSize": 2},
                headers={"Authorization": f"Bearer {token.access_token}"},
            )
    assert response.status_code == 200
    assert response.json()["_meta"]["nextPage"].startswith(base_url)


def test_sync_serve_and_a_dropped_connection() -> None:
    emulator = AsperionEmulator(tenants=1, faults=Faults(p_drop=1.0))
    token = emulator.issue_token()
    with emulator.serve(port=0) as base_url, httpx.Client(base_url=base_url) as client:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.get("/v1/debtors", headers={"Authorization": f"Bearer {token.access_token}"})
        token_answer = client.post(
            "/connect/token",
            data={
                "grant_type": "refresh_token",
                "refresh_token": str(token.refresh_token),
                "client_id": emulator.client_id,
                "client_secret": emulator.client_secret,
            },
        )
    assert token_answer.status_code == 200
