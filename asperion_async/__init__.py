"""asperion-async: the asyncio-first SDK for the Asperion REST API."""

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

__all__ = [
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
