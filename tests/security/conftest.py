"""Fixtures for the adversarial probes: a respx-mocked API and identity server."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

import asperion_async as asp

# The mocked hosts and secret are the facade tests' own; the probes import them from here.
from tests.facade.support import API as API
from tests.facade.support import CLIENT_SECRET as CLIENT_SECRET
from tests.facade.support import TOKEN_URL as TOKEN_URL
from tests.facade.support import mock_client

ACCESS = "access-token-value-A11CE5"
REFRESH = "refresh-token-value-R3FR35H"

MakeClient = Callable[..., asp.AsperionClient]


def token(*, expires_in: float = 3600.0, access: str = ACCESS) -> asp.Token:
    return asp.Token(
        access_token=access, refresh_token=REFRESH, expires_at=time.time() + expires_in
    )


@pytest.fixture
def router() -> respx.MockRouter:
    return respx.MockRouter(assert_all_called=False, assert_all_mocked=True)


@pytest.fixture
def make_client(router: respx.MockRouter) -> MakeClient:
    """A client on the mocked transport; defaults: a valid token, no backoff waits."""

    def make(*, store: asp.TokenStore | None = None, **options: Any) -> asp.AsperionClient:
        return mock_client(router, store or asp.MemoryTokenStore(token()), **options)

    return make


def everything_about(exc: BaseException) -> str:
    """All a user could see of ``exc``: str, repr, the formatted traceback, and every
    exception of its ``__cause__``/``__context__`` chain with its request and response."""
    parts = ["".join(traceback.format_exception(exc))]
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        parts += [str(current), repr(current), repr(current.args)]
        for name in ("request", "response"):
            message = getattr(current, name, None)
            if isinstance(message, (httpx.Request, httpx.Response)):
                parts += [repr(message), repr(dict(message.headers)), str(message.url)]
                if isinstance(message, httpx.Request):
                    parts.append(message.read().decode("utf-8", "replace"))
                else:
                    parts.append(message.text)
        pending += [current.__cause__, current.__context__]
    return "\n".join(parts)
