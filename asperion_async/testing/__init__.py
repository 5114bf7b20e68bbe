"""An Asperion emulator to test against: ``AsperionEmulator``, ``Faults``, ``EmulatorStats``.

It needs the ``emulator`` extra (Starlette, uvicorn, jsonschema); without it, importing this
package raises ``ModuleNotFoundError`` with a one-line message naming the extra.
"""

from .._extras import missing_extra

try:
    from ._app import EmulatorStats
    from ._emulator import AsperionEmulator
    from ._faults import Faults
except ModuleNotFoundError as exc:
    if missing_extra(exc) is None:
        raise
    raise ModuleNotFoundError(
        f"asperion_async.testing needs the 'emulator' extra, which is not installed (no module"
        f" {exc.name!r}): pip install 'asperion-async[emulator]'",
        name=exc.name,
    ) from None

__all__ = ["AsperionEmulator", "EmulatorStats", "Faults"]
