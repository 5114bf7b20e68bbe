"""Fixtures for the example tests: a seeded emulator, clients on it, the example modules."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import asperion_async as asp
from asperion_async import AsperionClient  # test_quickstart replaces asp.AsperionClient
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


# --8<-- [start:emulator-client]
API = "https://api.emulator.test"  # any host will do: the transport opens no socket
TOKEN_URL = "https://identity.emulator.test/connect/token"


def emulator_client(emulator: AsperionEmulator, **options: Any) -> AsperionClient:
    """An AsperionClient on ``emulator``'s in-process transport with a fresh token."""
    settings: dict[str, Any] = {
        "client_id": emulator.client_id,
        "client_secret": emulator.client_secret,
        "token_store": asp.MemoryTokenStore(emulator.issue_token()),
        "base_url": API,
        "token_url": TOKEN_URL,
        "transport": emulator.transport(),
        **options,
    }
    return AsperionClient(**settings)


# --8<-- [end:emulator-client]


@pytest.fixture
def emulator() -> AsperionEmulator:
    return AsperionEmulator(tenants=3, seed=11)


@pytest.fixture
def connect(emulator: AsperionEmulator) -> Connect:
    def make(**options: Any) -> AsperionClient:
        return emulator_client(emulator, **options)

    return make
