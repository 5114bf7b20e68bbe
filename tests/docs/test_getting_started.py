"""docs/getting-started.md: its code is written out in the page, and every block of it runs.

The first block is examples/quickstart.py verbatim (tests/examples runs that); the others are
run here, in order, against the emulator with ``t``, ``client`` and ``asp`` defined.
"""

from __future__ import annotations

import ast
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```python\n(.*?)^```$", PAGE, re.MULTILINE | re.DOTALL)


def test_the_page_shows_its_code_instead_of_including_it() -> None:
    assert "--8<--" not in PAGE
    assert BLOCKS[0] == (ROOT / "examples" / "quickstart.py").read_text(encoding="utf-8")


@pytest.fixture
async def client() -> AsyncIterator[asp.AsperionClient]:
    emulator = AsperionEmulator(tenants=1, seed=2)
    async with asp.AsperionClient(
        client_id=emulator.client_id,
        client_secret=emulator.client_secret,
        token_store=asp.MemoryTokenStore(emulator.issue_token()),
        base_url="https://api.emulator.test",
        token_url="https://identity.emulator.test/connect/token",
        transport=emulator.transport(),
    ) as client:
        yield client


@pytest.mark.anyio
async def test_every_other_block_runs_against_the_emulator(
    client: asp.AsperionClient, capsys: pytest.CaptureFixture[str]
) -> None:
    (administration,) = (await client.administrations.list()).items
    assert isinstance(administration.id, int)
    namespace: dict[str, Any] = {
        "asp": asp,
        "client": client,
        "t": client.tenant(administration.id),
    }
    assert len(BLOCKS) >= 4
    for number, code in enumerate(BLOCKS[1:], start=2):
        compiled = compile(
            code, f"getting-started.md block {number}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
        )
        result = eval(compiled, namespace)  # noqa: S307 - the docs' own code
        if result is not None:
            await result
    printed = capsys.readouterr().out
    assert "got an unexpected keyword argument 'citty'; did you mean 'city'?" in printed
    assert namespace["rows"]  # the raw request found debtors in Utrecht
