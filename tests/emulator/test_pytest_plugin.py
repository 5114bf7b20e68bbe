"""The pytest plugin the package registers: the `asperion_emulator` fixture and marker."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from asperion_async.testing import AsperionEmulator


def test_the_fixture_is_a_default_emulator(asperion_emulator: AsperionEmulator) -> None:
    assert asperion_emulator.tenant_ids == [100001, 100002, 100003]
    assert asperion_emulator.seed == 0


@pytest.mark.asperion_emulator(tenants=[7, 8], seed=4)
def test_the_marker_sets_its_options(asperion_emulator: AsperionEmulator) -> None:
    assert asperion_emulator.tenant_ids == [7, 8]
    assert asperion_emulator.seed == 4


@pytest.mark.anyio
@pytest.mark.asperion_emulator(tenants=2, seed=11)
async def test_its_client_reaches_the_chosen_administration(
    asperion_emulator: AsperionEmulator,
) -> None:
    async with asperion_emulator.client(tenant_id=100002, max_retries=0) as client:
        response = await client.request("GET", "/v1/debtors", params={"pageSize": 1})
    assert response.json()["_data"]
    assert asperion_emulator.stats.requests_to("/v1/debtors", 100002) == 1
    assert asperion_emulator.stats.requests_to("/v1/debtors", 100001) == 0
    assert asperion_emulator.stats.tokens_issued == 1


def test_positional_marker_arguments_are_refused(tmp_path: Path) -> None:
    (tmp_path / "test_marked.py").write_text(
        "import pytest\n\n"
        "@pytest.mark.asperion_emulator(3)\n"
        "def test_marked(asperion_emulator):\n"
        "    pass\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=tmp_path,  # its own rootdir: the plugin comes from the entry point
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "@pytest.mark.asperion_emulator takes keyword arguments only" in result.stdout
