"""A client library for accessing Asperion REST API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


if not TYPE_CHECKING:  # type checkers see the imports above, and no name passes as Any

    def __getattr__(name: str) -> Any:
        if name in __all__:
            from . import client

            return getattr(client, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
