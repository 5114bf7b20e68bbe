"""asperion-async: the asyncio-first SDK for the Asperion REST API."""

from ._version import __version__

__all__ = ["__version__"]
