"""An Asperion emulator to test against: ``AsperionEmulator``, ``Faults``, ``EmulatorStats``."""

from ._app import EmulatorStats
from ._emulator import AsperionEmulator
from ._faults import Faults

__all__ = ["AsperionEmulator", "EmulatorStats", "Faults"]
