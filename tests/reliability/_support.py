"""Helpers shared by the reliability scenarios: emulator wiring, reference reads, hashing."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

# The in-process transport ignores the host; plain http is allowed because it is loopback.
BASE_URL = "http://127.0.0.1:1"
TOKEN_URL = f"{BASE_URL}/connect/token"


def make_client(
    emulator: AsperionEmulator,
    *,
    store: asp.TokenStore | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    base_url: str = BASE_URL,
    **options: Any,
) -> asp.AsperionClient:
    """A client on the emulator: in-process transport unless ``base_url`` is a served one."""
    settings: dict[str, Any] = {
        "client_id": emulator.client_id,
        "client_secret": emulator.client_secret,
        "token_store": store or asp.MemoryTokenStore(emulator.issue_token()),
        "base_url": base_url,
        "token_url": f"{base_url}/connect/token",
        "transport": transport if transport is not None else emulator.transport(),
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
    }
    settings.update(options)
    return asp.AsperionClient(**settings)


def content_hash(item: Mapping[str, Any]) -> str:
    """SHA-256 of an item's canonical JSON (sorted keys, no whitespace; Decimal amounts as
    their digits, which is how the emulator's floats are written too)."""
    text = asp.json_dumps(item, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


async def reference_items(
    emulator: AsperionEmulator,
    tenant: int,
    path: str,
    *,
    page_size: int = 100,
    canonical: Callable[[dict[str, Any]], Mapping[str, Any]] | None = None,
) -> dict[Any, str]:
    """``{id: content hash}`` of a collection, read page by page with plain httpx (no SDK).

    ``canonical`` maps each raw item first (a model's ``from_dict`` then ``to_dict``, which
    writes a date the emulator sent as ``2023-01-01T00:00:00`` as ``2023-01-01``). Use it on
    a fault-free emulator: it does not retry.
    """
    token = emulator.issue_token().access_token
    headers = {"Authorization": f"Bearer {token}", "X-Tenant-Id": str(tenant)}
    found: dict[Any, str] = {}
    async with httpx.AsyncClient(transport=emulator.transport(), base_url=BASE_URL) as http:
        page = 1
        while True:
            answer = await http.get(
                path, params={"page": page, "pageSize": page_size}, headers=headers
            )
            answer.raise_for_status()
            data = asp.json_loads(answer.content)["_data"]
            for item in data:
                found[item["id"]] = content_hash(canonical(item) if canonical else item)
            if len(data) < page_size:
                return found
            page += 1


class FastClock:
    """Epoch seconds that run ``speed`` times faster than real time (for token expiry)."""

    def __init__(self, speed: float) -> None:
        self._speed = speed
        self._start = time.time()
        self._skipped = 0.0

    def advance(self, seconds: float) -> None:
        """Jump ``seconds`` of clock time ahead at once."""
        self._skipped += seconds

    def __call__(self) -> float:
        return self._start + self._skipped + (time.time() - self._start) * self._speed
