"""Shared fixtures: every async test runs once on asyncio and once on trio."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator

import pytest
from hypothesis import settings

from tests.postgres_server import PostgresServer, running_server

# The package's pytest plugin (asperion_emulator), loaded here rather than through its
# entry point (see addopts in pyproject.toml) so that coverage sees the package imported.
pytest_plugins = ["asperion_async._pytest_plugin"]

# CI replays the same examples every run, so a red build is reproducible; locally every
# run explores new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for the whole session (see tests/postgres_server.py).

    Skips with a one-line reason where PostgreSQL is not installed; fails on CI instead.
    """
    servers = running_server()
    started = next(servers)
    if isinstance(started, str):
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL tests must run on CI: {started}")
        pytest.skip(started)
    yield started
    next(servers, None)


@pytest.fixture
def postgres_dsn(postgres_server: PostgresServer) -> str:
    """The conninfo of a new, empty database on the session's server."""
    return postgres_server.create_database()
