"""mypy --strict on resource_cases.py reveals exactly the types and errors its comments name."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("resource_cases.py")
EXPECTATION = re.compile(r"#\s*(revealed|error):\s*(.+?)\s*$")
QUALIFIED = re.compile(r"\b(?:[a-z_]+\.)+(?=[A-Z])")  # module path before a class name
REPORT = re.compile(r"^[^:]+:(\d+): (note|error): (.*?)(?:  \[([\w-]+)\])?$")


def _expected() -> tuple[dict[int, str], dict[int, str]]:
    revealed, errors = {}, {}
    for number, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), start=1):
        match = EXPECTATION.search(line)
        if match:
            (revealed if match.group(1) == "revealed" else errors)[number] = match.group(2)
    return revealed, errors


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    # In a process of its own: mypy retunes (and may disable) the garbage collector of the
    # process it runs in, which would change how every later test behaves.
    cache = tmp_path_factory.mktemp("mypy-cache")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(cache),
            "--show-error-codes",
            "--no-pretty",
            "--hide-error-context",
            str(CASES),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode in (0, 1), result.stderr
    assert not result.stderr, result.stderr
    return result.stdout.splitlines()


def _parsed(report: list[str]) -> tuple[dict[int, str], dict[int, str], list[str]]:
    """Revealed types and error codes by line, and every other line (a note that explains an
    error on its line belongs to that error)."""
    revealed: dict[int, str] = {}
    errors: dict[int, str] = {}
    notes: list[tuple[int, str]] = []
    other: list[str] = []
    for line in report:
        match = REPORT.match(line)
        if match is None:
            other.append(line)
            continue
        number, kind, message, code = int(match.group(1)), *match.group(2, 3, 4)
        if kind == "note" and message.startswith("Revealed type is "):
            shown = message.removeprefix("Revealed type is ").strip('"')
            revealed[number] = QUALIFIED.sub("", shown)
        elif kind == "error":
            errors[number] = code or message
        else:
            notes.append((number, line))
    other.extend(line for number, line in notes if number not in errors)
    return revealed, errors, other


def test_every_verb_reveals_its_model(mypy_report: list[str]) -> None:
    expected, _ = _expected()
    revealed, _, _ = _parsed(mypy_report)
    assert len(expected) >= 30  # every verb on three resources, and call
    assert revealed == expected


def test_misspelt_filters_and_wrong_ids_are_errors_and_nothing_else_is(
    mypy_report: list[str],
) -> None:
    _, expected = _expected()
    _, errors, other = _parsed(mypy_report)
    assert {"call-arg", "arg-type"} <= set(expected.values())
    assert errors == expected
    assert [line for line in other if not line.startswith("Found ")] == []
