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
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TokenRefreshError,
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
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TenantClient",
    "Token",
    "TokenRefreshError",
    "TokenStore",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "__version__",
    "errors",
    "json_dumps",
    "json_loads",
    "oauth",
]
