"""The compose example parses, and every command it runs is one this project really has.

Each ``asperion-async`` command line of a service is parsed by the real argument parser
with that service's environment, so an option renamed or removed breaks this test (the
queue's ``sync --enqueue`` and ``worker`` included).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from asperion_async.cli._parser import parse_args

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "examples" / "compose"


def _services() -> dict[str, Any]:
    document = yaml.safe_load((COMPOSE / "compose.yaml").read_text(encoding="utf-8"))
    services = document["services"]
    assert isinstance(services, dict)
    return services


def test_the_fleet_has_a_database_an_api_and_three_workers() -> None:
    services = _services()
    assert services["postgres"]["image"].startswith("postgres:")
    assert services["api"]["command"][:2] == ["asperion-async", "emulator"]
    workers = [name for name, service in services.items() if "worker" in service.get("command", [])]
    assert len(workers) == 3
    for name, service in services.items():
        shared = service.get("network_mode", "")
        if shared:
            assert shared.removeprefix("service:") in services, name
        for dependency in service.get("depends_on", {}):
            assert dependency in services, name


def test_the_image_installs_extras_that_exist() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    builds = {
        (service["build"]["context"], service["build"]["dockerfile"])
        for service in _services().values()
        if "build" in service
    }
    assert len(builds) == 1
    context, dockerfile = builds.pop()
    assert (COMPOSE / context).resolve() == ROOT
    text = (ROOT / dockerfile).read_text(encoding="utf-8")
    (extras,) = re.findall(r'"/src\[([a-z,]+)\]"', text)
    assert set(extras.split(",")) <= set(project["optional-dependencies"])
    assert "asperion-async" in project["scripts"]


def test_every_healthcheck_command_is_valid() -> None:
    for name, service in _services().items():
        test = service.get("healthcheck", {}).get("test")
        if test is None:
            continue
        assert test[0] == "CMD", name
        if test[1] == "python":
            compile(test[3], name, "exec")
        else:
            assert test[1] == "pg_isready", name


def test_every_asperion_command_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = []
    for name, service in _services().items():
        command = service.get("command")
        if not command or command[0] != "asperion-async":
            continue
        argv = [str(part) for part in command[1:]]
        with monkeypatch.context() as env:
            for key, value in service.get("environment", {}).items():
                env.setenv(key, str(value))
            args = parse_args(argv)
        assert args.command == argv[0]
        if args.command == "sync":
            assert args.enqueue, f"{name}: the fleet's sync only queues"
        if "--fleet-rate" in argv:
            assert args.fleet_database, f"{name}: a fleet limit needs the fleet database"
        parsed.append(args.command)
    assert sorted(parsed) == ["emulator", "sync", "worker", "worker", "worker"]
