"""docs/testing.md: its code is written in the page (readable on GitHub) and runs as shown."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import anyio

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
BLOCK = re.compile(r'^```python(?: title="([^"]+)")?\n(.*?)^```$', re.MULTILINE | re.DOTALL)


def _blocks() -> list[tuple[str, str]]:
    return BLOCK.findall(PAGE)


def test_the_page_includes_no_code_from_elsewhere() -> None:
    assert "--8<--" not in PAGE
    assert "emulator_client" not in PAGE  # the helper that lived only in our tests/


def test_the_client_example_runs() -> None:
    (code,) = [code for title, code in _blocks() if "emulator.client(" in code and not title]
    namespace: dict[str, object] = {}
    exec(  # noqa: S102 - the page's own code, as a coroutine body
        "async def example():\n" + textwrap.indent(code, "    ") + "    return debtors\n",
        namespace,
    )
    debtors = anyio.run(namespace["example"])  # type: ignore[arg-type]
    assert isinstance(debtors, list)
    assert debtors
    assert all(isinstance(debtor, dict) and "id" in debtor for debtor in debtors)


def test_the_pytest_files_pass_with_the_installed_plugin(tmp_path: Path) -> None:
    files = {title: code for title, code in _blocks() if title}
    assert set(files) == {"test_debtor_report.py", "conftest.py"}
    for name, code in files.items():
        (tmp_path / name).write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=tmp_path,  # its own rootdir: only the plugin the package registers is in play
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout  # the test, once on asyncio and once on trio
