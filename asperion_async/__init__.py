"""asperion-async: the asyncio-first SDK for the Asperion REST API."""

from typing import TYPE_CHECKING, Any

from . import errors, oauth
from ._client import AsperionClient, TenantClient
from ._json import json_dumps, json_loads
from ._pagination import Page
from ._stats import ClientStats
from ._tokens import FileTokenStore, MemoryTokenStore, Token, TokenStore
from ._version import __version__
from .errors import (
    ApiError,
    AsperionError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TokenRefreshError,
    TokenStoreError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
)

if TYPE_CHECKING:
    from ._aiohttp import AiohttpTransport

__all__ = [
    "AiohttpTransport",
    "ApiError",
    "AsperionClient",
    "AsperionError",
    "AuthenticationError",
    "ClientStats",
    "ConflictError",
    "FileTokenStore",
    "MemoryTokenStore",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TenantClient",
    "Token",
    "TokenRefreshError",
    "TokenStore",
    "TokenStoreError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "__version__",
    "errors",
    "json_dumps",
    "json_loads",
    "oauth",
]


def __getattr__(name: str) -> Any:
    # aiohttp is an optional extra, imported only when its transport is asked for.
    if name == "AiohttpTransport":
        try:
            from ._aiohttp import AiohttpTransport
        except ImportError as exc:
            raise ImportError(
                "AiohttpTransport needs aiohttp: pip install 'asperion-async[aiohttp]'"
            ) from exc
        return AiohttpTransport
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
