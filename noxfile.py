"""Every task of the project: `nox -s tests` proves everything, `nox -s demo` runs the main job."""

from __future__ import annotations

import sys
from pathlib import Path

import nox

nox.options.sessions = ["tests"]
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent
GENERATOR = "openapi-python-client==0.29.1"
# The formatter the generated code is written with: pinned, so that a ruff release cannot make
# the drift check fail on formatting alone. Keep in step with the dev extra in pyproject.toml.
RUFF = "ruff==0.17.6"
LINTED = [
    "asperion_async",
    "tests",
    "scripts",
    "examples",
    "bench",
    "docs/_gen_endpoints.py",
    "noxfile.py",
]


def _lint(session: nox.Session) -> None:
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


def _typecheck(session: nox.Session) -> None:
    session.run("mypy", "--strict", "asperion_async")


def _check_generated(session: nox.Session) -> None:
    if sys.version_info < (3, 11):
        session.log("skipping the drift check: openapi-python-client 0.29.1 needs Python 3.11+")
        return
    session.run(
        "python", "scripts/regenerate.py", "--from-file", "openapi/asperion-v1.json", "--check"
    )


@nox.session
def tests(session: nox.Session) -> None:
    """Lint, type-check, drift-check the generated client, then the test suite with coverage."""
    session.install("-e", ".[dev]")
    _lint(session)
    _typecheck(session)
    _check_generated(session)
    session.run(
        "pytest",
        "--cov=asperion_async",
        "--cov-report=term",
        *session.posargs,
    )


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install(RUFF)
    _lint(session)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the handwritten facade."""
    session.install("-e", ".[dev]")
    _typecheck(session)


@nox.session
def regenerate(session: nox.Session) -> None:
    """Pull the live spec (or pass --from-file PATH / --url URL) and regenerate the client."""
    session.install(GENERATOR, RUFF)
    session.run("python", "scripts/regenerate.py", *session.posargs)


@nox.session
def check_generated(session: nox.Session) -> None:
    """Fail when openapi/ or generated/ is stale."""
    session.install(GENERATOR, RUFF)
    _check_generated(session)


DEMO_DATABASE = "asperion-demo.sqlite"
"""Kept in the working directory (ignored by git) so it can be opened after the demo; a
second `nox -s demo` finds it up to date."""


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: a concurrent sync of 25 tenants from the built-in emulator into SQLite."""
    session.install(".[cli]")
    session.run(
        "asperion-async",
        "sync",
        "--emulator",
        "--tenants",
        "25",
        "--latency",
        "0.02",
        "--database",
        DEMO_DATABASE,
        *session.posargs,
    )


@nox.session
def bench(session: nox.Session) -> None:
    """Speed and memory ratios against the emulator; writes bench/results.json."""
    session.install(".[dev]")
    session.run("python", "-m", "bench", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site into site/ (mkdocs --strict: any warning fails)."""
    session.install("-e", ".[docs]")
    session.run(
        "mkdocs",
        "build",
        "--strict",
        "--site-dir",
        "site",
        *session.posargs,
        env={"NO_MKDOCS_2_WARNING": "1"},
    )
