"""The access token every request needs: proactive and reactive refresh, single-flight.

Any number of tasks that find the token stale queue on one lock; the first refreshes, the
rest find a fresh token when their turn comes and use it. The lock is held across the
refresh request on purpose -- that is the single flight. With a store shared between
processes (``FileTokenStore``), the refresher also takes the store's inter-process lock and
re-reads the store first, so a token another process has just rotated is adopted instead
of refreshed a second time.

The refresh request and the save of its result run shielded from cancellation: a rotating
refresh token is consumed by the request, so abandoning the save would lose the only
valid one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import anyio
import httpx

from ._stats import ClientStats
from ._tokens import Token, TokenStore, _LockableStore
from .errors import TokenRefreshError
from .oauth import request_token

__all__ = ["TokenManager"]

logger = logging.getLogger("asperion_async")

# Refresh this long before the token's expiry (at most halfway through its remaining life),
# so that it does not expire in flight.
REFRESH_LEEWAY = 60.0


class TokenManager:
    """Hands out a valid access token; refreshes it when needed, once for everyone."""

    def __init__(
        self,
        *,
        store: TokenStore,
        http: httpx.AsyncClient,
        token_url: str,
        client_id: str,
        client_secret: str,
        stats: ClientStats,
        leeway: float = REFRESH_LEEWAY,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._http = http
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._leeway = leeway
        self._clock = clock
        self._token: Token | None = None
        self._refresh_at = float("-inf")
        self._lock = anyio.Lock()
        self._stats = stats

    def __repr__(self) -> str:
        return f"TokenManager(token_url={self._token_url!r}, store={self._store!r})"

    async def token(self) -> Token:
        """A token that is not about to expire (refreshing it first if needed)."""
        token = self._token
        if token is not None and self._clock() < self._refresh_at:
            return token
        async with self._lock:
            token = self._token
            if token is None:
                loaded = await self._store.load()
                if loaded is None:
                    raise TokenRefreshError(
                        "the token store holds no token; log in first (asperion-async login)"
                    )
                token = self._use(loaded)
            if self._clock() >= self._refresh_at:
                token = self._use(await self._refresh(token))
            return token

    def superseded(self, token: Token) -> bool:
        """Whether a newer token than ``token`` is already in use.

        A 401 for a superseded token says nothing about the current one: the request is
        simply retried with it, not counted as a refusal of a freshly refreshed token.
        """
        current = self._token
        return current is not None and current.access_token != token.access_token

    async def rejected(self, token: Token) -> Token:
        """The API answered 401 to ``token``: a fresh token (refreshed unless already done)."""
        async with self._lock:
            if self._token is not None and self._token.access_token != token.access_token:
                return self._token
            return self._use(await self._refresh(token))

    def _use(self, token: Token) -> Token:
        """Take ``token`` into use and decide when to refresh it.

        That is ``leeway`` seconds before expiry, but never later than halfway through the
        life the token has left now: a token issued for 30 s is used for 15 s, not refreshed
        before every request.
        """
        remaining = token.expires_at - self._clock()
        self._token = token
        self._refresh_at = token.expires_at - min(self._leeway, max(remaining, 0.0) / 2)
        return token

    async def _refresh(self, stale: Token) -> Token:
        if isinstance(self._store, _LockableStore):
            async with self._store.refresh_lock():
                stored = await self._store.load()
                if (
                    stored is not None
                    and stored.access_token != stale.access_token
                    and stored.expires_at > self._clock()
                ):
                    logger.debug("adopted a token refreshed by another process")
                    return stored
                return await self._refresh_and_save(stored or stale)
        return await self._refresh_and_save(stale)

    async def _refresh_and_save(self, token: Token) -> Token:
        if token.refresh_token is None:
            raise TokenRefreshError("the access token expired and there is no refresh token")
        form = {
            "grant_type": "refresh_token",
            "refresh_token": token.refresh_token,
            "client_id": self._client_id,
            "client_secret": self._client_secret,
        }
        with anyio.CancelScope(shield=True):
            fresh = await request_token(self._http, self._token_url, form)
            await self._store.save(fresh)
        self._stats.refreshes += 1
        logger.info("refreshed the access token")
        return fresh
