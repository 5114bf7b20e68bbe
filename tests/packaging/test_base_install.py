"""`pip install .` without extras: the command and the testing import say which extra to add.

Each case runs in a fresh interpreter whose import system refuses the extras' modules, as a
base install would (the test environment itself has every extra installed).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from asperion_async._extras import EXTRA_MODULES

CLI_HINT = "pip install 'asperion-async[cli]'"
EMULATOR_HINT = "pip install 'asperion-async[emulator]'"


def _without(
    modules: set[str], code: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    blocker = textwrap.dedent(
        f"""
        import sys

        class _NotInstalled:
            def find_spec(self, name, path=None, target=None):
                if name.partition(".")[0] in {sorted(modules)!r}:
                    raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
                return None

        sys.meta_path.insert(0, _NotInstalled())
        """
    )
    return subprocess.run(
        [sys.executable, "-c", blocker + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
    )


def _cli(modules: set[str], *argv: str) -> subprocess.CompletedProcess[str]:
    return _without(modules, f"from asperion_async.cli import main; sys.exit(main({list(argv)!r}))")


BASE = set(EXTRA_MODULES)  # nothing of any extra
ONLY_RICH = BASE - {"rich"}  # rich from elsewhere, but not the emulator's packages


def test_help_works_without_any_extra() -> None:
    result = _cli(BASE, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: asperion-async")
    assert "sync" in result.stdout
    sync_help = _cli(BASE, "sync", "--help")
    assert sync_help.returncode == 0
    assert "--base-url" in sync_help.stdout


@pytest.mark.parametrize(
    ("modules", "argv"),
    [
        (BASE, ["tenants", "--emulator"]),
        (BASE, ["sync", "--emulator", "-o", "x.sqlite"]),
        (BASE, ["emulator", "--port", "0"]),
        (BASE, ["tenants", "--client-id", "app", "--client-secret", "s"]),
        (ONLY_RICH, ["tenants", "--emulator"]),
    ],
)
def test_a_command_without_its_extra_prints_one_line_naming_it(
    modules: set[str], argv: list[str], tmp_path: Path
) -> None:
    result = _without(
        modules, f"from asperion_async.cli import main; sys.exit(main({argv!r}))", cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"asperion-async {argv[0]}: error: this command needs the 'cli' extra")
    assert line.endswith(CLI_HINT)
    assert not list(tmp_path.iterdir())  # nothing written


@pytest.mark.parametrize("missing", sorted({"starlette", "jsonschema"}))
def test_the_testing_import_names_the_emulator_extra(missing: str) -> None:
    result = _without(
        {missing},
        """
        try:
            from asperion_async.testing import AsperionEmulator
        except ModuleNotFoundError as exc:
            print(str(exc)); print(exc.name); print(exc.__cause__, exc.__suppress_context__)
        """,
    )
    message, name, chain = result.stdout.splitlines()
    assert message.startswith("asperion_async.testing needs the 'emulator' extra")
    assert message.endswith(EMULATOR_HINT)
    assert name == missing
    assert chain == "None True"  # no chained traceback from deep inside the emulator


def test_the_sdk_and_pytest_with_its_plugin_work_without_extras(tmp_path: Path) -> None:
    (tmp_path / "test_plain.py").write_text(
        "import asperion_async\n\ndef test_plain():\n    assert asperion_async.AsperionClient\n",
        encoding="utf-8",
    )
    result = _without(
        BASE,
        """
        import pytest
        sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly"]))
        """,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_fixture_without_the_extra_names_it(tmp_path: Path) -> None:
    (tmp_path / "test_fixture.py").write_text(
        "def test_uses(asperion_emulator):\n    pass\n", encoding="utf-8"
    )
    result = _without(
        BASE,
        """
        import pytest
        sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly"]))
        """,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert EMULATOR_HINT in result.stdout
