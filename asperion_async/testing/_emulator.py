"""AsperionEmulator: a faithful, seeded, in-memory Asperion for tests, demos and benchmarks."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
from starlette.types import Receive, Scope, Send

from .._client import AsperionClient
from .._tokens import MemoryTokenStore, Token
from ._app import EmulatorApp, EmulatorStats, Settings
from ._faults import Faults
from ._oauth import Authority
from ._schemas import Schemas
from ._server import LoopbackServer
from ._spec import JSONDict, load_spec, operations
from ._store import ItemId
from ._tenants import Tenant, Tenants
from ._transport import EmulatorTransport

_FIRST_TENANT = 100001
EMULATED_API = "https://api.emulator.test"
"""The base URL of ``client()``: any host will do, its transport opens no socket."""
EMULATED_IDENTITY = "https://identity.emulator.test"


class AsperionEmulator:
    """An in-memory Asperion API and identity server, driven by ``openapi/asperion-v1.json``.

    ``tenants``: how many administrations (ids 100001, 100002, ...) or their ids; the first
    is the default one, any other id is refused with 403. ``sizes`` overrides how many
    base items a collection has per tenant (``{"debtors": 100_000}``; children per parent
    as ``{"debtors/mandates": 3}``); items are generated lazily from ``seed``.
    ``latency`` is seconds per API request, or a ``(low, high)`` range drawn from the seed.
    ``clock`` returns epoch seconds; tests pass their own to expire tokens without waiting.
    """

    def __init__(
        self,
        tenants: int | Sequence[int] = 3,
        seed: int = 0,
        latency: float | tuple[float, float] = 0.0,
        faults: Faults | None = None,
        sizes: Mapping[str, int] | None = None,
        access_token_lifetime: float = 3600.0,
        client_id: str = "emulator-client",
        client_secret: str = "emulator-secret",  # noqa: S107 - a test double's fixed secret
        *,
        tenant_header: str = "X-Tenant-Id",
        rotate_refresh_tokens: bool = True,
        clock: Callable[[], float] = time.time,
        spec: str | Path | JSONDict | None = None,
    ) -> None:
        ids = _tenant_ids(tenants)
        if isinstance(latency, tuple):
            if len(latency) != 2 or not 0 <= latency[0] <= latency[1]:
                raise ValueError("latency range must be (low, high) with 0 <= low <= high")
        elif latency < 0:
            raise ValueError("latency must be >= 0")
        if access_token_lifetime <= 0:
            raise ValueError("access_token_lifetime must be > 0")
        self.seed = seed
        loaded = load_spec(spec)
        ops = operations(loaded)
        self._tenants = Tenants(ids, seed, sizes or {}, ops, Schemas(loaded), clock)
        self._authority = Authority(
            client_id, client_secret, access_token_lifetime, clock, rotate_refresh_tokens
        )
        faults = faults or Faults()
        settings = Settings(
            faults=faults,
            fault_seed=seed if faults.seed is None else faults.seed,
            latency=latency,
            tenant_header=tenant_header,
        )
        self._app = EmulatorApp(self._tenants, self._authority, settings, ops)
        self.client_id = client_id
        self.client_secret = client_secret

    def __repr__(self) -> str:
        return f"AsperionEmulator(tenants={self.tenant_ids!r}, seed={self.seed!r})"

    # --- serving -----------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The emulator is an ASGI app itself (``uvicorn pkg.module:emulator``)."""
        await self._app.asgi(scope, receive, send)

    def transport(self) -> httpx.AsyncBaseTransport:
        """An httpx transport into this emulator, without sockets (asyncio and trio)."""
        return EmulatorTransport(self._app)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> LoopbackServer:
        """A loopback HTTP server; use as ``with``/``async with ... as base_url``."""
        return LoopbackServer(self._app.asgi, host, port)

    # --- tenants, tokens, counters -----------------------------------------------------
    @property
    def tenant_ids(self) -> list[int]:
        return [tenant.id for tenant in self._tenants]

    @property
    def default_tenant(self) -> int:
        return self._tenants.default().id

    @property
    def stats(self) -> EmulatorStats:
        return self._app.stats

    def issue_token(self, scope: str = "") -> Token:
        """A fresh token (with a one-time refresh token), skipping the browser flow."""
        with self._app.lock:
            access, refresh, expires_at = self._authority.issue(scope)
            self._app.stats.tokens_issued = self._authority.tokens_issued
        return Token(access, refresh, expires_at)

    def client(self, **options: Any) -> AsperionClient:
        """An ``AsperionClient`` on this emulator, ready to use: one call, no sockets.

        It sends through ``transport()`` with a token from ``issue_token()``; ``options``
        are the client's own (``tenant_id=``, ``max_retries=``, ...) and override those
        settings. Use it as ``async with emulator.client() as client:``.
        """
        settings: dict[str, Any] = {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "token_store": MemoryTokenStore(self.issue_token()),
            "base_url": EMULATED_API,
            "token_url": f"{EMULATED_IDENTITY}/connect/token",
            "transport": self.transport(),
            **options,
        }
        return AsperionClient(**settings)

    def revoke_tokens(self, access_token: str | None = None) -> None:
        """Revoke one access token, or all of them: the next API call answers 401."""
        with self._app.lock:
            self._authority.revoke(access_token)

    # --- direct data access for tests ------------------------------------------------------
    def item(self, tenant_id: int, collection: str, item_id: ItemId) -> JSONDict | None:
        """The stored item (unrendered), or ``None``."""
        with self._app.lock:
            found = (
                self._tenant(tenant_id).collection(self._tenants.storage(collection)).get(item_id)
            )
            return None if found is None else dict(found)

    def count(self, tenant_id: int, collection: str) -> int:
        with self._app.lock:
            return self._tenant(tenant_id).collection(self._tenants.storage(collection)).count()

    def mutate(
        self,
        tenant_id: int,
        collection: str,
        item_id: ItemId | None = None,
        *,
        changes: Mapping[str, Any] | None = None,
        delete: bool = False,
    ) -> JSONDict | None:
        """Change, delete or (``item_id=None``) create an item behind the API's back.

        Journal entries changed this way are recorded in ``/v1/journalentrylog`` like
        writes through the API. Returns the stored item (``None`` after a delete).
        """
        with self._app.lock:
            tenant = self._tenant(tenant_id)
            storage = self._tenants.storage(collection)
            items = tenant.collection(storage)
            if item_id is None:
                if delete:
                    raise ValueError("delete needs an item_id")
                created = items.create(dict(changes or {}))
                self._after(tenant, storage, created["id"], "Created")
                return dict(created)
            existing = items.get(item_id)
            if existing is None:
                raise KeyError(f"{collection} {item_id!r} does not exist in tenant {tenant_id}")
            if delete:
                items.delete(item_id)
                self._after(tenant, storage, item_id, "Deleted")
                return None
            updated = {**existing, **(changes or {}), "id": item_id}
            items.put(updated)
            self._after(tenant, storage, item_id, "Modified")
            return dict(updated)

    def _after(self, tenant: Tenant, storage: str, item_id: ItemId, action: str) -> None:
        if storage == "journalentries":
            tenant.record(item_id, action)

    def _tenant(self, tenant_id: int) -> Tenant:
        tenant = self._tenants.get(tenant_id)
        if tenant is None:
            raise KeyError(f"unknown tenant {tenant_id}; the emulator has {self.tenant_ids}")
        return tenant


def _tenant_ids(tenants: int | Sequence[int]) -> list[int]:
    if isinstance(tenants, bool):
        raise TypeError("tenants must be a count or a sequence of ids")
    if isinstance(tenants, int):
        if tenants < 1:
            raise ValueError("tenants must be at least 1")
        return list(range(_FIRST_TENANT, _FIRST_TENANT + tenants))
    ids = list(tenants)
    if not ids or any(isinstance(t, bool) or not isinstance(t, int) or t < 1 for t in ids):
        raise ValueError("tenant ids must be positive integers, at least one")
    if len(set(ids)) != len(ids):
        raise ValueError("tenant ids must be unique")
    return ids
