"""Which optional extra a missing third-party module belongs to (for one-line install hints)."""

from __future__ import annotations

__all__ = ["EXTRA_MODULES", "missing_extra"]

EXTRA_MODULES: dict[str, str] = {
    "starlette": "emulator",
    "uvicorn": "emulator",
    "jsonschema": "emulator",
    "referencing": "emulator",
    "rich": "cli",
}
"""Top-level module -> the extra of pyproject.toml that installs it."""


def missing_extra(exc: ModuleNotFoundError) -> str | None:
    """The extra that would install the module ``exc`` is about, or None if it is not ours."""
    name = (exc.name or "").partition(".")[0]
    return EXTRA_MODULES.get(name)
