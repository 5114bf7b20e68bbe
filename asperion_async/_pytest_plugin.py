"""The pytest plugin, registered through the ``pytest11`` entry point.

It gives the ``asperion_emulator`` fixture (a fresh ``AsperionEmulator`` per test) and the
``asperion_emulator(...)`` marker that sets its options. It imports the emulator only when
a test asks for the fixture, so installing the package without the ``emulator`` extra never
breaks pytest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .testing import AsperionEmulator

_MARKER = "asperion_emulator"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(**options): the AsperionEmulator options of the {_MARKER} fixture"
        " (tenants=, seed=, latency=, faults=, sizes=, ...)",
    )


@pytest.fixture
def asperion_emulator(request: pytest.FixtureRequest) -> AsperionEmulator:
    """A fresh ``AsperionEmulator`` (3 administrations, seed 0 unless the marker says).

    ``@pytest.mark.asperion_emulator(tenants=2, seed=11)`` on a test, class or module
    changes its options; ``asperion_emulator.client()`` gives an ``AsperionClient`` on it.
    """
    from .testing import AsperionEmulator

    marker = request.node.get_closest_marker(_MARKER)
    if marker is not None and marker.args:
        raise pytest.UsageError(
            f"@pytest.mark.{_MARKER} takes keyword arguments only, e.g. tenants=2, seed=11"
        )
    return AsperionEmulator(**(marker.kwargs if marker is not None else {}))
