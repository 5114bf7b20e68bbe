"""Fixtures for the example tests: a seeded emulator, clients on it, the example modules.

Clients come from ``AsperionEmulator.client()``, the helper the testing page documents.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from asperion_async import AsperionClient
from asperion_async.testing import AsperionEmulator

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

Connect = Callable[..., AsperionClient]


def load_example(name: str) -> ModuleType:
    """Import ``examples/<name>.py`` afresh (the examples are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def emulator() -> AsperionEmulator:
    return AsperionEmulator(tenants=3, seed=11)


@pytest.fixture
def connect(emulator: AsperionEmulator) -> Connect:
    return emulator.client
