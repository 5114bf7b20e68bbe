"""The access token every request needs: proactive and reactive refresh, single-flight.

Any number of tasks that find the token stale share one *flight*: the first starts the
refresh, every one of them waits for its outcome. The refresh runs in a task of its own --
the client's background task group while the client is open in ``async with``, otherwise a
task detached from every caller -- so no caller's cancellation reaches it, and each caller
waits only as long as its own deadline allows (the one whose request started the refresh
included). The flight has a total deadline of its own (``refresh_timeout``), after which its
waiters get ``TransportError``.

A rotating refresh token is consumed by the request, so once the identity server has
answered, the answer is saved to the store (shielded, not bounded by the deadline) and taken
into use even when every caller has gone; closing the client waits for a flight in progress.

With a store shared between processes (``FileTokenStore``), the flight also takes the store's
inter-process lock and re-reads the store first, so a token another process has just rotated
is adopted instead of refreshed a second time.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable

import anyio
import httpx

from ._background import BackgroundTasks, spawn_detached
from ._stats import ClientStats
from ._telemetry import Telemetry
from ._tokens import Token, TokenStore, _LockableStore, stored_token_problem
from .errors import TokenRefreshError, TokenStoreError, TransportError
from .oauth import request_token

__all__ = ["REFRESH_TIMEOUT", "TokenManager"]

logger = logging.getLogger("asperion_async")

# Refresh this long before the token's expiry (at most halfway through its remaining life),
# so that it does not expire in flight.
REFRESH_LEEWAY = 60.0

REFRESH_TIMEOUT = 30.0
"""The most seconds one refresh may take in total (inter-process lock, request, answer)."""


class _Flight:
    """One refresh in progress: its waiters wait for ``done``, then read the outcome."""

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: Token | None = None
        self.error: Exception | None = None

    def outcome(self) -> Token:
        if self.error is not None:
            raise self.error
        assert self.token is not None
        return self.token


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
        background: BackgroundTasks | None = None,
        refresh_timeout: float = REFRESH_TIMEOUT,
        leeway: float = REFRESH_LEEWAY,
        clock: Callable[[], float] = time.time,
        telemetry: Telemetry | None = None,
    ) -> None:
        if not refresh_timeout > 0:
            raise ValueError(f"refresh_timeout must be positive, got {refresh_timeout!r}")
        self._store = store
        self._http = http
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._background = background or BackgroundTasks()
        self._refresh_timeout = refresh_timeout
        self._leeway = leeway
        self._clock = clock
        self._token: Token | None = None
        self._refresh_at = float("-inf")
        self._load_lock = anyio.Lock()
        self._flight: _Flight | None = None
        self._stats = stats
        self._telemetry = telemetry

    def __repr__(self) -> str:
        return f"TokenManager(token_url={self._token_url!r}, store={self._store!r})"

    async def token(self) -> Token:
        """A token that is not about to expire (refreshing it first if needed)."""
        token = self._token
        if token is not None and self._clock() < self._refresh_at:
            return token
        if token is None:
            token = await self._load()
            if self._clock() < self._refresh_at:
                return token
        return await self._refreshed(token)

    async def rejected(self, token: Token) -> Token:
        """The API answered 401 to ``token``: a fresh token (refreshed unless already done)."""
        if self.superseded(token):
            assert self._token is not None
            return self._token
        return await self._refreshed(token)

    async def wait_idle(self) -> None:
        """Wait (shielded) until a refresh in progress has finished and been saved."""
        flight = self._flight
        if flight is not None:
            with anyio.CancelScope(shield=True):
                await flight.done.wait()

    async def _load(self) -> Token:
        """The token from the store (the first time a token is needed); no network."""
        async with self._load_lock:
            if self._token is None:
                loaded = await self._store.load()
                if loaded is None:
                    raise TokenRefreshError(
                        "the token store holds no token; log in first (asperion-async login)"
                    )
                problem = stored_token_problem(loaded)
                if problem is not None:
                    raise TokenStoreError(f"{self._store!r} holds an unusable token: {problem}")
                self._use(loaded)
            assert self._token is not None
            return self._token

    def superseded(self, token: Token) -> bool:
        """Whether a newer token than ``token`` is already in use.

        A 401 for a superseded token says nothing about the current one: the request is
        simply retried with it, not counted as a refusal of a freshly refreshed token.
        """
        current = self._token
        return current is not None and current.access_token != token.access_token

    async def _refreshed(self, stale: Token) -> Token:
        """Join the refresh in progress or start one; wait for it (cancellable)."""
        flight = self._flight
        if flight is None:
            flight = self._flight = _Flight()
            fly = functools.partial(self._fly, flight, stale)
            if not self._background.start_soon(fly):
                spawn_detached(fly)
        await flight.done.wait()
        return flight.outcome()

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

    async def _fly(self, flight: _Flight, stale: Token) -> None:
        """The flight's own task: refresh, take the token into use, wake the waiters.

        Never raises (it runs in the client's task group or detached): the outcome goes to
        the waiters.
        """
        try:
            with anyio.CancelScope(shield=True):
                flight.token = self._use(await self._refresh(stale))
        except Exception as exc:
            flight.error = exc
        finally:
            self._flight = None
            flight.done.set()

    async def _refresh(self, stale: Token) -> Token:
        """Refresh within ``refresh_timeout``; a token the server issued is always kept."""
        obtained: list[Token] = []
        with anyio.move_on_after(self._refresh_timeout):
            await self._refresh_into(stale, obtained)
        if not obtained:
            raise TransportError(
                f"the token refresh did not finish within {self._refresh_timeout:g} s",
                request=httpx.Request("POST", self._token_url),
            )
        return obtained[0]

    async def _refresh_into(self, stale: Token, obtained: list[Token]) -> None:
        if isinstance(self._store, _LockableStore):
            async with self._store.refresh_lock():
                stored = await self._store.load()
                if stored is not None and stored_token_problem(stored) is not None:
                    logger.warning("the token store holds an unusable token; refreshing ours")
                    stored = None
                if (
                    stored is not None
                    and stored.access_token != stale.access_token
                    and stored.expires_at > self._clock()
                ):
                    logger.debug("adopted a token refreshed by another process")
                    obtained.append(stored)
                    return
                await self._refresh_and_save(stored or stale, obtained)
            return
        await self._refresh_and_save(stale, obtained)

    async def _refresh_and_save(self, token: Token, obtained: list[Token]) -> None:
        if token.refresh_token is None:
            raise TokenRefreshError("the access token expired and there is no refresh token")
        form = {
            "grant_type": "refresh_token",
            "refresh_token": token.refresh_token,
            "client_id": self._client_id,
            "client_secret": self._client_secret,
        }
        fresh = await request_token(self._http, self._token_url, form)
        # The old refresh token may be spent now: the save is not cut off by the deadline.
        with anyio.CancelScope(shield=True):
            await self._store.save(fresh)
        obtained.append(fresh)
        self._stats.refreshes += 1
        if self._telemetry is not None:
            self._telemetry.refreshed()
        logger.info("refreshed the access token")
