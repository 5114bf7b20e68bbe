"""Fixtures for the facade tests: a respx-mocked API and identity server, a client factory."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import respx

import asperion_async as asp

from .support import TOKEN_URL, TokenServer, fresh_token, mock_client

MakeClient = Callable[..., asp.AsperionClient]


@pytest.fixture
def router() -> respx.MockRouter:
    return respx.MockRouter(assert_all_called=False, assert_all_mocked=True)


@pytest.fixture
def token_server(router: respx.MockRouter) -> TokenServer:
    server = TokenServer()
    router.post(TOKEN_URL).mock(side_effect=server)
    return server


@pytest.fixture
def make_client(router: respx.MockRouter) -> MakeClient:
    """Build a client on the mocked transport; defaults: a valid token, no backoff waits."""

    def make(*, store: asp.TokenStore | None = None, **options: Any) -> asp.AsperionClient:
        return mock_client(router, store or asp.MemoryTokenStore(fresh_token()), **options)

    return make
